//! Relief-loan terms as data on a funding opportunity, and what they mean for one loan: how
//! much is forgiven, by when the rest must be repaid, and what happens otherwise.
//!
//! CEBA's terms (Department of Finance Canada; ceba-cuec.ca): a loan of up to CAD 40,000,
//! CAD 60,000 from 2020-12-04 for borrowers who attest continued hardship; 25% of the first
//! CAD 40,000 and 50% of the amount above it up to CAD 60,000 forgiven (at most CAD 20,000)
//! if the rest is repaid by 2024-01-18, or by 2024-03-28 when a refinancing application was
//! filed by 2024-01-18; otherwise the balance becomes a term loan at 5% a year, principal due
//! 2026-12-31.

use jiff::civil::{Date, date};
use rust_decimal::Decimal;

use crate::money::{Currency, Money};

/// A slice of the loan and the share of it that is forgiven.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ForgivenessTier {
    /// The slice runs from the previous tier's `up_to` (or zero) to this amount.
    pub up_to: Money,
    /// Per cent of the slice forgiven, such as 25.
    pub percent: Decimal,
}

/// The terms of a relief loan.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReliefLoanTerms {
    /// The most a borrower may take.
    pub base_limit: Money,
    /// A higher limit from a date, for borrowers who attest continued hardship.
    pub expanded_limit: Option<Money>,
    pub expanded_from: Option<Date>,
    pub forgiveness: Vec<ForgivenessTier>,
    /// Repay the rest by this date to keep the forgiveness.
    pub repay_by: Date,
    /// Or by this later date, when a refinancing application was filed by `refinancing_filed_by`.
    pub refinanced_repay_by: Option<Date>,
    pub refinancing_filed_by: Option<Date>,
    /// Otherwise the balance becomes a term loan at this yearly rate, due on `term_due`.
    pub term_rate_percent: Decimal,
    pub term_due: Date,
}

/// What became, or becomes, of one loan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoanOutcome {
    /// Forgiven if the rest is repaid in time (zero if it was not).
    pub forgiven: Money,
    /// What the borrower must repay to keep the forgiveness.
    pub to_repay: Money,
    /// The date by which `to_repay` must be repaid.
    pub deadline: Date,
    /// Whether the loan was (or is still) on the forgivable path.
    pub kept: bool,
}

impl ReliefLoanTerms {
    /// CEBA's terms.
    pub fn ceba() -> Self {
        let cad = Currency::parse("CAD").expect("CAD is ISO 4217");
        let cad = |amount: i64| Money::new(Decimal::from(amount), cad).expect("a valid amount");
        Self {
            base_limit: cad(40_000),
            expanded_limit: Some(cad(60_000)),
            expanded_from: Some(date(2020, 12, 4)),
            forgiveness: vec![
                ForgivenessTier { up_to: cad(40_000), percent: Decimal::from(25) },
                ForgivenessTier { up_to: cad(60_000), percent: Decimal::from(50) },
            ],
            repay_by: date(2024, 1, 18),
            refinanced_repay_by: Some(date(2024, 3, 28)),
            refinancing_filed_by: Some(date(2024, 1, 18)),
            term_rate_percent: Decimal::from(5),
            term_due: date(2026, 12, 31),
        }
    }

    /// The most a borrower may take on `on`, with or without attesting hardship.
    pub fn limit(&self, on: Date, attests_hardship: bool) -> Money {
        match (self.expanded_limit, self.expanded_from) {
            (Some(limit), Some(from)) if attests_hardship && on >= from => limit,
            _ => self.base_limit,
        }
    }

    /// The forgivable part of `borrowed`: each tier's share of its slice.
    pub fn forgivable(&self, borrowed: Money) -> Money {
        let mut forgiven = Decimal::ZERO;
        let mut floor = Decimal::ZERO;
        for tier in &self.forgiveness {
            let top = tier.up_to.amount().min(borrowed.amount());
            if top > floor {
                forgiven += (top - floor) * tier.percent / Decimal::ONE_HUNDRED;
            }
            floor = floor.max(tier.up_to.amount());
        }
        let places = borrowed.currency().minor_unit_places();
        Money::new(forgiven.round_dp(places), borrowed.currency()).expect("a share of a valid amount")
    }

