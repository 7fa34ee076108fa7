//! A table of the loaded data with tabs, search and sort, drawn only where
//! it is on screen so 100,000 rows scroll as smoothly as 100: the worker
//! builds, searches and sorts; the page fetches the rows around the scroll
//! position.

use leptos::prelude::*;

use crate::i18n::{Lang, Text, format_number, t};
use crate::session::{Request, Response, RowsPage, TableView};
use crate::ui::AppState;

/// Height of one row in pixels (fixed, so the scroll position says which
/// rows are visible; the style sheet uses the same value).
const ROW_HEIGHT: f64 = 36.0;
/// Rows fetched around the visible ones.
const PAGE_ROWS: usize = 120;
/// Rows kept above the first visible one.
const LEAD_ROWS: usize = 30;

/// A tab: the view, its test hook, its label.
pub type Tab = (TableView, &'static str, Text);

/// Tabs over `tabs` and the table of the chosen one; `label` names the
/// table for assistive technology.
#[component]
pub fn RowsTable(tabs: &'static [Tab], label: Text) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let view_kind = RwSignal::new(tabs[0].0);
    let search = RwSignal::new(String::new());
    let sort = RwSignal::new(None::<(usize, bool)>);
    let first_visible = RwSignal::new(0usize);
    let page = RwSignal::new(None::<RowsPage>);
    // Answers arrive in order; only the newest request's answer is shown.
    let sequence = StoredValue::new(0u64);
    let scroller = NodeRef::<leptos::html::Div>::new();

    let fetch = move |offset: usize| {
        let id = sequence.get_value() + 1;
        sequence.set_value(id);
        let request = Request::Rows {
            view: view_kind.get_untracked(),
            search: search.get_untracked(),
            sort: sort.get_untracked(),
            offset,
            limit: PAGE_ROWS,
            lang: lang.get_untracked(),
        };
        state.request(request, move |response| {
            // A newer request is under way, or the table is gone.
            if sequence.try_get_value() != Some(id) {
                return;
            }
            match response {
                Response::Rows(rows) => page.set(Some(rows)),
                Response::Empty => page.set(None),
                _ => {}
            }
        });
    };

    // A new table, search, sort, language or data set starts from the top.
    Effect::new(move |_| {
        view_kind.track();
        search.track();
        sort.track();
        lang.track();
        state.data_version.track();
        first_visible.set(0);
        if let Some(el) = scroller.get_untracked() {
            el.set_scroll_top(0);
        }
        fetch(0);
    });

    let on_scroll = move |_| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let first = (f64::from(el.scroll_top()) / ROW_HEIGHT) as usize;
        let visible = (f64::from(el.client_height()) / ROW_HEIGHT).ceil() as usize + 1;
        first_visible.set(first);
        let covered = page.with_untracked(|p| {
            p.as_ref().is_some_and(|p| {
                first >= p.offset
                    && (first + visible <= p.offset + p.rows.len()
                        || p.offset + p.rows.len() >= p.total)
            })
        });
        if !covered {
            fetch(first.saturating_sub(LEAD_ROWS));
        }
    };

    view! {
        <div class="rows-table">
            <div class="tabs" role="tablist" aria-label=tr(label)>
                {tabs.iter().map(|&(kind, testid, label)| view! {
                    <button
                        type="button"
                        role="tab"
                        class="tabs__tab"
                        data-testid=testid
                        aria-selected=move || (view_kind.get() == kind).to_string()
                        on:click=move |_| {
                            sort.set(None);
                            view_kind.set(kind);
                        }
                    >
                        {tr(label)}
                    </button>
                }).collect_view()}
            </div>
            <div class="data__tools">
                <label class="field field--inline">
                    <span class="field__label">{tr(Text::DataSearch)}</span>
                    <input
                        type="search"
                        class="field__input"
                        data-testid="data-search"
                        prop:value=move || search.get()
                        on:input=move |ev| search.set(event_target_value(&ev))
                    />
                </label>
                <p class="data__count" role="status" data-testid="data-count"
                    data-value=move || page.get().map(|p| p.total.to_string())>
                    {move || page.get().map(|p| rows_found(lang.get(), p.total, p.unfiltered))}
                </p>
            </div>
            <div
                class="vtable"
                node_ref=scroller
                on:scroll=on_scroll
                tabindex="0"
                role="region"
                aria-label=tr(label)
            >
                {move || page.get().map(|p| {
                    let columns = p.columns.clone();
                    let total = p.total;
                    let top = p.offset as f64 * ROW_HEIGHT;
                    let bottom = (total.saturating_sub(p.offset + p.rows.len())) as f64 * ROW_HEIGHT;
                    view! {
                        <table class="table vtable__table" data-testid="data-table">
                            <thead>
                                <tr>
                                    {columns.into_iter().enumerate().map(|(i, name)| {
                                        let order = move || match sort.get() {
                                            Some((c, true)) if c == i => "ascending",
                                            Some((c, false)) if c == i => "descending",
                                            _ => "none",
                                        };
                                        view! {
                                            <th scope="col" aria-sort=order>
                                                <button type="button" class="table__sort" on:click=move |_| {
                                                    sort.update(|s| *s = match *s {
                                                        Some((c, true)) if c == i => Some((i, false)),
                                                        _ => Some((i, true)),
                                                    });
                                                }>{name}</button>
                                            </th>
                                        }
                                    }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                <tr class="vtable__spacer" aria-hidden="true" style:height=format!("{top}px")></tr>
                                {p.rows.into_iter().map(|row| view! {
                                    <tr class="vtable__row">
                                        {row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}
                                    </tr>
                                }).collect_view()}
                                <tr class="vtable__spacer" aria-hidden="true" style:height=format!("{bottom}px")></tr>
                            </tbody>
                        </table>
                        {(total == 0).then(|| view! { <p class="notice">{tr(Text::DataNoRows)}</p> })}
                    }
                })}
            </div>
        </div>
    }
}

/// "1.234 baris dari 100.000".
fn rows_found(lang: Lang, total: usize, unfiltered: usize) -> String {
    let n = format_number(lang, total as f64, 0);
    if total == unfiltered {
        format!("{n} {}", t(lang, Text::DataRows))
    } else {
        let all = format_number(lang, unfiltered as f64, 0);
        format!("{n} {} {all}", t(lang, Text::DataRowsOf))
    }
}
