//! Applications from an MSME to an opportunity, and their reviews.
//!
//! An application moves through a fixed set of states, and only by the transitions below,
//! each made by one party:
//!
//! | transition       | from                                             | to          | by        |
//! |------------------|--------------------------------------------------|-------------|-----------|
//! | `submit`         | draft                                            | submitted   | applicant |
//! | `pass_screening` | submitted                                        | screened    | Mitra     |
//! | `fail_screening` | submitted                                        | rejected    | Mitra     |
//! | `review`         | screened                                         | in review   | reviewer  |
//! | `approve`        | screened, in review                              | approved    | approver  |
//! | `waitlist`       | screened, in review                              | waitlisted  | approver  |
//! | `promote`        | waitlisted                                       | approved    | Mitra     |
//! | `reject`         | screened, in review, waitlisted, approved        | rejected    | approver  |
//! | `withdraw`       | draft, submitted, screened, in review, waitlisted, approved | withdrawn | applicant |
//!
//! Screening is the eligibility rules judged automatically at submission. An approval that
//! finds the opportunity's capacity gone waitlists instead; a seat or an amount given back
//! (a withdrawal or a rejection after approval) goes to the first on the waitlist that fits.
//! Rejected and withdrawn are final.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::geo::Language;
use crate::money::Money;
use crate::opportunity::Capacity;
use crate::organization::names;
use crate::text::{Description, Text};
use crate::validation::{Checked, Invalid, Problem};

/// Where an application stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    Draft,
    Submitted,
    Screened,
    InReview,
    Approved,
    Rejected,
    Withdrawn,
    Waitlisted,
}

names!(ApplicationStatus {
    Draft => "draft",
    Submitted => "submitted",
    Screened => "screened",
    InReview => "in_review",
    Approved => "approved",
    Rejected => "rejected",
    Withdrawn => "withdrawn",
    Waitlisted => "waitlisted",
});

impl ApplicationStatus {
    /// Whether nothing can happen to it any more.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Rejected | Self::Withdrawn)
    }

    /// Whether it counts against the opportunity's capacity.
    pub fn holds_capacity(self) -> bool {
        self == Self::Approved
    }

    /// Whether it waits for a decision (a reviewer's queue and an approver's list).
    pub fn awaits_decision(self) -> bool {
        matches!(self, Self::Screened | Self::InReview | Self::Waitlisted)
    }
}

/// One step of an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    Submit,
    PassScreening,
    FailScreening,
    Review,
    Approve,
    Waitlist,
    Promote,
    Reject,
    Withdraw,
}

names!(Transition {
    Submit => "submit",
    PassScreening => "pass_screening",
    FailScreening => "fail_screening",
    Review => "review",
    Approve => "approve",
    Waitlist => "waitlist",
    Promote => "promote",
    Reject => "reject",
    Withdraw => "withdraw",
});

/// Who makes a transition. The policy says which people are which party for an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Party {
    /// The MSME's owners.
    Applicant,
    Reviewer,
    Approver,
    /// Mitra itself: screening and the waitlist.
    Mitra,
}

impl Transition {
    /// The state this transition leads to from `from`, when `by` may make it.
    pub fn apply(self, from: ApplicationStatus, by: Party) -> Result<ApplicationStatus, Refusal> {
        use ApplicationStatus as S;
        let (froms, to, party): (&[S], S, Party) = match self {
            Self::Submit => (&[S::Draft], S::Submitted, Party::Applicant),
            Self::PassScreening => (&[S::Submitted], S::Screened, Party::Mitra),
            Self::FailScreening => (&[S::Submitted], S::Rejected, Party::Mitra),
            Self::Review => (&[S::Screened], S::InReview, Party::Reviewer),
            Self::Approve => (&[S::Screened, S::InReview], S::Approved, Party::Approver),
            Self::Waitlist => (&[S::Screened, S::InReview], S::Waitlisted, Party::Approver),
            Self::Promote => (&[S::Waitlisted], S::Approved, Party::Mitra),
            Self::Reject => {
                (&[S::Screened, S::InReview, S::Waitlisted, S::Approved], S::Rejected, Party::Approver)
            }
            Self::Withdraw => (
                &[S::Draft, S::Submitted, S::Screened, S::InReview, S::Waitlisted, S::Approved],
                S::Withdrawn,
                Party::Applicant,
            ),
        };
        if by != party {
            return Err(Refusal::NotYourStep);
        }
        if !froms.contains(&from) {
            return Err(Refusal::NotNow { status: from });
        }
        Ok(to)
    }
}

