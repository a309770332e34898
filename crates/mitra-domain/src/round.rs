//! Match rounds: a programme's cohort of firms assigned to the mentors of its pool.
//!
//! A programme manager picks the population (the programme's approved applicants, or the firms
//! recorded as taking part in it), the weights of the fit's named contributions, and pins or
//! forbids pairs by hand; the round is then solved on the exact engine. What a firm and a mentor
//! are to a round is copied into the run ([`Firm`], [`Mentor`]), with the settings, so a run can
//! be solved again from what it stored and give the same pairs.
//!
//! The fit of a firm and a mentor is a sum of named contributions, each a weight (0 to 10)
//! times points (0 to 10): the mentor knows the firm's industry (its ISIC section), they share
//! the firm's first language or another, the mentor names the firm's region or mentors anywhere
//! in the country, and the firm's recovery need (its revenue gap against its baseline). Three
//! things rule a pair out whatever the weights: a mentor in another country, no shared language,
//! and a mentor who names regions that do not include the firm's.

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use crate::geo::{Country, Language};
use crate::programme::FairnessTargets;
use crate::text::Region;
use crate::validation::{Checked, Invalid, Problem};

/// The most a weight can be.
pub const MOST_WEIGHT: u8 = 10;
/// The most points one contribution gives before its weight.
pub const MOST_POINTS: u32 = 10;
/// The most pins or forbidden pairs a round keeps.
pub const MOST_PAIRS_BY_HAND: usize = 500;

/// Which firms a round assigns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Population {
    /// Firms whose application to one of the programme's opportunities was approved, in the
    /// order they applied.
    ApprovedApplicants,
    /// Firms recorded as taking part in the programme, in the order they joined.
    Participants,
}

impl Population {
    pub const ALL: [Population; 2] = [Population::ApprovedApplicants, Population::Participants];

    pub fn as_str(self) -> &'static str {
        match self {
            Population::ApprovedApplicants => "approved_applicants",
            Population::Participants => "participants",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == raw.trim())
    }
}

/// How much each named contribution counts, 0 to [`MOST_WEIGHT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Weights {
    pub industry: u8,
    pub language: u8,
    pub region: u8,
    pub need: u8,
}

impl Default for Weights {
    fn default() -> Self {
        Self { industry: 4, language: 2, region: 2, need: 3 }
    }
}

/// A firm and a mentor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Pair {
    pub firm: Uuid,
    pub mentor: Uuid,
}

/// A mentor's capacity for this round only, in place of their profile's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CapacityChange {
    pub mentor: Uuid,
    pub capacity: u8,
}

/// What a manager chooses for a round.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RoundSettings {
    pub population: Population,
    pub weights: Weights,
    /// Pairs that must be made.
    #[serde(default)]
    pub pins: Vec<Pair>,
    /// Pairs that must not be made.
    #[serde(default)]
    pub forbids: Vec<Pair>,
    #[serde(default)]
    pub capacities: Vec<CapacityChange>,
}

impl RoundSettings {
    pub fn new(population: Population) -> Self {
        Self {
            population,
            weights: Weights::default(),
            pins: Vec::new(),
            forbids: Vec::new(),
            capacities: Vec::new(),
        }
    }

    /// Checks what no single field can; every problem is reported with its field.
    pub fn check(self) -> Result<Checked<Self>, Vec<Invalid>> {
        let mut problems = Vec::new();
        let w = self.weights;
        for (field, weight) in [
            ("weights.industry", w.industry),
            ("weights.language", w.language),
            ("weights.region", w.region),
            ("weights.need", w.need),
        ] {
            if weight > MOST_WEIGHT {
                problems.push(Invalid::new(field, Problem::Between { min: 0, max: MOST_WEIGHT.into() }));
            }
        }
        for (field, pairs) in [("pins", &self.pins), ("forbids", &self.forbids)] {
            if pairs.len() > MOST_PAIRS_BY_HAND {
                problems.push(Invalid::new(field, Problem::AtMost { max: MOST_PAIRS_BY_HAND.to_string() }));
            }
        }
        for (index, pin) in self.pins.iter().enumerate() {
            if self.pins[..index].iter().any(|other| other.firm == pin.firm) {
                problems.push(Invalid::new(format!("pins[{index}]"), Problem::PinnedTwice));
            }
            if self.forbids.contains(pin) {
                problems.push(Invalid::new(format!("pins[{index}]"), Problem::PinnedAndForbidden));
            }
        }
        for (index, change) in self.capacities.iter().enumerate() {
            if change.capacity > crate::mentor::MOST_MENTEES {
                problems.push(Invalid::new(
                    format!("capacities[{index}].capacity"),
                    Problem::Between { min: 0, max: crate::mentor::MOST_MENTEES.into() },
                ));
            }
            if self.capacities[..index].iter().any(|other| other.mentor == change.mentor) {
                problems.push(Invalid::new(
                    format!("capacities[{index}].mentor"),
                    Problem::Repeats { item: change.mentor.to_string() },
                ));
            }
        }
        if problems.is_empty() { Ok(Checked::new(self)) } else { Err(problems) }
    }

