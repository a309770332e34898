//! Solving a round from its inputs: the exact engine's assignment, and what first come, first
//! served and a greedy best-fit-first would have given on the same inputs.
//!
//! Pure: the same [`RoundInputs`] always give the same [`RoundResult`], which is what lets a
//! published round be reproduced from what its run stored.
//!
//! The best assignment serves as many firms as the mentors' room and the rules allow, and
//! among those assignments the one with the highest total fit: as a capacitated assignment,
//! each pair costs `best possible fit - fit`, and leaving a firm out costs more than any set of
//! fits could make up for. Pinned pairs are made first and take their mentors' seats; forbidden
//! pairs are not candidates. A programme's targets are held as hard quotas for one family of
//! groups (its regions when it names region targets, else women-led, else youth-led firms),
//! exactly, by the engine's min-cost flow; the other targets are reported against what the
//! assignment gives.

use std::collections::HashMap;

use mitra_domain::round::{Exclusion, Fit, Group, RoundInputs, best_possible, fit};
use mitra_domain::{Invalid, Problem};
use mitra_matcher::transport::{self, GroupQuotas, Quota, QuotaError, TransportProblem};
use uuid::Uuid;

/// How an assignment was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// The exact engine.
    Best,
    /// Each firm in the population's order takes its best-fitting mentor with room.
    FirstCome,
    /// The pairs of highest fit first, each taken while both sides are free.
    Greedy,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::Best, Method::FirstCome, Method::Greedy];

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Best => "best",
            Method::FirstCome => "first_come",
            Method::Greedy => "greedy",
        }
    }
}

/// A proposed pair with its fit.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Proposed {
    pub firm: Uuid,
    pub mentor: Uuid,
    pub fit: Fit,
    /// Made by hand.
    pub pinned: bool,
}

/// Why the best assignment left a firm out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Unmatched {
    /// No mentor of the pool can take it: how many mentors each rule ruled out.
    NoMentorFits { other_country: u32, no_shared_language: u32, outside_regions: u32 },
    /// The mentors who could take it are all forbidden for it.
    Forbidden,
    /// The mentors who could take it are full with firms the assignment served instead.
    MentorsFull { candidates: u32 },
}

/// What one method gave.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    pub method: Method,
    pub served: u64,
    pub total_fit: u64,
    /// Firms served from each target group, in the order of [`RoundResult::groups`].
    pub served_by_group: Vec<u64>,
}

/// A programme's target and the population's members of its group.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GroupTarget {
    pub group: Group,
    /// The least share of the firms served, in per cent.
    pub share: u8,
    /// Firms of the population in the group.
    pub members: u64,
    /// Held as a hard quota by the best assignment.
    pub enforced: bool,
}

impl GroupTarget {
    /// Whether `served_of_group` out of `served` meets the share.
    pub fn met(&self, served_of_group: u64, served: u64) -> bool {
        served_of_group * 100 >= u64::from(self.share) * served
    }
}

/// A solved round.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RoundResult {
    /// The best assignment's pairs, in the population's order.
    pub pairs: Vec<Proposed>,
    pub unmatched: Vec<(Uuid, Unmatched)>,
    /// The best assignment first, then first come, then greedy.
    pub tallies: Vec<Tally>,
    pub groups: Vec<GroupTarget>,
    /// The most a fit can be with the round's weights.
    pub best_possible: u32,
    /// The mentors' seats.
    pub seats: u64,
}

impl RoundResult {
    pub fn tally(&self, method: Method) -> Option<&Tally> {
        self.tallies.iter().find(|t| t.method == method)
    }
}

