//! Match rounds: a programme manager assigns a cohort of firms to the programme's pool of
//! mentors on the exact engine, reviews the pairs with their reasons and fairness figures next
//! to what first come, first served and a greedy choice would have given, adjusts and runs
//! again, then publishes; each side accepts or declines by a deadline.

pub mod plan;

use std::collections::HashMap;

use jiff::civil::Date;
use mitra_domain::application::ApplicationStatus;
use mitra_domain::mentoring::{MenteeWord, MentoringSession, SessionLog};
use mitra_domain::round::{
    Firm, MOST_DAYS_TO_ANSWER, Mentor, Pair, PairStatus, Population, Proposal, Publication, RoundInputs,
    RoundSettings, RoundState, Side,
};
use mitra_domain::{Invalid, OperatingStatus, Organization, Problem, Programme, Role};
use mitra_store::{ApplicationFilter, Job, MatchRound, MatchRun, RunHeader, UnitOfWork};
use uuid::Uuid;

use crate::audit::{Change, record_change};
use crate::policy::{Action, authorize, hide_forbidden, require_signed_in};
use crate::registry::found;
use crate::{Actor, App, AppError};
use plan::RoundResult;

/// The kind of job that solves a run of a round.
pub const RUN_MATCH_ROUND: &str = "run_match_round";

/// What a run's job is given.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(crate) struct RunJob {
    pub round_id: Uuid,
    pub number: u64,
}

/// What a run came to, as it is stored: the result, or the fields that made it impossible (in
/// English; [`RunRecord::outcome`] gives them typed, solved again from the inputs).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
enum StoredOutcome {
    Solved { result: RoundResult, milliseconds: u64 },
    Refused { problems: Vec<(String, String)> },
}

/// A run with what it was solved from and what it came to.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRecord {
    pub header: RunHeader,
    pub inputs: RoundInputs,
    /// `None` while the job has not solved it yet.
    pub outcome: Option<Result<RoundResult, Vec<Invalid>>>,
    /// How long the engine took, once solved.
    pub milliseconds: Option<u64>,
}

/// A round with its programme, its runs, the latest with its result, and, once published, its
/// proposals.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundRecord {
    pub round: MatchRound,
    pub programme: Programme,
    pub runs: Vec<RunHeader>,
    pub latest: Option<RunRecord>,
    pub proposals: Vec<Proposal>,
    /// The sessions logged for the round's pairs, the latest first.
    pub sessions: Vec<MentoringSession>,
}

impl RoundRecord {
    /// The firm's name as the latest run knew it.
    pub fn firm_name(&self, id: Uuid) -> Option<&str> {
        self.latest.as_ref()?.inputs.firms.iter().find(|f| f.id == id).map(|f| f.name.as_str())
    }

    /// The mentor's name as the latest run knew it.
    pub fn mentor_name(&self, id: Uuid) -> Option<&str> {
        self.latest.as_ref()?.inputs.mentors.iter().find(|m| m.id == id).map(|m| m.name.as_str())
    }
}

/// A proposal as one of its sides sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProposalRecord {
    pub proposal: Proposal,
    pub programme: Programme,
    pub firm: Organization,
    pub mentor_name: String,
    /// The side the reader answers for.
    pub side: Side,
    pub status: PairStatus,
    /// The other side's name and email address, once both accepted.
    pub contact: Option<(String, String)>,
    /// The pair's logged sessions, the latest first.
    pub sessions: Vec<MentoringSession>,
}

impl App {
    /// Starts a round of a programme with `settings` and asks for its first run: for those who
    /// run the programme.
    pub async fn start_round(
        &self,
        actor: &Actor,
        programme_id: Uuid,
        settings: RoundSettings,
    ) -> Result<RoundRecord, AppError> {
        let person = signed_in(actor)?;
        let settings = settings.check().map_err(AppError::Invalid)?.into_inner();
        let mut unit = self.store().write().await?;
        let programme = found(unit.lock_programme(programme_id).await?, "programme", programme_id)?;
        authorize(actor, Action::RunProgramme { run_by: programme.details.run_by })?;
        let state = RoundState { settings, published: None, follow_up_of: None };
        let round_id = self.open_round(unit.as_mut(), actor, person, &programme, state).await?;
        unit.commit().await?;
        self.round(actor, round_id).await
    }

