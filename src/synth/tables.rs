//! A data set as the spec's text tables, and seeded corruptions of them.
//!
//! Owns: [`RawTable`] (one table as header + rows of text, formatted per
//! data-format.md: ISO dates, `.` decimals, `0`/`1` flags, tags joined with
//! `; `), [`to_raw_tables`], [`bad_tables`] and [`ExpectedProblem`]. Never
//! does: parse text (that is `io`) or decide what a reader should say about
//! a bad cell beyond a short code of what was broken and where.

use std::collections::BTreeSet;

use crate::io::{Table, canonical_columns};
use crate::model::{AsnStatus, DataSet, Employee, PositionKind};

use super::rng::Rng;

/// One table as text: what a CSV file or a spreadsheet sheet holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawTable {
    /// Table name of data-format.md (`unit`, `jabatan`, `kebutuhan`,
    /// `uraian_tugas`, `pegawai`, `pengaturan`), also the CSV file's stem
    /// and the sheet name.
    pub name: &'static str,
    /// Header row (spreadsheet row 1).
    pub header: Vec<String>,
    /// Record rows; `rows[i]` is spreadsheet row `i + 2`.
    pub rows: Vec<Vec<String>>,
}

impl RawTable {
    /// Index of a header, if present.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    /// The table as comma-separated text with `\n` line ends; fields with a
    /// comma, quote or line break are quoted (RFC 4180).
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        for row in std::iter::once(&self.header).chain(&self.rows) {
            for (i, field) in row.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if field.contains([',', '"', '\n', '\r']) {
                    out.push('"');
                    out.push_str(&field.replace('"', "\"\""));
                    out.push('"');
                } else {
                    out.push_str(field);
                }
            }
            out.push('\n');
        }
        out
    }
}

/// A corruption [`bad_tables`] made, and where a reader should report it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ExpectedProblem {
    /// Table name (`pegawai`, …).
    pub table: &'static str,
    /// Spreadsheet row: the header is row 1, the first record row 2.
    pub row: u32,
    /// Column header of the changed cell.
    pub column: &'static str,
    /// Short code of what was broken, e.g. `nip_scientific`.
    pub what: &'static str,
}

/// Shortest decimal text that reads back to the same `f64` (`.` decimal).
fn num(x: f64) -> String {
    format!("{x}")
}

fn opt<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn opt_num(value: Option<f64>) -> String {
    value.map(num).unwrap_or_default()
}

fn flag(value: bool) -> String {
    if value { "1" } else { "0" }.to_string()
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|h| h.to_string()).collect()
}

fn status_word(status: AsnStatus) -> &'static str {
    match status {
        AsnStatus::Pns => "PNS",
        AsnStatus::Cpns => "CPNS",
        AsnStatus::Pppk => "PPPK",
    }
}

fn employee_row(e: &Employee) -> Vec<String> {
    vec![
        e.nip.to_string(),
        e.name.clone(),
        e.unit.clone(),
        e.position.clone(),
        e.status_given
            .map(status_word)
            .unwrap_or_default()
            .to_string(),
        opt(&e.grade),
        e.education
            .map(|x| x.code())
            .unwrap_or_default()
            .to_string(),
        opt(&e.major),
        e.competencies.to_field(),
        opt(&e.birth_date_given),
        opt(&e.tmt_position),
        e.rating.map(|r| r.label()).unwrap_or_default().to_string(),
        opt_num(e.domicile.map(|c| c.lat)),
        opt_num(e.domicile.map(|c| c.lon)),
        flag(e.locked),
        opt(&e.lock_reason),
        opt(&e.wishes[0]),
        opt(&e.wishes[1]),
        opt(&e.wishes[2]),
    ]
}

