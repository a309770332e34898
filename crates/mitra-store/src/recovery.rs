//! Recovery reports: one per firm and month, replaced by a later report of the same month;
//! and the dashboards' cells, the reports summed per month and group, moved in the same
//! transaction as every report.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::Date;
use mitra_domain::Checked;
use mitra_domain::recovery::{
    Dimension, MonthFigures, Partnership, RecoveryQuery, ReportDraft, ReportGroups, ReportMeasures,
};
use mitra_domain::{Channel, Country};
use sqlx::Row as _;
use uuid::Uuid;

use crate::StoreError;
use crate::rows::{bad, time_text, timestamp};
use crate::unit::{SqlUnit, each_backend};

/// A stored report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReport {
    pub msme_id: Uuid,
    pub report: ReportDraft,
    /// 1 for the first report of the month, one more for each that replaced it.
    pub version: u64,
    pub reported_at: Timestamp,
}

/// Recovery reports, within one unit of work.
#[async_trait::async_trait]
pub trait RecoveryReports {
    /// Stores the firm's report of its month, replacing an earlier report of the same month,
    /// counted in `groups` with `measures` (the dashboards' cells move with it).
    async fn put_report(
        &mut self,
        msme_id: Uuid,
        report: &Checked<ReportDraft>,
        groups: &ReportGroups,
        measures: &ReportMeasures,
        at: Timestamp,
    ) -> Result<StoredReport, StoreError>;
    /// Stores many reports as [`RecoveryReports::put_report`] stores each, moving every cell
    /// once for the whole batch rather than twice per report: an import's path.
    async fn put_reports(&mut self, reports: &[ReportToStore<'_>], at: Timestamp) -> Result<(), StoreError>;
    /// Deletes the firm's report of `month`; whether there was one.
    async fn delete_report(&mut self, msme_id: Uuid, month: Date) -> Result<bool, StoreError>;
    /// Records the firm's partnership (keeping the earlier month when the opportunity already
    /// made it partnered) and counts its reports from that month on as partnered; how many
    /// reports moved.
    async fn mark_partnered(&mut self, msme_id: Uuid, partnership: &Partnership) -> Result<u64, StoreError>;
    /// The first month each of the firms `msme_ids` counts as partnered from, for those that do.
    async fn partnered_since(&mut self, msme_ids: &[Uuid]) -> Result<HashMap<Uuid, Date>, StoreError>;
    /// Every report's outcomes of the firms of `country` (or every country), in firm and month
    /// order, with the month each firm first took part through `channel` (or any channel).
    async fn impact_panel(
        &mut self,
        country: Option<Country>,
        channel: Option<Channel>,
    ) -> Result<Vec<PanelRow>, StoreError>;
    /// The firm's reports from `from` to `to` (months, both included), in month order.
    async fn reports_of(
        &mut self,
        msme_id: Uuid,
        from: Date,
        to: Date,
    ) -> Result<Vec<StoredReport>, StoreError>;
    /// The reports `query` asks for, summed per month (and group), from the dashboards' cells.
    async fn recovery_table(&mut self, query: &RecoveryQuery) -> Result<Vec<MonthFigures>, StoreError>;
    /// The same table counted afresh from the reports themselves: what the cells must equal.
    async fn recovery_table_recounted(
        &mut self,
        query: &RecoveryQuery,
    ) -> Result<Vec<MonthFigures>, StoreError>;
}

/// One report's line of an impact panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelRow {
    pub msme_id: Uuid,
    pub month: Date,
    pub index_points: Option<i64>,
    pub paid_employees: Option<i64>,
    /// The first month the firm took part through the channel asked for.
    pub joined: Option<Date>,
    /// Whether it took part through another channel: neither a participant nor a clean
    /// comparison.
    pub elsewhere: bool,
}

/// A report to store: the firm, the checked report, the groups and the measures it is counted
/// with.
pub type ReportToStore<'a> = (Uuid, &'a Checked<ReportDraft>, &'a ReportGroups, &'a ReportMeasures);

/// The cell a report is counted in: its month and groups as the cells' key columns hold them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct CellKey {
    month: String,
    country: String,
    region: String,
    sector: String,
    size_class: String,
    women_led: i32,
    youth_led: i32,
    partnered: i32,
}

