//! `/api/v1/programmes/{id}/rounds`, `/api/v1/rounds/{id}` and `/api/v1/proposals`: match
//! rounds of a programme (started, run again with changed settings, published, followed up),
//! each run with the inputs it was solved from, and the proposals each side answers.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use mitra_app::rounds::plan::{Method, RoundResult, Unmatched};
use mitra_app::rounds::{ProposalRecord, RoundRecord, RunRecord};
use mitra_domain::round::{
    CapacityChange, Group, MOST_PAIRS_BY_HAND, MOST_WEIGHT, Pair, Population, RoundInputs, RoundSettings,
    Weights,
};
use mitra_domain::{Invalid, Problem as DomainProblem};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{Caller, Writer};
use crate::input::{Fields, JsonBody, PathId, boolean, count, date, list, object, read_body, string};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_rounds, start_round))
        .routes(routes!(get_round))
        .routes(routes!(rerun_round))
        .routes(routes!(get_run))
        .routes(routes!(publish_round))
        .routes(routes!(follow_up_round))
        .routes(routes!(my_proposals))
        .routes(routes!(answer_proposal))
        .routes(routes!(list_sessions, log_session))
        .routes(routes!(confirm_session))
}

/// The weights of the fit's named contributions, each 0 to 10; absent ones keep their default
/// (industry 4, language 2, region 2, need 3).
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct WeightsInput {
    #[schema(minimum = 0, maximum = 10)]
    pub industry: Option<u8>,
    #[schema(minimum = 0, maximum = 10)]
    pub language: Option<u8>,
    #[schema(minimum = 0, maximum = 10)]
    pub region: Option<u8>,
    #[schema(minimum = 0, maximum = 10)]
    pub need: Option<u8>,
}

/// A firm and a mentor.
#[derive(Debug, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PairInput {
    pub firm_id: Uuid,
    pub mentor_id: Uuid,
}

/// A mentor's capacity for this round only.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct RoundCapacityInput {
    pub mentor_id: Uuid,
    #[schema(minimum = 0, maximum = 20)]
    pub capacity: u8,
}

/// What a run takes. A pin must name a firm of the population and a mentor of the pool whom no
/// hard rule rules out (another country, no shared language, outside the mentor's regions),
/// within the mentor's room; a firm is pinned once, and a pinned pair is not also forbidden.
/// These are checked when the run is solved, and a run that breaks one says so.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct SettingsInput {
    /// Which firms: the programme's approved applicants (in the order they applied), or the
    /// firms recorded as taking part in it (in the order they registered).
    #[schema(value_type = String, pattern = r"^\s*(approved_applicants|participants)\s*$")]
    pub population: String,
    pub weights: Option<WeightsInput>,
    #[schema(max_items = 500)]
    pub pins: Option<Vec<PairInput>>,
    #[schema(max_items = 500)]
    pub forbids: Option<Vec<PairInput>>,
    #[schema(max_items = 500)]
    pub capacities: Option<Vec<RoundCapacityInput>>,
}

fn uuid_field() -> impl crate::input::Parse<Uuid> {
    string(|s: &str| s.trim().parse::<Uuid>().map_err(|_| "must be a UUID"))
}

fn pair() -> impl crate::input::Parse<Pair> {
    object(|fields: &mut Fields<'_>| {
        let firm = fields.required("firm_id", uuid_field());
        let mentor = fields.required("mentor_id", uuid_field());
        Some(Pair { firm: firm?, mentor: mentor? })
    })
}

