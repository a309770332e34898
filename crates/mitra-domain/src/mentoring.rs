//! Mentoring sessions: what a mentor of a confirmed pair logs after each meeting (the day, how
//! long, how, the topics, the next steps agreed), and the mentee's confirmation and rating.

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use crate::mentor::{MOST_TOPICS, Topic};
use crate::text::Description;
use crate::validation::{Checked, Invalid, Problem};

/// The shortest and longest session a log takes, in minutes.
pub const SHORTEST_SESSION: u16 = 10;
pub const LONGEST_SESSION: u16 = 480;
/// Days without a session after which a confirmed pair is flagged to the programme's runners.
pub const QUIET_DAYS: i64 = 30;

/// How a session was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionMode {
    InPerson,
    Phone,
    Video,
}

impl SessionMode {
    pub const ALL: [SessionMode; 3] = [SessionMode::InPerson, SessionMode::Phone, SessionMode::Video];

    pub fn as_str(self) -> &'static str {
        match self {
            SessionMode::InPerson => "in_person",
            SessionMode::Phone => "phone",
            SessionMode::Video => "video",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == raw.trim())
    }
}

/// What a mentor logs of one session.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SessionLog {
    pub held_on: Date,
    pub minutes: u16,
    pub mode: SessionMode,
    pub topics: Vec<Topic>,
    pub next_steps: Option<Description>,
}

impl SessionLog {
    /// Checks the log against `today`: a session that has been held, of a plausible length.
    pub fn check(self, today: Date) -> Result<Checked<Self>, Vec<Invalid>> {
        let mut problems = Vec::new();
        if self.held_on > today {
            problems.push(Invalid::new("held_on", Problem::InFuture));
        }
        if !(SHORTEST_SESSION..=LONGEST_SESSION).contains(&self.minutes) {
            problems.push(Invalid::new(
                "minutes",
                Problem::Between { min: SHORTEST_SESSION.into(), max: LONGEST_SESSION.into() },
            ));
        }
        if self.topics.len() > MOST_TOPICS {
            problems.push(Invalid::new("topics", Problem::AtMost { max: MOST_TOPICS.to_string() }));
        }
        if problems.is_empty() { Ok(Checked::new(self)) } else { Err(problems) }
    }
}

/// The mentee's word on a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MenteeWord {
    /// Whether the session took place as logged.
    pub confirmed: bool,
    /// 1 (not useful) to 5 (very useful), when it took place.
    pub rating: Option<u8>,
}

/// A logged session of a pair of a round.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MentoringSession {
    pub id: Uuid,
    pub round_id: Uuid,
    pub firm_id: Uuid,
    pub mentor_id: Uuid,
    pub log: SessionLog,
    pub mentee: Option<MenteeWord>,
    pub logged_at: Timestamp,
    /// Moves by one with every change, starting at 1.
    pub version: u64,
}

impl MentoringSession {
    /// Records the mentee's word, once; a rating only for a session that took place.
    pub fn hear_mentee(&mut self, word: MenteeWord) -> Result<(), Invalid> {
        if self.mentee.is_some() {
            return Err(Invalid::new("confirmed", Problem::AlreadyAnswered));
        }
        match word.rating {
            Some(rating) if !(1..=5).contains(&rating) => {
                return Err(Invalid::new("rating", Problem::Between { min: 1, max: 5 }));
            }
            Some(_) if !word.confirmed => return Err(Invalid::new("rating", Problem::NoRatingWithout)),
            _ => {}
        }
        self.mentee = Some(word);
        Ok(())
    }
}

/// A pair's sessions summed up: how many, the hours the mentee did not deny, the last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub sessions: u32,
    pub minutes: u64,
    pub last: Option<Date>,
}

impl Tally {
    pub fn of<'a>(sessions: impl IntoIterator<Item = &'a MentoringSession>) -> Self {
        let mut tally = Tally::default();
        for s in sessions {
            if s.mentee.is_some_and(|w| !w.confirmed) {
                continue;
            }
            tally.sessions += 1;
            tally.minutes += u64::from(s.log.minutes);
            tally.last = tally.last.max(Some(s.log.held_on));
        }
        tally
    }

    /// Whether a pair confirmed since `since` has gone [`QUIET_DAYS`] without a session on
    /// `today`.
    pub fn quiet(&self, since: Date, today: Date) -> bool {
        let from = self.last.unwrap_or(since).max(since);
        today > from.saturating_add(jiff::Span::new().days(QUIET_DAYS))
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn log(held_on: Date, minutes: u16) -> SessionLog {
        SessionLog {
            held_on,
            minutes,
            mode: SessionMode::Video,
            topics: vec![Topic::parse("Cash flow").unwrap()],
            next_steps: None,
        }
    }

    fn session(held_on: Date, minutes: u16) -> MentoringSession {
        MentoringSession {
            id: Uuid::now_v7(),
            round_id: Uuid::nil(),
            firm_id: Uuid::nil(),
            mentor_id: Uuid::nil(),
            log: log(held_on, minutes),
            mentee: None,
            logged_at: Timestamp::UNIX_EPOCH,
            version: 1,
        }
    }

    #[test]
    fn a_session_is_held_by_today_and_lasts_from_ten_minutes_to_eight_hours() {
        let today = date(2027, 9, 15);
        assert!(log(today, 60).check(today).is_ok());
        let fields: Vec<String> =
            log(date(2027, 9, 16), 5).check(today).unwrap_err().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["held_on", "minutes"]);
    }

    #[test]
    fn the_mentee_confirms_once_and_rates_only_a_session_that_took_place() {
        let mut s = session(date(2027, 9, 1), 60);
        let denied = MenteeWord { confirmed: false, rating: Some(4) };
        assert_eq!(s.hear_mentee(denied).unwrap_err().field, "rating");
        assert_eq!(
            s.hear_mentee(MenteeWord { confirmed: true, rating: Some(6) }).unwrap_err().field,
            "rating"
        );
        s.hear_mentee(MenteeWord { confirmed: true, rating: Some(5) }).unwrap();
        let again = s.hear_mentee(MenteeWord { confirmed: false, rating: None });
        assert_eq!(again.unwrap_err().problem, Problem::AlreadyAnswered);
    }

    #[test]
    fn hours_leave_out_sessions_the_mentee_denied_and_a_pair_is_quiet_after_thirty_days() {
        let mut denied = session(date(2027, 9, 10), 90);
        denied.hear_mentee(MenteeWord { confirmed: false, rating: None }).unwrap();
        let kept = [session(date(2027, 8, 1), 60), session(date(2027, 8, 20), 45), denied];
        let tally = Tally::of(&kept);
        assert_eq!((tally.sessions, tally.minutes, tally.last), (2, 105, Some(date(2027, 8, 20))));
        assert!(!tally.quiet(date(2027, 7, 1), date(2027, 9, 19)), "30 days after the last");
        assert!(tally.quiet(date(2027, 7, 1), date(2027, 9, 20)));
        assert!(!Tally::default().quiet(date(2027, 9, 1), date(2027, 9, 15)), "a new pair is not quiet");
    }
}
