//! `plan`, `score` and `frontier`: the engine from the command line, with
//! the same planner and io as the app.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use seimbang::engine::{self, BlockCache, Status};
use seimbang::i18n::Lang;
use seimbang::io::write_csv::write_plan_csv;
use seimbang::io::{HeaderMapping, InputFile, read_data, read_plan};
use seimbang::model::{DataSet, Date, MoveStatus};
use seimbang::planner::Context;
use seimbang::planner::lower::{Pins, lower};
use seimbang::planner::plan::{PlanError, PlanRequest, PlanResult, plan_lowered};
use seimbang::planner::score::{PlanScore, PlannedMove, Terms, score_plan};
use seimbang::session::{MAX_PLANNING_THREADS, plan_rows};

/// Options shared by the data-reading commands.
pub struct DataArgs {
    /// Files and directories given.
    pub paths: Vec<PathBuf>,
    /// `--today`: reference date when the data sets none.
    pub today: Option<Date>,
}

/// Expands directories into their `.csv`, `.xlsx` and `.zip` files (sorted,
/// so the same folder always reads the same way) and reads them all.
pub fn read_files(paths: &[PathBuf]) -> Result<Vec<InputFile>, String> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("cannot read folder {}: {e}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    let ext = p
                        .extension()
                        .and_then(|e| e.to_str())
                        .unwrap_or("")
                        .to_lowercase();
                    matches!(ext.as_str(), "csv" | "xlsx" | "zip")
                        && p.file_stem()
                            .and_then(|s| s.to_str())
                            .is_some_and(|s| !s.starts_with("rencana"))
                })
                .collect();
            entries.sort();
            // A folder with both CSVs and a workbook of the same data (like
            // the examples) is read from the CSVs only.
            if entries
                .iter()
                .any(|p| p.extension().is_some_and(|e| e == "csv"))
            {
                entries.retain(|p| p.extension().is_some_and(|e| e == "csv"));
            }
            for entry in entries {
                files.push(read_one(&entry)?);
            }
        } else {
            files.push(read_one(path)?);
        }
    }
    Ok(files)
}

fn read_one(path: &Path) -> Result<InputFile, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("data")
        .to_string();
    Ok(InputFile::new(name, bytes))
}

/// Reads a data set and refuses it when it has errors (run `check` to see
/// them all).
pub fn load(paths: &[PathBuf]) -> Result<DataSet, String> {
    let files = read_files(paths)?;
    let import = read_data(&files, &HeaderMapping::new());
    let (errors, warnings) = import.counts();
    if errors > 0 {
        return Err(format!(
            "the data has {errors} error(s) and {warnings} warning(s); run `seimbang-cli check` to see them"
        ));
    }
    Ok(import.data)
}

/// Today's date from the system clock (the CLI may read it; the engine
/// never does).
pub fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    Date::from_days_since_epoch(days as i64)
        .or_else(|| Date::new(1970, 1, 1))
        .expect("1970-01-01 is a valid date")
}

