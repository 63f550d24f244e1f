#!/usr/bin/env python3
"""Generates recap-highlight's lexer, style and token-type data from Chroma's sources.

Usage: python3 tools/chroma/gen.py MIRROR TAG [OUT]

MIRROR is a git directory of github.com/alecthomas/chroma (bare is fine), TAG the
version Hugo vendors (v2.27.0 for Hugo 0.168.0), OUT the crate directory
(default crates/recap-highlight). The output is committed; building the crate
never runs this script.

What it writes (all under OUT/src/data/, with NOTICE beside them):
* lexers/<file>.lex — one file per lexer: its states and rules, patterns already
  translated to ECMAScript (tools/chroma/regexp2.py);
* registry.txt — every lexer's name, aliases, file-name globs, priority and
  flags, in Chroma's registration order (lookups depend on it); what
  LexerRegistry.Get needs, nothing more (no MIME types, no analysers: Hugo
  looks lexers up by name);
* styles.txt — the default style's entries (monokai, Hugo's default), as in
  styles/monokai.xml, and styles-other.txt — every other style's: built in
  natively (feature all-styles); the browser's module has the default one
  built in and loads the others as one chunk when a page asks for one;
* OUT/src/token_types.rs — token types, their names and CSS classes (types.go).

Chroma is MIT-licensed (Copyright (C) 2017 Alec Thomas); most of its lexers are
ports of Pygments' lexers (BSD-2-Clause, Copyright the Pygments authors).
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import minixml  # noqa: E402
import regexp2  # noqa: E402
import golexers  # noqa: E402
import rewrites  # noqa: E402

# The lexer files' format (src/rules.rs reads it): 3 has no header lines; 4
# writes PATTERN_PARTS as control characters; 5 drops the first characters and
# the leading loop, which src/start.rs reads from the pattern when the file is
# loaded (1.8 KB brotli of the browser's module), but for a leading loop it
# cannot see, writes token types as their index in src/token_types.rs's
# TOKEN_TYPES (declaration order) rather than their value, and leaves out a
# group count of 0 and empty fields at the end of a line (0.2 KB). One line per
# state (`S name`), include (`I name`) and rule: `R <flags> <pattern> <emitter>
# <mutator> <group map> <groups> <leading loop>`, tab-separated; patterns are
# ECMAScript (v flag).
FORMAT = 5
# What regexp2.py answers for every rule (first characters, leading loop, as
# fmt_first writes them), for the test of src/start.rs (tests/data/starts.txt):
# by data file; written as a line `=file` (no tab), then a line per translated rule.
STARTS = {}
# Sub-patterns the translation writes often: the members of regexp2's \s and \w
# classes (243 and 321 times in the built-in lexers). A pattern in a lexer file
# holds PATTERN_PARTS[i] as the character chr(1 + i), which no translated
# pattern has (control characters are escaped); src/rules.rs puts them back
# (PATTERN_PARTS in src/lexers/builtin.rs, written here): 0.5 KB brotli of the
# browser's module.
PATTERN_PARTS = [regexp2.cat_members(' ', False), regexp2.WORD_MEMBERS]


def compact_pattern(es):
    """A translated pattern as a lexer file holds it (PATTERN_PARTS)."""
    for i, part in enumerate(PATTERN_PARTS):
        if chr(1 + i) in es:
            raise ValueError('pattern %r has the character of a pattern part' % es)
    for i, part in enumerate(PATTERN_PARTS):
        es = es.replace(part, chr(1 + i))
    return es

# The styles files' own format (src/style.rs reads it; 3 when the lexer files' was).
STYLE_FORMAT = 3
# The registry's own format (src/registry.rs reads it): 3 dropped MIME types and
# analysers; 4 dropped the header lines, the data file when it is the name
# lower-cased with `_` for spaces, and trailing empty fields. One line per
# lexer, tab-separated: name, aliases, filenames, alias filenames (each
# \x1f-separated), priority, flags, data file (`-`: none), kind.
REGISTRY_FORMAT = 4

# The languages built into the crate (and the browser module's core); the others
# are generated too and built in with the `all-lexers` feature or loaded at run
# time (Highlighter::add_lexer_data). Lexers these use (`using`) are added.
CORE = ['bash', 'bash_session', 'yaml', 'json', 'plaintext', 'go', 'javascript', 'typescript', 'python', 'rust',
        'toml', 'html', 'xml', 'css', 'docker', 'diff', 'ini', 'sql', 'protocol_buffer', 'makefile', 'markdown',
        'promql', 'graphql', 'hcl', 'powershell', 'java', 'c', 'c++']


# Hugo's default style (markup.highlight.style): the one the browser's module builds in.
DEFAULT_STYLE = 'monokai'


def git_show(mirror, tag, path):
    return subprocess.check_output(['git', '-C', mirror, 'show', '%s:%s' % (tag, path)]).decode('utf-8')


def git_ls(mirror, tag, path):
    out = subprocess.check_output(['git', '-C', mirror, 'ls-tree', '--name-only', tag, path + '/']).decode()
    return sorted(line.split('/')[-1] for line in out.splitlines())


# ------------------------------------------------------------------ token types

def token_types(types_go):
    """[(name, value)] from types.go's const blocks, and the StandardTypes classes."""
    out = []
    for block in re.findall(r'const \((.*?)\n\)', types_go, re.S):
        value, step = None, 1
        for line in block.splitlines():
            line = line.split('//')[0].strip()
            if not line:
                continue
            m = re.match(r'(\w+)\s+TokenType\s*=\s*(-?\d+)\s*([-+])\s*iota$', line)
            if m:
                value, step = int(m.group(2)), (1 if m.group(3) == '+' else -1)
                out.append((m.group(1), value))
                continue
            m = re.match(r'(\w+)\s+TokenType\s*=\s*(-?\d+)$', line)
            if m:
                out.append((m.group(1), int(m.group(2))))
                continue
            m = re.match(r'(\w+)$', line)
            if m and value is not None:
                value += step
                out.append((m.group(1), value))
    aliases = dict(re.findall(r'^\s*(\w+)\s*=\s*(\w+)\s*$', types_go, re.M))
    classes = {aliases.get(k, k): v for k, v in
               re.findall(r'^\s*(\w+):\s*"([^"]*)",', types_go.split('StandardTypes = ')[1], re.M)}
    return out, classes


