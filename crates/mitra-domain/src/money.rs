//! Money: an exact decimal amount with an ISO 4217 currency.
//!
//! Amounts are `rust_decimal::Decimal`, never floating point. Adding or comparing amounts in two
//! currencies is an error: Mitra never converts silently, because a programme's thresholds are
//! set in one currency and an exchange rate is a decision, not a detail.

use std::cmp::Ordering;
use std::fmt;

use rust_decimal::Decimal;

/// An ISO 4217 currency known to the standard (through the `iso_currency` crate's list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency(iso_currency::Currency);

/// An amount of money in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

/// Why money could not be made or combined.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("is not an ISO 4217 currency code (such as INR or GHS)")]
    UnknownCurrency,
    #[error("cannot combine {left} with {right}: amounts are in different currencies")]
    CurrencyMismatch { left: Currency, right: Currency },
    #[error("is not a decimal number")]
    NotANumber,
    /// More digits than a `Decimal` holds: parsing would round them away rather than refuse.
    #[error("has more digits than an amount can hold exactly ({MAX_DIGITS})")]
    TooManyDigits,
    #[error("must not be negative")]
    Negative,
    #[error("is larger than any firm's figure can be (at most {max})")]
    Absurd { max: Decimal },
    #[error("has more decimal places than {currency} allows ({places})")]
    TooPrecise { currency: Currency, places: u32 },
    #[error("overflowed")]
    Overflow,
}

impl Currency {
    pub fn parse(raw: &str) -> Result<Self, MoneyError> {
        iso_currency::Currency::from_code(&raw.trim().to_ascii_uppercase())
            .map(Self)
            .ok_or(MoneyError::UnknownCurrency)
    }

    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    /// Decimal places in the currency's minor unit (2 for INR, 0 for IDR under ISO 4217).
    pub fn minor_unit_places(&self) -> u32 {
        self.0.exponent().map(u32::from).unwrap_or(4)
    }

    /// Every currency `parse` takes, in the order of their ISO 4217 numbers.
    pub fn all() -> impl Iterator<Item = Currency> {
        // The list has no iterator without another dependency; every ISO 4217 number has three
        // digits.
        (0..1000).filter_map(iso_currency::Currency::from_numeric).map(Self)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The most significant digits an amount may have: every number of this many digits is a
/// `Decimal` exactly.
pub const MAX_DIGITS: usize = 28;

/// A decimal amount written with digits, at most one point and an optional leading sign
/// (`1234.50`); separators such as `1_000` or `1,000` and exponents are refused, and so is an
/// amount with more than [`MAX_DIGITS`] significant digits, which would not be kept as written.
pub fn parse_amount(raw: &str) -> Result<Decimal, MoneyError> {
    let trimmed = raw.trim();
    let digits = trimmed.strip_prefix(['+', '-']).unwrap_or(trimmed);
    let (whole, fraction) = digits.split_once('.').map_or((digits, None), |(w, f)| (w, Some(f)));
    let is_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !is_digits(whole) || fraction.is_some_and(|f| !is_digits(f)) {
        return Err(MoneyError::NotANumber);
    }
    let significant =
        whole.trim_start_matches('0').len() + fraction.map_or(0, |f| f.trim_end_matches('0').len());
    if significant > MAX_DIGITS {
        return Err(MoneyError::TooManyDigits);
    }
    trimmed.parse().map_err(|_| MoneyError::NotANumber)
}

/// The largest amount Mitra accepts for a firm's figure: 10^18 units in any currency is more
/// than any firm on earth in the currency with the smallest unit (IDR), so anything above it
/// is a typing or unit error.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0xA764_0000, 0x0DE0_B6B3, 0, false, 0);

impl Money {
    /// Money from a non-negative amount with no more decimal places than the currency's minor
    /// unit allows (IDR's two-place amounts are tolerated: ISO says 2, many registries say 0).
    pub fn new(amount: Decimal, currency: Currency) -> Result<Self, MoneyError> {
        if amount.is_sign_negative() && !amount.is_zero() {
            return Err(MoneyError::Negative);
        }
        if amount > MAX_AMOUNT {
            return Err(MoneyError::Absurd { max: MAX_AMOUNT });
        }
        let places = currency.minor_unit_places();
        if amount.normalize().scale() > places {
            return Err(MoneyError::TooPrecise { currency, places });
        }
        Ok(Self { amount: amount.normalize(), currency })
    }

    /// Parses an amount written as a decimal string, such as `"60000.00"`.
    pub fn parse(amount: &str, currency: &str) -> Result<Self, MoneyError> {
        let currency = Currency::parse(currency)?;
        let amount = parse_amount(amount)?;
        Self::new(amount, currency)
    }

    pub fn amount(&self) -> Decimal {
        self.amount
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn checked_add(&self, other: &Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let amount = self.amount.checked_add(other.amount).ok_or(MoneyError::Overflow)?;
        Ok(Money { amount, currency: self.currency })
    }

    pub fn checked_sub(&self, other: &Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let amount = self.amount.checked_sub(other.amount).ok_or(MoneyError::Overflow)?;
        Ok(Money { amount, currency: self.currency })
    }

    /// Compares two amounts; amounts in different currencies do not compare.
    pub fn checked_cmp(&self, other: &Money) -> Result<Ordering, MoneyError> {
        self.same_currency(other)?;
        Ok(self.amount.cmp(&other.amount))
    }

    fn same_currency(&self, other: &Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch { left: self.currency, right: other.currency })
        }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.currency, self.amount)
    }
}