    /// The capacity of `mentor` in this round: the change, else `profile`'s.
    pub fn capacity_of(&self, mentor: Uuid, profile: u8) -> u8 {
        self.capacities.iter().find(|c| c.mentor == mentor).map_or(profile, |c| c.capacity)
    }
}

/// What a round knows of a firm, copied when the run is asked for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Firm {
    pub id: Uuid,
    pub name: String,
    pub country: Country,
    pub region: Option<Region>,
    /// The ISIC section letter of its industry.
    pub section: Option<String>,
    /// Its languages, the first the one it works in.
    pub languages: Vec<Language>,
    pub women_led: bool,
    pub youth_led: bool,
    /// Its revenue gap against its baseline, in per cent (0 to 100), from its latest report.
    pub need: Option<u8>,
}

/// What a round knows of a mentor, copied when the run is asked for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mentor {
    pub id: Uuid,
    pub name: String,
    pub expertise: Vec<String>,
    pub languages: Vec<Language>,
    pub country: Country,
    pub regions: Vec<Region>,
    /// Mentees this round may give them.
    pub capacity: u8,
}

/// One named part of a fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contribution {
    /// The mentor knows the firm's industry.
    Industry,
    /// They share the firm's first language (10 points) or another of its languages (5).
    Language,
    /// The mentor names the firm's region (10 points) or mentors anywhere in the country (5).
    Region,
    /// The firm's revenue gap, a point per 10 per cent.
    Need,
}

impl Contribution {
    pub const ALL: [Contribution; 4] =
        [Contribution::Industry, Contribution::Language, Contribution::Region, Contribution::Need];

    pub fn as_str(self) -> &'static str {
        match self {
            Contribution::Industry => "industry",
            Contribution::Language => "language",
            Contribution::Region => "region",
            Contribution::Need => "need",
        }
    }

    fn weight(self, weights: &Weights) -> u32 {
        u32::from(match self {
            Contribution::Industry => weights.industry,
            Contribution::Language => weights.language,
            Contribution::Region => weights.region,
            Contribution::Need => weights.need,
        })
    }
}

/// How well a mentor fits a firm: the sum of its parts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fit {
    pub score: u32,
    /// Each contribution that gave something, with what it gave (weight times points).
    pub parts: Vec<(Contribution, u32)>,
}

/// Why a mentor cannot take a firm whatever the weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    OtherCountry,
    NoSharedLanguage,
    OutsideRegions,
}

/// The most a fit can be with `weights`.
pub fn best_possible(weights: &Weights) -> u32 {
    Contribution::ALL.iter().map(|c| c.weight(weights) * MOST_POINTS).sum()
}

