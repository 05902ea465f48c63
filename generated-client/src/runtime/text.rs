//! A string read from a reply without copying it when the input allows: what the generated
//! decoders of tagged unions and open enums read object keys, tags and enum values into (see
//! `codegen/src/tagged_unions.rs` and `codegen/src/open_enums.rs`).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// A string borrowed from the input (`serde_json::from_slice` of a string without escapes) or,
/// when the deserializer cannot lend it, owned.
pub(crate) enum Text<'de> {
    /// Borrowed from the input.
    Borrowed(&'de str),
    /// Copied, because the input could not lend it (escapes, a reader, a `Value`).
    Owned(String),
}

impl Text<'_> {
    /// The text.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Text::Borrowed(text) => text,
            Text::Owned(text) => text,
        }
    }

    /// The text as a `String`, copied only if it was borrowed.
    pub(crate) fn into_owned(self) -> String {
        match self {
            Text::Borrowed(text) => text.to_owned(),
            Text::Owned(text) => text,
        }
    }
}

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor)
    }
}

/// Takes a string in whichever form the deserializer has it.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Text<'de>, E> {
        Ok(Text::Borrowed(text))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text<'de>, E> {
        Ok(Text::Owned(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text<'de>, E> {
        Ok(Text::Owned(text))
    }
}
