//! Applications: an MSME applies to an opportunity, is screened against its rules, reviewed
//! under its rubric and decided, within what the opportunity has to give.
//!
//! Every step is a transition of the domain's state machine, taken in one unit of work that
//! also writes the audit entry and the email that tells the firm (in its owners' language).
//! Steps that change what an opportunity has given out (an approval, a withdrawal or a
//! rejection after approval, the waitlist moving up) hold the opportunity's lock while they
//! read and write its uptake, so capacity is never exceeded, however many servers approve at
//! once.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use mitra_domain::{
    Application, ApplicationDraft, ApplicationStatus, Capacity, Listed, Money, Opportunity, Organization,
    OrganizationKind, Party, Refusal, Review, Role, Rubric, Screening, Transition, Uptake,
};
use mitra_eligibility::{Applicant, RuleSet, Verdict, in_force};
use mitra_store::{ApplicationFilter, UnitOfWork};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::accounts::queue;
use crate::audit::{Change, record_change};
use crate::error::ConflictKind;
use crate::policy::{Action, authorize, hide_forbidden, require_signed_in};
use crate::registry::found;
use crate::{Actor, App, AppError};

/// How many on a waitlist are looked at when capacity is given back.
const WAITLIST_LOOK: u32 = 50;

/// An application with what its pages show beside it.
#[derive(Debug, Clone)]
pub struct ApplicationRecord {
    pub application: Application,
    pub opportunity: Opportunity,
    pub msme_name: String,
}

/// One application as a person working on it sees it.
#[derive(Debug, Clone)]
pub struct ApplicationDetail {
    pub record: ApplicationRecord,
    /// The reviews, for those who review and decide; empty for the applicant.
    pub reviews: Vec<ScoredReview>,
    pub rubric: Option<Rubric>,
    /// The rules that screened it (the version its screening names).
    pub rule_set: Option<RuleSet>,
    pub standing: Standing,
    /// Its place on the waitlist, from 1, while it is on it.
    pub waitlist_position: Option<u64>,
    pub may: Allowed,
}

/// A review with its weighted score under the rubric and its reviewer's name.
#[derive(Debug, Clone)]
pub struct ScoredReview {
    pub review: Review,
    pub reviewer: String,
    pub weighted: Option<Decimal>,
}

/// What the reader may do with an application now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Allowed {
    pub submit: bool,
    pub withdraw: bool,
    pub review: bool,
    pub decide: bool,
}

/// What an opportunity has and has given out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub capacity: Capacity,
    pub uptake: Uptake,
    pub seats_left: Option<u32>,
    pub money_left: Option<Money>,
    pub counts: BTreeMap<ApplicationStatus, u64>,
}

/// An approver's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
}

/// What a reviewer gives: scores under the rubric and a comment, or a conflict of interest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewInput {
    pub conflict: bool,
    pub scores: BTreeMap<String, u8>,
    pub comment: Option<mitra_domain::text::Description>,
}

/// What a step did, for the adapters to say.
#[derive(Debug, Clone)]
pub struct Stepped {
    pub application: Application,
    /// Other applications the step moved, such as the first on the waitlist.
    pub promoted: Vec<Uuid>,
}

fn refused(refusal: Refusal) -> AppError {
    match refusal {
        Refusal::NotYourStep => AppError::Forbidden,
        other => AppError::Conflict { kind: ConflictKind::Application(other), message: other.to_string() },
    }
}

impl App {
    /// Starts an application (a draft) of `msme_id` to an opportunity that takes them today.
    pub async fn start_application(
        &self,
        actor: &Actor,
        opportunity_id: Uuid,
        msme_id: Uuid,
        draft: ApplicationDraft,
    ) -> Result<ApplicationRecord, AppError> {
        require_signed_in(actor)?;
        // The same answer whether the firm exists or not: the body names a firm the actor
        // cannot apply for.
        authorize(actor, Action::Apply { msme_id })
            .map_err(|_| AppError::field("msme_id", mitra_domain::Problem::NotYourBusiness))?;
        let today = self.today();
        let mut unit = self.store().write().await?;
        let opportunity = found(unit.lock_opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        let msme = live_msme(unit.as_mut(), msme_id).await?;
        let draft = draft
            .check(&opportunity.details.capacity, opportunity.details.currency())
            .map_err(AppError::Invalid)?
            .into_inner();
        taking_applications(unit.as_mut(), &opportunity, today, draft.amount.as_ref()).await?;
        if unit.application_of(opportunity_id, msme_id).await?.is_some() {
            return Err(refused(Refusal::AlreadyApplied));
        }
        let now = self.clock().now();
        let application = Application {
            id: Uuid::now_v7(),
            opportunity_id,
            msme_id,
            status: ApplicationStatus::Draft,
            details: draft,
            submitted_on: None,
            screening: None,
            decided_by: None,
            history: Vec::new(),
            created_at: now,
            updated_at: now,
            version: 1,
        };
        match unit.insert_application(&application).await {
            Err(mitra_store::StoreError::Duplicate { .. }) => return Err(refused(Refusal::AlreadyApplied)),
            other => other?,
        }
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::created("application", application.id, &application),
        )
        .await?;
        unit.commit().await?;
        Ok(ApplicationRecord { application, opportunity, msme_name: msme.details.name.to_string() })
    }

