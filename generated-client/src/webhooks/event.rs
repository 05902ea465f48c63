//! [`Event`]: a delivery's body, typed by its `event` name.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::application::types::{
    ContactEvent, ConversationEvent, InboxEvent, TypingEvent, WebhookMessage,
    WebwidgetTriggeredEvent,
};

/// One delivery, by the `event` name it carries. The payload types are the Application API's
/// (`application::types`), generated from the event schemas of `spec/application.yaml`.
///
/// A name this client does not know decodes as [`Event::Unknown`] with its JSON kept, so a
/// newer server never makes a receiver fail.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `conversation_created`.
    ConversationCreated(Box<ConversationEvent>),
    /// `conversation_status_changed`, with the status change in `changed_attributes`.
    ConversationStatusChanged(Box<ConversationEvent>),
    /// `conversation_updated`, with what changed in `changed_attributes`.
    ConversationUpdated(Box<ConversationEvent>),
    /// `conversation_opened` (agent bots only).
    ConversationOpened(Box<ConversationEvent>),
    /// `conversation_resolved` (agent bots only).
    ConversationResolved(Box<ConversationEvent>),
    /// `message_created` (private notes included, activity messages never).
    MessageCreated(Box<WebhookMessage>),
    /// `message_updated`: a delivery status, an edit, a CSAT answer.
    MessageUpdated(Box<WebhookMessage>),
    /// `webwidget_triggered`: a visitor opened the website widget.
    WebwidgetTriggered(Box<WebwidgetTriggeredEvent>),
    /// `contact_created`.
    ContactCreated(Box<ContactEvent>),
    /// `contact_updated`, with what changed in `changed_attributes`.
    ContactUpdated(Box<ContactEvent>),
    /// `inbox_created`.
    InboxCreated(Box<InboxEvent>),
    /// `inbox_updated`, with what changed in `changed_attributes`.
    InboxUpdated(Box<InboxEvent>),
    /// `conversation_typing_on`.
    ConversationTypingOn(Box<TypingEvent>),
    /// `conversation_typing_off`.
    ConversationTypingOff(Box<TypingEvent>),
    /// An event this client does not know yet.
    Unknown {
        /// The event's name, as sent.
        event: String,
        /// The whole body.
        payload: Value,
    },
}

/// Decodes `value` as `T` and boxes it into a variant.
fn typed<T: DeserializeOwned>(
    name: &str,
    value: Value,
    variant: fn(Box<T>) -> Event,
) -> Result<Event, DecodeError> {
    serde_path_to_error::deserialize(value)
        .map(|payload| variant(Box::new(payload)))
        .map_err(|err| DecodeError::Payload {
            event: name.to_owned(),
            path: err.path().to_string(),
            reason: crate::runtime::redact(&err.inner().to_string()),
        })
}

impl Event {
    /// Decodes a delivery's body: reads `event` first, then the one payload it names.
    pub fn from_slice(body: &[u8]) -> Result<Event, DecodeError> {
        let value: Value = serde_json::from_slice(body).map_err(|err| DecodeError::NotJson {
            line: err.line(),
            column: err.column(),
        })?;
        let name = match value.get("event") {
            Some(Value::String(name)) => name.clone(),
            Some(_) => return Err(DecodeError::EventNotText),
            None => return Err(DecodeError::NoEvent),
        };
        match name.as_str() {
            "conversation_created" => typed(&name, value, Event::ConversationCreated),
            "conversation_status_changed" => typed(&name, value, Event::ConversationStatusChanged),
            "conversation_updated" => typed(&name, value, Event::ConversationUpdated),
            "conversation_opened" => typed(&name, value, Event::ConversationOpened),
            "conversation_resolved" => typed(&name, value, Event::ConversationResolved),
            "message_created" => typed(&name, value, Event::MessageCreated),
            "message_updated" => typed(&name, value, Event::MessageUpdated),
            "webwidget_triggered" => typed(&name, value, Event::WebwidgetTriggered),
            "contact_created" => typed(&name, value, Event::ContactCreated),
            "contact_updated" => typed(&name, value, Event::ContactUpdated),
            "inbox_created" => typed(&name, value, Event::InboxCreated),
            "inbox_updated" => typed(&name, value, Event::InboxUpdated),
            "conversation_typing_on" => typed(&name, value, Event::ConversationTypingOn),
            "conversation_typing_off" => typed(&name, value, Event::ConversationTypingOff),
            _ => Ok(Event::Unknown {
                event: name,
                payload: value,
            }),
        }
    }

    /// The event's name, as the server sent it (`message_created`, ...).
    pub fn name(&self) -> &str {
        match self {
            Event::ConversationCreated(_) => "conversation_created",
            Event::ConversationStatusChanged(_) => "conversation_status_changed",
            Event::ConversationUpdated(_) => "conversation_updated",
            Event::ConversationOpened(_) => "conversation_opened",
            Event::ConversationResolved(_) => "conversation_resolved",
            Event::MessageCreated(_) => "message_created",
            Event::MessageUpdated(_) => "message_updated",
            Event::WebwidgetTriggered(_) => "webwidget_triggered",
            Event::ContactCreated(_) => "contact_created",
            Event::ContactUpdated(_) => "contact_updated",
            Event::InboxCreated(_) => "inbox_created",
            Event::InboxUpdated(_) => "inbox_updated",
            Event::ConversationTypingOn(_) => "conversation_typing_on",
            Event::ConversationTypingOff(_) => "conversation_typing_off",
            Event::Unknown { event, .. } => event,
        }
    }
}

/// The payload as JSON: what the typed payload holds (unknown fields dropped), or the whole
/// body of an [`Event::Unknown`].
impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Event::ConversationCreated(payload)
            | Event::ConversationStatusChanged(payload)
            | Event::ConversationUpdated(payload)
            | Event::ConversationOpened(payload)
            | Event::ConversationResolved(payload) => payload.serialize(serializer),
            Event::MessageCreated(payload) | Event::MessageUpdated(payload) => {
                payload.serialize(serializer)
            }
            Event::WebwidgetTriggered(payload) => payload.serialize(serializer),
            Event::ContactCreated(payload) | Event::ContactUpdated(payload) => {
                payload.serialize(serializer)
            }
            Event::InboxCreated(payload) | Event::InboxUpdated(payload) => {
                payload.serialize(serializer)
            }
            Event::ConversationTypingOn(payload) | Event::ConversationTypingOff(payload) => {
                payload.serialize(serializer)
            }
            Event::Unknown { payload, .. } => payload.serialize(serializer),
        }
    }
}

/// Why a body is not an event. The text never quotes the body.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeError {
    /// The body is not JSON.
    NotJson {
        /// Where the parser stopped.
        line: usize,
        /// Where the parser stopped.
        column: usize,
    },
    /// The body has no `event` key.
    NoEvent,
    /// `event` is not a string.
    EventNotText,
    /// A known event whose payload is not what the server sends for it.
    Payload {
        /// The event's name.
        event: String,
        /// Where in the payload decoding stopped, such as `conversation.meta.sender.id`.
        path: String,
        /// Why, with any quoted value replaced by `"…"`.
        reason: String,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson { line, column } => {
                write!(f, "the body is not JSON (line {line}, column {column})")
            }
            DecodeError::NoEvent => {
                f.write_str("the body has no `event` key, so it is not a delivery")
            }
            DecodeError::EventNotText => f.write_str("the body's `event` is not a string"),
            DecodeError::Payload {
                event,
                path,
                reason,
            } => write!(
                f,
                "the {event} payload is not what the server sends: {reason} at `{path}`"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}
