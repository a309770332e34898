//! Mitra's demo data: the partners and programmes of five countries, read from data files, and
//! synthetic MSMEs drawn from each country's facts, the same for the same seed.
//!
//! The data files are compiled in (`include_str!`), so the binary needs no file at run time,
//! and read and checked at every call of [`generate`]: a file that does not parse, or a value
//! the domain refuses, is a [`DemoError`] naming the file, the entry and the field.
//!
//! - `data/XX.toml` (`ca`, `in`, `gh`, `id`, `mx`): the country's partners and programmes. A
//!   real partner or programme names its sources; a programme that is not a verified real one
//!   is `illustrative` and its window is placed relative to the demo's date, so that most are
//!   open whenever the demo runs.
//! - `data/names-XX.toml`: the facts synthetic firms are drawn from: regions with their
//!   weights and languages, sectors with where they occur, ISIC Rev.4 classes, name patterns,
//!   figures and needs, legal forms, and the registry's size classes under the country's rule.
//! - `data/synthetic.toml`: title and description patterns of the synthetic opportunities
//!   added for load benchmarks.
//!
//! Code map: `data` holds the embedded files and reading helpers, `catalogue` reads
//! partners and programmes, `facts` reads the firm facts, `pattern` fills name
//! patterns, `firms` draws the MSMEs, `synthetic` draws the extra opportunities.
//!
//! This crate does no IO and stores nothing: it returns drafts, which the caller stores.

mod catalogue;
mod data;
mod facts;
mod firms;
pub mod load;
mod pattern;
pub mod recovery;
mod synthetic;
#[cfg(test)]
mod tests;

use jiff::civil::Date;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// The seed the `demo` command uses unless told otherwise.
pub const DEFAULT_SEED: u64 = 2020;

/// What the demo consists of, before it is stored. Opportunities refer to partners by their
/// index in `partners`, since ids are given by the store; their `partner_id` is `Uuid::nil()`
/// until then.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoData {
    pub partners: Vec<mitra_domain::OrganizationDraft>,
    pub opportunities: Vec<(usize, mitra_domain::OpportunityDraft)>,
    pub msmes: Vec<mitra_domain::OrganizationDraft>,
    /// Eligibility rule sets by index into `opportunities`, oldest version first.
    pub rules: Vec<(usize, mitra_eligibility::RuleSetDraft)>,
    /// Programmes: the partner that runs each (an index into `partners`), the programme, and
    /// its opportunities (indices into `opportunities`).
    pub programmes: Vec<(usize, mitra_domain::ProgrammeDraft, Vec<usize>)>,
}

/// A data file that cannot be used, named down to the field.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The file is not TOML of the expected shape (a missing or unknown key, a wrong type).
    #[error("{file}: {location}: {message}")]
    Syntax { file: String, location: String, message: String },
    /// A value that the domain or the generator refuses; `problem` completes a sentence that
    /// starts with the field.
    #[error("{file}: {entry}: {field} {problem}")]
    Invalid { file: String, entry: String, field: String, problem: String },
}

/// Reads and validates the embedded data files, then builds the demo for `seed`, with
/// `msmes_per_country` synthetic firms in each country. `today` is the demo's date:
/// illustrative programmes' windows are placed relative to it (so the demo looks alive
/// whenever it runs); real programmes (CEBA, Indonesia's onboarding) keep their real dates.
pub fn generate(seed: u64, msmes_per_country: usize, today: Date) -> Result<DemoData, DemoError> {
    let countries = data::countries()?;
    synthetic::parse(data::SYNTHETIC_FILE.0, data::SYNTHETIC_FILE.1)?;
    let mut demo = DemoData {
        partners: Vec::new(),
        opportunities: Vec::new(),
        msmes: Vec::new(),
        rules: Vec::new(),
        programmes: Vec::new(),
    };
    for (index, country) in countries.iter().enumerate() {
        let first = demo.partners.len();
        demo.partners.extend(country.catalogue.partners.iter().map(|partner| partner.draft.clone()));
        let first_opportunity = demo.opportunities.len();
        for umbrella in &country.catalogue.umbrellas {
            let members = umbrella.members.iter().map(|m| first_opportunity + m).collect();
            demo.programmes.push((first + umbrella.run_by, umbrella.draft.clone(), members));
        }
        for programme in &country.catalogue.programmes {
            for rules in programme.rule_sets(today) {
                demo.rules.push((demo.opportunities.len(), rules));
            }
            demo.opportunities.push((first + programme.partner, programme.on(today)));
        }
        // One stream per country, so that a country's firms do not depend on the others'.
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(index as u64);
        demo.msmes.extend(firms::draw(country, &mut rng, msmes_per_country, today));
    }
    Ok(demo)
}

