//! Typed async client for the public client API of [pembalasan.id](https://pembalasan.id), a help
//! desk built on Chatwoot.
//!
//! The API lets a chat widget, a mobile app or a backend act for one contact of an API-channel
//! inbox: create the contact, start conversations, send and page through messages, show typing,
//! mark messages read and answer the satisfaction survey. Every operation is a method on
//! [`Client`] that returns a request builder; models live in [`types`].
//!
//! The code behind [`Client`] and [`types`] is generated from `spec/openapi.yaml` by
//! `cargo xtask regen` (progenitor); this file and the modules beside it are written by hand.
//!
//! # Example
//!
//! ```no_run
//! use pembalasan_client::{Client, types};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder("https://app.pembalasan.id").build()?;
//!
//! // Create the contact once and keep its source_id: it identifies the contact from now on.
//! let contact = client
//!     .create_contact()
//!     .inbox_identifier("gRm2tDvqp5uZ1NfeH8KVxYw3")
//!     .body(types::CreateContactRequest::builder().name("Siti Rahma".to_string()))
//!     .send()
//!     .await?
//!     .into_inner();
//!
//! for conversation in client
//!     .list_conversations()
//!     .inbox_identifier("gRm2tDvqp5uZ1NfeH8KVxYw3")
//!     .contact_identifier(&contact.source_id)
//!     .send()
//!     .await?
//!     .into_inner()
//! {
//!     println!("#{} is {}", conversation.id, conversation.status);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Forward compatibility
//!
//! The server adds enum values over time. Every enum the server sends (`status`,
//! `content_type`, `file_type`, `contact_type`, `availability_status`, the sender kind) is
//! *open*: a value this client does not know decodes as an `Unknown` variant that keeps it,
//! instead of failing the whole reply. `message_type` is an integer; [`MessageType`] reads it.
//! Fields the client does not know are ignored.

mod generated;

mod builder;
mod identity;
mod message_type;
mod open_enums;

pub use builder::{BuildError, ClientBuilder};
pub use generated::{ByteStream, Client, Error, ResponseValue, builder as request, types};
pub use identity::identifier_hash;
pub use message_type::MessageType;
