# Mitra: applications to opportunities, their review and decision, and the email that
# tells a firm where its application stands.

## Where an application stands
application-status-draft = Draft
application-status-submitted = Submitted
application-status-screened = Screened: meets the rules
application-status-in-review = In review
application-status-approved = Approved
application-status-rejected = Not approved
application-status-withdrawn = Withdrawn
application-status-waitlisted = On the waiting list
## Why an application, or a step of it, was refused
refusal-not-now = This step is not possible while the application is “{ $status }”.
refusal-not-your-step = This step is not yours to take on this application.
refusal-closed = This opportunity is not taking applications now.
refusal-full = This opportunity has given out all its places and funds.
refusal-already-applied = This firm has already applied to this opportunity: open its application instead.
refusal-conflict-of-interest = You declared a conflict of interest with this application, so you cannot score or decide it.
refusal-reviewed-it = You scored this application; this programme wants another person to decide it.
refusal-not-eligible = The firm no longer meets the opportunity’s rules, so it cannot be approved.
refusal-profile-incomplete = The firm’s profile lacks figures the rules need: complete the profile, then submit again.
refusal-rubric-in-use = Applications have been scored under this rubric, so it can no longer change.
refusal-no-rubric = This opportunity has no rubric yet: its partner must set one before anyone scores.
## The email that tells a firm where its application stands; $opportunity is its title, $firm the firm's name
email-application-subject = { $opportunity }: { $status }
email-application-draft = The application of { $firm } to “{ $opportunity }” is saved as a draft.
email-application-submitted = The application of { $firm } to “{ $opportunity }” has been received.
email-application-screened = The application of { $firm } to “{ $opportunity }” has been received, and the firm meets every rule of the opportunity. Reviewers will now look at it.
email-application-in-review = A reviewer has started to score the application of { $firm } to “{ $opportunity }”.
email-application-approved = Good news: the application of { $firm } to “{ $opportunity }” is approved.
email-application-rejected = The application of { $firm } to “{ $opportunity }” was not approved.
email-application-withdrawn = The application of { $firm } to “{ $opportunity }” is withdrawn.
email-application-waitlisted = The application of { $firm } to “{ $opportunity }” was approved, but everything the opportunity had is given out: it is on the waiting list, and it will be approved as soon as a place frees up.
email-application-failed-criteria = It does not meet these rules of the opportunity:
email-application-see = See the application and its history at:

## Lists of applications: a firm's own, a reviewer's queue, an opportunity's
nav-applications = Applications
nav-my-applications = My applications
applications-heading = Applications
applications-heading-own = Your firm’s applications
applications-heading-for = Applications to “{ $title }”
applications-status = State
applications-any-status = Any state
applications-awaiting = Waiting for a decision
applications-without-conflicts = Hide those I declared a conflict on
applications-none = No application matches.
applications-firm = Firm
applications-opportunity = Opportunity
applications-amount = Amount asked
applications-submitted-on = Submitted on
applications-seats = Places left
applications-budget = Budget left
applications-of = { $left } of { $all }
applications-waitlist-position = Place on the waiting list
applications-statement = What the firm wrote
## One application
application-heading = { $firm }: { $opportunity }
application-see-opportunity = See the opportunity
application-screening = The opportunity’s rules
applications-screening-no-rules = The opportunity had no rules when it was submitted: every firm may apply.
applications-screening-passed = Judged by version { $version } of the rules on the day it was submitted: the firm meets every rule.
applications-screening-failed = Judged by version { $version } of the rules on the day it was submitted: the firm does not meet every rule.
application-submit = Submit the application
application-withdraw = Withdraw the application
application-reviews = Reviews
application-no-reviews = Nobody has scored it yet.
application-reviewer = Reviewer
application-weighted = Weighted score
application-comment = Comment
application-conflict-declared = Declared a conflict of interest: did not score
application-score-heading = Your scores
application-weight = weight { $weight }
application-choose-score = Choose a score
application-save-score = Save my scores
application-conflict-hint = If you know this firm or its owners, or could gain from the decision, declare a conflict of interest: you will then not score or decide it.
application-declare-conflict = Declare a conflict of interest
application-decide-heading = Decision
application-decide-hint = Approving checks the rules and what is left at that moment: when nothing is left, the application goes on the waiting list.
application-approve = Approve
application-reject = Reject
application-history = History
application-no-history = A draft: not submitted yet.
## Applying, on the opportunity's page
opportunity-rubric = Review rubric
opportunity-applications = Applications
apply-heading = Apply
apply-already = { $firm } has applied:
apply-see-application = See the application
apply-amount = Amount you ask for ({ $currency })
apply-statement = Why your firm applies
apply-statement-hint = What you need it for and what it will change, in a few lines.
apply-shares = Applying lets the partner’s staff and reviewers see your firm’s profile and the figures its rules read.
apply-submit = Submit the application
apply-save-draft = Save as a draft
apply-closed = This opportunity is not taking applications now, so { $firm } cannot apply.
## The rubric editor
rubric-title = Review rubric
rubric-heading = Review rubric of “{ $title }”
rubric-intro = Reviewers score each application on every criterion; the weighted mean of their scores is shown to the person who decides. The rubric can change until the first application is scored.
rubric-saved = The rubric is saved.
rubric-criterion = Criterion { $number }
rubric-key = Short name
rubric-key-hint = Stays the same, such as viability; leave a whole criterion empty to drop it.
rubric-label-en = What it asks, in English
rubric-label-fr = In French
rubric-label-es = In Spanish
rubric-label-id = In Indonesian
rubric-label-hi = In Hindi
rubric-weight = Weight, 1 to 10
rubric-scale = Scores from 1 to
rubric-separate = Whoever scores an application may not decide it
rubric-save = Save the rubric
application-see-firm = See the firm’s profile

