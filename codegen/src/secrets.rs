//! Types whose `Debug` hides credentials the server sends.
//!
//! Replies carry secrets: the caller's own access token in a profile, a contact's `source_id`
//! (the credential of the public API), an inbox's HMAC token. The specs mark such a property
//! `format: password`, and a schema that is a credential as a whole `x-sensitive: true`; for
//! the generated types of those schemas (and their typify builders) this replaces the derived
//! `Debug` with one that prints `<redacted>` in place of each secret.

use std::collections::BTreeMap;

use serde_json::Value;

/// What is secret in one schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Secret {
    /// These properties.
    Properties(Vec<String>),
    /// The whole value.
    Whole,
}

/// The secrets of each component schema, by schema name.
pub(crate) fn find(spec: &Value) -> BTreeMap<String, Secret> {
    let mut found = BTreeMap::new();
    let schemas = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten();
    for (name, schema) in schemas {
        if schema.get("x-sensitive").and_then(Value::as_bool) == Some(true) {
            found.insert(name.clone(), Secret::Whole);
            continue;
        }
        let secret: Vec<String> = schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter(|(_, property)| {
                property.get("format").and_then(Value::as_str) == Some("password")
            })
            .map(|(property, _)| property.clone())
            .collect();
        if !secret.is_empty() {
            found.insert(name.clone(), Secret::Properties(secret));
        }
    }
    found
}

/// Rewrites the `Debug` of the secret-carrying types in the file's `types` module and of their
/// builders in `types::builder`.
pub(crate) fn redact(file: &mut syn::File, secrets: &BTreeMap<String, Secret>) {
    if secrets.is_empty() {
        return;
    }
    if let Some(items) = crate::syntax::module_items(file, "types") {
        redact_items(items, secrets, false);
    }
}

/// One module's items: the types themselves, or (`builders`) their builders, printed by name
/// only.
fn redact_items(items: &mut Vec<syn::Item>, secrets: &BTreeMap<String, Secret>, builders: bool) {
    let mut impls = Vec::new();
    for item in items.iter_mut() {
        let (name, attrs) = match item {
            syn::Item::Mod(inner) if !builders && inner.ident == "builder" => {
                if let Some((_, inner_items)) = &mut inner.content {
                    redact_items(inner_items, secrets, true);
                }
                continue;
            }
            syn::Item::Struct(item) => (item.ident.clone(), &mut item.attrs),
            syn::Item::Enum(item) => (item.ident.clone(), &mut item.attrs),
            _ => continue,
        };
        let Some(secret) = secrets.get(&name.to_string()) else {
            continue;
        };
        if !crate::syntax::remove_derive(attrs, "Debug") {
            continue;
        }
        impls.push(match item {
            syn::Item::Struct(item) if !builders => struct_debug(item, secret),
            _ => name_only(&name),
        });
    }
    items.extend(impls);
}

/// The JSON name of a field: its `#[serde(rename = "...")]`, or its identifier.
fn json_name(field: &syn::Field) -> Option<String> {
    let mut renamed = None;
    for attr in field
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("serde"))
    {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                renamed = Some(value.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    renamed.or_else(|| field.ident.as_ref().map(|ident| ident.to_string()))
}

/// `Debug` for a struct that prints every field but the secret ones, which show `<redacted>`.
fn struct_debug(item: &syn::ItemStruct, secret: &Secret) -> syn::Item {
    let name = &item.ident;
    let label = name.to_string();
    let fields = item.fields.iter().filter_map(|field| {
        let ident = field.ident.as_ref()?;
        let shown = ident.to_string();
        let hidden = match secret {
            Secret::Whole => true,
            Secret::Properties(names) => json_name(field).is_some_and(|json| names.contains(&json)),
        };
        Some(if hidden {
            quote::quote!(.field(#shown, &"<redacted>"))
        } else {
            quote::quote!(.field(#shown, &self.#ident))
        })
    });
    syn::parse_quote! {
        /// Prints `<redacted>` in place of the credentials the type carries.
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#label) #(#fields)* .finish()
            }
        }
    }
}

/// `Debug` that prints the type's name only.
fn name_only(name: &syn::Ident) -> syn::Item {
    let label = format!("{name}(<redacted>)");
    syn::parse_quote! {
        /// Prints the type's name only: the value is, or holds, a credential.
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(#label)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_properties_and_schemas_are_found_and_hidden() {
        let spec = serde_json::json!({"components": {"schemas": {
            "Profile": {"type": "object", "properties": {
                "access_token": {"type": "string", "format": "password"},
                "name": {"type": "string"}}},
            "Token": {"x-sensitive": true, "oneOf": [{"type": "string"}]},
            "Plain": {"type": "object", "properties": {"name": {"type": "string"}}}
        }}});
        let secrets = find(&spec);
        assert_eq!(
            secrets.get("Profile"),
            Some(&Secret::Properties(vec!["access_token".to_owned()]))
        );
        assert_eq!(secrets.get("Token"), Some(&Secret::Whole));
        assert_eq!(secrets.get("Plain"), None);

        let mut file: syn::File = syn::parse_quote! {
            pub mod types {
                #[derive(Clone, Debug, PartialEq)]
                pub struct Profile {
                    pub access_token: String,
                    #[serde(rename = "name")]
                    pub name: String,
                }
                #[derive(Clone, Debug)]
                pub enum Token { Token(String) }
                #[derive(Clone, Debug)]
                pub struct Plain { pub name: String }
                pub mod builder {
                    #[derive(Clone, Debug)]
                    pub struct Profile { access_token: Result<String, String> }
                }
            }
        };
        redact(&mut file, &secrets);
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("#[derive(Clone, PartialEq)]\n    pub struct Profile"),
            "{text}"
        );
        assert!(
            text.contains(".field(\"access_token\", &\"<redacted>\")"),
            "{text}"
        );
        assert!(text.contains(".field(\"name\", &self.name)"), "{text}");
        assert!(
            text.contains("f.write_str(\"Token(<redacted>)\")"),
            "{text}"
        );
        assert!(
            text.contains("f.write_str(\"Profile(<redacted>)\")"),
            "{text}"
        );
        assert!(
            text.contains("#[derive(Clone, Debug)]\n    pub struct Plain"),
            "{text}"
        );
    }
}