# ------------------------------------------------------------------ lexers

def config_of(el):
    cfg = {'name': '', 'aliases': [], 'filenames': [], 'alias_filenames': [], 'mime_types': [],
           'case_insensitive': False, 'dot_all': False, 'not_multiline': False, 'ensure_nl': False,
           'priority': 0.0, 'analyse': None}
    for c in el.children:
        t = c.text().strip()
        if c.tag == 'name':
            cfg['name'] = c.text()
        elif c.tag == 'alias':
            cfg['aliases'].append(c.text())
        elif c.tag == 'filename':
            cfg['filenames'].append(c.text())
        elif c.tag == 'alias_filename':
            cfg['alias_filenames'].append(c.text())
        elif c.tag == 'mime_type':
            cfg['mime_types'].append(c.text())
        elif c.tag in ('case_insensitive', 'dot_all', 'not_multiline', 'ensure_nl'):
            cfg[c.tag] = t == 'true'
        elif c.tag == 'priority':
            cfg['priority'] = float(t)
        elif c.tag == 'analyse':
            cfg['analyse'] = {'first': c.get('first') == 'true',
                              'regexes': [(r.get('pattern'), float(r.get('score'))) for r in c.children]}
    return cfg


def emitter_of(el):
    if el.tag == 'token':
        return ('token', el.get('type'))
    if el.tag == 'bygroups':
        return ('bygroups', [emitter_of(c) for c in el.children])
    if el.tag == 'using':
        return ('using', el.get('lexer'))
    if el.tag == 'usingself':
        return ('usingself', el.get('state'))
    if el.tag == 'usingbygroup':
        sub = int(el.find('sublexer_name_group').text())
        code = int(el.find('code_group').text())
        return ('usingbygroup', sub, code, [emitter_of(c) for c in el.find('emitters').children])
    return None


