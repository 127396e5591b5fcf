"""A group session's context (kept in its card's row), its links, and what its screens load."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from flows.engine.declare import Trigger
from flows.engine.store import FIRST_VOTING, Card, Role, Round
from flows.engine.turn import Turn
from flows.kit.items import PULSE, session_items
from flows.sessions import screens
from framework.scoring import DONT_KNOW


class Go:
    """The moves of this flow's table, declared once (`Move(Go.x, ...)`, `turn.move(Go.x)`)."""

    back = Trigger("back")
    closed = Trigger("closed")
    details = Trigger("details")
    end = Trigger("end")
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
