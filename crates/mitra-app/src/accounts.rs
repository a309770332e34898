//! Accounts: signing up, in and out, passwords and their reset, invitations, personal API
//! tokens, and the administrators' lists of users, invitations and email.
//!
//! A browser's session and an API token are random secrets handed to the adapter once; the
//! store keeps only their SHA-256. A session lasts [`SESSION_IDLE`] without use and
//! [`SESSION_LIFETIME`] at most, and no session or token made before the user's last password
//! change is accepted. Signing in and asking for a reset are limited per account and per
//! address, counted in the store so that every process sharing it counts the same attempts.
//! Answers never say whether an address has an account.

use jiff::{SignedDuration, Timestamp};
use mitra_domain::account::check_new_password;
use mitra_domain::{
    Email, Invalid, OrganizationDraft, OrganizationKind, OrganizationQuery, Page, Problem, Role, TextError,
};
use mitra_store::{
    ApiToken, Invitation, Membership, OutboxEmail, PasswordReset, StoreError, UnitOfWork, User,
};
use uuid::Uuid;

use crate::actor::{Interface, Person};
use crate::audit::{Change, record_change};
use crate::policy::{Action, authorize};
use crate::registry::OrganizationRecord;
use crate::secrets::{digest, hash_password, new_secret, verify_password};
use crate::{Actor, App, AppError};

/// A session ends after this long without a request.
pub const SESSION_IDLE: SignedDuration = SignedDuration::from_mins(30);
/// And this long after sign-in, however busy.
pub const SESSION_LIFETIME: SignedDuration = SignedDuration::from_hours(12);
/// How often a session's last use is written back (not on every request).
const TOUCH_EVERY: SignedDuration = SignedDuration::from_mins(1);
/// An invitation link holds this long.
pub const INVITATION_LIFETIME: SignedDuration = SignedDuration::from_hours(7 * 24);
/// A reset link holds this long.
pub const RESET_LIFETIME: SignedDuration = SignedDuration::from_hours(1);
/// The longest an API token may be made for.
pub const MOST_TOKEN_DAYS: u32 = 366;
/// The window over which attempts are counted.
const ATTEMPT_WINDOW: SignedDuration = SignedDuration::from_mins(15);
/// Failed sign-ins allowed per account, and per address, within the window.
const SIGN_IN_PER_ACCOUNT: u64 = 5;
const SIGN_IN_PER_ADDRESS: u64 = 20;
/// Reset requests allowed per account, and per address, within the window.
const RESETS_PER_ACCOUNT: u64 = 3;
const RESETS_PER_ADDRESS: u64 = 10;
/// The prefix of every API token, so that one found in a log or a repository is recognised.
pub const TOKEN_PREFIX: &str = "mitra_";

/// A new session: the secret for the cookie, and who it signs in.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub session: String,
    pub person: Person,
}

/// What an MSME owner gives to sign up.
#[derive(Debug, Clone)]
pub struct SignUp {
    pub name: String,
    pub email: String,
    pub password: String,
    /// The business, which must be an MSME.
    pub organization: OrganizationDraft,
    /// The owner has seen the possible duplicates and says theirs is another business.
    pub not_a_duplicate: bool,
    /// The language the owner signed up in (`id`, `en-IN`), kept as the account's.
    pub locale: Option<String>,
}

/// How a sign-up went.
#[derive(Debug)]
pub enum SignUpOutcome {
    /// The account and the business exist, and the owner is signed in.
    SignedUp { signed_in: SignedIn, organization: Box<OrganizationRecord> },
    /// Businesses that look like this one are registered: the owner should check them first.
    PossibleDuplicates(Vec<PossibleDuplicate>),
}

/// A registered business that looks like one being signed up, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PossibleDuplicate {
    pub id: Uuid,
    pub name: String,
    pub region: Option<String>,
    pub reason: DuplicateReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DuplicateReason {
    SameRegistrationNumber,
    SameNameInRegion,
}

/// A user with the roles they hold, for the administrators' list.
#[derive(Debug, Clone)]
pub struct UserWithRoles {
    pub user: User,
    pub memberships: Vec<Membership>,
}

/// A person to create directly, without an invitation: the demo's users, the command line.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub password: String,
    pub locale: Option<String>,
    pub memberships: Vec<Membership>,
}

