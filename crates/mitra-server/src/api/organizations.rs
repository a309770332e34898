//! `/api/v1/organizations`: MSMEs and partners.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use mitra_app::OrganizationRecord;
use mitra_domain::industry::IndustryCode;
use mitra_domain::size::SizeError;
use mitra_domain::text::{Description, Name, Region};
use mitra_domain::{Channel, organization::MAX_EMPLOYEES};
use mitra_domain::{
    Country, Language, LegalForm, MsmeProfile, OperatingStatus, OrganizationDraft, OrganizationKind,
    Ownership, PartnerProfile, SizeClass, YearFigures,
};
use serde::{Deserialize, Serialize};
use utoipa::openapi::Object;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::api::{
    ChannelNoteDto, Listing, MoneyDto, MoneyInput, enum_schema, null_schema, read_channel_note, text_schema,
    trimmed_schema, words_schema,
};
use crate::error::{ApiError, Problem};
use crate::extract::{Caller, IfMatch, Writer, etag};
use crate::input::{
    Fields, JsonBody, PathId, boolean, count, date, list, money, object, one_of, read_body, string,
};
use crate::query::organization_query;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_organizations, create_organization))
        .routes(routes!(get_organization, update_organization))
        .routes(routes!(archive_organization))
}

/// An organisation as it is sent to create or replace one: an MSME with its profile, or a partner
/// of one of the seven other kinds, as `kind` says.
#[derive(Debug, ToSchema)]
#[serde(untagged)]
// Schema names rather than references, which OpenAPI allows as well: Schemathesis 4 reads a
// reference that several values map to as meant for only one of them.
#[schema(discriminator(property_name = "kind", mapping(
    ("msme" = "MsmeOrganizationInput"),
    ("financial_institution" = "PartnerOrganizationInput"),
    ("government_agency" = "PartnerOrganizationInput"),
    ("nonprofit" = "PartnerOrganizationInput"),
    ("academic" = "PartnerOrganizationInput"),
    ("corporate" = "PartnerOrganizationInput"),
    ("ecommerce_platform" = "PartnerOrganizationInput"),
    ("development_bank" = "PartnerOrganizationInput"),
)))]
pub enum OrganizationInput {
    Msme(MsmeOrganizationInput),
    Partner(PartnerOrganizationInput),
}

/// An MSME as it is sent: its profile is required, a partner's is not taken.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MsmeOrganizationInput {
    #[schema(schema_with = msme_kind_schema)]
    pub kind: OrganizationKind,
    #[schema(schema_with = name_schema)]
    pub name: String,
    /// ISO 3166-1 alpha-2.
    #[schema(schema_with = crate::api::country_schema)]
    pub country: String,
    #[schema(schema_with = region_schema)]
    pub region: Option<String>,
    /// ISO 639-1 codes, at least one, each once.
    #[schema(schema_with = crate::api::languages_schema)]
    pub languages: Vec<String>,
    #[schema(schema_with = description_schema)]
    pub description: Option<String>,
    pub msme: MsmeInput,
    /// Absent or null: an MSME's offers go in `msme.offers`.
    #[schema(schema_with = no_partner_schema)]
    pub partner: Option<()>,
}

/// A partner as it is sent: what it offers, if anything, and no MSME profile.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerOrganizationInput {
    #[schema(schema_with = partner_kind_schema)]
    pub kind: OrganizationKind,
    #[schema(schema_with = name_schema)]
    pub name: String,
    /// ISO 3166-1 alpha-2.
    #[schema(schema_with = crate::api::country_schema)]
    pub country: String,
    #[schema(schema_with = region_schema)]
    pub region: Option<String>,
    /// ISO 639-1 codes, at least one, each once.
    #[schema(schema_with = crate::api::languages_schema)]
    pub languages: Vec<String>,
    #[schema(schema_with = description_schema)]
    pub description: Option<String>,
    /// Absent or null: only an MSME has a profile.
    #[schema(schema_with = no_msme_schema)]
    pub msme: Option<()>,
    pub partner: Option<PartnerInput>,
}

