//! The Application API list of the benches: a conversation's messages (`list_messages`), as
//! the server renders them, and the hand-written baseline types for it.

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::handwritten::Attachment;
use super::Sender;

/// A `list_messages` body of `count` messages, as compact JSON.
///
/// The messages cycle through the kinds the server sends: an incoming message from the contact
/// with an image attachment and a `null` attachment, an agent's reply, a bot's reply, an AI
/// assistant's reply and an activity message without a sender; each has its own id and text.
pub fn messages_body(count: usize) -> Vec<u8> {
    let contact = json!({
        "additional_attributes": {}, "custom_attributes": {}, "email": null, "id": 1042,
        "identifier": null, "name": "Siti Rahma", "phone_number": null, "thumbnail": "",
        "blocked": false, "type": "contact"
    });
    let agent = json!({
        "id": 7, "name": "Rina Wulandari", "available_name": "Rina", "avatar_url": "",
        "type": "user", "availability_status": "online", "thumbnail": ""
    });
    let bot = json!({"id": 2, "name": "Bot Toko", "avatar_url": "", "type": "agent_bot"});
    let assistant = json!({
        "id": 3, "name": "Asisten", "avatar_url": "", "description": "Menjawab pertanyaan",
        "created_at": "2026-01-02T03:04:05.000Z", "type": "captain_assistant"
    });
    let attachment = json!({
        "id": 311, "message_id": 9003, "file_type": "image", "account_id": 1,
        "extension": null, "data_url": "https://app.pembalasan.id/blobs/resi.png",
        "thumb_url": "https://app.pembalasan.id/thumbs/resi.png", "file_size": 48213,
        "width": null, "height": null
    });
    let statuses = ["sent", "delivered", "read"];
    let mut messages = Vec::with_capacity(count);
    for index in 0..count {
        let id = 9000 + index as i64;
        let kind = index % 5;
        let mut message = json!({
            "id": id, "content": format!("Pesan nomor {index}, tentang pesanan #{}", 40_000 + index),
            "inbox_id": 5, "conversation_id": 42, "message_type": 1, "content_type": "text",
            "status": statuses[index % statuses.len()], "content_attributes": {},
            "created_at": 1_768_811_400 + index as i64, "private": false, "source_id": null
        });
        match kind {
            0 => {
                message["message_type"] = json!(0);
                message["sender"] = contact.clone();
                let mut attached = attachment.clone();
                attached["message_id"] = json!(id);
                message["attachments"] = json!([attached, null]);
            }
            1 => message["sender"] = agent.clone(),
            2 => message["sender"] = bot.clone(),
            3 => message["sender"] = assistant.clone(),
            _ => {
                message["message_type"] = json!(2);
                message["content"] = json!("Conversation was resolved by Rina");
            }
        }
        messages.push(message);
    }
    let list = json!({
        "meta": {
            "labels": ["pengiriman"], "additional_attributes": {}, "contact": contact,
            "assignee": agent, "agent_last_seen_at": "2026-01-19T08:30:00.000Z",
            "assignee_last_seen_at": null
        },
        "payload": messages
    });
    serde_json::to_vec(&list).expect("body serialises")
}

/// The hand-written baseline of `list_messages`.
#[derive(Debug, Deserialize)]
pub struct MessageList {
    pub meta: MessageListMeta,
    pub payload: Vec<Message>,
}

/// The list's `meta`.
#[derive(Debug, Deserialize)]
pub struct MessageListMeta {
    pub additional_attributes: Map<String, Value>,
    pub agent_last_seen_at: Option<chrono::DateTime<chrono::Utc>>,
    pub assignee: Option<Sender>,
    pub assignee_last_seen_at: Option<chrono::DateTime<chrono::Utc>>,
    pub contact: Sender,
    pub labels: Vec<String>,
}

/// A message, with its enums as `String`s and its sender as the flat [`Sender`].
#[derive(Debug, Deserialize)]
pub struct Message {
    #[serde(default)]
    pub attachments: Vec<Option<Attachment>>,
    pub call: Option<Map<String, Value>>,
    pub content: Option<String>,
    pub content_attributes: Map<String, Value>,
    pub content_type: String,
    pub conversation_id: i64,
    pub created_at: i64,
    pub echo_id: Option<String>,
    pub id: i64,
    pub inbox_id: i64,
    pub message_type: i64,
    pub private: bool,
    pub sender: Option<Sender>,
    pub source_id: Option<String>,
    pub status: Option<String>,
}
