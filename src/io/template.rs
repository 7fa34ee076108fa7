//! The empty-data template workbook users download, fill in and load back:
//! every table sheet with its headers and two realistic example rows, and a
//! `petunjuk` (instructions) sheet in Indonesian.
//!
//! Owns the example data ([`template_data`]) and the instructions. Never
//! does: reading, validation, or anything with the browser. Entry point:
//! [`template_xlsx`].
//!
//! The example rows are a valid data set that loads without errors: codes
//! agree across sheets, the NIPs are 18 digits whose first eight are the
//! birth date (one PNS, one PPPK with `2` as digit 13), the task rows
//! describe a cell (PKM01, JP-ADM) that has no `kebutuhan` row, so its need
//! comes from them alone (6000 × 10 min + 12 × 300 min = 1060 h) and no
//! number is given twice, every unit has coordinates and every employee a
//! `tmt_jabatan`. The `pengaturan` sheet lists every setting with its
//! default (plus `tanggal_acuan`), so users see every knob.

use crate::io::write::{CellValue, ColumnKind, ExportError, Sheet, col, data_sheets};
use crate::io::write_xlsx::write_sheets_xlsx;
use crate::model::{
    AsnStatus, Coord, DataSet, Date, Education, Employee, Need, Nip, Position, PositionKind,
    Rating, Settings, Tags, Task, Unit,
};

/// The example data set of the template (two rows per table).
pub fn template_data() -> DataSet {
    let date = |y, m, d| Date::new(y, m, d);
    let coord = |lat, lon| Coord::new(lat, lon);
    let nip = |text: &str| Nip::parse(text).ok();
    let mut employees = Vec::new();
    if let Some(nip) = nip("198609262015051001") {
        employees.push(Employee {
            nip,
            name: "Budi Santoso, S.Kep., Ns.".to_string(),
            unit: "PKM01".to_string(),
            position: "JF-PRW".to_string(),
            status_given: Some(AsnStatus::Pns),
            grade: Some("III/b".to_string()),
            education: Some(Education::S1),
            major: Some("Keperawatan".to_string()),
            competencies: Tags::parse("keperawatan; STR"),
            birth_date_given: date(1986, 9, 26),
            tmt_position: date(2019, 3, 1),
            rating: Some(Rating::Baik),
            domicile: coord(-7.4012, 109.1533),
            locked: false,
            lock_reason: None,
            wishes: [Some("DINKES".to_string()), None, None],
        });
    }
    if let Some(nip) = nip("199203152023212004") {
        employees.push(Employee {
            nip,
            name: "Siti Aisyah".to_string(),
            unit: "DINKES".to_string(),
            position: "JP-ADM".to_string(),
            status_given: Some(AsnStatus::Pppk),
            grade: Some("V".to_string()),
            education: Some(Education::Sma),
            major: Some("IPS".to_string()),
            competencies: Tags::parse("administrasi; kearsipan"),
            birth_date_given: date(1992, 3, 15),
            tmt_position: date(2023, 2, 1),
            rating: Some(Rating::SangatBaik),
            domicile: coord(-7.4295, 109.2401),
            locked: true,
            lock_reason: Some("Sedang tugas belajar".to_string()),
            wishes: [None, None, None],
        });
    }
    DataSet {
        units: vec![
            Unit {
                code: "DINKES".to_string(),
                name: "Dinas Kesehatan".to_string(),
                parent: None,
                coord: coord(-7.4310, 109.2470),
                remote: false,
            },
            Unit {
                code: "PKM01".to_string(),
                name: "Puskesmas Cilongok I".to_string(),
                parent: Some("DINKES".to_string()),
                coord: coord(-7.4003, 109.1460),
                remote: false,
            },
        ],
        positions: vec![
            Position {
                code: "JF-PRW".to_string(),
                name: "Perawat Ahli Pertama".to_string(),
                kind: PositionKind::Fungsional,
                class: Some(8),
                min_education: Some(Education::S1),
                competencies: Tags::parse("keperawatan; STR"),
                retirement_age: Some(60),
            },
            Position {
                code: "JP-ADM".to_string(),
                name: "Pengadministrasi Perkantoran".to_string(),
                kind: PositionKind::Pelaksana,
                class: Some(5),
                min_education: Some(Education::Sma),
                competencies: Tags::parse("administrasi"),
                retirement_age: Some(58),
            },
        ],
        needs: vec![
            Need {
                unit: "PKM01".to_string(),
                position: "JF-PRW".to_string(),
                workload_hours: Some(2500.0),
                fte: None,
                competencies: Tags::parse("keperawatan; STR; gawat darurat"),
            },
            Need {
                unit: "DINKES".to_string(),
                position: "JP-ADM".to_string(),
                workload_hours: None,
                fte: Some(3.0),
                competencies: Tags::default(),
            },
        ],
        tasks: vec![
            Task {
                unit: "PKM01".to_string(),
                position: "JP-ADM".to_string(),
                description: "Mengagendakan surat masuk dan keluar".to_string(),
                output_unit: Some("surat".to_string()),
                volume_per_year: 6000.0,
                minutes_per_unit: 10.0,
            },
            Task {
                unit: "PKM01".to_string(),
                position: "JP-ADM".to_string(),
                description: "Menyusun laporan bulanan puskesmas".to_string(),
                output_unit: Some("laporan".to_string()),
                volume_per_year: 12.0,
                minutes_per_unit: 300.0,
            },
        ],
        employees,
        settings: Settings {
            reference_date: date(2026, 1, 1),
            ..Settings::default()
        },
    }
}

