//! Tag-first decoding for the unions told apart by a constant property (`type`, `event`).
//!
//! The specs write such a union as `oneOf` of object schemas that each have a required
//! property with a single `enum` value (`type: [contact]`), and at most one catch-all whose
//! property is any other string (`Unknown`, with `not: {enum: [...]}`). typify generates it as a
//! `#[serde(untagged)]` enum of structs, and serde decodes that by copying the whole object
//! into a buffer and trying each variant in turn: slow, and a known kind with a bad field
//! fails with "data did not match any variant".
//!
//! For every such union this pass replaces the derived `Deserialize` with one that reads the
//! object once: each property that some variant declares goes into a slot of that variant's
//! type (or a `serde_json::Value`, where variants declare it with different types), other keys
//! are skipped, and at the end the tag picks the one variant, built from the slots with serde's
//! rules for missing fields. So:
//! - a known tag with a bad field fails naming that field (`sender.id: invalid type ...`);
//! - an unknown tag goes to the catch-all variant with the fields it declares, or, where there
//!   is none, fails with "unknown variant" and the known tags;
//! - a missing tag fails with "missing field `type`".
//!
//! A property is decoded with the type the variants declare for it, whichever kind the object
//! turns out to be. Unions of any other shape (untagged strings, lists, structs without a
//! constant property, fields with attributes this pass does not know) keep serde's derive.
//! Serialisation is untouched (`#[serde(untagged)]` stays for `Serialize`).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Replaces the derived `Deserialize` of every tagged union in the file's `types` module.
pub(crate) fn decode_tag_first(file: &mut syn::File) {
    let Some(items) = crate::syntax::module_items(file, "types") else {
        return;
    };
    let unions: Vec<Union> = items
        .iter()
        .filter_map(|item| tagged_union(item, items))
        .collect();
    for union in &unions {
        crate::syntax::remove_enum_derive(items, &union.name, "Deserialize");
        items.push(deserialize_impl(union));
    }
}

/// The names of the tagged unions in a generated `types` module, for tests and reports.
#[cfg(test)]
fn tagged_union_names(items: &[syn::Item]) -> Vec<String> {
    items
        .iter()
        .filter_map(|item| tagged_union(item, items))
        .map(|union| union.name.to_string())
        .collect()
}

/// A union told apart by the property `key`.
struct Union {
    name: syn::Ident,
    key: String,
    variants: Vec<Variant>,
}

/// One variant: `name(strukt)`, and how its struct's tag field is built.
struct Variant {
    name: syn::Ident,
    strukt: syn::Ident,
    fields: Vec<Field>,
    tag_field: syn::Ident,
    tag: Tag,
}

/// The tag field of a variant's struct.
enum Tag {
    /// An enum of unit variants: each `(value, unit)` is the tag `value` as `ty::unit`.
    /// `optional` when the field is an `Option`: an object without the tag is this variant.
    Known {
        ty: syn::Ident,
        units: Vec<(String, syn::Ident)>,
        optional: bool,
    },
    /// Any other type (the catch-all), decoded from the tag's text.
    CatchAll { ty: syn::Type },
}

/// A field of a variant's struct, as serde's derive decodes it.
#[derive(Clone)]
struct Field {
    ident: syn::Ident,
    key: String,
    ty: syn::Type,
    missing: Missing,
}

/// What a field becomes when its key is not in the object.
#[derive(Clone)]
enum Missing {
    /// `#[serde(default)]`, or an `Option` without `deserialize_with`.
    Default,
    /// `#[serde(default = "path")]`.
    DefaultWith(syn::ExprPath),
    /// Required: "missing field".
    Error,
}

