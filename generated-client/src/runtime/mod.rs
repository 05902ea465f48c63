//! What the generated code runs on: [`Error`], [`ResponseValue`], [`ClientOptions`] and the
//! request hook.
//!
//! The generated file takes `Error` and `ResponseValue` from here instead of
//! `progenitor_client` (see `codegen/src/runtime.rs`): same variants and constructors, but errors
//! never print URLs (the contact's `source_id` is in every path) or response bodies (they carry
//! names, emails and tokens), and response bodies are read up to a size limit.

mod error;
mod hooks;
mod response;

pub use error::{Error, ErrorSummary, InvalidResponse};
pub use response::ResponseValue;

/// The default limit on the size of one response body: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// Per-client settings the generated code carries (progenitor's "inner" value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientOptions {
    /// A response body larger than this fails with [`Error::ResponseTooLarge`].
    pub max_response_bytes: usize,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

/// Carried in each response's extensions from the request hook to the body reader.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BodyLimit(pub(crate) usize);
