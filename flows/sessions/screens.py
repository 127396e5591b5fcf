"""A group session's screens: the card in the group (in the group's language), the setup and
the details in private chats (in each person's), and the summary at the end. Pure functions of
loaded data and a translator; every figure goes through `framework.aggregate`'s thresholds."""

from __future__ import annotations

from dataclasses import dataclass

from flows.documents.results import spread_text
from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.store import FIRST_VOTING, Round
from flows.engine.store.presenter import PRESENTER_HOURS
from flows.engine.translator import Translator
from flows.kit.items import FULL, PULSE, Item, item_of
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
from framework.aggregate import BOTH_VOTINGS_FROM, MIN_GROUP
from framework.model import Framework
from framework.scoring import DONT_KNOW, ItemStats, Rating, counted_stats


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
    counts: tuple[int, int, int, int, int]  # this voting round's votes: phases 1-4, don't know
    details: str | None  # the deep link to this question's details in a private chat
    voting: int = FIRST_VOTING  # 2 once the question is voted again
    first: tuple[int, int, int, int, int] | None = None  # the first vote's, when voted again
    agreed: Rating = None  # the round's agreed position on the question
    before: ItemStats | None = None  # the round's own answers, when the room may see them
    ending: bool = False  # End pressed once: the card asks to confirm
    reached: int = 0
    agree: str | None = None  # the deep link to record the agreed position, in private
    offered: bool = False  # an ended session offered to resume (after /session in its group)

    @property
    def votes(self) -> int:
        return sum(self.counts)

    @property
    def stats(self) -> ItemStats:
        return counted_stats(self.items[self.index], self.counts[:4], self.counts[4])

    @property
    def both_shown(self) -> bool:
        """Both votes' spreads only when each had `BOTH_VOTINGS_FROM` voters: with fewer, a
        change of mind could be read off the difference (framework.aggregate)."""
        return self.first is not None and sum(self.first) >= BOTH_VOTINGS_FROM \
            and self.votes >= BOTH_VOTINGS_FROM


def card(t: Translator, data: CardData) -> list[Screen]:
    if data.state == "ended":
        lines = [
            bold(t.gettext("Group session ended: {round}").format(
                round=heading(t, data.round))),
            escape(t.gettext("This session has ended; its summary is posted in this group.")),
        ]
        if data.offered:
            lines += ["", escape(t.gettext(
                "It ended before its last question. Its facilitators can resume it at "
                "question {number} of {total}, or set up a new session."
            ).format(number=data.reached + 1, total=len(data.items)))]
        return [Screen("\n".join(lines), card_buttons(t, data), rtl=t.rtl)]
    fw, item = data.fw, item_of(t, data.fw, data.items[data.index])
    lines = question_lines(t, data.round, item, data.index, len(data.items))
    if data.voting != FIRST_VOTING:
        # the room has read the question and discussed it: on a phone, a second vote's lines
        # (and then both spreads) take its place
        del lines[4]
    if data.ending:  # the card only asks, until the facilitator answers
        lines += [bold(ending_question(t, data)), ""]
        lines.append(italic(t.gettext(
            "Anonymous: only counts are shown, never who voted what.")))
        return [Screen("\n".join(lines), card_buttons(t, data), rtl=t.rtl)]
    if data.state == "open":
        lines += [labelled(t, bold(phase_label(t, fw, n)), escape(brief))
                  for n, brief in enumerate(item.briefs, start=1)]
        lines.append("")
        if data.voting != FIRST_VOTING:
            lines.append(bold(t.ngettext("Second vote: {n} vote", "Second vote: {n} votes",
                                         data.votes).format(n=data.votes)))
        else:
            lines.append(bold(t.ngettext("{n} vote", "{n} votes", data.votes).format(
                n=data.votes)))
    else:  # the spread in place of the phases, so that the card still fits a phone
        lines += reveal_lines(t, data)
    # an agreed position is shown once voting is closed: it must not sway a second vote
    if data.agreed is not None and data.state != "open":
        lines.append(bold(t.gettext("Agreed position: {phase}").format(
            phase=rating_label(t, fw, data.agreed))))
    lines.append(italic(t.gettext("Anonymous: only counts are shown, never who voted what.")))
    return [Screen("\n".join(lines), card_buttons(t, data), rtl=t.rtl)]


def ending_question(t: Translator, data: CardData) -> str:
    left = len(data.items) - data.reached - 1
    if left <= 0:
        return t.gettext("End the session now?")
    return t.ngettext(
        "End the session now? {n} question was not reached.",
        "End the session now? {n} questions were not reached.", left).format(n=left)


BAR = "█"
BAR_WIDTH = 10  # the most frequent answer's bar, in blocks


