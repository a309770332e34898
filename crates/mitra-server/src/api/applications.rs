//! `/api/v1/applications` and `/api/v1/opportunities/{id}/applications`, `/rubric` and
//! `/standing`: applications from MSMEs, their steps (submit, withdraw, review, approve,
//! reject), the rubric they are scored by and what an opportunity has left to give.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use mitra_app::{ApplicationDetail, ApplicationFilter, ApplicationRecord, Decision, ReviewInput, Standing};
use mitra_domain::text::Description;
use mitra_domain::{Application, ApplicationDraft, ApplicationStatus, Rubric, RubricCriterion, Text};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa::openapi::Object;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::AppState;
use crate::api::{Listing, MoneyDto, MoneyInput, text_schema};
use crate::error::{ApiError, Problem};
use crate::extract::Writer;
use crate::input::{JsonBody, PathId, QueryFields, boolean, count, list, money, object, read_body, string};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(start_application, list_opportunity_applications))
        .routes(routes!(list_applications))
        .routes(routes!(show_application, change_application))
        .routes(routes!(submit_application))
        .routes(routes!(withdraw_application))
        .routes(routes!(approve_application))
        .routes(routes!(reject_application))
        .routes(routes!(review_application))
        .routes(routes!(show_rubric, save_rubric))
        .routes(routes!(show_standing))
}

/// An application as it is started.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationInput {
    /// The MSME that applies; the token's user must own it.
    pub msme_id: Uuid,
    /// What the firm asks for: required where the opportunity gives money (a budget or a
    /// limit per firm), in its currency, within the limit; absent otherwise.
    pub amount: Option<MoneyInput>,
    #[schema(schema_with = statement_schema)]
    pub statement: Option<String>,
    /// Submit at once (default false: keep a draft).
    pub submit: Option<bool>,
}

/// What a draft asks for, changed.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationChangeInput {
    pub amount: Option<MoneyInput>,
    #[schema(schema_with = statement_schema)]
    pub statement: Option<String>,
}

fn scores_schema() -> Object {
    use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, SchemaType, Type};
    let score = ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(1)).maximum(Some(10)).build();
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::Object, Type::Null]))
        .additional_properties(Some(AdditionalProperties::RefOr(score.into())))
        .property_names(Some(
            ObjectBuilder::new().schema_type(Type::String).min_length(Some(1)).max_length(Some(40)).build(),
        ))
        .max_properties(Some(mitra_domain::application::MAX_RUBRIC_CRITERIA))
        .build()
}

fn statement_schema() -> Object {
    text_schema(Description::parse, "1 to 5,000 characters once trimmed; lines and tabs are allowed", true)
}

/// An application.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationView {
    pub id: Uuid,
    pub opportunity_id: Uuid,
    pub opportunity_title: String,
    pub msme_id: Uuid,
    pub msme_name: String,
    pub status: ApplicationStatus,
    pub amount: Option<MoneyDto>,
    pub statement: Option<String>,
    /// The application date, on which its rules are read.
    #[schema(format = Date)]
    pub submitted_on: Option<String>,
    pub screening: Option<ScreeningView>,
    pub decided_by: Option<Uuid>,
    pub history: Vec<StepView>,
    pub version: u64,
}

/// How the rules judged the application when it was submitted.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScreeningView {
    #[schema(format = Date)]
    pub on: String,
    /// The version of the rules that judged it; null when the opportunity had none.
    pub rule_set_version: Option<u32>,
    /// Keys of the criteria it failed.
    pub failed: Vec<String>,
    /// Keys of the criteria its profile lacked a figure for.
    pub unknown: Vec<String>,
}

/// One step of an application's history.
#[derive(Debug, Serialize, ToSchema)]
pub struct StepView {
    pub at: String,
    pub transition: String,
    pub status: String,
    /// The user who took it; null for Mitra (screening, the waitlist).
    pub by: Option<Uuid>,
}

