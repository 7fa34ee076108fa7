//! Engine: hand-checked cases and the exhaustive brute-force oracle over
//! thousands of seeded random tiny instances. The oracle scores plans from
//! objective.md alone (its own eligibility and score code), so it checks
//! the solver's optimality claim rather than sharing its bugs.

use seimbang::engine::{
    Cell, EngineError, Group, Move, Problem, Status, evaluate, frontier, order_moves, solve,
    solve_with_budget,
};
use seimbang::model::{Coord, Weights, haversine_floor_km, haversine_km};

/// splitmix64: a tiny deterministic generator for test instances.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// A random tiny instance: 2–4 units, 1–2 blocks, at most `max_movers`
/// movable employees, every weight and rule exercised.
pub fn tiny_instance(rng: &mut SplitMix, max_movers: u32) -> Problem {
    let n_units = 2 + rng.below(3) as usize;
    let unit_coords = (0..n_units)
        .map(|_| {
            if rng.chance(15) {
                None
            } else {
                Coord::new(
                    -7.4 + rng.below(1000) as f64 * 0.0004,
                    109.9 + rng.below(1000) as f64 * 0.0004,
                )
            }
        })
        .collect();
    let n_blocks = 1 + rng.below(2) as u32;
    let mut cells = Vec::new();
    for block in 0..n_blocks {
        for unit in 0..n_units as u32 {
            if rng.chance(75) {
                let mut required: Vec<u32> = (0..3).filter(|_| rng.chance(25)).collect();
                required.dedup();
                cells.push(Cell {
                    unit,
                    block,
                    need: rng.pick(&[0.0, 0.5, 1.0, 1.7, 2.0, 3.0, 4.2]),
                    fixed: rng.below(3) as u32,
                    accepts: rng.chance(85),
                    required,
                });
            }
        }
    }
    if cells.is_empty() {
        cells.push(Cell {
            unit: 0,
            block: 0,
            need: 1.0,
            fixed: 0,
            accepts: true,
            required: vec![],
        });
    }
    let mut groups = Vec::new();
    let mut movers = 0;
    let target = 1 + rng.below(u64::from(max_movers)) as u32;
    while movers < target {
        let size = (1 + rng.below(2) as u32).min(target - movers);
        movers += size;
        let cell = rng.below(cells.len() as u64) as u32;
        let wish = |rng: &mut SplitMix| {
            if rng.chance(40) {
                Some(rng.below(n_units as u64) as u32)
            } else {
                None
            }
        };
        let wishes = [wish(rng), wish(rng), wish(rng)];
        let forbidden: Vec<u32> = if rng.chance(20) {
            (0..cells.len() as u32).filter(|_| rng.chance(30)).collect()
        } else {
            vec![]
        };
        groups.push(Group {
            cell,
            size,
            rotation_due: rng.chance(30),
            competencies: (0..3).filter(|_| rng.chance(50)).collect(),
            wishes,
            forbidden,
        });
    }
    let weights = Weights {
        alpha: rng.pick(&[0.0, 0.1, 0.5, 1.0]),
        beta: rng.pick(&[0.0, 0.002, 0.05]),
        gamma: rng.pick(&[0.0, 0.1, 0.4]),
        delta: rng.pick(&[0.0, 0.0, 0.3, 1.5]),
        zeta: rng.pick(&[0.0, 0.2, 0.7]),
    };
    let max_km = if rng.chance(25) {
        Some(rng.pick(&[5.0, 20.0, 40.0]))
    } else {
        None
    };
    Problem {
        unit_coords,
        cells,
        groups,
        weights,
        max_km,
    }
}

/// The oracle's own reading of "may this employee move there".
pub fn oracle_may_move(problem: &Problem, group: &Group, to: usize) -> bool {
    let a = &problem.cells[group.cell as usize];
    let b = &problem.cells[to];
    if a.block != b.block
        || a.unit == b.unit
        || !b.accepts
        || group.forbidden.contains(&(to as u32))
    {
        return false;
    }
    match (
        problem.max_km,
        problem.unit_coords[a.unit as usize],
        problem.unit_coords[b.unit as usize],
    ) {
        (Some(max), Some(x), Some(y)) => haversine_km(x, y) <= max,
        _ => true,
    }
}

