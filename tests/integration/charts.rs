//! Charts render to SVG natively, show every label and value, and never
//! depend on text measurement.

use seimbang::charts::{
    Bar, DivergingBars, EjProfile, StaffNeed, StaffNeedRow, Tone, diverging_bars_svg,
    ej_profile_svg, shorten, staff_need_svg,
};

fn bars() -> DivergingBars {
    DivergingBars {
        title: "Kelebihan dan kekurangan pegawai".into(),
        axis_note: "← kurang · lebih →".into(),
        bars: vec![
            Bar {
                label: "Dinas Kesehatan".into(),
                value: 3.5,
                tone: Tone::Surplus,
                value_text: "+3,5".into(),
            },
            Bar {
                label: "Puskesmas Jatiharjo".into(),
                value: -2.25,
                tone: Tone::Shortage,
                value_text: "−2,3".into(),
            },
        ],
    }
}

#[test]
fn diverging_bars_show_each_label_and_value() {
    let svg = diverging_bars_svg(&bars());
    assert!(svg.starts_with("<svg"), "{}", &svg[..80]);
    assert!(svg.contains("viewBox"));
    for text in [
        "Kelebihan dan kekurangan pegawai",
        "Dinas Kesehatan",
        "Puskesmas Jatiharjo",
        "+3,5",
        "−2,3",
    ] {
        assert!(svg.contains(text), "missing {text}");
    }
    // Okabe–Ito blue for surplus, vermillion for shortage.
    assert!(svg.contains("#0072B2") || svg.contains("#0072b2"));
    assert!(svg.contains("#D55E00") || svg.contains("#d55e00"));
    assert!(!svg.contains("style="), "inline styles break the CSP");
}

#[test]
fn the_ej_profile_draws_one_bar_per_unit_and_the_band() {
    let chart = EjProfile {
        title: "EJ per unit".into(),
        values: vec![0.3, 0.8, 0.95, 1.05, 1.6, 3.0],
        band_label: "ideal 90–110%".into(),
        y_label: "EJ".into(),
        x_label: "unit, diurutkan".into(),
    };
    let svg = ej_profile_svg(&chart);
    assert_eq!(
        svg.matches("<rect").count(),
        1 + 1 + 6,
        "background, band, six bars"
    );
    assert!(svg.contains("ideal 90–110%"));
}

#[test]
fn staff_need_charts_show_before_and_after_when_given() {
    let mut chart = StaffNeed {
        title: "Pegawai dan kebutuhan".into(),
        rows: vec![StaffNeedRow {
            label: "SD Negeri 1".into(),
            need: 3.2,
            before: 3.0,
            after: Some(2.0),
        }],
        legend: ["Kebutuhan".into(), "Sebelum".into(), "Sesudah".into()],
        highlight: vec![0],
    };
    let svg = staff_need_svg(&chart);
    assert!(svg.contains("Sesudah"));
    chart.rows[0].after = None;
    let svg = staff_need_svg(&chart);
    assert!(!svg.contains("Sesudah"), "no after legend without a plan");
}

#[test]
fn long_labels_are_shortened_with_an_ellipsis() {
    assert_eq!(
        shorten("Badan Kepegawaian dan Pengembangan", 10),
        "Badan Kep…"
    );
    assert_eq!(shorten("Dinas", 10), "Dinas");
}
