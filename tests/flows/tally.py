"""A test flow with a shared card: /tally in a group posts a card; Next counts up on it.

It stands in for the group session (a later issue) where a card, not a person's conversation,
is the scope that taps are checked against.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from flows.engine.actions import Action
from flows.engine.declare import Move, State, Trigger, View
from flows.engine.effects import Button, Screen
from flows.engine.flow import Flow
from flows.engine.translator import Translator
from flows.engine.turn import Turn

NEXT = Trigger("next")
TALLY = Action("ta", "tally", command="tally", groups=True)
NEXT_BUTTON = Action("ta", "next", cards=True)


class TallyContext(BaseModel):
    count: int = 0


def render(t: Translator, context: TallyContext) -> list[Screen]:
    return [Screen(f"Count: {context.count}", ((Button("Next", NEXT_BUTTON),),))]


async def load(turn: Turn[TallyContext]) -> TallyContext:
    return turn.ctx


async def open_card(turn: Turn[Any], arg: str) -> None:
    card = await turn.tx.cards.create(
        turn.actor.chat, "tally", "open", None, TallyContext().model_dump()
    )
    turn.post_card(card, lambda: render(turn.t, TallyContext())[0])


def count_up(turn: Turn[TallyContext]) -> None:
    turn.ctx.count += 1


async def next_(turn: Turn[TallyContext], arg: str) -> None:
    turn.move(NEXT)


FLOW: Flow[TallyContext] = Flow(
    name="tally",
    code="ta",
    context=TallyContext,
    initial="idle",
    states=[State("idle"), State("open", View(load, render), actions=(NEXT_BUTTON,))],
    moves=[Move(NEXT, "open", "=", then=count_up)],
    actions=[TALLY.runs(open_card), NEXT_BUTTON.runs(next_)],
)
