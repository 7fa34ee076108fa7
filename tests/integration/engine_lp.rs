//! Engine differential test: an independent linear program (good_lp with
//! the pure-Rust microlp backend) on instances of 50–300 employees agrees
//! with `solve`. The LP has one variable per (group, eligible target) and
//! the imbalance as the epigraph of its piecewise-linear interpolation on
//! integers; by the integrality of min-cost flows with convex costs its
//! optimal value equals the integer optimum.

use good_lp::{Expression, Solution as _, SolverModel, constraint, microlp, variable, variables};

use seimbang::engine::{Cell, Group, Problem, solve};
use seimbang::model::{Coord, Weights};

use crate::engine::{SplitMix, oracle_may_move, oracle_move_cost};

/// 50–300 employees in 3–8 units and 1–2 blocks; 20–60 of them movable.
fn medium_instance(rng: &mut SplitMix) -> Problem {
    let n_units = 3 + rng.below(6) as usize;
    let unit_coords = (0..n_units)
        .map(|_| Coord::new(-7.4 + rng.below(1000) as f64 * 0.0004, 109.9 + rng.below(1000) as f64 * 0.0004))
        .collect();
    let n_employees = 50 + rng.below(251) as u32;
    let n_movable = 20 + rng.below(41) as u32;
    let mut cells = Vec::new();
    for block in 0..1 + rng.below(2) as u32 {
        for unit in 0..n_units as u32 {
            if rng.chance(85) {
                cells.push(Cell {
                    unit,
                    block,
                    need: 0.0,
                    fixed: 0,
                    accepts: rng.chance(90),
                    required: (0..3).filter(|_| rng.chance(20)).collect(),
                });
            }
        }
    }
    if cells.is_empty() {
        cells.push(Cell { unit: 0, block: 0, need: 0.0, fixed: 0, accepts: true, required: vec![] });
    }
    let n_cells = cells.len() as u64;
    for _ in 0..n_employees - n_movable {
        cells[rng.below(n_cells) as usize].fixed += 1;
    }
    let mut groups = Vec::new();
    let mut placed = 0;
    while placed < n_movable {
        let size = (1 + rng.below(3) as u32).min(n_movable - placed);
        placed += size;
        let wish = |rng: &mut SplitMix| rng.chance(30).then(|| rng.below(n_units as u64) as u32);
        groups.push(Group {
            cell: rng.below(n_cells) as u32,
            size,
            rotation_due: rng.chance(25),
            competencies: (0..3).filter(|_| rng.chance(50)).collect(),
            wishes: [wish(rng), wish(rng), wish(rng)],
            forbidden: vec![],
        });
    }
    let mut staff: Vec<u32> = cells.iter().map(|c| c.fixed).collect();
    for g in &groups {
        staff[g.cell as usize] += g.size;
    }
    for (c, &s) in cells.iter_mut().zip(&staff) {
        c.need = (f64::from(s) * (0.4 + rng.below(13) as f64 * 0.1) * 4.0).round() / 4.0;
    }
    Problem {
        unit_coords,
        cells,
        groups,
        weights: Weights {
            alpha: 0.5,
            beta: 0.002,
            gamma: rng.pick(&[0.1, 0.3]),
            delta: rng.pick(&[0.0, 0.0, 0.8]),
            zeta: 0.2,
        },
        max_km: rng.chance(30).then_some(25.0),
    }
}

fn imbalance(s: f64, need: f64) -> f64 {
    (s - need) * (s - need) / need.max(1.0)
}

/// The optimal value of the LP formulation.
fn lp_optimum(p: &Problem) -> f64 {
    let mut vars = variables!();
    let mut staff: Vec<Expression> = p.cells.iter().map(|c| Expression::from(c.fixed as f64)).collect();
    let mut objective = Expression::from(0.0);
    let mut group_out: Vec<Expression> = Vec::new();
    for g in &p.groups {
        staff[g.cell as usize] += g.size as f64;
        let mut out = Expression::from(0.0);
        for t in 0..p.cells.len() {
            if oracle_may_move(p, g, t) {
                let y = vars.add(variable().min(0.0).max(g.size as f64));
                out += y;
                staff[t] += y;
                staff[g.cell as usize] -= y;
                objective += oracle_move_cost(p, g, t) * y;
            }
        }
        group_out.push(out);
    }
    let mut block_movable = std::collections::BTreeMap::<u32, u32>::new();
    for g in &p.groups {
        *block_movable.entry(p.cells[g.cell as usize].block).or_default() += g.size;
    }
    let mut constraints = Vec::new();
    for (c, cell) in p.cells.iter().enumerate() {
        let z = vars.add(variable().min(0.0));
        objective += z;
        let lo = cell.fixed;
        let hi = cell.fixed + block_movable.get(&cell.block).copied().unwrap_or(0);
        for k in lo..hi.max(lo + 1) {
            let (fk, fk1) = (imbalance(k as f64, cell.need), imbalance(k as f64 + 1.0, cell.need));
            constraints.push(constraint!(z >= fk + (fk1 - fk) * (staff[c].clone() - k as f64)));
        }
    }
    let mut model = vars.minimise(objective.clone()).using(microlp);
    for (g, out) in p.groups.iter().zip(group_out) {
        model = model.with(constraint!(out <= g.size as f64));
    }
    for c in constraints {
        model = model.with(c);
    }
    let solution = model.solve().expect("the LP is feasible and bounded");
    solution.eval(&objective)
}

#[test]
fn solve_agrees_with_an_independent_linear_program_on_medium_instances() {
    let mut rng = SplitMix(u64::from_be_bytes(*b"lpdiffer"));
    for case in 0..30 {
        let p = medium_instance(&mut rng);
        let lp = lp_optimum(&p);
        let exact = solve(&p).unwrap().score;
        assert!(
            (lp - exact).abs() <= 1e-6 * exact.abs().max(1.0),
            "case {case}: LP {lp} vs solve {exact}"
        );
    }
}
