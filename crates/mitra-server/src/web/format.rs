//! How values are written for people on the pages, in the reader's language.

use mitra_app::Contribution;
use mitra_domain::size::Figure as SizeFigure;
use mitra_domain::{Country, Language, SizeError};
use mitra_i18n::{Arg, Locale};

/// Words for a contribution to a recommendation's score, for the firm reading it.
pub fn reason(locale: &Locale, contribution: Contribution) -> String {
    match contribution {
        Contribution::Industry => locale.t("recommendation-reason-industry"),
        Contribution::AnyIndustry => locale.t("recommendation-reason-any-industry"),
        Contribution::SameCountry => locale.t("recommendation-reason-same-country"),
        Contribution::SameRegion => locale.t("recommendation-reason-same-region"),
        Contribution::SizeFit => locale.t("recommendation-reason-size-fit"),
        Contribution::ChannelNeed => locale.t("recommendation-reason-channel-need"),
        Contribution::TextRelevance => locale.t("recommendation-reason-text-relevance"),
        Contribution::SharedLanguage => locale.t("recommendation-reason-shared-language"),
        Contribution::RecoveryNeed => locale.t("recommendation-reason-recovery-need"),
        Contribution::WomenLed => locale.t("recommendation-reason-women-led"),
        Contribution::YouthLed => locale.t("recommendation-reason-youth-led"),
    }
}

/// Why no size class could be computed, as a clause (it follows "Not known yet:" or the like):
/// the rule's name as it is cited, the figures it still needs in words.
pub fn size_problem(locale: &Locale, error: &SizeError) -> String {
    match error {
        SizeError::NoRule(country) => {
            let args = [("country", Arg::Text(locale.country(*country)))];
            locale.t_with("size-rule-none", &args)
        }
        SizeError::NotInForce { country, on } => {
            let args =
                [("country", Arg::Text(locale.country(*country))), ("date", Arg::Text(locale.date(*on)))];
            locale.t_with("size-rule-not-in-force", &args)
        }
        SizeError::Missing { rule, figures } => {
            let figures = figure_list(locale, figures, false);
            let args = [("rule", Arg::Text((*rule).to_owned())), ("figures", Arg::Text(figures))];
            locale.t_with("size-rule-needs-all", &args)
        }
        SizeError::MissingOneOf { rule, figures } => {
            let figures = figure_list(locale, figures, true);
            let args = [("rule", Arg::Text((*rule).to_owned())), ("figures", Arg::Text(figures))];
            locale.t_with("size-rule-needs-one-of", &args)
        }
        SizeError::WrongCurrency { rule, figure, expected, got } => {
            let args = [
                ("rule", Arg::Text((*rule).to_owned())),
                ("figure", Arg::Text(size_figure(locale, *figure))),
                ("expected", Arg::Text((*expected).to_owned())),
                ("got", Arg::Text(got.code().to_owned())),
            ];
            locale.t_with("size-rule-wrong-currency", &args)
        }
    }
}

/// A figure a size rule reads, in words.
fn size_figure(locale: &Locale, figure: SizeFigure) -> String {
    match figure {
        SizeFigure::Employees => locale.t("size-rule-figure-employees"),
        SizeFigure::AnnualTurnover => locale.t("size-rule-figure-annual-turnover"),
        SizeFigure::Investment => locale.t("size-rule-figure-investment"),
        SizeFigure::BalanceSheetTotal => locale.t("size-rule-figure-balance-sheet-total"),
        SizeFigure::FoundedOn => locale.t("size-rule-figure-founded-on"),
        SizeFigure::IndustryCode => locale.t("size-rule-figure-industry-code"),
    }
}

/// Figures in words, joined the way the language writes a list with "and" (`one_of`: "or").
fn figure_list(locale: &Locale, figures: &[SizeFigure], one_of: bool) -> String {
    let names: Vec<String> = figures.iter().map(|f| size_figure(locale, *f)).collect();
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let args = [("items", Arg::Text(rest.join(", "))), ("last", Arg::Text(last.clone()))];
            if one_of {
                locale.t_with("size-rule-list-or", &args)
            } else {
                locale.t_with("size-rule-list-and", &args)
            }
        }
        None => String::new(),
    }
}

/// Every country as (code, name in the reader's language), by name, for a form's list.
pub fn country_choices(locale: &Locale) -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = Country::codes()
        .filter_map(|code| Country::parse(code).ok())
        .map(|c| (c.code().to_owned(), locale.country(c)))
        .collect();
    choices.sort_by_cached_key(|(_, name)| name.to_lowercase());
    choices
}

/// Every language as (code, name in the reader's language), by name, for a form's list.
pub fn language_choices(locale: &Locale) -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = Language::codes()
        .filter_map(|code| Language::parse(code).ok())
        .map(|l| (l.code().to_owned(), locale.language(l)))
        .collect();
    choices.sort_by_cached_key(|(_, name)| name.to_lowercase());
    choices
}
