//! Every operation of the Application API against a real HTTP server on 127.0.0.1: the method,
//! the path and query, the `api-access-token` header and the JSON body the client sends; the
//! reply, written from the references with their nulls, left-out keys and wrappers, decodes
//! and keeps every field it carries; and each error body the server really sends decodes into
//! `ApiError`.

#[path = "support/app_calls.rs"]
mod app_calls;
mod support;

use app_calls::cases;
use pembalasan_client::application::types::{self, ApiError};
use pembalasan_client::Error;
use support::app::{self, TOKEN};
use support::{Reply, TestServer};

#[tokio::test]
async fn every_operation_sends_what_the_server_reads_and_decodes_what_it_sends() {
    support::table::assert_every_operation(
        &cases(),
        include_str!("../../spec/application.json"),
        TOKEN,
        app::client_for,
    )
    .await;
}

/// The name of an `ApiError` variant.
fn variant(error: &ApiError) -> &'static str {
    match error {
        ApiError::Status(_) => "Status",
        ApiError::RecordInvalid(_) => "RecordInvalid",
        ApiError::Messages(_) => "Messages",
        ApiError::Message(_) => "Message",
        ApiError::Notice(_) => "Notice",
        ApiError::Fields(_) => "Fields",
    }
}

#[tokio::test]
async fn every_operation_decodes_every_real_error_body() {
    support::table::assert_every_error_body(
        &cases(),
        &app::error_bodies(),
        app::client_for,
        variant,
    )
    .await;
}

/// Operations whose reply is either JSON or empty decode both, and an empty reply is `None`.
#[tokio::test]
async fn empty_or_json_replies_decode_both_ways() {
    let server = TestServer::always(Reply::Http {
        status: 204,
        headers: Vec::new(),
        body: Vec::new(),
    })
    .await;
    let client = app::client_for(&server);
    let unread = client
        .mark_conversation_unread()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect("a 204 is a success");
    assert_eq!(unread.status().as_u16(), 204);
    assert_eq!(unread.into_inner(), None);

    let server = TestServer::always(Reply::json(200, &app::conversation())).await;
    let client = app::client_for(&server);
    let unread = client
        .mark_conversation_unread()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect("unread")
        .into_inner()
        .expect("a conversation");
    assert_eq!(unread.id, 42);

    let server = TestServer::always(Reply::empty_ok()).await;
    let client = app::client_for(&server);
    let translation = client
        .translate_message()
        .account_id(1)
        .conversation_id(42)
        .message_id(9001)
        .body(types::TranslateRequest {
            target_language: "en".into(),
        })
        .send()
        .await
        .expect("an empty 200 when the translation is stored");
    assert_eq!(translation.into_inner(), None);

    // A reply that must have a body still fails on an empty one.
    let client = app::client_for(&server);
    let err = client
        .get_conversation()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect_err("an empty body is not a conversation");
    assert!(matches!(err, Error::InvalidResponse(_)), "{err:?}");
    assert!(err.to_string().contains("EOF while parsing"), "{err}");
}
