//! Executing a request for any family: the access token goes on as a sensitive header, the
//! request is retried as the client's [`RetryPolicy`] allows, the URL comes off transport
//! errors, the client's body limit goes to the response reader, and (feature `tracing`) each
//! request gets a span.

use std::time::{Duration, Instant};

use progenitor_client::{ClientInfo, OperationInfo};
use reqwest::Method;

use super::retry::{retry_after, retry_error, retry_status, RetryPolicy};
use super::{BodyLimit, ClientOptions, TokenOptions};

/// What a client's inner value tells the executor.
pub(crate) trait Credentials {
    /// The client's settings.
    fn settings(&self) -> &ClientOptions;
    /// Adds the credential, if any, to a request.
    fn authorize(&self, request: &mut reqwest::Request);
}

impl Credentials for ClientOptions {
    fn settings(&self) -> &ClientOptions {
        self
    }

    fn authorize(&self, _request: &mut reqwest::Request) {}
}

impl Credentials for TokenOptions {
    fn settings(&self) -> &ClientOptions {
        &self.options
    }

    fn authorize(&self, request: &mut reqwest::Request) {
        request
            .headers_mut()
            .insert(self.header.clone(), self.token.clone());
    }
}

/// Sends `request` with `client`'s HTTP client and settings; what every family's
/// `ClientHooks::exec` does.
pub(crate) async fn execute<O: Credentials>(
    client: &impl ClientInfo<O>,
    request: reqwest::Request,
    info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    #[cfg(feature = "tracing")]
    {
        use tracing::Instrument as _;
        let span = tracing::info_span!(
            "pembalasan.request",
            operation = info.operation_id,
            method = %request.method(),
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        attempts(client, request, info).instrument(span).await
    }
    #[cfg(not(feature = "tracing"))]
    attempts(client, request, info).await
}

/// The attempts of one request.
async fn attempts<O: Credentials>(
    client: &impl ClientInfo<O>,
    mut request: reqwest::Request,
    _info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    let options = client.inner();
    options.authorize(&mut request);
    let settings = options.settings();
    let method = request.method().clone();
    let started = Instant::now();
    let mut attempt = 1;
    loop {
        // A copy for the next attempt, if there may be one (a streamed body cannot be copied:
        // such a request is sent once).
        let copy = settings
            .retry
            .as_ref()
            .filter(|policy| attempt < policy.max_attempts())
            .and_then(|_| request.try_clone());
        let outcome = client.client().execute(request).await;
        let next = match (&settings.retry, copy) {
            (Some(policy), Some(copy)) => {
                wait_before_retry(policy, &method, &outcome, attempt, started.elapsed())
                    .map(|wait| (wait, copy))
            }
            _ => None,
        };
        let Some((wait, copy)) = next else {
            #[cfg(feature = "tracing")]
            {
                let span = tracing::Span::current();
                if let Ok(response) = &outcome {
                    span.record("status", response.status().as_u16());
                }
                span.record("attempts", attempt);
                span.record("duration_ms", started.elapsed().as_millis() as u64);
            }
            let mut response = outcome.map_err(reqwest::Error::without_url)?;
            response
                .extensions_mut()
                .insert(BodyLimit(settings.max_response_bytes));
            return Ok(response);
        };
        #[cfg(feature = "tracing")]
        tracing::warn!(
            attempt,
            wait_ms = wait.as_millis() as u64,
            reason = %failure(&outcome),
            "retrying the request"
        );
        drop(outcome);
        tokio::time::sleep(wait).await;
        request = copy;
        attempt += 1;
    }
}

/// How long to wait before trying again, or `None` when the outcome is final: a success, a
/// failure that is not safe to retry, or a wait that would pass the deadline.
fn wait_before_retry(
    policy: &RetryPolicy,
    method: &Method,
    outcome: &reqwest::Result<reqwest::Response>,
    attempt: u32,
    elapsed: Duration,
) -> Option<Duration> {
    let wait = match outcome {
        Ok(response) if retry_status(method, response.status()) => {
            retry_after(response.headers()).unwrap_or_else(|| policy.backoff(attempt))
        }
        Err(error) if retry_error(method, error) => policy.backoff(attempt),
        _ => return None,
    };
    policy.fits(elapsed, wait).then_some(wait)
}

/// Why an attempt is retried, without its URL.
#[cfg(feature = "tracing")]
fn failure(outcome: &reqwest::Result<reqwest::Response>) -> String {
    match outcome {
        Ok(response) => format!("status {}", response.status().as_u16()),
        Err(error) if error.is_timeout() => "timeout".to_owned(),
        Err(error) if error.is_connect() => "connection failed".to_owned(),
        Err(_) => "transport failure".to_owned(),
    }
}

/// Implements progenitor's `ClientHooks` for a family's `Client` (whose inner value is
/// `$options`) with [`execute`].
macro_rules! family_hooks {
    ($client:ty, $options:ty) => {
        impl progenitor_client::ClientHooks<$options> for $client {
            async fn exec(
                &self,
                request: reqwest::Request,
                info: &progenitor_client::OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                crate::runtime::execute(self, request, info).await
            }
        }
    };
}
pub(crate) use family_hooks;

/// Makes a family's generated `Client` one that carries an access token: [`FamilyClient`]
/// (built from a checked token sent as the family's `TOKEN_HEADER`) and the request hooks.
///
/// [`FamilyClient`]: crate::runtime::FamilyClient
#[cfg(any(feature = "application", feature = "platform"))]
macro_rules! token_family {
    ($client:ty, $header:expr) => {
        impl crate::runtime::FamilyClient for $client {
            type Credential = crate::runtime::Secret;

            fn assemble(
                base_url: &str,
                http: reqwest::Client,
                options: crate::runtime::ClientOptions,
                token: &crate::runtime::Secret,
            ) -> Result<Self, crate::runtime::BuildError> {
                let options = crate::runtime::TokenOptions::new(options, $header, token)?;
                Ok(<$client>::new_with_client(base_url, http, options))
            }
        }

        crate::runtime::family_hooks!($client, crate::runtime::TokenOptions);
    };
}
#[cfg(any(feature = "application", feature = "platform"))]
pub(crate) use token_family;
