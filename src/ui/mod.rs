//! The Leptos app: app state, the shell (header, language switch,
//! navigation) and the screens.
//!
//! Owns: everything the user sees and the wiring of browser events to the
//! session in the Web Worker (`backend`). Never does: domain rules, parsing
//! or optimisation itself. Entry point: [`App`].

mod backend;
mod pages;
mod shell;

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::session::{Overview, Request, Response};
use crate::storage::{self, KEY_LANG, StorageError};
pub use backend::{Backend, OutgoingFile};

/// The screens of the app, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Beranda: what Seimbang does and how to start.
    Home,
    /// Analisis: the workload picture of the loaded data.
    Analysis,
}

/// What the worker is doing, for the status line.
#[derive(Clone, Debug, PartialEq)]
pub enum Busy {
    /// Nothing.
    Idle,
    /// A request is under way.
    Working,
    /// The last request failed: the message in Indonesian and English.
    Failed([String; 2]),
}

/// State shared by the screens.
#[derive(Clone, Copy)]
pub struct AppState {
    /// UI language.
    pub lang: RwSignal<Lang>,
    /// Current screen.
    pub screen: RwSignal<Screen>,
    /// Overview of the loaded data, if any.
    pub overview: RwSignal<Option<Overview>>,
    /// Worker status.
    pub busy: RwSignal<Busy>,
    backend: StoredValue<Backend, LocalStorage>,
}

impl AppState {
    /// Sends a request; failures land in `busy`, successes in `on_answer`.
    pub fn request(&self, request: Request, on_answer: impl FnOnce(Response) + 'static) {
        let busy = self.busy;
        busy.set(Busy::Working);
        self.backend.with_value(|b| {
            b.send(&request, Vec::new(), move |response| {
                if let Response::Failed { message } = &response {
                    busy.set(Busy::Failed(message.clone()));
                } else {
                    busy.set(Busy::Idle);
                }
                on_answer(response);
            })
        });
    }

    /// Asks for the overview in the current language and shows it.
    pub fn refresh_overview(&self) {
        let overview = self.overview;
        let lang = self.lang.get_untracked();
        self.request(Request::Overview { lang }, move |response| match response {
            Response::Overview(o) => overview.set(Some(*o)),
            Response::Empty => overview.set(None),
            _ => {}
        });
    }

    /// Loads the demo data set and shows its analysis.
    pub fn load_demo(&self) {
        let state = *self;
        self.request(Request::LoadDemo, move |response| {
            if response == Response::Loaded {
                state.refresh_overview();
                state.screen.set(Screen::Analysis);
            }
        });
    }
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
    let state = AppState {
        lang: RwSignal::new(initial),
        screen: RwSignal::new(Screen::Home),
        overview: RwSignal::new(None),
        busy: RwSignal::new(Busy::Idle),
        backend: StoredValue::new_local(Backend::start()),
    };
    provide_context(state);
    let lang = state.lang;

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
    // Charts and numbers are drawn in the UI language: redraw on a switch.
    Effect::new(move |previous: Option<Lang>| {
        let current = lang.get();
        if previous.is_some_and(|p| p != current) && state.overview.get_untracked().is_some() {
            state.refresh_overview();
        }
        current
    });

    let screen = state.screen;
    view! {
        <shell::Shell lang=lang screen=screen storage_ok=storage_ok>
            {move || match screen.get() {
                Screen::Home => view! { <pages::home::HomePage lang=lang /> }.into_any(),
                Screen::Analysis => view! { <pages::analysis::AnalysisPage /> }.into_any(),
            }}
        </shell::Shell>
    }
}
