//! The facts synthetic firms are drawn from, read from a country's `names-XX.toml`.
//!
//! A country's facts are its regions (with a population-like weight, the languages spoken
//! there, towns and regional word lists), its sectors (with the regions where they occur, an
//! ISIC Rev.4 class, name patterns, figures and needs), its legal forms and how they are
//! written in a name, the size classes an MSME registry holds and the ranges of figures
//! inside each class, and needs any firm may state. Every pattern is checked against the
//! word lists of every region it can be used in, so that drawing a firm cannot fail.

use std::collections::BTreeMap;

use jiff::civil::{Date, date};
use mitra_domain::text::Region;
use mitra_domain::{Channel, Country, IndustryCode, Language, LegalForm, OperatingStatus, SizeClass, Text};
use serde::Deserialize;

use crate::DemoError;
use crate::data::{Entry, first_repeat, from_toml, names};
use crate::pattern::Pattern;

/// The day the shock began for the demo: firms founded before it may say they need to recover
/// from the closures that followed; firms founded on or after it have start-up needs instead.
pub(crate) const SHOCK_BEGAN: Date = date(2020, 3, 1);

/// Words that tie a need to the shock and the closures; only needs marked
/// `founded = "before_shock"` may use them.
pub(crate) const SHOCK_WORDS: [&str; 12] = [
    "lockdown",
    "closure",
    "closed",
    "reopen",
    "recover",
    "restart",
    "pandemic",
    "covid",
    "crisis",
    "shock",
    "restrictions",
    "rebuild",
];

/// The largest figure a band may reach, in any currency: 10^15 units is far above any MSME,
/// even in rupiah, and well inside what the domain's money accepts.
const MAX_FIGURE: u64 = 1_000_000_000_000_000;

/// Slots that are not word lists: the firm's town and region.
const PLACE_SLOTS: [&str; 2] = ["town", "region"];

#[derive(Debug)]
pub(crate) struct Facts {
    pub country: Country,
    /// How a name already taken is varied with a locality: slots `{name}` and `{town}`.
    pub locality: Pattern,
    pub ownership: OwnershipShares,
    pub statuses: Vec<(OperatingStatus, u32)>,
    /// The most one firm can get from a synthetic funding opportunity, low and high, in the
    /// country's currency.
    pub synthetic_max_per_firm: (u64, u64),
    pub size_bands: Vec<SizeBand>,
    pub legal_forms: Vec<LegalFormFacts>,
    pub words: Words,
    pub regions: Vec<RegionFacts>,
    pub sectors: Vec<Sector>,
    /// Needs of firms in any sector.
    pub needs: Vec<Need>,
}

/// Shares of firms led by women, youth and veterans, from 0 to 1.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OwnershipShares {
    pub women_led: f64,
    pub youth_led: f64,
    pub veteran_led: f64,
}

/// One size class of the country's registry: its share of firms and the ranges figures are
/// drawn from, chosen inside the class's bounds under the country's rule.
#[derive(Debug, Clone)]
pub(crate) struct SizeBand {
    pub class: SizeClass,
    pub share: u32,
    pub employees: (u32, u32),
    pub turnover: (u64, u64),
    pub investment: (u64, u64),
}

#[derive(Debug)]
pub(crate) struct LegalFormFacts {
    pub form: LegalForm,
    pub weight: u32,
    /// How a trading name is written for this form, by the firm's first language.
    pub format: ByLanguage,
}

/// Word lists by slot name.
pub(crate) type Words = BTreeMap<String, Vec<String>>;

#[derive(Debug)]
pub(crate) struct RegionFacts {
    pub name: Region,
    /// How the region is called in a sentence ("the Northern Region" for Ghana's "Northern").
    pub called: String,
    pub weight: u32,
    /// Languages spoken there, the most common first.
    pub languages: Vec<Language>,
    pub towns: Vec<String>,
    /// Word lists that replace the country's in this region (surnames, blessings).
    pub words: Words,
}

