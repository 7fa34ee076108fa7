//! One module per screen; each page orchestrates components and state.

pub mod analysis;
pub mod data;
pub mod home;
pub mod import;
pub mod plan;
pub mod settings;
