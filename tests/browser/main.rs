//! Browser tests: wasm-bindgen-test in headless Chromium. They mount the real
//! app and use real local storage.
#![cfg(target_arch = "wasm32")]

mod io_write;
mod mount;
