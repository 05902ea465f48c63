//! What the operation tables (`app_calls.rs`, `platform_calls.rs`) share: a row ([`Case`]),
//! a decoded reply ([`Decoded`]), and the loops that run a table against a local server, the
//! real error bodies and Prism, for any family.

use std::fmt::{Debug, Display};
use std::future::Future;
use std::pin::Pin;

use pembalasan_client::Error;
use serde_json::Value;

use super::{Recorded, Reply, TestServer};

/// A call of an operation table: a function of the family's client `C` whose reply decodes
/// to [`Decoded`] or fails with the family's `ApiError`, `E`.
pub type CallOf<C, E> =
    for<'a> fn(&'a C) -> Pin<Box<dyn Future<Output = Result<Decoded, Error<E>>> + Send + 'a>>;

/// A successful call of an operation table (`app_calls.rs`, `platform_calls.rs`): the status,
/// Prism's `sl-violations` header if any, and the reply decoded and written back as JSON.
#[derive(Debug)]
pub struct Decoded {
    /// The reply's status.
    pub status: u16,
    /// Prism's report of what the request or its own reply broke, if any.
    pub violations: Option<String>,
    /// The decoded reply, serialised back to JSON (`null` for an empty reply).
    pub value: serde_json::Value,
}

impl Decoded {
    /// The status and headers of `reply`, with `value` for what it decoded to.
    pub fn new<T>(
        reply: &pembalasan_client::ResponseValue<T>,
        value: serde_json::Value,
    ) -> Decoded {
        Decoded {
            status: reply.status().as_u16(),
            violations: reply
                .headers()
                .get("sl-violations")
                .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned()),
            value,
        }
    }

    /// A decoded JSON reply, serialised back to JSON.
    pub fn json<T: serde::Serialize>(reply: pembalasan_client::ResponseValue<T>) -> Decoded {
        let decoded = Decoded::new(&reply, serde_json::Value::Null);
        Decoded {
            value: serde_json::to_value(reply.into_inner()).expect("serialisable"),
            ..decoded
        }
    }
}

/// One row of an operation table: an operation, what the client must send, what the server
/// answers, and the call (`C`, a function of the family's client).
pub struct Case<C> {
    /// The operationId.
    pub operation: &'static str,
    /// The method the client must use.
    pub method: &'static str,
    /// The status the server answers on success (200, or 204 for a few deletes).
    pub status: u16,
    /// Path and query exactly as sent.
    pub target: &'static str,
    /// The JSON body the client must send, if any.
    pub body: Option<serde_json::Value>,
    /// What the server answers on success: a JSON body, a JSON string for a CSV file (sent as
    /// `text/csv`, and decoded into the same string), or `None` for an empty body.
    pub reply: Option<serde_json::Value>,
    /// The call.
    pub call: C,
}

/// `value` without the parts a decode-and-serialise round trip cannot keep as they were:
/// `null`s and empty lists and maps (optional fields are left out when unset), with every
/// number as a float (`1` and `1.0` are the same reading of an integer field) and every
/// ISO-8601 time in one spelling.
pub fn normalise(value: &Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::Array(items) if items.is_empty() => None,
        Value::Object(fields) if fields.is_empty() => None,
        Value::Array(items) => Some(Value::Array(
            items
                .iter()
                .map(|item| normalise(item).unwrap_or(Value::Null))
                .collect(),
        )),
        Value::Object(fields) => {
            let kept: serde_json::Map<String, Value> = fields
                .iter()
                .filter_map(|(key, value)| normalise(value).map(|value| (key.clone(), value)))
                .collect();
            (!kept.is_empty()).then_some(Value::Object(kept))
        }
        Value::Number(number) => number.as_f64().map(Value::from),
        // `2026-01-21T02:00:00.000Z` and `2026-01-21T02:00:00Z` are the same time.
        Value::String(text) => Some(match chrono::DateTime::parse_from_rfc3339(text) {
            Ok(time) => Value::from(time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            Err(_) => Value::from(text.as_str()),
        }),
        other => Some(other.clone()),
    }
}

/// Checks that `request` is what `case` must send, with `token` in the `api-access-token`
/// header and no other spelling of it.
pub fn assert_request<C>(case: &Case<C>, request: &Recorded, token: &str) {
    let name = case.operation;
    assert_eq!(request.method, case.method, "{name}: method");
    assert_eq!(request.target, case.target, "{name}: path and query");
    assert_eq!(
        request.header("api-access-token"),
        Some(token),
        "{name}: the token header"
    );
    assert_eq!(
        request.header("api_access_token"),
        None,
        "{name}: only the hyphenated header"
    );
    match &case.body {
        Some(body) => {
            assert_eq!(
                request.header("content-type"),
                Some("application/json"),
                "{name}: content type"
            );
            assert_eq!(&request.json(), body, "{name}: body");
        }
        None => assert!(request.body.is_empty(), "{name}: no body expected"),
    }
}

