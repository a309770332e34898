//! Recommendations for an MSME through the API, kept current as opportunities change.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{TestApp, msme_body, opportunity_body, partner_body};

on_both_backends!(
    an_msme_gets_opportunities_with_named_contributions_that_sum_to_the_score,
    opportunities_that_fail_a_hard_filter_are_not_recommended,
    a_new_or_archived_opportunity_is_seen_by_the_next_request,
    a_change_made_through_another_server_sharing_the_database_is_seen,
    recommendations_refuse_partners_unknown_ids_and_bad_limits,
    an_archived_or_permanently_closed_firm_gets_no_recommendations,
    fits_your_industry_is_said_only_of_an_opportunity_for_the_firms_industry,
    a_firm_whose_sales_fell_below_its_baseline_gets_the_recovery_need_its_latest_report_gives,
);

fn titles(reply: &Value) -> Vec<String> {
    reply["opportunities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["title"].as_str().unwrap().to_owned())
        .collect()
}

async fn recommend(app: &TestApp, msme: &str) -> Value {
    let reply = app.get(&format!("/api/v1/organizations/{msme}/recommendations")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    reply.json()
}

/// A partner in Ghana with an opportunity titled `title` on `channel`.
async fn offer(app: &TestApp, partner: &str, title: &str, channel: &str) -> String {
    let mut body = opportunity_body(partner);
    body["title"] = json!(title);
    body["channel"] = json!(channel);
    app.create("/api/v1/opportunities", &body).await
}

async fn an_msme_gets_opportunities_with_named_contributions_that_sum_to_the_score(app: &TestApp) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let partner = app.create("/api/v1/organizations", &partner_body("government_agency", "GEPA")).await;
    offer(app, &partner, "Cocoa buyers meet producers", "networking").await;
    offer(app, &partner, "Bookkeeping course", "training").await;
    let reply = recommend(app, &msme).await;
    assert_eq!(reply["organization_id"], msme.as_str());
    // The firm needs networking, so the networking opportunity ranks first.
    assert_eq!(titles(&reply), ["Cocoa buyers meet producers", "Bookkeeping course"]);
    for opportunity in reply["opportunities"].as_array().unwrap() {
        let contributions = opportunity["contributions"].as_array().unwrap();
        assert!(!contributions.is_empty());
        let sum: f64 = contributions.iter().map(|c| c["value"].as_f64().unwrap()).sum();
        assert!((sum - opportunity["score"].as_f64().unwrap()).abs() < 1e-4, "{opportunity}");
    }
    let first = &reply["opportunities"][0]["contributions"];
    assert!(first.as_array().unwrap().iter().any(|c| c["name"] == "channel_need"), "{first}");
    // The programme prioritises women-led firms and this firm is women-led.
    assert!(first.as_array().unwrap().iter().any(|c| c["name"] == "women_led"), "{first}");
    assert_eq!(reply["partners"][0]["partner_id"], partner.as_str());
    assert_eq!(reply["partners"][0]["opportunities"], 2);
}

async fn opportunities_that_fail_a_hard_filter_are_not_recommended(app: &TestApp) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    offer(app, &partner, "Open to the firm", "training").await;
    let mut elsewhere = opportunity_body(&partner);
    elsewhere["title"] = json!("Only in Mexico");
    elsewhere["country"] = json!("MX");
    app.create("/api/v1/opportunities", &elsewhere).await;
    let mut other_region = opportunity_body(&partner);
    other_region["title"] = json!("Only in Volta");
    other_region["regions"] = json!(["Volta"]);
    app.create("/api/v1/opportunities", &other_region).await;
    let mut closed = opportunity_body(&partner);
    closed["title"] = json!("Closed last year");
    closed["opens_on"] = json!("2020-01-01");
    closed["closes_on"] = json!("2020-12-31");
    app.create("/api/v1/opportunities", &closed).await;
    let mut french = opportunity_body(&partner);
    french["title"] = json!("In French only");
    french["languages"] = json!(["fr"]);
    app.create("/api/v1/opportunities", &french).await;
    assert_eq!(titles(&recommend(app, &msme).await), ["Open to the firm"]);
}

async fn a_new_or_archived_opportunity_is_seen_by_the_next_request(app: &TestApp) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    offer(app, &partner, "First", "training").await;
    assert_eq!(titles(&recommend(app, &msme).await), ["First"]);
    let second = offer(app, &partner, "Second", "networking").await;
    assert_eq!(titles(&recommend(app, &msme).await), ["Second", "First"]);
    app.post(&format!("/api/v1/opportunities/{second}/archive"), &json!({})).await;
    assert_eq!(titles(&recommend(app, &msme).await), ["First"]);
}