/// The `kind` of an MSME.
fn msme_kind_schema() -> Object {
    enum_schema("An MSME", [OrganizationKind::Msme.as_str()].into_iter())
}

/// The `kind` of a partner: any but `msme`.
fn partner_kind_schema() -> Object {
    let partners = OrganizationKind::ALL.iter().filter(|kind| **kind != OrganizationKind::Msme);
    enum_schema("A partner of MSMEs", partners.map(|kind| kind.as_str()))
}

/// The name of an organisation, as `Name::parse` takes it.
fn name_schema() -> Object {
    text_schema(Name::parse, "1 to 200 characters once trimmed, without control characters", false)
}

/// A registration number, as `Text::<50>::parse` takes it.
fn registration_number_schema() -> Object {
    text_schema(
        mitra_domain::Text::<50>::parse,
        "The number the firm is registered under in its country (an NIB, a Udyam number): 1 to 50 characters once trimmed, without control characters",
        true,
    )
}

/// The region of an organisation, as `Region::parse` takes it.
fn region_schema() -> Object {
    text_schema(
        Region::parse,
        "A state, province or district: 1 to 100 characters once trimmed, without control characters",
        true,
    )
}

/// The description of an organisation, as `Description::parse` takes it.
fn description_schema() -> Object {
    text_schema(Description::parse, "1 to 5,000 characters once trimmed; lines and tabs are allowed", true)
}

fn no_partner_schema() -> Object {
    null_schema("Absent or null: an MSME's offers go in msme.offers")
}

fn no_msme_schema() -> Object {
    null_schema("Absent or null: only an MSME has a profile")
}

/// An MSME's profile as it is sent.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MsmeInput {
    pub legal_form: LegalForm,
    #[schema(schema_with = registration_number_schema)]
    pub registration_number: Option<String>,
    /// YYYY-MM-DD, not in the future.
    #[schema(format = Date, pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub founded_on: Option<String>,
    #[schema(schema_with = industry_code_schema)]
    pub industry_code: Option<String>,
    /// Persons employed.
    #[schema(minimum = 0, maximum = 5_000_000)]
    pub employees: Option<u32>,
    pub annual_turnover: Option<MoneyInput>,
    /// Investment in plant, machinery and equipment (fixed assets, or business capital
    /// excluding land and buildings, as the country's rule counts it).
    pub investment: Option<MoneyInput>,
    /// Read by the EU size rule only.
    pub balance_sheet_total: Option<MoneyInput>,
    pub ownership: Option<OwnershipInput>,
    pub operating_status: OperatingStatus,
    /// Up to 20; absent, null and empty mean none.
    #[schema(max_items = 20)]
    pub needs: Option<Vec<ChannelNoteDto>>,
    /// Up to 20; absent, null and empty mean none.
    #[schema(max_items = 20)]
    pub offers: Option<Vec<ChannelNoteDto>>,
    /// Figures of past years, one entry per year (up to 20), such as 2019's payroll that
    /// CEBA's rules read; absent, null and empty mean none.
    #[schema(max_items = 20)]
    pub figures: Option<Vec<YearFiguresInput>>,
}

/// The figures of one past year, as they are sent.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct YearFiguresInput {
    /// From 1990 to this year (the clock decides, beyond the schema's bound), each year once.
    #[schema(minimum = 1990, maximum = 2100)]
    pub year: i16,
    /// Employment income paid: salaries, wages and benefits.
    pub payroll: Option<MoneyInput>,
    /// Costs that could not be deferred: rent, utilities, insurance, property tax, debt service.
    pub non_deferrable_expenses: Option<MoneyInput>,
    pub turnover: Option<MoneyInput>,
    #[schema(minimum = 0, maximum = 5_000_000)]
    pub employees: Option<u32>,
}

