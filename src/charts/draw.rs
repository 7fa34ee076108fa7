//! Drawing of the chart models with plotters primitives (rectangles, lines,
//! text), laid out by hand. Generic over the backend; the `*_svg` helpers
//! use plotters' SVG backend.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{DivergingBars, EjProfile, Frontier, StaffNeed, Tone, shorten};

/// Canvas size: 16:9, large type, readable on a projector.
pub const WIDTH: u32 = 1200;
/// Canvas height of the fixed-height charts.
pub const HEIGHT: u32 = 675;

const INK: RGBColor = RGBColor(0x1b, 0x1f, 0x1d);
const MUTED: RGBColor = RGBColor(0x4a, 0x53, 0x4f);
const GRID: RGBColor = RGBColor(0xd9, 0xdd, 0xda);
const BAND: RGBColor = RGBColor(0xd5, 0xec, 0xe3);
// Okabe–Ito
const VERMILLION: RGBColor = RGBColor(0xd5, 0x5e, 0x00);
const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xb2);
const GREEN: RGBColor = RGBColor(0x00, 0x9e, 0x73);
const SKY: RGBColor = RGBColor(0x56, 0xb4, 0xe9);
const ORANGE: RGBColor = RGBColor(0xe6, 0x9f, 0x00);

const FONT: &str = "sans-serif";
const TITLE_SIZE: f64 = 30.0;
const LABEL_SIZE: f64 = 20.0;
/// Width of the need marker of the staff-against-need chart, in pixels.
const NEED_MARKER_WIDTH: i32 = 4;
/// Space between a bar (or the need marker) and its value label, in every
/// bar chart.
const VALUE_GAP: i32 = 6;

fn tone_color(tone: Tone) -> RGBColor {
    match tone {
        Tone::Shortage => VERMILLION,
        Tone::Surplus => BLUE,
        Tone::Ideal => GREEN,
        Tone::Before => SKY,
        Tone::After => BLUE,
        Tone::Need => ORANGE,
    }
}

fn text_style(size: f64, color: &'static RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    TextStyle::from((FONT, size).into_font())
        .color(color)
        .pos(Pos::new(h, v))
}

/// Rough text width, enough for layout (no measurement: see module docs).
fn text_width(text: &str, size: f64) -> i32 {
    (text.chars().count() as f64 * size * 0.5) as i32
}

type Area<DB> = DrawingArea<DB, Shift>;

/// The x-axis label centred at (`x_center`, `x_bottom`) and the y-axis
/// label above the plot, its bottom at `y_bottom`.
fn axis_labels<DB: DrawingBackend>(
    area: &Area<DB>,
    x_label: &str,
    y_label: &str,
    x_center: i32,
    x_bottom: i32,
    y_bottom: i32,
) -> DrawResult<DB> {
    area.draw(&Text::new(
        x_label.to_string(),
        (x_center, x_bottom),
        text_style(LABEL_SIZE, &MUTED, HPos::Center, VPos::Bottom),
    ))?;
    area.draw(&Text::new(
        y_label.to_string(),
        (24, y_bottom),
        text_style(LABEL_SIZE * 0.85, &MUTED, HPos::Left, VPos::Bottom),
    ))
}
type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn title<DB: DrawingBackend>(area: &Area<DB>, text: &str) -> DrawResult<DB> {
    let style = TextStyle::from((FONT, TITLE_SIZE, FontStyle::Bold).into_font())
        .color(&INK)
        .pos(Pos::new(HPos::Left, VPos::Top));
    area.draw(&Text::new(text.to_string(), (24, 16), style))
}

fn svg<F>(width: u32, height: u32, draw: F) -> String
where
    F: for<'a> FnOnce(&Area<SVGBackend<'a>>) -> DrawResult<SVGBackend<'a>>,
{
    let mut out = String::new();
    {
        let backend = SVGBackend::with_string(&mut out, (width, height));
        let area = backend.into_drawing_area();
        // Drawing into a string cannot fail; a failure would only lose the
        // chart, never the data, so it is not surfaced.
        let _ = area
            .fill(&WHITE)
            .and_then(|()| draw(&area))
            .and_then(|()| area.present());
    }
    out
}

