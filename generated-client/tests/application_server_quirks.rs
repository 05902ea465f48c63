//! One test per difference between the Application API's docs and its server that a client
//! notices, numbered as in `../shared/docs/application/conversations-messages-vs-docs.md`
//! (`cm_…`) and `contacts-inboxes-agents-vs-docs.md` (`cia_…`). Each reply is built from the
//! references; each test fails if the client follows the docs instead of the server.

mod support;

use pembalasan_client::application::types::{
    self, ApiError, Assignee, Assignment, BotAccessToken, KnownAgentRole, KnownAvailabilityStatus,
    KnownChannelType, KnownContentType, KnownConversationPriority, KnownConversationStatus,
    KnownSenderType, PageNumber, Sender,
};
use pembalasan_client::{Error, MessageType};
use serde_json::{json, Value};
use support::app::{self, TOKEN};
use support::{Reply, TestServer};

/// A server that answers every request with `body` (status 200) and a client for it.
async fn serving(body: Value) -> (TestServer, pembalasan_client::application::Client) {
    let server = TestServer::always(Reply::json(200, &body)).await;
    let client = app::client_for(&server);
    (server, client)
}

async fn conversation_from(body: Value) -> types::Conversation {
    let (_server, client) = serving(body).await;
    client
        .get_conversation()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect("the conversation decodes")
        .into_inner()
}

async fn error_from(status: u16, body: Value) -> ApiError {
    let server = TestServer::always(Reply::json(status, &body)).await;
    let client = app::client_for(&server);
    match client.get_profile().send().await {
        Err(Error::ErrorResponse(reply)) => {
            assert_eq!(reply.status().as_u16(), status);
            reply.into_inner()
        }
        other => panic!("{status} {body}: {other:?}"),
    }
}

// --- A. Authentication, errors, status codes -------------------------------------------------

/// cm A1, cia A2/A3: the real bodies, not `{description, errors}`, decode with their text.
#[tokio::test]
async fn cm_a1_error_bodies_are_the_real_ones() {
    match error_from(404, json!({"error": "Resource could not be found"})).await {
        ApiError::Message(body) => assert_eq!(body.error, "Resource could not be found"),
        other => panic!("{other:?}"),
    }
    match error_from(
        422,
        json!({"message": "Name can't be blank", "attributes": ["name"]}),
    )
    .await
    {
        ApiError::RecordInvalid(body) => assert_eq!(body.attributes, vec!["name"]),
        other => panic!("{other:?}"),
    }
    match error_from(
        500,
        json!({"status": 500, "error": "Internal Server Error"}),
    )
    .await
    {
        ApiError::Status(body) => assert_eq!(body.status, 500),
        other => panic!("{other:?}"),
    }
    let documented =
        json!({"description": "Bad", "errors": [{"field": "x", "message": "y", "code": "z"}]});
    let server = TestServer::always(Reply::json(400, &documented)).await;
    let err = app::client_for(&server)
        .get_profile()
        .send()
        .await
        .expect_err("400");
    assert!(
        matches!(err, Error::InvalidResponse(_)),
        "the documented shape is never sent, so it is not typed: {err:?}"
    );
}

/// cm A2, cia A1: a permission denial is a 401 with `{"error"}`, not the documented 403.
#[tokio::test]
async fn cm_a2_permission_denials_are_401() {
    let body = json!({"error": "You are not authorized to do this action"});
    let server = TestServer::always(Reply::json(401, &body)).await;
    let err = app::client_for(&server)
        .delete_conversation()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect_err("denied");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(
        err.to_string(),
        "the server answered 401 Unauthorized: \"You are not authorized to do this action\""
    );
}

/// cm A4: the undocumented 500 of an invalid enum value decodes.
#[tokio::test]
async fn cm_a4_undocumented_500s_decode() {
    let server = TestServer::always(Reply::json(
        500,
        &json!({"status": 500, "error": "Internal Server Error"}),
    ))
    .await;
    let err = app::client_for(&server)
        .toggle_priority()
        .account_id(1)
        .conversation_id(42)
        .body(types::TogglePriorityRequest {
            priority: Some(types::PriorityInput::Urgent),
        })
        .send()
        .await
        .expect_err("500");
    assert!(
        matches!(err.error_body(), Some(ApiError::Status(_))),
        "{err:?}"
    );
    assert!(
        !err.is_retryable(),
        "a 500 from a bad value is not worth retrying"
    );
}

/// cm A5: only the `api-access-token` header is read; the client sends no `Authorization`.
#[tokio::test]
async fn cm_a5_the_token_goes_in_api_access_token_not_bearer() {
    let (server, client) = serving(app::profile()).await;
    client.get_profile().send().await.expect("profile");
    let request = server.single_request();
    assert_eq!(request.header("api-access-token"), Some(TOKEN));
    assert_eq!(request.header("authorization"), None);
}

/// cm A6, cia A4: the bot refusal and the other 401 bodies decode as `{"error"}`; devise's
/// missing-credentials body as `{"errors"}`.
#[tokio::test]
async fn cia_a4_every_401_body_decodes() {
    for text in [
        "Access to this endpoint is not authorized for bots",
        "Invalid Access Token",
        "You are not authorized to access this account",
        "Account is suspended",
    ] {
        match error_from(401, json!({ "error": text })).await {
            ApiError::Message(body) => assert_eq!(body.error, text),
            other => panic!("{other:?}"),
        }
    }
    match error_from(
        401,
        json!({"errors": ["You need to sign in or sign up before continuing."]}),
    )
    .await
    {
        ApiError::Messages(body) => assert_eq!(body.errors.len(), 1),
        other => panic!("{other:?}"),
    }
}

/// cm A7: creates answer 200, and `head :ok` actions an empty 200.
#[tokio::test]
async fn cm_a7_empty_200s_are_successes() {
    let server = TestServer::always(Reply::empty_ok()).await;
    let client = app::client_for(&server);
    let reply = client
        .mute_conversation()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect("an empty 200");
    assert_eq!(reply.status().as_u16(), 200);
    let reply = client
        .toggle_typing_status()
        .account_id(1)
        .conversation_id(42)
        .body(types::TypingRequest {
            typing_status: types::TypingStatus::Off,
            is_private: None,
        })
        .send()
        .await
        .expect("an empty 200");
    assert_eq!(reply.status().as_u16(), 200);
}

