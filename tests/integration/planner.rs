//! Planner rules and the reference scorer, hand-checked against
//! objective.md.

use seimbang::model::{
    AsnStatus, Coord, DataSet, Date, Employee, Need, Nip, Position, PositionKind, Rating, Settings,
    Tags, Unit,
};
use seimbang::planner::Context;
use seimbang::planner::rules::{Block, Note, months_of_years, wish_points, wish_rank};
use seimbang::planner::score::{PlannedMove, Violation, cell_cost, score_plan};

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn unit(code: &str, coord: Option<(f64, f64)>) -> Unit {
    Unit {
        code: code.into(),
        name: format!("Unit {code}"),
        parent: None,
        coord: coord.map(|(lat, lon)| Coord::new(lat, lon).unwrap()),
        remote: false,
    }
}

fn position(code: &str, tags: &str, bup: Option<u32>) -> Position {
    Position {
        code: code.into(),
        name: format!("Jabatan {code}"),
        kind: PositionKind::Pelaksana,
        class: None,
        min_education: None,
        competencies: Tags::parse(tags),
        retirement_age: bup,
    }
}

fn need(unit: &str, position: &str, fte: f64) -> Need {
    Need {
        unit: unit.into(),
        position: position.into(),
        workload_hours: None,
        fte: Some(fte),
        competencies: Tags::default(),
    }
}

/// An employee born 1980-01-01 (NIP digits 1–8), in post since 2015.
fn employee(nip_serial: u32, unit: &str, position: &str) -> Employee {
    Employee {
        nip: Nip::parse(&format!("19800101200501{:04}", nip_serial)).unwrap(),
        name: format!("Pegawai {nip_serial}"),
        unit: unit.into(),
        position: position.into(),
        status_given: None,
        grade: None,
        education: None,
        major: None,
        competencies: Tags::default(),
        birth_date_given: None,
        tmt_position: Some(date("2015-01-01")),
        rating: Some(Rating::Baik),
        domicile: None,
        locked: false,
        lock_reason: None,
        wishes: [None, None, None],
    }
}

fn data_set() -> DataSet {
    DataSet {
        units: vec![
            unit("A", Some((-7.0, 110.0))),
            unit("B", Some((-7.1, 110.0))),
            unit("C", None),
        ],
        positions: vec![position("PP", "arsip", None)],
        needs: vec![
            need("A", "PP", 1.0),
            need("B", "PP", 3.0),
            need("C", "PP", 0.5),
        ],
        tasks: vec![],
        employees: (0..4).map(|i| employee(i, "A", "PP")).collect(),
        settings: Settings {
            reference_date: Some(date("2025-07-01")),
            ..Settings::default()
        },
    }
}

#[test]
fn months_of_years_rounds_half_up() {
    assert_eq!(months_of_years(2.0), 24);
    assert_eq!(months_of_years(2.5), 30);
    assert_eq!(months_of_years(1.0 / 24.0), 1);
    assert_eq!(months_of_years(0.0), 0);
}

#[test]
fn exactly_the_minimum_tenure_is_enough_and_one_day_less_is_not() {
    let mut data = data_set();
    data.employees[0].tmt_position = Some(date("2023-07-01"));
    data.employees[1].tmt_position = Some(date("2023-07-02"));
    let ctx = Context::new(&data, date("2000-01-01"));
    assert!(ctx.eligibility[0].movable());
    assert_eq!(
        ctx.eligibility[1].blocks,
        vec![Block::Tenure {
            tmt: date("2023-07-02"),
            min_months: 24,
            movable_from: date("2025-07-02")
        }]
    );
}

#[test]
fn retirement_protection_is_inclusive_and_uses_the_positions_bup() {
    let mut data = data_set();
    // Retires at 58 on 2026-07-01 = reference + 12 months: protected.
    data.employees[0].birth_date_given = Some(date("1968-07-01"));
    // One day later: may move.
    data.employees[1].birth_date_given = Some(date("1968-07-02"));
    let ctx = Context::new(&data, date("2000-01-01"));
    assert!(matches!(
        ctx.eligibility[0].blocks[..],
        [Block::Retirement { age: 58, .. }]
    ));
    assert!(ctx.eligibility[1].movable());

    data.positions[0].retirement_age = Some(60);
    let ctx = Context::new(&data, date("2000-01-01"));
    assert!(
        ctx.eligibility[0].movable(),
        "bup 60 pushes retirement to 2028"
    );
}

