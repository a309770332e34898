//! `/api/v1/organizations/{id}/reports` and `/api/v1/recovery`: an MSME's monthly recovery
//! reports, written and read under its consent, and the dashboard's table of every firm's.

use axum::Json;
use axum::extract::{RawQuery, State};
use mitra_app::ReportRow;
use mitra_domain::OperatingStatus;
use mitra_domain::recovery::{Change, Dimension, Effect, MonthFigures, Pulse, PulseAction, ReportDraft};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::api::{MoneyDto, MoneyInput};
use crate::error::{ApiError, Problem};
use crate::extract::{Caller, Writer};
use crate::input::{Fields, JsonBody, PathId, count, list, money, object, one_of, read_body, string};
use crate::query::{parse_month, recovery_query};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_reports, put_report))
        .routes(routes!(recovery_table))
        .routes(routes!(impact))
        .routes(routes!(remind))
}

/// The pulse survey's answers; each may be left out.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PulseInput {
    pub effect: Option<Effect>,
    /// Sales since the last report.
    pub revenue: Option<Change>,
    pub employees: Option<Change>,
    pub hours: Option<Change>,
    #[schema(max_items = 7)]
    pub actions: Option<Vec<PulseAction>>,
}

/// A month's report as a firm gives it. A later report of the same month replaces it.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    /// The month, written `2021-03`; not one still to come.
    #[schema(example = "2021-03", pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$")]
    pub month: String,
    /// The month's sales, in the firm's currency.
    pub revenue: Option<MoneyInput>,
    #[schema(maximum = 5000000)]
    pub paid_employees: Option<u32>,
    pub status: OperatingStatus,
    pub pulse: Option<PulseInput>,
}

/// A stored report, with what it means against the firm's baseline.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportView {
    /// The first day of the month.
    pub month: String,
    pub revenue: Option<MoneyDto>,
    pub paid_employees: Option<u32>,
    pub status: OperatingStatus,
    pub effect: Option<Effect>,
    pub revenue_change: Option<Change>,
    pub employees_change: Option<Change>,
    pub hours_change: Option<Change>,
    pub actions: Vec<PulseAction>,
    /// 1 for the first report of the month, one more for each that replaced it.
    pub version: u64,
    pub reported_at: String,
    /// The month's sales against a twelfth of the baseline year's, as a decimal (1 is recovered).
    pub recovery_index: Option<String>,
    /// What the month's sales lack to reach the baseline's.
    pub revenue_gap: Option<MoneyDto>,
    pub jobs_maintained: Option<u32>,
    pub jobs_created: Option<u32>,
}

impl ReportView {
    fn of(row: &ReportRow) -> Self {
        let report = &row.stored.report;
        Self {
            month: report.month.to_string(),
            revenue: report.revenue.as_ref().map(MoneyDto::from),
            paid_employees: report.paid_employees,
            status: report.status,
            effect: report.pulse.effect,
            revenue_change: report.pulse.revenue,
            employees_change: report.pulse.employees,
            hours_change: report.pulse.hours,
            actions: report.pulse.actions.clone(),
            version: row.stored.version,
            reported_at: row.stored.reported_at.to_string(),
            recovery_index: row.index.map(|i| i.to_string()),
            revenue_gap: row.gap.as_ref().map(MoneyDto::from),
            jobs_maintained: row.jobs.map(|(kept, _)| kept),
            jobs_created: row.jobs.map(|(_, new)| new),
        }
    }
}

/// A firm's reports of the last three years.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportsView {
    pub baseline_year: i16,
    /// A twelfth of the baseline year's turnover, when the profile gives it.
    pub baseline_monthly_revenue: Option<MoneyDto>,
    /// Newest first.
    pub reports: Vec<ReportView>,
    /// The latest of the last three months without a report.
    pub missing_month: Option<String>,
}

