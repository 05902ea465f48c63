//! The access token of the Application and Platform APIs: kept out of every `Debug` and
//! `Display`, and sent as a header marked sensitive.

use std::fmt;

use reqwest::header::{HeaderName, HeaderValue};

use super::{BuildError, ClientOptions};

/// A credential as the user gave it, held by a [`ClientBuilder`](super::ClientBuilder) until
/// `build()` checks it; `Debug` does not print it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential.
    pub(crate) fn new(text: impl Into<String>) -> Self {
        Secret(text.into())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// What a client of a family with an access token carries (progenitor's "inner" value): the
/// [`ClientOptions`] and the token, which it sends on every request.
///
/// Only the family's `Client::builder` makes one, from a checked token. `Debug` prints the
/// header's name, never the token.
#[derive(Clone)]
pub struct TokenOptions {
    pub(crate) options: ClientOptions,
    pub(crate) header: HeaderName,
    pub(crate) token: HeaderValue,
}

impl TokenOptions {
    /// Checks `token` and pairs it with the header that carries it. The error never quotes
    /// the token.
    pub(crate) fn new(
        options: ClientOptions,
        header: &'static str,
        token: &Secret,
    ) -> Result<Self, BuildError> {
        const UNFIT: &str = "the access token has characters a token does not have (spaces, line breaks or non-ASCII letters); copy it again";
        let text = checked_token(
            &token.0,
            "the access token is empty; copy it from Profile Settings → Access Token",
            UNFIT,
        )?;
        let mut value = HeaderValue::from_str(text).map_err(|_| BuildError::Token(UNFIT))?;
        value.set_sensitive(true);
        let header = HeaderName::from_static(header);
        Ok(TokenOptions {
            options,
            header,
            token: value,
        })
    }

    /// The client's settings.
    pub fn options(&self) -> &ClientOptions {
        &self.options
    }
}

/// `text` without surrounding whitespace, when it can be a token: not empty, and only visible
/// ASCII. The errors, `empty` and `unfit`, say what is wrong without quoting the text.
pub(crate) fn checked_token<'a>(
    text: &'a str,
    empty: &'static str,
    unfit: &'static str,
) -> Result<&'a str, BuildError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(BuildError::Token(empty));
    }
    if !text.bytes().all(|byte| byte.is_ascii_graphic()) {
        return Err(BuildError::Token(unfit));
    }
    Ok(text)
}

impl fmt::Debug for TokenOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenOptions")
            .field("options", &self.options)
            .field("header", &self.header)
            .field("token", &"<redacted>")
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_checked_and_never_printed() {
        let secret = Secret::new(" s3cr3t-token \n");
        assert!(!format!("{secret:?}").contains("s3cr3t"));
        let options = TokenOptions::new(ClientOptions::default(), "api-access-token", &secret)
            .expect("a valid token");
        assert_eq!(options.token.to_str().ok(), Some("s3cr3t-token"));
        assert!(options.token.is_sensitive());
        let shown = format!("{options:?}");
        assert!(
            shown.contains("api-access-token") && !shown.contains("s3cr3t"),
            "{shown}"
        );

        for bad in ["", "   ", "line\nbreak", "tökén", "two words"] {
            let err = TokenOptions::new(
                ClientOptions::default(),
                "api-access-token",
                &Secret::new(bad),
            )
            .expect_err("refused");
            assert!(matches!(err, BuildError::Token(_)));
            if !bad.trim().is_empty() {
                assert!(!err.to_string().contains(bad.trim()), "{err}");
            }
        }
    }
}
