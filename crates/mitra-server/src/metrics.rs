//! Request counters, served at `/metrics` in the Prometheus text format.
//!
//! Counters live in this process (Prometheus scrapes each process); record counts come from
//! the database, so every process reports the same registry size.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// Bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 8] = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0];

/// This process's request counters.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Responses by status class: 1xx to 5xx.
    by_class: [AtomicU64; 5],
    /// Cumulative counts per bucket of `BUCKETS`, then the +Inf bucket.
    latency_buckets: [AtomicU64; 9],
    latency_micros_sum: AtomicU64,
}

impl Metrics {
    fn record(&self, status: u16, seconds: f64) {
        let class = usize::from(status / 100).clamp(1, 5) - 1;
        self.by_class[class].fetch_add(1, Ordering::Relaxed);
        for (bucket, bound) in self.latency_buckets.iter().zip(BUCKETS.iter().chain([f64::INFINITY].iter())) {
            if seconds <= *bound {
                bucket.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.latency_micros_sum.fetch_add((seconds * 1e6) as u64, Ordering::Relaxed);
    }
}

/// Middleware that times and counts every request.
pub async fn count(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned());
    let response = next.run(request).await;
    let seconds = started.elapsed().as_secs_f64();
    state.metrics.record(response.status().as_u16(), seconds);
    tracing::debug!(
        http.route = route.as_deref().unwrap_or("unmatched"),
        http.status = response.status().as_u16(),
        duration_ms = seconds * 1e3,
        "request"
    );
    response
}

/// `GET /metrics`.
pub async fn render(State(state): State<AppState>) -> Response {
    let m = &state.metrics;
    let mut out = String::new();
    out.push_str("# HELP mitra_http_responses_total HTTP responses by status class.\n");
    out.push_str("# TYPE mitra_http_responses_total counter\n");
    for (index, counter) in m.by_class.iter().enumerate() {
        out.push_str(&format!(
            "mitra_http_responses_total{{class=\"{}xx\"}} {}\n",
            index + 1,
            counter.load(Ordering::Relaxed)
        ));
    }
    out.push_str("# HELP mitra_http_request_duration_seconds Time from request to response.\n");
    out.push_str("# TYPE mitra_http_request_duration_seconds histogram\n");
    for (bucket, bound) in
        m.latency_buckets.iter().zip(BUCKETS.iter().map(|b| b.to_string()).chain(["+Inf".to_owned()]))
    {
        out.push_str(&format!(
            "mitra_http_request_duration_seconds_bucket{{le=\"{bound}\"}} {}\n",
            bucket.load(Ordering::Relaxed)
        ));
    }
    let total = m.latency_buckets[8].load(Ordering::Relaxed);
    let sum = m.latency_micros_sum.load(Ordering::Relaxed) as f64 / 1e6;
    out.push_str(&format!("mitra_http_request_duration_seconds_sum {sum}\n"));
    out.push_str(&format!("mitra_http_request_duration_seconds_count {total}\n"));
    match state.app.counts(&mitra_app::Actor::System).await {
        Ok(counts) => {
            out.push_str("# HELP mitra_registry_records Live records in the registry.\n");
            out.push_str("# TYPE mitra_registry_records gauge\n");
            out.push_str(&format!(
                "mitra_registry_records{{kind=\"organization\"}} {}\n",
                counts.organizations
            ));
            out.push_str(&format!("mitra_registry_records{{kind=\"msme\"}} {}\n", counts.msmes));
            out.push_str(&format!(
                "mitra_registry_records{{kind=\"opportunity\"}} {}\n",
                counts.opportunities
            ));
            out.push_str("# HELP mitra_database_up Whether the database answered.\n# TYPE mitra_database_up gauge\nmitra_database_up 1\n");
        }
        Err(error) => {
            tracing::error!(error = %mitra_app::error::chain(&error), "metrics could not count records");
            out.push_str("# HELP mitra_database_up Whether the database answered.\n# TYPE mitra_database_up gauge\nmitra_database_up 0\n");
        }
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], out).into_response()
}
