//! Rencana: compute the optimal plan in the worker, read every move and its
//! reason, decide (reject, keep, force, lock, budget), step through the
//! round chart by chart, compare scenarios, export.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Lang, Text, format_number, t};
use crate::session::{
    Decisions, FrontierView, MoveRow, PlanStatus, PlanView, Request, Response, ScenarioComparison,
    ScenarioSummary, StepView, TermsView,
};
use crate::ui::figure::Figure;
use crate::ui::files;
use crate::ui::{AppState, offer_download};

/// `plan-status`'s `data-state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RunState {
    Idle,
    Running,
    Done,
    Error,
}

impl RunState {
    fn tag(self) -> &'static str {
        match self {
            RunState::Idle => "idle",
            RunState::Running => "running",
            RunState::Done => "done",
            RunState::Error => "error",
        }
    }
}

/// Moves listed at once; the filter and the CSV export cover all.
const SHOWN_MOVES: usize = 100;

/// Shared state of the plan screen's parts.
#[derive(Clone, Copy)]
struct PlanScreen {
    state: AppState,
    run: RwSignal<RunState>,
    error: RwSignal<Option<[String; 2]>>,
    plan: RwSignal<Option<PlanView>>,
    step: RwSignal<Option<StepView>>,
    frontier: RwSignal<Option<FrontierView>>,
    /// Decisions kept in the workspace when no plan is on screen yet.
    saved: RwSignal<Decisions>,
}

impl PlanScreen {
    /// The decisions of the plan on screen, or the saved ones.
    fn decisions(&self) -> Decisions {
        self.plan
            .with_untracked(|p| p.as_ref().map(|p| p.decisions.clone()))
            .unwrap_or_else(|| self.saved.get_untracked())
    }

    fn lang(&self) -> Lang {
        self.state.lang.get_untracked()
    }

    /// Plans with `decisions` and shows the whole round.
    fn run(&self, decisions: Decisions) {
        let screen = *self;
        screen.run.set(RunState::Running);
        screen.error.set(None);
        let lang = self.lang();
        self.state
            .request(Request::Plan { decisions, lang }, move |response| {
                screen.take_plan(response)
            });
    }

    fn take_plan(&self, response: Response) {
        match response {
            Response::Plan(view) => {
                let total = view.moves;
                self.plan.set(Some(*view));
                self.run.set(RunState::Done);
                // The chart first: the worker answers in order, and
                // keeping the workspace (the decisions are part of it)
                // takes it 0.1 s at 100,000 employees.
                self.show_step(total);
                self.state.autosave();
                // (The screen may have closed while the plan was computed.)
                if self.frontier.try_with_untracked(Option::is_some) == Some(true) {
                    self.load_frontier();
                }
            }
            Response::Failed { message } => {
                self.error.set(Some(message));
                self.run.set(RunState::Error);
            }
            _ => self.run.set(RunState::Idle),
        }
    }

    /// Re-plans after changing the decisions of the current plan.
    fn decide(&self, change: impl FnOnce(&mut Decisions)) {
        let mut decisions = self.decisions();
        change(&mut decisions);
        self.run(decisions);
    }

    fn show_step(&self, index: usize) {
        let step = self.step;
        let lang = self.lang();
        self.state
            .request(Request::Step { index, lang }, move |response| {
                if let Response::Step(view) = response {
                    step.set(Some(*view));
                }
            });
    }

    fn load_frontier(&self) {
        let frontier = self.frontier;
        let lang = self.lang();
        self.state
            .request(Request::Frontier { lang }, move |response| {
                if let Response::Frontier(view) = response {
                    frontier.set(Some(*view));
                }
            });
    }
}

