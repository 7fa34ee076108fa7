//! The app's working state, independent of the browser: the loaded data
//! set, an import waiting for review, and the views the screens show.
//!
//! In the browser a Web Worker owns one [`Session`] and answers the page's
//! [`Request`]s with [`Response`]s, so parsing and planning never block the
//! page; natively the same code is tested directly. Owns: what is loaded
//! and every derived view (counts, analysis, tables, charts). Never does:
//! browser calls, storage, or reading the clock (the caller passes today).

mod plan;
mod tables;

use serde::{Deserialize, Serialize};

use crate::charts::{self, Bar, DivergingBars, EjProfile, Tone};
use crate::engine::{Share, SharePlans};
use crate::i18n::{Lang, format_number};
use crate::io::workspace::{from_json, parts_to_json_within};
use crate::io::{HeaderMapping, Import, InputFile, Problem, Table, UnknownHeader, read_data};
use crate::model::{DataSet, Date, Settings};
use crate::planner::analysis::{Analysis, analyse};
use crate::planner::{Context, Prepared};

pub use plan::{
    CellDetail, Decisions, FrontierPointView, FrontierView, MoveRow, PLAN_ROWS, PlanRowsPage,
    PlanSource, PlanStatus, PlanView, SHORT_ROWS, ScenarioComparison, ScenarioSide,
    ScenarioSummary, ShortCellRow, StepDetail, StepView, TermChange, TermsView, UnitDifference,
    plan_rows,
};
pub use tables::{RowsPage, TableView, category_words};

/// Fewer characters than any employee takes in a workspace document (the
/// NIP alone is 18, with its key and quotes 26).
const MIN_EMPLOYEE_CHARS: usize = 40;

/// At most this many workers or threads solve the jabatan of one plan in
/// parallel: the app's worker and its helpers, `seimbang-cli plan`'s
/// threads. The largest jabatan bounds the gain (at 100,000 employees it
/// is a third of the solving), and each holds a copy of the problem's
/// cells and a block solver, so more would mostly multiply the peak
/// memory.
pub const MAX_PLANNING_THREADS: usize = 4;

/// File name of a downloaded workspace.
pub const WORKSPACE_FILE_NAME: &str = "seimbang-ruang-kerja.json";

/// Where the loaded data came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Source {
    /// The built-in demo data set.
    Demo,
    /// Files the user opened (their names).
    Files(Vec<String>),
    /// A workspace restored from this browser's storage.
    Stored,
}

