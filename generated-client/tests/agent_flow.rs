//! Runs `examples/agent_flow.rs` against a local server that keeps state like the real one:
//! 30 open conversations assigned to the caller in pages of 25, labels that a POST replaces,
//! and a status that `toggle_status` changes.

mod support;

#[path = "../examples/agent_flow.rs"]
mod agent_flow;

use std::sync::{Arc, Mutex};

use pembalasan_client::application::types::KnownConversationStatus;
use serde_json::{json, Value};
use support::app::{self, TOKEN};
use support::{Recorded, Reply, TestServer};

const CONVERSATIONS: i64 = 30;
/// The conversation that has waited longest.
const OLDEST: i64 = 17;

struct State {
    labels: Vec<String>,
    status: &'static str,
    messages: i64,
}

/// Conversation `id`, open and assigned to the caller, waiting since a time that makes
/// [`OLDEST`] the longest wait (and conversation 30 not waiting at all).
fn conversation(id: i64, state: &State) -> Value {
    let mut conversation = app::assigned_conversation();
    conversation["id"] = json!(id);
    conversation["status"] = json!(if id == OLDEST { state.status } else { "open" });
    conversation["snoozed_until"] = Value::Null;
    conversation["waiting_since"] = json!(match id {
        OLDEST => 1768800000,
        CONVERSATIONS => 0,
        other => 1768810000 + other,
    });
    conversation
}

fn handle(state: &Mutex<State>, request: &Recorded) -> Reply {
    assert_eq!(
        request.header("api-access-token"),
        Some(TOKEN),
        "every request carries the token"
    );
    let mut state = state.lock().expect("state");
    let base = format!("/api/v1/accounts/1/conversations/{OLDEST}");
    match (request.method.as_str(), request.path()) {
        ("GET", "/api/v1/accounts/1/conversations") => {
            let page: i64 = request
                .query()
                .and_then(|query| query.split('&').find_map(|pair| pair.strip_prefix("page=")))
                .and_then(|page| page.parse().ok())
                .unwrap_or(1);
            let ids = ((page - 1) * 25 + 1)..=(page * 25).min(CONVERSATIONS);
            let payload: Vec<Value> = ids.map(|id| conversation(id, &state)).collect();
            Reply::json(
                200,
                &json!({"data": {"meta": {"mine_count": CONVERSATIONS, "assigned_count": CONVERSATIONS,
                "unassigned_count": 0, "all_count": CONVERSATIONS}, "payload": payload}}),
            )
        }
        ("POST", path) if path == format!("{base}/messages") => {
            state.messages += 1;
            let mut message = app::message();
            message["id"] = json!(9100 + state.messages);
            message["conversation_id"] = json!(OLDEST);
            message["content"] = request.json()["content"].clone();
            Reply::json(200, &message)
        }
        ("GET", path) if path == format!("{base}/labels") => {
            Reply::json(200, &json!({"payload": state.labels}))
        }
        ("POST", path) if path == format!("{base}/labels") => {
            // The server replaces the list.
            state.labels =
                serde_json::from_value(request.json()["labels"].clone()).expect("labels");
            Reply::json(200, &json!({"payload": state.labels}))
        }
        ("POST", path) if path == format!("{base}/toggle_status") => {
            state.status = "resolved";
            Reply::json(
                200,
                &json!({"payload": {"success": true, "conversation_id": OLDEST,
                "current_status": "resolved", "snoozed_until": null}}),
            )
        }
        _ => Reply::json(404, &json!({"error": "Resource could not be found"})),
    }
}

#[tokio::test]
async fn the_agent_flow_example_runs_against_a_local_server() {
    let state = Arc::new(Mutex::new(State {
        labels: vec!["pengiriman".to_owned()],
        status: "open",
        messages: 0,
    }));
    let handler_state = Arc::clone(&state);
    let server = TestServer::start(move |request| handle(&handler_state, request)).await;

    let outcome = agent_flow::run(&app::client_for(&server), 1, "ditangani")
        .await
        .expect("the flow completes");

    assert_eq!(outcome.pages, 2, "25 + 5");
    assert_eq!(outcome.mine.len(), CONVERSATIONS as usize);
    let reply = outcome.reply.expect("a reply");
    assert_eq!(reply.conversation_id, OLDEST);
    assert_eq!(
        reply.content.as_deref(),
        Some("Terima kasih, pesanan Anda sedang kami cek.")
    );
    assert_eq!(
        outcome.labels,
        ["pengiriman", "ditangani"],
        "the old label is kept"
    );
    assert_eq!(
        outcome.status,
        Some(KnownConversationStatus::Resolved.into())
    );
    assert_eq!(state.lock().expect("state").status, "resolved");

    let targets: Vec<String> = server
        .requests()
        .iter()
        .map(|request| format!("{} {}", request.method, request.target))
        .collect();
    let base = format!("/api/v1/accounts/1/conversations/{OLDEST}");
    assert_eq!(
        targets,
        [
            "GET /api/v1/accounts/1/conversations?assignee_type=me&page=1&status=open".to_owned(),
            "GET /api/v1/accounts/1/conversations?assignee_type=me&page=2&status=open".to_owned(),
            format!("POST {base}/messages"),
            format!("GET {base}/labels"),
            format!("POST {base}/labels"),
            format!("POST {base}/toggle_status"),
        ]
    );
}