/// How well `mentor` fits `firm` under `weights`, or why they cannot be paired.
pub fn fit(firm: &Firm, mentor: &Mentor, weights: &Weights) -> Result<Fit, Exclusion> {
    if firm.country != mentor.country {
        return Err(Exclusion::OtherCountry);
    }
    let language = match firm.languages.iter().position(|l| mentor.languages.contains(l)) {
        Some(0) => MOST_POINTS,
        Some(_) => MOST_POINTS / 2,
        None => return Err(Exclusion::NoSharedLanguage),
    };
    let region = if mentor.regions.is_empty() {
        MOST_POINTS / 2
    } else {
        match &firm.region {
            Some(region)
                if mentor.regions.iter().any(|r| r.as_str().eq_ignore_ascii_case(region.as_str())) =>
            {
                MOST_POINTS
            }
            // A firm that gave no region may be anywhere: no rule rules it out, no point for it.
            None => 0,
            Some(_) => return Err(Exclusion::OutsideRegions),
        }
    };
    let industry = match &firm.section {
        Some(section) if mentor.expertise.iter().any(|e| e == section) => MOST_POINTS,
        _ => 0,
    };
    let need = firm.need.map_or(0, |gap| u32::from(gap.min(100)) / 10);
    let mut parts = Vec::new();
    for (contribution, points) in [
        (Contribution::Industry, industry),
        (Contribution::Language, language),
        (Contribution::Region, region),
        (Contribution::Need, need),
    ] {
        let given = contribution.weight(weights) * points;
        if given > 0 {
            parts.push((contribution, given));
        }
    }
    Ok(Fit { score: parts.iter().map(|(_, given)| given).sum(), parts })
}

/// Everything a run is solved from: the same inputs give the same pairs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RoundInputs {
    /// In the population's order (first come first).
    pub firms: Vec<Firm>,
    pub mentors: Vec<Mentor>,
    pub settings: RoundSettings,
    /// The programme's targets when the run was asked for.
    pub targets: FairnessTargets,
}

/// A group that fairness targets speak of.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "region")]
pub enum Group {
    WomenLed,
    YouthLed,
    Region(Region),
}

impl Group {
    /// Whether `firm` belongs to it.
    pub fn holds(&self, firm: &Firm) -> bool {
        match self {
            Group::WomenLed => firm.women_led,
            Group::YouthLed => firm.youth_led,
            Group::Region(region) => {
                firm.region.as_ref().is_some_and(|r| r.as_str().eq_ignore_ascii_case(region.as_str()))
            }
        }
    }
}

impl FairnessTargets {
    /// Each target as a group and its least share in per cent.
    pub fn groups(&self) -> Vec<(Group, u8)> {
        let mut groups = Vec::new();
        if let Some(share) = self.women_led {
            groups.push((Group::WomenLed, share));
        }
        if let Some(share) = self.youth_led {
            groups.push((Group::YouthLed, share));
        }
        groups.extend(self.regions.iter().map(|t| (Group::Region(t.region.clone()), t.share)));
        groups
    }
}

/// A round as it stands: the settings of its next run, and its publication once published.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RoundState {
    pub settings: RoundSettings,
    #[serde(default)]
    pub published: Option<Publication>,
    /// The round whose declined and expired pairs this one matches again.
    #[serde(default)]
    pub follow_up_of: Option<Uuid>,
}

/// Which run was published, when, and by when each side answers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Publication {
    pub run: u64,
    /// The last day on which an answer counts.
    pub deadline: Date,
    pub at: Timestamp,
}

/// The most days a publication gives both sides to answer.
pub const MOST_DAYS_TO_ANSWER: i64 = 60;

/// One side's answer to a proposed pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Pending,
    Accepted,
    Declined,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Pending, Answer::Accepted, Answer::Declined];

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Pending => "pending",
            Answer::Accepted => "accepted",
            Answer::Declined => "declined",
        }
    }
}

/// Where a published pair stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairStatus {
    /// Waiting for one side or both, before the deadline.
    Waiting,
    /// Both sides accepted.
    Confirmed,
    /// One side declined.
    Declined,
    /// The deadline passed with a side that had not answered.
    Expired,
}

impl PairStatus {
    pub const ALL: [PairStatus; 4] =
        [PairStatus::Waiting, PairStatus::Confirmed, PairStatus::Declined, PairStatus::Expired];

    pub fn as_str(self) -> &'static str {
        match self {
            PairStatus::Waiting => "waiting",
            PairStatus::Confirmed => "confirmed",
            PairStatus::Declined => "declined",
            PairStatus::Expired => "expired",
        }
    }
}

/// A published pair, with each side's answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Proposal {
    pub round_id: Uuid,
    pub firm_id: Uuid,
    pub mentor_id: Uuid,
    pub fit: Fit,
    pub pinned: bool,
    pub deadline: Date,
    pub firm_answer: Answer,
    pub mentor_answer: Answer,
    /// Moves by one with every answer, starting at 1.
    pub version: u64,
}

