//! Checks on `$ref`: each names a whole component of the right kind in this file, and no chain
//! of references loops back on itself.
//!
//! progenitor finds a referenced component by the text after the last `/` and panics when it is
//! not there; both it and typify follow chains of references without a cycle check, so a loop
//! overflows the stack.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::merge::is_annotation_key;
use super::structure::{Kind, Sites};
use super::{MAX_DEPTH, resolve};
use crate::error::{Error, Location};

/// The `components` sections whose entries may themselves be references, with their kinds.
const ALIAS_SECTIONS: [Kind; 5] = [
    Kind::Schema,
    Kind::Parameter,
    Kind::RequestBody,
    Kind::Response,
    Kind::Header,
];

/// Whether `name` matches `^[a-zA-Z0-9._-]+$`, the pattern OpenAPI 3.0 requires of component names.
pub(crate) fn is_component_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// Every key of every `components` section must be a valid component name, because the
/// generator finds components by name and cannot find one whose name needs escaping.
pub(crate) fn check_component_names(file: &str, spec: &Value) -> Result<(), Error> {
    let sections = spec
        .get("components")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(section, _)| !section.starts_with("x-"));
    for (section, map) in sections {
        let Some(map) = map.as_object() else {
            continue;
        };
        if let Some(name) = map.keys().find(|name| !is_component_name(name)) {
            return Err(Error::new(
                file,
                Location::pointer(["components", section.as_str(), name.as_str()]),
                format!(
                    "component name `{name}` may use only letters, digits, `.`, `-` and `_` (OpenAPI requires it, and the generator finds components by name); rename it and the `$ref`s to it"
                ),
            ));
        }
    }
    Ok(())
}

/// Every `$ref` in a place the generator reads must be a string naming a whole, existing entry
/// of the matching `components` section of this file.
pub(crate) fn check_refs(file: &str, spec: &Value, sites: &Sites<'_>) -> Result<(), Error> {
    for (index, site) in sites.iter() {
        if let Some(reference) = site.value.get("$ref") {
            let here = sites.location(index, &["$ref"]);
            check_ref(file, spec, site.kind, reference, here)?;
        }
    }
    Ok(())
}

/// Checks one `$ref` value found in a place of kind `kind`.
fn check_ref(
    file: &str,
    spec: &Value,
    kind: Kind,
    reference: &Value,
    here: Location,
) -> Result<(), Error> {
    let Some(reference) = reference.as_str() else {
        return Err(Error::new(
            file,
            here,
            "`$ref` must be a string such as '#/components/schemas/Name'",
        ));
    };
    let Some(section) = kind.section() else {
        return Err(Error::new(
            file,
            here,
            format!(
                "the generator cannot follow a `$ref` ('{reference}') in a {}; write the {} out in full here",
                kind.noun(),
                kind.noun()
            ),
        ));
    };
    if !reference.starts_with("#/") {
        return Err(Error::new(
            file,
            here,
            format!(
                "`$ref` '{reference}' points outside this file, which is not supported; copy the target into `components` and refer to it as '#/components/...'"
            ),
        ));
    }
    if resolve(spec, reference).is_none() {
        return Err(Error::new(
            file,
            here,
            format!(
                "`$ref` '{reference}' points nowhere; define that component or correct the reference"
            ),
        ));
    }
    let prefix = format!("#/components/{section}/");
    match reference.strip_prefix(&prefix) {
        Some(name) if is_component_name(name) => Ok(()),
        _ => Err(Error::new(
            file,
            here,
            format!(
                "`$ref` '{reference}' is in a place that holds a {}, so it must name a whole entry of `components/{section}` (such as '{prefix}Name'); move the target there or point to the right entry",
                kind.noun()
            ),
        )),
    }
}

/// The component a pure alias entry points to: a `$ref`, or for a schema also an `allOf`,
/// `oneOf` or `anyOf` whose only member that is not pure annotation is a `$ref`, without
/// properties of its own.
fn alias_target(kind: Kind, entry: &Value) -> Option<&str> {
    let map = entry.as_object()?;
    if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
        return Some(reference);
    }
    if kind != Kind::Schema || map.contains_key("properties") {
        return None;
    }
    ["allOf", "oneOf", "anyOf"].into_iter().find_map(|key| {
        let members = map.get(key).and_then(Value::as_array)?;
        let mut shaped = members.iter().filter(|member| !is_annotation(member));
        match (shaped.next(), shaped.next()) {
            (Some(only), None) => only.get("$ref").and_then(Value::as_str),
            _ => None,
        }
    })
}