impl ApplicationView {
    fn of(application: &Application, title: &str, msme_name: &str) -> Self {
        Self {
            id: application.id,
            opportunity_id: application.opportunity_id,
            opportunity_title: title.to_owned(),
            msme_id: application.msme_id,
            msme_name: msme_name.to_owned(),
            status: application.status,
            amount: application.details.amount.as_ref().map(MoneyDto::from),
            statement: application.details.statement.as_ref().map(|s| s.to_string()),
            submitted_on: application.submitted_on.map(|d| d.to_string()),
            screening: application.screening.as_ref().map(|s| ScreeningView {
                on: s.on.to_string(),
                rule_set_version: s.rule_set_version,
                failed: s.failed.clone(),
                unknown: s.unknown.clone(),
            }),
            decided_by: application.decided_by,
            history: application
                .history
                .iter()
                .map(|s| StepView {
                    at: s.at.to_string(),
                    transition: s.transition.clone(),
                    status: s.status.clone(),
                    by: s.by,
                })
                .collect(),
            version: application.version,
        }
    }

    fn of_record(record: &ApplicationRecord) -> Self {
        Self::of(&record.application, record.opportunity.details.title.as_str(), &record.msme_name)
    }
}

/// An application with its reviews and what its opportunity has left.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationDetailView {
    pub application: ApplicationView,
    /// For those who review and decide; empty for the applicant.
    pub reviews: Vec<ReviewView>,
    pub standing: StandingView,
    /// Its place on the waitlist, from 1, while it is on it.
    pub waitlist_position: Option<u64>,
    /// What the token's user may do with it now.
    pub may: AllowedView,
}

/// What the reader may do with an application now.
#[derive(Debug, Serialize, ToSchema)]
pub struct AllowedView {
    pub submit: bool,
    pub withdraw: bool,
    pub review: bool,
    pub decide: bool,
}

/// One reviewer's review.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewView {
    pub reviewer_id: Uuid,
    pub reviewer: String,
    pub conflict: bool,
    pub scores: BTreeMap<String, u8>,
    /// The weighted mean of the scores under the rubric, such as "3.50".
    pub weighted: Option<String>,
    pub comment: Option<String>,
    pub at: String,
}

/// What an opportunity has, has given out and has left, and its applications by state.
#[derive(Debug, Serialize, ToSchema)]
pub struct StandingView {
    pub seats: Option<u32>,
    pub budget: Option<MoneyDto>,
    pub seats_taken: u32,
    pub amount_taken: Option<MoneyDto>,
    pub seats_left: Option<u32>,
    pub money_left: Option<MoneyDto>,
    /// How many applications are in each state.
    pub counts: BTreeMap<String, u64>,
}

impl StandingView {
    fn of(standing: &Standing) -> Self {
        Self {
            seats: standing.capacity.seats,
            budget: standing.capacity.budget.as_ref().map(MoneyDto::from),
            seats_taken: standing.uptake.seats,
            amount_taken: standing.uptake.amount.as_ref().map(MoneyDto::from),
            seats_left: standing.seats_left,
            money_left: standing.money_left.as_ref().map(MoneyDto::from),
            counts: standing.counts.iter().map(|(s, n)| (s.as_str().to_owned(), *n)).collect(),
        }
    }
}

impl ApplicationDetailView {
    fn of(detail: &ApplicationDetail) -> Self {
        Self {
            application: ApplicationView::of_record(&detail.record),
            reviews: detail
                .reviews
                .iter()
                .map(|r| ReviewView {
                    reviewer_id: r.review.reviewer_id,
                    reviewer: r.reviewer.clone(),
                    conflict: r.review.conflict,
                    scores: r.review.scores.clone(),
                    weighted: r.weighted.map(|w| w.to_string()),
                    comment: r.review.comment.as_ref().map(|c| c.to_string()),
                    at: r.review.at.to_string(),
                })
                .collect(),
            standing: StandingView::of(&detail.standing),
            waitlist_position: detail.waitlist_position,
            may: AllowedView {
                submit: detail.may.submit,
                withdraw: detail.may.withdraw,
                review: detail.may.review,
                decide: detail.may.decide,
            },
        }
    }
}

