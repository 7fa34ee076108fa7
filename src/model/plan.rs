//! A transfer plan as users exchange it (`rencana.csv`, data-format.md
//! "Output"): one row per move.

use serde::{Deserialize, Serialize};

use super::Nip;

/// Review status of a proposed move (`status` column).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum MoveStatus {
    /// `usulan`: proposed by the engine.
    #[default]
    Usulan,
    /// `dinilai`: under review.
    Dinilai,
    /// `disetujui`: approved.
    Disetujui,
    /// `ditolak`: rejected; left out when a plan is scored.
    Ditolak,
}

impl MoveStatus {
    /// Every status, in workflow order.
    pub const ALL: [MoveStatus; 4] = [
        MoveStatus::Usulan,
        MoveStatus::Dinilai,
        MoveStatus::Disetujui,
        MoveStatus::Ditolak,
    ];

    /// The word used in files.
    pub fn code(self) -> &'static str {
        match self {
            MoveStatus::Usulan => "usulan",
            MoveStatus::Dinilai => "dinilai",
            MoveStatus::Disetujui => "disetujui",
            MoveStatus::Ditolak => "ditolak",
        }
    }

    /// Parses the word used in files (case-insensitive, trimmed).
    pub fn from_code(text: &str) -> Option<MoveStatus> {
        let key = text.trim().to_lowercase();
        MoveStatus::ALL.into_iter().find(|s| s.code() == key)
    }
}

/// One row of `rencana.csv`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanRow {
    /// `nip`.
    pub nip: Nip,
    /// `nama`.
    pub name: String,
    /// `kode_jabatan` (unchanged by a move).
    pub position: String,
    /// `dari_unit`.
    pub from_unit: String,
    /// `ke_unit`.
    pub to_unit: String,
    /// `jarak_km` (recomputed when a plan is scored; the file's value is
    /// only shown).
    pub km: Option<f64>,
    /// `pilihan`: 1, 2 or 3 when the move meets that wish.
    pub wish: Option<u8>,
    /// `alasan`: plain-language reason.
    pub reason: String,
    /// `status`.
    pub status: MoveStatus,
}

/// The user's planning decisions, keyed by NIP (18 digits; spaces are
/// ignored) and unit code, so they survive reloads and can be saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decisions {
    /// NIPs of employees kept where they are.
    #[serde(default)]
    pub keep: Vec<String>,
    /// Rejected moves (NIP, target unit code): the plan must not make them.
    #[serde(default)]
    pub reject: Vec<(String, String)>,
    /// Forced moves (NIP, target unit code): the plan must make them.
    #[serde(default)]
    pub force: Vec<(String, String)>,
    /// Codes of units nobody leaves or enters.
    #[serde(default)]
    pub locked_units: Vec<String>,
    /// At most this many moves (forced ones not counted); `None` = the
    /// settings' `maks_mutasi`.
    #[serde(default)]
    pub budget: Option<u32>,
}

impl Decisions {
    /// True when there is no decision at all.
    pub fn is_empty(&self) -> bool {
        self.keep.is_empty()
            && self.reject.is_empty()
            && self.force.is_empty()
            && self.locked_units.is_empty()
            && self.budget.is_none()
    }
}
