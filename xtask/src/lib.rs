//! The work behind `cargo xtask`: a thin shell around the `codegen` library.
//!
//! [`outputs`] maps what `codegen` generates onto the files of the workspace; [`regen`] writes
//! the ones that changed, atomically; [`stale`] reports the ones that differ, for `check` and
//! for the snapshot test that a plain `cargo test` runs.

pub mod audit;
pub mod bench;
pub mod cargo;
pub mod ci;
pub mod files;
pub mod spec_tools;
pub mod tools;

use std::path::{Path, PathBuf};

/// The spec every generated file comes from, relative to the workspace root.
pub const SPEC_PATH: &str = "spec/openapi.yaml";

/// The command that brings every generated file up to date.
pub const FIX_COMMAND: &str = "cargo xtask regen";

/// One file the spec determines: where it goes and what it must contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path relative to the workspace root, with `/` separators.
    pub path: &'static str,
    /// The exact content the file must have.
    pub contents: String,
}

/// The workspace root (the parent of this crate's directory).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Everything the spec at `root/spec/openapi.yaml` generates, computed in memory.
pub fn outputs(root: &Path) -> Result<Vec<Output>, String> {
    let spec_text = std::fs::read_to_string(root.join(SPEC_PATH))
        .map_err(|err| format!("{SPEC_PATH}: cannot read the spec ({err})"))?;
    let generated = codegen::generate(SPEC_PATH, &spec_text).map_err(|err| err.to_string())?;
    Ok(vec![
        Output {
            path: "generated-client/src/generated.rs",
            contents: generated.client,
        },
        Output {
            path: "generated-client/src/bin/pembalasan/generated_cli.rs",
            contents: generated.cli,
        },
        Output {
            path: "generated-client/src/generated_mock.rs",
            contents: generated.mock,
        },
        Output {
            path: "spec/openapi.json",
            contents: generated.openapi_json,
        },
    ])
}

/// A generated file whose content on disk differs from what the spec produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// Path relative to the workspace root.
    pub path: &'static str,
    /// A unified diff from the file on disk to the expected content.
    pub diff: String,
}

/// The generated files under `root` that are missing or differ from the spec's output.
pub fn stale(root: &Path) -> Result<Vec<Stale>, String> {
    let mut found = Vec::new();
    for output in outputs(root)? {
        let on_disk = files::read_if_exists(&root.join(output.path))
            .map_err(|err| format!("{}: cannot read ({err})", output.path))?;
        if on_disk.as_deref() != Some(output.contents.as_str()) {
            let old = on_disk.unwrap_or_default();
            let diff = similar::TextDiff::from_lines(old.as_str(), output.contents.as_str())
                .unified_diff()
                .context_radius(3)
                .header(
                    &format!("a/{} (on disk)", output.path),
                    &format!("b/{} (from {SPEC_PATH})", output.path),
                )
                .to_string();
            found.push(Stale {
                path: output.path,
                diff,
            });
        }
    }
    Ok(found)
}

/// Writes every generated file whose content changed; returns the paths written.
///
/// Everything is generated in memory first, so a spec that fails leaves every file as it was;
/// each write goes to a temporary file that is then renamed over the target.
pub fn regen(root: &Path) -> Result<Vec<&'static str>, String> {
    let outputs = outputs(root)?;
    let mut written = Vec::new();
    for output in outputs {
        let changed = files::write_if_changed(&root.join(output.path), &output.contents)
            .map_err(|err| format!("{}: cannot write ({err})", output.path))?;
        if changed {
            written.push(output.path);
        }
    }
    Ok(written)
}
