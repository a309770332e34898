//! Browser journeys: headless Chromium loads the pages as a person would, following the links
//! and submitting the filter forms (plain GET forms, so no JavaScript is involved).
//!
//! They need Debian's `chromium` (or `MITRA_CHROMIUM` naming another binary) and say they were
//! skipped without it.

use std::path::{Path, PathBuf};
use std::process::Command;

use mitra_store::testing::TestDatabase;

use crate::support::TestApp;

fn chromium() -> Option<PathBuf> {
    let candidate = std::env::var_os("MITRA_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    candidate.exists().then_some(candidate)
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
    let needle = format!("href=\"{prefix}");
    let start =
        dom.find(&needle).unwrap_or_else(|| panic!("no link to {prefix} in\n{dom}")) + "href=\"".len();
    let end = start + dom[start..].find('"').unwrap();
    dom[start..end].replace("&amp;", "&")
}

async fn demo_app() -> TestApp {
    let database = TestDatabase::sqlite().await;
    let data = mitra_server::demo::generate(mitra_server::demo::DEFAULT_SEED, 20);
    mitra_server::demo::seed(database.store.as_ref(), data).await.unwrap();
    TestApp::spawn(database).await
}

#[tokio::test]
async fn a_visitor_finds_a_ghanaian_firm_through_the_directory_and_reads_its_size_class() {
    let Some(browser) = chromium() else {
        return;
    };
    let app = demo_app().await;
    let landing = dom(&browser, format!("{}/", app.address)).await;
    assert!(landing.contains("Partners for the recovery"));
    let directory = first_link(&landing, "/organizations");
    // Submitting the directory's filter form is a GET with its fields as the query string.
    let filtered =
        dom(&browser, format!("{}{directory}?kind=msme&country=GH&size_class=&industry=&q=", app.address))
            .await;
    assert!(filtered.contains("<option value=\"msme\" selected=\"\">"), "the form keeps the chosen kind");
    assert!(filtered.contains("Ghana"));
    assert!(!filtered.contains("India"));
    let firm = first_link(&filtered, "/organizations/");
    let page = dom(&browser, format!("{}{firm}", app.address)).await;
    assert!(page.contains("Size class"));
    assert!(page.contains("under Ghana L.I. 2470"), "{page}");
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
    assert!(list.contains("Recovery mentoring for owners"));
    let opportunity = first_link(&list, "/opportunities/");
    let page = dom(&browser, format!("{}{opportunity}", app.address)).await;
    assert!(page.contains("Offered by"));
    let partner = first_link(&page, "/organizations/");
    let partner_page = dom(&browser, format!("{}{partner}", app.address)).await;
    assert!(partner_page.contains("Opportunities offered"));
    let ceba = dom(&browser, format!("{}/opportunities?q=CEBA", app.address)).await;
    assert!(ceba.contains("Canada Emergency Business Account"));
    assert!(!ceba.contains(">illustrative<"), "CEBA is a real programme, not illustrative");
    app.stop().await;
}