impl App {
    /// The person a session cookie signs in, if it is still good: known, not idle too long,
    /// not too old, not from before a password change, of a user who is not disabled.
    pub async fn person_for_session(
        &self,
        secret: &str,
        interface: Interface,
    ) -> Result<Option<Person>, AppError> {
        let hash = digest(secret);
        let now = self.clock().now();
        let mut unit = self.store().read().await?;
        let Some(session) = unit.session(&hash).await? else {
            return Ok(None);
        };
        let idle = now.duration_since(session.last_seen_at) > SESSION_IDLE;
        let old = now.duration_since(session.created_at) > SESSION_LIFETIME;
        if idle || old {
            drop(unit);
            let mut unit = self.store().write().await?;
            unit.delete_session(&hash).await?;
            unit.commit().await?;
            return Ok(None);
        }
        let Some(person) = self.person(unit.as_mut(), session.user_id, session.created_at, interface).await?
        else {
            return Ok(None);
        };
        drop(unit);
        if now.duration_since(session.last_seen_at) > TOUCH_EVERY {
            let touched = async {
                let mut unit = self.store().write().await?;
                unit.touch_session(&hash, now).await?;
                unit.commit().await
            };
            // Noting when a session was last seen is not worth refusing the request: a
            // database busy with a long write only delays it to the next request.
            if let Err(error) = touched.await {
                tracing::warn!(error = %crate::error::chain(&error), "a session's last use could not be noted");
            }
        }
        Ok(Some(person))
    }

    /// The person an API token (`mitra_…`) acts for, if it is live.
    pub async fn person_for_token(&self, secret: &str) -> Result<Option<Person>, AppError> {
        if !secret.starts_with(TOKEN_PREFIX) {
            return Ok(None);
        }
        let now = self.clock().now();
        let mut unit = self.store().read().await?;
        let Some(token) = unit.api_token_by_hash(&digest(secret)).await? else {
            return Ok(None);
        };
        if token.revoked_at.is_some() || token.expires_at <= now {
            return Ok(None);
        }
        let person = self.person(unit.as_mut(), token.user_id, token.created_at, Interface::Api).await?;
        drop(unit);
        if person.is_some() && token.last_used_at.is_none_or(|at| now.duration_since(at) > TOUCH_EVERY) {
            let touched = async {
                let mut unit = self.store().write().await?;
                unit.touch_api_token(token.id, now).await?;
                unit.commit().await
            };
            if let Err(error) = touched.await {
                tracing::warn!(error = %crate::error::chain(&error), "a token's last use could not be noted");
            }
        }
        Ok(person)
    }

    /// The person a command-line run acts for, named by their email address: whoever runs
    /// Mitra's commands on the database acts as a named user, so that the policy decides what
    /// the command may do and the audit log names them. `NotFound` for no live user.
    pub async fn person_for_cli(&self, email: &str) -> Result<Person, AppError> {
        let not_found = || AppError::NotFound { entity: "user", id: Uuid::nil() };
        let email = Email::parse(email).map_err(|_| not_found())?;
        let mut unit = self.store().read().await?;
        let user =
            unit.user_by_email(&email).await?.filter(|u| u.disabled_at.is_none()).ok_or_else(not_found)?;
        let memberships = unit.memberships(user.id).await?;
        Ok(person_of(user, memberships, Interface::Cli))
    }

    /// The user as a person, if they may act on a credential issued at `issued`.
    async fn person(
        &self,
        unit: &mut dyn UnitOfWork,
        user_id: Uuid,
        issued: Timestamp,
        interface: Interface,
    ) -> Result<Option<Person>, AppError> {
        let Some(user) = unit.user(user_id).await? else {
            return Ok(None);
        };
        if user.disabled_at.is_some() || issued < user.password_changed_at {
            return Ok(None);
        }
        let memberships = unit.memberships(user_id).await?;
        Ok(Some(person_of(user, memberships, interface)))
    }

