//! Shared by the client benches: the hand-written baseline types, the synthetic
//! list-conversations bodies, and how figures are printed.

#![allow(dead_code)] // each bench uses a different part of this module

pub mod application;

use std::time::Duration;

use serde::Deserialize;
use serde_json::{Map, Value};

/// What the server really sends for one contact (one conversation, five messages).
const SERVER_REPLY: &str = include_str!("../../tests/fixtures/server-list-conversations.json");

/// A list-conversations body of `count` conversations, as compact JSON (as the server sends it).
///
/// Each conversation is the fixture's (five messages: one without sender, one from the contact
/// with attachments and a null attachment, one each from a user, an agent bot and a captain
/// assistant) with its own ids, uuid, texts and a status that cycles through the known ones.
pub fn conversations_body(count: usize) -> Vec<u8> {
    let fixture: Vec<Value> = serde_json::from_str(SERVER_REPLY).expect("fixture is a JSON array");
    let template = fixture
        .into_iter()
        .next()
        .expect("fixture has a conversation");
    let statuses = ["open", "resolved", "pending", "snoozed"];
    let mut conversations = Vec::with_capacity(count);
    for index in 0..count {
        let mut conversation = template.clone();
        let id = 1000 + index as i64;
        conversation["id"] = id.into();
        conversation["uuid"] = format!("6b1f8f3e-2d4c-4a8b-9c3e-{index:012}").into();
        conversation["status"] = statuses[index % statuses.len()].into();
        conversation["contact"]["id"] = (50_000 + index as i64).into();
        if let Some(messages) = conversation["messages"].as_array_mut() {
            for (position, message) in messages.iter_mut().enumerate() {
                message["id"] = (id * 10 + position as i64).into();
                message["conversation_id"] = id.into();
                if let Some(Value::String(text)) = message.get_mut("content") {
                    text.push_str(&format!(" (#{id}/{position})"));
                }
            }
        }
        conversations.push(conversation);
    }
    serde_json::to_vec(&conversations).expect("body serialises")
}

/// The HTTP/1.1 response the bench server sends for `body`.
pub fn http_response(body: &[u8]) -> Vec<u8> {
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(body);
    response
}

/// Prints one figure for `cargo xtask bench` (stdout, `@bench key=value`).
pub fn figure(key: &str, value: impl std::fmt::Display) {
    println!("@bench {key}={value}");
}

/// The `p`-th percentile (0..=100, nearest rank) of sorted durations, in milliseconds.
pub fn percentile_ms(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1e3
}

/// The median of durations (sorts them), in milliseconds.
pub fn median_ms(times: &mut [Duration]) -> f64 {
    times.sort();
    percentile_ms(times, 50.0)
}

