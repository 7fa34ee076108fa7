//! Sentences for import problems: what is wrong and how to fix it, in
//! Indonesian and English, one exhaustive `match` per language so a new
//! [`ProblemKind`] without a sentence is a compile error. Entry points:
//! [`message`], [`location`], [`severity_label`].
//!
//! Never does: decide severity or find problems (that is `io`).

use super::{Lang, format_number};
use crate::io::{Problem, ProblemKind, Severity, Table};

/// `1.234,5` / `1,234.5` with up to `decimals` decimals, trailing zeros cut.
fn num(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format_number(lang, value, decimals);
    let sep = lang.decimal_separator();
    if text.contains(sep) {
        text.trim_end_matches('0').trim_end_matches(sep).to_string()
    } else {
        text
    }
}

/// Bytes as megabytes, for size limits.
fn mb(lang: Lang, bytes: u64) -> String {
    num(lang, bytes as f64 / (1024.0 * 1024.0), 1)
}

/// The table's name as the user sees it.
fn table_name(lang: Lang, table: Table) -> &'static str {
    match (lang, table) {
        (Lang::Id, Table::File) => "berkas",
        (Lang::En, Table::File) => "file",
        (_, t) => t.name(),
    }
}

/// "Error" / "Peringatan".
pub fn severity_label(lang: Lang, severity: Severity) -> &'static str {
    match (lang, severity) {
        (Lang::Id, Severity::Error) => "Galat",
        (Lang::Id, Severity::Warning) => "Peringatan",
        (Lang::En, Severity::Error) => "Error",
        (Lang::En, Severity::Warning) => "Warning",
    }
}

/// Where the problem is: `tabel pegawai, baris 12, kolom nip`.
pub fn location(lang: Lang, problem: &Problem) -> String {
    let (t, r, c) = match lang {
        Lang::Id => ("tabel", "baris", "kolom"),
        Lang::En => ("table", "row", "column"),
    };
    let mut out = format!("{t} {}", table_name(lang, problem.table));
    if problem.table == Table::File {
        out = table_name(lang, Table::File).to_string();
    }
    if let Some(row) = problem.row {
        out.push_str(&format!(", {r} {row}"));
    }
    if let Some(column) = &problem.column {
        out.push_str(&format!(", {c} {column}"));
    }
    out
}

/// The sentence for `problem` in `lang`: what is wrong, then how to fix it.
pub fn message(lang: Lang, problem: &Problem) -> String {
    match lang {
        Lang::Id => indonesian(problem),
        Lang::En => english(problem),
    }
}

fn column_or<'a>(problem: &'a Problem, fallback: &'a str) -> &'a str {
    problem.column.as_deref().unwrap_or(fallback)
}

