//! Server-rendered HTML pages, one module per area; they work without JavaScript.
//!
//! - [`landing`]: the front page.
//! - [`registry`]: the directory of organisations and an organisation's page.
//! - [`opportunities`]: the list of opportunities and an opportunity's page; [`offers`]: the
//!   forms partner staff publish and change them with; [`profile`]: the profile editor.
//! - [`accounts`]: signing in, up and out, the account page, invitations, password resets.
//! - [`consents`]: what an MSME shares with which partner.
//! - [`applications`]: applying, the reviewers' queue and scores, decisions, the rubric;
//!   [`jobs`]: bulk decisions, their progress and their report; [`rules`]: the rule-set
//!   editor, checked as it is typed and tried on a firm.
//! - [`admin`]: users and invitations, the audit log (and its CSV), the outbox.
//! - [`session`]: the visitor, the layout's navigation, CSRF-checked forms.
//! - [`format`]: how values are written for people; [`words`]: the reader's language in
//!   templates, and the language switcher.
//!
//! Each page reads its request, calls one use case and renders a typed view model through an
//! askama template (escaped by default). Filters are plain GET forms that send the same query
//! strings as the JSON lists, read by the same readers ([`crate::query`]). The application's
//! errors become pages here, in [`error_page`], and nowhere else.

pub mod accounts;
pub mod admin;
pub mod applications;
pub mod chart;
pub mod consents;
pub mod eligibility;
pub mod format;
pub mod impact;
pub mod jobs;
pub mod landing;
pub mod mentors;
pub mod offers;
pub mod opportunities;
pub mod profile;
pub mod programmes;
pub mod recovery;
pub mod registry;
pub mod rounds;
pub mod rules;
pub mod session;
pub mod words;

use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use mitra_app::{AppError, ConflictKind};
use mitra_domain::Invalid;

use crate::AppState;
use crate::error::ApiError;
use crate::web::session::{Layout, Viewer};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(landing::landing))
        .route("/organizations", get(registry::directory))
        .route("/organizations/{id}", get(registry::organization))
        .route("/organizations/{id}/edit", get(profile::form).post(profile::save))
        .route("/organizations/{id}/consents", get(consents::page).post(consents::grant))
        .route("/organizations/{id}/consents/{consent}/revoke", post(consents::revoke))
        .route("/organizations/{id}/reports", get(recovery::page).post(recovery::save))
        .route("/recovery", get(recovery::dashboard))
        .route("/impact", get(impact::page))
        .route("/recovery/reminders", post(recovery::remind))
        .route("/recovery/{format}", get(recovery::export))
        .route("/opportunities", get(opportunities::list))
        .route("/opportunities/{id}", get(opportunities::opportunity))
        .route("/organizations/{id}/opportunities/new", get(offers::new_form))
        .route("/organizations/{id}/opportunities", post(offers::create))
        .route("/opportunities/{id}/edit", get(offers::edit_form).post(offers::save))
        .route("/programmes", get(programmes::list))
        .route("/programmes/{id}", get(programmes::programme))
        .route("/programmes/{id}/edit", get(programmes::edit_form).post(programmes::save))
        .route("/programmes/{id}/mentors", get(mentors::pool).post(mentors::add))
        .route("/programmes/{id}/mentors/{user}/remove", post(mentors::remove))
        .route("/mentoring", get(mentors::form).post(mentors::save))
        .route("/programmes/{id}/rounds", get(rounds::list).post(rounds::start))
        .route("/rounds/{id}", get(rounds::round))
        .route("/rounds/{id}/adjust", post(rounds::adjust))
        .route("/rounds/{id}/publish", post(rounds::publish))
        .route("/rounds/{id}/follow-up", post(rounds::follow_up))
        .route("/rounds/{id}/proposals/{firm}/answer", post(rounds::answer))
        .route("/proposals", get(rounds::proposals))
        .route("/rounds/{id}/proposals/{firm}/sessions", post(rounds::log_session))
        .route("/sessions/{id}/confirm", post(rounds::confirm_session))
        .route("/organizations/{id}/programmes/new", get(programmes::new_form))
        .route("/organizations/{id}/programmes", post(programmes::create))
        .route("/opportunities/{id}/apply", post(applications::apply))
        .route("/opportunities/{id}/rubric", get(applications::rubric_form).post(applications::save_rubric))
        .route("/opportunities/{id}/rules", get(rules::form).post(rules::submit))
        .route("/applications", get(applications::list))
        .route("/applications/bulk", post(jobs::start))
        .route("/applications/{id}", get(applications::detail))
        .route("/applications/{id}/review", post(applications::review))
        .route("/applications/{id}/{step}", post(applications::step))
        .route("/sign-in", get(accounts::sign_in_form).post(accounts::sign_in))
        .route("/sign-out", post(accounts::sign_out))
        .route("/sign-up", get(accounts::sign_up_form).post(accounts::sign_up))
        .route("/account", get(accounts::account))
        .route("/account/password", post(accounts::change_password))
        .route("/account/tokens", post(accounts::create_token))
        .route("/account/tokens/{id}/revoke", post(accounts::revoke_token))
        .route("/invitations/{secret}", get(accounts::invitation_form).post(accounts::accept_invitation))
        .route("/reset-password", get(accounts::reset_request_form).post(accounts::reset_request))
        .route("/reset-password/{secret}", get(accounts::reset_form).post(accounts::reset))
        .route("/jobs", get(jobs::list))
        .route("/jobs/{id}", get(jobs::job))
        .route("/jobs/{id}/report.csv", get(jobs::report))
        .route("/admin", get(admin::index))
        .route("/admin/users", get(admin::users))
        .route("/admin/invitations", post(admin::invite))
        .route("/admin/organizations/new", get(admin::new_organization_form))
        .route("/admin/organizations", post(admin::create_organization))
        .route("/organizations/{id}/archive", post(admin::archive_organization))
        .route("/admin/audit", get(admin::audit))
        .route("/admin/audit.csv", get(admin::audit_csv))
        .route("/admin/outbox", get(admin::outbox))
        .route("/language", post(words::choose_language))
        .route("/static/mitra.css", get(stylesheet))
        .route("/static/rules.js", get(rules_script))
        .route("/favicon.svg", get(favicon))
        .route("/favicon.ico", get(favicon))
}

