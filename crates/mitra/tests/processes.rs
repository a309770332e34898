//! Real `mitra serve` processes sharing one database, on SQLite and on PostgreSQL: a bulk
//! decision killed with SIGKILL half-way and resumed by another process decides no application
//! twice and leaves none out; and fifty approvals sent at once to two processes give out exactly
//! the ten seats an opportunity has.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::civil::{Date, date};
use mitra_app::{
    Actor, App, ApplicationFilter, Decision, FixedClock, Interface, Membership, NewUser, Person, Selection,
};
use mitra_domain::{
    ApplicationDraft, ApplicationStatus, Capacity, Email, OrganizationKind, OrganizationQuery, Page, Role,
};
use mitra_store::testing::TestDatabase;
use uuid::Uuid;

const TODAY: Date = date(2027, 9, 15);

/// A server on `url` that runs jobs, with claims that run out after two seconds. It reads the
/// system clock: a claim runs out as time passes, which a clock fixed by `--today` would not let
/// it do (the decisions read the application dates, not today).
fn server(url: &str) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(["serve", "--database-url", url, "--bind", "127.0.0.1:0"])
        .args(["--job-claim-seconds", "2"])
        .env("MITRA_LOG", "warn")
        .env_remove("MITRA_DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("mitra serve starts");
    let mut line = String::new();
    let mut out = BufReader::new(child.stdout.take().expect("piped"));
    out.read_line(&mut line).expect("the server says where it is");
    // Whatever it writes after, read and dropped, so that it never writes into a closed pipe.
    std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    let address = line
        .split_whitespace()
        .find(|word| word.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .trim_end_matches('/')
        .to_owned();
    Server(child, address)
}

/// A server process and its address, killed with SIGKILL (and reaped) when dropped, as a
/// failing test does too.
struct Server(Child, String);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Demo firms (`per_country` in each country), each with a screened application to one
/// opportunity with `seats`; the opportunity, the administrator and the applications.
async fn applications(app: &App, per_country: usize, seats: u32) -> (Uuid, Actor, Vec<Uuid>) {
    let data = mitra_demo::generate(mitra_demo::DEFAULT_SEED, per_country, TODAY).unwrap();
    let mut opportunity = data.opportunities[0].1.clone();
    let import = mitra_app::RegistryImport {
        partners: data.partners,
        opportunities: vec![],
        msmes: data.msmes,
        rules: vec![],
        programmes: vec![],
    };
    app.import_registry(&Actor::System, import).await.unwrap();
    // Partners are stored first, so the first page of the directory begins with them.
    let listed =
        app.list_organizations(&Actor::System, &OrganizationQuery::default(), Page::first(1)).await.unwrap();
    let partner = &listed.items[0].organization;
    assert_ne!(partner.details.kind, OrganizationKind::Msme);
    opportunity.partner_id = partner.id;
    opportunity.capacity = Capacity { seats: Some(seats), ..Capacity::default() };
    opportunity.relief_loan = None;
    opportunity.opens_on = None;
    opportunity.closes_on = None;
    let opportunity = app.create_opportunity(&Actor::System, opportunity).await.unwrap().opportunity.id;
    let mut firms = Vec::new();
    let mut cursor = None;
    loop {
        let query = OrganizationQuery { kind: Some(OrganizationKind::Msme), ..Default::default() };
        let page = app.list_organizations(&Actor::System, &query, Page::new(cursor, 200)).await.unwrap();
        firms.extend(page.items.iter().map(|r| r.organization.id));
        match page.next {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    let owner = Actor::User(Person {
        user_id: Uuid::now_v7(),
        email: Email::parse("owners@jobs.example").unwrap(),
        name: "Owners".into(),
        locale: None,
        memberships: firms
            .iter()
            .map(|id| Membership { organization_id: Some(*id), role: Role::MsmeOwner })
            .collect(),
        interface: Interface::Api,
    });
    let mut ids = Vec::new();
    for firm in &firms {
        let started =
            app.start_application(&owner, opportunity, *firm, ApplicationDraft::default()).await.unwrap();
        let screened = app.submit_application(&owner, started.application.id).await.unwrap();
        assert_eq!(screened.application.status, ApplicationStatus::Screened);
        ids.push(screened.application.id);
    }
    let new = NewUser {
        email: "admin@jobs.example".into(),
        name: "Administrator".into(),
        password: "a long enough passphrase".into(),
        locale: None,
        memberships: vec![Membership { organization_id: None, role: Role::Administrator }],
    };
    app.create_user(&Actor::System, new).await.unwrap();
    let token = app.issue_api_token(&Actor::System, "admin@jobs.example", "jobs", 30).await.unwrap();
    let admin = Actor::User(app.person_for_token(&token).await.unwrap().unwrap());
    (opportunity, admin, ids)
}

/// How many approve steps each application to `opportunity` has, by status.
async fn decided(app: &App, admin: &Actor, opportunity: Uuid) -> (usize, usize, usize) {
    let (mut approved, mut twice, mut waiting) = (0, 0, 0);
    let mut cursor = None;
    loop {
        let filter = ApplicationFilter { opportunity_id: Some(opportunity), ..Default::default() };
        let page = app.applications(admin, &filter, cursor, 200).await.unwrap();
        for record in &page.items {
            let steps = record.application.history.iter().filter(|s| s.transition == "approve").count();
            match (record.application.status, steps) {
                (ApplicationStatus::Approved, 1) => approved += 1,
                (ApplicationStatus::Screened, 0) => waiting += 1,
                _ => twice += 1,
            }
        }
        match page.next {
            Some(next) => cursor = Some(next),
            None => return (approved, twice, waiting),
        }
    }
}

async fn a_bulk_decision_killed_half_way_resumes_in_another_process_without_deciding_anything_twice(
    database: TestDatabase,
) {
    let app = App::new(database.store.clone(), Arc::new(FixedClock::on(TODAY)));
    let (opportunity, admin, ids) = applications(&app, 150, 1_000_000).await;
    let total = ids.len();
    assert!(total >= 500, "enough applications to kill the job half-way: {total}");
    let job = app
        .start_bulk_decision(&admin, Decision::Approve, Selection::Awaiting { opportunity_id: opportunity })
        .await
        .unwrap();
    assert_eq!(job.job.total as usize, total);

    let first = server(&database.url());
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if app.job(&admin, job.job.id).await.unwrap().job.done >= 50 {
            break;
        }
        assert!(Instant::now() < deadline, "the job did not start");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    drop(first);
    let at_kill = app.job(&admin, job.job.id).await.unwrap();
    assert!(!at_kill.finished(), "the job finished before it could be killed: give it more applications");
    let (approved, twice, waiting) = decided(&app, &admin, opportunity).await;
    assert_eq!(twice, 0);
    assert_eq!(approved as u64, at_kill.job.done, "what the job counts is what the applications say");
    assert_eq!(approved + waiting, total);

    let second = server(&database.url());
    let finished = loop {
        let progress = app.job(&admin, job.job.id).await.unwrap();
        if progress.finished() {
            break progress;
        }
        assert!(Instant::now() < deadline, "the job was not taken over");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    drop(second);
    assert_eq!((finished.job.done, finished.job.skipped), (total as u64, 0));
    assert_eq!(decided(&app, &admin, opportunity).await, (total, 0, 0), "each approved exactly once");
    let items = app.job_items(&admin, job.job.id, None, 5_000).await.unwrap();
    assert_eq!(items.len(), total);
    assert!(
        items.iter().all(|i| i.outcome.as_deref() == Some("done") && i.detail.as_deref() == Some("approved"))
    );
    let standing = app.standing(&admin, opportunity).await.unwrap();
    assert_eq!(standing.uptake.seats as usize, total, "the uptake counted each approval once");
    database.cleanup().await;
}

#[tokio::test]
async fn a_bulk_decision_killed_half_way_resumes_without_deciding_anything_twice_on_sqlite() {
    a_bulk_decision_killed_half_way_resumes_in_another_process_without_deciding_anything_twice(
        TestDatabase::sqlite().await,
    )
    .await;
}

#[tokio::test]
async fn a_bulk_decision_killed_half_way_resumes_without_deciding_anything_twice_on_postgres() {
    let Some(database) = TestDatabase::postgres().await else {
        mitra_store::testing::report_postgres_skipped(
            "a_bulk_decision_killed_half_way_resumes_without_deciding_anything_twice_on_postgres",
        );
        return;
    };
    a_bulk_decision_killed_half_way_resumes_in_another_process_without_deciding_anything_twice(database)
        .await;
}

async fn fifty_approvals_sent_at_once_to_two_server_processes_give_out_exactly_ten_seats(
    database: TestDatabase,
) {
    let app = App::new(database.store.clone(), Arc::new(FixedClock::on(TODAY)));
    let (opportunity, admin, ids) = applications(&app, 10, 10).await;
    assert!(ids.len() >= 50, "{}", ids.len());
    let new = NewUser {
        email: "approver@jobs.example".into(),
        name: "Approver".into(),
        password: "a long enough passphrase".into(),
        locale: None,
        memberships: vec![Membership { organization_id: None, role: Role::Approver }],
    };
    app.create_user(&Actor::System, new).await.unwrap();
    let token = app.issue_api_token(&Actor::System, "approver@jobs.example", "rush", 30).await.unwrap();
    let servers = [server(&database.url()), server(&database.url())];
    let client = reqwest::Client::new();
    let calls: Vec<_> = ids
        .iter()
        .take(50)
        .enumerate()
        .map(|(i, id)| {
            let url = format!("{}/api/v1/applications/{id}/approve", servers[i % 2].1);
            let request = client.post(url).bearer_auth(&token).send();
            tokio::spawn(async move {
                let reply = request.await.expect("the server answers");
                assert_eq!(reply.status(), reqwest::StatusCode::OK);
                let body: serde_json::Value = reply.json().await.unwrap();
                body["status"].as_str().unwrap().to_owned()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for call in calls {
        statuses.push(call.await.unwrap());
    }
    drop(servers);
    assert_eq!(statuses.iter().filter(|s| *s == "approved").count(), 10);
    assert_eq!(statuses.iter().filter(|s| *s == "waitlisted").count(), 40);
    let standing = app.standing(&admin, opportunity).await.unwrap();
    assert_eq!(standing.uptake.seats, 10);
    assert_eq!(standing.counts.get(&ApplicationStatus::Approved), Some(&10));
    database.cleanup().await;
}

#[tokio::test]
async fn fifty_approvals_sent_at_once_to_two_server_processes_give_out_exactly_ten_seats_on_sqlite() {
    fifty_approvals_sent_at_once_to_two_server_processes_give_out_exactly_ten_seats(
        TestDatabase::sqlite().await,
    )
    .await;
}

#[tokio::test]
async fn fifty_approvals_sent_at_once_to_two_server_processes_give_out_exactly_ten_seats_on_postgres() {
    let Some(database) = TestDatabase::postgres().await else {
        mitra_store::testing::report_postgres_skipped(
            "fifty_approvals_sent_at_once_to_two_server_processes_give_out_exactly_ten_seats_on_postgres",
        );
        return;
    };
    fifty_approvals_sent_at_once_to_two_server_processes_give_out_exactly_ten_seats(database).await;
}