fn read_draft(fields: &mut crate::input::Fields<'_>) -> Option<ApplicationDraft> {
    let amount = fields.optional("amount", money());
    let statement = fields.optional("statement", string(Description::parse));
    Some(ApplicationDraft { amount: amount?, statement: statement? })
}

/// Start an application of an MSME the token's user owns, as a draft or submitted at once (an
/// `msme_id` the user does not own is a 422 on that field, whether or not it exists).
/// Submitting judges it against the rules in force today: a firm that fails them is rejected
/// by the screening with the criteria it failed; one whose profile lacks a figure the rules
/// need gets a 409 and keeps its draft.
#[utoipa::path(
    post,
    path = "/api/v1/opportunities/{id}/applications",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity's id")),
    request_body = ApplicationInput,
    responses(
        (status = 201, body = ApplicationView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such opportunity", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The opportunity is closed or full, or the firm has applied already", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn start_application(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, Json<ApplicationView>), ApiError> {
    let (msme_id, draft, submit) = read_body(body, |fields| {
        let msme_id = fields.required(
            "msme_id",
            string(|s: &str| {
                s.parse::<Uuid>().map_err(|_| mitra_domain::Problem::Other("must be a UUID".into()))
            }),
        );
        let draft = read_draft(fields);
        let submit = fields.optional("submit", boolean());
        Some((msme_id?, draft?, submit?.unwrap_or(false)))
    })?;
    let record = state.app.start_application(&actor, id, msme_id, draft).await?;
    let title = record.opportunity.details.title.to_string();
    let application = if submit {
        state.app.submit_application(&actor, record.application.id).await?.application
    } else {
        record.application
    };
    Ok((StatusCode::CREATED, Json(ApplicationView::of(&application, &title, &record.msme_name))))
}

/// Filters of an application list.
#[derive(Debug, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ApplicationListParams {
    pub status: Option<ApplicationStatus>,
    /// Only those waiting for a decision: screened, in review or waitlisted (default false).
    pub awaiting_decision: Option<bool>,
    /// Leave out those the token's user declared a conflict of interest on (default false).
    pub without_my_conflicts: Option<bool>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<Uuid>,
    /// 1 to 200, default 50.
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u32>,
}

/// Filters of the list across opportunities.
#[derive(Debug, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AllApplicationsParams {
    /// Applications of this MSME (its owners may list them).
    pub msme_id: Option<Uuid>,
    /// Applications to this partner's opportunities (its staff, reviewers and approvers).
    pub partner_id: Option<Uuid>,
}

fn read_list(query: &mut QueryFields, filter: &mut ApplicationFilter) -> (Option<Uuid>, u32) {
    filter.status =
        query.parse_with("status", |s| ApplicationStatus::parse(s).ok_or(mitra_domain::Problem::NotInList));
    filter.awaiting_decision =
        query.parse_with("awaiting_decision", crate::query::parse_bool).unwrap_or(false);
    if query.parse_with("without_my_conflicts", crate::query::parse_bool).unwrap_or(false) {
        // The application layer puts the caller's own id here.
        filter.without_conflict_of = Some(Uuid::nil());
    }
    let page = crate::query::read_page(query);
    (page.after(), page.limit())
}

fn listing(listed: mitra_domain::Listed<ApplicationRecord>) -> Listing<ApplicationView> {
    Listing {
        items: listed.items.iter().map(ApplicationView::of_record).collect(),
        next_cursor: listed.next.map(|id| id.to_string()),
    }
}

