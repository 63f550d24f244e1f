// Code highlighting in the browser, off the main thread. Recap's renderer asks
// `globalThis.__recapHighlight(kind, code, lang, attributesOrOptions, ordinal,
// config)` for each code block it has not had an answer for (synchronously,
// while it renders; the module keeps answers, src/highlight.rs): the answer is
// the highlighting module's from the cache (its `answer`: the block's HTML, or
// `{ html, problem }` when the author is to be told something, which the
// renderer reports as natively), or `undefined` ("not yet": the block is
// written plain) and the request is queued for a Web Worker running the
// highlighting module (highlight-worker.js). The module writes an answer as it
// is, trusted: a bridge a page installs instead must answer with that
// module's. When answers arrive, listeners
// (recap.js's renderers) re-render, and the DOM patcher replaces just those
// blocks. The worker, and so the module, is started by the first request: a
// post without code blocks never loads it.
//
// A block the worker has not finished `TIME_LIMIT_MS` after it started on it
// (`LOAD_LIMIT_MS` after it was sent, while the worker loads the module) is given up on: the
// worker is terminated (a backtracking pattern cannot be interrupted) and a new
// one takes the next request; the block stays plain, with a problem that says
// so in its answer, and a `recap-highlight-abandoned` event (detail: { lang,
// bytes }) reports it. A block the worker fails on stays plain alike; after
// `START_FAILURES` workers in a row fail before their first message (the
// script blocked or missing), no other is started and every block is plain so.

/** How long one block may take in the worker before it is given up on. */
export const TIME_LIMIT_MS = 3000;
/** How long the worker may take to load what it needs (the module, the styles chunk) before it starts on a block. */
const LOAD_LIMIT_MS = 30000;
/** At most this long between answers arriving and their re-render, however busy the page. */
const IDLE_WAIT_MS = 500;
/** Workers that failed before their first message, in a row, after which no other is started. */
const START_FAILURES = 2;
/** Answers kept (the most recently used), for every module instance of the page (each keeps its own too). */
const CACHE_SIZE = 1000;

const cache = new Map();
/** Keys given up on, with their answers: plain, and why. */
const abandoned = new Map();
/** Requests waiting for the worker, and the one it is working on. */
const queue = [];
const queued = new Set();
let current = null;
let worker = null;
/** Whether the worker in use has sent a message; workers in a row that failed before one did; why none can run. */
let heard = false;
let failedStarts = 0;
let broken = null;
let timer = null;
let nextId = 1;
const listeners = new Set();
let notifying = false;

function key(kind, code, lang, attributes, ordinal, config) {
  return `${kind}\u0000${lang}\u0000${attributes}\u0000${ordinal}\u0000${config}\u0000${code}`;
}

function remember(k, answer) {
  cache.delete(k);
  cache.set(k, answer);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
}

function notify() {
  if (notifying) return;
  notifying = true;
  const run = () => {
    notifying = false;
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.error("Recap: a highlighting listener failed", error);
      }
    }
  };
  // After the current task: answers arriving together re-render once. In idle
  // time where the browser has it, so that putting answers in never shares a
  // frame with the re-render of a key being typed (in an editor both wait for
  // the same animation frame, which made one long task of the two); within
  // IDLE_WAIT_MS whatever the page is doing.
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
  else if (typeof requestAnimationFrame === "function" && typeof document !== "undefined" && !document.hidden) requestAnimationFrame(run);
  else setTimeout(run, 0);
}

function startWorker() {
  worker = new Worker(new URL("./highlight-worker.js", import.meta.url), { type: "module" });
  heard = false;
  worker.onmessage = (event) => {
    heard = true;
    failedStarts = 0;
    const { id, running, answer, error } = event.data;
    if (!current || current.id !== id) return;
    clearTimeout(timer);
    if (running) {
      timer = setTimeout(timedOut, TIME_LIMIT_MS);
      return;
    }
    const done = current;
    current = null;
    if (answer !== undefined) remember(done.key, answer);
    else {
      console.error(`Recap: highlighting a ${done.request.lang || "plain"} block failed: ${error}`);
      giveUp(done.key, failed(error));
    }
    notify();
    pump();
  };
  worker.onerror = (event) => {
    console.error("Recap: the highlighting worker failed", event.message || event);
    event.preventDefault?.();
    const reason = event.message || "the worker stopped";
    // A worker that cannot start (its script blocked or missing) is not tried block after block.
    if (!heard && ++failedStarts >= START_FAILURES) broken = `the highlighting worker does not start (${reason}): code is shown plain`;
    restart(failed(reason));
  };
}

/** Gives up on the block in hand (`problem`: why it stays plain) and starts a fresh worker for the rest. */
function restart(problem) {
  clearTimeout(timer);
  if (worker) worker.terminate();
  worker = null;
  if (current) {
    giveUp(current.key, problem);
    current = null;
    notify();
  }
  pump();
}

/** The block in hand ran past `TIME_LIMIT_MS`. */
function timedOut() {
  const { lang, code } = current.request;
  if (typeof dispatchEvent === "function" && typeof CustomEvent === "function") {
    dispatchEvent(new CustomEvent("recap-highlight-abandoned", { detail: { lang, bytes: code.length } }));
  }
  console.warn(`Recap: a ${lang || "plain"} block took over ${TIME_LIMIT_MS} ms to highlight and stays plain`);
  restart(`this block took more than ${TIME_LIMIT_MS} ms to highlight: it is shown plain`);
}

/** The block of `key` stays plain from now on: its answer has no HTML, and `problem` says why. */
function giveUp(key, problem) {
  abandoned.set(key, { problem });
}

/** Why a block the highlighter failed on is plain. */
function failed(reason) {
  return `the highlighter failed on this block (${reason}): it is shown plain`;
}

function pump() {
  if (broken) {
    const waiting = queue.splice(0);
    queued.clear();
    for (const request of waiting) giveUp(request.key, broken);
    if (waiting.length) notify();
    return;
  }
  if (current || queue.length === 0) return;
  if (!worker) startWorker();
  current = queue.shift();
  queued.delete(current.key);
  timer = setTimeout(timedOut, LOAD_LIMIT_MS);
  worker.postMessage({ id: current.id, ...current.request });
}

/**
 * The renderer's synchronous question: this block's answer if known, else
 * `undefined` (the request is queued).
 */
export function bridge(kind, code, lang, attributes, ordinal, config) {
  const k = key(kind, code, lang, attributes, ordinal, config);
  const hit = cache.get(k);
  if (hit !== undefined) {
    remember(k, hit);
    return hit;
  }
  const given = abandoned.get(k);
  if (given !== undefined) return given;
  if (broken) {
    giveUp(k, broken);
    return abandoned.get(k);
  }
  if (!queued.has(k) && !(current && current.key === k)) {
    queued.add(k);
    queue.push({ id: nextId++, key: k, request: { kind, code, lang, attributes, ordinal, config } });
    pump();
  }
  return undefined;
}

/** Calls `listener` after highlighted blocks arrive; returns a function that stops it. */
export function onHighlight(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether requests are waiting (for tests and benchmarks). */
export function highlightIdle() {
  return current === null && queue.length === 0;
}

/** Installs the bridge the renderer calls (once; recap.js does it). */
export function installBridge() {
  if (typeof Worker === "function" && typeof globalThis.__recapHighlight !== "function") globalThis.__recapHighlight = bridge;
}
