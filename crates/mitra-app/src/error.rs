//! The one error of the application, which every adapter maps once: the API to a problem
//! document, the pages to an error page, the command line to a message.

use mitra_domain::Invalid;
use mitra_store::StoreError;
use uuid::Uuid;

/// What a use case can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{entity} {id} does not exist")]
    NotFound { entity: &'static str, id: Uuid },
    /// The actor may not do this.
    #[error("this is not allowed")]
    Forbidden,
    /// Only a signed-in user may do this, and nobody has signed in.
    #[error("signing in is required")]
    SignInRequired,
    /// The email address and password do not match an account (which of the two is wrong is
    /// never said).
    #[error("the email address or the password is not right")]
    SignInFailed,
    /// Too many attempts at signing in or resetting from this account or address: wait.
    #[error("too many attempts; try again in a quarter of an hour")]
    TooManyAttempts,
    /// An invitation or reset link that is unknown, used or expired.
    #[error("this link is no longer valid")]
    LinkNotValid,
    /// The request is well formed but clashes with the record's state.
    #[error("{message}")]
    Conflict { kind: ConflictKind, message: String },
    /// The change was based on another version of the record than the one stored: someone
    /// else changed it since it was read.
    #[error("{entity} {id} has changed since it was read: it is now at version {current}")]
    Stale { entity: &'static str, id: Uuid, current: u64 },
    /// Fields are invalid; each is named with what is wrong with it.
    #[error("{} field(s) are invalid", .0.len())]
    Invalid(Vec<Invalid>),
    /// Ours, not the caller's: logged with its cause, never shown.
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// Which kind of clash a [`AppError::Conflict`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKind {
    /// The record is archived and can no longer change.
    Archived,
    /// An opportunity cannot move to another partner.
    PartnerChange,
    /// Recommendations are for firms that trade; this one is archived or permanently closed.
    NotTrading,
    /// An application, or a step of one, that its state or its opportunity does not allow.
    Application(mitra_domain::Refusal),
}

impl AppError {
    pub fn field(field: impl Into<String>, problem: impl Into<mitra_domain::Problem>) -> Self {
        Self::Invalid(vec![Invalid::new(field, problem)])
    }

    pub(crate) fn internal(error: impl std::error::Error + Send + Sync + 'static) -> Self {
        Self::Internal(Box::new(error))
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound { entity, id } => Self::NotFound { entity, id },
            StoreError::Archived { .. } => {
                Self::Conflict { kind: ConflictKind::Archived, message: error.to_string() }
            }
            StoreError::VersionMismatch { entity, id, current } => Self::Stale { entity, id, current },
            StoreError::Duplicate { entity, field } => {
                Self::field(field, format!("is already taken by another {entity}"))
            }
            StoreError::MissingReference { field, id } => {
                Self::field(field, format!("refers to {id}, which does not exist or is archived"))
            }
            other => Self::internal(other),
        }
    }
}

/// An error with every cause under it, for logs: `database error: connection refused`.
pub fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
