//! Top-k: the best k opportunities for one MSME, or for every MSME of a population.
//!
//! - [`Catalogue`] and [`recommend`]: the opportunities are read once into compact features
//!   (interned countries, regions and languages, a BM25 index over their texts); one MSME is
//!   then scored against all of them with the hard filters of [`crate::score`], and each of the
//!   k best carries its named contributions.
//! - [`population_top_k`]: for each of N MSMEs, the k best of M opportunities by the dot
//!   product of D-float feature vectors. The N x M score matrix is never stored: a register-
//!   blocked SIMD kernel computes a tile of scores and compares it at once with each row's
//!   current k-th best score, so nearly every score is rejected by one comparison. Row blocks
//!   run in parallel on rayon's pool.
//!
//! Both rank by score, highest first, and break ties by the lower opportunity index.

use pulp::{Arch, Simd, WithSimd};
use rayon::prelude::*;

use crate::score::{
    Breakdown, ColdFeatures, Excluded, HotFeatures, Msme, MsmeFeatures, Opportunity, TextIndex, Vocabulary,
    Weights, needs_query, opportunity_features,
};

/// Opportunities read once for fast recommendations: what [`recommend`] scans.
///
/// The catalogue changes in place: an opportunity is added after the others ([`Self::push`]),
/// changed in its slot ([`Self::replace`]) or taken out ([`Self::remove`], its slot staying
/// empty), and the text statistics stay those of a fresh build over the same opportunities.
/// Slots name opportunities from then on; ties in [`recommend`] go to the lower slot, so a
/// catalogue changed in place ranks as a fresh build over its live opportunities in slot order.
#[derive(Debug)]
pub struct Catalogue {
    vocabulary: Vocabulary,
    /// What every scan reads, 24 bytes an opportunity.
    hot: Vec<HotFeatures>,
    /// What a scan reads for few opportunities.
    cold: Vec<ColdFeatures>,
    text: TextIndex,
    removed: usize,
}

/// One recommended opportunity and why.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Recommendation {
    /// Its slot in the catalogue (its index in the list a fresh catalogue was built from).
    pub opportunity: usize,
    /// The score, the sum of the breakdown's parts.
    pub score: f32,
    pub breakdown: Breakdown,
}

impl Catalogue {
    /// Reads the opportunities; their indices in `opportunities` name them from then on.
    pub fn build(opportunities: &[Opportunity]) -> Self {
        let mut catalogue = Catalogue {
            vocabulary: Vocabulary::default(),
            hot: Vec::with_capacity(opportunities.len()),
            cold: Vec::with_capacity(opportunities.len()),
            text: TextIndex::new(Default::default()),
            removed: 0,
        };
        for opportunity in opportunities {
            catalogue.push(opportunity);
        }
        catalogue
    }

    /// The number of slots, removed ones included.
    pub fn len(&self) -> usize {
        self.hot.len()
    }

    /// Whether the catalogue has no slot.
    pub fn is_empty(&self) -> bool {
        self.hot.is_empty()
    }

    /// The number of slots left empty by [`Self::remove`].
    pub fn removed(&self) -> usize {
        self.removed
    }

    /// Adds an opportunity after the others and returns its slot.
    pub fn push(&mut self, opportunity: &Opportunity) -> usize {
        let (hot, cold) = opportunity_features(opportunity, &mut self.vocabulary);
        self.hot.push(hot);
        self.cold.push(cold);
        self.text.push(&opportunity.description)
    }

    /// Puts `opportunity` in `slot`, in place of what was there (a removed slot comes back).
    ///
    /// # Panics
    /// When `slot` is not a slot of the catalogue.
    pub fn replace(&mut self, slot: usize, opportunity: &Opportunity) {
        if self.cold[slot].is_removed() {
            self.removed -= 1;
        }
        let (hot, cold) = opportunity_features(opportunity, &mut self.vocabulary);
        self.hot[slot] = hot;
        self.cold[slot] = cold;
        self.text.replace(slot, &opportunity.description);
    }

