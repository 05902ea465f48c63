//! Decoding a ~10 MB list-conversations body of the public API: into the generated types, into
//! hand-written structs (plain serde, see `common`), and into `serde_json::Value`; and a ~10 MB
//! `list_messages` body of the Application API into its generated and hand-written types. Run with
//! `cargo bench -p pembalasan-client --bench decode`, or as part of `cargo xtask bench`.
//!
//! Two experiments put one generated type at a time into the hand-written structs (the open
//! enums, then the sender) to show which one the difference between the two comes from; a
//! third shows a sender enum that decodes as fast as the flat struct (`#[serde(from)]`).
//!
//! Each kind decodes the same bytes, taking turns, so drift on a shared machine hits them
//! alike; the median of the runs is reported. "generated" is plain `serde_json::from_slice` into
//! the generated types, which is how the client decodes; "client path" tracks the JSON path on
//! every decode with `serde_path_to_error`, as the client did before it kept that for errors.
//!
//! Output: readable lines on stderr, `@bench key=value` lines on stdout. Nothing here asserts
//! a timing.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use pembalasan_client::application::types::MessageList;
use pembalasan_client::public::types::PublicConversation;

/// Aim for a body of about this many bytes.
const TARGET_BYTES: usize = 10_000_000;

/// Runs per kind, at most, and the time all runs together may take.
const RUNS: usize = 15;
const BUDGET: Duration = Duration::from_secs(40);

/// Which body a kind decodes.
#[derive(Clone, Copy, PartialEq)]
enum Body {
    /// The public API's list of conversations.
    Public,
    /// The Application API's list of messages.
    Application,
}

/// One way of decoding a body; returns how many list items it found.
struct Kind {
    key: &'static str,
    label: &'static str,
    body: Body,
    decode: fn(&[u8]) -> usize,
}

const KINDS: [Kind; 9] = [
    Kind {
        key: "application_generated",
        label: "application list_messages, generated types",
        body: Body::Application,
        decode: |body| {
            let list: MessageList =
                serde_json::from_slice(body).expect("generated types decode the body");
            let count = list.payload.len();
            drop_untimed(vec![list]);
            count
        },
    },
    Kind {
        key: "application_handwritten",
        label: "application list_messages, hand-written structs",
        body: Body::Application,
        decode: |body| {
            let list: common::application::MessageList =
                serde_json::from_slice(body).expect("hand-written types decode the body");
            let count = list.payload.len();
            drop_untimed(vec![list]);
            count
        },
    },
    Kind {
        key: "generated",
        label: "generated types (serde_json::from_slice)",
        body: Body::Public,
        decode: |body| {
            let list: Vec<PublicConversation> =
                serde_json::from_slice(body).expect("generated types decode the body");
            drop_untimed(list)
        },
    },
    Kind {
        key: "generated_client_path",
        label: "generated types, serde_path_to_error on every decode",
        body: Body::Public,
        decode: |body| {
            let mut deserializer = serde_json::Deserializer::from_slice(body);
            let list: Vec<PublicConversation> =
                serde_path_to_error::deserialize(&mut deserializer).expect("body decodes");
            deserializer.end().expect("nothing after the body");
            drop_untimed(list)
        },
    },
    Kind {
        key: "handwritten",
        label: "hand-written structs (serde_json::from_slice)",
        body: Body::Public,
        decode: |body| {
            let list: Vec<common::handwritten::Conversation> =
                serde_json::from_slice(body).expect("hand-written types decode the body");
            drop_untimed(list)
        },
    },
    Kind {
        key: "experiment_generated_enums",
        label: "experiment: hand-written + generated open enums",
        body: Body::Public,
        decode: |body| {
            let list: Vec<common::with_generated_enums::Conversation> =
                serde_json::from_slice(body).expect("body decodes");
            drop_untimed(list)
        },
    },
    Kind {
        key: "experiment_generated_sender",
        label: "experiment: hand-written + generated Sender",
        body: Body::Public,
        decode: |body| {
            let list: Vec<common::with_generated_sender::Conversation> =
                serde_json::from_slice(body).expect("body decodes");
            drop_untimed(list)
        },
    },
    Kind {
        key: "experiment_sender_enum_from_flat",
        label: "experiment: hand-written + Sender enum via flat struct",
        body: Body::Public,
        decode: |body| {
            let list: Vec<common::with_sender_enum_from_flat::Conversation> =
                serde_json::from_slice(body).expect("body decodes");
            drop_untimed(list)
        },
    },
    Kind {
        key: "value",
        label: "serde_json::Value",
        body: Body::Public,
        decode: |body| {
            let value: serde_json::Value = serde_json::from_slice(body).expect("the body is JSON");
            let count = value.as_array().map_or(0, Vec::len);
            DROPS.with(|drops| drops.borrow_mut().push(Box::new(value)));
            count
        },
    },
];

