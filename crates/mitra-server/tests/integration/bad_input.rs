//! Bad input on every resource: each gets a 4xx problem document naming every offending field,
//! and nothing is stored.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{TestApp, msme_body, opportunity_body, partner_body};

on_both_backends!(
    bad_organization_bodies_are_refused_with_every_field_named_and_nothing_stored,
    bad_opportunity_bodies_are_refused_with_every_field_named_and_nothing_stored,
    bodies_that_are_not_json_objects_are_refused_on_every_write,
    bad_list_filters_are_refused_with_the_parameter_named,
    bad_ids_in_paths_are_refused,
    a_body_that_repeats_a_key_is_refused_naming_the_key,
    a_response_lists_at_most_a_hundred_problems_and_says_how_many_there_were,
);

async fn a_body_that_repeats_a_key_is_refused_naming_the_key(app: &TestApp) {
    let body = msme_body().to_string().replacen("{", "{\"kind\": \"financial_institution\", ", 1);
    let reply = app.send_raw(Method::POST, "/api/v1/organizations", "application/json", body).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.text);
    assert_eq!(reply.problem_fields(), ["body"]);
    let problem = reply.json()["errors"][0]["problem"].as_str().unwrap().to_owned();
    assert!(problem.contains("the key \"kind\" is given twice"), "{problem}");
    let nested = r#"{"a": {"b": 1, "b": 2}}"#.to_owned();
    let reply = app.send_raw(Method::POST, "/api/v1/organizations", "application/json", nested).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.count("/api/v1/organizations").await, 0);
}

async fn a_response_lists_at_most_a_hundred_problems_and_says_how_many_there_were(app: &TestApp) {
    let mut body = msme_body();
    for n in 0..150 {
        body[format!("unknown_{n:03}")] = json!(n);
    }
    let reply = app.post("/api/v1/organizations", &body).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.problem_fields().len(), 100);
    let detail = reply.json()["detail"].as_str().unwrap().to_owned();
    assert!(detail.starts_with("150 field(s) are invalid; the first 100 are listed"), "{detail}");
}

