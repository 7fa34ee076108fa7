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

/// The x of each `<text>` whose content is `content`, in the SVG plotters
/// writes.
fn text_xs(svg: &str, content: &str) -> Vec<i32> {
    svg.split("<text")
        .skip(1)
        .filter(|t| {
            t.split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"))
                .is_some_and(|(inner, _)| inner.trim() == content)
        })
        .map(|t| {
            let x = t.split("x=\"").nth(1).expect("an x attribute");
            x[..x.find('"').expect("a closing quote")]
                .parse()
                .expect("an integer x")
        })
        .collect()
}

/// The x of every vertical polyline (the need markers) in that SVG.
fn marker_xs(svg: &str) -> Vec<i32> {
    svg.split("<polyline")
        .skip(1)
        .filter_map(|p| {
            let points = p.split("points=\"").nth(1)?;
            let points = &points[..points.find('"')?];
            let xs: Vec<i32> = points
                .split_whitespace()
                .filter_map(|xy| xy.split(',').next()?.parse().ok())
                .collect();
            (xs.len() == 2 && xs[0] == xs[1]).then_some(xs[0])
        })
        .collect()
}

#[test]
fn value_labels_step_past_the_need_marker_instead_of_under_it() {
    let chart = StaffNeed {
        title: "Pegawai dan kebutuhan".into(),
        rows: vec![
            // The need marker just past the end of both bars: their labels
            // would sit under it.
            StaffNeedRow {
                label: "SD Negeri 1".into(),
                need: 6.2,
                before: 6.0,
                after: Some(6.0),
            },
            // The need far from the bars: labels stay at the bars' ends.
            StaffNeedRow {
                label: "SD Negeri 2".into(),
                need: 20.0,
                before: 3.0,
                after: Some(4.0),
            },
        ],
        legend: ["Kebutuhan".into(), "Sebelum".into(), "Sesudah".into()],
        highlight: vec![],
    };
    let svg = staff_need_svg(&chart);
    let markers = marker_xs(&svg);
    assert_eq!(markers.len(), 2, "one need marker per row: {svg}");
    let sixes = text_xs(&svg, "6");
    assert_eq!(sixes.len(), 2, "both bars of the first row labelled 6");
    for x in sixes {
        assert!(
            x >= markers[0] + 4,
            "label at {x} under the marker at {}",
            markers[0]
        );
    }
    let (three, four) = (text_xs(&svg, "3"), text_xs(&svg, "4"));
    assert_eq!((three.len(), four.len()), (1, 1));
    assert!(
        three[0] < markers[1] && four[0] < markers[1],
        "labels stay by their bars"
    );
    assert!(four[0] > three[0], "the longer bar's label further right");
}
