//! The catalogue is complete and the two languages really differ.

use seimbang::i18n::{Lang, Text, format_number, t};

#[test]
fn every_text_has_a_non_empty_sentence_in_each_language() {
    for &text in Text::ALL {
        for lang in Lang::ALL {
            assert!(
                !t(lang, text).trim().is_empty(),
                "{text:?} is empty in {lang:?}"
            );
        }
    }
}

#[test]
fn indonesian_and_english_sentences_differ_except_the_product_name() {
    for &text in Text::ALL {
        assert_ne!(
            t(Lang::Id, text),
            t(Lang::En, text),
            "{text:?} is not translated"
        );
    }
}

#[test]
fn numbers_are_grouped_and_separated_per_language() {
    check(Lang::Id, 1234.5, 1, "1.234,5");
    check(Lang::En, 1234.5, 1, "1,234.5");
    check(Lang::Id, 1_234_567.0, 0, "1.234.567");
    check(Lang::En, -0.004, 2, "0.00");
    check(Lang::En, -12.5, 2, "-12.50");
    check(Lang::Id, 999.999, 2, "1.000,00");
    check(Lang::Id, f64::NAN, 2, "–");
}

fn check(lang: Lang, value: f64, decimals: usize, expected: &str) {
    assert_eq!(
        format_number(lang, value, decimals),
        expected,
        "{value} in {lang:?}"
    );
}

#[test]
fn language_tags_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        assert_eq!(lang.other().other(), lang);
    }
    assert_eq!(Lang::from_tag("fr"), None);
}

#[test]
fn the_problems_download_names_table_row_column_and_message_per_language() {
    use seimbang::i18n::problems::problems_csv;
    use seimbang::io::{Problem, ProblemKind, Table};
    let problems = vec![Problem::error(
        Table::Pegawai,
        Some(12),
        Some("nip"),
        ProblemKind::DuplicateNip {
            nip: "=1+1".to_string(),
            first_row: 3,
        },
    )];
    let id = String::from_utf8(problems_csv(Lang::Id, &problems)).unwrap();
    let en = String::from_utf8(problems_csv(Lang::En, &problems)).unwrap();
    assert!(
        id.starts_with("\u{feff}tingkat,tabel,baris,kolom,masalah\r\n"),
        "{id}"
    );
    assert!(id.contains("Galat,pegawai,12,nip,"), "{id}");
    assert!(
        en.starts_with("\u{feff}severity,table,row,column,problem\r\n"),
        "{en}"
    );
    assert!(en.contains("Error,pegawai,12,nip,"), "{en}");
    assert!(!id.contains(",=1+1"), "a formula must be neutralised: {id}");
    assert_ne!(id, en);
}
