//! The JSON API under `/api/v1` and its OpenAPI 3.1 document.
//!
//! Each resource module owns its routes, its request and response types and its handlers;
//! [`router`] merges them and collects the OpenAPI document from the same handlers, so the
//! document describes what the server does.
//!
//! The input schemas take exactly what the readers take, field by field: text with the white
//! space around that is trimmed, codes in either case, amounts with no more decimal places than
//! their currency has. A body that its schema admits is refused only for a rule that no schema
//! can state, because it relates the body to the stored records (a partner that exists), to the
//! clock (a founding date not in the future) or to another field (a closing date not before the
//! opening one, items that are the same once read, such as `en` and `EN`); the descriptions
//! name these rules.

pub mod applications;
pub mod eligibility;
pub mod jobs;
pub mod mentors;
pub mod opportunities;
pub mod organizations;
pub mod programmes;
pub mod recommendations;
pub mod recovery;
pub mod rounds;

use std::collections::BTreeMap;

use mitra_domain::money::MAX_AMOUNT;
use mitra_domain::{Channel, ChannelNote, Currency, Money, Text, TextError};
use serde::{Deserialize, Serialize};
use utoipa::openapi::schema::{
    AdditionalProperties, ArrayBuilder, ArrayItems, ObjectBuilder, OneOfBuilder, Schema, SchemaType, Type,
};
use utoipa::openapi::{Array, Object, OpenApi, RefOr};
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
    modifiers(&BearerTokens),
    tags(
        (name = "organizations", description = "MSMEs and partners"),
        (name = "opportunities", description = "What partners offer, on five channels"),
        (name = "mentors", description = "Mentors' profiles and the pools of mentors programmes draw on"),
        (name = "programmes", description = "What an agency or partner runs on one channel: its opportunities, baseline year and fairness targets"),
        (name = "eligibility", description = "Who may take part: each opportunity's rules, versioned, and applicants judged against them"),
        (name = "rounds", description = "Match rounds: a programme's cohort assigned to its mentors on the exact engine, published, and answered by both sides"),
        (name = "recovery", description = "Firms' monthly recovery reports, under their consent, and the table of every firm's")
    )
)]
struct ApiDoc;

/// Declares the personal API tokens that changes need: `Authorization: Bearer mitra_…`.
struct BearerTokens;

impl utoipa::Modify for BearerTokens {
    fn modify(&self, openapi: &mut OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                Http::builder()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A personal API token, made on the account page or with `mitra token create`",
                    ))
                    .build(),
            ),
        );
    }
}

/// The API routes and the OpenAPI document that describes them.
pub fn router() -> (axum::Router<AppState>, OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(organizations::router())
        .merge(opportunities::router())
        .merge(programmes::router())
        .merge(mentors::router())
        .merge(recommendations::router())
        .merge(eligibility::router())
        .merge(applications::router())
        .merge(jobs::router())
        .merge(recovery::router())
        .merge(rounds::router())
        .split_for_parts()
}

/// Money as it travels: the amount is a decimal string so that nothing turns it into a float.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MoneyDto {
    /// A decimal amount, such as "60000.00".
    #[schema(example = "60000.00")]
    pub amount: String,
    /// An ISO 4217 currency code.
    #[schema(example = "CAD")]
    pub currency: String,
}

/// Money as it is sent, such as `{"amount": "60000.00", "currency": "CAD"}`: one form for each
/// number of decimal places a currency's minor unit has, since an amount may have no more.
#[derive(Debug)]
pub struct MoneyInput;

impl utoipa::PartialSchema for MoneyInput {
    fn schema() -> RefOr<Schema> {
        let mut codes_by_places: BTreeMap<u32, Vec<&'static str>> = BTreeMap::new();
        for currency in Currency::all() {
            codes_by_places.entry(currency.minor_unit_places()).or_default().push(currency.code());
        }
        let forms = codes_by_places.into_iter().fold(
            OneOfBuilder::new().description(Some(
                "Money: a decimal amount from 0 to 10^18 and the ISO 4217 code of its currency",
            )),
            |forms, (places, mut codes)| {
                codes.sort_unstable();
                forms.item(money_schema(places, codes.into_iter()))
            },
        );
        Schema::OneOf(forms.build()).into()
    }
}

impl ToSchema for MoneyInput {}

/// Money in one of `codes`, currencies whose minor unit has `places` decimal places.
fn money_schema(places: u32, codes: impl Iterator<Item = &'static str>) -> Object {
    let amount = OneOfBuilder::new()
        .description(Some(format!(
            "A decimal amount in a string, with at most {places} decimal places once trailing zeros \
             are dropped, such as \"60000.00\"; or a whole JSON number (written with a fraction, \
             such as 12.0, only up to 2^53)"
        )))
        .item(pattern_schema("A decimal amount", amount_pattern(places), false))
        .item(ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(0)).maximum(Some(max_amount())));
    ObjectBuilder::new()
        .property("amount", amount)
        .required("amount")
        .property(
            "currency",
            pattern_schema(
                &format!("ISO 4217, in either case: a currency with {places} decimal places"),
                code_pattern(codes),
                false,
            ),
        )
        .required("currency")
        .additional_properties(Some(AdditionalProperties::FreeForm(false)))
        .build()
}

