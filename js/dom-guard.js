// What every DOM path of the package (renderInto, Renderer#update, <recap-post>,
// the editor's preview) does to a fragment of Recap's HTML before it goes
// live, while it is still inert (parsed in a <template>):
//
// * embeds past the live limit become click-to-load facades, so that a post
//   with a thousand videos does not make the page load a thousand players;
// * an `id` or `name` that would take over a member the page itself added to
//   `document` or to forms (a polyfill, another browser's API) is prefixed, as
//   Recap's own table of the browser's members does in the HTML
//   (src/html/clobber.rs).
//
// The facade is built here only, for the element and the renderer alike.

const YOUTUBE = /^https:\/\/www\.youtube(?:-nocookie)?\.com\/embed\/([A-Za-z0-9_-]{11})(\?.*)?$/;
const VIMEO = /^https:\/\/player\.vimeo\.com\/video\/(\d+)(\?.*)?$/;

/** Facade buttons made here: only these play (a post cannot bring a button of its own). */
const facadeButtons = new WeakSet();
/** Elements with the click listener that plays facades. */
const armed = new WeakSet();

/** Elements that `document` or a form also exposes by `id` (the rest only by `name`). */
const NAMED_BY_ID = new Set(["EMBED", "FIELDSET", "FORM", "IFRAME", "IMG", "OBJECT", "OUTPUT"]);

/** Inline styles of a facade shown outside the widget, where no stylesheet dresses it. */
const WRAPPER_STYLE = "position: relative; aspect-ratio: 16 / 9; max-width: 100%; background: #111; color: #fff; overflow: hidden;";
const BUTTON_STYLE = "position: absolute; inset: 0; width: 100%; height: 100%; cursor: pointer; color: inherit; background: none; border: 0; font: inherit;";
const FRAME_STYLE = "position: absolute; inset: 0; width: 100%; height: 100%; border: 0;";

/**
 * Replaces a YouTube or Vimeo `iframe` (or the wrapper it is the only child of)
 * with a click-to-load facade; returns it, or null for another iframe.
 * `styled`: give it inline styles (outside the widget's shadow root).
 */
export function facade(iframe, styled) {
  const doc = iframe.ownerDocument;
  const src = iframe.getAttribute("src") || "";
  const yt = YOUTUBE.exec(src);
  const vimeo = VIMEO.exec(src);
  if (!yt && !vimeo) return null;
  const title = iframe.getAttribute("title") || (yt ? "YouTube video" : "Vimeo video");
  const play = yt
    ? `https://www.youtube-nocookie.com/embed/${yt[1]}${(yt[2] || "?").replace(/autoplay=0/, "autoplay=1")}`
    : `https://player.vimeo.com/video/${vimeo[1]}?dnt=1&autoplay=1`;
  const wrapper = doc.createElement("div");
  wrapper.className = "video";
  wrapper.setAttribute("part", "video");
  const button = doc.createElement("button");
  button.type = "button";
  button.dataset.src = play;
  button.setAttribute("aria-label", `Play: ${title}`);
  const label = doc.createElement("span");
  label.className = "label";
  label.textContent = `${title} — plays from ${yt ? "youtube-nocookie.com" : "vimeo.com"}`;
  button.append(label);
  wrapper.append(button);
  if (styled) {
    wrapper.setAttribute("style", WRAPPER_STYLE);
    button.setAttribute("style", BUTTON_STYLE);
  }
  facadeButtons.add(button);
  const parent = iframe.parentElement;
  const outer = parent && parent.tagName === "DIV" && parent.children.length === 1 && !parent.classList.contains("video") ? parent : iframe;
  outer.replaceWith(wrapper);
  return wrapper;
}

/** Plays a facade: the iframe is made here, from the URL built above. */
export function playFacade(button) {
  if (!facadeButtons.has(button)) return;
  const iframe = button.ownerDocument.createElement("iframe");
  iframe.src = button.dataset.src;
  iframe.title = button.getAttribute("aria-label").replace(/^Play: /, "");
  iframe.allow = "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share; fullscreen";
  iframe.referrerPolicy = "strict-origin-when-cross-origin";
  iframe.allowFullscreen = true;
  iframe.setAttribute("style", FRAME_STYLE);
  button.replaceWith(iframe);
  iframe.focus();
}

/** Makes the facades inside `root` play on click (one listener per root, however often called). */
export function armFacades(root) {
  if (armed.has(root)) return;
  armed.add(root);
  root.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (button && facadeButtons.has(button)) playFacade(button);
  });
}

/** Whether the page has added `name` to what named access on document or a form would hide. */
function addedByPage(name) {
  try {
    return (name in document && !Object.hasOwn(document, name)) || name in HTMLFormElement.prototype;
  } catch {
    return true;
  }
}

/**
 * Prepares an inert fragment of Recap's HTML for the page: at most
 * `liveEmbeds` embeds stay live, the rest become facades (`styled` as in
 * `facade`); ids and names the page's own additions would clash with get
 * `prefix`. Returns how many embeds stayed live.
 */
export function prepareFragment(fragment, { liveEmbeds = Infinity, prefix, styled = true }) {
  let live = 0;
  for (const iframe of fragment.querySelectorAll("iframe")) {
    if (live < liveEmbeds) live += 1;
    else facade(iframe, styled);
  }
  for (const el of fragment.querySelectorAll("[name], [id]")) {
    for (const attribute of ["name", "id"]) {
      const value = el.getAttribute(attribute);
      if (value === null || value.startsWith(prefix) || (attribute === "id" && !NAMED_BY_ID.has(el.tagName))) continue;
      if (addedByPage(value)) el.setAttribute(attribute, prefix + value);
    }
  }
  return live;
}