/// Why an application, or a step of it, was refused. Each has a sentence in every language
/// (`key`) and in English for the API (`Display`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("this step cannot be taken while the application is {status}")]
    NotNow { status: ApplicationStatus },
    #[error("this step is not yours to take on this application")]
    NotYourStep,
    #[error("the opportunity is not taking applications now")]
    Closed,
    #[error("the opportunity has given out all it has")]
    Full,
    #[error("this firm has already applied to this opportunity")]
    AlreadyApplied,
    #[error("you declared a conflict of interest with this application")]
    ConflictOfInterest,
    #[error("you reviewed this application, and this programme wants another person to decide it")]
    ReviewedIt,
    #[error("the firm does not meet the opportunity's rules")]
    NotEligible,
    #[error("the firm's profile lacks figures the opportunity's rules need")]
    ProfileIncomplete,
    #[error("applications have been reviewed under this rubric, so it can no longer change")]
    RubricInUse,
    #[error("the opportunity has no rubric to score by")]
    NoRubric,
}

impl Refusal {
    /// One of each kind, for the test that checks every language says them all.
    pub const EACH: [Refusal; 11] = [
        Refusal::NotNow { status: ApplicationStatus::Draft },
        Refusal::NotYourStep,
        Refusal::Closed,
        Refusal::Full,
        Refusal::AlreadyApplied,
        Refusal::ConflictOfInterest,
        Refusal::ReviewedIt,
        Refusal::NotEligible,
        Refusal::ProfileIncomplete,
        Refusal::RubricInUse,
        Refusal::NoRubric,
    ];

    /// The Fluent message that says it.
    pub fn key(self) -> &'static str {
        match self {
            Self::NotNow { .. } => "refusal-not-now",
            Self::NotYourStep => "refusal-not-your-step",
            Self::Closed => "refusal-closed",
            Self::Full => "refusal-full",
            Self::AlreadyApplied => "refusal-already-applied",
            Self::ConflictOfInterest => "refusal-conflict-of-interest",
            Self::ReviewedIt => "refusal-reviewed-it",
            Self::NotEligible => "refusal-not-eligible",
            Self::ProfileIncomplete => "refusal-profile-incomplete",
            Self::RubricInUse => "refusal-rubric-in-use",
            Self::NoRubric => "refusal-no-rubric",
        }
    }
}

/// What an applicant writes: how much it asks for (where the opportunity gives money) and
/// why. Checked against the opportunity it is for.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct ApplicationDraft {
    pub amount: Option<Money>,
    pub statement: Option<Description>,
}

impl ApplicationDraft {
    /// Checks the draft against what the opportunity can give: an amount is needed where it
    /// has a money budget or a per-firm limit, in its currency, above zero and within the
    /// limit; and never where it gives none.
    pub fn check(
        self,
        capacity: &Capacity,
        currency: crate::Currency,
    ) -> Result<Checked<Self>, Vec<Invalid>> {
        let mut problems = Vec::new();
        let gives_money = capacity.budget.is_some() || capacity.max_per_firm.is_some();
        match (&self.amount, gives_money) {
            (None, true) => problems.push(Invalid::new("amount", Problem::Required)),
            (Some(_), false) => problems.push(Invalid::new("amount", Problem::NoMoneyHere)),
            (Some(amount), true) if amount.currency() != currency => problems.push(Invalid::new(
                "amount",
                Problem::NotInBudgetCurrency { currency: currency.to_string() },
            )),
            (Some(amount), true) if amount.amount() <= Decimal::ZERO => {
                problems.push(Invalid::new("amount", Problem::NotPositive));
            }
            (Some(amount), true) => {
                if let Some(limit) = &capacity.max_per_firm
                    && amount.checked_cmp(limit).is_ok_and(|o| o.is_gt())
                {
                    problems.push(Invalid::new("amount", Problem::AboveLimit { limit: limit.to_string() }));
                }
            }
            (None, false) => {}
        }
        if problems.is_empty() { Ok(Checked::new(self)) } else { Err(problems) }
    }
}

