//! The storage conformance suite, written once and run on both backends.
//!
//! Every test runs on a fresh SQLite file. When `MITRA_TEST_POSTGRES_URL` names a PostgreSQL
//! server (any database on it that the user may connect to), every test also runs there, each
//! in a fresh database that is dropped afterwards; without it the PostgreSQL tests say they
//! were skipped.

use jiff::civil::date;
use mitra_domain::{
    Capacity, Channel, ChannelNote, Country, IndustryCode, Language, LegalForm, Money, MsmeProfile,
    OperatingStatus, OpportunityDraft, OrganizationDraft, OrganizationKind, Ownership, PartnerProfile,
    SizeClass, Text,
};
use mitra_domain::{
    Listed, Opportunity, OpportunityQuery as OpportunityFilter, Organization,
    OrganizationQuery as OrganizationFilter, Page,
};
use mitra_store::{Store, StoreError, UnitOfWork};
use uuid::Uuid;

/// Declares each test once for SQLite and once for PostgreSQL.
macro_rules! conformance {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $test() {
                    let fresh = mitra_store::testing::TestDatabase::sqlite().await;
                    super::$test(&super::Db(&*fresh.store, &fresh)).await;
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
                    super::$test(&super::Db(&*fresh.store, &fresh)).await;
                    fresh.cleanup().await;
                }
            )*
        }
    };
}

conformance!(
    a_count_is_of_exactly_the_records_the_pages_list_and_stops_at_its_bound,
    the_open_on_filter_keeps_what_is_open_that_day,
    creating_an_organization_then_reading_it_returns_the_same_record,
    reading_an_unknown_organization_is_not_found,
    updating_an_organization_replaces_its_content_and_keeps_its_creation_time,
    updating_an_archived_organization_is_a_conflict,
    archiving_an_organization_hides_it_and_its_opportunities_from_lists,
    archiving_twice_keeps_the_first_archive_time,
    lists_filter_by_kind_country_region_and_ownership,
    the_industry_filter_matches_any_ancestor_or_prefix,
    the_size_class_filter_uses_the_computed_class,
    the_channel_filter_matches_needs_and_offers,
    the_text_query_matches_every_word_in_any_case_and_takes_wildcards_literally,
    the_text_query_ignores_accents_and_keeps_every_script_the_same_on_both_backends,
    text_with_quotes_sql_and_markup_is_stored_and_returned_unchanged,
    pages_follow_the_cursor_without_gaps_or_repeats,
    pages_of_an_industry_or_a_text_query_follow_the_cursor_in_list_order,
    a_prefix_that_begins_many_words_finds_them_all_in_list_order,
    an_opportunity_of_an_unknown_or_archived_partner_is_refused,
    opportunity_lists_filter_by_channel_region_language_and_partner,
    updating_an_opportunity_keeps_its_creation_and_its_columns_follow_a_change_of_partner,
    storing_many_records_stores_none_when_one_is_refused,
    counts_count_only_live_records,
    every_change_to_opportunities_moves_their_version,
    rule_set_versions_are_numbered_in_order_and_read_back_whole,
    a_firm_applies_once_to_an_opportunity_and_its_waitlist_is_in_the_order_applications_joined_it,
    a_job_is_claimed_by_one_process_at_a_time_taken_over_when_its_claim_runs_out_and_resumed_where_it_stopped,
    a_firm_has_one_recovery_report_a_month_which_a_later_one_replaces,
    a_programme_groups_opportunities_and_gives_its_participants_its_baseline_year,
    a_mentor_keeps_one_profile_and_programmes_keep_pools_of_mentors,
    a_round_keeps_each_run_with_its_inputs_and_each_proposal_with_its_answers,
    the_dashboards_cells_always_equal_a_recount_of_the_reports,
    the_changes_since_a_version_are_each_changed_opportunity_once_in_change_order,
    refreshing_size_classes_follows_a_change_of_rule,
    two_writes_in_one_unit_of_work_roll_back_together,
    a_unit_of_work_that_fails_midway_leaves_nothing_behind,
    a_reader_sees_a_unit_of_work_whole_or_not_at_all,
    a_list_is_never_longer_than_the_store_allows,
    refreshing_columns_walks_the_registry_in_batches,
    one_holder_at_a_time_has_a_lease_until_it_expires_or_is_let_go,
    stored_times_sort_as_times,
    a_change_based_on_another_version_is_refused_and_changes_nothing,
    a_change_stamped_before_the_last_one_is_dated_just_after_it,
    a_reader_paging_while_two_processes_insert_sees_every_record_exactly_once,
    a_user_is_found_by_id_and_address_and_an_address_has_one_account,
    memberships_are_kept_once_each_and_listed_by_organization,
    a_firm_without_a_report_of_the_month_is_reminded_of_it_once,
    sessions_and_tokens_are_found_by_their_hash_touched_and_ended,
    an_invitation_or_a_reset_is_used_once_even_by_two_processes,
    attempts_are_counted_within_their_window_and_old_ones_forgotten,
    the_audit_log_is_filtered_newest_first_and_can_be_neither_changed_nor_emptied,
    the_outbox_keeps_email_until_it_is_sent_and_notes_failures,
    a_consent_holds_until_its_last_day_or_its_revocation,
    a_list_narrowed_to_visible_msmes_shows_partners_and_only_those_msmes,
);

/// The day the suite's size classes are computed for.
const TODAY: jiff::civil::Date = date(2027, 9, 15);

/// A time on `TODAY`, `seconds` after noon.
fn at(seconds: i64) -> jiff::Timestamp {
    let noon = jiff::tz::TimeZone::UTC.to_timestamp(TODAY.at(12, 0, 0, 0)).unwrap();
    noon + jiff::SignedDuration::from_secs(seconds)
}

/// The store as the tests drive it: each call is one unit of work, committed.
struct Db<'s>(&'s dyn Store, &'s mitra_store::testing::TestDatabase);

impl Db<'_> {
    /// A second store over the same database, as another process would open it.
    async fn sibling(&self) -> std::sync::Arc<dyn Store> {
        self.1.reopen().await
    }

    /// This store, to hand to a task.
    fn shared(&self) -> std::sync::Arc<dyn Store> {
        self.1.store.clone()
    }

    async fn write(&self) -> Box<dyn UnitOfWork> {
        self.0.write().await.unwrap()
    }

    async fn read(&self) -> Box<dyn UnitOfWork> {
        self.0.read().await.unwrap()
    }

    async fn create_organization(&self, draft: OrganizationDraft) -> Result<Organization, StoreError> {
        let mut unit = self.write().await;
        let created =
            unit.insert_organization(Uuid::now_v7(), &draft.check(TODAY).unwrap(), at(0), TODAY).await?;
        unit.commit().await?;
        Ok(created)
    }

    async fn organization(&self, id: Uuid) -> Result<Organization, StoreError> {
        self.read().await.organization(id).await?.ok_or(StoreError::NotFound { entity: "organization", id })
    }

    async fn update_organization(
        &self,
        id: Uuid,
        draft: OrganizationDraft,
    ) -> Result<Organization, StoreError> {
        let mut unit = self.write().await;
        let updated = unit.update_organization(id, &draft.check(TODAY).unwrap(), None, at(60), TODAY).await?;
        unit.commit().await?;
        Ok(updated)
    }

    /// Archives an organisation and its opportunities, as the application does.
    async fn archive_organization(&self, id: Uuid) -> Result<Organization, StoreError> {
        let mut unit = self.write().await;
        let archived = unit.archive_organization(id, None, at(120)).await?;
        unit.archive_opportunities_of(id, at(120)).await?;
        unit.commit().await?;
        Ok(archived)
    }

    async fn list_organizations(
        &self,
        filter: &OrganizationFilter,
        page: Page,
    ) -> Result<Listed<Organization>, StoreError> {
        self.read().await.list_organizations(filter, page).await
    }

    async fn create_opportunity(&self, draft: OpportunityDraft) -> Result<Opportunity, StoreError> {
        let mut unit = self.write().await;
        let created = unit.insert_opportunity(Uuid::now_v7(), &draft.check().unwrap(), at(0)).await?;
        unit.commit().await?;
        Ok(created)
    }

    async fn opportunity(&self, id: Uuid) -> Result<Opportunity, StoreError> {
        self.read().await.opportunity(id).await?.ok_or(StoreError::NotFound { entity: "opportunity", id })
    }

    async fn update_opportunity(&self, id: Uuid, draft: OpportunityDraft) -> Result<Opportunity, StoreError> {
        let mut unit = self.write().await;
        let updated = unit.update_opportunity(id, &draft.check().unwrap(), None, at(60)).await?;
        unit.commit().await?;
        Ok(updated)
    }

    async fn archive_opportunity(&self, id: Uuid) -> Result<Opportunity, StoreError> {
        let mut unit = self.write().await;
        let archived = unit.archive_opportunity(id, None, at(120)).await?;
        unit.commit().await?;
        Ok(archived)
    }

    async fn list_opportunities(
        &self,
        filter: &OpportunityFilter,
        page: Page,
    ) -> Result<Listed<Opportunity>, StoreError> {
        self.read().await.list_opportunities(filter, page).await
    }

    /// Stores organisations, then opportunities, in one unit of work: all or none.
    async fn insert_all(
        &self,
        organizations: Vec<OrganizationDraft>,
        opportunities: Vec<OpportunityDraft>,
    ) -> Result<(Vec<Organization>, Vec<Opportunity>), StoreError> {
        let mut unit = self.write().await;
        let mut stored = (vec![], vec![]);
        for draft in organizations {
            stored.0.push(
                unit.insert_organization(Uuid::now_v7(), &draft.check(TODAY).unwrap(), at(0), TODAY).await?,
            );
        }
        for draft in opportunities {
            stored.1.push(unit.insert_opportunity(Uuid::now_v7(), &draft.check().unwrap(), at(0)).await?);
        }
        unit.commit().await?;
        Ok(stored)
    }

    /// Live organisations, MSMEs and opportunities.
    async fn counts(&self) -> (u64, u64, u64) {
        let mut unit = self.read().await;
        let (organizations, msmes) = unit.count_organizations().await.unwrap();
        (organizations, msmes, unit.count_opportunities().await.unwrap())
    }

    async fn opportunities_version(&self) -> Result<i64, StoreError> {
        self.read().await.opportunities_version().await
    }

    async fn live_opportunities(&self) -> Result<(i64, Vec<Opportunity>), StoreError> {
        let mut unit = self.read().await;
        Ok((unit.opportunities_version().await?, unit.live_opportunities().await?))
    }

    /// Refreshes every organisation's columns for `on`, two at a time; how many changed.
    async fn refresh_indexes(&self, on: jiff::civil::Date) -> Result<u64, StoreError> {
        let (mut changed, mut after) = (0, None);
        loop {
            let mut unit = self.write().await;
            let batch = unit.refresh_organization_columns(after, 2, on).await?;
            unit.commit().await?;
            changed += batch.changed;
            match batch.last {
                Some(last) => after = Some(last),
                None => return Ok(changed),
            }
        }
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.0.ping().await
    }
}

// Fixtures.

fn text<const MAX: usize>(raw: &str) -> Text<MAX> {
    Text::parse(raw).unwrap()
}

fn msme(name: &str, country: &str, region: &str, industry: &str) -> OrganizationDraft {
    OrganizationDraft {
        kind: OrganizationKind::Msme,
        name: text(name),
        country: Country::parse(country).unwrap(),
        region: Some(text(region)),
        languages: vec![Language::parse("en").unwrap()],
        description: Some(text("Family firm recovering after the lockdowns")),
        msme: Some(MsmeProfile {
            registration_number: None,
            legal_form: LegalForm::SoleProprietorship,
            founded_on: Some(date(2012, 5, 1)),
            industry: Some(IndustryCode::parse(industry).unwrap()),
            employees: Some(3),
            annual_turnover: None,
            investment: None,
            balance_sheet_total: None,
            ownership: Ownership::default(),
            operating_status: OperatingStatus::Operating,
            needs: vec![],
            offers: vec![],
            figures: vec![],
        }),
        partner: None,
    }
}

fn partner(kind: OrganizationKind, name: &str, country: &str) -> OrganizationDraft {
    OrganizationDraft {
        kind,
        name: text(name),
        country: Country::parse(country).unwrap(),
        region: None,
        languages: vec![Language::parse("en").unwrap()],
        description: None,
        msme: None,
        partner: Some(PartnerProfile {
            offers: vec![ChannelNote {
                channel: Channel::Resources,
                description: text("Working capital loans"),
            }],
        }),
    }
}

fn opportunity(partner_id: Uuid, channel: Channel, regions: &[&str], languages: &[&str]) -> OpportunityDraft {
    OpportunityDraft {
        partner_id,
        programme_id: None,
        title: text("Recovery programme"),
        description: text("Help for firms hit by the shock"),
        channel,
        capacity: Capacity { seats: Some(30), ..Capacity::default() },
        opens_on: Some(date(2026, 1, 1)),
        closes_on: None,
        languages: languages.iter().map(|l| Language::parse(l).unwrap()).collect(),
        country: Country::parse("GH").unwrap(),
        regions: regions.iter().map(|r| text(r)).collect(),
        industries: vec![],
        size_classes: vec![],
        priorities: Default::default(),
        illustrative: true,
        relief_loan: None,
    }
}

fn all() -> Page {
    Page::first(100)
}

async fn names(store: &Db<'_>, filter: OrganizationFilter) -> Vec<String> {
    let listed = store.list_organizations(&filter, all()).await.unwrap();
    listed.items.into_iter().map(|o| o.details.name.to_string()).collect()
}

// The tests.

