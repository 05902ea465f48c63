//! Contract test of the Application API: the Rust client against Prism serving
//! `spec/application.json` (`--errors`), which checks every request against the spec, the
//! access-token header included. Every operation of the table the local-server tests use
//! (`generated-client/tests/support/app_calls.rs`) must succeed with no `sl-violations`
//! header, and Prism's reply (the spec's example) must decode.
//!
//! Needs Prism from `.tools` (installed by `cargo xtask tools`), so it is ignored by a plain
//! `cargo test`; `cargo xtask test` runs it.

#[path = "../../generated-client/tests/support/app_calls.rs"]
mod app_calls;
#[path = "../../generated-client/tests/support/mod.rs"]
mod support;

use std::path::Path;

use pembalasan_client::application::Client;
use xtask::tools::Prism;

fn start_prism() -> Prism {
    Prism::start(&xtask::workspace_root(), Path::new("spec/application.json"))
        .unwrap_or_else(|err| panic!("cannot start Prism ({err}); run `cargo xtask tools` first"))
}

#[tokio::test]
#[ignore = "needs Prism from .tools: run `cargo xtask test`"]
async fn every_operation_conforms_to_the_spec() {
    let prism = start_prism();
    let client = Client::builder(prism.base_url(), support::app::TOKEN)
        .build()
        .expect("client");
    let failures = support::table::contract_failures(&app_calls::cases(), &client).await;
    assert!(
        failures.is_empty(),
        "{} operation(s) broke the contract:\n{}\nprism's log:\n{}",
        failures.len(),
        failures.join("\n"),
        prism.log()
    );
}

/// Without the token header Prism refuses the request: the spec requires it on every operation.
#[tokio::test]
#[ignore = "needs Prism from .tools: run `cargo xtask test`"]
async fn a_request_without_the_token_is_refused() {
    let prism = start_prism();
    let response = reqwest::get(format!("{}/api/v1/profile", prism.base_url()))
        .await
        .expect("Prism answers");
    assert_eq!(response.status().as_u16(), 401);
}
