//! [`Event`]: one live event of a subscription, typed by its name.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::application::types::{
    AvailabilityStatus, ContactSender, MessageEvent, Sender, WebhookConversation,
};

/// An event's payload with what the server adds to every broadcast: the account's id and,
/// when a signed-in user or an access token made the change, who did (`performer`).
///
/// `data` is decoded from the whole payload, so a payload type that has its own `account_id`
/// (a message's) keeps it too.
#[derive(Debug, Clone, PartialEq)]
pub struct Broadcast<T> {
    /// The payload.
    pub data: T,
    /// The account the event belongs to (`account_id`), when the server sent one.
    pub account_id: Option<i64>,
    /// Who made the change, in the push shape of a user or a bot; `None` for changes made by
    /// contacts, background jobs and incoming channel messages, and always for the five
    /// conversation events the server re-reads before sending (`conversation.read`,
    /// `.updated`, `.status_changed`, `assignee.changed`, `team.changed`).
    pub performer: Option<Sender>,
}

impl<T: DeserializeOwned> Broadcast<T> {
    /// Decodes the data of the event `name`: `performer` is taken out, `account_id` read and
    /// left in for the payload.
    fn from_value(name: &str, mut data: Map<String, Value>) -> Result<Self, DecodeError> {
        let performer = match data.remove("performer") {
            None | Some(Value::Null) => None,
            Some(value) => Some(
                serde_path_to_error::deserialize(value)
                    .map_err(|err| payload_error(name, "performer.", &err))?,
            ),
        };
        let account_id = data.get("account_id").and_then(Value::as_i64);
        let data = serde_path_to_error::deserialize(Value::Object(data))
            .map_err(|err| payload_error(name, "", &err))?;
        Ok(Broadcast {
            data,
            account_id,
            performer,
        })
    }
}

impl<T: Serialize> Serialize for Broadcast<T> {
    /// The payload's fields, with `account_id` and `performer` as the server sent them.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut value = serde_json::to_value(&self.data).map_err(serde::ser::Error::custom)?;
        if let Value::Object(fields) = &mut value {
            if let Some(account_id) = self.account_id {
                fields.insert("account_id".to_owned(), Value::from(account_id));
            }
            if let Some(performer) = &self.performer {
                let performer =
                    serde_json::to_value(performer).map_err(serde::ser::Error::custom)?;
                fields.insert("performer".to_owned(), performer);
            }
        }
        value.serialize(serializer)
    }
}

/// `conversation.typing_on` and `conversation.typing_off`: who is typing where.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Typing {
    /// The conversation.
    pub conversation: WebhookConversation,
    /// Who is typing: an agent, a bot or the contact, in their push shape.
    pub user: Sender,
    /// Whether an agent is typing a private note.
    #[serde(default)]
    pub is_private: bool,
}

/// `notification.created`, `.updated` and `.deleted`, sent to the notified agent only.
///
/// The notification itself is kept as JSON: the reference could not read its view, so this
/// client does not guess its fields (`notification.deleted` sends only its `id`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Notification {
    /// The notification, as sent.
    pub notification: Value,
    /// The agent's unread notifications, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread_count: Option<i64>,
    /// The agent's notifications, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

/// `account.cache_invalidated`: which cached lists of the account (labels, inboxes, teams, ...)
/// changed, with their new cache keys.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct CacheInvalidated {
    /// The new cache key of each list that changed.
    pub cache_keys: Map<String, Value>,
}

/// `presence.update`: who is present now, sent to the subscriber itself after subscribing and
/// after each presence heartbeat. Ids are strings, as sent.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Presence {
    /// The account, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    /// The agents present, by user id, with their chosen availability.
    #[serde(default)]
    pub users: BTreeMap<String, AvailabilityStatus>,
    /// The contacts present, by contact id (sent to agents only; always `online`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<BTreeMap<String, String>>,
}

