//! A docs page saved as text, parsed into the operation it documents.
//!
//! The format is what a browser's "save as text" makes of a pembalasan.id API reference page:
//!
//! ```text
//! Panduan pembalasan.id                      title line of the site
//! Conversations A P I                        section (optional)
//! List all conversations                     operation title
//! GET                                        HTTP method, alone on its line
//! /public/api/v1/inboxes/{inbox_identifier}  path, alone on its line
//! List all conversations for the contact     description (any number of lines)
//! Path Parameters                            also Query / Header / Cookie Parameters
//! inbox_identifier*string                    name, `*` when required, type
//! The identifier obtained from ...           the parameter's description
//! Request Body                               optional; its content is not audited
//! Response Body
//! application/json                           media types
//! curl -X GET "https://example.com/..."      the request example (may continue over lines)
//! [ ... ]                                    JSON example bodies: the success body first,
//! { ... }                                    then the error bodies
//! ```
//!
//! Blank lines are ignored everywhere outside the JSON bodies. [`parse`] turns such a text into a
//! [`Page`], or a [`ParseError`] naming the line it could not make sense of.

use std::fmt;

use serde_json::Value;

/// The first non-blank line of every page.
pub const TITLE_LINE: &str = "Panduan pembalasan.id";

/// The HTTP methods a page can document, as they appear on their own line.
pub const METHODS: [&str; 8] = [
    "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
];

/// One documented operation, as read from a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The section line above the operation title (such as `Conversations A P I`), if any.
    pub section: Option<String>,
    /// The operation title (such as `List all conversations`).
    pub title: String,
    /// The HTTP method, upper case (such as `GET`).
    pub method: String,
    /// The path template (such as `/public/api/v1/inboxes/{inbox_identifier}`).
    pub path: String,
    /// The description lines between the path and the first section, joined with spaces.
    pub description: String,
    /// The parameters of every "... Parameters" section, in page order.
    pub parameters: Vec<Parameter>,
    /// The media types listed under "Response Body", in page order (repeats kept).
    pub media_types: Vec<String>,
    /// The curl example, its lines joined with `\n`, if the page has one.
    pub curl: Option<String>,
    /// The JSON example bodies: the success body first, then the error bodies.
    pub bodies: Vec<Body>,
}

impl Page {
    /// The success example body (the first one), if the page shows any body.
    pub fn success_body(&self) -> Option<&Body> {
        self.bodies.first()
    }

    /// The error example bodies (every body after the first).
    pub fn error_bodies(&self) -> &[Body] {
        self.bodies.get(1..).unwrap_or(&[])
    }
}

/// Where a parameter goes, from the heading of the section that lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Location {
    /// "Path Parameters".
    Path,
    /// "Query Parameters".
    Query,
    /// "Header Parameters".
    Header,
    /// "Cookie Parameters".
    Cookie,
}

impl Location {
    /// The OpenAPI `in` value for this location (`path`, `query`, `header`, `cookie`).
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
            Location::Cookie => "cookie",
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One parameter line of a page (`inbox_identifier*string`) and its description.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// The parameter name.
    pub name: String,
    /// Which section listed it.
    pub location: Location,
    /// Whether the name was followed by `*`.
    pub required: bool,
    /// The type exactly as the page writes it (such as `string` or `array<string>`).
    pub type_text: String,
    /// The type, parsed.
    pub doc_type: DocType,
    /// The description lines that follow the parameter line, joined with spaces.
    pub description: String,
    /// The line of the parameter line, from 1.
    pub line: usize,
}

/// A type as a page writes it for a parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocType {
    /// `any` or `unknown`: says nothing.
    Any,
    /// `null`.
    Null,
    /// `boolean`.
    Boolean,
    /// `integer`.
    Integer,
    /// `number`.
    Number,
    /// `string` (also `file`, which is sent as a string).
    String,
    /// `object`.
    Object,
    /// `array`, `array<T>` or `T[]`, with the item type ([`DocType::Any`] when not given).
    Array(Box<DocType>),
    /// `A | B`.
    Union(Vec<DocType>),
}

