//! Programmes through the API and the pages, and the baseline year they give the firms that
//! take part in them.

use mitra_app::{Actor, Participation};
use mitra_domain::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::support::{TestApp, csrf_of, msme_body, opportunity_body, partner_body, programme_body, sign_in};

/// A firm whose turnover was GHS 960,000 in 2019 and GHS 480,000 in 2025.
fn firm_with_two_baselines() -> Value {
    let mut body = msme_body();
    body["msme"]["figures"] = json!([
        {"year": 2019, "turnover": {"amount": "960000", "currency": "GHS"}, "employees": 12},
        {"year": 2025, "turnover": {"amount": "480000", "currency": "GHS"}, "employees": 6}
    ]);
    body
}

#[tokio::test]
async fn a_programme_is_created_read_listed_and_changed_and_bad_fields_are_named() {
    let app = TestApp::spawn(mitra_store::testing::TestDatabase::sqlite().await).await;
    let agency = app.create("/api/v1/organizations", &partner_body("government_agency", "GEA")).await;
    let other = app.create("/api/v1/organizations", &partner_body("nonprofit", "Other")).await;
    let staff = app.user("staff@tests.example", Some(&agency), Role::PartnerStaff).await;
    let created = app.send_as(&staff, Method::POST, "/api/v1/programmes", &programme_body(&agency)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.json()["id"].as_str().unwrap().to_owned();
    assert_eq!(created.json()["targets"]["regions"][0]["share"], 30);
    let refused = app.send_as(&staff, Method::POST, "/api/v1/programmes", &programme_body(&other)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "another organisation's programme");

    let mut bad = programme_body(&agency);
    bad["baseline_year"] = json!(2026);
    bad["ends_on"] = json!("2026-01-31");
    bad["targets"] = json!({"youth_led": 0, "regions": [{"region": "Volta", "share": 20}]});
    let refused = app.send_as(&staff, Method::POST, "/api/v1/programmes", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    let mut fields = refused.problem_fields();
    fields.sort();
    assert_eq!(fields, ["baseline_year", "ends_on", "targets.regions[0].region", "targets.youth_led"]);
    assert!(refused.text.contains("must be from 1990 to 2025"), "{}", refused.text);
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let refused = app.post("/api/v1/programmes", &programme_body(&msme)).await;
    assert_eq!(refused.problem_fields(), ["run_by"], "an MSME runs no programme: {}", refused.text);

    let listed = app.get("/api/v1/programmes?country=GH").await.json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(app.get("/api/v1/programmes?country=IN").await.json().as_array().unwrap().is_empty());
    assert_eq!(app.get("/api/v1/programmes?colour=red").await.status, StatusCode::UNPROCESSABLE_ENTITY);

    // An opportunity joins it from its side: on the programme's channel only.
    let mut offer = opportunity_body(&agency);
    offer["programme_id"] = json!(id);
    let joined = app.send_as(&staff, Method::POST, "/api/v1/opportunities", &offer).await;
    assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.text);
    let opportunity = joined.json()["id"].as_str().unwrap().to_owned();
    offer["channel"] = json!("resources");
    let refused = app.send_as(&staff, Method::POST, "/api/v1/opportunities", &offer).await;
    assert_eq!(refused.problem_fields(), ["channel"], "{}", refused.text);
    // Another partner's staff cannot put their opportunity into it.
    let outsider = app.user("outsider@tests.example", Some(&other), Role::PartnerStaff).await;
    let mut theirs = opportunity_body(&other);
    theirs["programme_id"] = json!(id);
    assert_eq!(
        app.send_as(&outsider, Method::POST, "/api/v1/opportunities", &theirs).await.status,
        StatusCode::FORBIDDEN
    );
    let read = app.get(&format!("/api/v1/programmes/{id}")).await;
    assert_eq!(read.status, StatusCode::OK, "{}", read.text);
    assert_eq!(read.json()["opportunity_ids"], json!([opportunity]));
    assert_eq!(read.json()["run_by_name"], "GEA");

    // Its channel cannot move away from its opportunity's; a stale version changes nothing.
    let mut changed = programme_body(&agency);
    changed["channel"] = json!("markets");
    let refused = app.put_if_match(&format!("/api/v1/programmes/{id}"), &changed, "\"1\"").await;
    assert_eq!(refused.problem_fields(), ["channel"], "{}", refused.text);
    changed["channel"] = json!("networking");
    changed["name"] = json!("Flood recovery linkage");
    let saved = app.put_if_match(&format!("/api/v1/programmes/{id}"), &changed, "\"1\"").await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    assert_eq!(saved.json()["version"], 2);
    let stale = app.put_if_match(&format!("/api/v1/programmes/{id}"), &changed, "\"1\"").await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    app.stop().await;
}

/// The firm's latest report's index, as its page's API gives it, and the dashboard's mean.
async fn indices(app: &TestApp, msme: &str) -> (f64, f64) {
    let history = app.get(&format!("/api/v1/organizations/{msme}/reports")).await.json();
    let table = app.get("/api/v1/recovery").await.json();
    let month = table.as_array().unwrap().iter().find(|m| m["month"] == "2027-08-01").unwrap().clone();
    let number = |v: &Value| v.as_str().unwrap().parse::<f64>().unwrap();
    (number(&history["reports"][0]["recovery_index"]), number(&month["mean_recovery_index"]))
}

#[tokio::test]
async fn a_firm_is_measured_against_its_programmes_baseline_year_on_its_page_and_on_the_dashboard() {
    let app = TestApp::spawn(mitra_store::testing::TestDatabase::sqlite().await).await;
    let agency = app.create("/api/v1/organizations", &partner_body("government_agency", "GEA")).await;
    let msme = app.create("/api/v1/organizations", &firm_with_two_baselines()).await;
    let programme = app.create("/api/v1/programmes", &programme_body(&agency)).await;
    let mut offer = opportunity_body(&agency);
    offer["programme_id"] = json!(programme);
    let opportunity = app.create("/api/v1/opportunities", &offer).await;
    let report = json!({"month": "2027-08", "status": "operating", "paid_employees": 9,
                        "revenue": {"amount": "60000", "currency": "GHS"}});
    let stored = app.post(&format!("/api/v1/organizations/{msme}/reports"), &report).await;
    assert_eq!(stored.status, StatusCode::OK, "{}", stored.text);
    assert_eq!(indices(&app, &msme).await, (0.75, 0.75), "against 2019 before it joins");

    let joined = Participation {
        msme_id: msme.parse().unwrap(),
        opportunity_id: opportunity.parse().unwrap(),
        since: jiff::civil::date(2027, 1, 1),
    };
    app.app.record_participations(&Actor::System, vec![joined]).await.unwrap().unwrap();
    assert_eq!(indices(&app, &msme).await, (1.5, 1.5), "60,000 against a twelfth of 480,000");
    // The dashboard splits and narrows by programme, beside the firms not yet partnered.
    let split = app.get("/api/v1/recovery?by=programme").await;
    assert_eq!(split.status, StatusCode::OK, "{}", split.text);
    let august: Vec<(String, u64)> = split
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["month"] == "2027-08-01")
        .map(|m| (m["group"].as_str().unwrap().to_owned(), m["reports"].as_u64().unwrap()))
        .collect();
    assert_eq!(august, [(programme.clone(), 1)], "{august:?}");
    let narrowed = app.get(&format!("/api/v1/recovery?programme={programme}")).await.json();
    assert_eq!(narrowed.as_array().unwrap().len(), 1);
    app.user("manager@tests.example", None, Role::ProgrammeManager).await;
    let address = format!("http://{}", app.socket_address());
    let manager = sign_in(&address, "manager@tests.example", crate::support::TEST_PASSWORD).await;
    let page = manager.get(format!("{address}/recovery?by=programme")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("Flood recovery networking"), "the programme by its name");
    let impact = manager.get(format!("{address}/impact?programme={programme}")).send().await.unwrap();
    assert_eq!(impact.status(), StatusCode::OK);

    // The programme's year changes: the firm's months are counted again.
    let mut changed = programme_body(&agency);
    changed["baseline_year"] = json!(2019);
    let saved = app.put(&format!("/api/v1/programmes/{programme}"), &changed).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    assert_eq!(indices(&app, &msme).await, (0.75, 0.75));
    // The firm corrects its 2019 turnover: its months follow.
    let mut corrected = firm_with_two_baselines();
    corrected["msme"]["figures"][0]["turnover"]["amount"] = json!("1200000");
    let saved = app.put(&format!("/api/v1/organizations/{msme}"), &corrected).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    assert_eq!(indices(&app, &msme).await, (0.6, 0.6));
    // The opportunity leaves for no programme: back to the default year, still 2019.
    let mut out = opportunity_body(&agency);
    out["programme_id"] = Value::Null;
    changed["baseline_year"] = json!(2025);
    app.put(&format!("/api/v1/programmes/{programme}"), &changed).await;
    assert_eq!(indices(&app, &msme).await.0, 1.5);
    let saved = app.put(&format!("/api/v1/opportunities/{opportunity}"), &out).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    assert_eq!(indices(&app, &msme).await, (0.6, 0.6));
    app.stop().await;
}