#[test]
fn the_birth_date_comes_from_the_nip_when_the_column_is_empty() {
    let mut data = data_set();
    data.employees[0].nip = Nip::parse("196707012000031001").unwrap();
    let ctx = Context::new(&data, date("2000-01-01"));
    assert!(matches!(
        ctx.eligibility[0].blocks[..],
        [Block::Retirement { .. }]
    ));
    assert!(ctx.eligibility[0].notes.contains(&Note::PastRetirement));
}

#[test]
fn every_blocking_rule_is_listed_not_only_the_first() {
    let mut data = data_set();
    data.settings.pppk_may_move = false;
    data.settings.min_rating = Some(Rating::Baik);
    let e = &mut data.employees[0];
    e.locked = true;
    e.lock_reason = Some("tugas belajar".into());
    e.tmt_position = Some(date("2025-01-01"));
    e.status_given = Some(AsnStatus::Pppk);
    e.rating = Some(Rating::Kurang);
    let ctx = Context::new(&data, date("2000-01-01"));
    let blocks = &ctx.eligibility[0].blocks;
    assert_eq!(blocks.len(), 4, "{blocks:?}");
    assert!(blocks.contains(&Block::Locked {
        reason: Some("tugas belajar".into())
    }));
    assert!(blocks.contains(&Block::Pppk));
    assert!(blocks.contains(&Block::Rating {
        rating: Rating::Kurang,
        min: Rating::Baik
    }));
}

#[test]
fn pppk_status_comes_from_nip_digit_13_and_a_missing_rating_does_not_block() {
    let mut data = data_set();
    data.settings.pppk_may_move = false;
    data.settings.min_rating = Some(Rating::Baik);
    data.employees[0].nip = Nip::parse("198001012021212001").unwrap();
    data.employees[1].rating = None;
    let ctx = Context::new(&data, date("2000-01-01"));
    assert_eq!(ctx.eligibility[0].blocks, vec![Block::Pppk]);
    assert!(ctx.eligibility[1].movable());
    assert!(ctx.eligibility[1].notes.contains(&Note::MissingRating));
}

#[test]
fn rotation_is_due_on_the_day_and_never_without_tmt() {
    let mut data = data_set();
    data.employees[0].tmt_position = Some(date("2020-07-01"));
    data.employees[1].tmt_position = Some(date("2020-07-02"));
    data.employees[2].tmt_position = None;
    let ctx = Context::new(&data, date("2000-01-01"));
    assert!(ctx.eligibility[0].rotation_due);
    assert!(!ctx.eligibility[1].rotation_due);
    assert!(!ctx.eligibility[2].rotation_due);
    assert!(
        ctx.eligibility[2].movable(),
        "missing tmt counts as enough tenure"
    );
    assert!(ctx.eligibility[2].notes.contains(&Note::MissingTmt));
}

#[test]
fn a_unit_named_twice_earns_the_higher_wish_and_the_current_unit_earns_nothing() {
    let mut e = employee(0, "A", "PP");
    e.wishes = [Some("A".into()), Some("C".into()), Some("C".into())];
    assert_eq!(wish_rank(&e, "A"), None);
    assert_eq!(wish_rank(&e, "C"), Some(2));
    assert_eq!(wish_points(Some(2)), 2);
    assert_eq!(wish_points(Some(1)), 3);
    assert_eq!(wish_points(None), 0);
}

