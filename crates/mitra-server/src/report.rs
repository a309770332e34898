//! A job's per-application report as CSV, for the API and the pages alike.

use mitra_app::{Actor, App, AppError};
use uuid::Uuid;

/// Items read per page while writing a report.
const PAGE: u32 = 5_000;

/// Every item of job `id` as a CSV row: position, application, outcome (`done`, `skipped`, or
/// empty while pending), the state it ended in, and why it was skipped.
pub async fn job_report(app: &App, actor: &Actor, id: Uuid) -> Result<Vec<u8>, AppError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| AppError::Internal(Box::new(e));
    writer.write_record(["position", "application_id", "outcome", "status", "reason"]).map_err(failed)?;
    let mut after = None;
    loop {
        let items = app.job_items(actor, id, after, PAGE).await?;
        for item in &items {
            writer
                .write_record([
                    item.position.to_string(),
                    item.subject_id.to_string(),
                    item.outcome.clone().unwrap_or_default(),
                    item.detail.clone().unwrap_or_default(),
                    item.reason.clone().unwrap_or_default(),
                ])
                .map_err(failed)?;
        }
        match items.last() {
            Some(last) if items.len() == PAGE as usize => after = Some(last.position),
            _ => break,
        }
    }
    writer.into_inner().map_err(|e| AppError::Internal(e.to_string().into()))
}
