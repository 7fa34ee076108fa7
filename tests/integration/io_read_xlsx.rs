//! Reading workbooks built in the test with rust_xlsxwriter: a SIASN
//! export on one unnamed sheet, NIPs stored as numbers, date cells.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use seimbang::io::{HeaderMapping, Import, InputFile, ProblemKind, Table, read_data};
use seimbang::model::Education;

/// One value of a test sheet.
enum V {
    S(&'static str),
    /// Owned text, for generated rows.
    T(String),
    N(f64),
    D(u16, u8, u8),
    /// A formula whose cached result is an error such as `#N/A`.
    F(&'static str, &'static str),
    Blank,
}

/// A test sheet: name, headers, rows.
type TestSheet<'a> = (&'a str, &'a [&'a str], &'a [&'a [V]]);

fn workbook(sheets: &[TestSheet<'_>]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (name, headers, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name)?;
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string(0, c as u16, *h)?;
        }
        for (r, row) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, v) in row.iter().enumerate() {
                let c = c as u16;
                match v {
                    V::S(s) => {
                        sheet.write_string(r, c, *s)?;
                    }
                    V::T(s) => {
                        sheet.write_string(r, c, s)?;
                    }
                    V::N(n) => {
                        sheet.write_number(r, c, *n)?;
                    }
                    V::D(y, m, d) => {
                        let value = ExcelDateTime::from_ymd(*y, *m, *d)?;
                        sheet.write_datetime_with_format(r, c, &value, &date)?;
                    }
                    V::F(formula, result) => {
                        sheet.write_formula(r, c, *formula)?;
                        sheet.set_formula_result(r, c, *result);
                    }
                    V::Blank => {}
                }
            }
        }
    }
    book.save_to_buffer()
}

fn read_xlsx(bytes: Vec<u8>) -> Import {
    read_data(
        &[InputFile::new("export.xlsx", bytes)],
        &HeaderMapping::new(),
    )
}

const SIASN: &[&str] = &[
    "NIP_BARU",
    "NIP_LAMA",
    "NAMA",
    "GELAR_DEPAN",
    "GELAR_BELAKANG",
    "TANGGAL_LAHIR",
    "JENIS_KELAMIN",
    "NIK",
    "ALAMAT",
    "GOL_AKHIR_NAMA",
    "JABATAN_NAMA",
    "TMT_JABATAN",
    "TINGKAT_PENDIDIKAN_NAMA",
    "UNOR_NAMA",
    "KEDUDUKAN_HUKUM_NAMA",
    "EMAIL",
];

#[test]
fn a_siasn_export_on_one_unnamed_sheet_loads_as_the_pegawai_table() -> Result<(), XlsxError> {
    let rows: &[&[V]] = &[
        &[
            V::S("198302282005061316"),
            V::S("010101010"),
            V::S("Budi"),
            V::S("Dr."),
            V::S("S.Kom."),
            V::D(1983, 2, 28),
            V::S("L"),
            V::S("3301010101010001"),
            V::S("Jl. Mawar 1"),
            V::S("III/b"),
            V::S("Pranata Komputer Ahli Pertama"),
            V::D(2016, 11, 24),
            V::S("S-1/Sarjana"),
            V::S("Dinas Komunikasi dan Informatika"),
            V::S("Aktif"),
            V::S("budi@example.go.id"),
        ],
        &[
            V::S("199001152015032001"),
            V::Blank,
            V::S("Siti Aminah"),
            V::Blank,
            V::S("A.Md.Kep."),
            V::D(1990, 1, 15),
            V::S("P"),
            V::S("3301010101010002"),
            V::S("Jl. Melati 2"),
            V::S("III/a"),
            V::S("Perawat Terampil"),
            V::D(2018, 3, 1),
            V::S("D-III"),
            V::S("Puskesmas Satu"),
            V::S("CLTN"),
            V::Blank,
        ],
    ];
    let kebutuhan: &[&[V]] = &[
        &[
            V::S("Dinas Komunikasi dan Informatika"),
            V::S("Pranata Komputer Ahli Pertama"),
            V::N(1250.0),
        ],
        &[
            V::S("Puskesmas Satu"),
            V::S("Perawat Terampil"),
            V::N(2500.0),
        ],
    ];
    let bytes = workbook(&[
        ("Sheet1", SIASN, rows),
        (
            "kebutuhan",
            &["kode_unit", "kode_jabatan", "beban_kerja_jam"],
            kebutuhan,
        ),
    ])?;
    let import = read_xlsx(bytes);
    assert!(!import.has_errors(), "{:?}", import.problems);
    let e = &import.data.employees;
    assert_eq!(e[0].name, "Dr. Budi, S.Kom.");
    assert_eq!(e[1].name, "Siti Aminah, A.Md.Kep.");
    assert_eq!(e[0].unit, "Dinas Komunikasi dan Informatika");
    assert_eq!(e[0].education, Some(Education::S1));
    assert_eq!(e[1].education, Some(Education::D3));
    assert_eq!(
        e[0].tmt_position.map(|d| d.to_string()).as_deref(),
        Some("2016-11-24")
    );
    // Units and positions were built from the names, with one warning each.
    assert_eq!(import.data.units.len(), 2);
    assert_eq!(import.data.units[0].name, import.data.units[0].code);
    let kinds: Vec<&ProblemKind> = import.problems.iter().map(|p| &p.kind).collect();
    assert!(kinds.contains(&&ProblemKind::TableBuiltFromCodes { count: 2 }));
    assert!(kinds.contains(&&ProblemKind::NotActive {
        value: "CLTN".to_string()
    }));
    assert!(kinds.contains(&&ProblemKind::SensitiveColumnsDropped {
        headers: vec!["NIK".to_string(), "ALAMAT".to_string(), "EMAIL".to_string()]
    }));
    let stored = serde_json::to_string(&import.data).expect("json");
    assert!(!stored.contains("3301010101010001") && !stored.contains("example.go.id"));
    Ok(())
}

