//! Checks between tables, after each table was read on its own: duplicate
//! codes and NIPs, unknown codes, the need of each cell and where it comes
//! from, wishes, coordinates, and the consistency of each employee with
//! their NIP, golongan and retirement age. Also builds the `unit` and
//! `jabatan` tables from codes when a file (a SIASN export) lacks them.
//!
//! Never does: parse cells or stop at the first problem.

use std::collections::{BTreeMap, BTreeSet};

use super::problem::{Problem, ProblemKind, Table};
use super::tables::EmployeeRow;
use super::values::{GradeSystem, status_code};
use crate::model::{AsnStatus, DataSet, Need, Position, PositionKind, Settings, Tags, Task, Unit};

/// The typed tables with their row numbers, as read.
#[derive(Default)]
pub struct ReadTables {
    /// `unit` rows, `None` when the table is absent.
    pub units: Option<Vec<(u32, Unit)>>,
    /// `jabatan` rows.
    pub positions: Option<Vec<(u32, Position)>>,
    /// `kebutuhan` rows.
    pub needs: Option<Vec<(u32, Need)>>,
    /// `uraian_tugas` rows.
    pub tasks: Option<Vec<(u32, Task)>>,
    /// `pegawai` rows.
    pub employees: Option<Vec<EmployeeRow>>,
    /// `pengaturan` (defaults when absent).
    pub settings: Settings,
}

/// Tolerance when comparing `kebutuhan` with `beban_kerja_jam / H`: the
/// FTE is usually typed with two decimals.
const FTE_TOLERANCE: f64 = 0.005 + 1e-9;

