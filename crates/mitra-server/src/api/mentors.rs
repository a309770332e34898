//! `/api/v1/mentors/{id}` and `/api/v1/programmes/{id}/mentors`: mentors' profiles, and the
//! pools of mentors programmes draw on.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use mitra_app::StoredMentor;
use mitra_domain::mentor::{MOST_MENTEES, MOST_TOPICS, Topic};
use mitra_domain::text::{Description, Region};
use mitra_domain::{Country, Language, MentorProfile};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{Caller, IfMatch, Writer, etag};
use crate::input::{JsonBody, PathId, boolean, count, date, list, read_body, string};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_mentor, save_mentor))
        .routes(routes!(list_pool, add_to_pool))
        .routes(routes!(remove_from_pool))
}

/// A mentor's profile as it is sent.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct MentorInput {
    #[schema(schema_with = expertise_schema)]
    pub expertise: Option<Vec<String>>,
    #[schema(schema_with = topics_schema)]
    pub topics: Option<Vec<String>>,
    /// ISO 639-1 codes they mentor in, at least one, each once.
    #[schema(schema_with = crate::api::languages_schema)]
    pub languages: Vec<String>,
    /// ISO 3166-1 alpha-2.
    #[schema(schema_with = crate::api::country_schema)]
    pub country: String,
    /// Regions of the country they mentor in; absent or empty: anywhere in it.
    #[schema(schema_with = crate::api::opportunities::regions_schema)]
    pub regions: Option<Vec<String>>,
    /// Mentees at once, 1 to 20.
    #[schema(minimum = 1, maximum = 20)]
    pub capacity: u8,
    /// Taking no new mentees for now (false unless given).
    pub paused: Option<bool>,
    /// YYYY-MM-DD: taking mentees from this day.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub available_from: Option<String>,
    #[schema(schema_with = crate::api::opportunities::description_schema)]
    pub about: Option<String>,
}

/// The industries a mentor knows: ISIC Rev.4 section letters, in either case.
fn expertise_schema() -> utoipa::openapi::Array {
    crate::api::optional_list_schema(
        "ISIC Rev.4 section letters of the industries they know, each once in any case",
        crate::api::code_schema(
            "An ISIC Rev.4 section letter, A to U, in either case",
            mitra_domain::industry::isic_sections().map(|(section, _)| section),
        ),
        21,
    )
}

/// The topics a mentor knows, each as `Topic::parse` takes it.
pub(crate) fn topics_schema() -> utoipa::openapi::Array {
    crate::api::optional_list_schema(
        "Topics they know, up to 12, each once in any case",
        crate::api::text_schema(Topic::parse, "A topic: 1 to 60 characters once trimmed, on one line", false),
        MOST_TOPICS,
    )
}

/// A mentor and their profile.
#[derive(Debug, Serialize, ToSchema)]
pub struct MentorView {
    pub user_id: uuid::Uuid,
    pub name: String,
    /// Absent until they write one.
    pub profile: Option<ProfileView>,
    /// The programmes whose pools hold them.
    pub programmes: Vec<uuid::Uuid>,
}

/// A mentor's profile as stored.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileView {
    pub expertise: Vec<String>,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    pub country: String,
    pub regions: Vec<String>,
    pub capacity: u8,
    pub paused: bool,
    #[schema(format = Date)]
    pub available_from: Option<String>,
    pub about: Option<String>,
    pub updated_at: String,
    /// Moves by one with every change; also the ETag, to send back in If-Match.
    pub version: u64,
}

impl ProfileView {
    fn of(stored: &StoredMentor) -> Self {
        let p = &stored.profile;
        Self {
            expertise: p.expertise.clone(),
            topics: p.topics.iter().map(ToString::to_string).collect(),
            languages: p.languages.iter().map(ToString::to_string).collect(),
            country: p.country.to_string(),
            regions: p.regions.iter().map(ToString::to_string).collect(),
            capacity: p.capacity,
            paused: p.paused,
            available_from: p.available_from.map(|d| d.to_string()),
            about: p.about.as_ref().map(ToString::to_string),
            updated_at: stored.updated_at.to_string(),
            version: stored.version,
        }
    }
}

fn read_profile(body: serde_json::Value) -> Result<MentorProfile, ApiError> {
    read_body(body, |fields| {
        let expertise = fields.optional("expertise", list(21, || string(|s| Ok::<_, &str>(s.to_owned()))));
        let topics = fields.optional("topics", list(MOST_TOPICS, || string(Topic::parse)));
        let languages = fields.required("languages", list(20, || string(Language::parse)));
        let country = fields.required("country", string(Country::parse));
        let regions = fields.optional("regions", list(100, || string(Region::parse)));
        let capacity = fields.required("capacity", count(MOST_MENTEES.into()));
        let paused = fields.optional("paused", boolean());
        let available_from = fields.optional("available_from", date());
        let about = fields.optional("about", string(Description::parse));
        Some(MentorProfile {
            expertise: expertise?.unwrap_or_default(),
            topics: topics?.unwrap_or_default(),
            languages: languages?,
            country: country?,
            regions: regions?.unwrap_or_default(),
            capacity: u8::try_from(capacity?).ok()?,
            paused: paused?.unwrap_or(false),
            available_from: available_from?,
            about: about?,
        })
    })
}

