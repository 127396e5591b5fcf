"""What the plan's screens load (inside the transaction), and who may see and change the plan."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.documents.results import results_of
from flows.engine.store import Round
from flows.engine.store.plans import Target
from flows.kit.access import facilitated_round, validated_version
from flows.plan.context import (
    ActionData,
    AddingData,
    CapabilitiesData,
    CarryData,
    CommentsData,
    PlanData,
    T,
    TargetsData,
)
from flows.plan.labels import OPEN
from framework.model import capability_item
from framework.scoring import DONT_KNOW


async def planned_round(turn: T) -> Round | None:
    """The chat's round, if this person may change its plan (its facilitators; in a solo
    assessment, its owner), and the round is not validated (then it is frozen)."""
    found = await facilitated_round(turn)
    if found is None or await validated_version(turn, found.id) is not None:
        return None
    return found


async def seen_round(turn: T) -> tuple[Round, bool] | None:
    """The chat's round and whether this person may change its plan; None when they may not
    even see it (a participant sees it once a facilitator has shown it; a facilitator of a
    validated round sees it unchanged)."""
    found = await facilitated_round(turn)
    if found is not None:
        return found, await validated_version(turn, found.id) is None
    if turn.round_id is None:
        return None
    joined = await turn.tx.rounds.participation(turn.round_id, turn.actor.user)
    if joined is None or (await turn.tx.plans.settings(joined.round.id)).shown_at is None:
        return None
    return joined.round, False


async def the_round(turn: T) -> tuple[Round, bool]:
    found = await seen_round(turn)
    assert found is not None, "the plan's screens are drawn only for those who may see it"
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


def today() -> datetime:
    return datetime.now(UTC)


async def load_plan(turn: T) -> PlanData:
    found, edits = await the_round(turn)
    plans = turn.tx.plans
    return PlanData(turn.fw, found, turn.ctx.page, tuple(await plans.actions(found.id)),
                    tuple(await plans.agencies(found.id)), tuple(await plans.targets(found.id)),
                    await plans.settings(found.id), today().date(), edits=edits,
                    only=turn.ctx.only)


async def load_adding(turn: T) -> AddingData:
    found, _ = await the_round(turn)
    assert turn.ctx.capability is not None, "adding an action names its capability first"
    phase = await current_phase(turn, found, turn.ctx.capability)
    return AddingData(turn.fw, found, turn.ctx.capability, turn.ctx.step, turn.ctx.text,
                      turn.ctx.lead, turn.ctx.due, tuple(await turn.tx.plans.agencies(found.id)),
                      await turn.tx.plans.settings(found.id), today().date(),
                      round(phase) if phase is not None else None,
                      await target_of(turn, found.id, turn.ctx.capability))


async def target_of(turn: T, round_id: int, capability: int) -> Target | None:
    return next((t for t in await turn.tx.plans.targets(round_id) if t.capability == capability),
                None)


async def load_targets(turn: T) -> TargetsData:
    found, _ = await the_round(turn)
    return TargetsData(turn.fw, found, tuple(await turn.tx.plans.targets(found.id)),
                       await turn.tx.plans.settings(found.id), today().date(),
                       turn.ctx.capability, turn.ctx.target_phase)


async def load_action(turn: T) -> ActionData:
    found, edits = await the_round(turn)
    shown = turn.ctx.shown
    assert shown.record is not None, "an action is shown by its id"
    action = await turn.tx.plans.action(shown.record)
    assert action is not None and action.round_id == found.id
    phase = await current_phase(turn, found, action.capability)
    return ActionData(turn.fw, found, action, tuple(await turn.tx.plans.agencies(found.id)),
                      await turn.tx.plans.settings(found.id), today().date(),
                      await target_of(turn, found.id, action.capability),
                      current=round(phase) if phase is not None else None, edits=edits,
                      kept=shown.kept if shown.version == action.version else None,
                      comments=len(await turn.tx.plans.comments(action.id)))


async def load_comments(turn: T) -> CommentsData:
    found, _ = await the_round(turn)
    assert turn.ctx.shown.record is not None
    action = await turn.tx.plans.action(turn.ctx.shown.record)
    assert action is not None and action.round_id == found.id
    return CommentsData(turn.fw, found, action,
                        tuple(await turn.tx.plans.comments(action.id)))


async def load_carry(turn: T) -> CarryData:
    """The earlier rounds of the same country this person also facilitates, with how many
    open actions each could carry over (a stranger's round is never among them)."""
    found, _ = await the_round(turn)
    offered = []
    for p in await turn.tx.rounds.participations(turn.actor.user):
        other = p.round
        if (other.id == found.id or other.country != found.country
                or other.created_at > found.created_at
                or await facilitated_round(turn, other.id) is None):
            continue
        still = [a for a in await turn.tx.plans.actions(other.id) if a.status in OPEN]
        if still:
            offered.append((other, len(still)))
    return CarryData(turn.fw, found, tuple(offered))


async def current_phases(turn: T, found: Round) -> dict[int, float | None]:
    """Every capability's phase now (as `current_phase`, read once)."""
    fw = turn.fw
    if found.title is None:
        own = {a.item: a.value for a in await turn.tx.answers.of_round(found.id,
                                                                      turn.actor.user)}
        return {c.id: float(v) if isinstance(v := own.get(c.item), int) else None
                for c in fw.capabilities}  # "don't know" and no answer: not known
    results = await results_of(turn.tx, fw, found.id)
    return {c.id: s.median if (s := results.shown(c.item)) is not None else None
            for c in fw.capabilities}


async def load_capabilities(turn: T) -> CapabilitiesData:
    """Each capability's line: its phase now, its target, how many actions serve it."""
    found, _ = await the_round(turn)
    actions = await turn.tx.plans.actions(found.id)
    return CapabilitiesData(
        turn.fw, found, await current_phases(turn, found),
        {x.capability: x for x in await turn.tx.plans.targets(found.id)},
        {c.id: sum(1 for a in actions if a.capability == c.id) for c in turn.fw.capabilities})

