//! The benchmark's binary instance formats, parsed from bytes, and the text format of an
//! assignment that the benchmark's checker reads.
//!
//! Both formats are little-endian with a 64-byte header (see `bench/README.md`):
//!
//! - `.dlap`, dense linear assignment: magic `MSMEDLAP`, version 1, dtype 1 (i32), the row and
//!   column counts, then the row-major `i32` cost matrix.
//! - `.bmat`, capacitated sparse assignment: magic `MSMEBMAT`, version 1, flags 0, N MSMEs,
//!   M mentors, E edges, the penalty P, then the CSR arrays `u64 offsets[N+1]`,
//!   `u32 mentor[E]`, `i32 cost[E]` and `u32 cap[M]`.
//!
//! The parser never panics on bad input: every defect is an [`InstanceError`] that says what
//! is wrong and where. Reading the file is the caller's business; this module only sees bytes.

use crate::lap::{CostMatrix, LapError};
use crate::transport::{ProblemError, TransportProblem};

/// The magic number of a dense linear assignment file.
pub const DENSE_MAGIC: &[u8; 8] = b"MSMEDLAP";
/// The magic number of a capacitated sparse assignment file.
pub const SPARSE_MAGIC: &[u8; 8] = b"MSMEBMAT";
/// The only format version this parser reads.
pub const VERSION: u32 = 1;
/// The size of the header of both formats.
pub const HEADER_LEN: usize = 64;

/// A parsed instance of either format.
#[derive(Debug, Clone)]
pub enum Instance {
    Dense(DenseInstance),
    Sparse(SparseInstance),
}

/// A dense linear assignment instance with its header's seed.
#[derive(Debug, Clone)]
pub struct DenseInstance {
    pub costs: CostMatrix,
    /// The generator's seed, kept so that reports can name the instance they ran on.
    pub seed: u64,
}

/// A capacitated sparse assignment instance with its header's seed.
#[derive(Debug, Clone)]
pub struct SparseInstance {
    pub problem: TransportProblem,
    /// The generator's seed, kept so that reports can name the instance they ran on.
    pub seed: u64,
}

