use jiff::civil::{Date, date};
use mitra_domain::{
    Country, Currency, Language, LegalForm, Money, MsmeProfile, OperatingStatus, OrganizationDraft,
    OrganizationKind, Ownership, RuleProblem, YearFigures,
};

use super::*;

fn cad() -> Currency {
    Currency::parse("CAD").unwrap()
}

fn money(amount: &str) -> Money {
    Money::parse(amount, "CAD").unwrap()
}

/// A Canadian firm founded in 2015 with the given 2019 payroll and 2020 expenses.
fn firm(payroll: Option<&str>, expenses: Option<&str>) -> OrganizationDraft {
    OrganizationDraft {
        kind: OrganizationKind::Msme,
        name: mitra_domain::text::Name::parse("Boulangerie Lavoie").unwrap(),
        country: Country::parse("CA").unwrap(),
        region: Some(mitra_domain::text::Region::parse("Quebec").unwrap()),
        languages: vec![Language::parse("fr").unwrap()],
        description: None,
        msme: Some(MsmeProfile {
            legal_form: LegalForm::PrivateCompany,
            registration_number: None,
            founded_on: Some(date(2015, 5, 1)),
            industry: Some(mitra_domain::IndustryCode::parse("1071").unwrap()),
            employees: Some(6),
            annual_turnover: Some(money("480000")),
            investment: None,
            balance_sheet_total: None,
            ownership: Ownership::default(),
            operating_status: OperatingStatus::Operating,
            needs: vec![],
            offers: vec![],
            figures: vec![
                YearFigures { year: 2019, payroll: payroll.map(money), ..YearFigures::default() },
                YearFigures {
                    year: 2020,
                    non_deferrable_expenses: expenses.map(money),
                    ..YearFigures::default()
                },
            ],
        }),
        partner: None,
    }
}

fn ceba(applies: Date) -> Compiled {
    let versions = ceba::rule_sets();
    let version = versions.iter().rev().find(|v| v.applies_from <= applies).unwrap();
    version.check(cad()).unwrap()
}

fn verdict_on(on: Date, draft: &OrganizationDraft) -> Verdict {
    ceba(on).explain(&Applicant::of(draft, on)).verdict
}

const LATEST: Date = date(2021, 1, 15);

#[test]
fn every_ceba_version_compiles() {
    for version in ceba::rule_sets() {
        assert_eq!(version.check(cad()).unwrap().len(), 3);
    }
}

#[test]
fn the_payroll_stream_takes_more_than_20000_and_at_most_1500000() {
    let table = [
        ("20000.00", Verdict::Fail),
        ("20000.01", Verdict::Pass),
        ("1500000.00", Verdict::Pass),
        ("1500000.01", Verdict::Fail),
    ];
    for (payroll, expected) in table {
        // No expenses figure: the other stream fails on the payroll alone or is unknown.
        let draft = firm(Some(payroll), Some("0"));
        assert_eq!(verdict_on(LATEST, &draft), expected, "payroll {payroll}");
    }
}

#[test]
fn the_expenses_stream_takes_payroll_up_to_20000_and_expenses_from_40000_to_1500000() {
    let table = [
        ("20000.00", "40000.00", Verdict::Pass),
        ("20000.00", "39999.99", Verdict::Fail),
        ("20000.00", "1500000.00", Verdict::Pass),
        ("20000.00", "1500000.01", Verdict::Fail),
        ("0", "40000.00", Verdict::Pass),
    ];
    for (payroll, expenses, expected) in table {
        let draft = firm(Some(payroll), Some(expenses));
        assert_eq!(verdict_on(LATEST, &draft), expected, "payroll {payroll}, expenses {expenses}");
    }
}

#[test]
fn at_launch_the_payroll_range_was_50000_to_1000000_both_included() {
    let on = date(2020, 4, 20);
    let table = [
        ("49999.99", Verdict::Fail),
        ("50000.00", Verdict::Pass),
        ("1000000.00", Verdict::Pass),
        ("1000000.01", Verdict::Fail),
    ];
    for (payroll, expected) in table {
        assert_eq!(verdict_on(on, &firm(Some(payroll), None)), expected, "payroll {payroll}");
    }
}

