//! Re-use of block solutions between plain solves (no move budget).
//!
//! Owns: [`BlockCache`] and [`solve_reusing`]. A block (jabatan) is solved
//! on its own, and its optimal plan depends only on its own cells and
//! groups, the weights, `max_km` and the fixed-point scale; so when a
//! decision changes one jabatan, every other block's plan can be taken back
//! unchanged. Never does: budgets or frontiers (their blocks move with λ
//! and are re-solved warm by the engine of `solve.rs`).
//!
//! A caller with several threads or workers can share a solve out:
//! [`BlockCache::share_out`] deals the blocks the cache lacks into
//! [`Share`]s of about equal work, [`solve_share`] solves one anywhere (the
//! share travels between Web Workers as the words of [`Share::to_words`],
//! its answer, [`SharePlans`], as JSON), and [`BlockCache::accept`] files
//! the answer; the next
//! [`solve_reusing`] then finds those blocks here. The engine itself stays
//! single-threaded, and the plan is the same whoever solved which block.
//!
//! A block is found again by a key that spells out every input the block
//! solver reads, word by word (no hash, so two different blocks can never
//! share a key). The plan taken back is then the one a fresh solve would
//! return: [`super::flow::BlockSolver`] is deterministic and sees its groups
//! only through their contents and their order, which the key keeps.

use std::cmp::Reverse;
use std::collections::{BTreeMap, btree_map};

use serde::{Deserialize, Serialize};

use super::cost::{Scale, validate};
use super::flow::BlockSolver;
use super::solve::{assemble, split};
use super::{Cell, EngineError, Flow, Group, Problem, Solution, Status};
use crate::model::Coord;

/// Optimal plans of the blocks of recent [`solve_reusing`] calls.
///
/// Keeps the blocks used by the last [`Self::KEPT_CALLS`] calls, so that undoing
/// recent decisions finds the blocks they had changed. A call that changes
/// one jabatan adds one block, so this is usually little more than one copy
/// of the problem's groups, and never more than [`Self::KEPT_CALLS`] copies.
/// Start with `BlockCache::default()`.
#[derive(Debug, Default)]
pub struct BlockCache {
    /// Plans by block key.
    entries: BTreeMap<Vec<u64>, Entry>,
    /// Calls so far.
    calls: u64,
    /// Blocks the last call took from here.
    reused: usize,
    /// Blocks the last call solved.
    solved: usize,
}

/// The optimal plan of one block.
#[derive(Debug)]
struct Entry {
    /// (position of the group among the block's groups, target cell,
    /// count), in the order the block solver returned them.
    flows: Vec<(u32, u32, u32)>,
    /// Price of each of the block's cells, in their order.
    prices: Vec<f64>,
    /// The call that last used it.
    last_used: u64,
}

impl BlockCache {
    /// Blocks used by this many of the latest calls are kept.
    pub const KEPT_CALLS: u64 = 8;

    /// Blocks the last [`solve_reusing`] call took from the cache.
    pub fn reused(&self) -> usize {
        self.reused
    }

    /// Blocks the last [`solve_reusing`] call had to solve.
    pub fn solved(&self) -> usize {
        self.solved
    }
}

/// Some blocks of one solve, to be solved elsewhere (another thread or
/// Web Worker) by [`solve_share`]: the problem with every cell but only the
/// groups of those blocks, and the fixed-point scale of the whole problem,
/// on which a block's plan depends.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Share {
    /// The whole problem's cells and units, and the groups of the share's
    /// blocks in their original order.
    pub problem: Problem,
    /// [`Scale::units`] of the whole problem.
    pub units: f64,
}

/// The optimal plans of a [`Share`]'s blocks, from [`solve_share`], for
/// [`BlockCache::accept`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharePlans {
    blocks: Vec<SharedBlock>,
}

impl SharePlans {
    /// Number of blocks planned.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// Whether no block was planned.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }
}

/// One block of [`SharePlans`]: an [`Entry`] with what identifies its block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct SharedBlock {
    /// Global index of the block's first cell.
    first_cell: u32,
    /// Number of cells of the block.
    cells: u32,
    /// Number of groups of the block.
    groups: u32,
    /// As [`Entry::flows`].
    flows: Vec<(u32, u32, u32)>,
    /// [`Entry::prices`] as `f64` bits, exact through any encoding.
    prices: Vec<u64>,
}

