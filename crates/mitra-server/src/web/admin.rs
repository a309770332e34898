//! Administration: users and invitations, the audit log (filtered, and as CSV), the outbox.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use mitra_app::AppError;
use mitra_app::{AuditEntry, AuditFilter, Membership};
use mitra_domain::Role;

use crate::AppState;
use crate::web::format::role_label;
use crate::web::session::{CheckedForm, FieldErrors, Layout, Viewer};
use crate::web::{error_page, param, render};

/// The most audit entries one page shows.
const AUDIT_PAGE: u32 = 100;
/// The most one CSV export holds.
const AUDIT_EXPORT: u32 = 1000;

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
    roles: Vec<(&'static str, &'static str)>,
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
    created: String,
}

struct InvitationRow {
    email: String,
    role: &'static str,
    state: &'static str,
    expires: String,
}

fn roles_text(memberships: &[Membership]) -> String {
    memberships
        .iter()
        .map(|m| match m.organization_id {
            Some(id) => format!("{} ({id})", role_label(m.role)),
            None => role_label(m.role).to_owned(),
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
    let now = jiff::Timestamp::now();
    render(
        status,
        &UsersPage {
            layout: viewer.layout,
            users: users
                .into_iter()
                .map(|u| UserRow {
                    email: u.user.email.to_string(),
                    name: u.user.name.clone(),
                    roles: roles_text(&u.memberships),
                    created: u.user.created_at.strftime("%Y-%m-%d").to_string(),
                })
                .collect(),
            invitations: invitations
                .into_iter()
                .map(|i| InvitationRow {
                    email: i.email.to_string(),
                    role: role_label(i.membership.role),
                    state: if i.accepted_at.is_some() {
                        "accepted"
                    } else if i.expires_at <= now {
                        "expired"
                    } else {
                        "waiting"
                    },
                    expires: i.expires_at.strftime("%Y-%m-%d").to_string(),
                })
                .collect(),
            roles: Role::ALL.iter().map(|r| (r.as_str(), role_label(*r))).collect(),
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
        problems.push(mitra_domain::Invalid::new("role", "must be chosen from the list"));
    }
    let organization_id = if organization.trim().is_empty() {
        None
    } else {
        match organization.trim().parse() {
            Ok(id) => Some(id),
            Err(_) => {
                problems.push(mitra_domain::Invalid::new(
                    "organization",
                    "must be the id of an organisation, as in its address",
                ));
                None
            }
        }
    };
    let (Some(role), true) = (role, problems.is_empty()) else {
        return users_page(
            &state,
            viewer,
            StatusCode::UNPROCESSABLE_ENTITY,
            FieldErrors(problems),
            email,
            organization,
            None,
        )
        .await;
    };
    match state.app.invite(&viewer.actor, &email, Membership { organization_id, role }).await {
        Ok(invitation) => {
            let notice = format!("An invitation is on its way to {}.", invitation.email);
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
            users_page(
                &state,
                viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                FieldErrors(problems),
                email,
                organization,
                None,
            )
            .await
        }
        Err(error) => error_page(viewer.layout, error),
    }
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    layout: Layout,
    entries: Vec<AuditRow>,
    entity: String,
    record: String,
    action: String,
    export: String,
    problems: Vec<String>,
}

struct AuditRow {
    at: String,
    actor: String,
    interface: String,
    entity: String,
    record_id: String,
    action: String,
    before: String,
    after: String,
}

fn audit_filter(raw: &Option<String>) -> Result<AuditFilter, String> {
    let text = |name: &str| Some(param(raw, name).trim().to_owned()).filter(|v| !v.is_empty());
    let record_id = match text("record") {
        Some(id) => {
            Some(id.parse().map_err(|_| "The record must be an id, as in the record's address.".to_owned())?)
        }
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
        at: entry.at.strftime("%Y-%m-%d %H:%M:%S").to_string(),
        actor: entry.actor.clone(),
        interface: entry.interface.clone(),
        entity: entry.entity.clone(),
        record_id: entry.record_id.to_string(),
        action: entry.action.clone(),
        before: json_text(&entry.before),
        after: json_text(&entry.after),
    }
}

pub(super) async fn audit(
    State(state): State<AppState>,
    viewer: Viewer,
    RawQuery(raw): RawQuery,
) -> Response {
    let mut page = AuditPage {
        layout: viewer.layout.clone(),
        entries: vec![],
        entity: param(&raw, "entity"),
        record: param(&raw, "record"),
        action: param(&raw, "action"),
        export: format!("/admin/audit.csv?{}", raw.clone().unwrap_or_default()),
        problems: vec![],
    };
    let filter = match audit_filter(&raw) {
        Ok(filter) => filter,
        Err(problem) => {
            page.problems.push(problem);
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    match state.app.audit_log(&viewer.actor, &filter, None, AUDIT_PAGE).await {
        Ok(entries) => {
            page.entries = entries.iter().map(audit_row).collect();
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
    match state.app.outbox(&viewer.actor, 100).await {
        Ok(emails) => render(
            StatusCode::OK,
            &OutboxPage {
                layout: viewer.layout,
                emails: emails
                    .into_iter()
                    .map(|e| EmailRow {
                        recipient: e.recipient,
                        subject: e.subject,
                        body: e.body,
                        created: e.created_at.strftime("%Y-%m-%d %H:%M").to_string(),
                        state: match (e.sent_at, e.last_error) {
                            (Some(at), _) => format!("sent {}", at.strftime("%Y-%m-%d %H:%M")),
                            (None, Some(error)) => format!("not sent: {error}"),
                            (None, None) => "kept here (no mail server configured)".to_owned(),
                        },
                    })
                    .collect(),
            },
        ),
        Err(error) => error_page(viewer.layout, error),
    }
}
