//! Lowering a data set (with the user's decisions) to the engine's dense
//! [`Problem`], and mapping the engine's group flows back to employees.
//!
//! Cells and units keep the [`Index`](super::index::Index) order, so engine
//! cell `i` is index cell `i`. Employees who are alike in everything the
//! score can see (cell, rotation due, relevant competencies, relevant
//! wishes, forbidden targets) form one group: the engine decides how many
//! of them move, and [`assign`] decides who, deterministically (longest in
//! post first, then file order).

use std::collections::{BTreeMap, BTreeSet};

use crate::engine::{Cell, Flow, Group, Problem};

use super::Context;
use super::index::{CellIdx, EmployeeIdx, UnitIdx};
use super::rules::{Block, TargetError, check_target};

/// The user's planning decisions (pins), applied on top of the rules.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Pins {
    /// Employees kept where they are.
    pub keep: BTreeSet<EmployeeIdx>,
    /// (employee, unit) moves that must not happen.
    pub forbid: BTreeSet<(EmployeeIdx, UnitIdx)>,
    /// Moves that must happen: employee → unit.
    pub force: BTreeMap<EmployeeIdx, UnitIdx>,
    /// Units nobody leaves or enters.
    pub locked_units: BTreeSet<UnitIdx>,
}

/// Why a forced move cannot be honoured.
#[derive(Clone, Debug, PartialEq)]
pub enum PinError {
    /// The employee may not move at all.
    NotMovable {
        /// The employee.
        employee: EmployeeIdx,
        /// Why.
        blocks: Vec<Block>,
    },
    /// The unit has no cell of the employee's position.
    NoCell {
        /// The employee.
        employee: EmployeeIdx,
        /// The unit asked for.
        unit: UnitIdx,
    },
    /// The destination breaks a rule.
    BadTarget {
        /// The employee.
        employee: EmployeeIdx,
        /// Why.
        reason: TargetError,
    },
}

/// A lowered problem and what is needed to map its solution back.
#[derive(Clone, Debug)]
pub struct Lowered {
    /// The engine's problem.
    pub problem: Problem,
    /// Members of each group, longest in post first, then file order.
    pub members: Vec<Vec<EmployeeIdx>>,
    /// Forced moves, already applied to the problem's fixed staff.
    pub forced: Vec<(EmployeeIdx, CellIdx)>,
}

/// Blocks that come from the user's decisions rather than the data.
pub fn pin_blocks(ctx: &Context<'_>, pins: &Pins, employee: EmployeeIdx) -> Vec<Block> {
    let mut blocks = Vec::new();
    if pins.keep.contains(&employee) {
        blocks.push(Block::KeptInPlace);
    }
    let unit = ctx.index.cells[ctx.index.employee_cell[employee]].unit;
    if pins.locked_units.contains(&unit) {
        blocks.push(Block::UnitLocked);
    }
    blocks
}

