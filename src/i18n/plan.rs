//! Sentences of the plan screen: problems with the user's decisions, rules
//! an imported plan breaks, why a cell stays short, and the labels of the
//! plan charts. Inputs are names and numbers (already looked up by the
//! caller), so this module does no planning.

use super::{Lang, Text, format_number, t};
use crate::planner::rules::TargetError;

/// Why a destination is not allowed, as a clause ("the unit has no need
/// for this position").
pub fn target_error(lang: Lang, error: &TargetError) -> String {
    match (lang, error) {
        (Lang::Id, TargetError::SameUnit) => "unit tujuan sama dengan unit sekarang".into(),
        (Lang::En, TargetError::SameUnit) => "the target is the current unit".into(),
        (Lang::Id, TargetError::NoNeed) => {
            "unit tujuan tidak memiliki kebutuhan untuk jabatan ini".into()
        }
        (Lang::En, TargetError::NoNeed) => "the target unit has no need for this position".into(),
        (Lang::Id, TargetError::TooFar { km, max_km }) => format!(
            "jarak {} km melebihi batas {} km",
            format_number(lang, *km, 1),
            format_number(lang, *max_km, 1)
        ),
        (Lang::En, TargetError::TooFar { km, max_km }) => format!(
            "{} km is farther than the limit of {} km",
            format_number(lang, *km, 1),
            format_number(lang, *max_km, 1)
        ),
    }
}

/// A problem with one of the user's planning decisions, or with one row of
/// a plan made elsewhere. Names and reasons are already in the sentence's
/// language.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanIssue<'a> {
    /// No employee has this NIP.
    UnknownNip {
        /// The NIP as given.
        nip: &'a str,
    },
    /// No unit has this code.
    UnknownUnit {
        /// The code as given.
        unit: &'a str,
    },
    /// The employee may not move at all.
    NotMovable {
        /// NIP.
        nip: &'a str,
        /// Name.
        name: &'a str,
        /// Each blocking rule as a clause.
        reasons: Vec<String>,
    },
    /// The unit has no cell of the employee's position.
    NoCell {
        /// NIP.
        nip: &'a str,
        /// Name.
        name: &'a str,
        /// Target unit name.
        unit: &'a str,
        /// Position name.
        position: &'a str,
    },
    /// The destination breaks a rule.
    BadTarget {
        /// NIP.
        nip: &'a str,
        /// Name.
        name: &'a str,
        /// Target unit name.
        unit: &'a str,
        /// The rule, as a clause ([`target_error`]).
        reason: String,
    },
    /// The employee appears in an earlier move of the plan too.
    MovedTwice {
        /// NIP.
        nip: &'a str,
        /// Name.
        name: &'a str,
    },
}

/// A [`PlanIssue`] as a sentence; `row` is the spreadsheet row of an
/// imported plan (header = 1), `None` for a decision.
pub fn plan_issue(lang: Lang, row: Option<u32>, issue: &PlanIssue<'_>) -> String {
    let prefix = match (lang, row) {
        (Lang::Id, Some(r)) => format!("Baris {r}: "),
        (Lang::En, Some(r)) => format!("Row {r}: "),
        (Lang::Id, None) => "Keputusan: ".to_string(),
        (Lang::En, None) => "Decision: ".to_string(),
    };
    let body = match (lang, issue) {
        (Lang::Id, PlanIssue::UnknownNip { nip }) => {
            format!("tidak ada pegawai dengan NIP {nip}; diabaikan.")
        }
        (Lang::En, PlanIssue::UnknownNip { nip }) => {
            format!("no employee has NIP {nip}; ignored.")
        }
        (Lang::Id, PlanIssue::UnknownUnit { unit }) => {
            format!("tidak ada unit kerja dengan kode {unit}; diabaikan.")
        }
        (Lang::En, PlanIssue::UnknownUnit { unit }) => {
            format!("no work unit has the code {unit}; ignored.")
        }
        (Lang::Id, PlanIssue::NotMovable { nip, name, reasons }) => format!(
            "{name} (NIP {nip}) tidak boleh dimutasi: {}.",
            reasons.join("; ")
        ),
        (Lang::En, PlanIssue::NotMovable { nip, name, reasons }) => {
            format!("{name} (NIP {nip}) may not move: {}.", reasons.join("; "))
        }
        (
            Lang::Id,
            PlanIssue::NoCell {
                nip,
                name,
                unit,
                position,
            },
        ) => format!(
            "{name} (NIP {nip}) tidak dapat pindah ke {unit}: unit itu tidak memiliki jabatan {position}."
        ),
        (
            Lang::En,
            PlanIssue::NoCell {
                nip,
                name,
                unit,
                position,
            },
        ) => format!(
            "{name} (NIP {nip}) cannot move to {unit}: that unit has no position {position}."
        ),
        (
            Lang::Id,
            PlanIssue::BadTarget {
                nip,
                name,
                unit,
                reason,
            },
        ) => format!("{name} (NIP {nip}) tidak boleh pindah ke {unit}: {reason}."),
        (
            Lang::En,
            PlanIssue::BadTarget {
                nip,
                name,
                unit,
                reason,
            },
        ) => format!("{name} (NIP {nip}) may not move to {unit}: {reason}."),
        (Lang::Id, PlanIssue::MovedTwice { nip, name }) => {
            format!("{name} (NIP {nip}) sudah dimutasi di baris sebelumnya; baris ini diabaikan.")
        }
        (Lang::En, PlanIssue::MovedTwice { nip, name }) => {
            format!("{name} (NIP {nip}) already moves in an earlier row; this row is ignored.")
        }
    };
    prefix + &body
}

