//! Exact capacitated sparse assignment: MSMEs to mentors, with a penalty for the unassigned,
//! fairness quotas, and B2B matching of quantities.
//!
//! - [`solve`]: N MSMEs, M mentors, candidate edges in CSR form; every MSME takes at most one
//!   of its candidates, mentor `j` at most `capacity[j]` MSMEs; minimise the assigned costs plus
//!   the penalty for each MSME left unassigned. An epsilon-scaling forward/reverse auction (see
//!   below) that ends with a duality certificate: the answer is optimal or the call fails.
//! - [`solve_with_quotas`]: the same problem with hard quotas "at least q assigned MSMEs from
//!   group g" over one family of disjoint groups, solved as a min-cost flow.
//! - [`solve_b2b`]: buyers' requested quantities against suppliers' offered quantities with a
//!   cost per unit and a penalty per unit of unmet demand, solved as a min-cost flow.
//!
//! # The auction, then exact shortest paths
//!
//! Mentor `j` is `capacity[j]` identical seats, each with a price. An MSME's benefit from a seat
//! of mentor `j` is `P - cost`, scaled by `n + 1` (n = MSMEs with a useful edge); staying
//! unassigned is worth 0. A free MSME bids for the cheapest seat of its best mentor and raises
//! its price by the gap to its best option at another mentor (or staying out) plus epsilon,
//! evicting the previous holder (forward auction). When no MSME is free, a mentor with empty
//! seats at a positive price lowers them to one level and pulls in the outside MSMEs that gain
//! most (reverse auction). Epsilon shrinks six-fold per phase, down to one cost unit.
//!
//! The seats of one mentor are similar objects, and both kinds of bid treat them so: a forward
//! bid is not capped by the next seat of the same mentor, and a reverse bid never moves a member
//! from one seat of its mentor to another. Bidding seat by seat instead starts price wars among
//! the seats of a mentor, which rise or fall by epsilon per bid; on instances where the total
//! capacity is close to the number of MSMEs, they made the auction several times slower.
//!
//! The auction only provides a warm start. The `Market` finisher rounds the prices to whole
//! cost units, keeps every MSME whose seat is exactly its cheapest option (`cost + price`, or
//! the penalty), and then restores the two optimality conditions exactly: unplaced MSMEs are
//! inserted by Dijkstra searches over the mentors (a full mentor leads on through its members
//! to their other options; a mentor with room or "unassigned" ends the search; prices of the
//! settled mentors rise), and mentors left with an empty seat at a positive price run reverse
//! searches that either pull an MSME in along a shortest chain or bring the price down to 0.
//! A search never queues a node at or beyond the nearest end it has already seen.
//! Finally the duality gap is computed in exact integers and must be 0: `solve` either returns
//! an optimal assignment or fails with [`TransportError::CertificateFailed`].
//!
//! # The min-cost flow
//!
//! Quotas and B2B quantities are solved by successive shortest paths with Dijkstra on reduced
//! costs, starting from Bellman–Ford potentials; each search stops at the first node with a
//! deficit and only the settled nodes' potentials move. It is exact for any integer data but
//! slower than the auction on very large inputs.

use std::collections::VecDeque;

/// A validated capacitated sparse assignment problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransportProblem {
    /// CSR row pointers: the candidates of MSME `i` are `offsets[i]..offsets[i + 1]`.
    offsets: Vec<usize>,
    mentors: Vec<u32>,
    costs: Vec<i32>,
    capacities: Vec<u32>,
    penalty: i64,
}

/// Why a problem was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemError {
    #[error("offsets must start at 0 and have one entry more than there are MSMEs")]
    BadOffsets,
    #[error("offsets are not monotone at MSME {msme}")]
    OffsetsNotMonotone { msme: usize },
    #[error("the offsets announce {announced} edges but {mentors} mentors and {costs} costs are given")]
    EdgeCountMismatch { announced: usize, mentors: usize, costs: usize },
    #[error("MSME {msme} names mentor {mentor}, but there are only {n_mentors} mentors")]
    MentorOutOfRange { msme: usize, mentor: u32, n_mentors: usize },
    #[error("MSME {msme} names mentor {mentor} twice")]
    DuplicateCandidate { msme: usize, mentor: u32 },
    #[error("the penalty {penalty} is outside -2^40..2^40")]
    PenaltyOutOfRange { penalty: i64 },
}

/// Why a returned assignment is not feasible; used to check any solver's answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeasibilityError {
    #[error("the assignment has {got} entries for {expected} MSMEs")]
    WrongLength { got: usize, expected: usize },
    #[error("MSME {msme} is assigned to mentor {mentor}, which is not one of its candidates")]
    NotACandidate { msme: usize, mentor: u32 },
    #[error("mentor {mentor} takes {load} MSMEs but has capacity {capacity}")]
    OverCapacity { mentor: usize, load: u64, capacity: u32 },
}

/// Why the solver gave no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    #[error("costs and penalty span too wide a range for exact 64-bit arithmetic on {n_msmes} MSMEs")]
    RangeTooLarge { n_msmes: usize },
    /// A bug: the solver's own optimality check failed. Never expected; reported, not hidden.
    #[error("internal error: the assignment misses the dual bound by {gap}")]
    CertificateFailed { gap: i128 },
}

/// An optimal assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransportSolution {
    /// The mentor of each MSME, or `None` when it is left unassigned.
    pub mentor_of: Vec<Option<u32>>,
    /// Assigned edge costs plus the penalty for each unassigned MSME.
    pub total_cost: i64,
    pub n_assigned: usize,
}

impl TransportProblem {
    /// Builds a problem from CSR arrays. Candidates of an MSME must be distinct mentors (in any
    /// order); capacities may be 0.
    pub fn new(
        offsets: Vec<usize>,
        mentors: Vec<u32>,
        costs: Vec<i32>,
        capacities: Vec<u32>,
        penalty: i64,
    ) -> Result<Self, ProblemError> {
        let Some(&announced) = offsets.last() else { return Err(ProblemError::BadOffsets) };
        if offsets[0] != 0 {
            return Err(ProblemError::BadOffsets);
        }
        if let Some(msme) = offsets.windows(2).position(|w| w[1] < w[0]) {
            return Err(ProblemError::OffsetsNotMonotone { msme });
        }
        if announced != mentors.len() || announced != costs.len() {
            return Err(ProblemError::EdgeCountMismatch {
                announced,
                mentors: mentors.len(),
                costs: costs.len(),
            });
        }
        if !(-(1i64 << 40)..=(1i64 << 40)).contains(&penalty) {
            return Err(ProblemError::PenaltyOutOfRange { penalty });
        }
        let n_mentors = capacities.len();
        // Last MSME that named each mentor, to find duplicates in one pass.
        let mut seen_by = vec![u32::MAX; n_mentors];
        for msme in 0..offsets.len() - 1 {
            let mut sorted = true;
            for e in offsets[msme]..offsets[msme + 1] {
                let mentor = mentors[e];
                if mentor as usize >= n_mentors {
                    return Err(ProblemError::MentorOutOfRange { msme, mentor, n_mentors });
                }
                sorted &= e == offsets[msme] || mentors[e - 1] < mentor;
            }
            if !sorted {
                for &mentor in &mentors[offsets[msme]..offsets[msme + 1]] {
                    if seen_by[mentor as usize] == msme as u32 {
                        return Err(ProblemError::DuplicateCandidate { msme, mentor });
                    }
                    seen_by[mentor as usize] = msme as u32;
                }
            }
        }
        Ok(Self { offsets, mentors, costs, capacities, penalty })
    }

    pub fn n_msmes(&self) -> usize {
        self.offsets.len() - 1
    }

    pub fn n_mentors(&self) -> usize {
        self.capacities.len()
    }

    pub fn n_edges(&self) -> usize {
        self.mentors.len()
    }

    pub fn penalty(&self) -> i64 {
        self.penalty
    }

    pub fn capacities(&self) -> &[u32] {
        &self.capacities
    }

