//! Scoring: how well one opportunity (or a partner's standing offer) fits one MSME, as a sum of
//! named contributions, so that every recommendation carries its explanation.
//!
//! The inputs are plain data that the server fills from its own types: [`Msme`] and
//! [`Opportunity`]. Countries, regions and languages are codes or names compared without
//! regard to case; industries are ISIC paths such as `["C", "10", "107", "1073"]`.
//!
//! - Hard filters ([`Excluded`]): a closed opportunity, one without capacity left, one
//!   restricted to another country or to other regions, one delivered in no language the MSME
//!   speaks. An excluded opportunity has no score.
//! - Contributions ([`Contribution`], scaled by [`Weights`]): industry closeness through the
//!   ISIC hierarchy, same country, same region, size-class fit, need on the opportunity's
//!   channel, text relevance (BM25, [`TextIndex`]) of the MSME's needs to the opportunity's
//!   description, shared language, recovery need, and the ownership priorities
//!   (women-led, youth-led) an opportunity declares.
//!
//! [`explain`] scores one pair; [`crate::topk::Catalogue`] reads many opportunities once into
//! the same compact features and scores them fast.

use std::collections::HashMap;
use std::fmt;

/// The five channels through which partnerships help an MSME recover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Resources,
    Knowledge,
    Networking,
    Markets,
    Training,
}

impl Channel {
    pub const ALL: [Channel; 5] =
        [Self::Resources, Self::Knowledge, Self::Networking, Self::Markets, Self::Training];

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A firm's size class, computed elsewhere (by the domain's country rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SizeClass {
    Micro,
    Small,
    Medium,
    Large,
}

impl SizeClass {
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// An ISIC Rev.4 code with its ancestors: a section letter, then a division (2 digits), a group
/// (3) and a class (4), each extending the one before. A path may stop at any level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IsicPath {
    /// Packed in 32 bits so that the catalogue keeps it inline: the depth (bits 29-31), the
    /// section letter (24-28, 1 for A), the division (16-23), the group's last digit (8-15)
    /// and the class's last digit (0-7); 0 past the depth.
    packed: u32,
}

/// The bits of an [`IsicPath`] that must agree for two paths to share 1, 2, 3 or 4 levels.
const ISIC_LEVEL_MASKS: [u32; 4] = [0x1F00_0000, 0x1FFF_0000, 0x1FFF_FF00, 0x1FFF_FFFF];

/// An ISIC path that is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IsicPathError {
    #[error("an ISIC path needs at least its section letter")]
    Empty,
    #[error("an ISIC path has at most 4 levels (section, division, group, class), got {0}")]
    TooDeep(usize),
    #[error("ISIC section must be one letter, got {0:?}")]
    Section(String),
    #[error("ISIC level {level} must be {digits} digits extending the level above, got {got:?}")]
    Level { level: usize, digits: usize, got: String },
}

impl IsicPath {
    /// Reads a path such as `["C", "10", "107", "1073"]` (what the domain's `isic_path` gives).
    pub fn parse<S: AsRef<str>>(path: &[S]) -> Result<Self, IsicPathError> {
        if path.is_empty() {
            return Err(IsicPathError::Empty);
        }
        if path.len() > 4 {
            return Err(IsicPathError::TooDeep(path.len()));
        }
        let mut packed = (path.len() as u32) << 29;
        for (level, code) in path.iter().map(|code| code.as_ref().trim()).enumerate() {
            let well_formed = if level == 0 {
                code.len() == 1 && code.bytes().all(|b| b.is_ascii_alphabetic())
            } else {
                code.len() == level + 1
                    && code.bytes().all(|b| b.is_ascii_digit())
                    && (level == 1 || code.starts_with(path[level - 1].as_ref().trim()))
            };
            if !well_formed {
                return Err(if level == 0 {
                    IsicPathError::Section(code.to_owned())
                } else {
                    IsicPathError::Level { level, digits: level + 1, got: code.to_owned() }
                });
            }
            let bytes = code.as_bytes();
            packed |= match level {
                0 => u32::from(bytes[0].to_ascii_uppercase() - b'A' + 1) << 24,
                1 => u32::from((bytes[0] - b'0') * 10 + (bytes[1] - b'0')) << 16,
                2 => u32::from(bytes[2] - b'0') << 8,
                _ => u32::from(bytes[3] - b'0'),
            };
        }
        Ok(IsicPath { packed })
    }