async fn creating_an_organization_then_reading_it_returns_the_same_record(store: &Db<'_>) {
    let created = store.create_organization(msme("Asante Cocoa", "GH", "Ashanti", "0127")).await.unwrap();
    let read = store.organization(created.id).await.unwrap();
    assert_eq!(read, created);
    assert_eq!(read.archived_at, None);
}

async fn reading_an_unknown_organization_is_not_found(store: &Db<'_>) {
    let id = Uuid::now_v7();
    let error = store.organization(id).await.unwrap_err();
    assert!(matches!(error, StoreError::NotFound { entity: "organization", id: missing } if missing == id));
}

async fn updating_an_organization_replaces_its_content_and_keeps_its_creation_time(store: &Db<'_>) {
    let created = store.create_organization(msme("Asante Cocoa", "GH", "Ashanti", "0127")).await.unwrap();
    let mut changed = created.details.clone();
    changed.name = text("Asante Cocoa Cooperative");
    let updated = store.update_organization(created.id, changed.clone()).await.unwrap();
    assert_eq!(updated.details, changed);
    assert_eq!(updated.created_at, created.created_at);
    assert!(updated.updated_at >= created.updated_at);
    assert_eq!(store.organization(created.id).await.unwrap(), updated);
    let hits =
        names(store, OrganizationFilter { text: Some("cooperative".into()), ..Default::default() }).await;
    assert_eq!(hits, ["Asante Cocoa Cooperative"]);
}

async fn updating_an_archived_organization_is_a_conflict(store: &Db<'_>) {
    let created = store.create_organization(msme("Asante Cocoa", "GH", "Ashanti", "0127")).await.unwrap();
    store.archive_organization(created.id).await.unwrap();
    let error = store.update_organization(created.id, created.details.clone()).await.unwrap_err();
    assert!(matches!(error, StoreError::Archived { entity: "organization", .. }), "{error:?}");
    let error = store.update_organization(Uuid::now_v7(), created.details).await.unwrap_err();
    assert!(matches!(error, StoreError::NotFound { .. }), "{error:?}");
}

async fn archiving_an_organization_hides_it_and_its_opportunities_from_lists(store: &Db<'_>) {
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    store.create_opportunity(opportunity(bank.id, Channel::Resources, &[], &["en"])).await.unwrap();
    let archived = store.archive_organization(bank.id).await.unwrap();
    assert!(archived.archived_at.is_some());
    assert!(names(store, OrganizationFilter::default()).await.is_empty());
    let live = store.list_opportunities(&OpportunityFilter::default(), all()).await.unwrap();
    assert!(live.items.is_empty());
    let everything = store
        .list_opportunities(&OpportunityFilter { include_archived: true, ..Default::default() }, all())
        .await
        .unwrap();
    assert_eq!(everything.items.len(), 1);
    assert!(everything.items[0].archived_at.is_some());
    let with_archived =
        names(store, OrganizationFilter { include_archived: true, ..Default::default() }).await;
    assert_eq!(with_archived, ["GCB"]);
}

async fn archiving_twice_keeps_the_first_archive_time(store: &Db<'_>) {
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    let first = store.archive_organization(bank.id).await.unwrap();
    let second = store.archive_organization(bank.id).await.unwrap();
    assert_eq!(first.archived_at, second.archived_at);
    assert!(matches!(store.archive_organization(Uuid::now_v7()).await, Err(StoreError::NotFound { .. })));
}

async fn lists_filter_by_kind_country_region_and_ownership(store: &Db<'_>) {
    let mut women_led = msme("Ama Textiles", "GH", "Greater Accra", "1410");
    women_led.msme.as_mut().unwrap().ownership.women_led = true;
    store.create_organization(women_led).await.unwrap();
    store.create_organization(msme("Kofi Cocoa", "GH", "Ashanti", "0127")).await.unwrap();
    store.create_organization(msme("Puebla Talavera", "MX", "Puebla", "2393")).await.unwrap();
    store.create_organization(partner(OrganizationKind::Nonprofit, "TechnoServe", "GH")).await.unwrap();

    let ghana = Some(Country::parse("GH").unwrap());
    let msmes = Some(OrganizationKind::Msme);
    assert_eq!(
        names(store, OrganizationFilter { kind: msmes, country: ghana, ..Default::default() }).await,
        ["Ama Textiles", "Kofi Cocoa"]
    );
    assert_eq!(
        names(store, OrganizationFilter { region: Some("ashanti".into()), ..Default::default() }).await,
        ["Kofi Cocoa"]
    );
    assert_eq!(
        names(store, OrganizationFilter { women_led: Some(true), ..Default::default() }).await,
        ["Ama Textiles"]
    );
    assert_eq!(
        names(store, OrganizationFilter { kind: Some(OrganizationKind::Nonprofit), ..Default::default() })
            .await,
        ["TechnoServe"]
    );
}

async fn the_industry_filter_matches_any_ancestor_or_prefix(store: &Db<'_>) {
    store.create_organization(msme("Choco Ghana", "GH", "Accra", "1073")).await.unwrap();
    store.create_organization(msme("Bread Co", "GH", "Accra", "1071")).await.unwrap();
    store.create_organization(msme("Wyoming Chocolate", "US", "Wyoming", "311351")).await.unwrap();
    store.create_organization(msme("Mystery", "US", "Wyoming", "999990")).await.unwrap();
    let industry = |code: &str| OrganizationFilter { industry: Some(code.into()), ..Default::default() };
    let naics = |code: &str| OrganizationFilter { naics: Some(code.into()), ..Default::default() };
    assert_eq!(names(store, industry("c")).await, ["Choco Ghana", "Bread Co", "Wyoming Chocolate"]);
    assert_eq!(names(store, industry("107")).await, ["Choco Ghana", "Bread Co"]);
    assert_eq!(names(store, industry("1073")).await, ["Choco Ghana"]);
    assert_eq!(names(store, naics("3113")).await, ["Wyoming Chocolate"]);
    assert!(names(store, industry("31")).await.is_empty(), "ISIC division 31 is not NAICS sector 31");
    assert!(names(store, naics("10")).await.is_empty(), "NAICS 10 is not ISIC division 10");
    assert_eq!(names(store, industry("999990")).await, ["Mystery"]);
    assert!(names(store, industry("10%")).await.is_empty());
}

async fn the_size_class_filter_uses_the_computed_class(store: &Db<'_>) {
    let mut small = msme("Ghana Twelve", "GH", "Accra", "1073");
    small.msme.as_mut().unwrap().employees = Some(12);
    small.msme.as_mut().unwrap().annual_turnover = Some(Money::parse("900000", "GHS").unwrap());
    store.create_organization(small).await.unwrap();
    let mut micro = msme("Canada Three", "CA", "Ontario", "5610");
    micro.msme.as_mut().unwrap().employees = Some(3);
    store.create_organization(micro).await.unwrap();
    // No turnover: Ghana's rule cannot classify it, so it has no class.
    store.create_organization(msme("Ghana Unknown", "GH", "Accra", "1073")).await.unwrap();
    let size = |class| OrganizationFilter { size_class: Some(class), ..Default::default() };
    assert_eq!(names(store, size(SizeClass::Small)).await, ["Ghana Twelve"]);
    assert_eq!(names(store, size(SizeClass::Micro)).await, ["Canada Three"]);
}

async fn the_channel_filter_matches_needs_and_offers(store: &Db<'_>) {
    let mut needy = msme("Needs Training", "GH", "Accra", "1073");
    needy.msme.as_mut().unwrap().needs =
        vec![ChannelNote { channel: Channel::Training, description: text("bookkeeping") }];
    store.create_organization(needy).await.unwrap();
    store.create_organization(partner(OrganizationKind::FinancialInstitution, "Lender", "GH")).await.unwrap();
    let channel = |c| OrganizationFilter { channel: Some(c), ..Default::default() };
    assert_eq!(names(store, channel(Channel::Training)).await, ["Needs Training"]);
    assert_eq!(names(store, channel(Channel::Resources)).await, ["Lender"]);
    assert!(names(store, channel(Channel::Markets)).await.is_empty());
}

async fn the_text_query_matches_every_word_in_any_case_and_takes_wildcards_literally(store: &Db<'_>) {
    store.create_organization(msme("Kumasi Cocoa Growers", "GH", "Ashanti", "0127")).await.unwrap();
    store.create_organization(msme("Accra 100% Shea", "GH", "Accra", "1040")).await.unwrap();
    let query = |q: &str| OrganizationFilter { text: Some(q.into()), ..Default::default() };
    assert_eq!(names(store, query("COCOA kumasi")).await, ["Kumasi Cocoa Growers"]);
    assert_eq!(
        names(store, query("coc kum")).await,
        ["Kumasi Cocoa Growers"],
        "words are matched by their beginning"
    );
    assert_eq!(names(store, query("100%")).await, ["Accra 100% Shea"]);
    assert!(names(store, query("cocoa shea")).await.is_empty());
    assert!(names(store, query("%")).await.is_empty(), "a query without words matches nothing");
    assert!(names(store, query("_")).await.is_empty());
    assert!(names(store, query("oa")).await.is_empty(), "the middle of a word is not a match");
}

async fn the_text_query_ignores_accents_and_keeps_every_script_the_same_on_both_backends(store: &Db<'_>) {
    store.create_organization(msme("Crédito Agrícola Doña Lupita", "MX", "Puebla", "6492")).await.unwrap();
    store.create_organization(msme("श्री गणेश स्वीट्स", "IN", "Maharashtra", "1071")).await.unwrap();
    store.create_organization(msme("Credito Popular", "MX", "Jalisco", "6492")).await.unwrap();
    let query = |q: &str| OrganizationFilter { text: Some(q.into()), ..Default::default() };
    assert_eq!(names(store, query("credito")).await, ["Crédito Agrícola Doña Lupita", "Credito Popular"]);
    assert_eq!(names(store, query("CRÉDITO agricola")).await, ["Crédito Agrícola Doña Lupita"]);
    assert_eq!(names(store, query("dona")).await, ["Crédito Agrícola Doña Lupita"]);
    assert_eq!(names(store, query("गणेश")).await, ["श्री गणेश स्वीट्स"]);
    // A changed name is found by its new words and no longer by its old ones.
    let firm = store.list_organizations(&query("popular"), all()).await.unwrap().items.remove(0);
    let mut renamed = firm.details.clone();
    renamed.name = text("Caja Solidaria");
    store.update_organization(firm.id, renamed).await.unwrap();
    assert!(names(store, query("popular")).await.is_empty());
    assert_eq!(names(store, query("solidaria")).await, ["Caja Solidaria"]);
}

async fn text_with_quotes_sql_and_markup_is_stored_and_returned_unchanged(store: &Db<'_>) {
    let tricky = "O'Brien \"Bros\" <script>alert(1)</script>'); DROP TABLE organizations; --";
    let created = store.create_organization(msme(tricky, "GH", "Accra", "1073")).await.unwrap();
    assert_eq!(store.organization(created.id).await.unwrap().details.name.as_str(), tricky);
    assert_eq!(
        names(store, OrganizationFilter { text: Some("o'brien".into()), ..Default::default() }).await,
        [tricky]
    );
}

async fn pages_follow_the_cursor_without_gaps_or_repeats(store: &Db<'_>) {
    let drafts: Vec<_> = (0..7).map(|i| msme(&format!("Firm {i}"), "IN", "Kerala", "1073")).collect();
    store.insert_all(drafts, vec![]).await.unwrap();
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let listed =
            store.list_organizations(&OrganizationFilter::default(), Page::new(after, 3)).await.unwrap();
        assert!(listed.items.len() <= 3);
        seen.extend(listed.items.into_iter().map(|o| o.details.name.to_string()));
        match listed.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    let expected: Vec<String> = (0..7).map(|i| format!("Firm {i}")).collect();
    assert_eq!(seen, expected);
}

async fn pages_of_an_industry_or_a_text_query_follow_the_cursor_in_list_order(store: &Db<'_>) {
    // Bakeries (1071) and chocolatiers (1073) in two countries; an archived one drops out.
    let drafts: Vec<_> = (0..9)
        .map(|i| {
            let (country, region) = if i % 3 == 0 { ("GH", "Ashanti") } else { ("IN", "Kerala") };
            let industry = if i % 2 == 0 { "1071" } else { "1073" };
            msme(&format!("Firm {i} bakery"), country, region, industry)
        })
        .collect();
    let (stored, _) = store.insert_all(drafts, vec![]).await.unwrap();
    store.archive_organization(stored[4].id).await.unwrap();
    let walk = |filter: OrganizationFilter| async move {
        let (mut seen, mut after) = (Vec::new(), None);
        loop {
            let listed = store.list_organizations(&filter, Page::new(after, 2)).await.unwrap();
            seen.extend(listed.items.into_iter().map(|o| o.details.name.to_string()));
            match listed.next {
                Some(next) => after = Some(next),
                None => return seen,
            }
        }
    };
    let names = |indices: &[usize]| indices.iter().map(|i| format!("Firm {i} bakery")).collect::<Vec<_>>();
    let industry = |code: &str| OrganizationFilter { industry: Some(code.into()), ..Default::default() };
    assert_eq!(walk(industry("1071")).await, names(&[0, 2, 6, 8]));
    assert_eq!(walk(industry("c")).await, names(&[0, 1, 2, 3, 5, 6, 7, 8]));
    let text = OrganizationFilter { text: Some("BAKERY".into()), ..Default::default() };
    assert_eq!(walk(text.clone()).await, names(&[0, 1, 2, 3, 5, 6, 7, 8]));
    let both = OrganizationFilter { country: Some(Country::parse("GH").unwrap()), ..industry("1073") };
    assert_eq!(walk(OrganizationFilter { text: Some("firm".into()), ..both }).await, names(&[3]));
    let text_and_industry = OrganizationFilter { industry: Some("1071".into()), ..text };
    assert_eq!(walk(text_and_industry).await, names(&[0, 2, 6, 8]));
    let region = OrganizationFilter { region: Some("ashanti".into()), ..Default::default() };
    assert_eq!(walk(region).await, names(&[0, 3, 6]));
    let country_code = OrganizationFilter { text: Some("in".into()), ..Default::default() };
    assert!(walk(country_code).await.is_empty(), "a word never matches the country code");
    let within = OrganizationFilter {
        country: Some(Country::parse("IN").unwrap()),
        text: Some("bakery".into()),
        ..Default::default()
    };
    assert_eq!(walk(within).await, names(&[1, 2, 5, 7, 8]));
}

