//! The docs audit: docs pages in tests/docs-pages/ against the fixture spec beside them
//! (tests/docs-pages/spec.yaml, not a family spec), one failing page per kind of finding, parse
//! errors, the choice of a family's spec, and the real saved page in ../shared/docs when present.
//! The `cargo xtask audit-docs` binary is tested end to end in xtask/tests/audit_docs_cli.rs.

use std::path::{Path, PathBuf};

use docs_audit::page::{DocType, Location, field_paths};
use docs_audit::{audit, load_spec, parse};
use serde_json::Value;

const CONVERSATIONS: &str =
    "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations";
const MESSAGES: &str = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages";

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docs-pages")
}

fn read_page(name: &str) -> String {
    let path = pages_dir().join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

fn fixture_spec() -> Value {
    let text = read_page("spec.yaml");
    load_spec("spec.yaml", &text).unwrap_or_else(|err| panic!("{err}"))
}

/// The findings (`kind: detail`) for a page text against the fixture spec.
fn findings_for_text(text: &str) -> Vec<String> {
    let page = parse(text).unwrap_or_else(|err| panic!("the page does not parse: {err}"));
    audit(&fixture_spec(), &page)
        .findings
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn findings(name: &str) -> Vec<String> {
    findings_for_text(&read_page(name))
}

#[test]
fn passing_pages_have_no_findings() {
    let spec = fixture_spec();
    let mut fields = 0;
    for name in [
        "list-conversations.txt",
        "list-messages.txt",
        "create-message.txt",
    ] {
        let page = parse(&read_page(name)).unwrap_or_else(|err| panic!("{name}: {err}"));
        let result = audit(&spec, &page);
        assert_eq!(result.findings, vec![], "{name}");
        fields += result.fields;
    }
    assert_eq!(fields, 100);
}

#[test]
fn missing_operation() {
    assert_eq!(
        findings("missing-operation.txt"),
        vec!["missing operation: GET /public/api/v1/inboxes/{inbox_identifier}"]
    );
}

#[test]
fn missing_operation_names_the_methods_the_path_has() {
    let text = read_page("list-messages.txt").replacen("\nGET\n", "\nDELETE\n", 1);
    assert_eq!(
        findings_for_text(&text),
        vec![format!(
            "missing operation: DELETE {MESSAGES} (the spec has this path with GET, POST only)"
        )]
    );
}

#[test]
fn missing_path_parameter() {
    // The spec has the same path template with `{conversation_id}`: the operation is found,
    // and the page's `display_id` is the parameter the spec lacks.
    let path = MESSAGES.replace("{conversation_id}", "{display_id}");
    assert_eq!(
        findings("missing-path-parameter.txt"),
        vec![format!("missing path parameter: GET {path}: display_id")]
    );
}

#[test]
fn missing_query_parameter() {
    assert_eq!(
        findings("missing-query-parameter.txt"),
        vec![format!("missing query parameter: GET {MESSAGES}: after")]
    );
}

#[test]
fn missing_field_at_depth_inside_arrays() {
    // `sender` is a nullable allOf wrapper around a oneOf of three sender shapes; none has it.
    assert_eq!(
        findings("missing-field.txt"),
        vec![format!(
            "missing field: GET {CONVERSATIONS}: 200 body field [].messages[].sender.pubsub_token"
        )]
    );
}

#[test]
fn error_bodies_match_any_error_response() {
    // create-message.txt shows a 404 body and a 422 body; both pass against the union of the
    // 404 and 422 schemas. A field neither has is reported once, with both codes.
    let text = read_page("create-message.txt").replacen(
        "  \"error\": \"Not Found\"\n",
        "  \"error\": \"Not Found\",\n  \"code\": \"not_found\"\n",
        1,
    );
    assert_eq!(
        findings_for_text(&text),
        vec![format!(
            "missing field: POST {MESSAGES}: 404/422 body field code"
        )]
    );
}

#[test]
fn type_conflict_in_a_body() {
    assert_eq!(
        findings("body-type-conflict.txt"),
        vec![format!(
            "type conflict: GET {CONVERSATIONS}: 200 body field [].messages[].created_at: example string, spec integer"
        )]
    );
}

#[test]
fn type_conflict_in_a_parameter() {
    assert_eq!(
        findings("parameter-type-conflict.txt"),
        vec![format!(
            "type conflict: GET {MESSAGES}: path parameter conversation_id: page string, spec integer"
        )]
    );
}

/// A one-operation spec whose 200 body is `schema` and whose query parameter `q` has `param`.
fn tiny_spec(schema: &str, param: &str) -> Value {
    let text = format!(
        r#"{{"openapi": "3.0.3", "paths": {{"/x": {{"get": {{
            "parameters": [{{"name": "q", "in": "query", "schema": {param}}}],
            "responses": {{"200": {{"description": "ok",
                "content": {{"application/json": {{"schema": {schema}}}}}}}}}}}}}}}}}"#
    );
    load_spec("tiny", &text).unwrap_or_else(|err| panic!("{err}"))
}

