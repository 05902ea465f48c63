//! The flow an agent-side integration writes: list the open conversations assigned to me (every
//! page), reply to the one waiting longest, add a label, and resolve it.
//!
//! ```text
//! PEMBALASAN_BASE_URL=https://app.pembalasan.id PEMBALASAN_API_TOKEN=<your access token> \
//! PEMBALASAN_ACCOUNT_ID=1 cargo run -p pembalasan-client --example agent_flow
//! ```

use pembalasan_client::application::types::{self, ApiError, Conversation, Message};
use pembalasan_client::application::Client;
use pembalasan_client::Error;

/// Conversations come 25 to a page; a shorter page is the last.
const PAGE_SIZE: usize = 25;

/// What one run of the flow did.
#[derive(Debug)]
pub struct Outcome {
    /// Every open conversation assigned to the caller, across all pages.
    pub mine: Vec<Conversation>,
    /// How many pages were read.
    pub pages: usize,
    /// The reply sent, if there was a conversation to answer.
    pub reply: Option<Message>,
    /// The conversation's labels afterwards.
    pub labels: Vec<String>,
    /// The conversation's status afterwards.
    pub status: Option<types::ConversationStatus>,
}

/// Runs the flow in the account `account_id`, labelling the answered conversation `label`.
pub async fn run(
    client: &Client,
    account_id: i64,
    label: &str,
) -> Result<Outcome, Error<ApiError>> {
    // 1. Every open conversation assigned to me. The counts in `meta` cover all pages; a page
    //    shorter than 25 is the last one.
    let mut mine = Vec::new();
    let mut pages = 0;
    loop {
        pages += 1;
        let page = client
            .list_conversations()
            .account_id(account_id)
            .assignee_type(types::ListConversationsAssigneeType::Me)
            .status(types::ListConversationsStatus::Open)
            .page(pages as i64)
            .send()
            .await?
            .into_inner()
            .data
            .payload;
        let last = page.len() < PAGE_SIZE;
        mine.extend(page);
        if last {
            break;
        }
    }

    // 2. The one waiting longest (`waiting_since` is 0 when nobody waits).
    let Some(oldest) = mine
        .iter()
        .filter(|conversation| conversation.waiting_since > 0)
        .min_by_key(|conversation| conversation.waiting_since)
        .map(|conversation| conversation.id)
    else {
        return Ok(Outcome {
            mine,
            pages,
            reply: None,
            labels: Vec::new(),
            status: None,
        });
    };

    // 3. Reply. `conversation.id` is the display id, which the paths take.
    let reply = client
        .create_message()
        .account_id(account_id)
        .conversation_id(oldest)
        .body(
            types::CreateMessageRequest::builder()
                .content("Terima kasih, pesanan Anda sedang kami cek.".to_owned()),
        )
        .send()
        .await?
        .into_inner();

    // 4. Add a label. The server *replaces* the list with what it is sent, so send the
    //    current labels plus the new one.
    let mut labels = client
        .list_conversation_labels()
        .account_id(account_id)
        .conversation_id(oldest)
        .send()
        .await?
        .into_inner()
        .payload;
    if !labels.iter().any(|existing| existing == label) {
        labels.push(label.to_owned());
    }
    let labels = client
        .add_conversation_labels()
        .account_id(account_id)
        .conversation_id(oldest)
        .body(types::LabelsRequest { labels })
        .send()
        .await?
        .into_inner()
        .payload;

    // 5. Resolve it.
    let toggled = client
        .toggle_status()
        .account_id(account_id)
        .conversation_id(oldest)
        .body(
            types::ToggleStatusRequest::builder().status(types::ConversationStatusInput::Resolved),
        )
        .send()
        .await?
        .into_inner();

    Ok(Outcome {
        mine,
        pages,
        reply: Some(reply),
        labels,
        status: Some(toggled.payload.current_status),
    })
}

#[allow(dead_code)] // the test that runs `run` does not use `main`
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("PEMBALASAN_BASE_URL")
        .map_err(|_| "set PEMBALASAN_BASE_URL, such as https://app.pembalasan.id")?;
    let token = std::env::var("PEMBALASAN_API_TOKEN")
        .map_err(|_| "set PEMBALASAN_API_TOKEN to your access token (Profile Settings)")?;
    let account_id: i64 = std::env::var("PEMBALASAN_ACCOUNT_ID")
        .map_err(|_| "set PEMBALASAN_ACCOUNT_ID to the account's id")?
        .parse()
        .map_err(|_| "PEMBALASAN_ACCOUNT_ID is a number")?;
    let client = Client::builder(base_url, token).build()?;
    let outcome = run(&client, account_id, "ditangani").await?;
    println!(
        "{} open conversation(s) assigned to you, in {} page(s)",
        outcome.mine.len(),
        outcome.pages
    );
    if let (Some(reply), Some(status)) = (&outcome.reply, &outcome.status) {
        println!(
            "replied in #{} (message {}), labels {:?}, now {status}",
            reply.conversation_id, reply.id, outcome.labels
        );
    }
    Ok(())
}
