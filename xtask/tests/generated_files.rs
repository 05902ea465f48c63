//! The snapshot test: the committed generated files must be exactly what the specs produce, and
//! `regen`/`check` must behave on a copy of the workspace where one family's spec changes or
//! breaks.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::{FAMILIES, Family};

fn family(name: &str) -> Family {
    Family::named(name).unwrap_or_else(|| panic!("no family {name}"))
}

/// Every generated file, regenerated in memory, equals the committed one.
#[test]
fn committed_generated_files_match_the_spec() {
    let root = xtask::workspace_root();
    let stale =
        xtask::stale(&root).unwrap_or_else(|err| panic!("the spec does not generate: {err}"));
    if !stale.is_empty() {
        let mut report = String::new();
        for file in &stale {
            report.push_str(&file.diff);
        }
        panic!(
            "{report}\n{} generated file(s) differ from what the specs produce: {}\nrun `{}` and commit the result",
            stale.len(),
            xtask::stale_paths(&stale),
            xtask::FIX_COMMAND
        );
    }
}

/// A scratch copy of the spec and the generated files, laid out like the workspace.
struct Scratch {
    root: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let root = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let source = xtask::workspace_root();
        for output in xtask::outputs(&source).expect("the real specs generate") {
            copy(&source, &root, &output.path);
        }
        for family in FAMILIES {
            copy(&source, &root, &family.spec());
        }
        Scratch { root }
    }

    fn spec(&self, family: Family) -> String {
        fs::read_to_string(self.root.join(family.spec())).expect("spec")
    }

    fn write_spec(&self, family: Family, text: &str) {
        fs::write(self.root.join(family.spec()), text).expect("write spec");
    }

    /// Every file under the scratch root with its content, to prove nothing changed.
    fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = Vec::new();
        let mut dirs = vec![self.root.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in fs::read_dir(&dir).expect("read dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push((path.clone(), fs::read(&path).expect("read")));
                }
            }
        }
        files.sort();
        files
    }

    fn xtask(&self, command: &str) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["--root", self.root.to_str().expect("utf-8 path"), command])
            .output()
            .expect("run xtask")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

fn copy(from_root: &Path, to_root: &Path, relative: &str) {
    let target = to_root.join(relative);
    fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
    fs::copy(from_root.join(relative), target).expect("copy");
}

/// Adds a nullable string property `priority_label` to `schema` of `family`'s spec in a scratch
/// copy; `check` and the in-memory comparison must then fail on every file of that family (each
/// records its spec's sha256) and on none of the others, until `regen` adds the field.
fn new_property_makes_check_fail_until_regen_adds_it(family: Family, schema: &str) {
    let scratch = Scratch::new(&format!("new-property-{}", family.name));
    let clean = scratch.xtask("check");
    assert!(clean.status.success(), "check on a fresh copy: {clean:?}");

    let spec = scratch.spec(family);
    let anchor = format!("    {schema}:\n      type: object\n");
    let at = spec.find(&anchor).expect("anchor") + anchor.len();
    let properties = "      properties:\n";
    let props_at = at + spec[at..].find(properties).expect("properties") + properties.len();
    let mut changed = spec.clone();
    changed.insert_str(
        props_at,
        "        priority_label:\n          type: string\n          nullable: true\n",
    );
    scratch.write_spec(family, &changed);

    let check = scratch.xtask("check");
    assert!(!check.status.success(), "check must fail on a stale client");
    let stdout = String::from_utf8_lossy(&check.stdout);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        stdout.contains("+") && stdout.contains("priority_label"),
        "diff: {stdout}"
    );
    assert!(
        stderr.contains("cargo xtask regen"),
        "fix command: {stderr}"
    );
    let stale: Vec<String> = xtask::stale(&scratch.root)
        .expect("generates")
        .into_iter()
        .map(|file| file.path)
        .collect();
    let of_family = vec![
        family.client_file(),
        family.cli_file(),
        family.mock_file(),
        family.spec_json(),
    ];
    assert_eq!(stale, of_family);

    let regen = scratch.xtask("regen");
    assert!(regen.status.success(), "regen: {regen:?}");
    let client = fs::read_to_string(scratch.root.join(family.client_file())).expect("client");
    assert!(client.contains("pub priority_label: ::std::option::Option<::std::string::String>"));
    assert!(scratch.xtask("check").status.success(), "check after regen");

    // A second regen finds nothing changed since the first and skips generating.
    let again = scratch.xtask("regen");
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(stdout.contains("nothing changed"), "{stdout}");

    // Once the spec is touched it generates again, and has nothing to write.
    let spec = scratch.root.join(family.spec());
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    fs::File::options()
        .append(true)
        .open(&spec)
        .and_then(|file| file.set_modified(later))
        .expect("touch the spec");
    let touched = scratch.xtask("regen");
    let stdout = String::from_utf8_lossy(&touched.stdout);
    assert!(stdout.contains("up to date"), "{stdout}");
}

#[test]
fn a_new_public_property_makes_check_fail_until_regen_adds_it() {
    new_property_makes_check_fail_until_regen_adds_it(family("public"), "PublicConversation");
}

#[test]
fn a_new_application_property_makes_check_fail_until_regen_adds_it() {
    new_property_makes_check_fail_until_regen_adds_it(family("application"), "Profile");
}

/// Writes `spec` as `family`'s spec into the scratch copy, runs `regen`, and checks that it
/// failed with exit 1, without a panic, with every one of `expected` in its message, and without
/// changing a file of any family.
fn assert_regen_refuses(scratch: &Scratch, family: Family, spec: &str, expected: &[&str]) {
    scratch.write_spec(family, spec);
    let before = scratch.snapshot();
    let regen = scratch.xtask("regen");
    let stderr = String::from_utf8_lossy(&regen.stderr);
    assert_eq!(regen.status.code(), Some(1), "exit code; stderr: {stderr}");
    for part in expected {
        assert!(stderr.contains(part), "{part:?} missing from: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    assert_eq!(scratch.snapshot(), before, "no file changed");
}

/// The application spec breaks; nothing changes, not even the public family's files.
#[test]
fn a_malformed_spec_fails_regen_naming_the_line_and_changes_nothing() {
    let scratch = Scratch::new("malformed");
    let application = family("application");
    let mut spec = scratch.spec(application);
    // A broken flow sequence on line 3; libyaml notices it at the start of line 4.
    let line_start = spec.match_indices('\n').nth(1).expect("line 3").0 + 1;
    spec.insert_str(line_start, "  broken: [unclosed\n");
    assert_regen_refuses(
        &scratch,
        application,
        &spec,
        &["spec/application.yaml:4:", "not valid YAML"],
    );
}

#[test]
fn a_dangling_ref_fails_regen_naming_the_reference_and_changes_nothing() {
    let scratch = Scratch::new("dangling");
    let public = family("public");
    let spec = scratch.spec(public).replacen(
        "$ref: '#/components/schemas/ContactRecord'",
        "$ref: '#/components/schemas/ContactRecrod'",
        1,
    );
    assert_regen_refuses(
        &scratch,
        public,
        &spec,
        &[
            "spec/public.yaml#/",
            "'#/components/schemas/ContactRecrod' points nowhere",
        ],
    );
}
