//! The one store type, [`SqlStore`], and its unit of work, [`SqlUnit`]: a transaction on
//! whichever backend the URL named.
//!
//! The aggregates' modules write each statement once and run it through [`each_backend!`],
//! which expands the same code once per backend, so the SQL text cannot drift between them.
//! Queries use `$N` placeholders, which both SQLite and PostgreSQL accept, and `QueryBuilder`
//! for the lists, which writes each backend's own placeholders. Values are always bound, never
//! spliced into the text.

use std::fmt;

use sqlx::{Postgres, Sqlite};
use uuid::Uuid;

use crate::rows::{
    RECORD_COLUMNS, Record, RecordRow, TAKE_FROM_COUNTER, change_time, check_version, time_text,
};
use crate::{Store, StoreError, UnitOfWork};

/// A pool of connections to one database.
pub(crate) enum Pool {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

/// A store on SQLite or PostgreSQL.
pub(crate) struct SqlStore {
    pub(crate) pool: Pool,
}

impl fmt::Debug for SqlStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.pool {
            Pool::Sqlite(_) => "SqlStore(SQLite)",
            Pool::Postgres(_) => "SqlStore(PostgreSQL)",
        })
    }
}

/// An open transaction.
pub(crate) enum Transaction {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

/// A unit of work: one transaction, committed once or rolled back when dropped.
pub(crate) struct SqlUnit {
    pub(crate) tx: Transaction,
    /// Ordering keys this unit has taken, per counter.
    keys: Vec<KeyBlock>,
    /// The opportunities' change counter as this unit moved it: every change of one unit
    /// shares a value, since the unit holds the counter until it commits.
    pub(crate) opportunities_change: Option<i64>,
}

impl fmt::Debug for SqlUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.tx {
            Transaction::Sqlite(_) => "SqlUnit(SQLite)",
            Transaction::Postgres(_) => "SqlUnit(PostgreSQL)",
        })
    }
}

/// Runs `$body` with `$tx` bound to the unit's transaction (`&mut sqlx::Transaction<DB>`),
/// expanded once per backend. A second form takes one body per backend, for the few
/// statements whose SQL must differ.
macro_rules! each_backend {
    ($unit:expr, |$tx:ident| $body:expr) => {
        match &mut $unit.tx {
            $crate::unit::Transaction::Sqlite($tx) => $body,
            $crate::unit::Transaction::Postgres($tx) => $body,
        }
    };
    ($unit:expr, sqlite: |$stx:ident| $sbody:expr, postgres: |$ptx:ident| $pbody:expr $(,)?) => {
        match &mut $unit.tx {
            $crate::unit::Transaction::Sqlite($stx) => $sbody,
            $crate::unit::Transaction::Postgres($ptx) => $pbody,
        }
    };
}

pub(crate) use each_backend;

#[async_trait::async_trait]
impl Store for SqlStore {
    async fn read(&self) -> Result<Box<dyn UnitOfWork>, StoreError> {
        let tx = match &self.pool {
            // A deferred transaction: its first read fixes the snapshot (WAL readers never
            // block the writer nor wait for it).
            Pool::Sqlite(pool) => Transaction::Sqlite(pool.begin().await?),
            Pool::Postgres(pool) => Transaction::Postgres(
                pool.begin_with("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").await?,
            ),
        };
        Ok(Box::new(SqlUnit::new(tx)))
    }

    async fn write(&self) -> Result<Box<dyn UnitOfWork>, StoreError> {
        let tx = match &self.pool {
            // The write lock at once, so that SQLite never has to upgrade a read transaction
            // (which fails with "database is locked" when another writer went first).
            Pool::Sqlite(pool) => Transaction::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Pool::Postgres(pool) => Transaction::Postgres(pool.begin().await?),
        };
        Ok(Box::new(SqlUnit::new(tx)))
    }

    async fn ping(&self) -> Result<(), StoreError> {
        match &self.pool {
            Pool::Sqlite(pool) => sqlx::query("SELECT 1").execute(pool).await?.rows_affected(),
            Pool::Postgres(pool) => sqlx::query("SELECT 1").execute(pool).await?.rows_affected(),
        };
        Ok(())
    }

    async fn analyze(&self) -> Result<(), StoreError> {
        match &self.pool {
            Pool::Sqlite(pool) => sqlx::query("ANALYZE").execute(pool).await?.rows_affected(),
            Pool::Postgres(pool) => sqlx::query("ANALYZE").execute(pool).await?.rows_affected(),
        };
        Ok(())
    }

    async fn close(&self) {
        match &self.pool {
            Pool::Sqlite(pool) => {
                // Everything in the write-ahead log into the file, and the log emptied: a process
                // that opens the file next then neither replays the log nor, unable to tell what
                // was copied already, copies all of it again after its own first write. (Busy
                // while another process reads; the last connection's close checkpoints then.)
                let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await;
                pool.close().await
            }
            Pool::Postgres(pool) => pool.close().await,
        }
    }
}

