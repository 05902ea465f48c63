//! `create_message_with_attachments`: the multipart request the server expects, and its replies.

mod support;

use pembalasan_client::public::types::{ApiError, KnownFileType};
use pembalasan_client::{Error, Upload};
use serde_json::json;
use support::{client_for, Reply, TestServer};

#[tokio::test]
async fn sends_content_and_files_as_multipart_and_decodes_the_message() {
    let reply = json!({"id": 906, "content": "struk", "message_type": 0, "content_type": "text",
        "content_attributes": {}, "created_at": 1768818300, "conversation_id": 17,
        "attachments": [{"id": 57, "message_id": 906, "file_type": "image", "account_id": 3,
            "extension": null, "data_url": "https://x/receipt.png", "thumb_url": "https://x/t.png",
            "file_size": 8, "width": null, "height": null}]});
    let server = TestServer::always(Reply::json(200, &reply)).await;
    let message = client_for(&server)
        .create_message_with_attachments(
            "inbox/1",
            "src 1",
            17,
            Some("struk"),
            vec![Upload::new(
                "receipt.png",
                "image/png",
                b"\x89PNG\r\n\x1a\n".to_vec(),
            )],
        )
        .await
        .expect("upload")
        .into_inner();

    let request = server.single_request();
    assert_eq!(request.method, "POST");
    assert_eq!(
        request.target,
        "/public/api/v1/inboxes/inbox%2F1/contacts/src%201/conversations/17/messages"
    );
    let content_type = request.header("content-type").expect("content type");
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let body = String::from_utf8_lossy(&request.body);
    assert!(body.contains("name=\"content\"\r\n\r\nstruk\r\n"), "{body}");
    assert!(
        body.contains("name=\"attachments[]\"; filename=\"receipt.png\""),
        "{body}"
    );
    assert!(body.contains("Content-Type: image/png"), "{body}");
    assert!(request.body.windows(8).any(|w| w == b"\x89PNG\r\n\x1a\n"));

    let attachment = message.attachments[0].as_ref().expect("attachment");
    assert_eq!(attachment.file_type, KnownFileType::Image);
}

#[tokio::test]
async fn a_422_is_a_typed_error_and_a_bad_mime_type_is_refused_before_sending() {
    let server = TestServer::always(Reply::json(
        422,
        &json!({"message": "Content is too long", "attributes": ["content"]}),
    ))
    .await;
    let client = client_for(&server);
    let error = client
        .create_message_with_attachments(
            "i",
            "c",
            1,
            None,
            vec![Upload::new("a.txt", "text/plain", "x")],
        )
        .await
        .expect_err("422");
    match error {
        Error::ErrorResponse(reply) => {
            assert_eq!(reply.status().as_u16(), 422);
            assert!(matches!(reply.into_inner(), ApiError::RecordInvalid(_)));
        }
        other => panic!("expected a typed 422, got {other:?}"),
    }

    let refused = client
        .create_message_with_attachments(
            "i",
            "c",
            1,
            None,
            vec![Upload::new("a", "not a mime", "x")],
        )
        .await
        .expect_err("bad MIME type");
    assert!(matches!(refused, Error::InvalidRequest(ref m) if m.contains("not a mime")));
    assert_eq!(server.requests().len(), 1, "the bad upload was never sent");
}
