use super::*;

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let (u, v): (f64, f64) = (rng.random_range(f64::EPSILON..1.0), rng.random_range(0.0..1.0));
    (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
}

/// The planted effect `e` months after entry: it grows with time in the programme.
fn planted(e: i64) -> f64 {
    0.5 + 0.25 * e as f64
}

const MONTHS: i64 = 36;

/// 900 firms over 36 months. Weaker firms (lower revenue) join earlier: a quarter at month 12,
/// a quarter at 20, a quarter at 28, the strongest never. Trends are parallel (a common time
/// effect), there is no anticipation, and the effect grows with months since entry. Returns the
/// panel and the true overall effect, weighted as the estimator weighs its cells.
fn population(seed: u64) -> (Panel, f64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let groups: [(Option<i64>, f64); 4] = [(Some(12), 5.0), (Some(20), 7.0), (Some(28), 9.0), (None, 11.0)];
    let mut firms = Vec::new();
    let (mut effect, mut cells) = (0.0, 0.0);
    for i in 0..900 {
        let (first_treated, level) = groups[i % 4];
        let firm_level = level + normal(&mut rng);
        let outcomes = (0..MONTHS)
            .map(|t| {
                let time = 0.1 * t as f64 + (t as f64 * std::f64::consts::PI / 6.0).sin();
                let treated = first_treated.filter(|g| t >= *g).map_or(0.0, |g| planted(t - g));
                if first_treated.is_some_and(|g| t >= g) {
                    effect += treated;
                    cells += 1.0;
                }
                (t, firm_level + time + treated + 0.8 * normal(&mut rng))
            })
            .collect();
        firms.push(Firm { id: format!("firm-{i}"), first_treated, outcomes });
    }
    (Panel { firms }, effect / cells)
}

#[test]
fn the_estimate_recovers_a_planted_effect_that_grows_with_time_where_naive_and_two_way_fixed_effects_do_not()
{
    let (panel, truth) = population(7);
    let estimate = estimate(&panel, Controls::NeverTreated, 99, 1).unwrap();
    let naive = naive(&panel).unwrap();
    let twfe = two_way_fixed_effects(&panel).unwrap();
    println!(
        "truth {truth:.3}; Callaway-Sant'Anna {:.3} (SE {:.3}, 95% {:.3} to {:.3}); naive {naive:.3}; TWFE {twfe:.3}",
        estimate.overall, estimate.se, estimate.ci.0, estimate.ci.1
    );
    assert!(estimate.ci.0 <= truth && truth <= estimate.ci.1, "the interval holds the truth");
    assert!((estimate.overall - truth).abs() < 0.15);
    assert!(
        (naive - truth).abs() > 10.0 * estimate.se,
        "weaker firms joined: the naive comparison is far off"
    );
    assert!((twfe - truth).abs() > 5.0 * estimate.se, "growing effects and staggered entry bias TWFE");
    for (e, theta, se) in &estimate.event_study {
        if *e < 0 {
            assert!(theta.abs() < 4.0 * se, "no effect before entry at e = {e}: {theta} (SE {se})");
        } else {
            assert!((theta - planted(*e)).abs() < 4.0 * se, "e = {e}: {theta} against {}", planted(*e));
        }
    }
}

#[test]
fn not_yet_treated_firms_as_controls_recover_the_effect_too() {
    let (panel, truth) = population(11);
    let estimate = estimate(&panel, Controls::NotYetTreated, 49, 2).unwrap();
    assert!((estimate.overall - truth).abs() < 4.0 * estimate.se, "{} against {truth}", estimate.overall);
}

#[test]
fn the_same_seed_gives_the_same_interval() {
    let (panel, _) = population(3);
    let a = estimate(&panel, Controls::NeverTreated, 20, 9).unwrap();
    let b = estimate(&panel, Controls::NeverTreated, 20, 9).unwrap();
    assert_eq!(a, b);
}

#[test]
fn a_panel_file_is_read_with_months_as_dates_or_numbers_and_its_mistakes_named_by_line() {
    let good = "\u{feff}firm,month,outcome,first_treated\na,2020-01,10,2020-03\na,2020-02,11,2020-03\nb,2020-01,9,\nb,2020-02,9.5,0\n";
    let panel = Panel::from_csv(good.as_bytes()).unwrap();
    assert_eq!(panel.firms.len(), 2);
    assert_eq!(panel.firms[0].first_treated, month("2020-03"));
    assert_eq!(panel.firms[1].first_treated, None);
    assert_eq!(month("2020-02").unwrap() - month("2020-01").unwrap(), 1);
    assert_eq!(month("2021-01").unwrap() - month("2020-12").unwrap(), 1);
    assert_eq!(month("7"), Some(7));
    let twice = "firm,month,outcome,first_treated\na,2020-01,10,\na,2020-01,11,\n";
    assert!(matches!(Panel::from_csv(twice.as_bytes()), Err(PanelError::Row { line: 3, .. })));
    let bad = "firm,month,outcome,first_treated\na,2020-13,10,\n";
    assert!(matches!(Panel::from_csv(bad.as_bytes()), Err(PanelError::Row { line: 2, .. })));
    let columns = "firm,month,revenue\na,1,2\n";
    assert!(matches!(Panel::from_csv(columns.as_bytes()), Err(PanelError::Header(_))));
    let untreated = "firm,month,outcome,first_treated\na,1,2,\n";
    let panel = Panel::from_csv(untreated.as_bytes()).unwrap();
    assert_eq!(estimate(&panel, Controls::NeverTreated, 10, 1), Err(PanelError::NoTreated));
}
