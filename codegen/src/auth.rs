//! How a family authenticates, read from the spec's `security`, and what that changes in the
//! generated client.
//!
//! A family without `security` (the public client API) gets a client that needs no credential.
//! A family whose every operation requires one API key in a header (the Application and
//! Platform APIs) gets a client whose inner value is the runtime's `TokenOptions`, which only
//! the client crate's builder can make from a token, and a `TOKEN_HEADER` constant with the
//! header's name; the client crate sends the token under that name on every request.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use crate::error::{Error, Location};

/// The credential every request of a family carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Auth {
    /// None: `security` is absent or `[]`.
    None,
    /// An API key in the header `header` (lower case).
    HeaderToken {
        /// The header's name, in lower case.
        header: String,
    },
}

impl Auth {
    /// The runtime type the generated client carries as progenitor's inner value.
    pub(crate) fn options_type(&self) -> TokenStream {
        match self {
            Auth::None => quote!(crate::runtime::ClientOptions),
            Auth::HeaderToken { .. } => quote!(crate::runtime::TokenOptions),
        }
    }
}

/// Reads the spec's top-level `security` and checks that no operation asks for another.
pub(crate) fn read(file: &str, spec: &Value) -> Result<Auth, Error> {
    let auth = match spec.get("security") {
        None => Auth::None,
        Some(Value::Array(requirements)) if requirements.is_empty() => Auth::None,
        Some(security) => header_token(file, spec, security)?,
    };
    check_operations_agree(file, spec)?;
    Ok(auth)
}

/// The one header API key that `security` requires.
fn header_token(file: &str, spec: &Value, security: &Value) -> Result<Auth, Error> {
    let unsupported = |detail: &str| {
        Error::new(
            file,
            Location::pointer(["security"]),
            format!(
                "{detail}; the generated client sends one API key in one header on every request, so write `security: [{{SchemeName: []}}]` with an `apiKey` scheme `in: header`"
            ),
        )
    };
    let requirement = match security.as_array().map(Vec::as_slice) {
        Some([requirement]) => requirement,
        Some(_) => return Err(unsupported("`security` lists several alternatives")),
        None => return Err(unsupported("`security` is not a list")),
    };
    let scheme_name = match requirement.as_object() {
        Some(map) if map.len() == 1 => map.keys().next().map(String::as_str).unwrap_or_default(),
        _ => {
            return Err(unsupported(
                "the security requirement must name exactly one scheme",
            ));
        }
    };
    let at = ["components", "securitySchemes", scheme_name];
    let scheme = spec
        .get("components")
        .and_then(|components| components.get("securitySchemes"))
        .and_then(|schemes| schemes.get(scheme_name));
    let Some(scheme) = scheme else {
        return Err(Error::new(
            file,
            Location::pointer(["security"]),
            format!(
                "`security` names the scheme `{scheme_name}`, which `components/securitySchemes` does not define; define it or fix the name"
            ),
        ));
    };
    let text = |key: &str| scheme.get(key).and_then(Value::as_str);
    if text("type") != Some("apiKey") || text("in") != Some("header") {
        return Err(Error::new(
            file,
            Location::pointer(at),
            "the security scheme is not an `apiKey` `in: header`, the only kind the generated client can send; describe the credential as an API key in a header",
        ));
    }
    let header = text("name").unwrap_or_default();
    if header.is_empty() || !header.bytes().all(is_header_name_byte) {
        return Err(Error::new(
            file,
            Location::pointer(at).join(["name"]),
            format!(
                "`{header}` is not an HTTP header name (letters, digits and `!#$%&'*+-.^_`|~` only); write the header's name, such as `api-access-token`"
            ),
        ));
    }
    Ok(Auth::HeaderToken {
        header: header.to_ascii_lowercase(),
    })
}

/// Whether `byte` may appear in an HTTP header name (an RFC 9110 token).
fn is_header_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

/// An operation's own `security` must equal the top-level one: the client sends the same
/// credential on every request.
fn check_operations_agree(file: &str, spec: &Value) -> Result<(), Error> {
    let top = spec
        .get("security")
        .cloned()
        .unwrap_or(Value::Array(Vec::new()));
    let paths = spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten();
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, operation) in item {
            let Some(own) = operation.get("security") else {
                continue;
            };
            let same = own == &top || (is_empty_list(own) && is_empty_list(&top));
            if !same {
                return Err(Error::new(
                    file,
                    Location::pointer(["paths", path.as_str(), method.as_str(), "security"]),
                    "this operation asks for other credentials than the spec's top-level `security`, but the generated client sends one credential on every request; remove the operation's `security` or make it the same",
                ));
            }
        }
    }
    Ok(())
}

/// Whether `value` is `[]`.
fn is_empty_list(value: &Value) -> bool {
    value.as_array().is_some_and(Vec::is_empty)
}

/// Adds `pub const TOKEN_HEADER` to a token family's client module.
pub(crate) fn add_token_header(file: &mut syn::File, auth: &Auth) {
    if let Auth::HeaderToken { header } = auth {
        file.items.push(syn::parse_quote! {
            /// The header that carries the access token on every request, as the spec's
            /// security scheme names it.
            pub const TOKEN_HEADER: &str = #header;
        });
    }
}
