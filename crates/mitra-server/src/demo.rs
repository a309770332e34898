//! The demo data set, the same for the same seed.
//!
//! For each of the five countries of the founding text (Canada, India, Ghana, Indonesia,
//! Mexico): the kinds of partner it names (banks, a ministry, an export-promotion body, a
//! development bank, e-commerce platforms, a non-profit, a university), opportunities on all
//! five channels, and synthetic MSMEs with plausible sectors, sizes, local-currency figures,
//! needs and ownership. CEBA (Canada) and Indonesia's national e-commerce onboarding drive are
//! modelled on the real programmes; the other programmes are marked illustrative. Every MSME
//! and every bank, non-profit and university name is invented.

use jiff::civil::{Date, date};
use mitra_domain::text::{Description, Name, Region};
use mitra_domain::{
    Capacity, Channel, ChannelNote, Country, IndustryCode, Language, LegalForm, Money, MsmeProfile,
    OperatingStatus, OpportunityDraft, OrganizationDraft, OrganizationKind, Ownership, PartnerProfile,
    SizeClass, Text,
};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

/// The seed the `demo` command uses unless told otherwise.
pub const DEFAULT_SEED: u64 = 2020;

/// What the demo consists of, before it is stored. Opportunities refer to partners by their
/// index in `partners`, since ids are given by the store.
#[derive(Debug, Clone)]
pub struct DemoData {
    pub partners: Vec<OrganizationDraft>,
    pub opportunities: Vec<(usize, OpportunityDraft)>,
    pub msmes: Vec<OrganizationDraft>,
}

/// Country facts the generator draws from.
struct CountryProfile {
    code: &'static str,
    currency: &'static str,
    languages: &'static [&'static str],
    regions: &'static [&'static str],
    /// Words for firm names.
    name_words: &'static [&'static str],
    /// Annual turnover per employee, low and high, in whole units of the currency.
    turnover_per_employee: (i64, i64),
}

const COUNTRIES: [CountryProfile; 5] = [
    CountryProfile {
        code: "CA",
        currency: "CAD",
        languages: &["en", "fr"],
        regions: &[
            "Ontario",
            "Quebec",
            "British Columbia",
            "Alberta",
            "Manitoba",
            "Nova Scotia",
            "Saskatchewan",
            "New Brunswick",
        ],
        name_words: &[
            "Maple",
            "Northern",
            "Lakeshore",
            "Prairie",
            "Harbour",
            "Cedar",
            "Summit",
            "Riverside",
            "Aurora",
            "Granite",
        ],
        turnover_per_employee: (60_000, 220_000),
    },
    CountryProfile {
        code: "IN",
        currency: "INR",
        languages: &["hi", "en", "ta", "mr", "bn"],
        regions: &[
            "Maharashtra",
            "Tamil Nadu",
            "Uttar Pradesh",
            "Gujarat",
            "Karnataka",
            "West Bengal",
            "Kerala",
            "Rajasthan",
            "Punjab",
        ],
        name_words: &[
            "Shree",
            "Lakshmi",
            "Ganga",
            "Sagar",
            "Nirmal",
            "Annapurna",
            "Kaveri",
            "Surya",
            "Navrang",
            "Vikas",
        ],
        turnover_per_employee: (600_000, 3_000_000),
    },
    CountryProfile {
        code: "GH",
        currency: "GHS",
        languages: &["en", "ak"],
        regions: &["Greater Accra", "Ashanti", "Western", "Central", "Eastern", "Volta", "Northern", "Bono"],
        name_words: &[
            "Asante",
            "Nyame",
            "Adom",
            "Sika",
            "Akwaaba",
            "Osei",
            "Golden Stool",
            "Volta",
            "Kente",
            "Sankofa",
        ],
        turnover_per_employee: (8_000, 40_000),
    },
    CountryProfile {
        code: "ID",
        currency: "IDR",
        languages: &["id"],
        regions: &[
            "DKI Jakarta",
            "Jawa Barat",
            "Jawa Tengah",
            "Jawa Timur",
            "Bali",
            "Sumatera Utara",
            "Sulawesi Selatan",
            "DI Yogyakarta",
        ],
        name_words: &[
            "Sinar",
            "Maju",
            "Berkah",
            "Sejahtera",
            "Mandiri",
            "Cahaya",
            "Sumber",
            "Rezeki",
            "Karya",
            "Abadi",
        ],
        turnover_per_employee: (40_000_000, 250_000_000),
    },
    CountryProfile {
        code: "MX",
        currency: "MXN",
        languages: &["es"],
        regions: &[
            "Ciudad de México",
            "Jalisco",
            "Nuevo León",
            "Puebla",
            "Oaxaca",
            "Yucatán",
            "Guanajuato",
            "Veracruz",
        ],
        name_words: &[
            "Sol",
            "Águila",
            "Maíz",
            "Jacaranda",
            "Cielo",
            "Nopal",
            "Barro",
            "Plata",
            "Colibrí",
            "Talavera",
        ],
        turnover_per_employee: (150_000, 600_000),
    },
];