const PEGAWAI: &[&str] = &[
    "nip",
    "nama",
    "kode_unit",
    "kode_jabatan",
    "tanggal_lahir",
    "tmt_jabatan",
];

fn pegawai_with(rows: &[&[V]]) -> Result<Import, XlsxError> {
    let kebutuhan: &[&[V]] = &[&[V::S("U1"), V::S("J1"), V::N(1250.0)]];
    let bytes = workbook(&[
        ("pegawai", PEGAWAI, rows),
        (
            "kebutuhan",
            &["kode_unit", "kode_jabatan", "beban_kerja_jam"],
            kebutuhan,
        ),
    ])?;
    Ok(read_xlsx(bytes))
}

#[test]
fn a_nip_in_a_number_cell_is_an_error_naming_its_row_even_when_it_looks_whole()
-> Result<(), XlsxError> {
    let import = pegawai_with(&[
        &[
            V::S("198302282005061316"),
            V::S("A"),
            V::S("U1"),
            V::S("J1"),
            V::Blank,
            V::D(2016, 1, 1),
        ],
        &[
            V::N(198302282005061316.0),
            V::S("B"),
            V::S("U1"),
            V::S("J1"),
            V::Blank,
            V::D(2016, 1, 1),
        ],
        &[
            V::N(1.98e17),
            V::S("C"),
            V::S("U1"),
            V::S("J1"),
            V::Blank,
            V::D(2016, 1, 1),
        ],
    ])?;
    let nip_errors: Vec<(Option<u32>, bool)> = import
        .problems
        .iter()
        .filter(|p| p.table == Table::Pegawai && p.column.as_deref() == Some("nip"))
        .map(|p| {
            (
                p.row,
                matches!(p.kind, ProblemKind::NipStoredAsNumber { .. }),
            )
        })
        .collect();
    assert_eq!(nip_errors, [(Some(3), true), (Some(4), true)]);
    Ok(())
}

#[test]
fn date_cells_number_serials_and_text_dates_all_read_as_dates() -> Result<(), XlsxError> {
    let import = pegawai_with(&[
        &[
            V::S("198302282005061316"),
            V::S("A"),
            V::S("U1"),
            V::S("J1"),
            V::D(1983, 2, 28),
            V::N(42698.0),
        ],
        &[
            V::S("199001152015032001"),
            V::S("B"),
            V::S("U1"),
            V::S("J1"),
            V::S("15/01/1990"),
            V::S("2018-03-01"),
        ],
    ])?;
    assert!(!import.has_errors(), "{:?}", import.problems);
    let e = &import.data.employees;
    assert_eq!(
        e[0].tmt_position.map(|d| d.to_string()).as_deref(),
        Some("2016-11-24")
    );
    assert_eq!(
        e[0].birth_date_given.map(|d| d.to_string()).as_deref(),
        Some("1983-02-28")
    );
    assert_eq!(
        e[1].birth_date_given.map(|d| d.to_string()).as_deref(),
        Some("1990-01-15")
    );
    Ok(())
}

#[test]
fn a_row_number_in_a_workbook_is_the_row_excel_shows() -> Result<(), XlsxError> {
    let import = pegawai_with(&[
        &[
            V::S("198302282005061316"),
            V::S("A"),
            V::S("U1"),
            V::S("J1"),
            V::Blank,
            V::D(2016, 1, 1),
        ],
        &[V::Blank, V::Blank, V::Blank, V::Blank, V::Blank, V::Blank],
        &[
            V::S("12345"),
            V::S("B"),
            V::S("U1"),
            V::S("J1"),
            V::Blank,
            V::D(2016, 1, 1),
        ],
    ])?;
    let rows: Vec<Option<u32>> = import
        .problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::NipWrongLength { .. }))
        .map(|p| p.row)
        .collect();
    assert_eq!(rows, [Some(4)]);
    Ok(())
}

