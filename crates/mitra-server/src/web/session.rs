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
use mitra_app::{Actor, Person};
use mitra_domain::{Invalid, OrganizationKind, Role};

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

/// A link of the navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    pub href: String,
    pub label: &'static str,
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
        Ok(Viewer { layout: layout_for(&actor, csrf, path), actor })
    }
}

fn layout_for(actor: &Actor, csrf: String, path: String) -> Layout {
    let mut links = vec![
        NavLink { href: "/organizations".to_owned(), label: "Directory" },
        NavLink { href: "/opportunities".to_owned(), label: "Opportunities" },
    ];
    let person = actor.person();
    if let Some(person) = person {
        links.extend(role_links(person));
        links.push(NavLink { href: "/account".to_owned(), label: "Account" });
    }
    Layout { links, user_name: person.map(|p| p.name.clone()), csrf, path }
}

fn role_links(person: &Person) -> Vec<NavLink> {
    let mut links = Vec::new();
    for id in person.organizations_as(Role::MsmeOwner) {
        links.push(NavLink { href: format!("/organizations/{id}"), label: "My business" });
        links.push(NavLink { href: format!("/organizations/{id}/consents"), label: "Sharing" });
    }
    for id in person.organizations_as(Role::PartnerStaff) {
        links.push(NavLink { href: format!("/organizations/{id}"), label: "My organisation" });
    }
    if person.is_platform(Role::Administrator) || person.is_platform(Role::ProgrammeManager) {
        links.push(NavLink { href: "/admin".to_owned(), label: "Administration" });
    }
    links
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
            return Err(form_refused(
                state,
                &parts,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "This form was not sent as a form.",
            )
            .await);
        }
        let bytes = match axum::body::to_bytes(body, MAX_FORM_BYTES).await {
            Ok(bytes) => bytes,
            Err(_) => {
                return Err(form_refused(
                    state,
                    &parts,
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "This form is larger than Mitra accepts; nothing was saved.",
                )
                .await);
            }
        };
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        let sent = pairs.iter().find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v.as_str());
        let good = match (expected.as_deref(), sent) {
            (Some(expected), Some(sent)) => mitra_app::secrets::same_secret(expected, sent),
            _ => false,
        };
        if !good {
            return Err(form_refused(
                state,
                &parts,
                StatusCode::FORBIDDEN,
                "This form has expired or did not come from Mitra; nothing was saved. Open the page again and resend it.",
            )
            .await);
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
    super::message_page(status, layout, "Not saved", message)
}

/// The field problems of a form, looked up by field.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(pub Vec<Invalid>);

impl FieldErrors {
    /// The problem with `field`, as a sentence: "Email address must be …".
    pub fn get(&self, field: &str) -> Option<String> {
        self.0
            .iter()
            .find(|p| p.field == field || p.field.ends_with(&format!(".{field}")))
            .map(|p| p.problem.clone())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems no field of the form shows.
    pub fn others(&self, shown: &[&str]) -> Vec<String> {
        self.0
            .iter()
            .filter(|p| !shown.iter().any(|f| p.field == *f || p.field.ends_with(&format!(".{f}"))))
            .map(|p| format!("{}: {}", p.field, p.problem))
            .collect()
    }
}

/// The partner kinds, for forms.
pub fn partner_kinds() -> Vec<OrganizationKind> {
    OrganizationKind::ALL.iter().copied().filter(|k| *k != OrganizationKind::Msme).collect()
}
