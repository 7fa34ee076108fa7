//! Benchmark (not a test): the worker's import path natively, step by
//! step, on a data set from `seimbang-cli demo`: read the files, confirm,
//! the overview (context, analysis, charts), the first table page; then
//! the plan, and re-plans after decisions (each re-solves only the jabatan
//! the decision touches, see `engine::solve_reusing`).
//!
//! Run: `cargo run --profile worker --example session_bench DATA_DIR`
//! (the `worker` profile is the one the browser's worker is built with).

use std::collections::BTreeMap;
use std::time::Instant;

use seimbang::i18n::Lang;
use seimbang::io::{HeaderMapping, InputFile};
use seimbang::model::Date;
use seimbang::session::{Decisions, PlanView, Request, Response, Session, TableView};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: session_bench DATA_DIR");
    let xlsx = std::fs::read(format!("{dir}/data.xlsx")).expect("DATA_DIR/data.xlsx");
    let mut session = Session::new(Date::new(2025, 7, 1).expect("date"));
    let time = |label: &str, f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        println!("{label:<28} {:>8.3} s", start.elapsed().as_secs_f64());
    };
    let file = InputFile::new("data.xlsx", xlsx);
    time("import (read + review)", &mut || {
        session.handle(
            Request::Import {
                mapping: HeaderMapping::new(),
            },
            vec![file.clone()],
        );
    });
    time("confirm", &mut || {
        session.handle(Request::ConfirmImport, vec![]);
    });
    time("overview", &mut || {
        session.handle(Request::Overview { lang: Lang::Id }, vec![]);
    });
    time("first table page (units)", &mut || {
        session.handle(
            Request::Rows {
                view: TableView::Units,
                search: String::new(),
                sort: None,
                offset: 0,
                limit: 120,
                lang: Lang::Id,
            },
            vec![],
        );
    });
    time("store workspace (refused)", &mut || {
        session.handle(
            Request::StoreWorkspace {
                max_chars: 4_500_000,
            },
            vec![],
        );
    });
    let mut plan = |label: &str, decisions: Decisions| -> PlanView {
        let mut response = Response::Empty;
        let request = Request::Plan {
            decisions,
            lang: Lang::Id,
        };
        time(label, &mut || {
            response = session.handle(request.clone(), vec![]);
        });
        match response {
            Response::Plan(v) => *v,
            other => panic!("expected a plan, got {other:?}"),
        }
    };
    let rows = plan("plan", Decisions::default()).rows;
    // A mover of the jabatan with the most moves, and one of the jabatan
    // with the fewest.
    let mut per_position: BTreeMap<&str, usize> = BTreeMap::new();
    for row in &rows {
        *per_position.entry(&row.position_code).or_default() += 1;
    }
    let by_moves = |pick: fn(usize, usize) -> bool| {
        rows.iter()
            .reduce(|a, b| {
                let (ma, mb) = (
                    per_position[&*a.position_code],
                    per_position[&*b.position_code],
                );
                if pick(mb, ma) { b } else { a }
            })
            .map(|r| r.nip.clone())
    };
    let (Some(big), Some(small)) = (by_moves(|b, a| b > a), by_moves(|b, a| b < a)) else {
        return;
    };
    let keep_big = Decisions {
        keep: vec![big.clone()],
        ..Decisions::default()
    };
    plan("keep one (largest jabatan)", keep_big);
    let keep_both = Decisions {
        keep: vec![big, small],
        ..Decisions::default()
    };
    plan("+ keep one (smallest jabatan)", keep_both);
    plan("decisions undone", Decisions::default());

    // The plan as the worker makes it with one helper: the jabatan dealt
    // into two shares, one solved here, one (through words) as the helper
    // would; the two solves run at once in the browser, so the plan takes
    // about the sharing plus the longer solve plus the answer.
    let mut shared = Session::new(Date::new(2025, 7, 1).expect("date"));
    shared.handle(
        Request::Import {
            mapping: HeaderMapping::new(),
        },
        vec![file],
    );
    shared.handle(Request::ConfirmImport, vec![]);
    shared.handle(Request::Overview { lang: Lang::Id }, vec![]);
    let request = Request::Plan {
        decisions: Decisions::default(),
        lang: Lang::Id,
    };
    let mut shares = Vec::new();
    time("shared: deal into 2 shares", &mut || {
        shares = shared.plan_shares(&request, 2);
    });
    let [here, there] = &shares[..] else {
        panic!("expected two shares, got {}", shares.len());
    };
    let mut words = Vec::new();
    time("shared: share to words", &mut || {
        words = there.to_words();
    });
    println!(
        "{:<28} {:>8.1} MB",
        "shared: share words",
        (words.len() * 4) as f64 / 1e6
    );
    time("shared: solve share 1 here", &mut || {
        shared.solve_share(here)
    });
    let mut answer = String::new();
    time("shared: helper solves share 2", &mut || {
        let share = seimbang::engine::Share::from_words(&words).expect("share");
        let plans = seimbang::engine::solve_share(&share).expect("plans");
        answer = serde_json::to_string(&plans).expect("json");
    });
    time("shared: accept + answer", &mut || {
        let plans = serde_json::from_str(&answer).expect("plans");
        shared.accept_share(there, plans);
        shared.handle(request.clone(), vec![]);
    });
    let mut reply = String::new();
    time("plan answer to JSON", &mut || {
        reply = serde_json::to_string(&shared.handle(request.clone(), vec![])).expect("json");
    });
    println!(
        "{:<28} {:>8.1} MB",
        "plan answer JSON",
        reply.len() as f64 / 1e6
    );
}
