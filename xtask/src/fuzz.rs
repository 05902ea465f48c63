//! `cargo xtask fuzz --seconds N`: fuzz `codegen::generate` for N seconds.
//!
//! With a nightly toolchain and cargo-fuzz installed, runs libFuzzer on the `generate` target of
//! `codegen/fuzz`, seeded with the bad-spec fixtures and the workspace spec; a crash leaves its
//! input in `codegen/fuzz/artifacts/generate/` (add it to `codegen/tests/bad-specs/` with a row
//! in `codegen/tests/bad_specs.rs`). Without them, says what to install and runs the stable
//! mutation test (`codegen/tests/fuzz_mutations.rs`) for N seconds instead, with a fresh seed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

/// The cargo-fuzz crate, relative to the workspace root.
const FUZZ_DIR: &str = "codegen/fuzz";

/// The libFuzzer limit for one input, in seconds: a slower input is reported as a hang.
const INPUT_TIMEOUT_SECONDS: u64 = 20;

/// Fuzzes for `seconds` seconds with the best fuzzer available.
pub fn run(root: &Path, seconds: u64) -> Result<(), String> {
    match missing_tools(root) {
        None => cargo_fuzz(root, seconds),
        Some(missing) => {
            eprintln!("fuzz: {missing}");
            eprintln!("fuzz: running the stable mutation test for {seconds} s instead");
            mutation_test(root, seconds)
        }
    }
}

/// What cargo-fuzz needs and is missing, with how to install it; `None` when all is there.
fn missing_tools(root: &Path) -> Option<String> {
    if !succeeds(xtask::cargo::rustup(root).args(["+nightly", "--version"])) {
        return Some(
            "cargo-fuzz needs a nightly toolchain, and there is none; install it with \
             `rustup toolchain install nightly`, then cargo-fuzz with `cargo install cargo-fuzz`"
                .to_owned(),
        );
    }
    if !succeeds(xtask::cargo::rustup(root).args(["+nightly", "fuzz", "--version"])) {
        return Some(
            "cargo-fuzz is not installed; install it with `cargo install cargo-fuzz`".to_owned(),
        );
    }
    None
}

/// Runs libFuzzer on the `generate` target.
fn cargo_fuzz(root: &Path, seconds: u64) -> Result<(), String> {
    let fuzz_dir = root.join(FUZZ_DIR);
    let corpus = fuzz_dir.join("corpus/generate");
    std::fs::create_dir_all(&corpus).map_err(|err| {
        format!(
            "{}: cannot create the corpus directory ({err})",
            corpus.display()
        )
    })?;
    let seeds: Vec<PathBuf> = [root.join("codegen/tests/bad-specs"), root.join("spec")]
        .into_iter()
        .filter(|dir| dir.is_dir())
        .collect();
    println!(
        "fuzz: cargo +nightly fuzz run generate for {seconds} s (crashes go to {FUZZ_DIR}/artifacts/generate/)"
    );
    let status = xtask::cargo::rustup(&fuzz_dir)
        .args(["+nightly", "fuzz", "run", "generate"])
        .arg(&corpus)
        .args(&seeds)
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-timeout={INPUT_TIMEOUT_SECONDS}"))
        .arg(format!("-dict={}", fuzz_dir.join("openapi.dict").display()))
        .status()
        .map_err(|err| format!("cannot run cargo +nightly fuzz ({err})"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "cargo-fuzz found a problem ({status}); its input is in {FUZZ_DIR}/artifacts/generate/: reproduce it with `cargo +nightly fuzz run generate <file>` in {FUZZ_DIR}, fix it, and keep the input as a fixture in codegen/tests/bad-specs/"
        ))
    }
}

/// Runs the stable mutation test with a time budget and a fresh seed.
fn mutation_test(root: &Path, seconds: u64) -> Result<(), String> {
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or_default();
    println!(
        "fuzz: cargo test -p codegen --test fuzz_mutations with CODEGEN_FUZZ_SECONDS={seconds} CODEGEN_FUZZ_SEED={seed}"
    );
    let status = xtask::cargo::workspace(root)
        .args(["test", "-p", "codegen", "--test", "fuzz_mutations", "--"])
        .args(["mutated_specs_never_panic", "--nocapture"])
        .env("CODEGEN_FUZZ_SECONDS", seconds.to_string())
        .env("CODEGEN_FUZZ_SEED", seed.to_string())
        .status()
        .map_err(|err| format!("cannot run cargo test ({err})"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "the mutation test failed ({status}); rerun it with CODEGEN_FUZZ_SEED={seed} to reproduce"
        ))
    }
}

/// Whether a command runs and exits with success (its output hidden).
fn succeeds(command: &mut Command) -> bool {
    command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}
