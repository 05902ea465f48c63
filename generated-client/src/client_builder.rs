//! [`ClientBuilder`]: a [`Client`] with checked settings and no panics.

use std::fmt;
use std::time::Duration;

use crate::runtime::ClientOptions;
use crate::Client;

/// How long a whole request may take, by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// How long connecting may take, by default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The most redirects followed before a request fails.
pub const MAX_REDIRECTS: usize = 5;

/// Builds a [`Client`] for one pembalasan.id installation.
///
/// ```
/// use std::time::Duration;
///
/// let client = pembalasan_client::Client::builder("https://app.pembalasan.id")
///     .timeout(Duration::from_secs(10))
///     .build()
///     .expect("a valid base URL");
/// # drop(client);
/// ```
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    options: ClientOptions,
}

impl Client {
    /// Starts building a client for the installation at `base_url`, such as
    /// `https://app.pembalasan.id` (no trailing `/public/api/v1`).
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: concat!("pembalasan-client/", env!("CARGO_PKG_VERSION")).to_owned(),
            options: ClientOptions::default(),
        }
    }
}

impl ClientBuilder {
    /// Fails a request that has not completed (sent and fully read) within `timeout`.
    /// Defaults to [`DEFAULT_TIMEOUT`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Fails a request whose connection is not established within `timeout`.
    /// Defaults to [`DEFAULT_CONNECT_TIMEOUT`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Fails a request whose response body is larger than `bytes` with
    /// [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge), without reading the rest.
    /// Defaults to [`DEFAULT_MAX_RESPONSE_BYTES`](crate::runtime::DEFAULT_MAX_RESPONSE_BYTES).
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.options.max_response_bytes = bytes;
        self
    }

    /// Sets the `User-Agent` header; defaults to `pembalasan-client/<version>`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        let base_url = self.base_url.trim_end_matches('/');
        let rest = base_url
            .strip_prefix("https://")
            .or_else(|| base_url.strip_prefix("http://"))
            .ok_or_else(|| BuildError::BaseUrl(excerpt(base_url)))?;
        if rest.is_empty() || rest.contains(char::is_whitespace) {
            return Err(BuildError::BaseUrl(excerpt(base_url)));
        }
        let http = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .redirect(reqwest::redirect::Policy::limited(MAX_REDIRECTS))
            .user_agent(self.user_agent)
            .build()
            .map_err(|err| BuildError::Http(err.to_string()))?;
        Ok(Client::new_with_client(base_url, http, self.options))
    }
}

/// Why [`ClientBuilder::build`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an `http://` or `https://` URL with a host.
    BaseUrl(String),
    /// The HTTP stack could not be set up (for example no TLS backend).
    Http(String),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::BaseUrl(url) => write!(
                f,
                "base URL `{url}` is not an http:// or https:// URL with a host, such as https://app.pembalasan.id"
            ),
            BuildError::Http(reason) => write!(f, "cannot set up the HTTP client: {reason}"),
        }
    }
}

impl std::error::Error for BuildError {}

/// At most the first 80 characters of a URL the user gave, for error messages.
fn excerpt(url: &str) -> String {
    url.chars().take(80).collect()
}
