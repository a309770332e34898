//! The size class of a firm, computed under its country's rule in force on a date.
//!
//! A size class is never typed in: it follows from the firm's figures and the law. Each rule
//! below names its source. Where a rule needs a figure the profile lacks, the result names the
//! missing figures instead of guessing, and a figure in the wrong currency is an error, not a
//! conversion.
//!
//! | country | rule | in force from |
//! |---|---|---|
//! | India | S.O. 2119(E): investment and turnover at most INR 1/5, 10/50, 50/250 crore | 2020-07-01 |
//! | India | S.O. 1364(E): 2.5/10, 25/100, 125/500 crore | 2025-04-01 |
//! | EU members | Recommendation 2003/361/EC: under 10/50/250 staff and turnover at most EUR 2/10/50 million or balance sheet at most 2/10/43 million | 2005-01-01 |
//! | Indonesia | PP 7/2021 art. 35: annual sales up to IDR 2/15/50 billion; a firm without a year of sales: capital excluding land and buildings up to 1/5/10 billion | 2021-02-02 |
//! | Mexico | DOF 2009-06-30: workers x 10% + sales in MXN millions x 90%, at most 4.6 (micro), 93 commerce / 95 industry and services (small), 235 commerce and services / 250 industry (medium) | 2009-06-30 |
//! | Ghana | L.I. 2470: 1-5 employees and turnover or fixed assets up to GHS 150,000; 6-30 and 6 million; 31-100 and 18 million; exceeding any criterion moves the firm up | 2023-11-30 |
//! | Canada | ISED Key Small Business Statistics bands: 1-4 paid employees micro, up to 99 small, 100-499 medium | always (statistical) |

use std::fmt;

use jiff::civil::{Date, date};
use rust_decimal::Decimal;

use crate::geo::Country;
use crate::industry::IndustryCode;
use crate::money::{Currency, Money};

/// Micro, small, medium or large, in that order.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeClass {
    Micro,
    Small,
    Medium,
    Large,
}

impl SizeClass {
    pub const ALL: [SizeClass; 4] = [Self::Micro, Self::Small, Self::Medium, Self::Large];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Micro => "micro",
            Self::Small => "small",
            Self::Medium => "medium",
            Self::Large => "large",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|class| class.as_str() == raw)
    }

    fn from_index(index: usize) -> Self {
        Self::ALL[index.min(3)]
    }
}

impl fmt::Display for SizeClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A figure of a firm that a rule may need; its name is the profile field's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    Employees,
    AnnualTurnover,
    Investment,
    BalanceSheetTotal,
    FoundedOn,
    IndustryCode,
}

impl Figure {
    pub fn field(&self) -> &'static str {
        match self {
            Self::Employees => "employees",
            Self::AnnualTurnover => "annual_turnover",
            Self::Investment => "investment",
            Self::BalanceSheetTotal => "balance_sheet_total",
            Self::FoundedOn => "founded_on",
            Self::IndustryCode => "industry_code",
        }
    }
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.field())
    }
}

/// The figures of a firm that size rules read.
#[derive(Debug, Clone, Default)]
pub struct SizeFigures {
    /// Persons employed (paid or permanent, as the country's rule counts them).
    pub employees: Option<u32>,
    pub annual_turnover: Option<Money>,
    /// Investment in plant, machinery and equipment; fixed assets; or business capital
    /// excluding land and buildings, depending on the country's wording.
    pub investment: Option<Money>,
    pub balance_sheet_total: Option<Money>,
    pub founded_on: Option<Date>,
    pub industry: Option<IndustryCode>,
}

/// A size class with the rule that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classification {
    pub class: SizeClass,
    /// The rule's citation, such as `India S.O. 1364(E)`.
    pub rule: &'static str,
}

