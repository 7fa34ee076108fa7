//! Header matching: canonical column names per table, the spec's
//! normalisation (case, spaces, `-`, `.`), aliases for real SIASN/SIMPEG
//! exports, the user's remembered [`HeaderMapping`], and the list of
//! personal columns that are dropped at import.
//!
//! Never does: read cell values (see `values`) or touch storage; the
//! mapping is plain serde data that the UI stores.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::problem::Table;

/// Extra pegawai "columns" an export may have that are not canonical but
/// are used: academic titles appended to the name, and kedudukan hukum.
pub const GELAR_DEPAN: &str = "gelar_depan";
/// See [`GELAR_DEPAN`].
pub const GELAR_BELAKANG: &str = "gelar_belakang";
/// SIASN's legal status (aktif, CLTN, …): used only to warn.
pub const KEDUDUKAN_HUKUM: &str = "kedudukan_hukum";

/// The canonical columns of `table`, in the spec's order.
pub fn canonical_columns(table: Table) -> &'static [&'static str] {
    match table {
        Table::Unit => &["kode_unit", "nama_unit", "induk", "lat", "lon", "terpencil"],
        Table::Jabatan => &[
            "kode_jabatan",
            "nama_jabatan",
            "jenis",
            "kelas",
            "pendidikan_min",
            "kompetensi",
            "bup",
        ],
        Table::Kebutuhan => &[
            "kode_unit",
            "kode_jabatan",
            "beban_kerja_jam",
            "kebutuhan",
            "kompetensi",
        ],
        Table::UraianTugas => &[
            "kode_unit",
            "kode_jabatan",
            "uraian_tugas",
            "satuan_hasil",
            "volume_per_tahun",
            "norma_waktu_menit",
        ],
        Table::Pegawai => &[
            "nip",
            "nama",
            "kode_unit",
            "kode_jabatan",
            "status_asn",
            "golongan",
            "pendidikan",
            "jurusan",
            "kompetensi",
            "tanggal_lahir",
            "tmt_jabatan",
            "predikat_kinerja",
            "lat",
            "lon",
            "kunci",
            "alasan_kunci",
            "pilihan_1",
            "pilihan_2",
            "pilihan_3",
        ],
        Table::Pengaturan => &["kunci", "nilai"],
        Table::Rencana => &[
            "nip",
            "nama",
            "kode_jabatan",
            "dari_unit",
            "ke_unit",
            "jarak_km",
            "pilihan",
            "alasan",
            "status",
        ],
        Table::File => &[],
    }
}

/// The columns a table cannot do without.
pub fn required_columns(table: Table) -> &'static [&'static str] {
    match table {
        Table::Unit => &["kode_unit", "nama_unit"],
        Table::Jabatan => &["kode_jabatan", "nama_jabatan"],
        Table::Kebutuhan => &["kode_unit", "kode_jabatan"],
        Table::UraianTugas => &[
            "kode_unit",
            "kode_jabatan",
            "uraian_tugas",
            "volume_per_tahun",
            "norma_waktu_menit",
        ],
        Table::Pegawai => &["nip", "nama", "kode_unit", "kode_jabatan"],
        Table::Pengaturan => &["kunci", "nilai"],
        Table::Rencana => &["nip", "kode_jabatan", "dari_unit", "ke_unit"],
        Table::File => &[],
    }
}

