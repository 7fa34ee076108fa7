//! The exact min-cost circulation of one block (jabatan), on integer costs.
//!
//! Owns: the block graph (hub, cells, groups, classes; see the module doc of
//! `engine`), the cost-scaling and primal–dual solvers with convex cell
//! arcs, lazy generation of class → cell move arcs by pricing, and warm starts when the per-move
//! price λ changes. Never does: scoring in `f64` (that is `evaluate`) or
//! anything across blocks.
//!
//! Invariant between calls: every residual arc has a non-negative reduced
//! cost `cost + π(tail) − π(head)`. A new or re-priced arc that breaks it is
//! saturated at once, which moves the imbalance into node excesses that the
//! next re-solve routes away (cost scaling, then shortest paths; shortest
//! paths alone for a small excess); so negative cycles never survive.

use std::cmp::Reverse;
use std::collections::{BTreeMap, VecDeque};

use super::cost::{
    Site, allowed_km, allowed_km_at, base_points, gaps, km_floor, preference_points, round_i64,
    site,
};
use super::radix::RadixHeap;
use super::{EngineError, Flow, Problem, Scale};

/// Marks a normal (non-convex) arc.
const NORMAL: u32 = u32::MAX;
/// Level of a node not reached (or found dead) in a blocking-flow round.
const NO_LEVEL: u32 = u32::MAX;
/// At most this many new class → cell arcs per target cell and pricing
/// round. Since the first solve starts from cells priced as the hub, 24
/// beats 8 (100,000 employees: 3.4 against 4.1 s of planning; 12, 16, 32,
/// 48 and 64 measured between the two, 6 slower).
const ARCS_PER_TARGET: usize = 24;
/// ε of the first cost-scaling phase, in score points (before division),
/// when no pricing violation bounds it (a first solve, a change of λ).
/// Since the first solve starts from cells priced as the hub, 1 is faster
/// than 4 (10–20 % at 10,000–100,000 employees; 0.5 about the same).
const START_EPSILON_POINTS: f64 = 1.0;
/// Move arcs per class of an over-staffed cell before the first solve.
const SEED_ARCS: usize = 24;
/// Up to this much total excess is routed by shortest paths alone (with
/// global price updates, 2,000 and 8,000 measured slower at 100,000
/// employees; 0 too).
const SMALL_EXCESS: i64 = 500;
/// Cost scaling stops once ε is at most this many score points; the arcs
/// still negative are then saturated and their excess routed exactly by
/// shortest paths. With global price updates the phases down to here cost
/// less than the shortest-path phases they save (measured: 1e-3 and 1e-4
/// left more excess to the clean-up and were slower at 100,000 employees).
const FINAL_EPSILON_POINTS: f64 = 1e-5;
/// Pricing tolerances of the approximate rounds that run before the exact
/// ones, in score points: while a tolerance is in force, pricing adds only
/// arcs more than that negative and cost scaling stops at an eighth of it
/// (no exact clean-up), so the bulk of the move arcs is found on cheap
/// solves and the exact rounds only settle the last fractions of a point.
const TOLERANCES_POINTS: [f64; 2] = [0.05, 0.008];
/// On the first solve, after the approximate rounds at each of
/// [`TOLERANCES_POINTS`], the move arcs without flow whose reduced cost is
/// above this many score points are dropped (pricing adds them back if
/// they ever improve): of the largest jabatan's 146,000 arcs at 100,000
/// employees, 1,100 carry flow, and every cost-scaling phase scans them
/// all. Planning at 100,000 employees: 3.45–3.53 s keeping every arc,
/// 3.01–3.14 s with these; 0.03 or 0.002 in the second place 3.3–3.5 s.
/// Re-solves after a change of λ keep their arcs: purging there too made
/// the frontier at 30,000 employees 10 % slower, as the next λ wants many
/// of them back.
const PURGE_MARGINS_POINTS: [f64; 2] = [0.1, 0.01];
/// Division of ε between cost-scaling phases.
const SCALING_FACTOR: i64 = 8;

/// Groups of one cell that share every non-wish move cost.
#[derive(Debug)]
struct Class {
    /// Local cell index.
    cell: u32,
    /// Competencies held that some cell of the block requires (sorted).
    competencies: Vec<u32>,
    /// The same as bits over the block's required tags (see
    /// [`BlockSolver::required_mask`]; 0 when those do not fit a word).
    held_mask: u64,
    /// Forbidden global cells (sorted).
    forbidden: Vec<u32>,
    /// Total size of its groups: the capacity of its move arcs.
    size: i64,
    /// Local target cells with an arc already (one bit per local cell).
    present: Vec<u64>,
    /// (local target, arc) of its move arcs, in creation order.
    arcs: Vec<(u32, u32)>,
    /// (local group, the arc its flow into the class is on: its own
    /// group → class arc, or its release arc when it has no node).
    members: Vec<(u32, u32)>,
}

impl Class {
    /// Whether a move arc to local cell `t` exists.
    fn has(&self, t: u32) -> bool {
        self.present[(t / 64) as usize] & (1 << (t % 64)) != 0
    }

    /// Whether moves to global cell `target` are forbidden.
    fn forbids(&self, target: u32) -> bool {
        self.forbidden.binary_search(&target).is_ok()
    }

    /// Records the move arc to local cell `t`.
    fn mark(&mut self, t: u32) {
        self.present[(t / 64) as usize] |= 1 << (t % 64);
    }
}

/// One residual arc; the fields the solvers read together share a cache
/// line.
#[derive(Clone, Copy, Debug)]
struct Arc {
    head: u32,
    tail: u32,
    /// The local cell of a convex arc, or [`NORMAL`].
    convex: u32,
    /// Whether it is a move arc or the reverse of one (its cost carries λ).
    is_move: bool,
    /// Residual capacity of a normal arc.
    cap: i64,
    /// Cost of a normal arc.
    cost: i64,
}

/// One arc of [`ByTail`], packed into 24 bytes (the scans are bound by
/// memory traffic).
#[derive(Clone, Copy, Debug)]
struct Slot {
    /// Cost of a normal arc.
    cost: i64,
    head: u32,
    /// Its reverse, as a slot.
    rev: u32,
    /// Residual capacity of a normal arc (an arc and its reverse always sum
    /// to a group's or class's size, far below `i32::MAX`; checked when the
    /// slots are built).
    cap: i32,
    /// [`NORMAL`], or for a convex arc `2 · local cell + 1` in the forward
    /// direction (even index in `arcs`) and `2 · local cell` back.
    convex: u32,
}

impl Slot {
    /// (local cell, forward) of a convex slot.
    fn convex_side(self) -> (u32, bool) {
        (self.convex >> 1, self.convex & 1 == 1)
    }
}

/// The residual graph stored by tail for one re-solve (cost scaling and
/// shortest paths).
struct ByTail {
    /// Node `v`'s arcs are slots `start[v]..start[v + 1]`.
    start: Vec<u32>,
    /// Node `v`'s slots from `live[v]` to `start[v + 1]` are normal slots
    /// without residual capacity (or into a [`ByTail::hidden`] class), so
    /// the scans that need capacity stop at `live[v]`: most of a cell's slots are the reverses of move arcs that
    /// carry no flow (at 100,000 employees, cell relabels scanned 81
    /// million slots). A push into such a slot's reverse brings it back
    /// ([`ByTail::revive`]); relabels move the slots they find empty out.
    live: Vec<u32>,
    /// The classes left out of this copy: without a move or wish arc and
    /// without flow, whatever enters one can only go back, so the arcs
    /// into them sit with the empty slots and are never pushed on (in the
    /// 1,365-cell jabatan at 100,000 employees, a third of the class
    /// relabels were of such classes). [`BlockSolver::write_back`] then
    /// prices each at its cheapest arc in, which keeps those arcs optimal.
    hidden: Vec<u32>,
    slots: Vec<Slot>,
    /// Per slot: its index in `arcs`.
    orig: Vec<u32>,
}