    /// Takes the opportunity in `slot` out: it is never recommended again, and its text leaves
    /// the statistics.
    ///
    /// # Panics
    /// When `slot` is not a slot of the catalogue.
    pub fn remove(&mut self, slot: usize) {
        if self.cold[slot].is_removed() {
            return;
        }
        self.cold[slot].set_removed();
        self.hot[slot].set_available(&self.cold[slot]);
        self.text.remove(slot);
        self.removed += 1;
    }

    /// Records seats taken or freed without a rebuild.
    ///
    /// # Panics
    /// When `opportunity` is not an index of the catalogue.
    pub fn set_capacity_left(&mut self, opportunity: usize, capacity_left: Option<u32>) {
        self.cold[opportunity].set_capacity_left(capacity_left);
        self.hot[opportunity].set_available(&self.cold[opportunity]);
    }

    /// Records an opportunity opening or closing without a rebuild.
    ///
    /// # Panics
    /// When `opportunity` is not an index of the catalogue.
    pub fn set_open(&mut self, opportunity: usize, open: bool) {
        self.cold[opportunity].set_open(open);
        self.hot[opportunity].set_available(&self.cold[opportunity]);
    }

    /// The score of one opportunity for `msme`, or the hard filter that excludes it: the same
    /// breakdown [`recommend`] gives. `None` when `opportunity` is not a slot of the catalogue or
    /// was removed.
    pub fn explain(
        &self,
        msme: &Msme,
        opportunity: usize,
        weights: &Weights,
    ) -> Option<Result<Breakdown, Excluded>> {
        let (hot, cold) = (self.hot.get(opportunity)?, &self.cold[opportunity]);
        if cold.is_removed() {
            return None;
        }
        let msme_features = MsmeFeatures::new(msme, &self.vocabulary);
        if let Some(excluded) = hot.exclusion(cold, &msme_features) {
            return Some(Err(excluded));
        }
        let relevance = self.text.relevance_to(&needs_query(msme), opportunity);
        Some(Ok(hot.breakdown(cold, &msme_features, relevance, weights)))
    }
}

/// The `k` best opportunities of the catalogue for one MSME, best first, ties to the lower
/// index; opportunities that fail a hard filter are left out. A single scan on the calling
/// thread: a few milliseconds for 100,000 opportunities.
pub fn recommend(catalogue: &Catalogue, msme: &Msme, k: usize, weights: &Weights) -> Vec<Recommendation> {
    let mut best: Vec<Recommendation> = Vec::with_capacity(k + 1);
    if k == 0 {
        return best;
    }
    let msme_features = MsmeFeatures::new(msme, &catalogue.vocabulary);
    let relevance = catalogue.text.relevance(&needs_query(msme));
    let mut threshold = f32::NEG_INFINITY;
    for (opportunity, (hot, relevance)) in catalogue.hot.iter().zip(&relevance).enumerate() {
        let cold = &catalogue.cold[opportunity];
        if hot.exclusion(cold, &msme_features).is_some() {
            continue;
        }
        let breakdown = hot.breakdown(cold, &msme_features, *relevance, weights);
        let score = breakdown.total();
        // Full lists keep equal scores of lower indices; NaN never enters.
        if !(score > threshold || (best.len() < k && score >= threshold)) {
            continue;
        }
        let position = best.partition_point(|entry| entry.score >= score);
        best.insert(position, Recommendation { opportunity, score, breakdown });
        if best.len() > k {
            best.pop();
        }
        if best.len() == k {
            threshold = best[k - 1].score;
        }
    }
    best
}

/// [`recommend`] for every MSME of a population, with the same hard filters and explanations,
/// in parallel on the current rayon pool. Row `i` of the result belongs to `msmes[i]`.
pub fn recommend_all(
    catalogue: &Catalogue,
    msmes: &[Msme],
    k: usize,
    weights: &Weights,
) -> Vec<Vec<Recommendation>> {
    msmes.par_iter().map(|msme| recommend(catalogue, msme, k, weights)).collect()
}

