//! Questions asked of the registry: which organisations or opportunities, and which page.
//!
//! These are plain values in the registry's own words; the store turns them into SQL and the
//! application may narrow them (to what an actor may see) before it does.

use uuid::Uuid;

use crate::geo::{Country, Language};
use crate::organization::{Channel, OrganizationKind};
use crate::size::SizeClass;

/// The longest page any list returns, whatever is asked.
pub const MAX_PAGE_SIZE: u32 = 200;

/// Where a list starts and how long it is, at most [`MAX_PAGE_SIZE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    after: Option<Uuid>,
    limit: u32,
}

impl Page {
    /// The page after the record `after` (the previous page's cursor), of `limit` items; the
    /// limit is brought into 1 to [`MAX_PAGE_SIZE`].
    pub fn new(after: Option<Uuid>, limit: u32) -> Self {
        Self { after, limit: limit.clamp(1, MAX_PAGE_SIZE) }
    }

    pub fn first(limit: u32) -> Self {
        Self::new(None, limit)
    }

    /// The id of the last item of the previous page.
    pub fn after(&self) -> Option<Uuid> {
        self.after
    }

    pub fn limit(&self) -> u32 {
        self.limit
    }

    /// The same page, at most `limit` long.
    pub fn at_most(self, limit: u32) -> Self {
        Self::new(self.after, self.limit.min(limit))
    }
}

/// Items of a list, and the cursor for the next page when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed<T> {
    pub items: Vec<T>,
    pub next: Option<Uuid>,
}

impl<T> Listed<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Listed<U> {
        Listed { items: self.items.into_iter().map(f).collect(), next: self.next }
    }
}

/// Which organisations; every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganizationQuery {
    pub kind: Option<OrganizationKind>,
    pub country: Option<Country>,
    /// Matched without regard to case.
    pub region: Option<String>,
    /// An ISIC code at any level (a section letter, division, group or class: NAICS firms
    /// match their sector's section), or a code in neither list, exactly.
    pub industry: Option<String>,
    /// The first two to six digits of a NAICS code.
    pub naics: Option<String>,
    pub size_class: Option<SizeClass>,
    /// Organisations that need or offer on this channel.
    pub channel: Option<Channel>,
    pub women_led: Option<bool>,
    pub youth_led: Option<bool>,
    pub veteran_led: Option<bool>,
    /// Words looked for in the name and description, without regard to case.
    pub text: Option<String>,
    pub include_archived: bool,
    /// When given, the only MSMEs the list may hold (partners are always listed): the
    /// application's narrowing to what the reader may see.
    pub visible_msmes: Option<Vec<Uuid>>,
}

/// Which opportunities; every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpportunityQuery {
    pub partner_id: Option<Uuid>,
    pub channel: Option<Channel>,
    pub country: Option<Country>,
    /// Opportunities that serve this region, or the whole country.
    pub region: Option<String>,
    pub language: Option<Language>,
    pub text: Option<String>,
    pub include_archived: bool,
    /// Only opportunities open today, as the list asks; the application turns it into
    /// [`OpportunityQuery::open_on`] with its own clock.
    pub open_now: bool,
    /// Only opportunities open on this date: opened by then (or with no opening date) and not
    /// yet closed (or with no closing date).
    pub open_on: Option<jiff::civil::Date>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_never_longer_than_the_largest_page_nor_empty() {
        assert_eq!(Page::first(10_000).limit(), MAX_PAGE_SIZE);
        assert_eq!(Page::first(0).limit(), 1);
        assert_eq!(Page::first(50).at_most(20).limit(), 20);
    }
}
