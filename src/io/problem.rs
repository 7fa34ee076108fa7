//! Problems found while reading data: where (table, row, column), what, how
//! to fix it, and how bad.
//!
//! A problem is data, not an error: readers collect every problem and keep
//! going. The sentences shown to users are rendered by `i18n` from
//! the problem kinds, in Indonesian and English.

use serde::{Deserialize, Serialize};

/// The tables of the data format (and the plan file).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Table {
    /// `unit`.
    Unit,
    /// `jabatan`.
    Jabatan,
    /// `kebutuhan`.
    Kebutuhan,
    /// `uraian_tugas`.
    UraianTugas,
    /// `pegawai`.
    Pegawai,
    /// `pengaturan`.
    Pengaturan,
    /// `rencana` (a transfer plan file).
    Rencana,
    /// The file as a whole (not a spreadsheet, unreadable, too large, …).
    File,
}

impl Table {
    /// The table's name in data files (`pegawai`, …); `File` is `berkas`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Unit => "unit",
            Table::Jabatan => "jabatan",
            Table::Kebutuhan => "kebutuhan",
            Table::UraianTugas => "uraian_tugas",
            Table::Pegawai => "pegawai",
            Table::Pengaturan => "pengaturan",
            Table::Rencana => "rencana",
            Table::File => "berkas",
        }
    }
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// Loads, and the row stays flagged.
    Warning,
    /// Blocks the import until fixed.
    Error,
}
