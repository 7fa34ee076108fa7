//! Scoring of any move list on a dense problem, with the rules checked.
//! Never does: optimisation; it is the reference the solver is judged by.

use super::cost::{allowed_km, cell_imbalance, gaps, preference_points, validate};
use super::{EngineError, Evaluation, Move, Problem, Terms};

/// Scores a list of single moves (any order) under objective.md.
///
/// # Errors
/// An invalid problem, or a move that names an unknown group or cell, does
/// not start in its group's cell, is not allowed (other block, same unit,
/// cell not accepting, forbidden, too far) or exceeds its group's size.
///
/// # Complexity
/// O(cells + moves · log).
pub fn evaluate(problem: &Problem, moves: &[Move]) -> Result<Evaluation, EngineError> {
    validate(problem)?;
    evaluate_valid(problem, moves)
}

/// [`evaluate`] for a problem already validated.
pub(crate) fn evaluate_valid(problem: &Problem, moves: &[Move]) -> Result<Evaluation, EngineError> {
    let mut staff: Vec<u32> = problem.cells.iter().map(|c| c.fixed).collect();
    for g in &problem.groups {
        staff[g.cell as usize] += g.size;
    }
    let mut used = vec![0u32; problem.groups.len()];
    let mut terms = Terms::default();
    for (index, m) in moves.iter().enumerate() {
        let Some(group) = problem.groups.get(m.group as usize) else {
            return Err(EngineError::MoveGroupOutOfRange { index });
        };
        if m.from_cell as usize >= problem.cells.len() || m.to_cell as usize >= problem.cells.len() {
            return Err(EngineError::MoveCellOutOfRange { index });
        }
        if m.from_cell != group.cell {
            return Err(EngineError::MoveWrongSource { index });
        }
        let Some(km) = allowed_km(problem, group.cell, &group.forbidden, m.to_cell) else {
            return Err(EngineError::MoveNotAllowed { index });
        };
        used[m.group as usize] += 1;
        if used[m.group as usize] > group.size {
            return Err(EngineError::MoveGroupExhausted { index });
        }
        let target = &problem.cells[m.to_cell as usize];
        staff[m.from_cell as usize] -= 1;
        staff[m.to_cell as usize] += 1;
        terms.moves += 1;
        terms.km += km;
        terms.preference_points += u64::from(preference_points(problem, group, target.unit));
        terms.rotation_moves += u64::from(group.rotation_due);
        terms.competency_gaps += u64::from(gaps(&target.required, &group.competencies));
    }
    terms.imbalance = problem
        .cells
        .iter()
        .zip(&staff)
        .map(|(c, &s)| cell_imbalance(f64::from(s), c.need))
        .sum();
    Ok(Evaluation {
        score: terms.score(&problem.weights),
        staff,
        terms,
    })
}