/// Why no size class could be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SizeError {
    #[error("Mitra has no size rule for {0}")]
    NoRule(Country),
    #[error("no size rule of {country} was in force on {on}")]
    NotInForce { country: Country, on: Date },
    #[error("{rule} needs {}", list(.figures, "and"))]
    Missing { rule: &'static str, figures: Vec<Figure> },
    #[error("{rule} needs {}", list(.figures, "or"))]
    MissingOneOf { rule: &'static str, figures: Vec<Figure> },
    #[error("{rule} reads {figure} in {expected}, but it is given in {got}")]
    WrongCurrency { rule: &'static str, figure: Figure, expected: &'static str, got: Currency },
}

fn list(figures: &[Figure], conjunction: &str) -> String {
    let names: Vec<&str> = figures.iter().map(Figure::field).collect();
    match names.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} {conjunction} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Computes the size class of a firm in `country` under the rule in force on `on`.
pub fn classify(country: Country, figures: &SizeFigures, on: Date) -> Result<Classification, SizeError> {
    match country.code() {
        "IN" => india(figures, on, country),
        "ID" => indonesia(figures, on, country),
        "MX" => mexico(figures, on, country),
        "GH" => ghana(figures, on, country),
        "CA" => canada(figures),
        _ if country.is_eu_member() => european_union(figures, on, country),
        _ => Err(SizeError::NoRule(country)),
    }
}

const fn units(whole: i64, scale_of_ten: u32) -> Decimal {
    Decimal::from_parts(
        (whole as u64 * 10u64.pow(scale_of_ten)) as u32,
        ((whole as u64 * 10u64.pow(scale_of_ten)) >> 32) as u32,
        0,
        false,
        0,
    )
}

/// The class whose limit is the first at least `value`, or large above all three.
fn class_at_most(value: Decimal, limits: [Decimal; 3]) -> SizeClass {
    SizeClass::from_index(limits.iter().position(|limit| value <= *limit).unwrap_or(3))
}

/// Reads an amount, insisting on the rule's currency.
fn amount(
    rule: &'static str,
    figure: Figure,
    money: &Option<Money>,
    expected: &'static str,
) -> Result<Option<Decimal>, SizeError> {
    match money {
        None => Ok(None),
        Some(m) if m.currency().code() == expected => Ok(Some(m.amount())),
        Some(m) => Err(SizeError::WrongCurrency { rule, figure, expected, got: m.currency() }),
    }
}

fn require<T: Copy>(missing: &mut Vec<Figure>, figure: Figure, value: Option<T>) -> Option<T> {
    if value.is_none() {
        missing.push(figure);
    }
    value
}

fn india(f: &SizeFigures, on: Date, country: Country) -> Result<Classification, SizeError> {
    // One crore is ten million rupees.
    let crore = |tenths: i64| units(tenths, 6);
    let (rule, investment_limits, turnover_limits) = if on >= date(2025, 4, 1) {
        ("India S.O. 1364(E)", [crore(25), crore(250), crore(1250)], [crore(100), crore(1000), crore(5000)])
    } else if on >= date(2020, 7, 1) {
        ("India S.O. 2119(E)", [crore(10), crore(100), crore(500)], [crore(50), crore(500), crore(2500)])
    } else {
        return Err(SizeError::NotInForce { country, on });
    };
    let investment = amount(rule, Figure::Investment, &f.investment, "INR")?;
    let turnover = amount(rule, Figure::AnnualTurnover, &f.annual_turnover, "INR")?;
    let mut missing = Vec::new();
    let investment = require(&mut missing, Figure::Investment, investment);
    let turnover = require(&mut missing, Figure::AnnualTurnover, turnover);
    let (Some(investment), Some(turnover)) = (investment, turnover) else {
        return Err(SizeError::Missing { rule, figures: missing });
    };
    // Both criteria must hold for a class, so the larger of the two classes wins.
    let class = class_at_most(investment, investment_limits).max(class_at_most(turnover, turnover_limits));
    Ok(Classification { class, rule })
}

fn european_union(f: &SizeFigures, on: Date, country: Country) -> Result<Classification, SizeError> {
    let rule = "EU Recommendation 2003/361/EC";
    if on < date(2005, 1, 1) {
        return Err(SizeError::NotInForce { country, on });
    }
    let million = |m: i64| units(m, 6);
    let turnover = amount(rule, Figure::AnnualTurnover, &f.annual_turnover, "EUR")?;
    let balance = amount(rule, Figure::BalanceSheetTotal, &f.balance_sheet_total, "EUR")?;
    let Some(staff) = f.employees else {
        return Err(SizeError::Missing { rule, figures: vec![Figure::Employees] });
    };
    let ceilings = [
        (SizeClass::Micro, 10, million(2), million(2)),
        (SizeClass::Small, 50, million(10), million(10)),
        (SizeClass::Medium, 250, million(50), million(43)),
    ];
    for (class, staff_below, turnover_max, balance_max) in ceilings {
        if staff >= staff_below {
            continue;
        }
        // The financial test passes on either figure; it is unknown while a figure that could
        // still pass it is missing.
        let turnover_ok = turnover.map(|t| t <= turnover_max);
        let balance_ok = balance.map(|b| b <= balance_max);
        match (turnover_ok, balance_ok) {
            (Some(true), _) | (_, Some(true)) => return Ok(Classification { class, rule }),
            (Some(false), Some(false)) => continue,
            (None, None) => {
                return Err(SizeError::MissingOneOf {
                    rule,
                    figures: vec![Figure::AnnualTurnover, Figure::BalanceSheetTotal],
                });
            }
            (None, _) => return Err(SizeError::Missing { rule, figures: vec![Figure::AnnualTurnover] }),
            (_, None) => return Err(SizeError::Missing { rule, figures: vec![Figure::BalanceSheetTotal] }),
        }
    }
    Ok(Classification { class: SizeClass::Large, rule })
}

fn indonesia(f: &SizeFigures, on: Date, country: Country) -> Result<Classification, SizeError> {
    let rule = "Indonesia PP 7/2021";
    if on < date(2021, 2, 2) {
        return Err(SizeError::NotInForce { country, on });
    }
    let billion = |b: i64| units(b, 9);
    let Some(founded_on) = f.founded_on else {
        return Err(SizeError::Missing { rule, figures: vec![Figure::FoundedOn] });
    };
    let has_a_year_of_sales = founded_on.checked_add(jiff::Span::new().years(1)).is_ok_and(|d| d <= on);
    if has_a_year_of_sales {
        let Some(sales) = amount(rule, Figure::AnnualTurnover, &f.annual_turnover, "IDR")? else {
            return Err(SizeError::Missing { rule, figures: vec![Figure::AnnualTurnover] });
        };
        Ok(Classification { class: class_at_most(sales, [billion(2), billion(15), billion(50)]), rule })
    } else {
        let Some(capital) = amount(rule, Figure::Investment, &f.investment, "IDR")? else {
            return Err(SizeError::Missing { rule, figures: vec![Figure::Investment] });
        };
        Ok(Classification { class: class_at_most(capital, [billion(1), billion(5), billion(10)]), rule })
    }
}

/// Mexico's three sectors, as the 2009 stratification names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MexicanSector {
    Industry,
    Commerce,
    Services,
}

