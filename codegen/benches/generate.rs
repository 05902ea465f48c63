//! How long `codegen::generate` takes on spec/public.yaml and on specs grown from it to 10x and
//! 100x the operations and schemas. Run with `cargo bench -p codegen --bench generate`, or as part
//! of `cargo xtask bench`, which prints these figures in its table.
//!
//! First spec/public.yaml as it is. Then a series at 1x, 10x and 100x of the spec without its
//! prose (descriptions emptied, no `summary` or `example(s)`: they only become doc comments),
//! so that 100x stays under the size limit codegen enforces. It grows by copying every path,
//! operation, component schema, parameter and response with a suffix and pointing the copies'
//! `$ref`s at the suffixed components, so copy `n` is an independent replica of the API. Each
//! spec is built on the `serde_json::Value` and serialised to compact JSON (which is YAML)
//! before timing, so the timed call does what `cargo xtask regen` does: parse, validate,
//! generate, format. A spec codegen refuses is reported as refused, without a time.
//!
//! `-- --copies=N` measures one size of the series only (any N); `-- --phases` also times the
//! stages inside (YAML parse, progenitor, syn, prettyplease) to see which one grows faster than
//! the spec, and `-- --phases-only` times only those (they bypass codegen's size limit).
//!
//! Output: a readable line per size on stderr, and `@bench key=value` lines on stdout for
//! `cargo xtask bench`. Nothing here asserts a timing.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

/// The spec file name passed to `codegen::generate` (it appears in the generated header).
const SPEC_FILE: &str = "spec/public.yaml";

/// HTTP methods an OpenAPI path item may hold.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One size to measure: how many copies of the API, and the time budget for repeated runs.
#[derive(Clone)]
struct Size {
    copies: usize,
    max_runs: usize,
    budget: Duration,
}

const SIZES: [Size; 3] = [
    Size {
        copies: 1,
        max_runs: 15,
        budget: Duration::from_secs(6),
    },
    Size {
        copies: 10,
        max_runs: 5,
        budget: Duration::from_secs(15),
    },
    Size {
        copies: 100,
        max_runs: 3,
        budget: Duration::from_secs(60),
    },
];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen lives in the workspace")
        .to_path_buf();
    let text = std::fs::read_to_string(root.join(SPEC_FILE)).expect("read spec/public.yaml");
    let spec: Value = serde_yaml::from_str(&text).expect("spec/public.yaml is YAML");

    // `--copies=N` measures only that size of the series, which need not be one of SIZES (for
    // profiling); `cargo bench` itself passes `--bench`, which is ignored.
    let only: Option<usize> = std::env::args()
        .find_map(|arg| arg.strip_prefix("--copies=").map(str::to_owned))
        .map(|n| n.parse().expect("--copies=N takes a number"));
    let phases_only = std::env::args().any(|arg| arg == "--phases-only");
    let phases = phases_only || std::env::args().any(|arg| arg == "--phases");

    if only.is_none() && !phases_only {
        measure("codegen.spec", "spec/public.yaml", &SIZES[0], &text, &spec);
    }

    let sizes: Vec<Size> = match only {
        None => SIZES.to_vec(),
        Some(n) => vec![
            SIZES
                .iter()
                .find(|size| size.copies == n)
                .cloned()
                .unwrap_or(Size {
                    copies: n,
                    max_runs: 1,
                    budget: Duration::ZERO,
                }),
        ],
    };
    let lean = strip_docs(&spec);
    for size in &sizes {
        let grown = grow(&lean, size.copies);
        let spec_text = serde_json::to_string(&grown).expect("grown spec serialises");
        let label = format!("series {}x", size.copies);
        if !phases_only {
            measure(
                &format!("codegen.{}x", size.copies),
                &label,
                size,
                &spec_text,
                &grown,
            );
        }
        if phases {
            print_phases(&label, &spec_text, count_operations(&grown));
        }
    }
}

/// Runs `codegen::generate` on the spec text as often as the size allows and prints the
/// median as figures under `key`; if codegen refuses the spec, says so and prints no time.
fn measure(key: &str, label: &str, size: &Size, spec_text: &str, spec: &Value) {
    let operations = count_operations(spec);
    let schemas = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map_or(0, Map::len);
    println!("@bench {key}.operations={operations}");
    println!("@bench {key}.schemas={schemas}");
    println!("@bench {key}.spec_bytes={}", spec_text.len());

    // The first run warms caches and the allocator; it is dropped unless it is the only one.
    let mut times = Vec::new();
    let mut output_lines = 0;
    let started = Instant::now();
    while times.len() < size.max_runs + 1 {
        let run = Instant::now();
        let output = match codegen::generate(&codegen::Spec::new("public", SPEC_FILE, spec_text)) {
            Ok(output) => output,
            Err(err) => {
                eprintln!("codegen {label:>11}: refused: {err}");
                println!("@bench {key}.refused=1");
                return;
            }
        };
        times.push(run.elapsed());
        output_lines = output.client.lines().count();
        if started.elapsed() > size.budget {
            break;
        }
    }
    if times.len() > 1 {
        times.remove(0);
    }
    times.sort();
    let median = times[times.len() / 2];
    eprintln!(
        "codegen {label:>11}: {operations:>5} operations, {schemas:>5} schemas, {:>9} bytes of spec -> {output_lines:>7} lines: median {:>9.1} ms of {} run(s), {:.3} ms per operation",
        spec_text.len(),
        median.as_secs_f64() * 1e3,
        times.len(),
        median.as_secs_f64() * 1e3 / operations as f64,
    );
    println!("@bench {key}.output_lines={output_lines}");
    println!("@bench {key}.runs={}", times.len());
    println!("@bench {key}.median_s={}", median.as_secs_f64());
    println!(
        "@bench {key}.min_s={}",
        times.first().map_or(0.0, Duration::as_secs_f64)
    );
}

