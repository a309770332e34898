//! Who is acting: every use case takes one.

/// The one making a request. The accounts issue adds signed-in users with roles in
/// organisations; until then a request from outside is an anonymous visitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// Someone who has not signed in: the web pages, the API, a `curl`.
    Anonymous,
    /// Mitra itself: the command line's demo and migrations, background work.
    System,
}
