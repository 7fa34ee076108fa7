//! The plan screen's session side, natively on the demo data set: planning
//! with decisions, stepping, the frontier, scenarios, downloads and scoring
//! a plan made elsewhere.

use std::collections::BTreeSet;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use seimbang::i18n::Lang;
use seimbang::io::{InputFile, read_plan};
use seimbang::model::{DataSet, Date, MoveStatus, PlanRow};
use seimbang::planner::Context;
use seimbang::planner::plan::{PlanRequest, plan};
use seimbang::planner::score::{PlannedMove, score_plan};
use seimbang::session::{
    Decisions, PlanSource, PlanStatus, PlanView, Request, Response, ScenarioComparison,
    ScenarioSummary, Session, StepView, plan_rows,
};

fn today() -> Date {
    Date::new(2025, 7, 1).unwrap()
}

fn demo_session() -> Session {
    let mut s = Session::new(today());
    assert_eq!(s.handle(Request::LoadDemo, vec![]), Response::Loaded);
    s
}

fn plan_view(s: &mut Session, decisions: Decisions, lang: Lang) -> PlanView {
    match s.handle(Request::Plan { decisions, lang }, vec![]) {
        Response::Plan(v) => *v,
        other => panic!("expected a plan, got {other:?}"),
    }
}

fn step(s: &mut Session, index: usize) -> StepView {
    match s.handle(
        Request::Step {
            index,
            lang: Lang::Id,
        },
        vec![],
    ) {
        Response::Step(v) => *v,
        other => panic!("expected a step, got {other:?}"),
    }
}

fn csv(s: &mut Session) -> Vec<u8> {
    match s.handle(Request::ExportPlanCsv, vec![]) {
        Response::Download { name, mime, bytes } => {
            assert_eq!(name, "rencana.csv");
            assert!(mime.starts_with("text/csv"));
            bytes
        }
        other => panic!("expected a download, got {other:?}"),
    }
}