fn read_pulse(fields: &mut Fields<'_>) -> Option<Pulse> {
    let change = || one_of(Change::parse, Change::ALL);
    let effect = fields.optional("effect", one_of(Effect::parse, Effect::ALL));
    let revenue = fields.optional("revenue", change());
    let employees = fields.optional("employees", change());
    let hours = fields.optional("hours", change());
    let actions = fields
        .optional("actions", list(PulseAction::ALL.len(), || one_of(PulseAction::parse, PulseAction::ALL)));
    Some(Pulse {
        effect: effect?,
        revenue: revenue?,
        employees: employees?,
        hours: hours?,
        actions: actions?.unwrap_or_default(),
    })
}

/// Report a month for an MSME: by its owners, the agency's managers, or the staff of a partner
/// whose consent names the reports.
#[utoipa::path(
    post,
    path = "/api/v1/organizations/{id}/reports",
    tag = "recovery",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The MSME's id")),
    request_body = ReportInput,
    responses(
        (status = 200, description = "Stored; the month's earlier report, if any, is replaced", body = ReportView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user sees the firm but may not report for it", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No MSME the token's user may see", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The firm is archived: its reports can no longer change", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id names a partner rather than an MSME, or a field is invalid: a month to come, sales in another currency, activity reported by a firm closed for good", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn put_report(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<Json<ReportView>, ApiError> {
    let draft = read_body(body, |fields| {
        let month = fields.required("month", string(parse_month));
        let revenue = fields.optional("revenue", money());
        let paid_employees =
            fields.optional("paid_employees", count(mitra_domain::organization::MAX_EMPLOYEES));
        let status = fields.required("status", one_of(OperatingStatus::parse, OperatingStatus::ALL));
        let pulse = fields.optional("pulse", object(read_pulse));
        Some(ReportDraft {
            month: month?,
            revenue: revenue?,
            paid_employees: paid_employees?,
            status: status?,
            pulse: pulse?.unwrap_or_default(),
        })
    })?;
    let row = state.app.put_recovery_report(&actor, id, draft).await?;
    Ok(Json(ReportView::of(&row)))
}

/// An MSME's reports of the last three years, newest first, each against the firm's baseline
/// (its 2019 figures): for whoever sees the firm whole, and a partner's staff while its
/// consent names the reports.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{id}/reports",
    tag = "recovery",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The MSME's id")),
    responses(
        (status = 200, body = ReportsView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user sees the firm but not its reports", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No MSME the token's user may see", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID, or names a partner rather than an MSME", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_reports(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
) -> Result<Json<ReportsView>, ApiError> {
    let history = state.app.recovery_history(&actor, id).await?;
    Ok(Json(ReportsView {
        baseline_year: history.baseline.year,
        baseline_monthly_revenue: history.baseline.monthly_revenue().as_ref().map(MoneyDto::from),
        reports: history.reports.iter().map(ReportView::of).collect(),
        missing_month: history.missing.map(|m| m.to_string()),
    }))
}

/// Filters of the recovery table; every one given must hold.
#[derive(Debug, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RecoveryParams {
    /// An ISO 3166-1 alpha-2 code.
    #[param(schema_with = crate::api::country_schema)]
    pub country: Option<String>,
    /// Matched without regard to case.
    #[param(schema_with = region_filter_schema)]
    pub region: Option<String>,
    /// An ISIC section letter.
    #[param(schema_with = sector_schema)]
    pub sector: Option<String>,
    pub size_class: Option<mitra_domain::SizeClass>,
    pub women_led: Option<bool>,
    pub youth_led: Option<bool>,
    /// Reports of months after a partner first approved the firm.
    pub partnered: Option<bool>,
    /// Reports of months after the firm took part through this channel, counted once per
    /// partnership that matches (as are `partner` and `opportunity`).
    pub channel: Option<mitra_domain::Channel>,
    /// Taking part in an opportunity of this partner (an organisation's id).
    pub partner: Option<uuid::Uuid>,
    /// Taking part in this opportunity.
    pub opportunity: Option<uuid::Uuid>,
    /// Taking part in an opportunity of this programme.
    pub programme: Option<uuid::Uuid>,
    /// The first month, written `2020-01`.
    #[param(schema_with = month_schema)]
    pub from: Option<String>,
    /// The last month, written `2021-12`.
    #[param(schema_with = month_schema)]
    pub to: Option<String>,
    /// Split each month by this.
    #[param(inline)]
    pub by: Option<Dimension>,
}

fn region_filter_schema() -> utoipa::openapi::Object {
    crate::api::text_schema(
        mitra_domain::text::Region::parse,
        "A region, matched without regard to case",
        false,
    )
}

fn sector_schema() -> utoipa::openapi::Object {
    crate::api::trimmed_schema("An ISIC Rev.4 section letter, in either case", "[A-Ua-u]", false)
}

fn month_schema() -> utoipa::openapi::Object {
    crate::api::trimmed_schema("A month, written YYYY-MM", "[0-9]{4}-(0[1-9]|1[0-2])", false)
}

/// One month (and group) of the recovery table.
#[derive(Debug, Serialize, ToSchema)]
pub struct MonthView {
    #[serde(flatten)]
    #[schema(inline)]
    pub figures: MonthFiguresDto,
    /// The share of reporting firms open (fully or in part), as a decimal.
    pub open_share: Option<String>,
    /// The mean recovery index of the firms that gave one, as a decimal.
    pub mean_recovery_index: Option<String>,
}

/// The counts of a month's reports.
#[derive(Debug, Serialize, ToSchema)]
pub struct MonthFiguresDto {
    pub month: String,
    pub group: Option<String>,
    pub reports: u64,
    pub operating: u64,
    pub reduced_operations: u64,
    pub temporarily_closed: u64,
    pub permanently_closed: u64,
    pub reports_with_index: u64,
    pub reports_with_employees: u64,
    pub paid_employees: u64,
    pub reports_with_jobs: u64,
    pub jobs_maintained: u64,
    pub jobs_created: u64,
}

impl MonthView {
    fn of(m: &MonthFigures) -> Self {
        Self {
            figures: MonthFiguresDto {
                month: m.month.to_string(),
                group: m.group.clone(),
                reports: m.reports,
                operating: m.operating,
                reduced_operations: m.reduced_operations,
                temporarily_closed: m.temporarily_closed,
                permanently_closed: m.permanently_closed,
                reports_with_index: m.indexed,
                reports_with_employees: m.staffed,
                paid_employees: m.paid_employees,
                reports_with_jobs: m.jobs_counted,
                jobs_maintained: m.jobs_maintained,
                jobs_created: m.jobs_created,
            },
            open_share: m.open_share().map(|s| s.to_string()),
            mean_recovery_index: m.mean_index().map(|s| s.to_string()),
        }
    }
}

/// Every firm's reports summed per month (and group): for the agency's staff.
#[utoipa::path(
    get,
    path = "/api/v1/recovery",
    tag = "recovery",
    security(("bearer" = [])),
    params(RecoveryParams),
    responses(
        (status = 200, description = "One row per month (and group), in month order", body = Vec<MonthView>),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user is not on the agency's staff", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A filter is invalid", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn recovery_table(
    State(state): State<AppState>,
    Caller(actor): Caller,
    RawQuery(raw): RawQuery,
) -> Result<Json<Vec<MonthView>>, ApiError> {
    let query = recovery_query(raw.as_deref())?;
    let table = state.app.recovery_dashboard(&actor, &query).await?;
    Ok(Json(table.iter().map(MonthView::of).collect()))
}

/// Filters of the impact estimate.
#[derive(Debug, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ImpactParams {
    /// ISO 3166-1 alpha-2: the firms of one country.
    #[param(schema_with = crate::api::country_schema)]
    pub country: Option<String>,
    /// Taking part through this channel (with `partner`, `opportunity` and `programme`, every
    /// one given must hold; firms that took part only in something else are left out).
    pub channel: Option<mitra_domain::Channel>,
    /// Taking part in an opportunity of this partner.
    pub partner: Option<uuid::Uuid>,
    /// Taking part in this opportunity.
    pub opportunity: Option<uuid::Uuid>,
    /// Taking part in an opportunity of this programme.
    pub programme: Option<uuid::Uuid>,
    /// `recovery_index` (the default) or `paid_employees`.
    #[param(pattern = "^(recovery_index|paid_employees)$")]
    pub outcome: Option<String>,
    /// The firms compared: `not_yet` partnered (the default) or `never` partnered.
    #[param(pattern = "^(not_yet|never)$")]
    pub comparison: Option<String>,
}

/// One estimate of the event study: months since entry (negative: before it).
#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    pub months_since_entry: i64,
    pub estimate: f64,
    pub standard_error: f64,
}

/// The impact estimate, or why there is none.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImpactView {
    /// Firms with at least one report giving the outcome.
    pub firms: usize,
    /// Of them, those that took part.
    pub participants: usize,
    /// Firms left out for taking part only in something else.
    pub left_out: usize,
    /// Callaway and Sant'Anna's average effect of taking part, over every group and month
    /// after entry; absent when there is no estimate (see `missing`).
    pub overall: Option<f64>,
    pub standard_error: Option<f64>,
    /// The 95 % interval from a cluster bootstrap over firms.
    pub interval: Option<[f64; 2]>,
    pub event_study: Vec<EventView>,
    /// `no_participants` or `no_comparison` when there is no estimate.
    pub missing: Option<String>,
    /// The naive comparison and the two-way fixed-effects coefficient, for comparison only.
    pub naive: Option<f64>,
    pub two_way_fixed_effects: Option<f64>,
    /// What the estimate assumes.
    pub assumes: String,
}

