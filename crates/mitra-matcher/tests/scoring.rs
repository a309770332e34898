//! Scoring and top-k through the public API: each contribution and hard filter on tiny cases,
//! BM25 sanity, rankings under changed weights, and the fast population top-k against its
//! naive reference.

use mitra_matcher::score::{
    Bm25, Channel, Contribution, Excluded, IndustryCloseness, IsicPath, IsicPathError, Msme, Need,
    Opportunity, Revenue, SizeClass, TextIndex, Weights, explain, tokens,
};
use mitra_matcher::topk::{
    ABSENT, Catalogue, TopKError, population_top_k, population_top_k_naive, recommend, recommend_all,
};
use proptest::prelude::*;

fn isic(path: &[&str]) -> IsicPath {
    IsicPath::parse(path).unwrap()
}

/// A women-led bakery in West Java that lost 40% of its revenue and wants to sell online.
fn bakery() -> Msme {
    Msme {
        country: "ID".into(),
        region: Some("Jawa Barat".into()),
        languages: vec!["id".into(), "en".into()],
        industry: Some(isic(&["C", "10", "107", "1071"])),
        size_class: Some(SizeClass::Micro),
        needs: vec![Need {
            channel: Channel::Markets,
            description: "sell bread on an online marketplace".into(),
        }],
        revenue: Some(Revenue { current: 60.0, baseline: 100.0 }),
        women_led: true,
        youth_led: false,
    }
}

/// A nationwide marketplace-onboarding programme in Indonesian, open to everyone.
fn onboarding() -> Opportunity {
    Opportunity {
        channel: Channel::Markets,
        description: "Onboarding to an online marketplace for food sellers".into(),
        country: Some("ID".into()),
        languages: vec!["id".into()],
        ..Opportunity::default()
    }
}

type Change = fn(&mut Msme, &mut Opportunity);

/// Checks each case: a change to the bakery and the onboarding programme, and what one
/// contribution must then be (default weights, text relevance 0.5).
fn check(contribution: Contribution, cases: &[(&str, Change, f32)]) {
    for (name, change, expected) in cases {
        let (mut msme, mut opportunity) = (bakery(), onboarding());
        change(&mut msme, &mut opportunity);
        let breakdown = explain(&msme, &opportunity, 0.5, &Weights::default()).unwrap();
        assert_eq!(breakdown.get(contribution), *expected, "{contribution} when {name}");
    }
}

/// Checks that each change makes the pair fail the given hard filter.
fn check_excluded(cases: &[(&str, Change, Excluded)]) {
    for (name, change, expected) in cases {
        let (mut msme, mut opportunity) = (bakery(), onboarding());
        change(&mut msme, &mut opportunity);
        assert_eq!(explain(&msme, &opportunity, 0.0, &Weights::default()), Err(*expected), "when {name}");
    }
}

fn score(msme: &Msme, opportunity: &Opportunity) -> f32 {
    explain(msme, opportunity, 0.0, &Weights::default()).unwrap().total()
}

#[test]
fn a_same_class_industry_scores_more_than_a_same_section_one() {
    let mut same_class = onboarding();
    same_class.industries = vec![isic(&["C", "10", "107", "1071"])];
    let mut same_section = onboarding();
    same_section.industries = vec![isic(&["C", "20", "201", "2011"])];
    assert!(score(&bakery(), &same_class) > score(&bakery(), &same_section));
}

#[test]
fn industry_closeness_falls_level_by_level_and_a_broader_target_contains_the_firm() {
    check(
        Contribution::Industry,
        &[
            ("the same class", |_, o| o.industries = vec![isic(&["C", "10", "107", "1071"])], 2.0),
            ("the same group", |_, o| o.industries = vec![isic(&["C", "10", "107", "1073"])], 1.5),
            ("the same division", |_, o| o.industries = vec![isic(&["C", "10", "105", "1050"])], 1.0),
            ("the same section", |_, o| o.industries = vec![isic(&["C", "20", "201", "2011"])], 0.5),
            ("another section", |_, o| o.industries = vec![isic(&["A", "01", "011", "0111"])], 0.0),
            ("for all of manufacturing", |_, o| o.industries = vec![isic(&["C"])], 2.0),
            ("for all of division 10", |_, o| o.industries = vec![isic(&["C", "10"])], 2.0),
            (
                "for the best of two targets",
                |_, o| {
                    o.industries = vec![isic(&["A"]), isic(&["C", "10", "107"])];
                },
                2.0,
            ),
            ("for any industry, which is not the firm's industry", |_, _| {}, 0.0),
            (
                "the firm's industry is known only to its division",
                |m, o| {
                    m.industry = Some(isic(&["C", "10"]));
                    o.industries = vec![isic(&["C", "10", "107", "1071"])];
                },
                1.0,
            ),
            ("the firm's industry is unknown", |m, _| m.industry = None, 0.0),
        ],
    );
}