fn moves_of(ctx: &Context<'_>, rows: &[PlanRow]) -> Vec<PlannedMove> {
    rows.iter()
        .filter(|r| r.status != MoveStatus::Ditolak)
        .map(|r| PlannedMove {
            employee: ctx
                .data
                .employees
                .iter()
                .position(|e| e.nip == r.nip)
                .expect("a known NIP"),
            to_unit: ctx.index.unit(&r.to_unit).expect("a known unit"),
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn demo() -> DataSet {
    seimbang::synth::demo_data_set()
}

#[test]
fn the_plan_is_the_planners_optimum_and_its_csv_scores_the_same() {
    let mut s = demo_session();
    let view = plan_view(&mut s, Decisions::default(), Lang::Id);
    let data = demo();
    let ctx = Context::new(&data, today());
    let direct = plan(&ctx, &PlanRequest::default()).unwrap();
    assert!(close(view.score_after, direct.score.total_after));
    assert!(close(view.score_before, direct.score.total_before));
    assert_eq!(view.moves, direct.steps.len());
    assert!(view.moves > 0, "the demo has something to balance");
    assert_eq!(view.status, PlanStatus::Optimal);
    assert_eq!(view.decision_cost, None);
    assert_eq!(view.optimum_score, Some(view.score_after));
    assert!(view.chart_before_after.starts_with("<svg"));
    assert!(view.cells_in_band_after >= view.cells_in_band_before);
    assert_eq!(view.rows.len(), view.moves);
    assert!(view.rows.iter().all(|r| !r.reason.is_empty()));

    let bytes = csv(&mut s);
    let (rows, problems) = read_plan(&InputFile::new("rencana.csv", bytes));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(rows.len(), view.moves);
    let scored = score_plan(&ctx, &moves_of(&ctx, &rows));
    assert!(scored.violations.is_empty());
    assert!(close(scored.total_after, view.score_after));
}

#[test]
fn each_language_shows_the_reasons_the_planner_words_for_its_steps() {
    let data = demo();
    let ctx = Context::new(&data, today());
    let direct = plan(&ctx, &PlanRequest::default()).unwrap();
    let mut s = demo_session();
    for lang in [Lang::Id, Lang::En, Lang::Id] {
        let view = plan_view(&mut s, Decisions::default(), lang);
        let expected = plan_rows(&ctx, &direct.steps, lang);
        assert!(!view.rows.is_empty());
        for (shown, row) in view.rows.iter().zip(&expected) {
            assert_eq!(
                (&shown.nip, &shown.reason),
                (&row.nip.as_str().to_string(), &row.reason),
                "{lang:?}"
            );
        }
        let page = match s.handle(
            Request::PlanRows {
                filter: String::new(),
                limit: usize::MAX,
                lang,
            },
            vec![],
        ) {
            Response::PlanRows(page) => page,
            other => panic!("expected plan rows, got {other:?}"),
        };
        assert_eq!(page.rows.len(), expected.len());
        for (shown, row) in page.rows.iter().zip(&expected) {
            assert_eq!(
                (&shown.nip, &shown.reason),
                (&row.nip.as_str().to_string(), &row.reason),
                "{lang:?}"
            );
        }
    }
    let (id, en) = (
        plan_rows(&ctx, &direct.steps, Lang::Id),
        plan_rows(&ctx, &direct.steps, Lang::En),
    );
    assert!(id.iter().zip(&en).all(|(a, b)| a.reason != b.reason));
}

#[test]
fn every_step_matches_the_score_of_its_prefix_and_the_last_is_the_plan() {
    let mut s = demo_session();
    let view = plan_view(&mut s, Decisions::default(), Lang::En);
    let data = demo();
    let ctx = Context::new(&data, today());
    let direct = plan(&ctx, &PlanRequest::default()).unwrap();
    let first = step(&mut s, 0);
    assert_eq!((first.index, first.total), (0, view.moves));
    assert!(first.applied.is_none() && first.detail.is_none());
    assert!(close(first.score_after, view.score_before));
    let moves: Vec<PlannedMove> = view
        .rows
        .iter()
        .map(|r| PlannedMove {
            employee: data
                .employees
                .iter()
                .position(|e| e.nip.as_str() == r.nip)
                .unwrap(),
            to_unit: ctx.index.unit(&r.to_unit_code).unwrap(),
        })
        .collect();
    for k in 1..=view.moves {
        let v = step(&mut s, k);
        assert_eq!(v.index, k);
        let prefix = score_plan(&ctx, &moves[..k]);
        assert!(
            close(v.score_after, prefix.total_after),
            "step {k}: {} vs {}",
            v.score_after,
            prefix.total_after
        );
        let applied = v.applied.as_ref().unwrap();
        assert_eq!(applied.step, k);
        let d = v.detail.as_ref().unwrap();
        assert_eq!(d.from.staff_after + 1, d.from.staff_before);
        assert_eq!(d.to.staff_after, d.to.staff_before + 1);
        let c = d.change;
        assert!(close(
            c.imbalance + c.moves + c.km + c.preference + c.rotation + c.competency,
            c.total
        ));
        assert!(v.chart.starts_with("<svg"));
    }
    assert_eq!(
        score_plan(&ctx, &moves).staff_after,
        direct.score.staff_after
    );
    let last = step(&mut s, view.moves + 5);
    assert_eq!(last.index, view.moves);
    assert!(close(last.score_after, view.score_after));
}

#[test]
fn the_csv_download_is_the_same_bytes_for_the_same_request() {
    let mut a = demo_session();
    plan_view(&mut a, Decisions::default(), Lang::Id);
    let first = csv(&mut a);
    let mut b = demo_session();
    plan_view(&mut b, Decisions::default(), Lang::En);
    assert_eq!(first, csv(&mut b));
    // Planning again with the same decisions gives the same bytes too.
    plan_view(
        &mut a,
        Decisions {
            budget: Some(3),
            ..Decisions::default()
        },
        Lang::Id,
    );
    plan_view(&mut a, Decisions::default(), Lang::Id);
    assert_eq!(first, csv(&mut a));
}

#[test]
fn keeping_a_moved_person_keeps_them() {
    let mut s = demo_session();
    let free = plan_view(&mut s, Decisions::default(), Lang::Id);
    let nip = free.rows[0].nip.clone();
    let kept = plan_view(
        &mut s,
        Decisions {
            keep: vec![nip.clone()],
            ..Decisions::default()
        },
        Lang::Id,
    );
    assert!(kept.rows.iter().all(|r| r.nip != nip));
    assert!(kept.decision_issues.is_empty());
    let cost = kept.decision_cost.unwrap();
    assert!(cost >= -1e-9, "a decision never beats the optimum: {cost}");
    assert!(close(kept.optimum_score.unwrap(), free.score_after));
}

#[test]
fn a_decision_after_a_plan_gives_the_same_bytes_as_planning_it_first() {
    // The second plan of `s` re-uses the first one's untouched jabatan.
    let mut s = demo_session();
    let free = plan_view(&mut s, Decisions::default(), Lang::Id);
    let decisions = Decisions {
        keep: vec![free.rows[0].nip.clone()],
        reject: vec![(free.rows[1].nip.clone(), free.rows[1].to_unit_code.clone())],
        ..Decisions::default()
    };
    let decided = plan_view(&mut s, decisions.clone(), Lang::Id);
    let mut fresh = demo_session();
    let direct = plan_view(&mut fresh, decisions, Lang::Id);
    assert_eq!(decided.rows, direct.rows);
    assert_eq!(csv(&mut s), csv(&mut fresh));
    // Undoing the decisions gives the first plan back.
    let again = plan_view(&mut s, Decisions::default(), Lang::Id);
    assert_eq!(again.rows, free.rows);
}

#[test]
fn a_rejected_move_is_not_in_the_new_plan() {
    let mut s = demo_session();
    let free = plan_view(&mut s, Decisions::default(), Lang::Id);
    let (nip, unit) = (free.rows[0].nip.clone(), free.rows[0].to_unit_code.clone());
    let view = plan_view(
        &mut s,
        Decisions {
            reject: vec![(nip.clone(), unit.clone())],
            ..Decisions::default()
        },
        Lang::Id,
    );
    assert!(
        view.rows
            .iter()
            .all(|r| !(r.nip == nip && r.to_unit_code == unit))
    );
}

#[test]
fn a_forced_move_is_in_the_plan_first_and_marked() {
    let mut s = demo_session();
    let free = plan_view(&mut s, Decisions::default(), Lang::Id);
    let data = demo();
    let ctx = Context::new(&data, today());
    // A movable employee the optimum leaves alone, sent to any legal unit.
    let moved: Vec<&str> = free.rows.iter().map(|r| r.nip.as_str()).collect();
    let (nip, unit) = (0..data.employees.len())
        .filter(|&e| {
            ctx.eligibility[e].movable() && !moved.contains(&data.employees[e].nip.as_str())
        })
        .find_map(|e| {
            let cell = ctx.index.employee_cell[e];
            let position = ctx.index.cells[cell].position;
            ctx.index.cells_of_position(position).find_map(|c| {
                seimbang::planner::rules::check_target(&data, &ctx.index, &ctx.coords, e, c)
                    .is_ok()
                    .then(|| {
                        (
                            data.employees[e].nip.as_str().to_string(),
                            ctx.index.unit_codes[ctx.index.cells[c].unit].clone(),
                        )
                    })
            })
        })
        .expect("the demo has a movable employee with a legal target");
    let view = plan_view(
        &mut s,
        Decisions {
            force: vec![(nip.clone(), unit.clone())],
            ..Decisions::default()
        },
        Lang::Id,
    );
    assert!(
        view.decision_issues.is_empty(),
        "{:?}",
        view.decision_issues
    );
    let first = &view.rows[0];
    assert_eq!((&first.nip, &first.to_unit_code), (&nip, &unit));
    assert!(first.forced);
    assert!(view.decision_cost.unwrap() >= -1e-9);
}

#[test]
fn a_locked_unit_has_no_move_in_or_out() {
    let mut s = demo_session();
    let free = plan_view(&mut s, Decisions::default(), Lang::Id);
    let unit = free.rows[0].from_unit_code.clone();
    let other = free.rows[0].to_unit_code.clone();
    let view = plan_view(
        &mut s,
        Decisions {
            locked_units: vec![unit.clone(), other.clone()],
            ..Decisions::default()
        },
        Lang::Id,
    );
    assert!(view.rows.iter().all(|r| {
        ![&unit, &other].contains(&&r.from_unit_code) && ![&unit, &other].contains(&&r.to_unit_code)
    }));
}

#[test]
fn unknown_nips_and_units_in_decisions_are_reported_in_both_languages() {
    let mut s = demo_session();
    let view = plan_view(
        &mut s,
        Decisions {
            keep: vec!["199001012020011999".into()],
            force: vec![("not a nip".into(), "NOWHERE".into())],
            locked_units: vec!["NOWHERE".into()],
            ..Decisions::default()
        },
        Lang::En,
    );
    assert_eq!(view.decision_issues.len(), 4, "{:?}", view.decision_issues);
    assert!(view.decision_issues[0][0].contains("199001012020011999"));
    assert!(view.decision_issues[0][1].contains("no employee"));
    assert!(
        view.decision_issues
            .iter()
            .any(|m| m[1].contains("NOWHERE"))
    );
    assert!(view.moves > 0, "the rest is still planned");
}

#[test]
fn forcing_a_blocked_employee_is_reported_and_the_rest_is_planned() {
    let mut s = demo_session();
    let data = demo();
    let ctx = Context::new(&data, today());
    let blocked = (0..data.employees.len())
        .find(|&e| !ctx.eligibility[e].movable())
        .expect("the demo has a blocked employee");
    let some_unit = ctx.index.unit_codes[0].clone();
    let view = plan_view(
        &mut s,
        Decisions {
            force: vec![(data.employees[blocked].nip.as_str().into(), some_unit)],
            ..Decisions::default()
        },
        Lang::Id,
    );
    assert_eq!(view.decision_issues.len(), 1, "{:?}", view.decision_issues);
    assert!(
        view.decision_issues[0][0].contains(data.employees[blocked].nip.as_str()),
        "{:?}",
        view.decision_issues
    );
    assert!(view.rows.iter().all(|r| !r.forced));
}

#[test]
fn a_budget_caps_the_moves_and_says_how_far_from_optimal() {
    let mut s = demo_session();
    let free = plan_view(&mut s, Decisions::default(), Lang::Id);
    let budget = (free.moves / 2).max(1) as u32;
    let view = plan_view(
        &mut s,
        Decisions {
            budget: Some(budget),
            ..Decisions::default()
        },
        Lang::Id,
    );
    assert!(view.moves <= budget as usize);
    match view.status {
        PlanStatus::Optimal => {}
        PlanStatus::Bounded { lower_bound, gap } => {
            assert!(lower_bound <= view.score_after + 1e-9 && gap >= 0.0)
        }
        PlanStatus::Scored => panic!("a computed plan is not merely scored"),
    }
    assert!(view.decision_cost.unwrap() >= -1e-9);
}

#[test]
fn new_data_or_settings_drop_the_plan() {
    let mut s = demo_session();
    plan_view(&mut s, Decisions::default(), Lang::Id);
    let settings = s.data().unwrap().settings.clone();
    s.handle(Request::SetSettings(Box::new(settings)), vec![]);
    assert!(matches!(
        s.handle(Request::ExportPlanCsv, vec![]),
        Response::Failed { .. }
    ));
    plan_view(&mut s, Decisions::default(), Lang::Id);
    s.handle(Request::LoadDemo, vec![]);
    assert!(matches!(
        s.handle(
            Request::Step {
                index: 0,
                lang: Lang::Id
            },
            vec![]
        ),
        Response::Failed { .. }
    ));
    s.handle(Request::Clear, vec![]);
    assert_eq!(
        s.handle(Request::ShowPlan { lang: Lang::Id }, vec![]),
        Response::Empty
    );
}

fn scenarios(s: &mut Session, request: Request) -> Vec<ScenarioSummary> {
    match s.handle(request, vec![]) {
        Response::Scenarios(list) => list,
        other => panic!("expected scenarios, got {other:?}"),
    }
}

fn comparison(s: &mut Session, a: &str, b: &str, lang: Lang) -> ScenarioComparison {
    let request = Request::CompareScenarios {
        a: a.into(),
        b: b.into(),
        lang,
    };
    match s.handle(request, vec![]) {
        Response::Comparison(c) => *c,
        other => panic!("expected a comparison, got {other:?}"),
    }
}

#[test]
fn the_frontier_falls_to_the_optimum_and_marks_the_current_plan() {
    let mut s = demo_session();
    let free = plan_view(&mut s, Decisions::default(), Lang::Id);
    let view = match s.handle(Request::Frontier { lang: Lang::En }, vec![]) {
        Response::Frontier(v) => *v,
        other => panic!("expected a frontier, got {other:?}"),
    };
    assert_eq!(view.points[0].moves, 0);
    assert!(close(view.points[0].score, free.score_before));
    assert_eq!(view.optimum_moves as usize, free.moves);
    let last = view.points.last().unwrap();
    assert!(last.exact && close(last.score, free.score_after));
    assert!(
        view.points
            .windows(2)
            .all(|w| w[1].score <= w[0].score + 1e-9)
    );
    assert!(view.points.iter().all(|p| p.lower_bound <= p.score + 1e-9));
    assert_eq!(view.chosen_moves, Some(free.moves as u64));
    assert!(view.chart.starts_with("<svg") && view.chart.contains("current plan"));
    // Adopting a point is planning with its move count as the budget.
    let k = view.points[view.points.len() / 2];
    let adopted = plan_view(
        &mut s,
        Decisions {
            budget: Some(k.moves as u32),
            ..Decisions::default()
        },
        Lang::Id,
    );
    assert!(adopted.moves as u64 <= k.moves);
    assert!(adopted.score_after <= k.score + 1e-6);
}

#[test]
fn scenarios_are_saved_compared_and_survive_the_workspace() {
    let mut s = demo_session();
    assert!(matches!(
        s.handle(Request::SaveScenario { name: "A".into() }, vec![]),
        Response::Failed { .. }
    ));
    let free = plan_view(&mut s, Decisions::default(), Lang::Id);
    let list = scenarios(
        &mut s,
        Request::SaveScenario {
            name: "Optimal".into(),
        },
    );
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].moves, free.moves);
    assert!(close(list[0].score_after, free.score_after));
    assert_eq!(list[0].problems, 0);
    let budget = (free.moves / 2) as u32;
    let half = plan_view(
        &mut s,
        Decisions {
            budget: Some(budget),
            ..Decisions::default()
        },
        Lang::Id,
    );
    let list = scenarios(
        &mut s,
        Request::SaveScenario {
            name: "Half".into(),
        },
    );
    assert_eq!(list.len(), 2);
    let cmp = comparison(&mut s, "Optimal", "Half", Lang::En);
    assert_eq!(cmp.a.moves, free.moves);
    assert_eq!(cmp.b.moves, half.moves);
    assert_eq!(cmp.only_a + cmp.both, free.moves);
    assert_eq!(cmp.only_b + cmp.both, half.moves);
    assert!(close(cmp.b.score_after, half.score_after));
    assert!(cmp.units.iter().all(|u| u.staff_a != u.staff_b));
    // The chart draws those units, named after both scenarios.
    let chart = cmp.chart.as_deref().expect("the scenarios differ");
    assert!(chart.starts_with("<svg"));
    assert!(chart.contains("Staff per unit: Optimal and Half"));
    assert!(cmp.units.iter().all(|u| {
        let label = seimbang::charts::shorten(&u.unit_name, 30).replace('&', "&amp;");
        chart.contains(&label)
    }));
    assert!(
        cmp.units
            .windows(2)
            .all(|w| w[0].staff_a.abs_diff(w[0].staff_b) >= w[1].staff_a.abs_diff(w[1].staff_b))
    );
    // A scenario against itself: nothing differs, so no chart.
    let same = comparison(&mut s, "Half", "Half", Lang::Id);
    assert!(same.units.is_empty());
    assert_eq!(same.chart, None);
    assert!(matches!(
        s.handle(
            Request::CompareScenarios {
                a: "Optimal".into(),
                b: "Nope".into(),
                lang: Lang::En
            },
            vec![]
        ),
        Response::Failed { .. }
    ));

    // Export and restore: the scenarios come back, the plan does not.
    let json = match s.handle(Request::ExportWorkspace, vec![]) {
        Response::Workspace { json } => json,
        other => panic!("expected a workspace, got {other:?}"),
    };
    let mut t = Session::new(today());
    assert_eq!(
        t.handle(Request::Restore { json: json.clone() }, vec![]),
        Response::Loaded
    );
    let restored = scenarios(&mut t, Request::Scenarios);
    assert_eq!(restored, scenarios(&mut s, Request::Scenarios));
    assert_eq!(restored[0].decisions, Some(Decisions::default()));
    let half_decisions = Decisions {
        budget: Some(budget),
        ..Decisions::default()
    };
    assert_eq!(restored[1].decisions, Some(half_decisions.clone()));
    // The last decisions come back too, and planning with a scenario's
    // decisions gives that scenario again.
    assert_eq!(
        t.handle(Request::Decisions, vec![]),
        Response::Decisions(Box::new(half_decisions.clone()))
    );
    let again = plan_view(&mut t, half_decisions, Lang::Id);
    assert!(close(again.score_after, restored[1].score_after));
    // The same through a workspace file import.
    let mut u = Session::new(today());
    u.handle(
        Request::Import {
            mapping: Default::default(),
        },
        vec![InputFile::new("kerja.json", json.into_bytes())],
    );
    assert_eq!(u.handle(Request::ConfirmImport, vec![]), Response::Loaded);
    assert_eq!(scenarios(&mut u, Request::Scenarios).len(), 2);

    let list = scenarios(
        &mut s,
        Request::DeleteScenario {
            name: "Optimal".into(),
        },
    );
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].name, "Half");
    s.handle(Request::LoadDemo, vec![]);
    assert!(scenarios(&mut s, Request::Scenarios).is_empty());
}