/// `item` as a tagged union, if it is `#[serde(untagged)] enum X { A(StructA), .. }` whose
/// structs share a constant property.
fn tagged_union(item: &syn::Item, items: &[syn::Item]) -> Option<Union> {
    let syn::Item::Enum(item) = item else {
        return None;
    };
    if !has_serde_word(&item.attrs, "untagged") || !derives(&item.attrs, "Deserialize") {
        return None;
    }
    let mut variants = Vec::new();
    for variant in &item.variants {
        let syn::Fields::Unnamed(fields) = &variant.fields else {
            return None;
        };
        let [field] = fields.unnamed.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        let strukt = plain_ident(&field.ty)?;
        let fields = struct_fields(find_struct(items, strukt)?)?;
        variants.push((variant.ident.clone(), strukt.clone(), fields));
    }
    let (_, _, first_fields) = variants.first()?;
    first_fields
        .iter()
        .map(|field| field.key.clone())
        .find_map(|key| union_by(&item.ident, &key, &variants, items))
}

/// The union told apart by `key`, if every variant has it as a constant, but at most one
/// catch-all, with distinct values.
fn union_by(
    name: &syn::Ident,
    key: &str,
    variants: &[(syn::Ident, syn::Ident, Vec<Field>)],
    items: &[syn::Item],
) -> Option<Union> {
    let mut out = Vec::new();
    for (variant, strukt, fields) in variants {
        let tag_field = fields.iter().find(|field| field.key == key)?;
        let optional = match (&tag_field.missing, option_inner(&tag_field.ty)) {
            (Missing::Error, _) => None,
            (Missing::Default, Some(inner)) => Some(inner),
            _ => return None,
        };
        let tag = match constant_of(optional.unwrap_or(&tag_field.ty), items) {
            Some((ty, units)) => Tag::Known {
                ty,
                units,
                optional: optional.is_some(),
            },
            None if optional.is_none() => Tag::CatchAll {
                ty: tag_field.ty.clone(),
            },
            None => return None,
        };
        let fields = fields
            .iter()
            .filter(|field| field.key != key)
            .cloned()
            .collect();
        out.push(Variant {
            name: variant.clone(),
            strukt: strukt.clone(),
            fields,
            tag_field: tag_field.ident.clone(),
            tag,
        });
    }
    let known = known_values(&out);
    let mut distinct = known.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let count =
        |wanted: fn(&Tag) -> bool| out.iter().filter(|variant| wanted(&variant.tag)).count();
    let catch_alls = count(|tag| matches!(tag, Tag::CatchAll { .. }));
    let optionals = count(|tag| matches!(tag, Tag::Known { optional: true, .. }));
    let fits =
        !known.is_empty() && catch_alls <= 1 && optionals <= 1 && distinct.len() == known.len();
    fits.then(|| Union {
        name: name.clone(),
        key: key.to_owned(),
        variants: out,
    })
}

/// Every tag value of the known variants, in order.
fn known_values(variants: &[Variant]) -> Vec<&str> {
    variants
        .iter()
        .flat_map(|variant| match &variant.tag {
            Tag::Known { units, .. } => units.iter().map(|(value, _)| value.as_str()).collect(),
            Tag::CatchAll { .. } => Vec::new(),
        })
        .collect()
}

/// `(Enum, [(value, Variant)])` when `ty` is an enum of the module of unit variants only.
fn constant_of(
    ty: &syn::Type,
    items: &[syn::Item],
) -> Option<(syn::Ident, Vec<(String, syn::Ident)>)> {
    let ident = plain_ident(ty)?;
    let item = items.iter().find_map(|item| match item {
        syn::Item::Enum(item) if &item.ident == ident => Some(item),
        _ => None,
    })?;
    if item.variants.is_empty() || serde_attrs(&item.attrs)?.rename_all {
        return None;
    }
    let units = item
        .variants
        .iter()
        .map(|variant| {
            if !matches!(variant.fields, syn::Fields::Unit) {
                return None;
            }
            let attrs = serde_attrs(&variant.attrs)?;
            let value = attrs.rename.unwrap_or_else(|| variant.ident.to_string());
            Some((value, variant.ident.clone()))
        })
        .collect::<Option<Vec<_>>>()?;
    Some((ident.clone(), units))
}

