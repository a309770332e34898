//! A mentor's own profile (`/mentoring`), and a programme's pool of mentors
//! (`/programmes/{id}/mentors`), read into the same domain values, and checked by the same
//! rules, as the API's.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::{AppError, MentorRecord};
use mitra_domain::mentor::Topic;
use mitra_domain::text::{Description, Region};
use mitra_domain::{Country, Invalid, Language, MentorProfile, Problem};
use uuid::Uuid;

use crate::AppState;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::{bad_address, error_page, path_id, refused, render};

#[derive(Template)]
#[template(path = "mentor.html")]
struct ProfilePage {
    layout: Layout,
    name: String,
    version: u64,
    v: Values,
    errors: FieldErrors,
    stale: bool,
    sections: Vec<(&'static str, String)>,
    languages: Vec<(String, String)>,
    countries: Vec<(String, String)>,
    /// The programmes whose pools hold the mentor, by name.
    pools: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default)]
struct Values {
    expertise: Vec<String>,
    topics: String,
    languages: Vec<String>,
    country: String,
    regions: String,
    capacity: String,
    paused: bool,
    available_from: String,
    about: String,
}

impl Values {
    fn knows(&self, letter: &str) -> bool {
        self.expertise.iter().any(|l| l == letter)
    }

    fn speaks(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l == code)
    }
}

fn values_of(profile: &MentorProfile) -> Values {
    Values {
        expertise: profile.expertise.clone(),
        topics: profile.topics.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        languages: profile.languages.iter().map(ToString::to_string).collect(),
        country: profile.country.to_string(),
        regions: profile.regions.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        capacity: profile.capacity.to_string(),
        paused: profile.paused,
        available_from: profile.available_from.map(|d| d.to_string()).unwrap_or_default(),
        about: profile.about.as_ref().map(ToString::to_string).unwrap_or_default(),
    }
}

fn values_from(form: &CheckedForm) -> Values {
    Values {
        expertise: form.all("expertise"),
        topics: form.get("topics"),
        languages: form.all("languages"),
        country: form.get("country"),
        regions: form.get("regions"),
        capacity: form.get("capacity"),
        paused: form.get("paused") == "yes",
        available_from: form.get("available_from"),
        about: form.get("about"),
    }
}

/// The form as a profile, each field read into its domain type with its problem named.
fn profile_from(v: &Values) -> Result<MentorProfile, Vec<Invalid>> {
    let mut problems = Vec::new();
    let mut topics = Vec::new();
    for raw in v.topics.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        match Topic::parse(raw) {
            Ok(topic) => topics.push(topic),
            Err(e) => problems.push(Invalid::new("topics", e)),
        }
    }
    let mut regions = Vec::new();
    for raw in v.regions.split(',').map(str::trim).filter(|r| !r.is_empty()) {
        match Region::parse(raw) {
            Ok(region) => regions.push(region),
            Err(e) => problems.push(Invalid::new("regions", e)),
        }
    }
    let languages: Vec<Language> = v.languages.iter().filter_map(|l| Language::parse(l).ok()).collect();
    let country = Country::parse(&v.country).map_err(|e| problems.push(Invalid::new("country", e))).ok();
    let capacity = match v.capacity.trim().parse::<u8>() {
        Ok(n) => Some(n),
        Err(_) => {
            let most = mitra_domain::mentor::MOST_MENTEES.into();
            problems.push(Invalid::new("capacity", Problem::Between { min: 1, max: most }));
            None
        }
    };
    let available_from = match v.available_from.trim() {
        "" => None,
        raw => raw.parse().map_err(|_| problems.push(Invalid::new("available_from", Problem::NotADate))).ok(),
    };
    let about = match v.about.trim() {
        "" => None,
        raw => Description::parse(raw).map_err(|e| problems.push(Invalid::new("about", e))).ok(),
    };
    match (country, capacity, problems.is_empty()) {
        (Some(country), Some(capacity), true) => Ok(MentorProfile {
            expertise: v.expertise.clone(),
            topics,
            languages,
            country,
            regions,
            capacity,
            paused: v.paused,
            available_from,
            about,
        }),
        _ => Err(problems),
    }
}

/// The problems as the form shows them: an expertise's or a topic's beside its one field.
fn on_the_form(problems: Vec<Invalid>) -> Vec<Invalid> {
    problems
        .into_iter()
        .map(|mut p| {
            for list in ["expertise", "topics", "regions", "languages"] {
                if p.field.starts_with(list) {
                    p.field = list.to_owned();
                }
            }
            p
        })
        .collect()
}

