//! Every operation of the public client API against a real HTTP server on 127.0.0.1: the method,
//! path, query and body the client sends, and the reply it decodes. Replies are the examples of
//! `spec/public.json`, so these tests also prove every response example decodes in Rust.

mod support;

use pembalasan_client::public::types::{
    self, CsatRating, CsatSubmittedValues, CsatSurveyAnswer, KnownConversationStatus, Sender,
    SubmittedValue, SubmittedValues, TypingStatus,
};
use serde_json::{json, Value};
use support::{client_for, Recorded, Reply, TestServer};

const SPEC: &str = include_str!("../../spec/public.json");
const INBOX: &str = "gRm2tDvqp5uZ1NfeH8KVxYw3";
const CONTACT: &str = "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10";
const BASE: &str =
    "/public/api/v1/inboxes/gRm2tDvqp5uZ1NfeH8KVxYw3/contacts/0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10";

/// The 200 example the spec gives for an operation.
fn example(path: &str, method: &str) -> Value {
    let spec: Value = serde_json::from_str(SPEC).expect("spec/public.json");
    let pointer = format!(
        "/paths/{}/{method}/responses/200/content/application~1json/example",
        path.replace('~', "~0").replace('/', "~1")
    );
    spec.pointer(&pointer)
        .unwrap_or_else(|| panic!("no 200 example at {pointer}"))
        .clone()
}

/// A server that answers every request with the spec's example for the operation.
async fn serving_example(path: &str, method: &str) -> TestServer {
    TestServer::always(Reply::json(200, &example(path, method))).await
}

fn assert_request(request: &Recorded, method: &str, target: &str) {
    assert_eq!(request.method, method, "method");
    assert_eq!(request.target, target, "path and query");
}

fn assert_json_body(request: &Recorded, expected: Value) {
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.json(), expected);
}

fn assert_no_body(request: &Recorded) {
    assert!(
        request.body.is_empty(),
        "unexpected body {:?}",
        request.body
    );
}

const CONTACT_PATH: &str =
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}";
const CONVERSATIONS_PATH: &str =
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations";
const CONVERSATION_PATH: &str = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}";
const MESSAGES_PATH: &str = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages";

#[tokio::test]
async fn get_inbox() {
    let server = serving_example("/public/api/v1/inboxes/{inbox_identifier}", "get").await;
    let inbox = client_for(&server)
        .get_inbox()
        .inbox_identifier(INBOX)
        .send()
        .await
        .expect("get_inbox")
        .into_inner();
    let request = server.single_request();
    assert_request(&request, "GET", &format!("/public/api/v1/inboxes/{INBOX}"));
    assert_no_body(&request);
    assert_eq!(inbox.timezone, "Asia/Jakarta");
    assert_eq!(
        inbox.working_hours[0].open_hour, None,
        "closed days have null hours"
    );
    assert_eq!(inbox.working_hours[1].close_hour, Some(17));
}

#[tokio::test]
async fn create_contact() {
    let server =
        serving_example("/public/api/v1/inboxes/{inbox_identifier}/contacts", "post").await;
    let contact = client_for(&server)
        .create_contact()
        .inbox_identifier(INBOX)
        .body(
            types::CreateContactRequest::builder()
                .name("Siti Rahma".to_string())
                .email("siti@example.com".to_string())
                .identifier("customer-1042".to_string())
                .identifier_hash(pembalasan_client::public::identifier_hash(
                    "token",
                    "customer-1042",
                )),
        )
        .send()
        .await
        .expect("create_contact")
        .into_inner();
    let request = server.single_request();
    assert_request(
        &request,
        "POST",
        &format!("/public/api/v1/inboxes/{INBOX}/contacts"),
    );
    assert_json_body(
        &request,
        json!({
            "name": "Siti Rahma",
            "email": "siti@example.com",
            "identifier": "customer-1042",
            "identifier_hash": pembalasan_client::public::identifier_hash("token", "customer-1042"),
        }),
    );
    assert_eq!(contact.source_id, CONTACT);
    assert_eq!(contact.phone_number.as_deref(), Some("+6281234567890"));
}

#[tokio::test]
async fn get_contact_with_identity_query() {
    let server = serving_example(CONTACT_PATH, "get").await;
    let contact = client_for(&server)
        .get_contact()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .identifier("customer 1042")
        .identifier_hash("abc123")
        .send()
        .await
        .expect("get_contact")
        .into_inner();
    let request = server.single_request();
    assert_request(
        &request,
        "GET",
        &format!("{BASE}?identifier=customer+1042&identifier_hash=abc123"),
    );
    assert_eq!(contact.email, None);
}

#[tokio::test]
async fn get_contact_without_identity_sends_no_query() {
    let server = serving_example(CONTACT_PATH, "get").await;
    client_for(&server)
        .get_contact()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .send()
        .await
        .expect("get_contact");
    assert_request(&server.single_request(), "GET", BASE);
}

