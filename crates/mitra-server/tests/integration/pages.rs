//! The HTML pages, read as a browser would get them (without JavaScript), and parsed: the tests
//! look for elements, not for substrings of the markup.

use reqwest::StatusCode;
use scraper::{Html, Selector};
use serde_json::json;

use crate::on_both_backends;
use crate::support::{Reply, TestApp, msme_body, opportunity_body, partner_body};

on_both_backends!(
    the_landing_page_says_what_mitra_is_and_links_the_directory_the_opportunities_and_the_api,
    the_directory_lists_and_filters_organizations,
    an_organization_page_shows_its_profile_with_markup_escaped,
    an_msme_page_lists_recommended_opportunities_with_their_reasons,
    the_opportunity_pages_show_the_list_and_one_opportunity,
    bad_filters_and_unknown_records_get_a_page_that_says_so,
);

/// A page parsed as a browser parses it.
struct Page {
    status: StatusCode,
    html: Html,
}

async fn page(app: &TestApp, path: &str) -> Page {
    let response = app.browser.get(format!("{}{path}", app.address)).send().await.unwrap();
    let reply: Reply = TestApp::read(response).await;
    assert!(reply.content_type.starts_with("text/html"), "{path}: {}", reply.content_type);
    Page { status: reply.status, html: Html::parse_document(&reply.text) }
}

impl Page {
    /// The text of every element `css` selects, whitespace folded.
    fn texts(&self, css: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e}"));
        self.html
            .select(&selector)
            .map(|e| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    fn text(&self, css: &str) -> String {
        self.texts(css).into_iter().next().unwrap_or_else(|| panic!("nothing matches {css}"))
    }

    /// The value of `attribute` on every element `css` selects.
    fn attributes(&self, css: &str, attribute: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap();
        self.html.select(&selector).filter_map(|e| e.value().attr(attribute)).map(str::to_owned).collect()
    }

    /// The profile facts as (label, value) pairs.
    fn facts(&self) -> Vec<(String, String)> {
        self.texts("dl.facts dt").into_iter().zip(self.texts("dl.facts dd")).collect()
    }

    fn fact(&self, label: &str) -> String {
        let facts = self.facts();
        facts
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {label} in {facts:?}"))
    }
}

async fn the_landing_page_says_what_mitra_is_and_links_the_directory_the_opportunities_and_the_api(
    app: &TestApp,
) {
    let landing = page(app, "/").await;
    assert_eq!(landing.status, StatusCode::OK);
    assert!(landing.text("h1").contains("micro, small and medium enterprises"));
    let links = landing.attributes("main a", "href");
    for href in ["/organizations", "/opportunities", "/api/openapi.json"] {
        assert!(links.iter().any(|l| l == href), "the landing page lacks a link to {href}: {links:?}");
    }
    assert!(landing.texts("script").is_empty(), "the landing page must work without JavaScript");
    assert_eq!(landing.attributes("html", "lang"), ["en"]);
}

async fn the_directory_lists_and_filters_organizations(app: &TestApp) {
    app.create("/api/v1/organizations", &msme_body()).await;
    app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let all = page(app, "/organizations").await;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(all.texts(".card strong"), ["Asante Cocoa Processors", "Sankofa Trust"]);
    let msmes = page(app, "/organizations?kind=msme&country=&q=").await;
    assert_eq!(msmes.texts(".card strong"), ["Asante Cocoa Processors"]);
    assert_eq!(msmes.attributes("select[name=kind] option[selected]", "value"), ["msme"]);
    assert_eq!(all.text("[role=status]"), "2 organisations match the filters.");
    assert_eq!(msmes.text("[role=status]"), "1 organisation matches the filters.");
    // A visitor's count is of what a visitor may see: the firm is not among it.
    let visitor = app.anonymous.get(format!("{}/organizations", app.address)).send().await.unwrap();
    let html = scraper::Html::parse_document(&visitor.text().await.unwrap());
    let status = scraper::Selector::parse("[role=status]").unwrap();
    let said: String = html.select(&status).flat_map(|e| e.text()).collect();
    assert_eq!(said.trim(), "1 organisation matches the filters.");
}

async fn an_organization_page_shows_its_profile_with_markup_escaped(app: &TestApp) {
    let mut body = msme_body();
    body["name"] = json!("<script>alert('x')</script> Cocoa");
    let id = app.create("/api/v1/organizations", &body).await;
    let profile = page(app, &format!("/organizations/{id}")).await;
    assert_eq!(profile.status, StatusCode::OK);
    assert!(profile.texts("script").is_empty(), "markup in a name must be escaped");
    assert_eq!(profile.text("h1"), "<script>alert('x')</script> Cocoa", "and shown as text");
    assert_eq!(profile.fact("Size class"), "Small (under Ghana L.I. 2470, as of Sep 15, 2027)");
    assert_eq!(
        profile.fact("Industry"),
        "Manufacturing · 1073 Manufacture of cocoa, chocolate and sugar confectionery",
        "the sector by name, then the code and its official title"
    );
    assert_eq!(profile.fact("Ownership"), "women-led");
    assert_eq!(profile.fact("Annual turnover").replace('\u{a0}', " "), "GHS 900,000.00");
    assert_eq!(profile.texts("ul.needs li"), ["Networking and B2B linkage: Buyers for cocoa liquor"]);
}

async fn an_msme_page_lists_recommended_opportunities_with_their_reasons(app: &TestApp) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let partner = app.create("/api/v1/organizations", &partner_body("government_agency", "GEPA")).await;
    app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    let profile = page(app, &format!("/organizations/{msme}")).await;
    assert_eq!(profile.texts(".recommended .card a"), ["Cocoa producers meet chocolate manufacturers"]);
    let reasons = profile.text(".recommended .reasons");
    assert!(reasons.starts_with("Why: "), "{reasons}");
    assert!(reasons.contains("meets a need you stated"), "{reasons}");
    let partner_page = page(app, &format!("/organizations/{partner}")).await;
    assert!(partner_page.texts(".recommended").is_empty(), "a partner gets no recommendations");
}

