//! Sheets → typed rows: header resolution (spec names, aliases, the user's
//! mapping, dropping personal columns) and one reader per table that types
//! every cell and reports every problem with its row and column.
//!
//! Never does: checks between tables (see `validate`) or container work.

use std::collections::BTreeMap;

use super::headers::{
    self, GELAR_BELAKANG, GELAR_DEPAN, HeaderMapping, KEDUDUKAN_HUKUM, canonical_columns,
    normalize_header, required_columns,
};
use super::problem::{Problem, ProblemKind, Table, UnknownHeader};
use super::sheet::{Cell, Row, Sheet};
use super::values;
use crate::model::{Coord, Employee, Need, Position, PositionKind, Settings, Tags, Task, Unit};

/// Where the side results of reading go: problems, dropped columns and
/// headers waiting for the user's mapping.
pub struct Sink<'a> {
    /// Every problem found.
    pub problems: &'a mut Vec<Problem>,
    /// Columns dropped at import.
    pub dropped: &'a mut Vec<(Table, String)>,
    /// Headers that matched nothing.
    pub unknown: &'a mut Vec<UnknownHeader>,
}

/// Column name → index in the row, after matching.
#[derive(Debug, Default)]
pub struct Columns {
    index: BTreeMap<&'static str, usize>,
    width: usize,
}

impl Columns {
    /// True when the column was found.
    pub fn has(&self, column: &str) -> bool {
        self.index.contains_key(column)
    }
}

static EMPTY: Cell = Cell::Empty;

/// The canonical (or extra) column that a user's mapping choice names.
fn known_column(table: Table, column: &str) -> Option<&'static str> {
    canonical_columns(table)
        .iter()
        .copied()
        .chain(
            (table == Table::Pegawai)
                .then_some([GELAR_DEPAN, GELAR_BELAKANG, KEDUDUKAN_HUKUM])
                .into_iter()
                .flatten(),
        )
        .find(|c| *c == column)
}

/// The spreadsheet letter of a 0-based column index: A, …, Z, AA, ….
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Matches the header row of `sheet` to the columns of `table`. `None`
/// when a required column is missing (problems say which).
pub fn resolve_headers(
    sheet: &Sheet,
    table: Table,
    mapping: &HeaderMapping,
    sink: &mut Sink<'_>,
) -> Option<Columns> {
    let header_row = sheet.rows.first()?;
    let headers: Vec<String> = header_row.cells.iter().map(Cell::display).collect();
    let mut columns = Columns {
        index: BTreeMap::new(),
        width: headers.len(),
    };
    let mut done = vec![false; headers.len()];
    let mut ignored = Vec::new();
    let mut sensitive = Vec::new();
    let mut not_needed = Vec::new();
    // Pass 1: the user's choices and exact names.
    for (i, header) in headers.iter().enumerate() {
        if header.is_empty() {
            done[i] = true;
            // Data under a blank header is reported by its column letter,
            // never dropped silently.
            let has_data = sheet
                .rows
                .iter()
                .skip(1)
                .any(|r| r.cells.get(i).is_some_and(|c| !c.is_empty()));
            if has_data {
                ignored.push(format!("({})", column_letter(i)));
            }
            continue;
        }
        let exact = canonical_columns(table)
            .iter()
            .copied()
            .find(|c| *c == normalize_header(header));
        let target = match mapping.get(table, header) {
            Some(None) => {
                sink.dropped.push((table, header.clone()));
                done[i] = true;
                continue;
            }
            Some(Some(column)) => known_column(table, column).or(exact),
            None => exact,
        };
        if let Some(column) = target {
            done[i] = true;
            if columns.index.contains_key(column) {
                sink.problems.push(Problem::error(
                    table,
                    Some(header_row.number),
                    Some(column),
                    ProblemKind::DuplicateColumn {
                        header: header.clone(),
                    },
                ));
            } else {
                columns.index.insert(column, i);
            }
        }
    }
    // Pass 2: aliases of real exports, for columns still free.
    for (i, header) in headers.iter().enumerate() {
        if done[i] {
            continue;
        }
        if let Some(column) = headers::match_column(table, header) {
            done[i] = true;
            if columns.index.contains_key(column) {
                ignored.push(header.clone());
                sink.dropped.push((table, header.clone()));
            } else {
                columns.index.insert(column, i);
            }
        }
    }
    // Pass 3: personal columns are dropped; the rest wait for a mapping.
    for (i, header) in headers.iter().enumerate() {
        if done[i] {
            continue;
        }
        sink.dropped.push((table, header.clone()));
        if headers::is_sensitive(header) {
            sensitive.push(header.clone());
        } else if headers::is_not_needed(header) {
            not_needed.push(header.clone());
        } else {
            ignored.push(header.clone());
            sink.unknown.push(UnknownHeader {
                table,
                header: header.clone(),
                suggestion: headers::suggest_column(table, header)
                    .filter(|c| !columns.has(c))
                    .map(str::to_string),
            });
        }
    }
    let at_header = Some(header_row.number);
    if !sensitive.is_empty() {
        sink.problems.push(Problem::warning(
            table,
            at_header,
            None,
            ProblemKind::SensitiveColumnsDropped { headers: sensitive },
        ));
    }
    if !not_needed.is_empty() {
        sink.problems.push(Problem::warning(
            table,
            at_header,
            None,
            ProblemKind::ColumnsNotNeeded {
                headers: not_needed,
            },
        ));
    }
    if !ignored.is_empty() {
        sink.problems.push(Problem::warning(
            table,
            at_header,
            None,
            ProblemKind::ColumnsIgnored { headers: ignored },
        ));
    }
    let mut complete = true;
    for column in required_columns(table) {
        if !columns.has(column) {
            complete = false;
            sink.problems.push(Problem::error(
                table,
                at_header,
                Some(column),
                ProblemKind::MissingColumn,
            ));
        }
    }
    complete.then_some(columns)
}