fn read_settings(body: serde_json::Value) -> Result<RoundSettings, ApiError> {
    read_body(body, |fields| {
        let population = fields
            .required("population", string(|s: &str| Population::parse(s).ok_or(DomainProblem::NotInList)));
        let weights = fields.optional(
            "weights",
            object(|w: &mut Fields<'_>| {
                let max = u32::from(MOST_WEIGHT);
                let defaults = Weights::default();
                let industry = w.optional("industry", count(max));
                let language = w.optional("language", count(max));
                let region = w.optional("region", count(max));
                let need = w.optional("need", count(max));
                let pick = |given: Option<u32>, default: u8| given.map_or(default, |g| g as u8);
                Some(Weights {
                    industry: pick(industry?, defaults.industry),
                    language: pick(language?, defaults.language),
                    region: pick(region?, defaults.region),
                    need: pick(need?, defaults.need),
                })
            }),
        );
        let pins = fields.optional("pins", list(MOST_PAIRS_BY_HAND, pair));
        let forbids = fields.optional("forbids", list(MOST_PAIRS_BY_HAND, pair));
        let capacities = fields.optional(
            "capacities",
            list(MOST_PAIRS_BY_HAND, || {
                object(|c: &mut Fields<'_>| {
                    let mentor = c.required("mentor_id", uuid_field());
                    let capacity = c.required("capacity", count(mitra_domain::mentor::MOST_MENTEES.into()));
                    Some(CapacityChange { mentor: mentor?, capacity: capacity? as u8 })
                })
            }),
        );
        Some(RoundSettings {
            population: population?,
            weights: weights?.unwrap_or_default(),
            pins: pins?.unwrap_or_default(),
            forbids: forbids?.unwrap_or_default(),
            capacities: capacities?.unwrap_or_default(),
        })
    })
}

/// A field and what is wrong with it.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub problem: String,
}

/// One named part of a fit.
#[derive(Debug, Serialize, ToSchema)]
pub struct FitPartView {
    /// `industry`, `language`, `region` or `need`.
    pub name: String,
    pub points: u32,
}

/// A proposed pair.
#[derive(Debug, Serialize, ToSchema)]
pub struct PairView {
    pub firm_id: Uuid,
    pub firm_name: String,
    pub mentor_id: Uuid,
    pub mentor_name: String,
    pub score: u32,
    /// What the score is made of; the points add up to it.
    pub contributions: Vec<FitPartView>,
    pub pinned: bool,
}

/// A firm the best assignment left out, and why.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnmatchedView {
    pub firm_id: Uuid,
    pub firm_name: String,
    /// `no_mentor_fits`, `forbidden` or `mentors_full`.
    pub reason: String,
    /// For `no_mentor_fits`: mentors of another country, with no shared language, and not
    /// mentoring in the firm's region.
    pub ruled_out: Option<[u32; 3]>,
    /// For `mentors_full`: how many mentors could have taken it.
    pub candidates: Option<u32>,
}

/// What one method gave on the same inputs.
#[derive(Debug, Serialize, ToSchema)]
pub struct TallyView {
    /// `best` (the exact engine), `first_come` or `greedy`.
    pub method: String,
    pub served: u64,
    pub total_fit: u64,
    /// Firms served from each target group, in the order of `groups`.
    pub served_by_group: Vec<u64>,
}

/// A programme's target and the population's members of its group.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupView {
    /// `women_led`, `youth_led` or `region`.
    pub kind: String,
    pub region: Option<String>,
    /// The least share of the firms served, in per cent.
    pub share: u8,
    pub members: u64,
    /// Held as a hard quota by the best assignment.
    pub enforced: bool,
}

/// A run and what it came to.
#[derive(Debug, Serialize, ToSchema)]
pub struct RunView {
    pub number: u64,
    pub created_at: String,
    pub finished_at: Option<String>,
    /// `running`, `solved` or `refused`.
    pub status: String,
    pub firms: usize,
    pub mentors: usize,
    pub seats: u64,
    pub milliseconds: Option<u64>,
    /// Why a refused run could not be solved.
    pub problems: Vec<FieldProblem>,
    pub pairs: Vec<PairView>,
    pub unmatched: Vec<UnmatchedView>,
    /// The best assignment, first come first served and greedy, side by side.
    pub comparison: Vec<TallyView>,
    pub groups: Vec<GroupView>,
    /// The most a fit can be with the run's weights.
    pub best_possible: Option<u32>,
}

/// A published pair with each side's answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProposalView {
    pub round_id: Uuid,
    pub firm_id: Uuid,
    pub firm_name: String,
    pub mentor_id: Uuid,
    pub mentor_name: String,
    pub programme_id: Uuid,
    pub programme_name: String,
    pub score: u32,
    /// `waiting`, `confirmed`, `declined` or `expired`.
    pub status: String,
    /// `pending`, `accepted` or `declined`.
    pub firm_answer: String,
    pub mentor_answer: String,
    #[schema(format = Date)]
    pub deadline: String,
    /// The side the token's user answers for: `firm` or `mentor`.
    pub side: Option<String>,
    /// The other side's name and email address, once both accepted.
    pub contact: Option<[String; 2]>,
}

