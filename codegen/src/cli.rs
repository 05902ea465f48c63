//! A fix for list parameters in progenitor's CLI generator, which emits code that does not
//! compile for them: `value_parser!(Vec<T>)` and `get_one::<Vec<T>>`. A list becomes an
//! argument that may be repeated (`--labels a --labels b`), read with `get_many::<T>`.

use quote::ToTokens;

/// Applies the fix to the CLI module.
pub(crate) fn fix_list_arguments(file: &mut syn::File) {
    syn::visit_mut::VisitMut::visit_file_mut(&mut ListArguments, file);
}

/// The visitor behind [`fix_list_arguments`].
struct ListArguments;

/// `T` when `ty` is `::std::vec::Vec<T>`.
fn vec_item(ty: &syn::Type) -> Option<syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Vec" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(item) => Some(item.clone()),
        _ => None,
    }
}

impl syn::visit_mut::VisitMut for ListArguments {
    fn visit_expr_mut(&mut self, node: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, node);
        let syn::Expr::MethodCall(call) = node else {
            return;
        };
        // `.value_parser(::clap::value_parser!(Vec<T>))` → `.value_parser(value_parser!(T)).action(Append)`
        if call.method == "value_parser" && call.args.len() == 1 {
            let syn::Expr::Macro(mac) = &call.args[0] else {
                return;
            };
            let Ok(ty) = mac.mac.parse_body::<syn::Type>() else {
                return;
            };
            if let Some(item) = vec_item(&ty) {
                let receiver = &call.receiver;
                *node = syn::parse_quote! {
                    #receiver
                        .value_parser(::clap::value_parser!(#item))
                        .action(::clap::ArgAction::Append)
                };
            }
            return;
        }
        // `matches.get_one::<Vec<T>>(name)` → every value given, as a `Vec<T>`.
        if call.method == "get_one" && call.args.len() == 1 {
            let Some(turbofish) = &call.turbofish else {
                return;
            };
            let Some(syn::GenericArgument::Type(ty)) = turbofish.args.first() else {
                return;
            };
            if let Some(item) = vec_item(ty) {
                let receiver = &call.receiver;
                let name = &call.args[0];
                let list = ty.to_token_stream();
                *node = syn::parse_quote! {
                    #receiver
                        .get_many::<#item>(#name)
                        .map(|values| values.cloned().collect::<#list>())
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_arguments_repeat_and_are_read_as_lists() {
        let mut file: syn::File = syn::parse_quote! {
            fn command() -> ::clap::Command {
                ::clap::Command::new("").arg(
                    ::clap::Arg::new("labels")
                        .long("labels")
                        .value_parser(::clap::value_parser!(::std::vec::Vec<::std::string::String>)),
                )
                .arg(::clap::Arg::new("page").value_parser(::clap::value_parser!(i64)))
            }
            fn read(matches: &::clap::ArgMatches) {
                if let Some(value) = matches.get_one::<::std::vec::Vec<::std::string::String>>("labels") {
                    use_it(value.clone());
                }
            }
        };
        fix_list_arguments(&mut file);
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains(".value_parser(::clap::value_parser!(::std::string::String))"),
            "{text}"
        );
        assert!(
            text.contains(".action(::clap::ArgAction::Append)"),
            "{text}"
        );
        assert!(
            text.contains(".value_parser(::clap::value_parser!(i64))"),
            "{text}"
        );
        assert!(
            text.contains(".get_many::<::std::string::String>(\"labels\")"),
            "{text}"
        );
    }
}
