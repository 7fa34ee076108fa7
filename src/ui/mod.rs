//! The Leptos app: app state, the shell (header, language switch,
//! navigation) and the screens.
//!
//! Owns: everything the user sees and the wiring of browser events to the
//! session in the Web Worker (`backend`). Never does: domain rules, parsing
//! or optimisation itself. Entry point: [`App`].

mod backend;
mod figure;
mod files;
mod pages;
mod rows_table;
mod shell;

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::io::HeaderMapping;
use crate::session::{ImportReview, Overview, Request, Response};
use crate::storage::{self, KEY_LANG, KEY_WORKSPACE, StorageError};
pub use backend::{Backend, OutgoingFile};
pub use pages::settings::{FIELDS as SETTING_FIELDS, Field as SettingField};

/// The screens of the app, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Beranda: what Seimbang does and how to start.
    Home,
    /// Impor: bring files in, review their problems, confirm.
    Import,
    /// Data: the loaded tables, searchable and sortable.
    Data,
    /// Analisis: the workload picture of the loaded data.
    Analysis,
    /// Rencana: the plan, its decisions, the step-through and exports.
    Plan,
    /// Pengaturan: the settings of data-format.md and the stored data.
    Settings,
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

/// Whether the loaded data is kept in this browser's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Nothing loaded, nothing to keep.
    Nothing,
    /// Saved in local storage: it is back after a reload.
    Saved,
    /// Kept in memory only: the browser gives no storage.
    Unavailable,
    /// Kept in memory only: the data is larger than the storage quota.
    TooLarge,
}

/// Where the data in the worker came from, so a fresh worker (after a
/// cancelled computation) can be given the same data again.
#[derive(Clone, Default)]
pub enum Origin {
    /// Nothing loaded.
    #[default]
    Nothing,
    /// The demo data set.
    Demo,
    /// The workspace kept in this browser's storage.
    Stored,
    /// Files the user imported, with the column mapping used.
    Files(Vec<web_sys::File>, HeaderMapping),
}

/// Longest workspace document the app tries to keep in local storage
/// (Chromium and Firefox allow about 5 million characters per origin).
const STORAGE_MAX_CHARS: usize = 4_500_000;

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
    /// The import under review, if any.
    pub review: RwSignal<Option<ImportReview>>,
    /// Whether the data survives a reload.
    pub persistence: RwSignal<Persistence>,
    /// Bumped whenever the loaded data changes, so tables refetch.
    pub data_version: RwSignal<u64>,
    /// Where the loaded data came from.
    pub origin: StoredValue<Origin, LocalStorage>,
    backend: StoredValue<Backend, LocalStorage>,
}

impl AppState {
    /// Sends a request; failures land in `busy`, successes in `on_answer`.
    pub fn request(&self, request: Request, on_answer: impl FnOnce(Response) + 'static) {
        self.request_with_files(request, Vec::new(), on_answer);
    }

