//! What the generated code of every family runs on: [`Error`], [`ResponseValue`], the options
//! each client carries, the request executor with its [`RetryPolicy`], and the
//! [`ClientBuilder`].
//!
//! The generated files take `Error` and `ResponseValue` from here instead of
//! `progenitor_client` (see `codegen/src/runtime.rs`): same variants and constructors, but errors
//! never print URLs (the contact's `source_id` is in every public path) or response bodies (they
//! carry names, emails and tokens), and response bodies are read up to a size limit.

mod builder;
mod error;
mod execute;
mod response;
mod retry;
mod text;
mod token;

#[cfg(feature = "realtime")]
pub(crate) use builder::{excerpt, BaseUrl};
pub use builder::{
    BuildError, ClientBuilder, FamilyClient, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
    MAX_REDIRECTS,
};
#[cfg(feature = "application")]
pub(crate) use error::redact;
pub use error::{Error, ErrorSummary, InvalidResponse};
#[cfg(any(feature = "application", feature = "platform"))]
pub(crate) use execute::token_family;
pub(crate) use execute::{execute, family_hooks};
pub use response::{RawBody, ResponseValue};
pub use retry::RetryPolicy;
pub(crate) use text::Text;
#[cfg(feature = "realtime")]
pub(crate) use token::checked_token;
pub use token::{Secret, TokenOptions};

/// The default limit on the size of one response body: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// Per-client settings the generated code carries (progenitor's "inner" value) in a family
/// without credentials; a family with an access token carries them inside [`TokenOptions`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientOptions {
    /// A response body larger than this fails with [`Error::ResponseTooLarge`].
    pub max_response_bytes: usize,
    /// When to try a request again; `None` (the default) never retries.
    pub retry: Option<RetryPolicy>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            retry: None,
        }
    }
}

/// Carried in each response's extensions from the request hook to the body reader.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BodyLimit(pub(crate) usize);
