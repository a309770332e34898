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
