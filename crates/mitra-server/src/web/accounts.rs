//! Signing in and out, signing up an MSME, the account page (password, API tokens),
//! accepting an invitation, and resetting a forgotten password.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::ApiToken;
use mitra_app::accounts::{DuplicateReason, MOST_TOKEN_DAYS};
use mitra_app::{AppError, PossibleDuplicate, SignUp, SignUpOutcome};
use mitra_domain::Invalid;
use mitra_domain::Problem;
use mitra_domain::{
    Country, Language, LegalForm, MsmeProfile, OperatingStatus, OrganizationDraft, OrganizationKind,
    Ownership,
};
use serde::Deserialize;

use crate::AppState;
use crate::extract::ClientAddress;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer, clear_session, set_session};
use crate::web::{error_page, message_page, render};

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    layout: Layout,
    email: String,
    next: String,
    problem: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct Next {
    next: Option<String>,
}

/// Only a path on this site is a place to go after signing in.
fn safe_next(next: &str) -> String {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next.to_owned()
    } else {
        "/".to_owned()
    }
}

pub(super) async fn sign_in_form(viewer: Viewer, Query(next): Query<Next>) -> Response {
    let next = safe_next(next.next.as_deref().unwrap_or("/"));
    render(StatusCode::OK, &SignInPage { layout: viewer.layout, email: String::new(), next, problem: None })
}

pub(super) async fn sign_in(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientAddress(address): ClientAddress,
    form: CheckedForm,
) -> Response {
    let email = form.get("email");
    let next = safe_next(&form.get("next"));
    match state.app.sign_in(&email, &form.get("password"), &address).await {
        Ok(signed_in) => {
            let mut response = Redirect::to(&next).into_response();
            set_session(&mut response, &signed_in.session, state.secure_cookies);
            response
        }
        Err(error) => {
            let (status, problem) = match error {
                AppError::TooManyAttempts => {
                    (StatusCode::TOO_MANY_REQUESTS, viewer.layout.t("sign-in-too-many-attempts"))
                }
                AppError::SignInFailed => {
                    (StatusCode::UNAUTHORIZED, viewer.layout.t("error-sign-in-failed-message"))
                }
                other => return error_page(viewer.layout, other),
            };
            render(status, &SignInPage { layout: viewer.layout, email, next, problem: Some(problem) })
        }
    }
}

pub(super) async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    _form: CheckedForm,
) -> Response {
    if let Some(secret) = crate::extract::cookie(&headers, crate::extract::SESSION_COOKIE)
        && let Err(error) = state.app.sign_out(&secret).await
    {
        tracing::error!(error = %mitra_app::error::chain(&error), "signing out failed");
    }
    let mut response = Redirect::to("/").into_response();
    clear_session(&mut response, state.secure_cookies);
    response
}

#[derive(Template)]
#[template(path = "sign_up.html")]
struct SignUpPage {
    layout: Layout,
    values: SignUpValues,
    errors: FieldErrors,
    /// Each registered business that looks like this one, and why, as a sentence.
    duplicates: Vec<String>,
    countries: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    legal_forms: Vec<LegalForm>,
}

#[derive(Default, Clone)]
struct SignUpValues {
    name: String,
    email: String,
    business: String,
    country: String,
    region: String,
    registration_number: String,
    legal_form: String,
    language: String,
}

fn sign_up_page(
    layout: Layout,
    values: SignUpValues,
    errors: FieldErrors,
    duplicates: Vec<PossibleDuplicate>,
) -> SignUpPage {
    let duplicates = duplicates.into_iter().map(|d| duplicate_line(&layout, d)).collect();
    let countries = super::format::country_choices(&layout.locale);
    let languages = super::format::language_choices(&layout.locale);
    SignUpPage {
        layout,
        values,
        errors,
        duplicates,
        countries,
        languages,
        legal_forms: LegalForm::ALL.to_vec(),
    }
}

