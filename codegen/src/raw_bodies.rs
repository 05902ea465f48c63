//! Replies that are not JSON, such as the CSV downloads: progenitor hands them over as an
//! unread `ByteStream`, prints `todo!()` for them in its CLI, and mocks them as JSON.
//!
//! - The client reads them whole, up to the client's size limit, into the runtime's `RawBody`
//!   (`ResponseValue::raw`), so a user gets the bytes or a typed error, never an unread stream
//!   that escapes the limit.
//! - The CLI writes the bytes to standard output as they came.
//! - The mocks answer with the bytes given and the media type the spec declares.

use std::collections::BTreeMap;

use serde_json::Value;

/// The type the runtime reads such replies into.
const RAW_BODY: &str = "RawBody";

/// Rewrites `Ok(ResponseValue::stream(response))` into `ResponseValue::raw(response).await`, and
/// every `ByteStream` (a type or an imported name) into `RawBody`.
pub(crate) fn read_whole(file: &mut syn::File) {
    syn::visit_mut::VisitMut::visit_file_mut(&mut ReadWhole, file);
}

/// The visitor behind [`read_whole`].
struct ReadWhole;

impl syn::visit_mut::VisitMut for ReadWhole {
    fn visit_expr_mut(&mut self, node: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, node);
        if let Some(response) = ok_of_stream(node) {
            *node = syn::parse_quote!(ResponseValue::raw(#response).await);
        }
    }

    fn visit_use_name_mut(&mut self, node: &mut syn::UseName) {
        if node.ident == "ByteStream" {
            node.ident = syn::Ident::new(RAW_BODY, node.ident.span());
        }
    }

    fn visit_path_segment_mut(&mut self, node: &mut syn::PathSegment) {
        if node.ident == "ByteStream" {
            node.ident = syn::Ident::new(RAW_BODY, node.ident.span());
        }
        syn::visit_mut::visit_path_segment_mut(self, node);
    }
}

/// `response` when `expr` is `Ok(ResponseValue::stream(response))`.
fn ok_of_stream(expr: &syn::Expr) -> Option<syn::Expr> {
    let syn::Expr::Call(ok) = expr else {
        return None;
    };
    let syn::Expr::Path(function) = ok.func.as_ref() else {
        return None;
    };
    if !function.path.is_ident("Ok") || ok.args.len() != 1 {
        return None;
    }
    let syn::Expr::Call(stream) = &ok.args[0] else {
        return None;
    };
    let syn::Expr::Path(function) = stream.func.as_ref() else {
        return None;
    };
    let segments: Vec<String> = function
        .path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    (segments == ["ResponseValue", "stream"] && stream.args.len() == 1)
        .then(|| stream.args[0].clone())
}

/// Replaces the CLI's `todo!()` for a successful reply that is not JSON with code that writes
/// its bytes to standard output.
pub(crate) fn cli_writes_bytes(file: &mut syn::File) {
    syn::visit_mut::VisitMut::visit_file_mut(&mut WriteBytes, file);
}

/// The visitor behind [`cli_writes_bytes`].
struct WriteBytes;

impl syn::visit_mut::VisitMut for WriteBytes {
    fn visit_arm_mut(&mut self, node: &mut syn::Arm) {
        syn::visit_mut::visit_arm_mut(self, node);
        let is_ok = matches!(&node.pat, syn::Pat::TupleStruct(pattern)
            if pattern.path.is_ident("Ok"));
        if is_ok && is_todo_block(&node.body) {
            *node.body = syn::parse_quote!({
                ::std::io::Write::write_all(&mut ::std::io::stdout(), r.as_bytes())?;
                Ok(())
            });
        }
    }
}

/// Whether `expr` is `todo!()` or a block holding only that.
fn is_todo_block(expr: &syn::Expr) -> bool {
    match expr {
        syn::Expr::Macro(mac) => mac.mac.path.is_ident("todo"),
        syn::Expr::Block(block) => match block.block.stmts.as_slice() {
            [syn::Stmt::Macro(mac)] => mac.mac.path.is_ident("todo"),
            [syn::Stmt::Expr(inner, None)] => is_todo_block(inner),
            _ => false,
        },
        _ => false,
    }
}

/// The media type of each operation's successful reply that is not JSON, keyed by the name of
/// the operation's httpmock `Then` type (`DownloadReportThen` for `download_report`).
pub(crate) fn media_types(spec: &Value) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return found;
    };
    for item in paths.values().filter_map(Value::as_object) {
        for operation in item.values().filter_map(Value::as_object) {
            let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
                continue;
            };
            let media = responses
                .iter()
                .filter(|(status, _)| status.starts_with('2'))
                .filter_map(|(_, response)| response.get("content")?.as_object())
                .flat_map(|content| content.keys())
                .find(|media| !media.starts_with("application/json"));
            if let Some(media) = media {
                found.insert(format!("{}Then", pascal_case(id)), media.clone());
            }
        }
    }
    found
}

/// `download_report` → `DownloadReport`, as progenitor names an operation's types.
fn pascal_case(snake: &str) -> String {
    snake
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect()
}

/// Makes the mocks of replies that are not JSON answer with bytes of the declared media type:
/// `then.ok(csv)` instead of a JSON value with `content-type: application/json`.
pub(crate) fn mocks_send_bytes(file: &mut syn::File, media_types: &BTreeMap<String, String>) {
    syn::visit_mut::VisitMut::visit_file_mut(&mut ThenTypes { media_types }, file);
}

