//! Judging a compiled criterion on one applicant, in three values: a criterion passes, fails,
//! or is unknown because the profile lacks a figure it needs (Kleene's logic: `false && unknown`
//! is false, `true || unknown` is true, anything else with an unknown is unknown).

use std::cmp::Ordering;

use crate::applicant::{Applicant, Field, Value};
use crate::compile::{Comparison, Literal, Node};

/// What a criterion, or a whole rule set, says of an applicant.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Fail,
    /// A figure it needs is missing.
    Unknown,
}

impl Verdict {
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Unknown => "unknown",
        }
    }

    /// All criteria together: fails if one fails, passes if all pass, else unknown.
    pub fn all(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
        let mut overall = Verdict::Pass;
        for verdict in verdicts {
            match verdict {
                Verdict::Fail => return Verdict::Fail,
                Verdict::Unknown => overall = Verdict::Unknown,
                Verdict::Pass => {}
            }
        }
        overall
    }
}

/// Where judging reports the fields it read (an explanation), or nothing (bulk judging).
pub trait Reads {
    /// Whether every field a criterion could read must be read (an explanation names every
    /// missing figure); when not, `&&` and `||` stop at a side that decides.
    const EVERY_FIELD: bool = true;
    fn read(&mut self, field: Field, value: Value<'_>);
}

/// Reads nothing: the fastest way to judge.
#[derive(Debug)]
pub struct Silent;

impl Reads for Silent {
    const EVERY_FIELD: bool = false;
    #[inline]
    fn read(&mut self, _: Field, _: Value<'_>) {}
}

/// Judges `node` on `applicant`.
pub fn verdict(node: &Node, applicant: &Applicant, reads: &mut impl Reads) -> Verdict {
    match value(node, applicant, reads) {
        Value::Bool(true) => Verdict::Pass,
        Value::Bool(false) => Verdict::Fail,
        _ => Verdict::Unknown,
    }
}

fn value<'a, R: Reads>(node: &'a Node, applicant: &'a Applicant, reads: &mut R) -> Value<'a> {
    match node {
        Node::Literal(literal) => literal_value(literal),
        Node::Field(field) => {
            let value = applicant.value(*field);
            reads.read(*field, value);
            value
        }
        Node::Not(inner) => match value(inner, applicant, reads) {
            Value::Bool(b) => Value::Bool(!b),
            _ => Value::Unknown,
        },
        // Both sides are always judged, so that an explanation names every missing figure.
        Node::And(left, right) => match (value(left, applicant, reads), value(right, applicant, reads)) {
            (Value::Bool(false), _) | (_, Value::Bool(false)) => Value::Bool(false),
            (Value::Bool(true), Value::Bool(true)) => Value::Bool(true),
            _ => Value::Unknown,
        },
        Node::Or(left, right) => {
            let left = value(left, applicant, reads);
            if !R::EVERY_FIELD && left == Value::Bool(true) {
                return left;
            }
            match (left, value(right, applicant, reads)) {
                (Value::Bool(true), _) | (_, Value::Bool(true)) => Value::Bool(true),
                (Value::Bool(false), Value::Bool(false)) => Value::Bool(false),
                _ => Value::Unknown,
            }
        }
        Node::Compare(comparison, left, right) => {
            let (left, right) = (value(left, applicant, reads), value(right, applicant, reads));
            compare(*comparison, left, right)
        }
        Node::In(item, list) => match value(item, applicant, reads) {
            Value::Unknown => Value::Unknown,
            item => Value::Bool(list.iter().any(|literal| same(item, literal_value(literal)))),
        },
        Node::StartsWith(text, prefix) => match value(text, applicant, reads) {
            Value::Text(text) => Value::Bool(text.starts_with(prefix.as_str())),
            _ => Value::Unknown,
        },
    }
}

fn literal_value(literal: &Literal) -> Value<'_> {
    match literal {
        Literal::Bool(b) => Value::Bool(*b),
        Literal::Number(n) => Value::Number(*n),
        Literal::Money(m) => Value::Money(*m),
        Literal::Date(d) => Value::Date(*d),
        Literal::Text(t) => Value::Text(t),
        Literal::Code(c) => Value::Code(c),
    }
}

fn same(left: Value<'_>, right: Value<'_>) -> bool {
    order(left, right) == Some(Ordering::Equal)
}

/// The order of two known values of one type; `None` when they do not compare, which the
/// compiler rules out except for money in two currencies (a firm reporting in another
/// currency than the programme counts in).
fn order(left: Value<'_>, right: Value<'_>) -> Option<Ordering> {
    match (left, right) {
        (Value::Bool(a), Value::Bool(b)) => Some(a.cmp(&b)),
        (Value::Number(a), Value::Number(b)) => Some(a.cmp(&b)),
        (Value::Money(a), Value::Money(b)) => a.checked_cmp(&b).ok(),
        (Value::Date(a), Value::Date(b)) => Some(a.cmp(&b)),
        (Value::Text(a) | Value::Code(a), Value::Text(b) | Value::Code(b)) => Some(a.cmp(b)),
        _ => None,
    }
}

fn compare(comparison: Comparison, left: Value<'_>, right: Value<'_>) -> Value<'static> {
    if matches!(left, Value::Unknown) || matches!(right, Value::Unknown) {
        return Value::Unknown;
    }
    // Amounts in two currencies are neither equal nor in order: the firm does not meet a
    // threshold it has not reported in the programme's currency.
    let Some(ordering) = order(left, right) else {
        return Value::Bool(comparison == Comparison::NotEqual);
    };
    Value::Bool(match comparison {
        Comparison::Equal => ordering == Ordering::Equal,
        Comparison::NotEqual => ordering != Ordering::Equal,
        Comparison::Less => ordering == Ordering::Less,
        Comparison::LessOrEqual => ordering != Ordering::Greater,
        Comparison::Greater => ordering == Ordering::Greater,
        Comparison::GreaterOrEqual => ordering != Ordering::Less,
    })
}
