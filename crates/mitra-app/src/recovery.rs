//! Recovery: an MSME's monthly reports, read and written under its consent; what each report
//! means against the firm's baseline; and the dashboards that sum every firm's reports.
//!
//! A report is counted in the groups the firm was in when it was stored (its country, region,
//! sector, the size class of that month, its ownership) and as "partnered" from the month a
//! partner first approved it for an opportunity: the month is moved into the partnered cells
//! in the same transaction as the approval (`RecoveryReports::mark_partnered`).

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use jiff::civil::Date;
use mitra_domain::recovery::{
    Baseline, DEFAULT_BASELINE_YEAR, Dimension, MonthFigures, Partnership, RecoveryQuery, ReportDraft,
    ReportGroups, ReportMeasures,
};
use mitra_domain::{Invalid, Money, Organization, OrganizationKind};
use mitra_store::{ReportToStore, StoredReport, UnitOfWork};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::audit::{Change, record_change};
use crate::policy::{Action, MsmeView, authorize, may_report, sees_reports};
use crate::registry::found;
use crate::{Actor, App, AppError};

/// A stored report with what it means against the firm's baseline.
#[derive(Debug, Clone)]
pub struct ReportRow {
    pub stored: StoredReport,
    /// The month's revenue against the baseline's (1 is fully recovered).
    pub index: Option<Decimal>,
    /// What the month's revenue lacks to reach the baseline's.
    pub gap: Option<Money>,
    /// Jobs maintained and created against the baseline.
    pub jobs: Option<(u32, u32)>,
}

impl ReportRow {
    /// `stored` against `baseline`.
    pub fn of(stored: StoredReport, baseline: &Baseline) -> Self {
        let revenue = stored.report.revenue;
        let employees = stored.report.paid_employees;
        Self {
            index: revenue.and_then(|r| baseline.recovery_index(r)),
            gap: revenue.and_then(|r| baseline.revenue_gap(r)),
            jobs: employees.and_then(|n| baseline.jobs(n)),
            stored,
        }
    }
}

/// An MSME's reports as its page shows them.
#[derive(Debug, Clone)]
pub struct RecoveryHistory {
    pub msme: Organization,
    pub baseline: Baseline,
    /// Newest first.
    pub reports: Vec<ReportRow>,
    /// Whether the reader may write a report.
    pub may_report: bool,
    /// The latest month that has ended without a report, within the last three.
    pub missing: Option<Date>,
}

impl App {
    /// Stores the MSME's report of its month (a later report of the same month replaces it),
    /// with an entry in the audit log; the report as stored, against the firm's baseline.
    pub async fn put_recovery_report(
        &self,
        actor: &Actor,
        msme_id: Uuid,
        draft: ReportDraft,
    ) -> Result<ReportRow, AppError> {
        let mut unit = self.store().write().await?;
        let msme = self.msme_to_report(actor, unit.as_mut(), msme_id, false).await?;
        let currency = msme.details.country.currency();
        let checked = draft.check(self.today(), currency).map_err(AppError::Invalid)?;
        let month = checked.month;
        let groups = groups_of(unit.as_mut(), &msme, month, self.today()).await?;
        let baseline = baseline_in(unit.as_mut(), &msme).await?;
        let measures = ReportMeasures::of(&checked, &baseline);
        let before = unit.reports_of(msme_id, month, month).await?.pop();
        let now = self.clock().now();
        let stored = unit.put_report(msme_id, &checked, &groups, &measures, now).await?;
        let change = match &before {
            Some(before) => {
                Change::changed("recovery_report", msme_id, "replace", &before.report, &stored.report)
            }
            None => Change::created("recovery_report", msme_id, &stored.report),
        };
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        Ok(ReportRow::of(stored, &baseline))
    }

    /// Whether `actor` may write the MSME's reports: `NotFound` for a firm they may not know
    /// of, `Forbidden` for one they see but may not report for. A form asks before it reads
    /// what was typed, so that a refusal is not a list of problems.
    pub async fn may_report_for(&self, actor: &Actor, msme_id: Uuid) -> Result<(), AppError> {
        let mut unit = self.store().read().await?;
        self.msme_to_report(actor, unit.as_mut(), msme_id, false).await.map(|_| ())
    }