/// One line of the instructions: table, column, required or optional,
/// format, example, explanation.
type Instruction = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// The instructions, table by table, in Indonesian.
const INSTRUCTIONS: &[Instruction] = &[
    (
        "umum",
        "",
        "",
        "",
        "",
        "Isi satu baris per data di lembar unit, jabatan, kebutuhan, uraian_tugas, pegawai dan pengaturan. Baris 1 berisi nama kolom: jangan diubah. Dua baris contoh boleh ditimpa atau dihapus.",
    ),
    (
        "umum",
        "",
        "",
        "",
        "",
        "Wajib: lembar pegawai, dan lembar kebutuhan atau uraian_tugas. Lembar unit dan jabatan boleh kosong: aplikasi membuatnya dari kode yang dipakai (kode sekaligus nama).",
    ),
    (
        "umum",
        "",
        "",
        "tanggal",
        "2019-03-01",
        "Tanggal ditulis TTTT-BB-HH; DD-MM-YYYY, DD/MM/YYYY dan tanggal Excel juga terbaca.",
    ),
    (
        "umum",
        "",
        "",
        "angka",
        "1250,5",
        "Angka boleh memakai koma desimal (1250,5) atau titik desimal (1250.5); titik ribuan (1.250.000) juga terbaca.",
    ),
    (
        "unit",
        "kode_unit",
        "wajib",
        "teks, unik",
        "PKM01",
        "Kode unit kerja; dipakai untuk merujuk unit di lembar lain.",
    ),
    (
        "unit",
        "nama_unit",
        "wajib",
        "teks",
        "Puskesmas Cilongok I",
        "Nama unit kerja (OPD, bagian, UPT, puskesmas, kecamatan, …).",
    ),
    (
        "unit",
        "induk",
        "opsional",
        "kode_unit",
        "DINKES",
        "Kode unit induk.",
    ),
    (
        "unit",
        "lat",
        "opsional",
        "derajat desimal −90..90",
        "-7.4003",
        "Lintang lokasi unit; isi bersama lon. Tanpa koordinat jarak mutasi dihitung 0.",
    ),
    (
        "unit",
        "lon",
        "opsional",
        "derajat desimal −180..180",
        "109.146",
        "Bujur lokasi unit; isi bersama lat.",
    ),
    (
        "unit",
        "terpencil",
        "opsional",
        "0/1",
        "0",
        "1 = unit di daerah terpencil.",
    ),
    (
        "jabatan",
        "kode_jabatan",
        "wajib",
        "teks, unik",
        "JF-PRW",
        "Kode jabatan.",
    ),
    (
        "jabatan",
        "nama_jabatan",
        "wajib",
        "teks",
        "Perawat Ahli Pertama",
        "Nama jabatan.",
    ),
    (
        "jabatan",
        "jenis",
        "opsional",
        "struktural / fungsional / pelaksana",
        "fungsional",
        "Jenis jabatan; kosong berarti pelaksana.",
    ),
    (
        "jabatan",
        "kelas",
        "opsional",
        "bilangan bulat 1..17",
        "8",
        "Kelas jabatan.",
    ),
    (
        "jabatan",
        "pendidikan_min",
        "opsional",
        "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3",
        "S1",
        "Pendidikan minimum.",
    ),
    (
        "jabatan",
        "kompetensi",
        "opsional",
        "daftar dipisah ; atau ,",
        "keperawatan; STR",
        "Kompetensi yang dipersyaratkan jabatan.",
    ),
    (
        "jabatan",
        "bup",
        "opsional",
        "bilangan bulat (tahun)",
        "60",
        "Batas usia pensiun jabatan ini; kosong berarti usia_pensiun di pengaturan.",
    ),
    (
        "kebutuhan",
        "kode_unit",
        "wajib",
        "kode_unit",
        "PKM01",
        "Unit sel kebutuhan; harus ada di lembar unit.",
    ),
    (
        "kebutuhan",
        "kode_jabatan",
        "wajib",
        "kode_jabatan",
        "JF-PRW",
        "Jabatan sel kebutuhan; pasangan unit–jabatan tidak boleh ganda.",
    ),
    (
        "kebutuhan",
        "beban_kerja_jam",
        "salah satu wajib",
        "angka ≥ 0",
        "2500",
        "Beban kerja setahun dalam jam (hasil ABK); kebutuhan = beban_kerja_jam / jam_kerja_efektif.",
    ),
    (
        "kebutuhan",
        "kebutuhan",
        "salah satu wajib",
        "angka ≥ 0",
        "3",
        "Kebutuhan pegawai (orang); dipakai bila beban_kerja_jam kosong. Boleh kosong keduanya bila sel punya baris uraian_tugas.",
    ),
    (
        "kebutuhan",
        "kompetensi",
        "opsional",
        "daftar dipisah ; atau ,",
        "keperawatan; STR; gawat darurat",
        "Kompetensi yang diminta sel ini; kosong berarti kompetensi jabatannya.",
    ),
    (
        "uraian_tugas",
        "kode_unit",
        "wajib",
        "kode_unit",
        "PKM01",
        "Unit tempat tugas dikerjakan.",
    ),
    (
        "uraian_tugas",
        "kode_jabatan",
        "wajib",
        "kode_jabatan",
        "JP-ADM",
        "Jabatan yang mengerjakan tugas.",
    ),
    (
        "uraian_tugas",
        "uraian_tugas",
        "wajib",
        "teks",
        "Mengagendakan surat masuk dan keluar",
        "Uraian tugas.",
    ),
    (
        "uraian_tugas",
        "satuan_hasil",
        "opsional",
        "teks",
        "surat",
        "Satuan hasil kerja.",
    ),
    (
        "uraian_tugas",
        "volume_per_tahun",
        "wajib",
        "angka ≥ 0",
        "6000",
        "Jumlah hasil kerja setahun.",
    ),
    (
        "uraian_tugas",
        "norma_waktu_menit",
        "wajib",
        "angka ≥ 0",
        "10",
        "Menit per satuan hasil. Beban kerja sel = Σ volume × norma / 60 jam; bila ada, menggantikan angka di lembar kebutuhan (sel seperti ini tidak perlu baris di lembar kebutuhan).",
    ),
    (
        "pegawai",
        "nip",
        "wajib",
        "18 digit, teks",
        "198609262015051001",
        "NIP/NI PPPK, unik; spasi diabaikan. Format kolom sebagai Teks agar Excel tidak mengubahnya menjadi 1,98E+17. Digit 1–8 = tanggal lahir.",
    ),
    (
        "pegawai",
        "nama",
        "wajib",
        "teks",
        "Budi Santoso, S.Kep., Ns.",
        "Nama lengkap dengan gelar.",
    ),
    (
        "pegawai",
        "kode_unit",
        "wajib",
        "kode_unit",
        "PKM01",
        "Unit kerja saat ini.",
    ),
    (
        "pegawai",
        "kode_jabatan",
        "wajib",
        "kode_jabatan",
        "JF-PRW",
        "Jabatan saat ini.",
    ),
    (
        "pegawai",
        "status_asn",
        "opsional",
        "PNS / CPNS / PPPK",
        "PNS",
        "Kosong: dibaca dari NIP (digit ke-13 bernilai 2 hanya pada NI PPPK). CPNS diperlakukan sebagai PNS.",
    ),
    (
        "pegawai",
        "golongan",
        "opsional",
        "III/a (PNS), IX (PPPK)",
        "III/b",
        "Golongan/ruang.",
    ),
    (
        "pegawai",
        "pendidikan",
        "opsional",
        "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3",
        "S1",
        "Pendidikan terakhir.",
    ),
    (
        "pegawai",
        "jurusan",
        "opsional",
        "teks",
        "Keperawatan",
        "Jurusan pendidikan.",
    ),
    (
        "pegawai",
        "kompetensi",
        "opsional",
        "daftar dipisah ; atau ,",
        "keperawatan; STR",
        "Kompetensi yang dimiliki; kosong berarti tidak ada yang dicatat.",
    ),
    (
        "pegawai",
        "tanggal_lahir",
        "opsional",
        "tanggal",
        "1986-09-26",
        "Kosong: diambil dari NIP.",
    ),
    (
        "pegawai",
        "tmt_jabatan",
        "opsional",
        "tanggal",
        "2019-03-01",
        "Mulai menduduki jabatan saat ini; dipakai untuk masa jabatan minimum dan rotasi.",
    ),
    (
        "pegawai",
        "predikat_kinerja",
        "opsional",
        "Sangat Baik / Baik / Butuh Perbaikan / Kurang / Sangat Kurang",
        "Baik",
        "Predikat kinerja terakhir.",
    ),
    (
        "pegawai",
        "lat",
        "opsional",
        "derajat desimal",
        "-7.4012",
        "Lintang domisili; isi bersama lon.",
    ),
    (
        "pegawai",
        "lon",
        "opsional",
        "derajat desimal",
        "109.1533",
        "Bujur domisili; isi bersama lat.",
    ),
    (
        "pegawai",
        "kunci",
        "opsional",
        "0/1",
        "0",
        "1 = pegawai tidak boleh dimutasi.",
    ),
    (
        "pegawai",
        "alasan_kunci",
        "opsional",
        "teks",
        "Sedang tugas belajar",
        "Alasan penguncian.",
    ),
    (
        "pegawai",
        "pilihan_1",
        "opsional",
        "kode_unit",
        "DINKES",
        "Unit yang paling diinginkan pegawai.",
    ),
    (
        "pegawai",
        "pilihan_2",
        "opsional",
        "kode_unit",
        "",
        "Pilihan kedua.",
    ),
    (
        "pegawai",
        "pilihan_3",
        "opsional",
        "kode_unit",
        "",
        "Pilihan ketiga.",
    ),
    (
        "pengaturan",
        "kunci",
        "wajib",
        "nama pengaturan",
        "jam_kerja_efektif",
        "Lembar pengaturan berisi dua kolom, kunci dan nilai; pengaturan yang tidak ditulis memakai nilai bawaan di bawah ini.",
    ),
    (
        "pengaturan",
        "nilai",
        "wajib",
        "sesuai kunci",
        "1250",
        "Nilai pengaturan.",
    ),
];

