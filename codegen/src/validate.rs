//! Checks that progenitor would otherwise answer with a panic or a confusing message.
//!
//! Every check works on the JSON value of the spec and reports a JSON pointer, so the user can
//! find the place; none of them recurses, so a deeply nested spec cannot overflow the stack.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::error::{Error, Location};

/// HTTP methods an OpenAPI path item may hold, in the order the spec lists them.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Request media types progenitor can send.
const REQUEST_MEDIA_TYPES: [&str; 5] = [
    "application/json",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "text/plain",
    "text/x-markdown",
];

/// The deepest nesting of mappings and sequences the generator accepts.
pub(crate) const MAX_DEPTH: usize = 64;

/// Runs every check, in an order where earlier checks make later ones meaningful.
pub(crate) fn validate(file: &str, spec: &Value) -> Result<(), Error> {
    check_depth(file, spec)?;
    check_refs(file, spec)?;
    check_ref_cycles(file, spec)?;
    check_operations(file, spec)
}

/// Walks every node without recursion, calling `visit` with the node and its path.
fn walk<'a>(
    root: &'a Value,
    mut visit: impl FnMut(&'a Value, &[String]) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut stack: Vec<(&Value, Vec<String>)> = vec![(root, Vec::new())];
    while let Some((node, path)) = stack.pop() {
        visit(node, &path)?;
        match node {
            Value::Object(map) => {
                for (key, child) in map.iter().rev() {
                    let mut child_path = path.clone();
                    child_path.push(key.clone());
                    stack.push((child, child_path));
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate().rev() {
                    let mut child_path = path.clone();
                    child_path.push(index.to_string());
                    stack.push((child, child_path));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_depth(file: &str, spec: &Value) -> Result<(), Error> {
    walk(spec, |_, path| {
        if path.len() > MAX_DEPTH {
            Err(Error::new(
                file,
                Location::pointer(path),
                format!(
                    "the spec nests deeper than {MAX_DEPTH} levels here; move inner schemas into named `components/schemas` entries"
                ),
            ))
        } else {
            Ok(())
        }
    })
}

/// Resolves a local `$ref` (`#/a/b`) against the document.
pub(crate) fn resolve<'a>(spec: &'a Value, reference: &str) -> Option<&'a Value> {
    reference
        .strip_prefix('#')
        .and_then(|pointer| spec.pointer(pointer))
}

fn check_refs(file: &str, spec: &Value) -> Result<(), Error> {
    walk(spec, |node, path| {
        let Some(reference) = node.get("$ref") else {
            return Ok(());
        };
        // A property named `$ref` inside `properties` is a field name, not a reference.
        if path.last().map(String::as_str) == Some("properties") {
            return Ok(());
        }
        let mut ref_path = path.to_vec();
        ref_path.push("$ref".to_owned());
        let Some(reference) = reference.as_str() else {
            return Err(Error::new(
                file,
                Location::pointer(&ref_path),
                "`$ref` must be a string such as '#/components/schemas/Name'",
            ));
        };
        if !reference.starts_with("#/") {
            return Err(Error::new(
                file,
                Location::pointer(&ref_path),
                format!(
                    "`$ref` '{reference}' points outside this file, which is not supported; copy the target into `components` and refer to it as '#/components/...'"
                ),
            ));
        }
        if resolve(spec, reference).is_none() {
            return Err(Error::new(
                file,
                Location::pointer(&ref_path),
                format!(
                    "`$ref` '{reference}' points nowhere; define that component or correct the reference"
                ),
            ));
        }
        Ok(())
    })
}

/// A schema that is nothing but a reference (possibly wrapped in a one-element `allOf`,
/// `oneOf` or `anyOf`) is an alias; a chain of aliases that comes back to itself has no type.
fn alias_target(schema: &Value) -> Option<&str> {
    let map = schema.as_object()?;
    if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
        return Some(reference);
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(items)) = map.get(key)
            && items.len() == 1
            && !map.contains_key("properties")
        {
            return items[0].get("$ref").and_then(Value::as_str);
        }
    }
    None
}

fn check_ref_cycles(file: &str, spec: &Value) -> Result<(), Error> {
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Ok(());
    };
    for name in schemas.keys() {
        let start = format!(
            "#/components/schemas/{}",
            name.replace('~', "~0").replace('/', "~1")
        );
        let mut seen = vec![start.clone()];
        let mut current = start.clone();
        while let Some(next) = resolve(spec, &current).and_then(alias_target) {
            if next == start {
                seen.push(next.to_owned());
                return Err(Error::new(
                    file,
                    Location::pointer(["components", "schemas", name.as_str()]),
                    format!(
                        "schema `{name}` is defined only by references that lead back to itself ({}); give one of them real content",
                        seen.join(" -> ")
                    ),
                ));
            }
            if seen.iter().any(|s| s == next) {
                break; // a cycle that does not include `start`; reported when its own member is checked
            }
            seen.push(next.to_owned());
            current = next.to_owned();
        }
    }
    Ok(())
}

/// Follows a `$ref` (if any) to the object it names.
fn deref<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => resolve(spec, reference).unwrap_or(value),
        None => value,
    }
}