    /// Every report of the MSME, newest first, each against its baseline.
    pub async fn recovery_history(&self, actor: &Actor, msme_id: Uuid) -> Result<RecoveryHistory, AppError> {
        let mut unit = self.store().read().await?;
        let (msme, view) = self.msme_seen(actor, unit.as_mut(), msme_id).await?;
        if !sees_reports(&view) {
            return Err(AppError::Forbidden);
        }
        let today = self.today();
        let to = today.first_of_month();
        let from = jiff::civil::date(mitra_domain::organization::FIRST_FIGURES_YEAR, 1, 1);
        let baseline = baseline_in(unit.as_mut(), &msme).await?;
        let stored = unit.reports_of(msme_id, from, to).await?;
        let missing = (1..=3)
            .map(|back| to.saturating_sub(jiff::Span::new().months(back)))
            .find(|month| !stored.iter().any(|r| r.report.month == *month));
        let reports = stored.into_iter().rev().map(|stored| ReportRow::of(stored, &baseline)).collect();
        Ok(RecoveryHistory {
            may_report: may_report(actor, msme_id, &view) && msme.archived_at.is_none(),
            msme,
            baseline,
            reports,
            missing,
        })
    }

    /// Stores many reports at once (an upload, the demo): each row is checked as the form checks
    /// one, and either every row is stored, in one transaction, or none is and the outcome
    /// says which rows were refused and why. Administrators may report for any firm; anyone
    /// else for the firms they may report for one by one. One audit entry records the import.
    pub async fn import_reports(
        &self,
        actor: &Actor,
        rows: Vec<(Uuid, ReportDraft)>,
    ) -> Result<ReportsImported, AppError> {
        self.import_reports_with_progress(actor, rows, &|_, _| {}).await
    }

