//! Seeded generator of realistic synthetic data sets for the fictional
//! Kabupaten Jatiharjo: the app's demo data, the benchmarks (up to 100,000
//! employees and about 2,000 units) and many tests.
//!
//! Owns: [`SynthConfig`] and [`generate`], which build a complete, valid
//! [`DataSet`] (units with `induk` links and coordinates, positions with
//! real Indonesian names, needs with realistic imbalance, task-level ABK,
//! employees with valid NIPs), plus [`to_raw_tables`] and [`bad_tables`],
//! which write a data set as the spec's text tables and corrupt a few
//! cells on purpose, recording each corruption as an [`ExpectedProblem`].
//!
//! Never does: read a clock, the operating system's randomness or any file;
//! every value follows from the configuration through the module's own
//! xoshiro256** stream, so the same configuration gives the same data set on
//! every platform. It never touches the browser, the engine or the planner.

mod catalog;
mod people;
mod rng;
mod tables;

pub use tables::{ExpectedProblem, RawTable, bad_tables, to_raw_tables};

use std::collections::BTreeSet;

use crate::model::{
    Coord, DataSet, Date, Need, Position, PositionKind, Settings, Tags, Task, Unit,
};

use catalog::{
    CAPITAL, CORE_OPD, Family, KECAMATAN, KELURAHAN, PLACE_HEADS, PLACE_TAILS, POSITIONS,
    PUSKESMAS, SD, SMP, competency_pool, position, tasks,
};
use people::{PeopleContext, make_employee};
use rng::Rng;

/// What to generate. Build it with [`SynthConfig::new`] and change the
/// knobs you care about; every knob has a sensible default.
#[derive(Clone, Debug, PartialEq)]
pub struct SynthConfig {
    /// Number of employees (exact).
    pub employees: usize,
    /// Seed of the random stream: same seed, same data set.
    pub seed: u64,
    /// Number of units; `None` derives it from `employees` (about 40 at 300
    /// employees, about 2,000 at 100,000; see [`SynthConfig::target_units`]).
    pub units: Option<usize>,
    /// Share of employees who state wishes (`pilihan_1..3`).
    pub wish_share: f64,
    /// Share of employees locked (`kunci` = 1) with a reason.
    pub locked_share: f64,
    /// Average share of PPPK employees (higher among teachers and health
    /// workers, none among struktural positions).
    pub pppk_share: f64,
    /// `tanggal_acuan` written into the settings and used for every date.
    pub reference_date: Date,
    /// Whether units (and some employees) get coordinates.
    pub coordinates: bool,
    /// Share of need cells described task by task (`uraian_tugas`).
    pub task_share: f64,
    /// Share of `kebutuhan` rows that give FTE instead of workload hours.
    pub fte_share: f64,
    /// Share of employees with a domicile coordinate.
    pub domicile_share: f64,
    /// Share of employees without `tmt_jabatan`.
    pub missing_tmt_share: f64,
    /// Share of long-serving employees whose current position nevertheless
    /// started less than two years ago (the rest of the "< 2 years" group
    /// are new hires).
    pub short_tenure_share: f64,
}

impl SynthConfig {
    /// Defaults for `employees` people and `seed`: wishes 20 %, locked 2 %,
    /// PPPK 15 %, `tanggal_acuan` 2025-07-01, coordinates on, task-level ABK
    /// for 5 % of cells, FTE for 15 % of need rows, domicile for 35 %,
    /// `tmt_jabatan` missing for 3 %.
    pub fn new(employees: usize, seed: u64) -> SynthConfig {
        SynthConfig {
            employees,
            seed,
            units: None,
            wish_share: 0.2,
            locked_share: 0.02,
            pppk_share: 0.15,
            reference_date: Date::new(2025, 7, 1).expect("2025-07-01 is a date"),
            coordinates: true,
            task_share: 0.05,
            fte_share: 0.15,
            domicile_share: 0.35,
            missing_tmt_share: 0.03,
            short_tenure_share: 0.28,
        }
    }

