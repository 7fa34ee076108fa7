//! Writers: CSV, ZIP, XLSX, plan, report, template and the JSON workspace.
//! Exact bytes where the layout is a contract, read-backs with calamine and
//! the zip reader where the format is binary, and property tests for the
//! neutralisation rule and the workspace round trip.

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use proptest::prelude::*;

use seimbang::io::problem::Table;
use seimbang::io::report::{CellReportRow, Report, write_report_xlsx};
use seimbang::io::template::{explained_columns, explained_settings, template_data, template_xlsx};
use seimbang::io::workspace::{
    Scenario, WORKSPACE_VERSION, Workspace, WorkspaceError, from_json, to_json,
};
use seimbang::io::write::{
    SETTING_KEYS, TABLE_ORDER, is_dangerous, neutralise, restore_neutralised, table_columns,
};
use seimbang::io::write_csv::{write_csv_tables, write_plan_csv};
use seimbang::io::write_xlsx::write_xlsx;
use seimbang::io::write_zip::write_zip;
use seimbang::model::{DataSet, Date, Decisions, MoveStatus, Nip, PlanRow, Settings};

use crate::io_write_gen::{config, data_set, plan_row};

// ---------------------------------------------------------------- helpers

fn csv_text(bytes: &[u8]) -> &str {
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .expect("every CSV starts with a UTF-8 BOM");
    std::str::from_utf8(body).unwrap()
}

fn csv_file<'a>(files: &'a [(String, Vec<u8>)], name: &str) -> &'a str {
    let (_, bytes) = files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} missing"));
    csv_text(bytes)
}

type Sheets = Vec<(String, Vec<Vec<Data>>)>;

fn read_workbook(bytes: &[u8]) -> Sheets {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let names = workbook.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = workbook.worksheet_range(&name).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

fn sheet<'a>(sheets: &'a Sheets, name: &str) -> &'a [Vec<Data>] {
    &sheets
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("sheet {name} missing"))
        .1
}

fn headers(rows: &[Vec<Data>]) -> Vec<String> {
    rows[0].iter().map(|d| d.to_string()).collect()
}

fn column(rows: &[Vec<Data>], header: &str) -> usize {
    headers(rows)
        .iter()
        .position(|h| h == header)
        .unwrap_or_else(|| panic!("column {header} missing"))
}

/// The date of a real Excel date cell; `None` for any other cell.
fn excel_date(cell: &Data) -> Option<Date> {
    match cell {
        Data::DateTime(value) if value.is_datetime() => Date::from_excel_serial(value.as_f64()),
        _ => None,
    }
}

fn canonical_headers(table: Table) -> Vec<String> {
    table_columns(table)
        .iter()
        .map(|c| c.header.to_string())
        .collect()
}

fn plan() -> Vec<PlanRow> {
    vec![
        PlanRow {
            nip: Nip::parse("198609262015051001").unwrap(),
            name: "Budi, S.Kep.".to_string(),
            position: "JF-PRW".to_string(),
            from_unit: "PKM01".to_string(),
            to_unit: "DINKES".to_string(),
            km: Some(12.34567),
            wish: Some(1),
            reason: "=HYPERLINK(\"x\")".to_string(),
            status: MoveStatus::Usulan,
        },
        PlanRow {
            nip: Nip::parse("199203152023212004").unwrap(),
            name: "Siti Aisyah".to_string(),
            position: "JP-ADM".to_string(),
            from_unit: "DINKES".to_string(),
            to_unit: "PKM01".to_string(),
            km: Some(7.0),
            wish: None,
            reason: "seimbangkan beban".to_string(),
            status: MoveStatus::Ditolak,
        },
    ]
}

// ---------------------------------------------------------------- CSV

#[test]
fn csv_export_writes_every_table_with_canonical_headers_in_spec_order() {
    let files = write_csv_tables(&template_data());
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "unit.csv",
            "jabatan.csv",
            "kebutuhan.csv",
            "uraian_tugas.csv",
            "pegawai.csv",
            "pengaturan.csv"
        ]
    );
    for table in TABLE_ORDER {
        let text = csv_file(&files, &format!("{}.csv", table.name()));
        let header = text.split("\r\n").next().unwrap();
        assert_eq!(header, canonical_headers(table).join(","), "{table:?}");
    }
}

