//! Identity validation: the `identifier_hash` an inbox with HMAC checks expects.

use crate::hmac::{hex, hmac_sha256};

/// Computes the `identifier_hash` for a contact's `identifier`: HMAC-SHA256 of the identifier,
/// keyed with the inbox's HMAC token, as lower-case hex.
///
/// Compute it on your server: the token is a secret and must not ship in a widget or an app.
///
/// ```
/// let hash = pembalasan_client::public::identifier_hash("inbox-hmac-token", "customer-1042");
/// assert_eq!(hash.len(), 64);
/// ```
pub fn identifier_hash(hmac_token: &str, identifier: &str) -> String {
    hex(&hmac_sha256(
        hmac_token.as_bytes(),
        &[identifier.as_bytes()],
    ))
}

#[cfg(test)]
mod tests {
    use super::identifier_hash;

    /// RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
    #[test]
    fn matches_rfc_4231_test_case_2() {
        assert_eq!(
            identifier_hash("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn differs_by_token_and_identifier() {
        let base = identifier_hash("token", "customer-1");
        assert_ne!(base, identifier_hash("token2", "customer-1"));
        assert_ne!(base, identifier_hash("token", "customer-2"));
    }
}
