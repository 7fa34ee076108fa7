//! The plan screen's side of the session: the user's decisions, the
//! current plan (computed, or imported and scored), stepping through it,
//! the trade-off frontier, saved scenarios and the downloads.
//!
//! Owns: [`Decisions`] (keyed by NIP and unit code so they survive reloads)
//! and every view of a plan. Never does: planning itself (that is
//! `planner`), sentences (those are `i18n`), or browser calls. Entry point:
//! [`handle`], called by [`Session::handle`](super::Session::handle) for the
//! plan requests.
//!
//! Stepping must be fast on 100,000 employees, so a plan is kept with an
//! owned [`Frame`] of everything the views need (names, needs, staff per
//! unit); a step then costs O(units + moves), without rebuilding the
//! planner's context or running the planner again.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::charts::{self, StaffNeed, StaffNeedRow};
use crate::engine::{self, BlockCache, FrontierPoint, Share, SharePlans, Status};
use crate::i18n::Lang;
use crate::i18n::plan::{
    PlanIssue, ReportFacts, ShortFacts, comparison_chart_labels, frontier_labels, frontier_point,
    plan_chart_labels, plan_issue, plan_status, report_file_name, report_summary, short_reason,
    target_error, unknown_scenario,
};
use crate::i18n::problems::{location, message};
use crate::i18n::reasons::{MoveFacts, block_reason, move_reason};
use crate::io::report::{CellReportRow, Report, write_report_xlsx};
use crate::io::workspace::Scenario;
use crate::io::write_csv::write_plan_csv;
use crate::io::{InputFile, read_plan};
use crate::model::{DataSet, Date, MoveStatus, Nip, PlanRow, Weights};
use crate::planner::analysis::{EjCategory, analyse, category, ej};
use crate::planner::index::{CellIdx, EmployeeIdx, PositionIdx, UnitIdx};
use crate::planner::lower::{Lowered, PinError, Pins, lower};
use crate::planner::plan::{
    PlanError, PlanRequest, ShortCell, ShortReason, Step, plan_lowered, plan_reusing, short_cells,
    steps_of,
};
use crate::planner::score::{PlanScore, PlannedMove, Terms, Violation, score_plan};
use crate::planner::{Context, Prepared};

pub use crate::model::Decisions;

use super::{Request, Response, failed};

/// MIME type of `rencana.csv`.
pub const CSV_MIME: &str = "text/csv;charset=utf-8";
/// MIME type of an XLSX workbook.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/// About this many points on the trade-off frontier (the engine samples
/// move counts evenly beyond that).
pub const FRONTIER_POINTS: usize = 41;
/// At most this many units in a scenario comparison.
pub const COMPARE_UNITS: usize = 15;
/// At most this many units in the before/after chart.
pub const CHART_UNITS: usize = 20;

/// Where the current plan came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PlanSource {
    /// Computed by the planner from the decisions.
    Planned,
    /// Read from a `rencana` file and scored against the data.
    Imported {
        /// The file name.
        file: String,
    },
}

/// How good the plan is known to be.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum PlanStatus {
    /// Optimal for the decisions.
    Optimal,
    /// The best found within the move budget; the optimum is at least
    /// `lower_bound`, the plan at most `gap` above it.
    Bounded {
        /// Proven lower bound on the best score.
        lower_bound: f64,
        /// Score − lower bound.
        gap: f64,
    },
    /// A plan made elsewhere, scored but not optimised.
    Scored,
}

/// The terms of the score (objective.md), unweighted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TermsView {
    /// I: imbalance.
    pub imbalance: f64,
    /// M: moves.
    pub moves: u32,
    /// K: total km.
    pub km: f64,
    /// P: preference points.
    pub points: u32,
    /// R: moves of employees whose rotation is due.
    pub rotation_moves: u32,
    /// F: competency gaps.
    pub gaps: u32,
}

impl From<&Terms> for TermsView {
    fn from(t: &Terms) -> TermsView {
        TermsView {
            imbalance: t.imbalance,
            moves: t.moves,
            km: t.km,
            points: t.points,
            rotation_moves: t.rotation_moves,
            gaps: t.gaps,
        }
    }
}

/// One move as the plan table shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MoveRow {
    /// Place in the step order, from 1.
    pub step: usize,
    /// NIP (18 digits).
    pub nip: String,
    /// Name.
    pub name: String,
    /// Position code.
    pub position_code: String,
    /// Position name.
    pub position_name: String,
    /// Source unit code.
    pub from_unit_code: String,
    /// Source unit name.
    pub from_unit_name: String,
    /// Target unit code.
    pub to_unit_code: String,
    /// Target unit name.
    pub to_unit_name: String,
    /// Distance in km.
    pub km: f64,
    /// Wish met (1–3).
    pub wish: Option<u8>,
    /// Forced by a decision.
    pub forced: bool,
    /// Change of the score by this move at its place in the order.
    pub score_change: f64,
    /// Score after this move and all before it.
    pub score_after: f64,
    /// Status of the move (`usulan` for a computed plan).
    pub status: MoveStatus,
    /// Why, in the requested language.
    pub reason: String,
}

/// A cell with fewer staff than its need after the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShortCellRow {
    /// Unit code.
    pub unit_code: String,
    /// Unit name.
    pub unit_name: String,
    /// Position code.
    pub position_code: String,
    /// Position name.
    pub position_name: String,
    /// Staff after the plan.
    pub staff: u32,
    /// Need.
    pub need: f64,
    /// Why nobody more comes, in the requested language.
    pub reason: String,
}

/// Moves in a [`PlanView`]; the rest come page by page
/// ([`Request::PlanRows`](super::Request::PlanRows)), so a plan of 13,000
/// moves never travels to the page at once.
pub const PLAN_ROWS: usize = 100;

/// Cells left short listed in a [`PlanView`] (the rest are counted).
pub const SHORT_ROWS: usize = 100;

/// Moves of the current plan matching a filter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanRowsPage {
    /// The first matching moves, in step order.
    pub rows: Vec<MoveRow>,
    /// How many moves match.
    pub matching: usize,
}

/// The current plan as the plan screen shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanView {
    /// Computed or imported.
    pub source: PlanSource,
    /// Optimality.
    pub status: PlanStatus,
    /// The decisions the plan was made with (empty for an imported plan).
    pub decisions: Decisions,
    /// Score before any move.
    pub score_before: f64,
    /// Score after the plan.
    pub score_after: f64,
    /// Terms before.
    pub terms_before: TermsView,
    /// Terms after.
    pub terms_after: TermsView,
    /// Number of moves.
    pub moves: usize,
    /// Cells within the ideal EJ band before.
    pub cells_in_band_before: u32,
    /// Cells within the ideal EJ band after.
    pub cells_in_band_after: u32,
    /// Cells per EJ category A..E before.
    pub categories_before: [u32; 5],
    /// Cells per EJ category A..E after.
    pub categories_after: [u32; 5],
    /// Vacancies before.
    pub vacancies_before: u32,
    /// Vacancies after.
    pub vacancies_after: u32,
    /// Vacancies the plan fills.
    pub vacancies_filled: u32,
    /// Total km moved.
    pub total_km: f64,
    /// Score of the plan without any decision (settings' budget only), when
    /// known: always for a computed plan; for an imported one only when a
    /// plan was computed on the same data before (it is not solved just to
    /// score a file).
    pub optimum_score: Option<f64>,
    /// What the decisions cost: this plan's score minus that optimum; `None`
    /// for a plan without decisions or an imported one.
    pub decision_cost: Option<f64>,
    /// The first [`PLAN_ROWS`] moves in step order.
    pub rows: Vec<MoveRow>,
    /// Number of moves (all of them, also those not in `rows`).
    pub rows_total: usize,
    /// Cells left short, with the reason (the first [`SHORT_ROWS`]).
    pub short_cells: Vec<ShortCellRow>,
    /// Number of cells left short.
    pub short_total: usize,
    /// Decisions that could not be applied, in Indonesian and English.
    pub decision_issues: Vec<[String; 2]>,
    /// For an imported plan: every rule it breaks and every row left out,
    /// in the requested language, with row and NIP.
    pub violations: Vec<String>,
    /// Chart: staff against need per unit, before and after (SVG).
    pub chart_before_after: String,
}

