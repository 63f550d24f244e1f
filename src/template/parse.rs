//! Template pieces to a tree, as Go's `text/template/parse` builds it, with
//! Hugo's additions (`return` in partials).

use super::funcs;
use super::lex::{self, Piece, Pos, Token};
use super::{Func, TemplateError};
use std::collections::HashMap;
use std::sync::Arc;

/// A parsed template file, with the templates it defines.
#[derive(Debug)]
pub struct Template {
    /// The template's name as Hugo gives it (`_partials/components/alert.html`).
    pub name: Arc<str>,
    /// The tree.
    pub root: Vec<Node>,
    /// Templates named with `define` or `block` in the file.
    pub defines: HashMap<String, Arc<Vec<Node>>>,
    /// Whether the template reads `.Inner` or `.InnerDeindent` (Hugo: a shortcode
    /// that does takes inner content and must be closed).
    pub reads_inner: bool,
    /// A `text/template` (no escaping): what go-i18n runs translations with.
    pub text: bool,
}

impl Template {
    /// Whether the template `name` it defines is empty (white space only):
    /// Go does not let such a definition replace another.
    pub fn defines_empty(&self, name: &str) -> bool {
        self.defines.get(name).is_some_and(|body| body.iter().all(|n| matches!(n, Node::Text(s) if s.trim().is_empty())))
    }

    /// The template `name` it defines, as a template of its own (a partial
    /// defined inline: `{{ define "_partials/inline/x.html" }}`).
    pub fn defined(&self, name: &str) -> Option<Template> {
        let body = self.defines.get(name)?;
        Some(Template { name: Arc::from(name), root: body.to_vec(), defines: self.defines.clone(), reads_inner: false, text: self.text })
    }
}

/// Functions the engine runs itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    /// `and` (evaluates arguments until one is false)
    And,
    /// `or` (evaluates arguments until one is true)
    Or,
    /// `partial`, `partials.Include`
    Partial,
    /// `partialCached`, `partials.IncludeCached`
    PartialCached,
    /// `try`: catches the error of its argument's evaluation.
    Try,
    /// `site`
    Site,
    /// `hugo`
    Hugo,
    /// `page`
    Page,
    /// `resources.Get`
    ResourcesGet,
    /// `resources.GetMatch`
    ResourcesGetMatch,
    /// `resources.Match`
    ResourcesMatch,
    /// `ref`, `urls.Ref`
    Ref,
    /// `relref`, `urls.RelRef`
    RelRef,
    /// `templates.Exists`
    TemplatesExists,
    /// `templates.Current`
    TemplatesCurrent,
}

/// Sorted by name (binary search).
const BUILTINS: &[(&str, Builtin)] = &[
    ("and", Builtin::And),
    ("hugo", Builtin::Hugo),
    ("or", Builtin::Or),
    ("page", Builtin::Page),
    ("partial", Builtin::Partial),
    ("partialCached", Builtin::PartialCached),
    ("partials.Include", Builtin::Partial),
    ("partials.IncludeCached", Builtin::PartialCached),
    ("ref", Builtin::Ref),
    ("relref", Builtin::RelRef),
    ("resources.Get", Builtin::ResourcesGet),
    ("resources.GetMatch", Builtin::ResourcesGetMatch),
    ("resources.Match", Builtin::ResourcesMatch),
    ("site", Builtin::Site),
    ("templates.Current", Builtin::TemplatesCurrent),
    ("templates.Exists", Builtin::TemplatesExists),
    ("try", Builtin::Try),
    ("urls.Ref", Builtin::Ref),
    ("urls.RelRef", Builtin::RelRef),
];

