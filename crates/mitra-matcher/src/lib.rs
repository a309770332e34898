//! Mitra's matching engine: a pure library that takes plain arrays in and gives plain results
//! out. It does no IO, no async and knows no database; rayon is its only concurrency.
//!
//! - [`score`]: features of an MSME against an opportunity and the score as a sum of named
//!   contributions, so every recommendation carries its explanation.
//! - [`topk`]: the best k opportunities for one MSME or a whole population, with hard filters.
//! - [`lap`]: exact dense linear assignment.
//! - [`transport`]: exact capacitated sparse assignment with a penalty for the unassigned,
//!   and fairness quotas.
//! - [`instance`]: the benchmark's binary instance formats, parsed from bytes.

pub mod instance;
pub mod lap;
pub mod score;
pub mod topk;
pub mod transport;
