//! The PostgreSQL backend: the scale-out store that several servers may share.

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::StoreError;
use crate::unit::{Pool, SqlStore};

/// Connects to the database at `url` and migrates it.
pub(crate) async fn open(url: &str) -> Result<SqlStore, StoreError> {
    let options: PgConnectOptions = url.parse().map_err(|_| StoreError::BadUrl(crate::redact(url)))?;
    open_with(options).await
}

/// Connects with options already parsed (tests use it to pick a fresh database).
pub(crate) async fn open_with(options: PgConnectOptions) -> Result<SqlStore, StoreError> {
    let pool = PgPoolOptions::new().max_connections(10).connect_with(options).await?;
    sqlx::migrate!("./migrations/postgres").run(&pool).await?;
    Ok(SqlStore { pool: Pool::Postgres(pool) })
}
