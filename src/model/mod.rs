//! Domain types of the data format (`shared/spec/data-format.md` v1.1).
//!
//! Owns: plain data with serde derives, and the small pure rules that belong
//! to a value itself (calendar arithmetic, NIP digits, competency tags,
//! great-circle distance). Never does: parsing of files (that is `io`),
//! eligibility or scoring (`planner`), optimisation (`engine`), or anything
//! with the browser.
//!
//! Codes (`kode_unit`, `kode_jabatan`) are kept as the user wrote them
//! (trimmed); all cross-references are by code. Dense indices are the
//! planner's business.

mod date;
mod geo;
mod nip;
mod plan;
mod settings;
mod tags;

pub use date::Date;
pub use geo::{
    Coord, EARTH_RADIUS_KM, cos_lat, haversine_floor_km, haversine_km, haversine_km_cos,
};
pub use nip::{Nip, NipError};
pub use plan::{Decisions, MoveStatus, PlanRow};
pub use settings::{Settings, Weights};
pub use tags::{Tags, normalize_tag};

use serde::{Deserialize, Serialize};

/// One data set: the six tables of the data format, already typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DataSet {
    /// Table `unit`: work units (OPD, bagian, UPT, puskesmas, kecamatan, …).
    pub units: Vec<Unit>,
    /// Table `jabatan`: positions.
    pub positions: Vec<Position>,
    /// Table `kebutuhan`: need per (unit, position), the result of ABK.
    pub needs: Vec<Need>,
    /// Table `uraian_tugas`: task-level ABK rows (volume × norma waktu).
    pub tasks: Vec<Task>,
    /// Table `pegawai`: employees (ASN).
    pub employees: Vec<Employee>,
    /// Table `pengaturan`: settings (defaults where not given).
    pub settings: Settings,
}

/// A work unit (`unit` table).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// `kode_unit`: unique code.
    pub code: String,
    /// `nama_unit`.
    pub name: String,
    /// `induk`: code of the parent unit.
    pub parent: Option<String>,
    /// `lat`/`lon`: location, both or neither.
    pub coord: Option<Coord>,
    /// `terpencil`: remote-area unit.
    pub remote: bool,
}

/// Kind of position (`jenis`).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum PositionKind {
    /// Jabatan struktural (leadership).
    Struktural,
    /// Jabatan fungsional (functional, e.g. guru, perawat).
    Fungsional,
    /// Jabatan pelaksana (administrative staff); the default.
    #[default]
    Pelaksana,
}

/// Education level (`pendidikan`, `pendidikan_min`), ordered from lowest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Education {
    /// Sekolah Dasar.
    Sd,
    /// Sekolah Menengah Pertama.
    Smp,
    /// Sekolah Menengah Atas (also SMK).
    Sma,
    /// Diploma I.
    D1,
    /// Diploma II.
    D2,
    /// Diploma III.
    D3,
    /// Diploma IV.
    D4,
    /// Sarjana.
    S1,
    /// Magister.
    S2,
    /// Doktor.
    S3,
}

impl Education {
    /// Every level, lowest first.
    pub const ALL: [Education; 10] = [
        Education::Sd,
        Education::Smp,
        Education::Sma,
        Education::D1,
        Education::D2,
        Education::D3,
        Education::D4,
        Education::S1,
        Education::S2,
        Education::S3,
    ];

    /// The code used in data files (`SD`, …, `S3`).
    pub fn code(self) -> &'static str {
        match self {
            Education::Sd => "SD",
            Education::Smp => "SMP",
            Education::Sma => "SMA",
            Education::D1 => "D1",
            Education::D2 => "D2",
            Education::D3 => "D3",
            Education::D4 => "D4",
            Education::S1 => "S1",
            Education::S2 => "S2",
            Education::S3 => "S3",
        }
    }
}

/// A position (`jabatan` table).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// `kode_jabatan`: unique code.
    pub code: String,
    /// `nama_jabatan`.
    pub name: String,
    /// `jenis`.
    pub kind: PositionKind,
    /// `kelas`: kelas jabatan 1..17.
    pub class: Option<u8>,
    /// `pendidikan_min`.
    pub min_education: Option<Education>,
    /// `kompetensi`: required competencies.
    pub competencies: Tags,
    /// `bup`: retirement age for this position, in years.
    pub retirement_age: Option<u32>,
}