    /// The number of units generated: `units` when given, else
    /// `0.86 · employees^0.673` (40 at 300, about 2,000 at 100,000), at
    /// least 6.
    pub fn target_units(&self) -> usize {
        match self.units {
            Some(n) => n.max(6),
            None => {
                let n = self.employees.max(1) as f64;
                ((0.86 * libm::pow(n, 0.673)).round() as usize).max(6)
            }
        }
    }
}

impl Default for SynthConfig {
    /// The demo data set: 300 employees, seed 1.
    fn default() -> Self {
        SynthConfig::new(300, 1)
    }
}

/// Centre of the kabupaten (its capital).
const CENTRE: Coord = Coord {
    lat: -7.42,
    lon: 109.95,
};

/// Radius of the kabupaten in km (about 50 km across).
const RADIUS_KM: f64 = 25.0;

/// A point uniformly in a disc of `radius_km` around `around`, rounded to
/// six decimals (about 0.1 m), as coordinates are written in files.
pub(crate) fn jitter(rng: &mut Rng, around: Coord, radius_km: f64) -> Coord {
    let r = radius_km * libm::sqrt(rng.unit());
    let angle = rng.range_f64(0.0, 2.0 * std::f64::consts::PI);
    let km_per_deg_lat = 111.32;
    let km_per_deg_lon = 111.32 * libm::cos(around.lat.to_radians());
    let lat = around.lat + r * libm::sin(angle) / km_per_deg_lat;
    let lon = around.lon + r * libm::cos(angle) / km_per_deg_lon;
    Coord {
        lat: round_to(lat, 1e6),
        lon: round_to(lon, 1e6),
    }
}

/// `x` rounded to `1/scale`.
fn round_to(x: f64, scale: f64) -> f64 {
    (x * scale).round() / scale
}

