"""Group sessions: a facilitator walks a group chat through questions on one card.

/session in a group answers with a deep link to the facilitator's private chat, where the
round, the questions (pulse or all capabilities) and the group's language are chosen; then the
card is posted in the group. Its state lives in the card's row (`flows.engine.store.Card`); its
votes are kept apart from the answers people give alone (`flows.engine.store.Votes`), with the
card's id as their session: the card and the summary count only those. Members vote on the
card or from "Details" (a deep link to a private chat with the full phase descriptors); the
round's facilitators and the bot's admins Reveal, move and End.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from flows.documents.charts import session_chart
from flows.engine.actions import Action, Arg, IdArg, one_of
from flows.engine.declare import Move, Stale, State, View
from flows.engine.effects import Attachment, Screen
from flows.engine.flow import Flow
from flows.engine.store import FIRST_VOTING, SECTOR_NOT_GIVEN, Card, Role, Round, Source
from flows.engine.translator import N_
from flows.engine.turn import Turn
from flows.kit.items import MODES, PULSE, session_items
from flows.kit.links import SESSION_AGREE_FIRST, SESSION_LINK
from flows.kit.texts import escape
from flows.sessions import screens
from framework.aggregate import session_results
from framework.scoring import DONT_KNOW, Rating

NAME = "session"
VOTE_ARG = one_of("1", "2", "3", "4", DONT_KNOW)


class LocaleArg(Arg):
    """A catalog name ("fr", "zh_Hans"); the handler checks it is one the bot offers."""

    PATTERN = re.compile(r"^[a-z]{2,3}(_[A-Za-z]{2,4})?$")

    def __init__(self) -> None:
        super().__init__(lambda: ("en", "zh_Hans"))

    def accepts(self, value: str) -> bool:
        return bool(self.PATTERN.match(value))


class SessionContext(BaseModel):
    # on the card
    mode: str = PULSE
    index: int = 0  # the question on the card, from 0
    language: str | None = None  # the group's: the card and the summary speak it
    opener: str | None = None  # who sent /session: the set-up link is theirs
    opener_chat: str | None = None  # their private chat, told if the bot leaves the group
    started_at: str | None = None
    ended_at: str | None = None
    closed_by_chat: bool = False  # ended because the bot left the group
    # in a private chat
    card: int | None = None  # the session being set up, or whose details are shown
    round_id: int | None = None  # the round chosen while setting up
    shown: int = 0  # the question the details screen showed


T = Turn[SessionContext]


def link(username: str | None, kind: str, card: Card) -> str | None:
    return f"https://t.me/{username}?start=g{kind}{card.token}" if username and card.token \
        else None


def card_context(card: Card) -> SessionContext:
    return SessionContext.model_validate(card.context)


# conditions and what moves do -------------------------------------------------------------
def next_item(turn: T) -> None:
    turn.ctx.index += 1


def previous_item(turn: T) -> None:
    turn.ctx.index = max(turn.ctx.index - 1, 0)


def mark_ended(turn: T) -> None:
    turn.ctx.ended_at = datetime.now(UTC).isoformat()


def mark_closed(turn: T) -> None:
    turn.ctx.ended_at = datetime.now(UTC).isoformat()
    turn.ctx.closed_by_chat = True


# what the screens load --------------------------------------------------------------------
async def card_data(turn: Turn[Any], card: Card) -> screens.CardData:
    ctx = card_context(card)
    assert card.round_id is not None
    found = await turn.tx.rounds.get(card.round_id)
    assert found is not None
    items = session_items(turn.fw, ctx.mode)
    item = items[ctx.index]
    counts = [0, 0, 0, 0, 0]
    for entry in await turn.tx.votes.counts(card.id):
        if entry.item == item and entry.voting == FIRST_VOTING and entry.value is not None:
            counts[4 if entry.value == DONT_KNOW else int(entry.value) - 1] += entry.count
    return screens.CardData(
        fw=turn.fw, round=found, state=card.state, index=ctx.index, items=items,
        counts=(counts[0], counts[1], counts[2], counts[3], counts[4]),
        details=link(turn.env.bot_username, "d", card),
    )


async def load_card(turn: T) -> screens.CardData:
    assert turn.card is not None
    # the card as this turn leaves it: its state and question may just have moved
    card = dataclasses.replace(turn.card, state=turn.state,
                               context=turn.ctx.model_dump(mode="json"))
    return await card_data(turn, card)


async def facilitated_rounds(turn: T) -> tuple[Round, ...]:
    return tuple(
        p.round for p in await turn.tx.rounds.participations(turn.actor.user)
        if p.role is Role.FACILITATOR and p.round.closed_at is None
    )


async def load_total(turn: T) -> int:
    return len(turn.fw.capabilities)


async def load_languages(turn: T) -> tuple[tuple[str, str], ...]:
    languages = turn.env.languages
    mine = turn.t.locale
    ordered = [mine, *(loc for loc in languages.available if loc != mine)]
    return tuple((loc, languages.translator(loc).language_name(loc)) for loc in ordered)


async def load_nothing(turn: T) -> None:
    return None


async def load_details(turn: T) -> screens.DetailsData:
    assert turn.ctx.card is not None
    card = await turn.tx.cards.get(turn.ctx.card)
    assert card is not None and card.round_id is not None
    ctx = card_context(card)
    found = await turn.tx.rounds.get(card.round_id)
    assert found is not None
    items = session_items(turn.fw, ctx.mode)
    mine = await turn.tx.votes.mine(card.id, items[ctx.index], FIRST_VOTING, turn.actor.user)
    return screens.DetailsData(turn.fw, found, card.state, ctx.index, items, mine)


# /session, and its links ------------------------------------------------------------------
async def session_command(turn: T, arg: str) -> None:
    t = turn.t
    if turn.actor.source is Source.GROUP:
        running = [c for c in await turn.tx.cards.in_chat(turn.actor.chat)
                   if c.flow == NAME and c.state in ("open", "revealed")]
        if running:  # one session at a time: its card comes back to the bottom of the chat
            await repost(turn, running[-1])
            return
        username = turn.env.bot_username
        if not turn.consented:  # nothing about them is stored before they agree
            url = f"https://t.me/{username}?start={SESSION_AGREE_FIRST}" if username else None
            turn.send(lambda: screens.agree_first(t, url))
            return
        card = await turn.tx.cards.create(
            turn.actor.chat, NAME, "setup", None,
            SessionContext(opener=turn.actor.user, language=t.locale).model_dump(mode="json"),
        )
        url = link(username, "s", card)
        turn.send(lambda: screens.group_setup(t, url))
        return
    if not arg:
        turn.send(lambda: Screen(escape(t.gettext(
            "Send /session in the group chat where the session should run (add me to the "
            "group first). I will answer there with a button that brings you back here to set "
            "it up."
        ))))
        return
    found = SESSION_LINK.match(arg)
    if found is None:
        refuse_link(turn)
        return
    kind, token = found.groups()
    await (setup(turn, token) if kind == "s" else open_details(turn, token))


async def repost(turn: T, card: Card) -> None:
    t, t_card = turn.t, turn.card_translator(card)
    data = await card_data(turn, card)
    turn.send(lambda: Screen(escape(t.gettext(
        "A group session is already running here: its card is below again. To start another "
        "one, its facilitator ends this one first."
    ))))
    turn.post_card(card, lambda: screens.card(t_card, data)[0])


def refuse_link(turn: T) -> None:
    """One reply for a link that is unknown, ended or someone else's: it tells nothing."""
    t = turn.t
    turn.send(lambda: screens.link_refused(t))


