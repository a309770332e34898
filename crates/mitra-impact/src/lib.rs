//! Mitra's impact estimator: the effect of taking part in a programme on an outcome (revenue,
//! jobs), from a panel of firms observed month by month that join at different months.
//!
//! A two-way fixed-effects regression is biased when firms join at different times and the
//! effect changes with time since joining: it uses firms treated earlier as controls for firms
//! treated later. The estimator here is Callaway and Sant'Anna's (2021): one
//! difference-in-differences per group (the firms that joined in the same month, `g`) and
//! month (`t`),
//!
//! ```text
//! ATT(g, t) = mean over group g of (Y_t − Y_b) − mean over the controls of (Y_t − Y_b)
//! ```
//!
//! with `b = g − 1` (the month before joining) for `t ≥ g`, and `b = t − 1` for the months
//! before joining (the "pre-entry" placebo estimates, which should be near zero when trends
//! are parallel). The controls are the firms never treated, or those not yet treated by `t`
//! (nor by `b`). The estimates are aggregated overall (every post-entry `(g, t)` weighted by
//! the size of `g`) and by months since entry (`e = t − g`), and their standard errors come
//! from a bootstrap that resamples whole firms (a cluster bootstrap), so that a firm's months
//! are not taken as independent. It assumes parallel trends (without the programme, treated and
//! control firms' outcomes would have moved alike) and no anticipation (no effect before entry).
//!
//! [`naive`] and [`two_way_fixed_effects`] are the estimates this one replaces, for comparison.

use std::collections::BTreeMap;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A panel: each firm's outcome by month, and the month it joined.
#[derive(Debug, Clone, Default)]
pub struct Panel {
    pub firms: Vec<Firm>,
}

/// One firm's observations.
#[derive(Debug, Clone, PartialEq)]
pub struct Firm {
    pub id: String,
    /// The month it joined; `None` for never.
    pub first_treated: Option<i64>,
    /// Outcome by month.
    pub outcomes: BTreeMap<i64, f64>,
}

/// Which firms are the controls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Controls {
    NeverTreated,
    NotYetTreated,
}

/// What is wrong with a panel file.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PanelError {
    #[error("line {line}: {problem}")]
    Row { line: u64, problem: String },
    #[error("the header must be firm,month,outcome,first_treated; it is {0}")]
    Header(String),
    #[error("the panel has no treated firm")]
    NoTreated,
    #[error("the panel has no control firm for the comparisons (try the other controls)")]
    NoControls,
}

/// A month written as `YYYY-MM` or as a whole number (any consecutive numbering).
pub fn month(raw: &str) -> Option<i64> {
    let raw = raw.trim();
    if let Some((year, month)) = raw.split_once('-') {
        let (year, month): (i64, i64) = (year.parse().ok()?, month.parse().ok()?);
        return (1..=12).contains(&month).then_some(year * 12 + month - 1);
    }
    raw.parse().ok()
}

impl Panel {
    /// Reads `firm,month,outcome,first_treated` rows (`first_treated` empty or 0 for never).
    pub fn from_csv(reader: impl std::io::Read) -> Result<Panel, PanelError> {
        let mut csv = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(reader);
        let header = csv.headers().map_err(|e| PanelError::Header(e.to_string()))?.clone();
        let names: Vec<&str> = header.iter().map(|h| h.trim_start_matches('\u{feff}')).collect();
        if names != ["firm", "month", "outcome", "first_treated"] {
            return Err(PanelError::Header(names.join(",")));
        }
        let mut firms: BTreeMap<String, Firm> = BTreeMap::new();
        for (index, record) in csv.records().enumerate() {
            let line = index as u64 + 2;
            let row = |problem: String| PanelError::Row { line, problem };
            let record = record.map_err(|e| row(e.to_string()))?;
            let id = record[0].to_owned();
            if id.is_empty() {
                return Err(row("the firm is empty".into()));
            }
            let at = month(&record[1])
                .ok_or_else(|| row(format!("month {:?} is not YYYY-MM or a number", &record[1])))?;
            let outcome: f64 =
                record[2].parse().map_err(|_| row(format!("outcome {:?} is not a number", &record[2])))?;
            if !outcome.is_finite() {
                return Err(row("the outcome is not a finite number".into()));
            }
            let first = match &record[3] {
                "" | "0" => None,
                raw => Some(
                    month(raw)
                        .ok_or_else(|| row(format!("first_treated {raw:?} is not YYYY-MM or a number")))?,
                ),
            };
            let firm = firms.entry(id.clone()).or_insert_with(|| Firm {
                id,
                first_treated: first,
                outcomes: BTreeMap::new(),
            });
            if firm.first_treated != first {
                return Err(row(format!("firm {} has two different first_treated months", firm.id)));
            }
            if firm.outcomes.insert(at, outcome).is_some() {
                return Err(row(format!("firm {} has month {} twice", firm.id, &record[1])));
            }
        }
        Ok(Panel { firms: firms.into_values().collect() })
    }

