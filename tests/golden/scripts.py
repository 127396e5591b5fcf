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
]

# A group session: the facilitator (me) opens a round and a session from the group, sets it up
# in private; a member votes on the card, changes the vote, votes from Details; someone who
# never agreed is sent to a private chat; only the facilitator may reveal, move and end.
SESSION: list[Step] = [
    ("command", "start"),
    ("tap", "sh.agree", "start.{lang}"),
    ("command", "new"),
    ("text", "MD"),
    ("tap", "fa.country", "MD"),
    ("tap", "fa.title"),
    ("tap", "fa.privacy", "rows"),
    ("tap", "fa.sector", "government"),
    ("@member", "command", "start"),
    ("@member", "tap", "sh.agree", "start.{lang}"),
    ("@voter", "command", "start"),
    ("@voter", "tap", "sh.agree", "start.{lang}"),
    ("@other", "command", "start"),
    ("@other", "tap", "sh.agree", "start.{lang}"),
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


SCRIPTS: dict[str, list[Step]] = {
    "assessment": ASSESSMENT, "pulse": PULSE, "facilitate": FACILITATION, "session": SESSION,
    "plan": PLAN,
}
# The issue asks the group session pinned in English and French.
PINNED_IN: dict[str, tuple[str, ...]] = {"session": ("en", "fr")}


def languages_of(name: str) -> tuple[str, ...]:
    return PINNED_IN.get(name, LANGUAGES)


def for_language(script: list[Step], language: str) -> list[Step]:
    """The script in a language; `{due}` is the quarter after this one (what is offered moves
    with the calendar; transcripts name quarters by their place)."""
    due = quarters.offered(datetime.now(UTC).date())[1]
    return [tuple(part.replace("{lang}", language).replace("{due}", due) for part in step)
            for step in script]
