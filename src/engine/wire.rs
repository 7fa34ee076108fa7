//! A compact word encoding of a [`Share`] for the trip to a helper worker.
//!
//! Owns: [`Share::to_words`] and [`Share::from_words`]. As JSON, the share
//! of a 100,000-employee plan was 4 MB that a helper in the browser took
//! about 0.23 s to receive and parse, while the worker that posted it was
//! already solving; as `u32` words (1.8 MB) it is posted as a transferred
//! buffer, and the helper starts solving about 20 ms after the post.
//! Every `f64` travels as its bits, so the
//! share arrives exactly as it left. Never does: solving, or any check
//! beyond the shape of the words (the solver validates the problem).
//!
//! Layout: a tag word, the scale and the weights as `f64`s, `max_km`
//! (flag, value), then the units (flag, lat, lon each), the cells (unit,
//! block, need, fixed, accepts, required tags) and the groups (cell, size,
//! rotation due, competencies, three wishes as flag and unit, forbidden
//! cells), each list led by its length.

use super::{Cell, Group, Problem, Share};
use crate::model::{Coord, Weights};

/// First word of every encoded share ("SEI" and a format version).
const TAG: u32 = 0x5345_4901;

/// Appends words to a buffer.
struct Writer(Vec<u32>);

impl Writer {
    fn word(&mut self, w: u32) {
        self.0.push(w);
    }

    fn flag(&mut self, b: bool) {
        self.word(u32::from(b));
    }

    fn float(&mut self, x: f64) {
        let bits = x.to_bits();
        self.word(bits as u32);
        self.word((bits >> 32) as u32);
    }

    fn list(&mut self, items: &[u32]) {
        self.word(items.len() as u32);
        self.0.extend_from_slice(items);
    }
}

/// Reads words back; every method gives `None` past the end or on a word
/// that cannot be what it should.
struct Reader<'w> {
    words: &'w [u32],
}

impl Reader<'_> {
    fn word(&mut self) -> Option<u32> {
        let (&w, rest) = self.words.split_first()?;
        self.words = rest;
        Some(w)
    }

    fn flag(&mut self) -> Option<bool> {
        match self.word()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn float(&mut self) -> Option<f64> {
        let lo = u64::from(self.word()?);
        let hi = u64::from(self.word()?);
        Some(f64::from_bits(lo | hi << 32))
    }

    /// A length that the remaining words can hold at `per` words each (so
    /// a corrupt length never asks for a huge allocation).
    fn len(&mut self, per: usize) -> Option<usize> {
        let n = self.word()? as usize;
        (n.checked_mul(per)? <= self.words.len()).then_some(n)
    }

    fn list(&mut self) -> Option<Vec<u32>> {
        let n = self.len(1)?;
        let (items, rest) = self.words.split_at(n);
        self.words = rest;
        Some(items.to_vec())
    }
}

impl Share {
    /// The share as words, for [`Share::from_words`].
    pub fn to_words(&self) -> Vec<u32> {
        let p = &self.problem;
        let mut w = Writer(Vec::with_capacity(
            32 + 5 * p.unit_coords.len() + 8 * p.cells.len() + 14 * p.groups.len(),
        ));
        w.word(TAG);
        w.float(self.units);
        for x in p.weights.values() {
            w.float(x);
        }
        w.flag(p.max_km.is_some());
        w.float(p.max_km.unwrap_or(0.0));
        w.word(p.unit_coords.len() as u32);
        for c in &p.unit_coords {
            w.flag(c.is_some());
            let Coord { lat, lon } = c.unwrap_or(Coord { lat: 0.0, lon: 0.0 });
            w.float(lat);
            w.float(lon);
        }
        w.word(p.cells.len() as u32);
        for c in &p.cells {
            w.word(c.unit);
            w.word(c.block);
            w.float(c.need);
            w.word(c.fixed);
            w.flag(c.accepts);
            w.list(&c.required);
        }
        w.word(p.groups.len() as u32);
        for g in &p.groups {
            w.word(g.cell);
            w.word(g.size);
            w.flag(g.rotation_due);
            w.list(&g.competencies);
            for wish in g.wishes {
                w.flag(wish.is_some());
                w.word(wish.unwrap_or(0));
            }
            w.list(&g.forbidden);
        }
        w.0
    }

    /// The share [`Share::to_words`] wrote, exactly; `None` for words it
    /// cannot have written (a wrong tag, a flag other than 0 or 1, a
    /// length past the end, words left over).
    pub fn from_words(words: &[u32]) -> Option<Share> {
        let mut r = Reader { words };
        if r.word()? != TAG {
            return None;
        }
        let units = r.float()?;
        let mut values = [0.0; 5];
        for x in &mut values {
            *x = r.float()?;
        }
        let weights = Weights::from_values(values);
        let has_max = r.flag()?;
        let max = r.float()?;
        let n = r.len(5)?;
        let mut unit_coords = Vec::with_capacity(n);
        for _ in 0..n {
            let has = r.flag()?;
            let coord = Coord {
                lat: r.float()?,
                lon: r.float()?,
            };
            unit_coords.push(has.then_some(coord));
        }
        let n = r.len(7)?;
        let mut cells = Vec::with_capacity(n);
        for _ in 0..n {
            cells.push(Cell {
                unit: r.word()?,
                block: r.word()?,
                need: r.float()?,
                fixed: r.word()?,
                accepts: r.flag()?,
                required: r.list()?,
            });
        }
        let n = r.len(11)?;
        let mut groups = Vec::with_capacity(n);
        for _ in 0..n {
            let (cell, size, rotation_due) = (r.word()?, r.word()?, r.flag()?);
            let competencies = r.list()?;
            let mut wishes = [None; 3];
            for wish in &mut wishes {
                let has = r.flag()?;
                let unit = r.word()?;
                *wish = has.then_some(unit);
            }
            groups.push(Group {
                cell,
                size,
                rotation_due,
                competencies,
                wishes,
                forbidden: r.list()?,
            });
        }
        if !r.words.is_empty() {
            return None;
        }
        Some(Share {
            problem: Problem {
                unit_coords,
                cells,
                groups,
                weights,
                max_km: has_max.then_some(max),
            },
            units,
        })
    }
}
