//! Applications on the pages: a firm applies from the opportunity's page and follows its
//! application; reviewers work through their queue and score under the rubric (or declare a
//! conflict of interest); approvers see the scores side by side with what is left to give and
//! decide; a partner sets the rubric.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::{AppError, ApplicationDetail, ApplicationFilter, Decision, ReviewInput, Standing};
use mitra_domain::text::Description;
use mitra_domain::{
    ApplicationDraft, ApplicationStatus, Invalid, Language, Opportunity, Problem, Rubric, RubricCriterion,
    Text,
};
use uuid::Uuid;

use crate::AppState;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::{bad_address, error_page, money_field, path_id, render, words};

fn status_text(layout: &Layout, status: ApplicationStatus) -> String {
    layout.t(&words::list_key("application-status", status.as_str()))
}

/// One line of a list of applications.
struct Row {
    id: String,
    firm: String,
    opportunity: String,
    status: String,
    status_class: &'static str,
    amount: String,
    submitted: String,
}

#[derive(Template)]
#[template(path = "applications.html")]
struct ListPage {
    layout: Layout,
    heading: String,
    rows: Vec<Row>,
    next: Option<String>,
    /// The filters as the form shows them.
    status: String,
    statuses: Vec<(String, String)>,
    awaiting: bool,
    without_conflicts: bool,
    opportunity_id: String,
    /// For one opportunity: what it has and has left.
    standing: Vec<(String, String)>,
    staff: bool,
    /// For an administrator on one opportunity's applications: the bulk decision form.
    bulk: bool,
}

fn status_class(status: ApplicationStatus) -> &'static str {
    match status {
        ApplicationStatus::Approved => "pass",
        ApplicationStatus::Rejected | ApplicationStatus::Withdrawn => "fail",
        ApplicationStatus::Waitlisted | ApplicationStatus::Draft => "unknown",
        _ => "",
    }
}

fn standing_facts(layout: &Layout, standing: &Standing) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    if let (Some(seats), Some(left)) = (standing.capacity.seats, standing.seats_left) {
        facts
            .push((layout.t("applications-seats"), layout.t2("applications-of", "left", left, "all", seats)));
    }
    if let (Some(budget), Some(left)) = (&standing.capacity.budget, &standing.money_left) {
        facts.push((
            layout.t("applications-budget"),
            layout.t2("applications-of", "left", layout.money(left), "all", layout.money(budget)),
        ));
    }
    for (status, count) in &standing.counts {
        facts.push((status_text(layout, *status), layout.number(*count)));
    }
    facts
}

