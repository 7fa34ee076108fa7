//! Bytes ↔ model: CSV, XLSX, ZIP and JSON workspace files, and the problems
//! found while reading them (table, row, column, message).
//!
//! Never does: browser calls; reading never panics and never stops at the
//! first problem.

pub mod problem;
pub mod report;
pub mod template;
pub mod workspace;
pub mod write;
pub mod write_csv;
pub mod write_xlsx;
pub mod write_zip;
