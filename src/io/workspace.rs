//! The workspace file: a whole session (data set and saved scenarios) as
//! one versioned JSON document, so work can be saved, mailed and reopened.
//!
//! Owns the document layout, its version number and the migrations from
//! every older version. Never does: reading spreadsheets (that is the
//! readers), validating the data set's cross-table rules, or anything with
//! the browser (saving to disk or storage is `ui`/`storage`). Entry points:
//! [`to_json`], [`from_json`].
//!
//! # Versions and migrations
//!
//! Every document carries `"format": "seimbang-workspace"` and a
//! `"version"`. [`from_json`] parses the bytes as untyped JSON, checks the
//! format, refuses versions newer than [`WORKSPACE_VERSION`], then runs the
//! migrations in [`MIGRATIONS`] one after the other (`MIGRATIONS[v]` turns
//! version `v` into `v + 1`) on the untyped value, and only then
//! deserialises the typed [`Workspace`]. A change of the layout therefore
//! means: bump [`WORKSPACE_VERSION`], append one migration function, add a
//! test with a hand-written document of the old version.
//!
//! History:
//! - v0 (early prototype): the employees were under `data.pegawai` and
//!   there were no scenarios.
//! - v1: `data.employees` (the model's field name), `scenarios` added.
//! - v2: the user's planning `decisions` (top level: those of the current
//!   plan; per scenario: those it was planned with, `null` when unknown).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::{DataSet, Decisions, PlanRow};

/// The value of the `format` field.
pub const WORKSPACE_FORMAT: &str = "seimbang-workspace";

/// The version this build writes, and the newest it reads.
pub const WORKSPACE_VERSION: u32 = 2;

/// A saved session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// Always [`WORKSPACE_FORMAT`].
    pub format: String,
    /// Document version; [`to_json`] always writes [`WORKSPACE_VERSION`].
    pub version: u32,
    /// The data set.
    pub data: DataSet,
    /// Saved plans, in the order the user saved them.
    pub scenarios: Vec<Scenario>,
    /// The user's decisions for the current plan.
    pub decisions: Decisions,
}

impl Workspace {
    /// A workspace of the current version holding `data` and no scenarios.
    pub fn new(data: DataSet) -> Workspace {
        Workspace {
            format: WORKSPACE_FORMAT.to_string(),
            version: WORKSPACE_VERSION,
            data,
            scenarios: Vec::new(),
            decisions: Decisions::default(),
        }
    }
}

/// A saved plan: a name and its moves (the rows of `rencana`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// The name the user gave it.
    pub name: String,
    /// The moves, in order.
    pub moves: Vec<PlanRow>,
    /// The decisions it was planned with; `None` for a plan read from a
    /// file or saved before version 2.
    pub decisions: Option<Decisions>,
}

/// Why bytes are not a workspace this build can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceError {
    /// Not JSON at all (or truncated); `line`/`column` are 1-based, 0 when
    /// unknown.
    NotJson {
        /// Line of the first error.
        line: usize,
        /// Column of the first error.
        column: usize,
        /// The parser's message (English).
        message: String,
    },
    /// JSON, but not a Seimbang workspace (no `"format":
    /// "seimbang-workspace"` at the top level).
    NotAWorkspace,
    /// A workspace without a usable `version` (missing, negative, not a
    /// whole number).
    BadVersion,
    /// Written by a newer Seimbang; this build cannot read it.
    NewerVersion {
        /// The file's version.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The right format and version, but the content does not fit it (a
    /// field missing or of the wrong type, a bad NIP or date).
    Invalid {
        /// The parser's message (English), naming the field.
        message: String,
    },
}

impl std::fmt::Display for WorkspaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkspaceError::NotJson {
                line,
                column,
                message,
            } => write!(
                f,
                "not a JSON file (line {line}, column {column}): {message}"
            ),
            WorkspaceError::NotAWorkspace => f.write_str("not a Seimbang workspace file"),
            WorkspaceError::BadVersion => f.write_str("workspace file without a valid version"),
            WorkspaceError::NewerVersion { found, supported } => write!(
                f,
                "workspace version {found} is newer than this app reads ({supported})"
            ),
            WorkspaceError::Invalid { message } => write!(f, "damaged workspace file: {message}"),
        }
    }
}

impl std::error::Error for WorkspaceError {}

/// The document as written: borrowed fields in the order of [`Workspace`],
/// with the format and version fixed.
#[derive(Serialize)]
struct Outgoing<'a> {
    format: &'static str,
    version: u32,
    data: &'a DataSet,
    scenarios: &'a [Scenario],
    decisions: &'a Decisions,
}

/// The workspace as compact JSON (UTF-8, one trailing newline). The
/// `format` and `version` fields are always the current ones, whatever the
/// struct holds. Floats are written with the shortest digits that read
/// back exactly (serde_json, with `float_roundtrip` on for reading).
pub fn to_json(workspace: &Workspace) -> Vec<u8> {
    document(
        &workspace.data,
        &workspace.scenarios,
        &workspace.decisions,
        usize::MAX,
    )
    .0
}

