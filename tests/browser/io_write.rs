//! The writers run in the browser: XLSX export reads the clock once inside
//! rust_xlsxwriter, which panics on wasm32 unless its `wasm` feature turns
//! that into `Date.now()`. These tests fail if that ever regresses.

use wasm_bindgen_test::*;

use seimbang::io::template::{template_data, template_xlsx};
use seimbang::io::workspace::{Workspace, from_json, to_json};
use seimbang::io::write_csv::write_csv_tables;
use seimbang::io::write_xlsx::write_xlsx;
use seimbang::io::write_zip::write_zip;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn xlsx_and_template_exports_work_in_the_browser_with_the_same_bytes_twice() {
    let data = template_data();
    let first = write_xlsx(&data).unwrap();
    assert!(first.starts_with(b"PK"));
    assert_eq!(first, write_xlsx(&data).unwrap());
    let template = template_xlsx().unwrap();
    assert_eq!(template, template_xlsx().unwrap());
}

#[wasm_bindgen_test]
fn csv_zip_and_workspace_exports_work_in_the_browser() {
    let data = template_data();
    assert_eq!(write_csv_tables(&data).len(), 6);
    assert!(write_zip(&data).unwrap().starts_with(b"PK"));
    let workspace = Workspace::new(data);
    assert_eq!(from_json(&to_json(&workspace)), Ok(workspace));
}
