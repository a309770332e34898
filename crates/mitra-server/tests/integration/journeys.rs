//! The main journeys of people through the pages, in headless Chromium driven over the DevTools
//! protocol (chromiumoxide): typing into forms, choosing from lists, pressing buttons, reading
//! what the page then says, and taking screenshots on a phone-sized and a desktop-sized window
//! (written to `$MITRA_SCREENSHOTS`, by default `target/screenshots`, for a person to look at).
//!
//! They need Debian's `chromium` (or `MITRA_CHROMIUM` naming another binary). Without it they
//! say they were skipped, unless `MITRA_REQUIRE_CHROMIUM` is set (CI sets it), when they fail.
//!
//! What the pages say is compared with the message files through `mitra_i18n`, so a test reads
//! "the Indonesian for this problem" rather than a copy of the sentence.

use std::path::PathBuf;
use std::time::Duration;

use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::emulation::SetDeviceMetricsOverrideParams;
use chromiumoxide::page::{Page, ScreenshotParams};
use futures::StreamExt;
use mitra_domain::{Problem, Role};

use mitra_i18n::Locale;
use scraper::{Html, Selector};
use tokio::task::JoinHandle;

use crate::browser::demo_app;
use crate::support::{TEST_PASSWORD, TestApp};

/// A phone (a common Android size) and a laptop.
const PHONE: (u32, u32) = (390, 844);
const DESKTOP: (u32, u32) = (1280, 900);

/// One person's browser: its own profile, so its own cookies.
struct Chrome {
    browser: Browser,
    handler: JoinHandle<()>,
    profile: PathBuf,
    page: Page,
    address: String,
}

/// The Chromium binary, or `None` (and a note that the test was skipped) when there is none.
pub fn chromium() -> Option<PathBuf> {
    let candidate = std::env::var_os("MITRA_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if candidate.exists() {
        return Some(candidate);
    }
    assert!(
        std::env::var_os("MITRA_REQUIRE_CHROMIUM").is_none(),
        "MITRA_REQUIRE_CHROMIUM is set but there is no Chromium at {}",
        candidate.display()
    );
    eprintln!("skipped: no Chromium at {} (install Debian's chromium)", candidate.display());
    None
}

impl Chrome {
    /// A browser on a window of `size`, at the start page of `app`.
    async fn open(app: &TestApp, size: (u32, u32)) -> Option<Chrome> {
        let executable = chromium()?;
        let profile = std::env::temp_dir().join(format!("mitra-journey-{}", uuid::Uuid::now_v7()));
        let config = BrowserConfig::builder()
            .chrome_executable(executable)
            .no_sandbox()
            .user_data_dir(&profile)
            .window_size(size.0, size.1)
            .viewport(None)
            .args([
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-GB",
            ])
            .build()
            .expect("a browser configuration");
        let (browser, mut events) = Browser::launch(config).await.expect("Chromium starts");
        let handler = tokio::spawn(async move { while events.next().await.is_some() {} });
        let page = browser.new_page("about:blank").await.expect("a tab opens");
        let chrome = Chrome { browser, handler, profile, page, address: app.address.clone() };
        chrome.resize(size).await;
        chrome.go("/").await;
        Some(chrome)
    }

    async fn resize(&self, (width, height): (u32, u32)) {
        let mobile = width < 600;
        let metrics = SetDeviceMetricsOverrideParams::new(
            i64::from(width),
            i64::from(height),
            if mobile { 2.0 } else { 1.0 },
            mobile,
        );
        self.page.execute(metrics).await.expect("the window takes its size");
    }

    async fn go(&self, path: &str) {
        self.page.goto(format!("{}{path}", self.address)).await.expect("the page loads");
    }

    /// The page as it is now, parsed.
    async fn html(&self) -> Html {
        Html::parse_document(&self.page.content().await.expect("the page has content"))
    }

    /// The address of the page now, without the server's part.
    async fn path(&self) -> String {
        let url = self.page.url().await.unwrap().unwrap_or_default();
        url.strip_prefix(&self.address).unwrap_or(&url).to_owned()
    }

    /// Types `text` into the field `selector` names, replacing what it held.
    async fn type_into(&self, selector: &str, text: &str) {
        self.set(selector, text).await;
    }

    /// Sets a field (a list, a date) the way choosing in it does.
    async fn set(&self, selector: &str, value: &str) {
        let script = format!(
            "(() => {{ const f = document.querySelector({selector:?}); if (!f) return false; f.focus(); f.value = {value:?}; \
             f.dispatchEvent(new Event('input', {{ bubbles: true }})); \
             f.dispatchEvent(new Event('change', {{ bubbles: true }})); return true; }})()"
        );
        let found: bool = self.page.evaluate(script).await.unwrap().into_value().unwrap();
        assert!(found, "no field {selector} on {}", self.path().await);
    }

    /// Ticks or unticks a checkbox.
    async fn tick(&self, selector: &str, on: bool) {
        let script = format!(
            "(() => {{ const f = document.querySelector({selector:?}); f.checked = {on}; return true; }})()"
        );
        let _: bool = self.page.evaluate(script).await.unwrap().into_value().unwrap();
    }