    /// How many levels the path has: 1 (section) to 4 (class).
    pub fn depth(&self) -> usize {
        (self.packed >> 29) as usize
    }

    /// How many levels, from the section down, two paths have in common.
    #[inline]
    pub fn shared_depth(&self, other: &IsicPath) -> usize {
        let differing = self.packed ^ other.packed;
        let depth = self.depth().min(other.depth());
        ISIC_LEVEL_MASKS[..depth].iter().take_while(|mask| differing & **mask == 0).count()
    }
}

/// How close an MSME's industry is to what an opportunity is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IndustryCloseness {
    /// Not even the same section.
    Unrelated,
    /// The same section letter only.
    Section,
    /// The same division (2 digits).
    Division,
    /// The same group (3 digits).
    Group,
    /// The same class, or inside a broader industry the opportunity is for.
    Class,
}

impl IndustryCloseness {
    /// Of `msme` to the best of `targets`. `None` when the opportunity is for any industry.
    pub fn of(msme: &IsicPath, targets: &[IsicPath]) -> Option<Self> {
        let closeness = |target: &IsicPath| match msme.shared_depth(target) {
            shared if shared == target.depth() => Self::Class,
            0 => Self::Unrelated,
            1 => Self::Section,
            2 => Self::Division,
            _ => Self::Group,
        };
        targets.iter().map(closeness).max()
    }

    /// The share of the industry weight it earns.
    pub fn fraction(self) -> f32 {
        match self {
            Self::Unrelated => 0.0,
            Self::Section => 0.25,
            Self::Division => 0.5,
            Self::Group => 0.75,
            Self::Class => 1.0,
        }
    }
}

/// The share of the industry weight an opportunity for any industry earns: more than one aimed
/// at another division, less than one aimed at the firm's own.
pub const ANY_INDUSTRY_FRACTION: f32 = 0.4;

/// What an MSME needs on one channel, in its own words.
#[derive(Debug, Clone, PartialEq)]
pub struct Need {
    pub channel: Channel,
    pub description: String,
}

/// An MSME's revenue now and before the shock, in any one currency.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Revenue {
    pub current: f64,
    pub baseline: f64,
}

impl Revenue {
    /// How far revenue is below its baseline, from 0 (recovered or above) to 1 (none left).
    pub fn gap(&self) -> f32 {
        if self.baseline > 0.0 && self.current.is_finite() {
            ((self.baseline - self.current) / self.baseline).clamp(0.0, 1.0) as f32
        } else {
            0.0
        }
    }
}

/// An MSME as the scorer sees it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Msme {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub region: Option<String>,
    /// ISO 639-1 codes, the preferred one first.
    pub languages: Vec<String>,
    pub industry: Option<IsicPath>,
    pub size_class: Option<SizeClass>,
    pub needs: Vec<Need>,
    /// Absent when the firm has not reported figures.
    pub revenue: Option<Revenue>,
    pub women_led: bool,
    pub youth_led: bool,
}

/// An opportunity, or a partner's standing offer on one channel, as the scorer sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Opportunity {
    pub channel: Channel,
    /// Title and description: what the text relevance is computed on.
    pub description: String,
    /// The only country it serves; `None` for any.
    pub country: Option<String>,
    /// The only regions it serves; empty for the whole country.
    pub regions: Vec<String>,
    /// The languages it is delivered in; an MSME must speak one. Empty means no requirement.
    pub languages: Vec<String>,
    /// Industries it is for; empty for any.
    pub industries: Vec<IsicPath>,
    /// Size classes it is for; empty for any.
    pub size_classes: Vec<SizeClass>,
    /// Seats, slots or loans left; `None` when not limited.
    pub capacity_left: Option<u32>,
    /// False once it no longer takes applications.
    pub open: bool,
    /// The programme gives priority to women-led firms.
    pub prioritises_women_led: bool,
    /// The programme gives priority to youth-led firms.
    pub prioritises_youth_led: bool,
}

impl Default for Opportunity {
    fn default() -> Self {
        Opportunity {
            channel: Channel::Resources,
            description: String::new(),
            country: None,
            regions: Vec::new(),
            languages: Vec::new(),
            industries: Vec::new(),
            size_classes: Vec::new(),
            capacity_left: None,
            open: true,
            prioritises_women_led: false,
            prioritises_youth_led: false,
        }
    }
}

