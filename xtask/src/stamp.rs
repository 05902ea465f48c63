//! What the last `cargo xtask regen` saw, so that a regen with nothing changed skips
//! generating.
//!
//! After a regen, the stamp records the size and modification time of every spec, every
//! generated file and the xtask program itself (which has codegen compiled in, so a codegen
//! change is a new program). A regen whose stamp matches has nothing to do: the generated files
//! are what these specs and this codegen produce. Any edit, checkout or rebuild changes a
//! modification time and makes the next regen generate again. The stamp lives under `target/`,
//! never in the repository; `cargo xtask check` and the snapshot test never read it.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use crate::FAMILIES;

/// Where the stamp is kept, under the workspace's `target/`.
fn path(root: &Path) -> PathBuf {
    root.join("target").join("xtask").join("regen-stamp")
}

/// One line per file that decides the generated output: `size mtime-ns path`; `None` when a
/// file is missing or its metadata cannot be read.
fn fingerprint(root: &Path) -> Option<String> {
    let mut files: Vec<PathBuf> = vec![std::env::current_exe().ok()?];
    for family in FAMILIES {
        for relative in family.files() {
            files.push(root.join(relative));
        }
    }
    let mut lines = String::new();
    for file in files {
        let metadata = fs::metadata(&file).ok()?;
        let modified = metadata.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        lines.push_str(&format!(
            "{} {} {}\n",
            metadata.len(),
            modified.as_nanos(),
            file.display()
        ));
    }
    Some(lines)
}

/// Whether nothing has changed since the last recorded regen.
pub fn unchanged(root: &Path) -> bool {
    match (fingerprint(root), fs::read_to_string(path(root))) {
        (Some(now), Ok(recorded)) => now == recorded,
        _ => false,
    }
}

/// Records what a regen that just finished saw. A stamp that cannot be written only costs
/// the next regen its shortcut, so failures are ignored.
pub fn record(root: &Path) {
    let Some(now) = fingerprint(root) else {
        return;
    };
    let stamp = path(root);
    if let Some(dir) = stamp.parent() {
        let _ = fs::create_dir_all(dir);
    }
    let _ = crate::files::write_if_changed(&stamp, &now);
}

/// Forgets the stamp, so that the next regen generates.
pub fn forget(root: &Path) {
    let _ = fs::remove_file(path(root));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, SystemTime};

    /// A workspace with every file the stamp looks at, under the system's temp dir.
    fn workspace(name: &str) -> PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-stamp-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for family in FAMILIES {
            for relative in family.files() {
                let path = root.join(relative);
                fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
                fs::write(&path, "x").expect("write");
            }
        }
        root
    }

    #[test]
    fn a_recorded_workspace_is_unchanged_until_a_file_changes() {
        let root = workspace("changes");
        assert!(!unchanged(&root), "no stamp yet");
        record(&root);
        assert!(unchanged(&root));

        let spec = root.join(FAMILIES[0].spec());
        fs::write(&spec, "edited").expect("edit");
        let later = SystemTime::now() + Duration::from_secs(5);
        fs::File::options()
            .append(true)
            .open(&spec)
            .and_then(|file| file.set_modified(later))
            .expect("touch");
        assert!(!unchanged(&root), "an edited spec is a change");
        record(&root);
        assert!(unchanged(&root));

        fs::remove_file(root.join(FAMILIES[1].client_file())).expect("remove");
        assert!(!unchanged(&root), "a missing generated file is a change");
        forget(&root);
        assert!(!unchanged(&root));
        let _ = fs::remove_dir_all(&root);
    }
}