/// The data set as the six tables of data-format.md, in the order `unit`,
/// `jabatan`, `kebutuhan`, `uraian_tugas`, `pegawai`, `pengaturan`, with
/// the spec's headers. Every table is present, even when it has no rows.
/// Values: ISO dates, `.` decimals in their shortest exact form, `0`/`1`
/// flags, tags joined with `; `, empty text for missing values.
pub fn to_raw_tables(data: &DataSet) -> Vec<RawTable> {
    let units = data
        .units
        .iter()
        .map(|u| {
            vec![
                u.code.clone(),
                u.name.clone(),
                opt(&u.parent),
                opt_num(u.coord.map(|c| c.lat)),
                opt_num(u.coord.map(|c| c.lon)),
                flag(u.remote),
            ]
        })
        .collect();
    let positions = data
        .positions
        .iter()
        .map(|p| {
            vec![
                p.code.clone(),
                p.name.clone(),
                match p.kind {
                    PositionKind::Struktural => "struktural",
                    PositionKind::Fungsional => "fungsional",
                    PositionKind::Pelaksana => "pelaksana",
                }
                .to_string(),
                opt(&p.class),
                p.min_education
                    .map(|e| e.code())
                    .unwrap_or_default()
                    .to_string(),
                p.competencies.to_field(),
                opt(&p.retirement_age),
            ]
        })
        .collect();
    let needs = data
        .needs
        .iter()
        .map(|n| {
            vec![
                n.unit.clone(),
                n.position.clone(),
                opt_num(n.workload_hours),
                opt_num(n.fte),
                n.competencies.to_field(),
            ]
        })
        .collect();
    let tasks = data
        .tasks
        .iter()
        .map(|t| {
            vec![
                t.unit.clone(),
                t.position.clone(),
                t.description.clone(),
                opt(&t.output_unit),
                num(t.volume_per_year),
                num(t.minutes_per_unit),
            ]
        })
        .collect();
    let employees = data.employees.iter().map(employee_row).collect();
    let s = &data.settings;
    let settings: Vec<(&str, String)> = vec![
        ("tanggal_acuan", opt(&s.reference_date)),
        ("jam_kerja_efektif", num(s.effective_hours)),
        ("masa_jabatan_min_tahun", num(s.min_tenure_years)),
        ("usia_pensiun", s.retirement_age.to_string()),
        (
            "lindungi_pensiun_bulan",
            s.retirement_protection_months.to_string(),
        ),
        ("bobot_mutasi", num(s.weights.alpha)),
        ("bobot_jarak_km", num(s.weights.beta)),
        ("bobot_pilihan", num(s.weights.gamma)),
        ("bobot_kompetensi", num(s.weights.zeta)),
        ("jarak_maks_km", opt_num(s.max_km)),
        ("maks_mutasi", opt(&s.max_moves)),
        ("masa_jabatan_maks_tahun", num(s.max_tenure_years)),
        ("bobot_rotasi", num(s.weights.delta)),
        ("pppk_boleh_mutasi", flag(s.pppk_may_move)),
        (
            "predikat_min",
            s.min_rating
                .map(|r| r.label())
                .unwrap_or_default()
                .to_string(),
        ),
        ("masa_larangan_mulai", opt(&s.moratorium_start)),
        ("masa_larangan_selesai", opt(&s.moratorium_end)),
    ];
    vec![
        RawTable {
            name: "unit",
            header: header(canonical_columns(Table::Unit)),
            rows: units,
        },
        RawTable {
            name: "jabatan",
            header: header(canonical_columns(Table::Jabatan)),
            rows: positions,
        },
        RawTable {
            name: "kebutuhan",
            header: header(canonical_columns(Table::Kebutuhan)),
            rows: needs,
        },
        RawTable {
            name: "uraian_tugas",
            header: header(canonical_columns(Table::UraianTugas)),
            rows: tasks,
        },
        RawTable {
            name: "pegawai",
            header: header(canonical_columns(Table::Pegawai)),
            rows: employees,
        },
        RawTable {
            name: "pengaturan",
            header: header(&["kunci", "nilai"]),
            rows: settings
                .into_iter()
                .map(|(k, v)| vec![k.to_string(), v])
                .collect(),
        },
    ]
}

/// The kinds of corruption, each breaking exactly one cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Corruption {
    /// NIP as Excel shows a big number: `1.98E+17`.
    NipScientific,
    /// NIP that lost its first digit: 17 digits.
    NipLength,
    /// NIP with the letter O typed for a zero.
    NipNotDigits,
    /// NIP copied from an earlier row (that row keeps its own).
    NipDuplicate,
    /// `kode_unit` of an employee that no unit has.
    EmployeeUnitUnknown,
    /// `kode_jabatan` of an employee that no position has.
    EmployeePositionUnknown,
    /// `tmt_jabatan` = `31/02/2020`.
    DateImpossible,
    /// `pendidikan` outside SD … S3.
    EducationUnknown,
    /// Domicile `lat` without `lon`.
    LatWithoutLon,
    /// `predikat_kinerja` outside the five labels.
    RatingUnknown,
    /// `status_asn` outside PNS / CPNS / PPPK.
    StatusUnknown,
    /// `kunci` neither 0 nor 1.
    LockInvalid,
    /// Negative `beban_kerja_jam`.
    WorkloadNegative,
    /// Both need numbers empty on a `kebutuhan` row (the FTE of a row that
    /// gave only FTE is cleared).
    NeedMissing,
    /// `kode_unit` of a need row that no unit has.
    NeedUnitUnknown,
    /// Negative `volume_per_tahun`.
    VolumeNegative,
    /// Negative `bobot_mutasi`.
    WeightNegative,
}