async def setup(turn: T, token: str) -> None:
    card = await turn.tx.cards.by_token(token)
    if (card is None or card.flow != NAME or card.state != "setup"
            or card_context(card).opener != turn.actor.user):
        refuse_link(turn)
        return
    turn.ctx = SessionContext(card=card.id)
    turn.move("setup")


async def round_chosen(turn: T, round_id: str) -> None:
    if int(round_id) not in {r.id for r in await facilitated_rounds(turn)}:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx.round_id = int(round_id)
    turn.move("round")


async def mode_chosen(turn: T, mode: str) -> None:
    turn.ctx.mode = mode
    turn.move("mode")


async def language_chosen(turn: T, locale: str) -> None:
    """The last choice: the card is posted in the group."""
    languages = turn.env.languages
    card = await turn.tx.cards.get(turn.ctx.card) if turn.ctx.card is not None else None
    if (locale not in languages.available or card is None or card.state != "setup"
            or turn.ctx.round_id is None
            or card_context(card).opener != turn.actor.user):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    context = SessionContext(mode=turn.ctx.mode, language=locale, opener=turn.actor.user,
                             opener_chat=turn.actor.chat, started_at=datetime.now(UTC).isoformat())
    started = dataclasses.replace(card, state="open", version=card.version + 1,
                                  round_id=turn.ctx.round_id,
                                  context=context.model_dump(mode="json"))
    if not await turn.tx.cards.save(started, seen=card.version):
        raise Stale(turn.t)
    # the set-up link ends here; the Details link carries a token of its own
    started = dataclasses.replace(started, token=await turn.tx.cards.rekey(card.id))
    data = await card_data(turn, started)
    t_card = languages.translator(locale)
    turn.post_card(started, lambda: screens.card(t_card, data)[0])
    turn.move("go")


