//! What `cargo xtask lint-spec`, `docs` and `other-languages` do with each family's published
//! spec (`spec/<family>.json`), using the pinned third-party tools of [`crate::tools`].

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::Family;
use crate::tools::{self, NodeTools, Prism, PythonTools};

/// The Redocly CLI configuration, relative to the workspace root.
pub const REDOCLY_CONFIG: &str = "redocly.yaml";
/// Where `cargo xtask docs` writes the HTML references (`<family>.html`), relative to the
/// workspace root.
pub const DOCS_DIR: &str = "target/api-docs";
/// Where `cargo xtask other-languages` writes, relative to the workspace root (emptied first).
pub const OTHER_LANGUAGES_DIR: &str = "target/other-languages";
/// The openapi-python-client configuration, relative to the workspace root.
pub const PYTHON_CLIENT_CONFIG: &str = "xtask/tools/python/openapi-python-client.yaml";
/// The script that calls the Prism mock through a generated Python client.
pub const CALL_PRISM_PY: &str = "xtask/tools/python/call_prism.py";

impl Family {
    /// The generated Python project, relative to the workspace root.
    pub fn python_output(&self) -> String {
        format!("{OTHER_LANGUAGES_DIR}/{}/python", self.name)
    }

    /// The generated TypeScript types, relative to the workspace root.
    pub fn ts_output(&self) -> String {
        format!("{OTHER_LANGUAGES_DIR}/{}/ts/api.d.ts", self.name)
    }

    /// The TypeScript file type-checked against the generated types.
    pub fn usage_ts(&self) -> String {
        format!("xtask/tools/ts/{}.ts", self.name)
    }

    /// The HTML reference `cargo xtask docs` writes, relative to the workspace root.
    pub fn docs_output(&self) -> String {
        format!("{DOCS_DIR}/{}.html", self.name)
    }
}

/// One problem that `redocly lint` reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintProblem {
    /// `error` or `warn`.
    pub severity: String,
    /// The rule, e.g. `no-invalid-media-type-examples`.
    pub rule: String,
    /// What is wrong.
    pub message: String,
    /// `file:line:col`, e.g. `spec/public.json:58:31`.
    pub file_position: String,
    /// The JSON pointer of the offending node, e.g. `#/paths/~1a/get/responses/200/...`.
    pub pointer: String,
    /// The pointer of the node the problem was found from (e.g. the media type whose example is
    /// wrong), when it is not an ancestor of [`LintProblem::pointer`].
    pub referenced_from: Option<String>,
    /// Redocly's suggestions (e.g. the allowed enum values).
    pub suggestions: Vec<String>,
}

impl LintProblem {
    /// The pointer as a readable path: `paths › /a/{b} › get › responses › 200 › …`.
    pub fn readable_path(&self) -> String {
        readable_pointer(&self.pointer)
    }
}

/// What `redocly lint --format json` reported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LintReport {
    /// Number of errors.
    pub errors: u64,
    /// Number of warnings.
    pub warnings: u64,
    /// Number of problems silenced by an ignore file.
    pub ignored: u64,
    /// Every reported problem, errors and warnings.
    pub problems: Vec<LintProblem>,
}

impl LintReport {
    /// No error and no warning.
    pub fn is_clean(&self) -> bool {
        self.errors == 0 && self.warnings == 0 && self.problems.is_empty()
    }
}

/// Parses the output of `redocly lint --format json`.
pub fn parse_redocly_json(text: &str) -> Result<LintReport, String> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|err| format!("redocly lint: output is not the expected JSON ({err})"))?;
    let count = |key: &str| value["totals"][key].as_u64().unwrap_or(0);
    let text_of = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    let mut report = LintReport {
        errors: count("errors"),
        warnings: count("warnings"),
        ignored: count("ignored"),
        problems: Vec::new(),
    };
    for problem in value["problems"].as_array().into_iter().flatten() {
        let location = &problem["location"][0];
        let file = text_of(&location["source"]["ref"]);
        let file_position = match (
            location["start"]["line"].as_u64(),
            location["start"]["col"].as_u64(),
        ) {
            (Some(line), Some(col)) => format!("{file}:{line}:{col}"),
            _ => file,
        };
        let pointer = text_of(&location["pointer"]);
        let from = text_of(&problem["from"]["pointer"]);
        let referenced_from = (!from.is_empty() && !pointer.starts_with(&from)).then_some(from);
        report.problems.push(LintProblem {
            severity: text_of(&problem["severity"]),
            rule: text_of(&problem["ruleId"]),
            message: text_of(&problem["message"]),
            file_position,
            pointer,
            referenced_from,
            suggestions: problem["suggest"]
                .as_array()
                .into_iter()
                .flatten()
                .map(text_of)
                .collect(),
        });
    }
    Ok(report)
}

