//! Consent: an MSME's owners decide which of its figures each partner organisation may see,
//! until a date, and can take it back at any time. Each grant and revocation is in the audit
//! log; what a reader sees follows from the consents that hold on the day they ask
//! ([`crate::policy::msme_view`]).

use jiff::civil::Date;
use mitra_domain::{Figure, Invalid, OrganizationKind, Problem};
use mitra_store::Consent;
use uuid::Uuid;

use crate::audit::{Change, record_change};
use crate::policy::{Action, authorize};
use crate::registry::found;
use crate::{Actor, App, AppError};

/// The longest a consent may be given for, in days: three years.
pub const MOST_CONSENT_DAYS: i32 = 3 * 366;

/// A consent with the partner's name, for the MSME's page.
#[derive(Debug, Clone)]
pub struct ConsentListed {
    pub consent: Consent,
    pub partner_name: String,
    /// Whether it lets the partner see anything today.
    pub holds: bool,
}

impl App {
    /// Lets the partner `partner_id` see `figures` of the MSME `msme_id` until `expires_on`
    /// (inclusive).
    pub async fn grant_consent(
        &self,
        actor: &Actor,
        msme_id: Uuid,
        partner_id: Uuid,
        figures: Vec<Figure>,
        expires_on: Date,
    ) -> Result<Consent, AppError> {
        authorize(actor, Action::ManageConsent { msme_id })?;
        let person = actor.person().ok_or(AppError::Forbidden)?;
        let today = self.today();
        let mut problems = Vec::new();
        let mut figures = figures;
        figures.sort();
        figures.dedup();
        if figures.is_empty() {
            problems.push(Invalid::new("figures", Problem::NoFigures));
        }
        if expires_on < today {
            problems.push(Invalid::new("expires_on", Problem::InThePast));
        } else if expires_on > today.saturating_add(jiff::Span::new().days(MOST_CONSENT_DAYS)) {
            problems.push(Invalid::new("expires_on", Problem::TooFarAhead));
        }
        let now = self.clock().now();
        let mut unit = self.store().write().await?;
        let partner = unit.organization(partner_id).await?.filter(|o| o.archived_at.is_none());
        match partner {
            Some(p) if p.details.kind != OrganizationKind::Msme => {}
            _ => problems.push(Invalid::new("partner", Problem::NotAPartner)),
        }
        if !problems.is_empty() {
            return Err(AppError::Invalid(problems));
        }
        let consent = Consent {
            id: Uuid::now_v7(),
            msme_id,
            partner_id,
            figures,
            expires_on,
            granted_by: person.user_id,
            granted_at: now,
            revoked_by: None,
            revoked_at: None,
        };
        unit.insert_consent(&consent).await?;
        let view = serde_json::json!({
            "msme_id": msme_id,
            "partner_id": partner_id,
            "figures": consent.figures.iter().map(Figure::as_str).collect::<Vec<_>>(),
            "expires_on": expires_on.to_string(),
        });
        let mut change = Change::created_value("consent", consent.id, view);
        change.action = "grant";
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        Ok(consent)
    }

    /// Takes back a consent: from the next request on, the partner no longer sees the figures.
    pub async fn revoke_consent(
        &self,
        actor: &Actor,
        msme_id: Uuid,
        consent_id: Uuid,
    ) -> Result<(), AppError> {
        authorize(actor, Action::ManageConsent { msme_id })?;
        let person = actor.person().ok_or(AppError::Forbidden)?;
        let now = self.clock().now();
        let mut unit = self.store().write().await?;
        let consent = unit.consent(consent_id).await?.filter(|c| c.msme_id == msme_id);
        let consent = found(consent, "consent", consent_id)?;
        if unit.revoke_consent(consent_id, person.user_id, now).await? {
            let before = serde_json::json!({ "revoked_at": null });
            let after =
                serde_json::json!({ "revoked_at": now.to_string(), "partner_id": consent.partner_id });
            record_change(
                unit.as_mut(),
                actor,
                now,
                Change::changed("consent", consent_id, "revoke", &before, &after),
            )
            .await?;
        }
        unit.commit().await?;
        Ok(())
    }

    /// Every consent the MSME has given, newest first, with the partners' names.
    pub async fn consents(&self, actor: &Actor, msme_id: Uuid) -> Result<Vec<ConsentListed>, AppError> {
        authorize(actor, Action::ManageConsent { msme_id })?;
        let today = self.today();
        let mut unit = self.store().read().await?;
        let consents = unit.consents_of_msme(msme_id).await?;
        let mut listed = Vec::with_capacity(consents.len());
        for consent in consents {
            let partner_name = unit
                .organization(consent.partner_id)
                .await?
                .map(|o| o.details.name.as_str().to_owned())
                .unwrap_or_default();
            let holds = consent.holds_on(today);
            listed.push(ConsentListed { consent, partner_name, holds });
        }
        Ok(listed)
    }
}
