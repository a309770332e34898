//! The demo as a whole: deterministic, valid, real where it says so, and plausible.
//!
//! Every test runs on a fixed date, never on the machine's clock.

use std::collections::{BTreeMap, HashSet};

use jiff::civil::{Date, date};
use mitra_domain::{Channel, OrganizationDraft, OrganizationKind, SizeClass};

use crate::data::{self, CountryData};
use crate::facts::{SHOCK_BEGAN, SHOCK_WORDS};
use crate::{DEFAULT_SEED, DemoData, DemoError, add_synthetic_opportunities, catalogue, generate};

const TODAY: Date = date(2027, 9, 15);

fn demo(per_country: usize) -> DemoData {
    generate(DEFAULT_SEED, per_country, TODAY).unwrap()
}

fn countries() -> Vec<CountryData> {
    data::countries().unwrap()
}

fn msmes_of<'a>(data: &'a DemoData, code: &str) -> Vec<&'a OrganizationDraft> {
    data.msmes.iter().filter(|m| m.country.code() == code).collect()
}

const CODES: [&str; 5] = ["CA", "IN", "GH", "ID", "MX"];

#[test]
fn the_same_seed_gives_the_same_data_and_another_seed_differs() {
    let a = generate(7, 50, TODAY).unwrap();
    assert_eq!(a, generate(7, 50, TODAY).unwrap());
    let b = generate(8, 50, TODAY).unwrap();
    assert_ne!(a.msmes, b.msmes);
    assert_eq!(a.partners, b.partners, "partners come from the data files, not the seed");
}

#[test]
fn every_record_passes_the_domain_checks() {
    let mut data = demo(300);
    add_synthetic_opportunities(&mut data, DEFAULT_SEED, 2000, TODAY);
    for draft in data.partners.iter().chain(&data.msmes) {
        assert!(draft.clone().check(TODAY).is_ok(), "{draft:?}");
    }
    for (partner, draft) in &data.opportunities {
        assert!(draft.clone().check().is_ok(), "{draft:?}");
        assert_eq!(data.partners[*partner].country, draft.country, "{}", draft.title);
    }
}

#[test]
fn every_country_has_every_kind_of_partner_and_opportunities_on_all_five_channels() {
    use OrganizationKind::*;
    let data = demo(1);
    for code in CODES {
        let kinds: Vec<OrganizationKind> =
            data.partners.iter().filter(|p| p.country.code() == code).map(|p| p.kind).collect();
        for kind in
            [FinancialInstitution, GovernmentAgency, DevelopmentBank, EcommercePlatform, Nonprofit, Academic]
        {
            assert!(kinds.contains(&kind), "{code} has no {kind}");
        }
        let mut channels: Vec<Channel> = data
            .opportunities
            .iter()
            .filter(|(_, o)| o.country.code() == code)
            .map(|(_, o)| o.channel)
            .collect();
        channels.sort();
        channels.dedup();
        assert_eq!(channels, Channel::ALL, "{code}");
    }
}

#[test]
fn ceba_and_indonesian_onboarding_are_the_only_programmes_not_marked_illustrative() {
    let data = demo(1);
    let real: Vec<_> = data.opportunities.iter().map(|(_, o)| o).filter(|o| !o.illustrative).collect();
    assert_eq!(real.len(), 4);
    for programme in &real {
        let title = programme.title.as_str();
        assert!(title.contains("CEBA") || title.contains("national MSME onboarding"), "{title}");
    }
    let ceba: Vec<_> = real.iter().filter(|o| o.title.as_str().contains("CEBA")).collect();
    assert_eq!(ceba.len(), 2);
    for programme in ceba {
        assert_eq!(programme.capacity.max_per_firm.unwrap().to_string(), "CAD 60000");
        assert_eq!(
            (programme.opens_on, programme.closes_on),
            (Some(date(2020, 4, 9)), Some(date(2021, 6, 30)))
        );
        assert!(!programme.is_open_on(TODAY));
    }
    for programme in real.iter().filter(|o| o.country.code() == "ID") {
        assert_eq!((programme.opens_on, programme.closes_on), (Some(date(2020, 5, 14)), None));
        assert!(programme.is_open_on(TODAY));
    }
}

