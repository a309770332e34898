//! Synthetic MSMEs drawn from a country's facts.
//!
//! A firm is drawn in this order: a region (by its weight), a sector that occurs there (by its
//! weight), the languages of the region it speaks, a founding date (from 1980 to two months
//! ago, weighted to recent years), a size class (by the registry's shares, capped by the
//! sector) and figures inside the class's bands, checked against the country's size rule. Its
//! legal form, name, description, ownership, status and needs follow from those.

use std::collections::HashSet;

use jiff::civil::{Date, date};
use jiff::{ToSpan, Unit};
use mitra_domain::text::{Description, Name};
use mitra_domain::{
    ChannelNote, Language, LegalForm, Money, MsmeProfile, OperatingStatus, OrganizationDraft,
    OrganizationKind, Ownership, SizeFigures, YearFigures,
};
use rand::Rng;
use rand::seq::{IndexedRandom, SliceRandom};

use crate::data::CountryData;
use crate::facts::{Facts, Need, RegionFacts, Sector, SizeBand};
use crate::pattern::Pattern;

/// Draws `count` firms of one country, whose names do not repeat within it where that can
/// be helped.
pub(crate) fn draw<R: Rng>(
    country: &CountryData,
    rng: &mut R,
    count: usize,
    today: Date,
) -> Vec<OrganizationDraft> {
    let mut taken = HashSet::new();
    (0..count).map(|_| firm(country, rng, today, &mut taken)).collect()
}

/// Picks an index by weight; the weights are checked to have a positive sum.
pub(crate) fn weighted<R: Rng>(rng: &mut R, weights: impl Iterator<Item = u32> + Clone) -> usize {
    let total: u64 = weights.clone().map(u64::from).sum();
    let mut pick = rng.random_range(0..total.max(1));
    for (index, weight) in weights.enumerate() {
        let weight = u64::from(weight);
        if pick < weight {
            return index;
        }
        pick -= weight;
    }
    0
}

/// A draw between `low` and `high` whose logarithm is uniform: as many firms between 1 and
/// 10 lakh as between 10 lakh and 1 crore.
pub(crate) fn log_uniform<R: Rng>(rng: &mut R, (low, high): (u64, u64)) -> f64 {
    let (low, high) = ((low.max(1)) as f64, (high.max(1)) as f64);
    (low.ln() + rng.random::<f64>() * (high.ln() - low.ln())).exp()
}

/// `value` rounded to `digits` significant digits, as owners and registries report figures.
pub(crate) fn round_to(value: f64, digits: u32) -> u64 {
    let value = value.max(0.0).round() as u64;
    let length = value.checked_ilog10().map_or(1, |l| l + 1);
    if length <= digits {
        return value;
    }
    let unit = 10u64.pow(length - digits);
    (value + unit / 2) / unit * unit
}

fn firm<R: Rng>(
    country: &CountryData,
    rng: &mut R,
    today: Date,
    taken: &mut HashSet<String>,
) -> OrganizationDraft {
    let facts = &country.facts;
    let region_index = weighted(rng, facts.regions.iter().map(|r| r.weight));
    let region = &facts.regions[region_index];
    let local: Vec<&Sector> = facts.sectors.iter().filter(|s| s.regions.contains(&region_index)).collect();
    let sector = local[weighted(rng, local.iter().map(|s| s.weight))];
    let languages = languages(rng, region);
    let founded_on = founded_on(rng, today);
    let band = band(rng, facts, sector);
    let (employees, turnover, investment) = figures(rng, country, band, sector, founded_on, today);
    let form = sector.legal_forms[weighted(rng, sector.legal_forms.iter().map(|(_, w)| *w))].0;
    let towns = sector.towns_in(facts, region_index);
    let town = towns.choose(rng).map_or("", String::as_str);
    let name = name(rng, facts, sector, region, towns, form, languages[0], town, taken);
    let status = facts.statuses[weighted(rng, facts.statuses.iter().map(|(_, w)| *w))].0;
    let description = description(rng, facts, sector, region, town, founded_on, employees, status);
    let needs = needs(rng, facts, sector, founded_on);
    let ownership = ownership(rng, facts, sector, founded_on, today);
    OrganizationDraft {
        kind: OrganizationKind::Msme,
        name: Name::parse(&name)
            .unwrap_or_else(|_| Name::parse(&sector.label).expect("labels are checked text")),
        country: country.catalogue.country,
        region: Some(region.name.clone()),
        languages,
        description: Description::parse(&description).ok(),
        msme: Some(MsmeProfile {
            registration_number: None,
            legal_form: form,
            founded_on: Some(founded_on),
            industry: Some(sector.industry.clone()),
            employees: Some(employees),
            annual_turnover: Some(money(turnover, &country.catalogue.currency)),
            investment: Some(money(investment, &country.catalogue.currency)),
            balance_sheet_total: None,
            ownership,
            operating_status: status,
            needs,
            offers: vec![],
            figures: past_figures(&name, founded_on, turnover, employees, &country.catalogue.currency),
        }),
        partner: None,
    }
}

