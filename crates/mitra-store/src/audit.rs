//! The audit log: an append-only record of every change, written in the unit of work that
//! makes the change, so that a change and its entry commit together or not at all.

use jiff::Timestamp;
use uuid::Uuid;

use crate::StoreError;
use crate::accounts::{optional_uuid, uuid};
use crate::rows::{time_text, timestamp};
use crate::unit::{SqlUnit, each_backend};

/// One change: who made it, through which interface, to which record, and the record's
/// values before and after (`None` before a creation or after a removal).
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    /// Its place in the log, given when it is stored; `0` for a new entry.
    pub seq: i64,
    pub at: Timestamp,
    /// The user who made it; `None` for Mitra itself.
    pub user_id: Option<Uuid>,
    /// Who, as a person reads it: an email address, or `system`.
    pub actor: String,
    /// `api`, `web`, `cli` or `system`.
    pub interface: String,
    /// `organization`, `opportunity`, `user`, `membership`, `consent`, `api_token`, …
    pub entity: String,
    pub record_id: Uuid,
    /// `create`, `update`, `archive`, `grant`, `revoke`, …
    pub action: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// Which entries to list: all filters are optional and combine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub entity: Option<String>,
    pub record_id: Option<Uuid>,
    pub user_id: Option<Uuid>,
    pub action: Option<String>,
    /// Entries at or after this time.
    pub from: Option<Timestamp>,
    /// Entries before this time.
    pub until: Option<Timestamp>,
}

/// The audit log, within one unit of work.
#[async_trait::async_trait]
pub trait Audit {
    async fn append_audit(&mut self, entry: &AuditEntry) -> Result<(), StoreError>;
    /// Entries that match `filter`, newest first, before `before_seq` when given, at most `limit`.
    async fn audit_entries(
        &mut self,
        filter: &AuditFilter,
        before_seq: Option<i64>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError>;
}

type EntryColumns =
    (i64, String, Option<String>, String, String, String, String, String, Option<String>, Option<String>);

#[async_trait::async_trait]
impl Audit for SqlUnit {
    async fn append_audit(&mut self, entry: &AuditEntry) -> Result<(), StoreError> {
        let before = entry.before.as_ref().map(serde_json::to_string).transpose()?;
        let after = entry.after.as_ref().map(serde_json::to_string).transpose()?;
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO audit_entries (at, user_id, actor, interface, entity, record_id, action, before_json, after_json) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(time_text(entry.at))
            .bind(entry.user_id.map(|id| id.to_string()))
            .bind(&entry.actor)
            .bind(&entry.interface)
            .bind(&entry.entity)
            .bind(entry.record_id.to_string())
            .bind(&entry.action)
            .bind(before)
            .bind(after)
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn audit_entries(
        &mut self,
        filter: &AuditFilter,
        before_seq: Option<i64>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        // Every filter is bound, and an absent one matches everything.
        let select = "SELECT seq, at, user_id, actor, interface, entity, record_id, action, before_json, after_json \
             FROM audit_entries \
             WHERE ($1 IS NULL OR entity = $1) AND ($2 IS NULL OR record_id = $2) AND ($3 IS NULL OR user_id = $3) \
               AND ($4 IS NULL OR action = $4) AND ($5 IS NULL OR at >= $5) AND ($6 IS NULL OR at < $6) AND seq < $7 \
             ORDER BY seq DESC LIMIT $8";
        let rows: Vec<EntryColumns> = each_backend!(self, |tx| {
            sqlx::query_as(select)
                .bind(filter.entity.as_deref())
                .bind(filter.record_id.map(|id| id.to_string()))
                .bind(filter.user_id.map(|id| id.to_string()))
                .bind(filter.action.as_deref())
                .bind(filter.from.map(time_text))
                .bind(filter.until.map(time_text))
                .bind(before_seq.unwrap_or(i64::MAX))
                .bind(i64::from(limit))
                .fetch_all(&mut **tx)
                .await?
        });
        rows.into_iter()
            .map(|(seq, at, user_id, actor, interface, entity, record_id, action, before, after)| {
                Ok(AuditEntry {
                    seq,
                    at: timestamp("audit_entries.at", &at)?,
                    user_id: optional_uuid("audit_entries.user_id", user_id)?,
                    actor,
                    interface,
                    entity,
                    record_id: uuid("audit_entries.record_id", &record_id)?,
                    action,
                    before: before.as_deref().map(serde_json::from_str).transpose()?,
                    after: after.as_deref().map(serde_json::from_str).transpose()?,
                })
            })
            .collect()
    }
}
