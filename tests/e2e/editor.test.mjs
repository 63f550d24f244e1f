// The live editor (www/index.html), driven as an author would, in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { start } from "../../www/serve.mjs";
import { browser, page, root } from "./harness.mjs";

const artifacts = join(root, "test-results");
let server, context, url;
before(async () => {
  await mkdir(artifacts, { recursive: true });
  server = await start(0);
  url = `http://127.0.0.1:${server.address().port}/`;
  context = await browser();
  // Embeds get a blank page here instead of the network.
  await context.route(/^https:\/\/(www\.)?youtube(-nocookie)?\.com\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>video</title>" }));
});
after(async () => {
  await context?.close();
  await new Promise((r) => {
    server?.close(r);
    server?.closeAllConnections();
  });
});

async function openEditor({ fresh = true, scheme = "light", width = 1400, height = 900, init } = {}) {
  const p = await page(context);
  if (init) await p.addInitScript(init);
  await p.emulateMedia({ colorScheme: scheme });
  await p.setViewportSize({ width, height });
  await p.goto(url);
  await p.waitForSelector("body[data-ready=yes]");
  if (fresh) {
    await p.evaluate(() => localStorage.clear());
    await p.reload();
  }
  await p.waitForSelector("body[data-ready=yes]");
  return p;
}

/** Selects `text` (its first occurrence at or after `from`) in the source. */
async function selectText(p, text, from = 0) {
  await p.evaluate(
    ([text, from]) => {
      const i = window.recapEditor.getValue().indexOf(text, from);
      if (i < 0) throw new Error(`not in the source: ${text}`);
      window.recapEditor.setSelection(i, i + text.length);
      window.recapEditor.focus();
    },
    [text, from],
  );
}

const value = (p) => p.evaluate(() => window.recapEditor.getValue());
const selected = (p) =>
  p.evaluate(() => {
    const s = window.recapEditor.view.state.selection.main;
    return window.recapEditor.getValue().slice(s.from, s.to);
  });
const problems = (p) => p.locator(".problem").evaluateAll((items) => items.map((li) => ({ code: li.dataset.code, where: li.querySelector(".where").textContent, text: li.textContent })));
/** Waits until the draft has been written (it is written shortly after typing stops). */
const draftSaved = (p, pattern) => p.waitForFunction((re) => new RegExp(re).test(JSON.parse(localStorage.getItem("recap-editor:draft") || "{}").text || ""), pattern.source);

test("typing updates the preview in place; the video is the same node", async () => {
  const p = await openEditor();
  const iframe = await p.locator(".post-body iframe").elementHandle();
  await selectText(p, "Runtime encryption of data");
  await p.keyboard.type("Encryption of data in use");
  await p.waitForFunction(() => document.querySelector(".post-body ul").textContent.includes("Encryption of data in use"));
  assert.ok(await p.evaluate((f) => f === document.querySelector(".post-body iframe"), iframe), "the iframe element is the same node");
  assert.deepEqual(p.problems, []);
  await p.screenshot({ path: join(artifacts, "editor-typing-light.png") });
  await p.close();
});

test("input CodeMirror has not read yet survives the editor's own updates", async () => {
  // A keystroke changes the DOM first; CodeMirror reads it a moment later. The
  // editor's own transactions (diagnostics, scroll sync, selection) can fall in
  // between, and CodeMirror drops unread input when a transaction is
  // dispatched: typed keys were lost now and then. Made to happen here on
  // purpose: change a line's text in the DOM, then select in the same task.
  const p = await openEditor();
  const kept = await p.evaluate(() => {
    const ed = window.recapEditor;
    const line = [...ed.view.contentDOM.querySelectorAll(".cm-line")].find((l) => l.textContent.startsWith("## Linkerd roadmap"));
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
    last.data += " typed";
    const at = ed.getValue().indexOf("Of course");
    ed.setSelection(at, at);
    return ed.getValue().includes("## Linkerd roadmap typed");
  });
  assert.ok(kept, "the DOM change was read before the editor's transaction");
  await p.waitForSelector("#linkerd-roadmap-typed");
  assert.deepEqual(p.problems, []);
  await p.close();
});

test("the video's iframe does not reload while typing elsewhere", async () => {
  const p = await openEditor();
  await p.waitForFunction(() => document.querySelector(".post-body iframe"));
  // Count loads from here on (the first load may or may not have happened yet).
  await p.evaluate(() => {
    window.__loads = 0;
    document.querySelector(".post-body").addEventListener("load", (e) => e.target.tagName === "IFRAME" && (window.__loads += 1), true);
    window.__iframe = document.querySelector(".post-body iframe");
  });
  await p.waitForTimeout(300);
  const before = await p.evaluate(() => window.__loads);
  await selectText(p, "Runtime encryption of data");
  await p.keyboard.type(" and more, typed one key at a time");
  await selectText(p, "## Linkerd roadmap");
  await p.keyboard.press("End");
  await p.keyboard.type(" (edited)");
  await p.waitForSelector("#linkerd-roadmap-edited");
  await p.waitForTimeout(300);
  assert.equal(await p.evaluate(() => window.__loads), before, "no iframe load while typing");
  assert.ok(await p.evaluate(() => window.__iframe === document.querySelector(".post-body iframe") && window.__iframe.isConnected), "the same iframe node");
  // The count does see a reload (moving the iframe, as a bad patch would, reloads it).
  await p.evaluate(() => {
    const f = window.__iframe;
    f.parentNode.insertBefore(f, f.nextSibling ? f.nextSibling.nextSibling : null);
  });
  await p.waitForFunction((n) => window.__loads > n, before);
  await p.close();
});

test("keyword for keywords: a warning at line 8 with a fix, undone by Ctrl+Z", async () => {
  const p = await openEditor();
  await selectText(p, "keywords:");
  await p.keyboard.type("keyword:");
  await p.waitForSelector('.problem[data-code="front-matter/unknown-field"]');
  const [warning] = await problems(p);
  assert.equal(warning.where, "8:1");
  assert.match(warning.text, /warning/);
  assert.match(warning.text, /did you mean `keywords`\?/);
  assert.equal(await p.locator(".cm-lintRange-warning").first().textContent(), "keyword", "the range is marked in the source");
  assert.ok((await p.locator(".cm-gutter-lint .cm-lint-marker-warning").count()) >= 1, "a gutter mark");
  await p.screenshot({ path: join(artifacts, "editor-warning-light.png") });
  await p.locator(".problem .quick-fix").first().click();
  await p.waitForSelector('.problem[data-code="front-matter/unknown-field"]', { state: "detached" });
  assert.match(await value(p), /\nkeywords: \[community, meetup\]\n/, "the fix renamed the key");
  await p.evaluate(() => window.recapEditor.focus());
  await p.keyboard.press("Control+z");
  await p.waitForSelector('.problem[data-code="front-matter/unknown-field"]');
  assert.match(await value(p), /\nkeyword: \[community, meetup\]\n/, "Ctrl+Z brought the misspelled key back");
  await p.close();
});

test("broken YAML: an error at its line and column; the preview keeps the last good front matter", async () => {
  const p = await openEditor({ scheme: "dark" });
  await selectText(p, "December Linkerd community meeting recap");
  // As pasted: typed, the quote would come with its closing pair.
  await p.keyboard.insertText('"Unclosed title');
  await p.waitForSelector('.problem[data-code="front-matter/yaml-syntax"]');
  const [error] = await problems(p);
  assert.equal(error.where, "2:8", "the error is at the opening quote");
  assert.equal(await p.locator(".preview .title").textContent(), "December Linkerd community meeting recap", "the header keeps the last good title");
  assert.ok((await p.locator(".post-body p").count()) > 5, "the body still renders");
  await p.screenshot({ path: join(artifacts, "editor-yaml-error-dark.png") });
  await p.close();
});

test("clicking a problem selects its range; F8 goes to the next one", async () => {
  const p = await openEditor();
  await selectText(p, "title:");
  await p.keyboard.type("titel:");
  await selectText(p, "fit\n");
  // As pasted (typed, Enter would indent it under params).
  await p.keyboard.insertText("fit\nweight: heavy\n");
  await p.waitForSelector('.problem[data-code="front-matter/type-mismatch"]');
  await p.locator(".problem-go").first().click();
  assert.equal(await selected(p), "titel", "clicking the first problem selects the misspelled key");
  assert.match(await p.locator(".src-hint").textContent(), /titel/, "the message shows at the caret");
  await p.keyboard.press("F8");
  assert.equal(await selected(p), "heavy", "F8 selects the next problem");
  await p.close();
});

test("a post nested thousands deep shows uncoloured with a note; colouring returns without it", async () => {
  const p = await openEditor();
  const coloured = () => p.evaluate(() => document.querySelectorAll(".cm-content [class*=ͼ]").length);
  assert.ok((await coloured()) > 0, "the seed is coloured");
  await p.evaluate(() => window.recapEditor.setValue(`${"> ".repeat(5000)}x\n\n*${"_a *".repeat(3000)}x${"* a_".repeat(3000)}*\n`));
  await p.waitForSelector(".cm-nesting-note");
  assert.match(await p.locator(".cm-nesting-note").textContent(), /more than 500 levels/);
  await p.evaluate(() => window.recapEditor.focus());
  await p.keyboard.press("Control+End");
  await p.keyboard.type(" typed");
  assert.ok((await value(p)).endsWith(" typed"), "typing works in the uncoloured view");
  await p.evaluate(() => window.recapEditor.setValue("# Plain\n\n> a *quote*\n"));
  await p.waitForSelector(".cm-nesting-note", { state: "detached" });
  assert.ok((await coloured()) > 0, "coloured again");
  // Pasted into a post that was fine: only the edit is scanned, and it is found.
  await p.evaluate(() => window.recapEditor.view.dispatch({ changes: { from: 0, insert: `${"- ".repeat(5000)}x\n\n` }, userEvent: "input.paste" }));
  await p.waitForSelector(".cm-nesting-note");
  assert.deepEqual(p.problems, [], "no stack overflow reached the console");
  await p.close();
});

test("find and replace, and bracket pairing", async () => {
  const p = await openEditor();
  await p.evaluate(() => window.recapEditor.focus());
  await p.keyboard.press("Control+f");
  await p.waitForSelector(".cm-search");
  await p.locator(".cm-search input[name=search]").fill("Linkerd");
  await p.locator(".cm-search input[name=replace]").fill("LINKERD");
  await p.locator(".cm-search button[name=replaceAll]").click();
  assert.ok(!(await value(p)).includes("Linkerd") && (await value(p)).includes("LINKERD"), "every match replaced");
  await p.keyboard.press("Escape");
  await selectText(p, "As usual");
  await p.keyboard.type("(");
  assert.match(await value(p), /\(As usual\)/, "a selection is wrapped in the pair");
  await p.close();
});

test("a reload restores the draft, unsaved; replacing it asks first, and History brings it back", async () => {
  const file = "---\ntitle: From disk\n---\n\nOpened from a file.\n";
  const p = await openEditor({
    init: `window.showOpenFilePicker = async () => [{ kind: "file", name: "disk.md", getFile: async () => new File([${JSON.stringify(file)}], "disk.md", { type: "text/markdown" }) }];`,
  });
  await selectText(p, "## News and updates");
  await p.keyboard.type("## News, updates and more");
  await p.waitForSelector("#news-updates-and-more");
  await draftSaved(p, /News, updates and more/);
  await p.reload();
  await p.waitForSelector("body[data-ready=yes]");
  assert.match(await value(p), /## News, updates and more/);
  assert.equal(await p.locator("#news-updates-and-more").count(), 1);
  assert.match(await p.locator(".file-name").textContent(), /unsaved/, "a restored draft is unsaved");
  assert.equal(await p.evaluate(() => window.recapEditor.dirty), true);
  await p.screenshot({ path: join(artifacts, "editor-restored-light.png") });
  await p.emulateMedia({ colorScheme: "dark" });
  await p.screenshot({ path: join(artifacts, "editor-restored-dark.png") });
  await p.emulateMedia({ colorScheme: "light" });

  // Open asks; declining keeps the draft.
  const asked = [];
  p.once("dialog", (d) => (asked.push(d.message()), d.dismiss()));
  await p.getByRole("button", { name: "Open…" }).click();
  await p.waitForFunction(() => true);
  await p.waitForTimeout(200);
  assert.equal(asked.length, 1, "Open asked before replacing the restored draft");
  assert.match(await value(p), /## News, updates and more/, "declined: the draft stays");
  // New from seed asks too.
  p.once("dialog", (d) => (asked.push(d.message()), d.dismiss()));
  await p.getByRole("button", { name: "New from seed" }).click();
  await p.waitForTimeout(200);
  assert.equal(asked.length, 2, "New from seed asked");
  assert.match(await value(p), /## News, updates and more/);
  // Accepting opens the file; the draft is one click away in History.
  p.once("dialog", (d) => d.accept());
  await p.getByRole("button", { name: "Open…" }).click();
  await p.waitForFunction(() => window.recapEditor.getValue().includes("Opened from a file."));
  assert.equal(await p.locator(".preview .title").textContent(), "From disk");
  assert.doesNotMatch(await p.locator(".file-name").textContent(), /unsaved/, "an opened file is saved");
  await p.getByRole("button", { name: "History…" }).click();
  const versions = p.locator("dialog.history li");
  assert.ok((await versions.count()) >= 1);
  await p.screenshot({ path: join(artifacts, "editor-history-light.png") });
  // Restoring replaces a clean file without asking; the restored text is unsaved.
  await versions.filter({ hasText: "December Linkerd community meeting recap" }).first().getByRole("button", { name: "Restore" }).click();
  await p.waitForFunction(() => window.recapEditor.getValue().includes("## News, updates and more"));
  assert.equal(await p.evaluate(() => window.recapEditor.dirty), true);
  assert.equal(asked.length, 2, "nothing unsaved was replaced, so nothing was asked");
  await p.close();
});

test("a dropped PNG is refused with a message; a dropped Markdown file opens", async () => {
  const p = await openEditor();
  const before = await value(p);
  const drop = (name, type, bytes) =>
    p.evaluate(
      ([name, type, bytes]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
        document.querySelector(".recap-editor").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      [name, type, bytes],
    );
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
  await drop("photo.png", "image/png", png);
  await p.waitForSelector(".notice:not([hidden])");
  assert.match(await p.locator(".notice").textContent(), /photo\.png is not a text file/);
  assert.equal(await value(p), before, "the post is unchanged");
  // Binary bytes under a text name are refused too.
  await drop("sneaky.md", "", png);
  await p.waitForFunction(() => /sneaky\.md is not a text file/.test(document.querySelector(".notice").textContent));
  assert.equal(await value(p), before);
  await drop("dropped.md", "text/markdown", [...new TextEncoder().encode("# Dropped\n\nText.\n")]);
  await p.waitForFunction(() => window.recapEditor.getValue().startsWith("# Dropped"));
  assert.equal(await p.locator(".notice").isVisible(), false, "the message goes once a file opens");
  await p.close();
});

test("soft wrap is on by default and toggles", async () => {
  const p = await openEditor();
  const long = "word ".repeat(120).trim();
  await p.evaluate((t) => window.recapEditor.setValue(`---\ntitle: Wrap\n---\n\n${t}\n`), long);
  const lineBox = () =>
    p.evaluate(() => {
      const line = [...document.querySelectorAll(".cm-line")].find((l) => l.textContent.startsWith("word word"));
      const scroller = document.querySelector(".cm-scroller");
      return { height: line.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(line).lineHeight), overflow: scroller.scrollWidth > scroller.clientWidth + 1 };
    });
  let box = await lineBox();
  assert.ok(box.height > 2.5 * box.lineHeight, `the long line wraps (${box.height}px)`);
  assert.equal(box.overflow, false, "no sideways scrolling");
  await p.getByRole("button", { name: "Wrap" }).click();
  box = await lineBox();
  assert.ok(box.height < 1.5 * box.lineHeight, "unwrapped: one line");
  assert.equal(box.overflow, true, "unwrapped: it scrolls sideways");
  assert.equal(await p.getByRole("button", { name: "Wrap" }).getAttribute("aria-pressed"), "false");
  await p.close();
});

test("the caret stays in view when typing at the bottom of the view", async () => {
  const p = await openEditor({ height: 700 });
  // The caret on the last line in view.
  await p.evaluate(() => {
    const view = window.recapEditor.view;
    const rect = view.scrollDOM.getBoundingClientRect();
    const pos = view.posAtCoords({ x: rect.left + 80, y: rect.bottom - 12 });
    view.dispatch({ selection: { anchor: view.state.doc.lineAt(pos).to } }); // no scrolling
    view.focus();
  });
  const top = await p.evaluate(() => window.recapEditor.view.scrollDOM.scrollTop);
  for (let i = 0; i < 8; i++) {
    await p.keyboard.press("Enter");
    await p.keyboard.type(`line ${i} typed at the bottom`);
  }
  const inView = await p.evaluate(() => {
    const view = window.recapEditor.view;
    const caret = view.coordsAtPos(view.state.selection.main.head);
    const rect = view.scrollDOM.getBoundingClientRect();
    return caret && caret.top >= rect.top && caret.bottom <= rect.bottom;
  });
  assert.ok(inView, "the caret is inside the visible source");
  const after = await p.evaluate(() => window.recapEditor.view.scrollDOM.scrollTop);
  assert.ok(after > top, "the view followed the caret down");
  assert.ok(after - top < 8 * 2 * 30, "and no further than the typing needs");
  await p.close();
});

test("the outline lists the headings, jumps to one, and marks the current section", async () => {
  const p = await openEditor();
  await p.getByRole("button", { name: "Outline", exact: true }).click();
  const items = p.locator(".outline-item button");
  assert.deepEqual(await items.allTextContents(), ["News and updates", "Linkerd roadmap", "MarbleRun and Linkerd", "Speeding up control plane integration tests", "December Hero"]);
  await items.filter({ hasText: "Speeding up" }).click();
  const line = await p.evaluate(() => {
    const s = window.recapEditor.view.state;
    return s.doc.lineAt(s.selection.main.head).number;
  });
  assert.equal(line, 77, "the caret is on the heading's line");
  assert.equal(await items.filter({ hasText: "Speeding up" }).getAttribute("aria-current"), "location");
  const offset = await p.evaluate(() => document.getElementById("speeding-up-control-plane-integration-tests").getBoundingClientRect().top - document.querySelector(".preview").getBoundingClientRect().top);
  assert.ok(offset >= 0 && offset < 60, `the preview shows the heading at its top (${offset}px)`);
  // Moving the caret marks its section.
  await selectText(p, "Runtime encryption of data");
  await p.waitForFunction(() => document.querySelector(".outline-item button[aria-current]")?.textContent === "MarbleRun and Linkerd");
  await p.screenshot({ path: join(artifacts, "editor-outline-light.png") });
  await p.close();
});

const YAML_POST = `---
# The title is shown as the heading.
title: "Old title" # keep this comment
date: 2021-12-22T10:30:00Z
keywords:
  - community # first
  - meetup
params:
  author: kevinl
---

Body text.
`;

const TOML_POST = `+++
# TOML front matter
title = 'Old title' # keep this comment
date = 2021-12-22T10:30:00Z
tags = ["a", "b"]

[params]
author = "kevinl"
+++

Body text.
`;

test("the front-matter form edits YAML in place, keeping comments and order", async () => {
  const p = await openEditor();
  await p.evaluate((t) => window.recapEditor.setValue(t), YAML_POST);
  await p.getByRole("button", { name: "Front matter", exact: true }).click();
  await p.locator("#recap-fm-title").fill("New title: with a colon");
  await p.locator("#recap-fm-date").fill("2022-01-05");
  await p.locator("#recap-fm-keywords").fill("mesh");
  await p.locator("#recap-fm-keywords").press("Enter");
  await p.locator('.fm-field[data-path=keywords] .chip button[aria-label="Remove meetup"]').click();
  await p.locator("#recap-fm-draft").check();
  await p.locator("#recap-fm-description").fill("Two lines\nof description.");
  await p.waitForFunction(() => document.querySelector(".preview .title").textContent === "New title: with a colon");
  assert.equal(
    await value(p),
    `---
# The title is shown as the heading.
title: "New title: with a colon" # keep this comment
date: 2022-01-05T10:30:00Z
keywords:
  - community # first
  - mesh
params:
  author: kevinl
draft: true
description: "Two lines\\nof description."
---

Body text.
`,
  );
  assert.deepEqual(await p.locator(".fm-field[data-path=keywords] .chip").allTextContents(), ["community×", "mesh×"]);
  await p.screenshot({ path: join(artifacts, "editor-form-yaml-light.png") });
  // Undo takes back the last form edit.
  await p.evaluate(() => window.recapEditor.focus());
  await p.keyboard.press("Control+z");
  assert.doesNotMatch(await value(p), /description:/);
  await p.close();
});

test("the front-matter form edits TOML in place, keeping comments and tables", async () => {
  const p = await openEditor();
  await p.evaluate((t) => window.recapEditor.setValue(t), TOML_POST);
  await p.getByRole("button", { name: "Front matter", exact: true }).click();
  await p.locator("#recap-fm-title").fill("It's new");
  await p.locator("#recap-fm-tags").fill("c");
  await p.locator("#recap-fm-tags").press("Enter");
  await p.locator("#recap-fm-draft").check();
  await p.waitForFunction(() => document.querySelector(".preview .title").textContent === "It's new");
  assert.equal(
    await value(p),
    `+++
# TOML front matter
title = "It's new" # keep this comment
date = 2021-12-22T10:30:00Z
tags = ["a", "b", "c"]
draft = true

[params]
author = "kevinl"
+++

Body text.
`,
  );
  assert.deepEqual(p.problems, []);
  assert.equal(await p.locator(".problem").count(), 0, "the edited TOML is valid");
  await p.close();
});

test("the form shows the schema's other fields and adds a nested one beside its siblings", async () => {
  const p = await openEditor();
  await p.evaluate((t) => window.recapEditor.setValue(t), YAML_POST);
  await p.getByRole("button", { name: "Site settings…" }).click();
  await p.getByRole("button", { name: "Use the Recap post preset" }).click();
  await p.getByRole("button", { name: "Apply" }).click();
  await p.locator("dialog").waitFor({ state: "detached" });
  await p.getByRole("button", { name: "Front matter", exact: true }).click();
  assert.equal(await p.locator("#recap-fm-params-author").inputValue(), "kevinl");
  await p.locator("#recap-fm-params-author").fill("alex");
  await p.locator("#recap-fm-params-thumbnailProcess").selectOption("fill");
  await p.waitForFunction(() => window.recapEditor.getValue().includes("thumbnailProcess: fill"));
  assert.match(await value(p), /\nparams:\n {2}author: alex\n {2}thumbnailProcess: fill\n---\n/);
  assert.ok(await p.locator("#recap-fm-slug").isVisible(), "the schema's slug field is offered");
  await p.screenshot({ path: join(artifacts, "editor-form-schema-light.png") });
  await p.close();
});

test("Ctrl+S saves back to the opened file (File System Access API, mocked handle)", async () => {
  const p = await openEditor({
    init: `
      window.__writes = [];
      const handle = {
        kind: "file", name: "in-place.md",
        getFile: async () => new File(["---\\ntitle: In place\\n---\\n\\nFirst text.\\n"], "in-place.md", { type: "text/markdown" }),
        requestPermission: async () => "granted",
        createWritable: async () => { let data = ""; return { write: async (d) => { data += typeof d === "string" ? d : await new Blob([d]).text(); }, close: async () => window.__writes.push(data) }; },
      };
      window.showOpenFilePicker = async () => [handle];
      window.showSaveFilePicker = async () => { throw new Error("Save As should not be needed"); };
    `,
  });
  await p.getByRole("button", { name: "Open…" }).click();
  await p.waitForFunction(() => window.recapEditor.getValue().includes("First text."));
  await selectText(p, "First text.");
  await p.keyboard.type("Second text.");
  assert.match(await p.locator(".file-name").textContent(), /in-place\.md — unsaved/);
  await p.keyboard.press("Control+s");
  await p.waitForFunction(() => window.__writes.length === 1);
  assert.equal(await p.evaluate(() => window.__writes[0]), "---\ntitle: In place\n---\n\nSecond text.\n");
  assert.equal(await p.locator(".file-name").textContent(), "in-place.md");
  assert.deepEqual(p.problems, []);
  await p.close();
});

test("at 375 px: source and preview as tabs, touch-sized controls", async () => {
  const p = await openEditor({ width: 375, height: 740 });
  assert.equal(await p.locator(".pane-source").isVisible(), true);
  assert.equal(await p.locator(".pane-preview").isVisible(), false);
  const small = () => p.locator(".recap-editor button:visible, .recap-editor input:visible, .recap-editor select:visible").evaluateAll((bs) => bs.filter((b) => b.type !== "checkbox" && b.getBoundingClientRect().height < 44).map((b) => b.textContent || b.id));
  assert.deepEqual(await small(), [], "every visible control is at least 44 px tall");
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth > innerWidth);
  assert.equal(overflow, false, "nothing sticks out sideways");
  await p.screenshot({ path: join(artifacts, "editor-375-source.png") });
  for (const [tab, pane, shot] of [
    ["Preview", ".pane-preview", "editor-375-preview.png"],
    ["Outline", ".pane-side", "editor-375-outline.png"],
    ["Front matter", ".pane-side", "editor-375-front-matter.png"],
  ]) {
    await p.getByRole("tab", { name: tab }).click();
    assert.equal(await p.locator(pane).isVisible(), true, `${tab} shows`);
    assert.equal(await p.locator(".pane-source").isVisible(), false);
    assert.deepEqual(await small(), [], `${tab}: every visible control is at least 44 px tall`);
    await p.screenshot({ path: join(artifacts, shot) });
  }
  await p.getByRole("tab", { name: "Outline" }).click();
  await p.locator(".outline-item button", { hasText: "December Hero" }).click();
  assert.equal(await p.locator(".pane-source").isVisible(), true, "a jump from the outline shows the source");
  await p.setViewportSize({ width: 1400, height: 900 });
  await p.screenshot({ path: join(artifacts, "editor-wide.png") });
  await p.close();
});

test("site settings: a TOML config with ': ' in it is TOML; editor.renderer is the live one after Apply", async () => {
  const p = await openEditor();
  const first = await p.evaluate(() => (window.__first = window.recapEditor.renderer) && true);
  assert.ok(first);
  await p.getByRole("button", { name: "Site settings…" }).click();
  await p.locator("#recap-set-config").fill('title = "Recap: a site"\n\n[markup.goldmark.renderer]\nunsafe = true\n');
  await p.getByRole("button", { name: "Apply" }).click();
  await p.locator("dialog").waitFor({ state: "detached" });
  await selectText(p, "Runtime encryption of data");
  await p.keyboard.type('<span class="raw-html">raw</span>');
  await p.waitForSelector(".post-body span.raw-html", { timeout: 5000 });
  assert.ok(await p.evaluate(() => window.recapEditor.renderer !== window.__first), "a new renderer after Apply");
  const direct = await p.evaluate(() => window.recapEditor.renderer.render("<b class=x>b</b>").html);
  assert.match(direct, /<b class="x">/, "editor.renderer has the applied settings");
  await p.close();
});

test("the editor runs the module whose updates re-render only what an edit touched", async () => {
  const p = await openEditor({ fresh: false });
  const wasm = [];
  p.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(new URL(r.url()).pathname.split("/").pop()));
  await p.evaluate(() => localStorage.clear());
  await p.reload();
  await p.waitForSelector("body[data-ready=yes]");
  assert.equal(await p.evaluate(async () => (await import("recap")).hasEditing()), true);
  assert.deepEqual(wasm.filter((f) => f !== "recap_highlight_bg.wasm"), ["recap_editing_bg.wasm"], "only the editing module loads");
  await p.close();
});

test("shortcode templates in the site settings load the module with the template engine", async () => {
  const p = await openEditor();
  const wasm = [];
  p.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(new URL(r.url()).pathname.split("/").pop()));
  // A slow network: the settings stay open until the module has arrived.
  await p.route("**/recap_templates_bg.wasm", async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await p.getByRole("button", { name: "Site settings…" }).click();
  await p.locator("#recap-set-shortcodes").fill('note.html\n<aside class="note">{{ .Get 0 }}</aside>');
  await p.getByRole("button", { name: "Apply" }).click();
  // The dialog closes once the module with the engine is running.
  await p.locator("dialog").waitFor({ state: "detached" });
  await selectText(p, "Runtime encryption of data");
  await p.keyboard.type('See {{< note "templated" >}}');
  await p.waitForFunction(() => document.querySelector(".post-body aside.note")?.textContent === "templated");
  assert.deepEqual(wasm, ["recap_templates_bg.wasm"], "the engine's module is fetched when templates appear");
  // A reload starts on that module directly: the saved settings have templates.
  await draftSaved(p, /templated/);
  wasm.length = 0;
  await p.reload();
  await p.waitForSelector("body[data-ready=yes]");
  await p.waitForFunction(() => document.querySelector(".post-body aside.note")?.textContent === "templated");
  assert.deepEqual(wasm, ["recap_templates_bg.wasm"], "only the module with the engine loads");
  assert.deepEqual(p.problems, []);
  await p.close();
});