#[test]
fn a_formula_error_in_a_cell_is_reported_once_at_its_cell() -> Result<(), XlsxError> {
    let import = pegawai_with(&[&[
        V::S("198302282005061316"),
        V::S("A"),
        V::F("=VLOOKUP(B2,Z:Z,1,0)", "#N/A"),
        V::S("J1"),
        V::Blank,
        V::D(2016, 1, 1),
    ]])?;
    let at_cell: Vec<&ProblemKind> = import
        .problems
        .iter()
        .filter(|p| p.row == Some(2) && p.column.as_deref() == Some("kode_unit"))
        .map(|p| &p.kind)
        .collect();
    assert_eq!(
        at_cell,
        [&ProblemKind::SpreadsheetError {
            value: "#N/A".to_string()
        }]
    );
    Ok(())
}

/// One generated employee: index, name, unit, date parts, micro-degrees, lock.
type GenRow = (String, u8, (u16, u8, u8), (i32, i32), bool);

fn pegawai_csv_and_xlsx(rows: &[GenRow]) -> Result<(Vec<InputFile>, InputFile), XlsxError> {
    let unit_rows: &[&[V]] = &[
        &[V::S("U1"), V::S("Unit Satu"), V::N(-7.41), V::N(109.95)],
        &[V::S("U2"), V::S("Unit Dua"), V::N(-7.5), V::N(110.0)],
    ];
    let kebutuhan: &[&[V]] = &[
        &[V::S("U1"), V::S("J1"), V::N(1250.5)],
        &[V::S("U2"), V::S("J1"), V::N(625.25)],
    ];
    let jabatan: &[&[V]] = &[&[V::S("J1"), V::S("Jabatan Satu")]];
    let nips: Vec<String> = (0..rows.len())
        .map(|i| format!("19830228200506{}{:03}", 1 + i % 2, i + 1))
        .collect();
    let mut csv = String::from("nip,nama,kode_unit,kode_jabatan,tmt_jabatan,lat,lon,kunci\n");
    let mut cells: Vec<Vec<V>> = Vec::new();
    for (i, (name, unit, (y, m, d), (lat, lon), locked)) in rows.iter().enumerate() {
        let unit = if *unit == 0 { "U1" } else { "U2" };
        let (lat, lon) = (f64::from(*lat) / 1e6, f64::from(*lon) / 1e6);
        csv.push_str(&format!(
            "{},{name},{unit},J1,{y:04}-{m:02}-{d:02},{lat},{lon},{}\n",
            nips[i],
            u8::from(*locked)
        ));
        cells.push(vec![
            V::T(nips[i].clone()),
            V::T(name.clone()),
            V::S(unit),
            V::S("J1"),
            V::D(*y, *m, *d),
            V::N(lat),
            V::N(lon),
            V::N(f64::from(u8::from(*locked))),
        ]);
    }
    let cell_rows: Vec<&[V]> = cells.iter().map(Vec::as_slice).collect();
    let bytes = workbook(&[
        ("unit", &["kode_unit", "nama_unit", "lat", "lon"], unit_rows),
        ("jabatan", &["kode_jabatan", "nama_jabatan"], jabatan),
        (
            "kebutuhan",
            &["kode_unit", "kode_jabatan", "beban_kerja_jam"],
            kebutuhan,
        ),
        (
            "pegawai",
            &[
                "nip",
                "nama",
                "kode_unit",
                "kode_jabatan",
                "tmt_jabatan",
                "lat",
                "lon",
                "kunci",
            ],
            &cell_rows,
        ),
    ])?;
    let csvs = vec![
        InputFile::new(
            "unit.csv",
            "kode_unit,nama_unit,lat,lon\nU1,Unit Satu,-7.41,109.95\nU2,Unit Dua,-7.5,110\n",
        ),
        InputFile::new(
            "jabatan.csv",
            "kode_jabatan,nama_jabatan\nJ1,Jabatan Satu\n",
        ),
        InputFile::new(
            "kebutuhan.csv",
            "kode_unit,kode_jabatan,beban_kerja_jam\nU1,J1,1250.5\nU2,J1,625.25\n",
        ),
        InputFile::new("pegawai.csv", csv),
    ];
    Ok((csvs, InputFile::new("data.xlsx", bytes)))
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        cases: 24,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x0c5f_a15e),
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn the_same_data_reads_identically_from_csv_text_and_typed_xlsx_cells(
        rows in proptest::collection::vec(
            (
                "[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?",
                0u8..2,
                (1990u16..2025, 1u8..13, 1u8..29),
                (-11_000_000i32..6_000_000, 95_000_000i32..141_000_000),
                proptest::bool::ANY,
            ),
            1..12,
        ),
    ) {
        let (csvs, xlsx) = pegawai_csv_and_xlsx(&rows).expect("workbook");
        let from_csv = read_data(&csvs, &HeaderMapping::new());
        let from_xlsx = read_data(&[xlsx], &HeaderMapping::new());
        proptest::prop_assert!(!from_csv.has_errors(), "{:?}", from_csv.problems);
        proptest::prop_assert_eq!(&from_csv.data, &from_xlsx.data);
        proptest::prop_assert_eq!(from_csv.problems, from_xlsx.problems);
    }
}
