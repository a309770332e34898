//! Sending the outbox. Email is written to the outbox in the unit of work that caused it, so
//! nothing goes out for a change that rolled back; a sender delivers it afterwards through a
//! [`Mailer`]. Without one (the demo, the tests) the outbox is the mailbox an administrator
//! reads in the browser.
//!
//! When several processes share a database, one sends at a time, under a lease: otherwise two
//! would pick up the same email and the recipient would get it twice. An email that fails is
//! retried on later rounds, up to [`MOST_ATTEMPTS`] times, with the last error kept for the
//! outbox page.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::error::chain;
use crate::policy::{Action, authorize};
use crate::{Actor, App, AppError, OutboxEmail};

/// The locale an email to a firm's owner is written in: the one the owner chose, else the
/// firm's first language Mitra speaks, else its country's.
pub(crate) fn owner_locale(chosen: Option<&str>, firm: &mitra_domain::Organization) -> mitra_i18n::Locale {
    chosen.and_then(mitra_i18n::Locale::parse).unwrap_or_else(|| {
        let details = &firm.details;
        let lang = details
            .languages
            .iter()
            .find_map(|l| mitra_i18n::Lang::from_tag(l.code()))
            .unwrap_or_else(|| mitra_i18n::Lang::of_country(details.country.code()));
        mitra_i18n::Locale::of(lang)
    })
}

/// How often a sender tries an email before it leaves it for a person to look at.
pub const MOST_ATTEMPTS: u32 = 5;
/// Email sent per round.
const BATCH: u32 = 50;
/// The lease under which one process sends.
const SEND_LEASE: &str = "send-outbox";
/// How long a round holds the lease without renewing it.
const LEASE_TIME: jiff::SignedDuration = jiff::SignedDuration::from_secs(120);
/// How often a sender looks at the outbox.
const ROUND_EVERY: Duration = Duration::from_secs(15);

/// Something that delivers email: SMTP in production.
#[async_trait::async_trait]
pub trait Mailer: Send + Sync + std::fmt::Debug {
    /// Sends one email; the error says why the server refused it or could not be reached.
    async fn send(&self, email: &OutboxEmail) -> Result<(), String>;
}

/// What one round of sending did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delivery {
    pub sent: u32,
    pub failed: u32,
    /// Another process was sending.
    pub skipped: bool,
}

impl App {
    /// Sends what the outbox holds, oldest first, and notes each email as sent or failed.
    pub async fn send_outbox(&self, actor: &Actor, mailer: &dyn Mailer) -> Result<Delivery, AppError> {
        authorize(actor, Action::Maintain)?;
        let holder = &self.inner.holder;
        let mut unit = self.store().write().await?;
        let now = self.clock().now();
        let lease =
            unit.take_lease(SEND_LEASE, holder, now, now.checked_add(LEASE_TIME).unwrap_or(now)).await?;
        let waiting = match lease {
            Some(_) => unit.unsent_email(MOST_ATTEMPTS, BATCH).await?,
            None => Vec::new(),
        };
        unit.commit().await?;
        if lease.is_none() {
            return Ok(Delivery { skipped: true, ..Delivery::default() });
        }
        let mut delivery = Delivery::default();
        for email in waiting {
            let outcome = mailer.send(&email).await;
            let mut unit = self.store().write().await?;
            match &outcome {
                Ok(()) => {
                    unit.mark_email_sent(email.id, self.clock().now()).await?;
                    delivery.sent += 1;
                }
                Err(error) => {
                    tracing::warn!(email.id = %email.id, error = %error, "an email could not be sent");
                    unit.mark_email_failed(email.id, error).await?;
                    delivery.failed += 1;
                }
            }
            unit.commit().await?;
        }
        let mut unit = self.store().write().await?;
        unit.release_lease(SEND_LEASE, holder, None).await?;
        unit.commit().await?;
        Ok(delivery)
    }

    /// Sends the outbox every few seconds until `stopped` turns true.
    pub(crate) async fn send_outbox_continually(
        self,
        mailer: Arc<dyn Mailer>,
        mut stopped: watch::Receiver<bool>,
    ) {
        loop {
            match self.send_outbox(&Actor::System, mailer.as_ref()).await {
                Ok(Delivery { sent, failed, .. }) if sent + failed > 0 => {
                    tracing::info!(email.sent = sent, email.failed = failed, "outbox sent")
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(error = %chain(&error), "the outbox could not be sent"),
            }
            tokio::select! {
                _ = tokio::time::sleep(ROUND_EVERY) => {}
                _ = stopped.changed() => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use mitra_domain::{Country, Language, Organization, OrganizationDraft, OrganizationKind, Text};

    use super::*;

    fn firm(country: &str, languages: &[&str]) -> Organization {
        Organization {
            id: uuid::Uuid::nil(),
            details: OrganizationDraft {
                kind: OrganizationKind::Nonprofit,
                name: Text::parse("Taller Jacaranda").unwrap(),
                country: Country::parse(country).unwrap(),
                region: None,
                languages: languages.iter().map(|l| Language::parse(l).unwrap()).collect(),
                description: None,
                msme: None,
                partner: None,
            },
            created_at: jiff::Timestamp::UNIX_EPOCH,
            updated_at: jiff::Timestamp::UNIX_EPOCH,
            archived_at: None,
            version: 1,
        }
    }

    #[test]
    fn an_owner_is_written_to_in_their_choice_else_the_firms_language_else_its_countrys() {
        let lang = |chosen, firm: &Organization| owner_locale(chosen, firm).lang();
        assert_eq!(lang(Some("fr"), &firm("MX", &["es"])), mitra_i18n::Lang::Fr);
        assert_eq!(lang(None, &firm("GH", &["ak", "fr"])), mitra_i18n::Lang::Fr, "the first Mitra speaks");
        assert_eq!(lang(None, &firm("MX", &["de"])), mitra_i18n::Lang::Es, "German: the country's");
        assert_eq!(lang(None, &firm("GH", &["ak"])), mitra_i18n::Lang::En);
    }
}
