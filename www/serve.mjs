// Serves the demo pages (www/) and the built package (pkg/, as /node_modules/recap/)
// on http://127.0.0.1:PORT/, the way any static server would.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".wasm": "application/wasm", ".md": "text/markdown; charset=utf-8", ".json": "application/json", ".css": "text/css", ".yaml": "text/yaml", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg" };

/** Serves on `port`; `pkg` is the package's folder (another build, for comparisons). */
export function start(port = Number(process.env.PORT || 8080), host = "127.0.0.1", { pkg = join(root, "pkg") } = {}) {
  const mounts = [
    ["/node_modules/recap/", pkg],
    ["/", join(root, "www")],
  ];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const [prefix, dir] = mounts.find(([p]) => path.startsWith(p));
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      res.writeHead(200, { "Content-Type": types[extname(file)] || "application/octet-stream", "Cache-Control": "no-cache" });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await start();
  console.log(`Recap editor on http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
}