impl DocType {
    /// Parses a type such as `string`, `array<integer>`, `string[]` or `string | null`.
    pub fn parse(text: &str) -> Option<DocType> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let alternatives = split_top_level(text, '|')?;
        if alternatives.len() > 1 {
            let parsed = alternatives
                .iter()
                .map(|alt| DocType::parse(alt))
                .collect::<Option<Vec<_>>>()?;
            return Some(DocType::Union(parsed));
        }
        if let Some(inner) = text.strip_suffix("[]") {
            return Some(DocType::Array(Box::new(DocType::parse(inner)?)));
        }
        if let Some(rest) = text.strip_prefix("array<") {
            let inner = rest.strip_suffix('>')?;
            return Some(DocType::Array(Box::new(DocType::parse(inner)?)));
        }
        Some(match text {
            "any" | "unknown" => DocType::Any,
            "null" => DocType::Null,
            "boolean" => DocType::Boolean,
            "integer" => DocType::Integer,
            "number" => DocType::Number,
            "string" | "file" => DocType::String,
            "object" => DocType::Object,
            "array" => DocType::Array(Box::new(DocType::Any)),
            _ => return None,
        })
    }
}

/// Splits on `separator` outside `<...>`; `None` when the brackets do not balance.
fn split_top_level(text: &str, separator: char) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, ch) in text.char_indices() {
        match ch {
            '<' => depth += 1,
            '>' => depth = depth.checked_sub(1)?,
            c if c == separator && depth == 0 => {
                parts.push(text[start..index].trim());
                start = index + c.len_utf8();
            }
            _ => {}
        }
    }
    if depth != 0 {
        return None;
    }
    parts.push(text[start..].trim());
    Some(parts)
}

/// One JSON example body of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// The line the body starts on, from 1.
    pub line: usize,
    /// The body, parsed (object key order kept).
    pub value: Value,
}

/// A page that does not follow the format, with the line that broke it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The line the problem is on, from 1.
    pub line: usize,
    /// What is wrong and what was expected, in one sentence.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

fn error(line: usize, message: impl Into<String>) -> ParseError {
    ParseError {
        line,
        message: message.into(),
    }
}

/// A section heading of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heading {
    Parameters(Location),
    RequestBody,
    ResponseBody,
}

fn heading(line: &str) -> Option<Heading> {
    const HEADINGS: [(&str, Heading); 6] = [
        ("Path Parameters", Heading::Parameters(Location::Path)),
        ("Query Parameters", Heading::Parameters(Location::Query)),
        ("Header Parameters", Heading::Parameters(Location::Header)),
        ("Cookie Parameters", Heading::Parameters(Location::Cookie)),
        ("Request Body", Heading::RequestBody),
        ("Response Body", Heading::ResponseBody),
    ];
    HEADINGS
        .iter()
        .find(|(text, _)| line.eq_ignore_ascii_case(text))
        .map(|(_, heading)| *heading)
}

fn is_curl(line: &str) -> bool {
    line == "curl" || line.starts_with("curl ")
}

fn starts_json(line: &str) -> bool {
    line.starts_with('{') || line.starts_with('[')
}

/// Parses a parameter line: `name*type` (required), `name?type` or `nametype` (optional).
///
/// Returns the name, whether it is required, the type text and the parsed type; `None` when the
/// line is not a parameter line (a description line, for instance).
pub fn parse_parameter_line(line: &str) -> Option<(String, bool, String, DocType)> {
    let line = line.trim();
    // `*` marks a required parameter, so the split is certain and any type text is accepted (an
    // unknown one as `Any`); `?` (optional) needs a known type.
    for (marker, required) in [('*', true), ('?', false)] {
        if let Some((name, type_text)) = line.split_once(marker)
            && is_parameter_name(name)
            && !type_text.trim().is_empty()
        {
            let doc_type = match DocType::parse(type_text) {
                Some(doc_type) => doc_type,
                None if required => DocType::Any,
                None => return None,
            };
            return Some((
                name.to_owned(),
                required,
                type_text.trim().to_owned(),
                doc_type,
            ));
        }
    }
    // No marker: the name runs into the type. The name has no spaces, so the split is before
    // the first space; take the longest name whose remainder is a type.
    let head_end = line.find(char::is_whitespace).unwrap_or(line.len());
    for split in (1..head_end).rev() {
        if !line.is_char_boundary(split) {
            continue;
        }
        let (name, type_text) = line.split_at(split);
        if is_parameter_name(name)
            && let Some(doc_type) = DocType::parse(type_text)
        {
            return Some((
                name.to_owned(),
                false,
                type_text.trim().to_owned(),
                doc_type,
            ));
        }
    }
    None
}

