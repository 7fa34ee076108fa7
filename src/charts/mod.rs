//! Chart models (pure data) and their drawing with plotters, generic over
//! the backend, so charts render to SVG in the browser and in native tests.
//!
//! Owns: what a chart shows (its model) and how it is laid out. Never does:
//! browser calls, or text measurement through plotters (plotters measures
//! text in the browser by inserting styled elements, which a strict CSP
//! forbids), so every chart is drawn from primitives with our own layout.
//! Colours are Okabe–Ito, and meaning is never carried by colour alone:
//! bars are labelled with their values and signs.
//!
//! Entry points: the `*_svg` functions return an SVG document as a string.

mod draw;

pub use draw::{diverging_bars_svg, ej_profile_svg, frontier_svg, staff_need_svg};

/// What a bar means, which picks its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Fewer staff than the work needs (kurang).
    Shortage,
    /// More staff than the work needs (lebih).
    Surplus,
    /// Within the ideal band.
    Ideal,
    /// Staff before a plan.
    Before,
    /// Staff after a plan.
    After,
    /// The need.
    Need,
}

/// A signed bar: surplus (positive) or shortage (negative).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Category label (unit or position name).
    pub label: String,
    /// Value, drawn from zero.
    pub value: f64,
    /// Colour meaning.
    pub tone: Tone,
    /// The value as text, already formatted for the UI language.
    pub value_text: String,
}

/// Horizontal bars around zero, largest magnitudes first.
#[derive(Clone, Debug, PartialEq)]
pub struct DivergingBars {
    /// Title above the chart.
    pub title: String,
    /// Text under the axis explaining the sign.
    pub axis_note: String,
    /// The bars, drawn top to bottom.
    pub bars: Vec<Bar>,
}

/// EJ of every unit, sorted, against the ideal band.
#[derive(Clone, Debug, PartialEq)]
pub struct EjProfile {
    /// Title above the chart.
    pub title: String,
    /// EJ values sorted ascending (units without staff are left out).
    pub values: Vec<f64>,
    /// Label of the ideal band.
    pub band_label: String,
    /// Label of the y axis.
    pub y_label: String,
    /// Label of the x axis.
    pub x_label: String,
}

/// Staff against need per category, before and optionally after a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffNeed {
    /// Title above the chart.
    pub title: String,
    /// Rows, drawn top to bottom.
    pub rows: Vec<StaffNeedRow>,
    /// Legend labels: need, before, after.
    pub legend: [String; 3],
    /// Row to emphasise (e.g. the two units of the current step).
    pub highlight: Vec<usize>,
}

/// One row of [`StaffNeed`].
#[derive(Clone, Debug, PartialEq)]
pub struct StaffNeedRow {
    /// Category label.
    pub label: String,
    /// Need.
    pub need: f64,
    /// Staff before.
    pub before: f64,
    /// Staff after, when a plan is shown.
    pub after: Option<f64>,
}

/// The trade-off frontier: the best score per number of moves.
#[derive(Clone, Debug, PartialEq)]
pub struct Frontier {
    /// Title above the chart.
    pub title: String,
    /// Points by move count ascending.
    pub points: Vec<FrontierChartPoint>,
    /// Index of the chosen point (drawn ringed and labelled), if any.
    pub chosen: Option<usize>,
    /// Label of the chosen point, already formatted ("12 mutasi: 34,5").
    pub chosen_label: String,
    /// Legend labels: exact point, estimated point, chosen point.
    pub legend: [String; 3],
    /// Label of the x axis (moves).
    pub x_label: String,
    /// Label of the y axis (score).
    pub y_label: String,
}

/// One point of [`Frontier`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FrontierChartPoint {
    /// Number of moves.
    pub moves: f64,
    /// Best score with at most that many moves.
    pub score: f64,
    /// Proven optimal (drawn filled; estimated points are hollow).
    pub exact: bool,
}

/// Shortens `text` to at most `max` characters, with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}
