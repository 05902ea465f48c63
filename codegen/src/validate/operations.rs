//! Checks on paths and operations: names, parameters, request bodies and responses.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::names::{first_clash, progenitor_snake};
use super::structure::METHODS;
use super::{deref, deref_located, resolve};
use crate::error::{Error, Location};

/// Request media types progenitor can send.
const REQUEST_MEDIA_TYPES: [&str; 5] = [
    "application/json",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "text/plain",
    "text/x-markdown",
];

/// Where parameters may be, with the one `style` progenitor supports for each.
const PARAMETER_PLACES: [(&str, &str); 3] =
    [("path", "simple"), ("query", "form"), ("header", "simple")];

/// The status codes that have a standard reason phrase (the `http` crate's list), which the
/// generated mock helpers turn into method names (`ok`, `not_found`, ...).
const STANDARD_STATUSES: [u16; 62] = [
    100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304,
    305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
    416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505,
    506, 507, 508, 510, 511,
];

/// Builds the location of a place inside the operation being checked.
type Here<'h> = &'h dyn Fn(&[&str]) -> Location;

/// Checks every operation of every path.
pub(crate) fn check_operations(file: &str, spec: &Value) -> Result<(), Error> {
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
            let parameters = Parameters::collect(
                spec,
                path,
                shared_parameters,
                operation.get("parameters"),
                &here,
            );
            check_parameters(file, spec, &name, &parameters)?;
            check_path_parameters(file, &name, &template, &parameters, &here)?;
            check_request_body(file, spec, &name, operation, &here)?;
            check_responses(file, spec, &name, operation, &here)?;
        }
    }
    Ok(())
}

/// The `{name}` placeholders of a path template, in order, checked the way progenitor parses them.
fn template_parameters(file: &str, path: &str) -> Result<Vec<String>, Error> {
    let fail = |problem: &str| {
        Err(Error::new(
            file,
            Location::pointer(["paths", path]),
            format!("path `{path}` {problem}; write each parameter as `{{name}}`"),
        ))
    };
    let mut names = Vec::new();
    let mut current: Option<String> = None;
    for c in path.chars() {
        match (current.as_mut(), c) {
            (None, '{') => current = Some(String::new()),
            (None, '}') => return fail("has a `}` that closes nothing"),
            (None, _) => {}
            (Some(name), '}') if name.is_empty() => return fail("has an empty parameter `{}`"),
            (Some(name), '}') => {
                names.push(std::mem::take(name));
                current = None;
            }
            (Some(_), '{' | '/') => return fail("has a `{` or `/` inside a parameter name"),
            (Some(name), c) => name.push(c),
        }
    }
    if current.is_some() {
        return fail("opens a `{` it never closes");
    }
    Ok(names)
}

/// Checks that the operation has a usable, unique `operationId`.
fn check_operation_id(
    file: &str,
    operation: &Value,
    name: &str,
    here: Here<'_>,
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

/// One parameter of an operation, after following its `$ref`.
struct Parameter<'a> {
    /// The parameter object.
    value: &'a Value,
    /// Its `name` (empty if missing).
    name: &'a str,
    /// Its `in` (empty if missing).
    place: &'a str,
    /// Where it is written: the parameter object, or the component its `$ref` names.
    location: Location,
}

/// The parameters of one operation: the path item's, overridden by the operation's own.
struct Parameters<'a> {
    /// The parameters, path item's first.
    list: Vec<Parameter<'a>>,
}

impl<'a> Parameters<'a> {
    /// Collects the parameters from the path item's and the operation's `parameters` lists.
    fn collect(
        spec: &'a Value,
        path: &str,
        shared: Option<&'a Value>,
        own: Option<&'a Value>,
        here: Here<'_>,
    ) -> Self {
        let mut list: Vec<Parameter<'a>> = Vec::new();
        for (index, entry) in items(shared) {
            let place = Location::pointer(["paths", path, "parameters", &index.to_string()]);
            list.push(Parameter::new(spec, entry, place));
        }
        for (index, entry) in items(own) {
            let parameter = Parameter::new(spec, entry, here(&["parameters", &index.to_string()]));
            // An operation's parameter replaces the path item's one with the same name and `in`.
            list.retain(|shared| (shared.name, shared.place) != (parameter.name, parameter.place));
            list.push(parameter);
        }
        Parameters { list }
    }
}