/// Sectors with a weight, an ISIC class and words for a name.
const SECTORS: [(u32, &str, &str); 16] = [
    (14, "4711", "General Store"),
    (8, "4719", "Traders"),
    (10, "5610", "Kitchen"),
    (6, "1071", "Bakery"),
    (4, "1073", "Chocolate"),
    (8, "0127", "Cocoa Farm"),
    (6, "0111", "Grains"),
    (7, "1410", "Garments"),
    (5, "2393", "Pottery"),
    (4, "3211", "Jewellers"),
    (6, "4520", "Auto Repair"),
    (5, "9602", "Salon"),
    (4, "6201", "Software"),
    (5, "4923", "Logistics"),
    (4, "5510", "Guesthouse"),
    (4, "8549", "Learning Centre"),
];

const NEEDS: [(Channel, &[&str]); 5] = [
    (
        Channel::Resources,
        &[
            "Working capital to restock after three months closed",
            "A loan to replace equipment sold during the lockdown",
            "Pooled buying of packaging and raw materials with nearby firms",
            "Funding for a cold store to cut spoilage",
        ],
    ),
    (
        Channel::Knowledge,
        &[
            "Bookkeeping and cash-flow planning",
            "Food safety certification know-how",
            "Help with digital payments and invoicing",
            "Export paperwork and standards",
        ],
    ),
    (
        Channel::Networking,
        &[
            "Buyers for our cocoa beans at a fair price",
            "Suppliers of quality inputs closer to us",
            "Introductions to larger firms for subcontracting",
            "A cooperative to share transport costs",
        ],
    ),
    (
        Channel::Markets,
        &[
            "Selling online through a marketplace",
            "Reaching customers outside our town",
            "Getting our products into supermarkets",
            "Delivery for online orders",
        ],
    ),
    (
        Channel::Training,
        &[
            "A mentor who has rebuilt a business after a crisis",
            "Training in digital marketing",
            "Training for staff on new machines",
            "Coaching for the owner on pricing and costs",
        ],
    ),
];

/// The partners of one country and the opportunities they offer.
struct PartnerSpec {
    kind: OrganizationKind,
    name: &'static str,
    description: &'static str,
    offers: &'static [(Channel, &'static str)],
}

struct OpportunitySpec {
    /// Index of the offering partner within the country's partner list.
    partner: usize,
    channel: Channel,
    title: &'static str,
    description: &'static str,
    seats: Option<u32>,
    mentor_slots: Option<u32>,
    /// Budget and per-firm cap in the country's currency, whole units.
    budget: Option<i64>,
    max_per_firm: Option<i64>,
    opens: Date,
    closes: Option<Date>,
    /// False only for programmes modelled on a verified real programme.
    illustrative: bool,
    size_classes: &'static [SizeClass],
    industries: &'static [&'static str],
}

