//! Request facts that handlers take as arguments: who is asking, and the version a change
//! is based on.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use mitra_app::{Actor, Interface};

use crate::AppState;
use crate::error::ApiError;

/// The cookie that carries a browser's session secret.
pub const SESSION_COOKIE: &str = "mitra_session";

/// Who is asking, read here and nowhere else. Under `/api/` it is the user of the personal
/// API token in `Authorization: Bearer …` (a token that is not live is refused with 401, never
/// taken as anonymous); elsewhere it is the user of the session cookie (a session that has
/// ended is anonymous). The API never reads the cookie, so a page elsewhere cannot make a
/// browser call the API in its user's name.
#[derive(Debug, Clone)]
pub struct Caller(pub Actor);

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(Caller(actor)) = parts.extensions.get::<Caller>() {
            return Ok(Caller(actor.clone()));
        }
        let actor = if parts.uri.path().starts_with("/api/") {
            match bearer(parts) {
                Some(token) => match state.app.person_for_token(&token).await? {
                    Some(person) => Actor::User(person),
                    None => return Err(ApiError::Unauthenticated),
                },
                None => Actor::Anonymous,
            }
        } else {
            match cookie(&parts.headers, SESSION_COOKIE) {
                Some(secret) => match state.app.person_for_session(&secret, Interface::Web).await? {
                    Some(person) => Actor::User(person),
                    None => Actor::Anonymous,
                },
                None => Actor::Anonymous,
            }
        };
        parts.extensions.insert(Caller(actor.clone()));
        Ok(Caller(actor))
    }
}

/// The address a connection came from, as the connection loop saw it.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub std::net::SocketAddr);

/// The client's IP address, for counting attempts ("unknown" when served without the
/// connection loop, as in some tests). Behind a proxy, every client has the proxy's address, so
/// the per-address limit then counts all clients together, which errs on the side of refusing.
#[derive(Debug, Clone)]
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let address = parts.extensions.get::<Peer>().map(|p| p.0.ip().to_string());
        Ok(ClientAddress(address.unwrap_or_else(|| "unknown".to_owned())))
    }
}

/// Who is asking to change something: as [`Caller`], but someone who has not signed in is
/// refused (401) before the body is read, so that an anonymous write is never even parsed.
#[derive(Debug, Clone)]
pub struct Writer(pub Actor);

impl FromRequestParts<AppState> for Writer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Caller(actor) = Caller::from_request_parts(parts, state).await?;
        mitra_app::policy::require_signed_in(&actor)?;
        Ok(Writer(actor))
    }
}

/// The token of an `Authorization: Bearer …` header.
fn bearer(parts: &Parts) -> Option<String> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned())
}

/// The value of the cookie `name`, if the request carries it once or more (the first).
pub fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

/// The `If-Match` header of a change: the version of the record the client read (its ETag,
/// `"3"`), or none (`*` or no header), in which case the change applies to whatever is stored.
/// A weak or unreadable tag can never match a stored version, so it fails the precondition.
#[derive(Debug, Clone, Copy)]
pub struct IfMatch(pub Option<u64>);

/// The version a tag that cannot match stands for: versions start at 1.
const NEVER_MATCHES: u64 = 0;

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let values: Vec<&str> = parts
            .headers
            .get_all(axum::http::header::IF_MATCH)
            .iter()
            .map(|v| v.to_str().unwrap_or("\u{0}"))
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect();
        if values.is_empty() || values.contains(&"*") {
            return Ok(IfMatch(None));
        }
        let version = values
            .iter()
            .find_map(|tag| tag.strip_prefix('"')?.strip_suffix('"')?.parse::<u64>().ok())
            .unwrap_or(NEVER_MATCHES);
        Ok(IfMatch(Some(version)))
    }
}

/// The `ETag` of a record at `version`.
pub fn etag(version: u64) -> [(axum::http::HeaderName, String); 1] {
    [(axum::http::header::ETAG, format!("\"{version}\""))]
}
