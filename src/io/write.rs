//! The data set laid out as sheets of typed cells, shared by every writer
//! (CSV, ZIP, XLSX, template, report), and the formula-injection defence.
//!
//! Owns: which tables are written and in which order, the canonical headers
//! and column order of data-format.md, how each model value becomes a cell
//! (codes and NIPs stay text, dates stay dates, numbers stay numbers), and
//! the reversible neutralisation of text that a spreadsheet would run as a
//! formula. Never does: byte encoding (that is `write_csv`, `write_xlsx`),
//! reading, validation, or anything with the browser. Entry point:
//! [`data_sheets`].
//!
//! # Formula neutralisation (the contract with the readers)
//!
//! A text value is *dangerous* when, after any number of leading `'`, it
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return. Writers of
//! plain text (CSV) put one extra `'` in front of a dangerous value, so
//! `-` becomes `'-`, `+62 812…` becomes `'+62 812…` and `'=x` becomes
//! `''=x`. A reader gets the original back with [`restore_neutralised`]:
//! when a field starts with `'` and is dangerous, drop exactly that one `'`.
//! Values that are not dangerous are never touched, so the mapping is a
//! bijection and round trips are exact. In XLSX files text is always a
//! string cell (never a formula) and dangerous text also gets Excel's own
//! quote-prefix style, which is not part of the cell's value: XLSX readers
//! must **not** strip anything.

use std::borrow::Cow;

use crate::io::problem::Table;
use crate::model::{AsnStatus, DataSet, Date, Education, PlanRow, PositionKind, Settings, Tags};

/// How a column is shown and protected in a spreadsheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// Free text (names, reasons).
    Text,
    /// An identifier that must stay text even when it looks like a number
    /// (NIP, kode_unit, kode_jabatan): XLSX columns get the text format `@`
    /// so that values typed later by a user stay text too.
    Code,
    /// A number (also 0/1 flags and integers).
    Number,
    /// A calendar date.
    Date,
    /// A NIP: text like [`ColumnKind::Code`] in XLSX; in CSV written in the
    /// grouped form `19860926 201505 1 001` (see `write_csv`).
    Nip,
}

/// One column of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The header written in row 1 (canonical name of data-format.md).
    pub header: &'static str,
    /// How the column is shown.
    pub kind: ColumnKind,
    /// Width in Excel character units.
    pub width: f64,
    /// The values a user picks from (a drop-down list in XLSX, with a
    /// warning, not a refusal, for anything else: readers accept more
    /// spellings than the list shows); empty for free input.
    pub choices: &'static [&'static str],
}

/// One cell value.
#[derive(Clone, Debug, PartialEq)]
pub enum CellValue {
    /// Nothing (an optional value that is not given).
    Empty,
    /// Text, written as a string cell (never a formula).
    Text(String),
    /// A number; non-finite numbers are written as empty cells.
    Number(f64),
    /// A number shown with a fixed count of decimals (`jarak_km` with 3);
    /// rounded to them in every format.
    Fixed(f64, u8),
    /// A date: ISO `YYYY-MM-DD` in text files, a real date in XLSX.
    Date(Date),
}

/// A named sheet: its columns and rows of cells (each row as long as the
/// column list).
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// Sheet name in XLSX, file stem in CSV (`pegawai` → `pegawai.csv`).
    pub name: String,
    /// Columns in order.
    pub columns: Vec<Column>,
    /// Records, without the header.
    pub rows: Vec<Vec<CellValue>>,
}

/// The data tables in the order of data-format.md.
pub const TABLE_ORDER: [Table; 6] = [
    Table::Unit,
    Table::Jabatan,
    Table::Kebutuhan,
    Table::UraianTugas,
    Table::Pegawai,
    Table::Pengaturan,
];

/// Every key of the `pengaturan` table, in the order of data-format.md
/// (one list for reading and writing).
pub use super::tables::SETTING_KEYS;