fn partners_of(code: &str) -> (Vec<PartnerSpec>, Vec<OpportunitySpec>) {
    use Channel::*;
    use OrganizationKind::*;
    let p = |kind, name, description, offers| PartnerSpec { kind, name, description, offers };
    let o = |partner, channel, title, description| OpportunitySpec {
        partner,
        channel,
        title,
        description,
        seats: None,
        mentor_slots: None,
        budget: None,
        max_per_firm: None,
        opens: date(2026, 1, 15),
        closes: Some(date(2027, 6, 30)),
        illustrative: true,
        size_classes: &[],
        industries: &[],
    };
    match code {
        "CA" => (
            vec![
                p(
                    GovernmentAgency,
                    "Department of Finance Canada",
                    "Federal department that funded the Canada Emergency Business Account.",
                    &[(Resources, "Relief loan programmes")],
                ),
                p(
                    DevelopmentBank,
                    "Export Development Canada",
                    "Crown corporation that administered CEBA for the Government of Canada.",
                    &[(Resources, "Loan guarantees and relief lending")],
                ),
                p(
                    FinancialInstitution,
                    "Lakeshore Community Bank",
                    "A chartered bank serving small businesses in Ontario and Quebec (demo).",
                    &[(Resources, "Business accounts and relief loans")],
                ),
                p(
                    FinancialInstitution,
                    "Prairie Credit Union",
                    "A member-owned credit union in the Prairies (demo).",
                    &[(Resources, "Business accounts and relief loans")],
                ),
                p(
                    GovernmentAgency,
                    "Trade Commissioner Service (demo office)",
                    "Export promotion for Canadian firms (illustrative office).",
                    &[(Markets, "Export market introductions")],
                ),
                p(
                    EcommercePlatform,
                    "Northbound Market",
                    "An online marketplace for Canadian makers (demo).",
                    &[(Markets, "Online storefronts")],
                ),
                p(
                    Nonprofit,
                    "Futurpreneur-style Mentoring Network (demo)",
                    "Volunteer mentors for owners rebuilding their firms (demo).",
                    &[(Training, "One-to-one mentoring")],
                ),
                p(
                    Academic,
                    "Great Lakes Polytechnic",
                    "Applied research and extension for small firms (demo).",
                    &[(Knowledge, "Applied research vouchers")],
                ),
            ],
            vec![
                OpportunitySpec {
                    budget: Some(50_000_000),
                    max_per_firm: Some(60_000),
                    opens: date(2020, 4, 9),
                    closes: Some(date(2021, 6, 30)),
                    illustrative: false,
                    ..o(
                        2,
                        Resources,
                        "Canada Emergency Business Account (CEBA) at Lakeshore Community Bank",
                        "Interest-free loan of up to CAD 60,000 for small businesses and not-for-profits hit by COVID-19, delivered through the firm's own bank and guaranteed by the Government of Canada. Repaying the balance by the forgiveness deadline made part of the loan forgivable (up to CAD 20,000 on the full amount).",
                    )
                },
                OpportunitySpec {
                    budget: Some(20_000_000),
                    max_per_firm: Some(60_000),
                    opens: date(2020, 4, 9),
                    closes: Some(date(2021, 6, 30)),
                    illustrative: false,
                    ..o(
                        3,
                        Resources,
                        "Canada Emergency Business Account (CEBA) at Prairie Credit Union",
                        "Interest-free loan of up to CAD 60,000 for small businesses and not-for-profits hit by COVID-19, delivered through the firm's own financial institution and guaranteed by the Government of Canada.",
                    )
                },
                OpportunitySpec {
                    mentor_slots: Some(120),
                    ..o(
                        6,
                        Training,
                        "Recovery mentoring for owners",
                        "Two years of monthly sessions with a volunteer mentor who has run a business.",
                    )
                },
                OpportunitySpec {
                    seats: Some(200),
                    ..o(
                        5,
                        Markets,
                        "Open a shop on Northbound Market",
                        "Onboarding, product photography and three months without fees for firms new to selling online.",
                    )
                },
                OpportunitySpec {
                    seats: Some(40),
                    ..o(
                        7,
                        Knowledge,
                        "Applied research vouchers",
                        "Students and staff solve a production or packaging problem with the firm over one term.",
                    )
                },
                OpportunitySpec {
                    seats: Some(60),
                    ..o(
                        4,
                        Networking,
                        "Export buyer introductions",
                        "Introductions to distributors in the United States and Europe for firms ready to export.",
                    )
                },
            ],
        ),
        "IN" => (
            vec![
                p(
                    GovernmentAgency,
                    "Ministry of Micro, Small and Medium Enterprises",
                    "Union ministry responsible for MSME policy and Udyam registration.",
                    &[
                        (Knowledge, "Schemes and registration help"),
                        (Training, "Entrepreneurship programmes"),
                    ],
                ),
                p(
                    DevelopmentBank,
                    "Small Industries Development Bank of India",
                    "Development bank for the MSME sector.",
                    &[(Resources, "Refinance and direct lending")],
                ),
                p(
                    FinancialInstitution,
                    "Kaveri Cooperative Bank",
                    "An urban cooperative bank lending to traders and artisans (demo).",
                    &[(Resources, "Working capital loans")],
                ),
                p(
                    EcommercePlatform,
                    "Amazon India",
                    "Online marketplace named in the founding text's partnership with the MSME ministry.",
                    &[(Markets, "Seller onboarding"), (Knowledge, "Seller education")],
                ),
                p(
                    GovernmentAgency,
                    "Export Promotion Council for Handicrafts (demo desk)",
                    "Export promotion for artisans (illustrative desk).",
                    &[(Networking, "Buyer-seller meets")],
                ),
                p(
                    Nonprofit,
                    "Udyam Sakhi Foundation",
                    "Non-profit supporting women entrepreneurs (demo).",
                    &[(Training, "Mentoring circles for women owners")],
                ),
                p(
                    Academic,
                    "Deccan Institute of Management",
                    "Business school with an MSME clinic (demo).",
                    &[(Knowledge, "MSME clinic")],
                ),
            ],
            vec![
                OpportunitySpec {
                    seats: Some(5000),
                    ..o(
                        3,
                        Knowledge,
                        "Digital selling workshops with the MSME ministry",
                        "Free sessions on listing products, pricing and packaging for online buyers, run by the marketplace with the ministry (illustrative: the partnership in the founding text could not be verified).",
                    )
                },
                OpportunitySpec {
                    seats: Some(3000),
                    ..o(
                        3,
                        Markets,
                        "Marketplace onboarding for artisans",
                        "Help to open a seller account, GST registration support and reduced fees for the first six months (illustrative).",
                    )
                },
                OpportunitySpec {
                    budget: Some(250_000_000),
                    max_per_firm: Some(1_000_000),
                    size_classes: &[SizeClass::Micro, SizeClass::Small],
                    ..o(
                        1,
                        Resources,
                        "Emergency working capital line",
                        "Collateral-free working capital for micro and small firms whose sales fell (illustrative terms).",
                    )
                },
                OpportunitySpec {
                    budget: Some(50_000_000),
                    max_per_firm: Some(500_000),
                    ..o(
                        2,
                        Resources,
                        "Artisan restart loans",
                        "Small loans for artisans and traders to restock (demo).",
                    )
                },
                OpportunitySpec {
                    mentor_slots: Some(150),
                    ..o(
                        5,
                        Training,
                        "Mentoring circles for women owners",
                        "Monthly circles of eight women owners with a mentor, in Hindi, Tamil or Marathi.",
                    )
                },
                OpportunitySpec {
                    seats: Some(300),
                    industries: &["1410", "2393", "3211"],
                    ..o(
                        4,
                        Networking,
                        "Virtual buyer-seller meet for handicrafts",
                        "Meetings with importers for textile, pottery and jewellery makers.",
                    )
                },
                OpportunitySpec {
                    seats: Some(80),
                    ..o(
                        6,
                        Knowledge,
                        "MSME clinic",
                        "Students and faculty review a firm's costs and propose a recovery plan.",
                    )
                },
            ],
        ),
        "GH" => (
            vec![
                p(
                    GovernmentAgency,
                    "Ghana Enterprises Agency",
                    "Government agency for the promotion of MSMEs.",
                    &[(Training, "Business development services")],
                ),
                p(
                    GovernmentAgency,
                    "Ghana Export Promotion Authority",
                    "Export promotion body named in the founding text.",
                    &[(Networking, "Linkages between producers and manufacturers")],
                ),
                p(
                    DevelopmentBank,
                    "Development Bank Ghana",
                    "Development finance institution lending through partner banks.",
                    &[(Resources, "On-lending to SMEs")],
                ),
                p(
                    FinancialInstitution,
                    "Sika Savings and Loans",
                    "A savings and loans company serving market traders (demo).",
                    &[(Resources, "Susu-linked working capital")],
                ),
                p(
                    Corporate,
                    "Golden Pod Chocolate Manufacturers",
                    "A chocolate manufacturer buying cocoa from smallholders (demo).",
                    &[(Networking, "Sourcing from cocoa producers")],
                ),
                p(
                    EcommercePlatform,
                    "Kasua Market",
                    "An online market for Ghanaian goods (demo).",
                    &[(Markets, "Online storefronts")],
                ),
                p(
                    Nonprofit,
                    "Sankofa Enterprise Trust",
                    "Non-profit training young entrepreneurs (demo).",
                    &[(Training, "Youth entrepreneurship training")],
                ),
                p(
                    Academic,
                    "Kumasi University of Science and Technology (demo)",
                    "University with an agribusiness extension unit (demo).",
                    &[(Knowledge, "Agribusiness extension")],
                ),
                p(
                    GovernmentAgency,
                    "Ministry of Trade, Agribusiness and Industry (Ghana)",
                    "Ministry responsible for trade and industrial policy.",
                    &[(Knowledge, "Trade policy briefings")],
                ),
            ],
            vec![
                OpportunitySpec {
                    seats: Some(150),
                    industries: &["0127", "1073"],
                    ..o(
                        1,
                        Networking,
                        "Cocoa producers meet chocolate manufacturers",
                        "Matchmaking between cocoa producer groups and chocolate manufacturers, with quality and volume agreed up front (illustrative: modelled on the founding text's example).",
                    )
                },
                OpportunitySpec {
                    seats: Some(40),
                    ..o(
                        4,
                        Networking,
                        "Direct sourcing from smallholder cocoa groups",
                        "A manufacturer's buying programme for traceable beans from producer groups.",
                    )
                },
                OpportunitySpec {
                    budget: Some(30_000_000),
                    max_per_firm: Some(200_000),
                    ..o(
                        2,
                        Resources,
                        "SME recovery credit through partner banks",
                        "Longer-tenor credit for firms recovering from the shock (illustrative terms).",
                    )
                },
                OpportunitySpec {
                    budget: Some(2_000_000),
                    max_per_firm: Some(20_000),
                    ..o(
                        3,
                        Resources,
                        "Market trader restart loans",
                        "Small loans repaid daily for market traders (demo).",
                    )
                },
                OpportunitySpec {
                    seats: Some(500),
                    ..o(
                        5,
                        Markets,
                        "Sell on Kasua Market",
                        "Storefront set-up and delivery partners for firms selling online for the first time.",
                    )
                },
                OpportunitySpec {
                    seats: Some(100),
                    ..o(
                        6,
                        Training,
                        "Youth enterprise bootcamp",
                        "Eight weeks of training and coaching for owners under 35.",
                    )
                },
                OpportunitySpec {
                    seats: Some(60),
                    industries: &["A"],
                    ..o(
                        7,
                        Knowledge,
                        "Agribusiness extension clinics",
                        "Field advice on post-harvest losses and quality for farm businesses.",
                    )
                },
            ],
        ),
        "ID" => (
            vec![
                p(
                    GovernmentAgency,
                    "Kementerian Koperasi dan UKM",
                    "Ministry of Cooperatives and Small and Medium Enterprises.",
                    &[(Markets, "National e-commerce onboarding"), (Training, "Digital skills")],
                ),
                p(
                    EcommercePlatform,
                    "Tokopedia",
                    "Online marketplace named in the founding text.",
                    &[(Markets, "Seller onboarding")],
                ),
                p(
                    EcommercePlatform,
                    "Shopee",
                    "Online marketplace named in the founding text.",
                    &[(Markets, "Seller onboarding")],
                ),
                p(
                    DevelopmentBank,
                    "Lembaga Pembiayaan Ekspor Indonesia (demo desk)",
                    "Export financing (illustrative desk).",
                    &[(Resources, "Export working capital")],
                ),
                p(
                    FinancialInstitution,
                    "Bank Rakyat Sejahtera",
                    "A bank lending to micro firms (demo).",
                    &[(Resources, "Micro loans")],
                ),
                p(
                    Nonprofit,
                    "Yayasan Usaha Mandiri",
                    "Foundation supporting women-led micro firms (demo).",
                    &[(Training, "Mentoring")],
                ),
                p(
                    Academic,
                    "Universitas Nusantara (demo)",
                    "University business incubator (demo).",
                    &[(Knowledge, "Incubation")],
                ),
                p(
                    GovernmentAgency,
                    "Directorate General for National Export Development (demo desk)",
                    "Export promotion under the Ministry of Trade (illustrative desk).",
                    &[(Networking, "Trade missions and buyer meetings")],
                ),
            ],
            vec![
                OpportunitySpec {
                    seats: Some(10_000),
                    opens: date(2020, 5, 14),
                    closes: None,
                    illustrative: false,
                    ..o(
                        1,
                        Markets,
                        "Go digital with Tokopedia: national MSME onboarding",
                        "Modelled on Indonesia's national movement to bring MSMEs online (Bangga Buatan Indonesia, launched May 2020 by the government with e-commerce platforms): seller account set-up, product listing, training and promotion for firms new to selling online.",
                    )
                },
                OpportunitySpec {
                    seats: Some(10_000),
                    opens: date(2020, 5, 14),
                    closes: None,
                    illustrative: false,
                    ..o(
                        2,
                        Markets,
                        "Go digital with Shopee: national MSME onboarding",
                        "Modelled on Indonesia's national movement to bring MSMEs online (Bangga Buatan Indonesia, launched May 2020 by the government with e-commerce platforms): seller account set-up, product listing, training and promotion.",
                    )
                },
                OpportunitySpec {
                    seats: Some(2000),
                    ..o(
                        0,
                        Training,
                        "Digital skills for MSMEs",
                        "Online classes on product photography, marketplace ads and customer service (illustrative).",
                    )
                },
                OpportunitySpec {
                    budget: Some(50_000_000_000),
                    max_per_firm: Some(500_000_000),
                    ..o(
                        4,
                        Resources,
                        "Micro restart loans",
                        "Loans for micro firms to restock after restrictions (demo).",
                    )
                },
                OpportunitySpec {
                    budget: Some(100_000_000_000),
                    max_per_firm: Some(2_000_000_000),
                    size_classes: &[SizeClass::Small, SizeClass::Medium],
                    ..o(
                        3,
                        Resources,
                        "Export working capital",
                        "Working capital for exporting SMEs (illustrative).",
                    )
                },
                OpportunitySpec {
                    mentor_slots: Some(200),
                    ..o(
                        5,
                        Training,
                        "Mentoring for women-led micro firms",
                        "Monthly mentoring in Bahasa Indonesia.",
                    )
                },
                OpportunitySpec {
                    seats: Some(50),
                    ..o(6, Knowledge, "Campus incubator", "Six months of incubation with faculty advisers.")
                },
                OpportunitySpec {
                    seats: Some(120),
                    ..o(
                        0,
                        Networking,
                        "Supplier day with large retailers",
                        "Meetings between MSME suppliers and retail buyers (illustrative).",
                    )
                },
            ],
        ),
        _ => (
            vec![
                p(
                    GovernmentAgency,
                    "Secretaría de Economía",
                    "Federal ministry of the economy.",
                    &[(Knowledge, "Programmes for MSMEs")],
                ),
                p(
                    DevelopmentBank,
                    "Nacional Financiera",
                    "Development bank for Mexican firms.",
                    &[(Resources, "Credit through commercial banks")],
                ),
                p(
                    FinancialInstitution,
                    "Banco Jacaranda",
                    "A regional bank lending to small firms (demo).",
                    &[(Resources, "Working capital")],
                ),
                p(
                    Nonprofit,
                    "Red Emprende Colibrí",
                    "Non-profit entrepreneurship programme with training, mentoring and networking (demo).",
                    &[(Training, "Training and mentoring")],
                ),
                p(
                    GovernmentAgency,
                    "Oficina de Promoción de Exportaciones (demo)",
                    "Export promotion (illustrative office).",
                    &[(Networking, "Export missions")],
                ),
                p(
                    EcommercePlatform,
                    "Mercado Plaza",
                    "An online marketplace (demo).",
                    &[(Markets, "Seller onboarding")],
                ),
                p(
                    Academic,
                    "Universidad del Bajío (demo)",
                    "University with a business extension programme (demo).",
                    &[(Knowledge, "Consulting by students")],
                ),
            ],
            vec![
                OpportunitySpec {
                    seats: Some(400),
                    mentor_slots: Some(100),
                    ..o(
                        3,
                        Training,
                        "Programa de emprendimiento: training, mentoring and networking",
                        "A year of workshops, a mentor and introductions to other owners (illustrative: modelled on the founding text's example).",
                    )
                },
                OpportunitySpec {
                    budget: Some(200_000_000),
                    max_per_firm: Some(500_000),
                    ..o(
                        1,
                        Resources,
                        "Crédito de reactivación",
                        "Working capital through commercial banks for firms recovering from the shock (illustrative terms).",
                    )
                },
                OpportunitySpec {
                    budget: Some(20_000_000),
                    max_per_firm: Some(150_000),
                    ..o(
                        2,
                        Resources,
                        "Micro loans for shops and workshops",
                        "Short-term loans for restocking (demo).",
                    )
                },
                OpportunitySpec {
                    seats: Some(800),
                    ..o(
                        5,
                        Markets,
                        "Vende en línea",
                        "Marketplace onboarding with reduced fees for three months.",
                    )
                },
                OpportunitySpec {
                    seats: Some(70),
                    industries: &["2393", "3211", "1410"],
                    ..o(
                        4,
                        Networking,
                        "Export mission for crafts",
                        "Meetings with buyers for talavera, silver and textile makers (illustrative).",
                    )
                },
                OpportunitySpec {
                    seats: Some(60),
                    ..o(
                        6,
                        Knowledge,
                        "Student consulting",
                        "Students review a firm's costs and prices over a semester.",
                    )
                },
                OpportunitySpec {
                    seats: Some(1000),
                    ..o(
                        0,
                        Knowledge,
                        "Guía para reabrir",
                        "Guides and webinars on reopening safely and finding support (illustrative).",
                    )
                },
            ],
        ),
    }
}

