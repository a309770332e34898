//! Accounts: users and their roles, sessions, API tokens, invitations, password resets and
//! the attempts that rate-limit signing in.
//!
//! Every secret (a session's cookie, a token, an invitation or reset link) is stored only as
//! the hash the application gives; this module never sees a secret itself.

use jiff::Timestamp;
use mitra_domain::{Email, Role};
use uuid::Uuid;

use crate::StoreError;
use crate::rows::{bad, time_text, timestamp};
use crate::unit::{SqlUnit, each_backend};

/// A user as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: Uuid,
    pub email: Email,
    pub name: String,
    /// The PHC string of the password's argon2id hash.
    pub password_hash: String,
    /// The language the user chose for the pages, if any (a BCP 47 tag).
    pub locale: Option<String>,
    pub created_at: Timestamp,
    /// Sessions and tokens from before this time are no longer accepted.
    pub password_changed_at: Timestamp,
    pub disabled_at: Option<Timestamp>,
}

/// A role a user holds, in an organisation or (with none) across the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Membership {
    pub organization_id: Option<Uuid>,
    pub role: Role,
}

/// A signed-in browser, by the hash of its cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user_id: Uuid,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
}

/// A personal API token, without its secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    pub last_used_at: Option<Timestamp>,
}

/// An invitation to join with a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: Uuid,
    pub email: Email,
    pub membership: Membership,
    pub invited_by: Uuid,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub accepted_at: Option<Timestamp>,
}

/// A request to reset a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordReset {
    pub user_id: Uuid,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
}

/// Accounts, within one unit of work.
#[async_trait::async_trait]
pub trait Accounts {
    /// Stores a new user; `Duplicate` on `email` when the address has an account.
    async fn insert_user(&mut self, user: &User) -> Result<(), StoreError>;
    async fn user(&mut self, id: Uuid) -> Result<Option<User>, StoreError>;
    async fn user_by_email(&mut self, email: &Email) -> Result<Option<User>, StoreError>;
    /// Users by address, from the one after `after`, at most `limit`.
    async fn users(&mut self, after: Option<&Email>, limit: u32) -> Result<Vec<User>, StoreError>;
    /// Replaces a user's password hash and notes when.
    async fn set_password(&mut self, user_id: Uuid, hash: &str, at: Timestamp) -> Result<(), StoreError>;
    async fn set_locale(&mut self, user_id: Uuid, locale: Option<&str>) -> Result<(), StoreError>;

    /// Gives a user a role; giving it again changes nothing.
    async fn add_membership(
        &mut self,
        user_id: Uuid,
        membership: Membership,
        at: Timestamp,
    ) -> Result<(), StoreError>;
    async fn memberships(&mut self, user_id: Uuid) -> Result<Vec<Membership>, StoreError>;
    /// The users who hold a role in an organisation, with the role.
    async fn members(&mut self, organization_id: Uuid) -> Result<Vec<(User, Role)>, StoreError>;
    /// The live owners of live MSMEs that have no report of `month` and have not been reminded
    /// of it, with the firm's id, by firm.
    async fn owners_to_remind(&mut self, month: jiff::civil::Date) -> Result<Vec<(Uuid, User)>, StoreError>;
    /// Notes that the firm was reminded of `month` at `at`.
    async fn note_reminded(
        &mut self,
        msme_id: Uuid,
        month: jiff::civil::Date,
        at: Timestamp,
    ) -> Result<(), StoreError>;

    async fn insert_session(&mut self, id_hash: &str, user_id: Uuid, at: Timestamp)
    -> Result<(), StoreError>;
    async fn session(&mut self, id_hash: &str) -> Result<Option<Session>, StoreError>;
    async fn touch_session(&mut self, id_hash: &str, at: Timestamp) -> Result<(), StoreError>;
    async fn delete_session(&mut self, id_hash: &str) -> Result<(), StoreError>;
    /// Ends every session of a user (after a password change or reset).
    async fn delete_sessions_of(&mut self, user_id: Uuid) -> Result<(), StoreError>;

    async fn insert_api_token(&mut self, token: &ApiToken, token_hash: &str) -> Result<(), StoreError>;
    async fn api_token_by_hash(&mut self, token_hash: &str) -> Result<Option<ApiToken>, StoreError>;
    async fn api_tokens_of(&mut self, user_id: Uuid) -> Result<Vec<ApiToken>, StoreError>;
    /// Revokes a user's token; false when the user has no such live token.
    async fn revoke_api_token(&mut self, user_id: Uuid, id: Uuid, at: Timestamp) -> Result<bool, StoreError>;
    async fn touch_api_token(&mut self, id: Uuid, at: Timestamp) -> Result<(), StoreError>;

