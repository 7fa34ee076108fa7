//! The cost model shared by every engine part: validation, eligibility of a
//! move, the `f64` move cost and its fixed-point twin, and the fixed-point
//! scale. Never does: optimisation.

use super::{EngineError, Group, Problem};
use crate::model::{Coord, Weights, cos_lat, haversine_floor_km, haversine_km_cos};

/// `x.round() as i64`: half away from zero, saturating, NaN to 0, but
/// without the library call `round` compiles to where there is no rounding
/// instruction (baseline x86-64, wasm32), which the solver's inner loops
/// paid for on every convex push. Below 2⁵² in magnitude `x − trunc(x)` is
/// exact; from there on every `f64` is already an integer.
pub(crate) fn round_i64(x: f64) -> i64 {
    if x.abs() < 4_503_599_627_370_496.0 {
        let t = x as i64;
        let f = x - t as f64;
        if f >= 0.5 {
            t + 1
        } else if f <= -0.5 {
            t - 1
        } else {
            t
        }
    } else {
        x as i64
    }
}

/// Fixed-point scale: integer units per score point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Integer units per score point (a power of ten, at most 10⁹).
    pub units: f64,
}

impl Scale {
    /// `x` score points as integer units (rounded half away from zero).
    pub fn fixed(self, x: f64) -> i64 {
        round_i64(x * self.units)
    }

    /// Integer units as score points.
    pub fn points(self, x: i64) -> f64 {
        x as f64 / self.units
    }

    /// The largest scale (≤ 10⁹) under which every value the solver forms
    /// fits `i64` with headroom: a cell's imbalance at the most extreme
    /// staff its block allows, and a potential (at most one simple path:
    /// nodes × the largest arc cost).
    pub(crate) fn for_problem(
        problem: &Problem,
        extra_per_move: f64,
    ) -> Result<Scale, EngineError> {
        let (largest_value, largest_path) = magnitudes(problem, extra_per_move);
        let mut units = 1e9;
        while largest_value * units > 4e18 || largest_path * units > 4e18 {
            units /= 10.0;
            if units < 1.0 {
                return Err(EngineError::TooLarge);
            }
        }
        Ok(Scale { units })
    }
}

/// In score points: the largest cell imbalance any reachable staff gives,
/// and nodes × the largest single arc cost (a bound on any simple path).
fn magnitudes(problem: &Problem, extra_per_move: f64) -> (f64, f64) {
    let mut block_staff: std::collections::BTreeMap<u32, f64> = Default::default();
    for c in &problem.cells {
        *block_staff.entry(c.block).or_default() += f64::from(c.fixed);
    }
    for g in &problem.groups {
        let block = problem.cells[g.cell as usize].block;
        *block_staff.entry(block).or_default() += f64::from(g.size);
    }
    let mut value: f64 = 0.0;
    let mut arc: f64 = 0.0;
    for c in &problem.cells {
        let far = block_staff[&c.block] + 1.0 + c.need;
        let w = c.need.max(1.0);
        value = value.max(far * far / w);
        arc = arc.max((2.0 * far + 1.0) / w);
    }
    let w = &problem.weights;
    let max_required = problem
        .cells
        .iter()
        .map(|c| c.required.len())
        .max()
        .unwrap_or(0) as f64;
    let per_move = w.alpha
        + extra_per_move
        + w.beta * 20_040.0
        + 3.0 * w.gamma
        + w.delta
        + w.zeta * max_required;
    let nodes = 1.0 + problem.cells.len() as f64 + 2.0 * problem.groups.len() as f64;
    (value + 1.0, nodes * (arc.max(per_move) + 1.0))
}

/// Checks every index and number of a problem.
pub(crate) fn validate(problem: &Problem) -> Result<(), EngineError> {
    let w = &problem.weights;
    for (name, value) in [
        ("alpha", w.alpha),
        ("beta", w.beta),
        ("gamma", w.gamma),
        ("delta", w.delta),
        ("zeta", w.zeta),
    ] {
        if !value.is_finite() || value < 0.0 {
            return Err(EngineError::BadWeight { name });
        }
    }
    if let Some(max) = problem.max_km
        && (max.is_nan() || max < 0.0)
    {
        return Err(EngineError::BadMaxKm);
    }
    let n_units = problem.unit_coords.len();
    let mut seen = std::collections::BTreeSet::new();
    for (i, c) in problem.cells.iter().enumerate() {
        if c.unit as usize >= n_units {
            return Err(EngineError::CellUnitOutOfRange { cell: i });
        }
        if !c.need.is_finite() || c.need < 0.0 {
            return Err(EngineError::BadNeed { cell: i });
        }
        if !seen.insert((c.unit, c.block)) {
            return Err(EngineError::DuplicateCell { cell: i });
        }
    }
    let n_cells = problem.cells.len();
    for (i, g) in problem.groups.iter().enumerate() {
        if g.cell as usize >= n_cells {
            return Err(EngineError::GroupCellOutOfRange { group: i });
        }
        if g.size == 0 {
            return Err(EngineError::EmptyGroup { group: i });
        }
        if g.wishes.iter().flatten().any(|&u| u as usize >= n_units) {
            return Err(EngineError::WishOutOfRange { group: i });
        }
        if g.forbidden.iter().any(|&c| c as usize >= n_cells) {
            return Err(EngineError::ForbiddenOutOfRange { group: i });
        }
    }
    Ok(())
}

