//! The Leptos app: app state, the shell (header, language switch,
//! navigation) and the screens.
//!
//! Owns: everything the user sees and the wiring of browser events to the
//! pure layers. Never does: domain rules, parsing or optimisation itself —
//! it calls `io`, `planner` and `engine` for those. Entry point: [`App`].

mod pages;
mod shell;

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::storage::{self, KEY_LANG, StorageError};

/// The screens of the app, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Beranda: what Seimbang does and how to start.
    Home,
}

/// The root component mounted by `main.rs`.
#[component]
pub fn App() -> impl IntoView {
    let stored_lang = storage::load::<String>(KEY_LANG);
    let storage_ok = !matches!(stored_lang, Err(StorageError::Unavailable));
    let initial = stored_lang
        .ok()
        .flatten()
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let lang = RwSignal::new(initial);
    let screen = RwSignal::new(Screen::Home);

    // One effect mirrors the language to the page and to storage. A failed
    // write is not an error the user must act on: the choice still holds for
    // this visit.
    Effect::new(move |_| {
        let current = lang.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", current.tag());
        }
        let _ = storage::save(KEY_LANG, &current.tag());
    });

    view! {
        <shell::Shell lang=lang screen=screen storage_ok=storage_ok>
            {move || match screen.get() {
                Screen::Home => view! { <pages::home::HomePage lang=lang /> }.into_any(),
            }}
        </shell::Shell>
    }
}
