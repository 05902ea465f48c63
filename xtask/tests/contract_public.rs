//! Contract test: the Rust client against Prism, an independent mock server that serves
//! `spec/public.json` and checks every request against it (`--errors`). Every operation must
//! succeed with no `sl-violations` header; a request that breaks the spec must be refused.
//!
//! Needs Prism from `.tools` (installed by `cargo xtask tools`), so it is ignored by a plain
//! `cargo test`; `cargo xtask test` runs it.

use std::path::Path;

use pembalasan_client::ResponseValue;
use pembalasan_client::public::Client;
use pembalasan_client::public::types::{
    self, CsatRating, SubmittedValue, SubmittedValues, TypingStatus,
};
use xtask::tools::Prism;

const INBOX: &str = "gRm2tDvqp5uZ1NfeH8KVxYw3";
const CONTACT: &str = "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10";
const UUID: &str = "6b1f8f3e-2d4c-4a8b-9c3e-5f7a1b2c3d4e";

fn start_prism() -> Prism {
    Prism::start(&xtask::workspace_root(), Path::new("spec/public.json"))
        .unwrap_or_else(|err| panic!("cannot start Prism ({err}); run `cargo xtask tools` first"))
}

/// Asserts Prism found nothing wrong with the request or its own reply.
fn assert_clean<T>(operation: &str, reply: &ResponseValue<T>) {
    assert_eq!(reply.status().as_u16(), 200, "{operation}: status");
    assert!(
        reply.headers().get("sl-violations").is_none(),
        "{operation}: Prism reports violations: {:?}",
        reply.headers().get("sl-violations")
    );
}

#[tokio::test]
#[ignore = "needs Prism from .tools: run `cargo xtask test`"]
async fn every_operation_conforms_to_the_spec() {
    let prism = start_prism();
    let client = Client::builder(prism.base_url()).build().expect("client");

    let reply = client
        .get_inbox()
        .inbox_identifier(INBOX)
        .send()
        .await
        .expect("get_inbox");
    assert_clean("get_inbox", &reply);

    let reply = client
        .create_contact()
        .inbox_identifier(INBOX)
        .body(types::CreateContactRequest::builder().name("Siti".to_string()))
        .send()
        .await
        .expect("create_contact");
    assert_clean("create_contact", &reply);

    let reply = client
        .get_contact()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .identifier("customer-1042")
        .identifier_hash(pembalasan_client::public::identifier_hash(
            "token",
            "customer-1042",
        ))
        .send()
        .await
        .expect("get_contact");
    assert_clean("get_contact", &reply);

    let reply = client
        .update_contact()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .body(types::UpdateContactRequest::builder().email("siti@example.com".to_string()))
        .send()
        .await
        .expect("update_contact");
    assert_clean("update_contact", &reply);

    let reply = client
        .list_conversations()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .send()
        .await
        .expect("list_conversations");
    assert_clean("list_conversations", &reply);

    let reply = client
        .create_conversation()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .body(types::CreateConversationRequest::default())
        .send()
        .await
        .expect("create_conversation");
    assert_clean("create_conversation", &reply);

    let reply = client
        .get_conversation()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .send()
        .await
        .expect("get_conversation");
    assert_clean("get_conversation", &reply);

    let reply = client
        .resolve_conversation()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .send()
        .await
        .expect("resolve_conversation");
    assert_clean("resolve_conversation", &reply);

    let reply = client
        .toggle_typing()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .typing_status(TypingStatus::On)
        .send()
        .await
        .expect("toggle_typing");
    assert_clean("toggle_typing", &reply);

    let reply = client
        .update_last_seen()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .send()
        .await
        .expect("update_last_seen");
    assert_clean("update_last_seen", &reply);

    let reply = client
        .list_messages()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .before(901)
        .send()
        .await
        .expect("list_messages");
    assert_clean("list_messages", &reply);

    let reply = client
        .create_message()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .body(types::CreateMessageRequest::builder().content("Halo".to_string()))
        .send()
        .await
        .expect("create_message");
    assert_clean("create_message", &reply);

    let reply = client
        .update_message()
        .inbox_identifier(INBOX)
        .contact_identifier(CONTACT)
        .conversation_id(17)
        .message_id(903)
        .body(types::UpdateMessageRequest {
            submitted_values: SubmittedValues::One(SubmittedValue {
                csat_survey_response: Some(CsatRating {
                    rating: 5,
                    feedback_message: None,
                }),
                ..Default::default()
            }),
        })
        .send()
        .await
        .expect("update_message");
    assert_clean("update_message", &reply);

    let reply = client
        .get_csat_survey()
        .conversation_uuid(UUID)
        .send()
        .await
        .expect("get_csat_survey");
    assert_clean("get_csat_survey", &reply);

    let reply = client
        .update_csat_survey()
        .conversation_uuid(UUID)
        .body(types::UpdateCsatSurveyRequest {
            message: types::CsatSurveyAnswer {
                submitted_values: types::CsatSubmittedValues {
                    csat_survey_response: CsatRating {
                        rating: 4,
                        feedback_message: Some("Membantu.".to_string()),
                    },
                },
            },
        })
        .send()
        .await
        .expect("update_csat_survey");
    assert_clean("update_csat_survey", &reply);
}

/// The check can fail: a request that breaks the spec is refused with `sl-violations`.
#[tokio::test]
#[ignore = "needs Prism from .tools: run `cargo xtask test`"]
async fn prism_refuses_a_request_that_breaks_the_spec() {
    let prism = start_prism();
    let url = format!(
        "{}/public/api/v1/inboxes/{INBOX}/contacts/{CONTACT}/conversations/17/toggle_typing?typing_status=maybe",
        prism.base_url()
    );
    let response = reqwest::Client::new()
        .post(url)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 422);
    assert!(response.headers().get("sl-violations").is_some());

    // And a conversation id that is not an integer.
    let url = format!(
        "{}/public/api/v1/inboxes/{INBOX}/contacts/{CONTACT}/conversations/seventeen",
        prism.base_url()
    );
    let response = reqwest::Client::new()
        .get(url)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 422);
    assert!(response.headers().get("sl-violations").is_some());
}
