//! A country's partners and programmes, read from its `XX.toml`.
//!
//! A partner is real (with the pages it is described from in `sources`) or invented for the
//! demo. A programme is a verified real programme (`illustrative = false`, with its sources and
//! its real dates) or an illustrative one, whose window is given relative to the demo's date so
//! that the demo looks alive whenever it runs.

use jiff::ToSpan;
use jiff::civil::Date;
use mitra_domain::text::{Description, Name, Region};
use mitra_domain::{
    Capacity, ChannelNote, Country, Language, OpportunityDraft, OrganizationDraft, OrganizationKind,
    PartnerProfile, Priorities, SizeClass,
};
use mitra_domain::{FairnessTargets, ProgrammeDraft};
use serde::Deserialize;
use uuid::Uuid;

use crate::DemoError;
use crate::data::{Entry, first_repeat, from_toml, names};
use crate::facts::Facts;

#[derive(Debug)]
pub(crate) struct Catalogue {
    pub country: Country,
    /// The ISO 4217 code amounts in this file are in.
    pub currency: String,
    /// The languages partners publish in unless an entry says otherwise.
    pub languages: Vec<Language>,
    pub partners: Vec<Partner>,
    pub programmes: Vec<Programme>,
    /// Programmes in Mitra's own sense (`[[umbrella]]`): what a partner runs, grouping
    /// `[[programme]]` entries (which are opportunities, and were named before these).
    pub umbrellas: Vec<Umbrella>,
}

/// A programme grouping opportunities of the file, run by one of its partners.
#[derive(Debug)]
pub(crate) struct Umbrella {
    /// Index into [`Catalogue::partners`].
    pub run_by: usize,
    /// Indices into [`Catalogue::programmes`].
    pub members: Vec<usize>,
    /// The programme, run by nobody yet (the partner's id is given when it is stored).
    pub draft: ProgrammeDraft,
}

#[derive(Debug)]
pub(crate) struct Partner {
    pub id: String,
    pub draft: OrganizationDraft,
}

#[derive(Debug)]
pub(crate) struct Programme {
    pub id: String,
    /// Index into [`Catalogue::partners`].
    pub partner: usize,
    pub window: Window,
    /// Its eligibility rules: versions of criteria, each from a date (`None`: the opening).
    pub rules: Vec<(Option<Date>, Vec<mitra_eligibility::Criterion>)>,
    /// The programme without its dates, which [`Programme::on`] places.
    draft: OpportunityDraft,
}

/// When a programme takes applications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub opens: Day,
    /// `None` for a rolling intake.
    pub closes: Option<Day>,
}

/// A day, fixed or relative to the demo's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Day {
    On(Date),
    DaysBefore(u32),
    DaysAfter(u32),
}

impl Day {
    pub fn on(self, today: Date) -> Date {
        let shifted = |days: i64| today.checked_add(days.days()).unwrap_or(today);
        match self {
            Self::On(day) => day,
            Self::DaysBefore(days) => shifted(-i64::from(days)),
            Self::DaysAfter(days) => shifted(i64::from(days)),
        }
    }

    /// Days after the demo's date, negative before; `None` for a fixed day.
    fn offset(self) -> Option<i64> {
        match self {
            Self::On(_) => None,
            Self::DaysBefore(days) => Some(-i64::from(days)),
            Self::DaysAfter(days) => Some(i64::from(days)),
        }
    }
}

impl Programme {
    /// The programme as an opportunity of a demo dated `today`.
    pub fn on(&self, today: Date) -> OpportunityDraft {
        OpportunityDraft {
            opens_on: Some(self.window.opens.on(today)),
            closes_on: self.window.closes.map(|day| day.on(today)),
            ..self.draft.clone()
        }
    }

