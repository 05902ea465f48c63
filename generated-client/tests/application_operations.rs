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
use serde_json::Value;
use support::app::{self, TOKEN};
use support::{assert_request, normalise, operation_ids, Reply, TestServer};

#[tokio::test]
async fn every_operation_sends_what_the_server_reads_and_decodes_what_it_sends() {
    let cases = cases();
    let mut names: Vec<&str> = cases.iter().map(|case| case.operation).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "each operation once");
    assert_eq!(
        names,
        operation_ids(include_str!("../../spec/application.json")),
        "the table covers every operation of the spec"
    );

    for case in &cases {
        let reply = match &case.reply {
            // A CSV file, with the byte-order mark the server puts first.
            Some(serde_json::Value::String(csv)) => Reply::with_type(
                case.status,
                "text/csv",
                &[b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat(),
            ),
            Some(body) => Reply::json(case.status, body),
            None => Reply::Http {
                status: case.status,
                headers: Vec::new(),
                body: Vec::new(),
            },
        };
        let server = TestServer::always(reply).await;
        let client = app::client_for(&server);
        let decoded = (case.call)(&client)
            .await
            .unwrap_or_else(|err| panic!("{}: {err}", case.operation));
        assert_eq!(decoded.status, case.status, "{}", case.operation);
        let decoded = decoded.value;
        assert_request(case, &server.single_request(), TOKEN);
        match &case.reply {
            Some(body) => assert_eq!(
                normalise(&decoded),
                normalise(body),
                "{}: the decoded reply keeps every field the server sent",
                case.operation
            ),
            None => assert_eq!(
                decoded,
                Value::Null,
                "{}: nothing to decode",
                case.operation
            ),
        }
    }
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
    let bodies = app::error_bodies();
    for case in cases() {
        // One server per operation, answering its n-th request with the n-th error body.
        let replies = bodies.clone();
        let served = std::sync::atomic::AtomicUsize::new(0);
        let server = TestServer::start(move |_| {
            let n = served.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let (status, body, _) = &replies[n % replies.len()];
            Reply::json(*status, body)
        })
        .await;
        let client = app::client_for(&server);
        let name = case.operation;
        for (status, body, expected) in &bodies {
            match (case.call)(&client).await {
                Err(Error::ErrorResponse(reply)) => {
                    assert_eq!(reply.status().as_u16(), *status, "{name}");
                    assert_eq!(variant(&reply), *expected, "{name}: {body}");
                    assert_eq!(
                        &serde_json::to_value(reply.into_inner()).expect("serialisable"),
                        body,
                        "{name}: the error body is kept whole"
                    );
                }
                other => panic!("{name}: {status} {body} gave {other:?}"),
            }
        }
    }
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
