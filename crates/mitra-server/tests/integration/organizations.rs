//! Creating, reading, updating, archiving and listing organisations.

use reqwest::StatusCode;
use serde_json::json;

use crate::on_both_backends;
use crate::support::{TestApp, msme_body, partner_body};

on_both_backends!(
    a_created_msme_reads_back_with_its_computed_size_class,
    a_firm_with_an_unclassified_industry_code_is_kept_and_flagged,
    a_firm_missing_a_figure_gets_no_class_and_a_note_naming_it,
    updating_an_organization_replaces_its_content,
    archiving_an_organization_keeps_it_readable_but_out_of_lists,
    lists_filter_and_page_with_a_cursor,
    text_with_quotes_sql_and_markup_round_trips_unchanged,
    a_read_gives_the_version_as_an_etag_and_a_stale_if_match_changes_nothing,
    of_fifty_concurrent_conditional_puts_through_two_servers_exactly_one_wins,
);

async fn a_read_gives_the_version_as_an_etag_and_a_stale_if_match_changes_nothing(app: &TestApp) {
    let id = app.create("/api/v1/organizations", &msme_body()).await;
    let path = format!("/api/v1/organizations/{id}");
    let read = app.get(&path).await;
    assert_eq!(read.etag.as_deref(), Some("\"1\""));
    assert_eq!(read.json()["version"], 1);
    let mut renamed = msme_body();
    renamed["name"] = json!("Asante Cocoa Cooperative");
    let changed = app.put_if_match(&path, &renamed, "\"1\"").await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.etag.as_deref(), Some("\"2\""));
    for stale in ["\"1\"", "W/\"2\"", "garbage"] {
        let refused = app.put_if_match(&path, &msme_body(), stale).await;
        assert_eq!(refused.status, StatusCode::PRECONDITION_FAILED, "{stale}: {}", refused.text);
        assert_eq!(refused.content_type, "application/problem+json");
        assert_eq!(refused.etag.as_deref(), Some("\"2\""), "the stored version is named");
    }
    let refused = app.post_if_match(&format!("{path}/archive"), "\"1\"").await;
    assert_eq!(refused.status, StatusCode::PRECONDITION_FAILED);
    let after = app.get(&path).await.json();
    assert_eq!(
        (after["name"].as_str(), after["version"].as_u64()),
        (Some("Asante Cocoa Cooperative"), Some(2))
    );
    assert!(after["archived_at"].is_null(), "the stale archive changed nothing");
    let archived = app.post_if_match(&format!("{path}/archive"), "*").await;
    assert_eq!(archived.etag.as_deref(), Some("\"3\""));
}

async fn of_fifty_concurrent_conditional_puts_through_two_servers_exactly_one_wins(app: &TestApp) {
    let id = app.create("/api/v1/organizations", &msme_body()).await;
    let other = app.sibling().await;
    let mut puts = Vec::new();
    for n in 0..50 {
        let (client, address) = if n % 2 == 0 {
            (app.client.clone(), app.address.clone())
        } else {
            (other.client.clone(), other.address.clone())
        };
        let mut body = msme_body();
        body["name"] = json!(format!("Writer {n}"));
        let url = format!("{address}/api/v1/organizations/{id}");
        puts.push(tokio::spawn(async move {
            let request = client
                .put(url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .header(reqwest::header::IF_MATCH, "\"1\"")
                .body(body.to_string());
            TestApp::read(request.send().await.unwrap()).await
        }));
    }
    let mut winners = Vec::new();
    let mut refused = 0;
    for (n, put) in puts.into_iter().enumerate() {
        let reply = put.await.unwrap();
        match reply.status {
            StatusCode::OK => winners.push(n),
            StatusCode::PRECONDITION_FAILED => refused += 1,
            other => panic!("writer {n}: {other} {}", reply.text),
        }
    }
    assert_eq!((winners.len(), refused), (1, 49), "exactly one conditional PUT wins");
    let stored = app.get(&format!("/api/v1/organizations/{id}")).await.json();
    assert_eq!(stored["name"], format!("Writer {}", winners[0]));
    assert_eq!(stored["version"], 2);
    other.stop().await;
}

async fn a_created_msme_reads_back_with_its_computed_size_class(app: &TestApp) {
    let created = app.post("/api/v1/organizations", &msme_body()).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let body = created.json();
    let location = created.location.clone().unwrap();
    assert_eq!(location, format!("/api/v1/organizations/{}", body["id"].as_str().unwrap()));
    let read = app.get(&location).await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.json(), body);
    let msme = &body["msme"];
    assert_eq!(msme["size"]["class"], "small");
    assert_eq!(msme["size"]["rule"], "Ghana L.I. 2470");
    assert_eq!(msme["industry"]["isic_path"], json!(["C", "10", "107", "1073"]));
    assert_eq!(msme["annual_turnover"], json!({"amount": "900000", "currency": "GHS"}));
    assert_eq!(msme["investment"], json!({"amount": "250000", "currency": "GHS"}));
    assert_eq!(msme["ownership"], json!({"women_led": true, "youth_led": false, "veteran_led": false}));
}

