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

use rust_decimal::prelude::ToPrimitive;

use crate::geo::Country;
use crate::money::{Currency, Money};
use crate::organization::{Channel, MsmeProfile, OperatingStatus, names};
use crate::size::SizeClass;
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
                Problem::NotInFirmsCurrency { currency: currency.to_string() },
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

impl Baseline {
    /// The baseline a profile gives for `year`: that year's turnover and persons employed.
    pub fn of(profile: &MsmeProfile, year: i16) -> Self {
        let figures = profile.figures_of(year);
        Self {
            year,
            turnover: figures.and_then(|f| f.turnover),
            employees: figures.and_then(|f| f.employees),
        }
    }
}

/// The groups a report is counted in, fixed when it is stored: a report of March 2021 stays in
/// the size class the firm had then, and in "partnered" from the month the firm was first
/// approved for an opportunity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportGroups {
    pub country: Country,
    /// Lower-cased; empty when the firm gives none.
    pub region: String,
    /// The ISIC section letter; empty when unknown.
    pub sector: String,
    pub size_class: Option<SizeClass>,
    pub women_led: bool,
    pub youth_led: bool,
    pub partnered: bool,
}

/// What a report counts for on a dashboard, against the firm's baseline. The recovery index is
/// kept in hundredths of a per cent (basis points), so that sums are exact whatever their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReportMeasures {
    pub index_points: Option<i64>,
    pub paid_employees: Option<u32>,
    /// Jobs maintained and created, when the baseline knows its jobs and the report its staff.
    pub jobs: Option<(u32, u32)>,
}

impl ReportMeasures {
    /// The measures of `report` against `baseline`.
    pub fn of(report: &ReportDraft, baseline: &Baseline) -> Self {
        let index = report.revenue.and_then(|revenue| baseline.recovery_index(revenue));
        Self {
            index_points: index.and_then(|i| (i * Decimal::from(10_000)).round().to_i64()),
            paid_employees: report.paid_employees,
            jobs: report.paid_employees.and_then(|n| baseline.jobs(n)),
        }
    }
}

/// A way to split a dashboard's figures into groups.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Country,
    Region,
    Sector,
    SizeClass,
    WomenLed,
    YouthLed,
    Partnered,
    /// The channels firms took part through: a firm counts, from the month it joined, in each.
    Channel,
    /// The partners whose opportunities firms took part in, likewise.
    Partner,
    /// The opportunities firms took part in, likewise.
    Opportunity,
    /// The programmes of the opportunities firms took part in, likewise (once for each
    /// opportunity of the programme the firm joined); `none` for opportunities of no programme.
    Programme,
}

impl Dimension {
    /// Whether the groups are of partnerships, which a firm can have several of: a firm then
    /// counts in each of its groups, and firms with none are in no group.
    pub fn is_partnership(self) -> bool {
        matches!(
            self,
            Dimension::Channel | Dimension::Partner | Dimension::Opportunity | Dimension::Programme
        )
    }
}

names!(Dimension {
    Country => "country",
    Region => "region",
    Sector => "sector",
    SizeClass => "size_class",
    WomenLed => "women_led",
    YouthLed => "youth_led",
    Partnered => "partnered",
    Channel => "channel",
    Partner => "partner",
    Opportunity => "opportunity",
    Programme => "programme",
});

/// The group of a split by programme that holds the opportunities of no programme.
pub const NO_PROGRAMME: &str = "none";

/// What makes a firm partnered: the opportunity a partner approved it for, on which channel,
/// and the first month it counts as partnered from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partnership {
    pub opportunity_id: uuid::Uuid,
    pub channel: Channel,
    pub since: Date,
}

/// The outcome an impact estimate measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Outcome {
    /// The month's revenue against the same month of the baseline year (1 is recovered).
    #[default]
    RecoveryIndex,
    PaidEmployees,
}

names!(Outcome {
    RecoveryIndex => "recovery_index",
    PaidEmployees => "paid_employees",
});

/// The firms an impact estimate compares with those that took part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Comparison {
    /// Firms not yet partnered by the month compared (and never, as well).
    #[default]
    NotYetPartnered,
    /// Only firms never partnered.
    NeverPartnered,
}

names!(Comparison {
    NotYetPartnered => "not_yet",
    NeverPartnered => "never",
});

/// Which firms an impact estimate reads and what it measures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImpactQuery {
    pub country: Option<Country>,
    /// Taking part through this channel, in an opportunity of this partner, in this
    /// opportunity (every one given must hold); any partnership when none is.
    pub channel: Option<Channel>,
    pub partner: Option<uuid::Uuid>,
    pub opportunity: Option<uuid::Uuid>,
    /// Taking part in an opportunity of this programme.
    pub programme: Option<uuid::Uuid>,
    pub outcome: Outcome,
    pub comparison: Comparison,
}

