//! People: their email addresses, the roles they hold, the passwords they choose, and the
//! figures an MSME may share with a partner.

use crate::organization::names;
use crate::validation::{Invalid, Problem};

/// What a person may do in an organisation, or across the platform.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the platform: users, invitations, organisations, the audit log, the outbox.
    Administrator,
    /// Agency staff who run programmes: sees every firm, publishes, watches recovery.
    ProgrammeManager,
    /// Works for a partner: keeps its profile and its opportunities.
    PartnerStaff,
    /// Scores applications.
    Reviewer,
    /// Decides on applications another person reviewed.
    Approver,
    /// Owns or runs an MSME: keeps its profile true, decides what it shares.
    MsmeOwner,
    /// Mentors firms.
    Mentor,
}

names!(Role {
    Administrator => "administrator",
    ProgrammeManager => "programme_manager",
    PartnerStaff => "partner_staff",
    Reviewer => "reviewer",
    Approver => "approver",
    MsmeOwner => "msme_owner",
    Mentor => "mentor",
});

impl Role {
    /// Whether the role is held across the platform (by the agency's staff) rather than in one
    /// organisation: administrators and programme managers always are; reviewers, approvers
    /// and mentors may be either.
    pub fn may_be_platform_wide(self) -> bool {
        !matches!(self, Role::PartnerStaff | Role::MsmeOwner)
    }
}

/// An email address, trimmed and lower-cased, so that one person has one address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

/// The longest address SMTP carries (RFC 5321's path limit less its brackets).
const MAX_EMAIL: usize = 254;

impl Email {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let email = raw.trim().to_lowercase();
        let problem = |problem: Problem| Err(Invalid::new("email", problem));
        if email.is_empty() {
            return problem(Problem::Required);
        }
        if email.chars().count() > MAX_EMAIL {
            return problem(Problem::EmailTooLong);
        }
        let Some((local, domain)) = email.split_once('@') else {
            return problem(Problem::NotAnEmail);
        };
        let plausible = !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !email.chars().any(|c| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\".contains(c));
        if !plausible {
            return problem(Problem::NotAnEmail);
        }
        Ok(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Email {
    type Error = String;

    fn try_from(raw: String) -> Result<Self, String> {
        Email::parse(&raw).map_err(|invalid| format!("{} {}", invalid.field, invalid.problem))
    }
}

impl From<Email> for String {
    fn from(email: Email) -> String {
        email.0
    }
}

/// The fewest characters a password may have. Length is what makes a password strong; no
/// rule about digits or symbols is imposed (NIST SP 800-63B, section 5.1.1.2).
pub const MIN_PASSWORD: usize = 10;
/// The most: enough for any passphrase, and a bound on the work of hashing.
pub const MAX_PASSWORD: usize = 128;

/// Checks a new password: long enough, not too long, not the email address itself. `field`
/// names the form's field.
pub fn check_new_password(field: &str, password: &str, email: Option<&Email>) -> Result<(), Invalid> {
    let length = password.chars().count();
    if length < MIN_PASSWORD {
        return Err(Invalid::new(field, Problem::PasswordTooShort { min: MIN_PASSWORD }));
    }
    if length > MAX_PASSWORD {
        return Err(Invalid::new(field, Problem::PasswordTooLong { max: MAX_PASSWORD }));
    }
    if email.is_some_and(|email| password.trim().eq_ignore_ascii_case(email.as_str())) {
        return Err(Invalid::new(field, Problem::PasswordIsEmail));
    }
    Ok(())
}

/// The figures of an MSME that it may share with a partner: three of its profile, and its
/// monthly recovery reports.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    Turnover,
    Investment,
    Employees,
    RecoveryReports,
}

names!(Figure {
    Turnover => "turnover",
    Investment => "investment",
    Employees => "employees",
    RecoveryReports => "recovery_reports",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_address_is_trimmed_and_lower_cased() {
        assert_eq!(Email::parse("  Siti.Rahma@Example.CO.ID ").unwrap().as_str(), "siti.rahma@example.co.id");
    }

    #[test]
    fn what_is_not_an_email_address_is_refused_with_an_example() {
        for raw in [
            "",
            "siti",
            "siti@",
            "@example.com",
            "siti@example",
            "si ti@example.com",
            "a@b@c.com",
            "siti@.com",
        ] {
            let error = Email::parse(raw).unwrap_err();
            assert_eq!(error.field, "email", "{raw}");
        }
    }

    #[test]
    fn a_password_must_be_long_enough_and_not_the_email_address() {
        let email = Email::parse("owner@example.com").unwrap();
        assert!(check_new_password("password", "short", None).is_err());
        assert!(check_new_password("password", "owner@example.com", Some(&email)).is_err());
        assert!(check_new_password("password", "correct horse battery", Some(&email)).is_ok());
        assert!(check_new_password("password", &"x".repeat(129), None).is_err());
    }

    #[test]
    fn only_agency_roles_may_be_held_across_the_platform() {
        assert!(Role::Administrator.may_be_platform_wide());
        assert!(!Role::PartnerStaff.may_be_platform_wide());
        assert!(!Role::MsmeOwner.may_be_platform_wide());
        assert_eq!(Role::parse("programme_manager"), Some(Role::ProgrammeManager));
    }
}
