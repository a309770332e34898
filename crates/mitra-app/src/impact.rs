//! Impact: how much taking part in a programme changed the recovery of the firms that did,
//! estimated from their monthly reports with Callaway and Sant'Anna's difference-in-differences
//! for staggered entry (`mitra-impact`), beside the naive comparison and the two-way
//! fixed-effects regression it corrects.
//!
//! The panel is every report of the firms asked for: the outcome (the recovery index, or paid
//! employees) by month, and the first month each firm took part as asked (through a channel,
//! with a partner, in an opportunity, or in anything;
//! [`RecoveryReports::impact_panel`](mitra_store::RecoveryReports)). A firm that took part only
//! in something else is left out: it is neither a participant nor a clean comparison.

use mitra_domain::recovery::{Comparison, ImpactQuery, Outcome};
pub use mitra_impact::Estimate;
use mitra_impact::{Controls, Firm, Panel, PanelError};
use mitra_store::PanelRow;

use crate::policy::{Action, authorize};
use crate::{Actor, App, AppError};

/// Bootstrap samples of firms for the interval: enough for a stable 95 % interval on a page.
pub const BOOTSTRAP: usize = 299;
/// The bootstrap's seed, fixed so that the same reports give the same interval.
pub const SEED: u64 = 2020;

/// What the estimate found, or why there is none.
#[derive(Debug, Clone)]
pub struct Impact {
    pub query: ImpactQuery,
    /// Firms with at least one report giving the outcome.
    pub firms: usize,
    /// Of them, those that took part.
    pub participants: usize,
    /// Firms left out because they took part only in something else (another channel,
    /// partner or opportunity).
    pub left_out: usize,
    pub estimate: Result<Estimate, Missing>,
    /// The mean outcome of participants after entry minus that of firms never partnered.
    pub naive: Option<f64>,
    /// The coefficient of a two-way fixed-effects regression on "partnered by then".
    pub two_way_fixed_effects: Option<f64>,
}

/// Why no estimate could be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// No firm of the selection took part while it reported.
    NoParticipants,
    /// No firm to compare the participants with.
    NoComparison,
}

/// A month as the estimator numbers them.
fn month_number(month: jiff::civil::Date) -> i64 {
    i64::from(month.year()) * 12 + i64::from(month.month()) - 1
}

/// The month a number stands for.
pub fn month_of(number: i64) -> Option<jiff::civil::Date> {
    let (year, month) = (number.div_euclid(12), number.rem_euclid(12) + 1);
    jiff::civil::Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, 1).ok()
}

/// The estimator's panel of `rows` (in firm and month order) for `outcome`, and how many firms
/// were left out for taking part only in something else.
pub fn panel_of(rows: &[PanelRow], outcome: Outcome) -> (Panel, usize) {
    let mut panel = Panel::default();
    let mut left_out = 0;
    for firm_rows in rows.chunk_by(|a, b| a.msme_id == b.msme_id) {
        let first = &firm_rows[0];
        if first.joined.is_none() && first.elsewhere {
            left_out += 1;
            continue;
        }
        let outcomes: std::collections::BTreeMap<i64, f64> = firm_rows
            .iter()
            .filter_map(|row| {
                let value = match outcome {
                    Outcome::RecoveryIndex => row.index_points.map(|points| points as f64 / 10_000.0),
                    Outcome::PaidEmployees => row.paid_employees.map(|n| n as f64),
                };
                value.map(|value| (month_number(row.month), value))
            })
            .collect();
        if outcomes.is_empty() {
            continue;
        }
        panel.firms.push(Firm {
            id: first.msme_id.to_string(),
            first_treated: first.joined.map(month_number),
            outcomes,
        });
    }
    (panel, left_out)
}

impl App {
    /// The effect of taking part (as `query` says, or in anything) on the firms' recovery.
    /// The estimate runs off the async executor: it bootstraps over every firm.
    pub async fn impact(&self, actor: &Actor, query: &ImpactQuery) -> Result<Impact, AppError> {
        authorize(actor, Action::SeeDashboards)?;
        let rows = {
            let mut unit = self.store().read().await?;
            unit.impact_panel(query).await?
        };
        let query = query.clone();
        tokio::task::spawn_blocking(move || estimate_impact(query, &rows)).await.map_err(AppError::internal)
    }
}

/// [`App::impact`] over the panel's rows.
pub fn estimate_impact(query: ImpactQuery, rows: &[PanelRow]) -> Impact {
    let (panel, left_out) = panel_of(rows, query.outcome);
    let controls = match query.comparison {
        Comparison::NotYetPartnered => Controls::NotYetTreated,
        Comparison::NeverPartnered => Controls::NeverTreated,
    };
    let participants = panel.firms.iter().filter(|f| f.first_treated.is_some()).count();
    let estimate = mitra_impact::estimate(&panel, controls, BOOTSTRAP, SEED).map_err(|error| match error {
        PanelError::NoControls => Missing::NoComparison,
        _ => Missing::NoParticipants,
    });
    Impact {
        firms: panel.firms.len(),
        participants,
        left_out,
        naive: mitra_impact::naive(&panel),
        two_way_fixed_effects: mitra_impact::two_way_fixed_effects(&panel),
        estimate,
        query,
    }
}
