"""The plan's settings: the fiscal year, cost bands, showing it to participants, the monthly
reminder, and carrying open actions over from an earlier round."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from flows.engine.store.plans import (
    COST_NOTE_MAX,
    NewAction,
    Status,
)
from flows.kit.access import facilitated_round
from flows.kit.typed import too_long
from flows.plan import quarters
from flows.plan.checks import (
    one_line,
    refuse,
)
from flows.plan.context import Go, T
from flows.plan.labels import OPEN
from flows.plan.loading import planned_round


async def _settings(turn: T, **changed: Any) -> None:
    found = await planned_round(turn)
    if found is None:
        refuse(turn)
        return
    now = await turn.tx.plans.settings(found.id)
    await turn.tx.plans.save_settings(replace(now, **changed))
    turn.move(Go.settings)


async def settings(turn: T, arg: str) -> None:
    if await planned_round(turn) is None:
        refuse(turn)
        return
    turn.move(Go.settings)


async def month(turn: T, value: str) -> None:
    """The month the fiscal year starts: every due quarter and target quarter of the plan is
    written again in the new year's quarters, so none changes meaning."""
    found = await planned_round(turn)
    if found is None:
        refuse(turn)
        return
    plans, user = turn.tx.plans, turn.actor.user
    old, new = (await plans.settings(found.id)).fiscal_start, int(value)
    if old != new:
        for a in await plans.actions(found.id):
            due = quarters.converted(a.due, old, new)
            if due != a.due:
                await plans.change(a.id, a.version, user, {"due": due})
        for x in await plans.targets(found.id):
            if x.quarter is not None:
                await plans.set_target(found.id, x.capability, x.phase,
                                       quarters.converted(x.quarter, old, new), user)
    await _settings(turn, fiscal_start=new)


async def cost_note_typed(turn: T, text: str) -> None:
    text = one_line(text)
    if len(text) > COST_NOTE_MAX:
        too_long(turn, COST_NOTE_MAX, len(text))
        return
    await _settings(turn, cost_note=text or None)


async def publish(turn: T, arg: str) -> None:
    assert turn.round_id is not None
    shown = (await turn.tx.plans.settings(turn.round_id)).shown_at
    await _settings(turn, shown_at=None if shown else datetime.now(UTC))
    turn.say(turn.t.gettext("Participants no longer see the plan.") if shown
             else turn.t.gettext("Participants can now see the plan with /plan and comment."))


async def reminders(turn: T, arg: str) -> None:
    assert turn.round_id is not None
    on = (await turn.tx.plans.settings(turn.round_id)).reminders
    await _settings(turn, reminders=not on)


async def carry_from(turn: T, round_id: str) -> None:
    """Copy the open actions of an earlier round of the same country that this person also
    facilitates (their agencies by name, their targets where this round has none)."""
    found = await planned_round(turn)
    if found is None:
        refuse(turn)
        return
    other = await turn.tx.rounds.get(int(round_id))
    plans, user = turn.tx.plans, turn.actor.user
    if (other is None or other.id == found.id or other.country != found.country
            or await facilitated_round(turn, other.id) is None):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    names = {f"agency:{a.id}": a.name for a in await plans.agencies(other.id)}
    mapped: dict[str, str] = {}

    async def here(party: str) -> str:
        if party in names and party not in mapped:
            mapped[party] = f"agency:{(await plans.add_agency(found.id, names[party], user)).id}"
        return mapped.get(party, party)

    have = {(a.capability, a.step, a.text) for a in await plans.actions(found.id)}
    carried = 0
    for a in await plans.actions(other.id):
        if a.status not in OPEN or (a.capability, a.step, a.text) in have:
            continue
        added = await plans.add(found.id, NewAction(
            capability=a.capability, lead=await here(a.lead), due=a.due, text=a.text,
            step=a.step, related=a.related,
            supporting=tuple([await here(p) for p in a.supporting]),
            indicator=a.indicator, cost=a.cost), user)
        if a.status is not Status.PLANNED:
            await plans.change(added.id, added.version, user, {"status": a.status})
        carried += 1
    targets = {x.capability for x in await plans.targets(found.id)}
    for x in await plans.targets(other.id):
        if x.capability not in targets:
            await plans.set_target(found.id, x.capability, x.phase, x.quarter, user)
    turn.say(turn.t.ngettext("{n} open action carried over.", "{n} open actions carried over.",
                             carried).format(n=carried))
    turn.move(Go.back)