#[test]
fn an_opportunity_for_any_industry_earns_its_share_under_its_own_name() {
    check(
        Contribution::AnyIndustry,
        &[
            ("for any industry", |_, _| {}, 0.8),
            ("for the firm's own class", |_, o| o.industries = vec![isic(&["C", "10", "107", "1071"])], 0.0),
            ("the firm's industry is unknown", |m, _| m.industry = None, 0.0),
        ],
    );
}

#[test]
fn an_open_industry_ranks_between_the_firms_own_and_another_division() {
    let firm = isic(&["C", "10", "107", "1071"]);
    assert_eq!(IndustryCloseness::of(&firm, &[]), None);
    let own = IndustryCloseness::of(&firm, &[isic(&["C", "10", "107", "1071"])]).unwrap().fraction();
    let other = IndustryCloseness::of(&firm, &[isic(&["C", "20"])]).unwrap().fraction();
    assert!(other < mitra_matcher::score::ANY_INDUSTRY_FRACTION);
    assert!(mitra_matcher::score::ANY_INDUSTRY_FRACTION < own);
}

#[test]
fn geography_rewards_a_programme_aimed_at_the_firms_country_and_region() {
    check(
        Contribution::SameCountry,
        &[
            ("restricted to the firm's country", |_, _| {}, 0.5),
            ("open to every country", |_, o| o.country = None, 0.0),
            ("country codes differ only in case", |m, _| m.country = "id".into(), 0.5),
        ],
    );
    check(
        Contribution::SameRegion,
        &[
            ("for the whole country", |_, _| {}, 0.0),
            ("for the firm's region", |_, o| o.regions = vec!["Jawa Barat".into(), "Bali".into()], 1.0),
            ("for the firm's region in another case", |_, o| o.regions = vec![" jawa barat".into()], 1.0),
        ],
    );
}

#[test]
fn size_fit_adds_inside_the_target_classes_and_takes_away_outside() {
    check(
        Contribution::SizeFit,
        &[
            (
                "for micro and small firms",
                |_, o| o.size_classes = vec![SizeClass::Micro, SizeClass::Small],
                1.0,
            ),
            ("for medium firms only", |_, o| o.size_classes = vec![SizeClass::Medium], -1.0),
            ("for any size", |_, _| {}, 0.0),
            (
                "the firm's size is unknown",
                |m, o| {
                    m.size_class = None;
                    o.size_classes = vec![SizeClass::Medium];
                },
                0.0,
            ),
        ],
    );
}

#[test]
fn a_need_on_the_opportunitys_channel_counts_and_one_elsewhere_does_not() {
    check(
        Contribution::ChannelNeed,
        &[
            ("the firm needs markets", |_, _| {}, 3.0),
            ("the opportunity is training", |_, o| o.channel = Channel::Training, 0.0),
            (
                "the firm needs training too",
                |m, o| {
                    m.needs.push(Need { channel: Channel::Training, description: "bookkeeping".into() });
                    o.channel = Channel::Training;
                },
                3.0,
            ),
            ("the firm states no needs", |m, _| m.needs.clear(), 0.0),
        ],
    );
}

#[test]
fn text_relevance_scales_its_weight() {
    check(Contribution::TextRelevance, &[("relevance is one half", |_, _| {}, 1.5)]);
}

#[test]
fn the_preferred_language_counts_fully_and_another_shared_one_by_half() {
    check(
        Contribution::SharedLanguage,
        &[
            ("delivered in the preferred language", |_, _| {}, 0.5),
            ("delivered in the firm's second language", |_, o| o.languages = vec!["EN".into()], 0.25),
            ("no language required", |_, o| o.languages.clear(), 0.0),
        ],
    );
}