/// Read a mentor: for the mentor and the agency's staff.
#[utoipa::path(
    get,
    path = "/api/v1/mentors/{id}",
    tag = "mentors",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The mentor's user id")),
    responses(
        (status = 200, body = MentorView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such mentor, or not one the token's user may see", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn get_mentor(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
) -> Result<Json<MentorView>, ApiError> {
    let record = state.app.mentor(&actor, id).await?;
    Ok(Json(MentorView {
        user_id: record.user_id,
        name: record.name,
        profile: record.mentor.as_ref().map(ProfileView::of),
        programmes: record.pools,
    }))
}

/// Write a mentor's profile: the mentor's own, or any for the agency's managers. With If-Match,
/// only if it is still at that version ("0" for one not yet written).
#[utoipa::path(
    put,
    path = "/api/v1/mentors/{id}",
    tag = "mentors",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The mentor's user id"),
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag of the version the change is based on; with a tag that is not the stored version nothing is changed: 412"),
    ),
    request_body = MentorInput,
    responses(
        (status = 200, body = ProfileView, headers(("ETag" = String, description = "The new version"))),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such mentor, or not one the token's user may change", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names another version; nothing was changed", body = Problem, content_type = "application/problem+json", headers(("ETag" = String, description = "The stored version"))),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields are invalid (a section letter that is not ISIC's, an item given twice, no language); nothing was stored", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn save_mentor(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    IfMatch(expected): IfMatch,
    JsonBody(body): JsonBody,
) -> Result<([(header::HeaderName, String); 1], Json<ProfileView>), ApiError> {
    let profile = read_profile(body)?;
    let stored = state.app.save_mentor_profile(&actor, id, profile, expected).await?;
    Ok((etag(stored.version), Json(ProfileView::of(&stored))))
}

/// A mentor of a pool.
#[derive(Debug, Serialize, ToSchema)]
pub struct PoolMember {
    pub user_id: uuid::Uuid,
    pub name: String,
    pub profile: ProfileView,
}

/// A programme's pool of mentors.
#[derive(Debug, Serialize, ToSchema)]
pub struct PoolView {
    pub programme_id: uuid::Uuid,
    /// By name.
    pub mentors: Vec<PoolMember>,
    /// Mentees the pool can take at once, counting mentors who take new ones today.
    pub open_capacity: u32,
}

/// A programme's pool of mentors: for those who run the programme.
#[utoipa::path(
    get,
    path = "/api/v1/programmes/{id}/mentors",
    tag = "mentors",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The programme's id")),
    responses(
        (status = 200, body = PoolView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user does not run this programme", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_pool(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
) -> Result<Json<PoolView>, ApiError> {
    let pool = state.app.mentor_pool(&actor, id).await?;
    Ok(Json(PoolView {
        programme_id: id,
        mentors: pool
            .mentors
            .iter()
            .map(|(user, m)| PoolMember {
                user_id: user.id,
                name: user.name.clone(),
                profile: ProfileView::of(m),
            })
            .collect(),
        open_capacity: pool.open_capacity,
    }))
}

/// Who to add to a pool.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct PoolInput {
    /// The email address of a mentor who has written a profile.
    #[schema(format = Email, max_length = 254)]
    pub email: String,
}

/// Whether a pool changed.
#[derive(Debug, Serialize, ToSchema)]
pub struct PoolChange {
    pub changed: bool,
}

/// Put a mentor in a programme's pool (again changes nothing): for those who run it.
#[utoipa::path(
    post,
    path = "/api/v1/programmes/{id}/mentors",
    tag = "mentors",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The programme's id")),
    request_body = PoolInput,
    responses(
        (status = 200, body = PoolChange),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user does not run this programme", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The email is not a mentor's who has written a profile", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn add_to_pool(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<Json<PoolChange>, ApiError> {
    let email = read_body(body, |fields| fields.required("email", string(|s| Ok::<_, &str>(s.to_owned()))))?;
    let changed = state.app.add_mentor_to_pool(&actor, id, &email).await?;
    Ok(Json(PoolChange { changed }))
}

/// Take a mentor out of a programme's pool: for those who run it.
#[utoipa::path(
    post,
    path = "/api/v1/programmes/{id}/mentors/{user_id}/remove",
    tag = "mentors",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The programme's id"),
        ("user_id" = uuid::Uuid, Path, description = "The mentor's user id"),
    ),
    responses(
        (status = 200, body = PoolChange),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user does not run this programme", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn remove_from_pool(
    State(state): State<AppState>,
    Writer(actor): Writer,
    Path((id, user_id)): Path<(String, String)>,
) -> Result<Json<PoolChange>, ApiError> {
    let parse = |field: &str, raw: &str| {
        raw.parse::<uuid::Uuid>().map_err(|_| ApiError::field(field.to_owned(), "must be a UUID"))
    };
    let (id, user_id) = (parse("id", &id)?, parse("user_id", &user_id)?);
    let changed = state.app.remove_mentor_from_pool(&actor, id, user_id).await?;
    Ok(Json(PoolChange { changed }))
}