#[derive(Debug)]
pub(crate) struct Sector {
    pub id: String,
    pub industry: IndustryCode,
    pub weight: u32,
    /// "bakery", for descriptions.
    pub label: String,
    /// "bakeries", for titles such as "Working capital for bakeries in Jalisco".
    pub plural: String,
    /// Indices into [`Facts::regions`] of the regions where the sector occurs.
    pub regions: Vec<usize>,
    /// The towns of each of those regions where the sector occurs (fishing happens on the
    /// coast), when the sector names them; otherwise any town of the region.
    pub towns: Vec<(usize, Vec<String>)>,
    /// The most employees a firm of this sector has (a corner shop never has ninety).
    pub max_employees: Option<u32>,
    pub turnover_per_employee: (u64, u64),
    /// Investment as a percentage of turnover, low and high.
    pub investment_share: (u32, u32),
    pub largest_class: SizeClass,
    pub women_led: Option<f64>,
    /// Legal forms and their weights in this sector.
    pub legal_forms: Vec<(LegalForm, u32)>,
    pub names: ByLanguage,
    /// Names for partnerships and companies, where the sector's `names` would read oddly with
    /// "CV" or "Ltd" around them.
    pub company_names: Option<ByLanguage>,
    pub cooperative_names: Option<ByLanguage>,
    pub descriptions: Vec<Pattern>,
    pub needs: Vec<Need>,
}

impl Sector {
    /// The towns of region `region` (an index into [`Facts::regions`]) where firms of this
    /// sector are.
    pub fn towns_in<'a>(&'a self, facts: &'a Facts, region: usize) -> &'a [String] {
        match self.towns.iter().find(|(r, _)| *r == region) {
            Some((_, towns)) => towns,
            None => &facts.regions[region].towns,
        }
    }
}

/// Patterns for any language, and patterns that replace them for firms whose first language
/// is one of the others.
#[derive(Debug)]
pub(crate) struct ByLanguage {
    any: Vec<Pattern>,
    by_language: Vec<(Language, Vec<Pattern>)>,
}

impl ByLanguage {
    pub fn for_language(&self, language: Language) -> &[Pattern] {
        self.by_language.iter().find(|(l, _)| *l == language).map_or(&self.any, |(_, patterns)| patterns)
    }

