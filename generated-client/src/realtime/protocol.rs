//! The ActionCable protocol as Chatwoot's server speaks it: the commands a subscriber sends and
//! the frames it receives. Pure functions over text, so every case is unit-tested.

use serde::Serialize;
use serde_json::Value;

use super::event::{DecodeError, Event};

/// The subprotocol Rails' ActionCable speaks.
pub(crate) const SUBPROTOCOL: &str = "actioncable-v1-json";

/// The one channel that carries Chatwoot's events.
const CHANNEL: &str = "RoomChannel";

/// The subscription's identifier as RoomChannel reads it: a contact gives only its pubsub
/// token; an agent also its account and user ids (without `user_id` the token is read as a
/// contact's).
#[derive(Serialize)]
struct Identifier<'a> {
    channel: &'static str,
    pubsub_token: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    account_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_id: Option<i64>,
}

/// The identifier's JSON text, which every command carries as a string and the server echoes
/// byte for byte. It holds the pubsub token: never print it.
pub(crate) fn identifier(pubsub_token: &str, agent: Option<(i64, i64)>) -> String {
    let identifier = Identifier {
        channel: CHANNEL,
        pubsub_token,
        account_id: agent.map(|(account_id, _)| account_id),
        user_id: agent.map(|(_, user_id)| user_id),
    };
    serde_json::to_string(&identifier).unwrap_or_default()
}

/// A command: `{"command": ..., "identifier": ...}` with `data` for a message.
#[derive(Serialize)]
struct Command<'a> {
    command: &'static str,
    identifier: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<&'static str>,
}

fn command(name: &'static str, identifier: &str, data: Option<&'static str>) -> String {
    serde_json::to_string(&Command {
        command: name,
        identifier,
        data,
    })
    .unwrap_or_default()
}

/// The `subscribe` command.
pub(crate) fn subscribe(identifier: &str) -> String {
    command("subscribe", identifier, None)
}