impl ByTail {
    /// Swaps the slots at `x` and `y` (of one tail), keeping their
    /// reverses and original arcs pointing at them.
    fn swap(&mut self, x: u32, y: u32) {
        if x == y {
            return;
        }
        let (rx, ry) = (self.slots[x as usize].rev, self.slots[y as usize].rev);
        self.slots.swap(x as usize, y as usize);
        self.orig.swap(x as usize, y as usize);
        self.slots[rx as usize].rev = y;
        self.slots[ry as usize].rev = x;
    }

    /// Moves slot `s` of node `v`, which just got residual capacity, into
    /// `v`'s live slots if it was out.
    fn revive(&mut self, v: usize, s: u32) {
        if s >= self.live[v] {
            self.swap(s, self.live[v]);
            self.live[v] += 1;
        }
    }

    /// Moves slot `s` of node `v`, a normal slot found without residual
    /// capacity, out of `v`'s live slots; the slot that takes its place
    /// has not been scanned yet.
    fn retire(&mut self, v: usize, s: u32) {
        self.live[v] -= 1;
        self.swap(s, self.live[v]);
    }
}

/// Scratch space of one re-solve, reused across its cost-scaling phases
/// and shortest paths.
struct Work {
    /// Nodes with excess, first in first out (cost scaling); the
    /// breadth-first frontier (blocking flows).
    queue: VecDeque<u32>,
    /// Per node: in `queue`.
    queued: Vec<bool>,
    /// Per node: its current slot.
    current: Vec<u32>,
    /// Global update and Dijkstra: the search frontier, each node's
    /// distance, and the nodes settled.
    heap: RadixHeap,
    rank: Vec<u64>,
    settled: Vec<u32>,
    /// Shortest paths: per node, settled in the current Dijkstra.
    done: Vec<bool>,
    /// Shortest paths: per node, its blocking-flow level ([`NO_LEVEL`]
    /// between rounds).
    level: Vec<u32>,
}

impl Work {
    fn new(n: usize) -> Work {
        Work {
            queue: VecDeque::new(),
            queued: vec![false; n],
            current: vec![0; n],
            heap: RadixHeap::new(),
            rank: vec![u64::MAX; n],
            settled: Vec::new(),
            done: vec![false; n],
            level: vec![NO_LEVEL; n],
        }
    }
}

/// One block's graph and solver state.
pub(crate) struct BlockSolver<'p> {
    problem: &'p Problem,
    scale: Scale,
    /// Local → global cell.
    cells: Vec<u32>,
    /// Local → global group.
    groups: Vec<u32>,
    classes: Vec<Class>,
    /// Number of group nodes: only the groups with wish arcs that share
    /// their class have one (see [`BlockSolver::new`]).
    group_nodes: u32,
    /// Arcs in pairs: forward `2i`, reverse `2i + 1`.
    arcs: Vec<Arc>,
    excess: Vec<i64>,
    pi: Vec<i64>,
    /// Per local cell: staff before the plan.
    s0: Vec<i64>,
    /// Per local cell: need.
    need: Vec<f64>,
    /// Per local cell: bounds of the staff change.
    lo: Vec<i64>,
    hi: Vec<i64>,
    /// Per local cell: the staff change (flow on the convex arc).
    x: Vec<i64>,
    /// Per local cell: cached cost of one more / one less staff.
    up: Vec<i64>,
    down: Vec<i64>,
    /// Current per-move price in integer units.
    lambda: i64,
    /// Per local group: its release arc.
    release: Vec<u32>,
    /// (local group, local target, arc) of wish arcs.
    wish_arcs: Vec<(u32, u32, u32)>,
    /// The most negative reduced cost among the arcs the last pricing
    /// added (0 when the next solve starts from anything else): every other
    /// arc is already that close to optimal, so the next solve's cost
    /// scaling starts one phase below it.
    violation: i64,
    /// Index of the first move arc: every arc before it (convex, release,
    /// group → class and wish arcs) is there for good.
    first_move_arc: u32,
    /// Per local cell: its unit's site, for the distances seeding and
    /// pricing compute.
    sites: Vec<Site>,
    /// Per local source cell: the distance of a move to each local cell as
    /// seeding and pricing measured it ([`f64::INFINITY`] when the move is
    /// not allowed, NaN when not measured yet), or empty before the first.
    /// Pricing rounds ask again for the same pairs (at 100,000 employees,
    /// 2.7 million distances over 310 rounds). Dropped at the end of each
    /// solve: the rows of the largest jabatan take up to 32 MB.
    known_km: Vec<Vec<f64>>,
    /// Per local cell: its required tags as bits over the block's required
    /// tags (their positions in the sorted list), so that a class's gaps
    /// are one popcount (pricing counts them millions of times); empty
    /// when the block requires more than 64 tags or a cell lists a tag
    /// twice, and [`gaps`] counts them.
    required_mask: Vec<u64>,
}

/// Held `tags` as bits at their positions in `among` (sorted, at most 64
/// tags, else 0), leaving out those outside it.
fn held_mask(among: &[u32], tags: &[u32]) -> u64 {
    if among.len() > 64 {
        return 0;
    }
    tags.iter()
        .filter_map(|tag| among.binary_search(tag).ok())
        .fold(0, |mask, bit| mask | 1 << bit)
}

/// Required `tags` as [`held_mask`] gives them, when that keeps one bit
/// per tag: `None` when `among` has more than 64 tags, or `tags` one
/// outside it or a tag twice (which [`gaps`] would count twice).
fn required_mask(among: &[u32], tags: &[u32]) -> Option<u64> {
    let mask = held_mask(among, tags);
    (among.len() <= 64 && mask.count_ones() as usize == tags.len()).then_some(mask)
}

/// Row `from` of a [`BlockSolver::known_km`] table taken out of its
/// solver, all unknown (NaN) the first time it is asked for.
fn known_row(table: &mut [Vec<f64>], from: u32) -> &mut [f64] {
    let cells = table.len();
    let row = &mut table[from as usize];
    if row.is_empty() {
        *row = vec![f64::NAN; cells];
    }
    row
}

/// Sorts a block's groups by (cell, index): the order [`BlockSolver::new`]
/// takes them in, so that the classes of one cell are consecutive.
pub(crate) fn in_cell_order(problem: &Problem, groups: &mut [u32]) {
    groups.sort_unstable_by_key(|&g| (problem.groups[g as usize].cell, g));
}