fn indonesian(problem: &Problem) -> String {
    let l = Lang::Id;
    let col = column_or(problem, "ini");
    let table = table_name(l, problem.table);
    match &problem.kind {
        ProblemKind::EmptyFile { file } => {
            format!("Berkas {file} kosong. Pilih berkas yang berisi data.")
        }
        ProblemKind::FileTooLarge { file, bytes, limit } => format!(
            "Berkas {file} terlalu besar ({} MB; batas {} MB). Pisahkan datanya atau hapus kolom yang tidak diperlukan.",
            mb(l, *bytes),
            mb(l, *limit)
        ),
        ProblemKind::NotASpreadsheet { file } => format!(
            "Berkas {file} bukan lembar kerja (CSV, XLSX atau ZIP berisi CSV). Simpan data sebagai .xlsx atau .csv lalu coba lagi."
        ),
        ProblemKind::UnsupportedSpreadsheet { file } => format!(
            "Berkas {file} berformat .xls lama, .ods, atau tabel halaman web (HTML) yang tidak dibaca aplikasi ini. Buka di Excel/LibreOffice dan simpan sebagai .xlsx."
        ),
        ProblemKind::WorkspaceFile { file } => format!(
            "Berkas {file} adalah ruang kerja (JSON), bukan data. Buka lewat menu \"Buka ruang kerja\"."
        ),
        ProblemKind::DamagedFile { file, detail } => format!(
            "Berkas {file} rusak dan tidak dapat dibuka ({detail}). Simpan ulang dari aplikasi asalnya."
        ),
        ProblemKind::UnpackedTooLarge { file, limit } => format!(
            "Isi berkas {file} setelah dibuka melebihi {} MB atau terlalu banyak berkas. Pisahkan datanya menjadi berkas yang lebih kecil.",
            mb(l, *limit)
        ),
        ProblemKind::UnrecognisedSheet { source } => format!(
            "{source} tidak dikenali sebagai tabel (unit, jabatan, kebutuhan, uraian_tugas, pegawai, pengaturan) dan dilewati. Ganti nama lembar/berkas sesuai nama tabel bila isinya diperlukan."
        ),
        ProblemKind::DuplicateTable { first, second } => format!(
            "Tabel {table} ada dua kali: {first} dan {second}. Yang kedua tidak dibaca; hapus salah satunya."
        ),
        ProblemKind::MissingTable => format!(
            "Tabel {table} tidak ditemukan. Tambahkan lembar atau berkas bernama {table}."
        ),
        ProblemKind::MissingNeedTables => "Tabel kebutuhan maupun uraian_tugas tidak ditemukan. Tambahkan salah satunya (hasil ABK).".to_string(),
        ProblemKind::TableBuiltFromCodes { count } => format!(
            "Tabel {table} tidak ada; {count} entri dibuat dari kode yang dipakai di tabel lain, dengan kode sebagai nama (tanpa koordinat). Tambahkan tabel {table} untuk nama dan data lengkap."
        ),
        ProblemKind::NoHeaderRow { source } => format!(
            "{source} kosong: tidak ada baris judul kolom. Isi baris pertama dengan nama kolom."
        ),
        ProblemKind::UnclosedQuote => "Tanda kutip (\") dibuka tetapi tidak ditutup; sisa berkas terbaca sebagai satu sel. Tutup tanda kutip tersebut.".to_string(),
        ProblemKind::MissingColumn => format!(
            "Kolom wajib {col} tidak ada di tabel {table}. Tambahkan kolom itu, atau petakan judul kolom yang sesuai di layar impor."
        ),
        ProblemKind::DuplicateColumn { header } => format!(
            "Kolom {col} muncul dua kali (juga sebagai \"{header}\"). Hapus atau ganti nama salah satunya."
        ),
        ProblemKind::ColumnsIgnored { headers } => format!(
            "Kolom berikut tidak dikenal dan diabaikan: {}. Petakan di layar impor bila salah satunya diperlukan.",
            headers.join(", ")
        ),
        ProblemKind::ColumnsNotNeeded { headers } => format!(
            "Kolom berikut tidak diperlukan perencanaan dan dibuang: {}. Tidak perlu tindakan.",
            headers.join(", ")
        ),
        ProblemKind::SensitiveColumnsDropped { headers } => format!(
            "Kolom data pribadi berikut dibuang dan tidak disimpan: {}. Tidak perlu tindakan.",
            headers.join(", ")
        ),
        ProblemKind::ExtraCells { count } => format!(
            "Baris ini punya {count} sel terisi di luar kolom berjudul; sel itu diabaikan. Periksa pemisah kolom atau tambahkan judulnya."
        ),
        ProblemKind::SpreadsheetError { value } => format!(
            "Sel di kolom {col} berisi galat lembar kerja ({value}). Perbaiki rumusnya atau ketik nilainya langsung."
        ),
        ProblemKind::RequiredValueMissing => format!("Kolom {col} wajib diisi tetapi kosong. Isi nilainya."),
        ProblemKind::NipStoredAsNumber { value } => format!(
            "NIP tersimpan sebagai angka ({value}); angka 18 digit tidak tersimpan tepat di lembar kerja. Format kolom NIP sebagai Teks lalu ketik ulang NIP-nya."
        ),
        ProblemKind::NipScientific { value } => format!(
            "NIP tertulis dalam notasi ilmiah ({value}) sehingga digitnya hilang. Format kolom NIP sebagai Teks lalu ketik ulang NIP-nya."
        ),
        ProblemKind::NipDigitsLost { value } => format!(
            "NIP {value} berakhiran 000: lembar kerja membulatkannya ke 15 digit. Format kolom NIP sebagai Teks lalu ketik ulang NIP-nya."
        ),
        ProblemKind::NipNotDigits { value } => format!(
            "NIP \"{value}\" berisi karakter selain angka. NIP terdiri dari 18 angka (spasi boleh)."
        ),
        ProblemKind::NipWrongLength { value, digits } => format!(
            "NIP \"{value}\" memiliki {digits} digit, seharusnya 18. Periksa apakah ada digit yang hilang atau berlebih."
        ),
        ProblemKind::NotANumber { value } => format!(
            "\"{value}\" di kolom {col} bukan angka. Tulis angka seperti 1250 atau 1.250,5."
        ),
        ProblemKind::BadDigitGrouping { value } => format!(
            "\"{value}\" di kolom {col}: pemisah ribuan harus memisahkan kelompok tiga digit. Tulis misalnya 1.250,5 atau 1250,5."
        ),
        ProblemKind::NegativeNumber { value } => format!(
            "Nilai {value} di kolom {col} negatif; hanya angka 0 atau lebih yang diperbolehkan."
        ),
        ProblemKind::NotAWholeNumber { value } => format!(
            "Nilai {value} di kolom {col} harus bilangan bulat."
        ),
        ProblemKind::OutOfRange { value, min, max } => format!(
            "Nilai {value} di kolom {col} di luar batas {} sampai {}.",
            num(l, *min, 3),
            num(l, *max, 3)
        ),
        ProblemKind::NotADate { value } => format!(
            "\"{value}\" di kolom {col} bukan tanggal. Tulis seperti 2025-07-01, 01-07-2025 atau 01/07/2025."
        ),
        ProblemKind::UnknownGrade { value } => format!(
            "Golongan \"{value}\" tidak dikenal (PNS: I/a–IV/e, PPPK: I–XVII); disimpan apa adanya. Perbaiki bila salah ketik."
        ),
        ProblemKind::GradeDoesNotMatchStatus { grade, status } => format!(
            "Golongan {grade} tidak cocok dengan status {status} (PNS memakai I/a–IV/e, PPPK memakai I–XVII). Periksa status atau golongannya."
        ),
        ProblemKind::UnknownEducation { value } => format!(
            "Pendidikan \"{value}\" tidak dikenal. Gunakan SD, SMP, SMA, D1, D2, D3, D4, S1, S2 atau S3."
        ),
        ProblemKind::UnknownRating { value } => format!(
            "Predikat kinerja \"{value}\" tidak dikenal. Gunakan Sangat Baik, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang."
        ),
        ProblemKind::UnknownPositionKind { value } => format!(
            "Jenis jabatan \"{value}\" tidak dikenal. Gunakan struktural, fungsional atau pelaksana."
        ),
        ProblemKind::NotAFlag { value } => format!(
            "\"{value}\" di kolom {col} harus 0 atau 1 (ya/tidak)."
        ),
        ProblemKind::UnknownStatus { value } => format!(
            "Status ASN \"{value}\" tidak dikenal. Gunakan PNS, CPNS atau PPPK, atau kosongkan agar dibaca dari NIP."
        ),
        ProblemKind::HalfCoordinate => format!(
            "Koordinat hanya terisi sebagian: kolom {col} kosong. Isi lat dan lon, atau kosongkan keduanya."
        ),
        ProblemKind::DuplicateCode { code, first_row } => format!(
            "Kode {code} sudah dipakai di baris {first_row}. Setiap kode harus unik; baris ini tidak dibaca."
        ),
        ProblemKind::DuplicateNip { nip, first_row } => format!(
            "NIP {nip} sudah ada di baris {first_row}. Hapus baris ganda atau perbaiki NIP-nya."
        ),
        ProblemKind::UnknownUnit { code } => format!(
            "Unit \"{code}\" tidak ada di tabel unit. Tambahkan unitnya atau perbaiki kodenya."
        ),
        ProblemKind::UnknownPosition { code } => format!(
            "Jabatan \"{code}\" tidak ada di tabel jabatan. Tambahkan jabatannya atau perbaiki kodenya."
        ),
        ProblemKind::UnknownParentUnit { code } => format!(
            "Induk \"{code}\" tidak ada di tabel unit; hubungan induk diabaikan. Perbaiki kode induknya."
        ),
        ProblemKind::DuplicateNeed { unit, position, first_row } => format!(
            "Kebutuhan untuk unit {unit} dan jabatan {position} sudah ada di baris {first_row}. Gabungkan menjadi satu baris."
        ),
        ProblemKind::NeedFromTwoSources { workload_hours, fte, fte_from_hours } => format!(
            "beban_kerja_jam ({}) setara {} pegawai, tetapi kolom kebutuhan berisi {}. beban_kerja_jam yang dipakai; kosongkan salah satunya agar tidak membingungkan.",
            num(l, *workload_hours, 2),
            num(l, *fte_from_hours, 2),
            num(l, *fte, 2)
        ),
        ProblemKind::NeedOverriddenByTasks { task_hours } => format!(
            "Sel ini punya baris uraian_tugas ({} jam); kebutuhan dihitung dari uraian tugas, bukan dari baris ini.",
            num(l, *task_hours, 2)
        ),
        ProblemKind::NeedMissing => "Baris kebutuhan tanpa beban_kerja_jam maupun kebutuhan, dan tanpa uraian_tugas. Isi salah satunya.".to_string(),
        ProblemKind::WishUnknownUnit { code } => format!(
            "Pilihan \"{code}\" bukan unit yang dikenal dan diabaikan. Perbaiki kode unitnya."
        ),
        ProblemKind::UnitWithoutCoordinates { code } => format!(
            "Unit {code} tidak punya koordinat; jarak ke unit ini dihitung 0 km. Isi lat dan lon bila jarak penting."
        ),
        ProblemKind::BirthDateContradictsNip { given, from_nip } => format!(
            "Tanggal lahir {given} berbeda dengan tanggal di NIP ({from_nip}); kolom tanggal_lahir yang dipakai. Periksa mana yang benar."
        ),
        ProblemKind::StatusContradictsNip { given, from_nip } => format!(
            "Status {given} berbeda dengan status menurut NIP ({from_nip}); kolom status_asn yang dipakai. Periksa mana yang benar."
        ),
        ProblemKind::PastRetirementAge { retirement_date, reference_date } => format!(
            "Pegawai ini mencapai batas usia pensiun pada {retirement_date}, sebelum tanggal acuan {reference_date}. Periksa tanggal lahir atau keluarkan dari data."
        ),
        ProblemKind::MissingTmtJabatan => "tmt_jabatan kosong: masa jabatan tidak dapat diperiksa. Isi tanggal mulai menjabat.".to_string(),
        ProblemKind::NotActive { value } => format!(
            "Kedudukan hukum \"{value}\": pegawai ini tampaknya tidak aktif. Keluarkan dari data bila benar."
        ),
        ProblemKind::UnknownSetting { key } => format!(
            "Pengaturan \"{key}\" tidak dikenal dan diabaikan. Periksa ejaannya."
        ),
        ProblemKind::DuplicateSetting { key, first_row } => format!(
            "Pengaturan {key} sudah diisi di baris {first_row}. Hapus salah satunya."
        ),
        ProblemKind::PeriodEndsBeforeStart => "masa_larangan_selesai lebih awal dari masa_larangan_mulai. Tukar atau perbaiki tanggalnya.".to_string(),
        ProblemKind::MoveToSameUnit => "ke_unit sama dengan dari_unit: ini bukan mutasi. Perbaiki unit tujuan atau hapus baris ini.".to_string(),
        ProblemKind::UnknownMoveStatus { value } => format!(
            "Status \"{value}\" tidak dikenal. Gunakan usulan, dinilai, disetujui atau ditolak."
        ),
        ProblemKind::NotAWishNumber { value } => format!(
            "Pilihan \"{value}\" harus 1, 2, 3 atau kosong."
        ),
    }
}

