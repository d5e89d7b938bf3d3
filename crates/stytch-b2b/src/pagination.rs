//! Following a cursor-paged search page by page (`pages(max_pages)` on the search
//! calls).

use std::future::IntoFuture;
use std::pin::Pin;

use futures_util::Stream;

use crate::Error;

/// The pages of a search, in order; see the `pages` method of a search call (for
/// example `client.organizations().search(body).pages(10)`).
///
/// A failed page is yielded as its error and ends the stream.
pub type PageStream<'a, R> = Pin<Box<dyn Stream<Item = Result<R, Error>> + Send + 'a>>;

/// A page of a cursor-paged search: it names the cursor of the next page.
pub trait Paged {
    /// The cursor of the next page; `None` (or empty) on the last page.
    fn next_cursor(&self) -> Option<&str>;
}

/// The pages `first` and its successors return: `with_cursor` turns a call into the
/// call of the page at `cursor`. Stops after `max_pages` pages, on a page without a
/// next cursor, on a cursor that repeats the previous one (a server that would
/// otherwise be followed forever), and after an error.
pub(crate) fn pages<'a, C, R>(
    first: C,
    max_pages: usize,
    with_cursor: fn(C, String) -> C,
) -> PageStream<'a, R>
where
    C: IntoFuture<Output = Result<R, Error>> + Clone + Send + 'a,
    C::IntoFuture: Send,
    R: Paged + Send + 'a,
{
    struct Next<C> {
        call: C,
        fetched: usize,
        cursor: Option<String>,
    }
    let start = Next {
        call: first,
        fetched: 0,
        cursor: None,
    };
    Box::pin(futures_util::stream::unfold(
        Some(start),
        move |state| async move {
            let Next {
                call,
                fetched,
                cursor,
            } = state?;
            if fetched >= max_pages {
                return None;
            }
            match call.clone().await {
                Err(error) => Some((Err(error), None)),
                Ok(page) => {
                    let next = page
                        .next_cursor()
                        .filter(|next| !next.is_empty() && Some(*next) != cursor.as_deref())
                        .map(str::to_owned)
                        .map(|next| Next {
                            call: with_cursor(call, next.clone()),
                            fetched: fetched + 1,
                            cursor: Some(next),
                        });
                    Some((Ok(page), next))
                }
            }
        },
    ))
}