/// A column without a list of choices.
pub const fn col(header: &'static str, kind: ColumnKind, width: f64) -> Column {
    Column {
        header,
        kind,
        width,
        choices: &[],
    }
}

/// A column whose values come from `choices`.
const fn pick(
    header: &'static str,
    width: f64,
    kind: ColumnKind,
    choices: &'static [&'static str],
) -> Column {
    Column {
        header,
        kind,
        width,
        choices,
    }
}

const FLAGS: &[&str] = &["0", "1"];
const KINDS: &[&str] = &["struktural", "fungsional", "pelaksana"];
const EDUCATION: &[&str] = &["SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3"];
const STATUSES: &[&str] = &["PNS", "CPNS", "PPPK"];
const RATINGS: &[&str] = &[
    "Sangat Baik",
    "Baik",
    "Butuh Perbaikan",
    "Kurang",
    "Sangat Kurang",
];
const MOVE_STATUSES: &[&str] = &["usulan", "dinilai", "disetujui", "ditolak"];

/// The canonical columns of a data table, in the spec's order; empty for
/// [`Table::Rencana`] and [`Table::File`] (see [`plan_columns`]).
pub fn table_columns(table: Table) -> Vec<Column> {
    use ColumnKind::{Code, Date as D, Number as N, Text as T};
    match table {
        Table::Unit => vec![
            col("kode_unit", Code, 14.0),
            col("nama_unit", T, 36.0),
            col("induk", Code, 14.0),
            col("lat", N, 12.0),
            col("lon", N, 12.0),
            pick("terpencil", 10.0, N, FLAGS),
        ],
        Table::Jabatan => vec![
            col("kode_jabatan", Code, 14.0),
            col("nama_jabatan", T, 36.0),
            pick("jenis", 12.0, T, KINDS),
            col("kelas", N, 8.0),
            pick("pendidikan_min", 15.0, T, EDUCATION),
            col("kompetensi", T, 30.0),
            col("bup", N, 8.0),
        ],
        Table::Kebutuhan => vec![
            col("kode_unit", Code, 14.0),
            col("kode_jabatan", Code, 14.0),
            col("beban_kerja_jam", N, 16.0),
            col("kebutuhan", N, 12.0),
            col("kompetensi", T, 30.0),
        ],
        Table::UraianTugas => vec![
            col("kode_unit", Code, 14.0),
            col("kode_jabatan", Code, 14.0),
            col("uraian_tugas", T, 40.0),
            col("satuan_hasil", T, 16.0),
            col("volume_per_tahun", N, 17.0),
            col("norma_waktu_menit", N, 18.0),
        ],
        Table::Pegawai => vec![
            col("nip", ColumnKind::Nip, 21.0),
            col("nama", T, 30.0),
            col("kode_unit", Code, 14.0),
            col("kode_jabatan", Code, 14.0),
            pick("status_asn", 11.0, T, STATUSES),
            col("golongan", T, 10.0),
            pick("pendidikan", 11.0, T, EDUCATION),
            col("jurusan", T, 20.0),
            col("kompetensi", T, 30.0),
            col("tanggal_lahir", D, 13.0),
            col("tmt_jabatan", D, 13.0),
            pick("predikat_kinerja", 17.0, T, RATINGS),
            col("lat", N, 12.0),
            col("lon", N, 12.0),
            pick("kunci", 7.0, N, FLAGS),
            col("alasan_kunci", T, 24.0),
            col("pilihan_1", Code, 11.0),
            col("pilihan_2", Code, 11.0),
            col("pilihan_3", Code, 11.0),
        ],
        Table::Pengaturan => vec![col("kunci", T, 26.0), col("nilai", T, 14.0)],
        Table::Rencana | Table::File => Vec::new(),
    }
}

