//! The profile editor: every field of an organisation's record in a form, for its own people
//! and the agency, with each problem shown beside the field that caused it, the size class
//! with the rule that gave it (or the figures it still needs), and a save that refuses to
//! overwrite a change someone else made meanwhile.

use askama::Template;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitra_app::{AppError, OrganizationRecord};
use mitra_domain::Problem;
use mitra_domain::{
    Channel, ChannelNote, IndustryCode, Invalid, Language, LegalForm, Money, MsmeProfile, OperatingStatus,
    OrganizationDraft, OrganizationKind, Ownership, PartnerProfile, Text,
};
use mitra_i18n::Arg;

use crate::AppState;
use crate::web::format::{language_choices, size_problem};
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::{bad_address, error_page, render};

/// How many need and offer rows the form shows.
const NOTE_ROWS: usize = 3;

/// How many rows of past years' figures the form shows at least (one more than are filled in).
const YEAR_ROWS: usize = 2;

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    layout: Layout,
    id: String,
    is_msme: bool,
    country: String,
    version: u64,
    v: Values,
    errors: FieldErrors,
    stale: bool,
    /// The size class with its rule, or why it is not known; empty when there is nothing to say.
    size: String,
    languages: Vec<(String, String)>,
    /// The ISIC classes to choose the industry from (code, official title).
    isic_classes: Vec<(&'static str, &'static str)>,
    legal_forms: Vec<LegalForm>,
    statuses: Vec<OperatingStatus>,
    currencies: Vec<&'static str>,
    channels: Vec<Channel>,
}

/// The form's values as text, to put back into the fields.
#[derive(Debug, Clone, Default)]
struct Values {
    name: String,
    region: String,
    description: String,
    languages: Vec<String>,
    legal_form: String,
    registration_number: String,
    founded_on: String,
    industry_code: String,
    employees: String,
    turnover: (String, String),
    investment: (String, String),
    balance_sheet: (String, String),
    women_led: bool,
    youth_led: bool,
    veteran_led: bool,
    operating_status: String,
    needs: Vec<(String, String)>,
    offers: Vec<(String, String)>,
    years: Vec<YearValues>,
}

/// One row of past years' figures as text; the amounts share the row's currency.
#[derive(Debug, Clone, Default)]
struct YearValues {
    year: String,
    payroll: String,
    expenses: String,
    turnover: String,
    employees: String,
    currency: String,
}

fn years_text(figures: &[mitra_domain::YearFigures], default_currency: &str) -> Vec<YearValues> {
    let amount = |money: &Option<Money>| money.map(|m| m.amount().to_string()).unwrap_or_default();
    let mut rows: Vec<YearValues> = figures
        .iter()
        .map(|f| YearValues {
            year: f.year.to_string(),
            payroll: amount(&f.payroll),
            expenses: amount(&f.non_deferrable_expenses),
            turnover: amount(&f.turnover),
            employees: f.employees.map(|n| n.to_string()).unwrap_or_default(),
            currency: [f.payroll, f.non_deferrable_expenses, f.turnover]
                .iter()
                .flatten()
                .map(|m| m.currency().code().to_owned())
                .next()
                .unwrap_or_else(|| default_currency.to_owned()),
        })
        .collect();
    let wanted = YEAR_ROWS.max(rows.len() + 1);
    while rows.len() < wanted {
        rows.push(YearValues { currency: default_currency.to_owned(), ..YearValues::default() });
    }
    rows
}

fn years_from(v: &[YearValues], problems: &mut Vec<Invalid>) -> Vec<mitra_domain::YearFigures> {
    let mut figures = Vec::new();
    for (i, row) in v.iter().enumerate() {
        let field = |name: &str| format!("msme.figures[{i}].{name}");
        let blank = [&row.year, &row.payroll, &row.expenses, &row.turnover, &row.employees]
            .iter()
            .all(|text| text.trim().is_empty());
        if blank {
            continue;
        }
        let year = match row.year.trim().parse::<i16>() {
            Ok(year) => Some(year),
            Err(_) if row.year.trim().is_empty() => {
                problems.push(Invalid::new(field("year"), Problem::Required));
                None
            }
            Err(_) => {
                problems.push(Invalid::new(field("year"), Problem::NotWholeNumber));
                None
            }
        };
        let money = |name: &str, amount: &String, problems: &mut Vec<Invalid>| {
            super::money_field(&field(name), &(amount.clone(), row.currency.clone()), problems)
        };
        let payroll = money("payroll", &row.payroll, problems);
        let non_deferrable_expenses = money("non_deferrable_expenses", &row.expenses, problems);
        let turnover = money("turnover", &row.turnover, problems);
        let employees = match row.employees.trim() {
            "" => None,
            raw => raw
                .parse::<u32>()
                .map_err(|_| problems.push(Invalid::new(field("employees"), Problem::NotWholeNumber)))
                .ok(),
        };
        if let Some(year) = year {
            figures.push(mitra_domain::YearFigures {
                year,
                payroll,
                non_deferrable_expenses,
                turnover,
                employees,
            });
        }
    }
    figures
}

