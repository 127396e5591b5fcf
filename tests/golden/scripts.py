"""The conversations pinned by golden transcripts, and the languages they are pinned in."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.plan import quarters
from tests.golden.transcript import Step

LANGUAGES = ("en", "ar", "ru", "zh_Hans")

# Long enough to be offered for shortening (notes keep at most 500 characters).
LONG_NOTE = (
    "Law 45/2019 on the protection of children against sexual exploitation and abuse, "
    "articles 12 to 19, and the decree creating the national council. "
) * 4

# The facilitator agrees and opens a round for Moldova, answers one by one, from government.
OPEN_ROUND: list[Step] = [
    ("command", "start"),
    ("tap", "sh.agree", "start.{lang}"),
    ("command", "new"),
    ("text", "MD"),
    ("tap", "fa.country", "MD"),
    ("tap", "fa.title"),
    ("tap", "fa.privacy", "rows"),
    ("tap", "fa.sector", "government"),
]


def agreed(*who: str) -> list[Step]:
    """These people (by their names in the scripts) start the assistant and agree."""
    return [step for name in who for step in (
        (f"@{name}", "command", "start"), (f"@{name}", "tap", "sh.agree", "start.{lang}"))]

ASSESSMENT: list[Step] = [
    ("command", "start"),
    ("tap", "sh.agree", "start.{lang}"),
    ("text", "Atlantis"),
    ("text", "Moldva"),
    ("text", "MD"),
    ("tap", "as.country", "MD"),
    ("tap", "as.sector", "government"),
    ("tap", "as.resector"),
    ("tap", "as.sector", "justice"),
    ("tap", "as.proceed"),
    ("tap", "as.rate", "2"),
    ("text", "Decree 12/2021 on the national council"),
    ("text", "3"),
    ("tap", "as.dk"),
    ("tap", "as.skip"),
    ("tap", "as.back"),
    ("tap", "as.detail"),
    ("tap", "as.question"),
    ("text", LONG_NOTE),
    ("tap", "as.keep_note"),
    ("tap", "as.unnote"),
    ("text", "my daughter was hurt by a teacher"),
    ("tap", "as.drop_note"),
    ("command", "help"),
    ("tap", "sh.resume"),
    ("tap", "as.review"),
    ("tap", "as.change", "1"),
    ("tap", "as.rate", "3"),
    ("tap", "as.finish"),
    ("tap", "as.proceed"),
    ("tap", "as.review"),
    ("tap", "as.finish"),
    ("tap", "as.finish_anyway"),
    ("tap", "as.csv"),
    ("command", "start"),
    ("tap", "as.new"),
    ("tap", "as.keep"),
    ("command", "cancel"),
]

PULSE: list[Step] = [
    ("command", "pulse"),
    ("tap", "sh.agree", "pulse.{lang}"),
    ("text", "MD"),
    ("tap", "pu.country", "MD"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.rate", "1"),
    ("tap", "pu.back"),
    ("tap", "pu.rate", "3"),
    ("tap", "pu.dk"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.rate", "4"),
    ("tap", "pu.rate", "1"),
    ("tap", "pu.ask_sector"),
    ("tap", "pu.sector", "civil_society"),
    ("tap", "pu.assess"),
]

# A facilitator opens a round, looks at every screen of its results, closes it, opens a
# second one, answers in it, and compares it with the first.
FACILITATION = [
    ("command", "start"),
    ("tap", "sh.agree", "start.{lang}"),
    ("command", "new"),
    ("text", "MD"),
    ("tap", "fa.country", "MD"),
    ("text", "Moldova national round"),
    ("tap", "fa.privacy", "rows"),
    ("tap", "fa.sector", "government"),
    ("tap", "fa.back"),
    ("tap", "fa.sectors"),
    ("tap", "fa.back"),
    ("tap", "fa.invites"),
    ("tap", "fa.renew", "participant"),
    ("tap", "fa.renew", "facilitator"),
    ("tap", "fa.qr", "participant"),
    ("tap", "fa.renew", "pulse"),
    ("tap", "fa.qr", "pulse"),
    ("tap", "fa.back"),
    ("tap", "fa.publish"),
    ("tap", "fa.chart"),
    ("tap", "fa.export", "csv"),
    ("tap", "fa.export", "xlsx"),
    ("tap", "fa.export", "json"),
    ("tap", "fa.compare"),
    ("tap", "fa.back"),
    ("tap", "fa.close"),
    ("tap", "fa.close_yes"),
    ("command", "new"),
    ("text", "MD"),
    ("tap", "fa.country", "MD"),
    ("tap", "fa.title"),
    ("tap", "fa.confidential"),
    ("tap", "fa.confidential"),
    ("tap", "fa.confidential"),
    ("tap", "fa.privacy", "rows"),
    ("tap", "fa.sector", "justice"),
    ("tap", "fa.answer"),
    ("tap", "as.proceed"),
    ("tap", "as.rate", "2"),
    ("command", "summary"),
    ("tap", "as.chart"),
    ("command", "results"),
    ("tap", "fa.compare"),
    ("tap", "fa.pick", "1"),
    ("tap", "fa.back"),
    ("tap", "fa.figures"),
    ("tap", "fa.figures_yes"),
    ("tap", "fa.unprotected"),
    ("tap", "fa.back"),
    ("tap", "fa.unprotected"),
    ("tap", "fa.unprotected_yes", "pdf"),
]

# A group session: the facilitator (me) opens a round and a session from the group, sets it up
# in private; a member votes on the card, changes the vote, votes from Details; someone who
# never agreed is sent to a private chat; only the facilitator may reveal, move and end.
SESSION: list[Step] = [
    *OPEN_ROUND,
    *agreed("member", "voter", "other"),
    ("@group", "command", "session"),
    ("command", "start", "{setup}"),
    ("tap", "gs.round", "1"),
    ("tap", "gs.mode", "pulse"),
    ("tap", "gs.language", "{lang}"),
    ("@member-group", "tap", "gs.vote", "2"),
    ("@member-group", "tap", "gs.vote", "3"),
    ("@group", "tap", "gs.vote", "1"),
    ("@voter-group", "tap", "gs.vote", "4"),
    ("@other-group", "tap", "gs.vote", "2"),
    ("@stranger-group", "tap", "gs.vote", "4"),
    ("@member-group", "tap", "gs.reveal"),
    ("@group", "tap", "gs.reveal"),
    ("@group", "tap", "gs.next"),
    ("@member", "command", "start", "{details}"),
    ("@member", "tap", "gs.dvote", "4"),
    ("@group", "tap", "gs.vote", "4"),
    ("@voter-group", "tap", "gs.vote", "dont_know"),
    ("@other-group", "tap", "gs.vote", "3"),
    ("@group", "tap", "gs.reveal"),
    ("@group", "tap", "gs.back"),
    ("@group", "tap", "gs.next"),
    ("@group", "tap", "gs.end"),
    ("@group", "tap", "gs.end_yes"),
    ("command", "results"),
    ("tap", "fa.sessions"),
    ("tap", "fa.back"),
]

# The action plan (issue 20): from a priority of a finished assessment to a saved action, its
# status, the plan screen by domain, a typed action with a typed agency, delete after asking.
PLAN: list[Step] = [
    ("command", "start"),
    ("tap", "sh.agree", "start.{lang}"),
    ("text", "MD"),
    ("tap", "as.country", "MD"),
    ("tap", "as.sector", "government"),
    ("tap", "as.proceed"),
    *[("tap", "as.rate", "1")] * 21,
    ("tap", "as.finish"),
    ("tap", "pl.add", "1"),
    ("tap", "pl.step", "secure_sponsor"),
    ("tap", "pl.lead", "sgovernment"),
    ("tap", "pl.due", "{due}"),
    ("tap", "pl.save"),
    ("tap", "pl.status", "started"),
    ("tap", "pl.delete"),
    ("tap", "pl.keep"),
    # every field edited: supporting (a sector, a typed agency), indicator, cost, related,
    # due, the words, the lead
    ("tap", "pl.edit"),
    ("tap", "pl.field", "supporting"),
    ("tap", "pl.support", "sjustice"),
    ("text", "Ministry of Education"),
    ("tap", "pl.done"),
    ("tap", "pl.edit"),
    ("tap", "pl.field", "indicator"),
    ("text", "A national strategy adopted by decree"),
    ("tap", "pl.edit"),
    ("tap", "pl.field", "indicator"),
    ("tap", "pl.no_indicator"),
    ("tap", "pl.edit"),
    ("tap", "pl.field", "indicator"),
    ("text", "A national strategy adopted by decree"),
    ("tap", "pl.edit"),
    ("tap", "pl.field", "cost"),
    ("tap", "pl.cost", "medium"),
    ("tap", "pl.edit"),
    ("tap", "pl.field", "related"),
    ("tap", "pl.relate", "2"),
    ("tap", "pl.done"),
    ("tap", "pl.edit"),
    ("tap", "pl.field", "due"),
    ("tap", "pl.due", "{due}"),
    ("tap", "pl.edit"),
    ("tap", "pl.field", "text"),
    ("text", "Secure a minister as the sponsor of the national response"),
    ("tap", "pl.edit"),
    ("tap", "pl.field", "lead"),
    ("tap", "pl.lead", "sjustice"),
    ("tap", "pl.back"),
    ("tap", "pl.targets"),
    ("tap", "pl.target", "1"),
    ("tap", "pl.target_phase", "3"),
    ("tap", "pl.target_due", "{due}"),
    ("tap", "pl.target", "2"),
    ("tap", "pl.no_target"),
    ("tap", "pl.target", "2"),
    ("tap", "pl.target_phase", "2"),
    ("tap", "pl.back"),
    ("tap", "pl.page", "20"),
    ("tap", "pl.new"),
    ("tap", "pl.back"),
    ("tap", "pl.new"),
    ("tap", "pl.capability", "5"),
    ("text", "Train 40 investigators in victim-centred interviewing by the end of next year"),
    ("text", "Ministry of Interior"),
    ("tap", "pl.cancel"),
    ("tap", "pl.new"),
    ("tap", "pl.capability", "5"),
    ("text", "Train 40 investigators in victim-centred interviewing"),
    ("tap", "pl.lead", "a2"),
    ("tap", "pl.due", "{due}"),
    ("tap", "pl.save"),
    ("tap", "pl.back"),
    ("tap", "pl.show", "2"),
    ("tap", "pl.delete"),
    ("tap", "pl.confirm_delete"),
    ("command", "plan"),
    # the list filtered, and the plan's settings
    ("tap", "pl.filter"),
    ("tap", "pl.only", "started"),
    ("tap", "pl.filter"),
    ("tap", "pl.only", "all"),
    ("tap", "pl.settings"),
    ("tap", "pl.fiscal"),
    ("tap", "pl.month", "7"),
    ("tap", "pl.cost_note"),
    ("text", "Low: within current budgets; medium: a budget line; high: new funding"),
    ("tap", "pl.publish"),
    ("tap", "pl.reminders"),
    ("tap", "pl.carry"),
    ("tap", "pl.back"),
]

# From votes to a national position (issue 21): five people vote, the facilitator reveals,
# opens a second vote, records the agreed position in private (preset reason, dissent note);
# on the next question, with three voters, only the latest spread shows; End asks first; the
# session ends early, /session offers to resume it; an agreed position from /results.
CONSENSUS: list[Step] = [
    *OPEN_ROUND,
    *agreed("member", "voter", "other", "fifth"),
    ("@group", "command", "session"),
    ("command", "start", "{setup}"),
    ("tap", "gs.round", "1"),
    ("tap", "gs.mode", "pulse"),
    ("tap", "gs.language", "{lang}"),
    ("@group", "tap", "gs.vote", "2"),
    ("@member-group", "tap", "gs.vote", "2"),
    ("@voter-group", "tap", "gs.vote", "3"),
    ("@other-group", "tap", "gs.vote", "3"),
    ("@fifth-group", "tap", "gs.vote", "4"),
    ("@group", "tap", "gs.reveal"),
    ("@member-group", "tap", "gs.again"),
    ("@group", "tap", "gs.again"),
    ("@group", "tap", "gs.vote", "3"),
    ("@member-group", "tap", "gs.vote", "3"),
    ("@voter-group", "tap", "gs.vote", "3"),
    ("@other-group", "tap", "gs.vote", "2"),
    ("@fifth-group", "tap", "gs.vote", "3"),
    ("@group", "tap", "gs.reveal"),
    ("@member", "command", "start", "{agree}"),
    ("command", "start", "{agree}"),
    ("tap", "ap.phase", "3"),
    ("tap", "ap.reason", "votes"),
    ("tap", "ap.dissent"),
    ("text", "Two sectors see Phase 2: the referral pathway is not yet used"),
    ("@group", "tap", "gs.next"),
    ("@group", "tap", "gs.vote", "1"),
    ("@member-group", "tap", "gs.vote", "2"),
    ("@voter-group", "tap", "gs.vote", "2"),
    ("@group", "tap", "gs.reveal"),
    ("@group", "tap", "gs.again"),
    ("@group", "tap", "gs.vote", "2"),
    ("@member-group", "tap", "gs.vote", "2"),
    ("@voter-group", "tap", "gs.vote", "2"),
    ("@group", "tap", "gs.reveal"),
    ("@group", "tap", "gs.again"),
    ("@group", "tap", "gs.end"),
    ("@group", "tap", "gs.keep_on"),
    ("@group", "tap", "gs.end"),
    ("@group", "tap", "gs.end_yes"),
    ("@group", "command", "session"),
    ("@member-group", "tap", "gs.resume"),
    ("@group", "tap", "gs.resume"),
    ("@group", "tap", "gs.end"),
    ("@group", "tap", "gs.end_yes"),
    ("command", "results"),
    ("tap", "fa.sessions"),
    ("tap", "fa.back"),
    ("tap", "ap.open", "1"),
    ("tap", "ap.pick", "4"),
    ("tap", "ap.phase", "dont_know"),
    ("text", "The ministry's figures were not available to the meeting"),
    ("tap", "ap.all"),
]

# Validation (issue 22): a facilitator opens the review (answers close, participants see the
# draft results); three participants flag capabilities, two with comments; the facilitator sees
# the counts (comments from 3 flags), validates with the institution, records sharing, and
# starts a new version, whose review is given up again.
VALIDATION: list[Step] = [
    *OPEN_ROUND,
    *[step for who in ("member", "voter", "other") for step in (
        *agreed(who), (f"@{who}", "command", "start", "{invite}"),
        (f"@{who}", "tap", "as.sector", "justice"))],
    ("command", "results"),
    ("tap", "va.open", "1"),
    ("tap", "va.review"),
    ("tap", "va.back"),
    ("tap", "va.review"),
    ("tap", "va.ends", "7"),
    ("@member", "command", "summary"),
    ("@member", "tap", "va.flags", "1"),
    ("@member", "tap", "va.flag", "4"),
    ("@member", "text", "The specialist unit has no budget line"),
    ("@voter", "command", "summary"),
    ("@voter", "tap", "va.flags", "1"),
    ("@voter", "tap", "va.flag", "4"),
    ("@voter", "tap", "va.no_comment"),
    ("@voter", "tap", "va.flag", "5"),
    ("@voter", "tap", "va.no_comment"),
    ("@voter", "tap", "va.flag", "5"),
    ("@voter", "tap", "va.done"),
    ("@other", "command", "summary"),
    ("@other", "tap", "va.flags", "1"),
    ("@other", "tap", "va.flag", "4"),
    ("@other", "text", "Training stopped last year"),
    ("command", "results"),
    ("tap", "va.open", "1"),
    ("tap", "va.validate"),
    ("tap", "va.back"),
    ("tap", "va.validate"),
    ("text", "National Council for Child Rights"),
    ("tap", "va.confirm"),
    ("@other", "command", "start"),
    ("@other", "tap", "as.proceed"),
    ("@other", "tap", "as.rate", "2"),
    ("tap", "va.shared"),
    ("text", "the national task force and UNICEF"),
    ("tap", "va.confidential"),
    ("tap", "va.new_version"),
    ("tap", "va.back"),
    ("tap", "va.new_version"),
    ("tap", "va.confirm_new"),
    ("tap", "va.review"),
    ("tap", "va.ends", "0"),
    ("tap", "va.draft"),
]


SCRIPTS: dict[str, list[Step]] = {
    "assessment": ASSESSMENT, "pulse": PULSE, "facilitate": FACILITATION, "session": SESSION,
    "plan": PLAN, "consensus": CONSENSUS, "validation": VALIDATION,
}
# The issues ask the group session pinned in English and French, and the consensus screens in
# English, French and Arabic.
PINNED_IN: dict[str, tuple[str, ...]] = {"session": ("en", "fr"),
                                          "consensus": ("en", "fr", "ar"),
                                          "validation": ("en", "fr", "ar")}


def languages_of(name: str) -> tuple[str, ...]:
    return PINNED_IN.get(name, LANGUAGES)


def for_language(script: list[Step], language: str) -> list[Step]:
    """The script in a language; `{due}` is the quarter after this one (what is offered moves
    with the calendar; transcripts name quarters by their place)."""
    due = quarters.offered(datetime.now(UTC).date())[1]
    return [tuple(part.replace("{lang}", language).replace("{due}", due) for part in step)
            for step in script]