async fn the_opportunity_pages_show_the_list_and_one_opportunity(app: &TestApp) {
    let partner = app
        .create(
            "/api/v1/organizations",
            &partner_body("government_agency", "Ghana Export Promotion Authority"),
        )
        .await;
    let id = app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    let list = page(app, "/opportunities?channel=networking").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.texts(".card strong"), ["Cocoa producers meet chocolate manufacturers"]);
    assert_eq!(list.texts(".card .tag.warn"), ["illustrative"]);
    assert!(list.texts(".card .tag").iter().all(|t| t != "closed"), "open on the test date");
    assert_eq!(list.text("[role=status]"), "1 opportunity matches the filters.");
    assert!(
        list.texts(".card .tag").contains(&"Closes Jun 30, 2028".to_owned()),
        "{:?}",
        list.texts(".card .tag")
    );
    let open = page(app, "/opportunities?open_now=true&channel=networking").await;
    assert_eq!(
        open.texts(".card strong"),
        ["Cocoa producers meet chocolate manufacturers"],
        "open on the test date"
    );
    let none = page(app, "/opportunities?channel=training").await;
    assert!(none.texts(".card").is_empty());
    assert_eq!(none.text("main > p"), "No opportunity matches these filters.");
    let one = page(app, &format!("/opportunities/{id}")).await;
    assert_eq!(one.status, StatusCode::OK);
    assert_eq!(one.fact("Offered by"), "Ghana Export Promotion Authority");
    assert_eq!(one.fact("Regions"), "Ashanti, Western");
    assert_eq!(one.fact("Priority to"), "women-led firms", "the programme's priority is shown");
    assert_eq!(one.fact("Status"), "open");
    assert_eq!(one.fact("Closes"), "Jun 30, 2028");
    let partner_page = page(app, &format!("/organizations/{partner}")).await;
    assert_eq!(partner_page.attributes(".offered a", "href"), [format!("/opportunities/{id}")]);
    // A partner that closed it yesterday: no longer among those open now.
    let mut closed = opportunity_body(&partner);
    closed["title"] = "Trade fair stand grants".into();
    closed["opens_on"] = "2027-01-01".into();
    closed["closes_on"] = "2027-09-14".into();
    app.create("/api/v1/opportunities", &closed).await;
    let all = page(app, "/opportunities?channel=networking").await;
    assert_eq!(all.text("[role=status]"), "2 opportunities match the filters.");
    let open = page(app, "/opportunities?channel=networking&open_now=true").await;
    assert_eq!(open.texts(".card strong"), ["Cocoa producers meet chocolate manufacturers"]);
    assert_eq!(open.text("[role=status]"), "1 opportunity matches the filters.");
}

async fn bad_filters_and_unknown_records_get_a_page_that_says_so(app: &TestApp) {
    let bad_kind = page(app, "/organizations?kind=bank").await;
    assert_eq!(bad_kind.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad_kind.texts("[role=alert] li"), ["Kind: Choose one from the list."]);
    let bad_language = page(app, "/opportunities?language=xx").await;
    assert_eq!(bad_language.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad_language.texts("[role=alert] li"), ["Language: Choose a language from the list."]);
    for path in [
        "/organizations/not-an-id",
        "/organizations/0190d0a4-0000-7000-8000-000000000000",
        "/opportunities/nope",
    ] {
        let missing = page(app, path).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(missing.text("h1"), "Not found", "{path}");
    }
}
