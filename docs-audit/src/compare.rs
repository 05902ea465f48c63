//! A parsed docs [`Page`] against an OpenAPI 3.0 spec (as a JSON value): what the spec lacks or
//! contradicts.
//!
//! [`audit`] looks up the page's operation (method and path) in the spec, then checks
//!
//! * every parameter the page lists against the parameters the operation declares (path-item
//!   level and operation level, `$ref`s to `components/parameters` resolved), by name and
//!   location, and the page's type against the parameter's schema;
//! * every field of the success example body against the schemas of the operation's 2xx
//!   responses, and every field of each error example body against the schemas of its 4xx,
//!   5xx and `default` responses, with the type each example value shows.
//!
//! Schemas are read the way a reader of the spec would: `$ref`s are followed, and `allOf`,
//! `oneOf` and `anyOf` members are all candidates, so a field is in the spec when any member
//! declares it (and likewise when any of several responses does). A type agrees when any
//! candidate accepts it: an example `0` fits `number`, `"string"` fits a `date-time` string, a
//! `null` example fits anything, and a schema without a type (`{}`) accepts everything. An
//! object schema without `properties` (or with `additionalProperties`) accepts any field.

use std::fmt;

use serde_json::{Map, Value};

use crate::page::{DocType, Location, Page, field_paths, join_field};

/// What kind of gap between the page and the spec a [`Finding`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FindingKind {
    /// The spec has no operation for the page's method and path.
    MissingOperation,
    /// The operation declares no parameter with that name in that location.
    MissingParameter(Location),
    /// The page shows a body, but the spec declares no response of that class with a schema.
    MissingResponse,
    /// An example body has a field that no schema of the matching responses has.
    MissingField,
    /// The page's type (from a parameter line or an example value) disagrees with the spec's.
    TypeConflict,
    /// The spec has a `$ref` that does not resolve, so part of it could not be checked.
    BrokenReference,
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FindingKind::MissingOperation => f.write_str("missing operation"),
            FindingKind::MissingParameter(location) => write!(f, "missing {location} parameter"),
            FindingKind::MissingResponse => f.write_str("missing response"),
            FindingKind::MissingField => f.write_str("missing field"),
            FindingKind::TypeConflict => f.write_str("type conflict"),
            FindingKind::BrokenReference => f.write_str("broken reference"),
        }
    }
}

/// One thing the spec lacks or contradicts. `Display` prints `kind: detail`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Finding {
    /// What kind of finding this is.
    pub kind: FindingKind,
    /// The operation and the place in it, such as
    /// `GET /public/api/v1/inboxes/{inbox_identifier}: 200 body field [].contact.foo`.
    pub detail: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.detail)
    }
}

/// The result of auditing one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageAudit {
    /// What the spec lacks or contradicts, in page order, without repeats.
    pub findings: Vec<Finding>,
    /// How many parameters the page lists.
    pub parameters: usize,
    /// How many distinct field paths the page's example bodies have (summed over the bodies).
    pub fields: usize,
}

/// Audits one page against a spec document (an OpenAPI 3.0 document as a JSON value).
pub fn audit(spec: &Value, page: &Page) -> PageAudit {
    let mut audit = Auditor {
        spec,
        operation: format!("{} {}", page.method, page.path),
        findings: Vec::new(),
    };
    let result = PageAudit {
        findings: Vec::new(),
        parameters: page.parameters.len(),
        fields: page
            .bodies
            .iter()
            .map(|body| field_paths(&body.value).len())
            .sum(),
    };
    match find_operation(spec, &page.method, &page.path) {
        Lookup::Found {
            path_item,
            operation,
        } => {
            audit.parameters(page, path_item, operation);
            audit.bodies(page, operation);
        }
        Lookup::NoSuchMethod(methods) => audit.push(
            FindingKind::MissingOperation,
            format!(
                "{} (the spec has this path with {} only)",
                audit.operation,
                methods.join(", ")
            ),
        ),
        Lookup::NoSuchPath => audit.push(FindingKind::MissingOperation, audit.operation.clone()),
    }
    PageAudit {
        findings: audit.findings,
        ..result
    }
}