#[test]
fn a_scored_plan_from_a_file_becomes_the_current_plan() {
    let mut s = demo_session();
    let free = plan_view(&mut s, Decisions::default(), Lang::Id);
    let bytes = csv(&mut s);
    let mut t = demo_session();
    let score_file = |t: &mut Session| match t.handle(
        Request::ScorePlan { lang: Lang::Id },
        vec![InputFile::new("rencana.csv", bytes.clone())],
    ) {
        Response::Plan(v) => *v,
        other => panic!("expected a plan, got {other:?}"),
    };
    // Not solved just to score a file; known once a plan was computed.
    assert_eq!(score_file(&mut t).optimum_score, None);
    plan_view(&mut t, Decisions::default(), Lang::En);
    let view = match t.handle(
        Request::ScorePlan { lang: Lang::Id },
        vec![InputFile::new("rencana.csv", bytes.clone())],
    ) {
        Response::Plan(v) => *v,
        other => panic!("expected a plan, got {other:?}"),
    };
    assert_eq!(view.status, PlanStatus::Scored);
    assert_eq!(
        view.source,
        PlanSource::Imported {
            file: "rencana.csv".into()
        }
    );
    assert!(view.violations.is_empty(), "{:?}", view.violations);
    assert!(close(view.score_after, free.score_after));
    assert_eq!(view.moves, free.moves);
    assert_eq!(
        view.optimum_score.map(|o| close(o, free.score_after)),
        Some(true)
    );
    assert!(close(
        step(&mut t, view.moves).score_after,
        free.score_after
    ));
    assert_eq!(csv(&mut t), bytes);
}

