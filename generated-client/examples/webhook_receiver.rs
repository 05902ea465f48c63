//! A webhook receiver: verifies each delivery's signature, skips repeated deliveries, decodes
//! the event and dispatches it. A delivery that does not verify gets a bare 401.
//!
//! ```text
//! PEMBALASAN_WEBHOOK_SECRET=<the webhook's secret> LISTEN=127.0.0.1:8080 \
//!     cargo run -p pembalasan-client --example webhook_receiver
//! ```

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use pembalasan_client::webhooks::{self, Event, Verifier};

/// What the receiver keeps: the verifier, the deliveries seen, and what it handled.
#[derive(Default)]
pub struct Receiver {
    verifier: Option<Verifier>,
    seen: Mutex<HashSet<String>>,
    /// One line per handled event (your code would update a CRM, answer a message, ...).
    pub handled: Mutex<Vec<String>>,
}

/// The receiver's routes: `POST /webhooks`, verifying with `secret`.
pub fn app(secret: &str) -> (Router, Arc<Receiver>) {
    let receiver = Arc::new(Receiver {
        verifier: Some(Verifier::new(secret)),
        ..Receiver::default()
    });
    let router = Router::new()
        .route("/webhooks", post(receive))
        .with_state(Arc::clone(&receiver));
    (router, receiver)
}

async fn receive(
    State(receiver): State<Arc<Receiver>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    // The raw bytes, before any parsing.
    let Some(verifier) = &receiver.verifier else {
        return StatusCode::UNAUTHORIZED;
    };
    if verifier.verify(&headers, &body).is_err() {
        return StatusCode::UNAUTHORIZED;
    }
    // A retry of a delivery already handled: acknowledge it again, do nothing.
    if let Some(id) = webhooks::delivery_id(&headers) {
        let mut seen = receiver
            .seen
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if !seen.insert(id.to_owned()) {
            return StatusCode::OK;
        }
    }
    let Ok(event) = Event::from_slice(&body) else {
        return StatusCode::UNPROCESSABLE_ENTITY;
    };
    let line = match &event {
        Event::MessageCreated(message) => format!(
            "message {} in conversation {} ({})",
            message.id, message.conversation.id, message.message_type
        ),
        Event::ConversationStatusChanged(conversation) => {
            format!(
                "conversation {} is {}",
                conversation.id, conversation.status
            )
        }
        Event::ContactCreated(contact) => format!("new contact {}", contact.id),
        other => format!("{} (not handled)", other.name()),
    };
    receiver
        .handled
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .push(line);
    StatusCode::OK
}

#[allow(dead_code)] // the test that runs `app` does not use `main`
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = std::env::var("PEMBALASAN_WEBHOOK_SECRET")
        .map_err(|_| "set PEMBALASAN_WEBHOOK_SECRET to the webhook's secret")?;
    let address = std::env::var("LISTEN").unwrap_or_else(|_| "127.0.0.1:8080".to_owned());
    let (router, _receiver) = app(&secret);
    let listener = tokio::net::TcpListener::bind(&address).await?;
    axum::serve(listener, router).await?;
    Ok(())
}
