//! `/api/v1/opportunities/{id}/rules` and `/eligibility`: an opportunity's eligibility rules,
//! versioned, and applicants judged against them, criterion by criterion.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use mitra_app::{Eligibility, PopulationEligibility};
use mitra_domain::{Language, Text};
use mitra_eligibility::{Criterion, RuleSet, RuleSetDraft, Shown, Verdict};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::api::MoneyDto;
use crate::error::{ApiError, Problem};
use crate::extract::{Caller, Writer};
use crate::input::{JsonBody, PathId, date, list, object, read_body, string};
use crate::query::organization_query;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_rule_sets, save_rule_set))
        .routes(routes!(check_profile))
        .routes(routes!(check_organization))
        .routes(routes!(check_population))
}

/// A version of an opportunity's rules as it is sent.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleSetInput {
    /// YYYY-MM-DD: applications made on this date or later are judged by this version, until
    /// a later version applies.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub applies_from: String,
    /// 1 to 30 criteria, each with a key of its own.
    #[schema(min_items = 1, max_items = 30)]
    pub criteria: Vec<CriterionDto>,
}

/// One criterion: a CEL expression over the applicant's fields that gives true or false.
///
/// Fields: `kind`, `country`, `region`, `legal_form`, `founded_on` (date), `years_in_operation`,
/// `operating_status`, `industry`, `isic_section`, `size_class`, `employees`, `turnover`,
/// `investment`, `balance_sheet_total` (money), `women_led`, `youth_led`, `veteran_led`,
/// `application_date` (date), and `figures[YEAR].payroll`, `.non_deferrable_expenses`,
/// `.turnover` (money), `.employees`. Literals: `date("2020-03-01")`, `money(20000, "CAD")` in
/// the opportunity's currency. Operators: `== != < <= > >=`, `in [..]`, `!`, `&&`, `||`,
/// `text.startsWith("..")`.
#[derive(Debug, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CriterionDto {
    /// Stays the same across versions, such as `in-canada`.
    #[schema(schema_with = key_schema)]
    pub key: String,
    pub labels: LabelsDto,
    /// Checked when saved: see the criterion's description.
    #[schema(max_length = 2000, example = "figures[2019].payroll > money(20000, \"CAD\")")]
    pub expression: String,
}

/// What the criterion asks, in Mitra's five languages; English is required.
#[derive(Debug, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelsDto {
    #[schema(schema_with = label_schema)]
    pub en: String,
    #[schema(schema_with = optional_label_schema)]
    pub fr: Option<String>,
    #[schema(schema_with = optional_label_schema)]
    pub es: Option<String>,
    #[schema(schema_with = optional_label_schema)]
    pub id: Option<String>,
    #[schema(schema_with = optional_label_schema)]
    pub hi: Option<String>,
}

fn key_schema() -> utoipa::openapi::Object {
    crate::api::text_schema(
        Text::<40>::parse,
        "1 to 40 characters once trimmed, without control characters",
        false,
    )
}

fn label_schema() -> utoipa::openapi::Object {
    crate::api::text_schema(
        Text::<300>::parse,
        "1 to 300 characters once trimmed, without control characters",
        false,
    )
}

fn optional_label_schema() -> utoipa::openapi::Object {
    crate::api::text_schema(
        Text::<300>::parse,
        "1 to 300 characters once trimmed, without control characters",
        true,
    )
}

const LABEL_LANGUAGES: [&str; 5] = ["en", "fr", "es", "id", "hi"];

impl LabelsDto {
    pub(crate) fn of(labels: &BTreeMap<Language, Text<300>>) -> Self {
        let label =
            |code: &str| labels.iter().find(|(l, _)| l.code() == code).map(|(_, text)| text.to_string());
        Self {
            en: label("en").unwrap_or_default(),
            fr: label("fr"),
            es: label("es"),
            id: label("id"),
            hi: label("hi"),
        }
    }
}

