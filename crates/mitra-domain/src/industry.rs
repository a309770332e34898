//! Industry codes: ISIC Rev.4 with its hierarchy, NAICS 2017, and codes in neither list.
//!
//! The code lists are facts compiled into the binary from `data/` (sources named in the files'
//! headers). Real registries carry codes outside the lists (NAICS 999990 "unclassified",
//! codes retired in 2017): those are kept as given and flagged, never refused, because refusing
//! them would drop real firms from an agency's follow-up.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

const ISIC_TSV: &str = include_str!("../data/isic-rev4.tsv");
const NAICS_TSV: &str = include_str!("../data/naics-2017.tsv");

/// How deep in the ISIC hierarchy a code sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IsicLevel {
    Section,
    Division,
    Group,
    Class,
}

/// An industry code as Mitra keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IndustryCode {
    /// A code in ISIC Rev.4, at any level (section letter, division, group or class).
    Isic { code: String, level: IsicLevel },
    /// A six-digit NAICS 2017 code in the official list.
    Naics(String),
    /// A code in neither list, kept as given (trimmed) so that nothing from a registry is lost.
    Unclassified(String),
}

/// An industry code that cannot be kept at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IndustryError {
    #[error("must not be empty")]
    Empty,
    #[error("must be at most 16 letters or digits")]
    Malformed,
}

struct Lists {
    isic: HashMap<&'static str, &'static str>,
    naics: HashMap<&'static str, &'static str>,
    /// Division (two digits) to its section letter.
    isic_section_of_division: HashMap<&'static str, &'static str>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let isic: HashMap<_, _> = rows(ISIC_TSV).collect();
        let naics = rows(NAICS_TSV).collect();
        let mut isic_section_of_division = HashMap::new();
        let mut section = "";
        for (code, _) in rows(ISIC_TSV) {
            if code.len() == 1 {
                section = code;
            } else if code.len() == 2 {
                isic_section_of_division.insert(code, section);
            }
        }
        Lists { isic, naics, isic_section_of_division }
    })
}

fn rows(tsv: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    tsv.lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| line.split_once('\t'))
}

/// The ISIC Rev.4 sections (letters A to U) and classes (four digits) with their official
/// titles, in the list's order: what a form offers to choose from.
pub fn isic_sections() -> impl Iterator<Item = (&'static str, &'static str)> {
    rows(ISIC_TSV).filter(|(code, _)| code.len() == 1)
}

/// See [`isic_sections`].
pub fn isic_classes() -> impl Iterator<Item = (&'static str, &'static str)> {
    rows(ISIC_TSV).filter(|(code, _)| code.len() == 4)
}

impl IndustryCode {
    /// Reads a code: six digits are NAICS 2017, a letter or two to four digits are ISIC Rev.4;
    /// anything else of up to 16 letters and digits is kept as unclassified.
    pub fn parse(raw: &str) -> Result<Self, IndustryError> {
        let code = raw.trim();
        if code.is_empty() {
            return Err(IndustryError::Empty);
        }
        if code.len() > 16 || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') {
            return Err(IndustryError::Malformed);
        }
        let lists = lists();
        let upper = code.to_ascii_uppercase();
        if let Some((key, _)) = lists.isic.get_key_value(upper.as_str()) {
            let level = match key.len() {
                1 => IsicLevel::Section,
                2 => IsicLevel::Division,
                3 => IsicLevel::Group,
                _ => IsicLevel::Class,
            };
            return Ok(Self::Isic { code: (*key).to_owned(), level });
        }
        if code.len() == 6 && lists.naics.contains_key(code) {
            return Ok(Self::Naics(code.to_owned()));
        }
        Ok(Self::Unclassified(code.to_owned()))
    }

    /// The code as given, without its scheme.
    pub fn code(&self) -> &str {
        match self {
            Self::Isic { code, .. } | Self::Naics(code) | Self::Unclassified(code) => code,
        }
    }

    /// `isic`, `naics` or `unclassified`.
    pub fn scheme(&self) -> &'static str {
        match self {
            Self::Isic { .. } => "isic",
            Self::Naics(_) => "naics",
            Self::Unclassified(_) => "unclassified",
        }
    }

    pub fn is_unclassified(&self) -> bool {
        matches!(self, Self::Unclassified(_))
    }

    /// The official title, where the code is in a list.
    pub fn title(&self) -> Option<&'static str> {
        match self {
            Self::Isic { code, .. } => lists().isic.get(code.as_str()).copied(),
            Self::Naics(code) => lists().naics.get(code.as_str()).copied(),
            Self::Unclassified(_) => None,
        }
    }

    /// The ISIC section letter of a code. For NAICS it is the section that the code's NAICS
    /// sector corresponds to ([`naics_sector_section`]); finer levels are not mapped, since no
    /// concordance table is compiled in.
    pub fn isic_section(&self) -> Option<&'static str> {
        match self {
            Self::Isic { code, level: IsicLevel::Section } => {
                lists().isic.get_key_value(code.as_str()).map(|(k, _)| *k)
            }
            Self::Isic { code, .. } => lists().isic_section_of_division.get(&code[..2]).copied(),
            Self::Naics(code) => naics_sector_section(code),
            Self::Unclassified(_) => None,
        }
    }

    /// The ISIC ancestors of a code from its section down to itself, such as
    /// `["C", "10", "107", "1071"]`. Only the section for NAICS; empty for unclassified codes.
    pub fn isic_path(&self) -> Vec<String> {
        let Self::Isic { code, level } = self else {
            return self.isic_section().map(|section| vec![section.to_owned()]).unwrap_or_default();
        };
        let mut path = vec![self.isic_section().unwrap_or_default().to_owned()];
        if *level != IsicLevel::Section {
            for len in 2..=code.len() {
                path.push(code[..len].to_owned());
            }
        }
        path
    }
}