/// The visitor behind [`mocks_send_bytes`]: the `impl` blocks of the `Then` types in
/// `media_types`.
struct ThenTypes<'a> {
    media_types: &'a BTreeMap<String, String>,
}

impl syn::visit_mut::VisitMut for ThenTypes<'_> {
    fn visit_item_impl_mut(&mut self, block: &mut syn::ItemImpl) {
        let syn::Type::Path(path) = block.self_ty.as_ref() else {
            return;
        };
        let Some(media) = path
            .path
            .get_ident()
            .and_then(|name| self.media_types.get(&name.to_string()))
        else {
            return;
        };
        for member in &mut block.items {
            if let syn::ImplItem::Fn(function) = member {
                send_bytes(function, media);
            }
        }
    }
}

/// Rewrites one `Then` method that takes `value: ::serde_json::Value` and sends it as JSON.
fn send_bytes(function: &mut syn::ImplItemFn, media: &str) {
    let mut takes_json = false;
    for input in &mut function.sig.inputs {
        let syn::FnArg::Typed(typed) = input else {
            continue;
        };
        let is_value =
            matches!(typed.pat.as_ref(), syn::Pat::Ident(ident) if ident.ident == "value");
        let ty = &typed.ty;
        if is_value && quote::quote!(#ty).to_string() == ":: serde_json :: Value" {
            *typed.ty = syn::parse_quote!(impl AsRef<[u8]>);
            takes_json = true;
        }
    }
    if takes_json {
        syn::visit_mut::VisitMut::visit_block_mut(
            &mut SendBytes {
                media: media.to_owned(),
            },
            &mut function.block,
        );
    }
}

/// The visitor behind [`send_bytes`]: the header and the body of the reply.
struct SendBytes {
    media: String,
}

impl syn::visit_mut::VisitMut for SendBytes {
    fn visit_expr_mut(&mut self, node: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, node);
        let syn::Expr::MethodCall(call) = node else {
            return;
        };
        if call.method == "json_body" {
            call.method = syn::Ident::new("body", call.method.span());
        } else if call.method == "header" && call.args.len() == 2 {
            let media = &self.media;
            call.args[1] = syn::parse_quote!(#media);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_reads_raw_replies_whole() {
        let mut file: syn::File = syn::parse_quote! {
            use super::{encode_path, ByteStream, ClientInfo};
            pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<types::ApiError>> {
                match response.status().as_u16() {
                    200u16 => Ok(ResponseValue::stream(response)),
                    _ => Err(Error::UnexpectedResponse(response)),
                }
            }
        };
        read_whole(&mut file);
        let text = prettyplease::unparse(&file);
        assert!(text.contains("ResponseValue<RawBody>"), "{text}");
        assert!(
            text.contains("200u16 => ResponseValue::raw(response).await,"),
            "{text}"
        );
        assert!(!text.contains("ByteStream"), "{text}");
    }

    #[test]
    fn the_cli_writes_raw_replies_to_stdout() {
        let mut file: syn::File = syn::parse_quote! {
            fn execute() {
                match result {
                    Ok(r) => { todo!() }
                    Err(r) => { self.config.error(&r); Err(anyhow::Error::new(r)) }
                }
            }
        };
        cli_writes_bytes(&mut file);
        let text = prettyplease::unparse(&file);
        assert!(!text.contains("todo!"), "{text}");
        assert!(text.contains("r.as_bytes()"), "{text}");
        assert!(text.contains("self.config.error(&r)"), "{text}");
    }

    #[test]
    fn mocks_of_raw_replies_send_bytes_of_the_declared_type() {
        let spec = serde_json::json!({"paths": {"/report": {"get": {
            "operationId": "download_report",
            "responses": {"200": {"content": {"text/csv": {}}}, "401": {"content": {"application/json": {}}}}
        }}, "/json": {"get": {
            "operationId": "get_json",
            "responses": {"200": {"content": {"application/json": {}}}}
        }}}});
        let media = media_types(&spec);
        assert_eq!(media.len(), 1, "{media:?}");
        assert_eq!(media["DownloadReportThen"], "text/csv");

        let mut file: syn::File = syn::parse_quote! {
            pub mod operations {
                impl DownloadReportThen {
                    pub fn ok(self, value: ::serde_json::Value) -> Self {
                        Self(self.0.status(200u16).header("content-type", "application/json").json_body(value))
                    }
                    pub fn unauthorized(self, value: &types::ApiError) -> Self {
                        Self(self.0.status(401u16).header("content-type", "application/json").json_body_obj(value))
                    }
                }
                impl GetJsonThen {
                    pub fn ok(self, value: ::serde_json::Value) -> Self {
                        Self(self.0.status(200u16).header("content-type", "application/json").json_body(value))
                    }
                }
            }
        };
        mocks_send_bytes(&mut file, &media);
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("pub fn ok(self, value: impl AsRef<[u8]>)"),
            "{text}"
        );
        assert!(
            text.contains(".header(\"content-type\", \"text/csv\")"),
            "{text}"
        );
        assert!(text.contains(".body(value)"), "{text}");
        // The JSON error reply and other operations are left as they were.
        assert!(text.contains(".json_body_obj(value)"), "{text}");
        assert_eq!(text.matches(".json_body(value)").count(), 1, "{text}");
    }
}