/// One live event, by the name the server gives it. Payloads use the Application API's types
/// where the shapes are the same: a message in its push shape ([`MessageEvent`]), a
/// conversation as deliveries carry it ([`WebhookConversation`]), a contact in its push shape
/// ([`ContactSender`]).
///
/// A name this client does not know decodes as [`Event::Unknown`] with its data kept, so a
/// newer server never ends a stream.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `message.created`: a message, including the contact's own (match `echo_id` to
    /// messages you sent). Private notes and activity messages reach agents only.
    MessageCreated(Box<Broadcast<MessageEvent>>),
    /// `message.updated`: a delivery status, an edit, a CSAT answer.
    MessageUpdated(Box<Broadcast<MessageEvent>>),
    /// `first.reply.created`: the first reply of an agent in a conversation (agents only).
    FirstReplyCreated(Box<Broadcast<MessageEvent>>),
    /// `conversation.created`.
    ConversationCreated(Box<Broadcast<WebhookConversation>>),
    /// `conversation.status_changed`.
    ConversationStatusChanged(Box<Broadcast<WebhookConversation>>),
    /// `conversation.updated`.
    ConversationUpdated(Box<Broadcast<WebhookConversation>>),
    /// `conversation.read`: the contact read the conversation (agents only).
    ConversationRead(Box<Broadcast<WebhookConversation>>),
    /// `assignee.changed` (agents only).
    AssigneeChanged(Box<Broadcast<WebhookConversation>>),
    /// `team.changed` (agents only).
    TeamChanged(Box<Broadcast<WebhookConversation>>),
    /// `conversation.contact_changed` (agents only).
    ConversationContactChanged(Box<Broadcast<WebhookConversation>>),
    /// `conversation.mentioned`: the subscribed agent was mentioned.
    ConversationMentioned(Box<Broadcast<WebhookConversation>>),
    /// `conversation.typing_on`.
    ConversationTypingOn(Box<Broadcast<Typing>>),
    /// `conversation.typing_off`.
    ConversationTypingOff(Box<Broadcast<Typing>>),
    /// `contact.created` (agents only).
    ContactCreated(Box<Broadcast<ContactSender>>),
    /// `contact.updated` (agents only).
    ContactUpdated(Box<Broadcast<ContactSender>>),
    /// `contact.merged` (agents only).
    ContactMerged(Box<Broadcast<ContactSender>>),
    /// `contact.deleted` (agents only).
    ContactDeleted(Box<Broadcast<ContactSender>>),
    /// `notification.created`.
    NotificationCreated(Box<Broadcast<Notification>>),
    /// `notification.updated`.
    NotificationUpdated(Box<Broadcast<Notification>>),
    /// `notification.deleted`.
    NotificationDeleted(Box<Broadcast<Notification>>),
    /// `account.cache_invalidated` (agents only).
    AccountCacheInvalidated(Box<Broadcast<CacheInvalidated>>),
    /// `presence.update`.
    PresenceUpdate(Box<Presence>),
    /// An event this client does not know yet.
    Unknown {
        /// The event's name, as sent.
        event: String,
        /// Its `data`, as sent.
        data: Value,
    },
}

/// Decodes a broadcast's data and boxes it into a variant.
fn broadcast<T: DeserializeOwned>(
    name: &str,
    data: Value,
    variant: fn(Box<Broadcast<T>>) -> Event,
) -> Result<Event, DecodeError> {
    let Value::Object(fields) = data else {
        return Err(DecodeError::DataNotObject {
            event: name.to_owned(),
        });
    };
    Broadcast::from_value(name, fields).map(|payload| variant(Box::new(payload)))
}

/// A payload that did not decode, with where (under `prefix`) and why, redacted.
fn payload_error(
    name: &str,
    prefix: &str,
    err: &serde_path_to_error::Error<serde_json::Error>,
) -> DecodeError {
    DecodeError::Payload {
        event: name.to_owned(),
        path: format!("{prefix}{}", err.path()),
        reason: crate::runtime::redact(&err.inner().to_string()),
    }
}

impl Event {
    /// Decodes an event from its name and `data`: the name first, then the one payload it
    /// names.
    pub fn from_parts(name: &str, data: Value) -> Result<Event, DecodeError> {
        match name {
            "message.created" => broadcast(name, data, Event::MessageCreated),
            "message.updated" => broadcast(name, data, Event::MessageUpdated),
            "first.reply.created" => broadcast(name, data, Event::FirstReplyCreated),
            "conversation.created" => broadcast(name, data, Event::ConversationCreated),
            "conversation.status_changed" => {
                broadcast(name, data, Event::ConversationStatusChanged)
            }
            "conversation.updated" => broadcast(name, data, Event::ConversationUpdated),
            "conversation.read" => broadcast(name, data, Event::ConversationRead),
            "assignee.changed" => broadcast(name, data, Event::AssigneeChanged),
            "team.changed" => broadcast(name, data, Event::TeamChanged),
            "conversation.contact_changed" => {
                broadcast(name, data, Event::ConversationContactChanged)
            }
            "conversation.mentioned" => broadcast(name, data, Event::ConversationMentioned),
            "conversation.typing_on" => broadcast(name, data, Event::ConversationTypingOn),
            "conversation.typing_off" => broadcast(name, data, Event::ConversationTypingOff),
            "contact.created" => broadcast(name, data, Event::ContactCreated),
            "contact.updated" => broadcast(name, data, Event::ContactUpdated),
            "contact.merged" => broadcast(name, data, Event::ContactMerged),
            "contact.deleted" => broadcast(name, data, Event::ContactDeleted),
            "notification.created" => broadcast(name, data, Event::NotificationCreated),
            "notification.updated" => broadcast(name, data, Event::NotificationUpdated),
            "notification.deleted" => broadcast(name, data, Event::NotificationDeleted),
            "account.cache_invalidated" => broadcast(name, data, Event::AccountCacheInvalidated),
            "presence.update" => serde_path_to_error::deserialize(data)
                .map(|presence| Event::PresenceUpdate(Box::new(presence)))
                .map_err(|err| payload_error(name, "", &err)),
            _ => Ok(Event::Unknown {
                event: name.to_owned(),
                data,
            }),
        }
    }

