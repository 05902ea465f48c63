//! The connection loop behind an [`Events`](super::Events) stream: connect, wait for the
//! welcome, subscribe, wait for the confirmation, read events while watching for silence and
//! sending presence heartbeats; on a lost connection, reconnect with backoff and subscribe
//! again. It runs as a Tokio task and ends when the stream is dropped.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use reqwest::header::{HeaderValue, ORIGIN, SEC_WEBSOCKET_PROTOCOL};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::error::Error;
use super::event::{DecodeError, Event};
use super::protocol::{self, Frame};
use crate::RetryPolicy;

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// What one stream connects with; built and checked by `ListenerBuilder::build`.
pub(crate) struct Settings {
    /// `wss://host/cable`.
    pub(crate) url: String,
    /// `https://host`.
    pub(crate) origin: HeaderValue,
    /// The identifier's JSON text, with the pubsub token: never printed.
    pub(crate) identifier: String,
    /// For the TCP, TLS and websocket handshakes and the welcome frame.
    pub(crate) connect_timeout: Duration,
    /// For the confirmation of the subscription.
    pub(crate) confirm_timeout: Duration,
    /// The longest silence (no frame, not even a ping) before the connection counts as dead.
    pub(crate) silence_timeout: Duration,
    /// How often to send the presence heartbeat, if at all.
    pub(crate) presence_interval: Option<Duration>,
    /// How to reconnect.
    pub(crate) reconnect: RetryPolicy,
    /// The largest frame accepted.
    pub(crate) max_frame_bytes: usize,
}

/// What the stream shares with its task.
#[derive(Default)]
pub(crate) struct Shared {
    /// How many times the task subscribed again after a lost connection.
    pub(crate) resubscriptions: AtomicU64,
}

/// The task's side of the stream: the channel of items, the counters, and the sender that
/// tells of the first confirmation (dropped with the task, so a waiter never hangs).
pub(crate) struct Outlet {
    pub(crate) tx: mpsc::Sender<Result<Event, Error>>,
    pub(crate) shared: Arc<Shared>,
    pub(crate) confirmed: Option<oneshot::Sender<()>>,
}

impl Outlet {
    fn subscribed(&mut self, again: bool) {
        if again {
            self.shared.resubscriptions.fetch_add(1, Ordering::SeqCst);
        }
        if let Some(confirmed) = self.confirmed.take() {
            let _ = confirmed.send(());
        }
    }
}

/// How one connection ended.
enum End {
    /// The stream was dropped: stop.
    Dropped,
    /// Nothing will help: report and stop.
    Fatal(Error),
    /// The connection was lost; `healthy` when it had stayed subscribed for a silence
    /// timeout or longer (so the next wait starts a new outage, from the first backoff step).
    Lost { error: Error, healthy: bool },
}

impl End {
    /// A connection lost before it was healthy.
    fn lost(error: Error) -> End {
        End::Lost {
            error,
            healthy: false,
        }
    }

    /// `lost(error)` when another connection may help (`retry`), else the end of the stream.
    fn retry_or_fatal(retry: bool, error: Error, lost: impl FnOnce(Error) -> End) -> End {
        if retry {
            lost(error)
        } else {
            End::Fatal(error)
        }
    }
}

/// The shortest wait before a reconnection, whatever the policy says: no busy loop.
const MIN_WAIT: Duration = Duration::from_millis(10);

/// Runs connections until the stream is dropped or a fatal error. `attempts` of the reconnect
/// policy bounds the failed connections in a row (the first one included, when it fails); a
/// connection that stayed subscribed for a silence timeout is not a failure.
pub(crate) async fn run(settings: Arc<Settings>, mut outlet: Outlet) {
    let mut failures: u32 = 0;
    let mut outage = Instant::now();
    loop {
        // Subscribed before: the next subscription is a resubscription.
        let again = outlet.confirmed.is_none();
        let end = connection(&settings, &mut outlet, again).await;
        let tx = &outlet.tx;
        let error = match end {
            End::Dropped => return,
            End::Fatal(error) => {
                let _ = tx.send(Err(error)).await;
                return;
            }
            End::Lost { error, healthy } => {
                if healthy {
                    failures = 0;
                    outage = Instant::now();
                } else {
                    failures = failures.saturating_add(1);
                }
                error
            }
        };
        let delay = settings
            .reconnect
            .backoff(failures.saturating_add(1))
            .max(MIN_WAIT);
        if failures >= settings.reconnect.max_attempts()
            || !settings.reconnect.fits(outage.elapsed(), delay)
        {
            let _ = tx
                .send(Err(Error::GaveUp {
                    attempts: failures,
                    last: Box::new(error),
                }))
                .await;
            return;
        }
        #[cfg(feature = "tracing")]
        tracing::debug!(
            failures,
            delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            error = %error,
            "realtime: reconnecting"
        );
        #[cfg(not(feature = "tracing"))]
        let _ = error;
        tokio::select! {
            () = tokio::time::sleep(delay) => {}
            () = tx.closed() => return,
        }
    }
}