#[test]
fn csv_export_leaves_out_empty_tables_but_always_writes_pengaturan() {
    let files = write_csv_tables(&DataSet::default());
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].0, "pengaturan.csv");
}

#[test]
fn csv_pengaturan_spells_out_every_default_and_the_set_optional_keys() {
    let default = write_csv_tables(&DataSet::default());
    assert_eq!(
        csv_file(&default, "pengaturan.csv"),
        "kunci,nilai\r\njam_kerja_efektif,1250\r\nmasa_jabatan_min_tahun,2\r\n\
         usia_pensiun,58\r\nlindungi_pensiun_bulan,12\r\nbobot_mutasi,0.5\r\n\
         bobot_jarak_km,0.002\r\nbobot_pilihan,0.1\r\nbobot_kompetensi,0.2\r\n\
         masa_jabatan_maks_tahun,5\r\nbobot_rotasi,0\r\npppk_boleh_mutasi,1\r\n"
    );
    let data = DataSet {
        settings: Settings {
            reference_date: Date::new(2026, 1, 1),
            max_km: Some(25.5),
            max_moves: Some(40),
            pppk_may_move: false,
            min_rating: Some(seimbang::model::Rating::ButuhPerbaikan),
            moratorium_start: Date::new(2026, 6, 1),
            moratorium_end: Date::new(2026, 12, 31),
            ..Settings::default()
        },
        ..DataSet::default()
    };
    let files = write_csv_tables(&data);
    let text = csv_file(&files, "pengaturan.csv");
    let keys: Vec<&str> = text
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(keys, SETTING_KEYS);
    assert!(text.contains("\r\ntanggal_acuan,2026-01-01\r\n"));
    assert!(text.contains("\r\njarak_maks_km,25.5\r\n"));
    assert!(text.contains("\r\npppk_boleh_mutasi,0\r\n"));
    assert!(text.contains("\r\npredikat_min,Butuh Perbaikan\r\n"));
    assert!(text.contains("\r\nmasa_larangan_selesai,2026-12-31\r\n"));
}

#[test]
fn csv_pegawai_rows_use_iso_dates_grouped_nips_flags_and_empty_fields() {
    let files = write_csv_tables(&template_data());
    let lines: Vec<&str> = csv_file(&files, "pegawai.csv").split("\r\n").collect();
    assert_eq!(
        lines[1],
        "19860926 201505 1 001,\"Budi Santoso, S.Kep., Ns.\",PKM01,JF-PRW,PNS,III/b,S1,\
         Keperawatan,\"keperawatan; STR\",1986-09-26,2019-03-01,Baik,-7.4012,109.1533,0,,DINKES,,"
    );
    assert_eq!(
        lines[2],
        "19920315 202321 2 004,Siti Aisyah,DINKES,JP-ADM,PPPK,V,SMA,IPS,\
         \"administrasi; kearsipan\",1992-03-15,2023-02-01,Sangat Baik,-7.4295,109.2401,1,\
         Sedang tugas belajar,,,"
    );
    assert_eq!(lines[3], "", "the file ends with CRLF");
    assert_eq!(lines.len(), 4);
}

#[test]
fn csv_numbers_use_a_dot_no_grouping_and_the_shortest_exact_digits() {
    let mut data = template_data();
    data.needs[0].workload_hours = Some(1_234_567.891_011_12);
    data.needs[1].fte = Some(0.1 + 0.2);
    data.tasks[0].volume_per_year = 1e-7;
    let files = write_csv_tables(&data);
    let text = csv_file(&files, "kebutuhan.csv");
    assert!(text.contains(",1234567.89101112,"), "{text}");
    assert!(text.contains(",0.30000000000000004,"), "{text}");
    let tasks = csv_file(&files, "uraian_tugas.csv");
    assert!(tasks.contains(",0.0000001,10\r\n"), "{tasks}");
}

#[test]
fn csv_quotes_delimiters_quotes_and_line_breaks_as_rfc_4180_asks() {
    let mut data = template_data();
    data.units[0].name = "Dinas \"Sehat\", Bagian A".to_string();
    data.units[1].name = "baris satu\nbaris dua".to_string();
    let files = write_csv_tables(&data);
    let text = csv_file(&files, "unit.csv");
    assert!(text.contains("DINKES,\"Dinas \"\"Sehat\"\", Bagian A\",,"));
    assert!(text.contains("PKM01,\"baris satu\nbaris dua\",DINKES,"));
}