fn english(problem: &Problem) -> String {
    let l = Lang::En;
    let col = column_or(problem, "this");
    let table = table_name(l, problem.table);
    match &problem.kind {
        ProblemKind::EmptyFile { file } => format!("File {file} is empty. Choose a file with data."),
        ProblemKind::FileTooLarge { file, bytes, limit } => format!(
            "File {file} is too large ({} MB; limit {} MB). Split the data or remove columns you do not need.",
            mb(l, *bytes),
            mb(l, *limit)
        ),
        ProblemKind::NotASpreadsheet { file } => format!(
            "File {file} is not a spreadsheet (CSV, XLSX or a ZIP of CSVs). Save the data as .xlsx or .csv and try again."
        ),
        ProblemKind::UnsupportedSpreadsheet { file } => format!(
            "File {file} is an old .xls, an .ods or a web-page (HTML) table, which this app does not read. Open it in Excel/LibreOffice and save as .xlsx."
        ),
        ProblemKind::WorkspaceFile { file } => format!(
            "File {file} is a workspace (JSON), not data. Open it with \"Open workspace\"."
        ),
        ProblemKind::DamagedFile { file, detail } => format!(
            "File {file} is damaged and cannot be opened ({detail}). Save it again from the program that made it."
        ),
        ProblemKind::UnpackedTooLarge { file, limit } => format!(
            "File {file} unpacks to more than {} MB or holds too many files. Split the data into smaller files.",
            mb(l, *limit)
        ),
        ProblemKind::UnrecognisedSheet { source } => format!(
            "{source} is not recognised as a table (unit, jabatan, kebutuhan, uraian_tugas, pegawai, pengaturan) and was skipped. Rename the sheet or file after its table if it is needed."
        ),
        ProblemKind::DuplicateTable { first, second } => format!(
            "Table {table} appears twice: {first} and {second}. The second was not read; remove one."
        ),
        ProblemKind::MissingTable => format!(
            "Table {table} was not found. Add a sheet or file named {table}."
        ),
        ProblemKind::MissingNeedTables => "Neither table kebutuhan nor uraian_tugas was found. Add one of them (the ABK result).".to_string(),
        ProblemKind::TableBuiltFromCodes { count } => format!(
            "Table {table} is missing; {count} entries were built from the codes used in the other tables, the code doubling as the name (no coordinates). Add table {table} for names and full data."
        ),
        ProblemKind::NoHeaderRow { source } => format!(
            "{source} is empty: there is no header row. Put the column names in the first row."
        ),
        ProblemKind::UnclosedQuote => "A quote (\") opens but never closes; the rest of the file reads as one cell. Close the quote.".to_string(),
        ProblemKind::MissingColumn => format!(
            "Required column {col} is missing from table {table}. Add it, or map the matching header on the import screen."
        ),
        ProblemKind::DuplicateColumn { header } => format!(
            "Column {col} appears twice (also as \"{header}\"). Remove or rename one of them."
        ),
        ProblemKind::ColumnsIgnored { headers } => format!(
            "These columns are unknown and were ignored: {}. Map them on the import screen if one is needed.",
            headers.join(", ")
        ),
        ProblemKind::ColumnsNotNeeded { headers } => format!(
            "These columns are not needed for planning and were dropped: {}. Nothing to do.",
            headers.join(", ")
        ),
        ProblemKind::SensitiveColumnsDropped { headers } => format!(
            "These personal-data columns were dropped and are not stored: {}. Nothing to do.",
            headers.join(", ")
        ),
        ProblemKind::ExtraCells { count } => format!(
            "This row has {count} filled cells beyond the last header; they were ignored. Check the delimiter or add their headers."
        ),
        ProblemKind::SpreadsheetError { value } => format!(
            "The cell in column {col} holds a spreadsheet error ({value}). Fix the formula or type the value in."
        ),
        ProblemKind::RequiredValueMissing => format!("Column {col} is required but empty. Fill it in."),
        ProblemKind::NipStoredAsNumber { value } => format!(
            "The NIP is stored as a number ({value}); a spreadsheet number cannot hold 18 digits exactly. Format the NIP column as Text and type the NIP again."
        ),
        ProblemKind::NipScientific { value } => format!(
            "The NIP is in scientific notation ({value}), so digits were lost. Format the NIP column as Text and type the NIP again."
        ),
        ProblemKind::NipDigitsLost { value } => format!(
            "NIP {value} ends in 000: the spreadsheet rounded it to 15 digits. Format the NIP column as Text and type the NIP again."
        ),
        ProblemKind::NipNotDigits { value } => format!(
            "NIP \"{value}\" has characters other than digits. A NIP is 18 digits (spaces allowed)."
        ),
        ProblemKind::NipWrongLength { value, digits } => format!(
            "NIP \"{value}\" has {digits} digits instead of 18. Check for missing or extra digits."
        ),
        ProblemKind::NotANumber { value } => format!(
            "\"{value}\" in column {col} is not a number. Write numbers like 1250 or 1,250.5."
        ),
        ProblemKind::BadDigitGrouping { value } => format!(
            "\"{value}\" in column {col}: thousands separators must split groups of three digits. Write e.g. 1.250,5 or 1250.5."
        ),
        ProblemKind::NegativeNumber { value } => format!(
            "Value {value} in column {col} is negative; only 0 or more is allowed."
        ),
        ProblemKind::NotAWholeNumber { value } => format!(
            "Value {value} in column {col} must be a whole number."
        ),
        ProblemKind::OutOfRange { value, min, max } => format!(
            "Value {value} in column {col} is outside {} to {}.",
            num(l, *min, 3),
            num(l, *max, 3)
        ),
        ProblemKind::NotADate { value } => format!(
            "\"{value}\" in column {col} is not a date. Write it like 2025-07-01, 01-07-2025 or 01/07/2025."
        ),
        ProblemKind::UnknownGrade { value } => format!(
            "Golongan \"{value}\" is unknown (PNS: I/a–IV/e, PPPK: I–XVII); kept as written. Fix it if it is a typo."
        ),
        ProblemKind::GradeDoesNotMatchStatus { grade, status } => format!(
            "Golongan {grade} does not fit status {status} (PNS use I/a–IV/e, PPPK use I–XVII). Check the status or the golongan."
        ),
        ProblemKind::UnknownEducation { value } => format!(
            "Education \"{value}\" is unknown. Use SD, SMP, SMA, D1, D2, D3, D4, S1, S2 or S3."
        ),
        ProblemKind::UnknownRating { value } => format!(
            "Performance rating \"{value}\" is unknown. Use Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang."
        ),
        ProblemKind::UnknownPositionKind { value } => format!(
            "Position kind \"{value}\" is unknown. Use struktural, fungsional or pelaksana."
        ),
        ProblemKind::NotAFlag { value } => format!(
            "\"{value}\" in column {col} must be 0 or 1 (ya/tidak)."
        ),
        ProblemKind::UnknownStatus { value } => format!(
            "ASN status \"{value}\" is unknown. Use PNS, CPNS or PPPK, or leave it empty to take it from the NIP."
        ),
        ProblemKind::HalfCoordinate => format!(
            "Only half a coordinate: column {col} is empty. Fill both lat and lon, or neither."
        ),
        ProblemKind::DuplicateCode { code, first_row } => format!(
            "Code {code} is already used in row {first_row}. Codes must be unique; this row was not read."
        ),
        ProblemKind::DuplicateNip { nip, first_row } => format!(
            "NIP {nip} already appears in row {first_row}. Remove the duplicate row or fix the NIP."
        ),
        ProblemKind::UnknownUnit { code } => format!(
            "Unit \"{code}\" is not in table unit. Add the unit or fix the code."
        ),
        ProblemKind::UnknownPosition { code } => format!(
            "Position \"{code}\" is not in table jabatan. Add the position or fix the code."
        ),
        ProblemKind::UnknownParentUnit { code } => format!(
            "Parent \"{code}\" is not in table unit; the parent link is ignored. Fix the parent code."
        ),
        ProblemKind::DuplicateNeed { unit, position, first_row } => format!(
            "The need for unit {unit} and position {position} is already in row {first_row}. Merge them into one row."
        ),
        ProblemKind::NeedFromTwoSources { workload_hours, fte, fte_from_hours } => format!(
            "beban_kerja_jam ({}) equals {} employees, but column kebutuhan says {}. beban_kerja_jam is used; empty one of them to avoid confusion.",
            num(l, *workload_hours, 2),
            num(l, *fte_from_hours, 2),
            num(l, *fte, 2)
        ),
        ProblemKind::NeedOverriddenByTasks { task_hours } => format!(
            "This cell has uraian_tugas rows ({} hours); its need comes from the tasks, not from this row.",
            num(l, *task_hours, 2)
        ),
        ProblemKind::NeedMissing => "A kebutuhan row with neither beban_kerja_jam nor kebutuhan, and no uraian_tugas rows. Fill one of them.".to_string(),
        ProblemKind::WishUnknownUnit { code } => format!(
            "Wish \"{code}\" is not a known unit and was ignored. Fix the unit code."
        ),
        ProblemKind::UnitWithoutCoordinates { code } => format!(
            "Unit {code} has no coordinates; distances to it count as 0 km. Fill lat and lon if distance matters."
        ),
        ProblemKind::BirthDateContradictsNip { given, from_nip } => format!(
            "Birth date {given} differs from the date in the NIP ({from_nip}); column tanggal_lahir is used. Check which is right."
        ),
        ProblemKind::StatusContradictsNip { given, from_nip } => format!(
            "Status {given} differs from the status the NIP gives ({from_nip}); column status_asn is used. Check which is right."
        ),
        ProblemKind::PastRetirementAge { retirement_date, reference_date } => format!(
            "This employee reaches retirement age on {retirement_date}, before the reference date {reference_date}. Check the birth date or remove the employee."
        ),
        ProblemKind::MissingTmtJabatan => "tmt_jabatan is empty: tenure rules cannot be checked. Fill in the start date in the position.".to_string(),
        ProblemKind::NotActive { value } => format!(
            "Legal status \"{value}\": this employee seems not active. Remove them from the data if so."
        ),
        ProblemKind::UnknownSetting { key } => format!(
            "Setting \"{key}\" is unknown and was ignored. Check its spelling."
        ),
        ProblemKind::DuplicateSetting { key, first_row } => format!(
            "Setting {key} is already given in row {first_row}. Remove one of them."
        ),
        ProblemKind::PeriodEndsBeforeStart => "masa_larangan_selesai is before masa_larangan_mulai. Swap or fix the dates.".to_string(),
        ProblemKind::MoveToSameUnit => "ke_unit equals dari_unit: this is not a move. Fix the destination or remove the row.".to_string(),
        ProblemKind::UnknownMoveStatus { value } => format!(
            "Status \"{value}\" is unknown. Use usulan, dinilai, disetujui or ditolak."
        ),
        ProblemKind::NotAWishNumber { value } => format!(
            "Wish \"{value}\" must be 1, 2, 3 or empty."
        ),
    }
}

/// Every problem as a CSV file in `lang` (severity, table, row, column,
/// message), for the import screen's download: users fix their files with
/// this list open beside the spreadsheet.
pub fn problems_csv(lang: Lang, problems: &[Problem]) -> Vec<u8> {
    use crate::io::write::{CellValue, ColumnKind, Sheet, col};
    let headers = match lang {
        Lang::Id => ["tingkat", "tabel", "baris", "kolom", "masalah"],
        Lang::En => ["severity", "table", "row", "column", "problem"],
    };
    let sheet = Sheet {
        name: "masalah".to_string(),
        columns: headers
            .iter()
            .map(|h| col(h, ColumnKind::Text, 20.0))
            .collect(),
        rows: problems
            .iter()
            .map(|p| {
                vec![
                    CellValue::Text(severity_label(lang, p.severity).to_string()),
                    CellValue::Text(table_name(lang, p.table).to_string()),
                    p.row
                        .map_or(CellValue::Empty, |r| CellValue::Number(f64::from(r))),
                    p.column.clone().map_or(CellValue::Empty, CellValue::Text),
                    CellValue::Text(message(lang, p)),
                ]
            })
            .collect(),
    };
    crate::io::write_csv::write_csv_sheet(&sheet)
}