/// Solves `inputs`: the problems that make it impossible, each with its field, or the result.
pub fn solve(inputs: &RoundInputs) -> Result<RoundResult, Vec<Invalid>> {
    let settings = &inputs.settings;
    let weights = &settings.weights;
    let firms = &inputs.firms;
    let mentors = &inputs.mentors;
    let seats: u64 = mentors.iter().map(|m| u64::from(m.capacity)).sum();
    let mut problems = Vec::new();
    if seats == 0 {
        problems.push(Invalid::new("pool", Problem::NoMentors));
    }
    if firms.is_empty() {
        problems.push(Invalid::new("population", Problem::NoFirms));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let firm_index: HashMap<Uuid, usize> = firms.iter().enumerate().map(|(i, f)| (f.id, i)).collect();
    let mentor_index: HashMap<Uuid, usize> = mentors.iter().enumerate().map(|(j, m)| (m.id, j)).collect();

    // Pins first: each must name a firm of the population and a mentor of the pool that a
    // hard rule does not rule out, within the mentor's room.
    let mut pinned_to: Vec<Option<usize>> = vec![None; firms.len()];
    let mut room: Vec<u32> = mentors.iter().map(|m| u32::from(m.capacity)).collect();
    for (index, pin) in settings.pins.iter().enumerate() {
        let (Some(&i), Some(&j)) = (firm_index.get(&pin.firm), mentor_index.get(&pin.mentor)) else {
            let field = if firm_index.contains_key(&pin.firm) { "mentor" } else { "firm" };
            problems.push(Invalid::new(format!("pins[{index}].{field}"), Problem::NotInList));
            continue;
        };
        if let Err(why) = fit(&firms[i], &mentors[j], weights) {
            problems.push(Invalid::new(format!("pins[{index}]"), Problem::PinRuledOut { why }));
            continue;
        }
        if room[j] == 0 {
            problems.push(Invalid::new(
                format!("pins[{index}]"),
                Problem::PinsOverCapacity { capacity: mentors[j].capacity },
            ));
            continue;
        }
        room[j] -= 1;
        pinned_to[i] = Some(j);
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    // The candidates of every firm not pinned, and why the others were ruled out.
    let forbidden: std::collections::HashSet<(Uuid, Uuid)> =
        settings.forbids.iter().map(|p| (p.firm, p.mentor)).collect();
    let best = best_possible(weights);
    let mut candidates: Vec<Vec<(u32, Fit)>> = Vec::with_capacity(firms.len());
    let mut why_not: Vec<Unmatched> = Vec::with_capacity(firms.len());
    for (i, firm) in firms.iter().enumerate() {
        let mut list = Vec::new();
        let (mut other_country, mut no_shared_language, mut outside_regions, mut forbids) = (0, 0, 0, 0);
        if pinned_to[i].is_none() {
            for (j, mentor) in mentors.iter().enumerate() {
                match fit(firm, mentor, weights) {
                    Ok(_) if forbidden.contains(&(firm.id, mentor.id)) => forbids += 1,
                    Ok(fit) => list.push((j as u32, fit)),
                    Err(Exclusion::OtherCountry) => other_country += 1,
                    Err(Exclusion::NoSharedLanguage) => no_shared_language += 1,
                    Err(Exclusion::OutsideRegions) => outside_regions += 1,
                }
            }
        }
        why_not.push(if !list.is_empty() {
            Unmatched::MentorsFull { candidates: list.len() as u32 }
        } else if forbids > 0 {
            Unmatched::Forbidden
        } else {
            Unmatched::NoMentorFits { other_country, no_shared_language, outside_regions }
        });
        candidates.push(list);
    }

    // The engine's problem: every firm not pinned, its candidates, the room left.
    let free: Vec<usize> = (0..firms.len()).filter(|&i| pinned_to[i].is_none()).collect();
    let mut offsets = Vec::with_capacity(free.len() + 1);
    offsets.push(0);
    let (mut edge_mentors, mut costs) = (Vec::new(), Vec::new());
    for &i in &free {
        for (j, fit) in &candidates[i] {
            edge_mentors.push(*j);
            costs.push((best - fit.score) as i32);
        }
        offsets.push(edge_mentors.len());
    }
    // Leaving a firm out costs more than the costs of every other firm together.
    let penalty = i64::from(best) * (free.len() as i64 + 1) + 1;
    let problem = TransportProblem::new(offsets, edge_mentors, costs, room.clone(), penalty)
        .expect("the round's candidates are distinct mentors of the pool");

    let targets = inputs.targets.groups();
    let members = |group: &Group| firms.iter().filter(|f| group.holds(f)).count() as u64;
    // The family held as quotas: regions, else women-led, else youth-led.
    let enforced_family: Vec<usize> = {
        let regions: Vec<usize> =
            (0..targets.len()).filter(|&k| matches!(targets[k].0, Group::Region(_))).collect();
        if !regions.is_empty() { regions } else { (0..targets.len()).take(1).collect() }
    };
    let groups: Vec<GroupTarget> = targets
        .iter()
        .enumerate()
        .map(|(k, (group, share))| GroupTarget {
            group: group.clone(),
            share: *share,
            members: members(group),
            enforced: enforced_family.contains(&k),
        })
        .collect();

    let unconstrained = transport::solve(&problem).map_err(engine_failed)?;
    let mentor_of = if enforced_family.is_empty() {
        unconstrained.mentor_of
    } else {
        let served = unconstrained.n_assigned as u64 + pinned_to.iter().flatten().count() as u64;
        let group_of: Vec<Option<u32>> = free
            .iter()
            .map(|&i| enforced_family.iter().position(|&k| targets[k].0.holds(&firms[i])).map(|p| p as u32))
            .collect();
        let mut quotas = Vec::new();
        for &k in &enforced_family {
            let required = (served * u64::from(targets[k].1)).div_ceil(100);
            let pinned = (0..firms.len())
                .filter(|&i| pinned_to[i].is_some() && targets[k].0.holds(&firms[i]))
                .count() as u64;
            quotas.push((k, required, pinned));
        }
        let family = GroupQuotas {
            group_of,
            quotas: quotas
                .iter()
                .enumerate()
                .filter(|(_, (_, required, pinned))| required > pinned)
                .map(|(position, (_, required, pinned))| Quota {
                    group: position as u32,
                    at_least: required - pinned,
                })
                .collect(),
        };
        match transport::solve_with_quotas(&problem, &family) {
            Ok(solution) => solution.mentor_of,
            Err(QuotaError::Unreachable { group, best_alone, .. }) => {
                let (k, required, pinned) = quotas[group as usize];
                return Err(vec![Invalid::new(
                    "targets",
                    Problem::TargetUnreachable {
                        group: targets[k].0.clone(),
                        required,
                        best: best_alone + pinned,
                    },
                )]);
            }
            Err(QuotaError::Transport(error)) => return Err(engine_failed(error)),
            Err(other) => unreachable!("the round builds its quotas well: {other}"),
        }
    };

    // Each method's choice of mentor per firm, pins included.
    let mut best_choice = pinned_to.clone();
    for (position, &i) in free.iter().enumerate() {
        best_choice[i] = mentor_of[position].map(|j| j as usize);
    }
    let first_come = first_come(&pinned_to, &candidates, &room);
    let greedy = greedy(&pinned_to, &candidates, &room);

    let fit_of = |i: usize, j: usize| -> Fit {
        candidates[i]
            .iter()
            .find(|(m, _)| *m as usize == j)
            .map(|(_, fit)| fit.clone())
            .unwrap_or_else(|| fit(&firms[i], &mentors[j], weights).expect("a pin passed the rules"))
    };
    let tally = |method: Method, choice: &[Option<usize>]| {
        let mut tally = Tally { method, served: 0, total_fit: 0, served_by_group: vec![0; groups.len()] };
        for (i, mentor) in choice.iter().enumerate() {
            if let Some(j) = mentor {
                tally.served += 1;
                tally.total_fit += u64::from(fit_of(i, *j).score);
                for (k, target) in groups.iter().enumerate() {
                    if target.group.holds(&firms[i]) {
                        tally.served_by_group[k] += 1;
                    }
                }
            }
        }
        tally
    };
    let tallies = vec![
        tally(Method::Best, &best_choice),
        tally(Method::FirstCome, &first_come),
        tally(Method::Greedy, &greedy),
    ];
    let mut pairs = Vec::new();
    let mut unmatched = Vec::new();
    for (i, choice) in best_choice.iter().enumerate() {
        match choice {
            Some(j) => pairs.push(Proposed {
                firm: firms[i].id,
                mentor: mentors[*j].id,
                fit: fit_of(i, *j),
                pinned: pinned_to[i].is_some(),
            }),
            None => unmatched.push((firms[i].id, why_not[i].clone())),
        }
    }
    Ok(RoundResult { pairs, unmatched, tallies, groups, best_possible: best, seats })
}

fn engine_failed(error: transport::TransportError) -> Vec<Invalid> {
    // Never expected on a round's sizes; reported rather than hidden.
    vec![Invalid::new("round", Problem::Other(format!("the matching engine failed: {error}")))]
}

/// First come, first served: each firm in order takes its best-fitting mentor with room (the
/// first in the pool's order on a tie).
fn first_come(
    pinned_to: &[Option<usize>],
    candidates: &[Vec<(u32, Fit)>],
    room: &[u32],
) -> Vec<Option<usize>> {
    let mut room = room.to_vec();
    let mut choice = pinned_to.to_vec();
    for (i, list) in candidates.iter().enumerate() {
        if choice[i].is_some() {
            continue;
        }
        let best = list
            .iter()
            .filter(|(j, _)| room[*j as usize] > 0)
            .max_by(|(a, fa), (b, fb)| fa.score.cmp(&fb.score).then(b.cmp(a)));
        if let Some((j, _)) = best {
            room[*j as usize] -= 1;
            choice[i] = Some(*j as usize);
        }
    }
    choice
}

/// Greedy: every candidate pair from the highest fit down (the earlier firm, then the earlier
/// mentor, on a tie), taken while the firm is free and the mentor has room.
fn greedy(pinned_to: &[Option<usize>], candidates: &[Vec<(u32, Fit)>], room: &[u32]) -> Vec<Option<usize>> {
    let mut room = room.to_vec();
    let mut choice = pinned_to.to_vec();
    let mut pairs: Vec<(u32, usize, u32)> = candidates
        .iter()
        .enumerate()
        .filter(|(i, _)| pinned_to[*i].is_none())
        .flat_map(|(i, list)| list.iter().map(move |(j, fit)| (fit.score, i, *j)))
        .collect();
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j) in pairs {
        if choice[i].is_none() && room[j as usize] > 0 {
            room[j as usize] -= 1;
            choice[i] = Some(j as usize);
        }
    }
    choice
}

#[cfg(test)]
mod tests {
    use mitra_domain::round::{Firm, Mentor, Pair, Population, RoundSettings, Weights};
    use mitra_domain::text::Region;
    use mitra_domain::{Country, FairnessTargets, Language, RegionTarget};

    use super::*;

    fn firm(n: u128, region: &str, section: &str, languages: &[&str]) -> Firm {
        Firm {
            id: Uuid::from_u128(n),
            name: format!("Firm {n}"),
            country: Country::parse("IN").unwrap(),
            region: Some(Region::parse(region).unwrap()),
            section: Some(section.into()),
            languages: languages.iter().map(|l| Language::parse(l).unwrap()).collect(),
            women_led: n.is_multiple_of(2),
            youth_led: false,
            need: Some(30),
        }
    }

    fn mentor(n: u128, expertise: &[&str], regions: &[&str], capacity: u8) -> Mentor {
        Mentor {
            id: Uuid::from_u128(100 + n),
            name: format!("Mentor {n}"),
            expertise: expertise.iter().map(|s| (*s).to_owned()).collect(),
            languages: vec![Language::parse("hi").unwrap(), Language::parse("en").unwrap()],
            country: Country::parse("IN").unwrap(),
            regions: regions.iter().map(|r| Region::parse(r).unwrap()).collect(),
            capacity,
        }
    }

    /// Firm 1 comes first and fits both mentors, the food expert best; firm 2 fits only the
    /// food expert, who has one seat.
    fn contested() -> RoundInputs {
        RoundInputs {
            firms: vec![firm(1, "Maharashtra", "C", &["hi"]), firm(2, "Maharashtra", "C", &["hi"])],
            mentors: vec![mentor(1, &["C"], &["Maharashtra"], 1), mentor(2, &["G"], &[], 1)],
            settings: RoundSettings::new(Population::Participants),
            targets: FairnessTargets::default(),
        }
    }

    fn mentor_of(result: &RoundResult, firm: u128) -> Option<u128> {
        result.pairs.iter().find(|p| p.firm == Uuid::from_u128(firm)).map(|p| p.mentor.as_u128() - 100)
    }

    #[test]
    fn the_best_assignment_serves_every_firm_where_first_come_leaves_one_out() {
        let mut inputs = contested();
        // The generalist mentors only in Karnataka: firm 2 needs the expert; firm 1 gave no region.
        inputs.mentors[1].regions = vec![Region::parse("Karnataka").unwrap()];
        inputs.firms[0].region = None;
        let result = solve(&inputs).unwrap();
        assert_eq!(mentor_of(&result, 1), Some(2));
        assert_eq!(mentor_of(&result, 2), Some(1));
        let best = result.tally(Method::Best).unwrap();
        let first = result.tally(Method::FirstCome).unwrap();
        let greedy = result.tally(Method::Greedy).unwrap();
        // Greedy takes the closer fit first (firm 2 names the expert's region), and so serves both.
        assert_eq!((best.served, first.served, greedy.served), (2, 1, 2));
        assert_eq!(result.unmatched, []);
    }

    #[test]
    fn among_assignments_that_serve_as_many_the_best_has_the_highest_total_fit() {
        let inputs = contested();
        let result = solve(&inputs).unwrap();
        let best = result.tally(Method::Best).unwrap();
        assert_eq!(best.served, 2);
        assert!(result.tallies.iter().all(|t| t.total_fit <= best.total_fit || t.served < best.served));
        // Both firms are equal, so the earlier keeps the expert in every method.
        assert_eq!(best.total_fit, result.pairs.iter().map(|p| u64::from(p.fit.score)).sum::<u64>());
    }

    #[test]
    fn a_pinned_pair_is_kept_and_takes_its_mentors_seat_and_a_forbidden_one_is_never_made() {
        let mut inputs = contested();
        inputs.settings.pins = vec![Pair { firm: Uuid::from_u128(2), mentor: Uuid::from_u128(102) }];
        inputs.settings.forbids = vec![Pair { firm: Uuid::from_u128(1), mentor: Uuid::from_u128(101) }];
        let result = solve(&inputs).unwrap();
        assert_eq!(mentor_of(&result, 2), Some(2));
        assert!(result.pairs.iter().any(|p| p.pinned && p.firm == Uuid::from_u128(2)));
        // Firm 1 may not have the expert, and the generalist's one seat went to the pin.
        assert_eq!(result.unmatched, [(Uuid::from_u128(1), Unmatched::MentorsFull { candidates: 1 })]);
        for tally in &result.tallies {
            assert_eq!(tally.served, 1, "{:?} keeps the pin and nothing else", tally.method);
        }
    }

    #[test]
    fn a_firm_no_mentor_can_take_is_left_out_with_the_rules_that_ruled_each_out() {
        let mut inputs = contested();
        inputs.firms.push(firm(3, "Karnataka", "A", &["ta"]));
        let result = solve(&inputs).unwrap();
        assert!(result.unmatched.contains(&(
            Uuid::from_u128(3),
            Unmatched::NoMentorFits { other_country: 0, no_shared_language: 2, outside_regions: 0 }
        )));
    }

    #[test]
    fn a_pin_that_a_rule_rules_out_or_names_someone_outside_the_round_is_refused_with_its_field() {
        let mut inputs = contested();
        inputs.firms.push(firm(3, "Karnataka", "A", &["ta"]));
        inputs.settings.pins = vec![
            Pair { firm: Uuid::from_u128(3), mentor: Uuid::from_u128(101) },
            Pair { firm: Uuid::from_u128(9), mentor: Uuid::from_u128(101) },
            Pair { firm: Uuid::from_u128(1), mentor: Uuid::from_u128(109) },
        ];
        let problems: Vec<(String, Problem)> =
            solve(&inputs).unwrap_err().into_iter().map(|p| (p.field, p.problem)).collect();
        assert_eq!(
            problems,
            [
                ("pins[0]".to_owned(), Problem::PinRuledOut { why: Exclusion::NoSharedLanguage }),
                ("pins[1].firm".to_owned(), Problem::NotInList),
                ("pins[2].mentor".to_owned(), Problem::NotInList),
            ]
        );
    }

    #[test]
    fn a_region_target_is_held_as_a_quota_when_it_can_be_and_named_with_its_figures_when_not() {
        // Three Maharashtra firms come first; two Karnataka firms after; two seats anywhere.
        let mut inputs = RoundInputs {
            firms: vec![
                firm(1, "Maharashtra", "C", &["hi"]),
                firm(3, "Maharashtra", "C", &["hi"]),
                firm(5, "Maharashtra", "C", &["hi"]),
                firm(7, "Karnataka", "G", &["hi"]),
                firm(9, "Karnataka", "G", &["hi"]),
            ],
            mentors: vec![mentor(1, &["C"], &[], 2)],
            settings: RoundSettings::new(Population::Participants),
            targets: FairnessTargets {
                women_led: None,
                youth_led: None,
                regions: vec![RegionTarget { region: Region::parse("Karnataka").unwrap(), share: 50 }],
            },
        };
        let result = solve(&inputs).unwrap();
        assert!(result.groups[0].enforced);
        let best = result.tally(Method::Best).unwrap();
        assert_eq!((best.served, best.served_by_group[0]), (2, 1));
        assert!(result.groups[0].met(best.served_by_group[0], best.served));
        // First come gives both seats to Maharashtra's experts' firms.
        let first = result.tally(Method::FirstCome).unwrap();
        assert_eq!(first.served_by_group[0], 0);

        // Karnataka's firms speak only Kannada: the target cannot be met.
        for firm in &mut inputs.firms[3..] {
            firm.languages = vec![Language::parse("kn").unwrap()];
        }
        let problems = solve(&inputs).unwrap_err();
        assert_eq!(problems[0].field, "targets");
        assert_eq!(
            problems[0].problem,
            Problem::TargetUnreachable {
                group: Group::Region(Region::parse("Karnataka").unwrap()),
                required: 1,
                best: 0
            }
        );
    }

    #[test]
    fn a_round_without_mentors_or_firms_says_which_is_missing() {
        let mut inputs = contested();
        inputs.firms.clear();
        for mentor in &mut inputs.mentors {
            mentor.capacity = 0;
        }
        let fields: Vec<String> = solve(&inputs).unwrap_err().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["pool", "population"]);
    }

    #[test]
    fn the_same_stored_inputs_give_the_same_result() {
        let mut inputs = contested();
        inputs.settings.weights = Weights { industry: 10, language: 0, region: 5, need: 1 };
        let stored = serde_json::to_string(&inputs).unwrap();
        let again: RoundInputs = serde_json::from_str(&stored).unwrap();
        assert_eq!(solve(&inputs).unwrap(), solve(&again).unwrap());
    }
}
