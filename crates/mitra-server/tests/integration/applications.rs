//! Applications through the API: the steps from draft to decision with their audit entries and
//! email in the firm's language, the refusals that change nothing, reviews with a rubric and
//! conflicts of interest, and capacity that is never exceeded under a rush of approvals from
//! two servers sharing one database.

use mitra_app::{Actor, AuditFilter, Membership, NewUser};
use mitra_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{TEST_PASSWORD, TestApp, client_with, msme_body, opportunity_body, partner_body};

on_both_backends!(
    an_application_goes_from_draft_to_approved_with_each_step_audited_and_the_firm_told_in_its_language,
    a_firm_that_fails_the_rules_is_rejected_by_the_screening_and_one_lacking_a_figure_keeps_its_draft,
    steps_out_of_order_or_by_the_wrong_person_are_refused_and_change_nothing,
    a_firm_applies_once_and_only_while_the_opportunity_is_open,
    a_reviewer_who_declares_a_conflict_is_kept_off_and_whoever_scored_may_not_decide,
    fifty_concurrent_approvals_from_two_servers_give_out_exactly_ten_seats,
    fifty_concurrent_approvals_from_two_servers_never_pass_the_budget,
    the_rubric_editor_saves_a_rubric_and_names_each_problem_beside_its_field,
    an_approved_relief_loan_shows_the_owner_its_schedule,
    an_administrator_approves_every_waiting_application_at_once_and_reads_the_report,
);

/// A partner and an opportunity of it with `capacity`.
async fn opportunity(app: &TestApp, capacity: Value) -> (String, String) {
    let partner =
        app.create("/api/v1/organizations", &partner_body("nonprofit", "Kumasi Business Hub")).await;
    let mut body = opportunity_body(&partner);
    body["capacity"] = capacity;
    let id = app.create("/api/v1/opportunities", &body).await;
    (partner, id)
}

/// `n` MSMEs owned by one new owner (who reads in `locale`), and the owner's token.
async fn firms(app: &TestApp, n: usize, email: &str, locale: Option<&str>) -> (Vec<String>, String) {
    let mut ids = Vec::new();
    for i in 0..n {
        let mut body = msme_body();
        body["name"] = json!(format!("Asante Cocoa Processors {i}"));
        ids.push(app.create("/api/v1/organizations", &body).await);
    }
    let memberships = ids
        .iter()
        .map(|id| Membership { organization_id: Some(id.parse().unwrap()), role: Role::MsmeOwner })
        .collect();
    let new = NewUser {
        email: email.to_owned(),
        name: "Ama Owusu".to_owned(),
        password: TEST_PASSWORD.to_owned(),
        locale: locale.map(str::to_owned),
        memberships,
    };
    app.app.create_user(&Actor::System, new).await.unwrap();
    let token = app.app.issue_api_token(&Actor::System, email, "tests", 30).await.unwrap();
    (ids, token)
}

async fn post(app: &TestApp, token: &str, path: &str, body: &Value) -> crate::support::Reply {
    app.send_as(token, reqwest::Method::POST, path, body).await
}

fn rubric() -> Value {
    json!({
        "criteria": [
            {"key": "viability", "labels": {"en": "The plan can work", "fr": "Le plan peut fonctionner"}, "weight": 3},
            {"key": "need", "labels": {"en": "The firm needs it"}, "weight": 1}
        ],
        "scale": 5,
        "separate_approver": true
    })
}

