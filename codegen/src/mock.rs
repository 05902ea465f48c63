//! Fixes for two constructs progenitor's httpmock generator emits as code that does not compile.
//!
//! - A query parameter that is a list: the matcher calls `value.to_string()` on the `Vec`. It
//!   becomes one `query_param` per element (the request carries the key once per value).
//! - A response whose schema is nullable: the `Then` helper takes `Option<&T>` and passes it to
//!   `json_body_obj`, which wants a reference. It gets `&value`, so `None` answers `null`.

use quote::ToTokens;

/// Applies both fixes to the mock module.
pub(crate) fn fix_generated_mocks(file: &mut syn::File) {
    syn::visit_mut::VisitMut::visit_file_mut(&mut MockFixes::default(), file);
}

/// The visitor behind [`fix_generated_mocks`]: what the function being visited takes.
#[derive(Default)]
struct MockFixes {
    /// The function's value is a list (its bound names a `Vec`).
    list_value: bool,
    /// The function's value is an `Option<&T>` argument.
    optional_value: bool,
}

impl syn::visit_mut::VisitMut for MockFixes {
    fn visit_impl_item_fn_mut(&mut self, node: &mut syn::ImplItemFn) {
        let bounds = node
            .sig
            .generics
            .where_clause
            .as_ref()
            .map(|clause| clause.to_token_stream().to_string())
            .unwrap_or_default();
        let outer = (self.list_value, self.optional_value);
        self.list_value = bounds.contains(":: vec :: Vec <");
        self.optional_value = node.sig.inputs.iter().any(|input| match input {
            syn::FnArg::Typed(typed) => typed
                .ty
                .to_token_stream()
                .to_string()
                .starts_with("Option < &"),
            syn::FnArg::Receiver(_) => false,
        });
        syn::visit_mut::visit_impl_item_fn_mut(self, node);
        (self.list_value, self.optional_value) = outer;
    }

    fn visit_expr_mut(&mut self, node: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, node);
        let syn::Expr::MethodCall(call) = node else {
            return;
        };
        if self.list_value && call.method == "query_param" && call.args.len() == 2 {
            let name = &call.args[0];
            if is_value_to_string(&call.args[1]) {
                let receiver = &call.receiver;
                *node = syn::parse_quote! {
                    value
                        .iter()
                        .fold(#receiver, |when, item| when.query_param(#name, item.to_string()))
                };
            }
        } else if self.optional_value
            && call.method == "json_body_obj"
            && call.args.len() == 1
            && is_path(&call.args[0], "value")
        {
            call.args[0] = syn::parse_quote!(&value);
        }
    }
}

/// Whether `expr` is `value.to_string()`.
fn is_value_to_string(expr: &syn::Expr) -> bool {
    matches!(expr, syn::Expr::MethodCall(call)
        if call.method == "to_string" && call.args.is_empty() && is_path(&call.receiver, "value"))
}

/// Whether `expr` is the bare name `name`.
fn is_path(expr: &syn::Expr, name: &str) -> bool {
    matches!(expr, syn::Expr::Path(path) if path.path.is_ident(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_query_parameters_and_nullable_bodies_are_fixed() {
        let mut file: syn::File = syn::parse_quote! {
            impl ListWhen {
                pub fn labels<'a, T>(self, value: T) -> Self
                where
                    T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
                {
                    if let Some(value) = value.into() {
                        Self(self.0.query_param("labels[]", value.to_string()))
                    } else {
                        Self(self.0.query_param_missing("labels[]"))
                    }
                }
                pub fn page<T>(self, value: T) -> Self
                where
                    T: Into<Option<i64>>,
                {
                    if let Some(value) = value.into() {
                        Self(self.0.query_param("page", value.to_string()))
                    } else {
                        Self(self.0.query_param_missing("page"))
                    }
                }
            }
            impl UnreadThen {
                pub fn success(self, status: u16, value: Option<&types::Conversation>) -> Self {
                    Self(self.0.status(status).json_body_obj(value))
                }
                pub fn ok(self, value: &types::Conversation) -> Self {
                    Self(self.0.status(200u16).json_body_obj(value))
                }
            }
        };
        fix_generated_mocks(&mut file);
        let text = prettyplease::unparse(&file);
        assert!(text.contains(".fold("), "{text}");
        assert!(
            text.contains("|when, item| when.query_param(\"labels[]\", item.to_string())"),
            "{text}"
        );
        assert!(
            text.contains("self.0.query_param(\"page\", value.to_string())"),
            "{text}"
        );
        assert!(
            text.contains(".status(status).json_body_obj(&value)"),
            "{text}"
        );
        assert!(
            text.contains(".status(200u16).json_body_obj(value)"),
            "{text}"
        );
    }
}
