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

    /// The entry of `pair` for this language (Indonesian first), for
    /// sentences that arrive in both languages, such as worker messages.
    pub fn pick<T: Clone>(self, pair: &[T; 2]) -> T {
        match self {
            Lang::Id => pair[0].clone(),
            Lang::En => pair[1].clone(),
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

/// Defines [`Text`], its list of every variant and the two catalogues from one
/// table, so a sentence cannot be missing in either language.
macro_rules! catalogue {
    ($($(#[$meta:meta])* $name:ident => $id:expr, $en:expr;)*) => {
        /// A sentence or label of the user interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$meta])* $name,)*
        }

        impl Text {
            /// Every text, for completeness tests.
            pub const ALL: &[Text] = &[$(Text::$name),*];
        }

        fn id(text: Text) -> &'static str {
            match text {
                $(Text::$name => $id,)*
            }
        }

        fn en(text: Text) -> &'static str {
            match text {
                $(Text::$name => $en,)*
            }
        }
    };
}

catalogue! {
    /// The product's one-line description under its name.
    Tagline =>
        "Perencana mutasi ASN untuk pemerataan beban kerja",
        "Civil-servant transfer planner that balances workload";
    /// Label of the language switch (names the language it switches *to*).
    SwitchLanguage =>
        "English",
        "Bahasa Indonesia";
    /// Accessible name of the main navigation.
    NavLabel =>
        "Navigasi utama",
        "Main navigation";
    /// Navigation: the home screen.
    NavHome =>
        "Beranda",
        "Home";
    /// Home screen heading.
    HomeTitle =>
        "Mutasi yang seimbang, dapat dijelaskan",
        "Balanced transfers you can explain";
    /// Home screen: what Seimbang does.
    HomeIntro =>
        "Seimbang menyusun usulan mutasi pegawai antarunit kerja agar jumlah pegawai \
         setiap unit sesuai dengan hasil analisis beban kerja (ABK), dengan tetap \
         mematuhi aturan masa jabatan, perlindungan menjelang pensiun, dan pilihan pegawai.",
        "Seimbang proposes transfers of staff between work units so that each unit's \
         staff matches its measured workload (ABK), while keeping the rules on time in \
         post, protection before retirement, and the employees' own wishes.";
    /// Home screen: the privacy promise.
    HomePrivacy =>
        "Data pegawai tidak pernah meninggalkan komputer Anda: semua perhitungan \
         berjalan di peramban ini, tanpa server.",
        "Personnel data never leaves your computer: every calculation runs in this \
         browser, with no server.";
    /// Home screen: the three steps of a transfer round.
    HomeStepsTitle =>
        "Tiga langkah",
        "Three steps";
    /// Step 1: bring data in.
    HomeStep1 =>
        "Masukkan data pegawai, unit, dan kebutuhan (Excel atau CSV).",
        "Bring in employees, units and needs (Excel or CSV).";
    /// Step 2: see the workload picture.
    HomeStep2 =>
        "Lihat unit yang kelebihan dan kekurangan pegawai.",
        "See which units are over- and under-staffed.";
    /// Step 3: plan and explain the transfers.
    HomeStep3 =>
        "Susun rencana mutasi yang optimal, dengan alasan setiap usulan.",
        "Plan the optimal set of transfers, with a reason for each.";
    /// Notice shown when browser storage cannot be used.
    StorageUnavailable =>
        "Penyimpanan peramban tidak tersedia; data hanya ada di memori sampai halaman ditutup.",
        "Browser storage is unavailable; data lives in memory until the page is closed.";
    /// Footer line.
    Footer =>
        "Seimbang — semua data tetap di perangkat Anda.",
        "Seimbang — all data stays on your device.";
    /// Button: load the built-in demo data set.
    DemoLoad =>
        "Coba data contoh",
        "Try the demo data";
    /// Under the demo button: what the demo is.
    DemoHint =>
        "Data rekaan Kabupaten Jatiharjo: 300 pegawai, untuk mencoba tanpa data sendiri.",
        "Made-up data of Kabupaten Jatiharjo: 300 employees, to try Seimbang without your own data.";
    /// Navigation: the workload analysis screen.
    NavAnalysis =>
        "Analisis",
        "Analysis";
    /// Analysis screen heading.
    AnalysisTitle =>
        "Gambaran beban kerja",
        "The workload picture";
    /// Shown where data is needed but none is loaded.
    NoData =>
        "Belum ada data. Impor berkas atau muat data contoh di Beranda.",
        "No data yet. Import files, or load the demo data on the Home screen.";
    /// Shown while the background worker is busy.
    Working =>
        "Sedang memproses…",
        "Working…";
    /// Summary label: employees.
    SummaryEmployees =>
        "Pegawai",
        "Employees";
    /// Summary label: units.
    SummaryUnits =>
        "Unit kerja",
        "Work units";
    /// Summary label: (unit, position) cells.
    SummaryCells =>
        "Sel unit × jabatan",
        "Unit × position cells";
    /// Summary label: employees who may move.
    SummaryMovable =>
        "Dapat dimutasi",
        "May move";
    /// Summary label: vacancies.
    SummaryVacancies =>
        "Lowongan",
        "Vacancies";
    /// Summary label: cells within the ideal band.
    SummaryInBand =>
        "Sel dalam rentang ideal (EJ 90–110%)",
        "Cells in the ideal band (EJ 90–110%)";
    /// Status after loading data.
    DataLoaded =>
        "Data dimuat.",
        "Data loaded.";
    /// Navigation: the import screen.
    NavImport =>
        "Impor",
        "Import";
    /// Navigation: the data tables.
    NavData =>
        "Data",
        "Data tables";
    /// Navigation: the settings screen.
    NavSettings =>
        "Pengaturan",
        "Settings";
    /// Import screen heading.
    ImportTitle =>
        "Impor data",
        "Import data";
    /// Import screen: what can be brought in.
    ImportIntro =>
        "Masukkan data pegawai, unit kerja, jabatan, dan kebutuhan hasil ABK dalam format \
         Seimbang. Berkas dibaca di peramban ini dan tidak dikirim ke mana pun.",
        "Bring in employees, work units, positions and the needs from your ABK in Seimbang's \
         format. Files are read in this browser and sent nowhere.";
    /// Drop zone label.
    ImportDrop =>
        "Seret berkas ke sini, atau klik untuk memilih berkas",
        "Drop files here, or click to choose files";
    /// Drop zone: accepted formats.
    ImportFormats =>
        "Excel (.xlsx), CSV (beberapa sekaligus), ZIP berisi CSV, atau berkas ruang kerja Seimbang (.json)",
        "Excel (.xlsx), CSV (several at once), a ZIP of CSVs, or a Seimbang workspace file (.json)";
    /// Import: the current data stays until confirmed.
    ImportUntouched =>
        "Data yang sedang dimuat tidak berubah sampai Anda menekan \u{201c}Terapkan data\u{201d}.",
        "The data now loaded stays as it is until you press \u{201c}Use this data\u{201d}.";
    /// Import progress: reading files.
    ImportReading =>
        "Membaca berkas…",
        "Reading files…";
    /// Import progress: checking in the background.
    ImportChecking =>
        "Memeriksa isi berkas…",
        "Checking the files…";
    /// A file could not be read (its name follows).
    ImportUnreadable =>
        "Berkas tidak dapat dibaca oleh peramban:",
        "The browser could not read the file:";
    /// Review heading.
    ImportReviewTitle =>
        "Hasil pemeriksaan",
        "Check results";
    /// Count label: errors.
    ImportErrors =>
        "Galat",
        "Errors";
    /// Count label: warnings.
    ImportWarnings =>
        "Peringatan",
        "Warnings";
    /// Columns dropped for privacy (list follows).
    ImportDropped =>
        "Kolom data pribadi yang tidak diperlukan dibuang saat impor:",
        "Personal columns that are not needed were dropped at import:";
    /// Mapping step heading.
    MappingTitle =>
        "Kolom yang tidak dikenali",
        "Columns not recognised";
    /// Mapping step: what to do.
    MappingHint =>
        "Pilih arti setiap kolom, lalu periksa ulang. Pilihan ini diingat di peramban ini untuk impor berikutnya.",
        "Choose what each column means, then check again. The choice is remembered in this browser for the next import.";
    /// Mapping column header: table.
    MappingTable =>
        "Tabel",
        "Table";
    /// Mapping column header: header found.
    MappingHeader =>
        "Judul kolom di berkas",
        "Header in the file";
    /// Mapping column header: meaning.
    MappingColumn =>
        "Artinya",
        "Means";
    /// Mapping choice: ignore the column.
    MappingIgnore =>
        "(abaikan kolom ini)",
        "(ignore this column)";
    /// Mapping: apply and check again.
    MappingApply =>
        "Terapkan pemetaan dan periksa ulang",
        "Apply the mapping and check again";
    /// Problems heading.
    ImportProblemsTitle =>
        "Daftar masalah",
        "Problems";
    /// Problems filter label.
    ImportFilter =>
        "Tampilkan",
        "Show";
    /// Filter: everything.
    FilterAll =>
        "Semua masalah",
        "All problems";
    /// Filter: errors only.
    FilterErrors =>
        "Hanya galat",
        "Errors only";
    /// Filter: warnings only.
    FilterWarnings =>
        "Hanya peringatan",
        "Warnings only";
    /// Download the problems as CSV.
    ImportDownloadProblems =>
        "Unduh daftar masalah (CSV)",
        "Download the problems (CSV)";
    /// "Showing n / total."
    ImportShowing =>
        "Ditampilkan",
        "Showing";
    /// Show more problems.
    ImportShowMore =>
        "Tampilkan lebih banyak",
        "Show more";
    /// Confirm the import.
    ImportConfirm =>
        "Terapkan data",
        "Use this data";
    /// Discard the import.
    ImportDiscard =>
        "Batalkan",
        "Discard";
    /// Why confirm is disabled.
    ImportBlocked =>
        "Perbaiki galat di berkas lalu impor lagi; peringatan tidak menghalangi.",
        "Fix the errors in the file and import it again; warnings do not block.";
    /// Confirm is possible.
    ImportReady =>
        "Data siap dipakai; data sebelumnya akan diganti.",
        "The data is ready; it will replace the data loaded now.";
    /// Data screen heading.
    DataTitle =>
        "Data yang dimuat",
        "Loaded data";
    /// Tab: employees.
    TabEmployees =>
        "Pegawai",
        "Employees";
    /// Tab: units.
    TabUnits =>
        "Unit kerja",
        "Work units";
    /// Tab: positions.
    TabPositions =>
        "Jabatan",
        "Positions";
    /// Tab: cells with need.
    TabCells =>
        "Kebutuhan per unit × jabatan",
        "Need per unit × position";
    /// Tab: who may move.
    TabMovable =>
        "Siap dimutasi",
        "May move";
    /// Tab: who may not move.
    TabBlocked =>
        "Tidak dapat dimutasi",
        "May not move";
    /// Search field label.
    DataSearch =>
        "Cari",
        "Search";
    /// Nothing matches the search.
    DataNoRows =>
        "Tidak ada baris yang cocok.",
        "No row matches.";
    /// "n rows".
    DataRows =>
        "baris",
        "rows";
    /// "n rows of N".
    DataRowsOf =>
        "baris cocok dari",
        "rows match, of";
    /// Settings heading.
    SettingsTitle =>
        "Pengaturan",
        "Settings";
    /// Settings: what they do.
    SettingsIntro =>
        "Aturan dan bobot yang dipakai untuk analisis dan rencana mutasi. Nilai diperiksa saat diketik, \
         dengan aturan yang sama seperti tabel pengaturan di berkas.",
        "The rules and weights used for the analysis and the transfer plan. Values are checked as you \
         type, by the same rules as the pengaturan table of a file.";
    /// Settings without data.
    SettingsNoData =>
        "Muat data dulu; pengaturan disimpan bersama data.",
        "Load data first; settings are kept with the data.";
    /// Save settings.
    SettingsSave =>
        "Simpan pengaturan",
        "Save settings";
    /// Reset the fields to defaults.
    SettingsDefaults =>
        "Kembalikan ke bawaan",
        "Reset to defaults";
    /// Settings saved.
    SettingsSaved =>
        "Pengaturan disimpan dan analisis diperbarui.",
        "Settings saved and the analysis updated.";
    /// Storage: saved.
    StorageSaved =>
        "Data tersimpan di peramban ini dan tetap ada setelah halaman dimuat ulang.",
        "The data is kept in this browser and is still here after a reload.";
    /// Storage: saving.
    StorageSaving =>
        "Menyimpan data di peramban ini…",
        "Keeping the data in this browser…";
    /// Storage: too large.
    StorageTooLarge =>
        "Data terlalu besar untuk penyimpanan peramban: data hanya ada di memori. \
         Unduh berkas ruang kerja agar tidak hilang saat halaman ditutup.",
        "The data is too large for browser storage and lives in memory only. \
         Download the workspace file so nothing is lost when the page closes.";
    /// Storage: unavailable.
    StorageMemoryOnly =>
        "Penyimpanan peramban tidak tersedia: data hanya ada di memori. Unduh berkas ruang kerja untuk menyimpannya.",
        "Browser storage is unavailable: the data lives in memory only. Download the workspace file to keep it.";
    /// Download the workspace file.
    WorkspaceDownload =>
        "Unduh ruang kerja (.json)",
        "Download workspace (.json)";
    /// Clear everything.
    ClearData =>
        "Hapus data",
        "Clear data";
    /// The clear confirmation question.
    ClearConfirm =>
        "Hapus semua data Seimbang dari peramban ini? Tindakan ini tidak dapat dibatalkan; \
         unduh ruang kerja dulu bila masih diperlukan.",
        "Remove all Seimbang data from this browser? This cannot be undone; download the \
         workspace first if you still need it.";
    /// Navigation: the plan screen.
    NavPlan =>
        "Rencana",
        "Plan";
    /// Plan screen heading.
    PlanTitle =>
        "Rencana mutasi",
        "Transfer plan";
    /// Plan screen: what it does.
    PlanIntro =>
        "Seimbang menghitung rangkaian mutasi dengan skor terbaik menurut tujuan yang dipublikasikan, lalu menjelaskan setiap usulan. Tolak, tahan, atau paksa mutasi tertentu, dan rencana dihitung ulang di sekitar keputusan Anda.",
        "Seimbang computes the set of transfers with the best score for the published objective and explains every proposal. Reject, hold or force particular moves and the plan is recomputed around your decisions.";
    /// Budget field label.
    PlanBudget =>
        "Jumlah mutasi maksimal",
        "At most this many moves";
    /// Budget placeholder.
    PlanBudgetNone =>
        "tanpa batas",
        "no limit";
    /// Compute the plan.
    PlanRun =>
        "Hitung rencana optimal",
        "Compute the optimal plan";
    /// Status: no plan yet.
    PlanIdle =>
        "Belum ada rencana.",
        "No plan yet.";
    /// Status: computing.
    PlanRunning =>
        "Menghitung rencana…",
        "Computing the plan…";
    /// Status: done.
    PlanDone =>
        "Rencana selesai dihitung.",
        "The plan is ready.";
    /// Optimality: proven optimal.
    StatusOptimal =>
        "Optimal: tidak ada rencana lain dengan skor lebih baik untuk aturan dan keputusan ini (terbukti).",
        "Optimal: no other plan has a better score for these rules and decisions (proven).";
    /// Optimality: within budget, with a bound.
    StatusBounded =>
        "Terbaik yang ditemukan dalam batas jumlah mutasi; skor terbaik yang mungkin paling rendah",
        "Best found within the move budget; the best possible score is at least";
    /// Word before the gap.
    StatusGap =>
        "; selisih paling banyak",
        "; gap at most";
    /// A plan made elsewhere.
    StatusScored =>
        "Rencana dari berkas, dinilai terhadap data (tidak dioptimalkan).",
        "A plan from a file, scored against the data (not optimised).";
    /// Score before.
    ScoreBefore =>
        "Skor sebelum",
        "Score before";
    /// Score after.
    ScoreAfter =>
        "Skor sesudah",
        "Score after";
    /// Number of moves.
    PlanMoves =>
        "Jumlah mutasi",
        "Moves";
    /// Vacancies filled.
    VacanciesFilled =>
        "Lowongan terisi",
        "Vacancies filled";
    /// Total km.
    TotalKm =>
        "Total jarak (km)",
        "Total distance (km)";
    /// What the decisions cost.
    DecisionCost =>
        "Keputusan Anda menambah skor sebesar",
        "Your decisions add to the score:";
    /// Rules an imported plan breaks.
    ImportedViolations =>
        "Rencana ini melanggar aturan berikut:",
        "This plan breaks these rules:";
    /// Cells left short.
    ShortCells =>
        "Sel yang tetap kekurangan pegawai",
        "Cells still short of staff";
    /// Column: unit.
    Unit =>
        "Unit kerja",
        "Work unit";
    /// Column: position.
    Position =>
        "Jabatan",
        "Position";
    /// Column: staff after.
    StaffAfter =>
        "Pegawai sesudah",
        "Staff after";
    /// Column: need.
    Need =>
        "Kebutuhan",
        "Need";
    /// Column: staff.
    Staff =>
        "Pegawai",
        "Staff";
    /// Column: reason.
    Why =>
        "Alasan",
        "Reason";
    /// Score terms heading.
    TermsTitle =>
        "Skor dan unsurnya",
        "The score and its terms";
    /// Column: before.
    Before =>
        "Sebelum",
        "Before";
    /// Column: after.
    After =>
        "Sesudah",
        "After";
    /// Term I.
    TermImbalance =>
        "Ketimpangan beban (I)",
        "Imbalance (I)";
    /// Term M.
    TermMoves =>
        "Jumlah mutasi (M)",
        "Moves (M)";
    /// Term K.
    TermKm =>
        "Jarak total km (K)",
        "Total km (K)";
    /// Term P.
    TermPoints =>
        "Poin pilihan terpenuhi (P)",
        "Wish points met (P)";
    /// Term R.
    TermRotation =>
        "Mutasi pegawai yang waktunya rotasi (R)",
        "Moves of staff due for rotation (R)";
    /// Term F.
    TermGaps =>
        "Kekurangan kompetensi (F)",
        "Competency gaps (F)";
    /// Cells in EJ category.
    CategoryCells =>
        "Sel kategori EJ",
        "Cells in EJ category";
    /// EJ categories explained.
    CategoryLegend =>
        "Kategori EJ (PermenPANRB 1/2020): A > 1,00 kekurangan pegawai; B 0,90–1,00 seimbang; C 0,70–0,89; D 0,50–0,69; E < 0,50 kelebihan pegawai.",
        "EJ categories (PermenPANRB 1/2020): A > 1.00 short of staff; B 0.90–1.00 balanced; C 0.70–0.89; D 0.50–0.69; E < 0.50 over-staffed.";
    /// Before/after chart heading.
    BeforeAfterTitle =>
        "Pegawai dan kebutuhan per unit, langkah demi langkah",
        "Staff and need per unit, step by step";
    /// Step controls label.
    StepControls =>
        "Langkah presentasi",
        "Presentation steps";
    /// Go to before any move.
    StepFirst =>
        "« Awal",
        "« Start";
    /// Previous step.
    StepPrev =>
        "◀ Sebelumnya",
        "◀ Previous";
    /// Word: step.
    Step =>
        "Langkah",
        "Step";
    /// Next step.
    StepNext =>
        "Berikutnya ▶",
        "Next ▶";
    /// Go to after all moves.
    StepLast =>
        "Akhir »",
        "End »";
    /// Word: score.
    Score =>
        "Skor",
        "Score";
    /// Row: source cell.
    FromCell =>
        "Asal",
        "From";
    /// Row: target cell.
    ToCell =>
        "Tujuan",
        "To";
    /// Moves heading.
    MovesTitle =>
        "Usulan mutasi",
        "Proposed moves";
    /// Filter label.
    MovesFilter =>
        "Saring (nama, NIP, unit, jabatan)",
        "Filter (name, NIP, unit, position)";
    /// Column: employee.
    Employee =>
        "Pegawai",
        "Employee";
    /// Column: from → to.
    FromTo =>
        "Dari → ke",
        "From → to";
    /// Column: score change.
    ScoreChange =>
        "Perubahan skor",
        "Score change";
    /// Column: decision.
    Decision =>
        "Keputusan",
        "Decision";
    /// Reject a move.
    Reject =>
        "Tolak",
        "Reject";
    /// Keep a person in place.
    KeepInPlace =>
        "Tahan di tempat",
        "Keep in place";
    /// A forced move.
    Forced =>
        "dipaksakan",
        "forced";
    /// Chip: kept in place.
    KeptLabel =>
        "Tetap di tempat:",
        "Kept in place:";
    /// Chip: rejected.
    RejectedLabel =>
        "Ditolak:",
        "Rejected:";
    /// Chip: forced.
    ForcedLabel =>
        "Dipaksakan:",
        "Forced:";
    /// Chip: unit locked.
    LockedLabel =>
        "Unit dikunci:",
        "Unit locked:";
    /// Chip: budget.
    BudgetLabel =>
        "Paling banyak mutasi:",
        "At most moves:";
    /// Decisions heading.
    DecisionsTitle =>
        "Keputusan Anda",
        "Your decisions";
    /// No decisions yet.
    NoDecisions =>
        "Belum ada keputusan: rencana di atas adalah optimum tanpa batasan tambahan.",
        "No decisions yet: the plan above is the optimum without extra constraints.";
    /// Remove a decision.
    RemoveDecision =>
        "Hapus keputusan ini",
        "Remove this decision";
    /// Force a move.
    ForceMove =>
        "Paksa mutasi:",
        "Force a move:";
    /// Placeholder: unit code.
    UnitCode =>
        "kode unit",
        "unit code";
    /// Apply.
    Apply =>
        "Terapkan",
        "Apply";
    /// Lock a unit.
    LockUnit =>
        "Kunci unit (tidak ada yang keluar atau masuk):",
        "Lock a unit (nobody leaves or enters):";
    /// Frontier heading.
    FrontierTitle =>
        "Kurva manfaat: skor terhadap jumlah mutasi",
        "Trade-off: score against number of moves";
    /// Compute the frontier.
    FrontierLoad =>
        "Hitung kurva",
        "Compute the curve";
    /// Frontier: how to use it.
    FrontierHint =>
        "Pilih satu titik untuk memakai rencana terbaik dengan jumlah mutasi itu, mis. 40 mutasi yang memberi sebagian besar manfaat. Titik bertanda ≈ adalah batas terbukti, bukan optimum pasti.",
        "Pick a point to adopt the best plan with that many moves, e.g. the 40 moves that give most of the benefit. Points marked ≈ are proven bounds, not exact optima.";
    /// Word: moves.
    MovesShort =>
        "mutasi",
        "moves";
    /// Scenarios heading.
    ScenariosTitle =>
        "Skenario",
        "Scenarios";
    /// Scenario name placeholder.
    ScenarioName =>
        "nama skenario",
        "scenario name";
    /// Save scenario.
    ScenarioSave =>
        "Simpan rencana sebagai skenario",
        "Save the plan as a scenario";
    /// Delete.
    Delete =>
        "hapus",
        "delete";
    /// Compare.
    Compare =>
        "Bandingkan",
        "Compare";
    /// Moves only in A.
    OnlyA =>
        "Hanya di A",
        "Only in A";
    /// Moves only in B.
    OnlyB =>
        "Hanya di B",
        "Only in B";
    /// Moves in both.
    InBoth =>
        "Di keduanya",
        "In both";
    /// Export heading.
    ExportTitle =>
        "Unduh dan impor rencana",
        "Download and import plans";
    /// Download rencana.csv.
    ExportCsv =>
        "Unduh rencana.csv",
        "Download rencana.csv";
    /// Download the XLSX report.
    ExportReport =>
        "Unduh laporan (.xlsx)",
        "Download the report (.xlsx)";
    /// Import a plan.
    ImportPlan =>
        "Nilai rencana dari berkas…",
        "Score a plan from a file…";
    /// Import plan explained.
    ImportPlanHint =>
        "Rencana yang disusun di tempat lain (rencana.csv) dinilai terhadap data ini; setiap aturan yang dilanggar ditampilkan.",
        "A plan made elsewhere (rencana.csv) is scored against this data; every rule it breaks is shown.";
    /// Analysis: EJ categories heading.
    CategoriesTitle =>
        "Sel unit × jabatan per kategori EJ",
        "Unit × position cells per EJ category";
    /// Analysis: tables heading.
    AnalysisTables =>
        "Rincian: unit, sel, pegawai siap dimutasi, dan yang tidak dapat dimutasi",
        "Details: units, cells, staff who may move and who may not";
    /// Cancel the computation.
    PlanCancel =>
        "Batalkan perhitungan",
        "Cancel the computation";
}

/// The sentence for `text` in `lang`.
pub fn t(lang: Lang, text: Text) -> &'static str {
    match lang {
        Lang::Id => id(text),
        Lang::En => en(text),
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
