//! Whole-problem solving: splitting into blocks, the exact optimum, the
//! Lagrangian move budget and the trade-off frontier. Never does: the flow
//! algorithm itself (`flow`) or scoring rules (`cost`, `evaluate`).

use std::collections::BTreeMap;

use super::cache::{BlockCache, solve_reusing};
use super::cost::{Scale, cell_imbalance, validate};
use super::evaluate::evaluate_valid;
use super::flow::{BlockSolver, in_cell_order};
use super::order::order_valid;
use super::{EngineError, Flow, FrontierPoint, Move, Problem, Solution, Status};

/// One solve of every block at a per-move price λ.
#[derive(Clone, Debug)]
struct Point {
    /// λ in integer units.
    lambda: i64,
    /// Number of moves.
    moves: i64,
    /// Integer objective relative to the all-stay plan, λ·moves included.
    objective: i128,
    /// The plan.
    flows: Vec<Flow>,
}

impl Point {
    /// Integer objective without the λ term.
    fn plain(&self) -> i128 {
        self.objective - i128::from(self.lambda) * i128::from(self.moves)
    }

    /// The Lagrangian lower bound `L(λ) − λ·budget` (integer units).
    fn bound(&self, budget: i64) -> i128 {
        self.objective - i128::from(self.lambda) * i128::from(budget)
    }
}

/// Every block's solver plus what is needed to read results back.
struct Engine<'p> {
    problem: &'p Problem,
    scale: Scale,
    blocks: Vec<BlockSolver<'p>>,
    /// Score of the all-stay plan.
    base_score: f64,
}

