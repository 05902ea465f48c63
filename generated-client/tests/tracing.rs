//! Feature `tracing`: one span per request with its operation, method, status, attempts and
//! duration, and an event per retry; never a path identifier, a token or a body.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use pembalasan_client::application::Client;
use pembalasan_client::RetryPolicy;
use serde_json::json;
use support::{Reply, TestServer};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

const TOKEN: &str = "SECRET-tracing-token-5c1";
const SOURCE_ID: &str = "SECRET-source-id-d41e";

/// A span's or an event's fields, as `(name, value)` text.
type FieldList = Vec<(String, String)>;

/// Everything the client reported: each span's name and fields, and each event's fields.
#[derive(Default, Clone)]
struct Captured {
    spans: Arc<Mutex<Vec<(String, FieldList)>>>,
    events: Arc<Mutex<Vec<FieldList>>>,
}

struct Fields<'a>(&'a mut Vec<(String, String)>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Captured {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _ctx: Context<'_, S>) {
        let mut fields = vec![("id".to_owned(), format!("{}", id.into_u64()))];
        attrs.record(&mut Fields(&mut fields));
        self.spans
            .lock()
            .expect("spans")
            .push((attrs.metadata().name().to_owned(), fields));
    }
    fn on_record(&self, id: &Id, values: &Record<'_>, _ctx: Context<'_, S>) {
        let mut spans = self.spans.lock().expect("spans");
        let key = format!("{}", id.into_u64());
        if let Some((_, fields)) = spans.iter_mut().rev().find(|(_, f)| f[0].1 == key) {
            values.record(&mut Fields(fields));
        }
    }
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        self.events.lock().expect("events").push(fields);
    }
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .rev()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

#[tokio::test]
async fn each_request_has_a_span_and_each_retry_an_event_without_secrets() {
    let captured = Captured::default();
    let _guard =
        tracing::subscriber::set_default(tracing_subscriber::registry().with(captured.clone()));

    let served = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&served);
    let server = TestServer::start(move |_| {
        if count.fetch_add(1, Ordering::SeqCst) < 2 {
            Reply::json(503, &json!({"status": 503, "error": "Service Unavailable"}))
        } else {
            Reply::json(200, &support::app::profile())
        }
    })
    .await;
    let client = Client::builder(server.base_url(), TOKEN)
        .retry(
            RetryPolicy::new()
                .attempts(3)
                .base_delay(Duration::from_millis(10)),
        )
        .build()
        .expect("client");
    client
        .get_profile()
        .send()
        .await
        .expect("a profile after two retries");

    let public_server = TestServer::always(Reply::json(200, &json!([]))).await;
    support::client_for(&public_server)
        .list_conversations()
        .inbox_identifier("inbox-1")
        .contact_identifier(SOURCE_ID)
        .send()
        .await
        .expect("conversations");

    let spans = captured.spans.lock().expect("spans").clone();
    let requests: Vec<&Vec<(String, String)>> = spans
        .iter()
        .filter(|(name, _)| name == "pembalasan.request")
        .map(|(_, fields)| fields)
        .collect();
    assert_eq!(
        requests.len(),
        2,
        "one span per request, not per attempt: {spans:?}"
    );
    let profile = requests[0];
    assert_eq!(field(profile, "operation"), Some("get_profile"));
    assert_eq!(field(profile, "method"), Some("GET"));
    assert_eq!(field(profile, "status"), Some("200"));
    assert_eq!(field(profile, "attempts"), Some("3"));
    assert!(field(profile, "duration_ms").is_some());
    assert_eq!(field(requests[1], "operation"), Some("list_conversations"));

    let events = captured.events.lock().expect("events").clone();
    let retries: Vec<&Vec<(String, String)>> = events
        .iter()
        .filter(|fields| field(fields, "message") == Some("retrying the request"))
        .collect();
    assert_eq!(retries.len(), 2, "{events:?}");
    assert_eq!(field(retries[0], "reason"), Some("status 503"));
    assert_eq!(field(retries[0], "attempt"), Some("1"));

    let everything = format!("{spans:?}{events:?}");
    for secret in [
        TOKEN,
        SOURCE_ID,
        "inbox-1",
        "rina@toko.example",
        "pQ4tJ9wzXk1vB6mNc2rS8fYd",
    ] {
        assert!(
            !everything.contains(secret),
            "{secret} was traced: {everything}"
        );
    }
}