#[test]
fn a_bad_plan_lists_every_broken_rule_with_row_and_nip() {
    let mut s = demo_session();
    let data = demo();
    let ctx = Context::new(&data, today());
    let blocked = (0..data.employees.len())
        .find(|&e| !ctx.eligibility[e].movable())
        .unwrap();
    let movable = (0..data.employees.len())
        .find(|&e| ctx.eligibility[e].movable())
        .unwrap();
    let e = &data.employees;
    let other_unit = |i: usize| {
        ctx.index
            .unit_codes
            .iter()
            .find(|u| **u != e[i].unit)
            .unwrap()
            .clone()
    };
    let text = format!(
        "nip,nama,kode_jabatan,dari_unit,ke_unit,jarak_km,pilihan,alasan,status\n\
         {},{},{},{},{},,,,usulan\n\
         {},{},{},{},NOWHERE,,,,usulan\n\
         199001012020011999,Nobody,X,A,B,,,,usulan\n\
         {},{},{},{},{},,,,usulan\n",
        e[blocked].nip.as_str(),
        e[blocked].name,
        e[blocked].position,
        e[blocked].unit,
        other_unit(blocked),
        e[movable].nip.as_str(),
        e[movable].name,
        e[movable].position,
        e[movable].unit,
        e[blocked].nip.as_str(),
        e[blocked].name,
        e[blocked].position,
        e[blocked].unit,
        other_unit(blocked),
    );
    let view = match s.handle(
        Request::ScorePlan { lang: Lang::En },
        vec![InputFile::new("rencana.csv", text.into_bytes())],
    ) {
        Response::Plan(v) => *v,
        other => panic!("expected a plan, got {other:?}"),
    };
    let all = view.violations.join("\n");
    assert!(all.contains("Row 2") && all.contains("may not"), "{all}");
    assert!(all.contains(e[blocked].nip.as_str()), "{all}");
    assert!(all.contains("Row 3") && all.contains("NOWHERE"), "{all}");
    assert!(
        all.contains("Row 4") && all.contains("199001012020011999"),
        "{all}"
    );
    assert!(
        all.contains("Row 5") && all.contains("earlier row"),
        "{all}"
    );
    // Stepping and export work on what could be read.
    assert!(step(&mut s, 1).applied.is_some());
    assert!(!csv(&mut s).is_empty());
}

