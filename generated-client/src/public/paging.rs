//! `.pages()` and `.items()` for the public API's `list_messages` (see [`crate::paging`]).

use super::builder;
use super::types::{ApiError, PublicMessage};
use crate::paging::{self, next_before, Cursor, Items, Pages};

/// Messages a page (going back with `before`).
const MESSAGES: usize = 20;

impl<'a> builder::ListMessages<'a> {
    /// The conversation's messages a page at a time, going back in time: the newest 20, then
    /// the 20 before the oldest of those, and so on; each page is oldest first, and the stream
    /// ends after a page of fewer than 20. A `before` set on the builder is where it starts.
    pub fn pages(self) -> Pages<'a, Vec<PublicMessage>, ApiError> {
        paging::pages(Cursor::Start, move |cursor| {
            let request = match cursor {
                Cursor::Before(id) => self.clone().before(id),
                Cursor::Page(_) | Cursor::Start => self.clone(),
            };
            async move {
                let page = request.send().await?.into_inner();
                let ids = page.iter().map(|message| message.id);
                let next = next_before(ids, page.len(), MESSAGES);
                Ok((page, next))
            }
        })
    }

    /// Every message of the conversation, **newest first**, fetched 20 at a time.
    pub fn items(self) -> Items<'a, PublicMessage, ApiError> {
        paging::items(
            self.pages(),
            |page| page.into_iter().rev().collect(),
            |message| message.id,
        )
    }
}
