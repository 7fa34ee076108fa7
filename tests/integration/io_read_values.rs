//! Value rules of data-format.md one by one (numbers, dates, NIP,
//! golongan, headers), and bounded property tests that no input makes the
//! readers panic.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use seimbang::io::csv::parse;
use seimbang::io::headers::normalize_header;
use seimbang::io::sheet::Cell;
use seimbang::io::values::{GradeSystem, date, grade, nip, parse_number_text};
use seimbang::io::{HeaderMapping, InputFile, ProblemKind, read_data, read_plan};

fn number(text: &str, semicolon: bool) -> Result<f64, String> {
    parse_number_text(text, semicolon).map_err(|k| format!("{k:?}"))
}

#[test]
fn numbers_read_by_the_rules_of_the_spec() {
    let ok: &[(&str, bool, f64)] = &[
        ("1250", false, 1250.0),
        ("1250.5", false, 1250.5),
        ("1.250,5", false, 1250.5),
        ("1250,5", false, 1250.5),
        ("1,250.5", false, 1250.5),
        ("1.250.000", false, 1_250_000.0),
        ("1,250,000", false, 1_250_000.0),
        ("1.250", false, 1.25),
        ("1.250", true, 1250.0),
        ("1.25", true, 1.25),
        ("0.500", true, 0.5),
        ("12345.678", true, 12345.678),
        ("-7.42", false, -7.42),
        ("-7.420", true, -7420.0),
        ("1e-05", false, 0.00001),
        (",5", false, 0.5),
    ];
    for (text, semicolon, want) in ok {
        assert_eq!(
            number(text, *semicolon),
            Ok(*want),
            "{text} (semicolon {semicolon})"
        );
    }
    let grouping = ["1.25,5", "1,25.5", "12.34.567", "1.250,5,5", "1.2345,6"];
    for text in grouping {
        let got = number(text, false).unwrap_err();
        assert!(got.starts_with("BadDigitGrouping"), "{text}: {got}");
    }
    for text in ["", "-", "abc", "12a", "1 250", "Rp 1.000", "1,5e3"] {
        let got = number(text, false).unwrap_err();
        assert!(got.starts_with("NotANumber"), "{text}: {got}");
    }
}

#[test]
fn dates_read_in_every_accepted_form_and_refuse_impossible_days() {
    let text = |s: &str| Cell::Text(s.to_string());
    for form in [
        "2025-07-01",
        "01-07-2025",
        "01/07/2025",
        "1/7/2025",
        "2025/07/01",
        "01.07.2025",
        "45839",
        "2025-07-01 00:00:00",
    ] {
        assert_eq!(
            date(&text(form)).map(|d| d.to_string()),
            Ok("2025-07-01".to_string()),
            "{form}"
        );
    }
    assert_eq!(
        date(&Cell::Number(45839.0)).map(|d| d.to_string()),
        Ok("2025-07-01".to_string())
    );
    // A year alone is refused, never read as a day in 1905.
    assert!(matches!(
        date(&Cell::Number(1983.0)),
        Err(ProblemKind::NotADate { .. })
    ));
    for bad in [
        "31-02-2020",
        "2025-13-01",
        "07/31/2025",
        "kemarin",
        "2025-07",
        "45839.5x",
        "1983",
    ] {
        assert!(
            matches!(date(&text(bad)), Err(ProblemKind::NotADate { .. })),
            "{bad}"
        );
    }
}

#[test]
fn nip_rules_refuse_every_way_a_spreadsheet_damages_a_nip() {
    let text = |s: &str| Cell::Text(s.to_string());
    assert_eq!(
        nip(&text(" 19830228 200506 1 316 ")).map(|n| n.to_string()),
        Ok("198302282005061316".to_string())
    );
    assert_eq!(
        nip(&text("'198302282005061316")).map(|n| n.to_string()),
        Ok("198302282005061316".to_string())
    );
    assert!(matches!(
        nip(&Cell::Number(198302282005061316.0)),
        Err(ProblemKind::NipStoredAsNumber { .. })
    ));
    assert!(matches!(
        nip(&text("1.98303E+17")),
        Err(ProblemKind::NipScientific { .. })
    ));
    assert!(matches!(
        nip(&text("198302282005061000")),
        Err(ProblemKind::NipDigitsLost { .. })
    ));
    assert!(matches!(
        nip(&text("1983022820050613")),
        Err(ProblemKind::NipWrongLength { digits: 16, .. })
    ));
    assert!(matches!(
        nip(&text("19830228-20050613-16")),
        Err(ProblemKind::NipNotDigits { .. })
    ));
}

#[test]
fn golongan_reads_pns_and_pppk_spellings_into_one_form() {
    let g = |s: &str| grade(&Cell::Text(s.to_string())).map_err(|_| ());
    assert_eq!(g("III/a"), Ok(("III/a".to_string(), GradeSystem::Pns)));
    assert_eq!(g("iii-b"), Ok(("III/b".to_string(), GradeSystem::Pns)));
    assert_eq!(
        g("Penata Muda, III/a"),
        Ok(("III/a".to_string(), GradeSystem::Pns))
    );
    assert_eq!(g("IV/e"), Ok(("IV/e".to_string(), GradeSystem::Pns)));
    assert_eq!(g("IX"), Ok(("IX".to_string(), GradeSystem::Pppk)));
    assert_eq!(g("9"), Ok(("IX".to_string(), GradeSystem::Pppk)));
    assert_eq!(g("XVII"), Ok(("XVII".to_string(), GradeSystem::Pppk)));
    // "IIIAÑ" was found by the fuzz loop: slicing inside a multi-byte letter.
    for bad in [
        "III/e", "IV/f", "XVIII", "18", "V/a", "golongan", "IIIAÑ", "Ñ",
    ] {
        assert_eq!(g(bad), Err(()), "{bad}");
    }
}