    /// The sum of all capacities: the number of seats.
    pub fn total_capacity(&self) -> u64 {
        self.capacities.iter().map(|&c| u64::from(c)).sum()
    }

    /// The candidates of MSME `msme` as `(mentor, cost)`.
    pub fn edges_of(&self, msme: usize) -> impl Iterator<Item = (u32, i32)> + '_ {
        let range = self.offsets[msme]..self.offsets[msme + 1];
        self.mentors[range.clone()].iter().copied().zip(self.costs[range].iter().copied())
    }

    /// Checks that `mentor_of` is feasible and returns its total cost and number assigned.
    pub fn evaluate(&self, mentor_of: &[Option<u32>]) -> Result<(i64, usize), FeasibilityError> {
        if mentor_of.len() != self.n_msmes() {
            return Err(FeasibilityError::WrongLength { got: mentor_of.len(), expected: self.n_msmes() });
        }
        let mut load = vec![0u64; self.n_mentors()];
        let (mut total, mut assigned) = (0i64, 0usize);
        for (msme, choice) in mentor_of.iter().enumerate() {
            match choice {
                None => total += self.penalty,
                Some(mentor) => {
                    let Some((_, cost)) = self.edges_of(msme).find(|&(j, _)| j == *mentor) else {
                        return Err(FeasibilityError::NotACandidate { msme, mentor: *mentor });
                    };
                    total += i64::from(cost);
                    assigned += 1;
                    load[*mentor as usize] += 1;
                }
            }
        }
        if let Some(mentor) = (0..self.n_mentors()).find(|&j| load[j] > u64::from(self.capacities[j])) {
            return Err(FeasibilityError::OverCapacity {
                mentor,
                load: load[mentor],
                capacity: self.capacities[mentor],
            });
        }
        Ok((total, assigned))
    }

    fn solution(&self, mentor_of: Vec<Option<u32>>) -> TransportSolution {
        let (total_cost, n_assigned) =
            self.evaluate(&mentor_of).expect("the solvers only return feasible assignments");
        TransportSolution { mentor_of, total_cost, n_assigned }
    }
}

/// Solves the capacitated assignment problem exactly with the auction (see the module docs).
pub fn solve(problem: &TransportProblem) -> Result<TransportSolution, TransportError> {
    let mentor_of = Auction::new(problem)?.run()?;
    Ok(problem.solution(mentor_of))
}

const FREE: u32 = u32::MAX;
const UNASSIGNED: u32 = u32::MAX - 1;
const NO_OWNER: u32 = u32::MAX;

/// The auction's state. Only edges cheaper than the penalty take part: any other edge is never
/// better than staying unassigned.
struct Auction<'a> {
    problem: &'a TransportProblem,
    /// Benefits are `(penalty - cost) * scale`.
    scale: i64,
    /// The MSMEs with at least one useful edge; the others stay unassigned.
    active: Vec<u32>,
    /// Useful edges per MSME (CSR over all MSMEs).
    row_start: Vec<usize>,
    edge_mentor: Vec<u32>,
    edge_cost: Vec<i32>,
    /// Useful edges per mentor, for reverse bids.
    column_start: Vec<usize>,
    column_msme: Vec<u32>,
    column_cost: Vec<i32>,
    /// Seats of mentor `j` are `seat_start[j]..seat_start[j + 1]`; never more than its useful
    /// edges, since more could never be filled.
    seat_start: Vec<usize>,
    seat_mentor: Vec<u32>,
    price: Vec<i64>,
    owner: Vec<u32>,
    /// The cheapest seat price of each mentor.
    min_price: Vec<i64>,
    /// The seat of each MSME, or `FREE` (bidding) or `UNASSIGNED` (chose to stay out).
    seat_of: Vec<u32>,
    /// What each MSME gets from its seat: benefit minus price, 0 when unassigned.
    profit: Vec<i64>,
    queue: VecDeque<u32>,
}

impl<'a> Auction<'a> {
    fn new(problem: &'a TransportProblem) -> Result<Self, TransportError> {
        let n = problem.n_msmes();
        let m = problem.n_mentors();
        let penalty = problem.penalty;
        let mut row_start = Vec::with_capacity(n + 1);
        row_start.push(0);
        let mut edge_mentor = Vec::new();
        let mut edge_cost = Vec::new();
        let mut active = Vec::new();
        let mut degree = vec![0usize; m];
        let mut max_benefit = 0i64;
        for i in 0..n {
            let before = edge_mentor.len();
            for (j, c) in problem.edges_of(i) {
                if i64::from(c) < penalty && problem.capacities[j as usize] > 0 {
                    edge_mentor.push(j);
                    edge_cost.push(c);
                    degree[j as usize] += 1;
                    max_benefit = max_benefit.max(penalty - i64::from(c));
                }
            }
            if edge_mentor.len() > before {
                active.push(i as u32);
            }
            row_start.push(edge_mentor.len());
        }
        let scale = active.len() as i64 + 1;
        // Prices stay below twice the largest benefit plus epsilon; keep a wide margin.
        if max_benefit.checked_mul(scale).and_then(|b| b.checked_mul(8)).is_none() {
            return Err(TransportError::RangeTooLarge { n_msmes: n });
        }
        let mut column_start = vec![0usize; m + 1];
        for j in 0..m {
            column_start[j + 1] = column_start[j] + degree[j];
        }
        let mut fill = column_start.clone();
        let mut column_msme = vec![0u32; edge_mentor.len()];
        let mut column_cost = vec![0i32; edge_mentor.len()];
        for &i in &active {
            let i = i as usize;
            for e in row_start[i]..row_start[i + 1] {
                let j = edge_mentor[e] as usize;
                column_msme[fill[j]] = i as u32;
                column_cost[fill[j]] = edge_cost[e];
                fill[j] += 1;
            }
        }
        let mut seat_start = vec![0usize; m + 1];
        for j in 0..m {
            let seats = (problem.capacities[j] as usize).min(degree[j]);
            seat_start[j + 1] = seat_start[j] + seats;
        }
        let n_seats = seat_start[m];
        let mut seat_mentor = vec![0u32; n_seats];
        for j in 0..m {
            seat_mentor[seat_start[j]..seat_start[j + 1]].fill(j as u32);
        }
        // A mentor without seats is priced out of reach.
        let min_price =
            (0..m).map(|j| if seat_start[j] == seat_start[j + 1] { i64::MAX / 4 } else { 0 }).collect();
        Ok(Self {
            problem,
            scale,
            active,
            row_start,
            edge_mentor,
            edge_cost,
            column_start,
            column_msme,
            column_cost,
            seat_start,
            seat_mentor,
            price: vec![0; n_seats],
            owner: vec![NO_OWNER; n_seats],
            min_price,
            seat_of: vec![UNASSIGNED; n],
            profit: vec![0; n],
            queue: VecDeque::new(),
        })
    }

    fn benefit(&self, cost: i32) -> i64 {
        (self.problem.penalty - i64::from(cost)) * self.scale
    }

    fn run(mut self) -> Result<Vec<Option<u32>>, TransportError> {
        let max_benefit =
            (0..self.edge_cost.len()).map(|e| self.benefit(self.edge_cost[e])).max().unwrap_or(0);
        let mut epsilon = (max_benefit / 8).max(1);
        for &i in &self.active {
            self.seat_of[i as usize] = FREE;
            self.queue.push_back(i);
        }
        // Phases down to one cost unit: the prices are then close to optimal integer prices, and
        // the exact finisher repairs the few MSMEs and seats that are off.
        loop {
            self.forward(epsilon);
            self.reverse(epsilon);
            if epsilon <= self.scale {
                break;
            }
            epsilon = (epsilon / 6).max(1);
            self.free_the_unhappy(epsilon);
        }
        let mut market = Market::from_auction(&self);
        market.solve();
        market.certify()?;
        Ok(market.assignment())
    }