/// Runs every cross-table check and assembles the data set.
pub fn validate(tables: ReadTables, problems: &mut Vec<Problem>) -> DataSet {
    let ReadTables {
        units,
        positions,
        needs,
        tasks,
        employees,
        settings,
    } = tables;
    if employees.is_none() {
        problems.push(Problem::error(
            Table::Pegawai,
            None,
            None,
            ProblemKind::MissingTable,
        ));
    }
    if needs.is_none() && tasks.is_none() {
        problems.push(Problem::error(
            Table::Kebutuhan,
            None,
            None,
            ProblemKind::MissingNeedTables,
        ));
    }
    let needs = needs.unwrap_or_default();
    let tasks = tasks.unwrap_or_default();
    let employees = employees.unwrap_or_default();

    // Codes used elsewhere, for tables built from codes.
    let used = |pick: fn(&str, &str) -> String| -> BTreeSet<String> {
        let mut set = BTreeSet::new();
        for e in &employees {
            set.insert(pick(&e.employee.unit, &e.employee.position));
        }
        for (_, n) in &needs {
            set.insert(pick(&n.unit, &n.position));
        }
        for (_, t) in &tasks {
            set.insert(pick(&t.unit, &t.position));
        }
        set
    };

    let units_given = units.is_some();
    let units: Vec<(Option<u32>, Unit)> = match units {
        Some(rows) => dedupe(rows, Table::Unit, "kode_unit", |u| &u.code, problems),
        None => {
            let built: Vec<_> = used(|u, _| u.to_string())
                .into_iter()
                .map(|code| {
                    (
                        None,
                        Unit {
                            name: code.clone(),
                            code,
                            parent: None,
                            coord: None,
                            remote: false,
                        },
                    )
                })
                .collect();
            if !built.is_empty() {
                problems.push(Problem::warning(
                    Table::Unit,
                    None,
                    None,
                    ProblemKind::TableBuiltFromCodes { count: built.len() },
                ));
            }
            built
        }
    };
    let positions: Vec<(Option<u32>, Position)> = match positions {
        Some(rows) => dedupe(rows, Table::Jabatan, "kode_jabatan", |p| &p.code, problems),
        None => {
            let built: Vec<_> = used(|_, p| p.to_string())
                .into_iter()
                .map(|code| {
                    (
                        None,
                        Position {
                            name: code.clone(),
                            code,
                            kind: PositionKind::Pelaksana,
                            class: None,
                            min_education: None,
                            competencies: Tags::default(),
                            retirement_age: None,
                        },
                    )
                })
                .collect();
            if !built.is_empty() {
                problems.push(Problem::warning(
                    Table::Jabatan,
                    None,
                    None,
                    ProblemKind::TableBuiltFromCodes { count: built.len() },
                ));
            }
            built
        }
    };
    let unit_codes: BTreeSet<&str> = units.iter().map(|(_, u)| u.code.as_str()).collect();
    let position_by_code: BTreeMap<&str, &Position> = positions
        .iter()
        .map(|(_, p)| (p.code.as_str(), p))
        .collect();

    // Units: parents and coordinates.
    for (row, unit) in &units {
        if let Some(parent) = &unit.parent
            && !unit_codes.contains(parent.as_str())
        {
            problems.push(Problem::warning(
                Table::Unit,
                *row,
                Some("induk"),
                ProblemKind::UnknownParentUnit {
                    code: parent.clone(),
                },
            ));
        }
        if units_given && unit.coord.is_none() {
            problems.push(Problem::warning(
                Table::Unit,
                *row,
                Some("lat"),
                ProblemKind::UnitWithoutCoordinates {
                    code: unit.code.clone(),
                },
            ));
        }
    }

    let check_codes =
        |table: Table, row: u32, unit: &str, position: &str, problems: &mut Vec<Problem>| {
            if !unit_codes.contains(unit) {
                problems.push(Problem::error(
                    table,
                    Some(row),
                    Some("kode_unit"),
                    ProblemKind::UnknownUnit {
                        code: unit.to_string(),
                    },
                ));
            }
            if !position_by_code.contains_key(position) {
                problems.push(Problem::error(
                    table,
                    Some(row),
                    Some("kode_jabatan"),
                    ProblemKind::UnknownPosition {
                        code: position.to_string(),
                    },
                ));
            }
        };

    // Tasks: codes, and hours per cell.
    let mut task_hours: BTreeMap<(&str, &str), f64> = BTreeMap::new();
    for (row, task) in &tasks {
        check_codes(
            Table::UraianTugas,
            *row,
            &task.unit,
            &task.position,
            problems,
        );
        *task_hours
            .entry((task.unit.as_str(), task.position.as_str()))
            .or_default() += task.hours();
    }

    // Needs: codes, duplicates, sources of the number.
    let mut seen_cells: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    let mut kept_needs = Vec::with_capacity(needs.len());
    for (row, need) in &needs {
        check_codes(Table::Kebutuhan, *row, &need.unit, &need.position, problems);
        let key = (need.unit.as_str(), need.position.as_str());
        if let Some(first_row) = seen_cells.get(&key) {
            problems.push(Problem::error(
                Table::Kebutuhan,
                Some(*row),
                Some("kode_jabatan"),
                ProblemKind::DuplicateNeed {
                    unit: need.unit.clone(),
                    position: need.position.clone(),
                    first_row: *first_row,
                },
            ));
            continue;
        }
        seen_cells.insert(key, *row);
        let has_number = need.workload_hours.is_some() || need.fte.is_some();
        match (task_hours.get(&key), need.workload_hours, need.fte) {
            (Some(hours), _, _) if has_number => problems.push(Problem::warning(
                Table::Kebutuhan,
                Some(*row),
                Some(if need.workload_hours.is_some() {
                    "beban_kerja_jam"
                } else {
                    "kebutuhan"
                }),
                ProblemKind::NeedOverriddenByTasks { task_hours: *hours },
            )),
            (Some(_), _, _) => {}
            (None, Some(h), Some(f)) => {
                let from_hours = h / settings.effective_hours;
                if (from_hours - f).abs() > FTE_TOLERANCE {
                    problems.push(Problem::warning(
                        Table::Kebutuhan,
                        Some(*row),
                        Some("kebutuhan"),
                        ProblemKind::NeedFromTwoSources {
                            workload_hours: h,
                            fte: f,
                            fte_from_hours: from_hours,
                        },
                    ));
                }
            }
            (None, None, None) => problems.push(Problem::error(
                Table::Kebutuhan,
                Some(*row),
                Some("beban_kerja_jam"),
                ProblemKind::NeedMissing,
            )),
            (None, _, _) => {}
        }
        kept_needs.push(need.clone());
    }

    // Employees.
    let mut seen_nips: BTreeMap<String, u32> = BTreeMap::new();
    let mut kept_employees = Vec::with_capacity(employees.len());
    for EmployeeRow {
        row,
        mut employee,
        grade_system,
    } in employees
    {
        let at = Some(row);
        let nip = employee.nip.as_str().to_string();
        if let Some(first_row) = seen_nips.get(&nip) {
            problems.push(Problem::error(
                Table::Pegawai,
                at,
                Some("nip"),
                ProblemKind::DuplicateNip {
                    nip,
                    first_row: *first_row,
                },
            ));
            continue;
        }
        seen_nips.insert(nip, row);
        check_codes(
            Table::Pegawai,
            row,
            &employee.unit,
            &employee.position,
            problems,
        );
        for (i, wish) in employee.wishes.iter_mut().enumerate() {
            if let Some(code) = wish.as_deref()
                && !unit_codes.contains(code)
            {
                problems.push(Problem::warning(
                    Table::Pegawai,
                    at,
                    Some(["pilihan_1", "pilihan_2", "pilihan_3"][i]),
                    ProblemKind::WishUnknownUnit {
                        code: code.to_string(),
                    },
                ));
                *wish = None;
            }
        }
        if let (Some(given), Some(from_nip)) =
            (employee.birth_date_given, employee.nip.birth_date())
            && given != from_nip
        {
            problems.push(Problem::warning(
                Table::Pegawai,
                at,
                Some("tanggal_lahir"),
                ProblemKind::BirthDateContradictsNip {
                    given: given.to_string(),
                    from_nip: from_nip.to_string(),
                },
            ));
        }
        if let Some(given) = employee.status_given {
            let from_nip = employee.nip.status();
            if (given == AsnStatus::Pppk) != (from_nip == AsnStatus::Pppk) {
                problems.push(Problem::warning(
                    Table::Pegawai,
                    at,
                    Some("status_asn"),
                    ProblemKind::StatusContradictsNip {
                        given: status_code(given).to_string(),
                        from_nip: status_code(from_nip).to_string(),
                    },
                ));
            }
        }
        if let (Some(system), Some(grade)) = (grade_system, &employee.grade) {
            // I–IV without a letter are valid PPPK grades only.
            let pppk = employee.is_pppk();
            if (system == GradeSystem::Pns) == pppk {
                problems.push(Problem::warning(
                    Table::Pegawai,
                    at,
                    Some("golongan"),
                    ProblemKind::GradeDoesNotMatchStatus {
                        grade: grade.clone(),
                        status: status_code(employee.status()).to_string(),
                    },
                ));
            }
        }
        if employee.tmt_position.is_none() {
            problems.push(Problem::warning(
                Table::Pegawai,
                at,
                Some("tmt_jabatan"),
                ProblemKind::MissingTmtJabatan,
            ));
        }
        if let (Some(reference), Some(birth)) = (settings.reference_date, employee.birth_date()) {
            let age = position_by_code
                .get(employee.position.as_str())
                .and_then(|p| p.retirement_age)
                .unwrap_or(settings.retirement_age);
            let retirement = birth.add_years(i64::from(age));
            if retirement <= reference {
                problems.push(Problem::warning(
                    Table::Pegawai,
                    at,
                    Some("tanggal_lahir"),
                    ProblemKind::PastRetirementAge {
                        retirement_date: retirement.to_string(),
                        reference_date: reference.to_string(),
                    },
                ));
            }
        }
        kept_employees.push(employee);
    }

    DataSet {
        units: units.into_iter().map(|(_, u)| u).collect(),
        positions: positions.into_iter().map(|(_, p)| p).collect(),
        needs: kept_needs,
        tasks: tasks.into_iter().map(|(_, t)| t).collect(),
        employees: kept_employees,
        settings,
    }
}

/// Keeps the first row of each code; later ones are errors.
fn dedupe<T>(
    rows: Vec<(u32, T)>,
    table: Table,
    column: &str,
    code: impl Fn(&T) -> &String,
    problems: &mut Vec<Problem>,
) -> Vec<(Option<u32>, T)> {
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for (row, item) in rows {
        let key = code(&item).clone();
        if let Some(first_row) = seen.get(&key) {
            problems.push(Problem::error(
                table,
                Some(row),
                Some(column),
                ProblemKind::DuplicateCode {
                    code: key,
                    first_row: *first_row,
                },
            ));
            continue;
        }
        seen.insert(key, row);
        out.push((Some(row), item));
    }
    out
}