/// A request from the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Load the demo data set (replaces the current data at once: it has no
    /// problems to review).
    LoadDemo,
    /// Read files (their bytes travel beside the message) for review.
    Import {
        /// The user's choices for unknown headers.
        mapping: HeaderMapping,
    },
    /// Apply the import under review.
    ConfirmImport,
    /// Drop the import under review; the current data stays.
    DiscardImport,
    /// Restore a workspace (JSON) saved in this browser.
    Restore {
        /// The workspace document.
        json: String,
    },
    /// The overview of the current data, in `lang`.
    Overview {
        /// UI language for labels and numbers.
        lang: Lang,
    },
    /// A page of one table view.
    Rows {
        /// Which table.
        view: TableView,
        /// Case-insensitive search over every column.
        search: String,
        /// Sort by this column, ascending when true.
        sort: Option<(usize, bool)>,
        /// First row.
        offset: usize,
        /// Number of rows.
        limit: usize,
        /// UI language.
        lang: Lang,
    },
    /// Replace the settings (already validated by the page).
    SetSettings(Box<Settings>),
    /// The workspace document of the current data (to save or download).
    ExportWorkspace,
    /// The workspace document for this browser's storage, unless it is
    /// longer than `max_chars` (then [`Response::TooLarge`]: the page offers
    /// a file instead of failing to store).
    StoreWorkspace {
        /// Longest document the page will try to store.
        max_chars: usize,
    },
    /// The workspace document as a file download.
    DownloadWorkspace,
    /// Forget everything.
    Clear,
    /// Compute the plan with the user's decisions (the same decisions as
    /// the current plan's only show it again) → [`Response::Plan`].
    Plan {
        /// The user's decisions.
        decisions: Decisions,
        /// UI language.
        lang: Lang,
    },
    /// Show the current plan again, e.g. in another language →
    /// [`Response::Plan`].
    ShowPlan {
        /// UI language.
        lang: Lang,
    },
    /// The state after the first `index` moves of the current plan (0 =
    /// before any move; larger values show the whole plan) →
    /// [`Response::Step`].
    Step {
        /// Moves applied.
        index: usize,
        /// UI language.
        lang: Lang,
    },
    /// Moves of the current plan containing `filter`, at most `limit` →
    /// [`Response::PlanRows`].
    PlanRows {
        /// Text to look for in name, NIP, position and units (any case).
        filter: String,
        /// Most moves to return.
        limit: usize,
        /// UI language.
        lang: Lang,
    },
    /// Download the current plan as `rencana.csv` → [`Response::Download`].
    ExportPlanCsv,
    /// Download the report workbook of the current plan (XLSX) →
    /// [`Response::Download`].
    ExportReport {
        /// Language of the reasons and the summary.
        lang: Lang,
    },
    /// Score a plan made elsewhere (a `rencana.csv` or workbook; its bytes
    /// travel beside the message) against the current data; it becomes the
    /// current plan → [`Response::Plan`].
    ScorePlan {
        /// UI language.
        lang: Lang,
    },
    /// The trade-off frontier without decisions → [`Response::Frontier`].
    /// To adopt a point, send [`Request::Plan`] with its move count as the
    /// budget.
    Frontier {
        /// UI language.
        lang: Lang,
    },
    /// Save the current plan as a scenario (replacing one of the same
    /// name) → [`Response::Scenarios`].
    SaveScenario {
        /// Its name.
        name: String,
    },
    /// Delete a scenario → [`Response::Scenarios`].
    DeleteScenario {
        /// Its name.
        name: String,
    },
    /// The saved scenarios → [`Response::Scenarios`].
    Scenarios,
    /// The decisions of the last computed plan, or those restored with a
    /// workspace → [`Response::Decisions`].
    Decisions,
    /// Two scenarios side by side → [`Response::Comparison`].
    CompareScenarios {
        /// Name of scenario A.
        a: String,
        /// Name of scenario B.
        b: String,
        /// UI language.
        lang: Lang,
    },
}

/// Summary of an import under review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportReview {
    /// File names read.
    pub files: Vec<String>,
    /// Rows read per table: (table, rows).
    pub rows: Vec<(Table, usize)>,
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Every problem.
    pub problems: Vec<Problem>,
    /// Columns dropped at import.
    pub dropped_columns: Vec<(Table, String)>,
    /// Headers nobody recognised, with suggestions.
    pub unknown_headers: Vec<UnknownHeader>,
}

/// Counts and picture of the loaded data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    /// Where the data came from.
    pub source: Source,
    /// Employees.
    pub employees: usize,
    /// Units (including units known only by code).
    pub units: usize,
    /// Positions.
    pub positions: usize,
    /// Cells (unit × position with a need or staff).
    pub cells: usize,
    /// Reference date applied.
    pub reference_date: Date,
    /// The settings in force.
    pub settings: Settings,
    /// Total need in FTE.
    pub total_need: f64,
    /// Total staff.
    pub total_staff: u32,
    /// Cells per EJ category A..E.
    pub category_counts: [u32; 5],
    /// Cells within the ideal band.
    pub cells_in_band: u32,
    /// Vacancies.
    pub vacancies: u32,
    /// Employees who may move.
    pub movable: usize,
    /// Employees who may not.
    pub blocked: usize,
    /// Chart: EJ of every unit, sorted (SVG).
    pub chart_ej_profile: String,
    /// Chart: largest surpluses and shortages by unit (SVG).
    pub chart_extremes: String,
    /// Chart: staff against need per position (SVG).
    pub chart_positions: String,
}

/// An answer to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// An import is ready for review.
    Review(Box<ImportReview>),
    /// The current data changed (loaded, confirmed, restored, settings).
    Loaded,
    /// The overview asked for.
    Overview(Box<Overview>),
    /// A page of a table.
    Rows(RowsPage),
    /// The workspace document.
    Workspace {
        /// JSON text.
        json: String,
    },
    /// A file to offer as a download. In the browser the bytes travel
    /// beside the JSON message (transferred, not copied into JSON).
    Download {
        /// File name.
        name: String,
        /// MIME type.
        mime: String,
        /// Contents.
        bytes: Vec<u8>,
    },
    /// The workspace is too large for browser storage.
    TooLarge {
        /// Length of the document in characters.
        chars: usize,
    },
    /// There is no data loaded.
    Empty,
    /// The current plan.
    Plan(Box<PlanView>),
    /// One step of the current plan.
    Step(Box<StepView>),
    /// Moves of the current plan matching a filter.
    PlanRows(Box<PlanRowsPage>),
    /// The trade-off frontier.
    Frontier(Box<FrontierView>),
    /// The saved scenarios, in the order saved.
    Scenarios(Vec<ScenarioSummary>),
    /// Two scenarios compared.
    Comparison(Box<ScenarioComparison>),
    /// The saved decisions.
    Decisions(Box<Decisions>),
    /// The request could not be served; the current data is untouched.
    Failed {
        /// What went wrong, in Indonesian and English.
        message: [String; 2],
    },
}

