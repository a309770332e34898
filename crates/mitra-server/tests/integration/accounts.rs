//! People through the real server: signing in and out, sessions, CSRF, rate limits, tokens,
//! invitations and resets through the outbox, consent, the audit log, and the authorisation
//! table that tries every API operation with every role and with another tenant's user.

use reqwest::{Method, StatusCode};
use scraper::{Html, Selector};
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{
    TEST_PASSWORD, TestApp, csrf_of, msme_body, opportunity_body, partner_body, programme_body, sign_in,
};
use mitra_domain::Role;

on_both_backends!(
    anonymous_writes_are_refused_before_anything_is_read_or_stored,
    every_api_operation_answers_every_role_as_the_policy_says_and_leaks_nothing_across_tenants,
    a_partner_sees_an_msme_only_while_its_consent_holds_and_only_the_figures_it_names,
    signing_in_gives_a_new_session_and_signing_out_or_a_password_change_ends_it,
    a_wrong_password_says_nothing_about_the_account_and_too_many_attempts_are_refused,
    a_form_without_its_csrf_token_changes_nothing,
    an_administrator_invites_a_reviewer_who_joins_from_the_email_in_the_outbox,
    a_reset_link_works_once_and_ends_the_old_sessions,
    every_change_is_in_the_audit_log_with_who_what_and_the_values_before_and_after,
    an_api_token_works_until_it_is_revoked,
    an_msme_owner_signs_up_and_is_warned_of_a_business_already_registered,
    an_owner_edits_the_profile_sees_each_problem_by_its_field_and_then_the_size_class,
    partner_staff_publish_and_change_an_opportunity_through_the_form_and_only_their_own,
    a_session_and_the_attempt_count_are_shared_by_two_servers_over_one_database,
    the_agency_registers_and_archives_a_partner_through_the_pages_and_nobody_else_can,
);

async fn anonymous_writes_are_refused_before_anything_is_read_or_stored(app: &TestApp) {
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Aid")).await;
    let before = app.count("/api/v1/organizations").await;
    for (method, path, body) in [
        (Method::POST, "/api/v1/organizations".to_owned(), msme_body()),
        (Method::POST, "/api/v1/organizations".to_owned(), json!({})),
        (Method::PUT, format!("/api/v1/organizations/{partner}"), partner_body("nonprofit", "Changed")),
        (Method::POST, format!("/api/v1/organizations/{partner}/archive"), json!({})),
        (Method::POST, "/api/v1/opportunities".to_owned(), opportunity_body(&partner)),
    ] {
        let reply = app.send_as("", method.clone(), &path, &body).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{method} {path}: {}", reply.text);
        assert_eq!(reply.content_type, "application/problem+json");
    }
    let bad_token =
        app.send_as("mitra_not-a-token", Method::POST, "/api/v1/organizations", &msme_body()).await;
    assert_eq!(bad_token.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.count("/api/v1/organizations").await, before);
    assert_eq!(app.get(&format!("/api/v1/organizations/{partner}")).await.json()["name"], "Aid");
}

