//! Eligibility rule sets: the versions of each opportunity's rules, never changed once saved.

use std::collections::HashSet;

use jiff::Timestamp;
use mitra_eligibility::{Criterion, RuleSet, RuleSetDraft};
use uuid::Uuid;

use crate::StoreError;
use crate::accounts::uuid;
use crate::rows::{bad, time_text, timestamp};
use crate::unit::{SqlUnit, each_backend};

/// Rule sets, within one unit of work.
#[async_trait::async_trait]
pub trait RuleSets {
    /// Saves `draft` (checked by the caller) as the opportunity's next version. The caller
    /// holds the opportunity's lock, so that two saves cannot take the same number.
    async fn insert_rule_set(
        &mut self,
        opportunity_id: Uuid,
        draft: &RuleSetDraft,
        saved_at: Timestamp,
    ) -> Result<RuleSet, StoreError>;
    /// Every version of an opportunity's rules, oldest first.
    async fn rule_sets(&mut self, opportunity_id: Uuid) -> Result<Vec<RuleSet>, StoreError>;
    /// The opportunities that have rules.
    async fn opportunities_with_rules(&mut self) -> Result<HashSet<Uuid>, StoreError>;
}

type RuleSetColumns = (String, i64, String, String, String);
const COLUMNS: &str = "opportunity_id, version, applies_from, body, saved_at";

fn rule_set_from(row: RuleSetColumns) -> Result<(Uuid, RuleSet), StoreError> {
    let (opportunity_id, version, applies_from, body, saved_at) = row;
    let criteria: Vec<Criterion> = serde_json::from_str(&body)?;
    Ok((
        uuid("rule_sets.opportunity_id", &opportunity_id)?,
        RuleSet {
            version: u32::try_from(version).map_err(|_| bad("rule_sets.version", &version.to_string()))?,
            applies_from: applies_from.parse().map_err(|_| bad("rule_sets.applies_from", &applies_from))?,
            criteria,
            saved_at: timestamp("rule_sets.saved_at", &saved_at)?,
        },
    ))
}

#[async_trait::async_trait]
impl RuleSets for SqlUnit {
    async fn insert_rule_set(
        &mut self,
        opportunity_id: Uuid,
        draft: &RuleSetDraft,
        saved_at: Timestamp,
    ) -> Result<RuleSet, StoreError> {
        let body = serde_json::to_string(&draft.criteria)?;
        let version: i64 = each_backend!(self, |tx| {
            sqlx::query_scalar(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM rule_sets WHERE opportunity_id = $1",
            )
            .bind(opportunity_id.to_string())
            .fetch_one(&mut **tx)
            .await?
        });
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO rule_sets (opportunity_id, version, applies_from, body, saved_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(opportunity_id.to_string())
            .bind(version)
            .bind(draft.applies_from.to_string())
            .bind(&body)
            .bind(time_text(saved_at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(RuleSet {
            version: u32::try_from(version).map_err(|_| bad("rule_sets.version", &version.to_string()))?,
            applies_from: draft.applies_from,
            criteria: draft.criteria.clone(),
            saved_at,
        })
    }

    async fn rule_sets(&mut self, opportunity_id: Uuid) -> Result<Vec<RuleSet>, StoreError> {
        let select = format!("SELECT {COLUMNS} FROM rule_sets WHERE opportunity_id = $1 ORDER BY version");
        let rows: Vec<RuleSetColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(opportunity_id.to_string())
                .fetch_all(&mut **tx)
                .await?
        });
        rows.into_iter().map(|row| rule_set_from(row).map(|(_, set)| set)).collect()
    }

    async fn opportunities_with_rules(&mut self) -> Result<HashSet<Uuid>, StoreError> {
        let ids: Vec<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT DISTINCT opportunity_id FROM rule_sets").fetch_all(&mut **tx).await?
        });
        ids.iter().map(|id| uuid("rule_sets.opportunity_id", id)).collect()
    }
}