impl Values {
    fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l == code)
    }
}

fn money_text(money: &Option<Money>, default_currency: &str) -> (String, String) {
    match money {
        Some(m) => (m.amount().to_string(), m.currency().code().to_owned()),
        None => (String::new(), default_currency.to_owned()),
    }
}

fn notes_text(notes: &[ChannelNote]) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> =
        notes.iter().map(|n| (n.channel.as_str().to_owned(), n.description.to_string())).collect();
    while rows.len() < NOTE_ROWS.max(notes.len()) {
        rows.push((String::new(), String::new()));
    }
    rows
}

fn values_of(record: &OrganizationRecord) -> Values {
    let d = &record.organization.details;
    let currency = d.country.currency().code();
    let mut v = Values {
        name: d.name.to_string(),
        region: d.region.as_ref().map(ToString::to_string).unwrap_or_default(),
        description: d.description.as_ref().map(ToString::to_string).unwrap_or_default(),
        languages: d.languages.iter().map(ToString::to_string).collect(),
        ..Default::default()
    };
    match (&d.msme, &d.partner) {
        (Some(m), _) => {
            v.legal_form = m.legal_form.as_str().to_owned();
            v.registration_number =
                m.registration_number.as_ref().map(ToString::to_string).unwrap_or_default();
            v.founded_on = m.founded_on.map(|d| d.to_string()).unwrap_or_default();
            v.industry_code = m.industry.as_ref().map(|c| c.code().to_owned()).unwrap_or_default();
            v.employees = m.employees.map(|e| e.to_string()).unwrap_or_default();
            v.turnover = money_text(&m.annual_turnover, currency);
            v.investment = money_text(&m.investment, currency);
            v.balance_sheet = money_text(&m.balance_sheet_total, currency);
            v.women_led = m.ownership.women_led;
            v.youth_led = m.ownership.youth_led;
            v.veteran_led = m.ownership.veteran_led;
            v.operating_status = m.operating_status.as_str().to_owned();
            v.needs = notes_text(&m.needs);
            v.offers = notes_text(&m.offers);
            v.years = years_text(&m.figures, currency);
        }
        (None, partner) => {
            v.offers = notes_text(partner.as_ref().map(|p| p.offers.as_slice()).unwrap_or(&[]));
        }
    }
    v
}

fn size_text(layout: &Layout, record: &OrganizationRecord) -> String {
    match record.size() {
        Some(Ok(c)) => {
            let args = [
                ("class", Arg::Text(layout.size_class(&c.class))),
                ("rule", Arg::Text(c.rule.to_owned())),
                ("date", Arg::Text(layout.date(&record.as_of))),
            ];
            layout.locale.t_with("profile-size-class", &args)
        }
        Some(Err(error)) => {
            let why = size_problem(&layout.locale, &error);
            layout.t1("profile-size-not-known-because", "reason", why)
        }
        None => String::new(),
    }
}

fn page(
    layout: Layout,
    record: &OrganizationRecord,
    v: Values,
    errors: FieldErrors,
    stale: bool,
) -> ProfilePage {
    let d = &record.organization.details;
    ProfilePage {
        id: record.organization.id.to_string(),
        is_msme: d.kind == OrganizationKind::Msme,
        country: layout.country(&d.country),
        version: record.organization.version,
        v,
        errors,
        stale,
        size: size_text(&layout, record),
        languages: language_choices(&layout.locale),
        isic_classes: mitra_domain::industry::isic_classes().collect(),
        legal_forms: LegalForm::ALL.to_vec(),
        statuses: OperatingStatus::ALL.to_vec(),
        currencies: super::currency_codes(),
        channels: Channel::ALL.to_vec(),
        layout,
    }
}

