//! `.pages()` and `.items()` for the Application API's lists (see [`crate::paging`]).
//!
//! Numbered lists start at page 1 (a `page` set on the builder is replaced) and keep every
//! other filter of the builder: conversations 25 a page, contacts 15, attachments 100. Messages
//! page back in time with `before`, 20 a page, newest page first.

use super::builder;
use super::types::{
    ApiError, Contact, ContactList, Conversation, ConversationAttachment, ConversationAttachments,
    ConversationPage, Message, MessageList,
};
use crate::paging::{self, next_before, next_page, Cursor, Items, Pages, Tally};

/// Conversations a page.
const CONVERSATIONS: usize = 25;
/// Contacts a page.
const CONTACTS: usize = 15;
/// Messages a page (going back with `before`).
const MESSAGES: usize = 20;
/// Attachments a page.
const ATTACHMENTS: usize = 100;

/// The page number a cursor of a numbered list stands for.
fn number(cursor: Cursor) -> i64 {
    match cursor {
        Cursor::Page(page) => page,
        Cursor::Before(_) | Cursor::Start => 1,
    }
}

/// `.pages()` and `.items()` for a list of conversations paged by number.
macro_rules! conversation_pages {
    ($builder:ident, $page:expr) => {
        impl<'a> builder::$builder<'a> {
            /// Every page of the list, from page 1, fetched as the stream is polled; it ends
            /// after a page shorter than 25.
            pub fn pages(self) -> Pages<'a, ConversationPage, ApiError> {
                paging::pages(Cursor::Page(1), move |cursor| {
                    let request = self.clone().page(number(cursor));
                    async move {
                        let page: ConversationPage = $page(request.send().await?.into_inner());
                        let next =
                            next_page(number(cursor), page.payload.len(), CONVERSATIONS, 0, None);
                        Ok((page, next))
                    }
                })
            }

            /// Every conversation of the list, page after page, each once (by display id).
            pub fn items(self) -> Items<'a, Conversation, ApiError> {
                paging::items(
                    self.pages(),
                    |page| page.payload,
                    |conversation| conversation.id,
                )
            }
        }
    };
}

conversation_pages!(ListConversations, |list: super::types::ConversationList| {
    list.data
});
conversation_pages!(FilterConversations, |page: ConversationPage| page);

/// `.pages()` and `.items()` for a list of contacts paged by number, with its total.
macro_rules! contact_pages {
    ($builder:ident, $what:literal) => {
        impl<'a> builder::$builder<'a> {
            #[doc = concat!("Every page of ", $what, ", from page 1, fetched as the stream is polled; it ends")]
            /// after a short or empty page, or when the total in `meta` is reached.
            pub fn pages(self) -> Pages<'a, ContactList, ApiError> {
                let tally = Tally::default();
                paging::pages(Cursor::Page(1), move |cursor| {
                    let request = self.clone().page(number(cursor));
                    let tally = tally.clone();
                    async move {
                        let page = request.send().await?.into_inner();
                        let next = tally.next(number(cursor), page.payload.len(), CONTACTS, page.meta.count);
                        Ok((page, next))
                    }
                })
            }

            #[doc = concat!("Every contact of ", $what, ", page after page, each once (by id).")]
            pub fn items(self) -> Items<'a, Contact, ApiError> {
                paging::items(self.pages(), |page| page.payload, |contact| contact.id)
            }
        }
    };
}

contact_pages!(ListContacts, "the list");
contact_pages!(ListActiveContacts, "the online contacts");
contact_pages!(FilterContacts, "the filtered contacts");

impl<'a> builder::SearchContacts<'a> {
    /// Every page of the search, from page 1, fetched as the stream is polled. Its `count` is
    /// the page's, so it ends when `has_more` says so (newer servers) or after a short page.
    pub fn pages(self) -> Pages<'a, ContactList, ApiError> {
        paging::pages(Cursor::Page(1), move |cursor| {
            let request = self.clone().page(number(cursor));
            async move {
                let page = request.send().await?.into_inner();
                let next = match page.meta.has_more {
                    Some(more) => (more && !page.payload.is_empty())
                        .then_some(Cursor::Page(number(cursor) + 1)),
                    None => next_page(number(cursor), page.payload.len(), CONTACTS, 0, None),
                };
                Ok((page, next))
            }
        })
    }

    /// Every contact found, page after page, each once (by id).
    pub fn items(self) -> Items<'a, Contact, ApiError> {
        paging::items(self.pages(), |page| page.payload, |contact| contact.id)
    }
}

impl<'a> builder::ListConversationAttachments<'a> {
    /// Every page of attachments (100 a page, newest first), until the total in `meta` is
    /// reached or a page is short.
    pub fn pages(self) -> Pages<'a, ConversationAttachments, ApiError> {
        let tally = Tally::default();
        paging::pages(Cursor::Page(1), move |cursor| {
            let request = self.clone().page(number(cursor));
            let tally = tally.clone();
            async move {
                let page = request.send().await?.into_inner();
                let len = page.payload.len();
                let next = tally.next(number(cursor), len, ATTACHMENTS, page.meta.total_count);
                Ok((page, next))
            }
        })
    }

    /// Every attachment, newest first.
    pub fn items(self) -> Items<'a, ConversationAttachment, ApiError> {
        paging::items(
            self.pages(),
            |page| page.payload,
            |attachment| {
                (
                    attachment.message_id,
                    attachment.id,
                    attachment.data_url.clone(),
                )
            },
        )
    }
}

impl<'a> builder::ListMessages<'a> {
    /// The conversation's messages a page at a time, going back in time: the newest 20, then
    /// the 20 before the oldest of those, and so on; each page is oldest first, and the stream
    /// ends after a page of fewer than 20. A `before` set on the builder is where it starts.
    pub fn pages(self) -> Pages<'a, MessageList, ApiError> {
        paging::pages(Cursor::Start, move |cursor| {
            let request = match cursor {
                Cursor::Before(id) => self.clone().before(id),
                Cursor::Page(_) | Cursor::Start => self.clone(),
            };
            async move {
                let page = request.send().await?.into_inner();
                let ids = page.payload.iter().map(|message| message.id);
                let next = next_before(ids, page.payload.len(), MESSAGES);
                Ok((page, next))
            }
        })
    }

    /// Every message of the conversation, **newest first**, fetched 20 at a time.
    pub fn items(self) -> Items<'a, Message, ApiError> {
        paging::items(
            self.pages(),
            |page| page.payload.into_iter().rev().collect(),
            |message| message.id,
        )
    }
}