/// The people of the authorisation table: two MSMEs and two partners, each with its own.
struct Tenants {
    msme: String,
    other_msme: String,
    partner: String,
    opportunity: String,
    /// A draft application of the MSME to the opportunity.
    draft: String,
    /// A withdrawn application of the MSME to another opportunity of the partner.
    withdrawn: String,
    /// An opportunity of the partner that closed before the test date.
    closed: String,
    tokens: Vec<(&'static str, String)>,
}

async fn tenants(app: &TestApp) -> Tenants {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let mut other = msme_body();
    other["name"] = json!("Kumasi Shea Butter");
    let other_msme = app.create("/api/v1/organizations", &other).await;
    let partner = app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank A")).await;
    let other_partner =
        app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank B")).await;
    let opportunity = app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    let mut tokens = vec![("administrator", app.token.clone()), ("anonymous", String::new())];
    for (who, email, organization, role) in [
        ("manager", "manager@tests.example", None, Role::ProgrammeManager),
        ("reviewer", "reviewer@tests.example", None, Role::Reviewer),
        ("approver", "approver@tests.example", None, Role::Approver),
        ("mentor", "mentor@tests.example", None, Role::Mentor),
        ("owner", "owner@tests.example", Some(msme.as_str()), Role::MsmeOwner),
        ("other owner", "other-owner@tests.example", Some(other_msme.as_str()), Role::MsmeOwner),
        ("staff", "staff@tests.example", Some(partner.as_str()), Role::PartnerStaff),
        ("other staff", "other-staff@tests.example", Some(other_partner.as_str()), Role::PartnerStaff),
    ] {
        tokens.push((who, app.user(email, organization, role).await));
    }
    let owner = &tokens.iter().find(|(w, _)| *w == "owner").unwrap().1;
    let apply = |opportunity: &str| format!("/api/v1/opportunities/{opportunity}/applications");
    let draft = app.send_as(owner, Method::POST, &apply(&opportunity), &json!({"msme_id": msme})).await;
    assert_eq!(draft.status, StatusCode::CREATED, "{}", draft.text);
    let second = app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    let withdrawn = app.send_as(owner, Method::POST, &apply(&second), &json!({"msme_id": msme})).await;
    let withdrawn = withdrawn.json()["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/applications/{withdrawn}/withdraw");
    assert_eq!(app.send_as(owner, Method::POST, &path, &Value::Null).await.status, StatusCode::OK);
    let mut closed = opportunity_body(&partner);
    closed["closes_on"] = json!("2027-06-30");
    let closed = app.create("/api/v1/opportunities", &closed).await;
    let draft = draft.json()["id"].as_str().unwrap().to_owned();
    Tenants { msme, other_msme, partner, opportunity, draft, withdrawn, closed, tokens }
}

async fn every_api_operation_answers_every_role_as_the_policy_says_and_leaks_nothing_across_tenants(
    app: &TestApp,
) {
    let t = tenants(app).await;
    let msme_path = format!("/api/v1/organizations/{}", t.msme);
    let partner_path = format!("/api/v1/organizations/{}", t.partner);
    let opportunity_path = format!("/api/v1/opportunities/{}", t.opportunity);
    let programme = app.create("/api/v1/programmes", &programme_body(&t.partner)).await;
    let programme_path = format!("/api/v1/programmes/{programme}");
    let mentor_id = app.app.person_for_cli("mentor@tests.example").await.unwrap().user_id;
    let mentor_path = format!("/api/v1/mentors/{mentor_id}");
    let mentor_body = || json!({"expertise": ["C"], "languages": ["en"], "country": "GH", "capacity": 3, "topics": ["Export paperwork"]});
    // A mentor's profile: read by the mentor and the agency's staff, written by the mentor and
    // the agency's managers; a programme's pool, by those who run it.
    let mut sees_mentor =
        vec![("administrator", 200), ("manager", 200), ("reviewer", 200), ("approver", 200)];
    sees_mentor.extend([("mentor", 200), ("anonymous", 401)]);
    let changes_mentor = vec![("administrator", 200), ("manager", 200), ("mentor", 200), ("anonymous", 401)];
    let runs_programme =
        |ok: u16| vec![("administrator", ok), ("manager", ok), ("staff", ok), ("anonymous", 401)];
    // A round of the programme, whose run has neither firms nor mentors: those who run the
    // programme see it and are told why it cannot be published; nobody else learns it exists.
    let everyone = json!({"population": "participants"});
    let started = app.post(&format!("{programme_path}/rounds"), &everyone).await;
    assert_eq!(started.status, StatusCode::ACCEPTED, "{}", started.text);
    let round_path = format!("/api/v1/rounds/{}", started.json()["id"].as_str().unwrap());
    // Who gets what: (operation id, method, path, body, [(who, status)]). Everyone not named
    // gets `others`.
    type Row = (&'static str, Method, String, Value, Vec<(&'static str, u16)>, u16);
    let agency = |ok: u16| vec![("administrator", ok), ("manager", ok)];
    let mut sees_msme = agency(200);
    sees_msme.extend([("reviewer", 200), ("approver", 200), ("owner", 200)]);
    let mut recommended = sees_msme.clone();
    recommended.push(("anonymous", 401));
    let mut changes_msme = agency(200);
    changes_msme.extend([("owner", 200), ("reviewer", 403), ("approver", 403), ("anonymous", 401)]);
    let mut changes_partner = agency(200);
    changes_partner.extend([("staff", 200), ("anonymous", 401)]);
    let mut publishes = agency(201);
    publishes.extend([("staff", 201), ("anonymous", 401)]);
    let mut changes_opportunity = agency(200);
    changes_opportunity.extend([("staff", 200), ("anonymous", 401)]);
    let mut creates = agency(201);
    creates.push(("anonymous", 401));
    let mut archives = vec![("anonymous", 401), ("administrator", 200), ("manager", 200)];
    archives.extend([("reviewer", 403), ("approver", 403)]);
    let mut saves_rules = agency(201);
    saves_rules.extend([("staff", 201), ("anonymous", 401)]);
    let mut assesses = agency(200);
    assesses.extend([("reviewer", 200), ("approver", 200), ("anonymous", 401)]);
    // Those who see the partner's applications: its staff and the agency's staff.
    let sees_applications = |ok: u16| {
        let mut who = agency(ok);
        who.extend([("reviewer", ok), ("approver", ok), ("staff", ok), ("anonymous", 401)]);
        who
    };
    // An applicant's step refused: to those who see the application "not yours" (403).
    let applicants_step = |owner: u16| {
        let mut who = sees_applications(403);
        who.push(("owner", owner));
        who
    };
    let mut shows_application = sees_applications(200);
    shows_application.push(("owner", 200));
    let mut lists_all = sees_applications(200);
    lists_all.retain(|(w, _)| *w != "staff");
    // A step of a draft by an approver: refused for its state (409); by the owner or a reader
    // of the application, not theirs (403).
    let mut decides = applicants_step(403);
    decides.retain(|(w, _)| !matches!(*w, "approver" | "administrator"));
    decides.extend([("approver", 409), ("administrator", 409)]);
    let mut reviews = applicants_step(403);
    reviews.retain(|(w, _)| *w != "reviewer");
    reviews.push(("reviewer", 409));
    let mut sets_rubric = agency(200);
    sets_rubric.extend([("staff", 200), ("anonymous", 401)]);
    let rubric = json!({"criteria": [{"key": "viability", "labels": {"en": "The plan can work"}, "weight": 2}],
                        "scale": 5, "separate_approver": true});
    let draft_path = format!("/api/v1/applications/{}", t.draft);
    let withdrawn_path = format!("/api/v1/applications/{}", t.withdrawn);
    let rules = json!({"applies_from": "2027-01-01", "criteria": [
        {"key": "in-ghana", "labels": {"en": "In Ghana"}, "expression": "country == \"GH\""}
    ]});
    let no_job = format!("/api/v1/jobs/{}", uuid::Uuid::now_v7());
    // A firm's reports: written by its owners and the agency's managers, read by whoever sees
    // it whole; the table of every firm's, by the agency's staff.
    let mut reports_to = agency(200);
    reports_to.extend([("owner", 200), ("reviewer", 403), ("approver", 403), ("anonymous", 401)]);
    let mut reads_reports = sees_msme.clone();
    reads_reports.push(("anonymous", 401));
    let mut dashboards = agency(200);
    dashboards.extend([("reviewer", 200), ("approver", 200), ("anonymous", 401)]);
    let report = json!({"month": "2027-08", "status": "operating", "paid_employees": 3});
    let rows: Vec<Row> = vec![
        ("put_report", Method::POST, format!("{msme_path}/reports"), report, reports_to, 404),
        ("list_reports", Method::GET, format!("{msme_path}/reports"), Value::Null, reads_reports, 404),
        ("recovery_table", Method::GET, "/api/v1/recovery".to_owned(), Value::Null, dashboards.clone(), 403),
        ("impact", Method::GET, "/api/v1/impact".to_owned(), Value::Null, dashboards, 403),
        (
            "remind",
            Method::POST,
            "/api/v1/recovery/reminders".to_owned(),
            Value::Null,
            vec![("administrator", 200), ("manager", 200), ("anonymous", 401)],
            403,
        ),
        (
            "start_decisions",
            Method::POST,
            "/api/v1/jobs/decisions".to_owned(),
            json!({"decision": "approve", "opportunity_id": t.closed}),
            vec![("administrator", 422), ("anonymous", 401)],
            403,
        ),
        (
            "show_job",
            Method::GET,
            no_job.clone(),
            Value::Null,
            vec![("administrator", 404), ("anonymous", 401)],
            403,
        ),
        (
            "job_report",
            Method::GET,
            format!("{no_job}/report"),
            Value::Null,
            vec![("administrator", 404), ("anonymous", 401)],
            403,
        ),
        (
            "start_application",
            Method::POST,
            format!("/api/v1/opportunities/{}/applications", t.closed),
            json!({"msme_id": t.msme}),
            vec![("owner", 409), ("anonymous", 401)],
            422,
        ),
        (
            "list_opportunity_applications",
            Method::GET,
            format!("{opportunity_path}/applications"),
            Value::Null,
            sees_applications(200),
            403,
        ),
        ("list_applications", Method::GET, "/api/v1/applications".to_owned(), Value::Null, lists_all, 403),
        ("show_application", Method::GET, draft_path.clone(), Value::Null, shows_application, 404),
        (
            "change_application",
            Method::PUT,
            withdrawn_path.clone(),
            json!({"statement": "More"}),
            applicants_step(409),
            404,
        ),
        (
            "submit_application",
            Method::POST,
            format!("{withdrawn_path}/submit"),
            Value::Null,
            applicants_step(409),
            404,
        ),
        (
            "withdraw_application",
            Method::POST,
            format!("{withdrawn_path}/withdraw"),
            Value::Null,
            applicants_step(409),
            404,
        ),
        (
            "approve_application",
            Method::POST,
            format!("{draft_path}/approve"),
            Value::Null,
            decides.clone(),
            404,
        ),
        ("reject_application", Method::POST, format!("{draft_path}/reject"), Value::Null, decides, 404),
        (
            "review_application",
            Method::POST,
            format!("{draft_path}/reviews"),
            json!({"scores": {"viability": 3}}),
            reviews,
            404,
        ),
        ("show_rubric", Method::GET, format!("{opportunity_path}/rubric"), Value::Null, vec![], 200),
        ("save_rubric", Method::PUT, format!("{opportunity_path}/rubric"), rubric, sets_rubric, 403),
        (
            "show_standing",
            Method::GET,
            format!("{opportunity_path}/standing"),
            Value::Null,
            sees_applications(200),
            403,
        ),
        ("list_rule_sets", Method::GET, format!("{opportunity_path}/rules"), Value::Null, vec![], 200),
        ("save_rule_set", Method::POST, format!("{opportunity_path}/rules"), rules, saves_rules, 403),
        (
            "check_profile",
            Method::POST,
            format!("{opportunity_path}/eligibility"),
            json!({"profile": msme_body()}),
            vec![],
            200,
        ),
        (
            "check_organization",
            Method::GET,
            format!("{opportunity_path}/eligibility/{}", t.msme),
            Value::Null,
            recommended.clone(),
            404,
        ),
        (
            "check_population",
            Method::GET,
            format!("{opportunity_path}/eligibility/population"),
            Value::Null,
            assesses,
            403,
        ),
        ("list_organizations", Method::GET, "/api/v1/organizations".to_owned(), Value::Null, vec![], 200),
        ("get_organization", Method::GET, partner_path.clone(), Value::Null, vec![], 200),
        ("get_organization", Method::GET, msme_path.clone(), Value::Null, sees_msme, 404),
        (
            "recommendations",
            Method::GET,
            format!("{msme_path}/recommendations"),
            Value::Null,
            recommended,
            404,
        ),
        (
            "create_organization",
            Method::POST,
            "/api/v1/organizations".to_owned(),
            partner_body("nonprofit", "New"),
            creates,
            403,
        ),
        ("update_organization", Method::PUT, msme_path.clone(), msme_body(), changes_msme, 404),
        (
            "update_organization",
            Method::PUT,
            partner_path.clone(),
            partner_body("financial_institution", "Bank A"),
            changes_partner,
            403,
        ),
        ("list_programmes", Method::GET, "/api/v1/programmes".to_owned(), Value::Null, vec![], 200),
        ("get_programme", Method::GET, programme_path.clone(), Value::Null, vec![], 200),
        (
            "create_programme",
            Method::POST,
            "/api/v1/programmes".to_owned(),
            programme_body(&t.partner),
            publishes.clone(),
            403,
        ),
        (
            "update_programme",
            Method::PUT,
            programme_path.clone(),
            programme_body(&t.partner),
            changes_opportunity.clone(),
            403,
        ),
        ("get_mentor", Method::GET, mentor_path.clone(), Value::Null, sees_mentor, 404),
        ("save_mentor", Method::PUT, mentor_path.clone(), mentor_body(), changes_mentor, 404),
        (
            "list_pool",
            Method::GET,
            format!("{programme_path}/mentors"),
            Value::Null,
            runs_programme(200),
            403,
        ),
        (
            "add_to_pool",
            Method::POST,
            format!("{programme_path}/mentors"),
            json!({"email": "mentor@tests.example"}),
            runs_programme(200),
            403,
        ),
        (
            "remove_from_pool",
            Method::POST,
            format!("{programme_path}/mentors/{mentor_id}/remove"),
            Value::Null,
            runs_programme(200),
            403,
        ),
        (
            "list_rounds",
            Method::GET,
            format!("{programme_path}/rounds"),
            Value::Null,
            runs_programme(200),
            403,
        ),
        (
            "start_round",
            Method::POST,
            format!("{programme_path}/rounds"),
            everyone.clone(),
            runs_programme(202),
            403,
        ),
        ("get_round", Method::GET, round_path.clone(), Value::Null, runs_programme(200), 404),
        (
            "rerun_round",
            Method::POST,
            format!("{round_path}/runs"),
            everyone.clone(),
            runs_programme(202),
            404,
        ),
        ("get_run", Method::GET, format!("{round_path}/runs/1"), Value::Null, runs_programme(200), 404),
        (
            "publish_round",
            Method::POST,
            format!("{round_path}/publish"),
            json!({"deadline": "2027-09-29"}),
            runs_programme(422),
            404,
        ),
        (
            "follow_up_round",
            Method::POST,
            format!("{round_path}/follow-up"),
            Value::Null,
            runs_programme(422),
            404,
        ),
        (
            "my_proposals",
            Method::GET,
            "/api/v1/proposals".to_owned(),
            Value::Null,
            vec![("anonymous", 401)],
            200,
        ),
        (
            "answer_proposal",
            Method::POST,
            format!("{round_path}/proposals/{}/answer", t.msme),
            json!({"accept": true}),
            vec![("anonymous", 401)],
            404,
        ),
        (
            "list_sessions",
            Method::GET,
            format!("{round_path}/proposals/{}/sessions", t.msme),
            Value::Null,
            vec![("anonymous", 401)],
            404,
        ),
        (
            "log_session",
            Method::POST,
            format!("{round_path}/proposals/{}/sessions", t.msme),
            json!({"held_on": "2027-09-14", "minutes": 60, "mode": "phone"}),
            vec![("anonymous", 401)],
            404,
        ),
        (
            "confirm_session",
            Method::POST,
            format!("/api/v1/sessions/{}/confirm", t.msme),
            json!({"confirmed": true}),
            vec![("anonymous", 401)],
            404,
        ),
        ("list_opportunities", Method::GET, "/api/v1/opportunities".to_owned(), Value::Null, vec![], 200),
        ("get_opportunity", Method::GET, opportunity_path.clone(), Value::Null, vec![], 200),
        (
            "create_opportunity",
            Method::POST,
            "/api/v1/opportunities".to_owned(),
            opportunity_body(&t.partner),
            publishes,
            403,
        ),
        (
            "update_opportunity",
            Method::PUT,
            opportunity_path.clone(),
            opportunity_body(&t.partner),
            changes_opportunity.clone(),
            403,
        ),
        (
            "archive_opportunity",
            Method::POST,
            format!("{opportunity_path}/archive"),
            Value::Null,
            changes_opportunity,
            403,
        ),
        (
            "archive_organization",
            Method::POST,
            format!("/api/v1/organizations/{}/archive", t.other_msme),
            Value::Null,
            {
                let mut a = archives.clone();
                a.push(("other owner", 403));
                a
            },
            404,
        ),
    ];
    // Every operation of the API document has a row, so a new route cannot go untested.
    let document = app.get("/api/openapi.json").await.json();
    for (_, item) in document["paths"].as_object().unwrap() {
        for (_, operation) in item.as_object().unwrap() {
            let id = operation["operationId"].as_str().unwrap();
            assert!(rows.iter().any(|row| row.0 == id), "the authorisation table has no row for {id}");
        }
    }
    for (id, method, path, body, expected, others) in &rows {
        for (who, token) in &t.tokens {
            let want = expected.iter().find(|(w, _)| w == who).map(|(_, s)| *s).unwrap_or(*others);
            // Every change needs a token; judging a profile that is not stored changes nothing.
            let changes = method != Method::GET && *id != "check_profile";
            let want = if *who == "anonymous" && changes && want != 401 { 401 } else { want };
            let reply = if *method == Method::GET {
                if token.is_empty() {
                    TestApp::read(app.anonymous.get(format!("{}{path}", app.address)).send().await.unwrap())
                        .await
                } else {
                    app.get_as(token, path).await
                }
            } else {
                app.send_as(token, method.clone(), path, body).await
            };
            assert_eq!(reply.status.as_u16(), want, "{id} {method} {path} as {who}: {}", reply.text);
            if want == 404 || want == 403 {
                // A denial says nothing about the record: no name, no figures.
                assert!(
                    !reply.text.contains("Asante") && !reply.text.contains("900000"),
                    "{id} as {who} leaks: {}",
                    reply.text
                );
            }
        }
    }
    // The directory shows a partner's staff the partners only; the agency sees the firms too.
    let staff = &t.tokens.iter().find(|(w, _)| *w == "staff").unwrap().1;
    let listed = app.get_as(staff, "/api/v1/organizations?limit=200").await.json();
    assert!(listed["items"].as_array().unwrap().iter().all(|o| o["kind"] != "msme"), "{listed}");
    let listed = app.get("/api/v1/organizations?kind=msme&limit=200").await.json();
    assert_eq!(listed["items"].as_array().unwrap().len(), 1, "the other firm is archived by now");
}

