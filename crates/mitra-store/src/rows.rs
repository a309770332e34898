//! Reading records back from rows, and writing times, the same way on both backends.
//!
//! Times are stored as RFC 3339 text in UTC with exactly six fractional digits
//! (`2026-12-01T18:57:03.120000Z`), so that text order is time order on both backends.

use jiff::Timestamp;
use mitra_domain::{Opportunity, Organization};
use sqlx::Row;
use uuid::Uuid;

use crate::StoreError;

/// The columns every record query selects, in this order.
pub(crate) const RECORD_COLUMNS: &str = "id, body, created_at, updated_at, archived_at, version";

/// A time as it is stored.
pub(crate) fn time_text(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// A time cut to the microseconds that are stored, so a record returned from a write equals
/// the record read back.
pub(crate) fn stored_time(at: Timestamp) -> Timestamp {
    Timestamp::from_microsecond(at.as_microsecond()).unwrap_or(at)
}

/// A row with the columns every record row has, read the same way on both backends.
pub(crate) trait RecordRow: Row {
    fn record<T: serde::de::DeserializeOwned>(&self) -> Result<Record<T>, StoreError>;
}

/// The parts of a stored organisation or opportunity.
pub(crate) struct Record<T> {
    pub id: Uuid,
    pub details: T,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub archived_at: Option<Timestamp>,
    pub version: u64,
}

impl<R> RecordRow for R
where
    R: Row,
    &'static str: sqlx::ColumnIndex<R>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    fn record<T: serde::de::DeserializeOwned>(&self) -> Result<Record<T>, StoreError> {
        let id: String = self.try_get("id")?;
        let body: String = self.try_get("body")?;
        let created_at: String = self.try_get("created_at")?;
        let updated_at: String = self.try_get("updated_at")?;
        let archived_at: Option<String> = self.try_get("archived_at")?;
        let version: i64 = self.try_get("version")?;
        Ok(Record {
            id: id.parse().map_err(|_| bad("id", &id))?,
            details: serde_json::from_str(&body)?,
            created_at: timestamp("created_at", &created_at)?,
            updated_at: timestamp("updated_at", &updated_at)?,
            archived_at: archived_at.as_deref().map(|a| timestamp("archived_at", a)).transpose()?,
            version: u64::try_from(version).map_err(|_| bad("version", &version.to_string()))?,
        })
    }
}

/// How many ids a statement binds at most when it reads many records at once.
pub(crate) const IDS_PER_STATEMENT: usize = 500;

/// `n` placeholders for values bound in order: `$1, $2, …` on PostgreSQL, `?` on SQLite,
/// where sqlx looks each numbered one up by name among all the statement's (so that binding
/// thousands of them costs the square of their number).
pub(crate) fn placeholders(postgres: bool, n: usize) -> Vec<String> {
    if postgres { (1..=n).map(|i| format!("${i}")).collect() } else { vec!["?".to_owned(); n] }
}

pub(crate) fn bad(column: &'static str, value: &str) -> StoreError {
    StoreError::BadColumn { column, value: value.to_owned() }
}

pub(crate) fn timestamp(column: &'static str, value: &str) -> Result<Timestamp, StoreError> {
    value.parse::<Timestamp>().map_err(|_| bad(column, value))
}

impl From<Record<mitra_domain::OrganizationDraft>> for Organization {
    fn from(r: Record<mitra_domain::OrganizationDraft>) -> Self {
        Organization {
            id: r.id,
            details: r.details,
            created_at: r.created_at,
            updated_at: r.updated_at,
            archived_at: r.archived_at,
            version: r.version,
        }
    }
}

impl From<Record<mitra_domain::OpportunityDraft>> for Opportunity {
    fn from(r: Record<mitra_domain::OpportunityDraft>) -> Self {
        Opportunity {
            id: r.id,
            details: r.details,
            created_at: r.created_at,
            updated_at: r.updated_at,
            archived_at: r.archived_at,
            version: r.version,
        }
    }
}

/// The time a change is stamped with: `at`, or just after the record's last change when the
/// caller's clock is behind it, so that `updated_at` never goes backwards (another process's
/// clock, or a writer that waited for the lock, can be behind).
pub(crate) fn change_time(at: Timestamp, last: Timestamp) -> Timestamp {
    let at = stored_time(at);
    if at > last { at } else { last.checked_add(jiff::SignedDuration::from_micros(1)).unwrap_or(last) }
}

/// `VersionMismatch` unless the record is at the `expected` version (when one is given).
pub(crate) fn check_version(
    entity: &'static str,
    id: Uuid,
    expected: Option<u64>,
    current: u64,
) -> Result<(), StoreError> {
    match expected {
        Some(expected) if expected != current => Err(StoreError::VersionMismatch { entity, id, current }),
        _ => Ok(()),
    }
}

/// Moves the counter `$1` on by `$2` and returns its new value. The counter's row then stays
/// locked until the unit of work ends, so values are handed out in the order their units commit
/// (ordering keys, the opportunities' change counter).
pub(crate) const TAKE_FROM_COUNTER: &str =
    "UPDATE change_counters SET value = value + $2 WHERE name = $1 RETURNING value";

/// Cuts the one extra row a list query fetches and turns it into the next cursor.
pub(crate) fn paged<T>(mut items: Vec<T>, limit: u32, id: impl Fn(&T) -> Uuid) -> mitra_domain::Listed<T> {
    let limit = limit as usize;
    let next = if items.len() > limit {
        items.truncate(limit);
        items.last().map(id)
    } else {
        None
    };
    mitra_domain::Listed { items, next }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_times_have_six_fractional_digits_so_text_order_is_time_order() {
        let whole: Timestamp = "2026-12-01T18:57:03Z".parse().unwrap();
        let later: Timestamp = "2026-12-01T18:57:03.000001234Z".parse().unwrap();
        assert_eq!(time_text(whole), "2026-12-01T18:57:03.000000Z");
        assert_eq!(time_text(later), "2026-12-01T18:57:03.000001Z");
        assert!(time_text(whole) < time_text(later));
        assert_eq!(time_text(stored_time(later)).parse::<Timestamp>().unwrap(), stored_time(later));
    }
}
