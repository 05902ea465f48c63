//! Provisioning a shop through the Platform API, and how a crate that does this tests its code
//! with no network, using the typed httpmock helpers of the `mock` feature
//! (`pembalasan_client::platform::mock`).
//!
//! Run it against an installation with `PEMBALASAN_BASE_URL` and `PEMBALASAN_PLATFORM_TOKEN`
//! set; the tests below run in this repository's suite (`cargo test --all-features`).

use pembalasan_client::platform::types::{self, ApiError};
use pembalasan_client::platform::Client;
use pembalasan_client::Error;

/// Your code: an account for a new shop with its owner as administrator; returns the account
/// id and the owner's single sign-on link (a credential: hand it to the owner only).
pub async fn provision_shop(
    client: &Client,
    shop: &str,
    owner: &str,
    email: &str,
    password: &str,
) -> Result<(i64, String), Error<ApiError>> {
    let account = client
        .create_account()
        .body(types::NewAccount::builder().name(shop.to_owned()))
        .send()
        .await?
        .into_inner();
    let user = client
        .create_user()
        .body(
            types::NewUser::builder()
                .name(owner.to_owned())
                .email(email.to_owned())
                .password(password.to_owned()),
        )
        .send()
        .await?
        .into_inner();
    client
        .add_account_user()
        .account_id(account.id)
        .body(
            types::AccountUserRequest::builder()
                .user_id(user.id)
                .role(types::RoleInput::Administrator),
        )
        .send()
        .await?;
    let link = client
        .get_user_login_link()
        .user_id(user.id)
        .send()
        .await?
        .into_inner();
    Ok((account.id, link.url))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder(
        std::env::var("PEMBALASAN_BASE_URL")?,
        std::env::var("PEMBALASAN_PLATFORM_TOKEN")?,
    )
    .build()?;
    let (account_id, _link) = provision_shop(
        &client,
        "Toko Sejahtera",
        "Rina Wulandari",
        "rina@toko.example",
        &std::env::var("OWNER_PASSWORD")?,
    )
    .await?;
    println!("account {account_id} is ready; the owner's sign-in link was not printed");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use pembalasan_client::platform::mock::MockServerExt;
    use serde_json::json;

    fn decode<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
        serde_json::from_value(value).expect("a reply the server could send")
    }

    #[tokio::test]
    async fn makes_the_account_the_owner_and_the_membership() {
        let server = httpmock::MockServer::start_async().await;
        let account = server.create_account(|when, then| {
            when.body(
                &types::NewAccount::builder()
                    .name("Toko Sejahtera".to_owned())
                    .try_into()
                    .expect("valid"),
            );
            then.ok(&decode(
                json!({"id": 3, "name": "Toko Sejahtera", "locale": "en",
                "domain": null, "support_email": null, "custom_attributes": {}, "limits": {},
                "status": "active"}),
            ));
        });
        let user = server.create_user(|_, then| {
            then.ok(&decode(json!({"access_token": "t", "account_id": null,
                "available_name": "Rina", "avatar_url": "", "confirmed": true,
                "display_name": null, "email": "rina@toko.example", "id": 17,
                "name": "Rina Wulandari", "provider": "email", "pubsub_token": "p", "role": null,
                "ui_settings": {}, "uid": "rina@toko.example", "accounts": []})));
        });
        let member = server.add_account_user(|when, then| {
            when.account_id(3).body(&types::AccountUserRequest {
                user_id: 17,
                role: types::RoleInput::Administrator,
            });
            then.ok(&decode(json!({"id": 21, "account_id": 3, "user_id": 17,
                "role": "administrator", "created_at": "2026-01-19T08:00:12.204Z",
                "updated_at": "2026-01-19T08:00:12.204Z"})));
        });
        let link = server.get_user_login_link(|when, then| {
            when.user_id(17);
            then.ok(&types::LoginLink {
                url: "https://app.pembalasan.id/app/login?sso_auth_token=x".to_owned(),
            });
        });
        let client = Client::builder(server.base_url(), "platform-token")
            .build()
            .expect("client");

        let (account_id, url) = provision_shop(
            &client,
            "Toko Sejahtera",
            "Rina Wulandari",
            "rina@toko.example",
            "Rahasia!2026",
        )
        .await
        .expect("provisioned");
        assert_eq!(account_id, 3);
        assert!(url.contains("sso_auth_token"));
        for mock in [&account, &user, &member, &link] {
            mock.assert_async().await;
        }
    }

    #[tokio::test]
    async fn a_refused_token_stops_before_anything_is_made() {
        let server = httpmock::MockServer::start_async().await;
        let refused = server.create_account(|_, then| {
            then.unauthorized(&decode(json!({"error": "Invalid access_token"})));
        });
        let user = server.create_user(|_, then| {
            then.internal_server_error(&decode(json!({"status": 500, "error": "unexpected"})));
        });
        let client = Client::builder(server.base_url(), "stale-token")
            .build()
            .expect("client");
        let err = provision_shop(&client, "Toko", "Rina", "rina@toko.example", "x")
            .await
            .expect_err("refused");
        match err {
            Error::ErrorResponse(reply) => assert!(matches!(
                reply.into_inner(),
                ApiError::Refused(types::RefusedError {
                    error: types::RefusalReason::InvalidAccessToken
                })
            )),
            other => panic!("{other:?}"),
        }
        refused.assert_async().await;
        user.assert_calls_async(0).await;
    }
}
