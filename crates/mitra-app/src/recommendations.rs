//! Recommendations: the matching engine's catalogue of live opportunities, kept current, and
//! the best opportunities and partners for an MSME with the named reasons for each.
//!
//! The catalogue is derived from the store and rebuilt whenever the store's opportunities
//! version moves (one indexed read per request), so a change made through another process
//! sharing the database is seen by the next request here. Requests that arrive while another
//! one rebuilds are served the previous catalogue instead of waiting. The catalogue is also
//! rebuilt when the date changes, since whether an opportunity is open depends on it. Building
//! and scoring run off the async executor, in the request's tracing span.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use jiff::civil::Date;
use mitra_domain::{Channel, Opportunity, Organization, SizeClass};
use mitra_matcher::score::{self, Contribution, IsicPath, Msme, Need, Weights};
use mitra_matcher::topk::{self, Catalogue};
use mitra_store::Store;
use uuid::Uuid;

use crate::policy::{Action, authorize};
use crate::registry::{OrganizationRecord, found};
use crate::{Actor, App, AppError, ConflictKind};

/// The best opportunities and partners for one MSME.
#[derive(Debug, Clone)]
pub struct Recommendations {
    pub organization_id: Uuid,
    /// The date on which openness and size class were read.
    pub as_of: Date,
    /// The opportunities' version the engine scored.
    pub catalogue_version: i64,
    /// Live opportunities in the catalogue the engine scanned.
    pub considered: usize,
    /// Best first.
    pub opportunities: Vec<RecommendedOpportunity>,
    /// The partners behind the best opportunities, best first, each with its best score.
    pub partners: Vec<RecommendedPartner>,
}

/// One recommended opportunity and why.
#[derive(Debug, Clone)]
pub struct RecommendedOpportunity {
    pub opportunity_id: Uuid,
    pub partner_id: Uuid,
    pub title: String,
    pub channel: Channel,
    /// The sum of the contributions.
    pub score: f32,
    /// The named parts of the score that are not zero, largest first.
    pub contributions: Vec<(Contribution, f32)>,
}

/// A partner and the best of its opportunities for this firm.
#[derive(Debug, Clone)]
pub struct RecommendedPartner {
    pub partner_id: Uuid,
    pub score: f32,
    pub best_opportunity_id: Uuid,
    /// How many of the recommended opportunities it offers.
    pub opportunities: usize,
}

/// The most opportunities one request may ask for.
pub const MAX_RECOMMENDATIONS: usize = 50;

impl App {
    /// Recommends up to `limit` opportunities (1 to [`MAX_RECOMMENDATIONS`]) and partners to
    /// the MSME `id`.
    pub async fn recommend(
        &self,
        actor: &Actor,
        id: Uuid,
        limit: usize,
    ) -> Result<Recommendations, AppError> {
        authorize(actor, Action::Recommend(id))?;
        let mut unit = self.store().read().await?;
        let organization = found(unit.organization(id).await?, "organization", id)?;
        drop(unit);
        self.recommend_for(actor, &OrganizationRecord { organization, as_of: self.today() }, limit).await
    }

