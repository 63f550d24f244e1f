// Shared end-to-end helpers: a static server on 127.0.0.1 and headless Chromium.
import { createServer } from "node:http";
import { readFile, stat, mkdtemp, rm } from "node:fs/promises";
import { readFileSync, readdirSync } from "node:fs";
import { basename, extname, join, normalize } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const root = fileURLToPath(new URL("../..", import.meta.url));

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".md": "text/markdown; charset=utf-8",
  ".yaml": "text/yaml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Serves `dir` on 127.0.0.1 at a free port; `requests` records every path asked for. */
export async function serve(dir = root) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise((r) => {
        server.close(r);
        server.closeAllConnections();
      }),
  };
}

/** Headless Chromium with a fresh profile; `context.close()` ends it. The time zone is UTC unless given. */
export async function browser({ timezoneId = "UTC" } = {}) {
  const profile = await mkdtemp(join(tmpdir(), "recap-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    // Pinned, so that dates and numbers read the same on every machine.
    locale: "en-US",
    timezoneId,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    await rm(profile, { recursive: true, force: true });
  };
  return context;
}

/** A page that fails the test on console errors and uncaught exceptions (unless allowed). */
export async function page(context, { allowErrors = [] } = {}) {
  const p = await context.newPage();
  const problems = [];
  p.on("console", (m) => {
    if (m.type() === "error" && !allowErrors.some((re) => re.test(m.text()))) problems.push(`console: ${m.text()}`);
  });
  p.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  p.problems = problems;
  return p;
}

/** The site shortcode templates the hostile-post tests run with: Hugo's oracle shortcodes and ones that pass arguments into attributes and `safeHTML`. */
export function siteTemplates() {
  const out = {};
  for (const dir of ["tests/data/hugo-oracle/shortcodes", "tests/data/shortcode-templates"]) {
    for (const f of readdirSync(join(root, dir))) if (f.endsWith(".html")) out[basename(f, ".html")] = readFileSync(join(root, dir, f), "utf8");
  }
  return out;
}

/** The second option set of the hostile-post tests: raw HTML allowed (`unsafe = true`) and the site templates above. */
export const unsafeOptions = { markup: { goldmark: { renderer: { unsafe: true } } }, recap: { shortcodes: siteTemplates() } };

/** Embedded players get a blank page here instead of the network. */
export function blankEmbeds(context) {
  return context.route(/^https:\/\/(www\.youtube(-nocookie)?\.com|player\.vimeo\.com)\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>video</title>" }));
}
