//! Typing single cells as Indonesian spreadsheets write them: numbers
//! (decimal comma, thousands dot, the `;`-locale rule), dates (ISO,
//! DD-MM-YYYY, DD/MM/YYYY, Excel serials, date cells), NIP, golongan,
//! pendidikan, predikat, flags, status. Each parser returns the value or
//! the [`ProblemKind`] that explains why not.
//!
//! Never does: decide severity, location or whether a cell is required;
//! the table readers do.

use super::problem::ProblemKind;
use super::sheet::{Cell, format_number};
use crate::model::{AsnStatus, Date, Education, Nip, NipError, PositionKind, Rating};

/// Reads a number. Spreadsheet number cells are taken as they are; text
/// follows data-format.md: with both `.` and `,` the last is the decimal
/// separator and the other groups thousands in groups of three; a lone `,`
/// is decimal; repeated `.` or `,` group thousands; a single `.` is decimal
/// except in a `;`-delimited CSV when the number looks grouped (`1.250`).
pub fn number(cell: &Cell, semicolon_locale: bool) -> Result<f64, ProblemKind> {
    match cell {
        Cell::Number(n) if n.is_finite() => Ok(*n),
        Cell::Bool(b) => Ok(f64::from(u8::from(*b))),
        Cell::Text(text) => parse_number_text(text.trim(), semicolon_locale),
        other => Err(ProblemKind::NotANumber {
            value: other.display(),
        }),
    }
}

/// The text rules of [`number`].
pub fn parse_number_text(text: &str, semicolon_locale: bool) -> Result<f64, ProblemKind> {
    let bad = || ProblemKind::NotANumber {
        value: text.to_string(),
    };
    let grouping = || ProblemKind::BadDigitGrouping {
        value: text.to_string(),
    };
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, text.strip_prefix('+').unwrap_or(text)),
    };
    if body.is_empty() {
        return Err(bad());
    }
    // Scientific notation written by programs (`1e-05`): plain Rust syntax.
    if body.contains(['e', 'E']) {
        return match body.parse::<f64>() {
            Ok(v) if v.is_finite() && !body.contains(',') => Ok(sign * v),
            _ => Err(bad()),
        };
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(bad());
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let (int_part, frac_part, group_sep): (&str, &str, Option<char>) = match (dots, commas) {
        (0, 0) => (body, "", None),
        (_, 0) if dots > 1 => (body, "", Some('.')),
        (0, _) if commas > 1 => (body, "", Some(',')),
        (0, 1) => split_once(body, ','),
        (1, 0) => {
            let (i, f) = body.split_once('.').unwrap_or((body, ""));
            let looks_grouped = (1..=3).contains(&i.len()) && !i.starts_with('0') && f.len() == 3;
            if semicolon_locale && looks_grouped {
                (body, "", Some('.'))
            } else {
                (i, f, None)
            }
        }
        _ => {
            // Both present: the last one is the decimal separator, once.
            let last_dot = body.rfind('.').unwrap_or(0);
            let last_comma = body.rfind(',').unwrap_or(0);
            let (dec, group) = if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            };
            if body.matches(dec).count() != 1 {
                return Err(grouping());
            }
            let (i, f) = body.split_once(dec).unwrap_or((body, ""));
            if f.contains(group) {
                return Err(grouping());
            }
            (i, f, Some(group))
        }
    };
    let digits = match group_sep {
        Some(sep) => {
            let groups: Vec<&str> = int_part.split(sep).collect();
            let first_ok = (1..=3).contains(&groups[0].len());
            if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
                return Err(grouping());
            }
            groups.concat()
        }
        None => int_part.to_string(),
    };
    if digits.is_empty() && frac_part.is_empty() {
        return Err(bad());
    }
    let literal = if frac_part.is_empty() {
        digits
    } else {
        format!(
            "{}.{frac_part}",
            if digits.is_empty() { "0" } else { &digits }
        )
    };
    literal
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| sign * v)
        .ok_or_else(bad)
}

fn split_once(body: &str, sep: char) -> (&str, &str, Option<char>) {
    let (i, f) = body.split_once(sep).unwrap_or((body, ""));
    (i, f, None)
}