impl Proposal {
    /// Where it stands on `today`.
    pub fn status(&self, today: Date) -> PairStatus {
        let answers = [self.firm_answer, self.mentor_answer];
        if answers.contains(&Answer::Declined) {
            PairStatus::Declined
        } else if answers.iter().all(|a| *a == Answer::Accepted) {
            PairStatus::Confirmed
        } else if today > self.deadline {
            PairStatus::Expired
        } else {
            PairStatus::Waiting
        }
    }

    /// Whether it still holds a seat of its mentor on `today`: confirmed, or waiting.
    pub fn holds_a_seat(&self, today: Date) -> bool {
        matches!(self.status(today), PairStatus::Confirmed | PairStatus::Waiting)
    }

    /// Records one side's answer on `today`: refused after the deadline or once that side has
    /// answered.
    pub fn answer(&mut self, side: Side, accept: bool, today: Date) -> Result<(), Invalid> {
        if today > self.deadline {
            return Err(Invalid::new(
                "answer",
                Problem::DeadlinePassed { deadline: self.deadline.to_string() },
            ));
        }
        let slot = match side {
            Side::Firm => &mut self.firm_answer,
            Side::Mentor => &mut self.mentor_answer,
        };
        if *slot != Answer::Pending {
            return Err(Invalid::new("answer", Problem::AlreadyAnswered));
        }
        *slot = if accept { Answer::Accepted } else { Answer::Declined };
        Ok(())
    }
}

