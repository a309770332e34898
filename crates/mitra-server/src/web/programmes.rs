//! The programmes: their list, a programme's page with its opportunities, and the forms that
//! create and change one, read into the same domain values, and checked by the same rules,
//! as the API's.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::{AppError, ProgrammeRecord};
use mitra_domain::text::{Description, Name, Region};
use mitra_domain::{
    Channel, Country, FairnessTargets, Invalid, Problem, Programme, ProgrammeDraft, RegionTarget,
};
use uuid::Uuid;

use crate::AppState;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::{bad_address, error_page, param, path_id, render};

/// One line of the programme list.
struct ProgrammeRow {
    id: String,
    name: String,
    run_by: String,
    channel: Channel,
    country: Country,
    /// Its dates, the locale's way.
    period: String,
    running: bool,
}

#[derive(Template)]
#[template(path = "programmes.html")]
struct ProgrammeList {
    layout: Layout,
    country: String,
    countries: Vec<(String, String)>,
    problems: Vec<Invalid>,
    items: Vec<ProgrammeRow>,
}

fn period(layout: &Layout, programme: &Programme) -> String {
    let d = &programme.details;
    match d.ends_on {
        Some(ends) => {
            layout.t2("programme-period", "from", layout.date(&d.starts_on), "to", layout.date(&ends))
        }
        None => layout.t1("programme-from", "from", layout.date(&d.starts_on)),
    }
}

pub(super) async fn list(State(state): State<AppState>, viewer: Viewer, RawQuery(raw): RawQuery) -> Response {
    let mut page = ProgrammeList {
        layout: viewer.layout.clone(),
        country: param(&raw, "country"),
        countries: super::format::country_choices(&viewer.layout.locale),
        problems: vec![],
        items: vec![],
    };
    let country = match page.country.as_str() {
        "" => None,
        raw => match Country::parse(raw) {
            Ok(country) => Some(country),
            Err(e) => {
                page.problems = vec![Invalid::new("country", e)];
                return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
            }
        },
    };
    let listed = match state.app.list_programmes(&viewer.actor, country).await {
        Ok(listed) => listed,
        Err(error) => return error_page(viewer.layout, error),
    };
    let today = state.app.today();
    page.items = listed
        .iter()
        .map(|s| ProgrammeRow {
            id: s.programme.id.to_string(),
            name: s.programme.details.name.to_string(),
            run_by: s.run_by_name.clone(),
            channel: s.programme.details.channel,
            country: s.programme.details.country,
            period: period(&page.layout, &s.programme),
            running: s.programme.details.runs_on(today),
        })
        .collect();
    render(StatusCode::OK, &page)
}

/// One labelled fact of a programme.
struct Fact {
    label: String,
    value: String,
}

