//! Reading a transfer plan (`rencana.csv`, data-format.md "Output") back
//! in, to be scored against its data set. Entry point: [`read_plan`].
//!
//! Never does: check the plan against a data set (unknown NIPs, units) —
//! the planner scores plans; `jarak_km` and `pilihan` are kept only for
//! display since they are recomputed.

use super::InputFile;
use super::container;
use super::headers::HeaderMapping;
use super::problem::{Problem, ProblemKind, Table};
use super::tables::{self, Sink};
use super::values;
use crate::model::{MoveStatus, PlanRow};

/// Reads `rencana.csv` (or a workbook with a `rencana` sheet, or its only
/// sheet). Every row is returned, `ditolak` ones included (the scorer
/// leaves them out); a row moving an employee to their own unit is an
/// error.
pub fn read_plan(file: &InputFile) -> (Vec<PlanRow>, Vec<Problem>) {
    let mut problems = Vec::new();
    let sheets = container::read_file(file, &mut problems);
    let only_one = sheets.len() == 1;
    let Some(sheet) = sheets
        .iter()
        .find(|s| super::headers::table_from_name(&s.name) == Some(Table::Rencana))
        .or_else(|| sheets.first().filter(|_| only_one))
    else {
        if !problems.iter().any(Problem::is_error) {
            problems.push(Problem::error(
                Table::Rencana,
                None,
                None,
                ProblemKind::MissingTable,
            ));
        }
        return (Vec::new(), problems);
    };
    if sheet.rows.is_empty() {
        problems.push(Problem::error(
            Table::Rencana,
            None,
            None,
            ProblemKind::NoHeaderRow {
                source: sheet.source.clone(),
            },
        ));
        return (Vec::new(), problems);
    }
    let (mut dropped, mut unknown) = (Vec::new(), Vec::new());
    let mut sink = Sink {
        problems: &mut problems,
        dropped: &mut dropped,
        unknown: &mut unknown,
    };
    let mapping = HeaderMapping::new();
    let Some(columns) = tables::resolve_headers(sheet, Table::Rencana, &mapping, &mut sink) else {
        return (Vec::new(), problems);
    };
    let records = tables::records(sheet, Table::Rencana, &columns, &mut problems);
    let mut rows = Vec::new();
    for r in &records {
        let semi = sheet.semicolon_locale;
        let nip = r.required(&mut problems, "nip", values::nip);
        let position = r.required_text(&mut problems, "kode_jabatan");
        let from_unit = r.required_text(&mut problems, "dari_unit");
        let to_unit = r.required_text(&mut problems, "ke_unit");
        let km = r.non_negative(&mut problems, "jarak_km");
        let wish = r.get(&mut problems, "pilihan", |c| {
            values::whole(c, semi, 1, 3)
                .map_err(|_| ProblemKind::NotAWishNumber { value: c.display() })
        });
        let status = r
            .get(&mut problems, "status", |c| {
                MoveStatus::from_code(&c.display())
                    .ok_or_else(|| ProblemKind::UnknownMoveStatus { value: c.display() })
            })
            .unwrap_or_default();
        if let (Some(from), Some(to)) = (&from_unit, &to_unit)
            && from == to
        {
            problems.push(Problem::error(
                Table::Rencana,
                Some(r.number()),
                Some("ke_unit"),
                ProblemKind::MoveToSameUnit,
            ));
            continue;
        }
        if let (Some(nip), Some(position), Some(from_unit), Some(to_unit)) =
            (nip, position, from_unit, to_unit)
        {
            rows.push(PlanRow {
                nip,
                name: r.text("nama").unwrap_or_default(),
                position,
                from_unit,
                to_unit,
                km,
                wish: wish.map(|w| w as u8),
                reason: r.text("alasan").unwrap_or_default(),
                status,
            });
        }
    }
    (rows, problems)
}