/// `/applications`: an owner's applications, or a reviewer's or approver's queue, with
/// filters in the address; for one opportunity, what it has left.
pub(super) async fn list(State(state): State<AppState>, viewer: Viewer, RawQuery(raw): RawQuery) -> Response {
    let Some(person) = viewer.actor.person() else {
        return super::sign_in_redirect(&viewer.layout.path);
    };
    let query: Vec<(String, String)> =
        raw.as_deref().map(|q| serde_urlencoded::from_str(q).unwrap_or_default()).unwrap_or_default();
    let get =
        |name: &str| query.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let owned = person.organizations_as(mitra_domain::Role::MsmeOwner);
    let staff = owned.is_empty() || !get("opportunity_id").is_empty();
    let status = ApplicationStatus::parse(&get("status"));
    let opportunity_id = get("opportunity_id").parse::<Uuid>().ok();
    let mut filter = ApplicationFilter {
        opportunity_id,
        status,
        awaiting_decision: get("awaiting") == "on",
        without_conflict_of: (get("without_conflicts") == "on").then_some(Uuid::nil()),
        ..ApplicationFilter::default()
    };
    let after = get("cursor").parse::<Uuid>().ok();
    let layout = &viewer.layout;
    let mut rows = Vec::new();
    let mut next = None;
    let mut standing = Vec::new();
    let mut heading = layout.t("applications-heading");
    let push = |listed: mitra_domain::Listed<mitra_app::ApplicationRecord>, rows: &mut Vec<Row>| {
        for record in listed.items {
            let a = &record.application;
            rows.push(Row {
                id: a.id.to_string(),
                firm: record.msme_name.clone(),
                opportunity: record.opportunity.details.title.to_string(),
                status: status_text(layout, a.status),
                status_class: status_class(a.status),
                amount: a.details.amount.as_ref().map(|m| layout.money(m)).unwrap_or_default(),
                submitted: a.submitted_on.map(|d| layout.date(&d)).unwrap_or_default(),
            });
        }
        listed.next
    };
    if staff {
        if let Some(id) = opportunity_id {
            match state.app.standing(&viewer.actor, id).await {
                Ok(s) => standing = standing_facts(layout, &s),
                Err(error) => return error_page(viewer.layout, error),
            }
            if let Ok((record, _)) = state.app.opportunity_with_partner(&viewer.actor, id).await {
                heading = layout.t1("applications-heading-for", "title", &record.opportunity.details.title);
            }
        }
        match state.app.applications(&viewer.actor, &filter, after, 50).await {
            Ok(listed) => next = push(listed, &mut rows),
            Err(error) => return error_page(viewer.layout, error),
        }
    } else {
        heading = layout.t("applications-heading-own");
        for msme_id in owned {
            filter.msme_id = Some(msme_id);
            match state.app.applications(&viewer.actor, &filter, None, 200).await {
                Ok(listed) => {
                    push(listed, &mut rows);
                }
                Err(error) => return error_page(viewer.layout, error),
            }
        }
    }
    let next = next.map(|cursor| {
        let mut q: Vec<(String, String)> = query.iter().filter(|(k, _)| k != "cursor").cloned().collect();
        q.push(("cursor".into(), cursor.to_string()));
        format!("/applications?{}", serde_urlencoded::to_string(q).unwrap_or_default())
    });
    let statuses =
        ApplicationStatus::ALL.iter().map(|s| (s.as_str().to_owned(), status_text(layout, *s))).collect();
    render(
        StatusCode::OK,
        &ListPage {
            heading,
            rows,
            next,
            status: status.map(|s| s.as_str().to_owned()).unwrap_or_default(),
            statuses,
            awaiting: filter.awaiting_decision,
            without_conflicts: filter.without_conflict_of.is_some(),
            opportunity_id: opportunity_id.map(|id| id.to_string()).unwrap_or_default(),
            standing,
            staff,
            bulk: opportunity_id.is_some() && state.app.may_decide_in_bulk(&viewer.actor),
            layout: viewer.layout,
        },
    )
}

struct StepRow {
    at: String,
    status: String,
}

struct ReviewRow {
    reviewer: String,
    conflict: bool,
    scores: Vec<String>,
    weighted: String,
    comment: String,
}

struct ScoreField {
    key: String,
    label: String,
    weight: u8,
    error: Option<String>,
}

struct CriterionLine {
    label: String,
    lang: Option<String>,
    state: &'static str,
    text: String,
}

#[derive(Template)]
#[template(path = "application.html")]
struct DetailPage {
    layout: Layout,
    id: String,
    firm: String,
    firm_id: String,
    opportunity: String,
    opportunity_id: String,
    status: String,
    status_class: &'static str,
    facts: Vec<(String, String)>,
    statement: String,
    screening: Vec<CriterionLine>,
    screening_summary: String,
    history: Vec<StepRow>,
    reviews: Vec<ReviewRow>,
    rubric_heads: Vec<String>,
    score_fields: Vec<ScoreField>,
    scale: Vec<u8>,
    standing: Vec<(String, String)>,
    /// For an approved relief loan: its schedule, and the date that matters next.
    loan: Vec<(String, String)>,
    loan_next: String,
    may_submit: bool,
    may_withdraw: bool,
    may_review: bool,
    may_decide: bool,
    staff: bool,
    errors: FieldErrors,
}

