//! The impact page: the effect of taking part on the firms' recovery, by Callaway and
//! Sant'Anna's difference-in-differences, with its interval, the estimates month by month
//! around entry (those before entry are the check of its assumptions), the naive and two-way
//! fixed-effects figures it corrects, and what it assumes, in plain words.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use mitra_app::impact::{BOOTSTRAP, Estimate, Impact, Missing};
use mitra_domain::recovery::{Comparison, Outcome};
use mitra_domain::{Channel, Invalid};
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::AppState;
use crate::query::impact_query;
use crate::web::chart::EffectChart;
use crate::web::session::{Layout, Viewer};
use crate::web::{error_page, filter_problems, param, render, without_empty_fields};

#[derive(Template)]
#[template(path = "impact.html")]
struct ImpactPage {
    layout: Layout,
    country: String,
    channel: String,
    partner: String,
    opportunity: String,
    programme: String,
    outcome: String,
    comparison: String,
    countries: Vec<(String, String)>,
    channels: Vec<Channel>,
    partners: Vec<(String, String)>,
    opportunities: Vec<(String, String)>,
    programmes: Vec<(String, String)>,
    outcomes: Vec<Outcome>,
    comparisons: Vec<Comparison>,
    problems: Vec<Invalid>,
    result: Option<Shown>,
    missing: Option<String>,
    counted: Option<String>,
}

/// An estimate as the page shows it.
struct Shown {
    headline: String,
    /// The estimate and its interval, for the table of methods.
    overall: String,
    verdict: String,
    chart: String,
    chart_title: String,
    months: Vec<(String, String, String, bool)>,
    pre_check: String,
    naive: String,
    twfe: String,
}

/// A signed effect in the outcome's unit: points of the baseline's revenue, or employees.
fn effect(layout: &Layout, outcome: Outcome, value: f64) -> String {
    let rounded = in_unit(outcome, value);
    let number = layout.number(rounded.abs());
    let signed = if rounded > Decimal::ZERO {
        format!("+{number}")
    } else if rounded < Decimal::ZERO {
        format!("−{number}")
    } else {
        number
    };
    match outcome {
        Outcome::RecoveryIndex => layout.t1("impact-points", "value", &signed),
        Outcome::PaidEmployees => layout.t1("impact-employees", "value", &signed),
    }
}

/// An estimate in the unit the page writes it in, to one decimal: points of the baseline's
/// revenue (the index times 100), or employees.
fn in_unit(outcome: Outcome, value: f64) -> Decimal {
    let scaled = match outcome {
        Outcome::RecoveryIndex => value * 100.0,
        Outcome::PaidEmployees => value,
    };
    Decimal::from_f64(scaled).unwrap_or_default().round_dp(1)
}

