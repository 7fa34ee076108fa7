//! The session behind the screens, natively: demo, import review, confirm,
//! table pages, workspace round trip, and that a bad import never touches
//! the data already loaded.

use seimbang::i18n::Lang;
use seimbang::io::{HeaderMapping, InputFile};
use seimbang::model::Date;
use seimbang::session::{Request, Response, Session, TableView};

fn session() -> Session {
    Session::new(Date::new(2025, 7, 1).unwrap())
}

fn overview(s: &mut Session, lang: Lang) -> seimbang::session::Overview {
    match s.handle(Request::Overview { lang }, vec![]) {
        Response::Overview(o) => *o,
        other => panic!("expected an overview, got {other:?}"),
    }
}

fn example_files() -> Vec<InputFile> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/examples/contoh-n30");
    [
        "unit",
        "jabatan",
        "kebutuhan",
        "uraian_tugas",
        "pegawai",
        "pengaturan",
    ]
    .iter()
    .map(|t| {
        InputFile::new(
            format!("{t}.csv"),
            std::fs::read(dir.join(format!("{t}.csv"))).unwrap(),
        )
    })
    .collect()
}

#[test]
fn the_demo_loads_with_counts_and_charts_in_both_languages() {
    let mut s = session();
    assert_eq!(
        s.handle(Request::Overview { lang: Lang::Id }, vec![]),
        Response::Empty
    );
    assert_eq!(s.handle(Request::LoadDemo, vec![]), Response::Loaded);
    let id = overview(&mut s, Lang::Id);
    assert_eq!(id.employees, 300);
    assert!(
        id.units >= 30 && id.cells > 100,
        "{} units, {} cells",
        id.units,
        id.cells
    );
    assert!(
        id.chart_ej_profile.starts_with("<svg")
            && id.chart_ej_profile.contains("Efektivitas jabatan")
    );
    let en = overview(&mut s, Lang::En);
    assert!(en.chart_ej_profile.contains("Position effectiveness"));
    assert_eq!(id.movable + id.blocked, 300);
}

#[test]
fn table_pages_search_and_sort_without_sending_every_row() {
    let mut s = session();
    s.handle(Request::LoadDemo, vec![]);
    let page = |s: &mut Session, search: &str, sort| match s.handle(
        Request::Rows {
            view: TableView::Employees,
            search: search.into(),
            sort,
            offset: 0,
            limit: 25,
            lang: Lang::Id,
        },
        vec![],
    ) {
        Response::Rows(p) => p,
        other => panic!("{other:?}"),
    };
    let all = page(&mut s, "", None);
    assert_eq!((all.total, all.rows.len()), (300, 25));
    let name = all.rows[3][1].clone();
    let found = page(&mut s, &name.to_uppercase(), None);
    assert!(found.total >= 1 && found.rows.iter().any(|r| r[1] == name));
    let sorted = page(&mut s, "", Some((1, true)));
    let names: Vec<String> = sorted.rows.iter().map(|r| r[1].to_lowercase()).collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    let blocked = match s.handle(
        Request::Rows {
            view: TableView::Blocked,
            search: String::new(),
            sort: None,
            offset: 0,
            limit: 5,
            lang: Lang::En,
        },
        vec![],
    ) {
        Response::Rows(p) => p,
        other => panic!("{other:?}"),
    };
    assert!(
        blocked.total > 0 && !blocked.rows[0][4].is_empty(),
        "every blocked row says why"
    );
}

#[test]
fn a_bad_import_is_reviewed_and_leaves_the_loaded_data_untouched() {
    let mut s = session();
    s.handle(Request::LoadDemo, vec![]);
    let before = s.data().cloned();
    let bad = InputFile::new(
        "pegawai.csv",
        b"nip,nama,kode_unit,kode_jabatan\n1.98E+17,Budi,X,Y\n".to_vec(),
    );
    let review = match s.handle(
        Request::Import {
            mapping: HeaderMapping::new(),
        },
        vec![bad],
    ) {
        Response::Review(r) => r,
        other => panic!("{other:?}"),
    };
    assert!(review.errors > 0);
    assert!(
        review
            .problems
            .iter()
            .any(|p| p.row == Some(2) && p.column.as_deref() == Some("nip"))
    );
    assert!(matches!(
        s.handle(Request::ConfirmImport, vec![]),
        Response::Failed { .. }
    ));
    assert_eq!(s.data().cloned(), before, "the demo data stays");
}

#[test]
fn a_clean_import_replaces_the_data_only_when_confirmed() {
    let mut s = session();
    s.handle(Request::LoadDemo, vec![]);
    match s.handle(
        Request::Import {
            mapping: HeaderMapping::new(),
        },
        example_files(),
    ) {
        Response::Review(r) => assert_eq!(r.errors, 0, "{:?}", r.problems),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        overview(&mut s, Lang::Id).employees,
        300,
        "not yet confirmed"
    );
    assert_eq!(s.handle(Request::ConfirmImport, vec![]), Response::Loaded);
    assert_eq!(overview(&mut s, Lang::Id).employees, 30);
}