def mutator_of(el):
    if el.tag == 'push':
        return ('push', el.getall('state'))
    if el.tag == 'pop':
        return ('pop', int(el.get('depth') or 0))
    if el.tag == 'include':
        return ('include', el.get('state'))
    if el.tag == 'combined':
        return ('combined', el.getall('state'))
    if el.tag == 'mutators':
        return ('mutators', [mutator_of(c) for c in el.children])
    return None


def rules_of(el):
    states = []
    for st in el.children:
        rules = []
        for r in st.children:
            emitter = mutator = None
            for c in r.children:
                m = mutator_of(c)
                if m is not None:
                    mutator = m
                    continue
                emitter = emitter_of(c)
            rules.append((r.get('pattern', ''), emitter, mutator))
        states.append((st.get('name'), rules))
    return states


# ------------------------------------------------------------------ writing

def check_word(s, what):
    """A state or lexer name inside the emitter/mutator syntax: the syntax's own
    characters are percent-encoded."""
    if not s:
        raise ValueError('empty %s' % what)
    return ''.join('%%%02X' % ord(c) if c in '%(),;:\t\n\x1f' else c for c in s)


def check_name(s):
    return check_word(s, 'lexer name')


def fmt_emitter(e, types):
    if e is None:
        return ''
    k = e[0]
    if k == 'token':
        return 't%d' % types[e[1]]
    if k == 'bygroups':
        return 'g(' + ','.join(fmt_emitter(c, types) for c in e[1]) + ')'
    if k == 'using':
        return 'u(' + check_name(e[1]) + ')'
    if k == 'usingremap':
        return 'r(' + check_name(e[1]) + ',' + ','.join('%d:%d' % (types[a], types[b]) for a, b in e[2]) + ')'
    if k == 'usingself':
        return 's(' + check_word(e[1], 'state') + ')'
    if k == 'usingbygroup':
        return 'b(%d,%d,' % (e[1], e[2]) + ','.join(fmt_emitter(c, types) for c in e[3]) + ')'
    raise ValueError(e)


def fmt_mutator(m):
    if m is None:
        return ''
    k = m[0]
    if k == 'push':
        return 'p(' + ','.join(check_word(s, 'state') for s in m[1]) + ')'
    if k == 'pop':
        return 'o%d' % m[1]
    if k == 'include':
        return 'i(' + check_word(m[1], 'state') + ')'
    if k == 'combined':
        return 'c(' + ','.join(check_word(s, 'state') for s in m[1]) + ')'
    if k == 'mutators':
        return 'm(' + ';'.join(fmt_mutator(c) for c in m[1]) + ')'
    raise ValueError(m)


def fmt_first(info):
    """The characters a rule's match can begin with (regexp2.first_chars), for
    the engine to try only the rules that can match where it is: `*` for any
    (the match can be empty), else ASCII ranges as pairs of endpoints (printable
    characters, others and `\\` as `\\xHH`), then `+` if a non-ASCII
    character can begin it."""
    bits, non_ascii, nullable = info
    if nullable:
        return '*'

    def ch(c):
        return chr(c) if 0x21 <= c <= 0x7E and c != 0x5C else '\\x%02X' % c
    out, c = [], 0
    while c < 128:
        if bits >> c & 1:
            lo = c
            while c + 1 < 128 and bits >> (c + 1) & 1:
                c += 1
            out.append(ch(lo) + ch(c))
        c += 1
    return ''.join(out) + ('+' if non_ascii else '')


def fmt_lead(found):
    """A leading loop (regexp2.leading_loop): `^` if after a line start, then its
    class's ASCII characters as fmt_first writes them; '' for none."""
    if found is None:
        return ''
    bits = regexp2.first_chars(found[0])[0]
    return ('^' if found[1] else '') + fmt_first((bits, False, False)) if bits else ''


