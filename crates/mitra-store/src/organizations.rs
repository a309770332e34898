//! Organisations: MSMEs and partners.

use jiff::Timestamp;
use jiff::civil::Date;
use mitra_domain::{Checked, Listed, Organization, OrganizationDraft, OrganizationQuery, Page};
use sqlx::Row as _;
use uuid::Uuid;

use crate::StoreError;
use crate::columns::{
    ListQuery, MOST_EXPANSIONS, Matched, OrganizationColumns, Pipe as _, Shape, StoredColumns,
    WordExpansions, driving_word, prefix_pattern,
};
use crate::rows::{RECORD_COLUMNS, RecordRow, change_time, check_version, paged, stored_time, time_text};
use crate::unit::{SqlUnit, each_backend};

/// The organisations of the registry, within one unit of work.
#[async_trait::async_trait]
pub trait Organizations {
    /// Stores a new organisation under `id`, created at `at`; its filter columns hold the size
    /// class in force on `today`.
    async fn insert_organization(
        &mut self,
        id: Uuid,
        details: &Checked<OrganizationDraft>,
        at: Timestamp,
        today: Date,
    ) -> Result<Organization, StoreError>;

    /// An organisation, archived or not.
    async fn organization(&mut self, id: Uuid) -> Result<Option<Organization>, StoreError>;

    /// The organisations of `ids` that exist, archived or not, by id: a few statements for
    /// thousands of ids.
    async fn organizations_by_id(
        &mut self,
        ids: &[Uuid],
    ) -> Result<std::collections::HashMap<Uuid, Organization>, StoreError>;

    /// An organisation, locked against other writers until the unit of work ends.
    async fn lock_organization(&mut self, id: Uuid) -> Result<Option<Organization>, StoreError>;

    /// Replaces the content of a live organisation, changed at `at` (or just after its last
    /// change, if `at` is earlier), if it is still at version `expected` when one is given.
    async fn update_organization(
        &mut self,
        id: Uuid,
        details: &Checked<OrganizationDraft>,
        expected: Option<u64>,
        at: Timestamp,
        today: Date,
    ) -> Result<Organization, StoreError>;

    /// Archives a live organisation at `at`, if it is still at version `expected` when
    /// one is given; an archived one keeps its first archive time and version.
    async fn archive_organization(
        &mut self,
        id: Uuid,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<Organization, StoreError>;

    /// A page of the organisations `query` asks for, in the order of their ids.
    async fn list_organizations(
        &mut self,
        query: &OrganizationQuery,
        page: Page,
    ) -> Result<Listed<Organization>, StoreError>;

    /// How many organisations `query` asks for, counted up to `most`.
    async fn count_matching_organizations(
        &mut self,
        query: &OrganizationQuery,
        most: u64,
    ) -> Result<u64, StoreError>;

    /// Live organisations, and how many of them are MSMEs.
    async fn count_organizations(&mut self) -> Result<(u64, u64), StoreError>;

    /// Recomputes the filter columns of up to `limit` organisations after `after` (in id
    /// order, archived ones too) with the size rules in force on `today`, writing those that
    /// differ. A record changed since it was read is left to its own write.
    async fn refresh_organization_columns(
        &mut self,
        after: Option<Uuid>,
        limit: u32,
        today: Date,
    ) -> Result<ColumnRefresh, StoreError>;
}

/// What one batch of [`Organizations::refresh_organization_columns`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnRefresh {
    pub scanned: u64,
    pub changed: u64,
    /// The last id scanned, where the next batch starts; `None` when the batch was the last.
    pub last: Option<Uuid>,
}

/// The twelve filter columns, in the order every statement here lists them.
const FILTER_COLUMNS: &str = "kind, name, country, region_key, industry_code, industry_path, size_class, \
                              channels, women_led, youth_led, veteran_led, search_text";

