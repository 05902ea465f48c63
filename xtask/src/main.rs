//! `cargo xtask`: regenerate and check the generated client and the published spec.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod fuzz;

/// Project automation for the pembalasan.id client workspace.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    /// The workspace to work on [default: the one this xtask belongs to].
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate every family's client, CLI and mocks, and spec/FAMILY.json, from
    /// spec/FAMILY.yaml.
    ///
    /// Writes only the files whose content changed, each atomically; a spec that fails to
    /// generate leaves every file of every family as it was. When no spec, generated file or
    /// codegen has changed since the last regen (a stamp under target/xtask/), it skips
    /// generating.
    Regen,
    /// Fail, with a diff, when a generated file is stale. Writes nothing.
    Check,
    /// Report what the specs lack or contradict in docs pages saved as text.
    ///
    /// Checks each page's operation, path and query parameters, and example bodies (fields and
    /// their types) against the spec of the page's family, chosen by its path (`/public/api/…`
    /// public, `/platform/api/…` platform, other `/api/…` application). Prints one
    /// `PAGE: kind: detail` line per finding, then a summary. Exits 0 when everything is in the
    /// specs, 1 on findings, 2 when a page or a spec cannot be read or parsed.
    AuditDocs {
        /// One spec to audit every page against [default: each page's spec/FAMILY.yaml].
        #[arg(long, value_name = "PATH")]
        spec: Option<std::path::PathBuf>,
        /// Docs pages saved as text, in the format of list-all-conversations.txt.
        #[arg(value_name = "PAGE", required = true)]
        pages: Vec<std::path::PathBuf>,
    },
    /// Install or update the pinned third-party tools in .tools/ and print where they are.
    ///
    /// npm packages from xtask/tools/package-lock.json go to .tools/node, PyPI packages from
    /// xtask/tools/requirements.txt to .tools/venv; each is reinstalled only when its pins change.
    Tools,
    /// Lint every spec/FAMILY.json (Redocly CLI with redocly.yaml, then openapi-spec-validator)
    /// and spec/realtime.asyncapi.yaml (the AsyncAPI CLI's validate).
    ///
    /// Any error or warning fails; each problem is printed with its file:line:col and its
    /// location in the spec.
    LintSpec,
    /// Check that every spec/FAMILY.json serves other languages.
    ///
    /// Per family, generates a Python client (openapi-python-client) and TypeScript types
    /// (openapi-typescript) into target/other-languages/FAMILY, type-checks
    /// xtask/tools/ts/FAMILY.ts with tsc, and calls a Prism mock of the spec once through the
    /// Python client.
    OtherLanguages,
    /// Build the HTML API reference of each family (Redocly) into target/api-docs/FAMILY.html.
    Docs,
    /// Run every test and check, as CI does: fmt, clippy, check, tools, cargo test, the
    /// Prism contract tests, the spec lint, the other-language clients and the docs audit.
    Test,
    /// Benchmark regeneration, the client and its build, and print one table (release builds).
    ///
    /// Codegen at 1x, 10x and 100x the spec and a warm `cargo xtask regen`; list_conversations
    /// against a local server and decoding a 10 MB body, each next to a hand-written baseline;
    /// the cold and incremental release build of pembalasan-client. See BENCHMARKS.md.
    Bench {
        /// Leave out the cold and incremental build of pembalasan-client (a few minutes).
        #[arg(long)]
        skip_build_cost: bool,
    },
    /// Fuzz codegen::generate: cargo-fuzz on nightly if installed, else the stable mutation test.
    Fuzz {
        /// How long to fuzz, in seconds.
        #[arg(long, default_value_t = 60)]
        seconds: u64,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root.clone().unwrap_or_else(xtask::workspace_root);
    match cli.command {
        Command::Regen => match xtask::regen_if_changed(&root) {
            Ok(None) => {
                println!(
                    "regen: nothing changed since the last regen (specs, generated files, codegen)"
                );
                ExitCode::SUCCESS
            }
            Ok(Some(written)) if written.is_empty() => {
                println!("regen: everything is up to date with the specs");
                ExitCode::SUCCESS
            }
            Ok(Some(written)) => {
                for path in written {
                    println!("regen: wrote {path}");
                }
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: {message}");
                eprintln!("regen: no file was changed");
                ExitCode::FAILURE
            }
        },
        Command::Check => match xtask::stale(&root) {
            Ok(stale) if stale.is_empty() => {
                println!("check: every generated file matches its spec");
                ExitCode::SUCCESS
            }
            Ok(stale) => {
                for file in &stale {
                    print!("{}", file.diff);
                }
                eprintln!(
                    "error: {} generated file(s) are stale: {}",
                    stale.len(),
                    xtask::stale_paths(&stale)
                );
                eprintln!("fix: run `{}` and commit the result", xtask::FIX_COMMAND);
                ExitCode::FAILURE
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        },
        Command::AuditDocs { spec, pages } => {
            xtask::audit::report(&xtask::audit::run(&root, spec.as_deref(), &pages))
        }
        Command::Tools => finish(xtask::tools::install(&root)),
        Command::LintSpec => finish(xtask::spec_tools::lint_every_spec(&root, xtask::FAMILIES)),
        Command::OtherLanguages => {
            finish(xtask::spec_tools::other_languages(&root, xtask::FAMILIES))
        }
        Command::Test => finish(xtask::ci::run(&root)),
        Command::Bench { skip_build_cost } => finish(xtask::bench::run(
            &root,
            &xtask::bench::Options { skip_build_cost },
        )),
        Command::Docs => finish(xtask::spec_tools::build_docs(&root, xtask::FAMILIES).map(
            |pages| {
                for page in pages {
                    println!("docs: wrote {}", page.display());
                }
            },
        )),
        Command::Fuzz { seconds } => finish(fuzz::run(&root, seconds)),
    }
}

/// Exit status of a subcommand that printed its own progress; prints the error, if any.
fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