/// A round.
#[derive(Debug, Serialize, ToSchema)]
pub struct RoundView {
    pub id: Uuid,
    pub programme_id: Uuid,
    /// `running`, `solved`, `refused` or `published`.
    pub status: String,
    pub population: String,
    pub weights: [u8; 4],
    pub pins: Vec<PairInput>,
    pub forbids: Vec<PairInput>,
    /// The round whose declined and expired pairs this one matches again.
    pub follow_up_of: Option<Uuid>,
    #[schema(format = Date)]
    pub deadline: Option<String>,
    pub runs: Vec<u64>,
    pub latest: Option<RunView>,
    pub proposals: Vec<ProposalView>,
    /// Moves by one with every change.
    pub version: u64,
}

fn problems_view(problems: &[Invalid]) -> Vec<FieldProblem> {
    problems.iter().map(|p| FieldProblem { field: p.field.clone(), problem: p.problem.to_string() }).collect()
}

fn name_in(inputs: &RoundInputs, id: Uuid) -> (&str, &str) {
    let firm = inputs.firms.iter().find(|f| f.id == id).map_or("", |f| f.name.as_str());
    let mentor = inputs.mentors.iter().find(|m| m.id == id).map_or("", |m| m.name.as_str());
    (firm, mentor)
}

fn result_views(
    inputs: &RoundInputs,
    result: &RoundResult,
) -> (Vec<PairView>, Vec<UnmatchedView>, Vec<TallyView>, Vec<GroupView>) {
    let pairs = result
        .pairs
        .iter()
        .map(|p| PairView {
            firm_id: p.firm,
            firm_name: name_in(inputs, p.firm).0.to_owned(),
            mentor_id: p.mentor,
            mentor_name: name_in(inputs, p.mentor).1.to_owned(),
            score: p.fit.score,
            contributions: p
                .fit
                .parts
                .iter()
                .map(|(c, points)| FitPartView { name: c.as_str().to_owned(), points: *points })
                .collect(),
            pinned: p.pinned,
        })
        .collect();
    let unmatched = result
        .unmatched
        .iter()
        .map(|(firm, why)| {
            let (reason, ruled_out, candidates) = match why {
                Unmatched::NoMentorFits { other_country, no_shared_language, outside_regions } => {
                    ("no_mentor_fits", Some([*other_country, *no_shared_language, *outside_regions]), None)
                }
                Unmatched::Forbidden => ("forbidden", None, None),
                Unmatched::MentorsFull { candidates } => ("mentors_full", None, Some(*candidates)),
            };
            UnmatchedView {
                firm_id: *firm,
                firm_name: name_in(inputs, *firm).0.to_owned(),
                reason: reason.to_owned(),
                ruled_out,
                candidates,
            }
        })
        .collect();
    let comparison = Method::ALL
        .iter()
        .filter_map(|m| result.tally(*m))
        .map(|t| TallyView {
            method: t.method.as_str().to_owned(),
            served: t.served,
            total_fit: t.total_fit,
            served_by_group: t.served_by_group.clone(),
        })
        .collect();
    let groups = result
        .groups
        .iter()
        .map(|g| {
            let (kind, region) = match &g.group {
                Group::WomenLed => ("women_led", None),
                Group::YouthLed => ("youth_led", None),
                Group::Region(region) => ("region", Some(region.to_string())),
            };
            GroupView {
                kind: kind.to_owned(),
                region,
                share: g.share,
                members: g.members,
                enforced: g.enforced,
            }
        })
        .collect();
    (pairs, unmatched, comparison, groups)
}

pub(crate) fn run_status(run: &RunRecord) -> &'static str {
    match &run.outcome {
        None => "running",
        Some(Ok(_)) => "solved",
        Some(Err(_)) => "refused",
    }
}

