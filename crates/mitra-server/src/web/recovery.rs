//! Recovery pages: an MSME's monthly report, one screen that works on a phone, with its past
//! reports against the baseline; and the dashboard of every firm's reports, with charts, the
//! table of the same numbers, filters that stay in the address, and CSV and XLSX exports.

use std::collections::HashMap;

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::{AppError, RecoveryHistory};
use mitra_domain::recovery::{
    Change, Dimension, Effect, MonthFigures, Pulse, PulseAction, RecoveryQuery, ReportDraft,
};
use mitra_domain::{Channel, Invalid, OperatingStatus, Problem, SizeClass};
use rust_decimal::prelude::ToPrimitive;
use uuid::Uuid;

use crate::AppState;
use crate::query::{parse_month, recovery_query};
use crate::web::chart::{Key, LineChart, MOST_SERIES, Series};
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::{
    bad_address, error_page, filter_problems, money_field, param, path_id, render, without_empty_fields,
};

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportsPage {
    layout: Layout,
    id: String,
    name: String,
    currency: String,
    baseline: Option<String>,
    rows: Vec<ReportLine>,
    may_report: bool,
    form: ReportForm,
    errors: FieldErrors,
    saved: Option<String>,
    statuses: Vec<OperatingStatus>,
    effects: Vec<Effect>,
    changes: Vec<Change>,
    actions: Vec<PulseAction>,
}

/// The form's values, as typed.
#[derive(Debug, Clone, Default)]
struct ReportForm {
    month: String,
    revenue: String,
    paid_employees: String,
    status: String,
    effect: String,
    revenue_change: String,
    employees_change: String,
    hours_change: String,
    actions: Vec<String>,
}

impl ReportForm {
    /// The three "since the last report" questions: field, label and answer.
    fn changes(&self, layout: &Layout) -> Vec<(&'static str, String, String)> {
        vec![
            ("revenue_change", layout.t("reports-change-revenue"), self.revenue_change.clone()),
            ("employees_change", layout.t("reports-change-employees"), self.employees_change.clone()),
            ("hours_change", layout.t("reports-change-hours"), self.hours_change.clone()),
        ]
    }

    /// Whether the form ticks `action`.
    fn ticked(&self, action: &PulseAction) -> bool {
        self.actions.iter().any(|a| a == action.as_str())
    }
}

struct ReportLine {
    month: String,
    status: String,
    revenue: String,
    employees: String,
    index: String,
    gap: String,
    jobs: String,
}

fn report_lines(layout: &Layout, history: &RecoveryHistory) -> Vec<ReportLine> {
    history
        .reports
        .iter()
        .map(|row| {
            let report = &row.stored.report;
            ReportLine {
                month: layout.locale.month(report.month),
                status: layout.status(&report.status),
                revenue: report.revenue.as_ref().map(|m| layout.money(m)).unwrap_or_default(),
                employees: report.paid_employees.map(|n| layout.number(n)).unwrap_or_default(),
                index: row.index.map(|i| layout.locale.percent(i)).unwrap_or_default(),
                gap: row.gap.as_ref().map(|m| layout.money(m)).unwrap_or_default(),
                jobs: row
                    .jobs
                    .map(|(kept, new)| {
                        layout.t2(
                            "reports-jobs-value",
                            "kept",
                            layout.number(kept),
                            "new",
                            layout.number(new),
                        )
                    })
                    .unwrap_or_default(),
            }
        })
        .collect()
}

