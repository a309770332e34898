//! Exact dense linear assignment: the Jonker–Volgenant algorithm.
//!
//! Given an `n_rows x n_cols` cost matrix with `n_rows <= n_cols`, [`solve`] assigns every row
//! to a distinct column and minimises the sum of the chosen costs. A rectangular matrix is
//! solved as a square one whose missing rows cost zero everywhere; those rows are never
//! materialised.
//!
//! The algorithm keeps a price `v[j]` per column and works with the reduced costs
//! `c[i][j] - v[j]`; every step keeps the prices dual feasible, so the result is optimal:
//!
//! 1. column reduction: each column's price is its smallest cost, and the row holding it takes
//!    the column if that row is still free;
//! 2. reduction transfer: a row that holds exactly one column passes its slack to that column's
//!    price, so that later rows find it dearer;
//! 3. augmenting row reduction, twice: a free row takes its cheapest column and lowers that
//!    column's price to the second cheapest, evicting the previous holder;
//! 4. shortest augmenting paths (Dijkstra on reduced costs) for the rows still free.
//!
//! Costs are `i32`; prices and sums are `i64`, so no input can overflow.
//!
//! The shortest path phase dominates on large matrices, so it has a fast form for the usual
//! case where costs and prices are small (at most 2^28 in absolute value, see
//! [`FAST_LIMIT`]): prices and distances are then `i32`, and each step scans all the columns
//! densely with SIMD instead of gathering the unvisited ones through an index list. A settled
//! column holds the distance `i32::MIN`, so that it is never lowered again, and one pass both
//! updates the distances and finds the next column to settle: the unvisited column of
//! smallest distance, a free one if any ties for it (that ends the search), else the lowest
//! index. The bounds make every intermediate value fit in `i32`; prices only fall during this
//! phase, and when they would leave the bounds the remaining rows go to the `i64` search.

/// A dense, row-major cost matrix with no more rows than columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostMatrix {
    n_rows: usize,
    n_cols: usize,
    costs: Vec<i32>,
}

/// Why a cost matrix was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LapError {
    #[error("a {n_rows} x {n_cols} matrix needs {} costs, got {len}", n_rows * n_cols)]
    WrongLength { n_rows: usize, n_cols: usize, len: usize },
    #[error("the matrix has more rows ({n_rows}) than columns ({n_cols}), so some row cannot be assigned")]
    MoreRowsThanColumns { n_rows: usize, n_cols: usize },
}

impl CostMatrix {
    /// Takes the costs row-major: `costs[i * n_cols + j]` is the cost of row `i` in column `j`.
    pub fn new(n_rows: usize, n_cols: usize, costs: Vec<i32>) -> Result<Self, LapError> {
        if n_rows > n_cols {
            return Err(LapError::MoreRowsThanColumns { n_rows, n_cols });
        }
        if n_rows.checked_mul(n_cols) != Some(costs.len()) {
            return Err(LapError::WrongLength { n_rows, n_cols, len: costs.len() });
        }
        Ok(Self { n_rows, n_cols, costs })
    }

    pub fn n_rows(&self) -> usize {
        self.n_rows
    }

    pub fn n_cols(&self) -> usize {
        self.n_cols
    }

    /// The costs of row `i`, one per column.
    pub fn row(&self, i: usize) -> &[i32] {
        &self.costs[i * self.n_cols..(i + 1) * self.n_cols]
    }

    pub fn cost(&self, row: usize, col: usize) -> i32 {
        self.costs[row * self.n_cols + col]
    }

    /// The total cost of `columns`, one column per row.
    pub fn total_cost(&self, columns: &[u32]) -> i64 {
        columns.iter().enumerate().map(|(i, &j)| i64::from(self.cost(i, j as usize))).sum()
    }
}

/// An optimal assignment of a [`CostMatrix`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LapSolution {
    /// `column_of_row[i]` is the column assigned to row `i`; all distinct.
    pub column_of_row: Vec<u32>,
    /// The sum of the assigned costs.
    pub total_cost: i64,
}

/// Solves the dense linear assignment problem exactly.
pub fn solve(matrix: &CostMatrix) -> LapSolution {
    solve_with(matrix, true)
}