/// Why an opportunity is not offered to an MSME at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum Excluded {
    #[error("the opportunity is closed")]
    Closed,
    #[error("the opportunity has no capacity left")]
    NoCapacityLeft,
    #[error("the opportunity serves another country")]
    OutsideCountry,
    #[error("the opportunity serves other regions")]
    OutsideRegion,
    #[error("the opportunity is delivered in no language the firm speaks")]
    NoSharedLanguage,
}

/// The named parts of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Contribution {
    /// The firm's industry is one the opportunity is for, or close to one (by ISIC level).
    Industry,
    /// The opportunity is for any industry: a smaller share of the industry weight, under its
    /// own name, so that no one is told an opportunity "fits your industry" when it targets none.
    AnyIndustry,
    SameCountry,
    SameRegion,
    SizeFit,
    ChannelNeed,
    TextRelevance,
    SharedLanguage,
    RecoveryNeed,
    WomenLed,
    YouthLed,
}

impl Contribution {
    pub const ALL: [Contribution; 11] = [
        Self::Industry,
        Self::AnyIndustry,
        Self::SameCountry,
        Self::SameRegion,
        Self::SizeFit,
        Self::ChannelNeed,
        Self::TextRelevance,
        Self::SharedLanguage,
        Self::RecoveryNeed,
        Self::WomenLed,
        Self::YouthLed,
    ];

    /// The name used in the API and in message keys.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Industry => "industry",
            Self::AnyIndustry => "any_industry",
            Self::SameCountry => "same_country",
            Self::SameRegion => "same_region",
            Self::SizeFit => "size_fit",
            Self::ChannelNeed => "channel_need",
            Self::TextRelevance => "text_relevance",
            Self::SharedLanguage => "shared_language",
            Self::RecoveryNeed => "recovery_need",
            Self::WomenLed => "women_led",
            Self::YouthLed => "youth_led",
        }
    }
}

impl fmt::Display for Contribution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much each contribution can add; a programme sets its own. Each is the most its
/// contribution gives (size fit also takes it away when a firm is outside the target classes).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// For the same ISIC class, less by level (see [`IndustryCloseness::fraction`]).
    pub industry: f32,
    /// For an opportunity restricted to the firm's own country rather than open to any.
    pub same_country: f32,
    /// For an opportunity aimed at the firm's own region.
    pub same_region: f32,
    /// Added when the firm is in the target size classes, taken away when it is not.
    pub size_fit: f32,
    /// When the firm states a need on the opportunity's channel.
    pub channel_need: f32,
    /// Times the BM25 relevance of the firm's needs to the description, from 0 to 1.
    pub text_relevance: f32,
    /// When the firm's preferred language is offered; half when only another one is.
    pub shared_language: f32,
    /// Times how far revenue is below its baseline, from 0 to 1.
    pub recovery_need: f32,
    /// When the firm is women-led and the opportunity gives them priority.
    pub women_led: f32,
    /// When the firm is youth-led and the opportunity gives them priority.
    pub youth_led: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            industry: 2.0,
            same_country: 0.5,
            same_region: 1.0,
            size_fit: 1.0,
            channel_need: 3.0,
            text_relevance: 3.0,
            shared_language: 0.5,
            recovery_need: 1.0,
            women_led: 1.0,
            youth_led: 1.0,
        }
    }
}

/// A score and its parts: the score is the sum of the parts, added in [`Contribution::ALL`]
/// order.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Breakdown {
    values: [f32; 11],
}

impl Breakdown {
    pub fn get(&self, contribution: Contribution) -> f32 {
        self.values[contribution as usize]
    }

    /// The score.
    pub fn total(&self) -> f32 {
        self.values.iter().sum()
    }

    /// The parts that are not zero, in [`Contribution::ALL`] order.
    pub fn contributions(&self) -> impl Iterator<Item = (Contribution, f32)> + '_ {
        Contribution::ALL.into_iter().zip(self.values).filter(|(_, value)| *value != 0.0)
    }

    fn set(&mut self, contribution: Contribution, value: f32) {
        self.values[contribution as usize] = value;
    }
}

/// Scores one pair. `text_relevance` is the BM25 relevance from 0 to 1, such as
/// [`TextIndex::relevance_to`] gives; [`crate::topk::Catalogue::explain`] computes it itself.
pub fn explain(
    msme: &Msme,
    opportunity: &Opportunity,
    text_relevance: f32,
    weights: &Weights,
) -> Result<Breakdown, Excluded> {
    let mut vocabulary = Vocabulary::default();
    let (hot, cold) = opportunity_features(opportunity, &mut vocabulary);
    let msme = MsmeFeatures::new(msme, &vocabulary);
    hot.exclusion(&cold, &msme).map_or(Ok(()), Err)?;
    Ok(hot.breakdown(&cold, &msme, text_relevance, weights))
}

