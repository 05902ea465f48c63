//! `create_message_with_attachments`: the multipart form of the public `create_message`.

use progenitor_client::encode_path;
use reqwest::multipart::Form;

use super::types::{ApiError, PublicMessage};
use super::Client;
use crate::upload::{post_form, with_uploads};
use crate::{Error, ResponseValue, Upload};

impl Client {
    /// Sends a message from the contact with file attachments (and optional text), as
    /// `multipart/form-data`. See `create_message` for messages without files; the replies and
    /// errors are the same.
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
        let form = with_uploads(form, uploads)?;
        post_form(self, url, form, "create_message_with_attachments").await
    }
}
