//! `/api/v1/organizations/{id}/recommendations`: the best opportunities and partners for an
//! MSME, each with the named contributions of its score.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{RawQuery, State};
use mitra_domain::Channel;
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::api::today;
use crate::error::{ApiError, Problem};
use crate::input::{PathId, QueryFields};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(recommendations))
}

/// Recommendations for one MSME.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendationsView {
    pub organization_id: uuid::Uuid,
    /// The date on which openness and size class were read.
    #[schema(format = Date)]
    pub as_of: String,
    /// The opportunities' version the engine scored; it moves with every change.
    pub catalogue_version: i64,
    /// Live opportunities in the catalogue the engine scanned (those that fail a hard filter
    /// for this firm are then left out of the lists).
    pub considered: usize,
    /// Best first.
    pub opportunities: Vec<RecommendedOpportunity>,
    /// The partners behind the best opportunities, best first, each with its best score.
    pub partners: Vec<RecommendedPartner>,
}

/// One recommended opportunity and why.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendedOpportunity {
    pub opportunity_id: uuid::Uuid,
    pub partner_id: uuid::Uuid,
    pub title: String,
    pub channel: Channel,
    /// The sum of the contributions.
    pub score: f32,
    /// The named parts of the score, largest first; parts that are zero are left out.
    pub contributions: Vec<ContributionView>,
}

/// One named part of a score.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionView {
    /// One of industry, same_country, same_region, size_fit, channel_need, text_relevance,
    /// shared_language, recovery_need, women_led, youth_led.
    pub name: String,
    pub value: f32,
}

/// A partner and the best of its opportunities for this firm.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendedPartner {
    pub partner_id: uuid::Uuid,
    pub score: f32,
    pub best_opportunity_id: uuid::Uuid,
    /// How many of the recommended opportunities it offers.
    pub opportunities: usize,
}

/// Options of the recommendations.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RecommendationParams {
    /// How many opportunities, 1 to 50, default 10.
    #[param(minimum = 1, maximum = 50)]
    pub limit: Option<u32>,
}

/// Recommend opportunities and partners to an MSME, with the reasons for each.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{id}/recommendations",
    tag = "organizations",
    params(("id" = uuid::Uuid, Path, description = "The MSME's id"), RecommendationParams),
    responses(
        (status = 200, body = RecommendationsView),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID or not an MSME's, or the limit is invalid", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn recommendations(
    State(state): State<AppState>,
    PathId(id): PathId,
    RawQuery(raw): RawQuery,
) -> Result<Json<RecommendationsView>, ApiError> {
    let mut query = QueryFields::parse(raw.as_deref())?;
    let limit = query
        .parse_with("limit", |s| match s.parse::<usize>() {
            Ok(n) if (1..=50).contains(&n) => Ok(n),
            _ => Err("must be a whole number from 1 to 50"),
        })
        .unwrap_or(10);
    query.finish()?;
    let on = today();
    let organization = state.store.organization(id).await?;
    // Partners are ranked by their best opportunity among a wider pool than the list shown.
    let (snapshot, pool) =
        state.recommender.recommend(state.store.as_ref(), &organization, on, limit * 4).await?;
    let mut partners: Vec<RecommendedPartner> = Vec::new();
    let mut partner_index: HashMap<uuid::Uuid, usize> = HashMap::new();
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
            let mut contributions: Vec<ContributionView> = recommendation
                .breakdown
                .contributions()
                .map(|(name, value)| ContributionView { name: name.as_str().to_owned(), value })
                .collect();
            contributions.sort_by(|a, b| b.value.total_cmp(&a.value));
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
    Ok(Json(RecommendationsView {
        organization_id: id,
        as_of: on.to_string(),
        catalogue_version: snapshot.version,
        considered: snapshot.listed.len(),
        opportunities,
        partners,
    }))
}
