//! Helpers for the spec's open enums, which progenitor generates as bare two-variant enums.
//!
//! The specs write an enum the server may extend as `oneOf: [{title: Known, allOf: [$ref:
//! KnownX]}, {title: Unknown, type: string, not: {enum: [...]}}]`; typify turns it into
//! `enum X { Known(KnownX), Unknown(XUnknown) }`. For every such enum in the `types` module this
//! adds `known()`, `Display` (the value as the server sent it) and `PartialEq<KnownX>`, so that
//! callers can write `conversation.status == KnownConversationStatus::Resolved`.

use quote::format_ident;

/// Adds the helpers for every open enum of the file's `types` module.
pub(crate) fn add_helpers(file: &mut syn::File) {
    let Some(items) = crate::syntax::module_items(file, "types") else {
        return;
    };
    let open: Vec<(syn::Ident, syn::Ident)> = items.iter().filter_map(open_enum).collect();
    for (open, known) in open {
        items.extend(helpers(&open, &known));
    }
}

/// `(X, KnownX)` when `item` is `enum X { Known(KnownX), Unknown(_) }`.
fn open_enum(item: &syn::Item) -> Option<(syn::Ident, syn::Ident)> {
    let syn::Item::Enum(item) = item else {
        return None;
    };
    let [known, unknown] = [item.variants.first()?, item.variants.last()?];
    if item.variants.len() != 2 || known.ident != "Known" || unknown.ident != "Unknown" {
        return None;
    }
    let single_type = |variant: &syn::Variant| match &variant.fields {
        syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
            fields.unnamed.first().map(|field| field.ty.clone())
        }
        _ => None,
    };
    single_type(unknown)?;
    let syn::Type::Path(known_type) = single_type(known)? else {
        return None;
    };
    let known_ident = known_type.path.get_ident()?.clone();
    (known_ident == format_ident!("Known{}", item.ident)).then(|| (item.ident.clone(), known_ident))
}

/// The helper items for one open enum.
fn helpers(open: &syn::Ident, known: &syn::Ident) -> Vec<syn::Item> {
    vec![
        syn::parse_quote! {
            impl #open {
                /// The value, if this client knows it.
                pub fn known(&self) -> ::std::option::Option<#known> {
                    match self {
                        #open::Known(known) => ::std::option::Option::Some(*known),
                        #open::Unknown(_) => ::std::option::Option::None,
                    }
                }
            }
        },
        syn::parse_quote! {
            /// The value as the server sent it.
            impl ::std::fmt::Display for #open {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    match self {
                        #open::Known(known) => known.fmt(f),
                        #open::Unknown(unknown) => f.write_str(unknown),
                    }
                }
            }
        },
        syn::parse_quote! {
            /// Equal when this is the known value `other`.
            impl ::std::cmp::PartialEq<#known> for #open {
                fn eq(&self, other: &#known) -> bool {
                    self.known() == ::std::option::Option::Some(*other)
                }
            }
        },
    ]
}
