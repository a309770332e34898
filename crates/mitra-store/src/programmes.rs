//! Programmes: what an agency or a partner runs, the opportunities they group, and the
//! baseline years of the programmes each firm took part in.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::Date;
use mitra_domain::{Checked, Country, Opportunity, Programme, ProgrammeDraft};
use uuid::Uuid;

use crate::StoreError;
use crate::rows::{
    IDS_PER_STATEMENT, RECORD_COLUMNS, Record, RecordRow, bad, change_time, check_version, stored_time,
    time_text,
};
use crate::unit::{SqlUnit, each_backend};

/// The programmes, within one unit of work.
#[async_trait::async_trait]
pub trait Programmes {
    /// Stores a new programme run by a live organisation under `id`, or fails with
    /// `MissingReference` naming `run_by`.
    async fn insert_programme(
        &mut self,
        id: Uuid,
        details: &Checked<ProgrammeDraft>,
        at: Timestamp,
    ) -> Result<Programme, StoreError>;

    /// A programme.
    async fn programme(&mut self, id: Uuid) -> Result<Option<Programme>, StoreError>;

    /// A programme, locked against other writers until the unit of work ends.
    async fn lock_programme(&mut self, id: Uuid) -> Result<Option<Programme>, StoreError>;

    /// Replaces a programme's content, changed at `at` (or just after its last change), if it
    /// is still at version `expected` when one is given.
    async fn update_programme(
        &mut self,
        id: Uuid,
        details: &Checked<ProgrammeDraft>,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<Programme, StoreError>;

    /// The programmes of `country` (or of every country), the latest to start first, then by
    /// name.
    async fn list_programmes(&mut self, country: Option<Country>) -> Result<Vec<Programme>, StoreError>;

    /// The opportunities of a programme, archived or not, oldest first.
    async fn programme_opportunities(&mut self, programme_id: Uuid) -> Result<Vec<Opportunity>, StoreError>;

    /// For each of the firms `msme_ids` that took part in an opportunity of a programme: the
    /// month each such participation began and its programme's baseline year.
    async fn programme_baselines(
        &mut self,
        msme_ids: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<(Date, i16)>>, StoreError>;

    /// The firms that took part in any of `opportunity_ids`.
    async fn participants(&mut self, opportunity_ids: &[Uuid]) -> Result<Vec<Uuid>, StoreError>;
}

impl From<Record<ProgrammeDraft>> for Programme {
    fn from(r: Record<ProgrammeDraft>) -> Self {
        Programme {
            id: r.id,
            details: r.details,
            created_at: r.created_at,
            updated_at: r.updated_at,
            version: r.version,
        }
    }
}

#[async_trait::async_trait]
impl Programmes for SqlUnit {
    async fn insert_programme(
        &mut self,
        id: Uuid,
        details: &Checked<ProgrammeDraft>,
        at: Timestamp,
    ) -> Result<Programme, StoreError> {
        use crate::Organizations as _;
        let run_by = details.run_by;
        let live = self.lock_organization(run_by).await?.is_some_and(|o| o.archived_at.is_none());
        if !live {
            return Err(StoreError::MissingReference { field: "run_by", id: run_by });
        }
        let at = stored_time(at);
        let body = serde_json::to_string(details.get())?;
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO programmes (id, run_by, channel, country, starts_on, baseline_year, body, \
                 created_at, updated_at, archived_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, 1)",
            )
            .bind(id.to_string())
            .bind(run_by.to_string())
            .bind(details.channel.as_str())
            .bind(details.country.to_string())
            .bind(details.starts_on.to_string())
            .bind(i64::from(details.baseline_year))
            .bind(&body)
            .bind(time_text(at))
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?;
        });
        Ok(Programme { id, details: details.get().clone(), created_at: at, updated_at: at, version: 1 })
    }

    async fn programme(&mut self, id: Uuid) -> Result<Option<Programme>, StoreError> {
        Ok(self.record("programmes", id, false).await?.map(Programme::from))
    }

    async fn lock_programme(&mut self, id: Uuid) -> Result<Option<Programme>, StoreError> {
        Ok(self.record("programmes", id, true).await?.map(Programme::from))
    }

    async fn update_programme(
        &mut self,
        id: Uuid,
        details: &Checked<ProgrammeDraft>,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<Programme, StoreError> {
        let current =
            self.lock_programme(id).await?.ok_or(StoreError::NotFound { entity: "programme", id })?;
        check_version("programme", id, expected, current.version)?;
        let at = change_time(at, current.updated_at);
        let body = serde_json::to_string(details.get())?;
        each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE programmes SET run_by = $2, channel = $3, country = $4, starts_on = $5, \
                 baseline_year = $6, body = $7, updated_at = $8, version = version + 1 WHERE id = $1",
            )
            .bind(id.to_string())
            .bind(details.run_by.to_string())
            .bind(details.channel.as_str())
            .bind(details.country.to_string())
            .bind(details.starts_on.to_string())
            .bind(i64::from(details.baseline_year))
            .bind(&body)
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?;
        });
        Ok(Programme {
            details: details.get().clone(),
            updated_at: at,
            version: current.version + 1,
            ..current
        })
    }

    async fn list_programmes(&mut self, country: Option<Country>) -> Result<Vec<Programme>, StoreError> {
        let filter = if country.is_some() { "WHERE country = $1 " } else { "" };
        let sql = format!("SELECT {RECORD_COLUMNS} FROM programmes {filter}ORDER BY starts_on DESC, id");
        let mut programmes: Vec<Programme> = each_backend!(self, |tx| {
            let mut select = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()));
            if let Some(country) = country {
                select = select.bind(country.to_string());
            }
            let rows = select.fetch_all(&mut **tx).await?;
            rows.iter().map(|row| row.record().map(Programme::from)).collect::<Result<_, StoreError>>()?
        });
        programmes.sort_by(|a, b| {
            b.details.starts_on.cmp(&a.details.starts_on).then_with(|| a.details.name.cmp(&b.details.name))
        });
        Ok(programmes)
    }

    async fn programme_opportunities(&mut self, programme_id: Uuid) -> Result<Vec<Opportunity>, StoreError> {
        let sql = format!("SELECT {RECORD_COLUMNS} FROM opportunities WHERE programme_id = $1 ORDER BY seq");
        each_backend!(self, |tx| {
            let rows = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(programme_id.to_string())
                .fetch_all(&mut **tx)
                .await?;
            rows.iter().map(|row| row.record().map(Opportunity::from)).collect()
        })
    }

    async fn programme_baselines(
        &mut self,
        msme_ids: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<(Date, i16)>>, StoreError> {
        let mut joined: HashMap<Uuid, Vec<(Date, i16)>> = HashMap::new();
        for chunk in msme_ids.chunks(IDS_PER_STATEMENT) {
            let sql = format!(
                "SELECT p.msme_id, p.since, g.baseline_year FROM recovery_partnerships p \
                 JOIN opportunities o ON o.id = p.opportunity_id JOIN programmes g ON g.id = o.programme_id \
                 WHERE p.msme_id IN ({})",
                self.in_list(chunk.len())
            );
            let rows: Vec<(String, String, i64)> = each_backend!(self, |tx| {
                let mut select = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
                for id in chunk {
                    select = select.bind(id.to_string());
                }
                select.fetch_all(&mut **tx).await?
            });
            for (id, since, year) in rows {
                let id = id.parse().map_err(|_| bad("recovery_partnerships.msme_id", &id))?;
                let since = since.parse().map_err(|_| bad("recovery_partnerships.since", &since))?;
                let year =
                    i16::try_from(year).map_err(|_| bad("programmes.baseline_year", &year.to_string()))?;
                joined.entry(id).or_default().push((since, year));
            }
        }
        Ok(joined)
    }

    async fn participants(&mut self, opportunity_ids: &[Uuid]) -> Result<Vec<Uuid>, StoreError> {
        let mut firms = Vec::new();
        for chunk in opportunity_ids.chunks(IDS_PER_STATEMENT) {
            let sql = format!(
                "SELECT DISTINCT msme_id FROM recovery_partnerships WHERE opportunity_id IN ({}) ORDER BY msme_id",
                self.in_list(chunk.len())
            );
            let ids: Vec<String> = each_backend!(self, |tx| {
                let mut select = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()));
                for id in chunk {
                    select = select.bind(id.to_string());
                }
                select.fetch_all(&mut **tx).await?
            });
            for id in ids {
                firms.push(id.parse().map_err(|_| bad("recovery_partnerships.msme_id", &id))?);
            }
        }
        firms.sort();
        firms.dedup();
        Ok(firms)
    }
}
