//! Two years of monthly recovery reports for the demo's firms, January 2020 to December 2021,
//! shaped by what firms of each size reported in the World Bank's COVID-19 Business Pulse
//! Surveys.
//!
//! The surveys give the average change in monthly sales against the same month a year before
//! (indicator `WB_BPS_CHANGE_SALES`) by size, at two waves per country; [`PULSE`] holds those
//! figures for Ghana, India and Indonesia. Mexico's survey gives only the share of firms whose
//! sales fell (85.12 % in May 2020, against 87.2 % on average in the other three's first wave),
//! so its path is the three's mean scaled by that ratio; Canada, not surveyed, takes the three's
//! mean. A firm's sales follow its country's and size's path (pre-crisis until February 2020, the
//! first wave's level from April, the second wave's at its month, then half of what remained of
//! the loss recovered by December 2021), shifted by a level of its own, with noise; medium firms
//! recover faster than micro ones because the surveys say so. Firms that need market access
//! recover more slowly, those that need training a little faster. Some micro and small firms
//! close in April 2020 (not in May: the month before the first entries is the impact
//! estimate's base for the weakest firms, and a closure there, worth the firm's whole level,
//! would break the parallel trends it assumes); a few close for good. Firms miss months (each has
//! its own propensity to report) and some start late, as in any real panel. About two in five
//! join one of the demo's recovery programmes between June 2020 and June 2021, the weaker
//! earlier, and gain a planted effect that grows with their months in it ([`history`]): the
//! impact page should find it, and the naive comparison should not.
//!
//! Source: World Bank, "COVID-19 Business Pulse Surveys Dashboard", The World Bank Group,
//! Washington, DC, 2020, <https://www.worldbank.org/en/data/interactive/2021/01/19/covid-19-business-pulse-survey-dashboard>,
//! under the Creative Commons Attribution 4.0 International licence.

use jiff::civil::{Date, date};
use mitra_domain::recovery::{Change, Effect, Pulse, PulseAction, ReportDraft};
use mitra_domain::{Channel, Money, OperatingStatus, OrganizationDraft, SizeClass};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Where the demo's report figures come from, for the pages that show them.
pub const SOURCE: &str = "World Bank, COVID-19 Business Pulse Surveys Dashboard (2020), CC BY 4.0";

/// The first and last months reported.
pub const FIRST_MONTH: Date = date(2020, 1, 1);
pub const LAST_MONTH: Date = date(2021, 12, 1);

/// A survey wave: its month and the average change in sales against a year before, per cent,
/// for micro (0–4 workers), small (5–19) and medium (20–99) firms.
type Wave = (Date, [f64; 3]);

/// The Business Pulse Surveys' `WB_BPS_CHANGE_SALES` by size. India's first wave has no micro
/// figure; the small firms' is used.
const PULSE: [(&str, [Wave; 2]); 3] = [
    ("GH", [(date(2020, 6, 1), [-47.32, -44.09, -39.5]), (date(2020, 9, 1), [-42.03, -43.58, -30.39])]),
    ("ID", [(date(2020, 6, 1), [-56.29, -51.25, -59.81]), (date(2020, 10, 1), [-50.87, -43.46, -28.19])]),
    ("IN", [(date(2020, 6, 1), [-57.47, -57.47, -55.17]), (date(2021, 7, 1), [-23.85, -16.46, -14.44])]),
];

/// Mexico's share of firms with falling sales in May 2020 against the other three's mean in
/// their first wave (`WB_BPS_DROPSALES`: 85.12 against 88.17, 87.07 and 86.32).
const MEXICO_RATIO: f64 = 85.12 / 87.19;

