//! Static reference data of the fictional Kabupaten Jatiharjo: positions
//! (jabatan) with their real Indonesian names, the OPD list, staffing
//! templates per kind of unit, place-name syllables, personal names by
//! region, fields of study with their academic titles, and ABK task lists.
//!
//! Owns: constants only. Never does: randomness or any decision; the
//! generator in `synth::mod` and `synth::people` draws from these tables.

use crate::model::{Education, PositionKind};

/// A group of positions that share fields of study, titles, competencies,
/// tasks and staffing habits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// Jabatan pelaksana: office and operational staff.
    Admin,
    /// Leaders (struktural): one per unit, need of one FTE.
    Leader,
    /// Analysts, planners, auditors, HR and finance analysts.
    Analyst,
    /// Computer, archive, library and public-relations staff.
    Informatics,
    /// Teachers and school supervisors.
    Teacher,
    /// Nurses.
    Nurse,
    /// Midwives.
    Midwife,
    /// Physicians.
    Doctor,
    /// Dentists.
    Dentist,
    /// Pharmacists and pharmacy technicians.
    Pharmacy,
    /// Laboratory, nutrition, sanitation, radiography, records, physio.
    HealthTech,
    /// Engineers and vehicle inspectors.
    Engineer,
    /// Agricultural extension and veterinary staff.
    Agriculture,
    /// Municipal police and firefighters.
    Enforcement,
    /// Social workers and environmental officers.
    Social,
}

/// One position of the catalogue.
pub(crate) struct PositionSpec {
    /// `kode_jabatan`.
    pub code: &'static str,
    /// `nama_jabatan`.
    pub name: &'static str,
    /// `jenis`.
    pub kind: PositionKind,
    /// `kelas`.
    pub class: u8,
    /// `pendidikan_min`.
    pub min_education: Education,
    /// `kompetensi` (`;`-separated).
    pub competencies: &'static str,
    /// `bup`.
    pub retirement_age: Option<u32>,
    /// Family of the position.
    pub family: Family,
}

use Education::{D3, D4, S1, S2, Sma, Smp};
use Family::*;
use PositionKind::{Fungsional as F, Pelaksana as P, Struktural as St};

/// Row constructor that keeps the table below one line per position.
#[expect(
    clippy::too_many_arguments,
    reason = "one argument per column of the jabatan table"
)]
const fn pos(
    code: &'static str,
    name: &'static str,
    kind: PositionKind,
    class: u8,
    min_education: Education,
    competencies: &'static str,
    retirement_age: Option<u32>,
    family: Family,
) -> PositionSpec {
    PositionSpec {
        code,
        name,
        kind,
        class,
        min_education,
        competencies,
        retirement_age,
        family,
    }
}

