//! `/api/v1/opportunities`: what partners offer on the five channels.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use mitra_app::OpportunityRecord;
use mitra_domain::industry::IndustryCode;
use mitra_domain::opportunity::MAX_SEATS;
use mitra_domain::text::{Description, Name, Region};
use mitra_domain::{Capacity, Channel, Country, Language, OpportunityDraft, Priorities, SizeClass};
use serde::{Deserialize, Serialize};
use utoipa::openapi::{Array, Object, Ref};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::api::{Listing, MoneyDto, MoneyInput, optional_list_schema, text_schema, words_schema};
use crate::error::{ApiError, Problem};
use crate::extract::{Caller, IfMatch, Writer, etag};
use crate::input::{JsonBody, PathId, boolean, count, date, list, money, object, one_of, read_body, string};
use crate::query::opportunity_query;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_opportunities, create_opportunity))
        .routes(routes!(get_opportunity, update_opportunity))
        .routes(routes!(archive_opportunity))
}

/// An opportunity as it is sent to create or replace one.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpportunityInput {
    /// The organisation that offers it; it must exist and not be archived.
    pub partner_id: uuid::Uuid,
    /// The programme it is part of: one on the same channel in the same country. Setting or
    /// changing it takes the right to change the programme as well as the opportunity.
    pub programme_id: Option<uuid::Uuid>,
    #[schema(schema_with = title_schema)]
    pub title: String,
    #[schema(schema_with = description_schema)]
    pub description: String,
    pub channel: Channel,
    pub capacity: Option<CapacityInput>,
    /// YYYY-MM-DD.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub opens_on: Option<String>,
    /// YYYY-MM-DD, not before `opens_on`.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub closes_on: Option<String>,
    /// ISO 639-1 codes it is delivered in, at least one, each once.
    #[schema(schema_with = crate::api::languages_schema)]
    pub languages: Vec<String>,
    /// ISO 3166-1 alpha-2.
    #[schema(schema_with = crate::api::country_schema)]
    pub country: String,
    #[schema(schema_with = regions_schema)]
    pub regions: Option<Vec<String>>,
    #[schema(schema_with = industries_schema)]
    pub industries: Option<Vec<String>>,
    #[schema(schema_with = size_classes_schema)]
    pub size_classes: Option<Vec<SizeClass>>,
    /// Ownership groups the programme gives priority to: a bonus in recommendations.
    pub priorities: Option<PrioritiesInput>,
    /// True when modelled on a programme that could not be verified (false unless given).
    pub illustrative: Option<bool>,
}

/// The title of an opportunity, as `Name::parse` takes it.
pub(crate) fn title_schema() -> Object {
    text_schema(Name::parse, "1 to 200 characters once trimmed, without control characters", false)
}

/// The description of an opportunity, as `Description::parse` takes it.
pub(crate) fn description_schema() -> Object {
    text_schema(Description::parse, "1 to 5,000 characters once trimmed; lines and tabs are allowed", false)
}

/// The regions an opportunity serves, each as `Region::parse` takes it.
pub(crate) fn regions_schema() -> Array {
    optional_list_schema(
        "Regions it serves, up to 100, each once in any case; absent, null or empty means the whole \
         country",
        text_schema(
            Region::parse,
            "A region: 1 to 100 characters once trimmed, without control characters",
            false,
        ),
        100,
    )
}

/// The industries an opportunity is for, each as `IndustryCode::parse` takes it.
fn industries_schema() -> Array {
    optional_list_schema(
        "ISIC or NAICS codes it is for, up to 50, each once in any case; absent, null or empty \
         means any",
        crate::api::industry_code_schema(false),
        50,
    )
}

/// The size classes an opportunity is for.
fn size_classes_schema() -> Array {
    optional_list_schema(
        "Size classes it is for, each once; absent, null or empty means any",
        Ref::from_schema_name(SizeClass::name()),
        SizeClass::ALL.len(),
    )
}

/// Ownership groups a programme favours, as they are sent; each flag is false unless given.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PrioritiesInput {
    pub women_led: Option<bool>,
    pub youth_led: Option<bool>,
}

/// Ownership groups a programme favours.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, ToSchema)]
pub struct PrioritiesDto {
    #[serde(default)]
    pub women_led: bool,
    #[serde(default)]
    pub youth_led: bool,
}