#[test]
fn the_score_of_a_small_plan_matches_a_hand_calculation() {
    let mut data = data_set();
    data.employees[0].wishes = [None, Some("B".into()), None];
    data.employees[0].competencies = Tags::parse("Arsip");
    let ctx = Context::new(&data, date("2000-01-01"));
    let b = ctx.index.unit("B").unwrap();
    let c = ctx.index.unit("C").unwrap();
    let moves = [
        PlannedMove {
            employee: 0,
            to_unit: b,
        },
        PlannedMove {
            employee: 1,
            to_unit: c,
        },
    ];
    let score = score_plan(&ctx, &moves);
    assert!(score.violations.is_empty(), "{:?}", score.violations);
    // Before: A has 4 for need 1 → 9; B 0 for 3 → 9/3 = 3; C 0 for 0.5 → 0.25.
    assert!((score.before.imbalance - 12.25).abs() < 1e-12);
    // After: A 2 → 1; B 1 → 4/3; C 1 → 0.25.
    assert!((score.after.imbalance - (1.0 + 4.0 / 3.0 + 0.25)).abs() < 1e-12);
    assert_eq!(score.after.moves, 2);
    assert_eq!(score.after.points, 2);
    // Employee 1 has no competencies and moves to C which requires `arsip`.
    assert_eq!(score.after.gaps, 1);
    // A→B is 0.1° of latitude ≈ 11.12 km; A→C has no coordinates: 0 km.
    assert!(
        (score.after.km - 11.119_492_664_455_873).abs() < 1e-9,
        "{}",
        score.after.km
    );
    assert_eq!(
        score.after.rotation_moves, 2,
        "both have been in post since 2015"
    );
    let w = data.settings.weights;
    let expected =
        1.0 + 4.0 / 3.0 + 0.25 + 2.0 * w.alpha + w.beta * score.after.km - 2.0 * w.gamma + w.zeta;
    assert!((score.total_after - expected).abs() < 1e-12);
}

#[test]
fn a_plan_that_breaks_rules_is_scored_and_every_break_is_named() {
    let mut data = data_set();
    data.employees[0].locked = true;
    data.settings.max_km = Some(5.0);
    let ctx = Context::new(&data, date("2000-01-01"));
    let a = ctx.index.unit("A").unwrap();
    let b = ctx.index.unit("B").unwrap();
    let moves = [
        PlannedMove {
            employee: 0,
            to_unit: b,
        },
        PlannedMove {
            employee: 1,
            to_unit: a,
        },
        PlannedMove {
            employee: 0,
            to_unit: b,
        },
    ];
    let score = score_plan(&ctx, &moves);
    assert!(
        score
            .violations
            .iter()
            .any(|v| matches!(v, Violation::NotMovable { move_index: 0, .. }))
    );
    assert!(
        score
            .violations
            .iter()
            .any(|v| matches!(v, Violation::BadTarget { move_index: 0, .. }))
    );
    assert!(
        score
            .violations
            .iter()
            .any(|v| matches!(v, Violation::BadTarget { move_index: 1, .. }))
    );
    assert!(
        score
            .violations
            .iter()
            .any(|v| matches!(v, Violation::MovedTwice { move_index: 2 }))
    );
}

#[test]
fn cells_take_their_need_from_tasks_then_hours_then_fte() {
    let mut data = data_set();
    data.needs[0].workload_hours = Some(2500.0); // A: 2 FTE, the fte column is ignored
    data.tasks.push(seimbang::model::Task {
        unit: "B".into(),
        position: "PP".into(),
        description: "Mengarsipkan surat".into(),
        output_unit: None,
        volume_per_year: 1500.0,
        minutes_per_unit: 50.0,
    });
    let ctx = Context::new(&data, date("2000-01-01"));
    let need_of = |u: &str| {
        let cell = ctx.index.cell(
            ctx.index.position("PP").unwrap(),
            ctx.index.unit(u).unwrap(),
        );
        ctx.index.cells[cell.unwrap()].need
    };
    assert_eq!(need_of("A"), 2.0);
    assert_eq!(need_of("B"), 1500.0 * 50.0 / 60.0 / 1250.0);
    assert_eq!(need_of("C"), 0.5);
    assert_eq!(cell_cost(2, 0.5), 2.25);
}

