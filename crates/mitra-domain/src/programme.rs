//! Programmes: what an agency or a partner runs on one channel, over a period, in a country,
//! grouping the opportunities it offers through its partners.
//!
//! A programme also fixes two yardsticks: the year its firms' recovery is measured against (the
//! baseline, before the shock it answers; 2019 unless it says otherwise) and the shares of
//! women-led firms, youth-led firms and regions it aims to serve (its fairness targets, which
//! its match rounds are held to).

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use crate::geo::Country;
use crate::organization::{Channel, FIRST_FIGURES_YEAR, duplicates};
use crate::recovery::DEFAULT_BASELINE_YEAR;
use crate::text::{Description, Name, Region};
use crate::validation::{Checked, Invalid, Problem};

/// The content of a programme, checked as a whole.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProgrammeDraft {
    /// The organisation that runs it: an agency or a partner, never an MSME.
    pub run_by: Uuid,
    pub name: Name,
    pub description: Description,
    pub channel: Channel,
    pub country: Country,
    /// Regions of the country it serves; empty means the whole country.
    pub regions: Vec<Region>,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    /// The year whose figures its firms' recovery is measured against.
    #[serde(default = "default_baseline_year")]
    pub baseline_year: i16,
    #[serde(default)]
    pub targets: FairnessTargets,
}

/// The least share of the firms served that a programme aims to give each group, in per cent.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct FairnessTargets {
    pub women_led: Option<u8>,
    pub youth_led: Option<u8>,
    /// Regions of the programme and the least share of each.
    #[serde(default)]
    pub regions: Vec<RegionTarget>,
}

/// The least share, in per cent, of the firms served that come from one region.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RegionTarget {
    pub region: Region,
    pub share: u8,
}

/// A stored programme.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Programme {
    pub id: Uuid,
    #[serde(flatten)]
    pub details: ProgrammeDraft,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Moves by one with every change, starting at 1.
    pub version: u64,
}

fn default_baseline_year() -> i16 {
    DEFAULT_BASELINE_YEAR
}

impl ProgrammeDraft {
    /// Checks what no single field can; every problem is reported with its field.
    pub fn check(self) -> Result<Checked<Self>, Vec<Invalid>> {
        let mut problems = Vec::new();
        if let Some(ends) = self.ends_on
            && ends < self.starts_on
        {
            problems.push(Invalid::new(
                "ends_on",
                Problem::EndsBeforeStart { starts: self.starts_on.to_string() },
            ));
        }
        // The baseline is a year of figures from before the programme began.
        let latest = self.starts_on.year() - 1;
        if self.baseline_year < FIRST_FIGURES_YEAR || self.baseline_year > latest {
            problems.push(Invalid::new(
                "baseline_year",
                Problem::Between { min: FIRST_FIGURES_YEAR.into(), max: latest.into() },
            ));
        }
        duplicates(&mut problems, "regions", &self.regions);
        let targets = &self.targets;
        for (field, share) in
            [("targets.women_led", targets.women_led), ("targets.youth_led", targets.youth_led)]
        {
            if share.is_some_and(|share| !(1..=100).contains(&share)) {
                problems.push(Invalid::new(field, Problem::Between { min: 1, max: 100 }));
            }
        }
        for (index, target) in targets.regions.iter().enumerate() {
            if !(1..=100).contains(&target.share) {
                problems.push(Invalid::new(
                    format!("targets.regions[{index}].share"),
                    Problem::Between { min: 1, max: 100 },
                ));
            }
            if !self.serves(&target.region) {
                problems.push(Invalid::new(format!("targets.regions[{index}].region"), Problem::NotInList));
            }
        }
        let regions: Vec<String> = targets.regions.iter().map(|t| t.region.as_str().to_lowercase()).collect();
        duplicates(&mut problems, "targets.regions", &regions);
        let total: u32 = targets.regions.iter().map(|t| u32::from(t.share)).sum();
        if total > 100 {
            problems.push(Invalid::new("targets.regions", Problem::AtMost { max: "100".to_owned() }));
        }
        if problems.is_empty() { Ok(Checked::new(self)) } else { Err(problems) }
    }

    /// Whether it serves `region` of its country: any region when it names none.
    pub fn serves(&self, region: &Region) -> bool {
        self.regions.is_empty()
            || self.regions.iter().any(|r| r.as_str().eq_ignore_ascii_case(region.as_str()))
    }

    /// Whether it runs on `day`: between its dates.
    pub fn runs_on(&self, day: Date) -> bool {
        self.starts_on <= day && self.ends_on.is_none_or(|ends| day <= ends)
    }
}

impl Checked<ProgrammeDraft> {
    /// The same programme run by `run_by`: who runs it is not part of what its check decides.
    pub fn run_by(self, run_by: Uuid) -> Self {
        let mut draft = self.into_inner();
        draft.run_by = run_by;
        Checked::new(draft)
    }
}