async def open_details(turn: T, token: str) -> None:
    """A card's Details link: only for the members of its group, while the session runs."""
    card = await turn.tx.cards.by_token(token)
    if (card is None or card.flow != NAME or card.state not in ("open", "revealed")
            or card.round_id is None or not turn.member_of(card.chat)):
        refuse_link(turn)
        return
    turn.ctx = SessionContext(card=card.id, shown=card_context(card).index)
    turn.move("details")


# votes ------------------------------------------------------------------------------------
async def _vote(turn: Turn[Any], card: Card, value: Rating) -> bool:
    """Record one person's vote on the card's question; False (with a toast) if it cannot
    count: no consent yet (the toast's link opens the private chat), or a closed round."""
    t = turn.t
    if not turn.consented:
        turn.say(t.gettext("First agree to how votes are stored: this opens a private chat."),
                 url=link(turn.env.bot_username, "d", card))
        return False
    assert card.round_id is not None
    user = turn.actor.user
    joined = await turn.tx.rounds.participation(card.round_id, user)
    found = joined.round if joined is not None else await turn.tx.rounds.get(card.round_id)
    if found is None or found.closed_at is not None:
        turn.say(t.gettext("This round is closed: its answers can no longer change."),
                 alert=True)
        return False
    if joined is None:  # a late joiner: in the round from this vote, without a sector
        await turn.tx.rounds.join(card.round_id, user, SECTOR_NOT_GIVEN, Role.PARTICIPANT)
    ctx = card_context(card)
    item = session_items(turn.fw, ctx.mode)[ctx.index]
    # a vote of its own, never the person's answer; a later press of the same person,
    # applied first by another process, stays
    stored = await turn.tx.votes.cast(card.id, card.round_id, item, FIRST_VOTING, user, value,
                                      turn.event.order)
    turn.say(screens.voted(t, turn.fw, stored, first=joined is None), alert=joined is None)
    turn.card_changed(card)
    return True


def rating_of(arg: str) -> Rating:
    return DONT_KNOW if arg == DONT_KNOW else int(arg)


async def vote(turn: T, arg: str) -> None:
    assert turn.card is not None
    if turn.state != "open":
        turn.say(turn.t.gettext("Voting on this question is closed."))
        return
    await _vote(turn, turn.card, rating_of(arg))


async def details_vote(turn: T, arg: str) -> None:
    """A vote from the details screen counts like a tap on the card."""
    card = await turn.tx.cards.get(turn.ctx.card) if turn.ctx.card is not None else None
    if card is None or not turn.member_of(card.chat):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    if card.state != "open" or card_context(card).index != turn.ctx.shown:
        turn.say(turn.t.gettext("The group has moved on: here is where it is now."))
        turn.ctx.shown = card_context(card).index
        turn.move("voted")
        return
    # written with the card's version compared, so a vote never lands after a Reveal or Next
    if not await turn.tx.cards.confirm(card.id, seen=card.version):
        raise Stale(turn.t)
    if await _vote(turn, card, rating_of(arg)):
        turn.move("voted")


# the facilitator's buttons ----------------------------------------------------------------
async def _may_lead(turn: T) -> bool:
    assert turn.card is not None and turn.card.round_id is not None
    if turn.actor.user in turn.env.admins:
        return True
    member = await turn.tx.rounds.participation(turn.card.round_id, turn.actor.user)
    if member is not None and member.role is Role.FACILITATOR:
        return True
    turn.say(turn.t.gettext("Only the session's facilitators can use this button."))
    return False


def _total(turn: T) -> int:
    return len(session_items(turn.fw, turn.ctx.mode))


async def reveal(turn: T, arg: str) -> None:
    if await _may_lead(turn):
        turn.move("reveal")


async def next_question(turn: T, arg: str) -> None:
    if not await _may_lead(turn):
        return
    if turn.ctx.index + 1 >= _total(turn):
        turn.say(turn.t.gettext("This is the last question: End closes the session."))
        return
    turn.move("next")