/// The one stylesheet, compiled in; cached for a day.
async fn stylesheet() -> Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        include_str!("../static/mitra.css"),
    )
        .into_response()
}

/// The rule editor's live check, compiled in; the pages work without it.
async fn rules_script() -> Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        include_str!("../static/rules.js"),
    )
        .into_response()
}

async fn favicon() -> Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, "image/svg+xml"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        include_str!("../static/favicon.svg"),
    )
        .into_response()
}

/// Sends someone who has not signed in to the sign-in page, to come back to `path` after.
fn sign_in_redirect(path: &str) -> Response {
    let next = serde_urlencoded::to_string([("next", path)]).unwrap_or_default();
    Redirect::to(&format!("/sign-in?{next}")).into_response()
}

/// A page that only says something (the error page's shape, for news good or bad): its title
/// and its message are message keys.
fn message_page(status: StatusCode, layout: Layout, title: &str, message: &str) -> Response {
    let (title, message) = (layout.t(title), layout.t(message));
    render(status, &ErrorPage { layout, title, message })
}

/// A page with its status, or the error page when the template fails.
fn render(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(error = %mitra_app::error::chain(&error), "a page could not be rendered");
            (StatusCode::INTERNAL_SERVER_ERROR, "The page could not be shown.").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    title: String,
    message: String,
}