/// Horizontal bars around zero (surplus right, shortage left), each with
/// its label and value.
pub fn draw_diverging_bars<DB: DrawingBackend>(
    area: &Area<DB>,
    chart: &DivergingBars,
) -> DrawResult<DB> {
    title(area, &chart.title)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let top = 70;
    let bottom = h - 50;
    let label_w = 330;
    let left = 24 + label_w;
    let right = w - 110;
    let n = chart.bars.len().max(1) as i32;
    let row = ((bottom - top) / n).max(6);
    let max = chart
        .bars
        .iter()
        .map(|b| b.value.abs())
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    let has_neg = chart.bars.iter().any(|b| b.value < 0.0);
    let has_pos = chart.bars.iter().any(|b| b.value > 0.0);
    let zero = match (has_neg, has_pos) {
        (true, true) => (left + right) / 2,
        (true, false) => right,
        _ => left,
    };
    let span = if has_neg && has_pos {
        (right - left) / 2
    } else {
        right - left
    } as f64;
    area.draw(&PathElement::new(
        vec![(zero, top - 6), (zero, bottom + 4)],
        MUTED.stroke_width(2),
    ))?;
    for (i, bar) in chart.bars.iter().enumerate() {
        let y = top + i as i32 * row;
        let len = (bar.value.abs() / max * span) as i32;
        let (x0, x1) = if bar.value < 0.0 {
            (zero - len, zero)
        } else {
            (zero, zero + len)
        };
        let pad = (row / 6).max(1);
        area.draw(&Rectangle::new(
            [(x0, y + pad), (x1.max(x0 + 1), y + row - pad)],
            tone_color(bar.tone).filled(),
        ))?;
        let size = LABEL_SIZE.min(row as f64 * 0.8);
        area.draw(&Text::new(
            shorten(&bar.label, 30),
            (left - 10, y + row / 2),
            text_style(size, &INK, HPos::Right, VPos::Center),
        ))?;
        let (vx, anchor) = if bar.value < 0.0 {
            (x0 - VALUE_GAP, HPos::Right)
        } else {
            (x1 + VALUE_GAP, HPos::Left)
        };
        let vx = if bar.value < 0.0 && vx - text_width(&bar.value_text, size) < left {
            x1 + VALUE_GAP
        } else {
            vx
        };
        let anchor = if vx > x1 { HPos::Left } else { anchor };
        area.draw(&Text::new(
            bar.value_text.clone(),
            (vx, y + row / 2),
            text_style(size, &INK, anchor, VPos::Center),
        ))?;
    }
    area.draw(&Text::new(
        chart.axis_note.clone(),
        ((left + right) / 2, h - 14),
        text_style(LABEL_SIZE, &MUTED, HPos::Center, VPos::Bottom),
    ))
}