#[test]
fn csv_neutralises_text_that_a_spreadsheet_would_run_as_a_formula() {
    let mut data = template_data();
    data.employees[0].name = "=HYPERLINK(\"http://x\",\"klik\")".to_string();
    data.employees[1].name = "-".to_string();
    data.employees[0].lock_reason = Some("+62 812 3456".to_string());
    data.employees[1].lock_reason = Some("@SUM(A1)".to_string());
    data.employees[0].major = Some("'=sudah".to_string());
    data.employees[1].major = Some("tab\there".to_string());
    let files = write_csv_tables(&data);
    let text = csv_file(&files, "pegawai.csv");
    assert!(text.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\","));
    assert!(text.contains(",'-,"));
    assert!(text.contains(",'+62 812 3456,"));
    assert!(text.contains(",'@SUM(A1),"));
    assert!(text.contains(",''=sudah,"));
    assert!(
        text.contains(",\"tab\there\","),
        "tab inside is quoted, not neutralised"
    );
    // Numbers are never neutralised: negative coordinates stay numbers.
    assert!(text.contains(",-7.4012,"));
}

#[test]
fn neutralisation_prefixes_exactly_the_dangerous_texts() {
    for (original, written) in [
        ("=1+1", "'=1+1"),
        ("+62", "'+62"),
        ("-", "'-"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("''-", "'''-"),
        ("'biasa", "'biasa"),
        ("Budi", "Budi"),
        ("a=b", "a=b"),
        ("", ""),
    ] {
        assert_eq!(neutralise(original), written, "{original:?}");
        assert_eq!(restore_neutralised(written), original, "{written:?}");
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn restoring_a_neutralised_text_gives_the_original_back(original in "['=+@ a-z\\t-]{0,6}|\\PC{0,12}") {
        let written = neutralise(&original);
        prop_assert_eq!(restore_neutralised(&written), original.as_str());
        // What is written never starts with a bare formula character.
        prop_assert!(!matches!(written.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r')));
        if !is_dangerous(&original) {
            prop_assert_eq!(written.as_ref(), original.as_str());
        }
    }
}

// ---------------------------------------------------------------- plan

#[test]
fn plan_csv_has_the_spec_columns_three_decimal_km_and_empty_missing_wishes() {
    let text = String::from_utf8(write_plan_csv(&plan())).unwrap();
    let text = text.strip_prefix('\u{feff}').unwrap();
    assert_eq!(
        text,
        "nip,nama,kode_jabatan,dari_unit,ke_unit,jarak_km,pilihan,alasan,status\r\n\
         19860926 201505 1 001,\"Budi, S.Kep.\",JF-PRW,PKM01,DINKES,12.346,1,\
         \"'=HYPERLINK(\"\"x\"\")\",usulan\r\n\
         19920315 202321 2 004,Siti Aisyah,JP-ADM,DINKES,PKM01,7.000,,seimbangkan beban,ditolak\r\n"
    );
}

#[test]
fn an_empty_plan_is_a_header_only_csv() {
    assert_eq!(
        write_plan_csv(&[]),
        b"\xEF\xBB\xBFnip,nama,kode_jabatan,dari_unit,ke_unit,jarak_km,pilihan,alasan,status\r\n"
    );
}

// ---------------------------------------------------------------- ZIP

#[test]
fn zip_export_holds_the_csv_files_sorted_with_fixed_timestamps() {
    let data = template_data();
    let bytes = write_zip(&data).unwrap();
    assert_eq!(bytes, write_zip(&data).unwrap(), "deterministic bytes");
    let csv = write_csv_tables(&data);
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut names = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let modified = entry.last_modified().unwrap();
        assert_eq!(
            (modified.year(), modified.month(), modified.day()),
            (1980, 1, 1)
        );
        let name = entry.name().unwrap().to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        let expected = &csv.iter().find(|(n, _)| *n == name).unwrap().1;
        assert_eq!(&content, expected, "{name}");
        names.push(name);
    }
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert_eq!(names.len(), 6);
}

// ---------------------------------------------------------------- XLSX

#[test]
fn xlsx_export_is_byte_for_byte_deterministic() {
    let data = template_data();
    assert_eq!(write_xlsx(&data).unwrap(), write_xlsx(&data).unwrap());
}

#[test]
fn xlsx_export_has_one_sheet_per_table_with_canonical_headers() {
    let sheets = read_workbook(&write_xlsx(&template_data()).unwrap());
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
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
    for table in TABLE_ORDER {
        assert_eq!(
            headers(sheet(&sheets, table.name())),
            canonical_headers(table)
        );
    }
}

#[test]
fn xlsx_writes_nips_and_codes_as_text_cells_even_when_they_look_like_numbers() {
    let mut data = template_data();
    data.units[0].code = "001".to_string();
    data.employees[1].unit = "001".to_string();
    data.positions[0].code = "12345".to_string();
    data.employees[0].position = "12345".to_string();
    let sheets = read_workbook(&write_xlsx(&data).unwrap());
    let pegawai = sheet(&sheets, "pegawai");
    let nip = column(pegawai, "nip");
    assert_eq!(pegawai[1][nip], Data::String("198609262015051001".into()));
    assert_eq!(pegawai[2][nip], Data::String("199203152023212004".into()));
    assert_eq!(
        pegawai[2][column(pegawai, "kode_unit")],
        Data::String("001".into())
    );
    assert_eq!(
        pegawai[1][column(pegawai, "kode_jabatan")],
        Data::String("12345".into())
    );
    let unit = sheet(&sheets, "unit");
    assert_eq!(unit[1][0], Data::String("001".into()));
}

#[test]
fn xlsx_keeps_formula_like_text_as_plain_strings_without_any_formula() {
    let mut data = template_data();
    data.employees[0].name = "=1+1".to_string();
    data.employees[1].name = "-".to_string();
    data.employees[0].lock_reason = Some("'=sudah".to_string());
    let bytes = write_xlsx(&data).unwrap();
    let sheets = read_workbook(&bytes);
    let pegawai = sheet(&sheets, "pegawai");
    let name = column(pegawai, "nama");
    assert_eq!(pegawai[1][name], Data::String("=1+1".into()));
    assert_eq!(pegawai[2][name], Data::String("-".into()));
    assert_eq!(
        pegawai[1][column(pegawai, "alasan_kunci")],
        Data::String("'=sudah".into())
    );
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let formulas = workbook.worksheet_formula("pegawai").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
}

#[test]
fn xlsx_writes_dates_as_real_dates_and_numbers_exactly() {
    let mut data = template_data();
    data.needs[1].fte = Some(0.1 + 0.2);
    // Excel has no serial for dates before 1900: those stay ISO text.
    data.employees[1].birth_date_given = Date::new(1899, 12, 31);
    let sheets = read_workbook(&write_xlsx(&data).unwrap());
    let pegawai = sheet(&sheets, "pegawai");
    assert_eq!(
        pegawai[2][column(pegawai, "tanggal_lahir")],
        Data::String("1899-12-31".into())
    );
    assert_eq!(
        excel_date(&pegawai[1][column(pegawai, "tanggal_lahir")]),
        Date::new(1986, 9, 26)
    );
    assert_eq!(
        excel_date(&pegawai[1][column(pegawai, "tmt_jabatan")]),
        Date::new(2019, 3, 1)
    );
    assert_eq!(pegawai[1][column(pegawai, "lat")], Data::Float(-7.4012));
    let kebutuhan = sheet(&sheets, "kebutuhan");
    assert_eq!(
        kebutuhan[2][column(kebutuhan, "kebutuhan")],
        Data::Float(0.1 + 0.2)
    );
    let pengaturan = sheet(&sheets, "pengaturan");
    let acuan = pengaturan
        .iter()
        .find(|r| r[0] == Data::String("tanggal_acuan".into()))
        .unwrap();
    assert_eq!(excel_date(&acuan[1]), Date::new(2026, 1, 1));
}

#[test]
fn xlsx_reports_text_too_long_for_a_cell_instead_of_failing_later() {
    let mut data = template_data();
    data.employees[1].name = "a".repeat(40_000);
    assert_eq!(
        write_xlsx(&data),
        Err(seimbang::io::write::ExportError::TextTooLong {
            sheet: "pegawai".to_string(),
            row: 3,
            column: "nama".to_string(),
        })
    );
}

// ---------------------------------------------------------------- report

fn report() -> Report {
    Report {
        plan: plan(),
        cells: vec![CellReportRow {
            unit_code: "PKM01".to_string(),
            unit_name: "Puskesmas Cilongok I".to_string(),
            position_code: "JF-PRW".to_string(),
            position_name: "Perawat Ahli Pertama".to_string(),
            need: 2.0,
            staff_before: 3,
            staff_after: 2,
            ej_before: Some(2.0 / 3.0),
            ej_after: Some(1.0),
            category_before: "lebih".to_string(),
            category_after: "ideal".to_string(),
        }],
        settings: template_data().settings,
        summary: vec![
            ("Jumlah mutasi".to_string(), "2".to_string()),
            ("Skor".to_string(), "1.25".to_string()),
        ],
    }
}

#[test]
fn report_workbook_has_plan_cells_settings_and_summary_sheets() {
    let bytes = write_report_xlsx(&report()).unwrap();
    assert_eq!(
        bytes,
        write_report_xlsx(&report()).unwrap(),
        "deterministic bytes"
    );
    let sheets = read_workbook(&bytes);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["rencana", "sel", "pengaturan", "ringkasan"]);
    let rencana = sheet(&sheets, "rencana");
    assert_eq!(
        headers(rencana).join(","),
        "nip,nama,kode_jabatan,dari_unit,ke_unit,jarak_km,pilihan,alasan,status"
    );
    assert_eq!(rencana[1][0], Data::String("198609262015051001".into()));
    assert_eq!(rencana[1][5], Data::Float(12.346));
    assert_eq!(rencana[1][7], Data::String("=HYPERLINK(\"x\")".into()));
    let sel = sheet(&sheets, "sel");
    assert_eq!(sel.len(), 2);
    assert_eq!(sel[1][column(sel, "ej_sebelum")], Data::Float(0.67));
    assert_eq!(
        sel[1][column(sel, "kategori_sesudah")],
        Data::String("ideal".into())
    );
    let ringkasan = sheet(&sheets, "ringkasan");
    assert_eq!(ringkasan[1][0], Data::String("Jumlah mutasi".into()));
    assert_eq!(ringkasan[2][1], Data::String("1.25".into()));
    assert_eq!(
        headers(sheet(&sheets, "pengaturan")),
        ["kunci".to_string(), "nilai".to_string()]
    );
}

// ---------------------------------------------------------------- template

#[test]
fn template_has_instructions_and_every_table_sheet_with_headers_and_two_examples() {
    let bytes = template_xlsx().unwrap();
    assert_eq!(bytes, template_xlsx().unwrap(), "deterministic bytes");
    let sheets = read_workbook(&bytes);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "petunjuk",
            "unit",
            "jabatan",
            "kebutuhan",
            "uraian_tugas",
            "pegawai",
            "pengaturan"
        ]
    );
    for table in TABLE_ORDER {
        let rows = sheet(&sheets, table.name());
        assert_eq!(headers(rows), canonical_headers(table), "{table:?}");
        if table != Table::Pengaturan {
            assert_eq!(rows.len(), 3, "{table:?}: header and two examples");
        }
    }
    assert_eq!(
        headers(sheet(&sheets, "petunjuk")),
        ["tabel", "kolom", "wajib", "format", "contoh", "keterangan"]
    );
}

