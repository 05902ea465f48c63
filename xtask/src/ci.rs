//! `cargo xtask test`: every test and check of the workspace, in one command (what CI runs).

use std::path::{Path, PathBuf};
use std::time::Instant;

/// What a step does, given the workspace root.
type StepFn = Box<dyn Fn(&Path) -> Result<(), String>>;

/// One step of the run: a name and what it does.
struct Step {
    name: &'static str,
    run: StepFn,
}

/// Runs a cargo command in the workspace and fails with its exit status.
fn cargo(args: &'static [&'static str]) -> StepFn {
    cargo_with_env(args, &[])
}

/// Like [`cargo`], with extra environment variables.
fn cargo_with_env(
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
) -> StepFn {
    Box::new(move |root: &Path| crate::cargo::status(root, args, env))
}

/// The docs pages saved beside the checkout (`../shared/docs/*.txt`), when that folder exists.
pub fn shared_docs_pages(root: &Path) -> Option<Vec<PathBuf>> {
    let dir = root.parent()?.join("shared").join("docs");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    pages.sort();
    Some(pages)
}

fn steps() -> Vec<Step> {
    vec![
        Step {
            name: "format (cargo fmt --check)",
            run: cargo(&["fmt", "--all", "--check"]),
        },
        Step {
            name: "lints (cargo clippy -D warnings)",
            run: cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
        },
        Step {
            name: "lints with the cli and mock features",
            run: cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--all-features",
                "--",
                "-D",
                "warnings",
            ]),
        },
        Step {
            name: "each family compiles on its own (clippy, one family feature)",
            run: Box::new(|root| {
                for family in crate::FAMILIES {
                    let features = format!("rustls,{}", family.name);
                    let args = [
                        "clippy",
                        "-p",
                        "pembalasan-client",
                        "--lib",
                        "--no-default-features",
                        "--features",
                        &features,
                        "--",
                        "-D",
                        "warnings",
                    ];
                    crate::cargo::status(root, &args, &[])?;
                }
                Ok(())
            }),
        },
        Step {
            name: "API docs build without warnings (cargo doc)",
            run: cargo_with_env(
                &["doc", "--workspace", "--no-deps", "--all-features"],
                &[("RUSTDOCFLAGS", "-D warnings")],
            ),
        },
        Step {
            name: "generated files match the specs (cargo xtask check)",
            run: Box::new(|root| {
                let stale = crate::stale(root)?;
                if stale.is_empty() {
                    return Ok(());
                }
                for file in &stale {
                    print!("{}", file.diff);
                }
                Err(format!(
                    "stale: {}; run `{}` and commit the result",
                    crate::stale_paths(&stale),
                    crate::FIX_COMMAND
                ))
            }),
        },
        Step {
            name: "third-party tools installed (cargo xtask tools)",
            run: Box::new(crate::tools::install),
        },
        Step {
            name: "tests, with the cli and mock features (cargo test --workspace --all-features)",
            run: cargo(&["test", "--workspace", "--all-features"]),
        },
        Step {
            name: "benchmarks build, not run (cargo build --benches)",
            run: cargo(&["build", "--workspace", "--benches"]),
        },
        Step {
            name: "tests that need the tools (Prism contract, spec tools)",
            run: cargo(&[
                "test",
                "-p",
                "xtask",
                "--test",
                "contract_public",
                "--test",
                "contract_token_families",
                "--test",
                "spec_tools",
                "--",
                "--ignored",
            ]),
        },
        Step {
            name: "spec lint (Redocly, openapi-spec-validator, AsyncAPI CLI)",
            run: Box::new(|root| crate::spec_tools::lint_every_spec(root, crate::FAMILIES)),
        },
        Step {
            name: "other languages (Python client, TypeScript types)",
            run: Box::new(|root| crate::spec_tools::other_languages(root, crate::FAMILIES)),
        },
        Step {
            name: "docs audit (../shared/docs/*.txt)",
            run: Box::new(|root| match shared_docs_pages(root) {
                None => {
                    println!("no ../shared/docs folder beside the checkout: nothing to audit");
                    Ok(())
                }
                Some(pages) => {
                    let outcome = crate::audit::run(root, None, &pages);
                    if crate::audit::report(&outcome) == std::process::ExitCode::SUCCESS {
                        Ok(())
                    } else {
                        Err("the spec lacks what the docs pages show (see above)".to_owned())
                    }
                }
            }),
        },
    ]
}

/// Runs every step, even after a failure, and prints a summary; fails if any step failed.
pub fn run(root: &Path) -> Result<(), String> {
    let steps = steps();
    let total = steps.len();
    let mut failed = Vec::new();
    let started = Instant::now();
    for (index, step) in steps.iter().enumerate() {
        println!("\n==> [{}/{total}] {}", index + 1, step.name);
        let step_started = Instant::now();
        match (step.run)(root) {
            Ok(()) => println!(
                "<== ok: {} ({:.1} s)",
                step.name,
                step_started.elapsed().as_secs_f64()
            ),
            Err(message) => {
                println!("<== FAILED: {}: {message}", step.name);
                failed.push(step.name);
            }
        }
    }
    println!(
        "\nxtask test took {:.0} s; failed steps: {}",
        started.elapsed().as_secs_f64(),
        if failed.is_empty() {
            "none".to_owned()
        } else {
            failed.join("; ")
        }
    );
    println!(
        "steps: {} passed, {} failed",
        total - failed.len(),
        failed.len()
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("{} of {total} steps failed", failed.len()))
    }
}
