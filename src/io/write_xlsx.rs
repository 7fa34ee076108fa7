//! XLSX export: one sheet per table, named after it, with the same headers
//! and columns as the CSV files; also the engine under the template and
//! the report workbooks.
//!
//! Owns the XLSX cell layout. Never does: deciding which tables or columns
//! are written (that is `write`), reading, or anything with the browser.
//! Entry points: [`write_xlsx`], [`write_sheets_xlsx`].
//!
//! # Layout, and why
//!
//! - Text is always a string cell, never a formula. NIPs and codes
//!   (`kode_unit`, `kode_jabatan`, `induk`, `pilihan_*`) are string cells in
//!   columns formatted as text (`@`), so Excel neither turns
//!   `198609262015051001` into `1.98609E+17` nor drops the zeros of `001`,
//!   and values a user types into those columns later stay text too. The
//!   "number stored as text" warning triangle is switched off for them.
//! - Text that a spreadsheet could run as a formula (`=`, `+`, `-`, `@`,
//!   tab, CR first) additionally carries Excel's quote-prefix style, which
//!   keeps it text even when a user edits the cell. The prefix is a style,
//!   not part of the value: readers get the text unchanged and must not
//!   strip anything.
//! - Dates are real Excel dates (serial numbers, 1900 system) shown as
//!   `yyyy-mm-dd`, so they sort and filter as dates; readers get a date
//!   cell back. Dates before 1900-01-01, which Excel cannot hold, are ISO
//!   text instead.
//! - Numbers are number cells with the shortest digits that read back to
//!   the same `f64`; `jarak_km` is rounded to three decimals and shown as
//!   `0.000`. NaN and infinities are left empty.
//! - Header row bold, frozen, with an autofilter; column widths set.
//! - Columns with a fixed set of values (`jenis`, `pendidikan`,
//!   `status_asn`, `predikat_kinerja`, 0/1 flags, plan `status`) carry a
//!   drop-down list over the whole column; other input only draws a warning,
//!   since readers accept more spellings (`S-1`, `ya`) than the list shows.
//! - Deterministic bytes: the document creation time is fixed
//!   (2000-01-01T00:00:00Z) and the library zips with fixed timestamps. The
//!   library reads the system clock once in `Workbook::new`; the crate's
//!   `wasm` feature makes that a JavaScript `Date.now()` on wasm32 instead
//!   of `SystemTime::now()`, which panics there. The value is overwritten.

use rust_xlsxwriter::{
    ColNum, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format,
    IgnoreError, RowNum, Workbook, XlsxError,
};

use crate::io::write::{
    CellValue, ColumnKind, ExportError, Sheet, data_sheets, format_fixed, is_dangerous,
};
use crate::model::{DataSet, Date};

/// Rows a worksheet holds, header included.
pub const MAX_SHEET_ROWS: usize = 1_048_576;

/// UTF-16 code units an Excel cell holds.
pub const MAX_CELL_TEXT: usize = 32_767;

/// The data set as a workbook: one sheet per table that has rows, plus
/// `pengaturan` with every setting, in the order of data-format.md.
///
/// # Errors
/// [`ExportError::TooManyRows`] or [`ExportError::TextTooLong`] when the
/// data exceeds Excel's limits (the CSV and ZIP exports have none).
pub fn write_xlsx(data: &DataSet) -> Result<Vec<u8>, ExportError> {
    write_sheets_xlsx(&data_sheets(data))
}

/// Any list of sheets as a workbook, laid out as described in the module
/// doc. Sheet names must be unique and at most 31 characters.
///
/// # Errors
/// [`ExportError::TooManyRows`], [`ExportError::TextTooLong`], or
/// [`ExportError::Library`] for other library failures (invalid sheet
/// names).
pub fn write_sheets_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, ExportError> {
    check_limits(sheets)?;
    build(sheets).map_err(|e| ExportError::Library(e.to_string()))
}

/// Finds data that Excel cannot hold, naming sheet, row and column.
fn check_limits(sheets: &[Sheet]) -> Result<(), ExportError> {
    for sheet in sheets {
        if sheet.rows.len() + 1 > MAX_SHEET_ROWS {
            return Err(ExportError::TooManyRows {
                sheet: sheet.name.clone(),
                rows: sheet.rows.len(),
            });
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if let CellValue::Text(text) = cell
                    && text.encode_utf16().count() > MAX_CELL_TEXT
                {
                    return Err(ExportError::TextTooLong {
                        sheet: sheet.name.clone(),
                        row: r + 2,
                        column: sheet
                            .columns
                            .get(c)
                            .map_or_else(String::new, |col| col.header.to_string()),
                    });
                }
            }
        }
    }
    Ok(())
}

