//! Contract test of the Application API: the Rust client against Prism serving
//! `spec/application.json` (`--errors`), which checks every request against the spec, the
//! access-token header included. Every operation must succeed with no `sl-violations` header.
//!
//! Needs Prism from `.tools` (installed by `cargo xtask tools`), so it is ignored by a plain
//! `cargo test`; `cargo xtask test` runs it.

use std::path::Path;

use pembalasan_client::ResponseValue;
use pembalasan_client::application::Client;
use xtask::tools::Prism;

fn start_prism() -> Prism {
    Prism::start(&xtask::workspace_root(), Path::new("spec/application.json"))
        .unwrap_or_else(|err| panic!("cannot start Prism ({err}); run `cargo xtask tools` first"))
}

/// Asserts Prism found nothing wrong with the request or its own reply.
fn assert_clean<T>(operation: &str, reply: &ResponseValue<T>) {
    assert_eq!(reply.status().as_u16(), 200, "{operation}: status");
    assert!(
        reply.headers().get("sl-violations").is_none(),
        "{operation}: Prism reports violations: {:?}",
        reply.headers().get("sl-violations")
    );
}

#[tokio::test]
#[ignore = "needs Prism from .tools: run `cargo xtask test`"]
async fn every_operation_conforms_to_the_spec() {
    let prism = start_prism();
    let client = Client::builder(prism.base_url(), "test-access-token")
        .build()
        .expect("client");

    let reply = client.get_profile().send().await.expect("get_profile");
    assert_clean("get_profile", &reply);
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