/// Every position the generator may use, in the order of the `jabatan`
/// table. Codes follow the shared fixtures (`contoh-n30`, `contoh-n300`).
#[rustfmt::skip]
pub(crate) const POSITIONS: &[PositionSpec] = &[
    pos("PP", "Pengadministrasi Perkantoran", P, 5, Sma, "", None, Admin),
    pos("OLO", "Operator Layanan Operasional", P, 5, Sma, "", None, Admin),
    pos("PLO", "Pengelola Layanan Operasional", P, 6, D3, "", None, Admin),
    pos("PTLO", "Penata Layanan Operasional", P, 7, S1, "", None, Admin),
    pos("PUO", "Pengelola Umum Operasional", P, 3, Smp, "", None, Admin),
    pos("SEKDIS", "Sekretaris Dinas", St, 11, S1, "", None, Leader),
    pos("KABAG", "Kepala Bagian", St, 11, S1, "", None, Leader),
    pos("KASUBAG", "Kepala Subbagian Umum dan Kepegawaian", St, 9, S1, "", None, Leader),
    pos("CAMAT", "Camat", St, 12, S1, "", None, Leader),
    pos("SEKCAM", "Sekretaris Kecamatan", St, 11, S1, "", None, Leader),
    pos("LURAH", "Lurah", St, 9, S1, "", None, Leader),
    pos("SEKLUR", "Sekretaris Kelurahan", St, 8, D3, "", None, Leader),
    pos("KASUBAGTU", "Kepala Subbagian Tata Usaha", St, 9, S1, "", None, Leader),
    pos("PRKP", "Perawat Ahli Pertama", F, 8, S1, "STR", Some(58), Nurse),
    pos("PRKT", "Perawat Terampil", F, 6, D3, "STR", Some(58), Nurse),
    pos("BDNT", "Bidan Terampil", F, 6, D3, "STR", Some(58), Midwife),
    pos("BDNP", "Bidan Ahli Pertama", F, 8, D4, "STR", Some(58), Midwife),
    pos("DOKP", "Dokter Ahli Pertama", F, 9, S1, "STR;SIP", Some(58), Doctor),
    pos("DOKMU", "Dokter Ahli Muda", F, 10, S1, "STR;SIP", Some(58), Doctor),
    pos("DOKM", "Dokter Ahli Madya", F, 11, S1, "STR;SIP", Some(60), Doctor),
    pos("DRGP", "Dokter Gigi Ahli Pertama", F, 9, S1, "STR;SIP", Some(58), Dentist),
    pos("APTP", "Apoteker Ahli Pertama", F, 8, S1, "STR", Some(58), Pharmacy),
    pos("TTKT", "Asisten Apoteker Terampil", F, 6, D3, "STR", Some(58), Pharmacy),
    pos("PLKT", "Pranata Laboratorium Kesehatan Terampil", F, 6, D3, "", Some(58), HealthTech),
    pos("NUTT", "Nutrisionis Terampil", F, 6, D3, "", Some(58), HealthTech),
    pos("SANT", "Tenaga Sanitasi Lingkungan Terampil", F, 6, D3, "", Some(58), HealthTech),
    pos("RADT", "Radiografer Terampil", F, 6, D3, "STR", Some(58), HealthTech),
    pos("PRMT", "Perekam Medis Terampil", F, 6, D3, "", Some(58), HealthTech),
    pos("FISIOT", "Fisioterapis Terampil", F, 6, D3, "STR", Some(58), HealthTech),
    pos("EPIDT", "Epidemiolog Kesehatan Terampil", F, 6, D3, "", Some(58), HealthTech),
    pos("PKMP", "Penyuluh Kesehatan Masyarakat Ahli Pertama", F, 8, S1, "", Some(58), HealthTech),
    pos("ADMKES", "Administrator Kesehatan Ahli Pertama", F, 8, S1, "", Some(58), Analyst),
    pos("AKP", "Analis Kebijakan Ahli Pertama", F, 8, S1, "", Some(58), Analyst),
    pos("AKM", "Analis Kebijakan Ahli Muda", F, 9, S1, "", None, Analyst),
    pos("AKMD", "Analis Kebijakan Ahli Madya", F, 11, S2, "", Some(60), Analyst),
    pos("AKU", "Analis Kebijakan Ahli Utama", F, 13, S2, "", Some(65), Analyst),
    pos("PKOMP", "Pranata Komputer Ahli Pertama", F, 8, S1, "", Some(58), Informatics),
    pos("PKOMT", "Pranata Komputer Terampil", F, 6, D3, "", Some(58), Informatics),
    pos("ARST", "Arsiparis Terampil", F, 6, D3, "", Some(58), Informatics),
    pos("ARSP", "Arsiparis Ahli Pertama", F, 8, S1, "", Some(58), Informatics),
    pos("PHMT", "Pranata Hubungan Masyarakat Terampil", F, 6, D3, "", Some(58), Informatics),
    pos("PSTK", "Pustakawan Terampil", F, 6, D3, "", Some(58), Informatics),
    pos("PRCP", "Perencana Ahli Pertama", F, 8, S1, "", Some(58), Analyst),
    pos("PRCM", "Perencana Ahli Muda", F, 9, S1, "", None, Analyst),
    pos("AUDP", "Auditor Ahli Pertama", F, 8, S1, "", Some(58), Analyst),
    pos("AUDM", "Auditor Ahli Muda", F, 9, S1, "", None, Analyst),
    pos("P2UPD", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama", F, 8, S1, "", Some(58), Analyst),
    pos("ASDMP", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", F, 8, S1, "", Some(58), Analyst),
    pos("ASDMM", "Analis Sumber Daya Manusia Aparatur Ahli Muda", F, 9, S1, "", None, Analyst),
    pos("AKPD", "Analis Keuangan Pusat dan Daerah Ahli Pertama", F, 8, S1, "", Some(58), Analyst),
    pos("PPBJ", "Pengelola Pengadaan Barang/Jasa Ahli Pertama", F, 8, S1, "", Some(58), Analyst),
    pos("TKJJ", "Teknik Jalan dan Jembatan Ahli Pertama", F, 8, S1, "", Some(58), Engineer),
    pos("TPAP", "Teknik Pengairan Ahli Pertama", F, 8, S1, "", Some(58), Engineer),
    pos("PKBT", "Penguji Kendaraan Bermotor Terampil", F, 6, D3, "", Some(58), Engineer),
    pos("ADBK", "Administrator Database Kependudukan Ahli Pertama", F, 8, S1, "", Some(58), Informatics),
    pos("PPTP", "Penyuluh Pertanian Ahli Pertama", F, 8, S1, "", Some(58), Agriculture),
    pos("PPTT", "Penyuluh Pertanian Terampil", F, 6, D3, "", Some(58), Agriculture),
    pos("MVP", "Medik Veteriner Ahli Pertama", F, 8, S1, "STR", Some(58), Agriculture),
    pos("POLPP", "Polisi Pamong Praja Terampil", F, 6, Sma, "PPNS", Some(58), Enforcement),
    pos("DAMKAR", "Analis Kebakaran Terampil", F, 6, Sma, "", Some(58), Enforcement),
    pos("PSOST", "Pekerja Sosial Terampil", F, 6, D3, "", Some(58), Social),
    pos("PDLP", "Pengendali Dampak Lingkungan Ahli Pertama", F, 8, S1, "", Some(58), Social),
    pos("GURUP", "Guru Ahli Pertama", F, 8, S1, "Sertifikat Pendidik", Some(60), Teacher),
    pos("GURUM", "Guru Ahli Muda", F, 9, S1, "Sertifikat Pendidik", Some(60), Teacher),
    pos("GURUMD", "Guru Ahli Madya", F, 11, S1, "Sertifikat Pendidik", Some(60), Teacher),
    pos("PWSM", "Pengawas Sekolah Ahli Muda", F, 9, S2, "Sertifikat Pendidik", Some(60), Teacher),
];

/// The catalogue entry for a code (every code used in a template exists).
pub(crate) fn position(code: &str) -> Option<(usize, &'static PositionSpec)> {
    POSITIONS.iter().enumerate().find(|(_, p)| p.code == code)
}

/// Staffing template: (position code, expected staff before scaling).
/// Struktural positions always count one person whatever the weight.
pub(crate) type Template = &'static [(&'static str, f64)];