async fn an_application_goes_from_draft_to_approved_with_each_step_audited_and_the_firm_told_in_its_language(
    app: &TestApp,
) {
    let (_, opportunity) = opportunity(app, json!({"seats": 10})).await;
    let (firms, owner) = firms(app, 1, "ama@asante.example", Some("fr")).await;
    let reviewer = app.user("kofi@reviews.example", None, Role::Reviewer).await;
    let approver = app.user("efua@approvals.example", None, Role::Approver).await;
    assert_eq!(
        app.send_as(
            &app.token,
            reqwest::Method::PUT,
            &format!("/api/v1/opportunities/{opportunity}/rubric"),
            &rubric()
        )
        .await
        .status,
        StatusCode::OK
    );

    let started = post(
        app,
        &owner,
        &format!("/api/v1/opportunities/{opportunity}/applications"),
        &json!({"msme_id": firms[0], "statement": "Nous voulons rencontrer des chocolatiers."}),
    )
    .await;
    assert_eq!(started.status, StatusCode::CREATED, "{}", started.text);
    assert_eq!(started.json()["status"], "draft");
    let id = started.json()["id"].as_str().unwrap().to_owned();

    let submitted = post(app, &owner, &format!("/api/v1/applications/{id}/submit"), &json!({})).await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    assert_eq!(submitted.json()["status"], "screened", "no rules: every firm passes the screening");
    assert_eq!(submitted.json()["submitted_on"], "2027-09-15");

    let scored = post(
        app,
        &reviewer,
        &format!("/api/v1/applications/{id}/reviews"),
        &json!({"scores": {"viability": 4, "need": 2}, "comment": "Sound plan"}),
    )
    .await;
    assert_eq!(scored.status, StatusCode::CREATED, "{}", scored.text);
    assert_eq!(scored.json()["status"], "in_review");

    let approved = post(app, &approver, &format!("/api/v1/applications/{id}/approve"), &json!({})).await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.text);
    assert_eq!(approved.json()["status"], "approved");
    let steps: Vec<String> = approved.json()["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["transition"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(steps, ["submit", "pass_screening", "review", "approve"]);

    let detail = app.get_as(&approver, &format!("/api/v1/applications/{id}")).await.json();
    assert_eq!(detail["reviews"][0]["weighted"], "3.50", "(4×3 + 2×1) / 4");
    assert_eq!(detail["standing"]["seats_left"], 9);
    let own = app.get_as(&owner, &format!("/api/v1/applications/{id}")).await.json();
    assert_eq!(own["reviews"], json!([]), "the applicant does not see the reviewers' scores");

    let audit = app
        .app
        .audit_log(
            &Actor::System,
            &AuditFilter { entity: Some("application".into()), ..AuditFilter::default() },
            None,
            50,
        )
        .await
        .unwrap();
    let actions: Vec<&str> = audit.iter().rev().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["create", "submit", "review", "approve"]);

    let fr = mitra_i18n::Locale::parse("fr").unwrap();
    let outbox = app.app.outbox(&Actor::System, 20).await.unwrap();
    let to_owner: Vec<_> = outbox.iter().filter(|e| e.recipient == "ama@asante.example").collect();
    assert_eq!(to_owner.len(), 3, "screened, in review, approved");
    assert!(to_owner[0].subject.ends_with(&fr.t("application-status-approved")), "{}", to_owner[0].subject);
    assert!(to_owner[0].body.contains("Bonne nouvelle"), "{}", to_owner[0].body);
    assert!(to_owner[0].body.contains(&format!("/applications/{id}")), "{}", to_owner[0].body);
}

async fn a_firm_that_fails_the_rules_is_rejected_by_the_screening_and_one_lacking_a_figure_keeps_its_draft(
    app: &TestApp,
) {
    let (_, opportunity) = opportunity(app, json!({"seats": 10})).await;
    let rules = json!({"applies_from": "2027-01-01", "criteria": [
        {"key": "small", "labels": {"en": "At most 10 persons employed", "fr": "Au plus 10 personnes"}, "expression": "employees <= 10"},
        {"key": "payroll", "labels": {"en": "A 2026 payroll"}, "expression": "figures[2026].payroll > money(1, \"GHS\")"}
    ]});
    assert_eq!(
        app.post(&format!("/api/v1/opportunities/{opportunity}/rules"), &rules).await.status,
        StatusCode::CREATED
    );
    let (firms, owner) = firms(app, 2, "ama@asante.example", Some("fr")).await;

    // 12 persons employed: fails "small" (and lacks the payroll): rejected, with the reason.
    let applied = post(
        app,
        &owner,
        &format!("/api/v1/opportunities/{opportunity}/applications"),
        &json!({"msme_id": firms[0], "submit": true}),
    )
    .await;
    assert_eq!(applied.status, StatusCode::CREATED, "{}", applied.text);
    let application = applied.json();
    assert_eq!(application["status"], "rejected");
    assert_eq!(application["screening"]["failed"], json!(["small"]));
    assert_eq!(application["screening"]["rule_set_version"], 1);
    let outbox = app.app.outbox(&Actor::System, 5).await.unwrap();
    assert!(
        outbox[0].body.contains("- Au plus 10 personnes"),
        "the failed criterion in French: {}",
        outbox[0].body
    );

    // Six persons, but no 2026 payroll: the draft stays a draft, with a clear refusal.
    let mut smaller = msme_body();
    smaller["msme"]["employees"] = json!(6);
    smaller["name"] = json!("Asante Cocoa Processors 1");
    assert_eq!(
        app.put(&format!("/api/v1/organizations/{}", firms[1]), &smaller).await.status,
        StatusCode::OK
    );
    let started = post(
        app,
        &owner,
        &format!("/api/v1/opportunities/{opportunity}/applications"),
        &json!({"msme_id": firms[1]}),
    )
    .await;
    let id = started.json()["id"].as_str().unwrap().to_owned();
    let refused = post(app, &owner, &format!("/api/v1/applications/{id}/submit"), &json!({})).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert!(refused.text.contains("lacks figures"), "{}", refused.text);
    assert_eq!(
        app.get_as(&owner, &format!("/api/v1/applications/{id}")).await.json()["application"]["status"],
        "draft"
    );
}

