//! The common shape every container reader produces: a named grid of cells
//! with the row numbers the user sees. Owns [`Sheet`], [`Cell`].
//!
//! Never does: header matching or value typing (see `headers`, `values`).

use crate::model::Date;

/// One cell as the container gave it. CSV gives only `Text` and `Empty`;
/// XLSX keeps its number, date and boolean cells so the typed readers can
/// tell "a NIP stored as a number" from "a NIP stored as text".
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing in the cell (or only spaces).
    Empty,
    /// Text, as written.
    Text(String),
    /// A numeric spreadsheet cell.
    Number(f64),
    /// A date-formatted spreadsheet cell.
    Date(Date),
    /// A boolean spreadsheet cell.
    Bool(bool),
    /// A formula error (`#N/A`, …) or a date cell outside the calendar.
    Error(String),
}

impl Cell {
    /// True when the cell holds nothing or only whitespace.
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as the user would read it, for messages and text columns.
    pub fn display(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) => format_number(*n),
            Cell::Date(d) => d.to_string(),
            Cell::Bool(b) => if *b { "1" } else { "0" }.to_string(),
            Cell::Error(e) => e.clone(),
        }
    }
}

/// Formats a number without a needless `.0` (`12` rather than `12.0`).
pub fn format_number(n: f64) -> String {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// One record row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Row number as the spreadsheet shows it (header = 1 in a plain file).
    pub number: u32,
    /// The cells, left to right.
    pub cells: Vec<Cell>,
}

/// A sheet of a workbook or one CSV file, before header matching.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// What the user calls it: `pegawai.csv`, `data.xlsx: pegawai`.
    pub source: String,
    /// The table name candidate: the sheet name, or the file name without
    /// its extension.
    pub name: String,
    /// Rows from the first non-empty one (the header) on, blank rows left out.
    pub rows: Vec<Row>,
    /// True for a `;`-delimited CSV: Indonesian locale, where `1.250`
    /// means 1250 (data-format.md, "Numbers").
    pub semicolon_locale: bool,
}