/// The k best opportunities of each MSME of a population.
///
/// Row `i` holds `width()` entries, best first. An entry is absent (index [`ABSENT`], score NaN)
/// only when a row has fewer than `width()` scores that are numbers.
#[derive(Debug, Clone)]
pub struct PopulationTopK {
    rows: usize,
    width: usize,
    indices: Vec<u32>,
    scores: Vec<f32>,
}

impl PartialEq for PopulationTopK {
    /// Equal entries, scores compared bit for bit (so absent entries are equal).
    fn eq(&self, other: &Self) -> bool {
        self.rows == other.rows
            && self.width == other.width
            && self.indices == other.indices
            && self.scores.iter().map(|s| s.to_bits()).eq(other.scores.iter().map(|s| s.to_bits()))
    }
}

/// The index of an absent entry in [`PopulationTopK`].
pub const ABSENT: u32 = u32::MAX;

/// Why a population top-k cannot be computed: the arrays do not describe matrices.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TopKError {
    #[error("the feature dimension must be at least 1")]
    ZeroDimension,
    #[error("{what} holds {len} floats, which is not a multiple of the dimension {dim}")]
    Ragged { what: &'static str, len: usize, dim: usize },
    #[error("at most {max} opportunities can be ranked, got {got}")]
    TooManyOpportunities { max: usize, got: usize },
}

impl PopulationTopK {
    /// The number of MSMEs.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Entries per row: the k asked for, or the number of opportunities if that is smaller.
    pub fn width(&self) -> usize {
        self.width
    }

    /// The opportunity indices, row-major, `rows() * width()` of them.
    pub fn indices(&self) -> &[u32] {
        &self.indices
    }

    /// The scores beside [`Self::indices`].
    pub fn scores(&self) -> &[f32] {
        &self.scores
    }

    /// The present entries of row `row` as `(opportunity index, score)`, best first.
    pub fn row(&self, row: usize) -> impl Iterator<Item = (u32, f32)> + '_ {
        let range = row * self.width..(row + 1) * self.width;
        self.indices[range.clone()]
            .iter()
            .zip(&self.scores[range])
            .take_while(|(index, _)| **index != ABSENT)
            .map(|(index, score)| (*index, *score))
    }
}

/// The score that [`population_top_k`] gives a pair: the fused multiply-adds of the features in
/// order, starting from zero. The fast kernel computes exactly this, bit for bit.
pub fn dot(msme: &[f32], opportunity: &[f32]) -> f32 {
    msme.iter().zip(opportunity).fold(0.0, |acc, (x, y)| x.mul_add(*y, acc))
}

/// For each MSME (a row of `msmes`, `dim` floats), the `k` opportunities (rows of
/// `opportunities`) with the highest [`dot`] score, best first, ties to the lower index.
/// NaN scores are never chosen. Runs on the current rayon pool.
pub fn population_top_k(
    msmes: &[f32],
    opportunities: &[f32],
    dim: usize,
    k: usize,
) -> Result<PopulationTopK, TopKError> {
    let shape = Shape::check(msmes, opportunities, dim, k)?;
    Ok(Arch::new().dispatch(Population { msmes, opportunities, shape }))
}

/// The straightforward reference of [`population_top_k`]: every score, then a sort of each row.
pub fn population_top_k_naive(
    msmes: &[f32],
    opportunities: &[f32],
    dim: usize,
    k: usize,
) -> Result<PopulationTopK, TopKError> {
    let shape = Shape::check(msmes, opportunities, dim, k)?;
    let mut indices = vec![ABSENT; shape.rows * shape.width];
    let mut scores = vec![f32::NAN; shape.rows * shape.width];
    for (row, msme) in msmes.chunks_exact(dim).enumerate() {
        let mut ranked: Vec<(f32, u32)> = opportunities
            .chunks_exact(dim)
            .zip(0u32..)
            .map(|(opportunity, index)| (dot(msme, opportunity), index))
            .filter(|(score, _)| !score.is_nan())
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        for (slot, (score, index)) in ranked.into_iter().take(shape.width).enumerate() {
            indices[row * shape.width + slot] = index;
            scores[row * shape.width + slot] = score;
        }
    }
    Ok(PopulationTopK { rows: shape.rows, width: shape.width, indices, scores })
}

