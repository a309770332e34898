//! An MSME's sharing page: which partner organisations may see which of its figures, until
//! when; a form to grant, a button to revoke.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::AppError;
use mitra_domain::Invalid;
use mitra_domain::Problem;
use mitra_domain::{Figure, OrganizationQuery, Page};
use uuid::Uuid;

use crate::AppState;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer, partner_kinds};
use crate::web::{bad_address, error_page, render};

#[derive(Template)]
#[template(path = "consents.html")]
struct ConsentsPage {
    layout: Layout,
    id: String,
    consents: Vec<ConsentRow>,
    partners: Vec<(String, String)>,
    /// The figures the form offers to share.
    figures: Vec<Figure>,
    errors: FieldErrors,
    default_expiry: String,
}

struct ConsentRow {
    id: String,
    partner: String,
    figures: String,
    expires: String,
    state: String,
    live: bool,
}

async fn consents_page(
    state: &AppState,
    viewer: Viewer,
    id: Uuid,
    status: StatusCode,
    errors: FieldErrors,
) -> Response {
    let consents = match state.app.consents(&viewer.actor, id).await {
        Ok(consents) => consents,
        Err(error) => return error_page(viewer.layout, error),
    };
    let mut partners = Vec::new();
    for kind in partner_kinds() {
        let query = OrganizationQuery { kind: Some(kind), ..Default::default() };
        if let Ok(listed) = state.app.list_organizations(&viewer.actor, &query, Page::first(200)).await {
            let layout = &viewer.layout;
            partners.extend(listed.items.into_iter().map(|r| {
                let o = r.organization;
                let country = layout.country(&o.details.country);
                (
                    o.id.to_string(),
                    layout.t2("consents-partner-choice", "name", &o.details.name, "country", country),
                )
            }));
        }
    }
    partners.sort_by(|a, b| a.1.cmp(&b.1));
    let today = state.app.today();
    let layout = &viewer.layout;
    let consents = consents
        .into_iter()
        .map(|c| ConsentRow {
            id: c.consent.id.to_string(),
            partner: c.partner_name,
            figures: c.consent.figures.iter().map(|f| layout.figure(f)).collect::<Vec<_>>().join(", "),
            expires: layout.date(&c.consent.expires_on),
            state: if c.consent.revoked_at.is_some() {
                layout.t("consents-state-revoked")
            } else if c.holds {
                layout.t("consents-state-shared")
            } else {
                layout.t("consents-state-expired")
            },
            live: c.holds,
        })
        .collect();
    render(
        status,
        &ConsentsPage {
            layout: viewer.layout,
            id: id.to_string(),
            consents,
            partners,
            figures: Figure::ALL.to_vec(),
            errors,
            default_expiry: today.saturating_add(jiff::Span::new().years(1)).to_string(),
        },
    )
}

fn consent_path(raw: Result<Path<String>, PathRejection>) -> Option<Uuid> {
    raw.ok().and_then(|Path(raw)| raw.parse().ok())
}

pub(super) async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = consent_path(raw) else {
        return bad_address(viewer.layout);
    };
    consents_page(&state, viewer, id, StatusCode::OK, FieldErrors::default()).await
}

pub(super) async fn grant(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = consent_path(raw) else {
        return bad_address(viewer.layout);
    };
    let mut problems = Vec::new();
    let partner = form
        .get("partner")
        .parse::<Uuid>()
        .map_err(|_| problems.push(Invalid::new("partner", Problem::NotInList)))
        .ok();
    let figures: Vec<Figure> = form.all("figures").iter().filter_map(|f| Figure::parse(f)).collect();
    let expires_on = form
        .get("expires_on")
        .parse::<jiff::civil::Date>()
        .map_err(|_| problems.push(Invalid::new("expires_on", Problem::NotADate)))
        .ok();
    let (Some(partner), Some(expires_on), true) = (partner, expires_on, problems.is_empty()) else {
        let errors = FieldErrors::new(problems, &viewer.layout.locale);
        return consents_page(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, errors).await;
    };
    match state.app.grant_consent(&viewer.actor, id, partner, figures, expires_on).await {
        Ok(_) => Redirect::to(&format!("/organizations/{id}/consents")).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            consents_page(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, errors).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn revoke(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, consent)): Path<(String, String)>,
    _form: CheckedForm,
) -> Response {
    let (Ok(id), Ok(consent)) = (id.parse::<Uuid>(), consent.parse::<Uuid>()) else {
        return bad_address(viewer.layout);
    };
    match state.app.revoke_consent(&viewer.actor, id, consent).await {
        Ok(()) => Redirect::to(&format!("/organizations/{id}/consents")).into_response(),
        Err(error) => error_page(viewer.layout, error),
    }
}
