//! Round trips through the readers: `import(export(x)) == x` for CSV, ZIP
//! and XLSX with arbitrary valid data sets, the same data as CSV and as
//! XLSX loads identically, plans read back, the template loads, and the
//! writers' headers are exactly the readers' canonical columns.

use proptest::prelude::*;

use std::path::PathBuf;

use seimbang::io::template::{template_data, template_xlsx};
use seimbang::io::workspace::{Workspace, from_json, to_json};
use seimbang::io::write::{TABLE_ORDER, table_columns};
use seimbang::io::write_csv::{write_csv_tables, write_plan_csv};
use seimbang::io::write_xlsx::write_xlsx;
use seimbang::io::write_zip::write_zip;
use seimbang::io::{
    HeaderMapping, Import, InputFile, ProblemKind, canonical_columns, read_data, read_plan,
};
use seimbang::model::{DataSet, PlanRow};

use crate::io_write_gen::{config, data_set, plan_row};

fn import(files: Vec<InputFile>) -> Import {
    read_data(&files, &HeaderMapping::default())
}

fn csv_files(data: &DataSet) -> Vec<InputFile> {
    write_csv_tables(data)
        .into_iter()
        .map(|(name, bytes)| InputFile::new(name, bytes))
        .collect()
}

fn errors(import: &Import) -> Vec<String> {
    import
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| format!("{p:?}"))
        .collect()
}

/// Reads `files` and checks the import has no errors and equals `data`.
fn check_round_trip(data: &DataSet, files: Vec<InputFile>) -> Result<(), TestCaseError> {
    let import = import(files);
    prop_assert!(!import.has_errors(), "errors: {:#?}", errors(&import));
    prop_assert_eq!(&import.data, data);
    Ok(())
}

#[test]
fn the_writers_headers_are_the_readers_canonical_columns() {
    for table in TABLE_ORDER {
        let written: Vec<&str> = table_columns(table).iter().map(|c| c.header).collect();
        assert_eq!(written, canonical_columns(table), "{table:?}");
    }
}

#[test]
fn the_template_data_survives_csv_zip_and_xlsx_round_trips() {
    let data = template_data();
    check_round_trip(&data, csv_files(&data)).unwrap();
    check_round_trip(
        &data,
        vec![InputFile::new("data.zip", write_zip(&data).unwrap())],
    )
    .unwrap();
    check_round_trip(
        &data,
        vec![InputFile::new("data.xlsx", write_xlsx(&data).unwrap())],
    )
    .unwrap();
}

#[test]
fn the_template_workbook_loads_without_errors_as_its_example_data() {
    let import = import(vec![InputFile::new(
        "templat.xlsx",
        template_xlsx().unwrap(),
    )]);
    assert!(!import.has_errors(), "{:#?}", errors(&import));
    assert_eq!(import.data, template_data());
    // Not even a warning, except (for now) that the instructions sheet is
    // not a data table.
    let others: Vec<_> = import
        .problems
        .iter()
        .filter(|p| !matches!(&p.kind, ProblemKind::UnrecognisedSheet { source } if source.ends_with("petunjuk")))
        .collect();
    assert!(others.is_empty(), "{others:#?}");
}

#[test]
fn a_plan_survives_a_rencana_csv_round_trip_with_km_to_three_decimals() {
    let rows = vec![PlanRow {
        nip: seimbang::model::Nip::parse("198609262015051001").unwrap(),
        name: "-".to_string(),
        position: "JF-PRW".to_string(),
        from_unit: "PKM01".to_string(),
        to_unit: "DINKES".to_string(),
        km: Some(12.34567),
        wish: Some(2),
        reason: "=mengisi kekosongan".to_string(),
        status: seimbang::model::MoveStatus::Disetujui,
    }];
    let (read, problems) = read_plan(&InputFile::new("rencana.csv", write_plan_csv(&rows)));
    assert!(problems.is_empty(), "{problems:#?}");
    let mut expected = rows;
    expected[0].km = Some(12.346);
    assert_eq!(read, expected);
}

