//! The Fluent messages: one file per language, compiled into the binary, parsed once.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use mitra_domain::geo::CodeError;
use mitra_domain::industry::IndustryError;
use mitra_domain::{MoneyError, Problem, RuleProblem, TextError};

use crate::{Lang, Locale};

/// The areas of the interface, one message file each in every language's folder.
pub const AREAS: [&str; 6] = ["common", "accounts", "pages", "admin", "applications", "recovery"];

macro_rules! language {
    ($lang:expr, $code:literal) => {
        (
            $lang,
            [
                include_str!(concat!("../locales/", $code, "/common.ftl")),
                include_str!(concat!("../locales/", $code, "/accounts.ftl")),
                include_str!(concat!("../locales/", $code, "/pages.ftl")),
                include_str!(concat!("../locales/", $code, "/admin.ftl")),
                include_str!(concat!("../locales/", $code, "/applications.ftl")),
                include_str!(concat!("../locales/", $code, "/recovery.ftl")),
            ],
        )
    };
}

/// The message files of each language, in the order of [`AREAS`].
pub const SOURCES: [(Lang, [&str; 6]); 5] = [
    language!(Lang::En, "en"),
    language!(Lang::Fr, "fr"),
    language!(Lang::Es, "es"),
    language!(Lang::Id, "id"),
    language!(Lang::Hi, "hi"),
];

/// A value a message reads: text is put in as written (numbers and money come formatted for
/// the locale already); a count also chooses the plural form.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg {
    fn from(count: i64) -> Self {
        Arg::Count(count)
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(count: u32) -> Self {
        Arg::Count(count.into())
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, sources)| {
                let id: unic_langid::LanguageIdentifier =
                    lang.code().parse().expect("the five codes are language identifiers");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                bundle.set_use_isolating(false);
                for (area, source) in AREAS.iter().zip(sources) {
                    let resource = FluentResource::try_new((*source).to_owned())
                        .unwrap_or_else(|(_, errors)| panic!("{lang}/{area}.ftl does not parse: {errors:?}"));
                    bundle
                        .add_resource(resource)
                        .unwrap_or_else(|errors| panic!("{lang}/{area}.ftl repeats keys: {errors:?}"));
                }
                bundle
            })
            .collect()
    });
    let index = SOURCES.iter().position(|(l, _)| *l == lang).expect("every language has a file");
    &bundles[index]
}

impl Locale {
    /// The message `key` in this locale's language; in English when the language lacks it (the
    /// key test keeps that from happening), and the key itself when English lacks it too.
    pub fn t(&self, key: &str) -> String {
        self.t_with(key, &[])
    }

    /// The message `key` with its arguments.
    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                Arg::Count(count) => fluent_args.set(*name, FluentValue::from(*count)),
            }
        }
        [self.lang, Lang::En]
            .into_iter()
            .find_map(|lang| format_message(bundle(lang), key, &fluent_args))
            .unwrap_or_else(|| key.to_owned())
    }

    /// A field's problem as a sentence of its own, in this language: it is shown next to the
    /// field, whose label names it.
    pub fn problem(&self, problem: &Problem) -> String {
        let (key, args) = problem_key(problem);
        match problem {
            Problem::Other(text) => self.t_with(key, &[("detail", Arg::Text(text.clone()))]),
            _ => self.t_with(key, &args),
        }
    }
}

fn format_message(bundle: &FluentBundle<FluentResource>, key: &str, args: &FluentArgs) -> Option<String> {
    let message = bundle.get_message(key)?;
    let pattern = message.value()?;
    let mut errors = Vec::new();
    let text: Cow<'_, str> = bundle.format_pattern(pattern, Some(args), &mut errors);
    Some(text.into_owned())
}

