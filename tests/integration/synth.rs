//! The synthetic data generator: determinism, validity of every generated
//! data set, a realistic shape, and the bad-row catalogue of `bad_tables`.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use seimbang::model::{AsnStatus, Coord, DataSet, Date, Education, Nip, PositionKind, Settings};
use seimbang::synth::{
    ExpectedProblem, RawTable, SynthConfig, bad_tables, demo_data_set, demo_settings, generate,
    to_raw_tables,
};

fn reference() -> Date {
    Date::new(2025, 7, 1).unwrap()
}

/// Cells (unit, position) that have a `kebutuhan` or `uraian_tugas` row.
fn need_cells(data: &DataSet) -> BTreeSet<(String, String)> {
    data.needs
        .iter()
        .map(|n| (n.unit.clone(), n.position.clone()))
        .chain(
            data.tasks
                .iter()
                .map(|t| (t.unit.clone(), t.position.clone())),
        )
        .collect()
}

/// Need in FTE per cell, as objective.md defines it.
fn need_fte(data: &DataSet) -> BTreeMap<(String, String), f64> {
    let h = data.settings.effective_hours;
    let mut out = BTreeMap::new();
    for n in &data.needs {
        let fte = match (n.workload_hours, n.fte) {
            (Some(hours), _) => hours / h,
            (None, Some(fte)) => fte,
            (None, None) => f64::NAN,
        };
        out.insert((n.unit.clone(), n.position.clone()), fte);
    }
    for t in &data.tasks {
        *out.entry((t.unit.clone(), t.position.clone()))
            .or_insert(0.0) += t.hours() / h;
    }
    out
}

/// Staff per cell.
fn staff(data: &DataSet) -> BTreeMap<(String, String), usize> {
    let mut out = BTreeMap::new();
    for e in &data.employees {
        *out.entry((e.unit.clone(), e.position.clone())).or_insert(0) += 1;
    }
    out
}