fn check_operations(file: &str, spec: &Value) -> Result<(), Error> {
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return Err(Error::new(
            file,
            Location::pointer(["paths"]),
            "the spec has no `paths` mapping; add the operations under `paths:`",
        ));
    };
    let mut operation_ids: BTreeMap<String, String> = BTreeMap::new();
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        let template = template_parameters(file, path)?;
        let shared_parameters = item.get("parameters");
        for method in METHODS {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let here = |extra: &[&str]| {
                let mut segments = vec!["paths", path.as_str(), method];
                segments.extend_from_slice(extra);
                Location::pointer(segments)
            };
            let name = format!("{} {path}", method.to_uppercase());
            check_operation_id(file, operation, &name, &here, &mut operation_ids)?;
            check_path_parameters(
                file,
                spec,
                &name,
                &template,
                shared_parameters,
                operation.get("parameters"),
                &here,
            )?;
            check_request_body(file, spec, &name, operation, &here)?;
            check_responses(file, spec, &name, operation, &here)?;
        }
    }
    Ok(())
}

/// The `{name}` placeholders of a path template, in order.
fn template_parameters(file: &str, path: &str) -> Result<Vec<String>, Error> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            return Err(Error::new(
                file,
                Location::pointer(["paths", path]),
                format!(
                    "path `{path}` opens a `{{` it never closes; write parameters as `{{name}}`"
                ),
            ));
        };
        names.push(rest[open + 1..open + close].to_owned());
        rest = &rest[open + close + 1..];
    }
    Ok(names)
}

