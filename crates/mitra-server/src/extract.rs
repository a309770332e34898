//! Request facts that handlers take as arguments.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use mitra_app::Actor;

/// Who is asking. Until accounts exist every request is the anonymous visitor; the accounts
/// issue reads the session or the API token here, and nowhere else.
#[derive(Debug, Clone)]
pub struct Caller(pub Actor);

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(_parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Caller(Actor::Anonymous))
    }
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
