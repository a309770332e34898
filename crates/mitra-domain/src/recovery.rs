//! Recovery reports: what a firm says of one month (revenue, paid employees, whether it was
//! open, and a short pulse survey), checked against its currency and the calendar; and what
//! they mean against the firm's baseline, its figures from before the shock (2019 by default).
//!
//! The pulse questions follow the US Census Bureau's Small Business Pulse Survey: the overall
//! effect on the business on a five-point scale, and whether revenue, employees and hours went
//! up, stayed or went down since the last report. Jobs are counted against the baseline the way
//! impact investors count them (IRIS+): jobs maintained are the baseline's jobs still filled,
//! jobs created those beyond it.

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::money::{Currency, Money};
use crate::organization::{OperatingStatus, names};
use crate::validation::{Checked, Invalid, Problem};

/// The overall effect of the shock on the business, as the pulse survey asks it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    LargeNegative,
    ModerateNegative,
    LittleOrNone,
    ModeratePositive,
    LargePositive,
}

names!(Effect {
    LargeNegative => "large_negative",
    ModerateNegative => "moderate_negative",
    LittleOrNone => "little_or_none",
    ModeratePositive => "moderate_positive",
    LargePositive => "large_positive",
});

/// How a figure moved since the last report.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Increased,
    NoChange,
    Decreased,
}

names!(Change {
    Increased => "increased",
    NoChange => "no_change",
    Decreased => "decreased",
});

/// What the firm did since the last report, as the pulse survey lists it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PulseAction {
    SoughtFinancing,
    NewSuppliers,
    MovedOnline,
    NewProducts,
    CutHours,
    LaidOffStaff,
    AskedForPublicHelp,
}

names!(PulseAction {
    SoughtFinancing => "sought_financing",
    NewSuppliers => "new_suppliers",
    MovedOnline => "moved_online",
    NewProducts => "new_products",
    CutHours => "cut_hours",
    LaidOffStaff => "laid_off_staff",
    AskedForPublicHelp => "asked_for_public_help",
});

/// The pulse survey's answers.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Pulse {
    pub effect: Option<Effect>,
    pub revenue: Option<Change>,
    pub employees: Option<Change>,
    pub hours: Option<Change>,
    pub actions: Vec<PulseAction>,
}

/// One month's report as a firm gives it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReportDraft {
    /// The first day of the month reported on.
    pub month: Date,
    pub revenue: Option<Money>,
    pub paid_employees: Option<u32>,
    pub status: OperatingStatus,
    pub pulse: Pulse,
}

/// The first day of `date`'s month.
pub fn month_of(date: Date) -> Date {
    date.first_of_month()
}

impl ReportDraft {
    /// Checks a report of a firm keeping its books in `currency`, on `today`: the month is not
    /// to come, the revenue is in the firm's currency (money is never negative), and a firm that says it
    /// closed for good reports neither revenue nor paid staff for that month.
    pub fn check(mut self, today: Date, currency: Currency) -> Result<Checked<Self>, Vec<Invalid>> {
        let mut problems = Vec::new();
        self.month = month_of(self.month);
        if self.month > month_of(today) {
            problems.push(Invalid::new("month", Problem::InFuture));
        }
        if let Some(revenue) = &self.revenue
            && revenue.currency() != currency
        {
            problems.push(Invalid::new(
                "revenue",
                Problem::NotInBudgetCurrency { currency: currency.to_string() },
            ));
        }
        if self.status == OperatingStatus::PermanentlyClosed {
            if self.revenue.is_some_and(|r| r.amount() > Decimal::ZERO) {
                problems.push(Invalid::new("revenue", Problem::ClosedWithActivity));
            }
            if self.paid_employees.is_some_and(|n| n > 0) {
                problems.push(Invalid::new("paid_employees", Problem::ClosedWithActivity));
            }
        }
        crate::organization::duplicates(&mut problems, "pulse.actions", &self.pulse.actions);
        if problems.is_empty() { Ok(Checked::new(self)) } else { Err(problems) }
    }
}

/// A firm's figures before the shock: a year's turnover and persons employed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Baseline {
    pub year: i16,
    pub turnover: Option<Money>,
    pub employees: Option<u32>,
}

/// The year a baseline is read from unless a programme says otherwise.
pub const DEFAULT_BASELINE_YEAR: i16 = 2019;

impl Baseline {
    /// A month's share of the baseline year's turnover (a twelfth: the yearly figure is what
    /// firms report; a programme with monthly figures would give them instead).
    pub fn monthly_revenue(&self) -> Option<Money> {
        let turnover = self.turnover?;
        let places = turnover.currency().minor_unit_places();
        Money::new((turnover.amount() / Decimal::from(12)).round_dp(places), turnover.currency()).ok()
    }