async fn reports_page(
    state: &AppState,
    viewer: Viewer,
    id: Uuid,
    status: StatusCode,
    form: Option<ReportForm>,
    errors: FieldErrors,
    saved: Option<String>,
) -> Response {
    let history = match state.app.recovery_history(&viewer.actor, id).await {
        Ok(history) => history,
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = viewer.layout;
    let today = state.app.today();
    let baseline = history.baseline.monthly_revenue().map(|monthly| {
        layout.t2("reports-baseline", "year", history.baseline.year, "monthly", layout.money(&monthly))
    });
    let form = form.unwrap_or_else(|| {
        let month = history.missing.unwrap_or_else(|| today.first_of_month());
        ReportForm {
            month: format!("{:04}-{:02}", month.year(), month.month()),
            status: OperatingStatus::Operating.as_str().to_owned(),
            ..ReportForm::default()
        }
    });
    let rows = report_lines(&layout, &history);
    render(
        status,
        &ReportsPage {
            id: id.to_string(),
            name: history.msme.details.name.to_string(),
            currency: history.msme.details.country.currency().to_string(),
            baseline,
            rows,
            may_report: history.may_report,
            form,
            errors,
            saved,
            statuses: OperatingStatus::ALL.to_vec(),
            effects: Effect::ALL.to_vec(),
            changes: Change::ALL.to_vec(),
            actions: PulseAction::ALL.to_vec(),
            layout,
        },
    )
}

pub(super) async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let saved = parse_month(&param(&query, "saved")).ok().map(|m| viewer.layout.locale.month(m));
    reports_page(&state, viewer, id, StatusCode::OK, None, FieldErrors::default(), saved).await
}

