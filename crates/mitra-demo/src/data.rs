//! The embedded data files and the helpers that read them.
//!
//! Each country has two files in `data/`: `XX.toml` with its partners and programmes (read by
//! [`crate::catalogue`]) and `names-XX.toml` with the facts synthetic firms are drawn from (read
//! by [`crate::facts`]). A file is first read into its raw serde shape; every value is then
//! parsed into its domain type, and a problem names the file, the entry and the field.

use std::fmt;

use mitra_domain::industry::IsicLevel;
use mitra_domain::{Channel, IndustryCode, Language, Money, Text};
use serde::de::DeserializeOwned;

use crate::DemoError;
use crate::catalogue::{self, Catalogue};
use crate::facts::{self, Facts};

/// One country's data: what its partners offer and what its firms look like.
#[derive(Debug)]
pub(crate) struct CountryData {
    pub catalogue: Catalogue,
    pub facts: Facts,
}

/// The files of each country: the catalogue's name and text, then the facts' name and text.
const COUNTRY_FILES: [(&str, &str, &str, &str); 5] = [
    ("ca.toml", include_str!("../data/ca.toml"), "names-ca.toml", include_str!("../data/names-ca.toml")),
    ("in.toml", include_str!("../data/in.toml"), "names-in.toml", include_str!("../data/names-in.toml")),
    ("gh.toml", include_str!("../data/gh.toml"), "names-gh.toml", include_str!("../data/names-gh.toml")),
    ("id.toml", include_str!("../data/id.toml"), "names-id.toml", include_str!("../data/names-id.toml")),
    ("mx.toml", include_str!("../data/mx.toml"), "names-mx.toml", include_str!("../data/names-mx.toml")),
];

/// The patterns of the synthetic opportunities added for load benchmarks.
pub(crate) const SYNTHETIC_FILE: (&str, &str) = ("synthetic.toml", include_str!("../data/synthetic.toml"));

/// Reads and checks every country's files, in the order of [`COUNTRY_FILES`].
pub(crate) fn countries() -> Result<Vec<CountryData>, DemoError> {
    COUNTRY_FILES
        .iter()
        .map(|(catalogue_file, catalogue_text, facts_file, facts_text)| {
            let facts = facts::parse(facts_file, facts_text)?;
            let catalogue = catalogue::parse(catalogue_file, catalogue_text, &facts)?;
            Ok(CountryData { catalogue, facts })
        })
        .collect()
}

/// Reads a TOML document into its raw shape. When it is not that shape, the error names the
/// line and the entry (the table and its `id` or `name`) where the reader stopped.
pub(crate) fn from_toml<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DemoError> {
    toml::from_str(text).map_err(|error| DemoError::Syntax {
        file: file.to_owned(),
        location: locate(text, error.span().map_or(0, |span| span.start)),
        message: error.message().trim().to_owned(),
    })
}

/// `line 12, in [[programme]] "ceba-lakeshore"`: the line of `offset` and the entry it is in
/// (a sub-table such as `[region.words]` is named with the entry it belongs to).
fn locate(text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    let line = text[..offset].matches('\n').count() + 1;
    let lines: Vec<&str> = text.lines().collect();
    let is_header = |l: &&str| l.trim_start().starts_with('[');
    let Some(nearest) = lines[..line.min(lines.len())].iter().rposition(is_header) else {
        return format!("line {line}");
    };
    let table = lines[nearest].trim();
    let anchor = if !table.starts_with("[[") && table.contains('.') {
        lines[..nearest].iter().rposition(|l| l.trim_start().starts_with("[[")).unwrap_or(nearest)
    } else {
        nearest
    };
    let label = lines[anchor + 1..].iter().take_while(|l| !is_header(l)).find_map(|l| {
        let (key, value) = l.split_once('=')?;
        matches!(key.trim(), "id" | "name").then(|| value.trim().to_owned())
    });
    let mut location = format!("line {line}, in {}", lines[anchor].trim());
    if let Some(label) = label {
        location.push_str(&format!(" {label}"));
    }
    if anchor != nearest {
        location.push_str(&format!(", {table}"));
    }
    location
}

