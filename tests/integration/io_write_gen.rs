//! Proptest strategies for valid data sets: every value follows the rules
//! of data-format.md (unique codes, references that exist, 18-digit NIPs
//! with a real birth date, trimmed non-empty texts, non-negative numbers,
//! coordinates in range), so an export of one must import back unchanged.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

use seimbang::model::{
    AsnStatus, Coord, DataSet, Date, Education, Employee, MoveStatus, Need, Nip, PlanRow, Position,
    PositionKind, Rating, Settings, Tags, Task, Unit, Weights,
};

/// Bounded, seeded configuration shared by the io-write property tests.
pub fn config(cases: u32) -> Config {
    Config {
        cases,
        rng_seed: RngSeed::Fixed(0x5e1_ba96),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Trimmed, non-empty text that includes what real data and attackers
/// write: accents, quotes, delimiters, formula characters, apostrophes.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z][A-Za-z .]{0,14}",
        "[A-Za-z0-9 ,;\"'=+@éÑüß()/-]{1,16}",
        Just("-".to_string()),
        Just("=SUM(A1:A9)".to_string()),
        Just("+62 812 3456".to_string()),
        Just("'=quoted".to_string()),
        Just("@user".to_string()),
        Just("baris satu\nbaris dua".to_string()),
    ]
    .prop_map(|s| s.trim().to_string())
    .prop_filter("non-empty after trimming", |s| !s.is_empty())
}

fn opt<T: std::fmt::Debug + Clone>(
    inner: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop_oneof![1 => Just(None), 2 => inner.prop_map(Some)]
}

/// A competency list: a few distinct tags without separators.
pub fn tags() -> impl Strategy<Value = Tags> {
    prop::collection::vec("[a-zA-Z][a-zA-Z0-9 ]{0,8}|=[a-z]{1,4}", 0..4)
        .prop_map(|pieces| pieces.iter().map(String::as_str).collect::<Tags>())
}

/// A date between 1950 and 2040.
pub fn date() -> impl Strategy<Value = Date> {
    (1950i32..2040, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

/// A coordinate in range, full f64 precision.
pub fn coord() -> impl Strategy<Value = Coord> {
    (-90.0f64..=90.0, -180.0f64..=180.0).prop_map(|(lat, lon)| Coord::new(lat, lon).unwrap())
}

/// A non-negative number with full f64 precision, or a whole one.
pub fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![0.0f64..100_000.0, (0u32..5000).prop_map(f64::from)]
}

/// A valid NIP: birth date, appointment year and month (or PPPK `2x`),
/// sex, serial.
pub fn nip() -> impl Strategy<Value = Nip> {
    (
        date(),
        1980u32..2026,
        1u32..13,
        any::<bool>(),
        1u32..3,
        1u32..999,
    )
        .prop_map(|(birth, year, month, pppk, sex, serial)| {
            let middle = if pppk {
                format!("{year}21")
            } else {
                format!("{year}{month:02}")
            };
            let text = format!(
                "{:04}{:02}{:02}{middle}{sex}{serial:03}",
                birth.year(),
                birth.month(),
                birth.day()
            );
            Nip::parse(&text).unwrap()
        })
}

fn grade() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "I/a", "II/c", "III/a", "III/b", "III/d", "IV/a", "IV/e", "V", "IX", "XVII",
    ])
    .prop_map(str::to_string)
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        (
            opt(date()),
            1.0f64..3000.0,
            0.0f64..10.0,
            40u32..70,
            0u32..36,
        ),
        (
            0.0f64..5.0,
            0.0f64..1.0,
            0.0f64..1.0,
            0.0f64..5.0,
            0.0f64..2.0,
        ),
        (
            opt(0.0f64..500.0),
            opt(0u32..1000),
            0.0f64..20.0,
            any::<bool>(),
        ),
        (
            opt(prop::sample::select(Rating::ALL.to_vec())),
            opt(date()),
            opt(date()),
        ),
    )
        .prop_map(|(a, w, b, c)| Settings {
            reference_date: a.0,
            effective_hours: a.1,
            min_tenure_years: a.2,
            retirement_age: a.3,
            retirement_protection_months: a.4,
            weights: Weights {
                alpha: w.0,
                beta: w.1,
                gamma: w.2,
                delta: w.3,
                zeta: w.4,
            },
            max_km: b.0,
            max_moves: b.1,
            max_tenure_years: b.2,
            pppk_may_move: b.3,
            min_rating: c.0,
            // A period ends on or after its start (the reader refuses
            // anything else).
            moratorium_start: match (c.1, c.2) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (start, _) => start,
            },
            moratorium_end: match (c.1, c.2) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (_, end) => end,
            },
        })
}

