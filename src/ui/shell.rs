//! The frame around every screen: skip link, header with the product name
//! and the language switch, main navigation, footer.

use leptos::prelude::*;

use super::Screen;
use crate::i18n::{Lang, Text, t};

/// The navigation entries: screen, test hook, label.
const NAV: [(Screen, &str, Text); 2] = [
    (Screen::Home, "nav-home", Text::NavHome),
    (Screen::Analysis, "nav-analisis", Text::NavAnalysis),
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
        <main id="main" class="app-main" tabindex="-1">
            {children()}
        </main>
        <footer class="app-footer">{tr(Text::Footer)}</footer>
    }
}
