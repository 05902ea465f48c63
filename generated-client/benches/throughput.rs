//! `list_conversations` of the public API against a local HTTP/1.1 server on 127.0.0.1 that
//! answers every request with the same 100-conversation body, and `list_messages` of the
//! Application API, answered with a body of messages of about the same size: the generated
//! clients next to a hand-written baseline (plain reqwest + `serde_json` into the structs in
//! `common`). Run with
//! `cargo bench -p pembalasan-client --bench throughput`, or as part of `cargo xtask bench`.
//!
//! The server runs on its own thread with a single-threaded tokio runtime and writes a prepared
//! response in one call, with keep-alive and `TCP_NODELAY`; the clients run on the main thread,
//! also single-threaded, so on a 2-core machine each side has a core. A third client, raw TCP
//! (write the request bytes, read the known number of response bytes, decode nothing), shows
//! how fast the server and the loopback go, so a client figure far below it is the client's own.
//!
//! Two experiments split the difference between the generated client and the baseline: the
//! baseline's reqwest call decoding into the generated types with plain
//! `serde_json::from_slice` (as the client does), and with `serde_path_to_error` on every
//! decode (as the client did before it kept path tracking for errors).
//!
//! Two loads: one request at a time (latency of a lone call) and 4 at a time over 4 kept-alive
//! connections (throughput). Each client makes a fixed number of requests per load, in rounds
//! that alternate which client goes first, and every round has a time limit.
//!
//! Output: readable lines on stderr, `@bench key=value` lines on stdout. Nothing here asserts
//! a timing.

mod common;

use std::hint::black_box;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use pembalasan_client::public::types::PublicConversation;

/// Conversations in the body every request gets.
const CONVERSATIONS: usize = 100;

/// Requests per client and load, split over `ROUNDS` rounds.
const REQUESTS: usize = 2000;
const ROUNDS: usize = 4;

/// Requests before measuring, per client and load (connections, allocator, caches).
const WARM_UP: usize = 50;

/// The longest one round of one client may take; it then stops early and says so.
const ROUND_LIMIT: Duration = Duration::from_secs(20);

/// How many requests are in flight at once, per load.
const LOADS: [usize; 2] = [1, 4];

/// The request path; the identifiers are plain ASCII, so no percent-encoding differs.
const PATH: &str = "/public/api/v1/inboxes/inbox-1/contacts/contact-1/conversations";

/// The access token the Application API clients send (the bench server ignores it).
const TOKEN: &str = "bench-token";

/// The Application API's request path; the server answers it with the messages body.
const APPLICATION_PATH: &str = "/api/v1/accounts/1/conversations/42/messages";

/// The clients compared.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Which {
    Generated,
    Baseline,
    RawTcp,
    /// Experiment: the baseline's plain reqwest call, decoding into the generated types with
    /// `serde_path_to_error` on every decode (the client's path before the fix).
    BaselineClientDecode,
    /// Experiment: the baseline's plain reqwest call, decoding into the generated types with
    /// plain `serde_json::from_slice`.
    BaselineGeneratedTypes,
    /// The generated Application API client's `list_messages`.
    ApplicationGenerated,
    /// Plain reqwest and the hand-written `list_messages` types.
    ApplicationBaseline,
}

impl Which {
    const ALL: [Which; 7] = [
        Which::Generated,
        Which::Baseline,
        Which::RawTcp,
        Which::BaselineClientDecode,
        Which::BaselineGeneratedTypes,
        Which::ApplicationGenerated,
        Which::ApplicationBaseline,
    ];

    fn key(self) -> &'static str {
        match self {
            Which::Generated => "generated",
            Which::Baseline => "baseline",
            Which::RawTcp => "raw_tcp",
            Which::BaselineClientDecode => "experiment_reqwest_client_decode",
            Which::BaselineGeneratedTypes => "experiment_reqwest_generated_types",
            Which::ApplicationGenerated => "application_generated",
            Which::ApplicationBaseline => "application_baseline",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Which::Generated => "generated client",
            Which::Baseline => "hand-written reqwest + serde",
            Which::RawTcp => "raw TCP, no decoding (server ceiling)",
            Which::BaselineClientDecode => "reqwest + generated types, client decode",
            Which::BaselineGeneratedTypes => "reqwest + generated types, from_slice",
            Which::ApplicationGenerated => "application: generated client",
            Which::ApplicationBaseline => "application: hand-written reqwest + serde",
        }
    }
}

/// Everything a worker needs to make requests of one kind.
struct Clients {
    generated: pembalasan_client::public::Client,
    application: pembalasan_client::application::Client,
    baseline: reqwest::Client,
    base_url: String,
    addr: SocketAddr,
    request: Vec<u8>,
    response_len: usize,
}

