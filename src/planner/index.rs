//! Dense indices over a data set: units, positions, cells and the cell of
//! each employee, with each cell's need (objective.md "Terms").

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{DataSet, Tags};

/// Dense index of a unit in [`Index::unit_codes`].
pub type UnitIdx = usize;
/// Dense index of a position (jabatan) in [`Index::position_codes`].
pub type PositionIdx = usize;
/// Dense index of a cell in [`Index::cells`].
pub type CellIdx = usize;
/// Dense index of an employee: the row order of `DataSet::employees`.
pub type EmployeeIdx = usize;

/// One (unit, position) pair that has a need or is occupied.
#[derive(Clone, Debug, PartialEq)]
pub struct CellInfo {
    /// The unit.
    pub unit: UnitIdx,
    /// The position.
    pub position: PositionIdx,
    /// Need `r_c` in FTE.
    pub need: f64,
    /// Annual workload hours behind the need, when it came from hours.
    pub workload_hours: Option<f64>,
    /// True when the cell has a `kebutuhan` or `uraian_tugas` row: only such
    /// cells may receive movers.
    pub has_need: bool,
    /// Competencies a mover must bring (the need row's, else the
    /// position's).
    pub required: Tags,
    /// Staff before any move, `s⁰_c`.
    pub staff_before: u32,
}

/// Dense indices of one data set. Built once; read by every planner step.
#[derive(Clone, Debug)]
pub struct Index {
    /// Unit codes, in table order (units referenced only by employees or
    /// needs are appended, sorted, so nothing is lost).
    pub unit_codes: Vec<String>,
    /// Position codes, in the same manner.
    pub position_codes: Vec<String>,
    /// Every cell, sorted by (position, unit) so each position's cells are
    /// contiguous.
    pub cells: Vec<CellInfo>,
    /// The cell of each employee.
    pub employee_cell: Vec<CellIdx>,
    unit_by_code: BTreeMap<String, UnitIdx>,
    position_by_code: BTreeMap<String, PositionIdx>,
    cell_by_pair: BTreeMap<(PositionIdx, UnitIdx), CellIdx>,
}

/// The codes in `uses` that are not `defined`, sorted and deduplicated
/// (runs of one code, as when rows come grouped, are checked once).
fn undefined<'a>(
    uses: impl Iterator<Item = &'a str>,
    defined: &BTreeSet<&str>,
) -> BTreeSet<&'a str> {
    let mut out = BTreeSet::new();
    let mut last = None;
    for code in uses {
        if last == Some(code) {
            continue;
        }
        last = Some(code);
        if !defined.contains(code) {
            out.insert(code);
        }
    }
    out
}

