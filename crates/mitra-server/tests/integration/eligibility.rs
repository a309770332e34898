//! Eligibility rules through the API and the opportunity's page: saved in versions, refused
//! whole with the criterion and position named, judged criterion by criterion, for one firm,
//! a profile that is not stored, and a population; and recommendations that respect them.

use mitra_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{TestApp, msme_body, opportunity_body, partner_body};

on_both_backends!(
    a_rule_set_with_bad_criteria_is_refused_whole_naming_each_criterion_and_position,
    versions_of_rules_are_kept_and_the_one_in_force_on_the_application_date_judges,
    a_firm_is_told_criterion_by_criterion_what_it_meets_and_what_is_missing,
    only_the_opportunitys_partner_and_the_agency_change_its_rules_and_only_who_sees_a_firm_judges_it,
    a_population_is_counted_by_verdict_for_the_agency_only,
    an_opportunity_whose_rules_the_firm_fails_is_not_recommended,
    the_opportunity_page_tells_an_owner_what_the_firm_meets_in_its_language,
    the_rule_editor_checks_a_draft_tries_it_on_an_applicant_and_saves_a_new_version,
);

/// A Ghanaian working-capital loan in GHS, with a partner.
async fn loan(app: &TestApp) -> (String, String) {
    let partner =
        app.create("/api/v1/organizations", &partner_body("financial_institution", "Sika Bank")).await;
    let mut body = opportunity_body(&partner);
    body["channel"] = json!("resources");
    body["capacity"] = json!({"budget": {"amount": "5000000", "currency": "GHS"}});
    let id = app.create("/api/v1/opportunities", &body).await;
    (partner, id)
}

fn criterion(key: &str, expression: &str) -> Value {
    json!({"key": key, "labels": {"en": format!("{key} (en)"), "fr": format!("{key} (fr)")}, "expression": expression})
}

fn rules(applies_from: &str, criteria: &[Value]) -> Value {
    json!({"applies_from": applies_from, "criteria": criteria})
}

/// The figures the rules below read: 12 persons, GHS 900,000 turnover, founded 2014, and a
/// 2019 payroll of GHS 150,000.
fn firm_with_payroll() -> Value {
    let mut firm = msme_body();
    firm["msme"]["figures"] = json!([{"year": 2019, "payroll": {"amount": "150000", "currency": "GHS"}}]);
    firm
}

async fn a_rule_set_with_bad_criteria_is_refused_whole_naming_each_criterion_and_position(app: &TestApp) {
    let (_, loan) = loan(app).await;
    let body = rules(
        "2027-01-01",
        &[
            criterion("in-ghana", r#"country == "GH""#),
            criterion("payroll", "figures[2019].payroll > 20000"),
            criterion("typo", "employes >= 5"),
            criterion("dollars", r#"turnover >= money(5000, "USD")"#),
            criterion("syntax", "employees >"),
        ],
    );
    let reply = app.post(&format!("/api/v1/opportunities/{loan}/rules"), &body).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.text);
    assert_eq!(
        reply.problem_fields(),
        [
            "criteria[1].expression",
            "criteria[2].expression",
            "criteria[3].expression",
            "criteria[4].expression"
        ]
    );
    let text = reply.text.clone();
    assert!(text.contains("compares money with a bare number at position 25"), "{text}");
    assert!(text.contains("refers to employes at position 1"), "{text}");
    assert!(text.contains("compares money in GHS with an amount in USD at position 13"), "{text}");
    assert!(text.contains("syntax error at position 12"), "{text}");
    let saved = app.get(&format!("/api/v1/opportunities/{loan}/rules")).await;
    assert_eq!(saved.json(), json!([]), "nothing was saved");
}

async fn versions_of_rules_are_kept_and_the_one_in_force_on_the_application_date_judges(app: &TestApp) {
    let (_, loan) = loan(app).await;
    let firm = app.create("/api/v1/organizations", &firm_with_payroll()).await;
    let first = rules("2027-01-01", &[criterion("staff", "employees >= 20")]);
    let second = rules("2027-06-01", &[criterion("staff", "employees >= 10")]);
    for body in [&first, &second] {
        let reply = app.post(&format!("/api/v1/opportunities/{loan}/rules"), body).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
    }
    let versions = app.get(&format!("/api/v1/opportunities/{loan}/rules")).await.json();
    assert_eq!(versions[1]["version"], 2);
    assert_eq!(versions[1]["criteria"][0]["labels"]["fr"], "staff (fr)");
    let check = |on: &'static str| {
        let path = format!("/api/v1/opportunities/{loan}/eligibility/{firm}?on={on}");
        async move { app.get(&path).await.json() }
    };
    let (may, june, before) =
        (check("2027-05-31").await, check("2027-06-01").await, check("2026-12-31").await);
    assert_eq!((may["version"].clone(), may["verdict"].clone()), (json!(1), json!("fail")));
    assert_eq!((june["version"].clone(), june["verdict"].clone()), (json!(2), json!("pass")));
    assert_eq!((before["version"].clone(), before["verdict"].clone()), (Value::Null, json!("pass")));
}