/// One cell touched by a step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CellDetail {
    /// Unit code.
    pub unit_code: String,
    /// Unit name.
    pub unit_name: String,
    /// Position code.
    pub position_code: String,
    /// Position name.
    pub position_name: String,
    /// Need.
    pub need: f64,
    /// Staff just before the step.
    pub staff_before: u32,
    /// Staff just after it.
    pub staff_after: u32,
    /// EJ before the step.
    pub ej_before: Option<f64>,
    /// EJ after the step.
    pub ej_after: Option<f64>,
    /// EJ category before.
    pub category_before: Option<EjCategory>,
    /// EJ category after.
    pub category_after: Option<EjCategory>,
}

/// A step's change of the score, split into its weighted terms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TermChange {
    /// Change of I.
    pub imbalance: f64,
    /// α (one move).
    pub moves: f64,
    /// β·km.
    pub km: f64,
    /// −γ·points.
    pub preference: f64,
    /// −δ when rotation is due.
    pub rotation: f64,
    /// ζ·gaps.
    pub competency: f64,
    /// The sum.
    pub total: f64,
}

/// The move a step applies, in detail.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepDetail {
    /// The source cell.
    pub from: CellDetail,
    /// The target cell.
    pub to: CellDetail,
    /// The score change by term.
    pub change: TermChange,
}

/// The state after the first `index` moves of the current plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepView {
    /// Moves applied (0 = before any move).
    pub index: usize,
    /// Moves in the plan.
    pub total: usize,
    /// Score before any move.
    pub score_before: f64,
    /// Score after the first `index` moves.
    pub score_after: f64,
    /// The move just applied (`index` ≥ 1).
    pub applied: Option<MoveRow>,
    /// Its two cells and score change (`index` ≥ 1).
    pub detail: Option<StepDetail>,
    /// Chart: staff against need per unit at this step, the two units of
    /// the step highlighted (SVG).
    pub chart: String,
}

/// One point of the trade-off frontier.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrontierPointView {
    /// At most this many moves.
    pub moves: u64,
    /// Best score found with at most that many moves.
    pub score: f64,
    /// Proven optimal for this move count.
    pub exact: bool,
    /// Proven lower bound for this move count.
    pub lower_bound: f64,
}

/// The trade-off frontier without decisions: best score per move count.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrontierView {
    /// Points, by move count ascending.
    pub points: Vec<FrontierPointView>,
    /// Moves of the unconstrained optimum (the last point).
    pub optimum_moves: u64,
    /// Moves of the current plan, when there is one (highlighted).
    pub chosen_moves: Option<u64>,
    /// Chart: score against number of moves (SVG).
    pub chart: String,
}

/// A saved scenario in the list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioSummary {
    /// Its name.
    pub name: String,
    /// Its moves (rows not `ditolak`).
    pub moves: usize,
    /// Score before any move, against the current data.
    pub score_before: f64,
    /// Score of the scenario against the current data.
    pub score_after: f64,
    /// Rows that break a rule or no longer fit the data.
    pub problems: usize,
    /// The decisions it was planned with (plan again with them to make it
    /// the current plan); `None` for an imported plan or an old workspace.
    pub decisions: Option<Decisions>,
}

/// One side of a scenario comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioSide {
    /// Name.
    pub name: String,
    /// Moves.
    pub moves: usize,
    /// Score after it.
    pub score_after: f64,
    /// Its terms.
    pub terms: TermsView,
    /// Rows that break a rule or no longer fit the data, as sentences.
    pub problems: Vec<String>,
}

/// A unit's staff under two scenarios.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitDifference {
    /// Unit code.
    pub unit_code: String,
    /// Unit name.
    pub unit_name: String,
    /// Need of the unit.
    pub need: f64,
    /// Staff before any move.
    pub staff_before: u32,
    /// Staff after scenario A.
    pub staff_a: u32,
    /// Staff after scenario B.
    pub staff_b: u32,
}

/// Two scenarios side by side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioComparison {
    /// Score before any move.
    pub score_before: f64,
    /// Scenario A.
    pub a: ScenarioSide,
    /// Scenario B.
    pub b: ScenarioSide,
    /// Moves (NIP → unit) only in A.
    pub only_a: usize,
    /// Moves only in B.
    pub only_b: usize,
    /// Moves in both.
    pub both: usize,
    /// Units whose staff differs most between A and B, largest first.
    pub units: Vec<UnitDifference>,
    /// Those units' staff after A and after B against need, as an SVG
    /// document; `None` when no unit differs.
    pub chart: Option<String>,
}

/// Owned copies of what the views of one plan need, so a step or a
/// language switch never rebuilds the planner's context.
#[derive(Clone, Debug)]
struct Frame {
    /// (unit, position, need, staff before) per cell.
    cells: Vec<(UnitIdx, PositionIdx, f64, u32)>,
    unit_codes: Vec<String>,
    unit_names: Vec<String>,
    position_codes: Vec<String>,
    position_names: Vec<String>,
    /// Σ need per unit.
    unit_need: Vec<f64>,
    /// Σ staff per unit before the plan.
    unit_staff_before: Vec<u32>,
    /// Units in the chart, most changed first.
    chart_units: Vec<UnitIdx>,
    /// Units the plan touches.
    touched: usize,
    weights: Weights,
}

