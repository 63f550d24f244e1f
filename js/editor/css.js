// The editor's stylesheet: light and dark following the system, side by side
// from 900px, tabs below.
export const EDITOR_CSS = `
.recap-editor {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5c5c66; --line: #d8d8e0; --panel: #f6f6f9; --accent: #1f5fd1;
  --error: #c62828; --warning: #a15c00; --info: #1f5fd1; --key: #7a3eb1; --delim: #5c5c66; --sc: #0b7a55;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  color: var(--fg); background: var(--bg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  display: grid; grid-template-rows: auto auto 1fr auto; height: 100%; min-height: 0; box-sizing: border-box;
}
@media (prefers-color-scheme: dark) {
  .recap-editor {
    --bg: #16161a; --fg: #ececf1; --muted: #a4a4b0; --line: #34343c; --panel: #1f1f25; --accent: #7aa7ff;
    --error: #ff7b72; --warning: #e3b341; --info: #7aa7ff; --key: #d2a8ff; --delim: #a4a4b0; --sc: #56d4a0;
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
.recap-editor .panes { display: grid; grid-template-columns: 1fr 1fr; min-height: 0; }
.recap-editor .pane-source { display: grid; grid-template-rows: 1fr auto; min-height: 0; border-right: 1px solid var(--line); }
.recap-editor .pane-preview { min-height: 0; display: flex; }
@media (max-width: 899px) {
  .recap-editor .tabs { display: flex; }
  .recap-editor .panes { grid-template-columns: 1fr; }
  .recap-editor[data-pane=source] .pane-preview, .recap-editor[data-pane=preview] .pane-source { display: none; }
  .recap-editor .pane-source { border-right: 0; }
}
.recap-editor .src { position: relative; display: grid; grid-template-columns: auto 1fr; min-height: 0; overflow: hidden; }
.recap-editor .src-gutter { overflow: hidden; background: var(--panel); border-right: 1px solid var(--line); color: var(--muted); font: 13px/20px var(--mono); text-align: right; padding: .5rem .4rem .5rem .6rem; user-select: none; }
.recap-editor .src-gutter .ln { height: 20px; position: relative; padding-left: .9rem; }
.recap-editor .src-gutter .ln[class*=mark-]::before { content: ""; position: absolute; left: 0; top: 6px; width: 8px; height: 8px; border-radius: 50%; }
.recap-editor .src-gutter .mark-error::before { background: var(--error); }
.recap-editor .src-gutter .mark-warning::before { background: var(--warning); }
.recap-editor .src-gutter .mark-info::before { background: var(--info); }
.recap-editor .src-text { position: relative; min-height: 0; }
.recap-editor .src-overlay, .recap-editor .src-input {
  position: absolute; inset: 0; margin: 0; padding: .5rem; border: 0; font: 13px/20px var(--mono); white-space: pre; overflow: auto; tab-size: 4;
}
.recap-editor .src-overlay { color: var(--fg); pointer-events: none; overflow: hidden; }
.recap-editor .src-input { color: transparent; background: transparent; caret-color: var(--fg); resize: none; outline: none; }
.recap-editor .src-input::selection { background: color-mix(in srgb, var(--accent) 30%, transparent); color: transparent; }
.recap-editor .tok-key { color: var(--key); }
.recap-editor .tok-delim { color: var(--delim); }
.recap-editor .tok-shortcode { color: var(--sc); }
.recap-editor .diag { text-decoration: underline wavy; text-decoration-skip-ink: none; text-underline-offset: 3px; }
.recap-editor .diag-error { text-decoration-color: var(--error); }
.recap-editor .diag-warning { text-decoration-color: var(--warning); }
.recap-editor .diag-info { text-decoration-color: var(--info); text-decoration-style: dotted; }
.recap-editor .src-hint { position: absolute; right: .5rem; bottom: .5rem; max-width: 70%; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .3rem .6rem; font-size: .85rem; display: none; }
.recap-editor .src-hint.visible { display: block; }
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
.recap-editor .post-title { font-size: 2rem; line-height: 1.2; margin: .5rem 0; }
.recap-editor .post-meta, .recap-editor .post-description { color: var(--muted); margin: .25rem 0; }
.recap-editor .post-keywords { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0 1.5rem; }
.recap-editor .post-keywords li { border: 1px solid var(--line); background: var(--panel); border-radius: 999px; padding: 0 .6rem; font-size: .85rem; }
.recap-editor .post-body img, .recap-editor .post-body iframe { max-width: 100%; }
.recap-editor .post-body pre { background: var(--panel); padding: .75rem; overflow: auto; border-radius: 6px; }
.recap-editor .post-body a { color: var(--accent); }
.recap-editor .post-body [data-source-line]:hover { outline: 1px dashed var(--line); outline-offset: 4px; cursor: text; }
.recap-editor .recap-shortcode-error { background: color-mix(in srgb, var(--error) 12%, transparent); border: 1px dashed var(--error); border-radius: 4px; padding: 0 .3rem; }
.recap-editor .status { display: flex; gap: 1rem; justify-content: space-between; padding: .3rem .75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
.recap-editor dialog.settings { color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px; width: min(44rem, 95vw); }
.recap-editor dialog.settings label { display: block; margin-top: .75rem; font-weight: 600; }
.recap-editor dialog.settings textarea { width: 100%; font: 13px/1.4 var(--mono); color: var(--fg); background: var(--panel); border: 1px solid var(--line); }
.recap-editor dialog.settings .row { display: flex; gap: .5rem; margin-top: .5rem; align-items: center; }
.recap-editor .settings-error { color: var(--error); }
`;
