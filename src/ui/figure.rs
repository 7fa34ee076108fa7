//! Small pieces shared by the screens: a summary figure (a label and a
//! number formatted in the UI language, with the number in machine form in
//! `data-value`, test-hooks.md) and the notice of a failed worker request.

use leptos::prelude::*;

use crate::i18n::{Lang, Text, format_number, t};
use crate::ui::{AppState, Busy};

/// One number of the summary, with its machine-readable `data-value`.
#[component]
pub fn Figure(
    lang: RwSignal<Lang>,
    testid: &'static str,
    label: Text,
    value: f64,
    decimals: usize,
) -> impl IntoView {
    view! {
        <div class="figure">
            <dt class="figure__label">{move || t(lang.get(), label)}</dt>
            <dd class="figure__value" data-testid=testid data-value=value.to_string()>
                {move || format_number(lang.get(), value, decimals)}
            </dd>
        </div>
    }
}

/// The last worker request's failure, in the UI language; nothing when
/// the last request succeeded.
#[component]
pub fn FailureNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || match state.busy.get() {
        Busy::Failed(message) => Some(view! {
            <p class="notice notice--error" role="alert">{state.lang.get().pick(&message)}</p>
        }),
        _ => None,
    }
}
