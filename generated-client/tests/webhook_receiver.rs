//! Runs `examples/webhook_receiver.rs` on 127.0.0.1 and posts signed and unsigned deliveries to
//! it: good ones are accepted and dispatched once, bad ones get a bare 401.

#[path = "../examples/webhook_receiver.rs"]
mod webhook_receiver;

use std::time::{Duration, SystemTime};

use pembalasan_client::webhooks;
use serde_json::json;

const SECRET: &str = "receiver-secret-1234";

async fn post(base: &str, body: &[u8], headers: reqwest::header::HeaderMap) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(format!("{base}/webhooks"))
        .headers(headers)
        .header("content-type", "application/json")
        .body(body.to_vec())
        .send()
        .await
        .expect("the receiver answers");
    let status = response.status().as_u16();
    (status, response.text().await.expect("a body"))
}

#[tokio::test]
async fn the_receiver_accepts_signed_deliveries_and_refuses_the_rest() {
    let (router, receiver) = webhook_receiver::app(SECRET);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let server = tokio::spawn(async move { axum::serve(listener, router).await });

    let body = serde_json::to_vec(&json!({"event": "contact_created", "account": {"id": 1, "name": "Toko"},
        "additional_attributes": {}, "avatar": "", "custom_attributes": {}, "email": null, "id": 1042,
        "identifier": null, "name": "Siti", "phone_number": null, "thumbnail": ""}))
    .expect("JSON");
    let now = SystemTime::now();
    let mut good = webhooks::sign(SECRET, &body, now);
    good.insert("x-chatwoot-delivery", "d-1".parse().expect("a header"));

    assert_eq!(post(&base, &body, good.clone()).await, (200, String::new()));
    // The same delivery again (a retry): acknowledged, not handled twice.
    assert_eq!(post(&base, &body, good.clone()).await.0, 200);

    let unknown = br#"{"event":"something_new","id":1}"#;
    let mut other = webhooks::sign(SECRET, unknown, now);
    other.insert("x-chatwoot-delivery", "d-2".parse().expect("a header"));
    assert_eq!(post(&base, unknown, other).await.0, 200);

    let mut tampered = body.clone();
    tampered[2] = b'X';
    let refused = [
        (tampered.clone(), good.clone()),
        (body.clone(), webhooks::sign("wrong-secret", &body, now)),
        (
            body.clone(),
            webhooks::sign(SECRET, &body, now - Duration::from_secs(3600)),
        ),
        (
            body.clone(),
            webhooks::sign(SECRET, &body, now + Duration::from_secs(3600)),
        ),
        (body.clone(), reqwest::header::HeaderMap::new()),
    ];
    for (body, headers) in refused {
        assert_eq!(
            post(&base, &body, headers).await,
            (401, String::new()),
            "a bare 401"
        );
    }

    let handled = receiver.handled.lock().expect("handled").clone();
    assert_eq!(handled, ["new contact 1042", "something_new (not handled)"]);
    server.abort();
}
