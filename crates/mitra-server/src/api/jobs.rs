//! `/api/v1/jobs`: bulk decisions on applications, run in the background, with their progress
//! and their per-application report.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use mitra_app::{Decision, JobProgress, Selection};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::Writer;
use crate::input::{JsonBody, PathId, list, one_of, read_body, string};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(start_decisions))
        .routes(routes!(show_job))
        .routes(routes!(job_report))
}

/// The two decisions a job can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecisionDto {
    Approve,
    Reject,
}

impl std::fmt::Display for DecisionDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DecisionDto::Approve => "approve",
            DecisionDto::Reject => "reject",
        })
    }
}

/// A bulk decision as it is asked for: either the applications by id, or every application to
/// one opportunity that is waiting for a decision.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionsInput {
    pub decision: DecisionDto,
    /// Up to 100,000 applications, decided in this order.
    #[schema(max_items = 100000)]
    pub application_ids: Option<Vec<Uuid>>,
    /// Every application to this opportunity that is screened or in review.
    pub opportunity_id: Option<Uuid>,
}

/// A job and where it stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct JobView {
    pub id: Uuid,
    pub kind: String,
    pub decision: DecisionDto,
    pub total: u64,
    /// Decided as asked (an approval may end in the waitlist when nothing is left).
    pub done: u64,
    /// Left as they were, each with its reason in the report.
    pub skipped: u64,
    pub pending: u64,
    pub finished: bool,
    pub created_at: String,
    pub finished_at: Option<String>,
}

impl JobView {
    fn of(progress: &JobProgress) -> Self {
        let job = &progress.job;
        Self {
            id: job.id,
            kind: job.kind.clone(),
            decision: match progress.decision {
                Decision::Approve => DecisionDto::Approve,
                Decision::Reject => DecisionDto::Reject,
            },
            total: job.total,
            done: job.done,
            skipped: job.skipped,
            pending: job.total.saturating_sub(job.done + job.skipped),
            finished: progress.finished(),
            created_at: job.created_at.to_string(),
            finished_at: job.finished_at.map(|t| t.to_string()),
        }
    }
}

/// Approve or reject many applications at once, as a background job that any server sharing
/// the database may run and that resumes where it stopped: for administrators.
#[utoipa::path(
    post,
    path = "/api/v1/jobs/decisions",
    tag = "applications",
    security(("bearer" = [])),
    request_body = DecisionsInput,
    responses(
        (status = 202, description = "The job is written and will run in the background", body = JobView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user is not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such opportunity", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn start_decisions(
    State(state): State<AppState>,
    Writer(actor): Writer,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, Json<JobView>), ApiError> {
    let (decision, ids, opportunity) = read_body(body, |fields| {
        let decision =
            fields.required("decision", one_of(decision_of, &[DecisionDto::Approve, DecisionDto::Reject]));
        let uuid = || {
            string(|s: &str| {
                s.parse::<Uuid>().map_err(|_| mitra_domain::Problem::Other("must be a UUID".into()))
            })
        };
        let ids = fields.optional("application_ids", list(mitra_app::MOST_IN_A_JOB, uuid));
        let opportunity = fields.optional("opportunity_id", uuid());
        Some((decision?, ids?, opportunity?))
    })?;
    let selection = match (ids, opportunity) {
        (Some(ids), None) => Selection::Ids(ids),
        (None, Some(opportunity_id)) => Selection::Awaiting { opportunity_id },
        _ => {
            return Err(ApiError::Invalid(vec![mitra_domain::Invalid::new(
                "application_ids",
                "give either application_ids or opportunity_id",
            )]));
        }
    };
    let decision = match decision {
        DecisionDto::Approve => Decision::Approve,
        DecisionDto::Reject => Decision::Reject,
    };
    let progress = state.app.start_bulk_decision(&actor, decision, selection).await?;
    Ok((StatusCode::ACCEPTED, Json(JobView::of(&progress))))
}

fn decision_of(raw: &str) -> Option<DecisionDto> {
    match raw {
        "approve" => Some(DecisionDto::Approve),
        "reject" => Some(DecisionDto::Reject),
        _ => None,
    }
}

/// A job's progress: how many applications are done, skipped and pending.
#[utoipa::path(
    get,
    path = "/api/v1/jobs/{id}",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The job's id")),
    responses(
        (status = 200, body = JobView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user is not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn show_job(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
) -> Result<Json<JobView>, ApiError> {
    Ok(Json(JobView::of(&state.app.job(&actor, id).await?)))
}

/// A job's report as CSV: one row per application, with its outcome (`done`, `skipped`, or
/// empty while pending), the state it ended in and why it was skipped.
#[utoipa::path(
    get,
    path = "/api/v1/jobs/{id}/report",
    tag = "applications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The job's id")),
    responses(
        (status = 200, description = "position,application_id,outcome,status,reason", body = String, content_type = "text/csv"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user is not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn job_report(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
) -> Result<Response, ApiError> {
    let csv = crate::report::job_report(&state.app, &actor, id).await?;
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], csv).into_response())
}