impl Frame {
    fn new(ctx: &Context<'_>, steps: &[Step]) -> Frame {
        let index = &ctx.index;
        let n_units = index.unit_codes.len();
        let mut unit_need = vec![0.0; n_units];
        let mut unit_staff_before = vec![0u32; n_units];
        for c in &index.cells {
            unit_need[c.unit] += c.need;
            unit_staff_before[c.unit] += c.staff_before;
        }
        let mut net = vec![0i64; n_units];
        let mut gross = vec![0u64; n_units];
        for s in steps {
            let (f, t) = (index.cells[s.from_cell].unit, index.cells[s.to_cell].unit);
            net[f] -= 1;
            net[t] += 1;
            gross[f] += 1;
            gross[t] += 1;
        }
        let mut touched: Vec<UnitIdx> = (0..n_units).filter(|&u| gross[u] > 0).collect();
        touched.sort_by(|&a, &b| {
            net[b]
                .abs()
                .cmp(&net[a].abs())
                .then(gross[b].cmp(&gross[a]))
                .then(a.cmp(&b))
        });
        let n_touched = touched.len();
        if touched.is_empty() {
            // A plan without moves still shows where the staffing stands:
            // the units furthest from their need (before = after).
            touched = (0..n_units).collect();
            let gap = |u: UnitIdx| (f64::from(unit_staff_before[u]) - unit_need[u]).abs();
            touched.sort_by(|&a, &b| gap(b).total_cmp(&gap(a)).then(a.cmp(&b)));
        }
        touched.truncate(CHART_UNITS);
        Frame {
            cells: index
                .cells
                .iter()
                .map(|c| (c.unit, c.position, c.need, c.staff_before))
                .collect(),
            unit_codes: index.unit_codes.clone(),
            unit_names: (0..n_units).map(|u| ctx.unit_name(u).to_string()).collect(),
            position_codes: index.position_codes.clone(),
            position_names: (0..index.position_codes.len())
                .map(|p| ctx.position_name(p).to_string())
                .collect(),
            unit_need,
            unit_staff_before,
            chart_units: touched,
            touched: n_touched,
            weights: ctx.data.settings.weights,
        }
    }

    fn unit_of(&self, cell: CellIdx) -> UnitIdx {
        self.cells[cell].0
    }

    /// Staff per unit after the first `k` steps.
    fn unit_staff_after(&self, steps: &[Step], k: usize) -> Vec<u32> {
        let mut staff = self.unit_staff_before.clone();
        for s in &steps[..k] {
            let (f, t) = (self.unit_of(s.from_cell), self.unit_of(s.to_cell));
            staff[f] = staff[f].saturating_sub(1);
            staff[t] += 1;
        }
        staff
    }

    /// The before/after chart after `k` of the steps; `step` labels it as a
    /// step view and highlights the step's units.
    fn chart(&self, steps: &[Step], k: usize, step: Option<usize>, lang: Lang) -> String {
        let after = self.unit_staff_after(steps, k);
        let mut units = self.chart_units.clone();
        let mut marked = Vec::new();
        if let Some(i) = step.filter(|&i| i >= 1 && i <= steps.len()) {
            let s = &steps[i - 1];
            for u in [self.unit_of(s.from_cell), self.unit_of(s.to_cell)] {
                if !units.contains(&u) {
                    // Keep the step's units visible even when they are not
                    // among the most changed ones.
                    if units.len() >= CHART_UNITS {
                        let drop = units
                            .iter()
                            .rposition(|x| !marked.contains(x))
                            .unwrap_or(units.len() - 1);
                        units.remove(drop);
                    }
                    units.push(u);
                }
                marked.push(u);
            }
        }
        // Every unit shown is touched by the plan, so `touched` ≥ shown
        // (or the plan has no move: `touched` = 0).
        let labels = plan_chart_labels(
            lang,
            units.len(),
            self.touched,
            step.map(|i| (i, steps.len())),
        );
        let rows = units
            .iter()
            .map(|&u| StaffNeedRow {
                label: self.unit_names[u].clone(),
                need: self.unit_need[u],
                before: f64::from(self.unit_staff_before[u]),
                after: Some(f64::from(after[u])),
            })
            .collect();
        let highlight = units
            .iter()
            .enumerate()
            .filter(|(_, u)| marked.contains(u))
            .map(|(i, _)| i)
            .collect();
        charts::staff_need_svg(&StaffNeed {
            title: labels.title,
            rows,
            legend: labels.legend,
            highlight,
        })
    }
}

/// Counts of one staffing that the plan view compares.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    in_band: u32,
    categories: [u32; 5],
    vacancies: u32,
}

/// A short cell with its candidate already named.
#[derive(Clone, Debug)]
struct Short {
    cell: CellIdx,
    staff: u32,
    need: f64,
    /// (name, source unit, imbalance saved, move cost).
    candidate: Option<(String, UnitIdx, f64, f64)>,
}

/// The plan the screens show.
#[derive(Clone, Debug)]
struct Current {
    decisions: Decisions,
    source: PlanSource,
    status: PlanStatus,
    steps: Vec<Step>,
    /// `rencana` rows, status included, reasons in Indonesian (the CSV's
    /// language); [`reason`] words a row's reason in another language when
    /// a screen asks for it, so a plan is not written out twice.
    rows: Vec<PlanRow>,
    score: PlanScore,
    before: Counts,
    after: Counts,
    vacancies_filled: u32,
    short: Vec<Short>,
    issues: Vec<[String; 2]>,
    violations: Vec<[String; 2]>,
    optimum_score: Option<f64>,
    frame: Frame,
}

/// The unconstrained optimum, cached until the data or settings change.
#[derive(Clone, Copy, Debug)]
struct Optimum {
    score: f64,
}

/// The plan state of a session.
#[derive(Debug, Default)]
pub(crate) struct PlanState {
    current: Option<Current>,
    optimum: Option<Optimum>,
    frontier: Option<Vec<FrontierPoint>>,
    /// Plans of the jabatan solved for recent plans, so that a decision
    /// re-solves only the jabatan it changes.
    blocks: BlockCache,
    /// The problem [`shares`] lowered, with its pins, for the plan request
    /// that follows (used once: lowering 100,000 employees takes about
    /// 0.1 s).
    lowered: Option<(Pins, Lowered)>,
    /// Scenarios and decisions saved with the workspace.
    pub(crate) saved: Saved,
    /// Those of a workspace import under review.
    pub(crate) pending: Saved,
}

/// What the workspace keeps of the plan screen besides the data.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Saved {
    /// Saved scenarios, in the order saved.
    pub(crate) scenarios: Vec<Scenario>,
    /// The decisions of the last computed plan (or restored ones).
    pub(crate) decisions: Decisions,
}

impl PlanState {
    /// Drops the current plan and every cached result (the data or the
    /// settings changed); scenarios stay.
    pub(crate) fn data_changed(&mut self) {
        self.current = None;
        self.optimum = None;
        self.frontier = None;
        self.blocks = BlockCache::default();
        self.lowered = None;
    }
}

fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::Id => 0,
        Lang::En => 1,
    }
}

fn both(f: impl Fn(Lang) -> String) -> [String; 2] {
    [f(Lang::Id), f(Lang::En)]
}