#[test]
fn the_report_download_is_a_workbook_and_the_same_bytes_twice() {
    let mut s = demo_session();
    plan_view(&mut s, Decisions::default(), Lang::Id);
    let report = |s: &mut Session, lang| match s.handle(Request::ExportReport { lang }, vec![]) {
        Response::Download { name, mime, bytes } => {
            assert!(name.ends_with(".xlsx") && mime.contains("spreadsheetml"));
            bytes
        }
        other => panic!("expected a download, got {other:?}"),
    };
    let a = report(&mut s, Lang::Id);
    assert!(a.starts_with(b"PK"));
    assert_eq!(a, report(&mut s, Lang::Id));
    let en = report(&mut s, Lang::En);
    assert_ne!(a, en);
    // Each workbook's plan sheet gives every move the reason the planner
    // words in its language.
    let data = demo();
    let ctx = Context::new(&data, today());
    let steps = plan(&ctx, &PlanRequest::default()).unwrap().steps;
    for (lang, bytes) in [(Lang::Id, a), (Lang::En, en)] {
        let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
        let first = workbook.sheet_names()[0].clone();
        let texts: BTreeSet<String> = workbook
            .worksheet_range(&first)
            .unwrap()
            .rows()
            .flatten()
            .filter_map(|cell| match cell {
                Data::String(text) => Some(text.clone()),
                _ => None,
            })
            .collect();
        let rows = plan_rows(&ctx, &steps, lang);
        assert!(!rows.is_empty());
        for row in rows {
            assert!(texts.contains(&row.reason), "{lang:?}: {}", row.reason);
        }
    }
}

