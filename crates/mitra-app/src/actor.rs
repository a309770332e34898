//! Who is acting: every use case takes one.

use mitra_domain::{Email, Role};
use mitra_store::Membership;
use uuid::Uuid;

/// Through which door a change came in, as the audit log records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interface {
    Api,
    Web,
    Cli,
}

impl Interface {
    pub fn as_str(self) -> &'static str {
        match self {
            Interface::Api => "api",
            Interface::Web => "web",
            Interface::Cli => "cli",
        }
    }
}

/// The one making a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// Someone who has not signed in: the web pages, the API without a token, a `curl`.
    Anonymous,
    /// A signed-in user, with the roles they hold.
    User(Person),
    /// Mitra itself: the command line's demo and migrations, background work.
    System,
}

/// A signed-in user as the policy sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub user_id: Uuid,
    pub email: Email,
    pub name: String,
    /// The language they chose for the pages, if any.
    pub locale: Option<String>,
    pub memberships: Vec<Membership>,
    pub interface: Interface,
}

impl Person {
    /// Whether they hold `role` across the platform.
    pub fn is_platform(&self, role: Role) -> bool {
        self.memberships.iter().any(|m| m.organization_id.is_none() && m.role == role)
    }

    /// Whether they hold `role` in `organization_id`.
    pub fn holds(&self, role: Role, organization_id: Uuid) -> bool {
        self.memberships.iter().any(|m| m.organization_id == Some(organization_id) && m.role == role)
    }

    /// The organisations in which they hold `role`.
    pub fn organizations_as(&self, role: Role) -> Vec<Uuid> {
        let mut ids: Vec<Uuid> =
            self.memberships.iter().filter(|m| m.role == role).filter_map(|m| m.organization_id).collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Every role they hold, anywhere, without repeats.
    pub fn roles(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = self.memberships.iter().map(|m| m.role).collect();
        roles.sort();
        roles.dedup();
        roles
    }
}

impl Actor {
    /// The person, if a user is acting.
    pub fn person(&self) -> Option<&Person> {
        match self {
            Actor::User(person) => Some(person),
            _ => None,
        }
    }
}
