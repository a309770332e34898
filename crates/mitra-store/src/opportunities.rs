//! Opportunities: what partners offer, and the counter that moves with every change to them.

use jiff::Timestamp;
use mitra_domain::{Checked, Listed, Opportunity, OpportunityDraft, OpportunityQuery, Page};
use uuid::Uuid;

use crate::StoreError;
use crate::columns::{
    ListQuery, Matched, OpportunityColumns, Pipe as _, Shape, contains_pattern, region_key,
};
use crate::rows::{
    RECORD_COLUMNS, RecordRow, TAKE_FROM_COUNTER, change_time, check_version, paged, stored_time, time_text,
};
use crate::unit::{SqlUnit, each_backend};

/// The opportunities of the registry, within one unit of work. Every change moves the
/// opportunities' version in the same transaction.
#[async_trait::async_trait]
pub trait Opportunities {
    /// Stores a new opportunity of a live partner under `id`, or fails with
    /// `MissingReference` naming `partner_id`.
    async fn insert_opportunity(
        &mut self,
        id: Uuid,
        details: &Checked<OpportunityDraft>,
        at: Timestamp,
    ) -> Result<Opportunity, StoreError>;

    /// An opportunity, archived or not.
    async fn opportunity(&mut self, id: Uuid) -> Result<Option<Opportunity>, StoreError>;

    /// An opportunity, locked against other writers until the unit of work ends.
    async fn lock_opportunity(&mut self, id: Uuid) -> Result<Option<Opportunity>, StoreError>;