/// An operand of a command.
#[derive(Clone)]
pub enum Operand {
    /// `.`
    Dot,
    /// `nil`
    Nil,
    /// `true` / `false`
    Bool(bool),
    /// An integer constant.
    Int(i64),
    /// A floating-point constant.
    Float(f64),
    /// A string constant.
    Str(Arc<str>),
    /// `.A.B`
    Field(Vec<Arc<str>>),
    /// `$x.A.B` (`$` alone: the root).
    Var(Arc<str>, Vec<Arc<str>>),
    /// A function from the registry, by name.
    Func(Arc<str>, Func),
    /// A function the engine runs itself.
    Builtin(Builtin),
    /// A Hugo function Recap does not run: an error when evaluated, with why.
    Unsupported(Arc<str>, &'static str),
    /// `( pipeline )`
    Pipe(Box<Pipe>),
    /// An operand followed by fields: `(…).A.B`, `hugo.Data.cli`.
    Chain(Box<Operand>, Vec<Arc<str>>),
}

/// Shown as Go prints it (the `Display` below).
impl std::fmt::Debug for Operand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self}")
    }
}

/// An operand as Go's parse tree prints it (what an error's `at <…>` shows).
impl std::fmt::Display for Operand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Operand::Dot => write!(f, "."),
            Operand::Nil => write!(f, "nil"),
            Operand::Bool(b) => write!(f, "{b}"),
            Operand::Int(i) => write!(f, "{i}"),
            Operand::Float(x) => write!(f, "{}", super::value::format_float_v(*x)),
            Operand::Str(s) => write!(f, "{}", crate::go_unicode::quote(s, false)),
            Operand::Field(c) => write!(f, ".{}", c.join(".")),
            Operand::Var(n, c) if c.is_empty() => write!(f, "{n}"),
            Operand::Var(n, c) => write!(f, "{n}.{}", c.join(".")),
            Operand::Func(n, _) | Operand::Unsupported(n, _) => write!(f, "{n}"),
            Operand::Builtin(b) => write!(f, "{}", BUILTINS.iter().find(|(_, x)| x == b).map_or("?", |(n, _)| *n)),
            Operand::Pipe(p) => write!(f, "({p})"),
            Operand::Chain(o, c) => write!(f, "{o}.{}", c.join(".")),
        }
    }
}

impl std::fmt::Display for Cmd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{a}")?;
        }
        Ok(())
    }
}

impl std::fmt::Display for Pipe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.vars.is_empty() {
            write!(f, "{} {} ", self.vars.join(", "), if self.declare { ":=" } else { "=" })?;
        }
        for (i, c) in self.cmds.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}

/// A command: an operand, or a function or method and its arguments.
#[derive(Debug, Clone)]
pub struct Cmd {
    /// Where the command starts.
    pub pos: Pos,
    /// The operands; the first is what is called.
    pub args: Vec<Operand>,
}

/// A pipeline, with an optional variable declaration or assignment.
#[derive(Debug, Clone)]
pub struct Pipe {
    /// Where the pipeline starts.
    pub pos: Pos,
    /// `$a, $b :=` (declare) or `$a =` (assign).
    pub vars: Vec<Arc<str>>,
    /// Whether `vars` are declared (`:=`) rather than assigned (`=`).
    pub declare: bool,
    /// The commands, joined by `|`.
    pub cmds: Vec<Cmd>,
}

/// One `if`/`with` branch.
#[derive(Debug, Clone)]
pub struct Branch {
    /// `with` (dot becomes the value) rather than `if`.
    pub with: bool,
    /// The condition.
    pub pipe: Pipe,
    /// What runs when it holds.
    pub body: Vec<Node>,
}

/// A node of the tree.
#[derive(Debug, Clone)]
pub enum Node {
    /// Literal text.
    Text(Arc<str>),
    /// `{{ pipeline }}`
    Action(Pipe),
    /// `if`/`with` with `else if`/`else with` branches and a final `else`.
    Cond(Vec<Branch>, Option<Vec<Node>>),
    /// `range` with its `else`.
    Range(Pipe, Vec<Node>, Option<Vec<Node>>),
    /// `{{ template "name" pipeline }}` (also what `block` leaves in place).
    Template(Arc<str>, Option<Pipe>, Pos),
    /// `break`
    Break(Pos),
    /// `continue`
    Continue(Pos),
    /// Hugo's `{{ return pipeline }}` in a partial.
    Return(Option<Pipe>, Pos),
}

/// A template of Go's `text/template`: the same language, written without escaping.
///
/// # Errors
/// As [`parse`].
pub fn parse_text(name: &str, src: &str) -> Result<Template, TemplateError> {
    let mut t = parse(name, src)?;
    t.text = true;
    Ok(t)
}

