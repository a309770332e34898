//! Bulk eligibility: CEBA's rule set judged on a population of Canadian firms by Mitra, side by
//! side with the same criteria written as one SQL `WHERE` over the same rows in SQLite and, when
//! `MITRA_BENCH_POSTGRES_URL` names a server, PostgreSQL: the way other platforms filter.
//!
//! The SQL counts the firms that pass (a NULL figure makes a row unknown and leaves it out, as
//! Mitra's "unknown" does); Mitra gives every firm's verdict on every criterion as well. The
//! counts must agree. Each side's time is the median of five runs over rows already in place:
//! Mitra's applicants in memory, the database's table in its page cache.
//!
//! usage: cargo bench -p mitra-app --bench eligibility -- [FIRMS ...]   (default 100000 1000000)

use std::time::{Duration, Instant};

use jiff::civil::{Date, date};
use mitra_app::eligibility::judge_population;
use mitra_domain::{Country, Money, OperatingStatus, OrganizationKind, Ownership, YearFigures};
use mitra_eligibility::Applicant;
use rand::{Rng, SeedableRng};
use sqlx::{Connection, Executor};

/// CEBA's latest version, as one WHERE over a flat table (amounts in cents, dates as text).
const WHERE: &str = "country = 'CA' \
    AND founded_on <= '2020-03-01' AND operating_status <> 'permanently_closed' \
    AND ((payroll_2019 > 2000000 AND payroll_2019 <= 150000000) \
      OR (payroll_2019 <= 2000000 AND expenses_2020 >= 4000000 AND expenses_2020 <= 150000000))";

struct Row {
    country: &'static str,
    founded_on: Date,
    status: OperatingStatus,
    payroll: Option<i64>,
    expenses: Option<i64>,
}

fn population(firms: usize) -> Vec<Row> {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2020);
    let statuses = [
        OperatingStatus::Operating,
        OperatingStatus::ReducedOperations,
        OperatingStatus::TemporarilyClosed,
        OperatingStatus::PermanentlyClosed,
    ];
    (0..firms)
        .map(|_| {
            let log_uniform = |rng: &mut rand_chacha::ChaCha8Rng, low: f64, high: f64| {
                (low.ln() + rng.random::<f64>() * (high.ln() - low.ln())).exp().round() as i64 * 100
            };
            Row {
                country: if rng.random_bool(0.95) { "CA" } else { "US" },
                founded_on: date(1990, 1, 1)
                    .checked_add(jiff::Span::new().days(rng.random_range(0..11_500)))
                    .unwrap(),
                status: statuses[rng.random_range(0..statuses.len())],
                payroll: rng.random_bool(0.9).then(|| log_uniform(&mut rng, 2_000.0, 3_000_000.0)),
                expenses: rng.random_bool(0.8).then(|| log_uniform(&mut rng, 5_000.0, 2_500_000.0)),
            }
        })
        .collect()
}

fn applicant(row: &Row, on: Date) -> Applicant {
    let cad = |cents: i64| {
        Money::new(rust_decimal::Decimal::new(cents, 2), mitra_domain::Currency::parse("CAD").unwrap())
            .unwrap()
    };
    Applicant {
        kind: OrganizationKind::Msme,
        country: Country::parse(row.country).unwrap(),
        region: None,
        legal_form: None,
        founded_on: Some(row.founded_on),
        operating_status: Some(row.status),
        industry: None,
        isic_section: None,
        size_class: None,
        employees: None,
        turnover: None,
        investment: None,
        balance_sheet_total: None,
        ownership: Ownership::default(),
        figures: vec![
            YearFigures { year: 2019, payroll: row.payroll.map(cad), ..YearFigures::default() },
            YearFigures {
                year: 2020,
                non_deferrable_expenses: row.expenses.map(cad),
                ..YearFigures::default()
            },
        ],
        application_date: on,
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

async fn fill<C>(connection: &mut C, rows: &[Row], postgres: bool) -> anyhow::Result<()>
where
    for<'c> &'c mut C: Executor<'c>,
{
    connection.execute("DROP TABLE IF EXISTS ceba_firms").await?;
    connection
        .execute("CREATE TABLE ceba_firms (country TEXT NOT NULL, founded_on TEXT NOT NULL, operating_status TEXT NOT NULL, payroll_2019 BIGINT, expenses_2020 BIGINT)")
        .await?;
    for chunk in rows.chunks(5_000) {
        let mut sql = String::from("INSERT INTO ceba_firms VALUES ");
        for (i, row) in chunk.iter().enumerate() {
            let number = |v: Option<i64>| v.map_or("NULL".to_owned(), |v| v.to_string());
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!(
                "('{}','{}','{}',{},{})",
                row.country,
                row.founded_on,
                row.status.as_str(),
                number(row.payroll),
                number(row.expenses)
            ));
        }
        connection.execute(sqlx::AssertSqlSafe(sql)).await?;
    }
    if postgres {
        connection.execute("VACUUM ANALYZE ceba_firms").await?;
    }
    Ok(())
}

/// Times the WHERE on one backend's connection: six runs, the first to warm the cache.
macro_rules! time_where {
    ($name:ident, $connection:ty) => {
        async fn $name(connection: &mut $connection) -> anyhow::Result<(Duration, i64)> {
            let query = format!("SELECT count(*) FROM ceba_firms WHERE {WHERE}");
            let mut runs = Vec::new();
            let mut count = 0;
            for _ in 0..6 {
                let started = Instant::now();
                count = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(query.clone()))
                    .fetch_one(&mut *connection)
                    .await?;
                runs.push(started.elapsed());
            }
            runs.remove(0);
            Ok((median(runs), count))
        }
    };
}

