//! Every operation of the Platform API, called with fixed arguments, with what it must send and
//! a reply the server could give: the table that `platform_operations.rs` runs against a local
//! server and `xtask/tests/contract_token_families.rs` against Prism. Included by those two with
//! `#[path]` (beside `mod support;`), so the other tests do not compile it.

#![allow(dead_code)] // each file that includes this table uses a different part of it

use std::future::Future;
use std::pin::Pin;

use pembalasan_client::platform::types;
use pembalasan_client::{Error, ResponseValue};
use serde_json::json;

use crate::support::platform;

// A separate group: rustfmt orders the names of one `use` differently in the 2021 edition of
// the client's tests and the 2024 edition of xtask's, which both include this file.
use crate::support::table::Decoded;

/// What a call ends in.
pub type Outcome = Result<Decoded, Error<types::ApiError>>;

/// One operation, called with fixed arguments.
pub type Call = crate::support::table::CallOf<pembalasan_client::platform::Client, types::ApiError>;

/// One row of the table.
pub type Case = crate::support::table::Case<Call>;

/// The decoded reply, serialised back to JSON.
#[allow(clippy::result_large_err)] // the client's own error type, as its calls return it
pub fn outcome<T: serde::Serialize>(
    result: Result<ResponseValue<T>, Error<types::ApiError>>,
) -> Outcome {
    result.map(Decoded::json)
}

/// A [`Call`] from a closure-like expression over the client `c`.
macro_rules! call {
    (|$c:ident| $body:expr) => {{
        fn call<'a>(
            $c: &'a pembalasan_client::platform::Client,
        ) -> Pin<Box<dyn Future<Output = Outcome> + Send + 'a>> {
            Box::pin(async move { outcome($body.await) })
        }
        call as Call
    }};
}

/// Free-form attributes from a JSON object.
fn attributes(value: serde_json::Value) -> types::FreeFormAttributes {
    serde_json::from_value(value).expect("a JSON object")
}

/// Features by name.
fn features(value: serde_json::Value) -> types::Features {
    serde_json::from_value(value).expect("a JSON object of booleans")
}

/// Every operation, once.
pub fn cases() -> Vec<Case> {
    let mut cases = user_cases();
    cases.extend(account_cases());
    cases.extend(agent_bot_cases());
    cases
}

/// Users.
fn user_cases() -> Vec<Case> {
    vec![
        Case {
            operation: "create_user",
            method: "POST",
            status: 200,
            target: "/platform/api/v1/users",
            body: Some(json!({
                "name": "Bayu Saputra", "email": "bayu@toko.example", "password": "Rahasia!2026",
                "custom_attributes": {"crm_id": "C-7"}
            })),
            reply: Some(platform::new_user()),
            call: call!(|c| c
                .create_user()
                .body(
                    types::NewUser::builder()
                        .name("Bayu Saputra".to_owned())
                        .email("bayu@toko.example".to_owned())
                        .password("Rahasia!2026".to_owned())
                        .custom_attributes(Some(attributes(json!({"crm_id": "C-7"})))),
                )
                .send()),
        },
        Case {
            operation: "get_user",
            method: "GET",
            status: 200,
            target: "/platform/api/v1/users/17",
            body: None,
            reply: Some(platform::user()),
            call: call!(|c| c.get_user().user_id(17).send()),
        },
        Case {
            operation: "update_user",
            method: "PATCH",
            status: 200,
            target: "/platform/api/v1/users/17",
            body: Some(json!({"display_name": "Rina W.", "email": "rina.w@toko.example"})),
            reply: Some(platform::user()),
            call: call!(|c| c
                .update_user()
                .user_id(17)
                .body(
                    types::UserChanges::builder()
                        .display_name(Some("Rina W.".to_owned()))
                        .email(Some("rina.w@toko.example".to_owned())),
                )
                .send()),
        },
        Case {
            operation: "delete_user",
            method: "DELETE",
            status: 200,
            target: "/platform/api/v1/users/17",
            body: None,
            reply: None,
            call: call!(|c| c.delete_user().user_id(17).send()),
        },
        Case {
            operation: "get_user_login_link",
            method: "GET",
            status: 200,
            target: "/platform/api/v1/users/17/login",
            body: None,
            reply: Some(json!({
                "url": "https://app.pembalasan.id/app/login?email=rina%40toko.example&sso_auth_token=5f1d"
            })),
            call: call!(|c| c.get_user_login_link().user_id(17).send()),
        },
        Case {
            operation: "get_user_access_token",
            method: "POST",
            status: 200,
            target: "/platform/api/v1/users/17/token",
            body: None,
            reply: Some(json!({
                "access_token": "u5er-t0ken-Rina", "expiry": null,
                "user": {"id": 17, "name": "Rina Wulandari", "display_name": null,
                         "email": "rina@toko.example", "pubsub_token": "pub5ub-Rina"}
            })),
            call: call!(|c| c.get_user_access_token().user_id(17).send()),
        },
    ]
}

