//! Table views for the data screens: rows built once per data set and
//! language, then searched, sorted and paged, so a 100,000-row table only
//! ever sends the rows on screen.

use serde::{Deserialize, Serialize};

use crate::i18n::reasons::block_reason;
use crate::i18n::{Lang, format_number};
use crate::planner::Context;
use crate::planner::analysis::{EjCategory, analyse};

/// The tables the data screens show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TableView {
    /// Every employee.
    Employees,
    /// Every unit with its totals.
    Units,
    /// Every position with its totals.
    Positions,
    /// Every (unit, position) cell: need, staff, EJ.
    Cells,
    /// Employees who may move.
    Movable,
    /// Employees who may not move, with the reasons.
    Blocked,
}

/// One page of a table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RowsPage {
    /// The table.
    pub view: TableView,
    /// Column headers in the UI language.
    pub columns: Vec<String>,
    /// Rows matching the search.
    pub total: usize,
    /// Rows of the table before the search.
    pub unfiltered: usize,
    /// First row of the page.
    pub offset: usize,
    /// The rows of the page, already formatted.
    pub rows: Vec<Vec<String>>,
}

/// A table cell: display text and an optional number for sorting.
type Field = (String, Option<f64>);

/// A built table: display text and an optional number per cell for sorting.
#[derive(Clone, Debug, Default)]
struct Built {
    columns: Vec<String>,
    rows: Vec<Vec<Field>>,
    /// Lower-cased row text for searching.
    haystack: Vec<String>,
}

/// Built tables, keyed by view and language, and the rows of the last
/// search and sort (scrolling asks for the next page of the same query);
/// emptied when the data change.
#[derive(Clone, Debug, Default)]
pub struct Cache {
    built: Vec<((TableView, Lang), Built)>,
    last_query: Option<Query>,
}

/// A search and sort over one built table, with the rows it selects.
#[derive(Clone, Debug)]
struct Query {
    key: (TableView, Lang),
    search: String,
    sort: Option<(usize, bool)>,
    hits: Vec<usize>,
}

impl Cache {
    /// A page of `view`, building the table on first use.
    #[allow(clippy::too_many_arguments)]
    pub fn page<'a>(
        &mut self,
        ctx: impl FnOnce() -> Context<'a>,
        view: TableView,
        lang: Lang,
        search: &str,
        sort: Option<(usize, bool)>,
        offset: usize,
        limit: usize,
    ) -> RowsPage {
        let key = (view, lang);
        let at = match self.built.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                self.built.push((key, build(&ctx(), view, lang)));
                self.built.len() - 1
            }
        };
        let table = &self.built[at].1;
        let needle = search.trim().to_lowercase();
        let reuse = self
            .last_query
            .as_ref()
            .is_some_and(|q| q.key == key && q.search == needle && q.sort == sort);
        if !reuse {
            self.last_query = Some(Query {
                key,
                hits: select(table, &needle, sort),
                search: needle,
                sort,
            });
        }
        let hits = self
            .last_query
            .as_ref()
            .map_or(&[][..], |q| q.hits.as_slice());
        let total = hits.len();
        let offset = offset.min(total);
        let end = (offset + limit).min(total);
        RowsPage {
            view,
            columns: table.columns.clone(),
            total,
            unfiltered: table.rows.len(),
            offset,
            rows: hits[offset..end]
                .iter()
                .map(|&i| table.rows[i].iter().map(|(t, _)| t.clone()).collect())
                .collect(),
        }
    }
}

/// The rows of `table` that contain `needle`, in the order of `sort`
/// (numbers by value, text case-insensitively, ties by row).
fn select(table: &Built, needle: &str, sort: Option<(usize, bool)>) -> Vec<usize> {
    let mut hits: Vec<usize> = (0..table.rows.len())
        .filter(|&i| needle.is_empty() || table.haystack[i].contains(needle))
        .collect();
    if let Some((column, ascending)) = sort {
        let lower = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<Vec<_>>();
        let key = |i: usize| match table.rows[i].get(column) {
            Some((_, Some(n))) => SortKey::Number(OrdF64(*n)),
            Some((t, None)) => SortKey::Text(lower(t)),
            None => SortKey::Missing,
        };
        // Both sorts are stable: equal keys stay in row order.
        if ascending {
            hits.sort_by_cached_key(|&i| key(i));
        } else {
            hits.sort_by_cached_key(|&i| std::cmp::Reverse(key(i)));
        }
    }
    hits
}

/// Sort key of a table cell: numbers before text before missing cells.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    Number(OrdF64),
    Text(Vec<char>),
    Missing,
}

