//! Receiving webhooks: signatures checked against vectors computed independently (Python's
//! `hmac`), every way a delivery can be wrong refused with its own error, and every event of
//! the reference (`webhooks-realtime.md`, part A) decoded from a body built from it.

mod support;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use pembalasan_client::application::types::{
    KnownChannelType, KnownConversationStatus, KnownWebhookMessageType, Sender, WebhookSender,
};
use pembalasan_client::webhooks::{self, DecodeError, Event, Verifier, VerifyError};
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::{json, Value};

const SECRET: &str = "Wb3nQ8sKd2Lx7Rv0Tz5Hc9Mf4Jp6Ya1E";
/// The reference's example body, 75 bytes as sent (note the escaped `&`).
const BODY: &[u8] =
    br#"{"id":55330,"content":"Halo \u0026 selamat pagi","event":"message_created"}"#;
const TIMESTAMP: u64 = 1768900000;
/// `hmac.new(SECRET, b"1768900000." + BODY, sha256).hexdigest()`, computed with Python 3.11.
const SIGNATURE: &str = "sha256=6efbf3e4a67d0541dbc15d69399e015e957edebbe59620e0c89e09c52833b6da";

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.insert(*name, HeaderValue::from_str(value).expect("a header value"));
    }
    map
}

fn signed() -> HeaderMap {
    headers(&[
        ("X-Chatwoot-Timestamp", "1768900000"),
        ("X-Chatwoot-Signature", SIGNATURE),
        (
            "X-Chatwoot-Delivery",
            "7c1d2b9e-0f4a-4e55-9a1f-3b2c4d5e6f70",
        ),
    ])
}

#[test]
fn independent_vectors_verify_and_sign_reproduces_them() {
    let verified = Verifier::new(SECRET)
        .verify_at(&signed(), BODY, at(TIMESTAMP + 30))
        .expect("the reference vector verifies");
    assert_eq!(verified.sent_at, at(TIMESTAMP));
    assert_eq!(
        verified.delivery_id.as_deref(),
        Some("7c1d2b9e-0f4a-4e55-9a1f-3b2c4d5e6f70")
    );

    let made = webhooks::sign(SECRET, BODY, at(TIMESTAMP));
    assert_eq!(
        made.get("x-chatwoot-signature")
            .and_then(|v| v.to_str().ok()),
        Some(SIGNATURE)
    );
    assert_eq!(
        made.get("x-chatwoot-timestamp")
            .and_then(|v| v.to_str().ok()),
        Some("1768900000")
    );

    // A second vector: hmac.new(b"s3cr3t", b'1700000000.{"event":"contact_created","id":1}', sha256).
    let body = br#"{"event":"contact_created","id":1}"#;
    let second = headers(&[
        ("x-chatwoot-timestamp", "1700000000"),
        (
            "x-chatwoot-signature",
            "sha256=0449a0151085593ff2061b9d733fa6458acf1e619f9ebc5effdf5123fa34b52c",
        ),
    ]);
    assert!(Verifier::new("s3cr3t")
        .verify_at(&second, body, at(1700000000))
        .is_ok());
    // Upper-case hex is the same digest.
    let upper = headers(&[
        ("x-chatwoot-timestamp", "1700000000"),
        (
            "x-chatwoot-signature",
            "sha256=0449A0151085593FF2061B9D733FA6458ACF1E619F9EBC5EFFDF5123FA34B52C",
        ),
    ]);
    assert!(Verifier::new("s3cr3t")
        .verify_at(&upper, body, at(1700000000))
        .is_ok());
}