#[test]
fn headers_match_case_insensitively_with_spaces_dashes_and_dots_as_underscores() {
    assert_eq!(normalize_header("  Kode Unit "), "kode_unit");
    assert_eq!(normalize_header("KODE-JABATAN"), "kode_jabatan");
    assert_eq!(normalize_header("tmt.jabatan"), "tmt_jabatan");
    assert_eq!(normalize_header("NIP  Baru"), "nip_baru");
}

fn config(cases: u32, seed: u64) -> Config {
    Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    }
}

fn example_xlsx() -> Vec<u8> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::fs::read(dir.join("tests/fixtures/examples/contoh-n30/data.xlsx"))
        .expect("example workbook")
}

proptest! {
    #![proptest_config(config(96, 0x5e1b_a4a6))]

    #[test]
    fn arbitrary_bytes_under_any_extension_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..600),
        ext in prop::sample::select(vec!["csv", "xlsx", "zip", "json", "txt"]),
    ) {
        let import = read_data(&[InputFile::new(format!("pegawai.{ext}"), bytes.clone())], &HeaderMapping::new());
        prop_assert!(import.has_errors());
        let _ = read_plan(&InputFile::new(format!("rencana.{ext}"), bytes));
    }

    #[test]
    fn arbitrary_table_contents_never_panic(
        table in prop::sample::select(vec!["pegawai", "unit", "jabatan", "kebutuhan", "uraian_tugas", "pengaturan"]),
        header in proptest::collection::vec(prop::sample::select(vec![
            "nip", "nama", "kode_unit", "kode_jabatan", "lat", "lon", "kunci", "nilai", "tanggal_lahir",
            "tmt_jabatan", "golongan", "pendidikan", "beban_kerja_jam", "kebutuhan", "volume_per_tahun",
            "norma_waktu_menit", "uraian_tugas", "nama_unit", "nama_jabatan", "kelas", "bup", "status_asn",
            "pilihan_1", "terpencil", "jenis", "NIK", "x",
        ]), 1..10),
        cells in proptest::collection::vec(proptest::collection::vec("[0-9a-zA-Z ,.;/\\-\"\n]{0,12}", 0..10), 0..8),
        delimiter in prop::sample::select(vec![",", ";", "\t"]),
    ) {
        let mut text = header.join(delimiter);
        for row in &cells {
            text.push('\n');
            text.push_str(&row.join(delimiter));
        }
        let _ = read_data(&[InputFile::new(format!("{table}.csv"), text)], &HeaderMapping::new());
    }

    #[test]
    fn a_damaged_workbook_never_panics(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = example_xlsx();
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let keep = bytes.len() / 2 + cut.index(bytes.len() / 2);
        bytes.truncate(keep);
        let _ = read_data(&[InputFile::new("data.xlsx", bytes)], &HeaderMapping::new());
    }

    #[test]
    fn quoted_csv_fields_come_back_exactly_and_one_record_per_row(
        rows in proptest::collection::vec(proptest::collection::vec("[a-z ,;\"\n]{0,8}", 1..5), 1..6),
    ) {
        let width = rows[0].len();
        let rows: Vec<Vec<String>> = rows.into_iter().map(|mut r| { r.resize(width, "x".to_string()); r }).collect();
        let quote = |f: &String| format!("\"{}\"", f.replace('"', "\"\""));
        let text: String = rows.iter().map(|r| r.iter().map(quote).collect::<Vec<_>>().join(",") + "\r\n").collect();
        let (records, unclosed) = parse(&text, ',');
        prop_assert_eq!(unclosed, None);
        let numbers: Vec<u32> = records.iter().map(|(n, _)| *n).collect();
        let want: Vec<u32> = (1..=rows.len() as u32).collect();
        prop_assert_eq!(numbers, want);
        let fields: Vec<Vec<String>> = records.into_iter().map(|(_, f)| f).collect();
        prop_assert_eq!(fields, rows);
    }

    #[test]
    fn indonesian_formatted_numbers_read_back_to_their_value(
        whole in 0u64..10_000_000_000,
        cents in 0u64..100,
    ) {
        let value = whole as f64 + cents as f64 / 100.0;
        let id = seimbang::i18n::format_number(seimbang::i18n::Lang::Id, value, 2);
        let en = seimbang::i18n::format_number(seimbang::i18n::Lang::En, value, 2);
        let want: f64 = format!("{whole}.{cents:02}").parse().expect("literal");
        prop_assert_eq!(parse_number_text(&id, true), Ok(want));
        prop_assert_eq!(parse_number_text(&id, false), Ok(want));
        prop_assert_eq!(parse_number_text(&en, false), Ok(want));
    }
}

#[test]
fn data_under_a_blank_header_is_reported_by_its_column_letter() {
    use seimbang::io::tables::column_letter;
    assert_eq!(
        [0, 25, 26, 27, 701, 702].map(column_letter),
        ["A", "Z", "AA", "AB", "ZZ", "AAA"].map(String::from)
    );
    let text = "kunci,nilai,\ntanggal_acuan,2025-07-01,lupa\n";
    let import = read_data(
        &[InputFile::new("pengaturan.csv", text)],
        &HeaderMapping::new(),
    );
    assert!(import.problems.iter().any(|p| p.kind
        == ProblemKind::ColumnsIgnored {
            headers: vec!["(C)".to_string()]
        }));
}