/// Every invariant the generator promises; panics with the first offence.
fn check_invariants(data: &DataSet, config: &SynthConfig) {
    let acuan = config.reference_date;
    assert_eq!(data.employees.len(), config.employees, "employee count");
    assert_eq!(data.units.len(), config.target_units(), "unit count");

    let unit_codes: BTreeSet<&str> = data.units.iter().map(|u| u.code.as_str()).collect();
    assert_eq!(unit_codes.len(), data.units.len(), "unit codes are unique");
    let positions: BTreeMap<&str, &seimbang::model::Position> = data
        .positions
        .iter()
        .map(|p| (p.code.as_str(), p))
        .collect();
    assert_eq!(
        positions.len(),
        data.positions.len(),
        "position codes are unique"
    );

    for u in &data.units {
        assert!(!u.name.is_empty());
        if let Some(parent) = &u.parent {
            assert!(
                unit_codes.contains(parent.as_str()),
                "parent {parent} of {}",
                u.code
            );
            assert_ne!(parent, &u.code);
        }
        if let Some(c) = u.coord {
            assert_eq!(
                Coord::new(c.lat, c.lon),
                Some(c),
                "unit {} coord in range",
                u.code
            );
        }
    }
    for p in positions.values() {
        assert!(p.class.is_some_and(|c| (1..=17).contains(&c)));
    }

    let mut need_pairs = BTreeSet::new();
    for n in &data.needs {
        assert!(unit_codes.contains(n.unit.as_str()), "need unit {}", n.unit);
        assert!(
            positions.contains_key(n.position.as_str()),
            "need position {}",
            n.position
        );
        assert!(
            need_pairs.insert((n.unit.clone(), n.position.clone())),
            "need pair unique"
        );
        assert!(
            n.workload_hours.is_some() || n.fte.is_some(),
            "need row has a number"
        );
        for x in n.workload_hours.iter().chain(n.fte.iter()) {
            assert!(x.is_finite() && *x >= 0.0, "need {x} is non-negative");
        }
    }
    for t in &data.tasks {
        assert!(unit_codes.contains(t.unit.as_str()));
        assert!(positions.contains_key(t.position.as_str()));
        assert!(!t.description.is_empty());
        assert!(t.volume_per_year >= 0.0 && t.minutes_per_unit >= 0.0);
        assert!(t.volume_per_year.is_finite() && t.minutes_per_unit.is_finite());
    }
    let cells = need_cells(data);
    let units_with_position: BTreeSet<(&str, &str)> = cells
        .iter()
        .map(|(u, p)| (u.as_str(), p.as_str()))
        .collect();

    let mut nips = BTreeSet::new();
    for e in &data.employees {
        let nip = e.nip.to_string();
        assert!(nips.insert(nip.clone()), "NIP {nip} is unique");
        assert_eq!(Nip::parse(&nip).as_ref(), Ok(&e.nip));
        assert!(
            unit_codes.contains(e.unit.as_str()),
            "employee unit {}",
            e.unit
        );
        let position = positions
            .get(e.position.as_str())
            .unwrap_or_else(|| panic!("employee position {}", e.position));

        // NIP digits 1–8: a birth date, equal to tanggal_lahir when given.
        let birth = e.nip.birth_date().expect("digits 1-8 are a date");
        if let Some(given) = e.birth_date_given {
            assert_eq!(given, birth, "tanggal_lahir of {nip}");
        }
        let bytes = nip.as_bytes();
        assert!(matches!(bytes[14], b'1' | b'2'), "gender digit of {nip}");
        let tmt_year: i32 = nip[8..12].parse().unwrap();
        assert!(
            tmt_year > birth.year() + 15 && tmt_year <= acuan.year(),
            "TMT year of {nip}"
        );
        let pppk = bytes[12] == b'2';
        if pppk {
            assert_eq!(&nip[12..14], "21", "PPPK NIP {nip}");
        } else {
            let month: u32 = nip[12..14].parse().unwrap();
            assert!((1..=12).contains(&month), "TMT month of {nip}");
            assert!(Date::new(tmt_year, month, 1).unwrap() <= acuan);
        }
        assert_eq!(e.is_pppk(), pppk, "status of {nip} agrees with digit 13");
        if let Some(given) = e.status_given {
            assert_eq!(given == AsnStatus::Pppk, pppk);
        }
        if e.is_pppk() {
            assert_ne!(position.kind, PositionKind::Struktural);
        }
        let grade = e.grade.as_deref().expect("golongan given");
        if pppk {
            assert!(
                grade.chars().all(|c| "IVX".contains(c)),
                "PPPK golongan {grade}"
            );
        } else {
            assert!(grade.contains('/'), "PNS golongan {grade}");
        }

        // Alive, adult and not past retirement at the reference date.
        let bup = position
            .retirement_age
            .unwrap_or(data.settings.retirement_age);
        assert!(birth.add_years(18) <= acuan, "{nip} is an adult");
        assert!(
            birth.add_years(i64::from(bup)) > acuan,
            "{nip} not yet retired"
        );
        if let Some(tmt) = e.tmt_position {
            assert!(
                tmt <= acuan && tmt >= birth.add_years(17),
                "tmt_jabatan of {nip}"
            );
        }
        if let Some(c) = e.domicile {
            assert_eq!(Coord::new(c.lat, c.lon), Some(c));
        }
        assert_eq!(e.locked, e.lock_reason.is_some());

        let wishes: Vec<&str> = e.wishes.iter().flatten().map(String::as_str).collect();
        let distinct: BTreeSet<&str> = wishes.iter().copied().collect();
        assert_eq!(distinct.len(), wishes.len(), "wishes of {nip} are distinct");
        for w in &wishes {
            assert_ne!(*w, e.unit, "{nip} wishes for another unit");
            assert!(
                units_with_position.contains(&(*w, e.position.as_str())),
                "wish {w} of {nip} has a need for {}",
                e.position
            );
        }
        if wishes.len() < 3 {
            assert!(
                e.wishes[wishes.len()].is_none(),
                "wishes are filled in order"
            );
        }
    }
    // Every position in use has a need somewhere, so its people may move.
    let used: BTreeSet<&str> = data.employees.iter().map(|e| e.position.as_str()).collect();
    for p in used {
        assert!(cells.iter().any(|(_, q)| q == p), "position {p} has a need");
    }
    assert_eq!(data.settings, demo_settings(acuan));
}

