# Mitra: the words of the public pages and the forms partners and firms keep their records
# with (the front page, the directory and an organisation's page, the opportunities and an
# opportunity's page, the opportunity form and the profile editor). Field problems come from
# common.ftl and are shown beside the field whose label names them; kinds, channels, legal
# forms, statuses and size classes are common.ftl's too.

## Shared by the lists and the forms

pages-filter-any = Any
pages-filter-country = Country
pages-filter-search = Search
pages-filter-apply = Filter
# Above a list of the filters that were refused, each "field: what is wrong".
pages-filter-problems = Some filters could not be used:
pages-next-page = Next page
# A tag on a record that is no longer live.
pages-archived = archived
# A tag on an opportunity that is an example, not a real programme.
pages-illustrative = illustrative
pages-illustrative-hint = Modelled on a programme that could not be verified
pages-record-json = This record as JSON
pages-form-not-saved = Nothing was saved: some fields need another look. Each is marked below.
# Beside a list in which several entries can be chosen.
pages-choose-several = Hold Ctrl (or Cmd) to choose several.

## The front page

landing-title = Mitra: partners for MSME recovery
landing-heading = Partners for the recovery of micro, small and medium enterprises
landing-intro = Mitra is the platform an MSME-support agency runs to connect firms recovering from a shock with the banks, government agencies, non-profits, universities, large firms, e-commerce platforms and other MSMEs that can help them, and to show with numbers whether the firms recover.
# $msmes, $partners and $opportunities are the three counts below, each with its noun
# ("12 MSMEs", "3 partners", "1 opportunity").
landing-counts = This registry holds { $msmes }, { $partners } and { $opportunities }.
landing-count-msmes =
    { $count ->
        [one] { $shown } MSME
       *[other] { $shown } MSMEs
    }
landing-count-partners =
    { $count ->
        [one] { $shown } partner
       *[other] { $shown } partners
    }
landing-count-opportunities =
    { $count ->
        [one] { $shown } opportunity
       *[other] { $shown } opportunities
    }
landing-channels-heading = Five channels of help
# Under each channel's name, what it brings.
landing-channel-resources = Funding, technology, raw materials, pooled buying
landing-channel-knowledge = Expertise and know-how from partners
landing-channel-networking = Introductions and matchmaking with other businesses
landing-channel-markets = New markets, e-commerce onboarding
landing-channel-training = Courses, mentors, cohorts
landing-see-opportunities = See opportunities
landing-ways-in-heading = Find your way
# Each way in is a link, then the text after it (which begins with its own punctuation).
landing-directory-link = The directory of organisations
landing-directory-after = : MSMEs and partners, by country, sector and size.
landing-opportunities-link = The list of opportunities
landing-opportunities-after = : loans, training, mentoring, market access.
landing-api-link = The API document (OpenAPI 3.1)
landing-api-after = , for systems that talk to Mitra.

## The directory of organisations

directory-title = Directory
directory-heading = Directory of organisations
directory-kind-label = Kind
directory-size-label = Size
directory-industry-label = Sector code
# An example in the sector field: an ISIC section letter or class.
# An example word in the search field.
directory-search-placeholder = cocoa
directory-matches =
    { $count ->
        [one] { $shown } organisation matches the filters.
       *[other] { $shown } organisations match the filters.
    }
directory-matches-more = More than { $shown } organisations match the filters; narrow them to see fewer.
directory-none = No organisation matches these filters.

## An organisation's page

organization-edit = Edit this profile
organization-publish = Publish an opportunity
organization-languages = Languages
organization-legal-form = Legal form
organization-operating-status = Operating status
organization-founded = Founded
organization-industry = Industry
# $code is an industry code that is in neither the ISIC nor the NAICS list.
organization-industry-unclassified = { $code } · unclassified code
organization-balance-sheet = Balance sheet
# In place of a figure the firm has not shared with the reader's organisation.
organization-not-shared = not shared with your organisation
organization-size-class-label = Size class
# $class is the size class (Micro, Small…), $rule the law that sets the classes, cited as it is
# ("Ghana L.I. 2470"), $date the day the figures were read on.
organization-size-class = { $class } (under { $rule }, as of { $date })
organization-size-not-known = not known
# $reason says what the size rule still needs, or why there is no rule.
organization-size-not-known-because = not known: { $reason }
organization-ownership = Ownership
organization-women-led = women-led
organization-youth-led = youth-led
organization-veteran-led = veteran-led
organization-needs = Needs
organization-offers = Offers
organization-offered = Opportunities offered
organization-recommended = Recommended opportunities
# How well a recommended opportunity fits the firm; $score is a number such as 2.4.
organization-score = score { $score }
# $reasons are the reasons below, joined by commas.
organization-why = Why: { $reasons }
organization-reasons-json = All reasons as JSON