#[test]
fn template_instructions_explain_every_column_and_every_setting() {
    let explained = explained_columns();
    for table in TABLE_ORDER {
        for column in table_columns(table) {
            assert!(
                explained.contains(&(table.name(), column.header)),
                "{}.{} is not explained",
                table.name(),
                column.header
            );
        }
    }
    assert_eq!(explained_settings(), SETTING_KEYS);
}

#[test]
fn template_examples_are_consistent_and_their_nips_carry_the_birth_dates() {
    let data = template_data();
    assert_eq!(data.employees.len(), 2);
    let unit_codes: Vec<&str> = data.units.iter().map(|u| u.code.as_str()).collect();
    let position_codes: Vec<&str> = data.positions.iter().map(|p| p.code.as_str()).collect();
    for e in &data.employees {
        assert_eq!(e.nip.birth_date(), e.birth_date_given);
        assert_eq!(Some(e.status()), e.status_given);
        assert!(unit_codes.contains(&e.unit.as_str()));
        assert!(position_codes.contains(&e.position.as_str()));
        for wish in e.wishes.iter().flatten() {
            assert!(unit_codes.contains(&wish.as_str()));
        }
    }
    for (unit, position) in data
        .needs
        .iter()
        .map(|n| (&n.unit, &n.position))
        .chain(data.tasks.iter().map(|t| (&t.unit, &t.position)))
    {
        assert!(unit_codes.contains(&unit.as_str()));
        assert!(position_codes.contains(&position.as_str()));
    }
    // The task rows describe one cell that has no kebutuhan row, so no
    // need is given twice (the reader would warn).
    let task_cell = (&data.tasks[0].unit, &data.tasks[0].position);
    assert!(
        data.tasks
            .iter()
            .all(|t| (&t.unit, &t.position) == task_cell)
    );
    assert!(
        data.needs
            .iter()
            .all(|n| (&n.unit, &n.position) != task_cell)
    );
    let task_hours: f64 = data.tasks.iter().map(|t| t.hours()).sum();
    assert_eq!(task_hours, 1060.0);
}