/// The sales index (1 is the same month of 2019) of firms of `size` in `country` in `month`.
pub fn path(country: &str, size: Option<SizeClass>, month: Date) -> f64 {
    let column = match size {
        Some(SizeClass::Micro) | None => 0,
        Some(SizeClass::Small) => 1,
        Some(SizeClass::Medium | SizeClass::Large) => 2,
    };
    let waves = |code: &str| PULSE.iter().find(|(c, _)| *c == code).map(|(_, waves)| *waves);
    let mean = || {
        let mut out = PULSE[0].1;
        for wave in 0..2 {
            for size in 0..3 {
                out[wave].1[size] = PULSE.iter().map(|(_, w)| w[wave].1[size]).sum::<f64>() / 3.0;
            }
            out[wave].0 = PULSE[0].1[wave].0;
        }
        out
    };
    let (waves, scale) = match country {
        "MX" => (mean(), MEXICO_RATIO),
        code => waves(code).map_or_else(|| (mean(), 1.0), |w| (w, 1.0)),
    };
    let first = 1.0 + scale * waves[0].1[column] / 100.0;
    let second = 1.0 + scale * waves[1].1[column] / 100.0;
    let end = second + (1.0 - second) * 0.5;
    let points = [
        (date(2020, 2, 1), 1.0),
        (date(2020, 3, 1), (1.0 + first) / 2.0),
        (date(2020, 4, 1), first),
        (waves[0].0, first),
        (waves[1].0, second),
        (LAST_MONTH, end),
    ];
    interpolate(&points, month)
}

fn interpolate(points: &[(Date, f64)], month: Date) -> f64 {
    let index = |d: Date| i32::from(d.year()) * 12 + i32::from(d.month());
    let at = index(month);
    if at <= index(points[0].0) {
        return points[0].1;
    }
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (ia, ib) = (index(a.0), index(b.0));
        if at <= ib {
            if ib == ia {
                return b.1;
            }
            let t = f64::from(at - ia) / f64::from(ib - ia);
            return a.1 + (b.1 - a.1) * t;
        }
    }
    points[points.len() - 1].1
}

/// The months from the first to the last reported.
pub fn months() -> Vec<Date> {
    let mut months = Vec::new();
    let mut month = FIRST_MONTH;
    while month <= LAST_MONTH {
        months.push(month);
        month = month.saturating_add(jiff::Span::new().months(1));
    }
    months
}

/// Two years of reports of `firm` (the demo's `index`-th MSME), for `seed`; a firm without a
/// 2019 turnover reports sales on the scale of its current one.
pub fn reports(seed: u64, index: usize, firm: &OrganizationDraft, today: Date) -> Vec<ReportDraft> {
    history(seed, index, firm, today).reports
}

/// The month from which the demo's recovery programmes helped a firm, by how many months it had
/// been in one: the planted effect on its sales index, which grows with time in the programme
/// (two points in its first month, one more each month after, at most 15).
pub fn planted_effect(months_in: i64) -> f64 {
    if months_in < 0 { 0.0 } else { (0.02 + 0.01 * months_in as f64).min(0.15) }
}

/// A firm's two years of reports and, if it joined one of the demo's recovery programmes in
/// those years, the month it joined.
#[derive(Debug, Clone)]
pub struct History {
    pub reports: Vec<ReportDraft>,
    pub joined: Option<Date>,
}

/// The first month a firm can join a programme in the demo, and how many months after it the
/// last one is (June 2021).
pub const FIRST_ENTRY: Date = date(2020, 6, 1);
const ENTRY_MONTHS: f64 = 12.0;

