//! How a crate that depends on `pembalasan-client` tests its own code with no network, using the
//! typed httpmock helpers of the `mock` feature.
//!
//! In your `Cargo.toml`:
//!
//! ```toml
//! [dependencies]
//! pembalasan-client = "0.1"
//!
//! [dev-dependencies]
//! pembalasan-client = { version = "0.1", features = ["mock"] }
//! httpmock = "0.8"
//! tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
//! ```
//!
//! The tests below run in this repository's suite (`cargo test --all-features`).

use pembalasan_client::public::types::{ApiError, KnownConversationStatus};
use pembalasan_client::public::Client;
use pembalasan_client::{Error, MessageType};

/// Your code: how many agent replies the contact has not seen yet, over its open conversations.
pub async fn unseen_agent_replies(
    client: &Client,
    inbox: &str,
    contact: &str,
) -> Result<usize, Error<ApiError>> {
    let conversations = client
        .list_conversations()
        .inbox_identifier(inbox)
        .contact_identifier(contact)
        .send()
        .await?
        .into_inner();
    Ok(conversations
        .iter()
        .filter(|conversation| conversation.status == KnownConversationStatus::Open)
        .flat_map(|conversation| {
            conversation.messages.iter().filter(move |message| {
                message.kind() == MessageType::Outgoing
                    && message.created_at > conversation.contact_last_seen_at
            })
        })
        .count())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("PEMBALASAN_BASE_URL")?;
    let (inbox, contact) = (
        std::env::var("PEMBALASAN_INBOX")?,
        std::env::var("PEMBALASAN_CONTACT")?,
    );
    let client = Client::builder(base_url).build()?;
    println!(
        "{} unseen replies",
        unseen_agent_replies(&client, &inbox, &contact).await?
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use httpmock::MockServer;
    use pembalasan_client::public::mock::MockServerExt;
    use pembalasan_client::public::types::{ApiError, PublicConversation, StatusError};
    use pembalasan_client::public::Client;
    use pembalasan_client::Error;
    use serde_json::json;

    use super::unseen_agent_replies;

    fn conversation(status: &str, last_seen: i64, messages: &[(i64, i64)]) -> PublicConversation {
        let messages: Vec<_> = messages
            .iter()
            .enumerate()
            .map(|(id, (message_type, created_at))| {
                json!({"id": id, "content": "x", "message_type": message_type, "content_type": "text",
                       "content_attributes": {}, "created_at": created_at, "conversation_id": 17})
            })
            .collect();
        serde_json::from_value(json!({
            "id": 17, "uuid": "6b1f8f3e-2d4c-4a8b-9c3e-5f7a1b2c3d4e", "inbox_id": 5,
            "contact_last_seen_at": last_seen, "status": status, "agent_last_seen_at": 0,
            "messages": messages,
            "contact": {"id": 1, "name": "n", "email": null, "phone_number": null, "account_id": 3,
                "created_at": "2026-01-19T10:15:30.123Z", "updated_at": "2026-01-19T10:15:30.123Z",
                "additional_attributes": {}, "identifier": null, "custom_attributes": {},
                "last_activity_at": null, "contact_type": "visitor", "middle_name": "",
                "last_name": "", "location": null, "country_code": null, "blocked": false,
                "company_id": null}
        }))
        .expect("a valid conversation")
    }

    #[tokio::test]
    async fn counts_agent_replies_after_the_last_visit_in_open_conversations() {
        let server = MockServer::start_async().await;
        let mock = server.list_conversations(|when, then| {
            when.inbox_identifier("inbox-1")
                .contact_identifier("contact-1");
            then.ok(&vec![
                // Seen at 100: the agent reply at 150 is new, the one at 90 is not, 0 is the contact.
                conversation("open", 100, &[(0, 80), (1, 90), (1, 150)]),
                // Resolved conversations do not count.
                conversation("resolved", 0, &[(1, 200)]),
            ]);
        });
        let client = Client::builder(server.base_url()).build().expect("client");

        let unseen = unseen_agent_replies(&client, "inbox-1", "contact-1")
            .await
            .expect("the mock answers");

        assert_eq!(unseen, 1);
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn passes_a_404_through_as_a_typed_error() {
        let server = MockServer::start_async().await;
        server.list_conversations(|when, then| {
            when.inbox_identifier("gone");
            then.not_found(&ApiError::Status(StatusError {
                status: 404,
                error: "Not Found".to_string(),
            }));
        });
        let client = Client::builder(server.base_url()).build().expect("client");

        let error = unseen_agent_replies(&client, "gone", "contact-1")
            .await
            .expect_err("404");

        assert!(matches!(error, Error::ErrorResponse(_)));
        assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    }
}
