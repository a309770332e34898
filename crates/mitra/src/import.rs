//! `mitra import reports FILE`: many firms' monthly reports from a CSV or XLSX file, checked
//! row by row as the form checks one, stored whole or not at all, with a progress bar and a
//! per-row report; and `mitra import participations FILE`, which firm took part in which
//! opportunity from which month, likewise.

use std::path::Path;

use anyhow::Context;
use mitra_app::{Actor, App, Participation};
use mitra_domain::OperatingStatus;
use mitra_domain::recovery::{Change, Effect, Pulse, PulseAction, ReportDraft};
use uuid::Uuid;

/// The columns a file of reports has, in any order; only the first three are required.
pub const COLUMNS: [&str; 11] = [
    "msme_id",
    "month",
    "status",
    "revenue",
    "currency",
    "paid_employees",
    "effect",
    "revenue_change",
    "employees_change",
    "hours_change",
    "actions",
];

/// The columns of a file of participations, all required.
pub const PARTICIPATION_COLUMNS: [&str; 3] = ["msme_id", "opportunity_id", "month"];

/// A problem with one row: its line in the file (the header is line 1), the column, and what
/// is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub line: usize,
    pub column: String,
    pub problem: String,
}

/// The rows of a CSV or XLSX file (by its extension) as text cells, the header first.
pub fn read_table(path: &Path) -> anyhow::Result<Vec<Vec<String>>> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    if extension == "xlsx" {
        use calamine::Reader;
        let mut book: calamine::Xlsx<_> =
            calamine::open_workbook(path).with_context(|| format!("reading {}", path.display()))?;
        let sheet = book.worksheet_range_at(0).context("the workbook has no sheet")??;
        return Ok(sheet.rows().map(|row| row.iter().map(cell_text).collect()).collect());
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .with_context(|| format!("reading {}", path.display()))?;
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("{}: line {}", path.display(), index + 1))?;
        rows.push(record.iter().map(|cell| cell.trim().to_owned()).collect());
    }
    Ok(rows)
}

/// A cell as the text a CSV would hold: whole numbers without a decimal point.
fn cell_text(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string().trim().to_owned(),
    }
}

/// Reads the table's rows into reports, each with its line in the file, or every problem
/// found, each named by line and column.
pub fn reports_of(table: &[Vec<String>]) -> Result<Vec<(usize, Uuid, ReportDraft)>, Vec<RowProblem>> {
    read_rows(table, &COLUMNS, &COLUMNS[..3], |line, row, fail| {
        let cell = |name: &str| row.cell(name);
        let msme_id = firm_id(row, fail);
        let month = month_of(row, fail);
        let status = OperatingStatus::parse(cell("status"));
        if status.is_none() {
            fail(
                "status",
                format!("must be one of {}", names(OperatingStatus::ALL.iter().map(|s| s.as_str()))),
            );
        }
        let revenue = match (cell("revenue"), cell("currency")) {
            ("", _) => None,
            (_, "") => {
                fail("currency", "is required with a revenue".into());
                None
            }
            (amount, currency) => {
                mitra_domain::Money::parse(amount, currency).map_err(|e| fail("revenue", e.to_string())).ok()
            }
        };
        let paid_employees = match cell("paid_employees") {
            "" => None,
            raw => {
                raw.parse::<u32>().map_err(|_| fail("paid_employees", "must be a whole number".into())).ok()
            }
        };
        let mut choice = |column: &str, parse: fn(&str) -> Option<Change>| match cell(column) {
            "" => None,
            raw => parse(raw).or_else(|| {
                fail(column, format!("must be one of {}", names(Change::ALL.iter().map(|c| c.as_str()))));
                None
            }),
        };
        let revenue_change = choice("revenue_change", Change::parse);
        let employees_change = choice("employees_change", Change::parse);
        let hours_change = choice("hours_change", Change::parse);
        let effect = match cell("effect") {
            "" => None,
            raw => Effect::parse(raw).or_else(|| {
                fail("effect", format!("must be one of {}", names(Effect::ALL.iter().map(|e| e.as_str()))));
                None
            }),
        };
        let mut actions = Vec::new();
        for raw in cell("actions").split(';').map(str::trim).filter(|a| !a.is_empty()) {
            match PulseAction::parse(raw) {
                Some(action) => actions.push(action),
                None => fail(
                    "actions",
                    format!("{raw:?} is not one of {}", names(PulseAction::ALL.iter().map(|a| a.as_str()))),
                ),
            }
        }
        let (msme_id, month, status) = (msme_id?, month?, status?);
        let pulse = Pulse {
            effect,
            revenue: revenue_change,
            employees: employees_change,
            hours: hours_change,
            actions,
        };
        Some((line, msme_id, ReportDraft { month, revenue, paid_employees, status, pulse }))
    })
}