    /// The month's revenue against the baseline's, as a share (1 is fully recovered); `None`
    /// when either is missing, the currencies differ or the baseline is zero.
    pub fn recovery_index(&self, revenue: Money) -> Option<Decimal> {
        let base = self.monthly_revenue()?;
        if base.currency() != revenue.currency() || base.amount() <= Decimal::ZERO {
            return None;
        }
        Some((revenue.amount() / base.amount()).round_dp(4))
    }

    /// What the month's revenue lacks to reach the baseline's: zero once recovered.
    pub fn revenue_gap(&self, revenue: Money) -> Option<Money> {
        let base = self.monthly_revenue()?;
        let gap = base.checked_sub(&revenue).ok()?;
        if gap.amount() < Decimal::ZERO { Money::new(Decimal::ZERO, gap.currency()).ok() } else { Some(gap) }
    }

    /// Jobs maintained (the baseline's still filled) and created (beyond it) with `employees`
    /// paid now.
    pub fn jobs(&self, employees: u32) -> Option<(u32, u32)> {
        let base = self.employees?;
        Some((employees.min(base), employees.saturating_sub(base)))
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn ghs(amount: &str) -> Money {
        Money::parse(amount, "GHS").unwrap()
    }

    fn report(month: Date) -> ReportDraft {
        ReportDraft {
            month,
            revenue: Some(ghs("60000")),
            paid_employees: Some(9),
            status: OperatingStatus::Operating,
            pulse: Pulse::default(),
        }
    }

    fn fields(draft: ReportDraft) -> Vec<(String, Problem)> {
        let ghana = Currency::parse("GHS").unwrap();
        draft
            .check(date(2027, 9, 15), ghana)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|i| (i.field, i.problem))
            .collect()
    }

    #[test]
    fn a_report_is_of_a_month_that_has_begun_and_in_the_firms_currency() {
        assert!(fields(report(date(2027, 9, 30))).is_empty(), "the month under way may be reported");
        assert_eq!(fields(report(date(2027, 10, 1))), [("month".to_owned(), Problem::InFuture)]);
        let mut dollars = report(date(2027, 8, 1));
        dollars.revenue = Some(Money::parse("100", "USD").unwrap());
        assert_eq!(
            fields(dollars),
            [("revenue".to_owned(), Problem::NotInBudgetCurrency { currency: "GHS".into() })]
        );
        assert!(Money::parse("-1", "GHS").is_err(), "negative revenue cannot even be written");
        let mut nothing = report(date(2027, 8, 1));
        nothing.revenue = Some(ghs("0"));
        assert!(fields(nothing).is_empty(), "a month without sales is a real answer");
    }

    #[test]
    fn a_firm_closed_for_good_reports_neither_sales_nor_paid_staff() {
        let mut closed = report(date(2027, 8, 1));
        closed.status = OperatingStatus::PermanentlyClosed;
        assert_eq!(
            fields(closed.clone()),
            [
                ("revenue".to_owned(), Problem::ClosedWithActivity),
                ("paid_employees".to_owned(), Problem::ClosedWithActivity)
            ]
        );
        closed.revenue = Some(ghs("0"));
        closed.paid_employees = Some(0);
        assert!(fields(closed).is_empty());
    }

    #[test]
    fn the_recovery_index_compares_a_month_with_a_twelfth_of_the_baseline_year() {
        let baseline = Baseline { year: 2019, turnover: Some(ghs("960000")), employees: Some(12) };
        assert_eq!(baseline.monthly_revenue(), Some(ghs("80000")));
        assert_eq!(baseline.recovery_index(ghs("60000")), Some(Decimal::new(75, 2)));
        assert_eq!(baseline.revenue_gap(ghs("60000")), Some(ghs("20000")));
        assert_eq!(baseline.revenue_gap(ghs("90000")), Some(ghs("0")), "no gap once recovered");
        assert_eq!(baseline.recovery_index(Money::parse("60000", "USD").unwrap()), None);
        let unknown = Baseline { year: 2019, turnover: None, employees: None };
        assert_eq!(unknown.recovery_index(ghs("1")), None);
    }

    #[test]
    fn jobs_are_maintained_up_to_the_baseline_and_created_beyond_it() {
        let baseline = Baseline { year: 2019, turnover: None, employees: Some(12) };
        assert_eq!(baseline.jobs(9), Some((9, 0)));
        assert_eq!(baseline.jobs(15), Some((12, 3)));
        assert_eq!(Baseline { employees: None, ..baseline }.jobs(3), None);
    }
}
