//! Problems found while reading data: where (table, row, column), what, how
//! to fix it, and how bad.
//!
//! A problem is data, not an error: readers collect every problem and keep
//! going. The sentences shown to users are rendered by `i18n` from
//! the problem kinds, in Indonesian and English.

use serde::{Deserialize, Serialize};

/// The tables of the data format (and the plan file).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Table {
    /// `unit`.
    Unit,
    /// `jabatan`.
    Jabatan,
    /// `kebutuhan`.
    Kebutuhan,
    /// `uraian_tugas`.
    UraianTugas,
    /// `pegawai`.
    Pegawai,
    /// `pengaturan`.
    Pengaturan,
    /// `rencana` (a transfer plan file).
    Rencana,
    /// The file as a whole (not a spreadsheet, unreadable, too large, …).
    File,
}

impl Table {
    /// The table's name in data files (`pegawai`, …); `File` is `berkas`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Unit => "unit",
            Table::Jabatan => "jabatan",
            Table::Kebutuhan => "kebutuhan",
            Table::UraianTugas => "uraian_tugas",
            Table::Pegawai => "pegawai",
            Table::Pengaturan => "pengaturan",
            Table::Rencana => "rencana",
            Table::File => "berkas",
        }
    }
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// Loads, and the row stays flagged.
    Warning,
    /// Blocks the import until fixed.
    Error,
}

/// Where a problem is and what it is. The sentence shown to users comes
/// from `i18n::problems::message`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Error blocks the import; warning loads and flags.
    pub severity: Severity,
    /// The table (or `File` for the file as a whole).
    pub table: Table,
    /// The row as the spreadsheet shows it (header = 1), when one row is meant.
    pub row: Option<u32>,
    /// The column (canonical name, or the header as found), when one is meant.
    pub column: Option<String>,
    /// What is wrong, with the values involved.
    pub kind: ProblemKind,
}

impl Problem {
    /// An error at `table`, `row`, `column`.
    pub fn error(table: Table, row: Option<u32>, column: Option<&str>, kind: ProblemKind) -> Self {
        Problem {
            severity: Severity::Error,
            table,
            row,
            column: column.map(str::to_string),
            kind,
        }
    }

    /// A warning at `table`, `row`, `column`.
    pub fn warning(
        table: Table,
        row: Option<u32>,
        column: Option<&str>,
        kind: ProblemKind,
    ) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(table, row, column, kind)
        }
    }

    /// True when this problem blocks the import.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Every kind of problem the readers report, with the data a message needs.