/// Adds `count` synthetic opportunities for load benchmarks, spread over the countries'
/// partners, the same for the same seed, all illustrative, with windows placed around `today`
/// (most of them open).
pub fn add_synthetic_opportunities(data: &mut DemoData, seed: u64, count: usize, today: Date) {
    let countries = data::countries().expect("the embedded data files are checked by generate and the tests");
    let offers = synthetic::parse(data::SYNTHETIC_FILE.0, data::SYNTHETIC_FILE.1)
        .expect("the embedded data files are checked by generate and the tests");
    synthetic::add(data, &countries, &offers, seed, count, today);
}

/// A mentor of the Indian programme's pool, beside the demo mentor who signs in.
#[derive(Debug, Clone)]
pub struct PoolMentor {
    pub name: &'static str,
    pub email: &'static str,
    pub locale: &'static str,
    pub profile: mitra_domain::MentorProfile,
}

fn mentor(
    expertise: &[&str],
    topics: &[&str],
    languages: &[&str],
    regions: &[&str],
    capacity: u8,
    about: &str,
) -> mitra_domain::MentorProfile {
    use mitra_domain::mentor::Topic;
    use mitra_domain::text::{Description, Region};
    use mitra_domain::{Country, Language};
    mitra_domain::MentorProfile {
        expertise: expertise.iter().map(|s| (*s).to_owned()).collect(),
        topics: topics.iter().map(|t| Topic::parse(t).expect("a demo topic")).collect(),
        languages: languages.iter().map(|l| Language::parse(l).expect("a language")).collect(),
        country: Country::parse("IN").expect("India"),
        regions: regions.iter().map(|r| Region::parse(r).expect("a region")).collect(),
        capacity,
        paused: false,
        available_from: None,
        about: Some(Description::parse(about).expect("a description")),
    }
}

/// The demo mentor's profile: a finance adviser in Pune, so that the Indian programme's pool of
/// mentors is not empty on first start.
pub fn mentor_profile() -> mitra_domain::MentorProfile {
    mentor(
        &["C", "G"],
        &["GST रिटर्न", "ऑनलाइन बिक्री", "कार्यशील पूँजी"],
        &["hi", "en", "mr"],
        &["Maharashtra", "Karnataka"],
        4,
        "पुणे में बीस साल तक खाद्य प्रसंस्करण इकाइयों की वित्त सलाहकार; छोटे उद्यमों को बैंक ऋण और GST में मदद करती हैं।",
    )
}

/// The rest of the Indian programme's pool: retired bankers, chartered accountants and former
/// owners in the states the demo's firms are in, each in the languages spoken there.
pub fn pool_mentors() -> Vec<PoolMentor> {
    vec![
        PoolMentor {
            name: "Rohan Deshmukh",
            email: "rohan.deshmukh@mentors.demo.mitra.example",
            locale: "hi",
            profile: mentor(
                &["C"],
                &["Udyam registration", "Machine loans"],
                &["mr", "hi", "en"],
                &["Maharashtra"],
                3,
                "Ran a small auto-parts unit in Chakan for fifteen years; now helps workshops with term loans and Udyam papers.",
            ),
        },
        PoolMentor {
            name: "Lakshmi Iyer",
            email: "lakshmi.iyer@mentors.demo.mitra.example",
            locale: "en",
            profile: mentor(
                &["C", "I"],
                &["Bookkeeping", "Food safety licence"],
                &["ta", "en"],
                &["Tamil Nadu", "Kerala"],
                3,
                "Chartered accountant in Coimbatore; works with food processors and small restaurants on their books and FSSAI licences.",
            ),
        },
        PoolMentor {
            name: "Farhan Qureshi",
            email: "farhan.qureshi@mentors.demo.mitra.example",
            locale: "hi",
            profile: mentor(
                &["G", "C"],
                &["Working capital", "Selling on ONDC"],
                &["hi", "en"],
                &["Uttar Pradesh", "Delhi"],
                4,
                "Retired branch manager of a public sector bank in Lucknow; helps traders and artisans prepare loan applications.",
            ),
        },
        PoolMentor {
            name: "Anita Sharma",
            email: "anita.sharma@mentors.demo.mitra.example",
            locale: "hi",
            profile: mentor(
                &["C", "G"],
                &["Export paperwork", "Handloom marketing"],
                &["hi", "en"],
                &["Rajasthan", "Gujarat"],
                3,
                "Founded a block-print textile firm in Jaipur; mentors women-led firms on exports and online sales.",
            ),
        },
        PoolMentor {
            name: "Debashis Banerjee",
            email: "debashis.banerjee@mentors.demo.mitra.example",
            locale: "en",
            profile: mentor(
                &["A", "C"],
                &["Cold storage", "Cooperative credit"],
                &["bn", "en"],
                &["West Bengal"],
                3,
                "Agricultural economist in Kolkata; advises fish and vegetable processors on cold chains and cooperative credit.",
            ),
        },
        PoolMentor {
            name: "Harpreet Kaur",
            email: "harpreet.kaur@mentors.demo.mitra.example",
            locale: "hi",
            profile: mentor(
                &["C", "H"],
                &["GST returns", "Transport costs"],
                &["pa", "hi", "en"],
                &["Punjab", "Delhi"],
                2,
                "Runs a logistics firm in Ludhiana; helps small manufacturers cut freight costs and file GST on time.",
            ),
        },
    ]
}

