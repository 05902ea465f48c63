//! `cargo xtask audit-docs`: reads the docs pages and the family specs, runs the `docs-audit`
//! library and prints its report.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use docs_audit::{EXIT_ERROR, LabelledSpec, Outcome, PageText, Specs};

use crate::FAMILIES;

/// Reads and parses one spec; the error is the line to print.
fn read_spec(path: &Path, label: String) -> Result<LabelledSpec, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| format!("{label}: cannot read the spec ({err})"))?;
    let spec = docs_audit::load_spec(&label, &text)?;
    Ok(LabelledSpec { label, spec })
}

/// The specs to audit against: `spec` for every page when given, else each family's
/// `spec/<family>.yaml` under `root`.
fn specs(root: &Path, spec: Option<&Path>) -> Result<Specs, String> {
    match spec {
        Some(path) => read_spec(path, path.display().to_string()).map(Specs::One),
        None => FAMILIES
            .iter()
            .map(|family| {
                read_spec(&root.join(family.spec()), family.spec()).map(|spec| (family.name, spec))
            })
            .collect::<Result<Vec<_>, String>>()
            .map(Specs::PerFamily),
    }
}

/// Audits `pages` against `spec` (or each page's family spec under `root` when `None`).
pub fn run(root: &Path, spec: Option<&Path>, pages: &[PathBuf]) -> Outcome {
    let specs = match specs(root, spec) {
        Ok(specs) => specs,
        Err(message) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: vec![
                    format!("error: {message}"),
                    "audit-docs: no page was audited".to_owned(),
                ],
                code: EXIT_ERROR,
            };
        }
    };
    let pages: Vec<PageText> = pages
        .iter()
        .map(|path| PageText {
            name: path.display().to_string(),
            text: std::fs::read_to_string(path).map_err(|err| err.to_string()),
        })
        .collect();
    docs_audit::run(&specs, &pages)
}

/// Prints an outcome's lines and returns its exit code.
pub fn report(outcome: &Outcome) -> ExitCode {
    for line in &outcome.stdout {
        println!("{line}");
    }
    for line in &outcome.stderr {
        eprintln!("{line}");
    }
    ExitCode::from(outcome.code)
}