    /// Stores a new round of `programme` in `state` with its audit entry, and asks for its
    /// first run: its id.
    async fn open_round(
        &self,
        unit: &mut dyn UnitOfWork,
        actor: &Actor,
        person: &crate::Person,
        programme: &Programme,
        state: RoundState,
    ) -> Result<Uuid, AppError> {
        let now = self.clock().now();
        let mut round = MatchRound {
            id: Uuid::now_v7(),
            programme_id: programme.id,
            state,
            created_by: person.user_id,
            created_at: now,
            updated_at: now,
            version: 1,
        };
        unit.insert_round(&round).await?;
        record_change(unit, actor, now, Change::created("match_round", round.id, &round.state)).await?;
        self.ask_for_run(unit, actor, programme, &mut round).await?;
        Ok(round.id)
    }

    /// Asks for another run of a round with changed settings (weights, pins, forbidden pairs,
    /// capacities): refused once the round is published.
    pub async fn rerun_round(
        &self,
        actor: &Actor,
        round_id: Uuid,
        settings: RoundSettings,
    ) -> Result<RoundRecord, AppError> {
        require_signed_in(actor)?;
        let settings = settings.check().map_err(AppError::Invalid)?.into_inner();
        let mut unit = self.store().write().await?;
        let (programme, mut round) = self.round_to_run(unit.as_mut(), actor, round_id).await?;
        if round.state.published.is_some() {
            return Err(AppError::field("round", Problem::AlreadyPublished));
        }
        round.state.settings = settings;
        self.ask_for_run(unit.as_mut(), actor, &programme, &mut round).await?;
        unit.commit().await?;
        self.round(actor, round_id).await
    }

    /// Locks a round and its programme for one who runs the programme.
    async fn round_to_run(
        &self,
        unit: &mut dyn UnitOfWork,
        actor: &Actor,
        round_id: Uuid,
    ) -> Result<(Programme, MatchRound), AppError> {
        let round = found(unit.round(round_id).await?, "match_round", round_id)?;
        let programme =
            found(unit.lock_programme(round.programme_id).await?, "programme", round.programme_id)?;
        authorize(actor, Action::RunProgramme { run_by: programme.details.run_by })
            .map_err(|e| hide_forbidden(e, "match_round", round_id))?;
        let round = found(unit.lock_round(round_id).await?, "match_round", round_id)?;
        Ok((programme, round))
    }

    /// Copies what the run needs (the population, the pool, the settings, the targets) into a
    /// new run of `round`, writes the round's settings, and queues the job that solves it.
    async fn ask_for_run(
        &self,
        unit: &mut dyn UnitOfWork,
        actor: &Actor,
        programme: &Programme,
        round: &mut MatchRound,
    ) -> Result<u64, AppError> {
        let person = signed_in(actor)?;
        let inputs = self.round_inputs(unit, programme, round).await?;
        let runs = unit.runs(round.id).await?;
        let number = runs.last().map_or(1, |r| r.number + 1);
        let now = self.clock().now();
        let job = Job {
            id: Uuid::now_v7(),
            kind: RUN_MATCH_ROUND.to_owned(),
            body: serde_json::to_string(&RunJob { round_id: round.id, number })
                .map_err(AppError::internal)?,
            created_by: person.user_id,
            interface: person.interface.as_str().to_owned(),
            total: 1,
            done: 0,
            skipped: 0,
            claimed_by: None,
            lease_until: None,
            created_at: now,
            finished_at: None,
        };
        unit.insert_job(&job, &[round.id]).await?;
        let run = MatchRun {
            header: RunHeader {
                round_id: round.id,
                number,
                job_id: job.id,
                created_by: person.user_id,
                created_at: now,
                finished_at: None,
            },
            inputs: serde_json::to_string(&inputs).map_err(AppError::internal)?,
            outcome: None,
        };
        unit.insert_run(&run).await?;
        if number > 1 {
            unit.update_round(round, now).await?;
        }
        let value = serde_json::json!({
            "run": number,
            "firms": inputs.firms.len(),
            "mentors": inputs.mentors.len(),
            "settings": &round.state.settings,
        });
        let mut change = Change::created_value("match_run", round.id, value);
        change.action = "run";
        record_change(unit, actor, now, change).await?;
        Ok(number)
    }

