//! Evaluating a template for one shortcode call, escaping by context.

use super::funcs;
use super::parse::{Arg, Cmd, Node, Pipe, Template};
use super::{CallInfo, Host, TemplateError};
use crate::shortcode::parse::Params;
use serde_json::{Map, Value};

/// Strings a template marked as safe for a context (`safeHTML`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Safe {
    Html,
    HtmlAttr,
    Css,
    Url,
    Js,
}

/// A value in a template.
#[derive(Clone)]
pub enum V<'a> {
    Json(Value),
    Safe(String, Safe),
    Call(&'a CallInfo<'a>),
    Page,
    Site,
}

impl<'a> V<'a> {
    pub fn nil() -> V<'a> {
        V::Json(Value::Null)
    }

    pub fn string(s: impl Into<String>) -> V<'a> {
        V::Json(Value::String(s.into()))
    }

    /// Go's truth: false, 0, nil and empty strings, lists and maps are false.
    pub fn truthy(&self) -> bool {
        match self {
            V::Json(v) => match v {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                Value::Array(a) => !a.is_empty(),
                Value::Object(o) => !o.is_empty(),
            },
            V::Safe(s, _) => !s.is_empty(),
            _ => true,
        }
    }

    /// The value as JSON (contexts become their params, for `jsonify`).
    pub fn json(&self) -> Value {
        match self {
            V::Json(v) => v.clone(),
            V::Safe(s, _) => Value::String(s.clone()),
            V::Call(c) => params_value(c.params),
            V::Page | V::Site => Value::Null,
        }
    }

    /// The value printed as Go's `{{ . }}` / `%v` prints it.
    pub fn text(&self) -> String {
        match self {
            V::Safe(s, _) => s.clone(),
            other => print_value(&other.json()),
        }
    }
}

/// Go's `%v` of a value.
pub fn print_value(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.to_string(),
            (None, Some(f)) if f.fract() == 0.0 && f.abs() < 1e21 => format!("{f:.0}"),
            (None, Some(f)) => f.to_string(),
            _ => n.to_string(),
        },
        Value::Array(a) => format!("[{}]", a.iter().map(print_value).collect::<Vec<_>>().join(" ")),
        Value::Object(o) => {
            let mut keys: Vec<_> = o.iter().collect();
            keys.sort_by(|a, b| a.0.cmp(b.0));
            format!("map[{}]", keys.iter().map(|(k, v)| format!("{k}:{}", print_value(v))).collect::<Vec<_>>().join(" "))
        }
    }
}

/// `.Params`: a list for positional arguments, a map for named ones, nil for none.
pub fn params_value(params: &Params) -> Value {
    match params {
        Params::None => Value::Null,
        Params::Positional(a) => Value::Array(a.iter().map(|a| a.value.clone()).collect()),
        Params::Named(n) => Value::Object(n.iter().map(|(k, a)| (k.clone(), a.value.clone())).collect::<Map<_, _>>()),
    }
}

/// Signals that end loops and the template early.
enum Flow {
    Normal,
    Break,
    Continue,
}

struct Eval<'a, 'h> {
    host: &'h dyn Host,
    root: V<'a>,
    vars: Vec<(String, V<'a>)>,
    out: String,
    /// Iterations run, to stop a runaway template.
    steps: usize,
}

/// The most loop iterations one template may run.
const MAX_STEPS: usize = 100_000;

/// The most output one call of a template may write.
pub const MAX_OUTPUT: usize = 1 << 20;

/// Renders a template for a call. The output still has to be sanitized.
///
/// # Errors
/// A problem found while running it (a bad argument to a function, too many
/// iterations), with the line of the action in the template.
pub fn render<'a>(template: &Template, call: &'a CallInfo<'a>, host: &dyn Host) -> Result<String, TemplateError> {
    let root = V::Call(call);
    let mut e = Eval { host, root: root.clone(), vars: vec![("$".to_owned(), root.clone())], out: String::new(), steps: 0 };
    e.nodes(&template.nodes, &root)?;
    Ok(e.out)
}