/// The 2019 payroll, turnover and persons employed (the recovery baseline) and the 2020 costs that could not be deferred, as shares of the turnover
/// that vary from firm to firm (a fifth to a third for payroll, a tenth to a quarter for
/// costs), for firms that were trading then; one firm in five has not reported them. Derived
/// from the name rather than drawn, so that the rest of the demo stays as it was.
fn past_figures(
    name: &str,
    founded_on: Date,
    turnover: u64,
    employees: u32,
    currency: &str,
) -> Vec<YearFigures> {
    let hash =
        name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    if hash % 5 == 0 || founded_on.year() > 2019 {
        return vec![];
    }
    let payroll_share = 0.20 + (hash / 5 % 14) as f64 / 100.0;
    let costs_share = 0.10 + (hash / 70 % 16) as f64 / 100.0;
    let share = |fraction: f64| Some(money(round_to(turnover as f64 * fraction, 3), currency));
    vec![
        YearFigures {
            year: 2019,
            payroll: share(payroll_share),
            turnover: Some(money(turnover, currency)),
            employees: Some(employees),
            ..YearFigures::default()
        },
        YearFigures { year: 2020, non_deferrable_expenses: share(costs_share), ..YearFigures::default() },
    ]
}

fn money(amount: u64, currency: &str) -> Money {
    Money::parse(&amount.to_string(), currency)
        .expect("the currency and the bands' amounts are checked when read")
}

/// The region's first language most of the time, and some of its other languages.
fn languages<R: Rng>(rng: &mut R, region: &RegionFacts) -> Vec<Language> {
    let spoken = &region.languages;
    let first = if spoken.len() == 1 || rng.random_bool(0.8) {
        spoken[0]
    } else {
        spoken[rng.random_range(1..spoken.len())]
    };
    let mut languages = vec![first];
    for &other in spoken {
        if other != first && rng.random_bool(0.45) {
            languages.push(other);
        }
    }
    languages
}

/// From 1980 to two months before `today`, recent years more often (a registry keeps many
/// young firms and fewer old ones).
fn founded_on<R: Rng>(rng: &mut R, today: Date) -> Date {
    let earliest = date(1980, 1, 1);
    let latest = today.checked_sub(60.days()).unwrap_or(today);
    if latest <= earliest {
        return latest;
    }
    let days = earliest.until((Unit::Day, latest)).map_or(0, |span| span.get_days());
    let u: f64 = rng.random();
    let back = (f64::from(days) * u * u) as i64;
    latest.checked_sub(back.days()).unwrap_or(latest)
}

/// A size class by the registry's shares, no larger than the sector's largest.
fn band<'f, R: Rng>(rng: &mut R, facts: &'f Facts, sector: &Sector) -> &'f SizeBand {
    let drawn = &facts.size_bands[weighted(rng, facts.size_bands.iter().map(|b| b.share))];
    if drawn.class <= sector.largest_class {
        return drawn;
    }
    // The bands are sorted by class and start with micro.
    facts.size_bands.iter().rev().find(|b| b.class <= sector.largest_class).unwrap_or(&facts.size_bands[0])
}