    /// The date by which the rest must be repaid: the later one when a refinancing
    /// application was filed in time.
    pub fn deadline(&self, refinancing_filed_on: Option<Date>) -> Date {
        match (self.refinanced_repay_by, self.refinancing_filed_by, refinancing_filed_on) {
            (Some(later), Some(by), Some(filed)) if filed <= by => later,
            _ => self.repay_by,
        }
    }

    /// What becomes of `borrowed`, repaid in full (less the forgivable part) on `repaid_on`, if
    /// it was.
    pub fn outcome(
        &self,
        borrowed: Money,
        repaid_on: Option<Date>,
        refinancing_filed_on: Option<Date>,
    ) -> LoanOutcome {
        let forgivable = self.forgivable(borrowed);
        let deadline = self.deadline(refinancing_filed_on);
        let kept = repaid_on.is_none_or(|repaid| repaid <= deadline);
        let zero = Money::new(Decimal::ZERO, borrowed.currency()).expect("zero is valid");
        let forgiven = if kept { forgivable } else { zero };
        let to_repay = borrowed.checked_sub(&forgivable).expect("the same currency");
        LoanOutcome { forgiven, to_repay, deadline, kept }
    }

    /// Whether, on `today`, the forgivable path is closed because the deadline has passed
    /// without repayment: the balance is then a term loan.
    pub fn is_term_loan(
        &self,
        today: Date,
        repaid_on: Option<Date>,
        refinancing_filed_on: Option<Date>,
    ) -> bool {
        let deadline = self.deadline(refinancing_filed_on);
        match repaid_on {
            Some(repaid) => repaid > deadline,
            None => today > deadline,
        }
    }

    /// Yearly interest on a term-loan balance.
    pub fn yearly_interest(&self, balance: Money) -> Money {
        let places = balance.currency().minor_unit_places();
        let amount = (balance.amount() * self.term_rate_percent / Decimal::ONE_HUNDRED).round_dp(places);
        Money::new(amount, balance.currency()).expect("a share of a valid amount")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cad(amount: &str) -> Money {
        Money::parse(amount, "CAD").unwrap()
    }

    #[test]
    fn ceba_forgives_a_quarter_of_the_first_40000_and_half_of_the_rest_up_to_60000() {
        let terms = ReliefLoanTerms::ceba();
        for (borrowed, forgiven) in
            [("40000", "10000"), ("60000", "20000"), ("50000", "15000"), ("20000", "5000"), ("0", "0")]
        {
            assert_eq!(terms.forgivable(cad(borrowed)), cad(forgiven), "{borrowed}");
        }
    }

    #[test]
    fn repaying_a_day_late_without_refinancing_forgives_nothing() {
        let terms = ReliefLoanTerms::ceba();
        let late = terms.outcome(cad("60000"), Some(date(2024, 1, 19)), None);
        assert!(!late.kept);
        assert_eq!(late.forgiven, cad("0"));
        let on_time = terms.outcome(cad("60000"), Some(date(2024, 1, 18)), None);
        assert_eq!((on_time.forgiven, on_time.to_repay), (cad("20000"), cad("40000")));
        assert!(terms.is_term_loan(date(2024, 2, 1), None, None));
        assert!(!terms.is_term_loan(date(2024, 1, 18), None, None));
    }

    #[test]
    fn a_refinancing_application_filed_by_18_january_moves_the_deadline_to_28_march() {
        let terms = ReliefLoanTerms::ceba();
        assert_eq!(terms.deadline(Some(date(2024, 1, 18))), date(2024, 3, 28));
        assert_eq!(terms.deadline(Some(date(2024, 1, 19))), date(2024, 1, 18));
        let refinanced = terms.outcome(cad("60000"), Some(date(2024, 3, 28)), Some(date(2024, 1, 10)));
        assert_eq!(refinanced.forgiven, cad("20000"));
        assert!(!terms.outcome(cad("60000"), Some(date(2024, 3, 29)), Some(date(2024, 1, 10))).kept);
    }

    #[test]
    fn the_limit_is_60000_from_december_2020_only_for_those_who_attest_hardship() {
        let terms = ReliefLoanTerms::ceba();
        assert_eq!(terms.limit(date(2020, 12, 3), true), cad("40000"));
        assert_eq!(terms.limit(date(2020, 12, 4), true), cad("60000"));
        assert_eq!(terms.limit(date(2021, 3, 1), false), cad("40000"));
    }

    #[test]
    fn a_term_loan_pays_five_per_cent_a_year() {
        assert_eq!(ReliefLoanTerms::ceba().yearly_interest(cad("60000")), cad("3000"));
    }
}
