//! Property tests of the exact solvers against brute force on small random instances, and a
//! round trip through the benchmark's file formats.

use mitra_matcher::instance::{self, Instance};
use mitra_matcher::lap::{self, CostMatrix};
use mitra_matcher::transport::{self, B2bProblem, GroupQuotas, Quota, QuotaError, TransportProblem};
use proptest::prelude::*;

/// A small capacitated instance: per MSME a list of `(mentor, cost)` with distinct mentors.
#[derive(Debug, Clone)]
struct Small {
    rows: Vec<Vec<(u32, i32)>>,
    capacities: Vec<u32>,
    penalty: i64,
}

impl Small {
    fn problem(&self) -> TransportProblem {
        let mut offsets = vec![0];
        let (mut mentors, mut costs) = (Vec::new(), Vec::new());
        for row in &self.rows {
            for &(j, c) in row {
                mentors.push(j);
                costs.push(c);
            }
            offsets.push(mentors.len());
        }
        TransportProblem::new(offsets, mentors, costs, self.capacities.clone(), self.penalty).unwrap()
    }

    /// Every feasible assignment, by enumeration.
    fn all_assignments(&self) -> Vec<Vec<Option<u32>>> {
        let mut out = vec![Vec::new()];
        for row in &self.rows {
            let mut next = Vec::new();
            for partial in &out {
                for choice in std::iter::once(None).chain(row.iter().map(|&(j, _)| Some(j))) {
                    let mut extended: Vec<Option<u32>> = partial.clone();
                    extended.push(choice);
                    next.push(extended);
                }
            }
            out = next;
        }
        out.retain(|a| {
            (0..self.capacities.len())
                .all(|j| a.iter().filter(|c| **c == Some(j as u32)).count() <= self.capacities[j] as usize)
        });
        out
    }
}

fn small_instance(max_msmes: usize, max_mentors: usize) -> impl Strategy<Value = Small> {
    (1..=max_mentors, 1..=max_msmes, 0i64..=60).prop_flat_map(move |(m, n, penalty)| {
        let row = proptest::collection::btree_map(0..m as u32, 0i32..=50, 0..=m)
            .prop_map(|r| r.into_iter().collect());
        (proptest::collection::vec(row, n), proptest::collection::vec(0u32..=3, m))
            .prop_map(move |(rows, capacities)| Small { rows, capacities, penalty })
    })
}

