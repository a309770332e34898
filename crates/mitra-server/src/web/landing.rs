//! The front page: what Mitra is, how much the registry holds, and the ways in.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use mitra_app::Counts;

use crate::AppState;
use crate::extract::Caller;
use crate::web::{error_page, render};

#[derive(Template)]
#[template(path = "landing.html")]
struct Landing {
    counts: Counts,
}

pub(super) async fn landing(State(state): State<AppState>, Caller(actor): Caller) -> Response {
    match state.app.counts(&actor).await {
        Ok(counts) => render(StatusCode::OK, &Landing { counts }),
        Err(error) => error_page(error),
    }
}
