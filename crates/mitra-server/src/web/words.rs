//! What templates call to write words, numbers and names in the reader's language: every page
//! has a [`Layout`], and through it the reader's locale.
//!
//! A template writes `{{ layout.t("nav-directory") }}` for a message, `t1`/`t2` for one with
//! arguments, `tn` for a count, `{{ layout.money(m) }}` for an amount; the messages live in
//! `crates/mitra-i18n/locales/`. Values of
//! the domain's lists (kinds, channels, roles) have one key each, built here from their API
//! name, so a template never shows `ecommerce_platform`.

use std::fmt::Display;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitra_domain::recovery::{Change, Dimension, Effect, PulseAction};
use mitra_domain::{
    ApplicationStatus, Channel, Country, Figure, Language, LegalForm, Money, OperatingStatus,
    OrganizationKind, Problem, Role, SizeClass,
};
use mitra_i18n::{Arg, Lang};

use crate::AppState;
use crate::web::session::{CheckedForm, LANGUAGE_COOKIE, Layout, Viewer, set_cookie};

/// A language of the switcher.
#[derive(Debug, Clone)]
pub struct LanguageChoice {
    pub code: &'static str,
    pub name: &'static str,
    pub current: bool,
}

impl Layout {
    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.locale.t(key)
    }

    /// The message `key` with one argument.
    pub fn t1(&self, key: &str, name: &str, value: impl Display) -> String {
        self.locale.t_with(key, &[(name, Arg::Text(value.to_string()))])
    }

    /// The message `key` with two arguments.
    pub fn t2(&self, key: &str, a: &str, va: impl Display, b: &str, vb: impl Display) -> String {
        self.locale.t_with(key, &[(a, Arg::Text(va.to_string())), (b, Arg::Text(vb.to_string()))])
    }

    /// The message `key` for a count (`$count`, which also chooses the plural form), written
    /// with the locale's grouping as `$shown`.
    pub fn tn(&self, key: &str, count: impl TryInto<i64>) -> String {
        let count: i64 = count.try_into().unwrap_or(i64::MAX);
        self.locale
            .t_with(key, &[("count", Arg::Count(count)), ("shown", Arg::Text(self.locale.number(count)))])
    }

    /// A field's problem, as a sentence of its own.
    pub fn problem(&self, problem: &Problem) -> String {
        self.locale.problem(problem)
    }

    pub fn number(&self, value: impl Into<rust_decimal::Decimal>) -> String {
        self.locale.number(value)
    }

    pub fn money(&self, money: &Money) -> String {
        self.locale.money(money)
    }

    pub fn date(&self, date: &jiff::civil::Date) -> String {
        self.locale.date(*date)
    }

    pub fn country(&self, country: &Country) -> String {
        self.locale.country(*country)
    }

    pub fn language(&self, language: &Language) -> String {
        self.locale.language(*language)
    }

    pub fn kind(&self, kind: &OrganizationKind) -> String {
        self.t(&list_key("kind", kind.as_str()))
    }

    pub fn channel(&self, channel: &Channel) -> String {
        self.t(&list_key("channel", channel.as_str()))
    }

    pub fn role(&self, role: &Role) -> String {
        self.t(&list_key("role", role.as_str()))
    }

    pub fn legal_form(&self, form: &LegalForm) -> String {
        self.t(&list_key("legal-form", form.as_str()))
    }

    pub fn status(&self, status: &OperatingStatus) -> String {
        self.t(&list_key("status", status.as_str()))
    }

    pub fn figure(&self, figure: &Figure) -> String {
        self.t(&list_key("figure", figure.as_str()))
    }

    pub fn size_class(&self, class: &SizeClass) -> String {
        self.t(&list_key("size", class.as_str()))
    }

    /// A pulse survey's answer on the overall effect on the business.
    pub fn effect(&self, effect: &Effect) -> String {
        self.t(&list_key("effect", effect.as_str()))
    }

    /// A pulse survey's answer on how a figure moved.
    pub fn change(&self, change: &Change) -> String {
        self.t(&list_key("change", change.as_str()))
    }

    /// An action a firm took, as the pulse survey lists it.
    pub fn pulse_action(&self, action: &PulseAction) -> String {
        self.t(&list_key("pulse-action", action.as_str()))
    }

    /// An outcome an impact estimate measures.
    pub fn outcome(&self, outcome: &mitra_domain::recovery::Outcome) -> String {
        self.t(&list_key("impact-outcome", outcome.as_str()))
    }

    /// The firms an impact estimate compares participants with.
    pub fn comparison(&self, comparison: &mitra_domain::recovery::Comparison) -> String {
        self.t(&list_key("impact-comparison", comparison.as_str()))
    }

    /// A way to split a dashboard.
    pub fn dimension(&self, dimension: &Dimension) -> String {
        self.t(&list_key("recovery-by", dimension.as_str()))
    }

    /// The name of an ISIC section (`C`: manufacturing) in the page's language.
    pub fn isic_section(&self, letter: &str) -> String {
        self.t(&list_key("isic-section", &letter.to_lowercase()))
    }

    /// An industry code as a page shows it: the sector in the page's language, then the code and
    /// its official title (ISIC and NAICS titles are published in English).
    pub fn industry(&self, code: &mitra_domain::IndustryCode) -> String {
        let titled = match code.title() {
            Some(title) => format!("{} {title}", code.code()),
            None => self.t1("organization-industry-unclassified", "code", code.code()),
        };
        match code.isic_section() {
            Some(section) if section != code.code() => format!("{} · {titled}", self.isic_section(section)),
            _ => titled,
        }
    }

    /// The label of a list filter, for a problem with its value; the parameter's own name for
    /// those the filter forms do not show (a cursor edited by hand).
    pub fn filter_label(&self, name: &str) -> String {
        match name {
            "kind" => self.t("directory-kind-label"),
            "country" => self.t("pages-filter-country"),
            "size_class" => self.t("directory-size-label"),
            "industry" => self.t("directory-industry-label"),
            "q" => self.t("pages-filter-search"),
            "channel" => self.t("opportunities-channel-label"),
            "region" => self.t("opportunities-region-label"),
            "language" => self.t("opportunities-language-label"),
            other => other.to_owned(),
        }
    }

    /// The `lang` of the page.
    pub fn lang(&self) -> &'static str {
        self.locale.lang().code()
    }

    /// The switcher's languages, the page's own marked.
    pub fn languages(&self) -> Vec<LanguageChoice> {
        Lang::ALL
            .into_iter()
            .map(|lang| LanguageChoice {
                code: lang.code(),
                name: lang.autonym(),
                current: lang == self.locale.lang(),
            })
            .collect()
    }
}