#[test]
fn recovery_need_follows_the_revenue_gap_and_needs_figures() {
    check(
        Contribution::RecoveryNeed,
        &[
            ("revenue is 40% below its baseline", |_, _| {}, 0.4),
            (
                "revenue is above its baseline",
                |m, _| m.revenue = Some(Revenue { current: 120.0, baseline: 100.0 }),
                0.0,
            ),
            (
                "revenue fell to nothing",
                |m, _| m.revenue = Some(Revenue { current: 0.0, baseline: 100.0 }),
                1.0,
            ),
            ("no baseline", |m, _| m.revenue = Some(Revenue { current: 10.0, baseline: 0.0 }), 0.0),
            ("no figures reported", |m, _| m.revenue = None, 0.0),
        ],
    );
}

#[test]
fn ownership_counts_only_where_the_programme_gives_it_priority() {
    check(
        Contribution::WomenLed,
        &[
            ("no priority declared", |_, _| {}, 0.0),
            ("women-led firms have priority", |_, o| o.prioritises_women_led = true, 1.0),
            (
                "priority declared but the firm is not women-led",
                |m, o| {
                    m.women_led = false;
                    o.prioritises_women_led = true;
                },
                0.0,
            ),
        ],
    );
    check(
        Contribution::YouthLed,
        &[
            ("the firm is not youth-led", |_, o| o.prioritises_youth_led = true, 0.0),
            (
                "youth-led firms have priority",
                |m, o| {
                    m.youth_led = true;
                    o.prioritises_youth_led = true;
                },
                1.0,
            ),
        ],
    );
}

#[test]
fn each_hard_filter_excludes() {
    check_excluded(&[
        ("the opportunity is closed", |_, o| o.open = false, Excluded::Closed),
        ("no seat is left", |_, o| o.capacity_left = Some(0), Excluded::NoCapacityLeft),
        ("it serves another country", |_, o| o.country = Some("GH".into()), Excluded::OutsideCountry),
        ("it serves other regions", |_, o| o.regions = vec!["Bali".into()], Excluded::OutsideRegion),
        (
            "it serves regions and the firm gave none",
            |m, o| {
                m.region = None;
                o.regions = vec!["Jawa Barat".into()];
            },
            Excluded::OutsideRegion,
        ),
        ("it is delivered in Hindi only", |_, o| o.languages = vec!["hi".into()], Excluded::NoSharedLanguage),
        ("the firm lists no language", |m, _| m.languages.clear(), Excluded::NoSharedLanguage),
    ]);
}

#[test]
fn what_passes_the_hard_filters_is_scored() {
    let cases: &[(&str, Change)] = &[
        ("one seat is left", |_, o| o.capacity_left = Some(1)),
        ("it serves any country", |m, o| {
            m.country = "GH".into();
            o.country = None;
        }),
        ("one of its languages is shared", |_, o| o.languages = vec!["hi".into(), "en".into()]),
    ];
    for (name, change) in cases {
        let (mut msme, mut opportunity) = (bakery(), onboarding());
        change(&mut msme, &mut opportunity);
        assert!(explain(&msme, &opportunity, 0.0, &Weights::default()).is_ok(), "when {name}");
    }
}

#[test]
fn contributions_sum_to_the_score() {
    let mut rich = onboarding();
    rich.industries = vec![isic(&["C", "10", "107"])];
    rich.regions = vec!["Jawa Barat".into()];
    rich.size_classes = vec![SizeClass::Small];
    rich.prioritises_women_led = true;
    for (relevance, opportunity) in [(0.0, onboarding()), (0.37, rich)] {
        let breakdown = explain(&bakery(), &opportunity, relevance, &Weights::default()).unwrap();
        let sum: f32 = breakdown.contributions().map(|(_, value)| value).sum();
        assert_eq!(sum, breakdown.total());
        assert!(breakdown.contributions().all(|(_, value)| value != 0.0));
    }
}