/// Money travels as `{"amount": "60000.00", "currency": "CAD"}`: the amount is a string so that
/// no JSON reader turns it into a float on the way.
#[derive(serde::Serialize, serde::Deserialize)]
struct MoneyRepr {
    amount: String,
    currency: String,
}

impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        MoneyRepr { amount: self.amount.to_string(), currency: self.currency.code().to_owned() }
            .serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let repr = MoneyRepr::deserialize(deserializer)?;
        Money::parse(&repr.amount, &repr.currency).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(amount: &str, currency: &str) -> Money {
        Money::parse(amount, currency).unwrap()
    }

    #[test]
    fn amounts_in_one_currency_add_exactly() {
        let sum = money("0.10", "CAD").checked_add(&money("0.20", "CAD")).unwrap();
        assert_eq!(sum, money("0.3", "CAD"));
    }

    #[test]
    fn adding_amounts_in_two_currencies_is_an_error() {
        let error = money("1", "INR").checked_add(&money("1", "GHS")).unwrap_err();
        assert_eq!(error.to_string(), "cannot combine INR with GHS: amounts are in different currencies");
        assert!(money("1", "INR").checked_cmp(&money("1", "USD")).is_err());
    }

    #[test]
    fn bad_amounts_and_currencies_are_refused() {
        assert_eq!(Money::parse("1", "XYZ"), Err(MoneyError::UnknownCurrency));
        assert_eq!(Money::parse("-5", "INR"), Err(MoneyError::Negative));
        assert_eq!(Money::parse("ten", "INR"), Err(MoneyError::NotANumber));
        for written in ["1_000", "1,000", "1e3", "12.", ".5", "1.2.3", "+-1"] {
            assert_eq!(Money::parse(written, "INR"), Err(MoneyError::NotANumber), "{written}");
        }
        assert!(Money::parse(" +1000.50 ", "INR").is_ok());
        assert!(matches!(Money::parse("1.001", "INR"), Err(MoneyError::TooPrecise { .. })));
        assert!(matches!(Money::parse("1000000000000000001", "IDR"), Err(MoneyError::Absurd { .. })));
        assert!(Money::parse("1000000000000000000", "IDR").is_ok());
    }

    #[test]
    fn amounts_are_kept_as_written_or_refused() {
        // A Decimal would round the last digit away.
        assert_eq!(parse_amount("5.00000000000000000000000000001"), Err(MoneyError::TooManyDigits));
        assert_eq!(parse_amount("999999999999999999.00000000001"), Err(MoneyError::TooManyDigits));
        assert!(parse_amount("999999999999999999.0000000001").is_ok());
        // Zeros before the number and after its last decimal say nothing, however many.
        let zeros = "0".repeat(40);
        assert_eq!(parse_amount(&format!("{zeros}1.50{zeros}")).unwrap().normalize().to_string(), "1.5");
    }

    #[test]
    fn every_currency_is_listed_once() {
        let mut codes: Vec<&str> = Currency::all().map(|c| c.code()).collect();
        let listed = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), listed);
        for code in ["CAD", "GHS", "IDR", "INR", "MXN", "EUR", "JPY", "BHD", "XAU"] {
            assert!(codes.contains(&code), "{code}");
        }
    }

    #[test]
    fn currency_codes_are_read_in_either_case() {
        assert_eq!(Currency::parse("mxn").unwrap().code(), "MXN");
    }
}
