## Recovery: monthly reports, dashboards and the impact estimate

# Navigation
nav-monthly-report = Monthly report
nav-recovery = Recovery

# The monthly report of an MSME
reports-title = Monthly report
reports-heading = How was your month?
reports-baseline = Before the crisis ({ $year }): { $monthly } of sales a month
reports-saved = Thank you: your report for { $month } is saved.
reports-month = Month
reports-status = Was the business open?
reports-revenue = Sales this month ({ $currency })
reports-revenue-hint = Digits only, without separators: 250000 or 250000.50
reports-paid-employees = Paid employees
reports-effect = Overall, how has the crisis affected the business?
reports-no-answer = No answer
reports-change-revenue = Sales since the last report
reports-change-employees = Employees since the last report
reports-change-hours = Hours worked since the last report
reports-actions = What did you do since the last report?
reports-send = Send the report
reports-past = Past reports
reports-none = No report yet.
reports-revenue-short = Sales
reports-index = Recovery index
reports-gap = Short of pre-crisis sales
reports-jobs = Jobs kept · new
reports-jobs-value = { $kept } · { $new }
reports-index-explained = The recovery index is a month's sales against a twelfth of the firm's 2019 sales: 100% is back to where it was. Jobs are counted against 2019's: those kept, then those beyond it.

# The pulse survey's answers (after the US Census Bureau's Small Business Pulse Survey)
effect-large-negative = Large negative effect
effect-moderate-negative = Moderate negative effect
effect-little-or-none = Little or no effect
effect-moderate-positive = Moderate positive effect
effect-large-positive = Large positive effect
change-increased = Went up
change-no-change = Stayed the same
change-decreased = Went down
pulse-action-sought-financing = Looked for financing
pulse-action-new-suppliers = Found new suppliers
pulse-action-moved-online = Started selling online
pulse-action-new-products = Offered new products or services
pulse-action-cut-hours = Cut working hours
pulse-action-laid-off-staff = Let staff go
pulse-action-asked-for-public-help = Asked for government help

# The recovery dashboard
recovery-title = Recovery
recovery-heading = How the firms are recovering
recovery-intro = Every firm's monthly reports, summed by month: sales against before the crisis, the share still open, and jobs. Choose a split to compare groups.
recovery-region = Region
recovery-women-led = Women-led
recovery-not-women-led = Not women-led
recovery-youth-led = Youth-led
recovery-not-youth-led = Not youth-led
recovery-partnered = Partnered
recovery-not-yet-partnered = Not yet partnered
recovery-yes = Yes
recovery-no = No
recovery-from = From
recovery-to = To
recovery-by = Split by
recovery-by-none = No split
recovery-by-country = Country
recovery-by-region = Region
recovery-by-sector = Sector
recovery-by-size-class = Size class
recovery-by-women-led = Women-led or not
recovery-by-youth-led = Youth-led or not
recovery-by-partnered = Partnered or not yet
recovery-compare-partnered = Compare partnered firms with those not yet partnered
recovery-export-csv = Download the table (CSV)
recovery-export-xlsx = Download the table (Excel)
recovery-no-reports = No reports match these filters.
recovery-table = The same figures as a table
recovery-group = Group
recovery-reports = Reports
recovery-open = Open
recovery-jobs-maintained = Jobs kept
recovery-jobs-created = Jobs created
recovery-groups-explained = A report counts in the groups the firm was in that month; a firm counts as partnered from the month a partner first approved it.
recovery-all-firms = All firms
recovery-unknown-group = Not known
recovery-chart-index = Recovery index: sales against before the crisis
recovery-chart-open = Share of reporting firms open
recovery-chart-jobs = Jobs kept and created
recovery-chart-summary = { $group }: { $first } in { $first_month }, lowest { $low } in { $low_month }, { $last } in { $last_month }.
organization-monthly-reports = Monthly recovery reports
recovery-response-rate = { $reported } of the { $firms } registered firms reported for { $month }, the latest month reported ({ $share }).
