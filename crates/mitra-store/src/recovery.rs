//! Recovery reports: one per firm and month, replaced by a later report of the same month;
//! and the dashboards' cells, the reports summed per month and group, moved in the same
//! transaction as every report.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::Date;
use mitra_domain::Checked;
use mitra_domain::recovery::{
    Dimension, ImpactQuery, MonthFigures, NO_PROGRAMME, Partnership, RecoveryQuery, ReportDraft,
    ReportGroups, ReportMeasures,
};
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
    /// Counts the firm's reports of the months given with new measures (after its baseline
    /// changed), moving their cells; how many reports changed. Months without a report are
    /// passed over.
    async fn remeasure_reports(
        &mut self,
        msme_id: Uuid,
        measures: &[(Date, ReportMeasures)],
    ) -> Result<u64, StoreError>;
    /// The first month each of the firms `msme_ids` counts as partnered from, for those that do.
    async fn partnered_since(&mut self, msme_ids: &[Uuid]) -> Result<HashMap<Uuid, Date>, StoreError>;
    /// The opportunities any firm took part in, in id order.
    async fn partnership_opportunities(&mut self) -> Result<Vec<Uuid>, StoreError>;
    /// Every report's outcomes of the firms of the query's country (or every country), in firm
    /// and month order, with the month each firm first took part as the query says (through
    /// its channel, with its partner, in its opportunity; in anything when it says none).
    async fn impact_panel(&mut self, query: &ImpactQuery) -> Result<Vec<PanelRow>, StoreError>;
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

/// The partner cell a report is counted in for one of its firm's partnerships: the report's
/// cell (whose `partnered` the partner cells do not keep) and the partnership's opportunity
/// and channel.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct PartnerCellKey {
    cell: CellKey,
    opportunity_id: String,
    channel: String,
    partner_id: String,
}

/// A firm's partnership as the partner cells count it: the opportunity, its channel, its
/// partner and the first month (as stored).
#[derive(Debug, Clone)]
struct Joined {
    opportunity_id: String,
    channel: String,
    partner_id: String,
    since: String,
}

/// A partner total: a partner cell's month, partnership and country.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct PartnerTotalKey {
    month: String,
    opportunity_id: String,
    channel: String,
    partner_id: String,
    country: String,
}

/// What a batch of report writes adds to (or takes from) each cell, partner cell and
/// partner total.
#[derive(Default)]
struct Changes {
    cells: HashMap<CellKey, Counts>,
    partner_cells: HashMap<PartnerCellKey, Counts>,
    partner_totals: HashMap<PartnerTotalKey, Counts>,
}

impl Changes {
    fn add(&mut self, key: CellKey, counts: &Counts, sign: i64) {
        add_counts(self.cells.entry(key).or_insert([0; 12]), counts, sign);
    }

    /// Adds a report of the firm with `partnerships` to its cell and to the partner cell of
    /// each partnership it had by the report's month.
    fn add_report(&mut self, key: CellKey, counts: &Counts, sign: i64, partnerships: &[Joined]) {
        for joined in partnerships.iter().filter(|joined| joined.since <= key.month) {
            self.add_partnered(&key, joined, counts, sign);
        }
        self.add(key, counts, sign);
    }

    fn add_partnered(&mut self, key: &CellKey, joined: &Joined, counts: &Counts, sign: i64) {
        let partner = PartnerCellKey {
            cell: CellKey { partnered: 1, ..key.clone() },
            opportunity_id: joined.opportunity_id.clone(),
            channel: joined.channel.clone(),
            partner_id: joined.partner_id.clone(),
        };
        let total = PartnerTotalKey {
            month: key.month.clone(),
            opportunity_id: joined.opportunity_id.clone(),
            channel: joined.channel.clone(),
            partner_id: joined.partner_id.clone(),
            country: key.country.clone(),
        };
        add_counts(self.partner_cells.entry(partner).or_insert([0; 12]), counts, sign);
        add_counts(self.partner_totals.entry(total).or_insert([0; 12]), counts, sign);
    }
}

