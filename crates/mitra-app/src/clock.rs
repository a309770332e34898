//! Time as an input: every "now" and "today" of the application comes from one [`Clock`].
//!
//! The server and the command line use [`SystemClock`]; tests use a [`FixedClock`], so that no
//! test depends on the calendar.

use std::sync::Mutex;

use jiff::Timestamp;
use jiff::civil::Date;

/// Where the application reads the time.
pub trait Clock: Send + Sync + std::fmt::Debug + 'static {
    /// Now, to the microsecond (what the store keeps).
    fn now(&self) -> Timestamp;

    /// Today in UTC: the date on which size rules and opening dates are read.
    fn today(&self) -> Date {
        jiff::tz::TimeZone::UTC.to_datetime(self.now()).date()
    }
}

/// The computer's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        to_microseconds(Timestamp::now())
    }
}

/// A clock that says what it is told, for tests and reproducible runs. Each reading moves it
/// on by a microsecond, so that two writes never share a time.
#[derive(Debug)]
pub struct FixedClock {
    now: Mutex<Timestamp>,
}

impl FixedClock {
    pub fn new(now: Timestamp) -> Self {
        Self { now: Mutex::new(to_microseconds(now)) }
    }

    /// A clock at noon UTC on `date`.
    pub fn on(date: Date) -> Self {
        let noon = jiff::tz::TimeZone::UTC.to_timestamp(date.at(12, 0, 0, 0)).expect("noon exists in UTC");
        Self::new(noon)
    }

    /// Sets the time.
    pub fn set(&self, now: Timestamp) {
        *self.now.lock().unwrap_or_else(|p| p.into_inner()) = to_microseconds(now);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        let mut now = self.now.lock().unwrap_or_else(|p| p.into_inner());
        let reading = *now;
        *now = reading.checked_add(jiff::SignedDuration::from_micros(1)).unwrap_or(reading);
        reading
    }
}

fn to_microseconds(at: Timestamp) -> Timestamp {
    Timestamp::from_microsecond(at.as_microsecond()).unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    #[test]
    fn a_fixed_clock_stays_on_its_date_and_never_repeats_a_time() {
        let clock = FixedClock::on(date(2027, 9, 15));
        let first = clock.now();
        assert!(clock.now() > first);
        assert_eq!(clock.today(), date(2027, 9, 15));
    }
}