/// Office staff that every dinas and badan has.
pub(crate) const OFFICE: Template = &[
    ("SEKDIS", 1.0),
    ("KASUBAG", 1.0),
    ("PTLO", 3.0),
    ("PLO", 3.0),
    ("PP", 5.0),
    ("OLO", 1.0),
    ("PUO", 1.0),
    ("AKP", 1.5),
    ("AKM", 1.0),
    ("PRCP", 0.6),
    ("ARST", 0.4),
    ("PKOMT", 0.4),
    ("PPBJ", 0.3),
    ("ASDMP", 0.3),
];

/// A bagian of the Sekretariat Daerah.
pub(crate) const BAGIAN: Template = &[
    ("KABAG", 1.0),
    ("AKP", 2.0),
    ("AKM", 1.5),
    ("AKMD", 0.4),
    ("PTLO", 2.0),
    ("PLO", 2.0),
    ("PP", 3.0),
    ("OLO", 0.5),
];

/// The Sekretariat Daerah itself.
pub(crate) const SETDA: Template = &[
    ("AKMD", 1.0),
    ("AKU", 0.5),
    ("PTLO", 2.0),
    ("PLO", 2.0),
    ("PP", 4.0),
    ("PHMT", 1.0),
];

/// A kecamatan office.
pub(crate) const KECAMATAN: Template = &[
    ("CAMAT", 1.0),
    ("SEKCAM", 1.0),
    ("KASUBAG", 1.0),
    ("PTLO", 2.0),
    ("PLO", 2.0),
    ("PP", 3.0),
    ("OLO", 1.0),
    ("PUO", 1.0),
    ("POLPP", 1.0),
];

/// A kelurahan office.
pub(crate) const KELURAHAN: Template = &[
    ("LURAH", 1.0),
    ("SEKLUR", 1.0),
    ("PTLO", 1.0),
    ("PLO", 1.0),
    ("PP", 2.0),
    ("OLO", 0.5),
];

/// A puskesmas (community health centre) under Dinas Kesehatan.
pub(crate) const PUSKESMAS: Template = &[
    ("KASUBAGTU", 1.0),
    ("DOKP", 1.5),
    ("DOKMU", 0.5),
    ("DRGP", 0.6),
    ("PRKT", 5.0),
    ("PRKP", 2.0),
    ("BDNT", 5.0),
    ("BDNP", 1.0),
    ("APTP", 0.5),
    ("TTKT", 1.0),
    ("PLKT", 1.0),
    ("NUTT", 1.0),
    ("SANT", 1.0),
    ("PRMT", 1.0),
    ("EPIDT", 0.4),
    ("PKMP", 0.5),
    ("PP", 2.0),
    ("PLO", 1.0),
    ("PTLO", 0.5),
];

/// The regional hospital.
pub(crate) const RSUD: Template = &[
    ("KASUBAG", 1.0),
    ("DOKP", 15.0),
    ("DOKMU", 10.0),
    ("DOKM", 6.0),
    ("DRGP", 2.0),
    ("PRKT", 60.0),
    ("PRKP", 40.0),
    ("BDNT", 15.0),
    ("BDNP", 5.0),
    ("APTP", 5.0),
    ("TTKT", 10.0),
    ("PLKT", 10.0),
    ("RADT", 5.0),
    ("NUTT", 5.0),
    ("PRMT", 10.0),
    ("FISIOT", 3.0),
    ("PKOMT", 2.0),
    ("PP", 15.0),
    ("PLO", 10.0),
    ("PTLO", 5.0),
    ("PUO", 4.0),
];

/// A state primary school (SD Negeri) under Dinas Pendidikan.
pub(crate) const SD: Template = &[
    ("GURUP", 3.5),
    ("GURUM", 3.0),
    ("GURUMD", 0.5),
    ("PP", 0.6),
    ("PUO", 0.4),
];

/// A state junior secondary school (SMP Negeri).
pub(crate) const SMP: Template = &[
    ("GURUP", 9.0),
    ("GURUM", 9.0),
    ("GURUMD", 3.0),
    ("PP", 2.0),
    ("PLO", 1.0),
    ("PSTK", 0.5),
    ("PUO", 1.0),
];

/// One OPD of the core list: code, name, whether it sits under the
/// Sekretariat Daerah, its own template and the specialists it adds to
/// [`OFFICE`] (none for bagian and special templates).
pub(crate) struct OpdSpec {
    /// `kode_unit`.
    pub code: &'static str,
    /// `nama_unit`.
    pub name: &'static str,
    /// Parent code when it exists in the generated set.
    pub parent: Option<&'static str>,
    /// Base template.
    pub template: Template,
    /// Extra positions on top of the template.
    pub extra: Template,
}