/// What one report adds to its cell, in the cells' column order after the key.
type Counts = [i64; 12];

/// The reports stored per statement: 16 values each, well within either backend's limit on
/// a statement's values.
const BATCH: usize = 500;

/// A report's row as stored, and what it adds to its cell.
struct ReportValues {
    msme_id: String,
    status: &'static str,
    body: String,
    cell: CellKey,
    index_points: Option<i64>,
    paid_employees: Option<i64>,
    jobs_maintained: Option<i64>,
    jobs_created: Option<i64>,
    counts: Counts,
}

impl ReportValues {
    fn of((msme_id, report, groups, measures): &ReportToStore<'_>) -> Result<Self, StoreError> {
        let paid_employees = measures.paid_employees.map(i64::from);
        let (jobs_maintained, jobs_created) = match measures.jobs {
            Some((maintained, created)) => (Some(i64::from(maintained)), Some(i64::from(created))),
            None => (None, None),
        };
        let status = report.status.as_str();
        Ok(Self {
            msme_id: msme_id.to_string(),
            status,
            body: serde_json::to_string::<ReportDraft>(report)?,
            cell: cell_of(report.month, groups),
            index_points: measures.index_points,
            paid_employees,
            jobs_maintained,
            jobs_created,
            counts: counts(status, measures.index_points, paid_employees, jobs_maintained, jobs_created),
        })
    }
}

/// What a batch of report writes adds to (or takes from) each cell.
#[derive(Default)]
struct Changes(HashMap<CellKey, Counts>);

impl Changes {
    fn add(&mut self, key: CellKey, counts: &Counts, sign: i64) {
        let cell = self.0.entry(key).or_insert([0; 12]);
        for (total, count) in cell.iter_mut().zip(counts) {
            *total += sign * count;
        }
    }
}

const KEY_COLUMNS: &str = "month, country, region_key, sector, size_class, women_led, youth_led, partnered";
const COUNT_COLUMNS: [&str; 12] = [
    "reports",
    "operating",
    "reduced_operations",
    "temporarily_closed",
    "permanently_closed",
    "indexed",
    "index_points",
    "staffed",
    "paid_employees",
    "jobs_counted",
    "jobs_maintained",
    "jobs_created",
];

/// How each count is computed from the reports, for the recount.
const RECOUNT: [&str; 12] = [
    "COUNT(*)",
    "SUM(CASE WHEN status = 'operating' THEN 1 ELSE 0 END)",
    "SUM(CASE WHEN status = 'reduced_operations' THEN 1 ELSE 0 END)",
    "SUM(CASE WHEN status = 'temporarily_closed' THEN 1 ELSE 0 END)",
    "SUM(CASE WHEN status = 'permanently_closed' THEN 1 ELSE 0 END)",
    "SUM(CASE WHEN index_points IS NULL THEN 0 ELSE 1 END)",
    "SUM(COALESCE(index_points, 0))",
    "SUM(CASE WHEN paid_employees IS NULL THEN 0 ELSE 1 END)",
    "SUM(COALESCE(paid_employees, 0))",
    "SUM(CASE WHEN jobs_maintained IS NULL THEN 0 ELSE 1 END)",
    "SUM(COALESCE(jobs_maintained, 0))",
    "SUM(COALESCE(jobs_created, 0))",
];