/// Defines the hand-written types in a module, with the types of the open enums and of the
/// sender given, so a bench can swap in a generated type one at a time and see what it costs.
macro_rules! handwritten_types {
    (
        $(#[$attr:meta])*
        mod $name:ident {
            status: $status:ty,
            content_type: $content_type:ty,
            file_type: $file_type:ty,
            contact_type: $contact_type:ty,
            sender: $sender:ty $(,)?
        }
    ) => {
        $(#[$attr])*
        pub mod $name {
            use serde::Deserialize;
            use serde_json::{Map, Value};

            #[allow(unused_imports)]
            use super::*;

            /// A conversation.
            #[derive(Debug, Deserialize)]
            pub struct Conversation {
                pub id: i64,
                pub uuid: String,
                pub inbox_id: i64,
                pub contact_last_seen_at: i64,
                pub agent_last_seen_at: i64,
                pub status: $status,
                pub messages: Vec<Message>,
                pub contact: Contact,
            }

            /// A message.
            #[derive(Debug, Deserialize)]
            pub struct Message {
                pub id: i64,
                pub content: Option<String>,
                pub message_type: i64,
                pub content_type: $content_type,
                pub content_attributes: Map<String, Value>,
                pub created_at: i64,
                pub conversation_id: i64,
                #[serde(default)]
                pub attachments: Vec<Option<Attachment>>,
                pub sender: Option<$sender>,
            }

            /// An attachment.
            #[derive(Debug, Deserialize)]
            pub struct Attachment {
                pub id: i64,
                pub message_id: i64,
                pub file_type: $file_type,
                pub account_id: i64,
                pub extension: Option<String>,
                pub data_url: Option<String>,
                pub thumb_url: Option<String>,
                pub file_size: Option<i64>,
                pub width: Option<i64>,
                pub height: Option<i64>,
                pub coordinates_lat: Option<f64>,
                pub coordinates_long: Option<f64>,
                pub fallback_title: Option<String>,
                pub transcribed_text: Option<String>,
                #[serde(default)]
                pub meta: Map<String, Value>,
            }

            /// The conversation's contact.
            #[derive(Debug, Deserialize)]
            pub struct Contact {
                pub id: i64,
                pub name: String,
                pub email: Option<String>,
                pub phone_number: Option<String>,
                pub account_id: i64,
                pub created_at: String,
                pub updated_at: String,
                pub additional_attributes: Map<String, Value>,
                pub identifier: Option<String>,
                pub custom_attributes: Map<String, Value>,
                pub last_activity_at: Option<String>,
                pub contact_type: $contact_type,
                pub middle_name: String,
                pub last_name: String,
                pub location: Option<String>,
                pub country_code: Option<String>,
                pub blocked: bool,
                pub company_id: Option<i64>,
                #[serde(default)]
                pub label_list: Vec<String>,
            }
        }
    };
}

handwritten_types! {
    /// The hand-written baseline: what someone would write by hand for this endpoint with
    /// serde. Same fields and the same required/optional split as the generated types; the
    /// enums the server extends over time are plain `String`s, the sender is one struct with
    /// its `type` and the union of the kinds' fields, and free-form objects are
    /// `serde_json::Map`s.
    mod handwritten {
        status: String,
        content_type: String,
        file_type: String,
        contact_type: String,
        sender: Sender,
    }
}

/// A message's sender, by hand: contact, user, agent bot, captain assistant or a kind not
/// known yet, told apart by `kind`.
#[derive(Debug, Deserialize)]
pub struct Sender {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: Option<i64>,
    pub name: Option<String>,
    pub avatar_url: Option<String>,
    pub thumbnail: Option<String>,
    pub email: Option<String>,
    pub phone_number: Option<String>,
    pub identifier: Option<String>,
    pub blocked: Option<bool>,
    #[serde(default)]
    pub additional_attributes: Map<String, Value>,
    #[serde(default)]
    pub custom_attributes: Map<String, Value>,
    pub available_name: Option<String>,
    pub availability_status: Option<String>,
    pub description: Option<String>,
    pub created_at: Option<String>,
}

handwritten_types! {
    /// Experiment: the baseline with the generated open enums (`#[serde(untagged)]` of a known
    /// enum and an unknown string) in place of the `String`s.
    mod with_generated_enums {
        status: pembalasan_client::public::types::ConversationStatus,
        content_type: pembalasan_client::public::types::ContentType,
        file_type: pembalasan_client::public::types::FileType,
        contact_type: pembalasan_client::public::types::ContactType,
        sender: Sender,
    }
}

handwritten_types! {
    /// Experiment: the baseline with the generated `Sender` (`#[serde(untagged)]` of five
    /// structs) in place of the hand-written one.
    mod with_generated_sender {
        status: String,
        content_type: String,
        file_type: String,
        contact_type: String,
        sender: pembalasan_client::public::types::Sender,
    }
}

handwritten_types! {
    /// Experiment: the baseline with a sender enum like the generated one (a variant per kind
    /// and one for kinds not known yet) that is decoded through the flat hand-written struct
    /// and then sorted by `type` (`#[serde(from = "Sender")]`): one pass, nothing buffered.
    mod with_sender_enum_from_flat {
        status: String,
        content_type: String,
        file_type: String,
        contact_type: String,
        sender: SenderEnum,
    }
}

/// A sender as an enum of its kinds, decoded through the flat [`Sender`].
#[derive(Debug, Deserialize)]
#[serde(from = "Sender")]
pub enum SenderEnum {
    Contact(Sender),
    User(Sender),
    AgentBot(Sender),
    CaptainAssistant(Sender),
    Unknown(Sender),
}

impl From<Sender> for SenderEnum {
    fn from(sender: Sender) -> Self {
        match sender.kind.as_str() {
            "contact" => SenderEnum::Contact(sender),
            "user" => SenderEnum::User(sender),
            "agent_bot" => SenderEnum::AgentBot(sender),
            "captain_assistant" => SenderEnum::CaptainAssistant(sender),
            _ => SenderEnum::Unknown(sender),
        }
    }
}
