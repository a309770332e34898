//! The `mitra` command as a person runs it: help, the demo, seeding a database, and `match
//! solve` on good and bad files.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn mitra() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mitra"));
    command
        .env_remove("MITRA_DATABASE_URL")
        .env_remove("MITRA_BIND")
        .env_remove("MITRA_TODAY")
        .env("MITRA_LOG", "warn");
    command
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mitra-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// A `.bmat` file: 3 MSMEs, 2 mentors of capacity 1, penalty 50.
fn small_bmat(capacities: [u32; 2]) -> Vec<u8> {
    let offsets: [u64; 4] = [0, 2, 3, 4];
    let mentors: [u32; 4] = [0, 1, 0, 1];
    let costs: [i32; 4] = [10, 20, 5, 30];
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"MSMEBMAT");
    bytes.extend_from_slice(&1u32.to_le_bytes());
    bytes.extend_from_slice(&0u32.to_le_bytes());
    for value in [3u64, 2, 4] {
        bytes.extend_from_slice(&value.to_le_bytes());
    }
    bytes.extend_from_slice(&50i64.to_le_bytes());
    bytes.extend_from_slice(&7u64.to_le_bytes());
    bytes.extend_from_slice(&0u64.to_le_bytes());
    offsets.iter().for_each(|v| bytes.extend_from_slice(&v.to_le_bytes()));
    mentors.iter().for_each(|v| bytes.extend_from_slice(&v.to_le_bytes()));
    costs.iter().for_each(|v| bytes.extend_from_slice(&v.to_le_bytes()));
    capacities.iter().for_each(|v| bytes.extend_from_slice(&v.to_le_bytes()));
    bytes
}

#[test]
fn help_lists_every_command() {
    let output = mitra().arg("--help").output().unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    for command in ["serve", "demo", "seed", "migrate", "match", "import", "impact"] {
        assert!(help.contains(command), "{command} is missing from --help:\n{help}");
    }
}

#[test]
fn match_solve_finds_the_optimum_and_writes_the_assignment() {
    let instance = scratch("small.bmat");
    let out = scratch("small.txt");
    std::fs::write(&instance, small_bmat([1, 1])).unwrap();
    let output = mitra()
        .args(["match", "solve", "--json", "--instance"])
        .arg(&instance)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // Firm 1 takes mentor 0 (5), firm 0 mentor 1 (20), firm 2 goes unassigned (50): 75.
    assert_eq!(report["objective"], 75);
    assert_eq!(report["assigned"], 2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "1\n0\n-1\n");
}

#[test]
fn match_solve_explains_bad_files_without_panicking() {
    let good = small_bmat([1, 1]);
    let mut bad_magic = good.clone();
    bad_magic[..8].copy_from_slice(b"NOTMAGIC");
    let mut bad_version = good.clone();
    bad_version[8] = 9;
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("empty", Vec::new(), "empty"),
        ("truncated", good[..good.len() - 3].to_vec(), "bytes"),
        ("bad magic", bad_magic, "magic"),
        ("bad version", bad_version, "version"),
        ("zero capacity", small_bmat([1, 0]), "capacity 0"),
    ];
    for (what, bytes, expected) in cases {
        let path = scratch(&format!("{}.bmat", what.replace(' ', "-")));
        std::fs::write(&path, bytes).unwrap();
        let output = mitra().args(["match", "solve", "--instance"]).arg(&path).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{what}: {stderr}");
        assert!(stderr.starts_with("error: "), "{what}: {stderr}");
        assert!(stderr.contains(expected), "{what}: {stderr}");
        assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    }
}

