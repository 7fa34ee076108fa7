//! Impor: pick or drop files, watch them being read, map unknown columns,
//! review every problem, and only then replace the current data.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::problems::{location, message, problems_csv, severity_label};
use crate::i18n::{Lang, Text, format_number, t};
use crate::io::{HeaderMapping, Severity, Table, canonical_columns};
use crate::session::{ImportReview, Request, Response};
use crate::storage::{self, KEY_MAPPING};
use crate::ui::figure::FailureNotice;
use crate::ui::files::{self, ReadProgress};
use crate::ui::{AppState, Busy, Screen};

/// Problems listed at once; the download has all of them.
const SHOWN_PROBLEMS: usize = 200;

/// Where the import is.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    /// Waiting for files.
    Idle,
    /// Reading the files from disk.
    Reading(ReadProgress),
    /// The worker is checking them.
    Checking,
    /// A file could not be read (its name).
    Unreadable(String),
}

/// Which problems the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Filter {
    All,
    Errors,
    Warnings,
}

/// The import screen.
#[component]
pub fn ImportPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let stage = RwSignal::new(Stage::Idle);
    let picked: StoredValue<Vec<web_sys::File>, LocalStorage> = StoredValue::new_local(Vec::new());
    let mapping = RwSignal::new(
        storage::load::<HeaderMapping>(KEY_MAPPING)
            .ok()
            .flatten()
            .unwrap_or_default(),
    );

    let start = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        picked.set_value(list.clone());
        state.review.set(None);
        stage.set(Stage::Reading(ReadProgress::default()));
        files::read_all(
            list,
            move |p| stage.set(Stage::Reading(p)),
            move |result| match result {
                Err(name) => stage.set(Stage::Unreadable(name)),
                Ok(read) => {
                    stage.set(Stage::Checking);
                    // The screen may have closed while the files were read.
                    let Some(mapping) = mapping.try_get_untracked() else {
                        return;
                    };
                    let request = Request::Import { mapping };
                    state.request_with_files(request, read, move |response| {
                        stage.set(Stage::Idle);
                        if let Response::Review(review) = response {
                            state.review.set(Some(*review));
                        }
                    });
                }
            },
        );
    };

    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(list) = input.files() {
            start(files::list_files(&list));
        }
        // The same file picked again after a fix must fire `change` again.
        input.set_value("");
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(list) = ev.data_transfer().and_then(|d| d.files()) {
            start(files::list_files(&list));
        }
    };

    let apply_mapping = move |chosen: HeaderMapping| {
        let _ = storage::save(KEY_MAPPING, &chosen);
        mapping.set(chosen);
        start(picked.get_value());
    };

    view! {
        <section class="import" aria-labelledby="import-title">
            <h1 id="import-title">{tr(Text::ImportTitle)}</h1>
            <p class="lede">{tr(Text::ImportIntro)}</p>
            <label
                class="dropzone"
                class:dropzone--active=move || dragging.get()
                on:dragover=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <input
                    type="file"
                    multiple
                    accept=".xlsx,.csv,.zip,.json,.txt"
                    class="visually-hidden"
                    data-testid="import-input"
                    on:change=on_change
                />
                <span class="dropzone__title">{tr(Text::ImportDrop)}</span>
                <span class="dropzone__hint">{tr(Text::ImportFormats)}</span>
            </label>
            <p class="hint">{tr(Text::ImportUntouched)}</p>
            {move || match stage.get() {
                Stage::Idle => None,
                Stage::Reading(p) => Some(view! {
                    <div class="progress" role="status">
                        <span>{tr(Text::ImportReading)}</span>
                        <progress max=p.total.max(1.0) value=p.done></progress>
                    </div>
                }.into_any()),
                Stage::Checking => Some(view! {
                    <div class="progress" role="status">
                        <span>{tr(Text::ImportChecking)}</span>
                        <progress></progress>
                    </div>
                }.into_any()),
                Stage::Unreadable(name) => Some(view! {
                    <p class="notice notice--error" role="alert">
                        {move || format!("{} {name}", t(lang.get(), Text::ImportUnreadable))}
                    </p>
                }.into_any()),
            }}
            {move || {
                state.review.get().map(|review| view! {
                    <Review review=review mapping=mapping picked=picked apply_mapping=apply_mapping />
                })
            }}
            <FailureNotice />
        </section>
    }
}