/// The sector of a firm under Mexico's rule, from the ISIC section of its code (NAICS codes
/// reach a section through their sector): agriculture, mining, utilities, manufacturing and
/// construction are industry; wholesale and retail trade are commerce; the rest are services.
fn mexican_sector(code: &IndustryCode) -> Option<MexicanSector> {
    // A NAICS code is read by its own sector, as Mexico's SCIAN (NAICS's Mexican edition)
    // groups them: 11 to 33 are industry, 43 to 46 (42 to 45 in NAICS) commerce, the rest
    // services.
    if let IndustryCode::Naics(naics) = code {
        return Some(match &naics[..2] {
            "11" | "21" | "22" | "23" | "31" | "32" | "33" => MexicanSector::Industry,
            "42" | "43" | "44" | "45" | "46" => MexicanSector::Commerce,
            _ => MexicanSector::Services,
        });
    }
    Some(match code.isic_section()? {
        "A" | "B" | "C" | "D" | "E" | "F" => MexicanSector::Industry,
        "G" => MexicanSector::Commerce,
        _ => MexicanSector::Services,
    })
}

fn mexico(f: &SizeFigures, on: Date, country: Country) -> Result<Classification, SizeError> {
    let rule = "Mexico DOF 2009-06-30";
    if on < date(2009, 6, 30) {
        return Err(SizeError::NotInForce { country, on });
    }
    let sales = amount(rule, Figure::AnnualTurnover, &f.annual_turnover, "MXN")?;
    let mut missing = Vec::new();
    let workers = require(&mut missing, Figure::Employees, f.employees);
    let sales = require(&mut missing, Figure::AnnualTurnover, sales);
    let sector = f.industry.as_ref().and_then(mexican_sector);
    if sector.is_none() {
        missing.push(Figure::IndustryCode);
    }
    let (Some(workers), Some(sales), Some(sector)) = (workers, sales, sector) else {
        return Err(SizeError::Missing { rule, figures: missing });
    };
    let tenth = Decimal::new(1, 1);
    let nine_tenths = Decimal::new(9, 1);
    let score = Decimal::from(workers) * tenth + sales / units(1, 6) * nine_tenths;
    let ceilings = match sector {
        MexicanSector::Commerce => [Decimal::new(46, 1), Decimal::from(93), Decimal::from(235)],
        MexicanSector::Services => [Decimal::new(46, 1), Decimal::from(95), Decimal::from(235)],
        MexicanSector::Industry => [Decimal::new(46, 1), Decimal::from(95), Decimal::from(250)],
    };
    Ok(Classification { class: class_at_most(score, ceilings), rule })
}