/// An entry of a data file, such as `programme "ceba-lakeshore"`, to name in errors.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    file: String,
    entry: String,
}

impl Entry {
    pub fn new(file: &str, entry: impl Into<String>) -> Self {
        Self { file: file.to_owned(), entry: entry.into() }
    }

    /// An entry of `kind` named by `id`, such as `sector "kirana"`.
    pub fn named(file: &str, kind: &str, id: &str) -> Self {
        Self::new(file, format!("{kind} \"{id}\""))
    }

    /// The error for `field` of this entry; `problem` completes a sentence that starts with
    /// the field, such as "is not an ISO 639-1 language code".
    pub fn invalid(&self, field: impl Into<String>, problem: impl fmt::Display) -> DemoError {
        DemoError::Invalid {
            file: self.file.clone(),
            entry: self.entry.clone(),
            field: field.into(),
            problem: problem.to_string(),
        }
    }

    pub fn text<const MAX: usize>(&self, field: &str, raw: &str) -> Result<Text<MAX>, DemoError> {
        Text::parse(raw).map_err(|error| self.invalid(field, error))
    }

    pub fn language(&self, field: &str, raw: &str) -> Result<Language, DemoError> {
        Language::parse(raw).map_err(|error| self.invalid(field, error))
    }

    /// A non-empty list of languages without repeats; `field` is the list's name.
    pub fn languages(&self, field: &str, raw: &[String]) -> Result<Vec<Language>, DemoError> {
        if raw.is_empty() {
            return Err(self.invalid(field, "must list at least one language"));
        }
        let mut languages: Vec<Language> = Vec::new();
        for (index, code) in raw.iter().enumerate() {
            let language = self.language(&format!("{field}[{index}]"), code)?;
            if languages.contains(&language) {
                return Err(self.invalid(format!("{field}[{index}]"), format!("repeats {language}")));
            }
            languages.push(language);
        }
        Ok(languages)
    }

    pub fn channel(&self, field: &str, raw: &str) -> Result<Channel, DemoError> {
        Channel::parse(raw)
            .ok_or_else(|| self.invalid(field, format!("is not one of {}", names(Channel::ALL))))
    }

    /// An ISIC Rev.4 code at any level, or a four-digit class when `class_only`.
    pub fn isic(&self, field: &str, raw: &str, class_only: bool) -> Result<IndustryCode, DemoError> {
        let code = IndustryCode::parse(raw).map_err(|error| self.invalid(field, error))?;
        match &code {
            IndustryCode::Isic { level: IsicLevel::Class, .. } => Ok(code),
            IndustryCode::Isic { .. } if !class_only => Ok(code),
            _ if class_only => {
                Err(self.invalid(field, format!("{raw} is not an ISIC Rev.4 class (four digits)")))
            }
            _ => Err(self.invalid(field, format!("{raw} is not an ISIC Rev.4 code"))),
        }
    }

    pub fn money(&self, field: &str, amount: u64, currency: &str) -> Result<Money, DemoError> {
        Money::parse(&amount.to_string(), currency).map_err(|error| self.invalid(field, error))
    }

    /// A `[low, high]` pair with low at most high.
    pub fn range<T: PartialOrd + Copy + fmt::Display>(
        &self,
        field: &str,
        pair: [T; 2],
    ) -> Result<(T, T), DemoError> {
        if pair[0] > pair[1] {
            return Err(self.invalid(field, format!("must be [low, high], got [{}, {}]", pair[0], pair[1])));
        }
        Ok((pair[0], pair[1]))
    }
}

/// The names of a list of values, for a message: `a, b, c`.
pub(crate) fn names<T: fmt::Display>(values: &[T]) -> String {
    values.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// The first item of `items` that repeats an earlier one, with its index.
pub(crate) fn first_repeat<T: PartialEq>(items: &[T]) -> Option<usize> {
    (0..items.len()).find(|&index| items[..index].contains(&items[index]))
}
