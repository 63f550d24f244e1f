"""Chroma's lexers that are written in Go rather than XML, as generator input.

Ported by hand from Chroma v2.27.0 lexers/*.go (MIT, Copyright (C) 2017 Alec
Thomas): the Go lexer's rules (lexers/go.go), the Markdown lexer's rules
(lexers/markdown.go), the Go template lexers' configurations. Rules are written
in the same shape as those read from the XML files, so they go through the same
regex translation. Lexers registered by other Go files are listed with their
configuration only (read from the Go source) and marked unavailable: Recap knows
their names, as Chroma's registry does, but has no rules for them.

Each entry: config, rules (or None), data (file base name or None), kind
('' regex lexer, 'markdown' (front matter split, lexers/markdown.go),
'delegate:<root>' (chroma.DelegatingLexer with root lexer <root>)), source.
"""
import re

GO_TYPES = ['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'int', 'int8', 'int16', 'int32', 'int64',
            'float', 'float32', 'float64', 'complex64', 'complex128', 'byte', 'rune', 'string', 'bool',
            'error', 'uintptr']


def words(prefix, suffix, ws):
    """chroma.Words: longest first, each quoted (Go's regexp.QuoteMeta)."""
    ws = sorted(ws, key=len, reverse=True)
    return prefix + '(' + '|'.join(re.sub(r'([\\.+*?()|\[\]{}^$])', r'\\\1', w) for w in ws) + ')' + suffix


def T(name):
    return ('token', name)


def G(*names):
    return ('bygroups', [T(n) if isinstance(n, str) else n for n in names])


def go_rules():
    # lexers/go.go goRules()
    return [('root', [
        (r'\n', T('TextWhitespace'), None),
        (r'\s+', T('TextWhitespace'), None),
        (r'//[^\s\n\r][^\n\r]*', T('CommentPreproc'), None),
        (r'//[^\n\r]*', T('CommentSingle'), None),
        (r'/(\\\n)?[*](.|\n)*?[*](\\\n)?/', T('CommentMultiline'), None),
        (r'(import|package)\b', T('KeywordNamespace'), None),
        (r'(var|func|struct|map|chan|type|interface|const)\b', T('KeywordDeclaration'), None),
        (words('', r'\b', ['break', 'default', 'select', 'case', 'defer', 'go', 'else', 'goto', 'switch',
                           'fallthrough', 'if', 'range', 'continue', 'for', 'return']), T('Keyword'), None),
        (r'(true|false|iota|nil)\b', T('KeywordConstant'), None),
        (words('', r'\b(\()', GO_TYPES + ['print', 'println', 'panic', 'recover', 'close', 'complex', 'real',
                                          'imag', 'len', 'cap', 'append', 'copy', 'delete', 'new', 'make',
                                          'clear', 'min', 'max']),
         G('NameBuiltin', 'Punctuation'), None),
        (words('', r'\b', GO_TYPES + ['any']), T('KeywordType'), None),
        (r'\d+i', T('LiteralNumber'), None),
        (r'\d+\.\d*([Ee][-+]\d+)?i', T('LiteralNumber'), None),
        (r'\.\d+([Ee][-+]\d+)?i', T('LiteralNumber'), None),
        (r'\d+[Ee][-+]\d+i', T('LiteralNumber'), None),
        (r'\d+(\.\d+[eE][+\-]?\d+|\.\d*|[eE][+\-]?\d+)', T('LiteralNumberFloat'), None),
        (r'\.\d+([eE][+\-]?\d+)?', T('LiteralNumberFloat'), None),
        (r'0[0-7]+', T('LiteralNumberOct'), None),
        (r'0[xX][0-9a-fA-F_]+', T('LiteralNumberHex'), None),
        (r'0b[01_]+', T('LiteralNumberBin'), None),
        (r'(0|[1-9][0-9_]*)', T('LiteralNumberInteger'), None),
        (r"""'(\\['"\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|[^\\])'""",
         T('LiteralStringChar'), None),
        # UsingLexer(TypeRemappingLexer(GoTextTemplate, TypeMapping{{Other, LiteralString, nil}}))
        (r'(`)([^`]*)(`)', ('bygroups', [T('LiteralString'),
                                         ('usingremap', 'Go Text Template', [('Other', 'LiteralString')]),
                                         T('LiteralString')]), None),
        (r'"(\\\\|\\"|[^"])*"', T('LiteralString'), None),
        (r'(<<=|>>=|<<|>>|<=|>=|&\^=|&\^|\+=|-=|\*=|/=|%=|&=|\|=|&&|\|\||<-|\+\+|--|==|!=|:=|\.\.\.|[+\-*/%&])',
         T('Operator'), None),
        (r'([a-zA-Z_]\w*)(\s*)(\()', ('bygroups', [T('NameFunction'), ('usingself', 'root'), T('Punctuation')]), None),
        (r'[|^<>=!()\[\]{}.,;:~]', T('Punctuation'), None),
        (r'[^\W\d]\w*', T('NameOther'), None),
    ])]