const fn opd(
    code: &'static str,
    name: &'static str,
    parent: Option<&'static str>,
    template: Template,
    extra: Template,
) -> OpdSpec {
    OpdSpec {
        code,
        name,
        parent,
        template,
        extra,
    }
}

/// The core OPD, most important first: a small data set takes a prefix.
#[rustfmt::skip]
pub(crate) const CORE_OPD: &[OpdSpec] = &[
    opd("DINKES", "Dinas Kesehatan", None, OFFICE, &[("ADMKES", 2.0), ("EPIDT", 1.0), ("SANT", 1.0), ("PKMP", 1.0)]),
    opd("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", None, OFFICE, &[("PWSM", 3.0), ("PKOMT", 1.0)]),
    opd("SETDA-UMUM", "Bagian Umum Sekretariat Daerah", Some("SETDA"), BAGIAN, &[("ARST", 1.0), ("PKOMP", 0.5), ("PUO", 2.0)]),
    opd("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", None, OFFICE, &[("ASDMP", 4.0), ("ASDMM", 2.0)]),
    opd("SETDA", "Sekretariat Daerah", None, SETDA, &[]),
    opd("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", None, OFFICE, &[("PRCP", 4.0), ("PRCM", 3.0)]),
    opd("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", None, OFFICE, &[("AKPD", 5.0)]),
    opd("INSPEKTORAT", "Inspektorat Daerah", None, OFFICE, &[("AUDP", 4.0), ("AUDM", 2.0), ("P2UPD", 4.0)]),
    opd("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", None, OFFICE, &[("TKJJ", 4.0), ("TPAP", 2.0)]),
    opd("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", None, OFFICE, &[("ADBK", 4.0)]),
    opd("SATPOLPP", "Satuan Polisi Pamong Praja", None, OFFICE, &[("POLPP", 25.0)]),
    opd("RSUD", "Rumah Sakit Umum Daerah Jatiharjo", Some("DINKES"), RSUD, &[]),
    opd("DISHUB", "Dinas Perhubungan", None, OFFICE, &[("PKBT", 3.0)]),
    opd("DINSOS", "Dinas Sosial", None, OFFICE, &[("PSOST", 3.0)]),
    opd("SETDA-PEM", "Bagian Pemerintahan Sekretariat Daerah", Some("SETDA"), BAGIAN, &[]),
    opd("SETDA-HKM", "Bagian Hukum Sekretariat Daerah", Some("SETDA"), BAGIAN, &[]),
    opd("DLH", "Dinas Lingkungan Hidup", None, OFFICE, &[("PDLP", 3.0)]),
    opd("DISKOMINFO", "Dinas Komunikasi dan Informatika", None, OFFICE, &[("PKOMP", 4.0), ("PKOMT", 3.0), ("PHMT", 2.0)]),
    opd("DISTAN", "Dinas Pertanian dan Peternakan", None, OFFICE, &[("PPTP", 3.0), ("PPTT", 5.0), ("MVP", 1.0)]),
    opd("DAMKAR", "Dinas Pemadam Kebakaran dan Penyelamatan", None, OFFICE, &[("DAMKAR", 15.0)]),
    opd("SETDA-ORG", "Bagian Organisasi Sekretariat Daerah", Some("SETDA"), BAGIAN, &[]),
    opd("SETDA-EKO", "Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah", Some("SETDA"), BAGIAN, &[]),
    opd("SETDA-PBJ", "Bagian Pengadaan Barang dan Jasa Sekretariat Daerah", Some("SETDA"), BAGIAN, &[("PPBJ", 4.0)]),
    opd("SETDA-KESRA", "Bagian Kesejahteraan Rakyat Sekretariat Daerah", Some("SETDA"), BAGIAN, &[]),
    opd("SETDA-PROKOPIM", "Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah", Some("SETDA"), BAGIAN, &[("PHMT", 2.0)]),
    opd("SETWAN", "Sekretariat Dewan Perwakilan Rakyat Daerah", None, OFFICE, &[]),
    opd("DISPERPUS", "Dinas Perpustakaan dan Kearsipan", None, OFFICE, &[("PSTK", 4.0), ("ARST", 2.0), ("ARSP", 1.0)]),
    opd("BAPENDA", "Badan Pendapatan Daerah", None, OFFICE, &[("AKPD", 2.0)]),
    opd("BPBD", "Badan Penanggulangan Bencana Daerah", None, OFFICE, &[]),
    opd("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", None, OFFICE, &[]),
    opd("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", None, OFFICE, &[]),
    opd("DISNAKER", "Dinas Tenaga Kerja", None, OFFICE, &[]),
    opd("DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman", None, OFFICE, &[("TKJJ", 1.0)]),
    opd("DISPORAPAR", "Dinas Pemuda, Olahraga dan Pariwisata", None, OFFICE, &[]),
    opd("DKUKMP", "Dinas Koperasi, Usaha Kecil, Menengah dan Perdagangan", None, OFFICE, &[]),
    opd("DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana", None, OFFICE, &[]),
    opd("DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", None, OFFICE, &[("PSOST", 1.0)]),
    opd("DISPERIKAN", "Dinas Perikanan", None, OFFICE, &[("PPTT", 2.0)]),
    opd("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", None, OFFICE, &[]),
    opd("DISKETAPANG", "Dinas Ketahanan Pangan", None, OFFICE, &[("PPTT", 1.0)]),
    opd("LABKESDA", "UPTD Laboratorium Kesehatan Daerah", Some("DINKES"), &[("PLKT", 4.0), ("PP", 1.0), ("PLO", 1.0)], &[]),
    opd("UPT-001", "UPT Terminal Penumpang Tipe B", Some("DISHUB"), &[("PP", 2.0), ("OLO", 1.0), ("PUO", 1.0)], &[]),
];