// --- Text relevance --------------------------------------------------------------------------

/// The BM25 parameters and tokenisation of a [`TextIndex`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bm25 {
    /// How fast repeated terms saturate.
    pub k1: f32,
    /// How much longer documents are penalised, from 0 (not) to 1 (fully).
    pub b: f32,
    /// Whether common English words are dropped.
    pub stop_words: bool,
}

impl Default for Bm25 {
    fn default() -> Self {
        Bm25 { k1: 1.2, b: 0.75, stop_words: true }
    }
}

/// Words too common to tell documents apart.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of",
    "on", "or", "our", "that", "the", "their", "this", "to", "we", "with", "who", "you", "your",
];

/// The lower-case words of a text: runs of letters, digits and combining marks (so that
/// Devanagari vowel signs stay inside their word).
pub fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}')
}

/// A BM25 index over a list of documents that can grow, change and shrink.
///
/// Each posting keeps the raw term frequency; the length normalisation, which depends on the
/// average document length, is applied when a query is scored. So adding, replacing or removing
/// one document touches only its own terms' postings, and the statistics (document count,
/// document frequencies, average length) stay exactly those of a fresh build over the same
/// documents.
#[derive(Debug, Clone)]
pub struct TextIndex {
    params: Bm25,
    terms: HashMap<String, u32>,
    /// For each term, the documents that have it in increasing order, with its frequency there.
    postings: Vec<Vec<(u32, u32)>>,
    /// For each document slot, its distinct terms; `None` once removed.
    documents: Vec<Option<Box<[u32]>>>,
    /// For each document slot, its length in terms (0 once removed).
    lengths: Vec<u32>,
    live: usize,
    total_length: u64,
}

impl TextIndex {
    /// An empty index.
    pub fn new(params: Bm25) -> Self {
        TextIndex {
            params,
            terms: HashMap::new(),
            postings: Vec::new(),
            documents: Vec::new(),
            lengths: Vec::new(),
            live: 0,
            total_length: 0,
        }
    }

