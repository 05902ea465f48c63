//! Where the typed objects of a spec are: which mappings are schemas, parameters, responses and
//! so on, judged by their position as the OpenAPI 3.0 specification defines it.
//!
//! [`Sites::new`] lists them once, without recursion, so that each check can look at exactly the
//! objects it is about (a `$ref` inside an `example` is data, not a reference).

use serde_json::Value;

use crate::error::Location;

/// HTTP methods an OpenAPI path item may hold, in the order the spec lists them.
pub(crate) const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// What an object of the spec is, judged by where it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An entry of `paths`.
    PathItem,
    /// An operation under a path item (`get`, `post`, ...).
    Operation,
    /// A parameter object.
    Parameter,
    /// A request body object.
    RequestBody,
    /// A response object.
    Response,
    /// A header object.
    Header,
    /// A media type object (an entry of `content`).
    MediaType,
    /// A schema object.
    Schema,
}

impl Kind {
    /// The `components` section a `$ref` in this place must point into, or `None` where the
    /// generator cannot follow a `$ref` at all.
    pub(crate) fn section(self) -> Option<&'static str> {
        match self {
            Kind::Parameter => Some("parameters"),
            Kind::RequestBody => Some("requestBodies"),
            Kind::Response => Some("responses"),
            Kind::Header => Some("headers"),
            Kind::Schema => Some("schemas"),
            Kind::PathItem | Kind::Operation | Kind::MediaType => None,
        }
    }

    /// How messages name an object of this kind.
    pub(crate) fn noun(self) -> &'static str {
        match self {
            Kind::PathItem => "path item",
            Kind::Operation => "operation",
            Kind::Parameter => "parameter",
            Kind::RequestBody => "request body",
            Kind::Response => "response",
            Kind::Header => "header",
            Kind::MediaType => "media type",
            Kind::Schema => "schema",
        }
    }

    /// The kind of the entries of the `components` section `section`, if the generator reads it.
    fn of_section(section: &str) -> Option<Kind> {
        [
            Kind::Schema,
            Kind::Parameter,
            Kind::RequestBody,
            Kind::Response,
            Kind::Header,
        ]
        .into_iter()
        .find(|kind| kind.section() == Some(section))
    }
}

/// One step of a JSON pointer: a mapping key or a sequence index.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step<'a> {
    /// A key of a mapping.
    Key(&'a str),
    /// An index into a sequence.
    Index(usize),
}

impl Step<'_> {
    /// The step as a pointer segment, before escaping.
    pub(crate) fn text(self) -> String {
        match self {
            Step::Key(key) => key.to_owned(),
            Step::Index(index) => index.to_string(),
        }
    }
}

/// One typed object of the spec.
#[derive(Debug)]
pub(crate) struct Site<'a> {
    /// The object itself (always a JSON object).
    pub(crate) value: &'a Value,
    /// What it is.
    pub(crate) kind: Kind,
    /// The index of the enclosing site, or `None` for a site reached from the document root.
    parent: Option<usize>,
    /// The keys and indexes from the enclosing site (or the root) to this object.
    steps: Vec<Step<'a>>,
}

/// Every typed object of a spec, each listed after the one that encloses it, in document order.
#[derive(Debug)]
pub(crate) struct Sites<'a> {
    list: Vec<Site<'a>>,
}

/// A site waiting to be listed: its value, kind, enclosing site and steps.
type Pending<'a> = (&'a Value, Kind, Option<usize>, Vec<Step<'a>>);

impl<'a> Sites<'a> {
    /// Lists the typed objects of `spec` with an explicit stack (no recursion).
    pub(crate) fn new(spec: &'a Value) -> Self {
        let mut list = Vec::new();
        let mut stack: Vec<Pending<'a>> = root_children(spec);
        stack.reverse();
        while let Some((value, kind, parent, steps)) = stack.pop() {
            let index = list.len();
            let mut children = children(value, kind);
            list.push(Site {
                value,
                kind,
                parent,
                steps,
            });
            children.reverse();
            stack.extend(
                children
                    .into_iter()
                    .map(|(child, kind, steps)| (child, kind, Some(index), steps)),
            );
        }
        Sites { list }
    }

    /// The sites with their indexes, in document order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, &Site<'a>)> {
        self.list.iter().enumerate()
    }

    /// The unescaped pointer segments from the document root to site `index`.
    pub(crate) fn path(&self, index: usize) -> Vec<String> {
        let mut reversed: Vec<String> = Vec::new();
        let mut current = self.list.get(index);
        while let Some(site) = current {
            reversed.extend(site.steps.iter().rev().map(|step| step.text()));
            current = site.parent.and_then(|parent| self.list.get(parent));
        }
        reversed.reverse();
        reversed
    }

    /// The location of site `index`, or of a place below it reached through `extra`.
    pub(crate) fn location(&self, index: usize, extra: &[&str]) -> Location {
        let mut path = self.path(index);
        path.extend(extra.iter().map(|segment| (*segment).to_owned()));
        Location::pointer(path)
    }
}

