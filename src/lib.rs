//! Seimbang: a planner for transfers (*mutasi*) of Indonesian civil servants
//! that balances workload between work units.
//!
//! The crate is one library with strict layers (see `ARCHITECTURE.md`):
//!
//! - [`model`]: domain types (units, positions, cells, employees, settings).
//! - [`engine`]: pure optimisation on dense indices; std only, deterministic.
//! - [`planner`]: model ↔ engine: eligibility rules, lowering, explanations.
//! - [`io`]: bytes ↔ model: CSV, XLSX, ZIP, JSON workspace, problem reports.
//! - [`charts`]: chart models and plotters drawing, generic over the backend.
//! - [`synth`]: seeded generator of realistic synthetic data sets (demo data,
//!   benchmarks, tests) and of deliberately bad tables.
//! - [`i18n`]: every user-facing sentence in Indonesian and English.
//! - [`storage`]: the only code that touches browser storage.
//! - [`ui`]: the Leptos app (components and pages).
//!
//! Only `ui` and `storage` touch the browser; everything else compiles and is
//! tested natively. `tests/integration/architecture.rs` enforces that.

#![warn(missing_docs)]

pub mod charts;
pub mod engine;
pub mod i18n;
pub mod io;
pub mod model;
pub mod planner;
pub mod session;
pub mod storage;
pub mod synth;
pub mod ui;