#[tokio::test]
async fn a_partners_staff_start_a_programme_from_its_page_and_see_their_mistakes_named_in_french() {
    let app = TestApp::spawn(mitra_store::testing::TestDatabase::sqlite().await).await;
    let agency = app.create("/api/v1/organizations", &partner_body("government_agency", "GEA")).await;
    app.user("staff@tests.example", Some(&agency), Role::PartnerStaff).await;
    let address = format!("http://{}", app.socket_address());
    let browser = sign_in(&address, "staff@tests.example", crate::support::TEST_PASSWORD).await;
    let page =
        browser.get(format!("{address}/organizations/{agency}")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("/organizations/{agency}/programmes/new")), "a link to start one");
    let form = format!("{address}/organizations/{agency}/programmes/new");
    let csrf = csrf_of(&browser, &form).await;
    let post = |fields: Vec<(&'static str, String)>| {
        let browser = browser.clone();
        let url = format!("{address}/organizations/{agency}/programmes");
        async move { browser.post(url).header("accept-language", "fr").form(&fields).send().await.unwrap() }
    };
    let typed = |starts: &str, year: &str, regions: &str| {
        vec![
            ("csrf", csrf.clone()),
            ("name", "Relance après les inondations".to_owned()),
            ("description", "Acheteurs et fournisseurs pour les districts inondés".to_owned()),
            ("channel", "networking".to_owned()),
            ("country", "GH".to_owned()),
            ("regions", "Ashanti, Western".to_owned()),
            ("starts_on", starts.to_owned()),
            ("baseline_year", year.to_owned()),
            ("women_led", "40".to_owned()),
            ("region_targets", regions.to_owned()),
        ]
    };
    let refused = post(typed("2026-06-01", "2026", "Volta: 20")).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Relance après les inondations"), "what was typed is kept");
    assert!(html.contains("aria-invalid"), "the fields are marked");
    assert!(!html.contains("targets.regions"), "no field path is shown: {html}");
    let saved = post(typed("2026-06-01", "2025", "Western: 30")).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{}", saved.text().await.unwrap());
    let location = saved.headers()["location"].to_str().unwrap().to_owned();
    let shown = browser.get(format!("{address}{location}")).send().await.unwrap().text().await.unwrap();
    assert!(shown.contains("Relance après les inondations") && shown.contains("2025"), "{shown}");
    assert!(shown.contains("Western"), "its region target: {shown}");
    let listed =
        reqwest::get(format!("{address}/programmes?country=GH")).await.unwrap().text().await.unwrap();
    assert!(listed.contains("Relance après les inondations"), "listed for anyone");
    app.stop().await;
}