    /// The round's inputs as the store holds them now: the population's firms that are MSMEs
    /// still open, in the population's order; the pool's mentors who take mentees today, each
    /// with the room left once the seats their pairs of other published rounds hold are
    /// counted.
    async fn round_inputs(
        &self,
        unit: &mut dyn UnitOfWork,
        programme: &Programme,
        round: &MatchRound,
    ) -> Result<RoundInputs, AppError> {
        let today = self.today();
        let settings = &round.state.settings;
        let opportunity_ids: Vec<Uuid> =
            unit.programme_opportunities(programme.id).await?.iter().map(|o| o.id).collect();
        let mut firm_ids: Vec<Uuid> = match settings.population {
            Population::Participants => unit.participants(&opportunity_ids).await?,
            Population::ApprovedApplicants => {
                let mut ids = Vec::new();
                for &opportunity_id in &opportunity_ids {
                    let filter = ApplicationFilter {
                        opportunity_id: Some(opportunity_id),
                        status: Some(ApplicationStatus::Approved),
                        ..ApplicationFilter::default()
                    };
                    let mut after = None;
                    loop {
                        let page = unit.applications(&filter, after, 500).await?;
                        ids.extend(page.items.iter().map(|a| a.msme_id));
                        match page.next {
                            Some(next) => after = Some(next),
                            None => break,
                        }
                    }
                }
                ids
            }
        };
        let mut seen = std::collections::HashSet::new();
        firm_ids.retain(|id| seen.insert(*id));
        let organizations = unit.organizations_by_id(&firm_ids).await?;
        let mut firms = Vec::with_capacity(firm_ids.len());
        for id in &firm_ids {
            let Some(organization) = organizations.get(id) else { continue };
            let Some(profile) = &organization.details.msme else { continue };
            if organization.archived_at.is_some()
                || profile.operating_status == OperatingStatus::PermanentlyClosed
            {
                continue;
            }
            let details = &organization.details;
            firms.push(Firm {
                id: *id,
                name: details.name.to_string(),
                country: details.country,
                region: details.region.clone(),
                section: profile.industry.as_ref().and_then(|i| i.isic_section()).map(str::to_owned),
                languages: details.languages.clone(),
                women_led: profile.ownership.women_led,
                youth_led: profile.ownership.youth_led,
                need: self.revenue_gap_percent(unit, organization, today).await?,
            });
        }
        let mut mentors = Vec::new();
        for (user, stored) in unit.pool(programme.id).await? {
            let profile = &stored.profile;
            if user.disabled_at.is_some() || !profile.takes_mentees_on(today) {
                continue;
            }
            let held = unit
                .proposals_of_mentor(user.id)
                .await?
                .iter()
                .filter(|p| p.round_id != round.id && p.holds_a_seat(today))
                .count();
            let capacity = settings.capacity_of(user.id, profile.capacity);
            mentors.push(Mentor {
                id: user.id,
                name: user.name.clone(),
                expertise: profile.expertise.clone(),
                languages: profile.languages.clone(),
                country: profile.country,
                regions: profile.regions.clone(),
                capacity: capacity.saturating_sub(u8::try_from(held).unwrap_or(u8::MAX)),
            });
        }
        Ok(RoundInputs {
            firms,
            mentors,
            settings: settings.clone(),
            targets: programme.details.targets.clone(),
        })
    }

    /// The firm's revenue gap in per cent, 0 to 100: its latest sales of the last twelve
    /// months against a twelfth of its baseline year's turnover, as the recovery need reads it.
    async fn revenue_gap_percent(
        &self,
        unit: &mut dyn UnitOfWork,
        organization: &Organization,
        today: Date,
    ) -> Result<Option<u8>, AppError> {
        let baseline = crate::recovery::baseline_in(unit, organization).await?;
        let Some(monthly) = baseline.monthly_revenue() else { return Ok(None) };
        let to = today.first_of_month();
        let from = to.saturating_sub(jiff::Span::new().months(12));
        let reports = unit.reports_of(organization.id, from, to).await?;
        let latest = reports
            .iter()
            .rev()
            .find_map(|r| r.report.revenue.filter(|m| m.currency() == monthly.currency()));
        let Some(current) = latest else { return Ok(None) };
        let Some(gap) = baseline.revenue_gap(current) else { return Ok(None) };
        if monthly.amount().is_zero() {
            return Ok(None);
        }
        let share = gap.amount() * rust_decimal::Decimal::from(100) / monthly.amount();
        let share = rust_decimal::prelude::ToPrimitive::to_u8(&share.round()).unwrap_or(100);
        Ok(Some(share.min(100)))
    }

