"""A group session's screens: the card in the group (in the group's language), the setup and
the details in private chats (in each person's), and the summary at the end. Pure functions of
loaded data and a translator; every figure goes through `framework.aggregate`'s thresholds."""

from __future__ import annotations

from dataclasses import dataclass

from flows.documents.report import figure, result_text
from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.store import Round
from flows.engine.translator import Translator
from flows.kit.info import safety_lines
from flows.kit.items import FULL, PULSE, Item, item_of, session_items, short_name
from flows.kit.texts import (
    assessment_name,
    bold,
    escape,
    italic,
    labelled,
    phase_label,
    rating_label,
)
from flows.sessions.actions import Act
from framework.aggregate import MIN_GROUP, RoundResults, round_priorities
from framework.model import Framework
from framework.recommend import domain_priorities
from framework.scoring import DONT_KNOW, ItemStats, Rating, counted_stats, domain_score

DISCUSS = 3  # questions with most disagreement named in the summary


def heading(t: Translator, r: Round) -> str:
    return assessment_name(t, r.country, r.created_at, r.title)


CARD_TITLE_MAX = 48  # a longer title is clipped on the card, which must fit a phone


def card_title(t: Translator, r: Round) -> str:
    """The round as the card names it: by its title alone (the room knows the country)."""
    if not r.title:
        return heading(t, r)
    if len(r.title) <= CARD_TITLE_MAX:
        return t.isolate(r.title)
    return t.isolate(r.title[:CARD_TITLE_MAX - 1].rstrip() + "…")


def question_lines(t: Translator, r: Round, item: Item, index: int, total: int) -> list[str]:
    """The session, where it is, and the question: the top of the card and of its details."""
    return [
        bold(t.gettext("Group session: {round}").format(round=card_title(t, r))),
        escape(t.gettext("Question {number} of {total}").format(number=index + 1, total=total)),
        "",
        bold(item.name),
        escape(item.question),
        "",
    ]


# the card ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CardData:
    fw: Framework
    round: Round
    state: str  # "open", "revealed" or "ended"
    index: int
    items: tuple[str, ...]
    counts: tuple[int, int, int, int, int]  # this session's votes: phases 1-4, don't know
    details: str | None  # the deep link to this question's details in a private chat

    @property
    def votes(self) -> int:
        return sum(self.counts)

    @property
    def stats(self) -> ItemStats:
        return counted_stats(self.items[self.index], self.counts[:4], self.counts[4])


def card(t: Translator, data: CardData) -> list[Screen]:
    if data.state == "ended":
        return [Screen("\n".join([
            bold(t.gettext("Group session ended: {round}").format(
                round=heading(t, data.round))),
            escape(t.gettext("This session has ended; its summary is posted in this group.")),
        ]), rtl=t.rtl)]
    fw, item = data.fw, item_of(t, data.fw, data.items[data.index])
    lines = question_lines(t, data.round, item, data.index, len(data.items))
    if data.state == "open":
        lines += [labelled(t, bold(phase_label(t, fw, n)), escape(brief))
                  for n, brief in enumerate(item.briefs, start=1)]
        lines += ["", bold(t.ngettext("{n} vote", "{n} votes", data.votes).format(
            n=data.votes))]
    else:  # the spread in place of the phases, so that the card still fits a phone
        lines += reveal_lines(t, data)
    lines.append(italic(t.gettext("Anonymous: only counts are shown, never who voted what.")))
    return [Screen("\n".join(lines), card_buttons(t, data), rtl=t.rtl)]


BAR = "█"
BAR_WIDTH = 10  # the most frequent answer's bar, in blocks


def reveal_lines(t: Translator, data: CardData) -> list[str]:
    lines = [bold(t.ngettext(
        "{n} vote. Voting on this question is closed.",
        "{n} votes. Voting on this question is closed.", data.votes,
    ).format(n=data.votes))]
    stats = data.stats
    if data.votes < MIN_GROUP:
        lines.append(escape(t.gettext(
            "Too few votes to show how they are spread (at least {min} are needed)."
        ).format(min=MIN_GROUP)))
        return lines
    labels = [t.gettext("Phase {phase}").format(phase=n) for n in (1, 2, 3, 4)]
    labels.append(t.gettext("Don't know"))
    most = max(data.counts)
    for label, count in zip(labels, data.counts, strict=True):
        bar = BAR * max(1, round(count / most * BAR_WIDTH)) + " " if count else ""
        lines.append(labelled(t, escape(label), f"{bar}{count}"))
    if stats.n >= MIN_GROUP:
        lines += ["", escape(figure(t, stats))]
    return lines


