//! Eligibility: the versions of an opportunity's rules, saved and read, and an applicant judged
//! against the version in force on the application date, one firm (with reasons) or a whole
//! population (verdicts only). Judging runs on blocking threads, never on the async executor.

use jiff::civil::Date;
use mitra_domain::{OrganizationDraft, OrganizationKind, OrganizationQuery, Page};
use mitra_eligibility::{Applicant, Evaluation, RuleSet, RuleSetDraft, Verdict, in_force};
use rayon::prelude::*;
use uuid::Uuid;

use crate::audit::{Change, record_change};
use crate::opportunities::OpportunityRecord;
use crate::policy::{Action, authorize, hide_forbidden, require_signed_in};
use crate::registry::found;
use crate::{Actor, App, AppError};

/// One applicant judged against an opportunity's rules.
#[derive(Debug, Clone)]
pub struct Eligibility {
    pub opportunity: OpportunityRecord,
    /// The application date the rules were read on.
    pub on: Date,
    /// The version in force on that date; `None` when the opportunity has no rules then (every
    /// applicant may apply).
    pub rule_set: Option<RuleSet>,
    pub evaluation: Option<Evaluation>,
}

impl Eligibility {
    /// The overall verdict: a pass when there are no rules.
    pub fn verdict(&self) -> Verdict {
        self.evaluation.as_ref().map_or(Verdict::Pass, |e| e.verdict)
    }
}

/// A population judged against an opportunity's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PopulationEligibility {
    pub on: Date,
    pub version: Option<u32>,
    pub judged: usize,
    pub pass: usize,
    pub fail: usize,
    pub unknown: usize,
    /// For each criterion, its key and how many passed, failed and were unknown.
    pub by_criterion: Vec<(String, usize, usize, usize)>,
}

/// A draft of rules checked without being saved, and judged on one firm when one was chosen.
#[derive(Debug, Clone)]
pub struct RuleTrial {
    pub opportunity: OpportunityRecord,
    /// Every problem of the draft; empty when it could be saved as it is.
    pub problems: Vec<mitra_domain::Invalid>,
    /// The firm it was tried on, judged by the draft on its `applies_from` date.
    pub tried: Option<(String, Eligibility)>,
}

/// How many firms a population judgement reads from the store at a time.
const POPULATION_PAGE: u32 = 1_000;