/// EJ of every unit sorted, as thin bars against the shaded ideal band.
pub fn draw_ej_profile<DB: DrawingBackend>(area: &Area<DB>, chart: &EjProfile) -> DrawResult<DB> {
    title(area, &chart.title)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let (left, right, top, bottom) = (90, w - 30, 80, h - 70);
    let y_max = 2.0_f64;
    let y_of = |v: f64| bottom - ((v.min(y_max) / y_max) * f64::from(bottom - top)) as i32;
    // Band and grid.
    area.draw(&Rectangle::new(
        [(left, y_of(1.10)), (right, y_of(0.90))],
        BAND.filled(),
    ))?;
    for tick in [0.0, 0.5, 0.7, 0.9, 1.0, 1.1, 1.5, 2.0] {
        let y = y_of(tick);
        area.draw(&PathElement::new(
            vec![(left, y), (right, y)],
            GRID.stroke_width(1),
        ))?;
        area.draw(&Text::new(
            format!("{tick:.1}"),
            (left - 8, y),
            text_style(LABEL_SIZE * 0.85, &MUTED, HPos::Right, VPos::Center),
        ))?;
    }
    let n = chart.values.len().max(1);
    let bar_w = f64::from(right - left) / n as f64;
    for (i, &v) in chart.values.iter().enumerate() {
        let x0 = left + (i as f64 * bar_w) as i32;
        let x1 = (left + ((i + 1) as f64 * bar_w) as i32).max(x0 + 1);
        let tone = if (0.90..=1.10).contains(&v) {
            Tone::Ideal
        } else if v > 1.10 {
            Tone::Shortage
        } else {
            Tone::Surplus
        };
        area.draw(&Rectangle::new(
            [(x0, y_of(v)), (x1, bottom)],
            tone_color(tone).filled(),
        ))?;
    }
    area.draw(&Text::new(
        chart.band_label.clone(),
        (left + 8, y_of(1.10) - 4),
        text_style(LABEL_SIZE * 0.85, &INK, HPos::Left, VPos::Bottom),
    ))?;
    area.draw(&PathElement::new(
        vec![(left, bottom), (right, bottom)],
        MUTED.stroke_width(2),
    ))?;
    axis_labels(
        area,
        &chart.x_label,
        &chart.y_label,
        (left + right) / 2,
        h - 14,
        top - 10,
    )
}

/// Staff against need per row: a need marker and one or two staff bars.
pub fn draw_staff_need<DB: DrawingBackend>(area: &Area<DB>, chart: &StaffNeed) -> DrawResult<DB> {
    title(area, &chart.title)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let (left, right, top, bottom) = (24 + 330, w - 80, 110, h - 20);
    let n = chart.rows.len().max(1) as i32;
    let row = ((bottom - top) / n).max(8);
    let max = chart
        .rows
        .iter()
        .map(|r| r.need.max(r.before).max(r.after.unwrap_or(0.0)))
        .fold(1.0_f64, f64::max);
    let x_of = |v: f64| left + ((v / max) * f64::from(right - left)) as i32;
    // Legend.
    let legend = [
        (Tone::Need, &chart.legend[0]),
        (Tone::Before, &chart.legend[1]),
        (Tone::After, &chart.legend[2]),
    ];
    let mut lx = left;
    for (tone, label) in legend {
        if tone == Tone::After && chart.rows.iter().all(|r| r.after.is_none()) {
            continue;
        }
        area.draw(&Rectangle::new(
            [(lx, 62), (lx + 22, 84)],
            tone_color(tone).filled(),
        ))?;
        area.draw(&Text::new(
            label.clone(),
            (lx + 30, 73),
            text_style(LABEL_SIZE, &INK, HPos::Left, VPos::Center),
        ))?;
        lx += 60 + text_width(label, LABEL_SIZE);
    }
    for (i, r) in chart.rows.iter().enumerate() {
        let y = top + i as i32 * row;
        if chart.highlight.contains(&i) {
            area.draw(&Rectangle::new(
                [(24, y), (w - 10, y + row)],
                RGBColor(0xff, 0xf4, 0xd6).filled(),
            ))?;
        }
        let bars: Vec<(Tone, f64)> = match r.after {
            Some(after) => vec![(Tone::Before, r.before), (Tone::After, after)],
            None => vec![(Tone::Before, r.before)],
        };
        let bh = (row - 6) / bars.len() as i32;
        let nx = x_of(r.need);
        for (j, (tone, v)) in bars.iter().enumerate() {
            let y0 = y + 3 + j as i32 * bh;
            area.draw(&Rectangle::new(
                [(left, y0), (x_of(*v).max(left + 1), y0 + bh - 1)],
                tone_color(*tone).filled(),
            ))?;
            let size = LABEL_SIZE.min(bh as f64 * 0.9).max(8.0);
            let text = format!("{v:.0}");
            let x = value_label_x(x_of(*v), nx, text_width(&text, size));
            area.draw(&Text::new(
                text,
                (x, y0 + bh / 2),
                text_style(size, &INK, HPos::Left, VPos::Center),
            ))?;
        }
        area.draw(&PathElement::new(
            vec![(nx, y + 1), (nx, y + row - 1)],
            ORANGE.stroke_width(NEED_MARKER_WIDTH as u32),
        ))?;
        let size = LABEL_SIZE.min(row as f64 * 0.6);
        area.draw(&Text::new(
            shorten(&r.label, 30),
            (left - 10, y + row / 2),
            text_style(size, &INK, HPos::Right, VPos::Center),
        ))?;
    }
    Ok(())
}

