//! Eligibility rules that explain themselves.
//!
//! An opportunity's rule set is a list of named criteria, each an expression in the Common
//! Expression Language (CEL) over the applicant's documented fields ([`applicant::FIELDS`] and
//! `figures[YEAR].<figure>`, see [`applicant::YEAR_FIGURES`]), each with a label per language.
//! A rule set is checked whole when it is saved ([`RuleSetDraft::check`]): a syntax error, an
//! unknown field, or money compared with a bare number or an amount in another currency is a
//! problem naming the criterion and the position, and nothing of it is kept.
//!
//! A checked rule set judges an applicant criterion by criterion in three values ([`Verdict`]):
//! pass, fail, or unknown when the profile lacks a figure a criterion needs, with the values it
//! read ([`Compiled::explain`]), or only the verdicts, fast, for a whole population
//! ([`Compiled::judge`]). Rule sets are versioned by the date from which each applies; the
//! version in force on the application date judges ([`in_force`]).
//!
//! - [`applicant`]: the fields, their types and one applicant's values.
//! - [`compile`]: from CEL text to a typed expression. [`judge`]: three-valued judging.
//! - [`ceba`]: the Canada Emergency Business Account's rules, from its public terms.

pub mod applicant;
pub mod ceba;
pub mod compile;
pub mod judge;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use mitra_domain::{Currency, Invalid, Language, Money, Problem, Text};

pub use applicant::{Applicant, Field, Value, YearFigure};
pub use compile::Node;
pub use judge::{Reads, Silent, Verdict};

/// The most criteria one rule set may have.
pub const MAX_CRITERIA: usize = 30;

/// One criterion as written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Criterion {
    /// A short name that stays the same across versions, such as `in-canada`.
    pub key: Text<40>,
    /// What the criterion asks, per ISO 639-1 language; English is required and is shown
    /// where the reader's language has none.
    pub labels: BTreeMap<Language, Text<300>>,
    /// A CEL expression that gives true or false.
    pub expression: String,
}

impl Criterion {
    /// The label in `language`, or the English one.
    pub fn label(&self, language: &str) -> (&str, Language) {
        let english = Language::parse("en").expect("en is ISO 639-1");
        self.labels
            .iter()
            .find(|(l, _)| l.code() == language)
            .or_else(|| self.labels.get_key_value(&english))
            .map_or(("", english), |(l, text)| (text.as_str(), *l))
    }
}

/// A rule set as it is sent: the criteria, and the date from which they apply.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RuleSetDraft {
    pub applies_from: Date,
    pub criteria: Vec<Criterion>,
}

/// A stored version of an opportunity's rules.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RuleSet {
    /// 1 for the first version of an opportunity's rules, then one more for each.
    pub version: u32,
    pub applies_from: Date,
    pub criteria: Vec<Criterion>,
    pub saved_at: Timestamp,
}

impl RuleSet {
    /// The rules compiled again: they were checked when saved, in the same currency.
    pub fn compiled(&self, currency: Currency) -> Result<Compiled, Vec<Invalid>> {
        RuleSetDraft { applies_from: self.applies_from, criteria: self.criteria.clone() }.check(currency)
    }
}

/// The version in force on `date`: the latest that applies from that date or before.
pub fn in_force(versions: &[RuleSet], date: Date) -> Option<&RuleSet> {
    versions.iter().filter(|v| v.applies_from <= date).max_by_key(|v| (v.applies_from, v.version))
}

