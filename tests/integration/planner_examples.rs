//! The shared example data sets with their known optimum
//! (`shared/examples`, copied into `tests/fixtures/examples`): the reference
//! scorer reproduces the published scores, and the planner finds a plan
//! with the optimal score.

use std::path::PathBuf;

use seimbang::io::{HeaderMapping, InputFile, read_data};
use seimbang::model::{DataSet, Date};
use seimbang::planner::Context;
use seimbang::planner::plan::{PlanRequest, plan};
use seimbang::planner::score::{PlannedMove, score_plan};

fn example_dir(name: &str) -> PathBuf {
    let local = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/examples").join(name);
    if local.is_dir() {
        return local;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/examples").join(name)
}

fn load(name: &str) -> DataSet {
    let dir = example_dir(name);
    let mut files = Vec::new();
    for table in ["unit", "jabatan", "kebutuhan", "uraian_tugas", "pegawai", "pengaturan"] {
        let path = dir.join(format!("{table}.csv"));
        files.push(InputFile::new(format!("{table}.csv"), std::fs::read(&path).unwrap()));
    }
    let import = read_data(&files, &HeaderMapping::new());
    assert!(!import.has_errors(), "{:?}", import.problems);
    import.data
}

fn optimum(name: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(example_dir(name).join("optimum.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn relative_gap(score: f64, best: f64) -> f64 {
    (score - best) / best.abs().max(1.0)
}

/// Any date: the examples set `tanggal_acuan`.
fn unused_today() -> Date {
    Date::new(2000, 1, 1).unwrap()
}

fn check_published_plan_scores(name: &str) {
    let data = load(name);
    let ctx = Context::new(&data, unused_today());
    let expected = optimum(name);
    let text = std::fs::read(example_dir(name).join("rencana-optimal.csv")).unwrap();
    let (rows, problems) = seimbang::io::read_plan(&InputFile::new("rencana-optimal.csv", text));
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    let moves: Vec<PlannedMove> = rows
        .iter()
        .map(|r| PlannedMove {
            employee: data.employees.iter().position(|e| e.nip == r.nip).unwrap(),
            to_unit: ctx.index.unit(&r.to_unit).unwrap(),
        })
        .collect();
    let score = score_plan(&ctx, &moves);
    assert!(score.violations.is_empty(), "{:?}", score.violations);
    let f = |k: &str| expected[k].as_f64().unwrap();
    assert!((score.total_before - f("score_before")).abs() < 1e-9, "{} vs {}", score.total_before, f("score_before"));
    assert!((score.total_after - f("score")).abs() < 1e-9, "{} vs {}", score.total_after, f("score"));
    assert!((score.after.imbalance - f("imbalance_after")).abs() < 1e-9);
    assert!((score.after.km - f("km")).abs() < 1e-9);
    assert_eq!(f64::from(score.after.moves), f("moves"));
    assert_eq!(f64::from(score.after.points), f("preference_points"));
    assert_eq!(f64::from(score.after.rotation_moves), f("rotation_due_moves"));
    assert_eq!(f64::from(score.after.gaps), f("competency_gaps"));
    let movable = ctx.eligibility.iter().filter(|e| e.movable()).count();
    assert_eq!(movable as f64, f("movable"));
    assert_eq!(ctx.index.cells.len() as f64, f("cells"));
}

fn check_planner_reaches_the_optimum(name: &str) {
    let data = load(name);
    let ctx = Context::new(&data, unused_today());
    let best = optimum(name)["score"].as_f64().unwrap();
    let result = plan(&ctx, &PlanRequest::default()).unwrap();
    assert!(result.score.violations.is_empty(), "{:?}", result.score.violations);
    let gap = relative_gap(result.score.total_after, best);
    assert!(gap.abs() <= 1e-6, "{name}: planned {} but the optimum is {best}", result.score.total_after);
    // Every prefix of the step order is a valid plan, and the running score
    // of the steps matches the reference scorer at the end.
    let last = result.steps.last().map_or(result.score.total_before, |s| s.score_after);
    assert!((last - result.score.total_after).abs() < 1e-9);
}

#[test]
fn the_published_optimal_plan_of_contoh_n30_scores_as_published() {
    check_published_plan_scores("contoh-n30");
}

#[test]
fn the_published_optimal_plan_of_contoh_n300_scores_as_published() {
    check_published_plan_scores("contoh-n300");
}

#[test]
fn the_planner_finds_the_optimum_of_contoh_n30() {
    check_planner_reaches_the_optimum("contoh-n30");
}

#[test]
fn the_planner_finds_the_optimum_of_contoh_n300() {
    check_planner_reaches_the_optimum("contoh-n300");
}