/// Employees, turnover and investment inside the band, checked against the country's rule
/// (a few draws, since rounding can cross a limit).
fn figures<R: Rng>(
    rng: &mut R,
    country: &CountryData,
    band: &SizeBand,
    sector: &Sector,
    founded_on: Date,
    today: Date,
) -> (u32, u64, u64) {
    let currency = &country.catalogue.currency;
    let mut drawn = (1, band.turnover.0, band.investment.0);
    for _ in 0..12 {
        // Few firms of a class are near its top: most small firms have a handful of staff.
        let (low, high) = band.employees;
        let high = sector.max_employees.map_or(high, |max| max.clamp(low, high));
        let employees = (low + (f64::from(high - low + 1) * rng.random::<f64>().powi(3)) as u32).min(high);
        let per_employee = log_uniform(rng, sector.turnover_per_employee);
        let turnover = into_band(rng, f64::from(employees) * per_employee, band.turnover);
        let share =
            f64::from(rng.random_range(sector.investment_share.0..=sector.investment_share.1)) / 100.0;
        let investment = into_band(rng, turnover as f64 * share, band.investment);
        drawn = (employees, turnover, investment);
        let figures = SizeFigures {
            employees: Some(employees),
            annual_turnover: Some(money(turnover, currency)),
            investment: Some(money(investment, currency)),
            balance_sheet_total: None,
            founded_on: Some(founded_on),
            industry: Some(sector.industry.clone()),
        };
        match mitra_domain::size::classify(country.catalogue.country, &figures, today) {
            Ok(classification) if classification.class != band.class => continue,
            // The class wanted, or no rule in force on the demo's date: the band stands.
            _ => break,
        }
    }
    drawn
}

/// `value` if the band holds it, else a value near the band's nearer end, rounded to three
/// significant digits (registries rarely hold figures to the rupee).
fn into_band<R: Rng>(rng: &mut R, value: f64, (low, high): (u64, u64)) -> u64 {
    let (low_f, high_f) = (low as f64, high as f64);
    let value = if value < low_f {
        low_f * (1.0 + 0.6 * rng.random::<f64>())
    } else if value > high_f {
        high_f * (0.55 + 0.45 * rng.random::<f64>())
    } else {
        value
    };
    round_to(value.clamp(low_f, high_f), 3).clamp(low, high)
}

/// A name of the sector's patterns for the firm's language and legal form, not yet taken in
/// the country; a name that keeps coming back taken is varied with a town of the region.
#[allow(clippy::too_many_arguments)]
fn name<R: Rng>(
    rng: &mut R,
    facts: &Facts,
    sector: &Sector,
    region: &RegionFacts,
    towns: &[String],
    form: LegalForm,
    language: Language,
    town: &str,
    taken: &mut HashSet<String>,
) -> String {
    use LegalForm::*;
    let patterns = match (form, &sector.cooperative_names, &sector.company_names) {
        (Cooperative, Some(cooperative), _) => cooperative.for_language(language),
        (Partnership | LimitedLiabilityPartnership | PrivateCompany | PublicCompany, _, Some(company)) => {
            company.for_language(language)
        }
        _ => sector.names.for_language(language),
    };
    let formats = facts.legal_forms.iter().find(|f| f.form == form).map(|f| f.format.for_language(language));
    let places = [("town", town), ("region", region.called.as_str())];
    let trading = |rng: &mut R| {
        let pattern = patterns.choose(rng).expect("name lists are checked to be non-empty");
        pattern.render(rng, &places, |slot| facts.words_in(region, slot))
    };
    let dress = |rng: &mut R, trading: &str| match formats.and_then(|f| f.choose(rng)) {
        Some(format) => format.render(rng, &[("name", trading)], |_| None),
        None => trading.to_owned(),
    };
    let mut name = String::new();
    for _ in 0..12 {
        let base = trading(rng);
        name = dress(rng, &base);
        if taken.insert(name.clone()) {
            return name;
        }
    }
    let base = trading(rng);
    let mut towns: Vec<&String> = towns.iter().collect();
    towns.shuffle(rng);
    for other_town in towns {
        let local = facts.locality.render(rng, &[("name", &base), ("town", other_town)], |_| None);
        let candidate = dress(rng, &local);
        if taken.insert(candidate.clone()) {
            return candidate;
        }
    }
    name
}

