//! Numbers, money, dates and the names of countries and languages, the locale's way, by ICU4X.
//!
//! Formatters are made per call: with compiled data that costs microseconds, far below a
//! page's render, and keeps every locale and currency pair free of a cache to invalidate.

use fixed_decimal::Decimal as FixedDecimal;
use icu_calendar::Date;
use icu_datetime::{DateTimeFormatter, fieldsets};
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};
use icu_locale_core::preferences::extensions::unicode::keywords::CurrencyType;
use icu_locale_core::subtags::{Language as LanguageSubtag, Region};
use mitra_domain::{Country, Language, Money};
use rust_decimal::Decimal;
use writeable::Writeable;

use crate::Locale;

impl Locale {
    /// A whole number or decimal, grouped the locale's way: `15,00,000` in Hindi.
    pub fn number(&self, value: impl Into<Decimal>) -> String {
        let value: Decimal = value.into();
        let Ok(fixed) = value.normalize().to_string().parse::<FixedDecimal>() else {
            return value.to_string();
        };
        match DecimalFormatter::try_new((&self.icu).into(), Default::default()) {
            Ok(formatter) => formatter.format(&fixed).write_to_string().into_owned(),
            Err(_) => value.to_string(),
        }
    }

    /// An amount with its currency the locale's way: `Rp 15.000.000` in Indonesian,
    /// `60 000,00 $ CA` in French, `₹15,00,000.00` in Hindi. A currency the locale has no symbol
    /// for is written by its ISO code before the locale's number.
    pub fn money(&self, money: &Money) -> String {
        let code = money.currency().code();
        let places = money.currency().minor_unit_places().min(4);
        let amount = money.amount().round_dp(places);
        let fixed = format!("{amount:.prec$}", prec = places as usize).parse::<FixedDecimal>();
        let formatter = CurrencyType::try_from_str(code).ok().and_then(|currency| {
            CurrencyFormatter::try_new_symbol((&self.icu).into(), currency, Default::default()).ok()
        });
        match (formatter, fixed) {
            (Some(formatter), Ok(fixed)) => {
                formatter.format_fixed_decimal(&fixed).write_to_string().into_owned()
            }
            _ => format!("{code}\u{a0}{}", self.number(amount)),
        }
    }

    /// A date the locale's way, with the month in words: `2 déc. 2026`, `Dec 2, 2026`.
    pub fn date(&self, date: jiff::civil::Date) -> String {
        let fallback = || date.to_string();
        let Ok(value) = Date::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8)
        else {
            return fallback();
        };
        match DateTimeFormatter::<fieldsets::YMD>::try_new((&self.icu).into(), fieldsets::YMD::medium()) {
            Ok(formatter) => formatter.format(&value).write_to_string().into_owned(),
            Err(_) => fallback(),
        }
    }

    /// A month the locale's way, short: `Mar 2021`, `mars 2021`.
    pub fn month(&self, date: jiff::civil::Date) -> String {
        let fallback = || format!("{:04}-{:02}", date.year(), date.month());
        let Ok(value) = Date::try_new_iso(i32::from(date.year()), date.month() as u8, 1) else {
            return fallback();
        };
        match DateTimeFormatter::<fieldsets::YM>::try_new((&self.icu).into(), fieldsets::YM::medium()) {
            Ok(formatter) => formatter.format(&value).write_to_string().into_owned(),
            Err(_) => fallback(),
        }
    }

    /// A share as a per cent the locale's way, whole: `61 %` in French, `61%` in English.
    pub fn percent(&self, share: Decimal) -> String {
        let whole = (share * Decimal::from(100)).round();
        self.t_with("percent", &[("value", crate::Arg::Text(self.number(whole)))])
    }

    /// A country's name in this language: `Inde`, `भारत`; the English name when ICU has none.
    pub fn country(&self, country: Country) -> String {
        Region::try_from_str(country.code())
            .ok()
            .and_then(|region| {
                RegionDisplayNames::try_new((&self.icu).into(), DisplayNamesOptions::default())
                    .ok()
                    .and_then(|names| names.of(region).map(str::to_owned))
            })
            .unwrap_or_else(|| country.name().to_owned())
    }

    /// A language's name in this language: `hindi`, `हिन्दी`; the English name when ICU has none.
    pub fn language(&self, language: Language) -> String {
        LanguageSubtag::try_from_str(language.code())
            .ok()
            .and_then(|subtag| {
                LanguageDisplayNames::try_new((&self.icu).into(), DisplayNamesOptions::default())
                    .ok()
                    .and_then(|names| names.of(subtag).map(str::to_owned))
            })
            .unwrap_or_else(|| language.name().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use mitra_domain::{Country, Language, Money};

    use crate::Locale;

    fn locale(tag: &str) -> Locale {
        Locale::parse(tag).unwrap()
    }

    /// ICU puts no-break and narrow no-break spaces where a page shows a space.
    fn plain(text: String) -> String {
        text.replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn hindi_and_indian_english_group_by_lakh() {
        assert_eq!(locale("hi").number(1_500_000), "15,00,000");
        assert_eq!(locale("en-IN").number(1_500_000), "15,00,000");
        assert_eq!(locale("en").number(1_500_000), "1,500,000");
    }

    #[test]
    fn money_is_written_the_way_the_reader_writes_it() {
        let idr = Money::parse("15000000", "IDR").unwrap();
        let cad = Money::parse("60000", "CAD").unwrap();
        let inr = Money::parse("1500000", "INR").unwrap();
        assert_eq!(plain(locale("id").money(&idr)), "Rp 15.000.000");
        assert_eq!(plain(locale("fr").money(&cad)), "60 000,00 $CA");
        assert_eq!(plain(locale("fr-CA").money(&cad)), "60 000,00 $");
        assert_eq!(locale("hi").money(&inr), "₹15,00,000.00");
        assert_eq!(plain(locale("es").money(&Money::parse("1234.5", "USD").unwrap())), "1234,50 US$");
    }

    #[test]
    fn a_currency_without_a_local_symbol_is_written_by_its_code() {
        let ghs = Money::parse("250000", "GHS").unwrap();
        assert_eq!(plain(locale("en").money(&ghs)), "GHS 250,000.00");
    }

    #[test]
    fn dates_have_the_month_in_words() {
        let date = jiff::civil::date(2026, 12, 2);
        assert_eq!(locale("en").date(date), "Dec 2, 2026");
        assert_eq!(locale("fr").date(date), "2 déc. 2026");
        assert_eq!(locale("id").date(date), "2 Des 2026");
    }

    #[test]
    fn countries_and_languages_are_named_in_the_page_language() {
        let india = Country::parse("IN").unwrap();
        assert_eq!(locale("fr").country(india), "Inde");
        assert_eq!(locale("hi").country(india), "भारत");
        assert_eq!(locale("es").language(Language::parse("hi").unwrap()), "hindi");
        assert_eq!(locale("en").country(Country::parse("GH").unwrap()), "Ghana");
    }
}