#[test]
fn the_same_seed_gives_the_same_data_set() {
    let config = SynthConfig::new(2_000, 42);
    let a = generate(&config);
    let b = generate(&config);
    assert_eq!(a, b);
    assert_eq!(to_raw_tables(&a), to_raw_tables(&b));
}

#[test]
fn different_seeds_give_different_data_sets() {
    let a = generate(&SynthConfig::new(300, 1));
    let b = generate(&SynthConfig::new(300, 2));
    assert_ne!(a.employees, b.employees);
    assert_ne!(a.needs, b.needs);
    let nips_a: BTreeSet<String> = a.employees.iter().map(|e| e.nip.to_string()).collect();
    let shared = b
        .employees
        .iter()
        .filter(|e| nips_a.contains(&e.nip.to_string()))
        .count();
    assert!(shared < 10, "{shared} NIPs shared between seeds");
}

#[test]
fn a_data_set_of_300_employees_keeps_every_invariant() {
    for seed in [1, 2, 3] {
        let config = SynthConfig::new(300, seed);
        check_invariants(&generate(&config), &config);
    }
}

#[test]
fn a_data_set_of_20000_employees_keeps_every_invariant() {
    let config = SynthConfig::new(20_000, 9);
    check_invariants(&generate(&config), &config);
}

#[test]
fn the_default_settings_are_the_spec_defaults_with_a_reference_date_and_60_km() {
    let data = generate(&SynthConfig::default());
    let expected = Settings {
        reference_date: Some(reference()),
        max_km: Some(60.0),
        ..Settings::default()
    };
    assert_eq!(data.settings, expected);
    assert_eq!(data.settings.effective_hours, 1250.0);
    assert_eq!(data.settings.weights.alpha, 0.5);
}

#[test]
fn the_unit_count_follows_the_employee_count() {
    assert_eq!(SynthConfig::new(300, 0).target_units(), 40);
    let big = SynthConfig::new(100_000, 0).target_units();
    assert!(
        (1_900..=2_100).contains(&big),
        "{big} units at 100,000 employees"
    );
    let mut config = SynthConfig::new(300, 0);
    config.units = Some(75);
    assert_eq!(generate(&config).units.len(), 75);
}

/// Figures of a data set's shape.
struct Shape {
    short_tenure: f64,
    wish: f64,
    locked: f64,
    pppk: f64,
    near_retirement: usize,
    vacancies: usize,
    over_staffed: usize,
    under_staffed: usize,
    occupied_without_need: usize,
    education_ok: f64,
    competency_ok: f64,
    units_without_coord: usize,
    remote_units: usize,
    task_cells: usize,
    fte_rows: usize,
}