impl<'a> Parameter<'a> {
    /// Reads one entry of a `parameters` list written at `place`.
    fn new(spec: &'a Value, entry: &'a Value, place: Location) -> Self {
        let (value, reference) = deref_located(spec, entry);
        let location = reference.map_or(place, |reference| Location::Pointer(reference.to_owned()));
        Parameter {
            value,
            name: value
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default(),
            place: value.get("in").and_then(Value::as_str).unwrap_or_default(),
            location,
        }
    }

    /// The location of a key inside the parameter.
    fn at(&self, key: &str) -> Location {
        self.location.join([key])
    }
}

/// The items of a sequence, with their indexes.
fn items(list: Option<&Value>) -> impl Iterator<Item = (usize, &Value)> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
}

/// Checks each parameter's place, style and schema, and that names are unique.
fn check_parameters(
    file: &str,
    spec: &Value,
    name: &str,
    parameters: &Parameters<'_>,
) -> Result<(), Error> {
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for parameter in &parameters.list {
        let param = parameter.name;
        if param.is_empty() {
            return Err(Error::new(
                file,
                parameter.at("name"),
                format!("a parameter of {name} has no `name`; give it the name the API expects"),
            ));
        }
        let Some(default_style) = PARAMETER_PLACES
            .iter()
            .find(|(place, _)| *place == parameter.place)
            .map(|(_, style)| *style)
        else {
            let problem = if parameter.place == "cookie" {
                "is a cookie parameter, which the generator does not support; send the value another way or leave it out of the spec".to_owned()
            } else {
                format!(
                    "has `in: {}`; use `path`, `query` or `header`",
                    parameter.place
                )
            };
            return Err(Error::new(
                file,
                parameter.at("in"),
                format!("parameter `{param}` of {name} {problem}"),
            ));
        };
        if let Some(style) = parameter
            .value
            .get("style")
            .and_then(Value::as_str)
            .filter(|style| *style != default_style)
        {
            return Err(Error::new(
                file,
                parameter.at("style"),
                format!(
                    "parameter `{param}` of {name} uses `style: {style}`, which the generator does not support; remove `style` (the default is `{default_style}`)"
                ),
            ));
        }
        let Some(schema) = present(parameter.value, "schema") else {
            return Err(Error::new(
                file,
                parameter.at("content"),
                format!(
                    "parameter `{param}` of {name} has no `schema` (the generator does not read `content` in parameters); describe its value with `schema:`"
                ),
            ));
        };
        if is_struct(spec, schema) {
            return Err(Error::new(
                file,
                parameter.at("schema"),
                format!(
                    "parameter `{param}` of {name} is an object with properties, which the generator cannot send as a {} parameter; split it into one parameter per field",
                    parameter.place
                ),
            ));
        }
        if let Some(other) = seen
            .insert(param, parameter.place)
            .filter(|other| *other != parameter.place)
        {
            return Err(Error::new(
                file,
                parameter.at("name"),
                format!(
                    "parameter name `{param}` is used twice by {name} (in {other} and in {}); the generator needs unique names, so rename one",
                    parameter.place
                ),
            ));
        }
    }
    check_parameter_names(file, name, parameters)
}