/// The state behind the screens.
#[derive(Debug)]
pub struct Session {
    today: Date,
    current: Option<(DataSet, Source)>,
    pending: Option<Pending>,
    tables: tables::Cache,
    /// What planning derives from the current data (indices, eligibility,
    /// tag ids), made on first use and kept until the data or its
    /// settings change: every overview, table, plan and decision reads
    /// it, and at 100,000 employees it takes about 0.3 s to make.
    prepared: Option<Prepared>,
    plan: plan::PlanState,
    /// The overview of the current data in one language, kept until the
    /// data or its settings change.
    overview: Option<(Lang, Box<Overview>)>,
    /// The language of the last overview asked for.
    lang: Lang,
}

/// An import read and reviewed, waiting for confirmation.
#[derive(Debug)]
struct Pending {
    import: Import,
    /// The names of the files it was read from.
    names: Vec<String>,
    /// Its overview, prepared by [`Session::idle`].
    overview: Option<(Lang, Box<Overview>)>,
    /// What planning derives from its data, made by [`Session::idle`]
    /// for the overview and handed to the session on confirmation.
    prepared: Option<Prepared>,
}

impl Session {
    /// A session with nothing loaded; `today` fills a missing
    /// `tanggal_acuan`.
    pub fn new(today: Date) -> Session {
        Session {
            today,
            current: None,
            pending: None,
            tables: tables::Cache::default(),
            prepared: None,
            plan: plan::PlanState::default(),
            overview: None,
            lang: Lang::Id,
        }
    }

    /// Work worth doing between requests, while the page shows the last
    /// answer: the overview of an import that waits for confirmation, so
    /// that "Terapkan data" brings the analysis up without computing it
    /// then. Does nothing when there is nothing to prepare; the worker
    /// calls it after every answer.
    pub fn idle(&mut self) {
        let Some(pending) = &mut self.pending else {
            return;
        };
        if pending.overview.is_some() || pending.import.has_errors() {
            return;
        }
        let ctx = context(&mut pending.prepared, &pending.import.data, self.today);
        let answer = overview(&ctx, &Source::Files(pending.names.clone()), self.lang);
        pending.overview = Some((self.lang, Box::new(answer)));
    }

    /// For a [`Request::Plan`] that will compute a plan without a move
    /// budget, the jabatan no kept plan covers, dealt into at most `parts`
    /// shares of about equal work; empty for any other request or when
    /// there is nothing to solve. The worker solves the first share itself
    /// ([`Session::solve_share`]) and sends each other one to a helper
    /// worker ([`crate::engine::solve_share`]), files their answers with
    /// [`Session::accept_share`], then handles the request, which finds
    /// every jabatan planned: the answer is the one [`Session::handle`]
    /// alone gives, computed on several cores.
    pub fn plan_shares(&mut self, request: &Request, parts: usize) -> Vec<Share> {
        let (Request::Plan { decisions, .. }, Some((data, _))) = (request, &self.current) else {
            return Vec::new();
        };
        plan::shares(
            &mut self.plan,
            &mut self.prepared,
            data,
            self.today,
            decisions,
            parts,
        )
    }

    /// Solves a share of [`Session::plan_shares`] here and keeps its plans
    /// for the request.
    pub fn solve_share(&mut self, share: &Share) {
        plan::solve_share(&mut self.plan, share);
    }

    /// Keeps the plans a helper worker made for a share of
    /// [`Session::plan_shares`]; returns how many jabatan they covered
    /// (plans that do not fit the share are dropped, and those jabatan are
    /// solved by the request itself).
    pub fn accept_share(&mut self, share: &Share, plans: SharePlans) -> usize {
        plan::accept_share(&mut self.plan, share, plans)
    }