/// The spec with its prose cut: every `description` emptied (responses must have one),
/// `summary`, `example` and `examples` removed; keys of those names under `properties` are
/// fields and stay. The same operations and types, with less text.
fn strip_docs(value: &Value) -> Value {
    strip_docs_in(value, false)
}

fn strip_docs_in(value: &Value, in_properties: bool) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(key, _)| {
                    in_properties || !matches!(key.as_str(), "summary" | "example" | "examples")
                })
                .map(|(key, child)| {
                    let child = if !in_properties && key == "description" && child.is_string() {
                        Value::String(String::new())
                    } else {
                        strip_docs_in(child, key == "properties")
                    };
                    (key.clone(), child)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| strip_docs_in(item, false))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Times the stages `codegen::generate` goes through, one run each, by calling the same
/// libraries directly (diagnostic for `--phases`; the validator and header are left out, and
/// the progenitor settings only approximate codegen's, so the sum is a little below the total).
fn print_phases(label: &str, spec_text: &str, operations: usize) {
    let mut settings = progenitor_impl::GenerationSettings::new();
    settings
        .with_interface(progenitor_impl::InterfaceStyle::Builder)
        .with_tag(progenitor_impl::TagStyle::Merged)
        .with_derive("PartialEq");

    let clock = Instant::now();
    let value: Value = serde_yaml::from_str(spec_text).expect("spec parses");
    let yaml = clock.elapsed();

    let clock = Instant::now();
    let spec: openapiv3::OpenAPI = serde_json::from_value(value.clone()).expect("spec is OpenAPI");
    let openapi = clock.elapsed();

    let clock = Instant::now();
    let tokens = progenitor_impl::Generator::new(&settings)
        .generate_tokens(&spec)
        .expect("progenitor generates");
    let progenitor = clock.elapsed();

    let clock = Instant::now();
    let file: syn::File = syn::parse2(tokens).expect("tokens parse");
    let parse = clock.elapsed();

    let clock = Instant::now();
    let text = prettyplease::unparse(&file);
    let print = clock.elapsed();

    let clock = Instant::now();
    drop(file);
    let drop_syntax = clock.elapsed();

    let clock = Instant::now();
    let json = serde_json::to_string_pretty(&value).expect("spec serialises");
    let to_json = clock.elapsed();

    let per_op = |d: Duration| d.as_secs_f64() * 1e3 / operations as f64;
    for (name, took) in [
        ("YAML -> Value", yaml),
        ("Value -> openapiv3", openapi),
        ("progenitor tokens", progenitor),
        ("syn::parse2", parse),
        ("prettyplease", print),
        ("drop syntax tree", drop_syntax),
        ("Value -> JSON text", to_json),
    ] {
        eprintln!(
            "  {label:>11} phase {name:<20} {:>9.1} ms  {:.3} ms per operation",
            took.as_secs_f64() * 1e3,
            per_op(took)
        );
    }
    drop((text, json));
}

/// The number of operations (method entries) under `paths`.
fn count_operations(spec: &Value) -> usize {
    spec.get("paths")
        .and_then(Value::as_object)
        .map_or(0, |paths| {
            paths
                .values()
                .filter_map(Value::as_object)
                .map(|item| METHODS.iter().filter(|m| item.contains_key(**m)).count())
                .sum()
        })
}

/// The spec with `copies - 1` suffixed replicas of every path and component added.
fn grow(spec: &Value, copies: usize) -> Value {
    let mut grown = spec.clone();
    for copy in 2..=copies {
        let suffix = format!("X{copy}");
        if let (Some(from), Some(Value::Object(into))) = (
            spec.get("paths").and_then(Value::as_object),
            grown.get_mut("paths"),
        ) {
            for (path, item) in from {
                let mut item = item.clone();
                rewrite_refs(&mut item, &suffix);
                if let Some(item) = item.as_object_mut() {
                    for method in METHODS {
                        if let Some(Value::String(id)) = item
                            .get_mut(method)
                            .and_then(|operation| operation.get_mut("operationId"))
                        {
                            id.push_str(&format!("_x{copy}"));
                        }
                    }
                }
                into.insert(format!("{path}/x{copy}"), item);
            }
        }
        let Some(from) = spec.get("components").and_then(Value::as_object) else {
            continue;
        };
        for (section, entries) in from {
            let Some(entries) = entries.as_object() else {
                continue;
            };
            let Some(Value::Object(into)) = grown
                .get_mut("components")
                .and_then(|components| components.get_mut(section))
            else {
                continue;
            };
            for (name, entry) in entries {
                let mut entry = entry.clone();
                rewrite_refs(&mut entry, &suffix);
                into.insert(format!("{name}{suffix}"), entry);
            }
        }
    }
    grown
}

/// Appends `suffix` to the component name of every `#/components/...` reference under `value`.
fn rewrite_refs(value: &mut Value, suffix: &str) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match child {
                    Value::String(reference)
                        if key == "$ref" && reference.starts_with("#/components/") =>
                    {
                        reference.push_str(suffix);
                    }
                    _ => rewrite_refs(child, suffix),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rewrite_refs(item, suffix)),
        _ => {}
    }
}
