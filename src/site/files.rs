//! The files of a site, as the core receives them: the CLI reads a folder into
//! [`Files`], the browser gets them from a bundle. The core never touches the
//! file system.

use std::collections::BTreeMap;

/// One file of a site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum File {
    /// A text file (config, layout, data, text asset, content page).
    Text(String),
    /// A file whose bytes the core does not need (an image): only that it exists.
    Binary {
        /// Its size in bytes.
        size: u64,
    },
}

/// A site's files by path relative to the site's root, with `/` separators.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Files {
    files: BTreeMap<String, File>,
}

/// File names Hugo reads as a site's root config.
pub fn is_config_name(name: &str) -> bool {
    super::config::ROOT_NAMES.contains(&name)
}

impl Files {
    /// Adds a text file.
    pub fn insert_text(&mut self, path: &str, text: &str) {
        self.files.insert(normalize(path), File::Text(text.to_owned()));
    }

    /// Adds a file.
    pub fn insert(&mut self, path: &str, file: File) {
        self.files.insert(normalize(path), file);
    }

    /// Whether `path` exists.
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// The text of `path`, if it is a text file.
    pub fn text(&self, path: &str) -> Option<&str> {
        match self.files.get(path) {
            Some(File::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// The file at `path`.
    pub fn get(&self, path: &str) -> Option<&File> {
        self.files.get(path)
    }

    /// Paths under a folder prefix (ending in `/`), in order.
    pub fn paths_under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.files.range(prefix.to_owned()..).map(|(k, _)| k.as_str()).take_while(move |k| k.starts_with(prefix))
    }

    /// Every file, in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &File)> {
        self.files.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// How many files there are.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

fn normalize(path: &str) -> String {
    path.replace('\\', "/").trim_start_matches("./").trim_start_matches('/').to_owned()
}