/// Which reports a dashboard counts; every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecoveryQuery {
    pub country: Option<Country>,
    /// Matched without regard to case.
    pub region: Option<String>,
    /// An ISIC section letter.
    pub sector: Option<String>,
    pub size_class: Option<SizeClass>,
    pub women_led: Option<bool>,
    pub youth_led: Option<bool>,
    pub partnered: Option<bool>,
    /// Only reports from the months their firm had taken part through this channel, in an
    /// opportunity of this partner, or in this opportunity: a report is counted once for each
    /// partnership that matches.
    pub channel: Option<Channel>,
    pub partner: Option<uuid::Uuid>,
    pub opportunity: Option<uuid::Uuid>,
    /// Likewise, in an opportunity of this programme.
    pub programme: Option<uuid::Uuid>,
    /// The first and last months counted (both included).
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Split each month's figures by this.
    pub by: Option<Dimension>,
}

impl RecoveryQuery {
    /// Whether the query counts partnerships (it filters or splits by one) rather than reports.
    pub fn counts_partnerships(&self) -> bool {
        self.narrows_partnerships() || self.by.is_some_and(Dimension::is_partnership)
    }

    /// Whether it keeps only the partnerships of a channel, partner, opportunity or programme.
    pub fn narrows_partnerships(&self) -> bool {
        self.channel.is_some()
            || self.partner.is_some()
            || self.opportunity.is_some()
            || self.programme.is_some()
    }
}

/// The reports of one month (and one group, when split), summed.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct MonthFigures {
    pub month: Date,
    /// The group's value (a country code, a size class, `true`/`false`), when split.
    pub group: Option<String>,
    pub reports: u64,
    pub operating: u64,
    pub reduced_operations: u64,
    pub temporarily_closed: u64,
    pub permanently_closed: u64,
    /// Reports with a recovery index (revenue and a baseline), and the indices' sum in basis points.
    pub indexed: u64,
    pub index_points: i64,
    /// Reports giving paid employees, and their sum.
    pub staffed: u64,
    pub paid_employees: u64,
    /// Reports counting jobs against a baseline, and the jobs maintained and created.
    pub jobs_counted: u64,
    pub jobs_maintained: u64,
    pub jobs_created: u64,
}

impl MonthFigures {
    /// The share of reporting firms that were open (fully or in part).
    pub fn open_share(&self) -> Option<Decimal> {
        share(self.operating + self.reduced_operations, self.reports)
    }

    /// The mean recovery index of the firms that gave one (1 is the baseline's revenue).
    pub fn mean_index(&self) -> Option<Decimal> {
        if self.indexed == 0 {
            return None;
        }
        Some(
            (Decimal::from(self.index_points) / Decimal::from(10_000) / Decimal::from(self.indexed))
                .round_dp(4),
        )
    }

    /// Adds another's counts to these.
    pub fn add(&mut self, other: &MonthFigures) {
        self.reports += other.reports;
        self.operating += other.operating;
        self.reduced_operations += other.reduced_operations;
        self.temporarily_closed += other.temporarily_closed;
        self.permanently_closed += other.permanently_closed;
        self.indexed += other.indexed;
        self.index_points += other.index_points;
        self.staffed += other.staffed;
        self.paid_employees += other.paid_employees;
        self.jobs_counted += other.jobs_counted;
        self.jobs_maintained += other.jobs_maintained;
        self.jobs_created += other.jobs_created;
    }
}

fn share(part: u64, whole: u64) -> Option<Decimal> {
    (whole > 0).then(|| (Decimal::from(part) / Decimal::from(whole)).round_dp(4))
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
            [("revenue".to_owned(), Problem::NotInFirmsCurrency { currency: "GHS".into() })]
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

    #[test]
    fn a_report_counts_its_index_in_basis_points_and_its_jobs_against_the_baseline() {
        let baseline = Baseline { year: 2019, turnover: Some(ghs("960000")), employees: Some(12) };
        let measures = ReportMeasures::of(&report(date(2027, 8, 1)), &baseline);
        assert_eq!(
            measures,
            ReportMeasures { index_points: Some(7500), paid_employees: Some(9), jobs: Some((9, 0)) }
        );
        let unknown = Baseline { year: 2019, turnover: None, employees: None };
        let measures = ReportMeasures::of(&report(date(2027, 8, 1)), &unknown);
        assert_eq!(measures, ReportMeasures { index_points: None, paid_employees: Some(9), jobs: None });
    }

    #[test]
    fn a_months_figures_give_the_share_open_and_the_mean_index_of_those_that_gave_one() {
        let month = MonthFigures {
            month: date(2027, 8, 1),
            reports: 8,
            operating: 5,
            reduced_operations: 1,
            temporarily_closed: 1,
            permanently_closed: 1,
            indexed: 3,
            index_points: 7500 + 10_000 + 5000,
            ..MonthFigures::default()
        };
        assert_eq!(month.open_share(), Some(Decimal::new(75, 2)));
        assert_eq!(month.mean_index(), Some(Decimal::new(75, 2)));
        assert_eq!(MonthFigures::default().open_share(), None, "no reports, no share");
        assert_eq!(MonthFigures::default().mean_index(), None);
        let mut twice = month.clone();
        twice.add(&month);
        assert_eq!(
            (twice.reports, twice.index_points, twice.mean_index()),
            (16, 45_000, Some(Decimal::new(75, 2)))
        );
    }
}