def reveal_lines(t: Translator, data: CardData) -> list[str]:
    second = data.voting != FIRST_VOTING
    lines = [bold(t.ngettext(
        "{n} vote. Voting on this question is closed.",
        "{n} votes. Voting on this question is closed.", data.votes,
    ).format(n=data.votes) if not second else t.ngettext(
        "Second vote: {n} vote. Voting on this question is closed.",
        "Second vote: {n} votes. Voting on this question is closed.", data.votes,
    ).format(n=data.votes))]
    stats = data.stats
    if data.votes < MIN_GROUP:
        lines.append(escape(t.gettext(
            "Too few votes to show how they are spread (at least {min} are needed)."
        ).format(min=MIN_GROUP)))
        return lines + before_lines(t, data)
    labels = [t.gettext("Phase {phase}").format(phase=n) for n in (1, 2, 3, 4)]
    labels.append(t.gettext("Don't know"))
    if data.both_shown and data.first is not None:
        # one line per answer: the first vote's count, then the second's
        for label, was, now in zip(labels, data.first, data.counts, strict=True):
            # Translators: a count in the first vote, then in the second ("2 → 4"); in a
            # script written right to left, write the arrow as ← so that it points from the
            # first to the second as the line is read.
            lines.append(labelled(t, escape(label), t.gettext("{was} → {now}").format(
                was=was, now=now)))
        first = counted_stats(data.items[data.index], data.first[:4], data.first[4])
        lines.append("")
        if first.n >= MIN_GROUP:
            lines.append(escape(labelled(t, t.gettext("First vote"), spread_text(t, first))))
        if stats.n >= MIN_GROUP:
            lines.append(escape(labelled(t, t.gettext("Second vote"), spread_text(t, stats))))
        return lines + before_lines(t, data)
    most = max(data.counts)
    for label, count in zip(labels, data.counts, strict=True):
        bar = BAR * max(1, round(count / most * BAR_WIDTH)) + " " if count else ""
        lines.append(labelled(t, escape(label), f"{bar}{count}"))
    if stats.n >= MIN_GROUP:
        lines += ["", escape(spread_text(t, stats))]
    return lines + before_lines(t, data)


def before_lines(t: Translator, data: CardData) -> list[str]:
    """The round's own answers, given before the meeting (shown only once the room has seen
    its first spread of the question, and only in a round whose results are shared)."""
    if data.before is None or data.before.n < MIN_GROUP:
        return []
    return [escape(labelled(t, t.gettext("Answers given before the meeting"),
                            spread_text(t, data.before)))]


def ended_buttons(t: Translator, data: CardData) -> tuple[tuple[Button, ...], ...]:
    if not data.offered:
        return ()
    return single(button(t, Act.resume, number=data.reached + 1), button(t, Act.fresh))


def card_buttons(t: Translator, data: CardData) -> tuple[tuple[Button, ...], ...]:
    if data.state == "ended":
        return ended_buttons(t, data)
    if data.ending:
        return rows([button(t, Act.end_yes), button(t, Act.keep_on)], per_row=2)
    facilitator = [button(t, Act.back), button(t, Act.next), button(t, Act.end)]
    if data.state != "open":
        after = [button(t, Act.again)] if data.voting == FIRST_VOTING else []
        if data.agree:
            after.append(Button(t.gettext("Agree"), url=data.agree))
        return (*rows(after, per_row=2), *rows(facilitator, per_row=3))
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


@dataclass(frozen=True)
class LanguageChoice:
    choices: tuple[tuple[str, str], ...]  # (locale, its name) the group may have
    presenter: bool  # the presenter page is served: its link may be asked for now


def pick_language(t: Translator, data: LanguageChoice) -> list[Screen]:
    buttons = rows(Button(name, Act.language, locale) for locale, name in data.choices)
    if data.presenter:
        buttons = (*buttons, (button(t, Act.present),))
    return [Screen(escape(t.gettext(
        "In which language should the card and the summary appear in the group? Private "
        "messages stay in each person's own language."
    )), buttons)]


def pick_agenda(t: Translator) -> list[Screen]:
    return [Screen(escape(t.gettext(
        "This round already has answers given alone. In which order should the group take "
        "the questions? Widest spread first puts the questions people rated most "
        "differently at the top; those with fewer than 3 ratings follow."
    )), single(Button(t.gettext("Widest spread first"), Act.agenda, "spread"),
               Button(t.gettext("Usual order"), Act.agenda, "usual")))]


def agree_refused(t: Translator) -> Screen:
    return Screen(escape(t.gettext(
        "Only the session's facilitators record what the group agreed. Your vote on the card "
        "is what counts from you."
    )))


def running(t: Translator, presenter: bool) -> list[Screen]:
    buttons = ((button(t, Act.present),),) if presenter else ()
    return [Screen(escape(t.gettext(
        "The session is on the group's card. Its buttons are yours: Reveal shows how the "
        "votes are spread; then Vote again opens a second vote on the question, and Agree "
        "brings you here to record the group's agreed position. Next and Back move between "
        "questions; End (after you confirm) closes the session and posts a summary. Other "
        "members can vote but not use them."
    )), buttons)]


def presenter_link(t: Translator, url: str) -> Screen:
    """A new presenter link, for the computer beside the projector."""
    lines = [bold(t.gettext("Presenter page")), escape(t.gettext(
        "Open this link once, in the browser of the computer connected to the projector. The "
        "page follows the session: the question, the live count, and after Reveal how the "
        "votes are spread; never who voted what. You keep leading from the group's card."
    )), "", f"<code>{escape(url)}</code>", "", escape(t.gettext(
        "The link opens the page once; it ends when the session ends, after {hours} hours, "
        "or when you ask for a new one."
    ).format(hours=PRESENTER_HOURS))]
    # Telegram takes only public https addresses in a button; a laptop's is copied instead
    buttons = ((Button(t.gettext("Open the presenter page"), url=url),),) \
        if url.startswith("https://") else ()
    return Screen("\n".join(lines), buttons, rtl=t.rtl)


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