/// The facts behind a cell left short after the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct ShortFacts<'a> {
    /// Unit name.
    pub unit: &'a str,
    /// Position name.
    pub position: &'a str,
    /// Staff after the plan.
    pub staff: u32,
    /// Need.
    pub need: f64,
    /// The best remaining candidate: (name, their unit, imbalance saved,
    /// cost of the move); `None` when nobody may legally come.
    pub candidate: Option<(&'a str, &'a str, f64, f64)>,
}

/// Why a cell stays short, as a sentence. When the best candidate would
/// save more than the move costs, what keeps them away is the move budget
/// or a decision, and the sentence says so.
pub fn short_reason(lang: Lang, f: &ShortFacts<'_>) -> String {
    let n = |v: f64| format_number(lang, v, 2);
    match (lang, f.candidate) {
        (Lang::Id, None) => format!(
            "{} – {}: {} pegawai untuk kebutuhan {}; tidak ada pegawai jabatan ini yang boleh pindah ke sini.",
            f.unit,
            f.position,
            f.staff,
            n(f.need)
        ),
        (Lang::En, None) => format!(
            "{} – {}: {} staff for a need of {}; nobody in this position may move here.",
            f.unit,
            f.position,
            f.staff,
            n(f.need)
        ),
        (Lang::Id, Some((name, from, saved, cost))) if saved > cost => format!(
            "{} – {}: {} pegawai untuk kebutuhan {}; calon terbaik, {name} dari {from}, menghemat ketimpangan {} dengan biaya mutasi {}, tetapi batas jumlah mutasi atau keputusan pengguna tidak memberi tempat.",
            f.unit,
            f.position,
            f.staff,
            n(f.need),
            n(saved),
            n(cost)
        ),
        (Lang::En, Some((name, from, saved, cost))) if saved > cost => format!(
            "{} – {}: {} staff for a need of {}; the best candidate, {name} from {from}, would save {} imbalance for a move cost of {}, but the move budget or the user's decisions leave no room.",
            f.unit,
            f.position,
            f.staff,
            n(f.need),
            n(saved),
            n(cost)
        ),
        (Lang::Id, Some((name, from, saved, cost))) => format!(
            "{} – {}: {} pegawai untuk kebutuhan {}; calon terbaik, {name} dari {from}, menghemat ketimpangan {} tetapi biaya mutasinya {}.",
            f.unit,
            f.position,
            f.staff,
            n(f.need),
            n(saved),
            n(cost)
        ),
        (Lang::En, Some((name, from, saved, cost))) => format!(
            "{} – {}: {} staff for a need of {}; the best candidate, {name} from {from}, would save {} imbalance but the move costs {}.",
            f.unit,
            f.position,
            f.staff,
            n(f.need),
            n(saved),
            n(cost)
        ),
    }
}

/// Labels of the per-unit staff-against-need chart of a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanChartLabels {
    /// Title.
    pub title: String,
    /// Legend: need, before, after.
    pub legend: [String; 3],
}

