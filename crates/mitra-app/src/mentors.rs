//! Mentors as people: a mentor writes their profile (what they know, languages, where, how
//! many mentees at once, whether they take new ones), and those who run a programme keep its
//! pool of mentors, which its match rounds draw on.

use mitra_domain::{Email, MentorProfile, Problem, Programme, Role};
use mitra_store::{StoredMentor, UnitOfWork, User};
use uuid::Uuid;

use crate::audit::{Change, record_change};
use crate::policy::{Action, authorize, hide_forbidden, require_signed_in};
use crate::registry::found;
use crate::{Actor, App, AppError};

/// A mentor: who they are, their profile if they wrote one, and the programmes whose pools
/// hold them.
#[derive(Debug, Clone, PartialEq)]
pub struct MentorRecord {
    pub user_id: Uuid,
    pub name: String,
    pub email: Email,
    pub mentor: Option<StoredMentor>,
    pub pools: Vec<Uuid>,
}

/// A programme's pool of mentors, by name.
#[derive(Debug, Clone, PartialEq)]
pub struct Pool {
    pub programme: Programme,
    pub mentors: Vec<(User, StoredMentor)>,
    /// Mentees the pool can take at once, counting mentors who take new ones today.
    pub open_capacity: u32,
}

impl App {
    /// A mentor's record: `NotFound` for someone who is not a mentor or whom `actor` may not see.
    pub async fn mentor(&self, actor: &Actor, user_id: Uuid) -> Result<MentorRecord, AppError> {
        authorize(actor, Action::SeeMentor { user_id }).map_err(|e| hide_forbidden(e, "mentor", user_id))?;
        let mut unit = self.store().read().await?;
        let user = mentor_user(unit.as_mut(), user_id).await?;
        let mentor = unit.mentor_profile(user_id).await?;
        let pools = unit.pools_of(user_id).await?;
        Ok(MentorRecord { user_id, name: user.name, email: user.email, mentor, pools })
    }

    /// Writes a mentor's profile, if it is still at version `expected` when one is given (0 for
    /// one not yet written).
    pub async fn save_mentor_profile(
        &self,
        actor: &Actor,
        user_id: Uuid,
        profile: MentorProfile,
        expected: Option<u64>,
    ) -> Result<StoredMentor, AppError> {
        require_signed_in(actor)?;
        authorize(actor, Action::ChangeMentorProfile { user_id })
            .map_err(|e| hide_forbidden(e, "mentor", user_id))?;
        let checked = profile.check().map_err(AppError::Invalid)?;
        let mut unit = self.store().write().await?;
        mentor_user(unit.as_mut(), user_id).await?;
        let before = unit.mentor_profile(user_id).await?;
        let now = self.clock().now();
        let stored = unit.put_mentor_profile(user_id, &checked, expected, now).await?;
        let change = match before {
            Some(before) => {
                Change::changed("mentor_profile", user_id, "update", &before.profile, &stored.profile)
            }
            None => Change::created("mentor_profile", user_id, &stored.profile),
        };
        record_change(unit.as_mut(), actor, now, change).await?;
        unit.commit().await?;
        Ok(stored)
    }

    /// A programme's pool of mentors, for those who run it.
    pub async fn mentor_pool(&self, actor: &Actor, programme_id: Uuid) -> Result<Pool, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().read().await?;
        let programme = found(unit.programme(programme_id).await?, "programme", programme_id)?;
        authorize(actor, Action::RunProgramme { run_by: programme.details.run_by })?;
        let mentors = unit.pool(programme_id).await?;
        let today = self.today();
        let open_capacity = mentors
            .iter()
            .filter(|(_, m)| m.profile.takes_mentees_on(today))
            .map(|(_, m)| u32::from(m.profile.capacity))
            .sum();
        Ok(Pool { programme, mentors, open_capacity })
    }

    /// Puts the mentor with this email address in a programme's pool; whether they were not
    /// in it already. Only a mentor who has written a profile can be added.
    pub async fn add_mentor_to_pool(
        &self,
        actor: &Actor,
        programme_id: Uuid,
        email: &str,
    ) -> Result<bool, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().write().await?;
        let programme = found(unit.lock_programme(programme_id).await?, "programme", programme_id)?;
        authorize(actor, Action::RunProgramme { run_by: programme.details.run_by })?;
        let not_a_mentor = || AppError::field("email", Problem::NotAMentor);
        let email = Email::parse(email).map_err(|e| AppError::Invalid(vec![e]))?;
        let user = unit.user_by_email(&email).await?.ok_or_else(not_a_mentor)?;
        let is_mentor = unit.memberships(user.id).await?.iter().any(|m| m.role == Role::Mentor);
        if !is_mentor || user.disabled_at.is_some() || unit.mentor_profile(user.id).await?.is_none() {
            return Err(not_a_mentor());
        }
        let now = self.clock().now();
        let added = unit.add_to_pool(programme_id, user.id, now).await?;
        if added {
            let value = serde_json::json!({ "programme_id": programme_id, "user_id": user.id });
            record_change(
                unit.as_mut(),
                actor,
                now,
                Change::created_value("programme_mentor", programme_id, value),
            )
            .await?;
        }
        unit.commit().await?;
        Ok(added)
    }

    /// Takes a mentor out of a programme's pool; whether they were in it.
    pub async fn remove_mentor_from_pool(
        &self,
        actor: &Actor,
        programme_id: Uuid,
        user_id: Uuid,
    ) -> Result<bool, AppError> {
        require_signed_in(actor)?;
        let mut unit = self.store().write().await?;
        let programme = found(unit.lock_programme(programme_id).await?, "programme", programme_id)?;
        authorize(actor, Action::RunProgramme { run_by: programme.details.run_by })?;
        let removed = unit.remove_from_pool(programme_id, user_id).await?;
        if removed {
            let now = self.clock().now();
            let mut change = Change::action("programme_mentor", programme_id, "remove");
            change.before = Some(serde_json::json!({ "programme_id": programme_id, "user_id": user_id }));
            record_change(unit.as_mut(), actor, now, change).await?;
        }
        unit.commit().await?;
        Ok(removed)
    }
}

/// The user `user_id` if they hold the mentor role, else `NotFound`.
async fn mentor_user(unit: &mut dyn UnitOfWork, user_id: Uuid) -> Result<User, AppError> {
    let user = found(unit.user(user_id).await?, "mentor", user_id)?;
    if unit.memberships(user_id).await?.iter().any(|m| m.role == Role::Mentor) {
        Ok(user)
    } else {
        Err(AppError::NotFound { entity: "mentor", id: user_id })
    }
}
