//! Fresh, throw-away stores for tests (feature `testing`).
//!
//! A SQLite store lives in a new temporary folder. A PostgreSQL store lives in a new database
//! on the server that `MITRA_TEST_POSTGRES_URL` names; it is dropped by [`TestDatabase::cleanup`].

use std::str::FromStr;
use std::sync::Arc;

use sqlx::Connection;
use uuid::Uuid;

use crate::Store;
use crate::unit::SqlStore;

/// The environment variable that turns the PostgreSQL tests on.
pub const POSTGRES_URL_VARIABLE: &str = "MITRA_TEST_POSTGRES_URL";

/// A fresh store and what it takes to throw it away.
#[derive(Debug)]
pub struct TestDatabase {
    pub store: Arc<dyn Store>,
    cleanup: Cleanup,
}

#[derive(Debug)]
enum Cleanup {
    Sqlite(Arc<SqlStore>, std::path::PathBuf),
    Postgres(Arc<SqlStore>, String, String),
}

impl TestDatabase {
    /// A store in a new SQLite file.
    pub async fn sqlite() -> TestDatabase {
        let dir = std::env::temp_dir().join(format!("mitra-test-{}", Uuid::now_v7()));
        std::fs::create_dir_all(&dir).expect("a temporary folder can be made");
        let path = dir.join("mitra.db");
        let store = Arc::new(
            crate::sqlite::open(path.to_str().expect("temporary paths are UTF-8"))
                .await
                .expect("SQLite opens"),
        );
        TestDatabase { store: store.clone(), cleanup: Cleanup::Sqlite(store, dir) }
    }

    /// A store in a new PostgreSQL database, or `None` when the variable is not set.
    pub async fn postgres() -> Option<TestDatabase> {
        let admin_url = std::env::var(POSTGRES_URL_VARIABLE).ok().filter(|u| !u.is_empty())?;
        let name = format!("mitra_test_{}", Uuid::now_v7().simple());
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("{POSTGRES_URL_VARIABLE} must accept connections: {e}"));
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .expect("the test user may create databases");
        admin.close().await.ok();
        let options =
            sqlx::postgres::PgConnectOptions::from_str(&admin_url).expect("a valid URL").database(&name);
        let store = Arc::new(crate::postgres::open_with(options).await.expect("the fresh database opens"));
        Some(TestDatabase { store: store.clone(), cleanup: Cleanup::Postgres(store, admin_url, name) })
    }

    /// The URL another process would open this database with.
    pub fn url(&self) -> String {
        match &self.cleanup {
            Cleanup::Sqlite(_, dir) => {
                dir.join("mitra.db").to_str().expect("temporary paths are UTF-8").to_owned()
            }
            Cleanup::Postgres(_, admin_url, name) => {
                let (base, query) =
                    admin_url.split_once('?').map_or((admin_url.as_str(), None), |(b, q)| (b, Some(q)));
                let (server, _) = base.rsplit_once('/').expect("a PostgreSQL URL names a database");
                match query {
                    Some(query) => format!("{server}/{name}?{query}"),
                    None => format!("{server}/{name}"),
                }
            }
        }
    }

    /// A second, independent store over the same database, as another server process would
    /// open it (its own connection pool).
    pub async fn reopen(&self) -> Arc<dyn Store> {
        match &self.cleanup {
            Cleanup::Sqlite(_, dir) => {
                let path = dir.join("mitra.db");
                Arc::new(
                    crate::sqlite::open(path.to_str().expect("temporary paths are UTF-8"))
                        .await
                        .expect("SQLite reopens"),
                )
            }
            Cleanup::Postgres(_, admin_url, name) => {
                let options = sqlx::postgres::PgConnectOptions::from_str(admin_url)
                    .expect("a valid URL")
                    .database(name);
                Arc::new(crate::postgres::open_with(options).await.expect("the database reopens"))
            }
        }
    }

    /// Runs one statement of raw SQL, as someone with the database's password could, past
    /// every trait: to show what the schema itself refuses.
    pub async fn execute_raw(&self, sql: &str) -> Result<u64, String> {
        let store = match &self.cleanup {
            Cleanup::Sqlite(store, _) | Cleanup::Postgres(store, _, _) => store,
        };
        let sql = sqlx::AssertSqlSafe(sql.to_owned());
        let done = match &store.pool {
            crate::unit::Pool::Sqlite(pool) => {
                sqlx::query(sql).execute(pool).await.map(|r| r.rows_affected())
            }
            crate::unit::Pool::Postgres(pool) => {
                sqlx::query(sql).execute(pool).await.map(|r| r.rows_affected())
            }
        };
        done.map_err(|e| e.to_string())
    }

    /// Closes the store and removes its file or database.
    pub async fn cleanup(self) {
        drop(self.store);
        match self.cleanup {
            Cleanup::Sqlite(store, dir) => {
                store.close().await;
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::Postgres(store, admin_url, name) => {
                store.close().await;
                if let Ok(mut admin) = sqlx::PgConnection::connect(&admin_url).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .execute(&mut admin)
                    .await;
                }
            }
        }
    }
}

/// Says that a PostgreSQL test did not run: on the terminal, past the test harness's output
/// capture (which would hide it for a test that passes), once per test binary.
pub fn report_postgres_skipped(test: &str) {
    use std::io::Write;
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = writeln!(
            std::io::stderr().lock(),
            "\nskipped: {POSTGRES_URL_VARIABLE} is not set, so the PostgreSQL half of this suite did not run \
             (first skipped: {test}); set it to a PostgreSQL URL whose user may create databases"
        );
    });
}