/// The plan screen.
#[component]
pub fn PlanPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let screen = PlanScreen {
        state,
        run: RwSignal::new(RunState::Idle),
        error: RwSignal::new(None),
        plan: RwSignal::new(None),
        step: RwSignal::new(None),
        frontier: RwSignal::new(None),
        saved: RwSignal::new(Decisions::default()),
    };
    // The worker keeps the current plan: show it again when the screen
    // opens and whenever the language changes.
    Effect::new(move |_| {
        let lang = lang.get();
        state.data_version.track();
        let index = screen.step.with_untracked(|s| s.as_ref().map(|s| s.index));
        state.request(Request::ShowPlan { lang }, move |response| {
            if let Response::Plan(view) = response {
                let total = view.moves;
                screen.plan.set(Some(*view));
                screen.run.set(RunState::Done);
                screen.show_step(index.unwrap_or(total).min(total));
            } else {
                screen.plan.set(None);
                screen.step.set(None);
                screen.run.set(RunState::Idle);
                state.request(Request::Decisions, move |response| {
                    if let Response::Decisions(saved) = response {
                        screen.saved.set(*saved);
                    }
                });
            }
        });
    });
    let budget_text = RwSignal::new(String::new());
    // The budget field shows the budget the plan on screen was made with
    // (also after a frontier point or a removed decision changed it).
    Effect::new(move |_| {
        if let Some(budget) = screen.plan.with(|p| p.as_ref().map(|p| p.decisions.budget)) {
            budget_text.set(budget.map(|b| b.to_string()).unwrap_or_default());
        }
    });

    view! {
        <section class="plan" aria-labelledby="plan-title">
            <h1 id="plan-title">{tr(Text::PlanTitle)}</h1>
            <p class="lede">{tr(Text::PlanIntro)}</p>
            {move || state.overview.get().is_none().then(|| view! { <p class="notice">{tr(Text::NoData)}</p> })}
            <div class="plan__controls">
                <label class="field field--inline">
                    <span class="field__label">{tr(Text::PlanBudget)}</span>
                    <input
                        class="field__input field__input--short"
                        type="number"
                        min="0"
                        step="1"
                        inputmode="numeric"
                        data-testid="plan-budget"
                        placeholder=tr(Text::PlanBudgetNone)
                        prop:value=move || budget_text.get()
                        on:input=move |ev| budget_text.set(event_target_value(&ev))
                    />
                </label>
                <button
                    type="button"
                    class="button button--primary button--large"
                    data-testid="plan-run"
                    disabled=move || { state.overview.get().is_none() || screen.run.get() == RunState::Running }
                    on:click=move |_| {
                        let budget = budget_text.get_untracked().trim().parse::<u32>().ok();
                        let mut decisions = screen.decisions();
                        decisions.budget = budget;
                        screen.run(decisions);
                    }
                >
                    {tr(Text::PlanRun)}
                </button>
                {move || (screen.run.get() == RunState::Running).then(|| view! {
                    <button type="button" class="button button--danger" data-testid="plan-cancel"
                        on:click=move |_| state.cancel()>{tr(Text::PlanCancel)}</button>
                })}
                <p class="plan__status" role="status" data-testid="plan-status" data-state=move || screen.run.get().tag()>
                    {move || match screen.run.get() {
                        RunState::Idle => t(lang.get(), Text::PlanIdle).to_string(),
                        RunState::Running => t(lang.get(), Text::PlanRunning).to_string(),
                        RunState::Done => t(lang.get(), Text::PlanDone).to_string(),
                        RunState::Error => screen.error.get().map(|m| lang.get().pick(&m)).unwrap_or_default(),
                    }}
                </p>
            </div>
            {move || screen.plan.get().map(|plan| view! { <PlanBody screen=screen plan=plan /> })}
        </section>
    }
}

