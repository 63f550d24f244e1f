#!/usr/bin/env python3
"""Finds Chroma rule patterns whose matching time grows faster than linearly.

Usage: python3 tools/chroma/redos.py MIRROR TAG OUT.json [--all]

For every rule of the built-in lexers (gen.CORE and what they use; every lexer
with --all), this writes adversarial inputs built from the pattern's own syntax
tree: for each loop (a quantifier with more than one iteration), a prefix that
leads to it (a sample of what precedes it), a pump (a sample of the loop's body,
or two samples, repeated) and a suffix that makes the match fail (the end of the
text, a line break, or a character the pattern names). The runners measure how
the time of one sticky match at the start grows with the number of repetitions:
natively (regress), `cargo run --release -p recap-highlight --example redos --
OUT.json`, and on V8, `node tools/chroma/redos.mjs OUT.json`.

The same samplers make the random inputs of the rewritten patterns'
differential test (regexp2.rewrite; crates/recap-highlight/tests/rewrites.rs).
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import regexp2  # noqa: E402
import rewrites  # noqa: E402
from regexp2 import INF  # noqa: E402

# Characters tried besides those a pattern names: the usual suspects of code.
PROBES = ' \t\n\r"\'\\/$#()[]{}<>=:;,.-_+*!?&|@%^`~aZ09x\u00e9\u00a0\u4e2d'


def node_chars(n, acc):
    """Characters a pattern names: literals and the ends of class ranges."""
    t = n[0]
    if t == 'char':
        acc.add(n[1])
    elif t == 'set':
        s = n[1]
        for lo, hi in s.ranges[:64]:
            acc.update((lo, hi))
            if hi > lo:
                acc.add(lo + 1)
        if s.sub is not None:
            node_chars(('set', s.sub, False), acc)
    elif t == 'group':
        node_chars(n[2], acc)
    elif t in ('concat', 'alt'):
        for c in n[1]:
            node_chars(c, acc)
    elif t == 'quant':
        node_chars(n[1], acc)


def alphabet(tree):
    acc = set(ord(c) for c in PROBES)
    node_chars(tree, acc)
    return sorted(c for c in acc if c < 0xD800 or 0xE000 <= c <= 0x10FFFF)


class Sampler:
    """Random strings a node can match (look-arounds ignored)."""

    def __init__(self, alpha, rng):
        self.alpha = alpha
        self.rng = rng
        self.members = {}

    def set_chars(self, s):
        k = id(s)
        if k not in self.members:
            self.members[k] = [c for c in self.alpha if regexp2.in_set(s, c)]
        return self.members[k]

    def sample(self, n, caps, depth=0):
        t = n[0]
        r = self.rng
        if t == 'char':
            cp = n[1]
            if n[2]:
                orbit = sorted(regexp2.fold_orbit(cp))
                cp = r.choice(orbit)
            return chr(cp)
        if t == 'set':
            cs = self.set_chars(n[1])
            if not cs:
                raise ValueError('empty set')
            return chr(r.choice(cs))
        if t in ('assert', 'empty'):
            return ''
        if t == 'group':
            if n[1] in ('la', 'nla', 'lb', 'nlb'):
                return ''
            s = self.sample(n[2], caps, depth + 1)
            if n[1] == 'cap':
                caps[n[3]] = s
            return s
        if t == 'concat':
            return ''.join(self.sample(c, caps, depth + 1) for c in n[1])
        if t == 'alt':
            alts = list(n[1])
            r.shuffle(alts)
            for a in alts:
                try:
                    return self.sample(a, caps, depth + 1)
                except ValueError:
                    continue
            raise ValueError('no alternative')
        if t == 'quant':
            lo, hi = n[2], n[3]
            k = lo + r.choice([0, 0, 1, 1, 2, 3]) if depth < 12 else lo
            k = min(k, hi, lo + 4)
            return ''.join(self.sample(n[1], caps, depth + 1) for _ in range(int(k)))
        if t == 'ref':
            return caps.get(n[1], '')
        raise AssertionError(n)


def loops(n, before, out):
    """Every quantifier with more than one iteration, with the nodes matched
    before it (the path's earlier siblings)."""
    t = n[0]
    if t == 'group':
        if n[1] in ('lb', 'nlb'):
            return
        loops(n[2], before, out)
    elif t == 'concat':
        for i, c in enumerate(n[1]):
            loops(c, before + n[1][:i], out)
    elif t == 'alt':
        for c in n[1]:
            loops(c, before, out)
    elif t == 'quant':
        if n[3] > 1:
            out.append((before, n))
        loops(n[1], before, out)


def attacks(tree, rng, per_loop=6):
    """(prefix, pump, suffix) triples for a pattern."""
    alpha = alphabet(tree)
    sm = Sampler(alpha, rng)
    sites = []
    loops(tree, [], sites)
    out = set()
    suffixes = ['', '\n'] + [chr(c) for c in alpha if c < 0x80 and chr(c) in '"\'\\/)]}>;:!x \t']
    for before, q in sites:
        for _ in range(per_loop):
            caps = {}
            try:
                prefix = sm.sample(('concat', before), caps)
                pump = sm.sample(q[1], dict(caps))
                if rng.random() < 0.5:
                    pump += sm.sample(q[1], dict(caps))
            except (ValueError, RecursionError):
                continue
            if not pump:
                continue
            for suffix in rng.sample(suffixes, min(4, len(suffixes))):
                out.add((prefix, pump, suffix))
    return sorted(out)


def builtin_bases(mirror, tag):
    """gen.CORE and the lexers they use, as gen.main computes them."""
    data = os.path.join('crates', 'recap-highlight', 'src', 'lexers', 'builtin.rs')
    text = open(data).read()
    core = text.split('pub(crate) const CORE')[1].split('];')[0]
    import re
    return set(re.findall(r'\("([^"]+)", include_str', core))


def main():
    mirror, tag, out = sys.argv[1], sys.argv[2], sys.argv[3]
    everything = '--all' in sys.argv
    bases = None if everything else builtin_bases(mirror, tag)
    rng = random.Random(14)
    cases = []
    for cfg, base, states, _ in gen.lexer_sources(mirror, tag):
        if states is None or (bases is not None and base not in bases):
            continue
        flags = gen.lexer_flags(cfg)
        for state, rules in states:
            for i, (pattern, emitter, mutator) in enumerate(rules):
                if mutator is not None and mutator[0] == 'include':
                    continue
                # What the generator writes: the rewritten pattern where there
                # is one (tools/chroma/rewrites.py), attacked with the inputs of
                # both trees.
                whole_only = emitter is None or emitter[0] not in ('bygroups', 'usingbygroup')
                replacement = rewrites.rewrite(pattern, flags, whole_only)
                try:
                    trees = [regexp2.tree_of(pattern, flags)]
                    if replacement is not None:
                        trees.append(regexp2.tree_of(replacement, flags))
                    es, icase, _, _ = regexp2.emit(*trees[-1])
                except regexp2.Unsupported:
                    continue
                found = set()
                for tree, _ in trees:
                    found.update(attacks(tree, rng))
                for prefix, pump, suffix in sorted(found):
                    cases.append({'id': '%s/%s/%d' % (base, state, i), 'pattern': es, 'icase': icase,
                                  'prefix': prefix, 'pump': pump, 'suffix': suffix})
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(cases, f, ensure_ascii=False, indent=0)
    print('%d attacks on %d rules' % (len(cases), len({c['id'] for c in cases})))


if __name__ == '__main__':
    main()
