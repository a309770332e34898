//! The outbox: email written in the same unit of work as what caused it (an invitation, a
//! reset), and sent afterwards, so that no email goes out for a change that rolled back.

use jiff::Timestamp;
use uuid::Uuid;

use crate::StoreError;
use crate::accounts::{optional_time, uuid};
use crate::rows::{time_text, timestamp};
use crate::unit::{SqlUnit, each_backend};

/// One email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEmail {
    pub id: Uuid,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: Timestamp,
    pub sent_at: Option<Timestamp>,
    pub attempts: u32,
    pub last_error: Option<String>,
}

/// The outbox, within one unit of work.
#[async_trait::async_trait]
pub trait Outbox {
    async fn queue_email(&mut self, email: &OutboxEmail) -> Result<(), StoreError>;
    /// The latest email, newest first, at most `limit`.
    async fn outbox(&mut self, limit: u32) -> Result<Vec<OutboxEmail>, StoreError>;
    /// Email not yet sent that has been tried fewer than `most_attempts` times, oldest first.
    async fn unsent_email(&mut self, most_attempts: u32, limit: u32) -> Result<Vec<OutboxEmail>, StoreError>;
    async fn mark_email_sent(&mut self, id: Uuid, at: Timestamp) -> Result<(), StoreError>;
    async fn mark_email_failed(&mut self, id: Uuid, error: &str) -> Result<(), StoreError>;
}

type EmailColumns = (String, String, String, String, String, Option<String>, i64, Option<String>);
const EMAIL_COLUMNS: &str = "id, recipient, subject, body, created_at, sent_at, attempts, last_error";

fn email_from(row: EmailColumns) -> Result<OutboxEmail, StoreError> {
    let (id, recipient, subject, body, created_at, sent_at, attempts, last_error) = row;
    Ok(OutboxEmail {
        id: uuid("outbox.id", &id)?,
        recipient,
        subject,
        body,
        created_at: timestamp("outbox.created_at", &created_at)?,
        sent_at: optional_time("outbox.sent_at", sent_at)?,
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        last_error,
    })
}

#[async_trait::async_trait]
impl Outbox for SqlUnit {
    async fn queue_email(&mut self, email: &OutboxEmail) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO outbox (id, recipient, subject, body, created_at, sent_at, attempts, last_error) \
                 VALUES ($1, $2, $3, $4, $5, NULL, 0, NULL)",
            )
            .bind(email.id.to_string())
            .bind(&email.recipient)
            .bind(&email.subject)
            .bind(&email.body)
            .bind(time_text(email.created_at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn outbox(&mut self, limit: u32) -> Result<Vec<OutboxEmail>, StoreError> {
        let select = format!("SELECT {EMAIL_COLUMNS} FROM outbox ORDER BY seq DESC LIMIT $1");
        let rows: Vec<EmailColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(i64::from(limit)).fetch_all(&mut **tx).await?
        });
        rows.into_iter().map(email_from).collect()
    }

    async fn unsent_email(&mut self, most_attempts: u32, limit: u32) -> Result<Vec<OutboxEmail>, StoreError> {
        let select = format!(
            "SELECT {EMAIL_COLUMNS} FROM outbox WHERE sent_at IS NULL AND attempts < $1 ORDER BY seq LIMIT $2"
        );
        let rows: Vec<EmailColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(i64::from(most_attempts))
                .bind(i64::from(limit))
                .fetch_all(&mut **tx)
                .await?
        });
        rows.into_iter().map(email_from).collect()
    }

    async fn mark_email_sent(&mut self, id: Uuid, at: Timestamp) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1",
            )
            .bind(id.to_string())
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn mark_email_failed(&mut self, id: Uuid, error: &str) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query("UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1")
                .bind(id.to_string())
                .bind(error)
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(())
    }
}
