//! [`Verifier`]: checks a delivery's signature and age; [`sign`]: makes the headers the server
//! would send, for testing a receiver.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::{HeaderMap, HeaderValue};

use crate::hmac::{constant_time_eq, from_hex, hex, hmac_sha256};

/// The header with the Unix time (seconds) of the attempt.
pub const TIMESTAMP_HEADER: &str = "x-chatwoot-timestamp";
/// The header with the signature, `sha256=<hex>`.
pub const SIGNATURE_HEADER: &str = "x-chatwoot-signature";
/// The header with the delivery's id, the same on every retry.
pub const DELIVERY_HEADER: &str = "x-chatwoot-delivery";
/// How far a delivery's timestamp may be from the clock, either way, by default.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// What the signature scheme prefixes the hex digest with.
const SCHEME: &str = "sha256=";

/// Checks deliveries signed with one secret. `Debug` does not print the secret.
#[derive(Clone)]
pub struct Verifier {
    secret: Vec<u8>,
    tolerance: Duration,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("secret", &"<redacted>")
            .field("tolerance", &self.tolerance)
            .finish()
    }
}

/// A delivery that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// When the server sent it, from `X-Chatwoot-Timestamp`.
    pub sent_at: SystemTime,
    /// `X-Chatwoot-Delivery`, when the server sent one: de-duplicate on it.
    pub delivery_id: Option<String>,
}

impl Verifier {
    /// A verifier for deliveries signed with `secret` (the webhook's `secret`, the agent bot's,
    /// or the API inbox's), accepting timestamps within [`DEFAULT_TOLERANCE`] of the clock.
    pub fn new(secret: impl Into<String>) -> Self {
        Verifier {
            secret: secret.into().into_bytes(),
            tolerance: DEFAULT_TOLERANCE,
        }
    }

    /// Accepts timestamps up to `tolerance` before or after the clock.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Verifies a delivery against the system clock: `headers` as received and `body`, the raw
    /// bytes of the request body.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<Verified, VerifyError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// [`Verifier::verify`] with the clock at `now`.
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<Verified, VerifyError> {
        let timestamp = header_text(headers, TIMESTAMP_HEADER)?;
        let seconds: u64 = timestamp
            .trim()
            .parse()
            .map_err(|_| VerifyError::MalformedHeader {
                header: TIMESTAMP_HEADER,
                expected: "Unix seconds, such as 1768900000",
            })?;
        let signature = header_text(headers, SIGNATURE_HEADER)?;
        let digest = signature
            .trim()
            .strip_prefix(SCHEME)
            .and_then(from_hex)
            .filter(|digest| digest.len() == 32)
            .ok_or(VerifyError::MalformedHeader {
                header: SIGNATURE_HEADER,
                expected: "sha256= and 64 hex digits",
            })?;
        let expected = hmac_sha256(&self.secret, &[timestamp.trim().as_bytes(), b".", body]);
        if !constant_time_eq(&digest, &expected) {
            return Err(VerifyError::SignatureMismatch);
        }
        let sent_at = UNIX_EPOCH + Duration::from_secs(seconds);
        match now.duration_since(sent_at) {
            Ok(age) if age > self.tolerance => Err(VerifyError::TooOld {
                age,
                tolerance: self.tolerance,
            }),
            Err(ahead) if ahead.duration() > self.tolerance => Err(VerifyError::InTheFuture {
                ahead: ahead.duration(),
                tolerance: self.tolerance,
            }),
            _ => Ok(Verified {
                sent_at,
                delivery_id: delivery_id(headers).map(str::to_owned),
            }),
        }
    }
}

/// The text of a header, or the error that says it is missing or not text.
fn header_text<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<&'h str, VerifyError> {
    headers
        .get(name)
        .ok_or(VerifyError::MissingHeader(name))?
        .to_str()
        .map_err(|_| VerifyError::MalformedHeader {
            header: name,
            expected: "visible ASCII text",
        })
}

/// `X-Chatwoot-Delivery`, the id of a delivery (the same on each retry), if the server sent
/// one: de-duplicate deliveries on it.
pub fn delivery_id(headers: &HeaderMap) -> Option<&str> {
    headers.get(DELIVERY_HEADER)?.to_str().ok()
}

/// The `X-Chatwoot-Timestamp` and `X-Chatwoot-Signature` headers the server sends with `body`
/// signed with `secret` at `time`: for testing your own receiver. Times before 1970 count as 0.
pub fn sign(secret: &str, body: &[u8], time: SystemTime) -> HeaderMap {
    let seconds = time
        .duration_since(UNIX_EPOCH)
        .map(|since| since.as_secs())
        .unwrap_or(0)
        .to_string();
    let digest = hmac_sha256(secret.as_bytes(), &[seconds.as_bytes(), b".", body]);
    let mut headers = HeaderMap::new();
    // Decimal digits and hex are always valid header values.
    if let Ok(value) = HeaderValue::from_str(&seconds) {
        headers.insert(TIMESTAMP_HEADER, value);
    }
    if let Ok(value) = HeaderValue::from_str(&format!("{SCHEME}{}", hex(&digest))) {
        headers.insert(SIGNATURE_HEADER, value);
    }
    headers
}

/// Why a delivery did not verify. The text never quotes the secret, the body or a header's
/// value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum VerifyError {
    /// The header is not there (the server may be older than signing, or the webhook has no
    /// secret).
    MissingHeader(&'static str),
    /// The header is there but not of the form the scheme uses.
    MalformedHeader {
        /// The header.
        header: &'static str,
        /// What it should look like.
        expected: &'static str,
    },
    /// The signature does not match the body and timestamp: another secret, or a body or
    /// timestamp changed on the way (or a body parsed and serialised again).
    SignatureMismatch,
    /// The timestamp is older than the tolerance: a replay, or a very slow delivery.
    TooOld {
        /// How old it is.
        age: Duration,
        /// The tolerance.
        tolerance: Duration,
    },
    /// The timestamp is further in the future than the tolerance: a wrong clock.
    InTheFuture {
        /// How far ahead it is.
        ahead: Duration,
        /// The tolerance.
        tolerance: Duration,
    },
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VerifyError::MissingHeader(header) => {
                write!(f, "the delivery has no {header} header, so it is not signed")
            }
            VerifyError::MalformedHeader { header, expected } => {
                write!(f, "the {header} header is not {expected}")
            }
            VerifyError::SignatureMismatch => f.write_str(
                "the signature does not match the body and timestamp (another secret, or the body was changed or re-serialised)",
            ),
            VerifyError::TooOld { age, tolerance } => write!(
                f,
                "the delivery was signed {} s ago, more than the {} s allowed",
                age.as_secs(),
                tolerance.as_secs()
            ),
            VerifyError::InTheFuture { ahead, tolerance } => write!(
                f,
                "the delivery is signed {} s in the future, more than the {} s allowed (is a clock wrong?)",
                ahead.as_secs(),
                tolerance.as_secs()
            ),
        }
    }
}

impl std::error::Error for VerifyError {}
