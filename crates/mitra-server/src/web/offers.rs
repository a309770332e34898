//! Partner staff publish and change their organisation's opportunities through forms read
//! into the same domain values, and checked by the same rules, as the API's.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::{AppError, OpportunityRecord};
use mitra_domain::Problem;
use mitra_domain::{
    Capacity, Channel, Country, IndustryCode, Invalid, Language, Money, OpportunityDraft, Priorities,
    SizeClass,
};
use uuid::Uuid;

use crate::AppState;
use crate::web::format::language_choices;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::{bad_address, error_page, render};

#[derive(Template)]
#[template(path = "offer.html")]
struct OfferPage {
    layout: Layout,
    action: String,
    heading: String,
    partner: String,
    country: String,
    version: Option<u64>,
    v: Values,
    errors: FieldErrors,
    stale: bool,
    channels: Vec<Channel>,
    currencies: Vec<&'static str>,
    languages: Vec<(String, String)>,
    size_classes: Vec<SizeClass>,
    /// The programmes it may be put in: id and name.
    programmes: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default)]
struct Values {
    /// The programme's id, or empty for none.
    programme: String,
    title: String,
    description: String,
    channel: String,
    seats: String,
    mentor_slots: String,
    budget: (String, String),
    max_per_firm: (String, String),
    opens_on: String,
    closes_on: String,
    languages: Vec<String>,
    regions: String,
    industries: String,
    size_classes: Vec<String>,
    women_led: bool,
    youth_led: bool,
    illustrative: bool,
}

impl Values {
    fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l == code)
    }

    fn has_size(&self, class: &str) -> bool {
        self.size_classes.iter().any(|c| c == class)
    }
}

fn money_text(money: &Option<Money>) -> (String, String) {
    money.as_ref().map(|m| (m.amount().to_string(), m.currency().code().to_owned())).unwrap_or_default()
}

fn values_of(record: &OpportunityRecord) -> Values {
    let d = &record.opportunity.details;
    Values {
        programme: d.programme_id.map(|id| id.to_string()).unwrap_or_default(),
        title: d.title.to_string(),
        description: d.description.to_string(),
        channel: d.channel.as_str().to_owned(),
        seats: d.capacity.seats.map(|s| s.to_string()).unwrap_or_default(),
        mentor_slots: d.capacity.mentor_slots.map(|s| s.to_string()).unwrap_or_default(),
        budget: money_text(&d.capacity.budget),
        max_per_firm: money_text(&d.capacity.max_per_firm),
        opens_on: d.opens_on.map(|d| d.to_string()).unwrap_or_default(),
        closes_on: d.closes_on.map(|d| d.to_string()).unwrap_or_default(),
        languages: d.languages.iter().map(ToString::to_string).collect(),
        regions: d.regions.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        industries: d.industries.iter().map(|c| c.code().to_owned()).collect::<Vec<_>>().join(", "),
        size_classes: d.size_classes.iter().map(|c| c.as_str().to_owned()).collect(),
        women_led: d.priorities.women_led,
        youth_led: d.priorities.youth_led,
        illustrative: d.illustrative,
    }
}

fn values_from(form: &CheckedForm) -> Values {
    Values {
        programme: form.get("programme"),
        title: form.get("title"),
        description: form.get("description"),
        channel: form.get("channel"),
        seats: form.get("seats"),
        mentor_slots: form.get("mentor_slots"),
        budget: (form.get("budget_amount"), form.get("budget_currency")),
        max_per_firm: (form.get("max_per_firm_amount"), form.get("max_per_firm_currency")),
        opens_on: form.get("opens_on"),
        closes_on: form.get("closes_on"),
        languages: form.all("languages"),
        regions: form.get("regions"),
        industries: form.get("industries"),
        size_classes: form.all("size_classes"),
        women_led: form.get("women_led") == "yes",
        youth_led: form.get("youth_led") == "yes",
        illustrative: form.get("illustrative") == "yes",
    }
}