#[test]
fn codes_used_but_not_defined_follow_the_defined_ones_in_code_order() {
    let mut data = data_set();
    // Interleaved, repeated, and one defined code in between.
    for (i, (u, p)) in [
        ("ZZ", "PP"),
        ("AB", "KK"),
        ("ZZ", "KK"),
        ("A", "PP"),
        ("AB", "PP"),
    ]
    .into_iter()
    .enumerate()
    {
        data.employees.push(employee(100 + i as u32, u, p));
    }
    data.needs.push(need("M", "JJ", 1.0));
    let ctx = Context::new(&data, date("2000-01-01"));
    assert_eq!(ctx.index.unit_codes, ["A", "B", "C", "AB", "M", "ZZ"]);
    assert_eq!(ctx.index.position_codes, ["PP", "JJ", "KK"]);
    for (e, employee) in data.employees.iter().enumerate() {
        let cell = &ctx.index.cells[ctx.index.employee_cell[e]];
        assert_eq!(ctx.index.unit_codes[cell.unit], employee.unit);
        assert_eq!(ctx.index.position_codes[cell.position], employee.position);
    }
}

/// The cells left short and their best remaining candidate, by the plain
/// definition: every unmoved movable employee of the position is tried;
/// the lowest net cost wins, ties to the lowest employee index.
fn naive_short_cells(
    ctx: &Context<'_>,
    result: &seimbang::planner::plan::PlanResult,
) -> Vec<seimbang::planner::plan::ShortCell> {
    use seimbang::planner::plan::{ShortCell, ShortReason, move_cost};
    use seimbang::planner::rules::{check_target, move_parts};
    let cells = &ctx.index.cells;
    let staff = &result.score.staff_after;
    let moved: std::collections::BTreeSet<usize> =
        result.steps.iter().map(|s| s.employee).collect();
    let mut out = Vec::new();
    for (c, info) in cells.iter().enumerate() {
        let s = staff[c];
        if !info.has_need || f64::from(s) + 1.0 > info.need + 0.5 {
            continue;
        }
        let gain_here = cell_cost(s, info.need) - cell_cost(s + 1, info.need);
        let mut best: Option<(f64, usize, usize, f64, f64)> = None;
        for (e, &from) in ctx.index.employee_cell.iter().enumerate() {
            if !ctx.eligibility[e].movable()
                || moved.contains(&e)
                || cells[from].position != info.position
                || check_target(ctx.data, &ctx.index, &ctx.coords, e, c).is_err()
            {
                continue;
            }
            let loss_there = cell_cost(staff[from] - 1, cells[from].need)
                - cell_cost(staff[from], cells[from].need);
            let parts = move_parts(
                ctx.data,
                &ctx.index,
                &ctx.coords,
                e,
                c,
                ctx.eligibility[e].rotation_due,
            );
            let cost = move_cost(&ctx.data.settings.weights, &parts);
            let saved = gain_here - loss_there;
            if best.is_none_or(|b| cost - saved < b.0) {
                best = Some((cost - saved, e, from, saved, cost));
            }
        }
        out.push(ShortCell {
            cell: c,
            staff: s,
            need: info.need,
            reason: match best {
                None => ShortReason::NoEligibleCandidate,
                Some((_, employee, from_cell, imbalance_saved, move_cost)) => {
                    ShortReason::CostsMoreThanItSaves {
                        employee,
                        from_cell,
                        imbalance_saved,
                        move_cost,
                    }
                }
            },
        });
    }
    out
}

#[test]
fn short_cells_match_the_search_over_every_employee() {
    use seimbang::planner::plan::{PlanRequest, plan};
    use seimbang::synth::{SynthConfig, generate};
    for (employees, seed, max_km, delta, gamma) in [
        (400, 1, None, 0.0, 0.1),
        (1500, 2, None, 0.0, 0.1),
        (1500, 3, Some(15.0), 0.3, 0.1),
        (800, 4, Some(8.0), 0.0, 0.4),
    ] {
        let mut data = generate(&SynthConfig::new(employees, seed));
        data.settings.max_km = max_km;
        data.settings.weights.delta = delta;
        data.settings.weights.gamma = gamma;
        let ctx = Context::new(&data, date("2025-07-01"));
        let result = plan(&ctx, &PlanRequest::default()).unwrap();
        let expected = naive_short_cells(&ctx, &result);
        assert!(!expected.is_empty());
        assert_eq!(
            result.short_cells, expected,
            "{employees} employees, seed {seed}"
        );
    }
}

