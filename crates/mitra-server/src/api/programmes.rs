//! `/api/v1/programmes`: what an agency or a partner runs on one channel, grouping
//! opportunities, with its baseline year and fairness targets.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use mitra_app::ProgrammeRecord;
use mitra_domain::text::{Description, Name, Region};
use mitra_domain::{Channel, Country, FairnessTargets, Programme, ProgrammeDraft, RegionTarget};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{Caller, IfMatch, Writer, etag};
use crate::input::{JsonBody, PathId, QueryFields, count, date, list, object, one_of, read_body, string};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_programmes, create_programme))
        .routes(routes!(get_programme, update_programme))
}

/// A programme as it is sent to create or replace one.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct ProgrammeInput {
    /// The organisation that runs it: a partner or agency that exists and is not archived.
    pub run_by: uuid::Uuid,
    #[schema(schema_with = crate::api::opportunities::title_schema)]
    pub name: String,
    #[schema(schema_with = crate::api::opportunities::description_schema)]
    pub description: String,
    pub channel: Channel,
    /// ISO 3166-1 alpha-2.
    #[schema(schema_with = crate::api::country_schema)]
    pub country: String,
    #[schema(schema_with = crate::api::opportunities::regions_schema)]
    pub regions: Option<Vec<String>>,
    /// YYYY-MM-DD.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub starts_on: String,
    /// YYYY-MM-DD, not before `starts_on`.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub ends_on: Option<String>,
    /// The year its firms' recovery is measured against: from 1990 to the year before it starts;
    /// 2019 when absent.
    #[schema(minimum = 1990, maximum = 9999)]
    pub baseline_year: Option<u32>,
    pub targets: Option<TargetsDto>,
}

/// The least share of the firms served, in per cent, that a programme aims to give each group.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetsDto {
    #[schema(minimum = 1, maximum = 100)]
    pub women_led: Option<u8>,
    #[schema(minimum = 1, maximum = 100)]
    pub youth_led: Option<u8>,
    /// Regions of the programme, each once, with shares adding up to at most 100.
    #[serde(default)]
    pub regions: Vec<RegionTargetDto>,
}

/// The least share of the firms served that come from one region.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionTargetDto {
    #[schema(schema_with = region_schema)]
    pub region: String,
    #[schema(minimum = 1, maximum = 100)]
    pub share: u8,
}

/// A region of a target, as `Region::parse` takes it.
fn region_schema() -> utoipa::openapi::Object {
    crate::api::text_schema(
        Region::parse,
        "A region of the programme: 1 to 100 characters once trimmed",
        false,
    )
}

/// A stored programme.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeView {
    pub id: uuid::Uuid,
    pub run_by: uuid::Uuid,
    pub name: String,
    pub description: String,
    pub channel: Channel,
    pub country: String,
    pub regions: Vec<String>,
    #[schema(format = Date)]
    pub starts_on: String,
    #[schema(format = Date)]
    pub ends_on: Option<String>,
    pub baseline_year: i16,
    pub targets: TargetsDto,
    pub created_at: String,
    pub updated_at: String,
    /// Moves by one with every change; also the response's ETag, to send back in If-Match.
    pub version: u64,
}

/// A programme with the opportunities that are part of it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeDetail {
    #[serde(flatten)]
    pub programme: ProgrammeView,
    pub run_by_name: String,
    /// Its opportunities, oldest first.
    pub opportunity_ids: Vec<uuid::Uuid>,
    /// Firms that took part in any of its opportunities.
    pub participants: usize,
}

impl ProgrammeView {
    pub fn of(programme: &Programme) -> Self {
        let d = &programme.details;
        Self {
            id: programme.id,
            run_by: d.run_by,
            name: d.name.to_string(),
            description: d.description.to_string(),
            channel: d.channel,
            country: d.country.to_string(),
            regions: d.regions.iter().map(ToString::to_string).collect(),
            starts_on: d.starts_on.to_string(),
            ends_on: d.ends_on.map(|x| x.to_string()),
            baseline_year: d.baseline_year,
            targets: TargetsDto {
                women_led: d.targets.women_led,
                youth_led: d.targets.youth_led,
                regions: d
                    .targets
                    .regions
                    .iter()
                    .map(|t| RegionTargetDto { region: t.region.to_string(), share: t.share })
                    .collect(),
            },
            created_at: programme.created_at.to_string(),
            updated_at: programme.updated_at.to_string(),
            version: programme.version,
        }
    }
}

impl ProgrammeDetail {
    fn of(record: &ProgrammeRecord) -> Self {
        Self {
            programme: ProgrammeView::of(&record.programme),
            run_by_name: record.run_by_name.clone(),
            opportunity_ids: record.opportunities.iter().map(|o| o.id).collect(),
            participants: record.participants,
        }
    }
}

