//! Opportunities: what partners offer, published, read, changed, archived and listed.

use jiff::civil::Date;
use mitra_domain::{Listed, Opportunity, OpportunityDraft, OpportunityQuery, Page};
use uuid::Uuid;

use crate::audit::{Change, record_change};
use crate::policy::{Action, authorize, require_signed_in};
use crate::programmes::check_membership;
use crate::recovery::{baseline_years, remeasure_moved};
use crate::registry::found;
use crate::{Actor, App, AppError, ConflictKind};

/// An opportunity as of a date, on which whether it is open is read.
#[derive(Debug, Clone, PartialEq)]
pub struct OpportunityRecord {
    pub opportunity: Opportunity,
    pub as_of: Date,
}

impl OpportunityRecord {
    /// Whether it takes applications on `as_of`: live and between its dates.
    pub fn open_now(&self) -> bool {
        self.opportunity.archived_at.is_none() && self.opportunity.details.is_open_on(self.as_of)
    }
}

impl App {
    /// Publishes an opportunity of a live partner.
    pub async fn create_opportunity(
        &self,
        actor: &Actor,
        draft: OpportunityDraft,
    ) -> Result<OpportunityRecord, AppError> {
        authorize(actor, Action::CreateOpportunity { partner_id: draft.partner_id })?;
        let checked = draft.check().map_err(AppError::Invalid)?;
        let mut unit = self.store().write().await?;
        check_membership(unit.as_mut(), actor, &checked, None).await?;
        let now = self.clock().now();
        let opportunity = unit.insert_opportunity(Uuid::now_v7(), &checked, now).await?;
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::created("opportunity", opportunity.id, &opportunity),
        )
        .await?;
        unit.commit().await?;
        Ok(OpportunityRecord { opportunity, as_of: self.today() })
    }

    /// One opportunity, archived or not.
    pub async fn opportunity(&self, actor: &Actor, id: Uuid) -> Result<OpportunityRecord, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut unit = self.store().read().await?;
        let opportunity = found(unit.opportunity(id).await?, "opportunity", id)?;
        Ok(OpportunityRecord { opportunity, as_of: self.today() })
    }

    /// One opportunity with the name of the partner that offers it.
    pub async fn opportunity_with_partner(
        &self,
        actor: &Actor,
        id: Uuid,
    ) -> Result<(OpportunityRecord, mitra_domain::Organization), AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut unit = self.store().read().await?;
        let opportunity = found(unit.opportunity(id).await?, "opportunity", id)?;
        let partner_id = opportunity.details.partner_id;
        let partner = found(unit.organization(partner_id).await?, "organization", partner_id)?;
        Ok((OpportunityRecord { opportunity, as_of: self.today() }, partner))
    }

    /// Replaces a live opportunity's content, if it is still at version `expected` when one is
    /// given; its partner cannot change.
    pub async fn update_opportunity(
        &self,
        actor: &Actor,
        id: Uuid,
        draft: OpportunityDraft,
        expected: Option<u64>,
    ) -> Result<OpportunityRecord, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().write().await?;
        let current = found(unit.lock_opportunity(id).await?, "opportunity", id)?;
        authorize(actor, Action::ChangeOpportunity { partner_id: current.details.partner_id })?;
        // Neither the form nor the API carries relief-loan terms yet: a change keeps them.
        let mut draft = draft;
        if draft.relief_loan.is_none() {
            draft.relief_loan = current.details.relief_loan.clone();
        }
        let checked = draft.check().map_err(AppError::Invalid)?;
        if current.archived_at.is_none() && current.details.partner_id != checked.partner_id {
            return Err(AppError::Conflict {
                kind: ConflictKind::PartnerChange,
                message: "an opportunity cannot move to another partner".to_owned(),
            });
        }
        check_membership(unit.as_mut(), actor, &checked, current.details.programme_id).await?;
        // Leaving or joining a programme can move the baseline year of the firms that took part.
        let moved = checked.programme_id != current.details.programme_id;
        let firms = if moved { unit.participants(&[id]).await? } else { vec![] };
        let before = baseline_years(unit.as_mut(), &firms).await?;
        let now = self.clock().now();
        let opportunity = unit.update_opportunity(id, &checked, expected, now).await?;
        remeasure_moved(unit.as_mut(), &before, self.today()).await?;
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::changed("opportunity", id, "update", &current, &opportunity),
        )
        .await?;
        unit.commit().await?;
        Ok(OpportunityRecord { opportunity, as_of: self.today() })
    }

    /// Archives an opportunity, if it is still at version `expected` when one is given;
    /// archiving twice changes nothing.
    pub async fn archive_opportunity(
        &self,
        actor: &Actor,
        id: Uuid,
        expected: Option<u64>,
    ) -> Result<OpportunityRecord, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().write().await?;
        let current = found(unit.lock_opportunity(id).await?, "opportunity", id)?;
        authorize(actor, Action::ChangeOpportunity { partner_id: current.details.partner_id })?;
        let now = self.clock().now();
        let opportunity = unit.archive_opportunity(id, expected, now).await?;
        if current.archived_at.is_none() {
            record_change(
                unit.as_mut(),
                actor,
                now,
                Change::changed("opportunity", id, "archive", &current, &opportunity),
            )
            .await?;
        }
        unit.commit().await?;
        Ok(OpportunityRecord { opportunity, as_of: self.today() })
    }

    /// Whether `actor` may publish and change the opportunities of `partner_id` (for a page to
    /// offer its forms; the use cases that write ask again).
    pub fn may_offer_for(&self, actor: &Actor, partner_id: Uuid) -> Result<(), AppError> {
        authorize(actor, Action::CreateOpportunity { partner_id })
    }

    /// A page of the opportunities `query` asks for, oldest first.
    pub async fn list_opportunities(
        &self,
        actor: &Actor,
        query: &OpportunityQuery,
        page: Page,
    ) -> Result<Listed<OpportunityRecord>, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let query = self.dated(query);
        let mut unit = self.store().read().await?;
        let listed = unit.list_opportunities(&query, page).await?;
        let as_of = self.today();
        Ok(listed.map(|opportunity| OpportunityRecord { opportunity, as_of }))
    }

    /// How many opportunities `query` asks for, counted up to [`crate::MOST_COUNTED`].
    pub async fn count_opportunities_matching(
        &self,
        actor: &Actor,
        query: &OpportunityQuery,
    ) -> Result<crate::Matches, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let query = self.dated(query);
        let mut unit = self.store().read().await?;
        let count = unit.count_matching_opportunities(&query, crate::MOST_COUNTED + 1).await?;
        Ok(crate::Matches::of(count))
    }

    /// The query with "open now" as a date, by this application's clock.
    fn dated(&self, query: &OpportunityQuery) -> OpportunityQuery {
        let mut query = query.clone();
        if query.open_now {
            query.open_on = Some(self.today());
        }
        query
    }
}
