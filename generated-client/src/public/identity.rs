//! Identity validation: the `identifier_hash` an inbox with HMAC checks expects.

use sha2::{Digest, Sha256};

/// SHA-256 block size in bytes.
const BLOCK: usize = 64;

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
    hmac_sha256(hmac_token.as_bytes(), identifier.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// HMAC-SHA256 as RFC 2104 defines it.
fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut block_key = [0u8; BLOCK];
    if key.len() > BLOCK {
        block_key[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block_key[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| block_key.map(|k| k ^ byte);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(message)
        .finalize();
    Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize()
        .into()
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

    /// RFC 4231, test case 6: a 131-byte key (longer than a block, so it is hashed first).
    #[test]
    fn matches_rfc_4231_test_case_6() {
        let key_bytes = vec![0xaa_u8; 131];
        let mac = super::hmac_sha256(
            &key_bytes,
            b"Test Using Larger Than Block-Size Key - Hash Key First",
        );
        let hex: String = mac.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn differs_by_token_and_identifier() {
        let base = identifier_hash("token", "customer-1");
        assert_ne!(base, identifier_hash("token2", "customer-1"));
        assert_ne!(base, identifier_hash("token", "customer-2"));
    }
}
