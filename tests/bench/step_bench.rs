//! Benchmark (not a test): stepping through a plan on a synthetic data set
//! of N employees (default 100,000), as a presentation does. The plan is a
//! scored `rencana.csv` (every k-th movable employee sent to another cell of
//! their position), so no solve is needed; a step must answer in well under
//! 50 ms.
//!
//! Run: `cargo run --profile bench-native --example step_bench [N] [MOVES]`

use std::time::Instant;

use seimbang::i18n::Lang;
use seimbang::io::InputFile;
use seimbang::io::workspace::{Workspace, to_json};
use seimbang::io::write_csv::write_plan_csv;
use seimbang::model::{Date, MoveStatus, PlanRow};
use seimbang::planner::Context;
use seimbang::planner::rules::check_target;
use seimbang::session::{Request, Response, Session};
use seimbang::synth::{SynthConfig, generate};

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let want: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3_000);
    let today = Date::new(2025, 7, 1).expect("a date");
    let data = generate(&SynthConfig::new(n, 7));
    let ctx = Context::new(&data, today);
    let mut rows = Vec::new();
    for (e, employee) in data.employees.iter().enumerate() {
        if rows.len() >= want {
            break;
        }
        if e % 7 != 0 || !ctx.eligibility[e].movable() {
            continue;
        }
        let position = ctx.index.cells[ctx.index.employee_cell[e]].position;
        let target = ctx
            .index
            .cells_of_position(position)
            .find(|&c| check_target(&data, &ctx.index, &ctx.coords, e, c).is_ok());
        if let Some(c) = target {
            rows.push(PlanRow {
                nip: employee.nip.clone(),
                name: employee.name.clone(),
                position: employee.position.clone(),
                from_unit: employee.unit.clone(),
                to_unit: ctx.index.unit_codes[ctx.index.cells[c].unit].clone(),
                km: None,
                wish: None,
                reason: String::new(),
                status: MoveStatus::Usulan,
            });
        }
    }
    let csv = write_plan_csv(&rows);
    let json = String::from_utf8(to_json(&Workspace::new(data.clone()))).expect("UTF-8");
    let mut session = Session::new(today);
    let started = Instant::now();
    assert_eq!(
        session.handle(Request::Restore { json }, vec![]),
        Response::Loaded
    );
    println!(
        "restore {n} employees: {:.3} s",
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let response = session.handle(
        Request::ScorePlan { lang: Lang::Id },
        vec![InputFile::new("rencana.csv", csv)],
    );
    let moves = match response {
        Response::Plan(view) => view.moves,
        other => panic!("expected a plan, got {other:?}"),
    };
    println!(
        "score a plan of {moves} moves: {:.3} s",
        started.elapsed().as_secs_f64()
    );
    let mut worst = 0.0_f64;
    for index in [0, 1, 2, moves / 2, moves.saturating_sub(1), moves] {
        let started = Instant::now();
        let response = session.handle(
            Request::Step {
                index,
                lang: Lang::En,
            },
            vec![],
        );
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        assert!(matches!(response, Response::Step(_)));
        worst = worst.max(ms);
        println!("step {index:>6}: {ms:.2} ms");
    }
    println!("slowest step: {worst:.2} ms");
}
