//! Containers → sheets: recognises what a file is (CSV, XLSX, ZIP of CSVs,
//! JSON workspace, or not a spreadsheet at all) and turns it into
//! [`Sheet`]s, refusing oversized files and zip bombs. Entry point:
//! [`read_file`].
//!
//! Never does: header matching or typing values; never panics on any bytes.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use calamine::{DataRef, Reader, Xlsx, XlsxError};

use super::InputFile;
use super::csv::read_csv;
use super::problem::{Problem, ProblemKind, Table};
use super::sheet::{Cell, Row, Sheet};
use crate::model::Date;

/// Largest file accepted: beyond this a browser tab runs out of memory.
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;
/// Largest total of unpacked bytes from one XLSX or ZIP (zip-bomb guard).
pub const MAX_UNPACKED_BYTES: u64 = 400 * 1024 * 1024;
/// Most entries a ZIP may hold.
pub const MAX_ZIP_ENTRIES: usize = 2_000;

/// What a file is, judged by its first bytes and then its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A ZIP container: an XLSX workbook or a ZIP of CSV files.
    Zip,
    /// A legacy `.xls` (OLE compound file).
    LegacyXls,
    /// A JSON workspace.
    Json,
    /// Text: read as CSV (whatever its extension: a CSV renamed `.xlsx`
    /// is still read).
    Text,
    /// An HTML or XML table, as web applications export "Excel" files.
    Markup,
    /// Anything else (PDF, image, random bytes).
    Binary,
}

/// Sniffs the kind of a file.
pub fn sniff(name: &str, bytes: &[u8]) -> FileKind {
    let lower = name.to_lowercase();
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return FileKind::Zip;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return FileKind::LegacyXls;
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        // UTF-16 text with a BOM (Excel's "Unicode Text"): read as CSV.
        return FileKind::Text;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let looks_text = !head.contains(&0)
        && head
            .iter()
            .filter(|b| **b < 0x20 && !matches!(**b, b'\t' | b'\n' | b'\r'))
            .count()
            * 100
            <= head.len();
    if !looks_text || bytes.starts_with(b"%PDF") {
        return FileKind::Binary;
    }
    let trimmed = std::str::from_utf8(head)
        .unwrap_or("")
        .trim_start_matches('\u{feff}')
        .trim_start();
    if lower.ends_with(".json") || (trimmed.starts_with('{') && !lower.ends_with(".csv")) {
        return FileKind::Json;
    }
    let start: String = trimmed.chars().take(64).collect::<String>().to_lowercase();
    if start.starts_with("<!doctype")
        || start.starts_with("<html")
        || start.starts_with("<table")
        || start.starts_with("<?xml")
    {
        // Web applications often export an HTML or XML table named `.xls`.
        return FileKind::Markup;
    }
    FileKind::Text
}

/// File name without directories and extension: `data/pegawai.csv` → `pegawai`.
pub fn stem(name: &str) -> &str {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match base.rfind('.') {
        Some(dot) if dot > 0 => &base[..dot],
        _ => base,
    }
}

/// Reads one file into sheets, adding file-level problems.
pub fn read_file(file: &InputFile, problems: &mut Vec<Problem>) -> Vec<Sheet> {
    read_file_at_depth(file, problems, 0)
}

fn file_problem(problems: &mut Vec<Problem>, kind: ProblemKind) {
    problems.push(Problem::error(Table::File, None, None, kind));
}

fn read_file_at_depth(file: &InputFile, problems: &mut Vec<Problem>, depth: u8) -> Vec<Sheet> {
    let name = file.name.clone();
    if file.bytes.is_empty() {
        file_problem(problems, ProblemKind::EmptyFile { file: name });
        return Vec::new();
    }
    let size = file.bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        file_problem(
            problems,
            ProblemKind::FileTooLarge {
                file: name,
                bytes: size,
                limit: MAX_FILE_BYTES,
            },
        );
        return Vec::new();
    }
    match sniff(&name, &file.bytes) {
        FileKind::Zip => read_zip(file, problems, depth),
        FileKind::LegacyXls => {
            file_problem(problems, ProblemKind::UnsupportedSpreadsheet { file: name });
            Vec::new()
        }
        FileKind::Json => {
            file_problem(problems, ProblemKind::WorkspaceFile { file: name });
            Vec::new()
        }
        FileKind::Binary => {
            file_problem(problems, ProblemKind::NotASpreadsheet { file: name });
            Vec::new()
        }
        FileKind::Markup => {
            file_problem(problems, ProblemKind::UnsupportedSpreadsheet { file: name });
            Vec::new()
        }
        FileKind::Text => vec![read_csv(&name, stem(&name), &file.bytes, problems)],
    }
}