/// The figures of one past year.
#[derive(Debug, Serialize, ToSchema)]
pub struct YearFiguresDto {
    pub year: i16,
    pub payroll: Option<MoneyDto>,
    pub non_deferrable_expenses: Option<MoneyDto>,
    pub turnover: Option<MoneyDto>,
    pub employees: Option<u32>,
}

impl From<&YearFigures> for YearFiguresDto {
    fn from(figures: &YearFigures) -> Self {
        Self {
            year: figures.year,
            payroll: figures.payroll.as_ref().map(MoneyDto::from),
            non_deferrable_expenses: figures.non_deferrable_expenses.as_ref().map(MoneyDto::from),
            turnover: figures.turnover.as_ref().map(MoneyDto::from),
            employees: figures.employees,
        }
    }
}

/// The industry code of an MSME, as `IndustryCode::parse` takes it.
fn industry_code_schema() -> Object {
    crate::api::industry_code_schema(true)
}

/// What a partner offers, as it is sent.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerInput {
    /// Up to 20; absent, null and empty mean none.
    #[schema(max_items = 20)]
    pub offers: Option<Vec<ChannelNoteDto>>,
}

/// Who leads the firm, as it is sent; each flag is false unless given.
#[derive(Debug, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnershipInput {
    pub women_led: Option<bool>,
    pub youth_led: Option<bool>,
    pub veteran_led: Option<bool>,
}

/// What a partner offers.
#[derive(Debug, Serialize, ToSchema)]
pub struct PartnerView {
    pub offers: Vec<ChannelNoteDto>,
}

/// Who leads the firm.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, ToSchema)]
pub struct OwnershipDto {
    #[serde(default)]
    pub women_led: bool,
    #[serde(default)]
    pub youth_led: bool,
    #[serde(default)]
    pub veteran_led: bool,
}

/// A stored organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganizationView {
    pub id: uuid::Uuid,
    pub kind: OrganizationKind,
    pub name: String,
    pub country: String,
    pub region: Option<String>,
    pub languages: Vec<String>,
    pub description: Option<String>,
    pub msme: Option<MsmeView>,
    pub partner: Option<PartnerView>,
    pub created_at: String,
    pub updated_at: String,
    /// Set when the organisation was archived.
    pub archived_at: Option<String>,
    /// Moves by one with every change; also the response's ETag, to send back in If-Match.
    pub version: u64,
}

/// An MSME's profile with what Mitra computes from it.
#[derive(Debug, Serialize, ToSchema)]
pub struct MsmeView {
    pub legal_form: LegalForm,
    pub registration_number: Option<String>,
    /// The figures this reader may not see (`annual_turnover`, `investment` with
    /// `balance_sheet_total`, `employees`): they are null here whatever the firm reported.
    pub hidden_figures: Vec<mitra_domain::Figure>,
    #[schema(format = Date)]
    pub founded_on: Option<String>,
    pub industry: Option<IndustryView>,
    pub employees: Option<u32>,
    pub annual_turnover: Option<MoneyDto>,
    pub investment: Option<MoneyDto>,
    pub balance_sheet_total: Option<MoneyDto>,
    pub ownership: OwnershipDto,
    pub operating_status: OperatingStatus,
    pub needs: Vec<ChannelNoteDto>,
    pub offers: Vec<ChannelNoteDto>,
    /// Figures of past years; empty for a reader from whom any figure is hidden.
    pub figures: Vec<YearFiguresDto>,
    pub size: SizeView,
}

/// An industry code with what the code lists say about it.
#[derive(Debug, Serialize, ToSchema)]
pub struct IndustryView {
    pub code: String,
    /// `isic`, `naics` or `unclassified`.
    pub scheme: String,
    pub title: Option<String>,
    /// True when the code is in neither list (such as NAICS 999990 or a retired code).
    pub unclassified: bool,
    /// ISIC section, division, group and class down to the code.
    pub isic_path: Vec<String>,
}