pub(super) async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    if let Err(error) = state.app.may_report_for(&viewer.actor, id).await {
        return error_page(viewer.layout, error);
    }
    let typed = ReportForm {
        month: form.get("month"),
        revenue: form.get("revenue"),
        paid_employees: form.get("paid_employees"),
        status: form.get("status"),
        effect: form.get("effect"),
        revenue_change: form.get("revenue_change"),
        employees_change: form.get("employees_change"),
        hours_change: form.get("hours_change"),
        actions: form.all("actions"),
    };
    let mut problems = Vec::new();
    let month = parse_month(&typed.month).map_err(|p| problems.push(Invalid::new("month", p))).ok();
    let revenue = money_field("revenue", &(typed.revenue.clone(), form.get("currency")), &mut problems);
    let paid_employees = match typed.paid_employees.trim() {
        "" => None,
        raw => raw
            .parse::<u32>()
            .map_err(|_| problems.push(Invalid::new("paid_employees", Problem::NotWholeNumber)))
            .ok(),
    };
    let status = OperatingStatus::parse(&typed.status);
    if status.is_none() {
        problems.push(Invalid::new("status", Problem::Required));
    }
    let choice = |raw: &str, field: &str, problems: &mut Vec<Invalid>| -> Option<Change> {
        if raw.is_empty() {
            return None;
        }
        Change::parse(raw).or_else(|| {
            problems.push(Invalid::new(field, Problem::NotInList));
            None
        })
    };
    let pulse = Pulse {
        effect: Effect::parse(&typed.effect),
        revenue: choice(&typed.revenue_change, "revenue_change", &mut problems),
        employees: choice(&typed.employees_change, "employees_change", &mut problems),
        hours: choice(&typed.hours_change, "hours_change", &mut problems),
        actions: typed.actions.iter().filter_map(|a| PulseAction::parse(a)).collect(),
    };
    let (Some(month), Some(status), true) = (month, status, problems.is_empty()) else {
        let errors = FieldErrors::new(problems, &viewer.layout.locale);
        return reports_page(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, Some(typed), errors, None)
            .await;
    };
    let draft = ReportDraft { month, revenue, paid_employees, status, pulse };
    match state.app.put_recovery_report(&viewer.actor, id, draft).await {
        Ok(row) => {
            let month = row.stored.report.month;
            Redirect::to(&format!(
                "/organizations/{id}/reports?saved={:04}-{:02}",
                month.year(),
                month.month()
            ))
            .into_response()
        }
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            reports_page(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, Some(typed), errors, None)
                .await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

#[derive(Template)]
#[template(path = "recovery.html")]
struct Dashboard {
    layout: Layout,
    filters: Filters,
    problems: Vec<Invalid>,
    charts: Vec<ChartView>,
    table: Vec<TableLine>,
    /// The query string, for the export links.
    query: String,
    countries: Vec<(String, String)>,
    sections: Vec<(&'static str, String)>,
    size_classes: Vec<SizeClass>,
    channels: Vec<(&'static str, String)>,
    /// The opportunities firms took part in, and their partners, to narrow the table to.
    opportunities: Vec<(String, String)>,
    partners: Vec<(String, String)>,
    programmes: Vec<(String, String)>,
    dimensions: Vec<Dimension>,
    /// Whether a firm may count in several of the table's groups (a split by partnership).
    overlapping: bool,
    /// Whether the table is split into groups.
    split: bool,
    /// How many firms reported for the latest month, shown when nothing narrows the table.
    response: Option<String>,
    /// Whether the reader may email the firms that have not reported.
    may_remind: bool,
}

/// A chart drawn, with its legend.
struct ChartView {
    title: String,
    svg: String,
    keys: Vec<Key>,
}

/// The filters as typed, to fill the form again.
#[derive(Debug, Clone, Default)]
struct Filters {
    country: String,
    region: String,
    sector: String,
    size_class: String,
    women_led: String,
    youth_led: String,
    partnered: String,
    channel: String,
    partner: String,
    opportunity: String,
    programme: String,
    from: String,
    to: String,
    by: String,
}

impl Filters {
    /// The yes-or-no filters: field, label and value.
    fn flags(&self, layout: &Layout) -> Vec<(&'static str, String, String)> {
        vec![
            ("women_led", layout.t("recovery-women-led"), self.women_led.clone()),
            ("youth_led", layout.t("recovery-youth-led"), self.youth_led.clone()),
            ("partnered", layout.t("recovery-partnered"), self.partnered.clone()),
        ]
    }
}

struct TableLine {
    month: String,
    group: String,
    reports: String,
    open: String,
    index: String,
    maintained: String,
    created: String,
}

/// The names of the partners and opportunities firms took part in, by id.
type GroupNames = HashMap<String, String>;

/// The partners and the opportunities firms took part in, as a form's choices (id and name,
/// in the order of their names) and by id.
pub(super) struct PartnershipLists {
    pub(super) partners: Vec<(String, String)>,
    pub(super) opportunities: Vec<(String, String)>,
    pub(super) programmes: Vec<(String, String)>,
    names: GroupNames,
}

impl PartnershipLists {
    pub(super) fn of(choices: &[mitra_app::PartnershipChoice]) -> Self {
        let mut lists = PartnershipLists {
            partners: vec![],
            opportunities: vec![],
            programmes: vec![],
            names: GroupNames::new(),
        };
        for choice in choices {
            let partner = choice.partner_id.to_string();
            if !lists.names.contains_key(&partner) {
                lists.partners.push((partner.clone(), choice.partner.clone()));
            }
            lists.names.insert(partner, choice.partner.clone());
            // An opportunity's title is its partner's own: the partner's name tells two apart.
            let title = format!("{} · {}", choice.title, choice.partner);
            lists.opportunities.push((choice.opportunity_id.to_string(), title.clone()));
            lists.names.insert(choice.opportunity_id.to_string(), title);
            if let Some((id, name)) = &choice.programme
                && lists.names.insert(id.to_string(), name.clone()).is_none()
            {
                lists.programmes.push((id.to_string(), name.clone()));
            }
        }
        lists.partners.sort_by(|a, b| a.1.cmp(&b.1));
        lists.programmes.sort_by(|a, b| a.1.cmp(&b.1));
        lists
    }
}

/// A group's name as a reader says it.
fn group_name(layout: &Layout, names: &GroupNames, by: Option<Dimension>, group: &str) -> String {
    match by {
        None => layout.t("recovery-all-firms"),
        Some(Dimension::Programme) if group == mitra_domain::recovery::NO_PROGRAMME => {
            layout.t("offer-no-programme")
        }
        Some(Dimension::Channel | Dimension::Partner | Dimension::Opportunity | Dimension::Programme)
            if group.is_empty() =>
        {
            layout.t("recovery-not-yet-partnered")
        }
        Some(Dimension::Channel) => {
            Channel::parse(group).map(|c| layout.channel(&c)).unwrap_or_else(|| group.to_owned())
        }
        Some(Dimension::Partner | Dimension::Opportunity | Dimension::Programme) => {
            names.get(group).cloned().unwrap_or_else(|| layout.t("recovery-unknown-group"))
        }
        Some(Dimension::Country) => mitra_domain::Country::parse(group)
            .map(|c| layout.country(&c))
            .unwrap_or_else(|_| group.to_owned()),
        Some(Dimension::Sector) if !group.is_empty() => layout.isic_section(group),
        Some(Dimension::SizeClass) if !group.is_empty() => {
            SizeClass::parse(group).map(|c| layout.size_class(&c)).unwrap_or_else(|| group.to_owned())
        }
        Some(Dimension::Partnered) if group == "true" => layout.t("recovery-partnered"),
        Some(Dimension::Partnered) => layout.t("recovery-not-yet-partnered"),
        Some(Dimension::WomenLed) if group == "true" => layout.t("recovery-women-led"),
        Some(Dimension::WomenLed) => layout.t("recovery-not-women-led"),
        Some(Dimension::YouthLed) if group == "true" => layout.t("recovery-youth-led"),
        Some(Dimension::YouthLed) => layout.t("recovery-not-youth-led"),
        Some(Dimension::Region) if !group.is_empty() => title_case(group),
        Some(_) => layout.t("recovery-unknown-group"),
    }
}

/// `greater accra` as `Greater Accra`: regions are kept lower-cased for grouping.
fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn to_f64(value: Option<rust_decimal::Decimal>) -> Option<f64> {
    value.and_then(|v| v.to_f64())
}

/// Each group's figures by month: its name, and a month's figures or none.
type GroupRows<'t> = Vec<(String, Vec<Option<&'t MonthFigures>>)>;

/// The months of `table` in order, and each group's figures by month.
fn by_group(table: &[MonthFigures]) -> (Vec<jiff::civil::Date>, GroupRows<'_>) {
    let mut months: Vec<jiff::civil::Date> = table.iter().map(|m| m.month).collect();
    months.sort();
    months.dedup();
    let mut groups: std::collections::HashMap<&str, u64> = std::collections::HashMap::new();
    let mut cells = std::collections::HashMap::new();
    for m in table {
        let name = m.group.as_deref().unwrap_or_default();
        *groups.entry(name).or_default() += m.reports;
        cells.insert((m.month, name), m);
    }
    // The largest groups first, so that a chart of many groups draws the ones that matter.
    let mut groups: Vec<(&str, u64)> = groups.into_iter().collect();
    groups.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let series = groups
        .into_iter()
        .map(|(name, _)| {
            let values = months.iter().map(|month| cells.get(&(*month, name)).copied()).collect();
            (name.to_owned(), values)
        })
        .collect();
    (months, series)
}

/// The sentence read out in place of a chart: where the first group started, where it was at
/// its lowest and where it ended.
fn summary(
    layout: &Layout,
    months: &[jiff::civil::Date],
    name: &str,
    values: &[Option<f64>],
    write: fn(&Layout, f64) -> String,
) -> String {
    let known: Vec<(usize, f64)> = values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).collect();
    let (Some(first), Some(last)) = (known.first(), known.last()) else {
        return layout.t("recovery-no-reports");
    };
    let lowest = known.iter().copied().fold(*first, |a, b| if b.1 < a.1 { b } else { a });
    let mut args = vec![
        ("group", name.to_owned()),
        ("first", write(layout, first.1)),
        ("first_month", layout.locale.month(months[first.0])),
        ("low", write(layout, lowest.1)),
        ("low_month", layout.locale.month(months[lowest.0])),
        ("last", write(layout, last.1)),
        ("last_month", layout.locale.month(months[last.0])),
    ];
    let args: Vec<(&str, mitra_i18n::Arg)> =
        args.drain(..).map(|(k, v)| (k, mitra_i18n::Arg::Text(v))).collect();
    layout.locale.t_with("recovery-chart-summary", &args)
}

fn percent_label(layout: &Layout, value: f64) -> String {
    layout.locale.percent(rust_decimal::Decimal::from_f64_retain(value).unwrap_or_default())
}

fn number_label(layout: &Layout, value: f64) -> String {
    layout.number(rust_decimal::Decimal::from_f64_retain(value.round()).unwrap_or_default())
}

fn charts(
    layout: &Layout,
    names: &GroupNames,
    query: &RecoveryQuery,
    table: &[MonthFigures],
) -> Vec<ChartView> {
    let (months, groups) = by_group(table);
    let x_labels: Vec<String> = months.iter().map(|m| layout.locale.month(*m)).collect();
    type Measure = fn(&MonthFigures) -> Option<f64>;
    type Writer = fn(&Layout, f64) -> String;
    // Each chart: its id, its title, what it draws, how its axis is written, and its least top.
    let measures: [(&'static str, String, Measure, Writer, f64); 3] = [
        ("index", layout.t("recovery-chart-index"), |m| to_f64(m.mean_index()), percent_label, 1.0),
        ("open", layout.t("recovery-chart-open"), |m| to_f64(m.open_share()), percent_label, 1.0),
        (
            "jobs",
            layout.t("recovery-chart-jobs"),
            |m| (m.jobs_counted > 0).then(|| (m.jobs_maintained + m.jobs_created) as f64),
            number_label,
            10.0,
        ),
    ];
    measures
        .into_iter()
        .map(|(id, title, measure, write, floor)| {
            let series: Vec<Series> = groups
                .iter()
                .take(MOST_SERIES)
                .map(|(name, values)| Series {
                    name: group_name(layout, names, query.by, name),
                    values: values.iter().map(|m| m.and_then(measure)).collect(),
                })
                .collect();
            let summary = match series.first() {
                Some(s) => summary(layout, &months, &s.name, &s.values, write),
                None => layout.t("recovery-no-reports"),
            };
            let chart =
                LineChart { id, title, summary, x_labels: x_labels.clone(), series, y_floor_max: floor };
            ChartView { svg: chart.svg(&|v| write(layout, v)), keys: chart.keys(), title: chart.title }
        })
        .collect()
}

fn table_lines(
    layout: &Layout,
    names: &GroupNames,
    query: &RecoveryQuery,
    table: &[MonthFigures],
) -> Vec<TableLine> {
    table
        .iter()
        .map(|m| TableLine {
            month: layout.locale.month(m.month),
            group: group_name(layout, names, query.by, m.group.as_deref().unwrap_or_default()),
            reports: layout.number(m.reports),
            open: m.open_share().map(|s| layout.locale.percent(s)).unwrap_or_default(),
            index: m.mean_index().map(|s| layout.locale.percent(s)).unwrap_or_default(),
            maintained: layout.number(m.jobs_maintained),
            created: layout.number(m.jobs_created),
        })
        .collect()
}

pub(super) async fn dashboard(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Response {
    let layout = viewer.layout.clone();
    let filters = Filters {
        country: param(&raw, "country"),
        region: param(&raw, "region"),
        sector: param(&raw, "sector"),
        size_class: param(&raw, "size_class"),
        women_led: param(&raw, "women_led"),
        youth_led: param(&raw, "youth_led"),
        partnered: param(&raw, "partnered"),
        channel: param(&raw, "channel"),
        partner: param(&raw, "partner"),
        opportunity: param(&raw, "opportunity"),
        programme: param(&raw, "programme"),
        from: param(&raw, "from"),
        to: param(&raw, "to"),
        by: param(&raw, "by"),
    };
    let cleaned = without_empty_fields(&raw);
    let mut page = Dashboard {
        filters,
        problems: vec![],
        charts: vec![],
        table: vec![],
        query: cleaned.clone().unwrap_or_default(),
        countries: super::format::country_choices(&layout.locale),
        sections: mitra_domain::industry::isic_sections()
            .map(|(letter, _)| (letter, layout.isic_section(letter)))
            .collect(),
        size_classes: SizeClass::ALL.to_vec(),
        channels: Channel::ALL.iter().map(|c| (c.as_str(), layout.channel(c))).collect(),
        opportunities: vec![],
        partners: vec![],
        programmes: vec![],
        dimensions: Dimension::ALL.to_vec(),
        overlapping: false,
        split: false,
        response: None,
        may_remind: mitra_app::policy::authorize(&viewer.actor, mitra_app::policy::Action::RemindReporters)
            .is_ok(),
        layout,
    };
    let query = match recovery_query(cleaned.as_deref()) {
        Ok(query) => query,
        Err(error) => {
            page.problems = filter_problems(error);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let table = match state.app.recovery_dashboard(&viewer.actor, &query).await {
        Ok(table) => table,
        Err(error) => return error_page(viewer.layout, error),
    };
    let choices = match state.app.partnership_choices(&viewer.actor).await {
        Ok(choices) => choices,
        Err(error) => return error_page(viewer.layout, error),
    };
    let lists = PartnershipLists::of(&choices);
    let names = lists.names;
    (page.partners, page.opportunities, page.programmes) =
        (lists.partners, lists.opportunities, lists.programmes);
    page.split = query.by.is_some();
    page.overlapping = query.by.is_some_and(Dimension::is_partnership);
    if let Ok(Some(rate)) = state.app.response_rate(&viewer.actor, &query, &table).await {
        let layout = &page.layout;
        let args = [
            ("reported", mitra_i18n::Arg::Text(layout.number(rate.reported))),
            ("firms", mitra_i18n::Arg::Text(layout.number(rate.firms))),
            ("month", mitra_i18n::Arg::Text(layout.locale.month(rate.month))),
            (
                "share",
                mitra_i18n::Arg::Text(rate.share().map(|s| layout.locale.percent(s)).unwrap_or_default()),
            ),
        ];
        page.response = Some(layout.locale.t_with("recovery-response-rate", &args));
    }
    page.charts = charts(&page.layout, &names, &query, &table);
    page.table = table_lines(&page.layout, &names, &query, &table);
    render(StatusCode::OK, &page)
}

/// The dashboard's table as CSV or XLSX: the same rows, with plain numbers.
pub(super) async fn export(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(format): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let query = match recovery_query(without_empty_fields(&raw).as_deref()) {
        Ok(query) => query,
        Err(error) => return error.into_response(),
    };
    let table = match state.app.recovery_dashboard(&viewer.actor, &query).await {
        Ok(table) => table,
        Err(error) => return error_page(viewer.layout, error),
    };
    let rows = crate::report::recovery_rows(&query, &table);
    match format.as_str() {
        "recovery.csv" => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"recovery.csv\""),
            ],
            crate::report::csv_of(&rows),
        )
            .into_response(),
        "recovery.xlsx" => match crate::report::xlsx_of("Recovery", &rows) {
            Ok(bytes) => (
                [
                    (
                        header::CONTENT_TYPE,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    ),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"recovery.xlsx\""),
                ],
                bytes,
            )
                .into_response(),
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        },
        _ => bad_address(viewer.layout),
    }
}

/// Emails the owners of the firms that have not reported for last month, then says how many.
pub(super) async fn remind(State(state): State<AppState>, viewer: Viewer, _form: CheckedForm) -> Response {
    let reminded = match state.app.remind_missing_reports(&viewer.actor).await {
        Ok(reminded) => reminded,
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = viewer.layout;
    let message = layout.locale.t_with(
        "recovery-reminded",
        &[
            ("emails", mitra_i18n::Arg::Text(layout.number(reminded.emails as u64))),
            ("firms", mitra_i18n::Arg::Text(layout.number(reminded.firms as u64))),
            ("month", mitra_i18n::Arg::Text(layout.locale.month(reminded.month))),
        ],
    );
    let title = layout.t("recovery-reminded-title");
    render(StatusCode::OK, &super::ErrorPage { layout, title, message })
}
