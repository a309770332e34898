//! Mitra's HTTP server: the JSON API under `/api/v1`, its OpenAPI document, the HTML pages,
//! `/healthz` and `/metrics`; thin adapters over the application layer.
//!
//! - [`api`]: the JSON resources; each module owns its routes, types and handlers.
//! - [`web`]: server-rendered HTML that works without JavaScript, one module per area.
//! - [`input`]: reading untrusted bodies and paths into domain values; [`query`]: reading the
//!   list filters that the API and the pages share.
//! - [`extract`]: request facts, such as who is asking.
//! - [`error`]: the API's one error type and its one mapping to problem documents (the pages
//!   map the application's error to pages once, in [`web`]).
//! - [`metrics`]: request counters in the Prometheus text format.
//!
//! A handler parses, calls one use case of [`mitra_app::App`], and renders. The server holds
//! no business rule, never talks to the store, and keeps nothing in a process's memory that
//! another process sharing the database would need.

pub mod api;
pub mod error;
pub mod extract;
pub mod input;
pub mod mail;
pub mod metrics;
pub mod query;
pub mod report;
pub mod serve;
pub mod web;

use std::future::Future;
use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderName, Request, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use mitra_app::App;
use tokio::net::TcpListener;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

pub use serve::Limits;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub app: App,
    pub limits: Limits,
    pub metrics: Arc<metrics::Metrics>,
    /// The OpenAPI document, rendered once at start-up.
    pub openapi_json: Arc<String>,
    /// Whether cookies are marked Secure: Mitra's public address is `https://`.
    pub secure_cookies: bool,
}

/// The largest request body accepted: far above any real organisation or opportunity.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// The header that carries a request's id: taken from the client if it sends one, made
/// otherwise, returned on the response and written on every log line of the request.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The whole application as a router, ready to serve.
pub fn router(app: App, limits: Limits) -> Router {
    let (api_routes, openapi) = api::router();
    let openapi_json = openapi.to_pretty_json().expect("the OpenAPI document serialises");
    let secure_cookies = app.public_url().starts_with("https://");
    let state = AppState {
        secure_cookies,
        app,
        limits,
        metrics: Arc::new(metrics::Metrics::default()),
        openapi_json: Arc::new(openapi_json),
    };
    Router::new()
        .merge(api_routes)
        .merge(web::router())
        .route("/api/openapi.json", get(openapi_document))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics::render))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(state.clone(), web::session::csrf_cookie))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security_headers))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(state.clone(), metrics::count))
        .layer(axum::middleware::from_fn(one_host))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}

/// The span every log line of a request is written in: its id, method and path.
fn request_span<B>(request: &Request<B>) -> tracing::Span {
    let id = request.headers().get(&REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
    tracing::info_span!("request", request.id = %id, http.method = %request.method(), http.path = %request.uri().path())
}

/// Serves `app` on `listener` with the default limits; see [`launch_with`].
pub async fn launch(
    listener: TcpListener,
    app: App,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    launch_with(listener, app, Limits::default(), None, shutdown).await
}

/// Serves `app` on `listener` within `limits` until `shutdown` completes, with the
/// application's background work (the recommendation catalogue, the daily refresh of size
/// classes, and with a `mailer` the sending of the outbox) running meanwhile and stopped before
/// this returns.
pub async fn launch_with(
    listener: TcpListener,
    app: App,
    limits: Limits,
    mailer: Option<std::sync::Arc<dyn mitra_app::Mailer>>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let background = app.start_background(mailer);
    let served = serve::serve(listener, router(app, limits), limits, shutdown).await;
    background.stop().await;
    served
}

/// Refuses an HTTP/1 request without exactly one `Host` header (RFC 9112 §3.2): with none or
/// two, which site it is for is ambiguous, and proxies may disagree about it.
async fn one_host(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let http1 = request.version() <= axum::http::Version::HTTP_11;
    if http1 && request.headers().get_all(header::HOST).iter().count() != 1 {
        return error::ApiError::Malformed(mitra_domain::Invalid::new("Host", "must be given exactly once"))
            .into_response();
    }
    next.run(request).await
}

async fn openapi_document(State(state): State<AppState>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], state.openapi_json.as_str().to_owned())
}

/// Answers 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match state.app.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(error) => {
            tracing::error!(error = %mitra_app::error::chain(&error), "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}

async fn method_not_allowed() -> error::ApiError {
    error::ApiError::MethodNotAllowed
}

/// An unknown address: an HTML page for a browser that asks for one, a problem document
/// otherwise.
async fn not_found(
    viewer: Result<web::session::Viewer, axum::response::Response>,
    headers: axum::http::HeaderMap,
) -> axum::response::Response {
    let wants_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    match viewer {
        Ok(viewer) if wants_html => web::not_found_page(viewer.layout),
        _ => error::ApiError::NotFound("there is nothing at this address".to_owned()).into_response(),
    }
}

/// The headers every response carries: a Content-Security-Policy that allows only Mitra's own
/// stylesheet, script (the rule editor's live check, which talks only to Mitra) and images and
/// no inline script or style, no framing, no content sniffing, no
/// Referer (reset and invitation links carry secrets in their paths), and HSTS over TLS.
async fn security_headers(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::HeaderValue;
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if state.secure_cookies {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}
