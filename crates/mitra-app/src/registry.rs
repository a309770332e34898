//! Organisations: registering, reading, changing, archiving and listing them, an
//! organisation's whole profile, counts, and bulk imports.

use std::collections::HashMap;

use jiff::civil::Date;
use mitra_domain::{
    Checked, Classification, Figure, Invalid, Listed, OpportunityDraft, OpportunityQuery, Organization,
    OrganizationDraft, OrganizationQuery, Page, Problem, SizeError,
};
use mitra_store::UnitOfWork;
use uuid::Uuid;

use crate::audit::{Change, record_change};
use crate::opportunities::OpportunityRecord;
use crate::policy::{
    Action, ListScope, MsmeView, authorize, consent_partners, is_public, list_scope, msme_view,
};
use crate::recommendations::Recommendations;
use crate::{Actor, App, AppError};

/// An organisation as of a date, as the reader may see it: what is computed from it (its size
/// class) is computed on that date, and the figures the reader may not see are taken out.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationRecord {
    pub organization: Organization,
    pub as_of: Date,
    /// The MSME's figures this reader may not see (their values are removed from
    /// `organization`): empty for a reader who sees it whole, and for partners.
    pub hidden: Vec<Figure>,
}

impl OrganizationRecord {
    /// The record with nothing hidden.
    pub fn whole(organization: Organization, as_of: Date) -> Self {
        Self { organization, as_of, hidden: Vec::new() }
    }

    /// Whether a figure of the profile itself is hidden (and with it the size class, which
    /// would tell of it); hiding only the monthly reports hides nothing of the profile.
    pub fn hides_profile_figures(&self) -> bool {
        self.hidden.iter().any(|f| *f != Figure::RecoveryReports)
    }

    /// The record with only the figures in `shown` left in it.
    pub fn with_figures(mut organization: Organization, as_of: Date, shown: &[Figure]) -> Self {
        let hidden: Vec<Figure> = Figure::ALL.iter().copied().filter(|f| !shown.contains(f)).collect();
        if let Some(msme) = organization.details.msme.as_mut() {
            // Past years' figures hold payroll and costs besides turnover and jobs: only a
            // reader who sees every figure sees them.
            if hidden.iter().any(|f| *f != Figure::RecoveryReports) {
                msme.figures.clear();
            }
            for figure in &hidden {
                match figure {
                    Figure::Turnover => msme.annual_turnover = None,
                    // The balance-sheet total is an asset figure, shared with investment.
                    Figure::Investment => {
                        msme.investment = None;
                        msme.balance_sheet_total = None;
                    }
                    Figure::Employees => msme.employees = None,
                    // Not in the profile: the recovery use cases read the consent themselves.
                    Figure::RecoveryReports => {}
                }
            }
        }
        Self { organization, as_of, hidden }
    }

    /// The size class of an MSME under its country's rule in force on `as_of`; `None` for
    /// other kinds, and for a reader from whom some of its figures are hidden (the class
    /// would tell them about the figures).
    pub fn size(&self) -> Option<Result<Classification, SizeError>> {
        if !self.hidden.is_empty() {
            return None;
        }
        self.organization.details.size_class(self.as_of)
    }
}

/// What an organisation's page shows: the record, what it offers, and for an MSME the
/// opportunities recommended to it.
#[derive(Debug)]
pub struct OrganizationProfile {
    pub record: OrganizationRecord,
    /// Its live opportunities, oldest first (the first 50).
    pub offered: Vec<OpportunityRecord>,
    /// For an MSME that trades, its best opportunities; `None` for a partner or a firm that is
    /// archived or permanently closed.
    pub recommended: Option<Recommendations>,
    /// Whether the reader may change this profile (the policy's answer, for the page's link).
    pub may_edit: bool,
}

/// Live records in the registry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub organizations: u64,
    pub msmes: u64,
    pub partners: u64,
    pub opportunities: u64,
}

/// An import of at least this many records refreshes the planner's statistics.
const ANALYZE_AFTER: usize = 10_000;

