//! Pure optimisation on dense indices.
//!
//! Owns: the exact min-cost-flow solver for the balancing objective of
//! `shared/spec/objective.md` (v1.1), the Lagrangian move budget, the
//! trade-off frontier, the ordering of moves and the scoring of any move
//! list. Never does: parsing, I/O, clocks, threads, randomness, or browser
//! calls. The `planner` lowers a data set to a [`Problem`] and translates a
//! [`Solution`] back.
//!
//! Entry points: [`solve`] (and [`solve_reusing`], which keeps block
//! solutions for the next solve, and [`BlockCache::share_out`] with
//! [`solve_share`], which let a caller solve the blocks on several
//! threads or workers of its own), [`solve_with_budget`], [`frontier`],
//! [`order_moves`], [`evaluate`].
//!
//! # Exactness
//! Inside the solver every cost is an `i64` in fixed point: one score point
//! is [`Scale::units`] integer units, 10⁹ unless a worst-case bound on the
//! values the solver forms (a cell's imbalance at the most extreme staff its
//! block allows; nodes × the largest arc cost for a potential) would pass
//! 4·10¹⁸, then the largest smaller power of ten (10⁸ on the 100,000-employee
//! benchmark). Sums of the objective are `i128`. The imbalance of a cell is
//! rounded as a cumulative value `G(s) = round(units · (s − r)² / w)`, never
//! marginal by marginal, and each move cost is rounded once (δ separately).
//! So the integer objective of a plan differs from its true score minus the
//! all-stay score by at most `(changed cells + moves) / units` (plus the
//! `f64` rounding of the products, ~10⁻¹⁶ relative), and the returned plan,
//! exactly optimal for the integer objective, is within
//! `2 · (cells + moves of either plan) / units` of the true optimum: about
//! 2·10⁻³ absolute on the 100,000-employee benchmark against a score near
//! 9·10⁴, i.e. 2·10⁻⁸ relative, far below objective.md's 10⁻⁶. Reported
//! scores are always recomputed in `f64` from the plan by [`evaluate`].
//!
//! # Formulation (one independent problem per block = jabatan)
//! The all-stay plan is the zero flow. Nodes: a hub `Z`, the cells, the
//! groups and "classes" (groups of one cell with equal forbidden targets
//! that hold the same competencies among those some cell of the jabatan
//! requires, so they share every non-wish move cost). Arcs:
//! `cell → group` release (capacity `size`, cost `−δ` when rotation is due),
//! `group → class` (cost 0), `group → wished cell` (full move cost with the
//! preference reward), `class → cell` move arcs (cost `α + β·km + ζ·gaps`),
//! where a group without wish arcs, or alone in its class, is its class's
//! node (released straight into it: most groups, so most nodes and pushes
//! are spared),
//! and one convex arc per cell between the cell and `Z` whose flow is the
//! change of staff, with the exact marginal imbalance costs. A min-cost
//! circulation is an optimal plan. Class → cell arcs are generated lazily:
//! after each solve of the restricted graph every absent arc's reduced cost
//! is priced (targets sorted by potential, with a lower bound that stops the
//! scan early) and violators are added until none is negative, which is the
//! optimality proof (each round adds, per target cell, the 24 most violated
//! arcs, which keeps the graph near the size of the plan: about 150,000
//! arcs for the largest jabatan of the 100,000-employee benchmark, against
//! 2 million when each class took up to 256; classes of over-staffed cells
//! start with arcs to their 24 cheapest under-staffed targets, and the first
//! solve starts from the all-stay plan with every cell priced as the hub, so
//! it only has to route each cell's surplus or shortfall). The flow solver works in two stages on the same
//! graph: cost-scaling push–relabel (Goldberg's `refine`, ε divided by 8 per
//! phase down to 10⁻⁵ score points, with global price updates) moves the
//! bulk of the flow with many pushes per price change; then the arcs still up to ε negative are
//! saturated and their small excess routed exactly by primal–dual
//! successive shortest paths (Dijkstra on reduced costs with a radix heap, then blocking flows
//! on zero reduced-cost arcs). Negative arcs are saturated first, so
//! negative cycles (rotation rounds, strong wishes) are handled exactly.
//! On the first solve, and on a re-solve that starts with a large excess (a
//! big change of λ), approximate rounds come first: pricing adds only arcs more than
//! 0.05, then 0.008 score points negative, and each solve stops at an
//! eighth of that ε without the exact clean-up; the exact rounds that follow
//! start from there and only settle the last fractions of a point. On the
//! first solve, the move arcs without flow that those rounds leave more
//! than 0.1, then 0.01 points from paying are dropped (most seed arcs),
//! so the exact rounds scan 22–40 % of the arcs of the big jabatan at
//! 100,000 employees; pricing would add any of them back. Each re-solve
//! starts cost scaling one phase below the largest violation
//! pricing just added, since every other arc is already that close to
//! optimal. After each re-solve, group and class prices are raised to
//! their tightest residual in-arc (the flow stays as optimal), so pricing
//! does not report arcs as improving merely because push–relabel lowered a
//! class on the way. None of this weakens the proof: the last round is
//! always exact pricing at 0.
//!
//! # Performance (native, `bench-native` profile, 2-core machine)
//! See README "Performance" (`scripts/bench-engine.sh`): planning takes
//! about 0.006 s at 1,000 employees, 0.1 s at 10,000, 0.4 s at 30,000
//! and 2.1–3.0 s at 100,000 (from day to day on a shared machine; the
//! whole command with reading 4–5 s, 234 MB).
//! Shortest paths alone were 10× slower at 10,000 (one path per Dijkstra
//! when km makes every cost distinct).

