//! Background jobs: an administrator's bulk decisions on up to [`MOST_IN_A_JOB`] applications.
//!
//! A job is written whole when it is asked for (its input and one item per application, in
//! order), then run by whichever serving process claims it, in batches: each batch is one unit
//! of work that renews the claim, decides each pending item exactly as one decision from the
//! page would ([`App::decide_in`], under the opportunity's lock, with its audit entry and
//! email), and writes each item's outcome. A process killed half-way loses only its open batch,
//! which rolls back whole; its claim runs out and another process (or the same one, restarted)
//! carries on from the first item without an outcome, so no application is decided twice.

use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use mitra_store::{ApplicationFilter, Job, JobItem, UnitOfWork};
use tokio::sync::watch;
use uuid::Uuid;

use crate::actor::Interface;
use crate::applications::Decision;
use crate::audit::{Change, record_change};
use crate::error::chain;
use crate::policy::{Action, authorize};
use crate::registry::found;
use crate::{Actor, App, AppError};

/// The most applications one bulk decision takes.
pub const MOST_IN_A_JOB: usize = 100_000;
/// Items decided per unit of work.
const BATCH: u32 = 100;
/// How long a claim holds without being renewed, by default; each batch renews it.
pub(crate) const CLAIM_TIME: SignedDuration = SignedDuration::from_secs(60);
/// How often an idle process looks for a job.
const LOOK_EVERY: Duration = Duration::from_secs(2);

/// The kind of job that decides applications.
pub const DECIDE_APPLICATIONS: &str = "decide_applications";

/// Which applications a bulk decision takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// These, in this order.
    Ids(Vec<Uuid>),
    /// Every application to the opportunity that is waiting for a decision (screened or in
    /// review), in the order they were made.
    Awaiting { opportunity_id: Uuid },
}

/// A job and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobProgress {
    pub job: Job,
    pub decision: Decision,
}

impl JobProgress {
    pub fn finished(&self) -> bool {
        self.job.finished_at.is_some()
    }
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct DecideBody {
    decision: String,
}

fn decision_of(job: &Job) -> Decision {
    let body: Option<DecideBody> = serde_json::from_str(&job.body).ok();
    match body.as_ref().map(|b| b.decision.as_str()) {
        Some("reject") => Decision::Reject,
        _ => Decision::Approve,
    }
}

impl App {
    /// Asks for a bulk decision on the applications `selection` names: written at once, run in
    /// the background. For administrators.
    pub async fn start_bulk_decision(
        &self,
        actor: &Actor,
        decision: Decision,
        selection: Selection,
    ) -> Result<JobProgress, AppError> {
        authorize(actor, Action::DecideInBulk)?;
        let person = actor.person().ok_or(AppError::Forbidden)?;
        let ids = match selection {
            Selection::Ids(ids) => ids,
            Selection::Awaiting { opportunity_id } => self.awaiting(opportunity_id).await?,
        };
        if ids.is_empty() {
            return Err(AppError::field("applications", mitra_domain::Problem::Required));
        }
        if ids.len() > MOST_IN_A_JOB {
            return Err(AppError::field(
                "applications",
                mitra_domain::Problem::AtMost { max: MOST_IN_A_JOB.to_string() },
            ));
        }
        let now = self.clock().now();
        let body = DecideBody {
            decision: match decision {
                Decision::Approve => "approve".into(),
                Decision::Reject => "reject".into(),
            },
        };
        let job = Job {
            id: Uuid::now_v7(),
            kind: DECIDE_APPLICATIONS.to_owned(),
            body: serde_json::to_string(&body).map_err(AppError::internal)?,
            created_by: person.user_id,
            interface: person.interface.as_str().to_owned(),
            total: ids.len() as u64,
            done: 0,
            skipped: 0,
            claimed_by: None,
            lease_until: None,
            created_at: now,
            finished_at: None,
        };
        let mut unit = self.store().write().await?;
        unit.insert_job(&job, &ids).await?;
        let change = Change::created_value(
            "job",
            job.id,
            serde_json::json!({ "kind": job.kind, "decision": body.decision, "applications": ids.len() }),
        );
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        Ok(JobProgress { job, decision })
    }