/// A valid data set with 1–4 units, 1–3 positions, needs, tasks and 1–5
/// employees.
pub fn data_set() -> impl Strategy<Value = DataSet> {
    (1usize..5, 1usize..4).prop_flat_map(|(n_units, n_positions)| {
        let unit_code = move |i: usize| format!("U{:02}", i + 1);
        let units = prop::collection::vec(
            (text(), opt(0..n_units), opt(coord()), any::<bool>()),
            n_units,
        )
        .prop_map(move |rows| {
            rows.into_iter()
                .enumerate()
                .map(|(i, (name, parent, coord, remote))| Unit {
                    code: unit_code(i),
                    name,
                    // Only earlier units: a parent chain never loops.
                    parent: parent.filter(|&p| p < i).map(unit_code),
                    coord,
                    remote,
                })
                .collect::<Vec<_>>()
        });
        let positions = prop::collection::vec(
            (
                text(),
                prop::sample::select(vec![
                    PositionKind::Struktural,
                    PositionKind::Fungsional,
                    PositionKind::Pelaksana,
                ]),
                opt(1u8..18),
                opt(prop::sample::select(Education::ALL.to_vec())),
                tags(),
                opt(50u32..66),
            ),
            n_positions,
        )
        .prop_map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(
                    |(i, (name, kind, class, min_education, competencies, retirement_age))| {
                        Position {
                            code: format!("J-{:03}", i + 1),
                            name,
                            kind,
                            class,
                            min_education,
                            competencies,
                            retirement_age,
                        }
                    },
                )
                .collect::<Vec<_>>()
        });
        let cells = prop::sample::subsequence(
            (0..n_units)
                .flat_map(|u| (0..n_positions).map(move |p| (u, p)))
                .collect::<Vec<_>>(),
            1..=n_units * n_positions,
        );
        let needs = cells.prop_flat_map(|cells| {
            let n = cells.len();
            (
                Just(cells),
                prop::collection::vec((any::<bool>(), amount(), tags()), n),
            )
                .prop_map(|(cells, values)| {
                    cells
                        .into_iter()
                        .zip(values)
                        .map(|((u, p), (hours, value, competencies))| Need {
                            unit: format!("U{:02}", u + 1),
                            position: format!("J-{:03}", p + 1),
                            workload_hours: hours.then_some(value),
                            fte: (!hours).then_some(value),
                            competencies,
                        })
                        .collect::<Vec<_>>()
                })
        });
        let tasks = prop::collection::vec(
            (
                0..n_units,
                0..n_positions,
                text(),
                opt(text()),
                amount(),
                amount(),
            ),
            0..4,
        )
        .prop_map(|rows| {
            rows.into_iter()
                .map(|(u, p, description, output_unit, volume, minutes)| Task {
                    unit: format!("U{:02}", u + 1),
                    position: format!("J-{:03}", p + 1),
                    description,
                    output_unit,
                    volume_per_year: volume,
                    minutes_per_unit: minutes,
                })
                .collect::<Vec<_>>()
        });
        let employees = prop::collection::vec(employee(n_units, n_positions), 1..6).prop_map(
            |mut rows: Vec<Employee>| {
                let mut seen = std::collections::BTreeSet::new();
                rows.retain(|e| seen.insert(e.nip.clone()));
                rows
            },
        );
        (units, positions, needs, tasks, employees, settings()).prop_map(
            |(units, positions, needs, tasks, employees, settings)| DataSet {
                units,
                positions,
                needs,
                tasks,
                employees,
                settings,
            },
        )
    })
}

fn employee(n_units: usize, n_positions: usize) -> impl Strategy<Value = Employee> {
    (
        (nip(), text(), 0..n_units, 0..n_positions, any::<bool>()),
        (
            opt(prop::sample::select(vec![
                AsnStatus::Pns,
                AsnStatus::Cpns,
                AsnStatus::Pppk,
            ])),
            opt(grade()),
            opt(prop::sample::select(Education::ALL.to_vec())),
            opt(text()),
            tags(),
        ),
        (
            opt(date()),
            opt(prop::sample::select(Rating::ALL.to_vec())),
            opt(coord()),
            any::<bool>(),
            opt(text()),
        ),
        prop::collection::vec(0..n_units, 0..4),
    )
        .prop_map(move |(a, b, c, wishes)| {
            let (nip, name, unit, position, birth_given) = a;
            let birth_date_given = if birth_given { nip.birth_date() } else { None };
            let mut wish = [None, None, None];
            for (slot, u) in wish.iter_mut().zip(wishes) {
                *slot = Some(format!("U{:02}", u + 1));
            }
            Employee {
                nip,
                name,
                unit: format!("U{:02}", unit + 1),
                position: format!("J-{:03}", position + 1),
                status_given: b.0,
                grade: b.1,
                education: b.2,
                major: b.3,
                competencies: b.4,
                birth_date_given,
                tmt_position: c.0,
                rating: c.1,
                domicile: c.2,
                locked: c.3,
                lock_reason: c.4,
                wishes: wish,
            }
        })
}

/// A plan row with a valid NIP and distinct units.
pub fn plan_row() -> impl Strategy<Value = PlanRow> {
    (
        nip(),
        text(),
        1u32..9,
        1u32..9,
        opt(0.0f64..800.0),
        opt(1u8..4),
        text(),
        prop::sample::select(MoveStatus::ALL.to_vec()),
    )
        .prop_map(|(nip, name, from, to, km, wish, reason, status)| PlanRow {
            nip,
            name,
            position: "J-001".to_string(),
            from_unit: format!("U{from:02}"),
            to_unit: format!("U{:02}", if to == from { from + 1 } else { to }),
            km,
            wish,
            reason,
            status,
        })
}