## Why an opportunity is recommended to a firm (shown after "Why:", joined by commas)

recommendation-reason-industry = fits your industry
recommendation-reason-any-industry = open to firms of any industry
recommendation-reason-same-country = in your country
recommendation-reason-same-region = in your region
recommendation-reason-size-fit = for firms of your size
recommendation-reason-channel-need = meets a need you stated
recommendation-reason-text-relevance = matches the words of your needs
recommendation-reason-shared-language = in your language
recommendation-reason-recovery-need = for firms whose revenue fell
recommendation-reason-women-led = priority for women-led firms
recommendation-reason-youth-led = priority for youth-led firms

## Why a firm's size class is not known (after "not known:"; $rule is the law's citation,
## such as "India S.O. 1364(E)", and stays as it is)

size-rule-none = Mitra has no size rule for { $country }
size-rule-not-in-force = no size rule of { $country } was in force on { $date }
# $figures is one figure, or several joined as size-rule-list-and writes them.
size-rule-needs-all = { $rule } needs { $figures }
# $figures is one figure, or several joined as size-rule-list-or writes them.
size-rule-needs-one-of = { $rule } needs { $figures }
# $expected and $got are currency codes, such as INR and USD.
size-rule-wrong-currency = { $rule } reads { $figure } in { $expected }, but it is given in { $got }
# $items are all the figures but the last, joined by commas.
size-rule-list-and = { $items } and { $last }
size-rule-list-or = { $items } or { $last }
size-rule-figure-employees = the number of persons employed
size-rule-figure-annual-turnover = the annual turnover
size-rule-figure-investment = the investment
size-rule-figure-balance-sheet-total = the balance-sheet total
size-rule-figure-founded-on = the founding date
size-rule-figure-industry-code = the industry code

## The list of opportunities

opportunities-title = Opportunities
opportunities-heading = Opportunities
opportunities-channel-label = Channel
opportunities-region-label = Region
opportunities-language-label = Language
# An example word in the search field.
opportunities-search-placeholder = loan
opportunities-matches =
    { $count ->
        [one] { $shown } opportunity matches the filters.
       *[other] { $shown } opportunities match the filters.
    }
opportunities-matches-more = More than { $shown } opportunities match the filters; narrow them to see fewer.
opportunities-open-now = Open now
opportunities-closes-on = Closes { $date }
opportunities-up-to = Up to { $amount }
opportunities-none = No opportunity matches these filters.

## An opportunity's page

opportunity-edit = Change this opportunity
opportunity-illustrative-tag = illustrative: modelled on a programme that could not be verified
opportunity-offered-by = Offered by
opportunity-status = Status
# Whether firms can apply today.
opportunity-open = open
opportunity-closed = closed
opportunity-opens = Opens
opportunity-closes = Closes
opportunity-seats = Seats
opportunity-mentor-slots = Mentor slots
opportunity-budget = Budget
opportunity-per-firm = Up to, per firm
opportunity-languages = Languages
opportunity-regions = Regions
# The regions of an opportunity that names none.
opportunity-whole-country = the whole country
opportunity-industries = Industries
opportunity-priority = Priority to
opportunity-women-led = women-led firms
opportunity-youth-led = youth-led firms
# Before the size classes the opportunity is for ("Micro, Small").
opportunity-sizes = For firms that are

## The opportunity form

offer-new-heading = Publish an opportunity
offer-edit-heading = Change the opportunity
# $partner is the organisation that offers it, $country the country it is offered in.
offer-offered-by = Offered by { $partner }, in { $country }.
offer-stale = Someone else changed this opportunity while you were editing it. The form still holds your values; check them against the opportunity as it is now and save again.
offer-what-legend = What it is
offer-title = Title
offer-description = Description
offer-channel = Channel
offer-how-much-legend = How much
offer-seats = Seats
offer-mentor-slots = Mentor slots
offer-budget = Budget
offer-budget-currency = Currency of the budget
offer-per-firm = Most one firm can receive
offer-per-firm-currency = Currency of that amount
offer-when-legend = When and for whom
offer-opens-on = Opens on
offer-closes-on = Closes on
offer-languages = Languages
offer-regions = Regions served
offer-regions-hint = Separated by commas; empty for the whole country.
offer-industries = Industries
offer-industries-hint = ISIC codes at any level, separated by commas (C for manufacturing, 1073 for cocoa); empty for any.
offer-sizes-legend = Firm sizes (none for any)
offer-women-led = Priority to women-led firms
offer-youth-led = Priority to youth-led firms
offer-illustrative = Illustrative (modelled on a programme that could not be verified)

