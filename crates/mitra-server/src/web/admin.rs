//! Administration: users and invitations, the audit log (filtered, and as CSV), the outbox.
//!
//! The pages are in the reader's language; the CSV export is for machines and stays as the
//! log holds it.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use mitra_app::AppError;
use mitra_app::{AuditEntry, AuditFilter, Membership};
use mitra_domain::{Invalid, Problem, Role};

use crate::AppState;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::{error_page, param, render};

/// The most audit entries one page shows.
const AUDIT_PAGE: u32 = 100;
/// The most one CSV export holds.
const AUDIT_EXPORT: u32 = 1000;

/// The kinds of record the log names, offered to the filter (others are shown as written).
const AUDIT_ENTITIES: [&str; 7] =
    ["organization", "opportunity", "consent", "user", "invitation", "api_token", "import"];
/// The actions the log names, offered to the filter (others are shown as written).
const AUDIT_ACTIONS: [&str; 8] =
    ["create", "update", "archive", "grant", "revoke", "change_password", "reset_password", "import"];

/// The day of a moment, in UTC (the pages give times in UTC).
fn utc_date(at: Timestamp) -> Date {
    TimeZone::UTC.to_datetime(at).date()
}

/// A moment in UTC as the reader writes it: the date the locale's way, then the time of day
/// in `time_format` (24 hours).
pub(super) fn moment(layout: &Layout, at: Timestamp, time_format: &str) -> String {
    let utc = TimeZone::UTC.to_datetime(at);
    layout.t2("admin-date-time", "date", layout.date(&utc.date()), "time", utc.strftime(time_format))
}

#[derive(Template)]
#[template(path = "admin.html")]
struct AdminIndex {
    layout: Layout,
}

