//! The one authorisation policy: every use case asks it before it reads or writes, and
//! nothing else in Mitra decides who may do what.
//!
//! - Anyone, signed in or not, may read the partners and their opportunities.
//! - An MSME's record is private: its own owners and the agency's staff (administrators,
//!   programme managers, and platform-wide reviewers and approvers) see it whole; the staff
//!   of a partner see it only while the MSME's consent to that partner holds, and then only
//!   the figures the consent names; everyone else is told it does not exist.
//! - An organisation is changed by the agency's administrators and programme managers and by
//!   its own people (an MSME's owners, a partner's staff); only the agency archives one.
//! - A partner's opportunities, and their eligibility rules, are created and changed by its
//!   staff and the agency's; anyone may read the rules. A firm is judged against them by
//!   whoever sees it whole; a whole population, by the agency's staff.
//! - A programme is created and changed by the agency's managers and by the staff of the
//!   organisation that runs it; anyone may read it. An opportunity joins or leaves a programme
//!   only by someone who may change both.
//! - A mentor's profile is written by the mentor and the agency's managers, and read by them and
//!   the agency's staff; a programme's pool of mentors is kept and seen by those who run the
//!   programme.
//! - An MSME applies, submits and withdraws through its owners. The applications to a
//!   partner's opportunities are seen by the partner's staff, reviewers and approvers and by
//!   the agency's staff; reviewers (the platform's, or the partner's own) score them;
//!   approvers (likewise) and administrators decide them; administrators alone decide many at
//!   once, as a background job.
//! - An MSME's monthly recovery reports are read by whoever sees it whole and by a partner's
//!   staff while its consent names them; they are written by its owners, by the agency's
//!   managers, and by the staff of a partner whose consent names them (the partner collects
//!   them from the firms it serves). The dashboards, which sum every firm's reports, are the
//!   agency staff's.
//! - Users, invitations, the audit log and the outbox are the administrators'; programme
//!   managers may invite too.
//! - Bulk imports are Mitra's own or an administrator's; maintenance is Mitra's own.
//!
//! A refusal to someone who has not signed in is [`AppError::SignInRequired`], so that the
//! adapters can ask them to; to a signed-in user it is [`AppError::Forbidden`], or
//! [`AppError::NotFound`] for a record they may not know exists.

use mitra_domain::{Figure, OrganizationKind, Role};
use mitra_store::Consent;
use uuid::Uuid;

use crate::actor::{Actor, Person};
use crate::error::AppError;

/// What an actor wants to do, and to which record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read the public registry: partners and opportunities.
    ReadPublic,
    CreateOrganization,
    ChangeOrganization {
        id: Uuid,
    },
    ArchiveOrganization,
    CreateOpportunity {
        partner_id: Uuid,
    },
    ChangeOpportunity {
        partner_id: Uuid,
    },
    /// Create or change a programme run by an organisation, or put an opportunity in it or take
    /// one out.
    RunProgramme {
        run_by: Uuid,
    },
    /// Answer a round's proposal as its mentor.
    AnswerAsMentor {
        mentor_id: Uuid,
    },
    /// Answer a round's proposal for the firm.
    AnswerForFirm {
        firm_id: Uuid,
    },
    /// Write a mentor's profile.
    ChangeMentorProfile {
        user_id: Uuid,
    },
    /// Read a mentor's profile.
    SeeMentor {
        user_id: Uuid,
    },
    /// See an MSME's recommendations: as much as seeing it whole.
    Recommend {
        msme_id: Uuid,
    },
    /// Judge a whole population of firms against an opportunity's rules: as much as seeing
    /// every firm whole.
    AssessPopulation,
    /// Apply to an opportunity for an MSME, submit and withdraw its applications.
    Apply {
        msme_id: Uuid,
    },
    /// See the applications to a partner's opportunities, and whom they come from.
    SeeApplications {
        partner_id: Uuid,
    },
    /// Score the applications to a partner's opportunities, or declare a conflict of interest.
    Review {
        partner_id: Uuid,
    },
    /// Approve or reject the applications to a partner's opportunities.
    Decide {
        partner_id: Uuid,
    },
    /// Approve or reject many applications at once, as a background job.
    DecideInBulk,
    /// Decide what an MSME shares with partners.
    ManageConsent {
        msme_id: Uuid,
    },
    /// See the recovery dashboards and the impact estimate: sums over every firm's reports.
    SeeDashboards,
    /// Email the owners of the firms whose monthly report is missing: the agency's managers.
    RemindReporters,
    /// Invite a person to take a role.
    Invite,
    /// See the users, the audit log, the outbox.
    Administer,
    /// Store many records at once (the demo, imports).
    ImportRegistry,
    /// Background work on derived data.
    Maintain,
}

