//! Planning end to end: lower, solve (exactly, or within a move budget),
//! map back to employees, order the moves for presentation, and explain
//! every move and every cell left short.

use std::collections::BTreeMap;

use crate::engine::{self, BlockCache, EngineError, Status};
use crate::model::Settings;

use super::Context;
use super::index::{CellIdx, EmployeeIdx, UnitIdx};
use super::lower::{Lowered, PinError, Pins, assign, lower};
use super::rules::{MoveParts, check_target, move_parts, unit_km};
use super::score::{PlanScore, PlannedMove, cell_cost, score_plan};

/// What to plan.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanRequest {
    /// The user's decisions.
    pub pins: Pins,
    /// At most this many moves (engine moves, forced moves not counted);
    /// `None` = the settings' `maks_mutasi`, which may also be unset.
    pub max_moves: Option<u32>,
}

impl PlanRequest {
    /// The move budget in force: the request's, else the settings'
    /// `maks_mutasi`; `None` plans without one.
    pub fn budget(&self, settings: &Settings) -> Option<u32> {
        self.max_moves.or(settings.max_moves)
    }
}

/// The numbers behind one move at its place in the step order.
#[derive(Clone, Debug, PartialEq)]
pub struct MoveExplanation {
    /// Staff of the source cell before the move.
    pub from_staff: u32,
    /// Need of the source cell.
    pub from_need: f64,
    /// Staff of the target cell before the move.
    pub to_staff: u32,
    /// Need of the target cell.
    pub to_need: f64,
    /// Change of the imbalance term I by this move (negative = better).
    pub imbalance_change: f64,
    /// The move's own cost parts.
    pub parts: MoveParts,
    /// Change of the whole score by this move.
    pub score_change: f64,
}

/// One move of the plan, in presentation order.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The employee.
    pub employee: EmployeeIdx,
    /// Source cell.
    pub from_cell: CellIdx,
    /// Target cell.
    pub to_cell: CellIdx,
    /// Forced by the user (a pin) rather than proposed by the engine.
    pub forced: bool,
    /// The numbers behind it.
    pub explanation: MoveExplanation,
    /// Score of the plan made of this step and all steps before it.
    pub score_after: f64,
}

/// Why a cell stays short after the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum ShortReason {
    /// Nobody of this position may legally move here.
    NoEligibleCandidate,
    /// The best candidate's move would raise the score.
    CostsMoreThanItSaves {
        /// The best candidate.
        employee: EmployeeIdx,
        /// Their cell.
        from_cell: CellIdx,
        /// Imbalance saved (positive) by moving them here.
        imbalance_saved: f64,
        /// What the move itself costs (α + β·km − γ·P − δ·R + ζ·F).
        move_cost: f64,
    },
}

/// A cell with fewer staff than its need after the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct ShortCell {
    /// The cell.
    pub cell: CellIdx,
    /// Staff after the plan.
    pub staff: u32,
    /// Need.
    pub need: f64,
    /// Why nobody more comes.
    pub reason: ShortReason,
}

/// A computed plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanResult {
    /// Moves in presentation order (forced ones first, then the engine's
    /// order where the score falls fastest); every prefix is a valid plan.
    pub steps: Vec<Step>,
    /// The reference score of the plan, before and after.
    pub score: PlanScore,
    /// Optimality status from the engine.
    pub status: Status,
    /// Cells left short, with the reason.
    pub short_cells: Vec<ShortCell>,
}

/// Why no plan could be made.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanError {
    /// Forced moves break rules.
    Pins(Vec<PinError>),
    /// The engine refused the lowered problem (a bug or invalid numbers).
    Engine(EngineError),
}

/// Computes the optimal plan (or the best within a move budget).
///
/// # Errors
/// [`PlanError::Pins`] when forced moves break rules; the engine's error
/// for invalid numbers (e.g. a negative weight).
pub fn plan(ctx: &Context<'_>, request: &PlanRequest) -> Result<PlanResult, PlanError> {
    plan_reusing(ctx, request, &mut BlockCache::default())
}

/// As [`plan`], keeping the plans of the blocks (jabatan) in `cache` for
/// the next call: without a move budget, a jabatan whose inputs did not
/// change since one of the last few calls is not solved again, so a decision
/// about one employee re-solves only that employee's jabatan. The result
/// is the same as [`plan`]'s.
///
/// # Errors
/// As [`plan`].
pub fn plan_reusing(
    ctx: &Context<'_>,
    request: &PlanRequest,
    cache: &mut BlockCache,
) -> Result<PlanResult, PlanError> {
    let lowered = lower(ctx, &request.pins).map_err(PlanError::Pins)?;
    plan_lowered(ctx, &lowered, request, cache)
}