async fn a_count_is_of_exactly_the_records_the_pages_list_and_stops_at_its_bound(store: &Db<'_>) {
    let mut drafts: Vec<_> =
        (0..25).map(|i| msme(&format!("Kopi{i:02} Roasters"), "ID", "Bali", "1079")).collect();
    drafts.extend((0..5).map(|i| msme(&format!("Chai{i} Stall"), "IN", "Kerala", "5610")));
    store.insert_all(drafts, vec![]).await.unwrap();
    let filters = [
        OrganizationFilter::default(),
        OrganizationFilter { country: Some(Country::parse("ID").unwrap()), ..Default::default() },
        OrganizationFilter { text: Some("kopi".into()), ..Default::default() },
        OrganizationFilter { industry: Some("5610".into()), ..Default::default() },
        OrganizationFilter { text: Some("nothing-like-it".into()), ..Default::default() },
    ];
    for filter in filters {
        let listed = store.list_organizations(&filter, all()).await.unwrap().items.len() as u64;
        let counted = store.read().await.count_matching_organizations(&filter, 1_000).await.unwrap();
        assert_eq!(counted, listed, "{filter:?}");
    }
    let capped =
        store.read().await.count_matching_organizations(&OrganizationFilter::default(), 10).await.unwrap();
    assert_eq!(capped, 10, "counting stops at its bound");
}

async fn the_open_on_filter_keeps_what_is_open_that_day(store: &Db<'_>) {
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    let mut dated = opportunity(bank.id, Channel::Resources, &[], &["en"]);
    dated.opens_on = Some(jiff::civil::date(2027, 1, 1));
    dated.closes_on = Some(jiff::civil::date(2027, 6, 30));
    let dated = store.create_opportunity(dated).await.unwrap();
    let always =
        store.create_opportunity(opportunity(bank.id, Channel::Training, &[], &["en"])).await.unwrap();
    let open_on = |on| OpportunityFilter { open_on: Some(on), ..Default::default() };
    for (on, expected) in [
        (jiff::civil::date(2026, 12, 31), vec![always.id]),
        (jiff::civil::date(2027, 1, 1), vec![dated.id, always.id]),
        (jiff::civil::date(2027, 6, 30), vec![dated.id, always.id]),
        (jiff::civil::date(2027, 7, 1), vec![always.id]),
    ] {
        let listed: Vec<_> = store
            .list_opportunities(&open_on(on), all())
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|o| o.id)
            .collect();
        assert_eq!(listed, expected, "open on {on}");
        let counted = store.read().await.count_matching_opportunities(&open_on(on), 100).await.unwrap();
        assert_eq!(counted, expected.len() as u64);
    }
}

async fn a_prefix_that_begins_many_words_finds_them_all_in_list_order(store: &Db<'_>) {
    // Forty distinct words that begin with "kopi": more than PostgreSQL merges word by word.
    let drafts: Vec<_> =
        (0..40).map(|i| msme(&format!("Kopi{i:02} Roasters"), "ID", "Bali", "1079")).collect();
    store.insert_all(drafts, vec![]).await.unwrap();
    let (mut seen, mut after) = (Vec::new(), None);
    let filter = OrganizationFilter { text: Some("kopi roast".into()), ..Default::default() };
    loop {
        let listed = store.list_organizations(&filter, Page::new(after, 7)).await.unwrap();
        seen.extend(listed.items.into_iter().map(|o| o.details.name.to_string()));
        match listed.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    assert_eq!(seen, (0..40).map(|i| format!("Kopi{i:02} Roasters")).collect::<Vec<_>>());
    let one = OrganizationFilter { text: Some("KOPI07".into()), ..Default::default() };
    let listed = store.list_organizations(&one, all()).await.unwrap();
    assert_eq!(
        listed.items.iter().map(|o| o.details.name.to_string()).collect::<Vec<_>>(),
        ["Kopi07 Roasters"]
    );
    let none = OrganizationFilter { text: Some("kopi99".into()), ..Default::default() };
    assert!(store.list_organizations(&none, all()).await.unwrap().items.is_empty());
}

async fn an_opportunity_of_an_unknown_or_archived_partner_is_refused(store: &Db<'_>) {
    let ghost = Uuid::now_v7();
    let error =
        store.create_opportunity(opportunity(ghost, Channel::Training, &[], &["en"])).await.unwrap_err();
    assert!(matches!(error, StoreError::MissingReference { field: "partner_id", id } if id == ghost));
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    store.archive_organization(bank.id).await.unwrap();
    let error =
        store.create_opportunity(opportunity(bank.id, Channel::Training, &[], &["en"])).await.unwrap_err();
    assert!(matches!(error, StoreError::MissingReference { .. }));
    let listed = store
        .list_opportunities(&OpportunityFilter { include_archived: true, ..Default::default() }, all())
        .await
        .unwrap();
    assert!(listed.items.is_empty());
}

async fn opportunity_lists_filter_by_channel_region_language_and_partner(store: &Db<'_>) {
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    let ngo = store.create_organization(partner(OrganizationKind::Nonprofit, "NGO", "GH")).await.unwrap();
    let nationwide =
        store.create_opportunity(opportunity(bank.id, Channel::Resources, &[], &["en"])).await.unwrap();
    let ashanti = store
        .create_opportunity(opportunity(ngo.id, Channel::Training, &["Ashanti"], &["en", "ak"]))
        .await
        .unwrap();
    let ids = |filter: OpportunityFilter| async move {
        store
            .list_opportunities(&filter, all())
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|o| o.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(OpportunityFilter { channel: Some(Channel::Training), ..Default::default() }).await,
        [ashanti.id]
    );
    assert_eq!(
        ids(OpportunityFilter { region: Some("ASHANTI".into()), ..Default::default() }).await,
        [nationwide.id, ashanti.id]
    );
    assert_eq!(
        ids(OpportunityFilter { region: Some("Volta".into()), ..Default::default() }).await,
        [nationwide.id]
    );
    let split = store
        .create_opportunity(opportunity(ngo.id, Channel::Markets, &["North|South"], &["en"]))
        .await
        .unwrap();
    let north = ids(OpportunityFilter { region: Some("North".into()), ..Default::default() }).await;
    assert!(!north.contains(&split.id), "a | in a region name does not split it");
    let whole = ids(OpportunityFilter { region: Some("north|south".into()), ..Default::default() }).await;
    assert!(whole.contains(&split.id));
    assert_eq!(
        ids(OpportunityFilter { language: Some(Language::parse("ak").unwrap()), ..Default::default() }).await,
        [ashanti.id]
    );
    assert_eq!(
        ids(OpportunityFilter { partner_id: Some(bank.id), ..Default::default() }).await,
        [nationwide.id]
    );
    assert_eq!(store.opportunity(ashanti.id).await.unwrap(), ashanti);
}

async fn updating_an_opportunity_keeps_its_creation_and_its_columns_follow_a_change_of_partner(
    store: &Db<'_>,
) {
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    let other = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "Other", "GH"))
        .await
        .unwrap();
    let created =
        store.create_opportunity(opportunity(bank.id, Channel::Resources, &[], &["en"])).await.unwrap();
    let mut changed = created.details.clone();
    changed.capacity.seats = Some(45);
    let updated = store.update_opportunity(created.id, changed.clone()).await.unwrap();
    assert_eq!(store.opportunity(created.id).await.unwrap().details.capacity.seats, Some(45));
    assert_eq!(updated.created_at, created.created_at);
    // Whether it may move is the application's rule; the store keeps body and columns alike.
    changed.partner_id = other.id;
    store.update_opportunity(created.id, changed).await.unwrap();
    let of_other = store
        .list_opportunities(&OpportunityFilter { partner_id: Some(other.id), ..Default::default() }, all())
        .await
        .unwrap();
    assert_eq!(of_other.items[0].details.partner_id, other.id);
    store.archive_opportunity(created.id).await.unwrap();
    assert!(matches!(
        store.update_opportunity(created.id, created.details).await,
        Err(StoreError::Archived { entity: "opportunity", .. })
    ));
}

async fn storing_many_records_stores_none_when_one_is_refused(store: &Db<'_>) {
    let firms = vec![msme("One", "GH", "Accra", "1073"), msme("Two", "GH", "Accra", "1073")];
    let broken = vec![opportunity(Uuid::now_v7(), Channel::Training, &[], &["en"])];
    assert!(store.insert_all(firms, broken).await.is_err());
    assert!(
        names(store, OrganizationFilter { include_archived: true, ..Default::default() }).await.is_empty()
    );
    let (organizations, opportunities) =
        store.insert_all(vec![partner(OrganizationKind::Academic, "KNUST", "GH")], vec![]).await.unwrap();
    assert_eq!(organizations.len(), 1);
    assert!(opportunities.is_empty());
}

async fn counts_count_only_live_records(store: &Db<'_>) {
    let firm = store.create_organization(msme("One", "GH", "Accra", "1073")).await.unwrap();
    store.create_organization(msme("Two", "GH", "Accra", "1073")).await.unwrap();
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    store.create_opportunity(opportunity(bank.id, Channel::Resources, &[], &["en"])).await.unwrap();
    store.archive_organization(firm.id).await.unwrap();
    assert_eq!(store.counts().await, (2, 1, 1));
    store.ping().await.unwrap();
}

async fn every_change_to_opportunities_moves_their_version(store: &Db<'_>) {
    let start = store.opportunities_version().await.unwrap();
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    assert_eq!(store.opportunities_version().await.unwrap(), start, "organisations do not move it");
    let first =
        store.create_opportunity(opportunity(bank.id, Channel::Resources, &[], &["en"])).await.unwrap();
    let second =
        store.create_opportunity(opportunity(bank.id, Channel::Training, &[], &["en"])).await.unwrap();
    let created = store.opportunities_version().await.unwrap();
    assert!(created > start);
    store.update_opportunity(first.id, first.details.clone()).await.unwrap();
    let updated = store.opportunities_version().await.unwrap();
    assert!(updated > created);
    store.archive_opportunity(first.id).await.unwrap();
    let archived = store.opportunities_version().await.unwrap();
    assert!(archived > updated);
    store.archive_opportunity(first.id).await.unwrap();
    assert_eq!(store.opportunities_version().await.unwrap(), archived, "archiving twice changes nothing");
    let (version, live) = store.live_opportunities().await.unwrap();
    assert_eq!(version, archived);
    assert_eq!(live.iter().map(|o| o.id).collect::<Vec<_>>(), [second.id]);
    store.archive_organization(bank.id).await.unwrap();
    assert!(
        store.opportunities_version().await.unwrap() > archived,
        "archiving the partner archives its offers"
    );
    assert!(store.live_opportunities().await.unwrap().1.is_empty());
}

async fn the_changes_since_a_version_are_each_changed_opportunity_once_in_change_order(store: &Db<'_>) {
    let changes_since = |version: i64, limit: usize| async move {
        let mut unit = store.read().await;
        unit.opportunities_changed_since(version, limit).await.unwrap()
    };
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    let start = store.opportunities_version().await.unwrap();
    assert_eq!(changes_since(start, 10).await, Some(vec![]));
    let first =
        store.create_opportunity(opportunity(bank.id, Channel::Resources, &[], &["en"])).await.unwrap();
    let second =
        store.create_opportunity(opportunity(bank.id, Channel::Training, &[], &["en"])).await.unwrap();
    let created = store.opportunities_version().await.unwrap();
    let ids = |changes: Option<Vec<Opportunity>>| changes.unwrap().iter().map(|o| o.id).collect::<Vec<_>>();
    assert_eq!(ids(changes_since(start, 10).await), [first.id, second.id]);
    let mut changed = first.details.clone();
    changed.title = Text::parse("Working capital, second round").unwrap();
    let updated = store.update_opportunity(first.id, changed).await.unwrap();
    let changes = changes_since(created, 10).await.unwrap();
    assert_eq!(changes, [updated], "the changed record as it now is");
    assert_eq!(ids(changes_since(start, 10).await), [second.id, first.id], "in the order of the last change");
    assert_eq!(changes_since(start, 1).await, None, "more changes than the limit");
    let after_update = store.opportunities_version().await.unwrap();
    store.archive_organization(bank.id).await.unwrap();
    let archived = changes_since(after_update, 10).await.unwrap();
    assert_eq!(archived.iter().map(|o| o.id).collect::<Vec<_>>(), [first.id, second.id]);
    assert!(archived.iter().all(|o| o.archived_at.is_some()), "archived records are changes too");
    let version = store.opportunities_version().await.unwrap();
    assert_eq!(changes_since(version, 10).await, Some(vec![]));
    let msme = store.create_organization(msme("Warung Sari", "ID", "Bali", "1071")).await.unwrap();
    store.archive_organization(msme.id).await.unwrap();
    assert_eq!(store.opportunities_version().await.unwrap(), version, "a firm without offers moves nothing");
}

