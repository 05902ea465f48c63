//! Running cargo from inside `cargo xtask`, the same way for every subcommand.

use std::path::Path;
use std::process::Command;

/// The variables the `cargo run` behind `cargo xtask` sets for this process; a nested cargo
/// must not see them, so that it runs as it does from a shell.
const PACKAGE_VARIABLE_PREFIXES: [&str; 5] = [
    "CARGO_PKG_",
    "CARGO_MANIFEST_",
    "CARGO_BIN_",
    "CARGO_CRATE_",
    "CARGO_PRIMARY_PACKAGE",
];

/// The cargo that runs this xtask (`$CARGO`, else `cargo`), in `dir`.
pub fn workspace(dir: &Path) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    clean(Command::new(program), dir)
}

/// `cargo` from `PATH` (the rustup proxy, which understands `+nightly`), in `dir`.
pub fn rustup(dir: &Path) -> Command {
    clean(Command::new("cargo"), dir)
}

/// Runs `cargo ARGS` in `dir` with its output shown and `env` added; fails when it fails.
pub fn status(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<(), String> {
    let status = workspace(dir)
        .args(args)
        .envs(env.iter().copied())
        .status()
        .map_err(|err| format!("cannot run cargo ({err})"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`cargo {}` failed ({status})", args.join(" ")))
    }
}

/// `command` in `dir`, without the package variables of this process.
fn clean(mut command: Command, dir: &Path) -> Command {
    command.current_dir(dir);
    for (name, _) in std::env::vars_os() {
        if PACKAGE_VARIABLE_PREFIXES
            .iter()
            .any(|prefix| name.to_string_lossy().starts_with(prefix))
        {
            command.env_remove(&name);
        }
    }
    command
}

/// The packages `pembalasan-client` depends on at run time (normal dependencies, itself
/// excluded), each as `name vX.Y.Z`, from `cargo tree` with `features` added to its arguments
/// (such as `["--features", "realtime"]`).
pub fn client_dependencies(
    root: &Path,
    features: &[&str],
) -> Result<std::collections::BTreeSet<String>, String> {
    let args = [
        "tree",
        "-q",
        "-p",
        "pembalasan-client",
        "-e",
        "normal",
        "--prefix",
        "none",
    ];
    let output = workspace(root)
        .args(args)
        .args(features)
        .output()
        .map_err(|err| format!("cannot run cargo ({err})"))?;
    if !output.status.success() {
        return Err(format!(
            "`cargo {} {}` failed: {}",
            args.join(" "),
            features.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| line.trim_end_matches(" (*)").trim())
        .filter(|line| !line.is_empty() && !line.starts_with("pembalasan-client "))
        .map(str::to_owned)
        .collect())
}
