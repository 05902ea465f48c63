//! File writes that never leave a half-written file and never touch an unchanged one.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Reads a file as text, or `None` when it does not exist.
pub fn read_if_exists(path: &Path) -> io::Result<Option<String>> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

/// Writes `contents` to `path` unless the file already holds exactly that; returns whether it
/// wrote. The new content goes to a temporary file beside the target, is flushed to disk, and is
/// then renamed over the target, so readers see either the old file or the new one.
pub fn write_if_changed(path: &Path, contents: &str) -> io::Result<bool> {
    if read_if_exists(path)?.as_deref() == Some(contents) {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(dir)?;
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "generated".to_owned());
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(contents.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map(|()| true)
}