/// The operationIds of a published spec (`spec/<family>.json`), sorted.
pub fn operation_ids(spec: &str) -> Vec<String> {
    let spec: serde_json::Value = serde_json::from_str(spec).expect("the spec");
    let mut ids: Vec<String> = spec["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|item| item.as_object().expect("a path item").values())
        .filter_map(|operation| {
            operation
                .get("operationId")
                .and_then(serde_json::Value::as_str)
        })
        .map(str::to_owned)
        .collect();
    ids.sort_unstable();
    ids
}

/// Runs every row of `cases` against a local server that answers its success reply (a JSON
/// string is a CSV file, sent as `text/csv` with a byte-order mark): the request is what the
/// row says, with `token` in the header, and the decoded reply keeps every field. First
/// checks that the table covers the operations of `spec_json` once each.
pub async fn assert_every_operation<C, E>(
    cases: &[Case<CallOf<C, E>>],
    spec_json: &str,
    token: &str,
    client_for: fn(&TestServer) -> C,
) where
    Error<E>: Display,
{
    let mut names: Vec<&str> = cases.iter().map(|case| case.operation).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "each operation once");
    assert_eq!(
        names,
        operation_ids(spec_json),
        "the table covers every operation of the spec"
    );
    for case in cases {
        let reply = match &case.reply {
            Some(Value::String(csv)) => Reply::with_type(
                case.status,
                "text/csv",
                &[b"\xEF\xBB\xBF".as_slice(), csv.as_bytes()].concat(),
            ),
            Some(body) => Reply::json(case.status, body),
            None => Reply::Http {
                status: case.status,
                headers: Vec::new(),
                body: Vec::new(),
            },
        };
        let server = TestServer::always(reply).await;
        let client = client_for(&server);
        let decoded = (case.call)(&client)
            .await
            .unwrap_or_else(|err| panic!("{}: {err}", case.operation));
        assert_eq!(decoded.status, case.status, "{}", case.operation);
        assert_request(case, &server.single_request(), token);
        match &case.reply {
            Some(body) => assert_eq!(
                normalise(&decoded.value),
                normalise(body),
                "{}: the decoded reply keeps every field the server sent",
                case.operation
            ),
            None => assert_eq!(
                decoded.value,
                Value::Null,
                "{}: nothing to decode",
                case.operation
            ),
        }
    }
}

/// Runs every row of `cases` against a server that answers each of `bodies` in turn
/// (`(status, body, variant)`): each decodes into the variant of `ApiError` that `variant`
/// names, and is kept whole.
pub async fn assert_every_error_body<C, E>(
    cases: &[Case<CallOf<C, E>>],
    bodies: &[(u16, Value, &'static str)],
    client_for: fn(&TestServer) -> C,
    variant: fn(&E) -> &'static str,
) where
    E: serde::Serialize,
    Error<E>: Debug,
{
    for case in cases {
        // One server per operation, answering its n-th request with the n-th error body.
        let replies = bodies.to_vec();
        let served = std::sync::atomic::AtomicUsize::new(0);
        let server = TestServer::start(move |_| {
            let n = served.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let (status, body, _) = &replies[n % replies.len()];
            Reply::json(*status, body)
        })
        .await;
        let client = client_for(&server);
        let name = case.operation;
        for (status, body, expected) in bodies {
            match (case.call)(&client).await {
                Err(Error::ErrorResponse(reply)) => {
                    assert_eq!(reply.status().as_u16(), *status, "{name}");
                    assert_eq!(variant(&reply), *expected, "{name}: {body}");
                    assert_eq!(
                        &serde_json::to_value(reply.into_inner()).expect("serialisable"),
                        body,
                        "{name}: the error body is kept whole"
                    );
                }
                other => panic!("{name}: {status} {body} gave {other:?}"),
            }
        }
    }
}

/// Calls every row of `cases` with `client` (pointed at Prism); returns a line for each that
/// did not succeed, or succeeded with Prism's `sl-violations` header.
pub async fn contract_failures<C, E>(cases: &[Case<CallOf<C, E>>], client: &C) -> Vec<String>
where
    Error<E>: Display,
{
    let mut failures = Vec::new();
    for case in cases {
        match (case.call)(client).await {
            Ok(reply) if reply.status / 100 == 2 && reply.violations.is_none() => {}
            Ok(reply) => failures.push(format!(
                "{}: {} with violations {:?}",
                case.operation, reply.status, reply.violations
            )),
            Err(err) => failures.push(format!("{}: {err}", case.operation)),
        }
    }
    failures
}