    /// The loaded data, if any.
    pub fn data(&self) -> Option<&DataSet> {
        self.current.as_ref().map(|(d, _)| d)
    }

    /// Answers one request; `files` carries the bytes of an
    /// [`Request::Import`].
    pub fn handle(&mut self, request: Request, files: Vec<InputFile>) -> Response {
        match request {
            Request::LoadDemo => {
                self.replace(crate::synth::demo_data_set(), Source::Demo);
                self.plan.saved = plan::Saved::default();
                Response::Loaded
            }
            Request::Import { mapping } => {
                let names = files.iter().map(|f| f.name.clone()).collect::<Vec<_>>();
                let (import, saved) = read_workspace_or_data(&files, &mapping);
                self.plan.pending = saved;
                let review = review(&import, &names);
                self.pending = Some(Pending {
                    import,
                    names,
                    overview: None,
                    prepared: None,
                });
                Response::Review(Box::new(review))
            }
            Request::ConfirmImport => match self.pending.take() {
                Some(pending) if !pending.import.has_errors() => {
                    self.replace(pending.import.data, Source::Files(pending.names));
                    self.overview = pending.overview;
                    self.prepared = pending.prepared;
                    self.plan.saved = std::mem::take(&mut self.plan.pending);
                    Response::Loaded
                }
                Some(pending) => {
                    self.pending = Some(pending);
                    failed(
                        "Impor masih memiliki kesalahan; perbaiki berkasnya dulu.",
                        "The import still has errors; fix the file first.",
                    )
                }
                None => failed("Tidak ada impor yang menunggu.", "No import is waiting."),
            },
            Request::DiscardImport => {
                self.pending = None;
                self.plan.pending = plan::Saved::default();
                Response::Loaded
            }
            Request::Restore { json } => match from_json(json.as_bytes()) {
                Ok(workspace) => {
                    self.replace(workspace.data, Source::Stored);
                    self.plan.saved = plan::Saved {
                        scenarios: workspace.scenarios,
                        decisions: workspace.decisions,
                    };
                    Response::Loaded
                }
                Err(e) => failed(
                    &format!("Data tersimpan tidak dapat dibaca ({e:?}); data lama dibiarkan."),
                    &format!("The stored data could not be read ({e:?}); it was left as it is."),
                ),
            },
            Request::Overview { lang } => {
                self.lang = lang;
                let Some((data, source)) = &self.current else {
                    return Response::Empty;
                };
                let answer = match self.overview.take() {
                    Some((kept, answer)) if kept == lang => answer,
                    _ => {
                        let ctx = context(&mut self.prepared, data, self.today);
                        Box::new(overview(&ctx, source, lang))
                    }
                };
                self.overview = Some((lang, answer.clone()));
                Response::Overview(answer)
            }
            Request::Rows {
                view,
                search,
                sort,
                offset,
                limit,
                lang,
            } => match &self.current {
                Some((data, _)) => {
                    let today = self.today;
                    let prepared = &mut self.prepared;
                    Response::Rows(self.tables.page(
                        || context(prepared, data, today),
                        view,
                        lang,
                        &search,
                        sort,
                        offset,
                        limit,
                    ))
                }
                None => Response::Empty,
            },
            Request::SetSettings(settings) => match &mut self.current {
                Some((data, _)) => {
                    data.settings = *settings;
                    self.data_changed();
                    Response::Loaded
                }
                None => Response::Empty,
            },
            Request::ExportWorkspace => match self.workspace_json() {
                Some(json) => Response::Workspace { json },
                None => Response::Empty,
            },
            // Every employee takes well over MIN_EMPLOYEE_CHARS in the
            // document: a data set that cannot fit is not serialised at all.
            Request::StoreWorkspace { max_chars }
                if self
                    .data()
                    .is_some_and(|d| d.employees.len() * MIN_EMPLOYEE_CHARS > max_chars) =>
            {
                Response::TooLarge {
                    chars: self
                        .data()
                        .map_or(0, |d| d.employees.len() * MIN_EMPLOYEE_CHARS),
                }
            }
            // Measured while written: a document too long to store is
            // never held whole.
            Request::StoreWorkspace { max_chars } => match self.workspace_json_within(max_chars) {
                Ok(json) => Response::Workspace { json },
                Err(Some(len)) => Response::TooLarge { chars: len },
                Err(None) => Response::Empty,
            },
            Request::DownloadWorkspace => match self.workspace_json() {
                Some(json) => Response::Download {
                    name: WORKSPACE_FILE_NAME.to_string(),
                    mime: "application/json".to_string(),
                    bytes: json.into_bytes(),
                },
                None => Response::Empty,
            },
            Request::Clear => {
                self.current = None;
                self.pending = None;
                self.data_changed();
                self.plan = plan::PlanState::default();
                Response::Empty
            }
            plan_request => plan::handle(
                &mut self.plan,
                &mut self.prepared,
                self.current.as_ref().map(|(d, _)| d),
                self.today,
                plan_request,
                files,
            ),
        }
    }

