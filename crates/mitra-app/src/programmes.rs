//! Programmes: what an agency or a partner runs on one channel, created, changed, read and
//! listed, with the opportunities that are part of them.
//!
//! A programme's baseline year is the yardstick of its firms' recovery: a firm is measured
//! against the year of the first programme it joined. When that year moves (a programme's
//! year changes, an opportunity joins or leaves a programme, a firm joins its first
//! programme), the firm's stored reports are counted again against the new year in the same
//! unit of work, so that the dashboards never disagree with what a firm's page shows.

use mitra_domain::{Country, Opportunity, OrganizationKind, Problem, Programme, ProgrammeDraft};
use mitra_store::UnitOfWork;
use uuid::Uuid;

use crate::audit::{Change, record_change};
use crate::policy::{Action, authorize, require_signed_in};
use crate::recovery::{baseline_years, remeasure_moved};
use crate::registry::found;
use crate::{Actor, App, AppError};

/// A programme with who runs it and the opportunities that are part of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeRecord {
    pub programme: Programme,
    pub run_by_name: String,
    pub opportunities: Vec<Opportunity>,
    /// Firms that took part in any of its opportunities.
    pub participants: usize,
}

/// A line of the programme list.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeSummary {
    pub programme: Programme,
    pub run_by_name: String,
}

impl App {
    /// Creates a programme run by a live partner or agency.
    pub async fn create_programme(
        &self,
        actor: &Actor,
        draft: ProgrammeDraft,
    ) -> Result<Programme, AppError> {
        authorize(actor, Action::RunProgramme { run_by: draft.run_by })?;
        let checked = draft.check().map_err(AppError::Invalid)?;
        let mut unit = self.store().write().await?;
        runner(unit.as_mut(), checked.run_by).await?;
        let now = self.clock().now();
        let programme = unit.insert_programme(Uuid::now_v7(), &checked, now).await?;
        record_change(unit.as_mut(), actor, now, Change::created("programme", programme.id, &programme))
            .await?;
        unit.commit().await?;
        Ok(programme)
    }