/// The HTTP methods an OpenAPI path item can have, as its keys.
const OPERATION_KEYS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

enum Lookup<'a> {
    Found {
        path_item: &'a Value,
        operation: &'a Value,
    },
    NoSuchMethod(Vec<String>),
    NoSuchPath,
}

/// Finds the operation for `method` and `path`: the path as written, then the same template
/// with other parameter names, then (for specs whose server URL carries the base path) the path
/// with a server URL's path stripped.
fn find_operation<'a>(spec: &'a Value, method: &str, path: &str) -> Lookup<'a> {
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return Lookup::NoSuchPath;
    };
    let mut candidates = vec![path.to_owned()];
    for prefix in server_paths(spec) {
        if let Some(rest) = path.strip_prefix(prefix.as_str())
            && rest.starts_with('/')
        {
            candidates.push(rest.to_owned());
        }
    }
    let path_item = candidates.iter().find_map(|candidate| {
        paths.get(candidate.as_str()).or_else(|| {
            let shape = template_shape(candidate);
            paths
                .iter()
                .find(|(key, _)| template_shape(key) == shape)
                .map(|(_, item)| item)
        })
    });
    let Some(path_item) = path_item else {
        return Lookup::NoSuchPath;
    };
    let path_item = resolve(spec, path_item).unwrap_or(path_item);
    match path_item.get(method.to_ascii_lowercase()) {
        Some(operation) => Lookup::Found {
            path_item,
            operation,
        },
        None => Lookup::NoSuchMethod(
            OPERATION_KEYS
                .iter()
                .filter(|key| path_item.get(**key).is_some())
                .map(|key| key.to_ascii_uppercase())
                .collect(),
        ),
    }
}

/// A path template with every `{name}` replaced by `{}`.
fn template_shape(path: &str) -> String {
    let mut shape = String::with_capacity(path.len());
    let mut in_braces = false;
    for ch in path.trim_end_matches('/').chars() {
        match ch {
            '{' => {
                in_braces = true;
                shape.push('{');
            }
            '}' => {
                in_braces = false;
                shape.push('}');
            }
            _ if in_braces => {}
            _ => shape.push(ch),
        }
    }
    shape
}

/// The path part of each server URL (`https://host/public/api/v1` gives `/public/api/v1`).
fn server_paths(spec: &Value) -> Vec<String> {
    let Some(servers) = spec.get("servers").and_then(Value::as_array) else {
        return Vec::new();
    };
    servers
        .iter()
        .filter_map(|server| server.get("url").and_then(Value::as_str))
        .filter_map(|url| {
            let without_scheme = match url.split_once("://") {
                Some((_, rest)) => rest.find('/').map(|i| &rest[i..]).unwrap_or(""),
                None => url,
            };
            let trimmed = without_scheme.trim_end_matches('/');
            (trimmed.starts_with('/') && trimmed.len() > 1).then(|| trimmed.to_owned())
        })
        .collect()
}

/// Follows `$ref`s (local ones, `#/...`) until a value without `$ref`; `Err` names a `$ref`
/// that does not resolve.
fn resolve<'a>(spec: &'a Value, value: &'a Value) -> Result<&'a Value, String> {
    let mut current = value;
    for _ in 0..64 {
        let Some(reference) = current.get("$ref").and_then(Value::as_str) else {
            return Ok(current);
        };
        let target = reference
            .strip_prefix('#')
            .and_then(|pointer| spec.pointer(pointer));
        match target {
            Some(target) => current = target,
            None => return Err(reference.to_owned()),
        }
    }
    Err(format!(
        "{} (a cycle of $refs)",
        value.get("$ref").and_then(Value::as_str).unwrap_or("$ref")
    ))
}

/// The kind of a JSON value, as a type name of JSON Schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Null,
    Boolean,
    Integer,
    Number,
    String,
    Object,
    Array,
}

impl Kind {
    fn of(value: &Value) -> Kind {
        match value {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Boolean,
            Value::Number(number) if number.is_f64() => Kind::Number,
            Value::Number(_) => Kind::Integer,
            Value::String(_) => Kind::String,
            Value::Array(_) => Kind::Array,
            Value::Object(_) => Kind::Object,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Boolean => "boolean",
            Kind::Integer => "integer",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Object => "object",
            Kind::Array => "array",
        }
    }
}