/// Whether `actor` may do `action`.
pub fn authorize(actor: &Actor, action: Action) -> Result<(), AppError> {
    let person = match actor {
        Actor::System => return Ok(()),
        Actor::Anonymous if action == Action::ReadPublic => return Ok(()),
        Actor::Anonymous => return Err(AppError::SignInRequired),
        Actor::User(person) => person,
    };
    let agency = is_agency_manager(person);
    let allowed = match action {
        Action::ReadPublic => true,
        Action::CreateOrganization | Action::ArchiveOrganization => agency,
        Action::ChangeOrganization { id } => {
            agency || person.holds(Role::MsmeOwner, id) || person.holds(Role::PartnerStaff, id)
        }
        Action::CreateOpportunity { partner_id } | Action::ChangeOpportunity { partner_id } => {
            agency || person.holds(Role::PartnerStaff, partner_id)
        }
        Action::RunProgramme { run_by } => agency || person.holds(Role::PartnerStaff, run_by),
        // Only the two sides answer for themselves: nobody accepts a mentee or a mentor for
        // someone else, not even the agency.
        Action::AnswerAsMentor { mentor_id } => {
            person.user_id == mentor_id && person.is_platform(Role::Mentor)
        }
        Action::AnswerForFirm { firm_id } => person.holds(Role::MsmeOwner, firm_id),
        Action::ChangeMentorProfile { user_id } => {
            agency || (person.user_id == user_id && person.is_platform(Role::Mentor))
        }
        Action::SeeMentor { user_id } => is_agency_staff(person) || person.user_id == user_id,
        Action::Recommend { msme_id } => sees_msme_whole(person, msme_id),
        Action::AssessPopulation | Action::SeeDashboards => is_agency_staff(person),
        // Emailing every silent firm is the managers' call, not a reviewer's.
        Action::RemindReporters => is_agency_manager(person),
        Action::ManageConsent { msme_id } | Action::Apply { msme_id } => {
            person.holds(Role::MsmeOwner, msme_id)
        }
        Action::SeeApplications { partner_id } => {
            is_agency_staff(person)
                || [Role::PartnerStaff, Role::Reviewer, Role::Approver]
                    .into_iter()
                    .any(|r| person.holds(r, partner_id))
        }
        Action::Review { partner_id } => {
            person.is_platform(Role::Reviewer) || person.holds(Role::Reviewer, partner_id)
        }
        Action::Decide { partner_id } => {
            person.is_platform(Role::Approver)
                || person.holds(Role::Approver, partner_id)
                || person.is_platform(Role::Administrator)
        }
        Action::Invite => agency,
        Action::Administer | Action::ImportRegistry | Action::DecideInBulk => {
            person.is_platform(Role::Administrator)
        }
        Action::Maintain => false,
    };
    if allowed { Ok(()) } else { Err(AppError::Forbidden) }
}

/// Refuses anyone who has not signed in, before a use case reads what the full check needs.
pub fn require_signed_in(actor: &Actor) -> Result<(), AppError> {
    if matches!(actor, Actor::Anonymous) { Err(AppError::SignInRequired) } else { Ok(()) }
}

/// A refusal to a signed-in user as "no such record", for records whose existence is
/// itself private (an MSME): the same answer as for an id that names nothing.
pub fn hide_forbidden(error: AppError, entity: &'static str, id: Uuid) -> AppError {
    match error {
        AppError::Forbidden => AppError::NotFound { entity, id },
        other => other,
    }
}