#[test]
fn the_demo_seeds_a_fresh_database_and_prints_a_url_that_answers() {
    let database = scratch("demo.db");
    std::fs::write(&database, b"an old file the demo replaces").unwrap();
    let mut child = mitra()
        .args([
            "demo",
            "--bind",
            "127.0.0.1:0",
            "--msmes-per-country",
            "10",
            "--today",
            "2027-09-15",
            "--database",
        ])
        .arg(&database)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let seeded = lines.next().unwrap().unwrap();
    assert!(seeded.contains("seeded with 50 MSMEs"), "{seeded}");
    // Then one user per role with a password, then the address.
    let mut printed = Vec::new();
    let running = loop {
        let line = lines.next().unwrap().unwrap();
        if line.contains("running at") {
            break line;
        }
        printed.push(line);
    };
    for role in [
        "administrator",
        "programme_manager",
        "reviewer",
        "approver",
        "mentor",
        "partner_staff",
        "msme_owner",
    ] {
        let line = printed.iter().find(|l| l.split_whitespace().next() == Some(role));
        let line = line.unwrap_or_else(|| panic!("no demo user for {role}: {printed:?}"));
        let password = line.split_whitespace().nth(2).unwrap();
        assert!(password.len() >= 10 && password.chars().all(char::is_alphanumeric), "{line}");
    }
    let url = running.split_whitespace().find(|w| w.starts_with("http://")).unwrap().to_owned();
    let address = url.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    use std::io::{Read, Write};
    write!(stream, "GET /healthz HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
}

#[test]
fn seed_loads_the_demo_into_an_empty_database_and_refuses_one_that_holds_firms() {
    let database = scratch("seeded.db");
    let _ = std::fs::remove_file(&database);
    let seed = || {
        mitra()
            .args(["seed", "--msmes-per-country", "4", "--today", "2027-09-15", "--database-url"])
            .arg(&database)
            .output()
            .unwrap()
    };
    let first = seed();
    let printed = String::from_utf8(first.stdout).unwrap();
    assert!(first.status.success(), "{printed}{}", String::from_utf8_lossy(&first.stderr));
    assert!(printed.contains("seeded with 20 MSMEs"), "{printed}");
    let second = seed();
    let error = String::from_utf8(second.stderr).unwrap();
    assert!(!second.status.success());
    assert!(error.contains("already holds") && error.contains("seed an empty one"), "{error}");
}

#[test]
fn match_solve_meets_a_quota_or_says_the_best_achievable_figure() {
    let instance = scratch("quota.bmat");
    std::fs::write(&instance, small_bmat([1, 1])).unwrap();
    let groups = scratch("quota-groups.txt");
    // Firm 2 is in group 1; the unconstrained optimum leaves it out.
    std::fs::write(&groups, "-1\n-1\n1\n").unwrap();
    let solve = |quota: &str| {
        mitra()
            .args(["match", "solve", "--json", "--instance"])
            .arg(&instance)
            .arg("--groups")
            .arg(&groups)
            .args(["--quota", quota])
            .output()
            .unwrap()
    };
    let met = solve("1=1");
    assert!(met.status.success(), "{}", String::from_utf8_lossy(&met.stderr));
    let report: serde_json::Value = serde_json::from_slice(&met.stdout).unwrap();
    // Firm 2 takes mentor 1 (30), firm 1 mentor 0 (5), firm 0 waits (50): 85.
    assert_eq!(report["objective"], 85);
    let unmet = solve("1=2");
    let stderr = String::from_utf8_lossy(&unmet.stderr);
    assert_eq!(unmet.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("at least 2") && stderr.contains("at most 1"), "{stderr}");
    let nonsense = solve("one=2");
    assert!(String::from_utf8_lossy(&nonsense.stderr).contains("the group must be a number"));
}

#[test]
fn impact_estimate_reads_a_panel_and_prints_the_effect_for_people_and_as_json() {
    // Two firms join at 2021-03, two never do; the outcome rises by 2 in each month after entry
    // for those that joined, on top of trends the four share.
    let mut csv = String::from("firm,month,outcome,first_treated\n");
    for (firm, level, joins) in [("a", 10.0, true), ("b", 12.0, true), ("c", 20.0, false), ("d", 25.0, false)]
    {
        for m in 1..=6 {
            let effect = if joins && m >= 3 { 2.0 } else { 0.0 };
            let first = if joins { "2021-03" } else { "" };
            csv.push_str(&format!("{firm},2021-{m:02},{},{first}\n", level + m as f64 + effect));
        }
    }
    let panel = scratch("panel.csv");
    std::fs::write(&panel, csv).unwrap();
    let output = mitra()
        .args(["impact", "estimate", "--panel", panel.to_str().unwrap(), "--bootstrap", "50", "--json"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!((json["overall"]["att"].as_f64().unwrap() - 2.0).abs() < 1e-9, "{json}");
    assert_eq!(json["treated_firms"], 2);
    assert!(
        json["event_study"].as_array().unwrap().iter().any(|e| e["e"] == -1),
        "pre-entry estimates: {json}"
    );
    let people = mitra()
        .args(["impact", "estimate", "--panel", panel.to_str().unwrap(), "--bootstrap", "50"])
        .output()
        .unwrap();
    let text = String::from_utf8(people.stdout).unwrap();
    assert!(text.contains("overall ATT 2.0000"), "{text}");
    assert!(text.contains("parallel trends"), "{text}");
    let bad = scratch("bad-panel.csv");
    std::fs::write(&bad, "firm,month,revenue\na,1,2\n").unwrap();
    let refused = mitra().args(["impact", "estimate", "--panel", bad.to_str().unwrap()]).output().unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("firm,month,outcome,first_treated"));
}

/// The ids of the first `n` MSMEs of a database, read through the store.
fn msme_ids(database: &std::path::Path, n: u32) -> Vec<String> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = mitra_store::open(database.to_str().unwrap()).await.unwrap();
        let mut unit = store.read().await.unwrap();
        let query = mitra_domain::OrganizationQuery {
            kind: Some(mitra_domain::OrganizationKind::Msme),
            country: Some(mitra_domain::Country::parse("GH").unwrap()),
            ..Default::default()
        };
        let listed = unit.list_organizations(&query, mitra_domain::Page::first(n)).await.unwrap();
        listed.items.iter().map(|o| o.id.to_string()).collect()
    })
}

