"""What the plan's buttons and typed texts do."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from flows.engine.effects import Screen
from flows.engine.records import compare_and_set
from flows.engine.store.plans import (
    AGENCY_MAX,
    COST_NOTE_MAX,
    INDICATOR_MAX,
    TEXT_MAX,
    Cost,
    NewAction,
    PlanAction,
    Status,
)
from flows.kit.access import facilitated_round
from flows.kit.disclosure import reads_like_disclosure
from flows.kit.texts import escape
from flows.plan import quarters
from flows.plan.context import PARTS, Go, PlanContext, T, editor
from flows.plan.loading import OPEN, planned_round, seen_round


def _refuse(turn: T) -> None:
    t = turn.t
    turn.send(lambda: Screen(escape(t.gettext(
        "Only the facilitators of a round can see and change its action plan. Open your own "
        "round with /new, or switch to one you facilitate with /rounds."
    ))))


def _too_long(turn: T, limit: int, count: int) -> None:
    t = turn.t
    turn.send(lambda: Screen(escape(t.gettext(
        "This can be up to {limit} characters; yours has {count}. Please send a shorter one."
    ).format(limit=limit, count=count))))


def _words(text: str) -> str:
    return " ".join(text.split())


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


async def new(turn: T, arg: str) -> None:
    if await planned_round(turn) is None:
        _refuse(turn)
        return
    turn.move(Go.adding)


async def page(turn: T, arg: str) -> None:
    turn.ctx.page = int(arg)
    turn.move(Go.page)


async def capability_chosen(turn: T, capability: str) -> None:
    turn.ctx.capability = int(capability)
    turn.move(Go.step)


def _is_step(turn: T, capability: int, step: str) -> bool:
    steps = turn.fw.capability(capability).next_steps
    return any(s.id == step for phase in steps.values() for s in phase)


async def step_chosen(turn: T, step: str) -> None:
    if editor(turn, "text"):
        action = await _on_screen(turn)
        if action is None or not _is_step(turn, action.capability, step):
            turn.toast = turn.router.shell.not_here(turn.t)
            return
        await _edit(turn, {"step": step, "text": None})
        return
    assert turn.ctx.capability is not None
    if not _is_step(turn, turn.ctx.capability, step):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx.step, turn.ctx.text = step, None
    turn.move(Go.lead)


async def action_typed(turn: T, text: str) -> None:
    """Typed on the next steps' screen: the action in the person's own words."""
    text = _words(text)
    if len(text) > TEXT_MAX:
        _too_long(turn, TEXT_MAX, len(text))
        return
    if editor(turn, "text"):
        await _edit(turn, {"text": text, "step": None})
        return
    turn.ctx.step, turn.ctx.text = None, text
    turn.move(Go.lead)


async def _party(turn: T, arg: str) -> str | None:
    """A button's ``a<id>`` (one of the round's agencies) or ``s<code>`` (a sector), as an
    action stores it; None when the agency is not the round's."""
    if arg.startswith("s"):
        return f"sector:{arg[1:]}"
    assert turn.round_id is not None
    mine = {a.id for a in await turn.tx.plans.agencies(turn.round_id)}
    return f"agency:{arg[1:]}" if int(arg[1:]) in mine else None


async def lead_chosen(turn: T, arg: str) -> None:
    lead = await _party(turn, arg)
    if lead is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    if editor(turn, "lead"):
        await _edit(turn, {"lead": lead})
        return
    turn.ctx.lead = lead
    turn.move(Go.due)


async def agency_typed(turn: T, name: str) -> None:
    """Typed where a lead or supporting agency is picked: one of the round's agencies (added
    if new), as that pick."""
    name = _words(name)
    if not name or len(name) > AGENCY_MAX:
        _too_long(turn, AGENCY_MAX, len(name))
        return
    assert turn.round_id is not None
    if (editor(turn, "lead") or editor(turn, "supporting")) and \
            await planned_round(turn) is None:
        _refuse(turn)
        return
    agency = await turn.tx.plans.add_agency(turn.round_id, name, turn.actor.user)
    party = f"agency:{agency.id}"
    if editor(turn, "lead"):
        await _edit(turn, {"lead": party})
    elif editor(turn, "supporting"):
        action = await _on_screen(turn)
        if action is not None and party not in action.supporting:
            await _edit(turn, {"supporting": (*action.supporting, party)}, stay=True)
    else:
        turn.ctx.lead = party
        turn.move(Go.due)


async def due_chosen(turn: T, quarter: str) -> None:
    if editor(turn, "due"):
        await _edit(turn, {"due": quarter})
        return
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


async def _on_screen(turn: T) -> PlanAction | None:
    record = turn.ctx.shown.record
    found = await turn.tx.plans.action(record) if record is not None else None
    return None if found is None or found.round_id != turn.round_id else found


async def _current(turn: T) -> None:
    """The action drawn again as it is now (or the plan, if it was deleted meanwhile)."""
    now = await _on_screen(turn)
    if now is None or now.deleted_at is not None:
        turn.move(Go.back)
        return
    turn.ctx.shown.refreshed(now.version)
    turn.move(Go.changed)


async def _edit(turn: T, changes: dict[str, Any], *, stay: bool = False) -> bool:
    """Change the action on screen, compared and set on the version the screen showed; after
    someone else's change, the action as it is now with this change kept to apply again."""
    if await planned_round(turn) is None:
        _refuse(turn)
        return False
    user = turn.actor.user

    async def write(record: int, version: int) -> PlanAction | None:
        return await turn.tx.plans.change(record, version, user, changes)

    if await compare_and_set(turn, turn.ctx.shown, changes, write) is None:
        await _current(turn)
        return False
    turn.move(Go.toggled if stay else Go.changed)
    return True