async fn a_change_made_through_another_server_sharing_the_database_is_seen(app: &TestApp) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    offer(app, &partner, "First", "training").await;
    assert_eq!(titles(&recommend(app, &msme).await), ["First"]);
    let other = app.sibling().await;
    offer(&other, &partner, "Published elsewhere", "networking").await;
    assert_eq!(titles(&recommend(app, &msme).await), ["Published elsewhere", "First"]);
    other.stop().await;
}

async fn recommendations_refuse_partners_unknown_ids_and_bad_limits(app: &TestApp) {
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let reply = app.get(&format!("/api/v1/organizations/{partner}/recommendations")).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.problem_fields(), ["id"]);
    let reply = app.get("/api/v1/organizations/0190d0a4-0000-7000-8000-000000000000/recommendations").await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    for (query, field) in [("limit=0", "limit"), ("limit=51", "limit"), ("limit=x", "limit"), ("k=3", "k")] {
        let reply = app.get(&format!("/api/v1/organizations/{msme}/recommendations?{query}")).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_eq!(reply.problem_fields(), [field], "{query}");
    }
}

async fn an_archived_or_permanently_closed_firm_gets_no_recommendations(app: &TestApp) {
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    offer(app, &partner, "Open to the firm", "training").await;
    let mut closed = msme_body();
    closed["msme"]["operating_status"] = json!("permanently_closed");
    let closed = app.create("/api/v1/organizations", &closed).await;
    let reply = app.get(&format!("/api/v1/organizations/{closed}/recommendations")).await;
    assert_eq!(reply.status, StatusCode::CONFLICT, "{}", reply.text);
    let archived = app.create("/api/v1/organizations", &msme_body()).await;
    app.post(&format!("/api/v1/organizations/{archived}/archive"), &json!({})).await;
    let reply = app.get(&format!("/api/v1/organizations/{archived}/recommendations")).await;
    assert_eq!(reply.status, StatusCode::CONFLICT, "{}", reply.text);
    let page = app.browser.get(format!("{}/organizations/{closed}", app.address)).send().await.unwrap();
    let page = TestApp::read(page).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.text.contains("Recommended opportunities"),
        "the page shows the firm without recommendations"
    );
}

async fn fits_your_industry_is_said_only_of_an_opportunity_for_the_firms_industry(app: &TestApp) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let mut any = opportunity_body(&partner);
    any["title"] = json!("For any industry");
    any["industries"] = json!([]);
    app.create("/api/v1/opportunities", &any).await;
    let mut cocoa = opportunity_body(&partner);
    cocoa["title"] = json!("For cocoa processors");
    cocoa["industries"] = json!(["1073"]);
    app.create("/api/v1/opportunities", &cocoa).await;
    let reply = recommend(app, &msme).await;
    for opportunity in reply["opportunities"].as_array().unwrap() {
        let names: Vec<&str> = opportunity["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        match opportunity["title"].as_str().unwrap() {
            "For any industry" => {
                assert!(names.contains(&"any_industry") && !names.contains(&"industry"), "{names:?}")
            }
            _ => assert!(names.contains(&"industry") && !names.contains(&"any_industry"), "{names:?}"),
        }
    }
}

async fn a_firm_whose_sales_fell_below_its_baseline_gets_the_recovery_need_its_latest_report_gives(
    app: &TestApp,
) {
    let mut body = msme_body();
    body["msme"]["figures"] = json!([{"year": 2019, "turnover": {"amount": "960000", "currency": "GHS"}}]);
    let msme = app.create("/api/v1/organizations", &body).await;
    let partner = app.create("/api/v1/organizations", &partner_body("government_agency", "GEPA")).await;
    offer(app, &partner, "Cocoa buyers meet producers", "networking").await;
    let need = |reply: &Value| {
        reply["opportunities"][0]["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == "recovery_need")
            .map(|c| c["value"].as_f64().unwrap())
    };
    assert_eq!(need(&recommend(app, &msme).await), None, "no report, no need told");
    let report = |month: &str, sales: &str| json!({"month": month, "status": "operating", "revenue": {"amount": sales, "currency": "GHS"}});
    let path = format!("/api/v1/organizations/{msme}/reports");
    // A twelfth of 960,000 is 80,000: 40,000 is half of it, then 60,000 a quarter short.
    assert_eq!(app.post(&path, &report("2027-07", "40000")).await.status, StatusCode::OK);
    let half = need(&recommend(app, &msme).await).expect("a recovery need");
    assert!((half - 0.5).abs() < 1e-4, "{half}");
    assert_eq!(app.post(&path, &report("2027-08", "60000")).await.status, StatusCode::OK);
    let quarter = need(&recommend(app, &msme).await).expect("the latest report counts");
    assert!((quarter - 0.25).abs() < 1e-4, "{quarter}");
    assert_eq!(app.post(&path, &report("2027-09", "95000")).await.status, StatusCode::OK);
    assert_eq!(need(&recommend(app, &msme).await), None, "recovered: no need");
}
