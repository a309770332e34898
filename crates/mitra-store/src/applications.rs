//! Applications, what each opportunity has given out, rubrics and reviews.
//!
//! An application is stored whole as JSON with its state, its opportunity and its firm in
//! columns. The callers change an application and the uptake of its opportunity only while
//! they hold the opportunity's lock ([`crate::Opportunities::lock_opportunity`]), so that two
//! approvals, on one server or on two sharing PostgreSQL, cannot both take the last seat.

use std::collections::BTreeMap;

use jiff::Timestamp;
use mitra_domain::{Application, ApplicationStatus, Listed, Money, Review, Rubric, Uptake};
use uuid::Uuid;

use crate::StoreError;
use crate::accounts::duplicate;
use crate::rows::{bad, paged, time_text};
use crate::unit::{SqlUnit, each_backend};

/// Which applications a list asks for; the filters combine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicationFilter {
    pub opportunity_id: Option<Uuid>,
    pub msme_id: Option<Uuid>,
    /// Applications to any opportunity of this partner.
    pub partner_id: Option<Uuid>,
    pub status: Option<ApplicationStatus>,
    /// Only those waiting for a decision: screened, in review or waitlisted.
    pub awaiting_decision: bool,
    /// Leaves out the applications this reviewer declared a conflict of interest on.
    pub without_conflict_of: Option<Uuid>,
}

/// Applications, within one unit of work.
#[async_trait::async_trait]
pub trait Applications {
    /// Stores a new application; a second one of the same firm to the same opportunity is
    /// `Duplicate`.
    async fn insert_application(&mut self, application: &Application) -> Result<(), StoreError>;
    async fn application(&mut self, id: Uuid) -> Result<Option<Application>, StoreError>;
    /// Writes `application` as it now is, moving its version on by one.
    async fn update_application(&mut self, application: &mut Application) -> Result<(), StoreError>;
    /// The application of one firm to one opportunity.
    async fn application_of(
        &mut self,
        opportunity_id: Uuid,
        msme_id: Uuid,
    ) -> Result<Option<Application>, StoreError>;
    /// A page of the applications `filter` asks for, in the order they were made, after the
    /// application `after`.
    async fn applications(
        &mut self,
        filter: &ApplicationFilter,
        after: Option<Uuid>,
        limit: u32,
    ) -> Result<Listed<Application>, StoreError>;
    /// How many applications an opportunity has in each state.
    async fn application_counts(
        &mut self,
        opportunity_id: Uuid,
    ) -> Result<BTreeMap<ApplicationStatus, u64>, StoreError>;
    /// The first `limit` on an opportunity's waitlist, in the order they were waitlisted.
    async fn waitlist(&mut self, opportunity_id: Uuid, limit: u32) -> Result<Vec<Application>, StoreError>;
    /// Where an application stands on its opportunity's waitlist, from 1; `None` when it is
    /// not on it.
    async fn waitlist_position(&mut self, application_id: Uuid) -> Result<Option<u64>, StoreError>;
    /// What an opportunity has given out.
    async fn uptake(&mut self, opportunity_id: Uuid) -> Result<Uptake, StoreError>;
    async fn set_uptake(&mut self, opportunity_id: Uuid, uptake: &Uptake) -> Result<(), StoreError>;
    async fn rubric(&mut self, opportunity_id: Uuid) -> Result<Option<Rubric>, StoreError>;
    async fn save_rubric(
        &mut self,
        opportunity_id: Uuid,
        rubric: &Rubric,
        at: Timestamp,
    ) -> Result<(), StoreError>;
    /// Stores a reviewer's review of an application, replacing their earlier one.
    async fn put_review(&mut self, review: &Review) -> Result<(), StoreError>;
    /// Every review of an application, oldest first.
    async fn reviews(&mut self, application_id: Uuid) -> Result<Vec<Review>, StoreError>;
    /// Whether any application to the opportunity has been scored.
    async fn has_reviews(&mut self, opportunity_id: Uuid) -> Result<bool, StoreError>;
}

const COLUMNS: &str = "a.body";

fn application_from(body: &str) -> Result<Application, StoreError> {
    Ok(serde_json::from_str(body)?)
}