/// Labels of the before/after chart: `shown` units of the `touched` ones
/// the plan changes (most changed first), `step` = Some((k, n)) when the
/// chart shows the state after the first k of n moves. `touched` = 0 is a
/// plan without moves, whose chart shows the units furthest from their
/// need.
pub fn plan_chart_labels(
    lang: Lang,
    shown: usize,
    touched: usize,
    step: Option<(usize, usize)>,
) -> PlanChartLabels {
    let what = match (lang, touched, shown < touched) {
        (Lang::Id, 0, _) => {
            format!("tanpa mutasi: {shown} unit dengan selisih terbesar dari kebutuhan")
        }
        (Lang::En, 0, _) => format!("no move: the {shown} units furthest from their need"),
        (Lang::Id, _, true) => {
            format!("{shown} dari {touched} unit yang berubah, terbesar di atas")
        }
        (Lang::Id, _, false) => format!("{touched} unit yang berubah"),
        (Lang::En, _, true) => format!("{shown} of {touched} changed units, largest first"),
        (Lang::En, _, false) => format!("{touched} changed units"),
    };
    let title = match (lang, step) {
        (Lang::Id, None) => format!("Pegawai dan kebutuhan, sebelum dan sesudah · {what}"),
        (Lang::En, None) => format!("Staff and need, before and after · {what}"),
        (Lang::Id, Some((k, n))) => format!("Langkah {k}/{n} · pegawai dan kebutuhan · {what}"),
        (Lang::En, Some((k, n))) => format!("Step {k}/{n} · staff and need · {what}"),
    };
    let legend = match (lang, step) {
        (Lang::Id, None) => ["Kebutuhan", "Sebelum", "Sesudah"],
        (Lang::En, None) => ["Need", "Before", "After"],
        (Lang::Id, Some(_)) => ["Kebutuhan", "Sebelum", "Pada langkah ini"],
        (Lang::En, Some(_)) => ["Need", "Before", "At this step"],
    };
    PlanChartLabels {
        title,
        legend: legend.map(str::to_string),
    }
}

/// Labels of the chart comparing two scenarios: staff per unit after
/// scenario `a` and after `b` against need, for the `shown` units where they
/// differ most out of `differing`.
pub fn comparison_chart_labels(
    lang: Lang,
    a: &str,
    b: &str,
    shown: usize,
    differing: usize,
) -> PlanChartLabels {
    let title = match (lang, shown < differing) {
        (Lang::Id, true) => format!(
            "Pegawai per unit: {a} dan {b} · {shown} dari {differing} unit yang berbeda, selisih terbesar di atas"
        ),
        (Lang::Id, false) => {
            format!("Pegawai per unit: {a} dan {b} · {differing} unit yang berbeda")
        }
        (Lang::En, true) => format!(
            "Staff per unit: {a} and {b} · {shown} of {differing} units that differ, largest first"
        ),
        (Lang::En, false) => format!("Staff per unit: {a} and {b} · {differing} units that differ"),
    };
    PlanChartLabels {
        title,
        legend: [
            t(lang, Text::Need).to_string(),
            a.to_string(),
            b.to_string(),
        ],
    }
}

/// Labels of the trade-off frontier chart.
#[derive(Clone, Debug, PartialEq)]
pub struct FrontierLabels {
    /// Title.
    pub title: String,
    /// Legend: exact point, estimated point, chosen point.
    pub legend: [String; 3],
    /// x axis.
    pub x_label: String,
    /// y axis.
    pub y_label: String,
}

/// Labels of the frontier chart.
pub fn frontier_labels(lang: Lang) -> FrontierLabels {
    let (title, legend, x, y) = match lang {
        Lang::Id => (
            "Skor terbaik menurut jumlah mutasi (makin rendah makin seimbang)",
            ["terbukti optimal", "perkiraan", "rencana sekarang"],
            "jumlah mutasi paling banyak",
            "skor",
        ),
        Lang::En => (
            "Best score by number of moves (lower is more balanced)",
            ["proven optimal", "estimate", "current plan"],
            "at most this many moves",
            "score",
        ),
    };
    FrontierLabels {
        title: title.to_string(),
        legend: legend.map(str::to_string),
        x_label: x.to_string(),
        y_label: y.to_string(),
    }
}