fn shape(data: &DataSet) -> Shape {
    let acuan = data.settings.reference_date.unwrap();
    let n = data.employees.len() as f64;
    let two_years_ago = acuan.add_years(-2);
    let positions: BTreeMap<&str, &seimbang::model::Position> = data
        .positions
        .iter()
        .map(|p| (p.code.as_str(), p))
        .collect();
    let share = |f: &dyn Fn(&seimbang::model::Employee) -> bool| {
        data.employees.iter().filter(|e| f(e)).count() as f64 / n
    };
    let needs = need_fte(data);
    let staff = staff(data);
    let task_cells: BTreeSet<(&str, &str)> = data
        .tasks
        .iter()
        .map(|t| (t.unit.as_str(), t.position.as_str()))
        .collect();
    Shape {
        short_tenure: share(&|e| e.tmt_position.is_some_and(|t| t > two_years_ago)),
        wish: share(&|e| e.wishes[0].is_some()),
        locked: share(&|e| e.locked),
        pppk: share(&|e| e.is_pppk()),
        near_retirement: data
            .employees
            .iter()
            .filter(|e| {
                let bup = positions[e.position.as_str()].retirement_age.unwrap_or(58);
                e.birth_date().unwrap().add_years(i64::from(bup)) <= acuan.add_months(12)
            })
            .count(),
        vacancies: needs
            .iter()
            .filter(|(c, r)| **r > 0.0 && !staff.contains_key(*c))
            .count(),
        over_staffed: needs
            .iter()
            .filter(|(c, r)| staff.get(*c).is_some_and(|s| *s as f64 >= **r + 1.0))
            .count(),
        under_staffed: needs
            .iter()
            .filter(|(c, r)| staff.get(*c).is_some_and(|s| (*s as f64) <= **r - 1.0))
            .count(),
        occupied_without_need: staff.keys().filter(|c| !needs.contains_key(*c)).count(),
        education_ok: share(&|e| {
            let min = positions[e.position.as_str()].min_education.unwrap();
            e.education.is_some_and(|ed| ed >= min)
        }),
        competency_ok: share(&|e| {
            let required = &positions[e.position.as_str()].competencies;
            e.competencies.missing(required).is_empty()
        }),
        units_without_coord: data.units.iter().filter(|u| u.coord.is_none()).count(),
        remote_units: data.units.iter().filter(|u| u.remote).count(),
        task_cells: task_cells.len(),
        fte_rows: data
            .needs
            .iter()
            .filter(|n| n.workload_hours.is_none())
            .count(),
    }
}

#[test]
fn a_large_data_set_has_a_realistic_shape() {
    let data = generate(&SynthConfig::new(20_000, 5));
    let s = shape(&data);
    assert!(
        (0.30..=0.40).contains(&s.short_tenure),
        "short tenure {}",
        s.short_tenure
    );
    assert!((0.15..=0.25).contains(&s.wish), "wishes {}", s.wish);
    assert!((0.01..=0.03).contains(&s.locked), "locked {}", s.locked);
    assert!((0.10..=0.25).contains(&s.pppk), "PPPK {}", s.pppk);
    assert!(
        s.near_retirement > 100 && s.near_retirement < 1_500,
        "near retirement {}",
        s.near_retirement
    );
    assert!(s.vacancies >= 20, "vacancies {}", s.vacancies);
    assert!(s.over_staffed >= 100, "over-staffed {}", s.over_staffed);
    assert!(s.under_staffed >= 100, "under-staffed {}", s.under_staffed);
    assert!(
        s.occupied_without_need >= 10,
        "occupied without need {}",
        s.occupied_without_need
    );
    assert!(
        s.education_ok >= 0.9 && s.education_ok < 1.0,
        "education {}",
        s.education_ok
    );
    assert!(
        s.competency_ok >= 0.75 && s.competency_ok < 1.0,
        "competency {}",
        s.competency_ok
    );
    assert!(s.units_without_coord >= 1 && s.units_without_coord * 20 < data.units.len());
    assert!(s.remote_units >= 5, "remote units {}", s.remote_units);
    assert!(s.task_cells >= 10, "task cells {}", s.task_cells);
    assert!(s.fte_rows >= 10, "FTE rows {}", s.fte_rows);
}

#[test]
fn the_demo_data_set_has_vacancies_imbalance_and_a_few_of_everything() {
    let data = demo_data_set();
    assert_eq!(data, generate(&SynthConfig::default()));
    let s = shape(&data);
    assert!(s.remote_units >= 1, "a remote corner");
    assert!(
        (0.25..=0.45).contains(&s.short_tenure),
        "short tenure {}",
        s.short_tenure
    );
    assert!(s.vacancies >= 1 && s.over_staffed >= 1 && s.under_staffed >= 1);
    assert!(s.wish > 0.1 && s.locked > 0.0);
    assert!(s.units_without_coord >= 1);
    let kinds: BTreeSet<PositionKind> = data.positions.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds.len(),
        3,
        "struktural, fungsional and pelaksana positions"
    );
    // Leaders sit only where they belong.
    for e in &data.employees {
        match e.position.as_str() {
            "CAMAT" => assert!(e.unit.starts_with("KEC-")),
            "LURAH" => assert!(e.unit.starts_with("KEL-")),
            "GURUP" | "GURUM" | "GURUMD" => {
                assert!(e.unit.starts_with("SDN-") || e.unit.starts_with("SMPN-"))
            }
            "BDNT" | "BDNP" => assert!(e.unit.starts_with("PKM-") || e.unit == "RSUD"),
            _ => {}
        }
    }
}

