//! Receiving webhooks: verifying a delivery's signature and decoding its event.
//!
//! pembalasan.id POSTs events as JSON to account webhooks (the Application API's
//! `create_webhook`), to agent bots' `outgoing_url` and to API-channel inboxes' `webhook_url`.
//! Servers from February 2026 sign each delivery: `X-Chatwoot-Timestamp` is the Unix time of
//! the attempt and `X-Chatwoot-Signature` is `sha256=` and the hex HMAC-SHA256 of
//! `<timestamp>.<body>`, keyed with the webhook's (or bot's, or inbox's) secret;
//! `X-Chatwoot-Delivery` names the delivery and stays the same on retries.
//!
//! ```
//! use pembalasan_client::webhooks::{self, Event, Verifier};
//! # let secret = "Wb3nQ8sKd2Lx7Rv0Tz5Hc9Mf4Jp6Ya1E";
//! # let body = br#"{"event":"something_new","id":1}"#;
//! # let headers = webhooks::sign(secret, body, std::time::SystemTime::now());
//! let verifier = Verifier::new(secret);
//! verifier.verify(&headers, body)?; // the raw bytes, exactly as received
//! match Event::from_slice(body)? {
//!     Event::MessageCreated(message) => println!("message {} in #{}", message.id, message.conversation.id),
//!     other => println!("{} (not handled)", other.name()),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Verify the body bytes as they arrived: a body parsed and serialised again is not the same
//! bytes (the server escapes `&`, `<` and `>` as `\u0026`, `\u003c`, `\u003e`, and key order
//! and spacing change), so it does not verify. Servers before February 2026 send no signature;
//! decode their deliveries without [`Verifier`].

mod event;
mod verify;

pub use event::{DecodeError, Event};
pub use verify::{
    delivery_id, sign, Verified, Verifier, VerifyError, DEFAULT_TOLERANCE, DELIVERY_HEADER,
    SIGNATURE_HEADER, TIMESTAMP_HEADER,
};
