//! A stable, bounded, deterministic stand-in for fuzzing: mutate valid specs with a seeded PRNG
//! and check that `codegen::generate` never panics and always answers with a well-formed error
//! (or a client).
//!
//! Inputs: `spec/public.yaml` (if it exists) and a small built-in spec. Mutations: byte flips,
//! line deletions and duplications, truncations, indentation changes, scalar and key
//! replacements, and lines spliced in from elsewhere. Several may stack on one input.
//!
//! Budget, from the environment:
//! - `CODEGEN_FUZZ_ITERATIONS`: mutated inputs to try (default 400);
//! - `CODEGEN_FUZZ_SECONDS`: stop after this many seconds instead (the iteration count, if also
//!   set, still applies);
//! - `CODEGEN_FUZZ_SEED`: the base seed (default fixed), to explore other inputs.
//!
//! Before each call the input is written to `CARGO_TARGET_TMPDIR/fuzz_mutations-last.yaml`, so
//! an input that aborts the process (a stack overflow cannot be caught) can be found afterwards.

use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A small valid spec that exercises parameters, bodies, references, `allOf` and enums.
const SMALL_SPEC: &str = r##"openapi: 3.0.3
info:
  title: Widgets
  version: "1.0"
paths:
  /widgets:
    get:
      operationId: list_widgets
      parameters:
        - name: limit
          in: query
          schema: {type: integer, minimum: 1, maximum: 100}
        - $ref: "#/components/parameters/Colour"
      responses:
        "200":
          description: The widgets.
          content:
            application/json:
              schema:
                type: array
                items: {$ref: "#/components/schemas/Widget"}
        "404":
          $ref: "#/components/responses/Problem"
    post:
      operationId: create_widget
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewWidget"}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
        "422":
          $ref: "#/components/responses/Problem"
  /widgets/{widget_id}:
    parameters:
      - name: widget_id
        in: path
        required: true
        schema: {type: string, format: uuid}
    delete:
      operationId: delete_widget
      responses:
        "204":
          description: Deleted.
components:
  parameters:
    Colour:
      name: colour
      in: query
      schema: {$ref: "#/components/schemas/Colour"}
  responses:
    Problem:
      description: Something went wrong.
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Problem"}
  schemas:
    Colour:
      type: string
      enum: [red, green, blue]
    NewWidget:
      type: object
      required: [name]
      properties:
        name: {type: string, maxLength: 64}
        colour: {$ref: "#/components/schemas/Colour"}
        parent:
          allOf: [{$ref: "#/components/schemas/Widget"}]
          nullable: true
    Widget:
      allOf:
        - $ref: "#/components/schemas/NewWidget"
        - type: object
          required: [id]
          properties:
            id: {type: string, format: uuid}
            created: {type: string, format: date-time}
            tags:
              type: array
              items: {type: string}
            extra:
              type: object
              additionalProperties: {type: integer, format: int64}
    Problem:
      oneOf:
        - type: object
          properties:
            message: {type: string}
        - type: string
"##;

/// Scalars that tend to upset parsers and generators.
const SCALARS: [&str; 32] = [
    "",
    "null",
    "~",
    "true",
    "0",
    "-1",
    "1e309",
    "\"\"",
    "[]",
    "{}",
    "[[[[[[[[",
    "{a: {b: {c:",
    "\"#/components/schemas/Nope\"",
    "{$ref: \"#/components/schemas/Widget\"}",
    "{$ref: \"#/components/parameters/Colour\"}",
    "{$ref: \"#/components/responses/Problem\"}",
    "{$ref: \"#\"}",
    "*nowhere",
    "&anchor value",
    "!!binary aGk=",
    "3.1.0",
    "9XX",
    "object",
    "array",
    "cookie",
    "deepObject",
    "{type: object, properties: {a: {type: string}}}",
    "{allOf: [{$ref: \"#/components/schemas/Widget\"}, {type: object}]}",
    "{not: {type: string}}",
    "[a-b, a_b]",
    "\"{x}\"",
    "\u{0}",
];

/// Keys that change what a mapping means.
const KEYS: [&str; 16] = [
    "$ref",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "items",
    "properties",
    "additionalProperties",
    "enum",
    "type",
    "required",
    "in",
    "style",
    "content",
    "x-extra",
    "\"\"",
];

