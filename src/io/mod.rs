//! Bytes ↔ model: CSV, XLSX, ZIP and JSON workspace files, and the problems
//! found while reading them (table, row, column, message).
//!
//! Never does: browser calls; reading never panics and never stops at the
//! first problem.

pub mod problem;