/// Parses a template file.
///
/// # Errors
/// The first syntax error, with its position, as Go's parser reports it.
pub fn parse(name: &str, src: &str) -> Result<Template, TemplateError> {
    let name: Arc<str> = Arc::from(name);
    let error = |pos: Pos, message: String| TemplateError {
        template: name.to_string(),
        line: pos.line,
        column: pos.column,
        message,
        action: String::new(),
    };
    let pieces = lex::split(src).map_err(|e| error(e.pos, e.message))?;
    let mut p = Parser { pieces, i: 0, defines: HashMap::new(), loops: 0, reads_inner: false };
    let (root, end) = p.list().map_err(|(pos, m)| error(pos, m))?;
    if let Some((word, pos)) = end {
        return Err(error(pos, format!("unexpected {{{{{word}}}}}")));
    }
    let reads_inner = p.reads_inner;
    Ok(Template { name, root, defines: p.defines, reads_inner, text: false })
}

type Failure = (Pos, String);

struct Parser {
    pieces: Vec<Piece>,
    i: usize,
    defines: HashMap<String, Arc<Vec<Node>>>,
    /// How many `range`s enclose the current position (for `break`/`continue`).
    loops: usize,
    reads_inner: bool,
}

/// What ended a list: `end`, or `else` (with the rest of its action left in place).
type Ending = Option<(&'static str, Pos)>;

impl Parser {
    /// Nodes up to `end` or `else`.
    fn list(&mut self) -> Result<(Vec<Node>, Ending), Failure> {
        let mut nodes = Vec::new();
        while self.i < self.pieces.len() {
            let piece = self.pieces[self.i].clone();
            self.i += 1;
            let (tokens, at) = match piece {
                Piece::Text(t) => {
                    nodes.push(Node::Text(t));
                    continue;
                }
                Piece::Action(tokens, at) => (tokens, at),
            };
            let keyword = match tokens.first() {
                Some((Token::Ident(w), _)) => w.to_string(),
                _ => String::new(),
            };
            let rest = &tokens[tokens.len().min(1)..];
            match keyword.as_str() {
                "end" => {
                    if !rest.is_empty() {
                        return Err((at, "unexpected token in end".to_owned()));
                    }
                    return Ok((nodes, Some(("end", at))));
                }
                "else" => {
                    // Leave the tokens after `else` for the caller (`else if`, `else with`).
                    self.pieces[self.i - 1] = Piece::Action(rest.to_vec(), at);
                    self.i -= 1;
                    return Ok((nodes, Some(("else", at))));
                }
                "if" | "with" => nodes.push(self.conditional(keyword == "with", rest, at)?),
                "range" => {
                    let pipe = self.pipe(rest, at, true)?;
                    self.loops += 1;
                    let (body, end) = self.list()?;
                    self.loops -= 1;
                    let otherwise = match end {
                        Some(("else", at2)) => {
                            let Piece::Action(after, _) = self.pieces[self.i].clone() else { unreachable!("else leaves its action") };
                            self.i += 1;
                            if !after.is_empty() {
                                return Err((at2, "unexpected tokens after else in range".to_owned()));
                            }
                            let (e, end2) = self.list()?;
                            expect_end(end2, at2)?;
                            Some(e)
                        }
                        other => {
                            expect_end(other, at)?;
                            None
                        }
                    };
                    nodes.push(Node::Range(pipe, body, otherwise));
                }
                "break" | "continue" => {
                    if self.loops == 0 {
                        return Err((at, format!("{{{{{keyword}}}}} outside {{{{range}}}}")));
                    }
                    if !rest.is_empty() {
                        return Err((at, format!("unexpected token in {{{{{keyword}}}}}")));
                    }
                    nodes.push(if keyword == "break" { Node::Break(at) } else { Node::Continue(at) });
                }
                "return" => {
                    let pipe = if rest.is_empty() { None } else { Some(self.pipe(rest, at, false)?) };
                    nodes.push(Node::Return(pipe, at));
                }
                "template" => {
                    let (name, pipe) = self.template_call(rest, at, "template")?;
                    nodes.push(Node::Template(name, pipe, at));
                }
                "define" => {
                    let name = match rest {
                        [(Token::Str(name), _)] => name.clone(),
                        _ => return Err((at, "define needs a template name as a string, and nothing else".to_owned())),
                    };
                    let loops = std::mem::take(&mut self.loops);
                    let (body, end) = self.list()?;
                    self.loops = loops;
                    expect_end(end, at)?;
                    self.defines.insert(name.to_string(), Arc::new(body));
                }
                "block" => {
                    let (name, pipe) = self.template_call(rest, at, "block")?;
                    let (body, end) = self.list()?;
                    expect_end(end, at)?;
                    self.defines.entry(name.to_string()).or_insert_with(|| Arc::new(body));
                    nodes.push(Node::Template(name, pipe, at));
                }
                _ => nodes.push(Node::Action(self.pipe(&tokens, at, false)?)),
            }
        }
        Ok((nodes, None))
    }

    fn template_call(&mut self, rest: &[(Token, Pos)], at: Pos, what: &str) -> Result<(Arc<str>, Option<Pipe>), Failure> {
        match rest {
            [(Token::Str(name), _)] => Ok((name.clone(), None)),
            [(Token::Str(name), _), more @ ..] => Ok((name.clone(), Some(self.pipe(more, at, false)?))),
            _ => Err((at, format!("{what} needs a template name as a string"))),
        }
    }

    /// `if`/`with` with its `else if`/`else with`/`else` chain.
    fn conditional(&mut self, with: bool, tokens: &[(Token, Pos)], at: Pos) -> Result<Node, Failure> {
        let mut branches = Vec::new();
        let mut kind = with;
        let mut pipe = self.pipe(tokens, at, false)?;
        loop {
            let (body, end) = self.list()?;
            branches.push(Branch { with: kind, pipe, body });
            match end {
                Some(("end", _)) => return Ok(Node::Cond(branches, None)),
                Some((_, at2)) => {
                    let Piece::Action(rest, _) = self.pieces[self.i].clone() else { unreachable!("else leaves its action") };
                    self.i += 1;
                    match rest.first() {
                        Some((Token::Ident(w), _)) if &**w == "if" || &**w == "with" => {
                            kind = &**w == "with";
                            pipe = self.pipe(&rest[1..], at2, false)?;
                        }
                        None => {
                            let (e, end2) = self.list()?;
                            expect_end(end2, at2)?;
                            return Ok(Node::Cond(branches, Some(e)));
                        }
                        Some((_, p)) => {
                            return Err((*p, "expected end; found else followed by something other than if or with".to_owned()))
                        }
                    }
                }
                None => {
                    return Err((
                        at,
                        format!("unexpected EOF: this {{{{{}}}}} is never closed with {{{{end}}}}", if with { "with" } else { "if" }),
                    ))
                }
            }
        }
    }

    /// A pipeline; `range` allows `$i, $e :=`.
    fn pipe(&mut self, tokens: &[(Token, Pos)], at: Pos, range: bool) -> Result<Pipe, Failure> {
        let mut vars = Vec::new();
        let mut declare = false;
        let mut rest = tokens;
        // `$x :=`, `$x =`, and in range `$i, $e :=`.
        let decl_len = match tokens {
            [(Token::Var(_), _), (Token::Declare | Token::Assign, _), ..] => Some(1),
            [(Token::Var(_), _), (Token::Comma, _), (Token::Var(_), _), (Token::Declare | Token::Assign, _), ..] if range => Some(3),
            _ => None,
        };
        if let Some(n) = decl_len {
            for (t, _) in &tokens[..n] {
                if let Token::Var(v) = t {
                    vars.push(v.clone());
                }
            }
            declare = tokens[n].0 == Token::Declare;
            rest = &tokens[n + 1..];
        }
        let mut i = 0;
        let cmds = self.cmds(rest, &mut i, at, false)?;
        if cmds.is_empty() {
            return Err((at, "missing value for command".to_owned()));
        }
        Ok(Pipe { pos: tokens.first().map_or(at, |t| t.1), vars, declare, cmds })
    }

    /// Commands up to the end of the tokens (or the `)` that closes a nested pipeline).
    fn cmds(&mut self, tokens: &[(Token, Pos)], i: &mut usize, at: Pos, nested: bool) -> Result<Vec<Cmd>, Failure> {
        let mut cmds = Vec::new();
        let mut cmd = Cmd { pos: tokens.get(*i).map_or(at, |t| t.1), args: Vec::new() };
        while *i < tokens.len() {
            let (t, pos) = &tokens[*i];
            *i += 1;
            let operand = match t {
                Token::Pipe => {
                    if cmd.args.is_empty() {
                        return Err((*pos, "missing command before |".to_owned()));
                    }
                    let next = tokens.get(*i).map_or(*pos, |t| t.1);
                    cmds.push(std::mem::replace(&mut cmd, Cmd { pos: next, args: Vec::new() }));
                    continue;
                }
                Token::Close if nested => {
                    if cmd.args.is_empty() {
                        if cmds.is_empty() {
                            return Err((*pos, "missing value for parenthesized pipeline".to_owned()));
                        }
                        return Err((*pos, "missing command after |".to_owned()));
                    }
                    cmds.push(cmd);
                    return Ok(cmds);
                }
                Token::Close => return Err((*pos, "unexpected right paren".to_owned())),
                Token::Open => {
                    let inner = self.cmds(tokens, i, *pos, true)?;
                    Operand::Pipe(Box::new(Pipe { pos: *pos, vars: Vec::new(), declare: false, cmds: inner }))
                }
                Token::Dot => Operand::Dot,
                Token::Field(name) => {
                    let mut chain = vec![name.clone()];
                    self.note_field(name);
                    while let Some((Token::ChainField(n), _)) = tokens.get(*i) {
                        self.note_field(n);
                        chain.push(n.clone());
                        *i += 1;
                    }
                    cmd.args.push(Operand::Field(chain));
                    continue;
                }
                Token::Var(name) => {
                    let mut chain = Vec::new();
                    while let Some((Token::ChainField(n), _)) = tokens.get(*i) {
                        self.note_field(n);
                        chain.push(n.clone());
                        *i += 1;
                    }
                    cmd.args.push(Operand::Var(name.clone(), chain));
                    continue;
                }
                Token::Str(s) => Operand::Str(s.clone()),
                Token::Int(n) => Operand::Int(*n),
                Token::Float(x) => Operand::Float(*x),
                Token::Ident(word) => match &**word {
                    "true" => Operand::Bool(true),
                    "false" => Operand::Bool(false),
                    "nil" => Operand::Nil,
                    "if" | "else" | "end" | "range" | "with" | "define" | "template" | "block" | "break" | "continue" | "return" => {
                        return Err((*pos, format!("unexpected keyword {word} in command")));
                    }
                    _ => function(word)
                        .ok_or_else(|| (*pos, format!("function {:?} not defined", word.split('.').next().unwrap_or(word))))?,
                },
                Token::Declare | Token::Assign => {
                    return Err((*pos, "unexpected := or = in command (a variable is declared at the start of an action)".to_owned()))
                }
                Token::Comma => return Err((*pos, "unexpected , in command".to_owned())),
                Token::ChainField(n) => return Err((*pos, format!("unexpected .{n} after a value that has no fields here"))),
            };
            // Fields after a parenthesized pipeline or a function: `(…).A`, `hugo.Data`.
            let mut chain = Vec::new();
            while let Some((Token::ChainField(n), _)) = tokens.get(*i) {
                self.note_field(n);
                chain.push(n.clone());
                *i += 1;
            }
            cmd.args.push(chain_of(operand, chain));
        }
        if nested {
            return Err((at, "unclosed left paren".to_owned()));
        }
        if !cmd.args.is_empty() {
            cmds.push(cmd);
        } else if !cmds.is_empty() {
            return Err((at, "missing command after |".to_owned()));
        }
        Ok(cmds)
    }

    fn note_field(&mut self, name: &str) {
        if name == "Inner" || name == "InnerDeindent" {
            self.reads_inner = true;
        }
    }
}

fn chain_of(operand: Operand, chain: Vec<Arc<str>>) -> Operand {
    if chain.is_empty() {
        return operand;
    }
    match operand {
        Operand::Chain(inner, mut first) => {
            first.extend(chain);
            Operand::Chain(inner, first)
        }
        other => Operand::Chain(Box::new(other), chain),
    }
}

/// A function by a (possibly dotted) name: the whole name if it is a function
/// (`strings.TrimPrefix`), else its first part followed by fields (`hugo.Data.cli`).
fn function(word: &Arc<str>) -> Option<Operand> {
    let resolve = |name: &str| -> Option<Operand> {
        if let Ok(i) = BUILTINS.binary_search_by(|(n, _)| (*n).cmp(name)) {
            return Some(Operand::Builtin(BUILTINS[i].1));
        }
        if let Some(f) = funcs::lookup(name) {
            return Some(Operand::Func(Arc::from(name), f));
        }
        funcs::unsupported(name).map(|why| Operand::Unsupported(Arc::from(name), why))
    };
    if let Some(op) = resolve(word) {
        return Some(op);
    }
    // The longest dotted prefix that names something, then fields.
    let parts: Vec<&str> = word.split('.').collect();
    for n in (1..parts.len()).rev() {
        let head = parts[..n].join(".");
        if let Some(op) = resolve(&head) {
            return Some(chain_of(op, parts[n..].iter().map(|p| Arc::from(*p)).collect()));
        }
    }
    None
}

fn expect_end(end: Ending, at: Pos) -> Result<(), Failure> {
    match end {
        Some(("end", _)) => Ok(()),
        Some((w, at2)) => Err((at2, format!("unexpected {{{{{w}}}}}"))),
        None => Err((at, "unexpected EOF: this action is never closed with {{end}}".to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_conditionals_ranges_and_defines() {
        let t = parse(
            "t",
            "{{ if .A }}a{{ else if and 1 2 }}b{{ else with .C }}c{{ else }}d{{ end }}{{ range $i, $e := .P }}{{ break }}{{ else }}none{{ end }}{{ define \"x\" }}X{{ end }}{{ block \"y\" . }}Y{{ end }}",
        )
        .unwrap();
        assert!(matches!(&t.root[0], Node::Cond(b, Some(_)) if b.len() == 3 && b[2].with), "{:?}", t.root[0]);
        assert!(matches!(&t.root[1], Node::Range(p, _, Some(_)) if p.vars.len() == 2 && p.declare));
        assert!(
            matches!(&t.root[2], Node::Template(n, Some(_), _) if &**n == "y"),
            "a block should leave a template call: {:?}",
            t.root[2]
        );
        assert!(t.defines.contains_key("x") && t.defines.contains_key("y"), "define and block should both define");
    }

    #[test]
    fn dotted_names_resolve_to_functions_then_fields() {
        let t = parse("t", "{{ hugo.Data.cli }}{{ partial \"a\" . }}").unwrap();
        let Node::Action(p) = &t.root[0] else { panic!() };
        assert!(matches!(&p.cmds[0].args[0], Operand::Chain(b, f) if matches!(**b, Operand::Builtin(Builtin::Hugo)) && f.len() == 2));
    }

    #[test]
    fn errors_are_located_and_phrased_as_go_phrases_them() {
        let e = parse("t", "<div>\n  {{ nosuchfunc 1 }}\n</div>").unwrap_err();
        assert_eq!((e.line, e.column), (2, 6));
        assert!(e.message.contains("function \"nosuchfunc\" not defined"), "{}", e.message);
        let e = parse("t", "{{ if .A }}\nunclosed").unwrap_err();
        assert!(e.message.contains("never closed"), "{}", e.message);
        let e = parse("t", "{{ break }}").unwrap_err();
        assert!(e.message.contains("outside"), "{}", e.message);
    }

    #[test]
    fn the_builtin_table_is_sorted() {
        assert!(BUILTINS.windows(2).all(|w| w[0].0 < w[1].0), "BUILTINS must be sorted for binary search");
    }

    #[test]
    fn knows_whether_the_template_reads_inner() {
        assert!(parse("t", "{{ .Inner }}").unwrap().reads_inner);
        assert!(!parse("t", "{{ .Get 0 }}").unwrap().reads_inner);
    }
}