    /// Signs in with an email address and a password, from `address` (the client's IP),
    /// with a new session. Every failure is the same `SignInFailed`, whether or not the
    /// address has an account, until too many attempts make it `TooManyAttempts`.
    pub async fn sign_in(&self, email: &str, password: &str, address: &str) -> Result<SignedIn, AppError> {
        let now = self.clock().now();
        let email = Email::parse(email).ok();
        let account_key = email.as_ref().map(|e| format!("sign-in:account:{e}"));
        let address_key = format!("sign-in:address:{address}");
        let mut unit = self.store().read().await?;
        let since = now - ATTEMPT_WINDOW;
        if unit.attempts_since(&address_key, since).await? >= SIGN_IN_PER_ADDRESS {
            return Err(AppError::TooManyAttempts);
        }
        if let Some(key) = &account_key
            && unit.attempts_since(key, since).await? >= SIGN_IN_PER_ACCOUNT
        {
            return Err(AppError::TooManyAttempts);
        }
        let user = match &email {
            Some(email) => unit.user_by_email(email).await?,
            None => None,
        };
        drop(unit);
        let good =
            verify_password(password.to_owned(), user.as_ref().map(|u| u.password_hash.clone())).await?;
        let mut unit = self.store().write().await?;
        match user.filter(|user| good && user.disabled_at.is_none()) {
            Some(user) => {
                let memberships = unit.memberships(user.id).await?;
                let session = new_secret();
                unit.insert_session(&digest(&session), user.id, now).await?;
                unit.commit().await?;
                Ok(SignedIn { session, person: person_of(user, memberships, Interface::Web) })
            }
            None => {
                unit.record_attempt(&address_key, now, since).await?;
                if let Some(key) = &account_key {
                    unit.record_attempt(key, now, since).await?;
                }
                unit.commit().await?;
                Err(AppError::SignInFailed)
            }
        }
    }

    /// Ends a session.
    pub async fn sign_out(&self, secret: &str) -> Result<(), AppError> {
        let mut unit = self.store().write().await?;
        unit.delete_session(&digest(secret)).await?;
        unit.commit().await?;
        Ok(())
    }

    /// Signs up an MSME owner with their business, or, when businesses that look like it are
    /// registered and the owner has not yet said theirs is another, lists those instead.
    pub async fn sign_up(&self, sign_up: SignUp) -> Result<SignUpOutcome, AppError> {
        let today = self.today();
        let mut problems = Vec::new();
        let name = sign_up.name.trim().to_owned();
        if name.is_empty() {
            problems.push(Invalid::new("name", Problem::Required));
        } else if name.chars().count() > 200 {
            problems.push(Invalid::new("name", TextError::TooLong { max: 200, got: name.chars().count() }));
        }
        let email = Email::parse(&sign_up.email).map_err(|e| problems.push(e)).ok();
        if let Err(problem) = check_new_password("password", &sign_up.password, email.as_ref()) {
            problems.push(problem);
        }
        if sign_up.organization.kind != OrganizationKind::Msme {
            problems.push(Invalid::new("organization.kind", "must be msme: partners join by invitation"));
        }
        let checked = match sign_up.organization.check(today) {
            Ok(checked) => Some(checked),
            Err(found) => {
                problems.extend(
                    found.into_iter().map(|p| Invalid::new(format!("organization.{}", p.field), p.problem)),
                );
                None
            }
        };
        let (Some(email), Some(checked), true) = (email, checked, problems.is_empty()) else {
            return Err(AppError::Invalid(problems));
        };
        if !sign_up.not_a_duplicate {
            let duplicates = self.possible_duplicates(&checked).await?;
            if !duplicates.is_empty() {
                return Ok(SignUpOutcome::PossibleDuplicates(duplicates));
            }
        }
        let password_hash = hash_password(sign_up.password).await?;
        let now = self.clock().now();
        let user = User {
            id: Uuid::now_v7(),
            email,
            name,
            password_hash,
            locale: sign_up.locale.clone(),
            created_at: now,
            password_changed_at: now,
            disabled_at: None,
        };
        let mut unit = self.store().write().await?;
        insert_user_once(unit.as_mut(), &user).await?;
        let organization = unit.insert_organization(Uuid::now_v7(), &checked, now, today).await?;
        let membership = Membership { organization_id: Some(organization.id), role: Role::MsmeOwner };
        unit.add_membership(user.id, membership, now).await?;
        let person = person_of(user.clone(), vec![membership], Interface::Web);
        let actor = Actor::User(person.clone());
        record_change(
            unit.as_mut(),
            &actor,
            now,
            Change::created("user", user.id, &user_view(&user, &[membership])),
        )
        .await?;
        record_change(
            unit.as_mut(),
            &actor,
            now,
            Change::created("organization", organization.id, &organization),
        )
        .await?;
        let session = new_secret();
        unit.insert_session(&digest(&session), user.id, now).await?;
        unit.commit().await?;
        Ok(SignUpOutcome::SignedUp {
            signed_in: SignedIn { session, person },
            organization: Box::new(OrganizationRecord::whole(organization, today)),
        })
    }