#[tokio::test]
async fn update_contact_returns_the_full_record() {
    let server = serving_example(CONTACT_PATH, "patch").await;
    let record = client_for(&server)
        .update_contact()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .body(
            types::UpdateContactRequest::builder()
                .email("siti.rahma@example.com".to_string())
                .custom_attributes(
                    json!({"plan": "enterprise"})
                        .as_object()
                        .cloned()
                        .expect("object"),
                ),
        )
        .send()
        .await
        .expect("update_contact")
        .into_inner();
    let request = server.single_request();
    assert_request(&request, "PATCH", BASE);
    assert_json_body(
        &request,
        json!({"email": "siti.rahma@example.com", "custom_attributes": {"plan": "enterprise"}}),
    );
    assert_eq!(record.account_id, 3);
    assert_eq!(
        record.custom_attributes.get("plan"),
        Some(&json!("enterprise"))
    );
}

#[tokio::test]
async fn list_conversations() {
    let server = serving_example(CONVERSATIONS_PATH, "get").await;
    let conversations = client_for(&server)
        .list_conversations()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .send()
        .await
        .expect("list_conversations")
        .into_inner();
    assert_request(
        &server.single_request(),
        "GET",
        &format!("{BASE}/conversations"),
    );
    assert_eq!(conversations[0].messages.len(), 2);
    assert!(matches!(
        conversations[0].messages[1].sender,
        Some(Sender::User(_))
    ));
}

#[tokio::test]
async fn create_conversation() {
    let server = serving_example(CONVERSATIONS_PATH, "post").await;
    let conversation = client_for(&server)
        .create_conversation()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .body(types::CreateConversationRequest {
            custom_attributes: json!({"order_id": "INV-2026-0042"})
                .as_object()
                .cloned()
                .expect("object"),
        })
        .send()
        .await
        .expect("create_conversation")
        .into_inner();
    let request = server.single_request();
    assert_request(&request, "POST", &format!("{BASE}/conversations"));
    assert_json_body(
        &request,
        json!({"custom_attributes": {"order_id": "INV-2026-0042"}}),
    );
    assert_eq!(conversation.status, KnownConversationStatus::Open);
    assert!(conversation.messages.is_empty());
}

#[tokio::test]
async fn get_conversation() {
    let server = serving_example(CONVERSATION_PATH, "get").await;
    let conversation = client_for(&server)
        .get_conversation()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .send()
        .await
        .expect("get_conversation")
        .into_inner();
    assert_request(
        &server.single_request(),
        "GET",
        &format!("{BASE}/conversations/17"),
    );
    assert_eq!(conversation.status, KnownConversationStatus::Pending);
    let survey = &conversation.messages[0];
    assert!(
        survey.sender.is_none(),
        "CSAT template messages have no sender"
    );
    assert_eq!(
        survey.content_attributes.get("display_type"),
        Some(&json!("emoji"))
    );
}

#[tokio::test]
async fn resolve_conversation() {
    let server = serving_example(&format!("{CONVERSATION_PATH}/toggle_status"), "post").await;
    let conversation = client_for(&server)
        .resolve_conversation()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .send()
        .await
        .expect("resolve_conversation")
        .into_inner();
    let request = server.single_request();
    assert_request(
        &request,
        "POST",
        &format!("{BASE}/conversations/17/toggle_status"),
    );
    assert_no_body(&request);
    assert_eq!(conversation.status, KnownConversationStatus::Resolved);
}

#[tokio::test]
async fn toggle_typing_on_and_off_with_empty_replies() {
    let server = TestServer::always(Reply::empty_ok()).await;
    let client = client_for(&server);
    for status in [TypingStatus::On, TypingStatus::Off] {
        client
            .toggle_typing()
            .inbox_identifier(INBOX)
            .contact_identifier(CONTACT)
            .conversation_id(17)
            .typing_status(status)
            .send()
            .await
            .expect("toggle_typing accepts an empty 200");
    }
    let requests = server.requests();
    assert_request(
        &requests[0],
        "POST",
        &format!("{BASE}/conversations/17/toggle_typing?typing_status=on"),
    );
    assert_request(
        &requests[1],
        "POST",
        &format!("{BASE}/conversations/17/toggle_typing?typing_status=off"),
    );
}

#[tokio::test]
async fn update_last_seen_with_an_empty_reply() {
    let server = TestServer::always(Reply::empty_ok()).await;
    client_for(&server)
        .update_last_seen()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .send()
        .await
        .expect("update_last_seen accepts an empty 200");
    let request = server.single_request();
    assert_request(
        &request,
        "POST",
        &format!("{BASE}/conversations/17/update_last_seen"),
    );
    assert_no_body(&request);
}

