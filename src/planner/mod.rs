//! Model ↔ engine: eligibility rules, lowering of a data set to the engine's
//! dense problem, and explanations of the result.
//!
//! Never does: parsing of bytes or any browser call.
