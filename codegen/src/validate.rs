//! Checks for everything progenitor and typify would answer with a panic, a stack overflow, a
//! hang or a confusing message.
//!
//! Every check works on the JSON value of the spec and reports a JSON pointer, so the user can
//! find the place; none of them recurses, so a deeply nested spec cannot overflow the stack, and
//! each is linear in the size of the spec or bounded by an explicit budget.
//!
//! - [`structure`] finds the typed objects (schemas, parameters, responses...) by position;
//! - [`refs`] checks `$ref`s, component names and chains of references;
//! - [`operations`] checks paths, operation ids, parameters, bodies and responses;
//! - [`schemas`] checks keywords of single schemas;
//! - [`merge`] replays typify's `allOf` merging to reject merges that never end or take too long;
//! - [`names`] emulates how names become Rust identifiers, to find clashes.

mod merge;
mod names;
mod operations;
mod refs;
mod schemas;
mod structure;

use serde_json::Value;

use crate::error::{Error, Location};
use structure::{Sites, Step};

/// The deepest nesting of mappings and sequences the generator accepts.
pub(crate) const MAX_DEPTH: usize = 64;

/// Runs every check, in an order where earlier checks make later ones meaningful.
pub(crate) fn validate(file: &str, spec: &Value) -> Result<(), Error> {
    check_depth(file, spec)?;
    refs::check_component_names(file, spec)?;
    let sites = Sites::new(spec);
    refs::check_refs(file, spec, &sites)?;
    refs::check_alias_cycles(file, spec)?;
    operations::check_operations(file, spec)?;
    schemas::check_schemas(file, &sites)?;
    merge::check_merges(file, spec, &sites)
}

/// The children of one mapping or sequence still to visit, during [`check_depth`].
enum Children<'a> {
    /// The remaining entries of a mapping.
    Map(serde_json::map::Iter<'a>),
    /// The remaining items of a sequence, with their indexes.
    Seq(std::iter::Enumerate<std::slice::Iter<'a, Value>>),
}

impl<'a> Children<'a> {
    /// The children of `value`, or `None` for a scalar.
    fn of(value: &'a Value) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Children::Map(map.iter())),
            Value::Array(items) => Some(Children::Seq(items.iter().enumerate())),
            _ => None,
        }
    }

    /// The next child and the step to it.
    fn next(&mut self) -> Option<(Step<'a>, &'a Value)> {
        match self {
            Children::Map(entries) => entries.next().map(|(key, child)| (Step::Key(key), child)),
            Children::Seq(items) => items
                .next()
                .map(|(index, child)| (Step::Index(index), child)),
        }
    }
}

/// Rejects the first node (in document order) nested deeper than [`MAX_DEPTH`], walking with an
/// explicit stack and one shared path, so neither the stack nor the time can blow up.
fn check_depth(file: &str, spec: &Value) -> Result<(), Error> {
    let mut path: Vec<Step<'_>> = Vec::new();
    let mut stack: Vec<Children<'_>> = Children::of(spec).into_iter().collect();
    while let Some(top) = stack.last_mut() {
        let Some((step, child)) = top.next() else {
            stack.pop();
            path.pop();
            continue;
        };
        path.push(step);
        if path.len() > MAX_DEPTH {
            return Err(Error::new(
                file,
                Location::pointer(path.iter().map(|step| step.text())),
                format!(
                    "the spec nests deeper than {MAX_DEPTH} levels here; move inner schemas into named `components/schemas` entries"
                ),
            ));
        }
        match Children::of(child) {
            Some(children) => stack.push(children),
            None => {
                path.pop();
            }
        }
    }
    Ok(())
}

/// Resolves a local `$ref` (`#/a/b`) against the document.
pub(crate) fn resolve<'a>(spec: &'a Value, reference: &str) -> Option<&'a Value> {
    reference
        .strip_prefix('#')
        .and_then(|pointer| spec.pointer(pointer))
}

/// Follows a `$ref`, and a chain of them, to the object it names (or to the last reference
/// that resolves, if the chain breaks or is longer than [`MAX_DEPTH`]).
fn deref<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    deref_located(spec, value).0
}

/// Like [`deref()`], also returning the last `$ref` followed, which is where the object is written.
fn deref_located<'a>(spec: &'a Value, value: &'a Value) -> (&'a Value, Option<&'a str>) {
    let mut current = value;
    let mut followed = None;
    for _ in 0..MAX_DEPTH {
        let Some((reference, target)) = current
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| Some((reference, resolve(spec, reference)?)))
        else {
            break;
        };
        current = target;
        followed = Some(reference);
    }
    (current, followed)
}