    async fn insert_invitation(
        &mut self,
        invitation: &Invitation,
        token_hash: &str,
    ) -> Result<(), StoreError>;
    async fn invitation_by_hash(&mut self, token_hash: &str) -> Result<Option<Invitation>, StoreError>;
    /// Marks an invitation accepted, if it was not yet: false when it already was.
    async fn accept_invitation(&mut self, id: Uuid, at: Timestamp) -> Result<bool, StoreError>;
    /// The latest invitations, newest first.
    async fn invitations(&mut self, limit: u32) -> Result<Vec<Invitation>, StoreError>;

    async fn insert_password_reset(
        &mut self,
        reset: &PasswordReset,
        token_hash: &str,
    ) -> Result<(), StoreError>;
    async fn password_reset_by_hash(&mut self, token_hash: &str)
    -> Result<Option<PasswordReset>, StoreError>;
    /// Marks a reset used, if it was not yet: false when it already was.
    async fn use_password_reset(&mut self, token_hash: &str, at: Timestamp) -> Result<bool, StoreError>;

    /// Notes an attempt under `key` (such as `sign-in:account:…`) and forgets those under the
    /// same key before `forget_before`.
    async fn record_attempt(
        &mut self,
        key: &str,
        at: Timestamp,
        forget_before: Timestamp,
    ) -> Result<(), StoreError>;
    /// How many attempts under `key` were made at or after `since`.
    async fn attempts_since(&mut self, key: &str, since: Timestamp) -> Result<u64, StoreError>;
}

pub(crate) type UserColumns =
    (String, String, String, String, Option<String>, String, String, Option<String>);
pub(crate) const USER_COLUMNS: &str = "users.id, users.email, users.name, users.password_hash, users.locale, users.created_at, users.password_changed_at, users.disabled_at";

pub(crate) fn user_from(row: UserColumns) -> Result<User, StoreError> {
    let (id, email, name, password_hash, locale, created_at, password_changed_at, disabled_at) = row;
    Ok(User {
        id: uuid("users.id", &id)?,
        email: Email::parse(&email).map_err(|_| bad("users.email", &email))?,
        name,
        password_hash,
        locale,
        created_at: timestamp("users.created_at", &created_at)?,
        password_changed_at: timestamp("users.password_changed_at", &password_changed_at)?,
        disabled_at: optional_time("users.disabled_at", disabled_at)?,
    })
}

pub(crate) fn uuid(column: &'static str, value: &str) -> Result<Uuid, StoreError> {
    value.parse().map_err(|_| bad(column, value))
}

pub(crate) fn optional_time(
    column: &'static str,
    value: Option<String>,
) -> Result<Option<Timestamp>, StoreError> {
    value.as_deref().map(|value| timestamp(column, value)).transpose()
}

fn role(column: &'static str, value: &str) -> Result<Role, StoreError> {
    Role::parse(value).ok_or_else(|| bad(column, value))
}

fn membership(organization_id: Option<String>, role_name: &str) -> Result<Membership, StoreError> {
    Ok(Membership {
        organization_id: organization_id.as_deref().map(|id| uuid("organization_id", id)).transpose()?,
        role: role("role", role_name)?,
    })
}

type TokenColumns = (String, String, String, String, String, Option<String>, Option<String>);
const TOKEN_COLUMNS: &str = "id, user_id, name, created_at, expires_at, revoked_at, last_used_at";

fn token_from(row: TokenColumns) -> Result<ApiToken, StoreError> {
    let (id, user_id, name, created_at, expires_at, revoked_at, last_used_at) = row;
    Ok(ApiToken {
        id: uuid("api_tokens.id", &id)?,
        user_id: uuid("api_tokens.user_id", &user_id)?,
        name,
        created_at: timestamp("api_tokens.created_at", &created_at)?,
        expires_at: timestamp("api_tokens.expires_at", &expires_at)?,
        revoked_at: optional_time("api_tokens.revoked_at", revoked_at)?,
        last_used_at: optional_time("api_tokens.last_used_at", last_used_at)?,
    })
}

type InvitationColumns = (String, String, Option<String>, String, String, String, String, Option<String>);
const INVITATION_COLUMNS: &str =
    "id, email, organization_id, role, invited_by, created_at, expires_at, accepted_at";

