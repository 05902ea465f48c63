//! `list_conversations` against a real HTTP server on 127.0.0.1: the request it sends, the
//! bodies it decodes (the docs' example and what the server really sends) and its errors.

mod support;

use pembalasan_client::public::types::{
    ApiError, KnownContactType, KnownConversationStatus, KnownFileType, PublicConversation, Sender,
};
use pembalasan_client::{Error, MessageType};
use support::{client_for, Reply, TestServer};

const DOCS_EXAMPLE: &str = include_str!("fixtures/docs-list-conversations.json");
const DOCS_ERROR: &str = include_str!("fixtures/docs-error.json");
const SERVER_REPLY: &str = include_str!("fixtures/server-list-conversations.json");

fn ok(body: &str) -> Reply {
    Reply::json_text(200, body)
}

/// Serves `body` with status 200 and returns what `list_conversations` decoded.
async fn decoded(body: &str) -> Vec<PublicConversation> {
    let server = TestServer::always(ok(body)).await;
    client_for(&server)
        .list_conversations()
        .inbox_identifier("inbox")
        .contact_identifier("contact")
        .send()
        .await
        .expect("the reply decodes")
        .into_inner()
}

#[tokio::test]
async fn sends_get_to_the_documented_path_with_identifiers_percent_encoded() {
    let server = TestServer::always(ok("[]")).await;
    let conversations = client_for(&server)
        .list_conversations()
        .inbox_identifier("inbox/1 a")
        .contact_identifier("src id/2")
        .send()
        .await
        .expect("an empty list decodes")
        .into_inner();
    assert!(conversations.is_empty());

    let request = server.single_request();
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.path(),
        "/public/api/v1/inboxes/inbox%2F1%20a/contacts/src%20id%2F2/conversations"
    );
    assert_eq!(request.query(), None);
    assert!(request.body.is_empty());
    assert_eq!(request.header("accept"), Some("application/json"));
}

#[tokio::test]
async fn decodes_the_docs_page_example() {
    let conversations = decoded(DOCS_EXAMPLE).await;

    assert_eq!(conversations.len(), 1);
    let conversation = &conversations[0];
    assert_eq!(conversation.status, KnownConversationStatus::Open);
    let message = &conversation.messages[0];
    assert_eq!(message.content.as_deref(), Some("string"));
    // The docs put the placeholder "string" in content_type; it is kept, not rejected.
    assert_eq!(message.content_type.known(), None);
    assert_eq!(message.content_type.to_string(), "string");
    let attachment = message.attachments[0].as_ref().expect("an attachment");
    assert_eq!(attachment.file_type, KnownFileType::Image);
    assert_eq!(attachment.transcribed_text.as_deref(), Some("string"));
    match message.sender.as_ref().expect("a sender") {
        Sender::Contact(contact) => {
            assert_eq!(contact.email.as_deref(), Some("string"));
            assert_eq!(contact.blocked, Some(true));
        }
        other => panic!("expected a contact sender, got {other:?}"),
    }
    assert_eq!(conversation.contact.label_list, vec!["string".to_string()]);
    assert_eq!(conversation.contact.company_id, Some(0));
}

#[tokio::test]
async fn decodes_what_the_server_really_sends_nulls_and_left_out_keys() {
    let conversations = decoded(SERVER_REPLY).await;

    let conversation = &conversations[0];
    assert_eq!(conversation.id, 42);
    assert_eq!(conversation.status, KnownConversationStatus::Snoozed);
    assert_eq!(
        conversation.contact_last_seen_at, 0,
        "never seen is 0, not null"
    );
    let contact = &conversation.contact;
    assert_eq!(contact.email, None);
    assert_eq!(contact.last_activity_at, None);
    assert_eq!(contact.contact_type, KnownContactType::Visitor);
    assert!(
        contact.label_list.is_empty(),
        "the server never sends label_list"
    );

    let [greeting, photo, agent, bot, captain] = conversation.messages.as_slice() else {
        panic!("expected five messages, got {:#?}", conversation.messages);
    };
    // A template message: no `sender` key, no `attachments` key.
    assert_eq!(greeting.kind(), MessageType::Template);
    assert!(greeting.sender.is_none());
    assert!(greeting.attachments.is_empty());

    // An attachment-only message: content null, a null element among the attachments.
    assert_eq!(photo.content, None);
    assert_eq!(photo.attachments.len(), 3);
    assert!(photo.attachments[1].is_none());
    let image = photo.attachments[0].as_ref().expect("image");
    assert_eq!(
        (image.width, image.height, image.extension.as_deref()),
        (None, None, None)
    );
    let location = photo.attachments[2].as_ref().expect("location");
    assert_eq!(location.file_type, KnownFileType::Location);
    assert_eq!(location.coordinates_lat, Some(-6.2));
    assert_eq!(location.data_url, None);

    assert!(
        matches!(agent.sender, Some(Sender::User(ref user)) if user.available_name.as_deref() == Some("Budi"))
    );
    assert!(matches!(bot.sender, Some(Sender::AgentBot(ref bot)) if bot.avatar_url.is_none()));
    assert!(
        matches!(captain.sender, Some(Sender::CaptainAssistant(ref c)) if c.created_at.as_deref() == Some("2026-01-10T08:00:00.000Z"))
    );
}

