//! Opportunities: what a partner offers MSMEs on one channel.
//!
//! A loan window, a marketplace-onboarding cohort, a mentoring programme, a training course,
//! a B2B matchmaking round. Each has a capacity (seats, budget, mentor slots), dates, the
//! languages it is delivered in and the regions it serves.

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use crate::geo::{Country, Language};
use crate::industry::IndustryCode;
use crate::money::Money;
use crate::organization::{Channel, duplicates};
use crate::size::SizeClass;
use crate::text::{Description, Name, Region};
use crate::validation::{Checked, Invalid, Problem};

/// How much an opportunity can give. A missing figure means "not limited in that unit".
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Capacity {
    pub seats: Option<u32>,
    pub budget: Option<Money>,
    pub mentor_slots: Option<u32>,
    /// The most one firm can receive, such as CEBA's CAD 60,000.
    pub max_per_firm: Option<Money>,
}

/// The content of an opportunity, checked as a whole.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OpportunityDraft {
    /// The organisation that offers it.
    pub partner_id: Uuid,
    /// The programme it is part of, if any: of the same channel and country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme_id: Option<Uuid>,
    pub title: Name,
    pub description: Description,
    pub channel: Channel,
    pub capacity: Capacity,
    pub opens_on: Option<Date>,
    pub closes_on: Option<Date>,
    pub languages: Vec<Language>,
    pub country: Country,
    /// Regions of the country it serves; empty means the whole country.
    pub regions: Vec<Region>,
    /// Industries it is for (ISIC at any level); empty means any.
    pub industries: Vec<IndustryCode>,
    /// Size classes it is for; empty means any.
    pub size_classes: Vec<SizeClass>,
    /// Groups of firms the programme gives priority to (a bonus in recommendations, not a
    /// filter). Absent in records stored before it existed, hence the default.
    #[serde(default)]
    pub priorities: Priorities,
    /// True when the programme is modelled on a text that could not be verified.
    pub illustrative: bool,
    /// For a relief loan: what is forgiven and when the rest is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relief_loan: Option<crate::relief::ReliefLoanTerms>,
}

/// Ownership groups a programme favours, such as women-led firms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Priorities {
    pub women_led: bool,
    pub youth_led: bool,
}

/// A stored opportunity.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Opportunity {
    pub id: Uuid,
    #[serde(flatten)]
    pub details: OpportunityDraft,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub archived_at: Option<Timestamp>,
    /// Moves by one with every change of content or archive state, starting at 1: a client
    /// that read version N changes the record only while it still is N.
    #[serde(default = "first_version")]
    pub version: u64,
}

/// More seats than any programme could run: a typing error.
pub const MAX_SEATS: u32 = 10_000_000;

impl OpportunityDraft {
    /// Checks what no single field can; every problem is reported with its field.
    pub fn check(self) -> Result<Checked<Self>, Vec<Invalid>> {
        let mut problems = Vec::new();
        if let (Some(opens), Some(closes)) = (self.opens_on, self.closes_on)
            && closes < opens
        {
            problems
                .push(Invalid::new("closes_on", Problem::ClosesBeforeOpening { opens: opens.to_string() }));
        }
        if self.languages.is_empty() {
            problems.push(Invalid::new("languages", Problem::NoLanguage));
        }
        for (field, value) in
            [("capacity.seats", self.capacity.seats), ("capacity.mentor_slots", self.capacity.mentor_slots)]
        {
            if value.is_some_and(|n| n > MAX_SEATS) {
                problems.push(Invalid::new(field, Problem::AtMost { max: MAX_SEATS.to_string() }));
            }
        }
        if let (Some(budget), Some(per_firm)) = (&self.capacity.budget, &self.capacity.max_per_firm) {
            match per_firm.checked_cmp(budget) {
                Err(_) => problems.push(Invalid::new(
                    "capacity.max_per_firm",
                    Problem::NotInBudgetCurrency { currency: budget.currency().to_string() },
                )),
                Ok(std::cmp::Ordering::Greater) => {
                    problems.push(Invalid::new("capacity.max_per_firm", Problem::ExceedsBudget));
                }
                Ok(_) => {}
            }
        }
        if let Some(terms) = &self.relief_loan {
            let currency = self.currency();
            let amounts = [Some(terms.base_limit), terms.expanded_limit]
                .into_iter()
                .flatten()
                .chain(terms.forgiveness.iter().map(|tier| tier.up_to));
            if amounts.clone().any(|m| m.currency() != currency) {
                problems.push(Invalid::new(
                    "relief_loan",
                    Problem::NotInBudgetCurrency { currency: currency.to_string() },
                ));
            }
        }
        duplicates(&mut problems, "languages", &self.languages);
        duplicates(&mut problems, "regions", &self.regions);
        duplicates(&mut problems, "industries", &self.industries);
        duplicates(&mut problems, "size_classes", &self.size_classes);
        if problems.is_empty() { Ok(Checked::new(self)) } else { Err(problems) }
    }

