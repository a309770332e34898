//! A bulk decision run by a real `mitra serve` process, killed with SIGKILL half-way and
//! resumed by another: no application is decided twice, none is left out, and what the job
//! counts is what the applications say, on SQLite and on PostgreSQL.

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
    let child = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(["serve", "--database-url", url, "--bind", "127.0.0.1:0"])
        .args(["--job-claim-seconds", "2"])
        .env("MITRA_LOG", "warn")
        .env_remove("MITRA_DATABASE_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("mitra serve starts");
    Server(child)
}

/// A server process, killed with SIGKILL (and reaped) when dropped, as a failing test does too.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Demo firms, each with a screened application to one opportunity with room for all; the
/// opportunity and the administrator who decides.
async fn applications(app: &App) -> (Uuid, Actor, usize) {
    let data = mitra_demo::generate(mitra_demo::DEFAULT_SEED, 150, TODAY).unwrap();
    let mut opportunity = data.opportunities[0].1.clone();
    let import = mitra_app::RegistryImport {
        partners: data.partners,
        opportunities: vec![],
        msmes: data.msmes,
        rules: vec![],
    };
    app.import_registry(&Actor::System, import).await.unwrap();
    // Partners are stored first, so the first page of the directory begins with them.
    let listed =
        app.list_organizations(&Actor::System, &OrganizationQuery::default(), Page::first(1)).await.unwrap();
    let partner = &listed.items[0].organization;
    assert_ne!(partner.details.kind, OrganizationKind::Msme);
    opportunity.partner_id = partner.id;
    opportunity.capacity = Capacity { seats: Some(1_000_000), ..Capacity::default() };
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
    for firm in &firms {
        let started =
            app.start_application(&owner, opportunity, *firm, ApplicationDraft::default()).await.unwrap();
        let screened = app.submit_application(&owner, started.application.id).await.unwrap();
        assert_eq!(screened.application.status, ApplicationStatus::Screened);
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
    (opportunity, admin, firms.len())
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
    let (opportunity, admin, total) = applications(&app).await;
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