/// Sends one request to a server that answers `status` with `body`, returning the error.
async fn error_for(status: u16, body: &str) -> Error<ApiError> {
    let server = TestServer::always(Reply::json_text(status, body)).await;
    client_for(&server)
        .list_conversations()
        .inbox_identifier("inbox")
        .contact_identifier("contact")
        .send()
        .await
        .expect_err("an error status is an error")
}

#[tokio::test]
async fn rails_not_found_body_is_a_typed_404() {
    let error = error_for(404, r#"{"status":404,"error":"Not Found"}"#).await;
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    match error {
        Error::ErrorResponse(reply) => match reply.into_inner() {
            ApiError::Status(body) => {
                assert_eq!((body.status, body.error.as_str()), (404, "Not Found"))
            }
            other => panic!("expected a status error, got {other:?}"),
        },
        other => panic!("expected a typed error response, got {other:?}"),
    }
}

#[tokio::test]
async fn record_invalid_body_is_a_typed_422() {
    let error = error_for(
        422,
        r#"{"message":"Email is invalid","attributes":["email"]}"#,
    )
    .await;
    assert_eq!(error.status().map(|s| s.as_u16()), Some(422));
    let Error::ErrorResponse(reply) = error else {
        panic!("expected a typed error response")
    };
    match reply.into_inner() {
        ApiError::RecordInvalid(body) => {
            assert_eq!(body.message, "Email is invalid");
            assert_eq!(body.attributes, vec!["email".to_string()]);
        }
        other => panic!("expected a record-invalid error, got {other:?}"),
    }
}

#[tokio::test]
async fn plain_error_body_is_a_typed_422() {
    let error = error_for(
        422,
        r#"{"error":"You cannot update the CSAT survey after 14 days"}"#,
    )
    .await;
    let Error::ErrorResponse(reply) = error else {
        panic!("expected a typed error response")
    };
    assert_eq!(reply.status().as_u16(), 422);
    match reply.into_inner() {
        ApiError::Plain(body) => assert!(body.error.contains("14 days")),
        other => panic!("expected a plain error, got {other:?}"),
    }
}

#[tokio::test]
async fn rails_server_error_body_is_a_typed_500() {
    let error = error_for(500, r#"{"status":500,"error":"Internal Server Error"}"#).await;
    let Error::ErrorResponse(reply) = error else {
        panic!("expected a typed error response")
    };
    assert_eq!(reply.status().as_u16(), 500);
    assert!(matches!(reply.into_inner(), ApiError::Status(body) if body.status == 500));
}

#[tokio::test]
async fn documented_error_body_is_a_typed_error() {
    let error = error_for(404, DOCS_ERROR).await;
    let Error::ErrorResponse(reply) = error else {
        panic!("expected a typed error response")
    };
    assert_eq!(reply.status().as_u16(), 404);
    match reply.into_inner() {
        ApiError::Documented(body) => {
            assert_eq!(body.description, "string");
            assert_eq!(body.errors[0].field.as_deref(), Some("string"));
        }
        other => panic!("expected the documented error shape, got {other:?}"),
    }
}

#[tokio::test]
async fn html_500_is_an_error_not_a_panic() {
    let server = TestServer::always(Reply::with_type(
        500,
        "text/html; charset=utf-8",
        b"<!DOCTYPE html><html><body><h1>We're sorry, but something went wrong.</h1></body></html>",
    ))
    .await;
    let error = client_for(&server)
        .list_conversations()
        .inbox_identifier("inbox")
        .contact_identifier("contact")
        .send()
        .await
        .expect_err("an HTML 500 is an error");
    assert!(!error.to_string().is_empty());
}