/// A unit while it is being built.
struct UnitDraft {
    code: String,
    name: String,
    parent: Option<String>,
    coord: Option<Coord>,
    remote: bool,
    template: Vec<(&'static str, f64)>,
}

/// The kinds of unit outside the core OPD list, with their counts.
struct Layout {
    n_core: usize,
    n_kecamatan: usize,
    n_kelurahan: usize,
    n_puskesmas: usize,
    n_sd: usize,
    n_smp: usize,
}

/// How `n_units` splits into core OPD, kecamatan, kelurahan, puskesmas and
/// schools, always summing to `n_units` (at least 6).
fn layout(n_units: usize) -> Layout {
    let n_units = n_units.max(6);
    let n_core = ((n_units as f64 * 0.22).round() as usize)
        .clamp(3, CORE_OPD.len())
        .min(n_units - 3);
    let rest = n_units - n_core;
    let share = |s: f64| (rest as f64 * s).round() as usize;
    let n_kecamatan = share(0.07).max(1);
    let mut n_kelurahan = share(0.13);
    let n_puskesmas = share(0.10).max(1);
    let mut n_smp = share(0.17);
    while n_kecamatan + n_kelurahan + n_puskesmas + n_smp >= rest {
        if n_smp >= n_kelurahan && n_smp > 0 {
            n_smp -= 1;
        } else {
            n_kelurahan -= 1;
        }
    }
    let n_sd = rest - n_kecamatan - n_kelurahan - n_puskesmas - n_smp;
    Layout {
        n_core,
        n_kecamatan,
        n_kelurahan,
        n_puskesmas,
        n_sd,
        n_smp,
    }
}

/// A zero-padded code like `KEC-07`, wide enough for `count` codes.
fn code(prefix: &str, i: usize, width: usize, count: usize) -> String {
    let width = width.max(count.to_string().len());
    format!("{prefix}-{:0width$}", i + 1)
}

/// Distinct Javanese place names, the capital first.
fn place_names(rng: &mut Rng, count: usize) -> Vec<String> {
    let mut pool: Vec<String> = PLACE_HEADS
        .iter()
        .flat_map(|h| PLACE_TAILS.iter().map(move |t| format!("{h}{t}")))
        .filter(|n| n != CAPITAL)
        .collect();
    rng.shuffle(&mut pool);
    let mut out = vec![CAPITAL.to_string()];
    let mut round = 1;
    while out.len() < count {
        for name in &pool {
            if out.len() >= count {
                break;
            }
            if round == 1 {
                out.push(name.clone());
            } else {
                out.push(format!(
                    "{name} {}",
                    ["", "", "Baru", "Timur", "Barat", "Raya"][round.min(5)]
                ));
            }
        }
        round += 1;
        if round > 5 {
            // Beyond 2,500 places: number them.
            let n = out.len();
            out.extend((n..count).map(|i| format!("Wilayah {}", i + 1)));
        }
    }
    out.truncate(count);
    out
}

/// Builds the units: core OPD near the centre, kecamatan scattered around
/// it, and kelurahan, puskesmas and schools inside their kecamatan.
fn build_units(cfg: &SynthConfig, rng: &mut Rng) -> Vec<UnitDraft> {
    let lay = layout(cfg.target_units());
    let mut units: Vec<UnitDraft> = Vec::new();
    let core = &CORE_OPD[..lay.n_core];
    let core_codes: BTreeSet<&str> = core.iter().map(|o| o.code).collect();
    for opd in core {
        let mut template: Vec<(&'static str, f64)> = opd.template.to_vec();
        for (code, w) in opd.extra {
            match template.iter_mut().find(|(c, _)| c == code) {
                Some(entry) => entry.1 += w,
                None => template.push((code, *w)),
            }
        }
        let radius = if opd.code.starts_with("UPT") {
            6.0
        } else {
            3.0
        };
        units.push(UnitDraft {
            code: opd.code.to_string(),
            name: opd.name.to_string(),
            parent: opd
                .parent
                .filter(|p| core_codes.contains(p))
                .map(str::to_string),
            coord: Some(jitter(rng, CENTRE, radius)),
            remote: false,
            template,
        });
    }

    let names = place_names(rng, lay.n_kecamatan + lay.n_kelurahan);
    let (kec_names, kel_names) = names.split_at(lay.n_kecamatan);
    let mut kec_centres = Vec::new();
    let mut kec_remote = Vec::new();
    for (i, name) in kec_names.iter().enumerate() {
        let centre = if i == 0 {
            CENTRE
        } else {
            let mut c = jitter(rng, CENTRE, RADIUS_KM);
            // Keep the capital's neighbours a few km away from it.
            while crate::model::haversine_km(c, CENTRE) < 3.0 {
                c = jitter(rng, CENTRE, RADIUS_KM);
            }
            c
        };
        let remote = crate::model::haversine_km(centre, CENTRE) > 17.0 && rng.chance(0.5);
        kec_centres.push(centre);
        kec_remote.push(remote);
        units.push(UnitDraft {
            code: code("KEC", i, 2, lay.n_kecamatan),
            name: format!("Kecamatan {name}"),
            parent: None,
            coord: Some(centre),
            remote,
            template: KECAMATAN.to_vec(),
        });
    }
    // Every kabupaten has a remote corner: without one by chance, the
    // kecamatan farthest from the capital becomes a remote area.
    if lay.n_kecamatan >= 2 && !kec_remote.iter().any(|r| *r) {
        let far = (1..lay.n_kecamatan)
            .max_by(|&a, &b| {
                let da = crate::model::haversine_km(kec_centres[a], CENTRE);
                let db = crate::model::haversine_km(kec_centres[b], CENTRE);
                da.total_cmp(&db).then(b.cmp(&a))
            })
            .unwrap_or(1);
        kec_remote[far] = true;
        let first_kec = units.len() - lay.n_kecamatan;
        units[first_kec + far].remote = true;
    }
    let n_kec = lay.n_kecamatan;
    let kec_code = |k: usize| code("KEC", k, 2, n_kec);
    let local = |rng: &mut Rng, k: usize| {
        let coord = jitter(rng, kec_centres[k], 4.0);
        let remote = kec_remote[k] && rng.chance(0.7);
        (coord, remote)
    };
    for (j, name) in kel_names.iter().enumerate() {
        let k = j % n_kec;
        let (coord, remote) = local(rng, k);
        units.push(UnitDraft {
            code: code("KEL", j, 3, lay.n_kelurahan),
            name: format!("Kelurahan {name}"),
            parent: Some(kec_code(k)),
            coord: Some(coord),
            remote,
            template: KELURAHAN.to_vec(),
        });
    }
    let health_parent = core_codes.contains("DINKES").then(|| "DINKES".to_string());
    let school_parent = core_codes
        .contains("DISDIKBUD")
        .then(|| "DISDIKBUD".to_string());
    let mut per_kec = vec![0usize; n_kec];
    for j in 0..lay.n_puskesmas {
        let k = j % n_kec;
        per_kec[k] += 1;
        let suffix = ["", " II", " III", " IV", " V"];
        let name = if per_kec[k] <= suffix.len() {
            format!("Puskesmas {}{}", kec_names[k], suffix[per_kec[k] - 1])
        } else {
            format!("Puskesmas {} {}", kec_names[k], per_kec[k])
        };
        let (coord, remote) = local(rng, k);
        units.push(UnitDraft {
            code: code("PKM", j, 3, lay.n_puskesmas),
            name,
            parent: health_parent.clone(),
            coord: Some(coord),
            remote,
            template: PUSKESMAS.to_vec(),
        });
    }
    // Schools: the capital and nearby kecamatan get more of them.
    let weights: Vec<f64> = (0..n_kec).map(|k| if k == 0 { 3.0 } else { 1.0 }).collect();
    let mut sd_per_kec = vec![0usize; n_kec];
    for j in 0..lay.n_sd {
        let k = if j < n_kec { j } else { rng.weighted(&weights) };
        sd_per_kec[k] += 1;
        let (coord, remote) = local(rng, k);
        units.push(UnitDraft {
            code: code("SDN", j, 4, lay.n_sd),
            name: format!("SD Negeri {} {}", sd_per_kec[k], kec_names[k]),
            parent: school_parent.clone(),
            coord: Some(coord),
            remote,
            template: SD.to_vec(),
        });
    }
    for j in 0..lay.n_smp {
        let k = j % n_kec;
        let (coord, remote) = local(rng, k);
        units.push(UnitDraft {
            code: code("SMPN", j, 3, lay.n_smp),
            name: format!("SMP Negeri {} {CAPITAL}", j + 1),
            parent: school_parent.clone(),
            coord: Some(coord),
            remote,
            template: SMP.to_vec(),
        });
    }

    // A few units outside the capital have no coordinates (the import warns
    // about them); always at least one in data sets of 20 units or more.
    let outer: Vec<usize> = (lay.n_core..units.len()).collect();
    if cfg.coordinates {
        let mut any = false;
        for &u in &outer {
            if u != lay.n_core && rng.chance(0.02) {
                units[u].coord = None;
                any = true;
            }
        }
        if !any && units.len() >= 20 {
            let u = outer[outer.len() - 1];
            units[u].coord = None;
        }
    } else {
        for unit in &mut units {
            unit.coord = None;
        }
    }
    units
}

/// One (unit, position) cell while it is being built.
struct CellDraft {
    unit: usize,
    spec: usize,
    /// Staff weight for the allocation (0 for a forced vacancy).
    weight: f64,
    /// Staff after allocation.
    staff: usize,
    /// Need in FTE.
    need: f64,
    /// Whether the cell gets a `kebutuhan` or `uraian_tugas` row.
    has_need: bool,
}

/// How far a family's need tends to sit from its staff: office staff are
/// over-staffed on average, teachers and health workers short.
fn need_bias(family: Family) -> f64 {
    match family {
        Family::Admin => 0.75,
        Family::Teacher => 1.15,
        Family::Nurse | Family::Midwife | Family::Doctor | Family::Dentist => 1.12,
        Family::Pharmacy | Family::HealthTech => 1.05,
        Family::Leader => 1.0,
        _ => 0.95,
    }
}

/// Splits `total` over `weights` in proportion, by largest remainder (ties
/// to the lower index), so the parts sum to `total` exactly.
fn largest_remainder(weights: &[f64], total: usize) -> Vec<usize> {
    let sum: f64 = weights.iter().sum();
    if weights.is_empty() {
        return Vec::new();
    }
    if sum <= 0.0 {
        let mut out = vec![0; weights.len()];
        out[0] = total;
        return out;
    }
    let quotas: Vec<f64> = weights.iter().map(|w| w / sum * total as f64).collect();
    let mut out: Vec<usize> = quotas.iter().map(|q| q.floor() as usize).collect();
    let assigned: usize = out.iter().sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let fa = quotas[a] - quotas[a].floor();
        let fb = quotas[b] - quotas[b].floor();
        fb.total_cmp(&fa).then(a.cmp(&b))
    });
    for &i in order.iter().take(total.saturating_sub(assigned)) {
        out[i] += 1;
    }
    out
}