/// A JSON pointer (`#/paths/~1a~1{b}/get`) as a readable path (`paths › /a/{b} › get`).
pub fn readable_pointer(pointer: &str) -> String {
    pointer
        .trim_start_matches('#')
        .split('/')
        .filter(|segment| !segment.is_empty())
        .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
        .collect::<Vec<_>>()
        .join(" › ")
}

/// The problems of a report as text, one block per problem.
pub fn format_problems(report: &LintReport) -> String {
    let mut text = String::new();
    for problem in &report.problems {
        let _ = writeln!(
            text,
            "{}: {} [{}] {}",
            problem.file_position, problem.severity, problem.rule, problem.message
        );
        let _ = writeln!(text, "    in: {}", problem.readable_path());
        let _ = writeln!(text, "    at: {}", problem.pointer);
        if let Some(from) = &problem.referenced_from {
            let _ = writeln!(text, "    referenced from: {from}");
        }
        if !problem.suggestions.is_empty() {
            let _ = writeln!(text, "    did you mean: {}", problem.suggestions.join(", "));
        }
    }
    text
}

fn require(root: &Path, relative: &str, fix: &str) -> Result<PathBuf, String> {
    let path = root.join(relative);
    if path.is_file() {
        Ok(path)
    } else {
        Err(format!("{relative} not found: {fix}"))
    }
}

fn require_spec(root: &Path, family: &Family) -> Result<PathBuf, String> {
    require(
        root,
        &family.spec_json(),
        &format!(
            "run `cargo xtask regen` (it writes it from {})",
            family.spec()
        ),
    )
}

/// Runs `redocly lint` on a family's `spec/<family>.json` with redocly.yaml and returns what it
/// found. A problem in redocly.yaml itself (an unknown rule, say) is an error, not a report.
pub fn redocly_lint(root: &Path, node: &NodeTools, family: &Family) -> Result<LintReport, String> {
    require(
        root,
        REDOCLY_CONFIG,
        "it is committed at the workspace root",
    )?;
    let output = tools::output_of(
        node.command("redocly")
            .arg("lint")
            .arg(family.spec_json())
            .args(["--config", REDOCLY_CONFIG])
            .args(["--lint-config", "error", "--format", "json"])
            .args(["--max-problems", "10000"])
            .current_dir(root),
        "redocly lint",
    )?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    match parse_redocly_json(&stdout) {
        Ok(report) => {
            if !output.status.success() && report.is_clean() {
                return Err(format!(
                    "redocly lint failed ({}) without reporting a problem:\n{}",
                    output.status,
                    tools::combined_output(&output)
                ));
            }
            Ok(report)
        }
        Err(err) => Err(format!(
            "redocly lint failed ({}): {err}\n{}",
            output.status,
            tools::combined_output(&output)
        )),
    }
}

/// Runs openapi-spec-validator on a family's `spec/<family>.json`; `Ok` with its verdict line
/// when valid.
pub fn spec_validator(
    root: &Path,
    python: &PythonTools,
    family: &Family,
) -> Result<String, String> {
    let spec_json = family.spec_json();
    let output = tools::output_of(
        python
            .command("openapi-spec-validator")
            .args(["--validation-errors", "all"])
            .arg(&spec_json)
            .current_dir(root),
        "openapi-spec-validator",
    )?;
    let text = tools::combined_output(&output);
    if output.status.success() {
        Ok(text.trim().to_owned())
    } else {
        Err(format!(
            "openapi-spec-validator found {spec_json} invalid ({}):\n{}",
            output.status,
            text.trim_end()
        ))
    }
}

