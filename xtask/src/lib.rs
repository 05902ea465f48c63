//! The work behind `cargo xtask`: a thin shell around the `codegen` and `docs-audit` libraries.
//!
//! [`FAMILIES`] lists the API families, each with its spec and generated files; [`outputs`]
//! maps what `codegen` generates onto those files; [`regen`] writes the ones that changed,
//! atomically and only when every family generates; [`stale`] reports the ones that differ, for
//! `check` and for the snapshot test that a plain `cargo test` runs.

pub mod asyncapi;
pub mod audit;
pub mod bench;
pub mod cargo;
pub mod ci;
pub mod files;
pub mod spec_tools;
pub mod stamp;
pub mod tools;

use std::path::{Path, PathBuf};

/// The command that brings every generated file up to date.
pub const FIX_COMMAND: &str = "cargo xtask regen";

/// One API family: a spec under `spec/` and the module of the client crate generated from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Family {
    /// The spec's name and the client crate's module: `spec/<name>.yaml` →
    /// `pembalasan_client::<name>`.
    pub name: &'static str,
    /// The CLI's subcommand for the family (`pembalasan <cli> <operation>`).
    pub cli: &'static str,
}

/// Every API family, in the order the README presents them.
pub const FAMILIES: &[Family] = &[
    Family {
        name: "public",
        cli: "public",
    },
    Family {
        name: "application",
        cli: "app",
    },
    Family {
        name: "platform",
        cli: "platform",
    },
];

impl Family {
    /// The family named `name`.
    pub fn named(name: &str) -> Option<Family> {
        FAMILIES.iter().copied().find(|family| family.name == name)
    }

    /// The hand-written spec, relative to the workspace root: `spec/<name>.yaml`.
    pub fn spec(&self) -> String {
        format!("spec/{}.yaml", self.name)
    }

    /// The published, self-contained spec for other generators: `spec/<name>.json`.
    pub fn spec_json(&self) -> String {
        format!("spec/{}.json", self.name)
    }

    /// The generated client module.
    pub fn client_file(&self) -> String {
        format!("generated-client/src/{}/generated.rs", self.name)
    }

    /// The generated httpmock helpers.
    pub fn mock_file(&self) -> String {
        format!("generated-client/src/{}/generated_mock.rs", self.name)
    }

    /// Every file of the family, relative to the workspace root: the spec, then what is
    /// generated from it.
    pub fn files(&self) -> [String; 5] {
        [
            self.spec(),
            self.client_file(),
            self.cli_file(),
            self.mock_file(),
            self.spec_json(),
        ]
    }

    /// The generated CLI subcommands.
    pub fn cli_file(&self) -> String {
        format!(
            "generated-client/src/bin/pembalasan/generated_{}.rs",
            self.name
        )
    }
}

/// One file a spec determines: where it goes and what it must contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path relative to the workspace root, with `/` separators.
    pub path: String,
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

/// Everything the specs under `root/spec/` generate, computed in memory; fails when any
/// family's spec cannot be read or does not generate.
pub fn outputs(root: &Path) -> Result<Vec<Output>, String> {
    let mut texts = Vec::new();
    for family in FAMILIES {
        let path = family.spec();
        let text = std::fs::read_to_string(root.join(&path))
            .map_err(|err| format!("{path}: cannot read the spec ({err})"))?;
        texts.push((family, path, text));
    }
    let specs: Vec<codegen::Spec<'_>> = texts
        .iter()
        .map(|(family, path, text)| codegen::Spec::new(family.name, path, text))
        .collect();
    let generated = codegen::generate_all(&specs).map_err(|err| err.to_string())?;
    let mut outputs = Vec::new();
    for ((family, _, _), generated) in texts.iter().zip(generated) {
        outputs.extend([
            Output {
                path: family.client_file(),
                contents: generated.client,
            },
            Output {
                path: family.cli_file(),
                contents: generated.cli,
            },
            Output {
                path: family.mock_file(),
                contents: generated.mock,
            },
            Output {
                path: family.spec_json(),
                contents: generated.openapi_json,
            },
        ]);
    }
    Ok(outputs)
}

/// A generated file whose content on disk differs from what its spec produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// Path relative to the workspace root.
    pub path: String,
    /// A unified diff from the file on disk to the expected content.
    pub diff: String,
}

/// The generated files under `root` that are missing or differ from the specs' output.
pub fn stale(root: &Path) -> Result<Vec<Stale>, String> {
    let mut found = Vec::new();
    for output in outputs(root)? {
        let on_disk = files::read_if_exists(&root.join(&output.path))
            .map_err(|err| format!("{}: cannot read ({err})", output.path))?;
        if on_disk.as_deref() != Some(output.contents.as_str()) {
            let old = on_disk.unwrap_or_default();
            let diff = similar::TextDiff::from_lines(old.as_str(), output.contents.as_str())
                .unified_diff()
                .context_radius(3)
                .header(
                    &format!("a/{} (on disk)", output.path),
                    &format!("b/{} (from the spec)", output.path),
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

/// The paths of `stale` files, comma-separated, for messages.
pub fn stale_paths(stale: &[Stale]) -> String {
    stale
        .iter()
        .map(|file| file.path.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// [`regen`], unless nothing has changed since the last one (see [`stamp`]): `None` when it
/// skipped generating, else the paths written.
pub fn regen_if_changed(root: &Path) -> Result<Option<Vec<String>>, String> {
    if stamp::unchanged(root) {
        return Ok(None);
    }
    regen(root).map(Some)
}

/// Writes every generated file whose content changed; returns the paths written.
///
/// Every family is generated in memory first, so a spec that fails leaves every file of every
/// family as it was; each write goes to a temporary file that is then renamed over the target.
pub fn regen(root: &Path) -> Result<Vec<String>, String> {
    stamp::forget(root);
    let outputs = outputs(root)?;
    let mut written = Vec::new();
    for output in outputs {
        let changed = files::write_if_changed(&root.join(&output.path), &output.contents)
            .map_err(|err| format!("{}: cannot write ({err})", output.path))?;
        if changed {
            written.push(output.path);
        }
    }
    stamp::record(root);
    Ok(written)
}
