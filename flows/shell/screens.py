"""The shell's screens: pure functions of loaded data and a translator."""

from __future__ import annotations

from flows.engine.effects import Button, Screen, button
from flows.engine.store import ForgetReport, Round
from flows.engine.translator import Translator
from flows.kit.info import (
    routes_line,
)
from flows.kit.texts import assessment_name, bold, escape, italic, labelled
from flows.shell.actions import Act
from framework.model import Framework


# screens of the shell (pure) ------------------------------------------------------------------
def reminder(t: Translator, r: Round) -> Screen:
    text = "\n".join([
        bold(t.gettext("Your assessment is not finished yet: {round}").format(
            round=assessment_name(t, r.country, r.created_at, r.title))),
        escape(t.gettext(
            "Your answers so far are saved. Finishing takes a few minutes, and every answer "
            "helps your country's picture."
        )),
    ])
    buttons = ((Button(t.gettext("Continue"), Act.resume),
                button(t, Act.noremind)),)
    return Screen(text, buttons)


def rate_again(t: Translator, fw: Framework, r: Round, items: list[str]) -> Screen:
    """Told once, after votes were moved apart from answers: which ratings were lost."""
    names = []
    for item in items:
        kind, _, key = item.partition(":")
        names.append(t.content(fw.capability(int(key)).name) if kind == "cap"
                     else t.content(fw.domain(key).name))
    text = "\n".join([
        bold(t.gettext("Please rate again: {round}").format(
            round=assessment_name(t, r.country, r.created_at, r.title))),
        escape(t.gettext(
            "Until now, a vote in a group session replaced your own answer to the same "
            "question. Votes are now kept apart and never change your answers, but the "
            "ratings they replaced could not be recovered. Your evidence notes are kept."
        )),
        escape(labelled(t, t.gettext("To rate again"), t.join(names))),
    ])
    return Screen(text, ((button(t, Act.rerate, str(r.id)),),))


def votes_apart(t: Translator, r: Round, counts: dict[str, int]) -> Screen:
    """Told once to a round's facilitators, after votes were moved apart from answers."""
    return Screen("\n".join([
        bold(t.gettext("Group votes are now kept apart: {round}").format(
            round=assessment_name(t, r.country, r.created_at, r.title))),
        escape(t.ngettext(
            "Until now, a vote in a group session was stored as the voter's own answer. In "
            "this round {n} answer came from a vote: it is now a vote of its session, shown "
            "apart in /results, and no longer counts among the answers.",
            "Until now, a vote in a group session was stored as the voter's own answer. In "
            "this round {n} answers came from votes: they are now votes of their sessions, "
            "shown apart in /results, and no longer count among the answers.",
            counts.get("answers", 0)).format(n=counts.get("answers", 0))),
        escape(t.ngettext(
            "{n} person who may have lost a rating of their own was asked to rate again.",
            "{n} people who may have lost a rating of their own were asked to rate again.",
            counts.get("told", 0)).format(n=counts.get("told", 0))),
    ]))


def forget_question(t: Translator) -> Screen:
    text = escape(t.gettext(
        "Delete your data? This removes your assessments with their answers and evidence "
        "notes, your votes in group sessions, your language and consent, and where you are "
        "in each chat. Rounds that others take part in stay, without you. This cannot be "
        "undone."
    ))
    buttons = ((button(t, Act.erase), button(t, Act.keep)),)
    return Screen(text, buttons)


def forgotten(t: Translator, report: ForgetReport) -> Screen:
    return Screen(escape(t.gettext(
        "Your data has been deleted: {assessments}, {answers}, {votes} and {conversations}. "
        "Send /start if you want to begin again."
    ).format(
        assessments=t.ngettext(
            "{n} assessment", "{n} assessments", report.participations
        ).format(n=report.participations),
        answers=t.ngettext("{n} answer", "{n} answers", report.answers).format(
            n=report.answers
        ),
        votes=t.ngettext("{n} vote", "{n} votes", report.votes).format(n=report.votes),
        conversations=t.ngettext(
            "{n} conversation state", "{n} conversation states", report.conversations
        ).format(n=report.conversations),
    )))


COMMAND_SHOWN = 32  # of an unknown command's name: enough to recognise it


def unknown_command(t: Translator, name: str) -> Screen:
    """One line, and where the commands are: not all of /help again."""
    shown = name if len(name) <= COMMAND_SHOWN else name[: COMMAND_SHOWN - 1] + "…"
    return Screen(escape(" ".join([
        t.gettext("Sorry, I don't know the command /{name}.").format(name=shown),
        t.gettext("Send /help to see the commands."),
    ])))


def unexpected_text(t: Translator, in_a_flow: bool) -> str:
    hint = (
        t.gettext("Please use the buttons on the last message, or send /help.")
        if in_a_flow
        else t.gettext("Send /start to begin or continue an assessment, or /help.")
    )
    return "\n".join([
        escape(t.gettext("I wasn't expecting text here. {hint}").format(hint=hint)),
        italic(routes_line(t)),
    ])


def private_chat_please(t: Translator, username: str | None) -> Screen:
    buttons: tuple[tuple[Button, ...], ...] = ()
    if username:
        buttons = ((Button(t.gettext("Open a private chat"), url=f"https://t.me/{username}"),),)
    return Screen(escape(t.gettext("Assessments happen in a private chat with me for now.")),
                  buttons)
