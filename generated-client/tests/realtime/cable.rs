//! A local server that speaks ActionCable as Chatwoot's does, on 127.0.0.1, for the realtime
//! tests: each connection follows the [`Script`] the test gives for it, and the server records
//! what each connection sent (headers and commands).

#![allow(dead_code)] // each test file that includes this server uses a different part of it

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::http::{HeaderValue, StatusCode};
use tokio_tungstenite::tungstenite::Message;

/// What the server does on one connection.
#[derive(Debug, Clone)]
pub enum Script {
    /// Refuses the websocket upgrade with this status.
    Refuse(u16),
    /// Welcome; confirms the first subscribe; sends the events; then `after`. Pings every
    /// `ping_every` throughout (until `after` says otherwise).
    Serve { events: Vec<Value>, after: After },
    /// Welcome, then never answers the subscribe (as upstream does for a bad token); pings.
    NeverConfirm,
    /// Welcome, then `reject_subscription`.
    Reject,
}

/// What the server does once a [`Script::Serve`] connection has sent its events.
#[derive(Debug, Clone, Copy)]
pub enum After {
    /// Keeps the connection open and pinging.
    Stay,
    /// Drops the TCP connection without a close frame.
    Drop,
    /// Keeps the connection open but stops sending anything.
    GoSilent,
    /// Sends `disconnect` with this `reconnect` flag, then closes.
    Disconnect { reconnect: bool },
}

/// What one connection sent.
#[derive(Debug, Clone, Default)]
pub struct Connection {
    /// The upgrade request's `Origin`.
    pub origin: Option<String>,
    /// The upgrade request's `Sec-WebSocket-Protocol`.
    pub subprotocol: Option<String>,
    /// The commands, parsed, in order.
    pub commands: Vec<Value>,
}

/// The running server.
pub struct CableServer {
    port: u16,
    connections: Arc<Mutex<Vec<Connection>>>,
}

impl CableServer {
    /// Starts a server whose n-th connection (from 0) follows `script(n)`.
    pub async fn start(
        ping_every: Duration,
        script: impl Fn(usize) -> Script + Send + Sync + 'static,
    ) -> CableServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("address").port();
        let connections: Arc<Mutex<Vec<Connection>>> = Arc::default();
        let recorded = connections.clone();
        let script = Arc::new(script);
        tokio::spawn(async move {
            let mut index = 0;
            while let Ok((stream, _)) = listener.accept().await {
                let script = script(index);
                index += 1;
                let recorded = recorded.clone();
                tokio::spawn(serve(stream, script, ping_every, recorded));
            }
        });
        CableServer { port, connections }
    }

    /// The base URL a listener is built with.
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// What each connection sent so far.
    pub fn connections(&self) -> Vec<Connection> {
        self.connections.lock().expect("lock").clone()
    }
}

/// Serves one connection.
async fn serve(
    stream: tokio::net::TcpStream,
    script: Script,
    ping_every: Duration,
    recorded: Arc<Mutex<Vec<Connection>>>,
) {
    let slot = {
        let mut all = recorded.lock().expect("lock");
        all.push(Connection::default());
        all.len() - 1
    };
    let headers = recorded.clone();
    let refuse = match script {
        Script::Refuse(status) => Some(status),
        _ => None,
    };
    #[allow(clippy::result_large_err)] // tungstenite's handshake callback returns its own type
    let callback = move |request: &Request, mut response: Response| {
        let header = |name: &str| {
            request
                .headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned)
        };
        {
            let mut all = headers.lock().expect("lock");
            all[slot].origin = header("origin");
            all[slot].subprotocol = header("sec-websocket-protocol");
        }
        if let Some(status) = refuse {
            let mut refusal = ErrorResponse::new(Some("Page not found".to_owned()));
            *refusal.status_mut() = StatusCode::from_u16(status).expect("a status");
            return Err(refusal);
        }
        response.headers_mut().insert(
            "sec-websocket-protocol",
            HeaderValue::from_static("actioncable-v1-json"),
        );
        Ok(response)
    };
    let Ok(socket) = tokio_tungstenite::accept_hdr_async(stream, callback).await else {
        return;
    };
    let (mut write, mut read) = socket.split();
    let send = |value: Value| Message::text(value.to_string());
    if write.send(send(json!({"type": "welcome"}))).await.is_err() {
        return;
    }
    let mut ping = tokio::time::interval(ping_every);
    let mut pinging = true;
    let mut identifier: Option<String> = None;
    loop {
        tokio::select! {
            _ = ping.tick(), if pinging => {
                let frame = json!({"type": "ping", "message": 1768810021});
                if write.send(send(frame)).await.is_err() {
                    return;
                }
            }
            frame = read.next() => {
                let Some(Ok(Message::Text(text))) = frame else {
                    return;
                };
                let command: Value = serde_json::from_str(text.as_str()).expect("a JSON command");
                recorded.lock().expect("lock")[slot].commands.push(command.clone());
                if command["command"] != "subscribe" || identifier.is_some() {
                    continue;
                }
                let id = command["identifier"].as_str().expect("identifier is a string").to_owned();
                identifier = Some(id.clone());
                match &script {
                    Script::NeverConfirm | Script::Refuse(_) => {}
                    Script::Reject => {
                        let _ = write.send(send(json!({"identifier": id, "type": "reject_subscription"}))).await;
                    }
                    Script::Serve { events, after } => {
                        let confirm = json!({"identifier": id, "type": "confirm_subscription"});
                        if write.send(send(confirm)).await.is_err() {
                            return;
                        }
                        for message in events {
                            let frame = match message {
                                // A raw text frame, sent as it is.
                                Value::String(raw) => Message::text(raw.clone()),
                                message => send(json!({"identifier": id, "message": message})),
                            };
                            if write.send(frame).await.is_err() {
                                return;
                            }
                        }
                        match after {
                            After::Stay => {}
                            After::Drop => return,
                            After::GoSilent => pinging = false,
                            After::Disconnect { reconnect } => {
                                let frame = json!({"type": "disconnect", "reason": "unauthorized", "reconnect": reconnect});
                                let _ = write.send(send(frame)).await;
                                let _ = write.close().await;
                                return;
                            }
                        }
                    }
                }
            }
        }
    }
}
