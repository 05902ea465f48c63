//! Replies of the Platform API as the server renders them, written from the reference
//! (`../shared/docs/application/other-resources.md`, section 14) with the nulls, left-out keys
//! and raw records it describes, independently of the spec's examples.

use std::time::Duration;

use serde_json::json;

use super::TestServer;

/// The platform app's access token the tests' clients send.
pub const TOKEN: &str = "pl4tf0rm-app-Provisioner-3";

/// A Platform API client for the server, with a short timeout.
pub fn client_for(server: &TestServer) -> pembalasan_client::platform::Client {
    pembalasan_client::platform::Client::builder(server.base_url(), TOKEN)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client")
}

/// A user as `platform/api/v1/models/_user` renders it: no `custom_attributes` key (empty),
/// `""` for no avatar, a `null` display name and message signature.
pub fn user() -> serde_json::Value {
    json!({
        "access_token": "u5er-t0ken-Rina", "account_id": 3, "available_name": "Rina Wulandari",
        "avatar_url": "", "confirmed": true, "display_name": null, "message_signature": null,
        "email": "rina@toko.example", "id": 17, "name": "Rina Wulandari", "provider": "email",
        "pubsub_token": "pub5ub-Rina", "role": "agent", "ui_settings": {},
        "uid": "rina@toko.example",
        "accounts": [{"id": 3, "name": "Toko Sejahtera", "active_at": null, "role": "agent"}]
    })
}

/// A user of no account yet, with custom attributes and a display name.
pub fn new_user() -> serde_json::Value {
    json!({
        "access_token": "u5er-t0ken-Bayu", "account_id": null, "available_name": "Bayu",
        "avatar_url": "", "confirmed": true, "display_name": "Bayu",
        "email": "bayu@toko.example", "id": 18, "name": "Bayu Saputra", "provider": "email",
        "pubsub_token": "pub5ub-Bayu", "custom_attributes": {"crm_id": "C-7"}, "role": null,
        "ui_settings": {}, "uid": "bayu@toko.example", "accounts": []
    })
}

/// An account as `platform/api/v1/models/_account` renders it.
pub fn account() -> serde_json::Value {
    json!({
        "id": 3, "name": "Toko Sejahtera", "locale": "id", "domain": null,
        "support_email": null, "features": {"help_center": true, "inbound_emails": false},
        "custom_attributes": {}, "limits": {}, "status": "active"
    })
}

/// A membership as its raw database record (`as_json`), with enterprise columns.
pub fn account_user() -> serde_json::Value {
    json!({
        "id": 21, "account_id": 3, "user_id": 17, "role": "administrator", "inviter_id": null,
        "created_at": "2026-01-19T08:00:12.204Z", "updated_at": "2026-01-20T09:30:00.000Z",
        "active_at": null, "availability": "offline", "auto_offline": true,
        "custom_role_id": null
    })
}

/// An agent bot as `platform/api/v1/models/_agent_bot` renders it, with the bug of servers up
/// to early 2026: `outgoing_url` is the bot's name.
pub fn agent_bot() -> serde_json::Value {
    json!({
        "id": 5, "name": "Bot Gudang", "description": null, "outgoing_url": "Bot Gudang",
        "account_id": 3
    })
}

/// A bot of the whole installation (no account).
pub fn system_agent_bot() -> serde_json::Value {
    json!({
        "id": 6, "name": "Bot Umum", "description": "Greets", "outgoing_url": "Bot Umum",
        "account_id": null
    })
}

/// Every error body the Platform API really sends, with its status and the `ApiError`
/// variant it decodes as.
pub fn error_bodies() -> Vec<(u16, serde_json::Value, &'static str)> {
    vec![
        (401, json!({"error": "Invalid access_token"}), "Refused"),
        (401, json!({"error": "Non permissible resource"}), "Refused"),
        (404, json!({"status": 404, "error": "Not Found"}), "Status"),
        (
            422,
            json!({"message": "Email has already been taken", "attributes": ["email"]}),
            "RecordInvalid",
        ),
        (
            500,
            json!({"status": 500, "error": "Internal Server Error"}),
            "Status",
        ),
        (400, json!({"error": "Bad Request"}), "Message"),
    ]
}
