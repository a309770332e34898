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
    /// Characters that reorder or isolate the text around them: they can make a name read
    /// differently from how it is stored ("Bank" shown, "knaB" kept).
    #[error("must not contain invisible characters that change the direction of the text (U+{0:04X})")]
    DirectionOverride(u32),
}

/// The embeddings, overrides and isolates of Unicode's bidirectional algorithm: U+202A to
/// U+202E and U+2066 to U+2069. The marks U+200E and U+200F, which real right-to-left text
/// needs, are not among them.
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Trimmed text of 1 to `MAX` characters without control characters (newlines and tabs are
/// allowed in long text, where `MAX` is above 200).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Text<const MAX: usize>(String);

impl<const MAX: usize> Text<MAX> {
    /// Whether the text may hold line breaks and tabs: long text (a description) may, a name or
    /// a region may not.
    pub const MULTI_LINE: bool = MAX > 200;

    /// Text as a person or a file gives it: every rule below, and no direction overrides.
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let text = Self::parse_stored(raw)?;
        match text.0.chars().find(|c| is_direction_override(*c)) {
            Some(c) => Err(TextError::DirectionOverride(u32::from(c))),
            None => Ok(text),
        }
    }

    /// Text as it was stored: the rules it was checked by when it was written (records stored
    /// before direction overrides were refused still read back).
    fn parse_stored(raw: &str) -> Result<Self, TextError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(TextError::Empty);
        }
        let length = trimmed.chars().count();
        if length > MAX {
            return Err(TextError::TooLong { max: MAX, got: length });
        }
        let line_break_or_tab = |c: char| Self::MULTI_LINE && matches!(c, '\n' | '\t' | '\r');
        if trimmed.chars().any(|c| c.is_control() && !line_break_or_tab(c)) {
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
        Self::parse_stored(&raw).map_err(serde::de::Error::custom)
    }
}

/// The words of a text as search compares them: lower case, accents of the Latin, Greek and
/// Cyrillic scripts removed ("Crédito" and "credito" are one word), and split at everything that
/// is neither a letter, a digit nor a combining mark (so "O'Brien" is "o" and "brien", while
/// the vowel signs of Devanagari or Tamil stay in their words).
pub fn search_words(text: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization as _;
    use unicode_normalization::char::is_combining_mark;
    let folded: String =
        text.nfd().filter(|c| !matches!(c, '\u{0300}'..='\u{036F}')).flat_map(char::to_lowercase).collect();
    folded
        .split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|word| !word.is_empty())
        .map(|word| word.nfc().collect())
        .collect()
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
    fn search_words_ignore_case_accents_and_punctuation_but_keep_every_script() {
        assert_eq!(search_words("Crédito AGRÍCOLA, S.A."), ["credito", "agricola", "s", "a"]);
        assert_eq!(search_words("O'Brien & Sons 100%"), ["o", "brien", "sons", "100"]);
        assert_eq!(search_words("श्री गणेश"), ["श्री", "गणेश"]);
        assert_eq!(search_words("ஸ்ரீ முருகன் Stores"), ["ஸ்ரீ", "முருகன்", "stores"]);
        assert!(search_words("% _ --").is_empty());
    }

    #[test]
    fn direction_overrides_are_refused_but_every_script_is_kept() {
        assert_eq!(Text::<200>::parse("Bank\u{202E}knaB").unwrap_err(), TextError::DirectionOverride(0x202E));
        assert_eq!(Text::<200>::parse("x\u{2066}y").unwrap_err(), TextError::DirectionOverride(0x2066));
        for real in
            ["श्री गणेश स्वीट्स", "مخبز الأمل", "Panadería Doña Lupita", "গঙ্গা স্টোর", "ஸ்ரீ முருகன்", "שלום\u{200F}"]
        {
            assert_eq!(Text::<200>::parse(real).unwrap().as_str(), real);
        }
    }

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
