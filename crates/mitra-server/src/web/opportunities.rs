//! The list of opportunities and an opportunity's page.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use mitra_app::OpportunityRecord;
use mitra_domain::{Channel, Country, Invalid, Organization};

use crate::AppState;
use crate::query::opportunity_query;
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
    channel: Channel,
    country: Country,
    illustrative: bool,
    open_now: bool,
    /// The closing date, the locale's way.
    closes: Option<String>,
    /// The most one firm can receive, or else the whole budget.
    amount: Option<String>,
    summary: String,
}

#[derive(Template)]
#[template(path = "opportunities.html")]
struct OpportunityList {
    layout: Layout,
    channels: Vec<Channel>,
    channel: String,
    country: String,
    region: String,
    language: String,
    q: String,
    open_now: bool,
    countries: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    problems: Vec<Invalid>,
    /// How many opportunities match the filters.
    matches: Option<mitra_app::Matches>,
    items: Vec<OpportunityRow>,
    next: Option<String>,
}

pub(super) async fn list(State(state): State<AppState>, viewer: Viewer, RawQuery(raw): RawQuery) -> Response {
    let mut page = OpportunityList {
        layout: viewer.layout.clone(),
        channels: Channel::ALL.to_vec(),
        channel: param(&raw, "channel"),
        country: param(&raw, "country"),
        region: param(&raw, "region"),
        language: param(&raw, "language"),
        q: param(&raw, "q"),
        open_now: param(&raw, "open_now") == "true",
        countries: super::format::country_choices(&viewer.layout.locale),
        languages: super::format::language_choices(&viewer.layout.locale),
        problems: vec![],
        matches: None,
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
    page.matches = match state.app.count_opportunities_matching(&viewer.actor, &query).await {
        Ok(matches) => Some(matches),
        Err(error) => return error_page(viewer.layout, error),
    };
    page.items = listed.items.iter().map(|record| row(&viewer.layout, record)).collect();
    page.next = next_link("/opportunities", &raw, listed.next);
    render(StatusCode::OK, &page)
}

fn row(layout: &Layout, record: &OpportunityRecord) -> OpportunityRow {
    let d = &record.opportunity.details;
    let description = d.description.as_str();
    let mut summary: String = description.chars().take(SUMMARY).collect();
    if description.chars().count() > SUMMARY {
        summary.push('…');
    }
    OpportunityRow {
        id: record.opportunity.id.to_string(),
        title: d.title.to_string(),
        channel: d.channel,
        country: d.country,
        illustrative: d.illustrative,
        open_now: record.open_now(),
        closes: d.closes_on.as_ref().map(|date| layout.date(date)),
        amount: d.capacity.max_per_firm.as_ref().or(d.capacity.budget.as_ref()).map(|m| layout.money(m)),
        summary,
    }
}

/// One labelled fact of an opportunity.
struct Fact {
    label: String,
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
    channel: Channel,
    country: Country,
    illustrative: bool,
    archived: bool,
    partner_id: String,
    partner_name: String,
    /// The programme it is part of: id and name.
    programme: Option<(String, String)>,
    facts: Vec<Fact>,
    /// The rules in force today, in the reader's language.
    rules: Vec<super::eligibility::CriterionRow>,
    rules_from: String,
    /// For an owner of an MSME: how their firm fares against the rules.
    eligibility: Vec<super::eligibility::EligibilityBlock>,
    /// For an owner of an MSME: the application form, or its application.
    apply: Vec<super::applications::ApplyBlock>,
    open: bool,
    /// For those who work on its applications: a link to them.
    sees_applications: bool,
}

pub(super) async fn opportunity(
    State(state): State<AppState>,
    viewer: Viewer,
    raw_id: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw_id) else {
        return bad_address(viewer.layout);
    };
    full_page(&state, viewer, id, None).await
}