/// `cargo xtask lint-spec`: for each family, Redocly CLI's `lint` (any error or warning fails),
/// then openapi-spec-validator; every check runs, and every problem is printed with its
/// location.
pub fn lint_spec(root: &Path, families: &[Family]) -> Result<(), String> {
    for family in families {
        require_spec(root, family)?;
    }
    let node = tools::node_tools(root)?;
    let python = tools::python_tools(root)?;
    let mut failures = Vec::new();
    for family in families {
        let spec_json = family.spec_json();
        match redocly_lint(root, &node, family) {
            Ok(report) if report.is_clean() => {
                println!(
                    "lint-spec: redocly lint ({REDOCLY_CONFIG}): {spec_json}: no errors, no warnings"
                );
                if report.ignored > 0 {
                    println!(
                        "lint-spec: note: {} problem(s) silenced by a .redocly.lint-ignore.yaml",
                        report.ignored
                    );
                }
            }
            Ok(report) => {
                print!("{}", format_problems(&report));
                failures.push(format!(
                    "redocly lint ({REDOCLY_CONFIG}): {spec_json} has {} error(s) and {} warning(s) \
                     (warnings fail too)",
                    report.errors, report.warnings
                ));
            }
            Err(err) => failures.push(err),
        }
        match spec_validator(root, &python, family) {
            Ok(verdict) => println!("lint-spec: openapi-spec-validator: {verdict}"),
            Err(err) => failures.push(err),
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\nerror: "))
    }
}

/// `cargo xtask lint-spec`: [`lint_spec`] on the families' specs and the AsyncAPI CLI on
/// `spec/realtime.asyncapi.yaml` ([`crate::asyncapi::lint`]); both run, and every failure is
/// reported.
pub fn lint_every_spec(root: &Path, families: &[Family]) -> Result<(), String> {
    let failures: Vec<String> = [lint_spec(root, families), crate::asyncapi::lint(root)]
        .into_iter()
        .filter_map(Result::err)
        .collect();
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\nerror: "))
    }
}

/// `cargo xtask docs`: Redocly's `build-docs` of each family into `target/api-docs/<family>.html`,
/// with the Redoc scripts inlined so that the pages work offline; returns the pages' paths.
pub fn build_docs(root: &Path, families: &[Family]) -> Result<Vec<PathBuf>, String> {
    require(
        root,
        REDOCLY_CONFIG,
        "it is committed at the workspace root",
    )?;
    let node = tools::node_tools(root)?;
    let dir = root.join(DOCS_DIR);
    fs::create_dir_all(&dir).map_err(|err| format!("{DOCS_DIR}: cannot create ({err})"))?;
    let mut pages = Vec::new();
    for family in families {
        require_spec(root, family)?;
        let relative = family.docs_output();
        tools::run_quiet(
            node.command("redocly")
                .arg("build-docs")
                .arg(family.spec_json())
                .args(["--output", &relative])
                .args(["--config", REDOCLY_CONFIG, "--lint-config", "error"])
                .arg("--inlineBundle")
                .current_dir(root),
            "redocly build-docs",
        )?;
        let page = root.join(&relative);
        if !page.is_file() {
            return Err(format!(
                "redocly build-docs succeeded but wrote no {relative}"
            ));
        }
        pages.push(page);
    }
    Ok(pages)
}

/// The tsconfig.json that type-checks `usage` against the generated `api.d.ts` beside it,
/// imported as `pembalasan-api`.
fn tsconfig(usage: &Path) -> String {
    let config = serde_json::json!({
        "compilerOptions": {
            "strict": true,
            "noEmit": true,
            "target": "ES2022",
            "module": "ESNext",
            "moduleResolution": "Bundler",
            "types": [],
            "paths": { "pembalasan-api": ["./api.d.ts"] }
        },
        "files": [usage.to_string_lossy()]
    });
    let mut text = serde_json::to_string_pretty(&config).unwrap_or_default();
    text.push('\n');
    text
}