/// [`solve`], with the `i32` path search allowed or not (the tests compare both).
fn solve_with(matrix: &CostMatrix, allow_fast: bool) -> LapSolution {
    let n = matrix.n_cols;
    if matrix.n_rows == 0 {
        return LapSolution { column_of_row: Vec::new(), total_cost: 0 };
    }
    let zeros = vec![0i32; if matrix.n_rows < n { n } else { 0 }];
    let rows = Rows { matrix, zeros: &zeros };
    let mut state = State { x: vec![NONE; n], y: vec![NONE; n], v: vec![0; n] };

    let (mut free, cost_bound) = column_reduction(&rows, &mut state);
    for _ in 0..2 {
        if free.is_empty() {
            break;
        }
        free = augmenting_row_reduction(&rows, &mut state, free);
    }
    let mut free = free.into_iter();
    let prices_small = state.v.iter().all(|v| v.abs() <= FAST_LIMIT);
    if allow_fast && cost_bound <= FAST_LIMIT && prices_small && n <= i32::MAX as usize {
        let mut fast = FastSearch::new(&state);
        for row in free.by_ref() {
            if !fast.augment(&rows, &mut state.x, row) {
                break;
            }
        }
        fast.write_back(&mut state);
    }
    let mut search = PathSearch::new(n);
    for row in free {
        search.augment(&rows, &mut state, row);
    }

    let column_of_row: Vec<u32> = state.x[..matrix.n_rows].iter().map(|&j| j as u32).collect();
    let total_cost = matrix.total_cost(&column_of_row);
    LapSolution { column_of_row, total_cost }
}

const NONE: usize = usize::MAX;

/// The rows of the square problem: the matrix's rows, then rows of zeros.
struct Rows<'a> {
    matrix: &'a CostMatrix,
    zeros: &'a [i32],
}

impl Rows<'_> {
    fn get(&self, i: usize) -> &[i32] {
        if i < self.matrix.n_rows { self.matrix.row(i) } else { self.zeros }
    }

    fn n(&self) -> usize {
        self.matrix.n_cols
    }
}

/// The partial assignment and the column prices.
struct State {
    /// Column of each row, or `NONE`.
    x: Vec<usize>,
    /// Row of each column, or `NONE`.
    y: Vec<usize>,
    /// Column prices: every row's reduced costs `c[i][j] - v[j]` are smallest at its column.
    v: Vec<i64>,
}

/// Column reduction and reduction transfer; returns the rows left free and the largest
/// absolute cost.
fn column_reduction(rows: &Rows<'_>, state: &mut State) -> (Vec<usize>, i64) {
    let n = rows.n();
    // Column minima (and maxima, for the cost bound), scanning row by row so that the matrix
    // is read in order.
    let mut min = rows.get(0).to_vec();
    let mut max = min.clone();
    let mut arg = vec![0u32; n];
    for i in 1..n {
        let row = rows.get(i);
        for (((m, a), mx), &c) in min.iter_mut().zip(arg.iter_mut()).zip(max.iter_mut()).zip(row) {
            let better = c < *m;
            *m = if better { c } else { *m };
            *a = if better { i as u32 } else { *a };
            *mx = (*mx).max(c);
        }
    }
    let lowest = min.iter().copied().min().map_or(0, i64::from);
    let highest = max.iter().copied().max().map_or(0, i64::from);
    let cost_bound = lowest.abs().max(highest.abs());
    let mut matches = vec![0u32; n];
    for j in (0..n).rev() {
        let i = arg[j] as usize;
        state.v[j] = i64::from(min[j]);
        matches[i] += 1;
        if matches[i] == 1 {
            state.x[i] = j;
            state.y[j] = i;
        } else if state.v[j] < state.v[state.x[i]] {
            // Keep the cheaper column for the row; the other goes free.
            let previous = state.x[i];
            state.y[previous] = NONE;
            state.x[i] = j;
            state.y[j] = i;
        }
    }
    let mut free = Vec::new();
    for (i, &count) in matches.iter().enumerate() {
        match count {
            0 => free.push(i),
            1 => {
                // Reduction transfer: lower the price of the row's column down to the row's
                // second best reduced cost.
                let j1 = state.x[i];
                let row = rows.get(i);
                let mut second = i64::MAX;
                for (j, (&c, &v)) in row.iter().zip(&state.v).enumerate() {
                    let h = i64::from(c) - v;
                    if h < second && j != j1 {
                        second = h;
                    }
                }
                if second != i64::MAX {
                    state.v[j1] = i64::from(row[j1]) - second;
                }
            }
            _ => {}
        }
    }
    (free, cost_bound)
}

