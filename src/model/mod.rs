//! Domain types of the data format (`shared/spec/data-format.md` v1.1).
//!
//! Owns: plain data with serde derives. Never does: parsing of bytes (that is
//! `io`), optimisation (`engine`), or anything with the browser.