## The profile editor

# $name is the organisation's name.
profile-title = Edit { $name }
profile-heading = Edit the profile
profile-stale = Someone else changed this profile while you were editing it. The form below still holds your values; check them against the profile as it is now and save again.
# A link after profile-stale.
profile-stale-link = See the profile as it is now
profile-size-label = Size class:
profile-size-not-known = not known
# $class is the size class (Micro, Small…), $rule the law that sets the classes, cited as it is
# ("Ghana L.I. 2470"), $date the day the figures were read on.
profile-size-class = { $class } under { $rule }, as of { $date }
# $reason says what the size rule still needs, or why there is no rule.
profile-size-not-known-because = Not known yet: { $reason }
profile-size-hint = Computed from the figures below under the rules of { $country }; it is never typed in.
profile-organisation-legend = The organisation
profile-name = Name
profile-region = Region, state or province
profile-description = What it does
profile-languages = Languages it works in
profile-business-legend = The business
profile-legal-form = Legal form
profile-registration-number = Registration number
profile-founded-on = Founded on
profile-industry = Industry
profile-industry-hint = The ISIC Rev.4 class (four digits, such as 1073 for cocoa and chocolate) or a NAICS code.
profile-operating-status = Operating status
profile-figures-legend = Figures
profile-employees = Persons employed
profile-turnover = Annual turnover
profile-amount-hint = The amount, then its currency.
profile-turnover-currency = Currency of the turnover
profile-investment = Investment in plant, machinery and equipment
profile-investment-currency = Currency of the investment
profile-balance-sheet = Balance-sheet total
profile-balance-sheet-hint = Read by the EU rule only.
profile-balance-sheet-currency = Currency of the balance sheet
profile-ownership-legend = Ownership
profile-women-led = Led by women
profile-youth-led = Led by young people
profile-veteran-led = Led by veterans
profile-needs-legend = What the business needs
profile-offers-legend = What it offers
profile-channel = Channel
profile-in-your-words = In your words
profile-save = Save the profile

## Archiving an organisation

organization-archive-explain = Archiving takes this organisation and its opportunities out of every list and search; the audit log keeps what it was.
organization-archive-button = Archive this organisation

## Past years' figures
profile-years-legend = Figures of past years
profile-years-hint = Programmes' rules read these: CEBA, for example, reads the payroll of 2019. Leave a row empty to add nothing.
profile-year = Year
profile-year-payroll = Payroll (wages and benefits paid)
profile-year-expenses = Costs that could not be deferred (rent, utilities, insurance)
profile-year-turnover = Turnover of the year
profile-year-employees = Persons employed that year
profile-year-currency = Currency of the year's amounts

## Eligibility
eligibility-heading = Who may apply
eligibility-rules-from = These rules apply to applications from { $date }.
eligibility-summary = You meet { $met } of { $total } criteria.
eligibility-fill-in = Missing from your profile: { $fields }.
eligibility-all-met = You may apply.
eligibility-edit-profile = Complete the profile
eligibility-met = Met:
eligibility-not-met = Not met:
eligibility-unknown = Not known yet:
eligibility-missing = missing
eligibility-value = { $field }: { $value }
eligibility-yes = yes
eligibility-no = no
field-kind = kind of organisation
field-country = country
field-region = region
field-legal-form = legal form
field-founded-on = founding date
field-years-in-operation = years in operation
field-operating-status = operating status
field-industry = industry code
field-isic-section = sector
field-size-class = size class
field-employees = persons employed
field-turnover = annual turnover
field-investment = investment
field-balance-sheet-total = balance-sheet total
field-women-led = led by women
field-youth-led = led by young people
field-veteran-led = led by veterans
field-application-date = application date
field-year-payroll = { $year } payroll
field-year-expenses = { $year } non-deferrable expenses
field-year-turnover = { $year } turnover
field-year-employees = persons employed in { $year }
relief-forgiven = Forgiven if repaid in time
relief-example = { $forgiven } of a loan of { $borrowed }
relief-deadline = Repay the rest by
relief-refinanced = With a refinancing application filed by { $filed }: { $date }.
relief-otherwise = Otherwise
relief-term-loan = the balance becomes a term loan at { $rate } % a year, due on { $due }