fn text<const MAX: usize>(raw: &str) -> Text<MAX> {
    Text::parse(raw).expect("demo text is valid")
}

fn money(amount: i64, currency: &str) -> Money {
    Money::parse(&amount.to_string(), currency).expect("demo amounts are valid")
}

/// Builds the demo data for `seed`, with `msmes_per_country` synthetic firms in each country.
pub fn generate(seed: u64, msmes_per_country: usize) -> DemoData {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut partners = Vec::new();
    let mut opportunities = Vec::new();
    let mut msmes = Vec::new();
    for country in &COUNTRIES {
        let (partner_specs, opportunity_specs) = partners_of(country.code);
        let first = partners.len();
        for spec in &partner_specs {
            partners.push(OrganizationDraft {
                kind: spec.kind,
                name: text(spec.name),
                country: Country::parse(country.code).expect("demo countries are valid"),
                region: None,
                languages: country
                    .languages
                    .iter()
                    .take(2)
                    .map(|l| Language::parse(l).expect("valid"))
                    .collect(),
                description: Some(text(spec.description)),
                msme: None,
                partner: Some(PartnerProfile {
                    offers: spec
                        .offers
                        .iter()
                        .map(|(channel, d)| ChannelNote { channel: *channel, description: text(d) })
                        .collect(),
                }),
            });
        }
        for spec in opportunity_specs {
            let draft = OpportunityDraft {
                partner_id: Uuid::nil(),
                title: text::<200>(spec.title),
                description: text::<5000>(spec.description),
                channel: spec.channel,
                capacity: Capacity {
                    seats: spec.seats,
                    budget: spec.budget.map(|b| money(b, country.currency)),
                    mentor_slots: spec.mentor_slots,
                    max_per_firm: spec.max_per_firm.map(|m| money(m, country.currency)),
                },
                opens_on: Some(spec.opens),
                closes_on: spec.closes,
                languages: country
                    .languages
                    .iter()
                    .take(2)
                    .map(|l| Language::parse(l).expect("valid"))
                    .collect(),
                country: Country::parse(country.code).expect("valid"),
                regions: vec![],
                industries: spec.industries.iter().map(|c| IndustryCode::parse(c).expect("valid")).collect(),
                size_classes: spec.size_classes.to_vec(),
                priorities: mitra_domain::Priorities {
                    women_led: spec.title.contains("women"),
                    youth_led: spec.title.to_lowercase().contains("youth"),
                },
                illustrative: spec.illustrative,
            };
            opportunities.push((first + spec.partner, draft));
        }
        for _ in 0..msmes_per_country {
            msmes.push(synthetic_msme(&mut rng, country));
        }
    }
    DemoData { partners, opportunities, msmes }
}

