//! `cargo xtask audit-docs` end to end: the binary reads the pages and the specs, runs the
//! `docs-audit` library and prints its report with the right exit status.

use std::path::{Path, PathBuf};
use std::process::Command;

use docs_audit::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};

const MESSAGES: &str = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages";

/// The library's test pages and fixture spec.
fn pages_dir() -> PathBuf {
    xtask::workspace_root().join("docs-audit/tests/docs-pages")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `cargo xtask audit-docs ARGS` in `dir`, for this workspace.
fn audit_docs(dir: &Path, args: &[&str]) -> std::process::Output {
    audit_docs_in(&xtask::workspace_root(), dir, args)
}

/// Runs `cargo xtask --root ROOT audit-docs ARGS` in `dir`.
fn audit_docs_in(root: &Path, dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(dir)
        .args(["--root", root.to_str().expect("utf-8 path")])
        .arg("audit-docs")
        .args(args)
        .output()
        .unwrap_or_else(|err| panic!("cannot run xtask: {err}"))
}

#[test]
fn binary_end_to_end() {
    let run = |pages: &[&str]| {
        let mut args = vec!["--spec", "spec.yaml"];
        args.extend_from_slice(pages);
        audit_docs(&pages_dir(), &args)
    };

    let clean = run(&["list-conversations.txt"]);
    assert_eq!(clean.status.code(), Some(i32::from(EXIT_CLEAN)));
    assert_eq!(
        text(&clean.stdout),
        "audit-docs: 1 page(s), 1 operation(s), 2 parameter(s), 70 field(s): all in spec.yaml\n"
    );
    assert_eq!(text(&clean.stderr), "");

    let failing = run(&["list-messages.txt", "missing-query-parameter.txt"]);
    assert_eq!(failing.status.code(), Some(i32::from(EXIT_FINDINGS)));
    assert_eq!(
        text(&failing.stdout),
        format!(
            "missing-query-parameter.txt: missing query parameter: GET {MESSAGES}: after\n\
             audit-docs: 1 finding(s) in 1 of 2 page(s) (2 operation(s), 9 parameter(s), 34 field(s) checked against spec.yaml)\n"
        )
    );

    let broken = run(&["list-messages.txt", "spec.yaml", "no-such-page.txt"]);
    assert_eq!(broken.status.code(), Some(i32::from(EXIT_ERROR)));
    let stderr = text(&broken.stderr);
    assert!(
        stderr.contains("error: spec.yaml:1: expected the title line `Panduan pembalasan.id`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: no-such-page.txt: cannot read the page"),
        "{stderr}"
    );
}

/// Without `--spec`, each page is audited against its family's spec: a public page against
/// spec/public.yaml, an Application API page against spec/application.yaml, a Platform API
/// page against spec/platform.yaml; a workspace that lacks a family's spec audits nothing.
#[test]
fn pages_go_to_the_spec_of_their_family() {
    let dir = std::env::temp_dir().join(format!("audit-families-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let public =
        std::fs::read_to_string(pages_dir().join("list-conversations.txt")).expect("public page");
    std::fs::write(dir.join("public.txt"), &public).expect("write");
    let application = "Panduan pembalasan.id\nProfile\n\nFetch the profile\n\nGET\n/api/v1/profile\n\nThe caller's profile\n";
    std::fs::write(dir.join("application.txt"), application).expect("write");
    let platform = application.replace("/api/v1/profile", "/platform/api/v1/users/{id}");
    std::fs::write(dir.join("platform.txt"), platform).expect("write");

    let all = audit_docs(&dir, &["public.txt", "application.txt", "platform.txt"]);
    assert_eq!(all.status.code(), Some(i32::from(EXIT_CLEAN)), "{all:?}");
    assert!(
        text(&all.stdout)
            .ends_with(": all in spec/public.yaml, spec/application.yaml, spec/platform.yaml\n"),
        "{}",
        text(&all.stdout)
    );

    // A workspace without spec/platform.yaml: nothing is audited, and the error names it.
    let root = dir.join("root");
    std::fs::create_dir_all(root.join("spec")).expect("spec dir");
    for family in ["public", "application"] {
        let spec = format!("spec/{family}.yaml");
        std::fs::copy(xtask::workspace_root().join(&spec), root.join(&spec)).expect("copy spec");
    }
    let missing = audit_docs_in(&root, &dir, &["public.txt"]);
    assert_eq!(missing.status.code(), Some(i32::from(EXIT_ERROR)));
    assert!(
        text(&missing.stderr).contains("error: spec/platform.yaml: cannot read the spec"),
        "{}",
        text(&missing.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