/// Left edge of a bar's value label: just past the bar's end at `bar_x`,
/// or just past the need marker centred at `need_x` when the marker would
/// otherwise cross or touch the label (about `text_w` wide; the estimate
/// runs narrow, hence the margin), so a room can read every number.
fn value_label_x(bar_x: i32, need_x: i32, text_w: i32) -> i32 {
    const MARGIN: i32 = 5;
    let half = NEED_MARKER_WIDTH / 2;
    let x = bar_x + VALUE_GAP;
    if need_x + half + MARGIN >= x && need_x - half - MARGIN <= x + text_w {
        need_x + half + VALUE_GAP
    } else {
        x
    }
}

/// The diverging bar chart as an SVG document.
pub fn diverging_bars_svg(chart: &DivergingBars) -> String {
    let height = (120 + 34 * chart.bars.len() as u32).clamp(300, 1400);
    svg(WIDTH, height, |area| draw_diverging_bars(area, chart))
}

/// The EJ profile as an SVG document.
pub fn ej_profile_svg(chart: &EjProfile) -> String {
    svg(WIDTH, HEIGHT, |area| draw_ej_profile(area, chart))
}

/// The staff-against-need chart as an SVG document.
pub fn staff_need_svg(chart: &StaffNeed) -> String {
    let per_row = if chart.rows.iter().any(|r| r.after.is_some()) {
        44
    } else {
        30
    };
    let height = (130 + per_row * chart.rows.len() as u32).clamp(300, 1600);
    svg(WIDTH, height, |area| draw_staff_need(area, chart))
}

