//! Spec text to a JSON value and a typed `openapiv3` document, with errors that name the place.

use serde_json::Value;

use crate::error::{Error, Location};

/// The largest spec the generator reads, in bytes (60 times the size of this project's spec).
///
/// Generation time and memory grow with the spec. Measured on 2 busy cores with a spec of
/// simple operations: 4 MiB (3,850 operations) took 19 s in a release build and 38 s in a debug
/// build, with 1.8 GB of memory; 8 MiB took 48 s and 130 s, with 3.5 GB. So a larger spec is
/// refused at once, before it is read, instead of keeping the user waiting or running out of
/// memory.
pub(crate) const MAX_SPEC_BYTES: usize = 4 * 1024 * 1024;

/// The nesting limit of the YAML reader (serde_norway's recursion limit).
const YAML_MAX_DEPTH: usize = 128;

/// Parses YAML (or JSON, which is YAML) into a JSON value, keeping key order.
pub(crate) fn yaml_to_value(file: &str, text: &str) -> Result<Value, Error> {
    if text.len() > MAX_SPEC_BYTES {
        return Err(Error::new(
            file,
            Location::Document,
            format!(
                "the spec is {:.1} MiB, more than the {} MiB the generator reads (generation time grows with size); remove what the client does not need or split the spec",
                mebibytes(text.len()),
                MAX_SPEC_BYTES / (1024 * 1024)
            ),
        ));
    }
    if text.trim().is_empty() {
        return Err(Error::new(
            file,
            Location::Document,
            "the spec is empty; write an OpenAPI 3.0.x document in YAML",
        ));
    }
    if let Some(position) = text.find('\0') {
        let line = text[..position].matches('\n').count() + 1;
        return Err(Error::new(
            file,
            Location::LineColumn { line, column: 1 },
            "the spec contains a NUL byte, so it is not a YAML text file; check that the right file was given",
        ));
    }
    let value: Value = serde_yaml::from_str(text).map_err(|err| {
        let location = err
            .location()
            .map(|loc| Location::LineColumn {
                line: loc.line(),
                column: loc.column(),
            })
            .unwrap_or(Location::Document);
        Error::new(file, location, yaml_message(&err.to_string()))
    })?;
    if !value.is_object() {
        return Err(Error::new(
            file,
            Location::Document,
            "the spec is not a YAML mapping; an OpenAPI document starts with keys such as `openapi:`, `info:` and `paths:`",
        ));
    }
    Ok(value)
}

/// Checks the `openapi` version field before anything else reads the document.
pub(crate) fn check_version(file: &str, value: &Value) -> Result<(), Error> {
    if let Some(swagger) = value.get("swagger") {
        return Err(Error::new(
            file,
            Location::pointer(["swagger"]),
            format!(
                "this is a Swagger {} document, which is not supported; convert it to OpenAPI 3.0.x (`openapi: 3.0.3`)",
                scalar_text(swagger)
            ),
        ));
    }
    match value.get("openapi") {
        None => Err(Error::new(
            file,
            Location::pointer(["openapi"]),
            "the spec has no `openapi` version field; add `openapi: 3.0.3` at the top",
        )),
        Some(Value::String(version)) if version.trim().starts_with("3.0.") => Ok(()),
        Some(other) => Err(Error::new(
            file,
            Location::pointer(["openapi"]),
            format!(
                "OpenAPI version {} is not supported (progenitor reads 3.0.x only); write `openapi: 3.0.3` and use 3.0 syntax such as `nullable: true`",
                scalar_text(other)
            ),
        )),
    }
}

/// Reads the JSON value as a typed OpenAPI document; a shape error names its JSON pointer.
pub(crate) fn value_to_openapi(file: &str, value: &Value) -> Result<openapiv3::OpenAPI, Error> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let segments: Vec<String> = err
            .path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                serde_path_to_error::Segment::Enum { variant } => Some(variant.clone()),
                serde_path_to_error::Segment::Unknown => None,
            })
            .collect();
        Error::new(
            file,
            Location::pointer(segments),
            format!(
                "this part of the spec is not valid OpenAPI 3.0 ({}); compare it with the OpenAPI 3.0.3 specification",
                err.inner()
            ),
        )
    })
}

/// The sentence for a YAML reader error, whose text is `message`.
fn yaml_message(message: &str) -> String {
    let message = strip_position(message);
    match message {
        "recursion limit exceeded" => format!(
            "the spec nests deeper than {YAML_MAX_DEPTH} levels here, more than the YAML reader allows; move inner schemas into named `components/schemas` entries"
        ),
        "repetition limit exceeded" => "the spec's YAML aliases (`*name`) expand into too many nodes; write the repeated part once and use `$ref` instead".to_owned(),
        _ => format!("the spec is not valid YAML ({message}); fix the syntax there"),
    }
}

/// A byte count in mebibytes, for messages.
fn mebibytes(bytes: usize) -> f64 {
    // Exact for any spec a machine can hold in memory (below 2^53 bytes).
    bytes as f64 / (1024.0 * 1024.0)
}

/// A scalar for messages, in backticks.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

/// serde_yaml appends " at line L column C" to its messages; the location is printed separately.
fn strip_position(message: &str) -> &str {
    match message.find(" at line ") {
        Some(index) => &message[..index],
        None => message,
    }
}
