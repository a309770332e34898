//! The demo's story loaded through the application layer, as a person's actions would be:
//! two years of monthly reports for every demo MSME, and the programmes some of them joined
//! in those years.

use mitra_app::{Actor, App, AppError, Participation};
use mitra_domain::{Channel, Country, OpportunityQuery, OrganizationKind, OrganizationQuery, Page};
use uuid::Uuid;

/// What [`recovery`] loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecoveryLoaded {
    pub reports: usize,
    /// Firms that joined a programme in 2020 or 2021.
    pub joined: usize,
}

/// Loads [`crate::recovery::history`] for every MSME of `app` (the `index`-th in id order is
/// the demo's `index`-th), recording the programme each firm joined (an opportunity of its
/// country on the channel it needed most, or any of its country's) before its reports, so
/// that its months from entry count as partnered.
pub async fn recovery(app: &App, seed: u64) -> Result<RecoveryLoaded, AppError> {
    let today = app.today();
    let programmes = programmes(app).await?;
    let firms = OrganizationQuery { kind: Some(OrganizationKind::Msme), ..Default::default() };
    let mut page = Page::first(500);
    let mut index = 0;
    let mut loaded = RecoveryLoaded { reports: 0, joined: 0 };
    loop {
        let listed = app.list_organizations(&Actor::System, &firms, page).await?;
        let mut rows = Vec::new();
        let mut participations = Vec::new();
        for record in &listed.items {
            let firm = &record.organization;
            let history = crate::recovery::history(seed, index, &firm.details, today);
            let needed = firm.details.msme.as_ref().and_then(|p| p.needs.first()).map(|n| n.channel);
            let mut in_country = programmes.iter().filter(|(_, country, _)| *country == firm.details.country);
            let programme = in_country
                .clone()
                .find(|(_, _, channel)| Some(*channel) == needed)
                .or_else(|| in_country.next());
            if let (Some(since), Some((opportunity_id, _, _))) = (history.joined, programme) {
                participations.push(Participation {
                    msme_id: firm.id,
                    opportunity_id: *opportunity_id,
                    since,
                });
            }
            rows.extend(history.reports.into_iter().map(|report| (firm.id, report)));
            index += 1;
        }
        loaded.joined += participations.len();
        if let Err(refused) = app.record_participations(&Actor::System, participations).await? {
            return Err(AppError::Invalid(refused.into_iter().map(|(_, problem)| problem).collect()));
        }
        let imported = app.import_reports(&Actor::System, rows).await?;
        if !imported.refused.is_empty() {
            return Err(AppError::Invalid(imported.refused.into_iter().flat_map(|(_, p)| p).collect()));
        }
        loaded.reports += imported.stored;
        match listed.next {
            Some(next) => page = Page::new(Some(next), 500),
            None => return Ok(loaded),
        }
    }
}

/// Every opportunity's id, country and channel.
async fn programmes(app: &App) -> Result<Vec<(Uuid, Country, Channel)>, AppError> {
    let mut programmes = Vec::new();
    let mut page = Page::first(200);
    loop {
        let listed = app.list_opportunities(&Actor::System, &OpportunityQuery::default(), page).await?;
        let details = listed.items.iter().map(|o| &o.opportunity);
        programmes.extend(details.map(|o| (o.id, o.details.country, o.details.channel)));
        match listed.next {
            Some(next) => page = Page::new(Some(next), 200),
            None => return Ok(programmes),
        }
    }
}