def card_buttons(t: Translator, data: CardData) -> tuple[tuple[Button, ...], ...]:
    facilitator = [button(t, Act.back), button(t, Act.next), button(t, Act.end)]
    if data.state != "open":
        return rows(facilitator, per_row=3)
    phases = [button(t, Act.vote, str(n), phase=n) for n in (1, 2, 3, 4)]
    others = [Button(t.gettext("Don't know"), Act.vote, DONT_KNOW)]
    if data.details:
        others.append(Button(t.gettext("Details"), url=data.details))
    return (*rows(phases, per_row=4), *rows(others),
            *rows([button(t, Act.reveal), *facilitator], per_row=4))


TOAST_MAX = 200  # characters Telegram shows in a press's answer


def voted(t: Translator, fw: Framework, value: Rating, first: bool = False) -> str:
    """The toast of a vote; a first vote in the round (which joins it) says what its
    facilitators will see of it (in at most `TOAST_MAX` characters, tests/flows/test_phone)."""
    if first:
        return t.gettext(
            "Recorded: {answer}. You are now in this round. Its facilitators see only vote "
            "counts, never who voted what, and votes never change your own answers."
        ).format(answer=rating_label(t, fw, value))
    return t.gettext("Recorded: {answer}. Tap again to change it.").format(
        answer=rating_label(t, fw, value))


# the setup, in the facilitator's private chat --------------------------------------------
def no_rounds(t: Translator) -> list[Screen]:
    return [Screen(escape(t.gettext(
        "A group session belongs to a round you facilitate, and you have no open one. Open a "
        "round with /new, then send /session in the group again."
    )))]


def link_refused(t: Translator) -> Screen:
    """The one answer to a session link that is unknown, ended or meant for someone else."""
    return Screen(escape(t.gettext(
        "This link does not open anything for you: it may have ended, or it may be meant for "
        "someone else. To run a session, send /session in your group yourself."
    )))


def pick_round(t: Translator, choices: tuple[Round, ...]) -> list[Screen]:
    if not choices:
        return no_rounds(t)
    return [Screen(
        escape(t.gettext("Which round is this group session for? Its votes are stored there.")),
        single(*(Button(heading(t, r), Act.round, str(r.id)) for r in choices)),
    )]


def pick_mode(t: Translator, total: int) -> list[Screen]:
    return [Screen(escape(t.gettext("Which questions should the group answer?")), single(
        Button(t.gettext("Pulse check: 6 questions"), Act.mode, PULSE),
        Button(t.gettext("All {n} capabilities").format(n=total), Act.mode, FULL),
    ))]


def pick_language(t: Translator, choices: tuple[tuple[str, str], ...]) -> list[Screen]:
    return [Screen(escape(t.gettext(
        "In which language should the card and the summary appear in the group? Private "
        "messages stay in each person's own language."
    )), rows(Button(name, Act.language, locale) for locale, name in choices))]


def running(t: Translator) -> list[Screen]:
    return [Screen(escape(t.gettext(
        "The session is on the group's card. Its buttons are yours: Reveal shows how the "
        "votes are spread, Next and Back move between questions, End closes the session and "
        "posts a summary. Other members can vote but not use them."
    )))]


def closed_by_chat(t: Translator, r: Round) -> Screen:
    return Screen(escape(t.gettext(
        "I was removed from the group, so the group session for {round} has ended. The votes "
        "given in it are kept in the round: /results shows them."
    ).format(round=heading(t, r))), rtl=t.rtl)


def agree_first(t: Translator, link: str | None) -> Screen:
    """/session in a group from someone who has not agreed to the privacy notice: nothing of
    theirs is stored; the button opens a private chat, where they can read it and agree."""
    text = escape(t.gettext(
        "To set up a session, first read and agree to how I store answers, in a private "
        "chat with me. Then send /session here again."
    ))
    buttons = ((Button(t.gettext("Open a private chat"), url=link),),) if link else ()
    return Screen(text, buttons, rtl=t.rtl)