/// The baseline year of a firm that took part in programmes: the one of the first it joined,
/// so that the firm's months are all measured against one year; the default year when it
/// joined none. `joined` holds, for each participation in a programme, the month it began and
/// the programme's baseline year.
pub fn baseline_year_of(joined: impl IntoIterator<Item = (Date, i16)>) -> i16 {
    joined.into_iter().min().map(|(_, year)| year).unwrap_or(DEFAULT_BASELINE_YEAR)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn mentoring() -> ProgrammeDraft {
        ProgrammeDraft {
            run_by: Uuid::nil(),
            name: Name::parse("Cocoa export linkage").unwrap(),
            description: Description::parse("Buyers for fermented, dried beans").unwrap(),
            channel: Channel::Networking,
            country: Country::parse("GH").unwrap(),
            regions: vec![Region::parse("Ashanti").unwrap(), Region::parse("Western").unwrap()],
            starts_on: date(2021, 3, 1),
            ends_on: Some(date(2022, 2, 28)),
            baseline_year: 2019,
            targets: FairnessTargets {
                women_led: Some(40),
                youth_led: None,
                regions: vec![RegionTarget { region: Region::parse("western").unwrap(), share: 30 }],
            },
        }
    }

    fn fields(draft: ProgrammeDraft) -> Vec<String> {
        draft.check().unwrap_err().into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn a_programme_with_its_dates_in_order_and_targets_within_its_regions_passes() {
        assert!(mentoring().check().is_ok());
    }

    #[test]
    fn a_baseline_must_be_a_year_before_the_programme_began() {
        let same_year = ProgrammeDraft { baseline_year: 2021, ..mentoring() };
        assert_eq!(
            same_year.check().unwrap_err()[0].problem,
            Problem::Between { min: FIRST_FIGURES_YEAR.into(), max: 2020 }
        );
        assert!(ProgrammeDraft { baseline_year: 2020, ..mentoring() }.check().is_ok());
        assert_eq!(fields(ProgrammeDraft { baseline_year: 1989, ..mentoring() }), ["baseline_year"]);
    }

    #[test]
    fn a_programme_cannot_end_before_it_starts() {
        let draft = ProgrammeDraft { ends_on: Some(date(2021, 2, 1)), ..mentoring() };
        assert_eq!(fields(draft), ["ends_on"]);
    }

    #[test]
    fn targets_are_shares_of_regions_the_programme_serves_adding_up_to_at_most_all() {
        let mut draft = mentoring();
        draft.targets.women_led = Some(0);
        draft.targets.regions = vec![
            RegionTarget { region: Region::parse("Ashanti").unwrap(), share: 70 },
            RegionTarget { region: Region::parse("Volta").unwrap(), share: 20 },
            RegionTarget { region: Region::parse("ASHANTI").unwrap(), share: 20 },
        ];
        assert_eq!(
            fields(draft),
            ["targets.women_led", "targets.regions[1].region", "targets.regions[2]", "targets.regions"]
        );
    }

    #[test]
    fn a_nationwide_programme_serves_every_region() {
        let draft = ProgrammeDraft { regions: vec![], ..mentoring() };
        assert!(draft.serves(&Region::parse("Volta").unwrap()));
        assert!(mentoring().serves(&Region::parse("ashanti").unwrap()));
        assert!(!mentoring().serves(&Region::parse("Volta").unwrap()));
    }

    #[test]
    fn a_programme_stored_before_baselines_and_targets_reads_back_with_the_defaults() {
        let mut stored = serde_json::to_value(mentoring()).unwrap();
        let object = stored.as_object_mut().unwrap();
        object.remove("baseline_year");
        object.remove("targets");
        let read: ProgrammeDraft = serde_json::from_value(stored).unwrap();
        assert_eq!(read.baseline_year, DEFAULT_BASELINE_YEAR);
        assert_eq!(read.targets, FairnessTargets::default());
    }

    #[test]
    fn a_firm_is_measured_against_the_baseline_of_the_first_programme_it_joined() {
        assert_eq!(baseline_year_of([]), DEFAULT_BASELINE_YEAR);
        let joined = [(date(2024, 5, 1), 2023), (date(2020, 6, 1), 2019), (date(2021, 1, 1), 2020)];
        assert_eq!(baseline_year_of(joined), 2019);
        assert_eq!(baseline_year_of([(date(2024, 5, 1), 2023)]), 2023);
    }

    #[test]
    fn a_programme_runs_between_its_dates_and_on_them() {
        let draft = mentoring();
        assert!(draft.runs_on(date(2021, 3, 1)) && draft.runs_on(date(2022, 2, 28)));
        assert!(!draft.runs_on(date(2022, 3, 1)) && !draft.runs_on(date(2021, 2, 28)));
    }
}