async fn refreshing_size_classes_follows_a_change_of_rule(store: &Db<'_>) {
    // INR 2 crore of investment and 8 crore of turnover: small under the 2020 rule, micro
    // under the 2025 one.
    let mut firm = msme("Kerala Spices", "IN", "Kerala", "1079");
    let profile = firm.msme.as_mut().unwrap();
    profile.investment = Some(Money::parse("20000000", "INR").unwrap());
    profile.annual_turnover = Some(Money::parse("80000000", "INR").unwrap());
    store.create_organization(firm).await.unwrap();
    let size = |class| OrganizationFilter { size_class: Some(class), ..Default::default() };
    assert_eq!(names(store, size(SizeClass::Micro)).await, ["Kerala Spices"]);
    assert_eq!(store.refresh_indexes(date(2025, 3, 31)).await.unwrap(), 1);
    assert_eq!(names(store, size(SizeClass::Small)).await, ["Kerala Spices"]);
    assert_eq!(store.refresh_indexes(date(2025, 3, 31)).await.unwrap(), 0, "nothing left to change");
    assert_eq!(store.refresh_indexes(date(2025, 4, 1)).await.unwrap(), 1);
    assert_eq!(names(store, size(SizeClass::Micro)).await, ["Kerala Spices"]);
}

async fn two_writes_in_one_unit_of_work_roll_back_together(store: &Db<'_>) {
    let mut unit = store.write().await;
    let bank_id = Uuid::now_v7();
    let bank = partner(OrganizationKind::FinancialInstitution, "GCB", "GH").check(TODAY).unwrap();
    unit.insert_organization(bank_id, &bank, at(0), TODAY).await.unwrap();
    let loan = opportunity(bank_id, Channel::Resources, &[], &["en"]).check().unwrap();
    let loan = unit.insert_opportunity(Uuid::now_v7(), &loan, at(0)).await.unwrap();
    // Both are visible inside the unit of work...
    assert!(unit.organization(bank_id).await.unwrap().is_some());
    assert!(unit.opportunity(loan.id).await.unwrap().is_some());
    drop(unit);
    // ...and neither outside, once it is dropped without a commit.
    assert!(matches!(store.organization(bank_id).await, Err(StoreError::NotFound { .. })));
    assert!(matches!(store.opportunity(loan.id).await, Err(StoreError::NotFound { .. })));
    assert_eq!(store.counts().await, (0, 0, 0));
    assert_eq!(store.opportunities_version().await.unwrap(), 0, "the version moved back with them");
}

async fn a_unit_of_work_that_fails_midway_leaves_nothing_behind(store: &Db<'_>) {
    let firm = msme("One", "GH", "Accra", "1073");
    let orphan = opportunity(Uuid::now_v7(), Channel::Training, &[], &["en"]);
    let error = store.insert_all(vec![firm], vec![orphan]).await.unwrap_err();
    assert!(matches!(error, StoreError::MissingReference { field: "partner_id", .. }), "{error:?}");
    assert_eq!(store.counts().await, (0, 0, 0));
}

async fn a_reader_sees_a_unit_of_work_whole_or_not_at_all(store: &Db<'_>) {
    let mut writer = store.write().await;
    let bank_id = Uuid::now_v7();
    let bank = partner(OrganizationKind::FinancialInstitution, "GCB", "GH").check(TODAY).unwrap();
    writer.insert_organization(bank_id, &bank, at(0), TODAY).await.unwrap();
    let loan = opportunity(bank_id, Channel::Resources, &[], &["en"]).check().unwrap();
    writer.insert_opportunity(Uuid::now_v7(), &loan, at(0)).await.unwrap();
    assert!(
        matches!(store.organization(bank_id).await, Err(StoreError::NotFound { .. })),
        "not before commit"
    );
    writer.commit().await.unwrap();
    assert_eq!(store.counts().await, (1, 0, 1));
}

async fn a_list_is_never_longer_than_the_store_allows(store: &Db<'_>) {
    let max = mitra_domain::query::MAX_PAGE_SIZE as usize;
    let drafts: Vec<_> = (0..max + 5).map(|i| msme(&format!("Firm {i}"), "IN", "Kerala", "1073")).collect();
    store.insert_all(drafts, vec![]).await.unwrap();
    let listed =
        store.list_organizations(&OrganizationFilter::default(), Page::first(u32::MAX)).await.unwrap();
    assert_eq!(listed.items.len(), max);
    let rest =
        store.list_organizations(&OrganizationFilter::default(), Page::new(listed.next, 1000)).await.unwrap();
    assert_eq!(rest.items.len(), 5);
    assert_eq!(rest.next, None);
}

async fn refreshing_columns_walks_the_registry_in_batches(store: &Db<'_>) {
    let drafts: Vec<_> = (0..5).map(|i| msme(&format!("Firm {i}"), "IN", "Kerala", "1073")).collect();
    store.insert_all(drafts, vec![]).await.unwrap();
    let mut unit = store.write().await;
    let first = unit.refresh_organization_columns(None, 2, TODAY).await.unwrap();
    assert_eq!((first.scanned, first.changed), (2, 0));
    let second = unit.refresh_organization_columns(first.last, 2, TODAY).await.unwrap();
    let third = unit.refresh_organization_columns(second.last, 2, TODAY).await.unwrap();
    assert_eq!((second.scanned, third.scanned), (2, 1));
    assert_eq!(third.last, None, "the last batch says there is no more");
}

async fn one_holder_at_a_time_has_a_lease_until_it_expires_or_is_let_go(store: &Db<'_>) {
    let take = |holder: &'static str, now: i64| async move {
        let mut unit = store.write().await;
        let lease = unit.take_lease("refresh", holder, at(now), at(now + 300)).await.unwrap();
        unit.commit().await.unwrap();
        lease
    };
    assert!(take("a", 0).await.is_some());
    assert!(take("b", 10).await.is_none(), "a holds it");
    assert!(take("a", 20).await.is_some(), "a renews it");
    assert!(take("b", 310).await.is_none(), "renewed until 320");
    let taken = take("b", 321).await.expect("expired, so b takes it");
    assert_eq!(taken.done, None);
    let mut unit = store.write().await;
    assert!(!unit.release_lease("refresh", "a", Some("2027-09-15")).await.unwrap(), "a no longer holds it");
    assert!(unit.release_lease("refresh", "b", Some("2027-09-15")).await.unwrap());
    unit.commit().await.unwrap();
    let again = take("a", 330).await.expect("let go, so anyone takes it");
    assert_eq!(again.done.as_deref(), Some("2027-09-15"), "the note of what was done stays");
}

async fn stored_times_sort_as_times(store: &Db<'_>) {
    // A time with no fractional digits and one with many: stored with six each, they read back
    // in time order and equal to what the writes returned.
    let mut unit = store.write().await;
    let whole = "2027-09-15T12:00:01Z".parse().unwrap();
    let fraction = "2027-09-15T12:00:00.123456789Z".parse().unwrap();
    let first = unit
        .insert_organization(
            Uuid::now_v7(),
            &msme("First", "GH", "Accra", "1073").check(TODAY).unwrap(),
            whole,
            TODAY,
        )
        .await
        .unwrap();
    let second = unit
        .insert_organization(
            Uuid::now_v7(),
            &msme("Second", "GH", "Accra", "1073").check(TODAY).unwrap(),
            fraction,
            TODAY,
        )
        .await
        .unwrap();
    unit.commit().await.unwrap();
    assert_eq!(store.organization(first.id).await.unwrap(), first);
    assert_eq!(store.organization(second.id).await.unwrap(), second);
    assert!(second.created_at < first.created_at);
    assert_eq!(second.created_at.subsec_nanosecond(), 123_456_000, "kept to the microsecond");
}

async fn a_change_based_on_another_version_is_refused_and_changes_nothing(store: &Db<'_>) {
    let created = store.create_organization(msme("Asante Cocoa", "GH", "Ashanti", "0127")).await.unwrap();
    assert_eq!(created.version, 1);
    let mut renamed = created.details.clone();
    renamed.name = text("Asante Cocoa Cooperative");
    let mut unit = store.write().await;
    let updated = unit
        .update_organization(created.id, &renamed.clone().check(TODAY).unwrap(), Some(1), at(60), TODAY)
        .await
        .unwrap();
    unit.commit().await.unwrap();
    assert_eq!(updated.version, 2);
    let mut unit = store.write().await;
    let stale = unit
        .update_organization(
            created.id,
            &created.details.clone().check(TODAY).unwrap(),
            Some(1),
            at(90),
            TODAY,
        )
        .await;
    assert!(matches!(stale, Err(StoreError::VersionMismatch { current: 2, .. })), "{stale:?}");
    let stale = unit.archive_organization(created.id, Some(1), at(90)).await;
    assert!(matches!(stale, Err(StoreError::VersionMismatch { current: 2, .. })), "{stale:?}");
    drop(unit);
    assert_eq!(store.organization(created.id).await.unwrap(), updated);
    let archived = store.archive_organization(created.id).await.unwrap();
    assert_eq!(archived.version, 3);
    assert_eq!(
        store.archive_organization(created.id).await.unwrap().version,
        3,
        "archiving twice changes nothing"
    );
}

async fn a_change_stamped_before_the_last_one_is_dated_just_after_it(store: &Db<'_>) {
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "GCB", "GH"))
        .await
        .unwrap();
    let mut unit = store.write().await;
    let updated = unit
        .update_organization(bank.id, &bank.details.clone().check(TODAY).unwrap(), None, at(600), TODAY)
        .await
        .unwrap();
    unit.commit().await.unwrap();
    // A writer whose clock is behind (another process, or one that waited for the lock).
    let mut unit = store.write().await;
    let archived = unit.archive_organization(bank.id, None, at(300)).await.unwrap();
    unit.commit().await.unwrap();
    assert!(archived.updated_at > updated.updated_at, "{} after {}", archived.updated_at, updated.updated_at);
    assert_eq!(archived.archived_at, Some(archived.updated_at));
    assert_eq!(store.organization(bank.id).await.unwrap(), archived);
}

async fn a_reader_paging_while_two_processes_insert_sees_every_record_exactly_once(store: &Db<'_>) {
    // The second process shares the database through its own connections.
    let other = store.sibling().await;
    let (writers, per_writer) = (4, 40);
    let written = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for writer in 0..writers {
        let target: std::sync::Arc<dyn Store> = if writer % 2 == 0 { store.shared() } else { other.clone() };
        let written = written.clone();
        tasks.push(tokio::spawn(async move {
            for n in 0..per_writer {
                let draft = msme(&format!("Firm {writer}-{n}"), "IN", "Kerala", "1073").check(TODAY).unwrap();
                // The id is made before the unit of work waits for its lock, so ids do not
                // follow commit order: the list's order must not depend on them.
                let id = Uuid::now_v7();
                let mut unit = target.write().await.unwrap();
                unit.insert_organization(id, &draft, at(0), TODAY).await.unwrap();
                unit.commit().await.unwrap();
                written.lock().unwrap().push(id);
            }
        }));
    }
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let done = tasks.iter().all(|t| t.is_finished());
        let page =
            store.list_organizations(&OrganizationFilter::default(), Page::new(after, 7)).await.unwrap();
        seen.extend(page.items.iter().map(|o| o.id));
        if let Some(last) = page.items.last() {
            after = Some(last.id);
        }
        // The last page read after every writer finished holds whatever they committed last.
        if done && page.next.is_none() {
            break;
        }
        tokio::task::yield_now().await;
    }
    for task in tasks {
        task.await.unwrap();
    }
    let mut expected = written.lock().unwrap().clone();
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "no record is seen twice");
    expected.sort();
    assert_eq!(unique, expected, "every committed record is seen");
}

fn user(email: &str) -> mitra_store::User {
    mitra_store::User {
        id: Uuid::now_v7(),
        email: mitra_domain::Email::parse(email).unwrap(),
        name: "Siti Rahayu".to_owned(),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".to_owned(),
        locale: Some("id".to_owned()),
        created_at: at(0),
        password_changed_at: at(0),
        disabled_at: None,
    }
}

async fn stored_user(store: &Db<'_>, email: &str) -> mitra_store::User {
    let user = user(email);
    let mut unit = store.write().await;
    unit.insert_user(&user).await.unwrap();
    unit.commit().await.unwrap();
    user
}

async fn a_user_is_found_by_id_and_address_and_an_address_has_one_account(store: &Db<'_>) {
    let siti = stored_user(store, "siti@example.co.id").await;
    let mut unit = store.read().await;
    assert_eq!(unit.user(siti.id).await.unwrap().as_ref(), Some(&siti));
    let email = mitra_domain::Email::parse(" SITI@example.co.id").unwrap();
    assert_eq!(unit.user_by_email(&email).await.unwrap().map(|u| u.id), Some(siti.id));
    drop(unit);
    let mut unit = store.write().await;
    let again = user("siti@example.co.id");
    assert!(matches!(unit.insert_user(&again).await, Err(StoreError::Duplicate { field: "email", .. })));
    drop(unit);
    let mut unit = store.write().await;
    unit.set_password(siti.id, "new hash", at(30)).await.unwrap();
    unit.commit().await.unwrap();
    let changed = store.read().await.user(siti.id).await.unwrap().unwrap();
    assert_eq!((changed.password_hash.as_str(), changed.password_changed_at), ("new hash", at(30)));
    stored_user(store, "arjun@example.in").await;
    let listed = store.read().await.users(None, 10).await.unwrap();
    let emails: Vec<&str> = listed.iter().map(|u| u.email.as_str()).collect();
    assert_eq!(emails, ["arjun@example.in", "siti@example.co.id"]);
}