pub(super) async fn index(State(state): State<AppState>, viewer: Viewer) -> Response {
    // The index links to pages the policy guards; asking it here keeps the index itself private.
    if let Err(error) = state.app.invitations(&viewer.actor).await {
        return error_page(viewer.layout, error);
    }
    render(StatusCode::OK, &AdminIndex { layout: viewer.layout })
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage {
    layout: Layout,
    users: Vec<UserRow>,
    invitations: Vec<InvitationRow>,
    roles: Vec<Role>,
    errors: FieldErrors,
    email: String,
    organization: String,
    notice: Option<String>,
    may_list_users: bool,
}

struct UserRow {
    email: String,
    name: String,
    roles: String,
    created: Date,
}

struct InvitationRow {
    email: String,
    role: Role,
    state: String,
    expires: Date,
}

fn roles_text(layout: &Layout, memberships: &[Membership]) -> String {
    if memberships.is_empty() {
        return layout.t("none");
    }
    memberships
        .iter()
        .map(|m| match m.organization_id {
            Some(id) => layout.t2("admin-user-role-in", "role", layout.role(&m.role), "organisation", id),
            None => layout.role(&m.role),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

async fn users_page(
    state: &AppState,
    viewer: Viewer,
    status: StatusCode,
    errors: FieldErrors,
    email: String,
    organization: String,
    notice: Option<String>,
) -> Response {
    let invitations = match state.app.invitations(&viewer.actor).await {
        Ok(invitations) => invitations,
        Err(error) => return error_page(viewer.layout, error),
    };
    let (users, may_list_users) = match state.app.users(&viewer.actor, None, 200).await {
        Ok(users) => (users, true),
        Err(AppError::Forbidden) => (vec![], false),
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = viewer.layout;
    let now = Timestamp::now();
    let users = users
        .into_iter()
        .map(|u| UserRow {
            email: u.user.email.to_string(),
            name: u.user.name.clone(),
            roles: roles_text(&layout, &u.memberships),
            created: utc_date(u.user.created_at),
        })
        .collect();
    let invitations = invitations
        .into_iter()
        .map(|i| InvitationRow {
            email: i.email.to_string(),
            role: i.membership.role,
            state: if i.accepted_at.is_some() {
                layout.t("admin-invitation-accepted")
            } else if i.expires_at <= now {
                layout.t("admin-invitation-expired")
            } else {
                layout.t("admin-invitation-waiting")
            },
            expires: utc_date(i.expires_at),
        })
        .collect();
    render(
        status,
        &UsersPage {
            layout,
            users,
            invitations,
            roles: Role::ALL.to_vec(),
            errors,
            email,
            organization,
            notice,
            may_list_users,
        },
    )
}

pub(super) async fn users(State(state): State<AppState>, viewer: Viewer) -> Response {
    users_page(&state, viewer, StatusCode::OK, FieldErrors::default(), String::new(), String::new(), None)
        .await
}

pub(super) async fn invite(State(state): State<AppState>, viewer: Viewer, form: CheckedForm) -> Response {
    let email = form.get("email");
    let organization = form.get("organization");
    let mut problems = Vec::new();
    let role = Role::parse(&form.get("role"));
    if role.is_none() {
        problems.push(Invalid::new("role", Problem::NotInList));
    }
    let organization_id = if organization.trim().is_empty() {
        None
    } else {
        match organization.trim().parse() {
            Ok(id) => Some(id),
            Err(_) => {
                // A sentence of the page's own (the field is typed, not chosen from a list).
                let problem = viewer.layout.t("admin-invite-organisation-not-an-id");
                problems.push(Invalid::new("organization", problem));
                None
            }
        }
    };
    let (Some(role), true) = (role, problems.is_empty()) else {
        let errors = FieldErrors::new(problems, &viewer.layout.locale);
        return users_page(
            &state,
            viewer,
            StatusCode::UNPROCESSABLE_ENTITY,
            errors,
            email,
            organization,
            None,
        )
        .await;
    };
    let language =
        mitra_i18n::Locale::parse(&form.get("language")).unwrap_or_else(|| viewer.layout.locale.clone());
    match state.app.invite(&viewer.actor, &email, Membership { organization_id, role }, &language).await {
        Ok(invitation) => {
            let notice = viewer.layout.t1("admin-invite-sent", "email", &invitation.email);
            users_page(
                &state,
                viewer,
                StatusCode::OK,
                FieldErrors::default(),
                String::new(),
                String::new(),
                Some(notice),
            )
            .await
        }
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            users_page(&state, viewer, StatusCode::UNPROCESSABLE_ENTITY, errors, email, organization, None)
                .await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    layout: Layout,
    entries: Vec<AuditLine>,
    entity: String,
    record: String,
    action: String,
    /// The filter's suggestions: the value the log holds, and its name for the reader.
    entities: Vec<(&'static str, String)>,
    actions: Vec<(&'static str, String)>,
    export: String,
    problems: Vec<String>,
}

/// An entry as the page shows it, in the reader's language.
struct AuditLine {
    at: String,
    actor: String,
    interface: String,
    entity: String,
    record_id: String,
    action: String,
    before: String,
    after: String,
}

/// An entry as the CSV holds it, as the log wrote it.
struct AuditRow {
    actor: String,
    interface: String,
    entity: String,
    record_id: String,
    action: String,
    before: String,
    after: String,
}

fn audit_filter(raw: &Option<String>) -> Result<AuditFilter, uuid::Error> {
    let text = |name: &str| Some(param(raw, name).trim().to_owned()).filter(|v| !v.is_empty());
    let record_id = match text("record") {
        Some(id) => Some(id.parse::<uuid::Uuid>()?),
        None => None,
    };
    Ok(AuditFilter {
        entity: text("entity"),
        record_id,
        user_id: None,
        action: text("action"),
        from: None,
        until: None,
    })
}

fn json_text(value: &Option<serde_json::Value>) -> String {
    value.as_ref().map(|v| v.to_string()).unwrap_or_default()
}

fn audit_row(entry: &AuditEntry) -> AuditRow {
    AuditRow {
        actor: entry.actor.clone(),
        interface: entry.interface.clone(),
        entity: entry.entity.clone(),
        record_id: entry.record_id.to_string(),
        action: entry.action.clone(),
        before: json_text(&entry.before),
        after: json_text(&entry.after),
    }
}

/// Who made a change: an email address, or Mitra itself, or someone not signed in.
fn actor_name(layout: &Layout, actor: &str) -> String {
    match actor {
        "system" => layout.t("admin-audit-actor-system"),
        "anonymous" => layout.t("admin-audit-actor-anonymous"),
        who => who.to_owned(),
    }
}

/// Where a change came from.
fn interface_name(layout: &Layout, interface: &str) -> String {
    match interface {
        "web" => layout.t("admin-interface-web"),
        "api" => layout.t("admin-interface-api"),
        "cli" => layout.t("admin-interface-cli"),
        "system" => layout.t("admin-interface-system"),
        other => other.to_owned(),
    }
}

/// The kind of record a change was made to.
fn entity_name(layout: &Layout, entity: &str) -> String {
    match entity {
        "organization" => layout.t("admin-entity-organization"),
        "opportunity" => layout.t("admin-entity-opportunity"),
        "consent" => layout.t("admin-entity-consent"),
        "user" => layout.t("admin-entity-user"),
        "invitation" => layout.t("admin-entity-invitation"),
        "api_token" => layout.t("admin-entity-api-token"),
        "import" => layout.t("admin-entity-import"),
        other => other.to_owned(),
    }
}

/// What was done to it.
fn action_name(layout: &Layout, action: &str) -> String {
    match action {
        "create" => layout.t("admin-action-create"),
        "update" => layout.t("admin-action-update"),
        "archive" => layout.t("admin-action-archive"),
        "grant" => layout.t("admin-action-grant"),
        "revoke" => layout.t("admin-action-revoke"),
        "change_password" => layout.t("admin-action-change-password"),
        "reset_password" => layout.t("admin-action-reset-password"),
        "import" => layout.t("admin-action-import"),
        other => other.to_owned(),
    }
}

fn audit_line(layout: &Layout, entry: &AuditEntry) -> AuditLine {
    AuditLine {
        at: moment(layout, entry.at, "%H:%M:%S"),
        actor: actor_name(layout, &entry.actor),
        interface: interface_name(layout, &entry.interface),
        entity: entity_name(layout, &entry.entity),
        record_id: entry.record_id.to_string(),
        action: action_name(layout, &entry.action),
        before: json_text(&entry.before),
        after: json_text(&entry.after),
    }
}

pub(super) async fn audit(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Response {
    let layout = &viewer.layout;
    let mut page = AuditPage {
        layout: layout.clone(),
        entries: vec![],
        entity: param(&raw, "entity"),
        record: param(&raw, "record"),
        action: param(&raw, "action"),
        entities: AUDIT_ENTITIES.iter().map(|e| (*e, entity_name(layout, e))).collect(),
        actions: AUDIT_ACTIONS.iter().map(|a| (*a, action_name(layout, a))).collect(),
        export: format!("/admin/audit.csv?{}", raw.clone().unwrap_or_default()),
        problems: vec![],
    };
    let filter = match audit_filter(&raw) {
        Ok(filter) => filter,
        Err(_) => {
            page.problems.push(layout.t("admin-audit-record-not-an-id"));
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    match state.app.audit_log(&viewer.actor, &filter, None, AUDIT_PAGE).await {
        Ok(entries) => {
            page.entries = entries.iter().map(|e| audit_line(&viewer.layout, e)).collect();
            render(StatusCode::OK, &page)
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

pub(super) async fn audit_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Response {
    let Ok(filter) = audit_filter(&raw) else {
        return error_page(viewer.layout, AppError::field("record", "must be an id"));
    };
    let entries = match state.app.audit_log(&viewer.actor, &filter, None, AUDIT_EXPORT).await {
        Ok(entries) => entries,
        Err(error) => return error_page(viewer.layout, error),
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header_row = ["seq", "at", "actor", "interface", "entity", "record_id", "action", "before", "after"];
    let mut written = writer.write_record(header_row);
    for entry in &entries {
        if written.is_err() {
            break;
        }
        let row = audit_row(entry);
        written = writer.write_record([
            entry.seq.to_string(),
            entry.at.to_string(),
            row.actor,
            row.interface,
            row.entity,
            row.record_id,
            row.action,
            row.before,
            row.after,
        ]);
    }
    match (written, writer.into_inner()) {
        (Ok(()), Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"mitra-audit.csv\""),
            ],
            bytes,
        )
            .into_response(),
        _ => error_page(viewer.layout, AppError::Internal("the audit CSV could not be written".into())),
    }
}

#[derive(Template)]
#[template(path = "admin_outbox.html")]
struct OutboxPage {
    layout: Layout,
    emails: Vec<EmailRow>,
}

struct EmailRow {
    recipient: String,
    subject: String,
    body: String,
    created: String,
    state: String,
}

pub(super) async fn outbox(State(state): State<AppState>, viewer: Viewer) -> Response {
    let emails = match state.app.outbox(&viewer.actor, 100).await {
        Ok(emails) => emails,
        Err(error) => return error_page(viewer.layout, error),
    };
    let layout = viewer.layout;
    let emails = emails
        .into_iter()
        .map(|e| EmailRow {
            recipient: e.recipient,
            subject: e.subject,
            body: e.body,
            created: moment(&layout, e.created_at, "%H:%M"),
            state: match (e.sent_at, e.last_error) {
                (Some(at), _) => layout.t1("admin-outbox-sent", "when", moment(&layout, at, "%H:%M")),
                (None, Some(error)) => layout.t1("admin-outbox-not-sent", "error", error),
                (None, None) => layout.t("admin-outbox-kept"),
            },
        })
        .collect();
    render(StatusCode::OK, &OutboxPage { layout, emails })
}

/// What the new-organisation form holds, to show again with its problems.
#[derive(Debug, Default)]
struct OrganizationValues {
    name: String,
    kind: String,
    country: String,
    region: String,
    languages: Vec<String>,
    description: String,
}

#[derive(Template)]
#[template(path = "admin_organization.html")]
struct NewOrganizationPage {
    layout: Layout,
    v: OrganizationValues,
    errors: FieldErrors,
    kinds: Vec<mitra_domain::OrganizationKind>,
    countries: Vec<(String, String)>,
    languages: Vec<(String, String)>,
}

fn new_organization_page(layout: Layout, v: OrganizationValues, errors: FieldErrors) -> NewOrganizationPage {
    NewOrganizationPage {
        v,
        errors,
        kinds: crate::web::session::partner_kinds(),
        countries: crate::web::format::country_choices(&layout.locale),
        languages: crate::web::format::language_choices(&layout.locale),
        layout,
    }
}

/// The form the agency's staff register a partner organisation with; its staff then join by
/// invitation, and the profile editor holds the rest of its record.
pub(super) async fn new_organization_form(State(state): State<AppState>, viewer: Viewer) -> Response {
    if !state.app.may_administer_organizations(&viewer.actor) {
        return crate::web::refused(viewer);
    }
    let v = OrganizationValues {
        kind: "financial_institution".to_owned(),
        languages: vec![viewer.layout.lang().to_owned()],
        ..Default::default()
    };
    render(StatusCode::OK, &new_organization_page(viewer.layout, v, FieldErrors::default()))
}

pub(super) async fn create_organization(
    State(state): State<AppState>,
    viewer: Viewer,
    form: CheckedForm,
) -> Response {
    if !state.app.may_administer_organizations(&viewer.actor) {
        return crate::web::refused(viewer);
    }
    let v = OrganizationValues {
        name: form.get("name"),
        kind: form.get("kind"),
        country: form.get("country"),
        region: form.get("region"),
        languages: form.all("languages"),
        description: form.get("description"),
    };
    let mut problems = Vec::new();
    let name =
        mitra_domain::text::Name::parse(&v.name).map_err(|e| problems.push(Invalid::new("name", e))).ok();
    let kind = mitra_domain::OrganizationKind::parse(&v.kind)
        .filter(|k| *k != mitra_domain::OrganizationKind::Msme)
        .or_else(|| {
            problems.push(Invalid::new("kind", Problem::NotInList));
            None
        });
    let country = mitra_domain::Country::parse(&v.country)
        .map_err(|_| problems.push(Invalid::new("country", Problem::NotInList)))
        .ok();
    let region = match v.region.trim() {
        "" => None,
        raw => {
            mitra_domain::text::Region::parse(raw).map_err(|e| problems.push(Invalid::new("region", e))).ok()
        }
    };
    let description = match v.description.trim() {
        "" => None,
        raw => mitra_domain::text::Description::parse(raw)
            .map_err(|e| problems.push(Invalid::new("description", e)))
            .ok(),
    };
    let mut languages = Vec::new();
    for raw in &v.languages {
        match mitra_domain::Language::parse(raw) {
            Ok(language) => languages.push(language),
            Err(e) => problems.push(Invalid::new("languages", e)),
        }
    }
    let (Some(name), Some(kind), Some(country), true) = (name, kind, country, problems.is_empty()) else {
        let errors = FieldErrors::new(problems, &viewer.layout.locale);
        return render(StatusCode::UNPROCESSABLE_ENTITY, &new_organization_page(viewer.layout, v, errors));
    };
    let draft = mitra_domain::OrganizationDraft {
        kind,
        name,
        country,
        region,
        languages,
        description,
        msme: None,
        partner: Some(mitra_domain::PartnerProfile { offers: vec![] }),
    };
    match state.app.create_organization(&viewer.actor, draft).await {
        Ok(record) => axum::response::Redirect::to(&format!("/organizations/{}", record.organization.id))
            .into_response(),
        Err(AppError::Invalid(problems)) => {
            let errors = FieldErrors::new(problems, &viewer.layout.locale);
            render(StatusCode::UNPROCESSABLE_ENTITY, &new_organization_page(viewer.layout, v, errors))
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

/// The archive button of an organisation's page: the record and its opportunities leave the
/// lists; the audit log keeps what it was.
pub(super) async fn archive_organization(
    State(state): State<AppState>,
    viewer: Viewer,
    raw_id: Result<axum::extract::Path<String>, axum::extract::rejection::PathRejection>,
    form: CheckedForm,
) -> Response {
    let Some(id) = crate::web::path_id(raw_id) else {
        return error_page(viewer.layout, AppError::field("id", "must be a UUID"));
    };
    let expected = form.get("version").parse::<u64>().ok();
    match state.app.archive_organization(&viewer.actor, id, expected).await {
        Ok(_) => axum::response::Redirect::to(&format!("/organizations/{id}")).into_response(),
        Err(error) => error_page(viewer.layout, error),
    }
}