/// Checks that no two parameters become the same Rust name (progenitor's setter and field, and
/// the CLI's flag, for which it asserts uniqueness and panics).
fn check_parameter_names(file: &str, name: &str, parameters: &Parameters<'_>) -> Result<(), Error> {
    let names: Vec<&str> = parameters
        .list
        .iter()
        .map(|parameter| parameter.name)
        .filter(|param| param.is_ascii())
        .collect();
    let Some((first, second)) = first_clash(&names, progenitor_snake) else {
        return Ok(());
    };
    let location = parameters
        .list
        .iter()
        .rev()
        .find(|parameter| parameter.name == second)
        .map(|parameter| parameter.at("name"))
        .unwrap_or(Location::Document);
    let message = if first == second {
        format!("parameter `{first}` is listed twice in {name}; remove one")
    } else {
        format!(
            "parameters `{first}` and `{second}` of {name} both become `{}` in Rust; rename one so that they differ in more than case and punctuation",
            progenitor_snake(first)
        )
    };
    Err(Error::new(file, location, message))
}

/// Whether typify turns `schema` into a struct (which progenitor cannot take as a parameter):
/// after following references and one-element wrappers, it has `properties` or an `allOf`.
fn is_struct(spec: &Value, schema: &Value) -> bool {
    let mut current = schema;
    for _ in 0..super::MAX_DEPTH {
        if let Some(target) = current
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| resolve(spec, r))
        {
            current = target;
            continue;
        }
        let single = ["oneOf", "anyOf", "allOf"].into_iter().find_map(|key| {
            match current
                .get(key)
                .and_then(Value::as_array)
                .map(Vec::as_slice)
            {
                Some([only]) => Some(only),
                _ => None,
            }
        });
        match single {
            Some(only) if current.get("properties").is_none() => current = only,
            _ => return current.get("properties").is_some() || current.get("allOf").is_some(),
        }
    }
    false
}

/// Checks that every `{name}` in the path is declared as a required path parameter, and every
/// declared path parameter appears in the path.
fn check_path_parameters(
    file: &str,
    name: &str,
    template: &[String],
    parameters: &Parameters<'_>,
    here: Here<'_>,
) -> Result<(), Error> {
    let declared: BTreeMap<&str, &Parameter<'_>> = parameters
        .list
        .iter()
        .filter(|parameter| parameter.place == "path")
        .map(|parameter| (parameter.name, parameter))
        .collect();
    for param in template {
        match declared.get(param.as_str()) {
            None => {
                return Err(Error::new(
                    file,
                    here(&["parameters"]),
                    format!(
                        "path parameter `{{{param}}}` of {name} is not declared; add `{{name: {param}, in: path, required: true, schema: {{type: string}}}}` to its `parameters`"
                    ),
                ));
            }
            Some(parameter)
                if parameter.value.get("required").and_then(Value::as_bool) != Some(true) =>
            {
                return Err(Error::new(
                    file,
                    parameter.at("required"),
                    format!(
                        "path parameter `{param}` of {name} is not marked required; add `required: true`, which every path parameter needs"
                    ),
                ));
            }
            Some(_) => {}
        }
    }
    let unused: BTreeSet<&&str> = declared
        .keys()
        .filter(|declared_name| !template.iter().any(|t| t == **declared_name))
        .collect();
    if let Some(param) = unused.into_iter().next() {
        let location = declared
            .get(*param)
            .map(|p| p.location.clone())
            .unwrap_or_else(|| here(&["parameters"]));
        return Err(Error::new(
            file,
            location,
            format!(
                "path parameter `{param}` of {name} is declared but the path has no `{{{param}}}`; remove it or add it to the path"
            ),
        ));
    }
    Ok(())
}