    /// Replaces the content of a live opportunity, changed at `at` (or just after its last
    /// change, if `at` is earlier), if it is still at version `expected` when one is given. Whether it may move to
    /// another partner is the caller's rule; the store keeps the record and its columns alike.
    async fn update_opportunity(
        &mut self,
        id: Uuid,
        details: &Checked<OpportunityDraft>,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<Opportunity, StoreError>;

    /// Archives a live opportunity at `at`, if it is still at version `expected` when
    /// one is given; an archived one keeps its first archive time and version.
    async fn archive_opportunity(
        &mut self,
        id: Uuid,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<Opportunity, StoreError>;

    /// Archives every live opportunity of a partner at `at`; returns how many.
    async fn archive_opportunities_of(&mut self, partner_id: Uuid, at: Timestamp) -> Result<u64, StoreError>;

    /// A page of the opportunities `query` asks for, in the order of their ids.
    async fn list_opportunities(
        &mut self,
        query: &OpportunityQuery,
        page: Page,
    ) -> Result<Listed<Opportunity>, StoreError>;

    /// How many opportunities `query` asks for, counted up to `most`.
    async fn count_matching_opportunities(
        &mut self,
        query: &OpportunityQuery,
        most: u64,
    ) -> Result<u64, StoreError>;

    /// Live opportunities.
    async fn count_opportunities(&mut self) -> Result<u64, StoreError>;

    /// A number that changes whenever any opportunity is created, changed or archived, by this
    /// process or another one sharing the database.
    async fn opportunities_version(&mut self) -> Result<i64, StoreError>;

    /// Every live opportunity, oldest first.
    async fn live_opportunities(&mut self) -> Result<Vec<Opportunity>, StoreError>;

    /// The opportunities created, changed or archived after the change counter stood at
    /// `version` (archived ones included), in the order of their changes; `None` when there
    /// are more than `limit`, so that a reader rebuilds instead.
    async fn opportunities_changed_since(
        &mut self,
        version: i64,
        limit: usize,
    ) -> Result<Option<Vec<Opportunity>>, StoreError>;
}

#[async_trait::async_trait]
impl Opportunities for SqlUnit {
    async fn insert_opportunity(
        &mut self,
        id: Uuid,
        details: &Checked<OpportunityDraft>,
        at: Timestamp,
    ) -> Result<Opportunity, StoreError> {
        let partner_id = details.partner_id;
        let partner_is_live =
            self.lock_organization_for_reference(partner_id).await?.is_some_and(|archived| !archived);
        if !partner_is_live {
            return Err(StoreError::MissingReference { field: "partner_id", id: partner_id });
        }
        let at = stored_time(at);
        let body = serde_json::to_string(details.get())?;
        let changed = self.bump_opportunities_version().await?;
        let seq = self.next_key("opportunities.seq").await?;
        each_backend!(self, |tx| {
            let columns = OpportunityColumns::of(details);
            sqlx::query(
                "INSERT INTO opportunities (id, partner_id, channel, country, region_keys, languages, \
                 opens_on, closes_on, search_text, body, created_at, updated_at, archived_at, seq, version, \
                 changed, programme_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, NULL, $13, 1, \
                 $14, $15)",
            )
            .bind(id.to_string())
            .bind(partner_id.to_string())
            .pipe(|query| columns.bind(query))
            .bind(&body)
            .bind(time_text(at))
            .bind(time_text(at))
            .bind(seq)
            .bind(changed)
            .bind(details.programme_id.map(|id| id.to_string()))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(Opportunity {
            id,
            details: details.get().clone(),
            created_at: at,
            updated_at: at,
            archived_at: None,
            version: 1,
        })
    }

    async fn opportunity(&mut self, id: Uuid) -> Result<Option<Opportunity>, StoreError> {
        Ok(self.record("opportunities", id, false).await?.map(Opportunity::from))
    }

    async fn lock_opportunity(&mut self, id: Uuid) -> Result<Option<Opportunity>, StoreError> {
        Ok(self.record("opportunities", id, true).await?.map(Opportunity::from))
    }

    async fn update_opportunity(
        &mut self,
        id: Uuid,
        details: &Checked<OpportunityDraft>,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<Opportunity, StoreError> {
        let current =
            self.lock_opportunity(id).await?.ok_or(StoreError::NotFound { entity: "opportunity", id })?;
        if current.archived_at.is_some() {
            return Err(StoreError::Archived { entity: "opportunity", id });
        }
        check_version("opportunity", id, expected, current.version)?;
        let at = change_time(at, current.updated_at);
        let body = serde_json::to_string(details.get())?;
        let changed = self.bump_opportunities_version().await?;
        each_backend!(self, |tx| {
            let columns = OpportunityColumns::of(details);
            sqlx::query(
                "UPDATE opportunities SET channel = $2, country = $3, region_keys = $4, languages = $5, \
                 opens_on = $6, closes_on = $7, search_text = $8, body = $9, updated_at = $10, partner_id = $11, \
                 version = version + 1, changed = $12, programme_id = $13 WHERE id = $1",
            )
            .bind(id.to_string())
            .pipe(|query| columns.bind(query))
            .bind(&body)
            .bind(time_text(at))
            .bind(details.partner_id.to_string())
            .bind(changed)
            .bind(details.programme_id.map(|id| id.to_string()))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(Opportunity {
            details: details.get().clone(),
            updated_at: at,
            version: current.version + 1,
            ..current
        })
    }

    async fn archive_opportunity(
        &mut self,
        id: Uuid,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<Opportunity, StoreError> {
        let (record, changed) =
            self.archive_record(("opportunities", "opportunity"), id, expected, at).await?;
        if changed {
            let changed = self.bump_opportunities_version().await?;
            each_backend!(self, |tx| {
                sqlx::query("UPDATE opportunities SET changed = $2 WHERE id = $1")
                    .bind(id.to_string())
                    .bind(changed)
                    .execute(&mut **tx)
                    .await?
                    .rows_affected()
            });
        }
        Ok(Opportunity::from(record))
    }

    async fn archive_opportunities_of(&mut self, partner_id: Uuid, at: Timestamp) -> Result<u64, StoreError> {
        let at = stored_time(at);
        // Nobody can add an opportunity for the partner meanwhile: that takes the partner's
        // row, which archiving it holds. So when it has none live, the counter stays.
        let any: Option<i64> = each_backend!(self, |tx| {
            sqlx::query_scalar(
                "SELECT seq FROM opportunities WHERE partner_id = $1 AND archived_at IS NULL LIMIT 1",
            )
            .bind(partner_id.to_string())
            .fetch_optional(&mut **tx)
            .await?
        });
        if any.is_none() {
            return Ok(0);
        }
        let changed = self.bump_opportunities_version().await?;
        let archived = each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE opportunities SET archived_at = $2, updated_at = $2, version = version + 1, \
                 changed = $3 WHERE partner_id = $1 AND archived_at IS NULL",
            )
            .bind(partner_id.to_string())
            .bind(time_text(at))
            .bind(changed)
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(archived)
    }

    async fn list_opportunities(
        &mut self,
        query: &OpportunityQuery,
        page: Page,
    ) -> Result<Listed<Opportunity>, StoreError> {
        // The page is bounded here too, whatever the caller built.
        let limit = page.limit().min(mitra_domain::query::MAX_PAGE_SIZE);
        match self.opportunities_matching(query, Shape::Page { after: page.after(), limit }).await? {
            Matched::Page(listed) => Ok(listed),
            Matched::Count(_) => unreachable!("a page was asked for"),
        }
    }

    async fn count_matching_opportunities(
        &mut self,
        query: &OpportunityQuery,
        most: u64,
    ) -> Result<u64, StoreError> {
        match self.opportunities_matching(query, Shape::Count { most }).await? {
            Matched::Count(count) => Ok(count),
            Matched::Page(_) => unreachable!("a count was asked for"),
        }
    }

    async fn count_opportunities(&mut self) -> Result<u64, StoreError> {
        let count: i64 = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT COUNT(*) FROM opportunities WHERE archived_at IS NULL")
                .fetch_one(&mut **tx)
                .await?
        });
        Ok(u64::try_from(count).unwrap_or_default())
    }

    async fn opportunities_version(&mut self) -> Result<i64, StoreError> {
        Ok(each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT value FROM change_counters WHERE name = 'opportunities'")
                .fetch_one(&mut **tx)
                .await?
        }))
    }

    async fn live_opportunities(&mut self) -> Result<Vec<Opportunity>, StoreError> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {RECORD_COLUMNS} FROM opportunities WHERE archived_at IS NULL ORDER BY seq"
        ));
        each_backend!(self, |tx| {
            let rows = sqlx::query(sql).fetch_all(&mut **tx).await?;
            rows.iter().map(|row| row.record().map(Opportunity::from)).collect()
        })
    }

