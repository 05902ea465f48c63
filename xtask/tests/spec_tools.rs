//! The third-party tool runs (`lint-spec`, `docs`, `other-languages`) and the Prism helper, on a
//! small spec in a scratch workspace. The scratch workspace shares the real `.tools/`, so the
//! pinned tools are installed once (on the first run, from the npm and PyPI registries) and
//! reused; Node.js 20.19+/22.12+ and Python 3.11+ must be installed.

use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use xtask::Family;
use xtask::spec_tools;
use xtask::tools::Prism;

/// The tests write a small spec of the public family.
const PUBLIC: Family = Family {
    name: "public",
    cli: "public",
};

const LIST_PATH: &str =
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations";

/// A one-operation spec shaped like the real one: `list_conversations` returns
/// `PublicConversation`s.
fn small_spec_value() -> serde_json::Value {
    serde_json::json!({
        "openapi": "3.0.3",
        "info": {
            "title": "pembalasan.id public client API (test)",
            "version": "1.0.0",
            "description": "A one-operation spec for the xtask tool tests.",
            "license": { "name": "MIT", "url": "https://opensource.org/licenses/MIT" }
        },
        "servers": [ { "url": "https://app.pembalasan.id" } ],
        "security": [],
        "tags": [ { "name": "conversations", "description": "Conversations of a contact." } ],
        "paths": {
            LIST_PATH: {
                "parameters": [
                    { "name": "inbox_identifier", "in": "path", "required": true,
                      "schema": { "type": "string" } },
                    { "name": "contact_identifier", "in": "path", "required": true,
                      "schema": { "type": "string" } }
                ],
                "get": {
                    "operationId": "list_conversations",
                    "summary": "List the contact's conversations",
                    "tags": ["conversations"],
                    "responses": {
                        "200": {
                            "description": "The conversations.",
                            "content": { "application/json": {
                                "schema": { "type": "array",
                                    "items": { "$ref": "#/components/schemas/PublicConversation" } },
                                "example": [ { "id": 17, "status": "open",
                                    "messages": [ { "id": 7, "content": "Halo" } ] } ]
                            } }
                        },
                        "404": {
                            "description": "Unknown inbox or contact.",
                            "content": { "application/json": {
                                "schema": { "$ref": "#/components/schemas/ApiError" } } }
                        }
                    }
                }
            }
        },
        "components": { "schemas": {
            "PublicConversation": {
                "type": "object",
                "required": ["id", "status", "messages"],
                "properties": {
                    "id": { "type": "integer", "format": "int64" },
                    "status": { "type": "string", "enum": ["open", "resolved", "pending", "snoozed"] },
                    "messages": { "type": "array",
                        "items": { "$ref": "#/components/schemas/PublicMessage" } }
                }
            },
            "PublicMessage": {
                "type": "object",
                "required": ["id", "content"],
                "properties": {
                    "id": { "type": "integer", "format": "int64" },
                    "content": { "type": "string", "nullable": true }
                }
            },
            "ApiError": {
                "type": "object",
                "properties": { "error": { "type": "string" } }
            }
        } }
    })
}

fn to_text(spec: &serde_json::Value) -> String {
    serde_json::to_string_pretty(spec).expect("a json! value serializes")
}

fn small_spec() -> String {
    to_text(&small_spec_value())
}

/// The value at a JSON pointer of `spec`, to change it.
fn at<'a>(spec: &'a mut serde_json::Value, pointer: &str) -> &'a mut serde_json::Value {
    spec.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} is in the test spec"))
}

/// A workspace in the temp folder with the committed tool files, a spec/public.json of the
/// test's choosing, and the real `.tools/` linked in; removed on drop.
struct Scratch {
    root: PathBuf,
}