/// Reads a programme body into a draft (which the application checks as a whole), or every
/// problem with its fields.
pub fn read_programme(body: serde_json::Value) -> Result<ProgrammeDraft, ApiError> {
    read_body(body, |fields| {
        let run_by =
            fields.required("run_by", string(|s| s.parse::<uuid::Uuid>().map_err(|_| "must be a UUID")));
        let name = fields.required("name", string(Name::parse));
        let description = fields.required("description", string(Description::parse));
        let channel = fields.required("channel", one_of(Channel::parse, Channel::ALL));
        let country = fields.required("country", string(Country::parse));
        let regions = fields.optional("regions", list(100, || string(Region::parse)));
        let starts_on = fields.required("starts_on", date());
        let ends_on = fields.optional("ends_on", date());
        let baseline_year = fields.optional("baseline_year", count(9999));
        let targets = fields.optional(
            "targets",
            object(|f| {
                let women_led = f.optional("women_led", count(100));
                let youth_led = f.optional("youth_led", count(100));
                let regions = f.optional(
                    "regions",
                    list(100, || {
                        object(|t| {
                            let region = t.required("region", string(Region::parse));
                            let share = t.required("share", count(100));
                            Some(RegionTarget { region: region?, share: u8::try_from(share?).ok()? })
                        })
                    }),
                );
                Some(FairnessTargets {
                    women_led: women_led?.and_then(|n| u8::try_from(n).ok()),
                    youth_led: youth_led?.and_then(|n| u8::try_from(n).ok()),
                    regions: regions?.unwrap_or_default(),
                })
            }),
        );
        Some(ProgrammeDraft {
            run_by: run_by?,
            name: name?,
            description: description?,
            channel: channel?,
            country: country?,
            regions: regions?.unwrap_or_default(),
            starts_on: starts_on?,
            ends_on: ends_on?,
            baseline_year: match baseline_year? {
                // At most 9999, so it fits.
                Some(year) => i16::try_from(year).ok()?,
                None => mitra_domain::recovery::DEFAULT_BASELINE_YEAR,
            },
            targets: targets?.unwrap_or_default(),
        })
    })
}

/// Filters of the programme list.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ProgrammeListParams {
    /// ISO 3166-1 alpha-2: the programmes of one country.
    #[param(schema_with = crate::api::country_schema)]
    pub country: Option<String>,
}

/// List the programmes, the latest to start first.
#[utoipa::path(
    get,
    path = "/api/v1/programmes",
    tag = "programmes",
    security((), ("bearer" = [])),
    params(ProgrammeListParams),
    responses(
        (status = 401, description = "A token was sent that is not live", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "The programmes", body = Vec<ProgrammeView>),
        (status = 400, description = "The query is not one this list takes", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The country is not an ISO 3166-1 code", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_programmes(
    State(state): State<AppState>,
    Caller(actor): Caller,
    RawQuery(raw): RawQuery,
) -> Result<Json<Vec<ProgrammeView>>, ApiError> {
    let mut query = QueryFields::parse(raw.as_deref())?;
    let country = query.parse_with("country", Country::parse);
    query.finish()?;
    let listed = state.app.list_programmes(&actor, country).await?;
    Ok(Json(listed.iter().map(|s| ProgrammeView::of(&s.programme)).collect()))
}

/// Create a programme.
#[utoipa::path(
    post,
    path = "/api/v1/programmes",
    tag = "programmes",
    security(("bearer" = [])),
    request_body = ProgrammeInput,
    responses(
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not run programmes for this organisation", body = Problem, content_type = "application/problem+json"),
        (status = 201, description = "Created", body = ProgrammeView,
            headers(
                ("ETag" = String, description = "The version, for If-Match"),
                ("Location" = String, description = "The programme's address"),
            ),
            links(
                ("GetProgramme" = (operation_id = "get_programme", parameters(("id" = "$response.body#/id")))),
            ),
        ),
        (status = 400, description = "The body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields are invalid, or break a rule between fields or with the records (run_by is a partner or agency that exists and is not archived, ends_on is not before starts_on, the baseline year is before the start, target regions are the programme's and add up to at most 100); nothing was stored", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn create_programme(
    State(state): State<AppState>,
    Writer(actor): Writer,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, [(header::HeaderName, String); 2], Json<ProgrammeView>), ApiError> {
    let draft = read_programme(body)?;
    let programme = state.app.create_programme(&actor, draft).await?;
    let location = format!("/api/v1/programmes/{}", programme.id);
    let [tag] = etag(programme.version);
    Ok((StatusCode::CREATED, [(header::LOCATION, location), tag], Json(ProgrammeView::of(&programme))))
}

/// Read one programme, with its opportunities.
#[utoipa::path(
    get,
    path = "/api/v1/programmes/{id}",
    tag = "programmes",
    security((), ("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The programme's id")),
    responses(
        (status = 401, description = "A token was sent that is not live", body = Problem, content_type = "application/problem+json"),
        (status = 200, body = ProgrammeDetail, headers(("ETag" = String, description = "The version, for If-Match"))),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn get_programme(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
) -> Result<([(header::HeaderName, String); 1], Json<ProgrammeDetail>), ApiError> {
    let record = state.app.programme(&actor, id).await?;
    Ok((etag(record.programme.version), Json(ProgrammeDetail::of(&record))))
}

/// Replace a programme's content. Its channel and country stay while it has opportunities; a new
/// baseline year counts its firms' reports again. With If-Match, only if it is still at that version.
#[utoipa::path(
    put,
    path = "/api/v1/programmes/{id}",
    tag = "programmes",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The programme's id"),
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag of the version the change is based on; without it (or with *) the change applies to whatever is stored, and with a tag that is not the stored version nothing is changed: 412"),
    ),
    request_body = ProgrammeInput,
    responses(
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not run this programme", body = Problem, content_type = "application/problem+json"),
        (status = 200, body = ProgrammeView, headers(("ETag" = String, description = "The new version"))),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names another version than the stored one; nothing was changed", body = Problem, content_type = "application/problem+json", headers(("ETag" = String, description = "The stored version"))),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn update_programme(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    IfMatch(expected): IfMatch,
    JsonBody(body): JsonBody,
) -> Result<([(header::HeaderName, String); 1], Json<ProgrammeView>), ApiError> {
    let draft = read_programme(body)?;
    let programme = state.app.update_programme(&actor, id, draft, expected).await?;
    Ok((etag(programme.version), Json(ProgrammeView::of(&programme))))
}
