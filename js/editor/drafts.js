// Never losing work: the current draft and the last versions of the post, in
// localStorage. A version is kept before every replacing action (open, drop,
// new, restore) and every few minutes while typing, so any text the author
// had can be brought back from the History dialog.

const KEYS = { draft: "recap-editor:draft", versions: "recap-editor:versions", settings: "recap-editor:settings" };
/** How many versions are kept. */
export const MAX_VERSIONS = 20;
/** A new version while typing at most this often. */
const VERSION_EVERY_MS = 2 * 60 * 1000;

function read(key, fallback) {
  try {
    const v = JSON.parse(localStorage.getItem(key) || "null");
    return v ?? fallback;
  } catch {
    return fallback;
  }
}

/** Writes, dropping the oldest versions when the storage is full; false if it still does not fit. */
function write(key, value) {
  for (;;) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      const versions = read(KEYS.versions, []);
      if (!versions.length) return false;
      versions.shift();
      try {
        localStorage.setItem(KEYS.versions, JSON.stringify(versions));
      } catch {
        return false;
      }
    }
  }
}

/** The draft store; `enabled: false` keeps everything in memory only. */
export function createDrafts(enabled) {
  const memory = { draft: null, versions: [], settings: {} };
  /** When the newest version was kept (read once: the versions can be megabytes). */
  let newestAt = null;
  return {
    /** The saved draft `{ text, fileName, savedText, at }`, or null. */
    draft: () => (enabled ? read(KEYS.draft, null) : memory.draft),
    saveDraft(draft) {
      const value = { ...draft, at: Date.now() };
      if (!enabled) memory.draft = value;
      else write(KEYS.draft, value);
      // A version every few minutes of typing.
      if (newestAt === null) newestAt = this.versions()[0]?.at ?? 0;
      if (value.at - newestAt > VERSION_EVERY_MS) this.keepVersion(draft.text, draft.fileName, "autosave");
    },
    /** Versions, newest first: `{ text, fileName, at, reason }`. */
    versions: () => [...(enabled ? read(KEYS.versions, []) : memory.versions)].reverse(),
    /** Keeps `text` as a version (unless it is the newest one already). */
    keepVersion(text, fileName, reason) {
      if (typeof text !== "string" || !text.trim()) return;
      const versions = enabled ? read(KEYS.versions, []) : memory.versions;
      if (versions.length && versions[versions.length - 1].text === text) return;
      newestAt = Date.now();
      versions.push({ text, fileName, at: newestAt, reason });
      while (versions.length > MAX_VERSIONS) versions.shift();
      if (enabled) write(KEYS.versions, versions);
    },
    settings: () => (enabled ? read(KEYS.settings, {}) : memory.settings),
    saveSettings(settings) {
      if (!enabled) memory.settings = settings;
      else if (!write(KEYS.settings, settings)) console.warn("Recap editor: the site settings are too large to keep in this browser's storage");
    },
  };
}

const PREFS = "recap-editor:prefs";

/** The author's view preferences (soft wrap, side pane), kept apart from the site settings. */
export function loadPrefs(enabled) {
  return enabled ? read(PREFS, {}) : {};
}

export function savePrefs(enabled, prefs) {
  if (enabled) write(PREFS, prefs);
}