    /// Registered MSMEs with the same registration number in the same country, or the same
    /// name (as its words, without case or accents) in the same country and region.
    async fn possible_duplicates(
        &self,
        draft: &OrganizationDraft,
    ) -> Result<Vec<PossibleDuplicate>, AppError> {
        let mut found = Vec::new();
        let mut unit = self.store().read().await?;
        let number =
            draft.msme.as_ref().and_then(|m| m.registration_number.as_ref()).map(|n| n.as_str().to_owned());
        if let Some(number) = number {
            let query = OrganizationQuery {
                kind: Some(OrganizationKind::Msme),
                country: Some(draft.country),
                text: Some(number.clone()),
                ..Default::default()
            };
            for organization in unit.list_organizations(&query, Page::first(20)).await?.items {
                let same = organization
                    .details
                    .msme
                    .as_ref()
                    .and_then(|m| m.registration_number.as_ref())
                    .is_some_and(|theirs| {
                        mitra_domain::organization::same_registration(theirs.as_str(), &number)
                    });
                if same {
                    found.push(duplicate(&organization, DuplicateReason::SameRegistrationNumber));
                }
            }
        }
        let words = mitra_domain::text::search_words(draft.name.as_str());
        if !words.is_empty() {
            let query = OrganizationQuery {
                kind: Some(OrganizationKind::Msme),
                country: Some(draft.country),
                region: draft.region.as_ref().map(|r| r.as_str().to_owned()),
                text: Some(words.join(" ")),
                ..Default::default()
            };
            for organization in unit.list_organizations(&query, Page::first(50)).await?.items {
                let same_name = mitra_domain::text::search_words(organization.details.name.as_str()) == words;
                let same_region = organization.details.region.as_ref().map(|r| r.as_str().to_lowercase())
                    == draft.region.as_ref().map(|r| r.as_str().to_lowercase());
                if same_name
                    && same_region
                    && !found.iter().any(|d: &PossibleDuplicate| d.id == organization.id)
                {
                    found.push(duplicate(&organization, DuplicateReason::SameNameInRegion));
                }
            }
        }
        Ok(found)
    }

    /// Changes the signed-in user's password, if `current` is theirs; every other session and
    /// every API token made before ends, and the caller gets a new session.
    pub async fn change_password(
        &self,
        actor: &Actor,
        current: &str,
        new: &str,
    ) -> Result<SignedIn, AppError> {
        let person = actor.person().ok_or(AppError::SignInRequired)?;
        let mut unit = self.store().read().await?;
        let user = unit.user(person.user_id).await?.ok_or(AppError::SignInRequired)?;
        drop(unit);
        if !verify_password(current.to_owned(), Some(user.password_hash.clone())).await? {
            return Err(AppError::field("current_password", Problem::NotYourPassword));
        }
        check_new_password("new_password", new, Some(&user.email)).map_err(|p| AppError::Invalid(vec![p]))?;
        let hash = hash_password(new.to_owned()).await?;
        let now = self.clock().now();
        let mut unit = self.store().write().await?;
        unit.set_password(user.id, &hash, now).await?;
        unit.delete_sessions_of(user.id).await?;
        record_change(unit.as_mut(), actor, now, Change::action("user", user.id, "change_password")).await?;
        let session = new_secret();
        unit.insert_session(&digest(&session), user.id, now).await?;
        unit.commit().await?;
        Ok(SignedIn { session, person: person.clone() })
    }

