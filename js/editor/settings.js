// The site settings dialog: the site's config (hugo.yaml/.toml/.json, read by
// the package's parseConfig — its format from the file name, or as chosen),
// a front-matter schema, shortcode templates, and a site bundle made by
// `recap pack` (a JSON file, given as is to `new Renderer(bundle)`).
import { el } from "./dom.js";

/** The config formats the author can choose; "auto" lets the package decide from the text. */
const FORMATS = [
  ["auto", "Format: from the file name, or guessed from the text", "hugo"],
  ["yaml", "YAML (hugo.yaml)", "hugo.yaml"],
  ["toml", "TOML (hugo.toml)", "hugo.toml"],
  ["json", "JSON (hugo.json)", "hugo.json"],
];

/** Splits the shortcode box: `name.html` on a line, then its template, blank line between. */
export function parseShortcodes(text) {
  const out = {};
  for (const part of text.split(/\n\s*\n(?=[\w/-]+\.html\n)/)) {
    const m = /^([\w/-]+)\.html\n([\s\S]*)$/.exec(part.trim());
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/**
 * Opens the dialog in `root`. `apply(next)` makes the renderer from the new
 * settings (it may load the template engine; it throws on bad settings).
 */
export function openSettings({ root, settings, parseConfig, presetSchema, apply }) {
  const configText = el("textarea", { id: "recap-set-config", rows: "6", spellcheck: "false" }, settings.configText || "");
  let configName = settings.configName || "";
  const format = el("select", { id: "recap-set-config-format", "aria-label": "Config format" }, ...FORMATS.map(([v, label]) => el("option", { value: v }, label)));
  format.value = (FORMATS.find(([, , name]) => name === configName) || FORMATS[0])[0];
  const schemaText = el("textarea", { id: "recap-set-schema", rows: "6", spellcheck: "false" }, settings.schema ? JSON.stringify(settings.schema, null, 2) : "");
  const shortcodesText = el("textarea", { id: "recap-set-shortcodes", rows: "6", spellcheck: "false", placeholder: "name.html\n<template text>\n\nother.html\n…" }, settings.shortcodesText || "");
  let bundle = settings.bundle || null;
  let bundleName = settings.bundleName || "";
  const bundleLabel = el("span", { class: "bundle-name" }, bundleName || "none");
  const error = el("p", { class: "settings-error", role: "alert" });
  const filePicker = (id, onFiles, multiple = false, accept = null) => el("input", { type: "file", id, multiple, accept, onchange: async (e) => onFiles([...e.target.files]) });
  const configFile = filePicker("recap-set-config-file", async ([f]) => {
    if (!f) return;
    configText.value = await f.text();
    configName = f.name;
    const known = FORMATS.find(([v]) => f.name.toLowerCase().endsWith(`.${v}`) || (v === "yaml" && /\.yml$/i.test(f.name)));
    format.value = known ? known[0] : "auto";
  });
  format.addEventListener("change", () => {
    configName = FORMATS.find(([v]) => v === format.value)[2];
  });
  const apply_ = el("button", { type: "button", class: "primary" }, "Apply");
  const cancel = el("button", { type: "button" }, "Cancel");
  const dialog = el(
    "dialog",
    { class: "settings", "aria-labelledby": "recap-settings-title" },
    el("h2", { id: "recap-settings-title" }, "Site settings"),
    el("label", { for: "recap-set-bundle" }, "Site bundle (made by recap pack; the preview uses the site's own layouts)"),
    el(
      "div",
      { class: "row" },
      filePicker(
        "recap-set-bundle",
        async ([f]) => {
          if (!f) return;
          try {
            bundle = JSON.parse(await f.text());
            bundleName = f.name;
            bundleLabel.textContent = f.name;
            error.textContent = "";
          } catch (e) {
            error.textContent = `${f.name} is not a site bundle (JSON): ${e.message}`;
          }
        },
        false,
        ".json,application/json",
      ),
      bundleLabel,
      el("button", { type: "button", onclick: () => ((bundle = null), (bundleName = ""), (bundleLabel.textContent = "none")) }, "Clear"),
    ),
    el("label", { for: "recap-set-config" }, "Site config (hugo.yaml, hugo.toml or hugo.json)"),
    configText,
    el("div", { class: "row" }, configFile, format),
    el("label", { for: "recap-set-schema" }, "Front-matter schema (JSON Schema)"),
    schemaText,
    el(
      "div",
      { class: "row" },
      filePicker("recap-set-schema-file", async ([f]) => f && (schemaText.value = await f.text())),
      el("button", { type: "button", onclick: () => (schemaText.value = JSON.stringify(presetSchema, null, 2)) }, "Use the Recap post preset"),
    ),
    el("label", { for: "recap-set-shortcodes" }, "Shortcode templates (file name, then the template; blank line between)"),
    shortcodesText,
    filePicker("recap-set-shortcodes-file", async (files) => (shortcodesText.value = (await Promise.all(files.map(async (f) => `${f.name}\n${await f.text()}`))).join("\n\n")), true),
    error,
    el("div", { class: "row" }, apply_, cancel),
  );
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  cancel.addEventListener("click", close);
  apply_.addEventListener("click", async () => {
    try {
      const name = configName || FORMATS.find(([v]) => v === format.value)[2];
      const next = {
        configText: configText.value,
        configName: name,
        config: configText.value.trim() ? parseConfig(configText.value, name) : {},
        schema: schemaText.value.trim() ? JSON.parse(schemaText.value) : null,
        shortcodesText: shortcodesText.value,
        shortcodes: parseShortcodes(shortcodesText.value),
        bundle,
        bundleName,
      };
      apply_.disabled = true;
      apply_.textContent = "Loading…";
      try {
        await apply(next);
      } finally {
        apply_.disabled = false;
        apply_.textContent = "Apply";
      }
      close();
    } catch (e) {
      error.textContent = e.message;
    }
  });
  root.append(dialog);
  dialog.showModal();
  configText.focus();
}