/// One record row with its table's columns: typed getters that report
/// problems at this row and column.
pub struct Record<'a> {
    table: Table,
    row: &'a Row,
    columns: &'a Columns,
    semicolon_locale: bool,
}

impl<'a> Record<'a> {
    /// The row number as the spreadsheet shows it.
    pub fn number(&self) -> u32 {
        self.row.number
    }

    /// The cell of `column` as found (empty when the column is absent).
    fn raw_cell(&self, column: &str) -> &'a Cell {
        self.columns
            .index
            .get(column)
            .and_then(|i| self.row.cells.get(*i))
            .unwrap_or(&EMPTY)
    }

    /// The cell of `column`; empty when the column is absent or the cell
    /// holds a spreadsheet error (reported once by [`records`]).
    pub fn cell(&self, column: &str) -> &'a Cell {
        match self.raw_cell(column) {
            Cell::Error(_) => &EMPTY,
            cell => cell,
        }
    }

    /// True when the cell holds a spreadsheet error (already reported).
    fn is_error_cell(&self, column: &str) -> bool {
        matches!(self.raw_cell(column), Cell::Error(_))
    }

    fn report(&self, problems: &mut Vec<Problem>, column: &str, kind: ProblemKind) {
        let column = Some(column);
        let problem = match kind {
            ProblemKind::UnknownGrade { .. } => {
                Problem::warning(self.table, Some(self.number()), column, kind)
            }
            _ => Problem::error(self.table, Some(self.number()), column, kind),
        };
        problems.push(problem);
    }

    /// Trimmed text, `None` when empty.
    pub fn text(&self, column: &str) -> Option<String> {
        let cell = self.cell(column);
        (!cell.is_empty()).then(|| cell.display())
    }

    /// Trimmed text; an error when empty.
    pub fn required_text(&self, problems: &mut Vec<Problem>, column: &str) -> Option<String> {
        let found = self.text(column);
        if found.is_none() && !self.is_error_cell(column) {
            self.report(problems, column, ProblemKind::RequiredValueMissing);
        }
        found
    }

    /// A typed optional value: `None` when empty or wrong (wrong reports).
    pub fn get<T>(
        &self,
        problems: &mut Vec<Problem>,
        column: &str,
        parse: impl Fn(&Cell) -> Result<T, ProblemKind>,
    ) -> Option<T> {
        let cell = self.cell(column);
        if cell.is_empty() {
            return None;
        }
        parse(cell)
            .map_err(|kind| self.report(problems, column, kind))
            .ok()
    }

    /// A typed required value: an error when empty or wrong.
    pub fn required<T>(
        &self,
        problems: &mut Vec<Problem>,
        column: &str,
        parse: impl Fn(&Cell) -> Result<T, ProblemKind>,
    ) -> Option<T> {
        if self.cell(column).is_empty() {
            if !self.is_error_cell(column) {
                self.report(problems, column, ProblemKind::RequiredValueMissing);
            }
            return None;
        }
        self.get(problems, column, parse)
    }

    /// A number ≥ 0 (optional).
    pub fn non_negative(&self, problems: &mut Vec<Problem>, column: &str) -> Option<f64> {
        let semi = self.semicolon_locale;
        self.get(problems, column, |c| values::non_negative(c, semi))
    }

    /// `lat`/`lon` as a coordinate: both or neither.
    pub fn coord(&self, problems: &mut Vec<Problem>) -> Option<Coord> {
        let semi = self.semicolon_locale;
        let lat = self.get(problems, "lat", |c| values::in_range(c, semi, -90.0, 90.0));
        let lon = self.get(problems, "lon", |c| {
            values::in_range(c, semi, -180.0, 180.0)
        });
        let (lat_empty, lon_empty) = (self.cell("lat").is_empty(), self.cell("lon").is_empty());
        if lat_empty != lon_empty {
            let missing = if lat_empty { "lat" } else { "lon" };
            self.report(problems, missing, ProblemKind::HalfCoordinate);
            return None;
        }
        Coord::new(lat?, lon?)
    }
}