/// A business that looks like the one being signed up, and why, in a sentence.
fn duplicate_line(layout: &Layout, duplicate: PossibleDuplicate) -> String {
    let business = match duplicate.region.filter(|r| !r.trim().is_empty()) {
        Some(region) => layout.t2("sign-up-duplicate-place", "name", &duplicate.name, "region", region),
        None => duplicate.name,
    };
    match duplicate.reason {
        DuplicateReason::SameRegistrationNumber => {
            layout.t1("sign-up-duplicate-same-registration-number", "business", business)
        }
        DuplicateReason::SameNameInRegion => {
            layout.t1("sign-up-duplicate-same-name-in-region", "business", business)
        }
    }
}

pub(super) async fn sign_up_form(viewer: Viewer) -> Response {
    let values = SignUpValues {
        legal_form: "sole_proprietorship".to_owned(),
        // The business's language, until the owner says otherwise: the one they read the page in.
        language: viewer.layout.lang().to_owned(),
        ..Default::default()
    };
    render(StatusCode::OK, &sign_up_page(viewer.layout, values, FieldErrors::default(), vec![]))
}

pub(super) async fn sign_up(State(state): State<AppState>, viewer: Viewer, form: CheckedForm) -> Response {
    let values = SignUpValues {
        name: form.get("name"),
        email: form.get("email"),
        business: form.get("business"),
        country: form.get("country"),
        region: form.get("region"),
        registration_number: form.get("registration_number"),
        legal_form: form.get("legal_form"),
        language: form.get("language"),
    };
    let mut problems = Vec::new();
    let business = mitra_domain::text::Name::parse(&values.business)
        .map_err(|e| problems.push(Invalid::new("business", e)))
        .ok();
    let country = Country::parse(&values.country)
        .map_err(|_| problems.push(Invalid::new("country", Problem::NotInList)))
        .ok();
    let region = if values.region.trim().is_empty() {
        None
    } else {
        mitra_domain::text::Region::parse(&values.region)
            .map_err(|e| problems.push(Invalid::new("region", e)))
            .ok()
    };
    let registration_number = if values.registration_number.trim().is_empty() {
        None
    } else {
        mitra_domain::Text::<50>::parse(&values.registration_number)
            .map_err(|e| problems.push(Invalid::new("registration_number", e)))
            .ok()
    };
    let language = Language::parse(&values.language)
        .map_err(|_| problems.push(Invalid::new("language", Problem::NotInList)))
        .ok();
    let legal_form = LegalForm::parse(&values.legal_form)
        .ok_or_else(|| problems.push(Invalid::new("legal_form", Problem::NotInList)))
        .ok();
    let (Some(business), Some(country), Some(language), Some(legal_form), true) =
        (business, country, language, legal_form, problems.is_empty())
    else {
        let errors = FieldErrors::new(problems, &viewer.layout.locale);
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &sign_up_page(viewer.layout, values, errors, vec![]),
        );
    };
    let organization = OrganizationDraft {
        kind: OrganizationKind::Msme,
        name: business,
        country,
        region,
        languages: vec![language],
        description: None,
        msme: Some(MsmeProfile {
            registration_number,
            legal_form,
            founded_on: None,
            industry: None,
            employees: None,
            annual_turnover: None,
            investment: None,
            balance_sheet_total: None,
            ownership: Ownership::default(),
            operating_status: OperatingStatus::Operating,
            needs: vec![],
            offers: vec![],
            figures: vec![],
        }),
        partner: None,
    };
    let sign_up = SignUp {
        name: values.name.clone(),
        email: values.email.clone(),
        password: form.get("password"),
        organization,
        not_a_duplicate: form.get("not_a_duplicate") == "yes",
        locale: Some(viewer.layout.locale.tag()),
    };
    match state.app.sign_up(sign_up).await {
        Ok(SignUpOutcome::SignedUp { signed_in, organization }) => {
            let mut response = Redirect::to(&format!("/organizations/{}/edit", organization.organization.id))
                .into_response();
            set_session(&mut response, &signed_in.session, state.secure_cookies);
            response
        }
        Ok(SignUpOutcome::PossibleDuplicates(found)) => {
            render(StatusCode::OK, &sign_up_page(viewer.layout, values, FieldErrors::default(), found))
        }
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            render(StatusCode::UNPROCESSABLE_ENTITY, &sign_up_page(viewer.layout, values, errors, vec![]))
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    layout: Layout,
    name: String,
    email: String,
    roles: Vec<String>,
    tokens: Vec<TokenRow>,
    new_token: Option<String>,
    errors: FieldErrors,
    notice: Option<String>,
    most_days: u32,
}