#[test]
fn lowering_groups_alike_employees_once_with_every_required_tag_they_hold() {
    use seimbang::planner::lower::{Pins, lower};
    use seimbang::synth::{SynthConfig, generate};
    let mut data = generate(&SynthConfig::new(1500, 5));
    // Other spellings of the same tags, and tags no cell requires.
    for (i, e) in data.employees.iter_mut().enumerate() {
        let field = e.competencies.to_field();
        e.competencies = match i % 3 {
            0 => Tags::parse(&format!("  {}; Bahasa Jawa", field.to_uppercase())),
            1 => Tags::parse(&format!("{field}, menjahit")),
            _ => e.competencies.clone(),
        };
    }
    let ctx = Context::new(&data, date("2025-07-01"));
    let lowered = lower(&ctx, &Pins::default()).unwrap();
    let problem = &lowered.problem;
    let mut checked = 0;
    for (group, members) in problem.groups.iter().zip(&lowered.members) {
        let position = ctx.index.cells[group.cell as usize].position;
        for (c, cell) in problem.cells.iter().enumerate() {
            if ctx.index.cells[c].position != position {
                continue;
            }
            let gaps = cell
                .required
                .iter()
                .filter(|t| group.competencies.binary_search(t).is_err())
                .count();
            for &e in members {
                let missing = data.employees[e]
                    .competencies
                    .missing(&ctx.index.cells[c].required);
                assert_eq!(gaps, missing.len(), "employee {e}, cell {c}");
                checked += usize::from(!ctx.index.cells[c].required.is_empty());
            }
        }
    }
    assert!(checked > 1000, "{checked}");
    // Alike employees make one group: every group's key is distinct.
    let keys: Vec<_> = problem
        .groups
        .iter()
        .map(|g| {
            (
                g.cell,
                g.rotation_due,
                &g.competencies,
                g.wishes,
                &g.forbidden,
            )
        })
        .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]));
}

/// `seimbang-cli plan --threads N` deals the jabatan between N threads, as
/// the app deals them between its worker and helpers: the plan and its
/// summary are the same bytes for every N, and a count below 1 is refused.
#[test]
fn the_cli_writes_the_same_plan_on_any_number_of_threads() {
    use crate::io_read::cli;
    let dir = std::env::temp_dir().join(format!("seimbang-cli-threads-{}", std::process::id()));
    let dir_text = dir.display().to_string();
    let (code, out, _) = cli(&[
        "demo",
        "--employees",
        "3000",
        "--seed",
        "11",
        "--out",
        &dir_text,
    ]);
    assert_eq!(code, Some(0), "{out}");
    // The CSV tables alone: data.xlsx holds the same tables again.
    std::fs::remove_file(dir.join("data.xlsx")).expect("demo wrote data.xlsx");
    let mut written: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    for threads in ["1", "2", "5"] {
        let plan = dir.join(format!("rencana-{threads}.csv"));
        let summary = dir.join(format!("summary-{threads}.json"));
        let (plan_text, summary_text) = (plan.display().to_string(), summary.display().to_string());
        let (code, out, err) = cli(&[
            "plan",
            &dir_text,
            "--threads",
            threads,
            "--today",
            "2026-12-07",
            "--out",
            &plan_text,
            "--summary",
            &summary_text,
        ]);
        assert_eq!(code, Some(0), "{out}{err}");
        assert!(out.contains("status   optimal"), "{out}");
        // The jabatan really were dealt between that many threads.
        let noun = if threads == "1" { "thread" } else { "threads" };
        assert!(
            err.contains(&format!("dealt between {threads} {noun})")),
            "{err}"
        );
        written.push((
            std::fs::read(&plan).expect("plan written"),
            std::fs::read(&summary).expect("summary written"),
        ));
    }
    let (code, _, _) = cli(&["plan", &dir_text, "--threads", "0"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_ne!(code, Some(0), "--threads 0 is refused");
    let moves = written[0].0.iter().filter(|&&b| b == b'\n').count();
    assert!(moves > 100, "the plan moves people: {moves} lines");
    for (threads, other) in ["2", "5"].iter().zip(&written[1..]) {
        assert!(other.0 == written[0].0, "rencana.csv on {threads} threads");
        assert!(other.1 == written[0].1, "summary.json on {threads} threads");
    }
}