#[test]
fn a_plan_without_moves_still_charts_the_units_furthest_from_their_need() {
    let mut s = demo_session();
    for (lang, label) in [(Lang::Id, "tanpa mutasi"), (Lang::En, "no move")] {
        let view = plan_view(
            &mut s,
            Decisions {
                budget: Some(0),
                ..Decisions::default()
            },
            lang,
        );
        assert_eq!(view.moves, 0);
        let chart = &view.chart_before_after;
        assert!(chart.contains(label), "{lang:?}: {chart}");
        // Bars are drawn: the chart is not empty.
        assert!(chart.matches("<rect").count() > 10, "{lang:?}: {chart}");
    }
}

#[test]
fn a_plan_after_new_settings_is_the_plan_a_fresh_session_makes_with_them() {
    let mut s = demo_session();
    let before = plan_view(&mut s, Decisions::default(), Lang::Id);
    // Five years on, everyone has served the two years in post, and some
    // reach the retirement protection: other people may move.
    let mut settings = s.data().unwrap().settings.clone();
    settings.reference_date = Some(Date::new(2030, 7, 1).unwrap());
    assert_eq!(
        s.handle(Request::SetSettings(Box::new(settings.clone())), vec![]),
        Response::Loaded
    );
    let after = plan_view(&mut s, Decisions::default(), Lang::Id);

    let mut fresh = demo_session();
    fresh.handle(Request::SetSettings(Box::new(settings)), vec![]);
    assert_eq!(after, plan_view(&mut fresh, Decisions::default(), Lang::Id));
    assert_ne!(after.rows, before.rows);
}