/// Normalises a header or a table name: trimmed, lower-case; spaces, `-`
/// and `.` count as `_` (data-format.md); runs of `_` collapse and leading
/// or trailing `_` go, so `" NIP  Baru "` and `nip_baru` match.
pub fn normalize_header(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    for c in header.trim().chars().flat_map(char::to_lowercase) {
        let c = if c.is_whitespace() || c == '-' || c == '.' {
            '_'
        } else {
            c
        };
        if c == '_' && (out.is_empty() || out.ends_with('_')) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// Aliases seen in real exports (normalised header → canonical column).
/// SIASN "data PNS" exports give names where we want codes (`unor_nama`,
/// `jabatan_nama`); the names then serve as codes.
fn alias(table: Table, key: &str) -> Option<&'static str> {
    let found = match table {
        Table::Pegawai => match key {
            "nip_baru" | "nip_18" | "nipbaru" | "nip_pegawai" => "nip",
            "nama_lengkap" | "nama_pegawai" | "nama_pns" | "nama_asn" => "nama",
            "unor_nama" | "unit_kerja" | "unit_organisasi" | "nama_unor" | "unor" | "kode_unor"
            | "unit" | "nama_unit" | "unit_kerja_nama" => "kode_unit",
            "jabatan_nama" | "nama_jabatan" | "jabatan" | "kode_jab" => "kode_jabatan",
            "gol_akhir_nama" | "gol/ruang" | "gol_ruang" | "golongan_ruang" | "golongan/ruang"
            | "gol" | "pangkat_golongan" | "pangkat/golongan" | "golru" => "golongan",
            "tmt_jab" | "tmt_jabatan_terakhir" => "tmt_jabatan",
            "tingkat_pendidikan_nama"
            | "tingkat_pendidikan"
            | "pendidikan_terakhir"
            | "jenjang_pendidikan" => "pendidikan",
            "pendidikan_nama" | "jurusan_pendidikan" | "program_studi" | "prodi" => "jurusan",
            "tgl_lahir" | "tanggal_lahir_pegawai" => "tanggal_lahir",
            "status" | "status_pegawai" | "jenis_asn" => "status_asn",
            "predikat" | "kinerja" | "predikat_skp" | "nilai_kinerja" => "predikat_kinerja",
            "kompetensi_pegawai" => "kompetensi",
            "gelar_depan" => GELAR_DEPAN,
            "gelar_belakang" => GELAR_BELAKANG,
            "kedudukan_hukum_nama" | "kedudukan_hukum" | "kedudukan" => KEDUDUKAN_HUKUM,
            _ => return None,
        },
        Table::Unit => match key {
            "kode" | "unor_id" | "kode_unor" => "kode_unit",
            "nama" | "unor_nama" | "unit_kerja" | "nama_unor" => "nama_unit",
            "induk_unit" | "kode_induk" | "diatasan_id" => "induk",
            "latitude" | "lintang" => "lat",
            "longitude" | "bujur" | "lng" => "lon",
            _ => return None,
        },
        Table::Jabatan => match key {
            "kode" | "jabatan_id" => "kode_jabatan",
            "nama" | "jabatan_nama" | "jabatan" => "nama_jabatan",
            "jenis_jabatan" | "jenis_jabatan_nama" => "jenis",
            "kelas_jabatan" => "kelas",
            "batas_usia_pensiun" => "bup",
            _ => return None,
        },
        Table::Kebutuhan | Table::UraianTugas => match key {
            "unit" | "unit_kerja" => "kode_unit",
            "jabatan" => "kode_jabatan",
            "beban_kerja" => "beban_kerja_jam",
            "kebutuhan_pegawai" | "formasi" => "kebutuhan",
            "volume" => "volume_per_tahun",
            "norma_waktu" => "norma_waktu_menit",
            _ => return None,
        },
        Table::Pengaturan => match key {
            "key" | "pengaturan" => "kunci",
            "value" | "nilai_pengaturan" => "nilai",
            _ => return None,
        },
        Table::Rencana | Table::File => return None,
    };
    Some(found)
}

/// Words that mark a personal column (NIK, address, tax number, insurance,
/// phone, e-mail, bank account, religion, family): such columns are dropped
/// at import and never stored.
const SENSITIVE_WORDS: &[&str] = &[
    "nik",
    "ktp",
    "kk",
    "alamat",
    "npwp",
    "bpjs",
    "askes",
    "taspen",
    "hp",
    "handphone",
    "telepon",
    "telp",
    "telpon",
    "phone",
    "email",
    "e_mail",
    "surel",
    "rekening",
    "bank",
    "agama",
    "ibu",
    "ayah",
    "pasangan",
    "suami",
    "istri",
    "anak",
    "darah",
    "karpeg",
    "karis",
    "karsu",
    "kodepos",
    "rt",
    "rw",
    "domisili_alamat",
    "tempat_lahir",
];

/// Columns of real exports (SIASN, SIMPEG) that the model does not need and
/// that are not personal: dropped and listed, without asking for a mapping.
const NOT_NEEDED: &[&str] = &[
    "no",
    "nomor",
    "id",
    "pns_id",
    "nip_lama",
    "jenis_kelamin",
    "jk",
    "gender",
    "tmt_cpns",
    "tmt_pns",
    "tmt_golongan",
    "tmt_gol",
    "mk_tahun",
    "mk_bulan",
    "masa_kerja",
    "eselon",
    "eselon_nama",
    "jenis_jabatan_nama",
    "jenis_pegawai_nama",
    "status_cpns_pns",
    "instansi_induk_nama",
    "instansi_kerja_nama",
    "satuan_kerja_induk_nama",
    "satuan_kerja_kerja_nama",
    "satuan_kerja_nama",
    "lokasi_kerja_nama",
    "kpkn_nama",
    "unor_id",
    "jabatan_id",
    "unor_induk_nama",
    "tahun_lulus",
    "pendidikan_id",
    "gol_akhir_id",
    "gol_awal_id",
    "gol_awal_nama",
    "kelas_jabatan",
    "keterangan",
    "catatan",
];

/// True when `header` is a known export column the model does not need.
pub fn is_not_needed(header: &str) -> bool {
    NOT_NEEDED.contains(&normalize_header(header).as_str())
}

/// True when `header` names personal data that must not be stored.
pub fn is_sensitive(header: &str) -> bool {
    let key = normalize_header(header);
    if SENSITIVE_WORDS.contains(&key.as_str()) {
        return true;
    }
    key.split(['_', '/', '(', ')'])
        .any(|word| SENSITIVE_WORDS.contains(&word))
}

/// The canonical column (or the extra pegawai columns `gelar_depan`,
/// `gelar_belakang`, `kedudukan_hukum`) that `header` matches by the
/// spec's rule or a known alias; `None` when unknown.
pub fn match_column(table: Table, header: &str) -> Option<&'static str> {
    let key = normalize_header(header);
    canonical_columns(table)
        .iter()
        .copied()
        .find(|c| *c == key)
        .or_else(|| alias(table, &key))
}

