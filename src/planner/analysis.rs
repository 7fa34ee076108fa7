//! The workload picture an official asks for first: per cell and per unit,
//! need against staff, surplus or shortage, EJ (efektivitas jabatan) and its
//! PermenPANRB 1/2020 category, vacancies, and who can and cannot move.
//!
//! Pure and computed for any staffing (before a plan, after it, or after
//! each step of it), so the same numbers feed tables and charts.

use serde::{Deserialize, Serialize};

use super::Context;
use super::index::{CellIdx, EmployeeIdx, UnitIdx};

/// Lower edge of the ideal band of EJ (90%).
pub const IDEAL_LOW: f64 = 0.90;
/// Upper edge of the ideal band of EJ (110%).
pub const IDEAL_HIGH: f64 = 1.10;

/// EJ category of PermenPANRB 1/2020.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EjCategory {
    /// EJ > 1.00: more work than staff (kekurangan pegawai).
    A,
    /// 0.90 ≤ EJ ≤ 1.00: balanced.
    B,
    /// 0.70 ≤ EJ < 0.90: somewhat more staff than work.
    C,
    /// 0.50 ≤ EJ < 0.70: clearly more staff than work.
    D,
    /// EJ < 0.50: far more staff than work.
    E,
}

impl EjCategory {
    /// Every category, A first.
    pub const ALL: [EjCategory; 5] = [
        EjCategory::A,
        EjCategory::B,
        EjCategory::C,
        EjCategory::D,
        EjCategory::E,
    ];

    /// The letter.
    pub fn letter(self) -> &'static str {
        match self {
            EjCategory::A => "A",
            EjCategory::B => "B",
            EjCategory::C => "C",
            EjCategory::D => "D",
            EjCategory::E => "E",
        }
    }

    /// Category of an EJ value. Values between the regulation's two-decimal
    /// bounds (e.g. 0.895) fall to the lower category: the bounds are read
    /// as "at least 0.90", "at least 0.70", "at least 0.50".
    pub fn of(ej: f64) -> EjCategory {
        if ej > 1.0 {
            EjCategory::A
        } else if ej >= 0.90 {
            EjCategory::B
        } else if ej >= 0.70 {
            EjCategory::C
        } else if ej >= 0.50 {
            EjCategory::D
        } else {
            EjCategory::E
        }
    }
}

/// EJ = need ÷ staff; `None` when there is no staff (a vacancy when the need
/// is positive, nothing at all when both are zero).
pub fn ej(need: f64, staff: u32) -> Option<f64> {
    (staff > 0).then(|| need / f64::from(staff))
}

/// Category of a cell or unit: a vacancy (staff 0, need > 0) counts as A;
/// `None` when both are zero.
pub fn category(need: f64, staff: u32) -> Option<EjCategory> {
    match ej(need, staff) {
        Some(v) => Some(EjCategory::of(v)),
        None if need > 0.0 => Some(EjCategory::A),
        None => None,
    }
}

/// One (unit, position) cell of the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct CellRow {
    /// The cell.
    pub cell: CellIdx,
    /// Need in FTE.
    pub need: f64,
    /// Staff (bezetting).
    pub staff: u32,
    /// Staff − need: positive = lebih (surplus), negative = kurang.
    pub surplus: f64,
    /// EJ, when the cell has staff.
    pub ej: Option<f64>,
    /// EJ category.
    pub category: Option<EjCategory>,
    /// EJ within 90–110%.
    pub in_band: bool,
    /// Need > 0 and no staff.
    pub vacancy: bool,
}

/// One unit: its cells added up.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRow {
    /// The unit.
    pub unit: UnitIdx,
    /// Σ need.
    pub need: f64,
    /// Σ staff.
    pub staff: u32,
    /// Staff − need.
    pub surplus: f64,
    /// Σ need ÷ Σ staff.
    pub ej: Option<f64>,
    /// Category of that EJ.
    pub category: Option<EjCategory>,
    /// Cells of the unit that are vacancies.
    pub vacancies: u32,
}

/// One position (jabatan) over all units.
#[derive(Clone, Debug, PartialEq)]
pub struct PositionRow {
    /// The position.
    pub position: usize,
    /// Σ need.
    pub need: f64,
    /// Σ staff.
    pub staff: u32,
    /// Σ |staff − need| over its cells: how unevenly it is spread.
    pub misplaced: f64,
}

/// The whole picture for one staffing.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// Every cell, in index order.
    pub cells: Vec<CellRow>,
    /// Every unit that has a cell, in index order.
    pub units: Vec<UnitRow>,
    /// Every position that has a cell, in index order.
    pub positions: Vec<PositionRow>,
    /// Cells per EJ category, A..E.
    pub category_counts: [u32; 5],
    /// Cells within the ideal band.
    pub cells_in_band: u32,
    /// Vacancies.
    pub vacancies: u32,
    /// Total need, total staff.
    pub total_need: f64,
    /// Total staff.
    pub total_staff: u32,
}

/// Computes the picture for `staff` (one entry per cell, index order).
pub fn analyse(ctx: &Context<'_>, staff: &[u32]) -> Analysis {
    let index = &ctx.index;
    let mut units: Vec<Option<UnitRow>> = vec![None; index.unit_codes.len()];
    let mut positions: Vec<Option<PositionRow>> = vec![None; index.position_codes.len()];
    let mut cells = Vec::with_capacity(index.cells.len());
    let mut category_counts = [0u32; 5];
    let (mut cells_in_band, mut vacancies) = (0, 0);
    for (i, (info, &s)) in index.cells.iter().zip(staff).enumerate() {
        let e = ej(info.need, s);
        let cat = category(info.need, s);
        let in_band = e.is_some_and(|v| (IDEAL_LOW..=IDEAL_HIGH).contains(&v));
        let vacancy = s == 0 && info.need > 0.0;
        if let Some(c) = cat {
            category_counts[c as usize] += 1;
        }
        cells_in_band += u32::from(in_band);
        vacancies += u32::from(vacancy);
        let u = units[info.unit].get_or_insert(UnitRow {
            unit: info.unit,
            need: 0.0,
            staff: 0,
            surplus: 0.0,
            ej: None,
            category: None,
            vacancies: 0,
        });
        u.need += info.need;
        u.staff += s;
        u.vacancies += u32::from(vacancy);
        let p = positions[info.position].get_or_insert(PositionRow {
            position: info.position,
            need: 0.0,
            staff: 0,
            misplaced: 0.0,
        });
        p.need += info.need;
        p.staff += s;
        p.misplaced += (f64::from(s) - info.need).abs();
        cells.push(CellRow {
            cell: i,
            need: info.need,
            staff: s,
            surplus: f64::from(s) - info.need,
            ej: e,
            category: cat,
            in_band,
            vacancy,
        });
    }
    let units: Vec<UnitRow> = units
        .into_iter()
        .flatten()
        .map(|mut u| {
            u.surplus = f64::from(u.staff) - u.need;
            u.ej = ej(u.need, u.staff);
            u.category = category(u.need, u.staff);
            u
        })
        .collect();
    Analysis {
        total_need: cells.iter().map(|c| c.need).sum(),
        total_staff: cells.iter().map(|c| c.staff).sum(),
        cells,
        units,
        positions: positions.into_iter().flatten().collect(),
        category_counts,
        cells_in_band,
        vacancies,
    }
}

/// Employees who may move and who may not, in row order.
pub fn movable_split(ctx: &Context<'_>) -> (Vec<EmployeeIdx>, Vec<EmployeeIdx>) {
    (0..ctx.eligibility.len()).partition(|&e| ctx.eligibility[e].movable())
}
