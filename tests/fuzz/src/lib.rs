//! The one function both fuzz drivers call: hand arbitrary bytes to every
//! reader under every file name it treats differently. A panic anywhere is
//! the bug being hunted; results are ignored.

use seimbang::io::{HeaderMapping, InputFile, read_data, read_plan};

/// File names that steer the reader into each of its paths.
pub const NAMES: [&str; 6] = [
    "pegawai.csv",
    "data.xlsx",
    "data.zip",
    "kebutuhan.csv",
    "ruang.json",
    "rencana.csv",
];

/// Reads `data` as each kind of file; the first byte also picks a second
/// file so multi-file imports are exercised.
pub fn fuzz_one(data: &[u8]) {
    let mapping = HeaderMapping::new();
    for name in NAMES {
        let file = InputFile::new(name, data.to_vec());
        let _ = read_data(std::slice::from_ref(&file), &mapping);
        let _ = read_plan(&file);
    }
    if let Some((first, rest)) = data.split_first() {
        let split = usize::from(*first) % (rest.len() + 1);
        let (a, b) = rest.split_at(split);
        let files = [
            InputFile::new("pegawai.csv", a.to_vec()),
            InputFile::new("unit.csv", b.to_vec()),
        ];
        let _ = read_data(&files, &mapping);
    }
}