    /// Sends a reset link to `email` if it has an account; says nothing either way. Limited
    /// per account and per address like signing in.
    /// The email is in the account's language, or else in `locale` (the page's).
    pub async fn request_password_reset(
        &self,
        email: &str,
        address: &str,
        locale: &mitra_i18n::Locale,
    ) -> Result<(), AppError> {
        let now = self.clock().now();
        let since = now - ATTEMPT_WINDOW;
        let email = Email::parse(email).map_err(|p| AppError::Invalid(vec![p]))?;
        let account_key = format!("reset:account:{email}");
        let address_key = format!("reset:address:{address}");
        let mut unit = self.store().write().await?;
        if unit.attempts_since(&address_key, since).await? >= RESETS_PER_ADDRESS
            || unit.attempts_since(&account_key, since).await? >= RESETS_PER_ACCOUNT
        {
            return Err(AppError::TooManyAttempts);
        }
        unit.record_attempt(&address_key, now, since).await?;
        unit.record_attempt(&account_key, now, since).await?;
        if let Some(user) = unit.user_by_email(&email).await?.filter(|u| u.disabled_at.is_none()) {
            let secret = new_secret();
            let reset = PasswordReset {
                user_id: user.id,
                created_at: now,
                expires_at: now + RESET_LIFETIME,
                used_at: None,
            };
            unit.insert_password_reset(&reset, &digest(&secret)).await?;
            let link = format!("{}/reset-password/{secret}", self.public_url());
            let locale =
                user.locale.as_deref().and_then(mitra_i18n::Locale::parse).unwrap_or_else(|| locale.clone());
            let body = [
                locale.t_with("email-greeting-name", &[("name", user.name.as_str().into())]),
                locale.t("email-reset-asked"),
                link,
                locale.t("email-reset-not-you"),
            ]
            .join("\n\n");
            queue(
                unit.as_mut(),
                now,
                user.email.as_str(),
                &locale.t("email-reset-subject"),
                &format!("{body}\n"),
            )
            .await?;
        }
        unit.commit().await?;
        Ok(())
    }

    /// Sets a new password from a reset link, once, before it expires; every session ends.
    pub async fn reset_password(&self, secret: &str, new: &str) -> Result<(), AppError> {
        let now = self.clock().now();
        let hash = digest(secret);
        let mut unit = self.store().read().await?;
        let reset = unit.password_reset_by_hash(&hash).await?.ok_or(AppError::LinkNotValid)?;
        if reset.used_at.is_some() || reset.expires_at <= now {
            return Err(AppError::LinkNotValid);
        }
        let user = unit.user(reset.user_id).await?.ok_or(AppError::LinkNotValid)?;
        drop(unit);
        check_new_password("new_password", new, Some(&user.email)).map_err(|p| AppError::Invalid(vec![p]))?;
        let password_hash = hash_password(new.to_owned()).await?;
        let mut unit = self.store().write().await?;
        if !unit.use_password_reset(&hash, now).await? {
            return Err(AppError::LinkNotValid);
        }
        unit.set_password(user.id, &password_hash, now).await?;
        unit.delete_sessions_of(user.id).await?;
        let memberships = unit.memberships(user.id).await?;
        let actor = Actor::User(person_of(user.clone(), memberships, Interface::Web));
        record_change(unit.as_mut(), &actor, now, Change::action("user", user.id, "reset_password")).await?;
        unit.commit().await?;
        Ok(())
    }

