//! A summary figure: a label and a number formatted in the UI language,
//! with the number in machine form in `data-value` (test-hooks.md).

use leptos::prelude::*;

use crate::i18n::{Lang, Text, format_number, t};

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
