# Mitra: words every page shares (the layout, the error pages, form refusals, the domain's
# lists and the problems a field can have). Problems are sentences of their own: a page shows
# them beside the field whose label names it.

## Layout

site-description = Mitra connects micro, small and medium enterprises recovering from a shock with the banks, agencies, non-profits and firms that can help them.
skip-to-content = Skip to the content
nav-main = Main
nav-directory = Directory
nav-opportunities = Opportunities
nav-my-business = My business
nav-sharing = Sharing
nav-my-organisation = My organisation
nav-administration = Administration
nav-account = Account
sign-in = Sign in
sign-out = Sign out
register-business = Register a business
language-switcher = Language
footer-text = Mitra connects MSMEs recovering from a shock with the partners that can help them.
footer-api = API
back-to-start = Back to the start
save = Save
none = None

## Language switcher

language-unknown-title = Language not available
language-unknown-message = Mitra is written in English, French, Spanish, Indonesian and Hindi; choose one of them.

## Error pages

error-sign-in-failed-title = Not signed in
error-sign-in-failed-message = The email address or the password is not right.
error-too-many-attempts-title = Too many attempts
error-too-many-attempts-message = There were too many attempts from here. Wait a quarter of an hour and try again.
error-link-not-valid-title = This link no longer works
error-link-not-valid-message = The link has been used already or has expired. Ask for a new one.
error-not-found-title = Not found
error-not-found-message = There is no such record here.
error-bad-address-title = Not found
error-bad-address-message = This address does not name a record.
error-forbidden-title = Not allowed
error-forbidden-message = You may not see this page.
error-stale-title = Changed meanwhile
error-stale-message = Someone else changed this record since you opened it; open it again to see the change.
error-conflict-title = Not possible
error-conflict-message = This record cannot be changed in its present state.
error-internal-title = Something went wrong
error-internal-message = The page could not be shown; the error has been logged.
error-no-page-title = Page not found
error-no-page-message = There is no page at this address. The links above lead to what Mitra holds.

## Forms refused before they are read

form-not-saved-title = Not saved
form-not-a-form = This form was not sent as a form.
form-too-large = This form is larger than Mitra accepts; nothing was saved.
form-expired = This form has expired or did not come from Mitra; nothing was saved. Open the page again and send it once more.

## Problems with a field

problem-required = This is required.
problem-other = { $detail }
problem-not-in-list = Choose one from the list.
problem-not-a-date = Enter a date.
problem-in-future = This date must not be in the future.
problem-not-whole-number = Enter a whole number, such as 12.
problem-at-most = Enter at most { $max }.
problem-between = Enter a number from { $min } to { $max }.
problem-repeats = { $item } is listed twice.
problem-no-language = Choose at least one language.
problem-closes-before-opening = The closing date must not be before the opening date ({ $opens }).
problem-exceeds-budget = The amount per firm must not be more than the whole budget.
problem-not-in-budget-currency = Give this amount in the budget's currency ({ $currency }).
problem-not-in-firms-currency = Give this amount in the firm's currency ({ $currency }).
problem-email-too-long = This is longer than an email address can be.
problem-not-an-email = Enter an email address, such as name@example.com.
problem-password-too-short = Use at least { $min } characters.
problem-password-too-long = Use at most { $max } characters.
problem-password-is-email = Your password must not be your email address.
problem-passwords-differ = The two passwords are not the same.
problem-not-your-password = This is not your present password.
problem-not-that-accounts-password = This is not the password of the account with this email address.
problem-email-taken = This email address already has an account: sign in, or reset the password.
problem-no-figures = Choose at least one figure to share.
problem-in-the-past = Choose today or a later date.
problem-too-far-ahead = Choose a date at most three years from today.
problem-not-a-partner = Choose a partner organisation from the list.
problem-not-reportable = This is not a business you may report for.
problem-not-your-business = Choose a business you own.
problem-too-long = Use at most { $max } characters (there are { $got }).
problem-control-character = Remove the control characters.
problem-direction-override = Remove the invisible characters that change the direction of the text.
problem-unknown-currency = Choose a currency from the list.
problem-currency-mismatch = These amounts are in different currencies ({ $left } and { $right }).
problem-not-an-amount = Enter an amount, such as 1250.50.
problem-amount-too-large = This amount is larger than a firm's figure can be.
problem-negative = This must not be negative.
problem-too-precise = { $currency } has at most { $places } decimal places.
problem-unknown-country = Choose a country from the list.
problem-unknown-language = Choose a language from the list.
problem-industry-malformed = Enter an industry code of at most 16 letters or digits, such as 1071.

## Kinds of organisation

kind-msme = MSME
kind-financial-institution = Bank or financial institution
kind-government-agency = Government agency
kind-nonprofit = Non-profit
kind-academic = University or research institute
kind-corporate = Large firm
kind-ecommerce-platform = E-commerce platform
kind-development-bank = Development bank

## Channels

channel-resources = Resources
channel-knowledge = Knowledge
channel-networking = Networking and B2B linkage
channel-markets = Market access
channel-training = Training and mentoring