    pub(crate) async fn recommend_for(
        &self,
        actor: &Actor,
        record: &OrganizationRecord,
        limit: usize,
    ) -> Result<Recommendations, AppError> {
        let organization = &record.organization;
        authorize(actor, Action::Recommend(organization.id))?;
        let limit = limit.clamp(1, MAX_RECOMMENDATIONS);
        let on = record.as_of;
        let msme = msme_features(organization, on)?;
        if !is_trading(organization) {
            return Err(AppError::Conflict {
                kind: ConflictKind::NotTrading,
                message: format!(
                    "organization {} is archived or permanently closed: recommendations are for firms that trade",
                    organization.id
                ),
            });
        }
        let snapshot = self.inner.recommender.snapshot(self.store(), on).await?;
        // Partners are ranked by their best opportunity among a wider pool than the list shown.
        let scanned = snapshot.clone();
        let span = tracing::Span::current();
        let pool = tokio::task::spawn_blocking(move || {
            span.in_scope(|| topk::recommend(&scanned.catalogue, &msme, limit * 4, &Weights::default()))
        })
        .await
        .map_err(AppError::internal)?;
        let mut partners: Vec<RecommendedPartner> = Vec::new();
        let mut partner_index: HashMap<Uuid, usize> = HashMap::new();
        for recommendation in &pool {
            let listed = &snapshot.listed[recommendation.opportunity];
            match partner_index.get(&listed.partner_id) {
                Some(&index) => partners[index].opportunities += 1,
                None => {
                    partner_index.insert(listed.partner_id, partners.len());
                    partners.push(RecommendedPartner {
                        partner_id: listed.partner_id,
                        score: recommendation.score,
                        best_opportunity_id: listed.id,
                        opportunities: 1,
                    });
                }
            }
        }
        partners.truncate(limit);
        let opportunities = pool
            .iter()
            .take(limit)
            .map(|recommendation| {
                let listed = &snapshot.listed[recommendation.opportunity];
                let mut contributions: Vec<(Contribution, f32)> =
                    recommendation.breakdown.contributions().collect();
                contributions.sort_by(|a, b| b.1.total_cmp(&a.1));
                RecommendedOpportunity {
                    opportunity_id: listed.id,
                    partner_id: listed.partner_id,
                    title: listed.title.clone(),
                    channel: listed.channel,
                    score: recommendation.score,
                    contributions,
                }
            })
            .collect();
        Ok(Recommendations {
            organization_id: organization.id,
            as_of: on,
            catalogue_version: snapshot.version,
            considered: snapshot.listed.len(),
            opportunities,
            partners,
        })
    }

    /// Builds the recommendation catalogue now, so that the first request does not wait.
    pub async fn warm_recommendations(&self) -> Result<(), AppError> {
        self.inner.recommender.snapshot(self.store(), self.today()).await.map(drop)
    }
}

/// Whether a firm trades: not archived, not permanently closed.
pub(crate) fn is_trading(organization: &Organization) -> bool {
    let closed = organization
        .details
        .msme
        .as_ref()
        .is_some_and(|m| m.operating_status == mitra_domain::OperatingStatus::PermanentlyClosed);
    organization.archived_at.is_none() && !closed
}

/// What a recommendation needs to know of an opportunity besides its features.
#[derive(Debug, Clone)]
struct Listed {
    id: Uuid,
    partner_id: Uuid,
    title: String,
    channel: Channel,
}

/// A catalogue built from one version of the live opportunities on one date.
#[derive(Debug)]
struct Snapshot {
    version: i64,
    built_on: Date,
    catalogue: Catalogue,
    /// The opportunities in catalogue order.
    listed: Vec<Listed>,
}

/// The current snapshot, shared by the requests of this process.
#[derive(Debug, Default)]
pub(crate) struct Recommender {
    current: RwLock<Option<Arc<Snapshot>>>,
    /// Held while a snapshot is built, so that concurrent requests build it once.
    building: tokio::sync::Mutex<()>,
}

impl Recommender {
    /// The snapshot for the store's current version of the opportunities on `today`.
    async fn snapshot(&self, store: &dyn Store, today: Date) -> Result<Arc<Snapshot>, AppError> {
        let version = store.read().await?.opportunities_version().await?;
        if let Some(snapshot) = self.fresh(version, today) {
            return Ok(snapshot);
        }
        // One request rebuilds; while it does, others are served the previous catalogue of the
        // same day rather than queueing behind the rebuild (at 100,000 opportunities it takes
        // most of a second). A request that finds no rebuild running rebuilds itself, so a
        // client's next request after its own change always sees it.
        let _building = match self.building.try_lock() {
            Ok(guard) => guard,
            Err(_) => match self.previous(today) {
                Some(previous) => return Ok(previous),
                None => self.building.lock().await,
            },
        };
        if let Some(snapshot) = self.fresh(version, today) {
            return Ok(snapshot);
        }
        // The version and the rows from one snapshot of the database.
        let mut unit = store.read().await?;
        let version = unit.opportunities_version().await?;
        let opportunities = unit.live_opportunities().await?;
        drop(unit);
        let started = std::time::Instant::now();
        let span = tracing::Span::current();
        let snapshot =
            tokio::task::spawn_blocking(move || span.in_scope(|| build(version, today, &opportunities)))
                .await
                .map_err(AppError::internal)?;
        tracing::info!(
            catalogue.version = version,
            catalogue.opportunities = snapshot.listed.len(),
            duration_ms = started.elapsed().as_millis() as u64,
            "recommendation catalogue built"
        );
        let snapshot = Arc::new(snapshot);
        *self.current.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(snapshot.clone());
        Ok(snapshot)
    }