/// The eligibility rules as they judged an application at submission: which version, on
/// which date, and which criteria it failed or could not be judged on (the criteria of a rule
/// set must all pass).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Screening {
    pub on: Date,
    /// The version of the rules in force on that date; `None` when the opportunity had none.
    pub rule_set_version: Option<u32>,
    pub failed: Vec<String>,
    pub unknown: Vec<String>,
}

impl Screening {
    pub fn passed(&self) -> bool {
        self.failed.is_empty() && self.unknown.is_empty()
    }
}

/// One step in an application's history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    pub at: Timestamp,
    pub transition: String,
    pub status: String,
    /// The person who took it; `None` for Mitra.
    pub by: Option<Uuid>,
}

/// A stored application.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Application {
    pub id: Uuid,
    pub opportunity_id: Uuid,
    pub msme_id: Uuid,
    pub status: ApplicationStatus,
    #[serde(flatten)]
    pub details: ApplicationDraft,
    /// The application date: the day it was submitted, on which its rules are read.
    pub submitted_on: Option<Date>,
    pub screening: Option<Screening>,
    /// Who approved or rejected it.
    pub decided_by: Option<Uuid>,
    pub history: Vec<Step>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub version: u64,
}

impl Application {
    /// Takes `transition` by `party` (the person `by`, or Mitra) at `at`, recording it in the
    /// history.
    pub fn take(
        &mut self,
        transition: Transition,
        party: Party,
        by: Option<Uuid>,
        at: Timestamp,
    ) -> Result<(), Refusal> {
        let to = transition.apply(self.status, party)?;
        self.status = to;
        self.updated_at = at;
        self.history.push(Step {
            at,
            transition: transition.as_str().to_owned(),
            status: to.as_str().to_owned(),
            by,
        });
        Ok(())
    }
}

/// What an opportunity has given out: approved applications and their amounts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Uptake {
    pub seats: u32,
    /// The sum of the approved amounts, in the opportunity's currency.
    pub amount: Option<Money>,
}

impl Uptake {
    /// Whether an application asking for `amount` fits in what `capacity` has left.
    pub fn fits(&self, capacity: &Capacity, amount: Option<&Money>) -> bool {
        if capacity.seats.is_some_and(|seats| self.seats >= seats) {
            return false;
        }
        match (&capacity.budget, amount) {
            (Some(budget), Some(asked)) => {
                let taken = self.amount.as_ref().map_or(Decimal::ZERO, Money::amount);
                taken + asked.amount() <= budget.amount()
            }
            _ => true,
        }
    }

    /// What is taken once an application asking for `amount` is approved.
    pub fn take(&mut self, amount: Option<&Money>) {
        self.seats += 1;
        if let Some(asked) = amount {
            self.amount = Some(match &self.amount {
                Some(taken) => taken.checked_add(asked).unwrap_or(*taken),
                None => *asked,
            });
        }
    }

    /// What is given back when an approved application asking for `amount` is withdrawn or
    /// rejected.
    pub fn give_back(&mut self, amount: Option<&Money>) {
        self.seats = self.seats.saturating_sub(1);
        if let (Some(taken), Some(asked)) = (&self.amount, amount) {
            self.amount = taken.checked_sub(asked).ok();
        }
    }

    /// Seats and money left, where the capacity limits them.
    pub fn left(&self, capacity: &Capacity) -> (Option<u32>, Option<Money>) {
        let seats = capacity.seats.map(|seats| seats.saturating_sub(self.seats));
        let money = capacity.budget.as_ref().map(|budget| match &self.amount {
            Some(taken) => budget.checked_sub(taken).unwrap_or(*budget),
            None => *budget,
        });
        (seats, money)
    }
}

/// How the applications to an opportunity are scored: criteria with weights, on a scale from
/// 1 to `scale`, and whether the person who reviews may also decide.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Rubric {
    pub criteria: Vec<RubricCriterion>,
    pub scale: u8,
    /// When true, nobody may approve or reject an application they scored.
    pub separate_approver: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RubricCriterion {
    pub key: Text<40>,
    /// What the criterion asks, per language; English is required.
    pub labels: BTreeMap<Language, Text<300>>,
    /// From 1 to 10.
    pub weight: u8,
}

