//! A libFuzzer-free mutation loop for stable Rust: starts from the seed
//! files given on the command line (e.g. the test fixtures), mutates them
//! with a seeded xorshift generator (flip, insert, delete, splice,
//! truncate) and feeds each mutant to `fuzz_one`. Deterministic for a given
//! seed; much weaker than coverage-guided libFuzzer, but it runs here.
//!
//! Usage: stable_loop ITERATIONS SEED FILE...

use std::time::Instant;

/// xorshift64*: small, seeded, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], input: &mut Vec<u8>) {
    for _ in 0..=rng.below(4) {
        match rng.below(6) {
            0 if !input.is_empty() => {
                let i = rng.below(input.len());
                input[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(input.len() + 1);
                let interesting = b",;\t\"\n\r.E+-0123456789PK\x03\x04\xef\xbb\xbf";
                input.insert(i, interesting[rng.below(interesting.len())]);
            }
            2 if !input.is_empty() => {
                let i = rng.below(input.len());
                let n = rng.below(16).min(input.len() - i);
                input.drain(i..i + n);
            }
            3 if !seeds.is_empty() => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                let to = from + rng.below(other.len() - from + 1);
                let at = rng.below(input.len() + 1);
                input.splice(at..at, other[from..to].iter().copied());
            }
            4 => {
                let keep = rng.below(input.len() + 1);
                input.truncate(keep);
            }
            _ => {
                let i = rng.below(input.len() + 1);
                input.insert(i, rng.next() as u8);
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let iterations: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1).max(1);
    let seeds: Vec<Vec<u8>> = args
        .iter()
        .skip(2)
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    let mut rng = Rng(seed);
    let start = Instant::now();
    for i in 0..iterations {
        let mut input = if seeds.is_empty() {
            Vec::new()
        } else {
            seeds[rng.below(seeds.len())].clone()
        };
        mutate(&mut rng, &seeds, &mut input);
        seimbang_fuzz::fuzz_one(&input);
        if (i + 1) % 1000 == 0 {
            eprintln!("{} inputs, {:.1} s", i + 1, start.elapsed().as_secs_f64());
        }
    }
    println!(
        "{iterations} mutated inputs from {} seeds (seed {seed}): no panic in {:.1} s",
        seeds.len(),
        start.elapsed().as_secs_f64()
    );
}
