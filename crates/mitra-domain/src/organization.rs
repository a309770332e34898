//! Organisations: MSMEs and the partners that help them.
//!
//! An organisation is one of eight kinds. An MSME carries an [`MsmeProfile`] with the figures
//! that decide its size class; every other kind may carry a [`PartnerProfile`] saying what it
//! offers. The size class is computed from the profile, never stored as typed in.

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use crate::geo::{Country, Language};
use crate::industry::IndustryCode;
use crate::money::Money;
use crate::size::{self, Classification, SizeError, SizeFigures};
use crate::text::{Description, Name, Region, Text};
use crate::validation::{Checked, Invalid, Problem};

/// The eight kinds of organisation of the founding text.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationKind {
    Msme,
    FinancialInstitution,
    GovernmentAgency,
    Nonprofit,
    Academic,
    Corporate,
    EcommercePlatform,
    DevelopmentBank,
}

/// The five channels through which partnerships help a firm recover.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Funding, technology, raw materials, pooled buying.
    Resources,
    /// Knowledge and expertise.
    Knowledge,
    /// Networking and B2B linkage.
    Networking,
    /// Market access and distribution.
    Markets,
    /// Training and mentoring.
    Training,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    SoleProprietorship,
    Partnership,
    LimitedLiabilityPartnership,
    PrivateCompany,
    PublicCompany,
    Cooperative,
    Other,
}

/// Whether the firm trades, as its owner last reported.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperatingStatus {
    Operating,
    ReducedOperations,
    TemporarilyClosed,
    PermanentlyClosed,
}

macro_rules! names {
    ($type:ty { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $type {
            pub const ALL: &'static [$type] = &[$(<$type>::$variant),+];

            /// The name used in the API and the database.
            pub fn as_str(&self) -> &'static str {
                match self { $(<$type>::$variant => $name),+ }
            }

            pub fn parse(raw: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|value| value.as_str() == raw)
            }
        }

        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use names;

names!(OrganizationKind {
    Msme => "msme",
    FinancialInstitution => "financial_institution",
    GovernmentAgency => "government_agency",
    Nonprofit => "nonprofit",
    Academic => "academic",
    Corporate => "corporate",
    EcommercePlatform => "ecommerce_platform",
    DevelopmentBank => "development_bank",
});
names!(Channel {
    Resources => "resources",
    Knowledge => "knowledge",
    Networking => "networking",
    Markets => "markets",
    Training => "training",
});
names!(LegalForm {
    SoleProprietorship => "sole_proprietorship",
    Partnership => "partnership",
    LimitedLiabilityPartnership => "limited_liability_partnership",
    PrivateCompany => "private_company",
    PublicCompany => "public_company",
    Cooperative => "cooperative",
    Other => "other",
});
names!(OperatingStatus {
    Operating => "operating",
    ReducedOperations => "reduced_operations",
    TemporarilyClosed => "temporarily_closed",
    PermanentlyClosed => "permanently_closed",
});

/// A need or an offer on one channel, in the owner's or partner's words.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChannelNote {
    pub channel: Channel,
    pub description: Text<500>,
}

/// Women-, youth- and veteran-led, as the owner declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Ownership {
    pub women_led: bool,
    pub youth_led: bool,
    pub veteran_led: bool,
}

/// More persons than the largest employer on earth has: a typing or unit error.
pub const MAX_EMPLOYEES: u32 = 5_000_000;

/// What an MSME is, has and needs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MsmeProfile {
    pub legal_form: LegalForm,
    /// The number under which the firm is registered in its country (Indonesia's NIB,
    /// India's Udyam number, a Canadian business number), as the owner writes it.
    #[serde(default)]
    pub registration_number: Option<Text<50>>,
    pub founded_on: Option<Date>,
    pub industry: Option<IndustryCode>,
    pub employees: Option<u32>,
    pub annual_turnover: Option<Money>,
    /// Investment in plant, machinery and equipment (or fixed assets, as the country counts).
    pub investment: Option<Money>,
    /// Read by the EU rule only.
    pub balance_sheet_total: Option<Money>,
    pub ownership: Ownership,
    pub operating_status: OperatingStatus,
    pub needs: Vec<ChannelNote>,
    pub offers: Vec<ChannelNote>,
    /// Figures of past years that programmes' rules read (CEBA reads 2019's payroll and 2020's
    /// non-deferrable expenses), one entry per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<YearFigures>,
}

