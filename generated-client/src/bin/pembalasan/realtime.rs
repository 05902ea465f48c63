//! `pembalasan realtime listen`: subscribe to the live events of a contact or an agent and
//! print one JSON object per event and line, `{"event": ..., "data": ...}`, until interrupted.

use std::io::Write;
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Command};
use futures_util::StreamExt;
use pembalasan_client::realtime::{Listener, Subscriber};

/// The environment variable the pubsub token is read from.
pub const PUBSUB_TOKEN_ENV: &str = "PEMBALASAN_PUBSUB_TOKEN";

/// The `realtime` subcommand.
pub fn command() -> Command {
    Command::new("realtime")
        .about("Live events over the server's websocket (ActionCable)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("listen")
                .about("Print one JSON object per event and line until interrupted")
                .long_about(format!(
                    "Subscribe to the live events of a contact (--pubsub-token only) or an agent \
                     (with --account-id and --user-id) and print one JSON object per event and \
                     line, {{\"event\": ..., \"data\": ...}}, until interrupted. The token comes \
                     from --pubsub-token or {PUBSUB_TOKEN_ENV} and is never printed, nor are \
                     the contacts' pubsub tokens and source ids inside the events."
                ))
                .arg(
                    Arg::new("pubsub-token")
                        .long("pubsub-token")
                        .env(PUBSUB_TOKEN_ENV)
                        .hide_env_values(true)
                        .value_name("TOKEN")
                        .help("The contact's or the user's pubsub_token"),
                )
                .arg(
                    Arg::new("account-id")
                        .long("account-id")
                        .value_name("ID")
                        .value_parser(clap::value_parser!(i64))
                        .requires("user-id")
                        .help("An agent's account (with --user-id)"),
                )
                .arg(
                    Arg::new("user-id")
                        .long("user-id")
                        .value_name("ID")
                        .value_parser(clap::value_parser!(i64))
                        .requires("account-id")
                        .help("The agent's user id (with --account-id)"),
                ),
        )
}

/// Runs `realtime listen`, whose arguments are `matches`, against `base_url`.
pub async fn listen(base_url: String, matches: &ArgMatches) -> ExitCode {
    let Some(token) = matches.get_one::<String>("pubsub-token") else {
        return crate::usage_error(&format!("pass --pubsub-token or set {PUBSUB_TOKEN_ENV}"));
    };
    let subscriber = match (
        matches.get_one::<i64>("account-id"),
        matches.get_one::<i64>("user-id"),
    ) {
        (Some(account_id), Some(user_id)) => {
            Subscriber::agent(token.as_str(), *account_id, *user_id)
        }
        _ => Subscriber::contact(token.as_str()),
    };
    let listener = match Listener::builder(base_url, subscriber).build() {
        Ok(listener) => listener,
        Err(err) => return crate::usage_error(&err.to_string()),
    };
    let mut events = listener.events();
    let mut stdout = std::io::stdout().lock();
    while let Some(item) = events.next().await {
        match item {
            Ok(event) => {
                let mut line = serde_json::json!({"event": event.name(), "data": event.data()});
                crate::credentials::hide(&mut line);
                if writeln!(stdout, "{line}")
                    .and_then(|()| stdout.flush())
                    .is_err()
                {
                    // The reader went away (a closed pipe): stop quietly.
                    return ExitCode::SUCCESS;
                }
            }
            Err(err) if err.is_terminal() => {
                eprintln!("error: {err}");
                return ExitCode::FAILURE;
            }
            Err(err) => eprintln!("warning: {err}"),
        }
    }
    ExitCode::SUCCESS
}