/// The key of a value of one of the domain's lists: `kind-ecommerce-platform`.
pub fn list_key(family: &str, name: &str) -> String {
    format!("{family}-{}", name.replace('_', "-"))
}

/// Every key [`list_key`] makes, for the test that checks each language has them all.
pub fn list_keys() -> Vec<String> {
    let mut keys = Vec::new();
    keys.extend(OrganizationKind::ALL.iter().map(|v| list_key("kind", v.as_str())));
    keys.extend(Channel::ALL.iter().map(|v| list_key("channel", v.as_str())));
    keys.extend(Role::ALL.iter().map(|v| list_key("role", v.as_str())));
    keys.extend(LegalForm::ALL.iter().map(|v| list_key("legal-form", v.as_str())));
    keys.extend(OperatingStatus::ALL.iter().map(|v| list_key("status", v.as_str())));
    keys.extend(Figure::ALL.iter().map(|v| list_key("figure", v.as_str())));
    keys.extend(SizeClass::ALL.iter().map(|v| list_key("size", v.as_str())));
    keys.extend(Effect::ALL.iter().map(|v| list_key("effect", v.as_str())));
    keys.extend(Change::ALL.iter().map(|v| list_key("change", v.as_str())));
    keys.extend(PulseAction::ALL.iter().map(|v| list_key("pulse-action", v.as_str())));
    keys.extend(Dimension::ALL.iter().map(|v| list_key("recovery-by", v.as_str())));
    keys.extend(mitra_domain::recovery::Outcome::ALL.iter().map(|v| list_key("impact-outcome", v.as_str())));
    keys.extend(
        mitra_domain::recovery::Comparison::ALL.iter().map(|v| list_key("impact-comparison", v.as_str())),
    );
    keys.extend(ApplicationStatus::ALL.iter().map(|v| list_key("application-status", v.as_str())));
    keys.extend(ApplicationStatus::ALL.iter().map(|v| list_key("email-application", v.as_str())));
    keys.extend(["running", "solved", "refused", "published"].iter().map(|v| list_key("round-status", v)));
    keys.extend(mitra_app::rounds::plan::Method::ALL.iter().map(|v| list_key("round-method", v.as_str())));
    keys.extend(
        mitra_domain::round::Contribution::ALL.iter().map(|v| list_key("round-contribution", v.as_str())),
    );
    keys.extend(mitra_domain::round::Answer::ALL.iter().map(|v| list_key("round-answer", v.as_str())));
    keys.extend(mitra_domain::round::PairStatus::ALL.iter().map(|v| list_key("round-pair", v.as_str())));
    keys.extend(
        mitra_domain::mentoring::SessionMode::ALL.iter().map(|v| list_key("session-mode", v.as_str())),
    );
    keys.extend(mitra_domain::Refusal::EACH.iter().map(|r| r.key().to_owned()));
    keys.extend(
        mitra_domain::industry::isic_sections()
            .map(|(letter, _)| list_key("isic-section", &letter.to_lowercase())),
    );
    keys
}

