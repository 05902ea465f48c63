//! The contract between the generated code and the client crate's hand-written runtime.
//!
//! progenitor's generated code uses `progenitor_client::Error` and `ResponseValue`. Their
//! `Display`/`Debug` print whole response bodies and request URLs, which in this API carry
//! credentials (the contact's `source_id` is in every path) and personal data, and their body
//! reads have no size limit. So the generated file takes `Error` and `ResponseValue` from the
//! client crate's `runtime` module instead, which keeps the same variants and constructors that
//! the generated code calls, and adds redaction and a body limit. The client also carries
//! `crate::runtime::ClientOptions` as progenitor's inner value, for its per-client settings.

use proc_macro2::TokenStream;
use quote::quote;

/// The type progenitor stores in `Client` as its inner value.
pub(crate) fn options_type() -> TokenStream {
    quote!(crate::runtime::ClientOptions)
}

/// The names the generated code takes from the client runtime instead of `progenitor_client`.
const FROM_RUNTIME: [&str; 2] = ["Error", "ResponseValue"];

/// Rewrites `pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};` into a
/// `use` of the same names where `Error` and `ResponseValue` come from `crate::runtime`.
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
            .filter(|name| !FROM_RUNTIME.contains(&name.as_str()))
            .map(|name| syn::Ident::new(name, proc_macro2::Span::call_site()))
            .collect();
        item_use.tree = syn::parse_quote!({
            progenitor_client::{#(#kept),*},
            crate::runtime::{Error, ResponseValue},
        });
    }
}
