//! [`Error`]: why a live-event stream yielded an error, or ended.

use std::fmt;
use std::time::Duration;

use super::event::DecodeError;

/// What went wrong with a live-event stream. None of these print the pubsub token, which only
/// the subscribe command carries.
///
/// [`Error::Decode`] is the only error after which the stream goes on (one event could not be
/// read; the next may be). After any other error the stream ends.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// One event could not be read; the stream goes on.
    Decode(DecodeError),
    /// The server refused the websocket upgrade with this HTTP status: 404 when it does not
    /// accept the `Origin` header (see `ListenerBuilder::origin`) or has no `/cable`.
    Refused {
        /// The HTTP status of the refusal.
        status: u16,
    },
    /// The subscription was not confirmed in time: the server sends nothing for a pubsub token
    /// it does not know (or an agent's wrong account or user id).
    NotConfirmed {
        /// How long the client waited.
        waited: Duration,
    },
    /// The server rejected the subscription (some forks do, for a bad token).
    Rejected,
    /// The server closed the connection and asked the client not to come back.
    Disconnected {
        /// The reason it gave (`unauthorized`, `invalid_request`, ...), if any.
        reason: Option<String>,
    },
    /// The connection could not be opened (or the welcome frame did not come).
    Connect(String),
    /// The server sent nothing, not even its pings, for this long: the connection is dead.
    Silent {
        /// How long the connection was silent.
        waited: Duration,
    },
    /// The connection broke or was closed by the server.
    Closed(String),
    /// This many connections failed in a row (the reconnect policy's attempts); `last` says
    /// why the last one did.
    GaveUp {
        /// The failed connections in a row, the first connection included when it failed.
        attempts: u32,
        /// Why the last one failed.
        last: Box<Error>,
    },
    /// `events()` was called outside a Tokio runtime, which the stream runs on.
    NoRuntime,
}

impl Error {
    /// Whether the stream ends after this error (every error but [`Error::Decode`]).
    pub fn is_terminal(&self) -> bool {
        !matches!(self, Error::Decode(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Decode(err) => write!(f, "realtime: {err}"),
            Error::Refused { status } => write!(
                f,
                "realtime: the server refused the websocket with HTTP {status} (a 404 means it does not accept the Origin header, or has no /cable)"
            ),
            Error::NotConfirmed { waited } => write!(
                f,
                "realtime: the subscription was not confirmed within {:.1} s: the pubsub token (or the agent's account or user id) is not one the server knows",
                waited.as_secs_f64()
            ),
            Error::Rejected => f.write_str("realtime: the server rejected the subscription"),
            Error::Disconnected { reason } => write!(
                f,
                "realtime: the server closed the connection ({}) and asked not to reconnect",
                reason.as_deref().unwrap_or("no reason given")
            ),
            Error::Connect(reason) => write!(f, "realtime: cannot connect: {reason}"),
            Error::Silent { waited } => write!(
                f,
                "realtime: the server sent nothing for {:.1} s (it pings every 3 s): the connection is dead",
                waited.as_secs_f64()
            ),
            Error::Closed(reason) => write!(f, "realtime: the connection closed: {reason}"),
            Error::GaveUp { attempts, last } => {
                write!(f, "realtime: gave up after {attempts} failed connection(s) in a row; the last: {last}")
            }
            Error::NoRuntime => f.write_str(
                "realtime: events() needs a Tokio runtime; call it from async code running on Tokio",
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(err) => Some(err),
            Error::GaveUp { last, .. } => Some(last.as_ref()),
            _ => None,
        }
    }
}
