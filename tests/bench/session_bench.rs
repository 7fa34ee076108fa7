//! Benchmark (not a test): the worker's import path natively, step by
//! step, on a data set from `seimbang-cli demo`: read the files, confirm,
//! the overview (context, analysis, charts), the first table page.
//!
//! Run: `cargo run --profile worker --example session_bench DATA_DIR`
//! (the `worker` profile is the one the browser's worker is built with).

use std::time::Instant;

use seimbang::i18n::Lang;
use seimbang::io::{HeaderMapping, InputFile};
use seimbang::model::Date;
use seimbang::session::{Request, Session, TableView};

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
}