    /// [`App::import_reports`], telling `progress` how many rows are done of how many, every
    /// chunk of rows.
    ///
    /// The rows are checked and written a chunk at a time, within one transaction, so that
    /// memory holds one chunk's firms rather than every firm of a national upload: after the
    /// first refused row nothing more is written, the rest is only checked, and the
    /// transaction is dropped (rolled back) at the end.
    pub async fn import_reports_with_progress(
        &self,
        actor: &Actor,
        rows: Vec<(Uuid, ReportDraft)>,
        progress: &(dyn Fn(usize, usize) + Send + Sync),
    ) -> Result<ReportsImported, AppError> {
        let steps = rows.len();
        crate::policy::require_signed_in(actor)?;
        let administrator = authorize(actor, Action::ImportRegistry).is_ok();
        let today = self.today();
        let now = self.clock().now();
        let mut unit = self.store().write().await?;
        let mut refused = Vec::new();
        let mut stored = 0;
        let mut firms: std::collections::HashSet<Uuid> = std::collections::HashSet::new();
        let mut months: HashMap<(Uuid, Date), usize> = HashMap::new();
        // In month and firm order, the reports' key order: each chunk then writes to the key's
        // end rather than all over it, and reads its firms in their key's order. Rows keep
        // their numbers in the file.
        let mut rows: Vec<(usize, (Uuid, ReportDraft))> = rows.into_iter().enumerate().collect();
        rows.sort_unstable_by_key(|(row, (msme_id, draft))| (draft.month.first_of_month(), *msme_id, *row));
        let mut rows = rows.into_iter().peekable();
        let mut done = 0;
        while rows.peek().is_some() {
            let chunk: Vec<(usize, (Uuid, ReportDraft))> = rows.by_ref().take(IMPORT_CHUNK).collect();
            progress(done, steps);
            done += chunk.len();
            // The chunk's firms are read a few hundred at a time, not one by one.
            let mut ids: Vec<Uuid> = chunk.iter().map(|(_, (msme_id, _))| *msme_id).collect();
            ids.sort_unstable();
            ids.dedup();
            let mut loaded = unit.organizations_by_id(&ids).await?;
            let since = unit.partnered_since(&ids).await?;
            let years = baseline_years(unit.as_mut(), &ids).await?;
            let mut judged: HashMap<Uuid, Result<Organization, Invalid>> = HashMap::new();
            let mut checked = Vec::with_capacity(chunk.len());
            for (row, (msme_id, draft)) in chunk {
                let firm = match judged.entry(msme_id) {
                    Entry::Occupied(known) => known.into_mut(),
                    Entry::Vacant(new) => {
                        let stored = loaded.remove(&msme_id);
                        let firm = match self
                            .msme_to_report_as(actor, unit.as_mut(), msme_id, stored, administrator)
                            .await
                        {
                            Ok(msme) => Ok(msme),
                            Err(
                                AppError::NotFound { .. }
                                | AppError::Forbidden
                                | AppError::Invalid(_)
                                | AppError::Conflict { .. },
                            ) => Err(Invalid::new("msme_id", mitra_domain::Problem::NotReportable)),
                            Err(other) => return Err(other),
                        };
                        new.insert(firm)
                    }
                };
                let msme = match firm {
                    Ok(msme) => &*msme,
                    Err(problem) => {
                        refused.push((row, vec![problem.clone()]));
                        continue;
                    }
                };
                firms.insert(msme_id);
                if let Some(first) = months.insert((msme_id, draft.month.first_of_month()), row) {
                    let item = format!("the month of row {}", first + 1);
                    refused.push((row, vec![Invalid::new("month", mitra_domain::Problem::Repeats { item })]));
                    continue;
                }
                match draft.check(today, msme.details.country.currency()) {
                    Ok(report) => {
                        let groups = groups_at(msme, report.month, since.get(&msme_id).copied(), today);
                        let year = years.get(&msme_id).copied().unwrap_or(DEFAULT_BASELINE_YEAR);
                        let measures = ReportMeasures::of(&report, &baseline_of(msme, year));
                        checked.push((msme_id, report, groups, measures));
                    }
                    Err(problems) => refused.push((row, problems)),
                }
            }
            if refused.is_empty() {
                let reports: Vec<ReportToStore> = checked
                    .iter()
                    .map(|(msme_id, report, groups, measures)| (*msme_id, report, groups, measures))
                    .collect();
                unit.put_reports(&reports, now).await?;
                stored += reports.len();
            }
        }
        if !refused.is_empty() {
            refused.sort_by_key(|(row, _)| *row);
            return Ok(ReportsImported { stored: 0, refused });
        }
        let summary = serde_json::json!({ "reports": stored, "firms": firms.len() });
        let mut change = Change::created_value("recovery_reports", Uuid::now_v7(), summary);
        change.action = "import";
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        progress(steps, steps);
        Ok(ReportsImported { stored, refused })
    }