# Programmes
nav-programmes = Programmes
organization-new-programme = Start a programme
offer-programme = Programme
offer-programme-hint = The programme this is part of: on the same channel, in the same country.
offer-no-programme = Not part of a programme
programmes-title = Programmes
programmes-intro = What agencies and partners run, each on one channel: the opportunities they group, the year their firms' recovery is measured against, and the shares of firms they aim to serve.
programmes-none = No programme yet.
programme-running = Running
programme-run-by = Run by { $organisation }
programme-period = { $from } to { $to }
programme-from = From { $from }
programme-edit = Change the programme
programme-runner = Run by
programme-participants = Firms that took part
programme-baseline-explained = A firm's recovery is measured against its figures of the baseline year of the first programme it joined, so that all its months share one yardstick.
programme-opportunities = Its opportunities
programme-no-opportunities = No opportunity is part of it yet: a partner puts one in from the opportunity's form.
programme-dates = Dates
programme-baseline-year = Baseline year
programme-baseline-is = Recovery is measured against { $year }
programme-target-women = at least { $share }% women-led firms
programme-target-youth = at least { $share }% youth-led firms
programme-target-region = at least { $share }% from { $region }
programme-no-targets = None set
programme-targets = Fairness targets
programme-new-heading = Start a programme
programme-edit-heading = Change the programme
programme-what-legend = What it is
programme-name = Name
programme-starts-on = Starts on
programme-ends-on = Ends on
programme-baseline-hint = The year before the shock the programme answers, whose figures recovery is measured against (2019 for the pandemic).
programme-targets-hint = The least share, in per cent, of the firms served that the programme aims to give each group; leave empty for none.
programme-women-share = Women-led firms (%)
programme-youth-share = Youth-led firms (%)
programme-region-shares = Regions (%)
programme-region-shares-hint = One region of the programme a line, with its share: Ashanti: 30
opportunity-programme = Part of

# Mentors and pools
nav-mentoring = Mentoring
mentor-heading = Your mentor profile
mentor-intro = { $name }, programmes match you with firms from what you say here: what you know, the languages you mentor in, where, and how many mentees you can take at once.
mentor-in-pools = You are in the mentor pools of:
mentor-knows-legend = What you know
mentor-expertise = Industries
mentor-topics = Topics
mentor-topics-hint = Separated by commas, such as bookkeeping, export paperwork
mentor-about = About you
mentor-where-legend = In which languages, and where
mentor-when-legend = How many, and when
mentor-capacity = Mentees at once
mentor-available-from = Available from
mentor-pause = Pause: take no new mentees for now
mentor-paused = Paused
mentor-from = From { $date }
mentor-takes-mentees = Takes mentees
pool-heading = Mentor pool
pool-summary = { $count ->
    [one] One mentor.
   *[other] { $shown } mentors.
}
pool-open-capacity = Those taking new mentees can take { $count } at once.
pool-none = No mentor in the pool yet: add one by their email address.
pool-name = Name
pool-status = Status
pool-actions = Change
pool-remove = Remove
pool-add-heading = Add a mentor
pool-email = Their email address
pool-add = Add to the pool