def markdown_rules():
    # lexers/markdown.go markdownRules()
    return [
        ('root', [
            (r'<!--[\w\W]*?-->', T('CommentMultiline'), None),
            (r'^(#[^#].+\n)', G('GenericHeading'), None),
            (r'^(#{2,6}.+\n)', G('GenericSubheading'), None),
            (r'^(\s*)([*-] )(\[[ xX]\])( .+\n)', G('Text', 'Keyword', 'Keyword', ('usingself', 'inline')), None),
            (r'^(\s*)([*-])(\s)(.+\n)', G('Text', 'Keyword', 'Text', ('usingself', 'inline')), None),
            (r'^(\s*)([0-9]+\.)( .+\n)', G('Text', 'Keyword', ('usingself', 'inline')), None),
            (r'^(\s*>\s)(.+\n)', G('Keyword', 'GenericEmph'), None),
            ('^(```\\n)([\\w\\W]*?)(^```$)', G('LiteralString', 'Text', 'LiteralString'), None),
            ('^(```)(\\w+)(\\n)([\\w\\W]*?)(^```$)',
             ('usingbygroup', 2, 4, [T('LiteralString'), T('LiteralString'), T('LiteralString'), T('Text'),
                                     T('LiteralString')]), None),
            ('', None, ('include', 'inline')),
        ]),
        ('inline', [
            (r'<!--[\w\W]*?-->', T('CommentMultiline'), None),
            (r'\\.', T('Text'), None),
            (r'(\s)(\*|_)((?:(?!\2).)*)(\2)((?=\W|\n))', G('Text', 'GenericEmph', 'GenericEmph', 'GenericEmph', 'Text'), None),
            (r'(\s)((\*\*|__).*?)\3((?=\W|\n))', G('Text', 'GenericStrong', 'GenericStrong', 'Text'), None),
            (r'(\s)(~~[^~]+~~)((?=\W|\n))', G('Text', 'GenericDeleted', 'Text'), None),
            ('`[^`]+`', T('LiteralStringBacktick'), None),
            (r'[@#][\w/:]+', T('NameEntity'), None),
            (r'(!?\[)([^]]+)(\])(\()([^)]+)(\))', G('Text', 'NameTag', 'Text', 'Text', 'NameAttribute', 'Text'), None),
            (r'.|\n', T('Text'), None),
        ]),
    ]


def empty_config(name):
    return {'name': name, 'aliases': [], 'filenames': [], 'alias_filenames': [], 'mime_types': [],
            'case_insensitive': False, 'dot_all': False, 'not_multiline': False, 'ensure_nl': False,
            'priority': 0.0, 'analyse': None}


def go_configs(src):
    """Every &Config{...} in a Go file, read field by field."""
    out = []
    for block in re.findall(r'&Config\{(.*?)\n\s*\}', src, re.S):
        cfg = empty_config('')
        for field, value in re.findall(r'(\w+):\s*(.*?),?\s*$', block, re.M):
            strings = re.findall(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`', value)
            strings = [a or b for a, b in strings]
            if field == 'Name':
                cfg['name'] = strings[0]
            elif field == 'Aliases':
                cfg['aliases'] = strings
            elif field == 'Filenames':
                cfg['filenames'] = strings
            elif field == 'AliasFilenames':
                cfg['alias_filenames'] = strings
            elif field == 'MimeTypes':
                cfg['mime_types'] = strings
            elif field == 'Priority':
                cfg['priority'] = float(value)
            elif field in ('CaseInsensitive', 'DotAll', 'NotMultiline', 'EnsureNL'):
                key = {'CaseInsensitive': 'case_insensitive', 'DotAll': 'dot_all',
                       'NotMultiline': 'not_multiline', 'EnsureNL': 'ensure_nl'}[field]
                cfg[key] = value.strip() == 'true'
        out.append(cfg)
    return out


# Go files that register lexers we do not port (rules in Go code), in file order.
UNPORTED = ['caddyfile', 'cl', 'emacs', 'erb', 'gemtext', 'genshi', 'haxe', 'http', 'markless', 'php',
            'raku', 'rst', 'svelte', 'typoscript', 'yaml_jinja']
# Of those, the ones that wrap an embedded XML lexer keeping its name.
XML_WRAPPERS = {'cl': 'common_lisp.xml', 'emacs': 'emacslisp.xml'}


def lexers(show, config_of, rules_of):
    import minixml
    out = []
    # Registration in Go file order (lexers/*.go sorted by name).
    for f in ['caddyfile', 'cl', 'emacs', 'erb', 'gemtext', 'genshi', 'go', 'haxe', 'http', 'markdown',
              'markless', 'php', 'raku', 'rst', 'svelte', 'typoscript', 'yaml_jinja']:
        src = show('lexers/%s.go' % f)
        if f == 'go':
            tmpl = minixml.parse(show('lexers/embedded/go_template.xml'))
            go = go_configs(src)[0]
            out.append({'config': go, 'rules': go_rules(), 'data': 'go', 'source': 'lexers/go.go'})
            html_tmpl = empty_config('Go HTML Template')
            html_tmpl['aliases'] = ['go-html-template']
            html_tmpl['kind'] = 'delegate:HTML'
            out.append({'config': html_tmpl, 'rules': rules_of(tmpl.find('rules')), 'data': 'go_html_template',
                        'source': 'lexers/go.go and lexers/embedded/go_template.xml'})
            text_tmpl = empty_config('Go Text Template')
            text_tmpl['aliases'] = ['go-text-template']
            out.append({'config': text_tmpl, 'rules': rules_of(tmpl.find('rules')), 'data': 'go_text_template',
                        'source': 'lexers/go.go and lexers/embedded/go_template.xml'})
        elif f == 'markdown':
            md = go_configs(src)[0]
            md['kind'] = 'markdown'
            out.append({'config': md, 'rules': markdown_rules(), 'data': 'markdown', 'source': 'lexers/markdown.go'})
        elif f in XML_WRAPPERS:
            doc = minixml.parse(show('lexers/embedded/' + XML_WRAPPERS[f]))
            out.append({'config': config_of(doc.find('config')), 'rules': None, 'data': None,
                        'source': 'lexers/%s.go' % f})
        else:
            for cfg in go_configs(src):
                out.append({'config': cfg, 'rules': None, 'data': None, 'source': 'lexers/%s.go' % f})
    return out