/// The size class computed under the country's rule in force today.
#[derive(Debug, Serialize, ToSchema)]
pub struct SizeView {
    /// Absent when the rule could not be applied; `note` says why.
    pub class: Option<SizeClass>,
    /// The rule's citation.
    pub rule: Option<String>,
    #[schema(format = Date)]
    pub as_of: String,
    /// Why there is no class: a missing figure, a figure in another currency, no rule.
    pub note: Option<String>,
    /// The profile fields the rule needs and lacks.
    pub missing: Vec<String>,
}

impl OrganizationView {
    pub fn of(record: &OrganizationRecord) -> Self {
        let (organization, on) = (&record.organization, record.as_of);
        let details = &organization.details;
        let size = if record.hides_profile_figures() { None } else { record.size() };
        let size = size.map(|result| match result {
            Ok(classification) => SizeView {
                class: Some(classification.class),
                rule: Some(classification.rule.to_owned()),
                as_of: on.to_string(),
                note: None,
                missing: vec![],
            },
            Err(error) => {
                let missing = match &error {
                    SizeError::Missing { figures, .. } | SizeError::MissingOneOf { figures, .. } => {
                        figures.iter().map(|f| f.field().to_owned()).collect()
                    }
                    _ => vec![],
                };
                SizeView {
                    class: None,
                    rule: None,
                    as_of: on.to_string(),
                    note: Some(error.to_string()),
                    missing,
                }
            }
        });
        // A reader from whom figures are hidden is told so, and gets no size class (it would
        // tell them about the figures).
        let size = size.or_else(|| {
            record.hides_profile_figures().then(|| SizeView {
                class: None,
                rule: None,
                as_of: on.to_string(),
                note: Some("some of this firm's figures are not shared with your organisation".to_owned()),
                missing: vec![],
            })
        });
        Self {
            id: organization.id,
            kind: details.kind,
            name: details.name.to_string(),
            country: details.country.to_string(),
            region: details.region.as_ref().map(ToString::to_string),
            languages: details.languages.iter().map(ToString::to_string).collect(),
            description: details.description.as_ref().map(ToString::to_string),
            msme: details.msme.as_ref().zip(size).map(|(m, size)| MsmeView {
                legal_form: m.legal_form,
                registration_number: m.registration_number.as_ref().map(ToString::to_string),
                hidden_figures: record.hidden.clone(),
                founded_on: m.founded_on.map(|d| d.to_string()),
                industry: m.industry.as_ref().map(|code| IndustryView {
                    code: code.code().to_owned(),
                    scheme: code.scheme().to_owned(),
                    title: code.title().map(str::to_owned),
                    unclassified: code.is_unclassified(),
                    isic_path: code.isic_path(),
                }),
                employees: m.employees,
                annual_turnover: m.annual_turnover.as_ref().map(MoneyDto::from),
                investment: m.investment.as_ref().map(MoneyDto::from),
                balance_sheet_total: m.balance_sheet_total.as_ref().map(MoneyDto::from),
                ownership: OwnershipDto {
                    women_led: m.ownership.women_led,
                    youth_led: m.ownership.youth_led,
                    veteran_led: m.ownership.veteran_led,
                },
                operating_status: m.operating_status,
                needs: m.needs.iter().map(ChannelNoteDto::from).collect(),
                offers: m.offers.iter().map(ChannelNoteDto::from).collect(),
                figures: m.figures.iter().map(YearFiguresDto::from).collect(),
                size,
            }),
            partner: details
                .partner
                .as_ref()
                .map(|p| PartnerView { offers: p.offers.iter().map(ChannelNoteDto::from).collect() }),
            created_at: organization.created_at.to_string(),
            updated_at: organization.updated_at.to_string(),
            archived_at: organization.archived_at.map(|t| t.to_string()),
            version: organization.version,
        }
    }
}

/// Reads an organisation body into a draft (which the application checks as a whole), or
/// every problem with its fields.
pub fn read_organization(body: serde_json::Value) -> Result<OrganizationDraft, ApiError> {
    read_body(body, organization_fields)
}

