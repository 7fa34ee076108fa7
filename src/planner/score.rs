//! The reference scorer: objective.md's score of any plan, term by term,
//! and every rule a plan breaks. It is deliberately simple (no engine, no
//! integer scaling) so anyone can check the engine against it.

use std::collections::BTreeMap;

use crate::model::Weights;

use super::Context;
use super::index::{CellIdx, EmployeeIdx, UnitIdx};
use super::rules::{Block, TargetError, check_target, move_parts};

/// The terms of `score = I + α·M + β·K − γ·P − δ·R + ζ·F`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Terms {
    /// I: Σ_c (s_c − r_c)² / max(r_c, 1).
    pub imbalance: f64,
    /// M: number of moves.
    pub moves: u32,
    /// K: total km moved.
    pub km: f64,
    /// P: preference points.
    pub points: u32,
    /// R: moves of employees whose rotation is due.
    pub rotation_moves: u32,
    /// F: competency gaps.
    pub gaps: u32,
}

impl Terms {
    /// The weighted total.
    pub fn total(&self, w: &Weights) -> f64 {
        self.imbalance + w.alpha * f64::from(self.moves) + w.beta * self.km
            - w.gamma * f64::from(self.points)
            - w.delta * f64::from(self.rotation_moves)
            + w.zeta * f64::from(self.gaps)
    }
}

/// Cost of a cell with `staff` for need `need`: (s − r)² / max(r, 1).
pub fn cell_cost(staff: u32, need: f64) -> f64 {
    let d = f64::from(staff) - need;
    d * d / need.max(1.0)
}

/// One move of a plan: an employee and the unit they go to (the position
/// never changes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PlannedMove {
    /// The employee.
    pub employee: EmployeeIdx,
    /// The destination unit.
    pub to_unit: UnitIdx,
}

/// A rule a plan breaks.
#[derive(Clone, Debug, PartialEq)]
pub enum Violation {
    /// The employee may not move.
    NotMovable {
        /// Index of the move in the plan.
        move_index: usize,
        /// Why.
        blocks: Vec<Block>,
    },
    /// The destination is not legal.
    BadTarget {
        /// Index of the move in the plan.
        move_index: usize,
        /// Why.
        reason: TargetError,
    },
    /// The employee appears in more than one move.
    MovedTwice {
        /// Index of the repeated move.
        move_index: usize,
    },
}

/// The score of a plan, before and after, and what it breaks.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanScore {
    /// Terms with no move (the current staffing).
    pub before: Terms,
    /// Terms after the plan.
    pub after: Terms,
    /// Weighted total before.
    pub total_before: f64,
    /// Weighted total after.
    pub total_after: f64,
    /// Staff per cell after the plan, in index order.
    pub staff_after: Vec<u32>,
    /// Broken rules; empty for a valid plan.
    pub violations: Vec<Violation>,
}

/// Scores `moves` against the context's data. Every move is counted in the
/// terms even when it breaks a rule (the violations say so), so an imported
/// plan can be shown as it is. A move into a (unit, position) pair without a
/// cell counts against a cell of need 0.
pub fn score_plan(ctx: &Context<'_>, moves: &[PlannedMove]) -> PlanScore {
    let weights = ctx.data.settings.weights;
    let cells = &ctx.index.cells;
    let mut staff: Vec<u32> = cells.iter().map(|c| c.staff_before).collect();
    // Pairs without a cell, created by invalid moves: (position, unit) → staff.
    let mut extra: BTreeMap<(usize, UnitIdx), u32> = BTreeMap::new();
    let mut after = Terms::default();
    let mut violations = Vec::new();
    let mut seen = vec![false; ctx.data.employees.len()];

    for (move_index, m) in moves.iter().enumerate() {
        if std::mem::replace(&mut seen[m.employee], true) {
            violations.push(Violation::MovedTwice { move_index });
        }
        let from_cell = ctx.index.employee_cell[m.employee];
        let position = cells[from_cell].position;
        let eligibility = &ctx.eligibility[m.employee];
        if !eligibility.movable() {
            violations.push(Violation::NotMovable {
                move_index,
                blocks: eligibility.blocks.clone(),
            });
        }
        staff[from_cell] -= 1;
        after.moves += 1;
        match ctx.index.cell(position, m.to_unit) {
            Some(target) => {
                if let Err(reason) =
                    check_target(ctx.data, &ctx.index, &ctx.coords, m.employee, target)
                {
                    violations.push(Violation::BadTarget { move_index, reason });
                }
                staff[target] += 1;
                add_parts(ctx, &mut after, m.employee, target);
            }
            None => {
                violations.push(Violation::BadTarget {
                    move_index,
                    reason: TargetError::NoNeed,
                });
                *extra.entry((position, m.to_unit)).or_insert(0) += 1;
                after.km += super::rules::unit_km(&ctx.coords, cells[from_cell].unit, m.to_unit);
                if eligibility.rotation_due {
                    after.rotation_moves += 1;
                }
            }
        }
    }

    let before = Terms {
        imbalance: cells
            .iter()
            .map(|c| cell_cost(c.staff_before, c.need))
            .sum(),
        ..Terms::default()
    };
    after.imbalance = cells
        .iter()
        .zip(&staff)
        .map(|(c, &s)| cell_cost(s, c.need))
        .sum::<f64>()
        + extra.values().map(|&s| cell_cost(s, 0.0)).sum::<f64>();
    PlanScore {
        total_before: before.total(&weights),
        total_after: after.total(&weights),
        before,
        after,
        staff_after: staff,
        violations,
    }
}

fn add_parts(ctx: &Context<'_>, terms: &mut Terms, employee: EmployeeIdx, target: CellIdx) {
    let rotation_due = ctx.eligibility[employee].rotation_due;
    let parts = move_parts(
        ctx.data,
        &ctx.index,
        &ctx.coords,
        employee,
        target,
        rotation_due,
    );
    terms.km += parts.km;
    terms.points += parts.points;
    terms.gaps += parts.gaps.len() as u32;
    if rotation_due {
        terms.rotation_moves += 1;
    }
}