async fn a_partner_sees_an_msme_only_while_its_consent_holds_and_only_the_figures_it_names(app: &TestApp) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let bank = app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank A")).await;
    let staff = app.user("staff@tests.example", Some(&bank), Role::PartnerStaff).await;
    app.user("owner@tests.example", Some(&msme), Role::MsmeOwner).await;
    let path = format!("/api/v1/organizations/{msme}");
    assert_eq!(app.get_as(&staff, &path).await.status, StatusCode::NOT_FOUND);

    // The owner shares the number of employees, through the sharing page.
    let owner = sign_in(&app.address, "owner@tests.example", TEST_PASSWORD).await;
    let page = format!("{}/organizations/{msme}/consents", app.address);
    let csrf = csrf_of(&owner, &page).await;
    let reply = owner
        .post(&page)
        .form(&[
            ("csrf", csrf.as_str()),
            ("partner", bank.as_str()),
            ("figures", "employees"),
            ("expires_on", "2028-01-31"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    let seen = app.get_as(&staff, &path).await;
    assert_eq!(seen.status, StatusCode::OK, "{}", seen.text);
    let seen = seen.json();
    assert_eq!(seen["msme"]["employees"], 12);
    assert_eq!(seen["msme"]["annual_turnover"], Value::Null);
    assert_eq!(seen["msme"]["hidden_figures"], json!(["turnover", "investment", "recovery_reports"]));
    assert_eq!(seen["msme"]["size"]["class"], Value::Null, "a size class would tell of the hidden figures");
    // The owner's own view is whole.
    let whole = app.get(&path).await.json();
    assert_eq!(whole["msme"]["annual_turnover"]["amount"], "900000");

    // Revoked: hidden again on the next request.
    let html = owner.get(&page).send().await.unwrap().text().await.unwrap();
    let document = Html::parse_document(&html);
    let revoke = Selector::parse("form[action$=revoke]").unwrap();
    let action = document.select(&revoke).next().unwrap().value().attr("action").unwrap().to_owned();
    let csrf = csrf_of(&owner, &page).await;
    let reply =
        owner.post(format!("{}{action}", app.address)).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get_as(&staff, &path).await.status, StatusCode::NOT_FOUND);
    // Both are in the audit log.
    let log = app.app.audit_log(&mitra_app::Actor::System, &Default::default(), None, 100).await.unwrap();
    let actions: Vec<&str> =
        log.iter().filter(|e| e.entity == "consent").map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["revoke", "grant"]);
}

