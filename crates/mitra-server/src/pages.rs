//! Server-rendered HTML pages: the landing page, the directory and the opportunities.
//!
//! They work without JavaScript: filters are plain GET forms and paging is a link. They read
//! the same query strings as the JSON lists, through the same readers.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use mitra_domain::{Channel, Invalid, OrganizationKind, SizeClass};
use mitra_store::{Counts, OpportunityFilter, Page};

use crate::AppState;
use crate::api::opportunities::{OpportunityView, read_opportunity_filter};
use crate::api::organizations::{OrganizationView, read_organization_filter};
use crate::api::today;
use crate::error::ApiError;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(landing))
        .route("/organizations", get(organizations))
        .route("/organizations/{id}", get(organization))
        .route("/opportunities", get(opportunities))
        .route("/opportunities/{id}", get(opportunity))
}

fn render(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "a page could not be rendered");
            (StatusCode::INTERNAL_SERVER_ERROR, "The page could not be rendered.").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    title: String,
    message: String,
}

fn error_page(error: ApiError) -> Response {
    let (status, title, message) = match error {
        ApiError::NotFound(_) => {
            (StatusCode::NOT_FOUND, "Not found", "There is no such record here.".to_owned())
        }
        ApiError::Invalid(_) => {
            (StatusCode::NOT_FOUND, "Not found", "This address does not name a record.".to_owned())
        }
        other => {
            tracing::error!(error = %other, "a page failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "The page could not be shown; the error has been logged.".to_owned(),
            )
        }
    };
    render(status, &ErrorPage { title: title.to_owned(), message })
}

#[derive(Template)]
#[template(path = "landing.html")]
struct Landing {
    counts: Counts,
    partners: u64,
}

async fn landing(State(state): State<AppState>) -> Response {
    match state.store.counts().await {
        Ok(counts) => {
            render(StatusCode::OK, &Landing { counts, partners: counts.organizations - counts.msmes })
        }
        Err(error) => error_page(error.into()),
    }
}

/// One line of the directory.
struct OrganizationRow {
    id: String,
    name: String,
    kind: String,
    country: String,
    region: Option<String>,
    size: Option<String>,
    industry: Option<String>,
}

#[derive(Template)]
#[template(path = "organizations.html")]
struct Directory {
    kinds: Vec<(&'static str, String)>,
    size_classes: Vec<&'static str>,
    kind: String,
    country: String,
    size_class: String,
    industry: String,
    q: String,
    problems: Vec<Invalid>,
    items: Vec<OrganizationRow>,
    next: Option<String>,
}

/// The value of a query parameter, to put back into its form field.
fn param(raw: &Option<String>, name: &str) -> String {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).unwrap_or_default();
    pairs.into_iter().rev().find(|(k, _)| k == name).map(|(_, v)| v).unwrap_or_default()
}

/// The link to the next page: the same filters with the new cursor.
fn next_link(path: &str, raw: &Option<String>, next: Option<uuid::Uuid>) -> Option<String> {
    let next = next?;
    let mut pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).unwrap_or_default();
    pairs.retain(|(k, v)| k != "cursor" && !v.is_empty());
    pairs.push(("cursor".to_owned(), next.to_string()));
    Some(format!("{path}?{}", serde_urlencoded::to_string(pairs).unwrap_or_default()))
}

fn problems_of(error: ApiError) -> Vec<Invalid> {
    match error {
        ApiError::Invalid(problems) => problems,
        ApiError::Malformed(invalid) => vec![invalid],
        other => vec![Invalid::new("query", other.to_string())],
    }
}

fn kind_label(kind: OrganizationKind) -> String {
    kind.as_str().replace('_', " ")
}

