//! Mitra's HTTP server: the JSON API under `/api/v1`, its OpenAPI document, the HTML pages,
//! `/healthz` and `/metrics`.
//!
//! - [`api`]: the JSON resources; each module owns its routes, types and handlers.
//! - [`pages`]: server-rendered HTML that works without JavaScript.
//! - [`input`]: reading untrusted bodies, paths and query strings into domain values.
//! - [`error`]: the one error type and its one mapping to problem documents.
//! - [`metrics`]: request counters in the Prometheus text format.
//! - [`recommend`]: the matching engine's catalogue of live opportunities, kept current.
//! - [`demo`]: the deterministic demo data set.
//!
//! The server holds no business rule: it parses, calls the domain and the store, and renders.
//! Nothing is kept in a process's memory that another process sharing the database would need.

pub mod api;
pub mod demo;
pub mod error;
pub mod input;
pub mod metrics;
pub mod pages;
pub mod recommend;

use std::future::Future;
use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use mitra_store::Store;
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub metrics: Arc<metrics::Metrics>,
    /// The recommendation catalogue, derived from the store and rebuilt when it changes.
    pub recommender: Arc<recommend::Recommender>,
    /// The OpenAPI document, rendered once at start-up.
    pub openapi_json: Arc<String>,
}

/// The largest request body accepted: far above any real organisation or opportunity.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// The whole application as a router, ready to serve.
pub fn app(store: Arc<dyn Store>) -> Router {
    app_with_state(store).0
}

fn app_with_state(store: Arc<dyn Store>) -> (Router, AppState) {
    let (api_routes, openapi) = api::router();
    let openapi_json = openapi.to_pretty_json().expect("the OpenAPI document serialises");
    let state = AppState {
        store,
        metrics: Arc::new(metrics::Metrics::default()),
        recommender: Arc::new(recommend::Recommender::default()),
        openapi_json: Arc::new(openapi_json),
    };
    let router = Router::new()
        .merge(api_routes)
        .merge(pages::router())
        .route("/api/openapi.json", get(openapi_document))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics::render))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(state.clone(), metrics::count))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(TraceLayer::new_for_http())
        .with_state(state.clone());
    (router, state)
}

/// Serves `store` on `listener` until `shutdown` completes. In the background, the
/// recommendation catalogue is built at start, so that the first request does not wait for it,
/// and the size classes that lists filter on are refreshed at start and whenever the date
/// changes, since a size rule may change with the date alone.
pub async fn launch(
    listener: TcpListener,
    store: Arc<dyn Store>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (router, state) = app_with_state(store);
    let warm = state.clone();
    tokio::spawn(async move {
        if let Err(error) = warm.recommender.snapshot(warm.store.as_ref(), api::today()).await {
            tracing::warn!(error = %error, "the recommendation catalogue could not be built at start");
        }
    });
    tokio::spawn(refresh_indexes_daily(state.store.clone()));
    axum::serve(listener, router).with_graceful_shutdown(shutdown).await
}

/// Refreshes the filter columns (size classes above all) now and at each change of the UTC
/// date, checked hourly.
async fn refresh_indexes_daily(store: Arc<dyn Store>) {
    let mut refreshed_on = None;
    let mut hourly = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        hourly.tick().await;
        let today = api::today();
        if refreshed_on == Some(today) {
            continue;
        }
        match store.refresh_indexes(today).await {
            Ok(changed) => {
                tracing::info!(records.changed = changed, on = %today, "filter columns refreshed");
                refreshed_on = Some(today);
            }
            Err(error) => tracing::warn!(error = %error, "filter columns could not be refreshed"),
        }
    }
}

async fn openapi_document(State(state): State<AppState>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], state.openapi_json.as_str().to_owned())
}

/// Answers 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(error) => {
            tracing::error!(%error, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}

async fn method_not_allowed() -> error::ApiError {
    error::ApiError::MethodNotAllowed
}

async fn not_found() -> error::ApiError {
    error::ApiError::NotFound("there is nothing at this address".to_owned())
}