/// The administrators and programme managers of the agency that runs Mitra.
fn is_agency_manager(person: &Person) -> bool {
    person.is_platform(Role::Administrator) || person.is_platform(Role::ProgrammeManager)
}

/// The agency's staff who see every firm whole: its managers and its reviewers and approvers.
fn is_agency_staff(person: &Person) -> bool {
    is_agency_manager(person) || person.is_platform(Role::Reviewer) || person.is_platform(Role::Approver)
}

fn sees_msme_whole(person: &Person, msme_id: Uuid) -> bool {
    is_agency_staff(person) || person.holds(Role::MsmeOwner, msme_id)
}

/// How much of an MSME a reader sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MsmeView {
    /// Not at all: to them it does not exist.
    Hidden,
    /// The record, with only these figures.
    Figures(Vec<Figure>),
    /// Everything.
    Whole,
}

/// Which organisations `actor` may see, and how much of an MSME, given the consents the
/// MSME has given that hold today (the use case reads them for the partners the actor works
/// for: [`consent_partners`]).
pub fn msme_view(actor: &Actor, msme_id: Uuid, holding: &[Consent]) -> MsmeView {
    match actor {
        Actor::System => MsmeView::Whole,
        Actor::Anonymous => MsmeView::Hidden,
        Actor::User(person) if sees_msme_whole(person, msme_id) => MsmeView::Whole,
        Actor::User(person) => {
            let partners = person.organizations_as(Role::PartnerStaff);
            let mut figures: Vec<Figure> = holding
                .iter()
                .filter(|c| c.msme_id == msme_id && partners.contains(&c.partner_id))
                .flat_map(|c| c.figures.iter().copied())
                .collect();
            figures.sort();
            figures.dedup();
            if holding.iter().any(|c| c.msme_id == msme_id && partners.contains(&c.partner_id)) {
                MsmeView::Figures(figures)
            } else {
                MsmeView::Hidden
            }
        }
    }
}

/// Whether `actor`, who sees the MSME as `view`, may read its monthly recovery reports.
pub fn sees_reports(view: &MsmeView) -> bool {
    match view {
        MsmeView::Whole => true,
        MsmeView::Figures(figures) => figures.contains(&Figure::RecoveryReports),
        MsmeView::Hidden => false,
    }
}

/// Whether `actor`, who sees the MSME as `view`, may write its monthly recovery reports.
pub fn may_report(actor: &Actor, msme_id: Uuid, view: &MsmeView) -> bool {
    match actor {
        Actor::System => true,
        Actor::Anonymous => false,
        Actor::User(person) => {
            person.holds(Role::MsmeOwner, msme_id)
                || is_agency_manager(person)
                || matches!(view, MsmeView::Figures(figures) if figures.contains(&Figure::RecoveryReports))
        }
    }
}

/// The partners whose consents decide what `actor` sees of MSMEs: the ones they are staff of.
pub fn consent_partners(actor: &Actor) -> Vec<Uuid> {
    actor.person().map(|person| person.organizations_as(Role::PartnerStaff)).unwrap_or_default()
}

/// Which organisations a list may show `actor`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListScope {
    /// Every organisation.
    Everything,
    /// Partners (every kind but MSMEs), and these MSMEs.
    PartnersAnd(Vec<Uuid>),
}

/// The organisations `actor` may list: the agency's staff all of them; anyone else the
/// partners, and the MSMEs they own (a partner's staff see MSMEs one by one, by consent, not
/// in the directory).
pub fn list_scope(actor: &Actor) -> ListScope {
    match actor {
        Actor::System => ListScope::Everything,
        Actor::Anonymous => ListScope::PartnersAnd(Vec::new()),
        Actor::User(person) if is_agency_staff(person) => ListScope::Everything,
        Actor::User(person) => ListScope::PartnersAnd(person.organizations_as(Role::MsmeOwner)),
    }
}

/// Whether an organisation of `kind` is public (every partner is; no MSME is).
pub fn is_public(kind: OrganizationKind) -> bool {
    kind != OrganizationKind::Msme
}