    /// The best value over the MSME's useful edges at the mentors' cheapest seat prices (0 for
    /// staying out), and the value of the mentor of `seat` at its cheapest price (0 when
    /// unassigned).
    fn best_and_own_value(&self, i: usize, seat: u32) -> (i64, i64) {
        let own_mentor = if seat == UNASSIGNED { u32::MAX } else { self.seat_mentor[seat as usize] };
        let (mut best, mut own) = (0, 0);
        for e in self.row_start[i]..self.row_start[i + 1] {
            let j = self.edge_mentor[e];
            let value = self.benefit(self.edge_cost[e]) - self.min_price[j as usize];
            best = best.max(value);
            if j == own_mentor {
                own = value;
            }
        }
        (best, own)
    }

    /// Frees every MSME that is no longer within `epsilon` of its best option. Its own mentor is
    /// judged at its cheapest seat, like any other: with similar-object bids, a member may pay
    /// more than the cheapest seat of its mentor.
    fn free_the_unhappy(&mut self, epsilon: i64) {
        for k in 0..self.active.len() {
            let i = self.active[k] as usize;
            let seat = self.seat_of[i];
            let (best, own) = self.best_and_own_value(i, seat);
            if own < best - epsilon {
                let seat = self.seat_of[i];
                if seat != UNASSIGNED {
                    self.owner[seat as usize] = NO_OWNER;
                }
                self.seat_of[i] = FREE;
                self.queue.push_back(i as u32);
            }
        }
    }

    fn forward(&mut self, epsilon: i64) {
        while let Some(i) = self.queue.pop_front() {
            self.bid(i as usize, epsilon);
        }
    }

    /// A free MSME bids for the cheapest seat of its best mentor, or stays out.
    fn bid(&mut self, i: usize, epsilon: i64) {
        let (mut v1, mut v2) = (i64::MIN, i64::MIN);
        let (mut j1, mut c1) = (0usize, 0i32);
        for e in self.row_start[i]..self.row_start[i + 1] {
            let j = self.edge_mentor[e] as usize;
            let value = self.benefit(self.edge_cost[e]) - self.min_price[j];
            if value > v2 {
                if value > v1 {
                    v2 = v1;
                    v1 = value;
                    j1 = j;
                    c1 = self.edge_cost[e];
                } else {
                    v2 = value;
                }
            }
        }
        if v1 <= 0 {
            self.seat_of[i] = UNASSIGNED;
            self.profit[i] = 0;
            return;
        }
        // The cheapest seat of the mentor and the price of the next cheapest.
        let seats = self.seat_start[j1]..self.seat_start[j1 + 1];
        let (mut cheapest, mut p1, mut p2) = (seats.start, i64::MAX, i64::MAX);
        for s in seats {
            let p = self.price[s];
            if p < p2 {
                if p < p1 {
                    p2 = p1;
                    p1 = p;
                    cheapest = s;
                } else {
                    p2 = p;
                }
            }
        }
        // The seats of a mentor are similar objects: the bid is the most the bidder would pay
        // before another mentor (or staying out) is as good, not just enough to beat the next
        // seat of the same mentor, which would start a price war among those seats.
        let benefit = self.benefit(c1);
        let new_price = p1 + (v1 - v2.max(0)) + epsilon;
        let previous = self.owner[cheapest];
        if previous != NO_OWNER {
            self.seat_of[previous as usize] = FREE;
            self.queue.push_back(previous);
        }
        self.owner[cheapest] = i as u32;
        self.price[cheapest] = new_price;
        self.seat_of[i] = cheapest as u32;
        self.profit[i] = benefit - new_price;
        self.min_price[j1] = p2.min(new_price);
    }

    /// Empty seats with a positive price lower it, pulling in the MSMEs that gain most, until
    /// every empty seat is free of charge. A mentor bids for all its empty seats at once, with
    /// one price level for them, and only for MSMEs seated elsewhere or unassigned.
    fn reverse(&mut self, epsilon: i64) {
        let mut stack: Vec<usize> =
            (0..self.price.len()).filter(|&s| self.owner[s] == NO_OWNER && self.price[s] > 0).collect();
        // The empty seats of the mentor at hand, and its best outside candidates, best first:
        // `(value, msme, cost)`.
        let mut empty: Vec<usize> = Vec::new();
        let mut best: Vec<(i64, u32, i32)> = Vec::new();
        while let Some(s) = stack.pop() {
            if self.owner[s] != NO_OWNER || self.price[s] <= 0 {
                continue;
            }
            let j = self.seat_mentor[s] as usize;
            let seats = self.seat_start[j]..self.seat_start[j + 1];
            empty.clear();
            empty.extend(seats.clone().filter(|&t| self.owner[t] == NO_OWNER && self.price[t] > 0));
            // Members of `j` are left out: moving them between seats of `j` changes nothing but
            // the labels, and doing so one seat at a time is a slow price war.
            let wanted = empty.len() + 1;
            best.clear();
            for r in self.column_start[j]..self.column_start[j + 1] {
                let k = self.column_msme[r] as usize;
                let value = self.benefit(self.column_cost[r]) - self.profit[k];
                if best.len() == wanted && value <= best[wanted - 1].0 {
                    continue;
                }
                let seat = self.seat_of[k];
                if seat != UNASSIGNED && self.seat_mentor[seat as usize] as usize == j {
                    continue;
                }
                if best.len() == wanted {
                    best.pop();
                }
                let at = best.partition_point(|&(v, _, _)| v >= value);
                best.insert(at, (value, k as u32, self.column_cost[r]));
            }
            // The candidates that gain at least epsilon move in, up to one per empty seat; the
            // level of the mentor is epsilon below the first candidate left out.
            let movers = best.iter().take(empty.len()).take_while(|&&(v, _, _)| v >= epsilon).count();
            let level = best.get(movers).map_or(0, |&(v, _, _)| (v - epsilon).max(0));
            // Every seat of `j` comes down to the level at most: members whose seat gets cheaper
            // gain, and no outside candidate is more than epsilon better off at the level.
            let mut min_price = i64::MAX;
            for t in seats {
                if self.price[t] > level {
                    let owner = self.owner[t];
                    if owner != NO_OWNER {
                        self.profit[owner as usize] += self.price[t] - level;
                    }
                    self.price[t] = level;
                }
                min_price = min_price.min(self.price[t]);
            }
            for (&seat, &(_, k, cost)) in empty.iter().zip(&best[..movers]) {
                let k = k as usize;
                let old = self.seat_of[k];
                if old != UNASSIGNED {
                    let old = old as usize;
                    self.owner[old] = NO_OWNER;
                    if self.price[old] > 0 {
                        stack.push(old);
                    }
                }
                self.owner[seat] = k as u32;
                self.seat_of[k] = seat as u32;
                self.profit[k] = self.benefit(cost) - self.price[seat];
            }
            self.min_price[j] = min_price;
        }
    }
}

/// The exact finisher: successive shortest paths over the mentors, with integer prices.
///
/// Invariants: every placed MSME sits at an option (a mentor or "unassigned", worth the
/// penalty) that minimises `cost + price`; a mentor with a positive price is full. MSMEs that
/// break the first invariant start out unplaced and are inserted by forward searches; mentors
/// that break the second are repaired by reverse searches that lower prices.
struct Market<'a> {
    auction: &'a Auction<'a>,
    penalty: i64,
    /// Mentor prices in cost units; index `n_mentors` is "unassigned", always 0.
    price: Vec<i64>,
    capacity: Vec<u32>,
    load: Vec<u32>,
    /// The MSMEs of mentor `j` are `members[seat_start[j]..seat_start[j] + load[j]]`.
    members: Vec<u32>,
    position: Vec<u32>,
    /// The option of each MSME: a mentor, `unassigned` or `UNPLACED`.
    option_of: Vec<u32>,
    /// The cost of each MSME at its option.
    cost_of: Vec<i64>,
    unassigned: u32,
    distance: Vec<i64>,
    pred_msme: Vec<u32>,
    pred_node: Vec<u32>,
    pred_cost: Vec<i64>,
    settled: Vec<bool>,
    touched: Vec<u32>,
    settled_list: Vec<u32>,
    /// The distance of the nearest end of the current search found so far: nodes at least as
    /// far are never queued, since the search stops before reaching them.
    bound: i64,
    /// Whether a mentor with room ends the current search (forward searches) or not (reverse).
    room_ends_search: bool,
    heap: std::collections::BinaryHeap<std::cmp::Reverse<(i64, u32)>>,
}

