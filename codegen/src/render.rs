//! Runs progenitor and prints its token streams as formatted Rust source.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

use proc_macro2::TokenStream;

use crate::error::{Error, Location};

/// Serialises swaps of the process-wide panic hook.
static PANIC_HOOK: Mutex<()> = Mutex::new(());

/// Runs `f`, turning a panic inside it into an [`Error`] and keeping its message off stderr.
///
/// progenitor and typify panic on some inputs; the validator rejects all the ones we know, and
/// this is the backstop so that a user still gets a sentence instead of a backtrace.
pub(crate) fn contain_panics<T>(
    file: &str,
    what: &str,
    f: impl FnOnce() -> Result<T, Error>,
) -> Result<T, Error> {
    let _guard = PANIC_HOOK
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let previous = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = panic::catch_unwind(AssertUnwindSafe(f));
    panic::set_hook(previous);
    match outcome {
        Ok(result) => result,
        Err(payload) => {
            let detail = crate::stack::panic_text(payload.as_ref());
            Err(Error::new(
                file,
                Location::Document,
                format!(
                    "{what} failed on a construct it does not support ({detail}); simplify the schema or operation it names"
                ),
            ))
        }
    }
}

/// Prints a token stream as a formatted Rust file.
pub(crate) fn format_tokens(
    file: &str,
    what: &str,
    tokens: TokenStream,
    rewrite: impl FnOnce(&mut syn::File),
) -> Result<String, Error> {
    let mut syntax: syn::File = syn::parse2(tokens).map_err(|err| {
        Error::new(
            file,
            Location::Document,
            format!("{what} produced Rust that does not parse ({err}); this is a generator bug, please report it with the spec"),
        )
    })?;
    rewrite(&mut syntax);
    syn::visit_mut::VisitMut::visit_file_mut(&mut LineDocs, &mut syntax);
    Ok(prettyplease::unparse(&syntax))
}

/// Splits every multi-line `#[doc = "..."]` into one attribute per line, each starting with a
/// space, so prettyplease prints `/// line` comments. (It prints a multi-line doc as an indented
/// `/** */` block, whose indentation rustdoc then reads as code blocks.)
struct LineDocs;

impl LineDocs {
    fn split(attrs: &mut Vec<syn::Attribute>) {
        let mut out = Vec::with_capacity(attrs.len());
        for attr in attrs.drain(..) {
            match doc_text(&attr) {
                Some(text) => {
                    for line in text.trim_end_matches('\n').split('\n') {
                        let line = line.trim_end();
                        let line = if line.is_empty() || line.starts_with(' ') {
                            line.to_owned()
                        } else {
                            format!(" {line}")
                        };
                        let mut doc: syn::Attribute = syn::parse_quote!(#[doc = #line]);
                        doc.style = attr.style;
                        out.push(doc);
                    }
                }
                None => out.push(attr),
            }
        }
        *attrs = out;
    }
}

/// The text of a `#[doc = "..."]` attribute.
fn doc_text(attr: &syn::Attribute) -> Option<String> {
    if !attr.path().is_ident("doc") {
        return None;
    }
    match &attr.meta {
        syn::Meta::NameValue(syn::MetaNameValue {
            value:
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }),
            ..
        }) => Some(text.value()),
        _ => None,
    }
}

/// Generates `VisitMut` methods that split the docs of every node kind that carries them.
macro_rules! split_docs_of {
    ($($method:ident: $node:ty => $walk:path;)*) => {
        impl syn::visit_mut::VisitMut for LineDocs {
            $(
                fn $method(&mut self, node: &mut $node) {
                    LineDocs::split(&mut node.attrs);
                    $walk(self, node);
                }
            )*
        }
    };
}

split_docs_of! {
    visit_file_mut: syn::File => syn::visit_mut::visit_file_mut;
    visit_item_mod_mut: syn::ItemMod => syn::visit_mut::visit_item_mod_mut;
    visit_item_struct_mut: syn::ItemStruct => syn::visit_mut::visit_item_struct_mut;
    visit_item_enum_mut: syn::ItemEnum => syn::visit_mut::visit_item_enum_mut;
    visit_item_fn_mut: syn::ItemFn => syn::visit_mut::visit_item_fn_mut;
    visit_item_impl_mut: syn::ItemImpl => syn::visit_mut::visit_item_impl_mut;
    visit_item_trait_mut: syn::ItemTrait => syn::visit_mut::visit_item_trait_mut;
    visit_item_type_mut: syn::ItemType => syn::visit_mut::visit_item_type_mut;
    visit_item_const_mut: syn::ItemConst => syn::visit_mut::visit_item_const_mut;
    visit_item_static_mut: syn::ItemStatic => syn::visit_mut::visit_item_static_mut;
    visit_item_use_mut: syn::ItemUse => syn::visit_mut::visit_item_use_mut;
    visit_impl_item_fn_mut: syn::ImplItemFn => syn::visit_mut::visit_impl_item_fn_mut;
    visit_impl_item_const_mut: syn::ImplItemConst => syn::visit_mut::visit_impl_item_const_mut;
    visit_impl_item_type_mut: syn::ImplItemType => syn::visit_mut::visit_impl_item_type_mut;
    visit_trait_item_fn_mut: syn::TraitItemFn => syn::visit_mut::visit_trait_item_fn_mut;
    visit_field_mut: syn::Field => syn::visit_mut::visit_field_mut;
    visit_variant_mut: syn::Variant => syn::visit_mut::visit_variant_mut;
}