impl RuleSetDraft {
    /// Checks every criterion, and compiles them in `currency` (the opportunity's): every
    /// problem is reported at once, each named by the criterion's place in the list.
    pub fn check(&self, currency: Currency) -> Result<Compiled, Vec<Invalid>> {
        let mut problems = Vec::new();
        if self.criteria.is_empty() {
            problems.push(Invalid::new("criteria", Problem::Required));
        }
        if self.criteria.len() > MAX_CRITERIA {
            problems.push(Invalid::new("criteria", Problem::AtMost { max: MAX_CRITERIA.to_string() }));
        }
        let english = Language::parse("en").expect("en is ISO 639-1");
        let mut nodes = Vec::new();
        for (index, criterion) in self.criteria.iter().enumerate() {
            let field = |name: &str| format!("criteria[{index}].{name}");
            if self.criteria[..index].iter().any(|earlier| earlier.key == criterion.key) {
                problems
                    .push(Invalid::new(field("key"), Problem::Repeats { item: criterion.key.to_string() }));
            }
            if !criterion.labels.contains_key(&english) {
                problems.push(Invalid::new(field("labels.en"), Problem::Required));
            }
            if criterion.expression.trim().is_empty() {
                problems.push(Invalid::new(field("expression"), Problem::Required));
                continue;
            }
            match compile::compile(&criterion.expression, currency) {
                Ok(node) => nodes.push(node),
                Err(problem) => problems.push(Invalid::new(field("expression"), Problem::Rule(problem))),
            }
        }
        if problems.is_empty() { Ok(Compiled { nodes }) } else { Err(problems) }
    }
}

/// A checked rule set's criteria, compiled, in their order.
#[derive(Debug, Clone, PartialEq)]
pub struct Compiled {
    nodes: Vec<Node>,
}

/// What one criterion said, with the fields it read.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// Each field read once, in the order first read, with its value (`None`: missing).
    pub used: Vec<(Field, Option<Shown>)>,
}

impl Outcome {
    /// The fields it needed and the profile lacks.
    pub fn missing(&self) -> impl Iterator<Item = Field> + '_ {
        self.used.iter().filter(|(_, value)| value.is_none()).map(|(field, _)| *field)
    }
}

/// A value read from the applicant, to show.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    Bool(bool),
    Number(i64),
    Money(Money),
    Date(Date),
    Text(String),
}

/// A whole rule set's judgement of one applicant.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub verdict: Verdict,
    pub outcomes: Vec<Outcome>,
}

impl Evaluation {
    pub fn passed(&self) -> usize {
        self.outcomes.iter().filter(|o| o.verdict == Verdict::Pass).count()
    }

    /// Every missing field, each once, in the order the criteria read them.
    pub fn missing(&self) -> Vec<Field> {
        let mut missing: Vec<Field> = Vec::new();
        for field in self.outcomes.iter().flat_map(Outcome::missing) {
            if !missing.contains(&field) {
                missing.push(field);
            }
        }
        missing
    }
}

struct Recorded(Vec<(Field, Option<Shown>)>);

impl Reads for Recorded {
    fn read(&mut self, field: Field, value: Value<'_>) {
        if self.0.iter().any(|(f, _)| *f == field) {
            return;
        }
        let shown = match value {
            Value::Unknown => None,
            Value::Bool(b) => Some(Shown::Bool(b)),
            Value::Number(n) => Some(Shown::Number(n)),
            Value::Money(m) => Some(Shown::Money(m)),
            Value::Date(d) => Some(Shown::Date(d)),
            Value::Text(t) | Value::Code(t) => Some(Shown::Text(t.to_owned())),
        };
        self.0.push((field, shown));
    }
}

impl Compiled {
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Every criterion's verdict into `each` (cleared first), and the overall one.
    pub fn judge(&self, applicant: &Applicant, each: &mut Vec<Verdict>) -> Verdict {
        each.clear();
        each.extend(self.nodes.iter().map(|node| judge::verdict(node, applicant, &mut Silent)));
        Verdict::all(each.iter().copied())
    }

    /// Every criterion's verdict with the values it read.
    pub fn explain(&self, applicant: &Applicant) -> Evaluation {
        let outcomes: Vec<Outcome> = self
            .nodes
            .iter()
            .map(|node| {
                let mut reads = Recorded(Vec::new());
                let verdict = judge::verdict(node, applicant, &mut reads);
                Outcome { verdict, used: reads.0 }
            })
            .collect();
        Evaluation { verdict: Verdict::all(outcomes.iter().map(|o| o.verdict)), outcomes }
    }
}

#[cfg(test)]
mod tests;