/// The applications to an opportunity, in the order they were made: for its partner's staff,
/// reviewers and approvers and the agency's staff.
#[utoipa::path(
    get,
    path = "/api/v1/opportunities/{id}/applications",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity's id"), ApplicationListParams),
    responses(
        (status = 200, body = Listing<ApplicationView>),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user does not work on this opportunity's applications", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_opportunity_applications(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    RawQuery(raw): RawQuery,
) -> Result<Json<Listing<ApplicationView>>, ApiError> {
    let mut query = QueryFields::parse(raw.as_deref())?;
    let mut filter = ApplicationFilter { opportunity_id: Some(id), ..ApplicationFilter::default() };
    let (cursor, limit) = read_list(&mut query, &mut filter);
    query.finish()?;
    Ok(Json(listing(state.app.applications(&actor, &filter, cursor, limit).await?)))
}

/// Applications across opportunities: an MSME's own (for its owners), those to a partner's
/// opportunities, or every one (for the agency's staff).
#[utoipa::path(
    get,
    path = "/api/v1/applications",
    tag = "applications",
    security(("bearer" = [])),
    params(AllApplicationsParams, ApplicationListParams),
    responses(
        (status = 200, body = Listing<ApplicationView>),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No MSME the token's user may see", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_applications(
    State(state): State<AppState>,
    Writer(actor): Writer,
    RawQuery(raw): RawQuery,
) -> Result<Json<Listing<ApplicationView>>, ApiError> {
    let mut query = QueryFields::parse(raw.as_deref())?;
    let uuid = |s: &str| s.parse::<Uuid>().map_err(|_| "must be a UUID");
    let mut filter = ApplicationFilter {
        msme_id: query.parse_with("msme_id", uuid),
        partner_id: query.parse_with("partner_id", uuid),
        ..ApplicationFilter::default()
    };
    let (cursor, limit) = read_list(&mut query, &mut filter);
    query.finish()?;
    Ok(Json(listing(state.app.applications(&actor, &filter, cursor, limit).await?)))
}

