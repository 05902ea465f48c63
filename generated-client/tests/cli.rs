//! The `pembalasan` binary end to end: the built executable against a local HTTP server.

#[path = "realtime/cable.rs"]
mod cable;
mod support;

use std::process::{Command, Output};

use serde_json::{json, Value};
use support::{conversation, Reply, TestServer};

fn pembalasan(args: &[&str], env_base_url: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pembalasan"));
    command.args(args).env_remove("PEMBALASAN_BASE_URL");
    if let Some(url) = env_base_url {
        command.env("PEMBALASAN_BASE_URL", url);
    }
    command.output().expect("run pembalasan")
}

/// [`pembalasan`] on a blocking thread, so the test's server keeps answering meanwhile.
async fn pembalasan_in_background(args: &[&str], env_base_url: Option<&str>) -> Output {
    let args: Vec<String> = args.iter().map(|arg| (*arg).to_owned()).collect();
    let env_base_url = env_base_url.map(str::to_owned);
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        pembalasan(&args, env_base_url.as_deref())
    })
    .await
    .expect("join")
}

#[tokio::test]
async fn list_conversations_prints_json_on_stdout() {
    let server = TestServer::always(Reply::json(200, &json!([conversation(vec![])]))).await;
    let base_url = server.base_url();
    let output = pembalasan_in_background(
        &[
            "--base-url",
            &base_url,
            "public",
            "list-conversations",
            "--inbox-identifier",
            "inbox 1",
            "--contact-identifier",
            "src/1",
        ],
        None,
    )
    .await;
    assert!(output.status.success(), "{output:?}");
    let printed: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(printed[0]["id"], 17);
    assert_eq!(printed[0]["status"], "open");
    let request = server.single_request();
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.target,
        "/public/api/v1/inboxes/inbox%201/contacts/src%2F1/conversations"
    );
}

#[tokio::test]
async fn base_url_from_the_environment_and_a_body_and_query() {
    let server = TestServer::always(Reply::empty_ok()).await;
    let base_url = server.base_url();
    let output = pembalasan_in_background(
        &[
            "public",
            "toggle-typing",
            "--inbox-identifier",
            "i",
            "--contact-identifier",
            "c",
            "--conversation-id",
            "17",
            "--typing-status",
            "on",
        ],
        Some(base_url.as_str()),
    )
    .await;
    assert!(output.status.success(), "{output:?}");
    assert!(output.stdout.is_empty());
    assert_eq!(
        server.single_request().target,
        "/public/api/v1/inboxes/i/contacts/c/conversations/17/toggle_typing?typing_status=on"
    );

    let server = TestServer::always(Reply::json(200, &conversation(vec![]))).await;
    let base_url = server.base_url();
    let output = pembalasan_in_background(
        &[
            "public",
            "create-message",
            "--inbox-identifier",
            "i",
            "--contact-identifier",
            "c",
            "--conversation-id",
            "17",
            "--content",
            "Halo",
        ],
        Some(base_url.as_str()),
    )
    .await;
    // The reply is a conversation, not a message: the CLI reports the decoding error.
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(server.single_request().json(), json!({"content": "Halo"}));
}

#[tokio::test]
async fn errors_go_to_stderr_with_a_non_zero_exit() {
    let server = TestServer::always(Reply::json(
        404,
        &json!({"status": 404, "error": "Not Found"}),
    ))
    .await;
    let base_url = server.base_url();
    let output = pembalasan_in_background(
        &[
            "--base-url",
            &base_url,
            "public",
            "get-inbox",
            "--inbox-identifier",
            "nope",
        ],
        None,
    )
    .await;
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the server answered 404 Not Found"),
        "{stderr}"
    );
    assert!(
        stderr.contains(r#"error body: {"error":"Not Found","status":404}"#),
        "{stderr}"
    );
}

#[test]
fn missing_base_url_is_a_usage_error() {
    let output = pembalasan(&["public", "get-inbox", "--inbox-identifier", "i"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("PEMBALASAN_BASE_URL"));
}

#[test]
fn every_subcommand_has_help() {
    let output = pembalasan(&["public", "--help"], None);
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout).into_owned();
    let subcommands = [
        "get-inbox",
        "create-contact",
        "get-contact",
        "update-contact",
        "list-conversations",
        "create-conversation",
        "get-conversation",
        "resolve-conversation",
        "toggle-typing",
        "update-last-seen",
        "list-messages",
        "create-message",
        "update-message",
        "get-csat-survey",
        "update-csat-survey",
    ];
    for subcommand in subcommands {
        assert!(
            help.contains(subcommand),
            "{subcommand} missing from --help"
        );
        let output = pembalasan(&["public", subcommand, "--help"], None);
        assert!(output.status.success(), "{subcommand} --help: {output:?}");
        assert!(String::from_utf8_lossy(&output.stdout).contains("--base-url"));
    }
}

