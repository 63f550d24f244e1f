//! Running a parsed template for a context, as Go's `text/template` executes
//! it, with `html/template`'s escaping and Hugo's `partial`/`return`/`try`.

use super::escape::{Predefined, Tracker};
use super::parse::{Branch, Builtin, Cmd, Node, Operand, Pipe, Template};
use super::value::{Map, Object, Safe, Value};
use super::{Cx, Host, Message, Output, TemplateError};
use crate::limits;
use std::any::Any;
use std::collections::HashMap;
use std::sync::Arc;

/// Runs templates for one page: holds the function context (and its
/// messages), `partialCached` results and the call depth.
pub struct Engine<'h> {
    cx: Cx<'h>,
    depth: usize,
    cache: HashMap<String, Value>,
}

/// How a list of nodes ended.
enum Flow {
    Normal,
    Break,
    Continue,
    Return,
}

/// One template being executed: its variables and where its output goes.
struct Frame<'t> {
    template: &'t Template,
    root: Value,
    vars: Vec<(Arc<str>, Value)>,
    out: String,
    tracker: Tracker,
    returned: Option<Value>,
}

impl<'h> Engine<'h> {
    /// An engine whose templates reach `host`.
    pub fn new(host: &'h dyn Host) -> Engine<'h> {
        Engine { cx: Cx::new(host), depth: 0, cache: HashMap::new() }
    }

    /// Runs `template` with `dot` as its data.
    ///
    /// # Errors
    /// The first error, located in the template where it happened (which may
    /// be a partial the template called).
    pub fn run(&mut self, template: &Template, dot: Value) -> Result<Output, TemplateError> {
        self.cx.steps = 0;
        self.execute(template, dot)
    }

    /// Takes the `warnf`/`errorf` messages sent so far.
    pub fn take_messages(&mut self) -> Vec<Message> {
        std::mem::take(&mut self.cx.messages)
    }

    fn execute(&mut self, template: &Template, dot: Value) -> Result<Output, TemplateError> {
        let mut frame =
            Frame { template, root: dot.clone(), vars: Vec::new(), out: String::new(), tracker: Tracker::default(), returned: None };
        self.nodes(&mut frame, &template.root, &dot)?;
        Ok(Output { text: frame.out, value: frame.returned })
    }

    fn error(&self, frame: &Frame<'_>, pos: super::lex::Pos, message: impl Into<String>) -> TemplateError {
        TemplateError {
            template: frame.template.name.to_string(),
            line: pos.line,
            column: pos.column,
            message: message.into(),
            action: String::new(),
        }
    }

    fn nodes(&mut self, frame: &mut Frame<'_>, nodes: &[Node], dot: &Value) -> Result<Flow, TemplateError> {
        for node in nodes {
            match node {
                Node::Text(t) if frame.template.text => frame.out.push_str(t),
                Node::Action(pipe) if frame.template.text && pipe.vars.is_empty() => {
                    let v = self.pipe(frame, pipe, dot)?;
                    // text/template prints values as fmt does (nil as <nil>).
                    match &v {
                        Value::String(s) | Value::Safe(s, _) => frame.out.push_str(s),
                        other => other.write_go(&mut frame.out),
                    }
                    self.check_output(frame, Some(pipe.pos))?;
                }
                Node::Text(t) => {
                    let Frame { out, tracker, .. } = frame;
                    if let Err(m) = tracker.text(out, t) {
                        return Err(self.error(frame, super::lex::Pos::default(), m));
                    }
                    self.check_output(frame, None)?;
                }
                Node::Action(pipe) if pipe.vars.is_empty() => {
                    let (v, applied) = self.action(frame, pipe, dot)?;
                    let Frame { out, tracker, .. } = frame;
                    let host = self.cx.host;
                    if let Err(m) = tracker.value(out, &v, applied, &|t| host.restore_trusted(t)) {
                        return Err(self.error(frame, pipe.pos, m));
                    }
                    self.check_output(frame, Some(pipe.pos))?;
                }
                Node::Action(pipe) => {
                    self.pipe(frame, pipe, dot)?;
                }
                Node::Cond(branches, otherwise) => {
                    let flow = self.cond(frame, branches, otherwise.as_deref(), dot)?;
                    if !matches!(flow, Flow::Normal) {
                        return Ok(flow);
                    }
                }
                Node::Range(pipe, body, otherwise) => {
                    let flow = self.range(frame, pipe, body, otherwise.as_deref(), dot)?;
                    if matches!(flow, Flow::Return) {
                        return Ok(flow);
                    }
                }
                Node::Template(name, pipe, pos) => {
                    let data = match pipe {
                        Some(p) => self.pipe(frame, p, dot)?,
                        None => Value::Nil,
                    };
                    let shared = self.cx.host.define(name).and_then(|t| t.defines.get(&**name).cloned());
                    let Some(body) = shared.or_else(|| frame.template.defines.get(&**name).cloned()) else {
                        return Err(self.error(frame, *pos, format!("no such template {name:?}")));
                    };
                    self.enter(frame, *pos)?;
                    let saved_vars = std::mem::take(&mut frame.vars);
                    let saved_root = std::mem::replace(&mut frame.root, data.clone());
                    let result = self.nodes(frame, &body, &data);
                    frame.vars = saved_vars;
                    frame.root = saved_root;
                    self.depth -= 1;
                    if let Flow::Return = result? {
                        return Ok(Flow::Return);
                    }
                }
                Node::Break(_) => return Ok(Flow::Break),
                Node::Continue(_) => return Ok(Flow::Continue),
                Node::Return(pipe, _) => {
                    frame.returned = Some(match pipe {
                        Some(p) => self.pipe(frame, p, dot)?,
                        None => Value::Nil,
                    });
                    return Ok(Flow::Return);
                }
            }
        }
        Ok(Flow::Normal)
    }

    fn enter(&mut self, frame: &Frame<'_>, pos: super::lex::Pos) -> Result<(), TemplateError> {
        self.depth += 1;
        if self.depth > limits::TEMPLATE_DEPTH {
            self.depth -= 1;
            return Err(self.error(
                frame,
                pos,
                format!("templates call each other more than {} deep (a partial that includes itself?)", limits::TEMPLATE_DEPTH),
            ));
        }
        Ok(())
    }

    fn check_output(&self, frame: &Frame<'_>, pos: Option<super::lex::Pos>) -> Result<(), TemplateError> {
        if frame.out.len() > limits::TEMPLATE_OUTPUT {
            let pos = pos.unwrap_or_default();
            return Err(self.error(frame, pos, format!("stopped: the output is larger than {} KiB", limits::TEMPLATE_OUTPUT >> 10)));
        }
        Ok(())
    }

    fn cond(&mut self, frame: &mut Frame<'_>, branches: &[Branch], otherwise: Option<&[Node]>, dot: &Value) -> Result<Flow, TemplateError> {
        let mark = frame.vars.len();
        let mut flow = None;
        for branch in branches {
            let v = self.pipe(frame, &branch.pipe, dot)?;
            if v.truthy() {
                let inner_dot = if branch.with { v } else { dot.clone() };
                flow = Some(self.nodes(frame, &branch.body, &inner_dot)?);
                break;
            }
        }
        let flow = match (flow, otherwise) {
            (Some(f), _) => f,
            (None, Some(body)) => self.nodes(frame, body, dot)?,
            (None, None) => Flow::Normal,
        };
        frame.vars.truncate(mark);
        Ok(flow)
    }

    fn range(
        &mut self,
        frame: &mut Frame<'_>,
        pipe: &Pipe,
        body: &[Node],
        otherwise: Option<&[Node]>,
        dot: &Value,
    ) -> Result<Flow, TemplateError> {
        let mark = frame.vars.len();
        let bare = Pipe { pos: pipe.pos, vars: Vec::new(), declare: false, cmds: pipe.cmds.clone() };
        let list = self.pipe(frame, &bare, dot)?;
        // A range over an integer counts lazily (the step budget stops a loop that does not break).
        let items: Box<dyn Iterator<Item = (Value, Value)>> = match &list {
            Value::Int(n) => Box::new((0..(*n).max(0)).map(|i| (Value::Int(i), Value::Int(i)))),
            other => match other.entries() {
                Some(items) => Box::new(items.into_iter()),
                None => return Err(self.error(frame, pipe.pos, format!("range can't iterate over {}", other.text()))),
            },
        };
        let mut items = items.peekable();
        if items.peek().is_none() {
            let flow = match otherwise {
                Some(body) => self.nodes(frame, body, dot)?,
                None => Flow::Normal,
            };
            frame.vars.truncate(mark);
            return Ok(if matches!(flow, Flow::Return) { flow } else { Flow::Normal });
        }
        for (key, item) in items {
            self.cx.work(1).map_err(|m| self.error(frame, pipe.pos, m))?;
            let inner = frame.vars.len();
            match pipe.vars.as_slice() {
                [e] => self.bind(frame, e, item.clone(), pipe.declare, pipe.pos)?,
                [k, e] => {
                    self.bind(frame, k, key, pipe.declare, pipe.pos)?;
                    self.bind(frame, e, item.clone(), pipe.declare, pipe.pos)?;
                }
                _ => {}
            }
            let flow = self.nodes(frame, body, &item)?;
            frame.vars.truncate(inner);
            match flow {
                Flow::Break => break,
                Flow::Return => {
                    frame.vars.truncate(mark);
                    return Ok(Flow::Return);
                }
                Flow::Normal | Flow::Continue => {}
            }
        }
        frame.vars.truncate(mark);
        Ok(Flow::Normal)
    }

    fn bind(&self, frame: &mut Frame<'_>, name: &Arc<str>, v: Value, declare: bool, pos: super::lex::Pos) -> Result<(), TemplateError> {
        if declare {
            frame.vars.push((name.clone(), v));
            return Ok(());
        }
        match frame.vars.iter_mut().rev().find(|(n, _)| n == name) {
            Some(slot) => {
                slot.1 = v;
                Ok(())
            }
            None => Err(self.error(frame, pos, format!("undefined variable: {name}"))),
        }
    }

    /// The value an action writes. html/template's rule for a pipeline that
    /// ends in the predefined escaper `html` or `urlquery`: where the context
    /// calls for an equivalent escaper, that command is left out here and the
    /// escaper applied in its place by the tracker (`{{ html a b }}` stands
    /// for `{{ a b | html }}`, Go's `_eval_args_`).
    fn action(&mut self, frame: &mut Frame<'_>, pipe: &Pipe, dot: &Value) -> Result<(Value, Option<Predefined>), TemplateError> {
        let last = pipe.cmds.last().and_then(|c| match c.args.first() {
            Some(Operand::Func(name, _)) => Predefined::of(name).map(|p| (p, c.args.len() > 1)),
            _ => None,
        });
        let Some((predefined, has_args)) = last.filter(|(p, _)| frame.tracker.absorbs(*p)) else {
            return Ok((self.pipe(frame, pipe, dot)?, None));
        };
        let v = if pipe.cmds.len() == 1 && has_args {
            let cmd = &pipe.cmds[0];
            let args = self.args(frame, &cmd.args[1..], dot, None, cmd)?;
            Value::from(super::funcs::go::eval_args(&args))
        } else {
            let rest = Pipe { pos: pipe.pos, vars: Vec::new(), declare: false, cmds: pipe.cmds[..pipe.cmds.len() - 1].to_vec() };
            if rest.cmds.is_empty() {
                Value::Nil
            } else {
                self.pipe(frame, &rest, dot)?
            }
        };
        Ok((v, Some(predefined)))
    }

    fn pipe(&mut self, frame: &mut Frame<'_>, pipe: &Pipe, dot: &Value) -> Result<Value, TemplateError> {
        let mut last: Option<Value> = None;
        for cmd in &pipe.cmds {
            last = Some(self.cmd(frame, cmd, dot, last.take())?);
        }
        let v = last.unwrap_or_default();
        if let Some(name) = pipe.vars.last() {
            self.bind(frame, name, v.clone(), pipe.declare, pipe.pos)?;
        }
        Ok(v)
    }

    fn cmd(&mut self, frame: &mut Frame<'_>, cmd: &Cmd, dot: &Value, piped: Option<Value>) -> Result<Value, TemplateError> {
        // Go names the command an error happened in (`at <div 1 0>`).
        self.cmd_inner(frame, cmd, dot, piped).map_err(|mut e| {
            if e.action.is_empty() && *e.template == *frame.template.name && (e.line, e.column) == (cmd.pos.line, cmd.pos.column) {
                e.action = cmd.to_string();
            }
            e
        })
    }

    fn cmd_inner(&mut self, frame: &mut Frame<'_>, cmd: &Cmd, dot: &Value, piped: Option<Value>) -> Result<Value, TemplateError> {
        self.cx.at = (frame.template.name.clone(), cmd.pos.line, cmd.pos.column);
        let first = &cmd.args[0];
        let rest = &cmd.args[1..];
        match first {
            Operand::Builtin(b) => self.builtin(frame, cmd, *b, rest, dot, piped),
            Operand::Func(name, f) => {
                let mut args = self.args(frame, rest, dot, piped, cmd)?;
                if !passes_values_through(name) {
                    // A function reads trusted HTML as the HTML it is, not its stand-in.
                    for a in &mut args {
                        if let Some(t) = a.as_str().and_then(|s| self.cx.host.restore_trusted(s)) {
                            *a = match a {
                                Value::Safe(_, k) => Value::Safe(t.into(), *k),
                                _ => Value::String(t.into()),
                            };
                        }
                    }
                }
                self.cx.at = (frame.template.name.clone(), cmd.pos.line, cmd.pos.column);
                f(&mut self.cx, &args).map_err(|m| self.error(frame, cmd.pos, format!("error calling {name}: {m}")))
            }
            Operand::Unsupported(name, why) => Err(self.error(frame, cmd.pos, format!("{name} is not supported by Recap: {why}"))),
            Operand::Nil => Err(self.error(frame, cmd.pos, "nil is not a command")),
            Operand::Field(chain) => {
                let args = self.args(frame, rest, dot, piped, cmd)?;
                self.fields(frame, dot.clone(), chain, args, cmd.pos)
            }
            Operand::Var(name, chain) if !chain.is_empty() => {
                let base = self.var(frame, name, cmd.pos)?;
                let args = self.args(frame, rest, dot, piped, cmd)?;
                self.fields(frame, base, chain, args, cmd.pos)
            }
            Operand::Chain(base, chain) => {
                let base = self.operand(frame, base, dot, cmd.pos)?;
                let args = self.args(frame, rest, dot, piped, cmd)?;
                self.fields(frame, base, chain, args, cmd.pos)
            }
            other => {
                if !rest.is_empty() || piped.is_some() {
                    return Err(self.error(frame, cmd.pos, format!("can't give argument to non-function {other:?}")));
                }
                self.operand(frame, other, dot, cmd.pos)
            }
        }
    }

    fn args(
        &mut self,
        frame: &mut Frame<'_>,
        ops: &[Operand],
        dot: &Value,
        piped: Option<Value>,
        cmd: &Cmd,
    ) -> Result<Vec<Value>, TemplateError> {
        let mut args = Vec::with_capacity(ops.len() + 1);
        for op in ops {
            args.push(self.operand(frame, op, dot, cmd.pos)?);
        }
        if let Some(p) = piped {
            args.push(p);
        }
        Ok(args)
    }

    /// An operand's value where it is an argument (methods and functions are called without arguments).
    fn operand(&mut self, frame: &mut Frame<'_>, op: &Operand, dot: &Value, pos: super::lex::Pos) -> Result<Value, TemplateError> {
        Ok(match op {
            Operand::Dot => dot.clone(),
            Operand::Nil => Value::Nil,
            Operand::Bool(b) => Value::Bool(*b),
            Operand::Int(i) => Value::Int(*i),
            Operand::Float(x) => Value::Float(*x),
            Operand::Str(s) => Value::String(s.clone()),
            Operand::Field(chain) => self.fields(frame, dot.clone(), chain, Vec::new(), pos)?,
            Operand::Var(name, chain) => {
                let base = self.var(frame, name, pos)?;
                self.fields(frame, base, chain, Vec::new(), pos)?
            }
            Operand::Func(name, f) => f(&mut self.cx, &[]).map_err(|m| self.error(frame, pos, format!("error calling {name}: {m}")))?,
            Operand::Builtin(b) => {
                let cmd = Cmd { pos, args: vec![Operand::Builtin(*b)] };
                self.builtin(frame, &cmd, *b, &[], dot, None)?
            }
            Operand::Unsupported(name, why) => return Err(self.error(frame, pos, format!("{name} is not supported by Recap: {why}"))),
            Operand::Pipe(p) => self.pipe(frame, p, dot)?,
            Operand::Chain(base, chain) => {
                let base = self.operand(frame, base, dot, pos)?;
                self.fields(frame, base, chain, Vec::new(), pos)?
            }
        })
    }

    fn var(&self, frame: &Frame<'_>, name: &str, pos: super::lex::Pos) -> Result<Value, TemplateError> {
        if name == "$" {
            return Ok(frame.root.clone());
        }
        frame
            .vars
            .iter()
            .rev()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| self.error(frame, pos, format!("undefined variable {name:?}")))
    }

