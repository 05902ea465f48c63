//! [`ResponseValue`]: a decoded reply with its status and headers, [`RawBody`] for replies that
//! are not JSON, and the bounded body reader.

use std::ops::{Deref, DerefMut};

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use super::error::{Error, InvalidResponse};
use super::{BodyLimit, DEFAULT_MAX_RESPONSE_BYTES};

/// A reply decoded into `T`, with the HTTP status and headers it came with.
pub struct ResponseValue<T> {
    inner: T,
    status: StatusCode,
    headers: HeaderMap,
}

impl<T> ResponseValue<T> {
    /// A value with the status and headers it arrived with.
    pub fn new(inner: T, status: StatusCode, headers: HeaderMap) -> Self {
        ResponseValue {
            inner,
            status,
            headers,
        }
    }

    /// The decoded value.
    pub fn into_inner(self) -> T {
        self.inner
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The HTTP headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
}

impl<T: DeserializeOwned> ResponseValue<T> {
    /// Reads the body (up to the client's limit) and decodes it as JSON into `T`.
    #[doc(hidden)]
    pub async fn from_response<E>(response: reqwest::Response) -> Result<Self, Error<E>> {
        let status = response.status();
        let headers = response.headers().clone();
        let body = read_body(response).await?;
        decode(&body, status, &headers).map(|inner| ResponseValue::new(inner, status, headers))
    }
}

impl ResponseValue<()> {
    /// A reply whose body is not read (an empty 200).
    #[doc(hidden)]
    pub fn empty(response: reqwest::Response) -> Self {
        ResponseValue::new((), response.status(), response.headers().clone())
    }
}

impl ResponseValue<RawBody> {
    /// Reads a reply that is not JSON (a CSV file) whole, up to the client's limit.
    #[doc(hidden)]
    pub async fn raw<E>(response: reqwest::Response) -> Result<Self, Error<E>> {
        let status = response.status();
        let headers = response.headers().clone();
        let body = read_body(response).await?;
        Ok(ResponseValue::new(RawBody(body), status, headers))
    }
}

/// The body of a reply that is not JSON, such as a CSV download, as the server sent it.
///
/// `Debug` prints only its length: these files hold contacts' names and emails.
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody(Vec<u8>);

impl RawBody {
    /// The bytes, exactly as sent.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The bytes, exactly as sent.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }

    /// The body as UTF-8 text, without the byte-order mark that the server puts before its CSV
    /// files (spreadsheets read it as "this is UTF-8"); an error if it is not UTF-8.
    pub fn text(&self) -> Result<&str, std::str::Utf8Error> {
        let bytes = self.0.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&self.0);
        std::str::from_utf8(bytes)
    }
}

impl std::fmt::Debug for RawBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RawBody({} bytes)", self.0.len())
    }
}

/// Decodes a JSON body, describing a failure without quoting the body.
///
/// An empty body decodes as JSON `null` when `T` accepts it (an `Option`): some operations
/// answer either a JSON value or an empty 2xx (a 204, or an empty 200), and the spec declares
/// such a reply as nullable. For any other `T` an empty body fails as before ("EOF while
/// parsing a value").
///
/// The fast path is a plain `serde_json::from_slice`; only when it fails is the body decoded a
/// second time through `serde_path_to_error` to name the field (tracking the path on every
/// decode costs about 40% of the client's throughput; see BENCHMARKS.md).
#[allow(clippy::result_large_err)] // `Error` mirrors progenitor's, which carries the typed reply
fn decode<T: DeserializeOwned, E>(
    body: &[u8],
    status: StatusCode,
    headers: &HeaderMap,
) -> Result<T, Error<E>> {
    if body.is_empty() {
        if let Ok(value) = serde_json::from_slice(b"null") {
            return Ok(value);
        }
    }
    serde_json::from_slice(body).map_err(|fast_err| {
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let invalid = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            Err(err) => {
                let path = err.path().to_string();
                InvalidResponse::new(status, headers, body.len(), &path, err.inner())
            }
            // Only trailing characters can make the first decode fail and this one succeed.
            Ok(_) => InvalidResponse::new(status, headers, body.len(), ".", &fast_err),
        };
        Error::InvalidResponse(invalid)
    })
}

/// Reads a body chunk by chunk, failing as soon as it passes the limit the hook set.
async fn read_body<E>(mut response: reqwest::Response) -> Result<Vec<u8>, Error<E>> {
    let status = response.status();
    let limit = response
        .extensions()
        .get::<BodyLimit>()
        .map(|limit| limit.0)
        .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES);
    if response
        .content_length()
        .is_some_and(|length| length > limit as u64)
    {
        return Err(Error::ResponseTooLarge { status, limit });
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > limit {
                    return Err(Error::ResponseTooLarge { status, limit });
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(err) => {
                return Err(Error::Communication {
                    status: Some(status),
                    source: err.without_url(),
                });
            }
        }
    }
}

impl<T> Deref for ResponseValue<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> DerefMut for ResponseValue<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for ResponseValue<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseValue")
            .field("status", &self.status)
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}
