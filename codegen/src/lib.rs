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
mod validate;

pub use error::{Error, Location};

use progenitor_impl::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

/// The files [`generate`] produces, as text; the caller decides where they go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The Rust client module (types, `Client`, builders), with its `@generated` header.
    pub client: String,
    /// The spec as pretty-printed JSON, in the key order of the YAML, for other generators.
    pub openapi_json: String,
}

/// Generates every output file from the spec text.
///
/// `spec_file` is the name used in error messages and in the generated header (for example
/// `spec/openapi.yaml`); `spec_text` is its content.
pub fn generate(spec_file: &str, spec_text: &str) -> Result<Output, Error> {
    let value = parse::yaml_to_value(spec_file, spec_text)?;
    parse::check_version(spec_file, &value)?;
    validate::validate(spec_file, &value)?;
    let spec = parse::value_to_openapi(spec_file, &value)?;

    let header = header::Header::new(spec_file, spec_text);
    let client_tokens = render::contain_panics(spec_file, "progenitor", || {
        Generator::new(&settings())
            .generate_tokens(&spec)
            .map_err(|err| {
                Error::new(
                    spec_file,
                    Location::Document,
                    format!("progenitor cannot generate a client from this spec ({err}); fix the construct it names"),
                )
            })
    })?;
    let client = header.rust(&render::format_tokens(
        spec_file,
        "progenitor",
        client_tokens,
        runtime::use_client_runtime,
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
        openapi_json,
    })
}

/// The progenitor settings the client is generated with.
///
/// Builder style (`client.list_conversations().inbox_identifier(..).send()`): named setters
/// read well for operations with several identifiers and optional parameters, adding an optional
/// parameter to the spec does not break callers, and progenitor's CLI generator requires it.
/// Every type also derives `PartialEq`, so callers can compare replies in their own tests.
///
/// The client carries [`runtime::OPTIONS_TYPE`] as progenitor's inner value, and the client crate
/// must implement `ClientHooks` for it (see [`runtime`]).
fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq")
        .with_inner_type(runtime::options_type())
        .with_hooks(HooksMode::Expected);
    settings
}
