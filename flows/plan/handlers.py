"""What the plan's buttons and typed texts do: the plan screen, adding an action, targets."""

from __future__ import annotations

from flows.engine.effects import Screen
from flows.engine.store.plans import (
    AGENCY_MAX,
    TEXT_MAX,
    NewAction,
    PlanAction,
)
from flows.kit.access import facilitated_round
from flows.kit.texts import escape
from flows.kit.typed import too_long
from flows.plan.checks import (
    is_step,
    one_line,
    party,
    refuse,
)
from flows.plan.context import PARTS, Go, PlanContext, T, editor
from flows.plan.edits import (
    edit_action,
    on_screen,
)
from flows.plan.loading import planned_round, seen_round


async def plan(turn: T, arg: str) -> None:
    """/plan: the chat's round's plan, from its first domain."""
    t = turn.t
    if turn.round_id is None:
        turn.send(lambda: Screen(escape(t.gettext(
            "There is no round here yet. Send /start to assess, or /new to open a round."))))
        return
    if await seen_round(turn) is None:
        if await turn.tx.rounds.participation(turn.round_id, turn.actor.user) is not None:
            turn.send(lambda: Screen(escape(t.gettext(
                "The facilitators have not shown this round's action plan to participants "
                "yet."))))
            return
        refuse(turn)
        return
    turn.ctx = PlanContext()
    turn.move(Go.begin)


async def add_for(turn: T, capability: str) -> None:
    """"Add action" under a priority: an action for that capability, its next step first."""
    if await planned_round(turn) is None:
        refuse(turn)
        return
    turn.ctx = PlanContext(capability=int(capability))
    turn.move(Go.step)


async def add_any(turn: T, round_id: str) -> None:
    """"Add action" on a round's results: the capabilities' lines, to pick the one it serves."""
    found = await facilitated_round(turn, int(round_id))
    if found is None:
        refuse(turn)
        return
    turn.round_id = found.id
    turn.ctx = PlanContext()
    turn.move(Go.adding)


async def new(turn: T, arg: str) -> None:
    if await planned_round(turn) is None:
        refuse(turn)
        return
    turn.move(Go.adding)


async def page(turn: T, arg: str) -> None:
    turn.ctx.page = int(arg)
    turn.move(Go.page)


async def capability_chosen(turn: T, capability: str) -> None:
    turn.ctx.capability = int(capability)
    turn.move(Go.step)


async def step_chosen(turn: T, step: str) -> None:
    if editor(turn, "text"):
        action = await on_screen(turn)
        if action is None or not is_step(turn, action.capability, step):
            turn.toast = turn.router.shell.not_here(turn.t)
            return
        await edit_action(turn, {"step": step, "text": None})
        return
    assert turn.ctx.capability is not None
    if not is_step(turn, turn.ctx.capability, step):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx.step, turn.ctx.text = step, None
    turn.move(Go.lead)


async def action_typed(turn: T, text: str) -> None:
    """Typed on the next steps' screen: the action in the person's own words."""
    text = one_line(text)
    if len(text) > TEXT_MAX:
        too_long(turn, TEXT_MAX, len(text))
        return
    if editor(turn, "text"):
        await edit_action(turn, {"text": text, "step": None})
        return
    turn.ctx.step, turn.ctx.text = None, text
    turn.move(Go.lead)


async def lead_chosen(turn: T, arg: str) -> None:
    lead = await party(turn, arg)
    if lead is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    if editor(turn, "lead"):
        await edit_action(turn, {"lead": lead})
        return
    turn.ctx.lead = lead
    turn.move(Go.due)


async def agency_typed(turn: T, name: str) -> None:
    """Typed where a lead or supporting agency is picked: one of the round's agencies (added
    if new), as that pick."""
    name = one_line(name)
    if not name or len(name) > AGENCY_MAX:
        too_long(turn, AGENCY_MAX, len(name))
        return
    assert turn.round_id is not None
    if (editor(turn, "lead") or editor(turn, "supporting")) and \
            await planned_round(turn) is None:
        refuse(turn)
        return
    agency = await turn.tx.plans.add_agency(turn.round_id, name, turn.actor.user)
    party = f"agency:{agency.id}"
    if editor(turn, "lead"):
        await edit_action(turn, {"lead": party})
    elif editor(turn, "supporting"):
        action = await on_screen(turn)
        if action is not None and party not in action.supporting:
            await edit_action(turn, {"supporting": (*action.supporting, party)}, stay=True)
    else:
        turn.ctx.lead = party
        turn.move(Go.due)


async def due_chosen(turn: T, quarter: str) -> None:
    if editor(turn, "due"):
        await edit_action(turn, {"due": quarter})
        return
    turn.ctx.due = quarter
    turn.move(Go.review)


async def save(turn: T, arg: str) -> None:
    found = await planned_round(turn)
    ctx = turn.ctx
    if found is None:
        refuse(turn)
        return
    assert ctx.capability is not None and ctx.lead is not None and ctx.due is not None
    added = await turn.tx.plans.add(found.id, NewAction(
        capability=ctx.capability, lead=ctx.lead, due=ctx.due, text=ctx.text, step=ctx.step,
    ), turn.actor.user)
    turn.ctx = PlanContext(page=_page_of(turn, added))
    turn.ctx.shown.shows(added.id, added.version)
    turn.say(turn.t.gettext("Saved in the plan."))
    turn.move(Go.saved)


def _page_of(turn: T, action: PlanAction) -> int:
    """The plan screen's page of the action's domain (its first part)."""
    domain = turn.fw.capability(action.capability).domain
    return next(i for i, d in enumerate(turn.fw.domains) if d.id == domain) * PARTS


async def show(turn: T, action_id: str) -> None:
    seen = await seen_round(turn)
    action = await turn.tx.plans.action(int(action_id))
    if seen is None or action is None or action.round_id != seen[0].id or action.deleted_at:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx.shown.shows(action.id, action.version)
    turn.move(Go.show)


async def only(turn: T, value: str) -> None:
    turn.ctx.only, turn.ctx.page = value, 0
    turn.move(Go.back)


async def target_for(turn: T, capability: str) -> None:
    turn.ctx.capability, turn.ctx.target_phase = int(capability), None
    turn.move(Go.target)


async def target_phase(turn: T, phase: str) -> None:
    turn.ctx.target_phase = int(phase)
    turn.move(Go.target_due)


async def _set_target(turn: T, phase: int | None, quarter: str | None) -> None:
    found = await planned_round(turn)
    if found is None:
        refuse(turn)
        return
    assert turn.ctx.capability is not None
    await turn.tx.plans.set_target(found.id, turn.ctx.capability, phase, quarter,
                                   turn.actor.user)
    turn.ctx.capability = turn.ctx.target_phase = None
    turn.say(turn.t.gettext("Target saved.") if phase else turn.t.gettext("Target removed."))
    turn.move(Go.targets)


async def target_due(turn: T, quarter: str) -> None:
    await _set_target(turn, turn.ctx.target_phase, quarter)


async def no_target(turn: T, arg: str) -> None:
    await _set_target(turn, None, None)
