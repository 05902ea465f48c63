//! Replies of the Application API as the server renders them, written from the references
//! (`../shared/docs/application/*.md`) with the nulls, left-out keys and wrappers they describe,
//! independently of the spec's examples.

use std::time::Duration;

use serde_json::json;

use super::TestServer;

/// The access token the tests' clients send.
pub const TOKEN: &str = "t0k3n-agent-Rina-7";

/// An Application API client for the server, with a short timeout.
pub fn client_for(server: &TestServer) -> pembalasan_client::application::Client {
    pembalasan_client::application::Client::builder(server.base_url(), TOKEN)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client")
}

/// A contact as `api/v1/models/_contact` renders it: nulls for the unset fields, no
/// `last_activity_at` key (never active), and `contact_inboxes` only when asked.
pub fn contact(with_inboxes: bool) -> serde_json::Value {
    let mut contact = json!({
        "additional_attributes": {}, "availability_status": "offline", "email": null,
        "id": 1042, "name": "Siti Rahma", "phone_number": null, "blocked": false,
        "identifier": null, "thumbnail": "", "custom_attributes": {}, "created_at": 1768700000
    });
    if with_inboxes {
        contact["contact_inboxes"] = json!([contact_inbox()]);
    }
    contact
}

/// A contact with every field set, activity included.
pub fn active_contact() -> serde_json::Value {
    json!({
        "additional_attributes": {"city": "Bandung", "country": "Indonesia", "social_profiles": {"instagram": "siti"}},
        "availability_status": "online", "email": "siti@example.com", "id": 1042,
        "name": "Siti Rahma", "phone_number": "+6281234567890", "blocked": false,
        "identifier": "customer-1042", "thumbnail": "https://app.pembalasan.id/avatar/1042.png",
        "custom_attributes": {"plan": "premium", "since": "2024-03-01", "orders": 12, "vip": true},
        "last_activity_at": 1768811325, "created_at": 1768700000,
        "contact_inboxes": [contact_inbox()]
    })
}

/// A contact inbox with the six-key slim inbox.
pub fn contact_inbox() -> serde_json::Value {
    json!({
        "source_id": "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10",
        "inbox": {"id": 5, "avatar_url": "", "channel_id": 2, "name": "Toko Online",
                  "channel_type": "Channel::Api", "provider": null}
    })
}

/// An agent as `api/v1/models/_agent` renders it (no custom attributes, Community build: no
/// `custom_role_id`).
pub fn agent() -> serde_json::Value {
    json!({
        "id": 7, "account_id": 1, "availability_status": "online", "auto_offline": true,
        "confirmed": true, "email": "rina@toko.example", "provider": "email",
        "available_name": "Rina", "name": "Rina Wulandari", "role": "agent", "thumbnail": ""
    })
}

/// An administrator of an enterprise build, with custom attributes and a null custom role.
pub fn administrator() -> serde_json::Value {
    json!({
        "id": 1, "account_id": 1, "availability_status": "busy", "auto_offline": false,
        "confirmed": true, "email": "owner@toko.example", "provider": "email",
        "available_name": "Pak Hendra", "custom_attributes": {"phone_number": "+628111"},
        "name": "Hendra", "role": "administrator", "thumbnail": "", "custom_role_id": null
    })
}

/// An agent bot in the slim shape.
pub fn agent_bot_slim() -> serde_json::Value {
    json!({"id": 2, "name": "Bot Toko", "description": null, "thumbnail": "",
           "outgoing_url": "https://toko.example/bot", "bot_type": "webhook"})
}

/// An agent bot as the inbox's `agent_bot` view renders it: the token is the raw record.
pub fn agent_bot_with_token_record() -> serde_json::Value {
    json!({"id": 2, "name": "Bot Toko", "description": "Answers order questions",
           "thumbnail": "", "outgoing_url": "https://toko.example/bot", "bot_type": "webhook",
           "bot_config": {}, "account_id": 1,
           "access_token": {"id": 31, "owner_type": "AgentBot", "owner_id": 2, "token": "b0t-t0k3n",
                            "created_at": "2025-12-01T01:00:00.000Z", "updated_at": "2025-12-01T01:00:00.000Z"},
           "system_bot": false})
}

