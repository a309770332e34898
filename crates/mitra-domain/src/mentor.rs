//! Mentors are people: a user with the mentor role describes what they know (ISIC sections and
//! topics), the languages they mentor in, where (a country and its regions), how many mentees
//! they take at once, and from when; they can pause. Programmes draw on pools of them.

use jiff::civil::Date;

use crate::geo::{Country, Language};
use crate::organization::duplicates;
use crate::text::{Description, Region, Text};
use crate::validation::{Checked, Invalid, Problem};

/// A topic a mentor knows, such as "export paperwork" or "bookkeeping".
pub type Topic = Text<60>;

/// The most mentees one mentor can take at once.
pub const MOST_MENTEES: u8 = 20;
/// The most topics a profile lists.
pub const MOST_TOPICS: usize = 12;

/// What a mentor offers, checked as a whole.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MentorProfile {
    /// ISIC Rev.4 section letters of the industries they know.
    pub expertise: Vec<String>,
    pub topics: Vec<Topic>,
    pub languages: Vec<Language>,
    pub country: Country,
    /// Regions of the country they mentor in; empty means anywhere in it.
    pub regions: Vec<Region>,
    /// Mentees at once.
    pub capacity: u8,
    /// Taking no new mentees for now.
    pub paused: bool,
    /// Taking mentees from this day on; `None` means now.
    pub available_from: Option<Date>,
    pub about: Option<Description>,
}

impl MentorProfile {
    /// Checks what no single field can; every problem is reported with its field.
    pub fn check(mut self) -> Result<Checked<Self>, Vec<Invalid>> {
        let mut problems = Vec::new();
        for letter in &mut self.expertise {
            *letter = letter.trim().to_uppercase();
        }
        for (index, letter) in self.expertise.iter().enumerate() {
            if !crate::industry::isic_sections().any(|(section, _)| section == letter.as_str()) {
                problems.push(Invalid::new(format!("expertise[{index}]"), Problem::NotInList));
            }
        }
        if self.languages.is_empty() {
            problems.push(Invalid::new("languages", Problem::NoLanguage));
        }
        if !(1..=MOST_MENTEES).contains(&self.capacity) {
            problems.push(Invalid::new("capacity", Problem::Between { min: 1, max: MOST_MENTEES.into() }));
        }
        if self.topics.len() > MOST_TOPICS {
            problems.push(Invalid::new("topics", Problem::AtMost { max: MOST_TOPICS.to_string() }));
        }
        duplicates(&mut problems, "expertise", &self.expertise);
        let topics: Vec<String> = self.topics.iter().map(|t| t.as_str().to_lowercase()).collect();
        duplicates(&mut problems, "topics", &topics);
        duplicates(&mut problems, "languages", &self.languages);
        let regions: Vec<String> = self.regions.iter().map(|r| r.as_str().to_lowercase()).collect();
        duplicates(&mut problems, "regions", &regions);
        if problems.is_empty() { Ok(Checked::new(self)) } else { Err(problems) }
    }

    /// Whether they take new mentees on `day`: not paused, and available by then.
    pub fn takes_mentees_on(&self, day: Date) -> bool {
        !self.paused && self.available_from.is_none_or(|from| from <= day)
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn mentor() -> MentorProfile {
        MentorProfile {
            expertise: vec!["c".to_owned(), "G".to_owned()],
            topics: vec![Topic::parse("Export paperwork").unwrap(), Topic::parse("Bookkeeping").unwrap()],
            languages: vec![Language::parse("es").unwrap()],
            country: Country::parse("MX").unwrap(),
            regions: vec![Region::parse("Jalisco").unwrap()],
            capacity: 4,
            paused: false,
            available_from: Some(date(2027, 10, 1)),
            about: None,
        }
    }

    fn fields(profile: MentorProfile) -> Vec<String> {
        profile.check().unwrap_err().into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn a_mentor_with_sections_languages_and_a_capacity_passes_with_sections_in_capitals() {
        let checked = mentor().check().unwrap();
        assert_eq!(checked.expertise, ["C", "G"]);
    }

    #[test]
    fn a_mentor_needs_a_language_a_capacity_of_one_to_twenty_and_real_sections_each_once() {
        let mut profile = mentor();
        profile.languages.clear();
        profile.capacity = 0;
        profile.expertise = vec!["C".to_owned(), "Z".to_owned(), "c".to_owned()];
        profile.topics.push(Topic::parse("bookkeeping").unwrap());
        assert_eq!(fields(profile), ["expertise[1]", "languages", "capacity", "expertise[2]", "topics[2]"]);
        assert_eq!(fields(MentorProfile { capacity: 21, ..mentor() }), ["capacity"]);
    }

    #[test]
    fn a_paused_mentor_or_one_not_yet_available_takes_no_new_mentees() {
        let profile = mentor();
        assert!(!profile.takes_mentees_on(date(2027, 9, 30)));
        assert!(profile.takes_mentees_on(date(2027, 10, 1)));
        assert!(!MentorProfile { paused: true, ..mentor() }.takes_mentees_on(date(2028, 1, 1)));
    }
}