struct TokenRow {
    id: String,
    name: String,
    created: String,
    expires: String,
    state: String,
    live: bool,
}

async fn account_page(
    state: &AppState,
    viewer: Viewer,
    status: StatusCode,
    new_token: Option<String>,
    errors: FieldErrors,
    notice: Option<String>,
) -> Response {
    let Some(person) = viewer.actor.person().cloned() else {
        return super::sign_in_redirect(&viewer.layout.path);
    };
    let tokens = match state.app.api_tokens(&viewer.actor).await {
        Ok(tokens) => tokens,
        Err(error) => return error_page(viewer.layout, error),
    };
    let now = jiff::Timestamp::now();
    let layout = &viewer.layout;
    let roles = person
        .memberships
        .iter()
        .map(|m| match m.organization_id {
            Some(id) => {
                layout.t2("account-role-in-organisation", "role", layout.role(&m.role), "organisation", id)
            }
            None => layout.t1("account-role-across-platform", "role", layout.role(&m.role)),
        })
        .collect();
    let tokens = tokens.iter().map(|t| token_row(layout, t, now)).collect();
    render(
        status,
        &AccountPage {
            layout: viewer.layout,
            name: person.name.clone(),
            email: person.email.to_string(),
            roles,
            tokens,
            new_token,
            errors,
            notice,
            most_days: MOST_TOKEN_DAYS,
        },
    )
}

fn token_row(layout: &Layout, token: &ApiToken, now: jiff::Timestamp) -> TokenRow {
    let (state, live) = if token.revoked_at.is_some() {
        (layout.t("account-token-state-revoked"), false)
    } else if token.expires_at <= now {
        (layout.t("account-token-state-expired"), false)
    } else {
        (layout.t("account-token-state-live"), true)
    };
    let day = |at: jiff::Timestamp| layout.date(&jiff::tz::TimeZone::UTC.to_datetime(at).date());
    TokenRow {
        id: token.id.to_string(),
        name: token.name.clone(),
        created: day(token.created_at),
        expires: day(token.expires_at),
        state,
        live,
    }
}

pub(super) async fn account(State(state): State<AppState>, viewer: Viewer) -> Response {
    account_page(&state, viewer, StatusCode::OK, None, FieldErrors::default(), None).await
}