async def previous_question(turn: T, arg: str) -> None:
    if not await _may_lead(turn):
        return
    if turn.ctx.index == 0:
        turn.say(turn.t.gettext("This is the first question."))
        return
    turn.move("back")


async def end(turn: T, arg: str) -> None:
    if not await _may_lead(turn):
        return
    card = turn.card
    assert card is not None and card.round_id is not None
    turn.move("end")
    found = await turn.tx.rounds.get(card.round_id)
    assert found is not None
    results = session_results(turn.fw, await turn.tx.votes.counts(card.id))
    t, fw, mode = turn.card_translator(card), turn.fw, turn.ctx.mode
    turn.send(lambda: screens.summary(t, fw, found, mode, results), chat=card.chat)
    await turn.job("chart", {"card": card.id}, chat=card.chat)


async def chart_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    """The ended session's chart, posted in its group."""
    card = await turn.tx.cards.get(detail["card"]) if isinstance(detail.get("card"), int) \
        else None
    if card is None or card.round_id is None or card.state != "ended":
        return
    found = await turn.tx.rounds.get(card.round_id)
    if found is None:
        return
    results = session_results(turn.fw, await turn.tx.votes.counts(card.id))
    t, fw, mode = turn.card_translator(card), turn.fw, card_context(card).mode
    title = screens.heading(t, found)
    turn.attach(lambda: Attachment(
        "image", session_chart(t, fw, title, mode, results, t.gettext("too few votes")),
        f"mnr-session-{card.id}.png", title,
    ), chat=card.chat)


async def chat_closed(turn: Turn[SessionContext]) -> None:
    """The bot left the group: the session ends where it is; its votes stay in the round, and
    the facilitator who set it up is told in their private chat."""
    if turn.state not in ("open", "revealed"):
        return
    turn.move("closed")
    assert turn.card is not None and turn.card.round_id is not None
    found = await turn.tx.rounds.get(turn.card.round_id)
    opener = await turn.tx.people.get(turn.ctx.opener) if turn.ctx.opener else None
    if found is None or opener is None or turn.ctx.opener_chat is None:
        return
    languages = turn.env.languages
    t = languages.translator(opener.locale if opener.locale in languages.available
                             else turn.t.locale)
    turn.send(lambda: screens.closed_by_chat(t, found), chat=turn.ctx.opener_chat)


FLOW: Flow[SessionContext] = Flow(
    name=NAME,
    code="gs",
    context=SessionContext,
    initial="start",
    states=[
        State("start"),
        # the card, in the group
        State("setup"),
        State("open", View(load_card, screens.card),
              actions=("vote", "reveal", "next", "back", "end")),
        State("revealed", View(load_card, screens.card), actions=("vote", "next", "back", "end")),
        State("ended", View(load_card, screens.card)),
        # private chats
        State("pick_round", View(facilitated_rounds, screens.pick_round), actions=("round",)),
        State("pick_mode", View(load_total, screens.pick_mode), actions=("mode",)),
        State("pick_language", View(load_languages, screens.pick_language),
              actions=("language",)),
        State("running", View(load_nothing, lambda t, _: screens.running(t))),
        State("details", View(load_details, screens.details), actions=("dvote",)),
    ],
    moves=[
        Move("setup", "*", "pick_round"),
        Move("round", "pick_round", "pick_mode"),
        Move("mode", "pick_mode", "pick_language"),
        Move("go", "pick_language", "running"),
        Move("details", "*", "details"),
        Move("voted", "details", "="),
        Move("reveal", "open", "revealed"),
        Move("next", ("open", "revealed"), "open", then=next_item),
        Move("back", ("open", "revealed"), "open", then=previous_item),
        Move("end", ("open", "revealed"), "ended", then=mark_ended),
        Move("closed", "*", "ended", then=mark_closed),
    ],
    actions=[
        Action("session", session_command, command="session", groups=True, rank=36,
               describe=N_("Run a group session in a group chat")),
        Action("round", round_chosen, IdArg()),
        Action("mode", mode_chosen, one_of(*MODES)),
        Action("language", language_chosen, LocaleArg()),
        Action("vote", vote, VOTE_ARG, cards=True),
        Action("reveal", reveal, cards=True),
        Action("next", next_question, cards=True),
        Action("back", previous_question, cards=True),
        Action("end", end, cards=True),
        Action("dvote", details_vote, VOTE_ARG),
    ],
    chat_closed=chat_closed,
    jobs={"chart": chart_job},
)