/// One pass of augmenting row reduction over `free`; returns the rows still free.
fn augmenting_row_reduction(rows: &Rows<'_>, state: &mut State, mut free: Vec<usize>) -> Vec<usize> {
    let n = rows.n();
    let mut still_free = Vec::new();
    let mut k = 0;
    // Each immediate retry lowers a price strictly, so the loop ends; the bound only keeps a
    // pathological input from spending more than the path search would.
    let mut budget = n.saturating_mul(free.len()).max(16);
    while k < free.len() {
        let i = free[k];
        k += 1;
        let row = rows.get(i);
        let (mut u1, mut u2) = (i64::MAX, i64::MAX);
        let (mut j1, mut j2) = (0, NONE);
        for (j, (&c, &v)) in row.iter().zip(&state.v).enumerate() {
            let h = i64::from(c) - v;
            if h < u2 {
                if h < u1 {
                    u2 = u1;
                    j2 = j1;
                    u1 = h;
                    j1 = j;
                } else {
                    u2 = h;
                    j2 = j;
                }
            }
        }
        let mut i0 = state.y[j1];
        let lowered = u1 < u2;
        if lowered {
            if u2 != i64::MAX {
                state.v[j1] -= u2 - u1;
            }
        } else if i0 != NONE && j2 != NONE {
            j1 = j2;
            i0 = state.y[j1];
        }
        state.x[i] = j1;
        state.y[j1] = i;
        if i0 != NONE {
            state.x[i0] = NONE;
            budget = budget.saturating_sub(1);
            if lowered && budget > 0 {
                k -= 1;
                free[k] = i0;
            } else {
                still_free.push(i0);
            }
        }
    }
    still_free
}

/// Buffers of the `i64` shortest augmenting path search, reused across rows: the general
/// form, used when costs or prices are too large for [`FastSearch`].
struct PathSearch {
    /// Tentative distance of each column.
    d: Vec<i64>,
    /// The row from which each column was reached.
    pred: Vec<usize>,
    /// A permutation of the columns: `[0, ready)` settled, `[ready, scan)` at the current
    /// minimum distance and waiting to be scanned, `[scan, n)` not yet at the minimum.
    cols: Vec<usize>,
}

impl PathSearch {
    fn new(n: usize) -> Self {
        Self { d: vec![0; n], pred: vec![0; n], cols: (0..n).collect() }
    }

    /// Finds a shortest augmenting path from the free row `start`, updates the prices of the
    /// settled columns and flips the path.
    fn augment(&mut self, rows: &Rows<'_>, state: &mut State, start: usize) {
        let n = rows.n();
        let row = rows.get(start);
        for ((d, &c), &v) in self.d.iter_mut().zip(row).zip(&state.v) {
            *d = i64::from(c) - v;
        }
        self.pred.fill(start);
        let cols = &mut self.cols;
        let d = &mut self.d;
        let (mut ready, mut scan) = (0usize, 0usize);
        let mut mu = 0i64;
        let end = 'search: loop {
            if ready == scan {
                // Collect the columns at the new minimum distance.
                mu = i64::MAX;
                let unvisited = scan;
                for k in unvisited..n {
                    let j = cols[k];
                    let dj = d[j];
                    if dj <= mu {
                        if dj < mu {
                            scan = ready;
                            mu = dj;
                        }
                        cols.swap(k, scan);
                        scan += 1;
                    }
                }
                for &j in &cols[ready..scan] {
                    if state.y[j] == NONE {
                        break 'search j;
                    }
                }
            }
            let j = cols[ready];
            ready += 1;
            let i = state.y[j];
            let row = rows.get(i);
            let base = i64::from(row[j]) - state.v[j] - mu;
            let mut k = scan;
            while k < n {
                let j2 = cols[k];
                let h = i64::from(row[j2]) - state.v[j2] - base;
                if h < d[j2] {
                    d[j2] = h;
                    self.pred[j2] = i;
                    if h == mu {
                        if state.y[j2] == NONE {
                            break 'search j2;
                        }
                        cols.swap(k, scan);
                        scan += 1;
                    }
                }
                k += 1;
            }
        };
        for &j in &cols[..ready] {
            state.v[j] += d[j] - mu;
        }
        let mut j = end;
        loop {
            let i = self.pred[j];
            state.y[j] = i;
            let previous = std::mem::replace(&mut state.x[i], j);
            if i == start {
                break;
            }
            j = previous;
        }
    }
}

