//! Organisations: registering, reading, changing, archiving and listing them, an
//! organisation's whole profile, counts, and bulk imports.

use jiff::civil::Date;
use mitra_domain::{
    Checked, Classification, Invalid, Listed, OpportunityDraft, OpportunityQuery, Organization,
    OrganizationDraft, OrganizationQuery, Page, SizeError,
};
use uuid::Uuid;

use crate::opportunities::OpportunityRecord;
use crate::policy::{Action, authorize};
use crate::recommendations::Recommendations;
use crate::{Actor, App, AppError};

/// An organisation as of a date: what is computed from it (its size class) is computed on
/// that date.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationRecord {
    pub organization: Organization,
    pub as_of: Date,
}

impl OrganizationRecord {
    /// The size class of an MSME under its country's rule in force on `as_of`; `None` for
    /// other kinds.
    pub fn size(&self) -> Option<Result<Classification, SizeError>> {
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
}

/// How many records an import stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    pub partners: usize,
    pub opportunities: usize,
    pub msmes: usize,
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
        let organization =
            unit.insert_organization(Uuid::now_v7(), &checked, self.clock().now(), today).await?;
        unit.commit().await?;
        Ok(OrganizationRecord { organization, as_of: today })
    }

    /// One organisation, archived or not.
    pub async fn organization(&self, actor: &Actor, id: Uuid) -> Result<OrganizationRecord, AppError> {
        authorize(actor, Action::ReadRegistry)?;
        let mut unit = self.store().read().await?;
        let organization = found(unit.organization(id).await?, "organization", id)?;
        Ok(OrganizationRecord { organization, as_of: self.today() })
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
        authorize(actor, Action::ChangeOrganization(id))?;
        let today = self.today();
        let checked = draft.check(today).map_err(AppError::Invalid)?;
        let mut unit = self.store().write().await?;
        // The time is read once the record is locked, so a writer that waited for the lock
        // never stamps a time before the write it waited for.
        found(unit.lock_organization(id).await?, "organization", id)?;
        let organization =
            unit.update_organization(id, &checked, expected, self.clock().now(), today).await?;
        unit.commit().await?;
        Ok(OrganizationRecord { organization, as_of: today })
    }

    /// Archives an organisation and every opportunity it offers, together, if it is still at
    /// version `expected` when one is given; archiving twice changes nothing.
    pub async fn archive_organization(
        &self,
        actor: &Actor,
        id: Uuid,
        expected: Option<u64>,
    ) -> Result<OrganizationRecord, AppError> {
        authorize(actor, Action::ChangeOrganization(id))?;
        let mut unit = self.store().write().await?;
        let current = found(unit.lock_organization(id).await?, "organization", id)?;
        let organization = unit.archive_organization(id, expected, self.clock().now()).await?;
        // Archived now rather than before: its opportunities go with it, at the same time.
        if current.archived_at.is_none() {
            unit.archive_opportunities_of(id, organization.updated_at).await?;
        }
        unit.commit().await?;
        Ok(OrganizationRecord { organization, as_of: self.today() })
    }

    /// A page of the organisations `query` asks for, oldest first.
    pub async fn list_organizations(
        &self,
        actor: &Actor,
        query: &OrganizationQuery,
        page: Page,
    ) -> Result<Listed<OrganizationRecord>, AppError> {
        authorize(actor, Action::ReadRegistry)?;
        let mut unit = self.store().read().await?;
        let listed = unit.list_organizations(query, page).await?;
        let as_of = self.today();
        Ok(listed.map(|organization| OrganizationRecord { organization, as_of }))
    }

    /// An organisation with what it offers and, for an MSME, its `recommended` best
    /// opportunities.
    pub async fn organization_profile(
        &self,
        actor: &Actor,
        id: Uuid,
        recommended: usize,
    ) -> Result<OrganizationProfile, AppError> {
        authorize(actor, Action::ReadRegistry)?;
        let as_of = self.today();
        let mut unit = self.store().read().await?;
        let organization = found(unit.organization(id).await?, "organization", id)?;
        let offered = unit
            .list_opportunities(
                &OpportunityQuery { partner_id: Some(id), ..Default::default() },
                Page::first(50),
            )
            .await?;
        drop(unit);
        let is_msme =
            organization.details.msme.is_some() && crate::recommendations::is_trading(&organization);
        let record = OrganizationRecord { organization, as_of };
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
        })
    }

    /// How many live organisations, MSMEs, partners and opportunities there are.
    pub async fn counts(&self, actor: &Actor) -> Result<Counts, AppError> {
        authorize(actor, Action::ReadRegistry)?;
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
        for (partner, opportunity) in opportunities.iter() {
            let checked = opportunity.clone().offered_by(partner_ids[*partner]);
            unit.insert_opportunity(Uuid::now_v7(), &checked, self.clock().now()).await?;
        }
        unit.commit().await?;
        let imported =
            Imported { partners: partners.len(), opportunities: opportunities.len(), msmes: msmes.len() };
        if imported.partners + imported.opportunities + imported.msmes >= ANALYZE_AFTER {
            // The statistics the planner chooses indexes by no longer describe the tables.
            self.store().analyze().await?;
        }
        Ok(imported)
    }
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
