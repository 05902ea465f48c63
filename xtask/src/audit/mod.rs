//! `cargo xtask audit-docs`: what the spec lacks or contradicts in the published API docs.
//!
//! [`page`] parses a docs page saved as text into the operation it documents; [`compare`]
//! checks that operation against the spec and lists [`Finding`]s. Both are pure (text in,
//! findings out). [`run`] reads the files and words the report; [`Outcome::report`] prints it.

pub mod compare;
pub mod page;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;

pub use compare::{Finding, FindingKind, PageAudit, audit};
pub use page::{Page, ParseError, parse};

/// Exit status when every page is in the spec.
pub const EXIT_CLEAN: u8 = 0;
/// Exit status when the spec lacks or contradicts something on a page.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status when a page or the spec cannot be read or parsed.
pub const EXIT_ERROR: u8 = 2;

/// Parses the spec text (YAML or JSON) into a JSON value; `label` names the file in errors.
pub fn load_spec(label: &str, text: &str) -> Result<Value, String> {
    let value: Value = serde_yaml::from_str(text).map_err(|err| {
        let message = err.to_string();
        let message = match message.find(" at line ") {
            Some(index) => &message[..index],
            None => message.as_str(),
        };
        match err.location() {
            Some(location) => format!(
                "{label}:{}:{}: the spec is not valid YAML ({message})",
                location.line(),
                location.column()
            ),
            None => format!("{label}: the spec is not valid YAML ({message})"),
        }
    })?;
    if !value.is_object() {
        return Err(format!(
            "{label}: the spec is not a YAML mapping; expected an OpenAPI document with `paths:`"
        ));
    }
    if !value.get("paths").is_some_and(Value::is_object) {
        return Err(format!(
            "{label}: the spec has no `paths:` mapping, so it has no operation to audit against"
        ));
    }
    Ok(value)
}

/// What an `audit-docs` run prints and how it exits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Lines for standard output: one per finding (`PAGE: kind: detail`), then the summary.
    pub stdout: Vec<String>,
    /// Lines for standard error: pages or a spec that could not be read or parsed.
    pub stderr: Vec<String>,
    /// [`EXIT_CLEAN`], [`EXIT_FINDINGS`] or [`EXIT_ERROR`].
    pub code: u8,
}

impl Outcome {
    /// Prints the lines and returns the exit code.
    pub fn report(&self) -> ExitCode {
        for line in &self.stdout {
            println!("{line}");
        }
        for line in &self.stderr {
            eprintln!("{line}");
        }
        ExitCode::from(self.code)
    }
}

/// Audits `pages` against the spec at `spec` (or `root/spec/openapi.yaml` when `None`).
///
/// Pages are named in the report as given; a page that cannot be read or parsed is reported
/// on standard error with its line, and the other pages are still audited.
pub fn run(root: &Path, spec: Option<&Path>, pages: &[PathBuf]) -> Outcome {
    let (spec_path, spec_label) = match spec {
        Some(path) => (path.to_path_buf(), path.display().to_string()),
        None => (root.join(crate::SPEC_PATH), crate::SPEC_PATH.to_owned()),
    };
    let spec_value = std::fs::read_to_string(&spec_path)
        .map_err(|err| format!("{spec_label}: cannot read the spec ({err})"))
        .and_then(|text| load_spec(&spec_label, &text));
    let spec_value = match spec_value {
        Ok(value) => value,
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

    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let (mut audited, mut with_findings, mut findings) = (0usize, 0usize, 0usize);
    let (mut parameters, mut fields) = (0usize, 0usize);
    for page_path in pages {
        let name = page_path.display().to_string();
        let text = match std::fs::read_to_string(page_path) {
            Ok(text) => text,
            Err(err) => {
                stderr.push(format!("error: {name}: cannot read the page ({err})"));
                continue;
            }
        };
        let parsed = match parse(&text) {
            Ok(parsed) => parsed,
            Err(err) => {
                stderr.push(format!("error: {name}:{}: {}", err.line, err.message));
                continue;
            }
        };
        let result = audit(&spec_value, &parsed);
        audited += 1;
        parameters += result.parameters;
        fields += result.fields;
        if !result.findings.is_empty() {
            with_findings += 1;
            findings += result.findings.len();
        }
        stdout.extend(
            result
                .findings
                .iter()
                .map(|finding| format!("{name}: {finding}")),
        );
    }

    let counts = format!("{audited} operation(s), {parameters} parameter(s), {fields} field(s)");
    let failed = pages.len() - audited;
    let summary = if findings == 0 && failed == 0 {
        format!("audit-docs: {audited} page(s), {counts}: all in {spec_label}")
    } else {
        let mut summary = format!(
            "audit-docs: {findings} finding(s) in {with_findings} of {audited} page(s) ({counts} checked against {spec_label})"
        );
        if failed > 0 {
            summary.push_str(&format!("; {failed} page(s) could not be read or parsed"));
        }
        summary
    };
    stdout.push(summary);
    let code = if failed > 0 {
        EXIT_ERROR
    } else if findings > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    };
    Outcome {
        stdout,
        stderr,
        code,
    }
}
