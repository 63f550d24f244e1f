//! Applying a patch plan to the DOM: each top-level block is the list of nodes
//! its HTML parses to; kept blocks are not touched (only their
//! `data-source-line` is updated), so iframes, `<details>` state, focus and
//! selection inside them survive.
//!
//! New blocks are parsed in a `<template>`, where nothing loads, and handed to
//! the page's `prepare` hook (js/dom-guard.js) in document order before they
//! go live: it keeps at most the live-embed allowance of iframes and turns the
//! rest into click-to-load facades.

use crate::patch::{diff, Step};
use crate::Block;
use serde_json::json;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DocumentFragment, Element, HtmlTemplateElement, Node};

struct MountedBlock {
    key: String,
    nodes: Vec<Node>,
    /// The `data-source-line` its elements were given last, kept here so that
    /// a key that moves no line touches no block's attributes (issue 17: a
    /// 200 KB post has thousands of blocks; reading each one's attribute back
    /// from the DOM took 3 ms a key).
    lines: Option<(u32, u32)>,
}

/// An element kept up to date with a post.
pub struct Mounted {
    root: Element,
    blocks: Vec<MountedBlock>,
    /// `prepare(fragment, liveEmbeds, idPrefix) -> embeds kept live`, called on
    /// each new block before it is inserted.
    prepare: Option<js_sys::Function>,
}

impl Mounted {
    pub fn new(root: Element, prepare: Option<js_sys::Function>) -> Mounted {
        Mounted { root, blocks: Vec::new(), prepare }
    }

    /// The keys of the blocks shown now.
    pub fn shown(&self) -> std::collections::HashSet<&str> {
        self.blocks.iter().map(|b| b.key.as_str()).collect()
    }

    /// Parses a new block's HTML into an inert fragment.
    fn parse(document: &web_sys::Document, html: &str) -> Result<DocumentFragment, JsValue> {
        let template: HtmlTemplateElement = document.create_element("template")?.unchecked_into();
        template.set_inner_html(html);
        Ok(template.content())
    }

    /// Patches the element to show `blocks`, with at most `live_embeds` embeds
    /// live (those already in kept blocks first); returns what was done. If
    /// the patch fails partway (the `prepare` hook or the DOM throws), the
    /// element is emptied, so that it never shows blocks the next patch does
    /// not know of: the next one puts every block in afresh.
    pub fn apply(&mut self, blocks: &[Block], live_embeds: usize) -> Result<serde_json::Value, JsValue> {
        let done = self.patch(blocks, live_embeds);
        if done.is_err() {
            self.blocks.clear();
            self.root.set_inner_html("");
        }
        done
    }

    fn patch(&mut self, blocks: &[Block], live_embeds: usize) -> Result<serde_json::Value, JsValue> {
        let old_keys: Vec<&str> = self.blocks.iter().map(|b| b.key.as_str()).collect();
        let new_keys: Vec<&str> = blocks.iter().map(|b| b.key.as_str()).collect();
        let plan = diff(&old_keys, &new_keys);
        let mut old: Vec<Option<MountedBlock>> = std::mem::take(&mut self.blocks).into_iter().map(Some).collect();
        for &i in &plan.removed {
            if let Some(b) = old[i].take() {
                for n in &b.nodes {
                    if let Some(parent) = n.parent_node() {
                        parent.remove_child(n)?;
                    }
                }
            }
        }
        let document = self.root.owner_document().ok_or_else(|| JsValue::from_str("the element has no document"))?;
        // New blocks are parsed and prepared first, in document order, so that the
        // first embeds of the post are the live ones.
        let inserts = plan.steps.iter().any(|s| matches!(s, Step::Insert));
        let live = if inserts { self.root.query_selector_all("iframe")?.length() as usize } else { 0 };
        let mut allowance = live_embeds.saturating_sub(live);
        let prefix = JsValue::from_str(crate::html::CLOBBER_PREFIX);
        let mut parsed: Vec<Option<DocumentFragment>> = Vec::with_capacity(blocks.len());
        for (block, step) in blocks.iter().zip(plan.steps.iter()) {
            if !matches!(step, Step::Insert) {
                parsed.push(None);
                continue;
            }
            let content = Self::parse(&document, &block.html)?;
            if let Some(prepare) = &self.prepare {
                let kept = prepare.call3(&JsValue::NULL, &content, &JsValue::from(allowance as f64), &prefix)?;
                allowance = allowance.saturating_sub(kept.as_f64().unwrap_or(0.0) as usize);
            }
            parsed.push(Some(content));
        }
        let mut fresh: Vec<Option<MountedBlock>> = Vec::with_capacity(blocks.len());
        let (mut inserted, mut moved, mut kept) = (0, 0, 0);
        // From the last block to the first, each block goes before the one after it.
        let mut anchor: Option<Node> = None;
        let mut out: Vec<MountedBlock> = Vec::with_capacity(blocks.len());
        for ((block, step), content) in blocks.iter().zip(plan.steps.iter()).zip(parsed).rev() {
            let mut mounted = match step {
                Step::Keep(o) => {
                    kept += 1;
                    old[*o].take().expect("each old block is reused once")
                }
                Step::Move(o) => {
                    moved += 1;
                    let b = old[*o].take().expect("each old block is reused once");
                    for n in &b.nodes {
                        self.root.insert_before(n, anchor.as_ref())?;
                    }
                    b
                }
                Step::Insert => {
                    inserted += 1;
                    let content = match content {
                        Some(c) => c,
                        None => Self::parse(&document, &block.html)?,
                    };
                    let children = content.child_nodes();
                    let mut nodes = Vec::with_capacity(children.length() as usize);
                    for i in 0..children.length() {
                        if let Some(n) = children.item(i) {
                            nodes.push(n);
                        }
                    }
                    // The newline after a block's HTML is not content: leave it out, so that
                    // a changed block is exactly its elements.
                    let blank = |n: &Node| n.node_type() == Node::TEXT_NODE && n.text_content().is_some_and(|t| t.trim().is_empty());
                    while nodes.last().is_some_and(blank) {
                        nodes.pop();
                    }
                    while nodes.first().is_some_and(blank) {
                        nodes.remove(0);
                    }
                    for n in &nodes {
                        self.root.insert_before(n, anchor.as_ref())?;
                    }
                    MountedBlock { key: block.key.clone(), nodes, lines: None }
                }
            };
            let lines = (block.start_line, block.end_line);
            if mounted.lines != Some(lines) {
                let value = format!("{}-{}", lines.0, lines.1);
                for n in &mounted.nodes {
                    if let Some(e) = n.dyn_ref::<Element>() {
                        e.set_attribute("data-source-line", &value)?;
                    }
                }
                mounted.lines = Some(lines);
            }
            if let Some(first) = mounted.nodes.first() {
                anchor = Some(first.clone());
            }
            out.push(mounted);
        }
        out.reverse();
        fresh.extend(out.into_iter().map(Some));
        self.blocks = fresh.into_iter().flatten().collect();
        Ok(json!({"inserted": inserted, "moved": moved, "removed": plan.removed.len(), "kept": kept}))
    }
}