    /// Its rule sets in a demo dated `today`, oldest first.
    pub fn rule_sets(&self, today: Date) -> Vec<mitra_eligibility::RuleSetDraft> {
        let opens = self.window.opens.on(today);
        self.rules
            .iter()
            .map(|(from, criteria)| mitra_eligibility::RuleSetDraft {
                applies_from: from.unwrap_or(opens),
                criteria: criteria.clone(),
            })
            .collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogue {
    country: RawCountry,
    #[serde(rename = "partner")]
    partners: Vec<RawPartner>,
    #[serde(rename = "programme", default)]
    programmes: Vec<RawProgramme>,
    #[serde(rename = "umbrella", default)]
    umbrellas: Vec<RawUmbrella>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUmbrella {
    id: String,
    run_by: String,
    name: String,
    description: String,
    channel: String,
    /// The ids of its `[[programme]]` entries.
    opportunities: Vec<String>,
    starts_on: String,
    ends_on: Option<String>,
    baseline_year: Option<i16>,
    #[serde(default)]
    regions: Vec<String>,
    women_led: Option<u8>,
    youth_led: Option<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    code: String,
    currency: String,
    languages: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartner {
    id: String,
    kind: String,
    name: String,
    description: String,
    region: Option<String>,
    languages: Option<Vec<String>>,
    real: bool,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    offers: Vec<RawOffer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffer {
    channel: String,
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProgramme {
    id: String,
    partner: String,
    channel: String,
    title: String,
    description: String,
    illustrative: bool,
    #[serde(default)]
    sources: Vec<String>,
    opens: Option<String>,
    opens_days_before: Option<u32>,
    opens_days_after: Option<u32>,
    closes: Option<String>,
    closes_days_before: Option<u32>,
    closes_days_after: Option<u32>,
    languages: Vec<String>,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    industries: Vec<String>,
    #[serde(default)]
    size_classes: Vec<String>,
    #[serde(default)]
    priorities: RawPriorities,
    seats: Option<u32>,
    mentor_slots: Option<u32>,
    budget: Option<u64>,
    max_per_firm: Option<u64>,
    /// `"ceba"` for the CEBA rule set's three versions and its relief-loan terms.
    #[serde(default)]
    rules: Option<String>,
    /// Eligibility criteria written here, applying from the programme's opening.
    #[serde(default, rename = "criterion")]
    criteria: Vec<RawCriterion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCriterion {
    key: String,
    expression: String,
    labels: std::collections::BTreeMap<String, String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPriorities {
    #[serde(default)]
    women_led: bool,
    #[serde(default)]
    youth_led: bool,
}

/// Reads and checks a country's catalogue; regions must be regions of the country's `facts`.
pub(crate) fn parse(file: &str, text: &str, facts: &Facts) -> Result<Catalogue, DemoError> {
    let raw: RawCatalogue = from_toml(file, text)?;
    let top = Entry::new(file, "[country]");
    let country = Country::parse(&raw.country.code).map_err(|error| top.invalid("code", error))?;
    if country != facts.country {
        return Err(top.invalid(
            "code",
            format!("is {country}, but the country's names file is for {}", facts.country),
        ));
    }
    let currency = raw.country.currency.trim().to_ascii_uppercase();
    top.money("currency", 0, &currency)?;
    let languages = top.languages("languages", &raw.country.languages)?;
    let context = Context { file, country, currency: &currency, languages: &languages, facts };

    let mut partners: Vec<Partner> = Vec::new();
    for raw_partner in &raw.partners {
        let partner = context.partner(raw_partner)?;
        let entry = Entry::named(file, "partner", &partner.id);
        if partners.iter().any(|p| p.id == partner.id) {
            return Err(entry.invalid("id", "repeats an earlier partner's id"));
        }
        if partners.iter().any(|p| p.draft.name == partner.draft.name) {
            return Err(entry.invalid("name", "repeats an earlier partner's name"));
        }
        partners.push(partner);
    }
    if partners.is_empty() {
        return Err(Entry::new(file, "the file").invalid("partner", "must list at least one partner"));
    }
    let mut programmes: Vec<Programme> = Vec::new();
    for raw_programme in &raw.programmes {
        let programme = context.programme(raw_programme, &partners)?;
        if programmes.iter().any(|p| p.id == programme.id) {
            return Err(Entry::named(file, "programme", &programme.id)
                .invalid("id", "repeats an earlier programme's id"));
        }
        programmes.push(programme);
    }
    let mut umbrellas = Vec::new();
    for raw_umbrella in &raw.umbrellas {
        umbrellas.push(context.umbrella(raw_umbrella, &partners, &raw.programmes, &programmes)?);
    }
    Ok(Catalogue { country, currency, languages, partners, programmes, umbrellas })
}

/// What every entry of one file is read against.
struct Context<'a> {
    file: &'a str,
    country: Country,
    currency: &'a str,
    languages: &'a [Language],
    facts: &'a Facts,
}

impl Context<'_> {
    fn partner(&self, raw: &RawPartner) -> Result<Partner, DemoError> {
        let entry = Entry::named(self.file, "partner", &raw.id);
        let kind = OrganizationKind::parse(&raw.kind)
            .filter(|kind| *kind != OrganizationKind::Msme)
            .ok_or_else(|| {
                let partner_kinds: Vec<_> =
                    OrganizationKind::ALL.iter().filter(|k| **k != OrganizationKind::Msme).collect();
                entry.invalid("kind", format!("is not a kind of partner (one of {})", names(&partner_kinds)))
            })?;
        sources(&entry, raw.real, "real = true", &raw.sources)?;
        let region = raw.region.as_deref().map(|name| self.region(&entry, "region", name)).transpose()?;
        let languages = match &raw.languages {
            Some(list) => entry.languages("languages", list)?,
            None => self.languages.to_vec(),
        };
        let offers = raw
            .offers
            .iter()
            .enumerate()
            .map(|(index, offer)| {
                Ok(ChannelNote {
                    channel: entry.channel(&format!("offers[{index}].channel"), &offer.channel)?,
                    description: entry.text(&format!("offers[{index}].description"), &offer.description)?,
                })
            })
            .collect::<Result<Vec<_>, DemoError>>()?;
        let draft = OrganizationDraft {
            kind,
            name: entry.text::<200>("name", &raw.name)?,
            country: self.country,
            region,
            languages,
            description: Some(entry.text::<5000>("description", &raw.description)?),
            msme: None,
            partner: Some(PartnerProfile { offers }),
        };
        Ok(Partner { id: raw.id.clone(), draft })
    }

    fn umbrella(
        &self,
        raw: &RawUmbrella,
        partners: &[Partner],
        raw_programmes: &[RawProgramme],
        programmes: &[Programme],
    ) -> Result<Umbrella, DemoError> {
        let entry = Entry::named(self.file, "umbrella", &raw.id);
        let run_by = partners.iter().position(|p| p.id == raw.run_by).ok_or_else(|| {
            entry.invalid("run_by", format!("names no partner of the file: {}", raw.run_by))
        })?;
        let channel = entry.channel("channel", &raw.channel)?;
        let mut members = Vec::new();
        for (index, id) in raw.opportunities.iter().enumerate() {
            let field = format!("opportunities[{index}]");
            let member = raw_programmes
                .iter()
                .position(|p| &p.id == id)
                .ok_or_else(|| entry.invalid(&field, format!("names no programme of the file: {id}")))?;
            if programmes[member].on(jiff::civil::date(2026, 1, 1)).channel != channel {
                return Err(entry.invalid(&field, format!("is not on the channel {channel}: {id}")));
            }
            members.push(member);
        }
        let date = |field: &str, raw: &str| {
            raw.parse::<Date>().map_err(|_| entry.invalid(field, format!("is not a YYYY-MM-DD date: {raw}")))
        };
        let regions = raw
            .regions
            .iter()
            .map(|name| self.region(&entry, "regions", name))
            .collect::<Result<Vec<_>, DemoError>>()?;
        let draft = ProgrammeDraft {
            run_by: Uuid::nil(),
            name: entry.text::<200>("name", &raw.name)?,
            description: entry.text::<5000>("description", &raw.description)?,
            channel,
            country: self.country,
            regions,
            starts_on: date("starts_on", &raw.starts_on)?,
            ends_on: raw.ends_on.as_deref().map(|d| date("ends_on", d)).transpose()?,
            baseline_year: raw.baseline_year.unwrap_or(mitra_domain::recovery::DEFAULT_BASELINE_YEAR),
            targets: FairnessTargets { women_led: raw.women_led, youth_led: raw.youth_led, regions: vec![] },
        };
        let draft = draft
            .check()
            .map_err(|problems| entry.invalid(&problems[0].field, &problems[0].problem))?
            .into_inner();
        Ok(Umbrella { run_by, members, draft })
    }

    fn programme(&self, raw: &RawProgramme, partners: &[Partner]) -> Result<Programme, DemoError> {
        let entry = Entry::named(self.file, "programme", &raw.id);
        let partner = partners.iter().position(|p| p.id == raw.partner).ok_or_else(|| {
            entry.invalid("partner", format!("{:?} is not a partner of this file", raw.partner))
        })?;
        sources(&entry, !raw.illustrative, "illustrative = false", &raw.sources)?;
        let window = window(&entry, raw)?;
        let regions = raw
            .regions
            .iter()
            .enumerate()
            .map(|(index, name)| self.region(&entry, &format!("regions[{index}]"), name))
            .collect::<Result<Vec<_>, _>>()?;
        let industries = raw
            .industries
            .iter()
            .enumerate()
            .map(|(index, code)| entry.isic(&format!("industries[{index}]"), code, false))
            .collect::<Result<Vec<_>, _>>()?;
        let size_classes = raw
            .size_classes
            .iter()
            .enumerate()
            .map(|(index, class)| {
                SizeClass::parse(class).ok_or_else(|| {
                    entry.invalid(
                        format!("size_classes[{index}]"),
                        format!("is not a size class (one of {})", names(&SizeClass::ALL)),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        for (field, repeat) in [
            ("regions", first_repeat(&regions)),
            ("industries", first_repeat(&industries)),
            ("size_classes", first_repeat(&size_classes)),
        ] {
            if let Some(index) = repeat {
                return Err(entry.invalid(format!("{field}[{index}]"), "repeats an earlier value"));
            }
        }
        let budget = raw.budget.map(|amount| entry.money("budget", amount, self.currency)).transpose()?;
        let max_per_firm =
            raw.max_per_firm.map(|amount| entry.money("max_per_firm", amount, self.currency)).transpose()?;
        if let (Some(budget), Some(per_firm)) = (raw.budget, raw.max_per_firm)
            && per_firm > budget
        {
            return Err(entry.invalid("max_per_firm", format!("must not exceed the budget ({budget})")));
        }
        let title: Name = entry.text("title", &raw.title)?;
        let description: Description = entry.text("description", &raw.description)?;
        let draft = OpportunityDraft {
            partner_id: Uuid::nil(),
            programme_id: None,
            title,
            description,
            channel: entry.channel("channel", &raw.channel)?,
            capacity: Capacity { seats: raw.seats, budget, mentor_slots: raw.mentor_slots, max_per_firm },
            opens_on: None,
            closes_on: None,
            languages: entry.languages("languages", &raw.languages)?,
            country: self.country,
            regions,
            industries,
            size_classes,
            priorities: Priorities {
                women_led: raw.priorities.women_led,
                youth_led: raw.priorities.youth_led,
            },
            illustrative: raw.illustrative,
            relief_loan: None,
        };
        let mut draft = draft;
        let mut rules = Vec::new();
        match raw.rules.as_deref() {
            None => {}
            Some("ceba") => {
                draft.relief_loan = Some(mitra_domain::relief::ReliefLoanTerms::ceba());
                rules.extend(
                    mitra_eligibility::ceba::rule_sets()
                        .into_iter()
                        .map(|set| (Some(set.applies_from), set.criteria)),
                );
            }
            Some(other) => return Err(entry.invalid("rules", format!("names no known rule set: {other}"))),
        }
        if !raw.criteria.is_empty() {
            let criteria =
                raw.criteria.iter().map(|c| criterion(&entry, c)).collect::<Result<Vec<_>, DemoError>>()?;
            rules.push((None, criteria));
        }
        Ok(Programme { id: raw.id.clone(), partner, window, draft, rules })
    }

    /// A region of the country, as its names file spells it.
    fn region(&self, entry: &Entry, field: &str, name: &str) -> Result<Region, DemoError> {
        self.facts
            .regions
            .iter()
            .find(|region| region.name.as_str() == name)
            .map(|region| region.name.clone())
            .ok_or_else(|| {
                entry.invalid(field, format!("{name:?} is not a region of the country's names file"))
            })
    }
}

/// A real entry names its sources, each a web address.
fn sources(entry: &Entry, real: bool, flag: &str, sources: &[String]) -> Result<(), DemoError> {
    if real && sources.is_empty() {
        return Err(
            entry.invalid("sources", format!("must name the pages an entry with {flag} is described from"))
        );
    }
    if let Some(index) = sources.iter().position(|s| !(s.starts_with("https://") || s.starts_with("http://")))
    {
        return Err(entry.invalid(format!("sources[{index}]"), "must be a web address (https://...)"));
    }
    Ok(())
}

/// A real programme keeps its real dates; an illustrative one is placed relative to the demo's
/// date.
fn window(entry: &Entry, raw: &RawProgramme) -> Result<Window, DemoError> {
    let day = |name: &str, on: &Option<String>, before: Option<u32>, after: Option<u32>| {
        let given = [on.is_some(), before.is_some(), after.is_some()].iter().filter(|g| **g).count();
        if given > 1 {
            return Err(entry.invalid(
                name,
                format!("must be given once: {name}, {name}_days_before or {name}_days_after"),
            ));
        }
        match (on, before, after) {
            (Some(on), _, _) if raw.illustrative => Err(entry.invalid(
                name,
                format!(
                    "must be relative to the demo's date for an illustrative programme \
                     ({name}_days_before or {name}_days_after), got {on:?}"
                ),
            )),
            (Some(on), _, _) => on.parse::<Date>().map(|d| Some(Day::On(d))).map_err(|error| {
                entry.invalid(name, format!("is not a date such as 2020-04-09: {on:?} ({error})"))
            }),
            (None, Some(_), _) | (None, _, Some(_)) if !raw.illustrative => Err(entry.invalid(
                format!("{name}_days_{}", if before.is_some() { "before" } else { "after" }),
                format!("cannot be relative for a real programme: give its real date as {name}"),
            )),
            (None, Some(days), _) => Ok(Some(Day::DaysBefore(days))),
            (None, _, Some(days)) => Ok(Some(Day::DaysAfter(days))),
            (None, None, None) => Ok(None),
        }
    };
    let opens = day("opens", &raw.opens, raw.opens_days_before, raw.opens_days_after)?.ok_or_else(|| {
        entry.invalid("opens", "is required (opens, opens_days_before or opens_days_after)")
    })?;
    let closes = day("closes", &raw.closes, raw.closes_days_before, raw.closes_days_after)?;
    let closes_before_opening = match (opens, closes) {
        (Day::On(opens), Some(Day::On(closes))) => closes < opens,
        (opens, Some(closes)) => opens.offset().zip(closes.offset()).is_some_and(|(o, c)| c < o),
        (_, None) => false,
    };
    if closes_before_opening {
        return Err(entry.invalid("closes", "must not be before the programme opens"));
    }
    Ok(Window { opens, closes })
}

fn criterion(entry: &Entry, raw: &RawCriterion) -> Result<mitra_eligibility::Criterion, DemoError> {
    let mut labels = std::collections::BTreeMap::new();
    for (code, label) in &raw.labels {
        let language = mitra_domain::Language::parse(code)
            .map_err(|_| entry.invalid("criterion.labels", format!("names no language: {code}")))?;
        labels.insert(language, entry.text("criterion.labels", label)?);
    }
    Ok(mitra_eligibility::Criterion {
        key: entry.text("criterion.key", &raw.key)?,
        labels,
        expression: raw.expression.clone(),
    })
}