const UNPLACED: u32 = u32::MAX;

impl<'a> Market<'a> {
    fn from_auction(auction: &'a Auction<'a>) -> Self {
        let m = auction.problem.n_mentors();
        let n = auction.problem.n_msmes();
        let scale = auction.scale;
        let mut price: Vec<i64> = auction.min_price.iter().map(|&p| (p / scale).max(0)).collect();
        price.push(0);
        let capacity: Vec<u32> =
            (0..m).map(|j| (auction.seat_start[j + 1] - auction.seat_start[j]) as u32).collect();
        let mut market = Market {
            auction,
            penalty: auction.problem.penalty,
            price,
            capacity,
            load: vec![0; m],
            members: vec![0; auction.seat_start[m]],
            position: vec![0; n],
            option_of: vec![m as u32; n],
            cost_of: vec![auction.problem.penalty; n],
            unassigned: m as u32,
            distance: vec![i64::MAX; m + 1],
            pred_msme: vec![0; m + 1],
            pred_node: vec![0; m + 1],
            pred_cost: vec![0; m + 1],
            settled: vec![false; m + 1],
            touched: Vec::new(),
            settled_list: Vec::new(),
            bound: i64::MAX,
            room_ends_search: true,
            heap: std::collections::BinaryHeap::new(),
        };
        for &i in &auction.active {
            let i = i as usize;
            let best = market.best_option_value(i);
            let seat = auction.seat_of[i];
            if seat == UNASSIGNED {
                if best != market.penalty {
                    market.option_of[i] = UNPLACED;
                }
            } else {
                let j = auction.seat_mentor[seat as usize];
                let cost = market.edges(i).find(|&(o, _)| o == j).map(|(_, c)| c).expect("seat on an edge");
                if cost + market.price[j as usize] == best {
                    market.place(i, j, cost);
                } else {
                    market.option_of[i] = UNPLACED;
                }
            }
        }
        market
    }

    fn edges(&self, i: usize) -> impl Iterator<Item = (u32, i64)> + '_ {
        let a = self.auction;
        let range = a.row_start[i]..a.row_start[i + 1];
        a.edge_mentor[range.clone()].iter().copied().zip(a.edge_cost[range].iter().map(|&c| i64::from(c)))
    }

    fn best_option_value(&self, i: usize) -> i64 {
        self.edges(i).map(|(j, c)| c + self.price[j as usize]).fold(self.penalty, i64::min)
    }

    /// Puts an unplaced MSME at an option with room.
    fn place(&mut self, i: usize, option: u32, cost: i64) {
        self.option_of[i] = option;
        self.cost_of[i] = cost;
        if option != self.unassigned {
            let j = option as usize;
            let at = self.auction.seat_start[j] + self.load[j] as usize;
            self.members[at] = i as u32;
            self.position[i] = at as u32;
            self.load[j] += 1;
        }
    }

    fn unplace(&mut self, i: usize) {
        let option = self.option_of[i];
        if option != self.unassigned {
            let j = option as usize;
            let last = self.auction.seat_start[j] + self.load[j] as usize - 1;
            let at = self.position[i] as usize;
            let moved = self.members[last];
            self.members[at] = moved;
            self.position[moved as usize] = at as u32;
            self.load[j] -= 1;
        }
        self.option_of[i] = UNPLACED;
    }

    fn solve(&mut self) {
        for i in 0..self.option_of.len() {
            if self.option_of[i] == UNPLACED {
                self.insert(i);
            }
        }
        for j in 0..self.capacity.len() {
            while self.load[j] < self.capacity[j] && self.price[j] > 0 {
                self.vacate(j);
            }
        }
    }

    fn assignment(&self) -> Vec<Option<u32>> {
        self.option_of
            .iter()
            .map(|&o| if o == self.unassigned || o == UNPLACED { None } else { Some(o) })
            .collect()
    }

    /// Checks optimality by LP duality in exact integers: with `v[i]` the cheapest option of
    /// MSME `i` at the final prices, `sum v[i] - sum capacity[j] * price[j]` is a lower bound on
    /// every assignment's cost (prices are non-negative, and edges left out cost at least the
    /// penalty), and the assignment found must reach it.
    fn certify(&self) -> Result<(), TransportError> {
        let n = self.option_of.len();
        let mut primal = 0i128;
        let mut dual = 0i128;
        for i in 0..n {
            primal += i128::from(if self.option_of[i] == UNPLACED { self.penalty } else { self.cost_of[i] });
            dual += i128::from(self.best_option_value(i));
        }
        for j in 0..self.capacity.len() {
            if self.price[j] < 0 {
                return Err(TransportError::CertificateFailed { gap: -1 });
            }
            dual -= i128::from(self.capacity[j]) * i128::from(self.price[j]);
        }
        match primal - dual {
            0 => Ok(()),
            gap => Err(TransportError::CertificateFailed { gap }),
        }
    }

    fn reset(&mut self) {
        for &v in &self.touched {
            self.distance[v as usize] = i64::MAX;
            self.settled[v as usize] = false;
        }
        self.touched.clear();
        self.settled_list.clear();
        self.heap.clear();
        self.bound = i64::MAX;
    }

    fn relax(&mut self, node: u32, d: i64, msme: u32, from: u32, cost: i64) {
        let v = node as usize;
        if d < self.distance[v] && d < self.bound {
            if self.distance[v] == i64::MAX {
                self.touched.push(node);
            }
            self.distance[v] = d;
            self.pred_msme[v] = msme;
            self.pred_node[v] = from;
            self.pred_cost[v] = cost;
            self.heap.push(std::cmp::Reverse((d, node)));
            if node == self.unassigned || (self.room_ends_search && self.load[v] < self.capacity[v]) {
                self.bound = d;
            }
        }
    }

    /// A forward search from the unplaced MSME `r` to the nearest option with room.
    fn insert(&mut self, r: usize) {
        self.reset();
        self.room_ends_search = true;
        let u = self.unassigned;
        let v_r = self.best_option_value(r);
        self.relax(u, self.penalty - v_r, r as u32, UNPLACED, self.penalty);
        let a = self.auction;
        for e in a.row_start[r]..a.row_start[r + 1] {
            let j = a.edge_mentor[e];
            let c = i64::from(a.edge_cost[e]);
            self.relax(j, c + self.price[j as usize] - v_r, r as u32, UNPLACED, c);
        }
        let (terminal, reach) = loop {
            let std::cmp::Reverse((d, x)) = self.heap.pop().expect("unassigned is always reachable");
            let xi = x as usize;
            if self.settled[xi] || d > self.distance[xi] {
                continue;
            }
            if x == u || self.load[xi] < self.capacity[xi] {
                break (x, d);
            }
            self.settled[xi] = true;
            self.settled_list.push(x);
            let start = a.seat_start[xi];
            for slot in start..start + self.load[xi] as usize {
                let k = self.members[slot] as usize;
                let base = d - self.cost_of[k] - self.price[xi];
                for e in a.row_start[k]..a.row_start[k + 1] {
                    let o = a.edge_mentor[e];
                    if o != x {
                        let c = i64::from(a.edge_cost[e]);
                        self.relax(o, base + c + self.price[o as usize], k as u32, x, c);
                    }
                }
                self.relax(u, base + self.penalty, k as u32, x, self.penalty);
            }
        };
        for idx in 0..self.settled_list.len() {
            let x = self.settled_list[idx] as usize;
            self.price[x] += reach - self.distance[x];
        }
        let mut node = terminal;
        loop {
            let k = self.pred_msme[node as usize] as usize;
            let cost = self.pred_cost[node as usize];
            let old = self.option_of[k];
            if old != UNPLACED {
                self.unplace(k);
            }
            self.place(k, node, cost);
            if k == r {
                break;
            }
            node = old;
        }
    }

    /// A reverse search from mentor `j`, which has an empty seat at a positive price: fill the
    /// seat or bring the price down to 0, whichever is cheaper.
    fn vacate(&mut self, j: usize) {
        self.reset();
        self.room_ends_search = false;
        let m = self.capacity.len() as u32;
        let u = self.unassigned;
        let a = self.auction;
        self.distance[j] = 0;
        self.touched.push(j as u32);
        self.heap.push(std::cmp::Reverse((0, j as u32)));
        let (terminal, reach) = loop {
            let std::cmp::Reverse((d, id)) =
                self.heap.pop().expect("the zero-price event always ends the search");
            if id > m {
                break (id - m - 1, d);
            }
            let xi = id as usize;
            if self.settled[xi] || d > self.distance[xi] {
                continue;
            }
            if id == u {
                break (u, d);
            }
            self.settled[xi] = true;
            self.settled_list.push(id);
            let zero_price_event = d + self.price[xi];
            self.heap.push(std::cmp::Reverse((zero_price_event, m + 1 + id)));
            self.bound = self.bound.min(zero_price_event);
            for r in a.column_start[xi]..a.column_start[xi + 1] {
                let k = a.column_msme[r] as usize;
                let o = self.option_of[k];
                if o == id {
                    continue;
                }
                let c = i64::from(a.column_cost[r]);
                let reduced = c + self.price[xi] - self.cost_of[k] - self.price[o as usize];
                self.relax(o, d + reduced, k as u32, id, c);
            }
        };
        for idx in 0..self.settled_list.len() {
            let x = self.settled_list[idx] as usize;
            self.price[x] -= reach - self.distance[x];
        }
        // Walk from the terminal back to `j`, then move the MSMEs starting next to `j`, where
        // there is room.
        let mut path = Vec::new();
        let mut node = terminal;
        while node as usize != j {
            path.push(node);
            node = self.pred_node[node as usize];
        }
        for &y in path.iter().rev() {
            let k = self.pred_msme[y as usize] as usize;
            let to = self.pred_node[y as usize];
            let cost = self.pred_cost[y as usize];
            self.unplace(k);
            self.place(k, to, cost);
        }
    }
}

