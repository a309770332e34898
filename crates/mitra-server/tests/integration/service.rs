//! The service endpoints: health, metrics and the OpenAPI document.

use reqwest::StatusCode;
use serde_json::Value;

use crate::on_both_backends;
use crate::support::{TestApp, msme_body};

on_both_backends!(
    health_answers_ok_while_the_database_does,
    metrics_count_responses_and_records_in_the_prometheus_format,
    the_openapi_document_is_3_1_and_describes_every_route,
    every_documented_query_parameter_is_accepted_and_no_other,
    a_body_built_from_the_documented_input_schema_is_accepted,
);

async fn health_answers_ok_while_the_database_does(app: &TestApp) {
    let reply = app.get("/healthz").await;
    assert_eq!((reply.status, reply.text.as_str()), (StatusCode::OK, "ok\n"));
}

async fn metrics_count_responses_and_records_in_the_prometheus_format(app: &TestApp) {
    // The test server's sign-in has been counted already: count from here.
    let counted = |text: &str, class: &str| -> u64 {
        let prefix = format!("mitra_http_responses_total{{class=\"{class}\"}} ");
        text.lines().find_map(|l| l.strip_prefix(&prefix)).unwrap().parse().unwrap()
    };
    let before = app.get("/metrics").await.text;
    app.create("/api/v1/organizations", &msme_body()).await;
    app.get("/api/v1/organizations?kind=bank").await;
    let reply = app.get("/metrics").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.content_type.starts_with("text/plain; version=0.0.4"));
    // The create and the first read of the metrics; the bad filter.
    assert_eq!(counted(&reply.text, "2xx"), counted(&before, "2xx") + 2);
    assert_eq!(counted(&reply.text, "4xx"), counted(&before, "4xx") + 1);
    for line in [
        "mitra_registry_records{kind=\"msme\"} 1",
        "mitra_database_up 1",
        "# TYPE mitra_http_request_duration_seconds histogram",
    ] {
        assert!(reply.text.lines().any(|l| l == line), "missing {line:?} in\n{}", reply.text);
    }
}

async fn openapi(app: &TestApp) -> Value {
    let reply = app.get("/api/openapi.json").await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.json()
}

async fn the_openapi_document_is_3_1_and_describes_every_route(app: &TestApp) {
    let doc = openapi(app).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths: Vec<&str> = doc["paths"].as_object().unwrap().keys().map(String::as_str).collect();
    for path in [
        "/api/v1/organizations",
        "/api/v1/organizations/{id}",
        "/api/v1/organizations/{id}/archive",
        "/api/v1/opportunities",
        "/api/v1/opportunities/{id}",
        "/api/v1/opportunities/{id}/archive",
    ] {
        assert!(paths.contains(&path), "{path} is not documented");
    }
    // Every documented operation exists: it answers with something other than 404 or 405.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let concrete = path.replace("{id}", "0190d0a4-0000-7000-8000-000000000000");
            let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let reply = app.send_raw(method.clone(), &concrete, "application/json", "{}".to_owned()).await;
            assert_ne!(reply.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
            if !path.contains("{id}") {
                assert_ne!(reply.status, StatusCode::NOT_FOUND, "{method} {path}");
            }
            assert!(reply.status.as_u16() < 500, "{method} {path}: {}", reply.text);
        }
    }
    for schema in ["OrganizationInput", "OrganizationView", "OpportunityInput", "OpportunityView", "Problem"]
    {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema} is not documented");
    }
}

async fn every_documented_query_parameter_is_accepted_and_no_other(app: &TestApp) {
    let doc = openapi(app).await;
    for path in ["/api/v1/organizations", "/api/v1/opportunities"] {
        let parameters = doc["paths"][path]["get"]["parameters"].as_array().unwrap();
        assert!(parameters.len() >= 7, "{path}");
        for parameter in parameters {
            let name = parameter["name"].as_str().unwrap();
            let value = match name {
                "kind" => "msme",
                "country" => "GH",
                "region" => "Ashanti",
                "industry" => "C",
                "naics" => "3113",
                "size_class" => "micro",
                "channel" => "training",
                "women_led" | "include_archived" | "open_now" => "true",
                "youth_led" | "veteran_led" => "false",
                "q" => "cocoa",
                "cursor" | "partner_id" => "0190d0a4-0000-7000-8000-000000000000",
                "limit" => "5",
                "language" => "en",
                other => panic!("{path} documents {other}, which this test does not know"),
            };
            let reply = app.get(&format!("{path}?{name}={value}")).await;
            assert_eq!(reply.status, StatusCode::OK, "{path}?{name}={value} : {}", reply.text);
            // An empty value is refused, as the document's schema (which has no empty value) says.
            let empty = app.get(&format!("{path}?{name}=")).await;
            assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}?{name}=");
            assert_eq!(empty.problem_fields(), [name]);
        }
        assert_eq!(app.get(&format!("{path}?undocumented=1")).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
}

async fn a_body_built_from_the_documented_input_schema_is_accepted(app: &TestApp) {
    let doc = openapi(app).await;
    let schemas = &doc["components"]["schemas"];
    // Every property the input schema documents is one the server reads: a body with each of
    // them is accepted, and its property names are exactly the documented ones.
    let documented = |schema: &str| -> Vec<String> {
        let mut names: Vec<String> =
            schemas[schema]["properties"].as_object().unwrap().keys().cloned().collect();
        names.sort();
        names
    };
    let body = msme_body();
    let mut sent: Vec<String> = body.as_object().unwrap().keys().cloned().collect();
    sent.push("partner".to_owned());
    sent.sort();
    // An organisation is one of two schemas, as its kind says; both name the same fields.
    assert_eq!(documented("MsmeOrganizationInput"), sent);
    assert_eq!(documented("PartnerOrganizationInput"), sent);
    let kinds = &schemas["OrganizationInput"]["discriminator"]["mapping"];
    assert_eq!(kinds["msme"], "MsmeOrganizationInput");
    assert_eq!(kinds["nonprofit"], "PartnerOrganizationInput");
    let mut sent_msme: Vec<String> = body["msme"].as_object().unwrap().keys().cloned().collect();
    sent_msme.push("balance_sheet_total".to_owned());
    sent_msme.push("registration_number".to_owned());
    sent_msme.push("figures".to_owned());
    sent_msme.sort();
    assert_eq!(documented("MsmeInput"), sent_msme);
    assert_eq!(app.post("/api/v1/organizations", &body).await.status, StatusCode::CREATED);
}