/// A row's cells, found by its header's column names.
struct Row<'a> {
    header: &'a [String],
    cells: &'a [String],
}

impl<'a> Row<'a> {
    /// The cell of column `name`, trimmed; empty when the column or the cell is missing.
    fn cell(&self, name: &str) -> &'a str {
        self.header.iter().position(|h| h == name).and_then(|i| self.cells.get(i)).map_or("", |c| c.trim())
    }
}

/// Reads every row of `table` but empty ones under its header (which must name only
/// `columns`, and all of `required`) with `read`, given the row's line, its cells by column
/// name and a way to name a problem with a column: what `read` made of every row, or every
/// problem found.
fn read_rows<T>(
    table: &[Vec<String>],
    columns: &[&str],
    required: &[&str],
    mut read: impl FnMut(usize, &Row<'_>, &mut dyn FnMut(&str, String)) -> Option<T>,
) -> Result<Vec<T>, Vec<RowProblem>> {
    let Some((header, rows)) = table.split_first() else {
        return Err(vec![RowProblem { line: 1, column: String::new(), problem: "the file is empty".into() }]);
    };
    let header = header_of(header, columns, required)?;
    let mut problems = Vec::new();
    let mut read_so_far = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let line = index + 2;
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if row.len() > header.len() {
            problems.push(RowProblem {
                line,
                column: String::new(),
                problem: format!("has {} cells, more than the header's {}", row.len(), header.len()),
            });
            continue;
        }
        let mut fail = |column: &str, problem: String| {
            problems.push(RowProblem { line, column: column.into(), problem });
        };
        if let Some(value) = read(line, &Row { header: &header, cells: row }, &mut fail) {
            read_so_far.push(value);
        }
    }
    if problems.is_empty() { Ok(read_so_far) } else { Err(problems) }
}

/// The header's column names, lower-cased, or the problems of a header that names a column
/// not in `columns` or lacks one of `required`.
fn header_of(header: &[String], columns: &[&str], required: &[&str]) -> Result<Vec<String>, Vec<RowProblem>> {
    let header: Vec<String> = header.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    let mut problems = Vec::new();
    for name in &header {
        if !name.is_empty() && !columns.contains(&name.as_str()) {
            problems.push(RowProblem {
                line: 1,
                column: name.clone(),
                problem: format!("is not a column of this file (they are {})", columns.join(", ")),
            });
        }
    }
    for required in required {
        if !header.iter().any(|h| h == required) {
            problems.push(RowProblem { line: 1, column: (*required).into(), problem: "is missing".into() });
        }
    }
    if problems.is_empty() { Ok(header) } else { Err(problems) }
}

/// Reads the table's rows into participations, each with its line in the file, or every
/// problem found, each named by line and column.
pub fn participations_of(table: &[Vec<String>]) -> Result<Vec<(usize, Participation)>, Vec<RowProblem>> {
    read_rows(table, &PARTICIPATION_COLUMNS, &PARTICIPATION_COLUMNS, |line, row, fail| {
        let msme_id = firm_id(row, fail);
        let opportunity_id = row
            .cell("opportunity_id")
            .parse::<Uuid>()
            .map_err(|_| fail("opportunity_id", "must be an opportunity's id".into()))
            .ok();
        let since = month_of(row, fail);
        Some((line, Participation { msme_id: msme_id?, opportunity_id: opportunity_id?, since: since? }))
    })
}

/// The row's firm, or its problem named.
fn firm_id(row: &Row<'_>, fail: &mut dyn FnMut(&str, String)) -> Option<Uuid> {
    row.cell("msme_id")
        .parse::<Uuid>()
        .map_err(|_| fail("msme_id", "must be an organisation's id".into()))
        .ok()
}

/// The row's month, or its problem named.
fn month_of(row: &Row<'_>, fail: &mut dyn FnMut(&str, String)) -> Option<jiff::civil::Date> {
    mitra_server::query::parse_month(row.cell("month")).map_err(|p| fail("month", p.to_string())).ok()
}

/// Records the participations of `path` as `actor`: the problems of every refused row, when
/// there are any (and then nothing is recorded).
pub async fn import_participations(app: &App, actor: &Actor, path: &Path) -> anyhow::Result<Vec<RowProblem>> {
    let table = read_table(path)?;
    let (lines, rows): (Vec<usize>, Vec<Participation>) = match participations_of(&table) {
        Ok(rows) => rows.into_iter().unzip(),
        Err(problems) => return Ok(problems),
    };
    match app.record_participations(actor, rows).await.map_err(|e| anyhow::anyhow!("{e}"))? {
        Ok(recorded) => {
            println!("Recorded {recorded} participations from {}.", path.display());
            Ok(Vec::new())
        }
        Err(refused) => Ok(refused
            .into_iter()
            .map(|(row, invalid)| RowProblem {
                line: lines.get(row).copied().unwrap_or(row + 2),
                column: invalid.field.clone(),
                problem: invalid.problem.to_string(),
            })
            .collect()),
    }
}

