//! [`MessageType`]: the meaning of a message's integer `message_type`.

use std::fmt;

/// Who a message comes from, read from its integer `message_type`.
///
/// The server sends an integer; a value added by a later server is kept as `Unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageType {
    /// 0: from the contact.
    Incoming,
    /// 1: from an agent or a bot.
    Outgoing,
    /// 2: an activity note (left out of public replies, but defined).
    Activity,
    /// 3: a template such as a greeting or a CSAT survey.
    Template,
    /// A value this client does not know yet.
    Unknown(i64),
}

impl From<i64> for MessageType {
    fn from(value: i64) -> Self {
        match value {
            0 => MessageType::Incoming,
            1 => MessageType::Outgoing,
            2 => MessageType::Activity,
            3 => MessageType::Template,
            other => MessageType::Unknown(other),
        }
    }
}

impl From<MessageType> for i64 {
    fn from(value: MessageType) -> Self {
        match value {
            MessageType::Incoming => 0,
            MessageType::Outgoing => 1,
            MessageType::Activity => 2,
            MessageType::Template => 3,
            MessageType::Unknown(other) => other,
        }
    }
}

impl fmt::Display for MessageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MessageType::Incoming => f.write_str("incoming"),
            MessageType::Outgoing => f.write_str("outgoing"),
            MessageType::Activity => f.write_str("activity"),
            MessageType::Template => f.write_str("template"),
            MessageType::Unknown(other) => write!(f, "unknown ({other})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MessageType;

    #[test]
    fn round_trips_known_and_unknown_values() {
        for value in [0, 1, 2, 3, 4, -1, 99] {
            assert_eq!(i64::from(MessageType::from(value)), value);
        }
        assert_eq!(MessageType::from(3), MessageType::Template);
        assert_eq!(MessageType::from(7), MessageType::Unknown(7));
    }
}