/// A team as `api/v1/models/_team` renders it.
pub fn team() -> serde_json::Value {
    json!({"id": 3, "name": "tim penagihan", "description": null, "allow_auto_assign": true,
           "account_id": 1, "is_member": false})
}

/// A team as its raw record (the assignment reply).
pub fn team_record() -> serde_json::Value {
    json!({"id": 3, "name": "tim penagihan", "description": "Billing", "allow_auto_assign": true,
           "account_id": 1, "created_at": "2025-11-02T03:14:15.926Z",
           "updated_at": "2026-01-10T09:00:00.000Z"})
}

/// The contact as a message sender.
pub fn contact_sender() -> serde_json::Value {
    json!({"additional_attributes": {}, "custom_attributes": {}, "email": null, "id": 1042,
           "identifier": null, "name": "Siti Rahma", "phone_number": null, "thumbnail": "",
           "blocked": false, "type": "contact"})
}

/// An agent as a message sender.
pub fn user_sender() -> serde_json::Value {
    json!({"id": 7, "name": "Rina Wulandari", "available_name": "Rina", "avatar_url": "",
           "type": "user", "availability_status": "online", "thumbnail": ""})
}

/// An image attachment.
pub fn image_attachment() -> serde_json::Value {
    json!({"id": 311, "message_id": 9003, "file_type": "image", "account_id": 1,
           "extension": null, "data_url": "https://app.pembalasan.id/blobs/resi.png",
           "thumb_url": "https://app.pembalasan.id/thumbs/resi.png", "file_size": 48213,
           "width": null, "height": null})
}

/// An incoming message in the push-event shape, with an attachment and a `null` element.
pub fn message_event() -> serde_json::Value {
    json!({
        "id": 9003, "content": null, "account_id": 1, "inbox_id": 5, "conversation_id": 42,
        "message_type": 0, "created_at": 1768811400, "updated_at": "2026-01-19T08:30:00.512Z",
        "private": false, "status": "sent", "source_id": null, "content_type": "text",
        "content_attributes": {}, "sender_type": "Contact", "sender_id": 1042,
        "external_source_ids": {}, "additional_attributes": {}, "processed_message_content": null,
        "sentiment": {},
        "conversation": {"assignee_id": 7, "unread_count": 1, "last_activity_at": 1768811400,
                          "contact_inbox": {"source_id": "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10"}},
        "attachments": [image_attachment(), null],
        "sender": contact_sender()
    })
}

/// An activity message in the push-event shape: no sender, no attachments, null sender type.
pub fn activity_event() -> serde_json::Value {
    json!({
        "id": 9004, "content": "Conversation was resolved by Rina", "account_id": 1,
        "inbox_id": 5, "conversation_id": 42, "message_type": 2, "created_at": 1768811500,
        "updated_at": "2026-01-19T08:31:40.000Z", "private": false, "status": "sent",
        "source_id": null, "content_type": "text", "content_attributes": {}, "sender_type": null,
        "sender_id": null, "external_source_ids": {}, "additional_attributes": {},
        "processed_message_content": "Conversation was resolved by Rina", "sentiment": {},
        "conversation": {"assignee_id": null, "unread_count": 0, "last_activity_at": 1768811500,
                          "contact_inbox": {"source_id": "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10"}}
    })
}

/// An outgoing message in the short shape (`api/v1/models/_message`).
pub fn message() -> serde_json::Value {
    json!({
        "id": 9002, "content": "Baik, kami cek dulu ya.", "inbox_id": 5, "conversation_id": 42,
        "message_type": 1, "content_type": "text", "status": "sent", "content_attributes": {},
        "created_at": 1768811410, "private": false, "source_id": null, "sender": user_sender()
    })
}