/// Answers a plan request; `data` is the loaded data set and `prepared`
/// the session's cache of what planning derives from it (see
/// [`super::context`]).
pub(crate) fn handle(
    state: &mut PlanState,
    prepared: &mut Option<Prepared>,
    data: Option<&DataSet>,
    today: Date,
    request: Request,
    files: Vec<InputFile>,
) -> Response {
    let Some(data) = data else {
        return Response::Empty;
    };
    match request {
        Request::Plan { decisions, lang } => {
            if !shows_current(state, &decisions) {
                state.saved.decisions = decisions.clone();
                let ctx = super::context(prepared, data, today);
                match compute(state, &ctx, decisions) {
                    Ok(current) => state.current = Some(current),
                    Err(response) => return response,
                }
            }
            show(state, lang)
        }
        Request::ShowPlan { lang } => show(state, lang),
        Request::Step { index, lang } => match &state.current {
            Some(c) => Response::Step(Box::new(step_view(c, index, lang))),
            None => no_plan(),
        },
        Request::PlanRows {
            filter,
            limit,
            lang,
        } => match &state.current {
            Some(c) => Response::PlanRows(Box::new(plan_rows_page(c, &filter, limit, lang))),
            None => no_plan(),
        },
        Request::ExportPlanCsv => match &state.current {
            Some(c) => Response::Download {
                name: "rencana.csv".into(),
                mime: CSV_MIME.into(),
                bytes: write_plan_csv(&c.rows),
            },
            None => no_plan(),
        },
        Request::ScorePlan { lang } => {
            let Some(file) = files.first() else {
                return failed(
                    "Pilih berkas rencana (rencana.csv) untuk dinilai.",
                    "Choose a plan file (rencana.csv) to score.",
                );
            };
            let ctx = super::context(prepared, data, today);
            // The optimum only when already known: solving it here would
            // make scoring a file as slow as planning.
            let optimum = state.optimum.map(|o| o.score);
            state.current = Some(score_file(&ctx, file, optimum));
            show(state, lang)
        }
        Request::Frontier { lang } => {
            if state.frontier.is_none() {
                let ctx = super::context(prepared, data, today);
                let points = lower(&ctx, &Pins::default())
                    .map_err(|e| format!("{e:?}"))
                    .and_then(|l| {
                        engine::frontier(&l.problem, FRONTIER_POINTS).map_err(|e| format!("{e:?}"))
                    });
                match points {
                    Ok(points) => state.frontier = Some(points),
                    Err(e) => {
                        return failed(
                            &format!("Kurva tidak dapat dihitung ({e})."),
                            &format!("The frontier could not be computed ({e})."),
                        );
                    }
                }
            }
            let chosen = state.current.as_ref().map(|c| c.steps.len() as u64);
            let points = state.frontier.as_deref().unwrap_or_default();
            Response::Frontier(Box::new(frontier_view(points, chosen, lang)))
        }
        Request::SaveScenario { name } => {
            let name = name.trim().to_string();
            let Some(c) = &state.current else {
                return no_plan();
            };
            if name.is_empty() {
                return failed("Beri nama skenario.", "Give the scenario a name.");
            }
            let scenario = Scenario {
                name,
                moves: c.rows.clone(),
                decisions: (c.source == PlanSource::Planned).then(|| c.decisions.clone()),
            };
            match state
                .saved
                .scenarios
                .iter_mut()
                .find(|s| s.name == scenario.name)
            {
                Some(old) => *old = scenario,
                None => state.saved.scenarios.push(scenario),
            }
            scenarios(state, prepared, data, today)
        }
        Request::DeleteScenario { name } => {
            state.saved.scenarios.retain(|s| s.name != name);
            scenarios(state, prepared, data, today)
        }
        Request::Scenarios => scenarios(state, prepared, data, today),
        Request::Decisions => Response::Decisions(Box::new(state.saved.decisions.clone())),
        Request::CompareScenarios { a, b, lang } => {
            let find = |name: &str| state.saved.scenarios.iter().find(|s| s.name == name);
            match (find(&a), find(&b)) {
                (Some(a), Some(b)) => {
                    let ctx = super::context(prepared, data, today);
                    Response::Comparison(Box::new(compare(&ctx, a, b, lang)))
                }
                (None, _) => failed(
                    &unknown_scenario(Lang::Id, &a),
                    &unknown_scenario(Lang::En, &a),
                ),
                (_, None) => failed(
                    &unknown_scenario(Lang::Id, &b),
                    &unknown_scenario(Lang::En, &b),
                ),
            }
        }
        Request::ExportReport { lang } => match &state.current {
            Some(c) => match write_report_xlsx(&report(c, data, today, lang)) {
                Ok(bytes) => Response::Download {
                    name: report_file_name(lang).into(),
                    mime: XLSX_MIME.into(),
                    bytes,
                },
                Err(e) => failed(
                    &format!("Laporan tidak dapat dibuat ({e:?})."),
                    &format!("The report could not be written ({e:?})."),
                ),
            },
            None => no_plan(),
        },
        _ => failed(
            "Permintaan ini bukan untuk layar rencana.",
            "This request is not for the plan screen.",
        ),
    }
}

/// The jabatan a [`Request::Plan`] with `decisions` would solve that no
/// kept plan covers, dealt into at most `parts` shares (see
/// [`engine::BlockCache::share_out`]); empty when the request would show
/// the current plan again, has a move budget (its jabatan are solved
/// together), or cannot be lowered (then the request reports why).
pub(crate) fn shares(
    state: &mut PlanState,
    prepared: &mut Option<Prepared>,
    data: &DataSet,
    today: Date,
    decisions: &Decisions,
    parts: usize,
) -> Vec<Share> {
    let request = PlanRequest {
        pins: Pins::default(),
        max_moves: decisions.budget,
    };
    if shows_current(state, decisions) || request.budget(&data.settings).is_some() {
        return Vec::new();
    }
    let ctx = super::context(prepared, data, today);
    let (pins, _) = resolve(&ctx, decisions);
    let Ok(lowered) = lower(&ctx, &pins) else {
        return Vec::new();
    };
    let shares = state
        .blocks
        .share_out(&lowered.problem, parts)
        .unwrap_or_default();
    state.lowered = Some((pins, lowered));
    shares
}

/// Solves `share` here and keeps its plans for the next plan.
pub(crate) fn solve_share(state: &mut PlanState, share: &Share) {
    if let Ok(plans) = engine::solve_share(share) {
        state.blocks.accept(share, plans);
    }
}

/// Keeps the plans another worker made for `share`; returns how many
/// jabatan they covered.
pub(crate) fn accept_share(state: &mut PlanState, share: &Share, plans: SharePlans) -> usize {
    state.blocks.accept(share, plans)
}

/// Whether a plan request with `decisions` only shows the current plan
/// again (it was planned with the same decisions).
fn shows_current(state: &PlanState, decisions: &Decisions) -> bool {
    state
        .current
        .as_ref()
        .is_some_and(|c| c.source == PlanSource::Planned && c.decisions == *decisions)
}

fn no_plan() -> Response {
    failed(
        "Belum ada rencana; hitung rencana dulu.",
        "There is no plan yet; compute a plan first.",
    )
}

fn show(state: &PlanState, lang: Lang) -> Response {
    match &state.current {
        Some(c) => Response::Plan(Box::new(plan_view(c, lang))),
        None => no_plan(),
    }
}

/// NIP → employee for the NIPs in `wanted` (those decisions or imported
/// rows name): one pass over the employees, which at 100,000 employees
/// costs a fraction of a map of every NIP when a plan names a few people
/// (or none).
fn employees_by_nip<'a>(
    data: &'a DataSet,
    wanted: &BTreeSet<&str>,
) -> BTreeMap<&'a str, EmployeeIdx> {
    let mut found = BTreeMap::new();
    if wanted.is_empty() {
        return found;
    }
    for (i, e) in data.employees.iter().enumerate() {
        if wanted.contains(e.nip.as_str()) {
            found.insert(e.nip.as_str(), i);
        }
    }
    found
}

