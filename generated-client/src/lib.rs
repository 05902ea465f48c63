//! Typed async clients for the APIs of [pembalasan.id](https://pembalasan.id), a help desk built
//! on Chatwoot, one module per API family:
//!
//! | module | for | credential |
//! | --- | --- | --- |
//! | [`public`] | a chat widget, app or backend acting for one contact | none: the inbox identifier and the contact's `source_id` |
//! | [`application`] | agents, administrators and agent bots: conversations, messages, contacts, inboxes, teams, reports, the help center | a user's or an agent bot's access token, sent as `api-access-token` |
//! | [`platform`] | an installation's own provisioning software: users, accounts, account members, agent bots | a platform app's access token, sent as `api-access-token` |
//!
//! [`webhooks`] verifies and decodes the events the server POSTs to your webhooks;
//! `realtime` (feature `realtime`) streams the live events of its websocket. Lists that
//! page have `.pages()` and `.items()` streams on their request builders ([`paging`]); a
//! [`RetryPolicy`] on the builder retries what is safe to retry; the feature `tracing` gives
//! every request a span.
//!
//! Each family has its own `Client` (built with `Client::builder`, which checks the settings
//! and never panics), request builders and `types`, generated from its spec under `spec/` by
//! `cargo xtask regen` (progenitor). What they share is written by hand here: [`Error`],
//! [`ResponseValue`], the [`ClientBuilder`] settings, [`Upload`] and [`MessageType`].
//!
//! # Features
//!
//! Each family is a feature of its own, `public`, `application` and `platform`, all three on by
//! default. A user of one family can compile only that family's generated code:
//! `default-features = false, features = ["rustls", "public"]`. [`webhooks`] comes with
//! `application`, whose types it decodes into; `realtime` turns `application` on, and `cli`
//! turns on every family.
//!
//! # Example
//!
//! An agent's integration: the open conversations assigned to the caller, one reply each.
//!
//! ```no_run
//! use pembalasan_client::application::{types, Client};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder("https://app.pembalasan.id", std::env::var("PEMBALASAN_API_TOKEN")?)
//!     .build()?;
//! let mine = client
//!     .list_conversations()
//!     .account_id(1)
//!     .assignee_type(types::ListConversationsAssigneeType::Me)
//!     .status(types::ListConversationsStatus::Open)
//!     .send()
//!     .await?
//!     .into_inner();
//! for conversation in &mine.data.payload {
//!     client
//!         .create_message()
//!         .account_id(1)
//!         .conversation_id(conversation.id) // the display id
//!         .body(types::CreateMessageRequest::builder().content("Sedang kami cek.".to_owned()))
//!         .send()
//!         .await?;
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Forward compatibility
//!
//! The server adds enum values over time. Every enum the server sends (`status`,
//! `content_type`, `file_type`, `availability_status`, `role`, the sender kind, ...) is *open*: a
//! value this client does not know decodes as an `Unknown` variant that keeps it, instead of
//! failing the whole reply. `message_type` is an integer; [`MessageType`] reads it. Fields the
//! client does not know are ignored.
//!
//! # Secrets
//!
//! Access tokens, contact `source_id`s and response bodies never appear in the `Display` or
//! `Debug` of a client, a builder or an [`Error`]; the client does no logging.

// With only some families enabled, shared helpers that only the others use go unused.
#![cfg_attr(
    not(all(feature = "public", feature = "application", feature = "platform")),
    allow(dead_code, unused_imports)
)]

#[cfg(feature = "application")]
pub mod application;
pub mod paging;
#[cfg(feature = "platform")]
pub mod platform;
#[cfg(feature = "public")]
pub mod public;
#[cfg(feature = "realtime")]
pub mod realtime;
pub mod runtime;
#[cfg(feature = "application")]
pub mod webhooks;

#[cfg(any(feature = "public", feature = "application"))]
mod hmac;
#[cfg(any(feature = "public", feature = "application"))]
mod message_type;
#[cfg(any(feature = "public", feature = "application"))]
mod upload;

#[cfg(any(feature = "public", feature = "application"))]
pub use message_type::MessageType;
pub use runtime::{
    BuildError, ClientBuilder, ClientOptions, Error, InvalidResponse, RawBody, ResponseValue,
    RetryPolicy, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, MAX_REDIRECTS,
};
#[cfg(any(feature = "public", feature = "application"))]
pub use upload::Upload;
