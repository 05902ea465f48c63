//! How progenitor and typify turn names from the spec into Rust identifiers, for ASCII names.
//!
//! Both use heck 0.5 after replacing characters that cannot be in an identifier; the copies here
//! let the validator find names that would clash before the generators panic on them. Names with
//! non-ASCII characters are left to the panic backstop (Unicode identifier rules would only be
//! approximated here).

use std::collections::HashMap;

/// Whether an ASCII character may continue a Rust identifier.
pub(crate) fn is_ident_continue(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The first two values that `name` maps to the same string, in order.
pub(crate) fn first_clash<'a>(
    values: &[&'a str],
    name: impl Fn(&str) -> String,
) -> Option<(&'a str, &'a str)> {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for value in values {
        if let Some(first) = seen.insert(name(value), value) {
            return Some((first, value));
        }
    }
    None
}

/// typify's `sanitize(_, Case::Pascal)` (typify-impl 0.8 `util.rs`): a type or variant name.
pub(crate) fn typify_pascal(input: &str) -> String {
    let out = match input {
        "+1" => "plus1".to_owned(),
        "-1" => "minus1".to_owned(),
        _ => pascal_case(&replace_non_ident(input)),
    };
    let out = match out.chars().next() {
        None => "X".to_owned(),
        Some(c) if c.is_ascii_alphabetic() => out,
        Some(_) => format!("X{out}"),
    };
    if out == "Self" {
        "Self_".to_owned()
    } else {
        out
    }
}

/// progenitor's `sanitize(_, Case::Snake)` (progenitor-impl 0.15 `util.rs`): a parameter's
/// field, setter and (in kebab case) command-line flag name.
pub(crate) fn progenitor_snake(input: &str) -> String {
    let out = match input {
        "+1" => "plus1".to_owned(),
        "-1" => "minus1".to_owned(),
        _ => snake_case(&replace_non_ident(input)),
    };
    let out = match out.chars().next() {
        None => "x".to_owned(),
        Some(c) if c.is_ascii_alphabetic() => out,
        Some(_) => format!("_{out}"),
    };
    if is_keyword(&out) {
        format!("{out}_")
    } else {
        out
    }
}

/// Drops `'` and turns every other character that cannot be in an identifier into `-`.
fn replace_non_ident(input: &str) -> String {
    input
        .replace('\'', "")
        .replace(|c| !is_ident_continue(c), "-")
}

/// Whether `name` is a Rust keyword (typify's `accept_as_ident` list, lower-case part).
fn is_keyword(name: &str) -> bool {
    const KEYWORDS: [&str; 52] = [
        "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
        "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
        "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
        "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try",
        "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
    ];
    KEYWORDS.contains(&name)
}

/// heck 0.5's `to_pascal_case`, for ASCII input.
pub(crate) fn pascal_case(input: &str) -> String {
    words(input).iter().map(|word| capitalize(word)).collect()
}

/// heck 0.5's `to_snake_case`, for ASCII input.
pub(crate) fn snake_case(input: &str) -> String {
    words(input)
        .iter()
        .map(|word| word.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// heck 0.5's word splitting (`transform` in its `lib.rs`), for ASCII input: words end at
/// non-alphanumerics, at a lowercase-to-uppercase change and before the last capital of an
/// acronym followed by lowercase (`XMLHttp` is `XML`, `Http`).
fn words(input: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for word in input.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = word.as_bytes();
        let mut start = 0;
        // 0: at a word boundary; 1: after a lowercase letter; 2: after an uppercase letter.
        let mut mode = 0u8;
        for (i, &c) in bytes.iter().enumerate() {
            let Some(&next) = bytes.get(i + 1) else {
                found.push(&word[start..]);
                break;
            };
            let next_mode = if c.is_ascii_lowercase() {
                1
            } else if c.is_ascii_uppercase() {
                2
            } else {
                mode
            };
            if next_mode == 1 && next.is_ascii_uppercase() {
                found.push(&word[start..=i]);
                start = i + 1;
                mode = 0;
            } else if mode == 2 && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                found.push(&word[start..i]);
                start = i;
                mode = 0;
            } else {
                mode = next_mode;
            }
        }
    }
    found.retain(|word| !word.is_empty());
    found
}

/// `word` with its first character in upper case and the rest in lower case.
fn capitalize(word: &str) -> String {
    let mut out = word.to_ascii_lowercase();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The emulation agrees with heck 0.5's own tests of `to_pascal_case` (`src/upper_camel.rs`).
    #[test]
    fn pascal_case_matches_heck() {
        for (input, expected) in [
            ("CamelCase", "CamelCase"),
            ("This is Human case.", "ThisIsHumanCase"),
            (
                "MixedUP_CamelCase, with some Spaces",
                "MixedUpCamelCaseWithSomeSpaces",
            ),
            (
                "mixed_up_ snake_case, with some _spaces",
                "MixedUpSnakeCaseWithSomeSpaces",
            ),
            ("kebab-case", "KebabCase"),
            ("SHOUTY_SNAKE_CASE", "ShoutySnakeCase"),
            ("snake_case", "SnakeCase"),
            (
                "this-contains_ ALLKinds OfWord_Boundaries",
                "ThisContainsAllKindsOfWordBoundaries",
            ),
            ("XMLHttpRequest", "XmlHttpRequest"),
        ] {
            assert_eq!(pascal_case(input), expected, "{input}");
        }
    }

    /// The emulation agrees with heck 0.5's own tests of `to_snake_case` (`src/snake.rs`).
    #[test]
    fn snake_case_matches_heck() {
        for (input, expected) in [
            ("CamelCase", "camel_case"),
            ("This is Human case.", "this_is_human_case"),
            (
                "MixedUP CamelCase, with some Spaces",
                "mixed_up_camel_case_with_some_spaces",
            ),
            (
                "mixed_up_ snake_case with some _spaces",
                "mixed_up_snake_case_with_some_spaces",
            ),
            ("kebab-case", "kebab_case"),
            ("SHOUTY_SNAKE_CASE", "shouty_snake_case"),
            ("snake_case", "snake_case"),
            (
                "this-contains_ ALLKinds OfWord_Boundaries",
                "this_contains_all_kinds_of_word_boundaries",
            ),
            ("XMLHttpRequest", "xml_http_request"),
            ("FIELD_NAME11", "field_name11"),
            ("99BOTTLES", "99bottles"),
            ("FieldNamE11", "field_nam_e11"),
            ("abc123def456", "abc123def456"),
            ("abc123DEF456", "abc123_def456"),
            ("abc123Def456", "abc123_def456"),
            ("abc123DEf456", "abc123_d_ef456"),
            ("ABC123def456", "abc123def456"),
            ("ABC123DEF456", "abc123def456"),
            ("ABC123Def456", "abc123_def456"),
            ("ABC123DEf456", "abc123d_ef456"),
            ("ABC123dEEf456FOO", "abc123d_e_ef456_foo"),
            ("abcDEF", "abc_def"),
            ("ABcDE", "a_bc_de"),
        ] {
            assert_eq!(snake_case(input), expected, "{input}");
        }
    }

    /// Parameter names progenitor turns into the same identifier are recognised.
    #[test]
    fn progenitor_snake_names() {
        assert_eq!(progenitor_snake("a-b"), "a_b");
        assert_eq!(progenitor_snake("a_b"), "a_b");
        assert_eq!(progenitor_snake("X-Request-ID"), "x_request_id");
        assert_eq!(progenitor_snake("type"), "type_");
        assert_eq!(progenitor_snake("1st"), "_1st");
        assert_eq!(progenitor_snake(""), "x");
    }
}
