//! The report workbook handed to decision makers: the plan, every cell
//! before and after, the settings used, and a summary.
//!
//! Owns the report's shape ([`Report`], [`CellReportRow`]) and its sheets
//! `rencana`, `sel`, `pengaturan`, `ringkasan`. Never does: computing the
//! figures (the planner fills a [`Report`]), translating labels (the caller
//! passes them in Indonesian), or anything with the browser. Entry point:
//! [`write_report_xlsx`].

use crate::io::problem::Table;
use crate::io::write::{CellValue, ColumnKind, ExportError, Sheet, col, plan_sheet};
use crate::io::write_xlsx::write_sheets_xlsx;
use crate::model::{PlanRow, Settings};

/// Everything the report workbook shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// The moves, in the order the app presents them (sheet `rencana`).
    pub plan: Vec<PlanRow>,
    /// One row per (unit, position) cell (sheet `sel`).
    pub cells: Vec<CellReportRow>,
    /// The settings the plan was made with (sheet `pengaturan`).
    pub settings: Settings,
    /// `(label, value)` pairs in Indonesian, e.g. `("Jumlah mutasi", "12")`
    /// (sheet `ringkasan`), in the order given.
    pub summary: Vec<(String, String)>,
}

/// One (unit, position) cell before and after the plan.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CellReportRow {
    /// `kode_unit`.
    pub unit_code: String,
    /// `nama_unit`.
    pub unit_name: String,
    /// `kode_jabatan`.
    pub position_code: String,
    /// `nama_jabatan`.
    pub position_name: String,
    /// Need `r_c` in FTE.
    pub need: f64,
    /// Employees in the cell before the plan.
    pub staff_before: u32,
    /// Employees in the cell after the plan.
    pub staff_after: u32,
    /// EJ = need / staff before; `None` when the cell had nobody.
    pub ej_before: Option<f64>,
    /// EJ after the plan; `None` when the cell has nobody.
    pub ej_after: Option<f64>,
    /// EJ category before, as shown to users (the letters `A`–`E` of
    /// PermenPANRB 1/2020 from `planner::analysis`, or a label; empty for a
    /// cell with neither need nor staff).
    pub category_before: String,
    /// Category after.
    pub category_after: String,
}

/// The report as an XLSX workbook with sheets `rencana`, `sel`,
/// `pengaturan` and `ringkasan`: bold frozen headers, set column widths,
/// NIPs and codes as text, EJ with two decimals.
///
/// # Errors
/// [`ExportError`] when the report exceeds Excel's limits.
pub fn write_report_xlsx(report: &Report) -> Result<Vec<u8>, ExportError> {
    let settings = crate::model::DataSet {
        settings: report.settings.clone(),
        ..Default::default()
    };
    let sheets = [
        plan_sheet(&report.plan),
        cell_sheet(&report.cells),
        crate::io::write::table_sheet(&settings, Table::Pengaturan),
        summary_sheet(&report.summary),
    ];
    write_sheets_xlsx(&sheets)
}

/// The `sel` sheet.
pub fn cell_sheet(cells: &[CellReportRow]) -> Sheet {
    use ColumnKind::{Code, Number as N, Text as T};
    let ej = |value: Option<f64>| value.map_or(CellValue::Empty, |v| CellValue::Fixed(v, 2));
    Sheet {
        name: "sel".to_string(),
        columns: vec![
            col("kode_unit", Code, 14.0),
            col("nama_unit", T, 32.0),
            col("kode_jabatan", Code, 14.0),
            col("nama_jabatan", T, 32.0),
            col("kebutuhan", N, 11.0),
            col("pegawai_sebelum", N, 16.0),
            col("pegawai_sesudah", N, 16.0),
            col("ej_sebelum", N, 11.0),
            col("ej_sesudah", N, 11.0),
            col("kategori_sebelum", T, 17.0),
            col("kategori_sesudah", T, 17.0),
        ],
        rows: cells
            .iter()
            .map(|c| {
                vec![
                    CellValue::Text(c.unit_code.clone()),
                    CellValue::Text(c.unit_name.clone()),
                    CellValue::Text(c.position_code.clone()),
                    CellValue::Text(c.position_name.clone()),
                    CellValue::Number(c.need),
                    CellValue::Number(f64::from(c.staff_before)),
                    CellValue::Number(f64::from(c.staff_after)),
                    ej(c.ej_before),
                    ej(c.ej_after),
                    CellValue::Text(c.category_before.clone()),
                    CellValue::Text(c.category_after.clone()),
                ]
            })
            .collect(),
    }
}

/// The `ringkasan` sheet: columns `keterangan`, `nilai`.
pub fn summary_sheet(summary: &[(String, String)]) -> Sheet {
    Sheet {
        name: "ringkasan".to_string(),
        columns: vec![
            col("keterangan", ColumnKind::Text, 40.0),
            col("nilai", ColumnKind::Text, 24.0),
        ],
        rows: summary
            .iter()
            .map(|(label, value)| {
                vec![
                    CellValue::Text(label.clone()),
                    CellValue::Text(value.clone()),
                ]
            })
            .collect(),
    }
}