/// "At least `at_least` of the assigned MSMEs come from group `group`."
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub group: u32,
    pub at_least: u64,
}

impl Quota {
    /// A quota expressed as a share of all seats, rounded up: 40 percent of 1,001 seats is 401.
    pub fn share_of_seats(group: u32, percent: u32, problem: &TransportProblem) -> Self {
        let seats = problem.total_capacity();
        Self { group, at_least: (seats * u64::from(percent)).div_ceil(100) }
    }
}

/// One family of disjoint groups (such as regions, or the single group "women-led") and the
/// quotas on some of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupQuotas {
    /// The group of each MSME in this family, or `None`.
    pub group_of: Vec<Option<u32>>,
    pub quotas: Vec<Quota>,
}

/// Why quotas could not be met or were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuotaError {
    #[error("the quota family has groups for {got} MSMEs, expected {expected}")]
    WrongLength { got: usize, expected: usize },
    #[error("group {group} has two quotas")]
    DuplicateQuota { group: u32 },
    #[error(
        "the quota of group {group} asks for at least {required} assigned MSMEs, but at most \
         {best_alone} can be assigned, and {achieved} together with the other quotas"
    )]
    Unreachable { group: u32, required: u64, best_alone: u64, achieved: u64 },
    #[error(transparent)]
    Transport(#[from] TransportError),
}

/// Solves the capacitated assignment problem with hard quotas, exactly.
///
/// The unconstrained optimum is computed first; when it already meets every quota it is also
/// the constrained optimum. Otherwise the problem is solved as a min-cost flow in which the
/// unassigned MSMEs of a group with a quota pass through a group node that lets at most
/// `|group| - quota` of them through at the penalty; any further unassigned member pays a
/// prohibitive extra cost, so that a quota that cannot be met shows up as flow on that arc.
pub fn solve_with_quotas(
    problem: &TransportProblem,
    quotas: &GroupQuotas,
) -> Result<TransportSolution, QuotaError> {
    let n = problem.n_msmes();
    if quotas.group_of.len() != n {
        return Err(QuotaError::WrongLength { got: quotas.group_of.len(), expected: n });
    }
    let mut quota_index = std::collections::HashMap::new();
    for (k, quota) in quotas.quotas.iter().enumerate() {
        if quota_index.insert(quota.group, k).is_some() {
            return Err(QuotaError::DuplicateQuota { group: quota.group });
        }
    }
    let assigned_per_quota = |mentor_of: &[Option<u32>]| {
        let mut count = vec![0u64; quotas.quotas.len()];
        for (i, choice) in mentor_of.iter().enumerate() {
            if let (Some(_), Some(g)) = (choice, quotas.group_of[i])
                && let Some(&k) = quota_index.get(&g)
            {
                count[k] += 1;
            }
        }
        count
    };
    let unconstrained = solve(problem)?;
    let counts = assigned_per_quota(&unconstrained.mentor_of);
    if quotas.quotas.iter().zip(&counts).all(|(q, &c)| c >= q.at_least) {
        return Ok(unconstrained);
    }

    let members: Vec<u64> = {
        let mut members = vec![0u64; quotas.quotas.len()];
        for g in quotas.group_of.iter().flatten() {
            if let Some(&k) = quota_index.get(g) {
                members[k] += 1;
            }
        }
        members
    };
    let max_abs_cost = problem.costs.iter().map(|&c| i64::from(c).abs()).max().unwrap_or(0);
    let prohibitive = (max_abs_cost + problem.penalty.abs())
        .checked_mul(2 * (n as i64 + 1))
        .and_then(|b| b.checked_add(1))
        .ok_or(TransportError::RangeTooLarge { n_msmes: n })?;
    let m = problem.n_mentors();
    let q = quotas.quotas.len();
    // Nodes: MSMEs, mentors, one gate per quota, the sink.
    let sink = n + m + q;
    let mut network = flow::Network::new(sink + 1);
    let mut edge_arcs = Vec::with_capacity(problem.n_edges());
    for i in 0..n {
        for (j, c) in problem.edges_of(i) {
            edge_arcs.push(network.add_arc(i, n + j as usize, 1, i64::from(c)));
        }
        match quotas.group_of[i].and_then(|g| quota_index.get(&g)) {
            Some(&k) => network.add_arc(i, n + m + k, 1, problem.penalty),
            None => network.add_arc(i, sink, 1, problem.penalty),
        };
    }
    for j in 0..m {
        network.add_arc(n + j, sink, i64::from(problem.capacities[j]), 0);
    }
    let mut shortfall_arcs = Vec::with_capacity(q);
    for (k, quota) in quotas.quotas.iter().enumerate() {
        let free = members[k].saturating_sub(quota.at_least);
        network.add_arc(n + m + k, sink, free as i64, 0);
        shortfall_arcs.push(network.add_arc(n + m + k, sink, (members[k] - free) as i64, prohibitive));
    }
    let mut supply = vec![1i64; sink + 1];
    supply[n..].fill(0);
    supply[sink] = -(n as i64);
    network.solve(&supply).expect("every MSME can always stay unassigned");

    let mut mentor_of = vec![None; n];
    let mut arcs = edge_arcs.iter();
    for (i, slot) in mentor_of.iter_mut().enumerate() {
        for (j, _) in problem.edges_of(i) {
            let arc = *arcs.next().expect("one arc per edge");
            if network.flow(arc) > 0 {
                *slot = Some(j);
            }
        }
    }
    let counts = assigned_per_quota(&mentor_of);
    for (k, quota) in quotas.quotas.iter().enumerate() {
        // A shortfall shows as flow on the prohibitive arc, or as a quota above the group's size.
        if network.flow(shortfall_arcs[k]) > 0 || counts[k] < quota.at_least {
            return Err(QuotaError::Unreachable {
                group: quota.group,
                required: quota.at_least,
                best_alone: most_assignable(problem, |i| quotas.group_of[i] == Some(quota.group)),
                achieved: counts[k],
            });
        }
    }
    Ok(problem.solution(mentor_of))
}