/// One application, with its reviews (for reviewers and approvers) and what its opportunity
/// has left.
#[utoipa::path(
    get,
    path = "/api/v1/applications/{id}",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The application's id")),
    responses(
        (status = 200, body = ApplicationDetailView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No application the token's user may see", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn show_application(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
) -> Result<Json<ApplicationDetailView>, ApiError> {
    Ok(Json(ApplicationDetailView::of(&state.app.application(&actor, id).await?)))
}

/// Change what a draft asks for.
#[utoipa::path(
    put,
    path = "/api/v1/applications/{id}",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The application's id")),
    request_body = ApplicationChangeInput,
    responses(
        (status = 200, body = ApplicationView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may see the application but not take this step", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is no longer a draft", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn change_application(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<Json<ApplicationView>, ApiError> {
    let draft = read_body(body, read_draft)?;
    let application = state.app.change_application(&actor, id, draft).await?;
    let detail = state.app.application(&actor, id).await?;
    Ok(Json(ApplicationView::of(
        &application,
        detail.record.opportunity.details.title.as_str(),
        &detail.record.msme_name,
    )))
}

async fn stepped(
    state: &AppState,
    actor: &mitra_app::Actor,
    application: &Application,
) -> Result<Json<ApplicationView>, ApiError> {
    let detail = state.app.application(actor, application.id).await?;
    Ok(Json(ApplicationView::of(
        application,
        detail.record.opportunity.details.title.as_str(),
        &detail.record.msme_name,
    )))
}

/// Submit a draft: the rules in force today screen it at once.
#[utoipa::path(
    post,
    path = "/api/v1/applications/{id}/submit",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The application's id")),
    responses(
        (status = 200, description = "Screened, or rejected by the screening", body = ApplicationView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may see the application but not take this step", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not a draft, the opportunity is closed or full, or the profile lacks figures the rules need", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn submit_application(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
) -> Result<Json<ApplicationView>, ApiError> {
    let done = state.app.submit_application(&actor, id).await?;
    stepped(&state, &actor, &done.application).await
}

/// Withdraw an application; what an approved one held goes to the first on the waitlist.
#[utoipa::path(
    post,
    path = "/api/v1/applications/{id}/withdraw",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The application's id")),
    responses(
        (status = 200, body = ApplicationView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may see the application but not take this step", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is rejected or withdrawn already", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn withdraw_application(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
) -> Result<Json<ApplicationView>, ApiError> {
    let done = state.app.withdraw_application(&actor, id).await?;
    stepped(&state, &actor, &done.application).await
}

/// Approve an application: the rules (in force on its application date, against the profile
/// as it is now) and the capacity are checked at this moment; when nothing is left, it is
/// waitlisted instead.
#[utoipa::path(
    post,
    path = "/api/v1/applications/{id}/approve",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The application's id")),
    responses(
        (status = 200, description = "Approved, or waitlisted when the capacity is gone", body = ApplicationView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not decide this application", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not awaiting a decision, no longer eligible, a declared conflict, or scored by the same person", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn approve_application(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
) -> Result<Json<ApplicationView>, ApiError> {
    let done = state.app.decide_application(&actor, id, Decision::Approve).await?;
    stepped(&state, &actor, &done.application).await
}

/// Reject an application; an approved one's place goes to the first on the waitlist.
#[utoipa::path(
    post,
    path = "/api/v1/applications/{id}/reject",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The application's id")),
    responses(
        (status = 200, body = ApplicationView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not decide this application", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not awaiting a decision, a declared conflict, or scored by the same person", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn reject_application(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
) -> Result<Json<ApplicationView>, ApiError> {
    let done = state.app.decide_application(&actor, id, Decision::Reject).await?;
    stepped(&state, &actor, &done.application).await
}

/// A reviewer's scores under the rubric, or a declared conflict of interest.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewInputDto {
    /// True to declare a conflict of interest (then no scores): the reviewer is kept off the
    /// application from then on.
    pub conflict: Option<bool>,
    /// One score per rubric criterion, by its key, from 1 to the rubric's scale (at most 10);
    /// every criterion of the rubric must be scored, and no other key.
    #[schema(schema_with = scores_schema)]
    pub scores: Option<BTreeMap<String, u8>>,
    #[schema(schema_with = statement_schema)]
    pub comment: Option<String>,
}

/// Score an application, or declare a conflict of interest with it.
#[utoipa::path(
    post,
    path = "/api/v1/applications/{id}/reviews",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The application's id")),
    request_body = ReviewInputDto,
    responses(
        (status = 201, body = ApplicationView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may see the application but not take this step", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not in review, no rubric, or a conflict declared before", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn review_application(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, Json<ApplicationView>), ApiError> {
    let input = read_body(body, |fields| {
        let conflict = fields.optional("conflict", boolean());
        let scores =
            fields.optional("scores", |value, path: &str, problems: &mut Vec<mitra_domain::Invalid>| {
                let serde_json::Value::Object(map) = value else {
                    problems.push(mitra_domain::Invalid::new(
                        path,
                        "must be an object of scores by criterion key",
                    ));
                    return None;
                };
                let mut scores = BTreeMap::new();
                let mut ok = true;
                for (key, value) in map {
                    // A whole number, written as 9 or 9.0 (JSON does not tell them apart).
                    let whole = value.as_u64().or_else(|| {
                        value
                            .as_f64()
                            .filter(|x| x.fract() == 0.0 && (0.0..=255.0).contains(x))
                            .map(|x| x as u64)
                    });
                    match whole.and_then(|n| u8::try_from(n).ok()) {
                        Some(n) => {
                            scores.insert(key, n);
                        }
                        None => {
                            problems.push(mitra_domain::Invalid::new(
                                format!("{path}.{key}"),
                                mitra_domain::Problem::NotWholeNumber,
                            ));
                            ok = false;
                        }
                    }
                }
                ok.then_some(scores)
            });
        let comment = fields.optional("comment", string(Description::parse));
        Some(ReviewInput {
            conflict: conflict?.unwrap_or(false),
            scores: scores?.unwrap_or_default(),
            comment: comment?,
        })
    })?;
    let done = state.app.review_application(&actor, id, input).await?;
    let view = stepped(&state, &actor, &done.application).await?;
    Ok((StatusCode::CREATED, view))
}

/// How an opportunity's applications are scored.
#[derive(Debug, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RubricDto {
    /// 1 to 20 criteria.
    #[schema(min_items = 1, max_items = 20)]
    pub criteria: Vec<RubricCriterionDto>,
    /// Scores go from 1 to this, 2 to 10.
    #[schema(minimum = 2, maximum = 10)]
    pub scale: u8,
    /// When true, nobody may decide an application they scored.
    pub separate_approver: bool,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RubricCriterionDto {
    #[schema(schema_with = key_schema)]
    pub key: String,
    pub labels: crate::api::eligibility::LabelsDto,
    /// 1 to 10.
    #[schema(minimum = 1, maximum = 10)]
    pub weight: u8,
}

fn key_schema() -> Object {
    text_schema(Text::<40>::parse, "1 to 40 characters once trimmed, without control characters", false)
}

impl From<&Rubric> for RubricDto {
    fn from(rubric: &Rubric) -> Self {
        Self {
            criteria: rubric
                .criteria
                .iter()
                .map(|c| RubricCriterionDto {
                    key: c.key.to_string(),
                    labels: crate::api::eligibility::LabelsDto::of(&c.labels),
                    weight: c.weight,
                })
                .collect(),
            scale: rubric.scale,
            separate_approver: rubric.separate_approver,
        }
    }
}

fn read_rubric(body: serde_json::Value) -> Result<Rubric, ApiError> {
    read_body(body, |fields| {
        let criteria = fields.required(
            "criteria",
            list(mitra_domain::application::MAX_RUBRIC_CRITERIA, || {
                object(|f| {
                    let key = f.required("key", string(Text::<40>::parse));
                    let labels = f.required("labels", crate::api::eligibility::labels());
                    let weight = f.required("weight", count(10));
                    Some(RubricCriterion {
                        key: key?,
                        labels: labels?,
                        weight: u8::try_from(weight?).unwrap_or(0),
                    })
                })
            }),
        );
        let scale = fields.required("scale", count(10));
        let separate_approver = fields.required("separate_approver", boolean());
        Some(Rubric {
            criteria: criteria?,
            scale: u8::try_from(scale?).unwrap_or(0),
            separate_approver: separate_approver?,
        })
    })
}

/// The rubric an opportunity's applications are scored by; null when it has none.
#[utoipa::path(
    get,
    path = "/api/v1/opportunities/{id}/rubric",
    tag = "applications",
    security((), ("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity's id")),
    responses(
        (status = 200, body = Option<RubricDto>),
        (status = 401, description = "A token was sent that is not live", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn show_rubric(
    State(state): State<AppState>,
    crate::extract::Caller(actor): crate::extract::Caller,
    PathId(id): PathId,
) -> Result<Json<Option<RubricDto>>, ApiError> {
    Ok(Json(state.app.rubric(&actor, id).await?.as_ref().map(RubricDto::from)))
}

/// Set the rubric, until the first application is scored under it.
#[utoipa::path(
    put,
    path = "/api/v1/opportunities/{id}/rubric",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity's id")),
    request_body = RubricDto,
    responses(
        (status = 200, body = RubricDto),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not change this opportunity", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Applications have been scored under the rubric", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn save_rubric(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<Json<RubricDto>, ApiError> {
    let rubric = read_rubric(body)?;
    let saved = state.app.save_rubric(&actor, id, rubric).await?;
    Ok(Json(RubricDto::from(&saved)))
}

/// What an opportunity has, has given out and has left, and its applications by state.
#[utoipa::path(
    get,
    path = "/api/v1/opportunities/{id}/standing",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The opportunity's id")),
    responses(
        (status = 200, body = StandingView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user does not work on this opportunity's applications", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn show_standing(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
) -> Result<Json<StandingView>, ApiError> {
    Ok(Json(StandingView::of(&state.app.standing(&actor, id).await?)))
}