    /// Indexes `documents` with the default parameters.
    pub fn build<'a>(documents: impl IntoIterator<Item = &'a str>) -> Self {
        Self::build_with(documents, Bm25::default())
    }

    /// Indexes `documents`; document `i` is the `i`-th text.
    pub fn build_with<'a>(documents: impl IntoIterator<Item = &'a str>, params: Bm25) -> Self {
        let mut index = Self::new(params);
        for text in documents {
            index.push(text);
        }
        index
    }

    /// Adds a document after the others and returns its slot.
    pub fn push(&mut self, text: &str) -> usize {
        let slot = self.documents.len();
        self.documents.push(None);
        self.lengths.push(0);
        self.insert(slot, text);
        slot
    }

    /// Replaces the text of the document in `slot` (which may have been removed).
    pub fn replace(&mut self, slot: usize, text: &str) {
        self.remove(slot);
        self.insert(slot, text);
    }

    /// Takes the document in `slot` out of the index; its slot stays, scoring 0.
    pub fn remove(&mut self, slot: usize) {
        let Some(terms) = self.documents.get_mut(slot).and_then(Option::take) else {
            return;
        };
        for term in terms.iter() {
            let postings = &mut self.postings[*term as usize];
            if let Ok(found) = postings.binary_search_by_key(&(slot as u32), |(d, _)| *d) {
                postings.remove(found);
            }
        }
        self.total_length -= u64::from(self.lengths[slot]);
        self.lengths[slot] = 0;
        self.live -= 1;
    }

    fn insert(&mut self, slot: usize, text: &str) {
        let stop_words = self.params.stop_words;
        let mut document_terms: Vec<u32> = Vec::new();
        for token in tokens(text).filter(|token| !(stop_words && STOP_WORDS.contains(&token.as_str()))) {
            let next = self.terms.len() as u32;
            let term = *self.terms.entry(token).or_insert(next);
            if term == next {
                self.postings.push(Vec::new());
            }
            document_terms.push(term);
        }
        let length = document_terms.len() as u32;
        document_terms.sort_unstable();
        let mut distinct = Vec::new();
        for run in document_terms.chunk_by(|a, b| a == b) {
            let postings = &mut self.postings[run[0] as usize];
            let entry = (slot as u32, run.len() as u32);
            match postings.last() {
                Some((last, _)) if *last as usize > slot => {
                    let at = postings.partition_point(|(d, _)| (*d as usize) < slot);
                    postings.insert(at, entry);
                }
                _ => postings.push(entry),
            }
            distinct.push(run[0]);
        }
        self.documents[slot] = Some(distinct.into_boxed_slice());
        self.lengths[slot] = length;
        self.total_length += u64::from(length);
        self.live += 1;
    }

    /// The number of documents in the index.
    pub fn len(&self) -> usize {
        self.live
    }

    /// Whether the index holds no document.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The number of slots, removed documents included: the length of [`Self::relevance`].
    pub fn slots(&self) -> usize {
        self.documents.len()
    }

    /// The inverse document frequency of a term (the Lucene form, never negative); 0 for a term
    /// no document has.
    pub fn idf(&self, term: &str) -> f32 {
        self.terms.get(term).map_or(0.0, |t| self.idf_of(*t))
    }

    fn idf_of(&self, term: u32) -> f32 {
        let n = self.len() as f32;
        let with_term = self.postings[term as usize].len() as f32;
        (1.0 + (n - with_term + 0.5) / (with_term + 0.5)).ln()
    }

    /// The BM25 relevance of every document slot to `query`, each divided by the most any
    /// document could get (every known query term with saturated frequency), so from 0 to 1.
    /// Each distinct query term counts once; terms no document has are left out.
    pub fn relevance(&self, query: &str) -> Vec<f32> {
        let mut scores = vec![0.0f32; self.slots()];
        let saturation = self.saturation();
        for (term, weight) in self.weighted_query(query) {
            for (document, frequency) in &self.postings[term as usize] {
                scores[*document as usize] +=
                    weight * saturation.of(*frequency, self.lengths[*document as usize]);
            }
        }
        scores
    }

    /// The relevance of one document, as [`Self::relevance`] gives it.
    pub fn relevance_to(&self, query: &str, document: usize) -> f32 {
        let saturation = self.saturation();
        let mut score = 0.0;
        for (term, weight) in self.weighted_query(query) {
            let postings = &self.postings[term as usize];
            if let Ok(found) = postings.binary_search_by_key(&(document as u32), |(d, _)| *d) {
                score += weight * saturation.of(postings[found].1, self.lengths[document]);
            }
        }
        score
    }

    fn saturation(&self) -> Saturation {
        let average = self.total_length as f32 / self.live.max(1) as f32;
        Saturation { k1: self.params.k1, b: self.params.b, average: average.max(1.0) }
    }

    /// The distinct known terms of a query, each with its IDF divided by the most a document
    /// could get (the sum of IDF times `k1 + 1` over those terms).
    fn weighted_query(&self, query: &str) -> Vec<(u32, f32)> {
        let mut terms = self.query_terms(query);
        let most: f32 = terms.iter().map(|(_, idf)| idf * (self.params.k1 + 1.0)).sum();
        if most <= 0.0 {
            return Vec::new();
        }
        for (_, idf) in &mut terms {
            *idf /= most;
        }
        terms
    }

    /// The distinct known terms of a query with their IDF, in first-seen order; terms that no
    /// document has any more are left out.
    fn query_terms(&self, query: &str) -> Vec<(u32, f32)> {
        let mut seen: Vec<(u32, f32)> = Vec::new();
        for token in tokens(query) {
            if let Some(term) = self.terms.get(&token)
                && !self.postings[*term as usize].is_empty()
                && !seen.iter().any(|(t, _)| t == term)
            {
                seen.push((*term, self.idf_of(*term)));
            }
        }
        seen
    }
}

/// BM25's saturation of a term frequency in a document of a given length.
struct Saturation {
    k1: f32,
    b: f32,
    average: f32,
}

impl Saturation {
    /// `f * (k1 + 1) / (f + k1 * (1 - b + b * length / average length))`.
    #[inline(always)]
    fn of(&self, frequency: u32, length: u32) -> f32 {
        let length_norm = self.k1 * (1.0 - self.b + self.b * length as f32 / self.average);
        let frequency = frequency as f32;
        frequency * (self.k1 + 1.0) / (frequency + length_norm)
    }
}

// --- Compact features, shared with `topk` ---------------------------------------------------