/// The opportunity's page, with the apply form of `refused` (a firm, the problems and what
/// was typed) when an application was refused.
async fn full_page(
    state: &AppState,
    viewer: Viewer,
    id: uuid::Uuid,
    refused: Option<(uuid::Uuid, Vec<mitra_domain::Invalid>, (String, String))>,
) -> Response {
    match state.app.opportunity_with_partner(&viewer.actor, id).await {
        Ok((record, partner)) => {
            let mut apply = super::applications::apply_blocks(state, &viewer, &record.opportunity).await;
            let sees_applications = state.app.standing(&viewer.actor, id).await.is_ok();
            let mut page = opportunity_page(viewer.layout, &record, &partner);
            page.may_edit = state.app.may_offer_for(&viewer.actor, partner.id).is_ok();
            page.open = record.open_now();
            page.sees_applications = sees_applications;
            if let Some(programme_id) = record.opportunity.details.programme_id {
                match state.app.programme(&viewer.actor, programme_id).await {
                    Ok(found) => {
                        let name = found.programme.details.name.to_string();
                        page.programme = Some((programme_id.to_string(), name));
                    }
                    Err(error) => return error_page(page.layout, error),
                }
            }
            if let Some((firm, problems, (amount, statement))) = refused {
                for block in apply.iter_mut().filter(|b| b.firm_id == firm.to_string()) {
                    block.errors = super::session::FieldErrors::new(problems.clone(), &page.layout.locale);
                    block.amount = amount.clone();
                    block.statement = statement.clone();
                }
            }
            page.apply = apply;
            if let Err(error) = eligibility(state, &viewer.actor, &mut page, id).await {
                return error_page(page.layout, error);
            }
            let status = if page.apply.iter().any(|b| !b.errors.is_empty()) {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::OK
            };
            render(status, &page)
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// The opportunity's page again after an application was refused, with its problems beside
/// the fields.
pub(super) async fn opportunity_with_apply_errors(
    state: &AppState,
    viewer: Viewer,
    id: uuid::Uuid,
    firm: uuid::Uuid,
    problems: Vec<mitra_domain::Invalid>,
    typed: (String, String),
) -> Response {
    full_page(state, viewer, id, Some((firm, problems, typed))).await
}

/// The rules in force today, and for each MSME the viewer owns, how it fares against them.
async fn eligibility(
    state: &AppState,
    actor: &mitra_app::Actor,
    page: &mut OpportunityPage,
    id: uuid::Uuid,
) -> Result<(), mitra_app::AppError> {
    let versions = state.app.rule_sets(actor, id).await?;
    let Some(rules) = mitra_eligibility::in_force(&versions, state.app.today()) else { return Ok(()) };
    page.rules = super::eligibility::rule_rows(&page.layout, rules);
    page.rules_from = page.layout.t1("eligibility-rules-from", "date", page.layout.date(&rules.applies_from));
    let mitra_app::Actor::User(person) = actor else { return Ok(()) };
    for firm_id in person.organizations_as(mitra_domain::Role::MsmeOwner).into_iter().take(3) {
        let eligibility = state.app.eligibility_of(actor, id, firm_id, None).await?;
        let firm = state.app.organization(actor, firm_id).await?;
        let name = firm.organization.details.name.to_string();
        if let Some(block) = super::eligibility::block(&page.layout, &name, firm_id, &eligibility) {
            page.eligibility.push(block);
        }
    }
    Ok(())
}

fn opportunity_page(layout: Layout, record: &OpportunityRecord, partner: &Organization) -> OpportunityPage {
    let d = &record.opportunity.details;
    let mut facts = Vec::new();
    let mut fact = |label: String, value: String| facts.push(Fact { label, value });
    let status =
        if record.open_now() { layout.t("opportunity-open") } else { layout.t("opportunity-closed") };
    fact(layout.t("opportunity-status"), status);
    if let Some(opens) = &d.opens_on {
        fact(layout.t("opportunity-opens"), layout.date(opens));
    }
    if let Some(closes) = &d.closes_on {
        fact(layout.t("opportunity-closes"), layout.date(closes));
    }
    if let Some(seats) = d.capacity.seats {
        fact(layout.t("opportunity-seats"), layout.number(seats));
    }
    if let Some(slots) = d.capacity.mentor_slots {
        fact(layout.t("opportunity-mentor-slots"), layout.number(slots));
    }
    if let Some(budget) = &d.capacity.budget {
        fact(layout.t("opportunity-budget"), layout.money(budget));
    }
    if let Some(per_firm) = &d.capacity.max_per_firm {
        fact(layout.t("opportunity-per-firm"), layout.money(per_firm));
    }
    if let Some(terms) = &d.relief_loan {
        let examples: Vec<String> = [Some(terms.base_limit), terms.expanded_limit]
            .into_iter()
            .flatten()
            .map(|borrowed| {
                let forgiven = terms.forgivable(borrowed);
                layout.t2(
                    "relief-example",
                    "borrowed",
                    layout.money(&borrowed),
                    "forgiven",
                    layout.money(&forgiven),
                )
            })
            .collect();
        fact(layout.t("relief-forgiven"), examples.join("; "));
        let mut deadline = layout.date(&terms.repay_by);
        if let (Some(later), Some(filed_by)) = (terms.refinanced_repay_by, terms.refinancing_filed_by) {
            let refinanced =
                layout.t2("relief-refinanced", "date", layout.date(&later), "filed", layout.date(&filed_by));
            deadline = format!("{deadline}. {refinanced}");
        }
        fact(layout.t("relief-deadline"), deadline);
        fact(
            layout.t("relief-otherwise"),
            layout.t2(
                "relief-term-loan",
                "rate",
                layout.number(terms.term_rate_percent),
                "due",
                layout.date(&terms.term_due),
            ),
        );
    }
    let languages = d.languages.iter().map(|l| layout.language(l)).collect::<Vec<_>>().join(", ");
    fact(layout.t("opportunity-languages"), languages);
    let regions = if d.regions.is_empty() {
        layout.t("opportunity-whole-country")
    } else {
        d.regions.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
    };
    fact(layout.t("opportunity-regions"), regions);
    if !d.industries.is_empty() {
        let industries = d.industries.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        fact(layout.t("opportunity-industries"), industries);
    }
    let mut favoured = Vec::new();
    if d.priorities.women_led {
        favoured.push(layout.t("opportunity-women-led"));
    }
    if d.priorities.youth_led {
        favoured.push(layout.t("opportunity-youth-led"));
    }
    if !favoured.is_empty() {
        fact(layout.t("opportunity-priority"), favoured.join(", "));
    }
    if !d.size_classes.is_empty() {
        let sizes = d.size_classes.iter().map(|c| layout.size_class(c)).collect::<Vec<_>>().join(", ");
        fact(layout.t("opportunity-sizes"), sizes);
    }
    OpportunityPage {
        may_edit: false,
        id: record.opportunity.id.to_string(),
        title: d.title.to_string(),
        description: d.description.to_string(),
        channel: d.channel,
        country: d.country,
        illustrative: d.illustrative,
        archived: record.opportunity.archived_at.is_some(),
        partner_id: d.partner_id.to_string(),
        partner_name: partner.details.name.to_string(),
        programme: None,
        facts,
        rules: vec![],
        rules_from: String::new(),
        eligibility: vec![],
        apply: vec![],
        open: false,
        sees_applications: false,
        layout,
    }
}