proptest! {
    #![proptest_config(config(40))]

    #[test]
    fn any_valid_data_set_survives_a_csv_round_trip(data in data_set()) {
        check_round_trip(&data, csv_files(&data))?;
    }

    #[test]
    fn any_valid_data_set_survives_a_zip_round_trip(data in data_set()) {
        let bytes = write_zip(&data).unwrap();
        check_round_trip(&data, vec![InputFile::new("data.zip", bytes)])?;
    }

    #[test]
    fn any_valid_data_set_survives_an_xlsx_round_trip(data in data_set()) {
        let bytes = write_xlsx(&data).unwrap();
        check_round_trip(&data, vec![InputFile::new("data.xlsx", bytes)])?;
    }

    #[test]
    fn the_same_data_as_csv_and_as_xlsx_loads_identically(data in data_set()) {
        let from_csv = import(csv_files(&data));
        let from_xlsx = import(vec![InputFile::new("data.xlsx", write_xlsx(&data).unwrap())]);
        prop_assert_eq!(&from_csv.data, &from_xlsx.data);
        prop_assert_eq!(from_csv.has_errors(), from_xlsx.has_errors());
    }

    #[test]
    fn any_plan_survives_a_rencana_csv_round_trip(rows in prop::collection::vec(plan_row(), 0..5)) {
        let (read, problems) = read_plan(&InputFile::new("rencana.csv", write_plan_csv(&rows)));
        prop_assert!(problems.iter().all(|p| !p.is_error()), "{:#?}", problems);
        let expected: Vec<PlanRow> = rows
            .into_iter()
            .map(|mut r| {
                r.km = r.km.map(|km| format!("{km:.3}").parse().unwrap());
                r
            })
            .collect();
        prop_assert_eq!(read, expected);
    }
}

proptest! {
    #![proptest_config(config(32))]

    #[test]
    fn texts_in_any_script_survive_csv_and_xlsx_round_trips(
        texts in prop::collection::vec("\\PC{1,24}", 4)
    ) {
        let texts: Vec<String> = texts.iter().map(|t| t.trim().to_string()).collect();
        prop_assume!(texts.iter().all(|t| !t.is_empty()));
        let mut data = template_data();
        data.employees[0].name = texts[0].clone();
        data.employees[1].lock_reason = Some(texts[1].clone());
        data.units[0].name = texts[2].clone();
        data.tasks[0].description = texts[3].clone();
        check_round_trip(&data, csv_files(&data))?;
        check_round_trip(&data, vec![InputFile::new("data.xlsx", write_xlsx(&data).unwrap())])?;
    }
}

/// The shared example data sets (copied into `tests/fixtures/examples` when
/// present, else `shared/examples` next to the checkout).
fn example(name: &str) -> DataSet {
    let local = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/examples")
        .join(name);
    let dir = if local.is_dir() {
        local
    } else {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/examples")
            .join(name)
    };
    let files: Vec<InputFile> = [
        "unit",
        "jabatan",
        "kebutuhan",
        "uraian_tugas",
        "pegawai",
        "pengaturan",
    ]
    .iter()
    .map(|table| {
        let name = format!("{table}.csv");
        let bytes = std::fs::read(dir.join(&name)).unwrap();
        InputFile::new(name, bytes)
    })
    .collect();
    let import = import(files);
    assert!(!import.has_errors(), "{:#?}", errors(&import));
    import.data
}

#[test]
fn the_example_data_sets_survive_every_export_format_unchanged() {
    for name in ["contoh-n30", "contoh-n300"] {
        let data = example(name);
        assert!(!data.employees.is_empty(), "{name}");
        check_round_trip(&data, csv_files(&data)).unwrap();
        check_round_trip(
            &data,
            vec![InputFile::new("data.zip", write_zip(&data).unwrap())],
        )
        .unwrap();
        check_round_trip(
            &data,
            vec![InputFile::new("data.xlsx", write_xlsx(&data).unwrap())],
        )
        .unwrap();
        let workspace = Workspace::new(data);
        assert_eq!(from_json(&to_json(&workspace)), Ok(workspace), "{name}");
    }
}