fn normal_nip(text: &str) -> String {
    Nip::parse(text).map_or_else(|_| text.trim().to_string(), |n| n.as_str().to_string())
}

/// The decisions as planner pins, and every decision that names an
/// unknown NIP or unit (left out, in both languages).
fn resolve(ctx: &Context<'_>, decisions: &Decisions) -> (Pins, Vec<[String; 2]>) {
    let named: Vec<String> = decisions
        .keep
        .iter()
        .chain(decisions.reject.iter().map(|(nip, _)| nip))
        .chain(decisions.force.iter().map(|(nip, _)| nip))
        .map(|nip| normal_nip(nip))
        .collect();
    let by_nip = employees_by_nip(ctx.data, &named.iter().map(String::as_str).collect());
    let mut issues = Vec::new();
    let employee = |text: &str, issues: &mut Vec<[String; 2]>| {
        let nip = normal_nip(text);
        let found = by_nip.get(nip.as_str()).copied();
        if found.is_none() {
            issues.push(both(|l| {
                plan_issue(l, None, &PlanIssue::UnknownNip { nip: &nip })
            }));
        }
        found
    };
    let unit = |code: &str, issues: &mut Vec<[String; 2]>| {
        let code = code.trim();
        let found = ctx.index.unit(code);
        if found.is_none() {
            issues.push(both(|l| {
                plan_issue(l, None, &PlanIssue::UnknownUnit { unit: code })
            }));
        }
        found
    };
    let mut pins = Pins::default();
    for nip in &decisions.keep {
        if let Some(e) = employee(nip, &mut issues) {
            pins.keep.insert(e);
        }
    }
    for (nip, code) in &decisions.reject {
        if let (Some(e), Some(u)) = (employee(nip, &mut issues), unit(code, &mut issues)) {
            pins.forbid.insert((e, u));
        }
    }
    for (nip, code) in &decisions.force {
        if let (Some(e), Some(u)) = (employee(nip, &mut issues), unit(code, &mut issues)) {
            pins.force.insert(e, u);
        }
    }
    for code in &decisions.locked_units {
        if let Some(u) = unit(code, &mut issues) {
            pins.locked_units.insert(u);
        }
    }
    (pins, issues)
}

fn pin_error_issue(
    ctx: &Context<'_>,
    error: &PinError,
    target: Option<UnitIdx>,
    lang: Lang,
) -> String {
    let emp = &ctx.data.employees[pin_error_employee(error)];
    let (nip, name) = (emp.nip.as_str(), emp.name.as_str());
    let issue = match error {
        PinError::NotMovable { blocks, .. } => PlanIssue::NotMovable {
            nip,
            name,
            reasons: blocks.iter().map(|b| block_reason(lang, b)).collect(),
        },
        PinError::NoCell { employee, unit } => PlanIssue::NoCell {
            nip,
            name,
            unit: ctx.unit_name(*unit),
            position: ctx
                .position_name(ctx.index.cells[ctx.index.employee_cell[*employee]].position),
        },
        PinError::BadTarget { reason, .. } => PlanIssue::BadTarget {
            nip,
            name,
            unit: target.map_or("", |u| ctx.unit_name(u)),
            reason: target_error(lang, reason),
        },
    };
    plan_issue(lang, None, &issue)
}

fn pin_error_employee(error: &PinError) -> EmployeeIdx {
    match error {
        PinError::NotMovable { employee, .. }
        | PinError::NoCell { employee, .. }
        | PinError::BadTarget { employee, .. } => *employee,
    }
}

/// Plans with the decisions; forced moves that break a rule are reported
/// and left out, the rest is planned.
fn compute(
    state: &mut PlanState,
    ctx: &Context<'_>,
    decisions: Decisions,
) -> Result<Current, Response> {
    let (mut pins, mut issues) = resolve(ctx, &decisions);
    let request = |pins: &Pins| PlanRequest {
        pins: pins.clone(),
        max_moves: decisions.budget,
    };
    let first = match state.lowered.take() {
        Some((lowered_pins, lowered)) if lowered_pins == pins => {
            plan_lowered(ctx, &lowered, &request(&pins), &mut state.blocks)
        }
        _ => plan_reusing(ctx, &request(&pins), &mut state.blocks),
    };
    let result = match first {
        Err(PlanError::Pins(errors)) => {
            for error in &errors {
                let e = pin_error_employee(error);
                let target = pins.force.get(&e).copied();
                issues.push(both(|l| pin_error_issue(ctx, error, target, l)));
                pins.force.remove(&e);
            }
            plan_reusing(ctx, &request(&pins), &mut state.blocks)
        }
        other => other,
    };
    let result = match result {
        Ok(r) => r,
        Err(e) => {
            return Err(failed(
                &format!("Rencana tidak dapat dihitung ({e:?})."),
                &format!("The plan could not be computed ({e:?})."),
            ));
        }
    };
    let optimum_score = if decisions.is_empty() {
        state.optimum = Some(Optimum {
            score: result.score.total_after,
        });
        Some(result.score.total_after)
    } else {
        optimum(state, ctx)
    };
    let status = match result.status {
        Status::Optimal => PlanStatus::Optimal,
        Status::Bounded { lower_bound, gap } => PlanStatus::Bounded { lower_bound, gap },
    };
    let statuses = vec![MoveStatus::Usulan; result.steps.len()];
    Ok(current(
        ctx,
        decisions,
        PlanSource::Planned,
        status,
        result.steps,
        &statuses,
        result.score,
        result.short_cells,
        issues,
        Vec::new(),
        optimum_score,
    ))
}

#[allow(clippy::too_many_arguments)]
fn current(
    ctx: &Context<'_>,
    decisions: Decisions,
    source: PlanSource,
    status: PlanStatus,
    steps: Vec<Step>,
    statuses: &[MoveStatus],
    score: PlanScore,
    short_cells: Vec<ShortCell>,
    issues: Vec<[String; 2]>,
    violations: Vec<[String; 2]>,
    optimum_score: Option<f64>,
) -> Current {
    let staff_before: Vec<u32> = ctx.index.cells.iter().map(|c| c.staff_before).collect();
    let a0 = analyse(ctx, &staff_before);
    let a1 = analyse(ctx, &score.staff_after);
    let counts = |a: &crate::planner::analysis::Analysis| Counts {
        in_band: a.cells_in_band,
        categories: a.category_counts,
        vacancies: a.vacancies,
    };
    let vacancies_filled = a0
        .cells
        .iter()
        .zip(&a1.cells)
        .filter(|(b, a)| b.vacancy && !a.vacancy)
        .count() as u32;
    let short = short_cells
        .into_iter()
        .map(|s| Short {
            cell: s.cell,
            staff: s.staff,
            need: s.need,
            candidate: match s.reason {
                ShortReason::NoEligibleCandidate => None,
                ShortReason::CostsMoreThanItSaves {
                    employee,
                    from_cell,
                    imbalance_saved,
                    move_cost,
                } => Some((
                    ctx.data.employees[employee].name.clone(),
                    ctx.index.cells[from_cell].unit,
                    imbalance_saved,
                    move_cost,
                )),
            },
        })
        .collect();
    let mut rows = plan_rows(ctx, &steps, Lang::Id);
    for (row, status) in rows.iter_mut().zip(statuses) {
        row.status = *status;
    }
    let frame = Frame::new(ctx, &steps);
    Current {
        rows,
        frame,
        decisions,
        source,
        status,
        steps,
        score,
        before: counts(&a0),
        after: counts(&a1),
        vacancies_filled,
        short,
        issues,
        violations,
        optimum_score,
    }
}

