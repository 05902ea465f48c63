//! What the specs lack or contradicts in the published API docs ("Panduan pembalasan.id").
//!
//! Pure: texts in, findings out. [`page`] parses a docs page saved as text into the operation it
//! documents; [`family_of`] picks the API family from the page's path; [`compare`] checks the
//! operation against that family's spec and lists [`Finding`]s; [`run`] audits many pages and
//! words the report as lines. `cargo xtask audit-docs` reads the files and prints the lines.

pub mod compare;
pub mod page;

use serde_json::Value;

pub use compare::{Finding, FindingKind, PageAudit, audit};
pub use page::{Page, ParseError, parse};

/// Exit status when every page is in its spec.
pub const EXIT_CLEAN: u8 = 0;
/// Exit status when a spec lacks or contradicts something on a page.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status when a page or a spec cannot be read or parsed, or a page has no spec.
pub const EXIT_ERROR: u8 = 2;

/// The API family a documented path belongs to: `public` for `/public/api/…`, `platform` for
/// `/platform/api/…`, and `application` for everything else (`/api/v1/…`).
pub fn family_of(path: &str) -> &'static str {
    if path.starts_with("/public/") {
        "public"
    } else if path.starts_with("/platform/") {
        "platform"
    } else {
        "application"
    }
}

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

/// A spec to audit against, with the name it has in the report (such as `spec/public.yaml`).
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledSpec {
    /// The name in the report.
    pub label: String,
    /// The spec, parsed.
    pub spec: Value,
}

/// Which spec each page is audited against.
#[derive(Debug, Clone, PartialEq)]
pub enum Specs {
    /// The spec of the page's family ([`family_of`]), by family name.
    PerFamily(Vec<(&'static str, LabelledSpec)>),
    /// One spec for every page.
    One(LabelledSpec),
}

impl Specs {
    /// The spec for a page documenting `path`, or the family that has none.
    fn for_path(&self, path: &str) -> Result<&LabelledSpec, &'static str> {
        match self {
            Specs::One(spec) => Ok(spec),
            Specs::PerFamily(specs) => {
                let family = family_of(path);
                specs
                    .iter()
                    .find(|(name, _)| *name == family)
                    .map(|(_, spec)| spec)
                    .ok_or(family)
            }
        }
    }
}

/// A docs page as the caller read it: its name in the report and its text, or why it could
/// not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageText {
    /// The name in the report, such as the path given on the command line.
    pub name: String,
    /// The page's text, or the reason it could not be read.
    pub text: Result<String, String>,
}

/// What an audit prints and how it exits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Lines for standard output: one per finding (`PAGE: kind: detail`), then the summary.
    pub stdout: Vec<String>,
    /// Lines for standard error: pages that could not be read, parsed or matched to a spec.
    pub stderr: Vec<String>,
    /// [`EXIT_CLEAN`], [`EXIT_FINDINGS`] or [`EXIT_ERROR`].
    pub code: u8,
}

/// The counts a run adds up.
#[derive(Debug, Default)]
struct Totals {
    audited: usize,
    with_findings: usize,
    findings: usize,
    parameters: usize,
    fields: usize,
}

/// Audits every page against the spec of its family. A page that cannot be read, parsed or
/// matched to a spec is reported on standard error with its line, and the others are still
/// audited.
pub fn run(specs: &Specs, pages: &[PageText]) -> Outcome {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut totals = Totals::default();
    let mut labels: Vec<&str> = Vec::new();
    for page in pages {
        let name = &page.name;
        let text = match &page.text {
            Ok(text) => text,
            Err(reason) => {
                stderr.push(format!("error: {name}: cannot read the page ({reason})"));
                continue;
            }
        };
        let parsed = match parse(text) {
            Ok(parsed) => parsed,
            Err(err) => {
                stderr.push(format!("error: {name}:{}: {}", err.line, err.message));
                continue;
            }
        };
        let spec = match specs.for_path(&parsed.path) {
            Ok(spec) => spec,
            Err(family) => {
                stderr.push(format!(
                    "error: {name}: documents {} of the {family} API, which has no spec here (spec/{family}.yaml)",
                    parsed.path
                ));
                continue;
            }
        };
        if !labels.contains(&spec.label.as_str()) {
            labels.push(&spec.label);
        }
        let result = audit(&spec.spec, &parsed);
        totals.audited += 1;
        totals.parameters += result.parameters;
        totals.fields += result.fields;
        if !result.findings.is_empty() {
            totals.with_findings += 1;
            totals.findings += result.findings.len();
        }
        stdout.extend(
            result
                .findings
                .iter()
                .map(|finding| format!("{name}: {finding}")),
        );
    }

    let against = if labels.is_empty() {
        "no spec".to_owned()
    } else {
        labels.join(", ")
    };
    let Totals {
        audited,
        with_findings,
        findings,
        parameters,
        fields,
    } = totals;
    let counts = format!("{audited} operation(s), {parameters} parameter(s), {fields} field(s)");
    let failed = pages.len() - audited;
    let summary = if findings == 0 && failed == 0 {
        format!("audit-docs: {audited} page(s), {counts}: all in {against}")
    } else {
        let mut summary = format!(
            "audit-docs: {findings} finding(s) in {with_findings} of {audited} page(s) ({counts} checked against {against})"
        );
        if failed > 0 {
            summary.push_str(&format!(
                "; {failed} page(s) could not be read, parsed or matched to a spec"
            ));
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