/// The sector's description of the firm, with when it was founded, how many work there and,
/// unless it trades normally, its status.
#[allow(clippy::too_many_arguments)]
fn description<R: Rng>(
    rng: &mut R,
    facts: &Facts,
    sector: &Sector,
    region: &RegionFacts,
    town: &str,
    founded_on: Date,
    employees: u32,
    status: OperatingStatus,
) -> String {
    let pattern: &Pattern =
        sector.descriptions.choose(rng).expect("descriptions are checked to be non-empty");
    let mut text = pattern.render(rng, &[("town", town), ("region", region.called.as_str())], |slot| {
        facts.words_in(region, slot)
    });
    if !text.ends_with('.') {
        text.push('.');
    }
    let people = match employees {
        1 => "one person works there".to_owned(),
        n => format!("{n} people work there"),
    };
    text.push_str(&format!(" Founded in {}; {people}.", founded_on.year()));
    let status_sentence = match status {
        OperatingStatus::Operating => "",
        OperatingStatus::ReducedOperations => " Trading on reduced hours for now.",
        OperatingStatus::TemporarilyClosed => " Temporarily closed.",
        OperatingStatus::PermanentlyClosed => " Has closed for good.",
    };
    text.push_str(status_sentence);
    text
}

/// One to three needs on different channels, the first from the sector's own, all fitting
/// when the firm was founded.
fn needs<R: Rng>(rng: &mut R, facts: &Facts, sector: &Sector, founded_on: Date) -> Vec<ChannelNote> {
    let fits = |need: &&Need| need.founded.allows(founded_on);
    let own: Vec<&Need> = sector.needs.iter().filter(fits).collect();
    let mut pool: Vec<&Need> = own.iter().copied().chain(facts.needs.iter().filter(fits)).collect();
    pool.shuffle(rng);
    if let Some(first) = own.choose(rng)
        && let Some(position) = pool.iter().position(|need| std::ptr::eq(*need, *first))
    {
        pool.swap(0, position);
    }
    let wanted = [1, 2, 2, 3][rng.random_range(0..4)];
    let mut chosen: Vec<ChannelNote> = Vec::new();
    for need in pool {
        if chosen.len() == wanted {
            break;
        }
        if chosen.iter().all(|note| note.channel != need.channel) {
            chosen.push(ChannelNote { channel: need.channel, description: need.text.clone() });
        }
    }
    chosen
}

/// Women-led by the sector's or the country's share; youth-led mostly among firms founded in
/// the last ten years (an owner under 35 rarely runs a firm founded long ago); veteran-led by
/// the country's share.
fn ownership<R: Rng>(
    rng: &mut R,
    facts: &Facts,
    sector: &Sector,
    founded_on: Date,
    today: Date,
) -> Ownership {
    let shares = facts.ownership;
    let recent = today.checked_sub(10.years()).is_ok_and(|ten_years_ago| founded_on >= ten_years_ago);
    let youth = if recent { (2.0 * shares.youth_led).min(0.9) } else { shares.youth_led * 0.2 };
    Ownership {
        women_led: rng.random_bool(sector.women_led.unwrap_or(shares.women_led)),
        youth_led: rng.random_bool(youth),
        veteran_led: rng.random_bool(shares.veteran_led),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_rounded_to_significant_digits() {
        assert_eq!(round_to(1_234_567.0, 3), 1_230_000);
        assert_eq!(round_to(1_235_000.0, 3), 1_240_000);
        assert_eq!(round_to(987.0, 3), 987);
        assert_eq!(round_to(0.0, 3), 0);
    }

    #[test]
    fn size_classes_compare_in_size_order_as_capping_a_band_needs() {
        use mitra_domain::SizeClass;
        assert!(SizeClass::Micro < SizeClass::Small && SizeClass::Medium < SizeClass::Large);
    }
}