/// One connection, from the handshake to its end.
async fn connection(settings: &Settings, outlet: &mut Outlet, again: bool) -> End {
    let setup = async {
        let mut socket = open(settings).await?;
        let early = handshake(settings, &mut socket, again).await?;
        Ok::<_, End>((socket, early))
    };
    // Until the subscription is confirmed, a dropped stream just drops the socket.
    let (mut socket, early) = tokio::select! {
        setup = setup => match setup {
            Ok(ready) => ready,
            Err(end) => return end,
        },
        () = outlet.tx.closed() => return End::Dropped,
    };
    outlet.subscribed(again);
    let confirmed_at = Instant::now();
    let tx = &outlet.tx;
    for item in early {
        if tx.send(item.map_err(Error::Decode)).await.is_err() {
            return goodbye(settings, &mut socket).await;
        }
    }
    // A connection that dies soon after each confirmation must not reset the backoff.
    let lost = |error| End::Lost {
        error,
        healthy: confirmed_at.elapsed() >= settings.silence_timeout,
    };
    let mut presence = settings.presence_interval.map(|every| {
        let mut timer = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        timer
    });
    // Moved only by frames from the server: heartbeats do not keep a dead connection alive.
    let mut silent_after = tokio::time::Instant::now() + settings.silence_timeout;
    loop {
        let heartbeat = async {
            match presence.as_mut() {
                Some(timer) => {
                    timer.tick().await;
                }
                None => std::future::pending().await,
            }
        };
        let frame = tokio::select! {
            read = tokio::time::timeout_at(silent_after, socket.next()) => read,
            () = heartbeat => {
                let command = protocol::update_presence(&settings.identifier);
                match send(&mut socket, command, settings.silence_timeout).await {
                    Ok(()) => continue,
                    Err(error) => return lost(error),
                }
            }
            () = tx.closed() => return goodbye(settings, &mut socket).await,
        };
        let text = match frame {
            Err(_) => {
                return lost(Error::Silent {
                    waited: settings.silence_timeout,
                })
            }
            Ok(next) => match text_of(next) {
                Ok(text) => text,
                Err(error) => return lost(error),
            },
        };
        // Any frame, a websocket ping included, shows the connection is alive.
        silent_after = tokio::time::Instant::now() + settings.silence_timeout;
        let Some(text) = text else {
            continue;
        };
        match protocol::parse(text.as_str(), &settings.identifier) {
            Frame::Event(item) => {
                if tx.send(item.map_err(Error::Decode)).await.is_err() {
                    return goodbye(settings, &mut socket).await;
                }
            }
            Frame::Disconnect { reason, reconnect } => {
                return End::retry_or_fatal(reconnect, Error::Disconnected { reason }, lost);
            }
            Frame::Rejected => return End::Fatal(Error::Rejected),
            Frame::Welcome | Frame::Ping | Frame::Confirmed | Frame::Other => {}
        }
    }
}

/// The stream was dropped: unsubscribe and close, within 2 seconds.
async fn goodbye(settings: &Settings, socket: &mut Socket) -> End {
    let command = protocol::unsubscribe(&settings.identifier);
    let goodbye = async {
        let _ = socket.send(Message::text(command)).await;
        let _ = socket.close(None).await;
    };
    let _ = tokio::time::timeout(Duration::from_secs(2), goodbye).await;
    End::Dropped
}