    fn months(&self) -> Vec<i64> {
        let mut months: Vec<i64> = self.firms.iter().flat_map(|f| f.outcomes.keys().copied()).collect();
        months.sort_unstable();
        months.dedup();
        months
    }
}

/// One group-time effect.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GroupTime {
    pub group: i64,
    pub month: i64,
    pub att: f64,
    /// Firms of the group observed at both months.
    pub treated: usize,
}

/// The estimate, with its bootstrap.
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    pub overall: f64,
    pub se: f64,
    pub ci: (f64, f64),
    /// By months since entry (negative: before), each with its standard error.
    pub event_study: Vec<(i64, f64, f64)>,
    pub group_time: Vec<GroupTime>,
    pub firms: usize,
    pub treated_firms: usize,
    pub bootstrap: usize,
}

/// The point estimates on one sample of firms (indices into the panel, repeats allowed).
struct Point {
    overall: f64,
    event: BTreeMap<i64, f64>,
    cells: Vec<GroupTime>,
}

fn mean_change(
    panel: &Panel,
    sample: &[usize],
    keep: impl Fn(&Firm) -> bool,
    from: i64,
    to: i64,
) -> Option<(f64, usize)> {
    let (mut sum, mut n) = (0.0, 0usize);
    for &i in sample {
        let firm = &panel.firms[i];
        if !keep(firm) {
            continue;
        }
        if let (Some(a), Some(b)) = (firm.outcomes.get(&from), firm.outcomes.get(&to)) {
            sum += b - a;
            n += 1;
        }
    }
    (n > 0).then(|| (sum / n as f64, n))
}

fn point(panel: &Panel, sample: &[usize], months: &[i64], controls: Controls) -> Option<Point> {
    let mut groups: Vec<i64> = sample.iter().filter_map(|&i| panel.firms[i].first_treated).collect();
    groups.sort_unstable();
    groups.dedup();
    let first = *months.first()?;
    let mut cells = Vec::new();
    for &g in &groups {
        for &t in months {
            let base = if t >= g { g - 1 } else { t - 1 };
            if base < first || t == base {
                continue;
            }
            let in_group = |f: &Firm| f.first_treated == Some(g);
            let control = |f: &Firm| match (controls, f.first_treated) {
                (_, None) => true,
                (Controls::NeverTreated, Some(_)) => false,
                (Controls::NotYetTreated, Some(h)) => h != g && h > t.max(base),
            };
            let (Some((treated, n)), Some((untreated, _))) =
                (mean_change(panel, sample, in_group, base, t), mean_change(panel, sample, control, base, t))
            else {
                continue;
            };
            cells.push(GroupTime { group: g, month: t, att: treated - untreated, treated: n });
        }
    }
    let post: Vec<&GroupTime> = cells.iter().filter(|c| c.month >= c.group).collect();
    let weight: usize = post.iter().map(|c| c.treated).sum();
    if weight == 0 {
        return None;
    }
    let overall = post.iter().map(|c| c.att * c.treated as f64).sum::<f64>() / weight as f64;
    let mut sums: BTreeMap<i64, (f64, usize)> = BTreeMap::new();
    for c in &cells {
        let entry = sums.entry(c.month - c.group).or_insert((0.0, 0));
        entry.0 += c.att * c.treated as f64;
        entry.1 += c.treated;
    }
    let event = sums.into_iter().map(|(e, (s, n))| (e, s / n as f64)).collect();
    Some(Point { overall, event, cells })
}