#[test]
fn no_name_or_description_uses_internal_wording() {
    let mut data = demo(500);
    add_synthetic_opportunities(&mut data, DEFAULT_SEED, 3000, TODAY);
    let forbidden = ["demo", "synthetic", "founding text", "illustrative office", "futurpreneur-style", "#"];
    let mut texts: Vec<String> = Vec::new();
    for organisation in data.partners.iter().chain(&data.msmes) {
        texts.push(organisation.name.as_str().to_owned());
        texts.extend(organisation.description.iter().map(|d| d.as_str().to_owned()));
        let notes = organisation.msme.iter().flat_map(|m| m.needs.iter().chain(&m.offers));
        let offers = organisation.partner.iter().flat_map(|p| &p.offers);
        texts.extend(notes.chain(offers).map(|note| note.description.as_str().to_owned()));
    }
    for (_, opportunity) in &data.opportunities {
        texts.push(opportunity.title.as_str().to_owned());
        texts.push(opportunity.description.as_str().to_owned());
    }
    for text in &texts {
        let lower = text.to_lowercase();
        for word in forbidden {
            assert!(!lower.contains(word), "{text:?} contains {word:?}");
        }
    }
}

#[test]
fn cocoa_is_grown_only_where_the_data_allows_and_never_in_canada() {
    let data = demo(500);
    let countries = countries();
    let mut allowed: HashSet<(String, String)> = HashSet::new();
    for country in &countries {
        for sector in country.facts.sectors.iter().filter(|s| s.industry.code() == "0127") {
            for &region in &sector.regions {
                allowed.insert((
                    country.facts.country.code().to_owned(),
                    country.facts.regions[region].name.to_string(),
                ));
            }
        }
    }
    let ghana = ["Ashanti", "Western", "Eastern", "Bono", "Central"];
    let mut growers = 0;
    for firm in &data.msmes {
        let msme = firm.msme.as_ref().unwrap();
        if msme.industry.as_ref().is_some_and(|i| i.code() == "0127") {
            growers += 1;
            let region = firm.region.as_ref().unwrap().to_string();
            assert_ne!(firm.country.code(), "CA", "{}", firm.name);
            assert!(
                allowed.contains(&(firm.country.code().to_owned(), region.clone())),
                "{} in {region}",
                firm.name
            );
            if firm.country.code() == "GH" {
                assert!(ghana.contains(&region.as_str()), "{} in {region}", firm.name);
            }
        }
    }
    assert!(growers > 20, "only {growers} beverage-crop growers");
    let cocoa_needs = |firm: &&OrganizationDraft| {
        firm.msme
            .as_ref()
            .unwrap()
            .needs
            .iter()
            .any(|n| n.description.as_str().to_lowercase().contains("cocoa"))
    };
    for firm in data.msmes.iter().filter(cocoa_needs) {
        let industry = firm.msme.as_ref().unwrap().industry.as_ref().unwrap().code().to_owned();
        assert!(industry == "0127", "{} ({industry}) wants something about cocoa", firm.name);
    }
}

#[test]
fn every_synthetic_firm_speaks_a_language_of_its_region() {
    let data = demo(500);
    let countries = countries();
    for firm in &data.msmes {
        let facts = &countries.iter().find(|c| c.facts.country == firm.country).unwrap().facts;
        let region = facts.regions.iter().find(|r| Some(&r.name) == firm.region.as_ref()).unwrap();
        assert!(!firm.languages.is_empty());
        for language in &firm.languages {
            assert!(
                region.languages.contains(language),
                "{} in {} speaks {language}",
                firm.name,
                region.name
            );
        }
    }
    let punjab_speaks_punjabi = data
        .msmes
        .iter()
        .filter(|m| m.region.as_ref().is_some_and(|r| r.as_str() == "Punjab"))
        .any(|m| m.languages.iter().any(|l| l.code() == "pa"));
    assert!(punjab_speaks_punjabi);
}

#[test]
fn no_firm_founded_since_the_shock_states_a_need_about_it() {
    let data = demo(500);
    let mut older_with_shock_needs = 0;
    for firm in &data.msmes {
        let msme = firm.msme.as_ref().unwrap();
        let founded = msme.founded_on.unwrap();
        let about_the_shock = msme.needs.iter().any(|need| {
            let text = need.description.as_str().to_lowercase();
            SHOCK_WORDS.iter().any(|word| text.contains(word)) || text.contains("ceba")
        });
        if founded >= SHOCK_BEGAN {
            assert!(!about_the_shock, "{} founded {founded} needs {:?}", firm.name, msme.needs);
        } else if about_the_shock {
            older_with_shock_needs += 1;
        }
    }
    assert!(older_with_shock_needs > 50, "only {older_with_shock_needs} older firms mention the shock");
}

