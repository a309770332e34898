//! The rule-set editor: an opportunity's eligibility criteria written in CEL, checked as they
//! are typed (a small script re-checks the form a moment after each change; without it, the
//! Check button does the same) and tried on a firm before a new version is saved.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::{AppError, ApplicationFilter};
use mitra_domain::{Invalid, Language, Problem, Text};
use mitra_eligibility::{Criterion, RuleSetDraft};
use uuid::Uuid;

use crate::AppState;
use crate::web::eligibility::EligibilityBlock;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::{bad_address, error_page, path_id, render};

const LANGUAGES: [&str; 5] = ["en", "fr", "es", "id", "hi"];
/// Empty rows the form offers after the criteria it has.
const SPARE_ROWS: usize = 2;

struct Row {
    index: usize,
    key: String,
    expression: String,
    labels: Vec<(&'static str, String)>,
}

impl Row {
    fn empty(index: usize) -> Self {
        Row {
            index,
            key: String::new(),
            expression: String::new(),
            labels: LANGUAGES.iter().map(|l| (*l, String::new())).collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "rules.html")]
struct RulesPage {
    layout: Layout,
    id: String,
    title: String,
    applies_from: String,
    rows: Vec<Row>,
    firms: Vec<(String, String)>,
    firm: String,
    errors: FieldErrors,
    /// Every problem as a line, for the check panel.
    problem_lines: Vec<String>,
    checked: bool,
    trial: Option<EligibilityBlock>,
}

fn rows_of(criteria: &[Criterion]) -> Vec<Row> {
    let mut rows: Vec<Row> = criteria
        .iter()
        .enumerate()
        .map(|(index, c)| Row {
            index,
            key: c.key.to_string(),
            expression: c.expression.clone(),
            labels: LANGUAGES
                .iter()
                .map(|code| {
                    let text = c.labels.iter().find(|(l, _)| l.code() == *code).map(|(_, t)| t.to_string());
                    (*code, text.unwrap_or_default())
                })
                .collect(),
        })
        .collect();
    let wanted = rows.len() + SPARE_ROWS;
    while rows.len() < wanted {
        rows.push(Row::empty(rows.len()));
    }
    rows
}

/// The firms the editor may try the rules on: the opportunity's applicants.
async fn firms(state: &AppState, viewer: &Viewer, opportunity_id: Uuid) -> Vec<(String, String)> {
    let filter = ApplicationFilter { opportunity_id: Some(opportunity_id), ..ApplicationFilter::default() };
    match state.app.applications(&viewer.actor, &filter, None, 200).await {
        Ok(listed) => {
            listed.items.iter().map(|r| (r.application.msme_id.to_string(), r.msme_name.clone())).collect()
        }
        Err(_) => vec![],
    }
}

/// `/opportunities/{id}/rules`: the editor, filled with the latest version.
pub(super) async fn form(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let (record, viewer) = match super::opportunity_to_edit(&state, viewer, id).await {
        Ok(found) => found,
        Err(refusal) => return refusal,
    };
    let versions = match state.app.rule_sets(&viewer.actor, id).await {
        Ok(versions) => versions,
        Err(error) => return error_page(viewer.layout, error),
    };
    let latest = versions.last();
    let firms = firms(&state, &viewer, id).await;
    render(
        StatusCode::OK,
        &RulesPage {
            id: id.to_string(),
            title: record.opportunity.details.title.to_string(),
            applies_from: state.app.today().to_string(),
            rows: rows_of(latest.map_or(&[][..], |v| &v.criteria)),
            firms,
            firm: String::new(),
            errors: FieldErrors::default(),
            problem_lines: vec![],
            checked: false,
            trial: None,
            layout: viewer.layout,
        },
    )
}

/// The form read into a draft, with what cannot even be read (a key too long) as problems.
fn read(form: &CheckedForm, problems: &mut Vec<Invalid>) -> (RuleSetDraft, Vec<Row>) {
    let applies_from = form
        .get("applies_from")
        .parse::<jiff::civil::Date>()
        .map_err(|_| problems.push(Invalid::new("applies_from", Problem::NotADate)))
        .unwrap_or(jiff::civil::Date::MIN);
    let mut criteria = Vec::new();
    let mut rows = Vec::new();
    for index in 0..=mitra_eligibility::MAX_CRITERIA {
        let field = |name: &str| form.get(&format!("criteria[{index}].{name}"));
        let labels: Vec<(&'static str, String)> = LANGUAGES.iter().map(|code| (*code, field(code))).collect();
        let (key, expression) = (field("key"), field("expression"));
        if key.trim().is_empty()
            && expression.trim().is_empty()
            && labels.iter().all(|(_, t)| t.trim().is_empty())
        {
            continue;
        }
        let position = criteria.len();
        let named = |name: &str| format!("criteria[{position}].{name}");
        let parsed_key =
            Text::<40>::parse(&key).map_err(|e| problems.push(Invalid::new(named("key"), e))).ok();
        let mut parsed = BTreeMap::new();
        for (code, text) in &labels {
            if text.trim().is_empty() {
                continue;
            }
            match Text::<300>::parse(text) {
                Ok(label) => {
                    parsed.insert(Language::parse(code).expect("ISO 639-1"), label);
                }
                Err(e) => problems.push(Invalid::new(named(&format!("labels.{code}")), e)),
            }
        }
        criteria.push(Criterion {
            key: parsed_key
                .unwrap_or_else(|| Text::parse(&format!("criterion-{}", position + 1)).expect("short")),
            labels: parsed,
            expression: expression.clone(),
        });
        rows.push(Row { index: position, key, expression, labels });
    }
    rows.push(Row::empty(rows.len()));
    (RuleSetDraft { applies_from, criteria }, rows)
}

/// Checks (and tries) or saves what the form holds.
pub(super) async fn submit(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = path_id(raw) else { return bad_address(viewer.layout) };
    let mut problems = Vec::new();
    let (draft, rows) = read(&form, &mut problems);
    let firm = form.get("firm").parse::<Uuid>().ok();
    if form.get("action") == "save" && problems.is_empty() {
        match state.app.save_rule_set(&viewer.actor, id, draft.clone()).await {
            Ok(_) => return Redirect::to(&format!("/opportunities/{id}#rules-heading")).into_response(),
            Err(AppError::Invalid(found)) => problems = found,
            Err(error) => return error_page(viewer.layout, error),
        }
    }
    let trial = match state.app.try_rule_set(&viewer.actor, id, draft, firm).await {
        Ok(trial) => trial,
        Err(error) => return error_page(viewer.layout, error),
    };
    if problems.is_empty() {
        problems = trial.problems.clone();
    }
    let layout = &viewer.layout;
    let problem_lines = problems
        .iter()
        .map(|p| {
            let place = p
                .field
                .strip_prefix("criteria[")
                .and_then(|rest| rest.split_once(']'))
                .and_then(|(n, _)| n.parse::<usize>().ok())
                .map(|n| layout.t1("rules-criterion", "number", n + 1));
            match place {
                Some(place) => format!("{place}: {}", layout.problem(&p.problem)),
                None => layout.problem(&p.problem),
            }
        })
        .collect();
    let block = trial.tried.as_ref().and_then(|(name, eligibility)| {
        firm.and_then(|firm| super::eligibility::block(layout, name, firm, eligibility))
    });
    let status = if problems.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let firms = firms(&state, &viewer, id).await;
    render(
        status,
        &RulesPage {
            id: id.to_string(),
            title: trial.opportunity.opportunity.details.title.to_string(),
            applies_from: form.get("applies_from"),
            rows,
            firms,
            firm: form.get("firm"),
            errors: FieldErrors::new(problems, &viewer.layout.locale),
            problem_lines,
            checked: true,
            trial: block,
            layout: viewer.layout,
        },
    )
}
