//! libFuzzer target (nightly + cargo-fuzz): every reader, arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    seimbang_fuzz::fuzz_one(data);
});