fn run_view(run: &RunRecord) -> RunView {
    let seats = run.inputs.mentors.iter().map(|m| u64::from(m.capacity)).sum();
    let mut view = RunView {
        number: run.header.number,
        created_at: run.header.created_at.to_string(),
        finished_at: run.header.finished_at.map(|t| t.to_string()),
        status: run_status(run).to_owned(),
        firms: run.inputs.firms.len(),
        mentors: run.inputs.mentors.len(),
        seats,
        milliseconds: run.milliseconds,
        problems: Vec::new(),
        pairs: Vec::new(),
        unmatched: Vec::new(),
        comparison: Vec::new(),
        groups: Vec::new(),
        best_possible: None,
    };
    match &run.outcome {
        Some(Ok(result)) => {
            (view.pairs, view.unmatched, view.comparison, view.groups) = result_views(&run.inputs, result);
            view.best_possible = Some(result.best_possible);
        }
        Some(Err(problems)) => view.problems = problems_view(problems),
        None => {}
    }
    view
}

/// A proposal with the names it is shown with, where it stands, and the side of the reader.
fn proposal_of(
    p: &mitra_domain::round::Proposal,
    (firm_name, mentor_name): (&str, &str),
    programme: &mitra_domain::Programme,
    status: mitra_domain::round::PairStatus,
) -> ProposalView {
    ProposalView {
        round_id: p.round_id,
        firm_id: p.firm_id,
        firm_name: firm_name.to_owned(),
        mentor_id: p.mentor_id,
        mentor_name: mentor_name.to_owned(),
        programme_id: programme.id,
        programme_name: programme.details.name.to_string(),
        score: p.fit.score,
        status: status.as_str().to_owned(),
        firm_answer: p.firm_answer.as_str().to_owned(),
        mentor_answer: p.mentor_answer.as_str().to_owned(),
        deadline: p.deadline.to_string(),
        side: None,
        contact: None,
    }
}

fn proposal_view(record: &ProposalRecord) -> ProposalView {
    let names = (record.firm.details.name.as_str(), record.mentor_name.as_str());
    ProposalView {
        side: Some(match record.side {
            mitra_domain::round::Side::Firm => "firm".to_owned(),
            mitra_domain::round::Side::Mentor => "mentor".to_owned(),
        }),
        contact: record.contact.clone().map(|(name, email)| [name, email]),
        ..proposal_of(&record.proposal, names, &record.programme, record.status)
    }
}

pub(crate) fn round_status(record: &RoundRecord) -> &'static str {
    if record.round.state.published.is_some() {
        "published"
    } else {
        record.latest.as_ref().map_or("running", run_status)
    }
}

fn round_view(record: &RoundRecord, today: jiff::civil::Date) -> RoundView {
    let state = &record.round.state;
    let settings = &state.settings;
    let w = settings.weights;
    let pairs =
        |pairs: &[Pair]| pairs.iter().map(|p| PairInput { firm_id: p.firm, mentor_id: p.mentor }).collect();
    RoundView {
        id: record.round.id,
        programme_id: record.round.programme_id,
        status: round_status(record).to_owned(),
        population: settings.population.as_str().to_owned(),
        weights: [w.industry, w.language, w.region, w.need],
        pins: pairs(&settings.pins),
        forbids: pairs(&settings.forbids),
        follow_up_of: state.follow_up_of,
        deadline: state.published.as_ref().map(|p| p.deadline.to_string()),
        runs: record.runs.iter().map(|r| r.number).collect(),
        latest: record.latest.as_ref().map(run_view),
        proposals: record
            .proposals
            .iter()
            .map(|p| {
                let names = (
                    record.firm_name(p.firm_id).unwrap_or_default(),
                    record.mentor_name(p.mentor_id).unwrap_or_default(),
                );
                proposal_of(p, names, &record.programme, p.status(today))
            })
            .collect(),
        version: record.round.version,
    }
}

/// A programme's rounds, newest first: for those who run it.
#[utoipa::path(
    get,
    path = "/api/v1/programmes/{id}/rounds",
    tag = "rounds",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The programme's id")),
    responses(
        (status = 200, body = Vec<RoundView>),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user does not run this programme", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_rounds(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
) -> Result<Json<Vec<RoundView>>, ApiError> {
    let today = state.app.today();
    let mut views = Vec::new();
    for round in state.app.rounds_of(&actor, id).await? {
        views.push(round_view(&state.app.round(&actor, round.id).await?, today));
    }
    Ok(Json(views))
}

