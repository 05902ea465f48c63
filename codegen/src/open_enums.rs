//! Helpers for the spec's open enums, which progenitor generates as bare two-variant enums.
//!
//! The specs write an enum the server may extend as `oneOf: [{title: Known, allOf: [$ref:
//! KnownX]}, {title: Unknown, type: string, not: {enum: [...]}}]`; typify turns it into
//! `enum X { Known(KnownX), Unknown(XUnknown) }`. For every such enum in the `types` module this
//! adds `known()`, `Display` (the value as the server sent it) and `PartialEq<KnownX>`, so that
//! callers can write `conversation.status == KnownConversationStatus::Resolved`.
//!
//! It also replaces the derived `#[serde(untagged)]` `Deserialize`, which copies the value into
//! serde's buffer and tries `Known` and then `Unknown`, with one that reads the string once
//! (borrowed from the input when it can be) and builds `Unknown` only for a value this client
//! does not know.

use quote::format_ident;

/// Adds the helpers for every open enum of the file's `types` module.
pub(crate) fn add_helpers(file: &mut syn::File) {
    let Some(items) = crate::syntax::module_items(file, "types") else {
        return;
    };
    let open: Vec<(syn::Ident, syn::Ident, syn::Ident)> =
        items.iter().filter_map(open_enum).collect();
    for (open, known, unknown) in open {
        items.extend(helpers(&open, &known));
        if is_string_newtype(items, &unknown) {
            crate::syntax::remove_enum_derive(items, &open, "Deserialize");
            items.push(deserialize_impl(&open, &known, &unknown));
        }
    }
}

/// Whether the module has `struct name(::std::string::String)`.
fn is_string_newtype(items: &[syn::Item], name: &syn::Ident) -> bool {
    items.iter().any(|item| match item {
        syn::Item::Struct(item) if &item.ident == name => match &item.fields {
            syn::Fields::Unnamed(fields) => {
                let field_types: Vec<String> = fields
                    .unnamed
                    .iter()
                    .map(|field| {
                        let ty = &field.ty;
                        quote::quote!(#ty).to_string().replace(' ', "")
                    })
                    .collect();
                field_types == ["::std::string::String"]
            }
            _ => false,
        },
        _ => false,
    })
}

/// `impl Deserialize`: the string once, then `Known` if it is a known value, else `Unknown`.
fn deserialize_impl(open: &syn::Ident, known: &syn::Ident, unknown: &syn::Ident) -> syn::Item {
    syn::parse_quote! {
        /// Reads the string once; a value this client does not know becomes `Unknown`.
        impl<'de> ::serde::Deserialize<'de> for #open {
            fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                let text = <crate::runtime::Text<'de> as ::serde::Deserialize>::deserialize(deserializer)?;
                let as_known = <#known as ::serde::Deserialize>::deserialize(
                    ::serde::de::value::StrDeserializer::<::serde::de::value::Error>::new(text.as_str()),
                );
                match as_known {
                    ::std::result::Result::Ok(known) => ::std::result::Result::Ok(#open::Known(known)),
                    ::std::result::Result::Err(_) => <#unknown as ::serde::Deserialize>::deserialize(
                        ::serde::de::value::StringDeserializer::<D::Error>::new(text.into_owned()),
                    )
                    .map(#open::Unknown),
                }
            }
        }
    }
}

/// `(X, KnownX, U)` when `item` is `enum X { Known(KnownX), Unknown(U) }`.
fn open_enum(item: &syn::Item) -> Option<(syn::Ident, syn::Ident, syn::Ident)> {
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
    let syn::Type::Path(unknown_type) = single_type(unknown)? else {
        return None;
    };
    let unknown_ident = unknown_type.path.get_ident()?.clone();
    let syn::Type::Path(known_type) = single_type(known)? else {
        return None;
    };
    let known_ident = known_type.path.get_ident()?.clone();
    (known_ident == format_ident!("Known{}", item.ident))
        .then(|| (item.ident.clone(), known_ident, unknown_ident))
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
