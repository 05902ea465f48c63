//! One test per difference between the docs and the real server (numbered as in
//! `swagger-vs-server.md`) that affects decoding. Each reply is what the server really sends;
//! each test fails if the spec goes back to what the docs say.

mod support;

use pembalasan_client::public::types::{
    ContactRecord, CsatSurvey, KnownContentType, KnownFileType, PublicConversation, PublicInbox,
    PublicMessage, Sender,
};
use pembalasan_client::MessageType;
use serde_json::{json, Value};
use support::{client_for, contact_record, conversation, Reply, TestServer};

fn message(extra: Value) -> Value {
    let mut base = json!({
        "id": 1,
        "content": "hi",
        "message_type": 0,
        "content_type": "text",
        "content_attributes": {},
        "created_at": 1768817700,
        "conversation_id": 17
    });
    if let (Some(base), Some(extra)) = (base.as_object_mut(), extra.as_object()) {
        for (key, value) in extra {
            if value.is_null() && key.starts_with('-') {
                base.remove(&key[1..]);
            } else {
                base.insert(key.clone(), value.clone());
            }
        }
    }
    base
}

/// Serves `body` for `list_messages` and returns what the client decoded.
async fn messages(body: Value) -> Vec<PublicMessage> {
    let server = TestServer::always(Reply::json(200, &body)).await;
    client_for(&server)
        .list_messages()
        .inbox_identifier("i")
        .contact_identifier("c")
        .conversation_id(17)
        .send()
        .await
        .expect("the server's reply decodes")
        .into_inner()
}

async fn one_message(extra: Value) -> PublicMessage {
    messages(json!([message(extra)])).await.remove(0)
}

async fn get_conversation(body: Value) -> PublicConversation {
    let server = TestServer::always(Reply::json(200, &body)).await;
    client_for(&server)
        .get_conversation()
        .inbox_identifier("i")
        .contact_identifier("c")
        .conversation_id(17)
        .send()
        .await
        .expect("the server's reply decodes")
        .into_inner()
}

/// 5: `toggle_typing` and `update_last_seen` answer 200 with an empty body, not JSON.
#[tokio::test]
async fn quirk_05_empty_200_bodies_are_success() {
    let server = TestServer::always(Reply::empty_ok()).await;
    let client = client_for(&server);
    client
        .update_last_seen()
        .inbox_identifier("i")
        .contact_identifier("c")
        .conversation_id(1)
        .send()
        .await
        .expect("an empty 200 is success");
}

/// 9: `*_last_seen_at` are epoch integers, 0 for never (not null, not a string).
#[tokio::test]
async fn quirk_09_last_seen_zero_means_never() {
    let conversation = get_conversation(conversation(vec![])).await;
    assert_eq!(
        (
            conversation.contact_last_seen_at,
            conversation.agent_last_seen_at
        ),
        (0, 0)
    );
}

/// 12 and 14: the contact is the full record, with nulls, and without `label_list`.
#[tokio::test]
async fn quirk_12_14_contact_record_with_nulls_and_no_label_list() {
    let conversation = get_conversation(conversation(vec![])).await;
    let contact: &ContactRecord = &conversation.contact;
    assert_eq!(
        (
            contact.email.as_deref(),
            contact.identifier.as_deref(),
            contact.company_id
        ),
        (None, None, None)
    );
    assert_eq!(
        (contact.location.as_deref(), contact.country_code.as_deref()),
        (None, None)
    );
    assert!(contact.label_list.is_empty());
}

/// 13: contact timestamps are ISO strings while message timestamps are integers, in one reply.
#[tokio::test]
async fn quirk_13_mixed_timestamp_types() {
    let conversation = get_conversation(conversation(vec![message(json!({}))])).await;
    assert_eq!(conversation.contact.created_at, "2026-01-19T10:15:30.123Z");
    assert_eq!(conversation.messages[0].created_at, 1768817700);
}

/// 16, 17, 19, 20: message ids, types, timestamps and conversation ids are integers; 3 exists.
#[tokio::test]
async fn quirk_17_message_type_is_an_open_integer() {
    let template = one_message(json!({"message_type": 3})).await;
    assert_eq!(template.kind(), MessageType::Template);
    let future = one_message(json!({"message_type": 7})).await;
    assert_eq!(future.kind(), MessageType::Unknown(7));
}