async fn steps_out_of_order_or_by_the_wrong_person_are_refused_and_change_nothing(app: &TestApp) {
    let (_, opportunity) = opportunity(app, json!({"seats": 10})).await;
    let (firms, owner) = firms(app, 1, "ama@asante.example", None).await;
    let approver = app.user("efua@approvals.example", None, Role::Approver).await;
    let stranger = app.user("yaw@elsewhere.example", None, Role::Mentor).await;
    let started = post(
        app,
        &owner,
        &format!("/api/v1/opportunities/{opportunity}/applications"),
        &json!({"msme_id": firms[0]}),
    )
    .await;
    let id = started.json()["id"].as_str().unwrap().to_owned();

    let too_early = post(app, &approver, &format!("/api/v1/applications/{id}/approve"), &json!({})).await;
    assert_eq!(too_early.status, StatusCode::CONFLICT, "a draft cannot be approved: {}", too_early.text);
    let by_owner = post(app, &owner, &format!("/api/v1/applications/{id}/approve"), &json!({})).await;
    assert_eq!(by_owner.status, StatusCode::FORBIDDEN, "an owner does not approve: {}", by_owner.text);
    let by_stranger = post(app, &stranger, &format!("/api/v1/applications/{id}/submit"), &json!({})).await;
    assert_eq!(by_stranger.status, StatusCode::NOT_FOUND, "a stranger does not learn it exists");
    assert_eq!(
        app.get_as(&stranger, &format!("/api/v1/applications/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let anonymous =
        app.anonymous.post(format!("{}/api/v1/applications/{id}/submit", app.address)).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    post(app, &owner, &format!("/api/v1/applications/{id}/withdraw"), &json!({})).await;
    let again = post(app, &owner, &format!("/api/v1/applications/{id}/submit"), &json!({})).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "a withdrawn application is final: {}", again.text);
    let detail = app.get_as(&owner, &format!("/api/v1/applications/{id}")).await.json();
    assert_eq!(detail["application"]["status"], "withdrawn");
    assert_eq!(detail["application"]["history"].as_array().unwrap().len(), 1, "only the withdrawal");
}

async fn a_firm_applies_once_and_only_while_the_opportunity_is_open(app: &TestApp) {
    let (partner, opportunity) = opportunity(app, json!({"seats": 10})).await;
    let (firms, owner) = firms(app, 1, "ama@asante.example", None).await;
    let path = format!("/api/v1/opportunities/{opportunity}/applications");
    let first = post(app, &owner, &path, &json!({"msme_id": firms[0], "submit": true})).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    let second = post(app, &owner, &path, &json!({"msme_id": firms[0], "submit": true})).await;
    assert_eq!(second.status, StatusCode::CONFLICT, "{}", second.text);
    assert!(second.text.contains("already applied"), "{}", second.text);

    let mut closed = opportunity_body(&partner);
    closed["closes_on"] = json!("2027-06-30");
    let closed = app.create("/api/v1/opportunities", &closed).await;
    let late = post(
        app,
        &owner,
        &format!("/api/v1/opportunities/{closed}/applications"),
        &json!({"msme_id": firms[0]}),
    )
    .await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.text);
    assert!(late.text.contains("not taking applications"), "{}", late.text);

    let mut loan = opportunity_body(&partner);
    loan["channel"] = json!("resources");
    loan["capacity"] = json!({"budget": {"amount": "100000", "currency": "GHS"}, "max_per_firm": {"amount": "20000", "currency": "GHS"}});
    let loan = app.create("/api/v1/opportunities", &loan).await;
    let too_much = post(
        app,
        &owner,
        &format!("/api/v1/opportunities/{loan}/applications"),
        &json!({"msme_id": firms[0], "amount": {"amount": "20000.01", "currency": "GHS"}}),
    )
    .await;
    assert_eq!(too_much.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", too_much.text);
    assert_eq!(too_much.problem_fields(), ["amount"]);
    let listed = app.get(&format!("/api/v1/opportunities/{loan}/applications")).await.json();
    assert_eq!(listed["items"], json!([]), "nothing was stored");
}

async fn a_reviewer_who_declares_a_conflict_is_kept_off_and_whoever_scored_may_not_decide(app: &TestApp) {
    let (_, opportunity) = opportunity(app, json!({"seats": 10})).await;
    app.send_as(
        &app.token,
        reqwest::Method::PUT,
        &format!("/api/v1/opportunities/{opportunity}/rubric"),
        &rubric(),
    )
    .await;
    let (firms, owner) = firms(app, 1, "ama@asante.example", None).await;
    let conflicted = app.user("kofi@reviews.example", None, Role::Reviewer).await;
    // One person who both reviews and approves.
    let both = NewUser {
        email: "abena@both.example".into(),
        name: "Abena Mensah".into(),
        password: TEST_PASSWORD.into(),
        locale: None,
        memberships: vec![
            Membership { organization_id: None, role: Role::Reviewer },
            Membership { organization_id: None, role: Role::Approver },
        ],
    };
    app.app.create_user(&Actor::System, both).await.unwrap();
    let both = app.app.issue_api_token(&Actor::System, "abena@both.example", "tests", 30).await.unwrap();
    let applied = post(
        app,
        &owner,
        &format!("/api/v1/opportunities/{opportunity}/applications"),
        &json!({"msme_id": firms[0], "submit": true}),
    )
    .await;
    let id = applied.json()["id"].as_str().unwrap().to_owned();

    let declared =
        post(app, &conflicted, &format!("/api/v1/applications/{id}/reviews"), &json!({"conflict": true}))
            .await;
    assert_eq!(declared.status, StatusCode::CREATED, "{}", declared.text);
    assert_eq!(declared.json()["status"], "screened", "a conflict is not a review");
    let scoring = post(
        app,
        &conflicted,
        &format!("/api/v1/applications/{id}/reviews"),
        &json!({"scores": {"viability": 5, "need": 5}}),
    )
    .await;
    assert_eq!(scoring.status, StatusCode::CONFLICT, "{}", scoring.text);
    assert!(scoring.text.contains("conflict of interest"), "{}", scoring.text);
    let queue = client_with(&conflicted)
        .get(format!(
            "{}/api/v1/opportunities/{opportunity}/applications?without_my_conflicts=true",
            app.address
        ))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(queue["items"], json!([]), "off the conflicted reviewer's queue");

    let bad_scores =
        post(app, &both, &format!("/api/v1/applications/{id}/reviews"), &json!({"scores": {"viability": 9}}))
            .await;
    assert_eq!(bad_scores.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad_scores.text);
    assert_eq!(bad_scores.problem_fields(), ["scores.viability", "scores.need"]);
    let scored = post(
        app,
        &both,
        &format!("/api/v1/applications/{id}/reviews"),
        // 3.0 is the whole number 3 in JSON.
        &json!({"scores": {"viability": 3.0, "need": 4}}),
    )
    .await;
    assert_eq!(scored.status, StatusCode::CREATED, "{}", scored.text);
    let deciding = post(app, &both, &format!("/api/v1/applications/{id}/approve"), &json!({})).await;
    assert_eq!(deciding.status, StatusCode::CONFLICT, "{}", deciding.text);
    assert!(deciding.text.contains("another person to decide"), "{}", deciding.text);
    let changed = app
        .send_as(
            &app.token,
            reqwest::Method::PUT,
            &format!("/api/v1/opportunities/{opportunity}/rubric"),
            &rubric(),
        )
        .await;
    assert_eq!(changed.status, StatusCode::CONFLICT, "a rubric with scores under it stays: {}", changed.text);
}

/// `n` firms of one owner, each with a screened application to `opportunity` (asking for
/// `amount` when given); their ids.
async fn screened(app: &TestApp, opportunity: &str, n: usize, amount: Option<Value>) -> Vec<String> {
    let (firms, owner) = firms(app, n, "ama@asante.example", None).await;
    let mut ids = Vec::new();
    for firm in &firms {
        let mut body = json!({"msme_id": firm, "submit": true});
        if let Some(amount) = &amount {
            body["amount"] = amount.clone();
        }
        let reply =
            post(app, &owner, &format!("/api/v1/opportunities/{opportunity}/applications"), &body).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
        assert_eq!(reply.json()["status"], "screened");
        ids.push(reply.json()["id"].as_str().unwrap().to_owned());
    }
    ids
}

/// Approves every application at once, half through `app` and half through a second server
/// on the same database; the statuses they end in.
async fn approve_all_at_once(app: &TestApp, ids: &[String]) -> Vec<String> {
    let sibling = app.sibling().await;
    let approver = app.user("efua@approvals.example", None, Role::Approver).await;
    let client = client_with(&approver);
    let calls = ids.iter().enumerate().map(|(i, id)| {
        let address = if i % 2 == 0 { app.address.clone() } else { sibling.address.clone() };
        let client = client.clone();
        let id = id.clone();
        async move {
            let reply =
                client.post(format!("{address}/api/v1/applications/{id}/approve")).send().await.unwrap();
            let status = reply.status();
            let body: Value = reply.json().await.unwrap();
            assert_eq!(status, StatusCode::OK, "{body}");
            body["status"].as_str().unwrap().to_owned()
        }
    });
    let statuses = futures_join_all(calls).await;
    sibling.stop().await;
    statuses
}

async fn futures_join_all<F: std::future::Future<Output = String> + Send + 'static>(
    calls: impl Iterator<Item = F>,
) -> Vec<String> {
    let handles: Vec<_> = calls.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for handle in handles {
        out.push(handle.await.unwrap());
    }
    out
}

async fn fifty_concurrent_approvals_from_two_servers_give_out_exactly_ten_seats(app: &TestApp) {
    let (_, opportunity) = opportunity(app, json!({"seats": 10})).await;
    let ids = screened(app, &opportunity, 50, None).await;
    let statuses = approve_all_at_once(app, &ids).await;
    assert_eq!(statuses.iter().filter(|s| *s == "approved").count(), 10);
    assert_eq!(statuses.iter().filter(|s| *s == "waitlisted").count(), 40);
    let standing = app.get(&format!("/api/v1/opportunities/{opportunity}/standing")).await.json();
    assert_eq!(standing["seats_taken"], 10);
    assert_eq!(standing["seats_left"], 0);
    assert_eq!(standing["counts"], json!({"approved": 10, "waitlisted": 40}));

    // A withdrawal frees a seat for the first on the waitlist.
    let waitlist = app
        .get(&format!("/api/v1/opportunities/{opportunity}/applications?status=waitlisted&limit=200"))
        .await
        .json();
    // The first on the waitlist is the one that joined it first, whichever server wrote it.
    let mut first_waiting = None;
    for item in waitlist["items"].as_array().unwrap() {
        let id = item["id"].as_str().unwrap();
        let detail = app.get(&format!("/api/v1/applications/{id}")).await.json();
        if detail["waitlist_position"] == 1 {
            first_waiting = Some(id.to_owned());
        }
    }
    let first_waiting = first_waiting.expect("one application is first on the waitlist");
    let approved_one = ids.iter().zip(&statuses).find(|(_, s)| *s == "approved").unwrap().0;
    let owner = app.app.issue_api_token(&Actor::System, "ama@asante.example", "again", 30).await.unwrap();
    let withdrawn =
        post(app, &owner, &format!("/api/v1/applications/{approved_one}/withdraw"), &json!({})).await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.text);
    let standing = app.get(&format!("/api/v1/opportunities/{opportunity}/standing")).await.json();
    assert_eq!(standing["counts"], json!({"approved": 10, "waitlisted": 39, "withdrawn": 1}));
    let promoted = app.get(&format!("/api/v1/applications/{first_waiting}")).await.json();
    assert_eq!(promoted["application"]["status"], "approved");
    assert_eq!(
        promoted["application"]["history"].as_array().unwrap().last().unwrap()["transition"],
        "promote"
    );
}

