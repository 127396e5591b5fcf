"""What the plan's buttons and typed texts do."""

from __future__ import annotations

from flows.engine.effects import Screen
from flows.engine.store.plans import AGENCY_MAX, TEXT_MAX, NewAction, PlanAction, Status
from flows.kit.texts import escape
from flows.plan.context import Go, PlanContext, T
from flows.plan.loading import planned_round


def _refuse(turn: T) -> None:
    t = turn.t
    turn.send(lambda: Screen(escape(t.gettext(
        "Only the facilitators of a round can see and change its action plan. Open your own "
        "round with /new, or switch to one you facilitate with /rounds."
    ))))


async def plan(turn: T, arg: str) -> None:
    """/plan: the chat's round's plan, from its first domain."""
    if turn.round_id is None:
        t = turn.t
        turn.send(lambda: Screen(escape(t.gettext(
            "There is no round here yet. Send /start to assess, or /new to open a round."))))
        return
    if await planned_round(turn) is None:
        _refuse(turn)
        return
    turn.ctx = PlanContext()
    turn.move(Go.begin)


async def add_for(turn: T, capability: str) -> None:
    """"Add action" under a priority: an action for that capability, its next step first."""
    if await planned_round(turn) is None:
        _refuse(turn)
        return
    turn.ctx = PlanContext(capability=int(capability))
    turn.move(Go.step)


async def page(turn: T, arg: str) -> None:
    turn.ctx.page = int(arg)
    turn.move(Go.page)


async def capability_chosen(turn: T, capability: str) -> None:
    turn.ctx.capability = int(capability)
    turn.move(Go.step)


async def step_chosen(turn: T, step: str) -> None:
    assert turn.ctx.capability is not None
    steps = turn.fw.capability(turn.ctx.capability).next_steps
    if not any(s.id == step for phase in steps.values() for s in phase):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx.step, turn.ctx.text = step, None
    turn.move(Go.lead)


async def action_typed(turn: T, text: str) -> None:
    """Typed on the next steps' screen: the action in the person's own words."""
    text = " ".join(text.split())
    if len(text) > TEXT_MAX:
        t = turn.t
        turn.send(lambda: Screen(escape(t.gettext(
            "An action can be up to {limit} characters; this one has {count}. Please send a "
            "shorter one.").format(limit=TEXT_MAX, count=len(text)))))
        return
    turn.ctx.step, turn.ctx.text = None, text
    turn.move(Go.lead)


async def lead_chosen(turn: T, lead: str) -> None:
    """A button's ``a<id>`` (one of the round's agencies) or ``s<code>`` (a sector)."""
    if lead.startswith("a"):
        assert turn.round_id is not None
        mine = {a.id for a in await turn.tx.plans.agencies(turn.round_id)}
        if int(lead[1:]) not in mine:
            turn.toast = turn.router.shell.not_here(turn.t)
            return
        turn.ctx.lead = f"agency:{lead[1:]}"
    else:
        turn.ctx.lead = f"sector:{lead[1:]}"
    turn.move(Go.due)


async def agency_typed(turn: T, name: str) -> None:
    """Typed on the lead's screen: a new agency of the round (or the one of that name)."""
    name = " ".join(name.split())
    if not name or len(name) > AGENCY_MAX:
        t = turn.t
        turn.send(lambda: Screen(escape(t.gettext(
            "An agency's name can be up to {limit} characters. Please send a shorter one."
        ).format(limit=AGENCY_MAX))))
        return
    assert turn.round_id is not None
    agency = await turn.tx.plans.add_agency(turn.round_id, name, turn.actor.user)
    turn.ctx.lead = f"agency:{agency.id}"
    turn.move(Go.due)


async def due_chosen(turn: T, quarter: str) -> None:
    turn.ctx.due = quarter
    turn.move(Go.review)


async def save(turn: T, arg: str) -> None:
    found = await planned_round(turn)
    ctx = turn.ctx
    if found is None:
        _refuse(turn)
        return
    assert ctx.capability is not None and ctx.lead is not None and ctx.due is not None
    added = await turn.tx.plans.add(found.id, NewAction(
        capability=ctx.capability, lead=ctx.lead, due=ctx.due, text=ctx.text, step=ctx.step,
    ), turn.actor.user)
    turn.ctx = PlanContext(page=_page_of(turn, added), action=added.id, seen=added.version)
    turn.say(turn.t.gettext("Saved in the plan."))
    turn.move(Go.saved)


def _page_of(turn: T, action: PlanAction) -> int:
    domain = turn.fw.capability(action.capability).domain
    return next(i for i, d in enumerate(turn.fw.domains) if d.id == domain)


async def show(turn: T, action_id: str) -> None:
    found = await planned_round(turn)
    action = await turn.tx.plans.action(int(action_id))
    if found is None or action is None or action.round_id != found.id or action.deleted_at:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx.action, turn.ctx.seen = action.id, action.version
    turn.move(Go.show)


async def _outdated(turn: T) -> None:
    """Someone changed the action since this screen was drawn: nothing changed; the current
    action is shown (or the plan, if it was deleted)."""
    assert turn.ctx.action is not None
    now = await turn.tx.plans.action(turn.ctx.action)
    turn.say(turn.t.gettext(
        "Someone changed this action a moment ago: nothing was changed. Here it is now."),
        alert=True)
    if now is None or now.deleted_at is not None:
        turn.move(Go.back)
        return
    turn.ctx.seen = now.version
    turn.move(Go.changed)


async def status(turn: T, value: str) -> None:
    assert turn.ctx.action is not None and turn.ctx.seen is not None
    if await planned_round(turn) is None:
        _refuse(turn)
        return
    changed = await turn.tx.plans.change(turn.ctx.action, turn.ctx.seen, turn.actor.user,
                                         {"status": Status(value)})
    if changed is None:
        await _outdated(turn)
        return
    turn.ctx.seen = changed.version
    turn.say(turn.t.gettext("Status changed."))
    turn.move(Go.changed)


async def confirm_delete(turn: T, arg: str) -> None:
    assert turn.ctx.action is not None and turn.ctx.seen is not None
    if await planned_round(turn) is None:
        _refuse(turn)
        return
    if not await turn.tx.plans.delete(turn.ctx.action, turn.ctx.seen, turn.actor.user):
        await _outdated(turn)
        return
    turn.ctx.action = turn.ctx.seen = None
    turn.say(turn.t.gettext("Deleted. It stays in the plan's history."))
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
        _refuse(turn)
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