async fn memberships_are_kept_once_each_and_listed_by_organization(store: &Db<'_>) {
    use mitra_domain::Role;
    use mitra_store::Membership;
    let firm = store.create_organization(msme("Warung Sari", "ID", "Jawa Barat", "5610")).await.unwrap();
    let siti = stored_user(store, "siti@example.co.id").await;
    let mut unit = store.write().await;
    let owner = Membership { organization_id: Some(firm.id), role: Role::MsmeOwner };
    let mentor = Membership { organization_id: None, role: Role::Mentor };
    for membership in [owner, owner, mentor, mentor] {
        unit.add_membership(siti.id, membership, at(1)).await.unwrap();
    }
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    let mut held = unit.memberships(siti.id).await.unwrap();
    held.sort();
    let mut expected = vec![owner, mentor];
    expected.sort();
    assert_eq!(held, expected);
    let members = unit.members(firm.id).await.unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!((members[0].0.id, members[0].1), (siti.id, Role::MsmeOwner));
}

async fn a_firm_without_a_report_of_the_month_is_reminded_of_it_once(store: &Db<'_>) {
    use mitra_domain::Role;
    use mitra_store::Membership;
    let silent = store.create_organization(msme("Warung Sari", "ID", "Jawa Barat", "5610")).await.unwrap();
    let reporting = store.create_organization(msme("Toko Maju", "ID", "Jawa Barat", "4711")).await.unwrap();
    let siti = stored_user(store, "siti@example.co.id").await;
    let arjun = stored_user(store, "arjun@example.in").await;
    let mut unit = store.write().await;
    let owner = |firm: Uuid| Membership { organization_id: Some(firm), role: Role::MsmeOwner };
    unit.add_membership(siti.id, owner(silent.id), at(1)).await.unwrap();
    unit.add_membership(arjun.id, owner(reporting.id), at(1)).await.unwrap();
    let (draft, groups, measures) = cell_report(0, 8, 0);
    unit.put_report(reporting.id, &draft, &groups, &measures, at(2)).await.unwrap();
    unit.commit().await.unwrap();
    let august = date(2027, 8, 1);
    let mut unit = store.write().await;
    let due = unit.owners_to_remind(august).await.unwrap();
    assert_eq!(due.iter().map(|(firm, user)| (*firm, user.id)).collect::<Vec<_>>(), [(silent.id, siti.id)]);
    assert_eq!(unit.owners_to_remind(date(2027, 7, 1)).await.unwrap().len(), 2, "neither reported July");
    unit.note_reminded(silent.id, august, at(3)).await.unwrap();
    unit.note_reminded(silent.id, august, at(4)).await.unwrap();
    unit.commit().await.unwrap();
    assert!(store.read().await.owners_to_remind(august).await.unwrap().is_empty(), "reminded once");
}

async fn sessions_and_tokens_are_found_by_their_hash_touched_and_ended(store: &Db<'_>) {
    let siti = stored_user(store, "siti@example.co.id").await;
    let mut unit = store.write().await;
    unit.insert_session("hash-a", siti.id, at(0)).await.unwrap();
    unit.insert_session("hash-b", siti.id, at(0)).await.unwrap();
    let token = mitra_store::ApiToken {
        id: Uuid::now_v7(),
        user_id: siti.id,
        name: "nightly".to_owned(),
        created_at: at(0),
        expires_at: at(3600),
        revoked_at: None,
        last_used_at: None,
    };
    unit.insert_api_token(&token, "token-hash").await.unwrap();
    unit.commit().await.unwrap();
    // Another process sees them.
    let other = store.sibling().await;
    let mut unit = other.write().await.unwrap();
    assert_eq!(unit.session("hash-a").await.unwrap().map(|s| s.user_id), Some(siti.id));
    unit.touch_session("hash-a", at(90)).await.unwrap();
    unit.touch_session("hash-a", at(30)).await.unwrap();
    unit.touch_api_token(token.id, at(45)).await.unwrap();
    unit.commit().await.unwrap();
    let mut unit = store.write().await;
    assert_eq!(
        unit.session("hash-a").await.unwrap().unwrap().last_seen_at,
        at(90),
        "a touch never goes back"
    );
    assert_eq!(unit.api_token_by_hash("token-hash").await.unwrap().unwrap().last_used_at, Some(at(45)));
    assert!(unit.session("unknown").await.unwrap().is_none());
    unit.delete_session("hash-a").await.unwrap();
    assert!(unit.session("hash-a").await.unwrap().is_none());
    unit.delete_sessions_of(siti.id).await.unwrap();
    assert!(unit.session("hash-b").await.unwrap().is_none());
    let stranger = Uuid::now_v7();
    assert!(
        !unit.revoke_api_token(stranger, token.id, at(50)).await.unwrap(),
        "only its owner revokes a token"
    );
    assert!(unit.revoke_api_token(siti.id, token.id, at(50)).await.unwrap());
    assert!(!unit.revoke_api_token(siti.id, token.id, at(60)).await.unwrap());
    unit.commit().await.unwrap();
    let tokens = store.read().await.api_tokens_of(siti.id).await.unwrap();
    assert_eq!(tokens[0].revoked_at, Some(at(50)));
}

async fn an_invitation_or_a_reset_is_used_once_even_by_two_processes(store: &Db<'_>) {
    let admin = stored_user(store, "admin@example.org").await;
    let invitation = mitra_store::Invitation {
        id: Uuid::now_v7(),
        email: mitra_domain::Email::parse("reviewer@example.org").unwrap(),
        membership: mitra_store::Membership { organization_id: None, role: mitra_domain::Role::Reviewer },
        invited_by: admin.id,
        created_at: at(0),
        expires_at: at(3600),
        accepted_at: None,
    };
    let reset = mitra_store::PasswordReset {
        user_id: admin.id,
        created_at: at(0),
        expires_at: at(600),
        used_at: None,
    };
    let mut unit = store.write().await;
    unit.insert_invitation(&invitation, "invite-hash").await.unwrap();
    unit.insert_password_reset(&reset, "reset-hash").await.unwrap();
    unit.commit().await.unwrap();
    assert_eq!(
        store.read().await.invitation_by_hash("invite-hash").await.unwrap().as_ref(),
        Some(&invitation)
    );
    let other = store.sibling().await;
    let (first, second) = (store.shared(), other);
    let accept = |store: std::sync::Arc<dyn Store>| async move {
        let mut unit = store.write().await.unwrap();
        let accepted = unit.accept_invitation(invitation.id, at(5)).await.unwrap();
        let used = unit.use_password_reset("reset-hash", at(5)).await.unwrap();
        unit.commit().await.unwrap();
        (accepted, used)
    };
    let (a, b) = tokio::join!(tokio::spawn(accept(first)), tokio::spawn(accept(second)));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!([a.0, b.0].iter().filter(|x| **x).count(), 1, "accepted once: {a:?} {b:?}");
    assert_eq!([a.1, b.1].iter().filter(|x| **x).count(), 1, "used once: {a:?} {b:?}");
    assert_eq!(
        store.read().await.password_reset_by_hash("reset-hash").await.unwrap().unwrap().used_at,
        Some(at(5))
    );
    assert_eq!(store.read().await.invitations(10).await.unwrap()[0].accepted_at, Some(at(5)));
}

async fn attempts_are_counted_within_their_window_and_old_ones_forgotten(store: &Db<'_>) {
    let mut unit = store.write().await;
    for seconds in [0, 10, 20] {
        unit.record_attempt("sign-in:account:siti", at(seconds), at(-900)).await.unwrap();
    }
    unit.record_attempt("sign-in:account:arjun", at(20), at(-900)).await.unwrap();
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    assert_eq!(unit.attempts_since("sign-in:account:siti", at(5)).await.unwrap(), 2);
    assert_eq!(unit.attempts_since("sign-in:account:siti", at(-1)).await.unwrap(), 3);
    drop(unit);
    let mut unit = store.write().await;
    unit.record_attempt("sign-in:account:siti", at(1000), at(15)).await.unwrap();
    unit.commit().await.unwrap();
    assert_eq!(store.read().await.attempts_since("sign-in:account:siti", at(-1000)).await.unwrap(), 2);
}

fn entry(entity: &str, record_id: Uuid, action: &str, seconds: i64) -> mitra_store::AuditEntry {
    mitra_store::AuditEntry {
        seq: 0,
        at: at(seconds),
        user_id: None,
        actor: "system".to_owned(),
        interface: "system".to_owned(),
        entity: entity.to_owned(),
        record_id,
        action: action.to_owned(),
        before: Some(serde_json::json!({"name": "Before"})),
        after: Some(serde_json::json!({"name": "After", "note": "quotes ' and \" kept"})),
    }
}

async fn the_audit_log_is_filtered_newest_first_and_can_be_neither_changed_nor_emptied(store: &Db<'_>) {
    let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
    let mut unit = store.write().await;
    unit.append_audit(&entry("organization", a, "create", 0)).await.unwrap();
    unit.append_audit(&entry("organization", a, "update", 10)).await.unwrap();
    unit.append_audit(&entry("opportunity", b, "create", 20)).await.unwrap();
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    let all = unit.audit_entries(&Default::default(), None, 10).await.unwrap();
    let actions: Vec<(&str, &str)> = all.iter().map(|e| (e.entity.as_str(), e.action.as_str())).collect();
    assert_eq!(actions, [("opportunity", "create"), ("organization", "update"), ("organization", "create")]);
    assert_eq!(all[1].after.as_ref().unwrap()["note"], "quotes ' and \" kept");
    let filter = mitra_store::AuditFilter {
        record_id: Some(a),
        action: Some("update".to_owned()),
        ..Default::default()
    };
    assert_eq!(unit.audit_entries(&filter, None, 10).await.unwrap().len(), 1);
    let filter = mitra_store::AuditFilter { from: Some(at(10)), until: Some(at(20)), ..Default::default() };
    assert_eq!(unit.audit_entries(&filter, None, 10).await.unwrap().len(), 1);
    let older = unit.audit_entries(&Default::default(), Some(all[0].seq), 10).await.unwrap();
    assert_eq!(older.len(), 2, "the page before the newest entry");
    drop(unit);
    // The log is append-only, whatever SQL is tried.
    for statement in ["UPDATE audit_entries SET action = 'nothing'", "DELETE FROM audit_entries"] {
        let refused = store.1.execute_raw(statement).await;
        assert!(refused.as_ref().is_err_and(|e| e.contains("append-only")), "{statement}: {refused:?}");
    }
    assert_eq!(store.read().await.audit_entries(&Default::default(), None, 10).await.unwrap().len(), 3);
}

async fn the_outbox_keeps_email_until_it_is_sent_and_notes_failures(store: &Db<'_>) {
    let email = |subject: &str| mitra_store::OutboxEmail {
        id: Uuid::now_v7(),
        recipient: "siti@example.co.id".to_owned(),
        subject: subject.to_owned(),
        body: "Halo".to_owned(),
        created_at: at(0),
        sent_at: None,
        attempts: 0,
        last_error: None,
    };
    let (first, second) = (email("first"), email("second"));
    let mut unit = store.write().await;
    unit.queue_email(&first).await.unwrap();
    unit.queue_email(&second).await.unwrap();
    unit.mark_email_sent(first.id, at(5)).await.unwrap();
    unit.mark_email_failed(second.id, "connection refused").await.unwrap();
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    let unsent = unit.unsent_email(3, 10).await.unwrap();
    assert_eq!(unsent.len(), 1);
    assert_eq!((unsent[0].attempts, unsent[0].last_error.as_deref()), (1, Some("connection refused")));
    assert!(unit.unsent_email(1, 10).await.unwrap().is_empty(), "tried as often as allowed");
    let all = unit.outbox(10).await.unwrap();
    assert_eq!(all.iter().map(|e| e.subject.as_str()).collect::<Vec<_>>(), ["second", "first"]);
    assert_eq!(all[1].sent_at, Some(at(5)));
}

async fn a_consent_holds_until_its_last_day_or_its_revocation(store: &Db<'_>) {
    use mitra_domain::Figure;
    let firm = store.create_organization(msme("Warung Sari", "ID", "Jawa Barat", "5610")).await.unwrap();
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "Bank Rakyat", "ID"))
        .await
        .unwrap();
    let other =
        store.create_organization(partner(OrganizationKind::Nonprofit, "Yayasan", "ID")).await.unwrap();
    let owner = stored_user(store, "siti@example.co.id").await;
    let consent = mitra_store::Consent {
        id: Uuid::now_v7(),
        msme_id: firm.id,
        partner_id: bank.id,
        figures: vec![Figure::Turnover, Figure::Employees],
        expires_on: date(2027, 12, 31),
        granted_by: owner.id,
        granted_at: at(0),
        revoked_by: None,
        revoked_at: None,
    };
    let mut unit = store.write().await;
    unit.insert_consent(&consent).await.unwrap();
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    let last_day = unit.consents_holding(firm.id, &[bank.id, other.id], date(2027, 12, 31)).await.unwrap();
    assert_eq!(last_day, vec![consent.clone()]);
    assert!(
        unit.consents_holding(firm.id, &[bank.id], date(2028, 1, 1)).await.unwrap().is_empty(),
        "expired"
    );
    assert!(unit.consents_holding(firm.id, &[other.id], TODAY).await.unwrap().is_empty(), "another partner");
    drop(unit);
    let mut unit = store.write().await;
    assert!(unit.revoke_consent(consent.id, owner.id, at(50)).await.unwrap());
    assert!(!unit.revoke_consent(consent.id, owner.id, at(60)).await.unwrap());
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    assert!(unit.consents_holding(firm.id, &[bank.id], TODAY).await.unwrap().is_empty(), "revoked");
    let kept = unit.consents_of_msme(firm.id).await.unwrap();
    assert_eq!((kept.len(), kept[0].revoked_at, kept[0].revoked_by), (1, Some(at(50)), Some(owner.id)));
}