#[test]
fn names_carry_regional_customs_and_academic_titles() {
    let data = generate(&SynthConfig::new(3_000, 11));
    let names: Vec<&str> = data.employees.iter().map(|e| e.name.as_str()).collect();
    let has = |f: &dyn Fn(&&str) -> bool| names.iter().any(f);
    assert!(has(&|n| n.starts_with("dr. ")));
    assert!(has(&|n| n.starts_with("I ") || n.starts_with("Ni ")));
    assert!(has(&|n| n.ends_with("Siregar")
        || n.ends_with("Nasution")
        || n.ends_with("Harahap")));
    assert!(has(&|n| n.ends_with(", S.Pd.")));
    assert!(has(&|n| n.ends_with(", A.Md.Kep.")));
    assert!(has(&|n| n.ends_with(", S.Kom.")));
    // Doctors are doctors, teachers teach with a teacher's degree or less.
    for e in &data.employees {
        if e.position.starts_with("DOK") {
            assert!(e.name.starts_with("dr. "), "{}", e.name);
        }
        if e.position == "BDNT" {
            assert_eq!(e.nip.to_string().as_bytes()[14], b'2', "midwives are women");
        }
    }
    let sd_or_more = data
        .employees
        .iter()
        .filter(|e| e.education >= Some(Education::Sd))
        .count();
    assert_eq!(sd_or_more, data.employees.len());
}

#[test]
fn small_and_odd_configurations_still_give_valid_data_sets() {
    let mut runner = TestRunner::new_with_rng(
        Config {
            cases: 24,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let strategy = (
        0usize..400,
        any::<u64>(),
        proptest::option::of(6usize..60),
        any::<bool>(),
    );
    runner
        .run(&strategy, |(employees, seed, units, coordinates)| {
            let mut config = SynthConfig::new(employees, seed);
            config.units = units;
            config.coordinates = coordinates;
            let data = generate(&config);
            check_invariants(&data, &config);
            if !coordinates {
                prop_assert!(data.units.iter().all(|u| u.coord.is_none()));
            }
            Ok(())
        })
        .unwrap();
}

fn table<'a>(tables: &'a [RawTable], name: &str) -> &'a RawTable {
    tables.iter().find(|t| t.name == name).unwrap()
}

#[test]
fn raw_tables_use_the_spec_headers_and_formats() {
    let data = generate(&SynthConfig::default());
    let tables = to_raw_tables(&data);
    let names: Vec<&str> = tables.iter().map(|t| t.name).collect();
    assert_eq!(
        names,
        [
            "unit",
            "jabatan",
            "kebutuhan",
            "uraian_tugas",
            "pegawai",
            "pengaturan"
        ]
    );
    let pegawai = table(&tables, "pegawai");
    assert_eq!(pegawai.header.len(), 19);
    assert_eq!(pegawai.header[0], "nip");
    assert_eq!(pegawai.header[18], "pilihan_3");
    assert_eq!(pegawai.rows.len(), data.employees.len());
    for (row, e) in pegawai.rows.iter().zip(&data.employees) {
        assert_eq!(row.len(), 19);
        assert_eq!(row[0], e.nip.to_string());
        if let Some(t) = e.tmt_position {
            assert_eq!(row[10], t.to_string());
            assert_eq!(Date::parse_iso(&row[10]), Some(t));
        }
        if let Some(c) = e.domicile {
            assert_eq!(row[12].parse::<f64>().unwrap(), c.lat);
            assert_eq!(row[13].parse::<f64>().unwrap(), c.lon);
        }
    }
    let kebutuhan = table(&tables, "kebutuhan");
    for (row, n) in kebutuhan.rows.iter().zip(&data.needs) {
        assert!(!row[2].contains(','), "decimal point, not comma");
        assert_eq!(row[2].parse::<f64>().ok(), n.workload_hours);
    }
    let settings = table(&tables, "pengaturan");
    let tanggal = settings
        .rows
        .iter()
        .find(|r| r[0] == "tanggal_acuan")
        .unwrap();
    assert_eq!(tanggal[1], "2025-07-01");
    let jarak = settings
        .rows
        .iter()
        .find(|r| r[0] == "jarak_maks_km")
        .unwrap();
    assert_eq!(jarak[1], "60");
    let csv = pegawai.to_csv();
    assert!(csv.starts_with("nip,nama,kode_unit,kode_jabatan,"));
    assert_eq!(csv.lines().count(), data.employees.len() + 1);
}