impl Scratch {
    fn new(name: &str, spec: &str) -> Scratch {
        let real = xtask::workspace_root();
        let root = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for file in [
            "redocly.yaml",
            "xtask/tools/package.json",
            "xtask/tools/package-lock.json",
            "xtask/tools/requirements.txt",
            "xtask/tools/python/call_prism.py",
            "xtask/tools/python/openapi-python-client.yaml",
            "xtask/tools/ts/public.ts",
        ] {
            let target = root.join(file);
            fs::create_dir_all(target.parent().expect("a file has a folder")).expect("mkdir");
            fs::copy(real.join(file), &target).unwrap_or_else(|err| panic!("copy {file}: {err}"));
        }
        fs::create_dir_all(root.join("spec")).expect("mkdir spec");
        fs::write(root.join(PUBLIC.spec_json()), spec).expect("write spec");
        fs::create_dir_all(real.join(xtask::tools::TOOLS_DIR)).expect("mkdir .tools");
        std::os::unix::fs::symlink(
            real.join(xtask::tools::TOOLS_DIR),
            root.join(xtask::tools::TOOLS_DIR),
        )
        .expect("link .tools");
        Scratch { root }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// A plain HTTP/1.1 GET; returns the status code and the body.
fn get(base_url: &str, path: &str) -> (u16, String) {
    let address = base_url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).expect("connect to prism");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept: application/json\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).expect("read reply");
    let status = reply
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = reply
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn prism_serves_the_spec_and_stops_on_drop() {
    let scratch = Scratch::new("prism", &small_spec());
    let prism = Prism::start(&scratch.root, Path::new(&PUBLIC.spec_json()))
        .unwrap_or_else(|err| panic!("{err}"));
    let base_url = prism.base_url();
    assert!(base_url.starts_with("http://127.0.0.1:"), "{base_url}");

    let (status, body) = get(
        &base_url,
        "/public/api/v1/inboxes/abc/contacts/def/conversations",
    );
    assert_eq!(status, 200, "{body}\n{}", prism.log());
    assert!(body.contains(r#""status":"open""#), "{body}");
    let (status, _) = get(&base_url, "/no/such/path");
    assert_eq!(status, 404);

    let pid = prism.pid();
    assert!(Path::new(&format!("/proc/{pid}")).exists());
    drop(prism);
    assert!(
        !Path::new(&format!("/proc/{pid}")).exists(),
        "prism (pid {pid}) still runs after drop"
    );
    assert!(TcpStream::connect(base_url.trim_start_matches("http://")).is_err());
}

#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn lint_spec_passes_a_clean_spec() {
    let scratch = Scratch::new("lint-clean", &small_spec());
    spec_tools::lint_spec(&scratch.root, &[PUBLIC]).unwrap_or_else(|err| panic!("{err}"));
}

#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn lint_spec_names_an_invalid_example() {
    let mut spec = small_spec_value();
    let example = format!(
        "/paths/{}/get/responses/200/content/application~1json/example/0/status",
        LIST_PATH.replace('/', "~1")
    );
    *at(&mut spec, &example) = serde_json::json!("closed");
    let scratch = Scratch::new("lint-bad-example", &to_text(&spec));
    let err =
        spec_tools::lint_spec(&scratch.root, &[PUBLIC]).expect_err("an invalid example fails");
    assert!(err.contains("1 error(s)"), "{err}");

    let node = xtask::tools::node_tools(&scratch.root).unwrap_or_else(|err| panic!("{err}"));
    let report = spec_tools::redocly_lint(&scratch.root, &node, &PUBLIC)
        .unwrap_or_else(|err| panic!("{err}"));
    let text = spec_tools::format_problems(&report);
    assert!(
        text.contains("error [no-invalid-media-type-examples]"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "in: paths › {LIST_PATH} › get › responses › 200 › content › application/json › \
             example › 0 › status"
        )),
        "{text}"
    );
}

#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn lint_spec_fails_on_a_warning() {
    let mut spec = small_spec_value();
    at(&mut spec, "/tags/0")
        .as_object_mut()
        .expect("a tag is an object")
        .remove("description");
    let scratch = Scratch::new("lint-warning", &to_text(&spec));
    let err = spec_tools::lint_spec(&scratch.root, &[PUBLIC]).expect_err("a warning fails");
    assert!(err.contains("0 error(s) and 1 warning(s)"), "{err}");
}

#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn lint_spec_without_a_spec_says_to_regen() {
    let scratch = Scratch::new("lint-missing", "");
    fs::remove_file(scratch.root.join(PUBLIC.spec_json())).expect("remove spec");
    let err = spec_tools::lint_spec(&scratch.root, &[PUBLIC]).expect_err("no spec");
    assert!(err.contains("cargo xtask regen"), "{err}");
}

#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn docs_build_one_offline_page() {
    let scratch = Scratch::new("docs", &small_spec());
    let pages =
        spec_tools::build_docs(&scratch.root, &[PUBLIC]).unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(pages, vec![scratch.root.join(PUBLIC.docs_output())]);
    let page = &pages[0];
    let html = fs::read_to_string(page).expect("read page");
    assert!(html.contains("pembalasan.id public client API (test)"));
    assert!(
        !html.contains("bundles/redoc.standalone.js"),
        "the page must not load Redoc from a CDN"
    );
}