/// Builds the cells: which positions each unit has, its staff and its need.
fn build_cells(cfg: &SynthConfig, rng: &mut Rng, units: &[UnitDraft]) -> Vec<CellDraft> {
    let n = cfg.employees;
    let mut cells: Vec<CellDraft> = Vec::new();
    // Units differ in size: one factor per unit.
    let unit_factor: Vec<f64> = units.iter().map(|_| rng.lognormal(0.3)).collect();
    let mut total_weight = 0.0;
    let mut n_struct = 0usize;
    for (u, unit) in units.iter().enumerate() {
        for (code, w) in &unit.template {
            let Some((_, p)) = position(code) else {
                continue;
            };
            if p.kind == PositionKind::Struktural {
                n_struct += 1;
            } else {
                total_weight += w * unit_factor[u];
            }
        }
    }
    // Leaders are one person per unit; in tiny data sets they may not take
    // more than a quarter of the people.
    let struct_budget = n / 4;
    let n_leaders_expected = ((n_struct as f64) * 0.92).round() as usize;
    let leader_fill = if n_leaders_expected > struct_budget {
        struct_budget as f64 / n_struct.max(1) as f64
    } else {
        0.92
    };
    let mut n_leaders = 0usize;
    let rest = n.saturating_sub(n_leaders_expected.min(struct_budget));
    let scale = rest as f64 / total_weight.max(1e-9);
    for (u, unit) in units.iter().enumerate() {
        let mut best: Option<(f64, usize)> = None;
        let first = cells.len();
        for (code, w) in &unit.template {
            let Some((spec, p)) = position(code) else {
                continue;
            };
            if p.kind == PositionKind::Struktural {
                let staffed = n_leaders < struct_budget && rng.chance(leader_fill);
                n_leaders += usize::from(staffed);
                cells.push(CellDraft {
                    unit: u,
                    spec,
                    weight: 0.0,
                    staff: usize::from(staffed),
                    need: 1.0,
                    has_need: true,
                });
                continue;
            }
            let base = w * unit_factor[u] * scale;
            // Small cells exist only sometimes (the biggest always does):
            // a unit lists a position in its ABK when it has work for about
            // one person, so small data sets have fewer positions per unit
            // rather than many fractional, vacant cells.
            let include = base >= 0.8 || rng.chance((base / 0.8) * (base / 0.8));
            let vacancy = base >= 0.5 && rng.chance(0.04);
            let weight = if vacancy {
                0.0
            } else {
                base * rng.lognormal(0.35)
            };
            let need = (base * need_bias(p.family) * rng.lognormal(0.25)).max(0.05);
            if best.is_none_or(|(b, _)| base > b) {
                best = Some((base, cells.len()));
            }
            cells.push(CellDraft {
                unit: u,
                spec,
                weight,
                staff: 0,
                need,
                has_need: include,
            });
        }
        if let Some((_, i)) = best {
            cells[i].has_need = true;
        }
        // Cells left out are dropped entirely (no staff, no need).
        let mut i = first;
        while i < cells.len() {
            if cells[i].has_need {
                i += 1;
            } else {
                cells.remove(i);
            }
        }
    }
    // Staff of the non-leader cells: exactly the people left.
    let rest = n - n_leaders;
    let movable: Vec<usize> = (0..cells.len())
        .filter(|&i| POSITIONS[cells[i].spec].kind != PositionKind::Struktural)
        .collect();
    let weights: Vec<f64> = movable.iter().map(|&i| cells[i].weight).collect();
    let staff = largest_remainder(&weights, rest);
    for (&i, s) in movable.iter().zip(staff) {
        cells[i].staff = s;
    }
    cells
}