#[test]
fn import_reports_stores_a_whole_file_or_nothing_and_names_each_refused_row() {
    let database = scratch("reports.db");
    let _ = std::fs::remove_file(&database);
    let seeded = mitra()
        .args(["seed", "--msmes-per-country", "4", "--today", "2027-09-15", "--database-url"])
        .arg(&database)
        .output()
        .unwrap();
    assert!(seeded.status.success(), "{}", String::from_utf8_lossy(&seeded.stderr));
    let firms = msme_ids(&database, 2);
    let import = |file: &std::path::Path| {
        mitra()
            .args([
                "import",
                "reports",
                "--as",
                "admin@demo.mitra.example",
                "--today",
                "2027-09-15",
                "--database-url",
            ])
            .arg(&database)
            .arg(file)
            .output()
            .unwrap()
    };
    let bad = scratch("bad.csv");
    std::fs::write(
        &bad,
        format!(
            "msme_id,month,status,revenue,currency\n{0},2027-08,operating,52000,GHS\n{1},2027-12,operating,100,USD\n",
            firms[0], firms[1]
        ),
    )
    .unwrap();
    let refused = import(&bad);
    assert!(!refused.status.success());
    let report = String::from_utf8(refused.stderr).unwrap();
    assert!(report.contains("line,column,problem"), "{report}");
    assert!(report.contains("3,month,must not be in the future"), "{report}");
    assert!(report.contains("3,revenue,must be in the firm's currency (GHS)"), "{report}");
    assert!(report.contains("nothing was stored"), "{report}");
    assert_eq!(reports_stored(&database), 0, "the good row was not stored either");

    let good = scratch("good.csv");
    std::fs::write(
        &good,
        format!(
            "msme_id,month,status,revenue,currency,paid_employees,actions\n\
             {0},2027-07,operating,50000,GHS,4,moved_online;sought_financing\n\
             {0},2027-08,operating,52000,GHS,4,\n{1},2027-08,temporarily_closed,0,GHS,,\n",
            firms[0], firms[1]
        ),
    )
    .unwrap();
    let stored = import(&good);
    let printed = String::from_utf8(stored.stdout).unwrap();
    assert!(stored.status.success(), "{printed}{}", String::from_utf8_lossy(&stored.stderr));
    assert!(printed.contains("Stored 3 reports"), "{printed}");
    // The command closed its store: no write-ahead log is left for the next process to replay.
    let log = database.with_extension("db-wal");
    assert!(std::fs::metadata(&log).map_or(true, |m| m.len() == 0), "{} is left behind", log.display());
    assert_eq!(reports_stored(&database), 3);

    let stranger = mitra()
        .args(["import", "reports", "--as", "nobody@example.com", "--database-url"])
        .arg(&database)
        .arg(&good)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&stranger.stderr).contains("is not a user of this database"));

    // Firm 0 joined a Ghanaian programme in August: its August report counts as partnered.
    let opportunity = first_opportunity(&database, "GH");
    let participations_as = |who: &str, file: &std::path::Path| {
        mitra()
            .args(["import", "participations", "--as", who, "--today", "2027-09-15"])
            .arg("--database-url")
            .arg(&database)
            .arg(file)
            .output()
            .unwrap()
    };
    let participations = |file: &std::path::Path| participations_as("admin@demo.mitra.example", file);
    let unknown = scratch("participations-bad.csv");
    std::fs::write(
        &unknown,
        format!("msme_id,opportunity_id,month\n{0},{1},2027-08\n{0},{0},2027-08\n", firms[0], opportunity),
    )
    .unwrap();
    let refused = participations(&unknown);
    assert!(!refused.status.success());
    let report = String::from_utf8(refused.stderr).unwrap();
    assert!(report.contains("3,opportunity_id,"), "{report}");
    assert_eq!(partnered_reports(&database), 0, "nothing recorded");
    let joined = scratch("participations.csv");
    std::fs::write(&joined, format!("opportunity_id,msme_id,month\n{opportunity},{},2027-08\n", firms[0]))
        .unwrap();
    // A programme manager may not: a programme's own list is the administrators' to load.
    let manager = participations_as("manager@demo.mitra.example", &joined);
    assert!(!manager.status.success());
    let said = String::from_utf8_lossy(&manager.stderr).to_string();
    assert!(!said.is_empty() && !said.contains("Recorded"), "{said}");
    assert_eq!(partnered_reports(&database), 0, "nothing recorded for the manager");
    let recorded = participations(&joined);
    let printed = String::from_utf8(recorded.stdout).unwrap();
    assert!(recorded.status.success(), "{printed}{}", String::from_utf8_lossy(&recorded.stderr));
    assert!(printed.contains("Recorded 1 participations"), "{printed}");
    assert_eq!(partnered_reports(&database), 1, "August's, not July's");
}

