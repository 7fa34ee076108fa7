//! Analisis: counts of the loaded data and the workload charts.

use leptos::prelude::*;

use crate::i18n::{Text, format_number, t};
use crate::planner::analysis::EjCategory;
use crate::session::{TableView, category_words};
use crate::ui::figure::Figure;
use crate::ui::rows_table::{RowsTable, Tab};
use crate::ui::{AppState, Busy};

const TABS: &[Tab] = &[
    (TableView::Units, "analysis-tab-unit", Text::TabUnits),
    (TableView::Cells, "analysis-tab-sel", Text::TabCells),
    (TableView::Movable, "analysis-tab-movable", Text::TabMovable),
    (TableView::Blocked, "analysis-tab-blocked", Text::TabBlocked),
];

const CATEGORIES: [EjCategory; 5] = [
    EjCategory::A,
    EjCategory::B,
    EjCategory::C,
    EjCategory::D,
    EjCategory::E,
];

/// The analysis screen.
#[component]
pub fn AnalysisPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <section class="analysis" aria-labelledby="analysis-title">
            <h1 id="analysis-title">{move || t(lang.get(), Text::AnalysisTitle)}</h1>
            {move || match state.overview.get() {
                None => {
                    let working = state.busy.get() == Busy::Working;
                    view! {
                        <p class="notice">
                            {move || t(lang.get(), if working { Text::Working } else { Text::NoData })}
                        </p>
                    }
                        .into_any()
                }
                Some(o) => {
                    view! {
                        <dl class="summary">
                            <Figure lang=lang testid="summary-employees" label=Text::SummaryEmployees value=o.employees as f64 decimals=0 />
                            <Figure lang=lang testid="summary-units" label=Text::SummaryUnits value=o.units as f64 decimals=0 />
                            <Figure lang=lang testid="summary-cells" label=Text::SummaryCells value=o.cells as f64 decimals=0 />
                            <Figure lang=lang testid="summary-movable" label=Text::SummaryMovable value=o.movable as f64 decimals=0 />
                            <Figure lang=lang testid="summary-vacancies" label=Text::SummaryVacancies value=f64::from(o.vacancies) decimals=0 />
                            <Figure lang=lang testid="summary-in-band" label=Text::SummaryInBand value=f64::from(o.cells_in_band) decimals=0 />
                        </dl>
                        <div class="categories" data-testid="analysis-categories">
                            <h2>{move || t(lang.get(), Text::CategoriesTitle)}</h2>
                            <ul class="categories__list">
                                {CATEGORIES.iter().enumerate().map(|(i, &c)| {
                                    let n = o.category_counts[i];
                                    view! {
                                        <li class=format!("categories__item categories__item--{}", i)>
                                            <span class="categories__count" data-value=n.to_string()>{move || format_number(lang.get(), f64::from(n), 0)}</span>
                                            <span class="categories__words">{move || category_words(lang.get(), Some(c))}</span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <p class="hint">{move || t(lang.get(), Text::CategoryLegend)}</p>
                        </div>
                        <figure class="chart" data-testid="analysis-chart">
                            <div class="chart__svg" inner_html=o.chart_ej_profile.clone()></div>
                        </figure>
                        <figure class="chart">
                            <div class="chart__svg" inner_html=o.chart_extremes.clone()></div>
                        </figure>
                        <figure class="chart">
                            <div class="chart__svg" inner_html=o.chart_positions.clone()></div>
                        </figure>
                        <h2>{move || t(lang.get(), Text::AnalysisTables)}</h2>
                        <RowsTable tabs=TABS label=Text::AnalysisTables />
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