/// The largest amount as a whole number.
fn max_amount() -> u64 {
    u64::try_from(MAX_AMOUNT).expect("the largest amount is a whole number")
}

/// A regular expression that matches exactly the amounts `Money::new` takes from `parse_amount`
/// in a currency with `places` decimal places: white space around, an optional sign, digits
/// and an optional point followed by digits; not negative (`-0` is zero), at most
/// `MAX_AMOUNT` (a power of ten, as a test checks), with no more than `places` decimal places
/// once trailing zeros are dropped.
fn amount_pattern(places: u32) -> String {
    let max = MAX_AMOUNT.to_string();
    let below_max = max.len() - 1;
    let fraction = if places == 0 { r"\.0+".to_owned() } else { format!(r"\.[0-9]{{1,{places}}}0*") };
    trimmed_pattern(&format!(
        r"(?:\+?0*(?:[0-9]{{1,{below_max}}}(?:{fraction})?|{max}(?:\.0+)?)|-0+(?:\.0+)?)"
    ))
}

impl From<&Money> for MoneyDto {
    fn from(money: &Money) -> Self {
        Self { amount: money.amount().to_string(), currency: money.currency().code().to_owned() }
    }
}

/// A need or an offer on one channel.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChannelNoteDto {
    pub channel: Channel,
    #[schema(schema_with = note_schema)]
    pub description: String,
}

