//! The client against servers that misbehave. Each case must end in a typed error whose message
//! says what happened (with the HTTP status where there was one): never a panic, never a hang.

mod support;

use std::time::Duration;

use pembalasan_client::public::types::ApiError;
use pembalasan_client::public::Client;
use pembalasan_client::Error;
use support::{Reply, TestServer};

/// Every call is bounded: a hang fails the test instead of stalling the suite.
const GUARD: Duration = Duration::from_secs(20);

fn client(base_url: String, timeout: Duration) -> Client {
    Client::builder(base_url)
        .timeout(timeout)
        .connect_timeout(Duration::from_secs(2))
        .build()
        .expect("client")
}

async fn call(client: &Client) -> Error<ApiError> {
    tokio::time::timeout(
        GUARD,
        client
            .list_conversations()
            .inbox_identifier("inbox")
            .contact_identifier("contact")
            .send(),
    )
    .await
    .expect("the client must give up on its own, not hang")
    .expect_err("a misbehaving server gives an error")
}

async fn error_from(reply: Reply) -> Error<ApiError> {
    let server = TestServer::always(reply).await;
    call(&client(server.base_url(), Duration::from_secs(5))).await
}

fn assert_message(error: &Error<ApiError>, parts: &[&str]) {
    let message = error.to_string();
    println!("{message}"); // shown with --nocapture; the README's error table quotes these
    for part in parts {
        assert!(message.contains(part), "message {message:?} lacks {part:?}");
    }
}