#[test]
fn firms_are_founded_between_1980_and_a_few_months_ago_mostly_in_recent_years() {
    let data = demo(500);
    let founded: Vec<Date> =
        data.msmes.iter().map(|m| m.msme.as_ref().unwrap().founded_on.unwrap()).collect();
    assert!(founded.iter().all(|d| *d >= date(1980, 1, 1) && *d < TODAY));
    let since_2015 = founded.iter().filter(|d| **d >= date(2015, 1, 1)).count();
    let before_1990 = founded.iter().filter(|d| **d < date(1990, 1, 1)).count();
    assert!(since_2015 * 2 > founded.len(), "{since_2015} of {} since 2015", founded.len());
    assert!(before_1990 > 0 && before_1990 < since_2015);
}

#[test]
fn most_firms_are_micro_and_almost_none_large_under_each_country_rule() {
    let data = demo(500);
    for code in CODES {
        let firms = msmes_of(&data, code);
        let mut classes: BTreeMap<SizeClass, usize> = BTreeMap::new();
        for firm in &firms {
            let class = firm.size_class(TODAY).unwrap().unwrap().class;
            *classes.entry(class).or_default() += 1;
        }
        let share = |class| classes.get(&class).copied().unwrap_or(0) as f64 / firms.len() as f64;
        eprintln!("{code}: {classes:?}");
        assert!(share(SizeClass::Micro) >= 0.85, "{code}: {classes:?}");
        assert!(share(SizeClass::Small) > 0.03, "{code}: {classes:?}");
        assert!(share(SizeClass::Large) <= 0.01, "{code}: {classes:?}");
    }
}

#[test]
fn names_rarely_repeat_among_five_hundred_firms_of_a_country() {
    let data = demo(500);
    for code in CODES {
        let names: Vec<&str> = msmes_of(&data, code).iter().map(|m| m.name.as_str()).collect();
        let distinct: HashSet<&str> = names.iter().copied().collect();
        let repeats = names.len() - distinct.len();
        assert!(repeats * 50 < names.len(), "{code}: {repeats} repeated names");
        assert!(names.iter().all(|n| !n.chars().any(|c| c.is_ascii_digit())), "{code}: a name has a number");
    }
}

#[test]
fn ownership_and_status_look_like_a_registry() {
    let data = demo(500);
    let total = data.msmes.len() as f64;
    let share =
        |f: &dyn Fn(&OrganizationDraft) -> bool| data.msmes.iter().filter(|m| f(m)).count() as f64 / total;
    let profile = |m: &OrganizationDraft| m.msme.clone().unwrap();
    let women = share(&|m| profile(m).ownership.women_led);
    let youth = share(&|m| profile(m).ownership.youth_led);
    let operating = share(&|m| profile(m).operating_status == mitra_domain::OperatingStatus::Operating);
    assert!((0.25..=0.50).contains(&women), "women-led {women}");
    assert!((0.10..=0.25).contains(&youth), "youth-led {youth}");
    assert!(operating > 0.6, "operating {operating}");
    for code in ["IN", "GH", "ID", "MX"] {
        assert!(msmes_of(&data, code).iter().all(|m| !profile(m).ownership.veteran_led), "{code}");
    }
    assert!(msmes_of(&data, "CA").iter().any(|m| profile(m).ownership.veteran_led));
}

#[test]
fn most_illustrative_programmes_are_open_today_some_have_closed_and_one_opens_soon() {
    let data = demo(1);
    let illustrative: Vec<_> = data.opportunities.iter().map(|(_, o)| o).filter(|o| o.illustrative).collect();
    let open = illustrative.iter().filter(|o| o.is_open_on(TODAY)).count();
    let closed = illustrative.iter().filter(|o| o.closes_on.is_some_and(|c| c < TODAY)).count();
    let soon = illustrative.iter().filter(|o| o.opens_on.is_some_and(|d| d > TODAY)).count();
    assert!(open * 10 >= illustrative.len() * 6, "{open} of {} open", illustrative.len());
    assert!(closed >= 1 && soon >= 1, "{closed} closed, {soon} opening soon");
    let windows: HashSet<_> = illustrative.iter().map(|o| (o.opens_on, o.closes_on)).collect();
    assert!(windows.len() * 10 >= illustrative.len() * 9, "windows should differ between programmes");
    // The same programmes a year later are still mostly open: the windows move with the date.
    let later = generate(DEFAULT_SEED, 1, date(2028, 9, 15)).unwrap();
    let open_later =
        later.opportunities.iter().filter(|(_, o)| o.illustrative && o.is_open_on(date(2028, 9, 15))).count();
    assert_eq!(open_later, open);
}