/// One of a programme's opportunities.
struct OpportunityLine {
    id: String,
    title: String,
    archived: bool,
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammePage {
    layout: Layout,
    id: String,
    name: String,
    description: String,
    channel: Channel,
    country: Country,
    run_by_id: String,
    run_by: String,
    facts: Vec<Fact>,
    opportunities: Vec<OpportunityLine>,
    participants: String,
    may_edit: bool,
}

pub(super) async fn programme(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else {
        return bad_address(viewer.layout);
    };
    let record = match state.app.programme(&viewer.actor, id).await {
        Ok(record) => record,
        Err(error) => return error_page(viewer.layout, error),
    };
    let may_edit = state.app.may_run_programme(&viewer.actor, record.programme.details.run_by).is_ok();
    render(StatusCode::OK, &programme_page(viewer.layout, &record, may_edit))
}

fn programme_page(layout: Layout, record: &ProgrammeRecord, may_edit: bool) -> ProgrammePage {
    let d = &record.programme.details;
    let mut facts = Vec::new();
    let mut fact = |label: String, value: String| facts.push(Fact { label, value });
    fact(layout.t("programme-dates"), period(&layout, &record.programme));
    let regions = if d.regions.is_empty() {
        layout.t("opportunity-whole-country")
    } else {
        d.regions.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
    };
    fact(layout.t("opportunity-regions"), regions);
    fact(layout.t("programme-baseline-year"), layout.t1("programme-baseline-is", "year", d.baseline_year));
    let mut targets = Vec::new();
    if let Some(share) = d.targets.women_led {
        targets.push(layout.t1("programme-target-women", "share", share));
    }
    if let Some(share) = d.targets.youth_led {
        targets.push(layout.t1("programme-target-youth", "share", share));
    }
    for target in &d.targets.regions {
        targets.push(layout.t2(
            "programme-target-region",
            "region",
            target.region.as_str(),
            "share",
            target.share,
        ));
    }
    if targets.is_empty() {
        targets.push(layout.t("programme-no-targets"));
    }
    fact(layout.t("programme-targets"), targets.join("; "));
    ProgrammePage {
        id: record.programme.id.to_string(),
        name: d.name.to_string(),
        description: d.description.to_string(),
        channel: d.channel,
        country: d.country,
        run_by_id: d.run_by.to_string(),
        run_by: record.run_by_name.clone(),
        facts,
        opportunities: record
            .opportunities
            .iter()
            .map(|o| OpportunityLine {
                id: o.id.to_string(),
                title: o.details.title.to_string(),
                archived: o.archived_at.is_some(),
            })
            .collect(),
        participants: layout.number(u64::try_from(record.participants).unwrap_or(u64::MAX)),
        may_edit,
        layout,
    }
}

#[derive(Template)]
#[template(path = "programme_form.html")]
struct FormPage {
    layout: Layout,
    action: String,
    heading: String,
    run_by: String,
    version: Option<u64>,
    v: Values,
    errors: FieldErrors,
    stale: bool,
    channels: Vec<Channel>,
    countries: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default)]
struct Values {
    name: String,
    description: String,
    channel: String,
    country: String,
    regions: String,
    starts_on: String,
    ends_on: String,
    baseline_year: String,
    women_led: String,
    youth_led: String,
    /// One "region: share" a line.
    region_targets: String,
}