/// The settings explained: key, format, default, meaning.
const SETTING_INSTRUCTIONS: &[(&str, &str, &str, &str)] = &[
    (
        "tanggal_acuan",
        "tanggal",
        "hari ini",
        "Tanggal acuan untuk masa jabatan dan usia pensiun; isi agar hasil dapat diulang.",
    ),
    (
        "jam_kerja_efektif",
        "angka",
        "1250",
        "Jam kerja efektif per pegawai per tahun.",
    ),
    (
        "masa_jabatan_min_tahun",
        "angka",
        "2",
        "Masa minimum dalam jabatan sekarang sebelum boleh dimutasi.",
    ),
    (
        "usia_pensiun",
        "bilangan bulat",
        "58",
        "Usia pensiun bila jabatan tidak punya bup.",
    ),
    (
        "lindungi_pensiun_bulan",
        "bilangan bulat",
        "12",
        "Tidak ada mutasi sekian bulan sebelum pensiun.",
    ),
    ("bobot_mutasi", "angka ≥ 0", "0.5", "α, biaya satu mutasi."),
    (
        "bobot_jarak_km",
        "angka ≥ 0",
        "0.002",
        "β, biaya per km jarak mutasi.",
    ),
    (
        "bobot_pilihan",
        "angka ≥ 0",
        "0.1",
        "γ, imbalan per poin pilihan pegawai.",
    ),
    (
        "bobot_kompetensi",
        "angka ≥ 0",
        "0.2",
        "ζ, biaya per kompetensi sel tujuan yang tidak dimiliki.",
    ),
    (
        "jarak_maks_km",
        "angka",
        "(tidak ada)",
        "Tidak ada mutasi lebih jauh dari ini.",
    ),
    (
        "maks_mutasi",
        "bilangan bulat",
        "(tidak ada)",
        "Paling banyak sekian mutasi.",
    ),
    (
        "masa_jabatan_maks_tahun",
        "angka",
        "5",
        "Masa dalam jabatan setelah itu rotasi jatuh tempo (PP 11/2017 Pasal 190).",
    ),
    (
        "bobot_rotasi",
        "angka ≥ 0",
        "0",
        "δ, imbalan memutasi pegawai yang rotasinya jatuh tempo.",
    ),
    (
        "pppk_boleh_mutasi",
        "0/1",
        "1",
        "0 = pegawai PPPK tidak pernah dimutasi.",
    ),
    (
        "predikat_min",
        "predikat kinerja",
        "(tidak ada)",
        "Mis. Baik: pegawai dengan predikat di bawahnya tidak dimutasi.",
    ),
    (
        "masa_larangan_mulai",
        "tanggal",
        "(tidak ada)",
        "Awal masa (mis. menjelang pilkada) ketika mutasi perlu persetujuan Mendagri; aplikasi memberi peringatan.",
    ),
    (
        "masa_larangan_selesai",
        "tanggal",
        "(tidak ada)",
        "Akhir masa tersebut.",
    ),
];