fn synthetic_msme(rng: &mut ChaCha8Rng, country: &CountryProfile) -> OrganizationDraft {
    let total: u32 = SECTORS.iter().map(|s| s.0).sum();
    let mut pick = rng.random_range(0..total);
    let (_, isic, sector_word) = *SECTORS
        .iter()
        .find(|(weight, _, _)| {
            if pick < *weight {
                true
            } else {
                pick -= weight;
                false
            }
        })
        .expect("the pick is below the total weight");
    let word = country.name_words.choose(rng).expect("words");
    let region = *country.regions.choose(rng).expect("regions");
    let suffix = ["", " & Sons", " & Daughters", " Cooperative", " Enterprises", " Collective"]
        [rng.random_range(0..6)];
    let name = format!("{word} {sector_word}{suffix} {}", rng.random_range(1..1000));

    // Most firms are micro; the generator aims at a class, then draws figures inside it.
    let roll = rng.random_range(0..100);
    let employees: u32 = match roll {
        0..=84 => rng.random_range(1..10),
        85..=96 => rng.random_range(10..50),
        _ => rng.random_range(50..250),
    };
    let (low, high) = country.turnover_per_employee;
    let turnover = i64::from(employees) * rng.random_range(low..high);
    let investment = turnover * rng.random_range(10..60) / 100;
    let founded = date(rng.random_range(1990..2025), rng.random_range(1..13), rng.random_range(1..29));
    let status = match rng.random_range(0..100) {
        0..=69 => OperatingStatus::Operating,
        70..=89 => OperatingStatus::ReducedOperations,
        90..=97 => OperatingStatus::TemporarilyClosed,
        _ => OperatingStatus::PermanentlyClosed,
    };
    let legal_form = match rng.random_range(0..100) {
        0..=54 => LegalForm::SoleProprietorship,
        55..=69 => LegalForm::Partnership,
        70..=89 => LegalForm::PrivateCompany,
        90..=96 => LegalForm::Cooperative,
        _ => LegalForm::LimitedLiabilityPartnership,
    };
    let mut channels = Channel::ALL.to_vec();
    let needs_count = rng.random_range(1..4);
    let mut needs = Vec::new();
    for _ in 0..needs_count {
        let channel = channels.remove(rng.random_range(0..channels.len()));
        let options =
            NEEDS.iter().find(|(c, _)| *c == channel).map(|(_, o)| *o).expect("every channel has needs");
        needs.push(ChannelNote { channel, description: text(options.choose(rng).expect("options")) });
    }
    let language = country.languages[..country.languages.len().min(3)].choose(rng).expect("languages");
    let mut languages = vec![Language::parse(language).expect("valid")];
    if *language != "en" && country.languages.contains(&"en") && rng.random_bool(0.5) {
        languages.push(Language::parse("en").expect("valid"));
    }
    OrganizationDraft {
        kind: OrganizationKind::Msme,
        name: Name::parse(&name).expect("demo names are valid"),
        country: Country::parse(country.code).expect("valid"),
        region: Some(Region::parse(region).expect("valid")),
        languages,
        description: Some(
            Description::parse(&format!("{sector_word} business in {region} (synthetic demo firm)."))
                .expect("valid"),
        ),
        msme: Some(MsmeProfile {
            legal_form,
            founded_on: Some(founded),
            industry: Some(IndustryCode::parse(isic).expect("valid")),
            employees: Some(employees),
            annual_turnover: Some(money(turnover, country.currency)),
            investment: Some(money(investment, country.currency)),
            balance_sheet_total: None,
            ownership: Ownership {
                women_led: rng.random_bool(0.32),
                youth_led: rng.random_bool(0.2),
                veteran_led: rng.random_bool(if country.code == "CA" { 0.06 } else { 0.02 }),
            },
            operating_status: status,
            needs,
            offers: vec![],
        }),
        partner: None,
    }
}