    /// Follows `.A.B.C` from `base`; the last element receives `args`.
    fn fields(
        &mut self,
        frame: &Frame<'_>,
        base: Value,
        chain: &[Arc<str>],
        args: Vec<Value>,
        pos: super::lex::Pos,
    ) -> Result<Value, TemplateError> {
        let mut cur = base;
        let last = chain.len().saturating_sub(1);
        for (i, name) in chain.iter().enumerate() {
            let call_args: &[Value] = if i == last { &args } else { &[] };
            self.cx.at = (frame.template.name.clone(), pos.line, pos.column);
            cur = self.cx.member(&cur, name, call_args).map_err(|m| self.error(frame, pos, m))?;
        }
        if chain.is_empty() && !args.is_empty() {
            return Err(self.error(frame, pos, "can't give argument to non-function"));
        }
        Ok(cur)
    }

    fn builtin(
        &mut self,
        frame: &mut Frame<'_>,
        cmd: &Cmd,
        which: Builtin,
        ops: &[Operand],
        dot: &Value,
        piped: Option<Value>,
    ) -> Result<Value, TemplateError> {
        match which {
            Builtin::And | Builtin::Or => {
                let want = matches!(which, Builtin::Or);
                if ops.is_empty() && piped.is_none() {
                    return Err(self.error(
                        frame,
                        cmd.pos,
                        format!("wrong number of args for {}: want at least 1 got 0", if want { "or" } else { "and" }),
                    ));
                }
                let mut last = Value::Nil;
                for op in ops {
                    last = self.operand(frame, op, dot, cmd.pos)?;
                    if last.truthy() == want {
                        return Ok(last);
                    }
                }
                if let Some(p) = piped {
                    last = p;
                }
                Ok(last)
            }
            Builtin::Site => Ok(self.cx.host.site()),
            Builtin::Hugo => Ok(self.cx.host.hugo()),
            Builtin::Page => Ok(self.cx.host.page()),
            Builtin::Partial | Builtin::PartialCached => {
                let args = self.args(frame, ops, dot, piped, cmd)?;
                let Some(name) = args.first().and_then(Value::as_str).map(str::to_owned) else {
                    return Err(self.error(frame, cmd.pos, "partial needs the partial's name as a string"));
                };
                let context = args.get(1).cloned().unwrap_or_default();
                let key = matches!(which, Builtin::PartialCached).then(|| {
                    let mut key = name.clone();
                    for v in args.iter().skip(2) {
                        key.push('\0');
                        key.push_str(&v.text());
                    }
                    key
                });
                if let Some(found) = key.as_ref().and_then(|k| self.cache.get(k)) {
                    return Ok(found.clone());
                }
                let template = match self.cx.host.partial(&name) {
                    Some(Ok(t)) => t,
                    Some(Err(e)) => return Err(e),
                    None => return Err(self.error(frame, cmd.pos, format!("partial {name:?} not found"))),
                };
                self.enter(frame, cmd.pos)?;
                let result = self.execute(&template, context);
                self.depth -= 1;
                let out = result?;
                let value = out.value.unwrap_or_else(|| Value::safe(out.text, Safe::Html));
                if let Some(key) = key {
                    self.cache.insert(key, value.clone());
                }
                Ok(value)
            }
            Builtin::ResourcesGet | Builtin::ResourcesGetMatch | Builtin::ResourcesMatch => {
                let args = self.args(frame, ops, dot, piped, cmd)?;
                let Some(arg) = args.first().map(Value::text) else {
                    return Err(self.error(frame, cmd.pos, "resources functions need a path or pattern"));
                };
                Ok(match which {
                    Builtin::ResourcesGet => self.cx.host.resource(&arg),
                    Builtin::ResourcesGetMatch => self.cx.host.resources(&arg).into_iter().next().unwrap_or_default(),
                    _ => Value::list(self.cx.host.resources(&arg)),
                })
            }
            Builtin::Ref | Builtin::RelRef => {
                let args = self.args(frame, ops, dot, piped, cmd)?;
                let [page, reference] = args.as_slice() else {
                    return Err(self.error(frame, cmd.pos, "ref and relref take a page and a path"));
                };
                let method = if matches!(which, Builtin::Ref) { "Ref" } else { "RelRef" };
                self.cx.member(page, method, std::slice::from_ref(reference)).map_err(|m| self.error(frame, cmd.pos, m))
            }
            Builtin::TemplatesExists => {
                let args = self.args(frame, ops, dot, piped, cmd)?;
                let [path] = args.as_slice() else {
                    return Err(self.error(frame, cmd.pos, "templates.Exists takes a template's path"));
                };
                Ok(Value::Bool(self.cx.host.template_exists(&path.text())))
            }
            Builtin::TemplatesCurrent => {
                // (Hugo's CurrentTemplateInfo: its name, relative to the
                // layouts folder as Hugo gives it, and its source file.)
                let name = &*frame.template.name;
                let hugo_name = match name.split_once("layouts/") {
                    Some((before, rest)) if before.is_empty() || before.starts_with("themes/") => rest,
                    _ => name,
                };
                let mut info = Map::new();
                info.insert("Filename", Value::from(self.cx.host.template_file(name).unwrap_or_default()));
                info.insert("Name", Value::from(hugo_name));
                Ok(Value::map(info))
            }
            Builtin::Try => {
                let result = self.args(frame, ops, dot, piped, cmd);
                let outcome = match result {
                    Ok(mut args) if args.len() == 1 => Ok(args.remove(0)),
                    Ok(args) => Err(format!("try takes one argument, got {}", args.len())),
                    Err(e) => Err(e.go_text()),
                };
                Ok(Value::object(TryValue(outcome)))
            }
        }
    }
}