mod cache;
mod cost;
mod evaluate;
mod flow;
mod order;
mod radix;
mod solve;
mod wire;

pub use cache::{BlockCache, Share, SharePlans, solve_reusing, solve_share};
pub use cost::Scale;
pub use evaluate::evaluate;
pub use order::order_moves;
pub use solve::{frontier, solve, solve_with_budget};

use serde::{Deserialize, Serialize};

use crate::model::{Coord, Weights};

/// A dense optimisation problem: every index refers into these vectors.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Coordinates per unit index; `None` when the unit has none (then every
    /// distance to or from it is 0 km and `max_km` does not block).
    pub unit_coords: Vec<Option<Coord>>,
    /// The cells: one (unit, jabatan) pair each, at most one per pair.
    pub cells: Vec<Cell>,
    /// Groups of identical movable employees.
    pub groups: Vec<Group>,
    /// Score weights α, β, γ, δ, ζ (all finite and ≥ 0).
    pub weights: Weights,
    /// No move longer than this many km, when set.
    pub max_km: Option<f64>,
}

/// One (unit, jabatan) pair.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    /// Unit index into [`Problem::unit_coords`].
    pub unit: u32,
    /// Block (jabatan) index; moves stay inside a block.
    pub block: u32,
    /// Need `r_c ≥ 0` in FTE.
    pub need: f64,
    /// Staff that cannot leave (not in any group).
    pub fixed: u32,
    /// Whether the cell may receive movers (it has a need row).
    pub accepts: bool,
    /// Competency tag ids the cell requires, sorted and deduplicated.
    pub required: Vec<u32>,
}

/// Identical movable employees of one cell.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The cell they are in now.
    pub cell: u32,
    /// Number of employees, at least 1.
    pub size: u32,
    /// Whether their rotation is due (a move earns δ).
    pub rotation_due: bool,
    /// Competency tag ids held, sorted and deduplicated.
    pub competencies: Vec<u32>,
    /// Wished unit indices `pilihan_1..3` (3, 2, 1 points).
    pub wishes: [Option<u32>; 3],
    /// Cells this group may not move to, sorted.
    pub forbidden: Vec<u32>,
}

/// `count` employees of `group` move to `to_cell`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Flow {
    /// Group index.
    pub group: u32,
    /// Target cell index.
    pub to_cell: u32,
    /// Number of movers, at least 1.
    pub count: u32,
}

/// One employee's move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Move {
    /// Group index.
    pub group: u32,
    /// The group's cell.
    pub from_cell: u32,
    /// Target cell.
    pub to_cell: u32,
}

/// A move in the order of [`order_moves`] with the score after it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OrderedMove {
    /// The move.
    pub step: Move,
    /// Score of the plan made of this move and all moves before it.
    pub score_after: f64,
}

/// The terms of the score `I + α·M + β·K − γ·P − δ·R + ζ·F`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Terms {
    /// `I`: Σ (s − r)² / max(r, 1).
    pub imbalance: f64,
    /// `M`: number of moves.
    pub moves: u64,
    /// `K`: total km moved.
    pub km: f64,
    /// `P`: preference points earned.
    pub preference_points: u64,
    /// `R`: moves of employees whose rotation is due.
    pub rotation_moves: u64,
    /// `F`: required competencies the movers lack.
    pub competency_gaps: u64,
}

