//! Code generator for the pembalasan.id client: OpenAPI spec text in, generated files out.
//!
//! The client crate has one module per API family (`public`, `application`, ...), each
//! generated from its own spec. [`generate_all`] generates every family in one call and fails
//! as a whole when any spec fails, so a caller can write all the files or none; [`generate`]
//! does one family.
//!
//! For each spec it parses the text (YAML through the `serde_yaml` API, then `openapiv3`),
//! checks it for everything progenitor would panic on or misreport, generates the client, its
//! CLI and its mocks with progenitor, adds what progenitor leaves out (open-enum helpers,
//! request builders whose `Debug` hides their arguments), replaces serde's try-every-variant
//! decoding of tagged unions and open enums with one-pass decoders (`tagged_unions.rs`,
//! `open_enums.rs`), mends what it gets wrong (list
//! parameters in the CLI and mocks, nullable bodies in the mocks, replies that are not JSON), hides the credentials that
//! types carry from their `Debug`, and formats the result with prettyplease. It writes nothing and never panics: every failure is an [`Error`] with one
//! sentence and a place (`file:line:column` or a JSON pointer). The same spec text always
//! gives byte-identical output.

mod auth;
mod cli;
mod error;
mod header;
mod mock;
mod open_enums;
mod parse;
mod raw_bodies;
mod redact;
mod render;
mod runtime;
mod secrets;
mod stack;
mod syntax;
mod tagged_unions;
mod validate;

pub use error::{Error, Location};

use progenitor_impl::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

/// The name under which the generated CLI imports the client crate.
pub const CLIENT_CRATE: &str = "pembalasan_client";

/// One API family's spec, as the generator reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec<'a> {
    /// The module of the client crate the family's code goes in, such as `public`; the CLI
    /// imports `pembalasan_client::<module>` and the mocks `crate::<module>`.
    pub module: &'a str,
    /// The name used in error messages and in the generated header, such as `spec/public.yaml`.
    pub file: &'a str,
    /// The spec's text.
    pub text: &'a str,
}

impl<'a> Spec<'a> {
    /// The spec `text` of the family whose module is `module`, named `file` in messages.
    pub fn new(module: &'a str, file: &'a str, text: &'a str) -> Self {
        Spec { module, file, text }
    }
}

/// The files [`generate`] produces for one family, as text; the caller decides where they go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The Rust client module (types, `Client`, builders), with its `@generated` header.
    pub client: String,
    /// The clap command-line tool's module (`use pembalasan_client::<module>::*;`), for a binary
    /// target.
    pub cli: String,
    /// The httpmock helpers' module (`use crate::<module>::*;`), for a module inside the client
    /// crate.
    pub mock: String,
    /// The spec as pretty-printed JSON, in the key order of the YAML, for other generators.
    pub openapi_json: String,
}

/// Generates every family, in the order given; fails with the first family's error if any
/// spec fails, so that nothing is written unless everything generates.
pub fn generate_all(specs: &[Spec<'_>]) -> Result<Vec<Output>, Error> {
    specs.iter().map(generate).collect()
}

/// Generates every output file of one family from its spec.
///
/// The work runs on a thread of its own with a large stack (see `stack.rs`), so the caller's
/// stack size does not matter.
pub fn generate(spec: &Spec<'_>) -> Result<Output, Error> {
    stack::on_large_stack(spec.file, || generate_here(spec))
}

/// [`generate`], on the current thread.
fn generate_here(input: &Spec<'_>) -> Result<Output, Error> {
    let spec_file = input.file;
    let value = parse::yaml_to_value(spec_file, input.text)?;
    parse::check_version(spec_file, &value)?;
    validate::validate(spec_file, &value)?;
    let auth = auth::read(spec_file, &value)?;
    let secrets = secrets::find(&value);
    let raw_media_types = raw_bodies::media_types(&value);
    let spec = parse::value_to_openapi(spec_file, &value)?;
    let header = header::Header::new(spec_file, input.text);
    let settings = settings(&auth);

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
        Generator::new(&settings)
            .generate_tokens(&spec)
            .map_err(progenitor_error)
    })?;
    let cli_crate = format!("{CLIENT_CRATE}::{}", input.module);
    let cli = render::contain_panics(spec_file, "progenitor's CLI generator", || {
        Generator::new(&settings)
            .cli(&spec, &cli_crate)
            .map_err(progenitor_error)
    })?;
    let mock_crate = format!("crate::{}", input.module);
    let mock = render::contain_panics(spec_file, "progenitor's httpmock generator", || {
        Generator::new(&settings)
            .httpmock(&spec, &mock_crate)
            .map_err(progenitor_error)
    })?;

    let client = header.rust(&render::format_tokens(
        spec_file,
        "progenitor",
        client,
        |file| {
            runtime::use_client_runtime(file);
            raw_bodies::read_whole(file);
            runtime::json_schema_behind_cli_feature(file);
            open_enums::add_helpers(file);
            tagged_unions::decode_tag_first(file);
            redact::builder_debug(file);
            secrets::redact(file, &secrets);
            auth::add_token_header(file, &auth);
        },
    )?);
    let cli = header.rust(&render::format_tokens(
        spec_file,
        "progenitor",
        cli,
        |file| {
            runtime::cli_uses_client_runtime(file);
            cli::fix_list_arguments(file);
            raw_bodies::cli_writes_bytes(file);
        },
    )?);
    let mock = header.rust(&render::format_tokens(
        spec_file,
        "progenitor",
        mock,
        |file| {
            mock::fix_generated_mocks(file);
            raw_bodies::mocks_send_bytes(file, &raw_media_types);
        },
    )?);
    for (what, text) in [("client", &client), ("CLI", &cli), ("mocks", &mock)] {
        if text.contains("todo!(") {
            return Err(Error::new(
                spec_file,
                Location::Document,
                format!(
                    "progenitor left a `todo!()` in the generated {what}, for an operation it cannot generate (a websocket, or a reply of several media types); remove or simplify that operation"
                ),
            ));
        }
    }

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

/// The progenitor settings a family is generated with.
///
/// Builder style (`client.list_conversations().inbox_identifier(..).send()`): named setters
/// read well for operations with several identifiers and optional parameters, adding an optional
/// parameter to the spec does not break callers, and progenitor's CLI generator requires it.
/// Every type also derives `PartialEq`, so callers can compare replies in their own tests, and
/// `schemars::JsonSchema`, which the generated CLI needs (only with the `cli` feature; see
/// [`runtime::json_schema_behind_cli_feature`]).
///
/// The client carries the runtime's options type that fits the spec's authentication as
/// progenitor's inner value (see [`auth`]), and the client crate must implement `ClientHooks`
/// for it (see [`runtime`]).
fn settings(auth: &auth::Auth) -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq")
        .with_derive("schemars::JsonSchema")
        .with_inner_type(auth.options_type())
        .with_hooks(HooksMode::Expected);
    settings
}
