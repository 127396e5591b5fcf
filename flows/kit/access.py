"""Who may act on a round: its facilitators (a solo assessment's owner is its facilitator) and
the bot's administrators."""

from __future__ import annotations

from typing import Any

from flows.engine.store import Role, Round
from flows.engine.store.validation import State, Version
from flows.engine.turn import Turn


async def facilitated_round(turn: Turn[Any], round_id: int | None = None) -> Round | None:
    """The chat's current round (or `round_id`), if this person facilitates it (or
    administers the bot)."""
    round_id = turn.round_id if round_id is None else round_id
    if round_id is None:
        return None
    participation = await turn.tx.rounds.participation(round_id, turn.actor.user)
    if participation is not None and participation.role is Role.FACILITATOR:
        return participation.round
    if turn.actor.user in turn.env.admins:
        return await turn.tx.rounds.get(round_id)
    return None


async def validated_version(turn: Turn[Any], round_id: int) -> Version | None:
    """The round's validated version, if it is validated (and not superseded): the round is
    then frozen, its answers, plan and agreed positions included."""
    current = (await turn.tx.validations.of_round(round_id)).current
    return current if current is not None and current.state is State.VALIDATED else None
