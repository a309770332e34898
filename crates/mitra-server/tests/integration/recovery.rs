//! Recovery reports and dashboards through the API and the pages: a report against the
//! baseline, its problems named by field, consent deciding which partner reads or writes,
//! and the dashboard's table, charts and exports telling the same numbers as the reports.

use mitra_app::Actor;
use mitra_domain::Role;
use mitra_i18n::Locale;
use reqwest::{Method, StatusCode};
use scraper::{Html, Selector};
use serde_json::{Value, json};

use crate::support::{TEST_PASSWORD, TestApp, csrf_of, msme_body, partner_body, sign_in};

fn texts(html: &str, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    Html::parse_document(html)
        .select(&selector)
        .map(|e| e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// An MSME with a 2019 turnover of GHS 960,000 (GHS 80,000 a month) and 12 employees then.
fn firm_with_baseline() -> Value {
    let mut body = msme_body();
    body["msme"]["figures"] =
        json!([{"year": 2019, "turnover": {"amount": "960000", "currency": "GHS"}, "employees": 12}]);
    body
}

#[tokio::test]
async fn an_owner_reports_a_month_and_reads_it_against_the_baseline_and_bad_figures_are_named() {
    let app = TestApp::spawn(mitra_store::testing::TestDatabase::sqlite().await).await;
    let msme = app.create("/api/v1/organizations", &firm_with_baseline()).await;
    let owner = app.user("owner@tests.example", Some(&msme), Role::MsmeOwner).await;
    let path = format!("/api/v1/organizations/{msme}/reports");
    let report = json!({"month": "2027-08", "status": "operating", "paid_employees": 15,
                        "revenue": {"amount": "60000", "currency": "GHS"},
                        "pulse": {"effect": "moderate_negative", "revenue": "increased", "actions": ["moved_online"]}});
    let stored = app.send_as(&owner, Method::POST, &path, &report).await;
    assert_eq!(stored.status, StatusCode::OK, "{}", stored.text);
    let stored = stored.json();
    assert_eq!(stored["month"], "2027-08-01");
    assert_eq!(stored["recovery_index"], "0.75", "60,000 against a twelfth of 960,000");
    assert_eq!(stored["revenue_gap"]["amount"], "20000");
    assert_eq!((stored["jobs_maintained"].clone(), stored["jobs_created"].clone()), (json!(12), json!(3)));
    assert_eq!(stored["version"], 1);
    // The same month again replaces it.
    let again = app.send_as(&owner, Method::POST, &path, &report).await.json();
    assert_eq!(again["version"], 2);
    let history = app.get_as(&owner, &path).await.json();
    assert_eq!(history["reports"].as_array().unwrap().len(), 1);
    assert_eq!(history["baseline_monthly_revenue"]["amount"], "80000");

    let bad = json!({"month": "2027-10", "status": "permanently_closed", "paid_employees": 2,
                     "revenue": {"amount": "100", "currency": "USD"}});
    let refused = app.send_as(&owner, Method::POST, &path, &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.text);
    let mut fields = refused.problem_fields();
    fields.sort();
    fields.dedup();
    assert_eq!(fields, ["month", "paid_employees", "revenue"], "{}", refused.text);
    assert!(refused.text.contains("must be in the firm's currency (GHS)"), "{}", refused.text);
    let history = app.get_as(&owner, &path).await.json();
    assert_eq!(history["reports"].as_array().unwrap().len(), 1, "nothing of the refused report is kept");
    app.stop().await;
}

#[tokio::test]
async fn a_partner_reads_and_collects_a_firms_reports_only_while_its_consent_names_them() {
    let app = TestApp::spawn(mitra_store::testing::TestDatabase::sqlite().await).await;
    let msme = app.create("/api/v1/organizations", &firm_with_baseline()).await;
    let bank = app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank A")).await;
    let staff = app.user("staff@tests.example", Some(&bank), Role::PartnerStaff).await;
    app.user("owner@tests.example", Some(&msme), Role::MsmeOwner).await;
    let path = format!("/api/v1/organizations/{msme}/reports");
    let report = json!({"month": "2027-07", "status": "reduced_operations"});
    assert_eq!(app.get_as(&staff, &path).await.status, StatusCode::NOT_FOUND, "no consent: no such firm");
    let owner = sign_in(&app.address, "owner@tests.example", TEST_PASSWORD).await;
    let page = format!("{}/organizations/{msme}/consents", app.address);
    let share = |figure: &'static str| {
        let (owner, page, bank) = (owner.clone(), page.clone(), bank.clone());
        async move {
            let csrf = csrf_of(&owner, &page).await;
            let form = [
                ("csrf", csrf.as_str()),
                ("partner", bank.as_str()),
                ("figures", figure),
                ("expires_on", "2028-01-31"),
            ];
            assert_eq!(owner.post(&page).form(&form).send().await.unwrap().status(), StatusCode::SEE_OTHER);
        }
    };
    share("employees").await;
    assert_eq!(app.get_as(&staff, &path).await.status, StatusCode::FORBIDDEN, "the firm, not its reports");
    assert_eq!(app.send_as(&staff, Method::POST, &path, &report).await.status, StatusCode::FORBIDDEN);
    share("recovery_reports").await;
    assert_eq!(app.get_as(&staff, &path).await.status, StatusCode::OK);
    let collected = app.send_as(&staff, Method::POST, &path, &report).await;
    assert_eq!(collected.status, StatusCode::OK, "{}", collected.text);
    app.stop().await;
}

/// A server over the demo's firms with their two years of reports.
pub async fn demo_with_reports() -> TestApp {
    let app = crate::browser::demo_app().await;
    let loaded = mitra_demo::load::recovery(&app.app, mitra_demo::DEFAULT_SEED).await.unwrap();
    assert!(loaded.reports > 500 && loaded.joined > 10, "{loaded:?}");
    app
}

/// The planted effect averaged as the estimator averages its cells: over every group (the
/// firms that joined in one month) and month after entry, weighted by the firms observed.
fn planted_truth(estimate: &mitra_app::impact::Estimate) -> f64 {
    let post: Vec<_> = estimate.group_time.iter().filter(|cell| cell.month >= cell.group).collect();
    let weight: usize = post.iter().map(|cell| cell.treated).sum();
    post.iter()
        .map(|cell| mitra_demo::recovery::planted_effect(cell.month - cell.group) * cell.treated as f64)
        .sum::<f64>()
        / weight as f64
}

#[tokio::test]
async fn the_impact_page_finds_the_demos_planted_effect_where_the_naive_comparison_does_not() {
    let app = crate::browser::demo_app_of(150).await;
    let loaded = mitra_demo::load::recovery(&app.app, mitra_demo::DEFAULT_SEED).await.unwrap();
    assert!(loaded.joined > 100, "{loaded:?}");
    let query = mitra_domain::recovery::ImpactQuery::default();
    let impact = app.app.impact(&Actor::System, &query).await.unwrap();
    let estimate = impact.estimate.as_ref().expect("an estimate");
    let truth = planted_truth(estimate);
    let (low, high) = estimate.ci;
    eprintln!(
        "planted {truth:.4}, estimate {:.4} ({low:.4} to {high:.4}), naive {:?}, two-way fixed effects {:?}",
        estimate.overall, impact.naive, impact.two_way_fixed_effects
    );
    assert!(low <= truth && truth <= high, "the planted {truth:.4} lies in {low:.4}..{high:.4}");
    assert!(low > 0.0, "and the interval excludes no effect");
    let naive = impact.naive.unwrap();
    assert!(naive < low, "weaker firms join, so the naive {naive:.4} understates the effect");
    let api = app.get("/api/v1/impact").await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.text);
    let api = api.json();
    assert_eq!(api["overall"].as_f64(), Some(estimate.overall), "the API gives the same estimate");
    assert_eq!(api["event_study"].as_array().unwrap().len(), estimate.event_study.len());
    assert_eq!(api["participants"].as_u64(), Some(impact.participants as u64));
    let before: Vec<_> = estimate.event_study.iter().filter(|(e, _, _)| *e < 0).collect();
    let covering = before.iter().filter(|(_, att, se)| (att - 1.96 * se) <= 0.0 && 0.0 <= att + 1.96 * se);
    assert!(covering.count() * 10 >= before.len() * 8, "most pre-entry estimates are near zero");

    let manager = {
        app.user("manager@tests.example", None, Role::ProgrammeManager).await;
        sign_in(&app.address, "manager@tests.example", TEST_PASSWORD).await
    };
    let page = manager.get(format!("{}/impact", app.address)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    let en = Locale::default();
    let points = |v: f64| {
        let rounded = rust_decimal::Decimal::from_f64_retain(v * 100.0).unwrap().round_dp(1);
        en.t_with("impact-points", &[("value", mitra_i18n::Arg::Text(format!("+{}", en.number(rounded))))])
    };
    let headline = texts(&html, "p.headline").join(" ");
    assert!(headline.contains(&points(estimate.overall)), "{headline}");
    assert_eq!(texts(&html, "svg.chart title"), [en.t("impact-chart-title")]);
    let circles = Html::parse_document(&html).select(&Selector::parse("svg.chart circle").unwrap()).count();
    assert_eq!(circles, estimate.event_study.len(), "a point a month around entry");
    let paragraphs = texts(&html, "main p");
    assert!(paragraphs.contains(&en.t("impact-verdict-positive")), "{paragraphs:?}");
    assert!(paragraphs.contains(&en.t("impact-assumptions")), "what it assumes is said");
    let rows = texts(&html, "main table tbody tr");
    assert_eq!(rows.len(), estimate.event_study.len() + 3, "a row a month, and the three methods");

    // By a channel no firm joined through, there is nothing to estimate, and the page says so.
    let by_channel = manager
        .get(format!("{}/impact?channel=networking&outcome=paid_employees", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(by_channel.status(), StatusCode::OK);
    let none = app
        .app
        .impact(
            &Actor::System,
            &mitra_domain::recovery::ImpactQuery {
                channel: Some(mitra_domain::Channel::Networking),
                ..query.clone()
            },
        )
        .await
        .unwrap();
    if none.participants == 0 {
        assert!(by_channel.text().await.unwrap().contains(&en.t("impact-no-participants")));
    }
    let bad = manager.get(format!("{}/impact?outcome=profit", app.address)).send().await.unwrap();
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // A partner's staff may not see it.
    let bank = app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank A")).await;
    app.user("staff@tests.example", Some(&bank), Role::PartnerStaff).await;
    let staff = sign_in(&app.address, "staff@tests.example", TEST_PASSWORD).await;
    let refused = staff.get(format!("{}/impact", app.address)).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test]
async fn the_dashboard_table_charts_csv_and_xlsx_tell_the_same_numbers_as_the_api() {
    let app = demo_with_reports().await;
    let api = app.get("/api/v1/recovery?by=size_class&country=GH").await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.text);
    let api = api.json();
    let rows = api.as_array().unwrap();
    assert!(!rows.is_empty());
    let april = rows
        .iter()
        .filter(|r| r["month"] == "2020-04-01")
        .map(|r| r["reports"].as_u64().unwrap())
        .sum::<u64>();
    let january = rows.iter().filter(|r| r["month"] == "2020-01-01");
    let mean_index = |month: &str| {
        let (points, count) = rows.iter().filter(|r| r["month"] == month).fold((0.0, 0u64), |(p, c), r| {
            let n = r["reports_with_index"].as_u64().unwrap();
            let mean: f64 = r["mean_recovery_index"].as_str().map_or(0.0, |s| s.parse().unwrap());
            (p + mean * n as f64, c + n)
        });
        points / count as f64
    };
    assert!(january.count() > 0 && april > 0);
    assert!(mean_index("2020-05-01") < 0.75 * mean_index("2020-01-01"), "the shock of spring 2020 shows");

    let manager = {
        app.user("manager@tests.example", None, Role::ProgrammeManager).await;
        sign_in(&app.address, "manager@tests.example", TEST_PASSWORD).await
    };
    let page =
        manager.get(format!("{}/recovery?by=size_class&country=GH", app.address)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert_eq!(texts(&html, "svg.chart title").len(), 3, "three charts, each with a title");
    assert_eq!(texts(&html, "svg.chart desc").len(), 3, "and a text summary");
    assert_eq!(texts(&html, "main table tbody tr").len(), rows.len(), "the table has the API's rows");
    let en = Locale::default();
    let first = &rows[0];
    let expected = format!(
        "{} {} {} {}",
        en.month(jiff::civil::date(2020, 1, 1)),
        en.t(&format!("size-{}", first["group"].as_str().unwrap())),
        en.number(first["reports"].as_u64().unwrap()),
        en.percent(first["open_share"].as_str().unwrap().parse().unwrap()),
    );
    let first_line = texts(&html, "main table tbody tr:first-child td").join(" ");
    assert!(first_line.starts_with(&expected), "{expected} | {first_line}");
    assert!(html.contains("select name=\"by\""), "the filters are a form");
    assert!(
        texts(&html, "select[name=by] option[selected]")[0] == en.t("recovery-by-size-class"),
        "and keep their values"
    );

    // Unfiltered, the page says how many firms reported for the latest month.
    let all = app.get("/api/v1/recovery").await.json();
    let latest = all.as_array().unwrap().last().unwrap().clone();
    let firms = app.app.counts(&Actor::System).await.unwrap().msmes;
    let reported = latest["reports"].as_u64().unwrap();
    let month: jiff::civil::Date = latest["month"].as_str().unwrap().parse().unwrap();
    let share = rust_decimal::Decimal::from(reported) / rust_decimal::Decimal::from(firms);
    let expected = en.t_with(
        "recovery-response-rate",
        &[
            ("reported", mitra_i18n::Arg::Text(en.number(reported))),
            ("firms", mitra_i18n::Arg::Text(en.number(firms))),
            ("month", mitra_i18n::Arg::Text(en.month(month))),
            ("share", mitra_i18n::Arg::Text(en.percent(share.round_dp(4)))),
        ],
    );
    let unfiltered =
        manager.get(format!("{}/recovery", app.address)).send().await.unwrap().text().await.unwrap();
    assert_eq!(texts(&unfiltered, "p.notice"), [expected]);
    assert!(texts(&html, "p.notice").is_empty(), "a filtered table has no firm count to compare with");

    let csv = manager
        .get(format!("{}/recovery/recovery.csv?by=size_class&country=GH", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    let csv = csv.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), rows.len());
    assert_eq!(&records[0][0], "2020-01");
    assert_eq!(records[0][2].parse::<u64>().unwrap(), first["reports"].as_u64().unwrap());

    let xlsx = manager
        .get(format!("{}/recovery/recovery.xlsx?by=size_class&country=GH", app.address))
        .send()
        .await
        .unwrap();
    let bytes = xlsx.bytes().await.unwrap().to_vec();
    use calamine::{DataType, Reader};
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Recovery").unwrap();
    assert_eq!(sheet.height(), rows.len() + 1, "a header and the same rows");
    assert_eq!(
        sheet.get_value((1, 2)).and_then(|c| c.get_float()),
        first["reports"].as_u64().map(|n| n as f64)
    );

    // A partner's staff and an owner see no dashboard.
    let bank = app.create("/api/v1/organizations", &partner_body("financial_institution", "Bank A")).await;
    let staff = app.user("staff@tests.example", Some(&bank), Role::PartnerStaff).await;
    assert_eq!(app.get_as(&staff, "/api/v1/recovery").await.status, StatusCode::FORBIDDEN);
    let bad = app.get("/api/v1/recovery?by=colour&from=2020-13").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut fields = bad.problem_fields();
    fields.sort();
    assert_eq!(fields, ["by", "from"]);
    app.stop().await;
}

/// Each month's reports of an API table, by group.
fn reports_by_month_and_group(table: &Value) -> std::collections::BTreeMap<(String, String), u64> {
    table
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let group = row["group"].as_str().unwrap_or_default().to_owned();
            ((row["month"].as_str().unwrap().to_owned(), group), row["reports"].as_u64().unwrap())
        })
        .collect()
}

#[tokio::test]
async fn a_dashboard_split_by_opportunity_counts_each_from_its_entry_beside_the_firms_not_yet_partnered() {
    let app = demo_with_reports().await;
    let split = app.get("/api/v1/recovery?by=opportunity").await;
    assert_eq!(split.status, StatusCode::OK, "{}", split.text);
    let split = reports_by_month_and_group(&split.json());
    let rest = reports_by_month_and_group(&app.get("/api/v1/recovery?partnered=false").await.json());
    for ((month, _), reports) in &rest {
        assert_eq!(split.get(&(month.clone(), String::new())), Some(reports), "{month}: the rest, beside");
    }
    let opportunities: std::collections::BTreeSet<&String> =
        split.keys().map(|(_, group)| group).filter(|group| !group.is_empty()).collect();
    assert!(opportunities.len() >= 2, "the demo's firms joined several programmes: {opportunities:?}");
    for opportunity in &opportunities {
        // Narrowed to one opportunity, the table is that group's line, month by month.
        let one = app.get(&format!("/api/v1/recovery?opportunity={opportunity}")).await.json();
        let one = reports_by_month_and_group(&one);
        let group: Vec<(&String, &u64)> = split
            .iter()
            .filter(|((_, group), _)| group == *opportunity)
            .map(|((month, _), reports)| (month, reports))
            .collect();
        let narrowed: Vec<(&String, &u64)> =
            one.iter().map(|((month, _), reports)| (month, reports)).collect();
        assert_eq!(group, narrowed, "{opportunity}");
        // Nobody counts for an opportunity before the first month of the programme's entrants.
        let first = group.first().map(|(month, _)| month.as_str()).unwrap();
        assert!(first >= "2020-06-01", "{opportunity} from {first}");
    }
    let partnered = reports_by_month_and_group(&app.get("/api/v1/recovery?partnered=true").await.json());
    for ((month, _), reports) in &partnered {
        let counted: u64 =
            split.iter().filter(|((m, group), _)| m == month && !group.is_empty()).map(|(_, n)| n).sum();
        assert!(counted >= *reports, "{month}: a firm counts once per opportunity it joined");
    }

    let manager = {
        app.user("manager@tests.example", None, Role::ProgrammeManager).await;
        sign_in(&app.address, "manager@tests.example", TEST_PASSWORD).await
    };
    let choices = app.app.partnership_choices(&Actor::System).await.unwrap();
    let html = manager.get(format!("{}/recovery?by=opportunity", app.address)).send().await.unwrap();
    let html = html.text().await.unwrap();
    let en = Locale::default();
    let legend = texts(&html, "figure.chart:first-of-type .legend li");
    assert!(legend.contains(&en.t("recovery-not-yet-partnered")), "{legend:?}");
    let name = |c: &mitra_app::PartnershipChoice| format!("{} · {}", c.title, c.partner);
    for key in legend.iter().filter(|key| **key != en.t("recovery-not-yet-partnered")) {
        assert!(choices.iter().any(|c| name(c) == *key), "{key} names an opportunity and its partner");
    }
    let named = choices.iter().find(|c| name(c) == legend[1]).unwrap();
    assert!(opportunities.contains(&named.opportunity_id.to_string()));
    assert!(texts(&html, "main p").contains(&en.t("recovery-overlapping")));
    assert!(texts(&html, "p.notice").is_empty(), "a split by partnership has no firm count");

    // The impact of one opportunity: its entrants, against the firms that joined nothing.
    let opportunity = named.opportunity_id;
    let query = mitra_domain::recovery::ImpactQuery { opportunity: Some(opportunity), ..Default::default() };
    let one = app.app.impact(&Actor::System, &query).await.unwrap();
    let any = app.app.impact(&Actor::System, &Default::default()).await.unwrap();
    assert!(
        one.participants > 0 && one.participants < any.participants,
        "{} of {}",
        one.participants,
        any.participants
    );
    assert!(one.left_out > 0 && any.left_out == 0, "the firms of other programmes are left out");
    let page = manager.get(format!("{}/impact?opportunity={opportunity}", app.address)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    assert_eq!(
        texts(&page, "select[name=opportunity] option[selected]"),
        [format!("{} · {}", named.title, named.partner)]
    );
    app.stop().await;
}

#[tokio::test]
async fn a_manager_reminds_the_owners_whose_report_is_missing_once_each_in_their_language() {
    let app = demo_with_reports().await;
    let firms = app.get("/api/v1/organizations?kind=msme&country=ID&limit=2").await.json();
    let ids: Vec<String> =
        firms["items"].as_array().unwrap().iter().map(|f| f["id"].as_str().unwrap().to_owned()).collect();
    app.user("silent@tests.example", Some(&ids[0]), Role::MsmeOwner).await;
    let reporter = app.user("reporter@tests.example", Some(&ids[1]), Role::MsmeOwner).await;
    // The tests' today is in September 2027: August is the month reminded of.
    let august = json!({"month": "2027-08", "status": "operating"});
    let stored = app
        .send_as(&reporter, Method::POST, &format!("/api/v1/organizations/{}/reports", ids[1]), &august)
        .await;
    assert_eq!(stored.status, StatusCode::OK, "{}", stored.text);

    app.user("manager@tests.example", None, Role::ProgrammeManager).await;
    let manager = sign_in(&app.address, "manager@tests.example", TEST_PASSWORD).await;
    let page = format!("{}/recovery", app.address);
    let remind = |client: reqwest::Client| {
        let page = page.clone();
        let address = app.address.clone();
        async move {
            let csrf = csrf_of(&client, &page).await;
            client.post(format!("{address}/recovery/reminders")).form(&[("csrf", csrf)]).send().await.unwrap()
        }
    };
    let first = remind(manager.clone()).await;
    assert_eq!(first.status(), StatusCode::OK);
    let said = texts(&first.text().await.unwrap(), "main p").join(" ");
    let outbox = app.app.outbox(&Actor::System, 50).await.unwrap();
    let to = |who: &str| outbox.iter().filter(|e| e.recipient == who).collect::<Vec<_>>();
    assert!(to("reporter@tests.example").is_empty(), "a firm that reported is not reminded");
    let reminder = to("silent@tests.example");
    assert_eq!(reminder.len(), 1);
    let id = Locale::parse("id").unwrap();
    let month = id.month(jiff::civil::date(2027, 8, 1));
    assert!(
        reminder[0].subject.contains(&month),
        "in the firm's language, Indonesian: {}",
        reminder[0].subject
    );
    assert!(reminder[0].body.contains(&format!("/organizations/{}/reports", ids[0])), "with the form's link");
    let en = Locale::default();
    assert!(said.contains(&en.month(jiff::civil::date(2027, 8, 1))), "{said}");

    let again = remind(manager).await;
    assert_eq!(again.status(), StatusCode::OK);
    let outbox = app.app.outbox(&Actor::System, 50).await.unwrap();
    assert_eq!(outbox.iter().filter(|e| e.recipient == "silent@tests.example").count(), 1, "once per month");
    // The API does the same: August, and nobody left to remind.
    let api = app.post("/api/v1/recovery/reminders", &serde_json::Value::Null).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.text);
    assert_eq!((api.json()["month"].clone(), api.json()["emails"].clone()), (json!("2027-08-01"), json!(0)));

    // An owner may not send them.
    let owner = sign_in(&app.address, "silent@tests.example", TEST_PASSWORD).await;
    let csrf = csrf_of(&owner, &format!("{}/organizations/{}/reports", app.address, ids[0])).await;
    let refused = owner
        .post(format!("{}/recovery/reminders", app.address))
        .form(&[("csrf", csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    app.stop().await;
}
