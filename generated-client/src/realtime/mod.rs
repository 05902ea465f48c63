//! Live events over the server's websocket (ActionCable, `wss://<host>/cable`), as a typed
//! [`Stream`](futures_util::Stream) (feature `realtime`).
//!
//! A chat widget sees the agent's reply the moment it is sent; an agent-side tool sees new
//! conversations, assignments and typing as they happen. Subscribe as a **contact**, with the
//! `pubsub_token` the public API returns for the contact, or as an **agent**, with the user's
//! `pubsub_token` (the profile has it), an account id and the user id:
//!
//! ```no_run
//! use futures_util::StreamExt;
//! use pembalasan_client::realtime::{Event, Listener, Subscriber};
//!
//! # async fn run(pubsub_token: String) -> Result<(), Box<dyn std::error::Error>> {
//! let listener = Listener::builder("https://app.pembalasan.id", Subscriber::contact(pubsub_token))
//!     .build()?;
//! let mut events = listener.subscribe().await?; // once the server confirmed
//! while let Some(item) = events.next().await {
//!     match item {
//!         Ok(Event::MessageCreated(message)) => println!("{:?}", message.data.content),
//!         Ok(other) => println!("{}", other.name()),
//!         Err(err) if err.is_terminal() => return Err(err.into()),
//!         Err(err) => eprintln!("skipped an event: {err}"),
//!     }
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The protocol as the server speaks it: the socket opens with the `actioncable-v1-json`
//! subprotocol and an `Origin` equal to the server's own (Rails refuses any other); after the
//! server's welcome the client subscribes to `RoomChannel` with an identifier that is itself
//! JSON text. A good token is confirmed; a bad one gets **no answer at all**, so a subscription
//! not confirmed within [`ListenerBuilder::confirm_timeout`] ends the stream with
//! [`Error::NotConfirmed`]. The server pings every 3 seconds: a connection silent for
//! [`ListenerBuilder::silence_timeout`] is dead, and the stream reconnects with exponential
//! backoff and full jitter ([`ListenerBuilder::reconnect`]) and subscribes again. Events sent
//! while it was disconnected are **not** replayed: [`Events::resubscriptions`] tells when to
//! fetch what may have been missed. A presence heartbeat keeps the subscriber shown online.
//!
//! The pubsub token is a credential: it is sent only in the subscribe command, and never
//! appears in `Debug`, `Display` or an error. TLS is rustls; no system OpenSSL.

mod error;
mod event;
mod protocol;
mod session;

use std::fmt;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use reqwest::header::HeaderValue;
use tokio::sync::{mpsc, oneshot};

pub use error::Error;
pub use event::{Broadcast, CacheInvalidated, DecodeError, Event, Notification, Presence, Typing};

use crate::runtime::{checked_token, excerpt, BaseUrl};
use crate::{BuildError, RetryPolicy};

/// Who subscribes: a contact or an agent. `Debug` does not print the pubsub token.
#[derive(Clone, PartialEq, Eq)]
pub struct Subscriber {
    pubsub_token: String,
    agent: Option<(i64, i64)>,
}

impl Subscriber {
    /// A contact, with the `pubsub_token` the public API returns when it creates or reads the
    /// contact (one per contact and inbox).
    pub fn contact(pubsub_token: impl Into<String>) -> Subscriber {
        Subscriber {
            pubsub_token: pubsub_token.into(),
            agent: None,
        }
    }

    /// An agent: the user's `pubsub_token` (from the profile), an account the user belongs
    /// to and the user's id. The server checks all three.
    pub fn agent(pubsub_token: impl Into<String>, account_id: i64, user_id: i64) -> Subscriber {
        Subscriber {
            pubsub_token: pubsub_token.into(),
            agent: Some((account_id, user_id)),
        }
    }
}

impl fmt::Debug for Subscriber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Subscriber");
        debug.field("pubsub_token", &"<redacted>");
        if let Some((account_id, user_id)) = self.agent {
            debug
                .field("account_id", &account_id)
                .field("user_id", &user_id);
        }
        debug.finish()
    }
}

/// Settings of a [`Listener`]; [`ListenerBuilder::build`] checks them.
#[derive(Debug, Clone)]
pub struct ListenerBuilder {
    base_url: String,
    subscriber: Subscriber,
    origin: Option<String>,
    connect_timeout: Duration,
    confirm_timeout: Duration,
    silence_timeout: Duration,
    presence_interval: Option<Duration>,
    reconnect: RetryPolicy,
    max_frame_bytes: usize,
}

