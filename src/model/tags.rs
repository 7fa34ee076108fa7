//! Competency tags: a list separated by `;` or `,`, compared
//! case-insensitively after trimming, duplicates counted once.

use serde::{Deserialize, Serialize};

/// The comparison key of a tag: trimmed and lower-cased.
pub fn normalize_tag(tag: &str) -> String {
    tag.trim().to_lowercase()
}

/// A set of tags that keeps the user's spelling (first occurrence) for
/// display and compares by [`normalize_tag`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Tags(Vec<String>);

impl Tags {
    /// Parses `a; b, c`: pieces separated by `;` or `,`, empty ones dropped,
    /// duplicates (after normalisation) dropped.
    pub fn parse(text: &str) -> Tags {
        Tags::from_iter(text.split([';', ',']))
    }

    /// True when no tag is listed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of distinct tags.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The tags as the user spelled them, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// True when `tag` is in the set (case-insensitively).
    pub fn contains(&self, tag: &str) -> bool {
        let key = normalize_tag(tag);
        self.0.iter().any(|t| normalize_tag(t) == key)
    }

    /// The tags of `required` that `self` lacks (objective.md, term F).
    pub fn missing<'a>(&self, required: &'a Tags) -> Vec<&'a str> {
        required.iter().filter(|t| !self.contains(t)).collect()
    }

    /// The tags joined with `; ` as written in data files.
    pub fn to_field(&self) -> String {
        self.0.join("; ")
    }
}

impl<'a> FromIterator<&'a str> for Tags {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Tags {
        let mut out: Vec<String> = Vec::new();
        for piece in iter {
            let piece = piece.trim();
            if piece.is_empty() {
                continue;
            }
            let key = normalize_tag(piece);
            if !out.iter().any(|t| normalize_tag(t) == key) {
                out.push(piece.to_string());
            }
        }
        Tags(out)
    }
}
