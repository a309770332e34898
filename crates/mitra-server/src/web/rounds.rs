//! Match rounds on the pages: a programme's rounds and the form that starts one
//! (`/programmes/{id}/rounds`), a round's result with the side-by-side comparison, the pairs
//! with their reasons, pins and forbidden pairs, publishing (`/rounds/{id}`), and the
//! proposals a mentor or a firm's owner answers (`/proposals`).

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::AppError;
use mitra_app::rounds::plan::{Method, Unmatched};
use mitra_app::rounds::{ProposalRecord, RoundRecord};
use mitra_domain::round::{
    CapacityChange, Contribution, Group, MOST_WEIGHT, Pair, PairStatus, Population, RoundSettings, Side,
    Weights,
};
use mitra_domain::{Invalid, Problem};
use uuid::Uuid;

use crate::AppState;
use crate::web::chart::BarChart;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::words::list_key;
use crate::web::{bad_address, error_page, path_id, render};

/// A round in a programme's list.
struct RoundLine {
    id: String,
    started: String,
    status: String,
    runs: usize,
}

#[derive(Template)]
#[template(path = "rounds.html")]
struct RoundsPage {
    layout: Layout,
    id: String,
    name: String,
    rounds: Vec<RoundLine>,
    population: String,
    weights: [String; 4],
    errors: FieldErrors,
}

const WEIGHT_FIELDS: [&str; 4] = ["weight_industry", "weight_language", "weight_region", "weight_need"];

fn status_label(layout: &Layout, status: &str) -> String {
    layout.t(&list_key("round-status", status))
}

async fn rounds_page(
    state: &AppState,
    viewer: Viewer,
    id: Uuid,
    status: StatusCode,
    typed: Option<(String, [String; 4])>,
    errors: FieldErrors,
) -> Response {
    let programme = match state.app.programme(&viewer.actor, id).await {
        Ok(record) => record.programme,
        Err(error) => return error_page(viewer.layout, error),
    };
    let rounds = match state.app.rounds_of(&viewer.actor, id).await {
        Ok(rounds) => rounds,
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = viewer.layout;
    let mut lines = Vec::new();
    for round in rounds {
        let Ok(record) = state.app.round(&viewer.actor, round.id).await else { continue };
        lines.push(RoundLine {
            id: round.id.to_string(),
            started: layout.date(&jiff::tz::TimeZone::UTC.to_datetime(round.created_at).date()),
            status: status_label(&layout, crate::api::rounds::round_status(&record)),
            runs: record.runs.len(),
        });
    }
    let defaults = Weights::default();
    let (population, weights) = typed.unwrap_or_else(|| {
        (
            Population::ApprovedApplicants.as_str().to_owned(),
            [defaults.industry, defaults.language, defaults.region, defaults.need].map(|w| w.to_string()),
        )
    });
    let page = RoundsPage {
        id: id.to_string(),
        name: programme.details.name.to_string(),
        rounds: lines,
        population,
        weights,
        errors,
        layout,
    };
    render(status, &page)
}

pub(super) async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    rounds_page(&state, viewer, id, StatusCode::OK, None, FieldErrors::default()).await
}

/// The weights as typed, each read as a whole number from 0 to 10 with its field named.
fn weights_from(form: &CheckedForm, problems: &mut Vec<Invalid>) -> (Weights, [String; 4]) {
    let typed = WEIGHT_FIELDS.map(|f| form.get(f));
    let mut values = [0u8; 4];
    for (k, raw) in typed.iter().enumerate() {
        match raw.trim().parse::<u8>() {
            Ok(w) if w <= MOST_WEIGHT => values[k] = w,
            _ => problems
                .push(Invalid::new(WEIGHT_FIELDS[k], Problem::Between { min: 0, max: MOST_WEIGHT.into() })),
        }
    }
    let weights = Weights { industry: values[0], language: values[1], region: values[2], need: values[3] };
    (weights, typed)
}

