//! Every operation of the Application API, called with fixed arguments, with what it must send
//! and a reply the server could give: the table that `application_operations.rs` runs against a
//! local server and `xtask/tests/contract_token_families.rs` against Prism. Included by those
//! two with `#[path]` (beside `mod support;`), so the other tests do not compile it.

#![allow(dead_code)] // each file that includes this table uses a different part of it

use std::future::Future;
use std::pin::Pin;

use pembalasan_client::application::types;
use pembalasan_client::{Error, RawBody, ResponseValue};
use serde_json::json;

use crate::support::app;

// A separate group: rustfmt orders the names of one `use` differently in the 2021 edition of
// the client's tests and the 2024 edition of xtask's, which both include this file.
use crate::support::table::Decoded;

/// What a call ends in.
pub type Outcome = Result<Decoded, Error<types::ApiError>>;

/// One operation, called with fixed arguments.
pub type Call =
    crate::support::table::CallOf<pembalasan_client::application::Client, types::ApiError>;

/// The decoded reply, serialised back to JSON.
#[allow(clippy::result_large_err)] // the client's own error type, as its calls return it
pub fn outcome<T: serde::Serialize>(
    result: Result<ResponseValue<T>, Error<types::ApiError>>,
) -> Outcome {
    result.map(Decoded::json)
}

/// One row of the table.
pub type Case = crate::support::table::Case<Call>;

/// A CSV reply, decoded as its text.
#[allow(clippy::result_large_err)] // the client's own error type, as its calls return it
pub fn csv_outcome(result: Result<ResponseValue<RawBody>, Error<types::ApiError>>) -> Outcome {
    result.map(|reply| {
        let text = reply.text().expect("UTF-8");
        Decoded::new(&reply, serde_json::Value::from(text))
    })
}

/// A [`Call`] of an operation whose reply is a CSV file.
macro_rules! csv_call {
    (|$c:ident| $body:expr) => {{
        fn call<'a>(
            $c: &'a pembalasan_client::application::Client,
        ) -> Pin<Box<dyn Future<Output = Outcome> + Send + 'a>> {
            Box::pin(async move { csv_outcome($body.await) })
        }
        call as Call
    }};
}

/// A [`Call`] from a closure-like expression over the client `c`.
macro_rules! call {
    (|$c:ident| $body:expr) => {{
        fn call<'a>(
            $c: &'a pembalasan_client::application::Client,
        ) -> Pin<Box<dyn Future<Output = Outcome> + Send + 'a>> {
            Box::pin(async move { outcome($body.await) })
        }
        call as Call
    }};
}

/// The account every call acts in.
const A: &str = "/api/v1/accounts/1";

/// Free-form attributes from a JSON object.
fn attributes(value: serde_json::Value) -> types::FreeFormAttributes {
    serde_json::from_value(value).expect("a JSON object")
}

/// Every operation, once.
pub fn cases() -> Vec<Case> {
    let mut cases = core_cases();
    cases.extend(resource_cases());
    cases.extend(report_cases());
    cases.extend(help_center_cases());
    cases
}