/// The largest number of the selected MSMEs that can be assigned at once, whatever the cost.
fn most_assignable(problem: &TransportProblem, selected: impl Fn(usize) -> bool) -> u64 {
    let n = problem.n_msmes();
    let m = problem.n_mentors();
    let sink = n + m;
    let mut network = flow::Network::new(sink + 1);
    let mut supply = vec![0i64; sink + 1];
    for i in (0..n).filter(|&i| selected(i)) {
        for (j, _) in problem.edges_of(i) {
            network.add_arc(i, n + j as usize, 1, 0);
        }
        network.add_arc(i, sink, 1, 1);
        supply[i] = 1;
        supply[sink] -= 1;
    }
    for j in 0..m {
        network.add_arc(n + j, sink, i64::from(problem.capacities[j]), 0);
    }
    network.solve(&supply).expect("every MSME can always stay unassigned");
    let unassigned = network.total_cost();
    (-supply[sink] - unassigned) as u64
}

/// Buyers' requests against suppliers' offers: buyer `i` requests `demands[i]` units, supplier
/// `j` offers `supplies[j]` units, a unit shipped on an allowed pair costs its unit cost, and
/// each unit of a request left unmet costs `unmet_penalty`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct B2bProblem {
    demands: Vec<u64>,
    supplies: Vec<u64>,
    /// CSR: the allowed suppliers of buyer `i` are `offsets[i]..offsets[i + 1]`.
    offsets: Vec<usize>,
    suppliers: Vec<u32>,
    unit_costs: Vec<i32>,
    unmet_penalty: i64,
}

/// Why a B2B problem was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum B2bError {
    #[error("the offsets must start at 0, be monotone and have one entry more than there are buyers")]
    BadOffsets,
    #[error("the offsets announce {announced} pairs but {suppliers} suppliers and {costs} costs are given")]
    PairCountMismatch { announced: usize, suppliers: usize, costs: usize },
    #[error("buyer {buyer} names supplier {supplier}, but there are only {n_suppliers} suppliers")]
    SupplierOutOfRange { buyer: usize, supplier: u32, n_suppliers: usize },
    #[error("quantities and costs are too large for exact 64-bit arithmetic")]
    RangeTooLarge,
}

/// A quantity shipped from a supplier to a buyer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shipment {
    pub buyer: u32,
    pub supplier: u32,
    pub quantity: u64,
}

/// An optimal B2B plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct B2bSolution {
    /// Positive shipments, by buyer then supplier in the problem's order.
    pub shipments: Vec<Shipment>,
    /// The unmet part of each buyer's request.
    pub unmet: Vec<u64>,
    pub total_cost: i64,
}

impl B2bProblem {
    pub fn new(
        demands: Vec<u64>,
        supplies: Vec<u64>,
        offsets: Vec<usize>,
        suppliers: Vec<u32>,
        unit_costs: Vec<i32>,
        unmet_penalty: i64,
    ) -> Result<Self, B2bError> {
        if offsets.len() != demands.len() + 1 || offsets[0] != 0 || offsets.windows(2).any(|w| w[1] < w[0]) {
            return Err(B2bError::BadOffsets);
        }
        let announced = offsets[demands.len()];
        if announced != suppliers.len() || announced != unit_costs.len() {
            return Err(B2bError::PairCountMismatch {
                announced,
                suppliers: suppliers.len(),
                costs: unit_costs.len(),
            });
        }
        for buyer in 0..demands.len() {
            for &supplier in &suppliers[offsets[buyer]..offsets[buyer + 1]] {
                if supplier as usize >= supplies.len() {
                    return Err(B2bError::SupplierOutOfRange {
                        buyer,
                        supplier,
                        n_suppliers: supplies.len(),
                    });
                }
            }
        }
        // Every cost, potential and total stays within i64 when the total quantity times the
        // largest unit cost fits with a wide margin.
        let total: u64 = demands
            .iter()
            .chain(&supplies)
            .try_fold(0u64, |a, &d| a.checked_add(d))
            .ok_or(B2bError::RangeTooLarge)?;
        let max_cost =
            unit_costs.iter().map(|&c| i64::from(c).abs()).max().unwrap_or(0).max(unmet_penalty.abs());
        let nodes = (demands.len() + supplies.len() + 1) as i64;
        i64::try_from(total)
            .ok()
            .and_then(|t| t.checked_mul(max_cost.max(1)))
            .and_then(|t| t.checked_mul(4))
            .and_then(|_| max_cost.checked_mul(nodes * 4))
            .ok_or(B2bError::RangeTooLarge)?;
        Ok(Self { demands, supplies, offsets, suppliers, unit_costs, unmet_penalty })
    }

    pub fn n_buyers(&self) -> usize {
        self.demands.len()
    }

    pub fn n_suppliers(&self) -> usize {
        self.supplies.len()
    }

    pub fn demands(&self) -> &[u64] {
        &self.demands
    }

    pub fn supplies(&self) -> &[u64] {
        &self.supplies
    }

    pub fn unmet_penalty(&self) -> i64 {
        self.unmet_penalty
    }

    /// The allowed suppliers of `buyer` as `(supplier, unit cost)`.
    pub fn pairs_of(&self, buyer: usize) -> impl Iterator<Item = (u32, i32)> + '_ {
        let range = self.offsets[buyer]..self.offsets[buyer + 1];
        self.suppliers[range.clone()].iter().copied().zip(self.unit_costs[range].iter().copied())
    }
}

/// Solves a B2B matching exactly as a transportation problem.
pub fn solve_b2b(problem: &B2bProblem) -> B2bSolution {
    let b = problem.n_buyers();
    let s = problem.n_suppliers();
    let sink = b + s;
    let mut network = flow::Network::new(sink + 1);
    let mut supply = vec![0i64; sink + 1];
    let mut pair_arcs = Vec::with_capacity(problem.suppliers.len());
    for buyer in 0..b {
        let demand = problem.demands[buyer] as i64;
        for (supplier, cost) in problem.pairs_of(buyer) {
            pair_arcs.push(network.add_arc(buyer, b + supplier as usize, demand, i64::from(cost)));
        }
        network.add_arc(buyer, sink, demand, problem.unmet_penalty);
        supply[buyer] = demand;
        supply[sink] -= demand;
    }
    for supplier in 0..s {
        network.add_arc(b + supplier, sink, problem.supplies[supplier] as i64, 0);
    }
    network.solve(&supply).expect("every unit can always stay unmet");
    let mut shipments = Vec::new();
    let mut unmet = problem.demands.clone();
    let mut arcs = pair_arcs.iter();
    for (buyer, left) in unmet.iter_mut().enumerate() {
        for (supplier, _) in problem.pairs_of(buyer) {
            let quantity = network.flow(*arcs.next().expect("one arc per pair")) as u64;
            if quantity > 0 {
                shipments.push(Shipment { buyer: buyer as u32, supplier, quantity });
                *left -= quantity;
            }
        }
    }
    B2bSolution { shipments, unmet, total_cost: network.total_cost() }
}

/// Min-cost flow by successive shortest paths, for the quota and B2B networks.
mod flow {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;

    /// A network whose arc `2k` is the `k`-th arc added and `2k + 1` its reverse.
    #[derive(Debug)]
    pub(super) struct Network {
        n_nodes: usize,
        head: Vec<u32>,
        tail: Vec<u32>,
        /// Residual capacity of each arc.
        residual: Vec<i64>,
        cost: Vec<i64>,
        total_cost: i64,
    }

    /// The supplies cannot all be routed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) struct Infeasible;

