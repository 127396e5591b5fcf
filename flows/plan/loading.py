"""What the plan's screens load (inside the transaction), and who may see and change the plan."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.documents.results import results_of
from flows.engine.store import Round
from flows.engine.store.plans import Target
from flows.kit.access import facilitated_round
from flows.plan.context import ActionData, AddingData, PlanData, T, TargetsData
from framework.model import Framework, capability_item
from framework.scoring import DONT_KNOW


async def planned_round(turn: T) -> Round | None:
    """The chat's round, if this person may change its plan (its facilitators; in a solo
    assessment, its owner)."""
    return await facilitated_round(turn)


async def the_round(turn: T) -> Round:
    found = await planned_round(turn)
    assert found is not None, "the plan's screens are drawn only for its facilitators"
    return found


async def current_phase(turn: T, found: Round, capability: int) -> float | None:
    """The capability's phase now: the round's median (None under three ratings); in a solo
    assessment, the person's own answer."""
    item = capability_item(capability)
    if found.title is None:
        own = await turn.tx.answers.get(found.id, turn.actor.user, item)
        if own is None or own.value is None or own.value == DONT_KNOW:
            return None
        return float(own.value)
    stats = (await results_of(turn.tx, turn.fw, found.id)).shown(item)
    return stats.median if stats is not None else None


async def load_plan(turn: T) -> PlanData:
    found = await the_round(turn)
    plans = turn.tx.plans
    return PlanData(turn.fw, found, turn.ctx.page, tuple(await plans.actions(found.id)),
                    tuple(await plans.agencies(found.id)), tuple(await plans.targets(found.id)),
                    await plans.settings(found.id), datetime.now(UTC).date())


async def load_adding(turn: T) -> AddingData:
    found = await the_round(turn)
    assert turn.ctx.capability is not None, "adding an action names its capability first"
    phase = await current_phase(turn, found, turn.ctx.capability)
    return AddingData(turn.fw, found, turn.ctx.capability, turn.ctx.step, turn.ctx.text,
                      turn.ctx.lead, turn.ctx.due, tuple(await turn.tx.plans.agencies(found.id)),
                      await turn.tx.plans.settings(found.id), datetime.now(UTC).date(),
                      round(phase) if phase is not None else None,
                      await target_of(turn, found.id, turn.ctx.capability))


async def target_of(turn: T, round_id: int, capability: int) -> Target | None:
    return next((t for t in await turn.tx.plans.targets(round_id) if t.capability == capability),
                None)


async def load_targets(turn: T) -> TargetsData:
    found = await the_round(turn)
    return TargetsData(turn.fw, found, tuple(await turn.tx.plans.targets(found.id)),
                       await turn.tx.plans.settings(found.id), datetime.now(UTC).date(),
                       turn.ctx.capability, turn.ctx.target_phase)


async def load_action(turn: T) -> ActionData:
    found = await the_round(turn)
    assert turn.ctx.action is not None, "an action is shown by its id"
    action = await turn.tx.plans.action(turn.ctx.action)
    assert action is not None and action.round_id == found.id
    return ActionData(turn.fw, found, action, tuple(await turn.tx.plans.agencies(found.id)),
                      await turn.tx.plans.settings(found.id), datetime.now(UTC).date(),
                      await target_of(turn, found.id, action.capability))


async def load_framework_of(turn: T) -> Framework:
    return turn.fw
