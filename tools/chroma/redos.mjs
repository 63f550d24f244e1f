// `node tools/chroma/redos.mjs ATTACKS.json`: the adversarial inputs of
// tools/chroma/redos.py on V8's RegExp (flags dvy, as the browser module runs
// them); prints the rules whose sticky match at the start of
// `prefix + pump×n + suffix` grows faster than linearly in n. The same method as
// crates/recap-highlight/examples/redos.rs (the native runner).
import { readFileSync } from "node:fs";

const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
const compiled = new Map();
const flagged = new Map();
const now = () => performance.now() / 1000;
const started = now();

function best(re, text, reps) {
  let b = Infinity;
  for (let i = 0; i < reps; i++) {
    const t = now();
    re.lastIndex = 0;
    re.exec(text);
    const dt = now() - t;
    b = Math.min(b, dt);
    if (dt > 0.02) break;
  }
  return b;
}

cases.forEach((c, k) => {
  if (k % 1000 === 0) console.error(`${k} cases, ${flagged.size} flagged, ${(now() - started).toFixed(0)} s`);
  const key = `${c.icase}/${c.pattern}`;
  if (!compiled.has(key)) {
    try {
      compiled.set(key, new RegExp(c.pattern, c.icase ? "dvyi" : "dvy"));
    } catch {
      compiled.set(key, null);
    }
  }
  const re = compiled.get(key);
  if (!re) return;
  const make = (n) => c.prefix + c.pump.repeat(n) + c.suffix;
  const points = [];
  let n = 4;
  let verdict = null;
  for (;;) {
    const text = make(n);
    let t = best(re, text, 2);
    for (let total = t * 2, reps = 2; total < 3e-4 && reps < 200; reps++) {
      const dt = best(re, text, 1);
      t = Math.min(t, dt);
      total += dt;
    }
    points.push([n, t]);
    // A V8 pause (tier-up compilation, GC) is not the pattern's doing: re-time.
    if (t > 0.02) t = best(re, text, 3);
    if (t > 0.02) {
      if (text.length < 4096) verdict = [Infinity, text.length];
      break;
    }
    if (text.length > 16384) break;
    n = t < 5e-5 ? n * 2 : n + Math.ceil(n / 4);
  }
  if (!verdict) {
    const m = points.filter((p) => p[1] > 2e-4);
    if (m.length >= 2) {
      const [a, b] = m.slice(-2);
      const slope = Math.log(b[1] / a[1]) / Math.log(b[0] / a[0]);
      if (slope >= 1.6) {
        const n1 = Math.max(1, Math.floor(points.at(-1)[0] / 4));
        const [t1, t2, t4] = [n1, 2 * n1, 4 * n1].map((x) => best(re, make(x), 7));
        if (t2 / t1 > 2.8 && t4 / t2 > 2.8) verdict = [Math.log2(t4 / t2), 4 * n1 * c.pump.length];
      }
    }
  }
  if (verdict) {
    const prev = flagged.get(c.id);
    if (!prev || verdict[0] > prev[0]) flagged.set(c.id, [...verdict, `${JSON.stringify(c.prefix)} + ${JSON.stringify(c.pump)}×n + ${JSON.stringify(c.suffix)}`]);
  }
});
for (const [id, [slope, len, how]] of [...flagged].sort()) {
  console.log(`${id}\t${slope === Infinity ? "20 ms" : `slope ${slope.toFixed(1)}`} at ${len} bytes\t${how}`);
}
console.error(`${cases.length} cases, ${flagged.size} rules flagged, ${(now() - started).toFixed(1)} s`);