#[test]
fn regional_programmes_speak_the_regional_language() {
    let data = demo(1);
    let kaveri = data
        .opportunities
        .iter()
        .map(|(_, o)| o)
        .find(|o| o.title.as_str() == "Artisan restart loans")
        .unwrap();
    let codes: Vec<&str> = kaveri.languages.iter().map(|l| l.code()).collect();
    assert_eq!(codes, ["kn", "en", "hi"]);
    assert_eq!(kaveri.regions.iter().map(|r| r.as_str()).collect::<Vec<_>>(), ["Karnataka"]);
    for (_, programme) in data.opportunities.iter().filter(|(_, o)| o.country.code() == "CA") {
        assert!(programme.languages.iter().any(|l| l.code() == "en"), "{}", programme.title);
    }
}

#[test]
fn synthetic_opportunities_are_valid_distinct_and_the_same_for_the_same_seed() {
    let mut a = demo(1);
    let mut b = demo(1);
    let before = a.opportunities.len();
    add_synthetic_opportunities(&mut a, 3, 3000, TODAY);
    add_synthetic_opportunities(&mut b, 3, 3000, TODAY);
    assert_eq!(a.opportunities.len(), before + 3000);
    assert_eq!(a.opportunities, b.opportunities);
    let added = &a.opportunities[before..];
    let titles: HashSet<&str> = added.iter().map(|(_, o)| o.title.as_str()).collect();
    assert!(titles.len() * 100 >= added.len() * 99, "{} distinct titles of {}", titles.len(), added.len());
    let open = added.iter().filter(|(_, o)| o.is_open_on(TODAY)).count();
    assert!(open * 10 >= added.len() * 7, "{open} of {} open", added.len());
    assert!(added.iter().all(|(_, o)| o.illustrative));
    for (_, opportunity) in added.iter().filter(|(_, o)| !o.regions.is_empty()) {
        assert!(
            opportunity.title.as_str().contains(opportunity.regions[0].as_str()),
            "{}",
            opportunity.title
        );
    }
    let mut c = demo(1);
    add_synthetic_opportunities(&mut c, 4, 3000, TODAY);
    assert_ne!(a.opportunities, c.opportunities);
}

/// A small catalogue of one partner and one programme, with `from` replaced by `to`.
fn broken(from: &str, to: &str) -> Result<catalogue::Catalogue, DemoError> {
    let text = r#"
[country]
code = "CA"
currency = "CAD"
languages = ["en"]

[[partner]]
id = "bank"
kind = "financial_institution"
name = "Harbour Bank"
description = "A bank."
real = false

[[programme]]
id = "loan"
partner = "bank"
channel = "resources"
title = "Loan"
description = "A loan."
illustrative = true
opens_days_before = 10
languages = ["en"]
regions = ["Ontario"]
"#;
    assert!(text.contains(from), "{from:?} is not in the sample");
    let canada = countries().remove(0);
    catalogue::parse("broken.toml", &text.replace(from, to), &canada.facts)
}