/// The largest absolute cost and price for which the `i32` search is used: distances then
/// stay within about `4 * FAST_LIMIT`, clear of `i32::MIN`, which marks settled columns.
const FAST_LIMIT: i64 = 1 << 28;

/// The shortest augmenting path search in `i32` with dense SIMD scans; see the module docs.
struct FastSearch {
    /// Column prices.
    v: Vec<i32>,
    /// Row of each column, or -1.
    y: Vec<i32>,
    /// Tentative distance of each column; `i32::MIN` once settled.
    d: Vec<i32>,
    /// The row from which each column was reached.
    pred: Vec<i32>,
    /// The settled columns with their distances, in settling order.
    settled: Vec<(usize, i32)>,
}

impl FastSearch {
    /// Takes the prices and the column owners of `state`, which must be within the bounds.
    fn new(state: &State) -> Self {
        let n = state.v.len();
        Self {
            v: state.v.iter().map(|&v| v as i32).collect(),
            y: state.y.iter().map(|&i| if i == NONE { -1 } else { i as i32 }).collect(),
            d: vec![0; n],
            pred: vec![0; n],
            settled: Vec::new(),
        }
    }

    /// Hands the prices and the column owners back to `state`.
    fn write_back(&self, state: &mut State) {
        for (v, &w) in state.v.iter_mut().zip(&self.v) {
            *v = i64::from(w);
        }
        for (y, &i) in state.y.iter_mut().zip(&self.y) {
            *y = if i < 0 { NONE } else { i as usize };
        }
    }

    /// Finds a shortest augmenting path from the free row `start`, updates the prices of the
    /// settled columns and flips the path. Returns false when the new prices left the bounds;
    /// the augmentation is complete either way.
    fn augment(&mut self, rows: &Rows<'_>, x: &mut [usize], start: usize) -> bool {
        let arch = pulp::Arch::new();
        self.d.fill(i32::MAX);
        self.settled.clear();
        let mut next = arch.dispatch(Scan {
            row: rows.get(start),
            v: &self.v,
            y: &self.y,
            d: &mut self.d,
            pred: &mut self.pred,
            row_index: start as i32,
            base: 0,
        });
        let (mu, end) = loop {
            // `key` is the smallest distance minus one.
            let mu = next.key + 1;
            if next.free_key == next.key {
                break (mu, next.free_col);
            }
            let j = next.col;
            self.settled.push((j, mu));
            self.d[j] = i32::MIN;
            let i = self.y[j];
            let row = rows.get(i as usize);
            let base = row[j] - self.v[j] - mu;
            next = arch.dispatch(Scan {
                row,
                v: &self.v,
                y: &self.y,
                d: &mut self.d,
                pred: &mut self.pred,
                row_index: i,
                base,
            });
        };
        let mut lowest = 0;
        for &(j, dj) in &self.settled {
            self.v[j] += dj - mu;
            lowest = lowest.min(self.v[j]);
        }
        let mut j = end;
        loop {
            let i = self.pred[j];
            self.y[j] = i;
            let previous = std::mem::replace(&mut x[i as usize], j);
            if i as usize == start {
                break;
            }
            j = previous;
        }
        i64::from(lowest) >= -FAST_LIMIT
    }
}

/// What one dense scan finds among the unvisited columns: the smallest distance minus one
/// (`key`) at the lowest column, and the same among the free columns.
#[derive(Debug, Clone, Copy)]
struct Next {
    key: i32,
    col: usize,
    free_key: i32,
    free_col: usize,
}

