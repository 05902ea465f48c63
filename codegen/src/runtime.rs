//! The contract between the generated code and the client crate's hand-written runtime.
//!
//! progenitor's generated code uses `progenitor_client::Error` and `ResponseValue`. Their
//! `Display`/`Debug` print whole response bodies and request URLs, which in this API carry
//! credentials (the contact's `source_id` is in every path) and personal data, and their body
//! reads have no size limit. So the generated file takes `Error` and `ResponseValue` from the
//! client crate's `runtime` module instead, which keeps the same variants and constructors that
//! the generated code calls, and adds redaction and a body limit. The client also carries
//! one of the runtime's options types as progenitor's inner value, for its per-client settings
//! (see `auth.rs`).

/// The names the generated code takes from the client runtime instead of `progenitor_client`.
const FROM_RUNTIME: [&str; 2] = ["Error", "ResponseValue"];

/// progenitor's type for a reply that is not JSON, which the runtime replaces with `RawBody`
/// (see `raw_bodies.rs`).
const BYTE_STREAM: &str = "ByteStream";

/// Rewrites `pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};` into a
/// `use` where `Error` and `ResponseValue` come from `crate::runtime`, and `RawBody` from there
/// in place of `ByteStream`.
pub(crate) fn use_client_runtime(file: &mut syn::File) {
    for item in &mut file.items {
        let syn::Item::Use(item_use) = item else {
            continue;
        };
        let syn::UseTree::Path(path) = &item_use.tree else {
            continue;
        };
        if path.ident != "progenitor_client" {
            continue;
        }
        let syn::UseTree::Group(group) = path.tree.as_ref() else {
            continue;
        };
        let names: Vec<String> = group
            .items
            .iter()
            .filter_map(|tree| match tree {
                syn::UseTree::Name(name) => Some(name.ident.to_string()),
                _ => None,
            })
            .collect();
        if !FROM_RUNTIME
            .iter()
            .all(|name| names.iter().any(|n| n == name))
        {
            continue;
        }
        let kept: Vec<syn::Ident> = names
            .iter()
            .filter(|name| !FROM_RUNTIME.contains(&name.as_str()) && *name != BYTE_STREAM)
            .map(|name| syn::Ident::new(name, proc_macro2::Span::call_site()))
            .collect();
        item_use.tree = syn::parse_quote!({
            progenitor_client::{#(#kept),*},
            crate::runtime::{Error, RawBody, ResponseValue},
        });
    }
}

/// Adds `use pembalasan_client::{Error, ResponseValue};` to a generated CLI, whose
/// `use pembalasan_client::<family>::*;` brings in the family's client and types but not the
/// runtime that every family shares.
pub(crate) fn cli_uses_client_runtime(file: &mut syn::File) {
    let client_crate = syn::Ident::new(crate::CLIENT_CRATE, proc_macro2::Span::call_site());
    file.items.insert(
        0,
        syn::parse_quote!(use #client_crate::{Error, ResponseValue};),
    );
}

/// The feature of the client crate that enables the CLI, and with it `schemars`.
const CLI_FEATURE: &str = "cli";

/// Moves `schemars::JsonSchema` out of every `#[derive(...)]` into
/// `#[cfg_attr(feature = "cli", derive(::schemars::JsonSchema))]`, and puts every hand-written
/// `impl JsonSchema` behind `#[cfg(feature = "cli")]`, so that a user who only wants the client
/// does not compile schemars.
pub(crate) fn json_schema_behind_cli_feature(file: &mut syn::File) {
    syn::visit_mut::VisitMut::visit_file_mut(&mut SchemaDerive, file);
}

/// Whether `path` names schemars' `JsonSchema` (as `JsonSchema` or `schemars::JsonSchema`).
fn is_json_schema(path: &syn::Path) -> bool {
    path.segments
        .last()
        .is_some_and(|segment| segment.ident == "JsonSchema")
}

/// The visitor behind [`json_schema_behind_cli_feature`].
struct SchemaDerive;

impl SchemaDerive {
    fn rewrite(attrs: &mut Vec<syn::Attribute>) {
        if crate::syntax::remove_derive(attrs, "JsonSchema") {
            attrs.push(syn::parse_quote!(
                #[cfg_attr(feature = #CLI_FEATURE, derive(::schemars::JsonSchema))]
            ));
        }
    }
}

impl syn::visit_mut::VisitMut for SchemaDerive {
    /// typify writes `impl ::schemars::JsonSchema for X` by hand for validated newtypes.
    fn visit_item_impl_mut(&mut self, node: &mut syn::ItemImpl) {
        let implements_schema = node
            .trait_
            .as_ref()
            .is_some_and(|(_, path, _)| is_json_schema(path));
        if implements_schema {
            node.attrs
                .push(syn::parse_quote!(#[cfg(feature = #CLI_FEATURE)]));
        }
        syn::visit_mut::visit_item_impl_mut(self, node);
    }

    fn visit_item_struct_mut(&mut self, node: &mut syn::ItemStruct) {
        SchemaDerive::rewrite(&mut node.attrs);
        syn::visit_mut::visit_item_struct_mut(self, node);
    }

    fn visit_item_enum_mut(&mut self, node: &mut syn::ItemEnum) {
        SchemaDerive::rewrite(&mut node.attrs);
        syn::visit_mut::visit_item_enum_mut(self, node);
    }
}