/// Iterates the record rows of a sheet (after the header), reporting cells
/// beyond the last header.
pub fn records<'a>(
    sheet: &'a Sheet,
    table: Table,
    columns: &'a Columns,
    problems: &mut Vec<Problem>,
) -> Vec<Record<'a>> {
    let mut out = Vec::with_capacity(sheet.rows.len());
    for row in sheet.rows.iter().skip(1) {
        let extra = row
            .cells
            .iter()
            .skip(columns.width)
            .filter(|c| !c.is_empty())
            .count();
        if extra > 0 {
            problems.push(Problem::warning(
                table,
                Some(row.number),
                None,
                ProblemKind::ExtraCells { count: extra },
            ));
        }
        for (column, i) in &columns.index {
            if let Some(Cell::Error(value)) = row.cells.get(*i) {
                problems.push(Problem::error(
                    table,
                    Some(row.number),
                    Some(column),
                    ProblemKind::SpreadsheetError {
                        value: value.clone(),
                    },
                ));
            }
        }
        out.push(Record {
            table,
            row,
            columns,
            semicolon_locale: sheet.semicolon_locale,
        });
    }
    out
}

/// Table `unit`.
pub fn read_units(records: &[Record<'_>], problems: &mut Vec<Problem>) -> Vec<(u32, Unit)> {
    let mut out = Vec::new();
    for r in records {
        let code = r.required_text(problems, "kode_unit");
        let name = r.required_text(problems, "nama_unit");
        let coord = r.coord(problems);
        let remote = r.get(problems, "terpencil", values::flag).unwrap_or(false);
        if let (Some(code), Some(name)) = (code, name) {
            out.push((
                r.number(),
                Unit {
                    code,
                    name,
                    parent: r.text("induk"),
                    coord,
                    remote,
                },
            ));
        }
    }
    out
}

/// Table `jabatan`.
pub fn read_positions(records: &[Record<'_>], problems: &mut Vec<Problem>) -> Vec<(u32, Position)> {
    let mut out = Vec::new();
    for r in records {
        let semi = r.semicolon_locale;
        let code = r.required_text(problems, "kode_jabatan");
        let name = r.required_text(problems, "nama_jabatan");
        let kind = r
            .get(problems, "jenis", values::position_kind)
            .unwrap_or(PositionKind::Pelaksana);
        let class = r.get(problems, "kelas", |c| values::whole(c, semi, 1, 17));
        let min_education = r.get(problems, "pendidikan_min", values::education);
        let retirement_age = r.get(problems, "bup", |c| values::whole(c, semi, 1, 100));
        if let (Some(code), Some(name)) = (code, name) {
            out.push((
                r.number(),
                Position {
                    code,
                    name,
                    kind,
                    class: class.map(|c| c as u8),
                    min_education,
                    competencies: Tags::parse(&r.text("kompetensi").unwrap_or_default()),
                    retirement_age,
                },
            ));
        }
    }
    out
}

/// Table `kebutuhan`.
pub fn read_needs(records: &[Record<'_>], problems: &mut Vec<Problem>) -> Vec<(u32, Need)> {
    let mut out = Vec::new();
    for r in records {
        let unit = r.required_text(problems, "kode_unit");
        let position = r.required_text(problems, "kode_jabatan");
        let workload_hours = r.non_negative(problems, "beban_kerja_jam");
        let fte = r.non_negative(problems, "kebutuhan");
        if let (Some(unit), Some(position)) = (unit, position) {
            out.push((
                r.number(),
                Need {
                    unit,
                    position,
                    workload_hours,
                    fte,
                    competencies: Tags::parse(&r.text("kompetensi").unwrap_or_default()),
                },
            ));
        }
    }
    out
}

/// Table `uraian_tugas`.
pub fn read_tasks(records: &[Record<'_>], problems: &mut Vec<Problem>) -> Vec<(u32, Task)> {
    let mut out = Vec::new();
    for r in records {
        let semi = r.semicolon_locale;
        let unit = r.required_text(problems, "kode_unit");
        let position = r.required_text(problems, "kode_jabatan");
        let description = r.required_text(problems, "uraian_tugas");
        let volume = r.required(problems, "volume_per_tahun", |c| {
            values::non_negative(c, semi)
        });
        let minutes = r.required(problems, "norma_waktu_menit", |c| {
            values::non_negative(c, semi)
        });
        if let (Some(unit), Some(position), Some(description), Some(volume), Some(minutes)) =
            (unit, position, description, volume, minutes)
        {
            out.push((
                r.number(),
                Task {
                    unit,
                    position,
                    description,
                    output_unit: r.text("satuan_hasil"),
                    volume_per_year: volume,
                    minutes_per_unit: minutes,
                },
            ));
        }
    }
    out
}

/// An employee with what the cross-table checks need beyond the model.
pub struct EmployeeRow {
    /// Row number.
    pub row: u32,
    /// The employee.
    pub employee: Employee,
    /// The golongan's system, when the golongan was understood.
    pub grade_system: Option<values::GradeSystem>,
}

/// `gelar_depan nama, gelar_belakang` as Indonesians write a name.
fn with_titles(name: String, front: Option<String>, back: Option<String>) -> String {
    let mut full = match front {
        Some(f) => format!("{f} {name}"),
        None => name,
    };
    if let Some(b) = back {
        full = format!("{full}, {b}");
    }
    full
}

/// Table `pegawai`.
pub fn read_employees(records: &[Record<'_>], problems: &mut Vec<Problem>) -> Vec<EmployeeRow> {
    let mut out = Vec::new();
    for r in records {
        let nip = r.required(problems, "nip", values::nip);
        let name = r.required_text(problems, "nama");
        let unit = r.required_text(problems, "kode_unit");
        let position = r.required_text(problems, "kode_jabatan");
        let status_given = r.get(problems, "status_asn", values::status);
        let grade = r.get(problems, "golongan", values::grade);
        let education = r.get(problems, "pendidikan", values::education);
        let birth_date_given = r.get(problems, "tanggal_lahir", values::date);
        let tmt_position = r.get(problems, "tmt_jabatan", values::date);
        let rating = r.get(problems, "predikat_kinerja", values::rating);
        let domicile = r.coord(problems);
        let locked = r.get(problems, "kunci", values::flag).unwrap_or(false);
        if let Some(value) = r.text(KEDUDUKAN_HUKUM) {
            let key = value.to_uppercase();
            let active = key.contains("AKTIF") && !key.contains("TIDAK") && !key.contains("NON");
            if !active {
                problems.push(Problem::warning(
                    Table::Pegawai,
                    Some(r.number()),
                    Some(KEDUDUKAN_HUKUM),
                    ProblemKind::NotActive { value },
                ));
            }
        }
        let (grade_text, grade_system) = match grade {
            Some((g, s)) => (Some(g), Some(s)),
            None => (r.text("golongan"), None),
        };
        if let (Some(nip), Some(name), Some(unit), Some(position)) = (nip, name, unit, position) {
            let name = with_titles(name, r.text(GELAR_DEPAN), r.text(GELAR_BELAKANG));
            out.push(EmployeeRow {
                row: r.number(),
                grade_system,
                employee: Employee {
                    nip,
                    name,
                    unit,
                    position,
                    status_given,
                    grade: grade_text,
                    education,
                    major: r.text("jurusan"),
                    competencies: Tags::parse(&r.text("kompetensi").unwrap_or_default()),
                    birth_date_given,
                    tmt_position,
                    rating,
                    domicile,
                    locked,
                    lock_reason: r.text("alasan_kunci"),
                    wishes: [
                        r.text("pilihan_1"),
                        r.text("pilihan_2"),
                        r.text("pilihan_3"),
                    ],
                },
            });
        }
    }
    out
}

/// Table `pengaturan`: applies each known key to the defaults.
pub fn read_settings(records: &[Record<'_>], problems: &mut Vec<Problem>) -> Settings {
    let mut settings = Settings::default();
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    for r in records {
        let Some(key) = r.required_text(problems, "kunci") else {
            continue;
        };
        let key = normalize_header(&key);
        if let Some(first_row) = seen.get(&key) {
            r.report(
                problems,
                "kunci",
                ProblemKind::DuplicateSetting {
                    key,
                    first_row: *first_row,
                },
            );
            continue;
        }
        seen.insert(key.clone(), r.number());
        let cell = r.cell("nilai");
        if cell.is_empty() {
            // Empty value: the default stays (or "none" for optional limits).
            if !SETTING_KEYS.contains(&key.as_str()) {
                unknown_setting(r, problems, key);
            }
            continue;
        }
        let result = match apply_setting(&mut settings, &key, cell, r.semicolon_locale) {
            Some(result) => result,
            None => {
                unknown_setting(r, problems, key);
                Ok(())
            }
        };
        if let Err(kind) = result {
            r.report(problems, "nilai", kind);
        }
    }
    if let (Some(start), Some(end)) = (settings.moratorium_start, settings.moratorium_end)
        && end < start
    {
        let row = seen.get("masa_larangan_selesai").copied();
        problems.push(Problem::error(
            Table::Pengaturan,
            row,
            Some("nilai"),
            ProblemKind::PeriodEndsBeforeStart,
        ));
    }
    settings
}

/// Applies one `pengaturan` value to `settings`, validated exactly as the
/// reader does (the settings screen uses it as the user types). `None` when
/// `key` is not a setting; `semicolon` is true for values from an
/// Indonesian-locale (`;`-delimited) file.
pub fn apply_setting(
    settings: &mut Settings,
    key: &str,
    cell: &Cell,
    semicolon: bool,
) -> Option<Result<(), ProblemKind>> {
    let semi = semicolon;
    let num = |c: &Cell| values::non_negative(c, semi);
    let whole = |c: &Cell| values::whole(c, semi, 0, 1_000_000);
    let s = settings;
    Some(match key {
        "tanggal_acuan" => values::date(cell).map(|d| s.reference_date = Some(d)),
        "jam_kerja_efektif" => match num(cell) {
            Ok(v) if v > 0.0 => {
                s.effective_hours = v;
                Ok(())
            }
            Ok(_) => Err(ProblemKind::OutOfRange {
                value: cell.display(),
                min: 1.0,
                max: 8784.0,
            }),
            Err(e) => Err(e),
        },
        "masa_jabatan_min_tahun" => num(cell).map(|v| s.min_tenure_years = v),
        "usia_pensiun" => values::whole(cell, semi, 1, 100).map(|v| s.retirement_age = v),
        "lindungi_pensiun_bulan" => whole(cell).map(|v| s.retirement_protection_months = v),
        "bobot_mutasi" => num(cell).map(|v| s.weights.alpha = v),
        "bobot_jarak_km" => num(cell).map(|v| s.weights.beta = v),
        "bobot_pilihan" => num(cell).map(|v| s.weights.gamma = v),
        "bobot_kompetensi" => num(cell).map(|v| s.weights.zeta = v),
        "bobot_rotasi" => num(cell).map(|v| s.weights.delta = v),
        "jarak_maks_km" => num(cell).map(|v| s.max_km = Some(v)),
        "maks_mutasi" => whole(cell).map(|v| s.max_moves = Some(v)),
        "masa_jabatan_maks_tahun" => num(cell).map(|v| s.max_tenure_years = v),
        "pppk_boleh_mutasi" => values::flag(cell).map(|v| s.pppk_may_move = v),
        "predikat_min" => values::rating(cell).map(|v| s.min_rating = Some(v)),
        "masa_larangan_mulai" => values::date(cell).map(|d| s.moratorium_start = Some(d)),
        "masa_larangan_selesai" => values::date(cell).map(|d| s.moratorium_end = Some(d)),
        _ => return None,
    })
}

/// Every key of the `pengaturan` table.
pub const SETTING_KEYS: &[&str] = &[
    "tanggal_acuan",
    "jam_kerja_efektif",
    "masa_jabatan_min_tahun",
    "usia_pensiun",
    "lindungi_pensiun_bulan",
    "bobot_mutasi",
    "bobot_jarak_km",
    "bobot_pilihan",
    "bobot_kompetensi",
    "jarak_maks_km",
    "maks_mutasi",
    "masa_jabatan_maks_tahun",
    "bobot_rotasi",
    "pppk_boleh_mutasi",
    "predikat_min",
    "masa_larangan_mulai",
    "masa_larangan_selesai",
];

fn unknown_setting(r: &Record<'_>, problems: &mut Vec<Problem>, key: String) {
    problems.push(Problem::warning(
        Table::Pengaturan,
        Some(r.number()),
        Some("kunci"),
        ProblemKind::UnknownSetting { key },
    ));
}