// ---------------------------------------------------------------- workspace

#[test]
fn a_workspace_survives_a_json_round_trip_with_its_scenarios() {
    let mut workspace = Workspace::new(template_data());
    workspace.scenarios.push(Scenario {
        name: "Putaran Januari".to_string(),
        moves: plan(),
        decisions: Some(Decisions {
            keep: vec!["198609262015051001".into()],
            budget: Some(4),
            ..Decisions::default()
        }),
    });
    workspace.decisions.locked_units = vec!["U1".into()];
    let bytes = to_json(&workspace);
    assert!(bytes.starts_with(b"{\"format\":\"seimbang-workspace\",\"version\":2,"));
    assert_eq!(from_json(&bytes), Ok(workspace.clone()));
    assert_eq!(to_json(&from_json(&bytes).unwrap()), bytes);
}

#[test]
fn writing_a_workspace_always_stamps_the_current_format_and_version() {
    let mut workspace = Workspace::new(DataSet::default());
    workspace.version = 0;
    workspace.format = "lain".to_string();
    let read = from_json(&to_json(&workspace)).unwrap();
    assert_eq!(read.version, WORKSPACE_VERSION);
    assert_eq!(read, Workspace::new(DataSet::default()));
}

#[test]
fn a_version_0_workspace_is_migrated_from_pegawai_to_employees() {
    let settings = serde_json::to_string(&Settings::default()).unwrap();
    let v0 = format!(
        r#"{{
  "format": "seimbang-workspace",
  "version": 0,
  "data": {{
    "units": [{{"code": "U1", "name": "Dinas", "parent": null, "coord": null, "remote": false}}],
    "positions": [],
    "needs": [],
    "tasks": [],
    "pegawai": [{{
      "nip": "198609262015051001", "name": "Budi", "unit": "U1", "position": "J1",
      "status_given": null, "grade": "III/b", "education": "S1", "major": null,
      "competencies": ["STR"], "birth_date_given": null, "tmt_position": "2019-03-01",
      "rating": "Baik", "domicile": null, "locked": false, "lock_reason": null,
      "wishes": [null, null, null]
    }}],
    "settings": {settings}
  }}
}}"#
    );
    let workspace = from_json(v0.as_bytes()).unwrap();
    assert_eq!(workspace.version, WORKSPACE_VERSION);
    assert!(workspace.scenarios.is_empty());
    assert_eq!(workspace.data.employees.len(), 1);
    assert_eq!(workspace.data.employees[0].name, "Budi");
    assert_eq!(
        workspace.data.employees[0].tmt_position,
        Date::new(2019, 3, 1)
    );
    assert_eq!(workspace.data.units[0].code, "U1");
}