#[test]
fn the_version_in_force_on_the_application_date_judges() {
    let draft = firm(Some("30000"), Some("0"));
    assert_eq!(verdict_on(date(2020, 5, 18), &draft), Verdict::Fail);
    assert_eq!(verdict_on(date(2020, 5, 19), &draft), Verdict::Pass);
    let small = firm(Some("15000"), Some("45000"));
    assert_eq!(verdict_on(date(2020, 6, 18), &small), Verdict::Fail);
    assert_eq!(verdict_on(date(2020, 6, 19), &small), Verdict::Pass);

    let stored: Vec<RuleSet> = ceba::rule_sets()
        .into_iter()
        .enumerate()
        .map(|(i, draft)| RuleSet {
            version: i as u32 + 1,
            applies_from: draft.applies_from,
            criteria: draft.criteria,
            saved_at: jiff::Timestamp::UNIX_EPOCH,
        })
        .collect();
    assert_eq!(in_force(&stored, date(2020, 4, 8)), None);
    assert_eq!(in_force(&stored, date(2020, 4, 9)).unwrap().version, 1);
    assert_eq!(in_force(&stored, date(2020, 5, 19)).unwrap().version, 2);
    assert_eq!(in_force(&stored, date(2021, 6, 30)).unwrap().version, 3);
}

#[test]
fn a_firm_in_operation_on_1_march_2020_is_in_and_one_founded_the_next_day_is_out() {
    let mut draft = firm(Some("90000"), None);
    let founded = |draft: &mut OrganizationDraft, on| draft.msme.as_mut().unwrap().founded_on = Some(on);
    founded(&mut draft, date(2020, 3, 1));
    assert_eq!(verdict_on(LATEST, &draft), Verdict::Pass);
    founded(&mut draft, date(2020, 3, 2));
    assert_eq!(verdict_on(LATEST, &draft), Verdict::Fail);
}

#[test]
fn a_missing_payroll_is_unknown_and_named() {
    let draft = firm(None, None);
    let evaluation = ceba(LATEST).explain(&Applicant::of(&draft, LATEST));
    assert_eq!(evaluation.verdict, Verdict::Unknown);
    assert_eq!(evaluation.passed(), 2);
    assert_eq!(
        evaluation.missing(),
        [Field::Year(2019, YearFigure::Payroll), Field::Year(2020, YearFigure::NonDeferrableExpenses)]
    );
    assert_eq!(evaluation.missing()[0].path(), "figures[2019].payroll");
}

#[test]
fn a_failed_criterion_decides_even_when_another_figure_is_missing() {
    let mut draft = firm(None, None);
    draft.country = Country::parse("IN").unwrap();
    let evaluation = ceba(LATEST).explain(&Applicant::of(&draft, LATEST));
    assert_eq!(evaluation.verdict, Verdict::Fail);
    assert_eq!(evaluation.outcomes[0].verdict, Verdict::Fail);
    assert_eq!(evaluation.outcomes[0].used, [(Field::Country, Some(Shown::Text("IN".into())))]);
}

#[test]
fn the_values_a_criterion_read_are_reported() {
    let draft = firm(Some("88000"), None);
    let evaluation = ceba(LATEST).explain(&Applicant::of(&draft, LATEST));
    let stream = &evaluation.outcomes[2];
    assert_eq!(stream.verdict, Verdict::Pass);
    assert_eq!(
        stream.used,
        [
            (Field::Year(2019, YearFigure::Payroll), Some(Shown::Money(money("88000")))),
            (Field::Year(2020, YearFigure::NonDeferrableExpenses), None),
        ]
    );
}

#[test]
fn a_payroll_reported_in_another_currency_does_not_meet_a_cad_threshold() {
    let mut draft = firm(None, None);
    draft.msme.as_mut().unwrap().figures[0].payroll = Some(Money::parse("90000", "USD").unwrap());
    assert_eq!(verdict_on(LATEST, &draft), Verdict::Fail);
}

fn problem(expression: &str) -> RuleProblem {
    match compile::compile(expression, cad()) {
        Err(problem) => problem,
        Ok(node) => panic!("{expression} compiled to {node:?}"),
    }
}

