//! How a crate that uses the Application API tests its own code with no network, using the
//! typed httpmock helpers of the `mock` feature (`pembalasan_client::application::mock`).
//!
//! The tests below run in this repository's suite (`cargo test --all-features`).

use pembalasan_client::application::types::{
    ApiError, KnownConversationPriority, ListConversationsAssigneeType,
};
use pembalasan_client::application::Client;
use pembalasan_client::Error;

/// Your code: the display ids of the unassigned urgent conversations on the first page.
pub async fn urgent_unassigned(
    client: &Client,
    account_id: i64,
) -> Result<Vec<i64>, Error<ApiError>> {
    let page = client
        .list_conversations()
        .account_id(account_id)
        .assignee_type(ListConversationsAssigneeType::Unassigned)
        .send()
        .await?
        .into_inner();
    Ok(page
        .data
        .payload
        .iter()
        .filter(|conversation| {
            conversation.priority.as_ref() == Some(&KnownConversationPriority::Urgent.into())
        })
        .map(|conversation| conversation.id)
        .collect())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder(
        std::env::var("PEMBALASAN_BASE_URL")?,
        std::env::var("PEMBALASAN_API_TOKEN")?,
    )
    .build()?;
    let account_id: i64 = std::env::var("PEMBALASAN_ACCOUNT_ID")?.parse()?;
    println!("{:?}", urgent_unassigned(&client, account_id).await?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use pembalasan_client::application::mock::MockServerExt;
    use pembalasan_client::application::types::{ConversationList, MessageError};
    use serde_json::json;

    /// A page with conversation 5 (urgent) and 6 (no priority), as the server renders them.
    fn page() -> ConversationList {
        let conversation = |id: i64, priority: serde_json::Value| {
            json!({"meta": {"sender": {"additional_attributes": {}, "availability_status": "offline",
                    "email": null, "id": 1, "name": "Siti", "phone_number": null, "blocked": false,
                    "identifier": null, "thumbnail": "", "custom_attributes": {}},
                    "channel": "Channel::Api", "hmac_verified": null},
                   "id": id, "messages": [], "account_id": 1, "uuid": "u", "additional_attributes": {},
                   "agent_last_seen_at": 0, "assignee_last_seen_at": 0, "can_reply": true,
                   "contact_last_seen_at": 0, "custom_attributes": {}, "inbox_id": 5, "labels": [],
                   "muted": false, "snoozed_until": null, "status": "open", "created_at": 1,
                   "timestamp": 1, "first_reply_created_at": 0, "unread_count": 0,
                   "last_non_activity_message": null, "last_activity_at": 1, "priority": priority,
                   "waiting_since": 0, "sla_policy_id": null})
        };
        serde_json::from_value(json!({"data": {
            "meta": {"mine_count": 0, "assigned_count": 0, "unassigned_count": 2, "all_count": 2},
            "payload": [conversation(5, json!("urgent")), conversation(6, json!(null))]}}))
        .expect("a page")
    }

    #[tokio::test]
    async fn picks_the_urgent_unassigned_conversations() {
        let server = httpmock::MockServer::start_async().await;
        let mock = server.list_conversations(|when, then| {
            when.account_id(1)
                .assignee_type(ListConversationsAssigneeType::Unassigned)
                .into_inner()
                .header("api-access-token", "test-token");
            then.ok(&page());
        });
        let client = Client::builder(server.base_url(), "test-token")
            .build()
            .expect("client");
        assert_eq!(
            urgent_unassigned(&client, 1).await.expect("a page"),
            vec![5]
        );
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn passes_a_401_through_as_a_typed_error() {
        let server = httpmock::MockServer::start_async().await;
        server.list_conversations(|when, then| {
            when.account_id(1);
            then.unauthorized(&ApiError::Message(MessageError {
                error: "Invalid Access Token".into(),
            }));
        });
        let client = Client::builder(server.base_url(), "old-token")
            .build()
            .expect("client");
        let err = urgent_unassigned(&client, 1).await.expect_err("401");
        assert_eq!(err.status().map(|status| status.as_u16()), Some(401));
    }

    /// A CSV download is mocked with the file's bytes, served as `text/csv`, and the client
    /// gives them back as bytes or as text without the byte-order mark.
    #[tokio::test]
    async fn a_csv_download_returns_the_file() {
        let server = httpmock::MockServer::start_async().await;
        let mock = server.download_labels_report(|when, then| {
            when.account_id(1).since(1767225600).until(1768435200);
            then.ok("\u{feff}Label,No. of conversations\npengiriman,12\n");
        });
        let client = Client::builder(server.base_url(), "test-token")
            .build()
            .expect("client");
        let report = client
            .download_labels_report()
            .account_id(1)
            .since(1767225600)
            .until(1768435200)
            .send()
            .await
            .expect("the file");
        assert_eq!(
            report
                .headers()
                .get("content-type")
                .map(|value| value.as_bytes()),
            Some(b"text/csv".as_slice())
        );
        assert!(report.as_bytes().starts_with(b"\xEF\xBB\xBF"));
        assert_eq!(
            report.text().expect("UTF-8"),
            "Label,No. of conversations\npengiriman,12\n"
        );
        mock.assert_async().await;
    }
}