    /// A round with its runs and the latest's result: for those who run its programme.
    pub async fn round(&self, actor: &Actor, round_id: Uuid) -> Result<RoundRecord, AppError> {
        let mut unit = self.store().read().await?;
        let (round, programme) = round_seen_by(unit.as_mut(), actor, round_id).await?;
        let runs = unit.runs(round_id).await?;
        let latest = match runs.last() {
            Some(header) => {
                Some(run_record(found(unit.run(round_id, header.number).await?, "match_run", round_id)?)?)
            }
            None => None,
        };
        let proposals = unit.proposals_of_round(round_id).await?;
        let sessions = unit.sessions_of_round(round_id, None).await?;
        Ok(RoundRecord { round, programme, runs, latest, proposals, sessions })
    }

    /// One run of a round, with its inputs: what reproduces it.
    pub async fn round_run(&self, actor: &Actor, round_id: Uuid, number: u64) -> Result<RunRecord, AppError> {
        // Whoever may see the round may see each of its runs.
        let mut unit = self.store().read().await?;
        round_seen_by(unit.as_mut(), actor, round_id).await?;
        run_record(found(unit.run(round_id, number).await?, "match_run", round_id)?)
    }

    /// A programme's rounds, newest first: for those who run it.
    pub async fn rounds_of(&self, actor: &Actor, programme_id: Uuid) -> Result<Vec<MatchRound>, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().read().await?;
        let programme = found(unit.programme(programme_id).await?, "programme", programme_id)?;
        authorize(actor, Action::RunProgramme { run_by: programme.details.run_by })?;
        Ok(unit.rounds_of(programme_id).await?)
    }

    /// Whether `actor` may run rounds of `programme`, for the pages to offer it.
    pub fn may_run_rounds(&self, actor: &Actor, programme: &Programme) -> bool {
        authorize(actor, Action::RunProgramme { run_by: programme.details.run_by }).is_ok()
    }

    /// Publishes the latest run of a round: its pairs become proposals that both sides answer
    /// by `deadline` (tomorrow at the earliest, at most [`MOST_DAYS_TO_ANSWER`] days ahead),
    /// and each side is emailed in their language.
    pub async fn publish_round(
        &self,
        actor: &Actor,
        round_id: Uuid,
        deadline: Date,
    ) -> Result<RoundRecord, AppError> {
        require_signed_in(actor)?;
        let today = self.today();
        let latest_day = today.saturating_add(jiff::Span::new().days(MOST_DAYS_TO_ANSWER));
        if deadline <= today {
            return Err(AppError::field("deadline", Problem::NotAfterToday));
        }
        if deadline > latest_day {
            return Err(AppError::field("deadline", Problem::AtMost { max: latest_day.to_string() }));
        }
        let mut unit = self.store().write().await?;
        let (programme, mut round) = self.round_to_run(unit.as_mut(), actor, round_id).await?;
        if round.state.published.is_some() {
            return Err(AppError::field("round", Problem::AlreadyPublished));
        }
        let header =
            unit.runs(round_id).await?.pop().ok_or_else(|| AppError::field("run", Problem::Required))?;
        let run = run_record(found(unit.run(round_id, header.number).await?, "match_run", round_id)?)?;
        let result = match run.outcome {
            Some(Ok(result)) => result,
            Some(Err(problems)) => return Err(AppError::Invalid(problems)),
            None => return Err(AppError::field("run", Problem::NotYetSolved)),
        };
        if result.pairs.is_empty() {
            return Err(AppError::field("run", Problem::NoPairs));
        }
        let proposals: Vec<Proposal> = result
            .pairs
            .iter()
            .map(|pair| Proposal {
                round_id,
                firm_id: pair.firm,
                mentor_id: pair.mentor,
                fit: pair.fit.clone(),
                pinned: pair.pinned,
                deadline,
                firm_answer: mitra_domain::round::Answer::Pending,
                mentor_answer: mitra_domain::round::Answer::Pending,
                version: 1,
            })
            .collect();
        unit.insert_proposals(&proposals).await?;
        let now = self.clock().now();
        round.state.published = Some(Publication { run: header.number, deadline, at: now });
        unit.update_round(&mut round, now).await?;
        self.tell_both_sides(unit.as_mut(), &programme, &run.inputs, &proposals, now).await?;
        let value = serde_json::json!({ "run": header.number, "deadline": deadline.to_string(), "pairs": proposals.len() });
        let mut change = Change::created_value("match_round_publication", round_id, value);
        change.action = "publish";
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        self.round(actor, round_id).await
    }

    /// Emails each firm's owners and each mentor their proposals, each in their language.
    async fn tell_both_sides(
        &self,
        unit: &mut dyn UnitOfWork,
        programme: &Programme,
        inputs: &RoundInputs,
        proposals: &[Proposal],
        now: jiff::Timestamp,
    ) -> Result<(), AppError> {
        let link = format!("{}/proposals", self.public_url());
        let name = programme.details.name.as_str();
        let firm_ids: Vec<Uuid> = proposals.iter().map(|p| p.firm_id).collect();
        let firms = unit.organizations_by_id(&firm_ids).await?;
        let mut mentees: HashMap<Uuid, Vec<&str>> = HashMap::new();
        for proposal in proposals {
            let Some(firm) = firms.get(&proposal.firm_id) else { continue };
            mentees.entry(proposal.mentor_id).or_default().push(firm.details.name.as_str());
            let mentor =
                inputs.mentors.iter().find(|m| m.id == proposal.mentor_id).map_or("", |m| m.name.as_str());
            for (user, role) in unit.members(firm.id).await? {
                if role != Role::MsmeOwner || user.disabled_at.is_some() {
                    continue;
                }
                let locale = crate::mail::owner_locale(user.locale.as_deref(), firm);
                let args = [
                    ("programme", mitra_i18n::Arg::from(name)),
                    ("firm", mitra_i18n::Arg::from(firm.details.name.as_str())),
                    ("mentor", mitra_i18n::Arg::from(mentor)),
                    ("deadline", mitra_i18n::Arg::Text(locale.date(proposal.deadline))),
                ];
                let subject = locale.t_with("email-proposal-subject", &args);
                let body = locale.t_with("email-proposal-firm", &args);
                tell(unit, now, &user, &locale, &subject, &body, &link).await?;
            }
        }
        for (mentor_id, firms) in mentees {
            let Some(user) = unit.user(mentor_id).await? else { continue };
            let locale = user
                .locale
                .as_deref()
                .and_then(mitra_i18n::Locale::parse)
                .unwrap_or_else(|| mitra_i18n::Locale::of(mitra_i18n::Lang::En));
            let Some(deadline) = proposals.first().map(|p| p.deadline) else { continue };
            let args = [
                ("programme", mitra_i18n::Arg::from(name)),
                ("count", mitra_i18n::Arg::from(firms.len())),
                ("firms", mitra_i18n::Arg::from(firms.join(", "))),
                ("deadline", mitra_i18n::Arg::Text(locale.date(deadline))),
            ];
            let subject = locale.t_with("email-proposal-subject-mentor", &args);
            let body = locale.t_with("email-proposal-mentor", &args);
            tell(unit, now, &user, &locale, &subject, &body, &link).await?;
        }
        Ok(())
    }

    /// The proposals `actor` answers: as a mentor, and for the firms they own; the latest
    /// deadline first.
    pub async fn my_proposals(&self, actor: &Actor) -> Result<Vec<ProposalRecord>, AppError> {
        let person = signed_in(actor)?;
        let today = self.today();
        let mut unit = self.store().read().await?;
        let mut found_proposals: Vec<(Proposal, Side)> = Vec::new();
        if authorize(actor, Action::AnswerAsMentor { mentor_id: person.user_id }).is_ok() {
            found_proposals.extend(
                unit.proposals_of_mentor(person.user_id).await?.into_iter().map(|p| (p, Side::Mentor)),
            );
        }
        let owned: Vec<Uuid> = person
            .memberships
            .iter()
            .filter_map(|m| m.organization_id.filter(|_| m.role == Role::MsmeOwner))
            .collect();
        found_proposals.extend(unit.proposals_of_firms(&owned).await?.into_iter().map(|p| (p, Side::Firm)));
        let mut records = Vec::with_capacity(found_proposals.len());
        for (proposal, side) in found_proposals {
            records.push(self.proposal_record(unit.as_mut(), proposal, side, today).await?);
        }
        records.sort_by_key(|r| std::cmp::Reverse(r.proposal.deadline));
        Ok(records)
    }

    async fn proposal_record(
        &self,
        unit: &mut dyn UnitOfWork,
        proposal: Proposal,
        side: Side,
        today: Date,
    ) -> Result<ProposalRecord, AppError> {
        let round = found(unit.round(proposal.round_id).await?, "match_round", proposal.round_id)?;
        let programme = found(unit.programme(round.programme_id).await?, "programme", round.programme_id)?;
        let firm = found(unit.organization(proposal.firm_id).await?, "organization", proposal.firm_id)?;
        let mentor = found(unit.user(proposal.mentor_id).await?, "user", proposal.mentor_id)?;
        let status = proposal.status(today);
        let contact = if status == PairStatus::Confirmed {
            match side {
                Side::Firm => Some((mentor.name.clone(), mentor.email.to_string())),
                Side::Mentor => unit
                    .members(firm.id)
                    .await?
                    .into_iter()
                    .find(|(user, role)| *role == Role::MsmeOwner && user.disabled_at.is_none())
                    .map(|(user, _)| (user.name, user.email.to_string())),
            }
        } else {
            None
        };
        let sessions = unit.sessions_of_round(proposal.round_id, Some(proposal.firm_id)).await?;
        Ok(ProposalRecord {
            proposal,
            programme,
            firm,
            mentor_name: mentor.name,
            side,
            status,
            contact,
            sessions,
        })
    }

    /// Records `actor`'s answer to the proposal of `firm_id` in a round: as its mentor, or for
    /// the firm as its owner. Refused after the deadline and once that side has answered.
    pub async fn answer_proposal(
        &self,
        actor: &Actor,
        round_id: Uuid,
        firm_id: Uuid,
        accept: bool,
    ) -> Result<ProposalRecord, AppError> {
        require_signed_in(actor)?;
        let today = self.today();
        let mut unit = self.store().write().await?;
        let not_found = || AppError::NotFound { entity: "match_proposal", id: firm_id };
        found(unit.lock_round(round_id).await?, "match_round", round_id)?;
        let mut proposal = unit.proposal(round_id, firm_id).await?.ok_or_else(not_found)?;
        let side = if authorize(actor, Action::AnswerAsMentor { mentor_id: proposal.mentor_id }).is_ok() {
            Side::Mentor
        } else if authorize(actor, Action::AnswerForFirm { firm_id }).is_ok() {
            Side::Firm
        } else {
            return Err(not_found());
        };
        let before = proposal.clone();
        proposal.answer(side, accept, today).map_err(|problem| AppError::Invalid(vec![problem]))?;
        unit.update_proposal(&mut proposal).await?;
        let now = self.clock().now();
        let action = if accept { "accept" } else { "decline" };
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::changed("match_proposal", firm_id, action, &before, &proposal),
        )
        .await?;
        let record = self.proposal_record(unit.as_mut(), proposal, side, today).await?;
        unit.commit().await?;
        Ok(record)
    }

    /// Logs a session of a confirmed pair: by its mentor only, once a day per pair, on a day
    /// that has come.
    pub async fn log_session(
        &self,
        actor: &Actor,
        round_id: Uuid,
        firm_id: Uuid,
        log: SessionLog,
    ) -> Result<MentoringSession, AppError> {
        signed_in(actor)?;
        let today = self.today();
        let mut unit = self.store().write().await?;
        let not_found = || AppError::NotFound { entity: "match_proposal", id: firm_id };
        found(unit.lock_round(round_id).await?, "match_round", round_id)?;
        let proposal = unit.proposal(round_id, firm_id).await?.ok_or_else(not_found)?;
        authorize(actor, Action::AnswerAsMentor { mentor_id: proposal.mentor_id })
            .map_err(|_| not_found())?;
        if proposal.status(today) != PairStatus::Confirmed {
            return Err(AppError::field("pair", Problem::NotConfirmedPair));
        }
        let log = log.check(today).map_err(AppError::Invalid)?.into_inner();
        let now = self.clock().now();
        let session = MentoringSession {
            id: Uuid::now_v7(),
            round_id,
            firm_id,
            mentor_id: proposal.mentor_id,
            log,
            mentee: None,
            logged_at: now,
            version: 1,
        };
        match unit.insert_mentoring_session(&session).await {
            Err(mitra_store::StoreError::Duplicate { .. }) => {
                return Err(AppError::field("held_on", Problem::AlreadyLogged));
            }
            other => other?,
        }
        record_change(unit.as_mut(), actor, now, Change::created("mentoring_session", session.id, &session))
            .await?;
        unit.commit().await?;
        Ok(session)
    }

    /// Whether `actor` may log sessions of the pair: its mentor only (`NotFound` to anyone
    /// else, as for a pair that does not exist), so a form is judged only for them.
    pub async fn may_log_session(
        &self,
        actor: &Actor,
        round_id: Uuid,
        firm_id: Uuid,
    ) -> Result<(), AppError> {
        signed_in(actor)?;
        let mut unit = self.store().read().await?;
        let not_found = || AppError::NotFound { entity: "match_proposal", id: firm_id };
        let proposal = unit.proposal(round_id, firm_id).await?.ok_or_else(not_found)?;
        authorize(actor, Action::AnswerAsMentor { mentor_id: proposal.mentor_id }).map_err(|_| not_found())
    }

    /// Records the mentee's word on a session: by the firm's owner, once.
    pub async fn confirm_session(
        &self,
        actor: &Actor,
        session_id: Uuid,
        word: MenteeWord,
    ) -> Result<MentoringSession, AppError> {
        signed_in(actor)?;
        let mut unit = self.store().write().await?;
        let not_found = || AppError::NotFound { entity: "mentoring_session", id: session_id };
        let mut session = unit.mentoring_session(session_id).await?.ok_or_else(not_found)?;
        authorize(actor, Action::AnswerForFirm { firm_id: session.firm_id }).map_err(|_| not_found())?;
        let before = session.clone();
        session.hear_mentee(word).map_err(|problem| AppError::Invalid(vec![problem]))?;
        unit.update_mentoring_session(&mut session).await?;
        let now = self.clock().now();
        let change = Change::changed("mentoring_session", session_id, "confirm", &before, &session);
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        Ok(session)
    }

    /// A pair's sessions: for its two sides and for those who run the programme.
    pub async fn pair_sessions(
        &self,
        actor: &Actor,
        round_id: Uuid,
        firm_id: Uuid,
    ) -> Result<Vec<MentoringSession>, AppError> {
        signed_in(actor)?;
        let mut unit = self.store().read().await?;
        let not_found = || AppError::NotFound { entity: "match_proposal", id: firm_id };
        let round = found(unit.round(round_id).await?, "match_round", round_id)?;
        let proposal = unit.proposal(round_id, firm_id).await?.ok_or_else(not_found)?;
        let programme = found(unit.programme(round.programme_id).await?, "programme", round.programme_id)?;
        let may = [
            Action::AnswerAsMentor { mentor_id: proposal.mentor_id },
            Action::AnswerForFirm { firm_id },
            Action::RunProgramme { run_by: programme.details.run_by },
        ]
        .into_iter()
        .any(|action| authorize(actor, action).is_ok());
        if !may {
            return Err(not_found());
        }
        Ok(unit.sessions_of_round(round_id, Some(firm_id)).await?)
    }

    /// Starts a follow-up of a published round: the same population and weights, its
    /// confirmed pairs pinned, its declined pairs forbidden, so the firms whose pairs were
    /// declined or expired are matched again around the pairs that hold.
    pub async fn follow_up_round(&self, actor: &Actor, round_id: Uuid) -> Result<RoundRecord, AppError> {
        let person = signed_in(actor)?;
        let today = self.today();
        let mut unit = self.store().write().await?;
        let (programme, previous) = self.round_to_run(unit.as_mut(), actor, round_id).await?;
        if previous.state.published.is_none() {
            return Err(AppError::field("round", Problem::NotYetPublished));
        }
        let proposals = unit.proposals_of_round(round_id).await?;
        let mut settings = previous.state.settings.clone();
        settings.pins = proposals
            .iter()
            .filter(|p| p.status(today) == PairStatus::Confirmed)
            .map(|p| Pair { firm: p.firm_id, mentor: p.mentor_id })
            .collect();
        for p in proposals.iter().filter(|p| p.status(today) == PairStatus::Declined) {
            let pair = Pair { firm: p.firm_id, mentor: p.mentor_id };
            if !settings.forbids.contains(&pair) {
                settings.forbids.push(pair);
            }
        }
        settings.forbids.retain(|pair| !settings.pins.contains(pair));
        let state = RoundState { settings, published: None, follow_up_of: Some(round_id) };
        let follow_up = self.open_round(unit.as_mut(), actor, person, &programme, state).await?;
        unit.commit().await?;
        self.round(actor, follow_up).await
    }

    /// Solves a run that a job names and stores its outcome with the job's item, in one unit
    /// of work; the engine runs on the blocking pool, off the async executor.
    pub(crate) async fn solve_run_of(&self, unit_job: &Job) -> Result<(), AppError> {
        let asked: RunJob = serde_json::from_str(&unit_job.body).map_err(AppError::internal)?;
        let inputs = {
            let mut unit = self.store().read().await?;
            let run = found(unit.run(asked.round_id, asked.number).await?, "match_run", asked.round_id)?;
            if run.outcome.is_some() {
                None
            } else {
                Some(serde_json::from_str::<RoundInputs>(&run.inputs).map_err(AppError::internal)?)
            }
        };
        let stored = match inputs {
            None => None,
            Some(inputs) => {
                let started = std::time::Instant::now();
                let solved = tokio::task::spawn_blocking(move || plan::solve(&inputs))
                    .await
                    .map_err(AppError::internal)?;
                let milliseconds = started.elapsed().as_millis() as u64;
                Some(match solved {
                    Ok(result) => StoredOutcome::Solved { result, milliseconds },
                    Err(problems) => StoredOutcome::Refused {
                        problems: problems.into_iter().map(|p| (p.field, p.problem.to_string())).collect(),
                    },
                })
            }
        };
        let mut unit = self.store().write().await?;
        let now = self.clock().now();
        if !unit.renew_job(unit_job.id, &self.inner.holder, self.claim_end(now)).await? {
            return Ok(());
        }
        if let Some(stored) = stored {
            unit.finish_run(
                asked.round_id,
                asked.number,
                &serde_json::to_string(&stored).map_err(AppError::internal)?,
                now,
            )
            .await?;
        }
        for mut item in unit.pending_items(unit_job.id, 1).await? {
            item.outcome = Some("done".into());
            unit.record_item(unit_job.id, &item).await?;
        }
        unit.finish_job(unit_job.id, now).await?;
        unit.commit().await?;
        Ok(())
    }
}