fn add_counts(cell: &mut Counts, counts: &Counts, sign: i64) {
    for (total, count) in cell.iter_mut().zip(counts) {
        *total += sign * count;
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

/// A stored report's firm, cell and counts, as read back to take it out.
type CountedColumns = (
    String,
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

const COUNTED: &str = "msme_id, month, country, region_key, sector, size_class, CAST(women_led AS BIGINT), \
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
        msme_id,
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
) -> Result<(Uuid, CellKey, Counts), StoreError> {
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
    let msme_id = msme_id.parse().map_err(|_| bad("recovery_reports.msme_id", &msme_id))?;
    Ok((msme_id, key, counts(&status, index, employees, maintained, created)))
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

/// The partner cells' key and their opportunity's partner: the unique index an upsert names.
const PARTNER_KEY_COLUMNS: &str = "month, opportunity_id, channel, partner_id, country, region_key, sector, size_class, women_led, youth_led";

/// The upsert that adds counts to a cell of `table` keyed by `keys` (as many `$n` as it has
/// columns, then the counts'), and the delete of that cell once its reports fall to zero:
/// written once per table, since every report write runs them.
fn cell_statements(table: &str, keys: &str) -> (String, String) {
    let key_count = keys.split(", ").count();
    let values: Vec<String> = (1..=key_count + COUNT_COLUMNS.len()).map(|n| format!("${n}")).collect();
    let sums: Vec<String> =
        COUNT_COLUMNS.iter().map(|c| format!("{c} = {table}.{c} + excluded.{c}")).collect();
    let upsert = format!(
        "INSERT INTO {table} ({keys}, {}) VALUES ({}) ON CONFLICT ({keys}) DO UPDATE SET {}",
        COUNT_COLUMNS.join(", "),
        values.join(", "),
        sums.join(", ")
    );
    let matches: Vec<String> = keys.split(", ").zip(1..).map(|(key, n)| format!("{key} = ${n}")).collect();
    let delete = format!("DELETE FROM {table} WHERE {} AND reports = 0", matches.join(" AND "));
    (upsert, delete)
}

/// A kind of cell: its table's statements (see [`cell_statements`]) and its key's values, in
/// the order of the table's key columns.
trait Cell: Eq + std::hash::Hash {
    fn statements() -> &'static (String, String);
    fn values(&self) -> Vec<KeyValue<'_>>;
}

impl Cell for CellKey {
    fn statements() -> &'static (String, String) {
        &MOVE_CELL
    }

    fn values(&self) -> Vec<KeyValue<'_>> {
        vec![
            KeyValue::Text(&self.month),
            KeyValue::Text(&self.country),
            KeyValue::Text(&self.region),
            KeyValue::Text(&self.sector),
            KeyValue::Text(&self.size_class),
            KeyValue::Int(self.women_led),
            KeyValue::Int(self.youth_led),
            KeyValue::Int(self.partnered),
        ]
    }
}

impl Cell for PartnerCellKey {
    fn statements() -> &'static (String, String) {
        &MOVE_PARTNER_CELL
    }

    fn values(&self) -> Vec<KeyValue<'_>> {
        let cell = &self.cell;
        vec![
            KeyValue::Text(&cell.month),
            KeyValue::Text(&self.opportunity_id),
            KeyValue::Text(&self.channel),
            KeyValue::Text(&self.partner_id),
            KeyValue::Text(&cell.country),
            KeyValue::Text(&cell.region),
            KeyValue::Text(&cell.sector),
            KeyValue::Text(&cell.size_class),
            KeyValue::Int(cell.women_led),
            KeyValue::Int(cell.youth_led),
        ]
    }
}

impl Cell for PartnerTotalKey {
    fn statements() -> &'static (String, String) {
        &MOVE_PARTNER_TOTAL
    }

    fn values(&self) -> Vec<KeyValue<'_>> {
        vec![
            KeyValue::Text(&self.month),
            KeyValue::Text(&self.opportunity_id),
            KeyValue::Text(&self.channel),
            KeyValue::Text(&self.partner_id),
            KeyValue::Text(&self.country),
        ]
    }
}