/// Interned countries, regions and languages: the catalogue compares small integers.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    countries: HashMap<String, u32>,
    regions: HashMap<String, u32>,
    languages: HashMap<String, u32>,
}

fn normalised(raw: &str) -> String {
    raw.trim().to_lowercase()
}

fn intern(table: &mut HashMap<String, u32>, raw: &str) -> u32 {
    let next = table.len() as u32;
    *table.entry(normalised(raw)).or_insert(next)
}

fn look_up(table: &HashMap<String, u32>, raw: &str) -> Option<u32> {
    table.get(&normalised(raw)).copied()
}

/// Languages as bits: bit `id` for the first 63 interned languages, [`MORE_LANGUAGES`] when the
/// set has others, which are then listed apart.
fn language_bits(ids: &[u32]) -> (u64, Box<[u32]>) {
    let mut bits = 0u64;
    let mut others = Vec::new();
    for id in ids {
        if *id < 63 {
            bits |= 1 << id;
        } else {
            bits |= MORE_LANGUAGES;
            others.push(*id);
        }
    }
    (bits, others.into_boxed_slice())
}

const MORE_LANGUAGES: u64 = 1 << 63;

/// A country that matches any: what an opportunity without a country restriction has, and an
/// MSME whose country no opportunity names.
const NO_COUNTRY: u32 = u32::MAX;

/// Bits of [`HotFeatures::flags`].
const AVAILABLE: u8 = 1;
const REGIONAL: u8 = 1 << 1;
const MORE_INDUSTRIES: u8 = 1 << 2;
const WOMEN_LED_PRIORITY: u8 = 1 << 3;
const YOUTH_LED_PRIORITY: u8 = 1 << 4;
const MORE_REGIONS: u8 = 1 << 5;

/// What scoring an opportunity reads for every MSME, in 32 bytes, so that a catalogue scan
/// reads memory in order and seldom anything else.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HotFeatures {
    /// The interned country, or [`NO_COUNTRY`] when it serves any.
    country: u32,
    /// The first region it is for, if it is [`REGIONAL`].
    region: u32,
    /// The first industry it is for, if any.
    industry: Option<IsicPath>,
    /// See [`language_bits`]; 0 when no language is required.
    languages: u64,
    size_classes: u8,
    channel: u8,
    flags: u8,
}

/// What scoring reads only for some opportunities: those for several regions or industries, in
/// rare languages, and unavailable ones (to say why).
#[derive(Debug, Clone)]
pub(crate) struct ColdFeatures {
    regions: Box<[u32]>,
    /// Languages past the first 63 interned ones.
    more_languages: Box<[u32]>,
    /// Every industry it is for (the first is also hot).
    industries: Box<[IsicPath]>,
    capacity_left: Option<u32>,
    open: bool,
    /// Taken out of its catalogue: never available again.
    removed: bool,
}

/// An MSME with its strings looked up in a catalogue's vocabulary; a string the vocabulary
/// lacks matches no opportunity.
#[derive(Debug, Clone)]
pub(crate) struct MsmeFeatures {
    country: u32,
    region: Option<u32>,
    languages: u64,
    more_languages: Box<[u32]>,
    preferred_language: Option<u32>,
    industry: Option<IsicPath>,
    size_class: Option<SizeClass>,
    needs: u8,
    recovery_gap: f32,
    women_led: bool,
    youth_led: bool,
}

/// Reads an opportunity into its hot and cold features, interning its strings.
pub(crate) fn opportunity_features(
    opportunity: &Opportunity,
    vocabulary: &mut Vocabulary,
) -> (HotFeatures, ColdFeatures) {
    let languages: Vec<u32> =
        opportunity.languages.iter().map(|language| intern(&mut vocabulary.languages, language)).collect();
    let (language_bits, more_languages) = language_bits(&languages);
    let cold = ColdFeatures {
        regions: opportunity.regions.iter().map(|region| intern(&mut vocabulary.regions, region)).collect(),
        more_languages,
        industries: opportunity.industries.clone().into_boxed_slice(),
        capacity_left: opportunity.capacity_left,
        open: opportunity.open,
        removed: false,
    };
    let mut flags = 0;
    for (flag, set) in [
        (REGIONAL, !cold.regions.is_empty()),
        (MORE_REGIONS, cold.regions.len() > 1),
        (MORE_INDUSTRIES, cold.industries.len() > 1),
        (WOMEN_LED_PRIORITY, opportunity.prioritises_women_led),
        (YOUTH_LED_PRIORITY, opportunity.prioritises_youth_led),
    ] {
        if set {
            flags |= flag;
        }
    }
    let mut hot = HotFeatures {
        country: opportunity.country.as_deref().map_or(NO_COUNTRY, |c| intern(&mut vocabulary.countries, c)),
        region: cold.regions.first().copied().unwrap_or(u32::MAX),
        industry: cold.industries.first().copied(),
        languages: language_bits,
        size_classes: opportunity.size_classes.iter().fold(0, |mask, class| mask | class.bit()),
        channel: opportunity.channel.bit(),
        flags,
    };
    hot.set_available(&cold);
    (hot, cold)
}