fn main() {
    let body = common::conversations_body(CONVERSATIONS);
    let response = common::http_response(&body);
    let per_message = common::application::messages_body(100).len() / 100;
    let messages = body.len() / per_message;
    let application_body = common::application::messages_body(messages);
    let addr = start_server(response.clone(), common::http_response(&application_body));
    eprintln!(
        "throughput: {CONVERSATIONS} conversations, {:.0} kB body; {messages} messages, {:.0} kB body; server at {addr}",
        body.len() as f64 / 1e3,
        application_body.len() as f64 / 1e3
    );
    common::figure("throughput.conversations", CONVERSATIONS);
    common::figure("throughput.body_bytes", body.len());
    common::figure("throughput.messages", messages);
    common::figure("throughput.application_body_bytes", application_body.len());

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(async move {
        let base_url = format!("http://{addr}");
        let clients = Arc::new(Clients {
            generated: pembalasan_client::public::Client::builder(&base_url)
                .timeout(Duration::from_secs(30))
                .build()
                .expect("generated client"),
            application: pembalasan_client::application::Client::builder(&base_url, TOKEN)
                .timeout(Duration::from_secs(30))
                .build()
                .expect("generated application client"),
            baseline: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("reqwest client"),
            base_url,
            addr,
            request: format!(
                "GET {PATH} HTTP/1.1\r\nhost: {addr}\r\naccept: application/json\r\n\r\n"
            )
            .into_bytes(),
            response_len: response.len(),
        });
        for concurrency in LOADS {
            measure_load(&clients, concurrency).await;
        }
    });
}

/// Runs every client at one load and prints its figures.
async fn measure_load(clients: &Arc<Clients>, concurrency: usize) {
    for which in Which::ALL {
        run(clients, which, concurrency, WARM_UP).await;
    }
    let mut latencies: Vec<Vec<Duration>> = Which::ALL.iter().map(|_| Vec::new()).collect();
    let mut elapsed = [Duration::ZERO; Which::ALL.len()];
    for round in 0..ROUNDS {
        let mut order: Vec<usize> = (0..Which::ALL.len()).collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for index in order {
            let clock = Instant::now();
            let mut done = run(clients, Which::ALL[index], concurrency, REQUESTS / ROUNDS).await;
            elapsed[index] += clock.elapsed();
            latencies[index].append(&mut done);
        }
    }
    for (index, which) in Which::ALL.iter().enumerate() {
        let times = &mut latencies[index];
        times.sort();
        let requests = times.len();
        let rps = requests as f64 / elapsed[index].as_secs_f64();
        let p50 = common::percentile_ms(times, 50.0);
        let p99 = common::percentile_ms(times, 99.0);
        eprintln!(
            "throughput c={concurrency} {:<40} {rps:>8.0} req/s  p50 {p50:>6.2} ms  p99 {p99:>6.2} ms  ({requests} requests)",
            which.label()
        );
        let key = format!("throughput.c{concurrency}.{}", which.key());
        common::figure(&format!("{key}.rps"), rps);
        common::figure(&format!("{key}.p50_ms"), p50);
        common::figure(&format!("{key}.p99_ms"), p99);
        common::figure(&format!("{key}.requests"), requests);
    }
}

/// Makes `count` requests with `concurrency` workers; returns each request's latency.
async fn run(
    clients: &Arc<Clients>,
    which: Which,
    concurrency: usize,
    count: usize,
) -> Vec<Duration> {
    let next = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + ROUND_LIMIT;
    let mut workers = JoinSet::new();
    for _ in 0..concurrency {
        let clients = Arc::clone(clients);
        let next = Arc::clone(&next);
        workers.spawn(async move {
            let mut latencies = Vec::new();
            let mut raw = match which {
                Which::RawTcp => Some(RawConnection::open(&clients).await),
                _ => None,
            };
            while next.fetch_add(1, Ordering::Relaxed) < count && Instant::now() < deadline {
                let clock = Instant::now();
                let found = match &mut raw {
                    Some(connection) => connection.request(&clients).await,
                    None => one_request(&clients, which).await,
                };
                latencies.push(clock.elapsed());
                black_box(found);
            }
            latencies
        });
    }
    let mut all = Vec::with_capacity(count);
    while let Some(done) = workers.join_next().await {
        all.extend(done.expect("worker finished"));
    }
    if all.len() < count {
        eprintln!(
            "throughput: {} stopped after {} of {count} requests ({ROUND_LIMIT:?} limit)",
            which.label(),
            all.len()
        );
    }
    all
}