async def status(turn: T, value: str) -> None:
    if await _edit(turn, {"status": Status(value)}):
        turn.say(turn.t.gettext("Status changed."))


async def reapply(turn: T, arg: str) -> None:
    """Apply again the change that was made on an outdated screen, on the action as now."""
    kept = turn.ctx.shown.kept
    if not kept:
        turn.move(Go.changed)
        return
    if await _edit(turn, dict(kept)):
        turn.say(turn.t.gettext("Your change is made."))


async def discard(turn: T, arg: str) -> None:
    turn.ctx.shown.kept = None
    turn.move(Go.changed)


async def confirm_delete(turn: T, arg: str) -> None:
    shown = turn.ctx.shown
    assert shown.record is not None and shown.version is not None
    if await planned_round(turn) is None:
        _refuse(turn)
        return
    if not await turn.tx.plans.delete(shown.record, shown.version, turn.actor.user):
        turn.say(turn.t.gettext(
            "Someone changed this action a moment ago: nothing was deleted. Here it is now."),
            alert=True)
        await _current(turn)
        return
    turn.ctx.shown.record = turn.ctx.shown.version = None
    turn.say(turn.t.gettext("Deleted. It stays in the plan's history."))
    turn.move(Go.back)


async def edit(turn: T, arg: str) -> None:
    if await planned_round(turn) is None:
        _refuse(turn)
        return
    turn.move(Go.edit)


async def field(turn: T, name: str) -> None:
    turn.move(Go.field, name)


async def support(turn: T, arg: str) -> None:
    """A supporting agency or sector, on or off (the lead is never also supporting)."""
    party, action = await _party(turn, arg), await _on_screen(turn)
    if party is None or action is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    now = action.supporting
    chosen = tuple(p for p in now if p != party) if party in now else (*now, party)
    await _edit(turn, {"supporting": tuple(p for p in chosen if p != action.lead)}, stay=True)


async def relate(turn: T, capability: str) -> None:
    """A related capability, on or off (listed with the action, never counted twice)."""
    action = await _on_screen(turn)
    number = int(capability)
    if action is None or number == action.capability:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    now = action.related
    chosen = tuple(c for c in now if c != number) if number in now else (*now, number)
    await _edit(turn, {"related": tuple(sorted(chosen))}, stay=True)


async def cost(turn: T, value: str) -> None:
    await _edit(turn, {"cost": None if value == "none" else Cost(value)})


async def indicator_typed(turn: T, text: str) -> None:
    text = _words(text)
    if len(text) > INDICATOR_MAX:
        _too_long(turn, INDICATOR_MAX, len(text))
        return
    await _edit(turn, {"indicator": text or None})


async def no_indicator(turn: T, arg: str) -> None:
    await _edit(turn, {"indicator": None})


async def done(turn: T, arg: str) -> None:
    await _current(turn)


# the plan screen's filter and the plan's settings ---------------------------------------------
async def only(turn: T, value: str) -> None:
    turn.ctx.only, turn.ctx.page = value, 0
    turn.move(Go.back)


async def _settings(turn: T, **changed: Any) -> None:
    found = await planned_round(turn)
    if found is None:
        _refuse(turn)
        return
    now = await turn.tx.plans.settings(found.id)
    await turn.tx.plans.save_settings(replace(now, **changed))
    turn.move(Go.settings)


async def settings(turn: T, arg: str) -> None:
    if await planned_round(turn) is None:
        _refuse(turn)
        return
    turn.move(Go.settings)


async def month(turn: T, value: str) -> None:
    """The month the fiscal year starts: every due quarter and target quarter of the plan is
    written again in the new year's quarters, so none changes meaning."""
    found = await planned_round(turn)
    if found is None:
        _refuse(turn)
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
    text = _words(text)
    if len(text) > COST_NOTE_MAX:
        _too_long(turn, COST_NOTE_MAX, len(text))
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
        _refuse(turn)
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


# comments ------------------------------------------------------------------------------------
async def comment(turn: T, arg: str) -> None:
    if await seen_round(turn) is None:
        _refuse(turn)
        return
    turn.move(Go.comment)


async def comment_typed(turn: T, text: str) -> None:
    text = " ".join(text.split())
    if len(text) > TEXT_MAX:
        _too_long(turn, TEXT_MAX, len(text))
        return
    if reads_like_disclosure(text):
        turn.ctx.pending = text
        turn.move(Go.hold_comment)
        return
    await _save_comment(turn, text)


async def _save_comment(turn: T, text: str) -> None:
    action = await _on_screen(turn)
    if action is None or action.deleted_at is not None or await seen_round(turn) is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    await turn.tx.plans.comment(action.id, turn.actor.user, text)
    turn.ctx.pending = None
    turn.say(turn.t.gettext("Comment saved. The facilitators read it without your name."))
    await _current(turn)


async def keep_comment(turn: T, arg: str) -> None:
    if turn.ctx.pending:
        await _save_comment(turn, turn.ctx.pending)


async def drop_comment(turn: T, arg: str) -> None:
    turn.ctx.pending = None
    await _current(turn)


async def comments(turn: T, arg: str) -> None:
    if await planned_round(turn) is None:
        _refuse(turn)
        return
    turn.move(Go.comments)


# targets -------------------------------------------------------------------------------------
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
