//! Mitra's storage: one trait, [`Store`], and two backends behind it.
//!
//! - [`sqlite`]: the embedded default, a file in WAL mode.
//! - [`postgres`]: the scale-out store that several `mitra serve` processes may share.
//!
//! Both keep each record's validated domain value as JSON and copy the fields that lists
//! filter on into indexed columns ([`columns`]). The SQL is written once ([`sql`]) and
//! instantiated for each backend, so the two cannot drift apart; each backend has its own
//! embedded migrations under `migrations/`. This crate knows nothing of HTTP.

mod columns;
pub mod postgres;
mod sql;
pub mod sqlite;
#[cfg(feature = "testing")]
pub mod testing;

use std::fmt;
use std::sync::Arc;

use mitra_domain::{
    Channel, Country, Language, Opportunity, OpportunityDraft, Organization, OrganizationDraft,
    OrganizationKind, SizeClass,
};
use uuid::Uuid;

/// What went wrong in storage. `NotFound`, `Conflict` and `MissingReference` are the caller's
/// doing and map to 4xx; the rest are ours and are logged, never shown.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{entity} {id} does not exist")]
    NotFound { entity: &'static str, id: Uuid },
    #[error("{0}")]
    Conflict(String),
    #[error("{field} refers to {id}, which does not exist or is archived")]
    MissingReference { field: &'static str, id: Uuid },
    #[error("the database URL is not understood: {0}")]
    BadUrl(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("a stored record could not be read back: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("column {column} holds {value:?}, which cannot be read back")]
    BadColumn { column: &'static str, value: String },
}

/// Where a list starts and how long it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// The id of the last item of the previous page.
    pub after: Option<Uuid>,
    pub limit: u32,
}

/// Items of a list, and the cursor for the next page when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed<T> {
    pub items: Vec<T>,
    pub next: Option<Uuid>,
}

/// Filters on organisations; every filter given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganizationFilter {
    pub kind: Option<OrganizationKind>,
    pub country: Option<Country>,
    /// Matched without regard to case.
    pub region: Option<String>,
    /// An ISIC code at any level (a section letter, division, group or class: NAICS firms
    /// match their sector's section), or a code in neither list, exactly.
    pub industry: Option<String>,
    /// The first two to six digits of a NAICS code.
    pub naics: Option<String>,
    pub size_class: Option<SizeClass>,
    /// Organisations that need or offer on this channel.
    pub channel: Option<Channel>,
    pub women_led: Option<bool>,
    pub youth_led: Option<bool>,
    pub veteran_led: Option<bool>,
    /// Words looked for in the name and description, without regard to case.
    pub text: Option<String>,
    pub include_archived: bool,
}

/// Filters on opportunities; every filter given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpportunityFilter {
    pub partner_id: Option<Uuid>,
    pub channel: Option<Channel>,
    pub country: Option<Country>,
    /// Opportunities that serve this region, or the whole country.
    pub region: Option<String>,
    pub language: Option<Language>,
    pub text: Option<String>,
    pub include_archived: bool,
}

/// Counts for `/metrics` and the landing page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub organizations: u64,
    pub msmes: u64,
    pub opportunities: u64,
}

/// The registry's storage. Every create, update, archive and import happens whole or not at
/// all, in one transaction; `refresh_indexes` commits record by record.
#[async_trait::async_trait]
pub trait Store: Send + Sync + fmt::Debug + 'static {
    async fn create_organization(&self, draft: OrganizationDraft) -> Result<Organization, StoreError>;
    async fn organization(&self, id: Uuid) -> Result<Organization, StoreError>;
    /// Replaces the content of a live organisation; an archived one is a conflict.
    async fn update_organization(
        &self,
        id: Uuid,
        draft: OrganizationDraft,
    ) -> Result<Organization, StoreError>;
    /// Archives an organisation and its opportunities; archiving twice changes nothing.
    async fn archive_organization(&self, id: Uuid) -> Result<Organization, StoreError>;
    async fn list_organizations(
        &self,
        filter: &OrganizationFilter,
        page: Page,
    ) -> Result<Listed<Organization>, StoreError>;

    /// Creates an opportunity of a live partner, or fails with `MissingReference`.
    async fn create_opportunity(&self, draft: OpportunityDraft) -> Result<Opportunity, StoreError>;
    async fn opportunity(&self, id: Uuid) -> Result<Opportunity, StoreError>;
    async fn update_opportunity(&self, id: Uuid, draft: OpportunityDraft) -> Result<Opportunity, StoreError>;
    async fn archive_opportunity(&self, id: Uuid) -> Result<Opportunity, StoreError>;
    async fn list_opportunities(
        &self,
        filter: &OpportunityFilter,
        page: Page,
    ) -> Result<Listed<Opportunity>, StoreError>;

    /// Stores many records in one transaction (seeding, imports): all of them or none.
    async fn insert_all(
        &self,
        organizations: Vec<OrganizationDraft>,
        opportunities: Vec<OpportunityDraft>,
    ) -> Result<(Vec<Organization>, Vec<Opportunity>), StoreError>;
    async fn counts(&self) -> Result<Counts, StoreError>;
    /// A number that changes whenever any opportunity is created, changed or archived, by this
    /// process or another one sharing the database.
    async fn opportunities_version(&self) -> Result<i64, StoreError>;
    /// Every live opportunity, oldest first, with the version read just before them: a change
    /// made while they are read leaves the version behind, so the next check reloads.
    async fn live_opportunities(&self) -> Result<(i64, Vec<Opportunity>), StoreError>;
    /// Recomputes the filter columns of every organisation, archived or not: the size class
    /// under the rules in force on `on` (a rule such as India's 2025 notification changes
    /// classes without any write to the firm) and whatever a newer version of Mitra indexes
    /// differently (such as NAICS codes' ISIC sections). A record changed meanwhile is left to
    /// its own write. Returns how many records changed.
    async fn refresh_indexes(&self, on: jiff::civil::Date) -> Result<u64, StoreError>;
    /// Answers when the database does.
    async fn ping(&self) -> Result<(), StoreError>;
}

/// Opens the store a URL names and brings its schema up to date: `postgres://` or
/// `postgresql://` for PostgreSQL; `sqlite:PATH` or a plain file path for SQLite.
pub async fn open(url: &str) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(postgres::PostgresStore::open(url).await?))
    } else if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
        Ok(Arc::new(sqlite::SqliteStore::open(path).await?))
    } else if url.contains("://") {
        Err(StoreError::BadUrl(format!("unknown scheme in {}", redact(url))))
    } else {
        Ok(Arc::new(sqlite::SqliteStore::open(url).await?))
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
