//! A catalogue of broken or unsupported specs: each must fail with an error that names the place
//! (a line and column for YAML syntax, a JSON pointer or the `$ref` text otherwise) and says in
//! one sentence what to do. None may panic, overflow the stack or hang.
//!
//! Small cases are files in `tests/bad-specs/`; large or parametric ones are built below. Run
//! with `--nocapture` to see every message.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// One fixture and what its error must say.
struct Case {
    /// File name in `tests/bad-specs/`.
    file: &'static str,
    /// What `Display` prints between the file name and `: `: `:LINE:COL`, a `#/pointer`, or
    /// nothing for an error about the document as a whole.
    place: &'static str,
    /// Substrings the message must contain, the last one from its "what to do" half.
    says: &'static [&'static str],
}

const CASES: &[Case] = &[
    // Reading the document.
    Case {
        file: "malformed_yaml.yaml",
        place: ":11:16",
        says: &[
            "is not valid YAML (did not find expected ',' or ']')",
            "fix the syntax there",
        ],
    },
    Case {
        file: "empty.yaml",
        place: "",
        says: &[
            "the spec is empty",
            "write an OpenAPI 3.0.x document in YAML",
        ],
    },
    Case {
        file: "not_a_mapping.yaml",
        place: "",
        says: &[
            "is not a YAML mapping",
            "starts with keys such as `openapi:`",
        ],
    },
    Case {
        file: "yaml_alias_bomb.yaml",
        place: "",
        says: &[
            "aliases (`*name`) expand into too many nodes",
            "use `$ref` instead",
        ],
    },
    Case {
        file: "openapi_3_1.yaml",
        place: "#/openapi",
        says: &[
            "OpenAPI version `3.1.0` is not supported",
            "write `openapi: 3.0.3`",
        ],
    },
    Case {
        file: "swagger_2.yaml",
        place: "#/swagger",
        says: &["Swagger `2.0` document", "convert it to OpenAPI 3.0.x"],
    },
    // Authentication.
    Case {
        file: "security_bearer.yaml",
        place: "#/components/securitySchemes/bearer",
        says: &[
            "is not an `apiKey` `in: header`",
            "describe the credential as an API key in a header",
        ],
    },
    Case {
        file: "security_alternatives.yaml",
        place: "#/security",
        says: &[
            "lists several alternatives",
            "write `security: [{SchemeName: []}]`",
        ],
    },
    Case {
        file: "security_undefined_scheme.yaml",
        place: "#/security",
        says: &[
            "names the scheme `accessToken`",
            "define it or fix the name",
        ],
    },
    Case {
        file: "security_operation_differs.yaml",
        place: "#/paths/~1widgets/get/security",
        says: &[
            "asks for other credentials",
            "remove the operation's `security`",
        ],
    },
    Case {
        file: "security_header_name.yaml",
        place: "#/components/securitySchemes/accessToken/name",
        says: &["is not an HTTP header name", "such as `api-access-token`"],
    },
    // Operations.
    Case {
        file: "missing_operation_id.yaml",
        place: "#/paths/~1widgets/get",
        says: &[
            "GET /widgets has no `operationId`",
            "add one, such as `operationId: ",
        ],
    },
    Case {
        file: "duplicate_operation_id.yaml",
        place: "#/paths/~1gadgets/get/operationId",
        says: &[
            "operationId `list_widgets` of GET /gadgets is already used by GET /widgets",
            "give each operation its own operationId",
        ],
    },
    Case {
        file: "two_success_bodies.yaml",
        place: "#/paths/~1widgets/post/responses/201",
        says: &["have different bodies (200 and 201)", "share one schema"],
    },
    Case {
        file: "request_media_type_xml.yaml",
        place: "#/paths/~1widgets/post/requestBody/content/application~1xml",
        says: &[
            "`application/xml` of POST /widgets is not supported",
            "use one of application/json",
        ],
    },
    Case {
        file: "request_media_type_multipart.yaml",
        place: "#/paths/~1widgets/post/requestBody/content/multipart~1form-data",
        says: &[
            "`multipart/form-data` of POST /widgets is not supported",
            "use one of application/json",
        ],
    },
    Case {
        file: "response_json_without_schema.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json",
        says: &[
            "body of response 200 of GET /widgets has no `schema`",
            "add one",
        ],
    },
    Case {
        file: "response_schema_null.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json",
        says: &[
            "body of response 200 of GET /widgets has no `schema`",
            "add one",
        ],
    },
    Case {
        file: "response_encoding.yaml",
        place: "#/components/responses/Widgets/content/application~1json/encoding",
        says: &["sets `encoding`", "remove it"],
    },
    Case {
        file: "status_range_9xx.yaml",
        place: "#/paths/~1widgets/get/responses/9XX",
        says: &["response status `9XX`", "a range from 1XX to 5XX"],
    },
    Case {
        file: "status_nonstandard.yaml",
        place: "#/paths/~1widgets/get/responses/299",
        says: &["response status `299`", "write a standard status code"],
    },
    // Paths and parameters.
    Case {
        file: "undeclared_path_parameter.yaml",
        place: "#/paths/~1widgets~1{widget_id}/get/parameters",
        says: &[
            "path parameter `{widget_id}` of GET /widgets/{widget_id} is not declared",
            "add `{name: widget_id, in: path, required: true",
        ],
    },
    Case {
        file: "unused_path_parameter.yaml",
        place: "#/paths/~1widgets/get/parameters/0",
        says: &[
            "`widget_id` of GET /widgets is declared but the path has no `{widget_id}`",
            "remove it or add it to the path",
        ],
    },
    Case {
        file: "path_parameter_not_required.yaml",
        place: "#/paths/~1widgets~1{id}/get/parameters/0/required",
        says: &[
            "path parameter `id` of GET /widgets/{id} is not marked required",
            "add `required: true`",
        ],
    },
    Case {
        file: "path_template_malformed.yaml",
        place: "#/paths/~1widgets~1{id{x}}",
        says: &[
            "has a `{` or `/` inside a parameter name",
            "write each parameter as `{name}`",
        ],
    },
    Case {
        file: "path_and_query_same_name.yaml",
        place: "#/paths/~1widgets~1{id}/get/parameters/1/name",
        says: &[
            "`id` is used twice by GET /widgets/{id} (in path and in query)",
            "rename one",
        ],
    },
    Case {
        file: "parameter_name_clash.yaml",
        place: "#/paths/~1widgets/get/parameters/1/name",
        says: &[
            "`page-size` and `page_size` of GET /widgets both become `page_size`",
            "rename one",
        ],
    },
    Case {
        file: "cookie_parameter.yaml",
        place: "#/paths/~1widgets/get/parameters/0/in",
        says: &[
            "`session` of GET /widgets is a cookie parameter",
            "leave it out of the spec",
        ],
    },
    Case {
        file: "parameter_style.yaml",
        place: "#/paths/~1widgets/get/parameters/0/style",
        says: &[
            "uses `style: deepObject`",
            "remove `style` (the default is `form`)",
        ],
    },
    Case {
        file: "parameter_content.yaml",
        place: "#/paths/~1widgets/get/parameters/0/content",
        says: &[
            "`filter` of GET /widgets has no `schema`",
            "describe its value with `schema:`",
        ],
    },
    Case {
        file: "object_query_parameter.yaml",
        place: "#/paths/~1widgets/get/parameters/0/schema",
        says: &[
            "cannot send as a query parameter",
            "split it into one parameter per field",
        ],
    },
    Case {
        file: "object_path_parameter.yaml",
        place: "#/paths/~1widgets~1{widget}/get/parameters/0/schema",
        says: &[
            "cannot send as a path parameter",
            "split it into one parameter per field",
        ],
    },
    // References.
    Case {
        file: "dangling_schema_ref.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json/schema/$ref",
        says: &[
            "`$ref` '#/components/schemas/Missing' points nowhere",
            "define that component",
        ],
    },
    Case {
        file: "dangling_parameter_ref.yaml",
        place: "#/paths/~1widgets/get/parameters/0/$ref",
        says: &[
            "`$ref` '#/components/parameters/X' points nowhere",
            "define that component",
        ],
    },
    Case {
        file: "dangling_response_ref.yaml",
        place: "#/paths/~1widgets/get/responses/200/$ref",
        says: &[
            "`$ref` '#/components/responses/X' points nowhere",
            "define that component",
        ],
    },
    Case {
        file: "external_ref.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json/schema/$ref",
        says: &[
            "'common.yaml#/components/schemas/Widget' points outside this file",
            "copy the target into `components`",
        ],
    },
    Case {
        file: "parameter_ref_to_schema.yaml",
        place: "#/paths/~1widgets/get/parameters/0/$ref",
        says: &[
            "`$ref` '#/components/schemas/Limit' is in a place that holds a parameter",
            "point to the right entry",
        ],
    },
    Case {
        file: "request_body_ref_to_schema.yaml",
        place: "#/paths/~1widgets/post/requestBody/$ref",
        says: &[
            "`$ref` '#/components/schemas/Widget' is in a place that holds a request body",
            "`components/requestBodies`",
        ],
    },
    Case {
        file: "ref_inside_component.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json/schema/$ref",
        says: &[
            "`$ref` '#/components/schemas/Widget/properties/id'",
            "must name a whole entry of `components/schemas`",
        ],
    },
    Case {
        file: "component_name_with_slash.yaml",
        place: "#/components/parameters/page~1size",
        says: &[
            "component name `page/size` may use only letters, digits",
            "rename it and the `$ref`s to it",
        ],
    },
    Case {
        file: "path_item_ref.yaml",
        place: "#/paths/~1widgets/$ref",
        says: &[
            "cannot follow a `$ref` ('#/components/x-widgets') in a path item",
            "write the path item out in full here",
        ],
    },
    Case {
        file: "ref_cycle.yaml",
        place: "#/components/schemas/A",
        says: &[
            "(#/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A)",
            "give one of them real content",
        ],
    },
    Case {
        file: "parameter_ref_cycle.yaml",
        place: "#/components/parameters/Limit",
        says: &[
            "(#/components/parameters/Limit -> #/components/parameters/PageSize -> #/components/parameters/Limit)",
            "give one of them real content",
        ],
    },
    Case {
        file: "response_ref_cycle.yaml",
        place: "#/components/responses/Ok",
        says: &[
            "(#/components/responses/Ok -> #/components/responses/Fine -> #/components/responses/Ok)",
            "give one of them real content",
        ],
    },
    // Schemas.
    Case {
        file: "unknown_type.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json/schema/type",
        says: &[
            "`type` \"widget\" is not an OpenAPI 3.0 type",
            "use one of string, number",
        ],
    },
    Case {
        file: "not_keyword.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json/schema/not",
        says: &[
            "this form of `not` is not supported",
            "describe the allowed values instead",
        ],
    },
    Case {
        file: "exclusive_minimum_alone.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json/schema/exclusiveMinimum",
        says: &[
            "`exclusiveMinimum: true` has no `minimum`",
            "add the `minimum` or remove `exclusiveMinimum`",
        ],
    },
    Case {
        file: "enum_variant_clash.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json/schema/enum",
        says: &[
            "'in-progress' and 'in_progress' become the same Rust variant name",
            "make them differ in more than case",
        ],
    },
    Case {
        file: "untyped_format.yaml",
        place: "#/paths/~1widgets/get/responses/200/content/application~1json/schema/properties/id/format",
        says: &[
            "`format` has no `type` beside it",
            "add the `type`, such as `type: string`",
        ],
    },
    // Merges (`allOf`) that typify would expand forever, or for too long.
    Case {
        file: "allof_merge_cycle.yaml",
        place: "#/components/schemas/A",
        says: &[
            "merges `A` into a copy of itself (A -> B -> A)",
            "refer to `A` from a property instead of merging it",
        ],
    },
    Case {
        file: "allof_discriminator_cycle.yaml",
        place: "#/components/schemas/Cat",
        says: &[
            "merges `Cat` into a copy of itself (Cat -> Pet -> Cat)",
            "refer to `Cat` from a property",
        ],
    },
    Case {
        file: "allof_property_cycle.yaml",
        place: "#/components/schemas/Folder",
        says: &[
            "merges `Folder` into a copy of itself (Folder -> Folder)",
            "refer to `Folder` from a property",
        ],
    },
    Case {
        file: "allof_additional_properties_cycle.yaml",
        place: "#/components/schemas/A/properties/w",
        says: &[
            "merges `A` into a copy of itself (A -> A)",
            "refer to `A` from a property",
        ],
    },
    Case {
        file: "allof_exponential.yaml",
        place: "#/components/schemas/S0",
        says: &[
            "would copy schemas more than 20000 times",
            "merge fewer schemas",
        ],
    },
    Case {
        file: "allof_too_deep.yaml",
        place: "#/components/schemas/Level0",
        says: &[
            "more than 32 deep through `allOf` (Level0 -> Level1 -> Level2 -> Level3 -> ...)",
            "flatten the chain",
        ],
    },
];

