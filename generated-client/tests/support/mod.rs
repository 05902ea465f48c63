//! A real HTTP/1.1 server on 127.0.0.1 for the client tests: it records every request and
//! answers with whatever the test scripts, including replies no good server would send.

#![allow(dead_code)] // each test file uses a different part of this module

pub mod app;
pub mod platform;
pub mod table;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The request target exactly as sent: percent-encoded path and query.
    pub target: String,
    /// Header names in lower case, with their values.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The path part of the target, still percent-encoded.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// The query part of the target, if any.
    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, query)| query)
    }

    /// The first value of a header.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The body parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }
}

/// What the server does with a request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete response.
    Http {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Send these exact bytes, then close the connection.
    Raw(Vec<u8>),
    /// Send these bytes, then reset the connection (RST) instead of finishing.
    RawThenReset(Vec<u8>),
    /// Never answer (until the client gives up).
    Hang,
    /// 200 with a JSON content type and a body of `len` bytes sent in 64 KiB chunks, declared with
    /// `content-length` or, when `chunked`, with chunked transfer encoding.
    Large { len: usize, chunked: bool },
}

impl Reply {
    /// A JSON response with the given status.
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply::Http {
            status,
            headers: vec![(
                "content-type".into(),
                "application/json; charset=utf-8".into(),
            )],
            body: body.to_string().into_bytes(),
        }
    }

    /// A JSON response from raw text, which need not be valid JSON.
    pub fn json_text(status: u16, body: &str) -> Reply {
        Reply::Http {
            status,
            headers: vec![(
                "content-type".into(),
                "application/json; charset=utf-8".into(),
            )],
            body: body.as_bytes().to_vec(),
        }
    }

    /// A response with any content type.
    pub fn with_type(status: u16, content_type: &str, body: &[u8]) -> Reply {
        Reply::Http {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.to_vec(),
        }
    }

    /// 200 with an empty body, as `head :ok` sends it.
    pub fn empty_ok() -> Reply {
        Reply::Http {
            status: 200,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }
}

type Handler = dyn Fn(&Recorded) -> Reply + Send + Sync;

/// The running server; it stops when dropped.
pub struct TestServer {
    addr: std::net::SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: tokio::task::JoinHandle<()>,
}

impl TestServer {
    /// Starts a server that answers every request with `handler`.
    pub async fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let recorded = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                // The head and the body go out in two writes; without this, Nagle's algorithm
                // holds the body back for the client's delayed ACK (about 40 ms a reply).
                let _ = stream.set_nodelay(true);
                let handler = Arc::clone(&handler);
                let recorded = Arc::clone(&recorded);
                tokio::spawn(async move {
                    serve(stream, handler, recorded).await;
                });
            }
        });
        TestServer {
            addr,
            requests,
            task,
        }
    }

    /// Starts a server that gives every request the same reply.
    pub async fn always(reply: Reply) -> TestServer {
        TestServer::start(move |_| reply.clone()).await
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("requests lock").clone()
    }

    /// The only request received; panics if there were none or several.
    pub fn single_request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(
            requests.len(),
            1,
            "expected exactly one request, got {requests:#?}"
        );
        requests.into_iter().next().expect("one request")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A full contact record as the server renders it, with the nulls a fresh contact has.
pub fn contact_record() -> serde_json::Value {
    serde_json::json!({
        "id": 1042, "name": "brave-sunset-4821", "email": null, "phone_number": null,
        "account_id": 3, "created_at": "2026-01-19T10:15:30.123Z",
        "updated_at": "2026-01-19T10:15:30.123Z", "additional_attributes": {},
        "identifier": null, "custom_attributes": {}, "last_activity_at": null,
        "contact_type": "visitor", "middle_name": "", "last_name": "", "location": null,
        "country_code": null, "blocked": false, "company_id": null
    })
}

/// Open conversation 17, never seen, with these messages, as the server renders it.
pub fn conversation(messages: Vec<serde_json::Value>) -> serde_json::Value {
    serde_json::json!({
        "id": 17, "uuid": "6b1f8f3e-2d4c-4a8b-9c3e-5f7a1b2c3d4e", "inbox_id": 5,
        "contact_last_seen_at": 0, "status": "open", "agent_last_seen_at": 0,
        "messages": messages, "contact": contact_record()
    })
}

/// A client for the server with a short timeout, so a broken test cannot hang.
pub fn client_for(server: &TestServer) -> pembalasan_client::public::Client {
    pembalasan_client::public::Client::builder(server.base_url())
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client")
}

async fn serve(mut stream: TcpStream, handler: Arc<Handler>, recorded: Arc<Mutex<Vec<Recorded>>>) {
    loop {
        let Some(request) = read_request(&mut stream).await else {
            return;
        };
        recorded
            .lock()
            .expect("requests lock")
            .push(request.clone());
        match handler(&request) {
            Reply::Http {
                status,
                headers,
                body,
            } => {
                let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
                for (name, value) in &headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                if !headers
                    .iter()
                    .any(|(name, _)| name.eq_ignore_ascii_case("content-length"))
                {
                    head.push_str(&format!("content-length: {}\r\n", body.len()));
                }
                head.push_str("\r\n");
                if stream.write_all(head.as_bytes()).await.is_err()
                    || stream.write_all(&body).await.is_err()
                {
                    return;
                }
            }
            Reply::Raw(bytes) => {
                let _ = stream.write_all(&bytes).await;
                let _ = stream.shutdown().await;
                return;
            }
            Reply::RawThenReset(bytes) => {
                let _ = stream.write_all(&bytes).await;
                let _ = stream.flush().await;
                #[allow(deprecated)] // a reset is exactly what this reply is for
                let _ = stream.set_linger(Some(Duration::ZERO));
                drop(stream);
                return;
            }
            Reply::Hang => {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                return;
            }
            Reply::Large { len, chunked } => {
                let head = if chunked {
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n".to_owned()
                } else {
                    format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len}\r\n\r\n"
                    )
                };
                if stream.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let block = vec![b' '; 64 * 1024];
                let mut sent = 0;
                while sent < len {
                    let n = block.len().min(len - sent);
                    let written = if chunked {
                        let mut framed = format!("{n:x}\r\n").into_bytes();
                        framed.extend_from_slice(&block[..n]);
                        framed.extend_from_slice(b"\r\n");
                        stream.write_all(&framed).await
                    } else {
                        stream.write_all(&block[..n]).await
                    };
                    if written.is_err() {
                        return; // the client gave up, as it should
                    }
                    sent += n;
                }
                if chunked {
                    let _ = stream.write_all(b"0\r\n\r\n").await;
                }
            }
        }
    }
}

/// Reads one request (head and `content-length` body); `None` at end of stream.
async fn read_request(stream: &mut TcpStream) -> Option<Recorded> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(position) = find(&buffer, b"\r\n\r\n") {
            break position;
        }
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 || buffer.len() > 1 << 20 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_owned();
    let target = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0);
    let mut body = buffer[head_end + 4..].to_vec();
    while body.len() < length {
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..read]);
    }
    body.truncate(length);
    Some(Recorded {
        method,
        target,
        headers,
        body,
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        302 => "Found",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        _ => "Status",
    }
}