/// A stored report's cell and counts, as read back to take it out.
type CountedColumns = (
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

const COUNTED: &str = "month, country, region_key, sector, size_class, CAST(women_led AS BIGINT), \
     CAST(youth_led AS BIGINT), CAST(partnered AS BIGINT), status, index_points, paid_employees, jobs_maintained, jobs_created";

fn counts(
    status: &str,
    index: Option<i64>,
    employees: Option<i64>,
    maintained: Option<i64>,
    created: Option<i64>,
) -> Counts {
    let is = |name: &str| i64::from(status == name);
    [
        1,
        is("operating"),
        is("reduced_operations"),
        is("temporarily_closed"),
        is("permanently_closed"),
        i64::from(index.is_some()),
        index.unwrap_or(0),
        i64::from(employees.is_some()),
        employees.unwrap_or(0),
        i64::from(maintained.is_some()),
        maintained.unwrap_or(0),
        created.unwrap_or(0),
    ]
}

fn counted(
    (
        month,
        country,
        region,
        sector,
        size_class,
        women,
        youth,
        partnered,
        status,
        index,
        employees,
        maintained,
        created,
    ): CountedColumns,
) -> (CellKey, Counts) {
    let key = CellKey {
        month,
        country,
        region,
        sector,
        size_class,
        women_led: i32::from(women != 0),
        youth_led: i32::from(youth != 0),
        partnered: i32::from(partnered != 0),
    };
    (key, counts(&status, index, employees, maintained, created))
}

fn cell_of(month: Date, groups: &ReportGroups) -> CellKey {
    CellKey {
        month: month.first_of_month().to_string(),
        country: groups.country.to_string(),
        region: groups.region.trim().to_lowercase(),
        sector: groups.sector.clone(),
        size_class: groups.size_class.map(|c| c.as_str().to_owned()).unwrap_or_default(),
        women_led: i32::from(groups.women_led),
        youth_led: i32::from(groups.youth_led),
        partnered: i32::from(groups.partnered),
    }
}

/// The upsert that adds a report's counts to its cell: written once, since every report
/// write runs it twice.
static MOVE_CELL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let values: Vec<String> = (9..=20).map(|n| format!("${n}")).collect();
    let sums: Vec<String> =
        COUNT_COLUMNS.iter().map(|c| format!("{c} = recovery_cells.{c} + excluded.{c}")).collect();
    format!(
        "INSERT INTO recovery_cells ({KEY_COLUMNS}, {}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, {}) \
         ON CONFLICT ({KEY_COLUMNS}) DO UPDATE SET {}",
        COUNT_COLUMNS.join(", "),
        values.join(", "),
        sums.join(", ")
    )
});

impl SqlUnit {
    /// Adds `counts` (some of them negative when reports leave) to the cell `key`, deleting
    /// it when its reports fall to zero.
    async fn add_to_cell(&mut self, key: &CellKey, counts: &Counts) -> Result<(), StoreError> {
        let sql: &'static str = MOVE_CELL.as_str();
        each_backend!(self, |tx| {
            let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(&key.month)
                .bind(&key.country)
                .bind(&key.region)
                .bind(&key.sector)
                .bind(&key.size_class)
                .bind(key.women_led)
                .bind(key.youth_led)
                .bind(key.partnered);
            for count in counts {
                insert = insert.bind(*count);
            }
            insert.execute(&mut **tx).await?;
            if counts[0] < 0 {
                sqlx::query(
                    "DELETE FROM recovery_cells WHERE month = $1 AND country = $2 AND region_key = $3 \
                     AND sector = $4 AND size_class = $5 AND women_led = $6 AND youth_led = $7 \
                     AND partnered = $8 AND reports = 0",
                )
                .bind(&key.month)
                .bind(&key.country)
                .bind(&key.region)
                .bind(&key.sector)
                .bind(&key.size_class)
                .bind(key.women_led)
                .bind(key.youth_led)
                .bind(key.partnered)
                .execute(&mut **tx)
                .await?;
            }
        });
        Ok(())
    }

    /// Applies the cells' changes a batch of report writes gathered.
    async fn add_to_cells(&mut self, changes: Changes) -> Result<(), StoreError> {
        for (key, counts) in changes.0 {
            if counts.iter().any(|count| *count != 0) {
                self.add_to_cell(&key, &counts).await?;
            }
        }
        Ok(())
    }