/// Plans `decisions` as the worker does with helpers: the first share here,
/// the others as words, their answers as JSON, as between the worker and its
/// helpers, then the request.
fn plan_shared(s: &mut Session, decisions: Decisions, parts: usize) -> (usize, PlanView) {
    let request = Request::Plan {
        decisions,
        lang: Lang::Id,
    };
    let shares = s.plan_shares(&request, parts);
    if let Some((here, elsewhere)) = shares.split_first() {
        s.solve_share(here);
        for share in elsewhere {
            let sent = seimbang::engine::Share::from_words(&share.to_words()).unwrap();
            let plans = seimbang::engine::solve_share(&sent).unwrap();
            let plans = serde_json::from_str(&serde_json::to_string(&plans).unwrap()).unwrap();
            assert!(s.accept_share(share, plans) > 0);
        }
    }
    match s.handle(request, vec![]) {
        Response::Plan(v) => (shares.len(), *v),
        other => panic!("expected a plan, got {other:?}"),
    }
}

#[test]
fn a_plan_shared_out_to_helpers_is_the_plan_and_the_bytes_of_one_worker() {
    for parts in [2, 3] {
        let mut s = demo_session();
        let (shared, free) = plan_shared(&mut s, Decisions::default(), parts);
        assert_eq!(
            shared, parts,
            "the demo has jabatan enough for {parts} shares"
        );
        let mut alone = demo_session();
        assert_eq!(free, plan_view(&mut alone, Decisions::default(), Lang::Id));
        assert_eq!(csv(&mut s), csv(&mut alone));
        // The same plan again is shown, not shared out; a decision shares
        // only the jabatan it changes: one, so nothing to split.
        let request = Request::Plan {
            decisions: Decisions::default(),
            lang: Lang::Id,
        };
        assert!(s.plan_shares(&request, parts).is_empty());
        let decisions = Decisions {
            keep: vec![free.rows[0].nip.clone()],
            ..Decisions::default()
        };
        let (shared, kept) = plan_shared(&mut s, decisions.clone(), parts);
        assert_eq!(shared, 1);
        assert_eq!(kept, plan_view(&mut alone, decisions, Lang::Id));
        // A move budget is solved as a whole, never shared.
        let budget = Request::Plan {
            decisions: Decisions {
                budget: Some(2),
                ..Decisions::default()
            },
            lang: Lang::Id,
        };
        assert!(s.plan_shares(&budget, parts).is_empty());
        assert!(s.plan_shares(&Request::Scenarios, parts).is_empty());
    }
}
