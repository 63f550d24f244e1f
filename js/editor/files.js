// Opening and saving posts. Where the browser has the File System Access API
// (showOpenFilePicker, createWritable), a file opened or dropped is saved back
// in place by Ctrl+S; elsewhere Save downloads the post. Only text is opened:
// an image or other binary file is refused with a message, never read as a post.

/** Extensions read as text whatever type the browser reports. */
const TEXT_EXTENSIONS = /\.(md|markdown|mdown|mkd|txt|text|html?|toml|ya?ml|json|org|adoc|asciidoc|rst)$/i;

/** Why `file` is not a text file Recap can open, or null when it is. */
export async function refuseReason(file) {
  const type = file.type || "";
  const named = TEXT_EXTENSIONS.test(file.name || "");
  if (!named && type && !type.startsWith("text/") && !/\b(json|yaml|toml|xml)\b/.test(type)) {
    return `${file.name} is not a text file (${type}); Recap opens Markdown and other text files`;
  }
  // The type can be empty or wrong: look at the bytes too.
  const head = new Uint8Array(await file.slice(0, 8192).arrayBuffer());
  if (head.includes(0)) return `${file.name} is not a text file (it has binary data); Recap opens Markdown and other text files`;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, lastCompleteChar(head)));
  } catch {
    return `${file.name} is not UTF-8 text; Recap opens Markdown and other text files`;
  }
  return null;
}

/** The length of `bytes` without a UTF-8 sequence cut off at its end. */
function lastCompleteChar(bytes) {
  let i = bytes.length;
  let back = 0;
  while (i > 0 && back < 4 && (bytes[i - 1] & 0xc0) === 0x80) {
    i -= 1;
    back += 1;
  }
  if (i > 0 && bytes[i - 1] >= 0xc0) {
    const need = bytes[i - 1] >= 0xf0 ? 4 : bytes[i - 1] >= 0xe0 ? 3 : 2;
    if (back + 1 < need) return i - 1;
  }
  return bytes.length;
}

const PICKER_TYPES = [{ description: "Markdown and text", accept: { "text/markdown": [".md", ".markdown"], "text/plain": [".txt", ".html", ".toml", ".yaml", ".yml", ".json", ".org"] } }];

/** Whether this browser can write a file back in place. */
export const canSaveInPlace = () => typeof globalThis.showOpenFilePicker === "function";

/** Asks for a file: `{ file, handle }` (handle when the browser can save in place), or null. */
export async function pickFile(input) {
  if (canSaveInPlace()) {
    try {
      const [handle] = await globalThis.showOpenFilePicker({ types: PICKER_TYPES, excludeAcceptAllOption: false, multiple: false });
      return { file: await handle.getFile(), handle };
    } catch (e) {
      if (e && e.name === "AbortError") return null;
      throw e;
    }
  }
  return new Promise((resolve) => {
    input.value = "";
    input.onchange = () => resolve(input.files[0] ? { file: input.files[0], handle: null } : null);
    input.oncancel = () => resolve(null);
    input.click();
  });
}

/** The file dropped, with its handle where the browser gives one. */
export async function droppedFile(dataTransfer) {
  const item = [...(dataTransfer.items || [])].find((i) => i.kind === "file");
  if (item && typeof item.getAsFileSystemHandle === "function") {
    const file = item.getAsFile();
    try {
      const handle = await item.getAsFileSystemHandle();
      if (handle && handle.kind === "file") return { file: file || (await handle.getFile()), handle };
    } catch {
      // Fall back to the plain file.
    }
    if (file) return { file, handle: null };
  }
  const file = dataTransfer.files && dataTransfer.files[0];
  return file ? { file, handle: null } : null;
}

/**
 * Saves `text`: in place through `handle` when there is one (asking for
 * permission if needed), else to a new file chosen by the author where the
 * browser can, else as a download. Returns the handle written to (or null).
 */
export async function saveText(text, fileName, handle) {
  if (!handle && typeof globalThis.showSaveFilePicker === "function") {
    try {
      handle = await globalThis.showSaveFilePicker({ suggestedName: fileName, types: PICKER_TYPES });
    } catch (e) {
      if (e && e.name === "AbortError") return undefined;
      handle = null;
    }
  }
  if (handle) {
    if (typeof handle.requestPermission === "function" && (await handle.requestPermission({ mode: "readwrite" })) !== "granted") {
      throw new Error(`no permission to write ${fileName}`);
    }
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    return handle;
  }
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "text/markdown" }));
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  return null;
}