/// Emails `user` `subject` and `body`, greeted by name in `locale`, with the link to their
/// proposals.
async fn tell(
    unit: &mut dyn UnitOfWork,
    now: jiff::Timestamp,
    user: &mitra_store::User,
    locale: &mitra_i18n::Locale,
    subject: &str,
    body: &str,
    link: &str,
) -> Result<(), AppError> {
    let greeting = locale.t_with("email-greeting-name", &[("name", user.name.as_str().into())]);
    let text = format!("{greeting}\n\n{body}\n\n{link}\n");
    crate::accounts::queue(unit, now, user.email.as_str(), subject, &text).await
}

/// A round and its programme, for one who runs the programme: `NotFound` to anyone else, as
/// for a round that does not exist.
async fn round_seen_by(
    unit: &mut dyn UnitOfWork,
    actor: &Actor,
    round_id: Uuid,
) -> Result<(MatchRound, Programme), AppError> {
    require_signed_in(actor)?;
    let round = found(unit.round(round_id).await?, "match_round", round_id)?;
    let programme = found(unit.programme(round.programme_id).await?, "programme", round.programme_id)?;
    authorize(actor, Action::RunProgramme { run_by: programme.details.run_by })
        .map_err(|e| hide_forbidden(e, "match_round", round_id))?;
    Ok((round, programme))
}

/// The person acting: rounds are run and answered by people, never by the system.
fn signed_in(actor: &Actor) -> Result<&crate::Person, AppError> {
    require_signed_in(actor)?;
    actor.person().ok_or(AppError::Forbidden)
}

/// A stored run read back: a refusal is solved again from the inputs, which gives the same
/// problems, typed.
fn run_record(run: MatchRun) -> Result<RunRecord, AppError> {
    let inputs: RoundInputs = serde_json::from_str(&run.inputs).map_err(AppError::internal)?;
    let (outcome, milliseconds) = match run
        .outcome
        .as_deref()
        .map(serde_json::from_str::<StoredOutcome>)
        .transpose()
        .map_err(AppError::internal)?
    {
        None => (None, None),
        Some(StoredOutcome::Solved { result, milliseconds }) => (Some(Ok(result)), Some(milliseconds)),
        Some(StoredOutcome::Refused { .. }) => (Some(plan::solve(&inputs)), None),
    };
    Ok(RunRecord { header: run.header, inputs, outcome, milliseconds })
}