    /// Changes what a draft asks for.
    pub async fn change_application(
        &self,
        actor: &Actor,
        id: Uuid,
        draft: ApplicationDraft,
    ) -> Result<Application, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().write().await?;
        let before = found(unit.application(id).await?, "application", id)?;
        let opportunity =
            found(unit.opportunity(before.opportunity_id).await?, "opportunity", before.opportunity_id)?;
        authorize(actor, Action::Apply { msme_id: before.msme_id })
            .map_err(|e| hidden_unless_seen(actor, &before, &opportunity, e))?;
        if before.status != ApplicationStatus::Draft {
            return Err(refused(Refusal::NotNow { status: before.status }));
        }
        let draft = draft
            .check(&opportunity.details.capacity, opportunity.details.currency())
            .map_err(AppError::Invalid)?
            .into_inner();
        let now = self.clock().now();
        let mut application = before.clone();
        application.details = draft;
        application.updated_at = now;
        unit.update_application(&mut application).await?;
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::changed("application", id, "update", &before, &application),
        )
        .await?;
        unit.commit().await?;
        Ok(application)
    }

    /// Submits a draft: the rules in force today judge it at once. A firm that fails them is
    /// rejected by the screening, with the criteria it failed; one whose profile lacks a
    /// figure the rules need is asked to complete it, and its draft stays as it was.
    pub async fn submit_application(&self, actor: &Actor, id: Uuid) -> Result<Stepped, AppError> {
        require_signed_in(actor)?;
        let today = self.today();
        let (mut unit, before, opportunity) = self.open_application(id).await?;
        authorize(actor, Action::Apply { msme_id: before.msme_id })
            .map_err(|e| hidden_unless_seen(actor, &before, &opportunity, e))?;
        Transition::Submit.apply(before.status, Party::Applicant).map_err(refused)?;
        taking_applications(unit.as_mut(), &opportunity, today, before.details.amount.as_ref()).await?;
        let msme = live_msme(unit.as_mut(), before.msme_id).await?;
        let (screening, rules) = screen(unit.as_mut(), &opportunity, &msme, today).await?;
        if !screening.unknown.is_empty() && screening.failed.is_empty() {
            return Err(refused(Refusal::ProfileIncomplete));
        }
        let now = self.clock().now();
        let mut application = before.clone();
        let by = actor.person().map(|p| p.user_id);
        application.take(Transition::Submit, Party::Applicant, by, now).map_err(refused)?;
        application.submitted_on = Some(today);
        let passed = screening.passed();
        application.screening = Some(screening);
        let screening_step = if passed { Transition::PassScreening } else { Transition::FailScreening };
        application.take(screening_step, Party::Mitra, None, now).map_err(refused)?;
        unit.update_application(&mut application).await?;
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::changed("application", id, "submit", &before, &application),
        )
        .await?;
        self.notify(unit.as_mut(), now, &opportunity, &msme, &application, rules.as_ref()).await?;
        unit.commit().await?;
        Ok(Stepped { application, promoted: vec![] })
    }

    /// Withdraws an application; what an approved one held goes to the waitlist.
    pub async fn withdraw_application(&self, actor: &Actor, id: Uuid) -> Result<Stepped, AppError> {
        require_signed_in(actor)?;
        let (mut unit, before, opportunity) = self.open_application(id).await?;
        authorize(actor, Action::Apply { msme_id: before.msme_id })
            .map_err(|e| hidden_unless_seen(actor, &before, &opportunity, e))?;
        let now = self.clock().now();
        let mut application = before.clone();
        application
            .take(Transition::Withdraw, Party::Applicant, actor.person().map(|p| p.user_id), now)
            .map_err(refused)?;
        unit.update_application(&mut application).await?;
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::changed("application", id, "withdraw", &before, &application),
        )
        .await?;
        let msme = found(unit.organization(before.msme_id).await?, "organization", before.msme_id)?;
        self.notify(unit.as_mut(), now, &opportunity, &msme, &application, None).await?;
        let promoted = if before.status.holds_capacity() {
            self.give_back(unit.as_mut(), actor, now, &opportunity, &before).await?
        } else {
            vec![]
        };
        unit.commit().await?;
        Ok(Stepped { application, promoted })
    }

    /// A reviewer's scores and comment under the opportunity's rubric, or their declared
    /// conflict of interest, which keeps them off the application from then on.
    pub async fn review_application(
        &self,
        actor: &Actor,
        id: Uuid,
        input: ReviewInput,
    ) -> Result<Stepped, AppError> {
        require_signed_in(actor)?;
        let reviewer = actor.person().ok_or(AppError::Forbidden)?.user_id;
        let (mut unit, before, opportunity) = self.open_application(id).await?;
        authorize(actor, Action::Review { partner_id: opportunity.details.partner_id })
            .map_err(|e| hidden_unless_seen(actor, &before, &opportunity, e))?;
        let earlier = unit.reviews(id).await?;
        if earlier.iter().any(|r| r.reviewer_id == reviewer && r.conflict) {
            return Err(refused(Refusal::ConflictOfInterest));
        }
        if !matches!(before.status, ApplicationStatus::Screened | ApplicationStatus::InReview) {
            return Err(refused(Refusal::NotNow { status: before.status }));
        }
        let now = self.clock().now();
        let review = if input.conflict {
            Review {
                application_id: id,
                reviewer_id: reviewer,
                conflict: true,
                scores: BTreeMap::new(),
                comment: input.comment,
                at: now,
            }
        } else {
            let rubric = unit.rubric(opportunity.id).await?.ok_or_else(|| refused(Refusal::NoRubric))?;
            rubric.check_scores(&input.scores).map_err(AppError::Invalid)?;
            Review {
                application_id: id,
                reviewer_id: reviewer,
                conflict: false,
                scores: input.scores,
                comment: input.comment,
                at: now,
            }
        };
        unit.put_review(&review).await?;
        let action = if review.conflict { "declare_conflict" } else { "review" };
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::created_value("review", id, serde_json::to_value(&review).unwrap_or_default()),
        )
        .await?;
        let mut application = before.clone();
        if !review.conflict && before.status == ApplicationStatus::Screened {
            application.take(Transition::Review, Party::Reviewer, Some(reviewer), now).map_err(refused)?;
            unit.update_application(&mut application).await?;
            record_change(
                unit.as_mut(),
                actor,
                now,
                Change::changed("application", id, action, &before, &application),
            )
            .await?;
            let msme = found(unit.organization(before.msme_id).await?, "organization", before.msme_id)?;
            self.notify(unit.as_mut(), now, &opportunity, &msme, &application, None).await?;
        }
        unit.commit().await?;
        Ok(Stepped { application, promoted: vec![] })
    }

    /// Approves or rejects an application. An approval re-checks the rules (in force on the
    /// application date, against the profile as it is now) and the capacity at this moment:
    /// when nothing is left it waitlists instead. A rejection of an approved application gives
    /// what it held to the waitlist.
    pub async fn decide_application(
        &self,
        actor: &Actor,
        id: Uuid,
        decision: Decision,
    ) -> Result<Stepped, AppError> {
        require_signed_in(actor)?;
        let (mut unit, before, opportunity) = self.open_application(id).await?;
        let stepped = self.decide_in(unit.as_mut(), actor, before, &opportunity, decision).await?;
        unit.commit().await?;
        Ok(stepped)
    }

    /// A decision in the caller's unit of work, which holds the opportunity's lock.
    pub(crate) async fn decide_in(
        &self,
        unit: &mut dyn UnitOfWork,
        actor: &Actor,
        before: Application,
        opportunity: &Opportunity,
        decision: Decision,
    ) -> Result<Stepped, AppError> {
        let id = before.id;
        authorize(actor, Action::Decide { partner_id: opportunity.details.partner_id })
            .map_err(|e| hidden_unless_seen(actor, &before, opportunity, e))?;
        let decider = actor.person().map(|p| p.user_id);
        if let Some(decider) = decider {
            let reviews = unit.reviews(id).await?;
            if reviews.iter().any(|r| r.reviewer_id == decider && r.conflict) {
                return Err(refused(Refusal::ConflictOfInterest));
            }
            let separate = unit.rubric(opportunity.id).await?.is_none_or(|r| r.separate_approver);
            if separate && reviews.iter().any(|r| r.reviewer_id == decider && !r.conflict) {
                return Err(refused(Refusal::ReviewedIt));
            }
        }
        let now = self.clock().now();
        let mut application = before.clone();
        let msme = found(unit.organization(before.msme_id).await?, "organization", before.msme_id)?;
        let mut promoted = vec![];
        let taken = match decision {
            Decision::Approve => {
                Transition::Approve.apply(before.status, Party::Approver).map_err(refused)?;
                let on = before.submitted_on.unwrap_or_else(|| self.today());
                let (screening, _) = screen(unit, opportunity, &msme, on).await?;
                if !screening.passed() {
                    return Err(refused(Refusal::NotEligible));
                }
                let mut uptake = unit.uptake(opportunity.id).await?;
                let amount = before.details.amount.as_ref();
                if uptake.fits(&opportunity.details.capacity, amount) {
                    application.take(Transition::Approve, Party::Approver, decider, now).map_err(refused)?;
                    application.decided_by = decider;
                    uptake.take(amount);
                    unit.set_uptake(opportunity.id, &uptake).await?;
                    let years = crate::recovery::baseline_years(&mut *unit, &[before.msme_id]).await?;
                    unit.mark_partnered(before.msme_id, &partnership(opportunity, self.today())).await?;
                    crate::recovery::remeasure_moved(&mut *unit, &years, self.today()).await?;
                    Transition::Approve
                } else {
                    application.take(Transition::Waitlist, Party::Approver, decider, now).map_err(refused)?;
                    Transition::Waitlist
                }
            }
            Decision::Reject => {
                application.take(Transition::Reject, Party::Approver, decider, now).map_err(refused)?;
                application.decided_by = decider;
                Transition::Reject
            }
        };
        unit.update_application(&mut application).await?;
        let action = taken.as_str();
        record_change(unit, actor, now, Change::changed("application", id, action, &before, &application))
            .await?;
        self.notify(unit, now, opportunity, &msme, &application, None).await?;
        if decision == Decision::Reject && before.status.holds_capacity() {
            promoted = self.give_back(unit, actor, now, opportunity, &before).await?;
        }
        Ok(Stepped { application, promoted })
    }

    /// One application with its reviews, rubric and the opportunity's standing, for whoever
    /// may see it: the firm's owners, and the staff, reviewers and approvers of the partner.
    pub async fn application(&self, actor: &Actor, id: Uuid) -> Result<ApplicationDetail, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().read().await?;
        let application = found(unit.application(id).await?, "application", id)?;
        let opportunity = found(
            unit.opportunity(application.opportunity_id).await?,
            "opportunity",
            application.opportunity_id,
        )?;
        let partner_id = opportunity.details.partner_id;
        let applicant = authorize(actor, Action::Apply { msme_id: application.msme_id }).is_ok();
        let staff = authorize(actor, Action::SeeApplications { partner_id }).is_ok();
        if !applicant && !staff {
            return Err(hide_forbidden(AppError::Forbidden, "application", id));
        }
        let msme = found(unit.organization(application.msme_id).await?, "organization", application.msme_id)?;
        let rubric = unit.rubric(opportunity.id).await?;
        let mut reviews = Vec::new();
        if staff {
            for review in unit.reviews(id).await? {
                let reviewer = unit.user(review.reviewer_id).await?.map_or_else(String::new, |u| u.name);
                let weighted = rubric.as_ref().and_then(|r| r.weighted(&review.scores));
                reviews.push(ScoredReview { review, reviewer, weighted });
            }
        }
        let rule_set = match application.screening.as_ref().and_then(|s| s.rule_set_version) {
            Some(version) => unit.rule_sets(opportunity.id).await?.into_iter().find(|r| r.version == version),
            None => None,
        };
        let standing = standing(unit.as_mut(), &opportunity).await?;
        let waitlist_position = unit.waitlist_position(id).await?;
        let me = actor.person().map(|p| p.user_id);
        let conflicted = reviews.iter().any(|r| Some(r.review.reviewer_id) == me && r.review.conflict);
        let status = application.status;
        let may = Allowed {
            submit: applicant && status == ApplicationStatus::Draft,
            withdraw: applicant && Transition::Withdraw.apply(status, Party::Applicant).is_ok(),
            review: authorize(actor, Action::Review { partner_id }).is_ok()
                && !conflicted
                && matches!(status, ApplicationStatus::Screened | ApplicationStatus::InReview),
            decide: authorize(actor, Action::Decide { partner_id }).is_ok()
                && !conflicted
                && (status.awaits_decision() || status == ApplicationStatus::Approved),
        };
        Ok(ApplicationDetail {
            record: ApplicationRecord { application, opportunity, msme_name: msme.details.name.to_string() },
            reviews,
            rubric,
            rule_set,
            standing,
            waitlist_position,
            may,
        })
    }

    /// The applications `filter` asks for: an MSME's own (for its owners), or those to a
    /// partner's opportunities (for its staff, reviewers and approvers, and the agency's).
    /// Without an opportunity, firm or partner, only the agency's staff may list across them.
    pub async fn applications(
        &self,
        actor: &Actor,
        filter: &ApplicationFilter,
        after: Option<Uuid>,
        limit: u32,
    ) -> Result<Listed<ApplicationRecord>, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().read().await?;
        let mut filter = filter.clone();
        if let Some(opportunity_id) = filter.opportunity_id {
            let opportunity = found(unit.opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
            let partner_id = opportunity.details.partner_id;
            let own_firm =
                filter.msme_id.is_some_and(|m| authorize(actor, Action::Apply { msme_id: m }).is_ok());
            if !own_firm {
                authorize(actor, Action::SeeApplications { partner_id })?;
            }
        } else if let Some(msme_id) = filter.msme_id {
            if authorize(actor, Action::Apply { msme_id }).is_err() {
                authorize(actor, Action::AssessPopulation)
                    .map_err(|e| hide_forbidden(e, "organization", msme_id))?;
            }
        } else if let Some(partner_id) = filter.partner_id {
            authorize(actor, Action::SeeApplications { partner_id })?;
        } else {
            authorize(actor, Action::AssessPopulation)?;
        }
        if filter.without_conflict_of.is_some() {
            filter.without_conflict_of = actor.person().map(|p| p.user_id);
        }
        let listed = unit.applications(&filter, after, limit).await?;
        let mut items = Vec::with_capacity(listed.items.len());
        let mut opportunities: BTreeMap<Uuid, Opportunity> = BTreeMap::new();
        for application in listed.items {
            if !opportunities.contains_key(&application.opportunity_id) {
                let opportunity = found(
                    unit.opportunity(application.opportunity_id).await?,
                    "opportunity",
                    application.opportunity_id,
                )?;
                opportunities.insert(opportunity.id, opportunity);
            }
            let opportunity = opportunities[&application.opportunity_id].clone();
            let msme_name = unit
                .organization(application.msme_id)
                .await?
                .map_or_else(String::new, |o| o.details.name.to_string());
            items.push(ApplicationRecord { application, opportunity, msme_name });
        }
        Ok(Listed { items, next: listed.next })
    }

    /// What an opportunity has and has given out, with its applications counted by state:
    /// for those who see its applications.
    pub async fn standing(&self, actor: &Actor, opportunity_id: Uuid) -> Result<Standing, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().read().await?;
        let opportunity = found(unit.opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        authorize(actor, Action::SeeApplications { partner_id: opportunity.details.partner_id })?;
        standing(unit.as_mut(), &opportunity).await
    }

    /// Sets the rubric an opportunity's applications are scored by, until the first score.
    pub async fn save_rubric(
        &self,
        actor: &Actor,
        opportunity_id: Uuid,
        rubric: Rubric,
    ) -> Result<Rubric, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().write().await?;
        let opportunity = found(unit.lock_opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        authorize(actor, Action::ChangeOpportunity { partner_id: opportunity.details.partner_id })?;
        let rubric = rubric.check().map_err(AppError::Invalid)?.into_inner();
        if unit.has_reviews(opportunity_id).await? {
            return Err(refused(Refusal::RubricInUse));
        }
        let before = unit.rubric(opportunity_id).await?;
        let now = self.clock().now();
        unit.save_rubric(opportunity_id, &rubric, now).await?;
        let change = match &before {
            Some(before) => Change::changed("rubric", opportunity_id, "update", before, &rubric),
            None => Change::created("rubric", opportunity_id, &rubric),
        };
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        Ok(rubric)
    }

    /// The rubric of an opportunity, if it has one: public, like its rules.
    pub async fn rubric(&self, actor: &Actor, opportunity_id: Uuid) -> Result<Option<Rubric>, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut unit = self.store().read().await?;
        found(unit.opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        Ok(unit.rubric(opportunity_id).await?)
    }

    /// A write unit holding the application's opportunity's lock, with the application read
    /// under it.
    async fn open_application(
        &self,
        id: Uuid,
    ) -> Result<(Box<dyn UnitOfWork>, Application, Opportunity), AppError> {
        let mut unit = self.store().write().await?;
        let first = found(unit.application(id).await?, "application", id)?;
        let opportunity =
            found(unit.lock_opportunity(first.opportunity_id).await?, "opportunity", first.opportunity_id)?;
        let application = found(unit.application(id).await?, "application", id)?;
        Ok((unit, application, opportunity))
    }

    /// Gives back what `released` held and moves the waitlist up, first come first served:
    /// each in turn is approved while it fits, and the first that does not stops the rest.
    async fn give_back(
        &self,
        unit: &mut dyn UnitOfWork,
        actor: &Actor,
        now: Timestamp,
        opportunity: &Opportunity,
        released: &Application,
    ) -> Result<Vec<Uuid>, AppError> {
        let mut uptake = unit.uptake(opportunity.id).await?;
        uptake.give_back(released.details.amount.as_ref());
        let mut promoted = Vec::new();
        for waiting in unit.waitlist(opportunity.id, WAITLIST_LOOK).await? {
            let amount = waiting.details.amount.as_ref();
            if !uptake.fits(&opportunity.details.capacity, amount) {
                break;
            }
            let mut application = waiting.clone();
            application.take(Transition::Promote, Party::Mitra, None, now).map_err(refused)?;
            uptake.take(amount);
            unit.update_application(&mut application).await?;
            let years = crate::recovery::baseline_years(&mut *unit, &[application.msme_id]).await?;
            unit.mark_partnered(application.msme_id, &partnership(opportunity, self.today())).await?;
            crate::recovery::remeasure_moved(&mut *unit, &years, self.today()).await?;
            record_change(
                unit,
                actor,
                now,
                Change::changed("application", application.id, "promote", &waiting, &application),
            )
            .await?;
            let msme =
                found(unit.organization(application.msme_id).await?, "organization", application.msme_id)?;
            self.notify(unit, now, opportunity, &msme, &application, None).await?;
            promoted.push(application.id);
        }
        unit.set_uptake(opportunity.id, &uptake).await?;
        Ok(promoted)
    }

    /// Tells the firm's owners where its application now stands, each in their language (or
    /// the firm's first language Mitra is written in, or English).
    async fn notify(
        &self,
        unit: &mut dyn UnitOfWork,
        now: Timestamp,
        opportunity: &Opportunity,
        msme: &Organization,
        application: &Application,
        rules: Option<&RuleSet>,
    ) -> Result<(), AppError> {
        let link = format!("{}/applications/{}", self.public_url(), application.id);
        for (user, role) in unit.members(msme.id).await? {
            if role != Role::MsmeOwner || user.disabled_at.is_some() {
                continue;
            }
            let locale = crate::mail::owner_locale(user.locale.as_deref(), msme);
            let title = opportunity.details.title.as_str();
            let status =
                locale.t(&format!("application-status-{}", application.status.as_str().replace('_', "-")));
            let mut body = vec![
                locale.t_with("email-greeting-name", &[("name", user.name.as_str().into())]),
                locale.t_with(
                    &format!("email-application-{}", application.status.as_str().replace('_', "-")),
                    &[("opportunity", title.into()), ("firm", msme.details.name.as_str().into())],
                ),
            ];
            if let (Some(rules), Some(screening)) = (rules, &application.screening)
                && !screening.failed.is_empty()
            {
                let lang = locale.lang().code();
                let failed: Vec<String> = rules
                    .criteria
                    .iter()
                    .filter(|c| screening.failed.iter().any(|k| k == c.key.as_str()))
                    .map(|c| format!("- {}", c.label(lang).0))
                    .collect();
                body.push(format!(
                    "{}\n{}",
                    locale.t("email-application-failed-criteria"),
                    failed.join("\n")
                ));
            }
            body.push(locale.t("email-application-see"));
            body.push(link.clone());
            let subject = locale.t_with(
                "email-application-subject",
                &[("opportunity", title.into()), ("status", status.into())],
            );
            queue(unit, now, user.email.as_str(), &subject, &format!("{}\n", body.join("\n\n"))).await?;
        }
        Ok(())
    }
}

