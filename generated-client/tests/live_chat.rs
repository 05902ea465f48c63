//! Runs `examples/live_chat.rs` against a local public API and a local ActionCable server: the
//! contact's pubsub token from the create-contact reply is what the example subscribes with,
//! its own message is not taken for a reply, and the agent's reply is.

#[path = "realtime/cable.rs"]
mod cable;
#[path = "../examples/live_chat.rs"]
#[allow(dead_code)] // its `main` is not called here
mod live_chat;
mod support;

use std::time::Duration;

use cable::{After, CableServer, Script};
use serde_json::json;
use support::{client_for, Reply, TestServer};

const INBOX: &str = "inbox-1";
const SOURCE_ID: &str = "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10";
const PUBSUB_TOKEN: &str = "pQ4tJ9wzXk1vB6mN2cR7sT0u";

fn pushed(id: i64, message_type: i64, content: &str) -> serde_json::Value {
    let mut data = support::app::message_event();
    data["id"] = json!(id);
    data["conversation_id"] = json!(17);
    data["message_type"] = json!(message_type);
    data["content"] = json!(content);
    json!({"event": "message.created", "data": data})
}

#[tokio::test]
async fn the_live_chat_example_prints_the_agents_reply() {
    let api = TestServer::start(|request| match request.path() {
        "/public/api/v1/inboxes/inbox-1/contacts" => Reply::json(
            200,
            &json!({"source_id": SOURCE_ID, "pubsub_token": PUBSUB_TOKEN, "id": 1042,
                    "name": "Siti Rahma", "email": null, "phone_number": null}),
        ),
        path if path.ends_with("/conversations") => {
            Reply::json(200, &support::conversation(Vec::new()))
        }
        _ => Reply::json(
            200,
            &json!({"id": 9001, "content": "Halo", "message_type": 0, "content_type": "text",
                    "content_attributes": {}, "created_at": 1768817000, "conversation_id": 17}),
        ),
    })
    .await;
    let cable = CableServer::start(Duration::from_millis(50), |_| Script::Serve {
        events: vec![
            pushed(9001, 0, "Halo"),
            pushed(9002, 1, "Sedang kami cek, Kak."),
        ],
        after: After::Stay,
    })
    .await;

    let replies = tokio::time::timeout(
        Duration::from_secs(10),
        live_chat::chat(&client_for(&api), &cable.base_url(), INBOX, "Halo", 1),
    )
    .await
    .expect("within 10 s")
    .expect("the chat runs");
    assert_eq!(replies, ["Sedang kami cek, Kak."]);

    let subscribe = &cable.connections()[0].commands[0];
    assert_eq!(
        subscribe["identifier"],
        format!("{{\"channel\":\"RoomChannel\",\"pubsub_token\":\"{PUBSUB_TOKEN}\"}}")
    );
    let sent = api.requests();
    let message = sent.last().expect("the message request");
    assert_eq!(
        message.json(),
        json!({"content": "Halo", "echo_id": "live-chat-1"})
    );
}
