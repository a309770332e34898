//! The directory of organisations and an organisation's page.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use mitra_app::{OrganizationProfile, OrganizationRecord};
use mitra_domain::{Channel, ChannelNote, Country, Figure, Invalid, OrganizationKind, SizeClass};
use mitra_i18n::Arg;

use crate::AppState;
use crate::query::organization_query;
use crate::web::format::{reason, size_problem};
use crate::web::session::{Layout, Viewer};
use crate::web::{
    bad_address, error_page, filter_problems, next_link, param, path_id, render, without_empty_fields,
};

/// The longest page of the directory.
const DIRECTORY_PAGE: u32 = 50;
/// How many recommendations an MSME's page shows.
const RECOMMENDED: usize = 5;

/// One line of the directory.
struct DirectoryRow {
    id: String,
    name: String,
    kind: OrganizationKind,
    country: Country,
    region: Option<String>,
    size: Option<SizeClass>,
    industry: Option<String>,
}

#[derive(Template)]
#[template(path = "organizations.html")]
struct Directory {
    layout: Layout,
    kinds: Vec<OrganizationKind>,
    size_classes: Vec<SizeClass>,
    kind: String,
    country: String,
    size_class: String,
    industry: String,
    q: String,
    problems: Vec<Invalid>,
    /// How many organisations match the filters, when the application says.
    matches: Option<mitra_app::Matches>,
    countries: Vec<(String, String)>,
    /// The ISIC sections, letter and name in the page's language.
    sections: Vec<(&'static str, String)>,
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
        kinds: OrganizationKind::ALL.to_vec(),
        size_classes: SizeClass::ALL.to_vec(),
        kind: param(&raw, "kind"),
        country: param(&raw, "country"),
        size_class: param(&raw, "size_class"),
        industry: param(&raw, "industry"),
        q: param(&raw, "q"),
        problems: vec![],
        matches: None,
        countries: super::format::country_choices(&viewer.layout.locale),
        sections: mitra_domain::industry::isic_sections()
            .map(|(letter, _)| (letter, viewer.layout.isic_section(letter)))
            .collect(),
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
    page.matches = match state.app.count_organizations_matching(&viewer.actor, &query).await {
        Ok(matches) => Some(matches),
        Err(error) => return error_page(viewer.layout, error),
    };
    page.items = listed.items.iter().map(|record| directory_row(&viewer.layout, record)).collect();
    page.next = next_link("/organizations", &raw, listed.next);
    render(StatusCode::OK, &page)
}

fn directory_row(layout: &Layout, record: &OrganizationRecord) -> DirectoryRow {
    let details = &record.organization.details;
    let industry = details.msme.as_ref().and_then(|m| m.industry.as_ref());
    DirectoryRow {
        id: record.organization.id.to_string(),
        name: details.name.to_string(),
        kind: details.kind,
        country: details.country,
        region: details.region.as_ref().map(ToString::to_string),
        size: record.size().and_then(Result::ok).map(|c| c.class),
        industry: industry.map(|code| layout.industry(code)),
    }
}

/// One labelled fact of a profile.
struct Fact {
    label: String,
    value: String,
}

/// A need or an offer on one channel.
struct NoteRow {
    channel: Channel,
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
    /// An MSME whose monthly reports the reader sees.
    reports: bool,
    may_offer: bool,
    /// The agency's staff may archive it; `version` is what the archive button expects.
    may_archive: bool,
    version: u64,
    id: String,
    name: String,
    kind: OrganizationKind,
    country: Country,
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
        Ok(profile) => {
            let mut page = organization_page(viewer.layout, profile);
            page.may_archive = !page.archived && state.app.may_administer_organizations(&viewer.actor);
            render(StatusCode::OK, &page)
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// The size class with the rule that gave it and the date it was read on, or why it is not known.
fn size_fact(layout: &Layout, record: &OrganizationRecord) -> String {
    match record.size() {
        Some(Ok(classification)) => {
            let args = [
                ("class", Arg::Text(layout.size_class(&classification.class))),
                ("rule", Arg::Text(classification.rule.to_owned())),
                ("date", Arg::Text(layout.date(&record.as_of))),
            ];
            layout.locale.t_with("organization-size-class", &args)
        }
        Some(Err(error)) => {
            let why = size_problem(&layout.locale, &error);
            layout.t1("organization-size-not-known-because", "reason", why)
        }
        None => layout.t("organization-size-not-known"),
    }
}

/// A recommendation's score, one decimal, written the reader's way.
fn score_text(layout: &Layout, score: f32) -> String {
    match rust_decimal::Decimal::try_from(score) {
        Ok(score) => layout.number(score.round_dp(1)),
        Err(_) => format!("{score:.1}"),
    }
}

fn organization_page(layout: Layout, profile: OrganizationProfile) -> OrganizationPage {
    let record = &profile.record;
    let organization = &record.organization;
    let details = &organization.details;
    let notes = |notes: &[ChannelNote]| -> Vec<NoteRow> {
        notes.iter().map(|n| NoteRow { channel: n.channel, description: n.description.to_string() }).collect()
    };
    let mut facts = Vec::new();
    let (mut needs, mut offers) = (vec![], vec![]);
    if let Some(m) = &details.msme {
        let mut fact = |label: String, value: String| facts.push(Fact { label, value });
        fact(layout.t("organization-legal-form"), layout.legal_form(&m.legal_form));
        fact(layout.t("organization-operating-status"), layout.status(&m.operating_status));
        if let Some(founded) = &m.founded_on {
            fact(layout.t("organization-founded"), layout.date(founded));
        }
        if let Some(code) = &m.industry {
            fact(layout.t("organization-industry"), layout.industry(code));
        }
        if let Some(employees) = m.employees {
            fact(layout.figure(&Figure::Employees), layout.number(employees));
        }
        for (label, figure) in [
            (layout.figure(&Figure::Turnover), &m.annual_turnover),
            (layout.figure(&Figure::Investment), &m.investment),
            (layout.t("organization-balance-sheet"), &m.balance_sheet_total),
        ] {
            if let Some(figure) = figure {
                fact(label, layout.money(figure));
            }
        }
        for figure in &record.hidden {
            fact(layout.figure(figure), layout.t("organization-not-shared"));
        }
        fact(layout.t("organization-size-class-label"), size_fact(&layout, record));
        let mut owned = Vec::new();
        if m.ownership.women_led {
            owned.push(layout.t("organization-women-led"));
        }
        if m.ownership.youth_led {
            owned.push(layout.t("organization-youth-led"));
        }
        if m.ownership.veteran_led {
            owned.push(layout.t("organization-veteran-led"));
        }
        if !owned.is_empty() {
            fact(layout.t("organization-ownership"), owned.join(", "));
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
            let reasons: Vec<String> = o
                .contributions
                .iter()
                .filter(|(_, v)| *v > 0.0)
                .take(3)
                .map(|(c, _)| reason(&layout.locale, *c))
                .collect();
            RecommendedRow {
                id: o.opportunity_id.to_string(),
                title: o.title.clone(),
                score: score_text(&layout, o.score),
                reasons: reasons.join(", "),
            }
        })
        .collect();
    let languages = details.languages.iter().map(|l| layout.language(l)).collect::<Vec<_>>().join(", ");
    OrganizationPage {
        may_archive: false,
        version: organization.version,
        may_edit: profile.may_edit,
        reports: details.kind == OrganizationKind::Msme && !record.hidden.contains(&Figure::RecoveryReports),
        may_offer: profile.may_edit && profile.record.organization.details.kind != OrganizationKind::Msme,
        id: organization.id.to_string(),
        name: details.name.to_string(),
        kind: details.kind,
        country: details.country,
        region: details.region.as_ref().map(ToString::to_string),
        description: details.description.as_ref().map(ToString::to_string),
        archived: organization.archived_at.is_some(),
        languages,
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
        layout,
    }
}
