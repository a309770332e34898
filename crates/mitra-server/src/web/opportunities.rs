//! The list of opportunities and an opportunity's page.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use mitra_app::OpportunityRecord;
use mitra_domain::{Channel, Invalid, Organization};

use crate::AppState;
use crate::query::opportunity_query;
use crate::web::format::money;
use crate::web::session::{Layout, Viewer};
use crate::web::{
    bad_address, error_page, filter_problems, next_link, param, path_id, render, without_empty_fields,
};

/// The longest page of the list.
const LIST_PAGE: u32 = 50;
/// The longest summary of a description in the list, in characters.
const SUMMARY: usize = 160;

/// One line of the opportunity list.
struct OpportunityRow {
    id: String,
    title: String,
    channel: String,
    country: String,
    illustrative: bool,
    open_now: bool,
    summary: String,
}

#[derive(Template)]
#[template(path = "opportunities.html")]
struct OpportunityList {
    layout: Layout,
    channels: Vec<&'static str>,
    channel: String,
    country: String,
    region: String,
    language: String,
    q: String,
    problems: Vec<Invalid>,
    items: Vec<OpportunityRow>,
    next: Option<String>,
}

pub(super) async fn list(State(state): State<AppState>, viewer: Viewer, RawQuery(raw): RawQuery) -> Response {
    let mut page = OpportunityList {
        layout: viewer.layout.clone(),
        channels: Channel::ALL.iter().map(Channel::as_str).collect(),
        channel: param(&raw, "channel"),
        country: param(&raw, "country"),
        region: param(&raw, "region"),
        language: param(&raw, "language"),
        q: param(&raw, "q"),
        problems: vec![],
        items: vec![],
        next: None,
    };
    let (query, cursor) = match opportunity_query(without_empty_fields(&raw).as_deref()) {
        Ok(parsed) => parsed,
        Err(error) => {
            page.problems = filter_problems(error);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let listed = match state.app.list_opportunities(&viewer.actor, &query, cursor.at_most(LIST_PAGE)).await {
        Ok(listed) => listed,
        Err(error) => return error_page(viewer.layout, error),
    };
    page.items = listed.items.iter().map(row).collect();
    page.next = next_link("/opportunities", &raw, listed.next);
    render(StatusCode::OK, &page)
}

fn row(record: &OpportunityRecord) -> OpportunityRow {
    let d = &record.opportunity.details;
    let description = d.description.as_str();
    let mut summary: String = description.chars().take(SUMMARY).collect();
    if description.chars().count() > SUMMARY {
        summary.push('…');
    }
    OpportunityRow {
        id: record.opportunity.id.to_string(),
        title: d.title.to_string(),
        channel: d.channel.to_string(),
        country: d.country.name().to_owned(),
        illustrative: d.illustrative,
        open_now: record.open_now(),
        summary,
    }
}

/// One labelled fact of an opportunity.
struct Fact {
    label: &'static str,
    value: String,
}

#[derive(Template)]
#[template(path = "opportunity.html")]
struct OpportunityPage {
    layout: Layout,
    may_edit: bool,
    id: String,
    title: String,
    description: String,
    channel: String,
    country: String,
    illustrative: bool,
    archived: bool,
    partner_id: String,
    partner_name: String,
    facts: Vec<Fact>,
}

pub(super) async fn opportunity(
    State(state): State<AppState>,
    viewer: Viewer,
    raw_id: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw_id) else {
        return bad_address(viewer.layout);
    };
    match state.app.opportunity_with_partner(&viewer.actor, id).await {
        Ok((record, partner)) => {
            let mut page = opportunity_page(viewer.layout, &record, &partner);
            page.may_edit = state.app.may_offer_for(&viewer.actor, partner.id).is_ok();
            render(StatusCode::OK, &page)
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

fn opportunity_page(layout: Layout, record: &OpportunityRecord, partner: &Organization) -> OpportunityPage {
    let d = &record.opportunity.details;
    let mut facts = Vec::new();
    let mut fact = |label, value| facts.push(Fact { label, value });
    fact("Status", if record.open_now() { "open".to_owned() } else { "closed".to_owned() });
    if let Some(opens) = d.opens_on {
        fact("Opens", opens.to_string());
    }
    if let Some(closes) = d.closes_on {
        fact("Closes", closes.to_string());
    }
    if let Some(seats) = d.capacity.seats {
        fact("Seats", seats.to_string());
    }
    if let Some(slots) = d.capacity.mentor_slots {
        fact("Mentor slots", slots.to_string());
    }
    if let Some(budget) = &d.capacity.budget {
        fact("Budget", money(budget));
    }
    if let Some(per_firm) = &d.capacity.max_per_firm {
        fact("Up to, per firm", money(per_firm));
    }
    fact("Languages", d.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(", "));
    let regions = if d.regions.is_empty() {
        "the whole country".to_owned()
    } else {
        d.regions.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
    };
    fact("Regions", regions);
    if !d.industries.is_empty() {
        fact("Industries", d.industries.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "));
    }
    let favoured: Vec<&str> =
        [("women-led firms", d.priorities.women_led), ("youth-led firms", d.priorities.youth_led)]
            .into_iter()
            .filter_map(|(label, yes)| yes.then_some(label))
            .collect();
    if !favoured.is_empty() {
        fact("Priority to", favoured.join(", "));
    }
    if !d.size_classes.is_empty() {
        fact(
            "For firms that are",
            d.size_classes.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", "),
        );
    }
    OpportunityPage {
        layout,
        may_edit: false,
        id: record.opportunity.id.to_string(),
        title: d.title.to_string(),
        description: d.description.to_string(),
        channel: d.channel.to_string(),
        country: d.country.name().to_owned(),
        illustrative: d.illustrative,
        archived: record.opportunity.archived_at.is_some(),
        partner_id: d.partner_id.to_string(),
        partner_name: partner.details.name.to_string(),
        facts,
    }
}