/// The schedule of an approved relief loan of `borrowed` under `terms`, assuming nothing is
/// repaid yet, and what the firm must do next as of `today`.
fn loan_schedule(
    layout: &Layout,
    terms: &mitra_domain::relief::ReliefLoanTerms,
    borrowed: mitra_domain::Money,
    today: jiff::civil::Date,
) -> (Vec<(String, String)>, String) {
    let forgivable = terms.forgivable(borrowed);
    let to_repay = borrowed.checked_sub(&forgivable).unwrap_or(borrowed);
    let interest = terms.yearly_interest(borrowed);
    let mut facts = vec![
        (layout.t("loan-borrowed"), layout.money(&borrowed)),
        (layout.t("loan-forgivable"), layout.money(&forgivable)),
        (layout.t("loan-to-repay"), layout.money(&to_repay)),
        (layout.t("loan-repay-by"), layout.date(&terms.repay_by)),
    ];
    if let (Some(later), Some(filed_by)) = (terms.refinanced_repay_by, terms.refinancing_filed_by) {
        facts.push((
            layout.t("loan-refinanced"),
            layout.t2("loan-refinanced-text", "date", layout.date(&later), "filed", layout.date(&filed_by)),
        ));
    }
    facts.push((
        layout.t("loan-otherwise"),
        layout.t2("loan-term", "interest", layout.money(&interest), "due", layout.date(&terms.term_due)),
    ));
    let next = match (terms.refinancing_filed_by, terms.refinanced_repay_by) {
        (Some(filed_by), Some(_)) if today <= filed_by && today <= terms.repay_by => layout.t2(
            "loan-next-repay",
            "amount",
            layout.money(&to_repay),
            "date",
            layout.date(&terms.repay_by),
        ),
        (Some(_), Some(later)) if today <= later => {
            layout.t2("loan-next-refinanced", "amount", layout.money(&to_repay), "date", layout.date(&later))
        }
        _ if today <= terms.repay_by => layout.t2(
            "loan-next-repay",
            "amount",
            layout.money(&to_repay),
            "date",
            layout.date(&terms.repay_by),
        ),
        _ if today <= terms.term_due => layout.t2(
            "loan-next-term",
            "interest",
            layout.money(&interest),
            "due",
            layout.date(&terms.term_due),
        ),
        _ => layout.t1("loan-next-past", "due", layout.date(&terms.term_due)),
    };
    (facts, next)
}

fn detail_page(
    layout: Layout,
    detail: &ApplicationDetail,
    errors: FieldErrors,
    today: jiff::civil::Date,
) -> DetailPage {
    let record = &detail.record;
    let a = &record.application;
    let (loan, loan_next) = match (&record.opportunity.details.relief_loan, a.details.amount) {
        (Some(terms), Some(borrowed)) if a.status == ApplicationStatus::Approved => {
            loan_schedule(&layout, terms, borrowed, today)
        }
        _ => (vec![], String::new()),
    };
    let mut facts = Vec::new();
    if let Some(amount) = &a.details.amount {
        facts.push((layout.t("applications-amount"), layout.money(amount)));
    }
    if let Some(on) = a.submitted_on {
        facts.push((layout.t("applications-submitted-on"), layout.date(&on)));
    }
    if let Some(position) = detail.waitlist_position {
        facts.push((layout.t("applications-waitlist-position"), layout.number(position)));
    }
    let mut screening = Vec::new();
    let mut screening_summary = String::new();
    if let Some(s) = &a.screening {
        screening_summary = match (&detail.rule_set, s.passed()) {
            (None, _) => layout.t("applications-screening-no-rules"),
            (Some(rules), true) => layout.t1("applications-screening-passed", "version", rules.version),
            (Some(rules), false) => layout.t1("applications-screening-failed", "version", rules.version),
        };
        if let Some(rules) = &detail.rule_set {
            for criterion in &rules.criteria {
                let key = criterion.key.as_str();
                let (state, text) = if s.failed.iter().any(|k| k == key) {
                    ("fail", layout.t("eligibility-not-met"))
                } else if s.unknown.iter().any(|k| k == key) {
                    ("unknown", layout.t("eligibility-unknown"))
                } else {
                    ("pass", layout.t("eligibility-met"))
                };
                let (label, lang) = criterion.label(layout.lang());
                screening.push(CriterionLine {
                    label: label.to_owned(),
                    lang: (lang.code() != layout.lang()).then(|| lang.code().to_owned()),
                    state,
                    text,
                });
            }
        }
    }
    let history = a
        .history
        .iter()
        .map(|step| StepRow {
            at: super::admin::moment(&layout, step.at, "%H:%M"),
            status: ApplicationStatus::parse(&step.status)
                .map(|s| status_text(&layout, s))
                .unwrap_or_default(),
        })
        .collect();
    let rubric = detail.rubric.as_ref();
    let rubric_heads = rubric
        .map(|r| r.criteria.iter().map(|c| c.label(layout.lang()).to_owned()).collect())
        .unwrap_or_default();
    let reviews = detail
        .reviews
        .iter()
        .map(|r| ReviewRow {
            reviewer: r.reviewer.clone(),
            conflict: r.review.conflict,
            scores: rubric
                .map(|rubric| {
                    rubric
                        .criteria
                        .iter()
                        .map(|c| {
                            r.review.scores.get(c.key.as_str()).map(|s| layout.number(*s)).unwrap_or_default()
                        })
                        .collect()
                })
                .unwrap_or_default(),
            weighted: r.weighted.map(|w| layout.number(w)).unwrap_or_default(),
            comment: r.review.comment.as_ref().map(|c| c.to_string()).unwrap_or_default(),
        })
        .collect();
    let score_fields = rubric
        .map(|rubric| {
            rubric
                .criteria
                .iter()
                .map(|c| ScoreField {
                    key: c.key.to_string(),
                    label: c.label(layout.lang()).to_owned(),
                    weight: c.weight,
                    error: errors.get(&format!("scores.{}", c.key)),
                })
                .collect()
        })
        .unwrap_or_default();
    let scale = rubric.map(|r| (1..=r.scale).collect()).unwrap_or_default();
    let staff = !detail.reviews.is_empty() || detail.may.review || detail.may.decide;
    DetailPage {
        id: a.id.to_string(),
        firm: record.msme_name.clone(),
        firm_id: a.msme_id.to_string(),
        opportunity: record.opportunity.details.title.to_string(),
        opportunity_id: record.opportunity.id.to_string(),
        status: status_text(&layout, a.status),
        status_class: status_class(a.status),
        facts,
        statement: a.details.statement.as_ref().map(|s| s.to_string()).unwrap_or_default(),
        screening,
        screening_summary,
        history,
        reviews,
        rubric_heads,
        score_fields,
        scale,
        standing: standing_facts(&layout, &detail.standing),
        loan,
        loan_next,
        may_submit: detail.may.submit,
        may_withdraw: detail.may.withdraw,
        may_review: detail.may.review && rubric.is_some(),
        may_decide: detail.may.decide,
        staff,
        errors,
        layout,
    }
}