/// Whether a schema holds only annotations (such as `description`), which change no type.
fn is_annotation(schema: &Value) -> bool {
    schema
        .as_object()
        .is_some_and(|map| map.keys().all(|key| is_annotation_key(key)))
}

/// No entry of a `components` section may be defined only by references that lead back to it,
/// or by a chain of more than [`MAX_DEPTH`] references.
pub(crate) fn check_alias_cycles(file: &str, spec: &Value) -> Result<(), Error> {
    for kind in ALIAS_SECTIONS {
        let Some(section) = kind.section() else {
            continue;
        };
        let Some(map) = spec
            .pointer(&format!("/components/{section}"))
            .and_then(Value::as_object)
        else {
            continue;
        };
        let noun = kind.noun();
        match find_alias_problem(kind, section, map) {
            None => {}
            Some(AliasProblem::Cycle(cycle)) => {
                let first = cycle.first().copied().unwrap_or_default();
                let chain: Vec<String> = cycle
                    .iter()
                    .chain(cycle.first())
                    .map(|name| format!("#/components/{section}/{name}"))
                    .collect();
                return Err(Error::new(
                    file,
                    Location::pointer(["components", section, first]),
                    format!(
                        "{noun} `{first}` is defined only by references that lead back to itself ({}); give one of them real content",
                        chain.join(" -> ")
                    ),
                ));
            }
            Some(AliasProblem::TooLong(name, hops)) => {
                return Err(Error::new(
                    file,
                    Location::pointer(["components", section, name]),
                    format!(
                        "{noun} `{name}` reaches its definition only through {hops} references in a row, more than the {MAX_DEPTH} the generator follows; refer to the definition directly"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// What is wrong with the aliases of one `components` section.
#[derive(Debug)]
enum AliasProblem<'a> {
    /// Entries that refer to each other in a loop, in order.
    Cycle(Vec<&'a str>),
    /// An entry and the number of references from it to a definition.
    TooLong(&'a str, usize),
}

/// The first loop of pure aliases in `map` (in document order), or else the first entry that
/// needs more than [`MAX_DEPTH`] references to reach a definition.
///
/// Each entry has at most one alias target, so one pass that colours entries as unvisited, on
/// the current chain or finished finds every loop, and counts every chain, in linear time.
fn find_alias_problem<'a>(
    kind: Kind,
    section: &str,
    map: &'a Map<String, Value>,
) -> Option<AliasProblem<'a>> {
    let prefix = format!("#/components/{section}/");
    let names: Vec<&str> = map.keys().map(String::as_str).collect();
    let index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (*name, i))
        .collect();
    let target = |i: usize| -> Option<usize> {
        let entry = map.get(names[i])?;
        let reference = alias_target(kind, entry)?;
        index.get(reference.strip_prefix(&prefix)?).copied()
    };
    // 0: not visited yet; 1: on the chain being followed; 2: finished, leads to no loop.
    let mut state = vec![0u8; names.len()];
    // For finished entries: how many references lead from the entry to a definition.
    let mut hops = vec![0usize; names.len()];
    let mut too_long = None;
    for start in 0..names.len() {
        let mut chain: Vec<usize> = Vec::new();
        let mut current = Some(start);
        while let Some(i) = current.filter(|&i| state[i] != 2) {
            if state[i] == 1 {
                let from = chain.iter().position(|&c| c == i).unwrap_or(0);
                return Some(AliasProblem::Cycle(
                    chain[from..].iter().map(|&c| names[c]).collect(),
                ));
            }
            state[i] = 1;
            chain.push(i);
            current = target(i);
        }
        // `current` is a finished entry, or `None` after a definition (or a broken reference).
        let first = current.map_or(0, |done| hops[done] + 1);
        for (count, &i) in (first..).zip(chain.iter().rev()) {
            state[i] = 2;
            hops[i] = count;
        }
        if too_long.is_none() && hops[start] > MAX_DEPTH {
            too_long = Some(AliasProblem::TooLong(names[start], hops[start]));
        }
    }
    too_long
}