#[test]
fn malformed_isic_paths_are_refused_with_a_reason() {
    let cases: &[(&[&str], IsicPathError)] = &[
        (&[], IsicPathError::Empty),
        (&["C", "10", "107", "1071", "10711"], IsicPathError::TooDeep(5)),
        (&["10"], IsicPathError::Section("10".into())),
        (&["C", "1"], IsicPathError::Level { level: 1, digits: 2, got: "1".into() }),
        (&["C", "10", "201"], IsicPathError::Level { level: 2, digits: 3, got: "201".into() }),
    ];
    for (path, expected) in cases {
        assert_eq!(IsicPath::parse(path).as_ref(), Err(expected), "{path:?}");
    }
    assert_eq!(
        IsicPathError::Level { level: 2, digits: 3, got: "201".into() }.to_string(),
        "ISIC level 2 must be 3 digits extending the level above, got \"201\""
    );
    assert_eq!(isic(&["c", "10"]).shared_depth(&isic(&["C", "10", "107"])), 2);
}

// --- BM25 ------------------------------------------------------------------------------------

#[test]
fn tokens_are_lower_case_words_and_keep_devanagari_vowel_signs() {
    let check =
        |text: &str, expected: &[&str]| assert_eq!(tokens(text).collect::<Vec<_>>(), expected, "{text}");
    check("Sell BREAD, online!", &["sell", "bread", "online"]);
    check("e-commerce 2024", &["e", "commerce", "2024"]);
    check("ऑनलाइन बिक्री", &["ऑनलाइन", "बिक्री"]);
    check("  ", &[]);
}

#[test]
fn rarer_terms_weigh_more() {
    let index =
        TextIndex::build(["loan for bakeries", "loan for tailors", "loan for farmers", "export loan"]);
    assert!(index.idf("bakeries") > index.idf("loan"));
    let relevance = index.relevance("bakeries loan");
    assert!(relevance[0] > relevance[1], "{relevance:?}");
    assert_eq!(relevance[1], relevance[2]);
}

#[test]
fn repeated_terms_saturate() {
    let documents = ["cocoa", "cocoa cocoa", "cocoa cocoa cocoa cocoa cocoa cocoa cocoa cocoa", "tea"];
    let params = Bm25 { b: 0.0, ..Bm25::default() };
    let relevance = TextIndex::build_with(documents, params).relevance("cocoa");
    assert!(relevance[0] < relevance[1] && relevance[1] < relevance[2], "{relevance:?}");
    assert!(relevance[2] - relevance[1] < 2.0 * (relevance[1] - relevance[0]), "{relevance:?}");
    assert!(relevance[2] < 1.0);
}

#[test]
fn longer_documents_weigh_a_match_less() {
    let relevance =
        TextIndex::build(["cocoa beans", "cocoa and many other crops grown across the coast", "tea"])
            .relevance("cocoa");
    assert!(relevance[0] > relevance[1], "{relevance:?}");
}

#[test]
fn relevance_is_between_zero_and_one_and_zero_without_known_terms() {
    let index = TextIndex::build(["solar dryer for cocoa", "tea", "the and of"]);
    for query in ["solar dryer cocoa", "solar solar solar", "cocoa tea"] {
        assert!(index.relevance(query).iter().all(|r| (0.0..=1.0).contains(r)), "{query}");
    }
    assert_eq!(index.relevance("quantum"), [0.0, 0.0, 0.0]);
    assert_eq!(index.relevance("the and of"), [0.0, 0.0, 0.0], "stop words are dropped");
    assert_eq!(index.relevance_to("solar dryer", 0), index.relevance("solar dryer")[0]);
}

// --- Recommendations -------------------------------------------------------------------------

fn catalogue_of(opportunities: &[Opportunity]) -> Catalogue {
    Catalogue::build(opportunities)
}

fn ranked(catalogue: &Catalogue, msme: &Msme, k: usize, weights: &Weights) -> Vec<usize> {
    recommend(catalogue, msme, k, weights).iter().map(|r| r.opportunity).collect()
}