async fn fifty_concurrent_approvals_from_two_servers_never_pass_the_budget(app: &TestApp) {
    let (_, opportunity) = opportunity(
        app,
        json!({"budget": {"amount": "100000", "currency": "GHS"}, "max_per_firm": {"amount": "20000", "currency": "GHS"}}),
    )
    .await;
    let ids = screened(app, &opportunity, 50, Some(json!({"amount": "10000", "currency": "GHS"}))).await;
    let statuses = approve_all_at_once(app, &ids).await;
    assert_eq!(statuses.iter().filter(|s| *s == "approved").count(), 10, "10 × GHS 10,000 is the budget");
    let standing = app.get(&format!("/api/v1/opportunities/{opportunity}/standing")).await.json();
    assert_eq!(standing["amount_taken"]["amount"], "100000");
    assert_eq!(standing["money_left"]["amount"], "0");
}

async fn the_rubric_editor_saves_a_rubric_and_names_each_problem_beside_its_field(app: &TestApp) {
    let (_, opportunity) = opportunity(app, json!({"seats": 10})).await;
    let page = format!("{}/opportunities/{opportunity}/rubric", app.address);
    let csrf = crate::support::csrf_of(&app.browser, &page).await;
    let refused = app
        .browser
        .post(&page)
        .form(&[
            ("csrf", csrf.as_str()),
            ("criteria[0].key", "viability"),
            ("criteria[0].fr", "Le plan peut fonctionner"),
            ("criteria[0].weight", "11"),
            ("scale", "5"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    let en = mitra_i18n::Locale::default();
    assert!(html.contains(&en.problem(&mitra_domain::Problem::Between { min: 1, max: 10 })), "{html}");
    assert!(html.contains(&en.problem(&mitra_domain::Problem::Required)), "the English label: {html}");
    assert!(html.contains("Le plan peut fonctionner"), "what was typed stays: {html}");
    assert_eq!(app.get(&format!("/api/v1/opportunities/{opportunity}/rubric")).await.json(), Value::Null);

    let saved = app
        .browser
        .post(&page)
        .form(&[
            ("csrf", csrf.as_str()),
            ("criteria[0].key", "viability"),
            ("criteria[0].en", "The plan can work"),
            ("criteria[0].weight", "3"),
            ("criteria[1].key", "need"),
            ("criteria[1].en", "The firm needs it"),
            ("criteria[1].weight", "1"),
            ("scale", "5"),
            ("separate_approver", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::OK);
    let rubric = app.get(&format!("/api/v1/opportunities/{opportunity}/rubric")).await.json();
    assert_eq!(rubric["criteria"][1]["key"], "need");
    assert_eq!(rubric["separate_approver"], true);
    let form = app.browser.get(&page).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("value=\"The firm needs it\""), "the saved rubric fills the form: {form}");
}

async fn an_approved_relief_loan_shows_the_owner_its_schedule(app: &TestApp) {
    let (_, template) = opportunity(
        app,
        json!({"budget": {"amount": "1000000", "currency": "CAD"}, "max_per_firm": {"amount": "60000", "currency": "CAD"}}),
    )
    .await;
    let mut draft =
        app.app.opportunity(&Actor::System, template.parse().unwrap()).await.unwrap().opportunity.details;
    draft.country = mitra_domain::Country::parse("CA").unwrap();
    draft.relief_loan = Some(mitra_domain::relief::ReliefLoanTerms::ceba());
    let loan = app.app.create_opportunity(&Actor::System, draft).await.unwrap().opportunity.id;
    let (firms, owner) = firms(app, 1, "ama@asante.example", Some("fr")).await;
    let applied = post(
        app,
        &owner,
        &format!("/api/v1/opportunities/{loan}/applications"),
        &json!({"msme_id": firms[0], "amount": {"amount": "60000", "currency": "CAD"}, "submit": true}),
    )
    .await;
    assert_eq!(applied.status, StatusCode::CREATED, "{}", applied.text);
    let id = applied.json()["id"].as_str().unwrap().to_owned();
    let approver = app.user("efua@approvals.example", None, Role::Approver).await;
    let approved = post(app, &approver, &format!("/api/v1/applications/{id}/approve"), &json!({})).await;
    assert_eq!(approved.json()["status"], "approved", "{}", approved.text);
    let browser =
        crate::support::sign_in(&app.address, "ama@asante.example", crate::support::TEST_PASSWORD).await;
    let html =
        browser.get(format!("{}/applications/{id}", app.address)).send().await.unwrap().text().await.unwrap();
    let fr = mitra_i18n::Locale::parse("fr").unwrap();
    assert!(html.contains(&fr.t("loan-heading")), "{html}");
    assert!(html.contains(&fr.money(&mitra_domain::Money::parse("20000", "CAD").unwrap())), "{html}");
    assert!(html.contains(&fr.date(jiff::civil::date(2024, 1, 18))), "{html}");
}

async fn an_administrator_approves_every_waiting_application_at_once_and_reads_the_report(app: &TestApp) {
    let (_, opportunity) = opportunity(app, json!({"seats": 3})).await;
    let ids = screened(app, &opportunity, 5, None).await;
    let page = format!("{}/applications?opportunity_id={opportunity}", app.address);
    let html = app.browser.get(&page).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("action=\"/applications/bulk\""), "the bulk form is offered to an administrator");
    let csrf = crate::support::csrf_of(&app.browser, &page).await;
    let started = app
        .browser
        .post(format!("{}/applications/bulk", app.address))
        .form(&[("csrf", csrf.as_str()), ("opportunity_id", opportunity.as_str()), ("decision", "approve")])
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), StatusCode::SEE_OTHER);
    let job = started.headers()["location"].to_str().unwrap().to_owned();
    assert!(job.starts_with("/jobs/"), "{job}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let progress = loop {
        let progress = app.get(&format!("/api/v1{job}")).await.json();
        if progress["finished"] == true {
            break progress;
        }
        assert!(std::time::Instant::now() < deadline, "the job did not finish: {progress}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(
        (progress["total"].clone(), progress["done"].clone(), progress["skipped"].clone()),
        (json!(5), json!(5), json!(0))
    );
    let standing = app.get(&format!("/api/v1/opportunities/{opportunity}/standing")).await.json();
    assert_eq!(standing["counts"], json!({"approved": 3, "waitlisted": 2}), "three seats: the rest wait");
    let report = app.get(&format!("/api/v1{job}/report")).await;
    assert!(report.content_type.starts_with("text/csv"), "{}", report.content_type);
    let lines: Vec<&str> = report.text.lines().collect();
    assert_eq!(lines[0], "position,application_id,outcome,status,reason");
    assert_eq!(lines.len(), 6);
    assert!(lines[1].contains(&ids[0]) && lines[1].ends_with(",done,approved,"), "{}", lines[1]);
    assert!(lines[5].ends_with(",done,waitlisted,"), "{}", lines[5]);
    let html = app.browser.get(format!("{}{job}", app.address)).send().await.unwrap().text().await.unwrap();
    let en = mitra_i18n::Locale::default();
    assert!(html.contains(&en.t("jobs-finished")), "{html}");
    // Nobody else may ask for one.
    let reviewer = app.user("kofi@reviews.example", None, Role::Reviewer).await;
    let refused = post(
        app,
        &reviewer,
        "/api/v1/jobs/decisions",
        &json!({"decision": "reject", "opportunity_id": opportunity}),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}
