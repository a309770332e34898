//! Mitra's storage: units of work over per-aggregate traits, and two backends behind them.
//!
//! - [`Store`] opens a [`UnitOfWork`]: one transaction through which a use case reads and
//!   writes several aggregates ([`Organizations`], [`Opportunities`], [`Leases`], [`Accounts`],
//!   [`Consents`], [`Outbox`], [`Audit`], [`RuleSets`], [`Applications`], [`Jobs`], [`RecoveryReports`]) and commits
//!   once. Dropping a unit of work without committing rolls it back.
//! - `sqlite`: the embedded default, a file in WAL mode. `postgres`: the scale-out store that
//!   several `mitra serve` processes may share. [`open`] picks one from a URL.
//!
//! Both keep each record's checked domain value as JSON and copy the fields that lists filter
//! on into indexed columns (`columns`). The SQL is written once in each aggregate's module and
//! run on either backend through [`unit::each_backend!`]; where the two must differ, the module
//! says so with one arm per backend. Each backend has its own embedded migrations under
//! `migrations/`. This crate knows nothing of HTTP, never reads the clock (times and dates are
//! given by the caller) and takes only values the domain has checked.

pub mod accounts;
pub mod applications;
pub mod audit;
mod columns;
pub mod consents;
pub mod jobs;
pub mod leases;
pub mod mentors;
pub mod opportunities;
pub mod organizations;
pub mod outbox;
mod postgres;
pub mod programmes;
pub mod recovery;
pub mod rounds;
mod rows;
pub mod rule_sets;
mod sqlite;
#[cfg(feature = "testing")]
pub mod testing;
mod unit;

use std::fmt;
use std::sync::Arc;

use uuid::Uuid;

pub use accounts::{Accounts, ApiToken, Invitation, Membership, PasswordReset, Session, User};
pub use applications::{ApplicationFilter, Applications};
pub use audit::{Audit, AuditEntry, AuditFilter};
pub use consents::{Consent, Consents};
pub use jobs::{Job, JobItem, Jobs};
pub use leases::{Lease, Leases};
pub use mentors::{Mentors, StoredMentor};
pub use opportunities::Opportunities;
pub use organizations::{ColumnRefresh, Organizations};
pub use outbox::{Outbox, OutboxEmail};
pub use programmes::Programmes;
pub use recovery::{PanelRow, RecoveryReports, ReportToStore, StoredReport};
pub use rounds::{MatchRound, MatchRun, Rounds, RunHeader};
pub use rule_sets::RuleSets;

/// What went wrong in storage. `NotFound`, `Archived`, `VersionMismatch` and
/// `MissingReference` are the caller's doing; the rest are ours and are logged, never shown.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{entity} {id} does not exist")]
    NotFound { entity: &'static str, id: Uuid },
    #[error("{entity} {id} is archived and cannot be changed")]
    Archived { entity: &'static str, id: Uuid },
    /// The caller changed a record it read at another version.
    #[error("{entity} {id} is at version {current}, not the version the change was based on")]
    VersionMismatch { entity: &'static str, id: Uuid, current: u64 },
    /// A value that must be unique is taken, such as an email address that has an account.
    #[error("another {entity} has this {field}")]
    Duplicate { entity: &'static str, field: &'static str },
    #[error("{field} refers to {id}, which does not exist or is archived")]
    MissingReference { field: &'static str, id: Uuid },
    #[error("the database URL is not understood: {0}")]
    BadUrl(String),
    #[error("database error")]
    Database(#[from] sqlx::Error),
    #[error("migration failed")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("a stored record could not be read back")]
    Corrupt(#[from] serde_json::Error),
    #[error("column {column} holds {value:?}, which cannot be read back")]
    BadColumn { column: &'static str, value: String },
}

/// A database that hands out units of work.
#[async_trait::async_trait]
pub trait Store: Send + Sync + fmt::Debug + 'static {
    /// A unit of work that only reads, from one consistent snapshot of the database.
    async fn read(&self) -> Result<Box<dyn UnitOfWork>, StoreError>;
    /// A unit of work that writes. On SQLite it holds the database's write lock from the start
    /// (so a check and the write that follows cannot be split by another writer); on
    /// PostgreSQL each record is locked when it is first read for a change.
    async fn write(&self) -> Result<Box<dyn UnitOfWork>, StoreError>;
    /// Answers when the database does.
    async fn ping(&self) -> Result<(), StoreError>;
    /// Brings the planner's statistics up to date (`ANALYZE`), as after a large import, so
    /// that each list is read through the index that suits its filter.
    async fn analyze(&self) -> Result<(), StoreError>;
    /// Closes every connection, so that a SQLite file can be removed or copied; on SQLite, its
    /// write-ahead log is copied into the file and emptied first. A process should close its
    /// store before it exits: a log left behind is replayed, and copied again whole, by the
    /// next process that writes.
    async fn close(&self);
}

/// One transaction over every aggregate. Nothing it wrote is seen by anyone else before
/// [`UnitOfWork::commit`]; dropped without a commit, it leaves the database as it was.
#[async_trait::async_trait]
pub trait UnitOfWork:
    Organizations
    + Opportunities
    + Leases
    + Accounts
    + Consents
    + Outbox
    + Audit
    + RuleSets
    + Applications
    + Programmes
    + Mentors
    + Jobs
    + Rounds
    + RecoveryReports
    + Send
    + fmt::Debug
{
    async fn commit(self: Box<Self>) -> Result<(), StoreError>;
}

/// Opens the store a URL names and brings its schema up to date: `postgres://` or
/// `postgresql://` for PostgreSQL; `sqlite:PATH` or a plain file path for SQLite.
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(postgres::open(url).await?))
    } else if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
        Ok(Arc::new(sqlite::open(path).await?))
    } else if url.contains("://") {
        Err(StoreError::BadUrl(format!("unknown scheme in {}", redact(url))))
    } else {
        Ok(Arc::new(sqlite::open(url).await?))
    }
}

/// A database URL with its password replaced by `***`, for logs and errors.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((credentials, host)) = rest.rsplit_once('@') else {
        return url.to_owned();
    };
    match credentials.split_once(':') {
        Some((user, _password)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacting_a_url_hides_only_the_password() {
        assert_eq!(redact("postgres://mitra:s3cret@db:5432/mitra"), "postgres://mitra:***@db:5432/mitra");
        assert_eq!(redact("postgres://mitra@db/mitra"), "postgres://mitra@db/mitra");
        assert_eq!(redact("mitra.db"), "mitra.db");
    }
}
