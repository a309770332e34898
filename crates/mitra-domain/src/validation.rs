//! A problem with one field of an input, in words a person can act on, and the mark of a value
//! that passed the domain's checks.

use std::fmt;

use crate::geo::CodeError;
use crate::industry::IndustryError;
use crate::money::MoneyError;
use crate::text::TextError;

/// One offending field and why it was refused. `field` is a dotted path with list indices,
/// such as `msme.needs[2].channel`; `problem` completes a sentence that starts with the field.
/// The API writes the problem in English; the pages translate it from its kind.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Invalid {
    pub field: String,
    #[serde(serialize_with = "english")]
    pub problem: Problem,
}

impl Invalid {
    pub fn new(field: impl Into<String>, problem: impl Into<Problem>) -> Self {
        Self { field: field.into(), problem: problem.into() }
    }
}

/// Two problems are the same when they name the same field and read the same.
impl PartialEq for Invalid {
    fn eq(&self, other: &Self) -> bool {
        self.field == other.field && self.problem.to_string() == other.problem.to_string()
    }
}

impl Eq for Invalid {}

fn english<S: serde::Serializer>(problem: &Problem, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(problem)
}

/// Why a value was refused, as a kind a page can put into the reader's language, with the
/// English that completes "<field> …" for the API and the logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Required,
    /// The field is the wrong kind of thing here ("must be absent for …"), in English only:
    /// only the API can send it.
    Other(String),
    NotInList,
    NotADate,
    InFuture,
    NotWholeNumber,
    AtMost {
        max: String,
    },
    Between {
        min: i64,
        max: i64,
    },
    Repeats {
        item: String,
    },
    NoLanguage,
    ClosesBeforeOpening {
        opens: String,
    },
    /// A programme that ends before it starts.
    EndsBeforeStart {
        starts: String,
    },
    ExceedsBudget,
    /// An amount where the opportunity gives no money (seats, mentoring).
    NoMoneyHere,
    /// Sales or paid staff in a month the firm says it closed for good.
    ClosedWithActivity,
    NotPositive,
    /// More than the most one firm can receive.
    AboveLimit {
        limit: String,
    },
    NotInBudgetCurrency {
        currency: String,
    },
    /// A firm's figure in another currency than the one it keeps its books in.
    NotInFirmsCurrency {
        currency: String,
    },
    EmailTooLong,
    NotAnEmail,
    PasswordTooShort {
        min: usize,
    },
    PasswordTooLong {
        max: usize,
    },
    PasswordIsEmail,
    PasswordsDiffer,
    NotYourPassword,
    NotThatAccountsPassword,
    EmailTaken,
    NoFigures,
    InThePast,
    TooFarAhead,
    NotAPartner,
    /// An email that is not a mentor's with a profile.
    NotAMentor,
    /// An opportunity on another channel than its programme's.
    NotTheProgrammesChannel,
    /// An opportunity in another country than its programme's.
    NotTheProgrammesCountry,
    /// A programme's channel or country changed away from its opportunities'.
    OpportunitiesElsewhere,
    /// No MSME the reader may report for.
    NotReportable,
    /// No MSME the reader owns.
    NotYourBusiness,
    /// A firm pinned to two mentors in one round.
    PinnedTwice,
    /// A pair both pinned and forbidden.
    PinnedAndForbidden,
    /// A pinned pair that a hard rule of the round rules out.
    PinRuledOut {
        why: crate::round::Exclusion,
    },
    /// More pins to one mentor than their capacity.
    PinsOverCapacity {
        capacity: u8,
    },
    /// A round whose programme's pool holds no mentor with room.
    NoMentors,
    /// A round whose population holds no firm.
    NoFirms,
    /// A target of a programme that the mentors' room cannot meet: `required` firms of the
    /// group, of whom at most `best` can be served.
    TargetUnreachable {
        group: crate::round::Group,
        required: u64,
        best: u64,
    },
    /// A day that must come after today, such as a deadline.
    NotAfterToday,
    /// A round that is published and can no longer change.
    AlreadyPublished,
    /// A round that is not published yet.
    NotYetPublished,
    /// A run whose job has not solved it yet.
    NotYetSolved,
    /// A run that proposes no pair.
    NoPairs,
    /// A rating of a session the mentee says did not take place.
    NoRatingWithout,
    /// A session of a pair on a day that already has one.
    AlreadyLogged,
    /// Sessions are logged for pairs both sides accepted.
    NotConfirmedPair,
    /// An answer after its deadline.
    DeadlinePassed {
        deadline: String,
    },
    /// A proposal already answered by this side.
    AlreadyAnswered,
    Text(TextError),
    Money(MoneyError),
    Code(CodeError),
    Industry(IndustryError),
    /// An eligibility expression that cannot be judged.
    Rule(RuleProblem),
}