async fn a_list_narrowed_to_visible_msmes_shows_partners_and_only_those_msmes(store: &Db<'_>) {
    let mine = store.create_organization(msme("Warung Sari", "ID", "Jawa Barat", "5610")).await.unwrap();
    store.create_organization(msme("Toko Maju", "ID", "Jawa Barat", "4711")).await.unwrap();
    store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "Bank Rakyat", "ID"))
        .await
        .unwrap();
    let only = |visible: Vec<Uuid>| OrganizationFilter { visible_msmes: Some(visible), ..Default::default() };
    assert_eq!(names(store, only(vec![])).await, ["Bank Rakyat"]);
    assert_eq!(names(store, only(vec![mine.id])).await, ["Warung Sari", "Bank Rakyat"]);
    let mut msmes = only(vec![mine.id]);
    msmes.kind = Some(OrganizationKind::Msme);
    assert_eq!(names(store, msmes).await, ["Warung Sari"]);
}

async fn rule_set_versions_are_numbered_in_order_and_read_back_whole(store: &Db<'_>) {
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "Lakeshore", "CA"))
        .await
        .unwrap();
    let loan =
        store.create_opportunity(opportunity(bank.id, Channel::Resources, &[], &["en"])).await.unwrap();
    let other =
        store.create_opportunity(opportunity(bank.id, Channel::Training, &[], &["en"])).await.unwrap();
    let versions = mitra_eligibility::ceba::rule_sets();
    let mut unit = store.write().await;
    for (i, draft) in versions.iter().enumerate() {
        let saved = unit.insert_rule_set(loan.id, draft, at(i as i64)).await.unwrap();
        assert_eq!(saved.version, i as u32 + 1);
    }
    unit.commit().await.unwrap();
    // A save that is not committed leaves no version behind.
    let mut unit = store.write().await;
    unit.insert_rule_set(loan.id, &versions[0], at(9)).await.unwrap();
    drop(unit);
    let mut unit = store.read().await;
    let read = unit.rule_sets(loan.id).await.unwrap();
    assert_eq!(read.len(), 3);
    for (stored, draft) in read.iter().zip(&versions) {
        assert_eq!((stored.applies_from, &stored.criteria), (draft.applies_from, &draft.criteria));
    }
    assert_eq!(read[2].saved_at, at(2));
    assert!(unit.rule_sets(other.id).await.unwrap().is_empty());
    let ruled = unit.opportunities_with_rules().await.unwrap();
    assert_eq!(ruled.into_iter().collect::<Vec<_>>(), [loan.id]);
}

fn application(opportunity_id: Uuid, msme_id: Uuid) -> mitra_domain::Application {
    mitra_domain::Application {
        id: Uuid::now_v7(),
        opportunity_id,
        msme_id,
        status: mitra_domain::ApplicationStatus::Screened,
        details: mitra_domain::ApplicationDraft::default(),
        submitted_on: Some(TODAY),
        screening: None,
        decided_by: None,
        history: vec![],
        created_at: at(0),
        updated_at: at(0),
        version: 1,
    }
}

async fn a_firm_applies_once_to_an_opportunity_and_its_waitlist_is_in_the_order_applications_joined_it(
    store: &Db<'_>,
) {
    use mitra_domain::ApplicationStatus as S;
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "Lakeshore", "CA"))
        .await
        .unwrap();
    let loan =
        store.create_opportunity(opportunity(bank.id, Channel::Resources, &[], &["en"])).await.unwrap();
    let mut firms = Vec::new();
    for name in ["Warung Sari", "Toko Maju", "Kopi Kita"] {
        firms.push(store.create_organization(msme(name, "ID", "Bali", "5610")).await.unwrap().id);
    }
    let mut unit = store.write().await;
    let mut applications = Vec::new();
    for firm in &firms {
        let a = application(loan.id, *firm);
        unit.insert_application(&a).await.unwrap();
        applications.push(a);
    }
    unit.commit().await.unwrap();
    let mut unit = store.write().await;
    let twice = unit.insert_application(&application(loan.id, firms[0])).await.unwrap_err();
    assert!(matches!(twice, StoreError::Duplicate { entity: "application", .. }), "{twice:?}");
    drop(unit);
    // Waitlisted in the order 2, 0, 1, whatever their times say.
    for i in [2, 0, 1] {
        let mut unit = store.write().await;
        let mut a = applications[i].clone();
        a.status = S::Waitlisted;
        a.updated_at = at(100 - i as i64);
        unit.update_application(&mut a).await.unwrap();
        assert_eq!(a.version, 2);
        unit.commit().await.unwrap();
    }
    let mut unit = store.read().await;
    let waitlist: Vec<Uuid> = unit.waitlist(loan.id, 10).await.unwrap().iter().map(|a| a.msme_id).collect();
    assert_eq!(waitlist, [firms[2], firms[0], firms[1]]);
    assert_eq!(unit.waitlist_position(applications[1].id).await.unwrap(), Some(3));
    let counts = unit.application_counts(loan.id).await.unwrap();
    assert_eq!(counts.get(&S::Waitlisted), Some(&3));
    drop(unit);
    let mut unit = store.write().await;
    let uptake = mitra_domain::Uptake { seats: 2, amount: Some(Money::parse("60000", "CAD").unwrap()) };
    unit.set_uptake(loan.id, &uptake).await.unwrap();
    unit.commit().await.unwrap();
    assert_eq!(store.read().await.uptake(loan.id).await.unwrap(), uptake);
}