/// 18: `content_attributes` is an object, not a string.
#[tokio::test]
async fn quirk_18_content_attributes_is_an_object() {
    let m = one_message(json!({"content_attributes": {"in_reply_to": 5, "deleted": true}})).await;
    assert_eq!(m.content_attributes.get("in_reply_to"), Some(&json!(5)));
}

/// 21: the `attachments` key is left out when there are none.
#[tokio::test]
async fn quirk_21_attachments_key_left_out() {
    let m = one_message(json!({"-attachments": null})).await;
    assert!(m.attachments.is_empty());
}

/// 22: the `sender` key is left out for template messages.
#[tokio::test]
async fn quirk_22_sender_key_left_out() {
    let m = one_message(json!({"message_type": 3, "content_type": "input_csat"})).await;
    assert!(m.sender.is_none());
}

/// 23: `content` is null for attachment-only messages.
#[tokio::test]
async fn quirk_23_content_null() {
    let m = one_message(json!({"content": null})).await;
    assert_eq!(m.content, None);
}

/// 24: `content_type` has 13 values, and a later one is kept, not rejected.
#[tokio::test]
async fn quirk_24_content_type_values_known_and_new() {
    let csat = one_message(json!({"content_type": "input_csat"})).await;
    assert_eq!(csat.content_type, KnownContentType::InputCsat);
    let call = one_message(json!({"content_type": "voice_call"})).await;
    assert_eq!(call.content_type, KnownContentType::VoiceCall);
    let new = one_message(json!({"content_type": "hologram"})).await;
    assert_eq!(new.content_type.known(), None);
    assert_eq!(new.content_type.to_string(), "hologram");
}

/// 25: the sender is a union by `type` (`user`, not `agent`); unknown kinds are kept.
#[tokio::test]
async fn quirk_25_sender_kinds() {
    let senders = messages(json!([
        message(json!({"sender": {"additional_attributes": {}, "custom_attributes": {}, "email": null, "id": 1, "identifier": null, "name": "n", "phone_number": null, "thumbnail": "", "blocked": false, "type": "contact"}})),
        message(json!({"sender": {"id": 2, "name": "Budi", "available_name": "Budi", "avatar_url": "", "type": "user", "availability_status": "online", "thumbnail": ""}})),
        message(json!({"sender": {"id": 3, "name": "Bot", "avatar_url": null, "type": "agent_bot"}})),
        message(json!({"sender": {"id": 4, "name": "Captain", "avatar_url": null, "description": null, "created_at": "2026-01-10T08:00:00.000Z", "type": "captain_assistant"}})),
        message(json!({"sender": {"id": 5, "name": "Robot", "type": "voice_agent"}})),
    ]))
    .await;
    let kinds: Vec<&str> = senders
        .iter()
        .map(|m| match m.sender.as_ref().expect("sender") {
            Sender::Contact(_) => "contact",
            Sender::User(_) => "user",
            Sender::AgentBot(_) => "agent_bot",
            Sender::CaptainAssistant(_) => "captain_assistant",
            Sender::Unknown(unknown) => unknown.type_.as_str(),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "contact",
            "user",
            "agent_bot",
            "captain_assistant",
            "voice_agent"
        ]
    );
    let Some(Sender::Unknown(unknown)) = &senders[4].sender else {
        panic!("unknown sender")
    };
    assert_eq!(
        (unknown.id, unknown.name.as_deref()),
        (Some(5), Some("Robot"))
    );
}

/// 26: attachment keys vary by `file_type`, with nulls, a `null` element, and new kinds kept.
#[tokio::test]
async fn quirk_26_attachments_by_file_type() {
    let m = one_message(json!({"attachments": [
        {"id": 1, "message_id": 1, "file_type": "audio", "account_id": 3, "extension": null, "data_url": "", "thumb_url": "", "file_size": 10, "width": null, "height": null, "transcribed_text": ""},
        {"id": 2, "message_id": 1, "file_type": "contact", "account_id": 3, "fallback_title": "+62 812", "meta": {}},
        {"id": 3, "message_id": 1, "file_type": "embed", "account_id": 3, "data_url": "https://example.com/v"},
        null,
        {"id": 4, "message_id": 1, "file_type": "ig_highlight", "account_id": 3}
    ]}))
    .await;
    let kinds: Vec<String> = m
        .attachments
        .iter()
        .map(|a| {
            a.as_ref()
                .map(|a| a.file_type.to_string())
                .unwrap_or_else(|| "null".into())
        })
        .collect();
    assert_eq!(kinds, ["audio", "contact", "embed", "null", "ig_highlight"]);
    let audio = m.attachments[0].as_ref().expect("audio");
    assert_eq!(audio.file_type, KnownFileType::Audio);
    assert_eq!((audio.width, audio.extension.as_deref()), (None, None));
    assert_eq!(
        m.attachments[4]
            .as_ref()
            .expect("new kind")
            .file_type
            .known(),
        None
    );
}