/// The review of one import: counts, column mapping, problems, confirm.
#[component]
fn Review(
    review: ImportReview,
    mapping: RwSignal<HeaderMapping>,
    picked: StoredValue<Vec<web_sys::File>, LocalStorage>,
    apply_mapping: impl Fn(HeaderMapping) + Copy + 'static,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let errors = review.errors;
    let warnings = review.warnings;
    let rows = review.rows.clone();
    let files_read = review.files.join(", ");
    let dropped = review.dropped_columns.clone();
    let unknown = review.unknown_headers.clone();
    let problems = StoredValue::new(review.problems.clone());
    let filter = RwSignal::new(Filter::All);
    let shown = RwSignal::new(SHOWN_PROBLEMS);

    let confirm = move |_: web_sys::MouseEvent| {
        state.request(Request::ConfirmImport, move |response| {
            if response == Response::Loaded {
                state.review.set(None);
                if let (Some(files), Some(mapping)) =
                    (picked.try_get_value(), mapping.try_get_untracked())
                {
                    state
                        .origin
                        .set_value(crate::ui::Origin::Files(files, mapping));
                }
                state.data_changed();
                state.screen.set(Screen::Analysis);
            }
        });
    };
    let discard = move |_: web_sys::MouseEvent| {
        state.request(Request::DiscardImport, move |_| state.review.set(None));
    };
    let download = move |_: web_sys::MouseEvent| {
        let bytes = problems.with_value(|p| problems_csv(lang.get_untracked(), p));
        let name = match lang.get_untracked() {
            Lang::Id => "masalah-impor.csv",
            Lang::En => "import-problems.csv",
        };
        files::download(name, "text/csv;charset=utf-8", &bytes);
    };

    // The column mapping the user is editing: (table, header, choice).
    let choices = RwSignal::new(
        unknown
            .iter()
            .map(|u| {
                let current = mapping
                    .get_untracked()
                    .get(u.table, &u.header)
                    .map(|c| c.map(str::to_string))
                    .unwrap_or_else(|| u.suggestion.clone());
                (u.table, u.header.clone(), current)
            })
            .collect::<Vec<_>>(),
    );

    view! {
        <div class="review" data-errors=errors data-warnings=warnings>
            <h2>{tr(Text::ImportReviewTitle)}</h2>
            <p class="review__files">{files_read}</p>
            <dl class="review__counts">
                {rows.into_iter().filter(|(_, n)| *n > 0).map(|(table, n)| view! {
                    <div class="figure figure--small">
                        <dt class="figure__label">{table.name()}</dt>
                        <dd class="figure__value">{move || format_number(lang.get(), n as f64, 0)}</dd>
                    </div>
                }).collect_view()}
                <div class="figure figure--small figure--error">
                    <dt class="figure__label">{tr(Text::ImportErrors)}</dt>
                    <dd class="figure__value" data-testid="import-errors" data-value=errors.to_string()>
                        {move || format_number(lang.get(), errors as f64, 0)}
                    </dd>
                </div>
                <div class="figure figure--small figure--warning">
                    <dt class="figure__label">{tr(Text::ImportWarnings)}</dt>
                    <dd class="figure__value" data-value=warnings.to_string()>
                        {move || format_number(lang.get(), warnings as f64, 0)}
                    </dd>
                </div>
            </dl>
            {(!dropped.is_empty()).then(|| {
                let list = dropped
                    .iter()
                    .map(|(table, column)| format!("{}.{column}", table.name()))
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <p class="notice">{move || format!("{} {list}", t(lang.get(), Text::ImportDropped))}</p>
                }
            })}
            {(!unknown.is_empty()).then(|| view! {
                <div class="mapping">
                    <h3>{tr(Text::MappingTitle)}</h3>
                    <p class="hint">{tr(Text::MappingHint)}</p>
                    <table class="table table--compact">
                        <thead><tr>
                            <th>{tr(Text::MappingTable)}</th>
                            <th>{tr(Text::MappingHeader)}</th>
                            <th>{tr(Text::MappingColumn)}</th>
                        </tr></thead>
                        <tbody>
                            {move || choices.get().into_iter().enumerate().map(|(i, (table, header, current))| {
                                let options = canonical_columns(table);
                                view! {
                                    <tr>
                                        <td>{table.name()}</td>
                                        <td><code>{header.clone()}</code></td>
                                        <td>
                                            <select
                                                aria-label=header.clone()
                                                on:change=move |ev| {
                                                    let value = event_target_value(&ev);
                                                    choices.update(|c| c[i].2 = (!value.is_empty()).then_some(value));
                                                }
                                            >
                                                <option value="" selected=current.is_none()>{tr(Text::MappingIgnore)}</option>
                                                {options.iter().map(|&column| view! {
                                                    <option value=column selected=current.as_deref() == Some(column)>{column}</option>
                                                }).collect_view()}
                                            </select>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            let mut chosen = mapping.get_untracked();
                            for (table, header, column) in choices.get_untracked() {
                                chosen.set(table, &header, column.as_deref());
                            }
                            apply_mapping(chosen);
                        }
                    >
                        {tr(Text::MappingApply)}
                    </button>
                </div>
            })}
            {(errors + warnings > 0).then(|| view! {
                <div class="problems">
                    <div class="problems__tools">
                        <h3>{tr(Text::ImportProblemsTitle)}</h3>
                        <label>
                            <span class="visually-hidden">{tr(Text::ImportFilter)}</span>
                            <select on:change=move |ev| {
                                shown.set(SHOWN_PROBLEMS);
                                filter.set(match event_target_value(&ev).as_str() {
                                    "errors" => Filter::Errors,
                                    "warnings" => Filter::Warnings,
                                    _ => Filter::All,
                                });
                            }>
                                <option value="all">{tr(Text::FilterAll)}</option>
                                <option value="errors">{tr(Text::FilterErrors)}</option>
                                <option value="warnings">{tr(Text::FilterWarnings)}</option>
                            </select>
                        </label>
                        <button type="button" class="button" on:click=download>{tr(Text::ImportDownloadProblems)}</button>
                    </div>
                    <ol class="problems__list" data-testid="import-problems">
                        {move || {
                            let lang = lang.get();
                            let wanted = filter.get();
                            let limit = shown.get();
                            problems.with_value(|all| {
                                all.iter()
                                    .filter(|p| match wanted {
                                        Filter::All => true,
                                        Filter::Errors => p.severity == Severity::Error,
                                        Filter::Warnings => p.severity == Severity::Warning,
                                    })
                                    .take(limit)
                                    .map(|p| {
                                        let tone = match p.severity {
                                            Severity::Error => "problem problem--error",
                                            Severity::Warning => "problem problem--warning",
                                        };
                                        view! {
                                            <li class=tone data-testid="import-problem"
                                                data-table=table_tag(p.table)
                                                data-row=p.row.map(|r| r.to_string())
                                                data-column=p.column.clone()>
                                                <span class="problem__severity">{severity_label(lang, p.severity)}</span>
                                                <span class="problem__where">{location(lang, p)}</span>
                                                <span class="problem__what">{message(lang, p)}</span>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            })
                        }}
                    </ol>
                    {move || {
                        let total = problems.with_value(|p| p.iter().filter(|p| match filter.get() {
                            Filter::All => true,
                            Filter::Errors => p.severity == Severity::Error,
                            Filter::Warnings => p.severity == Severity::Warning,
                        }).count());
                        (total > shown.get()).then(|| view! {
                            <p class="hint">
                                {move || format!(
                                    "{} {} / {}.",
                                    t(lang.get(), Text::ImportShowing),
                                    format_number(lang.get(), shown.get().min(total) as f64, 0),
                                    format_number(lang.get(), total as f64, 0),
                                )}
                                " "
                                <button type="button" class="button button--link"
                                    on:click=move |_| shown.update(|s| *s += SHOWN_PROBLEMS * 5)>
                                    {tr(Text::ImportShowMore)}
                                </button>
                            </p>
                        })
                    }}
                </div>
            })}
            <div class="review__actions">
                <button
                    type="button"
                    class="button button--primary"
                    data-testid="import-confirm"
                    disabled=move || { errors > 0 || state.busy.get() == Busy::Working }
                    on:click=confirm
                >
                    {tr(Text::ImportConfirm)}
                </button>
                <button type="button" class="button" on:click=discard>{tr(Text::ImportDiscard)}</button>
                <p class="hint">{move || t(lang.get(), if errors > 0 { Text::ImportBlocked } else { Text::ImportReady })}</p>
            </div>
        </div>
    }
}

/// The table name as tests and styles see it.
fn table_tag(table: Table) -> &'static str {
    table.name()
}