/// Everything shown once a plan exists.
#[component]
fn PlanBody(screen: PlanScreen, plan: PlanView) -> impl IntoView {
    let lang = screen.state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let status = plan.status;
    let status_text = move || match (lang.get(), status) {
        (l, PlanStatus::Optimal) => t(l, Text::StatusOptimal).to_string(),
        (l, PlanStatus::Bounded { lower_bound, gap }) => format!(
            "{} {} {} {}",
            t(l, Text::StatusBounded),
            format_number(l, lower_bound, 3),
            t(l, Text::StatusGap),
            format_number(l, gap, 3)
        ),
        (l, PlanStatus::Scored) => t(l, Text::StatusScored).to_string(),
    };
    let cost = plan.decision_cost;
    let issues = plan.decision_issues.clone();
    let violations = plan.violations.clone();
    view! {
        <dl class="summary summary--plan">
            <Figure lang=lang testid="plan-score-before" label=Text::ScoreBefore value=plan.score_before decimals=3 />
            <Figure lang=lang testid="plan-score-after" label=Text::ScoreAfter value=plan.score_after decimals=3 />
            <Figure lang=lang testid="plan-moves" label=Text::PlanMoves value=plan.moves as f64 decimals=0 />
            <Before lang=lang label=Text::SummaryInBand before=f64::from(plan.cells_in_band_before) after=f64::from(plan.cells_in_band_after) decimals=0 />
            <Figure lang=lang testid="plan-vacancies-filled" label=Text::VacanciesFilled value=f64::from(plan.vacancies_filled) decimals=0 />
            <Figure lang=lang testid="plan-km" label=Text::TotalKm value=plan.total_km decimals=1 />
        </dl>
        <p class="plan__optimality" data-testid="plan-optimality">{status_text}</p>
        {cost.map(|c| view! {
            <p class="notice notice--warning" data-testid="plan-decision-cost" data-value=c.to_string()>
                {move || format!("{} {}", t(lang.get(), Text::DecisionCost), format_number(lang.get(), c, 3))}
            </p>
        })}
        {(!issues.is_empty()).then(|| view! {
            <ul class="notice notice--error plan__issues" role="alert">
                {issues.into_iter().map(|m| view! {
                    <li>{move || lang.get().pick(&m)}</li>
                }).collect_view()}
            </ul>
        })}
        {(!violations.is_empty()).then(|| view! {
            <div class="notice notice--error" role="alert">
                <p>{tr(Text::ImportedViolations)}</p>
                <ul data-testid="plan-violations">{violations.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}</ul>
            </div>
        })}
        <div class="plan__grid">
            <Terms lang=lang before=plan.terms_before after=plan.terms_after categories=(plan.categories_before, plan.categories_after) />
            <Stepper screen=screen total=plan.moves />
        </div>
        <Moves screen=screen rows=plan.rows.clone() total=plan.rows_total />
        {(!plan.short_cells.is_empty()).then(|| {
            let short_total = plan.short_total;
            let shown_short = plan.short_cells.len();
            view! {
                <details class="panel">
                    <summary>{move || format!("{} ({})", t(lang.get(), Text::ShortCells), format_number(lang.get(), short_total as f64, 0))}</summary>
                    <table class="table table--compact">
                        <thead><tr>
                            <th>{tr(Text::Unit)}</th><th>{tr(Text::Position)}</th>
                            <th>{tr(Text::StaffAfter)}</th><th>{tr(Text::Need)}</th><th>{tr(Text::Why)}</th>
                        </tr></thead>
                        <tbody>
                            {plan.short_cells.iter().map(|c| {
                                let (staff, need) = (c.staff, c.need);
                                view! {
                                    <tr>
                                        <td>{c.unit_name.clone()}</td>
                                        <td>{c.position_name.clone()}</td>
                                        <td class="num">{staff}</td>
                                        <td class="num">{move || format_number(lang.get(), need, 2)}</td>
                                        <td>{c.reason.clone()}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    {(short_total > shown_short).then(|| view! {
                        <p class="hint">{move || format!(
                            "{} {} / {}.",
                            t(lang.get(), Text::ImportShowing),
                            format_number(lang.get(), shown_short as f64, 0),
                            format_number(lang.get(), short_total as f64, 0),
                        )}</p>
                    })}
                </details>
            }
        })}
        <Decided screen=screen decisions=plan.decisions.clone() />
        <Frontier screen=screen />
        <Scenarios screen=screen />
        <Exports screen=screen />
    }
}

/// A figure shown as before → after.
#[component]
fn Before(
    lang: RwSignal<Lang>,
    label: Text,
    before: f64,
    after: f64,
    decimals: usize,
) -> impl IntoView {
    view! {
        <div class="figure">
            <dt class="figure__label">{move || t(lang.get(), label)}</dt>
            <dd class="figure__value">
                {move || format!("{} → {}", format_number(lang.get(), before, decimals), format_number(lang.get(), after, decimals))}
            </dd>
        </div>
    }
}

/// The score's terms before and after, and the EJ categories.
#[component]
fn Terms(
    lang: RwSignal<Lang>,
    before: TermsView,
    after: TermsView,
    categories: ([u32; 5], [u32; 5]),
) -> impl IntoView {
    let tr = move |text: Text| move || t(lang.get(), text);
    let rows: Vec<(Text, f64, f64, usize)> = vec![
        (Text::TermImbalance, before.imbalance, after.imbalance, 3),
        (
            Text::TermMoves,
            f64::from(before.moves),
            f64::from(after.moves),
            0,
        ),
        (Text::TermKm, before.km, after.km, 1),
        (
            Text::TermPoints,
            f64::from(before.points),
            f64::from(after.points),
            0,
        ),
        (
            Text::TermRotation,
            f64::from(before.rotation_moves),
            f64::from(after.rotation_moves),
            0,
        ),
        (
            Text::TermGaps,
            f64::from(before.gaps),
            f64::from(after.gaps),
            0,
        ),
    ];
    const LETTERS: [&str; 5] = ["A", "B", "C", "D", "E"];
    view! {
        <div class="panel terms">
            <h2>{tr(Text::TermsTitle)}</h2>
            <table class="table table--compact">
                <thead><tr><th></th><th class="num">{tr(Text::Before)}</th><th class="num">{tr(Text::After)}</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(label, b, a, d)| view! {
                        <tr>
                            <th scope="row">{tr(label)}</th>
                            <td class="num">{move || format_number(lang.get(), b, d)}</td>
                            <td class="num">{move || format_number(lang.get(), a, d)}</td>
                        </tr>
                    }).collect_view()}
                    {LETTERS.iter().enumerate().map(|(i, &letter)| {
                        let (b, a) = (categories.0[i], categories.1[i]);
                        view! {
                            <tr>
                                <th scope="row">{move || format!("{} {letter}", t(lang.get(), Text::CategoryCells))}</th>
                                <td class="num">{b}</td>
                                <td class="num">{a}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <p class="hint">{tr(Text::CategoryLegend)}</p>
        </div>
    }
}

/// The before/after chart and the step-through.
#[component]
fn Stepper(screen: PlanScreen, total: usize) -> impl IntoView {
    let lang = screen.state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let index = move || screen.step.with(|s| s.as_ref().map_or(total, |s| s.index));
    let go = move |to: usize| screen.show_step(to.min(total));
    view! {
        <div class="panel stepper">
            <div class="stepper__bar">
                <h2>{tr(Text::BeforeAfterTitle)}</h2>
                <div class="stepper__controls" role="group" aria-label=tr(Text::StepControls)>
                    <button type="button" class="button button--small" data-testid="step-first"
                        disabled=move || index() == 0 on:click=move |_| go(0)>{tr(Text::StepFirst)}</button>
                    <button type="button" class="button" data-testid="step-prev"
                        disabled=move || index() == 0 on:click=move |_| go(index().saturating_sub(1))>{tr(Text::StepPrev)}</button>
                    <span class="stepper__index" data-testid="step-index" data-value=move || index().to_string()>
                        {move || format!("{} {} / {}", t(lang.get(), Text::Step), index(), total)}
                    </span>
                    <button type="button" class="button" data-testid="step-next"
                        disabled=move || { index() >= total } on:click=move |_| go(index() + 1)>{tr(Text::StepNext)}</button>
                    <button type="button" class="button button--small" data-testid="step-last"
                        disabled=move || { index() >= total } on:click=move |_| go(total)>{tr(Text::StepLast)}</button>
                </div>
            </div>
            {move || screen.step.get().map(|s| {
                let applied = s.applied.clone();
                let detail = s.detail.clone();
                view! {
                    <figure class="chart chart--plan" data-testid="chart-before-after" data-step=s.index.to_string()>
                        <div class="chart__svg" inner_html=s.chart.clone()></div>
                    </figure>
                    <p class="stepper__score">
                        {move || format!(
                            "{} {} → {}",
                            t(lang.get(), Text::Score),
                            format_number(lang.get(), s.score_before, 3),
                            format_number(lang.get(), s.score_after, 3)
                        )}
                    </p>
                    {applied.map(|m| view! {
                        <div class="step-detail" data-testid="step-detail">
                            <p class="step-detail__move"><strong>{format!("{} · {}", m.name, m.position_name)}</strong>
                                {format!(": {} → {}", m.from_unit_name, m.to_unit_name)}</p>
                            <p class="step-detail__reason">{m.reason.clone()}</p>
                        </div>
                    })}
                    {detail.map(|d| {
                        let cells = [(Text::FromCell, d.from), (Text::ToCell, d.to)];
                        view! {
                            <table class="table table--compact step-detail__cells">
                                <thead><tr>
                                    <th></th><th>{tr(Text::Unit)}</th><th class="num">{tr(Text::Need)}</th>
                                    <th class="num">{tr(Text::Staff)}</th><th class="num">"EJ"</th>
                                </tr></thead>
                                <tbody>
                                    {cells.into_iter().map(|(label, c)| {
                                        let ej = move |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{}%", format_number(lang.get(), v * 100.0, 0)));
                                        view! {
                                            <tr>
                                                <th scope="row">{tr(label)}</th>
                                                <td>{format!("{} — {}", c.unit_name, c.position_name)}</td>
                                                <td class="num">{move || format_number(lang.get(), c.need, 2)}</td>
                                                <td class="num">{format!("{} → {}", c.staff_before, c.staff_after)}</td>
                                                <td class="num">{move || format!("{} → {}", ej(c.ej_before), ej(c.ej_after))}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }
                    })}
                }
            })}
        </div>
    }
}

/// The list of moves with filters and decisions. The first moves come
/// with the plan; a filter or "show more" asks the worker for the matching
/// ones, so a plan of 13,000 moves never travels to the page at once.
#[component]
fn Moves(screen: PlanScreen, rows: Vec<MoveRow>, total: usize) -> impl IntoView {
    let state = screen.state;
    let lang = state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let filter = RwSignal::new(String::new());
    let shown = RwSignal::new(rows);
    let matching = RwSignal::new(total);
    let sequence = StoredValue::new(0u64);
    let fetch = move |limit: usize| {
        let id = sequence.get_value() + 1;
        sequence.set_value(id);
        let request = Request::PlanRows {
            filter: filter.get_untracked(),
            limit,
            lang: lang.get_untracked(),
        };
        state.request(request, move |response| {
            if sequence.try_get_value() != Some(id) {
                return;
            }
            if let Response::PlanRows(page) = response {
                matching.set(page.matching);
                shown.set(page.rows);
            }
        });
    };
    view! {
        <div class="panel">
            <div class="panel__bar">
                <h2>{tr(Text::MovesTitle)}</h2>
                <label class="field field--inline">
                    <span class="field__label">{tr(Text::MovesFilter)}</span>
                    <input type="search" class="field__input" data-testid="plan-filter"
                        prop:value=move || filter.get()
                        on:input=move |ev| { filter.set(event_target_value(&ev)); fetch(SHOWN_MOVES); } />
                </label>
            </div>
            <div class="table-scroll">
                <table class="table table--compact moves" data-testid="plan-move-list">
                    <thead><tr>
                        <th class="num">"#"</th><th>{tr(Text::Employee)}</th><th>{tr(Text::Position)}</th>
                        <th>{tr(Text::FromTo)}</th><th class="num">"km"</th><th class="num">{tr(Text::ScoreChange)}</th>
                        <th>{tr(Text::Why)}</th><th>{tr(Text::Decision)}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            shown.get().into_iter().map(|r| {
                                let nip_keep = r.nip.clone();
                                let nip_reject = r.nip.clone();
                                let to = r.to_unit_code.clone();
                                let (km, change) = (r.km, r.score_change);
                                let forced = r.forced;
                                view! {
                                    <tr data-testid="plan-move" data-nip=r.nip.clone() data-to=r.to_unit_code.clone()>
                                        <td class="num">{r.step}</td>
                                        <td><span class="moves__name">{r.name.clone()}</span><br/><code class="moves__nip">{r.nip.clone()}</code></td>
                                        <td>{r.position_name.clone()}</td>
                                        <td>{format!("{} → {}", r.from_unit_name, r.to_unit_name)}</td>
                                        <td class="num">{move || format_number(lang.get(), km, 1)}</td>
                                        <td class="num">{move || format_number(lang.get(), change, 3)}</td>
                                        <td class="moves__reason">{r.reason.clone()}</td>
                                        <td class="moves__actions">
                                            {(!forced).then(|| view! {
                                                <button type="button" class="button button--small" data-testid="move-reject"
                                                    on:click=move |_| {
                                                        let (nip, to) = (nip_reject.clone(), to.clone());
                                                        screen.decide(move |d| d.reject.push((nip, to)));
                                                    }>{tr(Text::Reject)}</button>
                                                <button type="button" class="button button--small" data-testid="move-keep"
                                                    on:click=move |_| {
                                                        let nip = nip_keep.clone();
                                                        screen.decide(move |d| d.keep.push(nip));
                                                    }>{tr(Text::KeepInPlace)}</button>
                                            })}
                                            {forced.then(|| view! { <span class="badge">{tr(Text::Forced)}</span> })}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            {move || {
                let (n, on_screen) = (matching.get(), shown.with(Vec::len));
                (n > on_screen).then(|| view! {
                    <p class="hint">
                        {move || format!("{} {} / {}.", t(lang.get(), Text::ImportShowing), format_number(lang.get(), on_screen as f64, 0), format_number(lang.get(), n as f64, 0))}
                        " "
                        <button type="button" class="button button--link" on:click=move |_| fetch(on_screen + SHOWN_MOVES * 5)>{tr(Text::ImportShowMore)}</button>
                    </p>
                })
            }}
        </div>
    }
}

/// The decisions in force, each removable, and forms for new ones.
#[component]
fn Decided(screen: PlanScreen, decisions: Decisions) -> impl IntoView {
    let lang = screen.state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let force_nip = RwSignal::new(String::new());
    let force_unit = RwSignal::new(String::new());
    let lock_unit = RwSignal::new(String::new());
    type Undo = std::sync::Arc<dyn Fn(&mut Decisions) + Send + Sync>;
    // (label prefix, what, undo)
    let mut items: Vec<(Option<Text>, String, Undo)> = Vec::new();
    for nip in &decisions.keep {
        let n = nip.clone();
        items.push((
            Some(Text::KeptLabel),
            nip.clone(),
            std::sync::Arc::new(move |d: &mut Decisions| d.keep.retain(|x| *x != n)),
        ));
    }
    for (nip, unit) in &decisions.reject {
        let key = (nip.clone(), unit.clone());
        items.push((
            Some(Text::RejectedLabel),
            format!("{nip} → {unit}"),
            std::sync::Arc::new(move |d: &mut Decisions| d.reject.retain(|x| *x != key)),
        ));
    }
    for (nip, unit) in &decisions.force {
        let key = (nip.clone(), unit.clone());
        items.push((
            Some(Text::ForcedLabel),
            format!("{nip} → {unit}"),
            std::sync::Arc::new(move |d: &mut Decisions| d.force.retain(|x| *x != key)),
        ));
    }
    for unit in &decisions.locked_units {
        let u = unit.clone();
        items.push((
            Some(Text::LockedLabel),
            unit.clone(),
            std::sync::Arc::new(move |d: &mut Decisions| d.locked_units.retain(|x| *x != u)),
        ));
    }
    if let Some(b) = decisions.budget {
        items.push((
            Some(Text::BudgetLabel),
            b.to_string(),
            std::sync::Arc::new(|d: &mut Decisions| d.budget = None),
        ));
    }
    view! {
        <div class="panel" data-testid="plan-decisions">
            <h2>{tr(Text::DecisionsTitle)}</h2>
            {if items.is_empty() {
                view! { <p class="hint">{tr(Text::NoDecisions)}</p> }.into_any()
            } else {
                view! {
                    <ul class="chips">
                        {items.into_iter().map(|(prefix, what, undo)| view! {
                            <li class="chip" data-testid="decision">
                                <span>{move || format!("{} {what}", prefix.map_or("", |p| t(lang.get(), p)))}</span>
                                <button type="button" class="chip__remove" aria-label=tr(Text::RemoveDecision)
                                    on:click=move |_| { let undo = undo.clone(); screen.decide(move |d| undo(d)); }>"×"</button>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <div class="decide-forms">
                <form class="decide-form" on:submit=move |ev| {
                    ev.prevent_default();
                    let (nip, unit) = (force_nip.get_untracked().trim().to_string(), force_unit.get_untracked().trim().to_string());
                    if !nip.is_empty() && !unit.is_empty() {
                        screen.decide(move |d| d.force.push((nip, unit)));
                    }
                }>
                    <span class="field__label">{tr(Text::ForceMove)}</span>
                    <input class="field__input" data-testid="force-nip" placeholder="NIP" prop:value=move || force_nip.get()
                        on:input=move |ev| force_nip.set(event_target_value(&ev)) />
                    <input class="field__input field__input--short" data-testid="force-unit" placeholder=tr(Text::UnitCode) prop:value=move || force_unit.get()
                        on:input=move |ev| force_unit.set(event_target_value(&ev)) />
                    <button type="submit" class="button button--small" data-testid="force-apply">{tr(Text::Apply)}</button>
                </form>
                <form class="decide-form" on:submit=move |ev| {
                    ev.prevent_default();
                    let unit = lock_unit.get_untracked().trim().to_string();
                    if !unit.is_empty() {
                        screen.decide(move |d| d.locked_units.push(unit));
                    }
                }>
                    <span class="field__label">{tr(Text::LockUnit)}</span>
                    <input class="field__input field__input--short" data-testid="lock-unit" placeholder=tr(Text::UnitCode) prop:value=move || lock_unit.get()
                        on:input=move |ev| lock_unit.set(event_target_value(&ev)) />
                    <button type="submit" class="button button--small" data-testid="lock-apply">{tr(Text::Apply)}</button>
                </form>
            </div>
        </div>
    }
}

/// The trade-off frontier: score against the number of moves.
#[component]
fn Frontier(screen: PlanScreen) -> impl IntoView {
    let lang = screen.state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    view! {
        <div class="panel" data-testid="plan-frontier">
            <div class="panel__bar">
                <h2>{tr(Text::FrontierTitle)}</h2>
                <button type="button" class="button button--small" data-testid="frontier-load"
                    on:click=move |_| screen.load_frontier()>{tr(Text::FrontierLoad)}</button>
            </div>
            <p class="hint">{tr(Text::FrontierHint)}</p>
            {move || screen.frontier.get().map(|f| {
                let points = f.points.clone();
                let chosen = f.chosen_moves;
                view! {
                    <figure class="chart"><div class="chart__svg" inner_html=f.chart.clone()></div></figure>
                    <div class="frontier__points">
                        {points.into_iter().map(|p| {
                            let moves = p.moves;
                            let active = chosen == Some(moves);
                            view! {
                                <button type="button" class="button button--small" class:button--primary=active
                                    data-testid="frontier-point" data-moves=moves.to_string()
                                    title=move || format!("{} {}", t(lang.get(), Text::Score), format_number(lang.get(), p.score, 3))
                                    on:click=move |_| {
                                        let budget = u32::try_from(moves).ok();
                                        screen.decide(move |d| d.budget = budget);
                                    }>
                                    {move || format!("{} {}{}", moves, t(lang.get(), Text::MovesShort), if p.exact { "" } else { " ≈" })}
                                </button>
                            }
                        }).collect_view()}
                    </div>
                }
            })}
        </div>
    }
}

/// Saved scenarios: save, list, compare, delete.
#[component]
fn Scenarios(screen: PlanScreen) -> impl IntoView {
    let state = screen.state;
    let lang = state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let list = RwSignal::new(Vec::<ScenarioSummary>::new());
    let name = RwSignal::new(String::new());
    let a = RwSignal::new(String::new());
    let b = RwSignal::new(String::new());
    let comparison = RwSignal::new(None::<ScenarioComparison>);
    let take = move |response: Response| {
        if let Response::Scenarios(items) = response {
            list.set(items);
        }
    };
    // Saved and deleted scenarios are part of the workspace.
    let take_and_keep = move |response: Response| {
        take(response);
        state.autosave();
    };
    state.request(Request::Scenarios, take);
    view! {
        <div class="panel" data-testid="plan-scenarios">
            <h2>{tr(Text::ScenariosTitle)}</h2>
            <form class="decide-form" on:submit=move |ev| {
                ev.prevent_default();
                let n = name.get_untracked().trim().to_string();
                if !n.is_empty() {
                    state.request(Request::SaveScenario { name: n }, take_and_keep);
                    name.set(String::new());
                }
            }>
                <input class="field__input" data-testid="scenario-name" placeholder=tr(Text::ScenarioName)
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                <button type="submit" class="button button--small" data-testid="scenario-save">{tr(Text::ScenarioSave)}</button>
            </form>
            <ul class="scenario-list">
                {move || list.get().into_iter().map(|s| {
                    let remove = s.name.clone();
                    view! {
                        <li data-testid="scenario">
                            <strong>{s.name.clone()}</strong>
                            {move || format!(" — {} {}, {} {}", s.moves, t(lang.get(), Text::MovesShort), t(lang.get(), Text::Score), format_number(lang.get(), s.score_after, 3))}
                            " "
                            <button type="button" class="button button--link" on:click=move |_| {
                                state.request(Request::DeleteScenario { name: remove.clone() }, take_and_keep);
                            }>{tr(Text::Delete)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || (list.with(Vec::len) >= 2).then(|| view! {
                <div class="decide-form">
                    <span class="field__label">{tr(Text::Compare)}</span>
                    <select on:change=move |ev| a.set(event_target_value(&ev))>
                        <option value="">"A"</option>
                        {list.get().into_iter().map(|s| view! { <option value=s.name.clone()>{s.name.clone()}</option> }).collect_view()}
                    </select>
                    <select on:change=move |ev| b.set(event_target_value(&ev))>
                        <option value="">"B"</option>
                        {list.get().into_iter().map(|s| view! { <option value=s.name.clone()>{s.name.clone()}</option> }).collect_view()}
                    </select>
                    <button type="button" class="button button--small" on:click=move |_| {
                        let (x, y) = (a.get_untracked(), b.get_untracked());
                        if x.is_empty() || y.is_empty() { return; }
                        state.request(Request::CompareScenarios { a: x, b: y, lang: lang.get_untracked() }, move |r| {
                            if let Response::Comparison(c) = r { comparison.set(Some(*c)); }
                        });
                    }>{tr(Text::Compare)}</button>
                </div>
            })}
            {move || comparison.get().map(|c| view! { <Comparison lang=lang c=c /> })}
        </div>
    }
}

/// Two scenarios side by side.
#[component]
fn Comparison(lang: RwSignal<Lang>, c: ScenarioComparison) -> impl IntoView {
    let tr = move |text: Text| move || t(lang.get(), text);
    let (ta, tb) = (c.a.terms, c.b.terms);
    let rows: Vec<(Text, f64, f64, usize)> = vec![
        (Text::Score, c.a.score_after, c.b.score_after, 3),
        (Text::TermImbalance, ta.imbalance, tb.imbalance, 3),
        (Text::TermMoves, f64::from(ta.moves), f64::from(tb.moves), 0),
        (Text::TermKm, ta.km, tb.km, 1),
        (
            Text::TermPoints,
            f64::from(ta.points),
            f64::from(tb.points),
            0,
        ),
        (Text::TermGaps, f64::from(ta.gaps), f64::from(tb.gaps), 0),
    ];
    view! {
        <div class="comparison" data-testid="scenario-comparison">
            <table class="table table--compact">
                <thead><tr><th></th><th class="num">{c.a.name.clone()}</th><th class="num">{c.b.name.clone()}</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(label, x, y, d)| view! {
                        <tr><th scope="row">{tr(label)}</th>
                            <td class="num">{move || format_number(lang.get(), x, d)}</td>
                            <td class="num">{move || format_number(lang.get(), y, d)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p>{move || format!("{}: {} · {}: {} · {}: {}", t(lang.get(), Text::OnlyA), c.only_a, t(lang.get(), Text::OnlyB), c.only_b, t(lang.get(), Text::InBoth), c.both)}</p>
            {c.chart.clone().map(|svg| view! {
                <figure class="chart" data-testid="scenario-chart"><div class="chart__svg" inner_html=svg></div></figure>
            })}
            <table class="table table--compact">
                <thead><tr><th>{tr(Text::Unit)}</th><th class="num">{tr(Text::Need)}</th><th class="num">{tr(Text::Before)}</th>
                    <th class="num">"A"</th><th class="num">"B"</th></tr></thead>
                <tbody>
                    {c.units.iter().map(|u| {
                        let need = u.need;
                        view! {
                            <tr><td>{u.unit_name.clone()}</td><td class="num">{move || format_number(lang.get(), need, 1)}</td>
                                <td class="num">{u.staff_before}</td><td class="num">{u.staff_a}</td><td class="num">{u.staff_b}</td></tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Downloads and the import of a plan made elsewhere.
#[component]
fn Exports(screen: PlanScreen) -> impl IntoView {
    let state = screen.state;
    let lang = state.lang;
    let tr = move |text: Text| move || t(lang.get(), text);
    let on_file = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(list) = input.files() else { return };
        let picked = files::list_files(&list);
        input.set_value("");
        files::read_all(
            picked,
            |_| {},
            move |result| {
                if let Ok(read) = result {
                    screen.run.set(RunState::Running);
                    let lang = lang.get_untracked();
                    state.request_with_files(Request::ScorePlan { lang }, read, move |r| {
                        screen.take_plan(r)
                    });
                }
            },
        );
    };
    view! {
        <div class="panel exports">
            <h2>{tr(Text::ExportTitle)}</h2>
            <div class="exports__actions">
                <button type="button" class="button" data-testid="plan-export-csv"
                    on:click=move |_| state.request(Request::ExportPlanCsv, offer_download)>{tr(Text::ExportCsv)}</button>
                <button type="button" class="button" data-testid="plan-export-xlsx"
                    on:click=move |_| state.request(Request::ExportReport { lang: lang.get_untracked() }, offer_download)>{tr(Text::ExportReport)}</button>
                <label class="button">
                    {tr(Text::ImportPlan)}
                    <input type="file" accept=".csv,.xlsx" class="visually-hidden" data-testid="plan-import-input" on:change=on_file />
                </label>
            </div>
            <p class="hint">{tr(Text::ImportPlanHint)}</p>
        </div>
    }
}
