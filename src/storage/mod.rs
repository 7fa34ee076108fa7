//! The only code that touches browser storage (`localStorage` through
//! gloo-storage).
//!
//! Every failure is a [`StorageError`] value, never a panic: private windows,
//! full quotas and disabled storage must leave the app working in memory.
//! Never does: decide what to store (callers pass values) or touch the DOM.

use gloo_storage::{LocalStorage, Storage, errors::StorageError as GlooError};
use serde::{Serialize, de::DeserializeOwned};

/// Key prefix of everything Seimbang stores, so `clear_all` removes exactly
/// our keys and nothing of other apps on the same origin.
pub const KEY_PREFIX: &str = "seimbang.";

/// Key of the user's language preference.
pub const KEY_LANG: &str = "seimbang.lang";

/// Key of the autosaved workspace (the JSON document of `io::workspace`,
/// stored as text).
pub const KEY_WORKSPACE: &str = "seimbang.workspace";

/// Key of the column mapping the user chose for unknown headers.
pub const KEY_MAPPING: &str = "seimbang.mapping";

/// Why a storage operation did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives no local storage (disabled, sandboxed, or not a page).
    Unavailable,
    /// The quota is exhausted; the value was not written.
    Full,
    /// The stored value could not be read back as the expected type.
    Corrupt(String),
}

/// Reads and deserialises the value stored under `key`; `Ok(None)` when the
/// key is absent.
pub fn load<T: DeserializeOwned>(key: &str) -> Result<Option<T>, StorageError> {
    raw()?;
    match LocalStorage::get(key) {
        Ok(value) => Ok(Some(value)),
        Err(GlooError::KeyNotFound(_)) => Ok(None),
        Err(GlooError::SerdeError(e)) => Err(StorageError::Corrupt(e.to_string())),
        Err(GlooError::JsError(_)) => Err(StorageError::Unavailable),
    }
}

/// Serialises `value` and stores it under `key`.
pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    raw()?;
    match LocalStorage::set(key, value) {
        Ok(()) => Ok(()),
        Err(GlooError::SerdeError(e)) => Err(StorageError::Corrupt(e.to_string())),
        // `setItem` throws only for a full quota once storage exists.
        Err(_) => Err(StorageError::Full),
    }
}

/// Reads the text stored under `key` as it is (large documents are stored
/// as text, not re-encoded as a JSON string).
pub fn load_text(key: &str) -> Result<Option<String>, StorageError> {
    raw()?.get_item(key).map_err(|_| StorageError::Unavailable)
}

/// Stores `text` under `key` as it is. A failed write leaves the previous
/// value in place (`setItem` is atomic).
pub fn save_text(key: &str, text: &str) -> Result<(), StorageError> {
    raw()?.set_item(key, text).map_err(|_| StorageError::Full)
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    raw()?
        .remove_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// The browser's local storage, checked without panicking (gloo's own
/// accessor panics when storage is disabled).
fn raw() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Removes every key that starts with [`KEY_PREFIX`].
pub fn clear_all() -> Result<(), StorageError> {
    let storage = raw()?;
    let n = storage.length().map_err(|_| StorageError::Unavailable)?;
    let mut ours = Vec::new();
    for i in 0..n {
        if let Ok(Some(key)) = storage.key(i)
            && key.starts_with(KEY_PREFIX)
        {
            ours.push(key);
        }
    }
    for key in ours {
        storage
            .remove_item(&key)
            .map_err(|_| StorageError::Unavailable)?;
    }
    Ok(())
}