#[test]
fn a_broken_data_file_names_the_file_the_entry_and_the_field() {
    assert!(broken("", "").is_ok());
    let cases = [
        (
            r#"channel = "resources""#,
            r#"channel = "money""#,
            r#"broken.toml: programme "loan": channel is not one of resources, knowledge, networking, markets, training"#,
        ),
        (
            r#"languages = ["en"]
regions"#,
            r#"languages = ["en", "xx"]
regions"#,
            r#"broken.toml: programme "loan": languages[1] is not an ISO 639-1 language code (such as en or hi)"#,
        ),
        (
            r#"regions = ["Ontario"]"#,
            r#"regions = ["Ontaria"]"#,
            r#"broken.toml: programme "loan": regions[0] "Ontaria" is not a region of the country's names file"#,
        ),
        (
            "illustrative = true",
            "illustrative = false",
            r#"broken.toml: programme "loan": sources must name the pages an entry with illustrative = false is described from"#,
        ),
        (
            "opens_days_before = 10",
            r#"opens = "2026-01-01""#,
            r#"broken.toml: programme "loan": opens must be relative to the demo's date for an illustrative programme (opens_days_before or opens_days_after), got "2026-01-01""#,
        ),
        (
            "opens_days_before = 10",
            "opens_days_before = 10\ncloses_days_before = 20",
            r#"broken.toml: programme "loan": closes must not be before the programme opens"#,
        ),
        (
            r#"kind = "financial_institution""#,
            r#"kind = "msme""#,
            r#"broken.toml: partner "bank": kind is not a kind of partner"#,
        ),
        (
            "real = false",
            "real = true",
            r#"broken.toml: partner "bank": sources must name the pages an entry with real = true is described from"#,
        ),
        (
            "real = false",
            "real = true\nsources = [\"www.bank.ca\"]",
            r#"broken.toml: partner "bank": sources[0] must be a web address (https://...)"#,
        ),
        (
            r#"partner = "bank""#,
            r#"partner = "bnak""#,
            r#"broken.toml: programme "loan": partner "bnak" is not a partner of this file"#,
        ),
    ];
    for (from, to, expected) in cases {
        let error = broken(from, to).unwrap_err().to_string();
        assert!(error.starts_with(expected), "{from:?} -> {to:?}: got {error:?}");
    }
}

#[test]
fn a_data_file_of_the_wrong_shape_names_the_line_and_the_entry() {
    let error = broken("title = \"Loan\"\n", "").unwrap_err();
    let DemoError::Syntax { file, location, message } = &error else { panic!("{error:?}") };
    assert_eq!(file, "broken.toml");
    assert!(location.contains(r#"[[programme]] "loan""#), "{location}");
    assert!(message.contains("title"), "{message}");
    let error = broken("real = false", "real = false\nrating = 5").unwrap_err().to_string();
    assert!(error.contains(r#"[[partner]] "bank""#) && error.contains("rating"), "{error}");
}

#[test]
fn every_embedded_file_is_read_and_every_sector_code_is_an_isic_class() {
    for country in countries() {
        for sector in &country.facts.sectors {
            assert_eq!(sector.industry.code().len(), 4, "{}", sector.id);
            assert!(sector.industry.title().is_some(), "{}", sector.id);
        }
        for programme in &country.catalogue.programmes {
            let relative = !matches!(programme.window.opens, catalogue::Day::On(_));
            let illustrative = country.catalogue.partners[programme.partner].draft.country
                == country.facts.country
                && programme.on(TODAY).illustrative;
            assert_eq!(relative, illustrative, "{}", programme.id);
        }
    }
    crate::synthetic::parse(data::SYNTHETIC_FILE.0, data::SYNTHETIC_FILE.1).unwrap();
}

/// Not a check: prints firms of each country for a person to read (`cargo test -- --nocapture
/// --ignored sample`).
#[test]
#[ignore]
fn sample_of_firms_for_reading() {
    let data = demo(500);
    for code in CODES {
        println!("== {code}");
        for firm in msmes_of(&data, code).iter().take(15) {
            let msme = firm.msme.as_ref().unwrap();
            let languages: Vec<&str> = firm.languages.iter().map(|l| l.code()).collect();
            println!(
                "{} | {} | {} {} | {} | {:?} | {} | {}",
                firm.name,
                firm.region.as_ref().unwrap(),
                msme.industry.as_ref().unwrap().code(),
                msme.industry.as_ref().unwrap().title().unwrap_or(""),
                languages.join("+"),
                firm.size_class(TODAY).unwrap().map(|c| c.class),
                firm.description.as_ref().unwrap(),
                msme.needs.iter().map(|n| n.description.as_str()).collect::<Vec<_>>().join("; "),
            );
        }
    }
    let mut data = data;
    let before = data.opportunities.len();
    add_synthetic_opportunities(&mut data, DEFAULT_SEED, 20, TODAY);
    for (partner, opportunity) in &data.opportunities[before..] {
        println!(
            "{} | {} | {} | {:?}..{:?} | {}",
            opportunity.title,
            data.partners[*partner].name,
            opportunity.languages.iter().map(|l| l.code()).collect::<Vec<_>>().join("+"),
            opportunity.opens_on,
            opportunity.closes_on,
            opportunity.description,
        );
    }
}