static MOVE_CELL: std::sync::LazyLock<(String, String)> =
    std::sync::LazyLock::new(|| cell_statements("recovery_cells", KEY_COLUMNS));
static MOVE_PARTNER_CELL: std::sync::LazyLock<(String, String)> =
    std::sync::LazyLock::new(|| cell_statements("recovery_partner_cells", PARTNER_KEY_COLUMNS));
static MOVE_PARTNER_TOTAL: std::sync::LazyLock<(String, String)> = std::sync::LazyLock::new(|| {
    cell_statements("recovery_partner_totals", "month, opportunity_id, channel, partner_id, country")
});

impl SqlUnit {
    /// Every month from `from` to `to` (or on), as stored, within the first and the last month
    /// of any report: one firm's reports are found month by month, since they are keyed by
    /// month first. Every stored report is counted in a cell, so the cells know both months.
    async fn months_stored(&mut self, from: Date, to: Option<Date>) -> Result<Vec<String>, StoreError> {
        // Each bound by itself, which both backends read off the cells' key.
        let (first, last): (Option<String>, Option<String>) = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT (SELECT MIN(month) FROM recovery_cells), (SELECT MAX(month) FROM recovery_cells)",
            )
            .fetch_one(&mut **tx)
            .await?
        });
        let (Some(first), Some(last)) = (first, last) else { return Ok(Vec::new()) };
        let month_of = |text: String| text.parse::<Date>().map_err(|_| bad("recovery_cells.month", &text));
        let (first, last) = (month_of(first)?, month_of(last)?);
        let until = to.map_or(last, |to| to.first_of_month().min(last));
        let mut month = from.first_of_month().max(first);
        let mut months = Vec::new();
        while month <= until {
            months.push(month.to_string());
            month = month
                .checked_add(jiff::Span::new().months(1))
                .map_err(|_| bad("recovery_cells.month", &last.to_string()))?;
        }
        Ok(months)
    }

    /// The firm's stored reports of `months` (as stored), with their cells and counts.
    async fn counted_of(&mut self, firm: &str, months: &[String]) -> Result<Vec<CountedColumns>, StoreError> {
        let (firm_at, months_at) = self.firm_and_months(months.len());
        let sql = format!(
            "SELECT {COUNTED} FROM recovery_reports WHERE msme_id = {firm_at} AND month IN ({months_at})"
        );
        Ok(each_backend!(self, |tx| {
            let mut select = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(firm);
            for month in months {
                select = select.bind(month);
            }
            select.fetch_all(&mut **tx).await?
        }))
    }

    /// The placeholders of a firm and of `months` months after it.
    fn firm_and_months(&self, months: usize) -> (String, String) {
        let mut at = crate::rows::placeholders(self.is_postgres(), 1 + months);
        let months = at.split_off(1).join(", ");
        (at.remove(0), months)
    }

    /// Adds each cell's counts (some of them negative when reports leave) to it, deleting a
    /// cell whose reports fall to zero.
    async fn move_cells<K: Cell>(&mut self, cells: HashMap<K, Counts>) -> Result<(), StoreError> {
        let (upsert, delete) = K::statements();
        for (key, counts) in cells.iter().filter(|(_, counts)| counts.iter().any(|count| *count != 0)) {
            let keys = key.values();
            each_backend!(self, |tx| {
                let mut insert = sqlx::query(sqlx::AssertSqlSafe(upsert.as_str()));
                for key in &keys {
                    insert = match key {
                        KeyValue::Text(text) => insert.bind(*text),
                        KeyValue::Int(int) => insert.bind(*int),
                    };
                }
                for count in counts {
                    insert = insert.bind(*count);
                }
                insert.execute(&mut **tx).await?;
                if counts[0] < 0 {
                    let mut remove = sqlx::query(sqlx::AssertSqlSafe(delete.as_str()));
                    for key in &keys {
                        remove = match key {
                            KeyValue::Text(text) => remove.bind(*text),
                            KeyValue::Int(int) => remove.bind(*int),
                        };
                    }
                    remove.execute(&mut **tx).await?;
                }
            });
        }
        Ok(())
    }

    /// Applies the changes a batch of report writes gathered to the cells, the partner cells
    /// and the partner totals.
    async fn add_to_cells(&mut self, changes: Changes) -> Result<(), StoreError> {
        self.move_cells(changes.cells).await?;
        self.move_cells(changes.partner_cells).await?;
        self.move_cells(changes.partner_totals).await
    }

    /// The partnerships of each of the firms `msme_ids` that has any.
    async fn partnerships_of(&mut self, msme_ids: &[Uuid]) -> Result<HashMap<Uuid, Vec<Joined>>, StoreError> {
        let mut joined: HashMap<Uuid, Vec<Joined>> = HashMap::new();
        for chunk in msme_ids.chunks(crate::rows::IDS_PER_STATEMENT) {
            let sql = format!(
                "SELECT p.msme_id, p.opportunity_id, p.channel, COALESCE(o.partner_id, ''), p.since \
                 FROM recovery_partnerships p LEFT JOIN opportunities o ON o.id = p.opportunity_id \
                 WHERE p.msme_id IN ({})",
                self.in_list(chunk.len())
            );
            let rows: Vec<(String, String, String, String, String)> = each_backend!(self, |tx| {
                let mut select = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
                for id in chunk {
                    select = select.bind(id.to_string());
                }
                select.fetch_all(&mut **tx).await?
            });
            for (id, opportunity_id, channel, partner_id, since) in rows {
                let id = id.parse().map_err(|_| bad("recovery_partnerships.msme_id", &id))?;
                joined.entry(id).or_default().push(Joined { opportunity_id, channel, partner_id, since });
            }
        }
        Ok(joined)
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
            let mut firms: Vec<Uuid> = keys.iter().map(|(msme_id, _)| *msme_id).collect();
            firms.sort_unstable();
            firms.dedup();
            let partnerships = self.partnerships_of(&firms).await?;
            let of = |msme_id: &Uuid| partnerships.get(msme_id).map_or(&[][..], Vec::as_slice);
            for (msme_id, cell, old) in self.counted_reports(&keys).await? {
                changes.add_report(cell, &old, -1, of(&msme_id));
            }
            let rows: Vec<ReportValues> =
                chunk.iter().map(|report| ReportValues::of(report)).collect::<Result<_, _>>()?;
            versions.extend(self.insert_reports(&rows, at, returning).await?);
            for (row, (msme_id, _, _, _)) in rows.into_iter().zip(chunk) {
                changes.add_report(row.cell, &row.counts, 1, of(msme_id));
            }
        }
        Ok(versions)
    }

    /// The firms, cells and counts of the stored reports of these firms and months, those
    /// there are.
    async fn counted_reports(
        &mut self,
        reports: &[(Uuid, Date)],
    ) -> Result<Vec<(Uuid, CellKey, Counts)>, StoreError> {
        let values = crate::rows::placeholders(self.is_postgres(), 2 * reports.len());
        let pairs: Vec<String> = values.chunks(2).map(|pair| format!("({}, {})", pair[0], pair[1])).collect();
        // Joined rather than `(month, msme_id) IN (VALUES ...)`, which SQLite answers by
        // scanning every report.
        let sql = format!(
            "SELECT {COUNTED} FROM (VALUES {}) AS v JOIN recovery_reports r \
             ON r.month = v.column1 AND r.msme_id = v.column2",
            pairs.join(", ")
        );
        let rows: Vec<CountedColumns> = each_backend!(self, |tx| {
            let mut select = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()));
            for (msme_id, month) in reports {
                select = select.bind(month.first_of_month().to_string()).bind(msme_id.to_string());
            }
            select.fetch_all(&mut **tx).await?
        });
        rows.into_iter().map(counted).collect()
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
        let partnerships = query.counts_partnerships();
        // A query of partnerships reads the partner cells (or counts each report once per
        // partnership its firm had by then), each with its opportunity's partner.
        // Narrowed or split by nothing finer than the country, the partner totals suffice.
        let finer = query.region.is_some()
            || query.sector.is_some()
            || query.size_class.is_some()
            || query.women_led.is_some()
            || query.youth_led.is_some()
            || matches!(
                query.by,
                Some(
                    Dimension::Region
                        | Dimension::Sector
                        | Dimension::SizeClass
                        | Dimension::WomenLed
                        | Dimension::YouthLed
                )
            );
        let table = match (partnerships, recount) {
            (false, false) => "recovery_cells",
            (false, true) => "recovery_reports",
            (true, false) if !finer => "recovery_partner_totals",
            (true, false) => "recovery_partner_cells",
            (true, true) => {
                "(SELECT r.*, p.opportunity_id, p.channel, COALESCE(o.partner_id, '') AS partner_id \
                 FROM recovery_reports r JOIN recovery_partnerships p ON p.msme_id = r.msme_id AND p.since <= r.month \
                 LEFT JOIN opportunities o ON o.id = p.opportunity_id)"
            }
        };
        // A programme is its opportunities': read through them, so that an opportunity that
        // moves to another programme takes its cells along.
        let table = if query.programme.is_some() || query.by == Some(Dimension::Programme) {
            format!(
                "(SELECT c.*, COALESCE(o.programme_id, '{NO_PROGRAMME}') AS programme_id FROM {table} c \
                 LEFT JOIN opportunities o ON o.id = c.opportunity_id) AS g"
            )
        } else if recount && partnerships {
            format!("{table} AS t")
        } else {
            table.to_owned()
        };
        let sums: Vec<String> = if recount {
            RECOUNT.iter().map(|e| format!("CAST({e} AS BIGINT)")).collect()
        } else {
            COUNT_COLUMNS.iter().map(|c| format!("CAST(SUM({c}) AS BIGINT)")).collect()
        };
        let group = match query.by {
            None => "''",
            // Every partnership's report is a partnered one.
            Some(Dimension::Partnered) if partnerships => "'1'",
            Some(Dimension::Channel) => "channel",
            Some(Dimension::Partner) => "partner_id",
            Some(Dimension::Opportunity) => "opportunity_id",
            Some(Dimension::Programme) => "programme_id",
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
        if let Some(channel) = query.channel {
            text("channel", channel.as_str().to_owned(), &mut binds);
        }
        if let Some(partner) = query.partner {
            text("partner_id", partner.to_string(), &mut binds);
        }
        if let Some(opportunity) = query.opportunity {
            text("opportunity_id", opportunity.to_string(), &mut binds);
        }
        if let Some(programme) = query.programme {
            text("programme_id", programme.to_string(), &mut binds);
        }
        let partnered = match (partnerships, query.partnered) {
            // A partnership's reports are all partnered: the condition holds of all or none.
            (true, Some(false)) => {
                conditions.push("1 = 0".to_owned());
                None
            }
            (true, _) => None,
            (false, partnered) => partnered,
        };
        for (column, flag) in
            [("women_led", query.women_led), ("youth_led", query.youth_led), ("partnered", partnered)]
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
        let keys = if group.starts_with('\'') { "month".to_owned() } else { format!("month, {group}") };
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

/// A cell's key column's value, bound.
enum KeyValue<'a> {
    Text(&'a str),
    Int(i32),
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
        let Some((_, cell, old)) = self.counted_reports(&[(msme_id, month)]).await?.pop() else {
            return Ok(false);
        };
        let partnerships = self.partnerships_of(&[msme_id]).await?;
        let mut changes = Changes::default();
        changes.add_report(cell, &old, -1, partnerships.get(&msme_id).map_or(&[][..], Vec::as_slice));
        self.add_to_cells(changes).await?;
        let month = month.first_of_month().to_string();
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
        let firm = msme_id.to_string();
        let opportunity_id = partnership.opportunity_id.to_string();
        let since = partnership.since.first_of_month().to_string();
        // The firm's reports from an earlier entry into the same opportunity on are counted in
        // its partner cells already, with the channel it had then.
        let before: Option<(String, String)> = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT channel, since FROM recovery_partnerships WHERE msme_id = $1 AND opportunity_id = $2",
            )
            .bind(&firm)
            .bind(&opportunity_id)
            .fetch_optional(&mut **tx)
            .await?
        });
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO recovery_partnerships (msme_id, opportunity_id, channel, since) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (msme_id, opportunity_id) DO UPDATE SET since = CASE \
                 WHEN excluded.since < recovery_partnerships.since THEN excluded.since \
                 ELSE recovery_partnerships.since END",
            )
            .bind(&firm)
            .bind(&opportunity_id)
            .bind(partnership.channel.as_str())
            .bind(&since)
            .execute(&mut **tx)
            .await?;
        });
        let (channel, until) = match before {
            Some((channel, earlier)) => (channel, Some(earlier)),
            None => (partnership.channel.as_str().to_owned(), None),
        };
        let mut months = self.months_stored(partnership.since, None).await?;
        months.retain(|month| until.as_ref().is_none_or(|until| month < until));
        if months.is_empty() {
            return Ok(0);
        }
        let partner_id: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT partner_id FROM opportunities WHERE id = $1")
                .bind(&opportunity_id)
                .fetch_optional(&mut **tx)
                .await?
        });
        let joined = Joined { opportunity_id, channel, partner_id: partner_id.unwrap_or_default(), since };
        let rows = self.counted_of(&firm, &months).await?;
        let (firm_at, months_at) = self.firm_and_months(months.len());
        let mut moved = 0;
        let mut changes = Changes::default();
        for row in rows {
            let (_, cell, counts) = counted(row)?;
            changes.add_partnered(&cell, &joined, &counts, 1);
            if cell.partnered == 0 {
                moved += 1;
                changes.add(cell.clone(), &counts, -1);
                changes.add(CellKey { partnered: 1, ..cell }, &counts, 1);
            }
        }
        self.add_to_cells(changes).await?;
        let sql = format!(
            "UPDATE recovery_reports SET partnered = 1 WHERE msme_id = {firm_at} AND month IN ({months_at})"
        );
        each_backend!(self, |tx| {
            let mut update = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(&firm);
            for month in &months {
                update = update.bind(month);
            }
            update.execute(&mut **tx).await?;
        });
        Ok(moved)
    }

    async fn remeasure_reports(
        &mut self,
        msme_id: Uuid,
        measures: &[(Date, ReportMeasures)],
    ) -> Result<u64, StoreError> {
        let wanted: HashMap<String, &ReportMeasures> =
            measures.iter().map(|(month, m)| (month.first_of_month().to_string(), m)).collect();
        let partnerships = self.partnerships_of(&[msme_id]).await?.remove(&msme_id).unwrap_or_default();
        let firm = msme_id.to_string();
        let mut changes = Changes::default();
        let mut changed = 0;
        for months in measures.chunks(crate::rows::IDS_PER_STATEMENT) {
            let months: Vec<String> = months.iter().map(|(m, _)| m.first_of_month().to_string()).collect();
            for row in self.counted_of(&firm, &months).await? {
                let status = row.9.clone();
                let (_, cell, before) = counted(row)?;
                let Some(new) = wanted.get(&cell.month) else { continue };
                let employees = new.paid_employees.map(i64::from);
                let (maintained, created) = match new.jobs {
                    Some((maintained, created)) => (Some(i64::from(maintained)), Some(i64::from(created))),
                    None => (None, None),
                };
                let after = counts(&status, new.index_points, employees, maintained, created);
                if after == before {
                    continue;
                }
                changed += 1;
                changes.add_report(cell.clone(), &before, -1, &partnerships);
                changes.add_report(cell.clone(), &after, 1, &partnerships);
                each_backend!(self, |tx| {
                    sqlx::query(
                        "UPDATE recovery_reports SET index_points = $3, paid_employees = $4, \
                         jobs_maintained = $5, jobs_created = $6 WHERE msme_id = $1 AND month = $2",
                    )
                    .bind(&firm)
                    .bind(&cell.month)
                    .bind(new.index_points)
                    .bind(employees)
                    .bind(maintained)
                    .bind(created)
                    .execute(&mut **tx)
                    .await?;
                });
            }
        }
        self.add_to_cells(changes).await?;
        Ok(changed)
    }

    async fn partnered_since(&mut self, msme_ids: &[Uuid]) -> Result<HashMap<Uuid, Date>, StoreError> {
        let mut since = HashMap::new();
        for (id, partnerships) in self.partnerships_of(msme_ids).await? {
            if let Some(first) = partnerships.iter().map(|joined| joined.since.as_str()).min() {
                let first = first.parse().map_err(|_| bad("recovery_partnerships.since", first))?;
                since.insert(id, first);
            }
        }
        Ok(since)
    }

    async fn partnership_opportunities(&mut self) -> Result<Vec<Uuid>, StoreError> {
        let ids: Vec<String> = each_backend!(self, |tx| {
            sqlx::query_scalar(
                "SELECT DISTINCT opportunity_id FROM recovery_partnerships ORDER BY opportunity_id",
            )
            .fetch_all(&mut **tx)
            .await?
        });
        ids.iter().map(|id| id.parse().map_err(|_| bad("recovery_partnerships.opportunity_id", id))).collect()
    }

    async fn impact_panel(&mut self, query: &ImpactQuery) -> Result<Vec<PanelRow>, StoreError> {
        type Columns = (String, String, Option<i64>, Option<i64>, Option<String>, i64);
        let taking_part = "($1 = '' OR channel = $1) AND ($2 = '' OR opportunity_id = $2) \
             AND ($3 = '' OR opportunity_id IN (SELECT id FROM opportunities WHERE partner_id = $3)) \
             AND ($5 = '' OR opportunity_id IN (SELECT id FROM opportunities WHERE programme_id = $5))";
        let sql = format!(
            "SELECT r.msme_id, r.month, r.index_points, r.paid_employees, p.joined, COALESCE(p.elsewhere, 0) \
             FROM recovery_reports r LEFT JOIN ( \
               SELECT msme_id, MIN(CASE WHEN {taking_part} THEN since END) AS joined, \
                      CAST(SUM(CASE WHEN {taking_part} THEN 0 ELSE 1 END) AS BIGINT) AS elsewhere \
               FROM recovery_partnerships GROUP BY msme_id) p ON p.msme_id = r.msme_id \
             WHERE ($4 = '' OR r.country = $4)"
        );
        let id = |id: Option<Uuid>| id.map(|id| id.to_string()).unwrap_or_default();
        let rows: Vec<Columns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(query.channel.map(|c| c.as_str()).unwrap_or_default())
                .bind(id(query.opportunity))
                .bind(id(query.partner))
                .bind(query.country.map(|c| c.to_string()).unwrap_or_default())
                .bind(id(query.programme))
                .fetch_all(&mut **tx)
                .await?
        });
        let mut panel = rows
            .into_iter()
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
            .collect::<Result<Vec<_>, StoreError>>()?;
        // Sorted here: the reports are kept in month order.
        panel.sort_unstable_by_key(|row| (row.msme_id, row.month));
        Ok(panel)
    }

    async fn reports_of(
        &mut self,
        msme_id: Uuid,
        from: Date,
        to: Date,
    ) -> Result<Vec<StoredReport>, StoreError> {
        let months = self.months_stored(from, Some(to)).await?;
        if months.is_empty() {
            return Ok(Vec::new());
        }
        let (firm_at, months_at) = self.firm_and_months(months.len());
        let sql = format!(
            "SELECT month, body, version, reported_at FROM recovery_reports \
             WHERE msme_id = {firm_at} AND month IN ({months_at}) ORDER BY month"
        );
        let rows: Vec<ReportColumns> = each_backend!(self, |tx| {
            let mut select = sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(msme_id.to_string());
            for month in &months {
                select = select.bind(month);
            }
            select.fetch_all(&mut **tx).await?
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