/// The sites reached from the document root: path items and the components the generator reads.
fn root_children(spec: &Value) -> Vec<Pending<'_>> {
    let mut found: Vec<Pending<'_>> = entries(spec, "paths")
        .map(|(path, item)| {
            (
                item,
                Kind::PathItem,
                None,
                vec![Step::Key("paths"), Step::Key(path)],
            )
        })
        .collect();
    let sections = spec
        .get("components")
        .and_then(Value::as_object)
        .into_iter()
        .flatten();
    for (section, map) in sections {
        let Some(kind) = Kind::of_section(section) else {
            continue;
        };
        let named = map.as_object().into_iter().flatten();
        found.extend(named.map(|(name, value)| {
            let steps = vec![Step::Key("components"), Step::Key(section), Step::Key(name)];
            (value, kind, None, steps)
        }));
    }
    found.retain(|(value, ..)| value.is_object());
    found
}

/// The typed objects directly inside `value`, which is of kind `kind`, with the steps to each.
///
/// A reference object (one with `$ref`) has no children: OpenAPI 3.0 ignores its other keys.
fn children<'a>(value: &'a Value, kind: Kind) -> Vec<(&'a Value, Kind, Vec<Step<'a>>)> {
    let mut found = Vec::new();
    if value.get("$ref").is_some() {
        return found;
    }
    let mut push_entries = |key: &'a str, child_kind: Kind| {
        for (name, child) in entries(value, key) {
            found.push((child, child_kind, vec![Step::Key(key), Step::Key(name)]));
        }
    };
    match kind {
        Kind::PathItem | Kind::Operation => {}
        Kind::Parameter | Kind::Header | Kind::RequestBody => {
            push_entries("content", Kind::MediaType)
        }
        Kind::Response => {
            push_entries("headers", Kind::Header);
            push_entries("content", Kind::MediaType);
        }
        Kind::MediaType => {}
        Kind::Schema => push_entries("properties", Kind::Schema),
    }
    match kind {
        Kind::PathItem => {
            found.extend(sequence(value, "parameters", Kind::Parameter));
            for method in METHODS {
                found.extend(single(value, method, Kind::Operation));
            }
        }
        Kind::Operation => {
            found.extend(sequence(value, "parameters", Kind::Parameter));
            found.extend(single(value, "requestBody", Kind::RequestBody));
            let responses =
                entries(value, "responses").filter(|(status, _)| !status.starts_with("x-"));
            for (status, response) in responses {
                let steps = vec![Step::Key("responses"), Step::Key(status)];
                found.push((response, Kind::Response, steps));
            }
        }
        Kind::Parameter | Kind::Header => found.extend(single(value, "schema", Kind::Schema)),
        Kind::MediaType => {
            found.extend(single(value, "schema", Kind::Schema));
            found.extend(encoding_headers(value));
        }
        Kind::Schema => {
            for key in ["items", "additionalProperties", "not"] {
                found.extend(single(value, key, Kind::Schema));
            }
            for key in ["allOf", "oneOf", "anyOf"] {
                found.extend(sequence(value, key, Kind::Schema));
            }
        }
        Kind::RequestBody | Kind::Response => {}
    }
    found.retain(|(child, ..)| child.is_object());
    found
}

/// The headers of each entry of a media type's `encoding`.
fn encoding_headers(media: &Value) -> Vec<(&Value, Kind, Vec<Step<'_>>)> {
    let mut found = Vec::new();
    for (property, encoding) in entries(media, "encoding") {
        for (name, header) in entries(encoding, "headers") {
            let steps = vec![
                Step::Key("encoding"),
                Step::Key(property),
                Step::Key("headers"),
                Step::Key(name),
            ];
            found.push((header, Kind::Header, steps));
        }
    }
    found
}

/// The value under `key`, as a child of kind `kind`.
fn single<'a>(
    value: &'a Value,
    key: &'a str,
    kind: Kind,
) -> Option<(&'a Value, Kind, Vec<Step<'a>>)> {
    value
        .get(key)
        .map(|child| (child, kind, vec![Step::Key(key)]))
}

/// The items of the sequence under `key`, each as a child of kind `kind`.
fn sequence<'a>(
    value: &'a Value,
    key: &'a str,
    kind: Kind,
) -> impl Iterator<Item = (&'a Value, Kind, Vec<Step<'a>>)> {
    value
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .map(move |(index, child)| (child, kind, vec![Step::Key(key), Step::Index(index)]))
}

/// The entries of the mapping under `key` (none if it is missing or not a mapping).
pub(crate) fn entries<'a>(
    value: &'a Value,
    key: &str,
) -> impl Iterator<Item = (&'a str, &'a Value)> {
    value
        .get(key)
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, child)| (name.as_str(), child))
}