/// The columns of `rencana` (data-format.md, "Output").
pub fn plan_columns() -> Vec<Column> {
    use ColumnKind::{Code, Number as N, Text as T};
    vec![
        col("nip", ColumnKind::Nip, 21.0),
        col("nama", T, 30.0),
        col("kode_jabatan", Code, 14.0),
        col("dari_unit", Code, 14.0),
        col("ke_unit", Code, 14.0),
        col("jarak_km", N, 10.0),
        col("pilihan", N, 8.0),
        col("alasan", T, 50.0),
        pick("status", 11.0, T, MOVE_STATUSES),
    ]
}

fn text(value: &str) -> CellValue {
    CellValue::Text(value.to_string())
}

fn opt_text(value: Option<&str>) -> CellValue {
    value.map_or(CellValue::Empty, text)
}

fn opt_number(value: Option<f64>) -> CellValue {
    value.map_or(CellValue::Empty, CellValue::Number)
}

fn opt_date(value: Option<Date>) -> CellValue {
    value.map_or(CellValue::Empty, CellValue::Date)
}

fn flag(value: bool) -> CellValue {
    CellValue::Number(if value { 1.0 } else { 0.0 })
}

fn tags(value: &Tags) -> CellValue {
    if value.is_empty() {
        CellValue::Empty
    } else {
        CellValue::Text(value.to_field())
    }
}

/// The word written for a position kind (`jenis`).
pub fn position_kind_code(kind: PositionKind) -> &'static str {
    match kind {
        PositionKind::Struktural => "struktural",
        PositionKind::Fungsional => "fungsional",
        PositionKind::Pelaksana => "pelaksana",
    }
}

/// The word written for a civil-servant status (`status_asn`).
pub fn asn_status_code(status: AsnStatus) -> &'static str {
    match status {
        AsnStatus::Pns => "PNS",
        AsnStatus::Cpns => "CPNS",
        AsnStatus::Pppk => "PPPK",
    }
}

fn education(value: Option<Education>) -> CellValue {
    value.map_or(CellValue::Empty, |e| text(e.code()))
}

/// The rows of one data table (`Rencana`/`File` have none).
pub fn table_rows(data: &DataSet, table: Table) -> Vec<Vec<CellValue>> {
    match table {
        Table::Unit => data
            .units
            .iter()
            .map(|u| {
                vec![
                    text(&u.code),
                    text(&u.name),
                    opt_text(u.parent.as_deref()),
                    opt_number(u.coord.map(|c| c.lat)),
                    opt_number(u.coord.map(|c| c.lon)),
                    flag(u.remote),
                ]
            })
            .collect(),
        Table::Jabatan => data
            .positions
            .iter()
            .map(|p| {
                vec![
                    text(&p.code),
                    text(&p.name),
                    text(position_kind_code(p.kind)),
                    opt_number(p.class.map(f64::from)),
                    education(p.min_education),
                    tags(&p.competencies),
                    opt_number(p.retirement_age.map(f64::from)),
                ]
            })
            .collect(),
        Table::Kebutuhan => data
            .needs
            .iter()
            .map(|n| {
                vec![
                    text(&n.unit),
                    text(&n.position),
                    opt_number(n.workload_hours),
                    opt_number(n.fte),
                    tags(&n.competencies),
                ]
            })
            .collect(),
        Table::UraianTugas => data
            .tasks
            .iter()
            .map(|t| {
                vec![
                    text(&t.unit),
                    text(&t.position),
                    text(&t.description),
                    opt_text(t.output_unit.as_deref()),
                    CellValue::Number(t.volume_per_year),
                    CellValue::Number(t.minutes_per_unit),
                ]
            })
            .collect(),
        Table::Pegawai => data
            .employees
            .iter()
            .map(|e| {
                vec![
                    text(e.nip.as_str()),
                    text(&e.name),
                    text(&e.unit),
                    text(&e.position),
                    opt_text(e.status_given.map(asn_status_code)),
                    opt_text(e.grade.as_deref()),
                    education(e.education),
                    opt_text(e.major.as_deref()),
                    tags(&e.competencies),
                    opt_date(e.birth_date_given),
                    opt_date(e.tmt_position),
                    opt_text(e.rating.map(|r| r.label())),
                    opt_number(e.domicile.map(|c| c.lat)),
                    opt_number(e.domicile.map(|c| c.lon)),
                    flag(e.locked),
                    opt_text(e.lock_reason.as_deref()),
                    opt_text(e.wishes[0].as_deref()),
                    opt_text(e.wishes[1].as_deref()),
                    opt_text(e.wishes[2].as_deref()),
                ]
            })
            .collect(),
        Table::Pengaturan => settings_rows(&data.settings)
            .into_iter()
            .map(|(key, value)| vec![text(key), value])
            .collect(),
        Table::Rencana | Table::File => Vec::new(),
    }
}