/// The oracle's own score of "employee e goes to dest[e]" (dest = own cell
/// means stay).
fn oracle_score(problem: &Problem, owners: &[usize], dest: &[usize]) -> f64 {
    let mut staff: Vec<f64> = problem.cells.iter().map(|c| c.fixed as f64).collect();
    let mut cost = 0.0;
    for (e, &g) in owners.iter().enumerate() {
        staff[dest[e]] += 1.0;
        let group = &problem.groups[g];
        if dest[e] == group.cell as usize {
            continue;
        }
        cost += oracle_move_cost(problem, group, dest[e]);
    }
    let imbalance: f64 = problem
        .cells
        .iter()
        .zip(&staff)
        .map(|(c, &s)| (s - c.need) * (s - c.need) / c.need.max(1.0))
        .sum();
    imbalance + cost
}

/// The oracle's own cost of one move of `group` into cell `to`.
pub fn oracle_move_cost(problem: &Problem, group: &Group, to: usize) -> f64 {
    let w = &problem.weights;
    {
        let from = &problem.cells[group.cell as usize];
        let to = &problem.cells[to];
        let km = match (
            problem.unit_coords[from.unit as usize],
            problem.unit_coords[to.unit as usize],
        ) {
            (Some(x), Some(y)) => haversine_km(x, y),
            _ => 0.0,
        };
        let mut pref: f64 = 0.0;
        for (rank, wish) in group.wishes.iter().enumerate() {
            if *wish == Some(to.unit) {
                pref = pref.max(3.0 - rank as f64);
            }
        }
        let gaps = to
            .required
            .iter()
            .filter(|t| !group.competencies.contains(t))
            .count() as f64;
        let rot = if group.rotation_due { 1.0 } else { 0.0 };
        w.alpha + w.beta * km - w.gamma * pref - w.delta * rot + w.zeta * gaps
    }
}

/// Best score per number of moves (index = moves), by enumeration.
pub fn brute_force(problem: &Problem) -> Vec<f64> {
    let mut owners = Vec::new();
    for (g, group) in problem.groups.iter().enumerate() {
        for _ in 0..group.size {
            owners.push(g);
        }
    }
    let options: Vec<Vec<usize>> = owners
        .iter()
        .map(|&g| {
            let group = &problem.groups[g];
            let mut o = vec![group.cell as usize];
            o.extend((0..problem.cells.len()).filter(|&c| oracle_may_move(problem, group, c)));
            o
        })
        .collect();
    let mut best = vec![f64::INFINITY; owners.len() + 1];
    let mut choice = vec![0usize; owners.len()];
    loop {
        let dest: Vec<usize> = choice.iter().zip(&options).map(|(&i, o)| o[i]).collect();
        let moves = choice.iter().filter(|&&i| i != 0).count();
        let s = oracle_score(problem, &owners, &dest);
        if s < best[moves] {
            best[moves] = s;
        }
        let mut k = 0;
        loop {
            if k == choice.len() {
                return best;
            }
            choice[k] += 1;
            if choice[k] < options[k].len() {
                break;
            }
            choice[k] = 0;
            k += 1;
        }
    }
}

/// Best score with at most `budget` moves from the per-count table.
fn best_within(table: &[f64], budget: usize) -> f64 {
    table[..=budget.min(table.len() - 1)]
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min)
}

fn cell(unit: u32, need: f64, fixed: u32) -> Cell {
    Cell {
        unit,
        block: 0,
        need,
        fixed,
        accepts: true,
        required: vec![],
    }
}

fn group(cell: u32, size: u32) -> Group {
    Group {
        cell,
        size,
        rotation_due: false,
        competencies: vec![],
        wishes: [None; 3],
        forbidden: vec![],
    }
}

fn problem(cells: Vec<Cell>, groups: Vec<Group>, weights: Weights) -> Problem {
    let n_units = cells.iter().map(|c| c.unit + 1).max().unwrap_or(0) as usize;
    Problem {
        unit_coords: vec![None; n_units],
        cells,
        groups,
        weights,
        max_km: None,
    }
}

/// A fixed seed: "seimbang" in ASCII.
const SEED: u64 = u64::from_be_bytes(*b"seimbang");

#[test]
fn solve_matches_brute_force_on_three_thousand_random_tiny_instances() {
    let mut rng = SplitMix(SEED);
    for case in 0..3000 {
        let p = tiny_instance(&mut rng, 6);
        let table = brute_force(&p);
        let best = best_within(&table, usize::MAX);
        let s = solve(&p).unwrap();
        assert!(
            (s.score - best).abs() <= 1e-9,
            "case {case}: solve {} vs brute force {best}\n{p:#?}\n{s:#?}",
            s.score
        );
        assert_eq!(s.status, Status::Optimal);
    }
}