    /// The current snapshot if it was built today, whatever its version.
    fn previous(&self, today: Date) -> Option<Arc<Snapshot>> {
        let current = self.current.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        current.as_ref().filter(|s| s.built_on == today).cloned()
    }

    fn fresh(&self, version: i64, today: Date) -> Option<Arc<Snapshot>> {
        let current = self.current.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        current.as_ref().filter(|s| s.version >= version && s.built_on == today).cloned()
    }
}

fn build(version: i64, today: Date, opportunities: &[Opportunity]) -> Snapshot {
    let features: Vec<score::Opportunity> =
        opportunities.iter().map(|o| opportunity_features(o, today)).collect();
    Snapshot {
        version,
        built_on: today,
        catalogue: Catalogue::build(&features),
        listed: opportunities
            .iter()
            .map(|o| Listed {
                id: o.id,
                partner_id: o.details.partner_id,
                title: o.details.title.to_string(),
                channel: o.details.channel,
            })
            .collect(),
    }
}

fn channel(channel: Channel) -> score::Channel {
    match channel {
        Channel::Resources => score::Channel::Resources,
        Channel::Knowledge => score::Channel::Knowledge,
        Channel::Networking => score::Channel::Networking,
        Channel::Markets => score::Channel::Markets,
        Channel::Training => score::Channel::Training,
    }
}

fn size_class(class: SizeClass) -> score::SizeClass {
    match class {
        SizeClass::Micro => score::SizeClass::Micro,
        SizeClass::Small => score::SizeClass::Small,
        SizeClass::Medium => score::SizeClass::Medium,
        SizeClass::Large => score::SizeClass::Large,
    }
}

fn isic(code: &mitra_domain::IndustryCode) -> Option<IsicPath> {
    let path = code.isic_path();
    if path.is_empty() { None } else { IsicPath::parse(&path).ok() }
}

/// The engine's view of an opportunity on `today`.
fn opportunity_features(opportunity: &Opportunity, today: Date) -> score::Opportunity {
    let d = &opportunity.details;
    score::Opportunity {
        channel: channel(d.channel),
        description: format!("{} {}", d.title, d.description),
        country: Some(d.country.to_string()),
        regions: d.regions.iter().map(ToString::to_string).collect(),
        languages: d.languages.iter().map(ToString::to_string).collect(),
        industries: d.industries.iter().filter_map(isic).collect(),
        size_classes: d.size_classes.iter().copied().map(size_class).collect(),
        capacity_left: d.capacity.seats.or(d.capacity.mentor_slots),
        open: opportunity.archived_at.is_none() && d.is_open_on(today),
        prioritises_women_led: d.priorities.women_led,
        prioritises_youth_led: d.priorities.youth_led,
    }
}

/// The engine's view of an MSME on `today`, or why there is none.
fn msme_features(organization: &Organization, today: Date) -> Result<Msme, AppError> {
    let details = &organization.details;
    let Some(profile) = &details.msme else {
        return Err(AppError::field(
            "id",
            "names an organisation that is not an MSME: recommendations are for MSMEs",
        ));
    };
    Ok(Msme {
        country: details.country.to_string(),
        region: details.region.as_ref().map(ToString::to_string),
        languages: details.languages.iter().map(ToString::to_string).collect(),
        industry: profile.industry.as_ref().and_then(isic),
        size_class: details.size_class(today).and_then(Result::ok).map(|c| size_class(c.class)),
        needs: profile
            .needs
            .iter()
            .map(|n| Need { channel: channel(n.channel), description: n.description.to_string() })
            .collect(),
        revenue: None,
        women_led: profile.ownership.women_led,
        youth_led: profile.ownership.youth_led,
    })
}