/// A schema after `$ref`s are followed and `allOf`/`oneOf`/`anyOf` are taken apart: the one
/// that constrains the value itself.
#[derive(Debug, Clone, Copy)]
struct Leaf<'a>(&'a Value);

impl<'a> Leaf<'a> {
    fn get(self, key: &str) -> Option<&'a Value> {
        self.0.get(key)
    }

    /// The JSON Schema types the leaf allows; `None` when it allows any. A leaf without `type`
    /// but with `properties`/`additionalProperties` is an object, one with `items` an array.
    fn types(self) -> Option<Vec<&'a str>> {
        match self.get("type") {
            Some(Value::String(name)) => Some(vec![name.as_str()]),
            Some(Value::Array(names)) => Some(names.iter().filter_map(Value::as_str).collect()),
            _ if self.get("properties").is_some() || self.get("additionalProperties").is_some() => {
                Some(vec!["object"])
            }
            _ if self.get("items").is_some() => Some(vec!["array"]),
            _ => None,
        }
    }

    /// Whether the leaf accepts a value of `kind` (`integer` fits `number`; `null` fits all).
    fn accepts(self, kind: Kind) -> bool {
        match self.types() {
            None => true,
            Some(types) => {
                kind == Kind::Null
                    || types.iter().any(|name| {
                        *name == kind.name() || (kind == Kind::Integer && *name == "number")
                    })
            }
        }
    }

    /// Whether the leaf says nothing about the value (`{}`, `{description: ...}`, `true`).
    fn unconstrained(self) -> bool {
        match self.0 {
            Value::Bool(allowed) => *allowed,
            Value::Object(_) => self.types().is_none(),
            _ => true,
        }
    }
}

/// Several candidate schemas describe a value; it fits when any of them does.
struct Candidates<'a> {
    leaves: Vec<Leaf<'a>>,
}

impl Candidates<'_> {
    fn describe(&self) -> String {
        let mut names: Vec<&str> = Vec::new();
        for leaf in &self.leaves {
            for name in leaf.types().unwrap_or_else(|| vec!["any"]) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        if names.is_empty() {
            "nothing".to_owned()
        } else {
            names.join(" | ")
        }
    }
}

struct Auditor<'a> {
    spec: &'a Value,
    operation: String,
    findings: Vec<Finding>,
}

impl<'a> Auditor<'a> {
    fn push(&mut self, kind: FindingKind, detail: String) {
        let finding = Finding { kind, detail };
        if !self.findings.contains(&finding) {
            self.findings.push(finding);
        }
    }