/// The message key of a problem and the arguments its message reads.
pub fn problem_key(problem: &Problem) -> (&'static str, Vec<(&'static str, Arg)>) {
    let text = |s: &str| Arg::Text(s.to_owned());
    match problem {
        Problem::Required => ("problem-required", vec![]),
        Problem::Other(_) => ("problem-other", vec![]),
        Problem::NotInList => ("problem-not-in-list", vec![]),
        Problem::NotADate => ("problem-not-a-date", vec![]),
        Problem::InFuture => ("problem-in-future", vec![]),
        Problem::NotWholeNumber => ("problem-not-whole-number", vec![]),
        Problem::AtMost { max } => ("problem-at-most", vec![("max", text(max))]),
        Problem::Between { min, max } => {
            ("problem-between", vec![("min", Arg::Count(*min)), ("max", Arg::Count(*max))])
        }
        Problem::Repeats { item } => ("problem-repeats", vec![("item", text(item))]),
        Problem::NoLanguage => ("problem-no-language", vec![]),
        Problem::ClosesBeforeOpening { opens } => {
            ("problem-closes-before-opening", vec![("opens", text(opens))])
        }
        Problem::EndsBeforeStart { starts } => ("problem-ends-before-start", vec![("starts", text(starts))]),
        Problem::ExceedsBudget => ("problem-exceeds-budget", vec![]),
        Problem::NoMoneyHere => ("problem-no-money-here", vec![]),
        Problem::ClosedWithActivity => ("problem-closed-with-activity", vec![]),
        Problem::NotPositive => ("problem-not-positive", vec![]),
        Problem::AboveLimit { limit } => ("problem-above-limit", vec![("limit", text(limit))]),
        Problem::NotInBudgetCurrency { currency } => {
            ("problem-not-in-budget-currency", vec![("currency", text(currency))])
        }
        Problem::NotInFirmsCurrency { currency } => {
            ("problem-not-in-firms-currency", vec![("currency", text(currency))])
        }
        Problem::EmailTooLong => ("problem-email-too-long", vec![]),
        Problem::NotAnEmail => ("problem-not-an-email", vec![]),
        Problem::PasswordTooShort { min } => ("problem-password-too-short", vec![("min", Arg::from(*min))]),
        Problem::PasswordTooLong { max } => ("problem-password-too-long", vec![("max", Arg::from(*max))]),
        Problem::PasswordIsEmail => ("problem-password-is-email", vec![]),
        Problem::PasswordsDiffer => ("problem-passwords-differ", vec![]),
        Problem::NotYourPassword => ("problem-not-your-password", vec![]),
        Problem::NotThatAccountsPassword => ("problem-not-that-accounts-password", vec![]),
        Problem::EmailTaken => ("problem-email-taken", vec![]),
        Problem::NoFigures => ("problem-no-figures", vec![]),
        Problem::InThePast => ("problem-in-the-past", vec![]),
        Problem::TooFarAhead => ("problem-too-far-ahead", vec![]),
        Problem::NotAPartner => ("problem-not-a-partner", vec![]),
        Problem::NotAMentor => ("problem-not-a-mentor", vec![]),
        Problem::NotTheProgrammesChannel => ("problem-not-the-programmes-channel", vec![]),
        Problem::NotTheProgrammesCountry => ("problem-not-the-programmes-country", vec![]),
        Problem::OpportunitiesElsewhere => ("problem-opportunities-elsewhere", vec![]),
        Problem::NotReportable => ("problem-not-reportable", vec![]),
        Problem::NotYourBusiness => ("problem-not-your-business", vec![]),
        Problem::PinnedTwice => ("problem-pinned-twice", vec![]),
        Problem::PinnedAndForbidden => ("problem-pinned-and-forbidden", vec![]),
        Problem::PinRuledOut { why } => (
            match why {
                mitra_domain::round::Exclusion::OtherCountry => "problem-pin-other-country",
                mitra_domain::round::Exclusion::NoSharedLanguage => "problem-pin-no-shared-language",
                mitra_domain::round::Exclusion::OutsideRegions => "problem-pin-outside-regions",
            },
            vec![],
        ),
        Problem::NoMentors => ("problem-no-mentors", vec![]),
        Problem::NoFirms => ("problem-no-firms", vec![]),
        Problem::TargetUnreachable { group, required, best } => {
            let (kind, region) = match group {
                mitra_domain::round::Group::WomenLed => ("women", String::new()),
                mitra_domain::round::Group::YouthLed => ("youth", String::new()),
                mitra_domain::round::Group::Region(region) => ("region", region.to_string()),
            };
            (
                "problem-target-unreachable",
                vec![
                    ("kind", Arg::from(kind)),
                    ("region", Arg::from(region)),
                    ("required", Arg::from(*required)),
                    ("best", Arg::from(*best)),
                ],
            )
        }
        Problem::PinsOverCapacity { capacity } => {
            ("problem-pins-over-capacity", vec![("capacity", Arg::from(u32::from(*capacity)))])
        }
        Problem::DeadlinePassed { deadline } => {
            ("problem-deadline-passed", vec![("deadline", Arg::from(deadline.clone()))])
        }
        Problem::AlreadyAnswered => ("problem-already-answered", vec![]),
        Problem::NoRatingWithout => ("problem-no-rating-without", vec![]),
        Problem::AlreadyLogged => ("problem-already-logged", vec![]),
        Problem::NotConfirmedPair => ("problem-not-confirmed-pair", vec![]),
        Problem::NotAfterToday => ("problem-not-after-today", vec![]),
        Problem::AlreadyPublished => ("problem-already-published", vec![]),
        Problem::NotYetPublished => ("problem-not-yet-published", vec![]),
        Problem::NotYetSolved => ("problem-not-yet-solved", vec![]),
        Problem::NoPairs => ("problem-no-pairs", vec![]),
        Problem::Text(TextError::Empty) => ("problem-required", vec![]),
        Problem::Text(TextError::TooLong { max, got }) => {
            ("problem-too-long", vec![("max", Arg::from(*max)), ("got", Arg::from(*got))])
        }
        Problem::Text(TextError::ControlCharacter) => ("problem-control-character", vec![]),
        Problem::Text(TextError::DirectionOverride(_)) => ("problem-direction-override", vec![]),
        Problem::Money(MoneyError::UnknownCurrency) => ("problem-unknown-currency", vec![]),
        Problem::Money(MoneyError::CurrencyMismatch { left, right }) => {
            ("problem-currency-mismatch", vec![("left", text(left.code())), ("right", text(right.code()))])
        }
        Problem::Money(MoneyError::NotANumber) => ("problem-not-an-amount", vec![]),
        Problem::Money(MoneyError::TooManyDigits | MoneyError::Absurd { .. } | MoneyError::Overflow) => {
            ("problem-amount-too-large", vec![])
        }
        Problem::Money(MoneyError::Negative) => ("problem-negative", vec![]),
        Problem::Money(MoneyError::TooPrecise { currency, places }) => (
            "problem-too-precise",
            vec![("currency", text(currency.code())), ("places", Arg::Count((*places).into()))],
        ),
        Problem::Code(CodeError::UnknownCountry) => ("problem-unknown-country", vec![]),
        Problem::Code(CodeError::UnknownLanguage) => ("problem-unknown-language", vec![]),
        Problem::Industry(IndustryError::Empty) => ("problem-required", vec![]),
        Problem::Industry(IndustryError::Malformed) => ("problem-industry-malformed", vec![]),
        Problem::Rule(rule) => rule_problem_key(rule),
    }
}

