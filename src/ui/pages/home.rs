//! Beranda: what Seimbang does, the privacy promise, and the three steps.

use leptos::prelude::*;

use crate::i18n::{Lang, Text, t};
use crate::ui::figure::FailureNotice;
use crate::ui::{AppState, Busy};

/// The home screen.
#[component]
pub fn HomePage(lang: RwSignal<Lang>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tr = move |text: Text| move || t(lang.get(), text);
    view! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" class="home__title" data-testid="home-title">{tr(Text::HomeTitle)}</h1>
            <p class="home__intro">{tr(Text::HomeIntro)}</p>
            <p class="home__privacy">{tr(Text::HomePrivacy)}</p>
            <h2 class="home__steps-title">{tr(Text::HomeStepsTitle)}</h2>
            <ol class="home__steps">
                <li>{tr(Text::HomeStep1)}</li>
                <li>{tr(Text::HomeStep2)}</li>
                <li>{tr(Text::HomeStep3)}</li>
            </ol>
            <div class="home__start">
                <button
                    type="button"
                    class="button button--primary"
                    data-testid="demo-load"
                    disabled=move || state.busy.get() == Busy::Working
                    on:click=move |_| state.load_demo()
                >
                    {tr(Text::DemoLoad)}
                </button>
                <p class="home__hint">{tr(Text::DemoHint)}</p>
                <FailureNotice />
            </div>
        </section>
    }
}