    /// Stores reports (each replacing the firm's of the same month; the last of a firm and
    /// month given twice stands) and gathers in `changes` what their cells gain and lose; when
    /// `returning`, the versions of the reports stored, in the order given when no firm and
    /// month repeats.
    /// A few statements per [`BATCH`] reports rather than a few per report.
    async fn store_reports(
        &mut self,
        reports: &[ReportToStore<'_>],
        at: Timestamp,
        changes: &mut Changes,
        returning: bool,
    ) -> Result<Vec<i64>, StoreError> {
        let mut last: HashMap<(Uuid, Date), usize> = HashMap::new();
        for (index, (msme_id, report, _, _)) in reports.iter().enumerate() {
            last.insert((*msme_id, report.month), index);
        }
        let kept: Vec<&ReportToStore> = reports
            .iter()
            .enumerate()
            .filter(|(index, (msme_id, report, _, _))| last[&(*msme_id, report.month)] == *index)
            .map(|(_, report)| report)
            .collect();
        let mut versions = Vec::with_capacity(kept.len());
        for chunk in kept.chunks(BATCH) {
            let keys: Vec<(Uuid, Date)> =
                chunk.iter().map(|(msme_id, report, _, _)| (*msme_id, report.month)).collect();
            for (cell, old) in self.counted_reports(&keys).await? {
                changes.add(cell, &old, -1);
            }
            let rows: Vec<ReportValues> =
                chunk.iter().map(|report| ReportValues::of(report)).collect::<Result<_, _>>()?;
            versions.extend(self.insert_reports(&rows, at, returning).await?);
            for row in rows {
                changes.add(row.cell, &row.counts, 1);
            }
        }
        Ok(versions)
    }

    /// The cells and counts of the stored reports of these firms and months, those there are.
    async fn counted_reports(
        &mut self,
        reports: &[(Uuid, Date)],
    ) -> Result<Vec<(CellKey, Counts)>, StoreError> {
        let values = crate::rows::placeholders(self.is_postgres(), 2 * reports.len());
        let pairs: Vec<String> = values.chunks(2).map(|pair| format!("({}, {})", pair[0], pair[1])).collect();
        let sql = format!(
            "SELECT {COUNTED} FROM recovery_reports WHERE (msme_id, month) IN (VALUES {})",
            pairs.join(", ")
        );
        let rows: Vec<CountedColumns> = each_backend!(self, |tx| {
            let mut select = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
            for (msme_id, month) in reports {
                select = select.bind(msme_id.to_string()).bind(month.first_of_month().to_string());
            }
            select.fetch_all(&mut **tx).await?
        });
        Ok(rows.into_iter().map(counted).collect())
    }

    /// Inserts or replaces the reports in one statement; their versions when `returning` is
    /// set (an import does without them: each returned row costs a message between threads on
    /// SQLite).
    async fn insert_reports(
        &mut self,
        rows: &[ReportValues],
        at: Timestamp,
        returning: bool,
    ) -> Result<Vec<i64>, StoreError> {
        let at = time_text(at);
        let values: Vec<String> = crate::rows::placeholders(self.is_postgres(), 16 * rows.len())
            .chunks(16)
            .map(|row| {
                format!("({}, {}, {}, {}, 1, {})", row[0], row[1], row[2], row[3], row[4..].join(", "))
            })
            .collect();
        let sql = format!(
            "INSERT INTO recovery_reports (msme_id, month, status, body, version, reported_at, country, \
             region_key, sector, size_class, women_led, youth_led, partnered, index_points, paid_employees, \
             jobs_maintained, jobs_created) VALUES {} \
             ON CONFLICT (msme_id, month) DO UPDATE SET status = excluded.status, body = excluded.body, \
             version = recovery_reports.version + 1, reported_at = excluded.reported_at, \
             country = excluded.country, region_key = excluded.region_key, sector = excluded.sector, \
             size_class = excluded.size_class, women_led = excluded.women_led, youth_led = excluded.youth_led, \
             partnered = excluded.partnered, index_points = excluded.index_points, \
             paid_employees = excluded.paid_employees, jobs_maintained = excluded.jobs_maintained, \
             jobs_created = excluded.jobs_created{}",
            values.join(", "),
            if returning { " RETURNING version" } else { "" }
        );
        let versions: Vec<i64> = each_backend!(self, |tx| {
            let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()));
            for row in rows {
                let cell = &row.cell;
                insert = insert
                    .bind(&row.msme_id)
                    .bind(&cell.month)
                    .bind(row.status)
                    .bind(&row.body)
                    .bind(&at)
                    .bind(&cell.country)
                    .bind(&cell.region)
                    .bind(&cell.sector)
                    .bind(&cell.size_class)
                    .bind(cell.women_led)
                    .bind(cell.youth_led)
                    .bind(cell.partnered)
                    .bind(row.index_points)
                    .bind(row.paid_employees)
                    .bind(row.jobs_maintained)
                    .bind(row.jobs_created);
            }
            if returning {
                let rows = insert.fetch_all(&mut **tx).await?;
                rows.iter().map(|row| row.try_get::<i64, _>(0)).collect::<Result<Vec<_>, _>>()?
            } else {
                insert.execute(&mut **tx).await?;
                Vec::new()
            }
        });
        Ok(versions)
    }

    async fn table(&mut self, query: &RecoveryQuery, recount: bool) -> Result<Vec<MonthFigures>, StoreError> {
        let (table, sums): (&str, Vec<String>) = if recount {
            ("recovery_reports", RECOUNT.iter().map(|e| format!("CAST({e} AS BIGINT)")).collect())
        } else {
            ("recovery_cells", COUNT_COLUMNS.iter().map(|c| format!("CAST(SUM({c}) AS BIGINT)")).collect())
        };
        let group = match query.by {
            None => "''",
            Some(Dimension::Country) => "country",
            Some(Dimension::Region) => "region_key",
            Some(Dimension::Sector) => "sector",
            Some(Dimension::SizeClass) => "size_class",
            Some(Dimension::WomenLed) => "CAST(women_led AS TEXT)",
            Some(Dimension::YouthLed) => "CAST(youth_led AS TEXT)",
            Some(Dimension::Partnered) => "CAST(partnered AS TEXT)",
        };
        let mut conditions: Vec<String> = Vec::new();
        let mut binds: Vec<Bind> = Vec::new();
        let mut text = |column: &str, value: String, binds: &mut Vec<Bind>| {
            binds.push(Bind::Text(value));
            conditions.push(format!("{column} = ${}", binds.len()));
        };
        if let Some(country) = query.country {
            text("country", country.to_string(), &mut binds);
        }
        if let Some(region) = &query.region {
            text("region_key", region.trim().to_lowercase(), &mut binds);
        }
        if let Some(sector) = &query.sector {
            text("sector", sector.trim().to_uppercase(), &mut binds);
        }
        if let Some(class) = query.size_class {
            text("size_class", class.as_str().to_owned(), &mut binds);
        }
        for (column, flag) in
            [("women_led", query.women_led), ("youth_led", query.youth_led), ("partnered", query.partnered)]
        {
            if let Some(flag) = flag {
                binds.push(Bind::Int(i32::from(flag)));
                conditions.push(format!("{column} = ${}", binds.len()));
            }
        }
        if let Some(from) = query.from {
            binds.push(Bind::Text(from.first_of_month().to_string()));
            conditions.push(format!("month >= ${}", binds.len()));
        }
        if let Some(to) = query.to {
            binds.push(Bind::Text(to.first_of_month().to_string()));
            conditions.push(format!("month <= ${}", binds.len()));
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        // PostgreSQL refuses a constant in GROUP BY, so an unsplit table groups by month alone.
        let keys = if query.by.is_some() { format!("month, {group}") } else { "month".to_owned() };
        let sql = format!(
            "SELECT month, {group}, {} FROM {table}{filter} GROUP BY {keys} ORDER BY {keys}",
            sums.join(", ")
        );
        let rows: Vec<TableColumns> = each_backend!(self, |tx| {
            let mut select = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
            for bind in &binds {
                select = match bind {
                    Bind::Text(value) => select.bind(value.clone()),
                    Bind::Int(value) => select.bind(*value),
                };
            }
            select.fetch_all(&mut **tx).await?
        });
        rows.into_iter().map(|row| month_figures(query.by, row)).collect()
    }
}