fn rule_problem_key(problem: &RuleProblem) -> (&'static str, Vec<(&'static str, Arg)>) {
    let text = |s: &str| Arg::Text(s.to_owned());
    let at = |position: &u32| ("position", Arg::Count((*position).into()));
    match problem {
        RuleProblem::Syntax { position, .. } => ("problem-rule-syntax", vec![at(position)]),
        RuleProblem::UnknownField { name, position } => {
            ("problem-rule-unknown-field", vec![("name", text(name)), at(position)])
        }
        RuleProblem::UnknownFunction { name, position } => {
            ("problem-rule-unknown-function", vec![("name", text(name)), at(position)])
        }
        RuleProblem::MoneyWithNumber { position, currency } => {
            ("problem-rule-money-with-number", vec![("currency", text(currency)), at(position)])
        }
        RuleProblem::OtherCurrency { position, found, expected } => (
            "problem-rule-other-currency",
            vec![("found", text(found)), ("expected", text(expected)), at(position)],
        ),
        RuleProblem::Mismatch { position, left, right } => {
            ("problem-rule-mismatch", vec![("left", text(left)), ("right", text(right)), at(position)])
        }
        RuleProblem::NotAllowedValue { position, value, field } => (
            "problem-rule-not-allowed-value",
            vec![("value", text(value)), ("field", text(field)), at(position)],
        ),
        RuleProblem::BadLiteral { position, text: literal } => {
            ("problem-rule-bad-literal", vec![("text", text(literal)), at(position)])
        }
        RuleProblem::NotYesOrNo { position } => ("problem-rule-not-yes-or-no", vec![at(position)]),
        RuleProblem::Unsupported { position, text: what } => {
            ("problem-rule-unsupported", vec![("text", text(what)), at(position)])
        }
    }
}
