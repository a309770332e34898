//! Bounded, printable text.
//!
//! Names, titles, descriptions and regions come from people and registries. They are stored
//! as given (quotes, apostrophes, `<`, SQL keywords are all legitimate in a business name) but
//! trimmed, bounded in length and free of control characters, so that no layer has to guess
//! whether a string is safe to keep.

use std::fmt;

/// Why a piece of text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("must not be empty")]
    Empty,
    #[error("must be at most {max} characters long, got {got}")]
    TooLong { max: usize, got: usize },
    #[error("must not contain control characters")]
    ControlCharacter,
}

/// Trimmed text of 1 to `MAX` characters without control characters (newlines and tabs are
/// allowed in long text, where `MAX` is above 200).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Text<const MAX: usize>(String);

impl<const MAX: usize> Text<MAX> {
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(TextError::Empty);
        }
        let length = trimmed.chars().count();
        if length > MAX {
            return Err(TextError::TooLong { max: MAX, got: length });
        }
        let multi_line = MAX > 200;
        if trimmed.chars().any(|c| c.is_control() && !(multi_line && (c == '\n' || c == '\t' || c == '\r'))) {
            return Err(TextError::ControlCharacter);
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> fmt::Display for Text<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MAX: usize> fmt::Debug for Text<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<'de, const MAX: usize> serde::Deserialize<'de> for Text<MAX> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// A name of an organisation or the title of an opportunity.
pub type Name = Text<200>;
/// A region within a country: a state, province or district, as people write it.
pub type Region = Text<100>;
/// A free-text description.
pub type Description = Text<5000>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_keeps_quotes_and_markup() {
        let name = Name::parse("  O'Brien \"Cocoa\" <b>Ltd</b>; DROP TABLE x; ").unwrap();
        assert_eq!(name.as_str(), "O'Brien \"Cocoa\" <b>Ltd</b>; DROP TABLE x;");
    }

    #[test]
    fn blank_text_is_refused() {
        assert_eq!(Name::parse("   "), Err(TextError::Empty));
    }

    #[test]
    fn text_longer_than_its_bound_is_refused_with_both_lengths() {
        let long = "x".repeat(201);
        assert_eq!(Name::parse(&long), Err(TextError::TooLong { max: 200, got: 201 }));
        assert!(Name::parse(&"é".repeat(200)).is_ok());
    }

    #[test]
    fn control_characters_are_refused_but_descriptions_may_have_lines() {
        assert_eq!(Name::parse("a\u{0}b"), Err(TextError::ControlCharacter));
        assert_eq!(Name::parse("a\nb"), Err(TextError::ControlCharacter));
        assert!(Description::parse("line one\nline two").is_ok());
    }
}
