// The editor's stylesheet: light and dark following the system; source and
// preview side by side from 900px (with the outline or front-matter form in a
// side column), tabs below with touch-sized controls.
export const EDITOR_CSS = `
.recap-editor {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5c5c66; --line: #d8d8e0; --panel: #f6f6f9; --accent: #1f5fd1;
  --error: #c62828; --warning: #a15c00; --info: #1f5fd1; --key: #7a3eb1; --delim: #5c5c66; --sc: #0b7a55;
  --heading: #0b3d91; --link: #1f5fd1; --code: #8a3b12; --string: #0b6e4f; --number: #a4133c; --selection: #cfe0ff;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  color: var(--fg); background: var(--bg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  display: flex; flex-direction: column; height: 100%; min-height: 0; box-sizing: border-box;
}
@media (prefers-color-scheme: dark) {
  .recap-editor {
    --bg: #16161a; --fg: #ececf1; --muted: #a4a4b0; --line: #34343c; --panel: #1f1f25; --accent: #7aa7ff;
    --error: #ff7b72; --warning: #e3b341; --info: #7aa7ff; --key: #d2a8ff; --delim: #a4a4b0; --sc: #56d4a0;
    --heading: #9cc3ff; --link: #7aa7ff; --code: #f0a070; --string: #7ee2b8; --number: #ff9bb0; --selection: #2c3f66;
  }
}
.recap-editor *, .recap-editor *::before { box-sizing: border-box; }
.recap-editor button { font: inherit; color: var(--fg); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .3rem .7rem; cursor: pointer; }
.recap-editor button:hover { border-color: var(--accent); }
.recap-editor :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.recap-editor .toolbar { display: flex; gap: .5rem; align-items: center; padding: .5rem; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
.recap-editor .file-name { color: var(--muted); margin-left: auto; font-family: var(--mono); font-size: .85rem; }
.recap-editor .tabs { display: none; gap: .25rem; padding: .25rem .5rem; border-bottom: 1px solid var(--line); }
.recap-editor .tabs [aria-selected=true] { border-color: var(--accent); color: var(--accent); }
.recap-editor .toolbar [aria-pressed=true] { border-color: var(--accent); color: var(--accent); }
.recap-editor .panes { display: grid; grid-template-columns: 1fr 1fr; min-height: 0; flex: 1 1 auto; }
.recap-editor[data-side=outline] .panes, .recap-editor[data-side=form] .panes { grid-template-columns: minmax(14rem, 18rem) 1fr 1fr; }
.recap-editor .pane-side { display: none; min-height: 0; overflow: auto; border-right: 1px solid var(--line); background: var(--panel); padding: .5rem .75rem; }
.recap-editor[data-side=outline] .pane-side, .recap-editor[data-side=form] .pane-side { display: block; }
.recap-editor[data-side=outline] .side-form, .recap-editor[data-side=form] .side-outline { display: none; }
.recap-editor .pane-side h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: .25rem 0 .5rem; }
.recap-editor .pane-source { display: grid; grid-template-rows: 1fr auto; min-height: 0; border-right: 1px solid var(--line); }
.recap-editor .pane-preview { min-height: 0; display: flex; }
.recap-editor .src-wrap { display: grid; min-height: 0; }
.recap-editor .src { position: relative; min-height: 0; overflow: hidden; display: flex; }
.recap-editor .src .cm-editor { flex: 1; min-width: 0; height: 100%; background: var(--bg); color: var(--fg); }
.recap-editor .cm-scroller { font: 13.5px/1.6 var(--mono); }
.recap-editor .cm-content { caret-color: var(--fg); padding: .5rem 0 30vh; }
.recap-editor .cm-editor.cm-focused { outline: none; }
.recap-editor .cm-gutters { background: var(--panel); color: var(--muted); border-right: 1px solid var(--line); }
.recap-editor .cm-activeLine { background: color-mix(in srgb, var(--accent) 6%, transparent); }
.recap-editor .cm-activeLineGutter { background: color-mix(in srgb, var(--accent) 12%, transparent); }
.recap-editor .cm-selectionBackground, .recap-editor .cm-focused .cm-selectionBackground { background: var(--selection) !important; }
.recap-editor .cm-cursor { border-left-color: var(--fg); }
.recap-editor .cm-selectionMatch { background: color-mix(in srgb, var(--sc) 18%, transparent); }
.recap-editor .cm-matchingBracket { outline: 1px solid var(--muted); background: none; }
.recap-editor .cm-searchMatch { background: color-mix(in srgb, var(--warning) 30%, transparent); }
.recap-editor .cm-searchMatch-selected { background: color-mix(in srgb, var(--accent) 40%, transparent); }
.recap-editor .cm-panels { background: var(--panel); color: var(--fg); border-color: var(--line); }
.recap-editor .cm-panel.cm-search { display: flex; flex-wrap: wrap; gap: .3rem; align-items: center; padding: .4rem .5rem; }
.recap-editor .cm-panel.cm-search input, .recap-editor .cm-panel.cm-search button { font: inherit; font-size: .85rem; }
.recap-editor .cm-textfield { background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 4px; padding: .2rem .4rem; }
.recap-editor .cm-shortcode { color: var(--sc); }
.recap-editor .cm-shortcode-name { font-weight: 600; }
.recap-editor .cm-shortcode-escaped { opacity: .75; }
.recap-editor .cm-lintRange-error { background-image: none; text-decoration: underline wavy var(--error); text-decoration-skip-ink: none; text-underline-offset: 3px; }
.recap-editor .cm-lintRange-warning { background-image: none; text-decoration: underline wavy var(--warning); text-decoration-skip-ink: none; text-underline-offset: 3px; }
.recap-editor .cm-lintRange-info { background-image: none; text-decoration: underline dotted var(--info); text-underline-offset: 3px; }
.recap-editor .cm-tooltip { background: var(--panel); color: var(--fg); border: 1px solid var(--line); border-radius: 6px; }
.recap-editor .cm-diagnostic { padding: .3rem .6rem; }
.recap-editor .cm-diagnosticAction { font: inherit; font-size: .8rem; background: var(--accent); color: var(--bg); border-radius: 4px; }
.recap-editor .outline-list { list-style: none; margin: 0; padding: 0; }
.recap-editor .outline-item button { all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; padding: .2rem .4rem .2rem calc(.4rem + var(--depth) * .9rem); border-radius: 4px; font-size: .9rem; }
.recap-editor .outline-item button:hover, .recap-editor .outline-item button:focus-visible { background: var(--bg); outline: 1px solid var(--accent); }
.recap-editor .outline-item button[aria-current] { background: color-mix(in srgb, var(--accent) 15%, transparent); color: var(--accent); font-weight: 600; }
.recap-editor .outline-empty, .recap-editor .fm-status { color: var(--muted); font-size: .85rem; }
.recap-editor .fm-form { display: grid; gap: .6rem; }
.recap-editor .fm-form[inert] { opacity: .55; }
.recap-editor .fm-field { display: grid; gap: .2rem; }
.recap-editor .fm-field label { font-size: .8rem; font-weight: 600; color: var(--muted); }
.recap-editor .fm-field small { color: var(--muted); font-size: .75rem; }
.recap-editor .fm-checkbox { grid-template-columns: auto 1fr; align-items: center; }
.recap-editor .fm-checkbox label { order: 2; }
.recap-editor .fm-form input[type=text], .recap-editor .fm-form input[type=date], .recap-editor .fm-form input[type=number], .recap-editor .fm-form textarea, .recap-editor .fm-form select {
  font: inherit; font-size: .9rem; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: .3rem .4rem; width: 100%;
}
.recap-editor .chip-field { border: 1px solid var(--line); border-radius: 4px; background: var(--bg); padding: .25rem; display: flex; flex-wrap: wrap; gap: .3rem; }
.recap-editor .chip-field input { border: 0 !important; flex: 1; min-width: 6rem; }
.recap-editor .chips { list-style: none; margin: 0; padding: 0; display: contents; }
.recap-editor .chip { display: inline-flex; align-items: center; gap: .2rem; border: 1px solid var(--line); background: var(--panel); border-radius: 999px; padding: 0 .2rem 0 .6rem; font-size: .85rem; }
.recap-editor .chip button { border: 0; background: none; padding: 0 .35rem; min-height: 0; border-radius: 999px; }
.recap-editor .notice { margin: 0; padding: .4rem .75rem; background: color-mix(in srgb, var(--warning) 15%, var(--bg)); border-bottom: 1px solid var(--line); }
.recap-editor .notice[hidden] { display: none; }
.recap-editor dialog.history ol { list-style: none; padding: 0; max-height: 60vh; overflow: auto; }
.recap-editor dialog.history li { display: flex; gap: .75rem; align-items: center; justify-content: space-between; padding: .35rem 0; border-bottom: 1px solid var(--line); }
.recap-editor dialog.history .version-meta { color: var(--muted); font-size: .85rem; }
.recap-editor dialog { color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px; width: min(44rem, 95vw); }
.recap-editor button.primary { background: var(--accent); color: var(--bg); border-color: var(--accent); }
.recap-editor .src-hint { margin: 0; padding: .25rem .75rem; font-size: .85rem; border-top: 1px solid var(--line); background: var(--panel); }
.recap-editor .src-hint:empty { display: none; }
.recap-editor .problems { max-height: 30vh; overflow: auto; border-top: 1px solid var(--line); background: var(--panel); }
.recap-editor .problems h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: .5rem .75rem .25rem; }
.recap-editor .problems-list { list-style: none; margin: 0; padding: 0 0 .5rem; }
.recap-editor .problem { display: flex; gap: .5rem; align-items: flex-start; padding: 0 .5rem; }
.recap-editor .problem-go { all: unset; cursor: pointer; display: flex; flex-wrap: wrap; gap: .4rem; align-items: baseline; flex: 1; padding: .25rem; border-radius: 4px; }
.recap-editor .problem-go:hover, .recap-editor .problem-go:focus-visible { background: var(--bg); outline: 2px solid var(--accent); }
.recap-editor .sev { font-size: .75rem; font-weight: 600; text-transform: uppercase; }
.recap-editor .sev-error { color: var(--error); } .recap-editor .sev-warning { color: var(--warning); } .recap-editor .sev-info { color: var(--info); }
.recap-editor .where, .recap-editor .code { font-family: var(--mono); font-size: .8rem; color: var(--muted); }
.recap-editor .suggestion { color: var(--muted); font-style: italic; }
.recap-editor .quick-fix { font-size: .8rem; white-space: nowrap; }
.recap-editor .no-problems { padding: .25rem .75rem; color: var(--muted); }
.recap-editor .preview { overflow: auto; padding: 1rem 1.5rem 4rem; flex: 1; line-height: 1.65; }
.recap-editor .preview > * { max-width: 44rem; margin-left: auto; margin-right: auto; }
.recap-editor .preview .title { font-size: 2rem; line-height: 1.2; margin: .5rem 0; }
.recap-editor .preview .meta, .recap-editor .preview .description { color: var(--muted); margin: .25rem 0; }
.recap-editor .preview .keywords { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0 1.5rem; }
.recap-editor .preview .keywords li { border: 1px solid var(--line); background: var(--panel); border-radius: 999px; padding: 0 .6rem; font-size: .85rem; }
.recap-editor .post-body img, .recap-editor .post-body iframe { max-width: 100%; }
.recap-editor .post-body pre { background: var(--panel); padding: .75rem; overflow: auto; border-radius: 6px; }
.recap-editor .post-body a { color: var(--accent); }
.recap-editor .post-body [data-source-line]:hover { outline: 1px dashed var(--line); outline-offset: 4px; cursor: text; }
.recap-editor .recap-shortcode-error { background: color-mix(in srgb, var(--error) 12%, transparent); border: 1px dashed var(--error); border-radius: 4px; padding: 0 .3rem; }
.recap-editor .status { display: flex; gap: 1rem; justify-content: space-between; padding: .3rem .75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
.recap-editor dialog.settings label { display: block; margin-top: .75rem; font-weight: 600; }
.recap-editor dialog.settings textarea { width: 100%; font: 13px/1.4 var(--mono); color: var(--fg); background: var(--panel); border: 1px solid var(--line); }
.recap-editor dialog.settings .row { display: flex; gap: .5rem; margin-top: .5rem; align-items: center; }
.recap-editor .settings-error { color: var(--error); }
@media (max-width: 899px) {
  .recap-editor .tabs { display: flex; }
  .recap-editor .panes, .recap-editor[data-side] .panes { grid-template-columns: 1fr; }
  .recap-editor .pane-source, .recap-editor .pane-preview, .recap-editor .pane-side { display: none; border-right: 0; }
  .recap-editor[data-pane=source] .pane-source { display: grid; }
  .recap-editor[data-pane=preview] .pane-preview { display: flex; }
  .recap-editor[data-pane=outline] .pane-side, .recap-editor[data-pane=form] .pane-side { display: block; }
  .recap-editor[data-pane=outline] .side-form, .recap-editor[data-pane=form] .side-outline { display: none; }
  .recap-editor[data-pane=outline] .side-outline, .recap-editor[data-pane=form] .side-form { display: block; }
  .recap-editor .toolbar .side-toggle { display: none; }
  .recap-editor button, .recap-editor .tabs [role=tab], .recap-editor select, .recap-editor .fm-form input, .recap-editor .fm-form textarea { min-height: 44px; }
  .recap-editor .toolbar { gap: .35rem; }
  .recap-editor .toolbar button { padding: .3rem .55rem; }
  .recap-editor .file-name { flex-basis: 100%; margin-left: 0; }
  .recap-editor .tabs [role=tab] { flex: 1; }
  .recap-editor .cm-gutters { font-size: 12px; }
  .recap-editor .preview { padding: .75rem 1rem 3rem; }
  .recap-editor .problems { max-height: 22vh; }
  .recap-editor .chip button { min-height: 44px; min-width: 44px; }
  .recap-editor .outline-item button, .recap-editor .problem-go { min-height: 44px; display: flex; align-items: center; }
}
`;
