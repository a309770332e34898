# Mitra: the words of accounts and sharing (signing in and up, the account page and its API
# tokens, invitations, password resets, and what an MSME shares with which partner). Field
# problems come from common.ftl and are shown beside the field whose label names them.

## Shared by the account forms

accounts-email-label = Email address
accounts-password-label = Password
accounts-your-name-label = Your name
accounts-new-password-label = New password
accounts-new-password-hint = At least { $min } characters.
accounts-repeat-password-label = New password again
# The hidden heading of a table's column of buttons, read out by screen readers.
accounts-action = Action

## Sign in

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot-password = Forgot your password?
sign-in-register = Register your business
sign-in-too-many-attempts = Too many attempts to sign in. Wait a quarter of an hour and try again.

## Sign up (registering a business)

sign-up-title = Register your business
sign-up-intro = Create your account and your business's profile. Partners see your business only when you share it with them.
sign-up-duplicates-heading = This business may already be registered.
sign-up-duplicates-check = Check these before you go on:
# $name is a registered business, $region where it is.
sign-up-duplicate-place = { $name }, { $region }
# $business is a registered business (with its region when it has one).
sign-up-duplicate-same-registration-number = { $business } has the same registration number.
sign-up-duplicate-same-name-in-region = { $business } has the same name in the same region.
sign-up-duplicates-advice = If one of them is yours, ask its owner or the agency to invite you instead of registering it again.
sign-up-you = You
sign-up-password-hint = At least { $min } characters; a few words make a good one.
sign-up-your-business = Your business
sign-up-business-name-label = Name of the business
sign-up-country-label = Country
sign-up-choose-country = Choose a country
sign-up-region-label = Region, state or province
sign-up-registration-number-label = Registration number
sign-up-registration-number-hint = Such as an NIB, a Udyam number or a business number, if the business has one.
sign-up-legal-form-label = Legal form
sign-up-language-label = Main language of the business
sign-up-not-a-duplicate = None of these is my business; register it
sign-up-submit = Create my account

## The account page

account-title = Your account
account-name = Name
account-roles = Roles
# $role is a role such as "Partner staff"; $organisation the organisation's identifier.
account-role-in-organisation = { $role } in organisation { $organisation }
account-role-across-platform = { $role } across the platform
account-password-heading = Change your password
account-password-note = Every other browser where you are signed in is signed out, and your API tokens stop working.
account-current-password-label = Present password
account-change-password = Change password
account-tokens-heading = Personal API tokens
# Followed on the page by the header itself, "Authorization: Bearer", which stays as it is.
account-tokens-note = For systems that call Mitra's API in your name. Such a system sends the token after this header:
account-new-token-heading = Your new token.
account-new-token-note = Copy it now: Mitra keeps only a fingerprint of it and cannot show it again.
account-token-name = Name
account-token-created = Created
account-token-expires = Expires
account-token-state = State
account-token-state-live = Live
account-token-state-revoked = Revoked
account-token-state-expired = Expired
account-token-revoke = Revoke
account-token-revoked = The token is revoked.
account-token-name-label = What the token is for
account-token-days-label = Valid for (days)
account-token-create = Create a token

## Invitations

invitation-title = Join Mitra
# $role is a role such as "Partner staff", $email the invited address.
invitation-intro = You are invited as { $role }, at { $email }.
invitation-password-hint = At least { $min } characters. If this address already has an account, its password.
invitation-submit = Join

## Password reset

reset-request-title = Reset your password
reset-request-intro = Give the email address of your account. If it has one, Mitra sends it a link to choose a new password.
reset-request-submit = Send the link
reset-request-sent-title = Check your email
reset-request-sent-message = If this address has a Mitra account, an email with a link to choose a new password is on its way. The link holds for one hour.
reset-title = Choose a new password
reset-submit = Set the password
reset-done-title = Password changed
reset-done-message = Your new password is set. Sign in with it.

## What an MSME shares

consents-title = What you share
consents-heading = What your business shares
consents-intro = Partners see your business and its figures only when you share them, and only until the date you choose. You can stop sharing at any time; it takes effect at once.
consents-partner = Partner
consents-figures = Figures
consents-until = Until
consents-state = State
consents-state-shared = Shared
consents-state-revoked = Stopped
consents-state-expired = Expired
consents-stop-sharing = Stop sharing
consents-none = You share nothing with any partner yet.
consents-share-heading = Share with a partner
consents-choose-partner = Choose a partner
# A partner in the list: $name is the organisation, $country where it is.
consents-partner-choice = { $name } ({ $country })
consents-figures-legend = Figures to share
consents-share = Share

## Emails (plain text; each message is a paragraph)

email-greeting = Hello,
email-greeting-name = Hello { $name },
email-reset-subject = Reset your Mitra password
email-reset-asked = Someone asked to reset the password of your Mitra account. If it was you, choose a new password at this address within the hour:
email-reset-not-you = If it was not you, ignore this email; your password stays as it is.
email-invitation-subject = You are invited to Mitra
email-invitation-text = { $inviter } invites you to join Mitra as { $role }. Choose your name and password at this address within seven days:
email-invitation-not-expected = If you did not expect this, ignore this email.