/// [`reports`], with the programme a firm joined. About two firms in five join one between
/// June 2020 and June 2021, in staggered months, and the weaker a firm (the lower its own level
/// against its country's and size's path) the likelier it joins and the earlier: the selection
/// a naive comparison of partnered and other firms mistakes for the programme's effect. From
/// its entry its sales carry [`planted_effect`].
pub fn history(seed: u64, index: usize, firm: &OrganizationDraft, today: Date) -> History {
    let none = History { reports: Vec::new(), joined: None };
    let Some(profile) = firm.msme.as_ref() else { return none };
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed_2020);
    rng.set_stream(index as u64);
    let country = firm.country.code();
    let size = firm.size_class(today).and_then(Result::ok).map(|c| c.class);
    let baseline = profile.figures_of(2019).and_then(|f| f.turnover).or(profile.annual_turnover);
    let Some(baseline) = baseline else { return none };
    let monthly = baseline.amount() / rust_decimal::Decimal::from(12);
    let monthly: f64 = monthly.try_into().unwrap_or(0.0);
    let staff = profile.figures_of(2019).and_then(|f| f.employees).or(profile.employees).unwrap_or(1).max(1);
    if profile.founded_on.is_some_and(|d| d > date(2019, 12, 31)) {
        return none;
    }
    let level: f64 = 1.0 + (rng.random::<f64>() - 0.5) * 0.3;
    // Its own stream, so that joining leaves the rest of the firm's story as it was.
    let mut joining = ChaCha8Rng::seed_from_u64(seed ^ 0x701e_d2020);
    joining.set_stream(index as u64);
    let weakness = (1.15 - level) / 0.3; // 0 for the strongest, 1 for the weakest
    let joined = joining.random_bool(0.15 + 0.5 * weakness).then(|| {
        let span = ENTRY_MONTHS * (1.0 - weakness) + joining.random_range(-2.0..2.0);
        let months = span.round().clamp(0.0, ENTRY_MONTHS) as i64;
        FIRST_ENTRY.saturating_add(jiff::Span::new().months(months))
    });
    let months_in = |month: Date| {
        joined.map_or(-1, |at| {
            let n = |d: Date| i64::from(d.year()) * 12 + i64::from(d.month());
            n(month) - n(at)
        })
    };
    let channel_pace = match profile.needs.first().map(|n| n.channel) {
        Some(Channel::Markets) => 0.85,
        Some(Channel::Training | Channel::Knowledge) => 1.08,
        _ => 1.0,
    };
    let propensity: f64 = 0.65 + rng.random::<f64>() * 0.33;
    let starts = if rng.random_bool(0.15) { rng.random_range(1..10) } else { 0 };
    let small = matches!(size, Some(SizeClass::Micro | SizeClass::Small) | None);
    let closes_in_spring = small && rng.random_bool(0.18);
    let closes_for_good = if small && rng.random_bool(0.04) { Some(rng.random_range(4..20)) } else { None };
    let mut reports = Vec::new();
    let mut last: Option<f64> = None;
    for (n, month) in months().into_iter().enumerate() {
        let noise = 1.0 + (rng.random::<f64>() - 0.5) * 0.12;
        let reported = n >= starts && rng.random_bool(propensity);
        let raw = path(country, size, month);
        // The recovered part of the loss goes at the firm's channel's pace.
        let trough = path(country, size, date(2020, 4, 1));
        // The firm's own level shifts its path up or down alike in every month, so that, but
        // for the programme, joiners and the others move in parallel.
        let paced = if raw > trough && month > date(2020, 4, 1) {
            trough + (raw - trough) * channel_pace
        } else {
            raw
        };
        let index = (paced + level - 1.0) * noise + planted_effect(months_in(month));
        let closed_for_good = closes_for_good.is_some_and(|at| n >= at);
        let closed_now = closes_in_spring && month == date(2020, 4, 1);
        if !reported {
            continue;
        }
        let status = if closed_for_good {
            OperatingStatus::PermanentlyClosed
        } else if closed_now {
            OperatingStatus::TemporarilyClosed
        } else if index < 0.7 {
            OperatingStatus::ReducedOperations
        } else {
            OperatingStatus::Operating
        };
        let open = matches!(status, OperatingStatus::Operating | OperatingStatus::ReducedOperations);
        let index = if open { index.max(0.05) } else { 0.0 };
        let sales = round_to(monthly * index, 3);
        let revenue = match status {
            OperatingStatus::PermanentlyClosed => None,
            _ => Money::new(rust_decimal::Decimal::from(sales), baseline.currency()).ok(),
        };
        let employees = if open {
            let share = (0.55 + 0.45 * index.min(1.3)).min(1.25);
            Some(((f64::from(staff) * share).round() as u32).max(1))
        } else if status == OperatingStatus::TemporarilyClosed {
            Some(((f64::from(staff) * 0.4).round()) as u32)
        } else {
            Some(0)
        };
        let change = |now: f64| match last {
            None => None,
            Some(before) if now > before * 1.04 => Some(Change::Increased),
            Some(before) if now < before * 0.96 => Some(Change::Decreased),
            Some(_) => Some(Change::NoChange),
        };
        let mut actions = Vec::new();
        if index < 0.8 && rng.random_bool(0.4) {
            actions.push(PulseAction::SoughtFinancing);
        }
        if index < 0.6 && rng.random_bool(0.3) {
            actions.push(PulseAction::CutHours);
        }
        if rng.random_bool(0.12) {
            actions.push(PulseAction::MovedOnline);
        }
        if month <= date(2020, 8, 1) && rng.random_bool(0.2) {
            actions.push(PulseAction::AskedForPublicHelp);
        }
        let pulse = Pulse {
            effect: Some(match index {
                i if i < 0.6 => Effect::LargeNegative,
                i if i < 0.88 => Effect::ModerateNegative,
                i if i < 1.05 => Effect::LittleOrNone,
                _ => Effect::ModeratePositive,
            }),
            revenue: change(index),
            employees: None,
            hours: None,
            actions,
        };
        reports.push(ReportDraft {
            month,
            revenue,
            paid_employees: if status == OperatingStatus::PermanentlyClosed { Some(0) } else { employees },
            status,
            pulse,
        });
        last = Some(index);
        if closed_for_good {
            break;
        }
    }
    History { reports, joined }
}