#[cfg(test)]
mod tests {
    use mitra_domain::Email;
    use mitra_store::Membership;

    use super::*;
    use crate::actor::Interface;

    fn person(memberships: &[(Option<Uuid>, Role)]) -> Actor {
        Actor::User(Person {
            user_id: Uuid::now_v7(),
            email: Email::parse("someone@example.com").unwrap(),
            name: "Someone".to_owned(),
            locale: None,
            memberships: memberships
                .iter()
                .map(|&(organization_id, role)| Membership { organization_id, role })
                .collect(),
            interface: Interface::Web,
        })
    }

    #[test]
    fn a_visitor_who_has_not_signed_in_may_only_read_what_is_public() {
        assert!(authorize(&Actor::Anonymous, Action::ReadPublic).is_ok());
        for action in [
            Action::CreateOrganization,
            Action::ChangeOrganization { id: Uuid::now_v7() },
            Action::CreateOpportunity { partner_id: Uuid::now_v7() },
            Action::ImportRegistry,
            Action::Administer,
        ] {
            assert!(
                matches!(authorize(&Actor::Anonymous, action), Err(AppError::SignInRequired)),
                "{action:?}"
            );
        }
    }

    #[test]
    fn partner_staff_change_only_their_own_partners_opportunities() {
        let bank = Uuid::now_v7();
        let other = Uuid::now_v7();
        let staff = person(&[(Some(bank), Role::PartnerStaff)]);
        assert!(authorize(&staff, Action::CreateOpportunity { partner_id: bank }).is_ok());
        assert!(authorize(&staff, Action::ChangeOpportunity { partner_id: bank }).is_ok());
        assert!(matches!(
            authorize(&staff, Action::ChangeOpportunity { partner_id: other }),
            Err(AppError::Forbidden)
        ));
        assert!(matches!(authorize(&staff, Action::CreateOrganization), Err(AppError::Forbidden)));
    }

    #[test]
    fn a_programme_is_run_by_the_agencys_managers_and_the_staff_of_its_organisation() {
        let ministry = Uuid::now_v7();
        let marketplace = Uuid::now_v7();
        let staff = person(&[(Some(ministry), Role::PartnerStaff)]);
        let manager = person(&[(None, Role::ProgrammeManager)]);
        let reviewer = person(&[(None, Role::Reviewer), (Some(ministry), Role::Reviewer)]);
        assert!(authorize(&staff, Action::RunProgramme { run_by: ministry }).is_ok());
        assert!(authorize(&manager, Action::RunProgramme { run_by: marketplace }).is_ok());
        for (actor, run_by) in [(&staff, marketplace), (&reviewer, ministry)] {
            assert!(matches!(authorize(actor, Action::RunProgramme { run_by }), Err(AppError::Forbidden)));
        }
        assert!(matches!(
            authorize(&Actor::Anonymous, Action::RunProgramme { run_by: ministry }),
            Err(AppError::SignInRequired)
        ));
    }

    #[test]
    fn only_the_mentor_and_the_firms_owner_answer_a_proposal_each_for_their_own_side() {
        let firm = Uuid::now_v7();
        let mentor = person(&[(None, Role::Mentor)]);
        let Actor::User(them) = &mentor else { unreachable!() };
        let owner = person(&[(Some(firm), Role::MsmeOwner)]);
        let manager = person(&[(None, Role::ProgrammeManager)]);
        assert!(authorize(&mentor, Action::AnswerAsMentor { mentor_id: them.user_id }).is_ok());
        assert!(authorize(&mentor, Action::AnswerAsMentor { mentor_id: Uuid::now_v7() }).is_err());
        assert!(authorize(&mentor, Action::AnswerForFirm { firm_id: firm }).is_err());
        assert!(authorize(&owner, Action::AnswerForFirm { firm_id: firm }).is_ok());
        assert!(authorize(&owner, Action::AnswerForFirm { firm_id: Uuid::now_v7() }).is_err());
        assert!(authorize(&manager, Action::AnswerForFirm { firm_id: firm }).is_err());
        assert!(authorize(&manager, Action::AnswerAsMentor { mentor_id: them.user_id }).is_err());
    }