/// Words from which synthetic opportunity titles and descriptions are drawn, by channel.
const OFFER_WORDS: [(Channel, &[&str]); 5] = [
    (
        Channel::Resources,
        &[
            "working capital",
            "equipment loan",
            "restocking grant",
            "pooled purchase of packaging",
            "cold storage financing",
            "invoice financing",
            "raw materials credit",
        ],
    ),
    (
        Channel::Knowledge,
        &[
            "bookkeeping clinic",
            "food safety advice",
            "digital payments guide",
            "export standards help",
            "costing and pricing advice",
            "tax registration help",
        ],
    ),
    (
        Channel::Networking,
        &[
            "buyer introductions",
            "supplier matchmaking",
            "subcontracting fair",
            "cocoa sourcing meetings",
            "cooperative transport sharing",
            "trade mission",
        ],
    ),
    (
        Channel::Markets,
        &[
            "marketplace onboarding",
            "online storefront",
            "supermarket listing",
            "delivery partnership",
            "export marketplace access",
            "product photography",
        ],
    ),
    (
        Channel::Training,
        &[
            "mentoring by owners",
            "digital marketing course",
            "machine operation training",
            "leadership coaching",
            "recovery planning workshop",
            "customer service training",
        ],
    ),
];

/// Adds `count` synthetic opportunities (for load and recommendation benchmarks), spread over
/// the countries and their partners, the same for the same seed. They are all illustrative.
pub fn add_synthetic_opportunities(data: &mut DemoData, seed: u64, count: usize) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x6f70_706f);
    for index in 0..count {
        let country = &COUNTRIES[index % COUNTRIES.len()];
        let partners: Vec<usize> = data
            .partners
            .iter()
            .enumerate()
            .filter(|(_, p)| p.country.code() == country.code)
            .map(|(i, _)| i)
            .collect();
        let partner = *partners.choose(&mut rng).expect("every country has partners");
        let (channel, words) = OFFER_WORDS[rng.random_range(0..OFFER_WORDS.len())];
        let first = words.choose(&mut rng).expect("words");
        let second = words.choose(&mut rng).expect("words");
        let (_, isic, sector) = SECTORS[rng.random_range(0..SECTORS.len())];
        let region_count = rng.random_range(0..3);
        let mut regions: Vec<Region> = Vec::new();
        for _ in 0..region_count {
            let region = Region::parse(country.regions.choose(&mut rng).expect("regions")).expect("valid");
            if !regions.contains(&region) {
                regions.push(region);
            }
        }
        let industries =
            if rng.random_bool(0.3) { vec![IndustryCode::parse(isic).expect("valid")] } else { vec![] };
        let size_classes = match rng.random_range(0..4) {
            0 => vec![SizeClass::Micro],
            1 => vec![SizeClass::Micro, SizeClass::Small],
            _ => vec![],
        };
        let draft = OpportunityDraft {
            partner_id: Uuid::nil(),
            title: text::<200>(&format!(
                "{} for {} firms #{}",
                capitalise(first),
                sector.to_lowercase(),
                index + 1
            )),
            description: text::<5000>(&format!(
                "Synthetic opportunity offering {first} and {second} to {} businesses{}.",
                sector.to_lowercase(),
                if regions.is_empty() {
                    String::new()
                } else {
                    format!(" in {}", regions.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(" and "))
                }
            )),
            channel,
            capacity: Capacity { seats: Some(rng.random_range(5..500)), ..Capacity::default() },
            opens_on: Some(date(2026, 1, 1)),
            closes_on: Some(date(2027, 12, 31)),
            languages: country.languages.iter().take(2).map(|l| Language::parse(l).expect("valid")).collect(),
            country: Country::parse(country.code).expect("valid"),
            regions,
            industries,
            size_classes,
            priorities: mitra_domain::Priorities::default(),
            illustrative: true,
        };
        data.opportunities.push((partner, draft));
    }
}

