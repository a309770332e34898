//! The use cases through the real store, on SQLite and (when `MITRA_TEST_POSTGRES_URL` is set)
//! PostgreSQL, on a fixed clock.

use std::sync::Arc;

use jiff::civil::date;
use mitra_app::{Actor, App, AppError, FixedClock, Refresh, RegistryImport};
use mitra_domain::{
    Capacity, Channel, ChannelNote, Country, IndustryCode, Language, LegalForm, MsmeProfile, OperatingStatus,
    OpportunityDraft, OpportunityQuery, OrganizationDraft, OrganizationKind, Ownership, Page, PartnerProfile,
    Text,
};
use mitra_store::testing::TestDatabase;
use uuid::Uuid;

macro_rules! on_both_backends {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $test() {
                    let fresh = mitra_store::testing::TestDatabase::sqlite().await;
                    super::$test(&fresh).await;
                    fresh.cleanup().await;
                }
            )*
        }

        mod postgres {
            $(
                #[tokio::test]
                async fn $test() {
                    let Some(fresh) = mitra_store::testing::TestDatabase::postgres().await else {
                        mitra_store::testing::report_postgres_skipped(stringify!($test));
                        return;
                    };
                    super::$test(&fresh).await;
                    fresh.cleanup().await;
                }
            )*
        }
    };
}

on_both_backends!(
    an_import_with_bad_records_names_each_problem_by_its_place_and_stores_nothing,
    archiving_a_partner_archives_its_opportunities_in_the_same_unit_of_work,
    records_carry_the_clocks_time_and_date,
    a_visitor_who_has_not_signed_in_may_neither_import_nor_run_maintenance,
    a_refresh_done_by_one_process_is_not_redone_by_another_on_the_same_date,
    a_catalogue_kept_current_by_changes_recommends_as_one_built_afresh,
);

const TODAY: jiff::civil::Date = date(2027, 9, 15);

fn app(database: &TestDatabase) -> App {
    App::new(database.store.clone(), Arc::new(FixedClock::on(TODAY)))
}

fn text<const MAX: usize>(raw: &str) -> Text<MAX> {
    Text::parse(raw).unwrap()
}

fn bank(name: &str) -> OrganizationDraft {
    OrganizationDraft {
        kind: OrganizationKind::FinancialInstitution,
        name: text(name),
        country: Country::parse("GH").unwrap(),
        region: None,
        languages: vec![Language::parse("en").unwrap()],
        description: None,
        msme: None,
        partner: Some(PartnerProfile {
            offers: vec![ChannelNote { channel: Channel::Resources, description: text("Loans") }],
        }),
    }
}

fn loan(partner_id: Uuid) -> OpportunityDraft {
    OpportunityDraft {
        partner_id,
        programme_id: None,
        title: text("Restart loan"),
        description: text("Working capital for traders"),
        channel: Channel::Resources,
        capacity: Capacity { seats: Some(10), ..Capacity::default() },
        opens_on: Some(date(2027, 1, 1)),
        closes_on: Some(date(2028, 1, 1)),
        languages: vec![Language::parse("en").unwrap()],
        country: Country::parse("GH").unwrap(),
        regions: vec![],
        industries: vec![],
        size_classes: vec![],
        priorities: Default::default(),
        illustrative: true,
        relief_loan: None,
    }
}

/// A bakery in Accra that needs working capital and training.
fn bakery() -> OrganizationDraft {
    OrganizationDraft {
        kind: OrganizationKind::Msme,
        name: text("Auntie Ama's Bakery"),
        country: Country::parse("GH").unwrap(),
        region: Some(text("Greater Accra")),
        languages: vec![Language::parse("en").unwrap()],
        description: None,
        msme: Some(MsmeProfile {
            registration_number: None,
            legal_form: LegalForm::SoleProprietorship,
            founded_on: Some(date(2014, 3, 1)),
            industry: Some(IndustryCode::parse("1071").unwrap()),
            employees: Some(4),
            annual_turnover: None,
            investment: None,
            balance_sheet_total: None,
            ownership: Ownership::default(),
            operating_status: OperatingStatus::Operating,
            needs: vec![
                ChannelNote { channel: Channel::Resources, description: text("working capital for flour") },
                ChannelNote { channel: Channel::Training, description: text("bookkeeping for traders") },
            ],
            offers: vec![],
            figures: vec![],
        }),
        partner: None,
    }
}

async fn an_import_with_bad_records_names_each_problem_by_its_place_and_stores_nothing(
    database: &TestDatabase,
) {
    let app = app(database);
    let mut nameless = bank("Second bank");
    nameless.languages.clear();
    let mut backwards = loan(Uuid::nil());
    backwards.closes_on = Some(date(2026, 1, 1));
    let import = RegistryImport {
        partners: vec![bank("First bank"), nameless],
        opportunities: vec![(0, loan(Uuid::nil())), (1, backwards), (7, loan(Uuid::nil()))],
        msmes: vec![],
        rules: vec![],
        programmes: vec![],
    };
    let Err(AppError::Invalid(problems)) = app.import_registry(&Actor::System, import).await else {
        panic!("the import must be refused");
    };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["partners[1].languages", "opportunities[1].closes_on", "opportunities[2]"]);
    assert_eq!(app.counts(&Actor::System).await.unwrap().organizations, 0, "nothing was stored");
}