time_where!(time_sqlite, sqlx::SqliteConnection);
time_where!(time_postgres, sqlx::PgConnection);

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let sizes: Vec<usize> =
        std::env::args().skip(1).filter_map(|a| a.replace('_', "").parse().ok()).collect::<Vec<_>>();
    let sizes = if sizes.is_empty() { vec![100_000, 1_000_000] } else { sizes };
    let on = date(2021, 1, 15);
    let rules = mitra_eligibility::ceba::rule_sets().pop().unwrap();
    let compiled =
        rules.check(mitra_domain::Currency::parse("CAD").unwrap()).map_err(|p| anyhow::anyhow!("{p:?}"))?;
    let postgres = std::env::var("MITRA_BENCH_POSTGRES_URL").ok();
    println!(
        "CEBA's rule set (3 criteria, version from 2020-06-19) on Canadian firms; medians of 5 runs, {} threads",
        rayon::current_num_threads()
    );
    println!(
        "{:>10}  {:>12}  {:>12}  {:>12}  {:>10}",
        "firms", "Mitra", "SQLite WHERE", "PostgreSQL", "eligible"
    );
    for firms in sizes {
        let rows = population(firms);
        let applicants: Vec<Applicant> = rows.iter().map(|row| applicant(row, on)).collect();
        let mut runs = Vec::new();
        let mut passed = 0;
        for _ in 0..6 {
            let started = Instant::now();
            let counts = judge_population(&compiled, &applicants);
            runs.push(started.elapsed());
            passed = counts.overall[0];
        }
        runs.remove(0);
        let mitra = median(runs);
        let file = std::env::temp_dir().join(format!("mitra-eligibility-bench-{}.db", std::process::id()));
        let mut sqlite =
            sqlx::SqliteConnection::connect(&format!("sqlite://{}?mode=rwc", file.display())).await?;
        fill(&mut sqlite, &rows, false).await?;
        let (sqlite_time, sqlite_count) = time_sqlite(&mut sqlite).await?;
        sqlite.close().await?;
        let _ = std::fs::remove_file(&file);
        let pg = match &postgres {
            Some(url) => {
                let mut pg = sqlx::PgConnection::connect(url).await?;
                fill(&mut pg, &rows, true).await?;
                let result = time_postgres(&mut pg).await?;
                pg.execute("DROP TABLE ceba_firms").await?;
                Some(result)
            }
            None => None,
        };
        assert_eq!(sqlite_count as usize, passed, "SQLite and Mitra disagree");
        if let Some((_, count)) = pg {
            assert_eq!(count as usize, passed, "PostgreSQL and Mitra disagree");
        }
        let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1e3);
        println!(
            "{firms:>10}  {:>12}  {:>12}  {:>12}  {passed:>10}",
            ms(mitra),
            ms(sqlite_time),
            pg.map_or("(not set)".to_owned(), |(t, _)| ms(t)),
        );
    }
    Ok(())
}