#[test]
fn budgeted_solve_is_feasible_and_bounds_the_brute_force_optimum() {
    let mut rng = SplitMix(SEED ^ 1);
    for case in 0..1500 {
        let p = tiny_instance(&mut rng, 6);
        let table = brute_force(&p);
        let budget = rng.below(5) as usize;
        let best = best_within(&table, budget);
        let s = solve_with_budget(&p, budget as u64).unwrap();
        assert!(
            s.terms.moves as usize <= budget,
            "case {case}: too many moves"
        );
        let again = evaluate(&p, &expand(&p, &s.flows)).unwrap();
        assert_eq!(again.score, s.score, "case {case}: reported score");
        assert!(s.score >= best - 1e-9, "case {case}: below the optimum");
        match s.status {
            Status::Optimal => assert!(
                (s.score - best).abs() <= 1e-9,
                "case {case}: claimed optimal {} but best is {best}\n{p:#?}",
                s.score
            ),
            Status::Bounded { lower_bound, gap } => {
                assert!(
                    lower_bound <= best + 1e-9,
                    "case {case}: bound {lower_bound} above {best}"
                );
                assert!((s.score - lower_bound - gap).abs() <= 1e-9);
                assert!(gap >= 0.0);
            }
        }
    }
}

#[test]
fn frontier_points_are_feasible_bounded_and_exact_where_claimed() {
    let mut rng = SplitMix(SEED ^ 2);
    for case in 0..600 {
        let p = tiny_instance(&mut rng, 6);
        let table = brute_force(&p);
        let points = frontier(&p, 50).unwrap();
        let unconstrained = solve(&p).unwrap();
        assert_eq!(points.first().map(|f| f.moves), Some(0), "case {case}");
        assert_eq!(
            points.last().map(|f| f.moves),
            Some(unconstrained.terms.moves),
            "case {case}"
        );
        for f in &points {
            let best = best_within(&table, f.moves as usize);
            assert!(f.score >= best - 1e-9, "case {case}: {f:?} below {best}");
            assert!(
                f.lower_bound <= best + 1e-9,
                "case {case}: {f:?} bound above {best}"
            );
            if f.exact {
                assert!(
                    (f.score - best).abs() <= 1e-9,
                    "case {case}: {f:?} not exact, best {best}"
                );
            }
        }
        assert!(
            points
                .windows(2)
                .all(|w| w[1].score <= w[0].score && w[0].moves < w[1].moves)
        );
    }
}

/// Single moves of a flow list.
pub fn expand(p: &Problem, flows: &[seimbang::engine::Flow]) -> Vec<Move> {
    flows
        .iter()
        .flat_map(|f| {
            let from_cell = p.groups[f.group as usize].cell;
            (0..f.count).map(move |_| Move {
                group: f.group,
                from_cell,
                to_cell: f.to_cell,
            })
        })
        .collect()
}

#[test]
fn an_overstaffed_cell_sends_its_surplus_to_the_understaffed_one() {
    // Cell 0 has 3 staff for a need of 1, cell 1 has 0 for a need of 2.
    // Moving two saves 4/1 + 4/2 = 6 imbalance and costs 2 × 0.5.
    let p = problem(
        vec![cell(0, 1.0, 0), cell(1, 2.0, 0)],
        vec![group(0, 3)],
        Weights::default(),
    );
    let s = solve(&p).unwrap();
    assert_eq!(s.staff, vec![1, 2]);
    assert!((s.score - 1.0).abs() < 1e-12);
    assert_eq!(s.terms.moves, 2);
}

#[test]
fn a_move_that_gains_less_than_its_cost_is_not_made() {
    // One extra staff in cell 0 (need 2, staff 3) and one missing in cell 1
    // (need 2, staff 1): the move gains 1/2 + 1/2 = 1; at α = 1.2 it loses.
    let weights = Weights {
        alpha: 1.2,
        ..Weights::default()
    };
    let p = problem(
        vec![cell(0, 2.0, 0), cell(1, 2.0, 1)],
        vec![group(0, 3)],
        weights,
    );
    let s = solve(&p).unwrap();
    assert!(s.flows.is_empty());
    assert!((s.score - 1.0).abs() < 1e-12);
}

