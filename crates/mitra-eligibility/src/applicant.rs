//! The applicant as rules see it: the documented fields a criterion may read, and the
//! values of one applicant, read from its organisation's record on the application date.

use jiff::civil::Date;
use mitra_domain::{
    Country, LegalForm, Money, OperatingStatus, OrganizationDraft, OrganizationKind, Ownership, SizeClass,
    YearFigures,
};

/// A field of the applicant a criterion may read. Every field may be unknown (the profile
/// lacks it), except the kind, the country, the ownership flags and the application date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Kind,
    Country,
    Region,
    LegalForm,
    FoundedOn,
    /// Whole years from `founded_on` to the application date.
    YearsInOperation,
    OperatingStatus,
    Industry,
    IsicSection,
    SizeClass,
    Employees,
    Turnover,
    Investment,
    BalanceSheetTotal,
    WomenLed,
    YouthLed,
    VeteranLed,
    ApplicationDate,
    /// `figures[2019].payroll` and the like.
    Year(i16, YearFigure),
}

/// A figure of one past year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum YearFigure {
    Payroll,
    NonDeferrableExpenses,
    Turnover,
    Employees,
}

/// What kind of value a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Bool,
    Number,
    Money,
    Date,
    Text,
    /// One of a fixed list of codes (kinds, countries, size classes…).
    Code(Codes),
}

/// The list a code field's values come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codes {
    Kind,
    Country,
    LegalForm,
    OperatingStatus,
    IsicSection,
    SizeClass,
}

impl Codes {
    /// The code as the applicant's field holds it, if `raw` is one (any case for countries
    /// and sections).
    pub fn canonical(self, raw: &str) -> Option<String> {
        match self {
            Codes::Kind => OrganizationKind::parse(raw).map(|v| v.as_str().to_owned()),
            Codes::Country => Country::parse(raw).ok().map(|c| c.code().to_owned()),
            Codes::LegalForm => LegalForm::parse(raw).map(|v| v.as_str().to_owned()),
            Codes::OperatingStatus => OperatingStatus::parse(raw).map(|v| v.as_str().to_owned()),
            Codes::IsicSection => mitra_domain::industry::isic_sections()
                .map(|(letter, _)| letter)
                .find(|letter| letter.eq_ignore_ascii_case(raw))
                .map(str::to_owned),
            Codes::SizeClass => {
                SizeClass::ALL.iter().find(|c| c.as_str() == raw).map(|c| c.as_str().to_owned())
            }
        }
    }
}

/// The fields a rule may name, as it names them, with their types (the documented context).
pub const FIELDS: &[(&str, Field, Type)] = &[
    ("kind", Field::Kind, Type::Code(Codes::Kind)),
    ("country", Field::Country, Type::Code(Codes::Country)),
    ("region", Field::Region, Type::Text),
    ("legal_form", Field::LegalForm, Type::Code(Codes::LegalForm)),
    ("founded_on", Field::FoundedOn, Type::Date),
    ("years_in_operation", Field::YearsInOperation, Type::Number),
    ("operating_status", Field::OperatingStatus, Type::Code(Codes::OperatingStatus)),
    ("industry", Field::Industry, Type::Text),
    ("isic_section", Field::IsicSection, Type::Code(Codes::IsicSection)),
    ("size_class", Field::SizeClass, Type::Code(Codes::SizeClass)),
    ("employees", Field::Employees, Type::Number),
    ("turnover", Field::Turnover, Type::Money),
    ("investment", Field::Investment, Type::Money),
    ("balance_sheet_total", Field::BalanceSheetTotal, Type::Money),
    ("women_led", Field::WomenLed, Type::Bool),
    ("youth_led", Field::YouthLed, Type::Bool),
    ("veteran_led", Field::VeteranLed, Type::Bool),
    ("application_date", Field::ApplicationDate, Type::Date),
];

/// The figures of a past year, as `figures[YEAR].<name>` names them.
pub const YEAR_FIGURES: &[(&str, YearFigure, Type)] = &[
    ("payroll", YearFigure::Payroll, Type::Money),
    ("non_deferrable_expenses", YearFigure::NonDeferrableExpenses, Type::Money),
    ("turnover", YearFigure::Turnover, Type::Money),
    ("employees", YearFigure::Employees, Type::Number),
];

impl Field {
    /// The field as a rule names it: `employees`, `figures[2019].payroll`.
    pub fn path(&self) -> String {
        match self {
            Field::Year(year, figure) => {
                let name = YEAR_FIGURES.iter().find(|(_, f, _)| f == figure).map_or("", |(n, _, _)| n);
                format!("figures[{year}].{name}")
            }
            field => FIELDS.iter().find(|(_, f, _)| f == field).map_or("", |(name, _, _)| name).to_owned(),
        }
    }

    pub fn of_type(&self) -> Type {
        match self {
            Field::Year(_, figure) => YEAR_FIGURES.iter().find(|(_, f, _)| f == figure).map(|(_, _, t)| *t),
            field => FIELDS.iter().find(|(_, f, _)| f == field).map(|(_, _, t)| *t),
        }
        .unwrap_or(Type::Text)
    }
}

