//! The SQLite backend: the embedded default, one file in WAL mode.

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::StoreError;
use crate::unit::{Pool, SqlStore};

/// Opens (creating if needed) the database file at `path` and migrates it.
pub(crate) async fn open(path: &str) -> Result<SqlStore, StoreError> {
    let options = SqliteConnectOptions::from_str(&format!("sqlite:{path}"))
        .map_err(|e| StoreError::BadUrl(e.to_string()))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // NORMAL is durable in WAL mode except for the last commits on power loss.
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        // 64 MiB of pages per connection (at most four), rather than SQLite's 2 MiB: the
        // dashboards' cells, a few hundred thousand rows at a million firms, then stay in the
        // connection's own cache instead of being read from the file on every request.
        .pragma("cache_size", "-65536")
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
    sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
    Ok(SqlStore { pool: Pool::Sqlite(pool) })
}