#[test]
fn a_rotation_round_swaps_due_employees_between_balanced_cells() {
    // Both cells are balanced; δ = 2 > α = 0.5 makes every due employee's
    // move pay by itself, so the two swap (imbalance stays 0).
    let weights = Weights {
        delta: 2.0,
        ..Weights::default()
    };
    let due = |cell| Group {
        rotation_due: true,
        ..group(cell, 1)
    };
    let p = problem(
        vec![cell(0, 1.0, 0), cell(1, 1.0, 0)],
        vec![due(0), due(1)],
        weights,
    );
    let s = solve(&p).unwrap();
    assert_eq!(s.terms.moves, 2);
    assert_eq!(s.staff, vec![1, 1]);
    assert!((s.score - 2.0 * (0.5 - 2.0)).abs() < 1e-12);
}

#[test]
fn a_wish_makes_the_balancing_move_go_to_the_wished_unit() {
    // Cells 1 and 2 both miss one employee; the mover wishes unit 2.
    let mut g = group(0, 1);
    g.wishes = [Some(2), None, None];
    let p = problem(
        vec![cell(0, 0.0, 0), cell(1, 1.0, 0), cell(2, 1.0, 0)],
        vec![g],
        Weights::default(),
    );
    let s = solve(&p).unwrap();
    assert_eq!(s.flows.len(), 1);
    assert_eq!(s.flows[0].to_cell, 2);
    assert_eq!(s.terms.preference_points, 3);
}

#[test]
fn a_competency_gap_steers_the_move_to_the_cell_that_needs_nothing_missing() {
    let mut g = group(0, 1);
    g.competencies = vec![1];
    let mut strict = cell(1, 1.0, 0);
    strict.required = vec![1, 2];
    let p = problem(
        vec![cell(0, 0.0, 0), strict, cell(2, 1.0, 0)],
        vec![g],
        Weights::default(),
    );
    let s = solve(&p).unwrap();
    assert_eq!(s.flows[0].to_cell, 2);
    assert_eq!(s.terms.competency_gaps, 0);
}

#[test]
fn forbidden_non_accepting_and_far_targets_are_never_used() {
    let mut g = group(0, 3);
    g.forbidden = vec![1];
    let mut closed = cell(2, 3.0, 0);
    closed.accepts = false;
    let mut p = problem(
        vec![cell(0, 0.0, 0), cell(1, 3.0, 0), closed, cell(3, 3.0, 0)],
        vec![g],
        Weights::default(),
    );
    p.unit_coords = vec![
        Coord::new(-7.0, 110.0),
        Coord::new(-7.0, 110.01),
        Coord::new(-7.0, 110.02),
        Coord::new(-7.0, 111.0),
    ];
    p.max_km = Some(50.0);
    let s = solve(&p).unwrap();
    assert!(s.flows.is_empty(), "{:?}", s.flows);
    p.max_km = None;
    let s = solve(&p).unwrap();
    assert_eq!(
        s.flows.iter().map(|f| f.to_cell).collect::<Vec<_>>(),
        vec![3]
    );
}

#[test]
fn moves_never_cross_blocks() {
    let mut other = cell(1, 5.0, 0);
    other.block = 1;
    let p = problem(
        vec![cell(0, 0.0, 0), other],
        vec![group(0, 2)],
        Weights::default(),
    );
    let s = solve(&p).unwrap();
    assert!(s.flows.is_empty());
}

#[test]
fn a_budget_of_one_takes_the_best_single_move_and_says_it_is_optimal() {
    // Three surplus staff in cell 0; cell 1 (need 3) gains most per move.
    let p = problem(
        vec![cell(0, 0.0, 0), cell(1, 3.0, 0), cell(2, 1.0, 0)],
        vec![group(0, 3)],
        Weights::default(),
    );
    let s = solve_with_budget(&p, 1).unwrap();
    assert_eq!(s.terms.moves, 1);
    assert_eq!(s.flows[0].to_cell, 1);
    assert_eq!(s.status, Status::Optimal);
}

