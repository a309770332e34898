//! Recovery reports: one per firm and month, replaced by a later report of the same month.

use jiff::Timestamp;
use jiff::civil::Date;
use mitra_domain::Checked;
use mitra_domain::recovery::ReportDraft;
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
    /// Stores the firm's report of its month, replacing an earlier report of the same month.
    async fn put_report(
        &mut self,
        msme_id: Uuid,
        report: &Checked<ReportDraft>,
        at: Timestamp,
    ) -> Result<StoredReport, StoreError>;
    /// The firm's reports from `from` to `to` (months, both included), in month order.
    async fn reports_of(
        &mut self,
        msme_id: Uuid,
        from: Date,
        to: Date,
    ) -> Result<Vec<StoredReport>, StoreError>;
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
        at: Timestamp,
    ) -> Result<StoredReport, StoreError> {
        let report: &ReportDraft = report;
        let body = serde_json::to_string(report)?;
        let month = report.month.to_string();
        let version: i64 = each_backend!(self, |tx| {
            sqlx::query_scalar(
                "INSERT INTO recovery_reports (msme_id, month, status, body, version, reported_at) \
                 VALUES ($1, $2, $3, $4, 1, $5) \
                 ON CONFLICT (msme_id, month) DO UPDATE SET status = excluded.status, body = excluded.body, \
                 version = recovery_reports.version + 1, reported_at = excluded.reported_at \
                 RETURNING version",
            )
            .bind(msme_id.to_string())
            .bind(&month)
            .bind(report.status.as_str())
            .bind(&body)
            .bind(time_text(at))
            .fetch_one(&mut **tx)
            .await?
        });
        Ok(StoredReport {
            msme_id,
            report: report.clone(),
            version: u64::try_from(version)
                .map_err(|_| bad("recovery_reports.version", &version.to_string()))?,
            reported_at: crate::rows::stored_time(at),
        })
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
}