/// An unassigned conversation without a team: `assignee`, `assignee_type` and `team` left out,
/// no messages, the nulls and zeros of a fresh conversation.
pub fn conversation() -> serde_json::Value {
    json!({
        "meta": {"sender": contact(false), "channel": "Channel::Api", "hmac_verified": null},
        "id": 42, "messages": [], "account_id": 1,
        "uuid": "5d0e6a34-7f0e-4a7c-8b3b-1c2d3e4f5a6b", "additional_attributes": {},
        "agent_last_seen_at": 0, "assignee_last_seen_at": 0, "can_reply": true,
        "contact_last_seen_at": 0, "custom_attributes": {}, "inbox_id": 5, "labels": [],
        "muted": false, "snoozed_until": null, "status": "open", "created_at": 1768811300,
        "updated_at": 1768811330.406127, "timestamp": 1768811300, "first_reply_created_at": 0,
        "unread_count": 0, "last_non_activity_message": null, "last_activity_at": 1768811300,
        "priority": null, "waiting_since": 0, "sla_policy_id": null
    })
}

/// An assigned, snoozed conversation with a team, a last message and enterprise SLA keys.
pub fn assigned_conversation() -> serde_json::Value {
    let mut conversation = conversation();
    conversation["meta"] = json!({
        "sender": active_contact(), "channel": "Channel::Whatsapp", "assignee": agent(),
        "assignee_type": "User", "team": team(), "hmac_verified": false
    });
    conversation["messages"] = json!([activity_event()]);
    conversation["last_non_activity_message"] = message_event();
    conversation["labels"] = json!(["pengiriman", "vip"]);
    conversation["status"] = json!("snoozed");
    conversation["snoozed_until"] = json!("2026-01-21T02:00:00.000Z");
    conversation["priority"] = json!("urgent");
    conversation["unread_count"] = json!(10);
    conversation["agent_last_seen_at"] = json!(1768811350);
    conversation["waiting_since"] = json!(1768811400);
    conversation["applied_sla"] = json!({"id": 4, "sla_status": "active"});
    conversation["sla_events"] = json!([]);
    conversation
}

/// The four counts of a list or filter reply.
pub fn counts() -> serde_json::Value {
    json!({"mine_count": 1, "assigned_count": 3, "unassigned_count": 2, "all_count": 5})
}

/// An API inbox as `api/v1/models/_inbox` renders it for an administrator: the widget keys
/// present with `null`, the API keys and `hmac_token` present.
pub fn api_inbox() -> serde_json::Value {
    json!({
        "id": 5, "avatar_url": "", "channel_id": 2, "name": "Toko Online",
        "channel_type": "Channel::Api", "greeting_enabled": false, "greeting_message": null,
        "working_hours_enabled": false, "enable_email_collect": true, "csat_survey_enabled": false,
        "csat_config": {}, "enable_auto_assignment": true, "auto_assignment_config": {},
        "out_of_office_message": null, "working_hours": working_hours(), "timezone": "UTC",
        "callback_webhook_url": null, "allow_messages_after_resolved": true,
        "lock_to_single_conversation": false, "sender_name_type": "friendly",
        "business_name": null, "allowed_domains": null, "widget_color": null, "website_url": null,
        "hmac_mandatory": false, "welcome_title": null, "welcome_tagline": null,
        "web_widget_script": null, "website_token": null, "selected_feature_flags": null,
        "reply_time": null, "messaging_service_sid": null, "phone_number": null,
        "hmac_token": "hDz9tQ2kL7vN3xB8cF1mR6wY", "webhook_url": null,
        "inbox_identifier": "gRm2tDvqp5uZ1NfeH8KVxYw3", "additional_attributes": {},
        "provider": null
    })
}