def group_setup(t: Translator, link: str | None) -> Screen:
    """The answer to /session in a group: round titles are chosen in private, never listed
    here."""
    text = escape(t.gettext(
        "A facilitator sets up the session in a private chat: the round, the questions and "
        "the group's language. Then its card appears here."
    ))
    buttons = ((Button(t.gettext("Set up in a private chat"), url=link),),) if link else ()
    return Screen(text, buttons, rtl=t.rtl)


# details, in a participant's private chat -------------------------------------------------
@dataclass(frozen=True)
class DetailsData:
    fw: Framework
    round: Round
    state: str
    index: int
    items: tuple[str, ...]
    mine: Rating  # the person's vote in this session, if any


def details(t: Translator, data: DetailsData) -> list[Screen]:
    if data.state == "ended":
        return [Screen(escape(t.gettext("This group session has ended.")))]
    item = item_of(t, data.fw, data.items[data.index])
    lines = question_lines(t, data.round, item, data.index, len(data.items))
    lines += [labelled(t, bold(phase_label(t, data.fw, n)), escape(text))
              for n, text in enumerate(item.phases, start=1)]
    lines.append("")
    if data.state != "open":
        lines.append(escape(t.gettext("Voting on this question is closed.")))
        return [Screen("\n".join(lines))]
    lines.append(italic(t.gettext(
        "Your vote counts like a tap on the group's card: nobody is shown who voted what, "
        "and it never changes your own answers."
    )))
    phases = [button(t, Act.dvote, str(n), mark="✓ " if data.mine == n else "", phase=n)
              for n in (1, 2, 3, 4)]
    dont_know = Button(("✓ " if data.mine == DONT_KNOW else "") + t.gettext("Don't know"),
                       Act.dvote, DONT_KNOW)
    return [Screen("\n".join(lines), (*rows(phases, per_row=4), (dont_know,)))]


# the summary, in the group ----------------------------------------------------------------
def summary(t: Translator, fw: Framework, r: Round, mode: str,
            results: RoundResults) -> Screen:
    """Per question the median and range of this session's votes, what to discuss, and next
    steps: only figures of at least `MIN_GROUP` votes."""
    items = session_items(fw, mode)
    lines = [bold(t.gettext("Group session summary: {round}").format(round=heading(t, r))),
             escape(t.gettext("Only this session's votes; a figure needs at least {min}.")
                    .format(min=MIN_GROUP)), ""]
    for item in items:
        result = results.items[item]
        text = result_text(t, result, votes=True)
        lines.append("• " + escape(labelled(t, short_name(t, fw, item), text)))
    split = sorted(
        (s for item in items if (s := results.shown(item)) is not None and s.disagreement),
        key=lambda s: (-(s.iqr or 0), items.index(s.item)),
    )[:DISCUSS]
    if split:
        lines += ["", bold(t.gettext("To discuss: where the group disagrees most"))]
        lines += ["• " + escape(short_name(t, fw, s.item)) for s in split]
    steps = next_steps(t, fw, mode, results)
    if steps:
        lines += ["", bold(t.gettext("Next steps")), *steps]
    lines += ["", *safety_lines(t)]
    return Screen("\n".join(lines), rtl=t.rtl)


def next_steps(t: Translator, fw: Framework, mode: str, results: RoundResults) -> list[str]:
    if mode == PULSE:
        pulse = tuple(
            (stats, domain_score(d.id, [stats.median]))
            for d in fw.domains if (stats := results.shown(d.item)) is not None
        )
        chosen = [p for p in domain_priorities(fw, pulse) if p.phase is not None and p.phase <= 2]
        return ["• " + labelled(t, bold(t.gettext("{domain} ({phase})").format(
            domain=t.content(p.domain.name), phase=phase_label(t, fw, p.phase or 1))),
            escape(t.content(p.next_steps[0].text))) for p in chosen]
    return ["• " + labelled(t, bold(t.content(p.capability.name)),
                            escape(t.content(p.next_steps[0].text)))
            for p in round_priorities(fw, results)]