    /// Invites a person by email to take `membership`; the link goes to the outbox.
    pub async fn invite(
        &self,
        actor: &Actor,
        email: &str,
        membership: Membership,
        locale: &mitra_i18n::Locale,
    ) -> Result<Invitation, AppError> {
        authorize(actor, Action::Invite)?;
        let person = actor.person().ok_or(AppError::Forbidden)?;
        let email = Email::parse(email).map_err(|p| AppError::Invalid(vec![p]))?;
        if membership.role == Role::Administrator && !person.is_platform(Role::Administrator) {
            return Err(AppError::field("role", "can be given only by an administrator"));
        }
        if membership.organization_id.is_none() && !membership.role.may_be_platform_wide() {
            return Err(AppError::field("organization", "is required for this role"));
        }
        if matches!(membership.role, Role::Administrator | Role::ProgrammeManager)
            && membership.organization_id.is_some()
        {
            return Err(AppError::field(
                "organization",
                "must be left empty: this role is the agency's, across the platform",
            ));
        }
        let now = self.clock().now();
        let mut unit = self.store().write().await?;
        if let Some(id) = membership.organization_id {
            let organization = unit.organization(id).await?.filter(|o| o.archived_at.is_none());
            let Some(organization) = organization else {
                return Err(AppError::field("organization", "does not exist or is archived"));
            };
            let fits = match membership.role {
                Role::MsmeOwner => organization.details.kind == OrganizationKind::Msme,
                _ => organization.details.kind != OrganizationKind::Msme,
            };
            if !fits {
                return Err(AppError::field(
                    "organization",
                    "is not the kind of organisation this role belongs to",
                ));
            }
        }
        let secret = new_secret();
        let invitation = Invitation {
            id: Uuid::now_v7(),
            email: email.clone(),
            membership,
            invited_by: person.user_id,
            created_at: now,
            expires_at: now + INVITATION_LIFETIME,
            accepted_at: None,
        };
        unit.insert_invitation(&invitation, &digest(&secret)).await?;
        let link = format!("{}/invitations/{secret}", self.public_url());
        let role = locale.t(&format!("role-{}", membership.role.as_str().replace('_', "-")));
        let body = [
            locale.t("email-greeting"),
            locale.t_with(
                "email-invitation-text",
                &[("inviter", person.name.as_str().into()), ("role", role.into())],
            ),
            link,
            locale.t("email-invitation-not-expected"),
        ]
        .join("\n\n");
        queue(
            unit.as_mut(),
            now,
            email.as_str(),
            &locale.t("email-invitation-subject"),
            &format!("{body}\n"),
        )
        .await?;
        let view = serde_json::json!({
            "email": email.as_str(),
            "role": membership.role.as_str(),
            "organization_id": membership.organization_id,
            "expires_at": invitation.expires_at.to_string(),
        });
        record_change(unit.as_mut(), actor, now, Change::created_value("invitation", invitation.id, view))
            .await?;
        unit.commit().await?;
        Ok(invitation)
    }

    /// The invitation a link carries, if it can still be accepted.
    pub async fn invitation(&self, secret: &str) -> Result<Invitation, AppError> {
        let mut unit = self.store().read().await?;
        let invitation = unit.invitation_by_hash(&digest(secret)).await?.ok_or(AppError::LinkNotValid)?;
        if invitation.accepted_at.is_some() || invitation.expires_at <= self.clock().now() {
            return Err(AppError::LinkNotValid);
        }
        Ok(invitation)
    }

    /// Accepts an invitation: creates the account (or, for an address that has one, adds the
    /// role after checking its password) and signs in.
    pub async fn accept_invitation(
        &self,
        secret: &str,
        name: &str,
        password: &str,
    ) -> Result<SignedIn, AppError> {
        let invitation = self.invitation(secret).await?;
        let mut unit = self.store().read().await?;
        let existing = unit.user_by_email(&invitation.email).await?;
        drop(unit);
        let now = self.clock().now();
        let user = match existing {
            Some(user) => {
                if !verify_password(password.to_owned(), Some(user.password_hash.clone())).await? {
                    return Err(AppError::field("password", Problem::NotThatAccountsPassword));
                }
                user
            }
            None => {
                let name = name.trim();
                let mut problems = Vec::new();
                if name.is_empty() {
                    problems.push(Invalid::new("name", Problem::Required));
                }
                if let Err(problem) = check_new_password("password", password, Some(&invitation.email)) {
                    problems.push(problem);
                }
                if !problems.is_empty() {
                    return Err(AppError::Invalid(problems));
                }
                User {
                    id: Uuid::now_v7(),
                    email: invitation.email.clone(),
                    name: name.to_owned(),
                    password_hash: hash_password(password.to_owned()).await?,
                    locale: None,
                    created_at: now,
                    password_changed_at: now,
                    disabled_at: None,
                }
            }
        };
        let mut unit = self.store().write().await?;
        if !unit.accept_invitation(invitation.id, now).await? {
            return Err(AppError::LinkNotValid);
        }
        if unit.user(user.id).await?.is_none() {
            insert_user_once(unit.as_mut(), &user).await?;
        }
        unit.add_membership(user.id, invitation.membership, now).await?;
        let memberships = unit.memberships(user.id).await?;
        let person = person_of(user.clone(), memberships.clone(), Interface::Web);
        let actor = Actor::User(person.clone());
        record_change(
            unit.as_mut(),
            &actor,
            now,
            Change::created("user", user.id, &user_view(&user, &memberships)),
        )
        .await?;
        let session = new_secret();
        unit.insert_session(&digest(&session), user.id, now).await?;
        unit.commit().await?;
        Ok(SignedIn { session, person })
    }