/// First halves of Javanese place names.
pub(crate) const PLACE_HEADS: &[&str] = &[
    "Sumber", "Karang", "Kali", "Wono", "Sido", "Tegal", "Banyu", "Purwo", "Jati", "Mulyo", "Rejo",
    "Sari", "Pager", "Gunung", "Watu", "Ngadi", "Taman", "Margo", "Batu", "Teluk", "Suko", "Tirto",
    "Sendang", "Kebon", "Tanjung",
];

/// Second halves of Javanese place names.
pub(crate) const PLACE_TAILS: &[&str] = &[
    "rejo", "mulyo", "harjo", "sari", "agung", "asri", "makmur", "jaya", "wangi", "kerto", "luhur",
    "tengah", "kidul", "lor", "wetan", "kulon", "indah", "utama", "mekar", "tirta",
];

/// Name of the capital kecamatan (and of the kabupaten).
pub(crate) const CAPITAL: &str = "Jatiharjo";

/// Regions whose naming customs the generator follows, with their share.
pub(crate) const REGION_WEIGHTS: &[f64] = &[0.45, 0.15, 0.09, 0.07, 0.07, 0.06, 0.11];

/// Personal-name lists of one region.
pub(crate) struct NameRegion {
    /// Given names for men.
    pub male: &'static [&'static str],
    /// Given names for women.
    pub female: &'static [&'static str],
    /// Second names or family names for men.
    pub male_last: &'static [&'static str],
    /// Second names or family names for women.
    pub female_last: &'static [&'static str],
    /// Probability of a second name (1.0 for Batak marga).
    pub last_share: f64,
}