def group_count(e):
    """How many regex groups an emitter expects (None if any)."""
    if e is None:
        return None
    if e[0] == 'bygroups':
        return len(e[1])
    if e[0] == 'usingbygroup':
        return len(e[3])
    return None


def lexer_flags(cfg):
    """The regexp2 options Chroma compiles a lexer's patterns with."""
    return ('' if cfg['not_multiline'] else 'm') + ('i' if cfg['case_insensitive'] else '') + \
        ('s' if cfg['dot_all'] else '')


# Every rewritten rule (tools/chroma/rewrites.py), for the differential test.
REWRITTEN = []


def lexer_file(cfg, states, types, source, base=None):
    flags = lexer_flags(cfg)
    # No header line: the files are built into the browser's module, where each
    # line costs bytes; where a file comes from is written beside its entry in
    # src/lexers/builtin.rs (FORMAT: see its definition).
    lines = []
    failures = []
    starts = STARTS.setdefault(base, [])
    del starts[:]
    for name, rules in states:
        lines.append('S\t' + check_word(name, 'state'))
        for index, (pattern, emitter, mutator) in enumerate(rules):
            if mutator is not None and mutator[0] == 'include':
                lines.append('I\t' + check_word(mutator[1], 'state'))
                continue
            try:
                es, icase, gmap, ngroups = regexp2.translate(pattern, flags)
            except regexp2.Unsupported as e:
                failures.append('%s: %s' % (name, e))
                es, icase, gmap, ngroups = None, False, None, 0
            whole_only = emitter is None or emitter[0] not in ('bygroups', 'usingbygroup')
            replacement = rewrites.rewrite(pattern, flags, whole_only) if es is not None else None
            if replacement is not None:
                original = (es, icase, gmap, ngroups)
                es, icase, gmap, ngroups = regexp2.translate(replacement, flags)
                if not whole_only and ngroups != original[3]:
                    raise ValueError('rewrite of %r has %d groups, not %d' % (pattern, ngroups, original[3]))
                REWRITTEN.append({'id': '%s/%s/%d' % (base, name, index),
                                  'source': pattern, 'flags': flags, 'original': original[0],
                                  'originalIcase': original[1], 'originalGroups': original[2] or list(range(1, original[3] + 1)),
                                  'rewritten': es, 'icase': icase, 'groups': gmap or list(range(1, ngroups + 1)),
                                  'observed': [] if whole_only else list(range(1, ngroups + 1)),
                                  'pieces': regexp2_pieces(pattern, flags)})
            want = group_count(emitter)
            if es is not None and want is not None and want != ngroups:
                failures.append('%s: %r has %d groups, emitter wants %d' % (name, pattern, ngroups, want))
            rflags = ('i' if icase else '') + ('!' if es is None else '')
            fields = ['R', rflags, compact_pattern(es) if es is not None else '', fmt_emitter(emitter, types),
                      fmt_mutator(mutator), ','.join(map(str, gmap)) if gmap else '', str(ngroups) if ngroups else '']
            if es is not None:
                tree, final_groups = regexp2.tree_of(replacement or pattern, flags)
                # The leading loop of the pattern as Chroma wrote it (a rewrite
                # fails where the original does): the ASCII characters of its
                # class. src/start.rs finds the one of the pattern in the file:
                # where that differs (a rewritten rule), the file says it (`-`: none).
                lead = fmt_lead(regexp2.leading_loop(regexp2.tree_of(pattern, flags)[0]))
                if lead != fmt_lead(regexp2.leading_loop(tree)):
                    fields.append(lead or '-')
                starts.append(fmt_first(regexp2.first_chars(tree)) + '\t' + lead)
            while fields[-1] == '':
                fields.pop()
            lines.append('\t'.join(fields))
    return '\n'.join(lines) + '\n', failures