async fn organizations(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let mut page = Directory {
        kinds: OrganizationKind::ALL.iter().map(|k| (k.as_str(), kind_label(*k))).collect(),
        size_classes: SizeClass::ALL.iter().map(SizeClass::as_str).collect(),
        kind: param(&raw, "kind"),
        country: param(&raw, "country"),
        size_class: param(&raw, "size_class"),
        industry: param(&raw, "industry"),
        q: param(&raw, "q"),
        problems: vec![],
        items: vec![],
        next: None,
    };
    let (filter, cursor) = match read_organization_filter(raw.as_deref()) {
        Ok(parsed) => parsed,
        Err(error) => {
            page.problems = problems_of(error);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let listed =
        match state.store.list_organizations(&filter, Page { limit: cursor.limit.min(50), ..cursor }).await {
            Ok(listed) => listed,
            Err(error) => return error_page(error.into()),
        };
    let on = today();
    page.items = listed
        .items
        .iter()
        .map(|o| {
            let view = OrganizationView::of(o, on);
            let msme = view.msme.as_ref();
            OrganizationRow {
                id: view.id.to_string(),
                name: view.name.clone(),
                kind: kind_label(view.kind),
                country: o.details.country.name().to_owned(),
                region: view.region.clone(),
                size: msme.and_then(|m| m.size.class).map(|c| c.to_string()),
                industry: msme.and_then(|m| m.industry.as_ref()).map(|i| match &i.title {
                    Some(title) => format!("{} · {title}", i.code),
                    None => format!("{} · unclassified code", i.code),
                }),
            }
        })
        .collect();
    page.next = next_link("/organizations", &raw, listed.next);
    render(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "organization.html")]
struct OrganizationPage {
    id: String,
    name: String,
    kind: String,
    country: String,
    region: Option<String>,
    description: Option<String>,
    archived: bool,
    languages: String,
    facts: Vec<(&'static str, String)>,
    needs: Vec<(String, String)>,
    offers: Vec<(String, String)>,
    opportunities: Vec<(String, String)>,
    /// For an MSME: the best opportunities and why, as (id, title, score, reasons).
    recommended: Vec<(String, String, String, String)>,
}

/// Words for a contribution's name, for people.
fn reason(name: &str) -> &'static str {
    match name {
        "industry" => "fits your industry",
        "same_country" => "in your country",
        "same_region" => "in your region",
        "size_fit" => "for firms of your size",
        "channel_need" => "meets a need you stated",
        "text_relevance" => "matches the words of your needs",
        "shared_language" => "in your language",
        "recovery_need" => "for firms whose revenue fell",
        "women_led" => "priority for women-led firms",
        "youth_led" => "priority for youth-led firms",
        _ => "other",
    }
}

/// The best opportunities for an MSME with the reasons that weigh most, for its page.
async fn recommended_for(
    state: &AppState,
    organization: &mitra_domain::Organization,
) -> Vec<(String, String, String, String)> {
    let (snapshot, best) =
        match state.recommender.recommend(state.store.as_ref(), organization, today(), 5).await {
            Ok(found) => found,
            // A partner's page has no recommendations.
            Err(ApiError::Invalid(_)) => return Vec::new(),
            Err(error) => {
                tracing::error!(error = %error, "recommendations for a page failed");
                return Vec::new();
            }
        };
    best.iter()
        .map(|r| {
            let listed = &snapshot.listed[r.opportunity];
            let mut parts: Vec<(mitra_matcher::score::Contribution, f32)> =
                r.breakdown.contributions().filter(|(_, v)| *v > 0.0).collect();
            parts.sort_by(|a, b| b.1.total_cmp(&a.1));
            let reasons: Vec<&str> = parts.iter().take(3).map(|(c, _)| reason(c.as_str())).collect();
            (listed.id.to_string(), listed.title.clone(), format!("{:.1}", r.score), reasons.join(", "))
        })
        .collect()
}

async fn organization(
    State(state): State<AppState>,
    raw_id: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Response {
    let Some(Ok(id)) = raw_id.ok().map(|Path(raw)| raw.parse::<uuid::Uuid>()) else {
        return error_page(ApiError::field("id", "must be a UUID"));
    };
    let organization = match state.store.organization(id).await {
        Ok(o) => o,
        Err(error) => return error_page(error.into()),
    };
    let offered = state
        .store
        .list_opportunities(
            &OpportunityFilter { partner_id: Some(id), ..Default::default() },
            Page { after: None, limit: 50 },
        )
        .await;
    let offered = match offered {
        Ok(listed) => listed.items,
        Err(error) => return error_page(error.into()),
    };
    let view = OrganizationView::of(&organization, today());
    let mut facts = Vec::new();
    let notes = |notes: &[crate::api::ChannelNoteDto]| -> Vec<(String, String)> {
        notes.iter().map(|n| (n.channel.to_string(), n.description.clone())).collect()
    };
    let (mut needs, mut offers) = (vec![], vec![]);
    if let Some(m) = &view.msme {
        facts.push(("Legal form", m.legal_form.as_str().replace('_', " ")));
        facts.push(("Operating status", m.operating_status.as_str().replace('_', " ")));
        if let Some(f) = &m.founded_on {
            facts.push(("Founded", f.clone()));
        }
        if let Some(i) = &m.industry {
            let title = i.title.clone().unwrap_or_else(|| "unclassified code".to_owned());
            facts.push(("Industry", format!("{} ({}) {title}", i.code, i.scheme)));
        }
        if let Some(e) = m.employees {
            facts.push(("Employees", e.to_string()));
        }
        for (label, money) in [
            ("Annual turnover", &m.annual_turnover),
            ("Investment", &m.investment),
            ("Balance sheet", &m.balance_sheet_total),
        ] {
            if let Some(money) = money {
                facts.push((label, format!("{} {}", money.currency, grouped(&money.amount))));
            }
        }
        let size = match (&m.size.class, &m.size.rule, &m.size.note) {
            (Some(class), Some(rule), _) => format!("{class} (under {rule}, as of {})", m.size.as_of),
            (_, _, Some(note)) => format!("not known: {note}"),
            _ => "not known".to_owned(),
        };
        facts.push(("Size class", size));
        let owned: Vec<&str> = [
            ("women-led", m.ownership.women_led),
            ("youth-led", m.ownership.youth_led),
            ("veteran-led", m.ownership.veteran_led),
        ]
        .into_iter()
        .filter_map(|(label, yes)| yes.then_some(label))
        .collect();
        if !owned.is_empty() {
            facts.push(("Ownership", owned.join(", ")));
        }
        needs = notes(&m.needs);
        offers = notes(&m.offers);
    }
    if let Some(p) = &view.partner {
        offers = notes(&p.offers);
    }
    let page = OrganizationPage {
        id: view.id.to_string(),
        name: view.name,
        kind: kind_label(view.kind),
        country: organization.details.country.name().to_owned(),
        region: view.region,
        description: view.description,
        archived: view.archived_at.is_some(),
        languages: organization.details.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(", "),
        facts,
        needs,
        offers,
        opportunities: offered.iter().map(|o| (o.id.to_string(), o.details.title.to_string())).collect(),
        recommended: recommended_for(&state, &organization).await,
    };
    render(StatusCode::OK, &page)
}

/// A decimal amount with its whole part in groups of three digits, as English writes it
/// (`50000000.5` becomes `50,000,000.5`). Pages in other languages come with localisation.
fn grouped(amount: &str) -> String {
    let (whole, fraction) = amount.split_once('.').map_or((amount, None), |(w, f)| (w, Some(f)));
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::new();
    for (index, digit) in digits.iter().enumerate() {
        if index > 0
            && (digits.len() - index).is_multiple_of(3)
            && digit.is_ascii_digit()
            && digits[index - 1].is_ascii_digit()
        {
            out.push(',');
        }
        out.push(*digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

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

async fn opportunities(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let mut page = OpportunityList {
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
    let (filter, cursor) = match read_opportunity_filter(raw.as_deref()) {
        Ok(parsed) => parsed,
        Err(error) => {
            page.problems = problems_of(error);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let listed =
        match state.store.list_opportunities(&filter, Page { limit: cursor.limit.min(50), ..cursor }).await {
            Ok(listed) => listed,
            Err(error) => return error_page(error.into()),
        };
    let on = today();
    page.items = listed
        .items
        .iter()
        .map(|o| {
            let view = OpportunityView::of(o, on);
            let mut summary: String = view.description.chars().take(160).collect();
            if view.description.chars().count() > 160 {
                summary.push('…');
            }
            OpportunityRow {
                id: view.id.to_string(),
                title: view.title,
                channel: view.channel.to_string(),
                country: o.details.country.name().to_owned(),
                illustrative: view.illustrative,
                open_now: view.open_now,
                summary,
            }
        })
        .collect();
    page.next = next_link("/opportunities", &raw, listed.next);
    render(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "opportunity.html")]
struct OpportunityPage {
    id: String,
    title: String,
    description: String,
    channel: String,
    country: String,
    illustrative: bool,
    archived: bool,
    partner_id: String,
    partner_name: String,
    facts: Vec<(&'static str, String)>,
}

async fn opportunity(
    State(state): State<AppState>,
    raw_id: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Response {
    let Some(Ok(id)) = raw_id.ok().map(|Path(raw)| raw.parse::<uuid::Uuid>()) else {
        return error_page(ApiError::field("id", "must be a UUID"));
    };
    let opportunity = match state.store.opportunity(id).await {
        Ok(o) => o,
        Err(error) => return error_page(error.into()),
    };
    let partner_name = match state.store.organization(opportunity.details.partner_id).await {
        Ok(partner) => partner.details.name.to_string(),
        Err(error) => return error_page(error.into()),
    };
    let view = OpportunityView::of(&opportunity, today());
    let mut facts = Vec::new();
    let d = &opportunity.details;
    facts.push(("Status", if view.open_now { "open".to_owned() } else { "closed".to_owned() }));
    if let Some(opens) = &view.opens_on {
        facts.push(("Opens", opens.clone()));
    }
    if let Some(closes) = &view.closes_on {
        facts.push(("Closes", closes.clone()));
    }
    if let Some(seats) = d.capacity.seats {
        facts.push(("Seats", seats.to_string()));
    }
    if let Some(slots) = d.capacity.mentor_slots {
        facts.push(("Mentor slots", slots.to_string()));
    }
    if let Some(budget) = &d.capacity.budget {
        facts.push(("Budget", format!("{} {}", budget.currency(), grouped(&budget.amount().to_string()))));
    }
    if let Some(per_firm) = &d.capacity.max_per_firm {
        facts.push((
            "Up to, per firm",
            format!("{} {}", per_firm.currency(), grouped(&per_firm.amount().to_string())),
        ));
    }
    facts.push(("Languages", d.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(", ")));
    let regions =
        if view.regions.is_empty() { "the whole country".to_owned() } else { view.regions.join(", ") };
    facts.push(("Regions", regions));
    if !view.industries.is_empty() {
        facts.push(("Industries", view.industries.join(", ")));
    }
    let favoured: Vec<&str> =
        [("women-led firms", d.priorities.women_led), ("youth-led firms", d.priorities.youth_led)]
            .into_iter()
            .filter_map(|(label, yes)| yes.then_some(label))
            .collect();
    if !favoured.is_empty() {
        facts.push(("Priority to", favoured.join(", ")));
    }
    if !view.size_classes.is_empty() {
        facts.push((
            "For firms that are",
            view.size_classes.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", "),
        ));
    }
    let page = OpportunityPage {
        id: view.id.to_string(),
        title: view.title,
        description: view.description,
        channel: view.channel.to_string(),
        country: d.country.name().to_owned(),
        illustrative: view.illustrative,
        archived: view.archived_at.is_some(),
        partner_id: d.partner_id.to_string(),
        partner_name,
        facts,
    };
    render(StatusCode::OK, &page)
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn amounts_are_grouped_by_thousands() {
        for (raw, shown) in [
            ("0", "0"),
            ("999", "999"),
            ("1000", "1,000"),
            ("60000", "60,000"),
            ("50000000.5", "50,000,000.5"),
            ("1234567", "1,234,567"),
        ] {
            assert_eq!(grouped(raw), shown, "{raw}");
        }
    }
}