/// Javanese, Sundanese, Batak, Minang, Bugis, Balinese, others; Balinese
/// names get their birth-order prefix in `people`.
pub(crate) const REGIONS: &[NameRegion] = &[
    NameRegion {
        male: &[
            "Agus",
            "Budi",
            "Joko",
            "Slamet",
            "Bambang",
            "Sugeng",
            "Teguh",
            "Wahyu",
            "Eko",
            "Dwi",
            "Heru",
            "Hadi",
            "Bagus",
            "Rizky",
            "Adi",
            "Aris",
            "Yudi",
            "Puji",
            "Sutrisno",
            "Suparman",
            "Sugiyanto",
            "Purwanto",
            "Widodo",
            "Priyo",
            "Arif",
            "Fajar",
            "Galih",
            "Ilham",
            "Danang",
            "Irfan",
        ],
        female: &[
            "Sri", "Siti", "Endang", "Sulastri", "Wahyuni", "Dewi", "Rini", "Tri", "Ratna",
            "Yuliana", "Purwati", "Ayu", "Dyah", "Retno", "Sekar", "Wulan", "Puspita", "Anik",
            "Suryani", "Kartika", "Indah", "Tutik", "Ningsih", "Fitri", "Lina",
        ],
        male_last: &[
            "Santoso",
            "Prasetyo",
            "Wibowo",
            "Setiawan",
            "Saputra",
            "Nugroho",
            "Susilo",
            "Kurniawan",
            "Hartono",
            "Utomo",
            "Wicaksono",
            "Pamungkas",
            "Hidayat",
            "Firmansyah",
            "Purnomo",
            "Pratama",
        ],
        female_last: &[
            "Rahayu",
            "Lestari",
            "Handayani",
            "Wulandari",
            "Astuti",
            "Rahmawati",
            "Susanti",
            "Setyaningsih",
            "Pertiwi",
            "Maharani",
            "Puspitasari",
            "Kusumawati",
            "Novitasari",
            "Ningrum",
        ],
        last_share: 0.65,
    },
    NameRegion {
        male: &[
            "Asep", "Ujang", "Dadang", "Cecep", "Yayat", "Dedi", "Iwan", "Hendra", "Dede", "Ade",
            "Rudi", "Usep", "Wawan", "Engkos",
        ],
        female: &[
            "Euis", "Neneng", "Iis", "Enok", "Lilis", "Yanti", "Rina", "Nining", "Eneng", "Cucu",
            "Tati", "Imas",
        ],
        male_last: &[
            "Sutisna",
            "Permana",
            "Suryana",
            "Hidayat",
            "Sopian",
            "Kusnadi",
            "Rukmana",
            "Mulyana",
            "Supriatna",
            "Gunawan",
        ],
        female_last: &[
            "Nurhayati",
            "Rostika",
            "Kurniasih",
            "Suryani",
            "Marlina",
            "Komalasari",
            "Nurjanah",
        ],
        last_share: 0.7,
    },
    NameRegion {
        male: &[
            "Andreas",
            "Robert",
            "Hotman",
            "Parlindungan",
            "Tigor",
            "Jonatan",
            "Marojahan",
            "Benny",
            "Daniel",
            "Rizal",
            "Halomoan",
            "Sahat",
        ],
        female: &[
            "Rosmawati",
            "Maria",
            "Tiurma",
            "Dame",
            "Ruth",
            "Sondang",
            "Erni",
            "Friska",
            "Lamtiur",
            "Nurmala",
        ],
        male_last: &[
            "Siregar",
            "Harahap",
            "Nasution",
            "Simanjuntak",
            "Tambunan",
            "Sitompul",
            "Lubis",
            "Hutapea",
            "Panjaitan",
            "Sinaga",
            "Simatupang",
            "Pardede",
            "Hasibuan",
            "Manurung",
            "Situmorang",
        ],
        female_last: &[
            "Siregar",
            "Harahap",
            "Nasution",
            "Simanjuntak",
            "Tambunan",
            "Sitompul",
            "Lubis",
            "Hutapea",
            "Panjaitan",
            "Sinaga",
            "Simatupang",
            "Pardede",
            "Hasibuan",
            "Manurung",
            "Situmorang",
        ],
        last_share: 1.0,
    },
    NameRegion {
        male: &[
            "Afrizal",
            "Yusrizal",
            "Fauzan",
            "Rahmat",
            "Zulkifli",
            "Syafrudin",
            "Hendri",
            "Erizal",
            "Firdaus",
            "Ridwan",
        ],
        female: &[
            "Yulnita",
            "Desi",
            "Rahmi",
            "Fitria",
            "Nofriyanti",
            "Elvi",
            "Yeni",
            "Mardiah",
            "Zuraida",
            "Vivi",
        ],
        male_last: &[
            "Putra",
            "Chaniago",
            "Piliang",
            "Tanjung",
            "Koto",
            "Sikumbang",
            "Syahputra",
        ],
        female_last: &["Yanti", "Sari", "Rahmadani", "Putri", "Fitriani"],
        last_share: 0.6,
    },
    NameRegion {
        male: &[
            "Muhammad Arfah",
            "Syamsuddin",
            "Hasanuddin",
            "Baharuddin",
            "Jusman",
            "Amiruddin",
            "Sudirman",
            "Asri",
            "Irwan",
            "Rustam",
            "Nasrullah",
            "Akbar",
        ],
        female: &[
            "Hasnah",
            "Hamsiah",
            "Sitti Aminah",
            "Rosdiana",
            "Hasmawati",
            "Nurjannah",
            "Hartati",
            "Fatmawati",
            "Sitti Rahmah",
            "Murniati",
        ],
        male_last: &["Syam", "Rasyid", "Mansyur", "Latif", "Hamzah"],
        female_last: &["Syam", "Rasyid", "Mansyur", "Latif", "Hamzah"],
        last_share: 0.35,
    },
    NameRegion {
        male: &[
            "Sudarsana",
            "Suarjana",
            "Artawan",
            "Wirawan",
            "Mahendra",
            "Adnyana",
            "Sukadana",
            "Budiarta",
            "Suardana",
            "Arsana",
        ],
        female: &[
            "Sri Astuti",
            "Ariani",
            "Sukmawati",
            "Suartini",
            "Wahyuni",
            "Puspawati",
            "Eka Pratiwi",
            "Darmayanti",
            "Suastini",
            "Widiantari",
        ],
        male_last: &[],
        female_last: &[],
        last_share: 0.0,
    },
    NameRegion {
        male: &[
            "Muhammad", "Ahmad", "Fadli", "Reza", "Yoga", "Dimas", "Hendro", "Yohanes", "Stefanus",
            "Kevin", "Ikhsan", "Farhan",
        ],
        female: &[
            "Nur", "Dian", "Anisa", "Maya", "Yohana", "Citra", "Nabila", "Aulia", "Della", "Intan",
        ],
        male_last: &[
            "Ramadhan", "Maulana", "Kurniadi", "Hakim", "Wijaya", "Gunadi", "Halim",
        ],
        female_last: &[
            "Safitri",
            "Permata",
            "Amelia",
            "Oktaviani",
            "Anggraini",
            "Wijaya",
        ],
        last_share: 0.6,
    },
];

/// Balinese birth-order names.
pub(crate) const BALI_ORDER: &[&str] = &[
    "Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang",
];

/// A field of study with the titles it confers: (jurusan, D3 title, S1/D4
/// title, S2 title). Empty titles are left out of the name.
pub(crate) type Major = (&'static str, &'static str, &'static str, &'static str);

