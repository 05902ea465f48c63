//! Checks on single schema objects for keywords typify panics on.

use serde_json::Value;

use super::names::{first_clash, is_ident_continue, typify_pascal};
use super::structure::{Kind, Sites};
use crate::error::Error;

/// Keywords that typify cannot place without a `type` (it panics on a schema that has one of
/// them and no `type`, `$ref`, `allOf`, `oneOf` or `anyOf`).
const NEEDS_TYPE: [&str; 6] = [
    "format",
    "minimum",
    "maximum",
    "multipleOf",
    "exclusiveMinimum",
    "exclusiveMaximum",
];

/// The values `type` may take in OpenAPI 3.0.
const TYPES: [&str; 6] = ["string", "number", "integer", "boolean", "array", "object"];

/// Checks every schema that is not a reference.
pub(crate) fn check_schemas(file: &str, sites: &Sites<'_>) -> Result<(), Error> {
    for (index, site) in sites.iter() {
        if site.kind != Kind::Schema || site.value.get("$ref").is_some() {
            continue;
        }
        let fail = |key: &str, message: String| {
            Err(Error::new(file, sites.location(index, &[key]), message))
        };
        if let Some(message) = type_problem(site.value) {
            return fail("type", message);
        }
        if site.value.get("not").is_some_and(|not| !is_not_enum(not)) {
            return fail(
                "not",
                "this form of `not` is not supported by the generator (typify handles `not: {enum: [...]}` only); describe the allowed values instead, for example with an `enum`".to_owned(),
            );
        }
        for (flag, bound) in [
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ] {
            if site.value.get(flag) == Some(&Value::Bool(true)) && site.value.get(bound).is_none() {
                return fail(
                    flag,
                    format!(
                        "`{flag}: true` has no `{bound}` beside it to make exclusive; add the `{bound}` or remove `{flag}`"
                    ),
                );
            }
        }
        if let Some(keyword) = untyped_keyword(site.value) {
            return fail(
                keyword,
                format!(
                    "`{keyword}` has no `type` beside it, so the generator cannot tell what it constrains; add the `type`, such as `type: string` or `type: integer`"
                ),
            );
        }
        if let Some((first, second)) = colliding_enum_values(site.value) {
            return fail(
                "enum",
                format!(
                    "the `enum` values '{first}' and '{second}' become the same Rust variant name; make them differ in more than case and punctuation, or describe the field as a plain `type: string`"
                ),
            );
        }
    }
    Ok(())
}

/// Whether a `not` is `{enum: [...]}` alone, the one form typify supports (the spec's open
/// enums use it to keep `Unknown` from matching a known value).
fn is_not_enum(not: &Value) -> bool {
    not.as_object()
        .is_some_and(|map| map.len() == 1 && map.get("enum").is_some_and(Value::is_array))
}

/// A keyword of [`NEEDS_TYPE`] in a schema with nothing else that gives it a type.
fn untyped_keyword(schema: &Value) -> Option<&'static str> {
    let typed = ["type", "allOf", "oneOf", "anyOf"]
        .iter()
        .any(|key| schema.get(key).is_some());
    if typed {
        return None;
    }
    NEEDS_TYPE.into_iter().find(|key| schema.get(key).is_some())
}

/// What is wrong with the `type` keyword of `schema`, if anything.
fn type_problem(schema: &Value) -> Option<String> {
    match schema.get("type")? {
        Value::String(name) if TYPES.contains(&name.as_str()) => None,
        Value::Array(_) => Some(
            "`type` must be a single type name in OpenAPI 3.0; write `type: string` (for example) and add `nullable: true` instead of a `null` type".to_owned(),
        ),
        other => Some(format!(
            "`type` {other} is not an OpenAPI 3.0 type; use one of {}",
            TYPES.join(", ")
        )),
    }
}

/// Two string `enum` values for which typify cannot make distinct variant names, if any.
///
/// typify names each variant by Pascal-casing the value; if two names clash it retries with `_`
/// and punctuation turned into `X`, and panics if they still clash. Values with non-ASCII
/// characters are skipped (the emulation of Unicode identifier rules would be approximate);
/// the panic backstop in `render.rs` still covers them.
fn colliding_enum_values(schema: &Value) -> Option<(&str, &str)> {
    let values: Vec<&str> = schema
        .get("enum")?
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if values.len() < 2 || values.iter().any(|value| !value.is_ascii()) {
        return None;
    }
    first_clash(&values, typify_pascal)?;
    first_clash(&values, |value| {
        typify_pascal(&value.replace(|c: char| c == '_' || !is_ident_continue(c), "X"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two clashes of the panic message typify gives for this enum are found.
    #[test]
    fn finds_enum_values_typify_cannot_name() {
        let schema = serde_json::json!({"type": "string", "enum": ["", "a-b", "a_b", "-", "Self"]});
        assert_eq!(colliding_enum_values(&schema), Some(("a-b", "a_b")));
        // "a-b" and "aB" clash as "AB", but typify's retry names them "AXb" and "AB".
        let fine = serde_json::json!({"type": "string", "enum": ["a-b", "aB", "a_b2"]});
        assert_eq!(colliding_enum_values(&fine), None);
    }
}