    /// Records that firms took part in opportunities from the months given (a programme's own
    /// list of who joined when, from before Mitra kept it, or the demo's): each counts as
    /// partnered from its month, and its reports from then on move into the partnered cells.
    /// For administrators; every row is checked first and either all are recorded, with one
    /// audit entry, or none is and the rows refused are said, counted from 0.
    pub async fn record_participations(
        &self,
        actor: &Actor,
        rows: Vec<Participation>,
    ) -> Result<Result<usize, Vec<(usize, Invalid)>>, AppError> {
        authorize(actor, Action::ImportRegistry)?;
        let today = self.today();
        let mut unit = self.store().write().await?;
        let mut ids: Vec<Uuid> = rows.iter().map(|row| row.msme_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let firms = unit.organizations_by_id(&ids).await?;
        let mut channels = HashMap::new();
        let mut partnerships = Vec::with_capacity(rows.len());
        let mut refused = Vec::new();
        for (index, row) in rows.iter().enumerate() {
            if !firms.get(&row.msme_id).is_some_and(|f| f.details.kind == OrganizationKind::Msme) {
                refused.push((index, Invalid::new("msme_id", mitra_domain::Problem::NotReportable)));
                continue;
            }
            if row.since > today {
                refused.push((index, Invalid::new("since", mitra_domain::Problem::InFuture)));
                continue;
            }
            let channel = match channels.entry(row.opportunity_id) {
                Entry::Occupied(known) => *known.get(),
                Entry::Vacant(new) => {
                    *new.insert(unit.opportunity(row.opportunity_id).await?.map(|o| o.details.channel))
                }
            };
            let Some(channel) = channel else {
                refused.push((index, Invalid::new("opportunity_id", mitra_domain::Problem::NotInList)));
                continue;
            };
            let since = row.since.first_of_month();
            partnerships
                .push((row.msme_id, Partnership { opportunity_id: row.opportunity_id, channel, since }));
        }
        if !refused.is_empty() {
            return Ok(Err(refused));
        }
        // Joining a first programme can move a firm's baseline year.
        let before = baseline_years(unit.as_mut(), &ids).await?;
        for (msme_id, partnership) in &partnerships {
            unit.mark_partnered(*msme_id, partnership).await?;
        }
        remeasure_moved(unit.as_mut(), &before, today).await?;
        let now = self.clock().now();
        let summary = serde_json::json!({ "participations": partnerships.len() });
        let mut change = Change::created_value("recovery_partnerships", Uuid::now_v7(), summary);
        change.action = "import";
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        Ok(Ok(partnerships.len()))
    }

    /// Emails the owners of every live MSME that has not reported for the last month that has
    /// ended, once per firm and month however often it is asked, each in the owner's language
    /// (else the firm's), with the link to the firm's monthly report; through the outbox, with
    /// one audit entry.
    pub async fn remind_missing_reports(&self, actor: &Actor) -> Result<Reminded, AppError> {
        authorize(actor, Action::RemindReporters)?;
        let month = self.today().first_of_month().saturating_sub(jiff::Span::new().months(1));
        let mut unit = self.store().write().await?;
        let owners = unit.owners_to_remind(month).await?;
        let mut ids: Vec<Uuid> = owners.iter().map(|(firm, _)| *firm).collect();
        ids.dedup();
        let firms = unit.organizations_by_id(&ids).await?;
        let now = self.clock().now();
        for (firm_id, user) in &owners {
            let Some(firm) = firms.get(firm_id) else { continue };
            let locale = crate::mail::owner_locale(user.locale.as_deref(), firm);
            let named = [
                ("firm", mitra_i18n::Arg::from(firm.details.name.as_str())),
                ("month", mitra_i18n::Arg::Text(locale.month(month))),
            ];
            let body = [
                locale.t_with("email-greeting-name", &[("name", user.name.as_str().into())]),
                locale.t_with("email-report-reminder", &named),
                format!("{}/organizations/{firm_id}/reports", self.public_url()),
            ];
            let subject = locale.t_with("email-report-reminder-subject", &named);
            crate::accounts::queue(
                unit.as_mut(),
                now,
                user.email.as_str(),
                &subject,
                &format!("{}\n", body.join("\n\n")),
            )
            .await?;
        }
        for firm_id in &ids {
            unit.note_reminded(*firm_id, month, now).await?;
        }
        let reminded = Reminded { month, firms: ids.len(), emails: owners.len() };
        let summary = serde_json::json!({ "month": month.to_string(), "firms": reminded.firms, "emails": reminded.emails });
        let mut change = Change::created_value("recovery_reminders", Uuid::now_v7(), summary);
        change.action = "remind";
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        Ok(reminded)
    }

    /// How many firms reported for the latest month anyone reported for (up to this one), of
    /// the MSMEs registered today: the managers' response rate, read off `table`, the dashboard
    /// that `query` gave (split or not). `None` when the query filters the firms (the rate is of
    /// every firm) or nothing was reported.
    pub async fn response_rate(
        &self,
        actor: &Actor,
        query: &RecoveryQuery,
        table: &[MonthFigures],
    ) -> Result<Option<ResponseRate>, AppError> {
        authorize(actor, Action::SeeDashboards)?;
        // A split by partnership counts a firm once per partnership: its sum is no count of firms.
        if (RecoveryQuery { by: None, ..query.clone() }) != RecoveryQuery::default()
            || query.counts_partnerships()
        {
            return Ok(None);
        }
        let today = self.today();
        let Some(month) = table.iter().map(|m| m.month).filter(|m| *m <= today).max() else {
            return Ok(None);
        };
        let reported = table.iter().filter(|m| m.month == month).map(|m| m.reports).sum();
        let (_, firms) = self.store().read().await?.count_organizations().await?;
        Ok(Some(ResponseRate { month, reported, firms }))
    }

    /// The reports `query` asks for, summed per month (and group). Split by channel, partner
    /// or opportunity (and narrowed to none of them), the table also has the firms not (yet)
    /// partnered, in the group `""`, to compare with.
    pub async fn recovery_dashboard(
        &self,
        actor: &Actor,
        query: &RecoveryQuery,
    ) -> Result<Vec<MonthFigures>, AppError> {
        authorize(actor, Action::SeeDashboards)?;
        let mut unit = self.store().read().await?;
        let mut table = unit.recovery_table(query).await?;
        if query.by.is_some_and(Dimension::is_partnership)
            && !query.narrows_partnerships()
            && query.partnered != Some(true)
        {
            let others = RecoveryQuery { partnered: Some(false), by: None, ..query.clone() };
            let others = unit.recovery_table(&others).await?;
            table.extend(others.into_iter().map(|m| MonthFigures { group: Some(String::new()), ..m }));
            table.sort_by(|a, b| (a.month, &a.group).cmp(&(b.month, &b.group)));
        }
        Ok(table)
    }

    /// The opportunities firms took part in, with their partners' names, for the dashboards'
    /// filters and group names, in the order of their titles.
    pub async fn partnership_choices(&self, actor: &Actor) -> Result<Vec<PartnershipChoice>, AppError> {
        authorize(actor, Action::SeeDashboards)?;
        let mut unit = self.store().read().await?;
        let ids = unit.partnership_opportunities().await?;
        let mut opportunities = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(opportunity) = unit.opportunity(id).await? {
                opportunities.push(opportunity);
            }
        }
        let mut partner_ids: Vec<Uuid> = opportunities.iter().map(|o| o.details.partner_id).collect();
        partner_ids.sort_unstable();
        partner_ids.dedup();
        let partners = unit.organizations_by_id(&partner_ids).await?;
        let mut programmes: HashMap<Uuid, String> = HashMap::new();
        for id in opportunities.iter().filter_map(|o| o.details.programme_id) {
            if let Entry::Vacant(new) = programmes.entry(id)
                && let Some(programme) = unit.programme(id).await?
            {
                new.insert(programme.details.name.to_string());
            }
        }
        let mut choices: Vec<PartnershipChoice> = opportunities
            .into_iter()
            .map(|o| PartnershipChoice {
                opportunity_id: o.id,
                title: o.details.title.as_str().to_owned(),
                channel: o.details.channel,
                partner_id: o.details.partner_id,
                partner: partners
                    .get(&o.details.partner_id)
                    .map(|p| p.details.name.as_str().to_owned())
                    .unwrap_or_default(),
                programme: o.details.programme_id.and_then(|id| Some((id, programmes.get(&id)?.clone()))),
            })
            .collect();
        choices.sort_by(|a, b| (&a.title, a.opportunity_id).cmp(&(&b.title, b.opportunity_id)));
        Ok(choices)
    }