/// One `list_conversations` call through the given HTTP client; returns the conversations.
async fn one_request(clients: &Clients, which: Which) -> usize {
    match which {
        Which::Generated => clients
            .generated
            .list_conversations()
            .inbox_identifier("inbox-1")
            .contact_identifier("contact-1")
            .send()
            .await
            .expect("generated client call")
            .into_inner()
            .len(),
        Which::ApplicationGenerated => clients
            .application
            .list_messages()
            .account_id(1)
            .conversation_id(42)
            .send()
            .await
            .expect("generated application client call")
            .into_inner()
            .payload
            .len(),
        Which::ApplicationBaseline => {
            let bytes = baseline_body(clients, APPLICATION_PATH).await;
            let list: common::application::MessageList =
                serde_json::from_slice(&bytes).expect("baseline decode");
            list.payload.len()
        }
        Which::Baseline => {
            let bytes = baseline_body(clients, PATH).await;
            let list: Vec<common::handwritten::Conversation> =
                serde_json::from_slice(&bytes).expect("baseline decode");
            list.len()
        }
        Which::BaselineClientDecode => {
            let bytes = baseline_body(clients, PATH).await;
            let mut deserializer = serde_json::Deserializer::from_slice(&bytes);
            let list: Vec<PublicConversation> =
                serde_path_to_error::deserialize(&mut deserializer).expect("decode");
            deserializer.end().expect("nothing after the body");
            list.len()
        }
        Which::BaselineGeneratedTypes => {
            let bytes = baseline_body(clients, PATH).await;
            let list: Vec<PublicConversation> = serde_json::from_slice(&bytes).expect("decode");
            list.len()
        }
        Which::RawTcp => unreachable!("raw TCP requests go through RawConnection"),
    }
}

/// The baseline's request: plain reqwest, the body as bytes.
async fn baseline_body(clients: &Clients, path: &str) -> impl std::ops::Deref<Target = [u8]> {
    clients
        .baseline
        .get(format!("{}{path}", clients.base_url))
        .header(reqwest::header::ACCEPT, "application/json")
        .header("api-access-token", TOKEN)
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .expect("baseline request")
        .bytes()
        .await
        .expect("baseline body")
}

/// A kept-alive connection that writes the request and reads the response's bytes, undecoded.
struct RawConnection {
    stream: TcpStream,
    buffer: Vec<u8>,
}

impl RawConnection {
    async fn open(clients: &Clients) -> RawConnection {
        let stream = TcpStream::connect(clients.addr).await.expect("connect");
        stream.set_nodelay(true).expect("nodelay");
        RawConnection {
            stream,
            buffer: vec![0; clients.response_len],
        }
    }

    async fn request(&mut self, clients: &Clients) -> usize {
        self.stream
            .write_all(&clients.request)
            .await
            .expect("write request");
        self.stream
            .read_exact(&mut self.buffer)
            .await
            .expect("read response");
        self.buffer.len()
    }
}

/// Starts the server on its own thread; returns its address. Requests for the Application API
/// get `application_response`, all others `response`.
fn start_server(response: Vec<u8>, application_response: Vec<u8>) -> SocketAddr {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
            sender
                .send(listener.local_addr().expect("address"))
                .expect("report address");
            let responses: Arc<[Vec<u8>; 2]> = Arc::new([response, application_response]);
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, Arc::clone(&responses)));
            }
        });
    });
    receiver.recv().expect("server address")
}

/// Answers every request on one connection, until the client closes it: the Application API's
/// with the second response, the rest with the first.
async fn serve(mut stream: TcpStream, responses: Arc<[Vec<u8>; 2]>) {
    let _ = stream.set_nodelay(true);
    let mut buffer = vec![0u8; 16 * 1024];
    let mut filled = 0;
    let mut scanned: usize = 0;
    loop {
        // The requests are GETs without a body: a request ends at its blank line.
        let end = loop {
            if let Some(position) = buffer[scanned.saturating_sub(3)..filled]
                .windows(4)
                .position(|window| window == b"\r\n\r\n")
            {
                break scanned.saturating_sub(3) + position + 4;
            }
            scanned = filled;
            if filled == buffer.len() {
                return; // a request head this large is not one of ours
            }
            match stream.read(&mut buffer[filled..]).await {
                Ok(0) | Err(_) => return,
                Ok(read) => filled += read,
            }
        };
        let application = buffer[..end]
            .windows(APPLICATION_PATH.len())
            .any(|window| window == APPLICATION_PATH.as_bytes());
        let response = &responses[usize::from(application)];
        buffer.copy_within(end..filled, 0);
        filled -= end;
        scanned = 0;
        if stream.write_all(response).await.is_err() {
            return;
        }
    }
}
