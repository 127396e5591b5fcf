"""Changing an action that several people edit from their own chats: each field, its status,
deleting it, a change kept to apply again (flows.engine.records), and comments."""

from __future__ import annotations

from typing import Any

from flows.engine.records import compare_and_set
from flows.engine.store.plans import (
    INDICATOR_MAX,
    TEXT_MAX,
    Cost,
    PlanAction,
    Status,
)
from flows.kit.disclosure import reads_like_disclosure
from flows.kit.typed import too_long
from flows.plan.checks import (
    one_line,
    party,
    refuse,
)
from flows.plan.context import Go, T
from flows.plan.loading import planned_round, seen_round


async def on_screen(turn: T) -> PlanAction | None:
    record = turn.ctx.shown.record
    found = await turn.tx.plans.action(record) if record is not None else None
    return None if found is None or found.round_id != turn.round_id else found


async def show_current(turn: T) -> None:
    """The action drawn again as it is now (or the plan, if it was deleted meanwhile)."""
    now = await on_screen(turn)
    if now is None or now.deleted_at is not None:
        turn.move(Go.back)
        return
    turn.ctx.shown.refreshed(now.version)
    turn.move(Go.changed)


async def edit_action(turn: T, changes: dict[str, Any], *, stay: bool = False) -> bool:
    """Change the action on screen, compared and set on the version the screen showed; after
    someone else's change, the action as it is now with this change kept to apply again."""
    if await planned_round(turn) is None:
        refuse(turn)
        return False
    user = turn.actor.user

    async def write(record: int, version: int) -> PlanAction | None:
        return await turn.tx.plans.change(record, version, user, changes)

    if await compare_and_set(turn, turn.ctx.shown, changes, write) is None:
        await show_current(turn)
        return False
    turn.move(Go.toggled if stay else Go.changed)
    return True


async def status(turn: T, value: str) -> None:
    if await edit_action(turn, {"status": Status(value)}):
        turn.say(turn.t.gettext("Status changed."))


async def reapply(turn: T, arg: str) -> None:
    """Apply again the change that was made on an outdated screen, on the action as now."""
    kept = turn.ctx.shown.kept
    if not kept:
        turn.move(Go.changed)
        return
    if await edit_action(turn, dict(kept)):
        turn.say(turn.t.gettext("Your change is made."))


async def discard(turn: T, arg: str) -> None:
    turn.ctx.shown.kept = None
    turn.move(Go.changed)


async def confirm_delete(turn: T, arg: str) -> None:
    shown = turn.ctx.shown
    assert shown.record is not None and shown.version is not None
    if await planned_round(turn) is None:
        refuse(turn)
        return
    if not await turn.tx.plans.delete(shown.record, shown.version, turn.actor.user):
        turn.say(turn.t.gettext(
            "Someone changed this action a moment ago: nothing was deleted. Here it is now."),
            alert=True)
        await show_current(turn)
        return
    turn.ctx.shown.record = turn.ctx.shown.version = None
    turn.say(turn.t.gettext("Deleted. It stays in the plan's history."))
    turn.move(Go.back)


async def edit(turn: T, arg: str) -> None:
    if await planned_round(turn) is None:
        refuse(turn)
        return
    turn.move(Go.edit)


async def field(turn: T, name: str) -> None:
    turn.move(Go.field, name)


async def support(turn: T, arg: str) -> None:
    """A supporting agency or sector, on or off (the lead is never also supporting)."""
    chosen_party, action = await party(turn, arg), await on_screen(turn)
    if chosen_party is None or action is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    now = action.supporting
    chosen = (tuple(p for p in now if p != chosen_party) if chosen_party in now
              else (*now, chosen_party))
    await edit_action(turn, {"supporting": tuple(p for p in chosen if p != action.lead)}, stay=True)


async def relate(turn: T, capability: str) -> None:
    """A related capability, on or off (listed with the action, never counted twice)."""
    action = await on_screen(turn)
    number = int(capability)
    if action is None or number == action.capability:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    now = action.related
    chosen = tuple(c for c in now if c != number) if number in now else (*now, number)
    await edit_action(turn, {"related": tuple(sorted(chosen))}, stay=True)


async def cost(turn: T, value: str) -> None:
    await edit_action(turn, {"cost": None if value == "none" else Cost(value)})


async def indicator_typed(turn: T, text: str) -> None:
    text = one_line(text)
    if len(text) > INDICATOR_MAX:
        too_long(turn, INDICATOR_MAX, len(text))
        return
    await edit_action(turn, {"indicator": text or None})


async def no_indicator(turn: T, arg: str) -> None:
    await edit_action(turn, {"indicator": None})


async def done(turn: T, arg: str) -> None:
    await show_current(turn)


async def comment(turn: T, arg: str) -> None:
    if await seen_round(turn) is None:
        refuse(turn)
        return
    turn.move(Go.comment)


async def comment_typed(turn: T, text: str) -> None:
    text = " ".join(text.split())
    if len(text) > TEXT_MAX:
        too_long(turn, TEXT_MAX, len(text))
        return
    if reads_like_disclosure(text):
        turn.ctx.pending = text
        turn.move(Go.hold_comment)
        return
    await _save_comment(turn, text)


async def _save_comment(turn: T, text: str) -> None:
    action = await on_screen(turn)
    if action is None or action.deleted_at is not None or await seen_round(turn) is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    await turn.tx.plans.comment(action.id, turn.actor.user, text)
    turn.ctx.pending = None
    turn.say(turn.t.gettext("Comment saved. The facilitators read it without your name."))
    await show_current(turn)


async def keep_comment(turn: T, arg: str) -> None:
    if turn.ctx.pending:
        await _save_comment(turn, turn.ctx.pending)


async def drop_comment(turn: T, arg: str) -> None:
    turn.ctx.pending = None
    await show_current(turn)


async def comments(turn: T, arg: str) -> None:
    if await planned_round(turn) is None:
        refuse(turn)
        return
    turn.move(Go.comments)