/// A website inbox as an agent sees it: the widget keys set, no `hmac_token`, a help center.
pub fn website_inbox() -> serde_json::Value {
    json!({
        "id": 6, "avatar_url": "https://app.pembalasan.id/inbox/6.png", "channel_id": 4,
        "name": "Website", "channel_type": "Channel::WebWidget", "greeting_enabled": true,
        "greeting_message": "Halo! Ada yang bisa kami bantu?", "working_hours_enabled": true,
        "enable_email_collect": true, "csat_survey_enabled": true,
        "csat_config": {"display_type": "emoji", "message": "Bagaimana layanan kami?"},
        "enable_auto_assignment": true, "auto_assignment_config": {"max_assignment_limit": 5},
        "out_of_office_message": "Kami buka jam 9.", "working_hours": working_hours(),
        "timezone": "Asia/Jakarta", "callback_webhook_url": null,
        "allow_messages_after_resolved": true, "lock_to_single_conversation": true,
        "sender_name_type": "professional", "business_name": "Toko Sejahtera",
        "help_center": {"name": "Bantuan", "slug": "bantuan"},
        "allowed_domains": "", "widget_color": "#1f93ff", "website_url": "https://toko.example",
        "hmac_mandatory": false, "welcome_title": "Hai", "welcome_tagline": "Kami siap membantu",
        "web_widget_script": "<script>window.chatwootSettings = {};</script>",
        "website_token": "WebT0ken6", "selected_feature_flags": ["attachments", "emoji_picker"],
        "reply_time": "in_a_few_minutes", "pre_chat_form_enabled": false,
        "pre_chat_form_options": {"pre_chat_message": "Share your queries or comments here.", "pre_chat_fields": []},
        "continuity_via_email": true, "messaging_service_sid": null, "phone_number": null,
        "provider": null
    })
}

/// Seven working-hour rows, Sunday closed with null hours.
pub fn working_hours() -> serde_json::Value {
    let mut rows = vec![
        json!({"day_of_week": 0, "closed_all_day": true, "open_hour": null,
        "open_minutes": null, "close_hour": null, "close_minutes": null, "open_all_day": false}),
    ];
    for day in 1..=5 {
        rows.push(
            json!({"day_of_week": day, "closed_all_day": false, "open_hour": 9,
            "open_minutes": 0, "close_hour": 17, "close_minutes": 0, "open_all_day": false}),
        );
    }
    rows.push(
        json!({"day_of_week": 6, "closed_all_day": true, "open_hour": null,
        "open_minutes": null, "close_hour": null, "close_minutes": null, "open_all_day": false}),
    );
    serde_json::Value::Array(rows)
}

/// An inbox as its raw database record (the contact-create reply).
pub fn inbox_record() -> serde_json::Value {
    json!({
        "id": 5, "channel_id": 2, "account_id": 1, "name": "Toko Online",
        "created_at": "2025-11-02T03:14:15.926Z", "updated_at": "2026-01-10T09:00:00.000Z",
        "channel_type": "Channel::Api", "enable_auto_assignment": true, "greeting_enabled": false,
        "greeting_message": null, "email_address": null, "working_hours_enabled": false,
        "out_of_office_message": null, "timezone": "UTC", "enable_email_collect": true,
        "csat_survey_enabled": false, "allow_messages_after_resolved": true,
        "auto_assignment_config": {}, "lock_to_single_conversation": false, "portal_id": null,
        "sender_name_type": "friendly", "business_name": null, "csat_config": {}
    })
}

/// A note whose `account_id` and `contact_id` are null, as every note's are.
pub fn note() -> serde_json::Value {
    json!({"id": 77, "content": "Prefers WhatsApp after 17:00.", "account_id": null,
           "contact_id": null, "user": agent(), "created_at": 1768811500, "updated_at": 1768811500})
}

/// The account as `get_account` renders it.
pub fn account() -> serde_json::Value {
    json!({
        "settings": {"auto_resolve_after": 1440}, "created_at": "2025-10-01T02:00:00.000Z",
        "custom_attributes": {"plan_name": null, "subscribed_quantity": null,
                              "subscription_status": null, "subscription_ends_on": null,
                              "industry": "Retail"},
        "domain": null, "features": {"agent_bots": true, "channel_website": true}, "id": 1,
        "locale": "id", "name": "Toko Sejahtera", "support_email": null, "status": "active",
        "cache_keys": {"label": "1768800000", "inbox": "1768700000", "team": "0000000000"},
        "latest_chatwoot_version": null
    })
}

