//! Leases: which process runs a piece of background work, when several share the database.
//!
//! A lease is a row with a holder and an expiry. Taking it succeeds when it is free, expired or
//! already held by the same holder; a holder renews it by taking it again before it expires,
//! and a process that stops renewing (it crashed, or lost the database) loses it when it
//! expires. A lease also keeps a short note of what its work last completed (such as the date
//! the size classes were last refreshed for), so that another process does not redo it.

use jiff::Timestamp;

use crate::StoreError;
use crate::rows::time_text;
use crate::unit::{SqlUnit, each_backend};

/// A lease as its holder sees it after taking it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    pub name: String,
    pub holder: String,
    /// What the work under this lease last completed, as its holder wrote it.
    pub done: Option<String>,
}

/// Leases, within one unit of work.
#[async_trait::async_trait]
pub trait Leases {
    /// Takes or renews the lease `name` for `holder` until `until`, if it is free, expired
    /// (at `now`) or already this holder's; `None` when another holder has it.
    async fn take_lease(
        &mut self,
        name: &str,
        holder: &str,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<Option<Lease>, StoreError>;

    /// Notes what the work under a lease has completed, and lets the lease go, if `holder`
    /// still holds it; false when it does not (the note is then not written).
    async fn release_lease(
        &mut self,
        name: &str,
        holder: &str,
        done: Option<&str>,
    ) -> Result<bool, StoreError>;
}

#[async_trait::async_trait]
impl Leases for SqlUnit {
    async fn take_lease(
        &mut self,
        name: &str,
        holder: &str,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<Option<Lease>, StoreError> {
        let taken = each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO leases (name, holder, expires_at, done) VALUES ($1, $2, $3, NULL) \
                 ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
                 WHERE leases.holder = excluded.holder OR leases.expires_at < $4",
            )
            .bind(name)
            .bind(holder)
            .bind(time_text(until))
            .bind(time_text(now))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        if taken == 0 {
            return Ok(None);
        }
        let done: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT done FROM leases WHERE name = $1")
                .bind(name)
                .fetch_one(&mut **tx)
                .await?
        });
        Ok(Some(Lease { name: name.to_owned(), holder: holder.to_owned(), done }))
    }

    async fn release_lease(
        &mut self,
        name: &str,
        holder: &str,
        done: Option<&str>,
    ) -> Result<bool, StoreError> {
        let released = each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE leases SET done = COALESCE($3, done), expires_at = '0000-01-01T00:00:00.000000Z' \
                 WHERE name = $1 AND holder = $2",
            )
            .bind(name)
            .bind(holder)
            .bind(done)
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(released > 0)
    }
}
