//! Template pieces to a tree.

use super::lex::{self, Piece, Token};
use super::TemplateError;

/// An operand.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// `.A.B`
    Field(Vec<String>),
    /// `$x.A`
    Var(String, Vec<String>),
    /// A function name.
    Func(String),
    /// A string literal.
    Str(String),
    /// A number literal.
    Number(f64),
    /// `true` / `false`
    Bool(bool),
    /// `nil`
    Nil,
    /// `( pipeline ).A.B`
    Sub(Box<Pipe>, Vec<String>),
}

/// A command: an operand, or a function or method and its arguments.
pub type Cmd = Vec<Arg>;

/// A pipeline, with an optional variable declaration or assignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Pipe {
    /// `$a, $b :=` (declare) or `$a =` (assign).
    pub vars: Vec<String>,
    /// Whether `vars` are declared (`:=`) rather than assigned.
    pub declare: bool,
    /// The commands, joined by `|`.
    pub cmds: Vec<Cmd>,
    /// 1-based line of the action in the template.
    pub line: usize,
}

/// A node of the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// Literal text.
    Text(String),
    /// `{{ pipeline }}`
    Action(Pipe),
    /// `if`/`with` chains: the kind (`if` or `with`) of each branch, its condition and body.
    Cond(Vec<(bool, Pipe, Vec<Node>)>, Option<Vec<Node>>),
    /// `range`
    Range(Pipe, Vec<Node>, Option<Vec<Node>>),
    /// `break`
    Break,
    /// `continue`
    Continue,
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// The tree.
    pub nodes: Vec<Node>,
    /// Whether the template reads `.Inner` or `.InnerDeindent` (Hugo: the shortcode takes inner content).
    reads_inner: bool,
}

impl Template {
    /// Whether the template reads `.Inner` or `.InnerDeindent`.
    pub fn reads_inner(&self) -> bool {
        self.reads_inner
    }
}

/// Keywords of Go templates that the subset does not support.
const UNSUPPORTED: &[&str] = &["template", "define", "block", "partial", "partialCached", "return", "try"];

/// Parses a template; the first problem is returned with its position.
pub fn parse(src: &str) -> Result<Template, TemplateError> {
    let pieces = lex::split(src)?;
    let mut p = Parser { src, pieces, i: 0 };
    let (nodes, end) = p.list()?;
    if let Some((word, at)) = end {
        return Err(lex::error(src, at, format!("`{word}` without a matching `if`, `with` or `range`")));
    }
    let reads_inner = crate::shortcode::reads_inner(src);
    Ok(Template { nodes, reads_inner })
}

struct Parser<'a> {
    src: &'a str,
    pieces: Vec<Piece>,
    i: usize,
}

/// What ended a list: `end`, `else`, or `else if …`/`else with …`.
type Ending = Option<(String, usize)>;