async fn show_detail(
    state: &AppState,
    viewer: Viewer,
    id: Uuid,
    status: StatusCode,
    errors: FieldErrors,
) -> Response {
    match state.app.application(&viewer.actor, id).await {
        Ok(detail) => render(status, &detail_page(viewer.layout, &detail, errors, state.app.today())),
        Err(error) => error_page(viewer.layout, error),
    }
}

/// `/applications/{id}`.
pub(super) async fn detail(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    show_detail(&state, viewer, id, StatusCode::OK, FieldErrors::default()).await
}

/// A step from a button: submit, withdraw, approve, reject.
pub(super) async fn step(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((raw, step)): Path<(String, String)>,
    _form: CheckedForm,
) -> Response {
    let Ok(id) = raw.parse::<Uuid>() else { return bad_address(viewer.layout) };
    let app = &state.app;
    let actor = &viewer.actor;
    let done = match step.as_str() {
        "submit" => app.submit_application(actor, id).await,
        "withdraw" => app.withdraw_application(actor, id).await,
        "approve" => app.decide_application(actor, id, Decision::Approve).await,
        "reject" => app.decide_application(actor, id, Decision::Reject).await,
        _ => return super::not_found_page(viewer.layout),
    };
    match done {
        Ok(_) => Redirect::to(&format!("/applications/{id}")).into_response(),
        Err(error) => error_page(viewer.layout, error),
    }
}

