//! Code generator for the pembalasan.id client: OpenAPI spec text in, generated files out.
//!
//! [`generate`] parses the spec (YAML through the `serde_yaml` API, then `openapiv3`), checks it
//! for everything progenitor would panic on or misreport, generates the client with progenitor
//! and formats it with prettyplease. It writes nothing and never panics: every failure is an
//! [`Error`] with one sentence and a place (`file:line:column` or a JSON pointer). The same spec
//! text always gives byte-identical output.

mod error;
mod header;
mod parse;
mod render;
mod runtime;
mod stack;
mod validate;

pub use error::{Error, Location};

use progenitor_impl::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

/// The name under which the generated CLI imports the client crate.
pub const CLIENT_CRATE: &str = "pembalasan_client";

/// The files [`generate`] produces, as text; the caller decides where they go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The Rust client module (types, `Client`, builders), with its `@generated` header.
    pub client: String,
    /// The clap command-line tool's module (`use pembalasan_client::*;`), for a binary target.
    pub cli: String,
    /// The httpmock helpers' module (`use crate::*;`), for a module inside the client crate.
    pub mock: String,
    /// The spec as pretty-printed JSON, in the key order of the YAML, for other generators.
    pub openapi_json: String,
}

/// Generates every output file from the spec text.
///
/// `spec_file` is the name used in error messages and in the generated header (for example
/// `spec/openapi.yaml`); `spec_text` is its content. The work runs on a thread of its own with a
/// large stack (see `stack.rs`), so the caller's stack size does not matter.
pub fn generate(spec_file: &str, spec_text: &str) -> Result<Output, Error> {
    stack::on_large_stack(spec_file, || generate_here(spec_file, spec_text))
}

/// [`generate`], on the current thread.
fn generate_here(spec_file: &str, spec_text: &str) -> Result<Output, Error> {
    let value = parse::yaml_to_value(spec_file, spec_text)?;
    parse::check_version(spec_file, &value)?;
    validate::validate(spec_file, &value)?;
    let spec = parse::value_to_openapi(spec_file, &value)?;
    let header = header::Header::new(spec_file, spec_text);

    let progenitor_error = |err: progenitor_impl::Error| {
        Error::new(
            spec_file,
            Location::Document,
            format!(
                "progenitor cannot generate code from this spec ({err}); fix the construct it names"
            ),
        )
    };
    let client = render::contain_panics(spec_file, "progenitor", || {
        Generator::new(&settings())
            .generate_tokens(&spec)
            .map_err(progenitor_error)
    })?;
    let cli = render::contain_panics(spec_file, "progenitor's CLI generator", || {
        Generator::new(&settings())
            .cli(&spec, CLIENT_CRATE)
            .map_err(progenitor_error)
    })?;
    let mock = render::contain_panics(spec_file, "progenitor's httpmock generator", || {
        Generator::new(&settings())
            .httpmock(&spec, "crate")
            .map_err(progenitor_error)
    })?;

    let client = header.rust(&render::format_tokens(
        spec_file,
        "progenitor",
        client,
        |file| {
            runtime::use_client_runtime(file);
            runtime::json_schema_behind_cli_feature(file);
        },
    )?);
    let cli = header.rust(&render::format_tokens(
        spec_file,
        "progenitor",
        cli,
        |_| {},
    )?);
    let mock = header.rust(&render::format_tokens(
        spec_file,
        "progenitor",
        mock,
        |_| {},
    )?);

    let openapi_json = serde_json::to_string_pretty(&value).map_err(|err| {
        Error::new(
            spec_file,
            Location::Document,
            format!("the spec cannot be written as JSON ({err})"),
        )
    })? + "\n";

    Ok(Output {
        client,
        cli,
        mock,
        openapi_json,
    })
}

/// The progenitor settings the client is generated with.
///
/// Builder style (`client.list_conversations().inbox_identifier(..).send()`): named setters
/// read well for operations with several identifiers and optional parameters, adding an optional
/// parameter to the spec does not break callers, and progenitor's CLI generator requires it.
/// Every type also derives `PartialEq`, so callers can compare replies in their own tests, and
/// `schemars::JsonSchema`, which the generated CLI needs (only with the `cli` feature; see
/// [`runtime::json_schema_behind_cli_feature`]).
///
/// The client carries [`runtime::options_type`] as progenitor's inner value, and the client crate
/// must implement `ClientHooks` for it (see [`runtime`]).
fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq")
        .with_derive("schemars::JsonSchema")
        .with_inner_type(runtime::options_type())
        .with_hooks(HooksMode::Expected);
    settings
}