    /// The applications to an opportunity waiting for a decision, in the order they were made.
    async fn awaiting(&self, opportunity_id: Uuid) -> Result<Vec<Uuid>, AppError> {
        let mut unit = self.store().read().await?;
        found(unit.opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        let mut ids = Vec::new();
        for status in [mitra_domain::ApplicationStatus::Screened, mitra_domain::ApplicationStatus::InReview] {
            let filter = ApplicationFilter {
                opportunity_id: Some(opportunity_id),
                status: Some(status),
                ..Default::default()
            };
            let mut after = None;
            loop {
                let page = unit.applications(&filter, after, mitra_domain::query::MAX_PAGE_SIZE).await?;
                ids.extend(page.items.iter().map(|a| a.id));
                if ids.len() > MOST_IN_A_JOB {
                    return Ok(ids);
                }
                match page.next {
                    Some(next) => after = Some(next),
                    None => break,
                }
            }
        }
        Ok(ids)
    }

    /// Whether `actor` may ask for bulk decisions, for the pages to offer the form.
    pub fn may_decide_in_bulk(&self, actor: &Actor) -> bool {
        authorize(actor, Action::DecideInBulk).is_ok()
    }

    /// A job and where it stands: for administrators.
    pub async fn job(&self, actor: &Actor, id: Uuid) -> Result<JobProgress, AppError> {
        authorize(actor, Action::DecideInBulk)?;
        let mut unit = self.store().read().await?;
        // A round's run is shown with its round, not among the bulk decisions.
        let job = found(unit.job(id).await?.filter(|j| j.kind == DECIDE_APPLICATIONS), "job", id)?;
        let decision = decision_of(&job);
        Ok(JobProgress { job, decision })
    }

    /// The latest jobs: for administrators.
    pub async fn jobs(&self, actor: &Actor) -> Result<Vec<JobProgress>, AppError> {
        authorize(actor, Action::DecideInBulk)?;
        let mut unit = self.store().read().await?;
        Ok(unit
            .jobs(50)
            .await?
            .into_iter()
            .filter(|job| job.kind == DECIDE_APPLICATIONS)
            .map(|job| JobProgress { decision: decision_of(&job), job })
            .collect())
    }

    /// A job's items after position `after`, with their outcomes: the report, page by page.
    pub async fn job_items(
        &self,
        actor: &Actor,
        id: Uuid,
        after: Option<u64>,
        limit: u32,
    ) -> Result<Vec<JobItem>, AppError> {
        authorize(actor, Action::DecideInBulk)?;
        let mut unit = self.store().read().await?;
        found(unit.job(id).await?, "job", id)?;
        Ok(unit.job_items(id, after, limit.clamp(1, 5_000)).await?)
    }

    /// Claims a job and works on it until it is finished, the claim is lost, or `stopped`
    /// turns true: how many items it decided. `None` when there was no job to claim.
    pub async fn run_a_job(
        &self,
        actor: &Actor,
        stopped: &watch::Receiver<bool>,
    ) -> Result<Option<u64>, AppError> {
        authorize(actor, Action::Maintain)?;
        let holder = &self.inner.holder;
        let mut unit = self.store().write().await?;
        let now = self.clock().now();
        let claimed = unit.claim_job(holder, now, self.claim_end(now)).await?;
        unit.commit().await?;
        let Some(job) = claimed else { return Ok(None) };
        if job.kind == crate::rounds::RUN_MATCH_ROUND {
            self.solve_run_of(&job).await?;
            return Ok(Some(1));
        }
        let decision = decision_of(&job);
        let mut decided = 0;
        loop {
            if *stopped.borrow() {
                return Ok(Some(decided));
            }
            let mut unit = self.store().write().await?;
            let now = self.clock().now();
            if !unit.renew_job(job.id, holder, self.claim_end(now)).await? {
                tracing::info!(job.id = %job.id, "another process took the job over");
                return Ok(Some(decided));
            }
            let items = unit.pending_items(job.id, BATCH).await?;
            if items.is_empty() {
                unit.finish_job(job.id, now).await?;
                unit.commit().await?;
                tracing::info!(job.id = %job.id, "job finished");
                return Ok(Some(decided));
            }
            let Some(actor) = job_actor(unit.as_mut(), &job).await? else {
                // The user is gone: nothing more is decided in their name.
                for mut item in items {
                    item.outcome = Some("skipped".into());
                    item.reason = Some("the user who asked for the job no longer exists".into());
                    unit.record_item(job.id, &item).await?;
                }
                unit.commit().await?;
                continue;
            };
            for mut item in items {
                let outcome = self.decide_item(unit.as_mut(), &actor, item.subject_id, decision).await?;
                match outcome {
                    Ok(status) => {
                        item.outcome = Some("done".into());
                        item.detail = Some(status);
                        decided += 1;
                    }
                    Err(reason) => {
                        item.outcome = Some("skipped".into());
                        item.reason = Some(reason);
                    }
                }
                unit.record_item(job.id, &item).await?;
            }
            unit.commit().await?;
        }
    }

    /// Decides one application of a job in the batch's unit: the state it ended in, or why it
    /// was skipped. A refusal changes nothing, so the batch goes on.
    async fn decide_item(
        &self,
        unit: &mut dyn UnitOfWork,
        actor: &Actor,
        id: Uuid,
        decision: Decision,
    ) -> Result<Result<String, String>, AppError> {
        let Some(first) = unit.application(id).await? else {
            return Ok(Err(format!("application {id} does not exist")));
        };
        let opportunity =
            found(unit.lock_opportunity(first.opportunity_id).await?, "opportunity", first.opportunity_id)?;
        let application = found(unit.application(id).await?, "application", id)?;
        match self.decide_in(unit, actor, application, &opportunity, decision).await {
            Ok(stepped) => Ok(Ok(stepped.application.status.as_str().to_owned())),
            Err(
                error @ (AppError::Conflict { .. }
                | AppError::Forbidden
                | AppError::NotFound { .. }
                | AppError::Invalid(_)
                | AppError::SignInRequired),
            ) => Ok(Err(error.to_string())),
            Err(other) => Err(other),
        }
    }

    /// Runs jobs until `stopped` turns true, looking for one every few seconds when idle.
    pub(crate) async fn run_jobs_continually(self, mut stopped: watch::Receiver<bool>) {
        loop {
            let ran = match self.run_a_job(&Actor::System, &stopped).await {
                Ok(ran) => ran,
                Err(error) => {
                    tracing::warn!(error = %chain(&error), "a job could not go on");
                    None
                }
            };
            if ran.is_none() {
                tokio::select! {
                    _ = tokio::time::sleep(LOOK_EVERY) => {}
                    _ = stopped.changed() => return,
                }
            } else if *stopped.borrow() {
                return;
            }
        }
    }
}

/// The person a job acts as: its user with the roles they hold now, so a role taken away
/// since is not used.
async fn job_actor(unit: &mut dyn UnitOfWork, job: &Job) -> Result<Option<Actor>, AppError> {
    let Some(user) = unit.user(job.created_by).await?.filter(|u| u.disabled_at.is_none()) else {
        return Ok(None);
    };
    let memberships = unit.memberships(user.id).await?;
    let interface = match job.interface.as_str() {
        "api" => Interface::Api,
        "cli" => Interface::Cli,
        _ => Interface::Web,
    };
    Ok(Some(Actor::User(crate::accounts::person_of(user, memberships, interface))))
}

impl App {
    pub(crate) fn claim_end(&self, now: Timestamp) -> Timestamp {
        now.checked_add(self.inner.job_claim).unwrap_or(now)
    }
}
