//! Coordinates and the great-circle distance of objective.md.
//!
//! Trigonometry comes from the `libm` crate, not the platform, so native and
//! WebAssembly builds compute bit-identical distances (determinism of plans
//! and exports across the CLI and the app).

use serde::{Deserialize, Serialize};

/// Earth radius of objective.md, in km.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// A point in decimal degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Coord {
    /// Latitude, −90..=90.
    pub lat: f64,
    /// Longitude, −180..=180.
    pub lon: f64,
}

impl Coord {
    /// A coordinate when both values are finite and in range.
    pub fn new(lat: f64, lon: f64) -> Option<Coord> {
        let ok = lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0;
        ok.then_some(Coord { lat, lon })
    }
}

/// Haversine distance in km between two points (radius 6371.0 km).
///
/// # Example
/// ```
/// use seimbang::model::{Coord, haversine_km};
/// let a = Coord::new(-7.42, 109.95).unwrap();
/// assert_eq!(haversine_km(a, a), 0.0);
/// ```
pub fn haversine_km(a: Coord, b: Coord) -> f64 {
    haversine_km_cos(a, cos_lat(a), b, cos_lat(b))
}

/// `cos φ` of a point, the factor of [`haversine_km`] that depends on one
/// point only: a caller computing many distances from the same points
/// computes it once per point and calls [`haversine_km_cos`].
pub fn cos_lat(a: Coord) -> f64 {
    libm::cos(a.lat * (std::f64::consts::PI / 180.0))
}

/// [`haversine_km`] with each point's [`cos_lat`] given: bit for bit the
/// same distance, two cosines fewer.
///
/// # Example
/// ```
/// use seimbang::model::{Coord, cos_lat, haversine_km, haversine_km_cos};
/// let a = Coord::new(-7.42, 109.95).unwrap();
/// let b = Coord::new(-6.2, 106.8).unwrap();
/// assert_eq!(haversine_km_cos(a, cos_lat(a), b, cos_lat(b)), haversine_km(a, b));
/// ```
pub fn haversine_km_cos(a: Coord, cos_a: f64, b: Coord, cos_b: f64) -> f64 {
    let to_rad = std::f64::consts::PI / 180.0;
    let dphi = (b.lat - a.lat) * to_rad;
    let dlambda = (b.lon - a.lon) * to_rad;
    let s1 = libm::sin(dphi / 2.0);
    let s2 = libm::sin(dlambda / 2.0);
    let h = s1 * s1 + cos_a * cos_b * s2 * s2;
    2.0 * EARTH_RADIUS_KM * libm::asin(h.clamp(0.0, 1.0).sqrt())
}

/// A lower bound of [`haversine_km`] without trigonometry: a great circle
/// between two latitudes is at least as long as the meridian arc between
/// them, `R·|Δφ|`. It is shaved by a millionth, far more than the rounding
/// of the haversine formula can take off, so it never exceeds the
/// computed distance. The engine's pricing uses it to skip the targets too
/// far to pay without computing their distance. A latitude outside
/// −90..=90 (a [`Coord`] built without [`Coord::new`]) gives 0, which is
/// always a lower bound.
///
/// # Example
/// ```
/// use seimbang::model::{Coord, haversine_floor_km, haversine_km};
/// let a = Coord::new(-7.42, 109.95).unwrap();
/// let b = Coord::new(-6.2, 106.8).unwrap();
/// assert!(haversine_floor_km(a, b) <= haversine_km(a, b));
/// ```
pub fn haversine_floor_km(a: Coord, b: Coord) -> f64 {
    if !(a.lat.abs() <= 90.0 && b.lat.abs() <= 90.0) {
        return 0.0;
    }
    let to_rad = std::f64::consts::PI / 180.0;
    EARTH_RADIUS_KM * ((b.lat - a.lat).abs() * to_rad) * (1.0 - 1e-6)
}
