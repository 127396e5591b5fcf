"""The agreed positions' context (what a facilitator's private chat is in the middle of), its
moves, and what its screens load."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from flows.documents.results import results_of
from flows.engine.declare import Trigger
from flows.engine.store import FIRST_VOTING, Round
from flows.engine.store.positions import Agreement, positions
from flows.engine.turn import Turn
from flows.kit.access import facilitated_round
from framework.model import Framework
from framework.scoring import DONT_KNOW, ItemStats, counted_stats

NAME = "positions"


class Go:
    """The moves of this flow's table, declared once."""

    items = Trigger("items")
    phase = Trigger("phase")
    reason = Trigger("reason")
    recorded = Trigger("recorded")
    dissent = Trigger("dissent")
    back = Trigger("back")


class PositionContext(BaseModel):
    round_id: int | None = None
    item: str | None = None  # "cap:4", or a domain's pulse question
    session: int | None = None  # the group session's card, when recorded from it
    voting: int | None = None  # that question's voting round then
    phase: str | None = None  # the phase picked, before the reason
    agreement: int | None = None  # the agreement just recorded (its dissent note)


T = Turn[PositionContext]


@dataclass(frozen=True)
class ItemData:
    """One item as its screens show it: the round's own answers, the session's latest votes,
    and what is recorded on it."""

    fw: Framework
    round: Round
    item: str
    phase: str | None
    before: ItemStats | None  # the round's answers given alone (what may be shown)
    votes: ItemStats | None  # the session's latest voting round on it
    voting: int | None
    position: Agreement | None  # the latest agreement on it
    recorded: Agreement | None  # the one just recorded
    earlier: int  # agreements on it before the latest


@dataclass(frozen=True)
class ListData:
    fw: Framework
    round: Round
    positions: dict[str, Agreement]


async def load_item(turn: T) -> ItemData:
    ctx = turn.ctx
    assert ctx.round_id is not None and ctx.item is not None
    found = await turn.tx.rounds.get(ctx.round_id)
    assert found is not None
    history = [a for a in await turn.tx.agreements.of_round(found.id) if a.item == ctx.item]
    votes = None
    if ctx.session is not None:
        counts = [0, 0, 0, 0]
        dont_know = 0
        for entry in await turn.tx.votes.counts(ctx.session):
            if entry.item != ctx.item or entry.voting != (ctx.voting or FIRST_VOTING):
                continue
            if entry.value == DONT_KNOW:
                dont_know += entry.count
            elif isinstance(entry.value, int):
                counts[entry.value - 1] += entry.count
        votes = counted_stats(ctx.item, counts, dont_know)
    before = (await results_of(turn.tx, turn.fw, found.id)).shown(ctx.item)
    recorded = next((a for a in history if a.id == ctx.agreement), None)
    return ItemData(turn.fw, found, ctx.item, ctx.phase, before, votes, ctx.voting,
                    history[-1] if history else None, recorded, max(len(history) - 1, 0))


async def load_list(turn: T) -> ListData:
    assert turn.ctx.round_id is not None
    found = await facilitated_round(turn, turn.ctx.round_id)
    assert found is not None
    return ListData(turn.fw, found, positions(await turn.tx.agreements.of_round(found.id)))
