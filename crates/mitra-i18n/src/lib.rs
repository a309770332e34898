//! Mitra in the reader's language.
//!
//! Every word a page, an email or a form error shows comes from the Fluent files in
//! `locales/` (one per language, the same keys in each, checked by a test), and every number,
//! amount, date and country or language name is written by ICU4X for the reader's locale:
//! `15,00,000` in Hindi and Indian English, `Rp 15.000.000` in Indonesian, `60 000,00 $ CA` in
//! French. Nothing here knows about HTTP: the server negotiates a [`Locale`] and hands it to the
//! pages; the application layer uses one to write emails.

mod format;
mod messages;
mod negotiate;

pub use messages::{AREAS, Arg, SOURCES, problem_key};
pub use negotiate::negotiate;

use std::fmt;

/// A language Mitra's interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
    Es,
    Id,
    Hi,
}

impl Lang {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Es, Lang::Id, Lang::Hi];

    /// The ISO 639-1 code, as `lang` on a page carries it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Id => "id",
            Lang::Hi => "hi",
        }
    }

    /// The language's name in itself, as the switcher shows it to someone who reads it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Id => "Bahasa Indonesia",
            Lang::Hi => "हिन्दी",
        }
    }

    /// The language of a code such as `fr`, `FR` or `fr-CA`, when Mitra is written in it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The language Mitra writes to a firm of `country` (an ISO 3166 code) in when none of the
    /// firm's own languages is one of Mitra's: the country's official language among them
    /// (Hindi for India, as its Union's), else English.
    pub fn of_country(country: &str) -> Lang {
        match country {
            "ID" => Lang::Id,
            "IN" => Lang::Hi,
            "MX" | "ES" | "AR" | "CO" | "PE" | "CL" | "EC" | "GT" | "BO" | "HN" | "PY" | "SV" | "NI"
            | "CR" | "PA" | "UY" | "DO" | "VE" | "CU" => Lang::Es,
            "FR" | "SN" | "CI" | "ML" | "BF" | "NE" | "TG" | "BJ" | "GN" | "CD" | "CG" | "GA" | "MG" => {
                Lang::Fr
            }
            _ => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Who is reading: the language of the words and the locale of the numbers, which may carry a
/// region (`en-IN` writes English words with Indian grouping).
#[derive(Debug, Clone)]
pub struct Locale {
    lang: Lang,
    icu: icu_locale_core::Locale,
}

impl Locale {
    /// The locale of a tag such as `hi`, `en-IN` or `fr-CA`; `None` when Mitra does not speak
    /// its language.
    pub fn parse(tag: &str) -> Option<Locale> {
        let lang = Lang::from_tag(tag)?;
        let icu = icu_locale_core::Locale::try_from_str(tag.trim())
            .ok()
            .filter(|l| l.id.language.as_str() == lang.code())
            .unwrap_or_else(|| lang_locale(lang));
        Some(Locale { lang, icu })
    }

    /// The locale of a language, with no region.
    pub fn of(lang: Lang) -> Locale {
        Locale { lang, icu: lang_locale(lang) }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The tag, such as `en-IN`.
    pub fn tag(&self) -> String {
        self.icu.to_string()
    }
}

impl Default for Locale {
    fn default() -> Self {
        Locale::of(Lang::En)
    }
}

fn lang_locale(lang: Lang) -> icu_locale_core::Locale {
    icu_locale_core::Locale::try_from_str(lang.code()).expect("the five codes are valid locales")
}