    /// Creates a personal API token for the signed-in user, valid for `days`: the secret is
    /// returned once and never again.
    pub async fn create_api_token(
        &self,
        actor: &Actor,
        name: &str,
        days: u32,
    ) -> Result<(ApiToken, String), AppError> {
        let person = actor.person().ok_or(AppError::SignInRequired)?;
        let name = name.trim();
        let mut problems = Vec::new();
        if name.is_empty() {
            problems.push(Invalid::new("name", Problem::Required));
        } else if name.chars().count() > 100 {
            problems.push(Invalid::new("name", TextError::TooLong { max: 100, got: name.chars().count() }));
        }
        if !(1..=MOST_TOKEN_DAYS).contains(&days) {
            problems.push(Invalid::new("days", Problem::Between { min: 1, max: MOST_TOKEN_DAYS.into() }));
        }
        if !problems.is_empty() {
            return Err(AppError::Invalid(problems));
        }
        let now = self.clock().now();
        let secret = format!("{TOKEN_PREFIX}{}", new_secret());
        let token = ApiToken {
            id: Uuid::now_v7(),
            user_id: person.user_id,
            name: name.to_owned(),
            created_at: now,
            expires_at: now + SignedDuration::from_hours(24 * i64::from(days)),
            revoked_at: None,
            last_used_at: None,
        };
        let mut unit = self.store().write().await?;
        unit.insert_api_token(&token, &digest(&secret)).await?;
        let view = serde_json::json!({ "name": token.name, "expires_at": token.expires_at.to_string() });
        record_change(unit.as_mut(), actor, now, Change::created_value("api_token", token.id, view)).await?;
        unit.commit().await?;
        Ok((token, secret))
    }

    /// The signed-in user's API tokens, newest first, without their secrets.
    pub async fn api_tokens(&self, actor: &Actor) -> Result<Vec<ApiToken>, AppError> {
        let person = actor.person().ok_or(AppError::SignInRequired)?;
        let mut unit = self.store().read().await?;
        Ok(unit.api_tokens_of(person.user_id).await?)
    }

    /// Revokes one of the signed-in user's tokens.
    pub async fn revoke_api_token(&self, actor: &Actor, id: Uuid) -> Result<(), AppError> {
        let person = actor.person().ok_or(AppError::SignInRequired)?;
        let now = self.clock().now();
        let mut unit = self.store().write().await?;
        if !unit.revoke_api_token(person.user_id, id, now).await? {
            return Err(AppError::NotFound { entity: "api token", id });
        }
        record_change(unit.as_mut(), actor, now, Change::action("api_token", id, "revoke")).await?;
        unit.commit().await?;
        Ok(())
    }

    /// Creates a user with roles directly: Mitra itself (the demo, the command line) or an
    /// administrator.
    pub async fn create_user(&self, actor: &Actor, new: NewUser) -> Result<User, AppError> {
        authorize(actor, Action::Administer)?;
        let email = Email::parse(&new.email).map_err(|p| AppError::Invalid(vec![p]))?;
        check_new_password("password", &new.password, Some(&email))
            .map_err(|p| AppError::Invalid(vec![p]))?;
        let now = self.clock().now();
        let user = User {
            id: Uuid::now_v7(),
            email,
            name: new.name.trim().to_owned(),
            password_hash: hash_password(new.password).await?,
            locale: new.locale,
            created_at: now,
            password_changed_at: now,
            disabled_at: None,
        };
        let mut unit = self.store().write().await?;
        insert_user_once(unit.as_mut(), &user).await?;
        for membership in &new.memberships {
            unit.add_membership(user.id, *membership, now).await?;
        }
        record_change(
            unit.as_mut(),
            actor,
            now,
            Change::created("user", user.id, &user_view(&user, &new.memberships)),
        )
        .await?;
        unit.commit().await?;
        Ok(user)
    }

