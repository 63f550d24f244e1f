// Delimiter floods at full size (`make bench`, or alone: `node tools/bench/floods.mjs`
// after `make package`): the table of tests/data/floods.txt, each construct
// repeated to N and 4N bytes, timed natively (tests/floods.rs, release build)
// and in headless Chromium (`render()`, tests/e2e/hostile.test.mjs's floods
// test). `make test` runs both at N = 40 KB; here N is FULL_BYTES, the size the
// issue found the floods at (~700 KB of `{{< `). Both print the same rows:
// name, time at N, time at 4N, growth (linear is ×4; the tests fail past ×8).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { root } from "../../tests/e2e/harness.mjs";

/** The smaller input of each case; the larger is 4 times it (1 MB). */
export const FULL_BYTES = 250_000;

/** Runs `command`; its rows (lines with a growth figure), or the failure's tail. */
function rows(command, args, reporter) {
  const env = { ...process.env, RECAP_FLOOD_BYTES: String(FULL_BYTES) };
  const run = spawnSync(command, args, { cwd: root, env, encoding: "utf8", maxBuffer: 64 << 20 });
  const text = `${run.stdout}\n${run.stderr}`;
  const lines = text
    .split("\n")
    .map(reporter)
    .filter((l) => l && / ×\d/.test(l) && !/^[✔✖]/.test(l));
  const verdict = run.status === 0 ? "every case within ×8" : `FAILED (exit ${run.status}): ${text.trim().split("\n").slice(-3).join(" ")}`;
  return { lines, verdict };
}

/** The section of BENCHMARKS.md. */
export function floodsSection() {
  const native = rows("cargo", ["test", "-q", "--release", "--test", "floods", "--", "--nocapture"], (l) => l.trimEnd());
  const chromium = rows(
    "node",
    ["--test", "--test-name-pattern", "floods table", "--test-reporter=spec", "tests/e2e/hostile.test.mjs"],
    // The spec reporter prints a test's diagnostics as `ℹ <line>`.
    (l) => l.replace(/^\s*ℹ /, "").trimEnd(),
  );
  const kb = (n) => `${Math.round(n / 1000)} KB`;
  return [
    `## Delimiter floods at full size (${kb(FULL_BYTES)} and ${kb(4 * FULL_BYTES)})`,
    "",
    "Each construct of `tests/data/floods.txt` repeated to N and 4N bytes, best of 3 (`make test` runs the same table at 40 KB). Columns: time at N, at 4N, growth (linear ×4; a case past ×8 is measured again 4× larger, and fails past ×8 there too).",
    "",
    `Native (release, \`tests/floods.rs\`): ${native.verdict}.`,
    "",
    "```",
    ...native.lines,
    "```",
    "",
    `Chromium (\`render()\`, \`tests/e2e/hostile.test.mjs\`): ${chromium.verdict}.`,
    "",
    "```",
    ...chromium.lines,
    "```",
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(floodsSection());