/// The directory of the fixtures.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-specs")
}

/// Runs the generator on `text` named `name`, which must fail, and returns the error's Display
/// after checking that it is one line with a place-free sentence of two halves.
fn error_of(name: &str, text: &str) -> String {
    let error = match codegen::generate(&codegen::Spec::new("public", name, text)) {
        Ok(_) => panic!("{name}: generated, but the spec is broken"),
        Err(error) => error,
    };
    // The family's module does not change what is wrong with a spec.
    assert_eq!(
        codegen::generate(&codegen::Spec::new("application", name, text)).err(),
        Some(error.clone()),
        "{name}: the same error for the application family"
    );
    let shown = error.to_string();
    let message = error.message();
    assert!(!shown.contains('\n'), "{name}: not one line: {shown}");
    assert!(shown.ends_with(message), "{name}: {shown}");
    // One sentence: what is wrong; what to do.
    assert!(message.contains("; "), "{name}: no advice in: {message}");
    assert!(!message.ends_with('.'), "{name}: {message}");
    shown
}

/// Checks `shown` against an expected place and message parts.
fn assert_says(name: &str, shown: &str, place: &str, says: &[&str]) {
    let prefix = format!("{name}{place}: ");
    assert!(
        shown.starts_with(&prefix),
        "expected the place `{prefix}`, got:\n{shown}"
    );
    for part in says {
        assert!(shown.contains(part), "expected `{part}` in:\n{shown}");
    }
}