/// As [`plan_reusing`], with the problem already lowered from
/// `request.pins` (the session lowers it once to share its jabatan out
/// between workers, then plans from it).
///
/// # Errors
/// The engine's error for invalid numbers.
pub fn plan_lowered(
    ctx: &Context<'_>,
    lowered: &Lowered,
    request: &PlanRequest,
    cache: &mut BlockCache,
) -> Result<PlanResult, PlanError> {
    let budget = request.budget(&ctx.data.settings);
    let solution = match budget {
        Some(b) => engine::solve_with_budget(&lowered.problem, u64::from(b)),
        None => engine::solve_reusing(&lowered.problem, cache),
    }
    .map_err(PlanError::Engine)?;
    let ordered = engine::order_moves(&lowered.problem, &solution).map_err(PlanError::Engine)?;
    Ok(finish(
        ctx,
        lowered,
        &solution.flows,
        &ordered,
        solution.status,
    ))
}

fn finish(
    ctx: &Context<'_>,
    lowered: &Lowered,
    flows: &[engine::Flow],
    ordered: &[engine::OrderedMove],
    status: Status,
) -> PlanResult {
    // Who goes where, queued per (group, target) in assignment order.
    let mut queues: BTreeMap<(u32, CellIdx), Vec<EmployeeIdx>> = BTreeMap::new();
    let mut group_of = vec![u32::MAX; ctx.data.employees.len()];
    for (g, members) in lowered.members.iter().enumerate() {
        for &e in members {
            group_of[e] = g as u32;
        }
    }
    for (employee, target) in assign(lowered, flows) {
        queues
            .entry((group_of[employee], target))
            .or_default()
            .push(employee);
    }
    for queue in queues.values_mut() {
        queue.reverse(); // pop() then yields them in assignment order
    }
    let mut order: Vec<(EmployeeIdx, CellIdx, bool)> =
        lowered.forced.iter().map(|&(e, c)| (e, c, true)).collect();
    for m in ordered {
        if let Some(e) = queues
            .get_mut(&(m.step.group, m.step.to_cell as CellIdx))
            .and_then(Vec::pop)
        {
            order.push((e, m.step.to_cell as CellIdx, false));
        }
    }
    // Anything the order did not cover (never expected) is appended so the
    // plan stays complete.
    for ((_, target), queue) in queues {
        for e in queue.into_iter().rev() {
            order.push((e, target, false));
        }
    }

    let steps = steps_of(ctx, &order);
    let cells = &ctx.index.cells;
    let moves: Vec<PlannedMove> = steps
        .iter()
        .map(|s| PlannedMove {
            employee: s.employee,
            to_unit: cells[s.to_cell].unit,
        })
        .collect();
    let score = score_plan(ctx, &moves);
    let short_cells = short_cells(ctx, &score.staff_after, &steps);
    PlanResult {
        steps,
        score,
        status,
        short_cells,
    }
}

/// The steps of a move list taken in the given order: each move's numbers
/// at its place in the order and the score after it. `order` holds
/// (employee, target cell, forced); the source is the employee's cell in
/// the data. Also used for plans made elsewhere (an imported `rencana`),
/// so it never panics on a move to the employee's own cell (it changes
/// nothing) or on a source cell already emptied by an invalid plan.
pub fn steps_of(ctx: &Context<'_>, order: &[(EmployeeIdx, CellIdx, bool)]) -> Vec<Step> {
    let weights = ctx.data.settings.weights;
    let cells = &ctx.index.cells;
    let mut staff: Vec<u32> = cells.iter().map(|c| c.staff_before).collect();
    let mut running = score_plan(ctx, &[]).total_before;
    let mut steps = Vec::with_capacity(order.len());
    for &(employee, to_cell, forced) in order {
        let from_cell = ctx.index.employee_cell[employee];
        let (fs, ts) = (staff[from_cell], staff[to_cell]);
        let (fr, tr) = (cells[from_cell].need, cells[to_cell].need);
        let imbalance_change = if from_cell == to_cell {
            0.0
        } else {
            cell_cost(fs.saturating_sub(1), fr) - cell_cost(fs, fr) + cell_cost(ts + 1, tr)
                - cell_cost(ts, tr)
        };
        let rotation_due = ctx.eligibility[employee].rotation_due;
        let parts = move_parts(
            ctx.data,
            &ctx.index,
            &ctx.coords,
            employee,
            to_cell,
            rotation_due,
        );
        let score_change = imbalance_change + move_cost(&weights, &parts);
        staff[from_cell] = staff[from_cell].saturating_sub(1);
        staff[to_cell] += 1;
        running += score_change;
        steps.push(Step {
            employee,
            from_cell,
            to_cell,
            forced,
            explanation: MoveExplanation {
                from_staff: fs,
                from_need: fr,
                to_staff: ts,
                to_need: tr,
                imbalance_change,
                parts,
                score_change,
            },
            score_after: running,
        });
    }
    steps
}