#[test]
fn every_kind_of_bad_delivery_is_refused_with_its_own_error() {
    let verifier = Verifier::new(SECRET);
    let now = at(TIMESTAMP + 10);
    let check =
        |headers: &HeaderMap, body: &[u8], now: SystemTime| verifier.verify_at(headers, body, now);

    let mut tampered = BODY.to_vec();
    tampered[10] = b'9';
    assert_eq!(
        check(&signed(), &tampered, now),
        Err(VerifyError::SignatureMismatch)
    );
    assert_eq!(
        Verifier::new("another-secret").verify_at(&signed(), BODY, now),
        Err(VerifyError::SignatureMismatch)
    );
    // The body parsed and written again (`&` no longer escaped) is other bytes.
    let reserialised =
        serde_json::to_vec(&serde_json::from_slice::<Value>(BODY).expect("JSON")).expect("JSON");
    assert_ne!(reserialised, BODY);
    assert_eq!(
        check(&signed(), &reserialised, now),
        Err(VerifyError::SignatureMismatch)
    );
    // A timestamp changed on the way breaks the signature too.
    let mut shifted = signed();
    shifted.insert(
        "x-chatwoot-timestamp",
        HeaderValue::from_static("1768900001"),
    );
    assert_eq!(
        check(&shifted, BODY, now),
        Err(VerifyError::SignatureMismatch)
    );

    assert!(matches!(
        check(&signed(), BODY, at(TIMESTAMP + 301)),
        Err(VerifyError::TooOld { age, tolerance }) if age == Duration::from_secs(301) && tolerance == Duration::from_secs(300)
    ));
    assert!(
        check(&signed(), BODY, at(TIMESTAMP + 300)).is_ok(),
        "the edge of the tolerance"
    );
    assert!(matches!(
        check(&signed(), BODY, at(TIMESTAMP - 301)),
        Err(VerifyError::InTheFuture { ahead, .. }) if ahead == Duration::from_secs(301)
    ));
    assert!(Verifier::new(SECRET)
        .tolerance(Duration::from_secs(3600))
        .verify_at(&signed(), BODY, at(TIMESTAMP + 3000))
        .is_ok());

    let mut missing = signed();
    missing.remove("x-chatwoot-signature");
    assert_eq!(
        check(&missing, BODY, now),
        Err(VerifyError::MissingHeader("x-chatwoot-signature"))
    );
    let mut missing = signed();
    missing.remove("x-chatwoot-timestamp");
    assert_eq!(
        check(&missing, BODY, now),
        Err(VerifyError::MissingHeader("x-chatwoot-timestamp"))
    );

    for (header, value) in [
        ("x-chatwoot-timestamp", "yesterday"),
        ("x-chatwoot-timestamp", "-5"),
        (
            "x-chatwoot-signature",
            "6efbf3e4a67d0541dbc15d69399e015e957edebbe59620e0c89e09c52833b6da",
        ),
        (
            "x-chatwoot-signature",
            "sha1=6efbf3e4a67d0541dbc15d69399e015e957edebb",
        ),
        ("x-chatwoot-signature", "sha256=6efbf3e4"),
        (
            "x-chatwoot-signature",
            "sha256=zzbf3e4a67d0541dbc15d69399e015e957edebbe59620e0c89e09c52833b6da",
        ),
    ] {
        let mut bad = signed();
        bad.insert(header, HeaderValue::from_static(value));
        match check(&bad, BODY, now) {
            Err(VerifyError::MalformedHeader { header: named, .. }) => assert_eq!(named, header),
            other => panic!("{header}: {value}: {other:?}"),
        }
    }
}