async fn a_firm_with_an_unclassified_industry_code_is_kept_and_flagged(app: &TestApp) {
    let mut body = msme_body();
    body["msme"]["industry_code"] = json!("999990");
    let created = app.post("/api/v1/organizations", &body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let industry = &created.json()["msme"]["industry"];
    assert_eq!(industry["code"], "999990");
    assert_eq!(industry["unclassified"], true);
    assert_eq!(industry["scheme"], "unclassified");
}

async fn a_firm_missing_a_figure_gets_no_class_and_a_note_naming_it(app: &TestApp) {
    let mut body = msme_body();
    body["country"] = json!("IN");
    body["msme"]["annual_turnover"] = json!({"amount": "4000000", "currency": "INR"});
    body["msme"]["investment"] = json!(null);
    let created = app.post("/api/v1/organizations", &body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let size = &created.json()["msme"]["size"];
    assert_eq!(size["class"], json!(null));
    assert_eq!(size["missing"], json!(["investment"]));
    assert_eq!(size["note"], "India S.O. 1364(E) needs investment");
}

async fn updating_an_organization_replaces_its_content(app: &TestApp) {
    let id = app.create("/api/v1/organizations", &msme_body()).await;
    let mut body = msme_body();
    body["name"] = json!("Asante Cocoa Cooperative");
    body["msme"]["employees"] = json!(40);
    let updated = app.put(&format!("/api/v1/organizations/{id}"), &body).await;
    assert_eq!(updated.status, StatusCode::OK, "{}", updated.text);
    let read = app.get(&format!("/api/v1/organizations/{id}")).await.json();
    assert_eq!(read["name"], "Asante Cocoa Cooperative");
    assert_eq!(read["msme"]["size"]["class"], "medium");
    let missing = app.put("/api/v1/organizations/0190d0a4-0000-7000-8000-000000000000", &body).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.content_type, "application/problem+json");
}

async fn archiving_an_organization_keeps_it_readable_but_out_of_lists(app: &TestApp) {
    let id = app.create("/api/v1/organizations", &partner_body("financial_institution", "Sika Bank")).await;
    let archived = app.post(&format!("/api/v1/organizations/{id}/archive"), &json!({})).await;
    assert_eq!(archived.status, StatusCode::OK, "{}", archived.text);
    assert!(archived.json()["archived_at"].is_string());
    assert_eq!(app.get(&format!("/api/v1/organizations/{id}")).await.status, StatusCode::OK);
    let listed = app.get("/api/v1/organizations").await.json();
    assert_eq!(listed["items"], json!([]));
    let conflict = app
        .put(&format!("/api/v1/organizations/{id}"), &partner_body("financial_institution", "Sika Bank"))
        .await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    assert_eq!(conflict.content_type, "application/problem+json");
}

async fn lists_filter_and_page_with_a_cursor(app: &TestApp) {
    for i in 0..5 {
        let mut body = msme_body();
        body["name"] = json!(format!("Cocoa firm {i}"));
        body["msme"]["ownership"]["women_led"] = json!(i % 2 == 0);
        app.create("/api/v1/organizations", &body).await;
    }
    app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let names = |reply: &crate::support::Reply| -> Vec<String> {
        reply.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let women = app.get("/api/v1/organizations?women_led=true&kind=msme").await;
    assert_eq!(names(&women), ["Cocoa firm 0", "Cocoa firm 2", "Cocoa firm 4"]);
    let by_industry = app.get("/api/v1/organizations?industry=C&size_class=small&country=gh&region=ashanti&channel=networking&q=COCOA").await;
    assert_eq!(names(&by_industry).len(), 5);
    let first = app.get("/api/v1/organizations?limit=4").await;
    assert_eq!(names(&first).len(), 4);
    let cursor = first.json()["next_cursor"].as_str().unwrap().to_owned();
    let second = app.get(&format!("/api/v1/organizations?limit=4&cursor={cursor}")).await;
    assert_eq!(names(&second), ["Cocoa firm 4", "Sankofa Trust"]);
    assert_eq!(second.json()["next_cursor"], json!(null));
}

async fn text_with_quotes_sql_and_markup_round_trips_unchanged(app: &TestApp) {
    let tricky = "O'Brien \"Cocoa\" <script>alert('x')</script>; DROP TABLE organizations; --";
    let mut body = msme_body();
    body["name"] = json!(tricky);
    body["description"] = json!("100% 'pure' & <b>bold</b>");
    let id = app.create("/api/v1/organizations", &body).await;
    let read = app.get(&format!("/api/v1/organizations/{id}")).await.json();
    assert_eq!(read["name"], tricky);
    assert_eq!(read["description"], "100% 'pure' & <b>bold</b>");
    let found = app.get("/api/v1/organizations?q=o%27brien").await.json();
    assert_eq!(found["items"][0]["id"], id.as_str());
}
