//! The one authorisation policy: every use case asks it before it reads or writes.
//!
//! Until accounts exist, the anonymous visitor may do what the API has always allowed (read the
//! registry, create and change records), and only Mitra itself may import in bulk or run
//! maintenance. The accounts issue replaces the visitor's write rights with roles; because every
//! use case already asks here, that change is made in this one module.

use uuid::Uuid;

use crate::actor::Actor;
use crate::error::AppError;

/// What an actor wants to do, and to which record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ReadRegistry,
    CreateOrganization,
    ChangeOrganization(Uuid),
    ReadOpportunities,
    CreateOpportunity {
        partner_id: Uuid,
    },
    ChangeOpportunity(Uuid),
    Recommend(Uuid),
    /// Store many records at once (the demo, imports).
    ImportRegistry,
    /// Background work on derived data.
    Maintain,
}

/// Whether `actor` may do `action`: `Forbidden` when not.
pub fn authorize(actor: &Actor, action: Action) -> Result<(), AppError> {
    let allowed = match (actor, action) {
        (Actor::System, _) => true,
        (Actor::Anonymous, Action::ImportRegistry | Action::Maintain) => false,
        (Actor::Anonymous, _) => true,
    };
    if allowed { Ok(()) } else { Err(AppError::Forbidden) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_mitra_itself_imports_in_bulk_or_runs_maintenance() {
        assert!(matches!(authorize(&Actor::Anonymous, Action::ImportRegistry), Err(AppError::Forbidden)));
        assert!(matches!(authorize(&Actor::Anonymous, Action::Maintain), Err(AppError::Forbidden)));
        assert!(authorize(&Actor::System, Action::ImportRegistry).is_ok());
        assert!(authorize(&Actor::Anonymous, Action::ReadRegistry).is_ok());
    }
}