    #[test]
    fn a_mentor_writes_their_own_profile_and_the_agency_reads_every_one() {
        let mentor = person(&[(None, Role::Mentor)]);
        let Actor::User(who) = &mentor else { unreachable!() };
        let own = who.user_id;
        let other = Uuid::now_v7();
        let reviewer = person(&[(None, Role::Reviewer)]);
        let manager = person(&[(None, Role::ProgrammeManager)]);
        assert!(authorize(&mentor, Action::ChangeMentorProfile { user_id: own }).is_ok());
        assert!(authorize(&mentor, Action::ChangeMentorProfile { user_id: other }).is_err());
        assert!(authorize(&manager, Action::ChangeMentorProfile { user_id: other }).is_ok());
        assert!(authorize(&reviewer, Action::ChangeMentorProfile { user_id: other }).is_err());
        assert!(authorize(&reviewer, Action::SeeMentor { user_id: other }).is_ok());
        assert!(authorize(&mentor, Action::SeeMentor { user_id: other }).is_err());
        // Someone who is not a mentor has no profile of their own to write.
        let staff = person(&[(Some(Uuid::now_v7()), Role::PartnerStaff)]);
        let Actor::User(them) = &staff else { unreachable!() };
        assert!(authorize(&staff, Action::ChangeMentorProfile { user_id: them.user_id }).is_err());
    }

    #[test]
    fn an_msme_is_seen_whole_by_its_owner_and_the_agency_and_by_a_partner_only_with_consent() {
        let msme = Uuid::now_v7();
        let bank = Uuid::now_v7();
        let owner = person(&[(Some(msme), Role::MsmeOwner)]);
        let manager = person(&[(None, Role::ProgrammeManager)]);
        let staff = person(&[(Some(bank), Role::PartnerStaff)]);
        assert_eq!(msme_view(&owner, msme, &[]), MsmeView::Whole);
        assert_eq!(msme_view(&manager, msme, &[]), MsmeView::Whole);
        assert_eq!(msme_view(&staff, msme, &[]), MsmeView::Hidden);
        assert_eq!(msme_view(&Actor::Anonymous, msme, &[]), MsmeView::Hidden);
        let consent = Consent {
            id: Uuid::now_v7(),
            msme_id: msme,
            partner_id: bank,
            figures: vec![Figure::Employees],
            expires_on: jiff::civil::date(2030, 1, 1),
            granted_by: Uuid::now_v7(),
            granted_at: jiff::Timestamp::UNIX_EPOCH,
            revoked_by: None,
            revoked_at: None,
        };
        assert_eq!(
            msme_view(&staff, msme, std::slice::from_ref(&consent)),
            MsmeView::Figures(vec![Figure::Employees])
        );
        let other_bank_staff = person(&[(Some(Uuid::now_v7()), Role::PartnerStaff)]);
        assert_eq!(msme_view(&other_bank_staff, msme, &[consent]), MsmeView::Hidden);
    }

    #[test]
    fn only_the_owner_decides_what_an_msme_shares() {
        let msme = Uuid::now_v7();
        assert!(
            authorize(&person(&[(Some(msme), Role::MsmeOwner)]), Action::ManageConsent { msme_id: msme })
                .is_ok()
        );
        assert!(
            authorize(&person(&[(None, Role::Administrator)]), Action::ManageConsent { msme_id: msme })
                .is_err()
        );
    }

    #[test]
    fn only_mitra_itself_runs_maintenance_and_only_administrators_import() {
        assert!(authorize(&Actor::System, Action::Maintain).is_ok());
        assert!(authorize(&person(&[(None, Role::Administrator)]), Action::Maintain).is_err());
        assert!(authorize(&person(&[(None, Role::Administrator)]), Action::ImportRegistry).is_ok());
        assert!(authorize(&person(&[(None, Role::ProgrammeManager)]), Action::ImportRegistry).is_err());
    }

