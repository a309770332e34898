//! The PostgreSQL backend: the scale-out store that several servers may share.

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::StoreError;
use crate::sql::{Pipe as _, store_impl};

/// A store in a PostgreSQL database.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: sqlx::PgPool,
}

impl PostgresStore {
    /// Connects to the database at `url` and migrates it.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let options: PgConnectOptions = url.parse().map_err(|_| StoreError::BadUrl(crate::redact(url)))?;
        Self::open_with(options).await
    }

    /// Connects with options already parsed (tests use it to pick a fresh database).
    pub async fn open_with(options: PgConnectOptions) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new().max_connections(10).connect_with(options).await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(Self { pool })
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

store_impl!(PostgresStore, sqlx::Postgres);