/// A number that must be ≥ 0.
pub fn non_negative(cell: &Cell, semicolon_locale: bool) -> Result<f64, ProblemKind> {
    let v = number(cell, semicolon_locale)?;
    if v < 0.0 {
        return Err(ProblemKind::NegativeNumber {
            value: cell.display(),
        });
    }
    Ok(v)
}

/// A whole number in `min..=max`.
pub fn whole(cell: &Cell, semicolon_locale: bool, min: u32, max: u32) -> Result<u32, ProblemKind> {
    let v = number(cell, semicolon_locale)?;
    if v.fract() != 0.0 {
        return Err(ProblemKind::NotAWholeNumber {
            value: cell.display(),
        });
    }
    if v < f64::from(min) || v > f64::from(max) {
        return Err(ProblemKind::OutOfRange {
            value: cell.display(),
            min: f64::from(min),
            max: f64::from(max),
        });
    }
    Ok(v as u32)
}

/// A number in `min..=max` (coordinates).
pub fn in_range(
    cell: &Cell,
    semicolon_locale: bool,
    min: f64,
    max: f64,
) -> Result<f64, ProblemKind> {
    let v = number(cell, semicolon_locale)?;
    if v < min || v > max {
        return Err(ProblemKind::OutOfRange {
            value: cell.display(),
            min,
            max,
        });
    }
    Ok(v)
}

/// Smallest Excel serial read as a date (1927-05-18). Smaller whole
/// numbers are far more likely a year alone (`1983`) or a typo than a date
/// in the 1900s–1920s, so they are refused rather than guessed.
pub const MIN_SERIAL: f64 = 10_000.0;

