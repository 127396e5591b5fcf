"""The rounds flow's context, and who may see what: a round's facilitators and the bot's
administrators; everyone else is told so and sees nothing of the round."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel

from flows.documents.results import ResultsData, agreement_of, results_of, round_shown
from flows.documents.session_votes import (
    load_sessions,
)
from flows.engine.declare import Trigger
from flows.engine.effects import Button, Screen
from flows.engine.extend import Drawer, prepared
from flows.engine.store import Round
from flows.engine.turn import Turn
from flows.kit.access import facilitated_round
from flows.kit.places import (
    ON_CAPABILITY_LINES,
    ON_PRIORITY,
    ON_RESULTS,
    CapabilityNotes,
    PriorityShown,
)
from flows.kit.texts import escape
from framework.aggregate import round_priorities


class Go:
    """The moves of this flow's table, declared once (`Move(Go.x, ...)`, `turn.move(Go.x)`)."""

    begin = Trigger("begin")
    chosen = Trigger("chosen")
    toggled = Trigger("toggled")
    unprotected = Trigger("unprotected")
    close = Trigger("close")
    compare_pick = Trigger("compare_pick")
    compared = Trigger("compared")
    figures_check = Trigger("figures_check")
    invites = Trigger("invites")
    opened = Trigger("opened")
    pick = Trigger("pick")
    results = Trigger("results")
    sectors = Trigger("sectors")
    sessions = Trigger("sessions")
    titled = Trigger("titled")


NAME = "facilitate"
TITLE_MAX = 80
REMIND_AGAIN_AFTER = timedelta(days=1)  # a facilitator's reminders, per participant


class FacilitateContext(BaseModel):
    query: str | None = None
    suggestions: tuple[str, ...] = ()
    guessed: bool = False
    country: str | None = None
    title: str | None = None
    figures_only: bool = False  # the round's files hold aggregates only (chosen at /new)
    confidential: bool = False  # its messages and files sent protected (chosen at /new)
    earlier: int | None = None  # the round compared with


T = Turn[FacilitateContext]


# who may see what -------------------------------------------------------------------------
def facilitators_only(
    handler: Callable[[T, Round, str], Awaitable[None]] | Trigger,
) -> Callable[[T, str], Awaitable[None]]:
    """An action on the chat's current round, for its facilitators and the bot's admins only:
    anyone else gets a clear refusal, and nothing changes. A button that only moves gives its
    move."""

    async def guarded(turn: T, arg: str) -> None:
        found = await facilitated_round(turn)
        if found is None:
            refuse(turn)
        elif isinstance(handler, Trigger):
            turn.move(handler)
        else:
            await handler(turn, found, arg)

    return guarded if isinstance(handler, Trigger) else functools.wraps(handler)(guarded)


def refuse(turn: T) -> None:
    t = turn.t
    turn.send(lambda: Screen(escape(t.gettext(
        "Only the facilitators of a round can see its results, reports and exports. Open "
        "your own round with /new, or switch to one you facilitate with /rounds."
    ))))


async def load_results(turn: T) -> ResultsData:
    found = await facilitated_round(turn)
    assert found is not None, "results are drawn only for a facilitator"
    return await results_data(turn, found)


@dataclass(frozen=True)
class ResultsScreenData:
    """The results screen's data: the results, and what other flows add to it (prepared in
    the transaction, drawn with the screen)."""

    results: ResultsData
    notes: tuple[Drawer[CapabilityNotes], ...] = ()  # on capability lines (a target)
    buttons: tuple[Drawer[Button], ...] = ()  # on the results screen (the action plan)
    # under each of the top priorities ("Add action"), in their order
    on_priorities: tuple[Drawer[Button], ...] = ()


async def load_results_screen(turn: T) -> ResultsScreenData:
    data = await load_results(turn)
    # alpha only where it is shown (its bootstrap is the dearest figure of the screen)
    data = dataclasses.replace(data, agreement=await agreement_of(turn.tx, turn.fw,
                                                                  data.round.id))
    shown = round_shown(data.fw, data.round, data.results)
    additions = turn.router.additions
    notes = await prepared(additions, ON_CAPABILITY_LINES, turn.tx, shown)
    buttons = await prepared(additions, ON_RESULTS, turn.tx, shown)
    on_priorities: list[Drawer[Button]] = []
    for priority in round_priorities(data.fw, data.results):
        drawers = await prepared(additions, ON_PRIORITY, turn.tx, PriorityShown(
            data.round.id, priority.capability.id, facilitates=True))
        on_priorities += drawers
    return ResultsScreenData(data, notes, buttons, tuple(on_priorities))


async def results_data(turn: Turn[Any], found: Round) -> ResultsData:
    return ResultsData(turn.fw, found, await results_of(turn.tx, turn.fw, found.id),
                       datetime.now(UTC), await load_sessions(turn.tx, turn.fw, found.id))