#[test]
fn a_version_1_workspace_gets_empty_decisions_and_scenarios_without_them() {
    let mut v1: serde_json::Value =
        serde_json::from_slice(&to_json(&Workspace::new(template_data()))).unwrap();
    let object = v1.as_object_mut().unwrap();
    object.insert("version".into(), 1.into());
    object.remove("decisions");
    object.insert(
        "scenarios".into(),
        serde_json::json!([{ "name": "Lama", "moves": [] }]),
    );
    let workspace = from_json(&serde_json::to_vec(&v1).unwrap()).unwrap();
    assert_eq!(workspace.version, WORKSPACE_VERSION);
    assert_eq!(workspace.decisions, Decisions::default());
    assert_eq!(workspace.scenarios.len(), 1);
    assert_eq!(workspace.scenarios[0].name, "Lama");
    assert_eq!(workspace.scenarios[0].decisions, None);
    assert_eq!(workspace.data, template_data());
    let bad = br#"{"format": "seimbang-workspace", "version": 1, "data": {}, "scenarios": 3}"#;
    assert!(matches!(
        from_json(bad),
        Err(WorkspaceError::Invalid { .. })
    ));
}

#[test]
fn files_that_are_not_workspaces_of_this_version_get_clear_errors() {
    assert!(matches!(
        from_json(b"PK\x03\x04 not json"),
        Err(WorkspaceError::NotJson { line: 1, .. })
    ));
    assert!(matches!(
        from_json(b""),
        Err(WorkspaceError::NotJson { .. })
    ));
    assert_eq!(
        from_json(br#"{"units": []}"#),
        Err(WorkspaceError::NotAWorkspace)
    );
    assert_eq!(from_json(b"[1, 2]"), Err(WorkspaceError::NotAWorkspace));
    assert_eq!(
        from_json(br#"{"format": "seimbang-workspace", "version": "1"}"#),
        Err(WorkspaceError::BadVersion)
    );
    assert_eq!(
        from_json(br#"{"format": "seimbang-workspace", "version": -1}"#),
        Err(WorkspaceError::BadVersion)
    );
    assert_eq!(
        from_json(br#"{"format": "seimbang-workspace", "version": 7, "future": true}"#),
        Err(WorkspaceError::NewerVersion {
            found: 7,
            supported: WORKSPACE_VERSION
        })
    );
    assert!(matches!(
        from_json(br#"{"format": "seimbang-workspace", "version": 1, "data": {}}"#),
        Err(WorkspaceError::Invalid { .. })
    ));
    assert!(matches!(
        from_json(br#"{"format": "seimbang-workspace", "version": 0, "data": 5}"#),
        Err(WorkspaceError::Invalid { .. })
    ));
    // A bad NIP inside an otherwise valid document names the problem.
    let mut bytes = to_json(&Workspace::new(template_data()));
    let text = String::from_utf8(bytes.clone()).unwrap();
    bytes = text.replace("198609262015051001", "1.98E+17").into_bytes();
    let Err(WorkspaceError::Invalid { message }) = from_json(&bytes) else {
        panic!("expected Invalid");
    };
    assert!(message.contains("NIP"), "{message}");
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn any_valid_data_set_survives_a_workspace_round_trip_exactly(
        data in data_set(),
        moves in prop::collection::vec(plan_row(), 0..3),
    ) {
        let mut workspace = Workspace::new(data);
        workspace.scenarios.push(Scenario { name: "A".to_string(), moves, decisions: None });
        let bytes = to_json(&workspace);
        prop_assert_eq!(from_json(&bytes), Ok(workspace));
    }
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn every_writer_gives_identical_bytes_when_run_twice(data in data_set()) {
        prop_assert_eq!(write_csv_tables(&data), write_csv_tables(&data));
        prop_assert_eq!(write_zip(&data), write_zip(&data));
        prop_assert_eq!(write_xlsx(&data), write_xlsx(&data));
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn opening_arbitrary_bytes_as_a_workspace_never_panics(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..256),
            "\\{\"format\":\"seimbang-workspace\",\"version\":[0-2],\"data\":\\PC{0,40}"
                .prop_map(String::into_bytes),
        ]
    ) {
        let _ = from_json(&bytes);
    }
}

// ---------------------------------------------------------------- tidy

#[test]
fn the_writers_never_read_the_clock() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/io");
    let files = [
        "write.rs",
        "write_csv.rs",
        "write_xlsx.rs",
        "write_zip.rs",
        "workspace.rs",
        "template.rs",
        "report.rs",
    ];
    let mut offences = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in ["SystemTime", "Instant", "std::time", "chrono", "js_sys"] {
                if code.contains(word) {
                    offences.push(format!("{file}:{}: {}", i + 1, line.trim()));
                }
            }
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
}

#[test]
fn the_xlsx_library_is_built_with_its_wasm_clock_and_zip_without_one() {
    // rust_xlsxwriter reads the clock in `Workbook::new`; without its `wasm`
    // feature that is `SystemTime::now()`, which panics on wasm32. The zip
    // crate's `time` feature would stamp entries with the current time.
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let line = |name: &str| {
        manifest
            .lines()
            .find(|l| l.starts_with(&format!("{name} =")))
            .unwrap_or_else(|| panic!("{name} is not a dependency"))
            .to_string()
    };
    assert!(line("rust_xlsxwriter").contains("\"wasm\""));
    assert!(!line("zip").contains("\"time\""));
    assert!(line("serde_json").contains("\"float_roundtrip\""));
}

#[test]
fn xlsx_offers_drop_down_lists_for_columns_with_fixed_values() {
    let bytes = write_xlsx(&template_data()).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut sheet_xml = |index: usize| {
        let mut xml = String::new();
        archive
            .by_name(&format!("xl/worksheets/sheet{index}.xml"))
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    };
    // Sheet 2 is jabatan, sheet 5 pegawai (spec order).
    let jabatan = sheet_xml(2);
    assert!(
        jabatan.contains("\"struktural,fungsional,pelaksana\""),
        "{jabatan}"
    );
    assert!(jabatan.contains("\"SD,SMP,SMA,D1,D2,D3,D4,S1,S2,S3\""));
    let pegawai = sheet_xml(5);
    assert!(pegawai.contains("\"PNS,CPNS,PPPK\""));
    assert!(pegawai.contains("\"Sangat Baik,Baik,Butuh Perbaikan,Kurang,Sangat Kurang\""));
    assert!(pegawai.contains("errorStyle=\"warning\""));
    assert_eq!(
        sheet_xml(1).matches("<dataValidation ").count(),
        1,
        "unit: terpencil only"
    );
}

/// The settings screen shows `settings_text` and applies each field with
/// `apply_setting`: that round trip must give back the same settings.
#[test]
fn settings_text_round_trips_through_apply_setting() {
    use seimbang::io::sheet::Cell;
    use seimbang::io::tables::apply_setting;
    use seimbang::io::write::settings_text;
    use seimbang::model::{Date, Rating, Settings};

    let mut custom = Settings {
        reference_date: Date::new(2026, 7, 1),
        effective_hours: 1300.0,
        min_tenure_years: 1.5,
        retirement_age: 60,
        retirement_protection_months: 6,
        max_km: Some(75.5),
        max_moves: Some(40),
        max_tenure_years: 4.0,
        pppk_may_move: false,
        min_rating: Some(Rating::Baik),
        moratorium_start: Date::new(2026, 9, 1),
        moratorium_end: Date::new(2026, 12, 31),
        ..Settings::default()
    };
    custom.weights.beta = 0.004;
    custom.weights.delta = 0.25;
    for original in [Settings::default(), custom] {
        let mut rebuilt = Settings::default();
        for (key, text) in settings_text(&original) {
            if text.is_empty() {
                continue;
            }
            let applied = apply_setting(&mut rebuilt, key, &Cell::Text(text.clone()), false);
            assert_eq!(applied, Some(Ok(())), "{key} = {text}");
        }
        assert_eq!(rebuilt, original);
    }
    let mut s = Settings::default();
    assert!(matches!(
        apply_setting(
            &mut s,
            "jam_kerja_efektif",
            &Cell::Text("abc".into()),
            false
        ),
        Some(Err(_))
    ));
    assert_eq!(
        apply_setting(&mut s, "bukan_kunci", &Cell::Text("1".into()), false),
        None
    );
}

/// The settings screen explains every key of data-format.md, once.
#[test]
fn the_settings_screen_has_a_field_for_every_setting_key() {
    let keys: Vec<&str> = seimbang::ui::SETTING_FIELDS.iter().map(|f| f.key).collect();
    assert_eq!(keys, SETTING_KEYS.to_vec());
    for field in seimbang::ui::SETTING_FIELDS {
        assert!(field.help.iter().all(|h| !h.is_empty()) && field.help[0] != field.help[1]);
    }
}
