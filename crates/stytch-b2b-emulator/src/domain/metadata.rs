//! Trusted and untrusted metadata maps of organizations and members.

use serde_json::{Map, Value};

/// `map` without its null values (a new object never stores a null).
pub(crate) fn strip_nulls(mut map: Map<String, Value>) -> Map<String, Value> {
    map.retain(|_, v| !v.is_null());
    map
}

/// Top-level keys of `update` replace those of `target`; a null deletes the key.
pub(crate) fn merge_metadata(target: &mut Map<String, Value>, update: Option<Map<String, Value>>) {
    for (k, v) in update.unwrap_or_default() {
        if v.is_null() {
            target.remove(&k);
        } else {
            target.insert(k, v);
        }
    }
}