/// One dense scan: lowers `d[j]` to `row[j] - v[j] - base` for every unvisited column,
/// recording `row_index` as its predecessor, and finds the next column.
struct Scan<'a> {
    row: &'a [i32],
    v: &'a [i32],
    y: &'a [i32],
    d: &'a mut [i32],
    pred: &'a mut [i32],
    row_index: i32,
    base: i32,
}

impl pulp::WithSimd for Scan<'_> {
    type Output = Next;

    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, simd: S) -> Next {
        let lanes = S::I32_LANES;
        let (row, row_tail) = S::as_simd_i32s(self.row);
        let (v, v_tail) = S::as_simd_i32s(self.v);
        let (y, y_tail) = S::as_simd_i32s(self.y);
        let (d, d_tail) = S::as_mut_simd_i32s(self.d);
        let (pred, pred_tail) = S::as_mut_simd_i32s(self.pred);

        let base = simd.splat_i32s(self.base);
        let row_index = simd.splat_i32s(self.row_index);
        let one = simd.splat_i32s(1);
        let zero = simd.splat_i32s(0);
        let top = simd.splat_i32s(i32::MAX);
        let step = simd.splat_i32s(lanes as i32);
        // The column of each lane; no vector holds more than 64 lanes of `i32`.
        let iota: [i32; 64] = std::array::from_fn(|k| k as i32);
        let mut index = simd.partial_load_i32s(&iota[..lanes]);
        let (mut best, mut best_index) = (top, zero);
        let (mut best_free, mut best_free_index) = (top, zero);
        for ((((&c, &w), &owner), d), pred) in row.iter().zip(v).zip(y).zip(d.iter_mut()).zip(pred.iter_mut())
        {
            let h = simd.sub_i32s(simd.sub_i32s(c, w), base);
            let lowered = simd.less_than_i32s(h, *d);
            *d = simd.select_i32s(lowered, h, *d);
            *pred = simd.select_i32s(lowered, row_index, *pred);
            // Settled columns hold `i32::MIN`, whose key wraps around to `i32::MAX`.
            let key = simd.sub_i32s(*d, one);
            let better = simd.less_than_i32s(key, best);
            best = simd.select_i32s(better, key, best);
            best_index = simd.select_i32s(better, index, best_index);
            let free_key = simd.select_i32s(simd.less_than_i32s(owner, zero), key, top);
            let better = simd.less_than_i32s(free_key, best_free);
            best_free = simd.select_i32s(better, free_key, best_free);
            best_free_index = simd.select_i32s(better, index, best_free_index);
            index = simd.add_i32s(index, step);
        }

        // Reduce the lanes, breaking ties by the lower column, then scan the tail.
        let pick = |keys: S::i32s, indices: S::i32s| {
            let keys: &[i32] = pulp::bytemuck::cast_slice(std::slice::from_ref(&keys));
            let indices: &[i32] = pulp::bytemuck::cast_slice(std::slice::from_ref(&indices));
            keys.iter().zip(indices).map(|(&k, &j)| (k, j as usize)).min().unwrap_or((i32::MAX, 0))
        };
        let (mut key, mut col) = pick(best, best_index);
        let (mut free_key, mut free_col) = pick(best_free, best_free_index);
        let first = self.row.len() - row_tail.len();
        for (k, ((((&c, &w), &owner), d), pred)) in row_tail
            .iter()
            .zip(v_tail)
            .zip(y_tail)
            .zip(d_tail.iter_mut())
            .zip(pred_tail.iter_mut())
            .enumerate()
        {
            let h = c - w - self.base;
            if h < *d {
                *d = h;
                *pred = self.row_index;
            }
            let k_key = d.wrapping_sub(1);
            if k_key < key {
                key = k_key;
                col = first + k;
            }
            if owner < 0 && k_key < free_key {
                free_key = k_key;
                free_col = first + k;
            }
        }
        Next { key, col, free_key, free_col }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Solves `rows` (all of the same length) and compares the optimal total cost; also checks
    /// that the columns are distinct and that the reported total is theirs.
    fn check(rows: &[&[i32]], expected: i64) {
        let n_cols = rows.first().map_or(0, |r| r.len());
        let matrix = CostMatrix::new(rows.len(), n_cols, rows.concat()).unwrap();
        let solution = solve(&matrix);
        assert_eq!(solution.total_cost, expected, "{rows:?}");
        assert_eq!(matrix.total_cost(&solution.column_of_row), expected);
        let mut seen = solution.column_of_row.clone();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), rows.len(), "columns used twice: {:?}", solution.column_of_row);
    }

    #[test]
    fn a_single_cell_is_its_own_optimum() {
        check(&[&[7]], 7);
    }

    #[test]
    fn an_empty_matrix_costs_nothing() {
        check(&[], 0);
        assert_eq!(solve(&CostMatrix::new(0, 3, vec![]).unwrap()).column_of_row, Vec::<u32>::new());
    }

    #[test]
    fn the_diagonal_wins_when_it_is_cheapest() {
        check(&[&[1, 9, 9], &[9, 1, 9], &[9, 9, 1]], 3);
    }

    #[test]
    fn two_rows_wanting_the_same_column_are_resolved_by_the_cheaper_regret() {
        // Both rows prefer column 0; row 1 loses less by moving.
        check(&[&[1, 10], &[2, 4]], 5);
    }

    #[test]
    fn ties_everywhere_still_give_a_permutation() {
        check(&[&[5, 5, 5], &[5, 5, 5], &[5, 5, 5]], 15);
    }

    #[test]
    fn negative_and_extreme_costs_do_not_overflow() {
        check(&[&[i32::MIN, i32::MAX], &[i32::MAX, i32::MIN]], 2 * i64::from(i32::MIN));
        check(&[&[i32::MAX, i32::MAX], &[i32::MAX, i32::MAX]], 2 * i64::from(i32::MAX));
        check(&[&[-3, -1], &[-2, -7]], -10);
    }

    #[test]
    fn a_rectangular_matrix_leaves_the_dearest_columns_unused() {
        check(&[&[4, 1, 3, 8]], 1);
        check(&[&[4, 1, 3], &[2, 0, 5]], 3);
        check(&[&[10, 10, 1, 10], &[10, 10, 1, 2]], 3);
    }

    #[test]
    fn the_classic_textbook_example_costs_what_the_textbook_says() {
        // Hungarian method example with optimum 140 (rows take columns 1, 0, 2, 3 ... by cost).
        check(&[&[82, 83, 69, 92], &[77, 37, 49, 92], &[11, 69, 5, 86], &[8, 9, 98, 23]], 140);
    }

    /// A deterministic pseudo-random matrix with costs in `low..=high`.
    fn random_matrix(n_rows: usize, n_cols: usize, low: i64, high: i64, seed: u64) -> CostMatrix {
        let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let costs = (0..n_rows * n_cols)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let r = (state >> 33) as i64 % (high - low + 1);
                (low + r) as i32
            })
            .collect();
        CostMatrix::new(n_rows, n_cols, costs).unwrap()
    }

    #[test]
    fn the_i32_search_agrees_with_the_i64_search() {
        let ranges = [
            (0, 3),
            (0, 1000),
            (-500, 500),
            (-(1 << 28), 1 << 28),
            (0, 1 << 28),
            (-(1 << 28), 20 - (1 << 28)),
        ];
        for (seed, &(low, high)) in (0..60u64).zip(ranges.iter().cycle()) {
            let n_cols = 1 + (seed as usize * 7) % 70;
            let n_rows = if seed % 3 == 0 { n_cols / 2 + 1 } else { n_cols };
            let matrix = random_matrix(n_rows, n_cols, low, high, seed);
            let fast = solve_with(&matrix, true);
            let slow = solve_with(&matrix, false);
            assert_eq!(fast.total_cost, slow.total_cost, "seed {seed}");
            assert_eq!(matrix.total_cost(&fast.column_of_row), fast.total_cost);
            let mut seen = fast.column_of_row.clone();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), n_rows, "seed {seed}");
        }
    }

    #[test]
    fn a_wrong_length_or_shape_is_refused() {
        assert_eq!(
            CostMatrix::new(2, 2, vec![1, 2, 3]).unwrap_err().to_string(),
            "a 2 x 2 matrix needs 4 costs, got 3"
        );
        assert_eq!(
            CostMatrix::new(3, 2, vec![0; 6]).unwrap_err().to_string(),
            "the matrix has more rows (3) than columns (2), so some row cannot be assigned"
        );
    }
}