/// α + β·km − γ·P − δ·R + ζ·F of one move.
pub fn move_cost(weights: &crate::model::Weights, parts: &MoveParts) -> f64 {
    cost_of_terms(
        weights,
        parts.km,
        parts.points,
        parts.rotation_due,
        parts.gaps.len(),
    )
}

/// [`move_cost`] from the numbers alone (the same expression, so the same
/// bits).
fn cost_of_terms(
    weights: &crate::model::Weights,
    km: f64,
    points: u32,
    rotation_due: bool,
    gaps: usize,
) -> f64 {
    weights.alpha + weights.beta * km
        - weights.gamma * f64::from(points)
        - if rotation_due { weights.delta } else { 0.0 }
        + weights.zeta * gaps as f64
}

/// [`check_target`] for anyone whose unit is `from_unit` (it depends on
/// nothing else): the distance when the move is allowed.
fn cell_target_km(ctx: &Context<'_>, from_unit: usize, target: CellIdx) -> Option<f64> {
    let cell = &ctx.index.cells[target];
    if cell.unit == from_unit || !cell.has_need {
        return None;
    }
    let km = unit_km(&ctx.coords, from_unit, cell.unit);
    match ctx.data.settings.max_km {
        Some(max_km) => (km <= max_km).then_some(km),
        None => Some(km),
    }
}

/// Unmoved movable employees of one position who are alike for every
/// target they do not wish: same cell, rotation status and competencies
/// (normalised). Their move costs to such a target are equal, so only the
/// first of them can be the best candidate there.
struct Profile<'c> {
    rotation_due: bool,
    /// Competency tag ids (see [`super::TagIds`]), sorted.
    tags: &'c [u32],
    /// Members in employee order.
    members: &'c [EmployeeIdx],
}

/// A cell holding profiles of one position, for [`short_cells`].
struct Source {
    cell: CellIdx,
    /// Score added by it losing one more person.
    loss: f64,
    /// Its profiles (indices), in key order.
    profiles: std::ops::Range<usize>,
}