/// Many records to store at once: all of them or none. Opportunities name their partner by
/// its index in `partners`, since ids are given when they are stored.
#[derive(Debug, Clone, Default)]
pub struct RegistryImport {
    pub partners: Vec<OrganizationDraft>,
    pub opportunities: Vec<(usize, OpportunityDraft)>,
    pub msmes: Vec<OrganizationDraft>,
    /// Eligibility rule sets by index into `opportunities`, oldest version first.
    pub rules: Vec<(usize, mitra_eligibility::RuleSetDraft)>,
    /// Programmes: the index in `partners` of the one that runs each, the programme, and the
    /// indices in `opportunities` of those that are part of it.
    pub programmes: Vec<(usize, mitra_domain::ProgrammeDraft, Vec<usize>)>,
}

/// How many records an import stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    pub partners: usize,
    pub opportunities: usize,
    pub msmes: usize,
}

/// How far a list's count goes: beyond it a page says "more than 10,000", because counting a
/// million matches would cost more than the page itself.
pub const MOST_COUNTED: u64 = 10_000;

/// How many records a list's filters match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matches {
    /// The count, at most [`MOST_COUNTED`].
    pub count: u64,
    /// More than `count` match.
    pub more: bool,
}

impl Matches {
    /// The matches of a count made up to one beyond [`MOST_COUNTED`].
    pub(crate) fn of(counted: u64) -> Self {
        Matches { count: counted.min(MOST_COUNTED), more: counted > MOST_COUNTED }
    }
}

