"""Information screens: help, about, privacy, and what is stored about a person.

Pure renderers, except `load_mydata`, which reads what /mydata shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from flows.engine.actions import Bound
from flows.engine.store import Participation, Person, Transaction
from flows.engine.translator import Translator
from flows.kit.texts import assessment_name, bold, escape, labelled, sector_label
from framework.model import Framework


def help_text(t: Translator, commands: Sequence[Bound[Any]]) -> str:
    lines = [
        bold(t.gettext('How this assistant works')),
        escape(t.gettext(
            "You rate your country's 21 MNR capabilities one at a time, from Phase 1 "
            "(building) to Phase 4 (maturity), or say you don't know. You can stop at any "
            "time and continue later; your answers are saved as you go."
        )),
        escape(t.gettext(
            "After answering a question you can type a short evidence note (up to 500 "
            "characters): a law, a unit, a service or a dataset that shows where things stand."
        )),
        "",
    ]
    for action in commands:
        if action.command and action.command != "help" and action.describe is not None:
            # the command isolated, so that a right-to-left line starts from the right
            lines.append(escape(f"{t.isolate('/' + action.command)} – "
                                f"{t.gettext(action.describe)}"))
    lines += ["", *danger_lines(t)]
    return "\n".join(lines)


def danger_lines(t: Translator) -> list[str]:
    """Where a child in danger gets help now, and where reports go instead of here."""
    return [
        bold(t.gettext("A child in danger now: call the police or emergency services.")),
        not_for_reports(t),
    ]


def report_routes(t: Translator) -> list[str]:
    """What a text that reads like a report of abuse is met with, wherever it was typed."""
    return [
        escape(t.gettext(
            "This reads as if it may describe the abuse of a particular child. This assistant "
            "cannot receive reports."
        )),
        bold(t.gettext("A child in danger now: call the police or emergency services.")),
        escape(t.gettext(
            "To report abuse, contact the police or your national child helpline (Child "
            "Helpline International lists them); for abuse material online, your national "
            "hotline (INHOPE lists its members)."
        )),
    ]


def routes_line(t: Translator) -> str:
    """The danger line and the reporting routes in one short line."""
    return t.gettext(
        "Not a way to report abuse: a child in danger now, call the police or emergency "
        "services; to report, the police, your national child helpline or online hotline.")


def not_for_reports(t: Translator) -> str:
    return escape(t.gettext(
        "This assistant assesses national capabilities. It is not a way to report abuse or a "
        "case. To report, contact the police or your national child helpline (Child Helpline "
        "International lists them); for child sexual abuse material online, use your "
        "national hotline (INHOPE lists its members)."
    ))


def about_text(t: Translator, framework: Framework) -> str:
    edition = framework.edition
    lines = [
        bold(t.gettext('About the Model National Response')),
        escape(t.gettext(
            "The WeProtect Global Alliance Model National Response (MNR) helps countries "
            "build a coordinated, multi-sector response to child sexual exploitation and "
            "abuse (CSEA), online and offline. It sets out 21 capabilities in six domains: "
            "Policy and Governance, Criminal Justice, Victim, Societal, Industry, and Media "
            "and Communications."
        )),
        escape(t.gettext(
            "Its Maturity Model, developed with UNICEF, places each capability in one of "
            "four phases, from building to maturity. Countries do not necessarily move "
            "through the phases in a straight line, and the capabilities work as a system."
        )),
        "",
        labelled(t, bold(t.gettext("Content edition")), escape(t.content(edition.name))),
        escape(t.content(edition.note)),
        escape(t.gettext(
            "Translations, phase descriptors and next steps are this project's own wording. "
            "Peer examples come from the MNR solution page of the Safe Futures Hub: they are "
            "reported examples, not proven effects."
        )),
        "",
        not_for_reports(t),
    ]
    return "\n".join(lines)


def privacy_text(t: Translator, backups_kept_days: int) -> str:
    return "\n".join([
        bold(t.gettext('Your privacy')),
        escape(t.gettext(
            "This assistant helps national teams assess their response to child sexual "
            "exploitation and abuse (CSEA) against the WeProtect Global Alliance Model "
            "National Response (MNR)."
        )),
        escape(t.gettext(
            "What is stored: your Telegram user id (never your name), your language, the "
            "country and sector you choose for each assessment, your answers and evidence "
            "notes, and your votes in group sessions (kept apart from your answers)."
        )),
        escape(t.gettext("Nothing about you is stored until you agree.")),
        escape(facilitators_see(t)),
        escape(t.gettext(
            "Evidence notes are about institutions and services. Please do not write names "
            "of children or other people, or details of cases."
        )),
        escape(t.ngettext(
            "/mydata shows what is stored about you. /forget deletes all of it from the "
            "database at once; backups kept by whoever runs this assistant, and the "
            "database's own logs, may still hold it for up to {n} day.",
            "/mydata shows what is stored about you. /forget deletes all of it from the "
            "database at once; backups kept by whoever runs this assistant, and the "
            "database's own logs, may still hold it for up to {n} days.",
            backups_kept_days).format(n=backups_kept_days)),
        escape(own_wording(t)),
        "",
        *danger_lines(t),
    ])


def facilitators_see(t: Translator) -> str:
    """What a round's facilitators get of a participant: said before the first answer."""
    return t.gettext(
        "In a round that others run, its facilitators see each of your answers and evidence "
        "notes under a pseudonym (a random code, never your name or id), with your sector "
        "where 3 or more people in the round share it. Files with answers one by one leave "
        "the assistant only once 3 or more participants have rated, and never from a round "
        "opened as “figures only”. Votes in group sessions are anonymous: only how many "
        "chose each answer is shown. Countries are never ranked against each other."
    )


