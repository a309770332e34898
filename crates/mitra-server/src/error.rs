//! The one HTTP error type of the server and its one mapping to responses.
//!
//! Every error leaves as an RFC 9457 `application/problem+json` document. Errors that are the
//! caller's doing name each offending field and why; errors that are ours are logged with
//! their detail and answered with a bare 500, never echoed.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use mitra_app::AppError;
use mitra_domain::Invalid;
use serde::Serialize;
use utoipa::ToSchema;

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The body is not JSON at all, or not the JSON object expected.
    #[error("the request body is not valid JSON")]
    Malformed(Invalid),
    /// One or more fields are missing, unknown, of the wrong type or out of bounds.
    #[error("the request has invalid fields")]
    Invalid(Vec<Invalid>),
    #[error("the request body must be JSON (Content-Type: application/json)")]
    UnsupportedMediaType,
    #[error("the request body is larger than the server accepts")]
    TooLarge,
    #[error("the request body did not arrive in time")]
    BodyTimeout,
    #[error("this address does not take that method")]
    MethodNotAllowed,
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("this is not allowed")]
    Forbidden,
    /// No API token, or one that is unknown, expired or revoked, where one is required.
    #[error("this needs a live personal API token in an Authorization: Bearer header")]
    Unauthenticated,
    #[error("too many attempts; try again in a quarter of an hour")]
    TooManyAttempts,
    #[error("this link is no longer valid")]
    Gone,
    /// `If-Match` named another version than the stored one, which the response's ETag gives.
    #[error(
        "the record has changed since it was read: it is now at version {current}; read it again and repeat the change"
    )]
    PreconditionFailed { current: u64 },
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// The most field problems one response lists; its detail says how many there were.
pub const MAX_PROBLEMS: usize = 100;

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Each offending field, as a dotted path with list indices, and what is wrong with it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// One offending field.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldError {
    /// Such as `msme.needs[2].channel`; `body` for the request body as a whole.
    pub field: String,
    /// What is wrong, completing a sentence that starts with the field's name.
    pub problem: String,
}

impl ApiError {
    pub fn field(field: impl Into<String>, problem: impl Into<mitra_domain::Problem>) -> Self {
        Self::Invalid(vec![Invalid::new(field, problem)])
    }

    fn status(&self) -> StatusCode {
        match self {
            Self::Malformed(_) => StatusCode::BAD_REQUEST,
            Self::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            Self::Gone => StatusCode::GONE,
            Self::PreconditionFailed { .. } => StatusCode::PRECONDITION_FAILED,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        match error {
            AppError::NotFound { .. } => Self::NotFound(error.to_string()),
            AppError::Forbidden => Self::Forbidden,
            AppError::SignInRequired | AppError::SignInFailed => Self::Unauthenticated,
            AppError::TooManyAttempts => Self::TooManyAttempts,
            AppError::LinkNotValid => Self::Gone,
            AppError::Stale { current, .. } => Self::PreconditionFailed { current },
            AppError::Conflict { message, .. } => Self::Conflict(message),
            AppError::Invalid(problems) => Self::Invalid(problems),
            AppError::Internal(_) => Self::Internal(Box::new(error)),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let current = match &self {
            Self::PreconditionFailed { current } => Some(*current),
            _ => None,
        };
        let (kind, detail, errors) = match self {
            Self::Internal(source) => {
                tracing::error!(error = %mitra_app::error::chain(source.as_ref()), "request failed");
                (
                    "about:blank",
                    "The server could not complete the request; it has been logged.".to_owned(),
                    vec![],
                )
            }
            Self::Malformed(invalid) => {
                ("/problems/malformed-body", "The request body could not be read.".to_owned(), vec![invalid])
            }
            Self::Invalid(mut problems) => {
                let detail = if problems.len() > MAX_PROBLEMS {
                    let total = problems.len();
                    problems.truncate(MAX_PROBLEMS);
                    format!(
                        "{total} field(s) are invalid; the first {MAX_PROBLEMS} are listed; nothing was stored."
                    )
                } else {
                    format!("{} field(s) are invalid; nothing was stored.", problems.len())
                };
                ("/problems/invalid-fields", detail, problems)
            }
            other => ("about:blank", other.to_string(), vec![]),
        };
        let problem = Problem {
            kind: kind.to_owned(),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail,
            errors: errors
                .into_iter()
                .map(|i| FieldError { field: i.field, problem: i.problem.to_string() })
                .collect(),
        };
        let body = serde_json::to_vec(&problem).unwrap_or_default();
        let mut response =
            (status, [(header::CONTENT_TYPE, "application/problem+json")], body).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer realm=\"mitra\""));
        }
        if let Some(current) = current
            && let Ok(tag) = header::HeaderValue::from_str(&format!("\"{current}\""))
        {
            response.headers_mut().insert(header::ETAG, tag);
        }
        response
    }
}