#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn other_languages_generate_compile_and_call_prism() {
    let scratch = Scratch::new("other-languages", &small_spec());
    spec_tools::other_languages(&scratch.root, &[PUBLIC]).unwrap_or_else(|err| panic!("{err}"));
    let root = &scratch.root;
    assert!(
        root.join(PUBLIC.python_output())
            .join("pembalasan_client/models/public_conversation.py")
            .is_file()
    );
    let types = fs::read_to_string(root.join(PUBLIC.ts_output())).expect("api.d.ts");
    assert!(types.contains("PublicConversation: {"), "{types}");
}

#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn other_languages_fail_when_usage_ts_does_not_type_check() {
    // `status` renamed `state`: usage.ts, which reads `.status`, must no longer compile.
    let mut spec = small_spec_value();
    let conversation = at(&mut spec, "/components/schemas/PublicConversation");
    *at(conversation, "/required") = serde_json::json!(["id", "state", "messages"]);
    let properties = at(conversation, "/properties")
        .as_object_mut()
        .expect("properties is an object");
    let status = properties.remove("status").expect("status is a property");
    properties.insert("state".to_owned(), status);
    let example = format!(
        "/paths/{}/get/responses/200/content/application~1json/example/0",
        LIST_PATH.replace('/', "~1")
    );
    let example = at(&mut spec, &example)
        .as_object_mut()
        .expect("the example is an object");
    let value = example.remove("status").expect("the example has a status");
    example.insert("state".to_owned(), value);
    let scratch = Scratch::new("other-languages-tsc", &to_text(&spec));
    let err =
        spec_tools::other_languages(&scratch.root, &[PUBLIC]).expect_err("usage.ts reads .status");
    assert!(err.contains("tsc --noEmit"), "{err}");
    assert!(err.contains("status"), "{err}");
}

/// The committed AsyncAPI document of the realtime events validates with no error or warning
/// (its payloads `$ref` the published spec/application.json beside it).
#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn asyncapi_lint_passes_the_committed_document() {
    let scratch = Scratch::new("asyncapi-clean", &small_spec());
    for file in [xtask::asyncapi::ASYNCAPI_SPEC, "spec/application.json"] {
        fs::copy(xtask::workspace_root().join(file), scratch.root.join(file))
            .unwrap_or_else(|err| panic!("copy {file}: {err}"));
    }
    xtask::asyncapi::lint(&scratch.root).unwrap_or_else(|err| panic!("{err}"));
}

/// A broken AsyncAPI document fails, and the diagnostic names its line and path.
#[test]
#[ignore = "needs Node.js and Python: run `cargo xtask test`, which installs the pinned tools"]
fn asyncapi_lint_names_the_broken_place() {
    let scratch = Scratch::new("asyncapi-broken", &small_spec());
    let document = fs::read_to_string(xtask::workspace_root().join(xtask::asyncapi::ASYNCAPI_SPEC))
        .expect("the document");
    let broken = document.replacen("    address: /cable\n", "    address: 42\n", 1);
    assert_ne!(broken, document, "the channel's address is in the document");
    fs::write(scratch.root.join(xtask::asyncapi::ASYNCAPI_SPEC), broken).expect("write");
    fs::copy(
        xtask::workspace_root().join("spec/application.json"),
        scratch.root.join("spec/application.json"),
    )
    .expect("copy the application spec");
    let err = xtask::asyncapi::lint(&scratch.root).expect_err("a number is not an address");
    assert!(err.contains(xtask::asyncapi::ASYNCAPI_SPEC), "{err}");
    let node = xtask::tools::node_tools(&scratch.root).expect("node tools");
    let diagnostics =
        xtask::asyncapi::validate(&scratch.root, &node, xtask::asyncapi::ASYNCAPI_SPEC)
            .expect("the CLI ran");
    let line = document
        .lines()
        .position(|line| line == "    address: /cable")
        .expect("the line")
        + 1;
    assert!(
        diagnostics.iter().any(|item| item.severity == 0
            && item
                .line
                .starts_with(&format!("{}:{line}:", xtask::asyncapi::ASYNCAPI_SPEC))),
        "{diagnostics:?}"
    );
}
