//! Runs the population top-k workload of `bench/topk.py` (100,000 MSMEs x 10,000 opportunities,
//! 32 standard normal floats each, top 10) and prints the median time as one JSON line; then
//! times single-MSME recommendations over a synthetic catalogue and prints their percentiles.
//!
//! `cargo run --release -p mitra-matcher --example topk_bench -- [--n N] [--m M] [--d D]
//! [--k K] [--reps R] [--threads T] [--check ROWS] [--catalogue OPPORTUNITIES] [--queries Q]`
//!
//! The data is drawn from a seeded generator: the same kind as NumPy's (standard normal
//! float32), not the same numbers. `--check` compares that many evenly spaced rows with the
//! naive reference. `--n 0` skips the population part, `--queries 0` the recommendations.

use std::time::Instant;

use mitra_matcher::score::{Channel, IsicPath, Msme, Need, Opportunity, Revenue, SizeClass, Weights};
use mitra_matcher::topk::{Catalogue, dot, population_top_k, recommend};

fn main() {
    let options = Options::parse(std::env::args().skip(1));
    if options.n > 0 {
        population(&options);
    }
    if options.queries > 0 {
        recommendations(&options);
    }
}

fn population(options: &Options) {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(options.threads).build().unwrap();
    let mut random = Normal::new(7);
    let msmes: Vec<f32> = (0..options.n * options.d).map(|_| random.next()).collect();
    let opportunities: Vec<f32> = (0..options.m * options.d).map(|_| random.next()).collect();

    let mut times = Vec::new();
    let mut result = None;
    for _ in 0..options.reps {
        let start = Instant::now();
        let top = pool.install(|| population_top_k(&msmes, &opportunities, options.d, options.k)).unwrap();
        times.push(start.elapsed().as_secs_f64());
        result = Some(top);
    }
    let top = result.unwrap();

    let mut checked = 0;
    for sample in 0..options.check.min(options.n) {
        let row = sample * options.n / options.check;
        let msme = &msmes[row * options.d..(row + 1) * options.d];
        let mut all: Vec<(f32, u32)> =
            opportunities.chunks_exact(options.d).zip(0u32..).map(|(o, j)| (dot(msme, o), j)).collect();
        all.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let expected: Vec<(u32, f32)> = all.iter().take(options.k).map(|(s, j)| (*j, *s)).collect();
        let got: Vec<(u32, f32)> = top.row(row).collect();
        assert_eq!(got, expected, "row {row}");
        checked += 1;
    }

    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let flops = 2.0 * (options.n * options.m * options.d) as f64;
    println!(
        "{{\"n\": {}, \"m\": {}, \"d\": {}, \"k\": {}, \"threads\": {}, \"topk_median_s\": {median:.4}, \
         \"gflops\": {:.1}, \"runs_s\": {times:?}, \"checked_rows\": {checked}}}",
        options.n,
        options.m,
        options.d,
        options.k,
        options.threads,
        flops / median / 1e9,
    );
}

/// Times `recommend` for random MSMEs over a random catalogue, one query at a time.
fn recommendations(options: &Options) {
    let mut random = Normal::new(11);
    let start = Instant::now();
    let opportunities: Vec<Opportunity> =
        (0..options.catalogue).map(|_| random_opportunity(&mut random)).collect();
    let generated = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let catalogue = Catalogue::build(&opportunities);
    let built = start.elapsed().as_secs_f64();
    let msmes: Vec<Msme> = (0..options.queries).map(|_| random_msme(&mut random)).collect();
    let weights = Weights::default();
    let mut times = Vec::new();
    let mut found = 0;
    for msme in &msmes {
        let start = Instant::now();
        let top = recommend(&catalogue, msme, options.k, &weights);
        times.push(start.elapsed().as_secs_f64() * 1e3);
        found += top.len();
    }
    times.sort_by(f64::total_cmp);
    let percentile = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "{{\"catalogue\": {}, \"queries\": {}, \"k\": {}, \"generate_s\": {generated:.3}, \"build_s\": {built:.3}, \
         \"recommend_ms\": {{\"p50\": {:.3}, \"p90\": {:.3}, \"p99\": {:.3}, \"max\": {:.3}}}, \"mean_found\": {:.1}}}",
        options.catalogue,
        options.queries,
        options.k,
        percentile(0.5),
        percentile(0.9),
        percentile(0.99),
        percentile(1.0),
        found as f64 / options.queries as f64,
    );
}