/// 27 and forward compatibility: fields the client does not know are ignored.
#[tokio::test]
async fn quirk_27_unknown_fields_are_ignored() {
    let m =
        one_message(json!({"echo_id": "x", "private": false, "brand_new_field": {"a": 1}})).await;
    assert_eq!(m.id, 1);
}

/// Status values: all four, and a later one kept.
#[tokio::test]
async fn conversation_status_values_known_and_new() {
    let mut body = conversation(vec![]);
    body["status"] = json!("snoozed");
    assert_eq!(
        get_conversation(body.clone()).await.status.to_string(),
        "snoozed"
    );
    body["status"] = json!("archived");
    let status = get_conversation(body).await.status;
    assert_eq!(
        (status.known(), status.to_string().as_str()),
        (None, "archived")
    );
}

/// 28: PATCH contact returns the full record (no `source_id`, no `pubsub_token`).
#[tokio::test]
async fn quirk_28_update_contact_returns_the_record() {
    let server = TestServer::always(Reply::json(200, &contact_record())).await;
    let record = client_for(&server)
        .update_contact()
        .inbox_identifier("i")
        .contact_identifier("c")
        .body(pembalasan_client::public::types::UpdateContactRequest::default())
        .send()
        .await
        .expect("the full record decodes")
        .into_inner();
    assert_eq!(record.id, 1042);
}

/// 30: `phone_number` is in the public contact, and email/phone may be null.
#[tokio::test]
async fn quirk_30_public_contact_phone_and_nulls() {
    let body = json!({"source_id": "s", "pubsub_token": "p", "id": 1, "name": "n", "email": null, "phone_number": "+6281234567890"});
    let server = TestServer::always(Reply::json(200, &body)).await;
    let contact = client_for(&server)
        .get_contact()
        .inbox_identifier("i")
        .contact_identifier("s")
        .send()
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(
        (contact.email, contact.phone_number.as_deref()),
        (None, Some("+6281234567890"))
    );
}

/// 41: working-hours hour fields are null on closed days.
#[tokio::test]
async fn quirk_41_working_hours_null_on_closed_days() {
    let body = json!({"identifier": "i", "identity_validation_enabled": true, "name": "n", "timezone": "UTC",
        "working_hours": [{"day_of_week": 0, "closed_all_day": true, "open_hour": null, "open_minutes": null, "close_hour": null, "close_minutes": null, "open_all_day": false}],
        "working_hours_enabled": false, "csat_survey_enabled": false, "greeting_enabled": false});
    let server = TestServer::always(Reply::json(200, &body)).await;
    let inbox: PublicInbox = client_for(&server)
        .get_inbox()
        .inbox_identifier("i")
        .send()
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(inbox.working_hours[0].open_hour, None);
}

/// 42: the CSAT survey's `conversation_id` is the database id and `created_at` an ISO string.
#[tokio::test]
async fn quirk_42_csat_survey_shape() {
    let body = json!({"id": 903, "csat_survey_response": null, "display_type": "emoji", "content": null,
        "inbox_avatar_url": "", "inbox_name": "n", "locale": "id", "conversation_id": 2291,
        "created_at": "2026-01-19T10:20:00.000Z"});
    let server = TestServer::always(Reply::json(200, &body)).await;
    let survey: CsatSurvey = client_for(&server)
        .get_csat_survey()
        .conversation_uuid("6b1f8f3e-2d4c-4a8b-9c3e-5f7a1b2c3d4e")
        .send()
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!((survey.conversation_id, survey.content), (2291, None));
}