/// Rows of `rencana.csv` for the steps of a plan, in step order, reasons in
/// `lang` (the CSV download uses Indonesian), status `usulan`. The CLI and
/// the app share it, so both write the same bytes for the same plan.
pub fn plan_rows(ctx: &Context<'_>, steps: &[Step], lang: Lang) -> Vec<PlanRow> {
    let data = ctx.data;
    steps
        .iter()
        .map(|step| {
            let e = &data.employees[step.employee];
            let x = &step.explanation;
            let from_unit = ctx.index.cells[step.from_cell].unit;
            let to_unit = ctx.index.cells[step.to_cell].unit;
            let reason = move_reason(
                lang,
                &move_facts(step, ctx.unit_name(from_unit), ctx.unit_name(to_unit)),
            );
            PlanRow {
                nip: e.nip.clone(),
                name: e.name.clone(),
                position: e.position.clone(),
                from_unit: ctx.index.unit_codes[from_unit].clone(),
                to_unit: ctx.index.unit_codes[to_unit].clone(),
                km: Some(x.parts.km),
                wish: x.parts.wish,
                reason,
                status: MoveStatus::Usulan,
            }
        })
        .collect()
}

/// The facts `move_reason` words for one step, with its units' names.
fn move_facts<'a>(step: &'a Step, from_unit: &'a str, to_unit: &'a str) -> MoveFacts<'a> {
    let x = &step.explanation;
    MoveFacts {
        from_unit,
        from_staff: x.from_staff,
        from_need: x.from_need,
        to_unit,
        to_staff: x.to_staff,
        to_need: x.to_need,
        wish: x.parts.wish,
        rotation_due: x.parts.rotation_due,
        gaps: &x.parts.gaps,
        forced: step.forced,
    }
}

/// The reason for step `i` of the current plan in `lang`.
fn reason(c: &Current, i: usize, lang: Lang) -> String {
    match lang {
        Lang::Id => c.rows[i].reason.clone(),
        Lang::En => {
            let (f, s) = (&c.frame, &c.steps[i]);
            let (fu, tu) = (f.unit_of(s.from_cell), f.unit_of(s.to_cell));
            move_reason(lang, &move_facts(s, &f.unit_names[fu], &f.unit_names[tu]))
        }
    }
}

fn move_row(c: &Current, i: usize, lang: Lang) -> MoveRow {
    let f = &c.frame;
    let s = &c.steps[i];
    let row = &c.rows[i];
    let (fu, tu) = (f.unit_of(s.from_cell), f.unit_of(s.to_cell));
    let position = f.cells[s.from_cell].1;
    MoveRow {
        step: i + 1,
        nip: row.nip.as_str().to_string(),
        name: row.name.clone(),
        position_code: f.position_codes[position].clone(),
        position_name: f.position_names[position].clone(),
        from_unit_code: f.unit_codes[fu].clone(),
        from_unit_name: f.unit_names[fu].clone(),
        to_unit_code: f.unit_codes[tu].clone(),
        to_unit_name: f.unit_names[tu].clone(),
        km: s.explanation.parts.km,
        wish: s.explanation.parts.wish,
        forced: s.forced,
        score_change: s.explanation.score_change,
        score_after: s.score_after,
        status: row.status,
        reason: reason(c, i, lang),
    }
}

/// The moves whose employee, position or units contain `filter` (any
/// case), the first `limit` of them in step order.
fn plan_rows_page(c: &Current, filter: &str, limit: usize, lang: Lang) -> PlanRowsPage {
    let needle = filter.trim().to_lowercase();
    let f = &c.frame;
    let matches = |i: usize| {
        if needle.is_empty() {
            return true;
        }
        let s = &c.steps[i];
        let row = &c.rows[i];
        let (fu, tu) = (f.unit_of(s.from_cell), f.unit_of(s.to_cell));
        let position = f.cells[s.from_cell].1;
        [
            row.name.as_str(),
            row.nip.as_str(),
            f.position_names[position].as_str(),
            f.unit_names[fu].as_str(),
            f.unit_names[tu].as_str(),
            f.unit_codes[fu].as_str(),
            f.unit_codes[tu].as_str(),
        ]
        .iter()
        .any(|text| text.to_lowercase().contains(&needle))
    };
    let hits: Vec<usize> = (0..c.steps.len()).filter(|&i| matches(i)).collect();
    PlanRowsPage {
        matching: hits.len(),
        rows: hits
            .iter()
            .take(limit)
            .map(|&i| move_row(c, i, lang))
            .collect(),
    }
}

fn plan_view(c: &Current, lang: Lang) -> PlanView {
    let f = &c.frame;
    let slot = lang_slot(lang);
    let short_cells = c
        .short
        .iter()
        .take(SHORT_ROWS)
        .map(|s| {
            let (unit, position, _, _) = f.cells[s.cell];
            ShortCellRow {
                unit_code: f.unit_codes[unit].clone(),
                unit_name: f.unit_names[unit].clone(),
                position_code: f.position_codes[position].clone(),
                position_name: f.position_names[position].clone(),
                staff: s.staff,
                need: s.need,
                reason: short_reason(
                    lang,
                    &ShortFacts {
                        unit: &f.unit_names[unit],
                        position: &f.position_names[position],
                        staff: s.staff,
                        need: s.need,
                        candidate: s.candidate.as_ref().map(|(name, from, saved, cost)| {
                            (name.as_str(), f.unit_names[*from].as_str(), *saved, *cost)
                        }),
                    },
                ),
            }
        })
        .collect();
    PlanView {
        source: c.source.clone(),
        status: c.status,
        decisions: c.decisions.clone(),
        score_before: c.score.total_before,
        score_after: c.score.total_after,
        terms_before: (&c.score.before).into(),
        terms_after: (&c.score.after).into(),
        moves: c.steps.len(),
        cells_in_band_before: c.before.in_band,
        cells_in_band_after: c.after.in_band,
        categories_before: c.before.categories,
        categories_after: c.after.categories,
        vacancies_before: c.before.vacancies,
        vacancies_after: c.after.vacancies,
        vacancies_filled: c.vacancies_filled,
        total_km: c.score.after.km,
        optimum_score: c.optimum_score,
        decision_cost: decision_cost(c),
        rows: (0..c.steps.len().min(PLAN_ROWS))
            .map(|i| move_row(c, i, lang))
            .collect(),
        rows_total: c.steps.len(),
        short_cells,
        short_total: c.short.len(),
        decision_issues: c.issues.clone(),
        violations: c.violations.iter().map(|v| v[slot].clone()).collect(),
        chart_before_after: f.chart(&c.steps, c.steps.len(), None, lang),
    }
}