/// A need row (`kebutuhan` table) for one (unit, position) cell.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Need {
    /// `kode_unit`.
    pub unit: String,
    /// `kode_jabatan`.
    pub position: String,
    /// `beban_kerja_jam`: annual workload hours.
    pub workload_hours: Option<f64>,
    /// `kebutuhan`: need in FTE, used when `workload_hours` is empty.
    pub fte: Option<f64>,
    /// `kompetensi`: competencies this cell requires; empty means the
    /// position's.
    pub competencies: Tags,
}

/// A task row (`uraian_tugas` table).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Task {
    /// `kode_unit`.
    pub unit: String,
    /// `kode_jabatan`.
    pub position: String,
    /// `uraian_tugas`: the task.
    pub description: String,
    /// `satuan_hasil`: unit of output.
    pub output_unit: Option<String>,
    /// `volume_per_tahun`.
    pub volume_per_year: f64,
    /// `norma_waktu_menit`: minutes per unit of output.
    pub minutes_per_unit: f64,
}

impl Task {
    /// Workload hours of this task: volume × minutes / 60.
    pub fn hours(&self) -> f64 {
        self.volume_per_year * self.minutes_per_unit / 60.0
    }
}

/// Civil-servant status (`status_asn`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AsnStatus {
    /// Pegawai Negeri Sipil.
    Pns,
    /// Calon PNS; counts as PNS for every rule.
    Cpns,
    /// Pegawai Pemerintah dengan Perjanjian Kerja.
    Pppk,
}

/// Performance rating (`predikat_kinerja`), ordered from lowest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rating {
    /// Sangat Kurang.
    SangatKurang,
    /// Kurang.
    Kurang,
    /// Butuh Perbaikan.
    ButuhPerbaikan,
    /// Baik.
    Baik,
    /// Sangat Baik.
    SangatBaik,
}

impl Rating {
    /// Every rating, lowest first.
    pub const ALL: [Rating; 5] = [
        Rating::SangatKurang,
        Rating::Kurang,
        Rating::ButuhPerbaikan,
        Rating::Baik,
        Rating::SangatBaik,
    ];

    /// The label used in data files.
    pub fn label(self) -> &'static str {
        match self {
            Rating::SangatKurang => "Sangat Kurang",
            Rating::Kurang => "Kurang",
            Rating::ButuhPerbaikan => "Butuh Perbaikan",
            Rating::Baik => "Baik",
            Rating::SangatBaik => "Sangat Baik",
        }
    }
}

/// An employee (`pegawai` table).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Employee {
    /// `nip`: 18 digits, spaces removed.
    pub nip: Nip,
    /// `nama`.
    pub name: String,
    /// `kode_unit`: current unit.
    pub unit: String,
    /// `kode_jabatan`: current position.
    pub position: String,
    /// `status_asn` as given in the file; `None` when the column is empty
    /// (then [`Employee::status`] derives it from the NIP).
    pub status_given: Option<AsnStatus>,
    /// `golongan`, as written (`III/a`, `IX`).
    pub grade: Option<String>,
    /// `pendidikan`.
    pub education: Option<Education>,
    /// `jurusan`.
    pub major: Option<String>,
    /// `kompetensi`: competencies held; empty means none listed.
    pub competencies: Tags,
    /// `tanggal_lahir` as given; `None` when empty (then
    /// [`Employee::birth_date`] takes it from the NIP).
    pub birth_date_given: Option<Date>,
    /// `tmt_jabatan`: start in the current position.
    pub tmt_position: Option<Date>,
    /// `predikat_kinerja`.
    pub rating: Option<Rating>,
    /// `lat`/`lon`: domicile.
    pub domicile: Option<Coord>,
    /// `kunci`: must not be moved.
    pub locked: bool,
    /// `alasan_kunci`.
    pub lock_reason: Option<String>,
    /// `pilihan_1`..`pilihan_3`: wished units, in order.
    pub wishes: [Option<String>; 3],
}

impl Employee {
    /// Status for the rules: the column when given, else from the NIP.
    pub fn status(&self) -> AsnStatus {
        self.status_given.unwrap_or_else(|| self.nip.status())
    }

    /// True for PPPK employees (CPNS count as PNS).
    pub fn is_pppk(&self) -> bool {
        self.status() == AsnStatus::Pppk
    }

    /// Birth date for the rules: the column when given, else NIP digits 1–8.
    pub fn birth_date(&self) -> Option<Date> {
        self.birth_date_given.or_else(|| self.nip.birth_date())
    }
}
