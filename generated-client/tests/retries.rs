//! Retries against local servers: 503, 503, 200; 429 with `Retry-After` in seconds and as an
//! HTTP date; a deadline shorter than the wait; a POST that times out, sent once; and no retry
//! at all unless the client asks for it.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use pembalasan_client::application::types;
use pembalasan_client::application::Client;
use pembalasan_client::{Error, RetryPolicy};
use serde_json::json;
use support::app::{self, TOKEN};
use support::{Reply, TestServer};

/// A server that answers its first requests with `first` and then 200 with a profile.
async fn failing_then_ok(failures: usize, first: Reply) -> (TestServer, Arc<AtomicUsize>) {
    let served = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&served);
    let server = TestServer::start(move |_| {
        if count.fetch_add(1, Ordering::SeqCst) < failures {
            first.clone()
        } else {
            Reply::json(200, &app::profile())
        }
    })
    .await;
    (server, served)
}

fn retrying(server: &TestServer, policy: RetryPolicy) -> Client {
    Client::builder(server.base_url(), TOKEN)
        .timeout(Duration::from_millis(800))
        .retry(policy)
        .build()
        .expect("client")
}

fn quick() -> RetryPolicy {
    RetryPolicy::new()
        .attempts(4)
        .base_delay(Duration::from_millis(20))
        .max_delay(Duration::from_millis(50))
}

fn unavailable() -> Reply {
    Reply::json(503, &json!({"status": 503, "error": "Service Unavailable"}))
}

fn too_many(retry_after: &str) -> Reply {
    Reply::Http {
        status: 429,
        headers: vec![
            ("content-type".into(), "text/plain".into()),
            ("retry-after".into(), retry_after.into()),
        ],
        body: b"Retry later\n".to_vec(),
    }
}

#[tokio::test]
async fn a_read_is_retried_through_two_503s() {
    let (server, served) = failing_then_ok(2, unavailable()).await;
    let profile = retrying(&server, quick())
        .get_profile()
        .send()
        .await
        .expect("the third attempt succeeds");
    assert_eq!(profile.id, 7);
    assert_eq!(served.load(Ordering::SeqCst), 3);
    assert!(server
        .requests()
        .iter()
        .all(|request| request.header("api-access-token") == Some(TOKEN)));
}

#[tokio::test]
async fn without_a_policy_nothing_is_retried() {
    let (server, served) = failing_then_ok(2, unavailable()).await;
    let err = app::client_for(&server)
        .get_profile()
        .send()
        .await
        .expect_err("503");
    assert_eq!(err.status().map(|status| status.as_u16()), Some(503));
    assert_eq!(served.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_attempts_run_out() {
    let (server, served) = failing_then_ok(10, unavailable()).await;
    let err = retrying(&server, quick().attempts(3))
        .get_profile()
        .send()
        .await
        .expect_err("still 503");
    assert_eq!(err.status().map(|status| status.as_u16()), Some(503));
    assert_eq!(served.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let (server, served) = failing_then_ok(1, too_many("1")).await;
    let started = Instant::now();
    retrying(&server, quick())
        .get_profile()
        .send()
        .await
        .expect("after the wait");
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(served.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let date = httpdate_in(Duration::from_secs(2));
    let (server, served) = failing_then_ok(1, too_many(&date)).await;
    let started = Instant::now();
    retrying(&server, quick())
        .get_profile()
        .send()
        .await
        .expect("after the wait");
    // The date has a resolution of one second: it is 1 to 2 seconds away when sent.
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(served.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_wait_past_the_deadline_is_not_taken() {
    let (server, served) = failing_then_ok(1, too_many("120")).await;
    let started = Instant::now();
    let err = retrying(&server, quick().deadline(Some(Duration::from_secs(5))))
        .get_profile()
        .send()
        .await
        .expect_err("the 429 comes back");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(err.status().map(|status| status.as_u16()), Some(429));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(120)));
    assert!(err.is_retryable());
    assert_eq!(served.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_error_reads_retry_after_as_a_date_too() {
    let date = httpdate_in(Duration::from_secs(30));
    let server = TestServer::always(too_many(&date)).await;
    let err = app::client_for(&server)
        .get_profile()
        .send()
        .await
        .expect_err("429");
    let wait = err.retry_after().expect("a wait");
    assert!(
        wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
        "{wait:?}"
    );
}

#[tokio::test]
async fn a_post_that_times_out_is_sent_once() {
    let server = TestServer::always(Reply::Hang).await;
    let err = retrying(&server, quick())
        .create_message()
        .account_id(1)
        .conversation_id(42)
        .body(types::CreateMessageRequest::builder().content("sekali saja".to_owned()))
        .send()
        .await
        .expect_err("a timeout");
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert_eq!(
        server.requests().len(),
        1,
        "a POST that may have arrived is never sent twice"
    );
}

#[tokio::test]
async fn a_post_answered_503_is_not_retried() {
    let (server, served) = failing_then_ok(1, unavailable()).await;
    let err = retrying(&server, quick())
        .toggle_status()
        .account_id(1)
        .conversation_id(42)
        .body(types::ToggleStatusRequest::default())
        .send()
        .await
        .expect_err("503");
    assert_eq!(err.status().map(|status| status.as_u16()), Some(503));
    assert_eq!(served.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_a_post() {
    // A port that refuses for the first attempts and then has a server.
    let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = probe.local_addr().expect("address");
    drop(probe);
    let client = Client::builder(format!("http://{address}"), TOKEN)
        .retry(
            RetryPolicy::new()
                .attempts(10)
                .base_delay(Duration::from_millis(100))
                .max_delay(Duration::from_millis(150)),
        )
        .build()
        .expect("client");
    let late = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .expect("the port is free again");
        let (mut stream, _) = listener.accept().await.expect("the retry arrives");
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut buffer = vec![0u8; 65536];
        let _ = stream.read(&mut buffer).await;
        let _ = stream
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            .await;
    });
    client
        .mute_conversation()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect("sent once the server is up");
    late.await.expect("the late server ran");
}

/// An HTTP date `after` from now.
fn httpdate_in(after: Duration) -> String {
    httpdate::fmt_http_date(SystemTime::now() + after)
}
