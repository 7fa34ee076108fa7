//! Data: the loaded tables (employees, units, positions, needs per cell),
//! searchable and sortable at 100,000 rows.

use leptos::prelude::*;

use crate::i18n::{Text, t};
use crate::session::TableView;
use crate::ui::AppState;
use crate::ui::rows_table::{RowsTable, Tab};

const TABS: &[Tab] = &[
    (TableView::Employees, "data-tab-pegawai", Text::TabEmployees),
    (TableView::Units, "data-tab-unit", Text::TabUnits),
    (TableView::Positions, "data-tab-jabatan", Text::TabPositions),
    (TableView::Cells, "data-tab-sel", Text::TabCells),
];

/// The data screen.
#[component]
pub fn DataPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <section class="data" aria-labelledby="data-title">
            <h1 id="data-title">{move || t(lang.get(), Text::DataTitle)}</h1>
            {move || state.overview.get().is_none().then(|| view! {
                <p class="notice">{move || t(lang.get(), Text::NoData)}</p>
            })}
            <RowsTable tabs=TABS label=Text::DataTitle />
        </section>
    }
}