    #[test]
    fn only_owners_apply_reviewers_review_and_approvers_or_administrators_decide() {
        let msme = Uuid::now_v7();
        let bank = Uuid::now_v7();
        let other = Uuid::now_v7();
        let owner = person(&[(Some(msme), Role::MsmeOwner)]);
        let reviewer = person(&[(None, Role::Reviewer)]);
        let bank_reviewer = person(&[(Some(bank), Role::Reviewer)]);
        let approver = person(&[(None, Role::Approver)]);
        let administrator = person(&[(None, Role::Administrator)]);
        let staff = person(&[(Some(bank), Role::PartnerStaff)]);
        assert!(authorize(&owner, Action::Apply { msme_id: msme }).is_ok());
        assert!(authorize(&administrator, Action::Apply { msme_id: msme }).is_err());
        assert!(authorize(&reviewer, Action::Review { partner_id: bank }).is_ok());
        assert!(authorize(&bank_reviewer, Action::Review { partner_id: bank }).is_ok());
        assert!(authorize(&bank_reviewer, Action::Review { partner_id: other }).is_err());
        assert!(authorize(&approver, Action::Review { partner_id: bank }).is_err());
        assert!(authorize(&approver, Action::Decide { partner_id: bank }).is_ok());
        assert!(authorize(&administrator, Action::Decide { partner_id: bank }).is_ok());
        assert!(authorize(&reviewer, Action::Decide { partner_id: bank }).is_err());
        assert!(authorize(&staff, Action::Decide { partner_id: bank }).is_err());
        assert!(authorize(&staff, Action::SeeApplications { partner_id: bank }).is_ok());
        assert!(authorize(&staff, Action::SeeApplications { partner_id: other }).is_err());
        assert!(authorize(&owner, Action::SeeApplications { partner_id: bank }).is_err());
    }

    #[test]
    fn lists_show_the_agency_everything_and_others_the_partners_and_their_own_firms() {
        let msme = Uuid::now_v7();
        assert_eq!(list_scope(&person(&[(None, Role::Reviewer)])), ListScope::Everything);
        assert_eq!(list_scope(&person(&[(Some(msme), Role::MsmeOwner)])), ListScope::PartnersAnd(vec![msme]));
        assert_eq!(list_scope(&Actor::Anonymous), ListScope::PartnersAnd(vec![]));
    }

    #[test]
    fn reports_are_read_with_the_firm_or_its_consent_and_written_by_owners_managers_and_consenting_partners()
    {
        let msme = Uuid::now_v7();
        let bank = Uuid::now_v7();
        let owner = person(&[(Some(msme), Role::MsmeOwner)]);
        let manager = person(&[(None, Role::ProgrammeManager)]);
        let reviewer = person(&[(None, Role::Reviewer)]);
        let staff = person(&[(Some(bank), Role::PartnerStaff)]);
        let turnover_only = MsmeView::Figures(vec![Figure::Turnover]);
        let reports = MsmeView::Figures(vec![Figure::RecoveryReports]);
        assert!(sees_reports(&MsmeView::Whole) && sees_reports(&reports));
        assert!(!sees_reports(&turnover_only) && !sees_reports(&MsmeView::Hidden));
        assert!(may_report(&owner, msme, &MsmeView::Whole));
        assert!(may_report(&manager, msme, &MsmeView::Whole));
        assert!(!may_report(&reviewer, msme, &MsmeView::Whole), "a reviewer reads, and does not write");
        assert!(may_report(&staff, msme, &reports));
        assert!(!may_report(&staff, msme, &turnover_only));
        assert!(!may_report(&Actor::Anonymous, msme, &MsmeView::Whole));
        assert!(authorize(&reviewer, Action::SeeDashboards).is_ok());
        assert!(authorize(&staff, Action::SeeDashboards).is_err());
        assert!(authorize(&owner, Action::SeeDashboards).is_err());
        assert!(authorize(&manager, Action::RemindReporters).is_ok());
        assert!(authorize(&reviewer, Action::RemindReporters).is_err(), "a reviewer sees, and does not send");
        assert!(authorize(&staff, Action::RemindReporters).is_err());
        assert!(authorize(&owner, Action::RemindReporters).is_err());
    }
}