/// The struct `name` of the module.
fn find_struct<'a>(items: &'a [syn::Item], name: &syn::Ident) -> Option<&'a syn::ItemStruct> {
    items.iter().find_map(|item| match item {
        syn::Item::Struct(item) if &item.ident == name => Some(item),
        _ => None,
    })
}

/// The fields of a struct that derives `Deserialize` with no container attributes, if every
/// field has only attributes this pass can honour.
fn struct_fields(item: &syn::ItemStruct) -> Option<Vec<Field>> {
    if !derives(&item.attrs, "Deserialize") || !serde_attrs(&item.attrs)?.is_empty() {
        return None;
    }
    let syn::Fields::Named(fields) = &item.fields else {
        return None;
    };
    fields
        .named
        .iter()
        .map(|field| {
            let ident = field.ident.clone()?;
            let attrs = serde_attrs(&field.attrs)?;
            let key = attrs
                .rename
                .clone()
                .unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_owned());
            let missing = match (attrs.default, attrs.option_deserialize) {
                (Some(None), _) => Missing::Default,
                (Some(Some(path)), _) => Missing::DefaultWith(path),
                (None, true) => Missing::Error,
                (None, false) if is_option(&field.ty) => Missing::Default,
                (None, false) => Missing::Error,
            };
            Some(Field {
                ident,
                key,
                ty: field.ty.clone(),
                missing,
            })
        })
        .collect()
}

/// The serde attributes this pass understands; anything else makes [`serde_attrs`] give up.
#[derive(Default)]
struct SerdeAttrs {
    rename: Option<String>,
    /// `default` (`Some(None)`) or `default = "path"`.
    default: Option<Option<syn::ExprPath>>,
    /// `deserialize_with = "::std::option::Option::deserialize"`: required, may be null.
    option_deserialize: bool,
    rename_all: bool,
}

impl SerdeAttrs {
    /// Whether no attribute was given.
    fn is_empty(&self) -> bool {
        self.rename.is_none()
            && self.default.is_none()
            && !self.option_deserialize
            && !self.rename_all
    }
}

/// Reads `#[serde(..)]` attributes; `None` if one has a part this pass does not know.
fn serde_attrs(attrs: &[syn::Attribute]) -> Option<SerdeAttrs> {
    let mut out = SerdeAttrs::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let path = &meta.path;
            if path.is_ident("rename") {
                out.rename = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if path.is_ident("rename_all") {
                meta.value()?.parse::<syn::LitStr>()?;
                out.rename_all = true;
            } else if path.is_ident("default") {
                out.default = Some(if meta.input.peek(syn::Token![=]) {
                    Some(meta.value()?.parse::<syn::LitStr>()?.parse()?)
                } else {
                    None
                });
            } else if path.is_ident("skip_serializing_if") {
                meta.value()?.parse::<syn::LitStr>()?;
            } else if path.is_ident("deserialize_with") {
                let with = meta.value()?.parse::<syn::LitStr>()?.value();
                if with != "::std::option::Option::deserialize" {
                    return Err(meta.error("unknown deserialize_with"));
                }
                out.option_deserialize = true;
            } else {
                return Err(meta.error("not handled"));
            }
            Ok(())
        })
        .ok()?;
    }
    Some(out)
}

/// Whether the attributes hold `#[serde(word)]` (among others).
fn has_serde_word(attrs: &[syn::Attribute], word: &str) -> bool {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("serde"))
        .any(|attr| {
            let mut found = false;
            let _ = attr.parse_nested_meta(|meta| {
                found |= meta.path.is_ident(word);
                Ok(())
            });
            found
        })
}

/// Whether `#[derive(..)]` names a trait whose last segment is `name`.
fn derives(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("derive"))
        .any(|attr| {
            attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
            .is_ok_and(|paths| {
                paths
                    .iter()
                    .any(|path| path.segments.last().is_some_and(|last| last.ident == name))
            })
        })
}