#[test]
fn errors_and_debug_never_print_the_secret_or_the_body() {
    let verifier = Verifier::new(SECRET);
    assert!(!format!("{verifier:?}").contains(SECRET));
    let mut tampered = signed();
    tampered.insert(
        "x-chatwoot-signature",
        HeaderValue::from_static("sha256=zz"),
    );
    for result in [
        verifier.verify_at(&signed(), b"{\"secret-body\":1}", at(TIMESTAMP)),
        verifier.verify_at(&tampered, BODY, at(TIMESTAMP)),
        verifier.verify_at(&signed(), BODY, at(TIMESTAMP + 9999)),
    ] {
        let err = result.expect_err("refused");
        let text = format!("{err} {err:?}");
        assert!(
            !text.contains(SECRET) && !text.contains("secret-body") && !text.contains("selamat"),
            "{text}"
        );
    }
    let err = Event::from_slice(br#"{"event":"message_created","id":"siti@example.com"}"#)
        .expect_err("bad id");
    assert!(!err.to_string().contains("siti"), "{err}");
}

#[test]
fn the_delivery_id_is_read_for_deduplication() {
    assert_eq!(
        webhooks::delivery_id(&signed()),
        Some("7c1d2b9e-0f4a-4e55-9a1f-3b2c4d5e6f70")
    );
    assert_eq!(webhooks::delivery_id(&HeaderMap::new()), None);
}

// --- Decoding: bodies built from the reference -------------------------------------------------

fn account() -> Value {
    json!({"id": 1, "name": "Toko Sejahtera"})
}

/// `Contact#webhook_data`.
fn webhook_contact() -> Value {
    json!({"account": account(), "additional_attributes": {}, "avatar": "", "custom_attributes": {},
           "email": "siti@example.com", "id": 1042, "identifier": null, "name": "Siti Rahma",
           "phone_number": null, "thumbnail": "", "blocked": false})
}

fn with(mut value: Value, extra: Value) -> Value {
    for (key, field) in extra.as_object().expect("an object") {
        value[key] = field.clone();
    }
    value
}

fn webhook_message(event: &str) -> Value {
    json!({"account": account(), "additional_attributes": {}, "content_attributes": {},
           "content_type": "text", "content": "Halo & selamat pagi", "conversation": support::app::webhook_conversation(),
           "created_at": "2026-01-19T08:28:45.512Z", "id": 55330, "inbox": {"id": 5, "name": "Toko Online"},
           "message_type": "incoming", "private": false, "sender": with(webhook_contact(), json!({})),
           "source_id": null, "event": event})
}

fn decode(body: &Value) -> Event {
    Event::from_slice(&serde_json::to_vec(body).expect("JSON"))
        .unwrap_or_else(|err| panic!("{}: {err}", body["event"]))
}

#[test]
fn every_event_of_the_reference_decodes() {
    let changed = json!([{"status": {"previous_value": "open", "current_value": "resolved"}},
                         {"updated_at": {"previous_value": "2026-01-19T08:00:00.000Z", "current_value": "2026-01-19T09:00:00.000Z"}}]);
    let bodies = vec![
        with(
            support::app::webhook_conversation(),
            json!({"event": "conversation_created"}),
        ),
        with(
            support::app::webhook_conversation(),
            json!({"event": "conversation_status_changed", "changed_attributes": changed}),
        ),
        with(
            support::app::webhook_conversation(),
            json!({"event": "conversation_updated", "changed_attributes": null}),
        ),
        with(
            support::app::webhook_conversation(),
            json!({"event": "conversation_opened"}),
        ),
        with(
            support::app::webhook_conversation(),
            json!({"event": "conversation_resolved"}),
        ),
        webhook_message("message_created"),
        with(
            webhook_message("message_updated"),
            json!({"message_type": "outgoing", "private": true,
            "sender": {"id": 7, "name": "Rina", "email": "rina@toko.example", "type": "user"},
            "attachments": [support::app::image_attachment(), null]}),
        ),
        json!({"id": 88, "contact": webhook_contact(), "inbox": {"id": 6, "name": "Website"}, "account": account(),
               "current_conversation": null, "source_id": "2b1e7c9a", "event": "webwidget_triggered",
               "event_info": {"initiated_at": {"timestamp": "Mon Jan 19 2026"}, "widget_language": "id",
                              "browser": {"browser_name": "Chrome", "platform_name": "Android"}}}),
        with(webhook_contact(), json!({"event": "contact_created"})),
        with(
            webhook_contact(),
            json!({"event": "contact_updated", "changed_attributes":
            [{"last_activity_at": {"previous_value": null, "current_value": "2026-01-19T08:28:45.512Z"}}]}),
        ),
        json!({"event": "inbox_created", "allow_messages_after_resolved": true, "greeting_enabled": false,
               "greeting_message": null, "timezone": "Asia/Jakarta", "working_hours_enabled": false,
               "working_hours": [{"day_of_week": 0, "closed_all_day": true, "id": 1}],
               "channel": {"id": 2, "webhook_url": "", "hmac_token": "tok"}, "created_at": "2026-01-19T08:00:00.000Z",
               "updated_at": "2026-01-19T08:00:00.000Z", "sender_name_type": "friendly"}),
        json!({"event": "inbox_updated", "timezone": "UTC",
               "changed_attributes": [{"timezone": {"previous_value": "Asia/Jakarta", "current_value": "UTC"}}]}),
        json!({"event": "conversation_typing_on", "user": {"id": 7, "name": "Rina", "email": "rina@toko.example", "type": "user"},
               "conversation": support::app::webhook_conversation(), "is_private": true}),
        json!({"event": "conversation_typing_off", "user": webhook_contact(),
               "conversation": support::app::webhook_conversation(), "is_private": false}),
    ];
    let mut names = Vec::new();
    for body in &bodies {
        let event = decode(body);
        assert_eq!(event.name(), body["event"], "name() is the name as sent");
        assert!(
            !matches!(event, Event::Unknown { .. }),
            "{} is known",
            event.name()
        );
        names.push(event.name().to_owned());
    }
    assert_eq!(names.len(), 14);

    match decode(&bodies[1]) {
        Event::ConversationStatusChanged(conversation) => {
            assert_eq!(conversation.status, KnownConversationStatus::Open);
            assert_eq!(conversation.channel, KnownChannelType::ChannelApi);
            let changes = conversation.changed_attributes.expect("changes");
            assert_eq!(changes[0]["status"].current_value, Some(json!("resolved")));
            let record = conversation.contact_inbox.expect("the record");
            assert_eq!(record.contact_id, 1042);
            assert!(conversation.first_reply_created_at.is_some());
            assert!(matches!(conversation.meta.assignee, Some(Sender::User(_))));
        }
        other => panic!("{other:?}"),
    }
    match decode(&bodies[6]) {
        Event::MessageUpdated(message) => {
            assert_eq!(message.message_type, KnownWebhookMessageType::Outgoing);
            assert!(message.private, "private notes are delivered");
            assert!(matches!(message.sender, Some(WebhookSender::User(_))));
            assert_eq!(message.attachments.len(), 2);
            assert!(message.attachments[1].is_none());
        }
        other => panic!("{other:?}"),
    }
    match decode(&bodies[5]) {
        Event::MessageCreated(message) => {
            assert_eq!(message.content.as_deref(), Some("Halo & selamat pagi"));
            assert!(matches!(message.sender, Some(WebhookSender::Contact(_))));
            assert_eq!(
                message.conversation.messages[0].kind(),
                pembalasan_client::MessageType::Incoming
            );
        }
        other => panic!("{other:?}"),
    }
    match decode(&bodies[10]) {
        Event::InboxCreated(inbox) => assert_eq!(inbox.timezone.as_deref(), Some("Asia/Jakarta")),
        other => panic!("{other:?}"),
    }
}

/// Agent bots get the same builders; a bot-sent message and a bot assignee decode too.
#[test]
fn agent_bot_deliveries_decode() {
    let mut conversation = support::app::webhook_conversation();
    conversation["meta"]["assignee"] =
        json!({"id": 2, "name": "Bot Toko", "avatar_url": null, "type": "agent_bot"});
    conversation["meta"]["assignee_type"] = json!("AgentBot");
    let body = with(
        webhook_message("message_created"),
        json!({
        "message_type": "outgoing", "conversation": conversation,
        "sender": {"id": 2, "name": "Bot Toko", "type": "agent_bot"}}),
    );
    match decode(&body) {
        Event::MessageCreated(message) => {
            assert!(matches!(message.sender, Some(WebhookSender::AgentBot(_))));
            assert!(matches!(
                message.conversation.meta.assignee,
                Some(Sender::AgentBot(_))
            ));
        }
        other => panic!("{other:?}"),
    }
    // Older servers leave `assignee_type` out; a null sender (a system message) is fine.
    let mut older = webhook_message("message_updated");
    older["conversation"]["meta"]
        .as_object_mut()
        .expect("meta")
        .remove("assignee_type");
    older["sender"] = Value::Null;
    assert!(matches!(decode(&older), Event::MessageUpdated(message) if message.sender.is_none()));
}

#[test]
fn an_unknown_event_keeps_its_json() {
    let body = json!({"event": "conversation_archived", "id": 42, "archived_by": {"id": 7}});
    match decode(&body) {
        Event::Unknown { event, payload } => {
            assert_eq!(event, "conversation_archived");
            assert_eq!(payload, body);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(decode(&body).name(), "conversation_archived");
}

#[test]
fn bodies_that_are_not_events_fail_with_a_reason_and_a_place() {
    assert!(matches!(
        Event::from_slice(b"<html>"),
        Err(DecodeError::NotJson { line: 1, .. })
    ));
    assert_eq!(
        Event::from_slice(br#"{"id": 1}"#),
        Err(DecodeError::NoEvent)
    );
    assert_eq!(
        Event::from_slice(br#"{"event": 5}"#),
        Err(DecodeError::EventNotText)
    );
    let mut body = webhook_message("message_created");
    body["conversation"]["meta"]["sender"]["id"] = json!("not a number");
    match Event::from_slice(&serde_json::to_vec(&body).expect("JSON")) {
        Err(DecodeError::Payload {
            event,
            path,
            reason,
        }) => {
            assert_eq!(event, "message_created");
            assert_eq!(path, "conversation.meta.sender.id");
            assert!(reason.contains("invalid type: string \"…\""), "{reason}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_event_serialises_as_its_typed_payload() {
    let event = decode(&with(
        webhook_contact(),
        json!({"event": "contact_created", "not_in_the_spec": 1}),
    ));
    let printed = serde_json::to_value(&event).expect("serialisable");
    assert_eq!(printed["event"], "contact_created");
    assert_eq!(printed["name"], "Siti Rahma");
    assert!(
        printed.get("not_in_the_spec").is_none(),
        "unknown fields are dropped"
    );
}
