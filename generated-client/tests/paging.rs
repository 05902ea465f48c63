//! Lists as streams, against local servers that page like the real one: three full pages and
//! an empty one, a short last page, a total in `meta`, `before` cursors, a page that fails, and
//! lists that shrink or grow while they are read. Pages are fetched only when asked for.

mod support;

use std::sync::{Arc, Mutex};

use futures_util::{StreamExt, TryStreamExt};
use pembalasan_client::Error;
use serde_json::{json, Value};
use support::app;
use support::{Recorded, Reply, TestServer};

/// The `page` query parameter of a request (1 when absent).
fn page_of(request: &Recorded) -> usize {
    request
        .query()
        .and_then(|query| query.split('&').find_map(|pair| pair.strip_prefix("page=")))
        .and_then(|page| page.parse().ok())
        .unwrap_or(1)
}

fn conversation(id: i64) -> Value {
    let mut conversation = app::conversation();
    conversation["id"] = json!(id);
    conversation
}

/// A server for `list_conversations` over the conversations `ids()` gives at each request.
async fn conversations_server(
    ids: impl Fn(usize) -> Vec<i64> + Send + Sync + 'static,
) -> TestServer {
    TestServer::start(move |request| {
        let page = page_of(request);
        let all = ids(page);
        let payload: Vec<Value> = all
            .iter()
            .skip((page - 1) * 25)
            .take(25)
            .map(|id| conversation(*id))
            .collect();
        Reply::json(
            200,
            &json!({"data": {"meta": app::counts(), "payload": payload}}),
        )
    })
    .await
}

#[tokio::test]
async fn three_full_pages_and_an_empty_one() {
    let server = conversations_server(|_| (1..=75).collect()).await;
    let client = app::client_for(&server);
    let ids: Vec<i64> = client
        .list_conversations()
        .account_id(1)
        .items()
        .map_ok(|conversation| conversation.id)
        .try_collect()
        .await
        .expect("every conversation");
    assert_eq!(ids, (1..=75).collect::<Vec<_>>());
    let pages: Vec<usize> = server.requests().iter().map(page_of).collect();
    assert_eq!(pages, [1, 2, 3, 4], "the empty fourth page ends the list");
}

#[tokio::test]
async fn a_short_page_ends_the_list_and_filters_are_kept() {
    let server = conversations_server(|_| (1..=60).collect()).await;
    let client = app::client_for(&server);
    let pages: Vec<usize> = client
        .list_conversations()
        .account_id(1)
        .status(pembalasan_client::application::types::ListConversationsStatus::All)
        .pages()
        .map_ok(|page| page.payload.len())
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages, [25, 25, 10]);
    let targets: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(
        targets,
        [
            "/api/v1/accounts/1/conversations?page=1&status=all",
            "/api/v1/accounts/1/conversations?page=2&status=all",
            "/api/v1/accounts/1/conversations?page=3&status=all",
        ]
    );
}

#[tokio::test]
async fn pages_are_fetched_only_when_asked_for() {
    let server = conversations_server(|_| (1..=75).collect()).await;
    let client = app::client_for(&server);
    let first_thirty: Vec<i64> = client
        .list_conversations()
        .account_id(1)
        .items()
        .take(30)
        .map_ok(|conversation| conversation.id)
        .try_collect()
        .await
        .expect("thirty");
    assert_eq!(first_thirty.len(), 30);
    assert_eq!(server.requests().len(), 2, "two pages for thirty items");
    let stream = client.list_conversations().account_id(1).items();
    drop(stream);
    assert_eq!(
        server.requests().len(),
        2,
        "a stream that is not polled fetches nothing"
    );
}

#[tokio::test]
async fn a_failed_page_is_an_error_item_after_the_items_before_it() {
    let server = TestServer::start(|request| match page_of(request) {
        1 => Reply::json(
            200,
            &json!({"data": {"meta": app::counts(),
            "payload": (1..=25).map(conversation).collect::<Vec<_>>()}}),
        ),
        _ => Reply::json(
            500,
            &json!({"status": 500, "error": "Internal Server Error"}),
        ),
    })
    .await;
    let client = app::client_for(&server);
    let results: Vec<_> = client
        .list_conversations()
        .account_id(1)
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 26, "25 items, then the error, then the end");
    assert!(results[..25].iter().all(Result::is_ok));
    match &results[25] {
        Err(Error::ErrorResponse(reply)) => assert_eq!(reply.status().as_u16(), 500),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.requests().len(), 2, "no page after the failed one");
}

