//! Bytes ↔ model: CSV, XLSX, ZIP and JSON workspace files, and the problems
//! found while reading them (table, row, column, message).
//!
//! Reading (this branch): [`read_data`] turns any mix of `.xlsx`, `.csv`
//! and `.zip` files into a [`DataSet`] plus every [`Problem`] found, and
//! [`read_plan`] reads a `rencana.csv`. The pipeline is
//! `container` (bytes → sheets) → `headers` (column matching) → `tables`
//! (typed rows, via `values`) → `validate` (checks between tables).
//!
//! Never does: browser calls; reading never panics and never stops at the
//! first problem. Personal columns (NIK, address, …) are dropped at import
//! and never stored.

pub mod container;
pub mod csv;
pub mod headers;
pub mod plan_read;
pub mod problem;
pub mod report;
pub mod sheet;
pub mod tables;
pub mod template;
pub mod validate;
pub mod values;
pub mod workspace;
pub mod write;
pub mod write_csv;
pub mod write_xlsx;
pub mod write_zip;

use serde::{Deserialize, Serialize};

pub use headers::{HeaderMapping, canonical_columns, suggest_column};
pub use plan_read::read_plan;
pub use problem::{Problem, ProblemKind, Severity, Table, UnknownHeader};

use crate::model::DataSet;
use sheet::Sheet;
use tables::Sink;
use validate::ReadTables;

/// A file handed to the reader: its name (the extension and the stem
/// matter: `pegawai.csv` is the pegawai table) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputFile {
    /// File name as the user chose it.
    pub name: String,
    /// The raw bytes.
    pub bytes: Vec<u8>,
}

impl InputFile {
    /// A file from a name and bytes.
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        InputFile {
            name: name.into(),
            bytes: bytes.into(),
        }
    }
}

/// The result of an import: the data read and everything found on the way.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Import {
    /// The data set (use it only when [`Import::has_errors`] is false).
    pub data: DataSet,
    /// Every problem, in the order found (file, then tables, then checks).
    pub problems: Vec<Problem>,
    /// Columns dropped at import (not needed, personal, or ignored by the
    /// user's mapping), with their table.
    pub dropped_columns: Vec<(Table, String)>,
    /// Headers that matched no column, for the mapping screen.
    pub unknown_headers: Vec<UnknownHeader>,
}

impl Import {
    /// True when at least one problem blocks the import.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// Number of errors and of warnings.
    pub fn counts(&self) -> (usize, usize) {
        let errors = self.problems.iter().filter(|p| p.is_error()).count();
        (errors, self.problems.len() - errors)
    }
}

/// The data tables, in the order they are read (settings first: the
/// checks of the others need `jam_kerja_efektif` and `tanggal_acuan`).
const DATA_TABLES: [Table; 6] = [
    Table::Pengaturan,
    Table::Unit,
    Table::Jabatan,
    Table::UraianTugas,
    Table::Kebutuhan,
    Table::Pegawai,
];

/// Reads a data set from one or more files (`.xlsx`, `.csv`, `.zip` of
/// CSVs), with the user's header mapping. Never panics, never stops at the
/// first problem; see [`Import`].
pub fn read_data(files: &[InputFile], mapping: &HeaderMapping) -> Import {
    let mut import = Import::default();
    let mut sheets: Vec<Sheet> = Vec::new();
    for file in files {
        sheets.extend(container::read_file(file, &mut import.problems));
    }
    let mut by_table: Vec<(Table, Sheet)> = Vec::new();
    for sheet in sheets {
        let headers: Vec<String> = sheet
            .rows
            .first()
            .map(|r| r.cells.iter().map(sheet::Cell::display).collect())
            .unwrap_or_default();
        let table = headers::table_from_name(&sheet.name)
            .or_else(|| headers::table_from_headers(&headers))
            .filter(|t| DATA_TABLES.contains(t));
        let Some(table) = table else {
            // Unnamed sheets got their chance by headers above (a SIASN
            // export is the pegawai table); the rest are reported, never
            // silently skipped.
            import.problems.push(Problem::warning(
                Table::File,
                None,
                None,
                ProblemKind::UnrecognisedSheet {
                    source: sheet.source.clone(),
                },
            ));
            continue;
        };
        if let Some((_, first)) = by_table.iter().find(|(t, _)| *t == table) {
            import.problems.push(Problem::error(
                table,
                None,
                None,
                ProblemKind::DuplicateTable {
                    first: first.source.clone(),
                    second: sheet.source.clone(),
                },
            ));
            continue;
        }
        by_table.push((table, sheet));
    }

    let mut read = ReadTables::default();
    let mut sink = Sink {
        problems: &mut import.problems,
        dropped: &mut import.dropped_columns,
        unknown: &mut import.unknown_headers,
    };
    for table in DATA_TABLES {
        // Taken out, so each sheet is dropped as soon as its table is read.
        let Some(at) = by_table.iter().position(|(t, _)| *t == table) else {
            continue;
        };
        let (_, sheet) = by_table.swap_remove(at);
        let sheet = &sheet;
        if sheet.rows.is_empty() {
            let kind = ProblemKind::NoHeaderRow {
                source: sheet.source.clone(),
            };
            sink.problems.push(match table {
                // Optional tables: left out (unit and jabatan are then
                // built from codes, pengaturan keeps its defaults).
                Table::Unit | Table::Jabatan | Table::Pengaturan => {
                    Problem::warning(table, None, None, kind)
                }
                _ => {
                    mark_present(&mut read, table);
                    Problem::error(table, None, None, kind)
                }
            });
            continue;
        }
        let Some(columns) = tables::resolve_headers(sheet, table, mapping, &mut sink) else {
            // Required columns missing: the table counts as given but
            // unreadable (the problems say why).
            mark_present(&mut read, table);
            continue;
        };
        let records = tables::records(sheet, table, &columns, sink.problems);
        let problems = &mut *sink.problems;
        match table {
            Table::Pengaturan => read.settings = tables::read_settings(&records, problems),
            Table::Unit => read.units = Some(tables::read_units(&records, problems)),
            Table::Jabatan => read.positions = Some(tables::read_positions(&records, problems)),
            Table::UraianTugas => read.tasks = Some(tables::read_tasks(&records, problems)),
            Table::Kebutuhan => read.needs = Some(tables::read_needs(&records, problems)),
            Table::Pegawai => read.employees = Some(tables::read_employees(&records, problems)),
            Table::Rencana | Table::File => {}
        }
    }
    import.data = validate::validate(read, &mut import.problems);
    import
}

/// Records that a table was given even though it could not be read, so
/// the checks do not also call it missing.
fn mark_present(read: &mut ReadTables, table: Table) {
    match table {
        Table::Unit => read.units = Some(Vec::new()),
        Table::Jabatan => read.positions = Some(Vec::new()),
        Table::Kebutuhan => read.needs = Some(Vec::new()),
        Table::UraianTugas => read.tasks = Some(Vec::new()),
        Table::Pegawai => read.employees = Some(Vec::new()),
        Table::Pengaturan | Table::Rencana | Table::File => {}
    }
}
