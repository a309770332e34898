//! Publishing, reading, updating, archiving and listing opportunities.

use reqwest::StatusCode;
use serde_json::json;

use crate::on_both_backends;
use crate::support::{TestApp, opportunity_body, partner_body};

on_both_backends!(
    a_published_opportunity_reads_back_whole,
    an_opportunity_of_a_partner_that_does_not_exist_names_the_partner_field,
    lists_of_opportunities_filter_by_channel_region_language_and_partner,
    updating_and_archiving_an_opportunity,
    archiving_a_partner_archives_its_opportunities,
);

async fn a_published_opportunity_reads_back_whole(app: &TestApp) {
    let partner = app
        .create(
            "/api/v1/organizations",
            &partner_body("government_agency", "Ghana Export Promotion Authority"),
        )
        .await;
    let created = app.post("/api/v1/opportunities", &opportunity_body(&partner)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let body = created.json();
    assert_eq!(app.get(created.location.as_deref().unwrap()).await.json(), body);
    assert_eq!(body["partner_id"], partner.as_str());
    assert_eq!(body["capacity"]["seats"], 150);
    assert_eq!(body["size_classes"], json!(["micro", "small"]));
    assert_eq!(body["industries"], json!(["0127", "1073"]));
    assert_eq!(body["illustrative"], true);
    assert_eq!(body["priorities"], json!({"women_led": true, "youth_led": false}));
}

async fn an_opportunity_of_a_partner_that_does_not_exist_names_the_partner_field(app: &TestApp) {
    let reply =
        app.post("/api/v1/opportunities", &opportunity_body("0190d0a4-0000-7000-8000-000000000000")).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.problem_fields(), ["partner_id"]);
    assert_eq!(app.count("/api/v1/opportunities").await, 0);
}

async fn lists_of_opportunities_filter_by_channel_region_language_and_partner(app: &TestApp) {
    let gepa = app.create("/api/v1/organizations", &partner_body("government_agency", "GEPA")).await;
    let bank = app.create("/api/v1/organizations", &partner_body("financial_institution", "Sika Bank")).await;
    let matchmaking = app.create("/api/v1/opportunities", &opportunity_body(&gepa)).await;
    let mut loan = opportunity_body(&bank);
    loan["channel"] = json!("resources");
    loan["regions"] = json!([]);
    loan["title"] = json!("Restart loans");
    loan["description"] = json!("Working capital for traders");
    loan["languages"] = json!(["en", "ak"]);
    loan["capacity"] = json!({"budget": {"amount": "1000000", "currency": "GHS"}, "max_per_firm": {"amount": "20000", "currency": "GHS"}});
    let loan = app.create("/api/v1/opportunities", &loan).await;
    let ids = |path: &str| {
        let path = path.to_owned();
        async move {
            let reply = app.get(&path).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
            reply.json()["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(ids("/api/v1/opportunities?channel=networking").await, vec![matchmaking.clone()]);
    assert_eq!(ids("/api/v1/opportunities?region=volta").await, vec![loan.clone()]);
    assert_eq!(ids("/api/v1/opportunities?region=Ashanti").await, vec![matchmaking.clone(), loan.clone()]);
    assert_eq!(ids("/api/v1/opportunities?language=ak").await, vec![loan.clone()]);
    assert_eq!(ids(&format!("/api/v1/opportunities?partner_id={bank}")).await, vec![loan.clone()]);
    assert_eq!(ids("/api/v1/opportunities?q=matchmaking&country=GH").await, vec![matchmaking]);
}

async fn updating_and_archiving_an_opportunity(app: &TestApp) {
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let id = app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    let mut body = opportunity_body(&partner);
    body["capacity"]["seats"] = json!(200);
    let updated = app.put(&format!("/api/v1/opportunities/{id}"), &body).await;
    assert_eq!(updated.status, StatusCode::OK, "{}", updated.text);
    assert_eq!(updated.json()["capacity"]["seats"], 200);
    let archived = app.post(&format!("/api/v1/opportunities/{id}/archive"), &json!({})).await;
    assert_eq!(archived.status, StatusCode::OK);
    assert_eq!(archived.json()["open_now"], false);
    assert_eq!(app.put(&format!("/api/v1/opportunities/{id}"), &body).await.status, StatusCode::CONFLICT);
}

async fn archiving_a_partner_archives_its_opportunities(app: &TestApp) {
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let id = app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    app.post(&format!("/api/v1/organizations/{partner}/archive"), &json!({})).await;
    assert!(app.get(&format!("/api/v1/opportunities/{id}")).await.json()["archived_at"].is_string());
    assert_eq!(app.get("/api/v1/opportunities").await.json()["items"], json!([]));
}