/// The `pengaturan` rows (`kunci`, `nilai`): every setting written out
/// explicitly, defaults included, so a file reproduces the same plan even if
/// a later version changes a default. Optional settings that are not set
/// (`tanggal_acuan`, `jarak_maks_km`, `maks_mutasi`, `predikat_min`, the
/// moratorium dates) are left out rather than written empty.
pub fn settings_rows(settings: &Settings) -> Vec<(&'static str, CellValue)> {
    let w = settings.weights;
    let rows = [
        ("tanggal_acuan", opt_date(settings.reference_date)),
        (
            "jam_kerja_efektif",
            CellValue::Number(settings.effective_hours),
        ),
        (
            "masa_jabatan_min_tahun",
            CellValue::Number(settings.min_tenure_years),
        ),
        (
            "usia_pensiun",
            CellValue::Number(f64::from(settings.retirement_age)),
        ),
        (
            "lindungi_pensiun_bulan",
            CellValue::Number(f64::from(settings.retirement_protection_months)),
        ),
        ("bobot_mutasi", CellValue::Number(w.alpha)),
        ("bobot_jarak_km", CellValue::Number(w.beta)),
        ("bobot_pilihan", CellValue::Number(w.gamma)),
        ("bobot_kompetensi", CellValue::Number(w.zeta)),
        ("jarak_maks_km", opt_number(settings.max_km)),
        ("maks_mutasi", opt_number(settings.max_moves.map(f64::from))),
        (
            "masa_jabatan_maks_tahun",
            CellValue::Number(settings.max_tenure_years),
        ),
        ("bobot_rotasi", CellValue::Number(w.delta)),
        ("pppk_boleh_mutasi", flag(settings.pppk_may_move)),
        (
            "predikat_min",
            opt_text(settings.min_rating.map(|r| r.label())),
        ),
        ("masa_larangan_mulai", opt_date(settings.moratorium_start)),
        ("masa_larangan_selesai", opt_date(settings.moratorium_end)),
    ];
    rows.into_iter()
        .filter(|(_, value)| *value != CellValue::Empty)
        .collect()
}

/// Every `pengaturan` key with its value as text in file form (`.`
/// decimals, ISO dates), empty for an optional setting that is not set; the
/// settings screen starts its fields from these.
pub fn settings_text(settings: &Settings) -> Vec<(&'static str, String)> {
    let given = settings_rows(settings);
    crate::io::tables::SETTING_KEYS
        .iter()
        .map(|&key| {
            let text = given
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, value)| match value {
                    CellValue::Empty => String::new(),
                    CellValue::Text(text) => text.clone(),
                    CellValue::Number(n) => format_number(*n).unwrap_or_default(),
                    CellValue::Fixed(n, d) => format_fixed(*n, *d).unwrap_or_default(),
                    CellValue::Date(date) => date.to_string(),
                })
                .unwrap_or_default();
            (key, text)
        })
        .collect()
}

/// The sheet of one data table, with all its rows (possibly none).
pub fn table_sheet(data: &DataSet, table: Table) -> Sheet {
    Sheet {
        name: table.name().to_string(),
        columns: table_columns(table),
        rows: table_rows(data, table),
    }
}

