//! What every page needs about its visitor: who they are (the layout's navigation follows
//! their roles), the CSRF token its forms carry, and reading a submitted form only when its
//! token matches.
//!
//! CSRF is the double-submit pattern: a random token in an HttpOnly, SameSite=Lax cookie, set
//! on the first page a browser gets, and the same token in a hidden field of every form that
//! changes anything. Another site can make a browser send the cookie, but cannot read it to
//! put it in the form. Sign-in replaces the session cookie with a new one (a new identifier).

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use mitra_app::Actor;
use mitra_domain::{Invalid, OrganizationKind, Role};
use mitra_i18n::Locale;

use crate::AppState;
use crate::extract::{Caller, SESSION_COOKIE, cookie};

/// The cookie that carries the CSRF token.
pub const CSRF_COOKIE: &str = "mitra_csrf";
/// The form field that carries it back.
pub const CSRF_FIELD: &str = "csrf";
/// The largest form a page accepts: far above any real profile.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

/// The CSRF token of this request, as the middleware found or made it.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// The cookie that keeps the language a visitor chose with the switcher.
pub const LANGUAGE_COOKIE: &str = "mitra_lang";

/// A link of the navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    pub href: String,
    pub label: String,
}

/// What the layout shows: the navigation for the visitor's roles, and the token for the
/// sign-out button's form.
#[derive(Debug, Clone)]
pub struct Layout {
    pub links: Vec<NavLink>,
    pub user_name: Option<String>,
    pub csrf: String,
    /// The path of the page, for the language switcher and `next` after sign-in.
    pub path: String,
    /// The reader's language and locale: every word and number of the page follows it.
    pub locale: Locale,
}

/// The visitor of a page: who they are and the layout for them.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub actor: Actor,
    pub layout: Layout,
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Caller(actor) = Caller::from_request_parts(parts, state).await.map_err(|e| e.into_response())?;
        let csrf = parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()).unwrap_or_default();
        let path = parts.uri.path().to_owned();
        let locale = locale_of(&actor, &parts.headers);
        Ok(Viewer { layout: layout_for(&actor, csrf, path, locale), actor })
    }
}

/// The page's language: the account's setting, then the switcher's cookie, then the browser's
/// `Accept-Language`, then English.
pub fn locale_of(actor: &Actor, headers: &axum::http::HeaderMap) -> Locale {
    let saved = actor.person().and_then(|p| p.locale.clone());
    let chosen = cookie(headers, LANGUAGE_COOKIE);
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    mitra_i18n::negotiate(&[saved.as_deref(), chosen.as_deref()], accept)
}

fn layout_for(actor: &Actor, csrf: String, path: String, locale: Locale) -> Layout {
    let link = |href: String, label: String| NavLink { href, label };
    let mut links = vec![
        link("/organizations".to_owned(), locale.t("nav-directory")),
        link("/opportunities".to_owned(), locale.t("nav-opportunities")),
        link("/programmes".to_owned(), locale.t("nav-programmes")),
    ];
    let person = actor.person();
    if let Some(person) = person {
        for id in person.organizations_as(Role::MsmeOwner) {
            links.push(link(format!("/organizations/{id}"), locale.t("nav-my-business")));
            links.push(link(format!("/organizations/{id}/reports"), locale.t("nav-monthly-report")));
            links.push(link(format!("/organizations/{id}/consents"), locale.t("nav-sharing")));
        }
        for id in person.organizations_as(Role::PartnerStaff) {
            links.push(link(format!("/organizations/{id}"), locale.t("nav-my-organisation")));
        }
        let works_on_applications =
            [Role::Reviewer, Role::Approver, Role::Administrator, Role::ProgrammeManager]
                .iter()
                .any(|role| person.roles().contains(role));
        if works_on_applications {
            links.push(link("/applications?awaiting=on".to_owned(), locale.t("nav-applications")));
        } else if !person.organizations_as(Role::MsmeOwner).is_empty() {
            links.push(link("/applications".to_owned(), locale.t("nav-my-applications")));
        }
        if person.is_platform(Role::Mentor) {
            links.push(link("/mentoring".to_owned(), locale.t("nav-mentoring")));
        }
        if person.is_platform(Role::Mentor) || !person.organizations_as(Role::MsmeOwner).is_empty() {
            links.push(link("/proposals".to_owned(), locale.t("nav-proposals")));
        }
        if mitra_app::policy::authorize(actor, mitra_app::policy::Action::SeeDashboards).is_ok() {
            links.push(link("/recovery".to_owned(), locale.t("nav-recovery")));
        }
        if person.is_platform(Role::Administrator) || person.is_platform(Role::ProgrammeManager) {
            links.push(link("/admin".to_owned(), locale.t("nav-administration")));
        }
        links.push(link("/account".to_owned(), locale.t("nav-account")));
    }
    Layout { links, user_name: person.map(|p| p.name.clone()), csrf, path, locale }
}