fn is_parameter_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'))
}

/// What the lines being read belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Description,
    Parameters(Location),
    RequestBody,
    ResponseBody,
    /// Right after the curl example: only JSON bodies or a new section may follow.
    AfterCurl,
}

/// Parses a docs page saved as text (see the module documentation for the format).
pub fn parse(text: &str) -> Result<Page, ParseError> {
    if let Some(position) = text.find('\0') {
        let line = text[..position].matches('\n').count() + 1;
        return Err(error(
            line,
            "the page contains a NUL byte, so it is not a page saved as text; check that the right file was given",
        ));
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut index = 0;
    let next_non_blank = |from: usize| (from..lines.len()).find(|&i| !lines[i].trim().is_empty());

    // Title line.
    let Some(title_index) = next_non_blank(index) else {
        return Err(error(
            1,
            format!("the page is empty; expected the title line `{TITLE_LINE}`"),
        ));
    };
    if lines[title_index].trim() != TITLE_LINE {
        return Err(error(
            title_index + 1,
            format!(
                "expected the title line `{TITLE_LINE}`, found `{}`; is this a pembalasan.id docs page saved as text?",
                lines[title_index].trim()
            ),
        ));
    }
    index = title_index + 1;

    // Section and operation title, up to the method line.
    let mut header = Vec::new();
    let method_index = loop {
        let Some(i) = next_non_blank(index) else {
            return Err(error(
                lines.len().max(1),
                format!(
                    "the page ends before the HTTP method line; expected one of {} alone on a line after the operation title",
                    METHODS.join(", ")
                ),
            ));
        };
        let line = lines[i].trim();
        if METHODS.contains(&line) {
            break i;
        }
        if heading(line).is_some() || is_curl(line) || starts_json(line) {
            return Err(error(
                i + 1,
                format!(
                    "expected the HTTP method ({}) alone on a line before `{line}`",
                    METHODS.join(", ")
                ),
            ));
        }
        header.push(line);
        index = i + 1;
    };
    let Some((title, above)) = header.split_last() else {
        return Err(error(
            method_index + 1,
            "expected the operation title (and the section line) between the title line and the HTTP method",
        ));
    };
    let section = (!above.is_empty()).then(|| above.join(" "));
    let method = lines[method_index].trim().to_owned();

    // Path.
    let Some(path_index) = next_non_blank(method_index + 1) else {
        return Err(error(
            method_index + 1,
            format!(
                "the page ends after `{method}`; expected the path (starting with `/`) on the next line"
            ),
        ));
    };
    let path = lines[path_index].trim();
    if !path.starts_with('/') || path.contains(char::is_whitespace) {
        return Err(error(
            path_index + 1,
            format!(
                "expected the path of the {method} operation, starting with `/`, found `{path}`"
            ),
        ));
    }

    let mut page = Page {
        section,
        title: (*title).to_owned(),
        method,
        path: path.to_owned(),
        description: String::new(),
        parameters: Vec::new(),
        media_types: Vec::new(),
        curl: None,
        bodies: Vec::new(),
    };

    // Sections, up to the first JSON body.
    let mut state = State::Description;
    let mut description = Vec::new();
    let mut parameter_open = false;
    let mut json_start = None;
    index = path_index + 1;
    while index < lines.len() {
        let raw = lines[index];
        let line = raw.trim();
        let line_number = index + 1;
        if line.is_empty() {
            index += 1;
            continue;
        }
        if is_curl(line) && state != State::AfterCurl {
            let (curl, next) = read_curl(&lines, index)?;
            page.curl = Some(curl);
            state = State::AfterCurl;
            index = next;
            continue;
        }
        if let Some(found) = heading(line) {
            state = match found {
                Heading::Parameters(location) => State::Parameters(location),
                Heading::RequestBody => State::RequestBody,
                Heading::ResponseBody => State::ResponseBody,
            };
            parameter_open = false;
            index += 1;
            continue;
        }
        match state {
            State::Description => description.push(line),
            State::Parameters(location) => {
                if let Some((name, required, type_text, doc_type)) = parse_parameter_line(line) {
                    page.parameters.push(Parameter {
                        name,
                        location,
                        required,
                        type_text,
                        doc_type,
                        description: String::new(),
                        line: line_number,
                    });
                    parameter_open = true;
                } else if parameter_open {
                    if let Some(parameter) = page.parameters.last_mut() {
                        if !parameter.description.is_empty() {
                            parameter.description.push(' ');
                        }
                        parameter.description.push_str(line);
                    }
                } else {
                    return Err(error(
                        line_number,
                        format!(
                            "expected a parameter line such as `inbox_identifier*string` (name, `*` when required, type) under \"{} Parameters\", found `{line}`",
                            capitalized(location.as_str())
                        ),
                    ));
                }
            }
            State::RequestBody => {}
            State::ResponseBody => {
                if starts_json(line) {
                    json_start = Some(index);
                    break;
                }
                if line.contains('/') && !line.contains(char::is_whitespace) {
                    page.media_types.push(line.to_owned());
                }
            }
            State::AfterCurl => {
                if starts_json(line) {
                    json_start = Some(index);
                    break;
                }
                return Err(error(
                    line_number,
                    format!(
                        "expected a JSON example body (starting with `{{` or `[`) after the curl example, found `{line}`"
                    ),
                ));
            }
        }
        index += 1;
    }
    page.description = description.join(" ");

    if let Some(start) = json_start {
        page.bodies = parse_bodies(&lines, start)?;
    }
    Ok(page)
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Reads the curl example starting at `start`: it continues while a line ends with `\` or a
/// quote is still open. Returns the command and the index of the line after it.
fn read_curl(lines: &[&str], start: usize) -> Result<(String, usize), ParseError> {
    let mut command = Vec::new();
    let mut quote: Option<char> = None;
    let mut index = start;
    while index < lines.len() {
        let line = lines[index];
        command.push(line.trim_end());
        let mut escaped = false;
        for ch in line.chars() {
            match quote {
                Some('\'') if ch == '\'' => quote = None,
                Some('"') if escaped => escaped = false,
                Some('"') if ch == '\\' => escaped = true,
                Some('"') if ch == '"' => quote = None,
                Some(_) => {}
                None if escaped => escaped = false,
                None if ch == '\\' => escaped = true,
                None if ch == '\'' || ch == '"' => quote = Some(ch),
                None => {}
            }
        }
        index += 1;
        if quote.is_none() && !line.trim_end().ends_with('\\') {
            return Ok((command.join("\n"), index));
        }
    }
    Err(error(
        start + 1,
        "the curl example starting here never ends (an unclosed quote or a trailing `\\` on the last line)",
    ))
}

/// Parses the JSON bodies from line index `start` to the end of the page.
fn parse_bodies(lines: &[&str], start: usize) -> Result<Vec<Body>, ParseError> {
    let region = lines[start..].join("\n");
    let line_of = |offset: usize| start + region[..offset].matches('\n').count() + 1;
    let mut bodies = Vec::new();
    let mut stream = serde_json::Deserializer::from_str(&region).into_iter::<Value>();
    loop {
        let offset = stream.byte_offset();
        let body_start = region[offset..]
            .find(|c: char| !c.is_whitespace())
            .map(|skip| offset + skip);
        match stream.next() {
            None => break,
            Some(Ok(value)) => bodies.push(Body {
                line: line_of(body_start.unwrap_or(offset)),
                value,
            }),
            Some(Err(err)) => {
                let line = if err.line() > 0 {
                    start + err.line()
                } else {
                    line_of(body_start.unwrap_or(offset))
                };
                let text = lines.get(line - 1).map(|l| l.trim()).unwrap_or("");
                let what = if !starts_json(text) && body_start.map(line_of) == Some(line) {
                    format!(
                        "expected another JSON example body or the end of the page after the example bodies, found `{text}`"
                    )
                } else {
                    format!(
                        "an example body is not valid JSON ({})",
                        strip_position(&err.to_string())
                    )
                };
                return Err(error(line, what));
            }
        }
    }
    Ok(bodies)
}

/// serde_json appends " at line L column C" to its messages; the line is reported separately.
fn strip_position(message: &str) -> &str {
    match message.find(" at line ") {
        Some(index) => &message[..index],
        None => message,
    }
}

/// The distinct field paths of an example body, in the order they first appear.
///
/// A field path is written like `[].messages[].sender.avatar_url`: `.` between object keys and
/// `[]` for the items of an array. The body itself (the empty path) is not a field.
pub fn field_paths(value: &Value) -> Vec<String> {
    let mut paths = Vec::new();
    collect_paths(value, "", &mut paths);
    paths
}

fn collect_paths(value: &Value, path: &str, paths: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let child_path = join_field(path, key);
                if !paths.contains(&child_path) {
                    paths.push(child_path.clone());
                }
                collect_paths(child, &child_path, paths);
            }
        }
        Value::Array(items) => {
            let child_path = format!("{path}[]");
            for item in items {
                collect_paths(item, &child_path, paths);
            }
        }
        _ => {}
    }
}

/// `parent.key`, or `key` at the top of a body.
pub fn join_field(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameter_lines() {
        assert_eq!(
            parse_parameter_line("inbox_identifier*string"),
            Some((
                "inbox_identifier".into(),
                true,
                "string".into(),
                DocType::String
            ))
        );
        assert_eq!(
            parse_parameter_line("beforeinteger"),
            Some(("before".into(), false, "integer".into(), DocType::Integer))
        );
        assert_eq!(
            parse_parameter_line("substringstring"),
            Some(("substring".into(), false, "string".into(), DocType::String))
        );
        assert_eq!(
            parse_parameter_line("emailstring | null").map(|p| p.3),
            Some(DocType::Union(vec![DocType::String, DocType::Null]))
        );
        assert_eq!(
            parse_parameter_line("ids*array<integer>").map(|p| p.3),
            Some(DocType::Array(Box::new(DocType::Integer)))
        );
        assert_eq!(
            parse_parameter_line("status*\"open\" | \"resolved\"").map(|p| p.3),
            Some(DocType::Any)
        );
        assert_eq!(parse_parameter_line("Why?"), None);
        assert_eq!(
            parse_parameter_line("The identifier obtained from API"),
            None
        );
        assert_eq!(parse_parameter_line("Value in\"on\" | \"off\""), None);
    }

    #[test]
    fn multi_line_curl_and_bodies() {
        let text = "Panduan pembalasan.id\nSection\nTitle\nPOST\n/x\n\nRequest Body\n\napplication/json\n\ncontent?string\n\nResponse Body\n\ncurl -X POST \"https://example.com/x\" \\\n  -d '{\n  \"content\": \"string\"\n}'\n{\"a\": 1}\n\n{\"b\": [1]}\n";
        let page = parse(text).expect("parses");
        assert_eq!(page.bodies.len(), 2);
        assert_eq!(page.bodies[0].line, 19);
        assert_eq!(page.bodies[1].line, 21);
        assert!(page.curl.as_deref().is_some_and(|c| c.ends_with("}'")));
    }
}