#[test]
fn the_workspace_round_trips_and_clear_forgets_everything() {
    let mut s = session();
    s.handle(Request::LoadDemo, vec![]);
    let json = match s.handle(Request::ExportWorkspace, vec![]) {
        Response::Workspace { json } => json,
        other => panic!("{other:?}"),
    };
    let before = s.data().cloned();
    assert_eq!(s.handle(Request::Clear, vec![]), Response::Empty);
    assert!(s.data().is_none());
    assert_eq!(
        s.handle(Request::Restore { json }, vec![]),
        Response::Loaded
    );
    assert_eq!(s.data().cloned(), before);
    assert!(matches!(
        s.handle(
            Request::Restore {
                json: "{not json".into()
            },
            vec![]
        ),
        Response::Failed { .. }
    ));
    assert_eq!(
        s.data().cloned(),
        before,
        "a broken stored copy does not replace the data"
    );
}

#[test]
fn the_workspace_is_stored_only_when_it_fits_and_downloads_as_a_file_that_restores() {
    let mut s = session();
    assert_eq!(
        s.handle(
            Request::StoreWorkspace {
                max_chars: 1_000_000_000
            },
            vec![]
        ),
        Response::Empty
    );
    s.handle(Request::LoadDemo, vec![]);
    // 300 employees cannot fit in 1,000 characters: refused without
    // serialising, so the page says "memory only" at once.
    assert!(matches!(
        s.handle(Request::StoreWorkspace { max_chars: 1_000 }, vec![]),
        Response::TooLarge { .. }
    ));
    let json = match s.handle(
        Request::StoreWorkspace {
            max_chars: 1_000_000_000,
        },
        vec![],
    ) {
        Response::Workspace { json } => json,
        other => panic!("expected the workspace, got {other:?}"),
    };
    let bytes = match s.handle(Request::DownloadWorkspace, vec![]) {
        Response::Download { name, mime, bytes } => {
            assert!(name.ends_with(".json"));
            assert_eq!(mime, "application/json");
            bytes
        }
        other => panic!("expected a download, got {other:?}"),
    };
    assert_eq!(
        bytes,
        json.as_bytes(),
        "the stored and the downloaded document are one"
    );
    let mut restored = session();
    let review = restored.handle(
        Request::Import {
            mapping: HeaderMapping::new(),
        },
        vec![InputFile::new("seimbang-ruang-kerja.json", bytes)],
    );
    assert!(matches!(review, Response::Review(r) if r.errors == 0));
    assert_eq!(
        restored.handle(Request::ConfirmImport, vec![]),
        Response::Loaded
    );
    assert_eq!(restored.data(), s.data());
}

#[test]
fn a_workspace_that_fits_exactly_is_stored_and_one_byte_less_reports_its_exact_length() {
    let mut s = session();
    s.handle(Request::LoadDemo, vec![]);
    let data = s.data().expect("the demo is loaded").clone();
    let whole = seimbang::io::workspace::to_json(&seimbang::io::workspace::Workspace::new(data));
    let json = match s.handle(
        Request::StoreWorkspace {
            max_chars: whole.len(),
        },
        vec![],
    ) {
        Response::Workspace { json } => json,
        other => panic!("expected the workspace, got {other:?}"),
    };
    assert_eq!(json.as_bytes(), whole.as_slice());
    assert_eq!(
        s.handle(
            Request::StoreWorkspace {
                max_chars: whole.len() - 1,
            },
            vec![],
        ),
        Response::TooLarge { chars: whole.len() }
    );
}

#[test]
fn the_overview_prepared_while_an_import_waits_is_the_one_computed_after_confirming() {
    let import = |s: &mut Session| match s.handle(
        Request::Import {
            mapping: HeaderMapping::new(),
        },
        example_files(),
    ) {
        Response::Review(r) => assert_eq!(r.errors, 0, "{:?}", r.problems),
        other => panic!("expected a review, got {other:?}"),
    };
    let mut plain = session();
    import(&mut plain);
    assert_eq!(
        plain.handle(Request::ConfirmImport, vec![]),
        Response::Loaded
    );
    let expected_en = overview(&mut plain, Lang::En);
    let expected_id = overview(&mut plain, Lang::Id);

    let mut prepared = session();
    // The last language asked for is the one prepared.
    assert_eq!(
        prepared.handle(Request::Overview { lang: Lang::En }, vec![]),
        Response::Empty
    );
    import(&mut prepared);
    prepared.idle();
    prepared.idle();
    assert_eq!(
        prepared.handle(Request::ConfirmImport, vec![]),
        Response::Loaded
    );
    assert_eq!(overview(&mut prepared, Lang::En), expected_en);
    assert_eq!(overview(&mut prepared, Lang::Id), expected_id);
    assert_eq!(overview(&mut prepared, Lang::En), expected_en);

    // Settings change the picture: the kept overview is not reused.
    let mut settings = plain.data().expect("loaded").settings.clone();
    settings.effective_hours = 1000.0;
    assert_eq!(
        prepared.handle(Request::SetSettings(Box::new(settings.clone())), vec![]),
        Response::Loaded
    );
    assert_eq!(
        plain.handle(Request::SetSettings(Box::new(settings.clone())), vec![]),
        Response::Loaded
    );
    assert_eq!(
        overview(&mut prepared, Lang::En),
        overview(&mut plain, Lang::En)
    );
    assert_ne!(overview(&mut prepared, Lang::En), expected_en);

    // A discarded import leaves nothing prepared behind.
    import(&mut prepared);
    prepared.idle();
    assert_eq!(
        prepared.handle(Request::DiscardImport, vec![]),
        Response::Loaded
    );
    assert_eq!(
        overview(&mut prepared, Lang::En),
        overview(&mut plain, Lang::En)
    );
}
