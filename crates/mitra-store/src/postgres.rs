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
    // Every list query is prepared once per connection and run with many values; a generic plan
    // (which PostgreSQL switches to after five runs) assumes every country or word is as
    // common as the average one, and for a rare one reads the whole table in list order.
    // Planning each run for its values costs a fraction of a millisecond. A random page read
    // costs about what a sequential one does on the SSDs databases run on now; at PostgreSQL's
    // default (4 times as much) the planner reads a country's page by scanning the whole list
    // in order rather than through the country's own index.
    let options = options.options([("plan_cache_mode", "force_custom_plan"), ("random_page_cost", "1.1")]);
    let pool = PgPoolOptions::new().max_connections(10).connect_with(options).await?;
    sqlx::migrate!("./migrations/postgres").run(&pool).await?;
    Ok(SqlStore { pool: Pool::Postgres(pool) })
}
