//! `create_message_with_attachments`: the multipart form of the Application API's
//! `create_message`.

use reqwest::multipart::Form;

use super::types::{ApiError, Message};
use super::Client;
use crate::upload::{post_form, with_uploads};
use crate::{Error, ResponseValue, Upload};

impl Client {
    /// Sends a message with file attachments (and optional text) in a conversation, as
    /// `multipart/form-data`; with `private` it is a private note. See `create_message` for
    /// messages without files; the replies and errors are the same.
    ///
    /// `conversation_id` is the conversation's display id.
    pub async fn create_message_with_attachments(
        &self,
        account_id: i64,
        conversation_id: i64,
        content: Option<&str>,
        private: bool,
        uploads: Vec<Upload>,
    ) -> Result<ResponseValue<Message>, Error<ApiError>> {
        let url = format!(
            "{}/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages",
            self.baseurl,
        );
        let mut form = Form::new().text("private", private.to_string());
        if let Some(content) = content {
            form = form.text("content", content.to_owned());
        }
        let form = with_uploads(form, uploads)?;
        post_form(self, url, form, "create_message_with_attachments").await
    }
}
