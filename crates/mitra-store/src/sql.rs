//! The SQL of the store, written once and instantiated for each backend by [`store_impl!`].
//!
//! Queries use `$N` placeholders, which both SQLite and PostgreSQL accept, and `QueryBuilder`
//! for the lists, which writes each backend's own placeholders. Values are always bound, never
//! spliced into the text.

/// Implements [`crate::Store`] for `$store`, a struct with a `pool: sqlx::Pool<$db>` field.
macro_rules! store_impl {
    ($store:ident, $db:ty) => {
        impl $store {
            /// Takes the write lock on a live organisation's row (PostgreSQL: the row lock;
            /// SQLite: the database write lock) before anything is read, so that a concurrent
            /// archive cannot slip between a check and a write, and SQLite never has to upgrade
            /// a read transaction. False when there is no live organisation with that id.
            async fn lock_live_organization(tx: &mut sqlx::Transaction<'static, $db>, id: uuid::Uuid) -> Result<bool, $crate::StoreError> {
                let locked = sqlx::query("UPDATE organizations SET updated_at = updated_at WHERE id = $1 AND archived_at IS NULL")
                    .bind(id.to_string())
                    .execute(&mut **tx)
                    .await?
                    .rows_affected();
                Ok(locked > 0)
            }

            /// As [`Self::lock_live_organization`], for an opportunity.
            async fn lock_live_opportunity(tx: &mut sqlx::Transaction<'static, $db>, id: uuid::Uuid) -> Result<bool, $crate::StoreError> {
                let locked = sqlx::query("UPDATE opportunities SET updated_at = updated_at WHERE id = $1 AND archived_at IS NULL")
                    .bind(id.to_string())
                    .execute(&mut **tx)
                    .await?
                    .rows_affected();
                Ok(locked > 0)
            }

            /// Binds the twelve filter columns of an organisation, in the order every statement
            /// here lists them (kind to search_text).
            fn bind_organization_columns<'q>(
                query: sqlx::query::Query<'q, $db, <$db as sqlx::Database>::Arguments>,
                columns: $crate::columns::OrganizationColumns,
            ) -> sqlx::query::Query<'q, $db, <$db as sqlx::Database>::Arguments> {
                query
                    .bind(columns.kind)
                    .bind(columns.name)
                    .bind(columns.country)
                    .bind(columns.region_key)
                    .bind(columns.industry_code)
                    .bind(columns.industry_path)
                    .bind(columns.size_class)
                    .bind(columns.channels)
                    .bind(columns.women_led)
                    .bind(columns.youth_led)
                    .bind(columns.veteran_led)
                    .bind(columns.search_text)
            }

            /// Binds the seven filter columns of an opportunity, in the order every statement
            /// here lists them (channel to search_text).
            fn bind_opportunity_columns<'q>(
                query: sqlx::query::Query<'q, $db, <$db as sqlx::Database>::Arguments>,
                columns: $crate::columns::OpportunityColumns,
            ) -> sqlx::query::Query<'q, $db, <$db as sqlx::Database>::Arguments> {
                query
                    .bind(columns.channel)
                    .bind(columns.country)
                    .bind(columns.region_keys)
                    .bind(columns.languages)
                    .bind(columns.opens_on)
                    .bind(columns.closes_on)
                    .bind(columns.search_text)
            }

            /// Bumps the opportunities' change counter inside the caller's transaction.
            async fn bump_opportunities(tx: &mut sqlx::Transaction<'static, $db>) -> Result<(), $crate::StoreError> {
                sqlx::query("UPDATE change_counters SET value = value + 1 WHERE name = 'opportunities'")
                    .execute(&mut **tx)
                    .await?;
                Ok(())
            }

            async fn insert_organization(
                tx: &mut sqlx::Transaction<'static, $db>,
                organization: &mitra_domain::Organization,
            ) -> Result<(), $crate::StoreError> {
                let columns = $crate::columns::OrganizationColumns::of(&organization.details, $crate::sql::today());
                sqlx::query(
                    "INSERT INTO organizations (id, kind, name, country, region_key, industry_code, \
                     industry_path, size_class, channels, women_led, youth_led, veteran_led, search_text, \
                     body, created_at, updated_at, archived_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
                )
                .bind(organization.id.to_string())
                .pipe(|query| Self::bind_organization_columns(query, columns))
                .bind(serde_json::to_string(&organization.details)?)
                .bind(organization.created_at.to_string())
                .bind(organization.updated_at.to_string())
                .bind(organization.archived_at.map(|t| t.to_string()))
                .execute(&mut **tx)
                .await?;
                Ok(())
            }

            async fn insert_opportunity(
                tx: &mut sqlx::Transaction<'static, $db>,
                opportunity: &mitra_domain::Opportunity,
            ) -> Result<(), $crate::StoreError> {
                if !Self::lock_live_organization(tx, opportunity.details.partner_id).await? {
                    return Err($crate::StoreError::MissingReference {
                        field: "partner_id",
                        id: opportunity.details.partner_id,
                    });
                }
                let columns = $crate::columns::OpportunityColumns::of(&opportunity.details);
                sqlx::query(
                    "INSERT INTO opportunities (id, partner_id, channel, country, region_keys, languages, \
                     opens_on, closes_on, search_text, body, created_at, updated_at, archived_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                )
                .bind(opportunity.id.to_string())
                .bind(opportunity.details.partner_id.to_string())
                .pipe(|query| Self::bind_opportunity_columns(query, columns))
                .bind(serde_json::to_string(&opportunity.details)?)
                .bind(opportunity.created_at.to_string())
                .bind(opportunity.updated_at.to_string())
                .bind(opportunity.archived_at.map(|t| t.to_string()))
                .execute(&mut **tx)
                .await?;
                Self::bump_opportunities(tx).await?;
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl $crate::Store for $store {
            async fn create_organization(
                &self,
                draft: mitra_domain::OrganizationDraft,
            ) -> Result<mitra_domain::Organization, $crate::StoreError> {
                let organization = $crate::sql::new_organization(draft);
                let mut tx = self.pool.begin().await?;
                Self::insert_organization(&mut tx, &organization).await?;
                tx.commit().await?;
                Ok(organization)
            }

            async fn organization(&self, id: uuid::Uuid) -> Result<mitra_domain::Organization, $crate::StoreError> {
                let row = sqlx::query("SELECT id, body, created_at, updated_at, archived_at FROM organizations WHERE id = $1")
                    .bind(id.to_string())
                    .fetch_optional(&self.pool)
                    .await?
                    .ok_or($crate::StoreError::NotFound { entity: "organization", id })?;
                $crate::sql::organization_from_row(&row)
            }

            async fn update_organization(
                &self,
                id: uuid::Uuid,
                draft: mitra_domain::OrganizationDraft,
            ) -> Result<mitra_domain::Organization, $crate::StoreError> {
                let mut tx = self.pool.begin().await?;
                if !Self::lock_live_organization(&mut tx, id).await? {
                    tx.rollback().await?;
                    let current = self.organization(id).await?;
                    debug_assert!(current.archived_at.is_some());
                    return Err($crate::StoreError::Conflict(format!("organization {id} is archived and cannot be changed")));
                }
                let current = sqlx::query("SELECT id, body, created_at, updated_at, archived_at FROM organizations WHERE id = $1")
                    .bind(id.to_string())
                    .fetch_one(&mut *tx)
                    .await?;
                let current = $crate::sql::organization_from_row(&current)?;
                let updated = mitra_domain::Organization { details: draft, updated_at: $crate::sql::now(), ..current };
                let columns = $crate::columns::OrganizationColumns::of(&updated.details, $crate::sql::today());
                sqlx::query(
                    "UPDATE organizations SET kind = $2, name = $3, country = $4, region_key = $5, industry_code = $6, \
                     industry_path = $7, size_class = $8, channels = $9, women_led = $10, youth_led = $11, \
                     veteran_led = $12, search_text = $13, body = $14, updated_at = $15 WHERE id = $1",
                )
                .bind(id.to_string())
                .pipe(|query| Self::bind_organization_columns(query, columns))
                .bind(serde_json::to_string(&updated.details)?)
                .bind(updated.updated_at.to_string())
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(updated)
            }

            async fn archive_organization(&self, id: uuid::Uuid) -> Result<mitra_domain::Organization, $crate::StoreError> {
                let now = $crate::sql::now().to_string();
                let mut tx = self.pool.begin().await?;
                let changed = sqlx::query("UPDATE organizations SET archived_at = $2, updated_at = $2 WHERE id = $1 AND archived_at IS NULL")
                    .bind(id.to_string())
                    .bind(&now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if changed > 0 {
                    sqlx::query("UPDATE opportunities SET archived_at = $2, updated_at = $2 WHERE partner_id = $1 AND archived_at IS NULL")
                        .bind(id.to_string())
                        .bind(&now)
                        .execute(&mut *tx)
                        .await?;
                    Self::bump_opportunities(&mut tx).await?;
                }
                tx.commit().await?;
                self.organization(id).await
            }

            async fn list_organizations(
                &self,
                filter: &$crate::OrganizationFilter,
                page: $crate::Page,
            ) -> Result<$crate::Listed<mitra_domain::Organization>, $crate::StoreError> {
                let mut query = sqlx::QueryBuilder::<$db>::new(
                    "SELECT id, body, created_at, updated_at, archived_at FROM organizations WHERE 1 = 1",
                );
                if !filter.include_archived {
                    query.push(" AND archived_at IS NULL");
                }
                if let Some(kind) = filter.kind {
                    query.push(" AND kind = ").push_bind(kind.as_str());
                }
                if let Some(country) = filter.country {
                    query.push(" AND country = ").push_bind(country.to_string());
                }
                if let Some(region) = &filter.region {
                    query.push(" AND region_key = ").push_bind(region.trim().to_lowercase());
                }
                if let Some(industry) = &filter.industry {
                    let code = industry.trim().to_uppercase();
                    query
                        .push(" AND (industry_path LIKE ")
                        .push_bind($crate::columns::contains_pattern(&format!(" {code} ")))
                        .push(" ESCAPE '\\' OR industry_path LIKE ")
                        .push_bind($crate::columns::contains_pattern(&format!(" u:{code} ")))
                        .push(" ESCAPE '\\')");
                }
                if let Some(naics) = &filter.naics {
                    let token = format!(" n:{} ", naics.trim());
                    query.push(" AND industry_path LIKE ").push_bind($crate::columns::contains_pattern(&token)).push(" ESCAPE '\\'");
                }
                if let Some(size_class) = filter.size_class {
                    query.push(" AND size_class = ").push_bind(size_class.as_str());
                }
                if let Some(channel) = filter.channel {
                    query.push(" AND channels LIKE ").push_bind(format!("%,{},%", channel.as_str()));
                }
                for (column, wanted) in [("women_led", filter.women_led), ("youth_led", filter.youth_led), ("veteran_led", filter.veteran_led)] {
                    if let Some(wanted) = wanted {
                        query.push(format!(" AND {column} = ")).push_bind(wanted);
                    }
                }
                for word in filter.text.iter().flat_map(|t| t.split_whitespace()) {
                    query.push(" AND search_text LIKE ").push_bind($crate::columns::contains_pattern(&word.to_lowercase())).push(" ESCAPE '\\'");
                }
                if let Some(after) = page.after {
                    query.push(" AND id > ").push_bind(after.to_string());
                }
                query.push(" ORDER BY id LIMIT ").push_bind(i64::from(page.limit) + 1);
                let rows = query.build().fetch_all(&self.pool).await?;
                let items = rows.iter().map($crate::sql::organization_from_row).collect::<Result<Vec<_>, _>>()?;
                Ok($crate::sql::paged(items, page.limit, |o| o.id))
            }

            async fn create_opportunity(
                &self,
                draft: mitra_domain::OpportunityDraft,
            ) -> Result<mitra_domain::Opportunity, $crate::StoreError> {
                let opportunity = $crate::sql::new_opportunity(draft);
                let mut tx = self.pool.begin().await?;
                Self::insert_opportunity(&mut tx, &opportunity).await?;
                tx.commit().await?;
                Ok(opportunity)
            }

            async fn opportunity(&self, id: uuid::Uuid) -> Result<mitra_domain::Opportunity, $crate::StoreError> {
                let row = sqlx::query("SELECT id, body, created_at, updated_at, archived_at FROM opportunities WHERE id = $1")
                    .bind(id.to_string())
                    .fetch_optional(&self.pool)
                    .await?
                    .ok_or($crate::StoreError::NotFound { entity: "opportunity", id })?;
                $crate::sql::opportunity_from_row(&row)
            }

            async fn update_opportunity(
                &self,
                id: uuid::Uuid,
                draft: mitra_domain::OpportunityDraft,
            ) -> Result<mitra_domain::Opportunity, $crate::StoreError> {
                let mut tx = self.pool.begin().await?;
                if !Self::lock_live_opportunity(&mut tx, id).await? {
                    tx.rollback().await?;
                    let current = self.opportunity(id).await?;
                    debug_assert!(current.archived_at.is_some());
                    return Err($crate::StoreError::Conflict(format!("opportunity {id} is archived and cannot be changed")));
                }
                let current = sqlx::query("SELECT id, body, created_at, updated_at, archived_at FROM opportunities WHERE id = $1")
                    .bind(id.to_string())
                    .fetch_one(&mut *tx)
                    .await?;
                let current = $crate::sql::opportunity_from_row(&current)?;
                if draft.partner_id != current.details.partner_id {
                    return Err($crate::StoreError::Conflict("an opportunity cannot move to another partner".to_owned()));
                }
                let updated = mitra_domain::Opportunity { details: draft, updated_at: $crate::sql::now(), ..current };
                let columns = $crate::columns::OpportunityColumns::of(&updated.details);
                sqlx::query(
                    "UPDATE opportunities SET channel = $2, country = $3, region_keys = $4, languages = $5, \
                     opens_on = $6, closes_on = $7, search_text = $8, body = $9, updated_at = $10 WHERE id = $1",
                )
                .bind(id.to_string())
                .pipe(|query| Self::bind_opportunity_columns(query, columns))
                .bind(serde_json::to_string(&updated.details)?)
                .bind(updated.updated_at.to_string())
                .execute(&mut *tx)
                .await?;
                Self::bump_opportunities(&mut tx).await?;
                tx.commit().await?;
                Ok(updated)
            }

            async fn archive_opportunity(&self, id: uuid::Uuid) -> Result<mitra_domain::Opportunity, $crate::StoreError> {
                let now = $crate::sql::now().to_string();
                let mut tx = self.pool.begin().await?;
                let changed = sqlx::query("UPDATE opportunities SET archived_at = $2, updated_at = $2 WHERE id = $1 AND archived_at IS NULL")
                    .bind(id.to_string())
                    .bind(&now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if changed > 0 {
                    Self::bump_opportunities(&mut tx).await?;
                }
                tx.commit().await?;
                self.opportunity(id).await
            }

            async fn list_opportunities(
                &self,
                filter: &$crate::OpportunityFilter,
                page: $crate::Page,
            ) -> Result<$crate::Listed<mitra_domain::Opportunity>, $crate::StoreError> {
                let mut query = sqlx::QueryBuilder::<$db>::new(
                    "SELECT id, body, created_at, updated_at, archived_at FROM opportunities WHERE 1 = 1",
                );
                if !filter.include_archived {
                    query.push(" AND archived_at IS NULL");
                }
                if let Some(partner_id) = filter.partner_id {
                    query.push(" AND partner_id = ").push_bind(partner_id.to_string());
                }
                if let Some(channel) = filter.channel {
                    query.push(" AND channel = ").push_bind(channel.as_str());
                }
                if let Some(country) = filter.country {
                    query.push(" AND country = ").push_bind(country.to_string());
                }
                if let Some(region) = &filter.region {
                    query
                        .push(" AND (region_keys = '||' OR region_keys LIKE ")
                        .push_bind($crate::columns::contains_pattern(&format!("|{}|", $crate::columns::region_key(region))))
                        .push(" ESCAPE '\\')");
                }
                if let Some(language) = filter.language {
                    query.push(" AND languages LIKE ").push_bind(format!("%,{},%", language.code()));
                }
                for word in filter.text.iter().flat_map(|t| t.split_whitespace()) {
                    query.push(" AND search_text LIKE ").push_bind($crate::columns::contains_pattern(&word.to_lowercase())).push(" ESCAPE '\\'");
                }
                if let Some(after) = page.after {
                    query.push(" AND id > ").push_bind(after.to_string());
                }
                query.push(" ORDER BY id LIMIT ").push_bind(i64::from(page.limit) + 1);
                let rows = query.build().fetch_all(&self.pool).await?;
                let items = rows.iter().map($crate::sql::opportunity_from_row).collect::<Result<Vec<_>, _>>()?;
                Ok($crate::sql::paged(items, page.limit, |o| o.id))
            }

            async fn insert_all(
                &self,
                organizations: Vec<mitra_domain::OrganizationDraft>,
                opportunities: Vec<mitra_domain::OpportunityDraft>,
            ) -> Result<(Vec<mitra_domain::Organization>, Vec<mitra_domain::Opportunity>), $crate::StoreError> {
                let organizations: Vec<_> = organizations.into_iter().map($crate::sql::new_organization).collect();
                let opportunities: Vec<_> = opportunities.into_iter().map($crate::sql::new_opportunity).collect();
                let mut tx = self.pool.begin().await?;
                for organization in &organizations {
                    Self::insert_organization(&mut tx, organization).await?;
                }
                for opportunity in &opportunities {
                    Self::insert_opportunity(&mut tx, opportunity).await?;
                }
                tx.commit().await?;
                Ok((organizations, opportunities))
            }

            async fn counts(&self) -> Result<$crate::Counts, $crate::StoreError> {
                let (organizations, msmes): (i64, i64) = sqlx::query_as(
                    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN kind = 'msme' THEN 1 ELSE 0 END), 0) \
                     FROM organizations WHERE archived_at IS NULL",
                )
                .fetch_one(&self.pool)
                .await?;
                let opportunities: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM opportunities WHERE archived_at IS NULL")
                    .fetch_one(&self.pool)
                    .await?;
                let count = |n: i64| u64::try_from(n).unwrap_or_default();
                Ok($crate::Counts { organizations: count(organizations), msmes: count(msmes), opportunities: count(opportunities) })
            }

            async fn opportunities_version(&self) -> Result<i64, $crate::StoreError> {
                Ok(sqlx::query_scalar("SELECT value FROM change_counters WHERE name = 'opportunities'")
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn live_opportunities(&self) -> Result<(i64, Vec<mitra_domain::Opportunity>), $crate::StoreError> {
                let mut tx = self.pool.begin().await?;
                let version: i64 = sqlx::query_scalar("SELECT value FROM change_counters WHERE name = 'opportunities'")
                    .fetch_one(&mut *tx)
                    .await?;
                let rows = sqlx::query(
                    "SELECT id, body, created_at, updated_at, archived_at FROM opportunities WHERE archived_at IS NULL ORDER BY id",
                )
                .fetch_all(&mut *tx)
                .await?;
                tx.commit().await?;
                let opportunities = rows.iter().map($crate::sql::opportunity_from_row).collect::<Result<Vec<_>, _>>()?;
                Ok((version, opportunities))
            }

            async fn refresh_indexes(&self, on: jiff::civil::Date) -> Result<u64, $crate::StoreError> {
                use sqlx::Row as _;
                let rows = sqlx::query(
                    "SELECT id, body, created_at, updated_at, archived_at, kind, name, country, region_key, \
                     industry_code, industry_path, size_class, channels, women_led, youth_led, veteran_led, \
                     search_text FROM organizations",
                )
                .fetch_all(&self.pool)
                .await?;
                let mut changed = 0;
                for row in &rows {
                    let organization = $crate::sql::organization_from_row(row)?;
                    let stored = $crate::columns::StoredColumns {
                        kind: row.try_get("kind")?,
                        name: row.try_get("name")?,
                        country: row.try_get("country")?,
                        region_key: row.try_get("region_key")?,
                        industry_code: row.try_get("industry_code")?,
                        industry_path: row.try_get("industry_path")?,
                        size_class: row.try_get("size_class")?,
                        channels: row.try_get("channels")?,
                        women_led: row.try_get("women_led")?,
                        youth_led: row.try_get("youth_led")?,
                        veteran_led: row.try_get("veteran_led")?,
                        search_text: row.try_get("search_text")?,
                    };
                    let columns = $crate::columns::OrganizationColumns::of(&organization.details, on);
                    if columns.matches(&stored) {
                        continue;
                    }
                    // Only if the record is unchanged since it was read: a concurrent update
                    // has already written columns from the newer body.
                    let written = sqlx::query(
                        "UPDATE organizations SET kind = $3, name = $4, country = $5, region_key = $6, industry_code = $7, \
                         industry_path = $8, size_class = $9, channels = $10, women_led = $11, youth_led = $12, \
                         veteran_led = $13, search_text = $14 WHERE id = $1 AND updated_at = $2",
                    )
                    .bind(organization.id.to_string())
                    .bind(organization.updated_at.to_string())
                    .pipe(|query| Self::bind_organization_columns(query, columns))
                    .execute(&self.pool)
                    .await?
                    .rows_affected();
                    changed += written;
                }
                Ok(changed)
            }

            async fn ping(&self) -> Result<(), $crate::StoreError> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }
        }
    };
}

pub(crate) use store_impl;

/// `value.pipe(f)` is `f(value)`, so that a helper can sit in the middle of a builder chain.
pub(crate) trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}