/// Severity is chosen where the problem is found (see each variant).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ProblemKind {
    // ----- the file as a whole -----
    /// The file is empty (0 bytes). Error.
    EmptyFile {
        /// File name.
        file: String,
    },
    /// The file is larger than the limit. Error.
    FileTooLarge {
        /// File name.
        file: String,
        /// Its size in bytes.
        bytes: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Neither CSV, XLSX nor ZIP (a PDF, an image, random bytes). Error.
    NotASpreadsheet {
        /// File name.
        file: String,
    },
    /// An old `.xls`, an `.ods`, or an HTML/XML table saved as `.xls` by a
    /// web application: spreadsheets this app does not read. Error.
    UnsupportedSpreadsheet {
        /// File name.
        file: String,
    },
    /// A JSON workspace: it is opened with "open workspace", not imported as
    /// data (the workspace reader lives in `io::workspace`). Error.
    WorkspaceFile {
        /// File name.
        file: String,
    },
    /// The XLSX or ZIP container is damaged. Error.
    DamagedFile {
        /// File name.
        file: String,
        /// The reader's own words (English, technical).
        detail: String,
    },
    /// Unpacked contents would exceed the limit (a "zip bomb" or a huge file). Error.
    UnpackedTooLarge {
        /// File name.
        file: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// A sheet or CSV whose name and headers match no table; it is ignored. Warning.
    UnrecognisedSheet {
        /// File name, and sheet name for workbooks (`data.xlsx: Sheet1`).
        source: String,
    },
    /// The same table came from two sources; the second is ignored. Error.
    DuplicateTable {
        /// The source read first.
        first: String,
        /// The source ignored.
        second: String,
    },
    /// A required table is absent. Error.
    MissingTable,
    /// Neither `kebutuhan` nor `uraian_tugas` was given. Error.
    MissingNeedTables,
    /// `unit` or `jabatan` is absent and was built from the codes used in
    /// the other tables, the code doubling as the name. Warning.
    TableBuiltFromCodes {
        /// How many entries were built.
        count: usize,
    },
    /// The sheet or CSV has no header row (it is empty). Error for required
    /// tables, warning otherwise.
    NoHeaderRow {
        /// File (and sheet) name.
        source: String,
    },
    /// A CSV field opened with `"` never closes. Error.
    UnclosedQuote,

    // ----- headers -----
    /// A required column is missing. Error.
    MissingColumn,
    /// Two headers map to the same column; the first is used. Error.
    DuplicateColumn {
        /// The second header.
        header: String,
    },
    /// Headers matching no column; they are ignored (map them on the import
    /// screen if they matter). Warning.
    ColumnsIgnored {
        /// The headers as found.
        headers: Vec<String>,
    },
    /// Known export columns the planner does not need (jenis kelamin,
    /// NIP lama, TMT CPNS, …); dropped. Warning.
    ColumnsNotNeeded {
        /// The headers as found.
        headers: Vec<String>,
    },
    /// Personal columns (NIK, address, NPWP, phone, …) were dropped and never
    /// stored. Warning.
    SensitiveColumnsDropped {
        /// The headers as found.
        headers: Vec<String>,
    },
    /// A row has more cells than the header; the extra cells are ignored. Warning.
    ExtraCells {
        /// How many non-empty cells lie beyond the last header.
        count: usize,
    },

    // ----- values -----
    /// The cell holds a spreadsheet error (`#N/A`, `#REF!`) or a date
    /// outside the calendar. Error.
    SpreadsheetError {
        /// The error as found.
        value: String,
    },
    /// A required cell is empty. Error.
    RequiredValueMissing,
    /// The spreadsheet stored the NIP as a number: 18 digits exceed what a
    /// number cell keeps exactly. Error.
    NipStoredAsNumber {
        /// The number as read.
        value: String,
    },
    /// The NIP is in scientific notation (`1.98E+17`). Error.
    NipScientific {
        /// The cell as found.
        value: String,
    },
    /// The NIP ends in `000`: the spreadsheet rounded it to 15 digits. Error.
    NipDigitsLost {
        /// The cell as found.
        value: String,
    },
    /// The NIP has characters other than digits and spaces. Error.
    NipNotDigits {
        /// The cell as found.
        value: String,
    },
    /// The NIP does not have 18 digits. Error.
    NipWrongLength {
        /// The cell as found.
        value: String,
        /// Digits counted.
        digits: usize,
    },
    /// Not a number. Error.
    NotANumber {
        /// The cell as found.
        value: String,
    },
    /// Thousands groups that are not groups of three digits (`1.25,5`). Error.
    BadDigitGrouping {
        /// The cell as found.
        value: String,
    },
    /// A negative number where only ≥ 0 is allowed (weights, hours, …). Error.
    NegativeNumber {
        /// The cell as found.
        value: String,
    },
    /// A whole number was expected. Error.
    NotAWholeNumber {
        /// The cell as found.
        value: String,
    },
    /// A number outside its allowed range. Error.
    OutOfRange {
        /// The cell as found.
        value: String,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
    /// Not a date in any accepted form. Error.
    NotADate {
        /// The cell as found.
        value: String,
    },
    /// A golongan that is neither PNS (`III/a`) nor PPPK (`IX`); kept as
    /// written. Warning.
    UnknownGrade {
        /// The cell as found.
        value: String,
    },
    /// A PNS golongan for a PPPK employee or the other way round. Warning.
    GradeDoesNotMatchStatus {
        /// The golongan.
        grade: String,
        /// The status (`PNS`, `CPNS`, `PPPK`).
        status: String,
    },
    /// Not an education level SD … S3. Error.
    UnknownEducation {
        /// The cell as found.
        value: String,
    },
    /// Not a predikat kinerja. Error.
    UnknownRating {
        /// The cell as found.
        value: String,
    },
    /// Not a jenis jabatan (struktural, fungsional, pelaksana). Error.
    UnknownPositionKind {
        /// The cell as found.
        value: String,
    },
    /// Not a 0/1 flag. Error.
    NotAFlag {
        /// The cell as found.
        value: String,
    },
    /// Not `PNS`, `CPNS` or `PPPK`. Error.
    UnknownStatus {
        /// The cell as found.
        value: String,
    },
    /// Only one of `lat`, `lon` is given. Error.
    HalfCoordinate,
    /// A code (kode_unit, kode_jabatan) appears twice. Error.
    DuplicateCode {
        /// The code.
        code: String,
        /// Row of its first occurrence.
        first_row: u32,
    },
    /// A NIP appears twice. Error.
    DuplicateNip {
        /// The NIP.
        nip: String,
        /// Row of its first occurrence.
        first_row: u32,
    },
    /// A kode_unit that the unit table does not have. Error.
    UnknownUnit {
        /// The code.
        code: String,
    },
    /// A kode_jabatan that the jabatan table does not have. Error.
    UnknownPosition {
        /// The code.
        code: String,
    },
    /// `induk` names a unit that does not exist. Warning.
    UnknownParentUnit {
        /// The code.
        code: String,
    },
    /// The (unit, jabatan) pair appears twice in kebutuhan. Error.
    DuplicateNeed {
        /// kode_unit.
        unit: String,
        /// kode_jabatan.
        position: String,
        /// Row of its first occurrence.
        first_row: u32,
    },
    /// A kebutuhan row gives both numbers and they disagree;
    /// `beban_kerja_jam` wins (the spec uses `kebutuhan` only when it is
    /// empty). Warning.
    NeedFromTwoSources {
        /// beban_kerja_jam.
        workload_hours: f64,
        /// kebutuhan (FTE).
        fte: f64,
        /// beban_kerja_jam / jam_kerja_efektif.
        fte_from_hours: f64,
    },
    /// A kebutuhan row gives numbers but the cell also has uraian_tugas
    /// rows, which win. Warning.
    NeedOverriddenByTasks {
        /// Hours from the task rows.
        task_hours: f64,
    },
    /// A kebutuhan row with neither number and no uraian_tugas rows. Error.
    NeedMissing,
    /// A wish (pilihan) names an unknown unit; it is ignored. Warning.
    WishUnknownUnit {
        /// The code.
        code: String,
    },
    /// A unit without coordinates: distances to it count as 0. Warning.
    UnitWithoutCoordinates {
        /// The code.
        code: String,
    },
    /// tanggal_lahir differs from the birth date in the NIP; the column is
    /// used. Warning.
    BirthDateContradictsNip {
        /// The column's date.
        given: String,
        /// The NIP's date.
        from_nip: String,
    },
    /// status_asn differs from the NIP; the column wins. Warning.
    StatusContradictsNip {
        /// The column's status.
        given: String,
        /// The NIP's status.
        from_nip: String,
    },
    /// Already past retirement age on tanggal_acuan. Warning.
    PastRetirementAge {
        /// The retirement date.
        retirement_date: String,
        /// tanggal_acuan.
        reference_date: String,
    },
    /// tmt_jabatan is empty: tenure rules cannot be checked. Warning.
    MissingTmtJabatan,
    /// kedudukan hukum says the employee is not active. Warning.
    NotActive {
        /// The cell as found.
        value: String,
    },
    /// A pengaturan key this app does not know; ignored. Warning.
    UnknownSetting {
        /// The key.
        key: String,
    },
    /// A pengaturan key given twice; the first is used. Error.
    DuplicateSetting {
        /// The key.
        key: String,
        /// Row of its first occurrence.
        first_row: u32,
    },
    /// A moratorium period whose end is before its start. Error.
    PeriodEndsBeforeStart,
    /// A plan row moves an employee to the unit they are in. Error.
    MoveToSameUnit,
    /// Not a plan status (usulan, dinilai, disetujui, ditolak). Error.
    UnknownMoveStatus {
        /// The cell as found.
        value: String,
    },
    /// Not a wish number 1, 2 or 3. Error.
    NotAWishNumber {
        /// The cell as found.
        value: String,
    },
}

/// A header the reader did not recognise, with a suggested column, for the
/// import screen's mapping step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownHeader {
    /// The table the header belongs to.
    pub table: Table,
    /// The header as found.
    pub header: String,
    /// The canonical column it most likely means.
    pub suggestion: Option<String>,
}