/// A round step for about `n` ticks over `span`: 1, 2 or 5 times a power
/// of ten.
fn nice_step(span: f64, n: f64) -> f64 {
    let raw = (span / n).max(1e-9);
    let magnitude = 10f64.powf(raw.log10().floor());
    let unit = raw / magnitude;
    let nice = if unit <= 1.0 {
        1.0
    } else if unit <= 2.0 {
        2.0
    } else if unit <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

fn tick_text(v: f64, step: f64) -> String {
    if step >= 1.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// Score against number of moves: a line through the points, exact points
/// filled, estimated ones hollow (shape, not only colour, tells them
/// apart), the chosen point ringed and labelled.
pub fn draw_frontier<DB: DrawingBackend>(area: &Area<DB>, chart: &Frontier) -> DrawResult<DB> {
    title(area, &chart.title)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let (left, right, top, bottom) = (110, w - 40, 120, h - 80);
    let x_max = chart.points.iter().map(|p| p.moves).fold(1.0_f64, f64::max);
    let (mut y_min, mut y_max) = chart
        .points
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
            (lo.min(p.score), hi.max(p.score))
        });
    if !y_min.is_finite() {
        (y_min, y_max) = (0.0, 1.0);
    }
    let y_step = nice_step((y_max - y_min).max(1e-6), 5.0);
    let y_lo = (y_min / y_step).floor() * y_step;
    let y_hi = ((y_max / y_step).ceil() * y_step).max(y_lo + y_step);
    let x_step = nice_step(x_max, 8.0).max(1.0);
    let x_of = |v: f64| left + ((v / x_max) * f64::from(right - left)) as i32;
    let y_of = |v: f64| bottom - (((v - y_lo) / (y_hi - y_lo)) * f64::from(bottom - top)) as i32;
    // Grid and ticks.
    let mut y = y_lo;
    while y <= y_hi + y_step * 0.5 {
        area.draw(&PathElement::new(
            vec![(left, y_of(y)), (right, y_of(y))],
            GRID.stroke_width(1),
        ))?;
        area.draw(&Text::new(
            tick_text(y, y_step),
            (left - 10, y_of(y)),
            text_style(LABEL_SIZE * 0.85, &MUTED, HPos::Right, VPos::Center),
        ))?;
        y += y_step;
    }
    let mut x = 0.0;
    while x <= x_max + x_step * 0.01 {
        area.draw(&PathElement::new(
            vec![(x_of(x), bottom), (x_of(x), bottom + 6)],
            MUTED.stroke_width(2),
        ))?;
        area.draw(&Text::new(
            tick_text(x, x_step),
            (x_of(x), bottom + 10),
            text_style(LABEL_SIZE * 0.85, &MUTED, HPos::Center, VPos::Top),
        ))?;
        x += x_step;
    }
    area.draw(&PathElement::new(
        vec![(left, top - 10), (left, bottom), (right, bottom)],
        MUTED.stroke_width(2),
    ))?;
    // Legend.
    let mut lx = left;
    for (i, label) in chart.legend.iter().enumerate() {
        if i == 2 && chart.chosen.is_none() {
            continue;
        }
        let c = (lx + 11, 73);
        match i {
            0 => area.draw(&Circle::new(c, 7, BLUE.filled()))?,
            1 => area
                .draw(&Circle::new(c, 6, WHITE.filled()))
                .and_then(|()| area.draw(&Circle::new(c, 6, BLUE.stroke_width(3))))?,
            _ => area.draw(&Circle::new(c, 11, VERMILLION.stroke_width(4)))?,
        }
        area.draw(&Text::new(
            label.clone(),
            (lx + 30, 73),
            text_style(LABEL_SIZE, &INK, HPos::Left, VPos::Center),
        ))?;
        lx += 70 + text_width(label, LABEL_SIZE);
    }
    // The line, then the points over it.
    let line: Vec<(i32, i32)> = chart
        .points
        .iter()
        .map(|p| (x_of(p.moves), y_of(p.score)))
        .collect();
    area.draw(&PathElement::new(line, BLUE.stroke_width(3)))?;
    for p in &chart.points {
        let c = (x_of(p.moves), y_of(p.score));
        if p.exact {
            area.draw(&Circle::new(c, 7, BLUE.filled()))?;
        } else {
            area.draw(&Circle::new(c, 6, WHITE.filled()))?;
            area.draw(&Circle::new(c, 6, BLUE.stroke_width(3)))?;
        }
    }
    if let Some(p) = chart.chosen.and_then(|i| chart.points.get(i)) {
        let c = (x_of(p.moves), y_of(p.score));
        area.draw(&Circle::new(c, 13, VERMILLION.stroke_width(4)))?;
        let (anchor, dx) = if c.0 > (left + right) / 2 {
            (HPos::Right, -20)
        } else {
            (HPos::Left, 20)
        };
        area.draw(&Text::new(
            chart.chosen_label.clone(),
            (c.0 + dx, c.1 - 24),
            text_style(LABEL_SIZE, &INK, anchor, VPos::Bottom),
        ))?;
    }
    axis_labels(
        area,
        &chart.x_label,
        &chart.y_label,
        (left + right) / 2,
        h - 14,
        top - 16,
    )
}

/// The frontier chart as an SVG document.
pub fn frontier_svg(chart: &Frontier) -> String {
    svg(WIDTH, HEIGHT, |area| draw_frontier(area, chart))
}
