//! `pembalasan_client::realtime` against a local ActionCable-protocol server on 127.0.0.1
//! (`realtime/cable.rs`): the welcome, the subscribe command and its identifier, the
//! confirmation, pings, typed events, presence heartbeats, a connection dropped mid-stream (the
//! stream reconnects and subscribes again), a rejected subscription, one never confirmed, a
//! server that stops pinging, a refused upgrade, and a token that never shows.

#[path = "realtime/cable.rs"]
mod cable;
mod support;

use std::time::Duration;

use cable::{After, CableServer, Script};
use futures_util::StreamExt;
use pembalasan_client::realtime::{Error, Event, Events, Listener, ListenerBuilder, Subscriber};
use pembalasan_client::RetryPolicy;
use serde_json::{json, Value};

const CONTACT_TOKEN: &str = "Qm9RzT4kWc7nLx2HvB8pYs5J";
const AGENT_TOKEN: &str = "5nLxZzWq8N8D3rK1pUa6hF2e";
const PING: Duration = Duration::from_millis(50);

/// How long the tests' listeners wait for a confirmation, and how much silence they bear:
/// short, but long enough for a loaded 2-core machine (the server pings every 50 ms).
const PATIENCE: Duration = Duration::from_millis(1500);

/// A listener with short timeouts and quick reconnects, for tests.
fn quick(server: &CableServer, subscriber: Subscriber) -> ListenerBuilder {
    Listener::builder(server.base_url(), subscriber)
        .connect_timeout(Duration::from_secs(3))
        .confirm_timeout(PATIENCE)
        .silence_timeout(PATIENCE)
        .presence_interval(None)
        .reconnect(
            RetryPolicy::new()
                .attempts(3)
                .base_delay(Duration::from_millis(20))
                .max_delay(Duration::from_millis(50)),
        )
}

/// The next item, within 10 s.
async fn next(events: &mut Events) -> Option<Result<Event, Error>> {
    tokio::time::timeout(Duration::from_secs(10), events.next())
        .await
        .expect("an item within 10 s")
}

async fn next_event(events: &mut Events) -> Event {
    match next(events).await {
        Some(Ok(event)) => event,
        other => panic!("expected an event, got {other:?}"),
    }
}

/// `future`, which must end within 10 s.
async fn within<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), future)
        .await
        .expect("done within 10 s")
}