/// One bad body: what it is, how it differs from a good one, and the fields it must name.
type Case = (&'static str, fn(&mut Value), &'static [&'static str]);

const ORGANIZATION_CASES: &[Case] = &[
    ("an unknown field", |b| b["colour"] = json!("red"), &["colour"]),
    ("an unknown nested field", |b| b["msme"]["favourite"] = json!(1), &["msme.favourite"]),
    ("a number for a name", |b| b["name"] = json!(42), &["name"]),
    ("text for a count", |b| b["msme"]["employees"] = json!("ten"), &["msme.employees"]),
    ("text for a list", |b| b["languages"] = json!("en"), &["languages"]),
    (
        "text for a flag",
        |b| b["msme"]["ownership"]["women_led"] = json!("yes"),
        &["msme.ownership.women_led"],
    ),
    ("a missing kind", |b| drop(b.as_object_mut().unwrap().remove("kind")), &["kind"]),
    ("a null name", |b| b["name"] = json!(null), &["name"]),
    (
        "a missing nested field",
        |b| drop(b["msme"].as_object_mut().unwrap().remove("operating_status")),
        &["msme.operating_status"],
    ),
    ("a negative count", |b| b["msme"]["employees"] = json!(-3), &["msme.employees"]),
    (
        "a negative amount",
        |b| b["msme"]["annual_turnover"]["amount"] = json!("-5"),
        &["msme.annual_turnover.amount"],
    ),
    ("an absurd count", |b| b["msme"]["employees"] = json!(9_000_000_000u64), &["msme.employees"]),
    (
        "an absurd amount",
        |b| b["msme"]["investment"]["amount"] = json!("100000000000000000000"),
        &["msme.investment.amount"],
    ),
    ("a fractional count", |b| b["msme"]["employees"] = json!(2.5), &["msme.employees"]),
    (
        "a fractional JSON number for money",
        |b| b["msme"]["investment"]["amount"] = json!(12.5),
        &["msme.investment.amount"],
    ),
    (
        "an amount that is not a number",
        |b| b["msme"]["investment"]["amount"] = json!("12,5"),
        &["msme.investment.amount"],
    ),
    ("an unknown country", |b| b["country"] = json!("XX"), &["country"]),
    (
        "an unknown currency",
        |b| b["msme"]["annual_turnover"]["currency"] = json!("ABC"),
        &["msme.annual_turnover.currency"],
    ),
    ("an unknown language", |b| b["languages"] = json!(["en", "xx"]), &["languages[1]"]),
    ("a repeated language", |b| b["languages"] = json!(["en", "EN"]), &["languages[1]"]),
    ("no language", |b| b["languages"] = json!([]), &["languages"]),
    ("an overlong name", |b| b["name"] = json!("n".repeat(201)), &["name"]),
    ("an overlong description", |b| b["description"] = json!("d".repeat(5001)), &["description"]),
    (
        "an overlong need",
        |b| b["msme"]["needs"][0]["description"] = json!("x".repeat(501)),
        &["msme.needs[0].description"],
    ),
    ("a control character in a name", |b| b["name"] = json!("Bad\u{7}Bell"), &["name"]),
    ("a right-to-left override in a name", |b| b["name"] = json!("Bank\u{202E}knaB"), &["name"]),
    ("an isolate in a description", |b| b["description"] = json!("a\u{2067}b"), &["description"]),
    (
        "an amount with a digit separator",
        |b| b["msme"]["investment"]["amount"] = json!("1_000"),
        &["msme.investment.amount"],
    ),
    ("an unknown kind", |b| b["kind"] = json!("bank"), &["kind"]),
    ("an unknown channel", |b| b["msme"]["needs"][0]["channel"] = json!("money"), &["msme.needs[0].channel"]),
    ("an impossible date", |b| b["msme"]["founded_on"] = json!("2014-13-01"), &["msme.founded_on"]),
    ("a date in the future", |b| b["msme"]["founded_on"] = json!("2999-01-01"), &["msme.founded_on"]),
    ("an msme without its profile", |b| drop(b.as_object_mut().unwrap().remove("msme")), &["msme"]),
    ("a partner profile on an msme", |b| b["partner"] = json!({"offers": []}), &["partner"]),
    ("a malformed industry code", |b| b["msme"]["industry_code"] = json!("10'; --"), &["msme.industry_code"]),
    (
        "many bad fields at once",
        |b| {
            b["name"] = json!("");
            b["country"] = json!("ZZ");
            b["msme"]["employees"] = json!(-1);
            b["msme"]["annual_turnover"] = json!({"amount": "1", "currency": "EURO"});
            b["extra"] = json!(true);
        },
        &["name", "country", "msme.employees", "msme.annual_turnover.currency", "extra"],
    ),
];

const OPPORTUNITY_CASES: &[Case] = &[
    ("a partner id that is not a UUID", |b| b["partner_id"] = json!("not-a-uuid"), &["partner_id"]),
    ("a missing title", |b| drop(b.as_object_mut().unwrap().remove("title")), &["title"]),
    ("an unknown field", |b| b["capacity"]["rooms"] = json!(3), &["capacity.rooms"]),
    ("a negative seat count", |b| b["capacity"]["seats"] = json!(-1), &["capacity.seats"]),
    ("an absurd seat count", |b| b["capacity"]["seats"] = json!(100_000_000), &["capacity.seats"]),
    ("closing before opening", |b| b["closes_on"] = json!("2025-01-01"), &["closes_on"]),
    ("an unknown size class", |b| b["size_classes"] = json!(["huge"]), &["size_classes[0]"]),
    ("an empty region", |b| b["regions"] = json!(["Ashanti", " "]), &["regions[1]"]),
    ("an unknown channel", |b| b["channel"] = json!("money"), &["channel"]),
    ("an unknown country", |b| b["country"] = json!("QQ"), &["country"]),
    ("an overlong title", |b| b["title"] = json!("t".repeat(201)), &["title"]),
    ("a number for a flag", |b| b["illustrative"] = json!(1), &["illustrative"]),
    ("an unknown priority", |b| b["priorities"] = json!({"veteran_led": true}), &["priorities.veteran_led"]),
    (
        "a per-firm cap in another currency",
        |b| b["capacity"] = json!({"budget": {"amount": "100", "currency": "GHS"}, "max_per_firm": {"amount": "1", "currency": "USD"}}),
        &["capacity.max_per_firm"],
    ),
];

/// Sends each case as a create and as an update of `existing`, and checks the answer.
async fn check_cases(app: &TestApp, collection: &str, existing: &str, good: &Value, cases: &[Case]) {
    let before = app.count(collection).await;
    let original = app.get(&format!("{collection}/{existing}")).await.text;
    for (what, spoil, fields) in cases {
        let mut body = good.clone();
        spoil(&mut body);
        for (method, path) in
            [(Method::POST, collection.to_owned()), (Method::PUT, format!("{collection}/{existing}"))]
        {
            let reply = app.send_raw(method.clone(), &path, "application/json", body.to_string()).await;
            assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{method} {what}: {}", reply.text);
            assert_eq!(reply.problem_fields(), *fields, "{method} {what}");
        }
    }
    assert_eq!(app.count(collection).await, before, "a refused body stored something");
    assert_eq!(
        app.get(&format!("{collection}/{existing}")).await.text,
        original,
        "a refused update changed the record"
    );
}

async fn bad_organization_bodies_are_refused_with_every_field_named_and_nothing_stored(app: &TestApp) {
    let existing = app.create("/api/v1/organizations", &msme_body()).await;
    check_cases(app, "/api/v1/organizations", &existing, &msme_body(), ORGANIZATION_CASES).await;
}

async fn bad_opportunity_bodies_are_refused_with_every_field_named_and_nothing_stored(app: &TestApp) {
    let partner = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let existing = app.create("/api/v1/opportunities", &opportunity_body(&partner)).await;
    check_cases(app, "/api/v1/opportunities", &existing, &opportunity_body(&partner), OPPORTUNITY_CASES)
        .await;
}

async fn bodies_that_are_not_json_objects_are_refused_on_every_write(app: &TestApp) {
    let organization = app.create("/api/v1/organizations", &partner_body("nonprofit", "Sankofa Trust")).await;
    let opportunity = app.create("/api/v1/opportunities", &opportunity_body(&organization)).await;
    let huge = json!({"name": "x".repeat(300 * 1024)}).to_string();
    let cases: [(&str, &str, String, StatusCode, &[&str]); 6] = [
        ("malformed JSON", "application/json", "{\"name\": ".to_owned(), StatusCode::BAD_REQUEST, &["body"]),
        ("an empty body", "application/json", String::new(), StatusCode::BAD_REQUEST, &["body"]),
        (
            "a list instead of an object",
            "application/json",
            "[1, 2]".to_owned(),
            StatusCode::UNPROCESSABLE_ENTITY,
            &["body"],
        ),
        (
            "a form instead of JSON",
            "application/x-www-form-urlencoded",
            "name=x".to_owned(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            &[],
        ),
        ("no content type", "", "{}".to_owned(), StatusCode::UNSUPPORTED_MEDIA_TYPE, &[]),
        ("a body over the size limit", "application/json", huge, StatusCode::PAYLOAD_TOO_LARGE, &[]),
    ];
    let targets = [
        (Method::POST, "/api/v1/organizations".to_owned()),
        (Method::PUT, format!("/api/v1/organizations/{organization}")),
        (Method::POST, "/api/v1/opportunities".to_owned()),
        (Method::PUT, format!("/api/v1/opportunities/{opportunity}")),
    ];
    for (what, content_type, body, status, fields) in &cases {
        for (method, path) in &targets {
            let reply = app.send_raw(method.clone(), path, content_type, body.clone()).await;
            assert_eq!(reply.status, *status, "{method} {path} with {what}: {}", reply.text);
            assert_eq!(reply.problem_fields(), *fields, "{method} {path} with {what}");
        }
    }
    assert_eq!(app.count("/api/v1/organizations").await, 1);
    assert_eq!(app.count("/api/v1/opportunities").await, 1);
}

async fn bad_list_filters_are_refused_with_the_parameter_named(app: &TestApp) {
    let cases: &[(&str, &[&str])] = &[
        ("/api/v1/organizations?kind=bank", &["kind"]),
        ("/api/v1/organizations?country=XX", &["country"]),
        ("/api/v1/organizations?size_class=huge", &["size_class"]),
        ("/api/v1/organizations?channel=money", &["channel"]),
        ("/api/v1/organizations?women_led=yes", &["women_led"]),
        ("/api/v1/organizations?industry=10%25", &["industry"]),
        ("/api/v1/organizations?naics=3", &["naics"]),
        ("/api/v1/organizations?naics=31a", &["naics"]),
        ("/api/v1/organizations?limit=0", &["limit"]),
        ("/api/v1/organizations?limit=201", &["limit"]),
        ("/api/v1/organizations?cursor=abc", &["cursor"]),
        ("/api/v1/organizations?colour=red", &["colour"]),
        ("/api/v1/organizations?kind=msme&kind=nonprofit", &["kind"]),
        ("/api/v1/organizations?kind=bank&country=XX&limit=-1", &["kind", "country", "limit"]),
        ("/api/v1/opportunities?channel=money", &["channel"]),
        ("/api/v1/opportunities?language=xx", &["language"]),
        ("/api/v1/opportunities?partner_id=1", &["partner_id"]),
        ("/api/v1/opportunities?include_archived=maybe", &["include_archived"]),
        ("/api/v1/opportunities?foo=bar", &["foo"]),
    ];
    for (path, fields) in cases {
        let reply = app.get(path).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {}", reply.text);
        assert_eq!(reply.problem_fields(), *fields, "{path}");
    }
}

async fn bad_ids_in_paths_are_refused(app: &TestApp) {
    for path in [
        "/api/v1/organizations/not-a-uuid",
        "/api/v1/opportunities/123",
        "/api/v1/organizations/%27%20OR%201=1",
    ] {
        let reply = app.get(path).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {}", reply.text);
        assert_eq!(reply.problem_fields(), ["id"], "{path}");
    }
    let reply = app.send_raw(reqwest::Method::DELETE, "/api/v1/organizations", "", String::new()).await;
    assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(reply.content_type, "application/problem+json");
    let page = app.get("/organizations/%FF").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND, "{}", page.text);
    assert!(page.content_type.starts_with("text/html"));
    for path in ["/api/v1/organizations/0190d0a4-0000-7000-8000-000000000000", "/api/v1/nothing-here"] {
        let reply = app.get(path).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(reply.content_type, "application/problem+json");
    }
}