impl Index {
    /// Builds the index. Never panics: codes that no table defines still
    /// get an index (the importer reports them as problems).
    pub fn new(data: &DataSet) -> Index {
        let mut unit_codes: Vec<String> = Vec::new();
        let mut unit_by_code = BTreeMap::new();
        let mut add_unit = |code: &str, codes: &mut Vec<String>| {
            if !unit_by_code.contains_key(code) {
                unit_by_code.insert(code.to_string(), codes.len());
                codes.push(code.to_string());
            }
        };
        for unit in &data.units {
            add_unit(&unit.code, &mut unit_codes);
        }
        let mut position_codes: Vec<String> = Vec::new();
        let mut position_by_code = BTreeMap::new();
        let mut add_position = |code: &str, codes: &mut Vec<String>| {
            if !position_by_code.contains_key(code) {
                position_by_code.insert(code.to_string(), codes.len());
                codes.push(code.to_string());
            }
        };
        for position in &data.positions {
            add_position(&position.code, &mut position_codes);
        }
        // Codes used but not defined, in sorted order for determinism.
        let unit_uses = data
            .needs
            .iter()
            .map(|n| n.unit.as_str())
            .chain(data.tasks.iter().map(|t| t.unit.as_str()))
            .chain(data.employees.iter().map(|e| e.unit.as_str()));
        let defined: BTreeSet<&str> = data.units.iter().map(|u| u.code.as_str()).collect();
        for code in undefined(unit_uses, &defined) {
            add_unit(code, &mut unit_codes);
        }
        let position_uses = data
            .needs
            .iter()
            .map(|n| n.position.as_str())
            .chain(data.tasks.iter().map(|t| t.position.as_str()))
            .chain(data.employees.iter().map(|e| e.position.as_str()));
        let defined: BTreeSet<&str> = data.positions.iter().map(|p| p.code.as_str()).collect();
        for code in undefined(position_uses, &defined) {
            add_position(code, &mut position_codes);
        }

        // Need per pair: task rows win over a kebutuhan row; in a kebutuhan
        // row, beban_kerja_jam wins over kebutuhan (FTE).
        let hours_per_fte = data.settings.effective_hours;
        let mut task_hours: BTreeMap<(PositionIdx, UnitIdx), f64> = BTreeMap::new();
        for task in &data.tasks {
            let key = (position_by_code[&task.position], unit_by_code[&task.unit]);
            *task_hours.entry(key).or_insert(0.0) += task.hours();
        }
        struct Draft {
            need: f64,
            hours: Option<f64>,
            has_need: bool,
            required: Tags,
            staff: u32,
        }
        let mut drafts: BTreeMap<(PositionIdx, UnitIdx), Draft> = BTreeMap::new();
        for need in &data.needs {
            let key = (position_by_code[&need.position], unit_by_code[&need.unit]);
            if drafts.contains_key(&key) {
                continue; // duplicate pair: the importer reports it; first row wins
            }
            let (fte, hours) = match (need.workload_hours, need.fte) {
                (Some(h), _) => (h / hours_per_fte, Some(h)),
                (None, Some(f)) => (f, None),
                (None, None) => (0.0, None),
            };
            drafts.insert(
                key,
                Draft {
                    need: fte,
                    hours,
                    has_need: true,
                    required: need.competencies.clone(),
                    staff: 0,
                },
            );
        }
        for (key, hours) in task_hours {
            let draft = drafts.entry(key).or_insert(Draft {
                need: 0.0,
                hours: None,
                has_need: true,
                required: Tags::default(),
                staff: 0,
            });
            draft.need = hours / hours_per_fte;
            draft.hours = Some(hours);
            draft.has_need = true;
        }
        // Each employee's (position, unit), looked up once.
        let employee_pair: Vec<(PositionIdx, UnitIdx)> = data
            .employees
            .iter()
            .map(|e| (position_by_code[&e.position], unit_by_code[&e.unit]))
            .collect();
        for &key in &employee_pair {
            drafts
                .entry(key)
                .or_insert(Draft {
                    need: 0.0,
                    hours: None,
                    has_need: false,
                    required: Tags::default(),
                    staff: 0,
                })
                .staff += 1;
        }
        let position_tags: BTreeMap<&str, &Tags> = data
            .positions
            .iter()
            .map(|p| (p.code.as_str(), &p.competencies))
            .collect();

        let mut cells = Vec::with_capacity(drafts.len());
        let mut cell_by_pair = BTreeMap::new();
        for ((position, unit), draft) in drafts {
            let required = if draft.required.is_empty() {
                position_tags
                    .get(position_codes[position].as_str())
                    .map(|t| (*t).clone())
                    .unwrap_or_default()
            } else {
                draft.required
            };
            cell_by_pair.insert((position, unit), cells.len());
            cells.push(CellInfo {
                unit,
                position,
                need: if draft.need.is_finite() {
                    draft.need.max(0.0)
                } else {
                    0.0
                },
                workload_hours: draft.hours,
                has_need: draft.has_need,
                required,
                staff_before: draft.staff,
            });
        }
        let employee_cell = employee_pair
            .iter()
            .map(|pair| cell_by_pair[pair])
            .collect();
        Index {
            unit_codes,
            position_codes,
            cells,
            employee_cell,
            unit_by_code,
            position_by_code,
            cell_by_pair,
        }
    }

    /// The unit with `code`.
    pub fn unit(&self, code: &str) -> Option<UnitIdx> {
        self.unit_by_code.get(code).copied()
    }

    /// The position with `code`.
    pub fn position(&self, code: &str) -> Option<PositionIdx> {
        self.position_by_code.get(code).copied()
    }

    /// The cell of (`position`, `unit`), when it exists.
    pub fn cell(&self, position: PositionIdx, unit: UnitIdx) -> Option<CellIdx> {
        self.cell_by_pair.get(&(position, unit)).copied()
    }

    /// The cells of one position, contiguous thanks to the sort order.
    pub fn cells_of_position(&self, position: PositionIdx) -> std::ops::Range<CellIdx> {
        let start = self.cells.partition_point(|c| c.position < position);
        let end = self.cells.partition_point(|c| c.position <= position);
        start..end
    }
}
