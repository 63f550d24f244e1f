//! Applying a patch plan to the DOM: each top-level block is the list of nodes
//! its HTML parses to; kept blocks are not touched (only their
//! `data-source-line` is updated), so iframes, `<details>` state, focus and
//! selection inside them survive.

use crate::patch::{diff, Step};
use crate::Block;
use serde_json::json;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlTemplateElement, Node};

struct Mounted1 {
    key: String,
    nodes: Vec<Node>,
}

/// An element kept up to date with a post.
pub struct Mounted {
    root: Element,
    blocks: Vec<Mounted1>,
}

impl Mounted {
    pub fn new(root: Element) -> Mounted {
        Mounted { root, blocks: Vec::new() }
    }

    /// Patches the element to show `blocks`; returns what was done.
    pub fn apply(&mut self, blocks: &[Block]) -> Result<serde_json::Value, JsValue> {
        let old_keys: Vec<&str> = self.blocks.iter().map(|b| b.key.as_str()).collect();
        let new_keys: Vec<&str> = blocks.iter().map(|b| b.key.as_str()).collect();
        let plan = diff(&old_keys, &new_keys);
        let mut old: Vec<Option<Mounted1>> = std::mem::take(&mut self.blocks).into_iter().map(Some).collect();
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
        let mut fresh: Vec<Option<Mounted1>> = Vec::with_capacity(blocks.len());
        let (mut inserted, mut moved, mut kept) = (0, 0, 0);
        // From the last block to the first, each block goes before the one after it.
        let mut anchor: Option<Node> = None;
        let mut out: Vec<Mounted1> = Vec::with_capacity(blocks.len());
        for (block, step) in blocks.iter().zip(plan.steps.iter()).rev() {
            let mounted = match step {
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
                    let template: HtmlTemplateElement = document.create_element("template")?.unchecked_into();
                    template.set_inner_html(&block.html);
                    let content = template.content();
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
                    Mounted1 { key: block.key.clone(), nodes }
                }
            };
            let lines = format!("{}-{}", block.start_line, block.end_line);
            for n in &mounted.nodes {
                if let Some(e) = n.dyn_ref::<Element>() {
                    if e.get_attribute("data-source-line").as_deref() != Some(lines.as_str()) {
                        e.set_attribute("data-source-line", &lines)?;
                    }
                }
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