const ALL_CORRUPTIONS: [Corruption; 17] = [
    Corruption::NipScientific,
    Corruption::NipLength,
    Corruption::NipNotDigits,
    Corruption::NipDuplicate,
    Corruption::EmployeeUnitUnknown,
    Corruption::EmployeePositionUnknown,
    Corruption::DateImpossible,
    Corruption::EducationUnknown,
    Corruption::LatWithoutLon,
    Corruption::RatingUnknown,
    Corruption::StatusUnknown,
    Corruption::LockInvalid,
    Corruption::WorkloadNegative,
    Corruption::NeedMissing,
    Corruption::NeedUnitUnknown,
    Corruption::VolumeNegative,
    Corruption::WeightNegative,
];

impl Corruption {
    /// (table, column, code).
    fn target(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Corruption::NipScientific => ("pegawai", "nip", "nip_scientific"),
            Corruption::NipLength => ("pegawai", "nip", "nip_length"),
            Corruption::NipNotDigits => ("pegawai", "nip", "nip_not_digits"),
            Corruption::NipDuplicate => ("pegawai", "nip", "nip_duplicate"),
            Corruption::EmployeeUnitUnknown => ("pegawai", "kode_unit", "unit_unknown"),
            Corruption::EmployeePositionUnknown => ("pegawai", "kode_jabatan", "position_unknown"),
            Corruption::DateImpossible => ("pegawai", "tmt_jabatan", "date_invalid"),
            Corruption::EducationUnknown => ("pegawai", "pendidikan", "education_unknown"),
            Corruption::LatWithoutLon => ("pegawai", "lon", "coord_half"),
            Corruption::RatingUnknown => ("pegawai", "predikat_kinerja", "rating_unknown"),
            Corruption::StatusUnknown => ("pegawai", "status_asn", "status_unknown"),
            Corruption::LockInvalid => ("pegawai", "kunci", "flag_invalid"),
            Corruption::WorkloadNegative => ("kebutuhan", "beban_kerja_jam", "number_negative"),
            Corruption::NeedMissing => ("kebutuhan", "kebutuhan", "need_missing"),
            Corruption::NeedUnitUnknown => ("kebutuhan", "kode_unit", "unit_unknown"),
            Corruption::VolumeNegative => ("uraian_tugas", "volume_per_tahun", "number_negative"),
            Corruption::WeightNegative => ("pengaturan", "nilai", "setting_negative"),
        }
    }
}

/// Reads cell `column` of `row` in `table`.
fn cell<'a>(table: &'a RawTable, row: usize, column: &str) -> &'a str {
    table
        .column(column)
        .and_then(|c| table.rows[row].get(c))
        .map(String::as_str)
        .unwrap_or("")
}

/// Whether corruption `kind` can be applied to record `row` of `table`.
fn applies(kind: Corruption, table: &RawTable, row: usize) -> bool {
    match kind {
        Corruption::LatWithoutLon => !cell(table, row, "lat").is_empty(),
        Corruption::WorkloadNegative => !cell(table, row, "beban_kerja_jam").is_empty(),
        Corruption::NeedMissing => {
            !cell(table, row, "kebutuhan").is_empty()
                && cell(table, row, "beban_kerja_jam").is_empty()
        }
        Corruption::VolumeNegative => cell(table, row, "volume_per_tahun") != "0",
        Corruption::WeightNegative => cell(table, row, "kunci") == "bobot_mutasi",
        Corruption::NipNotDigits => cell(table, row, "nip").contains('0'),
        _ => true,
    }
}

/// The NIP status class a `status_asn` text allows (None: any).
fn status_is_pppk(text: &str) -> Option<bool> {
    match text {
        "" => None,
        "PPPK" => Some(true),
        _ => Some(false),
    }
}