impl RubricCriterion {
    /// The label in `language`, or the English one.
    pub fn label(&self, language: &str) -> &str {
        Language::parse(language)
            .ok()
            .and_then(|l| self.labels.get(&l))
            .or_else(|| Language::parse("en").ok().and_then(|en| self.labels.get(&en)))
            .map_or(self.key.as_str(), |t| t.as_str())
    }
}

/// Most criteria in a rubric.
pub const MAX_RUBRIC_CRITERIA: usize = 20;

impl Rubric {
    pub fn check(self) -> Result<Checked<Self>, Vec<Invalid>> {
        let mut problems = Vec::new();
        if self.criteria.is_empty() {
            problems.push(Invalid::new("criteria", Problem::Required));
        }
        if self.criteria.len() > MAX_RUBRIC_CRITERIA {
            problems.push(Invalid::new("criteria", Problem::AtMost { max: MAX_RUBRIC_CRITERIA.to_string() }));
        }
        if !(2..=10).contains(&self.scale) {
            problems.push(Invalid::new("scale", Problem::Between { min: 2, max: 10 }));
        }
        let english = Language::parse("en").ok();
        for (i, criterion) in self.criteria.iter().enumerate() {
            if !(1..=10).contains(&criterion.weight) {
                problems.push(Invalid::new(
                    format!("criteria[{i}].weight"),
                    Problem::Between { min: 1, max: 10 },
                ));
            }
            if english.is_some_and(|en| !criterion.labels.contains_key(&en)) {
                problems.push(Invalid::new(format!("criteria[{i}].labels.en"), Problem::Required));
            }
            if self.criteria[..i].iter().any(|c| c.key == criterion.key) {
                problems.push(Invalid::new(
                    format!("criteria[{i}].key"),
                    Problem::Repeats { item: criterion.key.to_string() },
                ));
            }
        }
        if problems.is_empty() { Ok(Checked::new(self)) } else { Err(problems) }
    }

    /// The weighted mean of `scores` (one per criterion, each on the scale), to two places:
    /// `None` until every criterion is scored.
    pub fn weighted(&self, scores: &BTreeMap<String, u8>) -> Option<Decimal> {
        let mut total = 0u32;
        let mut weights = 0u32;
        for criterion in &self.criteria {
            let score = scores.get(criterion.key.as_str())?;
            total += u32::from(*score) * u32::from(criterion.weight);
            weights += u32::from(criterion.weight);
        }
        (weights > 0).then(|| (Decimal::from(total) / Decimal::from(weights)).round_dp(2))
    }

    /// Checks a reviewer's scores: every criterion scored once, on the scale, and nothing else.
    pub fn check_scores(&self, scores: &BTreeMap<String, u8>) -> Result<(), Vec<Invalid>> {
        let mut problems = Vec::new();
        for criterion in &self.criteria {
            match scores.get(criterion.key.as_str()) {
                None => problems.push(Invalid::new(format!("scores.{}", criterion.key), Problem::Required)),
                Some(score) if !(1..=self.scale).contains(score) => problems.push(Invalid::new(
                    format!("scores.{}", criterion.key),
                    Problem::Between { min: 1, max: i64::from(self.scale) },
                )),
                Some(_) => {}
            }
        }
        for key in scores.keys() {
            if !self.criteria.iter().any(|c| c.key.as_str() == key) {
                problems.push(Invalid::new(format!("scores.{key}"), Problem::NotInList));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(problems) }
    }
}

/// A reviewer's word on an application: scores by criterion and a comment, or a declared
/// conflict of interest (and then no scores).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Review {
    pub application_id: Uuid,
    pub reviewer_id: Uuid,
    pub conflict: bool,
    pub scores: BTreeMap<String, u8>,
    pub comment: Option<Description>,
    pub at: Timestamp,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;
    use ApplicationStatus as S;

    fn cad(amount: i64) -> Money {
        Money::new(Decimal::from(amount), Currency::parse("CAD").unwrap()).unwrap()
    }

