"""The change since an earlier round of the same country."""

from __future__ import annotations

import dataclasses
from typing import Any

from flows.documents.results import results_of, round_shown
from flows.engine.extend import prepared
from flows.engine.store import Role, Round
from flows.engine.turn import Turn
from flows.kit.access import facilitated_round
from flows.kit.places import ON_CHANGE_LINES
from flows.rounds import screens
from flows.rounds.context import Go, T
from framework.aggregate import (
    RoundChange,
    round_change,
)


# comparing with an earlier round ----------------------------------------------------------
async def load_choices(turn: T) -> tuple[Round, ...]:
    found = await facilitated_round(turn)
    assert found is not None
    mine = await turn.tx.rounds.participations(turn.actor.user)
    return tuple(
        p.round for p in mine
        if p.role is Role.FACILITATOR and p.round.id != found.id
        and p.round.country == found.country and p.round.closed_at is not None
        and p.round.created_at < found.created_at
    )



async def pick(turn: T, round_id: str) -> None:
    choices = {r.id for r in await load_choices(turn)}
    if int(round_id) not in choices:  # not one this person facilitated: nothing said of it
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx.earlier = int(round_id)
    turn.move(Go.compared)


async def load_change(turn: Turn[Any], found: Round, earlier_id: int | None
                      ) -> tuple[Round, RoundChange] | None:
    """The change since an earlier round (one this person facilitated, checked again)."""
    if not isinstance(earlier_id, int):
        return None
    earlier = await facilitated_round(turn, earlier_id)
    if earlier is None:
        return None
    then = await results_of(turn.tx, turn.fw, earlier.id)
    now = await results_of(turn.tx, turn.fw, found.id)
    both = await turn.tx.queries.raters_in_both(found.id, earlier.id)
    return earlier, dataclasses.replace(round_change(turn.fw, then, now), both=both)


async def load_compare(turn: T) -> screens.CompareData:
    found = await facilitated_round(turn)
    assert found is not None
    compared = await load_change(turn, found, turn.ctx.earlier)
    assert compared is not None
    shown = round_shown(turn.fw, found, await results_of(turn.tx, turn.fw, found.id))
    notes = await prepared(turn.router.additions, ON_CHANGE_LINES, turn.tx, shown)
    return screens.CompareData(turn.fw, found, *compared, notes=tuple(notes))


async def load_pick(turn: T) -> tuple[Round, ...]:
    return await load_choices(turn)