/// What is wrong with an instance file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstanceError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has {len} bytes, shorter than the {HEADER_LEN}-byte header")]
    TruncatedHeader { len: usize },
    #[error("unknown magic number \"{found}\": expected \"MSMEDLAP\" or \"MSMEBMAT\"")]
    BadMagic { found: String },
    #[error("unsupported version {found}: this reader knows version {VERSION}")]
    UnsupportedVersion { found: u32 },
    #[error("unsupported cost type code {found}: only 1 (i32) is known")]
    UnsupportedDtype { found: u32 },
    #[error("unsupported flags {found:#x}: only 0 is known")]
    UnsupportedFlags { found: u32 },
    #[error("the instance has no rows")]
    NoRows,
    #[error("the instance has no columns")]
    NoColumns,
    #[error("the instance has more rows ({n_rows}) than columns ({n_cols})")]
    MoreRowsThanColumns { n_rows: u64, n_cols: u64 },
    #[error("the instance has no mentors")]
    NoMentors,
    #[error("the header's counts are too large for this machine: {what}")]
    TooLarge { what: &'static str },
    #[error("the file has {len} bytes but its header announces {expected}")]
    Truncated { len: usize, expected: usize },
    #[error("the file has {extra} bytes after the announced data")]
    TrailingBytes { extra: usize },
    #[error("offsets[0] is {found}, expected 0")]
    FirstOffsetNotZero { found: u64 },
    #[error("offsets are not monotone: offsets[{row}] = {before} > offsets[{}] = {after}", row + 1)]
    OffsetsNotMonotone { row: usize, before: u64, after: u64 },
    #[error("offsets[N] is {found} but the header announces {edges} edges")]
    LastOffsetMismatch { found: u64, edges: u64 },
    #[error("edge {edge} of MSME {row} names mentor {mentor}, but there are only {n_mentors} mentors")]
    MentorOutOfRange { row: usize, edge: usize, mentor: u32, n_mentors: usize },
    #[error("the mentors of MSME {row} are not strictly ascending at edge {edge}")]
    MentorsNotAscending { row: usize, edge: usize },
    #[error("mentor {mentor} has capacity 0")]
    ZeroCapacity { mentor: usize },
    #[error("the penalty {penalty} is negative")]
    NegativePenalty { penalty: i64 },
    #[error("invalid dense instance: {0}")]
    Dense(#[from] LapError),
    #[error("invalid sparse instance: {0}")]
    Sparse(#[from] ProblemError),
}

/// Parses either format, chosen by the magic number.
pub fn parse(bytes: &[u8]) -> Result<Instance, InstanceError> {
    let header = header(bytes)?;
    match &header[0..8] {
        m if m == DENSE_MAGIC => parse_dense(bytes).map(Instance::Dense),
        m if m == SPARSE_MAGIC => parse_sparse(bytes).map(Instance::Sparse),
        other => Err(bad_magic(other)),
    }
}

/// Parses a `.dlap` file.
pub fn parse_dense(bytes: &[u8]) -> Result<DenseInstance, InstanceError> {
    let header = header(bytes)?;
    if &header[0..8] != DENSE_MAGIC {
        return Err(bad_magic(&header[0..8]));
    }
    check_version(header)?;
    let dtype = u32_at(header, 12);
    if dtype != 1 {
        return Err(InstanceError::UnsupportedDtype { found: dtype });
    }
    let n_rows = u64_at(header, 16);
    let n_cols = u64_at(header, 24);
    let seed = u64_at(header, 32);
    if n_rows == 0 {
        return Err(InstanceError::NoRows);
    }
    if n_cols == 0 {
        return Err(InstanceError::NoColumns);
    }
    if n_rows > n_cols {
        return Err(InstanceError::MoreRowsThanColumns { n_rows, n_cols });
    }
    let cells = n_rows.checked_mul(n_cols).ok_or(InstanceError::TooLarge { what: "n_rows * n_cols" })?;
    let cells = to_usize(cells, "n_rows * n_cols")?;
    let cost_bytes = cells.checked_mul(4).ok_or(InstanceError::TooLarge { what: "cost matrix" })?;
    let expected = HEADER_LEN.checked_add(cost_bytes).ok_or(InstanceError::TooLarge { what: "file" })?;
    check_len(bytes.len(), expected)?;
    let costs = read_i32s(&bytes[HEADER_LEN..expected]);
    let costs = CostMatrix::new(to_usize(n_rows, "n_rows")?, to_usize(n_cols, "n_cols")?, costs)?;
    Ok(DenseInstance { costs, seed })
}

/// Parses a `.bmat` file.
pub fn parse_sparse(bytes: &[u8]) -> Result<SparseInstance, InstanceError> {
    let header = header(bytes)?;
    if &header[0..8] != SPARSE_MAGIC {
        return Err(bad_magic(&header[0..8]));
    }
    check_version(header)?;
    let flags = u32_at(header, 12);
    if flags != 0 {
        return Err(InstanceError::UnsupportedFlags { found: flags });
    }
    let n = u64_at(header, 16);
    let m = u64_at(header, 24);
    let e = u64_at(header, 32);
    let penalty = u64_at(header, 40) as i64;
    let seed = u64_at(header, 48);
    if n == 0 {
        return Err(InstanceError::NoRows);
    }
    if m == 0 {
        return Err(InstanceError::NoMentors);
    }
    if penalty < 0 {
        return Err(InstanceError::NegativePenalty { penalty });
    }
    let n = to_usize(n, "N")?;
    let m = to_usize(m, "M")?;
    let e = to_usize(e, "E")?;
    let too_large = || InstanceError::TooLarge { what: "file" };
    let offsets_len = n.checked_add(1).and_then(|k| k.checked_mul(8)).ok_or_else(too_large)?;
    let mentors_len = e.checked_mul(4).ok_or_else(too_large)?;
    let caps_len = m.checked_mul(4).ok_or_else(too_large)?;
    let offsets_at = HEADER_LEN;
    let mentors_at = offsets_at.checked_add(offsets_len).ok_or_else(too_large)?;
    let costs_at = mentors_at.checked_add(mentors_len).ok_or_else(too_large)?;
    let caps_at = costs_at.checked_add(mentors_len).ok_or_else(too_large)?;
    let end = caps_at.checked_add(caps_len).ok_or_else(too_large)?;
    check_len(bytes.len(), end)?;

    let offsets: Vec<u64> = bytes[offsets_at..mentors_at]
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().unwrap()))
        .collect();
    if offsets[0] != 0 {
        return Err(InstanceError::FirstOffsetNotZero { found: offsets[0] });
    }
    for (row, pair) in offsets.windows(2).enumerate() {
        if pair[1] < pair[0] {
            return Err(InstanceError::OffsetsNotMonotone { row, before: pair[0], after: pair[1] });
        }
    }
    if offsets[n] != e as u64 {
        return Err(InstanceError::LastOffsetMismatch { found: offsets[n], edges: e as u64 });
    }
    let mentors: Vec<u32> = read_u32s(&bytes[mentors_at..costs_at]);
    for row in 0..n {
        let (start, stop) = (offsets[row] as usize, offsets[row + 1] as usize);
        for edge in start..stop {
            let mentor = mentors[edge];
            if mentor as usize >= m {
                return Err(InstanceError::MentorOutOfRange { row, edge, mentor, n_mentors: m });
            }
            if edge > start && mentors[edge - 1] >= mentor {
                return Err(InstanceError::MentorsNotAscending { row, edge });
            }
        }
    }
    let costs = read_i32s(&bytes[costs_at..caps_at]);
    let capacities = read_u32s(&bytes[caps_at..end]);
    if let Some(mentor) = capacities.iter().position(|&c| c == 0) {
        return Err(InstanceError::ZeroCapacity { mentor });
    }
    let offsets = offsets.into_iter().map(|o| o as usize).collect();
    let problem = TransportProblem::new(offsets, mentors, costs, capacities, penalty)?;
    Ok(SparseInstance { problem, seed })
}