def facilitators_get(t: Translator, figures_only: bool) -> str:
    """What the facilitators of a round joined by invitation will see: said before the first
    answer."""
    if figures_only:
        return t.gettext(
            "This round is “figures only”: its facilitators see medians, ranges and counts of "
            "3 or more answers, never your answers or evidence notes one by one.")
    return t.gettext(
        "Its facilitators will see each of your answers and evidence notes under a pseudonym "
        "(a random code, never your name), with your sector where 3 or more people in the "
        "round share it.")


@dataclass(frozen=True)
class RoundHolding:
    participation: Participation
    rated: int
    notes: int
    votes: int = 0


@dataclass(frozen=True)
class MyData:
    """Every kind of thing stored about a person (storage/personal.py declares the tables)."""

    user: str
    person: Person | None
    rounds: tuple[RoundHolding, ...]
    conversations: int
    sessions: int = 0  # group sessions they set up: their id is kept with each
    notices: int = 0  # messages waiting to be sent to them
    reminders: bool = True
    comments: tuple[str, ...] = ()  # on action plans: their words, deleted with them


async def load_mydata(tx: Transaction, person: Person | None, user: str) -> MyData:
    holdings = []
    votes = await tx.votes.voted(user)
    for p in await tx.rounds.participations(user):
        answers = await tx.answers.of_round(p.round.id, user)
        holdings.append(RoundHolding(
            participation=p,
            rated=sum(1 for a in answers if a.value is not None),
            notes=sum(1 for a in answers if a.note),
            votes=votes.get(p.round.id, 0),
        ))
    conversations = await tx.conversations.of_user(user)
    return MyData(user, person, tuple(holdings), len(conversations),
                  await tx.cards.opened_by(user), await tx.notices.pending(user),
                  await tx.queries.reminders_on(user),
                  tuple(c.text for c in await tx.plans.comments_of(user)))


def mydata_text(t: Translator, data: MyData) -> str:
    lines = [bold(t.gettext('What is stored about you'))]
    person = data.person
    if person is None:
        lines.append(escape(t.gettext("Nothing is stored about you.")))
        return "\n".join(lines)
    lines.append(escape(t.gettext("Your id: {user} (no name is stored)").format(user=data.user)))
    if person.locale:
        lines.append(escape(t.gettext("Language: {language}").format(
            language=t.language_name(person.locale)
        )))
    if person.consented_at:
        lines.append(escape(t.gettext("Privacy notice accepted: {when}").format(
            when=when(person.consented_at)
        )))
    for holding in data.rounds:
        p = holding.participation
        lines.append(
            "• " + escape(t.gettext(
                "{assessment}: sector {sector}; {answers}, {notes}, {votes}"
            ).format(
                assessment=assessment_name(t, p.round.country, p.round.created_at,
                                           p.round.title),
                sector=sector_label(t, p.sector),
                answers=t.ngettext("{n} answer", "{n} answers", holding.rated).format(
                    n=holding.rated
                ),
                notes=t.ngettext(
                    "{n} evidence note", "{n} evidence notes", holding.notes
                ).format(n=holding.notes),
                votes=t.ngettext(
                    "{n} vote in group sessions", "{n} votes in group sessions",
                    holding.votes).format(n=holding.votes),
            ))
        )
    if data.sessions:
        lines.append(escape(t.ngettext(
            "{n} group session set up by you: your id is kept with it until /forget.",
            "{n} group sessions set up by you: your id is kept with them until /forget.",
            data.sessions).format(n=data.sessions)))
    if data.notices:
        lines.append(escape(t.ngettext(
            "{n} message waiting to be sent to you.", "{n} messages waiting to be sent to you.",
            data.notices).format(n=data.notices)))
    if data.comments:
        lines.append(escape(t.ngettext(
            "{n} comment on an action plan:", "{n} comments on action plans:",
            len(data.comments)).format(n=len(data.comments))))
        lines += ["  – " + escape(text) for text in data.comments]
    lines.append(escape(t.gettext("Reminders: on") if data.reminders
                        else t.gettext("Reminders: off")))
    lines.append(escape(t.ngettext(
        "{n} conversation state (where you are in a chat).",
        "{n} conversation states (where you are in each chat).",
        data.conversations,
    ).format(n=data.conversations)))
    lines.append(escape(t.gettext("Send /forget to delete all of this.")))
    return "\n".join(lines)


def when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def safety_lines(t: Translator) -> list[str]:
    """What every summary ends with: where a child in danger gets help now, and whose words
    these are."""
    return [
        bold(t.gettext("A child in danger now: call the police or emergency services.")),
        escape(own_wording(t)),
    ]


def own_wording(t: Translator) -> str:
    return t.gettext(
        "Phase descriptions and next steps are this project's own wording, based on the MNR. "
        "This project is not affiliated with or endorsed by WeProtect Global Alliance."
    )
