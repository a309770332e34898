"""Schemathesis hooks for Mitra's API: the rules that no JSON Schema can state.

The OpenAPI document describes each field exactly, so Schemathesis's `positive_data_acceptance`
holds for every field. A few rules relate a body to the stored records, to the clock or to
another field, and a schema-valid request that breaks one of them is refused as the document
says: 422 naming the rule, or 412 for an If-Match that is not the stored version. The check
below is `positive_data_acceptance` except for exactly those refusals; run it in its place:

    SCHEMATHESIS_HOOKS=.ci/schemathesis_hooks.py st run URL --checks all \
        --exclude-checks positive_data_acceptance
"""

import re

import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance

# (field, problem) of each rule beyond the schema, as the server's problem documents name them.
BEYOND_THE_SCHEMA = [
    # The records: the partner must exist and not be archived.
    (r"partner_id", r"refers to \S+, which does not exist or is archived"),
    # The records: recommendations are for MSMEs.
    (r"id", r"names an organisation that is not an MSME: (recommendations|monthly reports) are for MSMEs"),
    # The clock: a firm cannot have been founded after today, nor report a year to come.
    (r"(profile\.)?msme\.founded_on", r"must not be in the future"),
    (r"(profile\.)?msme\.figures\[\d+\]\.year", r"must be from 1990 to \d+|repeats \d+"),
    # The grammar of CEL and the applicant's fields and types, which no JSON Schema states.
    (r"criteria\[\d+\]\.expression", r".+"),
    (r"criteria\[\d+\]\.key", r"repeats .+"),
    (r"criteria", r"is required"),
    # The records: an application's amount follows its opportunity's capacity, its scores
    # the opportunity's rubric; a bulk decision needs applications waiting for one.
    (r"amount", r"is required|must be absent: .+|must be in the budget's currency \(\S+\)|must be more than zero|must be at most the limit per firm \(.+\)"),
    (r"scores\..*", r"is required|must be chosen from the list|must be from 1 to \d+"),
    (r"applications", r"is required"),
    # A firm's monthly report: a month not to come, sales in the firm's currency, and no
    # activity in a month it closed for good; each action listed once.
    (r"month", r"must not be in the future"),
    (r"revenue", r"must be in the firm's currency \(\S+\)|must be zero or absent in a month the firm says it closed for good"),
    (r"paid_employees", r"must be zero or absent in a month the firm says it closed for good"),
    (r"pulse\.actions(\[\d+\])?", r"repeats .+"),
    # The records: an application is for a firm the token's user owns.
    (r"msme_id", r"must be an MSME you own"),
    # Two fields of one body.
    (r"application_ids", r"give either application_ids or opportunity_id"),
    (r"closes_on", r"must not be before opens_on \(\S+\)"),
    (r"ends_on", r"must not be before starts_on \(\S+\)"),
    # A programme: its baseline is a year before it starts, its target regions are its own,
    # each once, with shares adding up to at most 100; it is run by a partner or agency, and
    # its channel and country stay while it has opportunities; an opportunity fits its programme.
    (r"baseline_year", r"must be from 1990 to -?\d+"),
    (r"targets\.regions(\[\d+\]\.region|\[\d+\])?", r"must be chosen from the list|repeats .+|must be at most 100"),
    (r"run_by", r"must be a partner organisation in the registry|refers to \S+, which does not exist or is archived"),
    (r"channel|country", r"cannot change while the programme has opportunities on the old one"),
    (r"channel", r"must be the channel of the programme it is part of"),
    (r"programme_id", r"must be the country of the programme it is part of|must be chosen from the list"),
    # A mentor: ISIC section letters, each item once; a pool takes mentors who wrote a profile.
    (r"expertise\[\d+\]", r"must be chosen from the list|repeats .+"),
    (r"(topics|regions)\[\d+\]", r"repeats .+"),
    # A match round: a firm pinned once, a pinned pair not also forbidden, a mentor's capacity
    # given once; a published round does not change, an unpublished one has no follow-up; a
    # deadline from tomorrow to 60 days ahead, for a run that is solved and proposes pairs (a
    # run that cannot be solved says why: no firm, no mentor, a pin or a target it cannot meet);
    # an answer once, by the deadline.
    (r"pins\[\d+\](\.firm|\.mentor)?", r"pins a firm that is already pinned to another mentor|is also among the forbidden pairs|must be chosen from the list|pairs a firm with .+|pins more firms .+"),
    (r"capacities\[\d+\]\.mentor", r"repeats .+"),
    (r"round", r"is published and can no longer change|is not published yet"),
    (r"run", r"is not solved yet: wait for its run to finish|proposes no pair to publish|is required"),
    (r"deadline", r"must be after today|must be at most \S+"),
    (r"pool|population", r"holds no mentor with room: add mentors to the programme's pool|holds no firm yet"),
    (r"targets", r"asks for at least .+"),
    (r"answer", r"was due by \S+|has already been answered"),
    # A session: held by today, one a day per pair, of a pair both sides accepted; the
    # mentee's word once, and a rating only for a session that took place.
    (r"held_on", r"must not be in the future|already has a session of this pair"),
    (r"pair", r"must be a pair both sides accepted"),
    (r"confirmed", r"has already been answered"),
    (r"rating", r"must be absent for a session that did not take place"),
    # An address JSON Schema's "email" format takes (quoted parts, IP literals) that ours does not.
    (r"email", r"must be the email address of a mentor who has written a profile|must be an email address, such as name@example.com|is longer than an email address can be"),
    (r"capacity\.max_per_firm", r"must be in the budget's currency \(\S+\)|must not exceed the budget"),
    # Items that are the same once read, such as "en" and " EN", or "c" and "C".
    (r"(profile\.)?(languages|regions|industries)\[\d+\]", r"repeats .+"),
    (r"profile\.msme", r"is required for an organisation of kind msme|must be absent .+"),
    (r"profile\.partner", r"must be absent .+"),
]


def _beyond_the_schema(problem: dict) -> bool:
    field, text = problem.get("field", ""), problem.get("problem", "")
    return any(re.fullmatch(f, field) and re.fullmatch(t, text) for f, t in BEYOND_THE_SCHEMA)


@schemathesis.check
def positive_data_acceptance_beyond_the_schema(ctx, response, case):
    """Schema-valid data is accepted, unless it breaks a rule that only the records, the clock or
    another field decide (422 naming only such rules), or If-Match names another version (412)."""
    try:
        return positive_data_acceptance(ctx, response, case)
    except AssertionError:
        sent_if_match = any(name.lower() == "if-match" for name in case.headers or {})
        if response.status_code == 412 and sent_if_match:
            return None
        if response.status_code == 422:
            problems = response.json().get("errors", [])
            if problems and all(_beyond_the_schema(problem) for problem in problems):
                return None
        raise