## Roles

role-administrator = Administrator
role-programme-manager = Programme manager
role-partner-staff = Partner staff
role-reviewer = Reviewer
role-approver = Approver
role-msme-owner = Business owner
role-mentor = Mentor

## Legal forms

legal-form-sole-proprietorship = Sole proprietorship
legal-form-partnership = Partnership
legal-form-limited-liability-partnership = Limited liability partnership
legal-form-private-company = Private company
legal-form-public-company = Public company
legal-form-cooperative = Cooperative
legal-form-other = Other

## Operating status

status-operating = Operating
status-reduced-operations = Operating at reduced capacity
status-temporarily-closed = Temporarily closed
status-permanently-closed = Permanently closed

## Figures an MSME can share

figure-turnover = Annual turnover
figure-investment = Investment
figure-employees = Employees
figure-recovery-reports = Monthly recovery reports

## Size classes

size-micro = Micro
size-small = Small
size-medium = Medium
size-large = Large

## Sectors: the sections of ISIC Rev.4 (United Nations Statistics Division)

isic-section-a = Agriculture, forestry and fishing
isic-section-b = Mining and quarrying
isic-section-c = Manufacturing
isic-section-d = Electricity, gas, steam and air conditioning supply
isic-section-e = Water supply; sewerage, waste management and remediation
isic-section-f = Construction
isic-section-g = Wholesale and retail trade; repair of motor vehicles and motorcycles
isic-section-h = Transportation and storage
isic-section-i = Accommodation and food service
isic-section-j = Information and communication
isic-section-k = Financial and insurance activities
isic-section-l = Real estate
isic-section-m = Professional, scientific and technical activities
isic-section-n = Administrative and support services
isic-section-o = Public administration and defence; compulsory social security
isic-section-p = Education
isic-section-q = Human health and social work
isic-section-r = Arts, entertainment and recreation
isic-section-s = Other service activities
isic-section-t = Households as employers; goods and services for own use
isic-section-u = Extraterritorial organisations and bodies

## Problems with eligibility rules
problem-rule-syntax = is not a valid expression: check what is written at position { $position }
problem-rule-unknown-field = refers to { $name } at position { $position }, which is not a field of the applicant
problem-rule-unknown-function = calls { $name } at position { $position }, which is not a function rules may use
problem-rule-money-with-number = compares money with a bare number at position { $position }: write the amount with its currency, such as money(20000, "{ $currency }")
problem-rule-other-currency = compares money in { $expected } with an amount in { $found } at position { $position }
problem-rule-mismatch = compares { $left } with { $right } at position { $position }, which cannot be compared
problem-rule-not-allowed-value = compares { $field } with { $value } at position { $position }, a value { $field } never has
problem-rule-bad-literal = cannot read { $text } at position { $position }
problem-rule-not-yes-or-no = must give yes or no (true or false), and at position { $position } it does not
problem-rule-unsupported = uses { $text } at position { $position }, which rules may not use
problem-no-money-here = Leave the amount empty: this opportunity gives no money.
problem-not-positive = Enter an amount above zero.
problem-above-limit = This is more than one firm can receive ({ $limit }).
problem-closed-with-activity = Leave this at zero: the firm says it closed for good that month.

# A share, whole per cent
percent = { $value }%

# Problems with programmes and the opportunities in them
problem-not-the-programmes-channel = Choose the channel of the programme, or another programme.
problem-not-the-programmes-country = The programme runs in another country: choose one of this country.
problem-opportunities-elsewhere = The programme's opportunities are on the current one: move them out first.

problem-ends-before-start = The end date must not be before the start date ({ $starts }).

problem-not-a-mentor = Give the email address of a mentor who has filled in their mentor profile.

# Match rounds
problem-pinned-twice = This firm is already pinned to another mentor.
problem-pinned-and-forbidden = This pair is also among the forbidden pairs.
problem-pin-other-country = This mentor works in another country than the firm.
problem-pin-no-shared-language = This mentor speaks none of the firm's languages.
problem-pin-outside-regions = This mentor does not mentor in the firm's region.
problem-no-mentors = The programme's pool has no mentor with room: add mentors to it first.
problem-no-firms = There is no firm to match yet.
problem-target-unreachable = The target asks for at least { $required } firms { $kind ->
        [women] led by women
        [youth] led by young people
       *[region] from { $region }
    }, but the mentors' room and rules let at most { $best } be served.
problem-pins-over-capacity = This pins more firms to the mentor than their capacity ({ $capacity }).
problem-deadline-passed = The answer was due by { $deadline }.
problem-already-answered = This has already been answered.

problem-already-published = This round is published and can no longer change.
problem-not-yet-published = This round is not published yet.
problem-not-yet-solved = The run is not finished yet: wait a moment and reload the page.
problem-no-pairs = This run proposes no pair to publish.

problem-not-after-today = Choose a day after today.

problem-no-rating-without = Leave the rating out for a session that did not take place.
problem-already-logged = This pair already has a session logged on that day.
problem-not-confirmed-pair = Sessions are logged for pairs both sides have accepted.