/// The ISIC Rev.4 section that a NAICS 2017 code's sector (its first two or three digits)
/// corresponds to, from the two classifications' published sector and section definitions.
pub fn naics_sector_section(code: &str) -> Option<&'static str> {
    let sector = code.get(..2)?;
    let subsector = code.get(..3).unwrap_or(sector);
    Some(match (sector, subsector) {
        ("11", _) => "A",
        ("21", _) => "B",
        ("22", _) if code.starts_with("2213") => "E",
        ("22", _) => "D",
        ("23", _) => "F",
        ("31" | "32" | "33", _) => "C",
        ("42" | "44" | "45", _) => "G",
        ("48" | "49", _) => "H",
        ("51", _) => "J",
        ("52", _) => "K",
        ("53", "532" | "533") => "N",
        ("53", _) => "L",
        ("54" | "55", _) => "M",
        ("56", "562") => "E",
        ("56", _) => "N",
        ("61", _) => "P",
        ("62", _) => "Q",
        ("71", _) => "R",
        ("72", _) => "I",
        ("81", "814") => "T",
        ("81", _) => "S",
        ("92", _) => "O",
        _ => return None,
    })
}

impl fmt::Display for IndustryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for IndustryCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for IndustryCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_isic_list_has_every_level_of_the_published_hierarchy() {
        let count = |len| lists().isic.keys().filter(|k| k.len() == len).count();
        assert_eq!((count(1), count(2), count(3), count(4)), (21, 88, 238, 419));
        assert_eq!(lists().naics.len(), 1057);
    }

    #[test]
    fn an_isic_class_knows_its_group_division_and_section() {
        let code = IndustryCode::parse("1073").unwrap();
        assert_eq!(code, IndustryCode::Isic { code: "1073".into(), level: IsicLevel::Class });
        assert_eq!(code.isic_path(), ["C", "10", "107", "1073"]);
        assert_eq!(code.title(), Some("Manufacture of cocoa, chocolate and sugar confectionery"));
    }

    #[test]
    fn section_letters_are_read_in_either_case() {
        let code = IndustryCode::parse("g").unwrap();
        assert_eq!(code.isic_path(), ["G"]);
        assert_eq!(code.isic_section(), Some("G"));
    }

    #[test]
    fn six_digit_naics_codes_are_accepted() {
        let code = IndustryCode::parse("311351").unwrap();
        assert_eq!(code.scheme(), "naics");
        assert!(code.title().unwrap().contains("Chocolate"));
    }

    #[test]
    fn a_naics_code_maps_to_the_isic_section_of_its_sector() {
        for (naics, section) in [
            ("111110", "A"),
            ("221310", "E"),
            ("221111", "D"),
            ("311351", "C"),
            ("445110", "G"),
            ("532111", "N"),
            ("531110", "L"),
            ("562111", "E"),
            ("722511", "I"),
            ("814110", "T"),
            ("921110", "O"),
        ] {
            let code = IndustryCode::parse(naics).unwrap();
            assert_eq!(code.isic_section(), Some(section), "{naics}");
            assert_eq!(code.isic_path(), [section], "{naics}");
        }
        assert_eq!(IndustryCode::parse("999990").unwrap().isic_path(), Vec::<String>::new());
    }

    #[test]
    fn every_naics_code_in_the_list_has_a_section() {
        for (code, _) in rows(NAICS_TSV) {
            assert!(naics_sector_section(code).is_some(), "{code}");
        }
    }

    #[test]
    fn codes_in_neither_list_are_kept_and_flagged_unclassified() {
        for raw in ["999990", "452990", "9999", "X1"] {
            let code = IndustryCode::parse(raw).unwrap();
            assert!(code.is_unclassified(), "{raw}");
            assert_eq!(code.code(), raw);
        }
    }

    #[test]
    fn empty_or_malformed_codes_are_refused() {
        assert_eq!(IndustryCode::parse(" "), Err(IndustryError::Empty));
        assert_eq!(IndustryCode::parse("10'; --"), Err(IndustryError::Malformed));
        assert_eq!(IndustryCode::parse(&"1".repeat(17)), Err(IndustryError::Malformed));
    }
}