fn invitation_from(row: InvitationColumns) -> Result<Invitation, StoreError> {
    let (id, email, organization_id, role_name, invited_by, created_at, expires_at, accepted_at) = row;
    Ok(Invitation {
        id: uuid("invitations.id", &id)?,
        email: Email::parse(&email).map_err(|_| bad("invitations.email", &email))?,
        membership: membership(organization_id, &role_name)?,
        invited_by: uuid("invitations.invited_by", &invited_by)?,
        created_at: timestamp("invitations.created_at", &created_at)?,
        expires_at: timestamp("invitations.expires_at", &expires_at)?,
        accepted_at: optional_time("invitations.accepted_at", accepted_at)?,
    })
}

/// A unique-constraint violation, as the caller's doing.
pub(crate) fn duplicate(error: sqlx::Error, entity: &'static str, field: &'static str) -> StoreError {
    match &error {
        sqlx::Error::Database(database) if database.is_unique_violation() => {
            StoreError::Duplicate { entity, field }
        }
        _ => StoreError::Database(error),
    }
}

#[async_trait::async_trait]
impl Accounts for SqlUnit {
    async fn insert_user(&mut self, user: &User) -> Result<(), StoreError> {
        let inserted = each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO users (id, email, name, password_hash, locale, created_at, password_changed_at, disabled_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(user.id.to_string())
            .bind(user.email.as_str())
            .bind(&user.name)
            .bind(&user.password_hash)
            .bind(user.locale.as_deref())
            .bind(time_text(user.created_at))
            .bind(time_text(user.password_changed_at))
            .bind(user.disabled_at.map(time_text))
            .execute(&mut **tx)
            .await
            .map(|_| ())
        });
        inserted.map_err(|error| duplicate(error, "user", "email"))
    }

    async fn user(&mut self, id: Uuid) -> Result<Option<User>, StoreError> {
        let select = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row: Option<UserColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(id.to_string()).fetch_optional(&mut **tx).await?
        });
        row.map(user_from).transpose()
    }

    async fn user_by_email(&mut self, email: &Email) -> Result<Option<User>, StoreError> {
        let select = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
        let row: Option<UserColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(email.as_str()).fetch_optional(&mut **tx).await?
        });
        row.map(user_from).transpose()
    }

    async fn users(&mut self, after: Option<&Email>, limit: u32) -> Result<Vec<User>, StoreError> {
        let select = format!("SELECT {USER_COLUMNS} FROM users WHERE email > $1 ORDER BY email LIMIT $2");
        let rows: Vec<UserColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(after.map(Email::as_str).unwrap_or(""))
                .bind(i64::from(limit))
                .fetch_all(&mut **tx)
                .await?
        });
        rows.into_iter().map(user_from).collect()
    }

    async fn set_password(&mut self, user_id: Uuid, hash: &str, at: Timestamp) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query("UPDATE users SET password_hash = $2, password_changed_at = $3 WHERE id = $1")
                .bind(user_id.to_string())
                .bind(hash)
                .bind(time_text(at))
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    async fn set_locale(&mut self, user_id: Uuid, locale: Option<&str>) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query("UPDATE users SET locale = $2 WHERE id = $1")
                .bind(user_id.to_string())
                .bind(locale)
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    async fn add_membership(
        &mut self,
        user_id: Uuid,
        membership: Membership,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO memberships (user_id, organization_id, role, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(user_id.to_string())
            .bind(membership.organization_id.map(|id| id.to_string()))
            .bind(membership.role.as_str())
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn memberships(&mut self, user_id: Uuid) -> Result<Vec<Membership>, StoreError> {
        let rows: Vec<(Option<String>, String)> = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT organization_id, role FROM memberships WHERE user_id = $1 ORDER BY created_at, role",
            )
            .bind(user_id.to_string())
            .fetch_all(&mut **tx)
            .await?
        });
        rows.into_iter().map(|(organization_id, role_name)| membership(organization_id, &role_name)).collect()
    }

    async fn owners_to_remind(&mut self, month: jiff::civil::Date) -> Result<Vec<(Uuid, User)>, StoreError> {
        let select = format!(
            "SELECT {USER_COLUMNS}, memberships.organization_id FROM memberships \
             JOIN users ON users.id = memberships.user_id \
             JOIN organizations o ON o.id = memberships.organization_id \
             WHERE memberships.role = 'msme_owner' AND users.disabled_at IS NULL \
             AND o.kind = 'msme' AND o.archived_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM recovery_reports r WHERE r.msme_id = o.id AND r.month = $1) \
             AND NOT EXISTS (SELECT 1 FROM recovery_reminders q WHERE q.msme_id = o.id AND q.month = $1) \
             ORDER BY memberships.organization_id, users.email"
        );
        type Row = (String, String, String, String, Option<String>, String, String, Option<String>, String);
        let rows: Vec<Row> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(month.first_of_month().to_string())
                .fetch_all(&mut **tx)
                .await?
        });
        rows.into_iter()
            .map(|(a, b, c, d, e, f, g, h, firm)| {
                let firm =
                    firm.parse().map_err(|_| crate::rows::bad("memberships.organization_id", &firm))?;
                Ok((firm, user_from((a, b, c, d, e, f, g, h))?))
            })
            .collect()
    }

    async fn note_reminded(
        &mut self,
        msme_id: Uuid,
        month: jiff::civil::Date,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query("INSERT INTO recovery_reminders (msme_id, month, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                .bind(msme_id.to_string())
                .bind(month.first_of_month().to_string())
                .bind(time_text(at))
                .execute(&mut **tx)
                .await?;
        });
        Ok(())
    }

    async fn members(&mut self, organization_id: Uuid) -> Result<Vec<(User, Role)>, StoreError> {
        let select = format!(
            "SELECT {USER_COLUMNS}, memberships.role FROM memberships JOIN users ON users.id = memberships.user_id \
             WHERE memberships.organization_id = $1 ORDER BY users.email, memberships.role"
        );
        type Row = (String, String, String, String, Option<String>, String, String, Option<String>, String);
        let rows: Vec<Row> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select))
                .bind(organization_id.to_string())
                .fetch_all(&mut **tx)
                .await?
        });
        rows.into_iter()
            .map(|(a, b, c, d, e, f, g, h, role_name)| {
                Ok((user_from((a, b, c, d, e, f, g, h))?, role("role", &role_name)?))
            })
            .collect()
    }

    async fn insert_session(
        &mut self,
        id_hash: &str,
        user_id: Uuid,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)",
            )
            .bind(id_hash)
            .bind(user_id.to_string())
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn session(&mut self, id_hash: &str) -> Result<Option<Session>, StoreError> {
        let row: Option<(String, String, String)> = each_backend!(self, |tx| {
            sqlx::query_as("SELECT user_id, created_at, last_seen_at FROM sessions WHERE id_hash = $1")
                .bind(id_hash)
                .fetch_optional(&mut **tx)
                .await?
        });
        row.map(|(user_id, created_at, last_seen_at)| {
            Ok(Session {
                user_id: uuid("sessions.user_id", &user_id)?,
                created_at: timestamp("sessions.created_at", &created_at)?,
                last_seen_at: timestamp("sessions.last_seen_at", &last_seen_at)?,
            })
        })
        .transpose()
    }

    async fn touch_session(&mut self, id_hash: &str, at: Timestamp) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1 AND last_seen_at < $2")
                .bind(id_hash)
                .bind(time_text(at))
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    async fn delete_session(&mut self, id_hash: &str) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                .bind(id_hash)
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    async fn delete_sessions_of(&mut self, user_id: Uuid) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user_id.to_string())
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    async fn insert_api_token(&mut self, token: &ApiToken, token_hash: &str) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, expires_at, revoked_at, last_used_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL)",
            )
            .bind(token.id.to_string())
            .bind(token.user_id.to_string())
            .bind(&token.name)
            .bind(token_hash)
            .bind(time_text(token.created_at))
            .bind(time_text(token.expires_at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn api_token_by_hash(&mut self, token_hash: &str) -> Result<Option<ApiToken>, StoreError> {
        let select = format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $1");
        let row: Option<TokenColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(token_hash).fetch_optional(&mut **tx).await?
        });
        row.map(token_from).transpose()
    }

    async fn api_tokens_of(&mut self, user_id: Uuid) -> Result<Vec<ApiToken>, StoreError> {
        let select =
            format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id");
        let rows: Vec<TokenColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(user_id.to_string()).fetch_all(&mut **tx).await?
        });
        rows.into_iter().map(token_from).collect()
    }

    async fn revoke_api_token(&mut self, user_id: Uuid, id: Uuid, at: Timestamp) -> Result<bool, StoreError> {
        let revoked = each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL",
            )
            .bind(id.to_string())
            .bind(user_id.to_string())
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(revoked > 0)
    }

    async fn touch_api_token(&mut self, id: Uuid, at: Timestamp) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
                .bind(id.to_string())
                .bind(time_text(at))
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    async fn insert_invitation(
        &mut self,
        invitation: &Invitation,
        token_hash: &str,
    ) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO invitations (id, token_hash, email, organization_id, role, invited_by, created_at, expires_at, accepted_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL)",
            )
            .bind(invitation.id.to_string())
            .bind(token_hash)
            .bind(invitation.email.as_str())
            .bind(invitation.membership.organization_id.map(|id| id.to_string()))
            .bind(invitation.membership.role.as_str())
            .bind(invitation.invited_by.to_string())
            .bind(time_text(invitation.created_at))
            .bind(time_text(invitation.expires_at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn invitation_by_hash(&mut self, token_hash: &str) -> Result<Option<Invitation>, StoreError> {
        let select = format!("SELECT {INVITATION_COLUMNS} FROM invitations WHERE token_hash = $1");
        let row: Option<InvitationColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(token_hash).fetch_optional(&mut **tx).await?
        });
        row.map(invitation_from).transpose()
    }

    async fn accept_invitation(&mut self, id: Uuid, at: Timestamp) -> Result<bool, StoreError> {
        let accepted = each_backend!(self, |tx| {
            sqlx::query("UPDATE invitations SET accepted_at = $2 WHERE id = $1 AND accepted_at IS NULL")
                .bind(id.to_string())
                .bind(time_text(at))
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(accepted > 0)
    }

    async fn invitations(&mut self, limit: u32) -> Result<Vec<Invitation>, StoreError> {
        let select =
            format!("SELECT {INVITATION_COLUMNS} FROM invitations ORDER BY created_at DESC, id LIMIT $1");
        let rows: Vec<InvitationColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(select)).bind(i64::from(limit)).fetch_all(&mut **tx).await?
        });
        rows.into_iter().map(invitation_from).collect()
    }

    async fn insert_password_reset(
        &mut self,
        reset: &PasswordReset,
        token_hash: &str,
    ) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at, used_at) VALUES ($1, $2, $3, $4, NULL)",
            )
            .bind(token_hash)
            .bind(reset.user_id.to_string())
            .bind(time_text(reset.created_at))
            .bind(time_text(reset.expires_at))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    async fn password_reset_by_hash(
        &mut self,
        token_hash: &str,
    ) -> Result<Option<PasswordReset>, StoreError> {
        let row: Option<(String, String, String, Option<String>)> = each_backend!(self, |tx| {
            sqlx::query_as(
                "SELECT user_id, created_at, expires_at, used_at FROM password_resets WHERE token_hash = $1",
            )
            .bind(token_hash)
            .fetch_optional(&mut **tx)
            .await?
        });
        row.map(|(user_id, created_at, expires_at, used_at)| {
            Ok(PasswordReset {
                user_id: uuid("password_resets.user_id", &user_id)?,
                created_at: timestamp("password_resets.created_at", &created_at)?,
                expires_at: timestamp("password_resets.expires_at", &expires_at)?,
                used_at: optional_time("password_resets.used_at", used_at)?,
            })
        })
        .transpose()
    }

    async fn use_password_reset(&mut self, token_hash: &str, at: Timestamp) -> Result<bool, StoreError> {
        let used = each_backend!(self, |tx| {
            sqlx::query("UPDATE password_resets SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL")
                .bind(token_hash)
                .bind(time_text(at))
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(used > 0)
    }

    async fn record_attempt(
        &mut self,
        key: &str,
        at: Timestamp,
        forget_before: Timestamp,
    ) -> Result<(), StoreError> {
        each_backend!(self, |tx| {
            sqlx::query("DELETE FROM attempts WHERE key = $1 AND at < $2")
                .bind(key)
                .bind(time_text(forget_before))
                .execute(&mut **tx)
                .await?;
            sqlx::query("INSERT INTO attempts (key, at) VALUES ($1, $2)")
                .bind(key)
                .bind(time_text(at))
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    async fn attempts_since(&mut self, key: &str, since: Timestamp) -> Result<u64, StoreError> {
        let count: i64 = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT COUNT(*) FROM attempts WHERE key = $1 AND at >= $2")
                .bind(key)
                .bind(time_text(since))
                .fetch_one(&mut **tx)
                .await?
        });
        Ok(u64::try_from(count).unwrap_or(0))
    }
}

pub(crate) fn optional_uuid(column: &'static str, value: Option<String>) -> Result<Option<Uuid>, StoreError> {
    value.as_deref().map(|value| uuid(column, value)).transpose()
}
