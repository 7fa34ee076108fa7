//! Every user-facing sentence, in Indonesian (first) and English.
//!
//! Owns: the [`Lang`] switch, the [`Text`] catalogue (one exhaustive `match`
//! per language, so a missing translation is a compile error) and number
//! formatting per language (`1.234,5` vs `1,234.5`). Never does: browser
//! calls or reading settings; callers pass the language in.

pub mod plan;
pub mod reasons;

use serde::{Deserialize, Serialize};

pub mod problems;

/// The language of the user interface. Indonesian is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Bahasa Indonesia.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, Indonesian first.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The BCP 47 tag for the `lang` attribute of the page.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The other language, for the two-way switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }

    /// Parses a stored tag; unknown tags give `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The decimal separator of this language.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::Id => ',',
            Lang::En => '.',
        }
    }

    /// The thousands separator of this language.
    pub fn group_separator(self) -> char {
        match self {
            Lang::Id => '.',
            Lang::En => ',',
        }
    }
}

/// A sentence or label of the user interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    /// The product's one-line description under its name.
    Tagline,
    /// Label of the language switch (names the language it switches *to*).
    SwitchLanguage,
    /// Accessible name of the main navigation.
    NavLabel,
    /// Navigation: the home screen.
    NavHome,
    /// Home screen heading.
    HomeTitle,
    /// Home screen: what Seimbang does.
    HomeIntro,
    /// Home screen: the privacy promise.
    HomePrivacy,
    /// Home screen: the three steps of a transfer round.
    HomeStepsTitle,
    /// Step 1: bring data in.
    HomeStep1,
    /// Step 2: see the workload picture.
    HomeStep2,
    /// Step 3: plan and explain the transfers.
    HomeStep3,
    /// Notice shown when browser storage cannot be used.
    StorageUnavailable,
    /// Footer line.
    Footer,
    /// Button: load the built-in demo data set.
    DemoLoad,
    /// Under the demo button: what the demo is.
    DemoHint,
    /// Navigation: the workload analysis screen.
    NavAnalysis,
    /// Analysis screen heading.
    AnalysisTitle,
    /// Shown where data is needed but none is loaded.
    NoData,
    /// Shown while the background worker is busy.
    Working,
    /// Summary label: employees.
    SummaryEmployees,
    /// Summary label: units.
    SummaryUnits,
    /// Summary label: (unit, position) cells.
    SummaryCells,
    /// Summary label: employees who may move.
    SummaryMovable,
    /// Summary label: vacancies.
    SummaryVacancies,
    /// Summary label: cells within the ideal band.
    SummaryInBand,
    /// Status after loading data.
    DataLoaded,
}

impl Text {
    /// Every text, for completeness tests.
    pub const ALL: [Text; 26] = [
        Text::Tagline,
        Text::SwitchLanguage,
        Text::NavLabel,
        Text::NavHome,
        Text::HomeTitle,
        Text::HomeIntro,
        Text::HomePrivacy,
        Text::HomeStepsTitle,
        Text::HomeStep1,
        Text::HomeStep2,
        Text::HomeStep3,
        Text::StorageUnavailable,
        Text::Footer,
        Text::DemoLoad,
        Text::DemoHint,
        Text::NavAnalysis,
        Text::AnalysisTitle,
        Text::NoData,
        Text::Working,
        Text::SummaryEmployees,
        Text::SummaryUnits,
        Text::SummaryCells,
        Text::SummaryMovable,
        Text::SummaryVacancies,
        Text::SummaryInBand,
        Text::DataLoaded,
    ];
}

/// The sentence for `text` in `lang`.
pub fn t(lang: Lang, text: Text) -> &'static str {
    match lang {
        Lang::Id => id(text),
        Lang::En => en(text),
    }
}

