//! The Application API's access token, and the credentials replies carry, never appear in the
//! `Debug` of a client, its builder, a request builder, an error or a reply, while the token
//! does reach the server in its header.

mod support;

use std::time::Duration;

use pembalasan_client::application::Client;
use pembalasan_client::BuildError;
use serde_json::json;
use support::app;
use support::{Reply, TestServer};

const TOKEN: &str = "SECRET-access-token-9f2e";

#[tokio::test]
async fn the_token_is_sent_but_never_printed() {
    let server =
        TestServer::always(Reply::json(401, &json!({"error": "Invalid Access Token"}))).await;
    let builder = Client::builder(server.base_url(), TOKEN).timeout(Duration::from_secs(5));
    let builder_text = format!("{builder:?} {builder:#?}");
    let client = builder.build().expect("client");
    let client_text = format!("{client:?} {client:#?}");
    let request = client.get_conversation().account_id(1).conversation_id(42);
    let request_text = format!("{request:?}");
    let err = request.send().await.expect_err("401");
    let error_text = format!("{err} {err:?} {err:#?}");
    for (what, text) in [
        ("builder", &builder_text),
        ("client", &client_text),
        ("request builder", &request_text),
        ("error", &error_text),
    ] {
        assert!(!text.contains(TOKEN), "{what} printed the token: {text}");
    }
    assert!(
        client_text.contains("api-access-token"),
        "the header is named: {client_text}"
    );
    assert_eq!(
        server.single_request().header("api-access-token"),
        Some(TOKEN),
        "the token reaches the server"
    );
}

#[test]
fn a_bad_token_is_refused_at_build_without_quoting_it() {
    for bad in ["", "   ", "SECRET token with spaces", "SECRET\ntoken"] {
        let err = Client::builder("https://app.pembalasan.id", bad)
            .build()
            .expect_err("refused");
        assert!(matches!(err, BuildError::Token(_)), "{err:?}");
        let text = format!("{err} {err:?}");
        assert!(!text.contains("SECRET"), "{text}");
    }
}

/// Replies carry credentials too: the caller's tokens in a profile, an inbox's HMAC token, a
/// contact's `source_id` (the public API's credential). Their `Debug` hides them.
#[tokio::test]
async fn credentials_in_replies_are_hidden_from_debug() {
    let server = TestServer::always(Reply::json(200, &app::profile())).await;
    let profile = app::client_for(&server)
        .get_profile()
        .send()
        .await
        .expect("profile")
        .into_inner();
    let text = format!("{profile:?}");
    assert!(
        !text.contains(&profile.access_token) && !text.contains(&profile.pubsub_token),
        "{text}"
    );
    assert!(
        text.contains("rina@toko.example"),
        "the rest is printed: {text}"
    );

    let server = TestServer::always(Reply::json(200, &app::api_inbox())).await;
    let inbox = app::client_for(&server)
        .get_inbox()
        .account_id(1)
        .inbox_id(5)
        .send()
        .await
        .expect("inbox")
        .into_inner();
    assert!(!format!("{inbox:?}").contains("hDz9tQ2kL7vN3xB8cF1mR6wY"));

    let server = TestServer::always(Reply::json(200, &app::contact_inbox())).await;
    let contact_inbox = app::client_for(&server)
        .create_contact_inbox()
        .account_id(1)
        .contact_id(1042)
        .body(
            pembalasan_client::application::types::CreateContactInboxRequest {
                inbox_id: 5,
                source_id: None,
                hmac_verified: None,
            },
        )
        .send()
        .await
        .expect("contact inbox")
        .into_inner();
    assert!(!format!("{contact_inbox:?}").contains(&contact_inbox.source_id));

    let server = TestServer::always(Reply::json(
        200,
        &json!({"agent_bot": app::agent_bot_with_token_record()}),
    ))
    .await;
    let bot = app::client_for(&server)
        .get_inbox_agent_bot()
        .account_id(1)
        .inbox_id(5)
        .send()
        .await
        .expect("bot")
        .into_inner();
    assert!(!format!("{bot:?}").contains("b0t-t0k3n"), "{bot:?}");
}