/// The figures of one past (calendar or fiscal) year, each as the owner reports it.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct YearFigures {
    pub year: i16,
    /// Employment income paid: salaries, wages and benefits (the T4 total in Canada).
    #[serde(default)]
    pub payroll: Option<Money>,
    /// Costs that could not be deferred: rent, utilities, insurance, property tax, debt service.
    #[serde(default)]
    pub non_deferrable_expenses: Option<Money>,
    #[serde(default)]
    pub turnover: Option<Money>,
    #[serde(default)]
    pub employees: Option<u32>,
}

/// The earliest year whose figures a profile keeps.
pub const FIRST_FIGURES_YEAR: i16 = 1990;

impl MsmeProfile {
    /// The figures reported for `year`.
    pub fn figures_of(&self, year: i16) -> Option<&YearFigures> {
        self.figures.iter().find(|figures| figures.year == year)
    }
}

/// What a partner offers, on which channels.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct PartnerProfile {
    pub offers: Vec<ChannelNote>,
}

/// The content of an organisation, checked as a whole.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationDraft {
    pub kind: OrganizationKind,
    pub name: Name,
    pub country: Country,
    pub region: Option<Region>,
    pub languages: Vec<Language>,
    pub description: Option<Description>,
    pub msme: Option<MsmeProfile>,
    pub partner: Option<PartnerProfile>,
}

/// A stored organisation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Organization {
    pub id: Uuid,
    #[serde(flatten)]
    pub details: OrganizationDraft,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub archived_at: Option<Timestamp>,
    /// Moves by one with every change of content or archive state, starting at 1: a client
    /// that read version N changes the record only while it still is N.
    #[serde(default = "first_version")]
    pub version: u64,
}

/// Whether two registration numbers are the same number, however written: only letters and
/// digits count, without case (`UDYAM-MH-26-0012345` is `udyam mh 26 0012345`).
pub fn same_registration(a: &str, b: &str) -> bool {
    let key = |raw: &str| -> String {
        raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_uppercase).collect()
    };
    let (a, b) = (key(a), key(b));
    !a.is_empty() && a == b
}

impl OrganizationDraft {
    /// Checks what no single field can: the profile matches the kind, dates are not in the
    /// future, lists have no duplicates. Every problem is reported, each with its field.
    pub fn check(self, today: Date) -> Result<Checked<Self>, Vec<Invalid>> {
        let mut problems = Vec::new();
        match (self.kind, &self.msme, &self.partner) {
            (OrganizationKind::Msme, None, _) => {
                problems.push(Invalid::new("msme", "is required for an organisation of kind msme"));
            }
            (OrganizationKind::Msme, Some(_), Some(_)) => problems.push(Invalid::new(
                "partner",
                "must be absent for an msme: an MSME's offers go in msme.offers",
            )),
            (kind, Some(_), _) if kind != OrganizationKind::Msme => problems
                .push(Invalid::new("msme", format!("must be absent for an organisation of kind {kind}"))),
            _ => {}
        }
        if self.languages.is_empty() {
            problems.push(Invalid::new("languages", Problem::NoLanguage));
        }
        duplicates(&mut problems, "languages", &self.languages);
        if let Some(msme) = &self.msme {
            if msme.founded_on.is_some_and(|founded| founded > today) {
                problems.push(Invalid::new("msme.founded_on", Problem::InFuture));
            }
            if msme.employees.is_some_and(|n| n > MAX_EMPLOYEES) {
                problems
                    .push(Invalid::new("msme.employees", Problem::AtMost { max: MAX_EMPLOYEES.to_string() }));
            }
            check_figures(&mut problems, &msme.figures, today);
        }
        if problems.is_empty() { Ok(Checked::new(self)) } else { Err(problems) }
    }

    /// The size class of an MSME under its country's rule in force on `on`; `None` for
    /// other kinds.
    pub fn size_class(&self, on: Date) -> Option<Result<Classification, SizeError>> {
        let msme = self.msme.as_ref()?;
        let figures = SizeFigures {
            employees: msme.employees,
            annual_turnover: msme.annual_turnover,
            investment: msme.investment,
            balance_sheet_total: msme.balance_sheet_total,
            founded_on: msme.founded_on,
            industry: msme.industry.clone(),
        };
        Some(size::classify(self.country, &figures, on))
    }

    /// The channels this organisation needs (an MSME) or offers (anyone), without repeats.
    pub fn channels(&self) -> Vec<Channel> {
        let mut channels: Vec<Channel> = self
            .msme
            .iter()
            .flat_map(|m| m.needs.iter().chain(&m.offers))
            .chain(self.partner.iter().flat_map(|p| &p.offers))
            .map(|note| note.channel)
            .collect();
        channels.sort();
        channels.dedup();
        channels
    }
}