/// `cargo xtask other-languages`: for each family, from `spec/<family>.json`, a Python client
/// (openapi-python-client) and TypeScript types (openapi-typescript) under
/// `target/other-languages/<family>`; `tsc --noEmit` of `xtask/tools/ts/<family>.ts` against the
/// types; one real call with the Python client against a Prism mock of the spec.
pub fn other_languages(root: &Path, families: &[Family]) -> Result<(), String> {
    require(root, CALL_PRISM_PY, "it is committed with xtask")?;
    require(root, PYTHON_CLIENT_CONFIG, "it is committed with xtask")?;
    for family in families {
        require_spec(root, family)?;
        require(root, &family.usage_ts(), "it is committed with xtask")?;
    }
    let node = tools::node_tools(root)?;
    let python = tools::python_tools(root)?;

    let out = root.join(OTHER_LANGUAGES_DIR);
    if out.exists() {
        fs::remove_dir_all(&out)
            .map_err(|err| format!("{OTHER_LANGUAGES_DIR}: cannot empty ({err})"))?;
    }
    fs::create_dir_all(&out)
        .map_err(|err| format!("{OTHER_LANGUAGES_DIR}: cannot create ({err})"))?;

    // Every family and every step runs; every failure is reported.
    let mut failures = Vec::new();
    for family in families {
        let name = family.name;
        let python_client = generate_python_client(root, &python, family);
        match &python_client {
            Ok(()) => println!(
                "other-languages: {name}: Python client (package pembalasan_client): {}",
                family.python_output()
            ),
            Err(err) => failures.push(err.clone()),
        }
        match typescript_types(root, &node, family) {
            Ok(()) => {
                println!(
                    "other-languages: {name}: TypeScript types: {}",
                    family.ts_output()
                );
                println!(
                    "other-languages: {name}: tsc --noEmit {}: OK",
                    family.usage_ts()
                );
            }
            Err(err) => failures.push(err),
        }
        if python_client.is_ok() {
            match call_prism(root, &python, family) {
                Ok(lines) => {
                    for line in lines.lines() {
                        println!("other-languages: {name}: {line}");
                    }
                }
                Err(err) => failures.push(err),
            }
        } else {
            failures.push(format!(
                "{CALL_PRISM_PY} {name} was not run: there is no Python client to call Prism with"
            ));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\nerror: "))
    }
}

fn generate_python_client(
    root: &Path,
    python: &PythonTools,
    family: &Family,
) -> Result<(), String> {
    tools::run_quiet(
        python
            .command("openapi-python-client")
            .arg("generate")
            .args(["--path", &family.spec_json()])
            .args(["--output-path", &family.python_output()])
            .args(["--config", PYTHON_CLIENT_CONFIG, "--meta", "poetry"])
            .args(["--fail-on-warning", "--overwrite"])
            .env("NO_COLOR", "1")
            .env("TERM", "dumb")
            .env("COLUMNS", "120")
            .current_dir(root),
        &format!(
            "openapi-python-client generate --fail-on-warning ({})",
            family.spec_json()
        ),
    )
    .map(|_| ())
}

/// openapi-typescript (which also applies redocly.yaml's example rules), then `tsc --noEmit`
/// of the family's usage file against the generated types.
fn typescript_types(root: &Path, node: &NodeTools, family: &Family) -> Result<(), String> {
    let ts_output = family.ts_output();
    tools::run_quiet(
        node.command("openapi-typescript")
            .arg(family.spec_json())
            .args(["--output", &ts_output])
            .current_dir(root),
        &format!("openapi-typescript {}", family.spec_json()),
    )?;
    let ts_file = root.join(&ts_output);
    let ts_dir = ts_file.parent().unwrap_or(root);
    let tsconfig_path = ts_dir.join("tsconfig.json");
    fs::write(&tsconfig_path, tsconfig(&root.join(family.usage_ts())))
        .map_err(|err| format!("{}: cannot write ({err})", tsconfig_path.display()))?;
    tools::run_quiet(
        node.command("tsc")
            .arg("--project")
            .arg(&tsconfig_path)
            .args(["--pretty", "false"])
            .current_dir(root),
        &format!("tsc --noEmit {}", family.usage_ts()),
    )
    .map(|_| ())
}

/// Starts a Prism mock of a family's spec and runs call_prism.py against it; returns what it
/// printed.
fn call_prism(root: &Path, python: &PythonTools, family: &Family) -> Result<String, String> {
    let prism = Prism::start(root, Path::new(&family.spec_json()))?;
    let called = tools::run_quiet(
        python
            .command("python")
            .arg(CALL_PRISM_PY)
            .arg(prism.base_url())
            .arg(family.name)
            .env("PYTHONPATH", root.join(family.python_output()))
            .current_dir(root),
        &format!(
            "python {CALL_PRISM_PY} {} {}",
            prism.base_url(),
            family.name
        ),
    );
    let called = called.map_err(|err| {
        let log = prism.log();
        let lines: Vec<&str> = log.lines().collect();
        let tail = &lines[lines.len().saturating_sub(40)..];
        format!("{err}\nprism's log (last lines):\n{}", tail.join("\n"))
    })?;
    drop(prism);
    Ok(String::from_utf8_lossy(&called.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const REDOCLY_JSON: &str = r##"{
      "totals": { "errors": 1, "warnings": 1, "ignored": 0 },
      "version": "2.77.0",
      "problems": [
        {
          "ruleId": "no-invalid-media-type-examples",
          "severity": "error",
          "message": "Example value must conform to the schema: `status` property must be equal to one of the allowed values \"open\", \"resolved\".",
          "location": [ { "source": { "ref": "spec/public.json" },
            "pointer": "#/paths/~1public~1api~1v1~1inboxes~1{inbox_identifier}~1conversations/get/responses/200/content/application~1json/example/0/status",
            "reportOnKey": false, "start": { "line": 58, "col": 31 }, "end": { "line": 58, "col": 39 } } ],
          "from": { "source": { "ref": "spec/public.json" },
            "pointer": "#/paths/~1public~1api~1v1~1inboxes~1{inbox_identifier}~1conversations/get/responses/200/content/application~1json" },
          "suggest": [ "open", "resolved" ]
        },
        {
          "ruleId": "no-invalid-schema-examples",
          "severity": "warn",
          "message": "Example value must conform to the schema: `id` property type must be integer.",
          "location": [ { "source": { "ref": "spec/public.json" },
            "pointer": "#/components/schemas/PublicMessage/example/id", "start": { "line": 138, "col": 17 } } ],
          "from": { "source": { "ref": "spec/public.json" }, "pointer": "#/paths/~1x/get" },
          "suggest": []
        }
      ]
    }"##;

    #[test]
    fn redocly_json_names_the_failing_example() {
        let report = parse_redocly_json(REDOCLY_JSON).expect("valid report");
        assert_eq!((report.errors, report.warnings), (1, 1));
        assert!(!report.is_clean());
        let text = format_problems(&report);
        assert!(text.contains(
            "spec/public.json:58:31: error [no-invalid-media-type-examples] Example value"
        ));
        assert!(text.contains(
            "in: paths › /public/api/v1/inboxes/{inbox_identifier}/conversations › get › \
             responses › 200 › content › application/json › example › 0 › status"
        ));
        assert!(text.contains("did you mean: open, resolved"));
        // The media type is an ancestor of the example: not repeated.
        assert_eq!(report.problems[0].referenced_from, None);
        assert_eq!(
            report.problems[1].referenced_from.as_deref(),
            Some("#/paths/~1x/get")
        );
        assert!(text.contains("spec/public.json:138:17: warn [no-invalid-schema-examples]"));
    }

    #[test]
    fn clean_report_is_clean_and_garbage_is_an_error() {
        let clean = r#"{"totals":{"errors":0,"warnings":0,"ignored":2},"problems":[]}"#;
        let report = parse_redocly_json(clean).expect("valid report");
        assert!(report.is_clean());
        assert_eq!(report.ignored, 2);
        assert!(parse_redocly_json("Woohoo!").is_err());
    }

    #[test]
    fn tsconfig_maps_the_generated_types() {
        let text = tsconfig(Path::new("/w/xtask/tools/ts/usage.ts"));
        let value: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(value["files"][0], "/w/xtask/tools/ts/usage.ts");
        assert_eq!(
            value["compilerOptions"]["paths"]["pembalasan-api"][0],
            "./api.d.ts"
        );
        assert_eq!(value["compilerOptions"]["strict"], true);
    }
}
