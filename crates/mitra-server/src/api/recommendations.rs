//! `/api/v1/organizations/{id}/recommendations`: the best opportunities and partners for an
//! MSME, each with the named contributions of its score.

use axum::Json;
use axum::extract::{RawQuery, State};
use mitra_domain::Channel;
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use mitra_app::recommendations::MAX_RECOMMENDATIONS;

use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::Caller;
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
    /// One of industry (the firm's industry is one the opportunity is for, or close to it),
    /// any_industry (the opportunity is for any industry), same_country, same_region, size_fit,
    /// channel_need, text_relevance, shared_language, recovery_need, women_led, youth_led.
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
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The MSME's id"), RecommendationParams),
    responses(
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not do this", body = Problem, content_type = "application/problem+json"),
        (status = 200, body = RecommendationsView),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The MSME is archived or permanently closed: it gets no recommendations", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID or not an MSME's, or the limit is invalid", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn recommendations(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
    RawQuery(raw): RawQuery,
) -> Result<Json<RecommendationsView>, ApiError> {
    let mut query = QueryFields::parse(raw.as_deref())?;
    let limit = query
        .parse_with("limit", |s| match s.parse::<usize>() {
            Ok(n) if (1..=MAX_RECOMMENDATIONS).contains(&n) => Ok(n),
            _ => Err("must be a whole number from 1 to 50"),
        })
        .unwrap_or(10);
    query.finish()?;
    let found = state.app.recommend(&actor, id, limit).await?;
    Ok(Json(RecommendationsView {
        organization_id: found.organization_id,
        as_of: found.as_of.to_string(),
        catalogue_version: found.catalogue_version,
        considered: found.considered,
        opportunities: found
            .opportunities
            .into_iter()
            .map(|o| RecommendedOpportunity {
                opportunity_id: o.opportunity_id,
                partner_id: o.partner_id,
                title: o.title,
                channel: o.channel,
                score: o.score,
                contributions: o
                    .contributions
                    .into_iter()
                    .map(|(name, value)| ContributionView { name: name.as_str().to_owned(), value })
                    .collect(),
            })
            .collect(),
        partners: found
            .partners
            .into_iter()
            .map(|p| RecommendedPartner {
                partner_id: p.partner_id,
                score: p.score,
                best_opportunity_id: p.best_opportunity_id,
                opportunities: p.opportunities,
            })
            .collect(),
    }))
}