/// The first live opportunity of `country`, read through the store.
fn first_opportunity(database: &std::path::Path, country: &str) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = mitra_store::open(database.to_str().unwrap()).await.unwrap();
        let mut unit = store.read().await.unwrap();
        let query = mitra_domain::OpportunityQuery {
            country: Some(mitra_domain::Country::parse(country).unwrap()),
            ..Default::default()
        };
        let listed = unit.list_opportunities(&query, mitra_domain::Page::first(1)).await.unwrap();
        listed.items[0].id.to_string()
    })
}

/// How many reports count as partnered, summed from the partner cells of every opportunity.
fn partnered_reports(database: &std::path::Path) -> u64 {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = mitra_store::open(database.to_str().unwrap()).await.unwrap();
        let mut unit = store.read().await.unwrap();
        let query = mitra_domain::recovery::RecoveryQuery {
            by: Some(mitra_domain::recovery::Dimension::Opportunity),
            ..Default::default()
        };
        let table = unit.recovery_table(&query).await.unwrap();
        table.iter().map(|m| m.reports).sum()
    })
}

/// How many reports the database holds, summed from the dashboard's cells.
fn reports_stored(database: &std::path::Path) -> u64 {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = mitra_store::open(database.to_str().unwrap()).await.unwrap();
        let mut unit = store.read().await.unwrap();
        let table = unit.recovery_table(&mitra_domain::recovery::RecoveryQuery::default()).await.unwrap();
        table.iter().map(|m| m.reports).sum()
    })
}
