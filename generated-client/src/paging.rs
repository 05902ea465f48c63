//! Lists as lazy streams: [`Pages`] of a list, and its [`Items`] one by one.
//!
//! Each list that pages (a `page` number or a `before` cursor) gets `.pages()` and `.items()`
//! on its request builder, in `public::paging` and `application::paging`. A stream fetches a
//! page only when the caller asks for more, stops where the server says the list ends (an empty
//! page, a short page, or the counts in `meta`), and yields a failed page as an `Err` item,
//! after every item before it, and then ends.

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use futures_util::stream::{self, Stream, StreamExt};

use crate::Error;

/// A list's pages, fetched one at a time as the stream is polled.
pub type Pages<'a, P, E> = Pin<Box<dyn Stream<Item = Result<P, Error<E>>> + Send + 'a>>;

/// A list's items, across its pages.
pub type Items<'a, T, E> = Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send + 'a>>;

/// Where the next page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cursor {
    /// The page with this number (from 1).
    Page(i64),
    /// The items before this id.
    Before(i64),
    /// The first page of a cursor list (no cursor).
    Start,
}

/// A page and where the list goes on, or `None` when the page is the last.
pub(crate) type Step<P> = (P, Option<Cursor>);

/// Pages from `start`, each fetched by `fetch` when the stream is polled for it.
pub(crate) fn pages<'a, P, E, F, Fut>(start: Cursor, mut fetch: F) -> Pages<'a, P, E>
where
    P: Send + 'a,
    E: Send + 'a,
    F: FnMut(Cursor) -> Fut + Send + 'a,
    Fut: Future<Output = Result<Step<P>, Error<E>>> + Send + 'a,
{
    Box::pin(stream::unfold(Some(start), move |cursor| {
        let step = cursor.map(&mut fetch);
        async move {
            match step?.await {
                Ok((page, next)) => Some((Ok(page), next)),
                Err(err) => Some((Err(err), None)),
            }
        }
    }))
}

/// The items of `pages`, in page order, each item once: `key` names an item, and one already
/// seen (a list that grows while it is read shifts items onto the next page) is skipped.
pub(crate) fn items<'a, P, T, K, E>(
    pages: Pages<'a, P, E>,
    split: fn(P) -> Vec<T>,
    key: fn(&T) -> K,
) -> Items<'a, T, E>
where
    P: Send + 'a,
    T: Send + 'a,
    K: std::hash::Hash + Eq + Send + 'a,
    E: Send + 'a,
{
    let mut seen = HashSet::new();
    Box::pin(pages.flat_map(move |page| {
        let batch: Vec<Result<T, Error<E>>> = match page {
            Ok(page) => split(page)
                .into_iter()
                .filter(|item| seen.insert(key(item)))
                .map(Ok)
                .collect(),
            Err(err) => vec![Err(err)],
        };
        stream::iter(batch)
    }))
}

/// The cursor after a numbered page of `len` items: the next page, unless this one is short or
/// empty, or the items so far (`fetched`) reach the `total` the server counted.
pub(crate) fn next_page(
    page: i64,
    len: usize,
    size: usize,
    fetched: usize,
    total: Option<i64>,
) -> Option<Cursor> {
    let reached = total.is_some_and(|total| i64::try_from(fetched).unwrap_or(i64::MAX) >= total);
    (len >= size && len > 0 && !reached).then_some(Cursor::Page(page + 1))
}

/// The cursor after a page of a list read back in time with `before`: the items before the
/// page's oldest (smallest `ids`), unless the page is shorter than `size`.
pub(crate) fn next_before(
    ids: impl Iterator<Item = i64>,
    len: usize,
    size: usize,
) -> Option<Cursor> {
    ids.min().filter(|_| len >= size).map(Cursor::Before)
}

/// The items read so far of a numbered list whose pages say its total.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tally(Arc<AtomicUsize>);

impl Tally {
    /// Counts a page of `len` items and gives the cursor after it (see [`next_page`]).
    pub(crate) fn next(&self, page: i64, len: usize, size: usize, total: i64) -> Option<Cursor> {
        let so_far = self.0.fetch_add(len, Ordering::Relaxed) + len;
        next_page(page, len, size, so_far, Some(total))
    }
}
