//! `pembalasan webhook verify` and `pembalasan webhook decode`: check and read a recorded
//! delivery, the body on stdin.

use std::io::Read;
use std::process::ExitCode;
use std::time::{Duration, UNIX_EPOCH};

use clap::{Arg, ArgMatches, Command};
use pembalasan_client::webhooks::{self, Event, Verifier};
use reqwest::header::{HeaderMap, HeaderValue};

/// The environment variable the webhook's secret is read from.
pub const SECRET_ENV: &str = "PEMBALASAN_WEBHOOK_SECRET";

/// The `webhook` subcommand.
pub fn command() -> Command {
    Command::new("webhook")
        .about("Check and read a webhook delivery (the body on stdin)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("verify")
                .about("Check a delivery's signature and age; exit 0 when it verifies, 1 when not")
                .long_about(format!(
                    "Check a delivery's signature and age; exit 0 when it verifies, 1 when not.\n\n\
                     The raw body comes on stdin, exactly as received; the secret from {SECRET_ENV}."
                ))
                .arg(
                    Arg::new("timestamp")
                        .long("timestamp")
                        .value_name("UNIX_SECONDS")
                        .required(true)
                        .help("The X-Chatwoot-Timestamp header"),
                )
                .arg(
                    Arg::new("signature")
                        .long("signature")
                        .value_name("sha256=HEX")
                        .required(true)
                        .help("The X-Chatwoot-Signature header"),
                )
                .arg(
                    Arg::new("at")
                        .long("at")
                        .value_name("UNIX_SECONDS")
                        .value_parser(clap::value_parser!(u64))
                        .help("Check the age as if the clock said this (for a recorded delivery) [default: now]"),
                )
                .arg(
                    Arg::new("tolerance")
                        .long("tolerance")
                        .value_name("SECONDS")
                        .value_parser(clap::value_parser!(u64))
                        .default_value("300")
                        .help("How far the timestamp may be from the clock"),
                ),
        )
        .subcommand(
            Command::new("decode")
                .about("Print a delivery's event name and typed payload as JSON (body on stdin)"),
        )
}

/// Reads all of stdin.
fn stdin_bytes() -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    std::io::stdin()
        .read_to_end(&mut body)
        .map_err(|err| format!("cannot read the body from stdin: {err}"))?;
    Ok(body)
}

/// Runs `webhook verify` or `webhook decode`.
pub fn run(matches: &ArgMatches) -> ExitCode {
    match matches.subcommand() {
        Some(("verify", args)) => verify(args),
        Some(("decode", _)) => decode(),
        _ => super::usage_error("name `verify` or `decode`; see `pembalasan webhook --help`"),
    }
}

fn verify(args: &ArgMatches) -> ExitCode {
    let Ok(secret) = std::env::var(SECRET_ENV) else {
        return super::usage_error(&format!("set {SECRET_ENV} to the webhook's secret"));
    };
    let mut headers = HeaderMap::new();
    for (name, arg) in [
        (webhooks::TIMESTAMP_HEADER, "timestamp"),
        (webhooks::SIGNATURE_HEADER, "signature"),
    ] {
        let text = args
            .get_one::<String>(arg)
            .map(String::as_str)
            .unwrap_or_default();
        match HeaderValue::from_str(text) {
            Ok(value) => {
                headers.insert(name, value);
            }
            Err(_) => return super::usage_error(&format!("--{arg} is not a header value")),
        }
    }
    let body = match stdin_bytes() {
        Ok(body) => body,
        Err(message) => return super::usage_error(&message),
    };
    let tolerance = Duration::from_secs(args.get_one::<u64>("tolerance").copied().unwrap_or(300));
    let verifier = Verifier::new(secret).tolerance(tolerance);
    let result = match args.get_one::<u64>("at") {
        Some(at) => verifier.verify_at(&headers, &body, UNIX_EPOCH + Duration::from_secs(*at)),
        None => verifier.verify(&headers, &body),
    };
    match result {
        Ok(_) => {
            eprintln!("verified");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn decode() -> ExitCode {
    let body = match stdin_bytes() {
        Ok(body) => body,
        Err(message) => return super::usage_error(&message),
    };
    match Event::from_slice(&body) {
        Ok(event) => {
            let mut printed = serde_json::json!({"event": event.name(), "data": event});
            crate::credentials::hide(&mut printed);
            match serde_json::to_string_pretty(&printed) {
                Ok(text) => {
                    println!("{text}");
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("error: cannot print the event: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