#[test]
fn recommendations_are_best_first_without_the_excluded_and_explain_themselves() {
    let mut for_bakers = onboarding();
    for_bakers.industries = vec![isic(&["C", "10", "107"])];
    let mut closed = for_bakers.clone();
    closed.open = false;
    let mut training = onboarding();
    training.channel = Channel::Training;
    training.description = "Bookkeeping course".into();
    let opportunities = [training, closed, onboarding(), for_bakers];
    let catalogue = catalogue_of(&opportunities);
    let weights = Weights::default();
    let recommendations = recommend(&catalogue, &bakery(), 10, &weights);
    assert_eq!(recommendations.iter().map(|r| r.opportunity).collect::<Vec<_>>(), [3, 2, 0]);
    for recommendation in &recommendations {
        assert_eq!(recommendation.score, recommendation.breakdown.total());
        let explained = catalogue.explain(&bakery(), recommendation.opportunity, &weights).unwrap();
        assert_eq!(explained, Ok(recommendation.breakdown));
    }
    assert_eq!(catalogue.explain(&bakery(), 1, &weights), Some(Err(Excluded::Closed)));
    assert_eq!(catalogue.explain(&bakery(), 4, &weights), None);
    assert!(recommendations[0].breakdown.get(Contribution::TextRelevance) > 0.0);
}

#[test]
fn recommendations_keep_k_and_break_ties_by_the_lower_index() {
    let catalogue = catalogue_of(&vec![onboarding(); 6]);
    assert_eq!(ranked(&catalogue, &bakery(), 3, &Weights::default()), [0, 1, 2]);
    assert_eq!(ranked(&catalogue, &bakery(), 0, &Weights::default()), Vec::<usize>::new());
    assert_eq!(ranked(&catalogue, &bakery(), 10, &Weights::default()).len(), 6);
}

#[test]
fn capacity_and_closing_update_without_a_rebuild() {
    let mut catalogue = catalogue_of(&[onboarding(), onboarding()]);
    catalogue.set_capacity_left(0, Some(0));
    assert_eq!(ranked(&catalogue, &bakery(), 10, &Weights::default()), [1]);
    catalogue.set_capacity_left(0, Some(3));
    catalogue.set_open(1, false);
    assert_eq!(ranked(&catalogue, &bakery(), 10, &Weights::default()), [0]);
}

#[test]
fn weights_change_rankings_as_expected() {
    let mut same_industry = onboarding();
    same_industry.description = "Support programme".into();
    same_industry.industries = vec![isic(&["C", "10", "107", "1071"])];
    let mut same_words = onboarding();
    same_words.description = "Sell bread on an online marketplace".into();
    same_words.industries = vec![isic(&["C", "13"])];
    let mut for_women = onboarding();
    for_women.description = "Support programme".into();
    for_women.prioritises_women_led = true;
    let catalogue = catalogue_of(&[same_industry, same_words, for_women]);

    let check = |weights: Weights, expected_first: usize| {
        assert_eq!(ranked(&catalogue, &bakery(), 1, &weights), [expected_first], "{weights:?}");
    };
    let nothing = Weights { industry: 0.0, text_relevance: 0.0, women_led: 0.0, ..Weights::default() };
    check(Weights { industry: 5.0, ..nothing }, 0);
    check(Weights { text_relevance: 5.0, ..nothing }, 1);
    check(Weights { women_led: 5.0, ..nothing }, 2);
    check(nothing, 0);
}

#[test]
fn an_msme_from_an_unknown_country_is_offered_only_what_is_open_to_all() {
    let mut anywhere = onboarding();
    anywhere.country = None;
    let catalogue = catalogue_of(&[onboarding(), anywhere]);
    let mut ghanaian = bakery();
    ghanaian.country = "GH".into();
    assert_eq!(ranked(&catalogue, &ghanaian, 10, &Weights::default()), [1]);
}

// --- Population top-k ------------------------------------------------------------------------

#[test]
fn population_top_k_refuses_arrays_that_are_not_matrices() {
    let check = |msmes: &[f32], opportunities: &[f32], dim: usize, expected: TopKError| {
        assert_eq!(population_top_k(msmes, opportunities, dim, 3).unwrap_err(), expected);
    };
    check(&[1.0; 4], &[1.0; 4], 0, TopKError::ZeroDimension);
    check(&[1.0; 5], &[1.0; 4], 2, TopKError::Ragged { what: "msmes", len: 5, dim: 2 });
    check(&[1.0; 4], &[1.0; 3], 2, TopKError::Ragged { what: "opportunities", len: 3, dim: 2 });
    assert_eq!(
        TopKError::Ragged { what: "msmes", len: 5, dim: 2 }.to_string(),
        "msmes holds 5 floats, which is not a multiple of the dimension 2"
    );
}

