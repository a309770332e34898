//! Which language a page is written in: the reader's own setting first (their account, or the
//! switcher's choice in a cookie), then what their browser asks for, then English.

use crate::Locale;

/// The locale for a reader with an optional saved choice and an optional `Accept-Language`.
/// A saved choice in a language Mitra does not speak is passed over, not obeyed halfway.
/// A saved language without a region takes the browser's region for it, if the browser asks
/// for that language with one: English chosen on a browser set to `en-IN` writes `15,00,000`.
pub fn negotiate(choices: &[Option<&str>], accept_language: Option<&str>) -> Locale {
    let chosen = choices.iter().flatten().find_map(|tag| Locale::parse(tag));
    match chosen {
        Some(locale) if !locale.tag().contains('-') => {
            accept_language.and_then(|header| regional(header, locale.lang())).unwrap_or(locale)
        }
        Some(locale) => locale,
        None => accept_language.and_then(from_accept_language).unwrap_or_default(),
    }
}

/// The first tag of `header` in `lang` with a region, as a locale.
fn regional(header: &str, lang: crate::Lang) -> Option<Locale> {
    header
        .split(',')
        .filter_map(|item| item.split(';').next())
        .map(str::trim)
        .filter(|tag| tag.contains('-') && crate::Lang::from_tag(tag) == Some(lang))
        .find_map(Locale::parse)
}

/// The best supported locale of an `Accept-Language` header (`hi-IN,hi;q=0.9,en;q=0.8`), by
/// quality and then by order; tags of quality 0 are refused ones.
fn from_accept_language(header: &str) -> Option<Locale> {
    let mut tags: Vec<(u16, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(order, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1000), |q| {
                q.trim().parse::<f32>().ok().map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
            })?;
            (quality > 0 && !tag.is_empty() && tag != "*").then_some((quality, order, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().find_map(|(_, _, tag)| Locale::parse(tag))
}

#[cfg(test)]
mod tests {
    use super::negotiate;
    use crate::Lang;

    #[test]
    fn a_firm_is_written_to_in_its_countrys_official_language_when_it_names_none_of_mitras() {
        assert_eq!(Lang::of_country("ID"), Lang::Id);
        assert_eq!(Lang::of_country("IN"), Lang::Hi);
        assert_eq!(Lang::of_country("MX"), Lang::Es);
        assert_eq!(Lang::of_country("GH"), Lang::En);
        assert_eq!(Lang::of_country("CA"), Lang::En);
    }

    #[test]
    fn a_saved_choice_wins_over_the_browser() {
        let locale = negotiate(&[Some("id")], Some("fr-FR,fr;q=0.9"));
        assert_eq!(locale.lang(), Lang::Id);
    }

    #[test]
    fn the_browser_is_asked_by_quality_then_order() {
        assert_eq!(negotiate(&[], Some("de-DE,de;q=0.9,hi;q=0.8,en;q=0.7")).lang(), Lang::Hi);
        assert_eq!(negotiate(&[], Some("en;q=0.5, es")).lang(), Lang::Es);
        assert_eq!(negotiate(&[], Some("es;q=0, fr")).lang(), Lang::Fr);
    }

    #[test]
    fn a_region_is_kept_for_numbers() {
        assert_eq!(negotiate(&[None], Some("en-IN,en;q=0.9")).tag(), "en-IN");
    }

    #[test]
    fn a_saved_language_takes_the_browser_s_region_for_numbers() {
        assert_eq!(negotiate(&[Some("en")], Some("en-IN,en;q=0.9")).tag(), "en-IN");
        assert_eq!(negotiate(&[Some("en")], Some("hi-IN,fr-CA")).tag(), "en");
        assert_eq!(negotiate(&[Some("fr")], Some("en-US,fr-CA;q=0.5")).tag(), "fr-CA");
    }

    #[test]
    fn unknown_or_broken_choices_fall_back_to_english() {
        assert_eq!(negotiate(&[Some("de"), Some("")], Some(";;q=x,,")).lang(), Lang::En);
        assert_eq!(negotiate(&[], None).lang(), Lang::En);
    }
}