fn ghana(f: &SizeFigures, on: Date, country: Country) -> Result<Classification, SizeError> {
    let rule = "Ghana L.I. 2470";
    if on < date(2023, 11, 30) {
        return Err(SizeError::NotInForce { country, on });
    }
    let turnover = amount(rule, Figure::AnnualTurnover, &f.annual_turnover, "GHS")?;
    let assets = amount(rule, Figure::Investment, &f.investment, "GHS")?;
    let Some(employees) = f.employees else {
        return Err(SizeError::Missing { rule, figures: vec![Figure::Employees] });
    };
    if turnover.is_none() && assets.is_none() {
        return Err(SizeError::MissingOneOf {
            rule,
            figures: vec![Figure::AnnualTurnover, Figure::Investment],
        });
    }
    let money_limits = [units(150_000, 0), units(6, 6), units(18, 6)];
    // A firm that exceeds a class on any criterion is in the next class up.
    let class = [
        Some(class_at_most(
            Decimal::from(employees),
            [Decimal::from(5), Decimal::from(30), Decimal::from(100)],
        )),
        turnover.map(|t| class_at_most(t, money_limits)),
        assets.map(|a| class_at_most(a, money_limits)),
    ]
    .into_iter()
    .flatten()
    .max()
    .expect("employees always give a class");
    Ok(Classification { class, rule })
}

