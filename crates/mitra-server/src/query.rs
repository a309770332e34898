//! The list filters of the query string, read the same way for the API and the pages.

use mitra_domain::Problem;
use mitra_domain::recovery::{Comparison, Dimension, ImpactQuery, Outcome, RecoveryQuery};
use mitra_domain::text::Region;
use mitra_domain::{
    Channel, Country, Language, OpportunityQuery, OrganizationKind, OrganizationQuery, Page, SizeClass,
};

use crate::error::ApiError;
use crate::input::QueryFields;

/// Reads the organisation list's query string.
pub fn organization_query(raw: Option<&str>) -> Result<(OrganizationQuery, Page), ApiError> {
    let mut query = QueryFields::parse(raw)?;
    let filter = OrganizationQuery {
        kind: query.parse_with("kind", |s| OrganizationKind::parse(s).ok_or(Problem::NotInList)),
        country: query.parse_with("country", Country::parse),
        region: query.parse_with("region", |s| Region::parse(s).map(|r| r.to_string())),
        industry: query.parse_with("industry", |s| {
            if s.len() <= 16 && s.chars().all(|c| c.is_ascii_alphanumeric()) {
                Ok(s.to_owned())
            } else {
                Err(Problem::Industry(mitra_domain::industry::IndustryError::Malformed))
            }
        }),
        naics: query.parse_with("naics", |s| {
            if (2..=6).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit()) {
                Ok(s.to_owned())
            } else {
                Err("must be the first 2 to 6 digits of a NAICS code")
            }
        }),
        size_class: query.parse_with("size_class", |s| SizeClass::parse(s).ok_or(Problem::NotInList)),
        channel: query.parse_with("channel", parse_channel),
        women_led: query.parse_with("women_led", parse_bool),
        youth_led: query.parse_with("youth_led", parse_bool),
        veteran_led: query.parse_with("veteran_led", parse_bool),
        text: query.parse_with("q", parse_words),
        include_archived: query.parse_with("include_archived", parse_bool).unwrap_or(false),
        visible_msmes: None,
    };
    let page = read_page(&mut query);
    query.finish()?;
    Ok((filter, page))
}

/// Reads a recovery dashboard's query string: its filters, months (`2021-03`) and split.
pub fn recovery_query(raw: Option<&str>) -> Result<RecoveryQuery, ApiError> {
    let mut query = QueryFields::parse(raw)?;
    let filter = RecoveryQuery {
        country: query.parse_with("country", Country::parse),
        region: query.parse_with("region", |s| Region::parse(s).map(|r| r.to_string())),
        sector: query.parse_with("sector", |s| {
            let letter = s.trim().to_uppercase();
            mitra_domain::industry::isic_sections()
                .any(|(section, _)| section == letter)
                .then_some(letter)
                .ok_or(Problem::NotInList)
        }),
        size_class: query.parse_with("size_class", |s| SizeClass::parse(s).ok_or(Problem::NotInList)),
        women_led: query.parse_with("women_led", parse_bool),
        youth_led: query.parse_with("youth_led", parse_bool),
        partnered: query.parse_with("partnered", parse_bool),
        channel: query.parse_with("channel", parse_channel),
        partner: query.parse_with("partner", parse_id),
        opportunity: query.parse_with("opportunity", parse_id),
        programme: query.parse_with("programme", parse_id),
        from: query.parse_with("from", parse_month),
        to: query.parse_with("to", parse_month),
        by: query.parse_with("by", |s| Dimension::parse(s).ok_or(Problem::NotInList)),
    };
    query.finish()?;
    Ok(filter)
}

/// Reads the impact page's query string.
pub fn impact_query(raw: Option<&str>) -> Result<ImpactQuery, ApiError> {
    let mut query = QueryFields::parse(raw)?;
    let filter = ImpactQuery {
        country: query.parse_with("country", Country::parse),
        channel: query.parse_with("channel", parse_channel),
        partner: query.parse_with("partner", parse_id),
        opportunity: query.parse_with("opportunity", parse_id),
        programme: query.parse_with("programme", parse_id),
        outcome: query
            .parse_with("outcome", |s| Outcome::parse(s).ok_or(Problem::NotInList))
            .unwrap_or_default(),
        comparison: query
            .parse_with("comparison", |s| Comparison::parse(s).ok_or(Problem::NotInList))
            .unwrap_or_default(),
    };
    query.finish()?;
    Ok(filter)
}

/// A record's id.
fn parse_id(raw: &str) -> Result<uuid::Uuid, &'static str> {
    raw.trim().parse::<uuid::Uuid>().map_err(|_| "must be a UUID")
}

/// A month written `2021-03` (or a date in it).
pub fn parse_month(raw: &str) -> Result<jiff::civil::Date, Problem> {
    let raw = raw.trim();
    let date = if raw.len() == 7 { format!("{raw}-01") } else { raw.to_owned() };
    date.parse::<jiff::civil::Date>().map(|d| d.first_of_month()).map_err(|_| Problem::NotADate)
}

/// Reads the opportunity list's query string.
pub fn opportunity_query(raw: Option<&str>) -> Result<(OpportunityQuery, Page), ApiError> {
    let mut query = QueryFields::parse(raw)?;
    let filter = OpportunityQuery {
        partner_id: query.parse_with("partner_id", parse_id),
        channel: query.parse_with("channel", parse_channel),
        country: query.parse_with("country", Country::parse),
        region: query.parse_with("region", |s| Region::parse(s).map(|r| r.to_string())),
        language: query.parse_with("language", Language::parse),
        text: query.parse_with("q", parse_words),
        include_archived: query.parse_with("include_archived", parse_bool).unwrap_or(false),
        open_now: query.parse_with("open_now", parse_bool).unwrap_or(false),
        open_on: None,
    };
    let page = read_page(&mut query);
    query.finish()?;
    Ok((filter, page))
}

/// Reads the `cursor` and `limit` shared by every list.
pub(crate) fn read_page(query: &mut QueryFields) -> Page {
    let after = query
        .parse_with("cursor", |s| s.parse::<uuid::Uuid>().map_err(|_| "must be a cursor from next_cursor"));
    let limit = query
        .parse_with("limit", |s| match s.parse::<u32>() {
            Ok(n) if (1..=mitra_domain::query::MAX_PAGE_SIZE).contains(&n) => Ok(n),
            _ => Err("must be a whole number from 1 to 200"),
        })
        .unwrap_or(50);
    Page::new(after, limit)
}

/// A channel filter.
fn parse_channel(raw: &str) -> Result<Channel, Problem> {
    Channel::parse(raw).ok_or(Problem::NotInList)
}

/// The most characters a text query may have, once trimmed.
pub const MAX_QUERY_CHARS: usize = 200;

/// The words of a text query, at most [`MAX_QUERY_CHARS`] characters.
fn parse_words(raw: &str) -> Result<String, String> {
    if raw.chars().count() <= MAX_QUERY_CHARS {
        Ok(raw.to_owned())
    } else {
        Err(format!("must be at most {MAX_QUERY_CHARS} characters"))
    }
}

pub(crate) fn parse_bool(raw: &str) -> Result<bool, &'static str> {
    match raw {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err("must be true or false"),
    }
}