impl<'p> BlockSolver<'p> {
    /// The graph of one block, solved to optimality at λ = 0: `cells` and
    /// `groups` are global indices, the groups all in those cells.
    ///
    /// Groups are taken in the order of their cells (then index), so the
    /// classes of one cell are consecutive: seeding and pricing handle them
    /// cell by cell.
    pub(crate) fn new(
        problem: &'p Problem,
        scale: Scale,
        cells: Vec<u32>,
        mut groups: Vec<u32>,
    ) -> Result<BlockSolver<'p>, EngineError> {
        in_cell_order(problem, &mut groups);
        let nc = cells.len();
        let local_of: BTreeMap<u32, u32> = cells
            .iter()
            .enumerate()
            .map(|(i, &c)| (c, i as u32))
            .collect();
        let unit_cell: BTreeMap<u32, u32> = cells
            .iter()
            .enumerate()
            .map(|(i, &c)| (problem.cells[c as usize].unit, i as u32))
            .collect();
        let mut s0: Vec<i64> = cells
            .iter()
            .map(|&c| i64::from(problem.cells[c as usize].fixed))
            .collect();
        let mut movable = vec![0i64; nc];
        // Only the tags some cell of the block requires change a move cost,
        // so groups are classed by the competencies they hold among those.
        let mut relevant: Vec<u32> = cells
            .iter()
            .flat_map(|&c| problem.cells[c as usize].required.iter().copied())
            .collect();
        relevant.sort_unstable();
        relevant.dedup();
        let mut class_of: BTreeMap<(u32, Vec<u32>, &[u32]), u32> = BTreeMap::new();
        let mut classes: Vec<Class> = Vec::new();
        let mut group_class = Vec::with_capacity(groups.len());
        for &g in &groups {
            let group = &problem.groups[g as usize];
            let lc = local_of[&group.cell];
            s0[lc as usize] += i64::from(group.size);
            movable[lc as usize] += i64::from(group.size);
            let held: Vec<u32> = group
                .competencies
                .iter()
                .copied()
                .filter(|tag| relevant.binary_search(tag).is_ok())
                .collect();
            let key = (lc, held, group.forbidden.as_slice());
            let k = *class_of.entry(key).or_insert_with_key(|key| {
                classes.push(Class {
                    cell: lc,
                    held_mask: held_mask(&relevant, &key.1),
                    competencies: key.1.clone(),
                    forbidden: group.forbidden.clone(),
                    size: 0,
                    present: vec![0; nc.div_ceil(64)],
                    arcs: Vec::new(),
                    members: Vec::new(),
                });
                (classes.len() - 1) as u32
            });
            classes[k as usize].size += i64::from(group.size);
            group_class.push(k);
        }
        let required_mask = cells
            .iter()
            .map(|&c| required_mask(&relevant, &problem.cells[c as usize].required))
            .collect::<Option<Vec<u64>>>()
            .unwrap_or_default();
        let block_movable: i64 = movable.iter().sum();
        let w = &problem.weights;
        // Per group: its wish arcs as (local target, cost).
        let wishes: Vec<Vec<(u32, i64)>> = groups
            .iter()
            .map(|&g| {
                let group = &problem.groups[g as usize];
                if w.gamma <= 0.0 {
                    return Vec::new();
                }
                let mut wished: Vec<u32> = group.wishes.iter().flatten().copied().collect();
                wished.sort_unstable();
                wished.dedup();
                wished
                    .into_iter()
                    .filter_map(|unit| {
                        let &t = unit_cell.get(&unit)?;
                        let target = cells[t as usize];
                        let km = allowed_km(problem, group.cell, &group.forbidden, target)?;
                        let pref = preference_points(problem, group, unit);
                        if pref == 0 {
                            return None;
                        }
                        let gap = gaps(
                            &problem.cells[target as usize].required,
                            &group.competencies,
                        );
                        let c = scale.fixed(
                            base_points(w, km) - w.gamma * f64::from(pref)
                                + w.zeta * f64::from(gap),
                        );
                        Some((t, c))
                    })
                    .collect()
            })
            .collect();
        // A group gets a node of its own only when it has wish arcs and
        // shares its class: every other group is released straight into
        // its class's node (its wish arcs, if any, leave from there), which
        // spares most groups' node and group → class arc, and a hop of
        // every push through them.
        let mut class_groups = vec![0u32; classes.len()];
        for &k in &group_class {
            class_groups[k as usize] += 1;
        }
        let own_node: Vec<bool> = wishes
            .iter()
            .zip(&group_class)
            .map(|(wished, &k)| !wished.is_empty() && class_groups[k as usize] > 1)
            .collect();
        let group_nodes = own_node.iter().filter(|&&own| own).count() as u32;
        let n = 1 + nc + group_nodes as usize + classes.len();
        let sites = cells
            .iter()
            .map(|&c| site(problem, problem.cells[c as usize].unit))
            .collect();
        let mut solver = BlockSolver {
            problem,
            scale,
            need: cells
                .iter()
                .map(|&c| problem.cells[c as usize].need)
                .collect(),
            lo: movable.iter().map(|m| -m).collect(),
            hi: vec![block_movable; nc],
            x: vec![0; nc],
            up: vec![0; nc],
            down: vec![0; nc],
            s0,
            cells,
            groups,
            classes,
            group_nodes,
            arcs: Vec::new(),
            excess: vec![0; n],
            pi: vec![0; n],
            lambda: 0,
            release: Vec::new(),
            wish_arcs: Vec::new(),
            violation: 0,
            first_move_arc: 0,
            sites,
            known_km: vec![Vec::new(); nc],
            required_mask,
        };
        for i in 0..nc {
            solver.add_arc(1 + i as u32, 0, 0, 0, i as u32, false);
        }
        let delta_fixed = scale.fixed(w.delta);
        let mut next_group_node = 1 + nc as u32;
        for (j, wished) in wishes.into_iter().enumerate() {
            let group = &problem.groups[solver.groups[j] as usize];
            let cell_node = 1 + local_of[&group.cell];
            let k = group_class[j];
            let class_node = solver.class_node(k);
            let size = i64::from(group.size);
            let release_cost = if group.rotation_due { -delta_fixed } else { 0 };
            // Priced at its cell's starting price (the hub's, 0) plus its
            // release cost: see below.
            let node = if own_node[j] {
                let node = next_group_node;
                next_group_node += 1;
                solver.pi[node as usize] = release_cost;
                node
            } else {
                class_node
            };
            let a = solver.add_arc(cell_node, node, size, release_cost, NORMAL, false);
            solver.release.push(a);
            // The arc its flow into the class is read from.
            let member = if own_node[j] {
                solver.add_arc(node, class_node, size, 0, NORMAL, false)
            } else {
                a
            };
            solver.classes[k as usize].members.push((j as u32, member));
            for (t, c) in wished {
                let a = solver.add_arc(node, 1 + t, size, c, NORMAL, true);
                solver.wish_arcs.push((j as u32, t, a));
            }
        }
        // Start from the all-stay plan with every cell priced as the hub
        // (0), as if each could reach its need without paying for a move;
        // each group node at its release cost (−δ when rotation is due, set
        // above) and each class at its members' cheapest. Saturating what that
        // leaves negative moves each convex arc to the staff nearest its
        // need, and the wish and seed arcs a reward or δ makes negative, so
        // the first solve routes each cell's surplus or shortfall through
        // the hub. (Pricing each cell at its marginal imbalance instead left
        // every seed arc of an over-staffed cell negative, each saturated at
        // its class's size: 160,000 units of excess in the largest blocks at
        // 100,000 employees, against 8,000.)
        for i in 0..nc {
            solver.refresh_marginals(i);
        }
        for k in 0..solver.classes.len() as u32 {
            solver.price_at_cheapest_in(k);
        }
        solver.first_move_arc = solver.arcs.len() as u32;
        solver.seed_move_arcs();
        solver.saturate_negative();
        solver.solve(true)?;
        Ok(solver)
    }

    /// Gives each class of an over-staffed cell move arcs to its cheapest
    /// under-staffed targets before the first solve: most optimal moves go
    /// there, so pricing rounds only add what these miss (and still prove
    /// that nothing else would help).
    ///
    /// Per source cell (its classes are consecutive) the reachable targets
    /// are sorted once by `α + β·km`;
    /// a class's competency gaps only add to that, so its scan stops at the
    /// first target whose base cost is above its [`SEED_ARCS`]-th cheapest
    /// full cost (ties by target, as a full sort would give).
    fn seed_move_arcs(&mut self) {
        let short: Vec<u32> = (0..self.cells.len() as u32)
            .filter(|&t| self.need[t as usize] - self.s0[t as usize] as f64 >= 0.5)
            .collect();
        if short.is_empty() {
            return;
        }
        let w = self.problem.weights;
        // Out of the solver while its rows are filled (see `known_row`).
        let mut known_km = std::mem::take(&mut self.known_km);
        // (base cost, local target, km) from `row_cell`, cheapest first.
        let mut row: Vec<(i64, u32, f64)> = Vec::new();
        let mut row_cell = u32::MAX;
        // (full cost, local target), cheapest first, at most SEED_ARCS.
        let mut best: Vec<(i64, u32)> = Vec::with_capacity(SEED_ARCS + 1);
        for k in 0..self.classes.len() {
            let cell = self.classes[k].cell;
            if (self.s0[cell as usize] as f64) < self.need[cell as usize] + 0.5 {
                continue;
            }
            if cell != row_cell {
                row_cell = cell;
                let known = known_row(&mut known_km, cell);
                row.clear();
                row.extend(short.iter().filter_map(|&t| {
                    let km = self.measured_km(known, cell, t);
                    (km != f64::INFINITY).then(|| (self.scale.fixed(base_points(&w, km)), t, km))
                }));
                row.sort_unstable_by_key(|&(base, t, _)| (base, t));
            }
            let class = &self.classes[k];
            best.clear();
            for &(base, t, km) in &row {
                if best.len() == SEED_ARCS && base > best[SEED_ARCS - 1].0 {
                    break;
                }
                if class.forbids(self.cells[t as usize]) {
                    continue;
                }
                let candidate = (self.class_cost_at(k, t, km, base), t);
                let at = best.partition_point(|&b| b < candidate);
                if at < SEED_ARCS {
                    best.insert(at, candidate);
                    best.truncate(SEED_ARCS);
                }
            }
            for &(cost, t) in &best {
                self.add_move_arc(k, t, cost + self.lambda);
            }
        }
        self.known_km = known_km;
    }

    /// `fixed(α + β·km + ζ·gaps)`: the cost (λ excluded) of moving one
    /// employee of class `k` to local cell `t`, `km` away, when allowed;
    /// `base` is `fixed(α + β·km)`, the cost without gaps.
    fn class_cost_at(&self, k: usize, t: u32, km: f64, base: i64) -> i64 {
        let class = &self.classes[k];
        let gap = match self.required_mask.get(t as usize) {
            Some(&required) => (required & !class.held_mask).count_ones(),
            None => gaps(
                &self.problem.cells[self.cells[t as usize] as usize].required,
                &class.competencies,
            ),
        };
        if gap == 0 {
            return base;
        }
        let w = &self.problem.weights;
        self.scale
            .fixed(base_points(w, km) + w.zeta * f64::from(gap))
    }

    /// The distance of a move from local cell `from` to local cell `t`,
    /// [`f64::INFINITY`] when not allowed (see [`allowed_km_at`]), from
    /// `known`, the row of `from` (see [`known_row`]), measured and kept
    /// there the first time.
    fn measured_km(&self, known: &mut [f64], from: u32, t: u32) -> f64 {
        let (from, t) = (from as usize, t as usize);
        if known[t].is_nan() {
            known[t] = allowed_km_at(
                self.problem,
                self.cells[from],
                &[],
                self.cells[t],
                self.sites[from],
                self.sites[t],
            )
            .unwrap_or(f64::INFINITY);
        }
        known[t]
    }

    /// Adds the move arc of class `k` to local cell `t` at `cost` (λ
    /// included), empty; returns it.
    fn add_move_arc(&mut self, k: usize, t: u32, cost: i64) -> u32 {
        let size = self.classes[k].size;
        let a = self.add_arc(self.class_node(k as u32), 1 + t, size, cost, NORMAL, true);
        self.classes[k].mark(t);
        self.classes[k].arcs.push((t, a));
        a
    }

    /// Drops the move arcs that carry no flow and whose reduced cost is
    /// above `margin` (so none is negative), keeping the order of the rest.
    /// The flow, the excesses and every kept arc's reduced cost are
    /// unchanged, and pricing sees the dropped arcs as absent again, so it
    /// still proves optimality at the end.
    fn purge(&mut self, margin: i64) {
        let first = self.first_move_arc as usize;
        // Per dropped or kept forward arc from `first`: its new index.
        let mut new_index = vec![u32::MAX; self.arcs.len() - first];
        let mut kept = first;
        for a in (first..self.arcs.len()).step_by(2) {
            if self.flow(a as u32) > 0 || self.reduced(a as u32) <= margin {
                new_index[a - first] = kept as u32;
                self.arcs.copy_within(a..a + 2, kept);
                kept += 2;
            }
        }
        self.arcs.truncate(kept);
        for class in &mut self.classes {
            class.present.fill(0);
            class.arcs.retain_mut(|(_, a)| {
                *a = new_index[*a as usize - first];
                *a != u32::MAX
            });
            for i in 0..class.arcs.len() {
                class.mark(class.arcs[i].0);
            }
        }
    }

    /// Total positive excess.
    fn total_excess(&self) -> i64 {
        self.excess.iter().filter(|&&e| e > 0).sum()
    }

    /// The first group node (see [`BlockSolver::group_nodes`]); the class
    /// nodes follow the group nodes.
    fn first_group_node(&self) -> u32 {
        1 + self.cells.len() as u32
    }

    fn class_node(&self, k: u32) -> u32 {
        self.first_group_node() + self.group_nodes + k
    }

    /// Adds an arc and its reverse; returns the forward arc's index.
    fn add_arc(
        &mut self,
        from: u32,
        to: u32,
        cap: i64,
        cost: i64,
        convex: u32,
        is_move: bool,
    ) -> u32 {
        let a = self.arcs.len() as u32;
        for (head, tail, cap, cost) in [(to, from, cap, cost), (from, to, 0, -cost)] {
            self.arcs.push(Arc {
                head,
                tail,
                convex,
                is_move,
                cap,
                cost,
            });
        }
        a
    }

    /// `G(s) = round(units · (s − r)² / max(r, 1))` of local cell `i`.
    fn imbalance_fixed(&self, i: usize, staff: i64) -> i64 {
        let r = self.need[i];
        let d = staff as f64 - r;
        round_i64(d * d / r.max(1.0) * self.scale.units)
    }

    fn convex_up(&self, i: usize) -> i64 {
        let s = self.s0[i] + self.x[i];
        self.imbalance_fixed(i, s + 1) - self.imbalance_fixed(i, s)
    }

    fn convex_down(&self, i: usize) -> i64 {
        let s = self.s0[i] + self.x[i];
        self.imbalance_fixed(i, s - 1) - self.imbalance_fixed(i, s)
    }

    /// Recomputes the cached marginal costs of local cell `i`.
    fn refresh_marginals(&mut self, i: usize) {
        self.up[i] = self.convex_up(i);
        self.down[i] = self.convex_down(i);
    }

    /// Cost of an arc that is convex on local cell `convex` (or
    /// [`NORMAL`], costing `cost`), in the `forward` direction or back.
    fn residual_cost(&self, convex: u32, forward: bool, cost: i64) -> i64 {
        if convex == NORMAL {
            cost
        } else if forward {
            self.up[convex as usize]
        } else {
            self.down[convex as usize]
        }
    }

    /// Residual capacity of such an arc (`cap` when normal).
    fn residual_cap(&self, convex: u32, forward: bool, cap: i64) -> i64 {
        if convex == NORMAL {
            cap
        } else if forward {
            i64::from(self.x[convex as usize] < self.hi[convex as usize])
        } else {
            i64::from(self.x[convex as usize] > self.lo[convex as usize])
        }
    }

    /// Pushes `d` units along the convex arc of local cell `k`: its staff
    /// change grows (`forward`) or shrinks by `d`.
    fn push_convex(&mut self, k: u32, forward: bool, d: i64) {
        if forward {
            self.x[k as usize] += d;
        } else {
            self.x[k as usize] -= d;
        }
        self.refresh_marginals(k as usize);
    }

    fn arc_cost(&self, a: u32) -> i64 {
        let arc = &self.arcs[a as usize];
        self.residual_cost(arc.convex, a.is_multiple_of(2), arc.cost)
    }

    fn arc_cap(&self, a: u32) -> i64 {
        let arc = &self.arcs[a as usize];
        self.residual_cap(arc.convex, a.is_multiple_of(2), arc.cap)
    }

    fn reduced(&self, a: u32) -> i64 {
        self.arc_cost(a) + self.pi[self.arcs[a as usize].tail as usize]
            - self.pi[self.arcs[a as usize].head as usize]
    }

    /// Pushes `d` units along arc `a` (1 for a convex arc).
    fn push(&mut self, a: u32, d: i64) {
        let k = self.arcs[a as usize].convex;
        if k == NORMAL {
            self.arcs[a as usize].cap -= d;
            self.arcs[(a ^ 1) as usize].cap += d;
        } else {
            self.push_convex(k, a.is_multiple_of(2), d);
        }
        self.excess[self.arcs[a as usize].tail as usize] -= d;
        self.excess[self.arcs[a as usize].head as usize] += d;
    }

    /// Saturates every residual arc with a negative reduced cost, which
    /// restores the invariant after costs or arcs changed.
    fn saturate_negative(&mut self) {
        for a in 0..self.arcs.len() as u32 {
            loop {
                let c = self.arc_cap(a);
                if c <= 0 || self.reduced(a) >= 0 {
                    break;
                }
                let d = if self.arcs[a as usize].convex == NORMAL {
                    c
                } else {
                    1
                };
                self.push(a, d);
            }
        }
    }

    /// Routes every excess of `g` to a deficit along shortest paths.
    ///
    /// Each phase runs Dijkstra on reduced costs from every excess node
    /// until every deficit is settled (the farthest at distance `D`);
    /// potentials of the nodes it settled fall by `D − d(v)` (the same as
    /// raising every other node by `D`, since only differences matter),
    /// which keeps every reduced cost non-negative and makes the shortest
    /// paths zero-cost. Then blocking flows on zero-cost arcs push as much
    /// as those paths carry. It runs on the by-tail copy, like cost
    /// scaling: on the arcs in creation order the searches were mostly
    /// waiting on memory.
    fn shortest_paths(&mut self, g: &mut ByTail, work: &mut Work) -> Result<(), EngineError> {
        let n = self.excess.len();
        let mut sources: Vec<u32> = Vec::new();
        // (tail, slot) of the path being built.
        let mut path: Vec<(u32, u32)> = Vec::new();
        loop {
            sources.clear();
            sources.extend((0..n as u32).filter(|&v| self.excess[v as usize] > 0));
            if sources.is_empty() {
                return Ok(());
            }
            let Work {
                heap,
                rank: dist,
                settled,
                done,
                ..
            } = &mut *work;
            heap.clear();
            settled.clear();
            // (Global updates leave their distances here.)
            dist.fill(u64::MAX);
            for &v in &sources {
                dist[v as usize] = 0;
                heap.push(0, v);
            }
            let mut deficits = self.excess.iter().filter(|&&e| e < 0).count();
            let mut reach = None;
            while let Some((d, u)) = heap.pop() {
                let u = u as usize;
                if done[u] || d > dist[u] {
                    continue;
                }
                done[u] = true;
                settled.push(u as u32);
                if self.excess[u] < 0 {
                    reach = Some(d);
                    deficits -= 1;
                    if deficits == 0 {
                        break;
                    }
                }
                for s in g.start[u]..g.live[u] {
                    if self.slot_cap(g, s) <= 0 {
                        continue;
                    }
                    let v = g.slots[s as usize].head as usize;
                    if done[v] {
                        continue;
                    }
                    let rc = self.slot_reduced(g, u, s);
                    if rc < 0 {
                        return Err(EngineError::Internal);
                    }
                    let nd = d + rc as u64;
                    if nd < dist[v] {
                        dist[v] = nd;
                        heap.push(nd, v as u32);
                    }
                }
            }
            let reach = reach.ok_or(EngineError::Internal)?;
            for &v in settled.iter() {
                let v = v as usize;
                self.pi[v] -= reach.saturating_sub(dist[v]) as i64;
            }
            done.fill(false);
            // Blocking flows on the arcs of reduced cost 0.
            loop {
                sources.retain(|&v| self.excess[v as usize] > 0);
                if sources.is_empty() {
                    break;
                }
                let Work { queue, level, .. } = &mut *work;
                queue.clear();
                for &v in &sources {
                    level[v as usize] = 0;
                    queue.push_back(v);
                }
                let mut found = false;
                while let Some(u) = queue.pop_front() {
                    let u = u as usize;
                    if self.excess[u] < 0 {
                        found = true;
                        continue;
                    }
                    for s in g.start[u]..g.live[u] {
                        let v = g.slots[s as usize].head as usize;
                        if level[v] == NO_LEVEL
                            && self.slot_cap(g, s) > 0
                            && self.slot_reduced(g, u, s) == 0
                        {
                            level[v] = level[u] + 1;
                            queue.push_back(v as u32);
                        }
                    }
                }
                if found {
                    work.current.copy_from_slice(&g.start[..n]);
                    for &s in &sources {
                        self.augment_from(g, work, s as usize, &mut path);
                    }
                }
                work.level.fill(NO_LEVEL);
                if !found {
                    break;
                }
            }
        }
    }

    /// Pushes flow from excess node `s` to deficits along level-increasing
    /// zero-cost slots until `s` has no excess or no such path is left
    /// (`work.current` is each node's next slot to try).
    fn augment_from(
        &mut self,
        g: &mut ByTail,
        work: &mut Work,
        s: usize,
        path: &mut Vec<(u32, u32)>,
    ) {
        let Work { current, level, .. } = work;
        while self.excess[s] > 0 && level[s] == 0 {
            path.clear();
            let mut u = s;
            let reached = loop {
                if u != s && self.excess[u] < 0 {
                    break true;
                }
                let mut next = None;
                while current[u] < g.live[u] {
                    let slot = current[u];
                    let v = g.slots[slot as usize].head as usize;
                    if level[v] != NO_LEVEL
                        && level[v] == level[u] + 1
                        && self.slot_cap(g, slot) > 0
                        && self.slot_reduced(g, u, slot) == 0
                    {
                        next = Some((slot, v));
                        break;
                    }
                    current[u] += 1;
                }
                match next {
                    Some((slot, v)) => {
                        path.push((u as u32, slot));
                        u = v;
                    }
                    None => {
                        // A dead end: never enter it again in this round.
                        level[u] = NO_LEVEL;
                        if u == s {
                            break false;
                        }
                        let Some((tail, _)) = path.pop() else {
                            break false;
                        };
                        u = tail as usize;
                        current[u] += 1;
                    }
                }
            };
            if !reached {
                return;
            }
            let mut amount = self.excess[s].min(-self.excess[u]);
            for &(_, slot) in path.iter() {
                amount = amount.min(self.slot_cap(g, slot));
            }
            for &(tail, slot) in path.iter() {
                self.slot_push(g, tail as usize, slot, amount);
            }
        }
    }

    /// Routes every excess away by cost scaling first: Goldberg's
    /// push–relabel `refine`, with ε divided by [`SCALING_FACTOR`] per phase
    /// down to [`FINAL_EPSILON_POINTS`], moves the bulk of the flow with many pushes
    /// per price change (shortest paths alone route one path per phase when
    /// costs are all distinct). The result is a circulation whose residual
    /// arcs are at most that ε negative; saturating those and routing the
    /// excess they leave with [`Self::shortest_paths`] makes it exact again,
    /// so the invariant of this module holds on return.
    ///
    /// Each phase starts with a global price update, and runs another after
    /// every `4n` relabels (n = nodes; `n` and `16n` measured slower):
    /// without them, a price change spreads one ε per relabel through the
    /// whole jabatan. The loops, and the shortest paths, run on a copy of
    /// the residual graph stored by tail ([`ByTail`]), written back at the
    /// end.
    ///
    /// With a `tolerance`, the last phase runs at ε = `tolerance` and the
    /// flow is left that optimal: every residual arc at most ε negative.
    fn route_excess_scaled(&mut self, tolerance: Option<i64>) -> Result<(), EngineError> {
        let total = self.total_excess();
        if total == 0 {
            return Ok(());
        }
        let n = self.pi.len();
        let mut g = self.by_tail()?;
        let mut work = Work::new(n);
        if tolerance.is_none() && total <= SMALL_EXCESS {
            // A few units: shortest paths route them with a few Dijkstras,
            // while a scaling pass would disturb the exact prices of the
            // whole block.
            self.shortest_paths(&mut g, &mut work)?;
            self.write_back(&g);
            return Ok(());
        }
        // The phase loop divides first. The flow is optimal up to the
        // largest violation pricing just added, so the first phase runs
        // one scaling step below it (or at the start ε when that is
        // unknown).
        let mut eps = if self.violation > 0 {
            self.violation.max(SCALING_FACTOR)
        } else {
            self.scale.fixed(START_EPSILON_POINTS).max(1)
        };
        let last = tolerance.unwrap_or_else(|| self.scale.fixed(FINAL_EPSILON_POINTS).max(1));
        // An approximate solve's last phase runs at its tolerance, not up
        // to a scaling step below it: the exact rounds settle the rest.
        // At 100,000 employees the smaller ε cost 0.6 of the 3.6 million
        // relabels, and 9 % of the engine's instructions
        // (`scripts/bench-instructions.sh`; 30,000: 8 %, 10,000: 3 %; the
        // 10,000 frontier 1.6 % more). The exact solve keeps dividing by 8:
        // stopping at its ε was no faster, as the shortest paths that
        // follow then route more excess.
        let floor = tolerance.unwrap_or(1);
        loop {
            eps = (eps / SCALING_FACTOR).max(floor);
            self.refine(&mut g, eps, &mut work)?;
            if eps <= last {
                break;
            }
        }
        if tolerance.is_none() {
            self.saturate_slots(&mut g, 0);
            self.shortest_paths(&mut g, &mut work)?;
        }
        self.write_back(&g);
        Ok(())
    }

    /// Raises every group's and then every class's price as far as its
    /// residual in-arcs allow (never lowering it): out-arcs only get
    /// dearer, so the flow stays as optimal as it was, and the classes'
    /// prices — the tails of every move arc pricing considers — stop
    /// reporting absent arcs as improving merely because push–relabel
    /// lowered them on the way.
    fn raise_prices(&mut self) {
        let first_group = self.first_group_node() as usize;
        let first_class = self.class_node(0) as usize;
        for range in [first_group..first_class, first_class..self.pi.len()] {
            let mut top = vec![i64::MAX; range.len()];
            for (b, arc) in self.arcs.iter().enumerate() {
                let h = arc.head as usize;
                if range.contains(&h) && self.arc_cap(b as u32) > 0 {
                    let t = &mut top[h - range.start];
                    *t = (*t).min(self.pi[arc.tail as usize] + self.arc_cost(b as u32));
                }
            }
            for (v, t) in range.zip(top) {
                if t != i64::MAX && t > self.pi[v] {
                    self.pi[v] = t;
                }
            }
        }
    }

    /// One cost-scaling phase (Goldberg's `refine`) at `eps` on `g`:
    /// saturates every arc more than ε negative, then pushes along
    /// admissible arcs and relabels (FIFO) until no excess is left, which
    /// leaves the flow ε-optimal.
    fn refine(&mut self, g: &mut ByTail, eps: i64, work: &mut Work) -> Result<(), EngineError> {
        let n = self.pi.len();
        self.saturate_slots(g, eps);
        self.global_update(g, eps, work);
        work.current.copy_from_slice(&g.start[..n]);
        let mut relabels = 0;
        for v in 0..n {
            if self.excess[v] > 0 && !work.queued[v] {
                work.queued[v] = true;
                work.queue.push_back(v as u32);
            }
        }
        while let Some(v) = work.queue.pop_front() {
            let v = v as usize;
            work.queued[v] = false;
            while self.excess[v] > 0 {
                let s = work.current[v];
                if s == g.live[v] {
                    let (next, relabelled) = self.relabel(g, v, eps)?;
                    work.current[v] = next;
                    if !relabelled {
                        continue;
                    }
                    relabels += 1;
                    if relabels == 4 * n {
                        relabels = 0;
                        self.global_update(g, eps, work);
                        work.current.copy_from_slice(&g.start[..n]);
                    }
                    continue;
                }
                let c = self.slot_cap(g, s);
                if c > 0 && self.slot_reduced(g, v, s) < 0 {
                    let d = if g.slots[s as usize].convex == NORMAL {
                        c.min(self.excess[v])
                    } else {
                        1
                    };
                    self.slot_push(g, v, s, d);
                    let w = g.slots[s as usize].head as usize;
                    if self.excess[w] > 0 && !work.queued[w] {
                        work.queued[w] = true;
                        work.queue.push_back(w as u32);
                    }
                } else {
                    work.current[v] += 1;
                }
            }
        }
        Ok(())
    }

    /// Saturates every slot more than `eps` negative (a convex one unit by
    /// unit, as each unit costs more than the last).
    fn saturate_slots(&mut self, g: &mut ByTail, eps: i64) {
        for v in 0..self.excess.len() {
            for s in g.start[v]..g.live[v] {
                loop {
                    let c = self.slot_cap(g, s);
                    if c <= 0 || self.slot_reduced(g, v, s) >= -eps {
                        break;
                    }
                    let d = if g.slots[s as usize].convex == NORMAL {
                        c
                    } else {
                        1
                    };
                    self.slot_push(g, v, s, d);
                }
            }
        }
    }

    /// Sets node `v`'s price to the highest that keeps every residual arc
    /// out of it ε-optimal, which makes one of them admissible; returns
    /// that slot, where the push loop resumes, and `true`. As in
    /// Goldberg's cs2, the current slot skips the admissible slots before
    /// it, so a slot still admissible may turn up on the way: then the
    /// price stays and that slot comes back with `false`.
    fn relabel(&mut self, g: &mut ByTail, v: usize, eps: i64) -> Result<(u32, bool), EngineError> {
        let mut best: Option<(i64, u32)> = None;
        let mut s = g.start[v];
        while s < g.live[v] {
            if self.slot_cap(g, s) > 0 {
                let value = self.pi[g.slots[s as usize].head as usize] - self.slot_cost(g, s);
                if value > self.pi[v] {
                    return Ok((s, false));
                }
                if best.is_none_or(|(b, _)| value > b) {
                    best = Some((value, s));
                }
            } else if g.slots[s as usize].convex == NORMAL {
                // The slot now at `s` is looked at next.
                g.retire(v, s);
                continue;
            }
            s += 1;
        }
        let (value, s) = best.ok_or(EngineError::Internal)?;
        self.pi[v] = value - eps;
        Ok((s, true))
    }

    /// The residual graph with every arc (both directions) stored by tail,
    /// for cost scaling and shortest paths: a node's arcs are then contiguous in
    /// memory (in `arcs` they are scattered in creation order, and scanning
    /// them was mostly waiting on memory).
    fn by_tail(&self) -> Result<ByTail, EngineError> {
        let n = self.pi.len();
        let mut start = vec![0u32; n + 1];
        let first_class = self.class_node(0) as usize;
        let mut out_of_class = vec![false; self.classes.len()];
        for &(_, _, a) in &self.wish_arcs {
            if let Some(k) = (self.arcs[a as usize].tail as usize).checked_sub(first_class) {
                out_of_class[k] = true;
            }
        }
        let hidden: Vec<u32> = (0..self.classes.len() as u32)
            .filter(|&k| {
                let class = &self.classes[k as usize];
                class.arcs.is_empty()
                    && !out_of_class[k as usize]
                    && self.excess[first_class + k as usize] == 0
                    && class.members.iter().all(|&(_, a)| self.flow(a) == 0)
            })
            .collect();
        let mut is_hidden = vec![false; n];
        for &k in &hidden {
            is_hidden[first_class + k as usize] = true;
        }
        // Per node: its live slots (see `ByTail::live`), counted and then
        // placed first. Dead: an empty normal arc, or a forward arc (even
        // index) into a hidden class.
        let mut live = vec![0u32; n];
        let dead = |a: usize, arc: &Arc| {
            (arc.convex == NORMAL && arc.cap <= 0)
                || (a.is_multiple_of(2) && is_hidden[arc.head as usize])
        };
        for (a, arc) in self.arcs.iter().enumerate() {
            start[arc.tail as usize + 1] += 1;
            if !dead(a, arc) {
                live[arc.tail as usize] += 1;
            }
        }
        for v in 0..n {
            start[v + 1] += start[v];
            live[v] += start[v];
        }
        let mut fill_live = start.clone();
        let mut fill_dead = live.clone();
        let mut place = vec![0u32; self.arcs.len()];
        for (a, arc) in self.arcs.iter().enumerate() {
            let slot = if dead(a, arc) {
                &mut fill_dead[arc.tail as usize]
            } else {
                &mut fill_live[arc.tail as usize]
            };
            place[a] = *slot;
            *slot += 1;
        }
        let mut slots = vec![
            Slot {
                cost: 0,
                head: 0,
                rev: 0,
                cap: 0,
                convex: NORMAL,
            };
            self.arcs.len()
        ];
        let mut orig = vec![0u32; self.arcs.len()];
        for (a, arc) in self.arcs.iter().enumerate() {
            let s = place[a] as usize;
            // An arc and its reverse share their size between them.
            if i32::try_from(arc.cap + self.arcs[a ^ 1].cap).is_err() {
                return Err(EngineError::Internal);
            }
            slots[s] = Slot {
                cost: arc.cost,
                head: arc.head,
                rev: place[a ^ 1],
                cap: arc.cap as i32,
                convex: if arc.convex == NORMAL {
                    NORMAL
                } else {
                    2 * arc.convex + u32::from(a % 2 == 0)
                },
            };
            orig[s] = a as u32;
        }
        Ok(ByTail {
            start,
            live,
            hidden,
            slots,
            orig,
        })
    }

    /// Copies the residual capacities of `g` back into the arcs, and
    /// prices each class it left out at its cheapest arc in (it has no
    /// residual arc out), so that no arc into it is negative.
    fn write_back(&mut self, g: &ByTail) {
        for (slot, &a) in g.slots.iter().zip(&g.orig) {
            if slot.convex == NORMAL {
                self.arcs[a as usize].cap = i64::from(slot.cap);
            }
        }
        for &k in &g.hidden {
            self.price_at_cheapest_in(k);
        }
    }

    /// Prices class `k` at the cheapest of its members' arcs into it,
    /// `π(tail) + cost`, which leaves each of those arcs at a reduced cost
    /// of at least 0 and one at exactly 0: the price a class starts from
    /// (see [`Self::new`]), and the one a class left out of a re-solve
    /// needs (it has no arc out, so nothing else constrains it).
    fn price_at_cheapest_in(&mut self, k: u32) {
        let cheapest = self.classes[k as usize]
            .members
            .iter()
            .map(|&(_, a)| {
                let arc = &self.arcs[a as usize];
                self.pi[arc.tail as usize] + arc.cost
            })
            .min();
        if let Some(price) = cheapest {
            let node = self.class_node(k) as usize;
            self.pi[node] = price;
        }
    }

    fn slot_cap(&self, g: &ByTail, s: u32) -> i64 {
        let slot = g.slots[s as usize];
        if slot.convex == NORMAL {
            i64::from(slot.cap)
        } else {
            let (cell, forward) = slot.convex_side();
            self.residual_cap(cell, forward, 0)
        }
    }

    fn slot_cost(&self, g: &ByTail, s: u32) -> i64 {
        let slot = g.slots[s as usize];
        if slot.convex == NORMAL {
            slot.cost
        } else {
            let (cell, forward) = slot.convex_side();
            self.residual_cost(cell, forward, 0)
        }
    }

    /// Reduced cost of slot `s`, whose tail is `v`.
    fn slot_reduced(&self, g: &ByTail, v: usize, s: u32) -> i64 {
        self.slot_cost(g, s) + self.pi[v] - self.pi[g.slots[s as usize].head as usize]
    }

    /// Pushes `d` units along slot `s` (tail `v`; 1 for a convex arc).
    fn slot_push(&mut self, g: &mut ByTail, v: usize, s: u32, d: i64) {
        let slot = g.slots[s as usize];
        if slot.convex == NORMAL {
            // d is at most this slot's capacity, an i32.
            let d = d as i32;
            g.slots[s as usize].cap -= d;
            g.slots[slot.rev as usize].cap += d;
            g.revive(slot.head as usize, slot.rev);
        } else {
            let (cell, forward) = slot.convex_side();
            self.push_convex(cell, forward, d);
        }
        self.excess[v] -= d;
        self.excess[slot.head as usize] += d;
    }

    /// Goldberg's global price update for an ε-optimal pseudo-flow: every
    /// node's price falls by `k(v)·ε`, where `k(v)` is its distance to a
    /// deficit when a residual arc of reduced cost `rc` counts
    /// `⌊rc/ε⌋ + 1` (never negative, as `rc ≥ −ε`). Every residual arc stays
    /// ε-optimal (`k(tail) ≤ k(head) + ⌊rc/ε⌋ + 1`), and the arcs of the
    /// shortest-path trees become admissible, so every excess sees a
    /// path of admissible arcs to a deficit instead of finding it by
    /// relabels one node at a time. The search stops once every excess
    /// is reached; the nodes left get the last distance settled, which
    /// keeps the same two inequalities.
    fn global_update(&mut self, g: &ByTail, eps: i64, work: &mut Work) {
        let Work {
            heap,
            rank,
            settled,
            ..
        } = work;
        heap.clear();
        rank.fill(u64::MAX);
        settled.clear();
        let mut waiting = 0usize;
        for (v, &e) in self.excess.iter().enumerate() {
            if e < 0 {
                rank[v] = 0;
                heap.push(0, v as u32);
            } else if e > 0 {
                waiting += 1;
            }
        }
        if waiting == 0 {
            return;
        }
        let mut reached = 0u64;
        while let Some((k, u)) = heap.pop() {
            if k > rank[u as usize] {
                continue;
            }
            reached = k;
            settled.push(u);
            if self.excess[u as usize] > 0 {
                waiting -= 1;
                if waiting == 0 {
                    break;
                }
            }
            // The arcs into u are the reverses of its own.
            for s in g.start[u as usize]..g.start[u as usize + 1] {
                let b = g.slots[s as usize].rev;
                if self.slot_cap(g, b) <= 0 {
                    continue;
                }
                let w = g.slots[s as usize].head as usize;
                let length = (self.slot_reduced(g, w, b).div_euclid(eps) + 1).max(0) as u64;
                let kw = k + length;
                if kw < rank[w] {
                    rank[w] = kw;
                    heap.push(kw, w as u32);
                }
            }
        }
        // Every node falls by the last distance settled; settled nodes
        // (popped, so their distance is final) then rise back to their own.
        for p in self.pi.iter_mut() {
            *p -= reached as i64 * eps;
        }
        for &v in settled.iter() {
            self.pi[v as usize] += (reached - rank[v as usize]) as i64 * eps;
        }
    }

    /// Adds, for every target cell, the absent class → cell arcs with the
    /// most negative reduced costs below `-threshold` (at most
    /// [`ARCS_PER_TARGET`], ties to the lower class), saturating each;
    /// returns how many. None added at threshold 0 proves that no absent
    /// arc could improve the plan.
    ///
    /// The classes of one source cell share their distances, so each cell
    /// first lists the targets its cheapest-priced class could gain on with
    /// only `α + β·km` paid (scanning targets in falling potential, stopping
    /// at the first whose potential α + λ cannot beat), and each of its
    /// classes then scans that list, best first, only while the competency
    /// gaps are all that could still make an arc improving.
    fn price(&mut self, threshold: i64) -> usize {
        let nc = self.cells.len();
        // (π(t), t, site) by falling potential: what the scans read, side
        // by side.
        let mut order: Vec<(i64, u32, Site)> = (0..nc as u32)
            .map(|t| (self.pi[1 + t as usize], t, self.sites[t as usize]))
            .collect();
        order.sort_unstable_by_key(|&(pt, t, _)| (Reverse(pt), t));
        // Per target: its best candidates (reduced cost, class, cost), the
        // smallest first; unused slots hold (i64::MAX, u32::MAX, _).
        let mut best = vec![(i64::MAX, u32::MAX, 0i64); nc * ARCS_PER_TARGET];
        let w = self.problem.weights;
        // Of one source cell: (π(t) − fixed(α + β·km) − λ, target, km), the
        // largest first. A class k can improve on t only when this exceeds
        // π(k) + threshold, as gaps only add to the cost.
        let mut row: Vec<(i64, u32, f64)> = Vec::new();
        // Out of the solver while its rows are filled (see `known_row`).
        let mut known_km = std::mem::take(&mut self.known_km);
        // The classes of one cell are consecutive (see `new`).
        let mut end = 0;
        for cell_classes in self.classes.chunk_by(|a, b| a.cell == b.cell) {
            let same = end..end + cell_classes.len() as u32;
            end = same.end;
            let source = cell_classes[0].cell;
            let from_site = self.sites[source as usize];
            let Some(lowest) = same
                .clone()
                .map(|k| self.pi[self.class_node(k) as usize])
                .min()
            else {
                continue;
            };
            let known = known_row(&mut known_km, source);
            // π(t) − fixed(α + β·km) − λ, which only falls as km grows.
            let slack = |pt: i64, km: f64| pt - self.scale.fixed(base_points(&w, km)) - self.lambda;
            let at_zero_km = slack(0, 0.0);
            row.clear();
            for &(pt, t, to_site) in &order {
                // Not even at 0 km: nor any target after this one.
                if pt + at_zero_km <= lowest + threshold {
                    break;
                }
                let mut km = known[t as usize];
                if km.is_nan() {
                    // Not at the distance's lower bound: most targets
                    // scanned are too far to pay, and this settles most of
                    // them without the haversine (at 100,000 employees,
                    // before the distances were kept, 3.2 of the 6.1
                    // million distances pricing asked for).
                    if slack(pt, km_floor(from_site, to_site)) <= lowest + threshold {
                        continue;
                    }
                    km = self.measured_km(known, source, t);
                }
                if km == f64::INFINITY {
                    continue;
                }
                let s = slack(pt, km);
                if s > lowest + threshold {
                    row.push((s, t, km));
                }
            }
            row.sort_unstable_by_key(|&(slack, t, _)| (Reverse(slack), t));
            for k in same {
                let pk = self.pi[self.class_node(k) as usize];
                let class = &self.classes[k as usize];
                for &(slack, t, km) in &row {
                    if slack <= pk + threshold {
                        break;
                    }
                    if class.has(t) || class.forbids(self.cells[t as usize]) {
                        continue;
                    }
                    let pt = self.pi[1 + t as usize];
                    // The slack is π(t) − fixed(α + β·km) − λ.
                    let c = self.class_cost_at(k as usize, t, km, pt - slack - self.lambda)
                        + self.lambda;
                    let rc = c + pk - pt;
                    let slots = &mut best[t as usize * ARCS_PER_TARGET..][..ARCS_PER_TARGET];
                    let last = slots[ARCS_PER_TARGET - 1];
                    if rc < -threshold && (rc, k) < (last.0, last.1) {
                        let mut i = ARCS_PER_TARGET - 1;
                        while i > 0 && (slots[i - 1].0, slots[i - 1].1) > (rc, k) {
                            slots[i] = slots[i - 1];
                            i -= 1;
                        }
                        slots[i] = (rc, k, c);
                    }
                }
            }
        }
        self.known_km = known_km;
        let mut added = 0;
        self.violation = 0;
        for t in 0..nc {
            for slot in 0..ARCS_PER_TARGET {
                let (rc, k, c) = best[t * ARCS_PER_TARGET + slot];
                if rc == i64::MAX {
                    break;
                }
                let a = self.add_move_arc(k as usize, t as u32, c);
                self.push(a, self.classes[k as usize].size);
                self.violation = self.violation.max(-rc);
                added += 1;
            }
        }
        added
    }

    /// Solves the block to optimality at the current λ.
    ///
    /// On a `cold` start (the first solve: only the seed arcs exist, and a
    /// small excess says nothing about how far the prices are from
    /// optimal) or a large excess (a big change of λ), approximate rounds
    /// at each of [`TOLERANCES_POINTS`] come first (on a cold start each
    /// followed by a purge of the move arcs that plainly do not pay, see
    /// [`PURGE_MARGINS_POINTS`]); the exact rounds then start from
    /// saturating what those left negative.
    fn solve(&mut self, cold: bool) -> Result<(), EngineError> {
        let solved = self.solve_rounds(cold);
        for row in &mut self.known_km {
            *row = Vec::new();
        }
        solved
    }

    /// [`Self::solve`] but for dropping the distances it measured.
    fn solve_rounds(&mut self, cold: bool) -> Result<(), EngineError> {
        if cold || self.total_excess() > SMALL_EXCESS {
            let mut eps = 0;
            for (points, margin) in TOLERANCES_POINTS.into_iter().zip(PURGE_MARGINS_POINTS) {
                let threshold = self.scale.fixed(points).max(1);
                eps = (threshold / SCALING_FACTOR).max(1);
                self.rounds(Some(eps), threshold)?;
                if cold {
                    self.purge(self.scale.fixed(margin));
                }
            }
            // Every arc is now at most the last tolerance's ε negative.
            self.violation = eps;
            self.saturate_negative();
        }
        self.rounds(None, 0)
    }

    /// Re-solves (see [`Self::route_excess_scaled`] for `tolerance`) and
    /// prices at `threshold` until pricing adds no arc.
    fn rounds(&mut self, tolerance: Option<i64>, threshold: i64) -> Result<(), EngineError> {
        loop {
            self.route_excess_scaled(tolerance)?;
            self.raise_prices();
            if self.price(threshold) == 0 {
                return Ok(());
            }
        }
    }

    /// Changes the per-move price to `lambda` integer units and re-solves
    /// from the current plan (warm start). A block is solved at its λ from
    /// [`Self::new`] on (after an error it is dropped: every caller returns
    /// the error), so the same λ again changes nothing and returns at once.
    pub(crate) fn set_lambda(&mut self, lambda: i64) -> Result<(), EngineError> {
        if lambda == self.lambda {
            return Ok(());
        }
        let d = lambda - self.lambda;
        self.lambda = lambda;
        for a in (0..self.arcs.len()).step_by(2) {
            if self.arcs[a].is_move {
                self.arcs[a].cost += d;
                self.arcs[a + 1].cost -= d;
            }
        }
        // Every group and class price falls by the same d, which leaves the
        // reduced costs of the move and wish arcs (out of them), and of
        // the group → class arcs (between them), as they were: only the
        // release arcs (cell → group or class) change, by d. That matters because
        // an arc carrying part of its capacity has reduced cost 0 both
        // ways, so any change of its cost, however small, pushes its whole
        // flow back as excess; charged to the release arcs instead of the
        // move arcs, the changes of λ of the frontier at 30,000 employees
        // left 0.38 million units of excess instead of 1.48 million, and
        // it took 5.80 s instead of 8.35 s (the same points).
        let first_group = self.first_group_node() as usize;
        for p in &mut self.pi[first_group..] {
            *p -= d;
        }
        self.violation = 0;
        self.saturate_negative();
        self.solve(false)
    }

    /// Flow on a normal forward arc.
    fn flow(&self, a: u32) -> i64 {
        self.arcs[(a ^ 1) as usize].cap
    }

    /// Number of moves of the current plan.
    pub(crate) fn moves(&self) -> i64 {
        self.release.iter().map(|&a| self.flow(a)).sum()
    }

    /// The integer objective of the current plan, λ per move included,
    /// relative to the all-stay plan.
    pub(crate) fn objective(&self) -> i128 {
        let mut total: i128 = 0;
        for a in (0..self.arcs.len()).step_by(2) {
            if self.arcs[a].convex == NORMAL {
                total += i128::from(self.arcs[a].cost) * i128::from(self.flow(a as u32));
            }
        }
        for i in 0..self.cells.len() {
            total += i128::from(self.imbalance_fixed(i, self.s0[i] + self.x[i]))
                - i128::from(self.imbalance_fixed(i, self.s0[i]));
        }
        total
    }

    /// The plan as (global group, global target, count) flows.
    pub(crate) fn flows(&self, out: &mut Vec<Flow>) {
        for &(j, t, a) in &self.wish_arcs {
            let f = self.flow(a);
            if f > 0 {
                out.push(Flow {
                    group: self.groups[j as usize],
                    to_cell: self.cells[t as usize],
                    count: f as u32,
                });
            }
        }
        for class in &self.classes {
            let mut outs: Vec<(u32, i64)> = class
                .arcs
                .iter()
                .map(|&(t, a)| (self.cells[t as usize], self.flow(a)))
                .filter(|&(_, f)| f > 0)
                .collect();
            outs.sort_unstable();
            let mut ins = class
                .members
                .iter()
                .map(|&(j, a)| (self.groups[j as usize], self.flow(a)))
                .filter(|&(_, f)| f > 0);
            let mut current = ins.next();
            for (target, mut f) in outs {
                while f > 0 {
                    let Some((g, left)) = current.as_mut() else {
                        break;
                    };
                    let take = f.min(*left);
                    out.push(Flow {
                        group: *g,
                        to_cell: target,
                        count: take as u32,
                    });
                    f -= take;
                    *left -= take;
                    if *left == 0 {
                        current = ins.next();
                    }
                }
            }
        }
    }

    /// (global cell, price in score points) for every cell of the block, in
    /// the order of its cells: `π(Z) − π(cell)`, a subgradient of the
    /// cell's imbalance at the plan.
    pub(crate) fn prices(&self) -> impl Iterator<Item = (u32, f64)> + '_ {
        self.cells
            .iter()
            .enumerate()
            .map(|(i, &c)| (c, self.scale.points(self.pi[0] - self.pi[1 + i])))
    }
}