#[async_trait::async_trait]
impl Applications for SqlUnit {
    async fn insert_application(&mut self, application: &Application) -> Result<(), StoreError> {
        let seq = self.next_key("applications.seq").await?;
        let body = serde_json::to_string(application)?;
        let inserted = each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO applications (id, seq, opportunity_id, msme_id, status, status_seq, body, version, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(application.id.to_string())
            .bind(seq)
            .bind(application.opportunity_id.to_string())
            .bind(application.msme_id.to_string())
            .bind(application.status.as_str())
            .bind(seq)
            .bind(&body)
            .bind(i64::try_from(application.version).unwrap_or(i64::MAX))
            .bind(time_text(application.created_at))
            .bind(time_text(application.updated_at))
            .execute(&mut **tx)
            .await
            .map(|_| ())
        });
        inserted.map_err(|error| duplicate(error, "application", "msme_id"))
    }

    async fn application(&mut self, id: Uuid) -> Result<Option<Application>, StoreError> {
        let body: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT body FROM applications WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&mut **tx)
                .await?
        });
        body.as_deref().map(application_from).transpose()
    }

    async fn update_application(&mut self, application: &mut Application) -> Result<(), StoreError> {
        let previous_status: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT status FROM applications WHERE id = $1")
                .bind(application.id.to_string())
                .fetch_optional(&mut **tx)
                .await?
        });
        let previous_status =
            previous_status.ok_or(StoreError::NotFound { entity: "application", id: application.id })?;
        application.version += 1;
        let body = serde_json::to_string(application)?;
        // A change of state takes a key under the counter's lock, so that a waitlist is in
        // the order its applications joined it (commit order), whatever the servers' clocks say.
        let status_seq = if previous_status != application.status.as_str() {
            Some(self.next_key("applications.seq").await?)
        } else {
            None
        };
        each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE applications SET status = $2, body = $3, version = $4, updated_at = $5, \
                 status_seq = COALESCE($6, status_seq) WHERE id = $1",
            )
            .bind(application.id.to_string())
            .bind(application.status.as_str())
            .bind(&body)
            .bind(i64::try_from(application.version).unwrap_or(i64::MAX))
            .bind(time_text(application.updated_at))
            .bind(status_seq)
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn application_of(
        &mut self,
        opportunity_id: Uuid,
        msme_id: Uuid,
    ) -> Result<Option<Application>, StoreError> {
        let body: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT body FROM applications WHERE opportunity_id = $1 AND msme_id = $2")
                .bind(opportunity_id.to_string())
                .bind(msme_id.to_string())
                .fetch_optional(&mut **tx)
                .await?
        });
        body.as_deref().map(application_from).transpose()
    }

    async fn applications(
        &mut self,
        filter: &ApplicationFilter,
        after: Option<Uuid>,
        limit: u32,
    ) -> Result<Listed<Application>, StoreError> {
        let limit = limit.clamp(1, mitra_domain::query::MAX_PAGE_SIZE);
        let awaiting = if filter.awaiting_decision {
            " AND a.status IN ('screened', 'in_review', 'waitlisted')"
        } else {
            ""
        };
        let select = format!(
            "SELECT {COLUMNS} FROM applications a WHERE ($1 IS NULL OR a.opportunity_id = $1) \
             AND ($2 IS NULL OR a.msme_id = $2) AND ($3 IS NULL OR a.status = $3) \
             AND ($4 IS NULL OR a.opportunity_id IN (SELECT o.id FROM opportunities o WHERE o.partner_id = $4)) \
             AND ($5 IS NULL OR NOT EXISTS (SELECT 1 FROM reviews r WHERE r.application_id = a.id \
                                           AND r.reviewer_id = $5 AND r.conflict)) \
             AND ($6 IS NULL OR a.seq > (SELECT b.seq FROM applications b WHERE b.id = $6)){awaiting} \
             ORDER BY a.seq LIMIT $7"
        );
        let bodies: Vec<String> = each_backend!(self, |tx| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(select))
                .bind(filter.opportunity_id.map(|id| id.to_string()))
                .bind(filter.msme_id.map(|id| id.to_string()))
                .bind(filter.status.map(|s| s.as_str()))
                .bind(filter.partner_id.map(|id| id.to_string()))
                .bind(filter.without_conflict_of.map(|id| id.to_string()))
                .bind(after.map(|id| id.to_string()))
                .bind(i64::from(limit) + 1)
                .fetch_all(&mut **tx)
                .await?
        });
        let items = bodies.iter().map(|b| application_from(b)).collect::<Result<Vec<_>, _>>()?;
        Ok(paged(items, limit, |a| a.id))
    }

    async fn application_counts(
        &mut self,
        opportunity_id: Uuid,
    ) -> Result<BTreeMap<ApplicationStatus, u64>, StoreError> {
        let rows: Vec<(String, i64)> = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT status, COUNT(*) FROM applications WHERE opportunity_id = $1 GROUP BY status",
            )
            .bind(opportunity_id.to_string())
            .fetch_all(&mut **tx)
            .await?
        });
        rows.into_iter()
            .map(|(status, count)| {
                let status =
                    ApplicationStatus::parse(&status).ok_or_else(|| bad("applications.status", &status))?;
                Ok((status, u64::try_from(count).unwrap_or(0)))
            })
            .collect()
    }

    async fn waitlist(&mut self, opportunity_id: Uuid, limit: u32) -> Result<Vec<Application>, StoreError> {
        let bodies: Vec<String> = each_backend!(self, |tx| {
            sqlx::query_scalar(
                "SELECT body FROM applications WHERE opportunity_id = $1 AND status = 'waitlisted' \
                 ORDER BY status_seq LIMIT $2",
            )
            .bind(opportunity_id.to_string())
            .bind(i64::from(limit))
            .fetch_all(&mut **tx)
            .await?
        });
        bodies.iter().map(|b| application_from(b)).collect()
    }

    async fn waitlist_position(&mut self, application_id: Uuid) -> Result<Option<u64>, StoreError> {
        let position: Option<i64> = each_backend!(self, |tx| {
            sqlx::query_scalar(
                "SELECT (SELECT COUNT(*) FROM applications w WHERE w.opportunity_id = a.opportunity_id \
                 AND w.status = 'waitlisted' AND w.status_seq <= a.status_seq) \
                 FROM applications a WHERE a.id = $1 AND a.status = 'waitlisted'",
            )
            .bind(application_id.to_string())
            .fetch_optional(&mut **tx)
            .await?
        });
        Ok(position.map(|p| u64::try_from(p).unwrap_or(0)))
    }

    async fn uptake(&mut self, opportunity_id: Uuid) -> Result<Uptake, StoreError> {
        let row: Option<(i64, Option<String>, Option<String>)> = each_backend!(self, |tx| {
            sqlx::query_as("SELECT seats, amount, currency FROM opportunity_uptake WHERE opportunity_id = $1")
                .bind(opportunity_id.to_string())
                .fetch_optional(&mut **tx)
                .await?
        });
        let Some((seats, amount, currency)) = row else {
            return Ok(Uptake::default());
        };
        let amount = match (amount, currency) {
            (Some(amount), Some(currency)) => Some(
                Money::parse(&amount, &currency).map_err(|_| bad("opportunity_uptake.amount", &amount))?,
            ),
            _ => None,
        };
        Ok(Uptake {
            seats: u32::try_from(seats).map_err(|_| bad("opportunity_uptake.seats", &seats.to_string()))?,
            amount,
        })
    }

    async fn set_uptake(&mut self, opportunity_id: Uuid, uptake: &Uptake) -> Result<(), StoreError> {
        let amount = uptake.amount.as_ref().map(|m| m.amount().to_string());
        let currency = uptake.amount.as_ref().map(|m| m.currency().code());
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO opportunity_uptake (opportunity_id, seats, amount, currency) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (opportunity_id) DO UPDATE SET seats = excluded.seats, amount = excluded.amount, \
                 currency = excluded.currency",
            )
            .bind(opportunity_id.to_string())
            .bind(i64::from(uptake.seats))
            .bind(amount)
            .bind(currency)
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn rubric(&mut self, opportunity_id: Uuid) -> Result<Option<Rubric>, StoreError> {
        let body: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT body FROM rubrics WHERE opportunity_id = $1")
                .bind(opportunity_id.to_string())
                .fetch_optional(&mut **tx)
                .await?
        });
        Ok(body.as_deref().map(serde_json::from_str).transpose()?)
    }

    async fn save_rubric(
        &mut self,
        opportunity_id: Uuid,
        rubric: &Rubric,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        let body = serde_json::to_string(rubric)?;
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO rubrics (opportunity_id, body, saved_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (opportunity_id) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at",
            )
            .bind(opportunity_id.to_string())
            .bind(&body)
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn put_review(&mut self, review: &Review) -> Result<(), StoreError> {
        let body = serde_json::to_string(review)?;
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO reviews (application_id, reviewer_id, conflict, body, at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (application_id, reviewer_id) DO UPDATE SET conflict = excluded.conflict, \
                 body = excluded.body, at = excluded.at",
            )
            .bind(review.application_id.to_string())
            .bind(review.reviewer_id.to_string())
            .bind(review.conflict)
            .bind(&body)
            .bind(time_text(review.at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn reviews(&mut self, application_id: Uuid) -> Result<Vec<Review>, StoreError> {
        let bodies: Vec<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT body FROM reviews WHERE application_id = $1 ORDER BY at, reviewer_id")
                .bind(application_id.to_string())
                .fetch_all(&mut **tx)
                .await?
        });
        bodies.iter().map(|b| Ok(serde_json::from_str(b)?)).collect()
    }

    async fn has_reviews(&mut self, opportunity_id: Uuid) -> Result<bool, StoreError> {
        let found: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar(
                "SELECT r.application_id FROM reviews r JOIN applications a ON a.id = r.application_id \
                 WHERE a.opportunity_id = $1 AND NOT r.conflict LIMIT 1",
            )
            .bind(opportunity_id.to_string())
            .fetch_optional(&mut **tx)
            .await?
        });
        Ok(found.is_some())
    }
}
