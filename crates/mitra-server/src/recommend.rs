//! Recommendations: the matching engine's catalogue of live opportunities, kept current.
//!
//! The catalogue is derived from the store and rebuilt whenever the store's opportunities
//! version moves (one indexed read per request), so a change made through another process
//! sharing the database is seen by the next request here. Requests that arrive while another
//! one rebuilds are served the previous catalogue instead of waiting. The catalogue is also rebuilt when
//! the date changes, since whether an opportunity is open depends on it. Building runs off the
//! async executor.

use std::sync::{Arc, RwLock};

use jiff::civil::Date;
use mitra_domain::{Channel, Opportunity, Organization, SizeClass};
use mitra_matcher::score::{self, IsicPath, Msme, Need, Weights};
use mitra_matcher::topk::{self, Catalogue, Recommendation};
use mitra_store::Store;
use uuid::Uuid;

use crate::error::ApiError;

/// What a recommendation needs to know of an opportunity besides its features.
#[derive(Debug, Clone)]
pub struct Listed {
    pub id: Uuid,
    pub partner_id: Uuid,
    pub title: String,
    pub channel: Channel,
}

/// A catalogue built from one version of the live opportunities on one date.
#[derive(Debug)]
pub struct Snapshot {
    pub version: i64,
    pub built_on: Date,
    pub catalogue: Catalogue,
    /// The opportunities in catalogue order.
    pub listed: Vec<Listed>,
}

/// The current snapshot, shared by the requests of this process.
#[derive(Debug, Default)]
pub struct Recommender {
    current: RwLock<Option<Arc<Snapshot>>>,
    /// Held while a snapshot is built, so that concurrent requests build it once.
    building: tokio::sync::Mutex<()>,
}

impl Recommender {
    /// The snapshot for the store's current version of the opportunities on `today`.
    pub async fn snapshot(&self, store: &dyn Store, today: Date) -> Result<Arc<Snapshot>, ApiError> {
        let version = store.opportunities_version().await?;
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
        let (version, opportunities) = store.live_opportunities().await?;
        let started = std::time::Instant::now();
        let snapshot = tokio::task::spawn_blocking(move || build(version, today, &opportunities))
            .await
            .map_err(|e| ApiError::Internal(Box::new(e)))?;
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
pub fn opportunity_features(opportunity: &Opportunity, today: Date) -> score::Opportunity {
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
pub fn msme_features(organization: &Organization, today: Date) -> Result<Msme, ApiError> {
    let details = &organization.details;
    let Some(profile) = &details.msme else {
        return Err(ApiError::field(
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

impl Recommender {
    /// The `k` best opportunities for an MSME on `today`, with the snapshot their indices
    /// name. The scan is a millisecond or two of CPU, so it runs off the async executor.
    pub async fn recommend(
        &self,
        store: &dyn Store,
        organization: &Organization,
        today: Date,
        k: usize,
    ) -> Result<(Arc<Snapshot>, Vec<Recommendation>), ApiError> {
        let msme = msme_features(organization, today)?;
        let snapshot = self.snapshot(store, today).await?;
        let scanned = snapshot.clone();
        let best = tokio::task::spawn_blocking(move || {
            topk::recommend(&scanned.catalogue, &msme, k, &Weights::default())
        })
        .await
        .map_err(|e| ApiError::Internal(Box::new(e)))?;
        Ok((snapshot, best))
    }
}