/// Fields of study per family.
pub(crate) fn majors(family: Family) -> &'static [Major] {
    match family {
        Admin | Leader => &[
            ("Administrasi Negara", "A.Md.", "S.AP.", "M.AP."),
            ("Ilmu Pemerintahan", "A.Md.", "S.IP.", "M.Si."),
            ("Manajemen", "A.Md.", "S.E.", "M.M."),
            ("Akuntansi", "A.Md.Ak.", "S.Ak.", "M.Ak."),
            ("Hukum", "A.Md.", "S.H.", "M.H."),
            ("Sosiologi", "A.Md.", "S.Sos.", "M.Si."),
            ("Sekretari", "A.Md.", "S.AP.", "M.AP."),
            ("IPS", "", "", ""),
            ("IPA", "", "", ""),
        ],
        Analyst => &[
            ("Administrasi Publik", "A.Md.", "S.AP.", "M.AP."),
            ("Ilmu Ekonomi", "A.Md.", "S.E.", "M.E."),
            ("Akuntansi", "A.Md.Ak.", "S.Ak.", "M.Ak."),
            ("Hukum", "A.Md.", "S.H.", "M.H."),
            ("Perencanaan Wilayah dan Kota", "A.Md.", "S.T.", "M.T."),
            ("Psikologi", "A.Md.", "S.Psi.", "M.Psi."),
            ("Kesehatan Masyarakat", "A.Md.Kes.", "S.KM.", "M.Kes."),
        ],
        Informatics => &[
            ("Teknik Informatika", "A.Md.Kom.", "S.Kom.", "M.Kom."),
            ("Sistem Informasi", "A.Md.Kom.", "S.Kom.", "M.Kom."),
            ("Ilmu Perpustakaan", "A.Md.", "S.IIP.", "M.Hum."),
            ("Kearsipan", "A.Md.", "S.Hum.", "M.Hum."),
            ("Ilmu Komunikasi", "A.Md.", "S.I.Kom.", "M.I.Kom."),
        ],
        Teacher => &[
            ("PGSD", "A.Md.Pd.", "S.Pd.", "M.Pd."),
            ("Pendidikan Matematika", "A.Md.Pd.", "S.Pd.", "M.Pd."),
            ("Pendidikan Bahasa Indonesia", "A.Md.Pd.", "S.Pd.", "M.Pd."),
            ("Pendidikan Bahasa Inggris", "A.Md.Pd.", "S.Pd.", "M.Pd."),
            ("Pendidikan IPA", "A.Md.Pd.", "S.Pd.", "M.Pd."),
            ("Pendidikan Jasmani", "A.Md.Pd.", "S.Pd.", "M.Pd."),
            ("Pendidikan Sejarah", "A.Md.Pd.", "S.Pd.", "M.Pd."),
        ],
        Nurse => &[("Keperawatan", "A.Md.Kep.", "S.Kep.", "M.Kep.")],
        Midwife => &[("Kebidanan", "A.Md.Keb.", "S.Tr.Keb.", "M.Keb.")],
        Doctor => &[("Pendidikan Dokter", "", "", "M.Kes.")],
        Dentist => &[("Pendidikan Dokter Gigi", "", "", "M.Kes.")],
        Pharmacy => &[("Farmasi", "A.Md.Farm.", "S.Farm.", "M.Farm.")],
        HealthTech => &[
            ("Analis Kesehatan", "A.Md.AK.", "S.Tr.Kes.", "M.Kes."),
            ("Gizi", "A.Md.Gz.", "S.Gz.", "M.Gz."),
            ("Kesehatan Lingkungan", "A.Md.KL.", "S.KL.", "M.Kes."),
            ("Radiologi", "A.Md.Rad.", "S.Tr.Rad.", "M.Kes."),
            ("Rekam Medis", "A.Md.RMIK.", "S.Tr.RMIK.", "M.Kes."),
            ("Fisioterapi", "A.Md.Ft.", "S.Ft.", "M.Fis."),
            ("Kesehatan Masyarakat", "A.Md.Kes.", "S.KM.", "M.Kes."),
        ],
        Engineer => &[
            ("Teknik Sipil", "A.Md.T.", "S.T.", "M.T."),
            ("Teknik Mesin", "A.Md.T.", "S.T.", "M.T."),
        ],
        Agriculture => &[
            ("Agroteknologi", "A.Md.P.", "S.P.", "M.P."),
            ("Peternakan", "A.Md.Pt.", "S.Pt.", "M.Pt."),
            ("Kedokteran Hewan", "A.Md.", "drh.", "M.Si."),
        ],
        Enforcement => &[
            ("IPS", "", "", ""),
            ("Hukum", "A.Md.", "S.H.", "M.H."),
            ("Teknik Mesin", "A.Md.T.", "S.T.", "M.T."),
        ],
        Social => &[
            ("Kesejahteraan Sosial", "A.Md.", "S.Sos.", "M.Si."),
            ("Teknik Lingkungan", "A.Md.T.", "S.T.", "M.T."),
        ],
    }
}

/// Extra competency tags people and cells of a family carry.
pub(crate) fn competency_pool(family: Family) -> &'static [&'static str] {
    match family {
        Admin | Leader | Analyst => &[
            "pelayanan publik",
            "keuangan",
            "kepegawaian",
            "arsip",
            "tata naskah dinas",
            "pengadaan",
            "manajemen aset",
            "TI",
        ],
        Informatics => &["TI", "jaringan", "basis data", "arsip", "kehumasan"],
        Teacher => &[
            "kurikulum merdeka",
            "pendidikan inklusif",
            "asesmen",
            "literasi digital",
        ],
        Nurse | Midwife | Doctor | Dentist | Pharmacy | HealthTech => &[
            "kesehatan masyarakat",
            "gawat darurat",
            "BTCLS",
            "pelayanan KIA",
            "manajemen puskesmas",
        ],
        Engineer => &["konstruksi", "AutoCAD", "pengawasan proyek"],
        Agriculture => &["budidaya tanaman", "kesehatan hewan", "penyuluhan"],
        Enforcement => &["PPNS", "penanganan kebakaran", "ketertiban umum"],
        Social => &["rehabilitasi sosial", "AMDAL", "pendampingan"],
    }
}