#[async_trait::async_trait]
impl UnitOfWork for SqlUnit {
    async fn commit(self: Box<Self>) -> Result<(), StoreError> {
        match self.tx {
            Transaction::Sqlite(tx) => tx.commit().await?,
            Transaction::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }
}

/// Ordering keys a unit has taken from one counter: `next..=last` are still free.
struct KeyBlock {
    counter: &'static str,
    next: i64,
    last: i64,
    /// How many the last block held.
    size: i64,
}

/// The most ordering keys a unit takes at once.
const MOST_KEYS_AT_ONCE: i64 = 1024;

impl SqlUnit {
    fn new(tx: Transaction) -> Self {
        SqlUnit { tx, keys: Vec::new(), opportunities_change: None }
    }

    /// The next ordering key of `counter` (`organizations.seq` or `opportunities.seq`), taken
    /// under the counter's row lock, which this unit then holds until it commits: so keys
    /// follow commit order. A unit that inserts many records takes keys in growing blocks (1,
    /// 2, 4, up to 1,024) instead of one statement each, which also spares PostgreSQL a long
    /// chain of versions of one row; keys a unit leaves unused are gaps, which orders ignore.
    pub(crate) async fn next_key(&mut self, counter: &'static str) -> Result<i64, StoreError> {
        let index = match self.keys.iter().position(|block| block.counter == counter) {
            Some(index) => index,
            None => {
                self.keys.push(KeyBlock { counter, next: 1, last: 0, size: 0 });
                self.keys.len() - 1
            }
        };
        if self.keys[index].next > self.keys[index].last {
            let size = (self.keys[index].size * 2).clamp(1, MOST_KEYS_AT_ONCE);
            let last: i64 = each_backend!(self, |tx| {
                sqlx::query_scalar(TAKE_FROM_COUNTER).bind(counter).bind(size).fetch_one(&mut **tx).await?
            });
            self.keys[index] = KeyBlock { counter, next: last - size + 1, last, size };
        }
        let block = &mut self.keys[index];
        block.next += 1;
        Ok(block.next - 1)
    }

    /// Whether this unit of work is on PostgreSQL, for the few clauses written differently.
    pub(crate) fn is_postgres(&self) -> bool {
        matches!(self.tx, Transaction::Postgres(_))
    }

    /// `n` placeholders for values bound in order, as an `IN (…)` list holds them.
    pub(crate) fn in_list(&self, n: usize) -> String {
        crate::rows::placeholders(self.is_postgres(), n).join(", ")
    }

    /// The record `id` of `table` (`organizations` or `opportunities`), locked against other
    /// writers until the unit of work ends when `lock` is set: PostgreSQL locks the row
    /// (`FOR UPDATE`); a write unit of work on SQLite already holds the database's write lock.
    pub(crate) async fn record<T: serde::de::DeserializeOwned>(
        &mut self,
        table: &'static str,
        id: Uuid,
        lock: bool,
    ) -> Result<Option<Record<T>>, StoreError> {
        let select = format!("SELECT {RECORD_COLUMNS} FROM {table} WHERE id = $1");
        each_backend!(self,
            sqlite: |tx| {
                let row = sqlx::query(sqlx::AssertSqlSafe(select)).bind(id.to_string()).fetch_optional(&mut **tx).await?;
                row.map(|row| row.record()).transpose()
            },
            postgres: |tx| {
                let select = if lock { format!("{select} FOR UPDATE") } else { select };
                let row = sqlx::query(sqlx::AssertSqlSafe(select)).bind(id.to_string()).fetch_optional(&mut **tx).await?;
                row.map(|row| row.record()).transpose()
            },
        )
    }

    /// Archives the record `id` of `table` at `at` (or just after its last change), if it is
    /// still at version `expected` when one is given: the record as it is after, and whether it
    /// changed (an archived record keeps its first archive time and version).
    pub(crate) async fn archive_record<T: serde::de::DeserializeOwned>(
        &mut self,
        (table, entity): (&'static str, &'static str),
        id: Uuid,
        expected: Option<u64>,
        at: jiff::Timestamp,
    ) -> Result<(Record<T>, bool), StoreError> {
        let mut record =
            self.record::<T>(table, id, true).await?.ok_or(StoreError::NotFound { entity, id })?;
        check_version(entity, id, expected, record.version)?;
        if record.archived_at.is_some() {
            return Ok((record, false));
        }
        let at = change_time(at, record.updated_at);
        let update = format!(
            "UPDATE {table} SET archived_at = $2, updated_at = $2, version = version + 1 WHERE id = $1"
        );
        each_backend!(self, |tx| {
            sqlx::query(sqlx::AssertSqlSafe(update))
                .bind(id.to_string())
                .bind(time_text(at))
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        record.updated_at = at;
        record.archived_at = Some(at);
        record.version += 1;
        Ok((record, true))
    }
}
