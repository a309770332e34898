//! Consents: which of its figures an MSME lets a partner organisation see, until a date.

use jiff::Timestamp;
use jiff::civil::Date;
use mitra_domain::Figure;
use uuid::Uuid;

use crate::StoreError;
use crate::accounts::{optional_time, optional_uuid, uuid};
use crate::rows::{bad, time_text, timestamp};
use crate::unit::{SqlUnit, each_backend};

/// One grant, revoked or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub id: Uuid,
    pub msme_id: Uuid,
    pub partner_id: Uuid,
    /// What may be seen, in a fixed order.
    pub figures: Vec<Figure>,
    /// The last day on which it holds.
    pub expires_on: Date,
    pub granted_by: Uuid,
    pub granted_at: Timestamp,
    pub revoked_by: Option<Uuid>,
    pub revoked_at: Option<Timestamp>,
}

impl Consent {
    /// Whether it lets the partner see anything on `today`.
    pub fn holds_on(&self, today: Date) -> bool {
        self.revoked_at.is_none() && today <= self.expires_on
    }
}

/// Consents, within one unit of work.
#[async_trait::async_trait]
pub trait Consents {
    async fn insert_consent(&mut self, consent: &Consent) -> Result<(), StoreError>;
    async fn consent(&mut self, id: Uuid) -> Result<Option<Consent>, StoreError>;
    /// Revokes a consent; false when it was already revoked.
    async fn revoke_consent(&mut self, id: Uuid, by: Uuid, at: Timestamp) -> Result<bool, StoreError>;
    /// Every consent an MSME has given, newest first.
    async fn consents_of_msme(&mut self, msme_id: Uuid) -> Result<Vec<Consent>, StoreError>;
    /// The consents an MSME has given one of several partners that hold on `today`.
    async fn consents_holding(
        &mut self,
        msme_id: Uuid,
        partner_ids: &[Uuid],
        today: Date,
    ) -> Result<Vec<Consent>, StoreError>;
}

type ConsentColumns =
    (String, String, String, String, String, String, String, Option<String>, Option<String>);
const CONSENT_COLUMNS: &str =
    "id, msme_id, partner_id, figures, expires_on, granted_by, granted_at, revoked_by, revoked_at";

fn consent_from(row: ConsentColumns) -> Result<Consent, StoreError> {
    let (id, msme_id, partner_id, figures, expires_on, granted_by, granted_at, revoked_by, revoked_at) = row;
    Ok(Consent {
        id: uuid("consents.id", &id)?,
        msme_id: uuid("consents.msme_id", &msme_id)?,
        partner_id: uuid("consents.partner_id", &partner_id)?,
        figures: figures
            .split(',')
            .filter(|f| !f.is_empty())
            .map(|f| Figure::parse(f).ok_or_else(|| bad("consents.figures", &figures)))
            .collect::<Result<_, _>>()?,
        expires_on: expires_on.parse().map_err(|_| bad("consents.expires_on", &expires_on))?,
        granted_by: uuid("consents.granted_by", &granted_by)?,
        granted_at: timestamp("consents.granted_at", &granted_at)?,
        revoked_by: optional_uuid("consents.revoked_by", revoked_by)?,
        revoked_at: optional_time("consents.revoked_at", revoked_at)?,
    })
}

#[async_trait::async_trait]
impl Consents for SqlUnit {
    async fn insert_consent(&mut self, consent: &Consent) -> Result<(), StoreError> {
        let figures: Vec<&str> = consent.figures.iter().map(Figure::as_str).collect();
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO consents (id, msme_id, partner_id, figures, expires_on, granted_by, granted_at, revoked_by, revoked_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL)",
            )
            .bind(consent.id.to_string())
            .bind(consent.msme_id.to_string())
            .bind(consent.partner_id.to_string())
            .bind(figures.join(","))
            .bind(consent.expires_on.to_string())
            .bind(consent.granted_by.to_string())
            .bind(time_text(consent.granted_at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn consent(&mut self, id: Uuid) -> Result<Option<Consent>, StoreError> {
        let select = format!("SELECT {CONSENT_COLUMNS} FROM consents WHERE id = $1");
        let row: Option<ConsentColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(id.to_string()).fetch_optional(&mut **tx).await?
        });
        row.map(consent_from).transpose()
    }

    async fn revoke_consent(&mut self, id: Uuid, by: Uuid, at: Timestamp) -> Result<bool, StoreError> {
        let revoked = each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE consents SET revoked_by = $2, revoked_at = $3 WHERE id = $1 AND revoked_at IS NULL",
            )
            .bind(id.to_string())
            .bind(by.to_string())
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(revoked > 0)
    }

    async fn consents_of_msme(&mut self, msme_id: Uuid) -> Result<Vec<Consent>, StoreError> {
        let select =
            format!("SELECT {CONSENT_COLUMNS} FROM consents WHERE msme_id = $1 ORDER BY granted_at DESC, id");
        let rows: Vec<ConsentColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(msme_id.to_string()).fetch_all(&mut **tx).await?
        });
        rows.into_iter().map(consent_from).collect()
    }

    async fn consents_holding(
        &mut self,
        msme_id: Uuid,
        partner_ids: &[Uuid],
        today: Date,
    ) -> Result<Vec<Consent>, StoreError> {
        if partner_ids.is_empty() {
            return Ok(Vec::new());
        }
        // Few partners per user: one query per partner keeps the SQL the same on both backends.
        let select = format!(
            "SELECT {CONSENT_COLUMNS} FROM consents \
             WHERE msme_id = $1 AND partner_id = $2 AND revoked_at IS NULL AND expires_on >= $3"
        );
        let mut holding = Vec::new();
        for partner_id in partner_ids {
            let rows: Vec<ConsentColumns> = each_backend!(self, |tx| {
                sqlx::query_as(sqlx::AssertSqlSafe(select.clone()))
                    .bind(msme_id.to_string())
                    .bind(partner_id.to_string())
                    .bind(today.to_string())
                    .fetch_all(&mut **tx)
                    .await?
            });
            for row in rows {
                holding.push(consent_from(row)?);
            }
        }
        Ok(holding)
    }
}
