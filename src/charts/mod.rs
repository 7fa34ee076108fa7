//! Chart models (pure data) and their drawing with plotters, generic over the
//! backend so charts render to SVG in the browser and in native tests.
//!
//! Never does: browser calls.
