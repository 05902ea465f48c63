//! The AsyncAPI document of the realtime events, `spec/realtime.asyncapi.yaml`: validated by
//! the pinned AsyncAPI CLI (`asyncapi validate`), every diagnostic of severity warning or
//! worse failing, each printed with its line and path.

use std::path::Path;

use serde_json::Value;

use crate::tools::{self, NodeTools};

/// The hand-written AsyncAPI document, relative to the workspace root.
pub const ASYNCAPI_SPEC: &str = "spec/realtime.asyncapi.yaml";

/// Where the CLI's JSON report is written, relative to the workspace root.
const REPORT: &str = "target/asyncapi-validate.json";

/// One diagnostic of the CLI: `file:line:column: severity code: message (at path)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// 0 error, 1 warning, 2 information, 3 hint (Spectral's scale).
    pub severity: u64,
    /// The line shown to the user: file, 1-based line and column, code, message, path.
    pub line: String,
}

/// Reads the CLI's JSON report (Spectral's diagnostics) into [`Diagnostic`]s for `file`.
pub fn parse_report(file: &str, json: &str) -> Result<Vec<Diagnostic>, String> {
    let value: Value = serde_json::from_str(json)
        .map_err(|err| format!("the AsyncAPI CLI's report is not JSON ({err})"))?;
    let items = value
        .as_array()
        .ok_or("the AsyncAPI CLI's report is not a list of diagnostics")?;
    Ok(items
        .iter()
        .map(|item| {
            let severity = item["severity"].as_u64().unwrap_or(0);
            let start = &item["range"]["start"];
            let line = start["line"].as_u64().unwrap_or(0) + 1;
            let column = start["character"].as_u64().unwrap_or(0) + 1;
            let label = ["error", "warning", "info", "hint"]
                .get(usize::try_from(severity).unwrap_or(0))
                .copied()
                .unwrap_or("error");
            let path: Vec<String> = item["path"]
                .as_array()
                .map(|parts| {
                    parts
                        .iter()
                        .map(|part| match part {
                            Value::String(text) => text.clone(),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            let mut text = format!(
                "{file}:{line}:{column}: {label} {}: {}",
                item["code"].as_str().unwrap_or("?"),
                item["message"].as_str().unwrap_or("")
            );
            if !path.is_empty() {
                text.push_str(&format!(" (at {})", path.join(" › ")));
            }
            Diagnostic {
                severity,
                line: text,
            }
        })
        .collect())
}

/// Runs `asyncapi validate` on `spec` (relative to `root`); `Ok` with the diagnostics when it
/// ran, however many it found.
pub fn validate(root: &Path, node: &NodeTools, spec: &str) -> Result<Vec<Diagnostic>, String> {
    let report = root.join(REPORT);
    if let Some(dir) = report.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|err| format!("{REPORT}: cannot create its folder ({err})"))?;
    }
    let _ = std::fs::remove_file(&report);
    let output = tools::output_of(
        node.command("asyncapi")
            .arg("validate")
            .arg(spec)
            .args(["--diagnostics-format", "json", "--save-output", REPORT])
            .args(["--fail-severity", "warn"])
            // No usage metrics: the CLI would try to reach its servers.
            .env("ASYNCAPI_METRICS", "false")
            .current_dir(root),
        "asyncapi validate",
    )?;
    let json = std::fs::read_to_string(&report).map_err(|err| {
        format!(
            "asyncapi validate ({}) wrote no report ({err}):\n{}",
            output.status,
            tools::combined_output(&output)
        )
    })?;
    let diagnostics = parse_report(spec, &json)?;
    let failing = diagnostics.iter().any(|item| item.severity <= 1);
    if failing == output.status.success() {
        return Err(format!(
            "asyncapi validate exited {} but reported {} diagnostic(s) of severity warning or worse",
            output.status,
            diagnostics.iter().filter(|item| item.severity <= 1).count()
        ));
    }
    Ok(diagnostics)
}

/// `cargo xtask lint-spec`'s AsyncAPI part: fails when the document has an error or a
/// warning, printing each diagnostic.
pub fn lint(root: &Path) -> Result<(), String> {
    if !root.join(ASYNCAPI_SPEC).is_file() {
        return Err(format!(
            "{ASYNCAPI_SPEC} not found: it is written by hand and committed"
        ));
    }
    let node = tools::node_tools(root)?;
    let diagnostics = validate(root, &node, ASYNCAPI_SPEC)?;
    for item in &diagnostics {
        println!("lint-spec: {}", item.line);
    }
    let failing = diagnostics.iter().filter(|item| item.severity <= 1).count();
    if failing == 0 {
        println!("lint-spec: asyncapi validate: {ASYNCAPI_SPEC}: no errors, no warnings");
        Ok(())
    } else {
        Err(format!(
            "asyncapi validate: {ASYNCAPI_SPEC} has {failing} error(s) or warning(s) (warnings fail too)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostics_name_the_line_the_code_and_the_path() {
        let json = r#"[{"code": "asyncapi-schema", "path": ["channels", "cable", "address"],
            "message": "\"address\" must be string", "severity": 0,
            "range": {"start": {"line": 41, "character": 4}, "end": {"line": 41, "character": 9}}},
            {"code": "asyncapi-latest-version", "path": ["asyncapi"], "message": "newer", "severity": 2,
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 5}}}]"#;
        let diagnostics = parse_report("spec/x.yaml", json).expect("a report");
        assert_eq!(
            diagnostics[0].line,
            "spec/x.yaml:42:5: error asyncapi-schema: \"address\" must be string (at channels › cable › address)"
        );
        assert_eq!(diagnostics[1].severity, 2);
        assert!(parse_report("spec/x.yaml", "not json").is_err());
    }
}
