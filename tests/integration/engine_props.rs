//! Engine properties (proptest, fixed seed, bounded cases): plans are valid
//! and correctly scored, solving is deterministic and blind to input order,
//! and every prefix of the move order is a valid, correctly scored plan;
//! re-using block plans gives what a fresh solve gives.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

use seimbang::engine::{
    BlockCache, Cell, EngineError, Group, Problem, Share, SharePlans, evaluate, order_moves, solve,
    solve_reusing, solve_share,
};
use seimbang::model::{Coord, Weights};

use crate::engine::{SplitMix, expand};

fn config() -> Config {
    Config {
        cases: 48,
        rng_seed: RngSeed::Fixed(u64::from_be_bytes(*b"proptest")),
        failure_persistence: None,
        ..Config::default()
    }
}

/// A small random instance (up to 6 units, 3 blocks, 40 movers) from a seed.
fn small_instance(seed: u64) -> Problem {
    let mut rng = SplitMix(seed);
    let n_units = 2 + rng.below(5) as usize;
    let unit_coords = (0..n_units)
        .map(|_| {
            (!rng.chance(10)).then(|| Coord {
                lat: -7.4 + rng.below(1000) as f64 * 0.0005,
                lon: 109.9 + rng.below(1000) as f64 * 0.0005,
            })
        })
        .collect();
    let mut cells = Vec::new();
    for block in 0..1 + rng.below(3) as u32 {
        for unit in 0..n_units as u32 {
            if rng.chance(80) {
                cells.push(Cell {
                    unit,
                    block,
                    need: rng.below(40) as f64 * 0.25,
                    fixed: rng.below(4) as u32,
                    accepts: rng.chance(90),
                    required: (0..4).filter(|_| rng.chance(20)).collect(),
                });
            }
        }
    }
    if cells.is_empty() {
        cells.push(Cell {
            unit: 0,
            block: 0,
            need: 0.0,
            fixed: 0,
            accepts: true,
            required: vec![],
        });
    }
    let mut groups = Vec::new();
    for _ in 0..rng.below(20) {
        let wish = |rng: &mut SplitMix| rng.chance(30).then(|| rng.below(n_units as u64) as u32);
        groups.push(Group {
            cell: rng.below(cells.len() as u64) as u32,
            size: 1 + rng.below(4) as u32,
            rotation_due: rng.chance(30),
            competencies: (0..4).filter(|_| rng.chance(50)).collect(),
            wishes: [wish(&mut rng), wish(&mut rng), wish(&mut rng)],
            forbidden: if rng.chance(15) {
                (0..cells.len() as u32).filter(|_| rng.chance(30)).collect()
            } else {
                vec![]
            },
        });
    }
    Problem {
        unit_coords,
        cells,
        groups,
        weights: Weights {
            alpha: rng.below(10) as f64 * 0.1,
            beta: rng.below(3) as f64 * 0.01,
            gamma: rng.below(4) as f64 * 0.1,
            delta: rng.below(4) as f64 * 0.4,
            zeta: rng.below(4) as f64 * 0.2,
        },
        max_km: rng.chance(20).then(|| rng.below(40) as f64),
    }
}

/// The same problem with cells and groups in another order; returns the
/// permuted problem and the new index of every old cell and group.
fn permuted(p: &Problem, seed: u64) -> (Problem, Vec<u32>, Vec<u32>) {
    let mut rng = SplitMix(seed);
    let shuffle = |n: usize, rng: &mut SplitMix| {
        let mut order: Vec<u32> = (0..n as u32).collect();
        for i in (1..n).rev() {
            order.swap(i, rng.below(i as u64 + 1) as usize);
        }
        order
    };
    // order[new] = old.
    let cell_order = shuffle(p.cells.len(), &mut rng);
    let group_order = shuffle(p.groups.len(), &mut rng);
    let mut cell_new = vec![0u32; p.cells.len()];
    for (new, &old) in cell_order.iter().enumerate() {
        cell_new[old as usize] = new as u32;
    }
    let mut group_new = vec![0u32; p.groups.len()];
    for (new, &old) in group_order.iter().enumerate() {
        group_new[old as usize] = new as u32;
    }
    let cells = cell_order
        .iter()
        .map(|&old| p.cells[old as usize].clone())
        .collect();
    let groups = group_order
        .iter()
        .map(|&old| {
            let mut g = p.groups[old as usize].clone();
            g.cell = cell_new[g.cell as usize];
            g.forbidden = g.forbidden.iter().map(|&c| cell_new[c as usize]).collect();
            g.forbidden.sort_unstable();
            g
        })
        .collect();
    let q = Problem {
        cells,
        groups,
        ..p.clone()
    };
    (q, cell_new, group_new)
}