    impl Network {
        pub(super) fn new(n_nodes: usize) -> Self {
            Self {
                n_nodes,
                head: Vec::new(),
                tail: Vec::new(),
                residual: Vec::new(),
                cost: Vec::new(),
                total_cost: 0,
            }
        }

        pub(super) fn add_arc(&mut self, from: usize, to: usize, capacity: i64, cost: i64) -> usize {
            let arc = self.head.len();
            self.tail.extend([from as u32, to as u32]);
            self.head.extend([to as u32, from as u32]);
            self.residual.extend([capacity, 0]);
            self.cost.extend([cost, -cost]);
            arc
        }

        /// The flow on an arc returned by [`Network::add_arc`].
        pub(super) fn flow(&self, arc: usize) -> i64 {
            self.residual[arc ^ 1]
        }

        pub(super) fn total_cost(&self) -> i64 {
            self.total_cost
        }

        /// Routes `supply` (positive at sources, negative at sinks, summing to zero) at least
        /// cost.
        pub(super) fn solve(&mut self, supply: &[i64]) -> Result<(), Infeasible> {
            let n = self.n_nodes;
            // Arcs grouped by tail.
            let mut start = vec![0usize; n + 1];
            for &t in &self.tail {
                start[t as usize + 1] += 1;
            }
            for v in 0..n {
                start[v + 1] += start[v];
            }
            let mut fill = start.clone();
            let mut out = vec![0u32; self.tail.len()];
            for (arc, &t) in self.tail.iter().enumerate() {
                out[fill[t as usize]] = arc as u32;
                fill[t as usize] += 1;
            }
            let mut potential = self.bellman_ford(&start, &out);
            let mut excess = supply.to_vec();
            let mut distance = vec![i64::MAX; n];
            let mut parent = vec![u32::MAX; n];
            let mut settled = vec![false; n];
            let mut touched: Vec<usize> = Vec::new();
            let mut heap = BinaryHeap::new();
            for source in 0..n {
                while excess[source] > 0 {
                    for &v in &touched {
                        distance[v] = i64::MAX;
                        parent[v] = u32::MAX;
                        settled[v] = false;
                    }
                    touched.clear();
                    heap.clear();
                    distance[source] = 0;
                    touched.push(source);
                    heap.push(Reverse((0i64, source as u32)));
                    let mut target = None;
                    let mut order = Vec::new();
                    while let Some(Reverse((d, v))) = heap.pop() {
                        let v = v as usize;
                        if settled[v] || d > distance[v] {
                            continue;
                        }
                        settled[v] = true;
                        order.push(v);
                        if excess[v] < 0 {
                            target = Some(v);
                            break;
                        }
                        for &arc in &out[start[v]..start[v + 1]] {
                            let arc = arc as usize;
                            if self.residual[arc] <= 0 {
                                continue;
                            }
                            let w = self.head[arc] as usize;
                            let reduced = self.cost[arc] + potential[v] - potential[w];
                            let candidate = d + reduced;
                            if candidate < distance[w] {
                                if distance[w] == i64::MAX {
                                    touched.push(w);
                                }
                                distance[w] = candidate;
                                parent[w] = arc as u32;
                                heap.push(Reverse((candidate, w as u32)));
                            }
                        }
                    }
                    let Some(target) = target else { return Err(Infeasible) };
                    let reach = distance[target];
                    for &v in &order {
                        potential[v] += distance[v] - reach;
                    }
                    let mut amount = excess[source].min(-excess[target]);
                    let mut v = target;
                    while v != source {
                        let arc = parent[v] as usize;
                        amount = amount.min(self.residual[arc]);
                        v = self.tail[arc] as usize;
                    }
                    let mut v = target;
                    while v != source {
                        let arc = parent[v] as usize;
                        self.residual[arc] -= amount;
                        self.residual[arc ^ 1] += amount;
                        self.total_cost += amount * self.cost[arc];
                        v = self.tail[arc] as usize;
                    }
                    excess[source] -= amount;
                    excess[target] += amount;
                }
            }
            Ok(())
        }