/// `value` rounded to `digits` significant digits, as owners report sales.
fn round_to(value: f64, digits: i32) -> i64 {
    if value <= 0.0 {
        return 0;
    }
    let scale = 10f64.powi(value.log10().floor() as i32 + 1 - digits);
    ((value / scale).round() * scale) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paths_start_at_the_baseline_fall_to_the_first_wave_and_recover_by_size_as_surveyed() {
        assert_eq!(path("GH", Some(SizeClass::Micro), date(2020, 1, 1)), 1.0);
        let trough = path("GH", Some(SizeClass::Micro), date(2020, 5, 1));
        assert!((trough - (1.0 - 0.4732)).abs() < 1e-9, "Ghana's micro firms sold 47.32 % less");
        let at_wave_two = path("IN", Some(SizeClass::Medium), date(2021, 7, 1));
        assert!((at_wave_two - (1.0 - 0.1444)).abs() < 1e-9);
        let end = |size| path("ID", Some(size), LAST_MONTH);
        assert!(end(SizeClass::Medium) > end(SizeClass::Micro), "medium firms recover faster");
        assert!(path("MX", Some(SizeClass::Small), date(2020, 5, 1)) < 0.6, "Mexico's shock is visible");
        assert!(path("CA", None, date(2020, 5, 1)) < 0.6);
    }

    #[test]
    fn a_firm_reports_some_months_of_two_years_each_checked() {
        let today = date(2026, 12, 1);
        let demo = crate::generate(crate::DEFAULT_SEED, 40, today).unwrap();
        let mut reported = 0;
        let mut possible = 0;
        for (index, firm) in demo.msmes.iter().enumerate() {
            let reports = reports(crate::DEFAULT_SEED, index, firm, today);
            // Firms founded since 2020 have no pre-crisis year and report nothing here.
            possible += if reports.is_empty() { 0 } else { 24 };
            reported += reports.len();
            for report in reports {
                assert!(report.clone().check(today, firm.country.currency()).is_ok(), "{report:?}");
            }
        }
        let share = reported as f64 / possible as f64;
        assert!((0.5..0.95).contains(&share), "gaps in reporting, but most months reported: {share}");
    }
}
