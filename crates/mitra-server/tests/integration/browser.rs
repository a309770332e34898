//! Browser journeys: headless Chromium loads the pages as a person would, following the links
//! and submitting the filter forms (plain GET forms, so no JavaScript is involved).
//!
//! They need Debian's `chromium` (or `MITRA_CHROMIUM` naming another binary) and say they were
//! skipped without it.

use std::path::{Path, PathBuf};
use std::process::Command;

use mitra_app::{Actor, RegistryImport};
use mitra_store::testing::TestDatabase;
use scraper::{Html, Selector};

use crate::support::{TEST_DATE, TestApp, app_on_test_date};

fn chromium() -> Option<PathBuf> {
    crate::journeys::chromium()
}

/// The DOM Chromium builds for `url`, after it has parsed and laid out the page.
async fn dom(browser: &Path, url: String) -> String {
    let browser = browser.to_path_buf();
    tokio::task::spawn_blocking(move || {
        let profile = std::env::temp_dir().join(format!("mitra-chromium-{}", uuid::Uuid::now_v7()));
        let output = Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=390,844",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("--dump-dom")
            .arg(&url)
            .output()
            .expect("chromium runs");
        let _ = std::fs::remove_dir_all(profile);
        assert!(
            output.status.success(),
            "chromium failed on {url}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("the DOM is UTF-8")
    })
    .await
    .unwrap()
}

/// The first `href` in `dom` that starts with `prefix`.
fn first_link(dom: &str, prefix: &str) -> String {
    let selector = Selector::parse(&format!("a[href^=\"{prefix}\"]")).unwrap();
    let html = Html::parse_document(dom);
    let link = html.select(&selector).next().unwrap_or_else(|| panic!("no link to {prefix} in\n{dom}"));
    link.value().attr("href").unwrap().to_owned()
}

/// The text of every element `css` selects in `dom`, whitespace folded.
fn texts(dom: &str, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    Html::parse_document(dom)
        .select(&selector)
        .map(|e| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// A server over the demo data of the default seed, 20 firms per country, on the test date.
pub async fn demo_app() -> TestApp {
    demo_app_of(20).await
}

/// The demo with `msmes_per_country` synthetic MSMEs in each country, on the tests' date.
pub async fn demo_app_of(msmes_per_country: usize) -> TestApp {
    let database = TestDatabase::sqlite().await;
    let data = mitra_demo::generate(mitra_demo::DEFAULT_SEED, msmes_per_country, TEST_DATE).unwrap();
    let import = RegistryImport {
        partners: data.partners,
        opportunities: data.opportunities,
        msmes: data.msmes,
        rules: data.rules,
        programmes: data.programmes,
    };
    app_on_test_date(database.store.clone()).import_registry(&Actor::System, import).await.unwrap();
    TestApp::spawn(database).await
}

#[tokio::test]
async fn a_visitor_finds_a_ghanaian_partner_through_the_directory_and_no_firm_at_all() {
    let Some(browser) = chromium() else {
        return;
    };
    let app = demo_app().await;
    let landing = dom(&browser, format!("{}/", app.address)).await;
    assert!(texts(&landing, "h1")[0].starts_with("Partners for the recovery"));
    let directory = first_link(&landing, "/organizations");
    // Submitting the directory's filter form is a GET with its fields as the query string.
    let filtered = dom(
        &browser,
        format!("{}{directory}?kind=nonprofit&country=GH&size_class=&industry=&q=", app.address),
    )
    .await;
    assert_eq!(
        texts(&filtered, "select[name=kind] option[selected]"),
        ["Non-profit"],
        "the form keeps the chosen kind"
    );
    let countries = texts(&filtered, ".card .tag:nth-of-type(2)");
    assert!(!countries.is_empty() && countries.iter().all(|c| c.starts_with("Ghana")), "{countries:?}");
    let partner = first_link(&filtered, "/organizations/");
    let page = dom(&browser, format!("{}{partner}", app.address)).await;
    assert_eq!(texts(&page, "h1").len(), 1);
    // A firm's record is private: a visitor's directory holds none, whatever the filter.
    let firms = dom(&browser, format!("{}{directory}?kind=msme&country=GH", app.address)).await;
    assert!(texts(&firms, ".card").is_empty(), "{:?}", texts(&firms, ".card"));
    assert!(texts(&firms, "header a").iter().any(|a| a == "Sign in"), "the visitor is offered to sign in");
    app.stop().await;
}

#[tokio::test]
async fn a_visitor_browses_training_opportunities_and_reaches_the_partner_offering_one() {
    let Some(browser) = chromium() else {
        return;
    };
    let app = demo_app().await;
    let landing = dom(&browser, format!("{}/", app.address)).await;
    let training = first_link(&landing, "/opportunities?channel=training");
    let list = dom(&browser, format!("{}{training}", app.address)).await;
    assert!(!texts(&list, ".card strong").is_empty(), "there are training opportunities");
    let opportunity = first_link(&list, "/opportunities/");
    let page = dom(&browser, format!("{}{opportunity}", app.address)).await;
    assert_eq!(texts(&page, "dl.facts dt")[0], "Offered by");
    let partner = first_link(&page, "/organizations/");
    let partner_page = dom(&browser, format!("{}{partner}", app.address)).await;
    assert!(texts(&partner_page, "h2").iter().any(|h| h == "Opportunities offered"));
    let ceba = dom(&browser, format!("{}/opportunities?q=CEBA", app.address)).await;
    let titles = texts(&ceba, ".card strong");
    assert!(
        !titles.is_empty() && titles.iter().all(|t| t.contains("Canada Emergency Business Account")),
        "{titles:?}"
    );
    assert!(texts(&ceba, ".card .tag.warn").is_empty(), "CEBA is a real programme, not illustrative");
    assert!(texts(&ceba, ".card .tag").iter().any(|t| t == "closed"), "CEBA closed on 2021-06-30");
    app.stop().await;
}