/// How much an opportunity can give, as it is sent; an absent figure is not limited.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CapacityInput {
    #[schema(minimum = 0, maximum = 10_000_000)]
    pub seats: Option<u32>,
    pub budget: Option<MoneyInput>,
    #[schema(minimum = 0, maximum = 10_000_000)]
    pub mentor_slots: Option<u32>,
    /// The most one firm can receive, in the budget's currency and not above it.
    pub max_per_firm: Option<MoneyInput>,
}

/// How much an opportunity can give; an absent figure is not limited.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct CapacityDto {
    #[schema(minimum = 0, maximum = 10_000_000)]
    pub seats: Option<u32>,
    pub budget: Option<MoneyDto>,
    #[schema(minimum = 0, maximum = 10_000_000)]
    pub mentor_slots: Option<u32>,
    /// The most one firm can receive.
    pub max_per_firm: Option<MoneyDto>,
}

/// A stored opportunity.
#[derive(Debug, Serialize, ToSchema)]
pub struct OpportunityView {
    pub id: uuid::Uuid,
    pub partner_id: uuid::Uuid,
    pub programme_id: Option<uuid::Uuid>,
    pub title: String,
    pub description: String,
    pub channel: Channel,
    pub capacity: CapacityDto,
    #[schema(format = Date)]
    pub opens_on: Option<String>,
    #[schema(format = Date)]
    pub closes_on: Option<String>,
    pub languages: Vec<String>,
    pub country: String,
    pub regions: Vec<String>,
    pub industries: Vec<String>,
    pub size_classes: Vec<SizeClass>,
    pub priorities: PrioritiesDto,
    pub illustrative: bool,
    /// Whether it takes applications today.
    pub open_now: bool,
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
    /// Moves by one with every change; also the response's ETag, to send back in If-Match.
    pub version: u64,
}

impl OpportunityView {
    pub fn of(record: &OpportunityRecord) -> Self {
        let opportunity = &record.opportunity;
        let d = &opportunity.details;
        Self {
            id: opportunity.id,
            partner_id: d.partner_id,
            programme_id: d.programme_id,
            title: d.title.to_string(),
            description: d.description.to_string(),
            channel: d.channel,
            capacity: CapacityDto {
                seats: d.capacity.seats,
                budget: d.capacity.budget.as_ref().map(MoneyDto::from),
                mentor_slots: d.capacity.mentor_slots,
                max_per_firm: d.capacity.max_per_firm.as_ref().map(MoneyDto::from),
            },
            opens_on: d.opens_on.map(|x| x.to_string()),
            closes_on: d.closes_on.map(|x| x.to_string()),
            languages: d.languages.iter().map(ToString::to_string).collect(),
            country: d.country.to_string(),
            regions: d.regions.iter().map(ToString::to_string).collect(),
            industries: d.industries.iter().map(ToString::to_string).collect(),
            size_classes: d.size_classes.clone(),
            priorities: PrioritiesDto {
                women_led: d.priorities.women_led,
                youth_led: d.priorities.youth_led,
            },
            illustrative: d.illustrative,
            open_now: record.open_now(),
            created_at: opportunity.created_at.to_string(),
            updated_at: opportunity.updated_at.to_string(),
            archived_at: opportunity.archived_at.map(|t| t.to_string()),
            version: opportunity.version,
        }
    }
}