/// An ABK task: (uraian_tugas, satuan_hasil, norma_waktu_menit).
pub(crate) type TaskSpec = (&'static str, &'static str, f64);

/// Task lists for task-level ABK, per family (empty: no task rows).
pub(crate) fn tasks(family: Family) -> &'static [TaskSpec] {
    match family {
        Admin => &[
            ("Mengagendakan surat masuk dan keluar", "Surat", 6.0),
            ("Menyusun dan menyimpan arsip dinamis", "Berkas", 15.0),
            (
                "Memverifikasi dokumen pertanggungjawaban keuangan",
                "Dokumen",
                30.0,
            ),
            ("Menyiapkan bahan rapat", "Kegiatan", 90.0),
            ("Melayani permohonan informasi masyarakat", "Layanan", 20.0),
            ("Menginput data kepegawaian", "Data", 10.0),
            ("Menyusun laporan bulanan", "Laporan", 240.0),
        ],
        Analyst => &[
            ("Menyusun kajian kebijakan", "Naskah", 2400.0),
            ("Menyusun telaahan staf", "Telaahan", 240.0),
            ("Mengikuti rapat koordinasi", "Rapat", 180.0),
            ("Menganalisis data dan informasi", "Laporan", 480.0),
            ("Melakukan monitoring dan evaluasi", "Laporan", 720.0),
        ],
        Informatics => &[
            ("Memelihara jaringan dan perangkat", "Laporan", 120.0),
            ("Mengelola basis data", "Basis data", 240.0),
            ("Menata arsip inaktif", "Boks", 60.0),
            ("Melayani peminjaman", "Layanan", 10.0),
        ],
        Teacher => &[
            (
                "Melaksanakan pembelajaran tatap muka",
                "Jam pelajaran",
                45.0,
            ),
            ("Merencanakan pembelajaran", "Modul ajar", 90.0),
            ("Menilai hasil belajar", "Paket", 120.0),
            ("Membimbing siswa", "Siswa", 30.0),
            ("Melaksanakan tugas tambahan wali kelas", "Bulan", 600.0),
        ],
        Nurse => &[
            ("Melakukan pengkajian keperawatan", "Pasien", 20.0),
            ("Melaksanakan tindakan keperawatan", "Tindakan", 15.0),
            ("Memberikan asuhan keperawatan rawat inap", "Pasien", 60.0),
            ("Mendokumentasikan asuhan keperawatan", "Dokumen", 10.0),
        ],
        Midwife => &[
            ("Melakukan pemeriksaan kehamilan", "Kunjungan", 30.0),
            ("Menolong persalinan normal", "Persalinan", 240.0),
            ("Memberikan pelayanan keluarga berencana", "Akseptor", 20.0),
            ("Melakukan kunjungan nifas", "Kunjungan", 45.0),
        ],
        Doctor | Dentist => &[
            ("Memeriksa pasien rawat jalan", "Pasien", 15.0),
            ("Melakukan visite pasien rawat inap", "Pasien", 10.0),
            ("Membuat surat keterangan sehat", "Surat", 10.0),
            ("Merujuk pasien", "Rujukan", 20.0),
        ],
        Pharmacy => &[
            ("Melayani resep", "Resep", 8.0),
            ("Mengelola stok obat", "Laporan", 240.0),
            ("Memberikan konseling obat", "Pasien", 15.0),
        ],
        HealthTech => &[
            ("Melakukan pemeriksaan laboratorium", "Sampel", 20.0),
            ("Melakukan konseling gizi", "Pasien", 30.0),
            ("Melakukan inspeksi sanitasi", "Lokasi", 120.0),
            ("Mengelola rekam medis", "Berkas", 5.0),
        ],
        Engineer => &[
            ("Melakukan survei lapangan", "Lokasi", 480.0),
            ("Menyusun rencana anggaran biaya", "Dokumen", 960.0),
            ("Mengawasi pelaksanaan pekerjaan", "Laporan", 600.0),
        ],
        Agriculture => &[
            ("Melakukan kunjungan kelompok tani", "Kunjungan", 180.0),
            ("Menyusun programa penyuluhan", "Dokumen", 1440.0),
            ("Melaksanakan demonstrasi plot", "Kegiatan", 960.0),
        ],
        Enforcement => &[
            ("Melaksanakan patroli ketertiban", "Patroli", 240.0),
            ("Menangani pengaduan masyarakat", "Pengaduan", 60.0),
            ("Mengikuti apel dan siaga", "Hari", 60.0),
        ],
        Social => &[
            ("Melakukan asesmen penerima manfaat", "Orang", 60.0),
            ("Melakukan pendampingan", "Kunjungan", 120.0),
            ("Menyusun laporan kegiatan", "Laporan", 240.0),
        ],
        Leader => &[],
    }
}

/// Reasons for `kunci` = 1 (the second entry needs a woman).
pub(crate) const LOCK_REASONS: &[&str] = &[
    "tugas belajar",
    "sedang hamil",
    "cuti di luar tanggungan negara",
    "mengikuti suami/istri",
    "penugasan khusus kepala daerah",
    "proses hukuman disiplin",
];