/// The identifier of a type written as one bare name (`ContactSender`).
fn plain_ident(ty: &syn::Type) -> Option<&syn::Ident> {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => path.path.get_ident(),
        _ => None,
    }
}

/// Whether the type is `Option<..>` (by its last path segment, as serde's derive decides).
fn is_option(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(path)
        if path.path.segments.last().is_some_and(|last| last.ident == "Option"))
}

/// The slot a property is read into: the type every variant declares for it; `Option<T>`
/// where some declare `T` and others `Option<T>`; a `serde_json::Value` where they differ
/// otherwise.
struct Slot {
    ident: syn::Ident,
    ty: SlotType,
}

/// What a [`Slot`] holds.
enum SlotType {
    /// The declared type, the same in every variant.
    Same(syn::Type),
    /// `Option<T>`, where some variants declare `T`.
    Nullable(syn::Type),
    /// The JSON value, decoded into the variant's type once the tag is known.
    Json,
}

/// `T` of `Option<T>`.
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match (last.ident == "Option", args.args.first()) {
        (true, Some(syn::GenericArgument::Type(inner))) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}

/// The type's tokens as text, for comparing types.
fn type_text(ty: &syn::Type) -> String {
    quote!(#ty).to_string()
}

/// The slot type for a property the variants declare with `types`.
fn slot_type(types: &[&syn::Type]) -> SlotType {
    let Some(first) = types.first() else {
        return SlotType::Json;
    };
    if types.iter().all(|ty| type_text(ty) == type_text(first)) {
        return SlotType::Same((*first).clone());
    }
    let bare = |ty: &syn::Type| type_text(option_inner(ty).unwrap_or(ty));
    if types.iter().all(|ty| bare(ty) == bare(first)) {
        let inner = option_inner(first).unwrap_or(first);
        return SlotType::Nullable(syn::parse_quote!(::std::option::Option<#inner>));
    }
    SlotType::Json
}

/// `impl Deserialize for` the union.
fn deserialize_impl(union: &Union) -> syn::Item {
    let name = &union.name;
    let key = &union.key;
    let mut declared: BTreeMap<&str, Vec<&syn::Type>> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for field in union.variants.iter().flat_map(|variant| &variant.fields) {
        let types = declared.entry(field.key.as_str()).or_default();
        if types.is_empty() {
            order.push(&field.key);
        }
        types.push(&field.ty);
    }
    let slots: BTreeMap<&str, Slot> = order
        .iter()
        .enumerate()
        .map(|(index, key)| {
            let slot = Slot {
                ident: format_ident!("__slot{index}"),
                ty: slot_type(&declared[key]),
            };
            (*key, slot)
        })
        .collect();
    let declarations = order.iter().map(|key| {
        let slot = &slots[key];
        let ident = &slot.ident;
        let ty = match &slot.ty {
            SlotType::Same(ty) | SlotType::Nullable(ty) => quote!(#ty),
            SlotType::Json => quote!(::serde_json::Value),
        };
        quote!(let mut #ident: ::std::option::Option<#ty> = ::std::option::Option::None;)
    });
    let reads = order.iter().map(|key| {
        let ident = &slots[key].ident;
        quote! {
            #key => {
                if #ident.is_some() {
                    return ::std::result::Result::Err(<__A::Error as ::serde::de::Error>::duplicate_field(#key));
                }
                #ident = ::std::option::Option::Some(__map.next_value()?);
            }
        }
    });
    let known_values = known_values(&union.variants);
    let known_arms = union.variants.iter().filter_map(|variant| {
        let Tag::Known {
            ty,
            units,
            optional,
        } = &variant.tag
        else {
            return None;
        };
        let tag_field = &variant.tag_field;
        let values = units.iter().map(|(value, _)| value);
        let (last, rest) = units.split_last()?;
        let rest = rest
            .iter()
            .map(|(value, unit)| quote!(#value => #ty::#unit,));
        let last = &last.1;
        let unit = quote!(match __tag.as_str() { #(#rest)* _ => #ty::#last });
        let tag_value = match optional {
            true => quote!(#tag_field: ::std::option::Option::Some(#unit)),
            false => quote!(#tag_field: #unit),
        };
        let build = build_variant(name, variant, &slots, tag_value);
        Some(quote!(#(#values)|* => return ::std::result::Result::Ok(#build),))
    });
    let without_tag = match union
        .variants
        .iter()
        .find(|variant| matches!(variant.tag, Tag::Known { optional: true, .. }))
    {
        Some(variant) => {
            let tag_field = &variant.tag_field;
            let build = build_variant(
                name,
                variant,
                &slots,
                quote!(#tag_field: ::std::option::Option::None),
            );
            quote!(return ::std::result::Result::Ok(#build);)
        }
        None => quote! {
            return ::std::result::Result::Err(<__A::Error as ::serde::de::Error>::missing_field(#key));
        },
    };
    let fallback = match union
        .variants
        .iter()
        .find(|variant| matches!(variant.tag, Tag::CatchAll { .. }))
    {
        Some(variant) => {
            let Tag::CatchAll { ty } = &variant.tag else {
                unreachable!("found as a catch-all")
            };
            let tag_field = &variant.tag_field;
            let tag_value = quote! {
                #tag_field: <#ty as ::serde::Deserialize>::deserialize(
                    ::serde::de::value::StringDeserializer::<__A::Error>::new(__tag.into_owned()),
                )?
            };
            let build = build_variant(name, variant, &slots, tag_value);
            quote!(::std::result::Result::Ok(#build))
        }
        None => quote! {
            ::std::result::Result::Err(<__A::Error as ::serde::de::Error>::unknown_variant(
                __tag.as_str(),
                &[#(#known_values),*],
            ))
        },
    };
    let expecting = format!("a {name} object, told apart by `{key}`");
    syn::parse_quote! {
        /// Reads the object once and builds the variant its tag names (see codegen's
        /// `tagged_unions.rs`).
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<__D>(deserializer: __D) -> ::std::result::Result<Self, __D::Error>
            where
                __D: ::serde::Deserializer<'de>,
            {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<__A>(self, mut __map: __A) -> ::std::result::Result<#name, __A::Error>
                    where
                        __A: ::serde::de::MapAccess<'de>,
                    {
                        let mut __tag: ::std::option::Option<crate::runtime::Text<'de>> = ::std::option::Option::None;
                        #(#declarations)*
                        while let ::std::option::Option::Some(__key) =
                            __map.next_key::<crate::runtime::Text<'de>>()?
                        {
                            match __key.as_str() {
                                #key => {
                                    if __tag.is_some() {
                                        return ::std::result::Result::Err(<__A::Error as ::serde::de::Error>::duplicate_field(#key));
                                    }
                                    __tag = ::std::option::Option::Some(__map.next_value()?);
                                }
                                #(#reads)*
                                _ => {
                                    __map.next_value::<::serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        let ::std::option::Option::Some(__tag) = __tag else {
                            #without_tag
                        };
                        match __tag.as_str() {
                            #(#known_arms)*
                            _ => {}
                        }
                        #fallback
                    }
                }
                deserializer.deserialize_map(__Visitor)
            }
        }
    }
}

/// `Union::Variant(Struct { tag, field: from its slot, .. })`.
fn build_variant(
    union: &syn::Ident,
    variant: &Variant,
    slots: &BTreeMap<&str, Slot>,
    tag: TokenStream,
) -> TokenStream {
    let fields = variant.fields.iter().map(|field| {
        let slot = &slots[field.key.as_str()];
        let (ident, key, ty) = (&field.ident, &field.key, &field.ty);
        let slot_ident = &slot.ident;
        let value = match &slot.ty {
            SlotType::Same(_) => quote!(#slot_ident),
            SlotType::Nullable(_) if option_inner(ty).is_some() => quote!(#slot_ident),
            SlotType::Nullable(_) => {
                let expected = format!("a value for `{key}`, not null");
                quote! {
                    match #slot_ident {
                        ::std::option::Option::Some(::std::option::Option::Some(value)) => ::std::option::Option::Some(value),
                        ::std::option::Option::Some(::std::option::Option::None) => return ::std::result::Result::Err(
                            <__A::Error as ::serde::de::Error>::invalid_type(::serde::de::Unexpected::Unit, &#expected),
                        ),
                        ::std::option::Option::None => ::std::option::Option::None,
                    }
                }
            }
            SlotType::Json => quote! {
                match #slot_ident {
                    ::std::option::Option::Some(value) => ::std::option::Option::Some(
                        ::serde_json::from_value::<#ty>(value).map_err(|err| {
                            <__A::Error as ::serde::de::Error>::custom(::std::format_args!("invalid `{}`: {}", #key, err))
                        })?,
                    ),
                    ::std::option::Option::None => ::std::option::Option::None,
                }
            },
        };
        let value = match &field.missing {
            Missing::Default => quote!((#value).unwrap_or_default()),
            Missing::DefaultWith(path) => quote!((#value).unwrap_or_else(#path)),
            Missing::Error => quote! {
                match #value {
                    ::std::option::Option::Some(value) => value,
                    ::std::option::Option::None => return ::std::result::Result::Err(
                        <__A::Error as ::serde::de::Error>::missing_field(#key),
                    ),
                }
            },
        };
        quote!(#ident: #value)
    });
    let (name, strukt) = (&variant.name, &variant.strukt);
    quote!(#union::#name(#strukt { #tag, #(#fields),* }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `types` module with a tagged union (`Pet`), one whose variants share no constant
    /// (`Either`) and one whose variant flattens a map (`Flat`).
    fn module() -> syn::File {
        syn::parse_quote! {
            pub mod types {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                #[serde(untagged)]
                pub enum Pet { Cat(Cat), Dog(Dog), Other(OtherPet) }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Cat {
                    #[serde(rename = "type")]
                    pub type_: CatType,
                    pub name: ::std::string::String,
                }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub enum CatType { #[serde(rename = "cat")] Cat }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Dog {
                    #[serde(rename = "type")]
                    pub type_: DogType,
                    #[serde(default)]
                    pub name: ::std::option::Option<::std::string::String>,
                }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub enum DogType { #[serde(rename = "dog")] Dog, #[serde(rename = "puppy")] Puppy }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct OtherPet {
                    #[serde(rename = "type")]
                    pub type_: ::std::string::String,
                }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                #[serde(untagged)]
                pub enum Either { Cat(Cat), Other(OtherPet) }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                #[serde(untagged)]
                pub enum Flat { Cat(Cat), Bag(Bag) }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Bag {
                    #[serde(rename = "type")]
                    pub type_: BagType,
                    #[serde(flatten)]
                    pub rest: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub enum BagType { #[serde(rename = "bag")] Bag }
            }
        }
    }

    #[test]
    fn finds_unions_told_apart_by_a_constant_property_only() {
        let mut file = module();
        let items = crate::syntax::module_items(&mut file, "types").expect("has types");
        // `Either` has one known tag and a catch-all: tagged too.
        assert_eq!(tagged_union_names(items), ["Pet", "Either"]);
    }

    #[test]
    fn replaces_the_derived_deserialize_and_keeps_serialize() {
        let mut file = module();
        decode_tag_first(&mut file);
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("impl<'de> ::serde::Deserialize<'de> for Pet"),
            "{text}"
        );
        assert!(text.contains("\"dog\" | \"puppy\" =>"), "{text}");
        assert!(!text.contains("for Flat"), "{text}");
        let pet = text.split("pub enum Pet").next().unwrap_or_default();
        let derive = pet
            .lines()
            .rev()
            .find(|line| line.contains("derive"))
            .unwrap_or_default();
        assert!(
            derive.contains("Serialize") && !derive.contains("Deserialize"),
            "{derive}"
        );
    }
}