#[test]
fn money_compared_with_a_bare_number_is_refused_where_the_number_is() {
    assert_eq!(
        problem("figures[2019].payroll > 20000"),
        RuleProblem::MoneyWithNumber { position: 25, currency: "CAD".into() }
    );
}

#[test]
fn money_in_another_currency_is_refused() {
    assert_eq!(
        problem(r#"turnover >= money(5000, "USD")"#),
        RuleProblem::OtherCurrency { position: 13, found: "USD".into(), expected: "CAD".into() }
    );
}

#[test]
fn unknown_fields_functions_and_values_are_named() {
    assert_eq!(problem("payroll > 3"), RuleProblem::UnknownField { name: "payroll".into(), position: 1 });
    assert!(matches!(problem("figures[2019].wages > 3"), RuleProblem::UnknownField { .. }));
    assert_eq!(
        problem(r#"size_class == "tiny""#),
        RuleProblem::NotAllowedValue { position: 15, value: "\"tiny\"".into(), field: "size_class".into() }
    );
    assert_eq!(
        problem("employees > max(3, 4)"),
        RuleProblem::UnknownFunction { name: "max".into(), position: 13 }
    );
}

#[test]
fn syntax_errors_and_non_boolean_criteria_are_refused() {
    assert!(
        matches!(problem("employees >"), RuleProblem::Syntax { position: 12, .. }),
        "{:?}",
        problem("employees >")
    );
    assert_eq!(problem("employees"), RuleProblem::NotYesOrNo { position: 1 });
    assert!(matches!(problem(r#"founded_on < money(1, "CAD")"#), RuleProblem::Mismatch { .. }));
    assert!(matches!(problem(r#"date("2020-13-01") < founded_on"#), RuleProblem::BadLiteral { .. }));
}

#[test]
fn lists_ownership_and_industry_prefixes_are_judged() {
    let draft = firm(Some("30000"), None);
    let applicant = Applicant::of(&draft, LATEST);
    let judge = |expression: &str| {
        let node = compile::compile(expression, cad()).unwrap();
        judge::verdict(&node, &applicant, &mut Silent)
    };
    assert_eq!(judge(r#"region in ["Quebec", "Ontario"]"#), Verdict::Pass);
    assert_eq!(judge(r#"size_class in ["micro", "small"]"#), Verdict::Pass);
    assert_eq!(judge(r#"industry.startsWith("10") && isic_section == "C""#), Verdict::Pass);
    assert_eq!(judge("women_led || youth_led"), Verdict::Fail);
    assert_eq!(judge("years_in_operation >= 5 && employees < 10"), Verdict::Pass);
    assert_eq!(judge(r#"!(kind == "msme")"#), Verdict::Fail);
}

#[test]
fn a_rule_set_reports_every_problem_with_its_criterion() {
    let mut draft = ceba::rule_sets().pop().unwrap();
    draft.criteria[0].expression = "country = 'CA'".into();
    draft.criteria[2].expression = "figures[2019].payroll > 1".into();
    draft.criteria[1].key = draft.criteria[0].key.clone();
    let fields: Vec<String> = draft.check(cad()).unwrap_err().into_iter().map(|p| p.field).collect();
    assert_eq!(fields, ["criteria[0].expression", "criteria[1].key", "criteria[2].expression"]);
}

#[test]
fn judging_fast_gives_the_verdicts_an_explanation_gives() {
    let compiled = ceba(LATEST);
    let amounts = [
        None,
        Some("0"),
        Some("20000"),
        Some("20000.01"),
        Some("40000"),
        Some("1500000"),
        Some("1500000.01"),
    ];
    let mut each = Vec::new();
    for payroll in amounts {
        for expenses in amounts {
            for country in ["CA", "US"] {
                let mut draft = firm(payroll, expenses);
                draft.country = Country::parse(country).unwrap();
                let applicant = Applicant::of(&draft, LATEST);
                let explained = compiled.explain(&applicant);
                assert_eq!(compiled.judge(&applicant, &mut each), explained.verdict);
                let verdicts: Vec<Verdict> = explained.outcomes.iter().map(|o| o.verdict).collect();
                assert_eq!(each, verdicts, "{payroll:?} {expenses:?} {country}");
            }
        }
    }
}
