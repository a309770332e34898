//! Synthetic opportunities for load benchmarks, from the patterns in `data/synthetic.toml`.
//!
//! Each is offered by a partner of its country that works on its channel, for a sector of the
//! country and, more often than not, one region where the sector occurs: "Working capital for
//! bakeries in Jalisco". A title already used gets the month its round opens, and the partner
//! if that is taken too. All are illustrative, and their windows are placed around the demo's
//! date, most of them open.

use std::collections::HashSet;

use jiff::ToSpan;
use jiff::civil::Date;
use mitra_domain::text::{Description, Name};
use mitra_domain::{Capacity, Channel, Language, OpportunityDraft, OrganizationKind, Priorities, SizeClass};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Deserialize;
use uuid::Uuid;

use crate::data::{CountryData, Entry, from_toml};
use crate::facts::{RegionFacts, Sector};
use crate::firms::{log_uniform, round_to, weighted};
use crate::pattern::Pattern;
use crate::{DemoData, DemoError};

/// The slots a synthetic title or description may use.
const SLOTS: [&str; 4] = ["plural", "label", "where", "partner"];

#[derive(Debug)]
pub(crate) struct Offers {
    offers: Vec<Offer>,
}

#[derive(Debug)]
struct Offer {
    channel: Channel,
    /// ISIC sections of the sectors the offer makes sense for (a supermarket listing is for
    /// farms and makers, not for garages); empty for any.
    sections: Vec<String>,
    title: Pattern,
    description: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffers {
    #[serde(rename = "offer")]
    offers: Vec<RawOffer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffer {
    channel: String,
    #[serde(default)]
    sections: Vec<String>,
    title: String,
    description: String,
}

/// Reads and checks the patterns: every channel has at least one, with known slots.
pub(crate) fn parse(file: &str, text: &str) -> Result<Offers, DemoError> {
    let raw: RawOffers = from_toml(file, text)?;
    let mut offers = Vec::new();
    for (index, offer) in raw.offers.iter().enumerate() {
        let entry = Entry::new(file, format!("offer[{index}]"));
        let channel = entry.channel("channel", &offer.channel)?;
        let mut patterns = Vec::new();
        for (field, raw_pattern) in [("title", &offer.title), ("description", &offer.description)] {
            let pattern = Pattern::parse(raw_pattern).map_err(|problem| entry.invalid(field, problem))?;
            if let Some(slot) = pattern.slots().find(|slot| !SLOTS.contains(slot)) {
                return Err(
                    entry.invalid(field, format!("uses {{{slot}}}; the slots are {}", SLOTS.join(", ")))
                );
            }
            patterns.push(pattern);
        }
        for (index, section) in offer.sections.iter().enumerate() {
            let field = format!("sections[{index}]");
            let code = entry.isic(&field, section, false)?;
            if code.code().len() != 1 {
                return Err(entry.invalid(field, format!("{section} is not an ISIC section letter")));
            }
        }
        let description = patterns.pop().expect("two patterns were pushed");
        let title = patterns.pop().expect("two patterns were pushed");
        offers.push(Offer { channel, sections: offer.sections.clone(), title, description });
    }
    if let Some(channel) = Channel::ALL.iter().find(|c| !offers.iter().any(|o: &Offer| o.channel == **c)) {
        return Err(
            Entry::new(file, "the file").invalid("offer", format!("has no pattern for channel {channel}"))
        );
    }
    Ok(Offers { offers })
}

/// Appends `count` opportunities to `data`, spread over the countries that have partners in it.
pub(crate) fn add(
    data: &mut DemoData,
    countries: &[CountryData],
    offers: &Offers,
    seed: u64,
    count: usize,
    today: Date,
) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x6f70_706f_7274_756e);
    let present: Vec<(&CountryData, Vec<usize>)> = countries
        .iter()
        .map(|country| {
            let partners = (0..data.partners.len())
                .filter(|&p| data.partners[p].country == country.catalogue.country)
                .collect::<Vec<_>>();
            (country, partners)
        })
        .filter(|(_, partners)| !partners.is_empty())
        .collect();
    if present.is_empty() {
        return;
    }
    let mut titles: HashSet<String> =
        data.opportunities.iter().map(|(_, o)| o.title.as_str().to_owned()).collect();
    for index in 0..count {
        let (country, partners) = &present[index % present.len()];
        let opportunity = opportunity(&mut rng, data, country, partners, offers, today, &mut titles);
        data.opportunities.push(opportunity);
    }
}