async fn a_job_is_claimed_by_one_process_at_a_time_taken_over_when_its_claim_runs_out_and_resumed_where_it_stopped(
    store: &Db<'_>,
) {
    let user = mitra_store::User {
        id: Uuid::now_v7(),
        email: mitra_domain::Email::parse("admin@jobs.example").unwrap(),
        name: "Administrator".into(),
        password_hash: "x".into(),
        locale: None,
        created_at: at(0),
        password_changed_at: at(0),
        disabled_at: None,
    };
    let mut unit = store.write().await;
    unit.insert_user(&user).await.unwrap();
    let job = mitra_store::Job {
        id: Uuid::now_v7(),
        kind: "decide_applications".into(),
        body: "{}".into(),
        created_by: user.id,
        interface: "web".into(),
        total: 5,
        done: 0,
        skipped: 0,
        claimed_by: None,
        lease_until: None,
        created_at: at(0),
        finished_at: None,
    };
    let subjects: Vec<Uuid> = (0..5).map(|_| Uuid::now_v7()).collect();
    unit.insert_job(&job, &subjects).await.unwrap();
    unit.commit().await.unwrap();
    let sibling = store.sibling().await;

    let mut a = store.write().await;
    assert_eq!(a.claim_job("a", at(0), at(60)).await.unwrap().map(|j| j.id), Some(job.id));
    a.commit().await.unwrap();
    let mut b = sibling.write().await.unwrap();
    assert!(b.claim_job("b", at(30), at(90)).await.unwrap().is_none(), "a's claim holds");
    b.commit().await.unwrap();

    let mut a = store.write().await;
    assert!(a.renew_job(job.id, "a", at(120)).await.unwrap());
    for mut item in a.pending_items(job.id, 2).await.unwrap() {
        item.outcome = Some("done".into());
        item.detail = Some("approved".into());
        a.record_item(job.id, &item).await.unwrap();
    }
    a.commit().await.unwrap();
    // A batch that does not commit leaves its items pending.
    let mut a = store.write().await;
    let mut third = a.pending_items(job.id, 1).await.unwrap().remove(0);
    third.outcome = Some("skipped".into());
    a.record_item(job.id, &third).await.unwrap();
    drop(a);

    // A dropped unit rolls back on its connection's next use; until then PostgreSQL still holds
    // the job's row, which a claim skips (as it skips a job whose batch is running).
    let mut tries = 0;
    let (mut b, taken) = loop {
        let mut b = sibling.write().await.unwrap();
        if let Some(taken) = b.claim_job("b", at(200), at(260)).await.unwrap() {
            break (b, taken);
        }
        drop(b);
        tries += 1;
        assert!(tries < 100, "a's claim ran out, so b takes the job over");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert_eq!((taken.done, taken.skipped, taken.claimed_by.as_deref()), (2, 0, Some("b")));
    let pending: Vec<u64> = b.pending_items(job.id, 10).await.unwrap().iter().map(|i| i.position).collect();
    assert_eq!(pending, [2, 3, 4]);
    b.commit().await.unwrap();
    let mut a = store.write().await;
    assert!(!a.renew_job(job.id, "a", at(210)).await.unwrap(), "a no longer holds it");
    drop(a);
    let mut b = sibling.write().await.unwrap();
    b.finish_job(job.id, at(300)).await.unwrap();
    b.commit().await.unwrap();
    let mut unit = store.read().await;
    let finished = unit.job(job.id).await.unwrap().unwrap();
    assert_eq!(finished.finished_at, Some(at(300)));
    let items = unit.job_items(job.id, Some(0), 10).await.unwrap();
    assert_eq!(items.len(), 4);
    assert_eq!(items[0].detail.as_deref(), Some("approved"));
    assert!(
        store.write().await.claim_job("c", at(400), at(460)).await.unwrap().is_none(),
        "a finished job is not claimed"
    );
}

async fn a_firm_has_one_recovery_report_a_month_which_a_later_one_replaces(store: &Db<'_>) {
    use mitra_domain::recovery::{Pulse, ReportDraft, ReportMeasures};
    let firm = store.create_organization(msme("Warung Sari", "ID", "Bali", "5610")).await.unwrap();
    let groups = groups_of("ID", "Bali", "I");
    let rupiah = mitra_domain::Currency::parse("IDR").unwrap();
    let report = |month: jiff::civil::Date, revenue: &str| {
        ReportDraft {
            month,
            revenue: Some(Money::parse(revenue, "IDR").unwrap()),
            paid_employees: Some(3),
            status: mitra_domain::OperatingStatus::Operating,
            pulse: Pulse::default(),
        }
        .check(TODAY, rupiah)
        .unwrap()
    };
    let mut unit = store.write().await;
    // Written out of order, and June written twice: the second replaces the first.
    for (month, revenue) in
        [(date(2027, 7, 1), "7000000"), (date(2027, 6, 12), "6000000"), (date(2027, 6, 1), "6500000")]
    {
        unit.put_report(firm.id, &report(month, revenue), &groups, &ReportMeasures::default(), at(0))
            .await
            .unwrap();
    }
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    let reports = unit.reports_of(firm.id, date(2027, 1, 1), date(2027, 12, 31)).await.unwrap();
    let months: Vec<_> = reports.iter().map(|r| (r.report.month, r.version)).collect();
    assert_eq!(months, [(date(2027, 6, 1), 2), (date(2027, 7, 1), 1)]);
    assert_eq!(reports[0].report.revenue, Some(Money::parse("6500000", "IDR").unwrap()));
    assert!(unit.reports_of(firm.id, date(2027, 8, 1), date(2027, 9, 1)).await.unwrap().is_empty());
}

fn mentor_profile(capacity: u8) -> mitra_domain::Checked<mitra_domain::MentorProfile> {
    mitra_domain::MentorProfile {
        expertise: vec!["C".to_owned()],
        topics: vec![text("Export paperwork")],
        languages: vec![Language::parse("en").unwrap()],
        country: Country::parse("GH").unwrap(),
        regions: vec![],
        capacity,
        paused: false,
        available_from: None,
        about: None,
    }
    .check()
    .unwrap()
}

async fn a_mentor_keeps_one_profile_and_programmes_keep_pools_of_mentors(store: &Db<'_>) {
    let agency = store
        .create_organization(partner(OrganizationKind::GovernmentAgency, "Mentoring agency", "GH"))
        .await
        .unwrap();
    let ama = stored_user(store, "ama@example.com.gh").await;
    let kofi = stored_user(store, "kofi@example.com.gh").await;
    let mut unit = store.write().await;
    let cohort =
        unit.insert_programme(Uuid::now_v7(), &programme(agency.id, "Cohort", 2019), at(0)).await.unwrap();
    let ghost = unit.put_mentor_profile(Uuid::now_v7(), &mentor_profile(2), None, at(1)).await;
    assert!(matches!(ghost, Err(StoreError::MissingReference { field: "user_id", .. })));
    let first = unit.put_mentor_profile(ama.id, &mentor_profile(2), Some(0), at(1)).await.unwrap();
    assert_eq!(first.version, 1);
    let stale = unit.put_mentor_profile(ama.id, &mentor_profile(3), Some(0), at(2)).await;
    assert!(matches!(stale, Err(StoreError::VersionMismatch { current: 1, .. })));
    let second = unit.put_mentor_profile(ama.id, &mentor_profile(3), Some(1), at(2)).await.unwrap();
    assert_eq!((second.version, second.profile.capacity), (2, 3));
    unit.put_mentor_profile(kofi.id, &mentor_profile(1), None, at(2)).await.unwrap();
    assert!(unit.add_to_pool(cohort.id, kofi.id, at(3)).await.unwrap());
    assert!(unit.add_to_pool(cohort.id, ama.id, at(3)).await.unwrap());
    assert!(!unit.add_to_pool(cohort.id, ama.id, at(4)).await.unwrap(), "already in it");
    unit.commit().await.unwrap();
    let mut unit = store.write().await;
    let pool = unit.pool(cohort.id).await.unwrap();
    let names: Vec<(&str, u8)> = pool.iter().map(|(u, m)| (u.name.as_str(), m.profile.capacity)).collect();
    assert_eq!(names.len(), 2);
    assert!(names.windows(2).all(|w| w[0].0 <= w[1].0), "by name: {names:?}");
    assert_eq!(unit.mentor_profile(ama.id).await.unwrap(), Some(second));
    assert_eq!(unit.pools_of(ama.id).await.unwrap(), [cohort.id]);
    assert!(unit.remove_from_pool(cohort.id, ama.id).await.unwrap());
    assert!(!unit.remove_from_pool(cohort.id, ama.id).await.unwrap());
    assert!(unit.pools_of(ama.id).await.unwrap().is_empty());
    assert_eq!(unit.pool(cohort.id).await.unwrap().len(), 1);
    unit.commit().await.unwrap();
}

async fn a_round_keeps_each_run_with_its_inputs_and_each_proposal_with_its_answers(store: &Db<'_>) {
    use mitra_domain::round::{Answer, Contribution, Fit, Population, Proposal, RoundSettings, RoundState};
    use mitra_store::{MatchRound, MatchRun, RunHeader};
    let agency = store
        .create_organization(partner(OrganizationKind::GovernmentAgency, "Mentoring agency", "GH"))
        .await
        .unwrap();
    let firm = store.create_organization(msme("Asante Cocoa", "GH", "Ashanti", "0127")).await.unwrap();
    let ama = stored_user(store, "ama@example.com.gh").await;
    let mut unit = store.write().await;
    let cohort =
        unit.insert_programme(Uuid::now_v7(), &programme(agency.id, "Cohort", 2019), at(0)).await.unwrap();
    let mut round = MatchRound {
        id: Uuid::now_v7(),
        programme_id: cohort.id,
        state: RoundState {
            settings: RoundSettings::new(Population::Participants),
            published: None,
            follow_up_of: None,
        },
        created_by: ama.id,
        created_at: at(1),
        updated_at: at(1),
        version: 1,
    };
    let orphan = MatchRound { id: Uuid::now_v7(), programme_id: Uuid::now_v7(), ..round.clone() };
    assert!(matches!(unit.insert_round(&orphan).await, Err(StoreError::MissingReference { .. })));
    unit.insert_round(&round).await.unwrap();
    let run = |number: u64| MatchRun {
        header: RunHeader {
            round_id: round.id,
            number,
            job_id: Uuid::now_v7(),
            created_by: ama.id,
            created_at: at(2),
            finished_at: None,
        },
        inputs: format!("{{\"run\": {number}}}"),
        outcome: None,
    };
    unit.insert_run(&run(1)).await.unwrap();
    assert!(matches!(unit.insert_run(&run(1)).await, Err(StoreError::Duplicate { .. })), "numbers follow on");
    assert!(matches!(unit.insert_run(&run(3)).await, Err(StoreError::Duplicate { .. })));
    unit.insert_run(&run(2)).await.unwrap();
    assert!(unit.finish_run(round.id, 2, "{\"outcome\": \"solved\"}", at(3)).await.unwrap());
    assert!(!unit.finish_run(round.id, 2, "{}", at(4)).await.unwrap(), "an outcome is written once");
    unit.commit().await.unwrap();

    let mut unit = store.write().await;
    let numbers: Vec<u64> = unit.runs(round.id).await.unwrap().iter().map(|r| r.number).collect();
    assert_eq!(numbers, [1, 2]);
    let second = unit.run(round.id, 2).await.unwrap().unwrap();
    assert_eq!(
        (second.inputs.as_str(), second.outcome.as_deref()),
        ("{\"run\": 2}", Some("{\"outcome\": \"solved\"}"))
    );
    assert_eq!(second.header.finished_at, Some(at(3)));
    round.state.published = Some(mitra_domain::round::Publication {
        run: 2,
        deadline: jiff::civil::date(2027, 10, 1),
        at: at(5),
    });
    unit.update_round(&mut round, at(5)).await.unwrap();
    assert_eq!(round.version, 2);
    let mut stale = MatchRound { version: 1, ..round.clone() };
    assert!(matches!(
        unit.update_round(&mut stale, at(6)).await,
        Err(StoreError::VersionMismatch { current: 2, .. })
    ));
    let mut proposal = Proposal {
        round_id: round.id,
        firm_id: firm.id,
        mentor_id: ama.id,
        fit: Fit { score: 40, parts: vec![(Contribution::Industry, 40)] },
        pinned: false,
        deadline: jiff::civil::date(2027, 10, 1),
        firm_answer: Answer::Pending,
        mentor_answer: Answer::Pending,
        version: 1,
    };
    unit.insert_proposals(std::slice::from_ref(&proposal)).await.unwrap();
    let mut old = proposal.clone();
    proposal.firm_answer = Answer::Accepted;
    unit.update_proposal(&mut proposal).await.unwrap();
    assert_eq!(proposal.version, 2);
    old.mentor_answer = Answer::Declined;
    assert!(matches!(
        unit.update_proposal(&mut old).await,
        Err(StoreError::VersionMismatch { current: 2, .. })
    ));
    unit.commit().await.unwrap();

    let mut unit = store.read().await;
    assert_eq!(unit.round(round.id).await.unwrap(), Some(round.clone()));
    assert_eq!(unit.rounds_of(cohort.id).await.unwrap(), [round.clone()]);
    assert_eq!(unit.proposal(round.id, firm.id).await.unwrap(), Some(proposal.clone()));
    assert_eq!(unit.proposals_of_round(round.id).await.unwrap(), [proposal.clone()]);
    assert_eq!(unit.proposals_of_mentor(ama.id).await.unwrap(), [proposal.clone()]);
    assert_eq!(unit.proposals_of_firms(&[firm.id, Uuid::now_v7()]).await.unwrap(), [proposal.clone()]);
    assert!(unit.proposals_of_firms(&[]).await.unwrap().is_empty());
    drop(unit);

    // The pair's sessions: one a day, read back whole, the mentee's word written once.
    use mitra_domain::mentoring::{MenteeWord, MentoringSession, SessionLog, SessionMode};
    let session = |day: u8| MentoringSession {
        id: Uuid::now_v7(),
        round_id: round.id,
        firm_id: firm.id,
        mentor_id: ama.id,
        log: SessionLog {
            held_on: jiff::civil::date(2027, 9, i8::try_from(day).unwrap()),
            minutes: 60,
            mode: SessionMode::Phone,
            topics: vec![],
            next_steps: None,
        },
        mentee: None,
        logged_at: at(7),
        version: 1,
    };
    let mut unit = store.write().await;
    let mut first = session(1);
    unit.insert_mentoring_session(&first).await.unwrap();
    unit.insert_mentoring_session(&session(8)).await.unwrap();
    let same_day = unit.insert_mentoring_session(&session(1)).await;
    assert!(matches!(same_day, Err(StoreError::Duplicate { .. })), "{same_day:?}");
    let mut stale = first.clone();
    first.mentee = Some(MenteeWord { confirmed: true, rating: Some(5) });
    unit.update_mentoring_session(&mut first).await.unwrap();
    assert_eq!(first.version, 2);
    stale.mentee = Some(MenteeWord { confirmed: false, rating: None });
    assert!(matches!(
        unit.update_mentoring_session(&mut stale).await,
        Err(StoreError::VersionMismatch { .. })
    ));
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    assert_eq!(unit.mentoring_session(first.id).await.unwrap(), Some(first.clone()));
    let days: Vec<u8> = unit
        .sessions_of_round(round.id, Some(firm.id))
        .await
        .unwrap()
        .iter()
        .map(|s| s.log.held_on.day() as u8)
        .collect();
    assert_eq!(days, [8, 1], "the latest first");
    assert_eq!(unit.sessions_of_round(round.id, Some(Uuid::now_v7())).await.unwrap(), []);
}

/// The reports of each programme's firms, as (programme, reports): the cells, checked against
/// a recount.
async fn by_programme(unit: &mut Box<dyn UnitOfWork>) -> Vec<(String, u64)> {
    let query = mitra_domain::recovery::RecoveryQuery {
        by: Some(mitra_domain::recovery::Dimension::Programme),
        ..Default::default()
    };
    let cells = unit.recovery_table(&query).await.unwrap();
    assert_eq!(cells, unit.recovery_table_recounted(&query).await.unwrap());
    cells.into_iter().map(|m| (m.group.unwrap(), m.reports)).collect()
}

fn programme(
    run_by: Uuid,
    name: &str,
    baseline_year: i16,
) -> mitra_domain::Checked<mitra_domain::ProgrammeDraft> {
    mitra_domain::ProgrammeDraft {
        run_by,
        name: text(name),
        description: text("Mentoring after the floods"),
        channel: Channel::Training,
        country: Country::parse("GH").unwrap(),
        regions: vec![],
        starts_on: date(2024, 3, 1),
        ends_on: None,
        baseline_year,
        targets: mitra_domain::FairnessTargets::default(),
    }
    .check()
    .unwrap()
}

async fn a_programme_groups_opportunities_and_gives_its_participants_its_baseline_year(store: &Db<'_>) {
    let agency = store
        .create_organization(partner(OrganizationKind::GovernmentAgency, "Flood agency", "GH"))
        .await
        .unwrap();
    let firm = store.create_organization(msme("Flooded firm", "GH", "Volta", "1071")).await.unwrap();
    let other = store.create_organization(msme("Dry firm", "GH", "Ashanti", "1071")).await.unwrap();
    let mut unit = store.write().await;
    let ghost = Uuid::now_v7();
    let refused = unit.insert_programme(Uuid::now_v7(), &programme(ghost, "Nobody's", 2023), at(0)).await;
    assert!(matches!(refused, Err(StoreError::MissingReference { field: "run_by", id }) if id == ghost));
    let older =
        unit.insert_programme(Uuid::now_v7(), &programme(agency.id, "Pandemic", 2019), at(1)).await.unwrap();
    let flood = unit
        .insert_programme(Uuid::now_v7(), &programme(agency.id, "Flood recovery", 2023), at(2))
        .await
        .unwrap();
    assert_eq!(unit.programme(flood.id).await.unwrap(), Some(flood.clone()));
    let mut draft = opportunity(agency.id, Channel::Training, &[], &["en"]);
    draft.programme_id = Some(flood.id);
    let checked = draft.check().unwrap();
    let in_flood = unit.insert_opportunity(Uuid::now_v7(), &checked, at(3)).await.unwrap();
    let outside = opportunity(agency.id, Channel::Training, &[], &["en"]).check().unwrap();
    let outside = unit.insert_opportunity(Uuid::now_v7(), &outside, at(3)).await.unwrap();
    let joined = |opportunity_id, since| mitra_domain::recovery::Partnership {
        opportunity_id,
        channel: Channel::Training,
        since,
    };
    unit.mark_partnered(firm.id, &joined(in_flood.id, date(2024, 5, 1))).await.unwrap();
    unit.mark_partnered(other.id, &joined(outside.id, date(2024, 5, 1))).await.unwrap();
    for id in [firm.id, other.id] {
        let (draft, mut groups, measures) = cell_report(0, 6, 0);
        groups.partnered = true;
        let mut draft = draft.into_inner();
        draft.month = date(2024, 6, 1);
        let draft = draft.check(TODAY, mitra_domain::Currency::parse("GHS").unwrap()).unwrap();
        unit.put_report(id, &draft, &groups, &measures, at(3)).await.unwrap();
    }
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    let mut groups = by_programme(&mut unit).await;
    groups.sort();
    let mut expected = vec![(flood.id.to_string(), 1), ("none".to_owned(), 1)];
    expected.sort();
    assert_eq!(groups, expected, "the firm outside any programme is in none");
    drop(unit);

    let mut unit = store.write().await;
    let listed: Vec<String> = unit
        .list_programmes(Some(Country::parse("GH").unwrap()))
        .await
        .unwrap()
        .iter()
        .map(|p| p.details.name.to_string())
        .collect();
    assert_eq!(listed, ["Flood recovery", "Pandemic"], "the same start: by name");
    assert!(unit.list_programmes(Some(Country::parse("IN").unwrap())).await.unwrap().is_empty());
    let members: Vec<Uuid> =
        unit.programme_opportunities(flood.id).await.unwrap().iter().map(|o| o.id).collect();
    assert_eq!(members, [in_flood.id]);
    assert!(unit.programme_opportunities(older.id).await.unwrap().is_empty());
    assert_eq!(unit.participants(&[in_flood.id, outside.id]).await.unwrap().len(), 2);
    assert_eq!(unit.participants(&[in_flood.id]).await.unwrap(), [firm.id]);
    let baselines = unit.programme_baselines(&[firm.id, other.id]).await.unwrap();
    assert_eq!(baselines.get(&firm.id), Some(&vec![(date(2024, 5, 1), 2023)]));
    assert_eq!(baselines.get(&other.id), None, "in no programme");
    // A new baseline year, and the opportunity moved into the older programme.
    let changed = programme(agency.id, "Flood recovery", 2022);
    let updated = unit.update_programme(flood.id, &changed, Some(1), at(4)).await.unwrap();
    assert_eq!(updated.version, 2);
    let stale = unit.update_programme(flood.id, &changed, Some(1), at(5)).await;
    assert!(matches!(stale, Err(StoreError::VersionMismatch { current: 2, .. })));
    assert_eq!(unit.programme_baselines(&[firm.id]).await.unwrap()[&firm.id], [(date(2024, 5, 1), 2022)]);
    let moved = checked.in_programme(Some(older.id));
    unit.update_opportunity(in_flood.id, &moved, None, at(6)).await.unwrap();
    assert_eq!(unit.programme_baselines(&[firm.id]).await.unwrap()[&firm.id], [(date(2024, 5, 1), 2019)]);
    assert!(unit.programme_opportunities(flood.id).await.unwrap().is_empty());
    unit.commit().await.unwrap();
    let mut unit = store.read().await;
    let groups = by_programme(&mut unit).await;
    assert!(
        groups.contains(&(older.id.to_string(), 1)),
        "the opportunity took its reports along: {groups:?}"
    );
}

fn groups_of(country: &str, region: &str, sector: &str) -> mitra_domain::recovery::ReportGroups {
    mitra_domain::recovery::ReportGroups {
        country: Country::parse(country).unwrap(),
        region: region.to_owned(),
        sector: sector.to_owned(),
        size_class: Some(mitra_domain::SizeClass::Micro),
        women_led: false,
        youth_led: false,
        partnered: false,
    }
}

const CELL_COUNTRIES: [(&str, &str, &str); 3] =
    [("GH", "Ashanti", "GHS"), ("IN", "Maharashtra", "INR"), ("MX", "Jalisco", "MXN")];

/// Stores firm `n`'s report of `month`, its figures, status and groups moved by `salt`.
type CellReport = (
    mitra_domain::Checked<mitra_domain::recovery::ReportDraft>,
    mitra_domain::recovery::ReportGroups,
    mitra_domain::recovery::ReportMeasures,
);

/// Firm `n`'s report of `month`, its figures, status and groups varied by `salt`.
fn cell_report(n: usize, month: i8, salt: usize) -> CellReport {
    use mitra_domain::recovery::{Pulse, ReportDraft, ReportMeasures};
    let (country, region, currency) = CELL_COUNTRIES[n % 3];
    let statuses = OperatingStatus::ALL;
    let status = statuses[(n + salt + month as usize) % statuses.len()];
    let closed = status == OperatingStatus::PermanentlyClosed;
    let draft = ReportDraft {
        month: date(2027, month, 1),
        revenue: (!closed).then(|| Money::parse(&format!("{}", 1000 * (n + salt)), currency).unwrap()),
        paid_employees: (!closed && n.is_multiple_of(2)).then_some((n + salt) as u32),
        status,
        pulse: Pulse::default(),
    }
    .check(TODAY, mitra_domain::Currency::parse(currency).unwrap())
    .unwrap();
    let mut groups = groups_of(country, region, if (n + salt).is_multiple_of(2) { "C" } else { "G" });
    groups.women_led = n.is_multiple_of(3);
    let measures = ReportMeasures {
        index_points: (!n.is_multiple_of(4)).then_some((n * 1000 + salt * 7) as i64),
        paid_employees: draft.paid_employees,
        jobs: draft.paid_employees.map(|e| (e.min(4), e.saturating_sub(4))),
    };
    (draft, groups, measures)
}

async fn put_cell_report(unit: &mut Box<dyn UnitOfWork>, firm: Uuid, n: usize, month: i8, salt: usize) {
    let (draft, groups, measures) = cell_report(n, month, salt);
    unit.put_report(firm, &draft, &groups, &measures, at(salt as i64)).await.unwrap();
}

/// Checks that the cells equal a recount for many queries; the unsplit table.
async fn cells_agree(store: &Db<'_>, step: &str) -> Vec<mitra_domain::recovery::MonthFigures> {
    use mitra_domain::recovery::{Dimension, RecoveryQuery};
    let mut queries = vec![RecoveryQuery::default()];
    for by in Dimension::ALL {
        queries.push(RecoveryQuery { by: Some(*by), ..RecoveryQuery::default() });
    }
    queries.push(RecoveryQuery {
        country: Some(Country::parse("IN").unwrap()),
        women_led: Some(false),
        from: Some(date(2027, 2, 1)),
        by: Some(Dimension::Sector),
        ..RecoveryQuery::default()
    });
    queries.push(RecoveryQuery {
        region: Some("ASHANTI".into()),
        partnered: Some(true),
        ..RecoveryQuery::default()
    });
    // Of partnerships: each report once per partnership its firm had by its month.
    queries.push(RecoveryQuery { channel: Some(Channel::Training), ..RecoveryQuery::default() });
    queries.push(RecoveryQuery {
        country: Some(Country::parse("GH").unwrap()),
        by: Some(Dimension::Channel),
        ..RecoveryQuery::default()
    });
    queries.push(RecoveryQuery {
        opportunity: Some(Uuid::from_u128(7)),
        by: Some(Dimension::SizeClass),
        ..RecoveryQuery::default()
    });
    queries.push(RecoveryQuery {
        channel: Some(Channel::Markets),
        partnered: Some(false),
        ..RecoveryQuery::default()
    });
    queries.push(RecoveryQuery {
        programme: Some(Uuid::from_u128(9)),
        by: Some(Dimension::Region),
        ..RecoveryQuery::default()
    });
    let mut unit = store.read().await;
    let partners = unit
        .recovery_table(&RecoveryQuery { by: Some(Dimension::Partner), ..RecoveryQuery::default() })
        .await
        .unwrap();
    for partner in partners.iter().filter_map(|m| m.group.as_deref()).filter(|id| !id.is_empty()) {
        let partner = Some(partner.parse().unwrap());
        queries.push(RecoveryQuery { partner, by: Some(Dimension::Opportunity), ..RecoveryQuery::default() });
    }
    for query in &queries {
        let cells = unit.recovery_table(query).await.unwrap();
        let recount = unit.recovery_table_recounted(query).await.unwrap();
        assert_eq!(cells, recount, "{step}: {query:?}");
    }
    unit.recovery_table(&RecoveryQuery::default()).await.unwrap()
}

async fn the_dashboards_cells_always_equal_a_recount_of_the_reports(store: &Db<'_>) {
    let mut firms = Vec::new();
    for (n, (country, region, _)) in CELL_COUNTRIES.iter().cycle().take(9).enumerate() {
        let firm = store
            .create_organization(msme(&format!("Cell firm {n}"), country, region, "1071"))
            .await
            .unwrap();
        firms.push((firm.id, n));
    }
    let mut unit = store.write().await;
    for &(firm, n) in &firms {
        for month in 1..=4 {
            put_cell_report(&mut unit, firm, n, month, 0).await;
        }
    }
    unit.commit().await.unwrap();
    let table = cells_agree(store, "added").await;
    assert_eq!(table.len(), 4);
    assert!(table.iter().all(|m| m.reports == 9));
    let bank = store
        .create_organization(partner(OrganizationKind::FinancialInstitution, "Cell bank", "GH"))
        .await
        .unwrap();
    let market =
        store.create_opportunity(opportunity(bank.id, Channel::Markets, &[], &["en"])).await.unwrap();
    // Replaced with other figures, statuses and groups; one deleted; one firm partnered from March.
    let mut unit = store.write().await;
    for &(firm, n) in firms.iter().step_by(2) {
        put_cell_report(&mut unit, firm, n, 2, 5).await;
    }
    assert!(unit.delete_report(firms[1].0, date(2027, 3, 1)).await.unwrap());
    assert!(!unit.delete_report(firms[1].0, date(2027, 9, 1)).await.unwrap(), "nothing to delete");
    let partnership = |channel, since| mitra_domain::recovery::Partnership {
        opportunity_id: Uuid::from_u128(7),
        channel,
        since,
    };
    let training = partnership(mitra_domain::Channel::Training, date(2027, 3, 1));
    assert_eq!(unit.mark_partnered(firms[2].0, &training).await.unwrap(), 2);
    assert_eq!(unit.mark_partnered(firms[2].0, &training).await.unwrap(), 0, "already partnered");
    let later = partnership(mitra_domain::Channel::Training, date(2027, 4, 1));
    assert_eq!(unit.mark_partnered(firms[2].0, &later).await.unwrap(), 0, "the earlier month stands");
    let other = mitra_domain::recovery::Partnership { opportunity_id: market.id, ..later };
    unit.mark_partnered(
        firms[4].0,
        &mitra_domain::recovery::Partnership { channel: mitra_domain::Channel::Markets, ..other },
    )
    .await
    .unwrap();
    let since = unit.partnered_since(&[firms[2].0, firms[3].0, firms[4].0]).await.unwrap();
    assert_eq!(since.get(&firms[2].0), Some(&date(2027, 3, 1)));
    assert_eq!(since.get(&firms[3].0), None);
    assert_eq!(since.get(&firms[4].0), Some(&date(2027, 4, 1)));
    use mitra_domain::recovery::ImpactQuery;
    let training = ImpactQuery { channel: Some(Channel::Training), ..ImpactQuery::default() };
    let panel = unit.impact_panel(&training).await.unwrap();
    let of = |firm: Uuid| panel.iter().filter(|row| row.msme_id == firm).collect::<Vec<_>>();
    assert_eq!(of(firms[2].0).len(), 4);
    assert!(of(firms[2].0).iter().all(|row| row.joined == Some(date(2027, 3, 1)) && !row.elsewhere));
    assert!(of(firms[4].0).iter().all(|row| row.joined.is_none() && row.elsewhere), "partnered on markets");
    assert!(of(firms[3].0).iter().all(|row| row.joined.is_none() && !row.elsewhere));
    assert!(panel.windows(2).all(|w| (w[0].msme_id, w[0].month) < (w[1].msme_id, w[1].month)));
    let ghana = ImpactQuery { country: Some(Country::parse("GH").unwrap()), ..ImpactQuery::default() };
    let ghana = unit.impact_panel(&ghana).await.unwrap();
    assert!(!ghana.is_empty() && ghana.len() < panel.len(), "a country's firms only");
    // Taking part with the bank means its opportunity: firm 4 joined, firm 2 is elsewhere.
    let banked = ImpactQuery { partner: Some(bank.id), ..ImpactQuery::default() };
    let banked = unit.impact_panel(&banked).await.unwrap();
    let of = |firm: Uuid| banked.iter().filter(|row| row.msme_id == firm).collect::<Vec<_>>();
    assert!(of(firms[4].0).iter().all(|row| row.joined == Some(date(2027, 4, 1)) && !row.elsewhere));
    assert!(of(firms[2].0).iter().all(|row| row.joined.is_none() && row.elsewhere));
    let market_only = ImpactQuery {
        opportunity: Some(market.id),
        channel: Some(Channel::Training),
        ..ImpactQuery::default()
    };
    let market_only = unit.impact_panel(&market_only).await.unwrap();
    assert!(market_only.iter().all(|row| row.joined.is_none()), "both conditions must hold");
    unit.commit().await.unwrap();
    let table = cells_agree(store, "changed").await;
    assert_eq!(table.iter().map(|m| m.reports).collect::<Vec<_>>(), [9, 9, 8, 9]);
    // A batch that replaces reports, one of them twice, and adds a month.
    let batch: Vec<(Uuid, CellReport)> = firms
        .iter()
        .flat_map(|&(firm, n)| [(firm, cell_report(n, 4, 3)), (firm, cell_report(n, 5, 1))])
        .chain([(firms[0].0, cell_report(0, 4, 8))])
        .collect();
    let reports: Vec<mitra_store::ReportToStore> =
        batch.iter().map(|(firm, (draft, groups, measures))| (*firm, draft, groups, measures)).collect();
    let mut unit = store.write().await;
    unit.put_reports(&reports, at(3)).await.unwrap();
    unit.commit().await.unwrap();
    let table = cells_agree(store, "put in a batch").await;
    assert_eq!(table.iter().map(|m| m.reports).collect::<Vec<_>>(), [9, 9, 8, 9, 9]);
    // The same opportunity from an earlier month: February's report joins its partner cells;
    // a second opportunity for the same firm counts its reports once more.
    let mut unit = store.write().await;
    let earlier = partnership(Channel::Training, date(2027, 2, 1));
    assert_eq!(unit.mark_partnered(firms[2].0, &earlier).await.unwrap(), 1);
    let also = mitra_domain::recovery::Partnership {
        opportunity_id: market.id,
        channel: Channel::Markets,
        ..earlier
    };
    // Only the batch's April and May, which this test stored as not partnered, move.
    assert_eq!(unit.mark_partnered(firms[2].0, &also).await.unwrap(), 2, "partnered since February already");
    unit.commit().await.unwrap();
    cells_agree(store, "partnered earlier").await;
    use mitra_domain::recovery::RecoveryQuery;
    let training = RecoveryQuery { channel: Some(Channel::Training), ..RecoveryQuery::default() };
    let trained = store.read().await.recovery_table(&training).await.unwrap();
    assert_eq!(trained.iter().map(|m| m.reports).sum::<u64>(), 4, "firm 2 from February to May");
    let latest = store.read().await.reports_of(firms[0].0, date(2027, 4, 1), date(2027, 4, 1)).await.unwrap();
    assert_eq!(
        latest[0].report.revenue,
        cell_report(0, 4, 8).0.revenue,
        "the batch's last report of a month stands"
    );
    // Counted against another baseline: the index and jobs of firm 2's reports change, their
    // cells and partner cells with them; a month without a report is passed over.
    let mut unit = store.write().await;
    let remeasured: Vec<(jiff::civil::Date, mitra_domain::recovery::ReportMeasures)> = (1..=6)
        .map(|month| {
            let (draft, _, _) = cell_report(2, month.min(5), 0);
            let measures = mitra_domain::recovery::ReportMeasures {
                index_points: Some(5000 + i64::from(month)),
                paid_employees: draft.paid_employees,
                jobs: draft.paid_employees.map(|e| (e.min(1), e.saturating_sub(1))),
            };
            (date(2027, month, 1), measures)
        })
        .collect();
    assert_eq!(unit.remeasure_reports(firms[2].0, &remeasured).await.unwrap(), 5, "five months reported");
    assert_eq!(unit.remeasure_reports(firms[2].0, &remeasured).await.unwrap(), 0, "already so");
    unit.commit().await.unwrap();
    let table = cells_agree(store, "remeasured").await;
    // A change rolled back leaves the cells as they were.
    let mut unit = store.write().await;
    put_cell_report(&mut unit, firms[0].0, 0, 1, 9).await;
    unit.delete_report(firms[3].0, date(2027, 4, 1)).await.unwrap();
    drop(unit);
    assert_eq!(cells_agree(store, "rolled back").await, table);
}