/// The presence heartbeat: a `message` command whose `data` is the JSON text of
/// `{"action":"update_presence"}`.
pub(crate) fn update_presence(identifier: &str) -> String {
    command(
        "message",
        identifier,
        Some(r#"{"action":"update_presence"}"#),
    )
}

/// The `unsubscribe` command.
pub(crate) fn unsubscribe(identifier: &str) -> String {
    command("unsubscribe", identifier, None)
}

/// A frame from the server, as far as the subscriber cares.
#[derive(Debug, PartialEq)]
pub(crate) enum Frame {
    /// `{"type":"welcome"}`: the connection is ready for commands.
    Welcome,
    /// `{"type":"ping","message":...}`, every 3 seconds.
    Ping,
    /// This subscription was confirmed.
    Confirmed,
    /// This subscription was rejected (forks only; upstream sends nothing).
    Rejected,
    /// The server is closing the connection, and says whether to come back.
    Disconnect {
        /// `server_restart`, `remote`, `unauthorized`, `invalid_request`, ...
        reason: Option<String>,
        /// Whether the client should connect again (`true` when not said).
        reconnect: bool,
    },
    /// An event of this subscription, or why it cannot be read.
    Event(Result<Event, DecodeError>),
    /// A frame for another subscription, or of a type this client does not act on.
    Other,
}

/// Reads one text frame, for the subscription with `identifier`.
pub(crate) fn parse(text: &str, identifier: &str) -> Frame {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => {
            return Frame::Event(Err(DecodeError::NotJson {
                line: err.line(),
                column: err.column(),
            }))
        }
    };
    let ours = value.get("identifier").and_then(Value::as_str) == Some(identifier);
    match value.get("type").and_then(Value::as_str) {
        Some("welcome") => return Frame::Welcome,
        Some("ping") => return Frame::Ping,
        Some("confirm_subscription") if ours => return Frame::Confirmed,
        Some("reject_subscription") if ours => return Frame::Rejected,
        Some("disconnect") => {
            return Frame::Disconnect {
                reason: value
                    .get("reason")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                reconnect: value
                    .get("reconnect")
                    .and_then(Value::as_bool)
                    .unwrap_or(true),
            }
        }
        Some(_) => return Frame::Other,
        None => {}
    }
    if !ours {
        return Frame::Other;
    }
    let Some(message) = value.get("message") else {
        return Frame::Event(Err(DecodeError::NotAFrame));
    };
    let Some(name) = message.get("event").and_then(Value::as_str) else {
        return Frame::Event(Err(DecodeError::NotAFrame));
    };
    let data = message.get("data").cloned().unwrap_or(Value::Null);
    Frame::Event(Event::from_parts(name, data))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const TOKEN: &str = "Qm9RzT4kWc7nLx2HvB8pYs5J";

    #[test]
    fn identifiers_are_the_json_text_room_channel_reads() {
        assert_eq!(
            identifier(TOKEN, None),
            r#"{"channel":"RoomChannel","pubsub_token":"Qm9RzT4kWc7nLx2HvB8pYs5J"}"#
        );
        assert_eq!(
            identifier(TOKEN, Some((7, 12))),
            r#"{"channel":"RoomChannel","pubsub_token":"Qm9RzT4kWc7nLx2HvB8pYs5J","account_id":7,"user_id":12}"#
        );
    }

    #[test]
    fn commands_carry_the_identifier_as_a_string() {
        let id = identifier(TOKEN, None);
        let sent: Value = serde_json::from_str(&subscribe(&id)).expect("JSON");
        assert_eq!(sent, json!({"command": "subscribe", "identifier": id}));
        let sent: Value = serde_json::from_str(&update_presence(&id)).expect("JSON");
        assert_eq!(
            sent,
            json!({"command": "message", "identifier": id, "data": "{\"action\":\"update_presence\"}"})
        );
        let sent: Value = serde_json::from_str(&unsubscribe(&id)).expect("JSON");
        assert_eq!(sent, json!({"command": "unsubscribe", "identifier": id}));
    }

    #[test]
    fn protocol_frames() {
        let id = identifier(TOKEN, None);
        let frame = |value: Value| parse(&value.to_string(), &id);
        assert_eq!(frame(json!({"type": "welcome"})), Frame::Welcome);
        assert_eq!(
            frame(json!({"type": "ping", "message": 1768810021})),
            Frame::Ping
        );
        assert_eq!(
            frame(json!({"identifier": id, "type": "confirm_subscription"})),
            Frame::Confirmed
        );
        assert_eq!(
            frame(json!({"identifier": id, "type": "reject_subscription"})),
            Frame::Rejected
        );
        // Another subscription's confirmation is not ours.
        let other = identifier("another-token", None);
        assert_eq!(
            frame(json!({"identifier": other, "type": "confirm_subscription"})),
            Frame::Other
        );
        assert_eq!(
            frame(json!({"type": "disconnect", "reason": "unauthorized", "reconnect": false})),
            Frame::Disconnect {
                reason: Some("unauthorized".to_owned()),
                reconnect: false
            }
        );
        assert_eq!(
            frame(json!({"type": "disconnect"})),
            Frame::Disconnect {
                reason: None,
                reconnect: true
            }
        );
    }

    #[test]
    fn events_of_this_subscription_only() {
        let id = identifier(TOKEN, None);
        let message = json!({"event": "some.future_event", "data": {"x": 1}});
        let Frame::Event(Ok(event)) = parse(
            &json!({"identifier": id, "message": message}).to_string(),
            &id,
        ) else {
            panic!("an event");
        };
        assert_eq!(event.name(), "some.future_event");
        assert_eq!(event.data(), json!({"x": 1}));
        let other = identifier("another-token", None);
        assert_eq!(
            parse(
                &json!({"identifier": other, "message": message}).to_string(),
                &id
            ),
            Frame::Other
        );
    }

    #[test]
    fn unreadable_frames_are_decode_errors_that_quote_nothing() {
        let id = identifier(TOKEN, None);
        assert!(matches!(
            parse("{not json", &id),
            Frame::Event(Err(DecodeError::NotJson { line: 1, .. }))
        ));
        assert_eq!(
            parse(
                &json!({"identifier": id, "message": {"data": {}}}).to_string(),
                &id
            ),
            Frame::Event(Err(DecodeError::NotAFrame))
        );
        let frame = parse(
            &json!({"identifier": id, "message": {"event": "presence.update", "data": {"users": {"12": 5}}}})
                .to_string(),
            &id,
        );
        let Frame::Event(Err(err)) = frame else {
            panic!("a decode error: {frame:?}");
        };
        let text = err.to_string();
        assert!(
            text.contains("presence.update") && text.contains("users"),
            "{text}"
        );
    }
}