/// The data set as text tables ([`to_raw_tables`]) with `n_bad` seeded
/// corruptions, each in its own row and each breaking exactly one cell, and
/// the list of what was broken where (sorted by table order, then row).
///
/// Corruptions: NIP as `1.98E+17`, a 17-digit NIP, a NIP with a letter, a
/// duplicate NIP (copied into a row whose `tanggal_lahir` is empty and
/// whose `status_asn` agrees, so nothing else contradicts it), unknown
/// `kode_unit` or `kode_jabatan`, `tmt_jabatan` = `31/02/2020`, a bad
/// `pendidikan`, `lat` without `lon`, bad `predikat_kinerja`, `status_asn`
/// or `kunci`, a negative `beban_kerja_jam` or `volume_per_tahun`, a need
/// row without numbers, a negative `bobot_mutasi`. The kinds rotate in a
/// seeded order, so a dozen corruptions cover them all.
///
/// Fewer than `n_bad` problems come back only when the data set has too
/// few rows to give each corruption its own row.
pub fn bad_tables(
    data: &DataSet,
    seed: u64,
    n_bad: usize,
) -> (Vec<RawTable>, Vec<ExpectedProblem>) {
    let mut tables = to_raw_tables(data);
    let mut rng = Rng::new(seed, 0xBAD);
    let mut kinds = ALL_CORRUPTIONS.to_vec();
    rng.shuffle(&mut kinds);
    // Rows already changed or serving as a duplicate's source.
    let mut used: BTreeSet<(&'static str, usize)> = BTreeSet::new();
    let mut problems = Vec::new();
    let mut exhausted = vec![false; kinds.len()];
    let mut next_kind = 0;
    while problems.len() < n_bad && exhausted.iter().any(|e| !e) {
        let k = next_kind % kinds.len();
        next_kind += 1;
        if exhausted[k] {
            continue;
        }
        let kind = kinds[k];
        let (table_name, column, what) = kind.target();
        let Some(t) = tables.iter().position(|t| t.name == table_name) else {
            exhausted[k] = true;
            continue;
        };
        let Some(row) = choose_row(&mut rng, &tables[t], kind, &used) else {
            exhausted[k] = true;
            continue;
        };
        let mut target_row = row;
        let table = &mut tables[t];
        let Some(col) = table.column(column) else {
            exhausted[k] = true;
            continue;
        };
        let serial = problems.len() + 1;
        let value = table.rows[row][col].clone();
        let new_value = match kind {
            Corruption::NipScientific => format!("{}.{}E+17", &value[0..1], &value[1..3]),
            Corruption::NipLength => value[1..].to_string(),
            Corruption::NipNotDigits => {
                let at = value.rfind('0').unwrap_or(0);
                format!("{}O{}", &value[..at], &value[at + 1..])
            }
            Corruption::NipDuplicate => {
                // `row` is the source; find a later row to receive its NIP.
                let Some(dest) = duplicate_target(&mut rng, table, row, &used) else {
                    exhausted[k] = true;
                    continue;
                };
                used.insert((table_name, row));
                target_row = dest;
                value
            }
            Corruption::EmployeeUnitUnknown | Corruption::NeedUnitUnknown => {
                format!("UNIT-X{serial:02}")
            }
            Corruption::EmployeePositionUnknown => format!("JAB-X{serial:02}"),
            Corruption::DateImpossible => "31/02/2020".to_string(),
            Corruption::EducationUnknown => "Kursus Komputer".to_string(),
            Corruption::LatWithoutLon | Corruption::NeedMissing => String::new(),
            Corruption::RatingUnknown => "Luar Biasa".to_string(),
            Corruption::StatusUnknown => "Honorer".to_string(),
            Corruption::LockInvalid => "2".to_string(),
            Corruption::WorkloadNegative
            | Corruption::VolumeNegative
            | Corruption::WeightNegative => format!("-{value}"),
        };
        table.rows[target_row][col] = new_value;
        used.insert((table_name, target_row));
        problems.push(ExpectedProblem {
            table: table_name,
            row: target_row as u32 + 2,
            column,
            what,
        });
    }
    let order = |name: &str| tables.iter().position(|t| t.name == name);
    problems.sort_by(|a, b| order(a.table).cmp(&order(b.table)).then(a.row.cmp(&b.row)));
    (tables, problems)
}

/// A random unused row of `table` that `kind` applies to.
fn choose_row(
    rng: &mut Rng,
    table: &RawTable,
    kind: Corruption,
    used: &BTreeSet<(&'static str, usize)>,
) -> Option<usize> {
    let n = table.rows.len();
    if n == 0 {
        return None;
    }
    let ok = |r: usize| !used.contains(&(table.name, r)) && applies(kind, table, r);
    for _ in 0..32 {
        let r = rng.below(n);
        if ok(r) {
            return Some(r);
        }
    }
    let start = rng.below(n);
    (0..n).map(|i| (start + i) % n).find(|&r| ok(r))
}

/// A row after `source` that can take `source`'s NIP without any other
/// contradiction: unused, no `tanggal_lahir`, and a `status_asn` that agrees
/// with the copied NIP.
fn duplicate_target(
    rng: &mut Rng,
    table: &RawTable,
    source: usize,
    used: &BTreeSet<(&'static str, usize)>,
) -> Option<usize> {
    let nip = cell(table, source, "nip");
    let nip_pppk = nip.as_bytes().get(12) == Some(&b'2');
    let n = table.rows.len();
    let ok = |r: usize| {
        r > source
            && !used.contains(&(table.name, r))
            && cell(table, r, "tanggal_lahir").is_empty()
            && status_is_pppk(cell(table, r, "status_asn")).is_none_or(|p| p == nip_pppk)
            && cell(table, r, "nip") != nip
    };
    if source + 1 >= n {
        return None;
    }
    let start = source + 1 + rng.below(n - source - 1);
    (start..n).chain(source + 1..start).find(|&r| ok(r))
}
