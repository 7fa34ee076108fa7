//! Model ↔ engine: eligibility rules, lowering of a data set to the engine's
//! dense problem, scoring of any plan, and explanations of the result.
//!
//! Never does: parsing of bytes, reading the clock (the caller passes the
//! reference date), or any browser call. Entry point: [`Context::new`]; a
//! caller that plans the same data again keeps its [`Prepared`] and builds
//! each [`Context`] with [`Context::with`].

pub mod analysis;
pub mod index;
pub mod lower;
pub mod plan;
pub mod rules;
pub mod score;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Deref;

use crate::model::{Coord, DataSet, Date, Tags, normalize_tag};

use index::{Index, PositionIdx, UnitIdx};
use rules::{Eligibility, eligibility};

/// A data set prepared for planning: the data and what [`Prepared`] derives
/// from it (its fields read through `Deref`, e.g. `ctx.index`).
#[derive(Clone, Debug)]
pub struct Context<'a> {
    /// The data set.
    pub data: &'a DataSet,
    prepared: Cow<'a, Prepared>,
}

impl<'a> Context<'a> {
    /// Prepares `data` for planning. `today` is used when the settings give
    /// no `tanggal_acuan`.
    pub fn new(data: &'a DataSet, today: Date) -> Context<'a> {
        Context {
            data,
            prepared: Cow::Owned(Prepared::new(data, today)),
        }
    }

    /// `data` with what [`Prepared::new`] derived from it before, so that
    /// planning the same data again does not index it again (at 100,000
    /// employees that takes about 0.3 s natively).
    ///
    /// `prepared` must come from this `data` with its current settings:
    /// indices into a different data set would be meaningless. Debug builds
    /// check that it has one entry per employee.
    pub fn with(data: &'a DataSet, prepared: &'a Prepared) -> Context<'a> {
        debug_assert_eq!(prepared.eligibility.len(), data.employees.len());
        debug_assert_eq!(prepared.wishes.len(), data.employees.len());
        Context {
            data,
            prepared: Cow::Borrowed(prepared),
        }
    }
}

impl Deref for Context<'_> {
    type Target = Prepared;

    fn deref(&self) -> &Prepared {
        &self.prepared
    }
}

/// What planning derives from a data set once: dense indices, unit
/// coordinates, each employee's eligibility on the reference date, tag ids
/// and wished units. Depends on the data, its settings (the reference
/// date) and `today`; a holder drops it when any of them changes.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// Dense indices and cells.
    pub index: Index,
    /// Coordinates per unit index.
    pub coords: Vec<Option<Coord>>,
    /// The reference date the rules were applied on.
    pub reference: Date,
    /// Eligibility per employee, in row order.
    pub eligibility: Vec<Eligibility>,
    /// Competency tags as dense ids (see [`TagIds`]).
    pub tags: TagIds,
    /// Per employee: the units of `pilihan_1..3` (trimmed codes; `None`
    /// when empty or not a unit of the data).
    pub wishes: Vec<[Option<UnitIdx>; 3]>,
    /// Display name per unit index (`nama_unit`, else the code).
    unit_names: Vec<String>,
    /// Display name per position index (`nama_jabatan`, else the code).
    position_names: Vec<String>,
}

impl Prepared {
    /// Derives from `data` what planning needs. `today` is used when the
    /// settings give no `tanggal_acuan`.
    pub fn new(data: &DataSet, today: Date) -> Prepared {
        let reference = data.settings.reference_date.unwrap_or(today);
        let index = Index::new(data);
        let coords = rules::unit_coords(data, &index);
        let eligibility = data
            .employees
            .iter()
            .map(|e| eligibility(data, e, reference))
            .collect();
        let tags = TagIds::new(data, &index);
        let wishes = data
            .employees
            .iter()
            .map(|e| {
                e.wishes
                    .each_ref()
                    .map(|w| index.unit(w.as_deref()?.trim()))
            })
            .collect();
        let mut unit_names = index.unit_codes.clone();
        for unit in &data.units {
            if let Some(i) = index.unit(&unit.code) {
                unit_names[i] = unit.name.clone();
            }
        }
        let mut position_names = index.position_codes.clone();
        for position in &data.positions {
            if let Some(i) = index.position(&position.code) {
                position_names[i] = position.name.clone();
            }
        }
        Prepared {
            index,
            coords,
            reference,
            eligibility,
            tags,
            wishes,
            unit_names,
            position_names,
        }
    }

    /// Display name of a unit index: its `nama_unit`, else its code.
    pub fn unit_name(&self, unit: UnitIdx) -> &str {
        &self.unit_names[unit]
    }

    /// Display name of a position index: its `nama_jabatan`, else its code.
    pub fn position_name(&self, position: PositionIdx) -> &str {
        &self.position_names[position]
    }
}

/// Competency tags as dense ids, one per normalised spelling
/// ([`normalize_tag`]), so the planner compares numbers, not strings.
#[derive(Clone, Debug)]
pub struct TagIds {
    /// Ids below this are the tags some cell requires, numbered in order of
    /// first appearance over the cells; the employees' other tags follow.
    pub required: u32,
    /// Per employee: the ids of their competencies, sorted, deduplicated.
    pub employee: Vec<Vec<u32>>,
    /// Per cell: the ids of its required tags, sorted, deduplicated.
    pub cell: Vec<Vec<u32>>,
}

impl TagIds {
    fn new(data: &DataSet, index: &Index) -> TagIds {
        let mut by_name: BTreeMap<String, u32> = BTreeMap::new();
        let mut ids = |tags: &Tags| -> Vec<u32> {
            let mut v: Vec<u32> = tags
                .iter()
                .map(|t| {
                    let next = by_name.len() as u32;
                    *by_name.entry(normalize_tag(t)).or_insert(next)
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let cell: Vec<Vec<u32>> = index.cells.iter().map(|c| ids(&c.required)).collect();
        let required = cell.iter().flatten().max().map_or(0, |&m| m + 1);
        let employee = data
            .employees
            .iter()
            .map(|e| ids(&e.competencies))
            .collect();
        TagIds {
            required,
            employee,
            cell,
        }
    }

    /// The ids of employee `e`'s competencies that some cell requires.
    pub fn employee_required(&self, e: usize) -> &[u32] {
        let held = &self.employee[e];
        &held[..held.partition_point(|&id| id < self.required)]
    }
}