#[derive(Debug, Clone, Copy)]
struct Shape {
    rows: usize,
    columns: usize,
    dim: usize,
    width: usize,
}

impl Shape {
    fn check(msmes: &[f32], opportunities: &[f32], dim: usize, k: usize) -> Result<Self, TopKError> {
        if dim == 0 {
            return Err(TopKError::ZeroDimension);
        }
        for (what, array) in [("msmes", msmes), ("opportunities", opportunities)] {
            if array.len() % dim != 0 {
                return Err(TopKError::Ragged { what, len: array.len(), dim });
            }
        }
        let columns = opportunities.len() / dim;
        let max = ABSENT as usize - 1;
        if columns > max {
            return Err(TopKError::TooManyOpportunities { max, got: columns });
        }
        Ok(Shape { rows: msmes.len() / dim, columns, dim, width: k.min(columns) })
    }
}

/// Register tiles of a row block: enough rows that a panel of opportunities is read from L1
/// several times, few enough that the block's features stay in L1.
const TILES_PER_BLOCK: usize = 8;

/// The whole population, dispatched once to the best SIMD level of the processor.
struct Population<'a> {
    msmes: &'a [f32],
    opportunities: &'a [f32],
    shape: Shape,
}

impl WithSimd for Population<'_> {
    type Output = PopulationTopK;

    #[inline(always)]
    fn with_simd<S: Simd>(self, simd: S) -> PopulationTopK {
        // Two vectors of columns per tile; as many rows as the registers allow: 24 of 32
        // accumulators with AVX-512, 12 of 16 with AVX2.
        match S::F32_LANES {
            16 => self.run::<S, 12>(simd),
            8 => self.run::<S, 6>(simd),
            _ => self.run::<S, 4>(simd),
        }
    }
}

impl Population<'_> {
    #[inline(always)]
    fn run<S: Simd, const R: usize>(self, simd: S) -> PopulationTopK {
        let Shape { rows, width, .. } = self.shape;
        let mut indices = vec![ABSENT; rows * width];
        let mut scores = vec![f32::NAN; rows * width];
        if width == 0 || rows == 0 {
            return PopulationTopK { rows, width, indices, scores };
        }
        let panel_width = 2 * S::F32_LANES;
        let packed = pack_panels(self.opportunities, self.shape, panel_width);
        let block_rows = R * TILES_PER_BLOCK;
        indices
            .par_chunks_mut(block_rows * width)
            .zip(scores.par_chunks_mut(block_rows * width))
            .enumerate()
            .for_each(|(block, (indices, scores))| {
                let first = block * block_rows;
                let count = indices.len() / width;
                let msmes = &self.msmes[first * self.shape.dim..(first + count) * self.shape.dim];
                simd.vectorize(Block::<R> { msmes, packed: &packed, shape: self.shape, indices, scores });
            });
        PopulationTopK { rows, width, indices, scores }
    }
}

/// Lays the opportunities out in panels of `panel_width` columns, each panel dimension-major,
/// so that the kernel reads one dimension of a panel as consecutive vectors. The last panel is
/// padded with zero columns, which the kernel never reports.
fn pack_panels(opportunities: &[f32], shape: Shape, panel_width: usize) -> Vec<f32> {
    let panels = shape.columns.div_ceil(panel_width);
    let mut packed = vec![0.0; panels * shape.dim * panel_width];
    for (column, features) in opportunities.chunks_exact(shape.dim).enumerate() {
        let (panel, lane) = (column / panel_width, column % panel_width);
        for (d, value) in features.iter().enumerate() {
            packed[(panel * shape.dim + d) * panel_width + lane] = *value;
        }
    }
    packed
}

