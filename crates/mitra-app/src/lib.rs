//! Mitra's application layer: every use case, and the only code that talks to the store.
//!
//! The JSON API, the HTML pages and the command line are thin adapters over [`App`]: they parse
//! a request into typed input, call one use case with the [`Actor`] making it, and render the
//! typed output or the one [`AppError`]. So every rule about who may do what (the [`policy`])
//! and every "today" (the injected [`Clock`]) is decided here, once.
//!
//! - [`registry`]: organisations, their profiles, counts and bulk imports.
//! - [`opportunities`]: what partners offer; [`eligibility`]: their rules, versioned, and
//!   applicants judged against them.
//! - [`programmes`]: what an agency or partner runs on one channel, grouping opportunities,
//!   with the baseline year its firms' recovery is measured against.
//! - [`mentors`]: mentors' profiles and the pools of mentors programmes draw on.
//! - [`applications`]: an MSME applies, is screened, reviewed under a rubric and decided
//!   within the opportunity's capacity.
//! - [`recommendations`]: the matching engine's catalogue of live opportunities, kept current,
//!   and recommendations for an MSME with their reasons.
//! - [`recovery`]: an MSME's monthly recovery reports, under its consent, against its
//!   baseline; the dashboards that sum them.
//! - [`jobs`]: bulk decisions as background jobs that any serving process may claim and
//!   resume.
//! - [`maintenance`]: background work (the daily refresh of derived columns), run by one
//!   process at a time under a lease.
//! - [`accounts`]: signing up, in and out, passwords, invitations, API tokens; [`consent`]:
//!   what an MSME shares with which partner; [`audit`]: the log of every change.
//! - [`actor`], [`policy`], [`clock`], [`error`]: who acts, what they may do, what time it is,
//!   and what can go wrong; [`secrets`]: password hashes and random secrets.
//!
//! A use case opens one unit of work of the store, does all its reads and writes through it,
//! and commits once, so that what it writes commits together or not at all.

pub mod accounts;
pub mod actor;
pub mod applications;
pub mod audit;
pub mod clock;
pub mod consent;
pub mod eligibility;
pub mod error;
pub mod impact;
pub mod jobs;
pub mod mail;
pub mod maintenance;
pub mod mentors;
pub mod opportunities;
pub mod policy;
pub mod programmes;
pub mod recommendations;
pub mod recovery;
pub mod registry;
pub mod rounds;
pub mod secrets;

use std::sync::Arc;

use mitra_store::Store;

pub use accounts::{NewUser, PossibleDuplicate, SignUp, SignUpOutcome, SignedIn};
pub use actor::{Actor, Interface, Person};
pub use applications::{
    Allowed, ApplicationDetail, ApplicationRecord, Decision, ReviewInput, ScoredReview, Standing, Stepped,
};
pub use clock::{Clock, FixedClock, SystemClock};
pub use eligibility::{Eligibility, PopulationEligibility, RuleTrial};
pub use error::{AppError, ConflictKind};
pub use jobs::{JobProgress, MOST_IN_A_JOB, Selection};
pub use mail::{Delivery, Mailer};
pub use maintenance::{Background, Refresh};
pub use mentors::{MentorRecord, Pool};
pub use mitra_matcher::score::Contribution;
/// The store's account, consent, audit and job records, as the adapters show them.
pub use mitra_store::{
    ApiToken, ApplicationFilter, AuditEntry, AuditFilter, Consent, Invitation, Job, JobItem, Membership,
    OutboxEmail, StoredMentor, User,
};
pub use opportunities::OpportunityRecord;
pub use programmes::{ProgrammeRecord, ProgrammeSummary};
pub use recommendations::{Recommendations, RecommendedOpportunity, RecommendedPartner};
pub use recovery::{
    Participation, PartnershipChoice, RecoveryHistory, Reminded, ReportRow, ReportsImported, ResponseRate,
};
pub use registry::{
    Counts, Imported, MOST_COUNTED, Matches, OrganizationProfile, OrganizationRecord, RegistryImport,
};

/// The application: the store, the clock and what is derived from the store in memory.
/// Cloning it is cheap; every clone shares the same state.
#[derive(Debug, Clone)]
pub struct App {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    recommender: recommendations::Recommender,
    /// Who this process is when it takes a lease: unique per `App`.
    holder: String,
    /// Where people reach Mitra, for the links in email (`https://mitra.example.org`).
    public_url: String,
    /// How long a claim on a job holds without being renewed.
    job_claim: jiff::SignedDuration,
}

impl App {
    /// The application over `store`, reading the time from `clock`.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Self::with_public_url(store, clock, "http://localhost:8080")
    }

    /// The application, with the address at which people reach it for the links in email.
    pub fn with_public_url(store: Arc<dyn Store>, clock: Arc<dyn Clock>, public_url: &str) -> Self {
        let holder = format!("mitra-{}-{}", std::process::id(), uuid::Uuid::now_v7().simple());
        Self {
            inner: Arc::new(Inner {
                store,
                clock,
                recommender: recommendations::Recommender::default(),
                holder,
                public_url: public_url.trim_end_matches('/').to_owned(),
                job_claim: jobs::CLAIM_TIME,
            }),
        }
    }

    /// The same application, with claims on jobs that run out after `claim` without renewal
    /// (a minute by default): how soon another process takes over the job of one that died.
    /// Call it before cloning the application.
    pub fn with_job_claim(mut self, claim: jiff::SignedDuration) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.job_claim = claim;
        }
        self
    }

    /// The date on which size rules and opening dates are read now.
    pub fn today(&self) -> jiff::civil::Date {
        self.inner.clock.today()
    }

    /// Answers when the database does.
    pub async fn ping(&self) -> Result<(), AppError> {
        Ok(self.inner.store.ping().await?)
    }

    /// Where people reach Mitra.
    pub fn public_url(&self) -> &str {
        &self.inner.public_url
    }

    fn store(&self) -> &dyn Store {
        self.inner.store.as_ref()
    }

    fn clock(&self) -> &dyn Clock {
        self.inner.clock.as_ref()
    }
}