#[tokio::test]
async fn html_500_page() {
    let error = error_from(Reply::with_type(
        500,
        "text/html; charset=utf-8",
        b"<!DOCTYPE html><html><body>We're sorry, but something went wrong.</body></html>",
    ))
    .await;
    assert!(matches!(error, Error::InvalidResponse(_)), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_message(
        &error,
        &[
            "500 Internal Server Error",
            "text/html",
            "not what the API describes",
        ],
    );
}

#[tokio::test]
async fn truncated_json() {
    let error = error_from(Reply::json_text(200, r#"[{"id": 1, "uuid": "6b1f8f3e"#)).await;
    let Error::InvalidResponse(invalid) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(invalid.status().as_u16(), 200);
    assert!(invalid.reason().contains("EOF"), "{}", invalid.reason());
    assert_message(&error, &["200 OK", "EOF while parsing"]);
}

#[tokio::test]
async fn json_followed_by_garbage() {
    let error = error_from(Reply::json_text(200, "[] <html>")).await;
    let Error::InvalidResponse(invalid) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(invalid.path(), "");
    assert_message(
        &error,
        &["200 OK", "trailing characters", "(line 1, column 4)"],
    );
}

#[tokio::test]
async fn wrong_types() {
    let error = error_from(Reply::json_text(200, r#"[{"id": "seventeen"}]"#)).await;
    let Error::InvalidResponse(invalid) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(invalid.path(), "[0].id");
    assert_eq!(invalid.position().0, 1);
    assert_message(
        &error,
        &["200 OK", "invalid type: string", "expected i64", "`[0].id`"],
    );
}

#[tokio::test]
async fn html_with_status_200() {
    let error = error_from(Reply::with_type(
        200,
        "text/html",
        b"<html>maintenance</html>",
    ))
    .await;
    assert!(matches!(error, Error::InvalidResponse(_)), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_message(&error, &["200 OK", "text/html"]);
}

#[tokio::test]
async fn body_of_100_mb_declared_by_content_length() {
    let error = error_from(Reply::Large {
        len: 100 * 1024 * 1024,
        chunked: false,
    })
    .await;
    assert!(
        matches!(error, Error::ResponseTooLarge { limit, .. } if limit == 32 * 1024 * 1024),
        "{error:?}"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_message(&error, &["larger than the 33554432-byte limit"]);
}

#[tokio::test]
async fn body_of_100_mb_streamed_without_a_length() {
    let server = TestServer::always(Reply::Large {
        len: 100 * 1024 * 1024,
        chunked: true,
    })
    .await;
    let small = Client::builder(server.base_url())
        .timeout(Duration::from_secs(10))
        .max_response_bytes(1024 * 1024)
        .build()
        .expect("client");
    let error = call(&small).await;
    assert!(
        matches!(
            error,
            Error::ResponseTooLarge {
                limit: 1_048_576,
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn connection_reset_in_the_middle_of_the_body() {
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n[{\"id\": 1,";
    let error = error_from(Reply::RawThenReset(head.as_bytes().to_vec())).await;
    assert!(
        matches!(
            error,
            Error::Communication {
                status: Some(_),
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_message(
        &error,
        &["connection failed while reading the 200 OK reply"],
    );
    assert!(error.is_retryable());
}

#[tokio::test]
async fn server_that_never_answers_times_out() {
    let server = TestServer::always(Reply::Hang).await;
    let error = call(&client(server.base_url(), Duration::from_millis(500))).await;
    assert!(matches!(error, Error::Timeout), "{error:?}");
    assert_eq!(error.status(), None);
    assert_message(&error, &["no complete reply within the timeout"]);
    assert!(error.is_retryable());
}

#[tokio::test]
async fn refused_connection() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    }; // the listener is closed: nothing listens on the port now
    let error = call(&client(
        format!("http://127.0.0.1:{port}"),
        Duration::from_secs(5),
    ))
    .await;
    assert!(matches!(error, Error::Connect(_)), "{error:?}");
    assert_message(&error, &["cannot connect to the server", "refused"]);
    assert!(error.is_retryable());
}

#[tokio::test]
async fn redirect_loop() {
    let error = error_from(Reply::Http {
        status: 302,
        headers: vec![("location".into(), "/public/api/v1/loop".into())],
        body: Vec::new(),
    })
    .await;
    assert!(matches!(error, Error::Redirect(_)), "{error:?}");
    assert_message(&error, &["redirected too many times"]);
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn rate_limited_with_retry_after_and_a_json_body() {
    let error = error_from(Reply::Http {
        status: 429,
        headers: vec![
            ("content-type".into(), "application/json".into()),
            ("retry-after".into(), "7".into()),
        ],
        body: br#"{"status":429,"error":"Too Many Requests"}"#.to_vec(),
    })
    .await;
    assert!(matches!(error, Error::ErrorResponse(_)), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
    assert!(error.is_retryable());
    assert_message(&error, &["429 Too Many Requests", "\"Too Many Requests\""]);
}

#[tokio::test]
async fn rate_limited_with_retry_after_and_a_text_body() {
    let error = error_from(Reply::Http {
        status: 429,
        headers: vec![
            ("content-type".into(), "text/plain".into()),
            ("retry-after".into(), "30".into()),
        ],
        body: b"Retry later".to_vec(),
    })
    .await;
    assert!(matches!(error, Error::InvalidResponse(_)), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(30)));
    assert!(error.is_retryable());
}

#[tokio::test]
async fn status_the_api_does_not_describe() {
    let error = error_from(Reply::Http {
        status: 304,
        headers: Vec::new(),
        body: Vec::new(),
    })
    .await;
    assert!(matches!(error, Error::UnexpectedResponse(_)), "{error:?}");
    assert_message(&error, &["304 Not Modified", "does not describe"]);
}

#[tokio::test]
async fn missing_required_parameter_is_refused_before_sending() {
    let server = TestServer::always(Reply::json_text(200, "[]")).await;
    let error = tokio::time::timeout(
        GUARD,
        client(server.base_url(), Duration::from_secs(5))
            .list_conversations()
            .inbox_identifier("inbox")
            .send(),
    )
    .await
    .expect("no hang")
    .expect_err("contact_identifier is required");
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert_message(&error, &["nothing sent", "contact_identifier"]);
    assert!(server.requests().is_empty());
}

#[test]
fn a_base_url_that_is_not_http_is_refused() {
    let error = Client::builder("ftp://example.com")
        .build()
        .expect_err("not http");
    assert!(
        error.to_string().contains("not an http:// or https:// URL"),
        "{error}"
    );
    assert!(Client::builder("https://").build().is_err());
}