    /// A programme, with its opportunities and how many firms took part in them.
    pub async fn programme(&self, actor: &Actor, id: Uuid) -> Result<ProgrammeRecord, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut unit = self.store().read().await?;
        let programme = found(unit.programme(id).await?, "programme", id)?;
        let run_by = programme.details.run_by;
        let run_by_name =
            found(unit.organization(run_by).await?, "organization", run_by)?.details.name.to_string();
        let opportunities = unit.programme_opportunities(id).await?;
        let ids: Vec<Uuid> = opportunities.iter().map(|o| o.id).collect();
        let participants = unit.participants(&ids).await?.len();
        Ok(ProgrammeRecord { programme, run_by_name, opportunities, participants })
    }

    /// The programmes of a country, or of every country, the latest to start first.
    pub async fn list_programmes(
        &self,
        actor: &Actor,
        country: Option<Country>,
    ) -> Result<Vec<ProgrammeSummary>, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut unit = self.store().read().await?;
        let programmes = unit.list_programmes(country).await?;
        let mut runners: Vec<Uuid> = programmes.iter().map(|p| p.details.run_by).collect();
        runners.sort_unstable();
        runners.dedup();
        let names = unit.organizations_by_id(&runners).await?;
        Ok(programmes
            .into_iter()
            .map(|programme| {
                let run_by_name = names
                    .get(&programme.details.run_by)
                    .map(|o| o.details.name.to_string())
                    .unwrap_or_default();
                ProgrammeSummary { programme, run_by_name }
            })
            .collect())
    }

    /// Replaces a programme's content, if it is still at version `expected` when one is given.
    /// Its channel and country stay while it has opportunities; when its baseline year changes,
    /// the reports of the firms it measures are counted again against the new year.
    pub async fn update_programme(
        &self,
        actor: &Actor,
        id: Uuid,
        draft: ProgrammeDraft,
        expected: Option<u64>,
    ) -> Result<Programme, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().write().await?;
        let current = found(unit.lock_programme(id).await?, "programme", id)?;
        authorize(actor, Action::RunProgramme { run_by: current.details.run_by })?;
        authorize(actor, Action::RunProgramme { run_by: draft.run_by })?;
        let checked = draft.check().map_err(AppError::Invalid)?;
        if checked.run_by != current.details.run_by {
            runner(unit.as_mut(), checked.run_by).await?;
        }
        let opportunities = unit.programme_opportunities(id).await?;
        let mut problems = Vec::new();
        if opportunities.iter().any(|o| o.details.channel != checked.channel) {
            problems.push(mitra_domain::Invalid::new("channel", Problem::OpportunitiesElsewhere));
        }
        if opportunities.iter().any(|o| o.details.country != checked.country) {
            problems.push(mitra_domain::Invalid::new("country", Problem::OpportunitiesElsewhere));
        }
        if !problems.is_empty() {
            return Err(AppError::Invalid(problems));
        }
        let ids: Vec<Uuid> = opportunities.iter().map(|o| o.id).collect();
        let firms = unit.participants(&ids).await?;
        let before = baseline_years(unit.as_mut(), &firms).await?;
        let now = self.clock().now();
        let programme = unit.update_programme(id, &checked, expected, now).await?;
        remeasure_moved(unit.as_mut(), &before, self.today()).await?;
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::changed("programme", id, "update", &current, &programme),
        )
        .await?;
        unit.commit().await?;
        Ok(programme)
    }

    /// Whether `actor` may create and change the programmes of `run_by` (for a page to offer
    /// its forms; the use cases that write ask again).
    pub fn may_run_programme(&self, actor: &Actor, run_by: Uuid) -> Result<(), AppError> {
        authorize(actor, Action::RunProgramme { run_by })
    }

    /// The programmes an opportunity of `country` may be put in by `actor`: those they may run,
    /// with `current` (the one it is in) kept whoever runs it.
    pub async fn programme_choices(
        &self,
        actor: &Actor,
        country: Country,
        current: Option<Uuid>,
    ) -> Result<Vec<Programme>, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut unit = self.store().read().await?;
        let programmes = unit.list_programmes(Some(country)).await?;
        Ok(programmes
            .into_iter()
            .filter(|p| {
                Some(p.id) == current
                    || authorize(actor, Action::RunProgramme { run_by: p.details.run_by }).is_ok()
            })
            .collect())
    }
}

/// The organisation that is to run a programme: a live partner or agency, not an MSME.
async fn runner(unit: &mut dyn UnitOfWork, run_by: Uuid) -> Result<(), AppError> {
    match unit.organization(run_by).await? {
        Some(o) if o.archived_at.is_none() && o.details.kind != OrganizationKind::Msme => Ok(()),
        _ => Err(AppError::field("run_by", Problem::NotAPartner)),
    }
}

/// Checks that an opportunity may be in the programme its draft names (one on its channel,
/// in its country), and that `actor` may put it there or take it out of `before`: the
/// programme each names, if either changed.
pub(crate) async fn check_membership(
    unit: &mut dyn UnitOfWork,
    actor: &Actor,
    draft: &mitra_domain::OpportunityDraft,
    before: Option<Uuid>,
) -> Result<(), AppError> {
    if draft.programme_id != before
        && let Some(old) = before
        && let Some(programme) = unit.programme(old).await?
    {
        authorize(actor, Action::RunProgramme { run_by: programme.details.run_by })?;
    }
    let Some(id) = draft.programme_id else { return Ok(()) };
    let Some(programme) = unit.programme(id).await? else {
        return Err(AppError::field("programme_id", Problem::NotInList));
    };
    if draft.programme_id != before {
        authorize(actor, Action::RunProgramme { run_by: programme.details.run_by })?;
    }
    let mut problems = Vec::new();
    if programme.details.channel != draft.channel {
        problems.push(mitra_domain::Invalid::new("channel", Problem::NotTheProgrammesChannel));
    }
    if programme.details.country != draft.country {
        problems.push(mitra_domain::Invalid::new("programme_id", Problem::NotTheProgrammesCountry));
    }
    if problems.is_empty() { Ok(()) } else { Err(AppError::Invalid(problems)) }
}