impl App {
    /// Registers an organisation.
    pub async fn create_organization(
        &self,
        actor: &Actor,
        draft: OrganizationDraft,
    ) -> Result<OrganizationRecord, AppError> {
        authorize(actor, Action::CreateOrganization)?;
        let today = self.today();
        let checked = draft.check(today).map_err(AppError::Invalid)?;
        let mut unit = self.store().write().await?;
        let now = self.clock().now();
        let organization = unit.insert_organization(Uuid::now_v7(), &checked, now, today).await?;
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::created("organization", organization.id, &organization),
        )
        .await?;
        unit.commit().await?;
        Ok(OrganizationRecord::whole(organization, today))
    }

    /// One organisation, archived or not, as `actor` may see it: an MSME they may not see is
    /// `NotFound`, as if it did not exist.
    pub async fn organization(&self, actor: &Actor, id: Uuid) -> Result<OrganizationRecord, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut unit = self.store().read().await?;
        let organization = found(unit.organization(id).await?, "organization", id)?;
        self.as_seen_by(actor, unit.as_mut(), organization).await
    }

    /// An organisation as `actor` may see it, with the consents that hold today.
    pub(crate) async fn as_seen_by(
        &self,
        actor: &Actor,
        unit: &mut dyn UnitOfWork,
        organization: Organization,
    ) -> Result<OrganizationRecord, AppError> {
        let today = self.today();
        if is_public(organization.details.kind) {
            return Ok(OrganizationRecord::whole(organization, today));
        }
        match self.msme_view_of(actor, unit, organization.id).await? {
            MsmeView::Whole => Ok(OrganizationRecord::whole(organization, today)),
            MsmeView::Figures(shown) => Ok(OrganizationRecord::with_figures(organization, today, &shown)),
            MsmeView::Hidden => Err(AppError::NotFound { entity: "organization", id: organization.id }),
        }
    }

    /// How much of the MSME `msme_id` `actor` sees, given the consents that hold today.
    pub(crate) async fn msme_view_of(
        &self,
        actor: &Actor,
        unit: &mut dyn UnitOfWork,
        msme_id: Uuid,
    ) -> Result<MsmeView, AppError> {
        let partners = consent_partners(actor);
        let holding = if partners.is_empty() {
            Vec::new()
        } else {
            unit.consents_holding(msme_id, &partners, self.today()).await?
        };
        Ok(msme_view(actor, msme_id, &holding))
    }

    /// Replaces a live organisation's content, if it is still at version `expected` when one is
    /// given (the version the client read).
    pub async fn update_organization(
        &self,
        actor: &Actor,
        id: Uuid,
        draft: OrganizationDraft,
        expected: Option<u64>,
    ) -> Result<OrganizationRecord, AppError> {
        self.may_change_organization(actor, id).await?;
        let today = self.today();
        let checked = draft.check(today).map_err(AppError::Invalid)?;
        let mut unit = self.store().write().await?;
        // The time is read once the record is locked, so a writer that waited for the lock
        // never stamps a time before the write it waited for.
        let before = found(unit.lock_organization(id).await?, "organization", id)?;
        let now = self.clock().now();
        let organization = unit.update_organization(id, &checked, expected, now, today).await?;
        // A firm whose figures of its baseline year changed has its reports counted again.
        if organization.details.msme.is_some() {
            use crate::recovery::{baseline_of, baseline_years, remeasure};
            let year = baseline_years(unit.as_mut(), &[id]).await?.get(&id).copied();
            let year = year.unwrap_or(mitra_domain::recovery::DEFAULT_BASELINE_YEAR);
            let baseline = baseline_of(&organization, year);
            if baseline_of(&before, year) != baseline {
                remeasure(unit.as_mut(), &organization, &baseline, today).await?;
            }
        }
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::changed("organization", id, "update", &before, &organization),
        )
        .await?;
        unit.commit().await?;
        Ok(OrganizationRecord::whole(organization, today))
    }

    /// Whether `actor` may change the organisation `id`: one they may not even see is
    /// `NotFound`; one they see but may not change is `Forbidden`.
    async fn may_change_organization(&self, actor: &Actor, id: Uuid) -> Result<(), AppError> {
        match authorize(actor, Action::ChangeOrganization { id }) {
            Err(AppError::Forbidden) => {
                self.organization(actor, id).await?;
                Err(AppError::Forbidden)
            }
            other => other,
        }
    }

    /// Archives an organisation and every opportunity it offers, together, if it is still at
    /// version `expected` when one is given; archiving twice changes nothing.
    pub async fn archive_organization(
        &self,
        actor: &Actor,
        id: Uuid,
        expected: Option<u64>,
    ) -> Result<OrganizationRecord, AppError> {
        if let Err(error) = authorize(actor, Action::ArchiveOrganization) {
            // Someone who may not see the record is told it does not exist.
            self.organization(actor, id).await?;
            return Err(error);
        }
        let mut unit = self.store().write().await?;
        let current = found(unit.lock_organization(id).await?, "organization", id)?;
        let now = self.clock().now();
        let organization = unit.archive_organization(id, expected, now).await?;
        // Archived now rather than before: its opportunities go with it, at the same time.
        if current.archived_at.is_none() {
            unit.archive_opportunities_of(id, organization.updated_at).await?;
            record_change(
                unit.as_mut(),
                actor,
                now,
                Change::changed("organization", id, "archive", &current, &organization),
            )
            .await?;
        }
        unit.commit().await?;
        Ok(OrganizationRecord::whole(organization, self.today()))
    }

    /// A page of the organisations `query` asks for, oldest first.
    pub async fn list_organizations(
        &self,
        actor: &Actor,
        query: &OrganizationQuery,
        page: Page,
    ) -> Result<Listed<OrganizationRecord>, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut query = query.clone();
        if let ListScope::PartnersAnd(msmes) = list_scope(actor) {
            query.visible_msmes = Some(msmes);
        }
        let mut unit = self.store().read().await?;
        let listed = unit.list_organizations(&query, page).await?;
        let as_of = self.today();
        Ok(listed.map(|organization| OrganizationRecord::whole(organization, as_of)))
    }

    /// Whether `actor` may register organisations and archive them (the agency's staff), for a
    /// page to offer its forms; the use cases that write ask again.
    pub fn may_administer_organizations(&self, actor: &Actor) -> bool {
        authorize(actor, Action::CreateOrganization).is_ok()
            && authorize(actor, Action::ArchiveOrganization).is_ok()
    }

    /// How many organisations `query` asks for among those the actor may see, counted up to
    /// [`MOST_COUNTED`].
    pub async fn count_organizations_matching(
        &self,
        actor: &Actor,
        query: &OrganizationQuery,
    ) -> Result<Matches, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut query = query.clone();
        if let ListScope::PartnersAnd(msmes) = list_scope(actor) {
            query.visible_msmes = Some(msmes);
        }
        let mut unit = self.store().read().await?;
        let count = unit.count_matching_organizations(&query, MOST_COUNTED + 1).await?;
        Ok(Matches::of(count))
    }

    /// An organisation with what it offers and, for an MSME, its `recommended` best
    /// opportunities.
    pub async fn organization_profile(
        &self,
        actor: &Actor,
        id: Uuid,
        recommended: usize,
    ) -> Result<OrganizationProfile, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let as_of = self.today();
        let mut unit = self.store().read().await?;
        let organization = found(unit.organization(id).await?, "organization", id)?;
        let record = self.as_seen_by(actor, unit.as_mut(), organization).await?;
        let offered = unit
            .list_opportunities(
                &OpportunityQuery { partner_id: Some(id), ..Default::default() },
                Page::first(50),
            )
            .await?;
        drop(unit);
        let is_msme = record.organization.details.msme.is_some()
            && crate::recommendations::is_trading(&record.organization)
            && authorize(actor, Action::Recommend { msme_id: id }).is_ok();
        let recommended =
            if is_msme { Some(self.recommend_for(actor, &record, recommended).await?) } else { None };
        Ok(OrganizationProfile {
            record,
            offered: offered
                .items
                .into_iter()
                .map(|opportunity| OpportunityRecord { opportunity, as_of })
                .collect(),
            recommended,
            may_edit: record_may_change(actor, id),
        })
    }

    /// How many live organisations, MSMEs, partners and opportunities there are.
    pub async fn counts(&self, actor: &Actor) -> Result<Counts, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut unit = self.store().read().await?;
        let (organizations, msmes) = unit.count_organizations().await?;
        let opportunities = unit.count_opportunities().await?;
        Ok(Counts { organizations, msmes, partners: organizations - msmes, opportunities })
    }

    /// Stores many records in one unit of work: every record is checked first and every
    /// problem reported (as `partners[3].name`, `opportunities[0].closes_on`); then all are
    /// written, or none.
    pub async fn import_registry(&self, actor: &Actor, import: RegistryImport) -> Result<Imported, AppError> {
        authorize(actor, Action::ImportRegistry)?;
        let today = self.today();
        let mut problems = Vec::new();
        let partner_count = import.partners.len();
        let partners = check_all("partners", import.partners, &mut problems, |d| d.check(today));
        let msmes = check_all("msmes", import.msmes, &mut problems, |d| d.check(today));
        let mut opportunities = Vec::new();
        for (index, (partner, draft)) in import.opportunities.into_iter().enumerate() {
            if partner >= partner_count {
                problems.push(Invalid::new(
                    format!("opportunities[{index}]"),
                    "names a partner that is not in the import",
                ));
                continue;
            }
            match draft.check() {
                Ok(checked) => opportunities.push((partner, checked)),
                Err(found) => problems.extend(prefixed(&format!("opportunities[{index}]"), found)),
            }
        }
        let mut rules = Vec::new();
        for (index, (opportunity, draft)) in import.rules.into_iter().enumerate() {
            let field = format!("rules[{index}]");
            let Some((_, checked)) = opportunities.get(opportunity) else {
                problems.push(Invalid::new(field, "names an opportunity that is not in the import"));
                continue;
            };
            match draft.check(checked.currency()) {
                Ok(_) => rules.push((opportunity, draft)),
                Err(found) => problems.extend(prefixed(&field, found)),
            }
        }
        let mut programmes = Vec::new();
        let mut programme_of: HashMap<usize, usize> = HashMap::new();
        for (index, (run_by, draft, members)) in import.programmes.into_iter().enumerate() {
            let field = format!("programmes[{index}]");
            if run_by >= partner_count {
                problems.push(Invalid::new(field.clone(), "names a partner that is not in the import"));
            }
            for member in &members {
                match opportunities.get(*member) {
                    Some((_, o)) if o.channel == draft.channel && o.country == draft.country => {
                        programme_of.insert(*member, programmes.len());
                    }
                    Some(_) => problems.push(Invalid::new(field.clone(), Problem::NotTheProgrammesChannel)),
                    None => problems
                        .push(Invalid::new(field.clone(), "names an opportunity that is not in the import")),
                }
            }
            match draft.check() {
                Ok(checked) => programmes.push((run_by, checked)),
                Err(found) => problems.extend(prefixed(&field, found)),
            }
        }
        if !problems.is_empty() {
            return Err(AppError::Invalid(problems));
        }
        let mut unit = self.store().write().await?;
        let mut partner_ids = Vec::with_capacity(partners.len());
        for partner in &partners {
            let id = Uuid::now_v7();
            unit.insert_organization(id, partner, self.clock().now(), today).await?;
            partner_ids.push(id);
        }
        for msme in &msmes {
            unit.insert_organization(Uuid::now_v7(), msme, self.clock().now(), today).await?;
        }
        let mut programme_ids = Vec::with_capacity(programmes.len());
        for (run_by, programme) in &programmes {
            let checked = programme.clone().run_by(partner_ids[*run_by]);
            let id = Uuid::now_v7();
            unit.insert_programme(id, &checked, self.clock().now()).await?;
            programme_ids.push(id);
        }
        let mut opportunity_ids = Vec::with_capacity(opportunities.len());
        for (index, (partner, opportunity)) in opportunities.iter().enumerate() {
            let checked = opportunity
                .clone()
                .offered_by(partner_ids[*partner])
                .in_programme(programme_of.get(&index).map(|p| programme_ids[*p]));
            let id = Uuid::now_v7();
            unit.insert_opportunity(id, &checked, self.clock().now()).await?;
            opportunity_ids.push(id);
        }
        for (opportunity, rules) in &rules {
            unit.insert_rule_set(opportunity_ids[*opportunity], rules, self.clock().now()).await?;
        }
        let imported =
            Imported { partners: partners.len(), opportunities: opportunities.len(), msmes: msmes.len() };
        // One entry for the whole import: the records themselves are its "after".
        let summary = serde_json::json!({
            "partners": imported.partners,
            "opportunities": imported.opportunities,
            "msmes": imported.msmes,
        });
        let mut change = Change::created_value("import", Uuid::now_v7(), summary);
        change.action = "import";
        record_change(unit.as_mut(), actor, self.clock().now(), change).await?;
        unit.commit().await?;
        if imported.partners + imported.opportunities + imported.msmes >= ANALYZE_AFTER {
            // The statistics the planner chooses indexes by no longer describe the tables.
            self.store().analyze().await?;
        }
        Ok(imported)
    }
}

fn record_may_change(actor: &Actor, id: Uuid) -> bool {
    authorize(actor, Action::ChangeOrganization { id }).is_ok()
}

/// The record, or `NotFound` naming it.
pub(crate) fn found<T>(record: Option<T>, entity: &'static str, id: Uuid) -> Result<T, AppError> {
    record.ok_or(AppError::NotFound { entity, id })
}

fn check_all<T>(
    list: &str,
    drafts: Vec<T>,
    problems: &mut Vec<Invalid>,
    check: impl Fn(T) -> Result<Checked<T>, Vec<Invalid>>,
) -> Vec<Checked<T>> {
    let mut checked = Vec::with_capacity(drafts.len());
    for (index, draft) in drafts.into_iter().enumerate() {
        match check(draft) {
            Ok(valid) => checked.push(valid),
            Err(found) => problems.extend(prefixed(&format!("{list}[{index}]"), found)),
        }
    }
    checked
}

fn prefixed(prefix: &str, problems: Vec<Invalid>) -> impl Iterator<Item = Invalid> + '_ {
    problems.into_iter().map(move |p| Invalid::new(format!("{prefix}.{}", p.field), p.problem))
}