    /// Presses the button `selector` names and waits for the page it leads to: the old page
    /// carries a mark that the new one lacks, and the new one has finished loading.
    async fn press(&self, selector: &str) {
        let script = format!(
            "(() => {{ const b = document.querySelector({selector:?}); if (!b) return false; window.mitraOldPage = true; \
             b.click(); return true; }})()"
        );
        let found: bool = self.page.evaluate(script).await.unwrap().into_value().unwrap();
        assert!(found, "no button {selector} on {}", self.path().await);
        self.settle().await;
    }

    /// Waits until the page that replaces a marked one has loaded.
    async fn settle(&self) {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let loaded = self
                .page
                .evaluate("(() => window.mitraOldPage !== true && document.readyState === 'complete')()")
                .await
                .ok()
                .and_then(|r| r.into_value::<bool>().ok())
                .unwrap_or(false);
            if loaded {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "the form's answer did not arrive");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Saves a screenshot of the whole page as `name` on this window size.
    async fn screenshot(&self, name: &str) {
        let dir = std::env::var_os("MITRA_SCREENSHOTS")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots"));
        std::fs::create_dir_all(&dir).unwrap();
        let png = self.page.screenshot(ScreenshotParams::builder().full_page(true).build()).await.unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    async fn close(mut self) {
        let _ = self.browser.close().await;
        let _ = self.browser.wait().await;
        self.handler.abort();
        let _ = std::fs::remove_dir_all(&self.profile);
    }

    /// Signs in through the form.
    async fn sign_in(&self, email: &str, password: &str) {
        self.go("/sign-in").await;
        self.type_into("form[action='/sign-in'] input[name=email]", email).await;
        self.type_into("form[action='/sign-in'] input[name=password]", password).await;
        self.press("form[action='/sign-in'] button[type=submit]").await;
    }
}

/// The text of every element `css` selects, whitespace folded.
fn texts(html: &Html, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    html.select(&selector)
        .map(|e| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn text(html: &Html, css: &str) -> String {
    texts(html, css).join(" ")
}

fn lang_of(html: &Html) -> String {
    let selector = Selector::parse("html").unwrap();
    html.select(&selector).next().and_then(|e| e.value().attr("lang")).unwrap_or("").to_owned()
}

/// The error shown beside the field named `name`.
fn error_beside(html: &Html, name: &str) -> String {
    let css = format!("label:has([name={name}]) .field-error, [name={name}] ~ .field-error");
    text(html, &css)
}

#[tokio::test]
async fn an_owner_signs_up_in_indonesian_mends_the_profile_errors_and_sees_the_size_class() {
    let app = demo_app().await;
    let Some(phone) = Chrome::open(&app, PHONE).await else { return };
    let id = Locale::parse("id").unwrap();

    // The switcher at the foot of every page.
    phone.go("/sign-up").await;
    phone.press("form[action='/language'] button[value=id]").await;
    let page = phone.html().await;
    assert_eq!(lang_of(&page), "id");
    assert_eq!(phone.path().await, "/sign-up", "the switcher comes back to the same page");

    phone.type_into("input[name=name]", "Siti Rahmawati").await;
    phone.type_into("input[name=email]", "siti.rahmawati@example.co.id").await;
    phone.type_into("input[name=password]", "pendek").await;
    phone.type_into("input[name=business]", "Warung Makan Bu Siti").await;
    phone.set("select[name=country]", "ID").await;
    phone.type_into("input[name=region]", "DKI Jakarta").await;
    phone.set("select[name=legal_form]", "sole_proprietorship").await;
    phone.press("form[action='/sign-up'] button[type=submit]").await;
    let refused = phone.html().await;
    assert_eq!(
        error_beside(&refused, "password"),
        id.problem(&Problem::PasswordTooShort { min: mitra_domain::account::MIN_PASSWORD }),
        "a short password is refused in Indonesian, beside the field"
    );
    phone.screenshot("id-phone-sign-up-refused").await;

    phone.type_into("input[name=password]", "sambal-terasi-pedas").await;
    phone.press("form[action='/sign-up'] button[type=submit]").await;
    let business = phone.path().await.trim_end_matches("/edit").to_owned();
    assert!(business.starts_with("/organizations/"), "signed up and at the business's page: {business}");

    // The profile editor: bad input is refused field by field, in Indonesian, and nothing is kept.
    phone.go(&format!("{business}/edit")).await;
    phone.type_into("input[name=turnover_amount]", "dua ratus juta").await;
    phone.set("input[name=founded_on]", "2031-01-01").await;
    phone.press("form[action$='/edit'] button[type=submit]").await;
    let refused = phone.html().await;
    let not_an_amount = Problem::Money(mitra_domain::MoneyError::NotANumber);
    assert_eq!(error_beside(&refused, "turnover_amount"), id.problem(&not_an_amount));
    phone.screenshot("id-phone-profile-refused").await;
    // The amount mended, the domain's own checks speak: a founding date in the future.
    phone.type_into("input[name=turnover_amount]", "240000000").await;
    phone.set("select[name=turnover_currency]", "IDR").await;
    phone.press("form[action$='/edit'] button[type=submit]").await;
    assert_eq!(error_beside(&phone.html().await, "founded_on"), id.problem(&Problem::InFuture));

    phone.type_into("input[name=employees]", "3").await;
    phone.set("input[name=founded_on]", "2016-05-01").await;
    phone.set("input[name=industry_code]", "5610").await;
    phone.type_into("input[name=turnover_amount]", "240000000").await;
    phone.set("select[name=turnover_currency]", "IDR").await;
    phone.press("form[action$='/edit'] button[type=submit]").await;
    let saved = phone.html().await;
    let size = text(&saved, "dl");
    assert!(size.contains(&id.t("size-micro")), "the size class is shown in Indonesian: {size}");
    assert!(
        text(&saved, "main").contains("Rp 240.000.000")
            || text(&saved, "main").contains("Rp\u{a0}240.000.000"),
        "{}",
        text(&saved, "main")
    );
    phone.screenshot("id-phone-profile-saved").await;
    phone.close().await;

    let Some(desktop) = Chrome::open(&app, DESKTOP).await else { return };
    desktop.sign_in("siti.rahmawati@example.co.id", "sambal-terasi-pedas").await;
    desktop.go(&business).await;
    assert_eq!(lang_of(&desktop.html().await), "id", "the language chosen is the account's, in any browser");
    desktop.screenshot("id-desktop-business").await;
    desktop.close().await;
    app.stop().await;
}

/// The first MSME of the demo in `country` and a partner of the demo, by name.
async fn ids(app: &TestApp, kind: &str, country: &str) -> Vec<String> {
    let country = if country.is_empty() { String::new() } else { format!("&country={country}") };
    let list = app.get(&format!("/api/v1/organizations?kind={kind}{country}&limit=5")).await.json();
    list["items"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn partner_staff_publish_an_opportunity_and_reach_neither_another_partner_nor_a_firm_that_shares_nothing()
 {
    let app = demo_app().await;
    let partners = ids(&app, "financial_institution", "").await;
    let (own, other) = (&partners[0], &partners[1]);
    let firm = &ids(&app, "msme", "GH").await[0];
    let token = app.user("akosua.mensah@bank.example.com.gh", Some(own), Role::PartnerStaff).await;
    let Some(chrome) = Chrome::open(&app, DESKTOP).await else { return };
    chrome.sign_in("akosua.mensah@bank.example.com.gh", TEST_PASSWORD).await;

    chrome.go(&format!("/organizations/{own}/opportunities/new")).await;
    chrome.type_into("input[name=title]", "Working capital for cocoa processors").await;
    chrome
        .type_into(
            "textarea[name=description]",
            "Loans of up to GHS 250,000 for processors that lost orders.",
        )
        .await;
    chrome.set("select[name=channel]", "resources").await;
    chrome.set("input[name=opens_on]", "2027-09-01").await;
    chrome.set("input[name=closes_on]", "2027-12-31").await;
    chrome.set("select[name=languages]", "en").await;
    chrome.type_into("input[name=regions]", "Ashanti, Greater Accra").await;
    chrome.press("form[action$='/opportunities'] button[type=submit]").await;
    let published = chrome.path().await;
    assert!(
        published.starts_with("/opportunities/"),
        "published and shown: {published} {:?}",
        texts(&chrome.html().await, ".field-error, .error")
    );
    assert!(text(&chrome.html().await, "h1").contains("Working capital for cocoa processors"));
    chrome.screenshot("en-desktop-partner-published").await;

    // Another partner's form, by link: refused, and nothing about it is shown.
    chrome.go(&format!("/organizations/{other}/opportunities/new")).await;
    let refused = chrome.html().await;
    assert!(texts(&refused, "form[action$='/opportunities']").is_empty(), "no form for another partner");
    assert_eq!(text(&refused, "h1"), Locale::default().t("error-forbidden-title"));
    // By form: the partner's own form, its address changed to the other partner's, is refused.
    chrome.go(&format!("/organizations/{own}/opportunities/new")).await;
    chrome.type_into("input[name=title]", "Forged offer").await;
    let retarget = format!(
        "(() => {{ document.querySelector(\"form[action$='/opportunities']\").action = '/organizations/{other}/opportunities'; return true; }})()"
    );
    let _: bool = chrome.page.evaluate(retarget).await.unwrap().into_value().unwrap();
    chrome.press("main form button[type=submit]").await;
    assert_eq!(text(&chrome.html().await, "h1"), Locale::default().t("error-forbidden-title"));
    let others = app.get(&format!("/api/v1/opportunities?partner={other}")).await.json();
    assert!(!others.to_string().contains("Forged offer"), "nothing was stored for the other partner");

    // A firm that shares nothing: its page by link says nothing of its turnover, nor does the API.
    chrome.go(&format!("/organizations/{firm}")).await;
    let page = chrome.html().await;
    let turnover = Locale::default().t("figure-turnover");
    assert!(!text(&page, "main").contains(&turnover), "no turnover of a firm without consent");
    let api = app.get_as(&token, &format!("/api/v1/organizations/{firm}")).await;
    assert!(api.status == 404 || api.json()["msme"]["annual_turnover"].is_null(), "{}", api.text);
    chrome.close().await;
    app.stop().await;
}

#[tokio::test]
async fn a_consent_shows_the_figures_to_the_partner_and_its_revocation_hides_them_again() {
    let app = demo_app().await;
    let partner = ids(&app, "financial_institution", "").await.remove(0);
    let firm = ids(&app, "msme", "IN").await.remove(0);
    app.user("meera.iyer@bank.example.in", Some(&partner), Role::PartnerStaff).await;
    app.user("owner@udyam.example.in", Some(&firm), Role::MsmeOwner).await;
    let Some(owner) = Chrome::open(&app, PHONE).await else { return };
    let Some(bank) = Chrome::open(&app, DESKTOP).await else { return };
    owner.sign_in("owner@udyam.example.in", TEST_PASSWORD).await;
    owner.go("/").await;
    owner.press("form[action='/language'] button[value=hi]").await;
    bank.sign_in("meera.iyer@bank.example.in", TEST_PASSWORD).await;
    let hi = Locale::parse("hi").unwrap();
    let turnover = Locale::default().t("figure-turnover");

    bank.go(&format!("/organizations/{firm}")).await;
    assert!(!text(&bank.html().await, "main").contains(&turnover), "nothing is shared yet");

    owner.go(&format!("/organizations/{firm}/consents")).await;
    owner.set("select[name=partner]", &partner).await;
    owner.tick("input[name=figures][value=turnover]", true).await;
    owner.set("input[name=expires_on]", "2028-03-31").await;
    owner.press("form[action$='/consents'] button[type=submit]").await;
    let granted = owner.html().await;
    assert!(text(&granted, "main").contains(&hi.t("figure-turnover")), "the grant is listed in Hindi");
    owner.screenshot("hi-phone-consent-granted").await;

    bank.go(&format!("/organizations/{firm}")).await;
    let shown = bank.html().await;
    assert!(text(&shown, "main").contains(&turnover), "the turnover is shown while the consent holds");
    assert!(text(&shown, "main").contains('₹'), "in rupees: {}", text(&shown, "main"));
    bank.screenshot("en-desktop-partner-sees-shared-turnover").await;

    owner.press("form[action$='/revoke'] button[type=submit]").await;
    bank.go(&format!("/organizations/{firm}")).await;
    assert!(!text(&bank.html().await, "main").contains(&turnover), "revoked: hidden on the next request");
    owner.close().await;
    bank.close().await;
    app.stop().await;
}

#[tokio::test]
async fn an_administrator_invites_a_reviewer_who_reads_the_email_in_the_outbox_and_joins_in_french() {
    let app = demo_app().await;
    let Some(admin) = Chrome::open(&app, DESKTOP).await else { return };
    admin.sign_in("admin@tests.example", TEST_PASSWORD).await;
    admin.go("/admin/users").await;
    admin.type_into("input[name=email]", "claire.tremblay@example.ca").await;
    admin.set("select[name=role]", "reviewer").await;
    admin.press("form[action='/admin/invitations'] button[type=submit]").await;
    admin.screenshot("en-desktop-admin-invited").await;
    admin.go("/admin/organizations/new").await;
    admin.screenshot("en-desktop-admin-register-partner").await;

    admin.go("/admin/outbox").await;
    let outbox = admin.html().await;
    let body = text(&outbox, "main");
    assert!(body.contains("claire.tremblay@example.ca"), "{body}");
    let link = body
        .split_whitespace()
        .find(|w| w.contains("/invitations/"))
        .unwrap_or_else(|| panic!("no invitation link in the outbox: {body}"));
    let path =
        format!("/invitations/{}", link.rsplit("/invitations/").next().unwrap().trim_end_matches(['.', ',']));
    admin.close().await;

    let Some(reviewer) = Chrome::open(&app, PHONE).await else { return };
    reviewer.go(&path).await;
    reviewer.press("form[action='/language'] button[value=fr]").await;
    let fr = Locale::parse("fr").unwrap();
    assert_eq!(lang_of(&reviewer.html().await), "fr");
    reviewer.type_into("input[name=name]", "Claire Tremblay").await;
    reviewer.type_into("input[name=password]", "sirop-d-erable-2027").await;
    reviewer.press("main form button[type=submit]").await;
    let joined = reviewer.html().await;
    assert!(
        text(&joined, "header").contains("Claire Tremblay"),
        "signed in as the new reviewer: {}",
        text(&joined, "header")
    );
    reviewer.screenshot("fr-phone-reviewer-joined").await;
    reviewer.go("/account").await;
    assert!(text(&reviewer.html().await, "main").contains(&fr.t("role-reviewer")));
    reviewer.screenshot("fr-phone-account").await;
    reviewer.close().await;
    app.stop().await;
}

#[tokio::test]
async fn a_visitor_on_a_phone_finds_what_is_open_now_in_spanish_with_its_deadline_and_amount() {
    let app = demo_app().await;
    let Some(phone) = Chrome::open(&app, PHONE).await else { return };
    phone.go("/opportunities").await;
    phone.press("form[action='/language'] button[value=es]").await;
    let es = Locale::parse("es").unwrap();
    phone.tick("input[name=open_now]", true).await;
    phone.set("select[name=channel]", "training").await;
    phone.press("form.filters button[type=submit]").await;
    let page = phone.html().await;
    assert_eq!(lang_of(&page), "es");
    assert!(phone.path().await.contains("open_now=true"), "the filter stays in the address");
    let status = text(&page, "[role=status]");
    let cards = texts(&page, ".card");
    assert!(!cards.is_empty(), "the demo has training open on the test date");
    assert!(!status.is_empty(), "the page says how many match");
    let closed = es.t("opportunity-closed");
    assert!(texts(&page, ".card .tag").iter().all(|t| *t != closed), "only open ones are listed");
    phone.screenshot("es-phone-opportunities-open-now").await;
    phone.resize(DESKTOP).await;
    phone.screenshot("es-desktop-opportunities-open-now").await;
    phone.close().await;
    app.stop().await;
}

#[tokio::test]
async fn an_owner_checks_eligibility_and_applies_a_reviewer_scores_an_approver_approves_and_the_owner_reads_it_in_indonesian()
 {
    let app = demo_app().await;
    let partner = ids(&app, "financial_institution", "ID").await.remove(0);
    let firm = ids(&app, "msme", "ID").await.remove(0);
    let loan = app
        .create(
            "/api/v1/opportunities",
            &serde_json::json!({
                "partner_id": partner, "title": "Modal kerja pemulihan usaha",
                "description": "Pinjaman modal kerja untuk usaha yang pulih dari pandemi",
                "channel": "resources", "country": "ID", "languages": ["id", "en"],
                "capacity": {"budget": {"amount": "500000000", "currency": "IDR"},
                             "max_per_firm": {"amount": "50000000", "currency": "IDR"}},
                "opens_on": "2027-01-01", "closes_on": "2028-12-31", "illustrative": true
            }),
        )
        .await;
    let rules = serde_json::json!({"applies_from": "2027-01-01", "criteria": [
        {"key": "in-indonesia", "labels": {"en": "Trades in Indonesia", "id": "Berusaha di Indonesia"},
         "expression": "country == \"ID\""}
    ]});
    assert_eq!(app.post(&format!("/api/v1/opportunities/{loan}/rules"), &rules).await.status.as_u16(), 201);
    let rubric = serde_json::json!({"criteria": [
        {"key": "viability", "labels": {"en": "The plan can work", "id": "Rencana dapat berjalan"}, "weight": 3},
        {"key": "need", "labels": {"en": "The firm needs it", "id": "Usaha membutuhkannya"}, "weight": 1}
    ], "scale": 5, "separate_approver": true});
    let put = app
        .send_as(&app.token, reqwest::Method::PUT, &format!("/api/v1/opportunities/{loan}/rubric"), &rubric)
        .await;
    assert_eq!(put.status.as_u16(), 200, "{}", put.text);
    app.user("siti@usaha.example.id", Some(&firm), Role::MsmeOwner).await;
    app.user("budi@reviewers.example.id", None, Role::Reviewer).await;
    app.user("dewi@approvers.example.id", None, Role::Approver).await;
    let id = Locale::parse("id").unwrap();

    let Some(owner) = Chrome::open(&app, PHONE).await else { return };
    owner.sign_in("siti@usaha.example.id", TEST_PASSWORD).await;
    owner.go("/").await;
    owner.press("form[action='/language'] button[value=id]").await;
    owner.go(&format!("/opportunities/{loan}")).await;
    let page = owner.html().await;
    assert!(text(&page, ".eligibility").contains("Berusaha di Indonesia"), "the rule in Indonesian");
    assert!(
        text(&page, ".eligibility li.pass").contains(&id.t("eligibility-met")),
        "{}",
        text(&page, ".eligibility")
    );
    owner.type_into("form[action$='/apply'] input[name=amount]", "25000000").await;
    owner
        .type_into(
            "form[action$='/apply'] textarea[name=statement]",
            "Untuk membeli bahan baku menjelang Lebaran.",
        )
        .await;
    owner.screenshot("id-phone-apply").await;
    owner.press("form[action$='/apply'] button[value=submit]").await;
    let applied = owner.html().await;
    let application = owner.path().await;
    assert!(application.starts_with("/applications/"), "the application's page: {application}");
    assert!(
        text(&applied, "main").contains(&id.t("application-status-screened")),
        "{}",
        text(&applied, "main")
    );
    assert!(text(&applied, "main").contains("Rp"), "the amount in rupiah: {}", text(&applied, "main"));

    let Some(staff) = Chrome::open(&app, DESKTOP).await else { return };
    staff.sign_in("budi@reviewers.example.id", TEST_PASSWORD).await;
    staff.go("/applications?awaiting=on").await;
    staff.screenshot("en-desktop-reviewer-queue").await;
    assert!(
        text(&staff.html().await, "table")
            .contains(&text(&applied, "h1").split(':').next().unwrap().to_owned())
    );
    staff.go(&application).await;
    staff.set("select[name='score.viability']", "4").await;
    staff.set("select[name='score.need']", "5").await;
    staff.type_into("textarea[name=comment]", "Clear plan, real need before the holiday season").await;
    staff.press("form[action$='/review'] button[type=submit]").await;
    let reviewed = staff.html().await;
    assert!(text(&reviewed, "table").contains("4.25"), "(4×3 + 5×1) / 4: {}", text(&reviewed, "table"));
    staff.close().await;

    let Some(approver) = Chrome::open(&app, DESKTOP).await else { return };
    approver.sign_in("dewi@approvers.example.id", TEST_PASSWORD).await;
    approver.go(&application).await;
    let deciding = approver.html().await;
    assert!(
        text(&deciding, ".standing").contains("500,000,000"),
        "the budget left: {}",
        text(&deciding, ".standing")
    );
    approver.screenshot("en-desktop-approver-decides").await;
    approver.press("form[action$='/approve'] button[type=submit]").await;
    approver.resize(PHONE).await;
    approver.go("/applications?awaiting=on").await;
    approver.screenshot("en-phone-approver-queue").await;
    approver.go(&application).await;
    let en = Locale::default();
    assert!(text(&approver.html().await, "main").contains(&en.t("application-status-approved")));
    approver.close().await;

    owner.go(&application).await;
    let decided = owner.html().await;
    assert_eq!(lang_of(&decided), "id");
    assert!(
        text(&decided, "main").contains(&id.t("application-status-approved")),
        "{}",
        text(&decided, "main")
    );
    owner.screenshot("id-phone-application-approved").await;
    let outbox = app.app.outbox(&mitra_app::Actor::System, 10).await.unwrap();
    let told = outbox.iter().find(|e| e.recipient == "siti@usaha.example.id").expect("the owner is told");
    assert!(told.body.contains("Kabar baik"), "the decision in Indonesian: {}", told.body);
    owner.close().await;
    app.stop().await;
}

#[tokio::test]
async fn the_rule_editor_says_what_is_wrong_with_a_criterion_as_it_is_typed() {
    let app = demo_app().await;
    let partner = ids(&app, "financial_institution", "ID").await.remove(0);
    let loan = app
        .create(
            "/api/v1/opportunities",
            &serde_json::json!({
                "partner_id": partner, "title": "Modal kerja pemulihan usaha",
                "description": "Pinjaman modal kerja untuk usaha yang pulih dari pandemi",
                "channel": "resources", "country": "ID", "languages": ["id"],
                "capacity": {"budget": {"amount": "500000000", "currency": "IDR"}}, "illustrative": true
            }),
        )
        .await;
    let Some(editor) = Chrome::open(&app, DESKTOP).await else { return };
    editor.sign_in("admin@tests.example", TEST_PASSWORD).await;
    editor.go(&format!("/opportunities/{loan}/rules")).await;
    editor.type_into("input[name='criteria[0].key']", "omzet").await;
    editor.type_into("input[name='criteria[0].en']", "Turnover of at least IDR 300 million").await;
    editor.type_into("textarea[name='criteria[0].expression']", "turnover >= 300000000").await;
    let en = Locale::default();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let panel = text(&editor.html().await, "#rule-check");
        if panel.contains("money(") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the check did not come without a button: {panel}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    editor.screenshot("en-desktop-rule-editor-live-check").await;
    editor
        .type_into("textarea[name='criteria[0].expression']", "turnover >= money(300000000, \"IDR\")")
        .await;
    loop {
        let panel = text(&editor.html().await, "#rule-check");
        if panel.contains(&en.t("rules-all-good")) {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the mended criterion was not checked: {panel}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    editor.press("button[value=save]").await;
    assert_eq!(editor.path().await, format!("/opportunities/{loan}#rules-heading"));
    assert!(
        text(&editor.html().await, "#rules-heading + p + ul, main")
            .contains("Turnover of at least IDR 300 million")
    );
    editor.close().await;
    app.stop().await;
}

#[tokio::test]
async fn an_owner_reports_a_month_in_hindi_on_a_phone_and_a_manager_reads_the_dashboard() {
    let app = crate::recovery::demo_with_reports().await;
    let firm = &ids(&app, "msme", "IN").await[0];
    app.user("owner.in@tests.example", Some(firm), Role::MsmeOwner).await;
    let hi = Locale::parse("hi").unwrap();
    let Some(phone) = Chrome::open(&app, PHONE).await else { return };
    phone.sign_in("owner.in@tests.example", TEST_PASSWORD).await;
    phone.go(&format!("/organizations/{firm}/reports")).await;
    phone.press("form[action='/language'] button[value=hi]").await;
    assert_eq!(lang_of(&phone.html().await), "hi");
    let past = texts(&phone.html().await, "main table tbody tr").len();
    assert!(past > 0, "the demo's two years of reports are listed");

    // Sales written with a separator are refused beside the field, in Hindi, and kept as typed.
    phone.set("input[name=month]", "2027-08").await;
    phone.type_into("input[name=revenue]", "45,000").await;
    phone.type_into("input[name=paid_employees]", "6").await;
    phone.set("select[name=effect]", "moderate_negative").await;
    phone.tick("input[name=actions][value=moved_online]", true).await;
    phone.press("form.report button[type=submit]").await;
    let page = phone.html().await;
    let problem = hi.problem(&Problem::Money(mitra_domain::MoneyError::NotANumber));
    assert_eq!(error_beside(&page, "revenue"), problem);
    assert!(page.select(&Selector::parse("input[name=revenue][value='45,000']").unwrap()).next().is_some());
    assert!(
        page.select(&Selector::parse("input[name=actions][value=moved_online][checked]").unwrap())
            .next()
            .is_some(),
        "the ticks are kept too"
    );
    phone.screenshot("in-phone-report-refused").await;

    phone.type_into("input[name=revenue]", "45000").await;
    phone.press("form.report button[type=submit]").await;
    let page = phone.html().await;
    let august = hi.month(jiff::civil::date(2027, 8, 1));
    let saved = hi.t_with("reports-saved", &[("month", mitra_i18n::Arg::Text(august.clone()))]);
    assert_eq!(text(&page, ".notice"), saved);
    assert_eq!(texts(&page, "main table tbody tr").len(), past + 1);
    assert!(text(&page, "main table tbody tr:first-child").starts_with(&august), "the newest first");
    phone.screenshot("in-phone-report-saved").await;
    phone.close().await;

    app.user("manager@tests.example", None, Role::ProgrammeManager).await;
    let Some(desktop) = Chrome::open(&app, DESKTOP).await else { return };
    desktop.sign_in("manager@tests.example", TEST_PASSWORD).await;
    desktop.go("/recovery").await;
    desktop.set("select[name=by]", "size_class").await;
    desktop.set("select[name=country]", "IN").await;
    desktop.press("form.filters button[type=submit]").await;
    let path = desktop.path().await;
    assert!(
        path.contains("country=IN") && path.contains("by=size_class"),
        "the filters stay in the address: {path}"
    );
    let page = desktop.html().await;
    assert_eq!(texts(&page, "svg.chart").len(), 3);
    let en = Locale::default();
    let legend = texts(&page, "figure.chart:first-of-type .legend li");
    assert!(legend.contains(&en.t("size-micro")), "{legend:?}");
    desktop.screenshot("desktop-recovery-by-size").await;
    desktop.go("/recovery?by=country").await;
    desktop.screenshot("desktop-recovery-by-country").await;
    // Split by the channel firms took part through, beside the firms not yet partnered.
    desktop.go("/recovery").await;
    desktop.set("select[name=by]", "channel").await;
    desktop.press("form.filters button[type=submit]").await;
    let page = desktop.html().await;
    let legend = texts(&page, "figure.chart:first-of-type .legend li");
    assert!(legend.contains(&en.t("recovery-not-yet-partnered")), "{legend:?}");
    assert!(legend.len() >= 2, "at least one channel beside the rest: {legend:?}");
    assert_eq!(texts(&page, "p.muted").first(), Some(&en.t("recovery-overlapping")));
    desktop.screenshot("desktop-recovery-by-channel").await;
    // From the dashboard to the impact estimate, by its link.
    desktop.press("a[href='/impact']").await;
    assert_eq!(desktop.path().await, "/impact");
    let page = desktop.html().await;
    assert_eq!(texts(&page, "svg.chart title"), [en.t("impact-chart-title")]);
    assert_eq!(texts(&page, "p.headline").len(), 1);
    desktop.screenshot("desktop-impact").await;
    desktop.close().await;

    let Some(phone) = Chrome::open(&app, PHONE).await else { return };
    phone.sign_in("manager@tests.example", TEST_PASSWORD).await;
    phone.go("/recovery").await;
    phone.press("form[action='/language'] button[value=fr]").await;
    assert_eq!(lang_of(&phone.html().await), "fr");
    phone.screenshot("fr-phone-recovery").await;
    phone.go("/recovery?by=opportunity").await;
    phone.screenshot("fr-phone-recovery-by-opportunity").await;
    phone.go("/impact").await;
    let fr = Locale::parse("fr").unwrap();
    assert_eq!(texts(&phone.html().await, "h1"), [fr.t("impact-heading")]);
    phone.screenshot("fr-phone-impact").await;
    phone.close().await;
    app.stop().await;
}

/// Reloads the round's page until its run is solved (the page itself reloads every two seconds
/// while the engine works; a test does not wait on a timer it cannot see).
async fn until_solved(chrome: &Chrome) -> Html {
    for _ in 0..100 {
        let path = chrome.path().await;
        chrome.go(&path).await;
        let page = chrome.html().await;
        if texts(&page, "meta[http-equiv=refresh]").is_empty() {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("the round's run was never solved");
}

#[tokio::test]
async fn a_manager_runs_a_round_pins_a_pair_and_publishes_both_sides_accept_and_the_mentor_logs_a_session_the_mentee_confirms()
 {
    let app = TestApp::spawn(mitra_store::testing::TestDatabase::sqlite().await).await;
    let cohort = crate::rounds::cohort(&app).await;
    // The trader's owner: the trader's mentor is Kofi, the one who knows trade in Akan.
    app.user("trader@tests.example", Some(&cohort.firms[2]), Role::MsmeOwner).await;
    let en = Locale::default();
    let Some(desktop) = Chrome::open(&app, DESKTOP).await else { return };
    desktop.sign_in("staff@tests.example", TEST_PASSWORD).await;
    desktop.go(&format!("/programmes/{}", cohort.programme_id)).await;
    desktop.press(&format!("a[href='/programmes/{}/rounds']", cohort.programme_id)).await;
    desktop.set("select[name=population]", "participants").await;
    desktop.press("form[action$='/rounds'] button[type=submit]").await;
    let page = until_solved(&desktop).await;
    let round = desktop.path().await;
    assert!(round.starts_with("/rounds/"), "{round}");
    let pairs = texts(&page, "section[aria-labelledby=round-pairs] tbody tr");
    assert_eq!(pairs.len(), 3, "{pairs:?}");
    let methods = texts(&page, "section[aria-labelledby=round-comparison] tbody th");
    assert_eq!(
        methods,
        [en.t("round-method-best"), en.t("round-method-first-come"), en.t("round-method-greedy")]
    );
    assert_eq!(texts(&page, "section[aria-labelledby=round-comparison] svg.chart").len(), 2);
    desktop.screenshot("en-desktop-round-solved").await;

    // Pin the Western firm's pair and run again: the pin is kept and marked.
    let western = &cohort.firms[3];
    desktop
        .press(&format!(
            "form:has(input[name=change][value=pin]):has(input[name=firm][value='{western}']) button"
        ))
        .await;
    let page = until_solved(&desktop).await;
    let marked = texts(&page, "section[aria-labelledby=round-pairs] tbody tr:has(.tag)");
    assert_eq!(marked.len(), 1, "{marked:?}");
    assert!(marked[0].contains("Takoradi Beans") && marked[0].contains(&en.t("round-pinned")));
    assert!(text(&page, "p[role=status]").contains("2"), "run 2 of 2");

    // Publish, with the answers due a fortnight from the tests' date.
    desktop.set("input[name=deadline]", "2027-09-29").await;
    desktop.press("form[action$='/publish'] button[type=submit]").await;
    let page = desktop.html().await;
    assert_eq!(texts(&page, "p[role=status] .tag"), [en.t("round-status-published")]);
    desktop.screenshot("en-desktop-round-published").await;
    desktop.close().await;

    // Kofi accepts the trader on his phone; the trader's owner accepts him, then sees his address.
    for (email, firm_or_mentor) in
        [("kofi@tests.example", "Ejisu Traders"), ("trader@tests.example", "Ejisu Traders")]
    {
        let Some(phone) = Chrome::open(&app, PHONE).await else { return };
        phone.sign_in(email, TEST_PASSWORD).await;
        phone.press("a[href='/proposals']").await;
        let page = phone.html().await;
        let cards = texts(&page, "article.card");
        assert_eq!(cards.len(), 1, "{cards:?}");
        assert!(cards[0].contains(firm_or_mentor), "{cards:?}");
        phone.press("article.card form:has(input[value=accept]) button").await;
        phone.screenshot(&format!("en-phone-proposal-accepted-{}", email.split('@').next().unwrap())).await;
        phone.close().await;
    }
    let Some(phone) = Chrome::open(&app, PHONE).await else { return };
    phone.sign_in("trader@tests.example", TEST_PASSWORD).await;
    phone.go("/proposals").await;
    let card = text(&phone.html().await, "article.card");
    assert!(card.contains(&en.t("round-pair-confirmed")) && card.contains("kofi@tests.example"), "{card}");
    phone.close().await;

    // Kofi logs their first session on his phone: a day to come is refused beside the field and
    // the form keeps what he typed; then the mentee confirms it and rates it.
    let Some(phone) = Chrome::open(&app, PHONE).await else { return };
    phone.sign_in("kofi@tests.example", TEST_PASSWORD).await;
    phone.go("/proposals").await;
    phone.set("input[name=held_on]", "2027-09-20").await;
    phone.type_into("input[name=minutes]", "75").await;
    phone.set("select[name=mode]", "phone").await;
    phone.type_into("input[name=topics]", "Stock, Credit from suppliers").await;
    phone.press("form[action$='/sessions'] button[type=submit]").await;
    let page = phone.html().await;
    assert_eq!(error_beside(&page, "held_on"), en.problem(&Problem::InFuture));
    assert!(page.select(&Selector::parse("input[name=minutes][value='75']").unwrap()).next().is_some());
    phone.set("input[name=held_on]", "2027-09-14").await;
    phone.press("form[action$='/sessions'] button[type=submit]").await;
    let card = text(&phone.html().await, "article.card");
    assert!(card.contains("Credit from suppliers") && card.contains(&en.t("session-awaiting")), "{card}");
    phone.screenshot("en-phone-session-logged").await;
    phone.close().await;

    let Some(phone) = Chrome::open(&app, PHONE).await else { return };
    phone.sign_in("trader@tests.example", TEST_PASSWORD).await;
    phone.go("/proposals").await;
    phone.set("select[name=rating]", "4").await;
    phone.press("form[action$='/confirm'] button[value=yes]").await;
    let card = text(&phone.html().await, "article.card");
    let rated = en.t_with("session-confirmed-rated", &[("rating", mitra_i18n::Arg::Text("4".into()))]);
    assert!(card.contains(&rated), "{card}");
    phone.screenshot("en-phone-session-confirmed").await;
    phone.close().await;
    app.stop().await;
}