impl BlockCache {
    /// Deals the blocks of `problem` that this cache has no plan for into
    /// at most `parts` shares of about equal work (largest block first, each
    /// to the share with the least work so far; a block's work is taken as
    /// cells × groups^0.6, which tracks its solve time within a factor of
    /// 1.7 on the 100,000-employee benchmark). Shares without blocks are
    /// left out, so fewer than two shares means there is nothing to solve
    /// in parallel.
    ///
    /// # Errors
    /// As [`super::solve`], for a problem it would reject.
    pub fn share_out(&self, problem: &Problem, parts: usize) -> Result<Vec<Share>, EngineError> {
        validate(problem)?;
        let scale = Scale::for_problem(problem, 0.0)?;
        let mut pending = Vec::new();
        for (i, (cells, groups)) in split(problem).into_iter().enumerate() {
            if !self
                .entries
                .contains_key(&block_key(problem, scale, &cells, &groups))
            {
                pending.push((Reverse(block_work(cells.len(), groups.len())), i, groups));
            }
        }
        pending.sort_unstable();
        // No more shares than blocks: a share without one is left out
        // anyway, and a huge count asked for must not size the tables.
        let parts = parts.clamp(1, pending.len().max(1));
        let mut load = vec![0u64; parts];
        let mut dealt: Vec<Vec<u32>> = vec![Vec::new(); parts];
        for (Reverse(work), _, groups) in pending {
            let least = (0..parts).min_by_key(|&k| (load[k], k)).unwrap_or(0);
            load[least] += work;
            dealt[least].extend(groups);
        }
        Ok(dealt
            .into_iter()
            .filter(|groups| !groups.is_empty())
            .map(|mut groups| {
                groups.sort_unstable();
                Share {
                    problem: Problem {
                        unit_coords: problem.unit_coords.clone(),
                        cells: problem.cells.clone(),
                        groups: groups
                            .iter()
                            .map(|&g| problem.groups[g as usize].clone())
                            .collect(),
                        weights: problem.weights,
                        max_km: problem.max_km,
                    },
                    units: scale.units,
                }
            })
            .collect())
    }

    /// Files the plans [`solve_share`] made for `share`, so that the next
    /// [`solve_reusing`] takes them instead of solving those blocks. A
    /// block whose plan does not fit the share (another share's answer, a
    /// damaged message) is skipped and will be solved there. Returns the
    /// number of blocks filed.
    pub fn accept(&mut self, share: &Share, plans: SharePlans) -> usize {
        let Ok(scale) = share_scale(share) else {
            return 0;
        };
        let blocks = split(&share.problem);
        if blocks.len() != plans.blocks.len() {
            return 0;
        }
        let mut filed = 0;
        for ((cells, groups), block) in blocks.into_iter().zip(plans.blocks) {
            let fits = block.first_cell == cells[0]
                && block.cells as usize == cells.len()
                && block.groups as usize == groups.len()
                && block.prices.len() == cells.len()
                && block.flows.iter().all(|&(j, to_cell, count)| {
                    (j as usize) < groups.len()
                        && count > 0
                        && count <= share.problem.groups[groups[j as usize] as usize].size
                        && cells.binary_search(&to_cell).is_ok()
                });
            if !fits {
                continue;
            }
            let key = block_key(&share.problem, scale, &cells, &groups);
            self.entries.insert(
                key,
                Entry {
                    flows: block.flows,
                    prices: block.prices.into_iter().map(f64::from_bits).collect(),
                    last_used: self.calls,
                },
            );
            filed += 1;
        }
        filed
    }
}

/// The expected solve time of a block, in arbitrary units: cells ×
/// groups^0.6. On the 100,000-employee benchmark's jabatan (196 to 1,993
/// cells, 700 to 12,700 groups) the measured time per unit stays within a
/// factor of 1.7; cells × groups, first tried, spread over a factor of 2
/// and overrated the largest jabatan. Only the dealing of shares reads it,
/// never a plan.
fn block_work(cells: usize, groups: usize) -> u64 {
    (cells as f64 * libm::pow(groups as f64, 0.6)) as u64
}

/// Solves every block of a [`Share`] (on whatever thread or worker it was
/// sent to); the plans are those [`solve_reusing`] would make for the same
/// blocks of the whole problem.
///
/// # Errors
/// As [`super::solve`]; [`EngineError::BadShareScale`] for a scale that
/// [`BlockCache::share_out`] cannot have given.
pub fn solve_share(share: &Share) -> Result<SharePlans, EngineError> {
    let scale = share_scale(share)?;
    let mut blocks = Vec::new();
    for (cells, groups) in split(&share.problem) {
        let entry = solve_block(&share.problem, scale, &cells, &groups)?;
        blocks.push(SharedBlock {
            first_cell: cells[0],
            cells: cells.len() as u32,
            groups: groups.len() as u32,
            flows: entry.flows,
            prices: entry.prices.into_iter().map(f64::to_bits).collect(),
        });
    }
    Ok(SharePlans { blocks })
}

/// The scale of a valid share: a power of ten from 1 to 10⁹ (as
/// [`Scale::for_problem`] makes them) no larger than the share's own
/// problem allows, which holds for the whole problem's scale since a
/// share's values are bounded by the whole's.
fn share_scale(share: &Share) -> Result<Scale, EngineError> {
    validate(&share.problem)?;
    let own = Scale::for_problem(&share.problem, 0.0)?;
    let mut units = 1e9;
    while units >= 1.0 {
        if units == share.units && units <= own.units {
            return Ok(Scale { units });
        }
        units /= 10.0;
    }
    Err(EngineError::BadShareScale)
}