fn opportunity(
    rng: &mut ChaCha8Rng,
    data: &DemoData,
    country: &CountryData,
    partners: &[usize],
    offers: &Offers,
    today: Date,
    titles: &mut HashSet<String>,
) -> (usize, OpportunityDraft) {
    let facts = &country.facts;
    let offer = offers.offers.choose(rng).expect("offers are checked to be non-empty");
    let fitting: Vec<&Sector> = facts
        .sectors
        .iter()
        .filter(|s| {
            offer.sections.is_empty()
                || s.industry.isic_section().is_some_and(|x| offer.sections.iter().any(|o| o == x))
        })
        .collect();
    let sectors = if fitting.is_empty() { facts.sectors.iter().collect() } else { fitting };
    let mut drawn = None;
    for _ in 0..4 {
        let sector = sectors[weighted(rng, sectors.iter().map(|s| s.weight))];
        let region =
            if rng.random_bool(0.6) { sector.regions.choose(rng).map(|&r| &facts.regions[r]) } else { None };
        let partner = partner(rng, data, partners, offer.channel, region);
        let place = match region {
            Some(region) => format!("in {}", region.called),
            None => format!("across {}", country.catalogue.country.name()),
        };
        let slots = [
            ("plural", sector.plural.as_str()),
            ("label", sector.label.as_str()),
            ("where", &place),
            ("partner", data.partners[partner].name.as_str()),
        ];
        let title = offer.title.render(rng, &slots, |_| None);
        let description = offer.description.render(rng, &slots, |_| None);
        let fresh = !titles.contains(&title);
        drawn = Some((sector, region, partner, title, description));
        if fresh {
            break;
        }
    }
    let (sector, region, partner, mut title, description) = drawn.expect("the loop runs at least once");

    let (opens, closes) = window(rng, today);
    if titles.contains(&title) {
        let round = opens.strftime("%B %Y").to_string();
        let dated = format!("{title} ({round} round)");
        title = if titles.contains(&dated) {
            format!("{title} ({round} round, {})", data.partners[partner].name)
        } else {
            dated
        };
    }
    titles.insert(title.clone());

    let mut languages: Vec<Language> = country.catalogue.languages.clone();
    for language in region.iter().flat_map(|r| &r.languages) {
        if !languages.contains(language) {
            languages.push(*language);
        }
    }
    let currency = &country.catalogue.currency;
    let money =
        |amount: u64| mitra_domain::Money::parse(&amount.to_string(), currency).expect("checked currency");
    let capacity = match offer.channel {
        Channel::Resources => {
            let per_firm = round_to(log_uniform(rng, facts.synthetic_max_per_firm), 2);
            let firms = rng.random_range(20..=400);
            Capacity {
                budget: Some(money(per_firm * firms)),
                max_per_firm: Some(money(per_firm)),
                ..Capacity::default()
            }
        }
        Channel::Training if rng.random_bool(0.5) => {
            Capacity { mentor_slots: Some(rng.random_range(2..=30) * 5), ..Capacity::default() }
        }
        _ => Capacity { seats: Some(rng.random_range(2..=100) * 5), ..Capacity::default() },
    };
    let industries = if rng.random_bool(0.35) { vec![sector.industry.clone()] } else { vec![] };
    let size_classes = match rng.random_range(0..4) {
        0 => vec![SizeClass::Micro],
        1 => vec![SizeClass::Micro, SizeClass::Small],
        _ => vec![],
    };
    let draft = OpportunityDraft {
        partner_id: Uuid::nil(),
        programme_id: None,
        title: Name::parse(&title)
            .unwrap_or_else(|_| Name::parse(&sector.plural).expect("labels are checked text")),
        description: Description::parse(&description)
            .unwrap_or_else(|_| Description::parse(&sector.plural).expect("labels are checked text")),
        channel: offer.channel,
        capacity,
        opens_on: Some(opens),
        closes_on: closes,
        languages,
        country: country.catalogue.country,
        regions: region.map(|r| vec![r.name.clone()]).unwrap_or_default(),
        industries,
        size_classes,
        priorities: Priorities { women_led: rng.random_bool(0.1), youth_led: rng.random_bool(0.08) },
        illustrative: true,
        relief_loan: None,
    };
    (partner, draft)
}

/// A partner of the country that offers `channel` and serves `region` (a partner tied to a
/// region offers nothing elsewhere); money comes from banks, and companies only sponsor their
/// own supply chains, so they are left out. When none fits, any partner of the country that
/// offers the channel.
fn partner(
    rng: &mut ChaCha8Rng,
    data: &DemoData,
    partners: &[usize],
    channel: Channel,
    region: Option<&RegionFacts>,
) -> usize {
    let offers_channel = |p: &usize| {
        data.partners[*p]
            .partner
            .as_ref()
            .is_some_and(|profile| profile.offers.iter().any(|o| o.channel == channel))
    };
    let fits = |p: &usize| {
        let organisation = &data.partners[*p];
        let lends = matches!(
            organisation.kind,
            OrganizationKind::FinancialInstitution | OrganizationKind::DevelopmentBank
        );
        organisation.kind != OrganizationKind::Corporate
            && (channel != Channel::Resources || lends)
            && organisation.region.as_ref().is_none_or(|r| region.is_some_and(|wanted| *r == wanted.name))
    };
    let best: Vec<usize> = partners.iter().copied().filter(|p| offers_channel(p) && fits(p)).collect();
    let fallback: Vec<usize> = partners.iter().copied().filter(offers_channel).collect();
    *best
        .choose(rng)
        .or_else(|| fallback.choose(rng))
        .or_else(|| partners.choose(rng))
        .expect("partners are non-empty")
}

/// Most windows are open on `today`; some closed in the last weeks, some open soon and some
/// take applications on a rolling basis.
fn window(rng: &mut ChaCha8Rng, today: Date) -> (Date, Option<Date>) {
    let shift = |days: i64| today.checked_add(days.days()).unwrap_or(today);
    match rng.random_range(0..100) {
        0..8 => (shift(-rng.random_range(90..=300)), Some(shift(-rng.random_range(1..=45)))),
        8..14 => {
            let opens = rng.random_range(3..=40);
            (shift(opens), Some(shift(opens + rng.random_range(30..=200))))
        }
        14..24 => (shift(-rng.random_range(0..=365)), None),
        _ => (shift(-rng.random_range(0..=200)), Some(shift(rng.random_range(20..=400)))),
    }
}
