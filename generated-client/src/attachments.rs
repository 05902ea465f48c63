//! Sending files: `create_message_with_attachments`, the multipart form of `create_message`.
//!
//! The server takes attachments as `multipart/form-data` (`attachments[]`), which progenitor
//! cannot generate, so this one request is written by hand. It answers like `create_message`:
//! the stored [`PublicMessage`] on success, an [`ApiError`] on 4xx/5xx.

use progenitor_client::{encode_path, ClientHooks, OperationInfo};
use reqwest::multipart::{Form, Part};

use crate::types::{ApiError, PublicMessage};
use crate::{Client, Error, ResponseValue};

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

impl Client {
    /// Sends a message from the contact with file attachments (and optional text), as
    /// `multipart/form-data`. See `create_message` for messages without files.
    ///
    /// `conversation_id` is the conversation's display id.
    pub async fn create_message_with_attachments(
        &self,
        inbox_identifier: &str,
        contact_identifier: &str,
        conversation_id: i64,
        content: Option<&str>,
        uploads: Vec<Upload>,
    ) -> Result<ResponseValue<PublicMessage>, Error<ApiError>> {
        let url = format!(
            "{}/public/api/v1/inboxes/{}/contacts/{}/conversations/{}/messages",
            self.baseurl,
            encode_path(inbox_identifier),
            encode_path(contact_identifier),
            conversation_id,
        );
        let mut form = Form::new();
        if let Some(content) = content {
            form = form.text("content", content.to_owned());
        }
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
        let request = self
            .client
            .post(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .multipart(form)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_message_with_attachments",
        };
        let response = self.exec(request, &info).await?;
        // The same handling as the generated `create_message`.
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            400..=599 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
