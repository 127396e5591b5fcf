"""What the agreed positions' buttons and typed words do."""

from __future__ import annotations

from flows.engine.store.positions import DISSENT_MAX, REASON_MAX
from flows.kit.access import facilitated_round, validated_version
from flows.kit.typed import too_long
from flows.positions.context import Go, PositionContext, T
from framework.scoring import DONT_KNOW, Rating


async def from_session(turn: T, arg: str) -> None:
    """The door from a session's card (`flows.kit.entries.AGREE`): "<card> <item> <voting>"."""
    card_id, item, voting = arg.split()
    card = await turn.tx.cards.get(int(card_id))
    if card is None or card.round_id is None or await facilitated_round(
            turn, card.round_id) is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx = PositionContext(round_id=card.round_id, item=item, session=card.id,
                               voting=int(voting))
    turn.move(Go.phase)


async def open_round(turn: T, round_id: str) -> None:
    """"Agreed positions" on the results screen: a meeting held without a group chat."""
    found = await facilitated_round(turn, int(round_id))
    if found is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx = PositionContext(round_id=found.id)
    turn.move(Go.items)


async def picked(turn: T, capability: str) -> None:
    turn.ctx = PositionContext(round_id=turn.ctx.round_id, item=f"cap:{capability}")
    turn.move(Go.phase)


async def phase_chosen(turn: T, phase: str) -> None:
    turn.ctx.phase = phase
    turn.move(Go.reason)


async def reason_chosen(turn: T, reason: str) -> None:
    await record(turn, reason, None)


async def reason_typed(turn: T, text: str) -> None:
    if len(text) > REASON_MAX:
        too_long(turn, REASON_MAX, len(text))
        return
    await record(turn, None, text)


async def frozen(turn: T, round_id: int) -> bool:
    """A validated round's positions no longer change (the person is told so)."""
    if await validated_version(turn, round_id) is None:
        return False
    turn.say(turn.t.gettext("This round is validated: its agreed positions no longer change. "
                            "Its facilitators can start a new version."), alert=True)
    return True


async def record(turn: T, reason: str | None, text: str | None) -> None:
    """The agreed position, recorded by someone who still facilitates the round; a session's
    card shows it from then on."""
    ctx = turn.ctx
    if (ctx.round_id is None or ctx.item is None or ctx.phase is None
            or await facilitated_round(turn, ctx.round_id) is None):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    if await frozen(turn, ctx.round_id):
        return
    phase: Rating = DONT_KNOW if ctx.phase == DONT_KNOW else int(ctx.phase)
    saved = await turn.tx.agreements.record(ctx.round_id, ctx.item, phase, reason, text,
                                            ctx.session, ctx.voting, turn.actor.user)
    ctx.agreement = saved.id
    if ctx.session is not None:
        card = await turn.tx.cards.get(ctx.session)
        if card is not None and await turn.tx.cards.confirm(card.id, seen=card.version):
            turn.card_changed(card)
    turn.move(Go.recorded)


async def dissent_typed(turn: T, text: str) -> None:
    if len(text) > DISSENT_MAX:
        too_long(turn, DISSENT_MAX, len(text))
        return
    await set_dissent(turn, text)


async def no_dissent(turn: T, arg: str) -> None:
    await set_dissent(turn, None)


async def set_dissent(turn: T, text: str | None) -> None:
    ctx = turn.ctx
    if (ctx.agreement is None or ctx.round_id is None
            or await facilitated_round(turn, ctx.round_id) is None):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    if await frozen(turn, ctx.round_id):
        return
    await turn.tx.agreements.set_dissent(ctx.agreement, text)
    turn.move(Go.recorded)


async def all_positions(turn: T, arg: str) -> None:
    turn.ctx = PositionContext(round_id=turn.ctx.round_id)
    turn.move(Go.items)