async fn a_firm_is_told_criterion_by_criterion_what_it_meets_and_what_is_missing(app: &TestApp) {
    let (_, loan) = loan(app).await;
    let body = rules(
        "2027-01-01",
        &[
            criterion("in-ghana", r#"country == "GH""#),
            criterion("staff", "employees >= 5 && employees < 100"),
            criterion("payroll", r#"figures[2019].payroll > money(100000, "GHS")"#),
            criterion("expenses", r#"figures[2020].non_deferrable_expenses >= money(40000, "GHS")"#),
        ],
    );
    assert_eq!(
        app.post(&format!("/api/v1/opportunities/{loan}/rules"), &body).await.status,
        StatusCode::CREATED
    );
    let firm = app.create("/api/v1/organizations", &firm_with_payroll()).await;
    let reply = app.get(&format!("/api/v1/opportunities/{loan}/eligibility/{firm}")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    let judged = reply.json();
    assert_eq!(judged["verdict"], "unknown");
    assert_eq!(judged["passed"], 3);
    assert_eq!(judged["missing"], json!(["figures[2020].non_deferrable_expenses"]));
    assert_eq!(judged["criteria"][2]["used"][0]["field"], "figures[2019].payroll");
    assert_eq!(judged["criteria"][2]["used"][0]["money"], json!({"amount": "150000", "currency": "GHS"}));
    assert_eq!(judged["criteria"][3]["used"][0]["value"], Value::Null);
    // The same firm, not stored, with its expenses: eligible.
    let mut profile = firm_with_payroll();
    let expenses = json!({"year": 2020, "non_deferrable_expenses": {"amount": "40000", "currency": "GHS"}});
    profile["msme"]["figures"].as_array_mut().unwrap().push(expenses);
    let reply =
        app.post(&format!("/api/v1/opportunities/{loan}/eligibility"), &json!({"profile": profile})).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    assert_eq!(reply.json()["verdict"], "pass");
    // A profile with a problem is refused, named under `profile`.
    let mut bad = msme_body();
    bad["msme"]["employees"] = json!(-1);
    let reply =
        app.post(&format!("/api/v1/opportunities/{loan}/eligibility"), &json!({"profile": bad})).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.problem_fields(), ["profile.msme.employees"]);
    let mut later = msme_body();
    later["msme"]["founded_on"] = json!("2030-01-01");
    let reply =
        app.post(&format!("/api/v1/opportunities/{loan}/eligibility"), &json!({"profile": later})).await;
    assert_eq!(reply.problem_fields(), ["profile.msme.founded_on"], "{}", reply.text);
}

async fn only_the_opportunitys_partner_and_the_agency_change_its_rules_and_only_who_sees_a_firm_judges_it(
    app: &TestApp,
) {
    let (partner, loan) = loan(app).await;
    let other = app.create("/api/v1/organizations", &partner_body("nonprofit", "Other NGO")).await;
    let firm = app.create("/api/v1/organizations", &firm_with_payroll()).await;
    let staff = app.user("staff@sika.example", Some(&partner), Role::PartnerStaff).await;
    let stranger = app.user("staff@ngo.example", Some(&other), Role::PartnerStaff).await;
    let owner = app.user("owner@asante.example", Some(&firm), Role::MsmeOwner).await;
    let body = rules("2027-01-01", &[criterion("staff", "employees >= 5")]);
    let path = format!("/api/v1/opportunities/{loan}/rules");
    assert_eq!(app.send_as("", reqwest::Method::POST, &path, &body).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.send_as(&stranger, reqwest::Method::POST, &path, &body).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.send_as(&owner, reqwest::Method::POST, &path, &body).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.send_as(&staff, reqwest::Method::POST, &path, &body).await.status, StatusCode::CREATED);
    assert_eq!(app.get_as(&stranger, &path).await.status, StatusCode::OK, "rules are public");
    let judge = format!("/api/v1/opportunities/{loan}/eligibility/{firm}");
    assert_eq!(app.get_as(&owner, &judge).await.json()["verdict"], "pass");
    assert_eq!(app.get_as(&stranger, &judge).await.status, StatusCode::NOT_FOUND, "a private firm is hidden");
    assert_eq!(app.get_as(&staff, &judge).await.status, StatusCode::NOT_FOUND, "without consent, hidden");
}

async fn a_population_is_counted_by_verdict_for_the_agency_only(app: &TestApp) {
    let (partner, loan) = loan(app).await;
    let body = rules(
        "2027-01-01",
        &[
            criterion("staff", "employees >= 10"),
            criterion("payroll", r#"figures[2019].payroll > money(1, "GHS")"#),
        ],
    );
    app.post(&format!("/api/v1/opportunities/{loan}/rules"), &body).await;
    app.create("/api/v1/organizations", &firm_with_payroll()).await;
    let mut small = msme_body();
    small["name"] = json!("Kofi's Kitchen");
    small["msme"]["employees"] = json!(3);
    app.create("/api/v1/organizations", &small).await;
    let mut unknown = msme_body();
    unknown["name"] = json!("Ama Weaving");
    app.create("/api/v1/organizations", &unknown).await;
    let path = format!("/api/v1/opportunities/{loan}/eligibility/population?country=GH");
    let reply = app.get(&path).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    let counts = reply.json();
    assert_eq!(
        (counts["judged"].clone(), counts["pass"].clone(), counts["fail"].clone(), counts["unknown"].clone()),
        (json!(3), json!(1), json!(1), json!(1))
    );
    assert_eq!(counts["criteria"][0], json!({"key": "staff", "pass": 2, "fail": 1, "unknown": 0}));
    let staff = app.user("staff@sika.example", Some(&partner), Role::PartnerStaff).await;
    assert_eq!(app.get_as(&staff, &path).await.status, StatusCode::FORBIDDEN);
}

async fn an_opportunity_whose_rules_the_firm_fails_is_not_recommended(app: &TestApp) {
    let (_, loan) = loan(app).await;
    let firm = app.create("/api/v1/organizations", &firm_with_payroll()).await;
    let titles = |reply: &Value| -> Vec<Value> {
        reply["opportunities"].as_array().unwrap().iter().map(|o| o["opportunity_id"].clone()).collect()
    };
    let before = app.get(&format!("/api/v1/organizations/{firm}/recommendations")).await.json();
    assert!(titles(&before).contains(&json!(loan)), "{before}");
    let body = rules("2027-01-01", &[criterion("big", "employees >= 50")]);
    app.post(&format!("/api/v1/opportunities/{loan}/rules"), &body).await;
    let after = app.get(&format!("/api/v1/organizations/{firm}/recommendations")).await.json();
    assert!(!titles(&after).contains(&json!(loan)), "{after}");
}

async fn the_opportunity_page_tells_an_owner_what_the_firm_meets_in_its_language(app: &TestApp) {
    let (_, loan) = loan(app).await;
    let body = rules(
        "2027-01-01",
        &[
            criterion("staff", "employees >= 5"),
            criterion("expenses", r#"figures[2020].non_deferrable_expenses >= money(40000, "GHS")"#),
        ],
    );
    app.post(&format!("/api/v1/opportunities/{loan}/rules"), &body).await;
    let firm = app.create("/api/v1/organizations", &firm_with_payroll()).await;
    app.user("owner@asante.example", Some(&firm), Role::MsmeOwner).await;
    let browser =
        crate::support::sign_in(&app.address, "owner@asante.example", crate::support::TEST_PASSWORD).await;
    let page = browser
        .get(format!("{}/opportunities/{loan}", app.address))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Vous remplissez 1 critères sur 2."), "{page}");
    assert!(page.contains("dépenses non reportables 2020 : manquant"), "{page}");
    assert!(page.contains("staff (fr)"), "{page}");
    // A visitor sees the rules, not a verdict.
    let visitor =
        reqwest::get(format!("{}/opportunities/{loan}", app.address)).await.unwrap().text().await.unwrap();
    assert!(visitor.contains("staff (en)") && !visitor.contains("You meet"), "{visitor}");
}

async fn the_rule_editor_checks_a_draft_tries_it_on_an_applicant_and_saves_a_new_version(app: &TestApp) {
    let (_, loan) = loan(app).await;
    let firm = app.create("/api/v1/organizations", &firm_with_payroll()).await;
    let owner = app.user("owner@tests.example", Some(&firm), Role::MsmeOwner).await;
    let applied = app
        .send_as(
            &owner,
            reqwest::Method::POST,
            &format!("/api/v1/opportunities/{loan}/applications"),
            &json!({"msme_id": firm, "amount": {"amount": "1000", "currency": "GHS"}}),
        )
        .await;
    assert_eq!(applied.status, StatusCode::CREATED, "{}", applied.text);
    let page = format!("{}/opportunities/{loan}/rules", app.address);
    let html = app.browser.get(&page).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Asante Cocoa Processors"), "an applicant to try the rules on: {html}");
    let csrf = crate::support::csrf_of(&app.browser, &page).await;
    let send = |fields: Vec<(&'static str, String)>| {
        let mut form = vec![("csrf", csrf.clone()), ("applies_from", "2027-01-01".to_owned())];
        form.extend(fields);
        app.browser.post(&page).form(&form).send()
    };
    let refused = send(vec![
        ("criteria[0].key", "payroll".into()),
        ("criteria[0].en", "A 2019 payroll above GHS 100,000".into()),
        ("criteria[0].expression", "figures[2019].payroll > 100000".into()),
        ("action", "save".into()),
    ])
    .await
    .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    let en = mitra_i18n::Locale::default();
    assert!(
        html.contains(&en.t_with("rules-criterion", &[("number", 1i64.into())])),
        "the problem names its criterion: {html}"
    );
    assert!(html.contains("money(20000"), "and says how to write money: {html}");
    assert!(
        app.get(&format!("/api/v1/opportunities/{loan}/rules")).await.json().as_array().unwrap().is_empty(),
        "nothing saved"
    );

    let tried = send(vec![
        ("criteria[0].key", "payroll".into()),
        ("criteria[0].en", "A 2019 payroll above GHS 100,000".into()),
        ("criteria[0].expression", "figures[2019].payroll > money(100000, \"GHS\")".into()),
        ("firm", firm.clone()),
        ("action", "check".into()),
    ])
    .await
    .unwrap();
    assert_eq!(tried.status(), StatusCode::OK);
    let html = tried.text().await.unwrap();
    assert!(html.contains(&en.t("rules-all-good")), "{html}");
    assert!(html.contains("eligibility pass"), "the applicant's GHS 150,000 payroll meets it: {html}");

    let saved = send(vec![
        ("criteria[0].key", "payroll".into()),
        ("criteria[0].en", "A 2019 payroll above GHS 100,000".into()),
        ("criteria[0].expression", "figures[2019].payroll > money(100000, \"GHS\")".into()),
        ("action", "save".into()),
    ])
    .await
    .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let versions = app.get(&format!("/api/v1/opportunities/{loan}/rules")).await.json();
    assert_eq!(versions[0]["criteria"][0]["key"], "payroll");
    assert_eq!(versions[0]["applies_from"], "2027-01-01");
}