/// The page for an error of the application: the one mapping of [`AppError`] to pages.
fn error_page(layout: Layout, error: AppError) -> Response {
    let (status, title, message) = match &error {
        AppError::SignInRequired => return sign_in_redirect(&layout.path),
        AppError::SignInFailed => {
            (StatusCode::UNAUTHORIZED, "error-sign-in-failed-title", "error-sign-in-failed-message")
        }
        AppError::TooManyAttempts => (
            StatusCode::TOO_MANY_REQUESTS,
            "error-too-many-attempts-title",
            "error-too-many-attempts-message",
        ),
        AppError::LinkNotValid => {
            (StatusCode::GONE, "error-link-not-valid-title", "error-link-not-valid-message")
        }
        AppError::NotFound { .. } => {
            (StatusCode::NOT_FOUND, "error-not-found-title", "error-not-found-message")
        }
        AppError::Invalid(_) => {
            (StatusCode::NOT_FOUND, "error-bad-address-title", "error-bad-address-message")
        }
        AppError::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"),
        AppError::Stale { .. } => {
            (StatusCode::PRECONDITION_FAILED, "error-stale-title", "error-stale-message")
        }
        AppError::Conflict { kind: ConflictKind::Application(refusal), .. } => {
            let message = refusal_text(&layout, *refusal);
            let title = layout.t("error-conflict-title");
            return render(StatusCode::CONFLICT, &ErrorPage { layout, title, message });
        }
        AppError::Conflict { .. } => (StatusCode::CONFLICT, "error-conflict-title", "error-conflict-message"),
        AppError::Internal(_) => {
            tracing::error!(error = %mitra_app::error::chain(&error), "a page failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "error-internal-title", "error-internal-message")
        }
    };
    message_page(status, layout, title, message)
}

/// Why an application's step was refused, in the reader's words.
fn refusal_text(layout: &Layout, refusal: mitra_domain::Refusal) -> String {
    match refusal {
        mitra_domain::Refusal::NotNow { status } => layout.t1(
            refusal.key(),
            "status",
            layout.t(&words::list_key("application-status", status.as_str())),
        ),
        other => layout.t(other.key()),
    }
}

/// The refusal of a page the policy says `viewer` may not use: the sign-in page for a visitor,
/// "not allowed" for someone signed in.
fn refused(viewer: Viewer) -> Response {
    let error = if viewer.actor.person().is_some() { AppError::Forbidden } else { AppError::SignInRequired };
    error_page(viewer.layout, error)
}

/// The page for an address whose id is not a UUID: the same as an unknown record.
fn bad_address(layout: Layout) -> Response {
    error_page(layout, AppError::field("id", "must be a UUID"))
}

/// The page for an address that names no page, for a browser.
pub(crate) fn not_found_page(layout: Layout) -> Response {
    message_page(StatusCode::NOT_FOUND, layout, "error-no-page-title", "error-no-page-message")
}

/// What went wrong with a list's query string, to show above the list.
fn filter_problems(error: ApiError) -> Vec<Invalid> {
    match error {
        ApiError::Invalid(problems) => problems,
        ApiError::Malformed(invalid) => vec![invalid],
        other => vec![Invalid::new("query", other.to_string())],
    }
}

/// A page's query string without the empty fields a form sends (`country=&q=`), which the
/// list readers would refuse: on a page, an empty field means "any".
fn without_empty_fields(raw: &Option<String>) -> Option<String> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).unwrap_or_default();
    let kept: Vec<(String, String)> = pairs.into_iter().filter(|(_, v)| !v.trim().is_empty()).collect();
    if kept.is_empty() { None } else { serde_urlencoded::to_string(kept).ok() }
}

/// The value of a query parameter, to put back into its form field.
fn param(raw: &Option<String>, name: &str) -> String {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).unwrap_or_default();
    pairs.into_iter().rev().find(|(k, _)| k == name).map(|(_, v)| v).unwrap_or_default()
}

/// The link to the next page: the same filters with the new cursor.
fn next_link(path: &str, raw: &Option<String>, next: Option<uuid::Uuid>) -> Option<String> {
    let next = next?;
    let mut pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).unwrap_or_default();
    pairs.retain(|(k, v)| k != "cursor" && !v.is_empty());
    pairs.push(("cursor".to_owned(), next.to_string()));
    Some(format!("{path}?{}", serde_urlencoded::to_string(pairs).unwrap_or_default()))
}

/// Every ISO 4217 code, sorted, for a form's list of currencies.
fn currency_codes() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = mitra_domain::Currency::all().map(|c| c.code()).collect();
    codes.sort_unstable();
    codes
}

/// A form's amount and currency as money: `None` when the amount is left empty, a problem
/// named `field` when it cannot be read.
fn money_field(
    field: &str,
    (amount, currency): &(String, String),
    problems: &mut Vec<Invalid>,
) -> Option<mitra_domain::Money> {
    if amount.trim().is_empty() {
        return None;
    }
    mitra_domain::Money::parse(amount.trim(), currency)
        .map_err(|e| problems.push(Invalid::new(field, e)))
        .ok()
}

/// The opportunity `id` for a form that changes it (its rules, its rubric), with the viewer
/// back; or the page that refuses: not found, the sign-in page, or "not allowed" for someone
/// who may not change it.
async fn opportunity_to_edit(
    state: &AppState,
    viewer: Viewer,
    id: uuid::Uuid,
) -> Result<(mitra_app::OpportunityRecord, Viewer), Response> {
    let (record, partner) = match state.app.opportunity_with_partner(&viewer.actor, id).await {
        Ok(found) => found,
        Err(error) => return Err(error_page(viewer.layout, error)),
    };
    if state.app.may_offer_for(&viewer.actor, partner.id).is_err() {
        return Err(refused(viewer));
    }
    Ok((record, viewer))
}

/// The id in a page's path, if it is a UUID.
fn path_id(
    raw: Result<axum::extract::Path<String>, axum::extract::rejection::PathRejection>,
) -> Option<uuid::Uuid> {
    raw.ok().and_then(|axum::extract::Path(raw)| raw.parse().ok())
}
