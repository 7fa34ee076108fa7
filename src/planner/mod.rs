//! Model ↔ engine: eligibility rules, lowering of a data set to the engine's
//! dense problem, scoring of any plan, and explanations of the result.
//!
//! Never does: parsing of bytes, reading the clock (the caller passes the
//! reference date), or any browser call. Entry point: [`Context::new`].

pub mod analysis;
pub mod index;
pub mod rules;
pub mod lower;
pub mod plan;
pub mod score;

use crate::model::{Coord, DataSet, Date};

use index::Index;
use rules::{Eligibility, eligibility};

/// A data set prepared for planning: dense indices, unit coordinates and
/// each employee's eligibility on the reference date.
#[derive(Clone, Debug)]
pub struct Context<'a> {
    /// The data set.
    pub data: &'a DataSet,
    /// Dense indices and cells.
    pub index: Index,
    /// Coordinates per unit index.
    pub coords: Vec<Option<Coord>>,
    /// The reference date the rules were applied on.
    pub reference: Date,
    /// Eligibility per employee, in row order.
    pub eligibility: Vec<Eligibility>,
}

impl<'a> Context<'a> {
    /// Prepares `data` for planning. `today` is used when the settings give
    /// no `tanggal_acuan`.
    pub fn new(data: &'a DataSet, today: Date) -> Context<'a> {
        let reference = data.settings.reference_date.unwrap_or(today);
        let index = Index::new(data);
        let coords = rules::unit_coords(data, &index);
        let eligibility = data
            .employees
            .iter()
            .map(|e| eligibility(data, e, reference))
            .collect();
        Context {
            data,
            index,
            coords,
            reference,
            eligibility,
        }
    }
}