impl<T> Pipe for T {}

use jiff::Timestamp;
use mitra_domain::{Opportunity, OpportunityDraft, Organization, OrganizationDraft};
use sqlx::Row;
use uuid::Uuid;

use crate::{Listed, StoreError};

pub(crate) fn now() -> Timestamp {
    Timestamp::now()
}

pub(crate) fn today() -> jiff::civil::Date {
    jiff::tz::TimeZone::UTC.to_datetime(now()).date()
}

pub(crate) fn new_organization(details: OrganizationDraft) -> Organization {
    let now = now();
    Organization { id: Uuid::now_v7(), details, created_at: now, updated_at: now, archived_at: None }
}

pub(crate) fn new_opportunity(details: OpportunityDraft) -> Opportunity {
    let now = now();
    Opportunity { id: Uuid::now_v7(), details, created_at: now, updated_at: now, archived_at: None }
}

/// The columns every record row has, read the same way on both backends.
struct Common<T> {
    id: Uuid,
    details: T,
    created_at: Timestamp,
    updated_at: Timestamp,
    archived_at: Option<Timestamp>,
}

fn common<'r, R, T>(row: &'r R) -> Result<Common<T>, StoreError>
where
    R: Row,
    &'static str: sqlx::ColumnIndex<R>,
    String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    T: serde::de::DeserializeOwned,
{
    let id: String = row.try_get("id")?;
    let body: String = row.try_get("body")?;
    let created_at: String = row.try_get("created_at")?;
    let updated_at: String = row.try_get("updated_at")?;
    let archived_at: Option<String> = row.try_get("archived_at")?;
    let bad = |column: &'static str, value: &str| StoreError::BadColumn { column, value: value.to_owned() };
    let timestamp = |column, value: &str| value.parse::<Timestamp>().map_err(|_| bad(column, value));
    Ok(Common {
        id: id.parse().map_err(|_| bad("id", &id))?,
        details: serde_json::from_str(&body)?,
        created_at: timestamp("created_at", &created_at)?,
        updated_at: timestamp("updated_at", &updated_at)?,
        archived_at: archived_at.as_deref().map(|a| timestamp("archived_at", a)).transpose()?,
    })
}

pub(crate) fn organization_from_row<'r, R>(row: &'r R) -> Result<Organization, StoreError>
where
    R: Row,
    &'static str: sqlx::ColumnIndex<R>,
    String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let c = common(row)?;
    Ok(Organization {
        id: c.id,
        details: c.details,
        created_at: c.created_at,
        updated_at: c.updated_at,
        archived_at: c.archived_at,
    })
}

pub(crate) fn opportunity_from_row<'r, R>(row: &'r R) -> Result<Opportunity, StoreError>
where
    R: Row,
    &'static str: sqlx::ColumnIndex<R>,
    String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let c = common(row)?;
    Ok(Opportunity {
        id: c.id,
        details: c.details,
        created_at: c.created_at,
        updated_at: c.updated_at,
        archived_at: c.archived_at,
    })
}

/// Cuts the one extra row a list query fetches and turns it into the next cursor.
pub(crate) fn paged<T>(mut items: Vec<T>, limit: u32, id: impl Fn(&T) -> Uuid) -> Listed<T> {
    let limit = limit as usize;
    let next = if items.len() > limit {
        items.truncate(limit);
        items.last().map(id)
    } else {
        None
    };
    Listed { items, next }
}
