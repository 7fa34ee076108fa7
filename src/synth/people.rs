//! Synthetic employees: names with regional customs and academic titles,
//! valid NIPs, status, golongan, education, dates, ratings, competencies,
//! domicile, locks and wishes.
//!
//! Owns: everything about one employee given its cell. Never does: decide
//! how many people a cell has (that is `synth::mod`) or touch any table
//! other than `pegawai`.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, DefaultHasher};

use crate::model::{
    AsnStatus, Coord, Date, Education, Employee, Nip, PositionKind, Rating, Tags, haversine_km,
};

use super::catalog::{
    BALI_ORDER, Family, LOCK_REASONS, PositionSpec, REGION_WEIGHTS, REGIONS, competency_pool,
    majors,
};
use super::rng::Rng;
use super::{SynthConfig, jitter};

/// A set of numeric NIPs. Only asked "is this taken?", never iterated, so
/// its order cannot reach the output; the hasher has fixed keys, so even
/// its internals are the same on every run. A hash set, not a B-tree, because
/// 100,000 lookups into a B-tree cost a cache miss per level.
pub(crate) type NipSet = HashSet<u64, BuildHasherDefault<DefaultHasher>>;

/// Days per year used to turn ages into dates.
const YEAR_DAYS: f64 = 365.2425;

/// Everything the employee generator needs besides its random stream.
pub(crate) struct PeopleContext<'a> {
    /// The configuration.
    pub config: &'a SynthConfig,
    /// Reference date in days since the epoch.
    pub reference_days: i64,
    /// Unit codes by unit index.
    pub unit_codes: &'a [String],
    /// Unit coordinates by unit index.
    pub unit_coords: &'a [Option<Coord>],
    /// Centre of the kabupaten.
    pub centre: Coord,
    /// For each catalogue position, the units that have a need for it.
    pub units_with_need: &'a [Vec<usize>],
    /// Mean of [`pppk_factor`] over all employees, so the PPPK share comes
    /// out as configured whatever the mix of positions.
    pub pppk_norm: f64,
    /// NIPs handed out so far (numeric), to keep them unique.
    pub used_nips: NipSet,
}

/// Share of women per family.
fn female_share(family: Family) -> f64 {
    match family {
        Family::Midwife => 1.0,
        Family::Nurse => 0.7,
        Family::Teacher => 0.65,
        Family::Pharmacy | Family::HealthTech => 0.65,
        Family::Doctor | Family::Dentist => 0.55,
        Family::Admin | Family::Informatics | Family::Analyst | Family::Social => 0.45,
        Family::Leader => 0.2,
        Family::Engineer | Family::Agriculture => 0.25,
        Family::Enforcement => 0.1,
    }
}

/// How much more (or less) often than average a family is PPPK (before
/// normalising over the data set's mix of families).
pub(crate) fn pppk_factor(family: Family) -> f64 {
    match family {
        Family::Teacher => 1.8,
        Family::Nurse | Family::Midwife | Family::HealthTech | Family::Pharmacy => 1.4,
        Family::Doctor | Family::Dentist => 0.5,
        Family::Admin => 0.6,
        Family::Informatics => 0.7,
        Family::Analyst => 0.3,
        Family::Leader => 0.0,
        _ => 0.8,
    }
}

/// Youngest plausible age in a position with this education.
fn min_age(spec: &PositionSpec, education: Education) -> f64 {
    let base: f64 = match education {
        Education::Sd | Education::Smp => 19.0,
        Education::Sma => 20.0,
        Education::D1 | Education::D2 | Education::D3 => 22.0,
        Education::D4 | Education::S1 => 24.0,
        Education::S2 => 28.0,
        Education::S3 => 32.0,
    };
    let base = if spec.family == Family::Doctor || spec.family == Family::Dentist {
        base.max(26.0)
    } else {
        base
    };
    let seniority = match (spec.kind, spec.class) {
        (PositionKind::Struktural, c) if c >= 11 => 40.0,
        (PositionKind::Struktural, _) => 34.0,
        (_, c) if c >= 11 => base + 12.0,
        (_, 9 | 10) => base + 5.0,
        _ => base,
    };
    base.max(seniority)
}

