//! [`Error`]: everything a request can end in other than success, printed without secrets.

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::response::ResponseValue;

/// Why a request did not return the value it promises.
///
/// `Display` and `Debug` never print the request URL (the contact's `source_id` is in every path)
/// nor a response body (bodies carry names, emails and tokens); they say what happened and, where
/// there was a reply, its HTTP status. The typed error body of [`Error::ErrorResponse`] stays
/// available through [`Error::error_body`].
#[non_exhaustive]
pub enum Error<E = ()> {
    /// The request could not be built: a required parameter is missing or a value does not
    /// convert. Nothing was sent.
    InvalidRequest(String),
    /// No complete reply within the client's timeout. Safe to retry for reads.
    Timeout,
    /// The connection could not be made (refused, unknown host, TLS failure).
    Connect(reqwest::Error),
    /// The server redirected too often, probably in a loop.
    Redirect(reqwest::Error),
    /// The connection failed while the request was sent or the reply read (for example reset in
    /// the middle of the body). `status` is set when the reply's head had arrived.
    Communication {
        /// The reply's status, if its head arrived.
        status: Option<StatusCode>,
        /// The transport error, with its URL removed.
        source: reqwest::Error,
    },
    /// The server answered with an error status the API describes, and its body decoded.
    ErrorResponse(ResponseValue<E>),
    /// The reply's body is not what the API describes: truncated, of the wrong types, or not
    /// JSON at all (such as an HTML error page).
    InvalidResponse(InvalidResponse),
    /// The reply's body is larger than the client's limit (see
    /// [`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)).
    ResponseTooLarge {
        /// The reply's status.
        status: StatusCode,
        /// The limit, in bytes.
        limit: usize,
    },
    /// The server answered with a status the API does not describe (such as a 3xx that was not
    /// followed).
    UnexpectedResponse(reqwest::Response),
    /// An error raised by a request hook.
    Custom(String),
}

impl<E> Error<E> {
    /// The HTTP status of the reply, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::ErrorResponse(reply) => Some(reply.status()),
            Error::InvalidResponse(invalid) => Some(invalid.status()),
            Error::ResponseTooLarge { status, .. } => Some(*status),
            Error::Communication { status, .. } => *status,
            Error::UnexpectedResponse(response) => Some(response.status()),
            Error::InvalidRequest(_)
            | Error::Timeout
            | Error::Connect(_)
            | Error::Redirect(_)
            | Error::Custom(_) => None,
        }
    }

    /// The decoded error body, for [`Error::ErrorResponse`].
    pub fn error_body(&self) -> Option<&E> {
        match self {
            Error::ErrorResponse(reply) => Some(reply),
            _ => None,
        }
    }

    /// Whether trying the same request again later may succeed: timeouts, failed connections and
    /// transport failures, 429, 502, 503 and 504. Retry only idempotent requests, or requests you
    /// are sure did not reach the server, and wait [`Error::retry_after`] when it is set.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Timeout | Error::Connect(_) | Error::Communication { .. } => true,
            _ => self
                .status()
                .is_some_and(|status| matches!(status.as_u16(), 408 | 429 | 502 | 503 | 504)),
        }
    }

    /// How long the server asked to wait before retrying (`Retry-After`, in seconds or as an
    /// HTTP date), if it did.
    pub fn retry_after(&self) -> Option<Duration> {
        let headers = match self {
            Error::ErrorResponse(reply) => reply.headers(),
            Error::InvalidResponse(invalid) => &invalid.headers,
            Error::UnexpectedResponse(response) => response.headers(),
            _ => return None,
        };
        super::retry::retry_after(headers)
    }
}

impl<E> From<reqwest::Error> for Error<E> {
    fn from(err: reqwest::Error) -> Self {
        let err = err.without_url();
        if err.is_timeout() {
            Error::Timeout
        } else if err.is_connect() {
            Error::Connect(err)
        } else if err.is_redirect() {
            Error::Redirect(err)
        } else if err.is_builder() {
            Error::InvalidRequest(root_cause(&err))
        } else {
            Error::Communication {
                status: err.status(),
                source: err,
            }
        }
    }
}

impl<E> From<progenitor_client::Error<E>> for Error<E> {
    fn from(err: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as P;
        match err {
            P::InvalidRequest(message) => Error::InvalidRequest(message),
            P::CommunicationError(err) | P::InvalidUpgrade(err) => Error::from(err),
            P::ResponseBodyError(err) => Error::Communication {
                status: err.status(),
                source: err.without_url(),
            },
            P::ErrorResponse(reply) => {
                let status = reply.status();
                let headers = reply.headers().clone();
                Error::ErrorResponse(ResponseValue::new(reply.into_inner(), status, headers))
            }
            P::InvalidResponsePayload(body, err) => Error::InvalidResponse(InvalidResponse::new(
                StatusCode::OK,
                &HeaderMap::new(),
                body.len(),
                ".",
                &err,
            )),
            P::UnexpectedResponse(response) => Error::UnexpectedResponse(response),
            P::Custom(message) => Error::Custom(message),
        }
    }
}

/// A one-line description of a typed error body, without personal data; each family's
/// `types::ApiError` implements it.
pub trait ErrorSummary {
    /// Says what the error body means, in a few words.
    fn summary(&self) -> String;
}

impl ErrorSummary for () {
    fn summary(&self) -> String {
        String::new()
    }
}