thread_local! {
    /// Decoded values, dropped after the clock stops.
    static DROPS: std::cell::RefCell<Vec<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps `list` alive until the clock has stopped; returns its length.
fn drop_untimed<T: 'static>(list: Vec<T>) -> usize {
    let count = list.len();
    DROPS.with(|drops| drops.borrow_mut().push(Box::new(list)));
    count
}

fn main() {
    let per_conversation = common::conversations_body(10).len() / 10;
    let count = TARGET_BYTES / per_conversation;
    let body = common::conversations_body(count);
    eprintln!(
        "decode: {} conversations, {:.1} MB of JSON",
        count,
        body.len() as f64 / 1e6
    );
    common::figure("decode.conversations", count);
    common::figure("decode.body_bytes", body.len());
    let per_message = common::application::messages_body(100).len() / 100;
    let messages = TARGET_BYTES / per_message;
    let application_body = common::application::messages_body(messages);
    eprintln!(
        "decode: {} messages, {:.1} MB of JSON",
        messages,
        application_body.len() as f64 / 1e6
    );
    common::figure("decode.messages", messages);
    common::figure("decode.application_body_bytes", application_body.len());
    let body_of = |kind: &Kind| match kind.body {
        Body::Public => (&body, count),
        Body::Application => (&application_body, messages),
    };

    // One untimed run each: page in the body, warm the allocator, and check the counts agree.
    for kind in &KINDS {
        let (body, count) = body_of(kind);
        let found = (kind.decode)(body);
        assert_eq!(found, count, "{} found every list item", kind.key);
        DROPS.with(|drops| drops.borrow_mut().clear());
    }

    let mut times: Vec<Vec<Duration>> = KINDS.iter().map(|_| Vec::new()).collect();
    let started = Instant::now();
    for run in 0..RUNS {
        // Alternate the order so no kind always runs right after the same other one.
        let mut order: Vec<usize> = (0..KINDS.len()).collect();
        if run % 2 == 1 {
            order.reverse();
        }
        for index in order {
            let (body, _) = body_of(&KINDS[index]);
            let clock = Instant::now();
            black_box((KINDS[index].decode)(black_box(body)));
            times[index].push(clock.elapsed());
            DROPS.with(|drops| drops.borrow_mut().clear());
        }
        if started.elapsed() > BUDGET {
            break;
        }
    }

    for (kind, times) in KINDS.iter().zip(&mut times) {
        let (body, _) = body_of(kind);
        let runs = times.len();
        let median = common::median_ms(times);
        let min = times[0].as_secs_f64() * 1e3;
        eprintln!(
            "decode {:<52} median {median:>7.1} ms  min {min:>7.1} ms  {:>6.0} MB/s  ({runs} runs)",
            kind.label,
            body.len() as f64 / 1e6 / (median / 1e3),
        );
        common::figure(&format!("decode.{}.median_ms", kind.key), median);
        common::figure(&format!("decode.{}.min_ms", kind.key), min);
        common::figure(&format!("decode.{}.runs", kind.key), runs);
    }
}
