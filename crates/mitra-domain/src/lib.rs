//! Mitra's domain: the nouns of an MSME recovery programme as validated types.
//!
//! Everything here is pure: no IO, no HTTP, no SQL. A value of one of these types has been
//! checked when it was made (parse, don't validate), so the layers above never re-check it.
//!
//! - [`account`]: email addresses, roles, passwords, the figures an MSME may share.
//! - [`text`]: bounded, printable text (names, descriptions, regions).
//! - [`geo`]: ISO 3166-1 countries and ISO 639-1 languages.
//! - [`money`]: exact decimal amounts with an ISO 4217 currency.
//! - [`industry`]: ISIC Rev.4 with its hierarchy, NAICS 2017, and unclassified codes.
//! - [`size`]: the size class of a firm under its country's rule in force on a date.
//! - [`organization`]: organisations of the eight kinds, MSME and partner profiles.
//! - [`opportunity`]: what partners offer on the five channels.
//! - [`mentor`]: a mentor's expertise, languages, regions, capacity and availability.
//! - [`mentoring`]: the sessions a mentor logs for a pair, and the mentee's word on each.
//! - [`programme`]: what an agency or partner runs on one channel: its opportunities, its
//!   baseline year and its fairness targets.
//! - [`round`]: match rounds: a cohort of firms, a pool of mentors, the fit of each pair.
//! - [`application`]: an MSME's application to an opportunity, its states and reviews.
//! - [`relief`]: relief-loan terms and what they mean for one loan.
//! - [`recovery`]: a firm's monthly recovery reports, its baseline, the recovery index and jobs.
//! - [`query`]: which organisations or opportunities a list asks for, and which page.
//! - [`validation`]: problems with an input, and the mark of a checked value.

pub mod account;
pub mod application;
pub mod geo;
pub mod industry;
pub mod mentor;
pub mod mentoring;
pub mod money;
pub mod opportunity;
pub mod organization;
pub mod programme;
pub mod query;
pub mod recovery;
pub mod relief;
pub mod round;
pub mod size;
pub mod text;
pub mod validation;

pub use account::{Email, Figure, Role};
pub use application::{
    Application, ApplicationDraft, ApplicationStatus, Party, Refusal, Review, Rubric, RubricCriterion,
    Screening, Transition, Uptake,
};
pub use geo::{Country, Language};
pub use industry::IndustryCode;
pub use mentor::MentorProfile;
pub use money::{Currency, Money, MoneyError};
pub use opportunity::{Capacity, Opportunity, OpportunityDraft, Priorities};
pub use organization::{
    Channel, ChannelNote, LegalForm, MsmeProfile, OperatingStatus, Organization, OrganizationDraft,
    OrganizationKind, Ownership, PartnerProfile, YearFigures,
};
pub use programme::{FairnessTargets, Programme, ProgrammeDraft, RegionTarget};
pub use query::{Listed, OpportunityQuery, OrganizationQuery, Page};
pub use size::{Classification, SizeClass, SizeError, SizeFigures};
pub use text::{Text, TextError};
pub use validation::{Checked, Invalid, Problem, RuleProblem};