#[tokio::test]
async fn a_list_that_changes_while_it_is_read() {
    // It shrinks: 10 conversations are deleted after the first page; the second is short.
    let reads = Arc::new(Mutex::new(0usize));
    let shrinking = Arc::clone(&reads);
    let server = conversations_server(move |_| {
        let mut reads = shrinking.lock().expect("reads");
        *reads += 1;
        if *reads == 1 {
            (1..=45).collect()
        } else {
            (11..=45).collect()
        }
    })
    .await;
    let ids: Vec<i64> = app::client_for(&server)
        .list_conversations()
        .account_id(1)
        .items()
        .map_ok(|conversation| conversation.id)
        .try_collect()
        .await
        .expect("the list");
    assert_eq!(
        ids.len(),
        35,
        "25 from the first page, 10 from the second: {ids:?}"
    );
    assert_eq!(
        server.requests().len(),
        2,
        "the short page ends it, no hang"
    );

    // It grows: 5 new conversations push the first page's last ones onto the second; each is
    // yielded once.
    let reads = Arc::new(Mutex::new(0usize));
    let growing = Arc::clone(&reads);
    let server = conversations_server(move |_| {
        let mut reads = growing.lock().expect("reads");
        *reads += 1;
        if *reads == 1 {
            (1..=40).collect()
        } else {
            (-4..=40).collect()
        }
    })
    .await;
    let ids: Vec<i64> = app::client_for(&server)
        .list_conversations()
        .account_id(1)
        .items()
        .map_ok(|conversation| conversation.id)
        .try_collect()
        .await
        .expect("the list");
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "no conversation twice: {ids:?}");
}

#[tokio::test]
async fn contacts_stop_at_the_total_in_meta() {
    let server = TestServer::start(|request| {
        let page = page_of(request);
        let payload: Vec<Value> = (0..15)
            .map(|n| {
                let mut contact = app::contact(false);
                contact["id"] = json!(((page - 1) * 15 + n) as i64);
                contact
            })
            .collect();
        Reply::json(
            200,
            &json!({"meta": {"count": 30, "current_page": page.to_string()}, "payload": payload}),
        )
    })
    .await;
    let count = app::client_for(&server)
        .list_contacts()
        .account_id(1)
        .items()
        .try_fold(0, |count, _| async move { Ok(count + 1) })
        .await
        .expect("contacts");
    assert_eq!(count, 30);
    assert_eq!(
        server.requests().len(),
        2,
        "the total says the second full page is the last"
    );
}

#[tokio::test]
async fn contact_search_stops_when_there_is_no_more() {
    let server = TestServer::start(|request| {
        let page = page_of(request);
        Reply::json(200, &json!({"meta": {"count": 15, "current_page": page.to_string(), "has_more": page < 2},
            "payload": (0..15).map(|n| { let mut c = app::contact(false); c["id"] = json!((page * 100 + n) as i64); c }).collect::<Vec<_>>()}))
    })
    .await;
    let found: Vec<_> = app::client_for(&server)
        .search_contacts()
        .account_id(1)
        .q("siti")
        .items()
        .try_collect()
        .await
        .expect("found");
    assert_eq!(found.len(), 30);
    assert_eq!(server.requests().len(), 2);
}

/// 46 messages, served 20 at a time before a cursor, oldest first in each page.
fn messages_before(request: &Recorded, message: fn(i64) -> Value) -> Vec<Value> {
    let before = request
        .query()
        .and_then(|query| query.strip_prefix("before="))
        .and_then(|id| id.parse::<i64>().ok())
        .unwrap_or(i64::MAX);
    let older: Vec<i64> = (1..=46).filter(|id| *id < before).collect();
    older[older.len().saturating_sub(20)..]
        .iter()
        .map(|id| message(*id))
        .collect()
}

#[tokio::test]
async fn application_messages_page_back_with_before() {
    fn message(id: i64) -> Value {
        let mut message = app::message();
        message["id"] = json!(id);
        message
    }
    let server = TestServer::start(|request| {
        Reply::json(200, &json!({"meta": {"labels": [], "additional_attributes": {}, "contact": app::contact_sender(),
            "agent_last_seen_at": null, "assignee_last_seen_at": null}, "payload": messages_before(request, message)}))
    })
    .await;
    let ids: Vec<i64> = app::client_for(&server)
        .list_messages()
        .account_id(1)
        .conversation_id(42)
        .items()
        .map_ok(|message| message.id)
        .try_collect()
        .await
        .expect("messages");
    assert_eq!(
        ids,
        (1..=46).rev().collect::<Vec<_>>(),
        "newest first, each once"
    );
    let targets: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(
        targets,
        [
            "/api/v1/accounts/1/conversations/42/messages",
            "/api/v1/accounts/1/conversations/42/messages?before=27",
            "/api/v1/accounts/1/conversations/42/messages?before=7",
        ],
        "the page of 6 is the last"
    );
}

#[tokio::test]
async fn public_messages_page_back_with_before() {
    fn message(id: i64) -> Value {
        json!({"id": id, "content": "hi", "message_type": 1, "content_type": "text", "content_attributes": {},
               "created_at": 1768817000 + id, "conversation_id": 7})
    }
    let server =
        TestServer::start(|request| Reply::json(200, &json!(messages_before(request, message))))
            .await;
    let pages: Vec<usize> = support::client_for(&server)
        .list_messages()
        .inbox_identifier("inbox")
        .contact_identifier("contact")
        .conversation_id(7)
        .pages()
        .map_ok(|page| page.len())
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages, [20, 20, 6]);
}
