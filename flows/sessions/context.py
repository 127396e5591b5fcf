"""A group session's context (kept in its card's row), its links, and what its screens load."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field

from flows.documents.results import results_of
from flows.engine.declare import Trigger
from flows.engine.store import FIRST_VOTING, Card, Role, Round, Transaction, VoteCount
from flows.engine.store.positions import positions
from flows.engine.turn import Turn
from flows.kit.items import PULSE, session_items
from flows.sessions import screens
from framework.aggregate import MIN_GROUP, RoundResults
from framework.model import Framework
from framework.scoring import DONT_KNOW, ItemStats

SECOND_VOTING = FIRST_VOTING + 1  # a question is voted at most twice


class Go:
    """The moves of this flow's table, declared once (`Move(Go.x, ...)`, `turn.move(Go.x)`)."""

    again = Trigger("again")
    agenda = Trigger("agenda")
    ask_end = Trigger("ask_end")
    back = Trigger("back")
    closed = Trigger("closed")
    keep_on = Trigger("keep_on")
    lead = Trigger("lead")
    resume = Trigger("resume")
    details = Trigger("details")
    end = Trigger("end")
    fresh = Trigger("fresh")
    go = Trigger("go")
    mode = Trigger("mode")
    next = Trigger("next")
    reveal = Trigger("reveal")
    round = Trigger("round")
    setup = Trigger("setup")
    voted = Trigger("voted")


NAME = "session"
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
    # the agenda: the questions in the order asked, when not the usual one (widest spread of
    # the round's own answers first)
    order: list[str] = Field(default_factory=list)
    votings: dict[str, int] = Field(default_factory=dict)  # questions voted again: 2
    revealed: list[str] = Field(default_factory=list)  # questions whose spread the room saw
    reached: int = 0  # the furthest question shown, from 0
    ending: bool = False  # End was pressed once: the card asks to confirm
    offered: bool = False  # ended early, and offered to resume by /session in its group
    # in a private chat
    card: int | None = None  # the session being set up, or whose details are shown
    round_id: int | None = None  # the round chosen while setting up
    shown: int = 0  # the question the details screen showed


T = Turn[SessionContext]


def items_of(fw: Framework, ctx: SessionContext) -> tuple[str, ...]:
    """The session's questions in the order it asks them."""
    usual = session_items(fw, ctx.mode)
    return tuple(ctx.order) if sorted(ctx.order) == sorted(usual) else usual


def voting_of(ctx: SessionContext, item: str) -> int:
    return ctx.votings.get(item, FIRST_VOTING)


def by_spread(fw: Framework, results: RoundResults, mode: str) -> list[str]:
    """The session's questions (capabilities, or the domains' pulse questions) by the spread
    of the round's own answers to them, widest first (by their interquartile range, then
    range); those with fewer than `MIN_GROUP` ratings follow, in their usual order."""
    usual = session_items(fw, mode)
    shown = [(s, i) for i, item in enumerate(usual) if (s := results.shown(item)) is not None
             and s.n >= MIN_GROUP]
    shown.sort(key=lambda p: (-(p[0].iqr or 0), -((p[0].high or 0) - (p[0].low or 0)), p[1]))
    first = [s.item for s, _ in shown]
    return first + [item for item in usual if item not in first]


def tally(counts: list[VoteCount], item: str, voting: int) -> tuple[int, int, int, int, int]:
    """Votes on one question in one voting round: phases 1-4, don't know."""
    found = [0, 0, 0, 0, 0]
    for entry in counts:
        if entry.item == item and entry.voting == voting and entry.value is not None:
            found[4 if entry.value == DONT_KNOW else int(entry.value) - 1] += entry.count
    return found[0], found[1], found[2], found[3], found[4]


def link(username: str | None, kind: str, card: Card) -> str | None:
    return f"https://t.me/{username}?start=g{kind}{card.token}" if username and card.token \
        else None


def card_context(card: Card) -> SessionContext:
    return SessionContext.model_validate(card.context)


# conditions and what moves do -------------------------------------------------------------
def next_item(turn: T) -> None:
    turn.ctx.index += 1
    turn.ctx.reached = max(turn.ctx.reached, turn.ctx.index)
    turn.ctx.ending = False