impl Terms {
    /// The score of these terms under `weights`.
    pub fn score(&self, weights: &Weights) -> f64 {
        self.imbalance + weights.alpha * self.moves as f64 + weights.beta * self.km
            - weights.gamma * self.preference_points as f64
            - weights.delta * self.rotation_moves as f64
            + weights.zeta * self.competency_gaps as f64
    }
}

/// How good a solution is known to be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Status {
    /// Optimal (within the documented fixed-point error).
    Optimal,
    /// Feasible; the optimum is at least `lower_bound` and the score at most
    /// `gap` above it.
    Bounded {
        /// Proven lower bound on the best score.
        lower_bound: f64,
        /// `score − lower_bound` (≥ 0).
        gap: f64,
    },
}

/// A plan with its score.
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    /// Moves, sorted by (group, to_cell).
    pub flows: Vec<Flow>,
    /// Staff per cell after the plan.
    pub staff: Vec<u32>,
    /// Score of the plan (recomputed in `f64`).
    pub score: f64,
    /// Terms of the score.
    pub terms: Terms,
    /// Optimality status.
    pub status: Status,
    /// Marginal imbalance cost of one more employee in each cell at the
    /// solution (a dual value: the optimal score rises by about this much
    /// if one more fixed employee appeared there; negative = the cell wants
    /// staff). For explanations only.
    pub cell_prices: Vec<f64>,
}

/// The score of a move list.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Staff per cell after the moves.
    pub staff: Vec<u32>,
    /// Score.
    pub score: f64,
    /// Terms of the score.
    pub terms: Terms,
}

/// A point of the trade-off frontier.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FrontierPoint {
    /// Number of moves allowed (and used, at most).
    pub moves: u64,
    /// Best score found with at most `moves` moves.
    pub score: f64,
    /// Whether `score` is proven optimal for this move count.
    pub exact: bool,
    /// Proven lower bound on the best score with at most `moves` moves.
    pub lower_bound: f64,
}

/// Why a problem or a move list is rejected.
#[derive(Clone, Debug, PartialEq)]
pub enum EngineError {
    /// A weight is negative or not finite.
    BadWeight {
        /// Which weight (`alpha`, …).
        name: &'static str,
    },
    /// `max_km` is negative or NaN.
    BadMaxKm,
    /// A cell's unit index is out of range.
    CellUnitOutOfRange {
        /// Cell index.
        cell: usize,
    },
    /// A cell's need is negative or not finite.
    BadNeed {
        /// Cell index.
        cell: usize,
    },
    /// Two cells share a (unit, block) pair.
    DuplicateCell {
        /// The later cell index.
        cell: usize,
    },
    /// A group refers to a cell out of range.
    GroupCellOutOfRange {
        /// Group index.
        group: usize,
    },
    /// A group has size 0.
    EmptyGroup {
        /// Group index.
        group: usize,
    },
    /// A group's wish names a unit out of range.
    WishOutOfRange {
        /// Group index.
        group: usize,
    },
    /// A group's forbidden list names a cell out of range.
    ForbiddenOutOfRange {
        /// Group index.
        group: usize,
    },
    /// The instance is too large for exact 64-bit arithmetic.
    TooLarge,
    /// A [`Share`]'s scale is not one [`BlockCache::share_out`] can have
    /// given it: not a power of ten from 1 to 10⁹, or larger than the
    /// share's own problem allows.
    BadShareScale,
    /// A solver invariant failed (a bug in the engine; please report it
    /// with the input).
    Internal,
    /// A move names a group out of range.
    MoveGroupOutOfRange {
        /// Position in the move list.
        index: usize,
    },
    /// A move names a cell out of range.
    MoveCellOutOfRange {
        /// Position in the move list.
        index: usize,
    },
    /// A move's `from_cell` is not its group's cell.
    MoveWrongSource {
        /// Position in the move list.
        index: usize,
    },
    /// A move goes to a cell of another block, of the same unit, that does
    /// not accept movers, is forbidden for the group, or is too far.
    MoveNotAllowed {
        /// Position in the move list.
        index: usize,
    },
    /// A group moves more employees than it has.
    MoveGroupExhausted {
        /// Position in the move list.
        index: usize,
    },
}

impl std::fmt::Display for EngineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for EngineError {}