/// Accounts and their members.
fn account_cases() -> Vec<Case> {
    vec![
        Case {
            operation: "list_accounts",
            method: "GET",
            status: 200,
            target: "/platform/api/v1/accounts",
            body: None,
            reply: Some(json!([platform::account()])),
            call: call!(|c| c.list_accounts().send()),
        },
        Case {
            operation: "create_account",
            method: "POST",
            status: 200,
            target: "/platform/api/v1/accounts",
            body: Some(json!({
                "name": "Toko Sejahtera", "locale": "id", "features": {"help_center": true},
                "limits": {"agents": 10}
            })),
            reply: Some(platform::account()),
            call: call!(|c| c
                .create_account()
                .body(
                    types::NewAccount::builder()
                        .name("Toko Sejahtera".to_owned())
                        .locale(Some("id".to_owned()))
                        .features(Some(features(json!({"help_center": true}))))
                        .limits(Some(attributes(json!({"agents": 10})))),
                )
                .send()),
        },
        Case {
            operation: "get_account",
            method: "GET",
            status: 200,
            target: "/platform/api/v1/accounts/3",
            body: None,
            reply: Some(platform::account()),
            call: call!(|c| c.get_account().account_id(3).send()),
        },
        Case {
            operation: "update_account",
            method: "PATCH",
            status: 200,
            target: "/platform/api/v1/accounts/3",
            body: Some(json!({"status": "suspended"})),
            reply: Some(platform::account()),
            call: call!(|c| c
                .update_account()
                .account_id(3)
                .body(
                    types::AccountChanges::builder()
                        .status(Some(types::KnownAccountStatus::Suspended)),
                )
                .send()),
        },
        Case {
            operation: "delete_account",
            method: "DELETE",
            status: 200,
            target: "/platform/api/v1/accounts/3",
            body: None,
            reply: None,
            call: call!(|c| c.delete_account().account_id(3).send()),
        },
        Case {
            operation: "list_account_users",
            method: "GET",
            status: 200,
            target: "/platform/api/v1/accounts/3/account_users",
            body: None,
            reply: Some(json!([platform::account_user()])),
            call: call!(|c| c.list_account_users().account_id(3).send()),
        },
        Case {
            operation: "add_account_user",
            method: "POST",
            status: 200,
            target: "/platform/api/v1/accounts/3/account_users",
            body: Some(json!({"user_id": 17, "role": "administrator"})),
            reply: Some(platform::account_user()),
            call: call!(|c| c
                .add_account_user()
                .account_id(3)
                .body(
                    types::AccountUserRequest::builder()
                        .user_id(17)
                        .role(types::RoleInput::Administrator),
                )
                .send()),
        },
        Case {
            operation: "remove_account_user",
            method: "DELETE",
            status: 200,
            target: "/platform/api/v1/accounts/3/account_users",
            body: Some(json!({"user_id": 17})),
            reply: None,
            call: call!(|c| c
                .remove_account_user()
                .account_id(3)
                .body(types::RemoveAccountUserRequest::builder().user_id(17))
                .send()),
        },
    ]
}

/// Agent bots.
fn agent_bot_cases() -> Vec<Case> {
    vec![
        Case {
            operation: "list_agent_bots",
            method: "GET",
            status: 200,
            target: "/platform/api/v1/agent_bots",
            body: None,
            reply: Some(json!([platform::agent_bot(), platform::system_agent_bot()])),
            call: call!(|c| c.list_agent_bots().send()),
        },
        Case {
            operation: "create_agent_bot",
            method: "POST",
            status: 200,
            target: "/platform/api/v1/agent_bots",
            body: Some(json!({
                "name": "Bot Gudang", "outgoing_url": "https://gudang.toko.example/bot",
                "account_id": 3
            })),
            reply: Some(platform::agent_bot()),
            call: call!(|c| c
                .create_agent_bot()
                .body(
                    types::NewPlatformAgentBot::builder()
                        .name("Bot Gudang".to_owned())
                        .outgoing_url(Some("https://gudang.toko.example/bot".to_owned()))
                        .account_id(Some(3)),
                )
                .send()),
        },
        Case {
            operation: "get_agent_bot",
            method: "GET",
            status: 200,
            target: "/platform/api/v1/agent_bots/5",
            body: None,
            reply: Some(platform::agent_bot()),
            call: call!(|c| c.get_agent_bot().agent_bot_id(5).send()),
        },
        Case {
            operation: "update_agent_bot",
            method: "PATCH",
            status: 200,
            target: "/platform/api/v1/agent_bots/5",
            body: Some(json!({"description": "Stock and shipping"})),
            reply: Some(platform::agent_bot()),
            call: call!(|c| c
                .update_agent_bot()
                .agent_bot_id(5)
                .body(
                    types::PlatformAgentBotChanges::builder()
                        .description(Some("Stock and shipping".to_owned())),
                )
                .send()),
        },
        Case {
            operation: "delete_agent_bot",
            method: "DELETE",
            status: 200,
            target: "/platform/api/v1/agent_bots/5",
            body: None,
            reply: None,
            call: call!(|c| c.delete_agent_bot().agent_bot_id(5).send()),
        },
        Case {
            operation: "delete_agent_bot_avatar",
            method: "DELETE",
            status: 204,
            target: "/platform/api/v1/agent_bots/5/avatar",
            body: None,
            reply: None,
            call: call!(|c| c.delete_agent_bot_avatar().agent_bot_id(5).send()),
        },
    ]
}