/// Why an eligibility expression was refused. `position` counts characters from 1, in the
/// expression as written; the snippets are the person's own text, in no language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleProblem {
    /// The parser's own detail is English; pages say only where.
    Syntax {
        position: u32,
        detail: String,
    },
    UnknownField {
        name: String,
        position: u32,
    },
    UnknownFunction {
        name: String,
        position: u32,
    },
    /// Money compared with a bare number: the rule must say which currency.
    MoneyWithNumber {
        position: u32,
        currency: String,
    },
    OtherCurrency {
        position: u32,
        found: String,
        expected: String,
    },
    /// Two things that do not compare, such as a date and an amount.
    Mismatch {
        position: u32,
        left: String,
        right: String,
    },
    /// A value the field never has, such as `size_class == "tiny"`.
    NotAllowedValue {
        position: u32,
        value: String,
        field: String,
    },
    /// A literal that is not what its function takes, such as `date("2020-13-01")`.
    BadLiteral {
        position: u32,
        text: String,
    },
    /// The criterion gives something other than yes or no.
    NotYesOrNo {
        position: u32,
    },
    Unsupported {
        position: u32,
        text: String,
    },
}

impl fmt::Display for RuleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuleProblem::Syntax { position, detail } => {
                write!(f, "has a syntax error at position {position}: {detail}")
            }
            RuleProblem::UnknownField { name, position } => {
                write!(f, "refers to {name} at position {position}, which is not a field of the applicant")
            }
            RuleProblem::UnknownFunction { name, position } => {
                write!(f, "calls {name} at position {position}, which is not a function rules may use")
            }
            RuleProblem::MoneyWithNumber { position, currency } => write!(
                f,
                "compares money with a bare number at position {position}: write the amount as money(20000, \"{currency}\")"
            ),
            RuleProblem::OtherCurrency { position, found, expected } => {
                write!(f, "compares money in {expected} with an amount in {found} at position {position}")
            }
            RuleProblem::Mismatch { position, left, right } => {
                write!(f, "compares {left} with {right} at position {position}, which do not compare")
            }
            RuleProblem::NotAllowedValue { position, value, field } => {
                write!(f, "compares {field} with {value} at position {position}, a value {field} never has")
            }
            RuleProblem::BadLiteral { position, text } => {
                write!(f, "cannot read {text} at position {position}")
            }
            RuleProblem::NotYesOrNo { position } => {
                write!(f, "must give yes or no (true or false), and does not at position {position}")
            }
            RuleProblem::Unsupported { position, text } => {
                write!(f, "uses {text} at position {position}, which rules may not use")
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Required => f.write_str("is required"),
            Problem::Other(text) => f.write_str(text),
            Problem::NotInList => f.write_str("must be chosen from the list"),
            Problem::NotADate => f.write_str("must be a date"),
            Problem::InFuture => f.write_str("must not be in the future"),
            Problem::NotWholeNumber => f.write_str("must be a whole number"),
            Problem::AtMost { max } => write!(f, "must be at most {max}"),
            Problem::Between { min, max } => write!(f, "must be from {min} to {max}"),
            Problem::Repeats { item } => write!(f, "repeats {item}"),
            Problem::NoLanguage => f.write_str("must list at least one language"),
            Problem::ClosesBeforeOpening { opens } => write!(f, "must not be before opens_on ({opens})"),
            Problem::EndsBeforeStart { starts } => write!(f, "must not be before starts_on ({starts})"),
            Problem::ExceedsBudget => f.write_str("must not exceed the budget"),
            Problem::NoMoneyHere => f.write_str("must be absent: this opportunity gives no money"),
            Problem::ClosedWithActivity => {
                f.write_str("must be zero or absent in a month the firm says it closed for good")
            }
            Problem::NotPositive => f.write_str("must be more than zero"),
            Problem::AboveLimit { limit } => write!(f, "must be at most the limit per firm ({limit})"),
            Problem::NotInBudgetCurrency { currency } => {
                write!(f, "must be in the budget's currency ({currency})")
            }
            Problem::NotInFirmsCurrency { currency } => {
                write!(f, "must be in the firm's currency ({currency})")
            }
            Problem::EmailTooLong => f.write_str("is longer than an email address can be"),
            Problem::NotAnEmail => f.write_str("must be an email address, such as name@example.com"),
            Problem::PasswordTooShort { min } => write!(f, "must be at least {min} characters long"),
            Problem::PasswordTooLong { max } => write!(f, "must be at most {max} characters long"),
            Problem::PasswordIsEmail => f.write_str("must not be your email address"),
            Problem::PasswordsDiffer => f.write_str("must be the same as the new password"),
            Problem::NotYourPassword => f.write_str("is not your present password"),
            Problem::NotThatAccountsPassword => {
                f.write_str("is not the password of the account with this address")
            }
            Problem::EmailTaken => f.write_str("already has an account: sign in, or reset the password"),
            Problem::NoFigures => f.write_str("must name at least one figure to share"),
            Problem::InThePast => f.write_str("must be today or later"),
            Problem::TooFarAhead => f.write_str("must be at most three years from today"),
            Problem::NotAPartner => f.write_str("must be a partner organisation in the registry"),
            Problem::NotAMentor => {
                f.write_str("must be the email address of a mentor who has written a profile")
            }
            Problem::NotTheProgrammesChannel => {
                f.write_str("must be the channel of the programme it is part of")
            }
            Problem::NotTheProgrammesCountry => {
                f.write_str("must be the country of the programme it is part of")
            }
            Problem::OpportunitiesElsewhere => {
                f.write_str("cannot change while the programme has opportunities on the old one")
            }
            Problem::NotReportable => f.write_str("must be an MSME you may report for"),
            Problem::NotYourBusiness => f.write_str("must be an MSME you own"),
            Problem::PinnedTwice => f.write_str("pins a firm that is already pinned to another mentor"),
            Problem::PinnedAndForbidden => f.write_str("is also among the forbidden pairs"),
            Problem::PinRuledOut { why } => f.write_str(match why {
                crate::round::Exclusion::OtherCountry => "pairs a firm with a mentor of another country",
                crate::round::Exclusion::NoSharedLanguage => {
                    "pairs a firm with a mentor who speaks none of its languages"
                }
                crate::round::Exclusion::OutsideRegions => {
                    "pairs a firm with a mentor who does not mentor in its region"
                }
            }),
            Problem::NoMentors => {
                f.write_str("holds no mentor with room: add mentors to the programme's pool")
            }
            Problem::NoFirms => f.write_str("holds no firm yet"),
            Problem::TargetUnreachable { group, required, best } => {
                let group = match group {
                    crate::round::Group::WomenLed => "women-led firms",
                    crate::round::Group::YouthLed => "youth-led firms",
                    crate::round::Group::Region(region) => region.as_str(),
                };
                write!(
                    f,
                    "asks for at least {required} firms from {group}, but the mentors' room and rules let at most {best} be served"
                )
            }
            Problem::PinsOverCapacity { capacity } => {
                write!(f, "pins more firms to this mentor than their capacity ({capacity})")
            }
            Problem::NotAfterToday => f.write_str("must be after today"),
            Problem::AlreadyPublished => f.write_str("is published and can no longer change"),
            Problem::NotYetPublished => f.write_str("is not published yet"),
            Problem::NotYetSolved => f.write_str("is not solved yet: wait for its run to finish"),
            Problem::NoPairs => f.write_str("proposes no pair to publish"),
            Problem::NoRatingWithout => f.write_str("must be absent for a session that did not take place"),
            Problem::AlreadyLogged => f.write_str("already has a session of this pair"),
            Problem::NotConfirmedPair => f.write_str("must be a pair both sides accepted"),
            Problem::DeadlinePassed { deadline } => write!(f, "was due by {deadline}"),
            Problem::AlreadyAnswered => f.write_str("has already been answered"),
            Problem::Text(e) => e.fmt(f),
            Problem::Money(e) => e.fmt(f),
            Problem::Code(e) => e.fmt(f),
            Problem::Industry(e) => e.fmt(f),
            Problem::Rule(e) => e.fmt(f),
        }
    }
}

impl From<&str> for Problem {
    fn from(text: &str) -> Self {
        Problem::Other(text.to_owned())
    }
}

impl From<String> for Problem {
    fn from(text: String) -> Self {
        Problem::Other(text)
    }
}

impl From<TextError> for Problem {
    fn from(e: TextError) -> Self {
        Problem::Text(e)
    }
}

impl From<MoneyError> for Problem {
    fn from(e: MoneyError) -> Self {
        Problem::Money(e)
    }
}

impl From<CodeError> for Problem {
    fn from(e: CodeError) -> Self {
        Problem::Code(e)
    }
}

impl From<IndustryError> for Problem {
    fn from(e: IndustryError) -> Self {
        Problem::Industry(e)
    }
}

/// A value that the domain has checked as a whole, such as an organisation whose profile
/// matches its kind. Only the domain's `check` functions make one, so a store that takes a
/// `Checked` value cannot be handed an unchecked draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked<T>(T);

impl<T> Checked<T> {
    pub(crate) fn new(value: T) -> Self {
        Self(value)
    }

    pub fn get(&self) -> &T {
        &self.0
    }

    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Checked<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