    /// Sends a request with files (an import).
    pub fn request_with_files(
        &self,
        request: Request,
        files: Vec<OutgoingFile>,
        on_answer: impl FnOnce(Response) + 'static,
    ) {
        let busy = self.busy;
        busy.set(Busy::Working);
        self.backend.with_value(|b| {
            b.send(&request, files, move |response| {
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

    /// The loaded data changed: redraw every view, then keep it.
    pub fn data_changed(&self) {
        self.data_version.update(|v| *v += 1);
        self.refresh_overview();
        self.autosave();
    }

    /// Keeps the current workspace in local storage, or says why not.
    pub fn autosave(&self) {
        let persistence = self.persistence;
        self.request(
            Request::StoreWorkspace {
                max_chars: STORAGE_MAX_CHARS,
            },
            move |response| match response {
                Response::Workspace { json } => {
                    persistence.set(match storage::save_text(KEY_WORKSPACE, &json) {
                        Ok(()) => Persistence::Saved,
                        Err(StorageError::Unavailable) => Persistence::Unavailable,
                        Err(_) => Persistence::TooLarge,
                    });
                }
                Response::TooLarge { .. } => {
                    // An older, smaller workspace must not come back on reload
                    // in place of the data now on screen.
                    persistence.set(match storage::remove(KEY_WORKSPACE) {
                        Err(StorageError::Unavailable) => Persistence::Unavailable,
                        _ => Persistence::TooLarge,
                    });
                }
                Response::Empty => persistence.set(Persistence::Nothing),
                _ => {}
            },
        );
    }

    /// Offers the workspace as a file.
    pub fn download_workspace(&self) {
        self.request(Request::DownloadWorkspace, offer_download);
    }

    /// Loads the demo data set and shows its analysis.
    pub fn load_demo(&self) {
        let state = *self;
        self.request(Request::LoadDemo, move |response| {
            if response == Response::Loaded {
                state.origin.set_value(Origin::Demo);
                state.data_changed();
                state.screen.set(Screen::Analysis);
            }
        });
    }

    /// Forgets the data in the worker and in this browser's storage (the
    /// language choice stays: it is not data).
    pub fn clear_data(&self) {
        let state = *self;
        self.request(Request::Clear, move |_| {
            let _ = storage::clear_all();
            let _ = storage::save(KEY_LANG, &state.lang.get_untracked().tag());
            state.review.set(None);
            state.overview.set(None);
            state.origin.set_value(Origin::Nothing);
            state.persistence.set(Persistence::Nothing);
            state.data_version.update(|v| *v += 1);
        });
    }

    /// Stops whatever the worker computes and gives a fresh worker the same
    /// data: the stored workspace when it is up to date (it holds the
    /// settings, scenarios and decisions too), else the demo or the same
    /// files again, with the settings on screen.
    pub fn cancel(&self) {
        let mut orphaned = Vec::new();
        self.backend.update_value(|b| orphaned = b.restart());
        for callback in orphaned {
            callback(Backend::cancelled());
        }
        let state = *self;
        let settings = self.overview.get_untracked().map(|o| o.settings);
        let reapply = move || {
            if let Some(settings) = settings.clone() {
                state.request(Request::SetSettings(Box::new(settings)), move |_| {
                    state.refresh_overview();
                });
            }
        };
        if self.persistence.get_untracked() == Persistence::Saved {
            self.restore_saved(false);
            return;
        }
        match self.origin.get_value() {
            Origin::Nothing | Origin::Stored => self.restore_saved(false),
            Origin::Demo => self.request(Request::LoadDemo, move |_| reapply()),
            Origin::Files(picked, mapping) => files::read_all(
                picked,
                |_| {},
                move |read| {
                    let Ok(read) = read else { return };
                    state.request_with_files(Request::Import { mapping }, read, move |_| {
                        state.request(Request::ConfirmImport, move |_| reapply());
                    });
                },
            ),
        }
    }

    /// Brings back the workspace kept in this browser, if any, and shows
    /// the analysis when `show` is true.
    fn restore_saved(&self, show: bool) {
        let Ok(Some(json)) = storage::load_text(KEY_WORKSPACE) else {
            return;
        };
        let state = *self;
        self.request(Request::Restore { json }, move |response| {
            if response == Response::Loaded {
                state.origin.set_value(Origin::Stored);
                state.persistence.set(Persistence::Saved);
                state.data_version.update(|v| *v += 1);
                state.refresh_overview();
                if show {
                    state.screen.set(Screen::Analysis);
                }
            }
        });
    }
}

/// Offers a [`Response::Download`] to the user.
pub fn offer_download(response: Response) {
    if let Response::Download { name, mime, bytes } = response {
        files::download(&name, &mime, &bytes);
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
        review: RwSignal::new(None),
        persistence: RwSignal::new(Persistence::Nothing),
        data_version: RwSignal::new(0),
        origin: StoredValue::new_local(Origin::Nothing),
        backend: StoredValue::new_local(Backend::start()),
    };
    provide_context(state);
    state.restore_saved(true);
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
                Screen::Import => view! { <pages::import::ImportPage /> }.into_any(),
                Screen::Data => view! { <pages::data::DataPage /> }.into_any(),
                Screen::Analysis => view! { <pages::analysis::AnalysisPage /> }.into_any(),
                Screen::Plan => view! { <pages::plan::PlanPage /> }.into_any(),
                Screen::Settings => view! { <pages::settings::SettingsPage /> }.into_any(),
            }}
        </shell::Shell>
    }
}