fn canada(f: &SizeFigures) -> Result<Classification, SizeError> {
    let rule = "Canada ISED statistical bands";
    let Some(employees) = f.employees else {
        return Err(SizeError::Missing { rule, figures: vec![Figure::Employees] });
    };
    // ISED counts employer businesses from one paid employee; a firm without paid employees
    // is placed with the micro firms.
    let class = match employees {
        0..=4 => SizeClass::Micro,
        5..=99 => SizeClass::Small,
        100..=499 => SizeClass::Medium,
        _ => SizeClass::Large,
    };
    Ok(Classification { class, rule })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A firm's figures in a compact form: `(employees, turnover, investment, balance sheet)`,
    /// amounts in the currency given to [`check`].
    type Row = (Option<u32>, Option<&'static str>, Option<&'static str>, Option<&'static str>);

    fn figures(currency: &str, (employees, turnover, investment, balance): Row) -> SizeFigures {
        let money = |amount: Option<&str>| amount.map(|a| Money::parse(a, currency).unwrap());
        SizeFigures {
            employees,
            annual_turnover: money(turnover),
            investment: money(investment),
            balance_sheet_total: money(balance),
            founded_on: Some(date(2010, 1, 1)),
            industry: Some(IndustryCode::parse("1073").unwrap()),
        }
    }

    /// Checks each case: the country, the date, the figures and the class it must get.
    fn check(country: &str, currency: &str, on: Date, cases: &[(Row, SizeClass)]) {
        let country = Country::parse(country).unwrap();
        for (row, expected) in cases {
            let got = classify(country, &figures(currency, *row), on);
            assert_eq!(got.map(|c| c.class), Ok(*expected), "{country} on {on}: {row:?}");
        }
    }

    use SizeClass::{Large, Medium, Micro, Small};

    #[test]
    fn india_2020_rule_classifies_on_both_sides_of_every_limit() {
        let on = date(2024, 6, 1);
        check(
            "IN",
            "INR",
            on,
            &[
                ((None, Some("50000000"), Some("10000000"), None), Micro),
                ((None, Some("50000000.01"), Some("10000000"), None), Small),
                ((None, Some("50000000"), Some("10000000.01"), None), Small),
                ((None, Some("500000000"), Some("100000000"), None), Small),
                ((None, Some("500000000.01"), Some("100000000"), None), Medium),
                ((None, Some("500000000"), Some("100000000.01"), None), Medium),
                ((None, Some("2500000000"), Some("500000000"), None), Medium),
                ((None, Some("2500000000.01"), Some("500000000"), None), Large),
                ((None, Some("2500000000"), Some("500000000.01"), None), Large),
            ],
        );
    }

    #[test]
    fn india_2025_rule_classifies_on_both_sides_of_every_limit() {
        let on = date(2025, 4, 1);
        check(
            "IN",
            "INR",
            on,
            &[
                ((None, Some("100000000"), Some("25000000"), None), Micro),
                ((None, Some("100000000.01"), Some("25000000"), None), Small),
                ((None, Some("100000000"), Some("25000000.01"), None), Small),
                ((None, Some("1000000000"), Some("250000000"), None), Small),
                ((None, Some("1000000000.01"), Some("250000000"), None), Medium),
                ((None, Some("1000000000"), Some("250000000.01"), None), Medium),
                ((None, Some("5000000000"), Some("1250000000"), None), Medium),
                ((None, Some("5000000000.01"), Some("1250000000"), None), Large),
                ((None, Some("5000000000"), Some("1250000000.01"), None), Large),
            ],
        );
    }

    #[test]
    fn india_figures_change_class_across_the_2025_amendment() {
        // INR 2 crore investment and 8 crore turnover: small until 31 March 2025, micro after.
        let firm = (None, Some("80000000"), Some("20000000"), None);
        check("IN", "INR", date(2025, 3, 31), &[(firm, Small)]);
        check("IN", "INR", date(2025, 4, 1), &[(firm, Micro)]);
        let rule = |on| classify(Country::parse("IN").unwrap(), &figures("INR", firm), on).unwrap().rule;
        assert_eq!(rule(date(2025, 3, 31)), "India S.O. 2119(E)");
        assert_eq!(rule(date(2025, 4, 1)), "India S.O. 1364(E)");
    }

    #[test]
    fn india_before_july_2020_has_no_rule_in_force() {
        let country = Country::parse("IN").unwrap();
        let got = classify(country, &figures("INR", (None, Some("1"), Some("1"), None)), date(2020, 6, 30));
        assert_eq!(got, Err(SizeError::NotInForce { country, on: date(2020, 6, 30) }));
    }

    #[test]
    fn india_names_every_missing_figure() {
        let got = classify(Country::parse("IN").unwrap(), &SizeFigures::default(), date(2026, 1, 1));
        let error = got.unwrap_err();
        assert_eq!(error.to_string(), "India S.O. 1364(E) needs investment and annual_turnover");
    }

    #[test]
    fn eu_rule_classifies_on_staff_and_either_financial_ceiling() {
        let on = date(2026, 1, 1);
        check(
            "FR",
            "EUR",
            on,
            &[
                ((Some(9), Some("2000000"), None, None), Micro),
                ((Some(10), Some("2000000"), None, None), Small),
                ((Some(9), Some("2000000.01"), None, Some("2000000")), Micro),
                ((Some(9), Some("2000000.01"), None, Some("2000000.01")), Small),
                ((Some(49), Some("10000000"), None, None), Small),
                ((Some(50), Some("10000000"), None, None), Medium),
                ((Some(49), Some("10000000.01"), None, Some("10000000.01")), Medium),
                ((Some(249), Some("50000000"), None, None), Medium),
                ((Some(249), Some("50000000.01"), None, Some("43000000")), Medium),
                ((Some(249), Some("50000000.01"), None, Some("43000000.01")), Large),
                ((Some(250), Some("1"), None, None), Large),
            ],
        );
    }

    #[test]
    fn eu_rule_asks_for_the_balance_sheet_when_turnover_alone_cannot_decide() {
        let country = Country::parse("DE").unwrap();
        let got =
            classify(country, &figures("EUR", (Some(5), Some("3000000"), None, None)), date(2026, 1, 1));
        assert_eq!(got.unwrap_err().to_string(), "EU Recommendation 2003/361/EC needs balance_sheet_total");
        let got = classify(country, &figures("EUR", (Some(5), None, None, None)), date(2026, 1, 1));
        assert_eq!(
            got.unwrap_err().to_string(),
            "EU Recommendation 2003/361/EC needs annual_turnover or balance_sheet_total"
        );
    }

    #[test]
    fn eu_rule_refuses_figures_in_another_currency() {
        let country = Country::parse("IT").unwrap();
        let got = classify(country, &figures("USD", (Some(5), Some("1"), None, None)), date(2026, 1, 1));
        assert!(matches!(got, Err(SizeError::WrongCurrency { expected: "EUR", .. })));
    }

    #[test]
    fn indonesia_classifies_an_established_firm_by_annual_sales() {
        let on = date(2026, 1, 1);
        check(
            "ID",
            "IDR",
            on,
            &[
                ((None, Some("2000000000"), None, None), Micro),
                ((None, Some("2000000001"), None, None), Small),
                ((None, Some("15000000000"), None, None), Small),
                ((None, Some("15000000001"), None, None), Medium),
                ((None, Some("50000000000"), None, None), Medium),
                ((None, Some("50000000001"), None, None), Large),
            ],
        );
    }

    #[test]
    fn indonesia_classifies_a_firm_without_a_year_of_sales_by_capital() {
        let country = Country::parse("ID").unwrap();
        let on = date(2026, 1, 1);
        let young = |capital: &'static str| {
            let mut f = figures("IDR", (None, Some("99000000000"), Some(capital), None));
            f.founded_on = Some(date(2025, 1, 2));
            classify(country, &f, on).map(|c| c.class)
        };
        assert_eq!(young("1000000000"), Ok(Micro));
        assert_eq!(young("1000000001"), Ok(Small));
        assert_eq!(young("5000000000"), Ok(Small));
        assert_eq!(young("5000000001"), Ok(Medium));
        assert_eq!(young("10000000000"), Ok(Medium));
        assert_eq!(young("10000000001"), Ok(Large));
        // A firm founded exactly a year ago has a year of sales.
        let mut f = figures("IDR", (None, Some("1"), Some("99000000000"), None));
        f.founded_on = Some(date(2025, 1, 1));
        assert_eq!(classify(country, &f, on).map(|c| c.class), Ok(Micro));
    }

    #[test]
    fn indonesia_needs_the_founding_date_to_pick_its_criterion() {
        let mut f = figures("IDR", (None, Some("1"), None, None));
        f.founded_on = None;
        let got = classify(Country::parse("ID").unwrap(), &f, date(2026, 1, 1));
        assert_eq!(got.unwrap_err().to_string(), "Indonesia PP 7/2021 needs founded_on");
    }

    fn mexico(workers: u32, sales_mxn: &'static str, isic: &str) -> Result<SizeClass, SizeError> {
        let mut f = figures("MXN", (Some(workers), Some(sales_mxn), None, None));
        f.industry = Some(IndustryCode::parse(isic).unwrap());
        classify(Country::parse("MX").unwrap(), &f, date(2026, 1, 1)).map(|c| c.class)
    }

    #[test]
    fn mexico_classifies_by_the_combined_score_against_the_sector_ceilings() {
        // Score = workers x 0.1 + sales in millions x 0.9. With 10 workers the score is 1 +
        // 0.9 x sales, so sales of 4 million give exactly 4.6.
        let cases = [
            (10, "4000000", "4711", Micro),
            (10, "4000001", "4711", Small),
            // Commerce small ceiling 93: 30 workers (3) + 100 million (90).
            (30, "100000000", "4711", Small),
            (30, "100000002", "4711", Medium),
            // Industry and services small ceiling 95: 50 workers (5) + 100 million (90).
            (50, "100000000", "1073", Small),
            (50, "100000002", "1073", Medium),
            (50, "100000000", "6201", Small),
            (50, "100000002", "6201", Medium),
            // Commerce and services medium ceiling 235: 100 workers (10) + 250 million (225).
            (100, "250000000", "4711", Medium),
            (100, "250000002", "4711", Large),
            (100, "250000000", "6201", Medium),
            (100, "250000002", "6201", Large),
            // Industry medium ceiling 250: 250 workers (25) + 250 million (225).
            (250, "250000000", "1073", Medium),
            (250, "250000002", "1073", Large),
        ];
        for (workers, sales, isic, expected) in cases {
            assert_eq!(mexico(workers, sales, isic), Ok(expected), "{workers} workers, {sales} MXN, {isic}");
        }
    }

    #[test]
    fn mexico_reads_the_sector_of_a_naics_code_too() {
        // Waste management (NAICS 562) is a service in Mexico's classification.
        assert_eq!(mexico(100, "250000002", "562111"), Ok(Large));
        assert_eq!(mexico(30, "100000000", "445110"), Ok(Small));
        assert_eq!(mexico(30, "100000002", "445110"), Ok(Medium));
        assert_eq!(mexico(50, "100000002", "311351"), Ok(Medium));
    }

    #[test]
    fn mexico_needs_an_industry_to_pick_the_sector() {
        let mut f = figures("MXN", (Some(3), Some("100"), None, None));
        f.industry = Some(IndustryCode::parse("999990").unwrap());
        let got = classify(Country::parse("MX").unwrap(), &f, date(2026, 1, 1));
        assert_eq!(got.unwrap_err().to_string(), "Mexico DOF 2009-06-30 needs industry_code");
    }

    #[test]
    fn ghana_moves_a_firm_up_when_any_criterion_exceeds_its_class() {
        let on = date(2024, 1, 1);
        check(
            "GH",
            "GHS",
            on,
            &[
                ((Some(5), Some("150000"), None, None), Micro),
                ((Some(6), Some("150000"), None, None), Small),
                ((Some(5), Some("150000.01"), None, None), Small),
                ((Some(5), None, Some("150000.01"), None), Small),
                ((Some(5), Some("100"), Some("150000.01"), None), Small),
                ((Some(30), Some("6000000"), None, None), Small),
                ((Some(31), Some("6000000"), None, None), Medium),
                ((Some(30), Some("6000000.01"), None, None), Medium),
                ((Some(100), Some("18000000"), Some("18000000"), None), Medium),
                ((Some(101), Some("18000000"), None, None), Large),
                ((Some(100), None, Some("18000000.01"), None), Large),
            ],
        );
    }

    #[test]
    fn ghana_had_no_rule_before_li_2470() {
        let country = Country::parse("GH").unwrap();
        let got = classify(country, &figures("GHS", (Some(1), Some("1"), None, None)), date(2023, 11, 29));
        assert!(matches!(got, Err(SizeError::NotInForce { .. })));
        let got = classify(country, &figures("GHS", (Some(1), None, None, None)), date(2023, 11, 30));
        assert_eq!(got.unwrap_err().to_string(), "Ghana L.I. 2470 needs annual_turnover or investment");
    }

    #[test]
    fn canada_classifies_by_paid_employee_bands() {
        let on = date(2026, 1, 1);
        let row = |n| (Some(n), None, None, None);
        check(
            "CA",
            "CAD",
            on,
            &[
                (row(1), Micro),
                (row(4), Micro),
                (row(5), Small),
                (row(99), Small),
                (row(100), Medium),
                (row(499), Medium),
                (row(500), Large),
            ],
        );
    }

    #[test]
    fn a_country_without_a_rule_says_so() {
        let country = Country::parse("BR").unwrap();
        assert_eq!(
            classify(country, &SizeFigures::default(), date(2026, 1, 1)),
            Err(SizeError::NoRule(country))
        );
    }
}