pub(super) async fn start(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let mut problems = Vec::new();
    let population_typed = form.get("population");
    let population = Population::parse(&population_typed);
    if population.is_none() {
        problems.push(Invalid::new("population", Problem::NotInList));
    }
    let (weights, typed) = weights_from(&form, &mut problems);
    let result = match population {
        Some(population) if problems.is_empty() => {
            let settings = RoundSettings { weights, ..RoundSettings::new(population) };
            state.app.start_round(&viewer.actor, id, settings).await
        }
        _ => Err(AppError::Invalid(problems)),
    };
    match result {
        Ok(record) => Redirect::to(&format!("/rounds/{}", record.round.id)).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            rounds_page(&state, viewer, id, status, Some((population_typed, typed)), errors).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// A proposed pair as the page shows it.
struct PairLine {
    firm_id: String,
    firm: String,
    mentor_id: String,
    mentor: String,
    score: String,
    /// Each contribution as "Industry 40".
    reasons: Vec<String>,
    pinned: bool,
    /// Once published: where the pair stands, and each side's answer.
    status: Option<String>,
    /// Once confirmed: its sessions and hours, and whether it has gone quiet.
    sessions: Option<String>,
    quiet: bool,
}

/// A firm left out, and why.
struct UnmatchedLine {
    firm: String,
    why: String,
}

/// One method's figures.
struct TallyLine {
    method: String,
    served: String,
    total_fit: String,
    /// Each target group's share of the firms served, written.
    shares: Vec<String>,
}

/// A target and whether each method meets it.
struct GroupLine {
    group: String,
    /// The group with its target, as the comparison's column heading.
    heading: String,
    target: String,
    members: String,
    enforced: bool,
    /// Met by the best assignment.
    met: bool,
}

/// A pinned or forbidden pair, with the form that lifts it.
struct ByHand {
    firm_id: String,
    mentor_id: String,
    label: String,
}

/// A mentor of the run, for the capacity form.
struct MentorChoice {
    id: String,
    name: String,
    capacity: String,
}

#[derive(Template)]
#[template(path = "round.html")]
struct RoundPage {
    layout: Layout,
    id: String,
    programme_id: String,
    programme: String,
    status: String,
    running: bool,
    solved: bool,
    published: bool,
    run_number: u64,
    runs: usize,
    firms: String,
    mentors: String,
    seats: String,
    milliseconds: String,
    problems: Vec<String>,
    pairs: Vec<PairLine>,
    unmatched: Vec<UnmatchedLine>,
    tallies: Vec<TallyLine>,
    groups: Vec<GroupLine>,
    served_chart: String,
    fit_chart: String,
    pins: Vec<ByHand>,
    forbids: Vec<ByHand>,
    mentor_choices: Vec<MentorChoice>,
    weights: [String; 4],
    deadline: String,
    deadline_shown: String,
    follow_up_of: Option<String>,
    errors: FieldErrors,
    /// Problems with the round as a whole.
    alerts: Vec<String>,
}

fn contribution_label(layout: &Layout, contribution: Contribution) -> String {
    layout.t(&list_key("round-contribution", contribution.as_str()))
}

fn group_label(layout: &Layout, group: &Group) -> String {
    match group {
        Group::WomenLed => layout.t("round-group-women-led"),
        Group::YouthLed => layout.t("round-group-youth-led"),
        Group::Region(region) => region.to_string(),
    }
}

fn method_label(layout: &Layout, method: Method) -> String {
    layout.t(&list_key("round-method", method.as_str()))
}

fn percent(layout: &Layout, part: u64, whole: u64) -> String {
    if whole == 0 {
        return "–".to_owned();
    }
    let share =
        rust_decimal::Decimal::from((part * 1000 + whole / 2) / whole) / rust_decimal::Decimal::from(10);
    layout.t1("round-percent", "value", layout.number(share))
}

fn round_page(
    layout: Layout,
    record: &RoundRecord,
    today: jiff::civil::Date,
    deadline: String,
    errors: FieldErrors,
) -> RoundPage {
    let state = &record.round.state;
    let settings = &state.settings;
    let name_of_firm = |id: Uuid| record.firm_name(id).unwrap_or_default().to_owned();
    let name_of_mentor = |id: Uuid| record.mentor_name(id).unwrap_or_default().to_owned();
    let by_hand = |pairs: &[Pair]| -> Vec<ByHand> {
        pairs
            .iter()
            .map(|p| ByHand {
                firm_id: p.firm.to_string(),
                mentor_id: p.mentor.to_string(),
                label: format!("{} – {}", name_of_firm(p.firm), name_of_mentor(p.mentor)),
            })
            .collect()
    };
    let status = crate::api::rounds::round_status(record);
    let latest = record.latest.as_ref();
    let mut page = RoundPage {
        id: record.round.id.to_string(),
        programme_id: record.programme.id.to_string(),
        programme: record.programme.details.name.to_string(),
        status: status_label(&layout, status),
        running: latest.is_some_and(|r| r.outcome.is_none()),
        solved: false,
        published: state.published.is_some(),
        run_number: latest.map_or(0, |r| r.header.number),
        runs: record.runs.len(),
        firms: layout.number(latest.map_or(0, |r| r.inputs.firms.len() as u64)),
        mentors: layout.number(latest.map_or(0, |r| r.inputs.mentors.len() as u64)),
        seats: layout.number(
            latest.map_or(0, |r| r.inputs.mentors.iter().map(|m| u64::from(m.capacity)).sum::<u64>()),
        ),
        milliseconds: latest.and_then(|r| r.milliseconds).map(|ms| layout.number(ms)).unwrap_or_default(),
        problems: Vec::new(),
        pairs: Vec::new(),
        unmatched: Vec::new(),
        tallies: Vec::new(),
        groups: Vec::new(),
        served_chart: String::new(),
        fit_chart: String::new(),
        pins: by_hand(&settings.pins),
        forbids: by_hand(&settings.forbids),
        mentor_choices: latest
            .map(|r| {
                r.inputs
                    .mentors
                    .iter()
                    .map(|m| MentorChoice {
                        id: m.id.to_string(),
                        name: m.name.clone(),
                        capacity: m.capacity.to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        weights: {
            let w = settings.weights;
            [w.industry, w.language, w.region, w.need].map(|v| v.to_string())
        },
        deadline,
        deadline_shown: state.published.as_ref().map(|p| layout.date(&p.deadline)).unwrap_or_default(),
        follow_up_of: state.follow_up_of.map(|id| id.to_string()),
        alerts: errors.unshown(&[
            "weight_industry",
            "weight_language",
            "weight_region",
            "weight_need",
            "capacity",
            "deadline",
        ]),
        errors,
        layout,
    };
    let layout = &page.layout;
    let Some(run) = latest else { return page };
    match &run.outcome {
        Some(Err(problems)) => {
            page.problems = problems.iter().map(|p| layout.problem(&p.problem)).collect();
        }
        Some(Ok(result)) => {
            page.solved = true;
            let statuses: std::collections::HashMap<Uuid, (PairStatus, String)> = record
                .proposals
                .iter()
                .map(|p| {
                    let status = p.status(today);
                    let answers = layout.t2(
                        "round-answers",
                        "firm",
                        layout.t(&list_key("round-answer", p.firm_answer.as_str())),
                        "mentor",
                        layout.t(&list_key("round-answer", p.mentor_answer.as_str())),
                    );
                    (p.firm_id, (status, answers))
                })
                .collect();
            let confirmed =
                |firm: Uuid| statuses.get(&firm).is_some_and(|(s, _)| *s == PairStatus::Confirmed);
            let tally_of = |firm: Uuid| {
                mitra_domain::mentoring::Tally::of(record.sessions.iter().filter(|s| s.firm_id == firm))
            };
            let published_on =
                state.published.as_ref().map(|p| jiff::tz::TimeZone::UTC.to_datetime(p.at).date());
            page.pairs = result
                .pairs
                .iter()
                .map(|p| PairLine {
                    firm_id: p.firm.to_string(),
                    firm: name_of_firm(p.firm),
                    mentor_id: p.mentor.to_string(),
                    mentor: name_of_mentor(p.mentor),
                    score: layout.number(p.fit.score),
                    reasons: p
                        .fit
                        .parts
                        .iter()
                        .map(|(c, points)| {
                            format!("{} {}", contribution_label(layout, *c), layout.number(*points))
                        })
                        .collect(),
                    pinned: p.pinned,
                    status: statuses.get(&p.firm).map(|(status, answers)| {
                        format!("{} ({answers})", layout.t(&list_key("round-pair", status.as_str())))
                    }),
                    sessions: confirmed(p.firm).then(|| tally_text(layout, &tally_of(p.firm))),
                    quiet: confirmed(p.firm)
                        && published_on.is_some_and(|since| tally_of(p.firm).quiet(since, today)),
                })
                .collect();
            page.unmatched = result
                .unmatched
                .iter()
                .map(|(firm, why)| UnmatchedLine {
                    firm: name_of_firm(*firm),
                    why: match why {
                        Unmatched::NoMentorFits { other_country, no_shared_language, outside_regions } => {
                            let mut parts = Vec::new();
                            if *no_shared_language > 0 {
                                parts.push(layout.tn("round-ruled-out-language", *no_shared_language));
                            }
                            if *outside_regions > 0 {
                                parts.push(layout.tn("round-ruled-out-region", *outside_regions));
                            }
                            if *other_country > 0 {
                                parts.push(layout.tn("round-ruled-out-country", *other_country));
                            }
                            format!("{} {}", layout.t("round-why-no-mentor-fits"), parts.join("; "))
                        }
                        Unmatched::Forbidden => layout.t("round-why-forbidden"),
                        Unmatched::MentorsFull { candidates } => {
                            layout.tn("round-why-mentors-full", *candidates)
                        }
                    },
                })
                .collect();
            page.tallies = result
                .tallies
                .iter()
                .map(|t| TallyLine {
                    method: method_label(layout, t.method),
                    served: layout.number(t.served),
                    total_fit: layout.number(t.total_fit),
                    shares: t.served_by_group.iter().map(|&n| percent(layout, n, t.served)).collect(),
                })
                .collect();
            let best = result.tally(Method::Best);
            page.groups = result
                .groups
                .iter()
                .enumerate()
                .map(|(k, g)| GroupLine {
                    heading: format!(
                        "{} (≥ {})",
                        group_label(layout, &g.group),
                        layout.t1("round-percent", "value", layout.number(g.share))
                    ),
                    group: group_label(layout, &g.group),
                    target: layout.t1("round-percent", "value", layout.number(g.share)),
                    members: layout.number(g.members),
                    enforced: g.enforced,
                    met: best.is_some_and(|b| g.met(b.served_by_group[k], b.served)),
                })
                .collect();
            let bars = |value: &dyn Fn(&mitra_app::rounds::plan::Tally) -> u64| {
                result
                    .tallies
                    .iter()
                    .map(|t| (method_label(layout, t.method), value(t) as f64, layout.number(value(t))))
                    .collect::<Vec<_>>()
            };
            let summary = |key: &str, value: &dyn Fn(&mitra_app::rounds::plan::Tally) -> u64| {
                result
                    .tallies
                    .iter()
                    .map(|t| format!("{}: {}", method_label(layout, t.method), layout.number(value(t))))
                    .collect::<Vec<_>>()
                    .join(", ")
                    + &format!(" ({})", layout.t(key))
            };
            page.served_chart = BarChart {
                id: "served",
                title: layout.t("round-chart-served"),
                summary: summary("round-chart-served", &|t| t.served),
                bars: bars(&|t| t.served),
            }
            .svg();
            page.fit_chart = BarChart {
                id: "fit",
                title: layout.t("round-chart-fit"),
                summary: summary("round-chart-fit", &|t| t.total_fit),
                bars: bars(&|t| t.total_fit),
            }
            .svg();
        }
        None => {}
    }
    page
}

async fn show(
    state: &AppState,
    viewer: Viewer,
    id: Uuid,
    status: StatusCode,
    deadline: Option<String>,
    errors: FieldErrors,
) -> Response {
    let record = match state.app.round(&viewer.actor, id).await {
        Ok(record) => record,
        Err(error) => return error_page(viewer.layout, error),
    };
    let today = state.app.today();
    let deadline = deadline.unwrap_or_else(|| today.saturating_add(jiff::Span::new().days(14)).to_string());
    render(status, &round_page(viewer.layout, &record, today, deadline, errors))
}

pub(super) async fn round(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    show(&state, viewer, id, StatusCode::OK, None, FieldErrors::default()).await
}

fn pair_from(form: &CheckedForm) -> Option<Pair> {
    Some(Pair { firm: form.get("firm").parse().ok()?, mentor: form.get("mentor").parse().ok()? })
}

/// Changes the round's settings as the form says (pin, unpin, forbid, allow, a capacity, the
/// weights) and runs it again.
pub(super) async fn adjust(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let record = match state.app.round(&viewer.actor, id).await {
        Ok(record) => record,
        Err(error) => return error_page(viewer.layout, error),
    };
    let mut settings = record.round.state.settings.clone();
    let mut problems = Vec::new();
    match (form.get("change").as_str(), pair_from(&form)) {
        ("pin", Some(pair)) => {
            settings.pins.retain(|p| p.firm != pair.firm);
            settings.forbids.retain(|p| *p != pair);
            settings.pins.push(pair);
        }
        ("unpin", Some(pair)) => settings.pins.retain(|p| *p != pair),
        ("forbid", Some(pair)) => {
            settings.pins.retain(|p| *p != pair);
            if !settings.forbids.contains(&pair) {
                settings.forbids.push(pair);
            }
        }
        ("allow", Some(pair)) => settings.forbids.retain(|p| *p != pair),
        ("capacity", _) => {
            match (form.get("mentor").parse::<Uuid>(), form.get("capacity").trim().parse::<u8>()) {
                (Ok(mentor), Ok(capacity)) if capacity <= mitra_domain::mentor::MOST_MENTEES => {
                    settings.capacities.retain(|c| c.mentor != mentor);
                    settings.capacities.push(CapacityChange { mentor, capacity });
                }
                _ => problems.push(Invalid::new(
                    "capacity",
                    Problem::Between { min: 0, max: mitra_domain::mentor::MOST_MENTEES.into() },
                )),
            }
        }
        ("weights", _) => settings.weights = weights_from(&form, &mut problems).0,
        _ => return bad_address(viewer.layout),
    }
    let result = if problems.is_empty() {
        state.app.rerun_round(&viewer.actor, id, settings).await
    } else {
        Err(AppError::Invalid(problems))
    };
    match result {
        Ok(_) => Redirect::to(&format!("/rounds/{id}")).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            show(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, None, errors).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn publish(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let typed = form.get("deadline");
    let result = match typed.trim().parse::<jiff::civil::Date>() {
        Ok(deadline) => state.app.publish_round(&viewer.actor, id, deadline).await,
        Err(_) => Err(AppError::field("deadline", Problem::NotADate)),
    };
    match result {
        Ok(_) => Redirect::to(&format!("/rounds/{id}")).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            show(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, Some(typed), errors).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn follow_up(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    _checked: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    match state.app.follow_up_round(&viewer.actor, id).await {
        Ok(record) => Redirect::to(&format!("/rounds/{}", record.round.id)).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            show(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, None, errors).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// A proposal as its side sees it.
struct ProposalLine {
    round_id: String,
    firm_id: String,
    programme: String,
    /// The other side: the mentor for a firm's owner, the firm for a mentor.
    other: String,
    about: String,
    score: String,
    /// What the fit is made of, each as "Shared language 20".
    reasons: String,
    deadline: String,
    status: String,
    /// This side may still answer.
    open: bool,
    contact: Option<String>,
    /// The pair's sessions, the latest first.
    sessions: Vec<SessionLine>,
    /// The mentor of a confirmed pair, who logs its sessions.
    may_log: bool,
    /// Sessions and hours so far.
    tally: String,
}

/// A logged session as a side of the pair sees it.
struct SessionLine {
    id: String,
    held_on: String,
    what: String,
    next_steps: String,
    /// The mentee's word, or that it is awaited.
    word: String,
    /// The firm's owner, who has not said yet.
    may_confirm: bool,
}

fn tally_text(layout: &Layout, tally: &mitra_domain::mentoring::Tally) -> String {
    match tally.last {
        None => layout.t("round-sessions-none"),
        Some(last) => {
            let hours =
                rust_decimal::Decimal::from((tally.minutes * 10 + 30) / 60) / rust_decimal::Decimal::from(10);
            format!(
                "{}, {}",
                layout.t2("round-sessions", "count", tally.sessions, "hours", layout.number(hours)),
                layout.t1("round-sessions-last", "date", layout.date(&last))
            )
        }
    }
}

fn session_line(layout: &Layout, s: &mitra_domain::mentoring::MentoringSession, side: Side) -> SessionLine {
    let mode = layout.t(&list_key("session-mode", s.log.mode.as_str()));
    let topics = s.log.topics.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let what = [layout.t1("session-minutes-of", "count", s.log.minutes), mode, topics]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let word = match s.mentee {
        None => layout.t("session-awaiting"),
        Some(w) if !w.confirmed => layout.t("session-denied"),
        Some(w) => match w.rating {
            Some(r) => layout.t1("session-confirmed-rated", "rating", r),
            None => layout.t("session-confirmed"),
        },
    };
    SessionLine {
        id: s.id.to_string(),
        held_on: layout.date(&s.log.held_on),
        what,
        next_steps: s.log.next_steps.as_ref().map(ToString::to_string).unwrap_or_default(),
        word,
        may_confirm: side == Side::Firm && s.mentee.is_none(),
    }
}

#[derive(Template)]
#[template(path = "proposals.html")]
struct ProposalsPage {
    layout: Layout,
    proposals: Vec<ProposalLine>,
    alerts: Vec<String>,
    errors: FieldErrors,
    /// The session form as typed, and the pair it was for.
    typed: SessionTyped,
    today: String,
}

#[derive(Default)]
struct SessionTyped {
    firm_id: String,
    held_on: String,
    minutes: String,
    mode: String,
    topics: String,
    next_steps: String,
}

fn proposal_line(layout: &Layout, record: &ProposalRecord) -> ProposalLine {
    let p = &record.proposal;
    let own_answer = match record.side {
        Side::Firm => p.firm_answer,
        Side::Mentor => p.mentor_answer,
    };
    let (other, about) = match record.side {
        Side::Firm => (
            record.mentor_name.clone(),
            layout.t1("proposal-mentor-for", "firm", record.firm.details.name.as_str()),
        ),
        Side::Mentor => {
            let firm = &record.firm.details;
            let region = firm.region.as_ref().map(|r| r.to_string()).unwrap_or_default();
            (firm.name.to_string(), region)
        }
    };
    ProposalLine {
        round_id: p.round_id.to_string(),
        firm_id: p.firm_id.to_string(),
        programme: record.programme.details.name.to_string(),
        other,
        about,
        score: layout.number(p.fit.score),
        reasons: p
            .fit
            .parts
            .iter()
            .map(|(c, points)| format!("{} {}", contribution_label(layout, *c), layout.number(*points)))
            .collect::<Vec<_>>()
            .join(", "),
        deadline: layout.date(&p.deadline),
        status: format!(
            "{} ({})",
            layout.t(&list_key("round-pair", record.status.as_str())),
            layout.t2(
                "round-answers",
                "firm",
                layout.t(&list_key("round-answer", p.firm_answer.as_str())),
                "mentor",
                layout.t(&list_key("round-answer", p.mentor_answer.as_str())),
            )
        ),
        open: record.status == PairStatus::Waiting && own_answer == mitra_domain::round::Answer::Pending,
        contact: record.contact.as_ref().map(|(name, email)| format!("{name} <{email}>")),
        sessions: record.sessions.iter().map(|s| session_line(layout, s, record.side)).collect(),
        may_log: record.side == Side::Mentor && record.status == PairStatus::Confirmed,
        tally: tally_text(layout, &mitra_domain::mentoring::Tally::of(&record.sessions)),
    }
}

async fn proposals_page(
    state: &AppState,
    viewer: Viewer,
    status: StatusCode,
    errors: FieldErrors,
) -> Response {
    proposals_page_with(state, viewer, status, errors, SessionTyped::default()).await
}

async fn proposals_page_with(
    state: &AppState,
    viewer: Viewer,
    status: StatusCode,
    errors: FieldErrors,
    typed: SessionTyped,
) -> Response {
    let records = match state.app.my_proposals(&viewer.actor).await {
        Ok(records) => records,
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = viewer.layout;
    let proposals = records.iter().map(|r| proposal_line(&layout, r)).collect();
    let alerts = errors.unshown(&["held_on", "minutes", "mode", "topics", "next_steps"]);
    let today = state.app.today().to_string();
    render(status, &ProposalsPage { proposals, alerts, errors, typed, today, layout })
}

pub(super) async fn proposals(State(state): State<AppState>, viewer: Viewer) -> Response {
    proposals_page(&state, viewer, StatusCode::OK, FieldErrors::default()).await
}

pub(super) async fn answer(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((raw_round, raw_firm)): Path<(String, String)>,
    form: CheckedForm,
) -> Response {
    let (Ok(round_id), Ok(firm_id)) = (raw_round.parse::<Uuid>(), raw_firm.parse::<Uuid>()) else {
        return bad_address(viewer.layout);
    };
    let accept = match form.get("answer").as_str() {
        "accept" => true,
        "decline" => false,
        _ => return bad_address(viewer.layout),
    };
    match state.app.answer_proposal(&viewer.actor, round_id, firm_id, accept).await {
        Ok(_) => Redirect::to("/proposals").into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            proposals_page(&state, viewer, StatusCode::UNPROCESSABLE_ENTITY, errors).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// The session form as a log, each field read into its domain type with its problem named.
fn session_from(typed: &SessionTyped) -> Result<mitra_domain::mentoring::SessionLog, Vec<Invalid>> {
    let mut problems = Vec::new();
    let held_on = typed
        .held_on
        .trim()
        .parse::<jiff::civil::Date>()
        .map_err(|_| problems.push(Invalid::new("held_on", Problem::NotADate)))
        .ok();
    let minutes = typed
        .minutes
        .trim()
        .parse::<u16>()
        .map_err(|_| {
            let (min, max) =
                (mitra_domain::mentoring::SHORTEST_SESSION, mitra_domain::mentoring::LONGEST_SESSION);
            problems.push(Invalid::new("minutes", Problem::Between { min: min.into(), max: max.into() }))
        })
        .ok();
    let mode = mitra_domain::mentoring::SessionMode::parse(&typed.mode);
    if mode.is_none() {
        problems.push(Invalid::new("mode", Problem::NotInList));
    }
    let mut topics = Vec::new();
    for raw in typed.topics.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        match mitra_domain::mentor::Topic::parse(raw) {
            Ok(topic) => topics.push(topic),
            Err(e) => problems.push(Invalid::new("topics", e)),
        }
    }
    let next_steps = match typed.next_steps.trim() {
        "" => None,
        raw => mitra_domain::text::Description::parse(raw)
            .map_err(|e| problems.push(Invalid::new("next_steps", e)))
            .ok(),
    };
    match (held_on, minutes, mode, problems.is_empty()) {
        (Some(held_on), Some(minutes), Some(mode), true) => {
            Ok(mitra_domain::mentoring::SessionLog { held_on, minutes, mode, topics, next_steps })
        }
        _ => Err(problems),
    }
}

pub(super) async fn log_session(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((raw_round, raw_firm)): Path<(String, String)>,
    form: CheckedForm,
) -> Response {
    let (Ok(round_id), Ok(firm_id)) = (raw_round.parse::<Uuid>(), raw_firm.parse::<Uuid>()) else {
        return bad_address(viewer.layout);
    };
    let typed = SessionTyped {
        firm_id: firm_id.to_string(),
        held_on: form.get("held_on"),
        minutes: form.get("minutes"),
        mode: form.get("mode"),
        topics: form.get("topics"),
        next_steps: form.get("next_steps"),
    };
    // Someone who may not log the pair's sessions is refused before the form is judged.
    if let Err(error) = state.app.may_log_session(&viewer.actor, round_id, firm_id).await {
        return error_page(viewer.layout, error);
    }
    let result = match session_from(&typed) {
        Ok(log) => state.app.log_session(&viewer.actor, round_id, firm_id, log).await,
        Err(problems) => Err(AppError::Invalid(problems)),
    };
    match result {
        Ok(_) => Redirect::to("/proposals").into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            proposals_page_with(&state, viewer, StatusCode::UNPROCESSABLE_ENTITY, errors, typed).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn confirm_session(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let confirmed = match form.get("word").as_str() {
        "yes" => true,
        "no" => false,
        _ => return bad_address(viewer.layout),
    };
    let rating = form.get("rating").trim().parse::<u8>().ok().filter(|_| confirmed);
    let word = mitra_domain::mentoring::MenteeWord { confirmed, rating };
    match state.app.confirm_session(&viewer.actor, id, word).await {
        Ok(_) => Redirect::to("/proposals").into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            proposals_page(&state, viewer, StatusCode::UNPROCESSABLE_ENTITY, errors).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}