    #[test]
    fn every_transition_goes_only_from_its_states_and_only_by_its_party() {
        let parties = [Party::Applicant, Party::Reviewer, Party::Approver, Party::Mitra];
        let allowed: &[(Transition, S, S, Party)] = &[
            (Transition::Submit, S::Draft, S::Submitted, Party::Applicant),
            (Transition::PassScreening, S::Submitted, S::Screened, Party::Mitra),
            (Transition::FailScreening, S::Submitted, S::Rejected, Party::Mitra),
            (Transition::Review, S::Screened, S::InReview, Party::Reviewer),
            (Transition::Approve, S::Screened, S::Approved, Party::Approver),
            (Transition::Approve, S::InReview, S::Approved, Party::Approver),
            (Transition::Waitlist, S::Screened, S::Waitlisted, Party::Approver),
            (Transition::Waitlist, S::InReview, S::Waitlisted, Party::Approver),
            (Transition::Promote, S::Waitlisted, S::Approved, Party::Mitra),
            (Transition::Reject, S::Screened, S::Rejected, Party::Approver),
            (Transition::Reject, S::InReview, S::Rejected, Party::Approver),
            (Transition::Reject, S::Waitlisted, S::Rejected, Party::Approver),
            (Transition::Reject, S::Approved, S::Rejected, Party::Approver),
            (Transition::Withdraw, S::Draft, S::Withdrawn, Party::Applicant),
            (Transition::Withdraw, S::Submitted, S::Withdrawn, Party::Applicant),
            (Transition::Withdraw, S::Screened, S::Withdrawn, Party::Applicant),
            (Transition::Withdraw, S::InReview, S::Withdrawn, Party::Applicant),
            (Transition::Withdraw, S::Waitlisted, S::Withdrawn, Party::Applicant),
            (Transition::Withdraw, S::Approved, S::Withdrawn, Party::Applicant),
        ];
        for &transition in Transition::ALL {
            for &from in S::ALL {
                for party in parties {
                    let expected = allowed
                        .iter()
                        .find(|(t, f, _, p)| *t == transition && *f == from && *p == party)
                        .map(|(_, _, to, _)| *to);
                    let got = transition.apply(from, party).ok();
                    assert_eq!(got, expected, "{transition} from {from} by {party:?}");
                }
            }
        }
    }

    #[test]
    fn a_rejected_or_withdrawn_application_takes_no_further_step() {
        for status in [S::Rejected, S::Withdrawn] {
            assert!(status.is_final());
            for &transition in Transition::ALL {
                for party in [Party::Applicant, Party::Reviewer, Party::Approver, Party::Mitra] {
                    assert!(transition.apply(status, party).is_err());
                }
            }
        }
    }

    #[test]
    fn the_wrong_party_is_told_it_is_not_their_step_before_the_state_is_looked_at() {
        assert_eq!(Transition::Approve.apply(S::Draft, Party::Applicant), Err(Refusal::NotYourStep));
        assert_eq!(
            Transition::Approve.apply(S::Draft, Party::Approver),
            Err(Refusal::NotNow { status: S::Draft })
        );
    }

    #[test]
    fn an_amount_is_needed_where_the_opportunity_gives_money_and_stays_within_its_limit() {
        let cad_code = Currency::parse("CAD").unwrap();
        let loan =
            Capacity { budget: Some(cad(1_000_000)), max_per_firm: Some(cad(60_000)), ..Capacity::default() };
        let fields = |draft: ApplicationDraft, capacity: &Capacity| {
            draft
                .check(capacity, cad_code)
                .err()
                .unwrap_or_default()
                .into_iter()
                .map(|i| i.problem)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(ApplicationDraft::default(), &loan), vec![Problem::Required]);
        assert!(fields(ApplicationDraft { amount: Some(cad(60_000)), statement: None }, &loan).is_empty());
        assert_eq!(
            fields(ApplicationDraft { amount: Some(cad(60_001)), statement: None }, &loan),
            vec![Problem::AboveLimit { limit: cad(60_000).to_string() }]
        );
        assert_eq!(
            fields(ApplicationDraft { amount: Some(cad(0)), statement: None }, &loan),
            vec![Problem::NotPositive]
        );
        let usd = Money::new(Decimal::from(10), Currency::parse("USD").unwrap()).unwrap();
        assert_eq!(
            fields(ApplicationDraft { amount: Some(usd), statement: None }, &loan),
            vec![Problem::NotInBudgetCurrency { currency: "CAD".to_owned() }]
        );
        let seats = Capacity { seats: Some(10), ..Capacity::default() };
        assert!(fields(ApplicationDraft::default(), &seats).is_empty());
        assert_eq!(
            fields(ApplicationDraft { amount: Some(cad(5)), statement: None }, &seats),
            vec![Problem::NoMoneyHere]
        );
    }