/// summary.json: every term before and after, moves, status.
pub fn summary_json(score: &PlanScore, status: Option<&Status>, ctx: &Context<'_>) -> String {
    let w = ctx.data.settings.weights;
    let terms = |t: &Terms, total: f64| {
        serde_json::json!({
            "score": total,
            "imbalance": t.imbalance,
            "moves": t.moves,
            "km": t.km,
            "preference_points": t.points,
            "rotation_due_moves": t.rotation_moves,
            "competency_gaps": t.gaps,
        })
    };
    let status = match status {
        None => serde_json::json!({ "kind": "scored" }),
        Some(Status::Optimal) => serde_json::json!({ "kind": "optimal" }),
        Some(Status::Bounded { lower_bound, gap }) => {
            serde_json::json!({ "kind": "bounded", "lower_bound": lower_bound, "gap": gap })
        }
    };
    let value = serde_json::json!({
        "employees": ctx.data.employees.len(),
        "units": ctx.index.unit_codes.len(),
        "cells": ctx.index.cells.len(),
        "movable": ctx.eligibility.iter().filter(|e| e.movable()).count(),
        "reference_date": ctx.reference.to_string(),
        "weights": { "alpha": w.alpha, "beta": w.beta, "gamma": w.gamma, "delta": w.delta, "zeta": w.zeta },
        "maks_mutasi": ctx.data.settings.max_moves,
        "before": terms(&score.before, score.total_before),
        "after": terms(&score.after, score.total_after),
        "moves": score.after.moves,
        "score_before": score.total_before,
        "score": score.total_after,
        "status": status,
        "violations": score.violations.len(),
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

fn print_terms(label: &str, t: &Terms, total: f64) {
    println!(
        "{label:<8} score {total:>14.6}  I {:>12.6}  M {:>6}  K {:>10.3}  P {:>5}  R {:>5}  F {:>5}",
        t.imbalance, t.moves, t.km, t.points, t.rotation_moves, t.gaps
    );
}

/// `plan DATA… [--out rencana.csv] [--summary summary.json] [--budget B]
/// [--threads N] [--today D]`.
pub fn cmd_plan(args: &[String]) -> Result<(), String> {
    let mut data_args = DataArgs {
        paths: Vec::new(),
        today: None,
    };
    let (mut out, mut summary, mut budget) = (None, None, None);
    let mut threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(MAX_PLANNING_THREADS);
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(iter.next().ok_or("--out needs a file")?)),
            "--summary" => {
                summary = Some(PathBuf::from(iter.next().ok_or("--summary needs a file")?))
            }
            "--budget" => {
                let b = iter.next().ok_or("--budget needs a number")?;
                budget = Some(
                    b.parse::<u32>()
                        .map_err(|_| format!("--budget: `{b}` is not a whole number"))?,
                );
            }
            "--threads" => {
                let n = iter.next().ok_or("--threads needs a number")?;
                threads = n.parse::<usize>().ok().filter(|&n| n >= 1).ok_or(format!(
                    "--threads: `{n}` must be a whole number, at least 1"
                ))?;
            }
            "--today" => data_args.today = Some(parse_date(iter.next())?),
            _ => data_args.paths.push(PathBuf::from(arg)),
        }
    }
    if data_args.paths.is_empty() {
        return Err("plan needs the data files or folder".into());
    }
    let started = Instant::now();
    let data = load(&data_args.paths)?;
    let read = started.elapsed();
    let ctx = Context::new(&data, data_args.today.unwrap_or_else(today));
    let started = Instant::now();
    let (result, shared) = plan_on_threads(
        &ctx,
        &PlanRequest {
            pins: Pins::default(),
            max_moves: budget,
        },
        threads,
    )
    .map_err(|e| format!("no plan: {e:?}"))?;
    let solved = started.elapsed();
    print_terms("before", &result.score.before, result.score.total_before);
    print_terms("after", &result.score.after, result.score.total_after);
    match result.status {
        Status::Optimal => println!("status   optimal"),
        Status::Bounded { lower_bound, gap } => {
            println!("status   within budget; lower bound {lower_bound:.6}, gap at most {gap:.6}")
        }
    }
    let threads = if shared == 1 { "thread" } else { "threads" };
    eprintln!(
        "read {:.3} s, planned {:.3} s (the jabatan dealt between {shared} {threads})",
        read.as_secs_f64(),
        solved.as_secs_f64()
    );
    let rows = plan_rows(&ctx, &result.steps, Lang::Id);
    if let Some(path) = out {
        std::fs::write(&path, write_plan_csv(&rows))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if let Some(path) = summary {
        std::fs::write(
            &path,
            summary_json(&result.score, Some(&result.status), &ctx),
        )
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The planner's plan, with the jabatan dealt between `threads` threads
/// first, as the app deals them between its worker and helpers
/// ([`BlockCache::share_out`], [`engine::solve_share`]): the plan is the
/// same, byte for byte, for any number of threads. A plan with a move
/// budget solves its jabatan together, on this thread. Also returns the
/// number of threads the jabatan were dealt between (1 when not dealt:
/// one thread asked for, a budget, or fewer than two jabatan to solve).
fn plan_on_threads(
    ctx: &Context<'_>,
    request: &PlanRequest,
    threads: usize,
) -> Result<(PlanResult, usize), PlanError> {
    let lowered = lower(ctx, &request.pins).map_err(PlanError::Pins)?;
    let mut cache = BlockCache::default();
    let mut shared = 1;
    if threads > 1 && request.budget(&ctx.data.settings).is_none() {
        let shares = cache
            .share_out(&lowered.problem, threads)
            .map_err(PlanError::Engine)?;
        let answers: Vec<_> = std::thread::scope(|scope| {
            let running: Vec<_> = shares
                .iter()
                .map(|share| scope.spawn(move || engine::solve_share(share)))
                .collect();
            running.into_iter().map(|thread| thread.join()).collect()
        });
        shared = shares.len().max(1);
        for (share, answer) in shares.iter().zip(answers) {
            // A share that failed is solved again below, which reports why.
            if let Ok(Ok(plans)) = answer {
                cache.accept(share, plans);
            }
        }
    }
    Ok((plan_lowered(ctx, &lowered, request, &mut cache)?, shared))
}

fn parse_date(text: Option<&String>) -> Result<Date, String> {
    let text = text.ok_or("--today needs a date YYYY-MM-DD")?;
    Date::parse_iso(text).ok_or(format!("--today: `{text}` is not a YYYY-MM-DD date"))
}

/// `score DATA… RENCANA.csv [--summary out.json] [--today D]`: scores a plan
/// made elsewhere and lists every rule it breaks. Returns whether it broke
/// none.
pub fn cmd_score(args: &[String]) -> Result<bool, String> {
    let mut paths: Vec<PathBuf> = Vec::new();
    let (mut summary, mut today_arg) = (None, None);
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--summary" => {
                summary = Some(PathBuf::from(iter.next().ok_or("--summary needs a file")?))
            }
            "--today" => today_arg = Some(parse_date(iter.next())?),
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let plan_path = paths
        .pop()
        .ok_or("score needs the data and a rencana.csv")?;
    if paths.is_empty() {
        return Err("score needs the data files or folder before the rencana.csv".into());
    }
    let data = load(&paths)?;
    let ctx = Context::new(&data, today_arg.unwrap_or_else(today));
    let (rows, problems) = read_plan(&read_one(&plan_path)?);
    let mut report = String::new();
    let mut ok = true;
    for p in &problems {
        let _ = writeln!(report, "rencana row {:?}: {:?}", p.row, p.kind);
        ok &= !p.is_error();
    }
    let mut moves = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if row.status == MoveStatus::Ditolak {
            continue;
        }
        let Some(employee) = data.employees.iter().position(|e| e.nip == row.nip) else {
            let _ = writeln!(report, "rencana row {}: unknown NIP {}", i + 2, row.nip);
            ok = false;
            continue;
        };
        let Some(unit) = ctx.index.unit(&row.to_unit) else {
            let _ = writeln!(
                report,
                "rencana row {}: unknown unit {}",
                i + 2,
                row.to_unit
            );
            ok = false;
            continue;
        };
        moves.push(PlannedMove {
            employee,
            to_unit: unit,
        });
    }
    let score = score_plan(&ctx, &moves);
    for v in &score.violations {
        let _ = writeln!(report, "rule broken: {v:?}");
    }
    ok &= score.violations.is_empty();
    print_terms("before", &score.before, score.total_before);
    print_terms("after", &score.after, score.total_after);
    print!("{report}");
    if let Some(path) = summary {
        std::fs::write(&path, summary_json(&score, None, &ctx))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(ok)
}

/// `frontier DATA… [--points N] [--today D]`: best score per number of moves.
pub fn cmd_frontier(args: &[String]) -> Result<(), String> {
    let mut paths = Vec::new();
    let (mut points, mut today_arg) = (40usize, None);
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--points" => {
                let n = iter.next().ok_or("--points needs a number")?;
                points = n
                    .parse()
                    .map_err(|_| format!("--points: `{n}` is not a whole number"))?;
            }
            "--today" => today_arg = Some(parse_date(iter.next())?),
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let data = load(&paths)?;
    let ctx = Context::new(&data, today_arg.unwrap_or_else(today));
    let lowered = lower(&ctx, &Pins::default()).map_err(|e| format!("{e:?}"))?;
    let frontier = engine::frontier(&lowered.problem, points).map_err(|e| format!("{e:?}"))?;
    println!(
        "{:>6} {:>14} {:>8} {:>14}",
        "moves", "score", "exact", "lower_bound"
    );
    for p in frontier {
        println!(
            "{:>6} {:>14.6} {:>8} {:>14.6}",
            p.moves, p.score, p.exact, p.lower_bound
        );
    }
    Ok(())
}