/// A best guess for an unknown header, for the mapping screen: the exact
/// or alias match, else a canonical column whose name contains the header
/// or is contained in it, else one at edit distance ≤ 2.
pub fn suggest_column(table: Table, header: &str) -> Option<&'static str> {
    if let Some(found) = match_column(table, header) {
        return canonical_columns(table)
            .iter()
            .copied()
            .find(|c| *c == found);
    }
    let key = normalize_header(header);
    if key.len() < 3 || is_sensitive(header) {
        return None;
    }
    let columns = canonical_columns(table);
    columns
        .iter()
        .copied()
        .find(|c| c.contains(key.as_str()) || key.contains(*c))
        .or_else(|| {
            columns
                .iter()
                .copied()
                .map(|c| (edit_distance(c, &key), c))
                .filter(|(d, _)| *d <= 2)
                .min()
                .map(|(_, c)| c)
        })
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The table a sheet or file name stands for (`Pegawai`, `data pegawai`,
/// `uraian-tugas`), by normalised name.
pub fn table_from_name(name: &str) -> Option<Table> {
    let key = normalize_header(name);
    let table = match key.as_str() {
        "unit" | "unit_kerja" | "units" => Table::Unit,
        "jabatan" | "positions" => Table::Jabatan,
        "kebutuhan" | "abk" => Table::Kebutuhan,
        "uraian_tugas" | "tugas" => Table::UraianTugas,
        "pegawai" | "data_pegawai" | "asn" | "data_asn" | "pns" | "data_pns" => Table::Pegawai,
        "pengaturan" | "settings" => Table::Pengaturan,
        "rencana" => Table::Rencana,
        _ => return None,
    };
    Some(table)
}

/// Guesses the table from the headers of a sheet whose name matches none
/// (a SIASN export named `Sheet1`): pegawai when NIP, name, unit and
/// position columns are all found; pengaturan for `kunci`/`nilai`.
pub fn table_from_headers(headers: &[String]) -> Option<Table> {
    let has = |table: Table, column: &str| {
        headers
            .iter()
            .any(|h| match_column(table, h) == Some(column))
    };
    if required_columns(Table::Pegawai)
        .iter()
        .all(|c| has(Table::Pegawai, c))
    {
        return Some(Table::Pegawai);
    }
    for table in [
        Table::UraianTugas,
        Table::Kebutuhan,
        Table::Unit,
        Table::Jabatan,
    ] {
        let all = required_columns(table)
            .iter()
            .all(|c| headers.iter().any(|h| normalize_header(h) == *c));
        let distinctive = match table {
            Table::Kebutuhan => has(table, "beban_kerja_jam") || has(table, "kebutuhan"),
            _ => true,
        };
        if all && distinctive {
            return Some(table);
        }
    }
    None
}

/// The user's choices on the import screen: for a (table, header as found)
/// the canonical column it means, or `None` to drop it. Stored by the UI
/// and passed to every import, so a user maps an export format once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderMapping {
    /// table → normalised header → column (`None` = ignore the column).
    pub choices: BTreeMap<Table, BTreeMap<String, Option<String>>>,
}

impl HeaderMapping {
    /// No choices: only the spec's names and the built-in aliases match.
    pub fn new() -> Self {
        Self::default()
    }

    /// Remembers that `header` in `table` means `column` (`None`: ignore).
    pub fn set(&mut self, table: Table, header: &str, column: Option<&str>) {
        self.choices
            .entry(table)
            .or_default()
            .insert(normalize_header(header), column.map(str::to_string));
    }

    /// The user's choice for `header`: `Some(Some(column))`, `Some(None)`
    /// for "ignore", `None` when the user made no choice.
    pub fn get(&self, table: Table, header: &str) -> Option<Option<&str>> {
        self.choices
            .get(&table)?
            .get(&normalize_header(header))
            .map(|c| c.as_deref())
    }
}