fn check_operation_id(
    file: &str,
    operation: &Value,
    name: &str,
    here: &dyn Fn(&[&str]) -> Location,
    seen: &mut BTreeMap<String, String>,
) -> Result<(), Error> {
    let Some(id) = operation
        .get("operationId")
        .and_then(Value::as_str)
        .filter(|id| !id.trim().is_empty())
    else {
        return Err(Error::new(
            file,
            here(&[]),
            format!(
                "operation {name} has no `operationId`; add one, such as `operationId: list_conversations` (it becomes the Rust method name)"
            ),
        ));
    };
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        || id.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(Error::new(
            file,
            here(&["operationId"]),
            format!(
                "operationId `{id}` of {name} cannot become a Rust method name; use letters, digits and `_` only, starting with a letter"
            ),
        ));
    }
    if let Some(first) = seen.insert(id.to_owned(), name.to_owned()) {
        return Err(Error::new(
            file,
            here(&["operationId"]),
            format!(
                "operationId `{id}` of {name} is already used by {first}; give each operation its own operationId"
            ),
        ));
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn check_path_parameters(
    file: &str,
    spec: &Value,
    name: &str,
    template: &[String],
    shared: Option<&Value>,
    own: Option<&Value>,
    here: &dyn Fn(&[&str]) -> Location,
) -> Result<(), Error> {
    let mut declared: BTreeMap<String, bool> = BTreeMap::new();
    for list in [shared, own].into_iter().flatten() {
        for parameter in list.as_array().into_iter().flatten() {
            let parameter = deref(spec, parameter);
            if parameter.get("in").and_then(Value::as_str) == Some("path")
                && let Some(param_name) = parameter.get("name").and_then(Value::as_str)
            {
                let required = parameter.get("required").and_then(Value::as_bool) == Some(true);
                declared.insert(param_name.to_owned(), required);
            }
        }
    }
    for param in template {
        match declared.get(param) {
            None => {
                return Err(Error::new(
                    file,
                    here(&["parameters"]),
                    format!(
                        "path parameter `{{{param}}}` of {name} is not declared; add `{{name: {param}, in: path, required: true, schema: {{type: string}}}}` to its `parameters`"
                    ),
                ));
            }
            Some(false) => {
                return Err(Error::new(
                    file,
                    here(&["parameters"]),
                    format!(
                        "path parameter `{param}` of {name} must be `required: true`, as every path parameter is"
                    ),
                ));
            }
            Some(true) => {}
        }
    }
    let unused: BTreeSet<&String> = declared
        .keys()
        .filter(|declared_name| !template.contains(declared_name))
        .collect();
    if let Some(param) = unused.into_iter().next() {
        return Err(Error::new(
            file,
            here(&["parameters"]),
            format!(
                "path parameter `{param}` of {name} is declared but the path has no `{{{param}}}`; remove it or add it to the path"
            ),
        ));
    }
    Ok(())
}

fn check_request_body(
    file: &str,
    spec: &Value,
    name: &str,
    operation: &Value,
    here: &dyn Fn(&[&str]) -> Location,
) -> Result<(), Error> {
    let Some(body) = operation.get("requestBody") else {
        return Ok(());
    };
    let body = deref(spec, body);
    let Some(content) = body.get("content").and_then(Value::as_object) else {
        return Ok(());
    };
    if content.len() > 1 {
        return Err(Error::new(
            file,
            here(&["requestBody", "content"]),
            format!(
                "the request body of {name} offers {} media types; the generator supports one, so keep `application/json`",
                content.len()
            ),
        ));
    }
    for (media_type, media) in content {
        let essence = media_type.split(';').next().unwrap_or_default().trim();
        if !REQUEST_MEDIA_TYPES.contains(&essence) {
            return Err(Error::new(
                file,
                here(&["requestBody", "content", media_type.as_str()]),
                format!(
                    "request media type `{media_type}` of {name} is not supported by the generator; use one of {}",
                    REQUEST_MEDIA_TYPES.join(", ")
                ),
            ));
        }
        if media.get("schema").is_none() {
            return Err(Error::new(
                file,
                here(&["requestBody", "content", media_type.as_str()]),
                format!("the request body of {name} has no `schema`; add one"),
            ));
        }
        if media
            .get("encoding")
            .and_then(Value::as_object)
            .is_some_and(|e| !e.is_empty())
        {
            return Err(Error::new(
                file,
                here(&["requestBody", "content", media_type.as_str(), "encoding"]),
                format!(
                    "the request body of {name} sets `encoding`, which the generator does not support; remove it"
                ),
            ));
        }
    }
    Ok(())
}

/// What a response turns into in generated code: nothing, a typed JSON body, or raw bytes.
#[derive(Debug, PartialEq)]
enum BodyKind<'a> {
    Empty,
    Json(&'a Value),
    Raw,
}

fn body_kind<'a>(spec: &'a Value, response: &'a Value) -> BodyKind<'a> {
    let response = deref(spec, response);
    match response.get("content").and_then(Value::as_object) {
        None => BodyKind::Empty,
        Some(content) if content.is_empty() => BodyKind::Empty,
        Some(content) => content
            .iter()
            .find(|(media_type, _)| {
                *media_type == "application/json" || media_type.starts_with("application/json;")
            })
            .map(|(_, media)| match media.get("schema") {
                Some(schema) => BodyKind::Json(schema),
                None => BodyKind::Raw,
            })
            .unwrap_or(BodyKind::Raw),
    }
}

fn check_responses(
    file: &str,
    spec: &Value,
    name: &str,
    operation: &Value,
    here: &dyn Fn(&[&str]) -> Location,
) -> Result<(), Error> {
    let empty = Map::new();
    let responses = operation
        .get("responses")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    if responses.is_empty() {
        return Err(Error::new(
            file,
            here(&["responses"]),
            format!("operation {name} declares no responses; add at least its `200` response"),
        ));
    }
    for (group, is_member) in [
        ("success (2xx)", is_success as fn(&str) -> bool),
        ("error (4xx/5xx)", is_error as fn(&str) -> bool),
    ] {
        let mut first: Option<(&str, BodyKind)> = None;
        for (status, response) in responses {
            if !is_member(status) {
                continue;
            }
            let kind = body_kind(spec, response);
            match &first {
                None => first = Some((status, kind)),
                Some((first_status, first_kind)) if *first_kind != kind => {
                    return Err(Error::new(
                        file,
                        here(&["responses", status.as_str()]),
                        format!(
                            "the {group} responses of {name} have different bodies ({first_status} and {status}); the generator needs one body type per group, so share one schema (a `oneOf` if the shapes differ)"
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
    }
    Ok(())
}

/// progenitor counts `default` in both groups.
fn is_success(status: &str) -> bool {
    status.starts_with('2') || status == "default"
}

fn is_error(status: &str) -> bool {
    status.starts_with('4') || status.starts_with('5') || status == "default"
}