impl<'a> Eval<'a, '_> {
    fn nodes(&mut self, nodes: &[Node], dot: &V<'a>) -> Result<Flow, TemplateError> {
        for node in nodes {
            match node {
                Node::Text(t) => {
                    self.out.push_str(t);
                    self.check_output(0)?;
                }
                Node::Action(pipe) => {
                    let v = self.pipe(pipe, dot)?;
                    if pipe.vars.is_empty() {
                        let ctx = super::escape::context(&self.out);
                        super::escape::write(&mut self.out, &v, ctx);
                        self.check_output(pipe.line)?;
                    }
                }
                Node::Cond(branches, otherwise) => {
                    let mark = self.vars.len();
                    let mut taken = None;
                    for (with, cond, body) in branches {
                        let v = self.pipe(cond, dot)?;
                        if v.truthy() {
                            taken = Some((*with, v, body));
                            break;
                        }
                    }
                    let flow = match taken {
                        Some((true, v, body)) => self.nodes(body, &v)?,
                        Some((false, _, body)) => self.nodes(body, dot)?,
                        None => match otherwise {
                            Some(body) => self.nodes(body, dot)?,
                            None => Flow::Normal,
                        },
                    };
                    self.vars.truncate(mark);
                    if !matches!(flow, Flow::Normal) {
                        return Ok(flow);
                    }
                }
                Node::Range(pipe, body, otherwise) => {
                    let mark = self.vars.len();
                    let vars = pipe.vars.clone();
                    let bare = Pipe { vars: Vec::new(), declare: false, cmds: pipe.cmds.clone(), line: pipe.line };
                    let list = self.pipe(&bare, dot)?;
                    let items: Vec<(Value, Value)> = match list.json() {
                        Value::Array(a) => a.into_iter().enumerate().map(|(i, v)| (Value::from(i), v)).collect(),
                        Value::Object(o) => {
                            let mut kv: Vec<_> = o.into_iter().collect();
                            kv.sort_by(|a, b| a.0.cmp(&b.0));
                            kv.into_iter().map(|(k, v)| (Value::String(k), v)).collect()
                        }
                        Value::Number(n) => {
                            let n = n.as_u64().unwrap_or(0);
                            if n > (MAX_STEPS - self.steps) as u64 {
                                return Err(
                                    self.error(pipe.line, format!("stopped: a range over {n} is more than {MAX_STEPS} loop iterations"))
                                );
                            }
                            (0..n).map(|i| (Value::from(i), Value::from(i))).collect()
                        }
                        Value::Null => Vec::new(),
                        other => return Err(self.error(pipe.line, format!("cannot range over {}", print_value(&other)))),
                    };
                    if items.is_empty() {
                        if let Some(body) = otherwise {
                            self.nodes(body, dot)?;
                        }
                    }
                    for (k, v) in items {
                        self.steps += 1;
                        if self.steps > MAX_STEPS {
                            return Err(self.error(pipe.line, format!("stopped after {MAX_STEPS} loop iterations")));
                        }
                        let inner = self.vars.len();
                        match vars.as_slice() {
                            [e] => self.vars.push((e.clone(), V::Json(v.clone()))),
                            [i, e] => {
                                self.vars.push((i.clone(), V::Json(k)));
                                self.vars.push((e.clone(), V::Json(v.clone())));
                            }
                            _ => {}
                        }
                        let flow = self.nodes(body, &V::Json(v))?;
                        self.vars.truncate(inner);
                        if matches!(flow, Flow::Break) {
                            break;
                        }
                    }
                    self.vars.truncate(mark);
                }
                Node::Break => return Ok(Flow::Break),
                Node::Continue => return Ok(Flow::Continue),
            }
        }
        Ok(Flow::Normal)
    }

    fn check_output(&self, line: usize) -> Result<(), TemplateError> {
        if self.out.len() > MAX_OUTPUT {
            return Err(self.error(line, format!("stopped: the output is larger than {} KiB", MAX_OUTPUT >> 10)));
        }
        Ok(())
    }

    fn error(&self, line: usize, message: String) -> TemplateError {
        TemplateError { line, column: 1, message }
    }

    fn pipe(&mut self, pipe: &Pipe, dot: &V<'a>) -> Result<V<'a>, TemplateError> {
        let mut last: Option<V<'a>> = None;
        for cmd in &pipe.cmds {
            last = Some(self.cmd(cmd, dot, last.take(), pipe.line)?);
        }
        let v = last.unwrap_or_else(V::nil);
        if !pipe.vars.is_empty() {
            let name = pipe.vars.last().expect("not empty").clone();
            if pipe.declare {
                self.vars.push((name, v.clone()));
            } else if let Some(slot) = self.vars.iter_mut().rev().find(|(n, _)| *n == name) {
                slot.1 = v.clone();
            } else {
                return Err(self.error(pipe.line, format!("undefined variable {name}")));
            }
        }
        Ok(v)
    }

    fn cmd(&mut self, cmd: &Cmd, dot: &V<'a>, piped: Option<V<'a>>, line: usize) -> Result<V<'a>, TemplateError> {
        let Some(first) = cmd.first() else {
            return Ok(piped.unwrap_or_else(V::nil));
        };
        let mut args: Vec<V<'a>> = Vec::new();
        for a in &cmd[1..] {
            args.push(self.operand(a, dot, line)?);
        }
        if let Some(p) = piped {
            args.push(p);
        }
        match first {
            Arg::Func(name) => funcs::call(name, args, self.host).map_err(|m| self.error(line, format!("{name}: {m}"))),
            Arg::Field(chain) => self.field(dot.clone(), chain, args, line),
            Arg::Var(name, chain) => {
                let base = self.var(name, line)?;
                self.field(base, chain, args, line)
            }
            Arg::Sub(pipe, chain) => {
                let base = self.pipe(pipe, dot)?;
                self.field(base, chain, args, line)
            }
            other if args.is_empty() => self.operand(other, dot, line),
            _ => Err(self.error(line, "a value cannot be called with arguments".to_owned())),
        }
    }

    fn operand(&mut self, arg: &Arg, dot: &V<'a>, line: usize) -> Result<V<'a>, TemplateError> {
        Ok(match arg {
            Arg::Str(s) => V::string(s.clone()),
            Arg::Number(n) => V::Json(if n.fract() == 0.0 && n.abs() < 9e15 {
                Value::from(*n as i64)
            } else {
                serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number)
            }),
            Arg::Bool(b) => V::Json(Value::Bool(*b)),
            Arg::Nil => V::nil(),
            Arg::Field(chain) => self.field(dot.clone(), chain, Vec::new(), line)?,
            Arg::Var(name, chain) => {
                let base = self.var(name, line)?;
                self.field(base, chain, Vec::new(), line)?
            }
            Arg::Sub(pipe, chain) => {
                let base = self.pipe(pipe, dot)?;
                self.field(base, chain, Vec::new(), line)?
            }
            Arg::Func(name) => funcs::call(name, Vec::new(), self.host).map_err(|m| self.error(line, format!("{name}: {m}")))?,
        })
    }

    fn var(&self, name: &str, line: usize) -> Result<V<'a>, TemplateError> {
        if name == "$" {
            return Ok(self.root.clone());
        }
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| self.error(line, format!("undefined variable {name}")))
    }

    /// Follows `.A.B.C` from `base`; the last element may be a method taking `args`.
    fn field(&mut self, base: V<'a>, chain: &[String], args: Vec<V<'a>>, line: usize) -> Result<V<'a>, TemplateError> {
        let mut cur = base;
        for (i, name) in chain.iter().enumerate() {
            let last = i + 1 == chain.len();
            let call_args = if last { args.clone() } else { Vec::new() };
            cur = self.member(cur, name, call_args, line)?;
        }
        if chain.is_empty() && !args.is_empty() {
            return Err(self.error(line, "a value cannot be called with arguments".to_owned()));
        }
        Ok(cur)
    }

    fn member(&mut self, base: V<'a>, name: &str, args: Vec<V<'a>>, line: usize) -> Result<V<'a>, TemplateError> {
        match base {
            V::Call(call) => self.call_member(call, name, args, line),
            V::Page => self.page_member(name, args, line),
            V::Site => match name {
                "Params" => Ok(V::Json(self.host.site_params().clone())),
                "Title" | "BaseURL" | "LanguageCode" => Ok(V::string("")),
                other => Err(self.error(line, format!(".Site.{other} is not supported in Recap's template subset"))),
            },
            V::Json(Value::Object(map)) => {
                // Go templates read map keys as given; Hugo's params are case-insensitive.
                Ok(V::Json(
                    map.iter()
                        .find(|(k, _)| k.as_str() == name || k.eq_ignore_ascii_case(name))
                        .map(|(_, v)| v.clone())
                        .unwrap_or(Value::Null),
                ))
            }
            V::Json(Value::Null) => Ok(V::nil()),
            other => Err(self.error(line, format!("cannot read .{name} of {}", other.text()))),
        }
    }

    fn call_member(&mut self, call: &'a CallInfo<'a>, name: &str, args: Vec<V<'a>>, line: usize) -> Result<V<'a>, TemplateError> {
        Ok(match name {
            "Get" => {
                let Some(key) = args.first() else {
                    return Err(self.error(line, ".Get needs a position or a name".to_owned()));
                };
                let found = match key.json() {
                    Value::Number(n) => call.params.at(n.as_u64().unwrap_or(u64::MAX) as usize),
                    Value::String(s) => call.params.named(&s),
                    _ => None,
                };
                V::Json(found.map(|a| a.value.clone()).unwrap_or(Value::Null))
            }
            "Params" => V::Json(params_value(call.params)),
            "IsNamedParams" => V::Json(Value::Bool(matches!(call.params, Params::Named(_)))),
            "Inner" => V::Safe(call.inner.unwrap_or("").to_owned(), Safe::Html),
            "InnerDeindent" => V::Safe(crate::shortcode::builtin::deindent(call.inner.unwrap_or(""), call.indentation), Safe::Html),
            "Name" => V::string(call.name),
            "Ordinal" => V::Json(Value::from(call.ordinal)),
            "Parent" => call.parent.map_or_else(V::nil, V::Call),
            "Page" => V::Page,
            "Site" => V::Site,
            "Position" => V::string(call.name),
            other => return Err(self.error(line, format!(".{other} is not supported on a shortcode in Recap's template subset"))),
        })
    }

    fn page_member(&mut self, name: &str, args: Vec<V<'a>>, line: usize) -> Result<V<'a>, TemplateError> {
        let fm = self.host.front_matter();
        Ok(match name {
            "Title" | "Description" | "Summary" | "Date" | "Draft" | "Weight" | "Keywords" | "Slug" | "LinkTitle" => {
                let key = name.to_ascii_lowercase();
                let v = fm.as_object().and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case(&key)).map(|(_, v)| v.clone()));
                let v = match (name, v) {
                    ("LinkTitle", None) => fm.get("title").cloned(),
                    (_, v) => v,
                };
                V::Json(v.unwrap_or(Value::Null))
            }
            "Params" => {
                let mut params = fm.get("params").cloned().unwrap_or(Value::Object(Map::new()));
                if let (Value::Object(p), Value::Object(top)) = (&mut params, fm) {
                    for (k, v) in top {
                        if k != "params" {
                            p.entry(k.to_lowercase()).or_insert_with(|| v.clone());
                        }
                    }
                }
                V::Json(params)
            }
            "Param" => {
                let key = args.first().map(V::text).unwrap_or_default();
                V::Json(crate::shortcode::builtin::page_param(fm, self.host.site_params(), &key).cloned().unwrap_or(Value::Null))
            }
            "RenderString" => {
                // `.Page.RenderString (dict "display" "block") .Inner` or `.Page.RenderString .Inner`.
                let (opts, text) = match args.as_slice() {
                    [text] => (Value::Null, text.text()),
                    [opts, text] => (opts.json(), text.text()),
                    _ => return Err(self.error(line, ".Page.RenderString needs the text to render".to_owned())),
                };
                let block = opts.get("display").and_then(Value::as_str) == Some("block");
                V::Safe(self.host.render_markdown(&text, block), Safe::Html)
            }
            "Site" => V::Site,
            other => return Err(self.error(line, format!(".Page.{other} is not supported in Recap's template subset"))),
        })
    }
}