/// `α + β·km` in score points: the part of a move cost that only the
/// distance sets. Every move-cost expression of the engine starts with it:
/// a class's move costs `fixed(base_points(km) + ζ·gaps)`, never less than
/// `fixed(base_points(km))` (pricing and seeding bound it with that), and a
/// wish arc subtracts its reward from it.
pub(crate) fn base_points(weights: &Weights, km: f64) -> f64 {
    weights.alpha + weights.beta * km
}

/// A lower bound of the distance between the units at sites `a` and `b`
/// (0 km when either has none, see [`allowed_km`]), without trigonometry
/// (see [`haversine_floor_km`]).
pub(crate) fn km_floor(a: Site, b: Site) -> f64 {
    match (a, b) {
        (Some((x, _)), Some((y, _))) => haversine_floor_km(x, y),
        _ => 0.0,
    }
}

/// Preference points a move of `group` into `unit` earns (3/2/1, the
/// highest when a unit is wished twice, 0 for the group's own unit).
pub(crate) fn preference_points(problem: &Problem, group: &Group, unit: u32) -> u32 {
    if problem.cells[group.cell as usize].unit == unit {
        return 0;
    }
    let mut best = 0;
    for (rank, wish) in group.wishes.iter().enumerate() {
        if *wish == Some(unit) {
            best = best.max(3 - rank as u32);
        }
    }
    best
}

/// Number of `required` tags missing from `held` (both sorted, deduped).
pub(crate) fn gaps(required: &[u32], held: &[u32]) -> u32 {
    required
        .iter()
        .filter(|tag| held.binary_search(tag).is_err())
        .count() as u32
}

/// A unit's coordinates with their `cos φ`, for the many distances seeding
/// and pricing compute from the same units (see [`haversine_km_cos`]);
/// `None` when the unit has no coordinates.
pub(crate) type Site = Option<(Coord, f64)>;

/// The [`Site`] of a unit.
pub(crate) fn site(problem: &Problem, unit: u32) -> Site {
    problem.unit_coords[unit as usize].map(|c| (c, cos_lat(c)))
}

/// Whether an employee of a group whose cell is `from` and whose forbidden
/// list is `forbidden` may move to cell `to`; the distance when it may.
pub(crate) fn allowed_km(problem: &Problem, from: u32, forbidden: &[u32], to: u32) -> Option<f64> {
    let (a, b) = (&problem.cells[from as usize], &problem.cells[to as usize]);
    allowed_km_at(
        problem,
        from,
        forbidden,
        to,
        site(problem, a.unit),
        site(problem, b.unit),
    )
}

/// [`allowed_km`] with the sites of both cells' units given.
pub(crate) fn allowed_km_at(
    problem: &Problem,
    from: u32,
    forbidden: &[u32],
    to: u32,
    from_site: Site,
    to_site: Site,
) -> Option<f64> {
    let a = &problem.cells[from as usize];
    let b = &problem.cells[to as usize];
    if a.block != b.block || a.unit == b.unit || !b.accepts || forbidden.binary_search(&to).is_ok()
    {
        return None;
    }
    // Without coordinates on both sides: 0 km, and `max_km` does not block.
    let (km, measured) = match (from_site, to_site) {
        (Some((x, cx)), Some((y, cy))) => (haversine_km_cos(x, cx, y, cy), true),
        _ => (0.0, false),
    };
    let in_range = match (problem.max_km, measured) {
        (Some(max), true) => km <= max,
        _ => true,
    };
    in_range.then_some(km)
}

/// The imbalance `(s − r)² / max(r, 1)` of one cell.
pub(crate) fn cell_imbalance(staff: f64, need: f64) -> f64 {
    let d = staff - need;
    d * d / need.max(1.0)
}