/// Reads a date: a date cell, an Excel serial (number cell or digits in
/// text), `YYYY-MM-DD` (a time after it is ignored), `DD-MM-YYYY`,
/// `DD/MM/YYYY`, `YYYY/MM/DD`, `DD.MM.YYYY`.
pub fn date(cell: &Cell) -> Result<Date, ProblemKind> {
    let bad = || ProblemKind::NotADate {
        value: cell.display(),
    };
    match cell {
        Cell::Date(d) => Ok(*d),
        Cell::Number(n) if n.fract() == 0.0 && *n >= MIN_SERIAL => {
            Date::from_excel_serial(*n).ok_or_else(bad)
        }
        Cell::Text(text) => parse_date_text(text.trim()).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// The text rules of [`date`].
pub fn parse_date_text(text: &str) -> Option<Date> {
    // Drop a time of day: `2025-07-01 00:00:00`, `2025-07-01T00:00`.
    let text = text.split([' ', 'T']).next().unwrap_or(text);
    if !text.is_empty() && text.len() <= 7 && text.bytes().all(|b| b.is_ascii_digit()) {
        let serial = text.parse::<f64>().ok()?;
        return (serial >= MIN_SERIAL)
            .then(|| Date::from_excel_serial(serial))
            .flatten();
    }
    let sep = ['-', '/', '.'].into_iter().find(|s| text.contains(*s))?;
    let parts: Vec<&str> = text.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |s: &str| s.parse::<u32>().ok();
    if parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2 {
        Date::new(parts[0].parse().ok()?, n(parts[1])?, n(parts[2])?)
    } else if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        Date::new(parts[2].parse().ok()?, n(parts[1])?, n(parts[0])?)
    } else {
        None
    }
}

/// Reads a NIP. A numeric spreadsheet cell is always refused: 18 digits
/// exceed the 15–16 significant digits a number cell keeps, so the value
/// cannot be trusted even when it looks whole. A NIP ending in `000` is
/// what Excel shows after rounding to 15 digits (real NIPs end in a
/// sequence number from 001), so it is refused too. A leading `'` (Excel's
/// "this is text" marker, kept by some exports) is ignored.
pub fn nip(cell: &Cell) -> Result<Nip, ProblemKind> {
    let text = match cell {
        Cell::Number(n) => {
            return Err(ProblemKind::NipStoredAsNumber {
                value: format_number(*n),
            });
        }
        Cell::Text(t) => t.as_str(),
        Cell::Empty => return Err(ProblemKind::RequiredValueMissing),
        other => {
            return Err(ProblemKind::NipNotDigits {
                value: other.display(),
            });
        }
    };
    let value = text.trim().to_string();
    // Some exports keep Excel's text marker: `'198302282005061316`.
    let text = value.strip_prefix('\'').unwrap_or(&value);
    match Nip::parse(text) {
        Ok(nip) if nip.as_str().ends_with("000") => Err(ProblemKind::NipDigitsLost { value }),
        Ok(nip) => Ok(nip),
        Err(NipError::Empty) => Err(ProblemKind::RequiredValueMissing),
        Err(NipError::ScientificNotation) => Err(ProblemKind::NipScientific { value }),
        Err(NipError::NotDigits) => Err(ProblemKind::NipNotDigits { value }),
        Err(NipError::WrongLength(digits)) => Err(ProblemKind::NipWrongLength { value, digits }),
    }
}

/// Key for loose word matching: upper-case letters and digits only.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Reads `pendidikan`: `SD` … `S3` and common spellings: `S-1`, `S1/Sarjana`,
/// `Strata 1`, `D-III`, `Diploma III`, `DIV`, `SLTA`/`SMK`/`SMU`/`MA` → SMA,
/// `SLTP`/`MTs` → SMP, `MI` → SD, `Sarjana` → S1, `Magister`/`Master` → S2,
/// `Doktor` → S3.
pub fn education(cell: &Cell) -> Result<Education, ProblemKind> {
    let raw = cell.display();
    let first = raw.split('/').next().unwrap_or("");
    let key = squash(first);
    let found = match key.as_str() {
        "SD" | "SR" | "MI" | "SEKOLAHDASAR" => Some(Education::Sd),
        "SMP" | "SLTP" | "MTS" | "SLTPSEDERAJAT" => Some(Education::Smp),
        "SMA" | "SLTA" | "SMK" | "SMU" | "MA" | "STM" | "SMEA" | "SPK" | "SLTASEDERAJAT"
        | "SLTAKEJURUAN" => Some(Education::Sma),
        "D1" | "DI" | "DIPLOMAI" | "DIPLOMA1" => Some(Education::D1),
        "D2" | "DII" | "DIPLOMAII" | "DIPLOMA2" => Some(Education::D2),
        "D3" | "DIII" | "DIPLOMAIII" | "DIPLOMA3" | "SARJANAMUDA" => Some(Education::D3),
        "D4" | "DIV" | "DIPLOMAIV" | "DIPLOMA4" | "SARJANATERAPAN" => Some(Education::D4),
        "S1" | "STRATA1" | "STRATAI" | "SARJANA" => Some(Education::S1),
        "S2" | "STRATA2" | "STRATAII" | "MAGISTER" | "MASTER" | "PASCASARJANA" => {
            Some(Education::S2)
        }
        "S3" | "STRATA3" | "STRATAIII" | "DOKTOR" | "DOKTORAL" => Some(Education::S3),
        _ => None,
    };
    found.ok_or(ProblemKind::UnknownEducation { value: raw })
}

/// Reads `predikat_kinerja` (case and spacing ignored).
pub fn rating(cell: &Cell) -> Result<Rating, ProblemKind> {
    let raw = cell.display();
    let key = squash(&raw);
    Rating::ALL
        .into_iter()
        .find(|r| squash(r.label()) == key)
        .ok_or(ProblemKind::UnknownRating { value: raw })
}

/// Reads a 0/1 flag; also `ya`/`tidak`, `y`/`t`, `true`/`false`,
/// `yes`/`no` and boolean cells. Empty is 0.
pub fn flag(cell: &Cell) -> Result<bool, ProblemKind> {
    match cell {
        Cell::Empty => Ok(false),
        Cell::Bool(b) => Ok(*b),
        Cell::Number(n) if *n == 0.0 => Ok(false),
        Cell::Number(n) if *n == 1.0 => Ok(true),
        _ => {
            let raw = cell.display();
            match raw.to_lowercase().as_str() {
                "" | "0" | "tidak" | "t" | "false" | "no" | "n" | "salah" => Ok(false),
                "1" | "ya" | "y" | "true" | "yes" | "benar" => Ok(true),
                _ => Err(ProblemKind::NotAFlag { value: raw }),
            }
        }
    }
}

/// Reads `status_asn`: `PNS`, `CPNS`, `PPPK` (also `P3K`).
pub fn status(cell: &Cell) -> Result<AsnStatus, ProblemKind> {
    let raw = cell.display();
    match squash(&raw).as_str() {
        "PNS" => Ok(AsnStatus::Pns),
        "CPNS" => Ok(AsnStatus::Cpns),
        "PPPK" | "P3K" => Ok(AsnStatus::Pppk),
        _ => Err(ProblemKind::UnknownStatus { value: raw }),
    }
}

/// The code of a status as files write it.
pub fn status_code(status: AsnStatus) -> &'static str {
    match status {
        AsnStatus::Pns => "PNS",
        AsnStatus::Cpns => "CPNS",
        AsnStatus::Pppk => "PPPK",
    }
}

