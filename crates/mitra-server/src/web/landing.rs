//! The front page: what Mitra is, how much the registry holds, and the ways in.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use mitra_app::Counts;
use mitra_i18n::Arg;

use crate::AppState;
use crate::web::session::{Layout, Viewer};
use crate::web::{error_page, render};

#[derive(Template)]
#[template(path = "landing.html")]
struct Landing {
    layout: Layout,
    /// How much the registry holds, as a sentence in the reader's language.
    holdings: String,
}

pub(super) async fn landing(State(state): State<AppState>, viewer: Viewer) -> Response {
    match state.app.counts(&viewer.actor).await {
        Ok(counts) => {
            let holdings = holdings_sentence(&viewer.layout, &counts);
            render(StatusCode::OK, &Landing { layout: viewer.layout, holdings })
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// "This registry holds 12 MSMEs, 3 partners and 7 opportunities", each count with its plural.
fn holdings_sentence(layout: &Layout, counts: &Counts) -> String {
    let args = [
        ("msmes", Arg::Text(layout.tn("landing-count-msmes", counts.msmes))),
        ("partners", Arg::Text(layout.tn("landing-count-partners", counts.partners))),
        ("opportunities", Arg::Text(layout.tn("landing-count-opportunities", counts.opportunities))),
    ];
    layout.locale.t_with("landing-counts", &args)
}