/// The exact optimum without a move budget, as [`super::solve`] (which
/// calls this with an empty cache), solving only the blocks whose inputs
/// differ from those of the last [`BlockCache::KEPT_CALLS`] calls with `cache`.
///
/// The result is identical to that of [`super::solve`] on the same
/// problem, whatever the cache holds.
///
/// # Errors
/// As [`super::solve`].
pub fn solve_reusing(problem: &Problem, cache: &mut BlockCache) -> Result<Solution, EngineError> {
    validate(problem)?;
    let scale = Scale::for_problem(problem, 0.0)?;
    cache.calls += 1;
    cache.reused = 0;
    cache.solved = 0;
    let mut flows = Vec::new();
    let mut prices = Vec::new();
    for (cells, groups) in split(problem) {
        let key = block_key(problem, scale, &cells, &groups);
        let entry = match cache.entries.entry(key) {
            btree_map::Entry::Occupied(found) => {
                cache.reused += 1;
                found.into_mut()
            }
            btree_map::Entry::Vacant(slot) => {
                cache.solved += 1;
                slot.insert(solve_block(problem, scale, &cells, &groups)?)
            }
        };
        entry.last_used = cache.calls;
        flows.extend(entry.flows.iter().map(|&(j, to_cell, count)| Flow {
            group: groups[j as usize],
            to_cell,
            count,
        }));
        prices.extend(cells.iter().copied().zip(entry.prices.iter().copied()));
    }
    let calls = cache.calls;
    cache
        .entries
        .retain(|_, e| e.last_used + BlockCache::KEPT_CALLS > calls);
    flows.sort_unstable();
    assemble(problem, flows, Status::Optimal, prices.into_iter())
}

/// Solves one block (groups in cell order) and keeps its plan by group
/// position.
fn solve_block(
    problem: &Problem,
    scale: Scale,
    cells: &[u32],
    groups: &[u32],
) -> Result<Entry, EngineError> {
    let block = BlockSolver::new(problem, scale, cells.to_vec(), groups.to_vec())?;
    let position: BTreeMap<u32, u32> = groups
        .iter()
        .enumerate()
        .map(|(j, &g)| (g, j as u32))
        .collect();
    let mut out = Vec::new();
    block.flows(&mut out);
    Ok(Entry {
        flows: out
            .iter()
            .map(|f| (position[&f.group], f.to_cell, f.count))
            .collect(),
        prices: block.prices().map(|(_, p)| p).collect(),
        last_used: 0,
    })
}

/// Every input the block solver reads, as words: the scale, the weights,
/// `max_km`, each cell (global index, unit and its coordinates, need, fixed
/// staff, whether it accepts movers, required tags) and each group in
/// order (cell, size, rotation, held tags, wishes, forbidden cells).
/// Lists carry their length, so the words spell one block only. The
/// patterns below name every field, so a new field cannot be forgotten.
fn block_key(problem: &Problem, scale: Scale, cells: &[u32], groups: &[u32]) -> Vec<u64> {
    fn list(key: &mut Vec<u64>, items: &[u32]) {
        key.push(items.len() as u64);
        key.extend(items.iter().map(|&i| u64::from(i)));
    }
    fn optional<const N: usize>(key: &mut Vec<u64>, words: Option<[u64; N]>) {
        match words {
            Some(words) => {
                key.push(1);
                key.extend(words);
            }
            None => key.push(0),
        }
    }
    let mut key = vec![scale.units.to_bits()];
    key.extend(problem.weights.values().map(f64::to_bits));
    optional(&mut key, problem.max_km.map(|km| [km.to_bits()]));
    key.push(cells.len() as u64);
    for &c in cells {
        let Cell {
            unit,
            block,
            need,
            fixed,
            accepts,
            ref required,
        } = problem.cells[c as usize];
        key.extend([
            u64::from(c),
            u64::from(unit),
            u64::from(block),
            need.to_bits(),
            u64::from(fixed),
            u64::from(accepts),
        ]);
        let coords = problem.unit_coords[unit as usize];
        optional(
            &mut key,
            coords.map(|Coord { lat, lon }| [lat.to_bits(), lon.to_bits()]),
        );
        list(&mut key, required);
    }
    key.push(groups.len() as u64);
    for &g in groups {
        let Group {
            cell,
            size,
            rotation_due,
            ref competencies,
            wishes,
            ref forbidden,
        } = problem.groups[g as usize];
        key.extend([u64::from(cell), u64::from(size), u64::from(rotation_due)]);
        list(&mut key, competencies);
        for wish in wishes {
            optional(&mut key, wish.map(|unit| [u64::from(unit)]));
        }
        list(&mut key, forbidden);
    }
    key
}