/// Gives every page request a CSRF token: the cookie's, or a new one set on the response.
pub async fn csrf_cookie(
    axum::extract::State(state): axum::extract::State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let existing = cookie(&parts.headers, CSRF_COOKIE).filter(|t| t.len() == 43);
    let token = existing.clone().unwrap_or_else(mitra_app::secrets::new_secret);
    parts.extensions.insert(CsrfToken(token.clone()));
    request = Request::from_parts(parts, body);
    let secure = state.secure_cookies;
    let mut response = next.run(request).await;
    if existing.is_none() {
        set_cookie(&mut response, CSRF_COOKIE, &token, None, secure);
    }
    response
}

/// Sets a cookie that scripts cannot read, sent only to this site and its own links.
pub fn set_cookie(
    response: &mut Response,
    name: &str,
    value: &str,
    max_age_seconds: Option<i64>,
    secure: bool,
) {
    let mut built = cookie::Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .secure(secure);
    if let Some(seconds) = max_age_seconds {
        built = built.max_age(cookie::time::Duration::seconds(seconds));
    }
    if let Ok(value) = HeaderValue::from_str(&built.build().to_string()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// Sets the session cookie of a new sign-in (a session cookie: it ends with the browser or
/// the session, whichever is first).
pub fn set_session(response: &mut Response, secret: &str, secure: bool) {
    set_cookie(response, SESSION_COOKIE, secret, None, secure);
}

/// Removes the session cookie.
pub fn clear_session(response: &mut Response, secure: bool) {
    set_cookie(response, SESSION_COOKIE, "", Some(0), secure);
}

/// A submitted form whose CSRF token matches the cookie's, as name-value pairs.
#[derive(Debug, Clone)]
pub struct CheckedForm(pub Vec<(String, String)>);

impl CheckedForm {
    /// The last value of a field, or empty.
    pub fn get(&self, name: &str) -> String {
        self.0.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// Every value of a field (checkboxes).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }
}

impl FromRequest<AppState> for CheckedForm {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (parts, body) = request.into_parts();
        let expected = cookie(&parts.headers, CSRF_COOKIE);
        let content_type =
            parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        if !content_type.starts_with("application/x-www-form-urlencoded") {
            return Err(
                form_refused(state, &parts, StatusCode::UNSUPPORTED_MEDIA_TYPE, "form-not-a-form").await
            );
        }
        let bytes = match axum::body::to_bytes(body, MAX_FORM_BYTES).await {
            Ok(bytes) => bytes,
            Err(_) => {
                return Err(
                    form_refused(state, &parts, StatusCode::PAYLOAD_TOO_LARGE, "form-too-large").await
                );
            }
        };
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        let sent = pairs.iter().find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v.as_str());
        let good = match (expected.as_deref(), sent) {
            (Some(expected), Some(sent)) => mitra_app::secrets::same_secret(expected, sent),
            _ => false,
        };
        if !good {
            return Err(form_refused(state, &parts, StatusCode::FORBIDDEN, "form-expired").await);
        }
        Ok(CheckedForm(pairs.into_iter().filter(|(k, _)| k != CSRF_FIELD).collect()))
    }
}

async fn form_refused(
    state: &AppState,
    parts: &Parts,
    status: StatusCode,
    message: &'static str,
) -> Response {
    let mut parts = parts.clone();
    let layout = match Viewer::from_request_parts(&mut parts, state).await {
        Ok(viewer) => viewer.layout,
        Err(response) => return response,
    };
    super::message_page(status, layout, "form-not-saved-title", message)
}

/// The field problems of a form, looked up by field, in the reader's language.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors {
    problems: Vec<Invalid>,
    locale: Locale,
}

impl FieldErrors {
    pub fn new(problems: Vec<Invalid>, locale: &Locale) -> Self {
        Self { problems, locale: locale.clone() }
    }

    /// The problem with `field`, as a sentence of its own, shown beside the field.
    pub fn get(&self, field: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|p| p.field == field || p.field.ends_with(&format!(".{field}")))
            .map(|p| self.locale.problem(&p.problem))
    }

    /// The problem with field `name` of row `index` of list `list` (`figures[2].year`).
    pub fn row(&self, list: &str, index: &usize, name: &str) -> Option<String> {
        self.get(&format!("{list}[{index}].{name}"))
    }

    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// The problems no field of the form shows, each as a sentence of its own: for problems
    /// with the record as a whole (a round already published, an answer after its deadline).
    pub fn unshown(&self, shown: &[&str]) -> Vec<String> {
        self.problems
            .iter()
            .filter(|p| !shown.iter().any(|f| p.field == *f || p.field.ends_with(&format!(".{f}"))))
            .map(|p| self.locale.problem(&p.problem))
            .collect()
    }

    /// The problems no field of the form shows, each after the name of its field.
    pub fn others(&self, shown: &[&str]) -> Vec<String> {
        self.problems
            .iter()
            .filter(|p| !shown.iter().any(|f| p.field == *f || p.field.ends_with(&format!(".{f}"))))
            .map(|p| format!("{}: {}", p.field, self.locale.problem(&p.problem)))
            .collect()
    }
}

/// The partner kinds, for forms.
pub fn partner_kinds() -> Vec<OrganizationKind> {
    OrganizationKind::ALL.iter().copied().filter(|k| *k != OrganizationKind::Msme).collect()
}