/// A ZIP: an XLSX workbook when it holds `xl/workbook.xml`, an ODS when it
/// says so (unsupported), else a ZIP of CSV (or XLSX) files.
fn read_zip(file: &InputFile, problems: &mut Vec<Problem>, depth: u8) -> Vec<Sheet> {
    let damaged = |problems: &mut Vec<Problem>, detail: String| {
        file_problem(
            problems,
            ProblemKind::DamagedFile {
                file: file.name.clone(),
                detail,
            },
        );
    };
    let mut archive = match zip::ZipArchive::new(Cursor::new(file.bytes.as_slice())) {
        Ok(a) => a,
        Err(e) => {
            damaged(problems, e.to_string());
            return Vec::new();
        }
    };
    if archive.len() > MAX_ZIP_ENTRIES {
        file_problem(
            problems,
            ProblemKind::UnpackedTooLarge {
                file: file.name.clone(),
                limit: MAX_UNPACKED_BYTES,
            },
        );
        return Vec::new();
    }
    let names: Vec<String> = (0..archive.len())
        .filter_map(|i| {
            archive
                .name_for_index(i)
                .and_then(Result::ok)
                .map(|n| n.into_owned())
        })
        .collect();
    // Declared sizes first: cheap, and enough to refuse most bombs before
    // any inflating. Reading is capped again below, since sizes can lie.
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        if let Ok(entry) = archive.by_index_raw(i) {
            declared = declared.saturating_add(entry.size());
        }
    }
    if declared > MAX_UNPACKED_BYTES {
        file_problem(
            problems,
            ProblemKind::UnpackedTooLarge {
                file: file.name.clone(),
                limit: MAX_UNPACKED_BYTES,
            },
        );
        return Vec::new();
    }
    if names.iter().any(|n| n == "xl/workbook.xml") {
        return read_xlsx(file, problems);
    }
    if names.iter().any(|n| n == "content.xml" || n == "mimetype") {
        file_problem(
            problems,
            ProblemKind::UnsupportedSpreadsheet {
                file: file.name.clone(),
            },
        );
        return Vec::new();
    }
    if depth > 0 {
        // A ZIP inside a ZIP: not followed.
        file_problem(
            problems,
            ProblemKind::NotASpreadsheet {
                file: file.name.clone(),
            },
        );
        return Vec::new();
    }
    let mut sheets = Vec::new();
    let mut unpacked: u64 = 0;
    for i in 0..archive.len() {
        let mut entry = match archive.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                damaged(problems, e.to_string());
                continue;
            }
        };
        let Ok(entry_name) = entry.name().map(|n| n.into_owned()) else {
            continue;
        };
        let base = entry_name.rsplit('/').next().unwrap_or("");
        if entry.is_dir()
            || base.is_empty()
            || base.starts_with('.')
            || entry_name.starts_with("__MACOSX")
        {
            continue;
        }
        let budget = MAX_UNPACKED_BYTES - unpacked;
        let mut bytes = Vec::new();
        if let Err(e) = (&mut entry).take(budget + 1).read_to_end(&mut bytes) {
            damaged(problems, e.to_string());
            continue;
        }
        unpacked += bytes.len() as u64;
        if unpacked > MAX_UNPACKED_BYTES {
            file_problem(
                problems,
                ProblemKind::UnpackedTooLarge {
                    file: file.name.clone(),
                    limit: MAX_UNPACKED_BYTES,
                },
            );
            return Vec::new();
        }
        let inner = InputFile {
            name: format!("{}: {entry_name}", file.name),
            bytes,
        };
        let mut inner_sheets = read_file_at_depth(&inner, problems, depth + 1);
        for sheet in &mut inner_sheets {
            if !entry_name.to_lowercase().ends_with(".xlsx") {
                sheet.name = stem(&entry_name).to_string();
            }
        }
        sheets.extend(inner_sheets);
    }
    sheets
}

