//! NIP (Nomor Induk Pegawai): 18 digits, birth date in digits 1–8, PPPK
//! marked by digit 13.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{AsnStatus, Date};

/// A well-formed NIP: exactly 18 ASCII digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nip(String);

/// Why a text is not a NIP.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NipError {
    /// The field is empty.
    Empty,
    /// Excel turned the NIP into a number shown in scientific notation
    /// (`1.98E+17`): digits are lost and cannot be guessed back.
    ScientificNotation,
    /// Characters other than digits and spaces.
    NotDigits,
    /// Not 18 digits (the count found).
    WrongLength(usize),
}

impl Nip {
    /// Parses a NIP; spaces inside are ignored (`19860926 201505 1 001`).
    pub fn parse(text: &str) -> Result<Nip, NipError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(NipError::Empty);
        }
        if trimmed.contains(['E', 'e']) && trimmed.contains(['+', '.', ',']) {
            return Err(NipError::ScientificNotation);
        }
        let digits: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NipError::NotDigits);
        }
        if digits.len() != 18 {
            return Err(NipError::WrongLength(digits.len()));
        }
        Ok(Nip(digits))
    }

    /// The 18 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Digits 1–8 as a birth date, when they form a real date.
    pub fn birth_date(&self) -> Option<Date> {
        let d = &self.0;
        Date::new(
            d[0..4].parse().ok()?,
            d[4..6].parse().ok()?,
            d[6..8].parse().ok()?,
        )
    }

    /// Status from the NIP alone: digit 13 is `2` only in an NI PPPK.
    pub fn status(&self) -> AsnStatus {
        if self.0.as_bytes()[12] == b'2' {
            AsnStatus::Pppk
        } else {
            AsnStatus::Pns
        }
    }
}

impl fmt::Display for Nip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Nip {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Nip {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Nip::parse(&text).map_err(|e| serde::de::Error::custom(format!("bad NIP {text:?}: {e:?}")))
    }
}