/// The document [`to_json`] writes for these parts, without copying the
/// data set into a [`Workspace`] first, when it takes at most `max_bytes`;
/// else `Err` with its length. An oversized document is measured, never
/// held.
///
/// # Errors
/// The length of the document when it is longer than `max_bytes`.
pub fn parts_to_json_within(
    data: &DataSet,
    scenarios: &[Scenario],
    decisions: &Decisions,
    max_bytes: usize,
) -> Result<Vec<u8>, usize> {
    match document(data, scenarios, decisions, max_bytes) {
        (bytes, len) if len <= max_bytes => Ok(bytes),
        (_, len) => Err(len),
    }
}

/// The document and its length; the bytes are dropped (empty) as soon as
/// the length passes `max_bytes`.
fn document(
    data: &DataSet,
    scenarios: &[Scenario],
    decisions: &Decisions,
    max_bytes: usize,
) -> (Vec<u8>, usize) {
    let outgoing = Outgoing {
        format: WORKSPACE_FORMAT,
        version: WORKSPACE_VERSION,
        data,
        scenarios,
        decisions,
    };
    let mut out = Capped {
        bytes: Vec::new(),
        len: 0,
        max: max_bytes,
    };
    // Serialising plain structs with string keys cannot fail; should it ever,
    // an empty document is refused by `from_json` instead of crashing here.
    if serde_json::to_writer(&mut out, &outgoing).is_err() {
        out.bytes.clear();
        out.len = 0;
    }
    let _ = std::io::Write::write_all(&mut out, b"\n");
    (out.bytes, out.len)
}

/// A writer that counts every byte but keeps them only up to `max`.
struct Capped {
    bytes: Vec<u8>,
    len: usize,
    max: usize,
}

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.len = self.len.saturating_add(buf.len());
        if self.len <= self.max {
            self.bytes.extend_from_slice(buf);
        } else if !self.bytes.is_empty() {
            self.bytes = Vec::new();
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Opens a workspace of any version up to [`WORKSPACE_VERSION`], migrating
/// older ones. Never panics, whatever the bytes.
///
/// # Errors
/// See [`WorkspaceError`]: not JSON, not a workspace, a bad or newer
/// version, or content that does not fit the version.
pub fn from_json(bytes: &[u8]) -> Result<Workspace, WorkspaceError> {
    let mut value: Value = serde_json::from_slice(bytes).map_err(|e| WorkspaceError::NotJson {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    if value.get("format").and_then(Value::as_str) != Some(WORKSPACE_FORMAT) {
        return Err(WorkspaceError::NotAWorkspace);
    }
    let found = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(WorkspaceError::BadVersion)?;
    if found > u64::from(WORKSPACE_VERSION) {
        return Err(WorkspaceError::NewerVersion {
            found,
            supported: WORKSPACE_VERSION,
        });
    }
    for (from, migrate) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        migrate(&mut value)?;
        if let Some(object) = value.as_object_mut() {
            object.insert("version".to_string(), Value::from(from as u64 + 1));
        }
    }
    serde_json::from_value(value).map_err(|e| WorkspaceError::Invalid {
        message: e.to_string(),
    })
}

/// A migration from one version to the next, on untyped JSON.
pub type Migration = fn(&mut Value) -> Result<(), WorkspaceError>;

/// `MIGRATIONS[v]` turns a version-`v` document into version `v + 1`; its
/// length is always [`WORKSPACE_VERSION`].
pub const MIGRATIONS: [Migration; WORKSPACE_VERSION as usize] =
    [migrate_v0_to_v1, migrate_v1_to_v2];

/// v0 → v1: `data.pegawai` is renamed `data.employees`; an empty
/// `scenarios` list is added.
///
/// # Errors
/// [`WorkspaceError::Invalid`] when `data` is not an object.
pub fn migrate_v0_to_v1(document: &mut Value) -> Result<(), WorkspaceError> {
    let data = document
        .get_mut("data")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| WorkspaceError::Invalid {
            message: "version 0 workspace without a `data` object".to_string(),
        })?;
    if let Some(employees) = data.remove("pegawai") {
        data.insert("employees".to_string(), employees);
    }
    if let Some(object) = document.as_object_mut() {
        object
            .entry("scenarios")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    Ok(())
}

/// v1 → v2: empty top-level `decisions` are added, and `"decisions":
/// null` to every scenario.
///
/// # Errors
/// [`WorkspaceError::Invalid`] when `scenarios` is there but not a list.
pub fn migrate_v1_to_v2(document: &mut Value) -> Result<(), WorkspaceError> {
    let Some(object) = document.as_object_mut() else {
        return Err(WorkspaceError::Invalid {
            message: "version 1 workspace that is not an object".to_string(),
        });
    };
    object
        .entry("decisions")
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    match object.get_mut("scenarios") {
        None => {}
        Some(Value::Array(scenarios)) => {
            for scenario in scenarios.iter_mut().filter_map(Value::as_object_mut) {
                scenario.entry("decisions").or_insert(Value::Null);
            }
        }
        Some(_) => {
            return Err(WorkspaceError::Invalid {
                message: "version 1 workspace whose `scenarios` is not a list".to_string(),
            });
        }
    }
    Ok(())
}
