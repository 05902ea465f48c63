//! Executing a request for any family: the access token goes on as a sensitive header, the URL
//! comes off transport errors, and the client's body limit goes to the response reader.

use progenitor_client::ClientInfo;

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
    mut request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let options = client.inner();
    options.authorize(&mut request);
    let mut response = client
        .client()
        .execute(request)
        .await
        .map_err(reqwest::Error::without_url)?;
    response
        .extensions_mut()
        .insert(BodyLimit(options.settings().max_response_bytes));
    Ok(response)
}

/// Implements progenitor's `ClientHooks` for a family's `Client` (whose inner value is
/// `$options`) with [`execute`].
macro_rules! family_hooks {
    ($client:ty, $options:ty) => {
        impl progenitor_client::ClientHooks<$options> for $client {
            async fn exec(
                &self,
                request: reqwest::Request,
                _info: &progenitor_client::OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                crate::runtime::execute(self, request).await
            }
        }
    };
}
pub(crate) use family_hooks;