fn names<'a>(all: impl Iterator<Item = &'a str>) -> String {
    all.collect::<Vec<_>>().join(", ")
}

/// Imports the reports of `path` as `actor`, with a progress bar on the terminal; the problems
/// of every refused row, when there are any (and then nothing is stored).
pub async fn import_reports(app: &App, actor: &Actor, path: &Path) -> anyhow::Result<Vec<RowProblem>> {
    let table = read_table(path)?;
    let (lines, rows): (Vec<usize>, Vec<(Uuid, ReportDraft)>) = match reports_of(&table) {
        Ok(rows) => rows.into_iter().map(|(line, id, report)| (line, (id, report))).unzip(),
        Err(problems) => return Ok(problems),
    };
    let bar = indicatif::ProgressBar::new(rows.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta} left)")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message("checking and writing");
    let progress = |done: usize, _total: usize| bar.set_position(done as u64);
    let imported =
        app.import_reports_with_progress(actor, rows, &progress).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    bar.finish_and_clear();
    let problems = imported
        .refused
        .into_iter()
        .flat_map(|(row, problems)| {
            let line = lines.get(row).copied().unwrap_or(row + 2);
            problems.into_iter().map(move |invalid| RowProblem {
                line,
                column: invalid.field.clone(),
                problem: invalid.problem.to_string(),
            })
        })
        .collect::<Vec<_>>();
    if problems.is_empty() {
        println!("Stored {} reports from {}.", imported.stored, path.display());
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Vec<Vec<String>> {
        text.lines().map(|line| line.split(',').map(str::to_owned).collect()).collect()
    }

    #[test]
    fn every_problem_of_a_file_is_named_by_its_line_and_column() {
        let id = Uuid::now_v7();
        let file = format!(
            "msme_id,month,status,revenue,currency,actions\n\
             {id},2021-03,operating,1500,GHS,moved_online;cut_hours\n\
             ,,,,,\n\
             {id},2021-13,open,12.5.0,GHS,dancing\n\
             nobody,2021-04,operating,100,,"
        );
        let problems = reports_of(&table(&file)).unwrap_err();
        let named: Vec<(usize, &str)> = problems.iter().map(|p| (p.line, p.column.as_str())).collect();
        assert_eq!(
            named,
            [(4, "month"), (4, "status"), (4, "revenue"), (4, "actions"), (5, "msme_id"), (5, "currency")]
        );
        let good = format!("msme_id,month,status\n{id},2021-03,temporarily_closed");
        let rows = reports_of(&table(&good)).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].0, rows[0].2.status), (2, OperatingStatus::TemporarilyClosed));
    }

    #[test]
    fn a_header_without_the_required_columns_or_with_unknown_ones_is_refused() {
        let problems = reports_of(&table("firm,month,colour")).unwrap_err();
        let columns: Vec<&str> = problems.iter().map(|p| p.column.as_str()).collect();
        assert_eq!(columns, ["firm", "colour", "msme_id", "status"]);
    }

    #[test]
    fn a_participations_file_names_every_bad_cell_and_needs_all_three_columns() {
        let (firm, opportunity) = (Uuid::now_v7(), Uuid::now_v7());
        let file = format!(
            "opportunity_id,msme_id,month\n\
             {opportunity},{firm},2021-03\n\
             ,,\n\
             bank loan,{firm},March\n\
             {opportunity},someone,2021-04"
        );
        let problems = participations_of(&table(&file)).unwrap_err();
        let named: Vec<(usize, &str)> = problems.iter().map(|p| (p.line, p.column.as_str())).collect();
        assert_eq!(named, [(4, "opportunity_id"), (4, "month"), (5, "msme_id")]);
        let good = format!("month,msme_id,opportunity_id\n2021-03-15,{firm},{opportunity}");
        let rows = participations_of(&table(&good)).unwrap();
        let since = jiff::civil::date(2021, 3, 1);
        assert_eq!(rows, [(2, Participation { msme_id: firm, opportunity_id: opportunity, since })]);
        let problems = participations_of(&table("msme_id,month")).unwrap_err();
        assert_eq!(problems.iter().map(|p| p.column.as_str()).collect::<Vec<_>>(), ["opportunity_id"]);
    }
}