/// Cells with staff at least one below need after the plan, and why no one
/// else comes: the best remaining candidate's numbers, or that none exists.
///
/// The best candidate is the lowest net cost (ties: the lowest employee
/// index). Candidates are compared per `Profile` (its first member who
/// does not wish the cell's unit) plus, one by one, the employees who wish
/// that unit; this gives the same answer as trying every employee of the
/// position, in time proportional to cells × profiles instead of cells ×
/// employees. Source cells are tried cheapest loss first, and the scan
/// stops once even a free move from there would lose to the best found.
pub fn short_cells(ctx: &Context<'_>, staff: &[u32], steps: &[Step]) -> Vec<ShortCell> {
    let weights = ctx.data.settings.weights;
    let cells = &ctx.index.cells;
    // The cells at least one below need, in cell order, which is (position,
    // unit) order (see `Index::cells`).
    let short: Vec<CellIdx> = (0..cells.len())
        .filter(|&c| cells[c].has_need && f64::from(staff[c]) + 1.0 <= cells[c].need + 0.5)
        .collect();
    if short.is_empty() {
        return Vec::new();
    }
    let mut moved = vec![false; ctx.data.employees.len()];
    for s in steps {
        moved[s.employee] = true;
    }
    // The unmoved movable employees, bucketed by cell (a counting sort, in
    // employee order within each cell), then, cell by cell, by (rotation
    // status, competencies) into profiles.
    let candidate = |e: EmployeeIdx| ctx.eligibility[e].movable() && !moved[e];
    let mut start = vec![0usize; cells.len() + 1];
    for (e, &cell) in ctx.index.employee_cell.iter().enumerate() {
        if candidate(e) {
            start[cell + 1] += 1;
        }
    }
    for c in 0..cells.len() {
        start[c + 1] += start[c];
    }
    let mut by_cell = vec![0; start[cells.len()]];
    let mut next = start.clone();
    for (e, &cell) in ctx.index.employee_cell.iter().enumerate() {
        if candidate(e) {
            by_cell[next[cell]] = e;
            next[cell] += 1;
        }
    }
    let key = |e: EmployeeIdx| {
        (
            ctx.eligibility[e].rotation_due,
            ctx.tags.employee[e].as_slice(),
        )
    };
    for cell in 0..cells.len() {
        // Stable: members stay in employee order within a profile.
        by_cell[start[cell]..start[cell + 1]].sort_by(|&a, &b| key(a).cmp(&key(b)));
    }
    let mut profiles: Vec<Profile> = Vec::new();
    // Per position, the cells its profiles are in.
    let mut sources: BTreeMap<usize, Vec<Source>> = BTreeMap::new();
    // What cell `c` adds to the score by losing one more person.
    let loss =
        |c: CellIdx| cell_cost(staff[c] - 1, cells[c].need) - cell_cost(staff[c], cells[c].need);
    for cell in 0..cells.len() {
        let members = &by_cell[start[cell]..start[cell + 1]];
        if members.is_empty() {
            continue;
        }
        let first = profiles.len();
        for alike in members.chunk_by(|&a, &b| key(a) == key(b)) {
            let (rotation_due, tags) = key(alike[0]);
            profiles.push(Profile {
                rotation_due,
                tags,
                members: alike,
            });
        }
        sources
            .entry(cells[cell].position)
            .or_default()
            .push(Source {
                cell,
                loss: loss(cell),
                profiles: first..profiles.len(),
            });
    }
    // Cheapest loss first.
    for list in sources.values_mut() {
        list.sort_by(|a, b| a.loss.total_cmp(&b.loss).then(a.cell.cmp(&b.cell)));
    }
    // Per short cell (as its place in `short`), the candidates who wish its
    // unit, in employee order.
    let mut wishers: Vec<Vec<EmployeeIdx>> = vec![Vec::new(); short.len()];
    let short_keys: Vec<(usize, UnitIdx)> = short
        .iter()
        .map(|&c| (cells[c].position, cells[c].unit))
        .collect();
    for &e in &by_cell {
        let position = cells[ctx.index.employee_cell[e]].position;
        let wishes = &ctx.wishes[e];
        for (i, wish) in wishes.iter().enumerate() {
            // A unit wished twice counts once.
            let Some(w) = *wish else { continue };
            if wishes[..i].contains(wish) {
                continue;
            }
            if let Ok(at) = short_keys.binary_search(&(position, w)) {
                wishers[at].push(e);
            }
        }
    }
    for list in &mut wishers {
        list.sort_unstable();
    }
    // The cheapest any move can be: no km, no gaps, δ earned.
    let cheapest = cost_of_terms(&weights, 0.0, 0, true, 0);
    let mut out = Vec::new();
    for (&c, wishing) in short.iter().zip(&wishers) {
        let info = &cells[c];
        let s = staff[c];
        let gain_here = cell_cost(s, info.need) - cell_cost(s + 1, info.need);
        let required = &ctx.tags.cell[c];
        // (net, employee, from cell, saved, cost)
        let mut best: Option<(f64, EmployeeIdx, CellIdx, f64, f64)> = None;
        let consider = |best: &mut Option<(f64, EmployeeIdx, CellIdx, f64, f64)>,
                        net: f64,
                        e: EmployeeIdx,
                        from: CellIdx,
                        saved: f64,
                        cost: f64| {
            if best.is_none_or(|b| net < b.0 || (net == b.0 && e < b.1)) {
                *best = Some((net, e, from, saved, cost));
            }
        };
        for &e in wishing {
            if check_target(ctx.data, &ctx.index, &ctx.coords, e, c).is_err() {
                continue;
            }
            let from = ctx.index.employee_cell[e];
            let loss_there = loss(from);
            let parts = move_parts(
                ctx.data,
                &ctx.index,
                &ctx.coords,
                e,
                c,
                ctx.eligibility[e].rotation_due,
            );
            let cost = move_cost(&weights, &parts);
            let saved = gain_here - loss_there;
            consider(&mut best, cost - saved, e, from, saved, cost);
        }
        for source in sources
            .get(&info.position)
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            let saved = gain_here - source.loss;
            // No profile here or in any later cell (whose loss is no
            // smaller) can beat the best so far; IEEE arithmetic is
            // monotone, so these bounds are exact.
            if best.is_some_and(|b| cheapest - saved > b.0) {
                break;
            }
            let Some(km) = cell_target_km(ctx, cells[source.cell].unit, c) else {
                continue;
            };
            if best.is_some_and(|b| cost_of_terms(&weights, km, 0, true, 0) - saved > b.0) {
                continue;
            }
            for k in source.profiles.clone() {
                let profile = &profiles[k];
                let Some(&e) = profile
                    .members
                    .iter()
                    .find(|&&e| !ctx.wishes[e].contains(&Some(info.unit)))
                else {
                    continue;
                };
                let gaps = required
                    .iter()
                    .filter(|&t| profile.tags.binary_search(t).is_err())
                    .count();
                let cost = cost_of_terms(&weights, km, 0, profile.rotation_due, gaps);
                consider(&mut best, cost - saved, e, source.cell, saved, cost);
            }
        }
        let reason = match best {
            None => ShortReason::NoEligibleCandidate,
            Some((_, employee, from_cell, imbalance_saved, move_cost)) => {
                ShortReason::CostsMoreThanItSaves {
                    employee,
                    from_cell,
                    imbalance_saved,
                    move_cost,
                }
            }
        };
        out.push(ShortCell {
            cell: c,
            staff: s,
            need: info.need,
            reason,
        });
    }
    out
}