#[tokio::test]
async fn list_messages_with_and_without_before() {
    let server = serving_example(MESSAGES_PATH, "get").await;
    let client = client_for(&server);
    let latest = client
        .list_messages()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .send()
        .await
        .expect("list_messages")
        .into_inner();
    client
        .list_messages()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .before(901)
        .send()
        .await
        .expect("list_messages before");
    let requests = server.requests();
    assert_request(
        &requests[0],
        "GET",
        &format!("{BASE}/conversations/17/messages"),
    );
    assert_request(
        &requests[1],
        "GET",
        &format!("{BASE}/conversations/17/messages?before=901"),
    );
    assert_eq!(latest.len(), 2);
    assert!(latest[1].sender.is_none());
}

#[tokio::test]
async fn create_message() {
    let server = serving_example(MESSAGES_PATH, "post").await;
    let message = client_for(&server)
        .create_message()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .body(
            types::CreateMessageRequest::builder()
                .content("Apakah bisa dikirim besok?".to_string())
                .echo_id("3f2a9c".to_string()),
        )
        .send()
        .await
        .expect("create_message")
        .into_inner();
    let request = server.single_request();
    assert_request(
        &request,
        "POST",
        &format!("{BASE}/conversations/17/messages"),
    );
    assert_json_body(
        &request,
        json!({"content": "Apakah bisa dikirim besok?", "echo_id": "3f2a9c"}),
    );
    assert_eq!(message.id, 905);
    assert_eq!(message.kind(), pembalasan_client::MessageType::Incoming);
}

#[tokio::test]
async fn update_message_with_one_answer_and_with_a_list() {
    let server = serving_example(&format!("{MESSAGES_PATH}/{{message_id}}"), "patch").await;
    let client = client_for(&server);
    let rating = CsatRating {
        rating: 5,
        feedback_message: Some("Cepat dan ramah.".to_string()),
    };
    let one = SubmittedValues::One(SubmittedValue {
        csat_survey_response: Some(rating),
        ..Default::default()
    });
    let message = client
        .update_message()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .message_id(903)
        .body(types::UpdateMessageRequest {
            submitted_values: one,
        })
        .send()
        .await
        .expect("update_message")
        .into_inner();
    let many = SubmittedValues::Many(vec![SubmittedValue {
        name: Some("email".to_string()),
        title: Some("Email".to_string()),
        value: Some(json!("siti@example.com")),
        ..Default::default()
    }]);
    client
        .update_message()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .message_id(903)
        .body(types::UpdateMessageRequest {
            submitted_values: many,
        })
        .send()
        .await
        .expect("update_message with a list");

    let requests = server.requests();
    assert_request(
        &requests[0],
        "PATCH",
        &format!("{BASE}/conversations/17/messages/903"),
    );
    assert_json_body(
        &requests[0],
        json!({"submitted_values": {"csat_survey_response": {"rating": 5, "feedback_message": "Cepat dan ramah."}}}),
    );
    assert_json_body(
        &requests[1],
        json!({"submitted_values": [{"name": "email", "title": "Email", "value": "siti@example.com"}]}),
    );
    assert_eq!(message.content_type.to_string(), "input_csat");
}

#[tokio::test]
async fn get_csat_survey() {
    let server = serving_example("/public/api/v1/csat_survey/{conversation_uuid}", "get").await;
    let survey = client_for(&server)
        .get_csat_survey()
        .conversation_uuid("6b1f8f3e-2d4c-4a8b-9c3e-5f7a1b2c3d4e")
        .send()
        .await
        .expect("get_csat_survey")
        .into_inner();
    assert_request(
        &server.single_request(),
        "GET",
        "/public/api/v1/csat_survey/6b1f8f3e-2d4c-4a8b-9c3e-5f7a1b2c3d4e",
    );
    assert_eq!(survey.csat_survey_response, None);
    assert_eq!(survey.conversation_id, 2291);
}

#[tokio::test]
async fn update_csat_survey() {
    let server = serving_example("/public/api/v1/csat_survey/{conversation_uuid}", "put").await;
    let survey = client_for(&server)
        .update_csat_survey()
        .conversation_uuid("6b1f8f3e-2d4c-4a8b-9c3e-5f7a1b2c3d4e")
        .body(types::UpdateCsatSurveyRequest {
            message: CsatSurveyAnswer {
                submitted_values: CsatSubmittedValues {
                    csat_survey_response: CsatRating {
                        rating: 4,
                        feedback_message: Some("Membantu.".to_string()),
                    },
                },
            },
        })
        .send()
        .await
        .expect("update_csat_survey")
        .into_inner();
    let request = server.single_request();
    assert_request(
        &request,
        "PUT",
        "/public/api/v1/csat_survey/6b1f8f3e-2d4c-4a8b-9c3e-5f7a1b2c3d4e",
    );
    assert_json_body(
        &request,
        json!({"message": {"submitted_values": {"csat_survey_response": {"rating": 4, "feedback_message": "Membantu."}}}}),
    );
    assert_eq!(survey.csat_survey_response.map(|r| r.rating), Some(4));
}