impl ListenerBuilder {
    /// The `Origin` header to send, such as `https://app.pembalasan.id`; by default the base
    /// URL's scheme and host, which is what the server accepts unless it was configured
    /// otherwise.
    pub fn origin(mut self, origin: impl Into<String>) -> Self {
        self.origin = Some(origin.into());
        self
    }

    /// How long to wait for the socket and the server's welcome (10 s by default).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long to wait for the subscription's confirmation (5 s by default). The server
    /// answers a bad token with nothing, so this is how a bad token shows.
    pub fn confirm_timeout(mut self, timeout: Duration) -> Self {
        self.confirm_timeout = timeout;
        self
    }

    /// How long the connection may stay silent before it counts as dead (10 s by default:
    /// the server pings every 3 s).
    pub fn silence_timeout(mut self, timeout: Duration) -> Self {
        self.silence_timeout = timeout;
        self
    }

    /// How often to send the presence heartbeat (20 s by default, as Chatwoot's own clients
    /// do; the server counts a subscriber present for 20 s after each); `None` for never.
    pub fn presence_interval(mut self, interval: Option<Duration>) -> Self {
        self.presence_interval = interval;
        self
    }

    /// How to reconnect after a lost connection: the policy's attempts bound the failed
    /// connections in a row (the first connection included; one that stayed subscribed for a
    /// silence timeout resets the count), its waits grow with full jitter (at least 10 ms), and
    /// its deadline bounds one outage. By default: forever, waits from 500 ms up to 30 s, so a
    /// server that is down keeps a stream (and [`Listener::subscribe`]) waiting: wrap
    /// `subscribe()` in a timeout, or give a policy with fewer attempts or a deadline.
    pub fn reconnect(mut self, policy: RetryPolicy) -> Self {
        self.reconnect = policy;
        self
    }

    /// The largest frame accepted (4 MiB by default); a larger one breaks the connection.
    pub fn max_frame_bytes(mut self, bytes: usize) -> Self {
        self.max_frame_bytes = bytes;
        self
    }

    /// Checks the base URL, the origin and the token, and builds the listener.
    pub fn build(self) -> Result<Listener, BuildError> {
        let base = BaseUrl::parse(&self.base_url)?;
        let host = base.rest.split('/').next().unwrap_or_default();
        if host.is_empty() {
            return Err(BuildError::BaseUrl(excerpt(base.url)));
        }
        let (scheme, websocket_scheme) = if base.https {
            ("https", "wss")
        } else {
            ("http", "ws")
        };
        let origin = match self.origin {
            Some(origin) => origin,
            None => format!("{scheme}://{host}"),
        };
        let origin = HeaderValue::from_str(origin.trim())
            .map_err(|_| BuildError::BaseUrl(excerpt(&origin)))?;
        let positive = [
            (
                self.connect_timeout,
                "the connect timeout must be longer than zero",
            ),
            (
                self.confirm_timeout,
                "the confirm timeout must be longer than zero",
            ),
            (
                self.silence_timeout,
                "the silence timeout must be longer than zero",
            ),
            (
                self.presence_interval.unwrap_or(Duration::MAX),
                "the presence interval must be longer than zero (or None for no heartbeat)",
            ),
        ];
        if let Some((_, reason)) = positive.iter().find(|(duration, _)| duration.is_zero()) {
            return Err(BuildError::Setting(reason));
        }
        let token = checked_token(
            &self.subscriber.pubsub_token,
            "the pubsub token is empty; the public API returns it as the contact's `pubsub_token`, the profile as the user's",
            "the pubsub token has characters a token does not have (spaces, line breaks or non-ASCII letters); copy it again",
        )?;
        Ok(Listener {
            settings: Arc::new(session::Settings {
                url: format!("{websocket_scheme}://{}/cable", base.rest),
                origin,
                identifier: protocol::identifier(token, self.subscriber.agent),
                connect_timeout: self.connect_timeout,
                confirm_timeout: self.confirm_timeout,
                silence_timeout: self.silence_timeout,
                presence_interval: self.presence_interval,
                reconnect: self.reconnect,
                max_frame_bytes: self.max_frame_bytes,
            }),
        })
    }
}

/// A subscriber's live events from one installation. Each [`Listener::events`] is a
/// connection of its own.
#[derive(Clone)]
pub struct Listener {
    settings: Arc<session::Settings>,
}