/// The effect of taking part on revenue or jobs, by difference-in-differences with staggered
/// entry: for the agency's staff.
#[utoipa::path(
    get,
    path = "/api/v1/impact",
    tag = "recovery",
    security(("bearer" = [])),
    params(ImpactParams),
    responses(
        (status = 200, description = "The estimate, or why there is none", body = ImpactView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user is not on the agency's staff", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A filter is invalid", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn impact(
    State(state): State<AppState>,
    Caller(actor): Caller,
    RawQuery(raw): RawQuery,
) -> Result<Json<ImpactView>, ApiError> {
    let query = crate::query::impact_query(raw.as_deref())?;
    let impact = state.app.impact(&actor, &query).await?;
    let (estimate, missing) = match &impact.estimate {
        Ok(estimate) => (Some(estimate), None),
        Err(mitra_app::impact::Missing::NoParticipants) => (None, Some("no_participants".to_owned())),
        Err(mitra_app::impact::Missing::NoComparison) => (None, Some("no_comparison".to_owned())),
    };
    Ok(Json(ImpactView {
        firms: impact.firms,
        participants: impact.participants,
        left_out: impact.left_out,
        overall: estimate.map(|e| e.overall),
        standard_error: estimate.map(|e| e.se),
        interval: estimate.map(|e| [e.ci.0, e.ci.1]),
        event_study: estimate
            .map(|e| {
                e.event_study
                    .iter()
                    .map(|&(months_since_entry, estimate, standard_error)| EventView {
                        months_since_entry,
                        estimate,
                        standard_error,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        missing,
        naive: impact.naive,
        two_way_fixed_effects: impact.two_way_fixed_effects,
        assumes: "parallel trends (without the programme, participants' outcomes would have moved as \
                  the comparison firms' did) and no anticipation (no effect before entry)"
            .to_owned(),
    }))
}

/// What a round of reminders did.
#[derive(Debug, Serialize, ToSchema)]
pub struct RemindedView {
    /// The month reminded of, the last that has ended.
    pub month: String,
    /// Firms without a report of it whose owners were not yet reminded of it.
    pub firms: usize,
    pub emails: usize,
}

/// Email the owners of every live firm with no report for last month, once per firm and month
/// however often it is asked, each in the owner's language: for the agency's managers.
#[utoipa::path(
    post,
    path = "/api/v1/recovery/reminders",
    tag = "recovery",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The reminders written to the outbox", body = RemindedView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user is not one of the agency's managers", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn remind(
    State(state): State<AppState>,
    Writer(actor): Writer,
) -> Result<Json<RemindedView>, ApiError> {
    let reminded = state.app.remind_missing_reports(&actor).await?;
    Ok(Json(RemindedView {
        month: reminded.month.to_string(),
        firms: reminded.firms,
        emails: reminded.emails,
    }))
}
