//! The HTML pages, read as a browser would get them (without JavaScript).

use reqwest::StatusCode;
use serde_json::json;

use crate::on_both_backends;
use crate::support::{TestApp, msme_body, opportunity_body, partner_body};

on_both_backends!(
    the_landing_page_says_what_mitra_is_and_links_the_directory_the_opportunities_and_the_api,
    the_directory_lists_and_filters_organizations,
    an_organization_page_shows_its_profile_with_markup_escaped,
    an_msme_page_lists_recommended_opportunities_with_their_reasons,
    the_opportunity_pages_show_the_list_and_one_opportunity,
    bad_filters_and_unknown_records_get_a_page_that_says_so,
);

async fn the_landing_page_says_what_mitra_is_and_links_the_directory_the_opportunities_and_the_api(
    app: &TestApp,
) {
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.content_type.starts_with("text/html"), "{}", page.content_type);
    for needle in [
        "micro, small and medium enterprises",
        "href=\"/organizations\"",
        "href=\"/opportunities\"",
        "href=\"/api/openapi.json\"",
    ] {
        assert!(page.text.contains(needle), "the landing page lacks {needle}");
    }
    assert!(!page.text.contains("<script"), "the landing page must work without JavaScript");
}

async fn the_directory_lists_and_filters_organizations(app: &TestApp) {
    app.create("/api/v1/organizations", &msme_body()).await;
    app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let all = app.get("/organizations").await;
    assert_eq!(all.status, StatusCode::OK);
    assert!(all.text.contains("Asante Cocoa Processors") && all.text.contains("Sankofa Trust"));
    let msmes = app.get("/organizations?kind=msme&country=&q=").await;
    assert!(msmes.text.contains("Asante Cocoa Processors"));
    assert!(!msmes.text.contains("Sankofa Trust"));
    assert!(msmes.text.contains("<option value=\"msme\" selected>"));
}

async fn an_organization_page_shows_its_profile_with_markup_escaped(app: &TestApp) {
    let mut body = msme_body();
    body["name"] = json!("<script>alert('x')</script> Cocoa");
    let id = app.create("/api/v1/organizations", &body).await;
    let page = app.get(&format!("/organizations/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.text.contains("<script>alert"), "markup in a name must be escaped");
    assert!(page.text.contains("&#60;script&#62;"));
    assert!(page.text.contains("small (under Ghana L.I. 2470"), "the size class and its rule are shown");
    assert!(page.text.contains("women-led"));
}

async fn an_msme_page_lists_recommended_opportunities_with_their_reasons(app: &TestApp) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let partner = app.create("/api/v1/organizations", &partner_body("government_agency", "GEPA")).await;
    app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    let page = app.get(&format!("/organizations/{msme}")).await;
    assert!(page.text.contains("Recommended opportunities"), "{}", page.text);
    assert!(page.text.contains("Cocoa producers meet chocolate manufacturers"));
    assert!(page.text.contains("meets a need you stated"));
    let partner_page = app.get(&format!("/organizations/{partner}")).await;
    assert!(!partner_page.text.contains("Recommended opportunities"));
}

async fn the_opportunity_pages_show_the_list_and_one_opportunity(app: &TestApp) {
    let partner = app
        .create(
            "/api/v1/organizations",
            &partner_body("government_agency", "Ghana Export Promotion Authority"),
        )
        .await;
    let id = app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    let list = app.get("/opportunities?channel=networking").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.text.contains("Cocoa producers meet chocolate manufacturers"));
    assert!(list.text.contains("illustrative"));
    assert!(app.get("/opportunities?channel=training").await.text.contains("No opportunity matches"));
    let page = app.get(&format!("/opportunities/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Ghana Export Promotion Authority"));
    assert!(page.text.contains("Ashanti, Western"));
    assert!(page.text.contains("women-led firms"), "the programme's priority is shown");
    let partner_page = app.get(&format!("/organizations/{partner}")).await;
    assert!(partner_page.text.contains(&format!("/opportunities/{id}")));
}

async fn bad_filters_and_unknown_records_get_a_page_that_says_so(app: &TestApp) {
    let page = app.get("/organizations?kind=bank").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text.contains("kind is not a kind of organisation"), "{}", page.text);
    let page = app.get("/opportunities?language=xx").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text.contains("language is not an ISO 639-1 language code"));
    for path in [
        "/organizations/not-an-id",
        "/organizations/0190d0a4-0000-7000-8000-000000000000",
        "/opportunities/nope",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(page.content_type.starts_with("text/html"));
    }
}
