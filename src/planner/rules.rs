//! Who may move, and where (objective.md "Who may move, and where"), with
//! every blocking rule and its data, so the UI can say *why*.

use crate::model::{Coord, DataSet, Date, Employee, Rating, Tags, haversine_km};

use super::index::{CellIdx, EmployeeIdx, Index, UnitIdx};

/// A rule that keeps an employee in place, with the data behind it.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// `kunci` = 1; `alasan_kunci` says why.
    Locked {
        /// The reason given in the file, if any.
        reason: Option<String>,
    },
    /// Less than `masa_jabatan_min_tahun` in the current position.
    Tenure {
        /// `tmt_jabatan`.
        tmt: Date,
        /// Minimum months in post (round(12 × years)).
        min_months: i64,
        /// First date on which the employee may move.
        movable_from: Date,
    },
    /// Retirement is within `lindungi_pensiun_bulan` months (or past).
    Retirement {
        /// Birth date used (the column, else the NIP).
        birth: Date,
        /// Retirement age applied (`bup` of the position, else `usia_pensiun`).
        age: u32,
        /// Date the employee reaches that age.
        retires_on: Date,
    },
    /// PPPK employees may not move (`pppk_boleh_mutasi` = 0).
    Pppk,
    /// Rated below `predikat_min`.
    Rating {
        /// The employee's rating.
        rating: Rating,
        /// The minimum rating set.
        min: Rating,
    },
    /// The user pinned this person in place (a planning decision).
    KeptInPlace,
    /// The person's unit is locked by the user (a planning decision).
    UnitLocked,
}

/// Something worth flagging that does not block a move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// No `tmt_jabatan`: counted as enough tenure, never rotation-due.
    MissingTmt,
    /// No `predikat_kinerja` while `predikat_min` is set: does not block.
    MissingRating,
    /// Already at or past retirement age on the reference date.
    PastRetirement,
    /// No birth date (neither column nor NIP): retirement cannot be checked.
    MissingBirthDate,
}

/// The verdict for one employee.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Eligibility {
    /// Every rule that keeps the employee in place; empty = movable.
    pub blocks: Vec<Block>,
    /// Rotation is due (`tmt_jabatan` + round(12 × `masa_jabatan_maks_tahun`)
    /// months is on or before the reference date).
    pub rotation_due: bool,
    /// Non-blocking remarks.
    pub notes: Vec<Note>,
}

impl Eligibility {
    /// True when no rule keeps the employee in place.
    pub fn movable(&self) -> bool {
        self.blocks.is_empty()
    }
}

/// `round(12 × years)` with rounding half up, as objective.md says.
pub fn months_of_years(years: f64) -> i64 {
    if !years.is_finite() {
        return 0;
    }
    (12.0 * years + 0.5).floor() as i64
}

/// Applies the five default rules of objective.md to one employee.
pub fn eligibility(data: &DataSet, employee: &Employee, reference: Date) -> Eligibility {
    let settings = &data.settings;
    let mut out = Eligibility::default();
    if employee.locked {
        out.blocks.push(Block::Locked {
            reason: employee.lock_reason.clone(),
        });
    }
    match employee.tmt_position {
        Some(tmt) => {
            let min_months = months_of_years(settings.min_tenure_years);
            let movable_from = tmt.add_months(min_months);
            if movable_from > reference {
                out.blocks.push(Block::Tenure {
                    tmt,
                    min_months,
                    movable_from,
                });
            }
            let due = tmt.add_months(months_of_years(settings.max_tenure_years));
            out.rotation_due = due <= reference;
        }
        None => out.notes.push(Note::MissingTmt),
    }
    match employee.birth_date() {
        Some(birth) => {
            let age = data
                .positions
                .iter()
                .find(|p| p.code == employee.position)
                .and_then(|p| p.retirement_age)
                .unwrap_or(settings.retirement_age);
            let retires_on = birth.add_years(i64::from(age));
            let horizon = reference.add_months(i64::from(settings.retirement_protection_months));
            if retires_on <= horizon {
                out.blocks.push(Block::Retirement {
                    birth,
                    age,
                    retires_on,
                });
            }
            if retires_on <= reference {
                out.notes.push(Note::PastRetirement);
            }
        }
        None => out.notes.push(Note::MissingBirthDate),
    }
    if !settings.pppk_may_move && employee.is_pppk() {
        out.blocks.push(Block::Pppk);
    }
    if let Some(min) = settings.min_rating {
        match employee.rating {
            Some(rating) if rating < min => out.blocks.push(Block::Rating { rating, min }),
            Some(_) => {}
            None => out.notes.push(Note::MissingRating),
        }
    }
    out
}