    /// The currency its amounts and its rules' money are in: the budget's, the per-firm
    /// limit's, the relief loan's, or else the country's.
    pub fn currency(&self) -> crate::Currency {
        self.capacity
            .budget
            .or(self.capacity.max_per_firm)
            .or(self.relief_loan.as_ref().map(|terms| terms.base_limit))
            .map(|money| money.currency())
            .unwrap_or_else(|| self.country.currency())
    }

    /// Whether the opportunity takes applications on `day`.
    pub fn is_open_on(&self, day: Date) -> bool {
        self.opens_on.is_none_or(|opens| opens <= day) && self.closes_on.is_none_or(|closes| day <= closes)
    }
}

impl Checked<OpportunityDraft> {
    /// The same opportunity offered by `partner_id`: which partner offers it is not part of
    /// what its check decides.
    pub fn offered_by(self, partner_id: Uuid) -> Self {
        let mut draft = self.into_inner();
        draft.partner_id = partner_id;
        Checked::new(draft)
    }
}

impl Checked<OpportunityDraft> {
    /// The same opportunity in programme `programme_id`: whether it fits the programme is the
    /// application's check, against the stored programme.
    pub fn in_programme(self, programme_id: Option<Uuid>) -> Self {
        let mut draft = self.into_inner();
        draft.programme_id = programme_id;
        Checked::new(draft)
    }
}

fn first_version() -> u64 {
    1
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn ceba_like() -> OpportunityDraft {
        OpportunityDraft {
            partner_id: Uuid::nil(),
            programme_id: None,
            title: Name::parse("Relief loan").unwrap(),
            description: Description::parse("Interest-free loan").unwrap(),
            channel: Channel::Resources,
            capacity: Capacity {
                budget: Some(Money::parse("1000000", "CAD").unwrap()),
                max_per_firm: Some(Money::parse("60000", "CAD").unwrap()),
                ..Capacity::default()
            },
            opens_on: Some(date(2020, 4, 9)),
            closes_on: Some(date(2021, 6, 30)),
            languages: vec![Language::parse("en").unwrap(), Language::parse("fr").unwrap()],
            country: Country::parse("CA").unwrap(),
            regions: vec![],
            industries: vec![],
            size_classes: vec![],
            priorities: Priorities::default(),
            illustrative: false,
            relief_loan: None,
        }
    }

    #[test]
    fn a_record_stored_before_priorities_existed_reads_back_without_any() {
        let mut stored = serde_json::to_value(ceba_like()).unwrap();
        stored.as_object_mut().unwrap().remove("priorities");
        let read: OpportunityDraft = serde_json::from_value(stored).unwrap();
        assert_eq!(read.priorities, Priorities::default());
    }

    #[test]
    fn a_well_formed_opportunity_passes() {
        assert!(ceba_like().check().is_ok());
    }

    #[test]
    fn closing_before_opening_is_refused() {
        let mut opportunity = ceba_like();
        opportunity.closes_on = Some(date(2020, 1, 1));
        assert_eq!(opportunity.check().unwrap_err()[0].field, "closes_on");
    }

    #[test]
    fn a_per_firm_limit_in_another_currency_or_above_the_budget_is_refused() {
        let mut opportunity = ceba_like();
        opportunity.capacity.max_per_firm = Some(Money::parse("60000", "USD").unwrap());
        assert_eq!(
            opportunity.clone().check().unwrap_err()[0].problem.to_string(),
            "must be in the budget's currency (CAD)"
        );
        opportunity.capacity.max_per_firm = Some(Money::parse("2000000", "CAD").unwrap());
        assert_eq!(opportunity.check().unwrap_err()[0].problem, Problem::ExceedsBudget);
    }

    #[test]
    fn an_opportunity_is_open_between_its_dates_inclusive() {
        let opportunity = ceba_like();
        assert!(!opportunity.is_open_on(date(2020, 4, 8)));
        assert!(opportunity.is_open_on(date(2020, 4, 9)));
        assert!(opportunity.is_open_on(date(2021, 6, 30)));
        assert!(!opportunity.is_open_on(date(2021, 7, 1)));
    }
}
