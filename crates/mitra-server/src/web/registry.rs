//! The directory of organisations and an organisation's page.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use mitra_app::{OrganizationProfile, OrganizationRecord};
use mitra_domain::{ChannelNote, Invalid, OrganizationKind, SizeClass};

use crate::AppState;
use crate::query::organization_query;
use crate::web::format::{kind_label, money, reason};
use crate::web::session::{Layout, Viewer};
use crate::web::{
    bad_address, error_page, filter_problems, next_link, param, path_id, render, without_empty_fields,
};

/// The longest page of the directory.
const DIRECTORY_PAGE: u32 = 50;
/// How many recommendations an MSME's page shows.
const RECOMMENDED: usize = 5;

/// A choice in a filter's list.
struct Choice {
    value: &'static str,
    label: String,
}

/// One line of the directory.
struct DirectoryRow {
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
    layout: Layout,
    kinds: Vec<Choice>,
    size_classes: Vec<&'static str>,
    kind: String,
    country: String,
    size_class: String,
    industry: String,
    q: String,
    problems: Vec<Invalid>,
    items: Vec<DirectoryRow>,
    next: Option<String>,
}

pub(super) async fn directory(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Response {
    let mut page = Directory {
        layout: viewer.layout.clone(),
        kinds: OrganizationKind::ALL
            .iter()
            .map(|k| Choice { value: k.as_str(), label: kind_label(*k) })
            .collect(),
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
    let (query, cursor) = match organization_query(without_empty_fields(&raw).as_deref()) {
        Ok(parsed) => parsed,
        Err(error) => {
            page.problems = filter_problems(error);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let listed =
        match state.app.list_organizations(&viewer.actor, &query, cursor.at_most(DIRECTORY_PAGE)).await {
            Ok(listed) => listed,
            Err(error) => return error_page(viewer.layout, error),
        };
    page.items = listed.items.iter().map(directory_row).collect();
    page.next = next_link("/organizations", &raw, listed.next);
    render(StatusCode::OK, &page)
}

fn directory_row(record: &OrganizationRecord) -> DirectoryRow {
    let details = &record.organization.details;
    let industry = details.msme.as_ref().and_then(|m| m.industry.as_ref());
    DirectoryRow {
        id: record.organization.id.to_string(),
        name: details.name.to_string(),
        kind: kind_label(details.kind),
        country: details.country.name().to_owned(),
        region: details.region.as_ref().map(ToString::to_string),
        size: record.size().and_then(Result::ok).map(|c| c.class.to_string()),
        industry: industry.map(|code| match code.title() {
            Some(title) => format!("{} · {title}", code.code()),
            None => format!("{} · unclassified code", code.code()),
        }),
    }
}

/// One labelled fact of a profile.
struct Fact {
    label: &'static str,
    value: String,
}

/// A need or an offer on one channel.
struct NoteRow {
    channel: String,
    description: String,
}

/// An opportunity the organisation offers.
struct OfferedRow {
    id: String,
    title: String,
}

/// An opportunity recommended to an MSME, with the reasons that weigh most.
struct RecommendedRow {
    id: String,
    title: String,
    score: String,
    reasons: String,
}

#[derive(Template)]
#[template(path = "organization.html")]
struct OrganizationPage {
    layout: Layout,
    may_edit: bool,
    may_offer: bool,
    id: String,
    name: String,
    kind: String,
    country: String,
    region: Option<String>,
    description: Option<String>,
    archived: bool,
    languages: String,
    facts: Vec<Fact>,
    needs: Vec<NoteRow>,
    offers: Vec<NoteRow>,
    offered: Vec<OfferedRow>,
    recommended: Vec<RecommendedRow>,
}

pub(super) async fn organization(
    State(state): State<AppState>,
    viewer: Viewer,
    raw_id: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw_id) else {
        return bad_address(viewer.layout);
    };
    match state.app.organization_profile(&viewer.actor, id, RECOMMENDED).await {
        Ok(profile) => render(StatusCode::OK, &organization_page(viewer.layout, profile)),
        Err(error) => error_page(viewer.layout, error),
    }
}

fn organization_page(layout: Layout, profile: OrganizationProfile) -> OrganizationPage {
    let record = &profile.record;
    let organization = &record.organization;
    let details = &organization.details;
    let notes = |notes: &[ChannelNote]| -> Vec<NoteRow> {
        notes
            .iter()
            .map(|n| NoteRow { channel: n.channel.to_string(), description: n.description.to_string() })
            .collect()
    };
    let mut facts = Vec::new();
    let (mut needs, mut offers) = (vec![], vec![]);
    if let Some(m) = &details.msme {
        let mut fact = |label, value| facts.push(Fact { label, value });
        fact("Legal form", m.legal_form.as_str().replace('_', " "));
        fact("Operating status", m.operating_status.as_str().replace('_', " "));
        if let Some(founded) = m.founded_on {
            fact("Founded", founded.to_string());
        }
        if let Some(code) = &m.industry {
            let title = code.title().unwrap_or("unclassified code");
            fact("Industry", format!("{} ({}) {title}", code.code(), code.scheme()));
        }
        if let Some(employees) = m.employees {
            fact("Employees", employees.to_string());
        }
        for (label, figure) in [
            ("Annual turnover", &m.annual_turnover),
            ("Investment", &m.investment),
            ("Balance sheet", &m.balance_sheet_total),
        ] {
            if let Some(figure) = figure {
                fact(label, money(figure));
            }
        }
        for figure in &record.hidden {
            let label = match figure {
                mitra_domain::Figure::Turnover => "Annual turnover",
                mitra_domain::Figure::Investment => "Investment",
                mitra_domain::Figure::Employees => "Employees",
            };
            fact(label, "not shared with your organisation".to_owned());
        }
        let size = match record.size() {
            Some(Ok(classification)) => {
                format!("{} (under {}, as of {})", classification.class, classification.rule, record.as_of)
            }
            Some(Err(error)) => format!("not known: {error}"),
            None => "not known".to_owned(),
        };
        fact("Size class", size);
        let owned: Vec<&str> = [
            ("women-led", m.ownership.women_led),
            ("youth-led", m.ownership.youth_led),
            ("veteran-led", m.ownership.veteran_led),
        ]
        .into_iter()
        .filter_map(|(label, yes)| yes.then_some(label))
        .collect();
        if !owned.is_empty() {
            fact("Ownership", owned.join(", "));
        }
        needs = notes(&m.needs);
        offers = notes(&m.offers);
    }
    if let Some(p) = &details.partner {
        offers = notes(&p.offers);
    }
    let recommended = profile
        .recommended
        .iter()
        .flat_map(|r| &r.opportunities)
        .map(|o| {
            let reasons: Vec<&str> =
                o.contributions.iter().filter(|(_, v)| *v > 0.0).take(3).map(|(c, _)| reason(*c)).collect();
            RecommendedRow {
                id: o.opportunity_id.to_string(),
                title: o.title.clone(),
                score: format!("{:.1}", o.score),
                reasons: reasons.join(", "),
            }
        })
        .collect();
    OrganizationPage {
        layout,
        may_edit: profile.may_edit,
        may_offer: profile.may_edit && profile.record.organization.details.kind != OrganizationKind::Msme,
        id: organization.id.to_string(),
        name: details.name.to_string(),
        kind: kind_label(details.kind),
        country: details.country.name().to_owned(),
        region: details.region.as_ref().map(ToString::to_string),
        description: details.description.as_ref().map(ToString::to_string),
        archived: organization.archived_at.is_some(),
        languages: details.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(", "),
        facts,
        needs,
        offers,
        offered: profile
            .offered
            .iter()
            .map(|o| OfferedRow {
                id: o.opportunity.id.to_string(),
                title: o.opportunity.details.title.to_string(),
            })
            .collect(),
        recommended,
    }
}
