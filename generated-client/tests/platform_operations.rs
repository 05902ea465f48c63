//! Every operation of the Platform API against a real HTTP server on 127.0.0.1: the method, the
//! path, the platform app's `api-access-token` header and the top-level JSON body the client
//! sends; the reply, written from the reference with its nulls, left-out keys and raw records,
//! decodes and keeps every field it carries; and each error body the server really sends
//! decodes into `ApiError`, the two refusals with their reason typed.

#[path = "support/platform_calls.rs"]
mod platform_calls;
mod support;

use pembalasan_client::platform::types::{self, ApiError, KnownAccountStatus, RefusalReason};
use pembalasan_client::Error;
use platform_calls::cases;
use serde_json::Value;
use support::platform::{self, TOKEN};
use support::{Reply, TestServer};

#[tokio::test]
async fn every_operation_sends_what_the_server_reads_and_decodes_what_it_sends() {
    support::table::assert_every_operation(
        &cases(),
        include_str!("../../spec/platform.json"),
        TOKEN,
        platform::client_for,
    )
    .await;
}

/// The name of an `ApiError` variant.
fn variant(error: &ApiError) -> &'static str {
    match error {
        ApiError::Refused(_) => "Refused",
        ApiError::Status(_) => "Status",
        ApiError::RecordInvalid(_) => "RecordInvalid",
        ApiError::Message(_) => "Message",
    }
}

#[tokio::test]
async fn every_operation_decodes_every_real_error_body() {
    support::table::assert_every_error_body(
        &cases(),
        &platform::error_bodies(),
        platform::client_for,
        variant,
    )
    .await;
}

/// The two 401 bodies are typed: a caller tells a bad token from a record the platform app may
/// not touch, and the error's message says which, without the token.
#[tokio::test]
async fn the_two_refusals_are_told_apart() {
    for (text, reason) in [
        ("Invalid access_token", RefusalReason::InvalidAccessToken),
        (
            "Non permissible resource",
            RefusalReason::NonPermissibleResource,
        ),
    ] {
        let server =
            TestServer::always(Reply::json(401, &serde_json::json!({"error": text}))).await;
        let client = platform::client_for(&server);
        let err = client
            .get_user()
            .user_id(17)
            .send()
            .await
            .expect_err("a 401");
        let message = err.to_string();
        assert!(message.contains(text), "{message}");
        assert!(!message.contains(TOKEN), "{message}");
        assert!(!format!("{err:?}").contains(TOKEN));
        match err {
            Error::ErrorResponse(reply) => match reply.into_inner() {
                ApiError::Refused(body) => assert_eq!(body.error, reason),
                other => panic!("{text}: {other:?}"),
            },
            other => panic!("{text}: {other:?}"),
        }
    }
}

/// Differences between the docs and the server that a client meets.
#[tokio::test]
async fn the_server_not_the_docs() {
    // The view renders the bot's name as `outgoing_url`; the client keeps what was sent.
    let server = TestServer::always(Reply::json(200, &platform::agent_bot())).await;
    let bot = platform::client_for(&server)
        .get_agent_bot()
        .agent_bot_id(5)
        .send()
        .await
        .expect("a bot")
        .into_inner();
    assert_eq!(bot.outgoing_url.as_deref(), Some("Bot Gudang"));
    assert_eq!(bot.description, None);

    // A user with no custom attributes has no such key, and one of no account has nulls.
    let server = TestServer::always(Reply::json(200, &platform::user())).await;
    let user = platform::client_for(&server)
        .get_user()
        .user_id(17)
        .send()
        .await
        .expect("a user")
        .into_inner();
    assert_eq!(user.custom_attributes, None);
    assert_eq!(user.display_name, None);
    assert_eq!(user.accounts[0].active_at, None);
    let server = TestServer::always(Reply::json(200, &platform::new_user())).await;
    let user = platform::client_for(&server)
        .get_user()
        .user_id(18)
        .send()
        .await
        .expect("a user")
        .into_inner();
    assert_eq!((user.account_id, user.role), (None, None));

    // A status the client does not know yet is kept, not a decode error.
    let mut account = platform::account();
    account["status"] = Value::from("archived");
    let server = TestServer::always(Reply::json(200, &account)).await;
    let account = platform::client_for(&server)
        .get_account()
        .account_id(3)
        .send()
        .await
        .expect("an account")
        .into_inner();
    assert!(account.status != KnownAccountStatus::Active);
    assert_eq!(account.status.to_string(), "archived");

    // Deletes answer an empty 200 (the work runs in the background), and the avatar delete
    // may answer the bot or nothing.
    let server = TestServer::always(Reply::json(200, &platform::agent_bot())).await;
    let avatar = platform::client_for(&server)
        .delete_agent_bot_avatar()
        .agent_bot_id(5)
        .send()
        .await
        .expect("the bot")
        .into_inner();
    assert_eq!(avatar.map(|bot| bot.id), Some(5));

    // The membership record's times are ISO 8601 and `inviter_id` is null.
    let server = TestServer::always(Reply::json(200, &platform::account_user())).await;
    let member: types::AccountUser = platform::client_for(&server)
        .add_account_user()
        .account_id(3)
        .body(
            types::AccountUserRequest::builder()
                .user_id(17)
                .role(types::RoleInput::Administrator),
        )
        .send()
        .await
        .expect("a membership")
        .into_inner();
    assert_eq!(member.inviter_id, None);
    assert_eq!(
        member.created_at.to_rfc3339(),
        "2026-01-19T08:00:12.204+00:00"
    );
}
