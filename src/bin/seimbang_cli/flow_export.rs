//! `export-flow`: writes the planning problem as a plain min-cost-flow
//! instance in the *generic* formulation (one arc per employee group and
//! legal target cell, the convex cell costs expanded into unit arcs), so
//! the benchmark can give exactly the same problem to Google OR-Tools'
//! `SimpleMinCostFlow` (scripts/bench/ortools_mcf.py) and compare.
//!
//! Costs are integers in micro-points (10⁻⁶), rounded once per arc; the
//! imbalance is rounded cumulatively, as in the engine. The unit arcs of a
//! cell stop at a staff level that no optimal plan can exceed when every
//! move cost is non-negative (the benchmark's weights): the marginal cost
//! of the last staff member entering a cell cannot exceed the largest
//! marginal saving of any cell of the block at the current staffing minus
//! the cheapest move cost. With negative move costs every level up to the
//! block's movable total is written.

use std::io::Write as _;
use std::path::PathBuf;

use seimbang::engine::Problem;
use seimbang::model::haversine_km;
use seimbang::planner::Context;
use seimbang::planner::lower::{Pins, lower};

use super::plan_cmd::{load, today};

const UNITS: f64 = 1e6;

fn cell_cost(staff: f64, need: f64) -> f64 {
    (staff - need).powi(2) / need.max(1.0)
}

fn km(problem: &Problem, a: u32, b: u32) -> f64 {
    match (problem.unit_coords[a as usize], problem.unit_coords[b as usize]) {
        (Some(x), Some(y)) => haversine_km(x, y),
        _ => 0.0,
    }
}

/// The flow instance: supplies per node and arcs (tail, head, cap, cost).
pub struct FlowInstance {
    /// Node supplies.
    pub supplies: Vec<i64>,
    /// Arcs.
    pub arcs: Vec<(u32, u32, i64, i64)>,
    /// Score points not represented by arcs (imbalance of fixed staff).
    pub constant: f64,
}

/// Builds the generic formulation of `problem`.
pub fn generic_formulation(problem: &Problem) -> FlowInstance {
    let w = &problem.weights;
    let n_cells = problem.cells.len();
    let n_groups = problem.groups.len();
    let sink = (n_cells + n_groups) as u32;
    let mut supplies = vec![0i64; n_cells + n_groups + 1];
    let mut arcs = Vec::new();
    let mut movable_in = vec![0u32; n_cells];
    for g in &problem.groups {
        movable_in[g.cell as usize] += g.size;
    }
    // Cells of each block, and the block's movable total.
    let mut blocks: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
    for (i, c) in problem.cells.iter().enumerate() {
        blocks.entry(c.block).or_default().push(i);
    }
    let mut min_move: std::collections::BTreeMap<u32, f64> = Default::default();
    for (gi, g) in problem.groups.iter().enumerate() {
        let node = (n_cells + gi) as u32;
        supplies[node as usize] = i64::from(g.size);
        arcs.push((node, g.cell, i64::from(g.size), 0));
        let from = &problem.cells[g.cell as usize];
        for &t in &blocks[&from.block] {
            let c = &problem.cells[t];
            if c.unit == from.unit || !c.accepts || g.forbidden.binary_search(&(t as u32)).is_ok() {
                continue;
            }
            let d = km(problem, from.unit, c.unit);
            if problem.max_km.is_some_and(|m| d > m) {
                continue;
            }
            let rank = g.wishes.iter().position(|&u| u == Some(c.unit));
            let points = rank.map_or(0.0, |r| 3.0 - r as f64);
            let gaps = c.required.iter().filter(|t| g.competencies.binary_search(t).is_err()).count();
            let cost = w.alpha + w.beta * d - w.gamma * points
                - if g.rotation_due { w.delta } else { 0.0 }
                + w.zeta * gaps as f64;
            let m = min_move.entry(from.block).or_insert(f64::INFINITY);
            *m = m.min(cost);
            arcs.push((node, t as u32, i64::from(g.size), (cost * UNITS).round() as i64));
        }
    }
    let mut constant = 0.0;
    let mut total_supply = 0i64;
    for cells in blocks.values() {
        let cheapest = min_move.get(&problem.cells[cells[0]].block).copied().unwrap_or(f64::INFINITY);
        let block_movable: u32 = cells.iter().map(|&c| movable_in[c]).sum();
        let marginal = |c: usize, s: f64| cell_cost(s, problem.cells[c].need) - cell_cost(s - 1.0, problem.cells[c].need);
        let m_max = cells
            .iter()
            .map(|&c| marginal(c, f64::from(problem.cells[c].fixed + movable_in[c])))
            .fold(f64::NEG_INFINITY, f64::max);
        for &c in cells {
            let cell = &problem.cells[c];
            let fixed = f64::from(cell.fixed);
            constant += cell_cost(fixed, cell.need);
            let levels = if cheapest >= 0.0 {
                let w = cell.need.max(1.0);
                let top = ((m_max - cheapest.min(1e9)) * w + 1.0 + 2.0 * cell.need) / 2.0;
                let k = (top.floor() - fixed + 1.0).max(0.0) as u32;
                k.max(movable_in[c]).min(block_movable)
            } else {
                block_movable
            };
            let mut prev = (cell_cost(fixed, cell.need) * UNITS).round() as i64;
            for k in 1..=levels {
                let g = (cell_cost(fixed + f64::from(k), cell.need) * UNITS).round() as i64;
                arcs.push((c as u32, sink, 1, g - prev));
                prev = g;
            }
        }
        total_supply += i64::from(block_movable);
    }
    supplies[sink as usize] = -total_supply;
    FlowInstance { supplies, arcs, constant }
}

/// `export-flow DATA… --out FILE [--today D]`.
pub fn cmd_export_flow(args: &[String]) -> Result<(), String> {
    let mut paths = Vec::new();
    let mut out = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(iter.next().ok_or("--out needs a file")?)),
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let out = out.ok_or("export-flow needs --out FILE")?;
    let data = load(&paths)?;
    let ctx = Context::new(&data, today());
    let lowered = lower(&ctx, &Pins::default()).map_err(|e| format!("{e:?}"))?;
    let flow = generic_formulation(&lowered.problem);
    let mut bytes = Vec::with_capacity(24 + flow.supplies.len() * 8 + flow.arcs.len() * 24);
    bytes.extend_from_slice(b"SMBFLOW1");
    bytes.extend_from_slice(&(flow.supplies.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&(flow.arcs.len() as u64).to_le_bytes());
    for s in &flow.supplies {
        bytes.extend_from_slice(&s.to_le_bytes());
    }
    for a in &flow.arcs {
        bytes.extend_from_slice(&a.0.to_le_bytes());
    }
    for a in &flow.arcs {
        bytes.extend_from_slice(&a.1.to_le_bytes());
    }
    for a in &flow.arcs {
        bytes.extend_from_slice(&a.2.to_le_bytes());
    }
    for a in &flow.arcs {
        bytes.extend_from_slice(&a.3.to_le_bytes());
    }
    let mut file = std::fs::File::create(&out).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    file.write_all(&bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "{{\"nodes\": {}, \"arcs\": {}, \"constant\": {}, \"units\": {UNITS}}}",
        flow.supplies.len(),
        flow.arcs.len(),
        flow.constant
    );
    Ok(())
}
