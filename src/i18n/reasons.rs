//! Plain-language reasons for moves and for cells left short, in both
//! languages. Inputs are plain numbers and names, so the planner stays free
//! of sentences and this module free of planning.

use super::{Lang, format_number};

/// The facts behind one move, ready to be put into words.
#[derive(Clone, Debug, PartialEq)]
pub struct MoveFacts<'a> {
    /// Name of the source unit.
    pub from_unit: &'a str,
    /// Staff of the source cell before the move.
    pub from_staff: u32,
    /// Need of the source cell.
    pub from_need: f64,
    /// Name of the target unit.
    pub to_unit: &'a str,
    /// Staff of the target cell before the move.
    pub to_staff: u32,
    /// Need of the target cell.
    pub to_need: f64,
    /// Wish met (1–3).
    pub wish: Option<u8>,
    /// Rotation due.
    pub rotation_due: bool,
    /// Competencies the employee lacks for the target.
    pub gaps: &'a [String],
    /// Forced by a user decision.
    pub forced: bool,
}

/// The reason for a move, as in the `alasan` column of `rencana.csv`:
/// both cells' staff against need before and after, then the wish,
/// rotation and competency facts.
pub fn move_reason(lang: Lang, f: &MoveFacts<'_>) -> String {
    let n = |v: f64| format_number(lang, v, 2);
    let mut parts = Vec::new();
    if f.forced {
        parts.push(match lang {
            Lang::Id => "ditetapkan oleh pengguna".to_string(),
            Lang::En => "set by the user".to_string(),
        });
    }
    let cell = |unit: &str, staff: u32, need: f64, after: u32| match lang {
        Lang::Id => format!(
            "{unit}: {staff} pegawai untuk kebutuhan {} (menjadi {after})",
            n(need)
        ),
        Lang::En => format!(
            "{unit}: {staff} staff for a need of {} (becomes {after})",
            n(need)
        ),
    };
    parts.push(cell(
        f.from_unit,
        f.from_staff,
        f.from_need,
        f.from_staff.saturating_sub(1),
    ));
    parts.push(cell(f.to_unit, f.to_staff, f.to_need, f.to_staff + 1));
    if let Some(w) = f.wish {
        parts.push(match lang {
            Lang::Id => format!("sesuai pilihan ke-{w} pegawai"),
            Lang::En => format!("meets the employee's wish {w}"),
        });
    }
    if f.rotation_due {
        parts.push(match lang {
            Lang::Id => "sudah waktunya rotasi".to_string(),
            Lang::En => "rotation is due".to_string(),
        });
    }
    if !f.gaps.is_empty() {
        parts.push(match lang {
            Lang::Id => format!("belum memiliki kompetensi: {}", f.gaps.join(", ")),
            Lang::En => format!("lacks competencies: {}", f.gaps.join(", ")),
        });
    }
    parts.join("; ")
}

/// Why an employee may not move, one rule, with its data
/// ("TMT jabatan 2025-03-01, kurang dari 2 tahun").
pub fn block_reason(lang: Lang, block: &crate::planner::rules::Block) -> String {
    use crate::planner::rules::Block;
    let years = |months: i64| {
        if months % 12 == 0 {
            format!("{}", months / 12)
        } else {
            format_number(lang, months as f64 / 12.0, 1)
        }
    };
    match (lang, block) {
        (Lang::Id, Block::Locked { reason: Some(r) }) => format!("dikunci: {r}"),
        (Lang::Id, Block::Locked { reason: None }) => "dikunci (tanpa alasan tertulis)".into(),
        (Lang::En, Block::Locked { reason: Some(r) }) => format!("locked: {r}"),
        (Lang::En, Block::Locked { reason: None }) => "locked (no reason given)".into(),
        (
            Lang::Id,
            Block::Tenure {
                tmt,
                min_months,
                movable_from,
            },
        ) => format!(
            "TMT jabatan {tmt}, kurang dari {} tahun (dapat dimutasi mulai {movable_from})",
            years(*min_months)
        ),
        (
            Lang::En,
            Block::Tenure {
                tmt,
                min_months,
                movable_from,
            },
        ) => format!(
            "in post since {tmt}, less than {} years (may move from {movable_from})",
            years(*min_months)
        ),
        (
            Lang::Id,
            Block::Retirement {
                birth,
                age,
                retires_on,
            },
        ) => format!("mendekati pensiun: lahir {birth}, BUP {age} tahun, pensiun {retires_on}"),
        (
            Lang::En,
            Block::Retirement {
                birth,
                age,
                retires_on,
            },
        ) => {
            format!("close to retirement: born {birth}, retirement age {age}, retires {retires_on}")
        }
        (Lang::Id, Block::Pppk) => "PPPK tidak dimutasi (pengaturan pppk_boleh_mutasi = 0)".into(),
        (Lang::En, Block::Pppk) => "PPPK staff do not move (setting pppk_boleh_mutasi = 0)".into(),
        (Lang::Id, Block::Rating { rating, min }) => format!(
            "predikat kinerja {} di bawah batas {}",
            rating.label(),
            min.label()
        ),
        (Lang::En, Block::Rating { rating, min }) => format!(
            "performance rating {} is below the minimum {}",
            rating.label(),
            min.label()
        ),
        (Lang::Id, Block::KeptInPlace) => "ditahan di tempat oleh keputusan pengguna".into(),
        (Lang::En, Block::KeptInPlace) => "kept in place by a user decision".into(),
        (Lang::Id, Block::UnitLocked) => "unitnya dikunci oleh keputusan pengguna".into(),
        (Lang::En, Block::UnitLocked) => "their unit is locked by a user decision".into(),
    }
}