/// cm A8: update_last_seen's 404 is the conversation's, `{"error": "Resource could not be found"}`.
#[tokio::test]
async fn cm_a8_update_last_seen_404_is_the_conversation() {
    let server = TestServer::always(Reply::json(
        404,
        &json!({"error": "Resource could not be found"}),
    ))
    .await;
    let err = app::client_for(&server)
        .update_last_seen()
        .account_id(1)
        .conversation_id(999)
        .send()
        .await
        .expect_err("404");
    assert!(
        err.to_string().contains("Resource could not be found"),
        "{err}"
    );
}

/// cm E44: the rate limiter's 429 is plain text; it is an undecodable reply that says 429 and
/// is worth retrying.
#[tokio::test]
async fn cm_e44_the_rate_limit_reply_is_plain_text() {
    let server = TestServer::always(Reply::with_type(429, "text/plain", b"Retry later\n")).await;
    let err = app::client_for(&server)
        .get_profile()
        .send()
        .await
        .expect_err("429");
    assert!(matches!(err, Error::InvalidResponse(_)), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert!(err.is_retryable());
}

// --- B. Listing, counts, search, filter --------------------------------------------------------

/// cm B9: the list's counts include `assigned_count`; the search's leave it out.
#[tokio::test]
async fn cm_b9_counts_with_and_without_assigned_count() {
    let (_server, client) = serving(json!({"data": {"meta": app::counts(), "payload": []}})).await;
    let list = client
        .list_conversations()
        .account_id(1)
        .send()
        .await
        .expect("list");
    assert_eq!(list.data.meta.assigned_count, Some(3));
    let (_server, client) = serving(
        json!({"meta": {"mine_count": 0, "unassigned_count": 0, "all_count": 0}, "payload": []}),
    )
    .await;
    let search = client
        .search_conversations()
        .account_id(1)
        .q("x")
        .send()
        .await
        .expect("search");
    assert_eq!(search.meta.assigned_count, None);
}

/// cm B11, B33: the undocumented list parameters and message cursors reach the server.
#[tokio::test]
async fn cm_b11_undocumented_list_parameters_are_sent() {
    let (server, client) = serving(json!({"data": {"meta": app::counts(), "payload": []}})).await;
    client
        .list_conversations()
        .account_id(1)
        .sort_by(types::ListConversationsSortBy::WaitingSinceAsc)
        .conversation_type(types::ListConversationsConversationType::Unattended)
        .source_id("0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10")
        .updated_within(3600)
        .send()
        .await
        .expect("list");
    assert_eq!(
        server.single_request().query(),
        Some("conversation_type=unattended&sort_by=waiting_since_asc&source_id=0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10&updated_within=3600")
    );
    let (server, client) = serving(
        json!({"meta": {"labels": [], "additional_attributes": {}, "contact": app::contact_sender(),
        "agent_last_seen_at": null, "assignee_last_seen_at": null}, "payload": []}),
    )
    .await;
    client
        .list_messages()
        .account_id(1)
        .conversation_id(42)
        .after(9000)
        .send()
        .await
        .expect("messages");
    assert_eq!(server.single_request().query(), Some("after=9000"));
}

/// cm B14: list is wrapped in `data`; filter, counts and search are not.
#[tokio::test]
async fn cm_b14_only_the_list_is_wrapped_in_data() {
    let (_server, client) =
        serving(json!({"meta": app::counts(), "payload": [app::conversation()]})).await;
    let filtered = client
        .filter_conversations()
        .account_id(1)
        .body(types::FilterRequest { payload: vec![] })
        .send()
        .await
        .expect("filter: no data wrapper");
    assert_eq!(filtered.payload.len(), 1);
    let (_server, client) = serving(json!({"meta": app::counts()})).await;
    let counts = client
        .get_conversation_counts()
        .account_id(1)
        .send()
        .await
        .expect("meta");
    assert_eq!(counts.meta.all_count, 5);
    let (_server, client) = serving(json!({"meta": app::counts(), "payload": []})).await;
    let err = client
        .list_conversations()
        .account_id(1)
        .send()
        .await
        .expect_err("list needs data");
    assert!(err.to_string().contains("missing field `data`"), "{err}");
}

/// cm B15: ten operators, numeric values, and a last condition without a query operator.
#[tokio::test]
async fn cm_b15_filter_operators_and_numeric_values() {
    let (server, client) = serving(json!({"meta": app::counts(), "payload": []})).await;
    client
        .filter_conversations()
        .account_id(1)
        .body(types::FilterRequest {
            payload: vec![types::FilterCondition {
                attribute_key: "last_activity_at".into(),
                filter_operator: types::FilterOperator::IsGreaterThan,
                values: vec![types::FilterValue::Number(1768800000)],
                query_operator: None,
                attribute_model: Some("standard".into()),
                custom_attribute_type: None,
            }],
        })
        .send()
        .await
        .expect("filter");
    assert_eq!(
        server.single_request().json(),
        json!({"payload": [{"attribute_key": "last_activity_at", "filter_operator": "is_greater_than",
                            "values": [1768800000], "attribute_model": "standard"}]})
    );
}

/// cm B16: search items are the small shape, with `sender_name` left out when there is none.
#[tokio::test]
async fn cm_b16_search_items_are_a_small_shape() {
    let (_server, client) = serving(json!({"meta": {"mine_count": 0, "unassigned_count": 1, "all_count": 1},
        "payload": [{"id": 42, "uuid": "u", "created_at": 1, "contact": {"id": 1, "name": "Siti"},
                     "inbox": {"id": 5, "name": "Toko", "channel_type": "Channel::Telegram"},
                     "messages": [{"content": "halo", "id": 1, "message_type": 2, "created_at": 1}], "account_id": 1}]})).await;
    let found = client
        .search_conversations()
        .account_id(1)
        .q("halo")
        .send()
        .await
        .expect("search");
    let item = &found.payload[0];
    assert_eq!(item.inbox.channel_type, KnownChannelType::ChannelTelegram);
    assert_eq!(item.messages[0].sender_name, None);
}

// --- C. The conversation object -----------------------------------------------------------------

/// cm C17: `id` is the display id, which the path parameter takes too.
#[tokio::test]
async fn cm_c17_the_id_is_the_display_id_and_goes_in_paths() {
    let (server, client) = serving(app::conversation()).await;
    let conversation = client
        .get_conversation()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect("get")
        .into_inner();
    client
        .update_last_seen()
        .account_id(1)
        .conversation_id(conversation.id)
        .send()
        .await
        .expect("mark read");
    assert_eq!(
        server.requests()[1].path(),
        "/api/v1/accounts/1/conversations/42/update_last_seen"
    );
}

/// cm C18: the fields the docs lack are typed.
#[tokio::test]
async fn cm_c18_undocumented_conversation_fields_are_typed() {
    let conversation = conversation_from(app::assigned_conversation()).await;
    assert_eq!(conversation.uuid, "5d0e6a34-7f0e-4a7c-8b3b-1c2d3e4f5a6b");
    assert!(conversation.can_reply && !conversation.muted);
    assert_eq!(conversation.labels, vec!["pengiriman", "vip"]);
    assert_eq!(conversation.waiting_since, 1768811400);
    assert!(conversation.applied_sla.is_some());
}

/// cm C19: `snoozed` is a status.
#[tokio::test]
async fn cm_c19_snoozed_is_a_status() {
    let conversation = conversation_from(app::assigned_conversation()).await;
    assert_eq!(conversation.status, KnownConversationStatus::Snoozed);
}

/// cm C20: integer timestamps (0 for never), a float `updated_at`, an ISO `snoozed_until`.
#[tokio::test]
async fn cm_c20_three_timestamp_formats() {
    let conversation = conversation_from(app::assigned_conversation()).await;
    assert_eq!(conversation.contact_last_seen_at, 0);
    assert_eq!(conversation.updated_at, Some(1768811330.406127));
    let snoozed = conversation.snoozed_until.expect("snoozed until a time");
    assert_eq!(snoozed.to_rfc3339(), "2026-01-21T02:00:00+00:00");
    let mut older = app::conversation();
    older.as_object_mut().expect("object").remove("updated_at");
    assert_eq!(
        conversation_from(older).await.updated_at,
        None,
        "older servers leave it out"
    );
}

/// cm C21: `messages` holds one message, the last of any kind (here an activity message).
#[tokio::test]
async fn cm_c21_messages_is_the_last_message_not_the_history() {
    let conversation = conversation_from(app::assigned_conversation()).await;
    assert_eq!(conversation.messages.len(), 1);
    assert_eq!(conversation.messages[0].kind(), MessageType::Activity);
    assert!(conversation_from(app::conversation())
        .await
        .messages
        .is_empty());
}

/// cm C22: nulls and sentinels: no priority, 0 for not waiting, the unread count capped.
#[tokio::test]
async fn cm_c22_nulls_and_sentinels() {
    let fresh = conversation_from(app::conversation()).await;
    assert_eq!(fresh.priority, None);
    assert_eq!(fresh.sla_policy_id, None);
    assert_eq!(fresh.last_non_activity_message, None);
    assert_eq!(fresh.first_reply_created_at, 0);
    let busy = conversation_from(app::assigned_conversation()).await;
    assert_eq!(
        busy.priority,
        Some(KnownConversationPriority::Urgent.into())
    );
    assert_eq!(busy.unread_count, 10);
}

/// cm C23: the last non-activity message may be a private note.
#[tokio::test]
async fn cm_c23_last_non_activity_message_may_be_a_private_note() {
    let mut body = app::assigned_conversation();
    body["last_non_activity_message"]["private"] = json!(true);
    let conversation = conversation_from(body).await;
    assert!(
        conversation
            .last_non_activity_message
            .expect("a message")
            .private
    );
}

/// cm C24: `meta` carries the full contact, the channel, the agent and team (left out when
/// absent) and `hmac_verified`.
#[tokio::test]
async fn cm_c24_meta_as_the_server_sends_it() {
    let assigned = conversation_from(app::assigned_conversation()).await;
    assert_eq!(
        assigned.meta.sender.phone_number.as_deref(),
        Some("+6281234567890")
    );
    assert_eq!(
        assigned.meta.channel,
        Some(KnownChannelType::ChannelWhatsapp.into())
    );
    match assigned.meta.assignee {
        Some(Assignee::User(agent)) => assert_eq!(agent.role, KnownAgentRole::Agent),
        other => panic!("{other:?}"),
    }
    assert_eq!(assigned.meta.team.expect("a team").name, "tim penagihan");
    assert_eq!(assigned.meta.hmac_verified, Some(false));
    let unassigned = conversation_from(app::conversation()).await;
    assert!(unassigned.meta.assignee.is_none() && unassigned.meta.team.is_none());
    assert_eq!(unassigned.meta.hmac_verified, None);

    let mut bot = app::conversation();
    bot["meta"]["assignee"] = app::agent_bot_slim();
    bot["meta"]["assignee_type"] = json!("AgentBot");
    match conversation_from(bot).await.meta.assignee {
        Some(Assignee::AgentBot(bot)) => assert_eq!(bot.bot_type, "webhook"),
        other => panic!("a bot assignee: {other:?}"),
    }
}

/// cm C25, C26: create sends no `source_id` with `inbox_id` + `contact_id`, and the reply is
/// the whole conversation.
#[tokio::test]
async fn cm_c25_create_takes_inbox_and_contact_and_answers_the_conversation() {
    let (server, client) = serving(app::conversation()).await;
    let created = client
        .create_conversation()
        .account_id(1)
        .body(
            types::CreateConversationRequest::builder()
                .inbox_id(5)
                .contact_id(1042),
        )
        .send()
        .await
        .expect("create")
        .into_inner();
    assert_eq!(created.uuid, "5d0e6a34-7f0e-4a7c-8b3b-1c2d3e4f5a6b");
    assert_eq!(
        server.single_request().json(),
        json!({"inbox_id": 5, "contact_id": 1042})
    );
}

// --- D. Messages ---------------------------------------------------------------------------------

fn message_list(payload: Vec<Value>) -> Value {
    json!({"meta": {"labels": [], "additional_attributes": {}, "contact": app::contact_sender(),
                    "agent_last_seen_at": null, "assignee_last_seen_at": null}, "payload": payload})
}

async fn messages_from(payload: Vec<Value>) -> Vec<types::Message> {
    let (_server, client) = serving(message_list(payload)).await;
    client
        .list_messages()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect("messages")
        .into_inner()
        .payload
}

/// cm D27: `message_type` 3 is a template.
#[tokio::test]
async fn cm_d27_message_type_three_is_a_template() {
    let mut template = app::message();
    template["message_type"] = json!(3);
    let mut future = app::message();
    future["message_type"] = json!(7);
    let messages = messages_from(vec![template, future]).await;
    assert_eq!(messages[0].kind(), MessageType::Template);
    assert_eq!(messages[1].kind(), MessageType::Unknown(7));
}

/// cm D28: thirteen content types, never null, and a later one kept as unknown.
#[tokio::test]
async fn cm_d28_content_types_are_open() {
    let mut voice = app::message();
    voice["content_type"] = json!("voice_call");
    voice["call"] = json!({"id": 1, "status": "completed"});
    let mut later = app::message();
    later["content_type"] = json!("carousel");
    let messages = messages_from(vec![voice, later]).await;
    assert_eq!(messages[0].content_type, KnownContentType::VoiceCall);
    assert!(messages[0].call.is_some());
    assert_eq!(messages[1].content_type.known(), None);
    assert_eq!(messages[1].content_type.to_string(), "carousel");
}

/// cm D29: `attachments` and `sender` are left out when there are none.
#[tokio::test]
async fn cm_d29_attachments_and_sender_are_left_out_when_none() {
    let mut bare = app::message();
    bare.as_object_mut().expect("object").remove("sender");
    let messages = messages_from(vec![bare]).await;
    assert!(messages[0].attachments.is_empty());
    assert!(messages[0].sender.is_none());
}

/// cm D30: the message operations send the short shape (no `account_id`, `updated_at`,
/// `conversation`); the create reply of some versions even leaves out `status`/`source_id`.
#[tokio::test]
async fn cm_d30_message_operations_send_the_short_shape() {
    let mut old_create = app::message();
    let object = old_create.as_object_mut().expect("object");
    object.remove("status");
    object.remove("source_id");
    let (_server, client) = serving(old_create).await;
    let message = client
        .create_message()
        .account_id(1)
        .conversation_id(42)
        .body(types::CreateMessageRequest::builder().content("x".to_owned()))
        .send()
        .await
        .expect("the short shape decodes")
        .into_inner();
    assert_eq!(message.status, None);
}

/// cm D31: `Captain::Assistant` and `null` sender types, and four sender kinds by `type`.
#[tokio::test]
async fn cm_d31_sender_types_and_kinds() {
    let mut captain = app::message_event();
    captain["sender_type"] = json!("Captain::Assistant");
    captain["sender"] = json!({"id": 3, "name": "Asisten", "avatar_url": null, "description": null,
                               "created_at": "2026-01-01T00:00:00.000Z", "type": "captain_assistant"});
    let mut body = app::assigned_conversation();
    body["last_non_activity_message"] = captain;
    let conversation = conversation_from(body).await;
    let last = conversation.last_non_activity_message.expect("a message");
    assert_eq!(
        last.sender_type,
        Some(KnownSenderType::CaptainAssistant.into())
    );
    assert!(matches!(last.sender, Some(Sender::CaptainAssistant(_))));
    assert_eq!(
        conversation.messages[0].sender_type, None,
        "activity messages have none"
    );
}

/// cm D32: the messages' `meta` has the contact's event shape, no assignee when unassigned,
/// and ISO (or null) last-seen times.
#[tokio::test]
async fn cm_d32_messages_meta_as_the_server_sends_it() {
    let (_server, client) = serving(json!({"meta": {"labels": [], "additional_attributes": {},
        "contact": app::contact_sender(), "agent_last_seen_at": "2026-01-19T08:30:02.120Z",
        "assignee_last_seen_at": null}, "payload": []}))
    .await;
    let list = client
        .list_messages()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect("messages")
        .into_inner();
    assert!(list.meta.assignee.is_none());
    assert_eq!(list.meta.contact.id, 1042);
    assert!(list.meta.agent_last_seen_at.is_some() && list.meta.assignee_last_seen_at.is_none());
}

/// cm D34: a builder failure is a 422 `{"error"}`; `echo_id` and bot senders are sent.
#[tokio::test]
async fn cm_d34_create_message_failures_and_undocumented_fields() {
    let (server, client) = serving(app::message()).await;
    client
        .create_message()
        .account_id(1)
        .conversation_id(42)
        .body(
            types::CreateMessageRequest::builder()
                .content("Dari bot".to_owned())
                .sender_type(types::CreateMessageRequestSenderType::AgentBot)
                .sender_id(2)
                .echo_id("e-9".to_owned()),
        )
        .send()
        .await
        .expect("create");
    assert_eq!(
        server.single_request().json(),
        json!({"content": "Dari bot", "sender_type": "AgentBot", "sender_id": 2, "echo_id": "e-9"})
    );
    let failure =
        json!({"error": "Validation failed: Content is too long (maximum is 150000 characters)"});
    let server = TestServer::always(Reply::json(422, &failure)).await;
    let err = app::client_for(&server)
        .create_message()
        .account_id(1)
        .conversation_id(42)
        .body(types::CreateMessageRequest::default())
        .send()
        .await
        .expect_err("422");
    assert!(
        matches!(err.error_body(), Some(ApiError::Message(_))),
        "{err:?}"
    );
}

// --- E. Other operations -------------------------------------------------------------------------

/// cm E35: toggle_status takes no status (it toggles), and its reply has no `meta`, a
/// `snoozed_until`, and `success: null` on a bot hand-off.
#[tokio::test]
async fn cm_e35_toggle_status_as_the_server_does_it() {
    let (server, client) = serving(json!({"payload": {"success": null, "conversation_id": 42,
        "current_status": "open", "snoozed_until": null}}))
    .await;
    let result = client
        .toggle_status()
        .account_id(1)
        .conversation_id(42)
        .body(types::ToggleStatusRequest::default())
        .send()
        .await
        .expect("toggle")
        .into_inner();
    assert_eq!(server.single_request().json(), json!({}));
    assert_eq!(result.payload.success, None);
    assert_eq!(result.payload.current_status, KnownConversationStatus::Open);
}

/// cm E36: a priority can be cleared with `null`.
#[tokio::test]
async fn cm_e36_priority_null_clears_it() {
    let server = TestServer::always(Reply::empty_ok()).await;
    app::client_for(&server)
        .toggle_priority()
        .account_id(1)
        .conversation_id(42)
        .body(types::TogglePriorityRequest { priority: None })
        .send()
        .await
        .expect("cleared");
    assert_eq!(server.single_request().json(), json!({"priority": null}));
}

/// cm E37: update_last_seen answers the conversation (the docs: no body).
#[tokio::test]
async fn cm_e37_update_last_seen_answers_the_conversation() {
    let (_server, client) = serving(app::conversation()).await;
    let conversation = client
        .update_last_seen()
        .account_id(1)
        .conversation_id(42)
        .send()
        .await
        .expect("read")
        .into_inner();
    assert_eq!(conversation.id, 42);
}

/// cm E38: the custom attributes reply is the stored set, replaced by what was sent.
#[tokio::test]
async fn cm_e38_custom_attributes_reply() {
    let (_server, client) = serving(json!({"custom_attributes": {"order_id": "INV-9"}})).await;
    let reply = client
        .update_conversation_custom_attributes()
        .account_id(1)
        .conversation_id(42)
        .body(types::CustomAttributes {
            custom_attributes: serde_json::from_value(json!({"order_id": "INV-9"})).expect("map"),
        })
        .send()
        .await
        .expect("set")
        .into_inner();
    assert_eq!(
        reply.custom_attributes.get("order_id"),
        Some(&json!("INV-9"))
    );
}

/// cm E39: the assignment reply is the agent, the bot, the team record, or `null`.
#[tokio::test]
async fn cm_e39_assignment_replies() {
    async fn assign(reply: Value) -> Option<Assignment> {
        let (_server, client) = serving(reply).await;
        client
            .assign_conversation()
            .account_id(1)
            .conversation_id(42)
            .body(types::AssignmentRequest::Team(types::AssignTeam {
                team_id: Some(3),
            }))
            .send()
            .await
            .expect("assign")
            .into_inner()
    }
    assert!(matches!(
        assign(app::agent()).await,
        Some(Assignment::Agent(_))
    ));
    assert!(matches!(
        assign(app::agent_bot_slim()).await,
        Some(Assignment::AgentBot(_))
    ));
    match assign(app::team_record()).await {
        Some(Assignment::Team(team)) => assert_eq!(
            team.created_at.to_rfc3339(),
            "2025-11-02T03:14:15.926+00:00"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(assign(Value::Null).await, None);
}

/// cm E39 (request): unassigning sends `assignee_id: null`, which the server reads as "remove".
#[tokio::test]
async fn cm_e39_unassigning_sends_an_explicit_null() {
    let (server, client) = serving(Value::Null).await;
    client
        .assign_conversation()
        .account_id(1)
        .conversation_id(42)
        .body(types::AssignmentRequest::Agent(types::AssignAgent {
            assignee_id: None,
            assignee_type: None,
        }))
        .send()
        .await
        .expect("unassigned");
    assert_eq!(server.single_request().json(), json!({"assignee_id": null}));
}

/// cm E41: deleting a message answers the message, changed.
#[tokio::test]
async fn cm_e41_delete_message_answers_the_deleted_message() {
    let mut deleted = app::message();
    deleted["content"] = json!("Pesan ini telah dihapus");
    deleted["content_attributes"] = json!({"deleted": true});
    let (_server, client) = serving(deleted).await;
    let message = client
        .delete_message()
        .account_id(1)
        .conversation_id(42)
        .message_id(9002)
        .send()
        .await
        .expect("deleted")
        .into_inner();
    assert_eq!(
        message.content_attributes.get("deleted"),
        Some(&json!(true))
    );
}

/// cm E42: updating a status answers 204 with nothing, and a 403 outside API inboxes.
#[tokio::test]
async fn cm_e42_message_status_update_answers_nothing() {
    let server = TestServer::always(Reply::Http {
        status: 204,
        headers: Vec::new(),
        body: Vec::new(),
    })
    .await;
    let reply = app::client_for(&server)
        .update_message()
        .account_id(1)
        .conversation_id(42)
        .message_id(9002)
        .body(types::UpdateMessageStatusRequest {
            status: types::MessageStatusInput::Read,
            external_error: None,
        })
        .send()
        .await
        .expect("204");
    assert_eq!(reply.into_inner(), None);
    let server = TestServer::always(Reply::json(
        403,
        &json!({"error": "Message status update is only allowed for API inboxes"}),
    ))
    .await;
    let err = app::client_for(&server)
        .update_message()
        .account_id(1)
        .conversation_id(42)
        .message_id(9002)
        .body(types::UpdateMessageStatusRequest {
            status: types::MessageStatusInput::Read,
            external_error: None,
        })
        .send()
        .await
        .expect_err("403");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    assert!(matches!(err.error_body(), Some(ApiError::Message(_))));
}

// --- Contacts, inboxes, agents, teams, account, profile --------------------------------------

/// cia A6: agents, teams and the profile take bodies wrapped as their controllers expect.
#[tokio::test]
async fn cia_a6_bodies_are_wrapped() {
    let (server, client) = serving(app::team()).await;
    client
        .create_team()
        .account_id(1)
        .body(types::TeamRequest {
            team: types::TeamFields::builder()
                .name("Tim Gudang".to_owned())
                .try_into()
                .expect("fields"),
        })
        .send()
        .await
        .expect("team");
    assert_eq!(
        server.single_request().json(),
        json!({"team": {"name": "Tim Gudang"}})
    );
}

/// cia A8: messages in the account's language (not English) decode.
#[tokio::test]
async fn cia_a8_translated_messages_decode() {
    match error_from(
        422,
        json!({"message": "Nomor telepon harus dalam format e164", "attributes": ["phone_number"]}),
    )
    .await
    {
        ApiError::RecordInvalid(body) => assert!(body.message.starts_with("Nomor telepon")),
        other => panic!("{other:?}"),
    }
}

async fn contacts_from(body: Value) -> types::ContactList {
    let (_server, client) = serving(body).await;
    client
        .list_contacts()
        .account_id(1)
        .send()
        .await
        .expect("contacts")
        .into_inner()
}

/// cia B9: `current_page` is the integer 1 without `page`, the string sent with it.
#[tokio::test]
async fn cia_b9_current_page_is_a_number_or_the_text_sent() {
    let first =
        contacts_from(json!({"meta": {"count": 0, "current_page": 1}, "payload": []})).await;
    assert_eq!(first.meta.current_page, PageNumber::Number(1));
    let second =
        contacts_from(json!({"meta": {"count": 0, "current_page": "2"}, "payload": []})).await;
    assert_eq!(second.meta.current_page, PageNumber::Text("2".into()));
}

/// cia B10: search's count is this page's, with `has_more`.
#[tokio::test]
async fn cia_b10_search_has_more() {
    let (_server, client) = serving(
        json!({"meta": {"count": 15, "current_page": "1", "has_more": true},
        "payload": [app::contact(true)]}),
    )
    .await;
    let found = client
        .search_contacts()
        .account_id(1)
        .q("siti")
        .send()
        .await
        .expect("search");
    assert_eq!(found.meta.has_more, Some(true));
}

/// cia B11: `last_activity_at` is left out, not null, for a contact never active.
#[tokio::test]
async fn cia_b11_last_activity_at_is_left_out() {
    let list = contacts_from(json!({"meta": {"count": 2, "current_page": 1},
        "payload": [app::contact(false), app::active_contact()]}))
    .await;
    assert_eq!(list.payload[0].last_activity_at, None);
    assert_eq!(list.payload[1].last_activity_at, Some(1768811325));
}

/// cia B12, B14: `contact_inboxes` is optional, and its inbox the six-key slim inbox.
#[tokio::test]
async fn cia_b12_contact_inboxes_are_optional_and_slim() {
    let list = contacts_from(json!({"meta": {"count": 2, "current_page": 1},
        "payload": [app::contact(false), app::contact(true)]}))
    .await;
    assert!(list.payload[0].contact_inboxes.is_empty());
    let inbox = &list.payload[1].contact_inboxes[0].inbox;
    assert_eq!(inbox.channel_type, KnownChannelType::ChannelApi);
    assert_eq!(inbox.provider, None);
}

/// cia B13: `email`, `phone_number`, `identifier` arrive as null; `thumbnail` as "".
#[tokio::test]
async fn cia_b13_unset_contact_fields_are_null() {
    let list = contacts_from(
        json!({"meta": {"count": 1, "current_page": 1}, "payload": [app::contact(false)]}),
    )
    .await;
    let contact = &list.payload[0];
    assert!(
        contact.email.is_none() && contact.phone_number.is_none() && contact.identifier.is_none()
    );
    assert_eq!(contact.thumbnail, "");
}

/// cia B15, B16: create needs no `inbox_id`; without it the contact inbox is two nulls, with it
/// the inbox is the raw record.
#[tokio::test]
async fn cia_b15_create_contact_replies() {
    let (server, client) = serving(json!({"payload": {"contact": app::contact(true),
        "contact_inbox": {"inbox": null, "source_id": null}}}))
    .await;
    let created = client
        .create_contact()
        .account_id(1)
        .body(types::CreateContactRequest::builder().name("Siti".to_owned()))
        .send()
        .await
        .expect("create")
        .into_inner();
    assert_eq!(server.single_request().json(), json!({"name": "Siti"}));
    assert!(
        created.payload.contact_inbox.inbox.is_none()
            && created.payload.contact_inbox.source_id.is_none()
    );

    let (_server, client) = serving(json!({"payload": {"contact": app::contact(true),
        "contact_inbox": {"inbox": app::inbox_record(), "source_id": "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10"}}})).await;
    let created = client
        .create_contact()
        .account_id(1)
        .body(types::CreateContactRequest::builder().inbox_id(5))
        .send()
        .await
        .expect("create")
        .into_inner();
    let record = created.payload.contact_inbox.inbox.expect("the record");
    assert_eq!(record.account_id, 1);
    assert!(record.created_at.is_some());
}

/// cia B17: the client updates with PATCH (the docs: PUT; both are routed).
#[tokio::test]
async fn cia_b17_update_contact_is_patch() {
    let (server, client) = serving(json!({"payload": app::contact(true)})).await;
    client
        .update_contact()
        .account_id(1)
        .contact_id(1042)
        .body(types::UpdateContactRequest::default())
        .send()
        .await
        .expect("update");
    assert_eq!(server.single_request().method, "PATCH");
}

/// cia B18: search without `q` is a 422 `{"error"}`.
#[tokio::test]
async fn cia_b18_search_needs_q() {
    let server = TestServer::always(Reply::json(
        422,
        &json!({"error": "Specify search string with parameter q"}),
    ))
    .await;
    let err = app::client_for(&server)
        .search_contacts()
        .account_id(1)
        .q("")
        .send()
        .await
        .expect_err("422");
    assert!(err.to_string().contains("Specify search string"), "{err}");
}

/// cia B19: `labels[]`, `include_contact_inboxes` and `sort` reach the server as Rails reads them.
#[tokio::test]
async fn cia_b19_undocumented_contact_list_parameters() {
    let (server, client) =
        serving(json!({"meta": {"count": 0, "current_page": 1}, "payload": []})).await;
    client
        .list_contacts()
        .account_id(1)
        .labels(vec!["vip".to_owned(), "b2b".to_owned()])
        .include_contact_inboxes(false)
        .sort("city")
        .send()
        .await
        .expect("list");
    assert_eq!(
        server.single_request().query(),
        Some("include_contact_inboxes=false&labels%5B%5D=vip&labels%5B%5D=b2b&sort=city")
    );
}

/// cia B21: deleting an online contact is a 422 `{"message"}`, whose name stays out of the
/// error's text.
#[tokio::test]
async fn cia_b21_deleting_an_online_contact() {
    let server = TestServer::always(Reply::json(
        422,
        &json!({"message": "Siti rahma is Online, please try again later"}),
    ))
    .await;
    let err = app::client_for(&server)
        .delete_contact()
        .account_id(1)
        .contact_id(1042)
        .send()
        .await
        .expect_err("422");
    assert!(matches!(err.error_body(), Some(ApiError::Notice(_))));
    assert!(!err.to_string().contains("Siti"), "{err}");
}

/// cia B22: a contact's conversations come wrapped in `payload`.
#[tokio::test]
async fn cia_b22_contact_conversations_are_wrapped() {
    let (_server, client) = serving(json!({"payload": [app::conversation()]})).await;
    let list = client
        .list_contact_conversations()
        .account_id(1)
        .contact_id(1042)
        .send()
        .await
        .expect("list");
    assert_eq!(list.payload.len(), 1);
}

/// cia B23: the merge reply is the bare base contact.
#[tokio::test]
async fn cia_b23_merge_answers_the_bare_contact() {
    let (_server, client) = serving(app::contact(false)).await;
    let contact = client
        .merge_contacts()
        .account_id(1)
        .body(types::MergeContactsRequest {
            base_contact_id: 1042,
            mergee_contact_id: 1043,
        })
        .send()
        .await
        .expect("merge")
        .into_inner();
    assert_eq!(contact.id, 1042);
}

/// cia B25: adding a contact to an inbox answers the bare contact inbox.
#[tokio::test]
async fn cia_b25_create_contact_inbox_answers_the_contact_inbox() {
    let (_server, client) = serving(app::contact_inbox()).await;
    let contact_inbox = client
        .create_contact_inbox()
        .account_id(1)
        .contact_id(1042)
        .body(types::CreateContactInboxRequest {
            inbox_id: 5,
            source_id: None,
            hmac_verified: None,
        })
        .send()
        .await
        .expect("create")
        .into_inner();
    assert_eq!(contact_inbox.inbox.id, 5);
}

/// cia B26: contactable inboxes pair a full inbox with a `source_id`.
#[tokio::test]
async fn cia_b26_contactable_inboxes() {
    let (_server, client) =
        serving(json!({"payload": [{"inbox": app::website_inbox(), "source_id": "s-1"}]})).await;
    let inboxes = client
        .list_contactable_inboxes()
        .account_id(1)
        .contact_id(1042)
        .send()
        .await
        .expect("inboxes");
    assert_eq!(
        inboxes.payload[0].inbox.website_token.as_deref(),
        Some("WebT0ken6")
    );
}

/// cia B28: every note's `account_id` and `contact_id` are null, and a gone author is left out.
#[tokio::test]
async fn cia_b28_notes_carry_null_ids() {
    let mut orphan = app::note();
    orphan.as_object_mut().expect("object").remove("user");
    let (_server, client) = serving(json!([app::note(), orphan])).await;
    let notes = client
        .list_contact_notes()
        .account_id(1)
        .contact_id(1042)
        .send()
        .await
        .expect("notes")
        .into_inner();
    assert!(notes
        .iter()
        .all(|note| note.account_id.is_none() && note.contact_id.is_none()));
    assert!(notes[0].user.is_some() && notes[1].user.is_none());
}

async fn inbox_from(body: Value) -> types::Inbox {
    let (_server, client) = serving(body).await;
    client
        .get_inbox()
        .account_id(1)
        .inbox_id(5)
        .send()
        .await
        .expect("inbox")
        .into_inner()
}

/// cia C29: the keys the docs lack are typed.
#[tokio::test]
async fn cia_c29_undocumented_inbox_keys() {
    let inbox = inbox_from(app::website_inbox()).await;
    assert_eq!(inbox.help_center.expect("a portal").slug, "bantuan");
    assert_eq!(inbox.continuity_via_email, Some(true));
    assert!(inbox.csat_config.is_some());
}

/// cia C30: widget keys are present as null on an API inbox; `hmac_mandatory` is a boolean there.
#[tokio::test]
async fn cia_c30_channel_probing_keys_are_null() {
    let inbox = inbox_from(app::api_inbox()).await;
    assert!(
        inbox.widget_color.is_none() && inbox.website_url.is_none() && inbox.reply_time.is_none()
    );
    assert_eq!(inbox.hmac_mandatory, Some(false));
}

/// cia C31: keys of one channel or role only are optional.
#[tokio::test]
async fn cia_c31_channel_only_keys_are_optional() {
    let api = inbox_from(app::api_inbox()).await;
    assert_eq!(
        api.inbox_identifier.as_deref(),
        Some("gRm2tDvqp5uZ1NfeH8KVxYw3")
    );
    let website = inbox_from(app::website_inbox()).await;
    assert_eq!(website.inbox_identifier, None);
    assert_eq!(website.hmac_token, None, "administrators only");
}

/// cia C33: create takes a channel by `type`; update takes opening hours.
#[tokio::test]
async fn cia_c33_inbox_bodies() {
    let (server, client) = serving(app::api_inbox()).await;
    client
        .create_inbox()
        .account_id(1)
        .body(
            types::CreateInboxRequest::builder()
                .name("API".to_owned())
                .channel(types::NewChannel::Api(types::NewApiChannel {
                    type_: types::NewApiChannelType::Api,
                    webhook_url: None,
                    hmac_mandatory: Some(true),
                    additional_attributes: None,
                })),
        )
        .send()
        .await
        .expect("create");
    assert_eq!(
        server.single_request().json(),
        json!({"name": "API", "channel": {"type": "api", "hmac_mandatory": true}})
    );
}

/// cia C34: no agent bot gives `{}`, not a 204; the inbox's view sends the token's record.
#[tokio::test]
async fn cia_c34_inbox_agent_bot() {
    let (_server, client) = serving(json!({})).await;
    let none = client
        .get_inbox_agent_bot()
        .account_id(1)
        .inbox_id(5)
        .send()
        .await
        .expect("none");
    assert!(none.agent_bot.is_none());
    let (_server, client) = serving(json!({"agent_bot": app::agent_bot_with_token_record()})).await;
    let some = client
        .get_inbox_agent_bot()
        .account_id(1)
        .inbox_id(5)
        .send()
        .await
        .expect("a bot");
    match some.into_inner().agent_bot.and_then(|bot| bot.access_token) {
        Some(BotAccessToken::Record(record)) => assert_eq!(record.token, "b0t-t0k3n"),
        other => panic!("{other:?}"),
    }
}

/// cia C35: disconnecting sends `agent_bot: null`, and the reply is an empty 200.
#[tokio::test]
async fn cia_c35_set_agent_bot_null() {
    let server = TestServer::always(Reply::empty_ok()).await;
    app::client_for(&server)
        .set_inbox_agent_bot()
        .account_id(1)
        .inbox_id(5)
        .body(types::SetAgentBotRequest { agent_bot: None })
        .send()
        .await
        .expect("disconnected");
    assert_eq!(server.single_request().json(), json!({"agent_bot": null}));
}

/// cia C36: deleting an inbox is queued and says so.
#[tokio::test]
async fn cia_c36_inbox_deletion_message() {
    let (_server, client) =
        serving(json!({"message": "Permintaan penghapusan inbox Anda akan segera diproses."}))
            .await;
    let reply = client
        .delete_inbox()
        .account_id(1)
        .inbox_id(5)
        .send()
        .await
        .expect("queued");
    assert!(reply.message.starts_with("Permintaan"));
}

/// cia C37: an unknown user is a 422 `{"message": "User must exist", "attributes": ["user"]}`.
#[tokio::test]
async fn cia_c37_inbox_members_unknown_user() {
    let server = TestServer::always(Reply::json(
        422,
        &json!({"message": "User must exist", "attributes": ["user"]}),
    ))
    .await;
    let err = app::client_for(&server)
        .add_inbox_members()
        .account_id(1)
        .body(types::InboxMembersRequest {
            inbox_id: 5,
            user_ids: vec![999],
        })
        .send()
        .await
        .expect_err("422");
    assert_eq!(
        err.to_string(),
        "the server answered 422 Unprocessable Entity: validation failed for user"
    );
}

/// cia D38: agents are `online`, not `available`.
#[tokio::test]
async fn cia_d38_availability_status_online() {
    let (_server, client) = serving(json!([app::agent(), app::administrator()])).await;
    let agents = client
        .list_agents()
        .account_id(1)
        .send()
        .await
        .expect("agents")
        .into_inner();
    assert_eq!(
        agents[0].availability_status,
        KnownAvailabilityStatus::Online
    );
    assert_eq!(agents[1].availability_status, KnownAvailabilityStatus::Busy);
}

/// cia D39: the field sent is `availability` (under `agent`), not `availability_status`.
#[tokio::test]
async fn cia_d39_availability_is_the_request_field() {
    let (server, client) = serving(app::agent()).await;
    client
        .update_agent()
        .account_id(1)
        .agent_id(7)
        .body(types::UpdateAgentRequest {
            agent: types::AgentChanges::builder()
                .availability(types::AvailabilityInput::Offline)
                .try_into()
                .expect("changes"),
        })
        .send()
        .await
        .expect("update");
    assert_eq!(
        server.single_request().json(),
        json!({"agent": {"availability": "offline"}})
    );
}

/// cia D40: `provider`, `custom_attributes` (left out when empty) and a null or absent
/// `custom_role_id`.
#[tokio::test]
async fn cia_d40_agent_fields() {
    let (_server, client) = serving(json!([app::agent(), app::administrator()])).await;
    let agents = client
        .list_agents()
        .account_id(1)
        .send()
        .await
        .expect("agents")
        .into_inner();
    assert_eq!(agents[0].custom_role_id, None);
    assert!(agents[0].custom_attributes.is_none());
    assert!(agents[1].custom_attributes.is_some());
    assert_eq!(agents[0].provider.as_deref(), Some("email"));
}

/// cia E43: adding team members answers the added ones; the old view answers `{}` for none.
#[tokio::test]
async fn cia_e43_team_members_added() {
    let (_server, client) = serving(json!([app::agent()])).await;
    let added = client
        .add_team_members()
        .account_id(1)
        .team_id(3)
        .body(types::UserIds { user_ids: vec![7] })
        .send()
        .await
        .expect("added")
        .into_inner();
    assert!(matches!(added, types::AddedTeamMembers::Agents(ref agents) if agents.len() == 1));
    let (_server, client) = serving(json!({})).await;
    let none = client
        .add_team_members()
        .account_id(1)
        .team_id(3)
        .body(types::UserIds { user_ids: vec![7] })
        .send()
        .await
        .expect("nothing added")
        .into_inner();
    assert!(matches!(none, types::AddedTeamMembers::Nothing(_)));
}

/// cia F44: `features` is a map, `created_at` a string, `custom_attributes` optional, the
/// cache keys strings.
#[tokio::test]
async fn cia_f44_account_shape() {
    let mut bare = app::account();
    bare.as_object_mut()
        .expect("object")
        .remove("custom_attributes");
    let (_server, client) = serving(bare).await;
    let account = client
        .get_account()
        .account_id(1)
        .send()
        .await
        .expect("account")
        .into_inner();
    assert_eq!(account.features.get("agent_bots"), Some(&true));
    assert!(account.custom_attributes.is_none());
    assert_eq!(
        account.cache_keys.get("team").map(String::as_str),
        Some("0000000000")
    );
    assert_eq!(account.created_at.to_rfc3339(), "2025-10-01T02:00:00+00:00");
}

/// cia F46: the profile carries the tokens and ISO `active_at` times.
#[tokio::test]
async fn cia_f46_profile_shape() {
    let (_server, client) = serving(app::profile()).await;
    let profile = client
        .get_profile()
        .send()
        .await
        .expect("profile")
        .into_inner();
    assert_eq!(profile.access_token, TOKEN);
    assert!(profile.accounts[0].active_at.is_some());
    assert_eq!(profile.accounts[1].active_at, None);
}

// --- Webhooks (other-resources.md, section 2) ----------------------------------------------------

/// The list is wrapped twice, subscriptions go beyond the docs' eight (an unknown one is kept),
/// `name` can be null, and `secret`/`inbox` come from newer servers only.
#[tokio::test]
async fn webhooks_as_the_server_sends_them() {
    let (_server, client) =
        serving(json!({"payload": {"webhooks": [app::webhook(false), app::webhook(true)]}})).await;
    let webhooks = client
        .list_webhooks()
        .account_id(1)
        .send()
        .await
        .expect("webhooks")
        .into_inner()
        .payload
        .webhooks;
    assert_eq!(webhooks[0].name, None);
    assert_eq!(webhooks[0].secret, None);
    assert_eq!(
        webhooks[0].subscriptions[1],
        types::KnownWebhookEventName::ConversationTypingOn,
        "typing events are subscribable (the docs list eight events)"
    );
    assert_eq!(webhooks[1].subscriptions[1].to_string(), "agent_added");
    assert_eq!(webhooks[1].inbox.as_ref().map(|inbox| inbox.id), Some(5));
    assert!(
        !format!("{:?}", webhooks[1]).contains("Wb3nQ8sKd2Lx7Rv0Tz5Hc9Mf4Jp6Ya1E"),
        "the secret is hidden"
    );
}