def previous_item(turn: T) -> None:
    turn.ctx.index = max(turn.ctx.index - 1, 0)
    turn.ctx.ending = False


def mark_revealed(turn: T) -> None:
    item = items_of(turn.fw, turn.ctx)[turn.ctx.index]
    if item not in turn.ctx.revealed:
        turn.ctx.revealed.append(item)
    turn.ctx.ending = False


def vote_again(turn: T) -> None:
    turn.ctx.votings[items_of(turn.fw, turn.ctx)[turn.ctx.index]] = SECOND_VOTING
    turn.ctx.ending = False


def ask_end(turn: T) -> None:
    turn.ctx.ending = True


def keep_on(turn: T) -> None:
    turn.ctx.ending = False


def mark_ended(turn: T) -> None:
    turn.ctx.ended_at = datetime.now(UTC).isoformat()
    turn.ctx.ending = False


def mark_resumed(turn: T) -> None:
    turn.ctx.ended_at = None
    turn.ctx.closed_by_chat = False
    turn.ctx.offered = False
    turn.ctx.index = turn.ctx.reached


def mark_closed(turn: T) -> None:
    turn.ctx.ended_at = datetime.now(UTC).isoformat()
    turn.ctx.closed_by_chat = True


# what the screens load --------------------------------------------------------------------
async def card_data(turn: Turn[Any], card: Card) -> screens.CardData:
    return await read_card(turn.tx, turn.fw, turn.env.bot_username, card)


async def read_card(tx: Transaction, fw: Framework, username: str | None, card: Card
                    ) -> screens.CardData:
    """What the card shows (and the presenter page, flows.sessions.presenter)."""
    ctx = card_context(card)
    assert card.round_id is not None
    found = await tx.rounds.get(card.round_id)
    assert found is not None
    items = items_of(fw, ctx)
    item = items[ctx.index]
    voting = voting_of(ctx, item)
    counts = await tx.votes.counts(card.id)
    # an agreed position shows once voting is closed (screens.card): not read while it runs
    agreed = positions(await tx.agreements.of_round(found.id)).get(item) \
        if card.state != "open" else None
    before: ItemStats | None = None
    # the round's own answers: to the room only after its first Reveal of the question, and
    # only when the round's results are shown to its participants
    if item in ctx.revealed and found.published_at is not None:
        before = (await results_of(tx, fw, found.id)).shown(item)
    return screens.CardData(
        fw=fw, round=found, state=card.state, index=ctx.index, items=items,
        counts=tally(counts, item, voting),
        details=link(username, "d", card),
        voting=voting,
        first=tally(counts, item, FIRST_VOTING) if voting != FIRST_VOTING else None,
        agreed=agreed.phase if agreed is not None else None,
        before=before, ending=ctx.ending, reached=ctx.reached, offered=ctx.offered,
        agree=link(username, "a", card),
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


async def load_languages(turn: T) -> screens.LanguageChoice:
    languages = turn.env.languages
    mine = turn.t.locale
    ordered = [mine, *(loc for loc in languages.available if loc != mine)]
    return screens.LanguageChoice(
        tuple((loc, languages.translator(loc).language_name(loc)) for loc in ordered),
        await load_presenter(turn))


async def load_presenter(turn: T) -> bool:
    """Whether the presenter page is served, so that its link may be offered."""
    return turn.env.presenter_url is not None


async def load_nothing(turn: T) -> None:
    return None


async def load_details(turn: T) -> screens.DetailsData:
    assert turn.ctx.card is not None
    card = await turn.tx.cards.get(turn.ctx.card)
    assert card is not None and card.round_id is not None
    ctx = card_context(card)
    found = await turn.tx.rounds.get(card.round_id)
    assert found is not None
    items = items_of(turn.fw, ctx)
    item = items[ctx.index]
    mine = await turn.tx.votes.mine(card.id, item, voting_of(ctx, item), turn.actor.user)
    return screens.DetailsData(turn.fw, found, card.state, ctx.index, items, mine)