/// Checks that the request body has one supported media type with a schema.
fn check_request_body(
    file: &str,
    spec: &Value,
    name: &str,
    operation: &Value,
    here: Here<'_>,
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
        if present(media, "schema").is_none() {
            return Err(Error::new(
                file,
                here(&["requestBody", "content", media_type.as_str()]),
                format!("the request body of {name} has no `schema`; add one"),
            ));
        }
        if sets_encoding(media) {
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

/// Whether a media type object sets a non-empty `encoding`, which progenitor does not support
/// (it panics on it: `todo!` in request bodies, an assertion in responses).
fn sets_encoding(media: &Value) -> bool {
    media
        .get("encoding")
        .and_then(Value::as_object)
        .is_some_and(|encoding| !encoding.is_empty())
}

/// What a response turns into in generated code: nothing, a typed JSON body, or raw bytes.
#[derive(Debug, PartialEq)]
enum BodyKind<'a> {
    /// No content.
    Empty,
    /// A JSON body of this schema.
    Json(&'a Value),
    /// A body of another media type, passed on as bytes.
    Raw,
}

/// The JSON media type progenitor reads a response as: the first `application/json` entry.
fn json_media(response: &Value) -> Option<(&str, &Value)> {
    response
        .get("content")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .find(|(media_type, _)| {
            *media_type == "application/json" || media_type.starts_with("application/json;")
        })
        .map(|(media_type, media)| (media_type.as_str(), media))
}

/// What the (dereferenced) response turns into.
fn body_kind(response: &Value) -> BodyKind<'_> {
    match (
        json_media(response),
        response.get("content").and_then(Value::as_object),
    ) {
        (Some((_, media)), _) => present(media, "schema")
            .map(BodyKind::Json)
            .unwrap_or(BodyKind::Raw),
        (None, Some(content)) if !content.is_empty() => BodyKind::Raw,
        (None, _) => BodyKind::Empty,
    }
}

/// Checks each response's JSON media type, and that each group of statuses has one body type.
fn check_responses(
    file: &str,
    spec: &Value,
    name: &str,
    operation: &Value,
    here: Here<'_>,
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
    for (status, response) in responses {
        if let Some(problem) = status_problem(status) {
            return Err(Error::new(
                file,
                here(&["responses", status.as_str()]),
                format!("response status `{status}` of {name} {problem}"),
            ));
        }
        check_json_media(file, spec, name, status, response, here)?;
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
            let kind = body_kind(deref(spec, response));
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

/// Checks the JSON media type of one response: progenitor panics without a `schema` or with an
/// `encoding`.
fn check_json_media(
    file: &str,
    spec: &Value,
    name: &str,
    status: &str,
    response: &Value,
    here: Here<'_>,
) -> Result<(), Error> {
    let (target, reference) = deref_located(spec, response);
    let Some((media_type, media)) = json_media(target) else {
        return Ok(());
    };
    let base = reference.map_or_else(
        || here(&["responses", status]),
        |reference| Location::Pointer(reference.to_owned()),
    );
    let at = |key: Option<&str>| base.join(["content", media_type].into_iter().chain(key));
    if present(media, "schema").is_none() {
        return Err(Error::new(
            file,
            at(None),
            format!(
                "the `{media_type}` body of response {status} of {name} has no `schema`; add one (`schema: {{}}` accepts any JSON)"
            ),
        ));
    }
    if sets_encoding(media) {
        return Err(Error::new(
            file,
            at(Some("encoding")),
            format!(
                "the `{media_type}` body of response {status} of {name} sets `encoding`, which the generator does not support in responses; remove it"
            ),
        ));
    }
    Ok(())
}

/// What is wrong with a key of `responses`, if anything: progenitor's mock generator panics on
/// a range other than 1XX to 5XX and on a code without a standard reason phrase.
fn status_problem(status: &str) -> Option<&'static str> {
    let fine = match status.as_bytes() {
        b"default" => true,
        [b'1'..=b'5', b'X' | b'x', b'X' | b'x'] => true,
        [b'0'..=b'9', b'0'..=b'9', b'0'..=b'9'] => status
            .parse::<u16>()
            .is_ok_and(|code| STANDARD_STATUSES.contains(&code)),
        _ => status.starts_with("x-"),
    };
    (!fine).then_some(
        "is not one the generator can use; write a standard status code (such as 200 or 404), a range from 1XX to 5XX, or `default`",
    )
}

/// The value under `key`, unless it is missing or `null` (which openapiv3 reads as missing).
fn present<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    value.get(key).filter(|found| !found.is_null())
}

/// progenitor counts `default` in both groups.
fn is_success(status: &str) -> bool {
    status.starts_with('2') || status == "default"
}

/// Error statuses, plus `default`.
fn is_error(status: &str) -> bool {
    status.starts_with('4') || status.starts_with('5') || status == "default"
}
