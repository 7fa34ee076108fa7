//! Ordering a plan's moves so the score falls fastest: greedy by the score
//! change of one move given the staff so far, with a lazy priority queue.
//! Never does: choose which moves to make (that is the solver).

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use super::cost::{allowed_km, cell_imbalance, gaps, preference_points, validate};
use super::evaluate::evaluate_valid;
use super::solve::expand;
use super::{EngineError, Flow, Move, OrderedMove, Problem, Solution};

/// An `f64` key ordered by `total_cmp`, so the heap is deterministic.
#[derive(Clone, Copy, PartialEq)]
struct Key(f64);

impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// The solution's moves one employee at a time, each step the one that
/// lowers the score most given the moves before it (ties: lowest flow
/// index). Every prefix is a valid plan (moves are independent: staff has
/// no upper limit and a group only loses its own members), and
/// `score_after` is that prefix's score.
///
/// # Errors
/// An invalid problem or a solution whose flows are not a valid plan.
///
/// # Complexity
/// O(M · (P_c + log M)) for M moves, where P_c is the number of distinct
/// (group, target) flows touching the two cells of a step.
pub fn order_moves(problem: &Problem, solution: &Solution) -> Result<Vec<OrderedMove>, EngineError> {
    validate(problem)?;
    order_valid(problem, &solution.flows)
}

/// [`order_moves`] on flows of a problem already validated.
pub(crate) fn order_valid(problem: &Problem, flows: &[Flow]) -> Result<Vec<OrderedMove>, EngineError> {
    let start = evaluate_valid(problem, &[])?;
    evaluate_valid(problem, &expand(problem, flows))?;
    let mut staff: Vec<f64> = start.staff.iter().map(|&s| f64::from(s)).collect();
    let w = &problem.weights;
    let mut left: Vec<u32> = flows.iter().map(|f| f.count).collect();
    let mut fixed_cost = Vec::with_capacity(flows.len());
    let mut touching: Vec<Vec<u32>> = vec![Vec::new(); problem.cells.len()];
    for (p, f) in flows.iter().enumerate() {
        let group = &problem.groups[f.group as usize];
        let target = &problem.cells[f.to_cell as usize];
        let km = allowed_km(problem, group.cell, &group.forbidden, f.to_cell).unwrap_or(0.0);
        let pref = preference_points(problem, group, target.unit);
        let gap = gaps(&target.required, &group.competencies);
        fixed_cost.push(
            w.alpha + w.beta * km - w.gamma * f64::from(pref) - w.delta * f64::from(u8::from(group.rotation_due))
                + w.zeta * f64::from(gap),
        );
        touching[group.cell as usize].push(p as u32);
        if f.to_cell != group.cell {
            touching[f.to_cell as usize].push(p as u32);
        }
    }
    let delta = |staff: &[f64], p: usize| -> f64 {
        let from = problem.groups[flows[p].group as usize].cell as usize;
        let to = flows[p].to_cell as usize;
        let (rf, rt) = (problem.cells[from].need, problem.cells[to].need);
        cell_imbalance(staff[from] - 1.0, rf) - cell_imbalance(staff[from], rf)
            + cell_imbalance(staff[to] + 1.0, rt)
            - cell_imbalance(staff[to], rt)
            + fixed_cost[p]
    };
    let mut version = vec![0u32; flows.len()];
    let mut heap = BinaryHeap::new();
    for p in 0..flows.len() {
        heap.push(Reverse((Key(delta(&staff, p)), p as u32, 0u32)));
    }
    let mut score = start.score;
    let mut out = Vec::new();
    while let Some(Reverse((Key(d), p, v))) = heap.pop() {
        let p = p as usize;
        if v != version[p] || left[p] == 0 {
            continue;
        }
        left[p] -= 1;
        let group = &problem.groups[flows[p].group as usize];
        let (from, to) = (group.cell as usize, flows[p].to_cell as usize);
        staff[from] -= 1.0;
        staff[to] += 1.0;
        score += d;
        out.push(OrderedMove {
            step: Move {
                group: flows[p].group,
                from_cell: group.cell,
                to_cell: flows[p].to_cell,
            },
            score_after: score,
        });
        for cell in [from, to] {
            for &q in &touching[cell] {
                let q = q as usize;
                if left[q] > 0 {
                    version[q] += 1;
                    heap.push(Reverse((Key(delta(&staff, q)), q as u32, version[q])));
                }
            }
        }
    }
    Ok(out)
}