/// One block of rows against every opportunity, inside the SIMD context.
struct Block<'a, const R: usize> {
    msmes: &'a [f32],
    packed: &'a [f32],
    shape: Shape,
    indices: &'a mut [u32],
    scores: &'a mut [f32],
}

impl<const R: usize> WithSimd for Block<'_, R> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: Simd>(self, simd: S) {
        let Shape { columns, dim, width, .. } = self.shape;
        let lanes = S::F32_LANES;
        let panel_width = 2 * lanes;
        let rows = self.msmes.len() / dim;
        let tiles = rows.div_ceil(R);

        // The block's features, transposed per tile: `tile_features[t * dim + d][r]` is
        // dimension d of row r of tile t, zero for padding rows.
        let mut tile_features = vec![[0.0f32; R]; tiles * dim];
        for (row, features) in self.msmes.chunks_exact(dim).enumerate() {
            for (d, value) in features.iter().enumerate() {
                tile_features[(row / R) * dim + d][row % R] = *value;
            }
        }
        // A row enters the slow path when some score reaches its threshold: minus infinity
        // until its list is full, then its k-th best score. Padding rows never do.
        let mut thresholds = vec![f32::INFINITY; tiles * R];
        thresholds[..rows].fill(f32::NEG_INFINITY);
        let mut filled = vec![0usize; rows];

        let (vectors, _) = S::as_simd_f32s(self.packed);
        let panels: &[[S::f32s; 2]] = pulp::bytemuck::cast_slice(vectors);
        for (panel_index, panel) in panels.chunks_exact(dim).enumerate() {
            let first_column = panel_index * panel_width;
            for (tile, features) in tile_features.chunks_exact(dim).enumerate() {
                let zero = simd.splat_f32s(0.0);
                let mut acc = [[zero; 2]; R];
                for (x, y) in features.iter().zip(panel) {
                    for r in 0..R {
                        let broadcast = simd.splat_f32s(x[r]);
                        acc[r][0] = simd.mul_add_f32s(broadcast, y[0], acc[r][0]);
                        acc[r][1] = simd.mul_add_f32s(broadcast, y[1], acc[r][1]);
                    }
                }
                // First only compare, so that the scores stay in registers; most tiles end here.
                let tile_thresholds = &thresholds[tile * R..(tile + 1) * R];
                let mut rows_reached = 0u32;
                for (r, (row_scores, threshold)) in acc.iter().zip(tile_thresholds).enumerate() {
                    let threshold = simd.splat_f32s(*threshold);
                    let reached = simd.or_m32s(
                        simd.greater_than_or_equal_f32s(row_scores[0], threshold),
                        simd.greater_than_or_equal_f32s(row_scores[1], threshold),
                    );
                    rows_reached |= u32::from(simd.first_true_m32s(reached) != lanes) << r;
                }
                while rows_reached != 0 {
                    let r = rows_reached.trailing_zeros() as usize;
                    rows_reached &= rows_reached - 1;
                    let (row, row_scores) = (tile * R + r, &acc[r]);
                    let candidates: &[f32] = pulp::bytemuck::cast_slice(row_scores);
                    let end = panel_width.min(columns - first_column);
                    let list = row * width..(row + 1) * width;
                    let mut list = TopList {
                        indices: &mut self.indices[list.clone()],
                        scores: &mut self.scores[list],
                        filled: &mut filled[row],
                    };
                    // The lanes that reached the threshold, as bits; the threshold rises as
                    // they enter, so each is compared again before it is offered.
                    let mut reached: u64 = 0;
                    for (lane, score) in candidates[..end].iter().enumerate() {
                        reached |= u64::from(*score >= thresholds[row]) << lane;
                    }
                    while reached != 0 {
                        let lane = reached.trailing_zeros() as usize;
                        reached &= reached - 1;
                        let score = candidates[lane];
                        if score >= thresholds[row] {
                            thresholds[row] = list.offer(score, (first_column + lane) as u32);
                        }
                    }
                }
            }
        }
    }
}

