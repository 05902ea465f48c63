//! Every operation of the Application API, called with fixed arguments, with what it must send
//! and a reply the server could give: the table that `application_operations.rs` runs against a
//! local server and `xtask/tests/contract_application.rs` against Prism. Included by those
//! two with `#[path]` (beside `mod support;`), so the other tests do not compile it.

#![allow(dead_code)] // each file that includes this table uses a different part of it

use std::future::Future;
use std::pin::Pin;

use pembalasan_client::application::types;
use pembalasan_client::{Error, ResponseValue};
use serde_json::json;

use crate::support::app;

#[derive(Debug)]
/// A successful call: the status, Prism's `sl-violations` header if any, and the reply decoded
/// and written back as JSON.
pub struct Decoded {
    /// The reply's status.
    pub status: u16,
    /// Prism's report of what the request or its own reply broke, if any.
    pub violations: Option<String>,
    /// The decoded reply, serialised back to JSON (`null` for an empty reply).
    pub value: serde_json::Value,
}

/// What a call ends in.
pub type Outcome = Result<Decoded, Error<types::ApiError>>;

/// One operation, called with fixed arguments.
pub type Call = for<'a> fn(
    &'a pembalasan_client::application::Client,
) -> Pin<Box<dyn Future<Output = Outcome> + Send + 'a>>;

/// The decoded reply, serialised back to JSON.
#[allow(clippy::result_large_err)] // the client's own error type, as its calls return it
pub fn outcome<T: serde::Serialize>(
    result: Result<ResponseValue<T>, Error<types::ApiError>>,
) -> Outcome {
    result.map(|reply| Decoded {
        status: reply.status().as_u16(),
        violations: reply
            .headers()
            .get("sl-violations")
            .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned()),
        value: serde_json::to_value(reply.into_inner()).expect("serialisable"),
    })
}

/// One row of the table.
pub struct Case {
    /// The operationId.
    pub operation: &'static str,
    /// The method the client must use.
    pub method: &'static str,
    /// Path and query exactly as sent.
    pub target: &'static str,
    /// The JSON body the client must send, if any.
    pub body: Option<serde_json::Value>,
    /// What the server answers on success: a JSON body, or `None` for an empty 200.
    pub reply: Option<serde_json::Value>,
    /// The call.
    pub call: Call,
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
    vec![
        // Conversations.
        Case {
            operation: "list_conversations",
            method: "GET",
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
            target: "/api/v1/accounts/1/contacts/1042",
            body: None,
            reply: Some(json!({"payload": app::contact(true)})),
            call: call!(|c| c.get_contact().account_id(1).contact_id(1042).send()),
        },
        Case {
            operation: "update_contact",
            method: "PATCH",
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
            target: "/api/v1/accounts/1/contacts/1042",
            body: None,
            reply: None,
            call: call!(|c| c.delete_contact().account_id(1).contact_id(1042).send()),
        },
        Case {
            operation: "list_contactable_inboxes",
            method: "GET",
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
            target: "/api/v1/accounts/1/inboxes",
            body: None,
            reply: Some(json!({"payload": [app::api_inbox(), app::website_inbox()]})),
            call: call!(|c| c.list_inboxes().account_id(1).send()),
        },
        Case {
            operation: "create_inbox",
            method: "POST",
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
            target: "/api/v1/accounts/1/inboxes/5",
            body: None,
            reply: Some(app::api_inbox()),
            call: call!(|c| c.get_inbox().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "update_inbox",
            method: "PATCH",
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
            target: "/api/v1/accounts/1/inboxes/5/avatar",
            body: None,
            reply: None,
            call: call!(|c| c.delete_inbox_avatar().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "get_inbox_agent_bot",
            method: "GET",
            target: "/api/v1/accounts/1/inboxes/5/agent_bot",
            body: None,
            reply: Some(json!({"agent_bot": app::agent_bot_with_token_record()})),
            call: call!(|c| c.get_inbox_agent_bot().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "set_inbox_agent_bot",
            method: "POST",
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
            target: "/api/v1/accounts/1/inboxes/5/assignable_agents",
            body: None,
            reply: Some(json!({"payload": [app::agent(), app::administrator()]})),
            call: call!(|c| c.list_assignable_agents().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "list_inbox_members",
            method: "GET",
            target: "/api/v1/accounts/1/inbox_members/5",
            body: None,
            reply: Some(json!({"payload": [app::agent()]})),
            call: call!(|c| c.list_inbox_members().account_id(1).inbox_id(5).send()),
        },
        Case {
            operation: "add_inbox_members",
            method: "POST",
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
            target: "/api/v1/accounts/1/agents",
            body: None,
            reply: Some(json!([app::administrator(), app::agent()])),
            call: call!(|c| c.list_agents().account_id(1).send()),
        },
        Case {
            operation: "create_agent",
            method: "POST",
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
            target: "/api/v1/accounts/1/agents/7",
            body: None,
            reply: None,
            call: call!(|c| c.delete_agent().account_id(1).agent_id(7).send()),
        },
        // Teams.
        Case {
            operation: "list_teams",
            method: "GET",
            target: "/api/v1/accounts/1/teams",
            body: None,
            reply: Some(json!([app::team()])),
            call: call!(|c| c.list_teams().account_id(1).send()),
        },
        Case {
            operation: "create_team",
            method: "POST",
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
            target: "/api/v1/accounts/1/teams/3",
            body: None,
            reply: Some(app::team()),
            call: call!(|c| c.get_team().account_id(1).team_id(3).send()),
        },
        Case {
            operation: "update_team",
            method: "PATCH",
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
            target: "/api/v1/accounts/1/teams/3",
            body: None,
            reply: None,
            call: call!(|c| c.delete_team().account_id(1).team_id(3).send()),
        },
        Case {
            operation: "list_team_members",
            method: "GET",
            target: "/api/v1/accounts/1/teams/3/team_members",
            body: None,
            reply: Some(json!([app::agent()])),
            call: call!(|c| c.list_team_members().account_id(1).team_id(3).send()),
        },
        Case {
            operation: "add_team_members",
            method: "POST",
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
            target: "/api/v1/accounts/1/webhooks/3",
            body: None,
            reply: None,
            call: call!(|c| c.delete_webhook().account_id(1).webhook_id(3).send()),
        },
        // The account and the profile.
        Case {
            operation: "get_account",
            method: "GET",
            target: A,
            body: None,
            reply: Some(app::account()),
            call: call!(|c| c.get_account().account_id(1).send()),
        },
        Case {
            operation: "update_account",
            method: "PATCH",
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
            target: "/api/v1/profile",
            body: None,
            reply: Some(app::profile()),
            call: call!(|c| c.get_profile().send()),
        },
        Case {
            operation: "update_profile",
            method: "PATCH",
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
            target: "/api/v1/profile/avatar",
            body: None,
            reply: Some(app::profile()),
            call: call!(|c| c.delete_profile_avatar().send()),
        },
        Case {
            operation: "set_availability",
            method: "POST",
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
            target: "/api/v1/profile/reset_access_token",
            body: None,
            reply: Some(app::profile()),
            call: call!(|c| c.reset_access_token().send()),
        },
    ]
}