/// Where a demo user works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workplace {
    /// The agency that runs Mitra: the role is held across the platform.
    Agency,
    /// The first partner of this kind in this country (ISO 3166-1 alpha-2).
    Partner(mitra_domain::OrganizationKind, &'static str),
    /// The first MSME of this country.
    Msme(&'static str),
}

/// A person the demo creates so that a newcomer can sign in in each role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoPerson {
    pub name: &'static str,
    pub email: &'static str,
    pub role: mitra_domain::Role,
    pub workplace: Workplace,
    /// The language they read the pages in (a BCP 47 tag).
    pub locale: &'static str,
}

/// One person per role, in the countries whose data the demo holds.
pub fn people() -> Vec<DemoPerson> {
    use mitra_domain::OrganizationKind::{FinancialInstitution, GovernmentAgency};
    use mitra_domain::Role;
    vec![
        DemoPerson {
            name: "Grace Mensah",
            email: "admin@demo.mitra.example",
            role: Role::Administrator,
            workplace: Workplace::Agency,
            locale: "en",
        },
        DemoPerson {
            name: "Arjun Mehta",
            email: "manager@demo.mitra.example",
            role: Role::ProgrammeManager,
            workplace: Workplace::Agency,
            locale: "en",
        },
        DemoPerson {
            name: "Sophie Tremblay",
            email: "reviewer@demo.mitra.example",
            role: Role::Reviewer,
            workplace: Workplace::Agency,
            locale: "fr",
        },
        DemoPerson {
            name: "Carlos Hernández",
            email: "approver@demo.mitra.example",
            role: Role::Approver,
            workplace: Workplace::Agency,
            locale: "es",
        },
        DemoPerson {
            name: "Priya Nair",
            email: "mentor@demo.mitra.example",
            role: Role::Mentor,
            workplace: Workplace::Agency,
            locale: "hi",
        },
        DemoPerson {
            name: "Daniel Okafor",
            email: "bank@demo.mitra.example",
            role: Role::PartnerStaff,
            workplace: Workplace::Partner(FinancialInstitution, "CA"),
            locale: "en",
        },
        DemoPerson {
            name: "Ama Owusu",
            email: "agency@demo.mitra.example",
            role: Role::PartnerStaff,
            workplace: Workplace::Partner(GovernmentAgency, "GH"),
            locale: "en",
        },
        DemoPerson {
            name: "Siti Rahayu",
            email: "owner@demo.mitra.example",
            role: Role::MsmeOwner,
            workplace: Workplace::Msme("ID"),
            locale: "id",
        },
    ]
}

/// The review rubric the demo gives the programmes its firms apply to: three weighted
/// criteria on a scale of 1 to 5, scored and decided by different people.
pub fn rubric() -> mitra_domain::Rubric {
    use mitra_domain::{Language, RubricCriterion, Text};
    let criterion = |key: &str, weight: u8, labels: [&str; 5]| RubricCriterion {
        key: Text::parse(key).expect("a short key"),
        labels: ["en", "fr", "es", "id", "hi"]
            .iter()
            .zip(labels)
            .map(|(code, label)| {
                (Language::parse(code).expect("ISO 639-1"), Text::parse(label).expect("a label"))
            })
            .collect(),
        weight,
    };
    mitra_domain::Rubric {
        criteria: vec![
            criterion(
                "viability",
                3,
                [
                    "The recovery plan can work",
                    "Le plan de relance peut fonctionner",
                    "El plan de recuperación puede funcionar",
                    "Rencana pemulihan dapat berjalan",
                    "पुनरुद्धार की योजना सफल हो सकती है",
                ],
            ),
            criterion(
                "need",
                2,
                [
                    "The firm needs this help to recover",
                    "L’entreprise a besoin de cette aide pour se relever",
                    "La empresa necesita esta ayuda para recuperarse",
                    "Usaha membutuhkan bantuan ini untuk pulih",
                    "व्यवसाय को उबरने के लिए इस मदद की ज़रूरत है",
                ],
            ),
            criterion(
                "jobs",
                1,
                [
                    "Jobs kept or created",
                    "Emplois maintenus ou créés",
                    "Empleos conservados o creados",
                    "Lapangan kerja yang dipertahankan atau diciptakan",
                    "बचाई या बनाई गई नौकरियाँ",
                ],
            ),
        ],
        scale: 5,
        separate_approver: true,
    }
}
