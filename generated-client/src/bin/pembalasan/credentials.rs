//! Credentials inside the event payloads the CLI prints (`webhook decode`, `realtime listen`):
//! a conversation carries its contact inbox whole, with the contact's `pubsub_token` and
//! `source_id`, which are the contact's credentials. They are replaced before printing.

use serde_json::Value;

/// What a hidden value is printed as.
const HIDDEN: &str = "<redacted>";

/// Keys whose value is a credential wherever they appear.
const SECRET_KEYS: &[&str] = &["pubsub_token", "access_token", "hmac_token"];

/// Replaces every credential in `value`: the values of [`SECRET_KEYS`], and the `source_id`
/// of a `contact_inbox` (elsewhere `source_id` is a channel's message id, not a secret).
pub fn hide(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(hide),
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                if SECRET_KEYS.contains(&key.as_str()) && field.is_string() {
                    *field = Value::from(HIDDEN);
                    continue;
                }
                if key == "contact_inbox" {
                    if let Some(source_id) = field.get_mut("source_id").filter(|id| id.is_string())
                    {
                        *source_id = Value::from(HIDDEN);
                    }
                }
                hide(field);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn contact_credentials_are_hidden_and_the_rest_is_kept() {
        let mut value = json!({
            "id": 42, "source_id": "wamid.HBg",
            "contact_inbox": {"id": 88, "source_id": "0f8b6c2e", "pubsub_token": "pQ4tJ9wz"},
            "messages": [{"conversation": {"contact_inbox": {"source_id": "0f8b6c2e"}}}],
            "pubsub_token": null
        });
        hide(&mut value);
        assert_eq!(
            value,
            json!({
                "id": 42, "source_id": "wamid.HBg",
                "contact_inbox": {"id": 88, "source_id": "<redacted>", "pubsub_token": "<redacted>"},
                "messages": [{"conversation": {"contact_inbox": {"source_id": "<redacted>"}}}],
                "pubsub_token": null
            })
        );
    }
}