#[test]
fn ordered_moves_start_with_the_largest_gain_and_end_at_the_solution_score() {
    let p = problem(
        vec![cell(0, 0.0, 0), cell(1, 3.0, 0), cell(2, 1.0, 0)],
        vec![group(0, 3)],
        Weights::default(),
    );
    let s = solve(&p).unwrap();
    let ordered = order_moves(&p, &s).unwrap();
    assert_eq!(ordered.len(), 3);
    assert_eq!(ordered[0].step.to_cell, 1);
    assert!((ordered[2].score_after - s.score).abs() < 1e-12);
}

#[test]
fn illegal_moves_and_bad_problems_are_errors_not_panics() {
    let p = problem(
        vec![cell(0, 0.0, 0), cell(1, 1.0, 0)],
        vec![group(0, 1)],
        Weights::default(),
    );
    let mv = |group, from_cell, to_cell| Move {
        group,
        from_cell,
        to_cell,
    };
    assert_eq!(
        evaluate(&p, &[mv(5, 0, 1)]),
        Err(EngineError::MoveGroupOutOfRange { index: 0 })
    );
    assert_eq!(
        evaluate(&p, &[mv(0, 1, 0)]),
        Err(EngineError::MoveWrongSource { index: 0 })
    );
    assert_eq!(
        evaluate(&p, &[mv(0, 0, 0)]),
        Err(EngineError::MoveNotAllowed { index: 0 })
    );
    assert_eq!(
        evaluate(&p, &[mv(0, 0, 1), mv(0, 0, 1)]),
        Err(EngineError::MoveGroupExhausted { index: 1 })
    );
    let mut bad = p.clone();
    bad.weights.alpha = -1.0;
    assert_eq!(solve(&bad), Err(EngineError::BadWeight { name: "alpha" }));
    let mut bad = p.clone();
    bad.cells[0].need = f64::NAN;
    assert_eq!(solve(&bad), Err(EngineError::BadNeed { cell: 0 }));
    let mut bad = p;
    bad.groups[0].size = 0;
    assert_eq!(solve(&bad), Err(EngineError::EmptyGroup { group: 0 }));
}

#[test]
fn the_distance_floor_never_exceeds_the_distance_and_is_close_along_a_meridian() {
    let mut rng = SplitMix(SEED);
    // Degrees in thousandths, over the whole globe and over Indonesia.
    let mut coord = |lat: (i64, i64), lon: (i64, i64)| {
        let mut pick =
            |(lo, hi): (i64, i64)| (lo + rng.below((hi - lo + 1) as u64) as i64) as f64 / 1000.0;
        Coord::new(pick(lat), pick(lon)).unwrap()
    };
    let mut pairs: Vec<(Coord, Coord)> = Vec::new();
    for _ in 0..50_000 {
        let world = ((-90_000, 90_000), (-180_000, 180_000));
        let indonesia = ((-11_000, 6_000), (95_000, 141_000));
        pairs.push((coord(world.0, world.1), coord(world.0, world.1)));
        pairs.push((
            coord(indonesia.0, indonesia.1),
            coord(indonesia.0, indonesia.1),
        ));
    }
    let edge = |lat, lon| Coord::new(lat, lon).unwrap();
    pairs.extend([
        (edge(90.0, 0.0), edge(-90.0, 0.0)),
        (edge(90.0, 10.0), edge(-90.0, -170.0)),
        (edge(0.0, 0.0), edge(0.0, 180.0)),
        (edge(45.0, 0.0), edge(-45.0, 180.0)),
        (edge(-7.42, 109.95), edge(-7.42, 109.95)),
        (edge(-7.42, 109.95), edge(-7.42, 110.95)),
    ]);
    for (a, b) in pairs {
        let floor = haversine_floor_km(a, b);
        let km = haversine_km(a, b);
        assert!(
            floor >= 0.0 && floor <= km,
            "{a:?} {b:?}: floor {floor} > {km}"
        );
    }
    // Latitudes out of range (not from `Coord::new`) give no bound.
    let wild = Coord {
        lat: 100.0,
        lon: 0.0,
    };
    assert_eq!(haversine_floor_km(wild, edge(-90.0, 0.0)), 0.0);
    let nan = Coord {
        lat: f64::NAN,
        lon: 0.0,
    };
    assert_eq!(haversine_floor_km(edge(0.0, 0.0), nan), 0.0);
    // Along a meridian the floor is the distance, less its millionth.
    let (a, b) = (edge(-7.0, 110.0), edge(-6.0, 110.0));
    let km = haversine_km(a, b);
    assert!((km - haversine_floor_km(a, b)) <= km * 2e-6, "{km}");
}