/// Runs `pembalasan` with `env` set (and the token variables removed unless given).
fn pembalasan_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pembalasan"));
    command
        .args(args)
        .env_remove("PEMBALASAN_BASE_URL")
        .env_remove("PEMBALASAN_API_TOKEN")
        .env_remove("PEMBALASAN_PLATFORM_TOKEN")
        .env_remove("PEMBALASAN_PUBSUB_TOKEN");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("run pembalasan")
}

/// [`pembalasan_env`] on a blocking thread, so the test's server keeps answering meanwhile.
async fn pembalasan_env_in_background(args: &[&str], env: &[(&str, &str)]) -> Output {
    let args: Vec<String> = args.iter().map(|arg| (*arg).to_owned()).collect();
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect();
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let env: Vec<(&str, &str)> = env
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        pembalasan_env(&args, &env)
    })
    .await
    .expect("join")
}

const CLI_TOKEN: &str = "SECRET-cli-token-77";

#[tokio::test]
async fn app_commands_send_the_token_from_the_environment_or_the_flag() {
    let server = TestServer::always(Reply::json(200, &support::app::profile())).await;
    let base_url = server.base_url();
    let output = tokio::task::spawn_blocking({
        let base_url = base_url.clone();
        move || {
            pembalasan_env(
                &["app", "get-profile"],
                &[
                    ("PEMBALASAN_BASE_URL", &base_url),
                    ("PEMBALASAN_API_TOKEN", CLI_TOKEN),
                ],
            )
        }
    })
    .await
    .expect("join");
    assert!(output.status.success(), "{output:?}");
    let printed: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(printed["email"], "rina@toko.example");
    assert_eq!(
        server.single_request().header("api-access-token"),
        Some(CLI_TOKEN)
    );

    let server = TestServer::always(Reply::json(
        200,
        &json!({"data": {"meta": support::app::counts(), "payload": []}}),
    ))
    .await;
    let base_url = server.base_url();
    let output = pembalasan_env_in_background(
        &[
            "--base-url",
            &base_url,
            "app",
            "--api-token",
            "flag-token",
            "list-conversations",
            "--account-id",
            "1",
            "--assignee-type",
            "me",
            "--labels",
            "vip",
            "--labels",
            "b2b",
        ],
        &[],
    )
    .await;
    assert!(output.status.success(), "{output:?}");
    let request = server.single_request();
    assert_eq!(request.header("api-access-token"), Some("flag-token"));
    assert_eq!(
        request.target,
        "/api/v1/accounts/1/conversations?assignee_type=me&labels%5B%5D=vip&labels%5B%5D=b2b"
    );
}

#[test]
fn app_commands_without_a_token_are_a_usage_error() {
    let output = pembalasan_env(
        &["--base-url", "http://127.0.0.1:9", "app", "get-profile"],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("PEMBALASAN_API_TOKEN"));
}

#[test]
fn nothing_the_cli_prints_shows_the_token() {
    let env = [
        ("PEMBALASAN_API_TOKEN", CLI_TOKEN),
        ("PEMBALASAN_BASE_URL", "http://127.0.0.1:9"),
    ];
    for args in [
        vec!["--help"],
        vec!["app", "--help"],
        vec!["app", "get-profile", "--help"],
        vec!["app", "get-profile"],
        vec!["app", "no-such-operation"],
    ] {
        let output = pembalasan_env(&args, &env);
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            !printed.contains(CLI_TOKEN),
            "{args:?} printed the token:\n{printed}"
        );
    }
    let help = pembalasan_env(&["app", "get-profile", "--help"], &env);
    assert!(String::from_utf8_lossy(&help.stdout).contains("PEMBALASAN_API_TOKEN"));
}

/// Every operation of the family's published spec is a subcommand of `pembalasan FAMILY`,
/// listed in its help and with help of its own; returns how many there are.
fn assert_every_operation_is_a_subcommand(family: &str, spec: &str) -> usize {
    let listed = pembalasan(&[family, "--help"], None);
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    let ids = support::table::operation_ids(spec);
    for id in &ids {
        let name = id.replace('_', "-");
        assert!(
            listed.contains(&name),
            "{name} missing from `{family} --help`"
        );
        let output = pembalasan(&[family, &name, "--help"], None);
        assert!(
            output.status.success(),
            "{family} {name} --help: {output:?}"
        );
    }
    ids.len()
}