fn id(text: Text) -> &'static str {
    match text {
        Text::Tagline => "Perencana mutasi ASN untuk pemerataan beban kerja",
        Text::SwitchLanguage => "English",
        Text::NavLabel => "Navigasi utama",
        Text::NavHome => "Beranda",
        Text::HomeTitle => "Mutasi yang seimbang, dapat dijelaskan",
        Text::HomeIntro => {
            "Seimbang menyusun usulan mutasi pegawai antarunit kerja agar jumlah pegawai \
             setiap unit sesuai dengan hasil analisis beban kerja (ABK), dengan tetap \
             mematuhi aturan masa jabatan, perlindungan menjelang pensiun, dan pilihan pegawai."
        }
        Text::HomePrivacy => {
            "Data pegawai tidak pernah meninggalkan komputer Anda: semua perhitungan \
             berjalan di peramban ini, tanpa server."
        }
        Text::HomeStepsTitle => "Tiga langkah",
        Text::HomeStep1 => "Masukkan data pegawai, unit, dan kebutuhan (Excel atau CSV).",
        Text::HomeStep2 => "Lihat unit yang kelebihan dan kekurangan pegawai.",
        Text::HomeStep3 => "Susun rencana mutasi yang optimal, dengan alasan setiap usulan.",
        Text::StorageUnavailable => {
            "Penyimpanan peramban tidak tersedia; data hanya ada di memori sampai halaman ditutup."
        }
        Text::Footer => "Seimbang — semua data tetap di perangkat Anda.",
        Text::DemoLoad => "Coba data contoh",
        Text::DemoHint => {
            "Data rekaan Kabupaten Jatiharjo: 300 pegawai, untuk mencoba tanpa data sendiri."
        }
        Text::NavAnalysis => "Analisis",
        Text::AnalysisTitle => "Gambaran beban kerja",
        Text::NoData => "Belum ada data. Muat data contoh di Beranda.",
        Text::Working => "Sedang memproses…",
        Text::SummaryEmployees => "Pegawai",
        Text::SummaryUnits => "Unit kerja",
        Text::SummaryCells => "Sel unit × jabatan",
        Text::SummaryMovable => "Dapat dimutasi",
        Text::SummaryVacancies => "Lowongan",
        Text::SummaryInBand => "Sel dalam rentang ideal (EJ 90–110%)",
        Text::DataLoaded => "Data dimuat.",
    }
}

fn en(text: Text) -> &'static str {
    match text {
        Text::Tagline => "Civil-servant transfer planner that balances workload",
        Text::SwitchLanguage => "Bahasa Indonesia",
        Text::NavLabel => "Main navigation",
        Text::NavHome => "Home",
        Text::HomeTitle => "Balanced transfers you can explain",
        Text::HomeIntro => {
            "Seimbang proposes transfers of staff between work units so that each unit's \
             staff matches its measured workload (ABK), while keeping the rules on time in \
             post, protection before retirement, and the employees' own wishes."
        }
        Text::HomePrivacy => {
            "Personnel data never leaves your computer: every calculation runs in this \
             browser, with no server."
        }
        Text::HomeStepsTitle => "Three steps",
        Text::HomeStep1 => "Bring in employees, units and needs (Excel or CSV).",
        Text::HomeStep2 => "See which units are over- and under-staffed.",
        Text::HomeStep3 => "Plan the optimal set of transfers, with a reason for each.",
        Text::StorageUnavailable => {
            "Browser storage is unavailable; data lives in memory until the page is closed."
        }
        Text::Footer => "Seimbang — all data stays on your device.",
        Text::DemoLoad => "Try the demo data",
        Text::DemoHint => {
            "Made-up data of Kabupaten Jatiharjo: 300 employees, to try Seimbang without your own data."
        }
        Text::NavAnalysis => "Analysis",
        Text::AnalysisTitle => "The workload picture",
        Text::NoData => "No data yet. Load the demo data on the Home screen.",
        Text::Working => "Working…",
        Text::SummaryEmployees => "Employees",
        Text::SummaryUnits => "Work units",
        Text::SummaryCells => "Unit × position cells",
        Text::SummaryMovable => "May move",
        Text::SummaryVacancies => "Vacancies",
        Text::SummaryInBand => "Cells in the ideal band (EJ 90–110%)",
        Text::DataLoaded => "Data loaded.",
    }
}

/// Formats `value` with `decimals` digits after the separator, grouped in
/// thousands, in the convention of `lang` (`1.234,5` in Indonesian,
/// `1,234.5` in English). Non-finite values print as `–`.
///
/// # Example
/// ```
/// use seimbang::i18n::{format_number, Lang};
/// assert_eq!(format_number(Lang::Id, 1234.5, 1), "1.234,5");
/// assert_eq!(format_number(Lang::En, -1234567.0, 0), "-1,234,567");
/// ```
pub fn format_number(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match fixed.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (fixed.as_str(), None),
    };
    let mut out = String::with_capacity(fixed.len() + fixed.len() / 3 + 1);
    // A value that rounds to zero prints without a minus sign.
    if value < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    let digits = int_part.as_bytes();
    for (i, digit) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(lang.group_separator());
        }
        out.push(*digit as char);
    }
    if let Some(frac) = frac_part {
        out.push(lang.decimal_separator());
        out.push_str(frac);
    }
    out
}