pub(super) async fn change_password(
    State(state): State<AppState>,
    viewer: Viewer,
    form: CheckedForm,
) -> Response {
    let current = form.get("current_password");
    let new = form.get("new_password");
    if new != form.get("repeat_password") {
        let errors = FieldErrors::new(
            vec![Invalid::new("repeat_password", Problem::PasswordsDiffer)],
            &viewer.layout.locale,
        );
        return account_page(&state, viewer, StatusCode::UNPROCESSABLE_ENTITY, None, errors, None).await;
    }
    match state.app.change_password(&viewer.actor, &current, &new).await {
        Ok(signed_in) => {
            let mut response = Redirect::to("/account?changed=1").into_response();
            set_session(&mut response, &signed_in.session, state.secure_cookies);
            response
        }
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            account_page(&state, viewer, StatusCode::UNPROCESSABLE_ENTITY, None, errors, None).await
        }
        Err(AppError::SignInRequired) => super::sign_in_redirect("/account"),
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn create_token(
    State(state): State<AppState>,
    viewer: Viewer,
    form: CheckedForm,
) -> Response {
    let days = form.get("days").trim().parse::<u32>().unwrap_or(0);
    match state.app.create_api_token(&viewer.actor, &form.get("name"), days).await {
        Ok((_, secret)) => {
            account_page(&state, viewer, StatusCode::OK, Some(secret), FieldErrors::default(), None).await
        }
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            account_page(&state, viewer, StatusCode::UNPROCESSABLE_ENTITY, None, errors, None).await
        }
        Err(AppError::SignInRequired) => super::sign_in_redirect("/account"),
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn revoke_token(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    _form: CheckedForm,
) -> Response {
    let Ok(id) = id.parse() else {
        return error_page(viewer.layout, AppError::field("id", "must be a UUID"));
    };
    match state.app.revoke_api_token(&viewer.actor, id).await {
        Ok(()) => {
            let notice = viewer.layout.t("account-token-revoked");
            account_page(&state, viewer, StatusCode::OK, None, FieldErrors::default(), Some(notice)).await
        }
        Err(AppError::SignInRequired) => super::sign_in_redirect("/account"),
        Err(error) => error_page(viewer.layout, error),
    }
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    layout: Layout,
    email: String,
    role: String,
    errors: FieldErrors,
    name: String,
}

pub(super) async fn invitation_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(secret): Path<String>,
) -> Response {
    match state.app.invitation(&secret).await {
        Ok(invitation) => {
            let role = viewer.layout.role(&invitation.membership.role);
            render(
                StatusCode::OK,
                &InvitationPage {
                    layout: viewer.layout,
                    email: invitation.email.to_string(),
                    role,
                    errors: FieldErrors::default(),
                    name: String::new(),
                },
            )
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn accept_invitation(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(secret): Path<String>,
    form: CheckedForm,
) -> Response {
    let name = form.get("name");
    match state.app.accept_invitation(&secret, &name, &form.get("password")).await {
        Ok(signed_in) => {
            let mut response = Redirect::to("/account").into_response();
            set_session(&mut response, &signed_in.session, state.secure_cookies);
            response
        }
        Err(AppError::Invalid(problems)) => match state.app.invitation(&secret).await {
            Ok(invitation) => {
                let role = viewer.layout.role(&invitation.membership.role);
                let errors = FieldErrors::new(problems, &viewer.layout.locale);
                render(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &InvitationPage {
                        layout: viewer.layout,
                        email: invitation.email.to_string(),
                        role,
                        errors,
                        name,
                    },
                )
            }
            Err(error) => error_page(viewer.layout, error),
        },
        Err(error) => error_page(viewer.layout, error),
    }
}

#[derive(Template)]
#[template(path = "reset_request.html")]
struct ResetRequestPage {
    layout: Layout,
    errors: FieldErrors,
}

pub(super) async fn reset_request_form(viewer: Viewer) -> Response {
    render(StatusCode::OK, &ResetRequestPage { layout: viewer.layout, errors: FieldErrors::default() })
}

pub(super) async fn reset_request(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientAddress(address): ClientAddress,
    form: CheckedForm,
) -> Response {
    match state.app.request_password_reset(&form.get("email"), &address, &viewer.layout.locale).await {
        Ok(()) => message_page(
            StatusCode::OK,
            viewer.layout,
            "reset-request-sent-title",
            "reset-request-sent-message",
        ),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            render(StatusCode::UNPROCESSABLE_ENTITY, &ResetRequestPage { layout: viewer.layout, errors })
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

#[derive(Template)]
#[template(path = "reset.html")]
struct ResetPage {
    layout: Layout,
    errors: FieldErrors,
}

pub(super) async fn reset_form(viewer: Viewer) -> Response {
    render(StatusCode::OK, &ResetPage { layout: viewer.layout, errors: FieldErrors::default() })
}

pub(super) async fn reset(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(secret): Path<String>,
    form: CheckedForm,
) -> Response {
    let new = form.get("new_password");
    if new != form.get("repeat_password") {
        let errors = FieldErrors::new(
            vec![Invalid::new("repeat_password", Problem::PasswordsDiffer)],
            &viewer.layout.locale,
        );
        return render(StatusCode::UNPROCESSABLE_ENTITY, &ResetPage { layout: viewer.layout, errors });
    }
    match state.app.reset_password(&secret, &new).await {
        Ok(()) => message_page(StatusCode::OK, viewer.layout, "reset-done-title", "reset-done-message"),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            render(StatusCode::UNPROCESSABLE_ENTITY, &ResetPage { layout: viewer.layout, errors })
        }
        Err(error) => error_page(viewer.layout, error),
    }
}