#[test]
fn every_application_operation_is_a_subcommand_with_help() {
    let count =
        assert_every_operation_is_a_subcommand("app", include_str!("../../spec/application.json"));
    assert!(count >= 184, "{count} operations");
}

#[test]
fn every_platform_operation_is_a_subcommand_with_help() {
    let count = assert_every_operation_is_a_subcommand(
        "platform",
        include_str!("../../spec/platform.json"),
    );
    assert_eq!(count, 20);
}

const PLATFORM_TOKEN: &str = "SECRET-platform-app-token-5";

#[tokio::test]
async fn platform_commands_send_the_platform_token_and_never_print_it() {
    let server = TestServer::always(Reply::json(200, &support::platform::account())).await;
    let base_url = server.base_url();
    let output = pembalasan_env_in_background(
        &["platform", "get-account", "--account-id", "3"],
        &[
            ("PEMBALASAN_BASE_URL", &base_url),
            ("PEMBALASAN_PLATFORM_TOKEN", PLATFORM_TOKEN),
        ],
    )
    .await;
    assert!(output.status.success(), "{output:?}");
    let printed: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(printed["name"], "Toko Sejahtera");
    let request = server.single_request();
    assert_eq!(request.target, "/platform/api/v1/accounts/3");
    assert_eq!(request.header("api-access-token"), Some(PLATFORM_TOKEN));

    // A refusal: its body on stderr, a failing exit, and no token anywhere.
    let server = TestServer::always(Reply::json(
        401,
        &json!({"error": "Non permissible resource"}),
    ))
    .await;
    let base_url = server.base_url();
    let output = pembalasan_env_in_background(
        &[
            "--base-url",
            &base_url,
            "platform",
            "--platform-token",
            PLATFORM_TOKEN,
            "get-user",
            "--user-id",
            "17",
        ],
        &[],
    )
    .await;
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Non permissible resource"), "{stderr}");
    let printed = format!("{}{stderr}", String::from_utf8_lossy(&output.stdout));
    assert!(!printed.contains(PLATFORM_TOKEN), "{printed}");
}

#[test]
fn platform_commands_without_a_token_are_a_usage_error() {
    // The Application API's token is not the platform app's.
    let output = pembalasan_env(
        &[
            "--base-url",
            "http://127.0.0.1:9",
            "platform",
            "list-accounts",
        ],
        &[("PEMBALASAN_API_TOKEN", CLI_TOKEN)],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("PEMBALASAN_PLATFORM_TOKEN"));
}

/// A CSV download prints the file's bytes as the server sent them, not JSON.
#[tokio::test]
async fn csv_downloads_print_the_file() {
    let csv = "\u{feff}Label,No. of conversations\npengiriman,12\n";
    let server = TestServer::always(Reply::with_type(200, "text/csv", csv.as_bytes())).await;
    let base_url = server.base_url();
    let output = pembalasan_env_in_background(
        &[
            "app",
            "download-labels-report",
            "--account-id",
            "1",
            "--since",
            "1767225600",
            "--until",
            "1768435200",
        ],
        &[
            ("PEMBALASAN_BASE_URL", &base_url),
            ("PEMBALASAN_API_TOKEN", CLI_TOKEN),
        ],
    )
    .await;
    assert!(output.status.success(), "{output:?}");
    assert_eq!(output.stdout, csv.as_bytes());
    assert_eq!(
        server.single_request().target,
        "/api/v2/accounts/1/reports/labels?since=1767225600&until=1768435200"
    );
}

/// Runs `pembalasan` with `body` on stdin and `env` set.
fn pembalasan_stdin(args: &[&str], body: &[u8], env: &[(&str, &str)]) -> Output {
    use std::io::Write as _;
    let mut command = Command::new(env!("CARGO_BIN_EXE_pembalasan"));
    command
        .args(args)
        .env_remove("PEMBALASAN_WEBHOOK_SECRET")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("run pembalasan");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(body)
        .expect("write the body");
    child.wait_with_output().expect("pembalasan ends")
}