/// Blocks a solve works on: at least two cells and one group.
fn solved_blocks(p: &Problem) -> usize {
    let mut cells = std::collections::BTreeMap::<u32, usize>::new();
    for c in &p.cells {
        *cells.entry(c.block).or_default() += 1;
    }
    let with_groups: std::collections::BTreeSet<u32> = p
        .groups
        .iter()
        .map(|g| p.cells[g.cell as usize].block)
        .collect();
    with_groups.iter().filter(|b| cells[b] >= 2).count()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn reusing_block_plans_gives_a_fresh_solves_plan_and_re_solves_only_changed_blocks(
        seed in any::<u64>(),
    ) {
        let p = small_instance(seed);
        let blocks = solved_blocks(&p);
        let mut cache = BlockCache::default();
        let a = solve_reusing(&p, &mut cache).unwrap();
        prop_assert_eq!(&a, &solve(&p).unwrap());
        prop_assert_eq!((cache.solved(), cache.reused()), (blocks, 0));
        // The same problem again: every block comes from the cache.
        prop_assert_eq!(&solve_reusing(&p, &mut cache).unwrap(), &a);
        prop_assert_eq!((cache.solved(), cache.reused()), (0, blocks));
        if !p.groups.is_empty() {
            // One group gone (as when a decision keeps it in place): the
            // groups after it shift down, only its block is solved again,
            // and the plan is the one a fresh solve makes.
            let j = (seed % p.groups.len() as u64) as usize;
            let mut q = p.clone();
            q.groups.remove(j);
            let b = solve_reusing(&q, &mut cache).unwrap();
            prop_assert_eq!(&b, &solve(&q).unwrap());
            prop_assert!(cache.solved() <= 1);
            prop_assert_eq!(cache.solved() + cache.reused(), solved_blocks(&q));
            // Undone: the first plan again, nothing solved.
            prop_assert_eq!(&solve_reusing(&p, &mut cache).unwrap(), &a);
            prop_assert_eq!(cache.solved(), 0);
            // A field changed in place is a changed block too.
            let mut t = p.clone();
            t.groups[j].rotation_due = !t.groups[j].rotation_due;
            prop_assert_eq!(&solve_reusing(&t, &mut cache).unwrap(), &solve(&t).unwrap());
            prop_assert_eq!(cache.solved() + cache.reused(), blocks);
            prop_assert!(cache.solved() <= 1);
        }
        // A weight is an input of every block.
        let mut r = p.clone();
        r.weights.alpha += 0.25;
        prop_assert_eq!(&solve_reusing(&r, &mut cache).unwrap(), &solve(&r).unwrap());
        prop_assert_eq!((cache.solved(), cache.reused()), (blocks, 0));
    }

    #[test]
    fn blocks_shared_out_and_solved_elsewhere_give_a_fresh_solves_plan(
        seed in any::<u64>(),
        parts in 1usize..4,
    ) {
        let p = small_instance(seed);
        let blocks = solved_blocks(&p);
        let mut cache = BlockCache::default();
        let shares = cache.share_out(&p, parts).unwrap();
        prop_assert!(shares.len() <= parts.min(blocks));
        prop_assert_eq!(shares.is_empty(), blocks == 0);
        // Every block in exactly one share.
        let dealt: usize = shares.iter().map(|s| solved_blocks(&s.problem)).sum();
        prop_assert_eq!(dealt, blocks);
        let mut filed = 0;
        for share in &shares {
            // As between Web Workers: the share as words, the answer as
            // JSON; the share arrives exactly as it left.
            let share = Share::from_words(&share.to_words()).unwrap();
            let plans = solve_share(&share).unwrap();
            let plans: SharePlans =
                serde_json::from_str(&serde_json::to_string(&plans).unwrap()).unwrap();
            prop_assert_eq!(plans.len(), solved_blocks(&share.problem));
            filed += cache.accept(&share, plans);
        }
        prop_assert_eq!(filed, blocks);
        // Nothing left to share, and the plan is the fresh solve's, taken
        // whole from what the shares filed.
        prop_assert!(cache.share_out(&p, parts).unwrap().is_empty());
        prop_assert_eq!(&solve_reusing(&p, &mut cache).unwrap(), &solve(&p).unwrap());
        prop_assert_eq!((cache.solved(), cache.reused()), (0, blocks));
        // Another share's answer is not filed for this one.
        if shares.len() >= 2 {
            let mut fresh = BlockCache::default();
            let wrong = solve_share(&shares[1]).unwrap();
            prop_assert_eq!(fresh.accept(&shares[0], wrong), 0);
        }
    }

    #[test]
    fn a_share_survives_its_words_and_damaged_words_are_refused_without_a_panic(
        seed in any::<u64>(),
        at in any::<prop::sample::Index>(),
        word in any::<u32>(),
    ) {
        let p = small_instance(seed);
        let whole = Share { problem: p, units: 1e9 };
        let words = whole.to_words();
        prop_assert_eq!(Share::from_words(&words), Some(whole));
        // Cut short anywhere, or with a word too many: refused.
        let cut = at.index(words.len());
        prop_assert_eq!(Share::from_words(&words[..cut]), None);
        let mut longer = words.clone();
        longer.push(word);
        prop_assert_eq!(Share::from_words(&longer), None);
        // Any one word changed: refused or read, never a panic.
        let mut changed = words;
        changed[cut] = word;
        let _ = Share::from_words(&changed);
    }

    #[test]
    fn plans_respect_sizes_and_eligibility_and_report_their_own_score(seed in any::<u64>()) {
        let p = small_instance(seed);
        let s = solve(&p).unwrap();
        // `evaluate` rejects any ineligible move or a group moving more
        // employees than it has.
        let e = evaluate(&p, &expand(&p, &s.flows)).unwrap();
        prop_assert_eq!(&e.staff, &s.staff);
        prop_assert_eq!(e.score, s.score);
        prop_assert_eq!(e.terms, s.terms);
        let total_before: u32 = p.cells.iter().map(|c| c.fixed).sum::<u32>()
            + p.groups.iter().map(|g| g.size).sum::<u32>();
        prop_assert_eq!(s.staff.iter().sum::<u32>(), total_before);
        for f in &s.flows {
            prop_assert!(f.count >= 1);
        }
    }

    /// The solver counts a class's competency gaps in one word when its
    /// jabatan requires at most 64 tags, and tag by tag beyond. A cell in
    /// a new unit of each jabatan that may receive no one (and has no
    /// staff and no need) but requires more tags changes no cost, so the
    /// optimum stays the same: with exactly 64 required tags in every
    /// jabatan, the real ones last (the word's top bits, bit 63 included),
    /// and with more than 64.
    #[test]
    fn gaps_counted_in_a_full_word_or_tag_by_tag_give_the_same_optimum(seed in any::<u64>()) {
        let p = small_instance(seed);
        let a = solve(&p).unwrap();
        for past_a_word in [false, true] {
            let mut q = p.clone();
            // The real tags after every added one.
            for c in &mut q.cells {
                c.required.iter_mut().for_each(|t| *t += 1000);
            }
            for g in &mut q.groups {
                g.competencies.iter_mut().for_each(|t| *t += 1000);
            }
            let unit = q.unit_coords.len() as u32;
            q.unit_coords.push(None);
            let blocks: std::collections::BTreeSet<u32> = p.cells.iter().map(|c| c.block).collect();
            for block in blocks {
                let mut real: Vec<u32> = p.cells.iter()
                    .filter(|c| c.block == block)
                    .flat_map(|c| c.required.iter().copied())
                    .collect();
                real.sort_unstable();
                real.dedup();
                let added = if past_a_word { 65 } else { 64 - real.len() as u32 };
                q.cells.push(Cell {
                    unit,
                    block,
                    need: 0.0,
                    fixed: 0,
                    accepts: false,
                    required: (0..added).collect(),
                });
            }
            let b = solve(&q).unwrap();
            prop_assert!((a.score - b.score).abs() <= 1e-9 * a.score.abs().max(1.0),
                "{} tags: {} against {}", if past_a_word { "65+" } else { "64" }, a.score, b.score);
            let e = evaluate(&q, &expand(&q, &b.flows)).unwrap();
            prop_assert_eq!(e.score, b.score);
        }
    }

    #[test]
    fn solving_twice_gives_the_same_solution_bit_for_bit(seed in any::<u64>()) {
        let p = small_instance(seed);
        prop_assert_eq!(solve(&p).unwrap(), solve(&p).unwrap());
    }

    #[test]
    fn permuting_cells_and_groups_keeps_the_optimal_score(seed in any::<u64>()) {
        let p = small_instance(seed);
        let (q, cell_new, group_new) = permuted(&p, seed ^ 0xABCD);
        let a = solve(&p).unwrap();
        let b = solve(&q).unwrap();
        prop_assert!((a.score - b.score).abs() <= 1e-9 * a.score.abs().max(1.0));
        // The original plan, mapped into the permuted problem, is valid
        // there and scores the same.
        let mapped: Vec<_> = expand(&p, &a.flows)
            .into_iter()
            .map(|m| seimbang::engine::Move {
                group: group_new[m.group as usize],
                from_cell: cell_new[m.from_cell as usize],
                to_cell: cell_new[m.to_cell as usize],
            })
            .collect();
        let e = evaluate(&q, &mapped).unwrap();
        prop_assert!((e.score - a.score).abs() <= 1e-9 * a.score.abs().max(1.0));
    }

    #[test]
    fn every_prefix_of_the_move_order_is_valid_and_correctly_scored(seed in any::<u64>()) {
        let p = small_instance(seed);
        let s = solve(&p).unwrap();
        let ordered = order_moves(&p, &s).unwrap();
        prop_assert_eq!(ordered.len() as u64, s.terms.moves);
        let mut prefix = Vec::new();
        for o in &ordered {
            prefix.push(o.step);
            let e = evaluate(&p, &prefix).unwrap();
            prop_assert!((e.score - o.score_after).abs() <= 1e-9 * e.score.abs().max(1.0),
                "prefix {} scores {} but order says {}", prefix.len(), e.score, o.score_after);
        }
        if let Some(last) = ordered.last() {
            prop_assert!((last.score_after - s.score).abs() <= 1e-9 * s.score.abs().max(1.0));
        }
    }
}