fn step_view(c: &Current, index: usize, lang: Lang) -> StepView {
    let f = &c.frame;
    let total = c.steps.len();
    let k = index.min(total);
    let score_before = c.score.total_before;
    let score_after = if k == 0 {
        score_before
    } else {
        c.steps[k - 1].score_after
    };
    let detail = (k >= 1).then(|| {
        let s = &c.steps[k - 1];
        let x = &s.explanation;
        let w = &f.weights;
        let cell = |cell: CellIdx, before: u32, after: u32| {
            let (unit, position, need, _) = f.cells[cell];
            CellDetail {
                unit_code: f.unit_codes[unit].clone(),
                unit_name: f.unit_names[unit].clone(),
                position_code: f.position_codes[position].clone(),
                position_name: f.position_names[position].clone(),
                need,
                staff_before: before,
                staff_after: after,
                ej_before: ej(need, before),
                ej_after: ej(need, after),
                category_before: category(need, before),
                category_after: category(need, after),
            }
        };
        let same = s.from_cell == s.to_cell;
        let change = TermChange {
            imbalance: x.imbalance_change,
            moves: w.alpha,
            km: w.beta * x.parts.km,
            preference: -w.gamma * f64::from(x.parts.points),
            rotation: if x.parts.rotation_due { -w.delta } else { 0.0 },
            competency: w.zeta * x.parts.gaps.len() as f64,
            total: x.score_change,
        };
        StepDetail {
            from: cell(
                s.from_cell,
                x.from_staff,
                if same {
                    x.from_staff
                } else {
                    x.from_staff.saturating_sub(1)
                },
            ),
            to: cell(
                s.to_cell,
                x.to_staff,
                if same { x.to_staff } else { x.to_staff + 1 },
            ),
            change,
        }
    });
    StepView {
        index: k,
        total,
        score_before,
        score_after,
        applied: (k >= 1).then(|| move_row(c, k - 1, lang)),
        detail,
        chart: f.chart(&c.steps, k, Some(k), lang),
    }
}

/// The score of the plan without decisions, solved once per data set.
fn optimum(state: &mut PlanState, ctx: &Context<'_>) -> Option<f64> {
    if state.optimum.is_none() {
        let free = plan_reusing(ctx, &PlanRequest::default(), &mut state.blocks).ok()?;
        state.optimum = Some(Optimum {
            score: free.score.total_after,
        });
    }
    state.optimum.map(|o| o.score)
}

/// The moves of `rencana` rows that fit the data, and why the others do
/// not. Rows `ditolak` are left out silently (data-format.md); a row with
/// an unknown NIP or unit, a second row of the same employee, or a unit
/// without the employee's position is left out and reported.
struct RowMoves {
    /// (employee, target cell, forced = false) in row order.
    order: Vec<(EmployeeIdx, CellIdx, bool)>,
    /// The same as planned moves.
    moves: Vec<PlannedMove>,
    /// Sheet row (header = 1) of each move.
    rows: Vec<u32>,
    /// Status of each move.
    statuses: Vec<MoveStatus>,
    /// Rows left out, in both languages.
    issues: Vec<[String; 2]>,
}

fn row_moves(ctx: &Context<'_>, rows: &[PlanRow]) -> RowMoves {
    let by_nip = employees_by_nip(ctx.data, &rows.iter().map(|r| r.nip.as_str()).collect());
    let mut out = RowMoves {
        order: Vec::new(),
        moves: Vec::new(),
        rows: Vec::new(),
        statuses: Vec::new(),
        issues: Vec::new(),
    };
    let mut seen = BTreeSet::new();
    for (i, row) in rows.iter().enumerate() {
        let sheet_row = i as u32 + 2;
        if row.status == MoveStatus::Ditolak {
            continue;
        }
        let mut issue = |issue: &dyn Fn(Lang) -> String| out.issues.push(both(issue));
        let Some(&employee) = by_nip.get(row.nip.as_str()) else {
            issue(&|l| {
                plan_issue(
                    l,
                    Some(sheet_row),
                    &PlanIssue::UnknownNip {
                        nip: row.nip.as_str(),
                    },
                )
            });
            continue;
        };
        let emp = &ctx.data.employees[employee];
        let (nip, name) = (emp.nip.as_str(), emp.name.as_str());
        let Some(unit) = ctx.index.unit(row.to_unit.trim()) else {
            issue(&|l| {
                plan_issue(
                    l,
                    Some(sheet_row),
                    &PlanIssue::UnknownUnit { unit: &row.to_unit },
                )
            });
            continue;
        };
        if !seen.insert(employee) {
            issue(&|l| plan_issue(l, Some(sheet_row), &PlanIssue::MovedTwice { nip, name }));
            continue;
        }
        let position = ctx.index.cells[ctx.index.employee_cell[employee]].position;
        let Some(cell) = ctx.index.cell(position, unit) else {
            issue(&|l| {
                plan_issue(
                    l,
                    Some(sheet_row),
                    &PlanIssue::NoCell {
                        nip,
                        name,
                        unit: ctx.unit_name(unit),
                        position: ctx.position_name(position),
                    },
                )
            });
            continue;
        };
        out.order.push((employee, cell, false));
        out.moves.push(PlannedMove {
            employee,
            to_unit: unit,
        });
        out.rows.push(sheet_row);
        out.statuses.push(row.status);
    }
    out
}

/// Every rule the moves break, as sentences with row and NIP.
fn violation_issues(ctx: &Context<'_>, read: &RowMoves, score: &PlanScore) -> Vec<[String; 2]> {
    score
        .violations
        .iter()
        .map(|v| {
            let i = match v {
                Violation::NotMovable { move_index, .. }
                | Violation::BadTarget { move_index, .. }
                | Violation::MovedTwice { move_index } => *move_index,
            };
            let m = read.moves[i];
            let emp = &ctx.data.employees[m.employee];
            let (nip, name) = (emp.nip.as_str(), emp.name.as_str());
            let row = Some(read.rows[i]);
            both(|l| {
                let issue = match v {
                    Violation::NotMovable { blocks, .. } => PlanIssue::NotMovable {
                        nip,
                        name,
                        reasons: blocks.iter().map(|b| block_reason(l, b)).collect(),
                    },
                    Violation::BadTarget { reason, .. } => PlanIssue::BadTarget {
                        nip,
                        name,
                        unit: ctx.unit_name(m.to_unit),
                        reason: target_error(l, reason),
                    },
                    Violation::MovedTwice { .. } => PlanIssue::MovedTwice { nip, name },
                };
                plan_issue(l, row, &issue)
            })
        })
        .collect()
}

/// A `rencana` file scored against the data, as the current plan.
fn score_file(ctx: &Context<'_>, file: &InputFile, optimum_score: Option<f64>) -> Current {
    let (rows, problems) = read_plan(file);
    let mut issues: Vec<[String; 2]> = problems
        .iter()
        .map(|p| both(|l| format!("{}: {}", location(l, p), message(l, p))))
        .collect();
    let read = row_moves(ctx, &rows);
    let score = score_plan(ctx, &read.moves);
    issues.extend(read.issues.iter().cloned());
    issues.extend(violation_issues(ctx, &read, &score));
    let steps = steps_of(ctx, &read.order);
    let short = short_cells(ctx, &score.staff_after, &steps);
    current(
        ctx,
        Decisions::default(),
        PlanSource::Imported {
            file: file.name.clone(),
        },
        PlanStatus::Scored,
        steps,
        &read.statuses,
        score,
        short,
        Vec::new(),
        issues,
        optimum_score,
    )
}