/// The description of a need or an offer.
fn note_schema() -> Object {
    text_schema(Text::<500>::parse, "1 to 500 characters once trimmed; lines and tabs are allowed", false)
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

/// What `str::trim` takes off (Unicode's White_Space), as a class of a regular expression: the
/// `\s` of JSON Schema is ECMAScript's, which is another set (it has U+FEFF and lacks U+0085).
const WHITE_SPACE: &str = r"[\t-\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]";

/// Any character but white space.
const NOT_WHITE_SPACE: &str = r"[^\t-\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]";

/// A character that text may begin and end with: neither white space, nor a control character,
/// nor a direction override (`mitra_domain::text`).
const TEXT_EDGE: &str =
    r"[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202A-\u202F\u205F\u2066-\u2069\u3000]";

/// A character within text of one line: not a control character, not a direction override.
const TEXT_IN_LINE: &str = r"[^\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]";

/// A character within text of many lines, which may also be a tab or a line break.
const TEXT_IN_LINES: &str = r"[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]";

/// A regular expression that matches `core` with any white space around, which the server trims.
fn trimmed_pattern(core: &str) -> String {
    format!("^{WHITE_SPACE}*{core}{WHITE_SPACE}*$")
}

/// A regular expression that matches exactly what `Text::<MAX>::parse` takes: 1 to `MAX`
/// characters between the white space around. `maxLength` cannot say this, since it would count
/// the white space that is trimmed.
fn text_pattern<const MAX: usize>() -> String {
    let inner = if Text::<MAX>::MULTI_LINE { TEXT_IN_LINES } else { TEXT_IN_LINE };
    trimmed_pattern(&format!("{TEXT_EDGE}(?:{inner}{{0,{}}}{TEXT_EDGE})?", MAX - 2))
}

/// A regular expression that matches exactly the text queries `query` takes: 1 to `max`
/// characters of any kind between the white space around.
fn words_pattern(max: usize) -> String {
    trimmed_pattern(&format!(r"{NOT_WHITE_SPACE}(?:[\s\S]{{0,{}}}{NOT_WHITE_SPACE})?", max - 2))
}

/// A regular expression that matches exactly the codes `parse` takes: any of `codes`, in any
/// case, with white space around (JSON Schema patterns have no flag for case, so each letter is
/// a class such as `[Gg][Hh]`).
fn code_pattern(codes: impl Iterator<Item = &'static str>) -> String {
    let alternatives: Vec<String> = codes
        .map(|code| {
            code.chars().map(|c| format!("[{}{}]", c.to_ascii_uppercase(), c.to_ascii_lowercase())).collect()
        })
        .collect();
    trimmed_pattern(&format!("({})", alternatives.join("|")))
}

/// A string that matches `pattern`, or null too when `nullable` (an optional field).
fn pattern_schema(description: &str, pattern: String, nullable: bool) -> Object {
    let schema_type = if nullable {
        SchemaType::from_iter([Type::String, Type::Null])
    } else {
        SchemaType::new(Type::String)
    };
    ObjectBuilder::new()
        .schema_type(schema_type)
        .description(Some(description))
        .pattern(Some(pattern))
        .build()
}

/// Text as `parse` takes it: one of `Text::<MAX>::parse`, such as `Name::parse`, which says `MAX`.
pub(crate) fn text_schema<const MAX: usize>(
    _parse: fn(&str) -> Result<Text<MAX>, TextError>,
    description: &str,
    nullable: bool,
) -> Object {
    pattern_schema(description, text_pattern::<MAX>(), nullable)
}

/// The words of a text query, as the list filters take them.
pub(crate) fn words_schema(description: &str) -> Object {
    pattern_schema(description, words_pattern(crate::query::MAX_QUERY_CHARS), false)
}

/// A string of `core` (a regular expression) with any white space around.
pub(crate) fn trimmed_schema(description: &str, core: &str, nullable: bool) -> Object {
    pattern_schema(description, trimmed_pattern(core), nullable)
}

/// An ISO 3166-1 alpha-2 country code, in either case.
pub(crate) fn country_schema() -> Object {
    pattern_schema("ISO 3166-1 alpha-2, in either case", code_pattern(mitra_domain::Country::codes()), false)
}

/// One of `codes`, in either case.
pub(crate) fn code_schema(description: &str, codes: impl Iterator<Item = &'static str>) -> Object {
    pattern_schema(description, code_pattern(codes), false)
}

/// An ISO 639-1 language code, in either case.
pub(crate) fn language_schema() -> Object {
    pattern_schema("ISO 639-1, in either case", code_pattern(mitra_domain::Language::codes()), false)
}

/// The languages of a record: one to twenty ISO 639-1 codes, each once (`en` and `EN` are
/// the same language, which a schema cannot say).
pub(crate) fn languages_schema() -> Array {
    ArrayBuilder::new()
        .items(language_schema())
        .min_items(Some(1))
        .max_items(Some(20))
        .unique_items(true)
        .description(Some("ISO 639-1 codes, at least one, each once"))
        .build()
}

/// An industry code as `IndustryCode::parse` takes it.
pub(crate) fn industry_code_schema(nullable: bool) -> Object {
    trimmed_schema(
        "ISIC Rev.4 (a section letter or 2 to 4 digits) or six-digit NAICS 2017, in either case; a \
         code of up to 16 letters, digits and points in neither list is kept and flagged unclassified",
        "[0-9A-Za-z.]{1,16}",
        nullable,
    )
}

/// A list of up to `max` distinct `items`, or null (an optional field: absent, null and empty
/// mean the same).
pub(crate) fn optional_list_schema(description: &str, items: impl Into<ArrayItems>, max: usize) -> Array {
    ArrayBuilder::new()
        .schema_type(SchemaType::from_iter([Type::Array, Type::Null]))
        .items(items)
        .max_items(Some(max))
        .unique_items(true)
        .description(Some(description))
        .build()
}

/// A field that must be absent or null, such as `partner` of an MSME.
pub(crate) fn null_schema(description: &str) -> Object {
    ObjectBuilder::new().schema_type(Type::Null).description(Some(description)).build()
}

/// A string that is one of `values`, such as the kinds of a partner.
pub(crate) fn enum_schema(description: &str, values: impl Iterator<Item = &'static str>) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
        .enum_values(Some(values))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_pattern_takes_every_case_and_nothing_else() {
        let pattern = code_pattern(["GH", "IN"].into_iter());
        assert_eq!(pattern, format!("^{WHITE_SPACE}*([Gg][Hh]|[Ii][Nn]){WHITE_SPACE}*$"));
    }

    #[test]
    fn a_text_pattern_bounds_the_trimmed_text_and_allows_lines_only_in_long_text() {
        let name = text_pattern::<200>();
        assert!(name.contains(&format!("{TEXT_IN_LINE}{{0,198}}")), "{name}");
        let description = text_pattern::<5000>();
        assert!(description.contains(&format!("{TEXT_IN_LINES}{{0,4998}}")), "{description}");
    }

    #[test]
    fn the_amount_pattern_can_name_the_largest_amount() {
        // `amount_pattern` says "at most MAX_AMOUNT" as "fewer digits, or exactly it".
        assert_eq!(MAX_AMOUNT.to_string(), format!("1{}", "0".repeat(18)));
        assert_eq!(max_amount(), 10u64.pow(18));
        let idr = amount_pattern(2);
        assert!(idr.contains(r"[0-9]{1,18}(?:\.[0-9]{1,2}0*)?|1000000000000000000(?:\.0+)?"), "{idr}");
    }

    #[test]
    fn money_has_one_form_per_number_of_decimal_places() {
        let schema = serde_json::to_value(<MoneyInput as utoipa::PartialSchema>::schema()).unwrap();
        let forms = schema["oneOf"].as_array().unwrap();
        // 0 (JPY), 2 (INR), 3 (BHD) and 4 (currencies without a minor unit, such as XAU).
        assert_eq!(forms.len(), 4);
        let currencies: Vec<&str> =
            forms.iter().map(|form| form["properties"]["currency"]["pattern"].as_str().unwrap()).collect();
        assert!(currencies[0].contains("[Jj][Pp][Yy]") && currencies[1].contains("[Ii][Nn][Rr]"));
        assert!(forms.iter().all(|form| form["additionalProperties"] == false));
    }
}