impl HotFeatures {
    /// Follows the cold features' capacity and opening.
    pub(crate) fn set_available(&mut self, cold: &ColdFeatures) {
        if cold.open && !cold.removed && cold.capacity_left != Some(0) {
            self.flags |= AVAILABLE;
        } else {
            self.flags &= !AVAILABLE;
        }
    }

    /// The first hard filter the pair fails, if any. Reads the cold features only for
    /// opportunities in several regions, unavailable ones and rare languages.
    #[inline(always)]
    pub(crate) fn exclusion(&self, cold: &ColdFeatures, msme: &MsmeFeatures) -> Option<Excluded> {
        if self.flags & AVAILABLE == 0 {
            return Some(if cold.open { Excluded::NoCapacityLeft } else { Excluded::Closed });
        }
        if self.country != NO_COUNTRY && self.country != msme.country {
            return Some(Excluded::OutsideCountry);
        }
        if self.flags & REGIONAL != 0 {
            let inside = msme.region.is_some_and(|region| {
                region == self.region || (self.flags & MORE_REGIONS != 0 && cold.regions.contains(&region))
            });
            if !inside {
                return Some(Excluded::OutsideRegion);
            }
        }
        if self.languages != 0 {
            let common = self.languages & msme.languages;
            let shared = common & !MORE_LANGUAGES != 0
                || (common & MORE_LANGUAGES != 0
                    && cold.more_languages.iter().any(|id| msme.more_languages.contains(id)));
            if !shared {
                return Some(Excluded::NoSharedLanguage);
            }
        }
        None
    }

    /// The contributions of a pair that passed the hard filters.
    #[inline(always)]
    pub(crate) fn breakdown(
        &self,
        cold: &ColdFeatures,
        msme: &MsmeFeatures,
        text_relevance: f32,
        weights: &Weights,
    ) -> Breakdown {
        let mut parts = Breakdown::default();
        if let Some(industry) = &msme.industry {
            let closeness = match self.industry {
                None => None,
                Some(_) if self.flags & MORE_INDUSTRIES != 0 => {
                    IndustryCloseness::of(industry, &cold.industries)
                }
                Some(target) => IndustryCloseness::of(industry, &[target]),
            };
            match closeness {
                Some(closeness) => parts.set(Contribution::Industry, weights.industry * closeness.fraction()),
                None => parts.set(Contribution::AnyIndustry, weights.industry * ANY_INDUSTRY_FRACTION),
            }
        }
        if self.country != NO_COUNTRY && self.country == msme.country {
            parts.set(Contribution::SameCountry, weights.same_country);
        }
        if self.flags & REGIONAL != 0 {
            parts.set(Contribution::SameRegion, weights.same_region);
        }
        if let Some(class) = msme.size_class
            && self.size_classes != 0
        {
            let fits = self.size_classes & class.bit() != 0;
            parts.set(Contribution::SizeFit, if fits { weights.size_fit } else { -weights.size_fit });
        }
        if msme.needs & self.channel != 0 {
            parts.set(Contribution::ChannelNeed, weights.channel_need);
        }
        parts.set(Contribution::TextRelevance, weights.text_relevance * text_relevance);
        if self.languages != 0 {
            let preferred = match msme.preferred_language {
                Some(id) if id < 63 => self.languages & (1 << id) != 0,
                Some(id) => cold.more_languages.contains(&id),
                None => false,
            };
            let share = if preferred { 1.0 } else { 0.5 };
            parts.set(Contribution::SharedLanguage, weights.shared_language * share);
        }
        parts.set(Contribution::RecoveryNeed, weights.recovery_need * msme.recovery_gap);
        if self.flags & WOMEN_LED_PRIORITY != 0 && msme.women_led {
            parts.set(Contribution::WomenLed, weights.women_led);
        }
        if self.flags & YOUTH_LED_PRIORITY != 0 && msme.youth_led {
            parts.set(Contribution::YouthLed, weights.youth_led);
        }
        parts
    }
}

