//! Eligibility on the pages: the rules in force in the reader's language, and for a signed-in
//! owner of an MSME, criterion by criterion, whether the firm meets them and with which figures.

use mitra_app::Eligibility;
use mitra_domain::{Country, OperatingStatus, SizeClass};
use mitra_eligibility::{Field, RuleSet, Shown, Verdict, YearFigure};

use crate::web::session::Layout;

/// One criterion as a page shows it.
#[derive(Debug)]
pub struct CriterionRow {
    pub label: String,
    /// The label's language, when it is not the page's (English stands in).
    pub label_lang: Option<String>,
    /// `pass`, `fail` or `unknown`, for the page's style.
    pub verdict: &'static str,
    pub verdict_text: String,
    /// "2019 payroll: CAD 88,000", "2019 payroll: missing".
    pub values: Vec<String>,
}

/// What the opportunity's page says of one firm's eligibility.
#[derive(Debug)]
pub struct EligibilityBlock {
    pub firm: String,
    pub summary: String,
    pub verdict: &'static str,
    pub rows: Vec<CriterionRow>,
    /// The profile editor, to fill in what is missing.
    pub edit_link: Option<String>,
}

/// The criteria's labels in the reader's language (English where there is none).
pub fn rule_rows(layout: &Layout, rules: &RuleSet) -> Vec<CriterionRow> {
    rules
        .criteria
        .iter()
        .map(|criterion| {
            let (label, lang) = criterion.label(layout.lang());
            CriterionRow {
                label: label.to_owned(),
                label_lang: (lang.code() != layout.lang()).then(|| lang.code().to_owned()),
                verdict: "",
                verdict_text: String::new(),
                values: vec![],
            }
        })
        .collect()
}

/// The block for `firm` (its name), judged in `eligibility`.
pub fn block(
    layout: &Layout,
    firm: &str,
    firm_id: uuid::Uuid,
    eligibility: &Eligibility,
) -> Option<EligibilityBlock> {
    let (rules, evaluation) = (eligibility.rule_set.as_ref()?, eligibility.evaluation.as_ref()?);
    let mut rows = rule_rows(layout, rules);
    for (row, outcome) in rows.iter_mut().zip(&evaluation.outcomes) {
        row.verdict = outcome.verdict.as_str();
        row.verdict_text = match outcome.verdict {
            Verdict::Pass => layout.t("eligibility-met"),
            Verdict::Fail => layout.t("eligibility-not-met"),
            Verdict::Unknown => layout.t("eligibility-unknown"),
        };
        row.values = outcome
            .used
            .iter()
            .map(|(field, value)| {
                let shown = match value {
                    Some(value) => shown(layout, *field, value),
                    None => layout.t("eligibility-missing"),
                };
                layout.t2("eligibility-value", "field", field_label(layout, *field), "value", shown)
            })
            .collect();
    }
    let missing = evaluation.missing();
    let total = evaluation.outcomes.len();
    let mut summary = layout.t2("eligibility-summary", "met", evaluation.passed(), "total", total);
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|f| field_label(layout, *f)).collect();
        summary = format!("{summary} {}", layout.t1("eligibility-fill-in", "fields", names.join(", ")));
    }
    let verdict = match evaluation.verdict {
        Verdict::Pass => {
            summary = format!("{summary} {}", layout.t("eligibility-all-met"));
            "pass"
        }
        Verdict::Fail => "fail",
        Verdict::Unknown => "unknown",
    };
    Some(EligibilityBlock {
        firm: firm.to_owned(),
        summary,
        verdict,
        rows,
        edit_link: (!missing.is_empty()).then(|| format!("/organizations/{firm_id}/edit")),
    })
}

fn shown(layout: &Layout, field: Field, value: &Shown) -> String {
    match value {
        Shown::Bool(true) => layout.t("eligibility-yes"),
        Shown::Bool(false) => layout.t("eligibility-no"),
        Shown::Number(n) => layout.number(*n),
        Shown::Money(m) => layout.money(m),
        Shown::Date(d) => layout.date(d),
        Shown::Text(text) => match field {
            Field::Country => {
                Country::parse(text).map(|c| layout.country(&c)).unwrap_or_else(|_| text.clone())
            }
            Field::SizeClass => {
                SizeClass::parse(text).map(|c| layout.size_class(&c)).unwrap_or_else(|| text.clone())
            }
            Field::OperatingStatus => {
                OperatingStatus::parse(text).map(|s| layout.status(&s)).unwrap_or_else(|| text.clone())
            }
            Field::IsicSection => layout.isic_section(text),
            _ => text.clone(),
        },
    }
}

/// A field's name in the reader's language.
pub fn field_label(layout: &Layout, field: Field) -> String {
    match field {
        Field::Kind => layout.t("field-kind"),
        Field::Country => layout.t("field-country"),
        Field::Region => layout.t("field-region"),
        Field::LegalForm => layout.t("field-legal-form"),
        Field::FoundedOn => layout.t("field-founded-on"),
        Field::YearsInOperation => layout.t("field-years-in-operation"),
        Field::OperatingStatus => layout.t("field-operating-status"),
        Field::Industry => layout.t("field-industry"),
        Field::IsicSection => layout.t("field-isic-section"),
        Field::SizeClass => layout.t("field-size-class"),
        Field::Employees => layout.t("field-employees"),
        Field::Turnover => layout.t("field-turnover"),
        Field::Investment => layout.t("field-investment"),
        Field::BalanceSheetTotal => layout.t("field-balance-sheet-total"),
        Field::WomenLed => layout.t("field-women-led"),
        Field::YouthLed => layout.t("field-youth-led"),
        Field::VeteranLed => layout.t("field-veteran-led"),
        Field::ApplicationDate => layout.t("field-application-date"),
        Field::Year(year, YearFigure::Payroll) => layout.t1("field-year-payroll", "year", year),
        Field::Year(year, YearFigure::NonDeferrableExpenses) => {
            layout.t1("field-year-expenses", "year", year)
        }
        Field::Year(year, YearFigure::Turnover) => layout.t1("field-year-turnover", "year", year),
        Field::Year(year, YearFigure::Employees) => layout.t1("field-year-employees", "year", year),
    }
}
