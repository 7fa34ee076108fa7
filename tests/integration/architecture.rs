//! Tidy rules read from the sources (rust-analyzer's habit): the layering of
//! ARCHITECTURE.md holds, and shipped code carries no stubs.

use std::fs;
use std::path::{Path, PathBuf};

/// Layers that must compile and run without a browser.
const PURE_LAYERS: &[&str] = &[
    "model", "engine", "planner", "io", "charts", "i18n", "synth",
];

/// Crates and paths that only exist in a browser.
const BROWSER_CRATES: &[&str] = &[
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo_storage",
    "gloo_",
    "leptos",
    "crate::ui",
    "crate::storage",
];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Lines that use `name` as a path, ignoring comments.
fn uses(source: &str, name: &str) -> Vec<(usize, String)> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.split("//").next().unwrap_or("");
            code.contains(&format!("{name}::")) || code.contains(&format!("use {name}"))
        })
        .map(|(i, line)| (i + 1, line.trim().to_string()))
        .collect()
}

#[test]
fn pure_layers_never_use_browser_crates() {
    let mut offences = Vec::new();
    for layer in PURE_LAYERS {
        let dir = src().join(layer);
        assert!(
            dir.is_dir(),
            "layer {layer} is missing at {}",
            dir.display()
        );
        for file in rust_files(&dir) {
            let text = fs::read_to_string(&file).unwrap();
            for krate in BROWSER_CRATES {
                for (line, code) in uses(&text, krate) {
                    offences.push(format!("{}:{line}: {code}", file.display()));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "browser code in a pure layer:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_engine_uses_no_clock_thread_or_randomness() {
    let banned = [
        "std::time",
        "Instant",
        "SystemTime",
        "std::thread",
        "rand::",
        "HashMap",
    ];
    let mut offences = Vec::new();
    for file in rust_files(&src().join("engine")) {
        let text = fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in banned {
                if code.contains(word) {
                    offences.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "non-determinism in the engine:\n{}",
        offences.join("\n")
    );
}

#[test]
fn every_module_starts_with_a_module_doc() {
    let mut missing = Vec::new();
    for file in rust_files(&src()) {
        let text = fs::read_to_string(&file).unwrap();
        if !text.trim_start().starts_with("//!") {
            missing.push(file.display().to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "files without a `//!` doc:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_detector_sees_a_browser_import() {
    // Guards the guard: the rule above must notice a real offence.
    assert_eq!(uses("use web_sys::Window;", "web_sys").len(), 1);
    assert_eq!(uses("let w = web_sys::window();", "web_sys").len(), 1);
    assert!(uses("// web_sys:: is fine in a comment", "web_sys").is_empty());
}
