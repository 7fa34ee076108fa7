//! The `pengaturan` table: rules and weights, with the spec's defaults.

use serde::{Deserialize, Serialize};

use super::{Date, Rating};

/// Weights of the score `I + α·M + β·K − γ·P − δ·R + ζ·F` (objective.md).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    /// α, `bobot_mutasi`: cost of one move.
    pub alpha: f64,
    /// β, `bobot_jarak_km`: cost per km moved.
    pub beta: f64,
    /// γ, `bobot_pilihan`: reward per preference point.
    pub gamma: f64,
    /// δ, `bobot_rotasi`: reward for moving an employee whose rotation is due.
    pub delta: f64,
    /// ζ, `bobot_kompetensi`: cost per required competency the mover lacks.
    pub zeta: f64,
}

impl Weights {
    /// α, β, γ, δ, ζ, in that order: every weight (destructured, so a new
    /// one cannot be forgotten by what keys or encodes them all).
    pub fn values(&self) -> [f64; 5] {
        let Weights {
            alpha,
            beta,
            gamma,
            delta,
            zeta,
        } = *self;
        [alpha, beta, gamma, delta, zeta]
    }

    /// The weights [`Weights::values`] gave, in its order.
    pub fn from_values([alpha, beta, gamma, delta, zeta]: [f64; 5]) -> Weights {
        Weights {
            alpha,
            beta,
            gamma,
            delta,
            zeta,
        }
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            alpha: 0.5,
            beta: 0.002,
            gamma: 0.1,
            delta: 0.0,
            zeta: 0.2,
        }
    }
}

/// All settings of data-format.md, defaults applied.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// `tanggal_acuan`: reference date for tenure and retirement; `None`
    /// means "today", which the app fills in (files give it for
    /// reproducibility).
    pub reference_date: Option<Date>,
    /// `jam_kerja_efektif`: effective hours per FTE per year (H).
    pub effective_hours: f64,
    /// `masa_jabatan_min_tahun`: minimum years in post before a move.
    pub min_tenure_years: f64,
    /// `usia_pensiun`: retirement age when the position has no `bup`.
    pub retirement_age: u32,
    /// `lindungi_pensiun_bulan`: no move this many months before retirement.
    pub retirement_protection_months: u32,
    /// Score weights α, β, γ, δ, ζ.
    pub weights: Weights,
    /// `jarak_maks_km`: no move longer than this.
    pub max_km: Option<f64>,
    /// `maks_mutasi`: at most this many moves.
    pub max_moves: Option<u32>,
    /// `masa_jabatan_maks_tahun`: years in post after which rotation is due.
    pub max_tenure_years: f64,
    /// `pppk_boleh_mutasi`: false means PPPK employees never move.
    pub pppk_may_move: bool,
    /// `predikat_min`: employees rated below never move.
    pub min_rating: Option<Rating>,
    /// `masa_larangan_mulai`: start of a period in which moves need
    /// Mendagri approval (a warning only).
    pub moratorium_start: Option<Date>,
    /// `masa_larangan_selesai`: end of that period.
    pub moratorium_end: Option<Date>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            reference_date: None,
            effective_hours: 1250.0,
            min_tenure_years: 2.0,
            retirement_age: 58,
            retirement_protection_months: 12,
            weights: Weights::default(),
            max_km: None,
            max_moves: None,
            max_tenure_years: 5.0,
            pppk_may_move: true,
            min_rating: None,
            moratorium_start: None,
            moratorium_end: None,
        }
    }
}