impl ColdFeatures {
    pub(crate) fn set_capacity_left(&mut self, capacity_left: Option<u32>) {
        self.capacity_left = capacity_left;
    }

    pub(crate) fn set_open(&mut self, open: bool) {
        self.open = open;
    }

    pub(crate) fn set_removed(&mut self) {
        self.removed = true;
    }

    pub(crate) fn is_removed(&self) -> bool {
        self.removed
    }
}

impl MsmeFeatures {
    pub(crate) fn new(msme: &Msme, vocabulary: &Vocabulary) -> Self {
        let languages: Vec<u32> =
            msme.languages.iter().filter_map(|l| look_up(&vocabulary.languages, l)).collect();
        let (language_bits, more_languages) = language_bits(&languages);
        MsmeFeatures {
            // An unknown country is one no opportunity names: it must not match "any country".
            country: look_up(&vocabulary.countries, &msme.country).unwrap_or(NO_COUNTRY - 1),
            region: msme.region.as_deref().and_then(|r| look_up(&vocabulary.regions, r)),
            languages: language_bits,
            more_languages,
            preferred_language: msme.languages.first().and_then(|l| look_up(&vocabulary.languages, l)),
            industry: msme.industry,
            size_class: msme.size_class,
            needs: msme.needs.iter().fold(0, |mask, need| mask | need.channel.bit()),
            recovery_gap: msme.revenue.map_or(0.0, |revenue| revenue.gap()),
            women_led: msme.women_led,
            youth_led: msme.youth_led,
        }
    }
}

/// The text of an MSME's needs, as one BM25 query.
pub(crate) fn needs_query(msme: &Msme) -> String {
    msme.needs.iter().map(|need| need.description.as_str()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks whether an opportunity in languages `offered` (interned in that order after
    /// `filler` others) is excluded for an MSME speaking `spoken`.
    fn check(filler: usize, offered: &[&str], spoken: &[&str], shared: bool) {
        let mut vocabulary = Vocabulary::default();
        for id in 0..filler {
            intern(&mut vocabulary.languages, &format!("x{id}"));
        }
        let opportunity = Opportunity {
            languages: offered.iter().map(|l| l.to_string()).collect(),
            ..Opportunity::default()
        };
        let (hot, cold) = opportunity_features(&opportunity, &mut vocabulary);
        let msme = Msme { languages: spoken.iter().map(|l| l.to_string()).collect(), ..Msme::default() };
        let excluded = hot.exclusion(&cold, &MsmeFeatures::new(&msme, &vocabulary));
        let expected = if shared { None } else { Some(Excluded::NoSharedLanguage) };
        assert_eq!(excluded, expected, "{offered:?} after {filler} others, for {spoken:?}");
    }

    #[test]
    fn languages_past_the_bit_mask_are_still_compared_exactly() {
        for filler in [0, 61, 62, 63, 200] {
            check(filler, &["id", "en"], &["en"], true);
            check(filler, &["id"], &["en"], false);
            check(filler, &["hi"], &["x3", "hi"], true);
            check(filler, &["hi", "x70"], &["x70"], true);
            check(filler, &["x1"], &["x2"], false);
            check(filler, &["x100"], &["x150"], false);
            check(filler, &["x100", "x70"], &["x150", "x70"], true);
        }
    }

    #[test]
    fn isic_paths_pack_every_level() {
        let check = |a: &[&str], b: &[&str], shared: usize| {
            let (a_path, b_path) = (IsicPath::parse(a).unwrap(), IsicPath::parse(b).unwrap());
            assert_eq!(a_path.shared_depth(&b_path), shared, "{a:?} and {b:?}");
            assert_eq!(b_path.shared_depth(&a_path), shared, "{b:?} and {a:?}");
        };
        check(&["U", "99", "990", "9900"], &["U", "99", "990", "9900"], 4);
        check(&["A", "01", "011", "0111"], &["A", "01", "011", "0112"], 3);
        check(&["A", "01", "011", "0111"], &["A", "01", "012"], 2);
        check(&["A", "01"], &["A", "02"], 1);
        check(&["A"], &["B"], 0);
        check(&["a"], &["A", "03", "032", "0322"], 1);
    }
}