/// Reads an opportunity body into a draft (which the application checks as a whole), or every
/// problem with its fields.
pub fn read_opportunity(body: serde_json::Value) -> Result<OpportunityDraft, ApiError> {
    read_body(body, |fields| {
        let partner_id =
            fields.required("partner_id", string(|s| s.parse::<uuid::Uuid>().map_err(|_| "must be a UUID")));
        let programme_id = fields
            .optional("programme_id", string(|s| s.parse::<uuid::Uuid>().map_err(|_| "must be a UUID")));
        let title = fields.required("title", string(Name::parse));
        let description = fields.required("description", string(Description::parse));
        let channel = fields.required("channel", one_of(Channel::parse, Channel::ALL));
        let capacity = fields.optional(
            "capacity",
            object(|f| {
                let seats = f.optional("seats", count(MAX_SEATS));
                let budget = f.optional("budget", money());
                let mentor_slots = f.optional("mentor_slots", count(MAX_SEATS));
                let max_per_firm = f.optional("max_per_firm", money());
                Some(Capacity {
                    seats: seats?,
                    budget: budget?,
                    mentor_slots: mentor_slots?,
                    max_per_firm: max_per_firm?,
                })
            }),
        );
        let opens_on = fields.optional("opens_on", date());
        let closes_on = fields.optional("closes_on", date());
        let languages = fields.required("languages", list(20, || string(Language::parse)));
        let country = fields.required("country", string(Country::parse));
        let regions = fields.optional("regions", list(100, || string(Region::parse)));
        let industries = fields.optional("industries", list(50, || string(IndustryCode::parse)));
        let size_classes =
            fields.optional("size_classes", list(4, || one_of(SizeClass::parse, &SizeClass::ALL)));
        let priorities = fields.optional(
            "priorities",
            object(|f| {
                let women_led = f.optional("women_led", boolean());
                let youth_led = f.optional("youth_led", boolean());
                Some(Priorities {
                    women_led: women_led?.unwrap_or(false),
                    youth_led: youth_led?.unwrap_or(false),
                })
            }),
        );
        let illustrative = fields.optional("illustrative", boolean());
        Some(OpportunityDraft {
            partner_id: partner_id?,
            programme_id: programme_id?,
            title: title?,
            description: description?,
            channel: channel?,
            capacity: capacity?.unwrap_or_default(),
            opens_on: opens_on?,
            closes_on: closes_on?,
            languages: languages?,
            country: country?,
            regions: regions?.unwrap_or_default(),
            industries: industries?.unwrap_or_default(),
            size_classes: size_classes?.unwrap_or_default(),
            priorities: priorities?.unwrap_or_default(),
            illustrative: illustrative?.unwrap_or(false),
            relief_loan: None,
        })
    })
}

/// Filters of the opportunity list.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OpportunityListParams {
    /// Opportunities of this partner.
    pub partner_id: Option<uuid::Uuid>,
    pub channel: Option<Channel>,
    /// ISO 3166-1 alpha-2.
    #[param(schema_with = crate::api::country_schema)]
    pub country: Option<String>,
    /// Opportunities that serve this region or the whole country.
    #[param(schema_with = region_filter_schema)]
    pub region: Option<String>,
    /// ISO 639-1: opportunities delivered in this language.
    #[param(schema_with = crate::api::language_schema)]
    pub language: Option<String>,
    /// Words that must each begin a word of the title or description, ignoring case and
    /// accents; a query without words matches nothing.
    #[param(schema_with = words_filter_schema)]
    pub q: Option<String>,
    /// Include archived opportunities (default false).
    pub include_archived: Option<bool>,
    /// Only opportunities open today: opened (or with no opening date) and not closed (or with
    /// no closing date), by the server's date (default false).
    pub open_now: Option<bool>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<uuid::Uuid>,
    /// 1 to 200, default 50.
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u32>,
}

fn region_filter_schema() -> Object {
    text_schema(
        Region::parse,
        "Opportunities that serve this region (without regard to case) or the whole country",
        false,
    )
}

fn words_filter_schema() -> Object {
    words_schema(
        "Words that must each begin a word of the title or description, ignoring case and accents; a \
         query without words matches nothing",
    )
}