async fn profile_page(
    state: &AppState,
    viewer: Viewer,
    status: StatusCode,
    typed: Option<Values>,
    errors: FieldErrors,
    stale: bool,
) -> Response {
    let Some(person) = viewer.actor.person() else { return refused(viewer) };
    let record: MentorRecord = match state.app.mentor(&viewer.actor, person.user_id).await {
        Ok(record) => record,
        Err(AppError::NotFound { .. }) => return refused(viewer),
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = viewer.layout;
    let mut pools = Vec::new();
    for id in &record.pools {
        if let Ok(found) = state.app.programme(&viewer.actor, *id).await {
            pools.push((id.to_string(), found.programme.details.name.to_string()));
        }
    }
    let stored = record.mentor.as_ref();
    let v = typed.unwrap_or_else(|| match stored {
        Some(m) => values_of(&m.profile),
        None => Values { capacity: "2".to_owned(), ..Values::default() },
    });
    let page = ProfilePage {
        name: record.name.clone(),
        version: stored.map_or(0, |m| m.version),
        v,
        errors,
        stale,
        sections: mitra_domain::industry::isic_sections().map(|(l, _)| (l, layout.isic_section(l))).collect(),
        languages: super::format::language_choices(&layout.locale),
        countries: super::format::country_choices(&layout.locale),
        pools,
        layout,
    };
    render(status, &page)
}

pub(super) async fn form(State(state): State<AppState>, viewer: Viewer) -> Response {
    profile_page(&state, viewer, StatusCode::OK, None, FieldErrors::default(), false).await
}

pub(super) async fn save(State(state): State<AppState>, viewer: Viewer, form: CheckedForm) -> Response {
    let Some(person) = viewer.actor.person() else { return refused(viewer) };
    let user_id = person.user_id;
    let values = values_from(&form);
    let version = form.get("version").parse::<u64>().ok();
    let result = match profile_from(&values) {
        Ok(profile) => state.app.save_mentor_profile(&viewer.actor, user_id, profile, version).await,
        Err(problems) => Err(AppError::Invalid(problems)),
    };
    match result {
        Ok(_) => Redirect::to("/mentoring").into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(on_the_form(problems), &viewer.layout.locale);
            profile_page(&state, viewer, StatusCode::UNPROCESSABLE_ENTITY, Some(values), errors, false).await
        }
        Err(AppError::Stale { .. }) => {
            profile_page(&state, viewer, StatusCode::CONFLICT, Some(values), FieldErrors::default(), true)
                .await
        }
        Err(AppError::NotFound { .. }) => refused(viewer),
        Err(error) => error_page(viewer.layout, error),
    }
}

/// One mentor of a pool, as the page shows them.
struct PoolLine {
    user_id: String,
    name: String,
    expertise: String,
    languages: String,
    regions: String,
    capacity: String,
    /// "Takes mentees", "Paused" or "From …".
    status: String,
}

#[derive(Template)]
#[template(path = "pool.html")]
struct PoolPage {
    layout: Layout,
    id: String,
    name: String,
    mentors: Vec<PoolLine>,
    open_capacity: String,
    email: String,
    errors: FieldErrors,
}

async fn pool_page(
    state: &AppState,
    viewer: Viewer,
    id: Uuid,
    status: StatusCode,
    email: String,
    errors: FieldErrors,
) -> Response {
    let pool = match state.app.mentor_pool(&viewer.actor, id).await {
        Ok(pool) => pool,
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = viewer.layout;
    let today = state.app.today();
    let mentors = pool
        .mentors
        .iter()
        .map(|(user, m)| {
            let p = &m.profile;
            let status = if p.paused {
                layout.t("mentor-paused")
            } else if let Some(from) = p.available_from.filter(|from| *from > today) {
                layout.t1("mentor-from", "date", layout.date(&from))
            } else {
                layout.t("mentor-takes-mentees")
            };
            PoolLine {
                user_id: user.id.to_string(),
                name: user.name.clone(),
                expertise: p.expertise.iter().map(|l| layout.isic_section(l)).collect::<Vec<_>>().join(", "),
                languages: p.languages.iter().map(|l| layout.language(l)).collect::<Vec<_>>().join(", "),
                regions: if p.regions.is_empty() {
                    layout.t("opportunity-whole-country")
                } else {
                    p.regions.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
                },
                capacity: layout.number(p.capacity),
                status,
            }
        })
        .collect();
    let page = PoolPage {
        id: id.to_string(),
        name: pool.programme.details.name.to_string(),
        mentors,
        open_capacity: layout.number(pool.open_capacity),
        email,
        errors,
        layout,
    };
    render(status, &page)
}

pub(super) async fn pool(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    pool_page(&state, viewer, id, StatusCode::OK, String::new(), FieldErrors::default()).await
}

pub(super) async fn add(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let email = form.get("email");
    match state.app.add_mentor_to_pool(&viewer.actor, id, &email).await {
        Ok(_) => Redirect::to(&format!("/programmes/{id}/mentors")).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            pool_page(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, email, errors).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn remove(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((raw_id, raw_user)): Path<(String, String)>,
    _checked: CheckedForm,
) -> Response {
    let (Ok(id), Ok(user_id)) = (raw_id.parse::<Uuid>(), raw_user.parse::<Uuid>()) else {
        return bad_address(viewer.layout);
    };
    match state.app.remove_mentor_from_pool(&viewer.actor, id, user_id).await {
        Ok(_) => Redirect::to(&format!("/programmes/{id}/mentors")).into_response(),
        Err(error) => error_page(viewer.layout, error),
    }
}