fn tiny_page(param_type: &str, body: &str) -> String {
    format!(
        "Panduan pembalasan.id\nSection\nTitle\nGET\n/x\n\nQuery Parameters\n\nq*{param_type}\n\nResponse Body\n\napplication/json\n\ncurl -X GET \"https://example.com/x\"\n{body}\n"
    )
}

fn tiny_findings(schema: &str, param: &str, param_type: &str, body: &str) -> Vec<String> {
    let page = parse(&tiny_page(param_type, body)).unwrap_or_else(|err| panic!("{err}"));
    audit(&tiny_spec(schema, param), &page)
        .findings
        .iter()
        .map(|finding| finding.detail.clone())
        .collect()
}

#[test]
fn compatible_types_are_not_conflicts() {
    let schema = r#"{"type": "object", "properties": {
        "n": {"type": "number"},
        "when": {"type": "string", "format": "date-time"},
        "either": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
        "maybe": {"allOf": [{"type": "integer"}], "nullable": true},
        "anything": {},
        "free": {"type": "object"}
    }}"#;
    let body = r#"{"n": 0, "when": "string", "either": "string", "maybe": null,
        "anything": [true], "free": {"deep": {"er": 1}}}"#;
    assert_eq!(
        tiny_findings(schema, r#"{"type": "number"}"#, "integer", body),
        Vec::<String>::new()
    );
    assert_eq!(
        tiny_findings(schema, r#"{"type": "integer"}"#, "integer | null", body),
        Vec::<String>::new()
    );
}

#[test]
fn incompatible_types_are_conflicts() {
    let schema = r#"{"type": "object", "properties": {
        "i": {"type": "integer"},
        "either": {"oneOf": [{"type": "integer"}, {"type": "boolean"}]},
        "list": {"type": "array", "items": {"type": "string"}}
    }}"#;
    let body = r#"{"i": 0.5, "either": "string", "list": {}}"#;
    assert_eq!(
        tiny_findings(schema, r#"{"type": "integer"}"#, "number", body),
        vec![
            "GET /x: query parameter q: page number, spec integer",
            "GET /x: 200 body field i: example number, spec integer",
            "GET /x: 200 body field either: example string, spec integer | boolean",
            "GET /x: 200 body field list: example object, spec array",
        ]
    );
    assert_eq!(
        tiny_findings(schema, r#"{"type": "string"}"#, "string", "[]"),
        vec!["GET /x: 200 body: example array, spec object"]
    );
}

#[test]
fn parse_errors_name_the_line() {
    let cases = [
        (
            "hello\n",
            1,
            "expected the title line `Panduan pembalasan.id`",
        ),
        (
            "Panduan pembalasan.id\nSection\nTitle\nPath Parameters\n",
            4,
            "expected the HTTP method",
        ),
        (
            "Panduan pembalasan.id\nSection\nTitle\nGET\npublic/x\n",
            5,
            "expected the path of the GET operation, starting with `/`",
        ),
        (
            "Panduan pembalasan.id\nS\nT\nGET\n/x\n\nPath Parameters\n\nThe identifier\n",
            9,
            "expected a parameter line such as `inbox_identifier*string`",
        ),
        (
            "Panduan pembalasan.id\nS\nT\nGET\n/x\nResponse Body\ncurl -X GET \"https://e/x\"\n{\n  \"a\": 0,\n  \"b\": oops\n}\n",
            10,
            "an example body is not valid JSON",
        ),
        (
            "Panduan pembalasan.id\nS\nT\nGET\n/x\nResponse Body\ncurl -X GET \"https://e/x\"\n{}\n\nWas this page helpful?\n",
            10,
            "expected another JSON example body or the end of the page",
        ),
        (
            "Panduan pembalasan.id\nS\nT\nPOST\n/x\ncurl -X POST \"https://e/x\" -d '{\n",
            6,
            "the curl example starting here never ends",
        ),
    ];
    for (text, line, start) in cases {
        let err = parse(text).expect_err(text);
        assert_eq!(err.line, line, "{text:?}: {err}");
        assert!(err.message.starts_with(start), "{text:?}: {err}");
    }
}

#[test]
fn real_list_all_conversations_page_parses() {
    let Some(docs) = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .and_then(Path::parent)
        .map(|parent| parent.join("shared/docs"))
        .filter(|docs| docs.is_dir())
    else {
        println!("note: ../shared/docs is absent beside the workspace root; skipping");
        return;
    };
    let path = docs.join("list-all-conversations.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    let page = parse(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()));

    assert_eq!(page.section.as_deref(), Some("Conversations A P I"));
    assert_eq!(page.title, "List all conversations");
    assert_eq!(page.method, "GET");
    assert_eq!(page.path, CONVERSATIONS);
    assert_eq!(page.description, "List all conversations for the contact");
    let parameters: Vec<_> = page
        .parameters
        .iter()
        .map(|p| (p.name.as_str(), p.location, p.required, &p.doc_type))
        .collect();
    assert_eq!(
        parameters,
        vec![
            ("inbox_identifier", Location::Path, true, &DocType::String),
            ("contact_identifier", Location::Path, true, &DocType::String),
        ]
    );
    assert_eq!(
        page.parameters[0].description,
        "The identifier obtained from API inbox channel"
    );
    assert_eq!(page.media_types, vec!["application/json"; 2]);
    assert_eq!(page.bodies.len(), 2);

    let success = field_paths(&page.bodies[0].value);
    for field in [
        "[].id",
        "[].messages[].attachments[].coordinates_lat",
        "[].messages[].sender.avatar_url",
        "[].contact.label_list",
    ] {
        assert!(success.contains(&field.to_owned()), "{field}: {success:?}");
    }
    let error = field_paths(&page.bodies[1].value);
    assert_eq!(
        error,
        vec![
            "description",
            "errors",
            "errors[].field",
            "errors[].message",
            "errors[].code"
        ]
    );
}

/// Items written as a nullable reference (`{type: object, nullable: true, allOf: [$ref]}`, as
/// the public spec's `attachments[]` are) are read through to the referenced schema: a field the
/// docs add there is reported, and a field the schema has is not.
#[test]
fn fields_inside_nullable_array_items_are_checked() {
    let text = r##"{"openapi": "3.0.3", "paths": {"/x": {"get": {
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema":
            {"type": "object", "properties": {"attachments": {"type": "array", "items":
                {"type": "object", "nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]}}}}}}}}}}},
        "components": {"schemas": {"A": {"type": "object", "properties": {"id": {"type": "integer"}}}}}}"##;
    let spec = load_spec("tiny", text).unwrap_or_else(|err| panic!("{err}"));
    let page = "Panduan pembalasan.id\nSection\nTitle\nGET\n/x\n\nResponse Body\n\napplication/json\n\ncurl -X GET \"https://example.com/x\"\n{\"attachments\": [{\"id\": 1, \"blurhash\": \"x\"}]}\n";
    let page = parse(page).unwrap_or_else(|err| panic!("{err}"));
    let details: Vec<String> = audit(&spec, &page)
        .findings
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        details,
        vec!["missing field: GET /x: 200 body field attachments[].blurhash"]
    );
}

/// A page of a family with no spec among the given ones is an error that names the family,
/// and the other pages are still audited.
#[test]
fn a_page_of_a_family_without_a_spec_is_an_error() {
    let specs = docs_audit::Specs::PerFamily(vec![(
        "public",
        docs_audit::LabelledSpec {
            label: "spec/public.yaml".to_owned(),
            spec: fixture_spec(),
        },
    )]);
    let platform = "Panduan pembalasan.id\nUsers\n\nGet a user\n\nGET\n/platform/api/v1/users/{id}\n\nOne user\n";
    let pages = [
        docs_audit::PageText {
            name: "platform.txt".to_owned(),
            text: Ok(platform.to_owned()),
        },
        docs_audit::PageText {
            name: "messages.txt".to_owned(),
            text: Ok(read_page("list-messages.txt")),
        },
    ];
    let outcome = docs_audit::run(&specs, &pages);
    assert_eq!(outcome.code, docs_audit::EXIT_ERROR);
    assert_eq!(
        outcome.stderr,
        [
            "error: platform.txt: documents /platform/api/v1/users/{id} of the platform API, which has no spec here (spec/platform.yaml)"
        ]
    );
    assert!(
        outcome
            .stdout
            .iter()
            .any(|line| line.contains("spec/public.yaml")),
        "{:?}",
        outcome.stdout
    );
}