/// Label of the chosen frontier point: "12 mutasi: skor 34,50".
pub fn frontier_point(lang: Lang, moves: u64, score: f64) -> String {
    match lang {
        Lang::Id => format!("{moves} mutasi: skor {}", format_number(lang, score, 2)),
        Lang::En => format!("{moves} moves: score {}", format_number(lang, score, 2)),
    }
}

/// A plan's optimality in words; `bounded` = (lower bound, gap), `scored`
/// for a plan made elsewhere.
pub fn plan_status(lang: Lang, bounded: Option<(f64, f64)>, scored: bool) -> String {
    match (lang, bounded, scored) {
        (Lang::Id, _, true) => "dinilai (rencana dari berkas, tidak dioptimalkan)".into(),
        (Lang::En, _, true) => "scored (a plan from a file, not optimised)".into(),
        (Lang::Id, None, false) => "optimal".into(),
        (Lang::En, None, false) => "optimal".into(),
        (Lang::Id, Some((lower, gap)), false) => format!(
            "terbaik dalam batas mutasi; batas bawah {}, selisih paling banyak {}",
            format_number(lang, lower, 4),
            format_number(lang, gap, 4)
        ),
        (Lang::En, Some((lower, gap)), false) => format!(
            "best within the move budget; lower bound {}, at most {} above it",
            format_number(lang, lower, 4),
            format_number(lang, gap, 4)
        ),
    }
}

/// The figures of the report's summary sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportFacts {
    /// [`plan_status`] already in words.
    pub status: String,
    /// Reference date.
    pub reference_date: String,
    /// Score before.
    pub score_before: f64,
    /// Score after.
    pub score_after: f64,
    /// Moves.
    pub moves: usize,
    /// Total km.
    pub km: f64,
    /// Cells in the ideal band before and after.
    pub in_band: (u32, u32),
    /// Vacancies before and after.
    pub vacancies: (u32, u32),
    /// Cost of the user's decisions, when they have any.
    pub decision_cost: Option<f64>,
    /// Decisions or rows that could not be applied.
    pub issues: usize,
}

/// The report's summary sheet as (label, value) pairs.
pub fn report_summary(lang: Lang, f: &ReportFacts) -> Vec<(String, String)> {
    let n = |v: f64| format_number(lang, v, 4);
    let labels: [&str; 11] = match lang {
        Lang::Id => [
            "Status",
            "Tanggal acuan",
            "Skor sebelum",
            "Skor sesudah",
            "Jumlah mutasi",
            "Total jarak (km)",
            "Sel dalam rentang ideal (sebelum → sesudah)",
            "Formasi kosong (sebelum → sesudah)",
            "Biaya keputusan pengguna (skor)",
            "Keputusan atau baris yang tidak dapat diterapkan",
            "Catatan",
        ],
        Lang::En => [
            "Status",
            "Reference date",
            "Score before",
            "Score after",
            "Number of moves",
            "Total distance (km)",
            "Cells in the ideal band (before → after)",
            "Vacancies (before → after)",
            "Cost of the user's decisions (score)",
            "Decisions or rows that could not be applied",
            "Note",
        ],
    };
    let note = match lang {
        Lang::Id => "Skor lebih rendah berarti beban kerja lebih seimbang (lihat objective.md).",
        Lang::En => "A lower score means a more even workload (see objective.md).",
    };
    let values = [
        f.status.clone(),
        f.reference_date.clone(),
        n(f.score_before),
        n(f.score_after),
        f.moves.to_string(),
        format_number(lang, f.km, 1),
        format!("{} → {}", f.in_band.0, f.in_band.1),
        format!("{} → {}", f.vacancies.0, f.vacancies.1),
        f.decision_cost.map_or_else(|| "–".to_string(), n),
        f.issues.to_string(),
        note.to_string(),
    ];
    labels.iter().map(|l| l.to_string()).zip(values).collect()
}

/// File name of the report download.
pub fn report_file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "laporan-rencana.xlsx",
        Lang::En => "plan-report.xlsx",
    }
}

/// No saved scenario has this name.
pub fn unknown_scenario(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("Tidak ada skenario bernama \"{name}\"."),
        Lang::En => format!("There is no scenario named \"{name}\"."),
    }
}
