"""A minimal reader for Chroma's lexer and style XML files.

Chroma's files repeat attributes (`<push state="a" state="b"/>`), which Go's
encoding/xml reads as a list but Python's XML parsers reject, so this reader
keeps every attribute in order. It handles only what those files use:
elements, quoted attributes, character references and comments.
"""
import re
ENT = {'quot': '"', 'amp': '&', 'lt': '<', 'gt': '>', 'apos': "'"}
def unescape(s):
    def rep(m):
        e = m.group(1)
        if e.startswith('#x'): return chr(int(e[2:], 16))
        if e.startswith('#'): return chr(int(e[1:]))
        return ENT[e]
    return re.sub(r'&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);', rep, s)
class El:
    def __init__(s, tag, attrs): s.tag, s.attrs, s.children = tag, attrs, []
    def get(s, k, d=None):
        for a, v in s.attrs:
            if a == k: return v
        return d
    def getall(s, k): return [v for a, v in s.attrs if a == k]
    def iter(s, tag=None):
        if tag is None or s.tag == tag: yield s
        for c in s.children: yield from c.iter(tag)
    def find(s, tag):
        for c in s.children:
            if c.tag == tag: return c
    def text(s): return getattr(s, '_text', '')
TOK = re.compile(r'<!--.*?-->|<\?.*?\?>|<(/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|\'[^\']*\'))*)\s*(/?)>|([^<]+)', re.S)
ATTR = re.compile(r'([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
def parse(text):
    root = El('#doc', []); stack = [root]; pos = 0
    while pos < len(text):
        m = TOK.match(text, pos)
        if not m: raise ValueError('bad xml at %d: %r' % (pos, text[pos:pos+40]))
        pos = m.end()
        if m.group(2):
            if m.group(1):
                el = stack.pop(); assert el.tag == m.group(2), (el.tag, m.group(2))
                continue
            attrs = [(a, unescape(v1 if v1 is not None else v2)) for a, v1, v2 in ATTR.findall(m.group(3))]
            el = El(m.group(2), attrs); stack[-1].children.append(el)
            if not m.group(4): stack.append(el)
        elif m.group(5):
            stack[-1]._text = getattr(stack[-1], '_text', '') + unescape(m.group(5))
    assert len(stack) == 1
    return root.children[0]