async fn signing_in_gives_a_new_session_and_signing_out_or_a_password_change_ends_it(app: &TestApp) {
    app.user("reviewer@tests.example", None, Role::Reviewer).await;
    let first = sign_in(&app.address, "reviewer@tests.example", TEST_PASSWORD).await;
    let second = sign_in(&app.address, "reviewer@tests.example", TEST_PASSWORD).await;
    let account = format!("{}/account", app.address);
    assert_eq!(first.get(&account).send().await.unwrap().status(), StatusCode::OK);
    // A password change ends the other session and keeps this one.
    let csrf = csrf_of(&second, &account).await;
    let reply = second
        .post(format!("{account}/password"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("current_password", TEST_PASSWORD),
            ("new_password", "a brand new passphrase"),
            ("repeat_password", "a brand new passphrase"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    assert_eq!(second.get(&account).send().await.unwrap().status(), StatusCode::OK);
    let stale = first.get(&account).send().await.unwrap();
    assert_eq!(stale.status(), StatusCode::SEE_OTHER, "the session from before the change is over");
    assert!(stale.headers()["location"].to_str().unwrap().starts_with("/sign-in"));
    // Signing out ends the session.
    let csrf = csrf_of(&second, &account).await;
    let reply = second
        .post(format!("{}/sign-out", app.address))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    assert_eq!(second.get(&account).send().await.unwrap().status(), StatusCode::SEE_OTHER);
}

async fn a_wrong_password_says_nothing_about_the_account_and_too_many_attempts_are_refused(app: &TestApp) {
    app.user("owner@tests.example", None, Role::Mentor).await;
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}/sign-in", app.address);
    let mut answers = Vec::new();
    for email in ["owner@tests.example", "nobody@tests.example"] {
        let csrf = csrf_of(&browser, &url).await;
        let reply = browser
            .post(&url)
            .form(&[("csrf", csrf.as_str()), ("email", email), ("password", "wrong password!")])
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), StatusCode::UNAUTHORIZED);
        let html = Html::parse_document(&reply.text().await.unwrap());
        let alert =
            html.select(&Selector::parse("[role=alert]").unwrap()).next().unwrap().text().collect::<String>();
        answers.push(alert);
    }
    assert_eq!(answers[0], answers[1], "the answer must not tell whether the address has an account");
    for _ in 0..5 {
        let csrf = csrf_of(&browser, &url).await;
        browser
            .post(&url)
            .form(&[("csrf", csrf.as_str()), ("email", "owner@tests.example"), ("password", "wrong again!")])
            .send()
            .await
            .unwrap();
    }
    let csrf = csrf_of(&browser, &url).await;
    let reply = browser
        .post(&url)
        .form(&[("csrf", csrf.as_str()), ("email", "owner@tests.example"), ("password", TEST_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(
        reply.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits after too many attempts"
    );
}

async fn a_form_without_its_csrf_token_changes_nothing(app: &TestApp) {
    let url = format!("{}/account/tokens", app.address);
    for form in [
        vec![("name", "forged"), ("days", "30")],
        vec![("csrf", "forged-token-of-the-right-length-0123456789ab"), ("name", "forged"), ("days", "30")],
    ] {
        let reply = app.browser.post(&url).form(&form).send().await.unwrap();
        assert_eq!(reply.status(), StatusCode::FORBIDDEN);
        let text = reply.text().await.unwrap();
        assert!(text.contains("nothing was saved"), "{text}");
    }
    assert!(
        app.app
            .audit_log(&mitra_app::Actor::System, &Default::default(), None, 100)
            .await
            .unwrap()
            .iter()
            .all(|e| e.entity != "api_token"
                || e.action != "create"
                || e.after.as_ref().is_some_and(|a| a["name"] != "forged"))
    );
    // An oversized form is refused too.
    let csrf = csrf_of(&app.browser, &format!("{}/account", app.address)).await;
    let huge = "x".repeat(100_000);
    let reply = app
        .browser
        .post(&url)
        .form(&[("csrf", csrf.as_str()), ("name", huge.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

/// The link in the newest email to `recipient`.
async fn link_in_outbox(app: &TestApp, recipient: &str) -> String {
    let outbox = app.app.outbox(&mitra_app::Actor::System, 50).await.unwrap();
    let email =
        outbox.iter().find(|e| e.recipient == recipient).unwrap_or_else(|| panic!("no email to {recipient}"));
    let link = email.body.split_whitespace().find(|w| w.starts_with("http")).unwrap().to_owned();
    let path = link.splitn(4, '/').nth(3).unwrap();
    format!("{}/{path}", app.address)
}

async fn an_administrator_invites_a_reviewer_who_joins_from_the_email_in_the_outbox(app: &TestApp) {
    let admin_page = format!("{}/admin/users", app.address);
    let csrf = csrf_of(&app.browser, &admin_page).await;
    let reply = app
        .browser
        .post(format!("{}/admin/invitations", app.address))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "New.Reviewer@Tests.example"),
            ("role", "reviewer"),
            ("organization", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::OK);
    let outbox =
        app.browser.get(format!("{}/admin/outbox", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(outbox.contains("new.reviewer@tests.example"), "{outbox}");
    let link = link_in_outbox(app, "new.reviewer@tests.example").await;
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let csrf = csrf_of(&browser, &link).await;
    let short = browser
        .post(&link)
        .form(&[("csrf", csrf.as_str()), ("name", "Nadia Reviewer"), ("password", "short")])
        .send()
        .await
        .unwrap();
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let reply = browser
        .post(&link)
        .form(&[("csrf", csrf.as_str()), ("name", "Nadia Reviewer"), ("password", TEST_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    let account = browser.get(format!("{}/account", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(
        account.contains("Nadia Reviewer") && account.contains("Reviewer across the platform"),
        "{account}"
    );
    // The link works once.
    let again = browser.get(&link).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::GONE);
    // A reviewer is not an administrator.
    assert_eq!(
        browser.get(format!("{}/admin/audit", app.address)).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
}

async fn a_reset_link_works_once_and_ends_the_old_sessions(app: &TestApp) {
    app.user("owner@tests.example", None, Role::Mentor).await;
    let old = sign_in(&app.address, "owner@tests.example", TEST_PASSWORD).await;
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}/reset-password", app.address);
    for email in ["owner@tests.example", "nobody@tests.example"] {
        let csrf = csrf_of(&browser, &url).await;
        let reply =
            browser.post(&url).form(&[("csrf", csrf.as_str()), ("email", email)]).send().await.unwrap();
        assert_eq!(
            reply.status(),
            StatusCode::OK,
            "the same answer whether or not the address has an account"
        );
    }
    let link = link_in_outbox(app, "owner@tests.example").await;
    let csrf = csrf_of(&browser, &link).await;
    let form = [
        ("csrf", csrf.as_str()),
        ("new_password", "another fine passphrase"),
        ("repeat_password", "another fine passphrase"),
    ];
    assert_eq!(browser.post(&link).form(&form).send().await.unwrap().status(), StatusCode::OK);
    assert_eq!(
        browser.post(&link).form(&form).send().await.unwrap().status(),
        StatusCode::GONE,
        "a used link"
    );
    assert_eq!(
        old.get(format!("{}/account", app.address)).send().await.unwrap().status(),
        StatusCode::SEE_OTHER
    );
    sign_in(&app.address, "owner@tests.example", "another fine passphrase").await;
}

async fn every_change_is_in_the_audit_log_with_who_what_and_the_values_before_and_after(app: &TestApp) {
    let id = app.create("/api/v1/organizations", &partner_body("nonprofit", "Before")).await;
    let reply = app.put(&format!("/api/v1/organizations/{id}"), &partner_body("nonprofit", "After")).await;
    assert_eq!(reply.status, StatusCode::OK);
    let audit = app
        .browser
        .get(format!("{}/admin/audit?record={id}", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let document = Html::parse_document(&audit);
    let rows: Vec<String> = document
        .select(&Selector::parse("tbody tr").unwrap())
        .map(|row| row.text().collect::<String>())
        .collect();
    assert_eq!(rows.len(), 2, "{audit}");
    assert!(rows[0].contains("admin@tests.example") && rows[0].contains("api") && rows[0].contains("update"));
    assert!(rows[0].contains("\"Before\"") && rows[0].contains("\"After\""), "{}", rows[0]);
    let csv = app.browser.get(format!("{}/admin/audit.csv?record={id}", app.address)).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(&records[1][6], "create");
}

async fn an_api_token_works_until_it_is_revoked(app: &TestApp) {
    let account = format!("{}/account", app.address);
    let csrf = csrf_of(&app.browser, &account).await;
    let reply = app
        .browser
        .post(format!("{account}/tokens"))
        .form(&[("csrf", csrf.as_str()), ("name", "nightly export"), ("days", "7")])
        .send()
        .await
        .unwrap();
    let html = Html::parse_document(&reply.text().await.unwrap());
    let secret = html.select(&Selector::parse(".secret").unwrap()).next().unwrap().text().collect::<String>();
    assert!(secret.starts_with("mitra_"), "{secret}");
    let write = app
        .send_as(&secret, Method::POST, "/api/v1/organizations", &partner_body("nonprofit", "Via token"))
        .await;
    assert_eq!(write.status, StatusCode::CREATED);
    let page = app.browser.get(&account).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains(&secret), "a token is shown once");
    let html = Html::parse_document(&page);
    let action = html
        .select(&Selector::parse("form[action$=revoke]").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("action")
        .unwrap()
        .to_owned();
    let csrf = csrf_of(&app.browser, &account).await;
    app.browser
        .post(format!("{}{action}", app.address))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    let refused = app
        .send_as(&secret, Method::POST, "/api/v1/organizations", &partner_body("nonprofit", "Too late"))
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
}

async fn an_msme_owner_signs_up_and_is_warned_of_a_business_already_registered(app: &TestApp) {
    let mut existing = msme_body();
    existing["msme"]["registration_number"] = json!("GH-BN-2014-00123");
    app.create("/api/v1/organizations", &existing).await;
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}/sign-up", app.address);
    let csrf = csrf_of(&browser, &url).await;
    let mut form = vec![
        ("csrf", csrf.clone()),
        ("name", "Kwame Asante".to_owned()),
        ("email", "kwame@tests.example".to_owned()),
        ("password", "short".to_owned()),
        ("business", "Asanté Cocoa Processors".to_owned()),
        ("country", "GH".to_owned()),
        ("region", "ashanti".to_owned()),
        ("registration_number", "gh bn 2014 00123".to_owned()),
        ("legal_form", "private_company".to_owned()),
        ("language", "en".to_owned()),
    ];
    let reply = browser.post(&url).form(&form).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&reply.text().await.unwrap());
    let error =
        html.select(&Selector::parse(".field-error").unwrap()).next().unwrap().text().collect::<String>();
    assert_eq!(error, "Use at least 10 characters.");
    form[3].1 = TEST_PASSWORD.to_owned();
    let reply = browser.post(&url).form(&form).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::OK);
    let text = reply.text().await.unwrap();
    assert!(
        text.contains("may already be registered") && text.contains("same registration number"),
        "{text}"
    );
    form.push(("not_a_duplicate", "yes".to_owned()));
    let reply = browser.post(&url).form(&form).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    let own = reply.headers()["location"].to_str().unwrap().to_owned();
    assert!(own.ends_with("/edit"), "a new owner goes on to fill the profile: {own}");
    let page = browser.get(format!("{}{own}", app.address)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("Asanté Cocoa Processors"));
}

async fn an_owner_edits_the_profile_sees_each_problem_by_its_field_and_then_the_size_class(app: &TestApp) {
    let firm = app.create("/api/v1/organizations", &msme_body()).await;
    app.user("owner@tests.example", Some(&firm), Role::MsmeOwner).await;
    let owner = sign_in(&app.address, "owner@tests.example", TEST_PASSWORD).await;
    let edit = format!("{}/organizations/{firm}/edit", app.address);
    let html = owner.get(&edit).send().await.unwrap().text().await.unwrap();
    let document = Html::parse_document(&html);
    let value = |name: &str| {
        let selector = Selector::parse(&format!("input[name={name}]")).unwrap();
        document.select(&selector).next().and_then(|e| e.value().attr("value")).unwrap_or("").to_owned()
    };
    let (csrf, version) = (value("csrf"), value("version"));
    assert_eq!(value("employees"), "12");
    let form = |employees: &str, turnover: &str, version: &str| {
        vec![
            ("csrf".to_owned(), csrf.clone()),
            ("version".to_owned(), version.to_owned()),
            ("name".to_owned(), "Asante Cocoa Processors".to_owned()),
            ("region".to_owned(), "Ashanti".to_owned()),
            ("languages".to_owned(), "en".to_owned()),
            ("legal_form".to_owned(), "private_company".to_owned()),
            ("industry_code".to_owned(), "1073".to_owned()),
            ("operating_status".to_owned(), "operating".to_owned()),
            ("employees".to_owned(), employees.to_owned()),
            ("turnover_amount".to_owned(), turnover.to_owned()),
            ("turnover_currency".to_owned(), "GHS".to_owned()),
            ("investment_amount".to_owned(), String::new()),
            ("investment_currency".to_owned(), "GHS".to_owned()),
        ]
    };
    let reply = owner.post(&edit).form(&form("twelve", "nine hundred", &version)).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&reply.text().await.unwrap());
    let errors: Vec<String> =
        html.select(&Selector::parse(".field-error").unwrap()).map(|e| e.text().collect()).collect();
    assert!(errors.iter().any(|e| e == "Enter a whole number, such as 12."), "{errors:?}");
    assert!(errors.iter().any(|e| e == "Enter an amount, such as 1250.50."), "{errors:?}");
    let invalid = html.select(&Selector::parse("input[aria-invalid=true]").unwrap()).count();
    assert!(invalid >= 2, "the fields are marked");
    assert_eq!(
        app.get(&format!("/api/v1/organizations/{firm}")).await.json()["msme"]["employees"],
        12,
        "nothing saved"
    );
    let reply = owner.post(&edit).form(&form("30", "1200000", &version)).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    let page = owner
        .get(format!("{}/organizations/{firm}", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("under Ghana L.I. 2470"), "the size class with its rule: {page}");
    // A form read before someone else's change does not overwrite it.
    let reply = owner.post(&edit).form(&form("31", "1200000", &version)).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::CONFLICT);
    assert!(reply.text().await.unwrap().contains("Someone else changed this profile"));
    assert_eq!(app.get(&format!("/api/v1/organizations/{firm}")).await.json()["msme"]["employees"], 30);
    // Another owner may not even open it.
    app.user("stranger@tests.example", None, Role::Mentor).await;
    let stranger = sign_in(&app.address, "stranger@tests.example", TEST_PASSWORD).await;
    assert_eq!(stranger.get(&edit).send().await.unwrap().status(), StatusCode::NOT_FOUND);
}

async fn partner_staff_publish_and_change_an_opportunity_through_the_form_and_only_their_own(app: &TestApp) {
    let bank = app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank A")).await;
    let other = app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank B")).await;
    app.user("staff@tests.example", Some(&bank), Role::PartnerStaff).await;
    let staff = sign_in(&app.address, "staff@tests.example", TEST_PASSWORD).await;
    let profile = staff
        .get(format!("{}/organizations/{bank}", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(profile.contains("Publish an opportunity"), "{profile}");
    let new = format!("{}/organizations/{bank}/opportunities/new", app.address);
    let csrf = csrf_of(&staff, &new).await;
    let mut form = vec![
        ("csrf", csrf.clone()),
        ("title", "Working capital for cocoa processors".to_owned()),
        ("description", "Loans of up to GHS 200,000 at 12% for processors with buyers".to_owned()),
        ("channel", "resources".to_owned()),
        ("seats", "many".to_owned()),
        ("budget_amount", "5000000".to_owned()),
        ("budget_currency", "GHS".to_owned()),
        ("opens_on", "2027-10-01".to_owned()),
        ("closes_on", "2027-09-01".to_owned()),
        ("languages", "en".to_owned()),
        ("regions", "Ashanti, Western".to_owned()),
        ("industries", "1073".to_owned()),
        ("size_classes", "micro".to_owned()),
        ("size_classes", "small".to_owned()),
    ];
    let action = format!("{}/organizations/{bank}/opportunities", app.address);
    let reply = staff.post(&action).form(&form).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = reply.text().await.unwrap();
    assert!(text.contains("Enter a whole number, such as 12."), "{text}");
    form[4].1 = "40".to_owned();
    let reply = staff.post(&action).form(&form).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::UNPROCESSABLE_ENTITY, "the domain's date check, as in the API");
    assert!(reply.text().await.unwrap().contains("The closing date must not be before the opening date"));
    form[8].1 = "2028-03-31".to_owned();
    let reply = staff.post(&action).form(&form).send().await.unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    let opportunity =
        reply.headers()["location"].to_str().unwrap().trim_start_matches("/opportunities/").to_owned();
    let stored = app.get(&format!("/api/v1/opportunities/{opportunity}")).await.json();
    assert_eq!(stored["capacity"]["seats"], 40);
    assert_eq!(stored["size_classes"], json!(["micro", "small"]));
    // Changed through its own form.
    let edit = format!("{}/opportunities/{opportunity}/edit", app.address);
    let csrf = csrf_of(&staff, &edit).await;
    form[0].1 = csrf;
    form[4].1 = "60".to_owned();
    let mut with_version = form.clone();
    with_version.push(("version", "1".to_owned()));
    assert_eq!(staff.post(&edit).form(&with_version).send().await.unwrap().status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&format!("/api/v1/opportunities/{opportunity}")).await.json()["capacity"]["seats"],
        60
    );
    // Not another partner's: neither the form nor its action.
    let foreign = format!("{}/organizations/{other}/opportunities/new", app.address);
    assert_eq!(staff.get(&foreign).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    let reply = staff
        .post(format!("{}/organizations/{other}/opportunities", app.address))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::FORBIDDEN);
    let listed = app.get(&format!("/api/v1/opportunities?partner_id={other}")).await.json();
    assert!(listed["items"].as_array().unwrap().is_empty());
}

async fn a_session_and_the_attempt_count_are_shared_by_two_servers_over_one_database(app: &TestApp) {
    let other = app.sibling().await;
    app.user("reviewer@tests.example", None, Role::Reviewer).await;
    // Signed in on one server, the same browser is signed in on the other (a cookie is for the
    // host, whatever the port), and signing out on the other ends it on both.
    let browser = sign_in(&app.address, "reviewer@tests.example", TEST_PASSWORD).await;
    let account_here = format!("{}/account", app.address);
    let account_there = format!("{}/account", other.address);
    assert_eq!(browser.get(&account_there).send().await.unwrap().status(), StatusCode::OK);
    let csrf = csrf_of(&browser, &account_there).await;
    let reply = browser
        .post(format!("{}/sign-out", other.address))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    assert_eq!(browser.get(&account_here).send().await.unwrap().status(), StatusCode::SEE_OTHER);
    // Failed attempts made on either server count together.
    let guesser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for address in [&app.address, &other.address, &app.address, &other.address, &app.address] {
        let url = format!("{address}/sign-in");
        let csrf = csrf_of(&guesser, &url).await;
        let reply = guesser
            .post(&url)
            .form(&[
                ("csrf", csrf.as_str()),
                ("email", "reviewer@tests.example"),
                ("password", "a wrong guess"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), StatusCode::UNAUTHORIZED);
    }
    let url = format!("{}/sign-in", other.address);
    let csrf = csrf_of(&guesser, &url).await;
    let reply = guesser
        .post(&url)
        .form(&[("csrf", csrf.as_str()), ("email", "reviewer@tests.example"), ("password", TEST_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::TOO_MANY_REQUESTS);
    other.stop().await;
}

async fn the_agency_registers_and_archives_a_partner_through_the_pages_and_nobody_else_can(app: &TestApp) {
    let new = format!("{}/admin/organizations/new", app.address);
    let csrf = csrf_of(&app.browser, &new).await;
    let action = format!("{}/admin/organizations", app.address);
    let refused = app
        .browser
        .post(&action)
        .form(&[
            ("csrf", csrf.as_str()),
            ("name", " "),
            ("kind", "msme"),
            ("country", "GH"),
            ("languages", "en"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = Html::parse_document(&refused.text().await.unwrap());
    let errors: Vec<String> =
        html.select(&Selector::parse(".field-error").unwrap()).map(|e| e.text().collect()).collect();
    assert_eq!(errors, ["This is required.", "Choose one from the list."], "a business registers itself");
    assert_eq!(app.count("/api/v1/organizations").await, 0, "nothing was stored");

    let form = [
        ("csrf", csrf.as_str()),
        ("name", "Ghana Enterprises Agency"),
        ("kind", "government_agency"),
        ("country", "GH"),
        ("region", "Greater Accra"),
        ("languages", "en"),
        ("languages", "ak"),
        ("description", "Supports micro and small enterprises across Ghana."),
    ];
    let created = app.browser.post(&action).form(&form).send().await.unwrap();
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let page = created.headers()["location"].to_str().unwrap().to_owned();
    let id = page.trim_start_matches("/organizations/").to_owned();
    let stored = app.get(&format!("/api/v1/organizations/{id}")).await.json();
    assert_eq!(stored["kind"], "government_agency");
    assert_eq!(stored["languages"], json!(["en", "ak"]));

    // Partner staff, and a visitor, may neither register nor archive.
    let bank = app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank A")).await;
    app.user("staff@tests.example", Some(&bank), Role::PartnerStaff).await;
    let staff = sign_in(&app.address, "staff@tests.example", TEST_PASSWORD).await;
    assert_eq!(staff.get(&new).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    let visitor = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    assert_eq!(visitor.get(&new).send().await.unwrap().status(), StatusCode::SEE_OTHER);
    let staff_csrf = csrf_of(&staff, &format!("{}/organizations/{id}", app.address)).await;
    let archive = format!("{}/organizations/{id}/archive", app.address);
    let denied =
        staff.post(&archive).form(&[("csrf", staff_csrf.as_str()), ("version", "1")]).send().await.unwrap();
    assert!(matches!(denied.status(), StatusCode::FORBIDDEN | StatusCode::NOT_FOUND), "{}", denied.status());
    let staff_page =
        staff.get(format!("{}/organizations/{id}", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(!staff_page.contains("/archive"), "no archive button for partner staff");

    // The agency archives it from its page, with the version it read.
    let admin_page =
        app.browser.get(format!("{}{page}", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(admin_page.contains("Archive this organisation"));
    let stale =
        app.browser.post(&archive).form(&[("csrf", csrf.as_str()), ("version", "7")]).send().await.unwrap();
    assert_eq!(stale.status(), StatusCode::PRECONDITION_FAILED, "an archive of a changed record is refused");
    let done =
        app.browser.post(&archive).form(&[("csrf", csrf.as_str()), ("version", "1")]).send().await.unwrap();
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert!(app.get(&format!("/api/v1/organizations/{id}")).await.json()["archived_at"].is_string());
}
