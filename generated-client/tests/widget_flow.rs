//! Runs `examples/widget_flow.rs` against a local server that keeps state like the real one:
//! contacts, conversations, and messages paged 20 at a time with `before`.

mod support;

#[path = "../examples/widget_flow.rs"]
mod widget_flow;

use std::sync::{Arc, Mutex};

use pembalasan_client::public::types::KnownConversationStatus;
use serde_json::{json, Value};
use support::{client_for, Recorded, Reply, TestServer};

const INBOX: &str = "inbox-1";
const SOURCE_ID: &str = "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10";
/// Messages already in the conversation before the flow sends its own.
const EARLIER: i64 = 45;

#[derive(Default)]
struct State {
    status: &'static str,
    messages: Vec<Value>,
    next_id: i64,
}

fn message(id: i64, content: &str) -> Value {
    json!({"id": id, "content": content, "message_type": 1, "content_type": "text",
           "content_attributes": {}, "created_at": 1768817000 + id, "conversation_id": 7})
}

/// The conversation (id 7) as the server renders it in its current state.
fn conversation(state: &State) -> Value {
    let mut conversation = support::conversation(state.messages.clone());
    conversation["id"] = json!(7);
    conversation["status"] = json!(state.status);
    conversation
}

fn handle(state: &Mutex<State>, request: &Recorded) -> Reply {
    let mut state = state.lock().expect("state");
    let contact = format!("/public/api/v1/inboxes/{INBOX}/contacts");
    let conversations = format!("{contact}/{SOURCE_ID}/conversations");
    let messages = format!("{conversations}/7/messages");
    match (request.method.as_str(), request.path()) {
        ("POST", path) if path == contact => Reply::json(
            200,
            &json!({"source_id": SOURCE_ID, "pubsub_token": "token", "id": 1,
                    "name": request.json()["name"], "email": request.json()["email"], "phone_number": null}),
        ),
        ("POST", path) if path == conversations => {
            state.status = "open";
            Reply::json(200, &conversation(&state))
        }
        ("POST", path) if path == messages => {
            let id = state.next_id;
            state.next_id += 1;
            let mut sent = message(id, request.json()["content"].as_str().unwrap_or_default());
            sent["message_type"] = json!(0);
            state.messages.push(sent.clone());
            Reply::json(200, &sent)
        }
        ("GET", path) if path == messages => {
            let before = request
                .query()
                .and_then(|q| q.strip_prefix("before="))
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or(i64::MAX);
            let older: Vec<&Value> = state
                .messages
                .iter()
                .filter(|m| m["id"].as_i64().is_some_and(|id| id < before))
                .collect();
            let page: Vec<&Value> = older[older.len().saturating_sub(20)..].to_vec();
            Reply::json(200, &json!(page))
        }
        ("POST", path) if path == format!("{conversations}/7/toggle_status") => {
            state.status = "resolved";
            Reply::json(200, &conversation(&state))
        }
        _ => Reply::json(404, &json!({"status": 404, "error": "Not Found"})),
    }
}

#[tokio::test]
async fn the_widget_flow_example_runs_against_a_local_server() {
    let state = Arc::new(Mutex::new(State {
        status: "open",
        messages: (1..=EARLIER)
            .map(|id| message(id, &format!("earlier {id}")))
            .collect(),
        next_id: EARLIER + 1,
    }));
    let handler_state = Arc::clone(&state);
    let server = TestServer::start(move |request| handle(&handler_state, request)).await;

    let outcome = widget_flow::run(&client_for(&server), INBOX)
        .await
        .expect("the flow completes");

    assert_eq!(outcome.source_id, SOURCE_ID);
    assert_eq!(
        outcome.sent.content.as_deref(),
        Some("Halo, pesanan saya belum sampai.")
    );
    // 46 messages in pages of 20: 20 + 20 + 6, then an empty page.
    assert_eq!(outcome.pages, 4);
    let ids: Vec<i64> = outcome.history.iter().map(|m| m.id).collect();
    assert_eq!(
        ids,
        (1..=EARLIER + 1).collect::<Vec<_>>(),
        "every message once, oldest first"
    );
    assert_eq!(outcome.resolved.status, KnownConversationStatus::Resolved);

    let targets: Vec<String> = server
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.target))
        .collect();
    let base = format!("/public/api/v1/inboxes/{INBOX}/contacts/{SOURCE_ID}/conversations/7");
    assert_eq!(
        targets,
        [
            format!("POST /public/api/v1/inboxes/{INBOX}/contacts"),
            format!("POST /public/api/v1/inboxes/{INBOX}/contacts/{SOURCE_ID}/conversations"),
            format!("POST {base}/messages"),
            format!("GET {base}/messages"),
            format!("GET {base}/messages?before=27"),
            format!("GET {base}/messages?before=7"),
            format!("GET {base}/messages?before=1"),
            format!("POST {base}/toggle_status"),
        ]
    );
}
