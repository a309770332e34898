//! The JSON API under `/api/v1` and its OpenAPI 3.1 document.
//!
//! Each resource module owns its routes, its request and response types and its handlers;
//! [`router`] merges them and collects the OpenAPI document from the same handlers, so the
//! document describes what the server does.

pub mod opportunities;
pub mod organizations;
pub mod recommendations;

use mitra_domain::{Channel, ChannelNote, Money, Text};
use serde::{Deserialize, Serialize};
use utoipa::openapi::OpenApi;
use utoipa::{OpenApi as _, ToSchema};
use utoipa_axum::router::OpenApiRouter;

use crate::AppState;
use crate::error::Problem;
use crate::input::{Fields, one_of, string};

#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Mitra API",
        description = "Connects MSMEs recovering from a shock with the partners that can help them. \
                       Errors are RFC 9457 problem documents (application/problem+json) that name every offending field.",
        license(name = "AGPL-3.0-only")
    ),
    components(schemas(Problem)),
    tags(
        (name = "organizations", description = "MSMEs and partners"),
        (name = "opportunities", description = "What partners offer, on five channels")
    )
)]
struct ApiDoc;

/// The API routes and the OpenAPI document that describes them.
pub fn router() -> (axum::Router<AppState>, OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(organizations::router())
        .merge(opportunities::router())
        .merge(recommendations::router())
        .split_for_parts()
}

/// Money as it travels: the amount is a decimal string so that nothing turns it into a float.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MoneyDto {
    /// A decimal amount, such as "60000.00". A whole JSON number is also accepted.
    #[schema(example = "60000.00", pattern = r"^\s*\+?[0-9]{1,19}(\.[0-9]{1,4})?\s*$")]
    pub amount: String,
    /// An ISO 4217 currency code.
    #[schema(example = "CAD", pattern = "^[A-Za-z]{3}$")]
    pub currency: String,
}

impl From<&Money> for MoneyDto {
    fn from(money: &Money) -> Self {
        Self { amount: money.amount().to_string(), currency: money.currency().code().to_owned() }
    }
}

/// A need or an offer on one channel.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ChannelNoteDto {
    pub channel: Channel,
    /// Up to 500 characters.
    #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
    pub description: String,
}

impl From<&ChannelNote> for ChannelNoteDto {
    fn from(note: &ChannelNote) -> Self {
        Self { channel: note.channel, description: note.description.to_string() }
    }
}

/// A page of a list and the cursor of the next page, absent on the last page.
#[derive(Debug, Serialize, ToSchema)]
pub struct Listing<T: ToSchema> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

pub(crate) fn read_channel_note(fields: &mut Fields<'_>) -> Option<ChannelNote> {
    let channel = fields.required("channel", one_of(Channel::parse, Channel::ALL));
    let description = fields.required("description", string(Text::<500>::parse));
    Some(ChannelNote { channel: channel?, description: description? })
}

/// A regular expression that matches exactly the codes `parse` takes: any of `codes`, in any
/// case, with spaces around (JSON Schema patterns have no flag for case, so each letter is a
/// class such as `[Gg][Hh]`).
fn code_pattern(codes: impl Iterator<Item = &'static str>) -> String {
    let alternatives: Vec<String> = codes
        .map(|code| {
            code.chars().map(|c| format!("[{}{}]", c.to_ascii_uppercase(), c.to_ascii_lowercase())).collect()
        })
        .collect();
    format!(r"^\s*({})\s*$", alternatives.join("|"))
}

fn code_schema(description: &str, pattern: String) -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .description(Some(description))
        .pattern(Some(pattern))
        .build()
}

/// An ISO 3166-1 alpha-2 country code, in either case.
pub(crate) fn country_schema() -> utoipa::openapi::Object {
    code_schema("ISO 3166-1 alpha-2, in either case", code_pattern(mitra_domain::Country::codes()))
}

/// An ISO 639-1 language code, in either case.
pub(crate) fn language_schema() -> utoipa::openapi::Object {
    code_schema("ISO 639-1, in either case", code_pattern(mitra_domain::Language::codes()))
}

/// The languages of a record: one to twenty ISO 639-1 codes.
pub(crate) fn languages_schema() -> utoipa::openapi::Array {
    utoipa::openapi::schema::ArrayBuilder::new()
        .items(language_schema())
        .min_items(Some(1))
        .max_items(Some(20))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_pattern_takes_every_case_and_nothing_else() {
        let pattern = code_pattern(["GH", "IN"].into_iter());
        assert_eq!(pattern, r"^\s*([Gg][Hh]|[Ii][Nn])\s*$");
    }
}
