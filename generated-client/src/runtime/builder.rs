//! [`ClientBuilder`]: any family's `Client` with checked settings and no panics.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use super::ClientOptions;

/// How long a whole request may take, by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// How long connecting may take, by default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The most redirects followed before a request fails.
pub const MAX_REDIRECTS: usize = 5;

mod sealed {
    /// Only this crate's families implement [`super::FamilyClient`].
    pub trait Sealed {}
}

/// The `Client` of an API family, which [`ClientBuilder`] builds: `public::Client` (no
/// credential) or `application::Client` (an access token). Sealed: implemented by this crate
/// only.
pub trait FamilyClient: sealed::Sealed + Sized {
    /// What the family needs besides the HTTP settings: nothing, or the access token.
    #[doc(hidden)]
    type Credential: Clone + fmt::Debug;

    /// Puts the client together once the settings are checked.
    #[doc(hidden)]
    fn assemble(
        base_url: &str,
        http: reqwest::Client,
        options: ClientOptions,
        credential: &Self::Credential,
    ) -> Result<Self, BuildError>;
}

#[cfg(feature = "public")]
impl sealed::Sealed for crate::public::Client {}
#[cfg(feature = "application")]
impl sealed::Sealed for crate::application::Client {}
#[cfg(feature = "platform")]
impl sealed::Sealed for crate::platform::Client {}

/// Builds a family's `Client` for one pembalasan.id installation; start with the family's
/// `Client::builder`.
///
/// ```
/// use std::time::Duration;
///
/// let client = pembalasan_client::public::Client::builder("https://app.pembalasan.id")
///     .timeout(Duration::from_secs(10))
///     .build()
///     .expect("a valid base URL");
/// # drop(client);
/// ```
///
/// `Debug` never prints the access token.
pub struct ClientBuilder<C: FamilyClient> {
    base_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    options: ClientOptions,
    credential: C::Credential,
    family: PhantomData<fn() -> C>,
}

impl<C: FamilyClient> Clone for ClientBuilder<C> {
    fn clone(&self) -> Self {
        ClientBuilder {
            base_url: self.base_url.clone(),
            timeout: self.timeout,
            connect_timeout: self.connect_timeout,
            user_agent: self.user_agent.clone(),
            options: self.options.clone(),
            credential: self.credential.clone(),
            family: PhantomData,
        }
    }
}

impl<C: FamilyClient> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("options", &self.options)
            .field("credential", &self.credential)
            .finish()
    }
}

impl<C: FamilyClient> ClientBuilder<C> {
    /// A builder with the default settings, for the family's `Client::builder`.
    pub(crate) fn new(base_url: impl Into<String>, credential: C::Credential) -> Self {
        ClientBuilder {
            base_url: base_url.into(),
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: concat!("pembalasan-client/", env!("CARGO_PKG_VERSION")).to_owned(),
            options: ClientOptions::default(),
            credential,
            family: PhantomData,
        }
    }

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

    /// Retries what is safe to retry, as `policy` says (by default nothing is retried): reads
    /// that failed on the way or got 408, 429, 502, 503 or 504, and any request whose
    /// connection could not be made. See [`RetryPolicy`](crate::runtime::RetryPolicy).
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }

    /// Sets the `User-Agent` header; defaults to `pembalasan-client/<version>`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Checks the settings (and the access token, for a family that needs one) and builds the
    /// client.
    pub fn build(self) -> Result<C, BuildError> {
        let base_url = BaseUrl::parse(&self.base_url)?.url;
        let http = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .redirect(reqwest::redirect::Policy::limited(MAX_REDIRECTS))
            .user_agent(self.user_agent)
            .build()
            .map_err(|err| BuildError::Http(err.to_string()))?;
        C::assemble(base_url, http, self.options, &self.credential)
    }
}

/// Why [`ClientBuilder::build`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an `http://` or `https://` URL with a host.
    BaseUrl(String),
    /// The access token cannot be sent (empty, or with characters a header cannot carry). The
    /// text says which, without the token.
    Token(&'static str),
    /// The HTTP stack could not be set up (for example no TLS backend).
    Http(String),
    /// A setting is out of range; the text says which.
    Setting(&'static str),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::BaseUrl(url) => write!(
                f,
                "base URL `{url}` is not an http:// or https:// URL with a host, such as https://app.pembalasan.id"
            ),
            BuildError::Token(reason) => f.write_str(reason),
            BuildError::Http(reason) => write!(f, "cannot set up the HTTP client: {reason}"),
            BuildError::Setting(reason) => f.write_str(reason),
        }
    }
}

impl std::error::Error for BuildError {}

/// A base URL as the user gave it, checked: `https://` or `http://` and something after it,
/// with no whitespace; trailing slashes are dropped. The HTTP clients use `url`; the realtime
/// listener also the scheme and the rest.
#[cfg_attr(not(feature = "realtime"), allow(dead_code))]
pub(crate) struct BaseUrl<'a> {
    /// The whole URL, without trailing slashes.
    pub(crate) url: &'a str,
    /// Whether the scheme is `https`.
    pub(crate) https: bool,
    /// What follows `scheme://`: the host, the port and the path.
    pub(crate) rest: &'a str,
}

impl<'a> BaseUrl<'a> {
    /// Checks `base_url`; the error quotes at most its first 80 characters.
    pub(crate) fn parse(base_url: &'a str) -> Result<Self, BuildError> {
        let url = base_url.trim_end_matches('/');
        let (https, rest) = match url.strip_prefix("https://") {
            Some(rest) => (true, rest),
            None => (
                false,
                url.strip_prefix("http://")
                    .ok_or_else(|| BuildError::BaseUrl(excerpt(url)))?,
            ),
        };
        if rest.is_empty() || rest.contains(char::is_whitespace) {
            return Err(BuildError::BaseUrl(excerpt(url)));
        }
        Ok(BaseUrl { url, https, rest })
    }
}

/// At most the first 80 characters of a URL the user gave, for error messages.
pub(crate) fn excerpt(url: &str) -> String {
    url.chars().take(80).collect()
}