async fn archiving_a_partner_archives_its_opportunities_in_the_same_unit_of_work(database: &TestDatabase) {
    let app = app(database);
    let partner = app.create_organization(&Actor::System, bank("Sika Bank")).await.unwrap();
    let id = partner.organization.id;
    app.create_opportunity(&Actor::System, loan(id)).await.unwrap();
    let archived = app.archive_organization(&Actor::System, id, None).await.unwrap();
    let query = OpportunityQuery { partner_id: Some(id), include_archived: true, ..Default::default() };
    let offers = app.list_opportunities(&Actor::Anonymous, &query, Page::first(10)).await.unwrap();
    assert_eq!(offers.items[0].opportunity.archived_at, archived.organization.archived_at);
    let again = app.archive_organization(&Actor::System, id, None).await.unwrap();
    assert_eq!(
        again.organization.archived_at, archived.organization.archived_at,
        "archiving twice changes nothing"
    );
}

async fn records_carry_the_clocks_time_and_date(database: &TestDatabase) {
    let app = app(database);
    let created = app.create_organization(&Actor::System, bank("Sika Bank")).await.unwrap();
    assert_eq!(created.as_of, TODAY);
    let noon = jiff::tz::TimeZone::UTC.to_timestamp(TODAY.at(12, 0, 0, 0)).unwrap();
    assert!(created.organization.created_at >= noon);
    assert!(created.organization.created_at < noon + jiff::SignedDuration::from_secs(1));
    let offered = app.create_opportunity(&Actor::System, loan(created.organization.id)).await.unwrap();
    assert!(offered.open_now(), "open on the clock's date, whatever the calendar says");
}

async fn a_visitor_who_has_not_signed_in_may_neither_import_nor_run_maintenance(database: &TestDatabase) {
    let app = app(database);
    let import = RegistryImport { partners: vec![bank("Sika Bank")], ..Default::default() };
    assert!(matches!(app.import_registry(&Actor::Anonymous, import).await, Err(AppError::SignInRequired)));
    assert!(matches!(
        app.refresh_filter_columns(&Actor::Anonymous, false).await,
        Err(AppError::SignInRequired)
    ));
    assert_eq!(app.counts(&Actor::System).await.unwrap().organizations, 0);
}

async fn a_refresh_done_by_one_process_is_not_redone_by_another_on_the_same_date(database: &TestDatabase) {
    let first = app(database);
    let second = App::new(database.reopen().await, Arc::new(FixedClock::on(TODAY)));
    let import = RegistryImport {
        partners: (0..3).map(|i| bank(&format!("Bank {i}"))).collect(),
        ..Default::default()
    };
    first.import_registry(&Actor::System, import).await.unwrap();
    let done = first.refresh_filter_columns(&Actor::System, false).await.unwrap();
    assert_eq!(done, Refresh::Done { on: TODAY, scanned: 3, changed: 0 });
    let skipped = second.refresh_filter_columns(&Actor::System, false).await.unwrap();
    assert_eq!(skipped, Refresh::Skipped { on: TODAY });
    let forced = second.refresh_filter_columns(&Actor::System, true).await.unwrap();
    assert!(matches!(forced, Refresh::Done { scanned: 3, .. }), "{forced:?}");
}

async fn a_catalogue_kept_current_by_changes_recommends_as_one_built_afresh(database: &TestDatabase) {
    let warm = app(database);
    let firm = warm.create_organization(&Actor::System, bakery()).await.unwrap().organization.id;
    let partner = warm.create_organization(&Actor::System, bank("Sika Bank")).await.unwrap();
    let partner = partner.organization.id;
    let mut offers = Vec::new();
    for (index, words) in
        ["working capital", "flour and sugar", "bookkeeping course", "export loans"].into_iter().enumerate()
    {
        let mut offer = loan(partner);
        offer.title = text(&format!("Offer {index}"));
        offer.description = text(words);
        offer.channel = if index % 2 == 0 { Channel::Resources } else { Channel::Training };
        offers.push(warm.create_opportunity(&Actor::System, offer).await.unwrap().opportunity);
    }
    warm.recommend(&Actor::System, firm, 10).await.unwrap();
    // Changes the warm catalogue takes in place: a new offer, a changed text, an archive.
    let mut extra = loan(partner);
    extra.title = text("Offer 4");
    extra.description = text("working capital for bakeries, flour on credit");
    warm.create_opportunity(&Actor::System, extra).await.unwrap();
    let mut changed = offers[3].details.clone();
    changed.description = text("bookkeeping and working capital for traders");
    warm.update_opportunity(&Actor::System, offers[3].id, changed, None).await.unwrap();
    warm.archive_opportunity(&Actor::System, offers[0].id, None).await.unwrap();
    let kept = warm.recommend(&Actor::System, firm, 10).await.unwrap();
    let fresh = app(database).recommend(&Actor::System, firm, 10).await.unwrap();
    let ranked = |r: &mitra_app::Recommendations| {
        r.opportunities.iter().map(|o| (o.title.clone(), o.score.to_bits())).collect::<Vec<_>>()
    };
    assert_eq!(ranked(&kept), ranked(&fresh));
    assert_eq!((kept.catalogue_version, kept.considered), (fresh.catalogue_version, fresh.considered));
    assert_eq!(kept.considered, 4, "the archived offer left the catalogue");
    assert_eq!(
        kept.opportunities[0].title,
        "Offer 3",
        "its new text matches both needs: {:?}",
        ranked(&kept)
    );
    assert!(kept.opportunities.iter().any(|o| o.title == "Offer 4"), "the new offer is in");
    assert!(kept.opportunities.iter().all(|o| o.title != "Offer 0"));
}
