//! Pure optimisation on dense indices.
//!
//! Owns: the exact min-cost-flow solver for the balancing objective. Never
//! does: parsing, I/O, clocks, threads, randomness, or browser calls.