impl From<&Criterion> for CriterionDto {
    fn from(criterion: &Criterion) -> Self {
        Self {
            key: criterion.key.to_string(),
            labels: LabelsDto::of(&criterion.labels),
            expression: criterion.expression.clone(),
        }
    }
}

/// A stored version of an opportunity's rules.
#[derive(Debug, Serialize, ToSchema)]
pub struct RuleSetView {
    /// 1 for the first version, then one more for each.
    pub version: u32,
    #[schema(format = Date)]
    pub applies_from: String,
    pub saved_at: String,
    pub criteria: Vec<CriterionDto>,
}

impl From<&RuleSet> for RuleSetView {
    fn from(set: &RuleSet) -> Self {
        Self {
            version: set.version,
            applies_from: set.applies_from.to_string(),
            saved_at: set.saved_at.to_string(),
            criteria: set.criteria.iter().map(CriterionDto::from).collect(),
        }
    }
}

/// An applicant judged against the rules in force on the application date.
#[derive(Debug, Serialize, ToSchema)]
pub struct EligibilityView {
    pub opportunity_id: uuid::Uuid,
    /// The application date the rules were read on.
    #[schema(format = Date)]
    pub on: String,
    /// The version that judged; null when no version applies on that date (no rules: eligible).
    pub version: Option<u32>,
    /// `pass` when every criterion passes, `fail` when one fails, else `unknown`.
    pub verdict: Verdict,
    pub passed: usize,
    pub criteria: Vec<CriterionVerdictView>,
    /// The fields the profile lacks that the rules need, such as `figures[2019].payroll`.
    pub missing: Vec<String>,
}

/// One criterion's verdict with the values it read.
#[derive(Debug, Serialize, ToSchema)]
pub struct CriterionVerdictView {
    pub key: String,
    /// The English label.
    pub label: String,
    pub verdict: Verdict,
    pub used: Vec<UsedValueView>,
}

/// A field a criterion read.
#[derive(Debug, Serialize, ToSchema)]
pub struct UsedValueView {
    pub field: String,
    /// The value as text (`2015-05-01`, `6`, `true`, `CA`); null when the profile lacks it.
    pub value: Option<String>,
    /// For money, the amount and its currency.
    pub money: Option<MoneyDto>,
}

impl EligibilityView {
    fn of(eligibility: &Eligibility) -> Self {
        let rules = eligibility.rule_set.as_ref();
        let criteria = match (rules, &eligibility.evaluation) {
            (Some(rules), Some(evaluation)) => rules
                .criteria
                .iter()
                .zip(&evaluation.outcomes)
                .map(|(criterion, outcome)| CriterionVerdictView {
                    key: criterion.key.to_string(),
                    label: criterion.label("en").0.to_owned(),
                    verdict: outcome.verdict,
                    used: outcome
                        .used
                        .iter()
                        .map(|(field, value)| UsedValueView {
                            field: field.path(),
                            value: value.as_ref().map(shown_text),
                            money: match value {
                                Some(Shown::Money(m)) => Some(MoneyDto::from(m)),
                                _ => None,
                            },
                        })
                        .collect(),
                })
                .collect(),
            _ => vec![],
        };
        Self {
            opportunity_id: eligibility.opportunity.opportunity.id,
            on: eligibility.on.to_string(),
            version: rules.map(|r| r.version),
            verdict: eligibility.verdict(),
            passed: eligibility.evaluation.as_ref().map_or(0, |e| e.passed()),
            criteria,
            missing: eligibility
                .evaluation
                .as_ref()
                .map(|e| e.missing().iter().map(|f| f.path()).collect())
                .unwrap_or_default(),
        }
    }
}

fn shown_text(shown: &Shown) -> String {
    match shown {
        Shown::Bool(b) => b.to_string(),
        Shown::Number(n) => n.to_string(),
        Shown::Money(m) => m.to_string(),
        Shown::Date(d) => d.to_string(),
        Shown::Text(t) => t.clone(),
    }
}