/// The caller's profile.
pub fn profile() -> serde_json::Value {
    json!({
        "access_token": "t0k3n-agent-Rina-7", "account_id": 1, "available_name": "Rina",
        "avatar_url": "", "confirmed": true, "display_name": null, "message_signature": null,
        "email": "rina@toko.example", "id": 7, "inviter_id": 1, "name": "Rina Wulandari",
        "provider": "email", "pubsub_token": "pQ4tJ9wzXk1vB6mNc2rS8fYd", "role": "agent",
        "ui_settings": {"is_conversation_sidebar_open": true}, "uid": "rina@toko.example",
        "type": null,
        "accounts": [{"id": 1, "name": "Toko Sejahtera", "status": "active",
                      "active_at": "2026-01-19T08:40:00.123Z", "role": "agent",
                      "permissions": ["agent"], "availability": "online",
                      "availability_status": "offline", "auto_offline": true},
                     {"id": 9, "name": "Toko Cabang", "status": "suspended", "active_at": null,
                      "role": "administrator", "permissions": ["administrator"],
                      "availability": "busy", "availability_status": "busy", "auto_offline": false}]
    })
}

/// The error bodies the server sends, by status: `(status, body, ApiError variant name)`.
pub fn error_bodies() -> Vec<(u16, serde_json::Value, &'static str)> {
    vec![
        (401, json!({"error": "Invalid Access Token"}), "Message"),
        (
            401,
            json!({"errors": ["You need to sign in or sign up before continuing."]}),
            "Messages",
        ),
        (
            404,
            json!({"error": "Resource could not be found"}),
            "Message",
        ),
        (404, json!({"status": 404, "error": "Not Found"}), "Status"),
        (
            422,
            json!({"message": "Email has already been taken", "attributes": ["email"]}),
            "RecordInvalid",
        ),
        (
            422,
            json!({"message": "Siti rahma is Online, please try again later"}),
            "Notice",
        ),
        (
            402,
            json!({"error": "Account limit exceeded. Please purchase more licenses"}),
            "Message",
        ),
        (
            422,
            json!({"error": {"name": ["can't be blank"], "actions": ["is invalid"]}}),
            "Fields",
        ),
        (
            500,
            json!({"status": 500, "error": "Internal Server Error"}),
            "Status",
        ),
    ]
}

/// A webhook: as the baseline renders it (no secret, no inbox), or as newer servers do for an
/// administrator (`secret`, and `inbox` for one limited to an inbox).
pub fn webhook(newer: bool) -> serde_json::Value {
    let mut webhook = json!({"id": 3, "name": null, "url": "https://crm.toko.example/hook", "account_id": 1,
                             "subscriptions": ["message_created", "conversation_typing_on"]});
    if newer {
        webhook["name"] = json!("CRM sync");
        webhook["secret"] = json!("Wb3nQ8sKd2Lx7Rv0Tz5Hc9Mf4Jp6Ya1E");
        webhook["inbox"] = json!({"id": 5, "name": "Toko Online"});
        webhook["subscriptions"] = json!(["message_created", "agent_added"]);
    }
    webhook
}

/// An agent bot of the account as `api/v1/models/_agent_bot` renders it for an administrator of
/// a newer server: its token as a string and the `secret` that signs its deliveries.
pub fn account_agent_bot() -> serde_json::Value {
    json!({"id": 2, "name": "Bot Toko", "description": null, "thumbnail": "",
           "outgoing_url": "https://bot.toko.example/hook", "bot_type": "webhook",
           "bot_config": {"language": "id"}, "account_id": 1,
           "access_token": "Bt6kQ2mX9pL4sV7d", "secret": "s3cr3t-b0t-hmac", "system_bot": false})
}

/// A global system bot: no `outgoing_url`, no token, a `null` account.
pub fn system_agent_bot() -> serde_json::Value {
    json!({"id": 1, "name": "Captain", "description": "Answers from the help center",
           "thumbnail": "https://app.pembalasan.id/bot.png", "bot_type": "webhook",
           "bot_config": {}, "account_id": null, "system_bot": true})
}

/// A canned response, the record as ActiveRecord writes it.
pub fn canned_response() -> serde_json::Value {
    json!({"id": 4, "account_id": 1, "short_code": "resi",
           "content": "Nomor resi Anda: {{conversation.custom_attribute.resi}}",
           "created_at": "2026-01-10T03:12:45.120Z", "updated_at": "2026-01-11T08:00:00.000Z"})
}