#[test]
fn population_top_k_ranks_nan_last_and_reports_absent_entries() {
    // Opportunity 1 scores NaN for everyone, opportunity 2 minus infinity.
    let opportunities = [1.0, f32::NAN, f32::NEG_INFINITY, 2.0];
    let msmes = [1.0, -1.0];
    let top = population_top_k(&msmes, &opportunities, 1, 3).unwrap();
    assert_eq!(top.width(), 3);
    assert_eq!(top.row(0).collect::<Vec<_>>(), [(3, 2.0), (0, 1.0), (2, f32::NEG_INFINITY)]);
    assert_eq!(top.row(1).collect::<Vec<_>>(), [(2, f32::INFINITY), (0, -1.0), (3, -2.0)]);
    let single = population_top_k(&[1.0], &[f32::NAN, 1.0], 1, 2).unwrap();
    assert_eq!(single.indices(), [1, ABSENT]);
}

#[test]
fn population_top_k_of_nothing_is_empty() {
    assert_eq!(population_top_k(&[], &[1.0, 2.0], 2, 10).unwrap().rows(), 0);
    let no_opportunities = population_top_k(&[1.0, 2.0], &[], 2, 10).unwrap();
    assert_eq!(
        (no_opportunities.rows(), no_opportunities.width(), no_opportunities.row(0).count()),
        (1, 0, 0)
    );
}

/// Features from a small grid of values, so that equal scores (ties) are common.
fn features(len: usize) -> impl Strategy<Value = Vec<f32>> {
    prop::collection::vec((-4i8..=4).prop_map(|v| f32::from(v) * 0.5), len)
}

proptest! {
    #[test]
    fn fast_population_top_k_equals_the_naive_reference(
        (dim, msmes, opportunities, k) in (1usize..40, 0usize..30, 0usize..120, 0usize..14)
            .prop_flat_map(|(dim, n, m, k)| (Just(dim), features(n * dim), features(m * dim), Just(k)))
    ) {
        let fast = population_top_k(&msmes, &opportunities, dim, k).unwrap();
        let naive = population_top_k_naive(&msmes, &opportunities, dim, k).unwrap();
        prop_assert_eq!(fast, naive);
    }

    #[test]
    fn fast_population_top_k_equals_the_naive_reference_on_continuous_values(
        (dim, msmes, opportunities, k) in (1usize..34, 1usize..40, 1usize..300, 1usize..12)
            .prop_flat_map(|(dim, n, m, k)| (
                Just(dim),
                prop::collection::vec(-10.0f32..10.0, n * dim),
                prop::collection::vec(-10.0f32..10.0, m * dim),
                Just(k),
            ))
    ) {
        let fast = population_top_k(&msmes, &opportunities, dim, k).unwrap();
        let naive = population_top_k_naive(&msmes, &opportunities, dim, k).unwrap();
        prop_assert_eq!(fast, naive);
    }
}

#[test]
fn recommending_for_a_population_gives_each_msme_what_recommending_alone_gives_it() {
    let mut opportunities = Vec::new();
    for (index, channel) in Channel::ALL.into_iter().enumerate() {
        let mut opportunity = onboarding();
        opportunity.channel = channel;
        opportunity.regions = if index % 2 == 0 { vec!["Jawa Barat".into()] } else { vec!["Bali".into()] };
        opportunities.push(opportunity);
    }
    let catalogue = Catalogue::build(&opportunities);
    let mut elsewhere = bakery();
    elsewhere.region = Some("Bali".into());
    let mut foreign = bakery();
    foreign.country = "GH".into();
    let population = vec![bakery(), elsewhere, foreign];
    let weights = Weights::default();
    let all = recommend_all(&catalogue, &population, 3, &weights);
    assert_eq!(all.len(), population.len());
    for (msme, recommendations) in population.iter().zip(&all) {
        assert_eq!(*recommendations, recommend(&catalogue, msme, 3, &weights));
    }
    assert!(all[2].is_empty(), "a firm in another country passes no hard filter");
    assert!(all[0].iter().all(|r| r.opportunity % 2 == 0), "only opportunities serving its region");
}

// --- A catalogue changed in place ------------------------------------------------------------

/// A change to a catalogue: add candidate `i`, put candidate `i` in the slot chosen by `s`, or
/// remove the slot chosen by `s`.
#[derive(Debug, Clone)]
enum Edit {
    Push(usize),
    Replace(usize, usize),
    Remove(usize),
}