    /// A live MSME `actor` may report for (administrators, when `administrator`, for any):
    /// `NotFound` for one they may not know of, `Forbidden` for one they see but may not
    /// report for, a conflict for an archived one.
    async fn msme_to_report(
        &self,
        actor: &Actor,
        unit: &mut dyn UnitOfWork,
        msme_id: Uuid,
        administrator: bool,
    ) -> Result<Organization, AppError> {
        let stored = unit.organization(msme_id).await?;
        self.msme_to_report_as(actor, unit, msme_id, stored, administrator).await
    }

    /// [`App::msme_to_report`] of a firm already read (`stored`, `None` when there is none).
    async fn msme_to_report_as(
        &self,
        actor: &Actor,
        unit: &mut dyn UnitOfWork,
        msme_id: Uuid,
        stored: Option<Organization>,
        administrator: bool,
    ) -> Result<Organization, AppError> {
        let (msme, view) = self.msme_seen_as(actor, unit, msme_id, stored).await?;
        if !administrator && !may_report(actor, msme_id, &view) {
            return Err(AppError::Forbidden);
        }
        still_trading(&msme)?;
        Ok(msme)
    }

    /// An MSME, archived or not, and how `actor` sees it; `NotFound` when they may not know of
    /// it. An archived firm's reports are read as its history, and written no more
    /// ([`still_trading`]).
    async fn msme_seen(
        &self,
        actor: &Actor,
        unit: &mut dyn UnitOfWork,
        msme_id: Uuid,
    ) -> Result<(Organization, MsmeView), AppError> {
        let stored = unit.organization(msme_id).await?;
        self.msme_seen_as(actor, unit, msme_id, stored).await
    }