impl<'p> Engine<'p> {
    fn new(problem: &'p Problem, extra_per_move: f64) -> Result<Engine<'p>, EngineError> {
        validate(problem)?;
        let scale = Scale::for_problem(problem, extra_per_move)?;
        let mut blocks = Vec::new();
        for (cells, groups) in split(problem) {
            blocks.push(BlockSolver::new(problem, scale, cells, groups)?);
        }
        Ok(Engine {
            problem,
            scale,
            blocks,
            base_score: evaluate_valid(problem, &[])?.score,
        })
    }

    /// Solves every block at λ (warm start from the previous λ).
    fn at(&mut self, lambda: i64) -> Result<Point, EngineError> {
        let mut point = Point {
            lambda,
            moves: 0,
            objective: 0,
            flows: Vec::new(),
        };
        for block in &mut self.blocks {
            block.set_lambda(lambda)?;
            point.moves += block.moves();
            point.objective += block.objective();
            block.flows(&mut point.flows);
        }
        point.flows.sort_unstable();
        Ok(point)
    }

    /// The Solution of a plan, scored in `f64`.
    fn assemble(&self, flows: Vec<Flow>, status: Status) -> Result<Solution, EngineError> {
        let prices = self.blocks.iter().flat_map(|b| b.prices());
        assemble(self.problem, flows, status, prices)
    }

    /// A lower bound in score points from an integer Lagrangian bound,
    /// minus the fixed-point error of a plan with `budget` moves.
    fn bound_points(&self, bound: i128, budget: i64) -> f64 {
        let error = 2.0 * (self.problem.cells.len() as f64 + budget as f64 + 1.0);
        self.base_score + (bound as f64 - error) / self.scale.units
    }

    /// From `p0` (λ = 0, more moves than `budget`), a pair of solves just
    /// above and at most `budget` moves, with the best Lagrangian bound of
    /// the solves made. Starts at λ = `guess` and steps away from it on the
    /// side the moves say, by an eighth of λ, then a quarter, a half and a
    /// whole (down to λ = 0, where `p0` is; up to `no_move`, the λ above
    /// which no move pays), so a close guess is bracketed by close solves.
    fn bracket(
        &mut self,
        p0: Point,
        budget: i64,
        guess: i64,
        no_move: i64,
    ) -> Result<(Point, Point, i128), EngineError> {
        let no_move = no_move.max(1);
        let mut lambda = guess.clamp(1, no_move);
        let first = self.at(lambda)?;
        let mut bound = p0.bound(budget).max(first.bound(budget));
        let mut divisor = 8;
        if first.moves > budget {
            let mut lo = first;
            loop {
                if lambda >= no_move {
                    // Moves left at the no-move price (its rounding): the
                    // doubling search settles it.
                    let hi = self.top(lambda.saturating_mul(2))?;
                    bound = bound.max(hi.bound(budget));
                    return Ok((lo, hi, bound));
                }
                lambda = lambda
                    .saturating_add((lambda / divisor).max(1))
                    .min(no_move);
                divisor = (divisor / 2).max(1);
                let p = self.at(lambda)?;
                bound = bound.max(p.bound(budget));
                if p.moves <= budget {
                    return Ok((lo, p, bound));
                }
                lo = p;
            }
        }
        let mut hi = first;
        loop {
            lambda -= (lambda / divisor).max(1);
            divisor = (divisor / 2).max(1);
            if lambda <= 0 {
                return Ok((p0, hi, bound));
            }
            let p = self.at(lambda)?;
            bound = bound.max(p.bound(budget));
            if p.moves > budget {
                return Ok((p, hi, bound));
            }
            hi = p;
        }
    }

    /// The λ-solve with no move (doubling λ from `start` if needed).
    fn top(&mut self, start: i64) -> Result<Point, EngineError> {
        let mut lambda = start.max(1);
        for _ in 0..40 {
            let p = self.at(lambda)?;
            if p.moves == 0 {
                return Ok(p);
            }
            lambda = lambda.saturating_mul(2);
        }
        Err(EngineError::Internal)
    }
}

/// The blocks worth solving: per block (jabatan) with at least two cells
/// and a group, its cells (ascending) and its groups (in cell order, see
/// [`in_cell_order`]). A block with one cell has no move to make.
pub(crate) fn split(problem: &Problem) -> Vec<(Vec<u32>, Vec<u32>)> {
    let mut cells_of: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for (i, c) in problem.cells.iter().enumerate() {
        cells_of.entry(c.block).or_default().push(i as u32);
    }
    let mut groups_of: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for (j, g) in problem.groups.iter().enumerate() {
        let block = problem.cells[g.cell as usize].block;
        groups_of.entry(block).or_default().push(j as u32);
    }
    let mut blocks = Vec::new();
    for (block, mut groups) in groups_of {
        let cells = cells_of.remove(&block).unwrap_or_default();
        if cells.len() < 2 {
            continue;
        }
        in_cell_order(problem, &mut groups);
        blocks.push((cells, groups));
    }
    blocks
}

/// The Solution of a plan, scored in `f64`, with the blocks' cell prices
/// (global cell, points) over the marginal imbalance of cells outside
/// every solved block.
pub(crate) fn assemble(
    problem: &Problem,
    flows: Vec<Flow>,
    status: Status,
    block_prices: impl Iterator<Item = (u32, f64)>,
) -> Result<Solution, EngineError> {
    let moves = expand(problem, &flows);
    let evaluation = evaluate_valid(problem, &moves)?;
    let mut cell_prices: Vec<f64> = problem
        .cells
        .iter()
        .zip(&evaluation.staff)
        .map(|(c, &s)| 2.0 * (f64::from(s) - c.need) / c.need.max(1.0))
        .collect();
    for (c, price) in block_prices {
        cell_prices[c as usize] = price;
    }
    Ok(Solution {
        flows,
        staff: evaluation.staff,
        score: evaluation.score,
        terms: evaluation.terms,
        status,
        cell_prices,
    })
}

/// A per-move price (score points) above which no move pays: the largest
/// imbalance gain of one removal plus one addition, plus every reward.
fn no_move_price(problem: &Problem) -> f64 {
    let mut staff: Vec<f64> = problem.cells.iter().map(|c| f64::from(c.fixed)).collect();
    for g in &problem.groups {
        staff[g.cell as usize] += f64::from(g.size);
    }
    let mut remove: f64 = 0.0;
    let mut add: f64 = 0.0;
    for (c, &s) in problem.cells.iter().zip(&staff) {
        let now = cell_imbalance(s, c.need);
        remove = remove.max(now - cell_imbalance(s - 1.0, c.need));
        add = add.max(now - cell_imbalance(s + 1.0, c.need));
    }
    let w = &problem.weights;
    remove + add + 3.0 * w.gamma + w.delta + 1.0
}

/// Expands flows into single moves, in flow order.
pub(crate) fn expand(problem: &Problem, flows: &[Flow]) -> Vec<Move> {
    let mut moves = Vec::new();
    for f in flows {
        let from_cell = problem
            .groups
            .get(f.group as usize)
            .map_or(u32::MAX, |g| g.cell);
        for _ in 0..f.count {
            moves.push(Move {
                group: f.group,
                from_cell,
                to_cell: f.to_cell,
            });
        }
    }
    moves
}

/// The exact optimum without a move budget.
///
/// # Errors
/// An invalid problem ([`EngineError`]); [`EngineError::TooLarge`] when the
/// costs do not fit 64-bit fixed point even at a coarse scale.
///
/// # Complexity
/// Per block, a few pricing rounds; each round is a cost-scaling
/// push–relabel solve (about log₈ of the cost range phases, each linear in
/// the arcs plus the pushes and relabels it makes), in the exact rounds
/// followed by a shortest-path clean-up of the last integer unit (the
/// approximate rounds before them stop at their tolerance). Measured figures are in
/// the README ("Performance").
///
/// # Example
/// ```
/// use seimbang::engine::{Cell, Group, Problem, solve};
/// use seimbang::model::Weights;
/// let cell = |unit, need, fixed| Cell { unit, block: 0, need, fixed, accepts: true, required: vec![] };
/// let problem = Problem {
///     unit_coords: vec![None, None],
///     cells: vec![cell(0, 1.0, 1), cell(1, 3.0, 1)],
///     groups: vec![Group { cell: 0, size: 2, rotation_due: false, competencies: vec![],
///                          wishes: [None; 3], forbidden: vec![] }],
///     weights: Weights::default(),
///     max_km: None,
/// };
/// let solution = solve(&problem).unwrap();
/// assert_eq!(solution.staff, vec![1, 3]);
/// ```
pub fn solve(problem: &Problem) -> Result<Solution, EngineError> {
    solve_reusing(problem, &mut BlockCache::default())
}

/// The best plan with at most `max_moves` moves, with a proven lower bound.
///
/// Lagrangian relaxation: λ is added to every move cost; the plan at λ is
/// exactly optimal for its own move count. λ is searched for the plans
/// just above and at most `max_moves`: from a guess read off the step
/// order of the unconstrained optimum, outwards until those are bracketed,
/// then by line intersections, else bisection; the returned plan is the better of the latter and the best
/// prefix (see [`super::order_moves`]) of the former. The lower bound is
/// `max L(λ) − λ·max_moves` over every λ tried.
///
/// # Errors
/// As [`solve`].
pub fn solve_with_budget(problem: &Problem, max_moves: u64) -> Result<Solution, EngineError> {
    let price = no_move_price(problem);
    let mut engine = Engine::new(problem, price)?;
    let budget = i64::try_from(max_moves)
        .unwrap_or(i64::MAX / 4)
        .min(i64::MAX / 4);
    let p0 = engine.at(0)?;
    if p0.moves <= budget {
        return engine.assemble(p0.flows, Status::Optimal);
    }
    let guess = budget_price_guess(problem, &p0.flows, budget, engine.base_score)?;
    let (mut lo, mut hi, mut bound) = engine.bracket(
        p0,
        budget,
        engine.scale.fixed(guess),
        engine.scale.fixed(price),
    )?;
    while hi.moves != budget && hi.lambda - lo.lambda > 1 {
        let (lambda, crossing) = next_lambda(&lo, &hi);
        let p = engine.at(lambda)?;
        bound = bound.max(p.bound(budget));
        let edge = p.moves == lo.moves || p.moves == hi.moves;
        if p.moves > budget {
            lo = p;
        } else {
            hi = p;
        }
        if edge && crossing {
            break;
        }
    }
    if hi.moves == budget {
        return engine.assemble(hi.flows, Status::Optimal);
    }
    let upper = engine.assemble(hi.flows.clone(), Status::Optimal)?;
    let ordered = order_valid(problem, &lo.flows)?;
    let take = budget as usize;
    let mut best = upper;
    if take > 0 && take <= ordered.len() && ordered[take - 1].score_after < best.score {
        let flows = collapse(ordered[..take].iter().map(|m| m.step));
        best = engine.assemble(flows, Status::Optimal)?;
    }
    let lower_bound = engine.bound_points(bound, budget).min(best.score);
    best.status = Status::Bounded {
        lower_bound,
        gap: best.score - lower_bound,
    };
    Ok(best)
}

/// A first per-move price (score points) for a budget below the optimum's
/// move count: midway between the gains of the last move kept and the
/// first move dropped when the optimum's moves are taken in their step
/// order (see [`super::order_moves`]), since a price between them drops
/// about the moves after the budget (`before` is the all-stay score, the
/// first move's starting point). Only where the search for λ starts: the
/// plan and its bound come from solves.
fn budget_price_guess(
    problem: &Problem,
    flows: &[Flow],
    budget: i64,
    before: f64,
) -> Result<f64, EngineError> {
    let ordered = order_valid(problem, flows)?;
    let gain = |k: usize| {
        let prev = if k == 0 {
            before
        } else {
            ordered[k - 1].score_after
        };
        prev - ordered[k].score_after
    };
    let first_dropped = budget as usize;
    if first_dropped >= ordered.len() {
        return Ok(0.0);
    }
    let last_kept = first_dropped.saturating_sub(1);
    Ok((0.5 * (gain(last_kept) + gain(first_dropped))).max(0.0))
}

/// The next λ between two points: where their lines cross when that is
/// strictly inside, else the midpoint. The flag says which.
fn next_lambda(lo: &Point, hi: &Point) -> (i64, bool) {
    let dm = i128::from(lo.moves - hi.moves);
    let ds = hi.plain() - lo.plain();
    if dm > 0 {
        let cross = ds.div_euclid(dm);
        if cross > i128::from(lo.lambda) && cross < i128::from(hi.lambda) {
            return (cross as i64, true);
        }
    }
    (lo.lambda + (hi.lambda - lo.lambda) / 2, false)
}

/// Single moves back into flows sorted by (group, target).
fn collapse(moves: impl Iterator<Item = Move>) -> Vec<Flow> {
    let mut counts: BTreeMap<(u32, u32), u32> = BTreeMap::new();
    for m in moves {
        *counts.entry((m.group, m.to_cell)).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|((group, to_cell), count)| Flow {
            group,
            to_cell,
            count,
        })
        .collect()
}

/// The best score per number of moves, from 0 to the unconstrained
/// optimum's move count, with at most about `max_points` points.
///
/// Points found by the λ sweep (the vertices of the lower convex hull of
/// score against moves) are exact. Other move counts take the better of the
/// exact plan with fewer moves and the best prefix of the exact plan with
/// more moves; they are marked inexact and carry the Lagrangian lower bound.
/// Scores never rise with more moves.
///
/// # Errors
/// As [`solve`].
pub fn frontier(problem: &Problem, max_points: usize) -> Result<Vec<FrontierPoint>, EngineError> {
    let max_points = max_points.max(2);
    let price = no_move_price(problem);
    let mut engine = Engine::new(problem, price)?;
    let p0 = engine.at(0)?;
    let top = engine.top(engine.scale.fixed(price))?;
    let mut tried: Vec<(i64, i128)> = vec![(p0.lambda, p0.objective), (top.lambda, top.objective)];
    let mut vertices: BTreeMap<i64, Point> = BTreeMap::new();
    let mut stack = vec![(p0.clone(), top.clone())];
    vertices.insert(p0.moves, p0);
    vertices.insert(top.moves, top);
    let mut solves = 2;
    while let Some((a, b)) = stack.pop() {
        if solves >= max_points || a.moves - b.moves <= 1 || b.lambda - a.lambda <= 1 {
            continue;
        }
        let (lambda, crossing) = next_lambda(&a, &b);
        let p = engine.at(lambda)?;
        solves += 1;
        tried.push((p.lambda, p.objective));
        if p.moves < a.moves && p.moves > b.moves {
            vertices.insert(p.moves, p.clone());
            stack.push((p.clone(), b));
            stack.push((a, p));
        } else if !crossing {
            if p.moves == a.moves {
                stack.push((p, b));
            } else {
                stack.push((a, p));
            }
        }
    }
    let m0 = *vertices.keys().next_back().unwrap_or(&0);
    let mut counts: Vec<i64> = vertices.keys().copied().collect();
    if (m0 as usize) < max_points {
        counts = (0..=m0).collect();
    } else {
        let extra = max_points.saturating_sub(counts.len()).max(1);
        for i in 0..=extra {
            counts.push(m0 * i as i64 / extra as i64);
        }
        counts.sort_unstable();
        counts.dedup();
    }
    let mut scores: BTreeMap<i64, f64> = BTreeMap::new();
    for (&m, p) in &vertices {
        scores.insert(m, engine.assemble(p.flows.clone(), Status::Optimal)?.score);
    }
    let mut prefixes: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    let mut out = Vec::with_capacity(counts.len());
    let mut running = f64::INFINITY;
    for m in counts {
        let bound = tried
            .iter()
            .map(|&(lambda, objective)| objective - i128::from(lambda) * i128::from(m))
            .max()
            .unwrap_or(0);
        let lower = engine.bound_points(bound, m);
        let (score, exact) = if let Some(&s) = scores.get(&m) {
            (s, true)
        } else {
            let below = vertices.range(..m).next_back().map(|(k, _)| scores[k]);
            let mut s = below.unwrap_or(f64::INFINITY);
            if let Some((&k, p)) = vertices.range(m..).next() {
                if let std::collections::btree_map::Entry::Vacant(e) = prefixes.entry(k) {
                    let ordered = order_valid(problem, &p.flows)?;
                    e.insert(ordered.iter().map(|o| o.score_after).collect());
                }
                let list = &prefixes[&k];
                if m > 0 && (m as usize) <= list.len() {
                    s = s.min(list[m as usize - 1]);
                }
            }
            (s, false)
        };
        running = running.min(score);
        out.push(FrontierPoint {
            moves: m as u64,
            score: running,
            exact,
            lower_bound: lower.min(running),
        });
    }
    Ok(out)
}
