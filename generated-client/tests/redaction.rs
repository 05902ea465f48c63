//! Credentials and personal data never reach an error's `Display` or `Debug` (or its sources):
//! the contact identifier is in every request path, and bodies carry emails.

mod support;

use std::error::Error as _;
use std::time::Duration;

use pembalasan_client::public::types::ApiError;
use pembalasan_client::public::Client;
use pembalasan_client::{Error, Upload};
use support::{Reply, TestServer};

const SECRET_ID: &str = "SECRET-source-id-4f1c9a";
const EMAIL: &str = "siti.secret@example.com";

fn client(base_url: String) -> Client {
    Client::builder(base_url)
        .timeout(Duration::from_millis(700))
        .connect_timeout(Duration::from_secs(2))
        .max_response_bytes(64 * 1024)
        .build()
        .expect("client")
}

async fn list(client: &Client) -> Error<ApiError> {
    tokio::time::timeout(
        Duration::from_secs(20),
        client
            .list_conversations()
            .inbox_identifier("inbox")
            .contact_identifier(SECRET_ID)
            .send(),
    )
    .await
    .expect("no hang")
    .expect_err("an error")
}

/// Everything an error can print: Display, Debug, alternate Debug, and each source's text.
fn printed(error: &Error<ApiError>) -> String {
    let mut text = format!("{error}\n{error:?}\n{error:#?}\n");
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(&format!("{cause}\n{cause:?}\n"));
        source = cause.source();
    }
    text
}

fn assert_redacted(case: &str, error: &Error<ApiError>) {
    let text = printed(error);
    assert!(
        !text.contains(SECRET_ID),
        "{case}: the contact identifier leaked:\n{text}"
    );
    assert!(!text.contains(EMAIL), "{case}: the email leaked:\n{text}");
    assert!(
        !text.contains("siti.secret"),
        "{case}: part of the email leaked:\n{text}"
    );
}

#[tokio::test]
async fn no_error_prints_the_contact_identifier_or_an_email_from_the_body() {
    let mut cases: Vec<(&str, Reply)> = vec![
        (
            "wrong type holding an email",
            Reply::json_text(200, &format!(r#"[{{"id": "{EMAIL}"}}]"#)),
        ),
        (
            "truncated body ending in an email",
            Reply::json_text(
                200,
                &format!(r#"[{{"id": 1, "contact": {{"email": "{EMAIL}"#),
            ),
        ),
        (
            "unknown enum shape holding an email",
            Reply::json_text(
                200,
                &format!(r#"[{{"id": 1, "status": {{"who": "{EMAIL}"}}}}]"#),
            ),
        ),
        (
            "validation error quoting the email",
            Reply::json(
                422,
                &serde_json::json!({"message": format!("Email {EMAIL} is invalid"), "attributes": ["email"]}),
            ),
        ),
        (
            "HTML error page quoting the path and email",
            Reply::with_type(
                500,
                "text/html",
                format!("<p>/contacts/{SECRET_ID} {EMAIL}</p>").as_bytes(),
            ),
        ),
        (
            "too large",
            Reply::Large {
                len: 1024 * 1024,
                chunked: true,
            },
        ),
        (
            "reset mid-body",
            Reply::RawThenReset(
                format!("HTTP/1.1 200 OK\r\ncontent-length: 999\r\n\r\n[{{\"email\": \"{EMAIL}")
                    .into_bytes(),
            ),
        ),
        ("never answers", Reply::Hang),
        (
            "redirect loop through the secret path",
            Reply::Http {
                status: 302,
                headers: vec![(
                    "location".into(),
                    format!("/public/api/v1/inboxes/i/contacts/{SECRET_ID}/conversations"),
                )],
                body: Vec::new(),
            },
        ),
        (
            "status the API does not describe",
            Reply::Http {
                status: 304,
                headers: vec![("x-contact".into(), SECRET_ID.into())],
                body: Vec::new(),
            },
        ),
    ];
    for (case, reply) in cases.drain(..) {
        let server = TestServer::always(reply).await;
        let error = list(&client(server.base_url())).await;
        assert_redacted(case, &error);
        // The request really carried the secret: the redaction is what kept it out.
        assert!(server.requests()[0].target.contains(SECRET_ID), "{case}");
    }

    // No server at all.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let error = list(&client(format!("http://127.0.0.1:{port}"))).await;
    assert_redacted("connection refused", &error);

    // The hand-written multipart request goes through the same runtime.
    let server =
        TestServer::always(Reply::json_text(200, &format!(r#"{{"id": "{EMAIL}"}}"#))).await;
    let error = client(server.base_url())
        .create_message_with_attachments(
            "i",
            SECRET_ID,
            1,
            None,
            vec![Upload::new("a.png", "image/png", "x")],
        )
        .await
        .expect_err("invalid body");
    assert_redacted("multipart upload", &error);
}

#[tokio::test]
async fn the_typed_error_body_stays_available_to_the_caller() {
    let body = serde_json::json!({"message": format!("Email {EMAIL} is invalid"), "attributes": ["email"]});
    let server = TestServer::always(Reply::json(422, &body)).await;
    let error = list(&client(server.base_url())).await;
    assert_eq!(
        error.to_string(),
        "the server answered 422 Unprocessable Entity: validation failed for email"
    );
    match error.error_body() {
        Some(ApiError::RecordInvalid(invalid)) => assert!(invalid.message.contains(EMAIL)),
        other => panic!("expected the validation body, got {other:?}"),
    }
}