    #[test]
    fn the_uptake_never_lets_a_seat_or_an_amount_past_the_capacity() {
        let capacity = Capacity { seats: Some(2), budget: Some(cad(100_000)), ..Capacity::default() };
        let mut uptake = Uptake::default();
        assert!(uptake.fits(&capacity, Some(&cad(60_000))));
        uptake.take(Some(&cad(60_000)));
        assert!(!uptake.fits(&capacity, Some(&cad(40_001))), "the budget would be passed by one dollar");
        assert!(uptake.fits(&capacity, Some(&cad(40_000))), "exactly the budget fits");
        uptake.take(Some(&cad(40_000)));
        assert_eq!(uptake.left(&capacity), (Some(0), Some(cad(0))));
        assert!(!uptake.fits(&capacity, Some(&cad(1))));
        uptake.give_back(Some(&cad(60_000)));
        assert_eq!(uptake.left(&capacity), (Some(1), Some(cad(60_000))));
        let seats_only = Capacity { seats: Some(1), ..Capacity::default() };
        let taken = Uptake { seats: 1, amount: None };
        assert!(!taken.fits(&seats_only, None));
        assert!(Uptake::default().fits(&Capacity::default(), None), "no capacity given means no limit");
    }

    fn rubric() -> Rubric {
        let en = Language::parse("en").unwrap();
        let criterion = |key: &str, weight| RubricCriterion {
            key: Text::parse(key).unwrap(),
            labels: BTreeMap::from([(en, Text::parse(key).unwrap())]),
            weight,
        };
        Rubric {
            criteria: vec![criterion("viability", 3), criterion("need", 1)],
            scale: 5,
            separate_approver: true,
        }
    }

    #[test]
    fn a_weighted_score_is_the_mean_of_the_scores_by_their_weights_once_every_criterion_is_scored() {
        let rubric = rubric();
        let scores = BTreeMap::from([("viability".to_owned(), 4), ("need".to_owned(), 2)]);
        assert_eq!(rubric.weighted(&scores), Some(Decimal::new(350, 2)));
        assert_eq!(rubric.weighted(&BTreeMap::from([("need".to_owned(), 2)])), None);
    }

    #[test]
    fn scores_must_cover_every_criterion_on_the_scale_and_nothing_else() {
        let rubric = rubric();
        let fields = |scores: &[(&str, u8)]| {
            let scores = scores.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect();
            rubric
                .check_scores(&scores)
                .err()
                .unwrap_or_default()
                .into_iter()
                .map(|i| i.field)
                .collect::<Vec<_>>()
        };
        assert!(fields(&[("viability", 5), ("need", 1)]).is_empty());
        assert_eq!(fields(&[("viability", 6), ("need", 0)]), vec!["scores.viability", "scores.need"]);
        assert_eq!(fields(&[("viability", 3)]), vec!["scores.need"]);
        assert_eq!(fields(&[("viability", 3), ("need", 3), ("luck", 3)]), vec!["scores.luck"]);
    }

    #[test]
    fn a_rubric_needs_criteria_with_english_labels_weights_and_a_scale() {
        let mut bad = rubric();
        bad.scale = 1;
        bad.criteria[1].weight = 0;
        bad.criteria[1].key = bad.criteria[0].key.clone();
        bad.criteria[0].labels.clear();
        let fields: Vec<String> = bad.check().unwrap_err().into_iter().map(|i| i.field).collect();
        assert_eq!(fields, vec!["scale", "criteria[0].labels.en", "criteria[1].weight", "criteria[1].key"]);
        assert!(rubric().check().is_ok());
    }
}
