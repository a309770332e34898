//! Solves one benchmark instance and prints one JSON line with the objective, the number
//! assigned, the median solve time (file reading and parsing excluded) and the peak memory.
//!
//! usage: `solve_instance INSTANCE [--reps R] [--out ASSIGNMENT]`

use std::time::Instant;

use mitra_matcher::instance::{self, Instance};
use mitra_matcher::{lap, transport};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: solve_instance INSTANCE [--reps R] [--out ASSIGNMENT]");
        std::process::exit(2);
    };
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|k| args.get(k + 1));
    let reps: usize = option("--reps").map_or(1, |r| r.parse().expect("--reps takes a number"));
    let out = option("--out");

    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let started = Instant::now();
    let parsed = instance::parse(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
    let parse_s = started.elapsed().as_secs_f64();
    drop(bytes);

    let mut times = Vec::new();
    let mut result = None;
    for _ in 0..reps.max(1) {
        let started = Instant::now();
        let (objective, assigned, assignment): (i64, usize, Vec<Option<u32>>) = match &parsed {
            Instance::Dense(dense) => {
                let solution = lap::solve(&dense.costs);
                let n = solution.column_of_row.len();
                (solution.total_cost, n, solution.column_of_row.into_iter().map(Some).collect())
            }
            Instance::Sparse(sparse) => {
                let solution = transport::solve(&sparse.problem).unwrap_or_else(|e| panic!("{path}: {e}"));
                (solution.total_cost, solution.n_assigned, solution.mentor_of)
            }
        };
        times.push(started.elapsed().as_secs_f64());
        result = Some((objective, assigned, assignment));
    }
    let (objective, assigned, assignment) = result.expect("at least one repetition");
    if let Some(out) = out {
        std::fs::write(out, instance::write_assignment(&assignment)).expect("cannot write the assignment");
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    println!(
        "{{\"instance\": \"{path}\", \"objective\": {objective}, \"n_assigned\": {assigned}, \
         \"median_solve_s\": {median:.4}, \"times_s\": {times:?}, \"parse_s\": {parse_s:.4}, \
         \"peak_rss_mb\": {:.1}}}",
        peak_rss_mb()
    );
}

/// The process's peak resident memory from `/proc/self/status` (Linux), or 0 elsewhere.
fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}
