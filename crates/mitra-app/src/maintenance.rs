//! Background work on derived data, and the handle that stops it.
//!
//! The size classes that lists filter on are copied into indexed columns, and a size rule can
//! change with the date alone (India's 2025 notification), so the columns are refreshed at
//! start and at every change of date. The refresh walks the organisations in batches (one unit
//! of work each), so it never holds the whole registry in memory nor the write lock for long.
//! When several processes share a database, one of them does it: the work runs under a lease
//! that it renews batch by batch, and the lease notes the date it last completed, so the others
//! skip that date.

use std::time::Duration;

use jiff::civil::Date;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tracing::Instrument as _;

use crate::error::chain;
use crate::policy::{Action, authorize};
use crate::{Actor, App, AppError};

/// The lease under which the size classes are refreshed.
const REFRESH_LEASE: &str = "refresh-filter-columns";
/// Organisations refreshed per unit of work.
const REFRESH_BATCH: u32 = 500;
/// How long a refresh holds its lease without renewing it; each batch renews it.
const LEASE_TIME: jiff::SignedDuration = jiff::SignedDuration::from_secs(300);
/// How often the background task looks at the date.
const DATE_CHECK: Duration = Duration::from_secs(600);

/// What a refresh did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refresh {
    /// Every organisation was looked at; so many had columns that changed.
    Done { on: Date, scanned: u64, changed: u64 },
    /// Another process holds the lease, or already refreshed for this date.
    Skipped { on: Date },
}

impl App {
    /// Refreshes the filter columns of every organisation under the rules in force today,
    /// unless another process is doing it or has done it for today. `force` refreshes even
    /// when today's refresh was done (after a migration).
    pub async fn refresh_filter_columns(&self, actor: &Actor, force: bool) -> Result<Refresh, AppError> {
        authorize(actor, Action::Maintain)?;
        let on = self.today();
        let holder = &self.inner.holder;
        let mut unit = self.store().write().await?;
        let now = self.clock().now();
        let lease = unit.take_lease(REFRESH_LEASE, holder, now, lease_end(now)).await?;
        unit.commit().await?;
        let Some(lease) = lease else {
            return Ok(Refresh::Skipped { on });
        };
        let done_on = on.to_string();
        if !force && lease.done.as_deref() == Some(done_on.as_str()) {
            let mut unit = self.store().write().await?;
            unit.release_lease(REFRESH_LEASE, holder, None).await?;
            unit.commit().await?;
            return Ok(Refresh::Skipped { on });
        }
        let (mut scanned, mut changed, mut after) = (0, 0, None);
        loop {
            let mut unit = self.store().write().await?;
            let now = self.clock().now();
            if unit.take_lease(REFRESH_LEASE, holder, now, lease_end(now)).await?.is_none() {
                // The lease ran out and another process took it: it carries on from the start.
                return Ok(Refresh::Skipped { on });
            }
            let started = std::time::Instant::now();
            let batch = unit.refresh_organization_columns(after, REFRESH_BATCH, on).await?;
            unit.commit().await?;
            // Batch after batch, SQLite's write lock would be free only for an instant, and a
            // request's write waiting on it could time out: leave it free at least as long as
            // the batch held it.
            tokio::time::sleep(started.elapsed().max(std::time::Duration::from_millis(5))).await;
            scanned += batch.scanned;
            changed += batch.changed;
            match batch.last {
                Some(last) => after = Some(last),
                None => break,
            }
        }
        let mut unit = self.store().write().await?;
        unit.release_lease(REFRESH_LEASE, holder, Some(&done_on)).await?;
        unit.commit().await?;
        Ok(Refresh::Done { on, scanned, changed })
    }

    /// Starts the background work of a serving process: the recommendation catalogue is built
    /// at once, the filter columns are refreshed now and at each change of date, and jobs
    /// (bulk decisions) are claimed and run. The work
    /// stops when [`Background::stop`] is called.
    /// With a `mailer`, the outbox is sent too.
    pub fn start_background(&self, mailer: Option<std::sync::Arc<dyn crate::mail::Mailer>>) -> Background {
        let (stop, stopped) = watch::channel(false);
        let app = self.clone();
        let warm = tokio::spawn(async move {
            if let Err(error) = app.warm_recommendations().await {
                tracing::warn!(error = %chain(&error), "the recommendation catalogue could not be built at start");
            }
        });
        let app = self.clone();
        let refresh = tokio::spawn(app.refresh_daily(stopped.clone()));
        let jobs = tokio::spawn(self.clone().run_jobs_continually(stopped.clone()));
        let mut tasks = vec![warm, refresh, jobs];
        if let Some(mailer) = mailer {
            tasks.push(tokio::spawn(self.clone().send_outbox_continually(mailer, stopped)));
        }
        Background { stop, tasks }
    }

    async fn refresh_daily(self, mut stopped: watch::Receiver<bool>) {
        let mut refreshed_on = None;
        loop {
            let today = self.today();
            if refreshed_on != Some(today) {
                let span = tracing::info_span!("refresh_filter_columns", on = %today);
                match self.refresh_filter_columns(&Actor::System, false).instrument(span).await {
                    Ok(Refresh::Done { on, scanned, changed }) => {
                        tracing::info!(records.scanned = scanned, records.changed = changed, on = %on, "filter columns refreshed");
                        refreshed_on = Some(on);
                    }
                    Ok(Refresh::Skipped { on }) => {
                        tracing::debug!(on = %on, "filter columns refreshed elsewhere or being refreshed");
                        refreshed_on = Some(on);
                    }
                    Err(error) => {
                        tracing::warn!(error = %chain(&error), "filter columns could not be refreshed")
                    }
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(DATE_CHECK) => {}
                _ = stopped.changed() => return,
            }
        }
    }
}

fn lease_end(now: jiff::Timestamp) -> jiff::Timestamp {
    now.checked_add(LEASE_TIME).unwrap_or(now)
}

/// The background tasks of a serving process.
#[derive(Debug)]
pub struct Background {
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl Background {
    /// Tells every task to stop and waits until they have. A refresh stops between batches,
    /// so nothing it did is lost: its lease runs out and the next refresh starts over.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        for task in self.tasks {
            if !task.is_finished() {
                task.abort();
            }
            let _ = task.await;
        }
    }
}