/// A label with the two nullable fields `null`.
pub fn label() -> serde_json::Value {
    json!({"id": 4, "title": "vip", "description": null, "color": "#ff6b6b", "show_on_sidebar": null})
}

/// A custom attribute definition of a list attribute, as the stored view renders it (no
/// `regex_cue`), with a default value.
pub fn custom_attribute_definition() -> serde_json::Value {
    json!({"id": 7, "attribute_display_name": "Paket", "attribute_display_type": "list",
           "attribute_description": null, "attribute_key": "plan", "regex_pattern": null,
           "attribute_values": ["basic", "premium"], "attribute_model": "contact_attribute",
           "default_value": "basic", "created_at": "2026-01-05T09:31:00.000Z",
           "updated_at": "2026-01-05T09:31:00.000Z"})
}

/// A saved contact filter.
pub fn custom_filter() -> serde_json::Value {
    json!({"id": 12, "name": "Jakarta", "filter_type": "contact",
           "query": {"payload": [{"attribute_key": "city", "filter_operator": "equal_to",
                                  "values": ["Jakarta"], "query_operator": null}]},
           "created_at": "2026-01-12T02:00:00.000Z", "updated_at": "2026-01-12T02:00:00.000Z"})
}

/// An automation rule with an attachment (`files`), conditions with ids and a `null` operator.
pub fn automation_rule() -> serde_json::Value {
    json!({"id": 15, "account_id": 1, "name": "VIP to the team", "description": null,
           "event_name": "conversation_created",
           "conditions": [{"attribute_key": "inbox_id", "filter_operator": "equal_to",
                           "values": [5], "query_operator": "and", "custom_attribute_type": ""},
                          {"attribute_key": "browser_language", "filter_operator": "equal_to",
                           "values": ["id"], "query_operator": null}],
           "actions": [{"action_name": "assign_team", "action_params": [3]},
                       {"action_name": "send_attachment", "action_params": [77]}],
           "created_on": 1768300000, "active": true,
           "files": [{"id": 77, "file_url": "https://app.pembalasan.id/rails/active_storage/blobs/77/brosur.pdf",
                      "blob_id": 77, "filename": "brosur.pdf"}]})
}

/// A macro wrapped in `payload`, with its author and no updater.
pub fn macro_reply() -> serde_json::Value {
    json!({"payload": {"id": 9, "name": "Selesai", "visibility": "personal",
                       "created_by": agent(), "account_id": 1,
                       "actions": [{"action_name": "resolve_conversation"}]}})
}

/// A hook as administrators see it (with `settings` and `reference_id`).
pub fn hook() -> serde_json::Value {
    json!({"id": 8, "app_id": "openai", "status": true, "inbox": null, "account_id": 1,
           "hook_type": "account", "settings": {"label_suggestion": true}, "reference_id": null})
}

/// An integration app as an administrator sees it: the app's settings keys and the install URL.
pub fn integration_app() -> serde_json::Value {
    json!({"id": "openai", "name": "OpenAI", "description": "Writing help from OpenAI",
           "short_description": null, "enabled": true, "logo": "openai.png",
           "hook_type": "account", "allow_multiple_hooks": false,
           "action": "/openai", "button": "/openai", "hooks": [hook()]})
}

/// A CSAT response whose contact is gone and nobody was assigned: both keys left out.
pub fn csat_response() -> serde_json::Value {
    json!({"id": 30, "rating": 2, "feedback_message": null, "csat_review_notes": null,
           "review_notes_updated_at": null, "account_id": 1, "message_id": 8990,
           "conversation_id": 40, "created_at": 1768800000})
}