/// The education of someone in this position: mostly the minimum,
/// sometimes higher, rarely lower.
fn draw_education(rng: &mut Rng, spec: &PositionSpec) -> Education {
    let min = spec.min_education;
    let idx = Education::ALL.iter().position(|e| *e == min).unwrap_or(2);
    let x = rng.unit();
    if spec.family == Family::Doctor || spec.family == Family::Dentist {
        return if x < 0.12 {
            Education::S2
        } else {
            Education::S1
        };
    }
    if x < 0.03 && spec.kind != PositionKind::Struktural && idx > 2 {
        // Below the minimum: one level down, skipping D1/D2/D4 which few hold.
        return match min {
            Education::D3 => Education::Sma,
            Education::D4 | Education::S1 => Education::D3,
            Education::S2 => Education::S1,
            other => other,
        };
    }
    if x < 0.16 {
        return match min {
            Education::Smp => Education::Sma,
            Education::Sma => {
                if rng.chance(0.5) {
                    Education::D3
                } else {
                    Education::S1
                }
            }
            Education::D3 => Education::S1,
            Education::D4 | Education::S1 => Education::S2,
            Education::S2 => {
                if rng.chance(0.1) {
                    Education::S3
                } else {
                    Education::S2
                }
            }
            other => other,
        };
    }
    min
}

/// PNS golongan ladder, lowest first.
const PNS_GRADES: [&str; 17] = [
    "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
];

/// Entry and ceiling rung of the PNS ladder for an education level.
fn pns_grade_range(education: Education) -> (usize, usize) {
    match education {
        Education::Sd => (0, 7),
        Education::Smp => (2, 8),
        Education::Sma => (4, 10),
        Education::D1 => (4, 10),
        Education::D2 => (5, 10),
        Education::D3 => (6, 11),
        Education::D4 | Education::S1 => (8, 13),
        Education::S2 => (9, 14),
        Education::S3 => (10, 16),
    }
}

/// PPPK golongan for an education level (Perpres 98/2020).
fn pppk_grade(education: Education) -> &'static str {
    match education {
        Education::Sd => "I",
        Education::Smp => "IV",
        Education::Sma | Education::D1 => "V",
        Education::D2 => "VI",
        Education::D3 => "VII",
        Education::D4 | Education::S1 => "IX",
        Education::S2 => "X",
        Education::S3 => "XI",
    }
}

/// A date from days since the epoch (the generator's days always exist).
fn date_of(days: i64) -> Date {
    match Date::from_days_since_epoch(days) {
        Some(date) => date,
        None => Date::from_days_since_epoch(0).expect("1970-01-01 is a date"),
    }
}

/// A personal name with the region's customs, without titles.
fn draw_name(rng: &mut Rng, female: bool) -> String {
    let region_idx = rng.weighted(REGION_WEIGHTS);
    let region = &REGIONS[region_idx.min(REGIONS.len() - 1)];
    let given = if female {
        *rng.pick(region.female)
    } else {
        *rng.pick(region.male)
    };
    if region.male_last.is_empty() {
        // Balinese: I/Ni + birth-order name + given name.
        let order = *rng.pick(BALI_ORDER);
        let order = if !female && rng.chance(0.15) {
            "Gede"
        } else {
            order
        };
        let article = if female { "Ni" } else { "I" };
        return format!("{article} {order} {given}");
    }
    let mut name = given.to_string();
    if region_idx == 4 && !female && rng.chance(0.25) {
        name = format!("Andi {name}");
    }
    if rng.chance(region.last_share) {
        let last = if female {
            *rng.pick(region.female_last)
        } else {
            *rng.pick(region.male_last)
        };
        name.push(' ');
        name.push_str(last);
    }
    name
}