# Match rounds
nav-proposals = Matches
round-status-running = Solving
round-status-solved = Ready to review
round-status-refused = Cannot be solved
round-status-published = Published
rounds-heading = Match rounds
rounds-explained = A round pairs the programme's firms with the mentors of its pool: the best assignment the engine finds, shown beside what first come, first served and a greedy choice would give. Review it, adjust it, then publish it.
rounds-none = No round yet.
rounds-started = Started
rounds-status = Status
rounds-runs = Runs
rounds-new = Start a round
rounds-population = Which firms
rounds-population-approved = Approved applicants of the programme's opportunities
rounds-population-participants = Firms taking part in the programme
rounds-run = Run the round
round-weights = How much each reason counts
round-weights-hint = From 0 (not at all) to 10.
round-contribution-industry = Knows the firm's industry
round-contribution-language = Shared language
round-contribution-region = Mentors in the firm's region
round-contribution-need = Recovery need
round-heading = Match round
round-follow-up-of = The round it follows up
round-run-of = Run { $number } of { $count }
round-inputs = { $firms } firms, { $mentors } mentors
round-seats = { $count } places
round-solved-in = solved in { $ms } ms
round-running = The engine is working on this run; the page reloads by itself.
round-refused = This run cannot be solved as it is set up:
round-comparison = Compared with first come and greedy
round-comparison-explained = The same firms, mentors and rules. The best assignment serves as many firms as the mentors' places and the rules allow, and among those the highest total fit. First come gives each firm, in order, its best mentor with room; greedy takes the best-fitting pairs first. It also holds the targets marked as hard quotas, which can cost some fit: the table shows each method's shares.
round-method = Method
round-chart-served = Firms served
round-chart-fit = Total fit
round-method-best = Best assignment
round-method-first-come = First come, first served
round-method-greedy = Greedy, best fit first
round-percent = { $value } %
round-fairness = Fairness targets
round-group = Group
round-target = Least share of firms served
round-members = Firms of the group in the round
round-held = How it is held
round-held-quota = As a hard quota
round-held-reported = Reported only
round-met = Met
round-met-yes = Yes
round-met-no = No
round-group-women-led = Women-led firms
round-group-youth-led = Youth-led firms
round-no-pairs = No pair could be made.
round-firm = Firm
round-mentor = Mentor
round-score = Fit
round-reasons = Why
round-answer = Answers
round-adjust = Adjust
round-pinned = Pinned
round-pin = Pin
round-forbid = Forbid
round-answers = firm: { $firm }, mentor: { $mentor }
round-answer-pending = not yet
round-answer-accepted = accepted
round-answer-declined = declined
round-pair-waiting = Waiting for answers
round-pair-confirmed = Confirmed
round-pair-declined = Declined
round-pair-expired = Expired
round-why = Why
round-why-no-mentor-fits = No mentor of the pool can take this firm:
round-why-forbidden = The mentors who could take it are all forbidden for it.
round-by-hand = Pins, forbidden pairs and places
round-by-hand-none = Nothing pinned or forbidden by hand.
round-unpin = Unpin
round-forbidden = Forbidden
round-allow = Allow again
round-capacity = Places for this round
round-capacity-change = Change the places and run again
round-rerun = Run again with these weights
round-publish = Publish
round-publish-explained = Each firm's owners and each mentor are emailed their proposals in their language; each side accepts or declines by the deadline.
round-deadline = Answers due by
round-publish-button = Publish and notify both sides
round-published = Published: answers due by { $date }
round-follow-up-explained = A follow-up round keeps the confirmed pairs, forbids the declined ones, and matches the other firms again.
round-follow-up = Start a follow-up round
proposals-heading = Your matches
proposals-explained = A programme proposed these pairs. Accept or decline each by its deadline; contact details are shared once both sides accept.
proposals-none = No proposal for you yet.
proposals-programme = Programme
proposals-contact = Contact
proposals-accept = Accept
proposals-decline = Decline
proposal-mentor-for = Mentor for { $firm }
round-pairs = { $count ->
        [one] { $count } proposed pair
       *[other] { $count } proposed pairs
    }
round-unmatched = { $count ->
        [one] { $count } firm left out
       *[other] { $count } firms left out
    }
round-ruled-out-language = { $count ->
        [one] { $count } shares none of its languages
       *[other] { $count } share none of its languages
    }
round-ruled-out-region = { $count ->
        [one] { $count } does not mentor in its region
       *[other] { $count } do not mentor in its region
    }
round-ruled-out-country = { $count ->
        [one] { $count } works in another country
       *[other] { $count } work in another country
    }
round-why-mentors-full = { $count ->
        [one] The one mentor who could take it is full with firms the assignment served instead.
       *[other] The { $count } mentors who could take it are full with firms the assignment served instead.
    }

# Mentoring sessions
session-heading = Sessions
session-held-on = Held on
session-minutes = Length in minutes
session-minutes-of = { $count } min
session-mode = How
session-mode-in-person = In person
session-mode-phone = By phone
session-mode-video = By video call
session-topics = Topics
session-topics-hint = Separated by commas.
session-next-steps = Next steps agreed
session-log = Log the session
session-awaiting = Waiting for the mentee's word
session-denied = The mentee says it did not take place
session-confirmed = Confirmed by the mentee
session-confirmed-rated = Confirmed by the mentee, rated { $rating } of 5
session-rating = How useful was it (5: very)
session-rating-none = No rating
session-confirm-yes = It took place
session-confirm-no = It did not take place
round-sessions-none = No session logged yet
round-sessions = Sessions: { $count } · { $hours } h
round-sessions-last = the last on { $date }
round-quiet = No session for 30 days