/// Conversations, messages, contacts, inboxes, agents, teams, the account, webhooks and the
/// profile.
fn core_cases() -> Vec<Case> {
    vec![
        // Conversations.
        Case {
            operation: "list_conversations",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/conversations?assignee_type=me&labels%5B%5D=pengiriman&labels%5B%5D=vip+gold&page=2&q=paket+hilang&status=all",
            body: None,
            reply: Some(
                json!({"data": {"meta": app::counts(), "payload": [app::conversation(), app::assigned_conversation()]}}),
            ),
            call: call!(|c| c
                .list_conversations()
                .account_id(1)
                .assignee_type(types::ListConversationsAssigneeType::Me)
                .status(types::ListConversationsStatus::All)
                .q("paket hilang")
                .labels(vec!["pengiriman".to_owned(), "vip gold".to_owned()])
                .page(2)
                .send()),
        },
        Case {
            operation: "create_conversation",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations",
            body: Some(json!({"inbox_id": 5, "contact_id": 1042, "message": {"content": "Halo"}})),
            reply: Some(app::conversation()),
            call: call!(|c| c
                .create_conversation()
                .account_id(1)
                .body(
                    types::CreateConversationRequest::builder()
                        .inbox_id(5)
                        .contact_id(1042)
                        .message(Some(
                            types::InitialMessage::builder()
                                .content("Halo".to_owned())
                                .try_into()
                                .expect("a valid message"),
                        )),
                )
                .send()),
        },
        Case {
            operation: "get_conversation_counts",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/conversations/meta?status=open",
            body: None,
            reply: Some(json!({"meta": app::counts()})),
            call: call!(|c| c
                .get_conversation_counts()
                .account_id(1)
                .status(types::GetConversationCountsStatus::Open)
                .send()),
        },
        Case {
            operation: "search_conversations",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/conversations/search?q=resi+%26+ongkir",
            body: None,
            reply: Some(json!({
                "meta": {"mine_count": 0, "unassigned_count": 1, "all_count": 1},
                "payload": [{"id": 42, "uuid": "5d0e6a34-7f0e-4a7c-8b3b-1c2d3e4f5a6b", "created_at": 1768811300,
                    "contact": {"id": 1042, "name": "Siti Rahma"},
                    "inbox": {"id": 5, "name": "Toko Online", "channel_type": "Channel::Api"},
                    "messages": [{"content": "resi & ongkir?", "id": 9001, "sender_name": "Siti Rahma", "message_type": 0, "created_at": 1768811325},
                                 {"content": null, "id": 9004, "message_type": 2, "created_at": 1768811500}],
                    "account_id": 1}]
            })),
            call: call!(|c| c
                .search_conversations()
                .account_id(1)
                .q("resi & ongkir")
                .send()),
        },
        Case {
            operation: "filter_conversations",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/filter?page=3",
            body: Some(json!({"payload": [
                {"attribute_key": "status", "filter_operator": "equal_to", "values": ["open"], "query_operator": "and"},
                {"attribute_key": "created_at", "filter_operator": "days_before", "values": [3]}
            ]})),
            reply: Some(json!({"meta": app::counts(), "payload": [app::assigned_conversation()]})),
            call: call!(|c| c
                .filter_conversations()
                .account_id(1)
                .page(3)
                .body(types::FilterRequest {
                    payload: vec![
                        types::FilterCondition {
                            attribute_key: "status".into(),
                            filter_operator: types::FilterOperator::EqualTo,
                            values: vec![types::FilterValue::Text("open".into())],
                            query_operator: Some(types::QueryOperator::And),
                            attribute_model: None,
                            custom_attribute_type: None,
                        },
                        types::FilterCondition {
                            attribute_key: "created_at".into(),
                            filter_operator: types::FilterOperator::DaysBefore,
                            values: vec![types::FilterValue::Number(3)],
                            query_operator: None,
                            attribute_model: None,
                            custom_attribute_type: None,
                        },
                    ],
                })
                .send()),
        },
        Case {
            operation: "get_conversation",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42",
            body: None,
            reply: Some(app::assigned_conversation()),
            call: call!(|c| c
                .get_conversation()
                .account_id(1)
                .conversation_id(42)
                .send()),
        },
        Case {
            operation: "update_conversation",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42",
            body: Some(json!({"priority": null})),
            reply: Some(app::conversation()),
            call: call!(|c| c
                .update_conversation()
                .account_id(1)
                .conversation_id(42)
                .body(types::UpdateConversationRequest { priority: None })
                .send()),
        },
        Case {
            operation: "delete_conversation",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_conversation()
                .account_id(1)
                .conversation_id(42)
                .send()),
        },
        Case {
            operation: "toggle_status",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/toggle_status",
            body: Some(json!({"status": "snoozed", "snoozed_until": 1768980000})),
            reply: Some(
                json!({"payload": {"success": true, "conversation_id": 42, "current_status": "snoozed", "snoozed_until": "2026-01-21T07:20:00.000Z"}}),
            ),
            call: call!(|c| c
                .toggle_status()
                .account_id(1)
                .conversation_id(42)
                .body(
                    types::ToggleStatusRequest::builder()
                        .status(types::ConversationStatusInput::Snoozed)
                        .snoozed_until(1768980000),
                )
                .send()),
        },
        Case {
            operation: "toggle_priority",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/toggle_priority",
            body: Some(json!({"priority": "high"})),
            reply: None,
            call: call!(|c| c
                .toggle_priority()
                .account_id(1)
                .conversation_id(42)
                .body(types::TogglePriorityRequest {
                    priority: Some(types::PriorityInput::High),
                })
                .send()),
        },
        Case {
            operation: "toggle_typing_status",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/toggle_typing_status",
            body: Some(json!({"typing_status": "on", "is_private": true})),
            reply: None,
            call: call!(|c| c
                .toggle_typing_status()
                .account_id(1)
                .conversation_id(42)
                .body(types::TypingRequest {
                    typing_status: types::TypingStatus::On,
                    is_private: Some(true),
                })
                .send()),
        },
        Case {
            operation: "update_last_seen",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/update_last_seen",
            body: None,
            reply: Some(app::conversation()),
            call: call!(|c| c
                .update_last_seen()
                .account_id(1)
                .conversation_id(42)
                .send()),
        },
        Case {
            operation: "mark_conversation_unread",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/unread",
            body: None,
            reply: None,
            call: call!(|c| c
                .mark_conversation_unread()
                .account_id(1)
                .conversation_id(42)
                .send()),
        },
        Case {
            operation: "mute_conversation",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/mute",
            body: None,
            reply: None,
            call: call!(|c| c
                .mute_conversation()
                .account_id(1)
                .conversation_id(42)
                .send()),
        },
        Case {
            operation: "unmute_conversation",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/unmute",
            body: None,
            reply: None,
            call: call!(|c| c
                .unmute_conversation()
                .account_id(1)
                .conversation_id(42)
                .send()),
        },
        Case {
            operation: "send_conversation_transcript",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/transcript",
            body: Some(json!({"email": "siti@example.com"})),
            reply: None,
            call: call!(|c| c
                .send_conversation_transcript()
                .account_id(1)
                .conversation_id(42)
                .body(types::TranscriptRequest {
                    email: "siti@example.com".into(),
                })
                .send()),
        },
        Case {
            operation: "update_conversation_custom_attributes",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/custom_attributes",
            body: Some(json!({"custom_attributes": {"order_id": "INV-42", "paid": true}})),
            reply: Some(json!({"custom_attributes": {"order_id": "INV-42", "paid": true}})),
            call: call!(|c| c
                .update_conversation_custom_attributes()
                .account_id(1)
                .conversation_id(42)
                .body(types::CustomAttributes {
                    custom_attributes: attributes(json!({"order_id": "INV-42", "paid": true})),
                })
                .send()),
        },
        Case {
            operation: "list_conversation_attachments",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/attachments?page=1",
            body: None,
            reply: Some(json!({"meta": {"total_count": 2}, "payload": [
                {"id": 311, "message_id": 9003, "thumb_url": "https://app.pembalasan.id/thumbs/resi.png",
                 "data_url": "https://app.pembalasan.id/blobs/resi.png", "file_size": 48213, "file_type": "image",
                 "extension": null, "width": 1080, "height": 1920, "created_at": 1768811400, "sender": app::contact_sender()},
                {"message_id": 9005, "thumb_url": null, "data_url": null, "file_size": null, "file_type": "location",
                 "extension": null, "width": null, "height": null, "created_at": 1768811600}
            ]})),
            call: call!(|c| c
                .list_conversation_attachments()
                .account_id(1)
                .conversation_id(42)
                .page(1)
                .send()),
        },
        Case {
            operation: "assign_conversation",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/assignments",
            body: Some(json!({"assignee_id": 7})),
            reply: Some(app::agent()),
            call: call!(|c| c
                .assign_conversation()
                .account_id(1)
                .conversation_id(42)
                .body(types::AssignmentRequest::Agent(types::AssignAgent {
                    assignee_id: Some(7),
                    assignee_type: None,
                }))
                .send()),
        },
        Case {
            operation: "list_conversation_labels",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/labels",
            body: None,
            reply: Some(json!({"payload": ["pengiriman", "vip"]})),
            call: call!(|c| c
                .list_conversation_labels()
                .account_id(1)
                .conversation_id(42)
                .send()),
        },
        Case {
            operation: "add_conversation_labels",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/labels",
            body: Some(json!({"labels": ["pengiriman"]})),
            reply: Some(json!({"payload": ["pengiriman"]})),
            call: call!(|c| c
                .add_conversation_labels()
                .account_id(1)
                .conversation_id(42)
                .body(types::LabelsRequest {
                    labels: vec!["pengiriman".into()],
                })
                .send()),
        },
        Case {
            operation: "list_conversation_participants",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/participants",
            body: None,
            reply: Some(json!([app::agent(), app::administrator()])),
            call: call!(|c| c
                .list_conversation_participants()
                .account_id(1)
                .conversation_id(42)
                .send()),
        },
        Case {
            operation: "add_conversation_participants",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/participants",
            body: Some(json!({"user_ids": [7, 1]})),
            reply: Some(json!([app::administrator()])),
            call: call!(|c| c
                .add_conversation_participants()
                .account_id(1)
                .conversation_id(42)
                .body(types::UserIds {
                    user_ids: vec![7, 1]
                })
                .send()),
        },
        Case {
            operation: "update_conversation_participants",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/participants",
            body: Some(json!({"user_ids": [7]})),
            reply: Some(json!([app::agent()])),
            call: call!(|c| c
                .update_conversation_participants()
                .account_id(1)
                .conversation_id(42)
                .body(types::UserIds { user_ids: vec![7] })
                .send()),
        },
        Case {
            operation: "remove_conversation_participants",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/participants",
            body: Some(json!({"user_ids": [1]})),
            reply: None,
            call: call!(|c| c
                .remove_conversation_participants()
                .account_id(1)
                .conversation_id(42)
                .body(types::UserIds { user_ids: vec![1] })
                .send()),
        },
        // Messages.
        Case {
            operation: "list_messages",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/messages?before=9002&filter_internal_messages=true",
            body: None,
            reply: Some(json!({
                "meta": {"labels": ["pengiriman"], "additional_attributes": {"browser_language": "id"},
                         "contact": app::contact_sender(), "agent_last_seen_at": "2026-01-19T08:30:02.120Z",
                         "assignee_last_seen_at": null},
                "payload": [app::message(),
                    {"id": 9003, "content": null, "inbox_id": 5, "conversation_id": 42, "message_type": 0,
                     "content_type": "text", "status": null, "content_attributes": {"in_reply_to": 9002},
                     "created_at": 1768811420, "private": false, "source_id": "wamid.HBgM",
                     "sender": app::contact_sender(), "attachments": [app::image_attachment()]}]
            })),
            call: call!(|c| c
                .list_messages()
                .account_id(1)
                .conversation_id(42)
                .before(9002)
                .filter_internal_messages(true)
                .send()),
        },
        Case {
            operation: "create_message",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/messages",
            body: Some(json!({"content": "Catatan internal", "private": true, "echo_id": "e-1"})),
            reply: Some({
                let mut message = app::message();
                message["echo_id"] = json!("e-1");
                message["private"] = json!(true);
                message
            }),
            call: call!(|c| c
                .create_message()
                .account_id(1)
                .conversation_id(42)
                .body(
                    types::CreateMessageRequest::builder()
                        .content("Catatan internal".to_owned())
                        .private(true)
                        .echo_id("e-1".to_owned()),
                )
                .send()),
        },
        Case {
            operation: "update_message",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/messages/9002",
            body: Some(json!({"status": "failed", "external_error": "number not on WhatsApp"})),
            reply: None,
            call: call!(|c| c
                .update_message()
                .account_id(1)
                .conversation_id(42)
                .message_id(9002)
                .body(types::UpdateMessageStatusRequest {
                    status: types::MessageStatusInput::Failed,
                    external_error: Some("number not on WhatsApp".into()),
                })
                .send()),
        },
        Case {
            operation: "delete_message",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/messages/9002",
            body: None,
            reply: Some({
                let mut message = app::message();
                message["content"] = json!("This message was deleted");
                message["content_attributes"] = json!({"deleted": true});
                message
            }),
            call: call!(|c| c
                .delete_message()
                .account_id(1)
                .conversation_id(42)
                .message_id(9002)
                .send()),
        },
        Case {
            operation: "translate_message",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/messages/9001/translate",
            body: Some(json!({"target_language": "en"})),
            reply: Some(json!({"content": "My parcel has not arrived."})),
            call: call!(|c| c
                .translate_message()
                .account_id(1)
                .conversation_id(42)
                .message_id(9001)
                .body(types::TranslateRequest {
                    target_language: "en".into(),
                })
                .send()),
        },
        Case {
            operation: "retry_message",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/conversations/42/messages/9002/retry",
            body: None,
            reply: Some(app::message()),
            call: call!(|c| c
                .retry_message()
                .account_id(1)
                .conversation_id(42)
                .message_id(9002)
                .send()),
        },
        // Contacts.
        Case {
            operation: "list_contacts",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/contacts?include_contact_inboxes=false&labels%5B%5D=vip&page=2&sort=-last_activity_at",
            body: None,
            reply: Some(
                json!({"meta": {"count": 31, "current_page": "2"}, "payload": [app::contact(false)]}),
            ),
            call: call!(|c| c
                .list_contacts()
                .account_id(1)
                .page(2)
                .sort("-last_activity_at")
                .labels(vec!["vip".to_owned()])
                .include_contact_inboxes(false)
                .send()),
        },
        Case {
            operation: "create_contact",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/contacts",
            body: Some(json!({"name": "Siti Rahma", "inbox_id": 5})),
            reply: Some(json!({"payload": {"contact": app::contact(true),
                "contact_inbox": {"inbox": app::inbox_record(), "source_id": "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10"}}})),
            call: call!(|c| c
                .create_contact()
                .account_id(1)
                .body(
                    types::CreateContactRequest::builder()
                        .name("Siti Rahma".to_owned())
                        .inbox_id(5),
                )
                .send()),
        },
        Case {
            operation: "list_active_contacts",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/contacts/active",
            body: None,
            reply: Some(
                json!({"meta": {"count": 1, "current_page": 1}, "payload": [app::active_contact()]}),
            ),
            call: call!(|c| c.list_active_contacts().account_id(1).send()),
        },
        Case {
            operation: "search_contacts",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/contacts/search?q=%2B62812",
            body: None,
            reply: Some(
                json!({"meta": {"count": 1, "current_page": 1, "has_more": false}, "payload": [app::active_contact()]}),
            ),
            call: call!(|c| c.search_contacts().account_id(1).q("+62812").send()),
        },
        Case {
            operation: "filter_contacts",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/contacts/filter",
            body: Some(
                json!({"payload": [{"attribute_key": "city", "filter_operator": "equal_to", "values": ["Bandung"]}]}),
            ),
            reply: Some(
                json!({"meta": {"count": 1, "current_page": 1}, "payload": [app::active_contact()]}),
            ),
            call: call!(|c| c
                .filter_contacts()
                .account_id(1)
                .body(types::FilterRequest {
                    payload: vec![types::FilterCondition {
                        attribute_key: "city".into(),
                        filter_operator: types::FilterOperator::EqualTo,
                        values: vec![types::FilterValue::Text("Bandung".into())],
                        query_operator: None,
                        attribute_model: None,
                        custom_attribute_type: None,
                    }],
                })
                .send()),
        },
        Case {
            operation: "get_contact",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042",
            body: None,
            reply: Some(json!({"payload": app::contact(true)})),
            call: call!(|c| c.get_contact().account_id(1).contact_id(1042).send()),
        },
        Case {
            operation: "update_contact",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042",
            body: Some(json!({"email": "siti@example.com", "custom_attributes": {"plan": "gold"}})),
            reply: Some(json!({"payload": app::active_contact()})),
            call: call!(|c| c
                .update_contact()
                .account_id(1)
                .contact_id(1042)
                .body(
                    types::UpdateContactRequest::builder()
                        .email("siti@example.com".to_owned())
                        .custom_attributes(Some(attributes(json!({"plan": "gold"})))),
                )
                .send()),
        },
        Case {
            operation: "delete_contact",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042",
            body: None,
            reply: None,
            call: call!(|c| c.delete_contact().account_id(1).contact_id(1042).send()),
        },
        Case {
            operation: "list_contactable_inboxes",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/contactable_inboxes",
            body: None,
            reply: Some(
                json!({"payload": [{"inbox": app::api_inbox(), "source_id": "f3a1c1de-7b3e-4b39-9a3e-1d2c3b4a5f60"},
                                          {"inbox": app::website_inbox(), "source_id": "2b1e7c9a-0a7e-4f55-8f2a-6c0d9e8b7a61"}]}),
            ),
            call: call!(|c| c
                .list_contactable_inboxes()
                .account_id(1)
                .contact_id(1042)
                .send()),
        },
        Case {
            operation: "create_contact_inbox",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/contact_inboxes",
            body: Some(json!({"inbox_id": 5, "hmac_verified": true})),
            reply: Some(app::contact_inbox()),
            call: call!(|c| c
                .create_contact_inbox()
                .account_id(1)
                .contact_id(1042)
                .body(types::CreateContactInboxRequest {
                    inbox_id: 5,
                    source_id: None,
                    hmac_verified: Some(true),
                })
                .send()),
        },
        Case {
            operation: "list_contact_labels",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/labels",
            body: None,
            reply: Some(json!({"payload": []})),
            call: call!(|c| c
                .list_contact_labels()
                .account_id(1)
                .contact_id(1042)
                .send()),
        },
        Case {
            operation: "add_contact_labels",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/labels",
            body: Some(json!({"labels": ["vip", "b2b"]})),
            reply: Some(json!({"payload": ["vip", "b2b"]})),
            call: call!(|c| c
                .add_contact_labels()
                .account_id(1)
                .contact_id(1042)
                .body(types::LabelsRequest {
                    labels: vec!["vip".into(), "b2b".into()],
                })
                .send()),
        },
        Case {
            operation: "list_contact_notes",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/notes",
            body: None,
            reply: Some(
                json!([app::note(), {"id": 76, "content": "First order.", "account_id": null,
                                              "contact_id": null, "created_at": 1768700100, "updated_at": 1768700100}]),
            ),
            call: call!(|c| c.list_contact_notes().account_id(1).contact_id(1042).send()),
        },
        Case {
            operation: "create_contact_note",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/notes",
            body: Some(json!({"note": {"content": "Prefers WhatsApp after 17:00."}})),
            reply: Some(app::note()),
            call: call!(|c| c
                .create_contact_note()
                .account_id(1)
                .contact_id(1042)
                .body(types::NoteRequest {
                    note: types::NoteContent {
                        content: "Prefers WhatsApp after 17:00.".into(),
                    },
                })
                .send()),
        },
        Case {
            operation: "get_contact_note",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/notes/77",
            body: None,
            reply: Some(app::note()),
            call: call!(|c| c
                .get_contact_note()
                .account_id(1)
                .contact_id(1042)
                .note_id(77)
                .send()),
        },
        Case {
            operation: "update_contact_note",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/notes/77",
            body: Some(json!({"note": {"content": "After 18:00."}})),
            reply: Some(app::note()),
            call: call!(|c| c
                .update_contact_note()
                .account_id(1)
                .contact_id(1042)
                .note_id(77)
                .body(types::NoteRequest {
                    note: types::NoteContent {
                        content: "After 18:00.".into(),
                    },
                })
                .send()),
        },
        Case {
            operation: "delete_contact_note",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/notes/77",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_contact_note()
                .account_id(1)
                .contact_id(1042)
                .note_id(77)
                .send()),
        },
        Case {
            operation: "list_contact_conversations",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/conversations",
            body: None,
            reply: Some(json!({"payload": [app::assigned_conversation()]})),
            call: call!(|c| c
                .list_contact_conversations()
                .account_id(1)
                .contact_id(1042)
                .send()),
        },
        Case {
            operation: "delete_contact_custom_attributes",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/destroy_custom_attributes",
            body: Some(json!({"custom_attributes": ["plan"]})),
            reply: Some(json!({"payload": app::contact(true)})),
            call: call!(|c| c
                .delete_contact_custom_attributes()
                .account_id(1)
                .contact_id(1042)
                .body(types::CustomAttributeKeys {
                    custom_attributes: vec!["plan".into()],
                })
                .send()),
        },
        Case {
            operation: "delete_contact_avatar",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/contacts/1042/avatar",
            body: None,
            reply: Some(json!({"payload": app::contact(false)})),
            call: call!(|c| c
                .delete_contact_avatar()
                .account_id(1)
                .contact_id(1042)
                .send()),
        },
        Case {
            operation: "merge_contacts",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/actions/contact_merge",
            body: Some(json!({"base_contact_id": 1042, "mergee_contact_id": 1043})),
            reply: Some(app::contact(false)),
            call: call!(|c| c
                .merge_contacts()
                .account_id(1)
                .body(types::MergeContactsRequest {
                    base_contact_id: 1042,
                    mergee_contact_id: 1043,
                })
                .send()),
        },
        // Inboxes.
        Case {
            operation: "list_inboxes",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/inboxes",
            body: None,
            reply: Some(json!({"payload": [app::api_inbox(), app::website_inbox()]})),
            call: call!(|c| c.list_inboxes().account_id(1).send()),
        },
        Case {
            operation: "create_inbox",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/inboxes",
            body: Some(
                json!({"name": "Website", "channel": {"type": "web_widget", "website_url": "https://toko.example"}}),
            ),
            reply: Some(app::website_inbox()),
            call: call!(|c| c
                .create_inbox()
                .account_id(1)
                .body(
                    types::CreateInboxRequest::builder()
                        .name("Website".to_owned())
                        .channel(types::NewChannel::WebWidget(
                            types::NewWebWidgetChannel::builder()
                                .type_(types::NewWebWidgetChannelType::WebWidget)
                                .website_url("https://toko.example".to_owned())
                                .try_into()
                                .expect("a valid channel"),
                        )),
                )
                .send()),
        },
        Case {
            operation: "get_inbox",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/inboxes/5",
            body: None,
            reply: Some(app::api_inbox()),
            call: call!(|c| c.get_inbox().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "update_inbox",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/inboxes/5",
            body: Some(
                json!({"timezone": "Asia/Jakarta", "channel": {"webhook_url": "https://toko.example/hook"}}),
            ),
            reply: Some(app::api_inbox()),
            call: call!(|c| c
                .update_inbox()
                .account_id(1)
                .inbox_id(5)
                .body(
                    types::UpdateInboxRequest::builder()
                        .timezone("Asia/Jakarta".to_owned())
                        .channel(Some(
                            types::ChannelChanges::builder()
                                .webhook_url("https://toko.example/hook".to_owned())
                                .try_into()
                                .expect("valid changes"),
                        )),
                )
                .send()),
        },
        Case {
            operation: "delete_inbox",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/inboxes/5",
            body: None,
            reply: Some(
                json!({"message": "Your inbox deletion request will be processed in some time."}),
            ),
            call: call!(|c| c.delete_inbox().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "delete_inbox_avatar",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/inboxes/5/avatar",
            body: None,
            reply: None,
            call: call!(|c| c.delete_inbox_avatar().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "get_inbox_agent_bot",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/inboxes/5/agent_bot",
            body: None,
            reply: Some(json!({"agent_bot": app::agent_bot_with_token_record()})),
            call: call!(|c| c.get_inbox_agent_bot().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "set_inbox_agent_bot",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/inboxes/5/set_agent_bot",
            body: Some(json!({"agent_bot": null})),
            reply: None,
            call: call!(|c| c
                .set_inbox_agent_bot()
                .account_id(1)
                .inbox_id(5)
                .body(types::SetAgentBotRequest { agent_bot: None })
                .send()),
        },
        Case {
            operation: "list_assignable_agents",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/inboxes/5/assignable_agents",
            body: None,
            reply: Some(json!({"payload": [app::agent(), app::administrator()]})),
            call: call!(|c| c.list_assignable_agents().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "list_inbox_members",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/inbox_members/5",
            body: None,
            reply: Some(json!({"payload": [app::agent()]})),
            call: call!(|c| c.list_inbox_members().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "add_inbox_members",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/inbox_members",
            body: Some(json!({"inbox_id": 5, "user_ids": [7, 8]})),
            reply: Some(json!({"payload": [app::agent(), app::administrator()]})),
            call: call!(|c| c
                .add_inbox_members()
                .account_id(1)
                .body(types::InboxMembersRequest {
                    inbox_id: 5,
                    user_ids: vec![7, 8],
                })
                .send()),
        },
        Case {
            operation: "update_inbox_members",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/inbox_members",
            body: Some(json!({"inbox_id": 5, "user_ids": [7]})),
            reply: Some(json!({"payload": [app::agent()]})),
            call: call!(|c| c
                .update_inbox_members()
                .account_id(1)
                .body(types::InboxMembersRequest {
                    inbox_id: 5,
                    user_ids: vec![7],
                })
                .send()),
        },
        Case {
            operation: "remove_inbox_members",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/inbox_members",
            body: Some(json!({"inbox_id": 5, "user_ids": [8]})),
            reply: None,
            call: call!(|c| c
                .remove_inbox_members()
                .account_id(1)
                .body(types::InboxMembersRequest {
                    inbox_id: 5,
                    user_ids: vec![8],
                })
                .send()),
        },
        // Agents.
        Case {
            operation: "list_agents",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/agents",
            body: None,
            reply: Some(json!([app::administrator(), app::agent()])),
            call: call!(|c| c.list_agents().account_id(1).send()),
        },
        Case {
            operation: "create_agent",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/agents",
            body: Some(
                json!({"agent": {"name": "Budi", "email": "budi@toko.example", "role": "agent", "availability": "busy"}}),
            ),
            reply: Some(
                json!({"id": 8, "account_id": 1, "availability_status": "offline", "auto_offline": true,
                               "confirmed": false, "email": "budi@toko.example", "provider": "email",
                               "available_name": "Budi", "name": "Budi", "role": "agent", "thumbnail": ""}),
            ),
            call: call!(|c| c
                .create_agent()
                .account_id(1)
                .body(types::CreateAgentRequest {
                    agent: types::NewAgent {
                        name: "Budi".into(),
                        email: "budi@toko.example".into(),
                        role: Some(types::AgentRoleInput::Agent),
                        availability: Some(types::AvailabilityInput::Busy),
                        auto_offline: None,
                    },
                })
                .send()),
        },
        Case {
            operation: "bulk_create_agents",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/agents/bulk_create",
            body: Some(json!({"emails": ["budi@toko.example", "dewi@toko.example"]})),
            reply: None,
            call: call!(|c| c
                .bulk_create_agents()
                .account_id(1)
                .body(types::BulkCreateAgentsRequest {
                    emails: vec!["budi@toko.example".into(), "dewi@toko.example".into()],
                })
                .send()),
        },
        Case {
            operation: "update_agent",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/agents/7",
            body: Some(json!({"agent": {"role": "administrator"}})),
            reply: Some(app::agent()),
            call: call!(|c| c
                .update_agent()
                .account_id(1)
                .agent_id(7)
                .body(types::UpdateAgentRequest {
                    agent: types::AgentChanges::builder()
                        .role(types::AgentRoleInput::Administrator)
                        .try_into()
                        .expect("valid changes"),
                })
                .send()),
        },
        Case {
            operation: "delete_agent",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/agents/7",
            body: None,
            reply: None,
            call: call!(|c| c.delete_agent().account_id(1).agent_id(7).send()),
        },
        // Teams.
        Case {
            operation: "list_teams",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/teams",
            body: None,
            reply: Some(json!([app::team()])),
            call: call!(|c| c.list_teams().account_id(1).send()),
        },
        Case {
            operation: "create_team",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/teams",
            body: Some(json!({"team": {"name": "Tim Penagihan"}})),
            reply: Some(app::team()),
            call: call!(|c| c
                .create_team()
                .account_id(1)
                .body(types::TeamRequest {
                    team: types::TeamFields::builder()
                        .name("Tim Penagihan".to_owned())
                        .try_into()
                        .expect("valid fields"),
                })
                .send()),
        },
        Case {
            operation: "get_team",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/teams/3",
            body: None,
            reply: Some(app::team()),
            call: call!(|c| c.get_team().account_id(1).team_id(3).send()),
        },
        Case {
            operation: "update_team",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/teams/3",
            body: Some(json!({"team": {"allow_auto_assign": false}})),
            reply: Some(app::team()),
            call: call!(|c| c
                .update_team()
                .account_id(1)
                .team_id(3)
                .body(types::TeamRequest {
                    team: types::TeamFields::builder()
                        .allow_auto_assign(false)
                        .try_into()
                        .expect("valid fields"),
                })
                .send()),
        },
        Case {
            operation: "delete_team",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/teams/3",
            body: None,
            reply: None,
            call: call!(|c| c.delete_team().account_id(1).team_id(3).send()),
        },
        Case {
            operation: "list_team_members",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/teams/3/team_members",
            body: None,
            reply: Some(json!([app::agent()])),
            call: call!(|c| c.list_team_members().account_id(1).team_id(3).send()),
        },
        Case {
            operation: "add_team_members",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/teams/3/team_members",
            body: Some(json!({"user_ids": [7]})),
            reply: Some(json!([app::agent()])),
            call: call!(|c| c
                .add_team_members()
                .account_id(1)
                .team_id(3)
                .body(types::UserIds { user_ids: vec![7] })
                .send()),
        },
        Case {
            operation: "update_team_members",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/teams/3/team_members",
            body: Some(json!({"user_ids": [7, 1]})),
            reply: Some(json!([app::agent(), app::administrator()])),
            call: call!(|c| c
                .update_team_members()
                .account_id(1)
                .team_id(3)
                .body(types::UserIds {
                    user_ids: vec![7, 1]
                })
                .send()),
        },
        Case {
            operation: "remove_team_members",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/teams/3/team_members",
            body: Some(json!({"user_ids": [1]})),
            reply: None,
            call: call!(|c| c
                .remove_team_members()
                .account_id(1)
                .team_id(3)
                .body(types::UserIds { user_ids: vec![1] })
                .send()),
        },
        // Webhooks.
        Case {
            operation: "list_webhooks",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/webhooks",
            body: None,
            reply: Some(
                json!({"payload": {"webhooks": [app::webhook(false), app::webhook(true)]}}),
            ),
            call: call!(|c| c.list_webhooks().account_id(1).send()),
        },
        Case {
            operation: "create_webhook",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/webhooks",
            body: Some(
                json!({"webhook": {"url": "https://crm.toko.example/hook", "subscriptions": ["message_created", "conversation_typing_on"]}}),
            ),
            reply: Some(json!({"payload": {"webhook": app::webhook(true)}})),
            call: call!(|c| c
                .create_webhook()
                .account_id(1)
                .body(types::CreateWebhookRequest {
                    webhook: types::NewWebhook {
                        url: "https://crm.toko.example/hook".into(),
                        subscriptions: vec![
                            types::WebhookEventNameInput::MessageCreated,
                            types::WebhookEventNameInput::ConversationTypingOn,
                        ],
                        name: None,
                        inbox_id: None,
                    },
                })
                .send()),
        },
        Case {
            operation: "update_webhook",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/webhooks/3",
            body: Some(json!({"webhook": {"name": "CRM"}})),
            reply: Some(json!({"payload": {"webhook": app::webhook(false)}})),
            call: call!(|c| c
                .update_webhook()
                .account_id(1)
                .webhook_id(3)
                .body(types::UpdateWebhookRequest {
                    webhook: types::WebhookChanges::builder()
                        .name("CRM".to_owned())
                        .try_into()
                        .expect("valid changes"),
                })
                .send()),
        },
        Case {
            operation: "delete_webhook",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/webhooks/3",
            body: None,
            reply: None,
            call: call!(|c| c.delete_webhook().account_id(1).webhook_id(3).send()),
        },
        // The account and the profile.
        Case {
            operation: "get_account",
            method: "GET",
            status: 200,
            target: A,
            body: None,
            reply: Some(app::account()),
            call: call!(|c| c.get_account().account_id(1).send()),
        },
        Case {
            operation: "update_account",
            method: "PATCH",
            status: 200,
            target: A,
            body: Some(json!({"name": "Toko Sejahtera", "auto_resolve_after": 1440})),
            reply: Some({
                let mut account = app::account();
                let object = account.as_object_mut().expect("an object");
                object.remove("latest_chatwoot_version");
                object.remove("custom_attributes");
                account
            }),
            call: call!(|c| c
                .update_account()
                .account_id(1)
                .body(
                    types::UpdateAccountRequest::builder()
                        .name("Toko Sejahtera".to_owned())
                        .auto_resolve_after(1440),
                )
                .send()),
        },
        Case {
            operation: "get_profile",
            method: "GET",
            status: 200,
            target: "/api/v1/profile",
            body: None,
            reply: Some(app::profile()),
            call: call!(|c| c.get_profile().send()),
        },
        Case {
            operation: "update_profile",
            method: "PATCH",
            status: 200,
            target: "/api/v1/profile",
            body: Some(
                json!({"profile": {"display_name": "Rina", "ui_settings": {"theme": "dark"}}}),
            ),
            reply: Some(app::profile()),
            call: call!(|c| c
                .update_profile()
                .body(types::UpdateProfileRequest {
                    profile: types::ProfileChanges::builder()
                        .display_name("Rina".to_owned())
                        .ui_settings(Some(attributes(json!({"theme": "dark"}))))
                        .try_into()
                        .expect("valid changes"),
                })
                .send()),
        },
        Case {
            operation: "delete_profile_avatar",
            method: "DELETE",
            status: 200,
            target: "/api/v1/profile/avatar",
            body: None,
            reply: Some(app::profile()),
            call: call!(|c| c.delete_profile_avatar().send()),
        },
        Case {
            operation: "set_availability",
            method: "POST",
            status: 200,
            target: "/api/v1/profile/availability",
            body: Some(json!({"profile": {"account_id": 1, "availability": "busy"}})),
            reply: Some(app::profile()),
            call: call!(|c| c
                .set_availability()
                .body(types::AvailabilityRequest {
                    profile: types::AccountAvailability {
                        account_id: 1,
                        availability: types::AvailabilityInput::Busy,
                    },
                })
                .send()),
        },
        Case {
            operation: "set_auto_offline",
            method: "POST",
            status: 200,
            target: "/api/v1/profile/auto_offline",
            body: Some(json!({"profile": {"account_id": 1, "auto_offline": false}})),
            reply: Some(app::profile()),
            call: call!(|c| c
                .set_auto_offline()
                .body(types::AutoOfflineRequest {
                    profile: types::AccountAutoOffline {
                        account_id: 1,
                        auto_offline: Some(false),
                    },
                })
                .send()),
        },
        Case {
            operation: "set_active_account",
            method: "PUT",
            status: 200,
            target: "/api/v1/profile/set_active_account",
            body: Some(json!({"profile": {"account_id": 9}})),
            reply: None,
            call: call!(|c| c
                .set_active_account()
                .body(types::ActiveAccountRequest {
                    profile: types::ActiveAccount { account_id: 9 },
                })
                .send()),
        },
        Case {
            operation: "reset_access_token",
            method: "POST",
            status: 200,
            target: "/api/v1/profile/reset_access_token",
            body: None,
            reply: Some(app::profile()),
            call: call!(|c| c.reset_access_token().send()),
        },
    ]
}

/// Agent bots, canned responses, labels, custom attributes and filters, automation rules,
/// macros, integrations, CSAT and audit logs.
fn resource_cases() -> Vec<Case> {
    vec![
        // Agent bots.
        Case {
            operation: "list_agent_bots",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/agent_bots",
            body: None,
            reply: Some(json!([app::account_agent_bot(), app::system_agent_bot()])),
            call: call!(|c| c.list_agent_bots().account_id(1).send()),
        },
        Case {
            operation: "create_agent_bot",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/agent_bots",
            body: Some(
                json!({"name": "Bot Toko", "outgoing_url": "https://bot.toko.example/hook", "bot_config": {"language": "id"}}),
            ),
            reply: Some(app::account_agent_bot()),
            call: call!(|c| c
                .create_agent_bot()
                .account_id(1)
                .body_map(|body| body
                    .name("Bot Toko")
                    .outgoing_url("https://bot.toko.example/hook".to_owned())
                    .bot_config(attributes(json!({"language": "id"}))))
                .send()),
        },
        Case {
            operation: "get_agent_bot",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/agent_bots/1",
            body: None,
            reply: Some(app::system_agent_bot()),
            call: call!(|c| c.get_agent_bot().account_id(1).agent_bot_id(1).send()),
        },
        Case {
            operation: "update_agent_bot",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/agent_bots/2",
            body: Some(json!({"description": "Pesanan dan ongkir"})),
            reply: Some(app::account_agent_bot()),
            call: call!(|c| c
                .update_agent_bot()
                .account_id(1)
                .agent_bot_id(2)
                .body_map(|body| body.description("Pesanan dan ongkir".to_owned()))
                .send()),
        },
        Case {
            operation: "delete_agent_bot",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/agent_bots/2",
            body: None,
            reply: None,
            call: call!(|c| c.delete_agent_bot().account_id(1).agent_bot_id(2).send()),
        },
        Case {
            operation: "delete_agent_bot_avatar",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/agent_bots/2/avatar",
            body: None,
            reply: Some(app::account_agent_bot()),
            call: call!(|c| c
                .delete_agent_bot_avatar()
                .account_id(1)
                .agent_bot_id(2)
                .send()),
        },
        Case {
            operation: "reset_agent_bot_access_token",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/agent_bots/2/reset_access_token",
            body: None,
            reply: Some(app::account_agent_bot()),
            call: call!(|c| c
                .reset_agent_bot_access_token()
                .account_id(1)
                .agent_bot_id(2)
                .send()),
        },
        // Canned responses.
        Case {
            operation: "list_canned_responses",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/canned_responses?search=resi",
            body: None,
            reply: Some(json!([app::canned_response()])),
            call: call!(|c| c
                .list_canned_responses()
                .account_id(1)
                .search("resi")
                .send()),
        },
        Case {
            operation: "create_canned_response",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/canned_responses",
            body: Some(
                json!({"canned_response": {"short_code": "resi", "content": "Nomor resi Anda: {{conversation.custom_attribute.resi}}"}}),
            ),
            reply: Some(app::canned_response()),
            call: call!(|c| c
                .create_canned_response()
                .account_id(1)
                .body(types::CannedResponseRequest {
                    canned_response: types::CannedResponseFields {
                        short_code: Some("resi".into()),
                        content: Some(
                            "Nomor resi Anda: {{conversation.custom_attribute.resi}}".into(),
                        ),
                    },
                })
                .send()),
        },
        Case {
            operation: "update_canned_response",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/canned_responses/4",
            body: Some(json!({"canned_response": {"short_code": "resi"}})),
            reply: Some(app::canned_response()),
            call: call!(|c| c
                .update_canned_response()
                .account_id(1)
                .canned_response_id(4)
                .body(types::CannedResponseRequest {
                    canned_response: types::CannedResponseFields {
                        short_code: Some("resi".into()),
                        content: None,
                    },
                })
                .send()),
        },
        Case {
            operation: "delete_canned_response",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/canned_responses/4",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_canned_response()
                .account_id(1)
                .canned_response_id(4)
                .send()),
        },
        // Labels.
        Case {
            operation: "list_labels",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/labels",
            body: None,
            reply: Some(json!({"payload": [app::label()]})),
            call: call!(|c| c.list_labels().account_id(1).send()),
        },
        Case {
            operation: "create_label",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/labels",
            body: Some(json!({"label": {"title": "vip", "color": "#ff6b6b"}})),
            reply: Some(app::label()),
            call: call!(|c| c
                .create_label()
                .account_id(1)
                .body(types::CreateLabelRequest {
                    label: types::NewLabel {
                        title: "vip".into(),
                        description: None,
                        color: Some("#ff6b6b".into()),
                        show_on_sidebar: None,
                    },
                })
                .send()),
        },
        Case {
            operation: "get_label",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/labels/4",
            body: None,
            reply: Some(app::label()),
            call: call!(|c| c.get_label().account_id(1).label_id(4).send()),
        },
        Case {
            operation: "update_label",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/labels/4",
            body: Some(json!({"label": {"show_on_sidebar": true}})),
            reply: Some(app::label()),
            call: call!(|c| c
                .update_label()
                .account_id(1)
                .label_id(4)
                .body(types::UpdateLabelRequest {
                    label: types::LabelChanges::builder()
                        .show_on_sidebar(true)
                        .try_into()
                        .expect("valid changes"),
                })
                .send()),
        },
        Case {
            operation: "delete_label",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/labels/4",
            body: None,
            reply: None,
            call: call!(|c| c.delete_label().account_id(1).label_id(4).send()),
        },
        // Custom attribute definitions.
        Case {
            operation: "list_custom_attribute_definitions",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/custom_attribute_definitions?attribute_model=contact_attribute",
            body: None,
            reply: Some(json!([app::custom_attribute_definition()])),
            call: call!(|c| c
                .list_custom_attribute_definitions()
                .account_id(1)
                .attribute_model(types::AttributeModelInput::ContactAttribute)
                .send()),
        },
        Case {
            operation: "create_custom_attribute_definition",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/custom_attribute_definitions",
            body: Some(json!({"custom_attribute_definition": {
                "attribute_display_name": "Paket", "attribute_display_type": "list",
                "attribute_key": "plan", "attribute_model": "contact_attribute",
                "attribute_values": ["basic", "premium"]}})),
            reply: Some(app::custom_attribute_definition()),
            call: call!(|c| c
                .create_custom_attribute_definition()
                .account_id(1)
                .body(types::CreateCustomAttributeDefinitionRequest {
                    custom_attribute_definition: types::NewCustomAttributeDefinition::builder()
                        .attribute_display_name("Paket")
                        .attribute_display_type(types::AttributeDisplayTypeInput::List)
                        .attribute_key("plan")
                        .attribute_model(types::AttributeModelInput::ContactAttribute)
                        .attribute_values(vec!["basic".to_owned(), "premium".to_owned()])
                        .try_into()
                        .expect("a valid definition"),
                })
                .send()),
        },
        Case {
            operation: "get_custom_attribute_definition",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/custom_attribute_definitions/7",
            body: None,
            reply: Some(app::custom_attribute_definition()),
            call: call!(|c| c
                .get_custom_attribute_definition()
                .account_id(1)
                .custom_attribute_definition_id(7)
                .send()),
        },
        Case {
            operation: "update_custom_attribute_definition",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/custom_attribute_definitions/7",
            body: Some(
                json!({"custom_attribute_definition": {"attribute_values": ["basic", "premium", "gold"]}}),
            ),
            reply: Some(app::custom_attribute_definition()),
            call: call!(|c| c
                .update_custom_attribute_definition()
                .account_id(1)
                .custom_attribute_definition_id(7)
                .body(types::UpdateCustomAttributeDefinitionRequest {
                    custom_attribute_definition: types::CustomAttributeDefinitionChanges::builder()
                        .attribute_values(vec![
                            "basic".to_owned(),
                            "premium".to_owned(),
                            "gold".to_owned(),
                        ])
                        .try_into()
                        .expect("valid changes"),
                })
                .send()),
        },
        Case {
            operation: "delete_custom_attribute_definition",
            method: "DELETE",
            status: 204,
            target: "/api/v1/accounts/1/custom_attribute_definitions/7",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_custom_attribute_definition()
                .account_id(1)
                .custom_attribute_definition_id(7)
                .send()),
        },
        // Saved filters.
        Case {
            operation: "list_custom_filters",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/custom_filters?filter_type=contact",
            body: None,
            reply: Some(json!([app::custom_filter()])),
            call: call!(|c| c
                .list_custom_filters()
                .account_id(1)
                .filter_type(types::CustomFilterTypeInput::Contact)
                .send()),
        },
        Case {
            operation: "create_custom_filter",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/custom_filters",
            body: Some(
                json!({"custom_filter": {"name": "Jakarta", "filter_type": "contact",
                "query": {"payload": [{"attribute_key": "city", "filter_operator": "equal_to", "values": ["Jakarta"]}]}}}),
            ),
            reply: Some(app::custom_filter()),
            call: call!(|c| c
                .create_custom_filter()
                .account_id(1)
                .body(types::CreateCustomFilterRequest {
                    custom_filter: types::NewCustomFilter {
                        name: "Jakarta".into(),
                        filter_type: types::CustomFilterTypeInput::Contact,
                        query: attributes(json!({"payload": [{"attribute_key": "city",
                            "filter_operator": "equal_to", "values": ["Jakarta"]}]})),
                    },
                })
                .send()),
        },
        Case {
            operation: "get_custom_filter",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/custom_filters/12",
            body: None,
            reply: Some(app::custom_filter()),
            call: call!(|c| c
                .get_custom_filter()
                .account_id(1)
                .custom_filter_id(12)
                .send()),
        },
        Case {
            operation: "update_custom_filter",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/custom_filters/12",
            body: Some(json!({"custom_filter": {"name": "Jakarta Raya"}})),
            reply: Some(app::custom_filter()),
            call: call!(|c| c
                .update_custom_filter()
                .account_id(1)
                .custom_filter_id(12)
                .body(types::UpdateCustomFilterRequest {
                    custom_filter: types::CustomFilterChanges::builder()
                        .name("Jakarta Raya".to_owned())
                        .try_into()
                        .expect("valid changes"),
                })
                .send()),
        },
        Case {
            operation: "delete_custom_filter",
            method: "DELETE",
            status: 204,
            target: "/api/v1/accounts/1/custom_filters/12",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_custom_filter()
                .account_id(1)
                .custom_filter_id(12)
                .send()),
        },
        // Automation rules.
        Case {
            operation: "list_automation_rules",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/automation_rules",
            body: None,
            reply: Some(json!({"payload": [app::automation_rule()]})),
            call: call!(|c| c.list_automation_rules().account_id(1).send()),
        },
        Case {
            operation: "create_automation_rule",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/automation_rules",
            body: Some(
                json!({"name": "VIP to the team", "event_name": "conversation_created",
                "conditions": [{"attribute_key": "inbox_id", "filter_operator": "equal_to", "values": [5]}],
                "actions": [{"action_name": "assign_team", "action_params": [3]}]}),
            ),
            reply: Some(app::automation_rule()),
            call: call!(|c| c
                .create_automation_rule()
                .account_id(1)
                .body_map(|body| body
                    .name("VIP to the team")
                    .event_name("conversation_created")
                    .conditions(vec![
                        types::AutomationCondition::builder()
                            .attribute_key("inbox_id".to_owned())
                            .filter_operator("equal_to".to_owned())
                            .values(vec![json!(5)])
                            .try_into()
                            .expect("a valid condition")
                    ])
                    .actions(vec![types::AutomationAction {
                        action_name: Some("assign_team".into()),
                        action_params: vec![json!(3)],
                    }]))
                .send()),
        },
        Case {
            operation: "get_automation_rule",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/automation_rules/15",
            body: None,
            reply: Some(json!({"payload": app::automation_rule()})),
            call: call!(|c| c
                .get_automation_rule()
                .account_id(1)
                .automation_rule_id(15)
                .send()),
        },
        Case {
            operation: "update_automation_rule",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/automation_rules/15",
            body: Some(json!({"active": false})),
            reply: Some(json!({"payload": app::automation_rule()})),
            call: call!(|c| c
                .update_automation_rule()
                .account_id(1)
                .automation_rule_id(15)
                .body_map(|body| body.active(false))
                .send()),
        },
        Case {
            operation: "delete_automation_rule",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/automation_rules/15",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_automation_rule()
                .account_id(1)
                .automation_rule_id(15)
                .send()),
        },
        Case {
            operation: "clone_automation_rule",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/automation_rules/15/clone",
            body: None,
            reply: Some(json!({"payload": app::automation_rule()})),
            call: call!(|c| c
                .clone_automation_rule()
                .account_id(1)
                .automation_rule_id(15)
                .send()),
        },
        // Macros.
        Case {
            operation: "list_macros",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/macros",
            body: None,
            reply: Some(json!({"payload": [app::macro_reply()["payload"]]})),
            call: call!(|c| c.list_macros().account_id(1).send()),
        },
        Case {
            operation: "create_macro",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/macros",
            body: Some(
                json!({"name": "Selesai", "visibility": "personal", "actions": [{"action_name": "resolve_conversation"}]}),
            ),
            reply: Some(app::macro_reply()),
            call: call!(|c| c
                .create_macro()
                .account_id(1)
                .body_map(|body| body
                    .name("Selesai")
                    .visibility(types::MacroVisibilityInput::Personal)
                    .actions(vec![types::AutomationAction {
                        action_name: Some("resolve_conversation".into()),
                        action_params: Vec::new(),
                    }]))
                .send()),
        },
        Case {
            operation: "get_macro",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/macros/9",
            body: None,
            reply: Some(app::macro_reply()),
            call: call!(|c| c.get_macro().account_id(1).macro_id(9).send()),
        },
        Case {
            operation: "update_macro",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/macros/9",
            body: Some(json!({"visibility": "global"})),
            reply: Some(app::macro_reply()),
            call: call!(|c| c
                .update_macro()
                .account_id(1)
                .macro_id(9)
                .body_map(|body| body.visibility(types::MacroVisibilityInput::Global))
                .send()),
        },
        Case {
            operation: "delete_macro",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/macros/9",
            body: None,
            reply: None,
            call: call!(|c| c.delete_macro().account_id(1).macro_id(9).send()),
        },
        Case {
            operation: "execute_macro",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/macros/9/execute",
            body: Some(json!({"conversation_ids": [42, 43]})),
            reply: None,
            call: call!(|c| c
                .execute_macro()
                .account_id(1)
                .macro_id(9)
                .body(types::ExecuteMacroRequest {
                    conversation_ids: vec![42, 43],
                })
                .send()),
        },
        // Integrations.
        Case {
            operation: "list_integration_apps",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/integrations/apps",
            body: None,
            reply: Some(json!({"payload": [app::integration_app()]})),
            call: call!(|c| c.list_integration_apps().account_id(1).send()),
        },
        Case {
            operation: "get_integration_app",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/integrations/apps/openai",
            body: None,
            reply: Some(app::integration_app()),
            call: call!(|c| c
                .get_integration_app()
                .account_id(1)
                .app_id("openai")
                .send()),
        },
        Case {
            operation: "create_integration_hook",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/integrations/hooks",
            body: Some(
                json!({"hook": {"app_id": "openai", "settings": {"api_key": "sk-test", "label_suggestion": true}}}),
            ),
            reply: Some(app::hook()),
            call: call!(|c| c
                .create_integration_hook()
                .account_id(1)
                .body(types::CreateHookRequest {
                    hook: types::NewHook {
                        app_id: "openai".into(),
                        inbox_id: None,
                        status: None,
                        settings: Some(attributes(
                            json!({"api_key": "sk-test", "label_suggestion": true}),
                        )),
                    },
                })
                .send()),
        },
        Case {
            operation: "update_integration_hook",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/integrations/hooks/8",
            body: Some(json!({"hook": {"status": false}})),
            reply: Some(app::hook()),
            call: call!(|c| c
                .update_integration_hook()
                .account_id(1)
                .hook_id(8)
                .body(types::UpdateHookRequest {
                    hook: types::HookChanges {
                        status: Some(false),
                        settings: None,
                    },
                })
                .send()),
        },
        Case {
            operation: "delete_integration_hook",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/integrations/hooks/8",
            body: None,
            reply: None,
            call: call!(|c| c.delete_integration_hook().account_id(1).hook_id(8).send()),
        },
        Case {
            operation: "process_integration_event",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/integrations/hooks/8/process_event",
            body: Some(
                json!({"event": {"name": "label_suggestion", "data": {"conversation_display_id": 42}}}),
            ),
            reply: Some(json!({"message": "pengiriman, vip"})),
            call: call!(|c| c
                .process_integration_event()
                .account_id(1)
                .hook_id(8)
                .body(types::ProcessEventRequest {
                    event: types::IntegrationEvent {
                        name: "label_suggestion".into(),
                        data: Some(attributes(json!({"conversation_display_id": 42}))),
                    },
                })
                .send()),
        },
        // CSAT and audit logs.
        Case {
            operation: "list_csat_survey_responses",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/csat_survey_responses?page=2&rating=2&since=1768000000&until=1768900000&user_ids%5B%5D=7&user_ids%5B%5D=9",
            body: None,
            reply: Some(json!([app::csat_response(), {
                "id": 31, "rating": 5, "feedback_message": "Cepat!", "account_id": 1,
                "message_id": 9010, "contact": app::contact(false), "conversation_id": 42,
                "assigned_agent": app::agent(), "csat_review_notes": "ok",
                "review_notes_updated_at": 1768900000,
                "review_notes_updated_by": {"id": 1, "name": "Hendra"}, "created_at": 1768812000
            }])),
            call: call!(|c| c
                .list_csat_survey_responses()
                .account_id(1)
                .page(2)
                .since(1768000000)
                .until(1768900000)
                .user_ids(vec![7, 9])
                .rating(2)
                .send()),
        },
        Case {
            operation: "get_csat_metrics",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/csat_survey_responses/metrics?inbox_id=5",
            body: None,
            reply: Some(
                json!({"total_count": 3, "ratings_count": {"2": 1, "5": 2}, "total_sent_messages_count": 10}),
            ),
            call: call!(|c| c.get_csat_metrics().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "download_csat_survey_responses",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/csat_survey_responses/download?team_id=3",
            body: None,
            reply: Some(json!("Agen,Nilai\nRina Wulandari,5\n")),
            call: csv_call!(|c| c
                .download_csat_survey_responses()
                .account_id(1)
                .team_id(3)
                .send()),
        },
        Case {
            operation: "update_csat_survey_response",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/csat_survey_responses/30",
            body: Some(json!({"csat_review_notes": "Sudah ditelepon"})),
            reply: Some(app::csat_response()),
            call: call!(|c| c
                .update_csat_survey_response()
                .account_id(1)
                .csat_survey_response_id(30)
                .body(types::CsatReviewNotesRequest {
                    csat_review_notes: Some("Sudah ditelepon".into()),
                })
                .send()),
        },
        Case {
            operation: "list_audit_logs",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/audit_logs?page=1",
            body: None,
            reply: Some(app::audit_log_page()),
            call: call!(|c| c.list_audit_logs().account_id(1).page(1).send()),
        },
    ]
}

/// Reports (`/api/v2`), as JSON and as CSV files.
fn report_cases() -> Vec<Case> {
    vec![
        Case {
            operation: "get_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports?business_hours=true&group_by=week&id=7&metric=avg_first_response_time&since=1767225600&timezone_offset=7.0&type=agent&until=1768435200",
            body: None,
            reply: Some(
                json!([{"value": 1834.5, "timestamp": 1767225600, "count": 4},
                               {"value": 0, "timestamp": 1767830400, "count": 0}]),
            ),
            call: call!(|c| c
                .get_report()
                .account_id(1)
                .metric(types::ReportMetric::AvgFirstResponseTime)
                .type_(types::ReportSubject::Agent)
                .id(7)
                .since(1767225600)
                .until(1768435200)
                .group_by(types::ReportGrouping::Week)
                .timezone_offset(7.0)
                .business_hours(true)
                .send()),
        },
        Case {
            operation: "get_report_summary",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/summary?since=1767225600&type=account&until=1768435200",
            body: None,
            reply: Some(
                json!({"conversations_count": 10, "incoming_messages_count": 25,
                "outgoing_messages_count": 31, "avg_first_response_time": 412.5,
                "avg_resolution_time": 8120.0, "resolutions_count": 6, "reply_time": 95.2,
                "previous": {"conversations_count": 0, "incoming_messages_count": 0,
                    "outgoing_messages_count": 0, "avg_first_response_time": null,
                    "avg_resolution_time": null, "resolutions_count": 0, "reply_time": null}}),
            ),
            call: call!(|c| c
                .get_report_summary()
                .account_id(1)
                .type_(types::ReportSubject::Account)
                .since(1767225600)
                .until(1768435200)
                .send()),
        },
        Case {
            operation: "get_bot_report_summary",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/bot_summary?type=account",
            body: None,
            reply: Some(json!({"bot_resolutions_count": 4, "bot_handoffs_count": 2,
                               "previous": {"bot_resolutions_count": 1, "bot_handoffs_count": 0}})),
            call: call!(|c| c
                .get_bot_report_summary()
                .account_id(1)
                .type_(types::ReportSubject::Account)
                .send()),
        },
        Case {
            operation: "get_open_conversations_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/conversations?type=account",
            body: None,
            reply: Some(json!({"open": 11, "unattended": 3, "unassigned": 1})),
            call: call!(|c| c
                .get_open_conversations_report()
                .account_id(1)
                .type_(types::OpenConversationsScope::Account)
                .send()),
        },
        Case {
            operation: "get_bot_metrics",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/bot_metrics?since=1767225600&until=1768435200",
            body: None,
            reply: Some(
                json!({"conversation_count": 0, "message_count": 0, "resolution_rate": 0, "handoff_rate": 0}),
            ),
            call: call!(|c| c
                .get_bot_metrics()
                .account_id(1)
                .since(1767225600)
                .until(1768435200)
                .send()),
        },
        Case {
            operation: "get_inbox_label_matrix",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/inbox_label_matrix?inbox_ids%5B%5D=5&inbox_ids%5B%5D=6",
            body: None,
            reply: Some(
                json!({"inboxes": [{"id": 6, "name": "Email"}, {"id": 5, "name": "Toko Online"}],
                               "labels": [], "matrix": [[], []]}),
            ),
            call: call!(|c| c
                .get_inbox_label_matrix()
                .account_id(1)
                .inbox_ids(vec![5, 6])
                .send()),
        },
        Case {
            operation: "get_first_response_time_distribution",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/first_response_time_distribution",
            body: None,
            reply: Some(
                json!({"Channel::Api": {"0-1h": 75, "1-4h": 40, "4-8h": 20, "8-24h": 10, "24h+": 5}}),
            ),
            call: call!(|c| c
                .get_first_response_time_distribution()
                .account_id(1)
                .send()),
        },
        Case {
            operation: "get_outgoing_messages_count",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/outgoing_messages_count?group_by=label&since=1767225600&until=1768435200",
            body: None,
            reply: Some(
                json!([{"id": 3, "name": "pengiriman", "outgoing_messages_count": 12},
                               {"id": null, "name": "lama", "outgoing_messages_count": 2}]),
            ),
            call: call!(|c| c
                .get_outgoing_messages_count()
                .account_id(1)
                .group_by(types::OutgoingMessagesGrouping::Label)
                .since(1767225600)
                .until(1768435200)
                .send()),
        },
        Case {
            operation: "download_agents_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/agents?since=1767225600&until=1768435200",
            body: None,
            reply: Some(json!(
                "Reporting period 2026-01-01 to 2026-01-15\nAgent name,Assigned conversations\nRina Wulandari,12\n"
            )),
            call: csv_call!(|c| c
                .download_agents_report()
                .account_id(1)
                .since(1767225600)
                .until(1768435200)
                .send()),
        },
        Case {
            operation: "download_inboxes_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/inboxes?business_hours=false&since=1767225600&until=1768435200",
            body: None,
            reply: Some(json!("Inbox name,Inbox type\nToko Online,API\n")),
            call: csv_call!(|c| c
                .download_inboxes_report()
                .account_id(1)
                .since(1767225600)
                .until(1768435200)
                .business_hours(false)
                .send()),
        },
        Case {
            operation: "download_labels_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/labels?since=1767225600&until=1768435200",
            body: None,
            reply: Some(json!("Label,No. of conversations\npengiriman,12\n")),
            call: csv_call!(|c| c
                .download_labels_report()
                .account_id(1)
                .since(1767225600)
                .until(1768435200)
                .send()),
        },
        Case {
            operation: "download_teams_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/teams?since=1767225600&until=1768435200",
            body: None,
            reply: Some(json!("Team name,Conversations count\nGudang,8\n")),
            call: csv_call!(|c| c
                .download_teams_report()
                .account_id(1)
                .since(1767225600)
                .until(1768435200)
                .send()),
        },
        Case {
            operation: "download_conversations_summary_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/conversations_summary?since=1767225600&until=1768435200",
            body: None,
            reply: Some(json!(
                "Reporting period 2026-01-01 to 2026-01-15\n\nConversations,Messages received\n10,25\n"
            )),
            call: csv_call!(|c| c
                .download_conversations_summary_report()
                .account_id(1)
                .since(1767225600)
                .until(1768435200)
                .send()),
        },
        Case {
            operation: "download_conversation_traffic_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/reports/conversation_traffic?days_before=2&timezone_offset=5.5",
            body: None,
            reply: Some(json!(
                "Timezone,(GMT+05:30) Chennai\n\nStart of the hour,2026-01-13,2026-01-14\n00:00,0,1\n"
            )),
            call: csv_call!(|c| c
                .download_conversation_traffic_report()
                .account_id(1)
                .timezone_offset(5.5)
                .days_before(2)
                .send()),
        },
        Case {
            operation: "get_agent_summary_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/summary_reports/agent?since=1767225600&until=1768435200",
            body: None,
            reply: Some(
                json!([{"id": 7, "conversations_count": 0, "resolved_conversations_count": 0,
                "avg_resolution_time": null, "avg_first_response_time": null, "avg_reply_time": null}]),
            ),
            call: call!(|c| c
                .get_agent_summary_report()
                .account_id(1)
                .since(1767225600)
                .until(1768435200)
                .send()),
        },
        Case {
            operation: "get_team_summary_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/summary_reports/team?business_hours=true",
            body: None,
            reply: Some(
                json!([{"id": 3, "conversations_count": 8, "resolved_conversations_count": 7,
                "avg_resolution_time": 14400.0, "avg_first_response_time": 600.0, "avg_reply_time": 180.25}]),
            ),
            call: call!(|c| c
                .get_team_summary_report()
                .account_id(1)
                .business_hours(true)
                .send()),
        },
        Case {
            operation: "get_inbox_summary_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/summary_reports/inbox",
            body: None,
            reply: Some(json!([])),
            call: call!(|c| c.get_inbox_summary_report().account_id(1).send()),
        },
        Case {
            operation: "get_label_summary_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/summary_reports/label",
            body: None,
            reply: Some(
                json!([{"id": 3, "name": "pengiriman", "conversations_count": 12,
                "avg_resolution_time": 0, "avg_first_response_time": 412.0, "avg_reply_time": 0,
                "resolved_conversations_count": 4}]),
            ),
            call: call!(|c| c.get_label_summary_report().account_id(1).send()),
        },
        Case {
            operation: "get_channel_summary_report",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/summary_reports/channel?since=1767225600&until=1768435200",
            body: None,
            reply: Some(
                json!({"Channel::Api": {"open": 1, "resolved": 2, "pending": 0, "snoozed": 0, "total": 3}}),
            ),
            call: call!(|c| c
                .get_channel_summary_report()
                .account_id(1)
                .since(1767225600)
                .until(1768435200)
                .send()),
        },
        Case {
            operation: "get_live_conversation_metrics",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/live_reports/conversation_metrics?team_id=3",
            body: None,
            reply: Some(json!({"open": 3, "unattended": 2, "unassigned": 1, "pending": 4})),
            call: call!(|c| c
                .get_live_conversation_metrics()
                .account_id(1)
                .team_id(3)
                .send()),
        },
        Case {
            operation: "get_grouped_live_conversation_metrics",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/live_reports/grouped_conversation_metrics?group_by=assignee_id",
            body: None,
            reply: Some(
                json!([{"open": 2, "unattended": 1, "unassigned": 2, "assignee_id": null},
                               {"open": 3, "unattended": 2, "unassigned": 0, "assignee_id": 7}]),
            ),
            call: call!(|c| c
                .get_grouped_live_conversation_metrics()
                .account_id(1)
                .group_by(types::LiveMetricsGrouping::AssigneeId)
                .send()),
        },
        Case {
            operation: "get_year_in_review",
            method: "GET",
            status: 200,
            target: "/api/v2/accounts/1/year_in_review?year=2024",
            body: None,
            reply: Some(
                json!({"year": "2024", "total_conversations": 0, "busiest_day": null,
                               "support_personality": {"avg_response_time_seconds": 0}}),
            ),
            call: call!(|c| c.get_year_in_review().account_id(1).year(2024).send()),
        },
    ]
}

/// The help center: portals, their categories and their articles.
fn help_center_cases() -> Vec<Case> {
    vec![
        Case {
            operation: "list_portals",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/portals",
            body: None,
            reply: Some(
                json!({"payload": [app::portal()], "meta": {"current_page": 1, "portals_count": 1}}),
            ),
            call: call!(|c| c.list_portals().account_id(1).send()),
        },
        Case {
            operation: "create_portal",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/portals",
            body: Some(json!({"portal": {"name": "Bantuan", "slug": "bantuan",
                "config": {"default_locale": "id", "allowed_locales": ["id", "en"]}}, "inbox_id": 5})),
            reply: Some(app::portal()),
            call: call!(|c| c
                .create_portal()
                .account_id(1)
                .body_map(|body| body
                    .portal(
                        types::PortalFields::builder()
                            .name("Bantuan".to_owned())
                            .slug("bantuan".to_owned())
                            .config(Some(
                                types::PortalConfigInput::builder()
                                    .default_locale("id".to_owned())
                                    .allowed_locales(vec!["id".to_owned(), "en".to_owned()])
                                    .try_into()
                                    .expect("a valid config"),
                            )),
                    )
                    .inbox_id(5))
                .send()),
        },
        Case {
            operation: "get_portal",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan?locale=id",
            body: None,
            reply: Some(app::portal()),
            call: call!(|c| c
                .get_portal()
                .account_id(1)
                .portal_slug("bantuan")
                .locale("id")
                .send()),
        },
        Case {
            operation: "update_portal",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan",
            body: Some(json!({"portal": {"archived": true}})),
            reply: Some(app::portal()),
            call: call!(|c| c
                .update_portal()
                .account_id(1)
                .portal_slug("bantuan")
                .body_map(|body| body.portal(types::PortalFields::builder().archived(true)))
                .send()),
        },
        Case {
            operation: "delete_portal",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_portal()
                .account_id(1)
                .portal_slug("bantuan")
                .send()),
        },
        Case {
            operation: "archive_portal",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/archive",
            body: None,
            reply: None,
            call: call!(|c| c
                .archive_portal()
                .account_id(1)
                .portal_slug("bantuan")
                .send()),
        },
        Case {
            operation: "delete_portal_logo",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/logo",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_portal_logo()
                .account_id(1)
                .portal_slug("bantuan")
                .send()),
        },
        Case {
            operation: "send_portal_instructions",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/send_instructions",
            body: Some(json!({"email": "it@toko.example"})),
            reply: Some(json!({"message": "Instructions sent successfully"})),
            call: call!(|c| c
                .send_portal_instructions()
                .account_id(1)
                .portal_slug("bantuan")
                .body(types::SendInstructionsRequest {
                    email: "it@toko.example".into(),
                })
                .send()),
        },
        Case {
            operation: "get_portal_ssl_status",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/ssl_status",
            body: None,
            reply: Some(json!({"status": "pending", "verification_errors": ["CNAME not found"]})),
            call: call!(|c| c
                .get_portal_ssl_status()
                .account_id(1)
                .portal_slug("bantuan")
                .send()),
        },
        Case {
            operation: "list_categories",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/categories?locale=id",
            body: None,
            reply: Some(
                json!({"payload": [app::category()], "meta": {"current_page": "1", "categories_count": 1}}),
            ),
            call: call!(|c| c
                .list_categories()
                .account_id(1)
                .portal_slug("bantuan")
                .locale("id")
                .send()),
        },
        Case {
            operation: "create_category",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/categories",
            body: Some(
                json!({"category": {"name": "Retur", "slug": "retur", "locale": "id", "parent_category_id": 4}}),
            ),
            reply: Some(json!({"payload": app::category()})),
            call: call!(|c| c
                .create_category()
                .account_id(1)
                .portal_slug("bantuan")
                .body(types::CreateCategoryRequest {
                    category: types::CategoryFields::builder()
                        .name("Retur".to_owned())
                        .slug("retur".to_owned())
                        .locale("id".to_owned())
                        .parent_category_id(4)
                        .try_into()
                        .expect("a valid category"),
                })
                .send()),
        },
        Case {
            operation: "reorder_categories",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/categories/reorder",
            body: Some(json!({"positions_hash": {"4": 2, "5": 1}})),
            reply: None,
            call: call!(|c| c
                .reorder_categories()
                .account_id(1)
                .portal_slug("bantuan")
                .body(types::ReorderRequest {
                    positions_hash: [("4".to_owned(), 2), ("5".to_owned(), 1)].into(),
                })
                .send()),
        },
        Case {
            operation: "get_category",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/categories/5",
            body: None,
            reply: Some(json!({"payload": app::category()})),
            call: call!(|c| c
                .get_category()
                .account_id(1)
                .portal_slug("bantuan")
                .category_id(5)
                .send()),
        },
        Case {
            operation: "update_category",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/categories/5",
            body: Some(json!({"category": {"description": "Pengembalian barang"}})),
            reply: Some(json!({"payload": app::category()})),
            call: call!(|c| c
                .update_category()
                .account_id(1)
                .portal_slug("bantuan")
                .category_id(5)
                .body(types::UpdateCategoryRequest {
                    category: types::CategoryFields::builder()
                        .description("Pengembalian barang".to_owned())
                        .try_into()
                        .expect("valid changes"),
                })
                .send()),
        },
        Case {
            operation: "delete_category",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/categories/5",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_category()
                .account_id(1)
                .portal_slug("bantuan")
                .category_id(5)
                .send()),
        },
        Case {
            operation: "list_articles",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/articles?category_slug=retur&page=2&query=jam+buka&status=draft",
            body: None,
            reply: Some(
                json!({"payload": [app::article()], "meta": {"all_articles_count": 3,
                "archived_articles_count": 0, "articles_count": 1, "current_page": "2",
                "draft_articles_count": 1, "mine_articles_count": 0, "published_count": 0}}),
            ),
            call: call!(|c| c
                .list_articles()
                .account_id(1)
                .portal_slug("bantuan")
                .category_slug("retur")
                .query("jam buka")
                .status(types::ArticleStatusInput::Draft)
                .page(2)
                .send()),
        },
        Case {
            operation: "create_article",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/articles",
            body: Some(json!({"article": {"title": "Jam buka", "author_id": 7}})),
            reply: Some(json!({"payload": app::article()})),
            call: call!(|c| c
                .create_article()
                .account_id(1)
                .portal_slug("bantuan")
                .body(types::CreateArticleRequest {
                    article: types::ArticleFields::builder()
                        .title("Jam buka".to_owned())
                        .author_id(7)
                        .try_into()
                        .expect("a valid article"),
                })
                .send()),
        },
        Case {
            operation: "reorder_articles",
            method: "POST",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/articles/reorder",
            body: Some(json!({"positions_hash": {"32": 1}})),
            reply: None,
            call: call!(|c| c
                .reorder_articles()
                .account_id(1)
                .portal_slug("bantuan")
                .body(types::ReorderRequest {
                    positions_hash: [("32".to_owned(), 1)].into(),
                })
                .send()),
        },
        Case {
            operation: "get_article",
            method: "GET",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/articles/32",
            body: None,
            reply: Some(json!({"payload": app::article()})),
            call: call!(|c| c
                .get_article()
                .account_id(1)
                .portal_slug("bantuan")
                .article_id(32)
                .send()),
        },
        Case {
            operation: "update_article",
            method: "PATCH",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/articles/32",
            body: Some(json!({"article": {"status": "published"}})),
            reply: Some(json!({"payload": app::article()})),
            call: call!(|c| c
                .update_article()
                .account_id(1)
                .portal_slug("bantuan")
                .article_id(32)
                .body(types::UpdateArticleRequest {
                    article: types::ArticleFields::builder()
                        .status(types::ArticleStatusInput::Published)
                        .try_into()
                        .expect("valid changes"),
                })
                .send()),
        },
        Case {
            operation: "delete_article",
            method: "DELETE",
            status: 200,
            target: "/api/v1/accounts/1/portals/bantuan/articles/32",
            body: None,
            reply: None,
            call: call!(|c| c
                .delete_article()
                .account_id(1)
                .portal_slug("bantuan")
                .article_id(32)
                .send()),
        },
    ]
}