impl fmt::Debug for Listener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Listener")
            .field("url", &self.settings.url)
            .field("identifier", &"<redacted>")
            .finish_non_exhaustive()
    }
}

impl Listener {
    /// Starts building a listener for the installation at `base_url` (such as
    /// `https://app.pembalasan.id`; the socket is `wss://app.pembalasan.id/cable`).
    pub fn builder(base_url: impl Into<String>, subscriber: Subscriber) -> ListenerBuilder {
        ListenerBuilder {
            base_url: base_url.into(),
            subscriber,
            origin: None,
            connect_timeout: Duration::from_secs(10),
            confirm_timeout: Duration::from_secs(5),
            silence_timeout: Duration::from_secs(10),
            presence_interval: Some(Duration::from_secs(20)),
            reconnect: RetryPolicy::new()
                .attempts(u32::MAX)
                .base_delay(Duration::from_millis(500))
                .max_delay(Duration::from_secs(30))
                .deadline(None),
            max_frame_bytes: 4 * 1024 * 1024,
        }
    }

    /// Connects, subscribes, and streams the events, without waiting: the stream's first item
    /// comes once the subscription is confirmed. The connection runs on the current Tokio
    /// runtime until the stream is dropped or ends with a terminal [`Error`]; called outside a
    /// runtime, the stream yields [`Error::NoRuntime`].
    pub fn events(&self) -> Events {
        let (tx, rx) = mpsc::channel(64);
        let (confirmed_tx, confirmed) = oneshot::channel();
        let shared = Arc::new(session::Shared::default());
        let outlet = session::Outlet {
            tx,
            shared: shared.clone(),
            confirmed: Some(confirmed_tx),
        };
        match tokio::runtime::Handle::try_current() {
            // The task ends by itself when the stream is dropped.
            Ok(runtime) => drop(runtime.spawn(session::run(self.settings.clone(), outlet))),
            Err(_) => {
                let _ = outlet.tx.try_send(Err(Error::NoRuntime));
            }
        }
        Events {
            rx,
            shared,
            confirmed: Some(confirmed),
        }
    }

    /// Connects and returns the stream once the subscription is confirmed, so that nothing
    /// sent after this returns is missed (send your message after it, not before). Fails
    /// with the stream's error when it ends first: [`Error::NotConfirmed`] for a bad token,
    /// [`Error::Refused`], [`Error::GaveUp`], ...
    ///
    /// The connection starts when this is called; the future does not borrow the listener.
    pub fn subscribe(&self) -> impl std::future::Future<Output = Result<Events, Error>> + Send {
        let mut events = self.events();
        async move {
            events.confirmed().await?;
            Ok(events)
        }
    }
}

/// The live events of one subscription: a [`Stream`](futures_util::Stream) of
/// `Result<Event, Error>`. Dropping it unsubscribes and closes the connection (its task
/// notices within a moment and ends).
pub struct Events {
    rx: mpsc::Receiver<Result<Event, Error>>,
    shared: Arc<session::Shared>,
    confirmed: Option<oneshot::Receiver<()>>,
}

impl Events {
    /// Waits until the first subscription is confirmed; fails with the stream's error when it
    /// ends first (the error is then not yielded again). Returns at once when it already was.
    ///
    /// Cancel-safe: dropped before it returns (in a `timeout`, say), it can be called again.
    pub async fn confirmed(&mut self) -> Result<(), Error> {
        let Some(confirmed) = self.confirmed.as_mut() else {
            return Ok(());
        };
        let heard = confirmed.await;
        self.confirmed = None;
        if heard.is_ok() {
            return Ok(());
        }
        // The task ended before a confirmation: its last word is in the channel.
        match self.rx.recv().await {
            Some(Err(err)) => Err(err),
            _ => Err(Error::Closed(
                "the connection ended before the subscription was confirmed".to_owned(),
            )),
        }
    }

    /// How many times the stream has subscribed again after a lost connection. Events sent
    /// while it was disconnected are not replayed: when this grows, fetch what you may have
    /// missed (the conversation's messages, say) through the HTTP API.
    pub fn resubscriptions(&self) -> u64 {
        self.shared.resubscriptions.load(Ordering::SeqCst)
    }
}

impl fmt::Debug for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Events")
            .field("resubscriptions", &self.resubscriptions())
            .finish_non_exhaustive()
    }
}

impl futures_util::Stream for Events {
    type Item = Result<Event, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.rx.poll_recv(cx)
    }
}