    /// [`App::msme_seen`] of a firm already read.
    async fn msme_seen_as(
        &self,
        actor: &Actor,
        unit: &mut dyn UnitOfWork,
        msme_id: Uuid,
        stored: Option<Organization>,
    ) -> Result<(Organization, MsmeView), AppError> {
        crate::policy::require_signed_in(actor)?;
        let not_found = AppError::NotFound { entity: "organization", id: msme_id };
        let msme = found(stored, "organization", msme_id)?;
        if msme.details.kind != OrganizationKind::Msme {
            // A partner is public: say what it is rather than that it does not exist.
            return Err(AppError::field(
                "id",
                "names an organisation that is not an MSME: monthly reports are for MSMEs",
            ));
        }
        let view = self.msme_view_of(actor, unit, msme_id).await?;
        if view == MsmeView::Hidden {
            return Err(not_found);
        }
        Ok((msme, view))
    }
}

/// Refuses a report for an archived firm: its history is closed.
fn still_trading(msme: &Organization) -> Result<(), AppError> {
    match msme.archived_at {
        Some(_) => Err(AppError::Conflict {
            kind: crate::ConflictKind::Archived,
            message: format!("organization {} is archived: its reports can no longer change", msme.id),
        }),
        None => Ok(()),
    }
}

/// The firm's baseline: its figures of `year`.
pub fn baseline_of(msme: &Organization, year: i16) -> Baseline {
    match &msme.details.msme {
        Some(profile) => Baseline::of(profile, year),
        None => Baseline { year, turnover: None, employees: None },
    }
}

/// The firm's baseline, of the year its first programme measures it against.
pub(crate) async fn baseline_in(
    unit: &mut dyn UnitOfWork,
    msme: &Organization,
) -> Result<Baseline, AppError> {
    let year =
        baseline_years(unit, &[msme.id]).await?.get(&msme.id).copied().unwrap_or(DEFAULT_BASELINE_YEAR);
    Ok(baseline_of(msme, year))
}

/// The baseline year of each of the firms `msme_ids`: the one of the first programme it
/// joined, else the default year.
pub(crate) async fn baseline_years(
    unit: &mut dyn UnitOfWork,
    msme_ids: &[Uuid],
) -> Result<HashMap<Uuid, i16>, AppError> {
    let mut joined = unit.programme_baselines(msme_ids).await?;
    Ok(msme_ids
        .iter()
        .map(|id| (*id, mitra_domain::programme::baseline_year_of(joined.remove(id).unwrap_or_default())))
        .collect())
}

/// Counts again, against their new baseline, the reports of the firms of `before` whose
/// baseline year is no longer the one it gives: after a change to programmes or to who took
/// part in them, in the same unit of work.
pub(crate) async fn remeasure_moved(
    unit: &mut dyn UnitOfWork,
    before: &HashMap<Uuid, i16>,
    today: Date,
) -> Result<(), AppError> {
    if before.is_empty() {
        return Ok(());
    }
    let ids: Vec<Uuid> = before.keys().copied().collect();
    let after = baseline_years(unit, &ids).await?;
    let mut moved: Vec<(Uuid, i16)> =
        after.into_iter().filter(|(id, year)| before.get(id) != Some(year)).collect();
    moved.sort_unstable();
    for chunk in moved.chunks(500) {
        let ids: Vec<Uuid> = chunk.iter().map(|(id, _)| *id).collect();
        let mut firms = unit.organizations_by_id(&ids).await?;
        for (id, year) in chunk {
            if let Some(msme) = firms.remove(id) {
                remeasure(unit, &msme, &baseline_of(&msme, *year), today).await?;
            }
        }
    }
    Ok(())
}