    fn all(&self) -> impl Iterator<Item = (String, usize, &Pattern)> {
        let any = self.any.iter().enumerate().map(|(i, p)| ("any".to_owned(), i, p));
        let others = self
            .by_language
            .iter()
            .flat_map(|(l, patterns)| patterns.iter().enumerate().map(move |(i, p)| (l.to_string(), i, p)));
        any.chain(others)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Need {
    pub channel: Channel,
    pub text: Text<500>,
    pub founded: Founded,
}

/// Which firms may state a need, by when they were founded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Founded {
    Any,
    BeforeShock,
    AfterShock,
}

impl Founded {
    pub fn allows(self, founded_on: Date) -> bool {
        match self {
            Self::Any => true,
            Self::BeforeShock => founded_on < SHOCK_BEGAN,
            Self::AfterShock => founded_on >= SHOCK_BEGAN,
        }
    }
}

impl Facts {
    /// The word list for `slot` in `region`: the region's own, else the country's.
    pub fn words_in<'a>(&'a self, region: &'a RegionFacts, slot: &str) -> Option<&'a [String]> {
        region.words.get(slot).or_else(|| self.words.get(slot)).map(Vec::as_slice)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFacts {
    country: String,
    locality: String,
    ownership: RawOwnership,
    operating_status: BTreeMap<String, u32>,
    synthetic: RawSynthetic,
    #[serde(rename = "size_class")]
    size_classes: Vec<RawSizeClass>,
    #[serde(rename = "legal_form")]
    legal_forms: Vec<RawLegalForm>,
    #[serde(default)]
    words: Words,
    #[serde(rename = "region")]
    regions: Vec<RawRegion>,
    #[serde(rename = "sector")]
    sectors: Vec<RawSector>,
    #[serde(rename = "need", default)]
    needs: Vec<RawNeed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOwnership {
    women_led: f64,
    youth_led: f64,
    veteran_led: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSynthetic {
    max_per_firm: [u64; 2],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSizeClass {
    class: String,
    share: u32,
    employees: [u32; 2],
    turnover: [u64; 2],
    investment: [u64; 2],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLegalForm {
    form: String,
    weight: u32,
    format: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    name: String,
    called: Option<String>,
    weight: u32,
    languages: Vec<String>,
    towns: Vec<String>,
    #[serde(default)]
    words: Words,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSector {
    id: String,
    isic: String,
    weight: u32,
    label: String,
    plural: String,
    regions: Option<Vec<String>>,
    towns: Option<Vec<String>>,
    max_employees: Option<u32>,
    turnover_per_employee: [u64; 2],
    investment_share: [u32; 2],
    largest_class: Option<String>,
    women_led: Option<f64>,
    legal_forms: Option<BTreeMap<String, u32>>,
    names: BTreeMap<String, Vec<String>>,
    company_names: Option<BTreeMap<String, Vec<String>>>,
    cooperative_names: Option<BTreeMap<String, Vec<String>>>,
    descriptions: Vec<String>,
    #[serde(default)]
    needs: Vec<RawNeed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNeed {
    channel: String,
    text: String,
    founded: Option<String>,
}

/// Reads and checks a country's facts.
pub(crate) fn parse(file: &str, text: &str) -> Result<Facts, DemoError> {
    let raw: RawFacts = from_toml(file, text)?;
    let top = Entry::new(file, "the file");
    let country = Country::parse(&raw.country).map_err(|error| top.invalid("country", error))?;
    let locality = pattern(&top, "locality", &raw.locality)?;
    for slot in locality.slots() {
        if slot != "name" && slot != "town" {
            return Err(
                top.invalid("locality", format!("may use only {{name}} and {{town}}, not {{{slot}}}"))
            );
        }
    }
    if !locality.has_slot("name") {
        return Err(top.invalid("locality", "must contain {name}"));
    }
    let ownership = OwnershipShares {
        women_led: share(&top, "ownership.women_led", raw.ownership.women_led)?,
        youth_led: share(&top, "ownership.youth_led", raw.ownership.youth_led)?,
        veteran_led: share(&top, "ownership.veteran_led", raw.ownership.veteran_led)?,
    };
    let statuses = statuses(&top, &raw.operating_status)?;
    let synthetic_max_per_firm = top.range("synthetic.max_per_firm", raw.synthetic.max_per_firm)?;
    let size_bands = size_bands(file, &raw.size_classes)?;
    let legal_forms = legal_forms(file, &raw.legal_forms)?;
    words_are_filled(&top, "words", &raw.words)?;
    let regions = regions(file, raw.regions)?;
    let needs = needs(&top, "need", &raw.needs)?;
    let mut facts = Facts {
        country,
        locality,
        ownership,
        statuses,
        synthetic_max_per_firm,
        size_bands,
        legal_forms,
        words: raw.words,
        regions,
        sectors: Vec::new(),
        needs,
    };
    for raw_sector in &raw.sectors {
        let sector = sector(file, raw_sector, &facts)?;
        if facts.sectors.iter().any(|s| s.id == sector.id) {
            return Err(
                Entry::named(file, "sector", &sector.id).invalid("id", "repeats an earlier sector's id")
            );
        }
        facts.sectors.push(sector);
    }
    if let Some(region) = facts
        .regions
        .iter()
        .enumerate()
        .find(|(index, _)| !facts.sectors.iter().any(|s| s.weight > 0 && s.regions.contains(index)))
        .map(|(_, region)| region)
    {
        return Err(Entry::named(file, "region", region.name.as_str())
            .invalid("name", "has no sector with a weight: list it in a sector's regions"));
    }
    Ok(facts)
}

fn pattern(entry: &Entry, field: &str, raw: &str) -> Result<Pattern, DemoError> {
    Pattern::parse(raw).map_err(|problem| entry.invalid(field, problem))
}

fn share(entry: &Entry, field: &str, value: f64) -> Result<f64, DemoError> {
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(entry.invalid(field, format!("must be a share from 0 to 1, got {value}")))
    }
}

fn statuses(entry: &Entry, raw: &BTreeMap<String, u32>) -> Result<Vec<(OperatingStatus, u32)>, DemoError> {
    let mut statuses = Vec::new();
    for (name, weight) in raw {
        let status = OperatingStatus::parse(name).ok_or_else(|| {
            entry.invalid(
                format!("operating_status.{name}"),
                format!("is not an operating status (one of {})", names(OperatingStatus::ALL)),
            )
        })?;
        statuses.push((status, *weight));
    }
    if statuses.iter().all(|(_, weight)| *weight == 0) {
        return Err(entry.invalid("operating_status", "must give at least one status a weight"));
    }
    // The map is read in key order; the generator draws in the order of the domain's list.
    statuses.sort_by_key(|(status, _)| OperatingStatus::ALL.iter().position(|s| s == status));
    Ok(statuses)
}

fn size_bands(file: &str, raw: &[RawSizeClass]) -> Result<Vec<SizeBand>, DemoError> {
    let mut bands: Vec<SizeBand> = Vec::new();
    for (index, band) in raw.iter().enumerate() {
        let entry = Entry::new(file, format!("size_class[{index}]"));
        let class = SizeClass::parse(&band.class).ok_or_else(|| {
            entry.invalid("class", format!("is not a size class (one of {})", names(&SizeClass::ALL)))
        })?;
        if bands.iter().any(|b| b.class == class) {
            return Err(entry.invalid("class", format!("repeats {class}")));
        }
        let employees = entry.range("employees", band.employees)?;
        if employees.0 == 0 {
            return Err(entry.invalid("employees", "must start at 1: every firm has at least its owner"));
        }
        for (field, [_, high]) in [("turnover", band.turnover), ("investment", band.investment)] {
            if high > MAX_FIGURE {
                return Err(entry
                    .invalid(field, format!("must stay below {MAX_FIGURE}, more than any MSME's figure")));
            }
        }
        bands.push(SizeBand {
            class,
            share: band.share,
            employees,
            turnover: entry.range("turnover", band.turnover)?,
            investment: entry.range("investment", band.investment)?,
        });
    }
    if !bands.iter().any(|band| band.class == SizeClass::Micro && band.share > 0) {
        return Err(Entry::new(file, "the file").invalid("size_class", "must give micro firms a share"));
    }
    bands.sort_by_key(|band| band.class);
    Ok(bands)
}

fn legal_forms(file: &str, raw: &[RawLegalForm]) -> Result<Vec<LegalFormFacts>, DemoError> {
    let mut forms: Vec<LegalFormFacts> = Vec::new();
    for raw_form in raw {
        let entry = Entry::named(file, "legal_form", &raw_form.form);
        let form = legal_form(&entry, "form", &raw_form.form)?;
        if forms.iter().any(|f| f.form == form) {
            return Err(entry.invalid("form", format!("repeats {form}")));
        }
        let format = by_language(&entry, "format", &raw_form.format)?;
        for (language, index, pattern) in format.all() {
            let field = format!("format.{language}[{index}]");
            if !pattern.has_slot("name") || pattern.slots().any(|slot| slot != "name") {
                return Err(entry.invalid(field, "must contain {name} and no other slot"));
            }
        }
        forms.push(LegalFormFacts { form, weight: raw_form.weight, format });
    }
    if forms.iter().all(|f| f.weight == 0) {
        return Err(
            Entry::new(file, "the file").invalid("legal_form", "must give at least one legal form a weight")
        );
    }
    Ok(forms)
}

fn legal_form(entry: &Entry, field: &str, raw: &str) -> Result<LegalForm, DemoError> {
    LegalForm::parse(raw).ok_or_else(|| {
        entry.invalid(field, format!("is not a legal form (one of {})", names(LegalForm::ALL)))
    })
}

fn words_are_filled(entry: &Entry, field: &str, words: &Words) -> Result<(), DemoError> {
    for (slot, list) in words {
        if list.is_empty() {
            return Err(entry.invalid(format!("{field}.{slot}"), "must list at least one word"));
        }
        if let Some(index) = list.iter().position(|word| word.trim().is_empty()) {
            return Err(entry.invalid(format!("{field}.{slot}[{index}]"), "must not be empty"));
        }
        if PLACE_SLOTS.contains(&slot.as_str()) || slot == "name" {
            return Err(
                entry.invalid(format!("{field}.{slot}"), "is filled by the generator, not from a word list")
            );
        }
    }
    Ok(())
}

fn regions(file: &str, raw: Vec<RawRegion>) -> Result<Vec<RegionFacts>, DemoError> {
    let mut regions: Vec<RegionFacts> = Vec::new();
    for region in raw {
        let entry = Entry::named(file, "region", &region.name);
        let name: Region = entry.text("name", &region.name)?;
        if regions.iter().any(|r| r.name == name) {
            return Err(entry.invalid("name", "repeats an earlier region"));
        }
        let languages = entry.languages("languages", &region.languages)?;
        if region.towns.is_empty() {
            return Err(entry.invalid("towns", "must list at least one town"));
        }
        if let Some(index) = region.towns.iter().position(|town| town.trim().is_empty()) {
            return Err(entry.invalid(format!("towns[{index}]"), "must not be empty"));
        }
        words_are_filled(&entry, "words", &region.words)?;
        let called = match &region.called {
            Some(called) => entry.text::<100>("called", called)?.as_str().to_owned(),
            None => name.as_str().to_owned(),
        };
        regions.push(RegionFacts {
            name,
            called,
            weight: region.weight,
            languages,
            towns: region.towns,
            words: region.words,
        });
    }
    if regions.iter().all(|r| r.weight == 0) {
        return Err(Entry::new(file, "the file").invalid("region", "must give at least one region a weight"));
    }
    Ok(regions)
}

fn by_language(
    entry: &Entry,
    field: &str,
    raw: &BTreeMap<String, Vec<String>>,
) -> Result<ByLanguage, DemoError> {
    let mut any = None;
    let mut by_language = Vec::new();
    for (key, list) in raw {
        if list.is_empty() {
            return Err(entry.invalid(format!("{field}.{key}"), "must list at least one pattern"));
        }
        let patterns = list
            .iter()
            .enumerate()
            .map(|(index, p)| pattern(entry, &format!("{field}.{key}[{index}]"), p))
            .collect::<Result<Vec<_>, _>>()?;
        if key == "any" {
            any = Some(patterns);
        } else {
            let language = entry.language(&format!("{field}.{key}"), key)?;
            by_language.push((language, patterns));
        }
    }
    let any = any.ok_or_else(|| entry.invalid(field, "must have patterns for `any` language"))?;
    Ok(ByLanguage { any, by_language })
}

fn needs(entry: &Entry, field: &str, raw: &[RawNeed]) -> Result<Vec<Need>, DemoError> {
    raw.iter()
        .enumerate()
        .map(|(index, need)| {
            let field = format!("{field}[{index}]");
            let channel = entry.channel(&format!("{field}.channel"), &need.channel)?;
            let text: Text<500> = entry.text(&format!("{field}.text"), &need.text)?;
            let founded = match need.founded.as_deref() {
                None | Some("any") => Founded::Any,
                Some("before_shock") => Founded::BeforeShock,
                Some("after_shock") => Founded::AfterShock,
                Some(other) => {
                    return Err(entry.invalid(
                        format!("{field}.founded"),
                        format!("is not one of any, before_shock, after_shock: {other:?}"),
                    ));
                }
            };
            let lower = text.as_str().to_lowercase();
            if founded != Founded::BeforeShock
                && let Some(word) = SHOCK_WORDS.iter().find(|word| lower.contains(*word))
            {
                return Err(entry.invalid(
                    format!("{field}.text"),
                    format!(
                        "mentions the shock ({word:?}), so it must be marked founded = \"before_shock\": \
                         firms founded since {SHOCK_BEGAN} never lived through it"
                    ),
                ));
            }
            Ok(Need { channel, text, founded })
        })
        .collect()
}

fn sector(file: &str, raw: &RawSector, facts: &Facts) -> Result<Sector, DemoError> {
    let entry = Entry::named(file, "sector", &raw.id);
    let industry = entry.isic("isic", &raw.isic, true)?;
    let regions = match &raw.regions {
        None => (0..facts.regions.len()).collect(),
        Some(list) if list.is_empty() => {
            return Err(entry.invalid("regions", "must list a region, or be left out"));
        }
        Some(list) => list
            .iter()
            .enumerate()
            .map(|(index, name)| {
                facts.regions.iter().position(|r| r.name.as_str() == name).ok_or_else(|| {
                    entry.invalid(
                        format!("regions[{index}]"),
                        format!("{name:?} is not a region of this file"),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
    };
    if let Some(index) = first_repeat(&regions) {
        return Err(entry.invalid(format!("regions[{index}]"), "repeats an earlier region"));
    }
    let towns = sector_towns(&entry, raw, facts, &regions)?;
    if raw.max_employees == Some(0) {
        return Err(entry.invalid("max_employees", "must be at least 1"));
    }
    let largest_class = match &raw.largest_class {
        None => SizeClass::Large,
        Some(class) => SizeClass::parse(class).ok_or_else(|| {
            entry.invalid("largest_class", format!("is not a size class (one of {})", names(&SizeClass::ALL)))
        })?,
    };
    let women_led = raw.women_led.map(|share_value| share(&entry, "women_led", share_value)).transpose()?;
    let names = by_language(&entry, "names", &raw.names)?;
    let company_names =
        raw.company_names.as_ref().map(|c| by_language(&entry, "company_names", c)).transpose()?;
    let cooperative_names =
        raw.cooperative_names.as_ref().map(|c| by_language(&entry, "cooperative_names", c)).transpose()?;
    let legal_forms = sector_legal_forms(&entry, raw, facts, cooperative_names.is_some())?;
    if raw.descriptions.is_empty() {
        return Err(entry.invalid("descriptions", "must list at least one description"));
    }
    let descriptions = raw
        .descriptions
        .iter()
        .enumerate()
        .map(|(index, d)| pattern(&entry, &format!("descriptions[{index}]"), d))
        .collect::<Result<Vec<_>, _>>()?;
    // Every slot must be fillable in every region where the sector occurs.
    let mut patterns: Vec<(String, &Pattern)> =
        names.all().map(|(language, index, p)| (format!("names.{language}[{index}]"), p)).collect();
    if let Some(company) = &company_names {
        patterns.extend(company.all().map(|(l, i, p)| (format!("company_names.{l}[{i}]"), p)));
    }
    if let Some(cooperative) = &cooperative_names {
        patterns.extend(cooperative.all().map(|(l, i, p)| (format!("cooperative_names.{l}[{i}]"), p)));
    }
    patterns.extend(descriptions.iter().enumerate().map(|(i, p)| (format!("descriptions[{i}]"), p)));
    for (field, pattern) in &patterns {
        for slot in pattern.slots().filter(|slot| !PLACE_SLOTS.contains(slot)) {
            if let Some(region) =
                regions.iter().map(|&r| &facts.regions[r]).find(|r| facts.words_in(r, slot).is_none())
            {
                return Err(entry.invalid(
                    field.as_str(),
                    format!(
                        "uses {{{slot}}}, which neither region \"{}\" nor the country's words define",
                        region.name
                    ),
                ));
            }
        }
    }
    Ok(Sector {
        id: raw.id.clone(),
        industry,
        weight: raw.weight,
        label: entry.text::<100>("label", &raw.label)?.as_str().to_owned(),
        plural: entry.text::<100>("plural", &raw.plural)?.as_str().to_owned(),
        regions,
        towns,
        max_employees: raw.max_employees,
        turnover_per_employee: entry.range("turnover_per_employee", raw.turnover_per_employee)?,
        investment_share: entry.range("investment_share", raw.investment_share)?,
        largest_class,
        women_led,
        legal_forms,
        names,
        company_names,
        cooperative_names,
        descriptions,
        needs: needs(&entry, "needs", &raw.needs)?,
    })
}

/// The sector's towns by region: each named town must be a town of one of the sector's
/// regions, and each of those regions must keep at least one.
fn sector_towns(
    entry: &Entry,
    raw: &RawSector,
    facts: &Facts,
    regions: &[usize],
) -> Result<Vec<(usize, Vec<String>)>, DemoError> {
    let Some(towns) = &raw.towns else {
        return Ok(Vec::new());
    };
    let mut by_region: Vec<(usize, Vec<String>)> = regions.iter().map(|&r| (r, Vec::new())).collect();
    for (index, town) in towns.iter().enumerate() {
        let Some((_, list)) = by_region.iter_mut().find(|(r, _)| facts.regions[*r].towns.contains(town))
        else {
            return Err(entry.invalid(
                format!("towns[{index}]"),
                format!("{town:?} is not a town of the sector's regions"),
            ));
        };
        list.push(town.clone());
    }
    if let Some((region, _)) = by_region.iter().find(|(_, list)| list.is_empty()) {
        return Err(entry.invalid(
            "towns",
            format!(
                "name none of the towns of region \"{}\"; list one or leave the region out",
                facts.regions[*region].name
            ),
        ));
    }
    Ok(by_region)
}

/// The sector's own weights when it gives them, else the country's; cooperatives only where
/// the sector has names for them.
fn sector_legal_forms(
    entry: &Entry,
    raw: &RawSector,
    facts: &Facts,
    has_cooperative_names: bool,
) -> Result<Vec<(LegalForm, u32)>, DemoError> {
    let forms: Vec<(LegalForm, u32)> = match &raw.legal_forms {
        Some(weights) => {
            let mut forms = Vec::new();
            for (name, weight) in weights {
                let field = format!("legal_forms.{name}");
                let form = legal_form(entry, &field, name)?;
                if !facts.legal_forms.iter().any(|f| f.form == form) {
                    return Err(
                        entry.invalid(field, "is not a legal form of this file's [[legal_form]] list")
                    );
                }
                if form == LegalForm::Cooperative && !has_cooperative_names {
                    return Err(entry.invalid(field, "needs cooperative_names to name the cooperatives"));
                }
                forms.push((form, *weight));
            }
            forms
        }
        None => facts
            .legal_forms
            .iter()
            .filter(|f| f.form != LegalForm::Cooperative || has_cooperative_names)
            .map(|f| (f.form, f.weight))
            .collect(),
    };
    if forms.iter().all(|(_, weight)| *weight == 0) {
        return Err(entry.invalid("legal_forms", "must give at least one legal form a weight"));
    }
    Ok(forms)
}