fn brute_force_lap(matrix: &CostMatrix) -> i64 {
    fn go(matrix: &CostMatrix, row: usize, used: &mut Vec<bool>) -> i64 {
        if row == matrix.n_rows() {
            return 0;
        }
        let mut best = i64::MAX;
        for j in 0..matrix.n_cols() {
            if !used[j] {
                used[j] = true;
                let rest = go(matrix, row + 1, used);
                used[j] = false;
                best = best.min(rest + i64::from(matrix.cost(row, j)));
            }
        }
        best
    }
    go(matrix, 0, &mut vec![false; matrix.n_cols()])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn dense_assignment_matches_brute_force(
        (n_rows, n_cols, costs) in (1usize..=6).prop_flat_map(|r| (Just(r), r..=7)).prop_flat_map(|(r, c)| {
            (Just(r), Just(c), proptest::collection::vec(-20i32..=20, r * c))
        })
    ) {
        let matrix = CostMatrix::new(n_rows, n_cols, costs).unwrap();
        let solution = lap::solve(&matrix);
        let mut columns = solution.column_of_row.clone();
        columns.sort_unstable();
        columns.dedup();
        prop_assert_eq!(columns.len(), n_rows);
        prop_assert!(solution.column_of_row.iter().all(|&j| (j as usize) < n_cols));
        prop_assert_eq!(solution.total_cost, matrix.total_cost(&solution.column_of_row));
        prop_assert_eq!(solution.total_cost, brute_force_lap(&matrix));
    }

    #[test]
    fn dense_assignment_with_few_distinct_costs_matches_brute_force(
        costs in proptest::collection::vec(0i32..=2, 36)
    ) {
        let matrix = CostMatrix::new(6, 6, costs).unwrap();
        prop_assert_eq!(lap::solve(&matrix).total_cost, brute_force_lap(&matrix));
    }

    #[test]
    fn capacitated_assignment_matches_brute_force(small in small_instance(6, 3)) {
        let problem = small.problem();
        let solution = transport::solve(&problem).unwrap();
        let (cost, assigned) = problem.evaluate(&solution.mentor_of).unwrap();
        prop_assert_eq!(cost, solution.total_cost);
        prop_assert_eq!(assigned, solution.n_assigned);
        let best = small.all_assignments().iter().map(|a| problem.evaluate(a).unwrap().0).min().unwrap();
        prop_assert_eq!(solution.total_cost, best);
    }

    #[test]
    fn a_tight_capacitated_assignment_matches_min_cost_flow(
        rows in proptest::collection::vec(proptest::collection::btree_map(0u32..6, 0i32..=1000, 0..=4), 60),
        capacities in proptest::collection::vec(6u32..=14, 6),
    ) {
        // About as many seats as MSMEs, with several seats per mentor: the regime where the
        // auction's bids must treat the seats of a mentor as similar objects.
        let small = Small {
            rows: rows.into_iter().map(|row| row.into_iter().collect()).collect(),
            capacities,
            penalty: 700,
        };
        let problem = small.problem();
        let solution = transport::solve(&problem).unwrap();
        prop_assert_eq!(problem.evaluate(&solution.mentor_of).unwrap().0, solution.total_cost);
        // The same problem as a B2B transportation problem with unit demands, solved by the
        // independent min-cost flow.
        let mut offsets = vec![0];
        let (mut mentors, mut costs) = (Vec::new(), Vec::new());
        for row in &small.rows {
            for &(j, c) in row {
                mentors.push(j);
                costs.push(c);
            }
            offsets.push(mentors.len());
        }
        let supplies = small.capacities.iter().map(|&c| u64::from(c)).collect();
        let flow = B2bProblem::new(vec![1; small.rows.len()], supplies, offsets, mentors, costs, 700).unwrap();
        prop_assert_eq!(solution.total_cost, transport::solve_b2b(&flow).total_cost);
    }

    #[test]
    fn capacitated_assignment_is_deterministic(small in small_instance(8, 4)) {
        let problem = small.problem();
        prop_assert_eq!(transport::solve(&problem).unwrap(), transport::solve(&problem).unwrap());
    }

    #[test]
    fn quotas_match_brute_force(
        small in small_instance(6, 3),
        groups in proptest::collection::vec(proptest::option::of(0u32..2), 6),
        at_least in (0u64..=3, 0u64..=2),
    ) {
        let problem = small.problem();
        let n = small.rows.len();
        let quotas = GroupQuotas {
            group_of: groups[..n].to_vec(),
            quotas: vec![Quota { group: 0, at_least: at_least.0 }, Quota { group: 1, at_least: at_least.1 }],
        };
        let meets = |a: &[Option<u32>]| {
            quotas.quotas.iter().all(|q| {
                let count = (0..n).filter(|&i| a[i].is_some() && quotas.group_of[i] == Some(q.group)).count();
                count as u64 >= q.at_least
            })
        };
        let best = small
            .all_assignments()
            .iter()
            .filter(|a| meets(a))
            .map(|a| problem.evaluate(a).unwrap().0)
            .min();
        match (transport::solve_with_quotas(&problem, &quotas), best) {
            (Ok(solution), Some(best)) => {
                prop_assert!(meets(&solution.mentor_of));
                prop_assert_eq!(problem.evaluate(&solution.mentor_of).unwrap().0, solution.total_cost);
                prop_assert_eq!(solution.total_cost, best);
            }
            (Err(QuotaError::Unreachable { group, required, best_alone, achieved }), None) => {
                prop_assert!(achieved < required);
                let most = small
                    .all_assignments()
                    .iter()
                    .map(|a| (0..n).filter(|&i| a[i].is_some() && quotas.group_of[i] == Some(group)).count())
                    .max()
                    .unwrap() as u64;
                prop_assert_eq!(best_alone, most);
            }
            (got, best) => prop_assert!(false, "solver {:?}, brute force {:?}", got, best),
        }
    }

    #[test]
    fn b2b_quantities_match_brute_force(
        (n_buyers, n_suppliers) in (1usize..=3, 1usize..=2),
        demands in proptest::collection::vec(0u64..=3, 3),
        supplies in proptest::collection::vec(0u64..=3, 2),
        allowed in proptest::collection::vec(proptest::option::of(-5i32..=20), 6),
        penalty in 0i64..=25,
    ) {
        let mut offsets = vec![0];
        let (mut suppliers, mut costs, mut pairs) = (Vec::new(), Vec::new(), Vec::new());
        for b in 0..n_buyers {
            for s in 0..n_suppliers {
                if let Some(c) = allowed[b * 2 + s] {
                    suppliers.push(s as u32);
                    costs.push(c);
                    pairs.push((b, s, c));
                }
            }
            offsets.push(suppliers.len());
        }
        let problem = B2bProblem::new(
            demands[..n_buyers].to_vec(),
            supplies[..n_suppliers].to_vec(),
            offsets,
            suppliers,
            costs,
            penalty,
        )
        .unwrap();
        let solution = transport::solve_b2b(&problem);
        // Brute force over every quantity on every pair.
        let mut best = i64::MAX;
        let mut flows = vec![0u64; pairs.len()];
        loop {
            let shipped_by = |b: usize| pairs.iter().zip(&flows).filter(|((pb, _, _), _)| *pb == b).map(|(_, f)| f).sum::<u64>();
            let received = |s: usize| pairs.iter().zip(&flows).filter(|((_, ps, _), _)| *ps == s).map(|(_, f)| f).sum::<u64>();
            if (0..n_buyers).all(|b| shipped_by(b) <= demands[b]) && (0..n_suppliers).all(|s| received(s) <= supplies[s]) {
                let cost: i64 = pairs.iter().zip(&flows).map(|((_, _, c), f)| i64::from(*c) * *f as i64).sum::<i64>()
                    + (0..n_buyers).map(|b| penalty * (demands[b] - shipped_by(b)) as i64).sum::<i64>();
                best = best.min(cost);
            }
            let Some(k) = (0..flows.len()).find(|&k| flows[k] < 3) else { break };
            flows[k] += 1;
            flows[..k].fill(0);
        }
        prop_assert_eq!(solution.total_cost, best);
        // The plan itself is feasible and costs what it says.
        let mut cost = 0i64;
        let mut received = vec![0u64; n_suppliers];
        for (b, &unmet) in solution.unmet.iter().enumerate() {
            let shipped: u64 = solution.shipments.iter().filter(|s| s.buyer as usize == b).map(|s| s.quantity).sum();
            prop_assert_eq!(shipped + unmet, demands[b]);
            cost += penalty * unmet as i64;
        }
        for s in &solution.shipments {
            let (_, _, c) = pairs.iter().find(|(b, p, _)| *b == s.buyer as usize && *p == s.supplier as usize).unwrap();
            cost += i64::from(*c) * s.quantity as i64;
            received[s.supplier as usize] += s.quantity;
        }
        prop_assert!((0..n_suppliers).all(|s| received[s] <= supplies[s]));
        prop_assert_eq!(cost, solution.total_cost);
    }

    #[test]
    fn a_sparse_file_round_trips_to_the_same_optimum(small in small_instance(6, 3)) {
        // The file format refuses zero capacities.
        let mut small = small;
        small.capacities.iter_mut().for_each(|c| *c = (*c).max(1));
        let problem = small.problem();
        let offsets: Vec<u64> = std::iter::once(0)
            .chain(small.rows.iter().scan(0u64, |acc, r| { *acc += r.len() as u64; Some(*acc) }))
            .collect();
        // The file format wants ascending mentors within a row.
        let mut rows = small.rows.clone();
        rows.iter_mut().for_each(|r| r.sort_unstable());
        let mentors: Vec<u32> = rows.iter().flatten().map(|&(j, _)| j).collect();
        let costs: Vec<i32> = rows.iter().flatten().map(|&(_, c)| c).collect();
        let bytes = instance::encode::sparse(&offsets, &mentors, &costs, &small.capacities, small.penalty, 1);
        let Instance::Sparse(parsed) = instance::parse(&bytes).unwrap() else { panic!("not sparse") };
        prop_assert_eq!(
            transport::solve(&parsed.problem).unwrap().total_cost,
            transport::solve(&problem).unwrap().total_cost
        );
    }

    #[test]
    fn the_parser_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = instance::parse(&bytes);
    }

    #[test]
    fn the_parser_never_panics_on_a_damaged_valid_file(at in 0usize..120, byte in any::<u8>(), cut in 0usize..=120) {
        let mut bytes = instance::encode::sparse(&[0, 2, 3], &[0, 1, 1], &[10, 20, 30], &[1, 2], 700, 7);
        bytes[at] = byte;
        bytes.truncate(cut);
        let _ = instance::parse(&bytes);
    }
}

#[test]
fn the_written_assignment_is_one_line_per_row() {
    let problem =
        Small { rows: vec![vec![(0, 5)], vec![], vec![(0, 1)]], capacities: vec![1], penalty: 10 }.problem();
    let solution = transport::solve(&problem).unwrap();
    assert_eq!(instance::write_assignment(&solution.mentor_of), "-1\n-1\n0\n");
}