/// One applicant's values for every field, as of the application date.
#[derive(Debug, Clone, PartialEq)]
pub struct Applicant {
    pub kind: OrganizationKind,
    pub country: Country,
    /// Lower-cased, as rules compare regions without regard to case.
    pub region: Option<String>,
    pub legal_form: Option<LegalForm>,
    pub founded_on: Option<Date>,
    pub operating_status: Option<OperatingStatus>,
    /// Lower-cased, as rules compare text without regard to case.
    pub industry: Option<String>,
    pub isic_section: Option<&'static str>,
    pub size_class: Option<SizeClass>,
    pub employees: Option<u32>,
    pub turnover: Option<Money>,
    pub investment: Option<Money>,
    pub balance_sheet_total: Option<Money>,
    pub ownership: Ownership,
    pub figures: Vec<YearFigures>,
    pub application_date: Date,
}

impl Applicant {
    /// The applicant an organisation's record makes on `application_date`, with the size
    /// class its country's rule in force on that date gives.
    pub fn of(draft: &OrganizationDraft, application_date: Date) -> Self {
        let msme = draft.msme.as_ref();
        let size_class = draft.size_class(application_date).and_then(Result::ok).map(|c| c.class);
        Self {
            kind: draft.kind,
            country: draft.country,
            region: draft.region.as_ref().map(|r| r.to_string().to_lowercase()),
            legal_form: msme.map(|m| m.legal_form),
            founded_on: msme.and_then(|m| m.founded_on),
            operating_status: msme.map(|m| m.operating_status),
            industry: msme.and_then(|m| m.industry.as_ref()).map(|code| code.code().to_lowercase()),
            isic_section: msme.and_then(|m| m.industry.as_ref()).and_then(|code| code.isic_section()),
            size_class,
            employees: msme.and_then(|m| m.employees),
            turnover: msme.and_then(|m| m.annual_turnover),
            investment: msme.and_then(|m| m.investment),
            balance_sheet_total: msme.and_then(|m| m.balance_sheet_total),
            ownership: msme.map(|m| m.ownership).unwrap_or_default(),
            figures: msme.map(|m| m.figures.clone()).unwrap_or_default(),
            application_date,
        }
    }

    /// The value of `field`, or `Value::Unknown` when the profile lacks it.
    pub fn value(&self, field: Field) -> Value<'_> {
        use Value::{Bool, Code, Date as D, Money as M, Number, Text, Unknown};
        let or_unknown = |value: Option<Value<'static>>| value.unwrap_or(Unknown);
        match field {
            Field::Kind => Code(self.kind.as_str()),
            Field::Country => Code(self.country.code()),
            Field::Region => self.region.as_deref().map_or(Unknown, Text),
            Field::LegalForm => or_unknown(self.legal_form.map(|v| Code(v.as_str()))),
            Field::FoundedOn => or_unknown(self.founded_on.map(D)),
            Field::YearsInOperation => or_unknown(self.founded_on.and_then(|founded| {
                let span = founded.until((jiff::Unit::Year, self.application_date)).ok()?;
                Some(Number(i64::from(span.get_years())))
            })),
            Field::OperatingStatus => or_unknown(self.operating_status.map(|v| Code(v.as_str()))),
            Field::Industry => self.industry.as_deref().map_or(Unknown, Text),
            Field::IsicSection => or_unknown(self.isic_section.map(Code)),
            Field::SizeClass => or_unknown(self.size_class.map(|v| Code(v.as_str()))),
            Field::Employees => or_unknown(self.employees.map(|n| Number(n.into()))),
            Field::Turnover => or_unknown(self.turnover.map(M)),
            Field::Investment => or_unknown(self.investment.map(M)),
            Field::BalanceSheetTotal => or_unknown(self.balance_sheet_total.map(M)),
            Field::WomenLed => Bool(self.ownership.women_led),
            Field::YouthLed => Bool(self.ownership.youth_led),
            Field::VeteranLed => Bool(self.ownership.veteran_led),
            Field::ApplicationDate => D(self.application_date),
            Field::Year(year, figure) => {
                let Some(figures) = self.figures.iter().find(|f| f.year == year) else {
                    return Unknown;
                };
                or_unknown(match figure {
                    YearFigure::Payroll => figures.payroll.map(M),
                    YearFigure::NonDeferrableExpenses => figures.non_deferrable_expenses.map(M),
                    YearFigure::Turnover => figures.turnover.map(M),
                    YearFigure::Employees => figures.employees.map(|n| Number(n.into())),
                })
            }
        }
    }
}

/// A value while a rule is judged, borrowed from the applicant or the rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// The profile lacks what the value depends on.
    Unknown,
    Bool(bool),
    Number(i64),
    Money(Money),
    Date(Date),
    Text(&'a str),
    Code(&'a str),
}
