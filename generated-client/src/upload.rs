//! Sending files: [`Upload`] and the multipart request behind each family's
//! `create_message_with_attachments`.
//!
//! The server takes attachments as `multipart/form-data` (`attachments[]`), which progenitor
//! cannot generate, so these requests are written by hand. They answer like the generated
//! `create_message` of the same family.

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::multipart::{Form, Part};
use serde::de::DeserializeOwned;

use crate::{Error, ResponseValue};

/// A file to attach to a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    file_name: String,
    content_type: String,
    bytes: Vec<u8>,
}

impl Upload {
    /// A file with its name (shown to agents) and MIME type. The server files `image/*`
    /// (jpeg, png, gif, bmp, webp) as images, `audio/*` as audio, listed video types as video and
    /// anything else as a file.
    pub fn new(
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
    ) -> Self {
        Upload {
            file_name: file_name.into(),
            content_type: content_type.into(),
            bytes: bytes.into(),
        }
    }
}

/// `form` with every upload added as an `attachments[]` part.
#[allow(clippy::result_large_err)] // `Error` mirrors progenitor's, which carries the typed reply
pub(crate) fn with_uploads<E>(mut form: Form, uploads: Vec<Upload>) -> Result<Form, Error<E>> {
    for upload in uploads {
        let part = Part::bytes(upload.bytes)
            .file_name(upload.file_name)
            .mime_str(&upload.content_type)
            .map_err(|_| {
                Error::InvalidRequest(format!(
                    "`{}` is not a MIME type such as image/png",
                    upload.content_type
                ))
            })?;
        form = form.part("attachments[]", part);
    }
    Ok(form)
}

/// POSTs `form` to `url` through `client`'s hooks and decodes the reply the way the generated
/// `create_message` does: `T` on 2xx, the family's error body `E` on 4xx and 5xx.
pub(crate) async fn post_form<C, O, T, E>(
    client: &C,
    url: String,
    form: Form,
    operation_id: &'static str,
) -> Result<ResponseValue<T>, Error<E>>
where
    C: ClientInfo<O> + ClientHooks<O>,
    T: DeserializeOwned,
    E: DeserializeOwned,
{
    let request = client
        .client()
        .post(url)
        .header(reqwest::header::ACCEPT, "application/json")
        .multipart(form)
        .build()?;
    let info = OperationInfo { operation_id };
    let response = client.exec(request, &info).await?;
    match response.status().as_u16() {
        200..=299 => ResponseValue::from_response(response).await,
        400..=599 => Err(Error::ErrorResponse(
            ResponseValue::from_response(response).await?,
        )),
        _ => Err(Error::UnexpectedResponse(response)),
    }
}