/// Reads `jenis`: struktural, fungsional, pelaksana (case ignored).
pub fn position_kind(cell: &Cell) -> Result<PositionKind, ProblemKind> {
    let raw = cell.display();
    match squash(&raw).as_str() {
        "STRUKTURAL" | "JABATANSTRUKTURAL" => Ok(PositionKind::Struktural),
        "FUNGSIONAL" | "JABATANFUNGSIONAL" | "FUNGSIONALTERTENTU" => Ok(PositionKind::Fungsional),
        "PELAKSANA" | "FUNGSIONALUMUM" | "JABATANPELAKSANA" => Ok(PositionKind::Pelaksana),
        _ => Err(ProblemKind::UnknownPositionKind { value: raw }),
    }
}

/// Which system a golongan belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GradeSystem {
    /// PNS: `I/a` … `IV/e`.
    Pns,
    /// PPPK: `I` … `XVII`.
    Pppk,
}

const ROMAN: [&str; 17] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII",
];

/// Reads a golongan into its canonical spelling (`III/a`, `IX`) and its
/// system. Accepts `III/a`, `III-a`, `III a`, `IIIa`, `Penata Muda, III/a`
/// (the last word counts) and PPPK grades as roman or arabic numerals.
pub fn grade(cell: &Cell) -> Result<(String, GradeSystem), ProblemKind> {
    let raw = cell.display();
    let bad = || ProblemKind::UnknownGrade { value: raw.clone() };
    let last = raw
        .rsplit([',', ' ', '('])
        .find(|w| !w.trim().is_empty())
        .unwrap_or("")
        .trim_end_matches(')')
        .trim();
    let last = if raw.contains(['/', '-']) && !last.contains(['/', '-']) && raw.contains(' ') {
        // `III / a`: take the whole text.
        raw.as_str()
    } else {
        last
    };
    let key: String = last.chars().filter(|c| c.is_alphanumeric()).collect();
    if !key.is_ascii() {
        // Roman numerals and grade letters are ASCII; this also keeps the
        // byte slicing below on character boundaries.
        return Err(bad());
    }
    if let Ok(n) = key.parse::<usize>() {
        return match n {
            1..=17 => Ok((ROMAN[n - 1].to_string(), GradeSystem::Pppk)),
            _ => Err(bad()),
        };
    }
    let upper = key.to_uppercase();
    if let Some(pos) = ROMAN.iter().position(|r| *r == upper) {
        return Ok((ROMAN[pos].to_string(), GradeSystem::Pppk));
    }
    let (roman, letter) = upper.split_at(upper.len().saturating_sub(1));
    let letter = letter.to_lowercase();
    let max_letter = match roman {
        "I" | "II" | "III" => 'd',
        "IV" => 'e',
        _ => return Err(bad()),
    };
    match letter.chars().next() {
        Some(l) if ('a'..=max_letter).contains(&l) => {
            Ok((format!("{roman}/{l}"), GradeSystem::Pns))
        }
        _ => Err(bad()),
    }
}