    /// Takes `schemas` apart into leaves (see [`Leaf`]); unresolvable `$ref`s become findings.
    fn candidates(&mut self, schemas: &[&'a Value]) -> Candidates<'a> {
        let mut leaves = Vec::new();
        for schema in schemas {
            self.collect_leaves(schema, &mut leaves, 0);
        }
        Candidates { leaves }
    }

    fn collect_leaves(&mut self, schema: &'a Value, leaves: &mut Vec<Leaf<'a>>, depth: usize) {
        if depth > 64 {
            return;
        }
        let schema = match resolve(self.spec, schema) {
            Ok(schema) => schema,
            Err(reference) => {
                let detail = format!("{}: {reference} does not resolve", self.operation);
                self.push(FindingKind::BrokenReference, detail);
                return;
            }
        };
        let members: Vec<&'a Value> = ["allOf", "oneOf", "anyOf"]
            .iter()
            .filter_map(|key| schema.get(*key).and_then(Value::as_array))
            .flatten()
            .collect();
        let leaf = Leaf(schema);
        // `{type: object, nullable: true, allOf: [$ref]}` (how a nullable reference is written)
        // states a type but leaves the fields to its members: read only the members, or every
        // field would look free-form.
        let own_shape = ["properties", "additionalProperties", "items"]
            .iter()
            .any(|key| schema.get(*key).is_some());
        let constrains_itself = leaf.types().is_some() && (members.is_empty() || own_shape);
        if constrains_itself || members.is_empty() {
            leaves.push(leaf);
        }
        for member in members {
            self.collect_leaves(member, leaves, depth + 1);
        }
    }

    fn parameters(&mut self, page: &Page, path_item: &'a Value, operation: &'a Value) {
        // Operation-level parameters first: they override path-level ones of the same name.
        let mut declared: Vec<&'a Value> = Vec::new();
        for owner in [operation, path_item] {
            for parameter in owner
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                match resolve(self.spec, parameter) {
                    Ok(parameter) => declared.push(parameter),
                    Err(reference) => {
                        let detail = format!("{}: {reference} does not resolve", self.operation);
                        self.push(FindingKind::BrokenReference, detail);
                    }
                }
            }
        }
        for parameter in &page.parameters {
            let location = parameter.location.as_str();
            let found = declared.iter().find(|declared| {
                let name = declared.get("name").and_then(Value::as_str).unwrap_or("");
                let same_name = if parameter.location == Location::Header {
                    name.eq_ignore_ascii_case(&parameter.name)
                } else {
                    name == parameter.name
                };
                same_name && declared.get("in").and_then(Value::as_str) == Some(location)
            });
            let Some(found) = found else {
                let detail = format!("{}: {}", self.operation, parameter.name);
                self.push(FindingKind::MissingParameter(parameter.location), detail);
                continue;
            };
            let Some(schema) = found.get("schema") else {
                continue;
            };
            let candidates = self.candidates(&[schema]);
            if !self.type_fits(&parameter.doc_type, &candidates) {
                let detail = format!(
                    "{}: {location} parameter {}: page {}, spec {}",
                    self.operation,
                    parameter.name,
                    parameter.type_text,
                    candidates.describe()
                );
                self.push(FindingKind::TypeConflict, detail);
            }
        }
    }

    /// Whether a page's parameter type fits any candidate.
    fn type_fits(&mut self, doc_type: &DocType, candidates: &Candidates<'a>) -> bool {
        if candidates.leaves.iter().any(|leaf| leaf.unconstrained()) {
            return true;
        }
        let kind = match doc_type {
            DocType::Any | DocType::Null => return true,
            DocType::Union(alternatives) => {
                let mut concrete = alternatives
                    .iter()
                    .filter(|alt| **alt != DocType::Null)
                    .peekable();
                if concrete.peek().is_none() {
                    return true;
                }
                return concrete.any(|alt| self.type_fits(alt, candidates));
            }
            DocType::Array(item) => {
                let arrays: Vec<Leaf<'a>> = candidates
                    .leaves
                    .iter()
                    .copied()
                    .filter(|leaf| leaf.accepts(Kind::Array))
                    .collect();
                if arrays.is_empty() {
                    return false;
                }
                let mut items = Vec::new();
                for leaf in arrays {
                    match leaf.get("items") {
                        Some(schema) => items.push(schema),
                        None => return true,
                    }
                }
                let items = self.candidates(&items);
                return self.type_fits(item, &items);
            }
            DocType::Boolean => Kind::Boolean,
            DocType::Integer => Kind::Integer,
            DocType::Number => Kind::Number,
            DocType::String => Kind::String,
            DocType::Object => Kind::Object,
        };
        candidates.leaves.iter().any(|leaf| leaf.accepts(kind))
    }

    fn bodies(&mut self, page: &Page, operation: &'a Value) {
        let responses = operation.get("responses").and_then(Value::as_object);
        if let Some(body) = page.success_body() {
            let (codes, schemas) = self.response_schemas(responses, |code| code.starts_with('2'));
            self.body(&body.value, "2xx", &codes, &schemas);
        }
        let errors = page.error_bodies();
        if !errors.is_empty() {
            let (codes, schemas) = self.response_schemas(responses, |code| {
                code.starts_with('4') || code.starts_with('5') || code == "default"
            });
            for body in errors {
                self.body(&body.value, "4xx/5xx", &codes, &schemas);
            }
        }
    }

    fn body(&mut self, value: &Value, class: &str, codes: &[String], schemas: &[&'a Value]) {
        if schemas.is_empty() {
            let detail = format!(
                "{}: the page shows a {class} body, but the spec declares no {class} response with a schema",
                self.operation
            );
            self.push(FindingKind::MissingResponse, detail);
            return;
        }
        let label = format!("{} body", codes.join("/"));
        let candidates = self.candidates(schemas);
        self.value(value, &candidates, &label, "");
    }

    /// The status codes (in spec order) of the responses `wanted` selects that have a schema,
    /// and those schemas (JSON media types preferred).
    fn response_schemas(
        &mut self,
        responses: Option<&'a Map<String, Value>>,
        wanted: impl Fn(&str) -> bool,
    ) -> (Vec<String>, Vec<&'a Value>) {
        let mut codes = Vec::new();
        let mut schemas = Vec::new();
        for (code, response) in responses.into_iter().flatten() {
            if !wanted(code.as_str()) {
                continue;
            }
            let response = match resolve(self.spec, response) {
                Ok(response) => response,
                Err(reference) => {
                    let detail = format!("{}: {reference} does not resolve", self.operation);
                    self.push(FindingKind::BrokenReference, detail);
                    continue;
                }
            };
            let Some(content) = response.get("content").and_then(Value::as_object) else {
                continue;
            };
            let is_json = |media: &str| media.contains("json") || media == "*/*";
            let any_json = content.keys().any(|media| is_json(media));
            let found: Vec<&'a Value> = content
                .iter()
                .filter(|(media, _)| !any_json || is_json(media))
                .filter_map(|(_, media_type)| media_type.get("schema"))
                .collect();
            if !found.is_empty() {
                codes.push(code.clone());
                schemas.extend(found);
            }
        }
        (codes, schemas)
    }

    /// Checks an example value (at `path` in a body) against candidate schemas.
    fn value(&mut self, value: &Value, candidates: &Candidates<'a>, label: &str, path: &str) {
        let kind = Kind::of(value);
        if kind == Kind::Null || candidates.leaves.iter().any(|leaf| leaf.unconstrained()) {
            return;
        }
        let accepting: Vec<Leaf<'a>> = candidates
            .leaves
            .iter()
            .copied()
            .filter(|leaf| leaf.accepts(kind))
            .collect();
        if accepting.is_empty() {
            let place = if path.is_empty() {
                label.to_owned()
            } else {
                format!("{label} field {path}")
            };
            let detail = format!(
                "{}: {place}: example {}, spec {}",
                self.operation,
                kind.name(),
                candidates.describe()
            );
            self.push(FindingKind::TypeConflict, detail);
            return;
        }
        match value {
            Value::Object(fields) => {
                for (key, child) in fields {
                    let child_path = join_field(path, key);
                    let mut schemas = Vec::new();
                    let mut free = false;
                    for leaf in &accepting {
                        let properties = leaf.get("properties").and_then(Value::as_object);
                        if let Some(schema) = properties.and_then(|p| p.get(key)) {
                            schemas.push(schema);
                        }
                        match leaf.get("additionalProperties") {
                            Some(Value::Bool(false)) => {}
                            Some(Value::Bool(true)) => free = true,
                            Some(schema) => schemas.push(schema),
                            None => free |= properties.is_none_or(Map::is_empty),
                        }
                    }
                    if free {
                        continue;
                    }
                    if schemas.is_empty() {
                        let detail = format!("{}: {label} field {child_path}", self.operation);
                        self.push(FindingKind::MissingField, detail);
                        continue;
                    }
                    let child_candidates = self.candidates(&schemas);
                    self.value(child, &child_candidates, label, &child_path);
                }
            }
            Value::Array(items) => {
                let mut schemas = Vec::new();
                for leaf in &accepting {
                    match leaf.get("items") {
                        Some(schema) => schemas.push(schema),
                        None => return,
                    }
                }
                let item_candidates = self.candidates(&schemas);
                let item_path = format!("{path}[]");
                for item in items {
                    self.value(item, &item_candidates, label, &item_path);
                }
            }
            _ => {}
        }
    }
}