    async fn opportunities_changed_since(
        &mut self,
        version: i64,
        limit: usize,
    ) -> Result<Option<Vec<Opportunity>>, StoreError> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {RECORD_COLUMNS} FROM opportunities WHERE changed > $1 ORDER BY changed, seq LIMIT $2"
        ));
        let fetched = i64::try_from(limit).unwrap_or(i64::MAX - 1) + 1;
        let changed: Vec<Opportunity> = each_backend!(self, |tx| {
            let rows = sqlx::query(sql).bind(version).bind(fetched).fetch_all(&mut **tx).await?;
            rows.iter().map(|row| row.record().map(Opportunity::from)).collect::<Result<_, _>>()?
        });
        Ok((changed.len() <= limit).then_some(changed))
    }
}

impl SqlUnit {
    /// Bumps the opportunities' change counter inside this unit of work, once however many
    /// changes it makes, and returns its new value, which the changed rows record in `changed`.
    /// The counter's row stays locked until the unit commits, so changes commit in counter
    /// order, and a reader that sees the value sees every change of the unit.
    async fn bump_opportunities_version(&mut self) -> Result<i64, StoreError> {
        if let Some(value) = self.opportunities_change {
            return Ok(value);
        }
        let value = each_backend!(self, |tx| {
            sqlx::query_scalar(TAKE_FROM_COUNTER)
                .bind("opportunities")
                .bind(1i64)
                .fetch_one(&mut **tx)
                .await?
        });
        self.opportunities_change = Some(value);
        Ok(value)
    }

    /// Locks the organisation an opportunity refers to, so that it cannot be archived before
    /// this unit of work commits: `Some(archived)` when it exists.
    async fn lock_organization_for_reference(&mut self, id: Uuid) -> Result<Option<bool>, StoreError> {
        use crate::Organizations as _;
        Ok(self.lock_organization(id).await?.map(|o| o.archived_at.is_some()))
    }
}

impl SqlUnit {
    /// The opportunities `query` asks for, as `shape` says (see `organizations_matching`).
    async fn opportunities_matching(
        &mut self,
        query: &OpportunityQuery,
        shape: Shape,
    ) -> Result<Matched<Opportunity>, StoreError> {
        let postgres = self.is_postgres();
        each_backend!(self, |tx| {
            let mut list = ListQuery::new(
                "opportunities",
                postgres,
                query.text.as_deref(),
                query.country.map(|c| c.to_string()),
                None,
                None,
                shape,
            );
            let sql = &mut list.sql;
            if !query.include_archived {
                sql.push(" AND archived_at IS NULL");
            }
            if let Some(partner_id) = query.partner_id {
                sql.push(" AND partner_id = ").push_bind(partner_id.to_string());
            }
            if let Some(channel) = query.channel {
                sql.push(" AND channel = ").push_bind(channel.as_str());
            }
            if let Some(country) = query.country {
                sql.push(" AND opportunities.country = ").push_bind(country.to_string());
            }
            if let Some(region) = &query.region {
                sql.push(" AND (region_keys = '||' OR region_keys LIKE ")
                    .push_bind(contains_pattern(&format!("|{}|", region_key(region))))
                    .push(" ESCAPE '\\')");
            }
            if let Some(language) = query.language {
                sql.push(" AND languages LIKE ").push_bind(format!("%,{},%", language.code()));
            }
            if let Some(on) = query.open_on {
                // ISO dates compare as text in date order.
                let on = on.to_string();
                sql.push(" AND (opens_on IS NULL OR opens_on <= ").push_bind(on.clone()).push(")");
                sql.push(" AND (closes_on IS NULL OR closes_on >= ").push_bind(on).push(")");
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
                    let items =
                        rows.iter()
                            .map(|row| row.record().map(Opportunity::from))
                            .collect::<Result<Vec<_>, _>>()?;
                    Ok(Matched::Page(paged(items, limit, |o| o.id)))
                }
            }
        })
    }
}