impl<E: ErrorSummary> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(message) => write!(f, "invalid request, nothing sent: {message}"),
            Error::Timeout => f.write_str(
                "no complete reply within the timeout; the server or the network is slow or down",
            ),
            Error::Connect(err) => write!(f, "cannot connect to the server: {}", root_cause(err)),
            Error::Redirect(_) => {
                f.write_str("the server redirected too many times (a redirect loop?)")
            }
            Error::Communication { status, source } => match status {
                Some(status) => write!(
                    f,
                    "the connection failed while reading the {status} reply: {}",
                    root_cause(source)
                ),
                None => write!(f, "the connection failed: {}", root_cause(source)),
            },
            Error::ErrorResponse(reply) => {
                let summary = reply.summary();
                if summary.is_empty() {
                    write!(f, "the server answered {}", reply.status())
                } else {
                    write!(f, "the server answered {}: {summary}", reply.status())
                }
            }
            Error::InvalidResponse(invalid) => invalid.fmt(f),
            Error::ResponseTooLarge { status, limit } => write!(
                f,
                "the {status} reply is larger than the {limit}-byte limit (ClientBuilder::max_response_bytes)"
            ),
            Error::UnexpectedResponse(response) => write!(
                f,
                "the server answered {}, which the API does not describe",
                response.status()
            ),
            Error::Custom(message) => write!(f, "request hook failed: {message}"),
        }
    }
}

impl<E: ErrorSummary> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let variant = match self {
            Error::InvalidRequest(_) => "InvalidRequest",
            Error::Timeout => "Timeout",
            Error::Connect(_) => "Connect",
            Error::Redirect(_) => "Redirect",
            Error::Communication { .. } => "Communication",
            Error::ErrorResponse(_) => "ErrorResponse",
            Error::InvalidResponse(_) => "InvalidResponse",
            Error::ResponseTooLarge { .. } => "ResponseTooLarge",
            Error::UnexpectedResponse(_) => "UnexpectedResponse",
            Error::Custom(_) => "Custom",
        };
        f.debug_struct("Error")
            .field("kind", &variant)
            .field("status", &self.status().map(|s| s.as_u16()))
            .field("message", &self.to_string())
            .finish()
    }
}

impl<E: ErrorSummary> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Connect(err)
            | Error::Redirect(err)
            | Error::Communication { source: err, .. } => Some(err),
            _ => None,
        }
    }
}

/// The innermost cause of an error, which names what went wrong (e.g. "connection refused").
fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut current = err;
    while let Some(next) = current.source() {
        current = next;
    }
    current.to_string()
}

/// A reply whose body did not decode: where decoding stopped and why, without the body itself.
#[derive(Clone)]
pub struct InvalidResponse {
    status: StatusCode,
    content_type: Option<String>,
    body_len: usize,
    path: String,
    line: usize,
    column: usize,
    reason: String,
    pub(super) headers: HeaderMap,
}

impl InvalidResponse {
    pub(super) fn new(
        status: StatusCode,
        headers: &HeaderMap,
        body_len: usize,
        path: &str,
        err: &serde_json::Error,
    ) -> Self {
        InvalidResponse {
            status,
            content_type: headers
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|value| value.to_str().ok())
                .map(|value| value.chars().take(100).collect()),
            body_len,
            path: if path == "." {
                String::new()
            } else {
                path.to_owned()
            },
            line: err.line(),
            column: err.column(),
            reason: redact(&strip_position(&err.to_string())),
            headers: headers.clone(),
        }
    }

    /// The reply's HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The reply's `Content-Type`, if it had one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// Where in the JSON decoding failed, such as `[0].messages[2].created_at` (empty at the top).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The line and column of the body where decoding failed.
    pub fn position(&self) -> (usize, usize) {
        (self.line, self.column)
    }

    /// Why decoding failed, with any quoted value from the body replaced by `"…"`.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for InvalidResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let content_type = self.content_type.as_deref().unwrap_or("no content type");
        write!(
            f,
            "the {} reply ({content_type}, {} bytes) is not what the API describes: {}",
            self.status, self.body_len, self.reason
        )?;
        if !self.path.is_empty() {
            write!(f, " at `{}`", self.path)?;
        }
        write!(f, " (line {}, column {})", self.line, self.column)
    }
}

impl fmt::Debug for InvalidResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InvalidResponse")
            .field("status", &self.status.as_u16())
            .field("content_type", &self.content_type)
            .field("body_len", &self.body_len)
            .field("path", &self.path)
            .field("line", &self.line)
            .field("column", &self.column)
            .field("reason", &self.reason)
            .finish()
    }
}

/// serde_json ends its messages with " at line L column C"; the position is kept separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

/// Replaces every double-quoted value in a serde message (`invalid type: string "…"`) with `"…"`,
/// since it is text from the body.
pub(crate) fn redact(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut in_quotes = false;
    let mut escaped = false;
    for c in message.chars() {
        if in_quotes {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_quotes = false;
                out.push_str("…\"");
            }
        } else {
            out.push(c);
            if c == '"' {
                in_quotes = true;
            }
        }
    }
    if in_quotes {
        out.push_str("…\"");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn redact_hides_quoted_values_and_keeps_the_rest() {
        assert_eq!(
            redact(r#"invalid type: string "siti@example.com", expected i64"#),
            r#"invalid type: string "…", expected i64"#
        );
        assert_eq!(redact(r#"a "b\"c" d"#), r#"a "…" d"#);
        assert_eq!(redact("missing field `id`"), "missing field `id`");
        assert_eq!(redact(r#"cut "off"#), r#"cut "…""#);
    }
}
