//! Every page a person uses, in two languages, against the basics of WCAG 2.1 AA that markup
//! can show: the page's language, landmarks, a label for every control, text on every button,
//! one heading to start, and a weight far under what a slow phone link carries well.

use reqwest::header::{ACCEPT_ENCODING, ACCEPT_LANGUAGE};
use scraper::{ElementRef, Html, Selector};

use crate::on_both_backends;
use crate::support::{TestApp, msme_body, opportunity_body, partner_body};

on_both_backends!(every_page_has_its_language_landmarks_and_a_label_for_every_control_in_every_language);

/// The largest page a person may be sent, compressed (the 100 KB, with room for CSS).
const MOST_PAGE_BYTES: usize = 90 * 1024;

fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(css).unwrap();
    html.select(&selector).collect()
}

/// Whether a control has a name a screen reader can say: inside a label, named by one through
/// `for`, or given `aria-label`.
fn labelled(html: &Html, control: &ElementRef) -> bool {
    let element = control.value();
    if element.attr("aria-label").is_some_and(|l| !l.trim().is_empty()) {
        return true;
    }
    if control.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().name() == "label") {
        return true;
    }
    element.attr("id").is_some_and(|id| !select(html, &format!("label[for=\"{id}\"]")).is_empty())
}

fn problems_of(html: &Html, lang: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let page_lang: Vec<_> = select(html, "html").iter().filter_map(|h| h.value().attr("lang")).collect();
    if page_lang != [lang] {
        problems.push(format!("lang is {page_lang:?}, not {lang}"));
    }
    for (landmark, count) in [("main", 1), ("header", 1), ("footer", 1)] {
        if select(html, landmark).len() != count {
            problems.push(format!("{count} <{landmark}> expected"));
        }
    }
    if select(html, "nav[aria-label]").is_empty() {
        problems.push("no named <nav>".to_owned());
    }
    if select(html, "a.skip[href='#main']").is_empty() {
        problems.push("no link to skip to the content".to_owned());
    }
    if select(html, "main h1").len() != 1 {
        problems.push("not exactly one <h1> in <main>".to_owned());
    }
    for control in select(html, "input, select, textarea") {
        let kind = control.value().attr("type").unwrap_or("text");
        if ["hidden", "submit", "button"].contains(&kind) {
            continue;
        }
        if !labelled(html, &control) {
            problems
                .push(format!("unlabelled control {}", control.html().chars().take(120).collect::<String>()));
        }
    }
    for button in select(html, "button") {
        if button.text().collect::<String>().trim().is_empty() && button.value().attr("aria-label").is_none()
        {
            problems.push(format!("a button without words: {}", button.html()));
        }
    }
    for image in select(html, "img") {
        if image.value().attr("alt").is_none() {
            problems.push(format!("an image without alt: {}", image.html()));
        }
    }
    problems
}

async fn every_page_has_its_language_landmarks_and_a_label_for_every_control_in_every_language(
    app: &TestApp,
) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let opportunity = app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    let signed_in = [
        "/".to_owned(),
        "/organizations".to_owned(),
        "/organizations?kind=msme&country=GH".to_owned(),
        "/opportunities".to_owned(),
        "/opportunities?open_now=true".to_owned(),
        format!("/organizations/{msme}"),
        format!("/organizations/{msme}/edit"),
        format!("/organizations/{msme}/consents"),
        format!("/organizations/{partner}"),
        format!("/organizations/{partner}/edit"),
        format!("/organizations/{partner}/opportunities/new"),
        format!("/opportunities/{opportunity}"),
        format!("/opportunities/{opportunity}/edit"),
        "/account".to_owned(),
        "/recovery".to_owned(),
        "/impact".to_owned(),
        "/admin".to_owned(),
        "/admin/users".to_owned(),
        "/admin/audit".to_owned(),
        "/admin/outbox".to_owned(),
        "/admin/organizations/new".to_owned(),
        "/no-such-page".to_owned(),
    ];
    let visitor = ["/sign-in", "/sign-up", "/reset-password", "/opportunities", "/organizations"];
    let mut failures = Vec::new();
    let mut heaviest = (0, String::new());
    for lang in ["en", "hi", "id"] {
        let pages = signed_in
            .iter()
            .map(|p| (&app.browser, p.as_str()))
            .chain(visitor.iter().map(|p| (&app.anonymous, *p)));
        for (client, path) in pages {
            let response = client
                .get(format!("{}{path}", app.address))
                .header(ACCEPT_LANGUAGE, lang)
                .header(ACCEPT_ENCODING, "gzip")
                .header(reqwest::header::ACCEPT, "text/html,application/xhtml+xml")
                .send()
                .await
                .unwrap();
            let compressed = response.bytes().await.unwrap();
            if compressed.len() > heaviest.0 {
                heaviest = (compressed.len(), format!("{path} in {lang}"));
            }
            if compressed.len() > MOST_PAGE_BYTES {
                failures.push(format!("{path} in {lang}: {} bytes", compressed.len()));
            }
            let text = if compressed.starts_with(&[0x1f, 0x8b]) {
                let mut decoder = flate2::read::GzDecoder::new(&compressed[..]);
                let mut text = String::new();
                std::io::Read::read_to_string(&mut decoder, &mut text).unwrap();
                text
            } else {
                String::from_utf8(compressed.to_vec()).unwrap()
            };
            let html = Html::parse_document(&text);
            failures.extend(problems_of(&html, lang).into_iter().map(|p| format!("{path} in {lang}: {p}")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    eprintln!("heaviest page: {} bytes compressed, {}", heaviest.0, heaviest.1);
}
