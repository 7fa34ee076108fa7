//! `seimbang-cli`: the command-line twin of the app, for batch runs and
//! benchmarks. Same engine, same io; no browser.
//!
//! Thin `main` over [`run`]: parse the arguments, dispatch, map errors to an
//! exit code.

use std::process::ExitCode;

const USAGE: &str = "\
seimbang-cli — perencana mutasi ASN / civil-servant transfer planner

Usage:
  seimbang-cli version        print the version
  seimbang-cli help           print this help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Dispatches one command line; `Err` carries the message for stderr.
fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
        Some("version" | "--version" | "-V") => {
            println!("seimbang-cli {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}