const COUNTRIES: [&str; 5] = ["ID", "IN", "MX", "GH", "CA"];
const LANGUAGES: [&str; 5] = ["en", "fr", "es", "id", "hi"];
const INDUSTRIES: [&[&str]; 8] = [
    &["C", "10", "107", "1071"],
    &["C", "10", "107", "1073"],
    &["C", "10"],
    &["C", "13", "131", "1311"],
    &["A", "01", "012", "0127"],
    &["G", "47", "479", "4791"],
    &["I", "56", "561", "5610"],
    &["J"],
];
const WORDS: [&str; 24] = [
    "loan",
    "credit",
    "export",
    "online",
    "marketplace",
    "training",
    "mentoring",
    "bookkeeping",
    "cocoa",
    "bakery",
    "textile",
    "solar",
    "dryer",
    "packaging",
    "logistics",
    "buyers",
    "women",
    "youth",
    "digital",
    "payments",
    "certification",
    "cooperative",
    "tourism",
    "coffee",
];

fn pick<'a>(random: &mut Normal, items: &[&'a str]) -> &'a str {
    items[(random.uniform() * items.len() as f64) as usize % items.len()]
}

fn text(random: &mut Normal, words: usize) -> String {
    (0..words)
        .map(|_| {
            if random.uniform() < 0.5 {
                pick(random, &WORDS).to_owned()
            } else {
                format!("w{}", (random.uniform() * 5000.0) as u32)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn channel(random: &mut Normal) -> Channel {
    Channel::ALL[(random.uniform() * 5.0) as usize % 5]
}

fn random_opportunity(random: &mut Normal) -> Opportunity {
    let country = pick(random, &COUNTRIES);
    let words = 8 + (random.uniform() * 30.0) as usize;
    Opportunity {
        channel: channel(random),
        description: text(random, words),
        country: (random.uniform() < 0.9).then(|| country.to_owned()),
        regions: if random.uniform() < 0.3 {
            vec![format!("{country}-{}", (random.uniform() * 10.0) as u32)]
        } else {
            vec![]
        },
        languages: vec![pick(random, &LANGUAGES).to_owned(), "en".to_owned()],
        industries: if random.uniform() < 0.5 {
            vec![IsicPath::parse(INDUSTRIES[(random.uniform() * 8.0) as usize % 8]).unwrap()]
        } else {
            vec![]
        },
        size_classes: if random.uniform() < 0.3 { vec![SizeClass::Micro, SizeClass::Small] } else { vec![] },
        capacity_left: (random.uniform() < 0.5).then(|| (random.uniform() * 20.0) as u32),
        open: random.uniform() < 0.95,
        prioritises_women_led: random.uniform() < 0.2,
        prioritises_youth_led: random.uniform() < 0.2,
    }
}

fn random_msme(random: &mut Normal) -> Msme {
    let country = pick(random, &COUNTRIES);
    Msme {
        country: country.to_owned(),
        region: Some(format!("{country}-{}", (random.uniform() * 10.0) as u32)),
        languages: vec![pick(random, &LANGUAGES).to_owned(), "en".to_owned()],
        industry: Some(IsicPath::parse(INDUSTRIES[(random.uniform() * 8.0) as usize % 8]).unwrap()),
        size_class: Some(SizeClass::Micro),
        needs: (0..2).map(|_| Need { channel: channel(random), description: text(random, 10) }).collect(),
        revenue: Some(Revenue { current: random.uniform() * 100.0, baseline: 100.0 }),
        women_led: random.uniform() < 0.5,
        youth_led: random.uniform() < 0.3,
    }
}

#[derive(Debug)]
struct Options {
    n: usize,
    m: usize,
    d: usize,
    k: usize,
    reps: usize,
    threads: usize,
    check: usize,
    catalogue: usize,
    queries: usize,
}

impl Options {
    fn parse(mut args: impl Iterator<Item = String>) -> Self {
        let mut options = Options {
            n: 100_000,
            m: 10_000,
            d: 32,
            k: 10,
            reps: 5,
            threads: 2,
            check: 200,
            catalogue: 100_000,
            queries: 1000,
        };
        while let Some(flag) = args.next() {
            let value: usize = args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
                panic!("{flag} needs a whole number");
            });
            match flag.as_str() {
                "--n" => options.n = value,
                "--m" => options.m = value,
                "--d" => options.d = value,
                "--k" => options.k = value,
                "--reps" => options.reps = value.max(1),
                "--threads" => options.threads = value.max(1),
                "--check" => options.check = value,
                "--catalogue" => options.catalogue = value,
                "--queries" => options.queries = value,
                _ => panic!("unknown option {flag}"),
            }
        }
        options
    }
}

/// Standard normal floats from a xorshift generator and the Box-Muller transform.
#[derive(Debug)]
struct Normal {
    state: u64,
    spare: Option<f32>,
}

impl Normal {
    fn new(seed: u64) -> Self {
        Normal { state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1, spare: None }
    }

    fn uniform(&mut self) -> f64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        ((self.state >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    fn next(&mut self) -> f32 {
        if let Some(value) = self.spare.take() {
            return value;
        }
        let radius = (-2.0 * self.uniform().ln()).sqrt();
        let angle = std::f64::consts::TAU * self.uniform();
        self.spare = Some((radius * angle.sin()) as f32);
        (radius * angle.cos()) as f32
    }
}
