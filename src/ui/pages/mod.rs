//! One module per screen; each page orchestrates components and state.

pub mod analysis;
pub mod home;
