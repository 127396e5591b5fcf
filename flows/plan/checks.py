"""What the plan's handlers share: refusing someone who may not change the plan, typed text
too long, and what a button's argument names."""

from __future__ import annotations

from flows.engine.effects import Screen
from flows.kit.texts import escape
from flows.plan.context import T


def refuse(turn: T) -> None:
    t = turn.t
    turn.send(lambda: Screen(escape(t.gettext(
        "Only the facilitators of a round can see and change its action plan. Open your own "
        "round with /new, or switch to one you facilitate with /rounds."
    ))))


def one_line(text: str) -> str:
    return " ".join(text.split())


async def party(turn: T, arg: str) -> str | None:
    """A button's ``a<id>`` (one of the round's agencies) or ``s<code>`` (a sector), as an
    action stores it; None when the agency is not the round's."""
    if arg.startswith("s"):
        return f"sector:{arg[1:]}"
    assert turn.round_id is not None
    mine = {a.id for a in await turn.tx.plans.agencies(turn.round_id)}
    return f"agency:{arg[1:]}" if int(arg[1:]) in mine else None


def is_step(turn: T, capability: int, step: str) -> bool:
    steps = turn.fw.capability(capability).next_steps
    return any(s.id == step for phase in steps.values() for s in phase)
