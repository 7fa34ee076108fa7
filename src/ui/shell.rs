//! The frame around every screen: skip link, header with the product name
//! and the language switch, main navigation, footer.

use leptos::prelude::*;

use super::{AppState, Persistence, Screen};
use crate::i18n::{Lang, Text, t};

/// The navigation entries: screen, test hook, label.
const NAV: [(Screen, &str, Text); 6] = [
    (Screen::Home, "nav-home", Text::NavHome),
    (Screen::Import, "nav-impor", Text::NavImport),
    (Screen::Data, "nav-data", Text::NavData),
    (Screen::Analysis, "nav-analisis", Text::NavAnalysis),
    (Screen::Plan, "nav-rencana", Text::NavPlan),
    (Screen::Settings, "nav-pengaturan", Text::NavSettings),
];

/// Header, navigation and footer around the current screen (`children`).
#[component]
pub fn Shell(
    lang: RwSignal<Lang>,
    screen: RwSignal<Screen>,
    storage_ok: bool,
    children: Children,
) -> impl IntoView {
    let tr = move |text: Text| move || t(lang.get(), text);
    view! {
        <a class="skip-link" href="#main">{move || match lang.get() {
            Lang::Id => "Langsung ke isi",
            Lang::En => "Skip to content",
        }}</a>
        <header class="app-header">
            <div class="app-header__brand">
                <span class="app-header__name">"Seimbang"</span>
                <span class="app-header__tagline">{tr(Text::Tagline)}</span>
            </div>
            <button
                type="button"
                class="lang-switch"
                data-testid="lang-switch"
                aria-label=move || match lang.get() {
                    Lang::Id => "Ganti bahasa ke English",
                    Lang::En => "Switch language to Bahasa Indonesia",
                }
                on:click=move |_| lang.update(|l| *l = l.other())
            >
                {tr(Text::SwitchLanguage)}
            </button>
        </header>
        <nav class="app-nav" aria-label=tr(Text::NavLabel)>
            <ul class="app-nav__list">
                {NAV.iter()
                    .map(|&(target, testid, label)| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="app-nav__item"
                                    data-testid=testid
                                    aria-current=move || (screen.get() == target).then_some("page")
                                    on:click=move |_| screen.set(target)
                                >
                                    {tr(label)}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
        {(!storage_ok).then(|| view! {
            <p class="notice notice--warning" role="status">{tr(Text::StorageUnavailable)}</p>
        })}
        <StorageBar lang=lang />
        <main id="main" class="app-main" tabindex="-1">
            {children()}
        </main>
        <footer class="app-footer">{tr(Text::Footer)}</footer>
    }
}

/// Where the loaded data lives (browser storage or memory only), with the
/// workspace download and `clear-data`.
#[component]
fn StorageBar(lang: RwSignal<Lang>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tr = move |text: Text| move || t(lang.get(), text);
    let clear = move |_| {
        let question = t(lang.get_untracked(), Text::ClearConfirm);
        let yes = web_sys::window()
            .and_then(|w| w.confirm_with_message(question).ok())
            .unwrap_or(false);
        if yes {
            state.clear_data();
        }
    };
    view! {
        {move || {
            let persistence = state.persistence.get();
            let loaded = state.overview.with(Option::is_some);
            (loaded || persistence != Persistence::Nothing).then(|| {
                let (tone, text) = match persistence {
                    Persistence::Saved => ("storage-bar", Text::StorageSaved),
                    Persistence::TooLarge => ("storage-bar storage-bar--warning", Text::StorageTooLarge),
                    Persistence::Unavailable => ("storage-bar storage-bar--warning", Text::StorageMemoryOnly),
                    Persistence::Nothing => ("storage-bar", Text::StorageSaving),
                };
                view! {
                    <div class=tone data-testid="storage-status" data-state=format!("{persistence:?}").to_lowercase()>
                        <p class="storage-bar__text" role="status">{tr(text)}</p>
                        <div class="storage-bar__actions">
                            <button type="button" class="button button--small" data-testid="workspace-export"
                                on:click=move |_| state.download_workspace()>
                                {tr(Text::WorkspaceDownload)}
                            </button>
                            <button type="button" class="button button--small button--danger" data-testid="clear-data"
                                on:click=clear>
                                {tr(Text::ClearData)}
                            </button>
                        </div>
                    </div>
                }
            })
        }}
    }
}