impl App {
    /// Saves a new version of an opportunity's rules, checked whole in the opportunity's
    /// currency: every problem is refused at once, and nothing is saved.
    pub async fn save_rule_set(
        &self,
        actor: &Actor,
        opportunity_id: Uuid,
        draft: RuleSetDraft,
    ) -> Result<RuleSet, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().write().await?;
        let opportunity = found(unit.lock_opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        authorize(actor, Action::ChangeOpportunity { partner_id: opportunity.details.partner_id })?;
        if opportunity.archived_at.is_some() {
            return Err(
                mitra_store::StoreError::Archived { entity: "opportunity", id: opportunity_id }.into()
            );
        }
        let currency = opportunity.details.currency();
        let checking = draft.clone();
        tokio::task::spawn_blocking(move || checking.check(currency))
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::Invalid)?;
        let now = self.clock().now();
        let saved = unit.insert_rule_set(opportunity_id, &draft, now).await?;
        record_change(unit.as_mut(), actor, now, Change::created("rule_set", opportunity_id, &saved)).await?;
        unit.commit().await?;
        Ok(saved)
    }

    /// Checks a draft of rules as saving would, without saving it, and judges the firm
    /// `msme_id` by it ("try it on this MSME"): for those who change the opportunity, on a firm
    /// they see whole or that applied to it.
    pub async fn try_rule_set(
        &self,
        actor: &Actor,
        opportunity_id: Uuid,
        draft: RuleSetDraft,
        msme_id: Option<Uuid>,
    ) -> Result<RuleTrial, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().read().await?;
        let opportunity = found(unit.opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        authorize(actor, Action::ChangeOpportunity { partner_id: opportunity.details.partner_id })?;
        let firm = match msme_id {
            Some(msme_id) => {
                let sees = authorize(actor, Action::Recommend { msme_id }).is_ok()
                    || (authorize(
                        actor,
                        Action::SeeApplications { partner_id: opportunity.details.partner_id },
                    )
                    .is_ok()
                        && unit.application_of(opportunity_id, msme_id).await?.is_some());
                if !sees {
                    return Err(AppError::NotFound { entity: "organization", id: msme_id });
                }
                let firm = found(unit.organization(msme_id).await?, "organization", msme_id)?;
                Some(firm)
            }
            None => None,
        };
        drop(unit);
        let currency = opportunity.details.currency();
        let on = draft.applies_from;
        let firm_draft = firm.as_ref().map(|f| f.details.clone());
        let checking = draft.clone();
        let (problems, evaluation) = tokio::task::spawn_blocking(move || match checking.check(currency) {
            Err(problems) => (problems, None),
            Ok(compiled) => (vec![], firm_draft.map(|d| compiled.explain(&Applicant::of(&d, on)))),
        })
        .await
        .map_err(AppError::internal)?;
        let record = OpportunityRecord { opportunity, as_of: self.today() };
        let tried = match (firm, evaluation) {
            (Some(firm), Some(evaluation)) => {
                let rule_set = RuleSet {
                    version: 0,
                    applies_from: draft.applies_from,
                    criteria: draft.criteria,
                    saved_at: self.clock().now(),
                };
                let eligibility = Eligibility {
                    opportunity: record.clone(),
                    on,
                    rule_set: Some(rule_set),
                    evaluation: Some(evaluation),
                };
                Some((firm.details.name.to_string(), eligibility))
            }
            _ => None,
        };
        Ok(RuleTrial { opportunity: record, problems, tried })
    }

    /// Every version of an opportunity's rules, oldest first: public, like the opportunity.
    pub async fn rule_sets(&self, actor: &Actor, opportunity_id: Uuid) -> Result<Vec<RuleSet>, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let mut unit = self.store().read().await?;
        found(unit.opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        Ok(unit.rule_sets(opportunity_id).await?)
    }

    /// Judges the organisation `organization_id` against the opportunity's rules in force on
    /// `on` (today when not given), with the values each criterion read.
    pub async fn eligibility_of(
        &self,
        actor: &Actor,
        opportunity_id: Uuid,
        organization_id: Uuid,
        on: Option<Date>,
    ) -> Result<Eligibility, AppError> {
        authorize(actor, Action::Recommend { msme_id: organization_id })
            .map_err(|e| hide_forbidden(e, "organization", organization_id))?;
        let mut unit = self.store().read().await?;
        let organization = found(unit.organization(organization_id).await?, "organization", organization_id)?;
        drop(unit);
        self.judge_one(opportunity_id, organization.details, on).await
    }

    /// Judges a profile that is not stored ("would a firm like this be eligible?"): anyone may.
    pub async fn eligibility_of_profile(
        &self,
        actor: &Actor,
        opportunity_id: Uuid,
        profile: OrganizationDraft,
        on: Option<Date>,
    ) -> Result<Eligibility, AppError> {
        authorize(actor, Action::ReadPublic)?;
        let checked = profile.check(self.today()).map_err(AppError::Invalid)?;
        self.judge_one(opportunity_id, checked.into_inner(), on).await
    }

    async fn judge_one(
        &self,
        opportunity_id: Uuid,
        draft: OrganizationDraft,
        on: Option<Date>,
    ) -> Result<Eligibility, AppError> {
        let on = on.unwrap_or_else(|| self.today());
        let mut unit = self.store().read().await?;
        let opportunity = found(unit.opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        let versions = unit.rule_sets(opportunity_id).await?;
        drop(unit);
        let rule_set = in_force(&versions, on).cloned();
        let currency = opportunity.details.currency();
        let judged = rule_set.clone();
        let evaluation = tokio::task::spawn_blocking(move || {
            judged
                .map(|rules| rules.compiled(currency).map(|c| c.explain(&Applicant::of(&draft, on))))
                .transpose()
        })
        .await
        .map_err(AppError::internal)?
        .map_err(|_| {
            AppError::Internal(
                format!("stored rules of opportunity {opportunity_id} no longer compile").into(),
            )
        })?;
        Ok(Eligibility {
            opportunity: OpportunityRecord { opportunity, as_of: self.today() },
            on,
            rule_set,
            evaluation,
        })
    }

    /// Judges every live MSME that `query` asks for (its kind is always MSME) against the
    /// opportunity's rules in force on `on`: counts only, for the agency's staff.
    pub async fn population_eligibility(
        &self,
        actor: &Actor,
        opportunity_id: Uuid,
        query: &OrganizationQuery,
        on: Option<Date>,
    ) -> Result<PopulationEligibility, AppError> {
        authorize(actor, Action::AssessPopulation)?;
        let on = on.unwrap_or_else(|| self.today());
        let mut unit = self.store().read().await?;
        let opportunity = found(unit.opportunity(opportunity_id).await?, "opportunity", opportunity_id)?;
        let versions = unit.rule_sets(opportunity_id).await?;
        let Some(rules) = in_force(&versions, on).cloned() else {
            return Ok(PopulationEligibility {
                on,
                version: None,
                judged: 0,
                pass: 0,
                fail: 0,
                unknown: 0,
                by_criterion: vec![],
            });
        };
        let compiled = rules.compiled(opportunity.details.currency()).map_err(|_| {
            AppError::Internal(
                format!("stored rules of opportunity {opportunity_id} no longer compile").into(),
            )
        })?;
        let mut query = query.clone();
        query.kind = Some(OrganizationKind::Msme);
        query.include_archived = false;
        let mut applicants = Vec::new();
        let mut cursor = None;
        loop {
            let listed = unit.list_organizations(&query, Page::new(cursor, POPULATION_PAGE)).await?;
            applicants.extend(listed.items.iter().map(|o| Applicant::of(&o.details, on)));
            match listed.next {
                Some(next) => cursor = Some(next),
                None => break,
            }
        }
        drop(unit);
        let counts = tokio::task::spawn_blocking(move || judge_population(&compiled, &applicants))
            .await
            .map_err(AppError::internal)?;
        let judged = counts.overall.iter().sum();
        let [pass, fail, unknown] = counts.overall;
        Ok(PopulationEligibility {
            on,
            version: Some(rules.version),
            judged,
            pass,
            fail,
            unknown,
            by_criterion: rules
                .criteria
                .iter()
                .zip(&counts.each)
                .map(|(criterion, [pass, fail, unknown])| (criterion.key.to_string(), *pass, *fail, *unknown))
                .collect(),
        })
    }
}

