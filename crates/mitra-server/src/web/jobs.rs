//! Bulk decisions on the pages: the form on an opportunity's applications, the job's progress
//! (a page that refreshes itself while the job runs) and its report as CSV.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::{AppError, Decision, JobProgress, Selection};
use uuid::Uuid;

use crate::AppState;
use crate::web::session::{CheckedForm, Layout, Viewer};
use crate::web::{bad_address, error_page, path_id, render};

/// The bulk form: every application to the opportunity waiting for a decision.
pub(super) async fn start(State(state): State<AppState>, viewer: Viewer, form: CheckedForm) -> Response {
    let Ok(opportunity_id) = form.get("opportunity_id").parse::<Uuid>() else {
        return bad_address(viewer.layout);
    };
    let decision = match form.get("decision").as_str() {
        "approve" => Decision::Approve,
        "reject" => Decision::Reject,
        _ => return bad_address(viewer.layout),
    };
    match state.app.start_bulk_decision(&viewer.actor, decision, Selection::Awaiting { opportunity_id }).await
    {
        Ok(progress) => Redirect::to(&format!("/jobs/{}", progress.job.id)).into_response(),
        Err(AppError::Invalid(_)) => super::message_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            viewer.layout,
            "jobs-nothing-title",
            "jobs-nothing-message",
        ),
        Err(error) => error_page(viewer.layout, error),
    }
}

struct JobRow {
    id: String,
    what: String,
    created: String,
    state: String,
    percent: u64,
}

fn describe(layout: &Layout, progress: &JobProgress) -> (String, String, u64) {
    let job = &progress.job;
    let what = match progress.decision {
        Decision::Approve => layout.t1("jobs-approve", "count", layout.number(job.total)),
        Decision::Reject => layout.t1("jobs-reject", "count", layout.number(job.total)),
    };
    let handled = job.done + job.skipped;
    let percent = (handled * 100).checked_div(job.total).unwrap_or(100);
    let state = if progress.finished() { layout.t("jobs-finished") } else { layout.t("jobs-running") };
    (what, state, percent)
}

#[derive(Template)]
#[template(path = "job.html")]
struct JobPage {
    layout: Layout,
    id: String,
    what: String,
    state: String,
    finished: bool,
    total: u64,
    handled: u64,
    percent: u64,
    counts: Vec<(String, String)>,
}

/// `/jobs/{id}`: a job's progress.
pub(super) async fn job(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let progress = match state.app.job(&viewer.actor, id).await {
        Ok(progress) => progress,
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = &viewer.layout;
    let (what, state_text, percent) = describe(layout, &progress);
    let job = &progress.job;
    let counts = vec![
        (layout.t("jobs-done"), layout.number(job.done)),
        (layout.t("jobs-skipped"), layout.number(job.skipped)),
        (layout.t("jobs-pending"), layout.number(job.total.saturating_sub(job.done + job.skipped))),
    ];
    render(
        StatusCode::OK,
        &JobPage {
            id: id.to_string(),
            what,
            state: state_text,
            finished: progress.finished(),
            total: job.total,
            handled: job.done + job.skipped,
            percent,
            counts,
            layout: viewer.layout,
        },
    )
}

#[derive(Template)]
#[template(path = "jobs.html")]
struct JobsPage {
    layout: Layout,
    rows: Vec<JobRow>,
}

/// `/jobs`: the latest jobs.
pub(super) async fn list(State(state): State<AppState>, viewer: Viewer) -> Response {
    let jobs = match state.app.jobs(&viewer.actor).await {
        Ok(jobs) => jobs,
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = &viewer.layout;
    let rows = jobs
        .iter()
        .map(|progress| {
            let (what, state, percent) = describe(layout, progress);
            JobRow {
                id: progress.job.id.to_string(),
                what,
                created: super::admin::moment(layout, progress.job.created_at, "%H:%M"),
                state,
                percent,
            }
        })
        .collect();
    render(StatusCode::OK, &JobsPage { rows, layout: viewer.layout })
}

/// `/jobs/{id}/report.csv`.
pub(super) async fn report(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    match crate::report::job_report(&state.app, &viewer.actor, id).await {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"mitra-job-{id}.csv\"")),
            ],
            csv,
        )
            .into_response(),
        Err(error) => error_page(viewer.layout, error),
    }
}
