//! The audit log as the use cases write it (in the unit of work that makes the change) and as
//! administrators read and export it.

use jiff::Timestamp;
use mitra_store::{AuditEntry, AuditFilter, UnitOfWork};
use uuid::Uuid;

use crate::policy::{Action, authorize};
use crate::{Actor, App, AppError};

/// One change to write: to which record, what was done, and its values before and after.
#[derive(Debug, Clone)]
pub struct Change {
    pub entity: &'static str,
    pub record_id: Uuid,
    pub action: &'static str,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl Change {
    pub fn created(entity: &'static str, record_id: Uuid, after: &impl serde::Serialize) -> Self {
        Self { entity, record_id, action: "create", before: None, after: serde_json::to_value(after).ok() }
    }

    pub fn created_value(entity: &'static str, record_id: Uuid, after: serde_json::Value) -> Self {
        Self { entity, record_id, action: "create", before: None, after: Some(after) }
    }

    pub fn changed(
        entity: &'static str,
        record_id: Uuid,
        action: &'static str,
        before: &impl serde::Serialize,
        after: &impl serde::Serialize,
    ) -> Self {
        Self {
            entity,
            record_id,
            action,
            before: serde_json::to_value(before).ok(),
            after: serde_json::to_value(after).ok(),
        }
    }

    /// Something done to a record whose values the log does not keep (a password change).
    pub fn action(entity: &'static str, record_id: Uuid, action: &'static str) -> Self {
        Self { entity, record_id, action, before: None, after: None }
    }
}

/// Appends `change` by `actor` at `now` to the log, in `unit`.
pub(crate) async fn record_change(
    unit: &mut dyn UnitOfWork,
    actor: &Actor,
    now: Timestamp,
    change: Change,
) -> Result<(), AppError> {
    let (user_id, who, interface) = match actor {
        Actor::User(person) => {
            (Some(person.user_id), person.email.as_str().to_owned(), person.interface.as_str())
        }
        Actor::System => (None, "system".to_owned(), "system"),
        Actor::Anonymous => (None, "anonymous".to_owned(), "web"),
    };
    let entry = AuditEntry {
        seq: 0,
        at: now,
        user_id,
        actor: who,
        interface: interface.to_owned(),
        entity: change.entity.to_owned(),
        record_id: change.record_id,
        action: change.action.to_owned(),
        before: change.before,
        after: change.after,
    };
    Ok(unit.append_audit(&entry).await?)
}

impl App {
    /// Audit entries that match `filter`, newest first, from before `before_seq`: the
    /// administrators' view.
    pub async fn audit_log(
        &self,
        actor: &Actor,
        filter: &AuditFilter,
        before_seq: Option<i64>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, AppError> {
        authorize(actor, Action::Administer)?;
        let mut unit = self.store().read().await?;
        Ok(unit.audit_entries(filter, before_seq, limit.clamp(1, 1000)).await?)
    }
}