/// A page of audit logs: one of a newer server (`auditable`), one of the baseline.
pub fn audit_log_page() -> serde_json::Value {
    json!({"per_page": 25, "total_entries": 2, "current_page": 1, "audit_logs": [
        {"id": 501, "auditable_id": 7, "auditable_type": "AccountUser",
         "auditable": {"id": 7, "name": "Rina Wulandari"}, "associated_id": 1,
         "associated_type": "Account", "user_id": 1, "user_type": "User",
         "username": "owner@toko.example", "action": "sign_in", "audited_changes": {},
         "version": 1, "comment": null, "request_uuid": null, "created_at": 1768810000,
         "remote_address": "203.0.113.xxx", "location": "Jakarta, Indonesia"},
        {"id": 500, "auditable_id": 5, "auditable_type": "Inbox", "associated_id": 1,
         "associated_type": "Account", "user_id": null, "user_type": null, "username": null,
         "action": "update", "audited_changes": {"name": ["Toko", "Toko Online"]}, "version": 2,
         "comment": null, "request_uuid": "6f1c3f0e", "created_at": 1768800000,
         "remote_address": null}
    ]})
}

/// A portal as `portals/_portal` renders it on a newer server, with a logo and no inbox.
pub fn portal() -> serde_json::Value {
    json!({"id": 2, "color": null, "custom_domain": null, "header_text": null,
           "homepage_link": null, "name": "Bantuan", "page_title": null, "slug": "bantuan",
           "archived": false, "account_id": 1,
           "config": {"allowed_locales": [{"code": "id", "articles_count": 3, "categories_count": 1, "draft": false},
                                          {"code": "en", "articles_count": 0, "categories_count": 0, "draft": true}],
                      "default_locale": "id", "layout": "classic", "social_profiles": {},
                      "locale_translations": {}, "popular_content": {}},
           "logo": {"id": 3, "file_url": "https://app.pembalasan.id/logo.png", "filename": "logo.png"},
           "meta": {"all_articles_count": 3, "archived_articles_count": 0, "published_count": 2,
                    "draft_articles_count": 1, "categories_count": 1, "default_locale": "id"}})
}

/// A category with a parent, the newest view (`icon`, `meta`).
pub fn category() -> serde_json::Value {
    json!({"id": 5, "name": "Retur", "slug": "retur", "locale": "id", "description": null,
           "position": null, "account_id": 1, "icon": "📦", "related_categories": [],
           "parent_category": {"id": 4, "name": "Pengiriman", "slug": "pengiriman", "locale": "id",
                               "description": "Semua tentang pengiriman", "position": 1, "account_id": 1},
           "meta": {"articles_count": 0}})
}

/// An article without a category (its `category` has `null`s) and without an author.
pub fn article() -> serde_json::Value {
    json!({"id": 32, "slug": "1768700000-jam-buka", "title": "Jam buka", "content": null,
           "description": null, "status": "draft", "position": null, "account_id": 1,
           "updated_at": 1768700000, "meta": {},
           "category": {"id": null, "name": null, "slug": null, "locale": null},
           "views": null, "associated_articles": []})
}

/// `Conversation#webhook_data`: ISO `first_reply_created_at`, the whole contact inbox record.
pub fn webhook_conversation() -> serde_json::Value {
    json!({
        "additional_attributes": {"browser_language": "id"}, "can_reply": true, "channel": "Channel::Api",
        "contact_inbox": {"id": 88, "contact_id": 1042, "inbox_id": 5,
            "source_id": "0f8b6c2e-3c41-4b8e-9a53-2f1d3c9e7a10", "created_at": "2026-01-19T08:00:00.000Z",
            "updated_at": "2026-01-19T08:00:00.000Z", "hmac_verified": false, "pubsub_token": "pQ4tJ9wzXk1vB6mN"},
        "id": 42, "inbox_id": 5, "messages": [message_event()], "labels": ["pengiriman"],
        "meta": {"sender": contact_sender(), "assignee": user_sender(),
                 "assignee_type": "User", "team": {"id": 3, "name": "tim penagihan"}, "hmac_verified": null},
        "status": "open", "custom_attributes": {}, "snoozed_until": null, "unread_count": 2,
        "first_reply_created_at": "2026-01-19T08:00:12.204Z", "priority": null, "waiting_since": 1768810000,
        "agent_last_seen_at": 0, "contact_last_seen_at": 1768810400, "last_activity_at": 1768810500,
        "timestamp": 1768810500, "created_at": 1768810000, "updated_at": 1768810500.129408
    })
}
