//! Every page route, read from the router's own source (`src/web.rs`), tried by every role and
//! by users of other organisations, with a valid CSRF token: a page that changes something
//! answers a person who may not with a refusal (403 or 404, or the sign-in page for a visitor),
//! and changes nothing, which the audit log, written in the same transaction as every change,
//! shows; no route answers anyone with a 500.

use std::collections::BTreeSet;

use mitra_app::{Actor, AuditFilter};
use mitra_domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::on_both_backends;
use crate::support::{
    TEST_PASSWORD, TestApp, csrf_of, msme_body, opportunity_body, partner_body, programme_body, sign_in,
};

on_both_backends!(every_page_route_refuses_whoever_may_not_use_it_and_then_changes_nothing);

/// The page routes as the router declares them: (method, path).
fn page_routes() -> Vec<(&'static str, String)> {
    let source = include_str!("../../src/web.rs");
    let route = regex::Regex::new(r#"\.route\("([^"]+)",\s*([^\n]+)\)"#).unwrap();
    let mut routes = Vec::new();
    for capture in route.captures_iter(source) {
        let (path, handlers) = (capture[1].to_owned(), &capture[2]);
        for (method, call) in [("GET", "get("), ("POST", "post(")] {
            if handlers.starts_with(call) || handlers.contains(&format!(".{call}")) {
                routes.push((method, path.clone()));
            }
        }
    }
    routes
}

/// Routes a person uses on their own behalf, which anyone may send: signing in and out, signing
/// up, the language, a reset, an invitation's link, one's own account and mentor profile (which
/// the use case refuses to anyone but a mentor, as its own test shows).
fn for_oneself(path: &str) -> bool {
    [
        "/sign-in",
        "/sign-out",
        "/sign-up",
        "/language",
        "/reset-password",
        "/invitations/",
        "/account",
        "/mentoring",
        "/proposals",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

async fn audit_size(app: &TestApp) -> usize {
    app.app.audit_log(&Actor::System, &AuditFilter::default(), None, 500).await.unwrap().len()
}

async fn every_page_route_refuses_whoever_may_not_use_it_and_then_changes_nothing(app: &TestApp) {
    let msme = app.create("/api/v1/organizations", &msme_body()).await;
    let mut other = msme_body();
    other["name"] = json!("Kumasi Shea Butter");
    let other_msme = app.create("/api/v1/organizations", &other).await;
    let partner = app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank A")).await;
    let other_partner =
        app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let opportunity = app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    let programme = app.create("/api/v1/programmes", &programme_body(&partner)).await;
    let started = app
        .post(&format!("/api/v1/programmes/{programme}/rounds"), &json!({"population": "participants"}))
        .await;
    assert_eq!(started.status, StatusCode::ACCEPTED, "{}", started.text);
    let round = started.json()["id"].as_str().unwrap().to_owned();
    // The owner shares with the partner, so that a consent exists to revoke.
    app.user("owner@tests.example", Some(&msme), Role::MsmeOwner).await;
    let owner = sign_in(&app.address, "owner@tests.example", TEST_PASSWORD).await;
    let consents = format!("{}/organizations/{msme}/consents", app.address);
    let csrf = csrf_of(&owner, &consents).await;
    let shared = owner
        .post(&consents)
        .form(&[
            ("csrf", csrf.as_str()),
            ("partner", partner.as_str()),
            ("figures", "turnover"),
            ("expires_on", "2028-01-31"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(shared.status(), StatusCode::SEE_OTHER);
    let consent =
        app.app.consents(&Actor::System, msme.parse().unwrap()).await.unwrap()[0].consent.id.to_string();

    // People of other tenants, and roles with no say over these records.
    let mut people = vec![("visitor", None)];
    for (who, email, organization, role) in [
        ("other owner", "other-owner@tests.example", Some(other_msme.as_str()), Role::MsmeOwner),
        (
            "other partner's staff",
            "other-staff@tests.example",
            Some(other_partner.as_str()),
            Role::PartnerStaff,
        ),
        ("the partner's staff", "staff@tests.example", Some(partner.as_str()), Role::PartnerStaff),
        ("reviewer", "reviewer@tests.example", None, Role::Reviewer),
        ("mentor", "mentor@tests.example", None, Role::Mentor),
    ] {
        app.user(email, organization, role).await;
        people.push((who, Some(sign_in(&app.address, email, TEST_PASSWORD).await)));
    }
    let routes = page_routes();
    assert!(routes.len() >= 30, "the router's routes were read: {routes:?}");
    let mut failures = Vec::new();
    let mut tried = BTreeSet::new();
    for (method, template) in &routes {
        // Whose record each route is tried on: the MSME's (private to its owner and the agency),
        // and, for a partner's, the partner's, whose own staff may change it.
        let record = if template.starts_with("/opportunities/") {
            &opportunity
        } else if template.starts_with("/programmes/") {
            &programme
        } else if template.starts_with("/rounds/") {
            &round
        } else {
            &msme
        };
        let path = template
            .replace("{id}", record)
            .replace("{consent}", &consent)
            .replace("{firm}", &msme)
            .replace("{secret}", "not-a-real-secret-0000000000000000000000000");
        let mut targets = vec![path.clone()];
        if template.starts_with("/organizations/{id}") {
            targets.push(template.replace("{id}", &partner));
        }
        for target in targets {
            for (who, client) in &people {
                let client = client.clone().unwrap_or_else(|| {
                    reqwest::Client::builder()
                        .cookie_store(true)
                        .redirect(reqwest::redirect::Policy::none())
                        .build()
                        .unwrap()
                });
                let url = format!("{}{target}", app.address);
                tried.insert(format!("{method} {template}"));
                if *method == "GET" {
                    let status = client.get(&url).send().await.unwrap().status();
                    if status.is_server_error() {
                        failures.push(format!("GET {target} as {who}: {status}"));
                    }
                    continue;
                }
                if for_oneself(&target) {
                    continue;
                }
                // The partner's own staff may publish for it and change its opportunity.
                let own = *who == "the partner's staff"
                    && (target.contains(&partner)
                        || target.contains(&opportunity)
                        || target.contains(&programme)
                        || target.contains(&round))
                    && !target.ends_with("/archive");
                if own {
                    continue;
                }
                let csrf = csrf_of(&client, &format!("{}/", app.address)).await;
                let before = audit_size(app).await;
                let reply = client
                    .post(&url)
                    .form(&[
                        ("csrf", csrf.as_str()),
                        ("version", "1"),
                        ("name", "Taken over"),
                        ("title", "Forged"),
                    ])
                    .send()
                    .await
                    .unwrap();
                let status = reply.status();
                let location =
                    reply.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or("").to_owned();
                let refused = matches!(status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND)
                    || (*who == "visitor"
                        && status == StatusCode::SEE_OTHER
                        && location.starts_with("/sign-in"));
                if !refused {
                    failures.push(format!("POST {target} as {who}: {status} {location}"));
                }
                if audit_size(app).await != before {
                    failures.push(format!("POST {target} as {who} changed something"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(tried.len() == routes.len(), "every route was tried");
}
