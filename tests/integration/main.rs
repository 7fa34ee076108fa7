//! Host tests: one binary for every area (ripgrep's habit). Each module is
//! one area; test names are sentences.

mod architecture;
mod i18n;
mod io_read;
mod io_read_values;
mod io_read_xlsx;
