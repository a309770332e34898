//! Reports for download, for the API and the pages alike: a job's per-application report as
//! CSV, and a table (the recovery dashboard's) as CSV or XLSX with the same rows.

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

/// A cell of a table for download: text, or a number that a spreadsheet keeps as a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Number(number) => number.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// A table: its header, then its rows.
pub type Table = (Vec<&'static str>, Vec<Vec<Cell>>);

/// The recovery dashboard's table, one row per month (and group), with plain numbers: shares as
/// fractions (0.75), the month as `2021-03`.
pub fn recovery_rows(
    query: &mitra_domain::recovery::RecoveryQuery,
    table: &[mitra_domain::recovery::MonthFigures],
) -> Table {
    use rust_decimal::prelude::ToPrimitive;
    let header = vec![
        "month",
        "group",
        "reports",
        "operating",
        "reduced_operations",
        "temporarily_closed",
        "permanently_closed",
        "open_share",
        "reports_with_index",
        "mean_recovery_index",
        "paid_employees",
        "jobs_maintained",
        "jobs_created",
    ];
    let share = |value: Option<rust_decimal::Decimal>| {
        value.and_then(|v| v.to_f64()).map_or(Cell::Empty, Cell::Number)
    };
    let count = |value: u64| Cell::Number(value as f64);
    let rows = table
        .iter()
        .map(|m| {
            vec![
                Cell::Text(format!("{:04}-{:02}", m.month.year(), m.month.month())),
                match (&query.by, &m.group) {
                    (Some(_), Some(group)) => Cell::Text(group.clone()),
                    _ => Cell::Text("all".to_owned()),
                },
                count(m.reports),
                count(m.operating),
                count(m.reduced_operations),
                count(m.temporarily_closed),
                count(m.permanently_closed),
                share(m.open_share()),
                count(m.indexed),
                share(m.mean_index()),
                count(m.paid_employees),
                count(m.jobs_maintained),
                count(m.jobs_created),
            ]
        })
        .collect();
    (header, rows)
}

/// A table as CSV.
pub fn csv_of((header, rows): &Table) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory fails only if memory does.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row.iter().map(Cell::text));
    }
    writer.into_inner().unwrap_or_default()
}

/// A table as an XLSX workbook of one sheet, numbers kept as numbers.
pub fn xlsx_of(sheet: &str, (header, rows): &Table) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet)?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (column, name) in header.iter().enumerate() {
        worksheet.write_string_with_format(0, column as u16, *name, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (column, cell) in row.iter().enumerate() {
            match cell {
                Cell::Text(text) => worksheet.write_string(r, column as u16, text)?,
                Cell::Number(number) => worksheet.write_number(r, column as u16, *number)?,
                Cell::Empty => worksheet,
            };
        }
    }
    workbook.save_to_buffer()
}