/// What `try` returns: `.Err` (nil when it worked) and `.Value`.
struct TryValue(Result<Value, String>);

impl Object for TryValue {
    fn type_name(&self) -> &str {
        "*template.TryValue"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(match name {
            "Err" => Some(match &self.0 {
                Ok(_) => Value::Nil,
                Err(e) => Value::from(e.as_str()),
            }),
            "Value" => Some(self.0.clone().unwrap_or_default()),
            _ => None,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Whether a function gives back (or collects) its arguments as they are, so
/// that trusted HTML among them keeps its stand-in: `{{ $h | safeHTML }}`,
/// `{{ cond $x $h "" }}` still write the highlighted code as trusted.
fn passes_values_through(name: &str) -> bool {
    matches!(
        name,
        "default"
            | "cond"
            | "safeHTML"
            | "safe.HTML"
            | "slice"
            | "collections.Slice"
            | "dict"
            | "collections.Dictionary"
            | "append"
            | "collections.Append"
            | "index"
            | "collections.Index"
            | "first"
            | "collections.First"
            | "last"
            | "collections.Last"
    )
}

#[cfg(test)]
mod tests {
    use super::super::{parse, Map, NoHost};
    use super::*;

    /// A map of `key: value` pairs.
    fn map_of(pairs: &[(&str, Value)]) -> Value {
        let mut m = Map::new();
        for (k, v) in pairs {
            m.insert(*k, v.clone());
        }
        Value::map(m)
    }

    fn render(src: &str, dot: Value) -> String {
        let t = parse::parse("t", src).unwrap();
        Engine::new(&NoHost).run(&t, dot).map(|o| o.text).unwrap_or_else(|e| format!("ERROR {e}"))
    }

    #[test]
    fn actions_conditions_and_variables() {
        let dot = map_of(&[("A", Value::from("x")), ("N", Value::Int(0))]);
        assert_eq!(render("{{ if .N }}n{{ else if .A }}a={{ .A }}{{ end }}", dot.clone()), "a=x");
        assert_eq!(
            render("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", dot.clone()),
            "2",
            "assignment reaches the outer variable"
        );
        assert_eq!(render("{{ with .Missing }}yes{{ else with .A }}{{ . }}{{ end }}", dot), "x");
    }

    #[test]
    fn ranges_with_break_continue_and_else() {
        let dot = Value::list(vec![Value::Int(1), Value::Int(2), Value::Int(3), Value::Int(4)]);
        assert_eq!(render("{{ range $i, $e := . }}{{ if $i }},{{ end }}{{ $e }}{{ end }}", dot.clone()), "1,2,3,4");
        assert_eq!(render("{{ range . }}{{ if or false . }}{{ . }}{{ end }}{{ break }}{{ end }}", dot), "1");
        assert_eq!(render("{{ range .Nothing }}x{{ else }}empty{{ end }}", map_of(&[])), "empty");
        assert_eq!(render("{{ range 3 }}{{ . }}{{ end }}", Value::Nil), "012", "range over an int counts from zero");
        let m = map_of(&[("b", Value::Int(2)), ("a", Value::Int(1))]);
        assert_eq!(render("{{ range $k, $v := . }}{{ $k }}={{ $v }};{{ end }}", m), "a=1;b=2;", "maps range in key order");
    }

    #[test]
    fn defines_templates_and_blocks() {
        assert_eq!(
            render("{{ define \"x\" }}<{{ . }}>{{ end }}{{ template \"x\" \"a\" }}{{ block \"y\" 1 }}[{{ . }}]{{ end }}", Value::Nil),
            "&lt;a>[1]",
            "a `<` that starts no tag should be escaped, as html/template escapes it"
        );
        assert!(render("{{ template \"nope\" }}", Value::Nil).contains("no such template"));
    }

    #[test]
    fn errors_name_the_template_line_and_column() {
        let out = render("line one\n  {{ .A.B.C 1 }}", map_of(&[("A", Value::from("s"))]));
        assert!(out.starts_with("ERROR t:2:6:"), "{out}");
    }

    #[test]
    fn try_catches_an_error() {
        assert_eq!(
            render(
                "{{ with try (.A.B) }}{{ with .Err }}caught{{ else }}{{ .Value }}{{ end }}{{ end }}",
                map_of(&[("A", Value::from("s"))])
            ),
            "caught"
        );
    }
}