/// Callaway and Sant'Anna's estimate with a cluster bootstrap of `replications` samples of
/// firms, drawn with `seed` (the same seed gives the same interval).
pub fn estimate(
    panel: &Panel,
    controls: Controls,
    replications: usize,
    seed: u64,
) -> Result<Estimate, PanelError> {
    let months = panel.months();
    let everyone: Vec<usize> = (0..panel.firms.len()).collect();
    let treated_firms = panel.firms.iter().filter(|f| f.first_treated.is_some()).count();
    if treated_firms == 0 {
        return Err(PanelError::NoTreated);
    }
    let full = point(panel, &everyone, &months, controls).ok_or(PanelError::NoControls)?;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut overall = Vec::with_capacity(replications);
    let mut events: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    let n = panel.firms.len();
    let mut sample = vec![0; n];
    for _ in 0..replications {
        for slot in sample.iter_mut() {
            *slot = rng.random_range(0..n);
        }
        if let Some(p) = point(panel, &sample, &months, controls) {
            overall.push(p.overall);
            for (e, v) in p.event {
                events.entry(e).or_default().push(v);
            }
        }
    }
    let se = standard_deviation(&overall);
    let event_study = full
        .event
        .iter()
        .map(|(e, v)| (*e, *v, events.get(e).map_or(f64::NAN, |draws| standard_deviation(draws))))
        .collect();
    Ok(Estimate {
        overall: full.overall,
        se,
        ci: (full.overall - 1.96 * se, full.overall + 1.96 * se),
        event_study,
        group_time: full.cells,
        firms: n,
        treated_firms,
        bootstrap: overall.len(),
    })
}

fn standard_deviation(values: &[f64]) -> f64 {
    if values.len() < 2 {
        return f64::NAN;
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (values.len() - 1) as f64).sqrt()
}

/// The naive comparison: the mean outcome of treated firms in their months after entry, less
/// the mean outcome of never-treated firms over the same months.
pub fn naive(panel: &Panel) -> Option<f64> {
    let (mut treated, mut nt) = (0.0, 0usize);
    let mut months = std::collections::BTreeSet::new();
    for firm in &panel.firms {
        if let Some(g) = firm.first_treated {
            for (&t, &y) in firm.outcomes.range(g..) {
                treated += y;
                nt += 1;
                months.insert(t);
            }
        }
    }
    let (mut control, mut nc) = (0.0, 0usize);
    for firm in panel.firms.iter().filter(|f| f.first_treated.is_none()) {
        for (t, y) in &firm.outcomes {
            if months.contains(t) {
                control += y;
                nc += 1;
            }
        }
    }
    (nt > 0 && nc > 0).then(|| treated / nt as f64 - control / nc as f64)
}

/// The two-way fixed-effects estimate: the coefficient of "treated by now" in a regression of
/// the outcome on firm and month effects, on the firms observed every month (a balanced panel,
/// where two-way demeaning is exact).
pub fn two_way_fixed_effects(panel: &Panel) -> Option<f64> {
    let months = panel.months();
    let firms: Vec<&Firm> = panel.firms.iter().filter(|f| f.outcomes.len() == months.len()).collect();
    if firms.is_empty() {
        return None;
    }
    let (nf, nm) = (firms.len() as f64, months.len() as f64);
    let d = |f: &Firm, t: i64| f.first_treated.is_some_and(|g| t >= g) as u8 as f64;
    let firm_mean = |f: &Firm| -> (f64, f64) {
        let y = f.outcomes.values().sum::<f64>() / nm;
        let dm = months.iter().map(|&t| d(f, t)).sum::<f64>() / nm;
        (y, dm)
    };
    let means: Vec<(f64, f64)> = firms.iter().map(|f| firm_mean(f)).collect();
    let month_means: Vec<(f64, f64)> = months
        .iter()
        .map(|&t| {
            let y = firms.iter().map(|f| f.outcomes[&t]).sum::<f64>() / nf;
            let dm = firms.iter().map(|f| d(f, t)).sum::<f64>() / nf;
            (y, dm)
        })
        .collect();
    let grand_y = means.iter().map(|m| m.0).sum::<f64>() / nf;
    let grand_d = means.iter().map(|m| m.1).sum::<f64>() / nf;
    let (mut num, mut den) = (0.0, 0.0);
    for (f, (fy, fd)) in firms.iter().zip(&means) {
        for (k, &t) in months.iter().enumerate() {
            let yy = f.outcomes[&t] - fy - month_means[k].0 + grand_y;
            let dd = d(f, t) - fd - month_means[k].1 + grand_d;
            num += dd * yy;
            den += dd * dd;
        }
    }
    (den > 0.0).then(|| num / den)
}

#[cfg(test)]
mod tests;