/// List opportunities, filtered, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/opportunities",
    tag = "opportunities",
    security((), ("bearer" = [])),
    params(OpportunityListParams),
    responses(
        (status = 401, description = "A token was sent that is not live", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "A page of opportunities, oldest first", body = Listing<OpportunityView>),
        (status = 422, description = "A filter is invalid", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_opportunities(
    State(state): State<AppState>,
    Caller(actor): Caller,
    RawQuery(raw): RawQuery,
) -> Result<Json<Listing<OpportunityView>>, ApiError> {
    let (query, page) = opportunity_query(raw.as_deref())?;
    let listed = state.app.list_opportunities(&actor, &query, page).await?;
    Ok(Json(Listing {
        items: listed.items.iter().map(OpportunityView::of).collect(),
        next_cursor: listed.next.map(|id| id.to_string()),
    }))
}

/// Publish an opportunity.
#[utoipa::path(
    post,
    path = "/api/v1/opportunities",
    tag = "opportunities",
    security(("bearer" = [])),
    request_body = OpportunityInput,
    responses(
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not do this", body = Problem, content_type = "application/problem+json"),
        (status = 201, description = "Created", body = OpportunityView,
            headers(
                ("ETag" = String, description = "The version, for If-Match"),
                ("Location" = String, description = "The opportunity's address"),
            ),
            links(
                ("GetOpportunity" = (operation_id = "get_opportunity", parameters(("id" = "$response.body#/id")))),
                ("UpdateOpportunity" = (operation_id = "update_opportunity", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")), request_body = json!({"partner_id": "$response.body#/partner_id"}))),
                ("ArchiveOpportunity" = (operation_id = "archive_opportunity", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")))),
            ),
        ),
        (status = 400, description = "The body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields are invalid, or break a rule between fields or with the records (the partner exists and is not archived, closes_on is not before opens_on, max_per_firm is in the budget's currency and not above it, a language, region or industry is listed once in any case); nothing was stored", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn create_opportunity(
    State(state): State<AppState>,
    Writer(actor): Writer,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, [(header::HeaderName, String); 2], Json<OpportunityView>), ApiError> {
    let draft = read_opportunity(body)?;
    let record = state.app.create_opportunity(&actor, draft).await?;
    let location = format!("/api/v1/opportunities/{}", record.opportunity.id);
    let [tag] = etag(record.opportunity.version);
    Ok((StatusCode::CREATED, [(header::LOCATION, location), tag], Json(OpportunityView::of(&record))))
}

/// Read one opportunity, archived or not.
#[utoipa::path(
    get,
    path = "/api/v1/opportunities/{id}",
    tag = "opportunities",
    security((), ("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The opportunity's id")),
    responses(
        (status = 401, description = "A token was sent that is not live", body = Problem, content_type = "application/problem+json"),
        (status = 200, body = OpportunityView, headers(("ETag" = String, description = "The version, for If-Match")),
            links(
                ("UpdateOpportunity" = (operation_id = "update_opportunity", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")), request_body = json!({"partner_id": "$response.body#/partner_id"}))),
                ("ArchiveOpportunity" = (operation_id = "archive_opportunity", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")))),
            ),
        ),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn get_opportunity(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
) -> Result<([(header::HeaderName, String); 1], Json<OpportunityView>), ApiError> {
    let record = state.app.opportunity(&actor, id).await?;
    Ok((etag(record.opportunity.version), Json(OpportunityView::of(&record))))
}

/// Replace an opportunity's content; its partner cannot change. With If-Match, only if it is still at that version.
#[utoipa::path(
    put,
    path = "/api/v1/opportunities/{id}",
    tag = "opportunities",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The opportunity's id"),
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag of the version the change is based on, such as \"3\"; without it (or with *) the change applies to whatever is stored, and with a tag that is not the stored version (a weak tag, any other text) nothing is changed: 412"),
    ),
    request_body = OpportunityInput,
    responses(
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not do this", body = Problem, content_type = "application/problem+json"),
        (status = 200, body = OpportunityView, headers(("ETag" = String, description = "The new version")),
            links(
                ("GetOpportunity" = (operation_id = "get_opportunity", parameters(("id" = "$response.body#/id")))),
                ("ArchiveOpportunity" = (operation_id = "archive_opportunity", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")))),
            ),
        ),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Archived, or a change of partner", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names another version than the stored one, which the ETag gives; nothing was changed", body = Problem, content_type = "application/problem+json", headers(("ETag" = String, description = "The stored version"))),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn update_opportunity(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    IfMatch(expected): IfMatch,
    JsonBody(body): JsonBody,
) -> Result<([(header::HeaderName, String); 1], Json<OpportunityView>), ApiError> {
    let draft = read_opportunity(body)?;
    let record = state.app.update_opportunity(&actor, id, draft, expected).await?;
    Ok((etag(record.opportunity.version), Json(OpportunityView::of(&record))))
}

/// Archive an opportunity. Archiving twice changes nothing. With If-Match, only if it is still at that version.
#[utoipa::path(
    post,
    path = "/api/v1/opportunities/{id}/archive",
    tag = "opportunities",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The opportunity's id"),
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag of the version the archive is based on; without it (or with *) the record is archived whatever its version, and with a tag that is not the stored version nothing is changed: 412"),
    ),
    responses(
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not do this", body = Problem, content_type = "application/problem+json"),
        (status = 200, body = OpportunityView, headers(("ETag" = String, description = "The new version"))),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names another version than the stored one; nothing was changed", body = Problem, content_type = "application/problem+json", headers(("ETag" = String, description = "The stored version"))),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn archive_opportunity(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    IfMatch(expected): IfMatch,
) -> Result<([(header::HeaderName, String); 1], Json<OpportunityView>), ApiError> {
    let record = state.app.archive_opportunity(&actor, id, expected).await?;
    Ok((etag(record.opportunity.version), Json(OpportunityView::of(&record))))
}
