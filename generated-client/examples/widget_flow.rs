//! The flow a chat-widget integrator writes: create the contact, start a conversation, send a
//! message, page back through the history with `before`, and resolve the conversation.
//!
//! ```text
//! PEMBALASAN_BASE_URL=https://app.pembalasan.id PEMBALASAN_INBOX=<inbox identifier> \
//!     cargo run -p pembalasan-client --example widget_flow
//! ```

use pembalasan_client::public::types::{self, ApiError, PublicConversation, PublicMessage};
use pembalasan_client::public::Client;
use pembalasan_client::Error;

/// What one run of the flow did.
#[derive(Debug)]
pub struct Outcome {
    /// The contact's `source_id`, to store for the next visit.
    pub source_id: String,
    /// The message that was sent.
    pub sent: PublicMessage,
    /// Every message of the conversation, oldest first, read page by page.
    pub history: Vec<PublicMessage>,
    /// How many pages were read (the last one empty).
    pub pages: usize,
    /// The conversation after resolving it.
    pub resolved: PublicConversation,
}

/// Runs the whole flow against the inbox `inbox` of `client`'s installation.
pub async fn run(client: &Client, inbox: &str) -> Result<Outcome, Error<ApiError>> {
    // 1. The contact: keep `source_id`; it identifies the visitor from now on.
    let contact = client
        .create_contact()
        .inbox_identifier(inbox)
        .body(
            types::CreateContactRequest::builder()
                .name("Siti Rahma".to_string())
                .email("siti@example.com".to_string()),
        )
        .send()
        .await?
        .into_inner();

    // 2. A conversation for the contact.
    let conversation = client
        .create_conversation()
        .inbox_identifier(inbox)
        .contact_identifier(&contact.source_id)
        .body(types::CreateConversationRequest::default())
        .send()
        .await?
        .into_inner();

    // 3. A message from the contact.
    let sent = client
        .create_message()
        .inbox_identifier(inbox)
        .contact_identifier(&contact.source_id)
        .conversation_id(conversation.id)
        .body(
            types::CreateMessageRequest::builder()
                .content("Halo, pesanan saya belum sampai.".to_string()),
        )
        .send()
        .await?
        .into_inner();

    // 4. The history, newest page first: each page is oldest-first, so the next page is the one
    //    before the first message of this page. An empty page means the start was reached.
    let mut history: Vec<PublicMessage> = Vec::new();
    let mut before: Option<i64> = None;
    let mut pages = 0;
    loop {
        let mut request = client
            .list_messages()
            .inbox_identifier(inbox)
            .contact_identifier(&contact.source_id)
            .conversation_id(conversation.id);
        if let Some(before) = before {
            request = request.before(before);
        }
        let page = request.send().await?.into_inner();
        pages += 1;
        let Some(first) = page.first() else { break };
        before = Some(first.id);
        history.splice(0..0, page);
    }

    // 5. Done: resolve it (resolving twice is harmless; it never reopens).
    let resolved = client
        .resolve_conversation()
        .inbox_identifier(inbox)
        .contact_identifier(&contact.source_id)
        .conversation_id(conversation.id)
        .send()
        .await?
        .into_inner();

    Ok(Outcome {
        source_id: contact.source_id,
        sent,
        history,
        pages,
        resolved,
    })
}

#[allow(dead_code)] // the test that runs `run` does not use `main`
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("PEMBALASAN_BASE_URL")
        .map_err(|_| "set PEMBALASAN_BASE_URL, such as https://app.pembalasan.id")?;
    let inbox = std::env::var("PEMBALASAN_INBOX")
        .map_err(|_| "set PEMBALASAN_INBOX to the API inbox's identifier")?;
    let client = Client::builder(base_url).build()?;
    let outcome = run(&client, &inbox).await?;
    println!(
        // Never print `source_id`: it is the contact's credential.
        "sent message {}; read {} messages in {} pages; conversation {} is {}",
        outcome.sent.id,
        outcome.history.len(),
        outcome.pages,
        outcome.resolved.id,
        outcome.resolved.status
    );
    Ok(())
}
