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
});
after(async () => {
  await context?.close();
  await new Promise((r) => {
    server?.close(r);
    server?.closeAllConnections();
  });
});

async function openEditor({ fresh = true, scheme = "light" } = {}) {
  const p = await page(context);
  await p.emulateMedia({ colorScheme: scheme });
  await p.setViewportSize({ width: 1400, height: 900 });
  await p.goto(url);
  if (fresh) {
    await p.evaluate(() => localStorage.clear());
    await p.reload();
  }
  await p.waitForSelector("body[data-ready=yes]");
  return p;
}

/** Selects `text` (its first occurrence at or after `from`) in the source. */
async function selectText(p, text, from = 0) {
  await p.locator(".src-input").evaluate((t, [text, from]) => {
    const i = t.value.indexOf(text, from);
    t.focus();
    t.setSelectionRange(i, i + text.length);
  }, [text, from]);
}

const problems = (p) => p.locator(".problem").evaluateAll((items) => items.map((li) => ({ code: li.dataset.code, where: li.querySelector(".where").textContent, text: li.textContent })));

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

test("keyword for keywords: a warning at line 8 with a fix, undone by Ctrl+Z", async () => {
  const p = await openEditor();
  await selectText(p, "keywords:");
  await p.keyboard.type("keyword:");
  await p.waitForSelector('.problem[data-code="front-matter/unknown-field"]');
  const [warning] = await problems(p);
  assert.equal(warning.where, "8:1");
  assert.match(warning.text, /warning/);
  assert.match(warning.text, /did you mean `keywords`\?/);
  assert.equal(await p.locator(".src-gutter .ln").nth(7).getAttribute("class"), "ln mark-warning", "a gutter mark on line 8");
  await p.screenshot({ path: join(artifacts, "editor-warning-light.png") });
  await p.locator(".problem .quick-fix").first().click();
  await p.waitForSelector('.problem[data-code="front-matter/unknown-field"]', { state: "detached" });
  assert.match(await p.locator(".src-input").inputValue(), /\nkeywords: \[community, meetup\]\n/, "the fix renamed the key");
  await p.locator(".src-input").focus();
  await p.keyboard.press("Control+z");
  await p.waitForSelector('.problem[data-code="front-matter/unknown-field"]');
  assert.match(await p.locator(".src-input").inputValue(), /\nkeyword: \[community, meetup\]\n/, "Ctrl+Z brought the misspelled key back");
  await p.close();
});

test("broken YAML: an error at its line and column; the preview keeps the last good front matter", async () => {
  const p = await openEditor({ scheme: "dark" });
  await selectText(p, "December Linkerd community meeting recap");
  await p.keyboard.type('"Unclosed title');
  await p.waitForSelector('.problem[data-code="front-matter/yaml-syntax"]');
  const [error] = await problems(p);
  assert.equal(error.where, "2:8", "the error is at the opening quote");
  assert.equal(await p.locator(".post-title").textContent(), "December Linkerd community meeting recap", "the header keeps the last good title");
  assert.ok((await p.locator(".post-body p").count()) > 5, "the body still renders");
  await p.screenshot({ path: join(artifacts, "editor-yaml-error-dark.png") });
  await p.close();
});

test("clicking a problem selects its range; F8 goes to the next one", async () => {
  const p = await openEditor();
  await selectText(p, "title:");
  await p.keyboard.type("titel:");
  await selectText(p, "draft", 0).catch(() => {});
  await selectText(p, "fit\n");
  await p.keyboard.type("fit\nweight: heavy\n");
  await p.waitForSelector('.problem[data-code="front-matter/type-mismatch"]');
  await p.locator(".problem-go").first().click();
  const selected = await p.locator(".src-input").evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(selected, "titel", "clicking the first problem selects the misspelled key");
  assert.match(await p.locator(".src-hint").textContent(), /titel/, "the message shows at the caret");
  await p.keyboard.press("F8");
  const next = await p.locator(".src-input").evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(next, "heavy", "F8 selects the next problem");
  await p.close();
});

test("a reload restores the draft", async () => {
  const p = await openEditor();
  await selectText(p, "## News and updates");
  await p.keyboard.type("## News, updates and more");
  await p.waitForSelector("#news-updates-and-more");
  await p.waitForTimeout(400); // the draft is saved 300 ms after typing stops
  await p.reload();
  await p.waitForSelector("body[data-ready=yes]");
  assert.match(await p.locator(".src-input").inputValue(), /## News, updates and more/);
  assert.equal(await p.locator("#news-updates-and-more").count(), 1);
  await p.screenshot({ path: join(artifacts, "editor-restored-light.png") });
  await p.emulateMedia({ colorScheme: "dark" });
  await p.screenshot({ path: join(artifacts, "editor-restored-dark.png") });
  await p.close();
});

test("below 900px the panes become tabs", async () => {
  const p = await openEditor();
  await p.setViewportSize({ width: 600, height: 800 });
  assert.equal(await p.locator(".pane-preview").isVisible(), false);
  await p.getByRole("tab", { name: "Preview" }).click();
  assert.equal(await p.locator(".pane-preview").isVisible(), true);
  assert.equal(await p.locator(".pane-source").isVisible(), false);
  await p.screenshot({ path: join(artifacts, "editor-narrow-light.png") });
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
  await p.waitForTimeout(400); // the draft is saved 300 ms after typing stops
  wasm.length = 0;
  await p.reload();
  await p.waitForSelector("body[data-ready=yes]");
  await p.waitForFunction(() => document.querySelector(".post-body aside.note")?.textContent === "templated");
  assert.deepEqual(wasm, ["recap_templates_bg.wasm"], "only the module with the engine loads");
  assert.deepEqual(p.problems, []);
  await p.close();
});