/// Writes an assignment in the checker's text format: one line per row, the column or mentor
/// index, or `-1` for a row left unassigned.
pub fn write_assignment(assignment: &[Option<u32>]) -> String {
    let mut out = String::with_capacity(assignment.len() * 7);
    for slot in assignment {
        match slot {
            Some(index) => {
                out.push_str(&index.to_string());
            }
            None => out.push_str("-1"),
        }
        out.push('\n');
    }
    out
}

fn header(bytes: &[u8]) -> Result<&[u8], InstanceError> {
    match bytes.len() {
        0 => Err(InstanceError::Empty),
        len if len < HEADER_LEN => Err(InstanceError::TruncatedHeader { len }),
        _ => Ok(&bytes[..HEADER_LEN]),
    }
}

fn bad_magic(found: &[u8]) -> InstanceError {
    InstanceError::BadMagic { found: found.escape_ascii().to_string() }
}

fn check_version(header: &[u8]) -> Result<(), InstanceError> {
    match u32_at(header, 8) {
        VERSION => Ok(()),
        found => Err(InstanceError::UnsupportedVersion { found }),
    }
}

fn check_len(len: usize, expected: usize) -> Result<(), InstanceError> {
    if len < expected {
        return Err(InstanceError::Truncated { len, expected });
    }
    if len > expected {
        return Err(InstanceError::TrailingBytes { extra: len - expected });
    }
    Ok(())
}

fn to_usize(value: u64, what: &'static str) -> Result<usize, InstanceError> {
    usize::try_from(value).map_err(|_| InstanceError::TooLarge { what })
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap())
}

fn read_u32s(bytes: &[u8]) -> Vec<u32> {
    bytes.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect()
}

fn read_i32s(bytes: &[u8]) -> Vec<i32> {
    bytes.chunks_exact(4).map(|c| i32::from_le_bytes(c.try_into().unwrap())).collect()
}

/// Builders of well-formed and deliberately broken files, for this module's tests and the
/// integration tests.
pub mod encode {
    use super::{DENSE_MAGIC, SPARSE_MAGIC, VERSION};