fn shown(layout: &Layout, impact: &Impact, estimate: &Estimate) -> Shown {
    let outcome = impact.query.outcome;
    let write = |v: f64| effect(layout, outcome, v);
    let (low, high) = estimate.ci;
    let headline = layout.locale.t_with(
        "impact-headline",
        &[
            ("effect", mitra_i18n::Arg::Text(write(estimate.overall))),
            ("low", mitra_i18n::Arg::Text(write(low))),
            ("high", mitra_i18n::Arg::Text(write(high))),
            ("outcome", mitra_i18n::Arg::Text(layout.outcome(&outcome))),
        ],
    );
    let verdict = if low > 0.0 {
        layout.t("impact-verdict-positive")
    } else if high < 0.0 {
        layout.t("impact-verdict-negative")
    } else {
        layout.t("impact-verdict-unclear")
    };
    let points: Vec<(i64, f64, f64, f64)> =
        estimate.event_study.iter().map(|&(e, att, se)| (e, att, att - 1.96 * se, att + 1.96 * se)).collect();
    let before: Vec<&(i64, f64, f64, f64)> = points.iter().filter(|p| p.0 < 0).collect();
    let pre_check = if before.is_empty() {
        layout.t("impact-pre-none")
    } else {
        let covering = before.iter().filter(|p| p.2 <= 0.0 && 0.0 <= p.3).count();
        let largest = before.iter().map(|p| p.1.abs()).fold(0.0, f64::max);
        layout.locale.t_with(
            "impact-pre-check",
            &[
                ("covering", mitra_i18n::Arg::Text(layout.number(covering as u64))),
                ("months", mitra_i18n::Arg::Text(layout.number(before.len() as u64))),
                ("largest", mitra_i18n::Arg::Text(write(largest))),
            ],
        )
    };
    let chart_title = layout.t("impact-chart-title");
    let chart = EffectChart {
        id: "effect",
        title: chart_title.clone(),
        summary: format!("{headline} {pre_check}"),
        points: points.clone(),
    };
    let months = points
        .iter()
        .map(|&(e, att, low, high)| {
            (
                layout.number(Decimal::from(e)),
                write(att),
                layout.t2("impact-interval", "low", write(low), "high", write(high)),
                e < 0,
            )
        })
        .collect();
    let show = |value: Option<f64>| value.map(write).unwrap_or_else(|| layout.t("impact-not-computable"));
    let overall = format!(
        "{} ({})",
        write(estimate.overall),
        layout.t2("impact-interval", "low", write(low), "high", write(high))
    );
    Shown {
        headline,
        overall,
        verdict,
        // The axis says numbers alone, in the unit the title and the table give.
        chart: chart.svg(&|v| layout.number(in_unit(outcome, v))),
        chart_title,
        months,
        pre_check,
        naive: show(impact.naive),
        twfe: show(impact.two_way_fixed_effects),
    }
}

pub(super) async fn page(State(state): State<AppState>, viewer: Viewer, RawQuery(raw): RawQuery) -> Response {
    let layout = viewer.layout.clone();
    let mut page = ImpactPage {
        country: param(&raw, "country"),
        channel: param(&raw, "channel"),
        partner: param(&raw, "partner"),
        opportunity: param(&raw, "opportunity"),
        programme: param(&raw, "programme"),
        outcome: param(&raw, "outcome"),
        comparison: param(&raw, "comparison"),
        countries: super::format::country_choices(&layout.locale),
        channels: Channel::ALL.to_vec(),
        partners: vec![],
        opportunities: vec![],
        programmes: vec![],
        outcomes: Outcome::ALL.to_vec(),
        comparisons: Comparison::ALL.to_vec(),
        problems: vec![],
        result: None,
        missing: None,
        counted: None,
        layout,
    };
    match state.app.partnership_choices(&viewer.actor).await {
        Ok(choices) => {
            let lists = super::recovery::PartnershipLists::of(&choices);
            (page.partners, page.opportunities, page.programmes) =
                (lists.partners, lists.opportunities, lists.programmes);
        }
        Err(error) => return error_page(viewer.layout, error),
    }
    let query = match impact_query(without_empty_fields(&raw).as_deref()) {
        Ok(query) => query,
        Err(error) => {
            page.problems = filter_problems(error);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let impact = match state.app.impact(&viewer.actor, &query).await {
        Ok(impact) => impact,
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = &page.layout;
    page.counted = Some(layout.locale.t_with(
        "impact-counted",
        &[
            ("firms", mitra_i18n::Arg::Text(layout.number(impact.firms as u64))),
            ("participants", mitra_i18n::Arg::Text(layout.number(impact.participants as u64))),
            ("left_out", mitra_i18n::Arg::Text(layout.number(impact.left_out as u64))),
            ("bootstrap", mitra_i18n::Arg::Text(layout.number(BOOTSTRAP as u64))),
        ],
    ));
    match &impact.estimate {
        Ok(estimate) => page.result = Some(shown(layout, &impact, estimate)),
        Err(Missing::NoParticipants) => page.missing = Some(layout.t("impact-no-participants")),
        Err(Missing::NoComparison) => page.missing = Some(layout.t("impact-no-comparison")),
    }
    render(StatusCode::OK, &page)
}