/// The parts of one move's cost (objective.md terms K, P, R, F).
#[derive(Clone, Debug, PartialEq)]
pub struct MoveParts {
    /// Great-circle km between the two units (0 without coordinates).
    pub km: f64,
    /// Which wish the move meets (1, 2, 3), the best one when listed twice.
    pub wish: Option<u8>,
    /// Preference points: 3, 2, 1 or 0.
    pub points: u32,
    /// Required competencies of the target cell that the employee lacks.
    pub gaps: Vec<String>,
    /// The employee's rotation is due.
    pub rotation_due: bool,
}

/// Coordinates of every unit in index order (`None` for units without
/// both `lat` and `lon`, or referenced by code only).
pub fn unit_coords(data: &DataSet, index: &Index) -> Vec<Option<Coord>> {
    let mut coords = vec![None; index.unit_codes.len()];
    for unit in &data.units {
        if let Some(i) = index.unit(&unit.code) {
            coords[i] = unit.coord;
        }
    }
    coords
}

/// Distance between two units in km; 0 when either has no coordinates.
pub fn unit_km(coords: &[Option<Coord>], a: UnitIdx, b: UnitIdx) -> f64 {
    match (
        coords.get(a).copied().flatten(),
        coords.get(b).copied().flatten(),
    ) {
        (Some(x), Some(y)) => haversine_km(x, y),
        _ => 0.0,
    }
}

/// Wish rank (1–3) of `unit` for `employee`, the best when listed twice.
pub fn wish_rank(employee: &Employee, unit_code: &str) -> Option<u8> {
    if employee.unit == unit_code {
        return None; // a wish for the current unit earns nothing
    }
    employee
        .wishes
        .iter()
        .position(|w| w.as_deref().map(str::trim) == Some(unit_code))
        .map(|i| i as u8 + 1)
}

/// Preference points of a wish rank: 1 → 3, 2 → 2, 3 → 1.
pub fn wish_points(rank: Option<u8>) -> u32 {
    rank.map_or(0, |r| 4 - u32::from(r))
}

/// The cost parts of moving `employee` into `target`.
pub fn move_parts(
    data: &DataSet,
    index: &Index,
    coords: &[Option<Coord>],
    employee_idx: EmployeeIdx,
    target: CellIdx,
    rotation_due: bool,
) -> MoveParts {
    let employee = &data.employees[employee_idx];
    let from = index.cells[index.employee_cell[employee_idx]].unit;
    let to_cell = &index.cells[target];
    let wish = wish_rank(employee, &index.unit_codes[to_cell.unit]);
    MoveParts {
        km: unit_km(coords, from, to_cell.unit),
        wish,
        points: wish_points(wish),
        gaps: missing(&employee.competencies, &to_cell.required),
        rotation_due,
    }
}

fn missing(held: &Tags, required: &Tags) -> Vec<String> {
    held.missing(required)
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Why a target cell is not a legal destination for a movable employee.
#[derive(Clone, Debug, PartialEq)]
pub enum TargetError {
    /// Same unit as now.
    SameUnit,
    /// The (unit, position) pair has no `kebutuhan` or `uraian_tugas` row.
    NoNeed,
    /// Farther than `jarak_maks_km`.
    TooFar {
        /// The distance.
        km: f64,
        /// The limit.
        max_km: f64,
    },
}

/// Checks that `target` is a legal destination for the employee (same
/// position by construction of the cell), ignoring who may move.
pub fn check_target(
    data: &DataSet,
    index: &Index,
    coords: &[Option<Coord>],
    employee_idx: EmployeeIdx,
    target: CellIdx,
) -> Result<(), TargetError> {
    let from = index.cells[index.employee_cell[employee_idx]].unit;
    let cell = &index.cells[target];
    if cell.unit == from {
        return Err(TargetError::SameUnit);
    }
    if !cell.has_need {
        return Err(TargetError::NoNeed);
    }
    if let Some(max_km) = data.settings.max_km {
        let km = unit_km(coords, from, cell.unit);
        if km > max_km {
            return Err(TargetError::TooFar { km, max_km });
        }
    }
    Ok(())
}