/// Cells that differ between two versions of the same tables.
fn changed_cells(clean: &[RawTable], bad: &[RawTable]) -> BTreeSet<(&'static str, u32, String)> {
    let mut out = BTreeSet::new();
    for (c, b) in clean.iter().zip(bad) {
        assert_eq!(c.name, b.name);
        assert_eq!(c.header, b.header);
        assert_eq!(c.rows.len(), b.rows.len(), "no row added or removed");
        for (i, (rc, rb)) in c.rows.iter().zip(&b.rows).enumerate() {
            for (j, (x, y)) in rc.iter().zip(rb).enumerate() {
                if x != y {
                    out.insert((c.name, i as u32 + 2, c.header[j].clone()));
                }
            }
        }
    }
    out
}

fn recorded(problems: &[ExpectedProblem]) -> BTreeSet<(&'static str, u32, String)> {
    problems
        .iter()
        .map(|p| (p.table, p.row, p.column.to_string()))
        .collect()
}

#[test]
fn bad_tables_records_each_requested_corruption_at_the_changed_cell() {
    let data = generate(&SynthConfig::default());
    let clean = to_raw_tables(&data);
    for (seed, n_bad) in [(1, 0), (2, 1), (3, 5), (4, 17), (5, 40)] {
        let (bad, problems) = bad_tables(&data, seed, n_bad);
        assert_eq!(problems.len(), n_bad, "seed {seed}");
        let changed = changed_cells(&clean, &bad);
        assert_eq!(changed, recorded(&problems), "seed {seed}");
        for p in &problems {
            assert!(p.row >= 2, "header is row 1");
        }
    }
}

#[test]
fn seventeen_corruptions_cover_every_kind_of_bad_cell() {
    let data = generate(&SynthConfig::default());
    let (bad, problems) = bad_tables(&data, 9, 17);
    let kinds: BTreeSet<(&str, &str)> = problems.iter().map(|p| (p.table, p.what)).collect();
    assert_eq!(kinds.len(), 17, "{problems:?}");
    let pegawai = table(&bad, "pegawai");
    let nip_col = pegawai.column("nip").unwrap();
    for p in problems
        .iter()
        .filter(|p| p.table == "pegawai" && p.column == "nip")
    {
        let text = &pegawai.rows[p.row as usize - 2][nip_col];
        match p.what {
            "nip_scientific" => assert!(text.contains("E+17"), "{text}"),
            "nip_length" => assert_eq!(text.len(), 17),
            "nip_not_digits" => assert!(text.contains('O')),
            "nip_duplicate" => {
                let same = pegawai.rows.iter().filter(|r| &r[nip_col] == text).count();
                assert_eq!(same, 2, "{text} appears twice");
                let first = pegawai
                    .rows
                    .iter()
                    .position(|r| &r[nip_col] == text)
                    .unwrap();
                assert!(first + 2 < p.row as usize, "the later row is reported");
            }
            other => panic!("unexpected nip problem {other}"),
        }
    }
    let dates: Vec<&ExpectedProblem> = problems
        .iter()
        .filter(|p| p.what == "date_invalid")
        .collect();
    assert_eq!(dates.len(), 1);
    let col = pegawai.column("tmt_jabatan").unwrap();
    assert_eq!(pegawai.rows[dates[0].row as usize - 2][col], "31/02/2020");
}