        /// Potentials that make every arc with residual capacity non-negative in reduced cost.
        fn bellman_ford(&self, start: &[usize], out: &[u32]) -> Vec<i64> {
            let n = self.n_nodes;
            let mut potential = vec![0i64; n];
            let mut queued = vec![true; n];
            let mut queue: std::collections::VecDeque<usize> = (0..n).collect();
            while let Some(v) = queue.pop_front() {
                queued[v] = false;
                for &arc in &out[start[v]..start[v + 1]] {
                    let arc = arc as usize;
                    if self.residual[arc] <= 0 {
                        continue;
                    }
                    let w = self.head[arc] as usize;
                    let candidate = potential[v] + self.cost[arc];
                    if candidate < potential[w] {
                        potential[w] = candidate;
                        if !queued[w] {
                            queued[w] = true;
                            queue.push_back(w);
                        }
                    }
                }
            }
            potential
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One MSME per entry: its candidates as `(mentor, cost)`.
    type Rows<'a> = &'a [&'a [(u32, i32)]];

    fn problem(rows: Rows<'_>, capacities: &[u32], penalty: i64) -> TransportProblem {
        let mut offsets = vec![0];
        let (mut mentors, mut costs) = (Vec::new(), Vec::new());
        for row in rows {
            for &(j, c) in *row {
                mentors.push(j);
                costs.push(c);
            }
            offsets.push(mentors.len());
        }
        TransportProblem::new(offsets, mentors, costs, capacities.to_vec(), penalty).unwrap()
    }

    /// Solves and compares the total cost and the mentor of each MSME.
    fn check(rows: Rows<'_>, capacities: &[u32], penalty: i64, expected: (i64, &[Option<u32>])) {
        let problem = problem(rows, capacities, penalty);
        let solution = solve(&problem).unwrap();
        assert_eq!((solution.total_cost, solution.mentor_of.as_slice()), expected, "{rows:?}");
    }

    #[test]
    fn an_msme_with_no_candidates_stays_unassigned() {
        check(&[&[]], &[1], 700, (700, &[None]));
    }

    #[test]
    fn an_msme_takes_its_cheapest_mentor_with_room() {
        check(&[&[(0, 300), (1, 100)]], &[1, 1], 700, (100, &[Some(1)]));
    }

    #[test]
    fn an_edge_dearer_than_the_penalty_is_never_used() {
        check(&[&[(0, 701)]], &[1], 700, (700, &[None]));
    }

    #[test]
    fn a_full_mentor_goes_to_the_msme_that_loses_most_without_it() {
        // MSME 0 has an alternative at 200, MSME 1 has none.
        check(&[&[(0, 100), (1, 200)], &[(0, 150)]], &[1, 1], 700, (350, &[Some(1), Some(0)]));
    }

    #[test]
    fn capacity_is_shared_by_the_cheapest_msmes() {
        check(&[&[(0, 500)], &[(0, 100)], &[(0, 300)]], &[2], 700, (1100, &[None, Some(0), Some(0)]));
    }

    #[test]
    fn a_mentor_without_capacity_takes_nobody() {
        check(&[&[(0, 1), (1, 50)]], &[0, 1], 700, (50, &[Some(1)]));
    }

    #[test]
    fn a_long_chain_of_moves_is_found() {
        // Each MSME prefers the mentor of the next; only a shift along the chain fits all.
        check(
            &[&[(0, 1), (1, 2)], &[(1, 1), (2, 2)], &[(2, 1), (3, 2)], &[(0, 1)]],
            &[1, 1, 1, 1],
            100,
            (2 + 2 + 2 + 1, &[Some(1), Some(2), Some(3), Some(0)]),
        );
    }

    #[test]
    fn a_zero_or_negative_penalty_leaves_everybody_out() {
        check(&[&[(0, 0)], &[(0, 5)]], &[2], 0, (0, &[None, None]));
        check(&[&[(0, -3)]], &[1], -1, (-3, &[Some(0)]));
    }

    #[test]
    fn negative_costs_are_allowed() {
        check(&[&[(0, -10)], &[(0, -20)]], &[1], 0, (-20, &[None, Some(0)]));
    }

    #[test]
    fn a_malformed_problem_is_refused_with_the_reason() {
        let cases: Vec<(ProblemError, Result<TransportProblem, ProblemError>)> = vec![
            (ProblemError::BadOffsets, TransportProblem::new(vec![], vec![], vec![], vec![], 1)),
            (ProblemError::BadOffsets, TransportProblem::new(vec![1, 1], vec![0], vec![0], vec![1], 1)),
            (
                ProblemError::OffsetsNotMonotone { msme: 1 },
                TransportProblem::new(vec![0, 2, 1], vec![0], vec![0], vec![1], 1),
            ),
            (
                ProblemError::EdgeCountMismatch { announced: 1, mentors: 1, costs: 0 },
                TransportProblem::new(vec![0, 1], vec![0], vec![], vec![1], 1),
            ),
            (
                ProblemError::MentorOutOfRange { msme: 0, mentor: 1, n_mentors: 1 },
                TransportProblem::new(vec![0, 1], vec![1], vec![0], vec![1], 1),
            ),
            (
                ProblemError::DuplicateCandidate { msme: 0, mentor: 0 },
                TransportProblem::new(vec![0, 3], vec![0, 1, 0], vec![0; 3], vec![1, 1], 1),
            ),
            (
                ProblemError::PenaltyOutOfRange { penalty: i64::MAX },
                TransportProblem::new(vec![0], vec![], vec![], vec![], i64::MAX),
            ),
        ];
        for (expected, got) in cases {
            assert_eq!(got, Err(expected));
        }
    }

    #[test]
    fn an_infeasible_assignment_is_named_by_evaluate() {
        let p = problem(&[&[(0, 1)], &[(0, 2)]], &[1], 10);
        assert_eq!(
            p.evaluate(&[Some(0), Some(0)]).unwrap_err().to_string(),
            "mentor 0 takes 2 MSMEs but has capacity 1"
        );
        assert_eq!(
            p.evaluate(&[Some(1), None]).unwrap_err().to_string(),
            "MSME 0 is assigned to mentor 1, which is not one of its candidates"
        );
        assert_eq!(p.evaluate(&[None]).unwrap_err().to_string(), "the assignment has 1 entries for 2 MSMEs");
    }

    /// Solves with quotas and compares the total cost and the number assigned, or the error.
    fn check_quotas(
        rows: Rows<'_>,
        capacities: &[u32],
        group_of: &[Option<u32>],
        quotas: &[Quota],
        expected: Result<(i64, usize), &str>,
    ) {
        let problem = problem(rows, capacities, 700);
        let quotas = GroupQuotas { group_of: group_of.to_vec(), quotas: quotas.to_vec() };
        let got = solve_with_quotas(&problem, &quotas)
            .map(|s| (s.total_cost, s.n_assigned))
            .map_err(|e| e.to_string());
        assert_eq!(got, expected.map_err(str::to_owned));
    }

    #[test]
    fn a_quota_that_already_holds_changes_nothing() {
        check_quotas(
            &[&[(0, 100)], &[(0, 200)]],
            &[1],
            &[Some(0), None],
            &[Quota { group: 0, at_least: 1 }],
            Ok((800, 1)),
        );
    }

    #[test]
    fn a_binding_quota_gives_the_seat_to_the_group_at_a_higher_cost() {
        // Without the quota MSME 1 (ungrouped) takes the seat at 100; with it, MSME 0 at 200.
        check_quotas(
            &[&[(0, 200)], &[(0, 100)]],
            &[1],
            &[Some(0), None],
            &[Quota { group: 0, at_least: 1 }],
            Ok((900, 1)),
        );
    }

    #[test]
    fn a_quota_can_force_an_edge_dearer_than_the_penalty() {
        check_quotas(&[&[(0, 900)]], &[1], &[Some(3)], &[Quota { group: 3, at_least: 1 }], Ok((900, 1)));
    }

    #[test]
    fn an_unreachable_quota_names_the_group_and_the_best_figure() {
        check_quotas(
            &[&[(0, 1)], &[(0, 1)], &[]],
            &[1],
            &[Some(0), Some(0), Some(0)],
            &[Quota { group: 0, at_least: 2 }],
            Err(
                "the quota of group 0 asks for at least 2 assigned MSMEs, but at most 1 can be assigned, and 1 together with the other quotas",
            ),
        );
    }

    #[test]
    fn two_quotas_competing_for_one_seat_cannot_both_hold() {
        let got = solve_with_quotas(
            &problem(&[&[(0, 1)], &[(0, 1)]], &[1], 700),
            &GroupQuotas {
                group_of: vec![Some(0), Some(1)],
                quotas: vec![Quota { group: 0, at_least: 1 }, Quota { group: 1, at_least: 1 }],
            },
        );
        assert!(matches!(got, Err(QuotaError::Unreachable { best_alone: 1, achieved: 0, .. })), "{got:?}");
    }

    #[test]
    fn a_share_of_seats_rounds_up() {
        let p = problem(&[&[]], &[500, 501], 700);
        assert_eq!(Quota::share_of_seats(1, 40, &p), Quota { group: 1, at_least: 401 });
        assert_eq!(Quota::share_of_seats(1, 0, &p).at_least, 0);
    }

    #[test]
    fn quotas_refuse_a_wrong_length_or_a_duplicate() {
        check_quotas(&[&[]], &[1], &[], &[], Err("the quota family has groups for 0 MSMEs, expected 1"));
        check_quotas(
            &[&[]],
            &[1],
            &[None],
            &[Quota { group: 2, at_least: 0 }, Quota { group: 2, at_least: 1 }],
            Err("group 2 has two quotas"),
        );
    }

    /// Solves a B2B problem given as `(demand, [(supplier, unit cost)])` per buyer and compares
    /// the total cost and the unmet quantities.
    fn check_b2b(buyers: &[(u64, &[(u32, i32)])], supplies: &[u64], penalty: i64, expected: (i64, &[u64])) {
        let mut offsets = vec![0];
        let (mut suppliers, mut costs) = (Vec::new(), Vec::new());
        for (_, pairs) in buyers {
            for &(s, c) in *pairs {
                suppliers.push(s);
                costs.push(c);
            }
            offsets.push(suppliers.len());
        }
        let demands = buyers.iter().map(|(d, _)| *d).collect();
        let problem =
            B2bProblem::new(demands, supplies.to_vec(), offsets, suppliers, costs, penalty).unwrap();
        let solution = solve_b2b(&problem);
        assert_eq!((solution.total_cost, solution.unmet.as_slice()), expected);
    }

    #[test]
    fn a_buyer_is_served_by_the_cheapest_suppliers_first() {
        check_b2b(&[(10, &[(0, 5), (1, 2)])], &[10, 4], 100, (4 * 2 + 6 * 5, &[0]));
    }

    #[test]
    fn demand_beyond_every_offer_is_unmet_and_pays_the_penalty() {
        check_b2b(&[(10, &[(0, 5)])], &[3], 100, (3 * 5 + 7 * 100, &[7]));
    }

    #[test]
    fn a_unit_dearer_than_the_penalty_is_left_unmet() {
        check_b2b(&[(2, &[(0, 150)])], &[5], 100, (200, &[2]));
    }

    #[test]
    fn a_scarce_supplier_goes_to_the_buyer_with_no_alternative() {
        check_b2b(&[(3, &[(0, 1), (1, 4)]), (3, &[(0, 2)])], &[3, 3], 50, (3 * 4 + 3 * 2, &[0, 0]));
    }

    #[test]
    fn a_b2b_problem_with_a_bad_supplier_is_refused() {
        let got = B2bProblem::new(vec![1], vec![1], vec![0, 1], vec![3], vec![1], 10);
        assert_eq!(got.unwrap_err().to_string(), "buyer 0 names supplier 3, but there are only 1 suppliers");
    }
}