fn frontier_view(points: &[FrontierPoint], chosen: Option<u64>, lang: Lang) -> FrontierView {
    let labels = frontier_labels(lang);
    // The chosen plan's move count, or the last frontier point below it
    // when the frontier was sampled.
    let chosen_index = chosen.and_then(|m| points.iter().rposition(|p| p.moves <= m));
    let chart = charts::frontier_svg(&charts::Frontier {
        title: labels.title,
        points: points
            .iter()
            .map(|p| charts::FrontierChartPoint {
                moves: p.moves as f64,
                score: p.score,
                exact: p.exact,
            })
            .collect(),
        chosen: chosen_index,
        chosen_label: chosen_index
            .map(|i| frontier_point(lang, points[i].moves, points[i].score))
            .unwrap_or_default(),
        legend: labels.legend,
        x_label: labels.x_label,
        y_label: labels.y_label,
    });
    FrontierView {
        points: points
            .iter()
            .map(|p| FrontierPointView {
                moves: p.moves,
                score: p.score,
                exact: p.exact,
                lower_bound: p.lower_bound,
            })
            .collect(),
        optimum_moves: points.last().map_or(0, |p| p.moves),
        chosen_moves: chosen,
        chart,
    }
}

fn scenarios(
    state: &PlanState,
    prepared: &mut Option<Prepared>,
    data: &DataSet,
    today: Date,
) -> Response {
    let ctx = super::context(prepared, data, today);
    Response::Scenarios(
        state
            .saved
            .scenarios
            .iter()
            .map(|s| {
                let read = row_moves(&ctx, &s.moves);
                let score = score_plan(&ctx, &read.moves);
                ScenarioSummary {
                    name: s.name.clone(),
                    moves: read.moves.len(),
                    score_before: score.total_before,
                    score_after: score.total_after,
                    problems: read.issues.len() + score.violations.len(),
                    decisions: s.decisions.clone(),
                }
            })
            .collect(),
    )
}

fn compare(ctx: &Context<'_>, a: &Scenario, b: &Scenario, lang: Lang) -> ScenarioComparison {
    let slot = lang_slot(lang);
    let side = |s: &Scenario| {
        let read = row_moves(ctx, &s.moves);
        let score = score_plan(ctx, &read.moves);
        let problems = read
            .issues
            .iter()
            .chain(violation_issues(ctx, &read, &score).iter())
            .map(|m| m[slot].clone())
            .collect();
        let set: BTreeSet<(EmployeeIdx, UnitIdx)> =
            read.moves.iter().map(|m| (m.employee, m.to_unit)).collect();
        let view = ScenarioSide {
            name: s.name.clone(),
            moves: read.moves.len(),
            score_after: score.total_after,
            terms: (&score.after).into(),
            problems,
        };
        (view, set, score)
    };
    let (va, sa, score_a) = side(a);
    let (vb, sb, score_b) = side(b);
    let n_units = ctx.index.unit_codes.len();
    let mut need = vec![0.0; n_units];
    let (mut before, mut after_a, mut after_b) = (
        vec![0u32; n_units],
        vec![0u32; n_units],
        vec![0u32; n_units],
    );
    for (c, info) in ctx.index.cells.iter().enumerate() {
        need[info.unit] += info.need;
        before[info.unit] += info.staff_before;
        after_a[info.unit] += score_a.staff_after[c];
        after_b[info.unit] += score_b.staff_after[c];
    }
    let mut units: Vec<UnitIdx> = (0..n_units).filter(|&u| after_a[u] != after_b[u]).collect();
    units.sort_by(|&x, &y| {
        after_a[y]
            .abs_diff(after_b[y])
            .cmp(&after_a[x].abs_diff(after_b[x]))
            .then(x.cmp(&y))
    });
    let differing = units.len();
    units.truncate(COMPARE_UNITS);
    let units: Vec<UnitDifference> = units
        .into_iter()
        .map(|u| UnitDifference {
            unit_code: ctx.index.unit_codes[u].clone(),
            unit_name: ctx.unit_name(u).to_string(),
            need: need[u],
            staff_before: before[u],
            staff_a: after_a[u],
            staff_b: after_b[u],
        })
        .collect();
    let chart = (!units.is_empty()).then(|| {
        let labels = comparison_chart_labels(lang, &va.name, &vb.name, units.len(), differing);
        charts::staff_need_svg(&StaffNeed {
            title: labels.title,
            rows: units
                .iter()
                .map(|u| StaffNeedRow {
                    label: u.unit_name.clone(),
                    need: u.need,
                    before: f64::from(u.staff_a),
                    after: Some(f64::from(u.staff_b)),
                })
                .collect(),
            legend: labels.legend,
            highlight: Vec::new(),
        })
    });
    ScenarioComparison {
        chart,
        score_before: score_a.total_before,
        only_a: sa.difference(&sb).count(),
        only_b: sb.difference(&sa).count(),
        both: sa.intersection(&sb).count(),
        a: va,
        b: vb,
        units,
    }
}

fn report(c: &Current, data: &DataSet, today: Date, lang: Lang) -> Report {
    let f = &c.frame;
    let letter = |need: f64, staff: u32| {
        category(need, staff).map_or_else(String::new, |k| k.letter().to_string())
    };
    let cells = f
        .cells
        .iter()
        .zip(&c.score.staff_after)
        .map(|(&(unit, position, need, before), &after)| CellReportRow {
            unit_code: f.unit_codes[unit].clone(),
            unit_name: f.unit_names[unit].clone(),
            position_code: f.position_codes[position].clone(),
            position_name: f.position_names[position].clone(),
            need,
            staff_before: before,
            staff_after: after,
            ej_before: ej(need, before),
            ej_after: ej(need, after),
            category_before: letter(need, before),
            category_after: letter(need, after),
        })
        .collect();
    let view = decision_cost(c);
    let status = match c.status {
        PlanStatus::Optimal => plan_status(lang, None, false),
        PlanStatus::Bounded { lower_bound, gap } => {
            plan_status(lang, Some((lower_bound, gap)), false)
        }
        PlanStatus::Scored => plan_status(lang, None, true),
    };
    Report {
        plan: c
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| PlanRow {
                reason: reason(c, i, lang),
                ..row.clone()
            })
            .collect(),
        cells,
        settings: data.settings.clone(),
        summary: report_summary(
            lang,
            &ReportFacts {
                status,
                reference_date: data.settings.reference_date.unwrap_or(today).to_string(),
                score_before: c.score.total_before,
                score_after: c.score.total_after,
                moves: c.steps.len(),
                km: c.score.after.km,
                in_band: (c.before.in_band, c.after.in_band),
                vacancies: (c.before.vacancies, c.after.vacancies),
                decision_cost: view,
                issues: c.issues.len() + c.violations.len(),
            },
        ),
    }
}

/// What the decisions cost (this plan minus the optimum without them).
fn decision_cost(c: &Current) -> Option<f64> {
    match (&c.source, c.optimum_score) {
        (PlanSource::Planned, Some(o)) if !c.decisions.is_empty() => Some(c.score.total_after - o),
        _ => None,
    }
}
