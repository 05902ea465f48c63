//! The generated decoders of tagged unions and open enums (codegen's `tagged_unions.rs` and
//! `open_enums.rs`): one pass, the tag picks the variant, an unknown tag keeps its fields, a
//! known tag with a bad field names that field, whichever deserializer reads them.

use pembalasan_client::application::types::{KnownConversationStatus, WebhookEvent, WebhookSender};
use pembalasan_client::public::types::{
    ConversationStatus, KnownAvailabilityStatus, PublicMessage, Sender,
};
use serde_json::{json, Value};

/// Decodes `value` three ways: borrowing from a slice, from a reader (nothing can be
/// borrowed) and from a `serde_json::Value`; all three must agree.
fn decode<T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
    value: &Value,
) -> Result<T, String> {
    let text = value.to_string();
    let from_slice = serde_json::from_slice::<T>(text.as_bytes()).map_err(|err| err.to_string());
    let from_reader =
        serde_json::from_reader::<_, T>(text.as_bytes()).map_err(|err| err.to_string());
    let from_value = serde_json::from_value::<T>(value.clone()).map_err(|err| err.to_string());
    assert_eq!(
        from_slice.is_ok(),
        from_reader.is_ok(),
        "slice and reader agree on {text}"
    );
    assert_eq!(
        from_slice.is_ok(),
        from_value.is_ok(),
        "slice and value agree on {text}"
    );
    if let (Ok(a), Ok(b), Ok(c)) = (&from_slice, &from_reader, &from_value) {
        assert_eq!(a, b);
        assert_eq!(a, c);
    }
    from_slice
}

#[test]
fn each_sender_kind_becomes_its_own_variant_with_its_fields() {
    let contact = decode::<Sender>(&json!({
        "additional_attributes": {}, "custom_attributes": {"plan": "pro"}, "email": null,
        "id": 7, "identifier": null, "name": "Ani", "phone_number": null, "thumbnail": "",
        "blocked": false, "type": "contact"
    }))
    .expect("a contact sender decodes");
    let Sender::Contact(contact) = contact else {
        panic!("a contact is Sender::Contact, got {contact:?}");
    };
    assert_eq!((contact.id, contact.name.as_str()), (7, "Ani"));
    assert_eq!(
        contact
            .custom_attributes
            .as_ref()
            .and_then(|attributes| attributes.get("plan")),
        Some(&json!("pro"))
    );
    assert_eq!(contact.blocked, Some(false));

    let user = decode::<Sender>(&json!({
        "id": 3, "name": "Budi", "available_name": "Budi S", "avatar_url": "",
        "type": "user", "availability_status": "online", "thumbnail": ""
    }))
    .expect("a user sender decodes");
    let Sender::User(user) = user else {
        panic!("a user is Sender::User, got {user:?}");
    };
    assert_eq!(user.available_name.as_deref(), Some("Budi S"));
    assert!(user
        .availability_status
        .is_some_and(|status| status == KnownAvailabilityStatus::Online));

    let bot = decode::<Sender>(&json!({"id": 1, "name": "Bot", "type": "agent_bot"}))
        .expect("a bot sender decodes");
    assert!(
        matches!(bot, Sender::AgentBot(ref bot) if bot.id == 1),
        "{bot:?}"
    );
    let assistant = decode::<Sender>(&json!({"id": 2, "name": "Cap", "type": "captain_assistant"}))
        .expect("an assistant sender decodes");
    assert!(
        matches!(assistant, Sender::CaptainAssistant(_)),
        "{assistant:?}"
    );
}

#[test]
fn an_unknown_sender_kind_keeps_its_kind_and_fields() {
    let sender = decode::<Sender>(&json!({
        "type": "robot", "id": 9, "name": "R2", "avatar_url": "https://a.example/r2.png",
        "serial": "r2-d2"
    }))
    .expect("an unknown kind decodes");
    let Sender::Unknown(unknown) = sender else {
        panic!("an unknown kind is Sender::Unknown, got {sender:?}");
    };
    assert_eq!(unknown.type_.as_str(), "robot");
    assert_eq!(unknown.id, Some(9));
    assert_eq!(unknown.name.as_deref(), Some("R2"));
    assert_eq!(
        unknown.avatar_url.as_deref(),
        Some("https://a.example/r2.png")
    );
}