impl Parser<'_> {
    /// Nodes up to `end` or `else` (returned, with the rest of its tokens left in place).
    fn list(&mut self) -> Result<(Vec<Node>, Ending), TemplateError> {
        let mut nodes = Vec::new();
        while self.i < self.pieces.len() {
            let piece = self.pieces[self.i].clone();
            self.i += 1;
            match piece {
                Piece::Text(t) => nodes.push(Node::Text(t)),
                Piece::Action(tokens, at) => {
                    let first = match tokens.first() {
                        Some(Token::Ident(w)) => w.clone(),
                        _ => String::new(),
                    };
                    match first.as_str() {
                        "end" => return Ok((nodes, Some(("end".into(), at)))),
                        "else" => {
                            // Keep the tokens after `else` for the caller (`else if`).
                            self.pieces[self.i - 1] = Piece::Action(tokens[1..].to_vec(), at);
                            self.i -= 1;
                            return Ok((nodes, Some(("else".into(), at))));
                        }
                        "if" | "with" => nodes.push(self.conditional(first == "with", &tokens[1..], at)?),
                        "range" => {
                            let pipe = self.pipe(&tokens[1..], at)?;
                            let (body, end) = self.list()?;
                            let otherwise = match end {
                                Some((w, at2)) if w == "else" => {
                                    self.i += 1;
                                    let (e, end2) = self.list()?;
                                    self.expect_end(end2, at2)?;
                                    Some(e)
                                }
                                other => {
                                    self.expect_end(other, at)?;
                                    None
                                }
                            };
                            nodes.push(Node::Range(pipe, body, otherwise));
                        }
                        "break" => nodes.push(Node::Break),
                        "continue" => nodes.push(Node::Continue),
                        w if UNSUPPORTED.contains(&w) => {
                            return Err(lex::error(self.src, at, format!("`{w}` is not supported in Recap's template subset")));
                        }
                        _ => nodes.push(Node::Action(self.pipe(&tokens, at)?)),
                    }
                }
            }
        }
        Ok((nodes, None))
    }

    fn expect_end(&self, end: Ending, at: usize) -> Result<(), TemplateError> {
        match end {
            Some((w, _)) if w == "end" => Ok(()),
            Some((w, at2)) => Err(lex::error(self.src, at2, format!("unexpected `{w}`"))),
            None => Err(lex::error(self.src, at, "this block is never closed with `{{ end }}`")),
        }
    }

    /// `if`/`with` with its `else if`/`else with`/`else` chain.
    fn conditional(&mut self, with: bool, tokens: &[Token], at: usize) -> Result<Node, TemplateError> {
        let mut branches = Vec::new();
        let mut kind = with;
        let mut cond = self.pipe(tokens, at)?;
        loop {
            let (body, end) = self.list()?;
            branches.push((kind, cond, body));
            match end {
                Some((w, _)) if w == "end" => return Ok(Node::Cond(branches, None)),
                Some((_, at2)) => {
                    // `else`: its remaining tokens are in the current piece.
                    let Piece::Action(rest, _) = self.pieces[self.i].clone() else { unreachable!("else leaves its action") };
                    self.i += 1;
                    match rest.first() {
                        Some(Token::Ident(w)) if w == "if" || w == "with" => {
                            kind = w == "with";
                            cond = self.pipe(&rest[1..], at2)?;
                        }
                        None => {
                            let (e, end2) = self.list()?;
                            self.expect_end(end2, at2)?;
                            return Ok(Node::Cond(branches, Some(e)));
                        }
                        Some(_) => return Err(lex::error(self.src, at2, "`else` may only be followed by `if` or `with`")),
                    }
                }
                None => return Err(lex::error(self.src, at, "this block is never closed with `{{ end }}`")),
            }
        }
    }

    fn pipe(&self, tokens: &[Token], at: usize) -> Result<Pipe, TemplateError> {
        let line = lex::position(self.src, at).0;
        let mut vars = Vec::new();
        let mut declare = false;
        let mut rest = tokens;
        if let Some(pos) = tokens.iter().position(|t| matches!(t, Token::Declare | Token::Assign)) {
            if tokens[..pos].iter().all(|t| matches!(t, Token::Var(_, c) if c.is_empty()) || *t == Token::Comma) {
                declare = tokens[pos] == Token::Declare;
                vars = tokens[..pos].iter().filter_map(|t| if let Token::Var(n, _) = t { Some(n.clone()) } else { None }).collect();
                rest = &tokens[pos + 1..];
            }
        }
        let mut i = 0;
        let cmds = self.cmds(rest, &mut i, at, false)?;
        if cmds.is_empty() {
            return Err(lex::error(self.src, at, "empty action"));
        }
        Ok(Pipe { vars, declare, cmds, line })
    }

    fn cmds(&self, tokens: &[Token], i: &mut usize, at: usize, nested: bool) -> Result<Vec<Cmd>, TemplateError> {
        let mut cmds = Vec::new();
        let mut cmd: Cmd = Vec::new();
        while *i < tokens.len() {
            let t = &tokens[*i];
            *i += 1;
            match t {
                Token::Pipe => cmds.push(std::mem::take(&mut cmd)),
                Token::Open => {
                    let inner = self.cmds(tokens, i, at, true)?;
                    let chain = match tokens.get(*i - 1) {
                        Some(Token::Close(c)) => c.clone(),
                        _ => Vec::new(),
                    };
                    let line = lex::position(self.src, at).0;
                    cmd.push(Arg::Sub(Box::new(Pipe { vars: Vec::new(), declare: false, cmds: inner, line }), chain));
                }
                Token::Close(_) if nested => {
                    if !cmd.is_empty() {
                        cmds.push(cmd);
                    }
                    return Ok(cmds);
                }
                Token::Close(_) => return Err(lex::error(self.src, at, "unexpected `)`")),
                Token::Field(c) => cmd.push(Arg::Field(c.clone())),
                Token::Var(n, c) => cmd.push(Arg::Var(n.clone(), c.clone())),
                Token::Str(s) => cmd.push(Arg::Str(s.clone())),
                Token::Number(n) => cmd.push(Arg::Number(*n)),
                Token::Ident(w) => cmd.push(match w.as_str() {
                    "true" => Arg::Bool(true),
                    "false" => Arg::Bool(false),
                    "nil" => Arg::Nil,
                    w if UNSUPPORTED.contains(&w) || !super::funcs::NAMES.contains(&w) => {
                        return Err(lex::error(self.src, at, format!("the function `{w}` is not supported in Recap's template subset")));
                    }
                    w => Arg::Func(w.to_owned()),
                }),
                Token::Declare | Token::Assign | Token::Comma => return Err(lex::error(self.src, at, "unexpected `:=`, `=` or `,`")),
            }
        }
        if nested {
            return Err(lex::error(self.src, at, "`(` is never closed"));
        }
        if !cmd.is_empty() {
            cmds.push(cmd);
        }
        Ok(cmds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_conditionals_and_ranges() {
        let t = parse("{{ if .Get 0 }}a{{ else if eq 1 2 }}b{{ else }}c{{ end }}{{ range $i, $e := .Params }}{{ $e }}{{ end }}").unwrap();
        assert!(matches!(&t.nodes[0], Node::Cond(b, Some(_)) if b.len() == 2));
        assert!(matches!(&t.nodes[1], Node::Range(p, _, None) if p.vars == ["$i", "$e"]));
    }

    #[test]
    fn reports_unsupported_constructs_with_their_line() {
        let e = parse("<div>\n  {{ partial \"x.html\" . }}\n</div>").unwrap_err();
        assert_eq!((e.line, e.column), (2, 3));
        assert!(e.message.contains("partial"), "{}", e.message);
        let e = parse("{{ if .Get 0 }}\nunclosed").unwrap_err();
        assert!(e.message.contains("never closed"), "{}", e.message);
    }
}
