//! A contact's live chat: create the contact, open a conversation, subscribe to its live
//! events with the contact's `pubsub_token`, send a message through the public API, and print
//! the agents' replies the moment they are sent.
//!
//! ```text
//! PEMBALASAN_BASE_URL=https://app.pembalasan.id PEMBALASAN_INBOX=<inbox identifier> \
//!     cargo run -p pembalasan-client --features realtime --example live_chat
//! ```

use futures_util::StreamExt;
use pembalasan_client::public::{types, Client};
use pembalasan_client::realtime::{Event, Listener, Subscriber};

/// Sends `text` as a new contact of `inbox` and returns the first `replies` replies of agents
/// (their `content`), as the websocket at `cable_base_url` (the installation's base URL)
/// delivers them.
pub async fn chat(
    client: &Client,
    cable_base_url: &str,
    inbox: &str,
    text: &str,
    replies: usize,
) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let contact = client
        .create_contact()
        .inbox_identifier(inbox)
        .body(types::CreateContactRequest::builder().name("Siti Rahma".to_owned()))
        .send()
        .await?
        .into_inner();
    let conversation = client
        .create_conversation()
        .inbox_identifier(inbox)
        .contact_identifier(&contact.source_id)
        .body(types::CreateConversationRequest::default())
        .send()
        .await?
        .into_inner();

    // Subscribe first, and send once the server confirmed: no reply can be missed.
    let listener =
        Listener::builder(cable_base_url, Subscriber::contact(contact.pubsub_token)).build()?;
    let mut events = listener.subscribe().await?;

    client
        .create_message()
        .inbox_identifier(inbox)
        .contact_identifier(&contact.source_id)
        .conversation_id(conversation.id)
        .body(
            types::CreateMessageRequest::builder()
                .content(text.to_owned())
                .echo_id("live-chat-1".to_owned()),
        )
        .send()
        .await?;

    let mut received = Vec::new();
    while received.len() < replies {
        let Some(item) = events.next().await else {
            break;
        };
        match item {
            // Our own message comes back too (with its echo_id): keep only the agents'.
            Ok(Event::MessageCreated(message))
                if message.data.conversation_id == conversation.id
                    && message.data.message_type == 1 =>
            {
                let reply = message.data.content.clone().unwrap_or_default();
                println!("agent: {reply}");
                received.push(reply);
            }
            Ok(_) => {}
            Err(err) if err.is_terminal() => return Err(err.into()),
            Err(err) => eprintln!("skipped an event: {err}"),
        }
    }
    Ok(received)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("PEMBALASAN_BASE_URL")?;
    let inbox = std::env::var("PEMBALASAN_INBOX")?;
    let client = Client::builder(base_url.as_str()).build()?;
    chat(
        &client,
        &base_url,
        &inbox,
        "Halo, pesanan saya belum sampai.",
        usize::MAX,
    )
    .await?;
    Ok(())
}