/// A refusal as "no such application" to someone who may not see it, and as itself to
/// someone who may (the firm's owner asking to approve it is told it is not theirs to do).
fn hidden_unless_seen(
    actor: &Actor,
    application: &Application,
    opportunity: &Opportunity,
    error: AppError,
) -> AppError {
    let sees = authorize(actor, Action::Apply { msme_id: application.msme_id }).is_ok()
        || authorize(actor, Action::SeeApplications { partner_id: opportunity.details.partner_id }).is_ok();
    if sees { error } else { hide_forbidden(error, "application", application.id) }
}

/// The MSME `msme_id`, live.
async fn live_msme(unit: &mut dyn UnitOfWork, msme_id: Uuid) -> Result<Organization, AppError> {
    let msme = found(unit.organization(msme_id).await?, "organization", msme_id)?;
    if msme.details.kind != OrganizationKind::Msme || msme.archived_at.is_some() {
        return Err(AppError::NotFound { entity: "organization", id: msme_id });
    }
    Ok(msme)
}

/// Refuses an opportunity that is archived, outside its dates on `today`, or that has nothing
/// left for an application asking for `amount`.
async fn taking_applications(
    unit: &mut dyn UnitOfWork,
    opportunity: &Opportunity,
    today: Date,
    amount: Option<&Money>,
) -> Result<(), AppError> {
    if opportunity.archived_at.is_some() || !opportunity.details.is_open_on(today) {
        return Err(refused(Refusal::Closed));
    }
    let uptake = unit.uptake(opportunity.id).await?;
    if !uptake.fits(&opportunity.details.capacity, amount) {
        return Err(refused(Refusal::Full));
    }
    Ok(())
}