/// Which side of a pair answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Firm,
    Mentor,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn firm() -> Firm {
        Firm {
            id: Uuid::from_u128(1),
            name: "Shree Ganesh Foods".into(),
            country: Country::parse("IN").unwrap(),
            region: Some(Region::parse("Maharashtra").unwrap()),
            section: Some("C".into()),
            languages: vec![Language::parse("mr").unwrap(), Language::parse("hi").unwrap()],
            women_led: true,
            youth_led: false,
            need: Some(47),
        }
    }

    fn mentor() -> Mentor {
        Mentor {
            id: Uuid::from_u128(2),
            name: "Priya Nair".into(),
            expertise: vec!["C".into(), "G".into()],
            languages: vec![Language::parse("hi").unwrap(), Language::parse("en").unwrap()],
            country: Country::parse("IN").unwrap(),
            regions: vec![Region::parse("maharashtra").unwrap()],
            capacity: 4,
        }
    }

    #[test]
    fn a_fit_is_the_sum_of_its_named_contributions_each_a_weight_times_points() {
        let fit = fit(&firm(), &mentor(), &Weights::default()).unwrap();
        // Industry 4 x 10, language 2 x 5 (Hindi is the firm's second language), region 2 x 10,
        // need 3 x 4 (a 47 % gap).
        assert_eq!(
            fit.parts,
            [
                (Contribution::Industry, 40),
                (Contribution::Language, 10),
                (Contribution::Region, 20),
                (Contribution::Need, 12)
            ]
        );
        assert_eq!(fit.score, 82);
        assert_eq!(best_possible(&Weights::default()), 110);
    }

    #[test]
    fn a_contribution_weighted_zero_gives_nothing_and_is_not_named() {
        let weights = Weights { industry: 0, ..Weights::default() };
        let fit = fit(&firm(), &mentor(), &weights).unwrap();
        assert!(fit.parts.iter().all(|(c, _)| *c != Contribution::Industry));
        assert_eq!(fit.score, 42);
    }

    #[test]
    fn a_mentor_of_another_country_language_or_region_cannot_take_the_firm() {
        let abroad = Mentor { country: Country::parse("ID").unwrap(), ..mentor() };
        assert_eq!(fit(&firm(), &abroad, &Weights::default()), Err(Exclusion::OtherCountry));
        let tamil = Mentor { languages: vec![Language::parse("ta").unwrap()], ..mentor() };
        assert_eq!(fit(&firm(), &tamil, &Weights::default()), Err(Exclusion::NoSharedLanguage));
        let south = Mentor { regions: vec![Region::parse("Karnataka").unwrap()], ..mentor() };
        assert_eq!(fit(&firm(), &south, &Weights::default()), Err(Exclusion::OutsideRegions));
        let anywhere = Mentor { regions: vec![], ..mentor() };
        let fit = fit(&firm(), &anywhere, &Weights::default()).unwrap();
        assert!(fit.parts.contains(&(Contribution::Region, 10)));
    }

    #[test]
    fn settings_refuse_a_firm_pinned_twice_a_pinned_pair_also_forbidden_and_heavy_weights() {
        let pair = Pair { firm: Uuid::from_u128(1), mentor: Uuid::from_u128(2) };
        let other = Pair { firm: Uuid::from_u128(1), mentor: Uuid::from_u128(3) };
        let mut settings = RoundSettings::new(Population::Participants);
        settings.pins = vec![pair, other];
        settings.forbids = vec![pair];
        settings.weights.need = 11;
        let problems: Vec<(String, Problem)> =
            settings.check().unwrap_err().into_iter().map(|p| (p.field, p.problem)).collect();
        assert_eq!(
            problems,
            [
                ("weights.need".to_owned(), Problem::Between { min: 0, max: 10 }),
                ("pins[0]".to_owned(), Problem::PinnedAndForbidden),
                ("pins[1]".to_owned(), Problem::PinnedTwice),
            ]
        );
    }

    #[test]
    fn a_capacity_change_replaces_the_profiles_for_this_round_only() {
        let mut settings = RoundSettings::new(Population::Participants);
        settings.capacities.push(CapacityChange { mentor: Uuid::from_u128(2), capacity: 1 });
        assert_eq!(settings.capacity_of(Uuid::from_u128(2), 4), 1);
        assert_eq!(settings.capacity_of(Uuid::from_u128(3), 4), 4);
    }

    fn proposal() -> Proposal {
        Proposal {
            round_id: Uuid::from_u128(9),
            firm_id: Uuid::from_u128(1),
            mentor_id: Uuid::from_u128(2),
            fit: Fit { score: 40, parts: vec![(Contribution::Industry, 40)] },
            pinned: false,
            deadline: jiff::civil::date(2026, 12, 15),
            firm_answer: Answer::Pending,
            mentor_answer: Answer::Pending,
            version: 1,
        }
    }

    #[test]
    fn a_pair_is_confirmed_when_both_accept_and_declined_when_either_declines() {
        let day = jiff::civil::date(2026, 12, 10);
        let mut both = proposal();
        both.answer(Side::Firm, true, day).unwrap();
        assert_eq!(both.status(day), PairStatus::Waiting);
        both.answer(Side::Mentor, true, day).unwrap();
        assert_eq!(both.status(day), PairStatus::Confirmed);
        let mut no = proposal();
        no.answer(Side::Mentor, false, day).unwrap();
        assert_eq!(no.status(day), PairStatus::Declined);
        assert!(!no.holds_a_seat(day));
    }

    #[test]
    fn an_answer_after_the_deadline_or_a_second_one_changes_nothing() {
        let mut late = proposal();
        let after = jiff::civil::date(2026, 12, 16);
        assert_eq!(
            late.answer(Side::Firm, true, after).unwrap_err().problem,
            Problem::DeadlinePassed { deadline: "2026-12-15".into() }
        );
        assert_eq!(late, proposal());
        assert_eq!(late.status(after), PairStatus::Expired);
        // On the deadline itself an answer still counts.
        let mut twice = proposal();
        twice.answer(Side::Firm, false, jiff::civil::date(2026, 12, 15)).unwrap();
        let before = twice.clone();
        assert_eq!(
            twice.answer(Side::Firm, true, jiff::civil::date(2026, 12, 15)).unwrap_err().problem,
            Problem::AlreadyAnswered
        );
        assert_eq!(twice, before);
    }

    #[test]
    fn targets_name_their_groups_and_a_region_group_holds_its_firms_in_any_case() {
        let targets = FairnessTargets {
            women_led: Some(40),
            youth_led: None,
            regions: vec![crate::RegionTarget { region: Region::parse("MAHARASHTRA").unwrap(), share: 30 }],
        };
        let groups = targets.groups();
        assert_eq!(groups.len(), 2);
        assert!(groups.iter().all(|(group, _)| group.holds(&firm())));
        assert!(!Group::YouthLed.holds(&firm()));
    }
}