    /// Creates an API token for the user with `email`, as Mitra itself (the command line).
    pub async fn issue_api_token(
        &self,
        actor: &Actor,
        email: &str,
        name: &str,
        days: u32,
    ) -> Result<String, AppError> {
        authorize(actor, Action::Administer)?;
        let email = Email::parse(email).map_err(|p| AppError::Invalid(vec![p]))?;
        let mut unit = self.store().read().await?;
        let user =
            unit.user_by_email(&email).await?.ok_or_else(|| AppError::field("email", "has no account"))?;
        let memberships = unit.memberships(user.id).await?;
        drop(unit);
        let owner = Actor::User(person_of(user, memberships, Interface::Cli));
        let (_, secret) = self.create_api_token(&owner, name, days).await?;
        Ok(secret)
    }

    /// Saves the language the signed-in user chose for the pages.
    pub async fn set_locale(&self, actor: &Actor, locale: Option<&str>) -> Result<(), AppError> {
        let person = actor.person().ok_or(AppError::SignInRequired)?;
        let mut unit = self.store().write().await?;
        unit.set_locale(person.user_id, locale).await?;
        unit.commit().await?;
        Ok(())
    }

    /// Every user by address, with their roles: the administrators' list.
    pub async fn users(
        &self,
        actor: &Actor,
        after: Option<&str>,
        limit: u32,
    ) -> Result<Vec<UserWithRoles>, AppError> {
        authorize(actor, Action::Administer)?;
        let after = after.and_then(|a| Email::parse(a).ok());
        let mut unit = self.store().read().await?;
        let users = unit.users(after.as_ref(), limit.clamp(1, 200)).await?;
        let mut listed = Vec::with_capacity(users.len());
        for user in users {
            let memberships = unit.memberships(user.id).await?;
            listed.push(UserWithRoles { user, memberships });
        }
        Ok(listed)
    }

    /// The latest invitations.
    pub async fn invitations(&self, actor: &Actor) -> Result<Vec<Invitation>, AppError> {
        authorize(actor, Action::Invite)?;
        let mut unit = self.store().read().await?;
        Ok(unit.invitations(100).await?)
    }

    /// The latest email, sent or waiting.
    pub async fn outbox(&self, actor: &Actor, limit: u32) -> Result<Vec<OutboxEmail>, AppError> {
        authorize(actor, Action::Administer)?;
        let mut unit = self.store().read().await?;
        Ok(unit.outbox(limit.clamp(1, 500)).await?)
    }
}

/// Stores a user, with a taken address as a field problem.
async fn insert_user_once(unit: &mut dyn UnitOfWork, user: &User) -> Result<(), AppError> {
    match unit.insert_user(user).await {
        Err(StoreError::Duplicate { .. }) => Err(AppError::field("email", Problem::EmailTaken)),
        other => Ok(other?),
    }
}

/// Puts an email in the outbox, in the caller's unit of work.
pub(crate) async fn queue(
    unit: &mut dyn UnitOfWork,
    now: Timestamp,
    recipient: &str,
    subject: &str,
    body: &str,
) -> Result<(), AppError> {
    let email = OutboxEmail {
        id: Uuid::now_v7(),
        recipient: recipient.to_owned(),
        subject: subject.to_owned(),
        body: body.to_owned(),
        created_at: now,
        sent_at: None,
        attempts: 0,
        last_error: None,
    };
    Ok(unit.queue_email(&email).await?)
}

pub(crate) fn person_of(user: User, memberships: Vec<Membership>, interface: Interface) -> Person {
    Person {
        user_id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        memberships,
        interface,
    }
}

/// What the audit log keeps of a user: never the password's hash.
fn user_view(user: &User, memberships: &[Membership]) -> serde_json::Value {
    serde_json::json!({
        "email": user.email.as_str(),
        "name": user.name,
        "roles": memberships
            .iter()
            .map(|m| serde_json::json!({ "role": m.role.as_str(), "organization_id": m.organization_id }))
            .collect::<Vec<_>>(),
    })
}

fn duplicate(organization: &mitra_domain::Organization, reason: DuplicateReason) -> PossibleDuplicate {
    PossibleDuplicate {
        id: organization.id,
        name: organization.details.name.as_str().to_owned(),
        region: organization.details.region.as_ref().map(|r| r.as_str().to_owned()),
        reason,
    }
}