/// The firm judged against the opportunity's rules in force on `on`, off the executor.
async fn screen(
    unit: &mut dyn UnitOfWork,
    opportunity: &Opportunity,
    msme: &Organization,
    on: Date,
) -> Result<(Screening, Option<RuleSet>), AppError> {
    let versions = unit.rule_sets(opportunity.id).await?;
    let Some(rules) = in_force(&versions, on).cloned() else {
        return Ok((Screening { on, rule_set_version: None, failed: vec![], unknown: vec![] }, None));
    };
    let currency = opportunity.details.currency();
    let draft = msme.details.clone();
    let judged = rules.clone();
    let id = opportunity.id;
    let verdicts = tokio::task::spawn_blocking(move || {
        judged.compiled(currency).map(|compiled| {
            let mut each = Vec::new();
            compiled.judge(&Applicant::of(&draft, on), &mut each);
            each
        })
    })
    .await
    .map_err(AppError::internal)?
    .map_err(|_| AppError::Internal(format!("stored rules of opportunity {id} no longer compile").into()))?;
    let keys = |wanted: Verdict| {
        rules
            .criteria
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| **v == wanted)
            .map(|(c, _)| c.key.to_string())
            .collect::<Vec<_>>()
    };
    let screening = Screening {
        on,
        rule_set_version: Some(rules.version),
        failed: keys(Verdict::Fail),
        unknown: keys(Verdict::Unknown),
    };
    Ok((screening, Some(rules)))
}

async fn standing(unit: &mut dyn UnitOfWork, opportunity: &Opportunity) -> Result<Standing, AppError> {
    let uptake = unit.uptake(opportunity.id).await?;
    let capacity = opportunity.details.capacity.clone();
    let (seats_left, money_left) = uptake.left(&capacity);
    let counts = unit.application_counts(opportunity.id).await?;
    Ok(Standing { capacity, uptake, seats_left, money_left, counts })
}

/// The partnership an approval for `opportunity` on `today` makes.
fn partnership(opportunity: &Opportunity, today: jiff::civil::Date) -> mitra_domain::recovery::Partnership {
    mitra_domain::recovery::Partnership {
        opportunity_id: opportunity.id,
        channel: opportunity.details.channel,
        since: today.first_of_month(),
    }
}
