//! The request hook: executes each request, strips the URL from transport errors, and hands the
//! client's body limit to the response reader.

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};

use super::{BodyLimit, ClientOptions};
use crate::Client;

impl ClientHooks<ClientOptions> for Client {
    async fn exec(
        &self,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let mut response = self
            .client()
            .execute(request)
            .await
            .map_err(reqwest::Error::without_url)?;
        response
            .extensions_mut()
            .insert(BodyLimit(self.inner().max_response_bytes));
        Ok(response)
    }
}