#[test]
fn a_known_kind_with_a_bad_field_names_the_field() {
    let error = decode::<Sender>(&json!({"type": "user", "id": "three", "name": "Budi"}))
        .expect_err("a user whose id is a string is refused");
    assert!(
        error.contains("invalid type: string \"three\", expected i64"),
        "{error}"
    );

    // Through the path tracking the client uses when a reply does not decode.
    let message = json!({
        "id": 1, "content": "hi", "message_type": 0, "content_type": "text",
        "content_attributes": {}, "created_at": 1, "conversation_id": 2,
        "sender": {"type": "user", "id": "three", "name": "Budi"}
    });
    let text = json!([message]).to_string();
    let mut deserializer = serde_json::Deserializer::from_str(&text);
    let error = serde_path_to_error::deserialize::<_, Vec<PublicMessage>>(&mut deserializer)
        .expect_err("the bad sender id is refused");
    assert_eq!(error.path().to_string(), "[0].sender.id");

    let error = decode::<Sender>(&json!({"type": "contact", "id": 7}))
        .expect_err("a contact without its name is refused");
    assert!(error.contains("missing field `name`"), "{error}");

    let error = decode::<Sender>(&json!({"type": "user", "id": null, "name": "Budi"}))
        .expect_err("a user with a null id is refused");
    assert!(error.contains("`id`") && error.contains("null"), "{error}");

    let error = decode::<Sender>(&json!({"id": 7, "name": "Ani"}))
        .expect_err("a sender without a type is refused");
    assert!(error.contains("missing field `type`"), "{error}");

    let error = serde_json::from_str::<Sender>(
        r#"{"type": "user", "type": "contact", "id": 1, "name": "x"}"#,
    )
    .expect_err("two tags are refused")
    .to_string();
    assert!(error.contains("duplicate field `type`"), "{error}");
}

#[test]
fn a_union_without_a_catch_all_refuses_an_unknown_tag_with_the_known_ones() {
    let error = decode::<WebhookEvent>(&json!({"event": "conversation_exploded", "id": 1}))
        .expect_err("an unknown event is refused");
    assert!(
        error.contains("unknown variant `conversation_exploded`"),
        "{error}"
    );
    assert!(error.contains("`message_created`"), "{error}");
}

#[test]
fn a_webhook_contact_without_a_type_is_the_contact() {
    let contact = json!({
        "account": {"id": 1, "name": "Toko"}, "additional_attributes": {}, "avatar": "",
        "custom_attributes": {}, "email": null, "id": 5, "identifier": null, "name": "Ani",
        "phone_number": null, "thumbnail": ""
    });
    let sender = decode::<WebhookSender>(&contact).expect("a contact without `type` decodes");
    assert!(
        matches!(sender, WebhookSender::Contact(ref contact) if contact.type_.is_none()),
        "{sender:?}"
    );

    let mut typed = contact;
    typed["type"] = json!("contact");
    let sender = decode::<WebhookSender>(&typed).expect("a contact with `type` decodes");
    assert!(
        matches!(sender, WebhookSender::Contact(ref contact) if contact.type_.is_some()),
        "{sender:?}"
    );
}

#[test]
fn a_sender_encodes_back_to_what_it_was_decoded_from() {
    for original in [
        json!({"id": 1, "name": "Bot", "type": "agent_bot"}),
        json!({"type": "robot", "id": 9, "name": "R2"}),
    ] {
        let sender: Sender = decode(&original).expect("decodes");
        let again: Sender =
            decode(&serde_json::to_value(&sender).expect("encodes")).expect("decodes again");
        assert_eq!(again, sender);
    }
}

#[test]
fn an_open_enum_reads_known_and_unknown_values_alike() {
    let known = decode::<ConversationStatus>(&json!("resolved")).expect("a known status decodes");
    assert!(matches!(known, ConversationStatus::Known(_)));
    let unknown =
        decode::<ConversationStatus>(&json!("archived")).expect("an unknown status decodes");
    assert!(matches!(unknown, ConversationStatus::Unknown(_)));
    assert_eq!(unknown.to_string(), "archived");
    let escaped = decode::<ConversationStatus>(&json!("re\u{73}olved")).expect("decodes");
    assert_eq!(
        escaped.known(),
        Some(pembalasan_client::public::types::KnownConversationStatus::Resolved)
    );
    let error = decode::<ConversationStatus>(&json!(3)).expect_err("a number is not a status");
    assert!(error.contains("expected a string"), "{error}");

    let application =
        decode::<pembalasan_client::application::types::ConversationStatus>(&json!("pending"))
            .expect("decodes");
    assert_eq!(application.known(), Some(KnownConversationStatus::Pending));
}