/// The `petunjuk` sheet: columns `tabel`, `kolom`, `wajib`, `format`,
/// `contoh`, `keterangan`; every column of every table, then every setting
/// with its default.
pub fn instructions_sheet() -> Sheet {
    let col = |header, width| col(header, ColumnKind::Text, width);
    let cell = |text: &str| {
        if text.is_empty() {
            CellValue::Empty
        } else {
            CellValue::Text(text.to_string())
        }
    };
    let mut rows: Vec<Vec<CellValue>> = INSTRUCTIONS
        .iter()
        .map(|(table, column, required, format, example, note)| {
            [table, column, required, format, example, note]
                .into_iter()
                .map(|text| cell(text))
                .collect()
        })
        .collect();
    rows.extend(
        SETTING_INSTRUCTIONS
            .iter()
            .map(|(key, format, default, note)| {
                vec![
                    cell("pengaturan (kunci)"),
                    cell(key),
                    cell("opsional"),
                    cell(format),
                    cell(&format!("bawaan: {default}")),
                    cell(note),
                ]
            }),
    );
    Sheet {
        name: "petunjuk".to_string(),
        columns: vec![
            col("tabel", 18.0),
            col("kolom", 24.0),
            col("wajib", 16.0),
            col("format", 34.0),
            col("contoh", 30.0),
            col("keterangan", 100.0),
        ],
        rows,
    }
}

/// The setting keys explained in `petunjuk`, for tests that every setting is
/// explained.
pub fn explained_settings() -> Vec<&'static str> {
    SETTING_INSTRUCTIONS.iter().map(|(key, ..)| *key).collect()
}

/// The `(table, column)` pairs explained in `petunjuk`, for tests that
/// every column is explained.
pub fn explained_columns() -> Vec<(&'static str, &'static str)> {
    INSTRUCTIONS
        .iter()
        .filter(|(table, ..)| *table != "umum")
        .map(|(table, column, ..)| (*table, *column))
        .collect()
}

/// The template workbook: `petunjuk` first, then `unit`, `jabatan`,
/// `kebutuhan`, `uraian_tugas`, `pegawai`, `pengaturan` with the example
/// rows of [`template_data`]. Deterministic bytes.
///
/// # Errors
/// Never in practice (the content is fixed and far below Excel's limits);
/// the `Result` only passes on the writer's signature.
pub fn template_xlsx() -> Result<Vec<u8>, ExportError> {
    let mut sheets = vec![instructions_sheet()];
    sheets.extend(data_sheets(&template_data()));
    write_sheets_xlsx(&sheets)
}