/// The sheets written for a data set, in the spec's table order: every
/// table that has rows, and always `pengaturan` (it always has rows, since
/// every setting is written out).
pub fn data_sheets(data: &DataSet) -> Vec<Sheet> {
    TABLE_ORDER
        .into_iter()
        .map(|table| table_sheet(data, table))
        .filter(|sheet| !sheet.rows.is_empty())
        .collect()
}

/// The `rencana` sheet of a plan, rows in the given order; `jarak_km` with
/// three decimals.
pub fn plan_sheet(rows: &[PlanRow]) -> Sheet {
    Sheet {
        name: Table::Rencana.name().to_string(),
        columns: plan_columns(),
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    text(r.nip.as_str()),
                    text(&r.name),
                    text(&r.position),
                    text(&r.from_unit),
                    text(&r.to_unit),
                    r.km.map_or(CellValue::Empty, |km| CellValue::Fixed(km, 3)),
                    opt_number(r.wish.map(f64::from)),
                    text(&r.reason),
                    text(r.status.code()),
                ]
            })
            .collect(),
    }
}

/// True when a spreadsheet could run `value` as a formula, or when it
/// already looks like a neutralised value (leading `'`s followed by a
/// formula character); see the module doc.
pub fn is_dangerous(value: &str) -> bool {
    matches!(
        value.trim_start_matches('\'').chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
}

/// The text written to a plain-text file: dangerous values get one leading
/// `'` (see the module doc), others are unchanged.
pub fn neutralise(value: &str) -> Cow<'_, str> {
    if is_dangerous(value) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// The reader's inverse of [`neutralise`], for CSV fields: a field that
/// starts with `'` and is dangerous loses that one `'`; anything else is
/// returned unchanged. Apply it to text fields only, before trimming.
///
/// # Example
/// ```
/// use seimbang::io::write::{neutralise, restore_neutralised};
/// for original in ["-", "+62 812", "=SUM(A1)", "'=x", "Budi", "'quoted"] {
///     assert_eq!(restore_neutralised(&neutralise(original)), original);
/// }
/// ```
pub fn restore_neutralised(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if is_dangerous(field) => rest,
        _ => field,
    }
}

/// Rounds `value` to `decimals` places and formats it with exactly that
/// many (`12.300`); `None` for NaN and infinities.
pub fn format_fixed(value: f64, decimals: u8) -> Option<String> {
    value
        .is_finite()
        .then(|| format!("{:.*}", usize::from(decimals), value))
}

/// Formats a number for text files: shortest representation that reads
/// back to the same `f64`, `.` as decimal separator, no grouping, no
/// exponent; `None` for NaN and infinities.
pub fn format_number(value: f64) -> Option<String> {
    value.is_finite().then(|| format!("{value}"))
}

/// Why an export could not be written. Only XLSX and ZIP exports can fail,
/// and only on limits of those formats; the message data lets `i18n` or
/// the CLI say exactly where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// A sheet has more rows than a spreadsheet holds (1,048,576 including
    /// the header).
    TooManyRows {
        /// Sheet name.
        sheet: String,
        /// Records in the sheet.
        rows: usize,
    },
    /// A text longer than the 32,767 characters an Excel cell holds.
    TextTooLong {
        /// Sheet name.
        sheet: String,
        /// Row as the spreadsheet shows it (header = 1).
        row: usize,
        /// Column header.
        column: String,
    },
    /// Any other failure of the XLSX or ZIP library (not expected in
    /// practice; the library's message is kept).
    Library(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::TooManyRows { sheet, rows } => write!(
                f,
                "sheet {sheet} has {rows} rows, more than a spreadsheet holds"
            ),
            ExportError::TextTooLong { sheet, row, column } => write!(
                f,
                "sheet {sheet}, row {row}, column {column}: text longer than 32767 characters"
            ),
            ExportError::Library(message) => write!(f, "export failed: {message}"),
        }
    }
}

impl std::error::Error for ExportError {}