/// An `f64` ordered by `total_cmp`.
#[derive(PartialEq)]
struct OrdF64(f64);

impl Eq for OrdF64 {}

impl PartialOrd for OrdF64 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for OrdF64 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

fn text(s: impl Into<String>) -> Field {
    (s.into(), None)
}

fn num(lang: Lang, v: f64, decimals: usize) -> Field {
    (format_number(lang, v, decimals), Some(v))
}

fn headers(lang: Lang, id: &[&str], en: &[&str]) -> Vec<String> {
    match lang {
        Lang::Id => id.iter().map(|s| s.to_string()).collect(),
        Lang::En => en.iter().map(|s| s.to_string()).collect(),
    }
}

/// Plain words for an EJ category.
pub fn category_words(lang: Lang, category: Option<EjCategory>) -> String {
    let words = match (lang, category) {
        (_, None) => "–",
        (Lang::Id, Some(EjCategory::A)) => "A — kekurangan pegawai",
        (Lang::Id, Some(EjCategory::B)) => "B — seimbang",
        (Lang::Id, Some(EjCategory::C)) => "C — sedikit kelebihan pegawai",
        (Lang::Id, Some(EjCategory::D)) => "D — kelebihan pegawai",
        (Lang::Id, Some(EjCategory::E)) => "E — sangat kelebihan pegawai",
        (Lang::En, Some(EjCategory::A)) => "A — short of staff",
        (Lang::En, Some(EjCategory::B)) => "B — balanced",
        (Lang::En, Some(EjCategory::C)) => "C — slightly over-staffed",
        (Lang::En, Some(EjCategory::D)) => "D — over-staffed",
        (Lang::En, Some(EjCategory::E)) => "E — heavily over-staffed",
    };
    words.to_string()
}