    /// The workspace document of the current data, scenarios and
    /// decisions, if it takes at most `max_bytes`; else its length, or
    /// `None` when nothing is loaded.
    fn workspace_json_within(&self, max_bytes: usize) -> Result<String, Option<usize>> {
        let (data, _) = self.current.as_ref().ok_or(None)?;
        let saved = &self.plan.saved;
        let bytes = parts_to_json_within(data, &saved.scenarios, &saved.decisions, max_bytes)
            .map_err(Some)?;
        String::from_utf8(bytes).map_err(|_| None)
    }

    /// The workspace document of the current data.
    fn workspace_json(&self) -> Option<String> {
        self.workspace_json_within(usize::MAX).ok()
    }

    fn replace(&mut self, data: DataSet, source: Source) {
        self.current = Some((data, source));
        self.pending = None;
        self.data_changed();
    }

    /// Drops everything computed from the current data or its settings.
    fn data_changed(&mut self) {
        self.tables = tables::Cache::default();
        self.prepared = None;
        self.overview = None;
        self.plan.data_changed();
    }
}

fn failed(id: &str, en: &str) -> Response {
    Response::Failed {
        message: [id.to_string(), en.to_string()],
    }
}

/// A single `.json` file is a workspace (data and scenarios); everything
/// else is data files.
fn read_workspace_or_data(files: &[InputFile], mapping: &HeaderMapping) -> (Import, plan::Saved) {
    if let [file] = files
        && file.name.to_lowercase().ends_with(".json")
    {
        let import = match from_json(&file.bytes) {
            Ok(workspace) => {
                return (
                    Import {
                        data: workspace.data,
                        ..Import::default()
                    },
                    plan::Saved {
                        scenarios: workspace.scenarios,
                        decisions: workspace.decisions,
                    },
                );
            }
            Err(e) => Import {
                problems: vec![Problem::error(
                    Table::File,
                    None,
                    None,
                    crate::io::ProblemKind::DamagedFile {
                        file: file.name.clone(),
                        detail: format!("{e:?}"),
                    },
                )],
                ..Import::default()
            },
        };
        return (import, plan::Saved::default());
    }
    (read_data(files, mapping), plan::Saved::default())
}

fn review(import: &Import, names: &[String]) -> ImportReview {
    let (errors, warnings) = import.counts();
    let d = &import.data;
    ImportReview {
        files: names.to_vec(),
        rows: vec![
            (Table::Pegawai, d.employees.len()),
            (Table::Unit, d.units.len()),
            (Table::Jabatan, d.positions.len()),
            (Table::Kebutuhan, d.needs.len()),
            (Table::UraianTugas, d.tasks.len()),
        ],
        errors,
        warnings,
        problems: import.problems.clone(),
        dropped_columns: import.dropped_columns.clone(),
        unknown_headers: import.unknown_headers.clone(),
    }
}

/// The planning context of `data`, preparing it into `cache` on first use
/// (see [`Prepared`]). `cache` must hold nothing, or what was prepared from
/// this data with its current settings and `today`.
pub(crate) fn context<'a>(
    cache: &'a mut Option<Prepared>,
    data: &'a DataSet,
    today: Date,
) -> Context<'a> {
    Context::with(
        data,
        cache.get_or_insert_with(|| Prepared::new(data, today)),
    )
}