fn check_figures(problems: &mut Vec<Invalid>, figures: &[YearFigures], today: Date) {
    for (index, entry) in figures.iter().enumerate() {
        let field = |name: &str| format!("msme.figures[{index}].{name}");
        if entry.year < FIRST_FIGURES_YEAR || entry.year > today.year() {
            problems.push(Invalid::new(
                field("year"),
                Problem::Between { min: FIRST_FIGURES_YEAR.into(), max: today.year().into() },
            ));
        }
        if figures[..index].iter().any(|earlier| earlier.year == entry.year) {
            problems.push(Invalid::new(field("year"), Problem::Repeats { item: entry.year.to_string() }));
        }
        if entry.employees.is_some_and(|n| n > MAX_EMPLOYEES) {
            problems
                .push(Invalid::new(field("employees"), Problem::AtMost { max: MAX_EMPLOYEES.to_string() }));
        }
    }
}

pub(crate) fn duplicates<T: PartialEq + std::fmt::Display>(
    problems: &mut Vec<Invalid>,
    field: &str,
    items: &[T],
) {
    for (index, item) in items.iter().enumerate() {
        if items[..index].contains(item) {
            problems
                .push(Invalid::new(format!("{field}[{index}]"), Problem::Repeats { item: item.to_string() }));
        }
    }
}

fn first_version() -> u64 {
    1
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn draft(kind: OrganizationKind) -> OrganizationDraft {
        OrganizationDraft {
            kind,
            name: Name::parse("Kumasi Cocoa Growers").unwrap(),
            country: Country::parse("GH").unwrap(),
            region: None,
            languages: vec![Language::parse("en").unwrap()],
            description: None,
            msme: None,
            partner: None,
        }
    }

    fn msme_profile() -> MsmeProfile {
        MsmeProfile {
            registration_number: None,
            legal_form: LegalForm::Cooperative,
            founded_on: Some(date(2015, 3, 1)),
            industry: Some(IndustryCode::parse("0127").unwrap()),
            employees: Some(12),
            annual_turnover: Some(Money::parse("900000", "GHS").unwrap()),
            investment: None,
            balance_sheet_total: None,
            ownership: Ownership { women_led: true, ..Ownership::default() },
            operating_status: OperatingStatus::Operating,
            needs: vec![],
            offers: vec![],
            figures: vec![],
        }
    }

    #[test]
    fn an_msme_without_its_profile_is_refused() {
        let problems = draft(OrganizationKind::Msme).check(date(2026, 1, 1)).unwrap_err();
        assert_eq!(problems, [Invalid::new("msme", "is required for an organisation of kind msme")]);
    }

    #[test]
    fn a_bank_with_an_msme_profile_is_refused() {
        let mut bank = draft(OrganizationKind::FinancialInstitution);
        bank.msme = Some(msme_profile());
        let problems = bank.check(date(2026, 1, 1)).unwrap_err();
        assert_eq!(problems[0].field, "msme");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut firm = draft(OrganizationKind::Msme);
        let mut profile = msme_profile();
        profile.founded_on = Some(date(2030, 1, 1));
        profile.employees = Some(MAX_EMPLOYEES + 1);
        firm.msme = Some(profile);
        firm.languages = vec![];
        let fields: Vec<String> =
            firm.check(date(2026, 1, 1)).unwrap_err().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["languages", "msme.founded_on", "msme.employees"]);
    }

    #[test]
    fn repeated_languages_are_named_by_position() {
        let mut bank = draft(OrganizationKind::FinancialInstitution);
        bank.languages.push(Language::parse("EN").unwrap());
        let problems = bank.check(date(2026, 1, 1)).unwrap_err();
        assert_eq!(problems, [Invalid::new("languages[1]", "repeats en")]);
    }

    #[test]
    fn figures_of_a_year_not_yet_over_or_given_twice_are_refused() {
        let mut firm = draft(OrganizationKind::Msme);
        let mut profile = msme_profile();
        let year = |year| YearFigures { year, ..YearFigures::default() };
        profile.figures = vec![year(2019), year(2027), year(2019)];
        firm.msme = Some(profile);
        let problems = firm.check(date(2026, 6, 1)).unwrap_err();
        assert_eq!(
            problems,
            [
                Invalid::new("msme.figures[1].year", "must be from 1990 to 2026"),
                Invalid::new("msme.figures[2].year", "repeats 2019"),
            ]
        );
    }

    #[test]
    fn an_msme_size_class_follows_from_its_figures() {
        let mut firm = draft(OrganizationKind::Msme);
        firm.msme = Some(msme_profile());
        let classification = firm.size_class(date(2026, 1, 1)).unwrap().unwrap();
        assert_eq!(classification.class, crate::SizeClass::Small);
        assert!(draft(OrganizationKind::Nonprofit).size_class(date(2026, 1, 1)).is_none());
    }
}