/// The fields of an organisation, wherever the object sits in a body.
pub fn organization_fields(fields: &mut Fields<'_>) -> Option<OrganizationDraft> {
    {
        let kind = fields.required("kind", one_of(OrganizationKind::parse, OrganizationKind::ALL));
        let name = fields.required("name", string(Name::parse));
        let country = fields.required("country", string(Country::parse));
        let region = fields.optional("region", string(Region::parse));
        let languages = fields.required("languages", list(20, || string(Language::parse)));
        let description = fields.optional("description", string(Description::parse));
        let msme = fields.optional("msme", object(read_msme));
        let partner = fields.optional("partner", object(read_partner));
        Some(OrganizationDraft {
            kind: kind?,
            name: name?,
            country: country?,
            region: region?,
            languages: languages?,
            description: description?,
            msme: msme?,
            partner: partner?,
        })
    }
}

fn read_msme(fields: &mut Fields<'_>) -> Option<MsmeProfile> {
    let legal_form = fields.required("legal_form", one_of(LegalForm::parse, LegalForm::ALL));
    let registration_number = fields.optional("registration_number", string(mitra_domain::Text::<50>::parse));
    let founded_on = fields.optional("founded_on", date());
    let industry = fields.optional("industry_code", string(IndustryCode::parse));
    let employees = fields.optional("employees", count(MAX_EMPLOYEES));
    let annual_turnover = fields.optional("annual_turnover", money());
    let investment = fields.optional("investment", money());
    let balance_sheet_total = fields.optional("balance_sheet_total", money());
    let ownership = fields.optional(
        "ownership",
        object(|f| {
            let women_led = f.optional("women_led", boolean());
            let youth_led = f.optional("youth_led", boolean());
            let veteran_led = f.optional("veteran_led", boolean());
            Some(Ownership {
                women_led: women_led?.unwrap_or(false),
                youth_led: youth_led?.unwrap_or(false),
                veteran_led: veteran_led?.unwrap_or(false),
            })
        }),
    );
    let operating_status =
        fields.required("operating_status", one_of(OperatingStatus::parse, OperatingStatus::ALL));
    let needs = fields.optional("needs", list(20, || object(read_channel_note)));
    let offers = fields.optional("offers", list(20, || object(read_channel_note)));
    let figures = fields.optional("figures", list(20, || object(read_year_figures)));
    Some(MsmeProfile {
        registration_number: registration_number?,
        legal_form: legal_form?,
        founded_on: founded_on?,
        industry: industry?,
        employees: employees?,
        annual_turnover: annual_turnover?,
        investment: investment?,
        balance_sheet_total: balance_sheet_total?,
        ownership: ownership?.unwrap_or_default(),
        operating_status: operating_status?,
        needs: needs?.unwrap_or_default(),
        offers: offers?.unwrap_or_default(),
        figures: figures?.unwrap_or_default(),
    })
}

fn read_year_figures(fields: &mut Fields<'_>) -> Option<YearFigures> {
    let year = fields.required("year", count(2100));
    let payroll = fields.optional("payroll", money());
    let non_deferrable_expenses = fields.optional("non_deferrable_expenses", money());
    let turnover = fields.optional("turnover", money());
    let employees = fields.optional("employees", count(MAX_EMPLOYEES));
    Some(YearFigures {
        // At most 2100 by the parse above.
        year: i16::try_from(year?).unwrap_or(i16::MAX),
        payroll: payroll?,
        non_deferrable_expenses: non_deferrable_expenses?,
        turnover: turnover?,
        employees: employees?,
    })
}

fn read_partner(fields: &mut Fields<'_>) -> Option<PartnerProfile> {
    let offers = fields.optional("offers", list(20, || object(read_channel_note)));
    Some(PartnerProfile { offers: offers?.unwrap_or_default() })
}