enum Bind {
    Text(String),
    Int(i32),
}

type TableColumns = (String, String, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64);

fn month_figures(
    by: Option<Dimension>,
    (
        month,
        group,
        reports,
        operating,
        reduced,
        temporarily,
        permanently,
        indexed,
        points,
        staffed,
        employees,
        counted,
        maintained,
        created,
    ): TableColumns,
) -> Result<MonthFigures, StoreError> {
    let count =
        |column: &'static str, value: i64| u64::try_from(value).map_err(|_| bad(column, &value.to_string()));
    let group = by.map(|dimension| match dimension {
        Dimension::WomenLed | Dimension::YouthLed | Dimension::Partnered => (group == "1").to_string(),
        _ => group,
    });
    Ok(MonthFigures {
        month: month.parse().map_err(|_| bad("recovery_cells.month", &month))?,
        group,
        reports: count("reports", reports)?,
        operating: count("operating", operating)?,
        reduced_operations: count("reduced_operations", reduced)?,
        temporarily_closed: count("temporarily_closed", temporarily)?,
        permanently_closed: count("permanently_closed", permanently)?,
        indexed: count("indexed", indexed)?,
        index_points: points,
        staffed: count("staffed", staffed)?,
        paid_employees: count("paid_employees", employees)?,
        jobs_counted: count("jobs_counted", counted)?,
        jobs_maintained: count("jobs_maintained", maintained)?,
        jobs_created: count("jobs_created", created)?,
    })
}