/// The form as a draft, each field read into its domain type with its problem named.
fn draft_from(partner_id: Uuid, country: Country, v: &Values) -> Result<OpportunityDraft, Vec<Invalid>> {
    let mut problems = Vec::new();
    let count = |field: &str, raw: &str, problems: &mut Vec<Invalid>| -> Option<u32> {
        match raw.trim() {
            "" => None,
            raw => raw.parse().map_err(|_| problems.push(Invalid::new(field, Problem::NotWholeNumber))).ok(),
        }
    };
    let seats = count("capacity.seats", &v.seats, &mut problems);
    let mentor_slots = count("capacity.mentor_slots", &v.mentor_slots, &mut problems);
    let budget = super::money_field("capacity.budget", &v.budget, &mut problems);
    let max_per_firm = super::money_field("capacity.max_per_firm", &v.max_per_firm, &mut problems);
    let date = |field: &str, raw: &str, problems: &mut Vec<Invalid>| match raw.trim() {
        "" => None,
        raw => raw.parse().map_err(|_| problems.push(Invalid::new(field, Problem::NotADate))).ok(),
    };
    let opens_on = date("opens_on", &v.opens_on, &mut problems);
    let closes_on = date("closes_on", &v.closes_on, &mut problems);
    let title =
        mitra_domain::text::Name::parse(&v.title).map_err(|e| problems.push(Invalid::new("title", e))).ok();
    let description = mitra_domain::text::Description::parse(&v.description)
        .map_err(|e| problems.push(Invalid::new("description", e)))
        .ok();
    let channel = Channel::parse(&v.channel);
    if channel.is_none() {
        problems.push(Invalid::new("channel", Problem::NotInList));
    }
    let mut regions = Vec::new();
    for raw in v.regions.split(',').map(str::trim).filter(|r| !r.is_empty()) {
        match mitra_domain::text::Region::parse(raw) {
            Ok(region) => regions.push(region),
            Err(e) => problems.push(Invalid::new("regions", e)),
        }
    }
    let mut industries = Vec::new();
    for raw in v.industries.split(',').map(str::trim).filter(|r| !r.is_empty()) {
        match IndustryCode::parse(raw) {
            Ok(code) => industries.push(code),
            Err(e) => problems.push(Invalid::new("industries", e)),
        }
    }
    let languages: Vec<Language> = v.languages.iter().filter_map(|l| Language::parse(l).ok()).collect();
    let size_classes: Vec<SizeClass> = v.size_classes.iter().filter_map(|c| SizeClass::parse(c)).collect();
    let programme_id = match v.programme.trim() {
        "" => None,
        raw => match raw.parse::<Uuid>() {
            Ok(id) => Some(id),
            Err(_) => {
                problems.push(Invalid::new("programme_id", Problem::NotInList));
                None
            }
        },
    };
    match (title, description, channel, problems.is_empty()) {
        (Some(title), Some(description), Some(channel), true) => Ok(OpportunityDraft {
            partner_id,
            programme_id,
            title,
            description,
            channel,
            capacity: Capacity { seats, budget, mentor_slots, max_per_firm },
            opens_on,
            closes_on,
            languages,
            country,
            regions,
            industries,
            size_classes,
            priorities: Priorities { women_led: v.women_led, youth_led: v.youth_led },
            illustrative: v.illustrative,
            relief_loan: None,
        }),
        _ => Err(problems),
    }
}

struct Context {
    action: String,
    /// The page's heading, in the reader's language.
    heading: String,
    partner: String,
    country: Country,
    version: Option<u64>,
    programmes: Vec<(String, String)>,
}

fn page(layout: Layout, context: &Context, v: Values, errors: FieldErrors, stale: bool) -> OfferPage {
    OfferPage {
        action: context.action.clone(),
        heading: context.heading.clone(),
        partner: context.partner.clone(),
        country: layout.country(&context.country),
        version: context.version,
        v,
        errors,
        stale,
        channels: Channel::ALL.to_vec(),
        currencies: super::currency_codes(),
        languages: language_choices(&layout.locale),
        size_classes: SizeClass::ALL.to_vec(),
        programmes: context.programmes.clone(),
        layout,
    }
}

/// The programmes of `country` the viewer may put an opportunity in, with `current` kept.
async fn programme_choices(
    state: &AppState,
    viewer: &Viewer,
    country: Country,
    current: Option<Uuid>,
) -> Result<Vec<(String, String)>, AppError> {
    let programmes = state.app.programme_choices(&viewer.actor, country, current).await?;
    Ok(programmes.into_iter().map(|p| (p.id.to_string(), p.details.name.to_string())).collect())
}

