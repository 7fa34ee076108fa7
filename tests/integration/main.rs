//! Host tests: one binary for every area (ripgrep's habit). Each module is
//! one area; test names are sentences.

mod architecture;
mod engine;
mod engine_lp;
mod engine_props;
mod i18n;