/// Lowers the context and pins to an engine problem.
///
/// # Errors
/// Every forced move that breaks a rule, all of them, not only the first.
pub fn lower(ctx: &Context<'_>, pins: &Pins) -> Result<Lowered, Vec<PinError>> {
    let index = &ctx.index;
    let weights = ctx.data.settings.weights;

    // Forced moves first: they leave their cell and join the target as fixed.
    let mut errors = Vec::new();
    let mut forced = Vec::new();
    for (&employee, &unit) in &pins.force {
        let mut blocks = ctx.eligibility[employee].blocks.clone();
        blocks.extend(pin_blocks(ctx, pins, employee));
        if pins.locked_units.contains(&unit) {
            blocks.push(Block::UnitLocked);
        }
        if !blocks.is_empty() {
            errors.push(PinError::NotMovable { employee, blocks });
            continue;
        }
        let position = index.cells[index.employee_cell[employee]].position;
        let Some(target) = index.cell(position, unit) else {
            errors.push(PinError::NoCell { employee, unit });
            continue;
        };
        if let Err(reason) = check_target(ctx.data, index, &ctx.coords, employee, target) {
            errors.push(PinError::BadTarget { employee, reason });
            continue;
        }
        forced.push((employee, target));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let forced_of: BTreeMap<EmployeeIdx, CellIdx> = forced.iter().copied().collect();

    // Only the competency tags some cell requires can matter.
    let mut cells: Vec<Cell> = index
        .cells
        .iter()
        .zip(&ctx.tags.cell)
        .map(|(c, required)| Cell {
            unit: c.unit as u32,
            block: c.position as u32,
            need: c.need,
            fixed: 0,
            accepts: c.has_need && !pins.locked_units.contains(&c.unit),
            required: required.clone(),
        })
        .collect();

    // (cell, rotation due, required tags held, wishes, forbidden cells),
    // employee: sorted, the runs of equal keys are the groups.
    type Key<'c> = (u32, bool, &'c [u32], [Option<u32>; 3], Vec<u32>);
    let mut keyed: Vec<(Key, EmployeeIdx)> = Vec::new();
    for employee in 0..ctx.data.employees.len() {
        let cell = index.employee_cell[employee];
        if let Some(&target) = forced_of.get(&employee) {
            cells[target].fixed += 1;
            continue;
        }
        let eligibility = &ctx.eligibility[employee];
        if !eligibility.movable() || !pin_blocks(ctx, pins, employee).is_empty() {
            cells[cell].fixed += 1;
            continue;
        }
        let position = index.cells[cell].position;
        let own_unit = index.cells[cell].unit;
        // Only wishes that could be met matter to the score.
        let mut wishes = [None; 3];
        for (slot, wish) in wishes.iter_mut().zip(ctx.wishes[employee]) {
            *slot = wish
                .filter(|&u| u != own_unit)
                .filter(|&u| {
                    index
                        .cell(position, u)
                        .is_some_and(|c| index.cells[c].has_need)
                })
                .map(|u| u as u32);
        }
        let forbidden: Vec<u32> = pins
            .forbid
            .range((employee, 0)..=(employee, UnitIdx::MAX))
            .filter_map(|&(_, u)| index.cell(position, u))
            .map(|c| c as u32)
            .collect::<BTreeSet<u32>>()
            .into_iter()
            .collect();
        let key = (
            cell as u32,
            eligibility.rotation_due,
            ctx.tags.employee_required(employee),
            wishes,
            forbidden,
        );
        keyed.push((key, employee));
    }
    keyed.sort_unstable();

    let mut engine_groups = Vec::new();
    let mut members = Vec::new();
    for run in keyed.chunk_by(|a, b| a.0 == b.0) {
        let (cell, rotation_due, competencies, wishes, forbidden) = &run[0].0;
        let mut who: Vec<EmployeeIdx> = run.iter().map(|&(_, e)| e).collect();
        who.sort_by_key(|&e| (ctx.data.employees[e].tmt_position, e));
        engine_groups.push(Group {
            cell: *cell,
            size: who.len() as u32,
            rotation_due: *rotation_due,
            competencies: competencies.to_vec(),
            wishes: *wishes,
            forbidden: forbidden.clone(),
        });
        members.push(who);
    }
    Ok(Lowered {
        problem: Problem {
            unit_coords: ctx.coords.clone(),
            cells,
            groups: engine_groups,
            weights,
            max_km: ctx.data.settings.max_km,
        },
        members,
        forced,
    })
}

/// Maps group flows to employees: in each group, members move in their
/// stored order (longest in post first), flows taken by target cell order.
/// Returns (employee, target cell) pairs sorted by employee.
pub fn assign(lowered: &Lowered, flows: &[Flow]) -> Vec<(EmployeeIdx, CellIdx)> {
    let mut next = vec![0usize; lowered.members.len()];
    let mut sorted: Vec<&Flow> = flows.iter().collect();
    sorted.sort_by_key(|f| (f.group, f.to_cell));
    let mut out = Vec::new();
    for flow in sorted {
        let g = flow.group as usize;
        for _ in 0..flow.count {
            out.push((lowered.members[g][next[g]], flow.to_cell as CellIdx));
            next[g] += 1;
        }
    }
    out.sort_unstable();
    out
}
