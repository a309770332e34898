//! Match rounds through the API and the pages: a programme's runner starts a round, sees the
//! pairs with their reasons beside first come and greedy, pins a pair and runs it again,
//! publishes; the mentor and the firm's owner each accept; a published run reproduces from its
//! stored inputs; bad settings, deadlines and answers are refused and change nothing.

use std::time::Duration;

use mitra_app::{Actor, Participation};
use mitra_domain::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{TestApp, csrf_of, msme_body, opportunity_body, partner_body, programme_body, sign_in};

on_both_backends!(a_round_is_run_adjusted_published_and_answered_by_both_sides);

/// A firm of the Ashanti region, speaking English and Akan, in `section`'s industry.
fn firm(name: &str, region: &str, industry: &str) -> Value {
    let mut body = msme_body();
    body["name"] = json!(name);
    body["region"] = json!(region);
    body["msme"]["industry_code"] = json!(industry);
    body
}

/// Reads the round until its latest run is no longer running.
async fn solved(app: &TestApp, token: &str, round: &str) -> Value {
    for _ in 0..100 {
        let reply = app.get_as(token, &format!("/api/v1/rounds/{round}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        let view = reply.json();
        if view["status"] != "running" {
            return view;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("the round's run was never solved");
}

/// A programme of the agency with four firms taking part and a pool of two mentors, and the
/// API tokens of the people around it.
pub struct Cohort {
    pub programme_id: String,
    pub firms: [String; 4],
    pub staff: String,
    pub owner: String,
    pub ama: String,
    pub kofi: String,
    pub ama_id: String,
}

/// Two cocoa processors (one working in English only) and a trader in Ashanti, a cocoa
/// processor in the Western region; Ama knows food processing, in English, anywhere (two
/// places), Kofi knows trade, in Akan, in Ashanti (one place). The partner's staff run the
/// programme; `owner` owns the first firm.
pub async fn cohort(app: &TestApp) -> Cohort {
    let agency = app.create("/api/v1/organizations", &partner_body("government_agency", "GEA")).await;
    let programme_id = app.create("/api/v1/programmes", &programme_body(&agency)).await;
    let mut offer = opportunity_body(&agency);
    offer["programme_id"] = json!(programme_id);
    let opportunity = app.create("/api/v1/opportunities", &offer).await;
    // Two cocoa processors and a trader in Ashanti, one cocoa processor in the Western region;
    // Kumasi Cocoa Works works in English only.
    let mut kumasi = firm("Kumasi Cocoa Works", "Ashanti", "1073");
    kumasi["languages"] = json!(["en"]);
    let firms = [
        app.create("/api/v1/organizations", &firm("Asante Cocoa Processors", "Ashanti", "1073")).await,
        app.create("/api/v1/organizations", &kumasi).await,
        app.create("/api/v1/organizations", &firm("Ejisu Traders", "Ashanti", "4630")).await,
        app.create("/api/v1/organizations", &firm("Takoradi Beans", "Western", "1073")).await,
    ];
    let joined = firms
        .iter()
        .map(|f| Participation {
            msme_id: f.parse().unwrap(),
            opportunity_id: opportunity.parse().unwrap(),
            since: jiff::civil::date(2027, 1, 1),
        })
        .collect();
    app.app.record_participations(&Actor::System, joined).await.unwrap().unwrap();
    let staff = app.user("staff@tests.example", Some(&agency), Role::PartnerStaff).await;
    let owner = app.user("owner@tests.example", Some(&firms[0]), Role::MsmeOwner).await;
    let ama = app.user("ama@tests.example", None, Role::Mentor).await;
    let kofi = app.user("kofi@tests.example", None, Role::Mentor).await;
    let ama_id = app.app.person_for_cli("ama@tests.example").await.unwrap().user_id.to_string();
    // Ama knows food processing (ISIC C), in English, anywhere; Kofi knows trade, in Akan, in
    // Ashanti.
    let profiles = [
        (&ama, &ama_id, json!({"expertise": ["C"], "languages": ["en"], "country": "GH", "capacity": 2})),
        (
            &kofi,
            &app.app.person_for_cli("kofi@tests.example").await.unwrap().user_id.to_string(),
            json!({"expertise": ["G"], "languages": ["ak"], "country": "GH", "regions": ["Ashanti"], "capacity": 1}),
        ),
    ];
    for (token, id, profile) in &profiles {
        let saved = app.send_as(token, Method::PUT, &format!("/api/v1/mentors/{id}"), profile).await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.text);
    }
    let pool = format!("/api/v1/programmes/{programme_id}/mentors");
    for email in ["ama@tests.example", "kofi@tests.example"] {
        let added = app.send_as(&staff, Method::POST, &pool, &json!({"email": email})).await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.text);
    }
    Cohort { programme_id, firms, staff, owner, ama, kofi, ama_id }
}

async fn a_round_is_run_adjusted_published_and_answered_by_both_sides(app: &TestApp) {
    let Cohort { programme_id, firms, staff, owner, ama, kofi, ama_id } = cohort(app).await;
    let rounds = format!("/api/v1/programmes/{programme_id}/rounds");

    // Settings that contradict themselves are refused with their fields, and nothing is stored.
    let pinned_twice = json!({"population": "participants", "weights": {"need": 11},
        "pins": [{"firm_id": firms[0], "mentor_id": ama_id}, {"firm_id": firms[0], "mentor_id": ama_id}]});
    let refused = app.send_as(&staff, Method::POST, &rounds, &pinned_twice).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    assert_eq!(refused.problem_fields(), ["weights.need"]);
    let refused = app
        .send_as(
            &staff,
            Method::POST,
            &rounds,
            &json!({"population": "participants",
        "pins": [{"firm_id": firms[0], "mentor_id": ama_id}, {"firm_id": firms[0], "mentor_id": ama_id}]}),
        )
        .await;
    assert_eq!(refused.problem_fields(), ["pins[1]"], "{}", refused.text);
    assert_eq!(app.get_as(&staff, &rounds).await.json(), json!([]), "nothing was stored");
    let outsider = app.send_as(&ama, Method::POST, &rounds, &json!({"population": "participants"})).await;
    assert_eq!(outsider.status, StatusCode::FORBIDDEN, "a mentor runs no programme");

    // Three seats for four firms; the programme asks that 30 % of the firms served come from
    // the Western region, whose one firm only Ama can take.
    let started = app.send_as(&staff, Method::POST, &rounds, &json!({"population": "participants"})).await;
    assert_eq!(started.status, StatusCode::ACCEPTED, "{}", started.text);
    let round = started.json()["id"].as_str().unwrap().to_owned();
    let view = solved(app, &staff, &round).await;
    assert_eq!(view["status"], "solved", "{view}");
    let run = &view["latest"];
    assert_eq!(
        (run["firms"].as_u64(), run["mentors"].as_u64(), run["seats"].as_u64()),
        (Some(4), Some(2), Some(3))
    );
    let pairs = run["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 3, "three seats, three firms served: {run}");
    for pair in pairs {
        let points: u64 =
            pair["contributions"].as_array().unwrap().iter().map(|c| c["points"].as_u64().unwrap()).sum();
        assert_eq!(Some(points), pair["score"].as_u64(), "a score is the sum of its reasons");
    }
    let methods: Vec<&str> =
        run["comparison"].as_array().unwrap().iter().map(|t| t["method"].as_str().unwrap()).collect();
    assert_eq!(methods, ["best", "first_come", "greedy"]);
    let best = &run["comparison"][0];
    assert!(
        run["comparison"].as_array().unwrap().iter().all(|t| t["served"].as_u64() <= best["served"].as_u64())
    );
    // The Western firm is served: the region's target is held as a quota.
    assert_eq!(run["groups"][1]["kind"], "region");
    assert_eq!(run["groups"][1]["enforced"], true);
    assert!(pairs.iter().any(|p| p["firm_id"] == json!(firms[3])), "{run}");
    assert_eq!(run["unmatched"].as_array().unwrap().len(), 1);

    // Pin the trader to Ama and run again: both runs are kept, the pin holds, the Western firm
    // keeps Ama's other seat, and Kofi takes the Akan-speaking cocoa processor.
    let pin = json!({"population": "participants", "pins": [{"firm_id": firms[2], "mentor_id": ama_id}]});
    let rerun = app.send_as(&staff, Method::POST, &format!("/api/v1/rounds/{round}/runs"), &pin).await;
    assert_eq!(rerun.status, StatusCode::ACCEPTED, "{}", rerun.text);
    let view = solved(app, &staff, &round).await;
    assert_eq!(view["runs"], json!([1, 2]));
    let mentor_of = |firm: &str| {
        view["latest"]["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["firm_id"] == json!(firm))
            .map(|p| p["mentor_id"].clone())
    };
    assert_eq!(mentor_of(&firms[3]), Some(json!(ama_id)));
    assert_eq!(mentor_of(&firms[1]), None, "Kumasi Cocoa Works is left out this time");
    let pinned: Vec<&Value> =
        view["latest"]["pairs"].as_array().unwrap().iter().filter(|p| p["pinned"] == true).collect();
    assert_eq!(pinned.len(), 1);
    assert_eq!((&pinned[0]["firm_id"], &pinned[0]["mentor_id"]), (&json!(firms[2]), &json!(ama_id)));

    // The run reproduces exactly from what it stored.
    let stored = app.get_as(&staff, &format!("/api/v1/rounds/{round}/runs/2")).await;
    assert_eq!(stored.status, StatusCode::OK, "{}", stored.text);
    let inputs: mitra_domain::round::RoundInputs =
        serde_json::from_value(stored.json()["inputs"].clone()).unwrap();
    let again = mitra_app::rounds::plan::solve(&inputs).unwrap();
    let made: Vec<(String, String)> =
        again.pairs.iter().map(|p| (p.firm.to_string(), p.mentor.to_string())).collect();
    let shown: Vec<(String, String)> = view["latest"]["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["firm_id"].as_str().unwrap().to_owned(), p["mentor_id"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(made, shown);

    // Publishing: a deadline today or too far ahead is refused; then both sides are emailed.
    let publish = format!("/api/v1/rounds/{round}/publish");
    for deadline in ["2027-09-15", "2027-12-31"] {
        let refused = app.send_as(&staff, Method::POST, &publish, &json!({"deadline": deadline})).await;
        assert_eq!(refused.problem_fields(), ["deadline"], "{deadline}: {}", refused.text);
    }
    let published = app.send_as(&staff, Method::POST, &publish, &json!({"deadline": "2027-09-29"})).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    assert_eq!(published.json()["status"], "published");
    let outbox = app.app.outbox(&Actor::System, 50).await.unwrap();
    let to_ama = outbox.iter().find(|e| e.recipient == "ama@tests.example").expect("Ama is told");
    assert!(
        to_ama.body.contains("Ejisu Traders") && to_ama.body.contains("Takoradi Beans"),
        "{}",
        to_ama.body
    );
    assert!(outbox.iter().any(|e| e.recipient == "owner@tests.example"), "the firm's owner is told");
    let changed = app.send_as(&staff, Method::POST, &format!("/api/v1/rounds/{round}/runs"), &pin).await;
    assert_eq!(changed.problem_fields(), ["round"], "a published round does not change: {}", changed.text);

    // Each side answers for itself, once.
    let mine = app.get_as(&ama, "/api/v1/proposals").await.json();
    assert_eq!(mine.as_array().unwrap().len(), 2, "{mine}");
    let answer = |firm: &str| format!("/api/v1/rounds/{round}/proposals/{firm}/answer");
    let yes = json!({"accept": true});
    let not_theirs = app.send_as(&kofi, Method::POST, &answer(&firms[3]), &yes).await;
    assert_eq!(not_theirs.status, StatusCode::NOT_FOUND, "Kofi is not the Western firm's mentor");
    let not_the_firms = app.send_as(&owner, Method::POST, &answer(&firms[3]), &yes).await;
    assert_eq!(not_the_firms.status, StatusCode::NOT_FOUND, "nor is it the owner's firm");
    let owner_answer = app.send_as(&owner, Method::POST, &answer(&firms[0]), &yes).await;
    assert_eq!(owner_answer.status, StatusCode::OK, "{}", owner_answer.text);
    assert_eq!(owner_answer.json()["status"], "waiting");
    assert_eq!(owner_answer.json()["side"], "firm");
    let twice = app.send_as(&owner, Method::POST, &answer(&firms[0]), &json!({"accept": false})).await;
    assert_eq!(twice.problem_fields(), ["answer"], "{}", twice.text);
    let confirmed = app.send_as(&kofi, Method::POST, &answer(&firms[0]), &yes).await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text);
    assert_eq!(confirmed.json()["status"], "confirmed");
    assert!(confirmed.json()["contact"][1].as_str().unwrap().ends_with("@tests.example"), "contacts shared");

    // Kofi logs the pair's sessions: not a day to come, not twice a day, not for a pair he is
    // not in or one not yet confirmed; the owner confirms each once.
    let sessions = format!("/api/v1/rounds/{round}/proposals/{}/sessions", firms[0]);
    let meeting = |day: &str| {
        json!({"held_on": day, "minutes": 90, "mode": "in_person",
        "topics": ["Cash flow", "Cocoa buyers"], "next_steps": "Call two buyers in Accra"})
    };
    let ahead = app.send_as(&kofi, Method::POST, &sessions, &meeting("2027-09-16")).await;
    assert_eq!(ahead.problem_fields(), ["held_on"], "{}", ahead.text);
    let logged = app.send_as(&kofi, Method::POST, &sessions, &meeting("2027-09-14")).await;
    assert_eq!(logged.status, StatusCode::CREATED, "{}", logged.text);
    let twice = app.send_as(&kofi, Method::POST, &sessions, &meeting("2027-09-14")).await;
    assert_eq!(twice.problem_fields(), ["held_on"], "one a day: {}", twice.text);
    assert_eq!(
        app.send_as(&ama, Method::POST, &sessions, &meeting("2027-09-13")).await.status,
        StatusCode::NOT_FOUND
    );
    let unconfirmed = format!("/api/v1/rounds/{round}/proposals/{}/sessions", firms[3]);
    let refused = app.send_as(&ama, Method::POST, &unconfirmed, &meeting("2027-09-13")).await;
    assert_eq!(refused.problem_fields(), ["pair"], "{}", refused.text);
    let listed = app.get_as(&owner, &sessions).await.json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let session = logged.json()["id"].as_str().unwrap().to_owned();
    let confirm = format!("/api/v1/sessions/{session}/confirm");
    let not_his = app.send_as(&kofi, Method::POST, &confirm, &json!({"confirmed": true})).await;
    assert_eq!(not_his.status, StatusCode::NOT_FOUND, "the mentee confirms, not the mentor");
    let rated = app.send_as(&owner, Method::POST, &confirm, &json!({"confirmed": true, "rating": 4})).await;
    assert_eq!(rated.status, StatusCode::OK, "{}", rated.text);
    assert_eq!((rated.json()["confirmed"].clone(), rated.json()["rating"].clone()), (json!(true), json!(4)));
    let again = app.send_as(&owner, Method::POST, &confirm, &json!({"confirmed": false})).await;
    assert_eq!(again.problem_fields(), ["confirmed"], "{}", again.text);

    // A follow-up keeps the confirmed pair pinned.
    let follow =
        app.send_as(&staff, Method::POST, &format!("/api/v1/rounds/{round}/follow-up"), &json!({})).await;
    assert_eq!(follow.status, StatusCode::ACCEPTED, "{}", follow.text);
    assert_eq!(follow.json()["follow_up_of"], json!(round));
    assert_eq!(follow.json()["pins"][0]["firm_id"], json!(firms[0]));

    // The pages: the runner sees the comparison and the pairs; the owner sees the match.
    let address = &app.address;
    let runner = sign_in(address, "staff@tests.example", crate::support::TEST_PASSWORD).await;
    let page = runner.get(format!("{address}/rounds/{round}")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("First come, first served") && html.contains("<svg"), "the comparison is drawn");
    assert!(html.contains("Kumasi Cocoa Works") || html.contains("Asante Cocoa Processors"));
    let person = sign_in(address, "owner@tests.example", crate::support::TEST_PASSWORD).await;
    let page = person.get(format!("{address}/proposals")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Confirmed"), "{page}");

    // A new round on the pages, with a weight out of range named beside its field.
    let csrf = csrf_of(&runner, &format!("{address}/programmes/{programme_id}/rounds")).await;
    let form = [
        ("csrf", csrf.as_str()),
        ("population", "participants"),
        ("weight_industry", "12"),
        ("weight_language", "2"),
        ("weight_region", "2"),
        ("weight_need", "3"),
    ];
    let refused =
        runner.post(format!("{address}/programmes/{programme_id}/rounds")).form(&form).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap().contains("aria-invalid"));
}