type ReportColumns = (String, String, i64, String);

fn report_from(msme_id: Uuid, (_, body, version, at): ReportColumns) -> Result<StoredReport, StoreError> {
    Ok(StoredReport {
        msme_id,
        report: serde_json::from_str(&body)?,
        version: u64::try_from(version).map_err(|_| bad("recovery_reports.version", &version.to_string()))?,
        reported_at: timestamp("recovery_reports.reported_at", &at)?,
    })
}

#[async_trait::async_trait]
impl RecoveryReports for SqlUnit {
    async fn put_report(
        &mut self,
        msme_id: Uuid,
        report: &Checked<ReportDraft>,
        groups: &ReportGroups,
        measures: &ReportMeasures,
        at: Timestamp,
    ) -> Result<StoredReport, StoreError> {
        let mut changes = Changes::default();
        let versions =
            self.store_reports(&[(msme_id, report, groups, measures)], at, &mut changes, true).await?;
        self.add_to_cells(changes).await?;
        let version = versions.first().copied().unwrap_or(1);
        Ok(StoredReport {
            msme_id,
            report: ReportDraft::clone(report),
            version: u64::try_from(version)
                .map_err(|_| bad("recovery_reports.version", &version.to_string()))?,
            reported_at: crate::rows::stored_time(at),
        })
    }