/// Filters of the organisation list.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganizationListParams {
    pub kind: Option<OrganizationKind>,
    /// ISO 3166-1 alpha-2.
    #[param(schema_with = crate::api::country_schema)]
    pub country: Option<String>,
    /// A region, matched without regard to case.
    #[param(schema_with = region_filter_schema)]
    pub region: Option<String>,
    /// An ISIC code at any level: a section letter, division, group or class (NAICS firms
    /// match the section of their sector); or a code in neither list, exactly.
    #[param(schema_with = industry_filter_schema)]
    pub industry: Option<String>,
    /// The first 2 to 6 digits of a NAICS 2017 code.
    #[param(schema_with = naics_filter_schema)]
    pub naics: Option<String>,
    pub size_class: Option<SizeClass>,
    /// Organisations that need or offer on this channel.
    pub channel: Option<Channel>,
    pub women_led: Option<bool>,
    pub youth_led: Option<bool>,
    pub veteran_led: Option<bool>,
    /// Words that must each begin a word of the name or description, ignoring case and accents
    /// ("credito agri" finds "Crédito Agrícola"); a query without words matches nothing.
    #[param(schema_with = words_filter_schema)]
    pub q: Option<String>,
    /// Include archived organisations (default false).
    pub include_archived: Option<bool>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<uuid::Uuid>,
    /// 1 to 200, default 50.
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u32>,
}

fn region_filter_schema() -> Object {
    text_schema(Region::parse, "A region, matched without regard to case", false)
}

fn industry_filter_schema() -> Object {
    trimmed_schema(
        "An ISIC code at any level: a section letter, division, group or class (NAICS firms match \
         the section of their sector); or a code in neither list, exactly",
        "[0-9A-Za-z]{1,16}",
        false,
    )
}

fn naics_filter_schema() -> Object {
    trimmed_schema("The first 2 to 6 digits of a NAICS 2017 code", "[0-9]{2,6}", false)
}

fn words_filter_schema() -> Object {
    words_schema(
        "Words that must each begin a word of the name or description, ignoring case and accents \
         (\"credito agri\" finds \"Crédito Agrícola\"); a query without words matches nothing",
    )
}

