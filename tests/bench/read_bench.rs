//! Benchmark (not a test): reads a synthetic 100,000-employee data set as
//! CSV and as XLSX and prints the times. The data are generated here,
//! deterministically (a seeded xorshift), so every run reads the same bytes.
//!
//! Run: `cargo run --profile bench-native --example read_bench [N]`

use std::fmt::Write as _;
use std::time::Instant;

use rust_xlsxwriter::{Workbook, XlsxError};
use seimbang::io::{HeaderMapping, InputFile, Table as IoTable, canonical_columns, read_data};

/// xorshift64*, seeded: deterministic synthetic data.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

/// One table: name, header, rows of text cells.
struct Table {
    name: &'static str,
    header: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

fn synthetic(n_employees: usize) -> Vec<Table> {
    let mut rng = Rng(0x5e1b_a4a6);
    let n_units = (n_employees / 200).max(5);
    let positions = [
        "PP", "OLO", "PLO", "PTLO", "GURU", "PRW", "BDN", "ANL", "PRK", "ARS",
    ];
    let units: Vec<Vec<String>> = (0..n_units)
        .map(|u| {
            vec![
                format!("U{u:05}"),
                format!("Unit Kerja {u}"),
                String::new(),
                format!("{:.6}", -7.0 - rng.below(1_000_000) as f64 / 1e6),
                format!("{:.6}", 109.0 + rng.below(1_000_000) as f64 / 1e6),
                "0".to_string(),
            ]
        })
        .collect();
    let jabatan: Vec<Vec<String>> = positions
        .iter()
        .map(|p| {
            vec![
                p.to_string(),
                format!("Jabatan {p}"),
                "pelaksana".into(),
                "7".into(),
                "SMA".into(),
                String::new(),
                String::new(),
            ]
        })
        .collect();
    let mut needs = Vec::new();
    for u in 0..n_units {
        for p in positions {
            needs.push(vec![
                format!("U{u:05}"),
                p.to_string(),
                format!("{}", 200 + rng.below(4000)),
                String::new(),
                String::new(),
            ]);
        }
    }
    let mut employees = Vec::with_capacity(n_employees);
    for i in 0..n_employees {
        let (y, m, d) = (1965 + rng.below(35), 1 + rng.below(12), 1 + rng.below(28));
        // Unique by construction: the sequence number and the appointment
        // year and month are taken from `i` (no collisions below 359,640).
        let nip = format!(
            "{y:04}{m:02}{d:02}{:04}{:02}1{:03}",
            1990 + (i / 999) % 30,
            1 + (i / (999 * 30)) % 12,
            1 + i % 999
        );
        employees.push(vec![
            nip,
            format!("Pegawai Nomor {i}"),
            format!("U{:05}", rng.below(n_units as u64)),
            positions[rng.below(positions.len() as u64) as usize].to_string(),
            "PNS".into(),
            "III/a".into(),
            "S1".into(),
            "Administrasi".into(),
            "arsip; keuangan".into(),
            String::new(),
            format!("{}-{:02}-01", 2010 + rng.below(14), 1 + rng.below(12)),
            "Baik".into(),
            String::new(),
            String::new(),
            "0".into(),
            String::new(),
            format!("U{:05}", rng.below(n_units as u64)),
            String::new(),
            String::new(),
        ]);
    }
    vec![
        Table {
            name: "unit",
            header: vec!["kode_unit", "nama_unit", "induk", "lat", "lon", "terpencil"],
            rows: units,
        },
        Table {
            name: "jabatan",
            header: vec![
                "kode_jabatan",
                "nama_jabatan",
                "jenis",
                "kelas",
                "pendidikan_min",
                "kompetensi",
                "bup",
            ],
            rows: jabatan,
        },
        Table {
            name: "kebutuhan",
            header: vec![
                "kode_unit",
                "kode_jabatan",
                "beban_kerja_jam",
                "kebutuhan",
                "kompetensi",
            ],
            rows: needs,
        },
        Table {
            name: "pegawai",
            header: canonical_columns(IoTable::Pegawai).to_vec(),
            rows: employees,
        },
        Table {
            name: "pengaturan",
            header: vec!["kunci", "nilai"],
            rows: vec![vec!["tanggal_acuan".into(), "2025-07-01".into()]],
        },
    ]
}

fn to_csv(table: &Table) -> InputFile {
    let mut text = table.header.join(",");
    for row in &table.rows {
        text.push('\n');
        let _ = write!(text, "{}", row.join(","));
    }
    text.push('\n');
    InputFile::new(format!("{}.csv", table.name), text)
}

fn to_xlsx(tables: &[Table]) -> Result<InputFile, XlsxError> {
    let mut book = Workbook::new();
    for table in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(table.name)?;
        for (c, h) in table.header.iter().enumerate() {
            sheet.write_string(0, c as u16, *h)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    sheet.write_string(r as u32 + 1, c as u16, cell)?;
                }
            }
        }
    }
    Ok(InputFile::new("data.xlsx", book.save_to_buffer()?))
}

fn main() -> Result<(), XlsxError> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let tables = synthetic(n);
    let csvs: Vec<InputFile> = tables.iter().map(to_csv).collect();
    let xlsx = to_xlsx(&tables)?;
    let csv_bytes: usize = csvs.iter().map(|f| f.bytes.len()).sum();
    println!(
        "{n} employees: CSV {:.1} MB, XLSX {:.1} MB",
        csv_bytes as f64 / 1e6,
        xlsx.bytes.len() as f64 / 1e6
    );
    for (label, files) in [("csv", csvs), ("xlsx", vec![xlsx])] {
        let mut best = f64::INFINITY;
        let mut last = None;
        for _ in 0..3 {
            let start = Instant::now();
            let import = read_data(&files, &HeaderMapping::new());
            best = best.min(start.elapsed().as_secs_f64());
            last = Some(import);
        }
        let import = last.expect("three runs");
        let (errors, warnings) = import.counts();
        println!(
            "{label}: best of 3 = {best:.3} s; {} employees, {errors} errors, {warnings} warnings",
            import.data.employees.len()
        );
    }
    Ok(())
}