fn build(ctx: &Context<'_>, view: TableView, lang: Lang) -> Built {
    let data = ctx.data;
    let index = &ctx.index;
    let yes_no = |b: bool| match (lang, b) {
        (Lang::Id, true) => "ya",
        (Lang::Id, false) => "tidak",
        (Lang::En, true) => "yes",
        (Lang::En, false) => "no",
    };
    let tenure_years = |e: usize| {
        data.employees[e]
            .tmt_position
            .map(|tmt| (ctx.reference.days_since_epoch() - tmt.days_since_epoch()) as f64 / 365.25)
    };
    let (columns, rows): (Vec<String>, Vec<Vec<Field>>) = match view {
        TableView::Employees => (
            headers(
                lang,
                &[
                    "NIP",
                    "Nama",
                    "Unit kerja",
                    "Jabatan",
                    "Status",
                    "Golongan",
                    "TMT jabatan",
                    "Dapat dimutasi",
                ],
                &[
                    "NIP",
                    "Name",
                    "Work unit",
                    "Position",
                    "Status",
                    "Rank",
                    "In post since",
                    "May move",
                ],
            ),
            data.employees
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let cell = &index.cells[index.employee_cell[i]];
                    vec![
                        text(e.nip.as_str()),
                        text(e.name.clone()),
                        text(ctx.unit_name(cell.unit)),
                        text(ctx.position_name(cell.position)),
                        text(format!("{:?}", e.status()).to_uppercase()),
                        text(e.grade.clone().unwrap_or_default()),
                        text(e.tmt_position.map(|d| d.to_string()).unwrap_or_default()),
                        text(yes_no(ctx.eligibility[i].movable())),
                    ]
                })
                .collect(),
        ),
        TableView::Movable | TableView::Blocked => {
            let movable = view == TableView::Movable;
            let columns = if movable {
                headers(
                    lang,
                    &[
                        "NIP",
                        "Nama",
                        "Unit kerja",
                        "Jabatan",
                        "Masa jabatan (tahun)",
                        "Waktunya rotasi",
                    ],
                    &[
                        "NIP",
                        "Name",
                        "Work unit",
                        "Position",
                        "Years in post",
                        "Rotation due",
                    ],
                )
            } else {
                headers(
                    lang,
                    &[
                        "NIP",
                        "Nama",
                        "Unit kerja",
                        "Jabatan",
                        "Alasan tidak dapat dimutasi",
                    ],
                    &[
                        "NIP",
                        "Name",
                        "Work unit",
                        "Position",
                        "Why they cannot move",
                    ],
                )
            };
            let rows = data
                .employees
                .iter()
                .enumerate()
                .filter(|(i, _)| ctx.eligibility[*i].movable() == movable)
                .map(|(i, e)| {
                    let cell = &index.cells[index.employee_cell[i]];
                    let mut row = vec![
                        text(e.nip.as_str()),
                        text(e.name.clone()),
                        text(ctx.unit_name(cell.unit)),
                        text(ctx.position_name(cell.position)),
                    ];
                    if movable {
                        row.push(match tenure_years(i) {
                            Some(y) => num(lang, y, 1),
                            None => text("–"),
                        });
                        row.push(text(yes_no(ctx.eligibility[i].rotation_due)));
                    } else {
                        let reasons: Vec<String> = ctx.eligibility[i]
                            .blocks
                            .iter()
                            .map(|b| block_reason(lang, b))
                            .collect();
                        row.push(text(reasons.join("; ")));
                    }
                    row
                })
                .collect();
            (columns, rows)
        }
        TableView::Units | TableView::Cells | TableView::Positions => {
            let staff: Vec<u32> = index.cells.iter().map(|c| c.staff_before).collect();
            let analysis = analyse(ctx, &staff);
            let ej_cell = |ej: Option<f64>| match ej {
                Some(v) => (format!("{}%", format_number(lang, v * 100.0, 0)), Some(v)),
                None => ("–".to_string(), Some(f64::INFINITY)),
            };
            match view {
                TableView::Units => (
                    headers(
                        lang,
                        &[
                            "Kode",
                            "Unit kerja",
                            "Pegawai",
                            "Kebutuhan",
                            "Lebih (+) / kurang (−)",
                            "EJ",
                            "Kategori",
                            "Lowongan",
                        ],
                        &[
                            "Code",
                            "Work unit",
                            "Staff",
                            "Need",
                            "Surplus (+) / shortage (−)",
                            "EJ",
                            "Category",
                            "Vacancies",
                        ],
                    ),
                    analysis
                        .units
                        .iter()
                        .map(|u| {
                            vec![
                                text(index.unit_codes[u.unit].clone()),
                                text(ctx.unit_name(u.unit)),
                                num(lang, f64::from(u.staff), 0),
                                num(lang, u.need, 2),
                                num(lang, u.surplus, 2),
                                ej_cell(u.ej),
                                text(category_words(lang, u.category)),
                                num(lang, f64::from(u.vacancies), 0),
                            ]
                        })
                        .collect(),
                ),
                TableView::Positions => (
                    headers(
                        lang,
                        &[
                            "Kode",
                            "Jabatan",
                            "Pegawai",
                            "Kebutuhan",
                            "Lebih (+) / kurang (−)",
                        ],
                        &[
                            "Code",
                            "Position",
                            "Staff",
                            "Need",
                            "Surplus (+) / shortage (−)",
                        ],
                    ),
                    analysis
                        .positions
                        .iter()
                        .map(|p| {
                            vec![
                                text(index.position_codes[p.position].clone()),
                                text(ctx.position_name(p.position)),
                                num(lang, f64::from(p.staff), 0),
                                num(lang, p.need, 2),
                                num(lang, f64::from(p.staff) - p.need, 2),
                            ]
                        })
                        .collect(),
                ),
                _ => (
                    headers(
                        lang,
                        &[
                            "Unit kerja",
                            "Jabatan",
                            "Pegawai",
                            "Kebutuhan",
                            "Lebih (+) / kurang (−)",
                            "EJ",
                            "Kategori",
                            "Keterangan",
                        ],
                        &[
                            "Work unit",
                            "Position",
                            "Staff",
                            "Need",
                            "Surplus (+) / shortage (−)",
                            "EJ",
                            "Category",
                            "Note",
                        ],
                    ),
                    analysis
                        .cells
                        .iter()
                        .map(|c| {
                            let info = &index.cells[c.cell];
                            let note = match (lang, c.vacancy, c.in_band, info.has_need) {
                                (Lang::Id, true, _, _) => "lowongan",
                                (Lang::En, true, _, _) => "vacancy",
                                (Lang::Id, _, _, false) => "tanpa baris kebutuhan",
                                (Lang::En, _, _, false) => "no need row",
                                (Lang::Id, _, true, _) => "dalam rentang ideal",
                                (Lang::En, _, true, _) => "within the ideal band",
                                _ => "",
                            };
                            vec![
                                text(ctx.unit_name(info.unit)),
                                text(ctx.position_name(info.position)),
                                num(lang, f64::from(c.staff), 0),
                                num(lang, c.need, 2),
                                num(lang, c.surplus, 2),
                                ej_cell(c.ej),
                                text(category_words(lang, c.category)),
                                text(note),
                            ]
                        })
                        .collect(),
                ),
            }
        }
    };
    let haystack = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|(t, _)| t.as_str())
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .collect();
    Built {
        columns,
        rows,
        haystack,
    }
}