    /// Encodes a dense instance exactly as the benchmark's generator writes it.
    pub fn dense(n_rows: usize, n_cols: usize, costs: &[i32], seed: u64) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + costs.len() * 4);
        out.extend_from_slice(DENSE_MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&1u32.to_le_bytes());
        out.extend_from_slice(&(n_rows as u64).to_le_bytes());
        out.extend_from_slice(&(n_cols as u64).to_le_bytes());
        out.extend_from_slice(&seed.to_le_bytes());
        out.extend_from_slice(&[0; 24]);
        for c in costs {
            out.extend_from_slice(&c.to_le_bytes());
        }
        out
    }

    /// Encodes a sparse instance exactly as the benchmark's generator writes it; the edge count
    /// in the header is `mentors.len()`.
    pub fn sparse(
        offsets: &[u64],
        mentors: &[u32],
        costs: &[i32],
        capacities: &[u32],
        penalty: i64,
        seed: u64,
    ) -> Vec<u8> {
        let n = offsets.len().saturating_sub(1);
        let mut out = Vec::new();
        out.extend_from_slice(SPARSE_MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&(n as u64).to_le_bytes());
        out.extend_from_slice(&(capacities.len() as u64).to_le_bytes());
        out.extend_from_slice(&(mentors.len() as u64).to_le_bytes());
        out.extend_from_slice(&penalty.to_le_bytes());
        out.extend_from_slice(&seed.to_le_bytes());
        out.extend_from_slice(&0u64.to_le_bytes());
        for o in offsets {
            out.extend_from_slice(&o.to_le_bytes());
        }
        for m in mentors {
            out.extend_from_slice(&m.to_le_bytes());
        }
        for c in costs {
            out.extend_from_slice(&c.to_le_bytes());
        }
        for c in capacities {
            out.extend_from_slice(&c.to_le_bytes());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two MSMEs, two mentors: MSME 0 may take mentor 0 or 1, MSME 1 only mentor 1.
    fn good_sparse() -> Vec<u8> {
        encode::sparse(&[0, 2, 3], &[0, 1, 1], &[10, 20, 30], &[1, 2], 700, 7)
    }

    fn good_dense() -> Vec<u8> {
        encode::dense(2, 3, &[1, 2, 3, 4, 5, 6], 9)
    }

    /// Parses `bytes` and compares the error's message with `expected`.
    fn check(bytes: &[u8], expected: &str) {
        match parse(bytes) {
            Ok(instance) => panic!("expected the error {expected:?}, parsed {instance:?}"),
            Err(error) => assert_eq!(error.to_string(), expected),
        }
    }

    fn patch(mut bytes: Vec<u8>, at: usize, with: &[u8]) -> Vec<u8> {
        bytes[at..at + with.len()].copy_from_slice(with);
        bytes
    }

    #[test]
    fn a_well_formed_sparse_file_parses_with_all_its_arrays() {
        let Instance::Sparse(sparse) = parse(&good_sparse()).unwrap() else { panic!("not sparse") };
        assert_eq!(sparse.seed, 7);
        let p = &sparse.problem;
        assert_eq!((p.n_msmes(), p.n_mentors(), p.n_edges(), p.penalty()), (2, 2, 3, 700));
        assert_eq!(p.edges_of(0).collect::<Vec<_>>(), vec![(0, 10), (1, 20)]);
        assert_eq!(p.edges_of(1).collect::<Vec<_>>(), vec![(1, 30)]);
        assert_eq!(p.capacities(), &[1, 2]);
    }

    #[test]
    fn a_well_formed_dense_file_parses_row_major() {
        let Instance::Dense(dense) = parse(&good_dense()).unwrap() else { panic!("not dense") };
        assert_eq!(dense.seed, 9);
        assert_eq!((dense.costs.n_rows(), dense.costs.n_cols()), (2, 3));
        assert_eq!(dense.costs.row(1), &[4, 5, 6]);
    }

    #[test]
    fn every_malformed_header_is_named() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (vec![], "the file is empty"),
            (good_sparse()[..10].to_vec(), "the file has 10 bytes, shorter than the 64-byte header"),
            (
                patch(good_sparse(), 0, b"MSMEXXXX"),
                "unknown magic number \"MSMEXXXX\": expected \"MSMEDLAP\" or \"MSMEBMAT\"",
            ),
            (
                patch(good_sparse(), 0, b"\x00\xffMEBMAT"),
                "unknown magic number \"\\x00\\xffMEBMAT\": expected \"MSMEDLAP\" or \"MSMEBMAT\"",
            ),
            (
                patch(good_sparse(), 8, &2u32.to_le_bytes()),
                "unsupported version 2: this reader knows version 1",
            ),
            (
                patch(good_dense(), 8, &0u32.to_le_bytes()),
                "unsupported version 0: this reader knows version 1",
            ),
            (
                patch(good_dense(), 12, &2u32.to_le_bytes()),
                "unsupported cost type code 2: only 1 (i32) is known",
            ),
            (patch(good_sparse(), 12, &1u32.to_le_bytes()), "unsupported flags 0x1: only 0 is known"),
        ];
        for (bytes, expected) in cases {
            check(&bytes, expected);
        }
    }

    #[test]
    fn every_inconsistent_dense_file_is_named() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (encode::dense(0, 3, &[], 0), "the instance has no rows"),
            (encode::dense(2, 0, &[], 0), "the instance has no columns"),
            (encode::dense(3, 2, &[0; 6], 0), "the instance has more rows (3) than columns (2)"),
            (good_dense()[..80].to_vec(), "the file has 80 bytes but its header announces 88"),
            ([good_dense(), vec![0, 0]].concat(), "the file has 2 bytes after the announced data"),
            (
                patch(good_dense(), 16, &u64::MAX.to_le_bytes()),
                "the instance has more rows (18446744073709551615) than columns (3)",
            ),
            (
                patch(patch(good_dense(), 16, &(1u64 << 40).to_le_bytes()), 24, &(1u64 << 40).to_le_bytes()),
                "the header's counts are too large for this machine: n_rows * n_cols",
            ),
        ];
        for (bytes, expected) in cases {
            check(&bytes, expected);
        }
    }

    #[test]
    fn every_inconsistent_sparse_file_is_named() {
        let e = |offsets: &[u64], mentors: &[u32], caps: &[u32]| {
            encode::sparse(offsets, mentors, &vec![1; mentors.len()], caps, 700, 0)
        };
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (e(&[0], &[], &[1]), "the instance has no rows"),
            (e(&[0, 0], &[], &[]), "the instance has no mentors"),
            (
                good_sparse()[..good_sparse().len() - 1].to_vec(),
                "the file has 119 bytes but its header announces 120",
            ),
            (good_sparse()[..64].to_vec(), "the file has 64 bytes but its header announces 120"),
            ([good_sparse(), vec![0]].concat(), "the file has 1 bytes after the announced data"),
            (e(&[1, 1, 3], &[0, 1, 1], &[1, 1]), "offsets[0] is 1, expected 0"),
            (
                e(&[0, 2, 1, 3], &[0, 1, 1], &[1, 1]),
                "offsets are not monotone: offsets[1] = 2 > offsets[2] = 1",
            ),
            (e(&[0, 1, 2], &[0, 1, 1], &[1, 1]), "offsets[N] is 2 but the header announces 3 edges"),
            (
                e(&[0, 2, 3], &[0, 2, 1], &[1, 1]),
                "edge 1 of MSME 0 names mentor 2, but there are only 2 mentors",
            ),
            (
                e(&[0, 2, 3], &[1, 0, 1], &[1, 1]),
                "the mentors of MSME 0 are not strictly ascending at edge 1",
            ),
            (
                e(&[0, 2, 3], &[1, 1, 1], &[1, 1]),
                "the mentors of MSME 0 are not strictly ascending at edge 1",
            ),
            (e(&[0, 2, 3], &[0, 1, 1], &[1, 0]), "mentor 1 has capacity 0"),
            (patch(good_sparse(), 40, &(-5i64).to_le_bytes()), "the penalty -5 is negative"),
            (
                patch(good_sparse(), 16, &u64::MAX.to_le_bytes()),
                "the header's counts are too large for this machine: file",
            ),
        ];
        for (bytes, expected) in cases {
            check(&bytes, expected);
        }
    }

    #[test]
    fn an_msme_without_candidates_is_allowed() {
        let bytes = encode::sparse(&[0, 0, 1], &[0], &[5], &[1], 700, 0);
        let Instance::Sparse(sparse) = parse(&bytes).unwrap() else { panic!("not sparse") };
        assert_eq!(sparse.problem.edges_of(0).count(), 0);
    }

    #[test]
    fn a_dense_file_is_refused_by_the_sparse_parser_and_back() {
        assert!(matches!(parse_sparse(&good_dense()), Err(InstanceError::BadMagic { .. })));
        assert!(matches!(parse_dense(&good_sparse()), Err(InstanceError::BadMagic { .. })));
    }

    #[test]
    fn an_assignment_is_written_one_line_per_row() {
        assert_eq!(write_assignment(&[Some(3), None, Some(0)]), "3\n-1\n0\n");
        assert_eq!(write_assignment(&[]), "");
    }
}
