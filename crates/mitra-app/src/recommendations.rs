//! Recommendations: the matching engine's catalogue of live opportunities, kept current, and
//! the best opportunities and partners for an MSME with the named reasons for each.
//!
//! The catalogue is derived from the store. Each request reads the store's opportunities
//! version (one indexed read); when it has moved, the opportunities changed since the version
//! the catalogue holds are read (an index on the change counter) and applied in place, so a
//! change made through this process or another one sharing the database is seen by the next
//! request, at the cost of the change alone. The catalogue is built whole at start, when the
//! date changes (whether an opportunity is open depends on it), after many changes at once, and
//! when archives have left most of its slots empty. Requests that arrive while it is built
//! whole are served the previous catalogue of the same day instead of waiting. Building,
//! changing and scoring run off the async executor, in the request's tracing span.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, PoisonError, RwLock};

use jiff::civil::Date;
use mitra_domain::{Channel, Opportunity, Organization, SizeClass};
use mitra_matcher::score::{self, Contribution, IsicPath, Msme, Need, Weights};
use mitra_matcher::topk::{self, Catalogue};
use mitra_store::Store;
use uuid::Uuid;

use crate::policy::{Action, authorize, hide_forbidden};
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
    /// The profile's missing figures that the opportunity's rules need: the firm might be
    /// eligible once it fills them in. Empty when it meets every rule (or there are none).
    pub to_fill_in: Vec<mitra_eligibility::Field>,
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
        authorize(actor, Action::Recommend { msme_id: id })
            .map_err(|e| hide_forbidden(e, "organization", id))?;
        let mut unit = self.store().read().await?;
        let organization = found(unit.organization(id).await?, "organization", id)?;
        drop(unit);
        self.recommend_for(actor, &OrganizationRecord::whole(organization, self.today()), limit).await
    }

    pub(crate) async fn recommend_for(
        &self,
        actor: &Actor,
        record: &OrganizationRecord,
        limit: usize,
    ) -> Result<Recommendations, AppError> {
        let organization = &record.organization;
        authorize(actor, Action::Recommend { msme_id: organization.id })
            .map_err(|e| hide_forbidden(e, "organization", organization.id))?;
        let limit = limit.clamp(1, MAX_RECOMMENDATIONS);
        let on = record.as_of;
        let mut msme = msme_features(organization, on)?;
        msme.revenue = self.recent_revenue(organization, on).await?;
        if !is_trading(organization) {
            return Err(AppError::Conflict {
                kind: ConflictKind::NotTrading,
                message: format!(
                    "organization {} is archived or permanently closed: recommendations are for firms that trade",
                    organization.id
                ),
            });
        }
        let recommender = &self.inner.recommender;
        recommender.bring_up_to_date(self.store(), on).await?;
        // Partners are ranked by their best opportunity among a wider pool than the list shown.
        let state = recommender.state.clone();
        let span = tracing::Span::current();
        let scored = tokio::task::spawn_blocking(move || {
            span.in_scope(|| {
                let state = state.read().unwrap_or_else(PoisonError::into_inner);
                state.as_ref().map(|state| state.score(&msme, limit * 4))
            })
        })
        .await
        .map_err(AppError::internal)?
        .ok_or_else(|| {
            AppError::Internal("the recommendation catalogue is missing after it was built".into())
        })?;
        let pool = self.eligible(organization, on, scored.pool).await?;
        let mut partners: Vec<RecommendedPartner> = Vec::new();
        let mut partner_index: HashMap<Uuid, usize> = HashMap::new();
        for (recommendation, listed, _) in &pool {
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
            .into_iter()
            .take(limit)
            .map(|(recommendation, listed, to_fill_in)| {
                let mut contributions: Vec<(Contribution, f32)> =
                    recommendation.breakdown.contributions().collect();
                contributions.sort_by(|a, b| b.1.total_cmp(&a.1));
                RecommendedOpportunity {
                    opportunity_id: listed.id,
                    partner_id: listed.partner_id,
                    title: listed.title,
                    channel: listed.channel,
                    score: recommendation.score,
                    contributions,
                    to_fill_in,
                }
            })
            .collect();
        Ok(Recommendations {
            organization_id: organization.id,
            as_of: on,
            catalogue_version: scored.version,
            considered: scored.considered,
            opportunities,
            partners,
        })
    }

    /// The pool without the opportunities whose rules in force on `on` the firm fails, each
    /// kept one with the figures its rules need and the profile lacks.
    async fn eligible(
        &self,
        organization: &Organization,
        on: Date,
        pool: Vec<(topk::Recommendation, Listed)>,
    ) -> Result<Vec<(topk::Recommendation, Listed, Vec<mitra_eligibility::Field>)>, AppError> {
        let mut unit = self.store().read().await?;
        let ruled = unit.opportunities_with_rules().await?;
        let mut rules = Vec::with_capacity(pool.len());
        for (_, listed) in &pool {
            let versions = if ruled.contains(&listed.id) { unit.rule_sets(listed.id).await? } else { vec![] };
            rules.push(mitra_eligibility::in_force(&versions, on).cloned());
        }
        drop(unit);
        let applicant = mitra_eligibility::Applicant::of(&organization.details, on);
        tokio::task::spawn_blocking(move || {
            pool.into_iter()
                .zip(rules)
                .filter_map(|((recommendation, listed), rules)| {
                    let Some(rules) = rules else { return Some((recommendation, listed, vec![])) };
                    // Rules that no longer compile judge nobody out.
                    let Ok(compiled) = rules.compiled(listed.currency) else {
                        return Some((recommendation, listed, vec![]));
                    };
                    let evaluation = compiled.explain(&applicant);
                    match evaluation.verdict {
                        mitra_eligibility::Verdict::Fail => None,
                        _ => Some((recommendation, listed, evaluation.missing())),
                    }
                })
                .collect()
        })
        .await
        .map_err(AppError::internal)
    }

    /// Builds the recommendation catalogue now, so that the first request does not wait.
    pub async fn warm_recommendations(&self) -> Result<(), AppError> {
        self.inner.recommender.bring_up_to_date(self.store(), self.today()).await
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
    currency: mitra_domain::Currency,
}

impl Listed {
    fn of(opportunity: &Opportunity) -> Self {
        Listed {
            id: opportunity.id,
            partner_id: opportunity.details.partner_id,
            title: opportunity.details.title.to_string(),
            channel: opportunity.details.channel,
            currency: opportunity.details.currency(),
        }
    }
}

/// The catalogue of the live opportunities as of one version of the store, on one date.
///
/// Built whole from every live opportunity in their list order, then changed in place as the
/// store reports changes: a new opportunity takes a slot after the others (new ones are also
/// last in list order), a changed one keeps its slot, an archived one leaves its slot empty. So
/// it always ranks as a fresh build would.
#[derive(Debug)]
struct State {
    version: i64,
    built_on: Date,
    catalogue: Catalogue,
    /// The opportunity in each slot, also after it left.
    listed: Vec<Listed>,
    /// The slot of every live opportunity.
    slots: HashMap<Uuid, usize>,
}

/// What scoring one MSME against the catalogue gave.
struct Scored {
    version: i64,
    considered: usize,
    pool: Vec<(topk::Recommendation, Listed)>,
}

impl State {
    /// The catalogue of `opportunities` (the live ones, in list order) as of `version`.
    fn build(version: i64, today: Date, opportunities: &[Opportunity]) -> Self {
        let mut state = State {
            version,
            built_on: today,
            catalogue: Catalogue::build(&[]),
            listed: Vec::with_capacity(opportunities.len()),
            slots: HashMap::with_capacity(opportunities.len()),
        };
        state.apply(version, opportunities);
        state
    }

    /// Takes in the opportunities changed since this state's version, up to `version`.
    fn apply(&mut self, version: i64, changes: &[Opportunity]) {
        for opportunity in changes {
            let slot = self.slots.get(&opportunity.id).copied();
            match (slot, opportunity.archived_at.is_none()) {
                (Some(slot), true) => {
                    self.catalogue.replace(slot, &opportunity_features(opportunity, self.built_on));
                    self.listed[slot] = Listed::of(opportunity);
                }
                (Some(slot), false) => {
                    self.catalogue.remove(slot);
                    self.slots.remove(&opportunity.id);
                }
                (None, true) => {
                    let slot = self.catalogue.push(&opportunity_features(opportunity, self.built_on));
                    self.listed.push(Listed::of(opportunity));
                    self.slots.insert(opportunity.id, slot);
                }
                (None, false) => {}
            }
        }
        self.version = version;
    }

    /// Whether empty slots are so many that a rebuild pays: more than half, past a thousand.
    fn is_sparse(&self) -> bool {
        let removed = self.catalogue.removed();
        removed > 1000 && removed * 2 > self.catalogue.len()
    }

    fn score(&self, msme: &Msme, k: usize) -> Scored {
        let pool = topk::recommend(&self.catalogue, msme, k, &Weights::default())
            .into_iter()
            .map(|recommendation| {
                let listed = self.listed[recommendation.opportunity].clone();
                (recommendation, listed)
            })
            .collect();
        Scored { version: self.version, considered: self.slots.len(), pool }
    }
}

/// The catalogue, shared by the requests of this process.
#[derive(Debug, Default)]
pub(crate) struct Recommender {
    /// Read while a request scores, written while changes are applied.
    state: Arc<RwLock<Option<State>>>,
    /// Held while the state is brought up to date, so that it is done once.
    updating: tokio::sync::Mutex<()>,
    /// Set while the state is rebuilt whole (most of a second at 100,000 opportunities).
    rebuilding: AtomicBool,
}

/// The most changes taken in place; past this many, the catalogue is rebuilt whole.
const MOST_CHANGES_IN_PLACE: usize = 5000;

impl Recommender {
    /// Brings the catalogue up to the store's current version of the opportunities on `today`:
    /// in place when it was built today and few opportunities changed, whole otherwise.
    ///
    /// A request waits for changes to be applied (milliseconds), so a client's next request
    /// after its own change always sees it. While a whole rebuild runs, other requests are
    /// served the previous catalogue of the same day instead of waiting.
    async fn bring_up_to_date(&self, store: &dyn Store, today: Date) -> Result<(), AppError> {
        let version = store.read().await?.opportunities_version().await?;
        if self.is_current(version, today) {
            return Ok(());
        }
        let _updating = match self.updating.try_lock() {
            Ok(guard) => guard,
            Err(_) if self.rebuilding.load(Ordering::Acquire) && self.built_on() == Some(today) => {
                return Ok(());
            }
            Err(_) => self.updating.lock().await,
        };
        if self.is_current(version, today) {
            return Ok(());
        }
        let held = {
            let state = self.state.read().unwrap_or_else(PoisonError::into_inner);
            state.as_ref().filter(|s| s.built_on == today).map(|s| (s.version, s.slots.len()))
        };
        if let Some((held, live)) = held {
            // The version and the changes from one snapshot of the database.
            let mut unit = store.read().await?;
            let version = unit.opportunities_version().await?;
            let limit = MOST_CHANGES_IN_PLACE.max(live / 10);
            if let Some(changes) = unit.opportunities_changed_since(held, limit).await? {
                drop(unit);
                let state = self.state.clone();
                let span = tracing::Span::current();
                let sparse = tokio::task::spawn_blocking(move || {
                    span.in_scope(|| {
                        let mut state = state.write().unwrap_or_else(PoisonError::into_inner);
                        let state = state.as_mut().expect("a state was held a moment ago");
                        state.apply(version, &changes);
                        tracing::debug!(
                            catalogue.version = version,
                            catalogue.changes = changes.len(),
                            "recommendation catalogue changed in place"
                        );
                        state.is_sparse()
                    })
                })
                .await
                .map_err(AppError::internal)?;
                if !sparse {
                    return Ok(());
                }
            }
        }
        self.rebuilding.store(true, Ordering::Release);
        let rebuilt = self.rebuild(store, today).await;
        self.rebuilding.store(false, Ordering::Release);
        rebuilt
    }

    async fn rebuild(&self, store: &dyn Store, today: Date) -> Result<(), AppError> {
        // The version and the rows from one snapshot of the database.
        let mut unit = store.read().await?;
        let version = unit.opportunities_version().await?;
        let opportunities = unit.live_opportunities().await?;
        drop(unit);
        let started = std::time::Instant::now();
        let span = tracing::Span::current();
        let state = tokio::task::spawn_blocking(move || {
            span.in_scope(|| State::build(version, today, &opportunities))
        })
        .await
        .map_err(AppError::internal)?;
        tracing::info!(
            catalogue.version = version,
            catalogue.opportunities = state.listed.len(),
            duration_ms = started.elapsed().as_millis() as u64,
            "recommendation catalogue built"
        );
        *self.state.write().unwrap_or_else(PoisonError::into_inner) = Some(state);
        Ok(())
    }

    fn built_on(&self) -> Option<Date> {
        let state = self.state.read().unwrap_or_else(PoisonError::into_inner);
        state.as_ref().map(|s| s.built_on)
    }

    fn is_current(&self, version: i64, today: Date) -> bool {
        let state = self.state.read().unwrap_or_else(PoisonError::into_inner);
        state.as_ref().is_some_and(|s| s.version >= version && s.built_on == today)
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

/// How many months back a report still tells a firm's recovery need.
const RECENT_MONTHS: i32 = 12;

impl App {
    /// The firm's sales in its latest report of the last twelve months that gives them,
    /// against a twelfth of its baseline year's turnover: what the recovery need reads.
    async fn recent_revenue(
        &self,
        organization: &Organization,
        on: Date,
    ) -> Result<Option<mitra_matcher::score::Revenue>, AppError> {
        let mut unit = self.store().read().await?;
        let baseline = crate::recovery::baseline_in(unit.as_mut(), organization).await?;
        let Some(monthly) = baseline.monthly_revenue() else { return Ok(None) };
        let to = on.first_of_month();
        let from = to.saturating_sub(jiff::Span::new().months(RECENT_MONTHS));
        let reports = unit.reports_of(organization.id, from, to).await?;
        let latest = reports
            .iter()
            .rev()
            .find_map(|r| r.report.revenue.filter(|m| m.currency() == monthly.currency()));
        let amount = |money: mitra_domain::Money| {
            rust_decimal::prelude::ToPrimitive::to_f64(&money.amount()).unwrap_or(0.0)
        };
        Ok(latest.map(|current| mitra_matcher::score::Revenue {
            current: amount(current),
            baseline: amount(monthly),
        }))
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