/// Opens the socket: TCP, TLS, and the websocket upgrade with the `Origin` and the subprotocol
/// ActionCable expects.
async fn open(settings: &Settings) -> Result<Socket, End> {
    let mut request = settings
        .url
        .as_str()
        .into_client_request()
        .map_err(|err| End::Fatal(Error::Connect(err.to_string())))?;
    let headers = request.headers_mut();
    headers.insert(ORIGIN, settings.origin.clone());
    headers.insert(
        SEC_WEBSOCKET_PROTOCOL,
        HeaderValue::from_static(protocol::SUBPROTOCOL),
    );
    let config = WebSocketConfig::default()
        .max_message_size(Some(settings.max_frame_bytes))
        .max_frame_size(Some(settings.max_frame_bytes));
    let connect = tokio_tungstenite::connect_async_with_config(request, Some(config), true);
    match tokio::time::timeout(settings.connect_timeout, connect).await {
        Err(_) => Err(End::lost(Error::Connect(format!(
            "no websocket within {:.1} s",
            settings.connect_timeout.as_secs_f64()
        )))),
        Ok(Ok((socket, _))) => Ok(socket),
        Ok(Err(tungstenite::Error::Http(response))) => {
            let status = response.status().as_u16();
            // A refusal is fatal; a proxy's or an overloaded server's failure is worth retrying.
            let refused = (400..500).contains(&status) && status != 408 && status != 429;
            Err(End::retry_or_fatal(
                !refused,
                Error::Refused { status },
                End::lost,
            ))
        }
        Ok(Err(err)) => Err(End::lost(Error::Connect(err.to_string()))),
    }
}

/// Waits for the welcome, subscribes and waits for the confirmation; returns the events that
/// came before it. An unconfirmed first subscription is fatal (the token is bad); an
/// unconfirmed resubscription (`again`) is a lost connection, as a restarting server may be
/// slow.
async fn handshake(
    settings: &Settings,
    socket: &mut Socket,
    again: bool,
) -> Result<Vec<Result<Event, DecodeError>>, End> {
    let mut early = Vec::new();
    if !wait_for(
        socket,
        settings,
        settings.connect_timeout,
        &Frame::Welcome,
        &mut early,
    )
    .await?
    {
        return Err(End::lost(Error::Connect(format!(
            "no welcome frame within {:.1} s",
            settings.connect_timeout.as_secs_f64()
        ))));
    }
    let command = protocol::subscribe(&settings.identifier);
    send(socket, command, settings.connect_timeout)
        .await
        .map_err(End::lost)?;
    if wait_for(
        socket,
        settings,
        settings.confirm_timeout,
        &Frame::Confirmed,
        &mut early,
    )
    .await?
    {
        return Ok(early);
    }
    let error = Error::NotConfirmed {
        waited: settings.confirm_timeout,
    };
    Err(End::retry_or_fatal(again, error, End::lost))
}

/// Reads frames until `wanted` comes (`true`) or `within` has passed (`false`), keeping the
/// events of this subscription that come meanwhile in `early`.
async fn wait_for(
    socket: &mut Socket,
    settings: &Settings,
    within: Duration,
    wanted: &Frame,
    early: &mut Vec<Result<Event, DecodeError>>,
) -> Result<bool, End> {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let next = match tokio::time::timeout_at(deadline, socket.next()).await {
            Err(_) => return Ok(false),
            Ok(next) => next,
        };
        let Some(text) = text_of(next).map_err(End::lost)? else {
            continue;
        };
        match protocol::parse(text.as_str(), &settings.identifier) {
            frame if frame == *wanted => return Ok(true),
            Frame::Event(item) => early.push(item),
            Frame::Rejected => return Err(End::Fatal(Error::Rejected)),
            Frame::Disconnect { reason, reconnect } => {
                let error = Error::Disconnected { reason };
                return Err(End::retry_or_fatal(reconnect, error, End::lost));
            }
            _ => {}
        }
    }
}

/// Sends one command, within `within`; the error says why the connection is lost.
async fn send(socket: &mut Socket, command: String, within: Duration) -> Result<(), Error> {
    match tokio::time::timeout(within, socket.send(Message::text(command))).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(err)) => Err(closed(&err)),
        Err(_) => Err(Error::Silent { waited: within }),
    }
}

/// What the socket gave: the text of a text frame, `None` for a frame that carries none
/// (websocket pings, which tungstenite answers, and binary frames, which are not
/// ActionCable's), or why the connection ended.
fn text_of(
    next: Option<Result<Message, tungstenite::Error>>,
) -> Result<Option<tungstenite::Utf8Bytes>, Error> {
    match next {
        None | Some(Ok(Message::Close(_))) => {
            Err(Error::Closed("the server closed the socket".to_owned()))
        }
        Some(Err(err)) => Err(closed(&err)),
        Some(Ok(Message::Text(text))) => Ok(Some(text)),
        Some(Ok(_)) => Ok(None),
    }
}

/// A broken connection, described by tungstenite's error (which quotes no frame's content).
fn closed(err: &tungstenite::Error) -> Error {
    Error::Closed(err.to_string())
}
