//! The one error type of the code generator: a sentence and the place it is about.

use std::fmt;

/// Where in the spec an [`Error`] is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A line and column in the spec text, both counted from 1.
    LineColumn {
        /// Line number, from 1.
        line: usize,
        /// Column number, from 1.
        column: usize,
    },
    /// A JSON pointer into the spec document, such as `#/paths/~1inboxes/get`.
    Pointer(String),
    /// The spec as a whole (for example an empty file).
    Document,
}

impl Location {
    /// A JSON pointer location built from unescaped path segments.
    pub fn pointer<I, S>(segments: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut pointer = String::from("#");
        for segment in segments {
            pointer.push('/');
            pointer.push_str(&segment.as_ref().replace('~', "~0").replace('/', "~1"));
        }
        Location::Pointer(pointer)
    }

    /// This location with more unescaped segments appended, if it is a pointer; other
    /// locations are returned unchanged.
    pub(crate) fn join<I, S>(&self, segments: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        match self {
            Location::Pointer(pointer) => {
                let mut pointer = pointer.clone();
                for segment in segments {
                    pointer.push('/');
                    pointer.push_str(&segment.as_ref().replace('~', "~0").replace('/', "~1"));
                }
                Location::Pointer(pointer)
            }
            other => other.clone(),
        }
    }
}

/// A spec the generator cannot turn into code, explained in one sentence.
///
/// `Display` prints `FILE:LINE:COLUMN: sentence` or `FILE#/json/pointer: sentence`, where `FILE`
/// is the name given to [`crate::generate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    file: String,
    location: Location,
    message: String,
}

impl Error {
    /// An error about `location` in `file`; line breaks in `message` become spaces.
    pub(crate) fn new(file: &str, location: Location, message: impl Into<String>) -> Self {
        Error {
            file: file.to_owned(),
            location,
            message: one_line(message.into()),
        }
    }

    /// The place in the spec the error is about.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// The sentence that says what is wrong and what to do, without the place.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// `text` with its line breaks, and the indentation after them, turned into single spaces, so an
/// error stays one line even when it quotes a multi-line message from progenitor or typify.
fn one_line(text: String) -> String {
    if !text.contains(['\n', '\r']) {
        return text;
    }
    text.split(['\n', '\r'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Location::LineColumn { line, column } => {
                write!(f, "{}:{line}:{column}: {}", self.file, self.message)
            }
            Location::Pointer(pointer) => write!(f, "{}{pointer}: {}", self.file, self.message),
            Location::Document => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for Error {}