/// The editor, for someone who may change the record (anyone else is told why not).
pub(super) async fn form(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
) -> Response {
    let Some(id) = super::path_id(raw) else {
        return bad_address(viewer.layout);
    };
    let profile = match state.app.organization_profile(&viewer.actor, id, 0).await {
        Ok(profile) => profile,
        Err(error) => return error_page(viewer.layout, error),
    };
    if !profile.may_edit {
        return super::refused(viewer);
    }
    let values = values_of(&profile.record);
    render(StatusCode::OK, &page(viewer.layout, &profile.record, values, FieldErrors::default(), false))
}

/// Saves the form as the record's new content, if nobody changed it since the form was read.
pub(super) async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    raw: Result<Path<String>, PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = super::path_id(raw) else {
        return bad_address(viewer.layout);
    };
    // Who may change it is asked before the form is read: someone who may not learns nothing
    // from the form's problems.
    let current = match state.app.organization_profile(&viewer.actor, id, 0).await {
        Ok(profile) if profile.may_edit => profile.record,
        Ok(_) => return super::refused(viewer),
        Err(error) => return error_page(viewer.layout, error),
    };
    let values = values_from(&form);
    let version = form.get("version").parse::<u64>().ok();
    let draft = match draft_from(&current, &values) {
        Ok(draft) => draft,
        Err(problems) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(viewer.layout, &current, values, errors, false),
            );
        }
    };
    match state.app.update_organization(&viewer.actor, id, draft, version).await {
        Ok(_) => Redirect::to(&format!("/organizations/{id}")).into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            render(StatusCode::UNPROCESSABLE_ENTITY, &page(viewer.layout, &current, values, errors, false))
        }
        Err(AppError::Stale { .. }) => {
            // Show what is stored now, with the person's own values, so they can redo theirs.
            render(StatusCode::CONFLICT, &page(viewer.layout, &current, values, FieldErrors::default(), true))
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

fn values_from(form: &CheckedForm) -> Values {
    let pair = |amount: &str, currency: &str| (form.get(amount), form.get(currency));
    let rows = |prefix: &str| -> Vec<(String, String)> {
        (0..NOTE_ROWS.max(form.all(&format!("{prefix}_channel")).len()))
            .map(|i| {
                let channel = form.all(&format!("{prefix}_channel")).get(i).cloned().unwrap_or_default();
                let text = form.all(&format!("{prefix}_description")).get(i).cloned().unwrap_or_default();
                (channel, text)
            })
            .collect()
    };
    Values {
        name: form.get("name"),
        region: form.get("region"),
        description: form.get("description"),
        languages: form.all("languages"),
        legal_form: form.get("legal_form"),
        registration_number: form.get("registration_number"),
        founded_on: form.get("founded_on"),
        industry_code: form.get("industry_code"),
        employees: form.get("employees"),
        turnover: pair("turnover_amount", "turnover_currency"),
        investment: pair("investment_amount", "investment_currency"),
        balance_sheet: pair("balance_sheet_amount", "balance_sheet_currency"),
        women_led: form.get("women_led") == "yes",
        youth_led: form.get("youth_led") == "yes",
        veteran_led: form.get("veteran_led") == "yes",
        operating_status: form.get("operating_status"),
        needs: rows("needs"),
        offers: rows("offers"),
        years: {
            let column = |name: &str| form.all(&format!("year_{name}"));
            let (years, payroll, expenses) = (column("year"), column("payroll"), column("expenses"));
            let (turnover, employees, currency) =
                (column("turnover"), column("employees"), column("currency"));
            let at = |list: &Vec<String>, i: usize| list.get(i).cloned().unwrap_or_default();
            (0..YEAR_ROWS.max(years.len()))
                .map(|i| YearValues {
                    year: at(&years, i),
                    payroll: at(&payroll, i),
                    expenses: at(&expenses, i),
                    turnover: at(&turnover, i),
                    employees: at(&employees, i),
                    currency: at(&currency, i),
                })
                .collect()
        },
    }
}

/// The form's values as a draft of the record, every field read as the API reads it; the
/// kind and country stay as they are.
fn draft_from(current: &OrganizationRecord, v: &Values) -> Result<OrganizationDraft, Vec<Invalid>> {
    let mut problems = Vec::new();
    let d = &current.organization.details;
    let optional_text = |raw: &str| raw.trim().to_owned();
    let name =
        mitra_domain::text::Name::parse(&v.name).map_err(|e| problems.push(Invalid::new("name", e))).ok();
    let region = match optional_text(&v.region) {
        text if text.is_empty() => None,
        text => mitra_domain::text::Region::parse(&text)
            .map_err(|e| problems.push(Invalid::new("region", e)))
            .ok(),
    };
    let description = match optional_text(&v.description) {
        text if text.is_empty() => None,
        text => mitra_domain::text::Description::parse(&text)
            .map_err(|e| problems.push(Invalid::new("description", e)))
            .ok(),
    };
    let languages: Vec<Language> = v.languages.iter().filter_map(|l| Language::parse(l).ok()).collect();
    let notes = |rows: &[(String, String)], field: &str, problems: &mut Vec<Invalid>| -> Vec<ChannelNote> {
        let mut notes = Vec::new();
        for (i, (channel, text)) in rows.iter().enumerate() {
            if channel.is_empty() && text.trim().is_empty() {
                continue;
            }
            let Some(channel) = Channel::parse(channel) else {
                problems.push(Invalid::new(format!("{field}[{i}].channel"), Problem::NotInList));
                continue;
            };
            match Text::<500>::parse(text) {
                Ok(description) => notes.push(ChannelNote { channel, description }),
                Err(e) => problems.push(Invalid::new(format!("{field}[{i}].description"), e)),
            }
        }
        notes
    };
    let (msme, partner) = if d.kind == OrganizationKind::Msme {
        let legal_form = LegalForm::parse(&v.legal_form);
        if legal_form.is_none() {
            problems.push(Invalid::new("msme.legal_form", Problem::NotInList));
        }
        let operating_status = OperatingStatus::parse(&v.operating_status);
        if operating_status.is_none() {
            problems.push(Invalid::new("msme.operating_status", Problem::NotInList));
        }
        let founded_on = match v.founded_on.trim() {
            "" => None,
            raw => raw
                .parse()
                .map_err(|_| problems.push(Invalid::new("msme.founded_on", Problem::NotADate)))
                .ok(),
        };
        let industry = match v.industry_code.trim() {
            "" => None,
            raw => IndustryCode::parse(raw)
                .map_err(|e| problems.push(Invalid::new("msme.industry_code", e)))
                .ok(),
        };
        let employees = match v.employees.trim() {
            "" => None,
            raw => raw
                .parse::<u32>()
                .map_err(|_| problems.push(Invalid::new("msme.employees", Problem::NotWholeNumber)))
                .ok(),
        };
        let registration_number = match v.registration_number.trim() {
            "" => None,
            raw => Text::<50>::parse(raw)
                .map_err(|e| problems.push(Invalid::new("msme.registration_number", e)))
                .ok(),
        };
        let annual_turnover = super::money_field("msme.annual_turnover", &v.turnover, &mut problems);
        let investment = super::money_field("msme.investment", &v.investment, &mut problems);
        let balance_sheet_total =
            super::money_field("msme.balance_sheet_total", &v.balance_sheet, &mut problems);
        let needs = notes(&v.needs, "msme.needs", &mut problems);
        let offers = notes(&v.offers, "msme.offers", &mut problems);
        let figures = years_from(&v.years, &mut problems);
        let profile = match (legal_form, operating_status) {
            (Some(legal_form), Some(operating_status)) => Some(MsmeProfile {
                legal_form,
                registration_number,
                founded_on,
                industry,
                employees,
                annual_turnover,
                investment,
                balance_sheet_total,
                ownership: Ownership {
                    women_led: v.women_led,
                    youth_led: v.youth_led,
                    veteran_led: v.veteran_led,
                },
                operating_status,
                needs,
                offers,
                figures,
            }),
            _ => None,
        };
        (profile, None)
    } else {
        (None, Some(PartnerProfile { offers: notes(&v.offers, "partner.offers", &mut problems) }))
    };
    match (name, problems.is_empty()) {
        (Some(name), true) if d.kind != OrganizationKind::Msme || msme.is_some() => Ok(OrganizationDraft {
            kind: d.kind,
            name,
            country: d.country,
            region,
            languages,
            description,
            msme,
            partner,
        }),
        _ => Err(problems),
    }
}