/// Opportunities that differ in the fields the scan reads and in their texts' words and lengths.
fn candidates() -> Vec<Opportunity> {
    let words = ["bread", "marketplace", "online", "export", "cocoa", "loan", "sell", "training"];
    let mut candidates = Vec::new();
    for i in 0..24usize {
        let mut opportunity = onboarding();
        opportunity.channel = Channel::ALL[i % 5];
        opportunity.description =
            (0..1 + i % 7).map(|j| words[(i * 3 + j * 5) % words.len()]).collect::<Vec<_>>().join(" ");
        if i % 4 == 0 {
            opportunity.regions = vec!["Jawa Barat".into()];
        }
        if i % 6 == 1 {
            opportunity.industries = vec![isic(&["C", "10"])];
        }
        opportunity.open = i % 11 != 5;
        candidates.push(opportunity);
    }
    candidates
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_catalogue_changed_in_place_ranks_as_a_fresh_build_over_its_live_opportunities(
        edits in prop::collection::vec(
            prop_oneof![
                (0..24usize).prop_map(Edit::Push),
                (0..64usize, 0..24usize).prop_map(|(s, i)| Edit::Replace(s, i)),
                (0..64usize).prop_map(Edit::Remove),
            ],
            1..40,
        )
    ) {
        let candidates = candidates();
        let mut catalogue = Catalogue::build(&candidates[..3]);
        let mut slots: Vec<Option<usize>> = vec![Some(0), Some(1), Some(2)];
        for edit in edits {
            match edit {
                Edit::Push(i) => {
                    prop_assert_eq!(catalogue.push(&candidates[i]), slots.len());
                    slots.push(Some(i));
                }
                Edit::Replace(s, i) => {
                    let slot = s % slots.len();
                    catalogue.replace(slot, &candidates[i]);
                    slots[slot] = Some(i);
                }
                Edit::Remove(s) => {
                    let slot = s % slots.len();
                    catalogue.remove(slot);
                    slots[slot] = None;
                }
            }
        }
        let live: Vec<(usize, usize)> =
            slots.iter().enumerate().filter_map(|(slot, i)| i.map(|i| (slot, i))).collect();
        prop_assert_eq!(catalogue.removed(), slots.len() - live.len());
        let fresh_opportunities: Vec<Opportunity> = live.iter().map(|(_, i)| candidates[*i].clone()).collect();
        let fresh = Catalogue::build(&fresh_opportunities);
        let mut elsewhere = bakery();
        elsewhere.region = Some("Bali".into());
        elsewhere.needs[0].description = "cocoa export loan".into();
        for msme in [bakery(), elsewhere] {
            let changed = recommend(&catalogue, &msme, 10, &Weights::default());
            let expected: Vec<(usize, u32)> = recommend(&fresh, &msme, 10, &Weights::default())
                .iter()
                .map(|r| (live[r.opportunity].0, r.score.to_bits()))
                .collect();
            let got: Vec<(usize, u32)> = changed.iter().map(|r| (r.opportunity, r.score.to_bits())).collect();
            prop_assert_eq!(got, expected);
            for (slot, i) in slots.iter().enumerate() {
                let explained = catalogue.explain(&msme, slot, &Weights::default());
                prop_assert_eq!(explained.is_none(), i.is_none(), "slot {} of {:?}", slot, slots);
            }
        }
    }
}

#[test]
fn a_removed_opportunity_leaves_the_text_statistics() {
    let mut index = TextIndex::build(["cocoa beans", "cocoa", "tea"]);
    let before = index.idf("cocoa");
    index.remove(1);
    assert_eq!(index.len(), 2);
    assert_eq!(index.slots(), 3);
    assert_eq!(index.idf("cocoa"), TextIndex::build(["cocoa beans", "tea"]).idf("cocoa"));
    assert!(index.idf("cocoa") > before, "a rarer word weighs more");
    assert_eq!(index.relevance("cocoa")[1], 0.0);
    index.replace(1, "tea leaves");
    assert_eq!(
        index.relevance("tea"),
        TextIndex::build(["cocoa beans", "tea leaves", "tea"]).relevance("tea")
    );
}
