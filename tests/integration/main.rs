//! Host tests: one binary for every area (ripgrep's habit). Each module is
//! one area; test names are sentences.

mod architecture;
mod charts;
mod engine;
mod engine_lp;
mod engine_props;
mod i18n;
mod io_read;
mod io_read_values;
mod io_read_xlsx;
mod io_write;
mod io_write_gen;
mod io_write_roundtrip;
mod planner;
mod planner_examples;
mod session;
mod session_plan;
mod synth;