fn values_of(programme: &Programme) -> Values {
    let d = &programme.details;
    let share = |s: Option<u8>| s.map(|s| s.to_string()).unwrap_or_default();
    Values {
        name: d.name.to_string(),
        description: d.description.to_string(),
        channel: d.channel.as_str().to_owned(),
        country: d.country.to_string(),
        regions: d.regions.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        starts_on: d.starts_on.to_string(),
        ends_on: d.ends_on.map(|x| x.to_string()).unwrap_or_default(),
        baseline_year: d.baseline_year.to_string(),
        women_led: share(d.targets.women_led),
        youth_led: share(d.targets.youth_led),
        region_targets: d
            .targets
            .regions
            .iter()
            .map(|t| format!("{}: {}", t.region, t.share))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn values_from(form: &CheckedForm) -> Values {
    Values {
        name: form.get("name"),
        description: form.get("description"),
        channel: form.get("channel"),
        country: form.get("country"),
        regions: form.get("regions"),
        starts_on: form.get("starts_on"),
        ends_on: form.get("ends_on"),
        baseline_year: form.get("baseline_year"),
        women_led: form.get("women_led"),
        youth_led: form.get("youth_led"),
        region_targets: form.get("region_targets"),
    }
}

/// The form as a draft, each field read into its domain type with its problem named.
fn draft_from(run_by: Uuid, v: &Values) -> Result<ProgrammeDraft, Vec<Invalid>> {
    let mut problems = Vec::new();
    let name = Name::parse(&v.name).map_err(|e| problems.push(Invalid::new("name", e))).ok();
    let description =
        Description::parse(&v.description).map_err(|e| problems.push(Invalid::new("description", e))).ok();
    let channel = Channel::parse(&v.channel);
    if channel.is_none() {
        problems.push(Invalid::new("channel", Problem::NotInList));
    }
    let country = Country::parse(&v.country).map_err(|e| problems.push(Invalid::new("country", e))).ok();
    let mut regions = Vec::new();
    for raw in v.regions.split(',').map(str::trim).filter(|r| !r.is_empty()) {
        match Region::parse(raw) {
            Ok(region) => regions.push(region),
            Err(e) => problems.push(Invalid::new("regions", e)),
        }
    }
    let starts_on = match v.starts_on.trim() {
        "" => {
            problems.push(Invalid::new("starts_on", Problem::Required));
            None
        }
        raw => raw.parse().map_err(|_| problems.push(Invalid::new("starts_on", Problem::NotADate))).ok(),
    };
    let ends_on = match v.ends_on.trim() {
        "" => None,
        raw => raw.parse().map_err(|_| problems.push(Invalid::new("ends_on", Problem::NotADate))).ok(),
    };
    let baseline_year = match v.baseline_year.trim() {
        "" => Some(mitra_domain::recovery::DEFAULT_BASELINE_YEAR),
        raw => raw
            .parse::<i16>()
            .map_err(|_| problems.push(Invalid::new("baseline_year", Problem::NotWholeNumber)))
            .ok(),
    };
    let share = |field: &str, raw: &str, problems: &mut Vec<Invalid>| -> Option<u8> {
        let raw = raw.trim().trim_end_matches('%').trim();
        if raw.is_empty() {
            return None;
        }
        match raw.parse::<u8>() {
            Ok(share) => Some(share),
            Err(_) => {
                problems.push(Invalid::new(field, Problem::Between { min: 1, max: 100 }));
                None
            }
        }
    };
    let women_led = share("targets.women_led", &v.women_led, &mut problems);
    let youth_led = share("targets.youth_led", &v.youth_led, &mut problems);
    let mut region_targets = Vec::new();
    for line in v.region_targets.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (region, value) = line.rsplit_once([':', '=']).unwrap_or((line, ""));
        let region =
            Region::parse(region.trim()).map_err(|e| problems.push(Invalid::new("targets.regions", e))).ok();
        if value.trim().is_empty() {
            problems.push(Invalid::new("targets.regions", Problem::Between { min: 1, max: 100 }));
            continue;
        }
        if let (Some(region), Some(share)) = (region, share("targets.regions", value, &mut problems)) {
            region_targets.push(RegionTarget { region, share });
        }
    }
    match (name, description, channel, country, starts_on, baseline_year, problems.is_empty()) {
        (
            Some(name),
            Some(description),
            Some(channel),
            Some(country),
            Some(starts_on),
            Some(baseline_year),
            true,
        ) => Ok(ProgrammeDraft {
            run_by,
            name,
            description,
            channel,
            country,
            regions,
            starts_on,
            ends_on,
            baseline_year,
            targets: FairnessTargets { women_led, youth_led, regions: region_targets },
        }),
        _ => Err(problems),
    }
}

/// The problems as the form shows them: a region target's beside the one field they are
/// typed in.
fn on_the_form(problems: Vec<Invalid>) -> Vec<Invalid> {
    problems
        .into_iter()
        .map(|mut p| {
            if p.field.starts_with("targets.regions") {
                p.field = "targets.regions".to_owned();
            }
            p
        })
        .collect()
}

/// What the form is about: where it posts, its heading, who runs the programme.
struct Context {
    action: String,
    heading: String,
    run_by_id: Uuid,
    run_by: String,
    version: Option<u64>,
}

fn page(layout: Layout, context: &Context, v: Values, errors: FieldErrors, stale: bool) -> FormPage {
    FormPage {
        action: context.action.clone(),
        heading: context.heading.clone(),
        run_by: context.run_by.clone(),
        version: context.version,
        v,
        errors,
        stale,
        channels: Channel::ALL.to_vec(),
        countries: super::format::country_choices(&layout.locale),
        layout,
    }
}

/// The form for a new programme run by `run_by`, if the viewer may run its programmes.
async fn new_context(
    state: &AppState,
    viewer: &Viewer,
    run_by: Uuid,
) -> Result<(Context, Country), AppError> {
    let runner = state.app.organization(&viewer.actor, run_by).await?;
    state.app.may_run_programme(&viewer.actor, run_by)?;
    let context = Context {
        action: format!("/organizations/{run_by}/programmes"),
        heading: viewer.layout.t("programme-new-heading"),
        run_by_id: run_by,
        run_by: runner.organization.details.name.to_string(),
        version: None,
    };
    Ok((context, runner.organization.details.country))
}

pub(super) async fn new_form(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(run_by) = path_id(raw) else {
        return bad_address(viewer.layout);
    };
    let (context, country) = match new_context(&state, &viewer, run_by).await {
        Ok(found) => found,
        Err(error) => return error_page(viewer.layout, error),
    };
    let values = Values {
        channel: "training".to_owned(),
        country: country.to_string(),
        baseline_year: mitra_domain::recovery::DEFAULT_BASELINE_YEAR.to_string(),
        ..Default::default()
    };
    render(StatusCode::OK, &page(viewer.layout, &context, values, FieldErrors::default(), false))
}

pub(super) async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(run_by) = path_id(raw) else {
        return bad_address(viewer.layout);
    };
    let (context, _) = match new_context(&state, &viewer, run_by).await {
        Ok(found) => found,
        Err(error) => return error_page(viewer.layout, error),
    };
    let values = values_from(&form);
    let result = match draft_from(context.run_by_id, &values) {
        Ok(draft) => state.app.create_programme(&viewer.actor, draft).await,
        Err(problems) => Err(AppError::Invalid(problems)),
    };
    match result {
        Ok(programme) => Redirect::to(&format!("/programmes/{}", programme.id)).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(on_the_form(problems), &viewer.layout.locale);
            render(StatusCode::UNPROCESSABLE_ENTITY, &page(viewer.layout, &context, values, errors, false))
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// The programme and the form's context, if the viewer may change it.
async fn existing(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
) -> Result<(ProgrammeRecord, Context), AppError> {
    let record = state.app.programme(&viewer.actor, id).await?;
    state.app.may_run_programme(&viewer.actor, record.programme.details.run_by)?;
    let context = Context {
        action: format!("/programmes/{id}/edit"),
        heading: viewer.layout.t("programme-edit-heading"),
        run_by_id: record.programme.details.run_by,
        run_by: record.run_by_name.clone(),
        version: Some(record.programme.version),
    };
    Ok((record, context))
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else {
        return bad_address(viewer.layout);
    };
    match existing(&state, &viewer, id).await {
        Ok((record, context)) => render(
            StatusCode::OK,
            &page(viewer.layout, &context, values_of(&record.programme), FieldErrors::default(), false),
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
    let Some(id) = path_id(raw) else {
        return bad_address(viewer.layout);
    };
    let (_, context) = match existing(&state, &viewer, id).await {
        Ok(found) => found,
        Err(error) => return error_page(viewer.layout, error),
    };
    let values = values_from(&form);
    let version = form.get("version").parse::<u64>().ok();
    let result = match draft_from(context.run_by_id, &values) {
        Ok(draft) => state.app.update_programme(&viewer.actor, id, draft, version).await,
        Err(problems) => Err(AppError::Invalid(problems)),
    };
    match result {
        Ok(_) => Redirect::to(&format!("/programmes/{id}")).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(on_the_form(problems), &viewer.layout.locale);
            render(StatusCode::UNPROCESSABLE_ENTITY, &page(viewer.layout, &context, values, errors, false))
        }
        Err(AppError::Stale { .. }) => {
            render(StatusCode::CONFLICT, &page(viewer.layout, &context, values, FieldErrors::default(), true))
        }
        Err(error) => error_page(viewer.layout, error),
    }
}
