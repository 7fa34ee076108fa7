//! ZIP export: the CSV files of `write_csv` in one archive.
//!
//! Owns the archive layout. Never does: CSV encoding (that is `write_csv`),
//! reading, or anything with the browser (no clock either). Entry point:
//! [`write_zip`].
//!
//! Deterministic bytes: entries are sorted by name, every entry carries the
//! fixed DOS timestamp 1980-01-01 00:00:00 and Unix mode 0644, and the
//! compression (deflate, default level) does not depend on the machine.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::io::write::ExportError;
use crate::io::write_csv::write_csv_tables;
use crate::model::DataSet;

/// The data set's CSV files (see `write_csv::write_csv_tables`) in a
/// `.zip`, entries sorted by name.
///
/// # Errors
/// [`ExportError::Library`] only if the zip library fails on memory-backed
/// output, which it does not do for inputs that fit in memory.
pub fn write_zip(data: &DataSet) -> Result<Vec<u8>, ExportError> {
    let mut files = write_csv_tables(data);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    zip_files(&files)
}

/// Puts `(name, bytes)` entries into a deterministic archive, in the given
/// order.
///
/// # Errors
/// [`ExportError::Library`] when the zip library reports a failure.
pub fn zip_files(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, ExportError> {
    let library = |e: zip::result::ZipError| ExportError::Library(e.to_string());
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in files {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644)
            .large_file(bytes.len() >= u32::MAX as usize);
        writer.start_file(name.as_str(), options).map_err(library)?;
        writer
            .write_all(bytes)
            .map_err(|e| ExportError::Library(e.to_string()))?;
    }
    Ok(writer.finish().map_err(library)?.into_inner())
}
