//! Request builders whose `Debug` does not print their arguments.
//!
//! progenitor derives `Debug` on every request builder (`builder::GetContact` and so on), which
//! prints each argument: the contact's `source_id` (a credential in the public API), request
//! bodies with names and e-mail addresses. This replaces that derive with an impl that prints
//! only the builder's name.

/// Rewrites the `Debug` of every struct in the file's `builder` module.
pub(crate) fn builder_debug(file: &mut syn::File) {
    let Some(items) = crate::syntax::module_items(file, "builder") else {
        return;
    };
    let mut impls = Vec::new();
    for item in items.iter_mut() {
        if let syn::Item::Struct(item) = item
            && crate::syntax::remove_derive(&mut item.attrs, "Debug")
        {
            impls.push(opaque_debug(item));
        }
    }
    items.extend(impls);
}

/// `impl Debug` that prints the struct's name and nothing of its fields.
fn opaque_debug(item: &syn::ItemStruct) -> syn::Item {
    let name = &item.ident;
    let label = name.to_string();
    let (impl_generics, type_generics, where_clause) = item.generics.split_for_impl();
    syn::parse_quote! {
        /// Prints the operation only: its arguments may be credentials or personal data.
        impl #impl_generics ::std::fmt::Debug for #name #type_generics #where_clause {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#label).finish_non_exhaustive()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn builder_structs_lose_their_derived_debug_and_get_an_opaque_one() {
        let mut file: syn::File = syn::parse2(quote! {
            pub mod builder {
                #[derive(Debug, Clone)]
                pub struct GetContact<'a> {
                    client: &'a super::Client,
                    contact_identifier: Result<String, String>,
                }
            }
            #[derive(Debug, Clone)]
            pub struct Elsewhere;
        })
        .expect("parses");
        builder_debug(&mut file);
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("#[derive(Clone)]\n    pub struct GetContact"),
            "{text}"
        );
        assert!(
            text.contains("impl<'a> ::std::fmt::Debug for GetContact<'a>"),
            "{text}"
        );
        assert!(text.contains("f.debug_struct(\"GetContact\").finish_non_exhaustive()"));
        assert!(
            text.contains("#[derive(Debug, Clone)]\npub struct Elsewhere"),
            "{text}"
        );
    }
}
