//! The front page: what Mitra is, how much the registry holds, and the ways in.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use mitra_app::Counts;

use crate::AppState;
use crate::web::session::{Layout, Viewer};
use crate::web::{error_page, render};

#[derive(Template)]
#[template(path = "landing.html")]
struct Landing {
    layout: Layout,
    counts: Counts,
}

pub(super) async fn landing(State(state): State<AppState>, viewer: Viewer) -> Response {
    match state.app.counts(&viewer.actor).await {
        Ok(counts) => render(StatusCode::OK, &Landing { layout: viewer.layout, counts }),
        Err(error) => error_page(viewer.layout, error),
    }
}
