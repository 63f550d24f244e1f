//! `recap css`: the stylesheet for code highlighted with classes
//! (`markup.highlight.noClasses: false`), as `hugo gen chromastyles` prints it,
//! with the same flags and the same header line.

use crate::{write_stdout, Fatal};
use recap_highlight::{chroma_styles_css, CssOptions};
use std::ffi::OsString;
use std::process::ExitCode;

pub const HELP: &str = "\
Print the CSS for code highlighted with classes (markup.highlight.noClasses: false),
byte for byte what `hugo gen chromastyles` prints for the same flags.

Usage:
  recap css [--style NAME] [flags]

Flags (Hugo's):
  --style NAME                    the Chroma style (default friendly); `recap css --list` names them
  --mode light|dark               the style, or its counterpart, in that mode
  --modeSelector                  every selector under .dark or .light (by the style's mode)
  --classDark NAME                the class --modeSelector uses for dark styles (default dark)
  --classLight NAME               the class --modeSelector uses for light styles (default light)
  --highlightStyle ENTRY          highlighted lines, e.g. \"#fff000 bg:#000fff\"
  --lineNumbersInlineStyle ENTRY  inline line numbers
  --lineNumbersTableStyle ENTRY   line numbers in a table
  --omitClassComments             no /* TokenName */ comment before each rule
  --list                          print the style names, one per line

Examples:
  recap css --style github-dark > assets/css/chroma.css
  recap css --style github --modeSelector > light.css && recap css --style github --mode dark --modeSelector > dark.css
";

pub fn run(args: Vec<OsString>) -> Result<ExitCode, Fatal> {
    use lexopt::prelude::*;
    // Hugo's header names the command line as given: the same flags give the same file.
    let shown: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let mut o = CssOptions::default();
    let mut parser = lexopt::Parser::from_args(args);
    let flag = |parser: &mut lexopt::Parser| -> Result<bool, Fatal> {
        match parser.optional_value() {
            None => Ok(true),
            Some(v) => match v.to_string_lossy().as_ref() {
                "true" | "1" | "t" | "T" | "TRUE" | "True" => Ok(true),
                "false" | "0" | "f" | "F" | "FALSE" | "False" => Ok(false),
                other => Err(Fatal::usage("css", format!("{other:?} is not true or false"))),
            },
        }
    };
    while let Some(arg) = parser.next()? {
        let text = |parser: &mut lexopt::Parser| -> Result<String, Fatal> { Ok(parser.value()?.to_string_lossy().into_owned()) };
        match arg {
            Long("style") => o.style = text(&mut parser)?,
            Long("mode") => o.mode = Some(text(&mut parser)?),
            Long("modeSelector") => o.mode_selector = flag(&mut parser)?,
            Long("classDark") => o.class_dark = text(&mut parser)?,
            Long("classLight") => o.class_light = text(&mut parser)?,
            Long("highlightStyle") => o.highlight_style = text(&mut parser)?,
            Long("lineNumbersInlineStyle") => o.line_numbers_inline_style = text(&mut parser)?,
            Long("lineNumbersTableStyle") => o.line_numbers_table_style = text(&mut parser)?,
            Long("omitClassComments") => o.omit_class_comments = flag(&mut parser)?,
            Long("list") => {
                write_stdout(&recap_highlight::style_names().iter().map(|n| format!("{n}\n")).collect::<String>())?;
                return Ok(ExitCode::SUCCESS);
            }
            other => return Err(Fatal::usage("css", other.unexpected())),
        }
    }
    let css = chroma_styles_css(&o).map_err(|e| {
        let hint = if e.starts_with("invalid style") {
            recap::internals::suggest::nearest(&o.style.to_lowercase(), recap_highlight::style_names().iter().map(String::as_str))
                .map(|n| format!("; did you mean {n}?"))
                .unwrap_or_default()
        } else {
            String::new()
        };
        Fatal(format!("{e}{hint}"))
    })?;
    let header = std::iter::once("gen chromastyles".to_owned()).chain(shown).collect::<Vec<_>>().join(" ");
    write_stdout(&format!("/* Generated using: hugo {header} */\n\n{css}"))?;
    Ok(ExitCode::SUCCESS)
}
