//! CSV files: text decoding (UTF-8 with or without BOM, else
//! Windows-1252), delimiter detection (`,` `;` tab) and an RFC 4180 parser
//! that keeps the spreadsheet's row numbers (a quoted field with line
//! breaks is still one row). Entry point: [`read_csv`].
//!
//! Never does: header matching or typing values.

use super::problem::{Problem, ProblemKind, Table};
use super::sheet::{Cell, Row, Sheet};

/// Decodes CSV bytes: UTF-8 (BOM stripped) when valid, else Windows-1252,
/// the encoding Excel uses for "CSV" on Indonesian Windows. UTF-16 with a
/// BOM (Excel's "Unicode Text") is decoded too.
pub fn decode(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let (text, _, _) = encoding_rs::UTF_16LE.decode(bytes);
        return text.into_owned();
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            text.into_owned()
        }
    }
}

/// Picks the delimiter: the one of `,`, `;`, tab that occurs most often
/// outside quotes on the first line (the header). Ties prefer `,`.
pub fn detect_delimiter(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' | '\r' if !in_quotes => break,
            ',' if !in_quotes => counts[0] += 1,
            ';' if !in_quotes => counts[1] += 1,
            '\t' if !in_quotes => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [',', ';', '\t'][best]
}

/// `sep=X` on the first line: the rest of the text and the delimiter.
fn sep_hint(text: &str) -> Option<(&str, char)> {
    let rest = text.strip_prefix("sep=")?;
    let mut chars = rest.chars();
    let delimiter = chars.next()?;
    let after = chars.as_str();
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .or_else(|| after.strip_prefix('\r'))?;
    Some((after, delimiter))
}

/// Reads one CSV file into a [`Sheet`] named after the file. `table_hint`
/// is used only for the location of an unclosed-quote problem.
pub fn read_csv(source: &str, name: &str, bytes: &[u8], problems: &mut Vec<Problem>) -> Sheet {
    let text = decode(bytes);
    // Excel's `sep=;` hint line: it names the delimiter and Excel hides it,
    // so the header is still row 1.
    let (text, delimiter) = match sep_hint(&text) {
        Some((rest, delimiter)) => (rest.to_string(), delimiter),
        None => {
            let delimiter = detect_delimiter(&text);
            (text, delimiter)
        }
    };
    let (records, unclosed_at) = parse(&text, delimiter);
    if let Some(row) = unclosed_at {
        problems.push(Problem::error(
            super::headers::table_from_name(name).unwrap_or(Table::File),
            Some(row),
            None,
            ProblemKind::UnclosedQuote,
        ));
    }
    let rows = records
        .into_iter()
        .filter(|(_, fields)| fields.iter().any(|f| !f.trim().is_empty()))
        .map(|(number, fields)| Row {
            number,
            cells: fields
                .into_iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        Cell::Empty
                    } else {
                        // Undo the writers' formula neutralisation (`'-` →
                        // `-`, `'=x` → `=x`); see `io::write`.
                        Cell::Text(super::write::restore_neutralised(&f).to_string())
                    }
                })
                .collect(),
        })
        .collect();
    Sheet {
        source: source.to_string(),
        name: name.to_string(),
        rows,
        semicolon_locale: delimiter == ';',
    }
}

/// RFC 4180 parsing: returns records with their 1-based row number as a
/// spreadsheet shows it (every record is one row, however many line breaks
/// its quoted fields hold; a blank line is an empty row), and the row of an
/// unclosed quote if any. Lenient like
/// spreadsheets: a quote in the middle of an unquoted field is kept as is.
pub fn parse(text: &str, delimiter: char) -> (Vec<(u32, Vec<String>)>, Option<u32>) {
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut record_line: u32 = 1;
    let mut in_quotes = false;
    let mut at_field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                in_quotes = true;
                at_field_start = false;
            }
            c if c == delimiter => {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                fields.push(std::mem::take(&mut field));
                records.push((record_line, std::mem::take(&mut fields)));
                record_line = record_line.saturating_add(1);
                at_field_start = true;
            }
            _ => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    let unclosed = in_quotes.then_some(record_line);
    if !field.is_empty() || !fields.is_empty() || !at_field_start {
        fields.push(field);
        records.push((record_line, fields));
    }
    (records, unclosed)
}