/// Start a round of a programme and ask for its first run, which a background job solves:
/// read the round again until its status is no longer `running`. For those who run it.
#[utoipa::path(
    post,
    path = "/api/v1/programmes/{id}/rounds",
    tag = "rounds",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The programme's id")),
    request_body = SettingsInput,
    responses(
        (status = 202, body = RoundView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user does not run this programme", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields are invalid (a firm pinned twice, a pinned pair also forbidden, a mentor's capacity given twice); nothing was stored", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn start_round(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, Json<RoundView>), ApiError> {
    let settings = read_settings(body)?;
    let record = state.app.start_round(&actor, id, settings).await?;
    Ok((StatusCode::ACCEPTED, Json(round_view(&record, state.app.today()))))
}

/// A round with its latest run: the proposed pairs with their scores and reasons, the firms
/// left out and why, the fairness figures, and first come and greedy on the same inputs.
#[utoipa::path(
    get,
    path = "/api/v1/rounds/{id}",
    tag = "rounds",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The round's id")),
    responses(
        (status = 200, body = RoundView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round, or not one the token's user runs", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn get_round(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
) -> Result<Json<RoundView>, ApiError> {
    let record = state.app.round(&actor, id).await?;
    Ok(Json(round_view(&record, state.app.today())))
}

/// Run a round again with changed settings (weights, pins, forbidden pairs, capacities); each
/// run is kept with its inputs. Refused once the round is published.
#[utoipa::path(
    post,
    path = "/api/v1/rounds/{id}/runs",
    tag = "rounds",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The round's id")),
    request_body = SettingsInput,
    responses(
        (status = 202, body = RoundView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round, or not one the token's user runs", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields are invalid, or the round is published; nothing was stored", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn rerun_round(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, Json<RoundView>), ApiError> {
    let settings = read_settings(body)?;
    let record = state.app.rerun_round(&actor, id, settings).await?;
    Ok((StatusCode::ACCEPTED, Json(round_view(&record, state.app.today()))))
}

/// A run's inputs as stored, and what it came to.
#[derive(Debug, Serialize, ToSchema)]
pub struct RunInputsView {
    pub run: RunView,
    /// Everything the run was solved from (the firms and mentors as they were then, the
    /// settings, the targets): solving it again gives the same pairs.
    #[schema(value_type = Object)]
    pub inputs: serde_json::Value,
}

/// One run of a round with everything it was solved from.
#[utoipa::path(
    get,
    path = "/api/v1/rounds/{id}/runs/{number}",
    tag = "rounds",
    security(("bearer" = [])),
    params(
        ("id" = Uuid, Path, description = "The round's id"),
        ("number" = u64, Path, minimum = 1, description = "The run's number, from 1"),
    ),
    responses(
        (status = 200, body = RunInputsView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round or run, or not one the token's user runs", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID or the number not a whole number", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn get_run(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path((id, number)): Path<(String, String)>,
) -> Result<Json<RunInputsView>, ApiError> {
    let id = id.parse::<Uuid>().map_err(|_| ApiError::field("id", "must be a UUID"))?;
    let number =
        number.parse::<u64>().map_err(|_| ApiError::field("number", "must be a whole number from 1"))?;
    let run = state.app.round_run(&actor, id, number).await?;
    let inputs = serde_json::to_value(&run.inputs)
        .map_err(|e| ApiError::from(mitra_app::AppError::Internal(Box::new(e))))?;
    Ok(Json(RunInputsView { run: run_view(&run), inputs }))
}

/// When the answers are due.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct PublishInput {
    /// YYYY-MM-DD: the last day an answer counts, from tomorrow to 60 days ahead.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub deadline: String,
}

/// Publish a round's latest run: its pairs become proposals that each side accepts or
/// declines by the deadline; both sides are emailed in their language.
#[utoipa::path(
    post,
    path = "/api/v1/rounds/{id}/publish",
    tag = "rounds",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The round's id")),
    request_body = PublishInput,
    responses(
        (status = 200, body = RoundView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round, or not one the token's user runs", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The deadline is not ahead or too far ahead, the round is published already, or its latest run is not solved or proposes no pair", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn publish_round(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<Json<RoundView>, ApiError> {
    let deadline = read_body(body, |fields| fields.required("deadline", date()))?;
    let record = state.app.publish_round(&actor, id, deadline).await?;
    Ok(Json(round_view(&record, state.app.today())))
}

/// Start a follow-up of a published round: the same population and weights, its confirmed
/// pairs pinned, its declined pairs forbidden.
#[utoipa::path(
    post,
    path = "/api/v1/rounds/{id}/follow-up",
    tag = "rounds",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The round's id")),
    responses(
        (status = 202, body = RoundView),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such round, or not one the token's user runs", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The round is not published yet", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn follow_up_round(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
) -> Result<(StatusCode, Json<RoundView>), ApiError> {
    let record = state.app.follow_up_round(&actor, id).await?;
    Ok((StatusCode::ACCEPTED, Json(round_view(&record, state.app.today()))))
}

/// The proposals the token's user answers: as a mentor, and for the firms they own.
#[utoipa::path(
    get,
    path = "/api/v1/proposals",
    tag = "rounds",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<ProposalView>),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn my_proposals(
    State(state): State<AppState>,
    Caller(actor): Caller,
) -> Result<Json<Vec<ProposalView>>, ApiError> {
    Ok(Json(state.app.my_proposals(&actor).await?.iter().map(proposal_view).collect()))
}

/// An answer to a proposal.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct AnswerInput {
    pub accept: bool,
}

/// Accept or decline a proposal: as its mentor, or for the firm as its owner, once, by the
/// deadline.
#[utoipa::path(
    post,
    path = "/api/v1/rounds/{id}/proposals/{firm_id}/answer",
    tag = "rounds",
    security(("bearer" = [])),
    params(
        ("id" = Uuid, Path, description = "The round's id"),
        ("firm_id" = Uuid, Path, description = "The firm's id"),
    ),
    request_body = AnswerInput,
    responses(
        (status = 200, body = ProposalView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such proposal, or not one the token's user answers", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The deadline has passed, or this side has answered already", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn answer_proposal(
    State(state): State<AppState>,
    Writer(actor): Writer,
    Path((id, firm_id)): Path<(String, String)>,
    JsonBody(body): JsonBody,
) -> Result<Json<ProposalView>, ApiError> {
    let (id, firm_id) = pair_path(&id, &firm_id)?;
    let accept = read_body(body, |fields| fields.required("accept", boolean()))?;
    let record = state.app.answer_proposal(&actor, id, firm_id, accept).await?;
    Ok(Json(proposal_view(&record)))
}

/// A mentoring session as it is logged.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct SessionInput {
    /// YYYY-MM-DD: the day it was held, today at the latest; one session a day per pair.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub held_on: String,
    /// How long it lasted, 10 to 480 minutes.
    #[schema(minimum = 10, maximum = 480)]
    pub minutes: u16,
    /// How it was held.
    #[schema(value_type = String, pattern = r"^\s*(in_person|phone|video)\s*$")]
    pub mode: String,
    #[schema(schema_with = crate::api::mentors::topics_schema)]
    pub topics: Option<Vec<String>>,
    /// The next steps agreed.
    #[schema(schema_with = crate::api::opportunities::description_schema)]
    pub next_steps: Option<String>,
}

/// A logged session, with the mentee's word once given.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionView {
    pub id: Uuid,
    pub round_id: Uuid,
    pub firm_id: Uuid,
    pub mentor_id: Uuid,
    #[schema(format = Date)]
    pub held_on: String,
    pub minutes: u16,
    /// `in_person`, `phone` or `video`.
    pub mode: String,
    pub topics: Vec<String>,
    pub next_steps: Option<String>,
    /// Whether the mentee says it took place; absent until they say.
    pub confirmed: Option<bool>,
    /// The mentee's rating, 1 to 5.
    pub rating: Option<u8>,
    pub version: u64,
}

fn session_view(s: &mitra_domain::mentoring::MentoringSession) -> SessionView {
    SessionView {
        id: s.id,
        round_id: s.round_id,
        firm_id: s.firm_id,
        mentor_id: s.mentor_id,
        held_on: s.log.held_on.to_string(),
        minutes: s.log.minutes,
        mode: s.log.mode.as_str().to_owned(),
        topics: s.log.topics.iter().map(ToString::to_string).collect(),
        next_steps: s.log.next_steps.as_ref().map(ToString::to_string),
        confirmed: s.mentee.map(|w| w.confirmed),
        rating: s.mentee.and_then(|w| w.rating),
        version: s.version,
    }
}

fn pair_path(id: &str, firm_id: &str) -> Result<(Uuid, Uuid), ApiError> {
    let parse = |field: &str, raw: &str| {
        raw.parse::<Uuid>().map_err(|_| ApiError::field(field.to_owned(), "must be a UUID"))
    };
    Ok((parse("id", id)?, parse("firm_id", firm_id)?))
}

/// A pair's logged sessions, the latest first: for its mentor, the firm's owners and those who
/// run the programme.
#[utoipa::path(
    get,
    path = "/api/v1/rounds/{id}/proposals/{firm_id}/sessions",
    tag = "rounds",
    security(("bearer" = [])),
    params(
        ("id" = Uuid, Path, description = "The round's id"),
        ("firm_id" = Uuid, Path, description = "The firm's id"),
    ),
    responses(
        (status = 200, body = Vec<SessionView>),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such pair, or not one the token's user may see", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_sessions(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path((id, firm_id)): Path<(String, String)>,
) -> Result<Json<Vec<SessionView>>, ApiError> {
    let (id, firm_id) = pair_path(&id, &firm_id)?;
    Ok(Json(state.app.pair_sessions(&actor, id, firm_id).await?.iter().map(session_view).collect()))
}

/// Log a session of a pair both sides accepted: by its mentor, once a day, held by today.
#[utoipa::path(
    post,
    path = "/api/v1/rounds/{id}/proposals/{firm_id}/sessions",
    tag = "rounds",
    security(("bearer" = [])),
    params(
        ("id" = Uuid, Path, description = "The round's id"),
        ("firm_id" = Uuid, Path, description = "The firm's id"),
    ),
    request_body = SessionInput,
    responses(
        (status = 201, body = SessionView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such pair, or not the token's user's as its mentor", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields are invalid (a day to come, a day that has a session of the pair already), or the pair is not confirmed; nothing was stored", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn log_session(
    State(state): State<AppState>,
    Writer(actor): Writer,
    Path((id, firm_id)): Path<(String, String)>,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, Json<SessionView>), ApiError> {
    let (id, firm_id) = pair_path(&id, &firm_id)?;
    let log = read_body(body, |fields| {
        let held_on = fields.required("held_on", date());
        let minutes = fields.required("minutes", count(u32::from(mitra_domain::mentoring::LONGEST_SESSION)));
        let mode = fields.required(
            "mode",
            string(|s: &str| mitra_domain::mentoring::SessionMode::parse(s).ok_or(DomainProblem::NotInList)),
        );
        let topics = fields.optional(
            "topics",
            list(mitra_domain::mentor::MOST_TOPICS, || string(mitra_domain::mentor::Topic::parse)),
        );
        let next_steps = fields.optional("next_steps", string(mitra_domain::text::Description::parse));
        Some(mitra_domain::mentoring::SessionLog {
            held_on: held_on?,
            minutes: u16::try_from(minutes?).ok()?,
            mode: mode?,
            topics: topics?.unwrap_or_default(),
            next_steps: next_steps?,
        })
    })?;
    let session = state.app.log_session(&actor, id, firm_id, log).await?;
    Ok((StatusCode::CREATED, Json(session_view(&session))))
}

/// The mentee's word on a session.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct ConfirmInput {
    /// Whether the session took place as logged.
    pub confirmed: bool,
    /// 1 (not useful) to 5 (very useful); only for a session that took place.
    #[schema(minimum = 1, maximum = 5)]
    pub rating: Option<u8>,
}

/// Confirm a session or say it did not take place, with a rating: by the firm's owner, once.
#[utoipa::path(
    post,
    path = "/api/v1/sessions/{id}/confirm",
    tag = "rounds",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The session's id")),
    request_body = ConfirmInput,
    responses(
        (status = 200, body = SessionView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such session, or not of a firm the token's user owns", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Already confirmed or denied, or a rating of a session that did not take place", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn confirm_session(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<Json<SessionView>, ApiError> {
    let word = read_body(body, |fields| {
        let confirmed = fields.required("confirmed", boolean());
        let rating = fields.optional("rating", count(5));
        Some(mitra_domain::mentoring::MenteeWord { confirmed: confirmed?, rating: rating?.map(|r| r as u8) })
    })?;
    let session = state.app.confirm_session(&actor, id, word).await?;
    Ok(Json(session_view(&session)))
}
