"""What the router marks on each effect of a turn once it is drawn: the scope its buttons carry,
the direction of its language, and Telegram's content protection for a confidential round."""

from __future__ import annotations

import dataclasses
from typing import Any

from flows.engine.effects import Attach, EditCard, Effect, PostCard, Replace, Send
from flows.engine.events import Scope
from flows.engine.store import Transaction
from flows.engine.turn import Turn


class Confidential:
    """Which rounds are confidential, remembered per process: a round is made confidential
    when it is created and never after, so a tap need not ask the database again."""

    def __init__(self) -> None:
        self.known: dict[int, bool] = {}

    async def concerns(self, tx: Transaction, turn: Turn[Any]) -> bool:
        """Whether the turn concerns a confidential round: the chat's, the card's, or one
        whose screens it sends (`Turn.rounds_shown`)."""
        rounds = {turn.round_id, turn.card.round_id if turn.card else None,
                  *turn.rounds_shown}
        for round_id in rounds - {None}:
            assert round_id is not None
            if round_id not in self.known:
                found = await tx.rounds.get(round_id)
                if found is None:
                    continue
                self.known[round_id] = found.confidential
            if self.known[round_id]:
                return True
        return False


def protected(effect: Effect) -> Effect:
    """The effect sent with Telegram's content protection (a confidential round's)."""
    if isinstance(effect, Replace | Send | PostCard | EditCard):
        return dataclasses.replace(effect, screen=dataclasses.replace(effect.screen,
                                                                      protect=True))
    if isinstance(effect, Attach) and effect.attachment.protect is None:
        return dataclasses.replace(effect, attachment=dataclasses.replace(
            effect.attachment, protect=True))
    return effect


def stamped(effect: Effect, scope: Scope, rtl: bool) -> Effect:
    # a card is drawn in its group's language, which sets its direction itself
    if isinstance(effect, Replace | Send) and rtl:
        effect = dataclasses.replace(effect, screen=dataclasses.replace(effect.screen, rtl=True))
    if isinstance(effect, Replace | Send) and effect.scope is None:
        return dataclasses.replace(effect, scope=scope)
    return effect