def regexp2_pieces(pattern, flags):
    """Strings to build a rewritten pattern's test inputs from: samples of the
    pattern and of its loops' bodies, and the characters it names."""
    import random
    import redos
    tree, _ = regexp2.tree_of(pattern, flags)
    rng = random.Random(pattern)
    sm = redos.Sampler(redos.alphabet(tree), rng)
    sites = []
    redos.loops(tree, [], sites)
    pieces = set(chr(c) for c in sm.alpha if c < 0x80 or c in (0xA0, 0xE9, 0x4E2D))
    for node, count in [(tree, 40)] + [(q[1], 8) for _, q in sites]:
        for _ in range(count):
            try:
                pieces.add(sm.sample(node, {}))
            except (ValueError, RecursionError):
                pass
    pieces.discard('')
    return sorted(pieces)


def derived_data_file(name):
    """The data file a registry entry names when its column is empty: the
    lexer's name lower-cased, spaces as underscores (Chroma's XML file names)."""
    return name.lower().replace(' ', '_') if name.isascii() else None


def registry_line(cfg, data_file):
    def j(xs):
        for x in xs:
            if '\t' in x or '\x1f' in x or '\n' in x:
                raise ValueError(x)
        return '\x1f'.join(xs)
    # (The regex flags are in each lexer's data; the registry keeps ensure_nl.)
    flags = 'n' if cfg['ensure_nl'] else ''
    # The data file: empty when derived from the name, `-` when there is none.
    data = '-' if not data_file else '' if data_file == derived_data_file(cfg['name']) else data_file
    return '\t'.join([cfg['name'], j(cfg['aliases']), j(cfg['filenames']), j(cfg['alias_filenames']),
                      repr(cfg['priority']) if cfg['priority'] else '', flags,
                      data, cfg.get('kind', '')]).rstrip('\t')


def go_lower(s):
    """Go's strings.ToLower as src/case.rs has it for registry names."""
    return ''.join('k' if c == '\u212a' else 'i' if c == '\u0130' else c.lower() if c.isascii() else c for c in s)


def name_step(cfgs, n):
    """One step of LexerRegistry.Get (src/registry.rs by_name): the last lexer
    named n (as written or lower-cased), else the last with such an alias."""
    for cfg in reversed(cfgs):
        if cfg['name'] == n or go_lower(cfg['name']) == n:
            return cfg['name']
    for cfg in reversed(cfgs):
        if any(a == n or go_lower(a) == n for a in cfg['aliases']):
            return cfg['name']
    return None


def write_core_registry(data, registry, core):
    """registry-core.txt: the entries of the built-in lexers (the browser's
    module; the full registry comes with the styles chunk). A name the core
    entries find at the first step of a look-up must find the same lexer in
    the full registry (else the module could not answer without the chunk):
    checked here for every such name, and for the names the built-in lexers
    look up themselves."""
    cfgs = [cfg for cfg, _ in registry]
    entries = [(cfg, base) for cfg, base in registry if base in core]
    core_cfgs = [cfg for cfg, _ in entries]
    names = set()
    for cfg in core_cfgs:
        for n in [cfg['name']] + cfg['aliases']:
            names.update([n, go_lower(n)])
    for n in sorted(names):
        if name_step(core_cfgs, n) != name_step(cfgs, n):
            raise ValueError('%r finds %s among the built-in lexers but %s in the full registry'
                             % (n, name_step(core_cfgs, n), name_step(cfgs, n)))
    used = {'YAML', 'plaintext'}
    for b in core:
        text = open(os.path.join(data, 'lexers', b + '.lex')).read()
        for m in re.finditer(r'\b[ur]\(([^,)]+)', text):
            used.add(re.sub(r'%([0-9A-F]{2})', lambda x: chr(int(x.group(1), 16)), m.group(1)))
    for cfg in core_cfgs:
        if cfg.get('kind', '').startswith('delegate:'):
            used.add(cfg['kind'][9:])
    # Names found at the second step (lower-cased): the module answers them
    # from its entries too (the `=` line), as both registries miss them first.
    second = []
    for n in sorted(used):
        if name_step(core_cfgs, n) is not None:
            continue
        if name_step(cfgs, n) is not None or name_step(core_cfgs, go_lower(n)) is None \
                or name_step(core_cfgs, go_lower(n)) != name_step(cfgs, go_lower(n)):
            raise ValueError('the built-in lexers look up %r, which only the full registry answers' % n)
        second.append(n)
    with open(os.path.join(data, 'registry-core.txt'), 'w') as f:
        if second:
            f.write('=\t' + '\x1f'.join(second) + '\n')
        for cfg, base in entries:
            f.write(registry_line(cfg, base) + '\n')