#[tokio::test]
async fn a_mentor_writes_a_profile_and_the_programmes_runners_keep_a_pool_of_mentors() {
    let app = TestApp::spawn(mitra_store::testing::TestDatabase::sqlite().await).await;
    let agency = app.create("/api/v1/organizations", &partner_body("government_agency", "GEA")).await;
    let programme = app.create("/api/v1/programmes", &programme_body(&agency)).await;
    let staff = app.user("staff@tests.example", Some(&agency), Role::PartnerStaff).await;
    let mentor = app.user("ama@tests.example", None, Role::Mentor).await;
    let other = app.user("kofi@tests.example", None, Role::Mentor).await;
    let ama = app.app.person_for_cli("ama@tests.example").await.unwrap().user_id;
    let path = format!("/api/v1/mentors/{ama}");
    assert_eq!(app.get_as(&mentor, &path).await.json()["profile"], Value::Null, "no profile yet");
    let pool = format!("/api/v1/programmes/{programme}/mentors");
    let add = json!({"email": "ama@tests.example"});
    let refused = app.send_as(&staff, Method::POST, &pool, &add).await;
    assert_eq!(refused.problem_fields(), ["email"], "a mentor without a profile: {}", refused.text);

    let bad = json!({"expertise": ["C", "Z"], "languages": [], "country": "GH", "capacity": 0});
    let refused = app.send_as(&mentor, Method::PUT, &path, &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    let mut fields = refused.problem_fields();
    fields.sort();
    assert_eq!(fields, ["capacity", "expertise[1]", "languages"]);
    let good = json!({"expertise": ["c"], "topics": ["Export paperwork"], "languages": ["en", "ak"],
                      "country": "GH", "regions": ["Ashanti"], "capacity": 3});
    let saved = app.send_as(&mentor, Method::PUT, &path, &good).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    assert_eq!(saved.json()["expertise"], json!(["C"]));
    assert_eq!(
        app.send_as(&other, Method::PUT, &path, &good).await.status,
        StatusCode::NOT_FOUND,
        "not theirs"
    );

    let added = app.send_as(&staff, Method::POST, &pool, &add).await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.text);
    assert_eq!(added.json()["changed"], true);
    assert_eq!(app.send_as(&staff, Method::POST, &pool, &add).await.json()["changed"], false, "once");
    let listed = app.get_as(&staff, &pool).await.json();
    assert_eq!(listed["mentors"][0]["user_id"], json!(ama.to_string()));
    assert_eq!(listed["open_capacity"], 3);
    let outsider = app.send_as(&other, Method::POST, &pool, &json!({"email": "kofi@tests.example"})).await;
    assert_eq!(outsider.status, StatusCode::FORBIDDEN, "a mentor runs no programme");
    assert_eq!(app.get_as(&mentor, &path).await.json()["programmes"], json!([programme]));

    // The pages: the mentor pauses in Spanish and sees a mistake named; the pool shows the pause.
    let address = format!("http://{}", app.socket_address());
    let browser = sign_in(&address, "ama@tests.example", crate::support::TEST_PASSWORD).await;
    let csrf = csrf_of(&browser, &format!("{address}/mentoring")).await;
    let form = |capacity: &str| {
        vec![
            ("csrf", csrf.clone()),
            ("version", "1".to_owned()),
            ("expertise", "C".to_owned()),
            ("languages", "en".to_owned()),
            ("country", "GH".to_owned()),
            ("capacity", capacity.to_owned()),
            ("paused", "yes".to_owned()),
        ]
    };
    let refused = browser
        .post(format!("{address}/mentoring"))
        .header("accept-language", "es")
        .form(&form("40"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Ingrese un número de"), "the capacity's problem, in Spanish: {html}");
    let saved = browser.post(format!("{address}/mentoring")).form(&form("2")).send().await.unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let runner = sign_in(&address, "staff@tests.example", crate::support::TEST_PASSWORD).await;
    let page = runner.get(format!("{address}/programmes/{programme}/mentors")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("Paused"), "{html}");
    let csrf = csrf_of(&runner, &format!("{address}/programmes/{programme}/mentors")).await;
    // Someone who is not a mentor has no mentor profile to write.
    let not_a_mentor = runner
        .post(format!("{address}/mentoring"))
        .form(&[("csrf", csrf.as_str()), ("country", "GH"), ("capacity", "2"), ("languages", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(not_a_mentor.status(), StatusCode::FORBIDDEN);
    let removed = runner
        .post(format!("{address}/programmes/{programme}/mentors/{ama}/remove"))
        .form(&[("csrf", csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    assert!(app.get_as(&staff, &pool).await.json()["mentors"].as_array().unwrap().is_empty());
    app.stop().await;
}