#[async_trait::async_trait]
impl Organizations for SqlUnit {
    async fn insert_organization(
        &mut self,
        id: Uuid,
        details: &Checked<OrganizationDraft>,
        at: Timestamp,
        today: Date,
    ) -> Result<Organization, StoreError> {
        let at = stored_time(at);
        let body = serde_json::to_string(details.get())?;
        let seq = self.next_key("organizations.seq").await?;
        each_backend!(self, |tx| {
            let columns = OrganizationColumns::of(details, today);
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO organizations (id, {FILTER_COLUMNS}, body, created_at, updated_at, archived_at, seq, version) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, NULL, $17, 1)"
            )))
            .bind(id.to_string())
            .pipe(|query| columns.bind(query))
            .bind(&body)
            .bind(time_text(at))
            .bind(time_text(at))
            .bind(seq)
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(Organization {
            id,
            details: details.get().clone(),
            created_at: at,
            updated_at: at,
            archived_at: None,
            version: 1,
        })
    }

    async fn organization(&mut self, id: Uuid) -> Result<Option<Organization>, StoreError> {
        Ok(self.record("organizations", id, false).await?.map(Organization::from))
    }

    async fn lock_organization(&mut self, id: Uuid) -> Result<Option<Organization>, StoreError> {
        Ok(self.record("organizations", id, true).await?.map(Organization::from))
    }

    async fn organizations_by_id(
        &mut self,
        ids: &[Uuid],
    ) -> Result<std::collections::HashMap<Uuid, Organization>, StoreError> {
        let mut found = std::collections::HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(crate::rows::IDS_PER_STATEMENT) {
            let sql = format!(
                "SELECT {RECORD_COLUMNS} FROM organizations WHERE id IN ({})",
                self.in_list(chunk.len())
            );
            let records: Vec<Organization> = each_backend!(self, |tx| {
                let mut select = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()));
                for id in chunk {
                    select = select.bind(id.to_string());
                }
                let rows = select.fetch_all(&mut **tx).await?;
                rows.iter().map(|row| row.record().map(Organization::from)).collect::<Result<Vec<_>, _>>()?
            });
            found.extend(records.into_iter().map(|o| (o.id, o)));
        }
        Ok(found)
    }

    async fn update_organization(
        &mut self,
        id: Uuid,
        details: &Checked<OrganizationDraft>,
        expected: Option<u64>,
        at: Timestamp,
        today: Date,
    ) -> Result<Organization, StoreError> {
        let current =
            self.lock_organization(id).await?.ok_or(StoreError::NotFound { entity: "organization", id })?;
        if current.archived_at.is_some() {
            return Err(StoreError::Archived { entity: "organization", id });
        }
        check_version("organization", id, expected, current.version)?;
        let at = change_time(at, current.updated_at);
        let body = serde_json::to_string(details.get())?;
        each_backend!(self, |tx| {
            let columns = OrganizationColumns::of(details, today);
            sqlx::query(
                "UPDATE organizations SET kind = $2, name = $3, country = $4, region_key = $5, industry_code = $6, \
                 industry_path = $7, size_class = $8, channels = $9, women_led = $10, youth_led = $11, \
                 veteran_led = $12, search_text = $13, body = $14, updated_at = $15, version = version + 1 WHERE id = $1",
            )
            .bind(id.to_string())
            .pipe(|query| columns.bind(query))
            .bind(&body)
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(Organization {
            details: details.get().clone(),
            updated_at: at,
            version: current.version + 1,
            ..current
        })
    }

    async fn archive_organization(
        &mut self,
        id: Uuid,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<Organization, StoreError> {
        let (record, _changed) =
            self.archive_record(("organizations", "organization"), id, expected, at).await?;
        Ok(Organization::from(record))
    }

    async fn list_organizations(
        &mut self,
        query: &OrganizationQuery,
        page: Page,
    ) -> Result<Listed<Organization>, StoreError> {
        // The page is bounded here too, whatever the caller built.
        let limit = page.limit().min(mitra_domain::query::MAX_PAGE_SIZE);
        match self.organizations_matching(query, Shape::Page { after: page.after(), limit }).await? {
            Matched::Page(listed) => Ok(listed),
            Matched::Count(_) => unreachable!("a page was asked for"),
        }
    }

    async fn count_matching_organizations(
        &mut self,
        query: &OrganizationQuery,
        most: u64,
    ) -> Result<u64, StoreError> {
        match self.organizations_matching(query, Shape::Count { most }).await? {
            Matched::Count(count) => Ok(count),
            Matched::Page(_) => unreachable!("a count was asked for"),
        }
    }

    async fn count_organizations(&mut self) -> Result<(u64, u64), StoreError> {
        let (all, msmes): (i64, i64) = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN kind = 'msme' THEN 1 ELSE 0 END), 0) \
                 FROM organizations WHERE archived_at IS NULL",
            )
            .fetch_one(&mut **tx)
            .await?
        });
        Ok((u64::try_from(all).unwrap_or_default(), u64::try_from(msmes).unwrap_or_default()))
    }

    async fn refresh_organization_columns(
        &mut self,
        after: Option<Uuid>,
        limit: u32,
        today: Date,
    ) -> Result<ColumnRefresh, StoreError> {
        let after = after.map(|id| id.to_string()).unwrap_or_default();
        each_backend!(self, |tx| {
            let sql = sqlx::AssertSqlSafe(format!(
                "SELECT {RECORD_COLUMNS}, {FILTER_COLUMNS} FROM organizations WHERE id > $1 ORDER BY id LIMIT $2"
            ));
            let rows = sqlx::query(sql).bind(&after).bind(i64::from(limit)).fetch_all(&mut **tx).await?;
            let mut refresh = ColumnRefresh { scanned: 0, changed: 0, last: None };
            for row in &rows {
                let organization = Organization::from(row.record::<OrganizationDraft>()?);
                refresh.scanned += 1;
                refresh.last = Some(organization.id);
                let stored = StoredColumns {
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
                let columns = OrganizationColumns::of(&organization.details, today);
                if columns.matches(&stored) {
                    continue;
                }
                // Only if the record is unchanged since it was read: a concurrent update has
                // already written columns from the newer body.
                let written = sqlx::query(
                    "UPDATE organizations SET kind = $3, name = $4, country = $5, region_key = $6, \
                     industry_code = $7, industry_path = $8, size_class = $9, channels = $10, women_led = $11, \
                     youth_led = $12, veteran_led = $13, search_text = $14 WHERE id = $1 AND updated_at = $2",
                )
                .bind(organization.id.to_string())
                .bind(time_text(organization.updated_at))
                .pipe(|query| columns.bind(query))
                .execute(&mut **tx)
                .await?
                .rows_affected();
                refresh.changed += written;
            }
            if rows.len() < limit as usize {
                refresh.last = None;
            }
            Ok(refresh)
        })
    }
}

