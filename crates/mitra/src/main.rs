//! The `mitra` command: parses arguments, sets up logging, opens the store, builds the
//! application over it with the system clock, and hands over to the libraries.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Instant;

use std::sync::Arc;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
mod import;

use mitra_app::{Actor, App, AppError, Clock, FixedClock, RegistryImport, SystemClock};
use tokio::net::TcpListener;

/// Mitra: the platform that connects MSMEs recovering from a shock with the partners that can
/// help them.
///
/// Every option can also be set through the environment variable named in its help.
#[derive(Debug, Parser)]
#[command(name = "mitra", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the web pages and the JSON API on an existing or new database.
    Serve {
        /// Where the data lives: a SQLite file path (or sqlite:PATH), or a postgres:// URL.
        #[arg(long, env = "MITRA_DATABASE_URL", default_value = "mitra.db")]
        database_url: String,
        /// The address and port to listen on; port 0 picks a free port.
        #[arg(long, env = "MITRA_BIND", default_value = "127.0.0.1:8080")]
        bind: SocketAddr,
        /// Run as if today were this date (YYYY-MM-DD), from noon UTC: for reproducible runs
        /// and tests. Without it, the system clock.
        #[arg(long, env = "MITRA_TODAY")]
        today: Option<jiff::civil::Date>,
        /// The address people reach Mitra at, for the links in email (an https:// address
        /// also marks cookies Secure). Without it, http:// and the bound address.
        #[arg(long, env = "MITRA_PUBLIC_URL")]
        public_url: Option<String>,
        /// Seconds a server's claim on a background job (a bulk decision) holds without being
        /// renewed: how soon another server takes over the job of one that stopped.
        #[arg(long, env = "MITRA_JOB_CLAIM_SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u32).range(1..=3600))]
        job_claim_seconds: u32,
        #[command(flatten)]
        mail: MailArgs,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Create a fresh SQLite database with the demo data and one user per role, print their
    /// passwords, then serve it.
    ///
    /// The file is replaced if it exists. The data is the same for the same seed.
    Demo {
        /// The SQLite file to create (replaced if it exists).
        #[arg(long, env = "MITRA_DEMO_DATABASE", default_value = "mitra-demo.db")]
        database: PathBuf,
        /// The address and port to listen on; port 0 picks a free port.
        #[arg(long, env = "MITRA_BIND", default_value = "127.0.0.1:8080")]
        bind: SocketAddr,
        /// The address people reach Mitra at, for the links in email.
        #[arg(long, env = "MITRA_PUBLIC_URL")]
        public_url: Option<String>,
        #[command(flatten)]
        data: DemoArgs,
        #[command(flatten)]
        mail: MailArgs,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Load the demo data and its users into an empty database of either kind (SQLite or
    /// PostgreSQL), print the users' passwords, then exit: to try Mitra on PostgreSQL, or to
    /// seed a benchmark.
    Seed {
        /// A SQLite file path (or sqlite:PATH), or a postgres:// URL. It must hold no
        /// organisation yet.
        #[arg(long, env = "MITRA_DATABASE_URL")]
        database_url: String,
        #[command(flatten)]
        data: DemoArgs,
    },
    /// Import many records at once from a file, checked as the forms check one, stored
    /// whole or not at all.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
    /// Personal API tokens for integrations.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Run the matching engine on files.
    Match {
        #[command(subcommand)]
        command: MatchCommand,
    },
    /// Estimate the impact of a programme from a panel file.
    Impact {
        #[command(subcommand)]
        command: ImpactCommand,
    },
    /// Create or bring up to date the schema of a database and refresh the size classes that
    /// lists filter on, then exit.
    Migrate {
        /// A SQLite file path (or sqlite:PATH), or a postgres:// URL.
        #[arg(long, env = "MITRA_DATABASE_URL", default_value = "mitra.db")]
        database_url: String,
    },
}

/// What demo data to make.
#[derive(Debug, Args)]
struct DemoArgs {
    /// The seed of the synthetic data.
    #[arg(long, env = "MITRA_DEMO_SEED", default_value_t = mitra_demo::DEFAULT_SEED)]
    seed: u64,
    /// Synthetic MSMEs in each of the five countries.
    #[arg(long, env = "MITRA_DEMO_MSMES_PER_COUNTRY", default_value_t = 500)]
    msmes_per_country: usize,
    /// Synthetic opportunities to add to the real and illustrative ones, for load tests
    /// (100000 gives the scale of the recommendation benchmark).
    #[arg(long, env = "MITRA_DEMO_SYNTHETIC_OPPORTUNITIES", default_value_t = 0)]
    synthetic_opportunities: usize,
    /// Run as if today were this date (YYYY-MM-DD), from noon UTC: the demo's programmes
    /// open and close around it. Without it, the system clock.
    #[arg(long, env = "MITRA_TODAY")]
    today: Option<jiff::civil::Date>,
    /// Write a personal API token of the demo's administrator to this file, for scripts and
    /// benchmarks that call the API.
    #[arg(long)]
    admin_token_file: Option<PathBuf>,
}

/// Where email goes. Without an SMTP server it stays in the outbox, which administrators read
/// in the browser (/admin/outbox): the demo and the tests need no mail server.
#[derive(Debug, Args)]
struct MailArgs {
    /// The SMTP server to send the outbox through, such as smtps://user:pass@smtp.example.org
    /// or smtp://relay:587?tls=required (STARTTLS).
    #[arg(long, env = "MITRA_SMTP_URL")]
    smtp_url: Option<String>,
    /// The sender of Mitra's email.
    #[arg(long, env = "MITRA_MAIL_FROM", default_value = "Mitra <mitra@localhost>")]
    mail_from: String,
}

impl MailArgs {
    fn mailer(&self) -> anyhow::Result<Option<std::sync::Arc<dyn mitra_app::Mailer>>> {
        let Some(url) = &self.smtp_url else { return Ok(None) };
        let mailer = mitra_server::mail::SmtpMailer::new(url, &self.mail_from).map_err(anyhow::Error::msg)?;
        Ok(Some(std::sync::Arc::new(mailer)))
    }
}

/// The server's defences against slow and idle clients, and its shutdown deadline.
#[derive(Debug, Args)]
struct LimitArgs {
    /// Seconds a client has to send a request's headers, also how long a kept-alive connection
    /// may sit idle before its next request.
    #[arg(long, env = "MITRA_HEADER_TIMEOUT_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    header_timeout_secs: u64,
    /// Seconds a request body has to arrive whole.
    #[arg(long, env = "MITRA_BODY_TIMEOUT_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    body_timeout_secs: u64,
    /// Connections served at once; one more is answered 503 and closed.
    #[arg(long, env = "MITRA_MAX_CONNECTIONS", default_value_t = 512, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    max_connections: u64,
    /// Seconds requests in flight get to finish after SIGTERM or Ctrl-C, before the server
    /// exits whatever is still open.
    #[arg(long, env = "MITRA_SHUTDOWN_GRACE_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(0..=3600))]
    shutdown_grace_secs: u64,
}

impl LimitArgs {
    fn limits(&self) -> mitra_server::Limits {
        mitra_server::Limits {
            header_read_timeout: std::time::Duration::from_secs(self.header_timeout_secs),
            body_read_timeout: std::time::Duration::from_secs(self.body_timeout_secs),
            max_connections: usize::try_from(self.max_connections).unwrap_or(usize::MAX),
            shutdown_grace: std::time::Duration::from_secs(self.shutdown_grace_secs),
        }
    }
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Create a personal API token for the user with an email address and print it (once:
    /// only its fingerprint is kept).
    Create {
        /// A SQLite file path (or sqlite:PATH), or a postgres:// URL.
        #[arg(long, env = "MITRA_DATABASE_URL", default_value = "mitra.db")]
        database_url: String,
        /// The email address of the user the token acts for.
        #[arg(long)]
        email: String,
        /// What the token is for, as the user's account page lists it.
        #[arg(long, default_value = "command line")]
        name: String,
        /// How many days it holds (1 to 366).
        #[arg(long, default_value_t = 30)]
        days: u32,
        /// Date the token from this day (YYYY-MM-DD), as a server run with the same --today
        /// reads the clock. Without it, the system clock.
        #[arg(long, env = "MITRA_TODAY")]
        today: Option<jiff::civil::Date>,
    },
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Monthly recovery reports of many firms from a CSV or XLSX file (the first sheet), as a
    /// named user: administrators may report for any firm, a partner's staff for the firms
    /// whose consent names the reports. Columns, in any order: msme_id, month (YYYY-MM) and
    /// status (operating, reduced_operations, temporarily_closed, permanently_closed) are
    /// required; revenue with currency, paid_employees, effect, revenue_change,
    /// employees_change, hours_change and actions (separated by ;) may be given. A report of a
    /// month already reported replaces it. If any row is refused, nothing is stored and each
    /// problem is listed by line and column.
    Reports {
        /// The CSV or XLSX file.
        file: PathBuf,
        #[command(flatten)]
        import: ImportArgs,
    },
    /// Which firm took part in which opportunity from which month, from a CSV or XLSX file:
    /// a programme's own list of who joined when, from before Mitra kept it. Administrators
    /// only. Columns msme_id, opportunity_id and month (YYYY-MM), in any order. Each firm's
    /// reports from its month on count as partnered, and for that opportunity, its partner and
    /// its channel (an earlier month already recorded for the same opportunity stands). If
    /// any row is refused, nothing is recorded and each problem is listed by line and column.
    Participations {
        /// The CSV or XLSX file.
        file: PathBuf,
        #[command(flatten)]
        import: ImportArgs,
    },
}

/// What every import reads besides its file.
#[derive(Debug, Args)]
struct ImportArgs {
    /// Where the data lives: a SQLite file path (or sqlite:PATH), or a postgres:// URL.
    #[arg(long, env = "MITRA_DATABASE_URL", default_value = "mitra.db")]
    database_url: String,
    /// The email address of the user the import acts as.
    #[arg(long = "as", env = "MITRA_AS")]
    as_user: String,
    /// Write the problems of refused rows to this CSV file (line,column,problem) rather than
    /// to the terminal.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Run as if today were this date (YYYY-MM-DD): a month after it is refused.
    #[arg(long, env = "MITRA_TODAY")]
    today: Option<jiff::civil::Date>,
}

#[derive(Debug, Subcommand)]
enum ImpactCommand {
    /// The effect of taking part on an outcome, by difference-in-differences with staggered
    /// entry (Callaway and Sant'Anna's group-time effects), with a cluster bootstrap over firms.
    ///
    /// Prints the overall effect (every post-entry group-month weighted by the group's size),
    /// its standard error and 95% interval, the estimates by months since entry (those before
    /// entry are the check of parallel trends), and, for comparison, the naive treated-versus-
    /// never-treated difference and the two-way fixed-effects estimate. It assumes parallel
    /// trends and no anticipation.
    Estimate {
        /// A CSV file with the columns firm,month,outcome,first_treated; months as YYYY-MM or
        /// numbers; first_treated empty or 0 for a firm never treated.
        #[arg(long)]
        panel: PathBuf,
        /// The control firms: never treated, or also those not yet treated.
        #[arg(long, value_enum, default_value_t = ControlsArg::Never)]
        controls: ControlsArg,
        /// Bootstrap samples of firms.
        #[arg(long, default_value_t = 999)]
        bootstrap: usize,
        /// The bootstrap's seed: the same seed gives the same interval.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print one JSON object instead of lines for people.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ControlsArg {
    Never,
    NotYet,
}

#[derive(Debug, Subcommand)]
enum MatchCommand {
    /// Solve an assignment instance exactly and print the objective, the number assigned, the
    /// time and the peak memory.
    ///
    /// Reads the benchmark formats: dense linear assignment (`.dlap`, magic MSMEDLAP) and
    /// capacitated sparse assignment with a penalty for each unassigned MSME (`.bmat`, magic
    /// MSMEBMAT); the format is told by the file's magic number, not its name.
    Solve {
        /// The instance file.
        #[arg(long)]
        instance: PathBuf,
        /// Write the assignment here: one line per row, the column or mentor index, or -1.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Print one JSON object instead of lines for people.
        #[arg(long)]
        json: bool,
        /// For a `.bmat` instance: a text file with one line per MSME, its group number (such
        /// as a region or "women-led") or -1 for none. Needed by --quota.
        #[arg(long)]
        groups: Option<PathBuf>,
        /// A hard fairness quota on a group of --groups: GROUP=MIN assigned MSMEs at least, or
        /// GROUP=PCT% of all seats (rounded up). May be repeated.
        #[arg(long = "quota", value_name = "GROUP=MIN|GROUP=PCT%")]
        quotas: Vec<String>,
    },
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[tokio::main]
async fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("MITRA_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let stores = Stores::default();
    let outcome = execute(Cli::parse().command, &stores).await;
    stores.close().await;
    outcome
}

/// The stores a command opened, closed when it ends, whether it succeeded or not (see
/// [`mitra_store::Store::close`]).
#[derive(Default)]
struct Stores(std::sync::Mutex<Vec<Arc<dyn mitra_store::Store>>>);

impl Stores {
    /// Opens the store a URL names and builds the application over it, on the system clock
    /// or, when `today` is given, on a clock fixed at noon UTC of that date.
    async fn open(
        &self,
        database_url: &str,
        today: Option<jiff::civil::Date>,
        public_url: &str,
    ) -> anyhow::Result<App> {
        let store = mitra_store::open(database_url)
            .await
            .with_context(|| format!("opening the database {}", mitra_store::redact(database_url)))?;
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(store.clone());
        let clock: Arc<dyn Clock> = match today {
            Some(date) => Arc::new(FixedClock::on(date)),
            None => Arc::new(SystemClock),
        };
        Ok(App::with_public_url(store, clock, public_url))
    }

    async fn close(&self) {
        let stores = std::mem::take(&mut *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        for store in stores {
            store.close().await;
        }
    }
}

async fn execute(command: Command, stores: &Stores) -> anyhow::Result<()> {
    match command {
        Command::Serve { database_url, bind, today, public_url, job_claim_seconds, mail, limits } => {
            let public_url = public_url.unwrap_or_else(|| format!("http://{bind}"));
            let mailer = mail.mailer()?;
            let app = stores
                .open(&database_url, today, &public_url)
                .await?
                .with_job_claim(jiff::SignedDuration::from_secs(i64::from(job_claim_seconds)));
            serve(app, bind, limits.limits(), mailer).await
        }
        Command::Demo { database, bind, public_url, data, mail, limits } => {
            let mailer = mail.mailer()?;
            remove_sqlite_files(&database)?;
            let path = database.to_str().context("the demo database path must be UTF-8")?;
            let public_url = public_url.unwrap_or_else(|| format!("http://{bind}"));
            let app =
                stores.open(path, data.today, &public_url).await.context("creating the demo database")?;
            seed(&app, &data, &database.display().to_string()).await?;
            create_demo_people(&app, &data).await?;
            seed_applications(&app).await?;
            seed_recovery_reports(&app, &data).await?;
            start_demo_round(&app).await?;
            serve(app, bind, limits.limits(), mailer).await
        }
        Command::Token { command: TokenCommand::Create { database_url, email, name, days, today } } => {
            let app = stores.open(&database_url, today, "http://localhost").await?;
            let token = app.issue_api_token(&Actor::System, &email, &name, days).await.map_err(explain)?;
            println!("{token}");
            Ok(())
        }
        Command::Seed { database_url, data } => {
            let app = stores.open(&database_url, data.today, "http://localhost:8080").await?;
            let counts = app.counts(&Actor::System).await.map_err(explain)?;
            if counts.organizations > 0 {
                anyhow::bail!(
                    "the database {} already holds {} organisations: seed an empty one",
                    mitra_store::redact(&database_url),
                    counts.organizations
                );
            }
            seed(&app, &data, &mitra_store::redact(&database_url)).await?;
            create_demo_people(&app, &data).await
        }
        Command::Import { command } => {
            let (file, ImportArgs { database_url, as_user, report, today }, participations) = match command {
                ImportCommand::Reports { file, import } => (file, import, false),
                ImportCommand::Participations { file, import } => (file, import, true),
            };
            let app = stores.open(&database_url, today, "http://localhost").await?;
            let person = app
                .person_for_cli(&as_user)
                .await
                .map_err(|_| anyhow::anyhow!("{as_user} is not a user of this database"))?;
            let actor = Actor::User(person);
            let problems = if participations {
                import::import_participations(&app, &actor, &file).await?
            } else {
                import::import_reports(&app, &actor, &file).await?
            };
            if problems.is_empty() {
                return Ok(());
            }
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(["line", "column", "problem"])?;
            for p in &problems {
                writer.write_record([p.line.to_string(), p.column.clone(), p.problem.clone()])?;
            }
            let text = writer.into_inner()?;
            match &report {
                Some(path) => {
                    std::fs::write(path, &text).with_context(|| format!("writing {}", path.display()))?
                }
                None => eprint!("{}", String::from_utf8_lossy(&text)),
            }
            anyhow::bail!("{} problems in {}: nothing was stored", problems.len(), file.display())
        }
        Command::Impact { command: ImpactCommand::Estimate { panel, controls, bootstrap, seed, json } } => {
            impact_estimate(&panel, controls, bootstrap, seed, json)
        }
        Command::Match { command: MatchCommand::Solve { instance, out, json, groups, quotas } } => {
            solve_instance(&instance, out.as_deref(), json, groups.as_deref(), &quotas)
        }
        Command::Migrate { database_url } => {
            let app = stores.open(&database_url, None, "http://localhost:8080").await?;
            println!("The database {} is up to date.", mitra_store::redact(&database_url));
            match app.refresh_filter_columns(&Actor::System, true).await.map_err(explain)? {
                mitra_app::Refresh::Done { on, changed, .. } => println!(
                    "Filter columns refreshed (size classes under the rules in force on {on}): {changed} records changed."
                ),
                mitra_app::Refresh::Skipped { on } => println!(
                    "Filter columns are being refreshed by a running server (size classes under the rules in force on {on})."
                ),
            }
            Ok(())
        }
    }
}

/// Creates the demo's people, one per role, each with a fresh random password, and prints
/// how to sign in as each.
async fn create_demo_people(app: &App, data: &DemoArgs) -> anyhow::Result<()> {
    use mitra_demo::Workplace;
    use mitra_domain::{OrganizationKind, OrganizationQuery, Page};
    let mut lines = Vec::new();
    for person in mitra_demo::people() {
        let place = match person.workplace {
            Workplace::Agency => None,
            Workplace::Partner(kind, country) => Some((kind, country)),
            Workplace::Msme(country) => Some((OrganizationKind::Msme, country)),
        };
        let organization_id = match place {
            None => None,
            Some((kind, country)) => {
                let query = OrganizationQuery {
                    kind: Some(kind),
                    country: Some(mitra_domain::Country::parse(country).context("a demo person's country")?),
                    ..Default::default()
                };
                let listed =
                    app.list_organizations(&Actor::System, &query, Page::first(1)).await.map_err(explain)?;
                let first = listed.items.first().map(|r| r.organization.id);
                Some(
                    first.with_context(|| {
                        format!("the demo has no {kind} in {country} for {}", person.email)
                    })?,
                )
            }
        };
        let password: String =
            mitra_app::secrets::new_secret().chars().filter(char::is_ascii_alphanumeric).take(16).collect();
        let new = mitra_app::NewUser {
            email: person.email.to_owned(),
            name: person.name.to_owned(),
            password: password.clone(),
            locale: Some(person.locale.to_owned()),
            memberships: vec![mitra_app::Membership { organization_id, role: person.role }],
        };
        app.create_user(&Actor::System, new).await.map_err(explain).context("creating the demo's people")?;
        lines.push(format!("  {:<19} {:<28} {password}", person.role.as_str(), person.email));
    }
    // The mentor has a profile and is in the pool of the first programme of their country, with
    // the rest of that pool.
    if let Some(mentor) = mitra_demo::people().into_iter().find(|p| p.role == mitra_domain::Role::Mentor) {
        let profile = mitra_demo::mentor_profile();
        let country = profile.country;
        let programmes = app.list_programmes(&Actor::System, Some(country)).await.map_err(explain)?;
        let mut pool = vec![(mentor.email.to_owned(), profile)];
        for other in mitra_demo::pool_mentors() {
            let password: String = mitra_app::secrets::new_secret().chars().take(24).collect();
            let new = mitra_app::NewUser {
                email: other.email.to_owned(),
                name: other.name.to_owned(),
                password,
                locale: Some(other.locale.to_owned()),
                memberships: vec![mitra_app::Membership {
                    organization_id: None,
                    role: mitra_domain::Role::Mentor,
                }],
            };
            app.create_user(&Actor::System, new)
                .await
                .map_err(explain)
                .context("creating the demo's mentors")?;
            pool.push((other.email.to_owned(), other.profile));
        }
        for (email, profile) in pool {
            let user_id = app.person_for_cli(&email).await.map_err(explain)?.user_id;
            app.save_mentor_profile(&Actor::System, user_id, profile, None).await.map_err(explain)?;
            if let Some(first) = programmes.first() {
                app.add_mentor_to_pool(&Actor::System, first.programme.id, &email).await.map_err(explain)?;
            }
        }
    }
    println!("Sign in as any of these demo users (passwords are new each time the demo starts):");
    println!("  {:<19} {:<28} password", "role", "email");
    for line in lines {
        println!("{line}");
    }
    if let Some(file) = &data.admin_token_file {
        let email = mitra_demo::people()[0].email;
        let token = app.issue_api_token(&Actor::System, email, "demo scripts", 30).await.map_err(explain)?;
        std::fs::write(file, format!("{token}\n")).with_context(|| format!("writing {}", file.display()))?;
    }
    Ok(())
}

/// A few applications in each country, so that the reviewers' queue and an owner's list are not
/// empty: the first firms of each country apply to the first programme of their country open
/// today (which gets the demo's rubric), as they would through the form, and the screening
/// decides whether each goes on.
async fn seed_applications(app: &App) -> anyhow::Result<()> {
    use mitra_domain::{ApplicationDraft, OpportunityQuery, OrganizationKind, OrganizationQuery, Page};
    const FIRMS: usize = 4;
    let open = OpportunityQuery { open_now: true, ..Default::default() };
    let opportunities =
        app.list_opportunities(&Actor::System, &open, Page::first(200)).await.map_err(explain)?;
    let mut countries = std::collections::BTreeSet::new();
    let mut made = 0;
    for record in opportunities.items {
        let opportunity = record.opportunity;
        if !countries.insert(opportunity.details.country) {
            continue;
        }
        app.save_rubric(&Actor::System, opportunity.id, mitra_demo::rubric()).await.map_err(explain)?;
        let capacity = &opportunity.details.capacity;
        let amount = capacity.max_per_firm.or_else(|| {
            capacity.budget.and_then(|b| {
                let share = (b.amount() / rust_decimal::Decimal::from(100)).round_dp(0);
                mitra_domain::Money::new(share, b.currency()).ok()
            })
        });
        let firms = OrganizationQuery {
            kind: Some(OrganizationKind::Msme),
            country: Some(opportunity.details.country),
            ..Default::default()
        };
        let firms = app
            .list_organizations(&Actor::System, &firms, Page::first(FIRMS as u32))
            .await
            .map_err(explain)?;
        for firm in firms.items {
            let draft = ApplicationDraft { amount, statement: None };
            let Ok(started) =
                app.start_application(&Actor::System, opportunity.id, firm.organization.id, draft).await
            else {
                continue;
            };
            // A firm whose profile lacks a figure the rules need keeps its draft, as on the page.
            let _ = app.submit_application(&Actor::System, started.application.id).await;
            made += 1;
        }
    }
    tracing::info!(applications = made, "demo applications made");
    Ok(())
}

/// Two years of monthly reports (2020 and 2021) for every demo MSME with a pre-crisis year,
/// shaped by the World Bank's Business Pulse Surveys (`mitra_demo::recovery`).
async fn seed_recovery_reports(app: &App, data: &DemoArgs) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let loaded = mitra_demo::load::recovery(app, data.seed).await.map_err(explain)?;
    tracing::info!(
        reports = loaded.reports,
        joined_a_programme = loaded.joined,
        seconds = started.elapsed().as_secs_f64(),
        source = mitra_demo::recovery::SOURCE,
        "demo recovery reports made"
    );
    Ok(())
}

/// The programme manager's first match round of the Indian programme whose pool holds the demo's
/// mentors, over the firms taking part in it; the background job solves it once the server is
/// up, so the round's page has pairs to show on first start.
async fn start_demo_round(app: &App) -> anyhow::Result<()> {
    let country = mitra_demo::mentor_profile().country;
    let programmes = app.list_programmes(&Actor::System, Some(country)).await.map_err(explain)?;
    let manager = mitra_demo::people().into_iter().find(|p| p.role == mitra_domain::Role::ProgrammeManager);
    if let (Some(first), Some(manager)) = (programmes.first(), manager) {
        let manager = Actor::User(app.person_for_cli(manager.email).await.map_err(explain)?);
        let settings = mitra_domain::round::RoundSettings::new(mitra_domain::round::Population::Participants);
        app.start_round(&manager, first.programme.id, settings).await.map_err(explain)?;
    }
    Ok(())
}

/// Loads the demo data into the store of `app` and says how much and how fast.
async fn seed(app: &App, data: &DemoArgs, database: &str) -> anyhow::Result<()> {
    let started = Instant::now();
    let today = app.today();
    let mut demo = mitra_demo::generate(data.seed, data.msmes_per_country, today)
        .context("reading the demo's data files")?;
    mitra_demo::add_synthetic_opportunities(&mut demo, data.seed, data.synthetic_opportunities, today);
    let import = RegistryImport {
        partners: demo.partners,
        opportunities: demo.opportunities,
        msmes: demo.msmes,
        rules: demo.rules,
        programmes: demo.programmes,
    };
    let imported = app
        .import_registry(&Actor::System, import)
        .await
        .map_err(explain)
        .context("seeding the demo data")?;
    let seconds = started.elapsed().as_secs_f64();
    tracing::info!(
        msmes = imported.msmes,
        partners = imported.partners,
        opportunities = imported.opportunities,
        duration_ms = (seconds * 1e3) as u64,
        "demo data seeded"
    );
    println!(
        "Demo database {database} seeded with {} MSMEs, {} partners and {} opportunities in {seconds:.1} s.",
        imported.msmes, imported.partners, imported.opportunities,
    );
    Ok(())
}

/// An application error as a message for the terminal, every invalid field on a line.
fn explain(error: AppError) -> anyhow::Error {
    match error {
        AppError::Invalid(problems) => {
            let lines: Vec<String> =
                problems.iter().map(|p| format!("  {} {}", p.field, p.problem)).collect();
            anyhow::anyhow!("{} field(s) are invalid:\n{}", problems.len(), lines.join("\n"))
        }
        other => anyhow::Error::new(other),
    }
}

async fn serve(
    app: App,
    bind: SocketAddr,
    limits: mitra_server::Limits,
    mailer: Option<std::sync::Arc<dyn mitra_app::Mailer>>,
) -> anyhow::Result<()> {
    let listener = TcpListener::bind(bind).await.with_context(|| format!("listening on {bind}"))?;
    let address = listener.local_addr()?;
    println!("Mitra is running at http://{address}/ (press Ctrl-C to stop)");
    mitra_server::launch_with(listener, app, limits, mailer, shutdown_signal()).await.context("serving")?;
    Ok(())
}

/// `mitra impact estimate`: reads the panel, estimates, reports.
fn impact_estimate(
    path: &Path,
    controls: ControlsArg,
    bootstrap: usize,
    seed: u64,
    json: bool,
) -> anyhow::Result<()> {
    use mitra_impact::{Controls, Panel};
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let panel = Panel::from_csv(std::io::BufReader::new(file))
        .with_context(|| format!("reading {}", path.display()))?;
    let controls = match controls {
        ControlsArg::Never => Controls::NeverTreated,
        ControlsArg::NotYet => Controls::NotYetTreated,
    };
    let estimate = mitra_impact::estimate(&panel, controls, bootstrap, seed)?;
    let naive = mitra_impact::naive(&panel);
    let twfe = mitra_impact::two_way_fixed_effects(&panel);
    let controls_name = match controls {
        Controls::NeverTreated => "never treated",
        Controls::NotYetTreated => "not yet treated",
    };
    if json {
        let value = serde_json::json!({
            "estimator": "callaway_santanna",
            "controls": controls_name,
            "firms": estimate.firms,
            "treated_firms": estimate.treated_firms,
            "bootstrap": estimate.bootstrap,
            "seed": seed,
            "overall": {"att": estimate.overall, "se": estimate.se, "ci_low": estimate.ci.0, "ci_high": estimate.ci.1},
            "event_study": estimate.event_study.iter().map(|(e, att, se)| serde_json::json!({"e": e, "att": att, "se": se})).collect::<Vec<_>>(),
            "naive": naive,
            "two_way_fixed_effects": twfe,
        });
        println!("{value}");
        return Ok(());
    }
    println!(
        "Callaway and Sant'Anna, {controls_name} firms as controls; {} firms ({} treated); cluster bootstrap of {} samples of firms (seed {seed})",
        estimate.firms, estimate.treated_firms, estimate.bootstrap
    );
    println!(
        "overall ATT {:.4}  SE {:.4}  95% CI {:.4} to {:.4}",
        estimate.overall, estimate.se, estimate.ci.0, estimate.ci.1
    );
    let show = |v: Option<f64>| v.map_or("n/a".to_owned(), |v| format!("{v:.4}"));
    println!(
        "for comparison: naive (treated after entry vs never treated) {}; two-way fixed effects {}",
        show(naive),
        show(twfe)
    );
    println!("months since entry   estimate        SE");
    for (e, att, se) in &estimate.event_study {
        println!("{e:>18}  {att:>9.4}  {se:>8.4}");
    }
    println!(
        "It assumes parallel trends and no anticipation: the estimates before entry (negative months) should be near zero."
    );
    Ok(())
}

/// `mitra match solve`: reads, solves, reports.
fn solve_instance(
    path: &Path,
    out: Option<&Path>,
    json: bool,
    groups: Option<&Path>,
    quotas: &[String],
) -> anyhow::Result<()> {
    use mitra_matcher::instance::{self, Instance};
    use mitra_matcher::{lap, transport};

    let started = Instant::now();
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let parsed =
        instance::parse(&bytes).with_context(|| format!("{} is not a valid instance", path.display()))?;
    drop(bytes);
    let read_seconds = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let (kind, rows, objective, assignment) = match &parsed {
        Instance::Dense(dense) => {
            let solution = lap::solve(&dense.costs);
            let assignment: Vec<Option<u32>> = solution.column_of_row.iter().copied().map(Some).collect();
            ("dense", dense.costs.n_rows(), solution.total_cost, assignment)
        }
        Instance::Sparse(sparse) => {
            let solution = match read_quotas(groups, quotas, &sparse.problem)? {
                None => transport::solve(&sparse.problem)
                    .with_context(|| format!("solving {}", path.display()))?,
                Some(family) => transport::solve_with_quotas(&sparse.problem, &family)
                    .with_context(|| format!("solving {} with its quotas", path.display()))?,
            };
            ("sparse", sparse.problem.n_msmes(), solution.total_cost, solution.mentor_of)
        }
    };
    if matches!(parsed, Instance::Dense(_)) && (groups.is_some() || !quotas.is_empty()) {
        anyhow::bail!("--groups and --quota apply to capacitated (.bmat) instances only");
    }
    let solve_seconds = started.elapsed().as_secs_f64();
    let assigned = assignment.iter().filter(|a| a.is_some()).count();
    if let Some(out) = out {
        std::fs::write(out, instance::write_assignment(&assignment))
            .with_context(|| format!("writing {}", out.display()))?;
    }
    let peak_bytes = peak_memory_bytes();
    if json {
        println!(
            "{{\"instance\": {:?}, \"kind\": \"{kind}\", \"rows\": {rows}, \"objective\": {objective}, \"assigned\": {assigned}, \
             \"seconds\": {solve_seconds:.6}, \"read_seconds\": {read_seconds:.6}, \"peak_bytes\": {peak_bytes}}}",
            path.display().to_string()
        );
    } else {
        println!("instance: {} ({kind}, {rows} rows)", path.display());
        println!("objective: {objective}");
        println!("assigned: {assigned} of {rows}");
        println!("time: {solve_seconds:.3} s to solve, {read_seconds:.3} s to read");
        println!("peak memory: {:.0} MiB", peak_bytes as f64 / 1048576.0);
    }
    Ok(())
}

/// The quota family of `--groups` and `--quota`, or `None` when neither is given.
fn read_quotas(
    groups: Option<&Path>,
    quotas: &[String],
    problem: &mitra_matcher::transport::TransportProblem,
) -> anyhow::Result<Option<mitra_matcher::transport::GroupQuotas>> {
    use mitra_matcher::transport::{GroupQuotas, Quota};

    let Some(groups) = groups else {
        anyhow::ensure!(quotas.is_empty(), "--quota needs --groups to say which MSMEs are in which group");
        return Ok(None);
    };
    let text = std::fs::read_to_string(groups).with_context(|| format!("reading {}", groups.display()))?;
    let mut group_of = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        group_of.push(match line {
            "-1" | "-" | "" => None,
            number => Some(number.parse::<u32>().with_context(|| {
                format!("{} line {}: {number:?} is not a group number or -1", groups.display(), index + 1)
            })?),
        });
    }
    anyhow::ensure!(
        group_of.len() == problem.n_msmes(),
        "{} has {} lines but the instance has {} MSMEs",
        groups.display(),
        group_of.len(),
        problem.n_msmes()
    );
    let mut parsed = Vec::new();
    for quota in quotas {
        let (group, amount) = quota
            .split_once('=')
            .with_context(|| format!("--quota {quota:?} must be GROUP=MIN or GROUP=PCT%"))?;
        let group: u32 =
            group.trim().parse().with_context(|| format!("--quota {quota:?}: the group must be a number"))?;
        anyhow::ensure!(group_of.contains(&Some(group)), "--quota {quota:?}: no MSME is in group {group}");
        parsed.push(match amount.trim().strip_suffix('%') {
            Some(percent) => {
                let percent: u32 =
                    percent.trim().parse().with_context(|| format!("--quota {quota:?}: bad percentage"))?;
                anyhow::ensure!(percent <= 100, "--quota {quota:?}: a share is at most 100%");
                Quota::share_of_seats(group, percent, problem)
            }
            None => Quota {
                group,
                at_least: amount.trim().parse().with_context(|| format!("--quota {quota:?}: bad minimum"))?,
            },
        });
    }
    Ok(Some(GroupQuotas { group_of, quotas: parsed }))
}

/// The process's peak resident memory, from `/proc/self/status` (0 where there is none).
fn peak_memory_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kib| kib * 1024)
}

/// Removes a SQLite database file and its WAL and shared-memory files, if they exist.
fn remove_sqlite_files(database: &Path) -> anyhow::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = database.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::remove_file(&name) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => {
                return Err(error).with_context(|| format!("removing {}", Path::new(&name).display()));
            }
        }
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn serve_reads_its_options() {
        let cli = Cli::try_parse_from(["mitra", "serve", "--database-url", "x.db", "--bind", "127.0.0.1:0"])
            .unwrap();
        assert!(matches!(cli.command, Command::Serve { ref database_url, .. } if database_url == "x.db"));
    }

    #[test]
    fn a_bad_bind_address_is_refused_with_the_option_named() {
        let error = Cli::try_parse_from(["mitra", "serve", "--bind", "localhost"]).unwrap_err();
        assert!(error.to_string().contains("--bind"), "{error}");
    }
}