## Bulk decisions, run in the background
jobs-bulk-heading = Decide all at once
jobs-bulk-hint = Every application here that is screened or in review is decided in the background, as one approval or rejection each would be: the rules and what is left are checked for each, and what does not fit goes on the waiting list.
jobs-bulk-approve = Approve all waiting
jobs-bulk-reject = Reject all waiting
jobs-nothing-title = Nothing to decide
jobs-nothing-message = No application to this opportunity is waiting for a decision.
jobs-title = Bulk decision
jobs-list-title = Bulk decisions
jobs-list-about = Approvals and rejections of many applications at once, with their progress and report.
jobs-none = No bulk decision has been asked for yet.
jobs-approve = Approve { $count } applications
jobs-reject = Reject { $count } applications
jobs-running = Running
jobs-finished = Finished
jobs-progress = { $handled } of { $total } handled
jobs-done = Decided
jobs-skipped = Left as they were (see the report)
jobs-pending = Still to do
jobs-refreshes = This page refreshes itself every few seconds until the job is finished.
jobs-report = The report, one row per application (CSV)
jobs-all = Every bulk decision
jobs-what = What
jobs-asked = Asked for
jobs-state = State

## An approved relief loan's schedule, on the application's page
loan-heading = Your loan
loan-borrowed = Borrowed
loan-forgivable = Forgiven if the rest is repaid in time
loan-to-repay = To repay to keep that
loan-repay-by = Repay by
loan-refinanced = With refinancing
loan-refinanced-text = by { $date }, if a refinancing application is filed by { $filed }
loan-otherwise = Otherwise
loan-term = nothing is forgiven and the loan becomes a term loan: { $interest } of interest a year, the principal due on { $due }
loan-next-repay = Next: repay { $amount } by { $date } to keep the forgiven part.
loan-next-refinanced = Next: with a refinancing application filed in time, repay { $amount } by { $date } to keep the forgiven part.
loan-next-term = Next: the loan is a term loan; { $interest } of interest a year, the principal due on { $due }.
loan-next-past = The term loan’s principal was due on { $due }.
loan-assumes = These dates assume nothing has been repaid yet; they follow the programme’s published terms.

## The rule-set editor
opportunity-rules-edit = Eligibility rules
rules-title = Eligibility rules
rules-heading = Eligibility rules of “{ $title }”
rules-intro = Each criterion is a condition on the applicant, written in the Common Expression Language; a firm must meet every one. Saving makes a new version that applies to applications from its date; earlier versions stay as they were.
rules-fields-summary = What a criterion can read
rules-fields = kind, country, region, legal_form, founded_on, years_in_operation, operating_status, industry, isic_section, size_class, employees, turnover, investment, balance_sheet_total, women_led, youth_led, veteran_led, application_date, and figures[2019].payroll, .non_deferrable_expenses, .turnover, .employees; with date("2020-03-01"), money(20000, "CAD"), == != < <= > >=, in [..], !, && and ||.
rules-applies-from = Applies to applications from
rules-criterion = Criterion { $number }
rules-key-hint = Stays the same across versions, such as in-canada; leave a whole criterion empty to drop it.
rules-expression = Condition
rules-expression-hint = Such as figures[2019].payroll > money(20000, "CAD")
rules-try-on = Try the rules on this firm
rules-try-nobody = No firm
rules-check = Check
rules-save = Save as a new version
rules-check-heading = Check
rules-not-checked = The rules are checked a moment after each change, or when you press Check.
rules-all-good = Every criterion can be judged: these rules can be saved.

# Match rounds' emails
email-proposal-subject = { $programme }: a mentor for { $firm }
email-proposal-firm = The programme { $programme } proposes { $mentor } as the mentor of { $firm }. Please accept or decline by { $deadline }; once you both accept, you will see each other's contact details.
email-proposal-subject-mentor = { $programme }: firms proposed to you
email-proposal-mentor = The programme { $programme } proposes { $count } firms for you to mentor: { $firms }. Please accept or decline each by { $deadline }.