/// One row's best entries so far, best first, fed columns in increasing index order.
struct TopList<'a> {
    indices: &'a mut [u32],
    scores: &'a mut [f32],
    filled: &'a mut usize,
}

impl TopList<'_> {
    /// Offers a score that reached the threshold and returns the row's new threshold. A later
    /// column never displaces an equal score, so ties stay with the lower index.
    #[inline(always)]
    fn offer(&mut self, score: f32, index: u32) -> f32 {
        debug_assert!(!score.is_nan(), "NaN never reaches a threshold");
        let width = self.scores.len();
        let mut slot = *self.filled;
        if slot == width {
            if score <= self.scores[width - 1] {
                return score;
            }
            slot -= 1;
        } else {
            *self.filled += 1;
        }
        // One step of insertion sort from the end: new entries mostly land near the bottom.
        while slot > 0 && self.scores[slot - 1] < score {
            self.scores[slot] = self.scores[slot - 1];
            self.indices[slot] = self.indices[slot - 1];
            slot -= 1;
        }
        self.scores[slot] = score;
        self.indices[slot] = index;
        if *self.filled == width { self.scores[width - 1] } else { f32::NEG_INFINITY }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic features with many exact ties: small multiples of one half.
    fn grid(len: usize, seed: u64) -> Vec<f32> {
        let mut state = seed;
        (0..len)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                f32::from(((state >> 33) % 9) as u8) * 0.5 - 2.0
            })
            .collect()
    }

    /// Runs the kernel at every SIMD level this processor has, not only the best one.
    fn at_every_level(msmes: &[f32], opportunities: &[f32], dim: usize, k: usize) -> Vec<PopulationTopK> {
        let shape = Shape::check(msmes, opportunities, dim, k).unwrap();
        let population = || Population { msmes, opportunities, shape };
        let mut results = vec![pulp::Scalar::new().vectorize(population())];
        #[cfg(target_arch = "x86_64")]
        {
            if let Some(simd) = pulp::x86::V3::try_new() {
                results.push(Simd::vectorize(simd, population()));
            }
            if let Some(simd) = pulp::x86::V4::try_new() {
                results.push(Simd::vectorize(simd, population()));
            }
        }
        results
    }

    #[test]
    fn every_simd_level_gives_the_naive_result_over_several_blocks() {
        for (rows, columns, dim, k) in [(250, 300, 32, 10), (97, 65, 3, 7), (13, 33, 1, 40), (200, 5, 8, 10)]
        {
            let msmes = grid(rows * dim, 1);
            let opportunities = grid(columns * dim, 2);
            let naive = population_top_k_naive(&msmes, &opportunities, dim, k).unwrap();
            for (level, fast) in at_every_level(&msmes, &opportunities, dim, k).into_iter().enumerate() {
                assert_eq!(fast, naive, "level {level}: {rows} x {columns}, dim {dim}, k {k}");
            }
        }
    }

    #[test]
    fn a_top_list_keeps_equal_scores_of_lower_indices() {
        let (mut indices, mut scores, mut filled) = ([ABSENT; 3], [f32::NAN; 3], 0);
        let mut list = TopList { indices: &mut indices, scores: &mut scores, filled: &mut filled };
        let thresholds: Vec<f32> = [(1.0, 0), (2.0, 1), (1.0, 2), (1.0, 3), (3.0, 4), (2.0, 5)]
            .map(|(s, i)| list.offer(s, i))
            .into();
        assert_eq!(thresholds, [f32::NEG_INFINITY, f32::NEG_INFINITY, 1.0, 1.0, 1.0, 2.0]);
        assert_eq!((indices, scores), ([4, 1, 5], [3.0, 2.0, 2.0]));
    }
}
