//! Small helpers for the rewrites of generated syntax trees: finding a module's items and
//! taking a trait out of `#[derive(...)]`.

/// The items of the file's top-level module `name` (such as `types` or `builder`).
pub(crate) fn module_items<'a>(
    file: &'a mut syn::File,
    name: &str,
) -> Option<&'a mut Vec<syn::Item>> {
    file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == name => {
            module.content.as_mut().map(|(_, items)| items)
        }
        _ => None,
    })
}

/// Removes every path whose last segment is `name` from the item's `#[derive(...)]`
/// attributes; returns whether there was one.
pub(crate) fn remove_derive(attrs: &mut [syn::Attribute], name: &str) -> bool {
    let mut removed = false;
    for attr in attrs.iter_mut() {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let Ok(paths) = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        ) else {
            continue;
        };
        let kept: Vec<&syn::Path> = paths
            .iter()
            .filter(|path| {
                let matches = path
                    .segments
                    .last()
                    .is_some_and(|segment| segment.ident == name);
                removed |= matches;
                !matches
            })
            .collect();
        if kept.len() < paths.len() {
            *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    removed
}

/// Removes `name` from the `#[derive(...)]` of the enum `ident` among `items`.
pub(crate) fn remove_enum_derive(items: &mut [syn::Item], ident: &syn::Ident, name: &str) {
    for item in items {
        match item {
            syn::Item::Enum(item) if &item.ident == ident => {
                remove_derive(&mut item.attrs, name);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_a_derive_by_its_last_segment() {
        let mut item: syn::ItemStruct = syn::parse_quote!(
            #[derive(Clone, ::std::fmt::Debug, PartialEq)]
            struct A;
        );
        assert!(remove_derive(&mut item.attrs, "Debug"));
        assert!(!remove_derive(&mut item.attrs, "Debug"));
        let text = quote::quote!(#item).to_string();
        assert_eq!(text, "# [derive (Clone , PartialEq)] struct A ;");
    }
}