/// A tiny xorshift64* generator: the same seed gives the same inputs on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `bound` (0 if `bound` is 0).
    fn below(&mut self, bound: usize) -> usize {
        if bound == 0 {
            0
        } else {
            (self.next() % bound as u64) as usize
        }
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// One way to damage a spec.
#[derive(Debug, Clone, Copy)]
enum Mutation {
    FlipByte,
    DeleteLines,
    DuplicateLine,
    Truncate,
    Reindent,
    SwapIndentation,
    ReplaceScalar,
    ReplaceKey,
    SpliceLine,
}

const MUTATIONS: [Mutation; 9] = [
    Mutation::FlipByte,
    Mutation::DeleteLines,
    Mutation::DuplicateLine,
    Mutation::Truncate,
    Mutation::Reindent,
    Mutation::SwapIndentation,
    Mutation::ReplaceScalar,
    Mutation::ReplaceKey,
    Mutation::SpliceLine,
];

/// Applies `mutation` to `text`.
fn mutate(text: &str, mutation: Mutation, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let line = rng.below(lines.len());
    match mutation {
        Mutation::FlipByte => {
            let mut bytes = text.as_bytes().to_vec();
            if !bytes.is_empty() {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
            return String::from_utf8_lossy(&bytes).into_owned();
        }
        Mutation::Truncate => {
            let cut = rng.below(text.len() + 1);
            return String::from_utf8_lossy(&text.as_bytes()[..cut]).into_owned();
        }
        Mutation::DeleteLines => {
            let count = 1 + rng.below(3);
            let end = (line + count).min(lines.len());
            lines.drain(line..end);
        }
        Mutation::DuplicateLine => {
            if let Some(copy) = lines.get(line).cloned() {
                lines.insert(line, copy);
            }
        }
        Mutation::Reindent => {
            if let Some(target) = lines.get_mut(line) {
                let body = target.trim_start().to_owned();
                let indent = target.len() - body.len();
                let indent = match rng.below(3) {
                    0 => indent + 2,
                    1 => indent.saturating_sub(2),
                    _ => rng.below(12),
                };
                *target = format!("{}{body}", " ".repeat(indent));
            }
        }
        Mutation::SwapIndentation => {
            if line + 1 < lines.len() {
                let (first, second) = (lines[line].clone(), lines[line + 1].clone());
                let indent = |s: &str| s.len() - s.trim_start().len();
                lines[line] = format!("{}{}", " ".repeat(indent(&second)), first.trim_start());
                lines[line + 1] = format!("{}{}", " ".repeat(indent(&first)), second.trim_start());
            }
        }
        Mutation::ReplaceScalar => {
            if let Some(target) = lines.get_mut(line) {
                let scalar = rng.pick(&SCALARS);
                *target = match target.find(": ") {
                    Some(colon) => format!("{}: {scalar}", &target[..colon]),
                    None => format!("{target} {scalar}"),
                };
            }
        }
        Mutation::ReplaceKey => {
            if let Some(target) = lines.get_mut(line) {
                let body = target.trim_start();
                let indent = target.len() - body.len();
                let dash = if body.starts_with("- ") { "- " } else { "" };
                let rest = body.trim_start_matches("- ");
                if let Some(colon) = rest.find(':') {
                    let key = rng.pick(&KEYS);
                    *target = format!("{}{dash}{key}{}", " ".repeat(indent), &rest[colon..]);
                }
            }
        }
        Mutation::SpliceLine => {
            let from = rng.below(lines.len());
            if let Some(copy) = lines.get(from).cloned() {
                let at = rng.below(lines.len() + 1);
                lines.insert(at, copy);
            }
        }
    }
    lines.join("\n") + "\n"
}

/// The budget from the environment: (iterations, time limit).
fn budget() -> (Option<u64>, Option<Duration>) {
    let number = |name: &str| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    let seconds = number("CODEGEN_FUZZ_SECONDS").map(Duration::from_secs);
    let iterations =
        number("CODEGEN_FUZZ_ITERATIONS").or(if seconds.is_some() { None } else { Some(400) });
    (iterations, seconds)
}

/// The specs to mutate: the workspace spec when it exists, and the built-in one.
fn seeds() -> Vec<(String, String)> {
    let mut seeds = vec![("small.yaml".to_owned(), SMALL_SPEC.to_owned())];
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../spec/public.yaml");
    if let Ok(text) = std::fs::read_to_string(&path) {
        seeds.push(("spec/public.yaml".to_owned(), text));
    }
    seeds
}

#[test]
fn the_seed_specs_generate() {
    for (name, text) in seeds() {
        if let Err(err) = codegen::generate(&codegen::Spec::new("public", &name, &text)) {
            panic!("the unmutated seed must generate: {err}");
        }
    }
}

#[test]
fn mutated_specs_never_panic() {
    let (iterations, seconds) = budget();
    let base_seed: u64 = std::env::var("CODEGEN_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0xc0de_6e4e);
    let seeds = seeds();
    let last_input = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz_mutations-last.yaml");
    println!(
        "base seed {base_seed}; if this test aborts, the input is in {}",
        last_input.display()
    );

    let start = Instant::now();
    let (mut generated, mut refused) = (0u64, 0u64);
    let mut iteration = 0u64;
    while iterations.is_none_or(|limit| iteration < limit)
        && seconds.is_none_or(|limit| start.elapsed() < limit)
    {
        let seed = base_seed.wrapping_add(iteration);
        let mut rng = Rng::new(seed);
        // The real spec is large and slow to generate when a mutation leaves it valid: use it
        // for one input in eight.
        let (name, original) = if seeds.len() > 1 && iteration % 8 == 7 {
            &seeds[1]
        } else {
            &seeds[0]
        };
        let mut text = original.clone();
        let mut applied = Vec::new();
        for _ in 0..1 + rng.below(3) {
            let mutation = MUTATIONS[rng.below(MUTATIONS.len())];
            applied.push(mutation);
            text = mutate(&text, mutation, &mut rng);
        }
        std::fs::write(&last_input, &text).expect("write the current input");

        let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
            codegen::generate(&codegen::Spec::new("public", name, &text))
        }));
        let context = || {
            format!(
                "iteration {iteration} (seed {seed}, {name}, {applied:?}); input in {}",
                last_input.display()
            )
        };
        match outcome {
            Err(_) => panic!("generate panicked: {}", context()),
            Ok(Ok(_)) => generated += 1,
            Ok(Err(error)) => {
                refused += 1;
                let shown = error.to_string();
                assert!(
                    shown.starts_with(name.as_str()),
                    "no file name in `{shown}`: {}",
                    context()
                );
                assert!(
                    !shown.contains('\n') && !error.message().is_empty(),
                    "not one line: `{shown}`: {}",
                    context()
                );
                assert!(
                    !shown.contains("the generator panicked")
                        && !shown.contains("failed on a construct it does not support"),
                    "a panic inside the generator, which the validator should have prevented: `{shown}`: {}",
                    context()
                );
            }
        }
        iteration += 1;
    }
    println!(
        "{iteration} mutated specs in {:?}: {generated} generated, {refused} refused with an error",
        start.elapsed()
    );
    assert!(iteration > 0, "the budget allowed no iteration");
}
