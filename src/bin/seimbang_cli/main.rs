//! `seimbang-cli`: the command-line twin of the app, for batch runs and
//! benchmarks. Same engine, same io; no browser.
//!
//! Thin `main` over [`run`]: parse the arguments, dispatch, map errors to an
//! exit code (0 fine, 1 the data has errors, 2 usage or file errors).

mod data_cmd;
mod flow_export;
mod plan_cmd;

use std::process::ExitCode;

use seimbang::i18n::Lang;
use seimbang::i18n::problems::{location, message, severity_label};
use seimbang::io::{HeaderMapping, InputFile, read_data};

const USAGE: &str = "\
seimbang-cli — perencana mutasi ASN / civil-servant transfer planner

Usage:
  seimbang-cli check [--lang id|en] FILE...
                              read data files (.xlsx, .csv, .zip of CSVs) and
                              print every problem; exit 1 when there are errors
                              (default: Indonesian, then English)
  seimbang-cli template OUT.xlsx
                              write the input template workbook (every sheet,
                              headers, two example rows, a `petunjuk` sheet)
  seimbang-cli demo [--employees N] [--seed S] [--bad N] --out DIR
                              write a synthetic data set of Kabupaten Jatiharjo
                              as CSV files and data.xlsx (--bad N: N seeded bad
                              rows, listed in DIR/expected-problems.csv)
  seimbang-cli plan DATA... [--out rencana.csv] [--summary summary.json]
                    [--budget B] [--threads N] [--today YYYY-MM-DD]
                              compute the optimal transfer plan (or the best
                              within B moves, with a proven lower bound);
                              the jabatan are solved on N threads (default:
                              the processors, at most 4); the plan is the
                              same for any N
  seimbang-cli score DATA... RENCANA.csv [--summary out.json]
                              score a plan made elsewhere, list broken rules
                              (exit 1 when a rule is broken)
  seimbang-cli frontier DATA... [--points N]
                              best score per number of moves (trade-off)
  seimbang-cli export-flow DATA... --out FILE
                              the problem as a generic min-cost-flow instance
                              (benchmark against OR-Tools)
    DATA is any mix of files (.xlsx, .csv, .zip) and folders of them.
  seimbang-cli version        print the version
  seimbang-cli help           print this help
";

/// What a command asks of `main`.
enum Outcome {
    /// Exit 0.
    Fine,
    /// Exit 1: the data has errors.
    DataErrors,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(Outcome::Fine) => ExitCode::SUCCESS,
        Ok(Outcome::DataErrors) => ExitCode::from(1),
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Dispatches one command line; `Err` carries the message for stderr.
fn run(args: &[String]) -> Result<Outcome, String> {
    match args.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(Outcome::Fine)
        }
        Some("version" | "--version" | "-V") => {
            println!("seimbang-cli {}", env!("CARGO_PKG_VERSION"));
            Ok(Outcome::Fine)
        }
        Some("check") => check(&args[1..]),
        Some("plan") => plan_cmd::cmd_plan(&args[1..]).map(|()| Outcome::Fine),
        Some("score") => plan_cmd::cmd_score(&args[1..]).map(|ok| {
            if ok {
                Outcome::Fine
            } else {
                Outcome::DataErrors
            }
        }),
        Some("frontier") => plan_cmd::cmd_frontier(&args[1..]).map(|()| Outcome::Fine),
        Some("export-flow") => flow_export::cmd_export_flow(&args[1..]).map(|()| Outcome::Fine),
        Some("template") => data_cmd::cmd_template(&args[1..]).map(|()| Outcome::Fine),
        Some("demo") => data_cmd::cmd_demo(&args[1..]).map(|()| Outcome::Fine),
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}

/// `check [--lang id|en] FILE...`: prints each problem with its location
/// and sentence, then a summary.
fn check(args: &[String]) -> Result<Outcome, String> {
    let mut langs = vec![Lang::Id, Lang::En];
    let mut paths = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--lang" => {
                let tag = iter.next().ok_or("--lang needs `id` or `en`")?;
                let lang = Lang::from_tag(tag).ok_or(format!("unknown language `{tag}`"))?;
                langs = vec![lang];
            }
            _ => paths.push(arg.clone()),
        }
    }
    if paths.is_empty() {
        return Err(format!("check needs at least one file\n\n{USAGE}"));
    }
    let mut files = Vec::with_capacity(paths.len());
    for path in &paths {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        files.push(InputFile::new(path.clone(), bytes));
    }
    let import = read_data(&files, &HeaderMapping::new());
    for problem in &import.problems {
        let first = langs[0];
        println!(
            "{}: {}",
            severity_label(first, problem.severity),
            location(first, problem)
        );
        for lang in &langs {
            println!("  {}", message(*lang, problem));
        }
    }
    let (errors, warnings) = import.counts();
    let data = &import.data;
    for lang in &langs {
        let line = match lang {
            Lang::Id => format!(
                "{errors} galat, {warnings} peringatan; {} unit, {} jabatan, {} kebutuhan, {} uraian tugas, {} pegawai.",
                data.units.len(),
                data.positions.len(),
                data.needs.len(),
                data.tasks.len(),
                data.employees.len()
            ),
            Lang::En => format!(
                "{errors} errors, {warnings} warnings; {} units, {} positions, {} needs, {} tasks, {} employees.",
                data.units.len(),
                data.positions.len(),
                data.needs.len(),
                data.tasks.len(),
                data.employees.len()
            ),
        };
        println!("{line}");
    }
    Ok(if errors > 0 {
        Outcome::DataErrors
    } else {
        Outcome::Fine
    })
}
