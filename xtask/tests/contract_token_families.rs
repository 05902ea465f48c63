//! Contract tests of the families with an access token, the Application and the Platform API:
//! the Rust client against Prism serving `spec/<family>.json` (`--errors`), which checks every
//! request against the spec, the token header included. Every operation of the table the
//! local-server tests use (`generated-client/tests/support/{app,platform}_calls.rs`) must
//! succeed with no `sl-violations` header, and Prism's reply (the spec's example) must decode;
//! a request without the token is refused.
//!
//! Needs Prism from `.tools` (installed by `cargo xtask tools`), so it is ignored by a plain
//! `cargo test`; `cargo xtask test` runs it.

#[path = "../../generated-client/tests/support/app_calls.rs"]
mod app_calls;
#[path = "../../generated-client/tests/support/platform_calls.rs"]
mod platform_calls;
#[path = "../../generated-client/tests/support/mod.rs"]
mod support;

use std::path::Path;

use xtask::tools::Prism;

fn start_prism(spec: &str) -> Prism {
    Prism::start(&xtask::workspace_root(), Path::new(spec))
        .unwrap_or_else(|err| panic!("cannot start Prism ({err}); run `cargo xtask tools` first"))
}

/// Fails with every operation that broke the contract, and Prism's log.
fn assert_no_failures(failures: &[String], prism: &Prism) {
    assert!(
        failures.is_empty(),
        "{} operation(s) broke the contract:\n{}\nprism's log:\n{}",
        failures.len(),
        failures.join("\n"),
        prism.log()
    );
}

/// Prism answers a GET of `path` without the token header with 401: the spec requires the
/// token on every operation.
async fn assert_refused_without_token(prism: &Prism, path: &str) {
    let response = reqwest::get(format!("{}{path}", prism.base_url()))
        .await
        .expect("Prism answers");
    assert_eq!(response.status().as_u16(), 401, "{path}");
}

#[tokio::test]
#[ignore = "needs Prism from .tools: run `cargo xtask test`"]
async fn every_application_operation_conforms_to_the_spec() {
    let prism = start_prism("spec/application.json");
    let client =
        pembalasan_client::application::Client::builder(prism.base_url(), support::app::TOKEN)
            .build()
            .expect("client");
    let failures = support::table::contract_failures(&app_calls::cases(), &client).await;
    assert_no_failures(&failures, &prism);
    assert_refused_without_token(&prism, "/api/v1/profile").await;
}

#[tokio::test]
#[ignore = "needs Prism from .tools: run `cargo xtask test`"]
async fn every_platform_operation_conforms_to_the_spec() {
    let prism = start_prism("spec/platform.json");
    let client =
        pembalasan_client::platform::Client::builder(prism.base_url(), support::platform::TOKEN)
            .build()
            .expect("client");
    let failures = support::table::contract_failures(&platform_calls::cases(), &client).await;
    assert_no_failures(&failures, &prism);
    assert_refused_without_token(&prism, "/platform/api/v1/accounts").await;
}