/// Counts the firm's stored reports again against `baseline`.
pub(crate) async fn remeasure(
    unit: &mut dyn UnitOfWork,
    msme: &Organization,
    baseline: &Baseline,
    today: Date,
) -> Result<u64, AppError> {
    let from = jiff::civil::date(mitra_domain::organization::FIRST_FIGURES_YEAR, 1, 1);
    let reports = unit.reports_of(msme.id, from, today.first_of_month()).await?;
    let measures: Vec<(Date, ReportMeasures)> =
        reports.iter().map(|r| (r.report.month, ReportMeasures::of(&r.report, baseline))).collect();
    Ok(unit.remeasure_reports(msme.id, &measures).await?)
}

/// An opportunity firms took part in, as the dashboards offer it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnershipChoice {
    pub opportunity_id: Uuid,
    pub title: String,
    pub channel: mitra_domain::Channel,
    pub partner_id: Uuid,
    pub partner: String,
    /// The programme it is part of, with its name.
    pub programme: Option<(Uuid, String)>,
}

/// What a round of reminders did: the month reminded of, the firms and the emails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reminded {
    pub month: Date,
    pub firms: usize,
    pub emails: usize,
}

/// That a firm took part in an opportunity from a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Participation {
    pub msme_id: Uuid,
    pub opportunity_id: Uuid,
    pub since: Date,
}

/// How many firms reported for a month, of how many are registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseRate {
    pub month: Date,
    pub reported: u64,
    pub firms: u64,
}

impl ResponseRate {
    /// The share that reported.
    pub fn share(&self) -> Option<Decimal> {
        (self.firms > 0).then(|| (Decimal::from(self.reported) / Decimal::from(self.firms)).round_dp(4))
    }
}

/// The rows an import checks and writes at a time.
const IMPORT_CHUNK: usize = 5000;

/// What an import did: how many reports it stored, or, when any row was refused, none and
/// each refused row (counted from 0) with its problems.
#[derive(Debug, Clone, Default)]
pub struct ReportsImported {
    pub stored: usize,
    pub refused: Vec<(usize, Vec<Invalid>)>,
}

/// The groups the firm's report of `month` is counted in.
async fn groups_of(
    unit: &mut dyn UnitOfWork,
    msme: &Organization,
    month: Date,
    today: Date,
) -> Result<ReportGroups, AppError> {
    let since = partnered_since(unit, msme.id).await?;
    Ok(groups_at(msme, month, since, today))
}

/// The groups of the firm's report of `month`, when it counts as partnered from `since`.
fn groups_at(msme: &Organization, month: Date, since: Option<Date>, today: Date) -> ReportGroups {
    let details = &msme.details;
    let profile = details.msme.as_ref();
    ReportGroups {
        country: details.country,
        region: details.region.as_ref().map(|r| r.as_str().to_owned()).unwrap_or_default(),
        sector: profile
            .and_then(|p| p.industry.as_ref())
            .and_then(|code| code.isic_section())
            .unwrap_or_default()
            .to_owned(),
        // The class of that month; under today's rule for a month before the country had one.
        size_class: [month.last_of_month(), today]
            .into_iter()
            .find_map(|on| details.size_class(on).and_then(Result::ok))
            .map(|c| c.class),
        women_led: profile.is_some_and(|p| p.ownership.women_led),
        youth_led: profile.is_some_and(|p| p.ownership.youth_led),
        partnered: since.is_some_and(|since| since <= month),
    }
}

/// The first month the firm counts as partnered from: when a partner first approved it for
/// an opportunity (whatever became of it since), or a partnership recorded with its month.
async fn partnered_since(unit: &mut dyn UnitOfWork, msme_id: Uuid) -> Result<Option<Date>, AppError> {
    Ok(unit.partnered_since(&[msme_id]).await?.remove(&msme_id))
}