#[test]
fn every_fixture_fails_with_its_place_and_advice() {
    for case in CASES {
        let name = format!("bad-specs/{}", case.file);
        let text = std::fs::read_to_string(fixtures().join(case.file)).expect("fixture readable");
        let shown = error_of(&name, &text);
        println!("{shown}");
        assert_says(&name, &shown, case.place, case.says);
    }
}

#[test]
fn every_fixture_is_in_the_table() {
    let mut on_disk: Vec<String> = std::fs::read_dir(fixtures())
        .expect("fixture directory")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|case| case.file.to_owned()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every file in tests/bad-specs needs a row in CASES"
    );
}

/// A tiny xorshift generator, so the "random" inputs are the same on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| (self.next() >> 24) as u8).collect()
    }
}

#[test]
fn binary_garbage_fails_with_a_line_and_column() {
    // The start of a PNG file: a NUL byte on line 3 (after "\r\n" and "\n").
    let png = String::from_utf8_lossy(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").into_owned();
    let shown = error_of("logo.png", &png);
    println!("{shown}");
    assert_says(
        "logo.png",
        &shown,
        ":3:1",
        &["contains a NUL byte", "check that the right file was given"],
    );

    // Random bytes without NUL, as the caller's lossy UTF-8 decoding would give them.
    let mut rng = XorShift(0x5eed_0000_0000_0001);
    for round in 0..20 {
        let mut bytes = rng.bytes(4096);
        bytes.retain(|&b| b != 0);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let name = format!("garbage-{round}.bin");
        let shown = error_of(&name, &text);
        if round == 0 {
            println!("{shown}");
        }
        let place = shown[name.len()..].split(": ").next().unwrap_or_default();
        let numbers: Vec<&str> = place.trim_start_matches(':').split(':').collect();
        assert!(
            numbers.len() == 2 && numbers.iter().all(|n| n.parse::<usize>().is_ok()),
            "expected a line and column, got:\n{shown}"
        );
        assert!(
            shown.contains("is not valid YAML") && shown.ends_with("fix the syntax there"),
            "{shown}"
        );
    }
}

/// The start of a spec whose `Deep` schema follows, indented by 6 spaces.
const DEEP_HEAD: &str = "openapi: 3.0.3
info: {title: Deep, version: \"1\"}
paths:
  /deep:
    get:
      operationId: get_deep
      responses:
        \"200\":
          description: OK
          content:
            application/json:
              schema: {$ref: \"#/components/schemas/Deep\"}
components:
  schemas:
    Deep:
";

/// A spec whose `Deep` schema nests `levels` levels in block style: `open(level, pad)` writes
/// one level's lines at indentation `pad` and says how much deeper the next level goes.
fn nested_spec(levels: usize, open: impl Fn(usize, &str) -> (String, usize)) -> String {
    let mut text = String::from(DEEP_HEAD);
    let mut indent = 6;
    for level in 0..levels {
        let (lines, step) = open(level, &" ".repeat(indent));
        text.push_str(&lines);
        indent += step;
    }
    text.push_str(&format!("{}type: string\n", " ".repeat(indent)));
    text
}

#[test]
fn fifty_nested_objects_fail_at_the_depth_limit() {
    // Each object level is two JSON levels (`properties`, the name): 50 objects reach depth 104.
    let text = nested_spec(50, |level, pad| {
        (
            format!("{pad}type: object\n{pad}properties:\n{pad}  p{level}:\n"),
            4,
        )
    });
    let start = Instant::now();
    let shown = error_of("objects50.yaml", &text);
    println!("{shown} ({:?})", start.elapsed());
    let pointer: String = (0..=30)
        .map(|level| format!("/properties/p{level}"))
        .collect();
    assert_says(
        "objects50.yaml",
        &shown,
        &format!("#/components/schemas/Deep{pointer}"),
        &[
            "the spec nests deeper than 64 levels here",
            "move inner schemas into named `components/schemas` entries",
        ],
    );
}

#[test]
fn fifty_nested_arrays_generate() {
    // Each array level is one JSON level (`items`): 50 arrays stay within the limit and generate
    // a `Vec` nested 50 deep, on this 2 MiB test thread too (generation runs on its own stack;
    // on the caller's 2 MiB stack a debug build overflowed at this depth).
    let text = nested_spec(50, |_, pad| (format!("{pad}type: array\n{pad}items:\n"), 2));
    let start = Instant::now();
    let output = codegen::generate(&codegen::Spec::new("public", "arrays50.yaml", &text))
        .expect("50 nested arrays generate");
    println!("50 nested arrays: generated in {:?}", start.elapsed());
    let start = output
        .client
        .find("pub struct Deep(")
        .expect("a Deep newtype");
    let deep = output.client[start..]
        .split(");")
        .next()
        .unwrap_or_default();
    assert_eq!(deep.matches("Vec<").count(), 50, "{deep}");
}

/// `value` nested `levels` times in flow or JSON style, as the `x-deep` extension of a spec.
fn deep_flow(levels: usize, open: &str, close: &str) -> String {
    format!(
        "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"Deep\", \"version\": \"1\"}}, \"paths\": {{}}, \"x-deep\": {}1{}}}",
        open.repeat(levels),
        close.repeat(levels)
    )
}

#[test]
fn five_thousand_levels_fail_cleanly_in_every_style() {
    let compact_sequences = format!("openapi: 3.0.3\nx-deep:\n  {}1\n", "- ".repeat(5000));
    // One space of indentation per level keeps 2,800 levels (3.9 MB) under the size limit.
    let block = |levels: usize| {
        let mut text = String::from("openapi: 3.0.3\nx-deep:\n");
        for level in 0..levels {
            text.push_str(&" ".repeat(level + 1));
            text.push_str("a:\n");
        }
        text
    };
    let cases: [(&str, String, &str); 6] = [
        (
            "flow-mapping",
            deep_flow(5000, "{a: ", "}").replace('"', ""),
            ":1:",
        ),
        ("json-objects", deep_flow(5000, "{\"a\": ", "}"), ":1:"),
        ("json-arrays", deep_flow(5000, "[", "]"), ":1:"),
        ("block-sequences", compact_sequences, ":3:"),
        ("block-mappings-2800", block(2800), ":"),
        ("block-mappings-5000", block(5000), ""),
    ];
    for (style, text, place) in cases {
        let name = format!("deep-{style}.yaml");
        let start = Instant::now();
        let shown = error_of(&name, &text);
        let elapsed = start.elapsed();
        println!("{shown} ({} bytes, {elapsed:?})", text.len());
        assert!(shown.starts_with(&format!("{name}{place}")), "{shown}");
        if style == "block-mappings-5000" {
            // 12.5 MB of indentation: refused by size before it is read.
            assert!(
                shown.contains("more than the 4 MiB the generator reads"),
                "{shown}"
            );
        } else {
            assert!(
                shown.contains("nests deeper than 128 levels here, more than the YAML reader allows; move inner schemas"),
                "{shown}"
            );
        }
        assert!(
            elapsed < Duration::from_secs(20),
            "{style} took {elapsed:?}"
        );
    }
}

#[test]
fn a_chain_of_a_hundred_parameter_references_fails() {
    let mut text = String::from(
        "openapi: 3.0.3\ninfo: {title: Chain, version: \"1\"}\npaths:\n  /w:\n    get:\n      operationId: get_w\n      parameters: [{$ref: \"#/components/parameters/P0\"}]\n      responses: {\"200\": {description: OK}}\ncomponents:\n  parameters:\n",
    );
    for i in 0..100 {
        text.push_str(&format!(
            "    P{i}: {{$ref: \"#/components/parameters/P{}\"}}\n",
            i + 1
        ));
    }
    text.push_str("    P100: {name: q, in: query, schema: {type: string}}\n");
    let shown = error_of("chain.yaml", &text);
    println!("{shown}");
    assert_says(
        "chain.yaml",
        &shown,
        "#/components/parameters/P0",
        &[
            "through 100 references in a row, more than the 64",
            "refer to the definition directly",
        ],
    );
}

/// A realistic spec of about `bytes` bytes: operations with parameters, bodies and schemas.
fn big_spec(bytes: usize) -> String {
    let mut paths = String::from("openapi: 3.0.3\ninfo: {title: Big, version: \"1\"}\npaths:\n");
    let mut schemas = String::from("components:\n  schemas:\n");
    let mut i = 0;
    while paths.len() + schemas.len() < bytes {
        paths.push_str(&format!(
            "  /things{i}/{{thing_id}}:\n    get:\n      operationId: get_thing{i}\n      description: Returns thing {i} with all of its attributes.\n      parameters:\n        - {{name: thing_id, in: path, required: true, schema: {{type: string}}}}\n        - {{name: limit, in: query, schema: {{type: integer}}}}\n      responses:\n        \"200\":\n          description: The thing.\n          content:\n            application/json:\n              schema: {{$ref: \"#/components/schemas/Thing{i}\"}}\n"
        ));
        schemas.push_str(&format!(
            "    Thing{i}:\n      type: object\n      required: [id]\n      properties:\n        id: {{type: string, description: Identifier of thing {i}.}}\n        count: {{type: integer, format: int64}}\n        tags: {{type: array, items: {{type: string}}}}\n"
        ));
        i += 1;
    }
    paths + &schemas
}

#[test]
fn a_fifty_megabyte_spec_is_refused_at_once() {
    let text = big_spec(50 * 1024 * 1024);
    let start = Instant::now();
    let shown = error_of("big.yaml", &text);
    let elapsed = start.elapsed();
    println!("{shown} ({} bytes, {elapsed:?})", text.len());
    assert_says(
        "big.yaml",
        &shown,
        "",
        &[
            "the spec is 50.0 MiB, more than the 4 MiB the generator reads",
            "remove what the client does not need",
        ],
    );
    assert!(elapsed < Duration::from_secs(2), "took {elapsed:?}");
}