/// A reviewer's scores, or their declared conflict of interest.
pub(super) async fn review(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let mut problems = Vec::new();
    let conflict = form.get("conflict") == "yes";
    let mut scores = std::collections::BTreeMap::new();
    if !conflict {
        for (name, value) in &form.0 {
            if let Some(key) = name.strip_prefix("score.") {
                match value.parse::<u8>() {
                    Ok(score) => {
                        scores.insert(key.to_owned(), score);
                    }
                    Err(_) if value.is_empty() => {}
                    Err(_) => problems.push(Invalid::new(format!("scores.{key}"), Problem::NotWholeNumber)),
                }
            }
        }
    }
    let comment = match form.get("comment").trim() {
        "" => None,
        text => Description::parse(text).map_err(|e| problems.push(Invalid::new("comment", e))).ok(),
    };
    if !problems.is_empty() {
        let errors = FieldErrors::new(problems, &viewer.layout.locale);
        return show_detail(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, errors).await;
    }
    match state.app.review_application(&viewer.actor, id, ReviewInput { conflict, scores, comment }).await {
        Ok(_) => Redirect::to(&format!("/applications/{id}")).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            show_detail(&state, viewer, id, StatusCode::UNPROCESSABLE_ENTITY, errors).await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// What the opportunity's page offers an owner: a form per firm that has not applied, and a
/// link to the application of one that has.
#[derive(Debug)]
pub struct ApplyBlock {
    pub firm: String,
    pub firm_id: String,
    pub application: Option<(String, String)>,
    pub amount_needed: bool,
    pub currency: String,
    pub errors: FieldErrors,
    pub amount: String,
    pub statement: String,
}

/// The apply blocks of the opportunity's page, for the firms the viewer owns (at most three).
pub async fn apply_blocks(state: &AppState, viewer: &Viewer, opportunity: &Opportunity) -> Vec<ApplyBlock> {
    let Some(person) = viewer.actor.person() else { return vec![] };
    let mut blocks = Vec::new();
    let capacity = &opportunity.details.capacity;
    let amount_needed = capacity.budget.is_some() || capacity.max_per_firm.is_some();
    for msme_id in person.organizations_as(mitra_domain::Role::MsmeOwner).into_iter().take(3) {
        let filter = ApplicationFilter {
            opportunity_id: Some(opportunity.id),
            msme_id: Some(msme_id),
            ..ApplicationFilter::default()
        };
        let Ok(listed) = state.app.applications(&viewer.actor, &filter, None, 1).await else { continue };
        let Ok(firm) = state.app.organization(&viewer.actor, msme_id).await else { continue };
        blocks.push(ApplyBlock {
            firm: firm.organization.details.name.to_string(),
            firm_id: msme_id.to_string(),
            application: listed
                .items
                .first()
                .map(|r| (r.application.id.to_string(), status_text(&viewer.layout, r.application.status))),
            amount_needed,
            currency: opportunity.details.currency().code().to_owned(),
            errors: FieldErrors::default(),
            amount: String::new(),
            statement: String::new(),
        });
    }
    blocks
}

/// The apply form of the opportunity's page: saves a draft, or submits at once.
pub(super) async fn apply(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(opportunity_id) = path_id(raw) else { return bad_address(viewer.layout) };
    let Ok(msme_id) = form.get("msme_id").parse::<Uuid>() else { return bad_address(viewer.layout) };
    let mut problems = Vec::new();
    let amount = money_field("amount", &(form.get("amount"), form.get("currency")), &mut problems);
    let statement = match form.get("statement").trim() {
        "" => None,
        text => Description::parse(text).map_err(|e| problems.push(Invalid::new("statement", e))).ok(),
    };
    let typed = (form.get("amount"), form.get("statement"));
    let refused = |state: AppState, viewer: Viewer, problems: Vec<Invalid>| async move {
        super::opportunities::opportunity_with_apply_errors(
            &state,
            viewer,
            opportunity_id,
            msme_id,
            problems,
            typed,
        )
        .await
    };
    if !problems.is_empty() {
        return refused(state, viewer, problems).await;
    }
    let draft = ApplicationDraft { amount, statement };
    let record = match state.app.start_application(&viewer.actor, opportunity_id, msme_id, draft).await {
        Ok(record) => record,
        Err(AppError::Invalid(problems)) => return refused(state, viewer, problems).await,
        Err(error) => return error_page(viewer.layout, error),
    };
    let id = record.application.id;
    if form.get("action") == "submit"
        && let Err(error) = state.app.submit_application(&viewer.actor, id).await
    {
        return error_page(viewer.layout, error);
    }
    Redirect::to(&format!("/applications/{id}")).into_response()
}

struct RubricRow {
    index: usize,
    key: String,
    en: String,
    fr: String,
    es: String,
    id: String,
    hi: String,
    weight: String,
}

#[derive(Template)]
#[template(path = "rubric.html")]
struct RubricPage {
    layout: Layout,
    /// The fields the form shows problems beside.
    shown: Vec<&'static str>,
    id: String,
    title: String,
    rows: Vec<RubricRow>,
    scale: String,
    separate: bool,
    errors: FieldErrors,
    saved: bool,
}

impl RubricRow {
    fn empty(index: usize) -> Self {
        let blank = String::new;
        RubricRow {
            index,
            key: blank(),
            en: blank(),
            fr: blank(),
            es: blank(),
            id: blank(),
            hi: blank(),
            weight: blank(),
        }
    }
}

const RUBRIC_ROWS: usize = 6;
const RUBRIC_FIELDS: [&str; 4] = ["key", "weight", "en", "scale"];

fn rubric_rows(rubric: Option<&Rubric>) -> Vec<RubricRow> {
    let label = |c: &RubricCriterion, code: &str| {
        c.labels.iter().find(|(l, _)| l.code() == code).map(|(_, t)| t.to_string()).unwrap_or_default()
    };
    let mut rows: Vec<RubricRow> = rubric
        .map(|r| {
            r.criteria
                .iter()
                .enumerate()
                .map(|(index, c)| RubricRow {
                    index,
                    key: c.key.to_string(),
                    en: label(c, "en"),
                    fr: label(c, "fr"),
                    es: label(c, "es"),
                    id: label(c, "id"),
                    hi: label(c, "hi"),
                    weight: c.weight.to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    // Room for one more criterion than it has, and at least a few.
    let wanted = RUBRIC_ROWS.max(rows.len() + 1);
    while rows.len() < wanted {
        let index = rows.len();
        rows.push(RubricRow::empty(index));
    }
    rows
}

/// `/opportunities/{id}/rubric`: the rubric editor, for those who change the opportunity.
pub(super) async fn rubric_form(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let (record, viewer) = match super::opportunity_to_edit(&state, viewer, id).await {
        Ok(found) => found,
        Err(refusal) => return refusal,
    };
    let rubric = match state.app.rubric(&viewer.actor, id).await {
        Ok(rubric) => rubric,
        Err(error) => return error_page(viewer.layout, error),
    };
    render(
        StatusCode::OK,
        &RubricPage {
            id: id.to_string(),
            title: record.opportunity.details.title.to_string(),
            rows: rubric_rows(rubric.as_ref()),
            scale: rubric.as_ref().map_or("5".to_owned(), |r| r.scale.to_string()),
            separate: rubric.as_ref().is_none_or(|r| r.separate_approver),
            errors: FieldErrors::default(),
            saved: false,
            shown: RUBRIC_FIELDS.to_vec(),
            layout: viewer.layout,
        },
    )
}

pub(super) async fn save_rubric(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let mut problems = Vec::new();
    let mut criteria = Vec::new();
    let mut rows = Vec::new();
    for index in 0..=mitra_domain::application::MAX_RUBRIC_CRITERIA {
        let field = |name: &str| form.get(&format!("criteria[{index}].{name}"));
        let row = RubricRow {
            index,
            key: field("key"),
            en: field("en"),
            fr: field("fr"),
            es: field("es"),
            id: field("id"),
            hi: field("hi"),
            weight: field("weight"),
        };
        let blank = [&row.key, &row.en, &row.fr, &row.es, &row.id, &row.hi, &row.weight]
            .iter()
            .all(|v| v.trim().is_empty());
        if blank {
            continue;
        }
        let position = criteria.len();
        let mut row = row;
        row.index = position;
        let key = Text::<40>::parse(&row.key)
            .map_err(|e| problems.push(Invalid::new(format!("criteria[{position}].key"), e)))
            .ok();
        let mut labels = std::collections::BTreeMap::new();
        for (code, text) in
            [("en", &row.en), ("fr", &row.fr), ("es", &row.es), ("id", &row.id), ("hi", &row.hi)]
        {
            if text.trim().is_empty() {
                continue;
            }
            match Text::<300>::parse(text) {
                Ok(label) => {
                    labels.insert(Language::parse(code).expect("ISO 639-1"), label);
                }
                Err(e) => problems.push(Invalid::new(format!("criteria[{position}].labels.{code}"), e)),
            }
        }
        let weight = row
            .weight
            .trim()
            .parse::<u8>()
            .map_err(|_| {
                problems.push(Invalid::new(
                    format!("criteria[{position}].weight"),
                    Problem::Between { min: 1, max: 10 },
                ))
            })
            .ok();
        if let (Some(key), Some(weight)) = (key, weight) {
            criteria.push(RubricCriterion { key, labels, weight });
        } else {
            // Keeps the row's place so that later rows are numbered as the person sees them.
            criteria.push(RubricCriterion {
                key: Text::parse("?").expect("one character"),
                labels,
                weight: 1,
            });
        }
        rows.push(row);
    }
    let scale = form.get("scale").trim().parse::<u8>().unwrap_or(0);
    let separate = form.get("separate_approver") == "on";
    let rubric = Rubric { criteria, scale, separate_approver: separate };
    let result = if problems.is_empty() {
        state.app.save_rubric(&viewer.actor, id, rubric).await
    } else {
        Err(AppError::Invalid(problems))
    };
    let (status, errors, saved) = match result {
        Ok(_) => (StatusCode::OK, FieldErrors::default(), true),
        Err(AppError::Invalid(problems)) => {
            (StatusCode::UNPROCESSABLE_ENTITY, FieldErrors::new(problems, &viewer.layout.locale), false)
        }
        Err(error) => return error_page(viewer.layout, error),
    };
    let title = match state.app.opportunity_with_partner(&viewer.actor, id).await {
        Ok((record, _)) => record.opportunity.details.title.to_string(),
        Err(error) => return error_page(viewer.layout, error),
    };
    while rows.len() < RUBRIC_ROWS {
        let index = rows.len();
        rows.push(RubricRow::empty(index));
    }
    render(
        status,
        &RubricPage {
            id: id.to_string(),
            title,
            rows,
            scale: form.get("scale"),
            separate,
            errors,
            saved,
            shown: RUBRIC_FIELDS.to_vec(),
            layout: viewer.layout,
        },
    )
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;
    use mitra_domain::Money;
    use mitra_domain::relief::ReliefLoanTerms;
    use mitra_i18n::Locale;

    use super::*;

    fn layout() -> Layout {
        Layout {
            links: vec![],
            user_name: None,
            csrf: String::new(),
            path: "/".into(),
            locale: Locale::default(),
        }
    }

    #[test]
    fn a_ceba_loan_of_60000_forgives_20000_if_40000_is_repaid_by_the_deadline() {
        let layout = layout();
        let borrowed = Money::parse("60000", "CAD").unwrap();
        let (facts, _) = loan_schedule(&layout, &ReliefLoanTerms::ceba(), borrowed, date(2023, 6, 1));
        let value =
            |key: &str| facts.iter().find(|(k, _)| *k == layout.t(key)).map(|(_, v)| v.clone()).unwrap();
        assert_eq!(value("loan-forgivable"), layout.money(&Money::parse("20000", "CAD").unwrap()));
        assert_eq!(value("loan-to-repay"), layout.money(&Money::parse("40000", "CAD").unwrap()));
        assert_eq!(value("loan-repay-by"), layout.date(&date(2024, 1, 18)));
        // 5% a year of the whole balance once it is a term loan.
        assert!(value("loan-otherwise").contains(&layout.money(&Money::parse("3000", "CAD").unwrap())));
    }

    #[test]
    fn the_date_that_matters_next_follows_the_calendar_of_the_terms() {
        let layout = layout();
        let terms = ReliefLoanTerms::ceba();
        let borrowed = Money::parse("40000", "CAD").unwrap();
        let next = |on| loan_schedule(&layout, &terms, borrowed, on).1;
        let thirty = layout.money(&Money::parse("30000", "CAD").unwrap());
        assert_eq!(
            next(date(2023, 6, 1)),
            layout.t2("loan-next-repay", "amount", &thirty, "date", layout.date(&date(2024, 1, 18)))
        );
        assert_eq!(
            next(date(2024, 1, 18)),
            layout.t2("loan-next-repay", "amount", &thirty, "date", layout.date(&date(2024, 1, 18))),
            "the deadline itself is still in time"
        );
        assert_eq!(
            next(date(2024, 2, 1)),
            layout.t2("loan-next-refinanced", "amount", &thirty, "date", layout.date(&date(2024, 3, 28)))
        );
        let interest = layout.money(&Money::parse("2000", "CAD").unwrap());
        assert_eq!(
            next(date(2025, 1, 1)),
            layout.t2("loan-next-term", "interest", &interest, "due", layout.date(&date(2026, 12, 31)))
        );
        assert_eq!(
            next(date(2027, 1, 1)),
            layout.t1("loan-next-past", "due", layout.date(&date(2026, 12, 31)))
        );
    }
}