/// The commands of the server's first connection once `done` holds for them (within 10 s).
async fn eventually(server: &CableServer, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    within(async {
        loop {
            let commands = server.connections()[0].commands.clone();
            if done(&commands) {
                return commands;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
}

fn message_created() -> Value {
    let mut data = support::app::message_event();
    data["performer"] = support::app::user_sender();
    json!({"event": "message.created", "data": data})
}

fn typing_on() -> Value {
    json!({"event": "conversation.typing_on", "data": {
        "conversation": support::app::webhook_conversation(),
        "user": support::app::user_sender(), "is_private": false, "account_id": 1,
        "performer": support::app::user_sender()}})
}

fn presence() -> Value {
    json!({"event": "presence.update", "data": {"account_id": 1, "users": {"7": "online", "9": "busy"}}})
}

#[tokio::test]
async fn a_contact_subscribes_and_receives_typed_events() {
    let server = CableServer::start(PING, |_| Script::Serve {
        events: vec![
            presence(),
            message_created(),
            typing_on(),
            json!({"event": "conversation.snoozed_forever", "data": {"id": 42}}),
            json!({"event": "message.updated", "data": {"id": "not a number"}}),
            json!({"event": "conversation.status_changed", "data": support::app::webhook_conversation()}),
        ],
        after: After::Stay,
    })
    .await;
    let subscribed = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .build()
        .expect("listener")
        .subscribe();
    let mut events = within(subscribed).await.expect("confirmed");

    match next_event(&mut events).await {
        Event::PresenceUpdate(presence) => {
            assert_eq!(presence.account_id, Some(1));
            assert_eq!(presence.users["9"].to_string(), "busy");
        }
        other => panic!("{other:?}"),
    }
    match next_event(&mut events).await {
        Event::MessageCreated(message) => {
            assert_eq!(message.data.id, 9003);
            assert_eq!(message.data.conversation_id, 42);
            assert_eq!(message.account_id, Some(1));
            let performer = serde_json::to_value(message.performer.as_ref().expect("a performer"))
                .expect("JSON");
            assert_eq!(performer["name"], "Rina Wulandari");
        }
        other => panic!("{other:?}"),
    }
    match next_event(&mut events).await {
        Event::ConversationTypingOn(typing) => {
            assert_eq!(typing.data.conversation.id, 42);
            assert!(!typing.data.is_private);
        }
        other => panic!("{other:?}"),
    }
    let unknown = next_event(&mut events).await;
    assert_eq!(unknown.name(), "conversation.snoozed_forever");
    assert_eq!(unknown.data(), json!({"id": 42}));
    // A known event with a bad field: an error item that names the field, and the stream goes on.
    match next(&mut events).await {
        Some(Err(err)) => {
            assert!(!err.is_terminal());
            let text = err.to_string();
            assert!(
                text.contains("message.updated") && text.contains("`id`"),
                "{text}"
            );
        }
        other => panic!("{other:?}"),
    }
    let status = next_event(&mut events).await;
    assert_eq!(status.name(), "conversation.status_changed");
    assert_eq!(events.resubscriptions(), 0);

    let connections = server.connections();
    assert_eq!(connections.len(), 1);
    let connection = &connections[0];
    assert_eq!(
        connection.origin.as_deref(),
        Some(server.base_url().as_str())
    );
    assert_eq!(
        connection.subprotocol.as_deref(),
        Some("actioncable-v1-json")
    );
    assert_eq!(
        connection.commands,
        [json!({"command": "subscribe",
                "identifier": format!("{{\"channel\":\"RoomChannel\",\"pubsub_token\":\"{CONTACT_TOKEN}\"}}")})]
    );
}

#[tokio::test]
async fn an_agent_subscribes_with_account_and_user_and_keeps_presence() {
    let server = CableServer::start(PING, |_| Script::Serve {
        events: vec![presence()],
        after: After::Stay,
    })
    .await;
    let mut events = quick(&server, Subscriber::agent(AGENT_TOKEN, 7, 12))
        .presence_interval(Some(Duration::from_millis(100)))
        .build()
        .expect("listener")
        .events();
    assert_eq!(next_event(&mut events).await.name(), "presence.update");
    let commands = eventually(&server, |commands| commands.len() >= 3).await;
    let identifier = format!(
        "{{\"channel\":\"RoomChannel\",\"pubsub_token\":\"{AGENT_TOKEN}\",\"account_id\":7,\"user_id\":12}}"
    );
    assert_eq!(
        commands[0],
        json!({"command": "subscribe", "identifier": identifier})
    );
    let heartbeats = commands[1..]
        .iter()
        .filter(|command| {
            **command
                == json!({"command": "message", "identifier": identifier,
                          "data": "{\"action\":\"update_presence\"}"})
        })
        .count();
    assert!(heartbeats >= 2, "{commands:?}");
    assert_eq!(
        heartbeats,
        commands.len() - 1,
        "only heartbeats after the subscribe"
    );

    // Dropping the stream unsubscribes.
    drop(events);
    let commands = eventually(&server, |commands| {
        commands
            .last()
            .is_some_and(|last| last["command"] == "unsubscribe")
    })
    .await;
    assert_eq!(
        commands.last(),
        Some(&json!({"command": "unsubscribe", "identifier": identifier}))
    );
}

/// A server whose first connection sends one event and then ends as `first_ends`, and whose
/// later connections stay up; returns it and a stream from a listener with `presence`.
async fn first_connection_ends(
    first_ends: After,
    presence: Option<Duration>,
) -> (CableServer, Events) {
    let server = CableServer::start(PING, move |n| Script::Serve {
        events: vec![json!({"event": "some.event", "data": {"connection": n}})],
        after: if n == 0 { first_ends } else { After::Stay },
    })
    .await;
    let events = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .presence_interval(presence)
        .build()
        .expect("listener")
        .events();
    (server, events)
}

/// The stream yields the first connection's event, then the second's, having subscribed again.
async fn assert_reconnected(events: &mut Events) {
    assert_eq!(next_event(events).await.data(), json!({"connection": 0}));
    assert_eq!(next_event(events).await.data(), json!({"connection": 1}));
    assert_eq!(events.resubscriptions(), 1);
}

#[tokio::test]
async fn a_connection_dropped_mid_stream_reconnects_and_subscribes_again() {
    let (server, mut events) = first_connection_ends(After::Drop, None).await;
    assert_reconnected(&mut events).await;
    let connections = server.connections();
    assert_eq!(connections.len(), 2);
    assert_eq!(
        connections[0].commands, connections[1].commands,
        "the same subscribe again"
    );
}

#[tokio::test]
async fn a_server_that_stops_pinging_is_left_for_a_new_connection() {
    let (_server, mut events) = first_connection_ends(After::GoSilent, None).await;
    assert_reconnected(&mut events).await;
}

#[tokio::test]
async fn pings_alone_keep_a_quiet_connection_alive() {
    let server = CableServer::start(PING, |_| Script::Serve {
        events: Vec::new(),
        after: After::Stay,
    })
    .await;
    let mut events = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .build()
        .expect("listener")
        .events();
    // Two silence timeouts pass with pings only: no reconnection, no item.
    let waited = tokio::time::timeout(PATIENCE * 2, events.next()).await;
    assert!(waited.is_err(), "nothing to yield: {waited:?}");
    assert_eq!(server.connections().len(), 1);
}

#[tokio::test]
async fn a_subscription_never_confirmed_ends_the_stream() {
    let server = CableServer::start(PING, |_| Script::NeverConfirm).await;
    let mut events = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .build()
        .expect("listener")
        .events();
    match next(&mut events).await {
        Some(Err(Error::NotConfirmed { waited })) => assert_eq!(waited, PATIENCE),
        other => panic!("{other:?}"),
    }
    assert!(next(&mut events).await.is_none(), "the stream ends");
    assert_eq!(server.connections().len(), 1, "a bad token is not retried");
}

#[tokio::test]
async fn a_rejected_subscription_ends_the_stream() {
    let server = CableServer::start(PING, |_| Script::Reject).await;
    let mut events = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .build()
        .expect("listener")
        .events();
    assert!(matches!(
        next(&mut events).await,
        Some(Err(Error::Rejected))
    ));
    assert!(next(&mut events).await.is_none());
    // `subscribe` says so too.
    let listener = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .build()
        .expect("listener");
    assert!(matches!(
        within(listener.subscribe()).await,
        Err(Error::Rejected)
    ));
}

#[tokio::test]
async fn a_refused_upgrade_is_typed_and_not_retried() {
    let server = CableServer::start(PING, |_| Script::Refuse(404)).await;
    let mut events = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .build()
        .expect("listener")
        .events();
    match next(&mut events).await {
        Some(Err(err @ Error::Refused { status: 404 })) => {
            assert!(err.to_string().contains("Origin"), "{err}");
        }
        other => panic!("{other:?}"),
    }
    assert!(next(&mut events).await.is_none());
    assert_eq!(server.connections().len(), 1);
}

#[tokio::test]
async fn a_disconnect_that_says_do_not_come_back_ends_the_stream() {
    let server = CableServer::start(PING, |_| Script::Serve {
        events: Vec::new(),
        after: After::Disconnect { reconnect: false },
    })
    .await;
    let mut events = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .build()
        .expect("listener")
        .events();
    match next(&mut events).await {
        Some(Err(Error::Disconnected { reason })) => {
            assert_eq!(reason.as_deref(), Some("unauthorized"));
        }
        other => panic!("{other:?}"),
    }
    assert!(next(&mut events).await.is_none());
}

#[tokio::test]
async fn a_server_that_is_gone_is_given_up_on_after_the_attempts() {
    // A server that accepts each TCP connection and closes it at once.
    let gone = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = gone.local_addr().expect("address").port();
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = accepted.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = gone.accept().await {
            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            drop(stream);
        }
    });
    let listener = Listener::builder(
        format!("http://127.0.0.1:{port}"),
        Subscriber::contact(CONTACT_TOKEN),
    )
    .reconnect(
        RetryPolicy::new()
            .attempts(3)
            .base_delay(Duration::from_millis(10))
            .max_delay(Duration::from_millis(20)),
    )
    .build()
    .expect("listener");
    match within(listener.subscribe()).await {
        Err(Error::GaveUp { attempts, last }) => {
            assert_eq!(attempts, 3);
            assert!(matches!(*last, Error::Connect(_)), "{last:?}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        accepted.load(std::sync::atomic::Ordering::SeqCst),
        3,
        "three connections in all"
    );
}

/// Heartbeats are not frames from the server: with a heartbeat more often than the silence
/// timeout, a silent connection is still found dead and replaced.
#[tokio::test]
async fn heartbeats_do_not_keep_a_silent_connection_alive() {
    let (server, mut events) =
        first_connection_ends(After::GoSilent, Some(Duration::from_millis(100))).await;
    assert_reconnected(&mut events).await;
    let heartbeats = server.connections()[0]
        .commands
        .iter()
        .filter(|command| command["command"] == "message")
        .count();
    assert!(
        heartbeats >= 3,
        "heartbeats went on while the server was silent: {heartbeats}"
    );
}

/// After a restart a server may be slow to confirm: an unconfirmed resubscription is retried,
/// not the end of the stream (only a first subscription that is never confirmed is).
#[tokio::test]
async fn an_unconfirmed_resubscription_is_retried() {
    let server = CableServer::start(PING, |n| match n {
        0 => Script::Serve {
            events: vec![json!({"event": "some.event", "data": {"connection": 0}})],
            after: After::Drop,
        },
        1 => Script::NeverConfirm,
        n => Script::Serve {
            events: vec![json!({"event": "some.event", "data": {"connection": n}})],
            after: After::Stay,
        },
    })
    .await;
    let subscribed = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .build()
        .expect("listener")
        .subscribe();
    let mut events = within(subscribed).await.expect("confirmed");
    assert_eq!(
        next_event(&mut events).await.data(),
        json!({"connection": 0})
    );
    assert_eq!(
        next_event(&mut events).await.data(),
        json!({"connection": 2})
    );
    assert_eq!(events.resubscriptions(), 1);
}

#[test]
fn the_pubsub_token_never_shows() {
    let subscriber = Subscriber::agent(AGENT_TOKEN, 7, 12);
    let builder = Listener::builder("https://app.pembalasan.id", subscriber.clone());
    let listener = builder.clone().build().expect("listener");
    for printed in [
        format!("{subscriber:?}"),
        format!("{builder:?}"),
        format!("{listener:?}"),
    ] {
        assert!(!printed.contains(AGENT_TOKEN), "{printed}");
    }
    assert!(format!("{listener:?}").contains("wss://app.pembalasan.id/cable"));
    let errors = [
        Error::NotConfirmed {
            waited: Duration::from_secs(5),
        },
        Error::Rejected,
        Error::Refused { status: 404 },
        Error::GaveUp {
            attempts: 3,
            last: Box::new(Error::Connect(
                "Connection refused (os error 111)".to_owned(),
            )),
        },
    ];
    for err in errors {
        assert!(!err.to_string().contains(AGENT_TOKEN));
        assert!(!format!("{err:?}").contains(AGENT_TOKEN));
    }
}

#[test]
fn bad_settings_are_build_errors() {
    let build = |url: &str, token: &str| Listener::builder(url, Subscriber::contact(token)).build();
    assert!(build("ftp://app.pembalasan.id", CONTACT_TOKEN).is_err());
    assert!(build("https://", CONTACT_TOKEN).is_err());
    let err = build("https://app.pembalasan.id", " ").expect_err("an empty token");
    assert!(err.to_string().contains("pubsub token"), "{err}");
    let err = build("https://app.pembalasan.id", "two words").expect_err("a space");
    assert!(!err.to_string().contains("two words"), "{err}");
    let zero = Listener::builder(
        "https://app.pembalasan.id",
        Subscriber::contact(CONTACT_TOKEN),
    )
    .presence_interval(Some(Duration::ZERO))
    .build()
    .expect_err("a heartbeat every 0 s");
    assert!(zero.to_string().contains("presence interval"), "{zero}");
    let zero = Listener::builder(
        "https://app.pembalasan.id",
        Subscriber::contact(CONTACT_TOKEN),
    )
    .silence_timeout(Duration::ZERO)
    .build()
    .expect_err("no silence at all");
    assert!(zero.to_string().contains("silence timeout"), "{zero}");
    let listener =
        build("https://app.pembalasan.id/", CONTACT_TOKEN).expect("a trailing slash is fine");
    assert!(format!("{listener:?}").contains("\"wss://app.pembalasan.id/cable\""));
}

#[test]
fn events_outside_a_runtime_yield_an_error_instead_of_panicking() {
    let listener = Listener::builder(
        "https://app.pembalasan.id",
        Subscriber::contact(CONTACT_TOKEN),
    )
    .build()
    .expect("listener");
    let mut events = listener.events();
    let first = futures_util::FutureExt::now_or_never(events.next());
    assert!(
        matches!(first, Some(Some(Err(Error::NoRuntime)))),
        "{first:?}"
    );
}

/// A server that confirms and drops the connection before any frame: the next subscription is
/// still a resubscription (counted, so the caller refetches), and the backoff goes on growing.
#[tokio::test]
async fn a_connection_lost_right_after_its_confirmation_counts_as_a_resubscription() {
    let server = CableServer::start(PING, |n| Script::Serve {
        events: if n == 0 {
            Vec::new()
        } else {
            vec![json!({"event": "some.event", "data": {"connection": n}})]
        },
        after: if n == 0 { After::Drop } else { After::Stay },
    })
    .await;
    let subscribed = quick(&server, Subscriber::contact(CONTACT_TOKEN))
        .build()
        .expect("listener")
        .subscribe();
    let mut events = within(subscribed).await.expect("confirmed");
    assert_eq!(
        next_event(&mut events).await.data(),
        json!({"connection": 1})
    );
    assert_eq!(events.resubscriptions(), 1);
}