/// The switcher's form: remembers the language in a cookie, and in the account of a signed-in
/// reader, then goes back to the page it was sent from.
pub async fn choose_language(State(state): State<AppState>, viewer: Viewer, form: CheckedForm) -> Response {
    let Some(lang) = Lang::from_tag(&form.get("lang")) else {
        return crate::web::message_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            viewer.layout,
            "language-unknown-title",
            "language-unknown-message",
        );
    };
    if viewer.actor.person().is_some()
        && let Err(error) = state.app.set_locale(&viewer.actor, Some(lang.code())).await
    {
        return crate::web::error_page(viewer.layout, error);
    }
    let next = form.get("next");
    let back = if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/".into()
    };
    let mut response = Redirect::to(&back).into_response();
    set_cookie(&mut response, LANGUAGE_COOKIE, lang.code(), Some(365 * 24 * 3600), state.secure_cookies);
    response
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use mitra_i18n::{AREAS, Lang, SOURCES};

    /// Each message of one file, with the variables it reads.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource =
            fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => {
                    let mut variables = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables_of(value, &mut variables);
                    }
                    Some((m.id.name.to_owned(), variables))
                }
                _ => None,
            })
            .collect()
    }

    fn variables_of(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                match expression {
                    Expression::Inline(inline) => inline_variables(inline, out),
                    Expression::Select { selector, variants } => {
                        inline_variables(selector, out);
                        for variant in variants {
                            variables_of(&variant.value, out);
                        }
                    }
                }
            }
        }
    }

    fn inline_variables(expression: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        if let InlineExpression::VariableReference { id } = expression {
            out.insert(id.name.to_owned());
        }
    }

    fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                files_under(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                out.push(path);
            }
        }
    }

    /// Every message key the sources name: in a call that translates, or as an error page's,
    /// a refused form's or a problem's key, plus the keys of the domain's lists.
    fn keys_in_code() -> BTreeSet<String> {
        let crates = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let mut files = Vec::new();
        for name in ["mitra-server", "mitra-i18n", "mitra-app"] {
            files_under(&crates.join(name).join("src"), &mut files);
        }
        files_under(&crates.join("mitra-server/templates"), &mut files);
        let call = regex::Regex::new(r#"\b(?:t|t1|t2|tn|t_with)\(\s*"([a-z][a-z0-9-]*)""#).unwrap();
        let named = regex::Regex::new(r#""((?:problem|error|form|language)-[a-z0-9-]+)""#).unwrap();
        let page =
            regex::Regex::new(r#"message_page\(\s*[^,()]+,\s*[^,()]+,\s*"([a-z0-9-]+)",\s*"([a-z0-9-]+)""#)
                .unwrap();
        let mut keys: BTreeSet<String> = super::list_keys().into_iter().collect();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for capture in call.captures_iter(&text).chain(named.captures_iter(&text)) {
                keys.insert(capture[1].to_owned());
            }
            for capture in page.captures_iter(&text) {
                keys.extend([capture[1].to_owned(), capture[2].to_owned()]);
            }
        }
        keys
    }

    #[test]
    fn every_language_has_every_key_the_code_uses_and_no_other() {
        let used = keys_in_code();
        let mut failures = Vec::new();
        for (lang, sources) in SOURCES {
            let mut defined = BTreeSet::new();
            for (area, source) in AREAS.iter().zip(sources) {
                for key in messages(source).into_keys() {
                    if !defined.insert(key.clone()) {
                        failures.push(format!("{lang}/{area}.ftl defines {key} a second time"));
                    }
                }
            }
            failures.extend(used.difference(&defined).map(|key| format!("{lang} lacks {key}")));
            failures.extend(
                defined.difference(&used).map(|key| format!("{lang} has {key}, which the code never uses")),
            );
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_translation_reads_the_same_variables_as_the_english() {
        let english: BTreeMap<_, _> = SOURCES[0].1.iter().flat_map(|s| messages(s)).collect();
        let mut failures = Vec::new();
        for (lang, sources) in &SOURCES[1..] {
            for (key, variables) in sources.iter().flat_map(|s| messages(s)) {
                if let Some(expected) = english.get(&key)
                    && *expected != variables
                {
                    failures.push(format!("{lang} {key} reads {variables:?}, English reads {expected:?}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A message left in English in another language's file is a page half in English. Names
    /// and codes read the same everywhere; the list says which messages may.
    #[test]
    fn no_translation_is_left_in_english() {
        const SAME_EVERYWHERE: &[&str] = &[
            "problem-other",
            "footer-api",
            "kind-msme",
            "no",
            "eligibility-value",
            "eligibility-no",
            "recovery-no",
            "recovery-by-sector",
            "impact-points",
            "nav-programmes",
            "programmes-title",
            "offer-programme",
            "programme-dates",
            "recovery-programme",
            "round-mentor",
            "session-minutes-of",
            "round-met-no",
            "proposals-programme",
            "proposals-contact",
            "rounds-status",
        ];
        let english: BTreeMap<_, _> = SOURCES[0].1.iter().flat_map(|s| message_texts(s)).collect();
        let mut failures = Vec::new();
        for (lang, sources) in &SOURCES[1..] {
            for (key, text) in sources.iter().flat_map(|s| message_texts(s)) {
                let words = text.chars().any(char::is_alphabetic);
                if words
                    && english.get(&key) == Some(&text)
                    && !SAME_EVERYWHERE.contains(&key.as_str())
                    && *lang != Lang::En
                {
                    failures.push(format!("{lang} {key} is the English \"{text}\""));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Each message with the words it writes (its text, with every variant of a select).
    fn message_texts(source: &str) -> Vec<(String, String)> {
        let resource =
            fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => m.value.as_ref().map(|value| {
                    let mut words = String::new();
                    words_of(value, &mut words);
                    (m.id.name.to_owned(), words.trim().to_owned())
                }),
                _ => None,
            })
            .collect()
    }

    fn words_of(pattern: &Pattern<&str>, out: &mut String) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                    for variant in variants {
                        words_of(&variant.value, out);
                        out.push('|');
                    }
                }
                PatternElement::Placeable { .. } => out.push('$'),
            }
        }
    }
}