/// Verdict counts, overall and per criterion, as pass, fail, unknown.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub overall: [usize; 3],
    pub each: Vec<[usize; 3]>,
}

fn slot(verdict: Verdict) -> usize {
    match verdict {
        Verdict::Pass => 0,
        Verdict::Fail => 1,
        Verdict::Unknown => 2,
    }
}

/// Judges every applicant, in parallel over the machine's cores.
pub fn judge_population(compiled: &mitra_eligibility::Compiled, applicants: &[Applicant]) -> Counts {
    let empty = || Counts { overall: [0; 3], each: vec![[0; 3]; compiled.len()] };
    applicants
        .par_iter()
        .fold(
            || (empty(), Vec::with_capacity(compiled.len())),
            |(mut counts, mut each), applicant| {
                let overall = compiled.judge(applicant, &mut each);
                counts.overall[slot(overall)] += 1;
                for (i, verdict) in each.iter().enumerate() {
                    counts.each[i][slot(*verdict)] += 1;
                }
                (counts, each)
            },
        )
        .map(|(counts, _)| counts)
        .reduce(empty, |mut a, b| {
            for i in 0..3 {
                a.overall[i] += b.overall[i];
            }
            for (x, y) in a.each.iter_mut().zip(&b.each) {
                for i in 0..3 {
                    x[i] += y[i];
                }
            }
            a
        })
}