fn overview(ctx: &Context<'_>, source: &Source, lang: Lang) -> Overview {
    let data = ctx.data;
    let staff: Vec<u32> = ctx.index.cells.iter().map(|c| c.staff_before).collect();
    let analysis = analyse(ctx, &staff);
    let movable = ctx.eligibility.iter().filter(|e| e.movable()).count();
    Overview {
        source: source.clone(),
        employees: data.employees.len(),
        units: ctx.index.unit_codes.len(),
        positions: ctx.index.position_codes.len(),
        cells: ctx.index.cells.len(),
        reference_date: ctx.reference,
        settings: data.settings.clone(),
        total_need: analysis.total_need,
        total_staff: analysis.total_staff,
        category_counts: analysis.category_counts,
        cells_in_band: analysis.cells_in_band,
        vacancies: analysis.vacancies,
        movable,
        blocked: data.employees.len() - movable,
        chart_ej_profile: ej_profile(&analysis, lang),
        chart_extremes: extremes(ctx, &analysis, lang),
        chart_positions: positions_chart(ctx, &analysis, lang),
    }
}

fn ej_profile(analysis: &Analysis, lang: Lang) -> String {
    let mut values: Vec<f64> = analysis.units.iter().filter_map(|u| u.ej).collect();
    values.sort_by(f64::total_cmp);
    let (title, band, y, x) = match lang {
        Lang::Id => (
            "Efektivitas jabatan (EJ) per unit kerja",
            "rentang ideal 90–110%",
            "EJ = kebutuhan ÷ pegawai",
            "unit kerja, diurutkan dari EJ terendah (kelebihan pegawai) ke tertinggi (kekurangan)",
        ),
        Lang::En => (
            "Position effectiveness (EJ) per work unit",
            "ideal band 90–110%",
            "EJ = need ÷ staff",
            "work units, sorted from lowest EJ (over-staffed) to highest (under-staffed)",
        ),
    };
    charts::ej_profile_svg(&EjProfile {
        title: title.into(),
        values,
        band_label: band.into(),
        y_label: y.into(),
        x_label: x.into(),
    })
}

fn extremes(ctx: &Context<'_>, analysis: &Analysis, lang: Lang) -> String {
    let mut units: Vec<_> = analysis.units.iter().collect();
    units.sort_by(|a, b| b.surplus.total_cmp(&a.surplus).then(a.unit.cmp(&b.unit)));
    let top: Vec<_> = units.iter().take(8).filter(|u| u.surplus >= 0.5).collect();
    let bottom: Vec<_> = units
        .iter()
        .rev()
        .take(8)
        .filter(|u| u.surplus <= -0.5)
        .collect();
    let mut bars: Vec<Bar> = Vec::new();
    for u in top.iter().chain(bottom.iter().rev()) {
        let sign = if u.surplus > 0.0 { "+" } else { "−" };
        bars.push(Bar {
            label: ctx.unit_name(u.unit).to_string(),
            value: u.surplus,
            tone: if u.surplus > 0.0 {
                Tone::Surplus
            } else {
                Tone::Shortage
            },
            value_text: format!("{sign}{}", format_number(lang, u.surplus.abs(), 1)),
        });
    }
    let (title, note) = match lang {
        Lang::Id => (
            "Kelebihan dan kekurangan pegawai terbesar (pegawai − kebutuhan)",
            "← kekurangan pegawai · kelebihan pegawai →",
        ),
        Lang::En => (
            "Largest surpluses and shortages (staff − need)",
            "← short of staff · more staff than work →",
        ),
    };
    charts::diverging_bars_svg(&DivergingBars {
        title: title.into(),
        axis_note: note.into(),
        bars,
    })
}

fn positions_chart(ctx: &Context<'_>, analysis: &Analysis, lang: Lang) -> String {
    let mut rows: Vec<_> = analysis.positions.iter().collect();
    rows.sort_by(|a, b| {
        b.misplaced
            .total_cmp(&a.misplaced)
            .then(a.position.cmp(&b.position))
    });
    let rows: Vec<charts::StaffNeedRow> = rows
        .into_iter()
        .take(12)
        .map(|p| charts::StaffNeedRow {
            label: ctx.position_name(p.position).to_string(),
            need: p.need,
            before: f64::from(p.staff),
            after: None,
        })
        .collect();
    let (title, legend) = match lang {
        Lang::Id => (
            "Jabatan dengan sebaran paling timpang: pegawai dan kebutuhan",
            [
                "Kebutuhan".to_string(),
                "Pegawai".to_string(),
                "Sesudah".to_string(),
            ],
        ),
        Lang::En => (
            "Positions spread most unevenly: staff and need",
            ["Need".to_string(), "Staff".to_string(), "After".to_string()],
        ),
    };
    charts::staff_need_svg(&charts::StaffNeed {
        title: title.into(),
        rows,
        legend,
        highlight: vec![],
    })
}