/// The formats shared by every sheet.
struct Formats {
    header: Format,
    code: Format,
    quoted: Format,
    quoted_code: Format,
    date: Format,
}

impl Formats {
    fn new() -> Formats {
        let code = Format::new().set_num_format("@");
        Formats {
            header: Format::new().set_bold(),
            quoted: Format::new().set_quote_prefix(),
            quoted_code: code.clone().set_quote_prefix(),
            code,
            date: Format::new().set_num_format("yyyy-mm-dd"),
        }
    }
}

fn build(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&created)
            .set_author("Seimbang"),
    );
    let formats = Formats::new();
    for sheet in sheets {
        write_sheet(&mut workbook, sheet, &formats)?;
    }
    workbook.save_to_buffer()
}

fn write_sheet(workbook: &mut Workbook, sheet: &Sheet, formats: &Formats) -> Result<(), XlsxError> {
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(&sheet.name)?;
    let n_rows = sheet.rows.len() as RowNum;
    for (c, column) in sheet.columns.iter().enumerate() {
        let c = c as ColNum;
        worksheet.set_column_width(c, column.width)?;
        match column.kind {
            ColumnKind::Code | ColumnKind::Nip => {
                worksheet.set_column_format(c, &formats.code)?;
                // Whole column: codes a user types later stay text too,
                // without Excel's "number stored as text" triangle.
                let last = (MAX_SHEET_ROWS - 1) as RowNum;
                worksheet.ignore_error_range(1, c, last, c, IgnoreError::NumberStoredAsText)?;
            }
            ColumnKind::Date => {
                worksheet.set_column_format(c, &formats.date)?;
            }
            ColumnKind::Text | ColumnKind::Number => {}
        }
        if !column.choices.is_empty() {
            // The whole column, so rows a user adds get the list too.
            let list = DataValidation::new()
                .allow_list_strings(column.choices)?
                .ignore_blank(true)
                .set_error_style(DataValidationErrorStyle::Warning)
                .set_error_title("Nilai tidak dikenal")?
                .set_error_message(format!("Pilih salah satu: {}.", column.choices.join(", ")))?;
            worksheet.add_data_validation(1, c, (MAX_SHEET_ROWS - 1) as RowNum, c, &list)?;
        }
        worksheet.write_string_with_format(0, c, column.header, &formats.header)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = (r + 1) as RowNum;
        for (c, cell) in row.iter().enumerate() {
            let kind = sheet
                .columns
                .get(c)
                .map_or(ColumnKind::Text, |col| col.kind);
            let c = c as ColNum;
            match cell {
                CellValue::Empty => {}
                CellValue::Text(text) => {
                    let is_code = matches!(kind, ColumnKind::Code | ColumnKind::Nip);
                    let format = match (is_dangerous(text), is_code) {
                        (true, true) => Some(&formats.quoted_code),
                        (true, false) => Some(&formats.quoted),
                        (false, true) => Some(&formats.code),
                        // Plain text needs no style (and skips the
                        // library's per-call style lookup).
                        (false, false) => None,
                    };
                    match format {
                        Some(format) => worksheet.write_string_with_format(r, c, text, format)?,
                        None => worksheet.write_string(r, c, text)?,
                    };
                }
                CellValue::Number(value) => {
                    if value.is_finite() {
                        worksheet.write_number(r, c, *value)?;
                    }
                }
                CellValue::Fixed(value, decimals) => {
                    // Rounded exactly as the CSV writer rounds, so both
                    // files hold the same number.
                    let rounded: Option<f64> =
                        format_fixed(*value, *decimals).and_then(|t| t.parse().ok());
                    if let Some(rounded) = rounded {
                        let shown = Format::new()
                            .set_num_format(format!("0.{}", "0".repeat(usize::from(*decimals))));
                        worksheet.write_number_with_format(r, c, rounded, &shown)?;
                    }
                }
                CellValue::Date(date) => write_date(worksheet, r, c, *date, formats)?,
            }
        }
    }
    let last_col = sheet.columns.len().saturating_sub(1) as ColNum;
    worksheet.set_freeze_panes(1, 0)?;
    if !sheet.columns.is_empty() {
        worksheet.autofilter(0, 0, n_rows, last_col)?;
    }
    Ok(())
}

/// A real date cell from 1900-01-01 on; ISO text before (Excel has no
/// serial for those).
fn write_date(
    worksheet: &mut rust_xlsxwriter::Worksheet,
    row: RowNum,
    col: ColNum,
    date: Date,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let first_excel_date = Date::new(1900, 1, 1);
    if Some(date) >= first_excel_date {
        worksheet.write_number_with_format(row, col, date.to_excel_serial(), &formats.date)?;
    } else {
        worksheet.write_string(row, col, date.to_string())?;
    }
    Ok(())
}