    async fn put_reports(&mut self, reports: &[ReportToStore<'_>], at: Timestamp) -> Result<(), StoreError> {
        let mut changes = Changes::default();
        self.store_reports(reports, at, &mut changes, false).await?;
        self.add_to_cells(changes).await
    }

    async fn delete_report(&mut self, msme_id: Uuid, month: Date) -> Result<bool, StoreError> {
        let Some((cell, old)) = self.counted_reports(&[(msme_id, month)]).await?.pop() else {
            return Ok(false);
        };
        let month = month.first_of_month().to_string();
        self.add_to_cell(&cell, &old.map(|count| -count)).await?;
        each_backend!(self, |tx| {
            sqlx::query("DELETE FROM recovery_reports WHERE msme_id = $1 AND month = $2")
                .bind(msme_id.to_string())
                .bind(&month)
                .execute(&mut **tx)
                .await?;
        });
        Ok(true)
    }

    async fn mark_partnered(&mut self, msme_id: Uuid, partnership: &Partnership) -> Result<u64, StoreError> {
        let since = partnership.since.first_of_month().to_string();
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO recovery_partnerships (msme_id, opportunity_id, channel, since) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (msme_id, opportunity_id) DO UPDATE SET since = CASE \
                 WHEN excluded.since < recovery_partnerships.since THEN excluded.since \
                 ELSE recovery_partnerships.since END",
            )
            .bind(msme_id.to_string())
            .bind(partnership.opportunity_id.to_string())
            .bind(partnership.channel.as_str())
            .bind(&since)
            .execute(&mut **tx)
            .await?;
        });
        let sql = format!(
            "SELECT {COUNTED} FROM recovery_reports WHERE msme_id = $1 AND month >= $2 AND partnered = 0"
        );
        let rows: Vec<CountedColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(msme_id.to_string())
                .bind(&since)
                .fetch_all(&mut **tx)
                .await?
        });
        let moved = rows.len() as u64;
        let mut changes = Changes::default();
        for row in rows {
            let (mut cell, counts) = counted(row);
            changes.add(cell.clone(), &counts, -1);
            cell.partnered = 1;
            changes.add(cell, &counts, 1);
        }
        self.add_to_cells(changes).await?;
        each_backend!(self, |tx| {
            sqlx::query("UPDATE recovery_reports SET partnered = 1 WHERE msme_id = $1 AND month >= $2")
                .bind(msme_id.to_string())
                .bind(&since)
                .execute(&mut **tx)
                .await?;
        });
        Ok(moved)
    }

    async fn partnered_since(&mut self, msme_ids: &[Uuid]) -> Result<HashMap<Uuid, Date>, StoreError> {
        let mut since = HashMap::new();
        for chunk in msme_ids.chunks(crate::rows::IDS_PER_STATEMENT) {
            let sql = format!(
                "SELECT msme_id, MIN(since) FROM recovery_partnerships WHERE msme_id IN ({}) GROUP BY msme_id",
                self.in_list(chunk.len())
            );
            let rows: Vec<(String, String)> = each_backend!(self, |tx| {
                let mut select = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
                for id in chunk {
                    select = select.bind(id.to_string());
                }
                select.fetch_all(&mut **tx).await?
            });
            for (id, month) in rows {
                let id = id.parse().map_err(|_| bad("recovery_partnerships.msme_id", &id))?;
                let month = month.parse().map_err(|_| bad("recovery_partnerships.since", &month))?;
                since.insert(id, month);
            }
        }
        Ok(since)
    }

    async fn impact_panel(
        &mut self,
        country: Option<Country>,
        channel: Option<Channel>,
    ) -> Result<Vec<PanelRow>, StoreError> {
        type Columns = (String, String, Option<i64>, Option<i64>, Option<String>, i64);
        let rows: Vec<Columns> = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT r.msme_id, r.month, r.index_points, r.paid_employees, p.joined, COALESCE(p.elsewhere, 0) \
                 FROM recovery_reports r LEFT JOIN ( \
                   SELECT msme_id, MIN(CASE WHEN $1 = '' OR channel = $1 THEN since END) AS joined, \
                          CAST(SUM(CASE WHEN $1 = '' OR channel = $1 THEN 0 ELSE 1 END) AS BIGINT) AS elsewhere \
                   FROM recovery_partnerships GROUP BY msme_id) p ON p.msme_id = r.msme_id \
                 WHERE ($2 = '' OR r.country = $2) ORDER BY r.msme_id, r.month",
            )
            .bind(channel.map(|c| c.as_str()).unwrap_or_default())
            .bind(country.map(|c| c.to_string()).unwrap_or_default())
            .fetch_all(&mut **tx)
            .await?
        });
        rows.into_iter()
            .map(|(id, month, index_points, paid_employees, joined, elsewhere)| {
                Ok(PanelRow {
                    msme_id: id.parse().map_err(|_| bad("recovery_reports.msme_id", &id))?,
                    month: month.parse().map_err(|_| bad("recovery_reports.month", &month))?,
                    index_points,
                    paid_employees,
                    joined: joined
                        .map(|j| j.parse().map_err(|_| bad("recovery_partnerships.since", &j)))
                        .transpose()?,
                    elsewhere: elsewhere > 0,
                })
            })
            .collect()
    }

    async fn reports_of(
        &mut self,
        msme_id: Uuid,
        from: Date,
        to: Date,
    ) -> Result<Vec<StoredReport>, StoreError> {
        let rows: Vec<ReportColumns> = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT month, body, version, reported_at FROM recovery_reports \
                 WHERE msme_id = $1 AND month >= $2 AND month <= $3 ORDER BY month",
            )
            .bind(msme_id.to_string())
            .bind(from.first_of_month().to_string())
            .bind(to.first_of_month().to_string())
            .fetch_all(&mut **tx)
            .await?
        });
        rows.into_iter().map(|row| report_from(msme_id, row)).collect()
    }

    async fn recovery_table(&mut self, query: &RecoveryQuery) -> Result<Vec<MonthFigures>, StoreError> {
        self.table(query, false).await
    }

    async fn recovery_table_recounted(
        &mut self,
        query: &RecoveryQuery,
    ) -> Result<Vec<MonthFigures>, StoreError> {
        self.table(query, true).await
    }
}