def lexer_sources(mirror, tag):
    """Every lexer in registration order: embedded XML files (sorted), then the
    lexers registered by Go files (tools/chroma/golexers.py), which replace a
    lexer of the same name in place. Yields (config, data file base name or None,
    states or None, source description)."""
    for fname in git_ls(mirror, tag, 'lexers/embedded'):
        if not fname.endswith('.xml'):
            continue
        doc = minixml.parse(git_show(mirror, tag, 'lexers/embedded/' + fname))
        yield (config_of(doc.find('config')), fname[:-4], rules_of(doc.find('rules')),
               'Chroma %s lexers/embedded/%s' % (tag, fname))
    for glex in golexers.lexers(lambda p: git_show(mirror, tag, p), config_of, rules_of):
        yield glex['config'], glex.get('data'), glex.get('rules'), 'Chroma %s %s (ported by hand)' % (tag, glex['source'])


def main():
    mirror, tag = sys.argv[1], sys.argv[2]
    out = sys.argv[3] if len(sys.argv) > 3 else 'crates/recap-highlight'
    data = os.path.join(out, 'src', 'data')
    os.makedirs(os.path.join(data, 'lexers'), exist_ok=True)
    for f in os.listdir(os.path.join(data, 'lexers')):
        os.remove(os.path.join(data, 'lexers', f))

    tt, classes = token_types(git_show(mirror, tag, 'types.go'))
    types = dict(tt)
    # What the lexer files write for a type: its index in TOKEN_TYPES (FORMAT).
    type_index = {name: i for i, (name, _) in enumerate(tt)}

    # Token types.
    rs = ['// Generated by tools/chroma/gen.py from Chroma %s types.go (MIT); do not edit.' % tag,
          '', '/// (value, CSS class) for every token type, in declaration order.',
          'pub(crate) const TOKEN_TYPES: &[(i32, Option<&str>)] = &[']
    for name, value in tt:
        cls = 'Some("%s")' % classes[name] if name in classes else 'None'
        rs.append('    (%d, %s),' % (value, cls))
    rs.append('];')
    # A table of their own: only stylesheets and style checks name types, so a
    # build without them (the browser's module) leaves the names out.
    rs += ['', '/// The name of each type in TOKEN_TYPES, in the same order.', 'pub(crate) const TOKEN_NAMES: &[&str] = &[']
    for name, value in tt:
        rs.append('    "%s",' % name)
    rs.append('];')
    with open(os.path.join(out, 'src', 'token_types.rs'), 'w') as f:
        f.write('\n'.join(rs) + '\n')

    registry = []   # [cfg, data_file]
    all_failures = {}
    sources = {}   # data file -> where it comes from
    for cfg, base, states, source in lexer_sources(mirror, tag):
        if states is not None:
            sources[base] = source
            text, failures = lexer_file(cfg, states, type_index, source, base)
            if failures:
                all_failures[base] = failures
            with open(os.path.join(data, 'lexers', base + '.lex'), 'w') as f:
                f.write(text)
        for i, (other, _) in enumerate(registry):
            if other['name'] == cfg['name']:
                registry[i] = [cfg, base]
                break
        else:
            registry.append([cfg, base])

    with open(os.path.join(data, 'registry.txt'), 'w') as f:
        for cfg, base in registry:
            f.write(registry_line(cfg, base) + '\n')

    # Styles.
    head = '# recap-highlight styles, format %d. Generated by tools/chroma/gen.py from Chroma %s styles/*.xml; do not edit.'
    default, other = [head % (STYLE_FORMAT, tag) + ' The default style.'], [head % (STYLE_FORMAT, tag) + ' The other styles.']
    for fname in git_ls(mirror, tag, 'styles'):
        if not fname.endswith('.xml'):
            continue
        doc = minixml.parse(git_show(mirror, tag, 'styles/' + fname))
        lines = default if doc.get('name').lower() == DEFAULT_STYLE else other
        lines.append('style\t%s\t%s' % (doc.get('name'), (doc.get('counterpart') or '').lower()))
        for e in doc.children:
            lines.append('%d\t%s' % (types[e.get('type')], e.get('style')))
    for name, lines in (('styles.txt', default), ('styles-other.txt', other)):
        with open(os.path.join(data, name), 'w') as f:
            f.write('\n'.join(lines) + '\n')

    # The built-in set: CORE and what it uses.
    by_name = {}
    for cfg, base in registry:
        if base:
            for n in [cfg['name']] + cfg['aliases']:
                by_name.setdefault(n.lower(), base)
    core = []
    todo = list(CORE)
    while todo:
        b = todo.pop(0)
        if b in core:
            continue
        core.append(b)
        text = open(os.path.join(data, 'lexers', b + '.lex')).read()
        for m in re.finditer(r'\b[ur]\(([^,)]+)', text):
            dep = by_name.get(re.sub(r'%([0-9A-F]{2})', lambda x: chr(int(x.group(1), 16)), m.group(1)).lower())
            if dep and dep not in core:
                todo.append(dep)
        for cfg, base in registry:
            if base == b and cfg.get('kind', '').startswith('delegate:'):
                todo.append(by_name[cfg['kind'][9:].lower()])
    write_core_registry(data, registry, core)

    files = sorted(os.listdir(os.path.join(data, 'lexers')))
    rs = ['// Generated by tools/chroma/gen.py; do not edit. Each data file\'s source is',
          '// above it (see ../data/NOTICE.md for the licences).', '',
          '/// Lexer data built in: (file base name, contents).',
          'pub(crate) const CORE: &[(&str, &str)] = &[']
    for b in sorted(core):
        rs.append('    // %s\n    ("%s", include_str!("../data/lexers/%s.lex")),' % (sources[b], b, b))
    rs += ['];', '', '/// The other lexers (feature `all-lexers`).', '#[cfg(feature = "all-lexers")]',
           'pub(crate) const EXTRA: &[(&str, &str)] = &[']
    for f in files:
        b = f[:-4]
        if b not in core:
            rs.append('    // %s\n    ("%s", include_str!("../data/lexers/%s.lex")),' % (sources[b], b, f[:-4]))
    rs.append('];')
    rust_str = lambda s: '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    rs += ['', '/// What a pattern\'s character k (1, 2, ...) stands for (tools/chroma/gen.py PATTERN_PARTS).',
           # (As rustfmt lays it out.)
           'pub(crate) const PATTERN_PARTS: &[&str] =\n    &[%s];' % ', '.join(rust_str(p) for p in PATTERN_PARTS)]
    os.makedirs(os.path.join(out, 'src', 'lexers'), exist_ok=True)
    with open(os.path.join(out, 'src', 'lexers', 'builtin.rs'), 'w') as f:
        f.write('\n'.join(rs) + '\n')

    with open(os.path.join(out, 'tests', 'data', 'rewrites.json'), 'w', encoding='utf-8') as f:
        import json
        json.dump({'note': 'Rules rewritten by tools/chroma/rewrites.py (generated by tools/chroma/gen.py)',
                   'rules': REWRITTEN}, f, indent=0, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(out, 'tests', 'data', 'starts.txt'), 'w') as f:
        for base in sorted(STARTS):
            f.write('=' + base + '\n' + ''.join(line + '\n' for line in STARTS[base]))
    with open(os.path.join(data, 'failures.txt'), 'w') as f:
        f.write('# Rules whose patterns could not be translated (the rule never matches in Recap).\n')
        for k in sorted(all_failures):
            for msg in all_failures[k]:
                f.write('%s\t%s\n' % (k, msg))
    print('%d lexers, %d with untranslated rules' % (len(registry), len(all_failures)))


if __name__ == '__main__':
    main()