#[test]
fn webhook_verify_checks_a_recorded_delivery() {
    const SECRET: &str = "Wb3nQ8sKd2Lx7Rv0Tz5Hc9Mf4Jp6Ya1E";
    let body = br#"{"id":55330,"content":"Halo \u0026 selamat pagi","event":"message_created"}"#;
    let signature = "sha256=6efbf3e4a67d0541dbc15d69399e015e957edebbe59620e0c89e09c52833b6da";
    let env = [("PEMBALASAN_WEBHOOK_SECRET", SECRET)];
    let args = |at: &'static str| {
        vec![
            "webhook",
            "verify",
            "--timestamp",
            "1768900000",
            "--signature",
            signature,
            "--at",
            at,
        ]
    };
    let good = pembalasan_stdin(&args("1768900060"), body, &env);
    assert_eq!(good.status.code(), Some(0), "{good:?}");
    let stale = pembalasan_stdin(&args("1768990000"), body, &env);
    assert_eq!(stale.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&stale.stderr).contains("s ago"));
    let tampered = pembalasan_stdin(&args("1768900060"), b"{}", &env);
    assert_eq!(tampered.status.code(), Some(1));
    let printed = format!("{tampered:?}{stale:?}{good:?}");
    assert!(!printed.contains(SECRET), "the secret is never printed");
    let no_secret = pembalasan_stdin(&args("1768900060"), body, &[]);
    assert_eq!(no_secret.status.code(), Some(2));
}

#[test]
fn webhook_decode_prints_the_event_and_its_typed_payload() {
    let body = serde_json::to_vec(&json!({"event": "contact_created", "account": {"id": 1, "name": "Toko"},
        "additional_attributes": {}, "avatar": "", "custom_attributes": {}, "email": null, "id": 1042,
        "identifier": null, "name": "Siti", "phone_number": null, "thumbnail": "", "extra": true}))
    .expect("JSON");
    let output = pembalasan_stdin(&["webhook", "decode"], &body, &[]);
    assert!(output.status.success(), "{output:?}");
    let printed: Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(printed["event"], "contact_created");
    assert_eq!(printed["data"]["id"], 1042);
    assert!(printed["data"].get("extra").is_none(), "the typed payload");
    let bad = pembalasan_stdin(&["webhook", "decode"], b"not json", &[]);
    assert_eq!(bad.status.code(), Some(1));
}

/// `realtime listen` prints one `{"event", "data"}` object per line, and a terminal error on
/// stderr with exit status 1; the pubsub token is never printed.
#[tokio::test]
async fn realtime_listen_prints_one_event_per_line() {
    use cable::{After, CableServer, Script};
    const PUBSUB: &str = "SECRET-pubsub-Qm9RzT4k";
    let server = CableServer::start(std::time::Duration::from_millis(50), |_| Script::Serve {
        events: vec![
            json!({"event": "presence.update", "data": {"account_id": 7, "users": {"12": "online"}}}),
            json!({"event": "some.new_event", "data": {"id": 5}}),
            json!({"event": "conversation.updated", "data": support::app::webhook_conversation()}),
        ],
        after: After::Disconnect { reconnect: false },
    })
    .await;
    let base_url = server.base_url();
    let output = pembalasan_env_in_background(
        &[
            "--base-url",
            &base_url,
            "realtime",
            "listen",
            "--account-id",
            "7",
            "--user-id",
            "12",
        ],
        &[("PEMBALASAN_PUBSUB_TOKEN", PUBSUB)],
    )
    .await;
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect();
    assert_eq!(
        lines[..2],
        [
            json!({"event": "presence.update", "data": {"account_id": 7, "users": {"12": "online"}}}),
            json!({"event": "some.new_event", "data": {"id": 5}}),
        ]
    );
    // The contact's credentials inside the conversation are not printed; the rest is.
    assert_eq!(lines[2]["event"], "conversation.updated");
    let contact_inbox = &lines[2]["data"]["contact_inbox"];
    assert_eq!(contact_inbox["pubsub_token"], "<redacted>");
    assert_eq!(contact_inbox["source_id"], "<redacted>");
    assert_eq!(contact_inbox["inbox_id"], 5);
    assert!(!stdout.contains("pQ4tJ9wzXk1vB6mN") && !stdout.contains("0f8b6c2e-3c41"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("asked not to reconnect"), "{stderr}");
    assert!(!stdout.contains(PUBSUB) && !stderr.contains(PUBSUB));
    let subscribe = &server.connections()[0].commands[0];
    assert!(subscribe["identifier"]
        .as_str()
        .is_some_and(|id| id.contains("\"user_id\":12") && id.contains(PUBSUB)));
}