/// A population judged against the rules in force today.
#[derive(Debug, Serialize, ToSchema)]
pub struct PopulationView {
    #[schema(format = Date)]
    pub on: String,
    pub version: Option<u32>,
    /// Live MSMEs judged.
    pub judged: usize,
    pub pass: usize,
    pub fail: usize,
    pub unknown: usize,
    pub criteria: Vec<CriterionCountsView>,
}

/// How many firms passed, failed and lacked a figure for one criterion.
#[derive(Debug, Serialize, ToSchema)]
pub struct CriterionCountsView {
    pub key: String,
    pub pass: usize,
    pub fail: usize,
    pub unknown: usize,
}

/// Labels in the five languages, English required: `{"en": "…", "fr": "…"}`.
pub(crate) fn labels() -> impl crate::input::Parse<BTreeMap<Language, Text<300>>> {
    object(|labels| {
        let mut read = BTreeMap::new();
        for code in LABEL_LANGUAGES {
            let parse = string(Text::<300>::parse);
            let text = if code == "en" {
                labels.required(code, parse).map(Some)
            } else {
                labels.optional(code, parse)
            };
            if let Some(text) = text? {
                read.insert(Language::parse(code).expect("ISO 639-1"), text);
            }
        }
        Some(read)
    })
}

fn read_rule_set(body: serde_json::Value) -> Result<RuleSetDraft, ApiError> {
    read_body(body, |fields| {
        let applies_from = fields.required("applies_from", date());
        let criteria = fields.required(
            "criteria",
            list(mitra_eligibility::MAX_CRITERIA, || {
                object(|f| {
                    let key = f.required("key", string(Text::<40>::parse));
                    let labels = f.required("labels", labels());
                    let expression = f.required(
                        "expression",
                        string(|s: &str| {
                            if s.chars().count() > mitra_eligibility::compile::MAX_EXPRESSION {
                                Err(mitra_domain::Problem::AtMost {
                                    max: format!("{} characters", mitra_eligibility::compile::MAX_EXPRESSION),
                                })
                            } else {
                                Ok(s.to_owned())
                            }
                        }),
                    );
                    Some(Criterion { key: key?, labels: labels?, expression: expression? })
                })
            }),
        );
        Some(RuleSetDraft { applies_from: applies_from?, criteria: criteria? })
    })
}