/// The one field of study some positions require (a nutritionist studied
/// nutrition); `None` lets the family's list decide.
fn position_major(code: &str) -> Option<&'static str> {
    Some(match code {
        "PLKT" => "Analis Kesehatan",
        "NUTT" => "Gizi",
        "SANT" => "Kesehatan Lingkungan",
        "RADT" => "Radiologi",
        "PRMT" => "Rekam Medis",
        "FISIOT" => "Fisioterapi",
        "EPIDT" | "PKMP" | "ADMKES" => "Kesehatan Masyarakat",
        "TKJJ" | "TPAP" => "Teknik Sipil",
        "PKBT" | "DAMKAR" => "Teknik Mesin",
        "MVP" => "Kedokteran Hewan",
        "PPTP" | "PPTT" => "Agroteknologi",
        "PSOST" => "Kesejahteraan Sosial",
        "PDLP" => "Teknik Lingkungan",
        "PSTK" => "Ilmu Perpustakaan",
        "ARST" | "ARSP" => "Kearsipan",
        "PHMT" => "Ilmu Komunikasi",
        "PKOMP" | "PKOMT" | "ADBK" => "Teknik Informatika",
        "AKPD" | "AUDP" | "AUDM" => "Akuntansi",
        "ASDMP" | "ASDMM" => "Psikologi",
        _ => return None,
    })
}

/// Specialist titles of senior physicians.
const SPECIALISTS: &[&str] = &["Sp.PD.", "Sp.A.", "Sp.OG.", "Sp.B.", "Sp.An.", "Sp.Rad."];

/// Name with academic prefix and suffix titles, e.g. `dr. Budi Santoso,
/// M.Kes.` or `Ni Made Ariani, A.Md.Keb.`.
fn titled_name(
    rng: &mut Rng,
    bare: &str,
    spec: &PositionSpec,
    education: Education,
    major: (&str, &str, &str),
) -> String {
    let (d3, s1, s2) = major;
    let mut prefix = String::new();
    let mut suffix: Vec<&str> = Vec::new();
    match spec.family {
        Family::Doctor => prefix.push_str("dr. "),
        Family::Dentist => prefix.push_str("drg. "),
        _ => {}
    }
    if spec.code == "APTP" {
        prefix.push_str("apt. ");
    }
    if spec.code == "PRKP" && education >= Education::S1 {
        prefix.push_str("Ns. ");
    }
    if education == Education::S3 {
        prefix.insert_str(0, "Dr. ");
    }
    let s1_title = if s1 == "drh." {
        prefix.push_str("drh. ");
        ""
    } else {
        s1
    };
    match education {
        Education::D1 | Education::D2 | Education::D3 => suffix.push(d3),
        Education::D4 | Education::S1 => suffix.push(s1_title),
        Education::S2 | Education::S3 => {
            suffix.push(s1_title);
            suffix.push(s2);
        }
        _ => {}
    }
    if spec.code == "DOKM" && rng.chance(0.5) {
        suffix.push(*rng.pick(SPECIALISTS));
    }
    suffix.retain(|s| !s.is_empty());
    if suffix.is_empty() {
        format!("{prefix}{bare}")
    } else {
        format!("{prefix}{bare}, {}", suffix.join(", "))
    }
}

/// Draws a unique NIP: birth date, TMT year-month (or year + `21` for
/// PPPK), gender digit and a serial. On a clash the serial goes up; when
/// the serials of that prefix run out the birth date moves one day earlier
/// (the caller takes the birth date from the returned NIP).
fn unique_nip(
    rng: &mut Rng,
    used: &mut NipSet,
    mut birth_days: i64,
    tmt: Date,
    pppk: bool,
    female: bool,
) -> (Nip, Date) {
    let middle: u64 = if pppk {
        u64::from(tmt.year() as u32) * 100 + 21
    } else {
        u64::from(tmt.year() as u32) * 100 + u64::from(tmt.month())
    };
    let gender: u64 = if female { 2 } else { 1 };
    loop {
        let birth = date_of(birth_days);
        let prefix = (u64::from(birth.year() as u32) * 10_000
            + u64::from(birth.month()) * 100
            + u64::from(birth.day()))
            * 1_000_000
            + middle;
        let head = (prefix * 10 + gender) * 1000;
        let mut serial = 1 + rng.below(4) as u64;
        while serial <= 999 {
            let value = head + serial;
            if used.insert(value) {
                let nip = Nip::parse(&format!("{value:018}"));
                if let Ok(nip) = nip {
                    return (nip, birth);
                }
            }
            serial += 1;
        }
        birth_days -= 1;
    }
}