fn capitalise(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Stores the demo data in one transaction: all of it or nothing.
pub async fn seed(
    store: &dyn mitra_store::Store,
    data: DemoData,
) -> Result<mitra_store::Counts, mitra_store::StoreError> {
    let (stored_partners, _) = store.insert_all(data.partners, vec![]).await?;
    let opportunities = data
        .opportunities
        .into_iter()
        .map(|(partner, draft)| OpportunityDraft { partner_id: stored_partners[partner].id, ..draft })
        .collect();
    store.insert_all(data.msmes, opportunities).await?;
    store.counts().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_data() {
        let a = generate(7, 50);
        let b = generate(7, 50);
        assert_eq!(a.msmes, b.msmes);
        assert_ne!(generate(8, 50).msmes, a.msmes);
    }

    #[test]
    fn every_demo_record_passes_the_domain_checks() {
        let data = generate(DEFAULT_SEED, 400);
        let today = date(2026, 11, 28);
        for draft in data.partners.iter().chain(&data.msmes) {
            draft.clone().check(today).unwrap();
        }
        for (_, draft) in &data.opportunities {
            draft.clone().check().unwrap();
        }
    }

    #[test]
    fn synthetic_opportunities_are_valid_and_the_same_for_the_same_seed() {
        let mut a = generate(3, 1);
        let mut b = generate(3, 1);
        let before = a.opportunities.len();
        add_synthetic_opportunities(&mut a, 3, 500);
        add_synthetic_opportunities(&mut b, 3, 500);
        assert_eq!(a.opportunities.len(), before + 500);
        assert_eq!(a.opportunities, b.opportunities);
        for (partner, draft) in &a.opportunities[before..] {
            assert_eq!(a.partners[*partner].country, draft.country);
            draft.clone().check().unwrap();
        }
    }

    #[test]
    fn every_country_has_the_kinds_of_partner_the_founding_text_names() {
        use OrganizationKind::*;
        let data = generate(DEFAULT_SEED, 1);
        for country in &COUNTRIES {
            let partners: Vec<&OrganizationDraft> =
                data.partners.iter().filter(|p| p.country.code() == country.code).collect();
            for kind in [
                FinancialInstitution,
                GovernmentAgency,
                DevelopmentBank,
                EcommercePlatform,
                Nonprofit,
                Academic,
            ] {
                assert!(partners.iter().any(|p| p.kind == kind), "{} has no {kind}", country.code);
            }
            let named =
                |words: &[&str]| partners.iter().any(|p| words.iter().any(|w| p.name.as_str().contains(w)));
            assert!(
                named(&["Ministry", "Department", "Kementerian", "Secretaría"]),
                "{} has no ministry",
                country.code
            );
            assert!(
                named(&["Export", "Trade Commissioner"]),
                "{} has no export-promotion body",
                country.code
            );
        }
    }

    #[test]
    fn every_country_has_opportunities_on_all_five_channels() {
        let data = generate(DEFAULT_SEED, 1);
        for country in &COUNTRIES {
            let mut channels: Vec<Channel> = data
                .opportunities
                .iter()
                .filter(|(_, o)| o.country.code() == country.code)
                .map(|(_, o)| o.channel)
                .collect();
            channels.sort();
            channels.dedup();
            assert_eq!(channels, Channel::ALL, "{}", country.code);
        }
    }

    #[test]
    fn ceba_and_indonesian_onboarding_are_the_programmes_not_marked_illustrative() {
        let data = generate(DEFAULT_SEED, 1);
        let real: Vec<&str> = data
            .opportunities
            .iter()
            .filter(|(_, o)| !o.illustrative)
            .map(|(_, o)| o.title.as_str())
            .collect();
        assert_eq!(real.len(), 4);
        assert!(real.iter().all(|t| t.contains("CEBA") || t.contains("national MSME onboarding")));
        let ceba = data.opportunities.iter().find(|(_, o)| o.title.as_str().contains("CEBA")).unwrap();
        assert_eq!(ceba.1.capacity.max_per_firm, Some(money(60_000, "CAD")));
    }

    #[test]
    fn most_synthetic_firms_get_a_size_class_and_most_are_micro() {
        let data = generate(DEFAULT_SEED, 400);
        let today = date(2026, 11, 28);
        let classes: Vec<SizeClass> = data
            .msmes
            .iter()
            .filter_map(|m| m.size_class(today))
            .filter_map(Result::ok)
            .map(|c| c.class)
            .collect();
        assert!(classes.len() >= data.msmes.len() * 95 / 100, "{} of {}", classes.len(), data.msmes.len());
        let micro = classes.iter().filter(|c| **c == SizeClass::Micro).count();
        assert!(micro * 2 > classes.len());
    }
}
