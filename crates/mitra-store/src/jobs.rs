//! Background jobs and their items, shared by every process on the database.
//!
//! A process claims the oldest unfinished job whose claim is free or has run out (on
//! PostgreSQL with `FOR UPDATE SKIP LOCKED`, so that two claimers never wait on each other),
//! then works through its items in batches. Each batch renews the claim first, in the batch's
//! own unit of work: while the batch runs, its row stays locked (PostgreSQL) or the database is
//! (SQLite), so nobody can take the job over half-way through a batch; an item's outcome is
//! written in the same unit as what the job did to it.

use jiff::Timestamp;
use uuid::Uuid;

use crate::StoreError;
use crate::accounts::{optional_time, uuid};
use crate::rows::{bad, time_text, timestamp};
use crate::unit::{SqlUnit, each_backend};

/// A job as it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: Uuid,
    /// What it does, such as `decide_applications`.
    pub kind: String,
    /// Its input, as the application layer writes it (JSON).
    pub body: String,
    /// The user on whose behalf it runs.
    pub created_by: Uuid,
    /// Through which door it was asked for (`web`, `api`, `cli`).
    pub interface: String,
    pub total: u64,
    pub done: u64,
    pub skipped: u64,
    pub claimed_by: Option<String>,
    pub lease_until: Option<Timestamp>,
    pub created_at: Timestamp,
    pub finished_at: Option<Timestamp>,
}

/// One subject of a job, with its outcome once it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobItem {
    pub position: u64,
    pub subject_id: Uuid,
    /// `done` or `skipped`; `None` while pending.
    pub outcome: Option<String>,
    /// What it ended as, such as `approved` or `waitlisted`.
    pub detail: Option<String>,
    /// Why it was skipped, in English.
    pub reason: Option<String>,
}