    /// The event's name, as the server sent it (`message.created`, ...).
    pub fn name(&self) -> &str {
        match self {
            Event::MessageCreated(_) => "message.created",
            Event::MessageUpdated(_) => "message.updated",
            Event::FirstReplyCreated(_) => "first.reply.created",
            Event::ConversationCreated(_) => "conversation.created",
            Event::ConversationStatusChanged(_) => "conversation.status_changed",
            Event::ConversationUpdated(_) => "conversation.updated",
            Event::ConversationRead(_) => "conversation.read",
            Event::AssigneeChanged(_) => "assignee.changed",
            Event::TeamChanged(_) => "team.changed",
            Event::ConversationContactChanged(_) => "conversation.contact_changed",
            Event::ConversationMentioned(_) => "conversation.mentioned",
            Event::ConversationTypingOn(_) => "conversation.typing_on",
            Event::ConversationTypingOff(_) => "conversation.typing_off",
            Event::ContactCreated(_) => "contact.created",
            Event::ContactUpdated(_) => "contact.updated",
            Event::ContactMerged(_) => "contact.merged",
            Event::ContactDeleted(_) => "contact.deleted",
            Event::NotificationCreated(_) => "notification.created",
            Event::NotificationUpdated(_) => "notification.updated",
            Event::NotificationDeleted(_) => "notification.deleted",
            Event::AccountCacheInvalidated(_) => "account.cache_invalidated",
            Event::PresenceUpdate(_) => "presence.update",
            Event::Unknown { event, .. } => event,
        }
    }

    /// The event's `data` as JSON: what the typed payload holds (fields this client does not
    /// know are dropped), or the data of an [`Event::Unknown`] as sent.
    pub fn data(&self) -> Value {
        let value = match self {
            Event::MessageCreated(data)
            | Event::MessageUpdated(data)
            | Event::FirstReplyCreated(data) => serde_json::to_value(data),
            Event::ConversationCreated(data)
            | Event::ConversationStatusChanged(data)
            | Event::ConversationUpdated(data)
            | Event::ConversationRead(data)
            | Event::AssigneeChanged(data)
            | Event::TeamChanged(data)
            | Event::ConversationContactChanged(data)
            | Event::ConversationMentioned(data) => serde_json::to_value(data),
            Event::ConversationTypingOn(data) | Event::ConversationTypingOff(data) => {
                serde_json::to_value(data)
            }
            Event::ContactCreated(data)
            | Event::ContactUpdated(data)
            | Event::ContactMerged(data)
            | Event::ContactDeleted(data) => serde_json::to_value(data),
            Event::NotificationCreated(data)
            | Event::NotificationUpdated(data)
            | Event::NotificationDeleted(data) => serde_json::to_value(data),
            Event::AccountCacheInvalidated(data) => serde_json::to_value(data),
            Event::PresenceUpdate(data) => serde_json::to_value(data),
            Event::Unknown { data, .. } => return data.clone(),
        };
        value.unwrap_or(Value::Null)
    }
}

/// Why an event frame is not an event this client can read. The text never quotes the data.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeError {
    /// The frame is not JSON.
    NotJson {
        /// Where the parser stopped.
        line: usize,
        /// Where the parser stopped.
        column: usize,
    },
    /// The frame is JSON but not one ActionCable sends (no `type`, no `message` with an
    /// `event` name).
    NotAFrame,
    /// A known event whose `data` is not an object.
    DataNotObject {
        /// The event's name.
        event: String,
    },
    /// A known event whose data is not what the server sends for it.
    Payload {
        /// The event's name.
        event: String,
        /// Where in the data decoding stopped, such as `conversation.meta.sender.id`.
        path: String,
        /// Why, with any quoted value replaced by `"…"`.
        reason: String,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson { line, column } => {
                write!(f, "a frame is not JSON (line {line}, column {column})")
            }
            DecodeError::NotAFrame => f.write_str("a frame is not one ActionCable sends"),
            DecodeError::DataNotObject { event } => {
                write!(f, "the {event} event's data is not an object")
            }
            DecodeError::Payload {
                event,
                path,
                reason,
            } => write!(
                f,
                "the {event} event's data is not what the server sends: {reason} at `{path}`"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}