/// One employee of position `spec` in unit `unit`.
pub(crate) fn make_employee(
    ctx: &mut PeopleContext<'_>,
    rng: &mut Rng,
    unit: usize,
    spec: &PositionSpec,
    spec_idx: usize,
) -> Employee {
    let cfg = ctx.config;
    let family = spec.family;
    let female = rng.chance(female_share(family));
    let pppk = spec.kind != PositionKind::Struktural
        && rng.chance((cfg.pppk_share * pppk_factor(family) / ctx.pppk_norm).min(0.9));
    let education = draw_education(rng, spec);
    let retirement = f64::from(spec.retirement_age.unwrap_or(58));
    let youngest = min_age(spec, education).min(retirement - 1.0);
    let age = rng.range_f64(youngest, retirement - 0.01);
    let birth_days = ctx.reference_days - (age * YEAR_DAYS) as i64;

    // Start of service: TMT CPNS for PNS, TMT of the contract for PPPK.
    let tmt_days = if pppk {
        // PPPK exist since 2019; nobody signs a contract before 19.
        let drawn = ctx.reference_days - (rng.range_f64(0.0, 4.5) * YEAR_DAYS) as i64;
        drawn.max(birth_days + (19.0 * YEAR_DAYS) as i64 + 31)
    } else {
        let entry_min = (youngest - 6.0).max(18.0).min(age);
        // Leaders have served at least ten years before they lead.
        let latest = if spec.kind == PositionKind::Struktural {
            (age - 10.0).max(entry_min)
        } else {
            age
        };
        let entry = rng.range_f64(entry_min, latest.min(entry_min + 14.0));
        birth_days + (entry * YEAR_DAYS) as i64
    };
    let tmt_days = tmt_days.min(ctx.reference_days);
    let tmt_raw = date_of(tmt_days);
    let tmt = Date::new(tmt_raw.year(), tmt_raw.month(), 1).unwrap_or(tmt_raw);
    let (nip, _birth) = unique_nip(rng, &mut ctx.used_nips, birth_days, tmt, pppk, female);

    let service_years = (ctx.reference_days - tmt.days_since_epoch()) as f64 / YEAR_DAYS;
    let status = if pppk {
        AsnStatus::Pppk
    } else if service_years < 1.0 {
        AsnStatus::Cpns
    } else {
        AsnStatus::Pns
    };
    let grade = if pppk {
        pppk_grade(education).to_string()
    } else {
        let (entry, ceiling) = pns_grade_range(education);
        let steps = if status == AsnStatus::Cpns {
            0
        } else {
            (service_years / 4.0) as usize
        };
        PNS_GRADES[(entry + steps).min(ceiling)].to_string()
    };

    // Start in the current position.
    let tmt_position = if rng.chance(cfg.missing_tmt_share) {
        None
    } else {
        let earliest = tmt.days_since_epoch();
        let two_years = ctx.reference_days - (2.0 * YEAR_DAYS) as i64;
        let days = if earliest > two_years || rng.chance(cfg.short_tenure_share) {
            rng.range_i64(earliest.max(two_years + 1), ctx.reference_days)
        } else {
            let from = earliest.max(ctx.reference_days - (16.0 * YEAR_DAYS) as i64);
            rng.range_i64(from, two_years)
        };
        Some(date_of(days))
    };

    let rating = match rng.unit() {
        x if x < 0.015 => None,
        x if x < 0.165 => Some(Rating::SangatBaik),
        x if x < 0.915 => Some(Rating::Baik),
        x if x < 0.975 => Some(Rating::ButuhPerbaikan),
        x if x < 0.995 => Some(Rating::Kurang),
        _ => Some(Rating::SangatKurang),
    };

    // Competencies: the position's own mostly, plus a few from the family.
    let mut tags: Vec<&str> = Vec::new();
    let required_share = if family == Family::Teacher {
        0.85
    } else {
        0.93
    };
    for tag in spec.competencies.split(';').filter(|t| !t.is_empty()) {
        if rng.chance(required_share) {
            tags.push(tag);
        }
    }
    let pool = competency_pool(family);
    let n_extra = [0usize, 1, 2, 3][rng.weighted(&[0.25, 0.3, 0.3, 0.15])];
    for _ in 0..n_extra {
        tags.push(*rng.pick(pool));
    }
    let competencies = Tags::from_iter(tags);

    let (major_name, d3, s1, s2) = if education <= Education::Sma {
        *rng.pick(&[
            ("IPA", "", "", ""),
            ("IPS", "", "", ""),
            ("Administrasi Perkantoran", "", "", ""),
            ("Akuntansi", "", "", ""),
        ])
    } else {
        let all = majors(family);
        let fitting: Vec<&(&str, &str, &str, &str)> = match position_major(spec.code) {
            Some(wanted) => all.iter().filter(|m| m.0 == wanted).collect(),
            None => all.iter().collect(),
        };
        if fitting.is_empty() {
            *rng.pick(all)
        } else {
            **rng.pick(&fitting)
        }
    };
    let bare = draw_name(rng, female);
    let name = titled_name(rng, &bare, spec, education, (d3, s1, s2));

    let unit_coord = ctx.unit_coords[unit];
    let domicile = if rng.chance(cfg.domicile_share) {
        let around = unit_coord.unwrap_or(ctx.centre);
        Some(jitter(rng, around, 10.0))
    } else {
        None
    };

    let locked = rng.chance(cfg.locked_share);
    let lock_reason = locked.then(|| {
        let mut reason = *rng.pick(LOCK_REASONS);
        if reason == "sedang hamil" && !female {
            reason = LOCK_REASONS[0];
        }
        reason.to_string()
    });

    let mut wishes: [Option<String>; 3] = [None, None, None];
    if rng.chance(cfg.wish_share) {
        let candidates = &ctx.units_with_need[spec_idx];
        if candidates.iter().any(|u| *u != unit) {
            // People mostly wish for places near where they are: draw a few
            // candidates and keep the nearest ones.
            let mut drawn: Vec<usize> = (0..6)
                .map(|_| *rng.pick(candidates))
                .filter(|u| *u != unit)
                .collect();
            drawn.sort_unstable();
            drawn.dedup();
            let distance = |u: usize| match (unit_coord, ctx.unit_coords[u]) {
                (Some(a), Some(b)) => haversine_km(a, b),
                _ => 1.0e9,
            };
            let mut keyed: Vec<(f64, usize)> =
                drawn.into_iter().map(|u| (distance(u), u)).collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let n_wishes = 1 + rng.weighted(&[0.4, 0.3, 0.3]);
            for (slot, (_, u)) in keyed.into_iter().take(n_wishes).enumerate() {
                wishes[slot] = Some(ctx.unit_codes[u].clone());
            }
        }
    }

    let status_given = rng.chance(0.92).then_some(status);
    let birth_date_given = rng.chance(0.7).then(|| nip.birth_date()).flatten();

    Employee {
        nip,
        name,
        unit: ctx.unit_codes[unit].clone(),
        position: spec.code.to_string(),
        status_given,
        grade: Some(grade),
        education: Some(education),
        major: Some(major_name.to_string()),
        competencies,
        birth_date_given,
        tmt_position,
        rating,
        domicile,
        locked,
        lock_reason,
        wishes,
    }
}