/// Generates the data set described by `config`.
///
/// The result is valid by construction: unique NIPs and codes, every
/// reference resolves, NIP digits 1–8 are the birth date, PPPK NIPs have
/// `2` as digit 13, coordinates are in range, wishes name units with a need
/// for the employee's position, every position in use has a need somewhere
/// and every need is non-negative. Exactly `config.employees` employees and
/// [`SynthConfig::target_units`] units.
///
/// # Complexity
/// O(n log n) in the number of employees (the NIP set); 100,000 employees
/// take a fraction of a second natively in release builds.
///
/// # Example
/// ```
/// use seimbang::synth::{SynthConfig, generate};
/// let data = generate(&SynthConfig::new(300, 7));
/// assert_eq!(data.employees.len(), 300);
/// assert_eq!(data, generate(&SynthConfig::new(300, 7)));
/// ```
pub fn generate(config: &SynthConfig) -> DataSet {
    let mut unit_rng = Rng::new(config.seed, 1);
    let mut cell_rng = Rng::new(config.seed, 2);
    let mut need_rng = Rng::new(config.seed, 3);
    let mut people_rng = Rng::new(config.seed, 4);

    let drafts = build_units(config, &mut unit_rng);
    let mut cells = build_cells(config, &mut cell_rng, &drafts);
    let effective_hours = 1250.0;

    // Occupied cells without a need row (about 2 %), as in real ABK data
    // where someone sits in a position the unit's ABK does not list.
    for cell in cells.iter_mut() {
        let leader = POSITIONS[cell.spec].kind == PositionKind::Struktural;
        if cell.staff > 0 && !leader && need_rng.chance(0.02) {
            cell.has_need = false;
        }
    }
    // Every position in use keeps a need somewhere, so its people can move.
    let mut has_need_somewhere = vec![false; POSITIONS.len()];
    for cell in &cells {
        has_need_somewhere[cell.spec] |= cell.has_need;
    }
    for cell in cells.iter_mut() {
        if !has_need_somewhere[cell.spec] {
            cell.has_need = true;
            has_need_somewhere[cell.spec] = true;
        }
    }

    // Needs and tasks.
    let mut needs = Vec::new();
    let mut task_rows = Vec::new();
    for cell in &cells {
        if !cell.has_need {
            continue;
        }
        let spec = &POSITIONS[cell.spec];
        let unit = drafts[cell.unit].code.clone();
        let catalogue = tasks(spec.family);
        if !catalogue.is_empty() && need_rng.chance(config.task_share) {
            let hours = cell.need * effective_hours;
            let mut order: Vec<usize> = (0..catalogue.len()).collect();
            need_rng.shuffle(&mut order);
            let m = (3 + need_rng.below(3)).min(order.len());
            let shares: Vec<f64> = (0..m).map(|_| need_rng.range_f64(0.5, 1.5)).collect();
            let sum: f64 = shares.iter().sum();
            for (k, &t) in order.iter().take(m).enumerate() {
                let (description, output, minutes) = catalogue[t];
                let volume = (hours * shares[k] / sum * 60.0 / minutes).round().max(1.0);
                task_rows.push(Task {
                    unit: unit.clone(),
                    position: spec.code.to_string(),
                    description: description.to_string(),
                    output_unit: Some(output.to_string()),
                    volume_per_year: volume,
                    minutes_per_unit: minutes,
                });
            }
            continue;
        }
        let competencies = if spec.kind != PositionKind::Struktural && need_rng.chance(0.12) {
            let pool = competency_pool(spec.family);
            let mut tags: Vec<&str> = spec.competencies.split(';').collect();
            for _ in 0..1 + need_rng.below(2) {
                tags.push(*need_rng.pick(pool));
            }
            Tags::from_iter(tags)
        } else {
            Tags::default()
        };
        let leader = spec.kind == PositionKind::Struktural;
        let (workload_hours, fte) = if leader || need_rng.chance(config.fte_share) {
            (None, Some(round_to(cell.need, 100.0)))
        } else {
            (Some(round_to(cell.need * effective_hours, 10.0)), None)
        };
        needs.push(Need {
            unit,
            position: spec.code.to_string(),
            workload_hours,
            fte,
            competencies,
        });
    }

    // Positions: those used by a cell, in catalogue order.
    let mut used = vec![false; POSITIONS.len()];
    for cell in &cells {
        used[cell.spec] = true;
    }
    let positions: Vec<Position> = POSITIONS
        .iter()
        .zip(&used)
        .filter(|(_, u)| **u)
        .map(|(p, _)| Position {
            code: p.code.to_string(),
            name: p.name.to_string(),
            kind: p.kind,
            class: Some(p.class),
            min_education: Some(p.min_education),
            competencies: Tags::parse(p.competencies),
            retirement_age: p.retirement_age,
        })
        .collect();

    // Employees.
    let unit_codes: Vec<String> = drafts.iter().map(|u| u.code.clone()).collect();
    let unit_coords: Vec<Option<Coord>> = drafts.iter().map(|u| u.coord).collect();
    let mut units_with_need: Vec<Vec<usize>> = vec![Vec::new(); POSITIONS.len()];
    for cell in cells.iter().filter(|c| c.has_need) {
        units_with_need[cell.spec].push(cell.unit);
    }
    let factor_sum: f64 = cells
        .iter()
        .map(|c| c.staff as f64 * people::pppk_factor(POSITIONS[c.spec].family))
        .sum();
    let pppk_norm = if config.employees > 0 && factor_sum > 0.0 {
        factor_sum / config.employees as f64
    } else {
        1.0
    };
    let mut ctx = PeopleContext {
        pppk_norm,
        config,
        reference_days: config.reference_date.days_since_epoch(),
        unit_codes: &unit_codes,
        unit_coords: &unit_coords,
        centre: CENTRE,
        units_with_need: &units_with_need,
        used_nips: people::NipSet::with_capacity_and_hasher(config.employees, Default::default()),
    };
    let mut employees = Vec::with_capacity(config.employees);
    for cell in &cells {
        for _ in 0..cell.staff {
            let spec = &POSITIONS[cell.spec];
            employees.push(make_employee(
                &mut ctx,
                &mut people_rng,
                cell.unit,
                spec,
                cell.spec,
            ));
        }
    }
    people_rng.shuffle(&mut employees);

    let units = drafts
        .into_iter()
        .map(|d| Unit {
            code: d.code,
            name: d.name,
            parent: d.parent,
            coord: d.coord,
            remote: d.remote,
        })
        .collect();

    DataSet {
        units,
        positions,
        needs,
        tasks: task_rows,
        employees,
        settings: demo_settings(config.reference_date),
    }
}

/// The built-in demo data set of the app and of `seimbang-cli demo`:
/// [`generate`] with [`SynthConfig::default`] (300 employees, 40 units,
/// seed 1).
pub fn demo_data_set() -> DataSet {
    generate(&SynthConfig::default())
}

/// The spec's default settings with `tanggal_acuan` set and
/// `jarak_maks_km` = 60.
pub fn demo_settings(reference_date: Date) -> Settings {
    Settings {
        reference_date: Some(reference_date),
        max_km: Some(60.0),
        ..Settings::default()
    }
}