/// The form for a new opportunity of `partner_id`, if the viewer may publish for it.
async fn new_context(state: &AppState, viewer: &Viewer, partner_id: Uuid) -> Result<Context, AppError> {
    let partner = state.app.organization(&viewer.actor, partner_id).await?;
    state.app.may_offer_for(&viewer.actor, partner_id)?;
    let country = partner.organization.details.country;
    Ok(Context {
        action: format!("/organizations/{partner_id}/opportunities"),
        heading: viewer.layout.t("offer-new-heading"),
        partner: partner.organization.details.name.to_string(),
        country,
        version: None,
        programmes: programme_choices(state, viewer, country, None).await?,
    })
}

pub(super) async fn new_form(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(partner_id) = super::path_id(raw) else {
        return bad_address(viewer.layout);
    };
    let context = match new_context(&state, &viewer, partner_id).await {
        Ok(context) => context,
        Err(error) => return error_page(viewer.layout, error),
    };
    let values = Values { channel: "resources".to_owned(), ..Default::default() };
    render(StatusCode::OK, &page(viewer.layout, &context, values, FieldErrors::default(), false))
}

pub(super) async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(partner_id) = super::path_id(raw) else {
        return bad_address(viewer.layout);
    };
    let context = match new_context(&state, &viewer, partner_id).await {
        Ok(context) => context,
        Err(error) => return error_page(viewer.layout, error),
    };
    let values = values_from(&form);
    let draft = match draft_from(partner_id, context.country, &values) {
        Ok(draft) => draft,
        Err(problems) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            let shown = page(viewer.layout, &context, values, errors, false);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &shown);
        }
    };
    match state.app.create_opportunity(&viewer.actor, draft).await {
        Ok(record) => Redirect::to(&format!("/opportunities/{}", record.opportunity.id)).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            render(StatusCode::UNPROCESSABLE_ENTITY, &page(viewer.layout, &context, values, errors, false))
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// The opportunity and the form's context, if the viewer may change it.
async fn existing(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
) -> Result<(OpportunityRecord, Context), AppError> {
    let (record, partner) = state.app.opportunity_with_partner(&viewer.actor, id).await?;
    state.app.may_offer_for(&viewer.actor, partner.id)?;
    let country = record.opportunity.details.country;
    let current = record.opportunity.details.programme_id;
    let context = Context {
        action: format!("/opportunities/{id}/edit"),
        heading: viewer.layout.t("offer-edit-heading"),
        partner: partner.details.name.to_string(),
        country,
        version: Some(record.opportunity.version),
        programmes: programme_choices(state, viewer, country, current).await?,
    };
    Ok((record, context))
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = super::path_id(raw) else {
        return bad_address(viewer.layout);
    };
    match existing(&state, &viewer, id).await {
        Ok((record, context)) => render(
            StatusCode::OK,
            &page(viewer.layout, &context, values_of(&record), FieldErrors::default(), false),
        ),
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = super::path_id(raw) else {
        return bad_address(viewer.layout);
    };
    let (record, context) = match existing(&state, &viewer, id).await {
        Ok(found) => found,
        Err(error) => return error_page(viewer.layout, error),
    };
    let values = values_from(&form);
    let partner_id = record.opportunity.details.partner_id;
    let draft = match draft_from(partner_id, context.country, &values) {
        Ok(draft) => draft,
        Err(problems) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            let shown = page(viewer.layout, &context, values, errors, false);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &shown);
        }
    };
    let version = form.get("version").parse::<u64>().ok();
    match state.app.update_opportunity(&viewer.actor, id, draft, version).await {
        Ok(_) => Redirect::to(&format!("/opportunities/{id}")).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            render(StatusCode::UNPROCESSABLE_ENTITY, &page(viewer.layout, &context, values, errors, false))
        }
        Err(AppError::Stale { .. }) => {
            render(StatusCode::CONFLICT, &page(viewer.layout, &context, values, FieldErrors::default(), true))
        }
        Err(error) => error_page(viewer.layout, error),
    }
}
