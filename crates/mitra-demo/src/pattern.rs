//! Patterns such as `{surname} Kirana Store`: literal text with named slots.
//!
//! A slot is filled either with a value the caller fixes (`{name}`, `{town}`, `{region}`) or
//! with a word drawn from a word list of the same name (`{surname}`, `{blessing}`). The same
//! slot twice in one pattern gets two different words when the list allows it, so that
//! `{word} {word}` gives "Maju Jaya", not "Maju Maju".

use rand::Rng;
use rand::seq::IndexedRandom;

/// A parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Literal(String),
    Slot(String),
}

impl Pattern {
    /// Parses `raw`; the error completes a sentence that starts with the pattern's field.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut pieces = Vec::new();
        let mut rest = raw;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                pieces.push(Piece::Literal(rest[..open].to_owned()));
            }
            let Some(close) = rest[open..].find('}') else {
                return Err(format!("has a `{{` without its `}}`: {raw:?}"));
            };
            let slot = &rest[open + 1..open + close];
            if slot.is_empty() || !slot.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                return Err(format!("has a slot {{{slot}}} that is not a lower-case word: {raw:?}"));
            }
            pieces.push(Piece::Slot(slot.to_owned()));
            rest = &rest[open + close + 1..];
        }
        if rest.contains('}') {
            return Err(format!("has a `}}` without its `{{`: {raw:?}"));
        }
        if !rest.is_empty() {
            pieces.push(Piece::Literal(rest.to_owned()));
        }
        if pieces.is_empty() {
            return Err("must not be empty".to_owned());
        }
        Ok(Self { pieces })
    }

    /// The names of the slots, in order, with repeats.
    pub fn slots(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Slot(slot) => Some(slot.as_str()),
            Piece::Literal(_) => None,
        })
    }

    pub fn has_slot(&self, name: &str) -> bool {
        self.slots().any(|slot| slot == name)
    }

    /// Fills the pattern: a slot named in `fixed` takes its value, any other slot a word from
    /// `words(slot)`. A slot with neither is kept as written (the files are checked so that
    /// this does not happen).
    pub fn render<'w, R: Rng>(
        &self,
        rng: &mut R,
        fixed: &[(&str, &str)],
        words: impl Fn(&str) -> Option<&'w [String]>,
    ) -> String {
        let mut out = String::new();
        let mut drawn: Vec<(&str, &str)> = Vec::new();
        for piece in &self.pieces {
            match piece {
                Piece::Literal(text) => out.push_str(text),
                Piece::Slot(slot) => {
                    if let Some((_, value)) = fixed.iter().find(|(name, _)| name == slot) {
                        out.push_str(value);
                    } else if let Some(list) = words(slot) {
                        let word = draw_fresh(rng, list, slot, &drawn);
                        drawn.push((slot, word));
                        out.push_str(word);
                    } else {
                        out.push('{');
                        out.push_str(slot);
                        out.push('}');
                    }
                }
            }
        }
        out
    }
}

/// A word of `list` not yet drawn for `slot` in this pattern, while there is one.
fn draw_fresh<'w, R: Rng>(rng: &mut R, list: &'w [String], slot: &str, drawn: &[(&str, &str)]) -> &'w str {
    let fresh: Vec<&String> =
        list.iter().filter(|word| !drawn.iter().any(|(s, w)| *s == slot && *w == word.as_str())).collect();
    match fresh.choose(rng) {
        Some(word) => word.as_str(),
        None => list.choose(rng).map_or("", String::as_str),
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    use super::*;

    #[test]
    fn a_pattern_fills_fixed_values_and_draws_distinct_words_for_a_repeated_slot() {
        let pattern = Pattern::parse("CV {word} {word}, {town}").unwrap();
        let words = ["Maju".to_owned(), "Jaya".to_owned()];
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for _ in 0..20 {
            let name = pattern.render(&mut rng, &[("town", "Semarang")], |_| Some(&words[..]));
            assert!(name == "CV Maju Jaya, Semarang" || name == "CV Jaya Maju, Semarang", "{name}");
        }
    }

    #[test]
    fn a_malformed_pattern_is_refused_with_the_reason() {
        assert!(Pattern::parse("{surname").unwrap_err().contains("without its"));
        assert!(Pattern::parse("surname}").unwrap_err().contains("without its"));
        assert!(Pattern::parse("{Sur name}").unwrap_err().contains("not a lower-case word"));
        assert_eq!(Pattern::parse("{surname}'s Bakery").unwrap().slots().collect::<Vec<_>>(), ["surname"]);
    }
}