#[test]
fn bad_tables_is_deterministic_and_seed_dependent() {
    let data = generate(&SynthConfig::new(500, 3));
    assert_eq!(bad_tables(&data, 1, 12), bad_tables(&data, 1, 12));
    assert_ne!(bad_tables(&data, 1, 12).1, bad_tables(&data, 2, 12).1);
}

#[test]
fn each_knob_changes_what_it_names() {
    let mut config = SynthConfig::new(1_000, 4);
    config.wish_share = 0.0;
    config.locked_share = 0.0;
    config.pppk_share = 0.0;
    config.task_share = 0.0;
    config.fte_share = 1.0;
    config.missing_tmt_share = 0.0;
    config.domicile_share = 0.0;
    let data = generate(&config);
    check_invariants(&data, &config);
    assert!(
        data.employees
            .iter()
            .all(|e| e.wishes.iter().all(Option::is_none))
    );
    assert!(
        data.employees
            .iter()
            .all(|e| !e.locked && e.domicile.is_none())
    );
    assert!(
        data.employees
            .iter()
            .all(|e| !e.is_pppk() && e.tmt_position.is_some())
    );
    assert!(data.tasks.is_empty());
    assert!(
        data.needs
            .iter()
            .all(|n| n.workload_hours.is_none() && n.fte.is_some())
    );

    config.pppk_share = 0.3;
    config.wish_share = 0.5;
    config.task_share = 0.5;
    let data = generate(&config);
    let pppk = data.employees.iter().filter(|e| e.is_pppk()).count();
    assert!((250..=350).contains(&pppk), "{pppk} PPPK of 1,000 at 30 %");
    let wishing = data
        .employees
        .iter()
        .filter(|e| e.wishes[0].is_some())
        .count();
    assert!(
        (420..=580).contains(&wishing),
        "{wishing} wishing of 1,000 at 50 %"
    );
    assert!(data.tasks.len() > 100, "{} task rows", data.tasks.len());
}

#[test]
fn csv_text_quotes_fields_with_commas_and_quotes() {
    let table = RawTable {
        name: "pegawai",
        header: vec!["nip".into(), "nama".into()],
        rows: vec![
            vec!["1".into(), "Sri, S.Pd.".into()],
            vec!["2".into(), "A \"B\"".into()],
        ],
    };
    assert_eq!(
        table.to_csv(),
        "nip,nama\n1,\"Sri, S.Pd.\"\n2,\"A \"\"B\"\"\"\n"
    );
    assert_eq!(table.column("nama"), Some(1));
    assert_eq!(table.column("lat"), None);
}

#[test]
fn any_seed_and_count_of_corruptions_points_at_exactly_the_changed_cells() {
    let data = generate(&SynthConfig::new(400, 21));
    let clean = to_raw_tables(&data);
    let mut runner = TestRunner::new_with_rng(
        Config {
            cases: 16,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[3; 32]),
    );
    runner
        .run(&(any::<u64>(), 0usize..60), |(seed, n_bad)| {
            let (bad, problems) = bad_tables(&data, seed, n_bad);
            prop_assert_eq!(problems.len(), n_bad);
            prop_assert_eq!(changed_cells(&clean, &bad), recorded(&problems));
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_data_set_without_rows_can_only_have_its_settings_corrupted() {
    let data = DataSet {
        settings: demo_settings(reference()),
        ..DataSet::default()
    };
    let (bad, problems) = bad_tables(&data, 1, 5);
    assert_eq!(
        problems,
        [ExpectedProblem {
            table: "pengaturan",
            row: 7,
            column: "nilai",
            what: "setting_negative",
        }]
    );
    let settings = table(&bad, "pengaturan");
    assert_eq!(settings.rows[5], ["bobot_mutasi", "-0.5"]);
}
