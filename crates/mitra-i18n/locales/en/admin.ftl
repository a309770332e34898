# Mitra: the administrators' pages (users and invitations, the audit log, the outbox). Times
# on these pages are in UTC. The audit log's CSV export is for machines and stays untranslated.

## Shared

# A moment: the date written the locale's way, then the time of day (24 hours, UTC).
admin-date-time = { $date }, { $time }
admin-column-email = Email address
admin-column-role = Role

## The administration index

admin-title = Administration
admin-index-users = Users and invitations
admin-index-users-about = Invite people, and see who has an account and with which roles.
admin-index-audit = The audit log
admin-index-audit-about = Every change, who made it, and the record before and after.
admin-index-outbox = The outbox
admin-index-outbox-about = The email Mitra has written.

## Users and invitations

admin-users-title = Users and invitations
admin-invite-heading = Invite someone
admin-invite-email = Email address
admin-invite-role = Role
admin-invite-organisation = Organisation
admin-invite-organisation-hint = The id from the organisation's address. Leave it empty for the agency's own roles.
admin-invite-organisation-not-an-id = Enter the id from the organisation's address, or leave this empty.
admin-invite-language = Language of the email
admin-invite-send = Send the invitation
# Shown after an invitation is sent, followed by a link to the outbox.
admin-invite-sent = An invitation is on its way to { $email }.
admin-invite-see-outbox = See it in the outbox
admin-invitations-heading = Invitations
admin-invitations-state = State
admin-invitations-expires = Expires
admin-invitations-none = No invitations have been sent yet.
admin-invitation-accepted = Accepted
admin-invitation-expired = Expired
admin-invitation-waiting = Waiting to be accepted
admin-users-heading = Users
admin-users-name = Name
admin-users-roles = Roles
admin-users-since = Since
# A role held in one organisation, named by its id.
admin-user-role-in = { $role } ({ $organisation })

## The audit log

admin-audit-title = Audit log
admin-audit-filter-entity = Kind of record
admin-audit-filter-record = Record id
admin-audit-filter-action = Action
admin-audit-filter = Filter
admin-audit-record-not-an-id = The record id must be the id from the record's address.
admin-audit-download = Download these entries as CSV
admin-audit-none = No entries match these filters.
admin-audit-shown = { $count ->
    [one] The latest entry is shown.
   *[other] The latest { $shown } entries are shown, newest first.
}
admin-audit-when = When (UTC)
admin-audit-who = Who
admin-audit-through = Through
admin-audit-record = Record
admin-audit-action = Action
admin-audit-before = Before
admin-audit-after = After
admin-audit-actor-system = Mitra itself
admin-audit-actor-anonymous = Someone not signed in

## Where a change came from

admin-interface-web = The website
admin-interface-api = The API
admin-interface-cli = The command line
admin-interface-system = Mitra itself

## Kinds of record in the audit log

admin-entity-organization = Organisation
admin-entity-opportunity = Opportunity
admin-entity-consent = Consent to share figures
admin-entity-user = User
admin-entity-invitation = Invitation
admin-entity-api-token = API token
admin-entity-import = Import

## What was done to a record

admin-action-create = Created
admin-action-update = Changed
admin-action-archive = Archived
admin-action-grant = Granted
admin-action-revoke = Revoked
admin-action-change-password = Password changed
admin-action-reset-password = Password reset
admin-action-import = Imported

## The outbox

admin-outbox-title = Outbox
admin-outbox-intro = The email Mitra has written, newest first. Times are in UTC.
admin-outbox-empty = Mitra has not written any email yet.
admin-outbox-to = To { $recipient }
admin-outbox-sent = Sent { $when }
admin-outbox-not-sent = Not sent: { $error }
admin-outbox-kept = Kept here: no mail server is configured.

## Registering a partner organisation

admin-index-organisations = Register a partner organisation
admin-index-organisations-about = A bank, agency, non-profit, university or firm that helps MSMEs: register it here, then invite its staff.
admin-organisation-title = Register a partner organisation
admin-organisation-intro = Its staff join by invitation once it is registered; its profile page then holds the rest of its record. Businesses register themselves.
admin-organisation-name = Name
admin-organisation-kind = Kind of organisation
admin-organisation-country = Country
admin-organisation-region = Region (optional)
admin-organisation-languages = Languages it works in
admin-organisation-languages-hint = Hold Ctrl (or Cmd) to choose more than one.
admin-organisation-description = What it does (optional)
admin-organisation-create = Register the organisation