/// An XLSX workbook: one sheet per worksheet, with the row numbers Excel
/// shows and the cell types kept.
fn read_xlsx(file: &InputFile, problems: &mut Vec<Problem>) -> Vec<Sheet> {
    let mut workbook: Xlsx<_> = match Xlsx::new(Cursor::new(file.bytes.as_slice())) {
        Ok(w) => w,
        Err(e) => {
            file_problem(
                problems,
                ProblemKind::DamagedFile {
                    file: file.name.clone(),
                    detail: e.to_string(),
                },
            );
            return Vec::new();
        }
    };
    let mut sheets = Vec::new();
    for sheet_name in workbook.sheet_names() {
        let rows = match worksheet_rows(&mut workbook, &sheet_name) {
            Ok(rows) => rows,
            Err(e) => {
                file_problem(
                    problems,
                    ProblemKind::DamagedFile {
                        file: format!("{}: {sheet_name}", file.name),
                        detail: e.to_string(),
                    },
                );
                continue;
            }
        };
        sheets.push(Sheet {
            source: format!("{}: {sheet_name}", file.name),
            name: sheet_name,
            rows,
            semicolon_locale: false,
        });
    }
    sheets
}

/// The rows of one worksheet, streamed cell by cell: the same rows as
/// calamine's `worksheet_range` (the bounding box of the non-empty cells,
/// blank rows left out) without holding its sparse, dense and owned copies
/// of a large sheet at once.
fn worksheet_rows<RS: Read + std::io::Seek>(
    workbook: &mut Xlsx<RS>,
    sheet_name: &str,
) -> Result<Vec<Row>, XlsxError> {
    let mut reader = match workbook.worksheet_cells_reader(sheet_name) {
        Ok(reader) => reader,
        // A chart sheet or the like: calamine reads it as an empty range.
        Err(XlsxError::NotAWorksheet(_)) => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    // Cells by absolute row, each row indexed by absolute column. Cells
    // nearly always come in row order; the map also takes them when not.
    let mut by_row: BTreeMap<u32, Vec<Cell>> = BTreeMap::new();
    let mut first_column = u32::MAX;
    let mut last_column = 0;
    while let Some(cell) = reader.next_cell()? {
        let (row, column) = cell.get_position();
        let value = cell.get_value();
        if *value == DataRef::Empty {
            continue;
        }
        first_column = first_column.min(column);
        last_column = last_column.max(column);
        let cells = by_row.entry(row).or_default();
        let index = column as usize;
        if cells.len() <= index {
            cells.resize(index + 1, Cell::Empty);
        }
        // A later cell at the same position wins, as in calamine's range.
        cells[index] = convert(value);
    }
    if by_row.is_empty() {
        return Ok(Vec::new());
    }
    let width = (last_column - first_column) as usize + 1;
    Ok(by_row
        .into_iter()
        .filter_map(|(row, mut cells)| {
            cells.drain(..first_column as usize);
            cells.resize(width, Cell::Empty);
            cells.iter().any(|c| !c.is_empty()).then(|| Row {
                number: row.saturating_add(1),
                cells,
            })
        })
        .collect())
}

/// calamine's cell → [`Cell`].
fn convert(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::Empty => Cell::Empty,
        DataRef::String(s) if s.trim().is_empty() => Cell::Empty,
        DataRef::SharedString(s) if s.trim().is_empty() => Cell::Empty,
        DataRef::String(s) => Cell::Text(s.clone()),
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(dt) if dt.is_datetime() && dt.as_f64() >= 1.0 => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Date::new(i32::from(y), u32::from(m), u32::from(d))
                .map_or_else(|| Cell::Error(format!("{}", dt.as_f64())), Cell::Date)
        }
        DataRef::DateTime(dt) => Cell::Number(dt.as_f64()),
        DataRef::DateTimeIso(s) => {
            super::values::parse_date_text(s).map_or_else(|| Cell::Text(s.clone()), Cell::Date)
        }
        DataRef::DurationIso(s) => Cell::Text(s.clone()),
        DataRef::Error(e) => Cell::Error(e.to_string()),
    }
}