/// `Scale::fixed` rounds exactly like `f64::round` (half away from zero,
/// saturating, NaN to 0), which it no longer calls.
#[test]
fn fixed_point_rounding_equals_f64_round() {
    let unit = seimbang::engine::Scale { units: 1.0 };
    let edges = [
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.5,
        -1.5,
        2.5,
        -2.5,
        0.49999999999999994,
        -0.49999999999999994,
        4_503_599_627_370_495.5,
        -4_503_599_627_370_495.5,
        4_503_599_627_370_496.0,
        9_007_199_254_740_993.0,
        4.0e18,
        -4.0e18,
        1.0e19,
        -1.0e19,
        f64::MAX,
        f64::MIN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::MIN_POSITIVE,
    ];
    for x in edges {
        assert_eq!(unit.fixed(x), x.round() as i64, "{x:e}");
    }
    let many = Config {
        cases: 20_000,
        ..config()
    };
    proptest!(many, |(x in any::<f64>(), y in -1.0e7f64..1.0e7)| {
        prop_assert_eq!(unit.fixed(x), x.round() as i64);
        prop_assert_eq!(unit.fixed(y), y.round() as i64);
        prop_assert_eq!(unit.fixed(y + 0.5), (y + 0.5).round() as i64);
    });
}

/// A block with 70,000 staff in one cell forces a scale of 10⁸ on the whole
/// problem; a share holding only the other, small block would allow 10⁹ on
/// its own, yet must be solved at 10⁸ to give the whole problem's plan.
#[test]
fn a_share_is_solved_at_the_whole_problems_scale_and_rejects_any_other() {
    let mut p = small_instance(7);
    let big_block = 1 + p.cells.iter().map(|c| c.block).max().unwrap();
    let first = p.cells.len() as u32;
    for unit in 0..2 {
        p.cells.push(Cell {
            unit,
            block: big_block,
            need: 1.0,
            fixed: 0,
            accepts: true,
            required: Vec::new(),
        });
    }
    p.groups.push(Group {
        cell: first,
        size: 70_000,
        rotation_due: false,
        competencies: Vec::new(),
        wishes: [None; 3],
        forbidden: Vec::new(),
    });
    let blocks = solved_blocks(&p);
    assert!(blocks >= 2);
    let shares = BlockCache::default().share_out(&p, blocks).unwrap();
    assert_eq!(shares.len(), blocks);
    assert!(shares.iter().all(|s| s.units == 1e8));
    let mut cache = BlockCache::default();
    for share in &shares {
        let plans = solve_share(share).unwrap();
        assert_eq!(cache.accept(share, plans), 1);
    }
    assert_eq!(solve_reusing(&p, &mut cache).unwrap(), solve(&p).unwrap());
    assert_eq!(cache.solved(), 0);
    // The big block's share cannot take 10⁹, nor anything but a power of ten.
    let big = shares
        .iter()
        .find(|s| s.problem.groups.iter().any(|g| g.size == 70_000))
        .unwrap();
    for units in [1e9, 3e7, 0.5, f64::NAN] {
        let bad = Share {
            units,
            ..big.clone()
        };
        assert_eq!(solve_share(&bad), Err(EngineError::BadShareScale));
        assert_eq!(
            BlockCache::default().accept(&bad, solve_share(big).unwrap()),
            0
        );
    }
}
