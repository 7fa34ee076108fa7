//! CSV export: one file per table (`pegawai.csv`, …) and the plan
//! (`rencana.csv`).
//!
//! Owns the CSV byte layout. Never does: deciding which tables or columns
//! are written (that is `write`), reading, or anything with the browser.
//! Entry points: [`write_csv_tables`], [`write_plan_csv`].
//!
//! # Layout, and why
//!
//! - **UTF-8 with a byte-order mark.** Excel — what officials open CSV files
//!   with — reads UTF-8 without a BOM as the ANSI code page and garbles
//!   names like "Aisyah Ñ" or "Désirée"; with a BOM it reads them right.
//!   Every CSV reader of this crate accepts the BOM (data-format.md).
//! - **Delimiter `,`, lines end with CRLF, RFC 4180 quoting.** A field is
//!   quoted when it holds `,`, `;`, a tab, `"`, CR or LF (`"` doubled inside);
//!   `;` and tab are quoted too so that delimiter detection never trips over
//!   a competency list like `a; b`.
//! - Headers are the canonical names of data-format.md, in its order; every
//!   column is written even when empty.
//! - Dates are ISO `YYYY-MM-DD`; numbers use `.` as the decimal separator,
//!   no grouping, no exponent, and the shortest digits that read back to the
//!   same value (`0.002`, `1250`); `jarak_km` has exactly three decimals;
//!   an empty field means "not given"; flags are `0`/`1`.
//! - **NIPs are written grouped, `19860926 201505 1 001`** (8-6-1-3 digits,
//!   the way they are printed on decrees). Excel turns a bare 18-digit NIP
//!   into `1.98609E+17` and silently loses its last digits when the file is
//!   saved again; with spaces it stays text. Readers ignore spaces inside a
//!   NIP (data-format.md), so the value reads back identically.
//! - Text that a spreadsheet would run as a formula is neutralised with a
//!   leading `'` (see `write` for the exact, reversible rule).
//!
//! Codes that look like numbers (`001`) can still lose leading zeros when a
//! user opens a CSV by double-click in Excel; the XLSX export keeps them as
//! text and is the format to hand to people who edit in Excel.

use crate::io::write::{
    CellValue, ColumnKind, Sheet, data_sheets, format_fixed, format_number, neutralise, plan_sheet,
};
use crate::model::{DataSet, PlanRow};

/// The UTF-8 byte-order mark written at the start of every CSV file.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The CSV files of a data set: `(file name, bytes)` for every table that
/// has rows, plus `pengaturan.csv` with every setting, in the order of
/// data-format.md (`unit`, `jabatan`, `kebutuhan`, `uraian_tugas`,
/// `pegawai`, `pengaturan`).
///
/// # Example
/// ```
/// use seimbang::io::write_csv::write_csv_tables;
/// use seimbang::model::DataSet;
/// let files = write_csv_tables(&DataSet::default());
/// assert_eq!(files.len(), 1);
/// assert_eq!(files[0].0, "pengaturan.csv");
/// ```
pub fn write_csv_tables(data: &DataSet) -> Vec<(String, Vec<u8>)> {
    data_sheets(data)
        .iter()
        .map(|sheet| (format!("{}.csv", sheet.name), write_csv_sheet(sheet)))
        .collect()
}

/// `rencana.csv`: columns `nip,nama,kode_jabatan,dari_unit,ke_unit,
/// jarak_km,pilihan,alasan,status`, one row per move in the given order,
/// `jarak_km` with three decimals, `pilihan` empty unless the move meets a
/// wish.
pub fn write_plan_csv(rows: &[PlanRow]) -> Vec<u8> {
    write_csv_sheet(&plan_sheet(rows))
}

/// One sheet as a CSV file (BOM, header row, records; CRLF line ends).
pub fn write_csv_sheet(sheet: &Sheet) -> Vec<u8> {
    let mut out = String::new();
    let headers: Vec<&str> = sheet.columns.iter().map(|c| c.header).collect();
    push_record(&mut out, headers.iter().map(|h| (*h).to_string()));
    for row in &sheet.rows {
        let fields = row.iter().enumerate().map(|(i, cell)| {
            let kind = sheet.columns.get(i).map_or(ColumnKind::Text, |c| c.kind);
            field_text(cell, kind)
        });
        push_record(&mut out, fields);
    }
    let mut bytes = UTF8_BOM.to_vec();
    bytes.extend_from_slice(out.as_bytes());
    bytes
}

/// The text of one field before quoting.
fn field_text(cell: &CellValue, kind: ColumnKind) -> String {
    match cell {
        CellValue::Empty => String::new(),
        CellValue::Text(text) if kind == ColumnKind::Nip => group_nip(text),
        CellValue::Text(text) => neutralise(text).into_owned(),
        CellValue::Number(value) => format_number(*value).unwrap_or_default(),
        CellValue::Fixed(value, decimals) => format_fixed(*value, *decimals).unwrap_or_default(),
        CellValue::Date(date) => date.to_string(),
    }
}

/// `198609262015051001` → `19860926 201505 1 001`; anything that is not 18
/// ASCII digits is only neutralised.
pub fn group_nip(nip: &str) -> String {
    if nip.len() == 18 && nip.bytes().all(|b| b.is_ascii_digit()) {
        format!(
            "{} {} {} {}",
            &nip[..8],
            &nip[8..14],
            &nip[14..15],
            &nip[15..]
        )
    } else {
        neutralise(nip).into_owned()
    }
}

/// Appends one record, quoting fields as RFC 4180 asks, ending with CRLF.
fn push_record(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', ';', '\t', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}