/// Every version of an opportunity's eligibility rules, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/opportunities/{id}/rules",
    tag = "eligibility",
    security((), ("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The opportunity's id")),
    responses(
        (status = 200, body = Vec<RuleSetView>),
        (status = 401, description = "A token was sent that is not live", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_rule_sets(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
) -> Result<Json<Vec<RuleSetView>>, ApiError> {
    let sets = state.app.rule_sets(&actor, id).await?;
    Ok(Json(sets.iter().map(RuleSetView::from).collect()))
}

/// Save a new version of an opportunity's rules. Every criterion is checked: a syntax error, an
/// unknown field, money compared with a number or with another currency is a 422 naming the
/// criterion (`criteria[2].expression`) and the position, and nothing is saved.
#[utoipa::path(
    post,
    path = "/api/v1/opportunities/{id}/rules",
    tag = "eligibility",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The opportunity's id")),
    request_body = RuleSetInput,
    responses(
        (status = 201, body = RuleSetView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not change this opportunity", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The opportunity is archived", body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn save_rule_set(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, Json<RuleSetView>), ApiError> {
    let draft = read_rule_set(body)?;
    let saved = state.app.save_rule_set(&actor, id, draft).await?;
    Ok((StatusCode::CREATED, Json(RuleSetView::from(&saved))))
}

/// A profile that is not stored, judged: "would a firm like this be eligible?".
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileCheckInput {
    /// An MSME as it is sent to create one.
    pub profile: crate::api::organizations::OrganizationInput,
    /// The application date, YYYY-MM-DD; today when absent.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub on: Option<String>,
}

/// Judge a profile that is not stored against the rules in force on the application date.
#[utoipa::path(
    post,
    path = "/api/v1/opportunities/{id}/eligibility",
    tag = "eligibility",
    security((), ("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The opportunity's id")),
    request_body = ProfileCheckInput,
    responses(
        (status = 200, body = EligibilityView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "A token was sent that is not live", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn check_profile(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
    JsonBody(body): JsonBody,
) -> Result<Json<EligibilityView>, ApiError> {
    let (profile, on) = read_body(body, |fields| {
        let profile = fields.required("profile", object(crate::api::organizations::organization_fields));
        let on = fields.optional("on", date());
        Some((profile?, on?))
    })?;
    let eligibility = match state.app.eligibility_of_profile(&actor, id, profile, on).await {
        // The profile's problems are named where it sits in the body.
        Err(mitra_app::AppError::Invalid(problems)) => {
            return Err(ApiError::from(mitra_app::AppError::Invalid(
                problems
                    .into_iter()
                    .map(|p| mitra_domain::Invalid {
                        field: format!("profile.{}", p.field),
                        problem: p.problem,
                    })
                    .collect(),
            )));
        }
        other => other?,
    };
    Ok(Json(EligibilityView::of(&eligibility)))
}

/// The application date of a check, from the query string.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OnParams {
    /// The application date, YYYY-MM-DD; today when absent.
    #[param(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub on: Option<String>,
}

/// Judge a stored organisation against the rules in force on the application date, for
/// whoever sees it whole (its owners, the agency's staff).
#[utoipa::path(
    get,
    path = "/api/v1/opportunities/{id}/eligibility/{organization_id}",
    tag = "eligibility",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The opportunity's id"),
        ("organization_id" = uuid::Uuid, Path, description = "The organisation's id"),
        OnParams,
    ),
    responses(
        (status = 200, body = EligibilityView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such opportunity, or no organisation the token's user may see", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn check_organization(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path((id, organization_id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Result<Json<EligibilityView>, ApiError> {
    let uuid = |field: &str, raw: &str| {
        raw.parse::<uuid::Uuid>()
            .map_err(|_| ApiError::Invalid(vec![mitra_domain::Invalid::new(field, "must be a UUID")]))
    };
    let (id, organization_id) = (uuid("id", &id)?, uuid("organization_id", &organization_id)?);
    let mut query = crate::input::QueryFields::parse(raw.as_deref())?;
    let on = query.parse_with("on", |s: &str| {
        s.parse::<jiff::civil::Date>().map_err(|_| mitra_domain::Problem::NotADate)
    });
    query.finish()?;
    let eligibility = state.app.eligibility_of(&actor, id, organization_id, on).await?;
    Ok(Json(EligibilityView::of(&eligibility)))
}

/// Judge every live MSME the filters ask for (those of the organisation list; its kind is
/// always MSME, cursor and limit are ignored) against the rules in force today: counts, for
/// the agency's staff.
#[utoipa::path(
    get,
    path = "/api/v1/opportunities/{id}/eligibility/population",
    tag = "eligibility",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The opportunity's id"),
        crate::api::organizations::OrganizationListParams,
    ),
    responses(
        (status = 200, body = PopulationView),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user is not on the agency's staff", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn check_population(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
    RawQuery(raw): RawQuery,
) -> Result<Json<PopulationView>, ApiError> {
    let (query, _) = organization_query(raw.as_deref())?;
    let population: PopulationEligibility =
        state.app.population_eligibility(&actor, id, &query, None).await?;
    Ok(Json(PopulationView {
        on: population.on.to_string(),
        version: population.version,
        judged: population.judged,
        pass: population.pass,
        fail: population.fail,
        unknown: population.unknown,
        criteria: population
            .by_criterion
            .iter()
            .map(|(key, pass, fail, unknown)| CriterionCountsView {
                key: key.clone(),
                pass: *pass,
                fail: *fail,
                unknown: *unknown,
            })
            .collect(),
    }))
}