impl SqlUnit {
    /// The organisations `query` asks for, as `shape` says: one query for the page and the
    /// count, so that the count is of exactly the records the pages list.
    async fn organizations_matching(
        &mut self,
        query: &OrganizationQuery,
        shape: Shape,
    ) -> Result<Matched<Organization>, StoreError> {
        let postgres = self.is_postgres();
        // An industry, or else a NAICS prefix, is a token of `organization_industries`.
        let industry = query.industry.as_ref().map(|code| code.trim().to_uppercase());
        let naics = query.naics.as_ref().map(|prefix| format!("n:{}", prefix.trim()));
        let (token, other_token) = match (industry, naics) {
            (Some(industry), naics) => (Some(industry), naics),
            (None, naics) => (naics, None),
        };
        let driving = query.text.as_deref().and_then(driving_word).filter(|_| postgres);
        each_backend!(self, |tx| {
            let expansions = match &driving {
                Some(prefix) => {
                    let words: Vec<String> = sqlx::query_scalar(
                        "SELECT word FROM search_vocabulary WHERE word LIKE $1 ORDER BY word LIMIT $2",
                    )
                    .bind(prefix_pattern(prefix))
                    .bind(MOST_EXPANSIONS as i64 + 1)
                    .fetch_all(&mut **tx)
                    .await?;
                    if words.len() <= MOST_EXPANSIONS {
                        // The merged expansions are read in order and stop after a page only if
                        // the planner neither hashes them nor splits them among workers.
                        sqlx::query("SET LOCAL enable_hashagg = off").execute(&mut **tx).await?;
                        sqlx::query("SET LOCAL max_parallel_workers_per_gather = 0")
                            .execute(&mut **tx)
                            .await?;
                        Some(WordExpansions { words, after: shape.after() })
                    } else {
                        None
                    }
                }
                None => None,
            };
            let mut list = ListQuery::new(
                "organizations",
                postgres,
                query.text.as_deref(),
                query.country.map(|c| c.to_string()),
                token.clone(),
                expansions,
                shape,
            );
            if let Some(token) = &other_token {
                list.push_token(token.clone());
            }
            let sql = &mut list.sql;
            if !query.include_archived {
                sql.push(" AND archived_at IS NULL");
            }
            if let Some(kind) = query.kind {
                sql.push(" AND kind = ").push_bind(kind.as_str());
            }
            if let Some(msmes) = &query.visible_msmes {
                sql.push(" AND (kind <> 'msme'");
                if !msmes.is_empty() {
                    sql.push(" OR organizations.id IN (");
                    let mut ids = sql.separated(", ");
                    for id in msmes {
                        ids.push_bind(id.to_string());
                    }
                    sql.push(")");
                }
                sql.push(")");
            }
            if let Some(country) = query.country {
                sql.push(" AND organizations.country = ").push_bind(country.to_string());
            }
            if let Some(region) = &query.region {
                sql.push(" AND region_key = ").push_bind(region.trim().to_lowercase());
            }
            if let Some(size_class) = query.size_class {
                sql.push(" AND size_class = ").push_bind(size_class.as_str());
            }
            if let Some(channel) = query.channel {
                sql.push(" AND channels LIKE ").push_bind(format!("%,{},%", channel.as_str()));
            }
            for (column, wanted) in [
                ("women_led", query.women_led),
                ("youth_led", query.youth_led),
                ("veteran_led", query.veteran_led),
            ] {
                if let Some(wanted) = wanted {
                    sql.push(format!(" AND {column} = ")).push_bind(wanted);
                }
            }
            list.push_shape(shape);
            let mut sql = list.sql;
            match shape {
                Shape::Count { .. } => {
                    let count: i64 = sql.build_query_scalar().fetch_one(&mut **tx).await?;
                    Ok(Matched::Count(u64::try_from(count).unwrap_or_default()))
                }
                Shape::Page { limit, .. } => {
                    let rows = sql.build().fetch_all(&mut **tx).await?;
                    let items = rows
                        .iter()
                        .map(|row| row.record().map(Organization::from))
                        .collect::<Result<Vec<_>, _>>()?;
                    Ok(Matched::Page(paged(items, limit, |o| o.id)))
                }
            }
        })
    }
}
