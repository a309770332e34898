//! Mentors: each mentor's profile, and the pools of mentors programmes draw on.

use jiff::Timestamp;
use mitra_domain::{Checked, MentorProfile};
use uuid::Uuid;

use crate::StoreError;
use crate::accounts::{USER_COLUMNS, User, UserColumns, user_from, uuid};
use crate::rows::{bad, check_version, stored_time, time_text, timestamp};
use crate::unit::{SqlUnit, each_backend};

/// A mentor's profile as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMentor {
    pub user_id: Uuid,
    pub profile: MentorProfile,
    pub updated_at: Timestamp,
    /// Moves by one with every change, starting at 1.
    pub version: u64,
}

/// Mentors' profiles and programmes' pools, within one unit of work.
#[async_trait::async_trait]
pub trait Mentors {
    /// Stores the user's profile (a first one, or a change of it if it is still at version
    /// `expected` when one is given); fails with `MissingReference` for an unknown user.
    async fn put_mentor_profile(
        &mut self,
        user_id: Uuid,
        profile: &Checked<MentorProfile>,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<StoredMentor, StoreError>;

    /// The user's profile, if they have one.
    async fn mentor_profile(&mut self, user_id: Uuid) -> Result<Option<StoredMentor>, StoreError>;

    /// Puts a mentor in a programme's pool; whether they were not in it already.
    async fn add_to_pool(
        &mut self,
        programme_id: Uuid,
        user_id: Uuid,
        at: Timestamp,
    ) -> Result<bool, StoreError>;

    /// Takes a mentor out of a programme's pool; whether they were in it.
    async fn remove_from_pool(&mut self, programme_id: Uuid, user_id: Uuid) -> Result<bool, StoreError>;

    /// A programme's pool: each mentor with their profile, by name.
    async fn pool(&mut self, programme_id: Uuid) -> Result<Vec<(User, StoredMentor)>, StoreError>;

    /// The programmes whose pools hold the mentor.
    async fn pools_of(&mut self, user_id: Uuid) -> Result<Vec<Uuid>, StoreError>;
}

type MentorColumns = (String, String, String, i64);

fn mentor_from((user_id, body, updated_at, version): MentorColumns) -> Result<StoredMentor, StoreError> {
    Ok(StoredMentor {
        user_id: uuid("mentor_profiles.user_id", &user_id)?,
        profile: serde_json::from_str(&body)?,
        updated_at: timestamp("mentor_profiles.updated_at", &updated_at)?,
        version: u64::try_from(version).map_err(|_| bad("mentor_profiles.version", &version.to_string()))?,
    })
}

#[async_trait::async_trait]
impl Mentors for SqlUnit {
    async fn put_mentor_profile(
        &mut self,
        user_id: Uuid,
        profile: &Checked<MentorProfile>,
        expected: Option<u64>,
        at: Timestamp,
    ) -> Result<StoredMentor, StoreError> {
        use crate::Accounts as _;
        if self.user(user_id).await?.is_none() {
            return Err(StoreError::MissingReference { field: "user_id", id: user_id });
        }
        let current = self.mentor_profile(user_id).await?;
        let version = match &current {
            Some(current) => {
                check_version("mentor_profile", user_id, expected, current.version)?;
                current.version + 1
            }
            None => {
                check_version("mentor_profile", user_id, expected, 0)?;
                1
            }
        };
        let at = stored_time(at);
        let body = serde_json::to_string(profile.get())?;
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO mentor_profiles (user_id, body, updated_at, version) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (user_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, \
                 version = excluded.version",
            )
            .bind(user_id.to_string())
            .bind(&body)
            .bind(time_text(at))
            .bind(version as i64)
            .execute(&mut **tx)
            .await?;
        });
        Ok(StoredMentor { user_id, profile: profile.get().clone(), updated_at: at, version })
    }

    async fn mentor_profile(&mut self, user_id: Uuid) -> Result<Option<StoredMentor>, StoreError> {
        let row: Option<MentorColumns> = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT user_id, body, updated_at, version FROM mentor_profiles WHERE user_id = $1",
            )
            .bind(user_id.to_string())
            .fetch_optional(&mut **tx)
            .await?
        });
        row.map(mentor_from).transpose()
    }

    async fn add_to_pool(
        &mut self,
        programme_id: Uuid,
        user_id: Uuid,
        at: Timestamp,
    ) -> Result<bool, StoreError> {
        let added = each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO programme_mentors (programme_id, user_id, added_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (programme_id, user_id) DO NOTHING",
            )
            .bind(programme_id.to_string())
            .bind(user_id.to_string())
            .bind(time_text(stored_time(at)))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(added == 1)
    }

    async fn remove_from_pool(&mut self, programme_id: Uuid, user_id: Uuid) -> Result<bool, StoreError> {
        let removed = each_backend!(self, |tx| {
            sqlx::query("DELETE FROM programme_mentors WHERE programme_id = $1 AND user_id = $2")
                .bind(programme_id.to_string())
                .bind(user_id.to_string())
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(removed == 1)
    }

    async fn pool(&mut self, programme_id: Uuid) -> Result<Vec<(User, StoredMentor)>, StoreError> {
        let sql = format!(
            "SELECT {USER_COLUMNS}, m.user_id, m.body, m.updated_at, m.version FROM programme_mentors p \
             JOIN users ON users.id = p.user_id JOIN mentor_profiles m ON m.user_id = p.user_id \
             WHERE p.programme_id = $1 ORDER BY users.name, users.id"
        );
        type Row = (
            String,
            String,
            String,
            String,
            Option<String>,
            String,
            String,
            Option<String>,
            String,
            String,
            String,
            i64,
        );
        let rows: Vec<Row> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(programme_id.to_string())
                .fetch_all(&mut **tx)
                .await?
        });
        rows.into_iter()
            .map(|(a, b, c, d, e, f, g, h, user_id, body, updated_at, version)| {
                let user: UserColumns = (a, b, c, d, e, f, g, h);
                Ok((user_from(user)?, mentor_from((user_id, body, updated_at, version))?))
            })
            .collect()
    }

    async fn pools_of(&mut self, user_id: Uuid) -> Result<Vec<Uuid>, StoreError> {
        let ids: Vec<String> = each_backend!(self, |tx| {
            sqlx::query_scalar(
                "SELECT programme_id FROM programme_mentors WHERE user_id = $1 ORDER BY programme_id",
            )
            .bind(user_id.to_string())
            .fetch_all(&mut **tx)
            .await?
        });
        ids.iter().map(|id| uuid("programme_mentors.programme_id", id)).collect()
    }
}