/// List organisations, filtered, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/organizations",
    tag = "organizations",
    security((), ("bearer" = [])),
    params(OrganizationListParams),
    responses(
        (status = 401, description = "A token was sent that is not live", body = Problem, content_type = "application/problem+json"),
        (status = 200, description = "A page of organisations, oldest first", body = Listing<OrganizationView>),
        (status = 422, description = "A filter is invalid", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list_organizations(
    State(state): State<AppState>,
    Caller(actor): Caller,
    RawQuery(raw): RawQuery,
) -> Result<Json<Listing<OrganizationView>>, ApiError> {
    let (query, page) = organization_query(raw.as_deref())?;
    let listed = state.app.list_organizations(&actor, &query, page).await?;
    Ok(Json(Listing {
        items: listed.items.iter().map(OrganizationView::of).collect(),
        next_cursor: listed.next.map(|id| id.to_string()),
    }))
}

/// Register an organisation.
#[utoipa::path(
    post,
    path = "/api/v1/organizations",
    tag = "organizations",
    security(("bearer" = [])),
    request_body = OrganizationInput,
    responses(
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not do this", body = Problem, content_type = "application/problem+json"),
        (status = 201, description = "Created", body = OrganizationView,
            headers(
                ("ETag" = String, description = "The version, for If-Match"),
                ("Location" = String, description = "The organisation's address"),
            ),
            links(
                ("GetOrganization" = (operation_id = "get_organization", parameters(("id" = "$response.body#/id")))),
                ("UpdateOrganization" = (operation_id = "update_organization", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")))),
                ("ArchiveOrganization" = (operation_id = "archive_organization", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")))),
                ("PublishOpportunity" = (operation_id = "create_opportunity", request_body = json!({"partner_id": "$response.body#/id"}), description = "An opportunity the organisation offers")),
            ),
        ),
        (status = 400, description = "The body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields are invalid, or break a rule between fields (an MSME's profile goes with kind msme, a founding date is not in the future, a language is listed once in any case); nothing was stored", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn create_organization(
    State(state): State<AppState>,
    Writer(actor): Writer,
    JsonBody(body): JsonBody,
) -> Result<(StatusCode, [(header::HeaderName, String); 2], Json<OrganizationView>), ApiError> {
    let draft = read_organization(body)?;
    let record = state.app.create_organization(&actor, draft).await?;
    let location = format!("/api/v1/organizations/{}", record.organization.id);
    let [tag] = etag(record.organization.version);
    Ok((StatusCode::CREATED, [(header::LOCATION, location), tag], Json(OrganizationView::of(&record))))
}

/// Read one organisation, archived or not.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{id}",
    tag = "organizations",
    security((), ("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The organisation's id")),
    responses(
        (status = 401, description = "A token was sent that is not live", body = Problem, content_type = "application/problem+json"),
        (status = 200, body = OrganizationView, headers(("ETag" = String, description = "The version, for If-Match")),
            links(
                ("UpdateOrganization" = (operation_id = "update_organization", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")))),
                ("ArchiveOrganization" = (operation_id = "archive_organization", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")))),
            ),
        ),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn get_organization(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PathId(id): PathId,
) -> Result<([(header::HeaderName, String); 1], Json<OrganizationView>), ApiError> {
    let record = state.app.organization(&actor, id).await?;
    Ok((etag(record.organization.version), Json(OrganizationView::of(&record))))
}

/// Replace an organisation's content. With If-Match, only if it is still at that version.
#[utoipa::path(
    put,
    path = "/api/v1/organizations/{id}",
    tag = "organizations",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The organisation's id"),
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag of the version the change is based on, such as \"3\"; without it (or with *) the change applies to whatever is stored, and with a tag that is not the stored version (a weak tag, any other text) nothing is changed: 412"),
    ),
    request_body = OrganizationInput,
    responses(
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not do this", body = Problem, content_type = "application/problem+json"),
        (status = 200, body = OrganizationView, headers(("ETag" = String, description = "The new version")),
            links(
                ("GetOrganization" = (operation_id = "get_organization", parameters(("id" = "$response.body#/id")))),
                ("ArchiveOrganization" = (operation_id = "archive_organization", parameters(("id" = "$response.body#/id"), ("header.If-Match" = "$response.header.ETag")))),
            ),
        ),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The organisation is archived", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names another version than the stored one, which the ETag gives; nothing was changed", body = Problem, content_type = "application/problem+json", headers(("ETag" = String, description = "The stored version"))),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn update_organization(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    IfMatch(expected): IfMatch,
    JsonBody(body): JsonBody,
) -> Result<([(header::HeaderName, String); 1], Json<OrganizationView>), ApiError> {
    let draft = read_organization(body)?;
    let record = state.app.update_organization(&actor, id, draft, expected).await?;
    Ok((etag(record.organization.version), Json(OrganizationView::of(&record))))
}

/// Archive an organisation and its opportunities. Archiving twice changes nothing. With If-Match, only if it is still at that version.
#[utoipa::path(
    post,
    path = "/api/v1/organizations/{id}/archive",
    tag = "organizations",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The organisation's id"),
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag of the version the archive is based on; without it (or with *) the record is archived whatever its version, and with a tag that is not the stored version nothing is changed: 412"),
    ),
    responses(
        (status = 401, description = "No live personal API token was sent", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The token's user may not do this", body = Problem, content_type = "application/problem+json"),
        (status = 200, body = OrganizationView, headers(("ETag" = String, description = "The new version"))),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "If-Match names another version than the stored one; nothing was changed", body = Problem, content_type = "application/problem+json", headers(("ETag" = String, description = "The stored version"))),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
async fn archive_organization(
    State(state): State<AppState>,
    Writer(actor): Writer,
    PathId(id): PathId,
    IfMatch(expected): IfMatch,
) -> Result<([(header::HeaderName, String); 1], Json<OrganizationView>), ApiError> {
    let record = state.app.archive_organization(&actor, id, expected).await?;
    Ok((etag(record.organization.version), Json(OrganizationView::of(&record))))
}