/// Jobs, within one unit of work.
#[async_trait::async_trait]
pub trait Jobs {
    /// Stores a job and its items, in order.
    async fn insert_job(&mut self, job: &Job, subjects: &[Uuid]) -> Result<(), StoreError>;
    async fn job(&mut self, id: Uuid) -> Result<Option<Job>, StoreError>;
    /// The latest jobs, newest first.
    async fn jobs(&mut self, limit: u32) -> Result<Vec<Job>, StoreError>;
    /// Claims the oldest unfinished job that is free, whose claim ran out at `now`, or that
    /// `holder` holds, until `until`.
    async fn claim_job(
        &mut self,
        holder: &str,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<Option<Job>, StoreError>;
    /// Renews `holder`'s claim of a job until `until`; false when it no longer holds it.
    async fn renew_job(&mut self, id: Uuid, holder: &str, until: Timestamp) -> Result<bool, StoreError>;
    /// The first `limit` items without an outcome.
    async fn pending_items(&mut self, id: Uuid, limit: u32) -> Result<Vec<JobItem>, StoreError>;
    /// Writes an item's outcome and counts it on the job.
    async fn record_item(&mut self, id: Uuid, item: &JobItem) -> Result<(), StoreError>;
    async fn finish_job(&mut self, id: Uuid, at: Timestamp) -> Result<(), StoreError>;
    /// Items after position `after`, in order, at most `limit`.
    async fn job_items(
        &mut self,
        id: Uuid,
        after: Option<u64>,
        limit: u32,
    ) -> Result<Vec<JobItem>, StoreError>;
}

type JobColumns = (
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
);
const JOB_COLUMNS: &str = "id, kind, body, created_by, interface, total, done, skipped, claimed_by, lease_until, created_at, finished_at";

fn count(column: &'static str, value: i64) -> Result<u64, StoreError> {
    u64::try_from(value).map_err(|_| bad(column, &value.to_string()))
}

fn job_from(row: JobColumns) -> Result<Job, StoreError> {
    let (
        id,
        kind,
        body,
        created_by,
        interface,
        total,
        done,
        skipped,
        claimed_by,
        lease_until,
        created_at,
        finished_at,
    ) = row;
    Ok(Job {
        id: uuid("jobs.id", &id)?,
        kind,
        body,
        created_by: uuid("jobs.created_by", &created_by)?,
        interface,
        total: count("jobs.total", total)?,
        done: count("jobs.done", done)?,
        skipped: count("jobs.skipped", skipped)?,
        claimed_by,
        lease_until: optional_time("jobs.lease_until", lease_until)?,
        created_at: timestamp("jobs.created_at", &created_at)?,
        finished_at: optional_time("jobs.finished_at", finished_at)?,
    })
}

type ItemColumns = (i64, String, Option<String>, Option<String>, Option<String>);

fn item_from((position, subject, outcome, detail, reason): ItemColumns) -> Result<JobItem, StoreError> {
    Ok(JobItem {
        position: count("job_items.position", position)?,
        subject_id: uuid("job_items.subject_id", &subject)?,
        outcome,
        detail,
        reason,
    })
}

/// Items inserted per statement.
const ITEMS_AT_ONCE: usize = 500;

#[async_trait::async_trait]
impl Jobs for SqlUnit {
    async fn insert_job(&mut self, job: &Job, subjects: &[Uuid]) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO jobs (id, kind, body, created_by, interface, total, done, skipped, claimed_by, lease_until, created_at, finished_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, 0, 0, NULL, NULL, $7, NULL)",
            )
            .bind(job.id.to_string())
            .bind(&job.kind)
            .bind(&job.body)
            .bind(job.created_by.to_string())
            .bind(&job.interface)
            .bind(i64::try_from(subjects.len()).unwrap_or(i64::MAX))
            .bind(time_text(job.created_at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        for (chunk_index, chunk) in subjects.chunks(ITEMS_AT_ONCE).enumerate() {
            let first = chunk_index * ITEMS_AT_ONCE;
            each_backend!(self, |tx| {
                let mut insert =
                    sqlx::QueryBuilder::new("INSERT INTO job_items (job_id, position, subject_id) ");
                insert.push_values(chunk.iter().enumerate(), |mut row, (i, subject)| {
                    row.push_bind(job.id.to_string())
                        .push_bind(i64::try_from(first + i).unwrap_or(i64::MAX))
                        .push_bind(subject.to_string());
                });
                insert.build().execute(&mut **tx).await?.rows_affected()
            });
        }
        Ok(())
    }

    async fn job(&mut self, id: Uuid) -> Result<Option<Job>, StoreError> {
        let select = format!("SELECT {JOB_COLUMNS} FROM jobs WHERE id = $1");
        let row: Option<JobColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(id.to_string()).fetch_optional(&mut **tx).await?
        });
        row.map(job_from).transpose()
    }

    async fn jobs(&mut self, limit: u32) -> Result<Vec<Job>, StoreError> {
        let select = format!("SELECT {JOB_COLUMNS} FROM jobs ORDER BY created_at DESC, id DESC LIMIT $1");
        let rows: Vec<JobColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(i64::from(limit)).fetch_all(&mut **tx).await?
        });
        rows.into_iter().map(job_from).collect()
    }

    async fn claim_job(
        &mut self,
        holder: &str,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<Option<Job>, StoreError> {
        let find = "SELECT id FROM jobs WHERE finished_at IS NULL \
                    AND (claimed_by IS NULL OR claimed_by = $1 OR lease_until < $2) \
                    ORDER BY created_at, id LIMIT 1";
        let id: Option<String> = each_backend!(self,
            sqlite: |tx| {
                sqlx::query_scalar(find).bind(holder).bind(time_text(now)).fetch_optional(&mut **tx).await?
            },
            postgres: |tx| {
                let find = format!("{find} FOR UPDATE SKIP LOCKED");
                sqlx::query_scalar(sqlx::AssertSqlSafe(find)).bind(holder).bind(time_text(now)).fetch_optional(&mut **tx).await?
            },
        );
        let Some(id) = id else { return Ok(None) };
        each_backend!(self, |tx| {
            sqlx::query("UPDATE jobs SET claimed_by = $2, lease_until = $3 WHERE id = $1")
                .bind(&id)
                .bind(holder)
                .bind(time_text(until))
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        self.job(uuid("jobs.id", &id)?).await
    }

    async fn renew_job(&mut self, id: Uuid, holder: &str, until: Timestamp) -> Result<bool, StoreError> {
        let renewed = each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE jobs SET lease_until = $3 WHERE id = $1 AND claimed_by = $2 AND finished_at IS NULL",
            )
            .bind(id.to_string())
            .bind(holder)
            .bind(time_text(until))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(renewed == 1)
    }

    async fn pending_items(&mut self, id: Uuid, limit: u32) -> Result<Vec<JobItem>, StoreError> {
        let rows: Vec<ItemColumns> = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT position, subject_id, outcome, detail, reason FROM job_items \
                 WHERE job_id = $1 AND outcome IS NULL ORDER BY position LIMIT $2",
            )
            .bind(id.to_string())
            .bind(i64::from(limit))
            .fetch_all(&mut **tx)
            .await?
        });
        rows.into_iter().map(item_from).collect()
    }

    async fn record_item(&mut self, id: Uuid, item: &JobItem) -> Result<(), StoreError> {
        let outcome = item.outcome.as_deref().unwrap_or("done");
        let recorded = each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE job_items SET outcome = $3, detail = $4, reason = $5 \
                 WHERE job_id = $1 AND position = $2 AND outcome IS NULL",
            )
            .bind(id.to_string())
            .bind(i64::try_from(item.position).unwrap_or(i64::MAX))
            .bind(outcome)
            .bind(item.detail.as_deref())
            .bind(item.reason.as_deref())
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        if recorded == 0 {
            return Ok(());
        }
        let counter = if outcome == "done" {
            "UPDATE jobs SET done = done + 1 WHERE id = $1"
        } else {
            "UPDATE jobs SET skipped = skipped + 1 WHERE id = $1"
        };
        each_backend!(self, |tx| {
            sqlx::query(counter).bind(id.to_string()).execute(&mut **tx).await?.rows_affected()
        });
        Ok(())
    }

    async fn finish_job(&mut self, id: Uuid, at: Timestamp) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE jobs SET finished_at = $2, claimed_by = NULL, lease_until = NULL WHERE id = $1",
            )
            .bind(id.to_string())
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn job_items(
        &mut self,
        id: Uuid,
        after: Option<u64>,
        limit: u32,
    ) -> Result<Vec<JobItem>, StoreError> {
        let after = after.map_or(-1, |a| i64::try_from(a).unwrap_or(i64::MAX));
        let rows: Vec<ItemColumns> = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT position, subject_id, outcome, detail, reason FROM job_items \
                 WHERE job_id = $1 AND position > $2 ORDER BY position LIMIT $3",
            )
            .bind(id.to_string())
            .bind(after)
            .bind(i64::from(limit))
            .fetch_all(&mut **tx)
            .await?
        });
        rows.into_iter().map(item_from).collect()
    }
}
