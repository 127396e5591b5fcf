"""Who draws a group card's message, when several processes serve one database.

Only the holder of a card's claim edits its message; a count update is claimed only when the
message shows fewer changes than were made, and not more often than the interval. Everything
is read from the database after the claim, so the last drawing shows at least what was saved
before it began; a drawing that failed leaves the card marked, and `to_draw` finds it again,
whichever process is still alive.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import os
import socket
import time
import uuid
from datetime import UTC, datetime, timedelta

from bot.outbox import Slot
from flows.engine.budget import CALL_LEASE_SECONDS
from flows.engine.cards import Cards
from flows.engine.effects import EditCard
from flows.engine.store import Drawing

# How long a move waits for another process's drawing to finish before it draws anyway.
MOVE_WAIT_SECONDS = CALL_LEASE_SECONDS


def process_name() -> str:
    """This process among the others on the database (host, pid and a random part)."""
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def fingerprint(text: str, markup: str) -> str:
    return hashlib.sha256(f"{text}\x00{markup}".encode()).hexdigest()[:32]


class CardDrawings:
    def __init__(self, cards: Cards, interval: float, owner: str | None = None,
                 lease: float = CALL_LEASE_SECONDS) -> None:
        self.cards = cards
        self.interval = interval
        self.owner = owner or process_name()
        self.lease = lease

    async def claim(self, card: int, urgent: bool) -> tuple[Drawing, EditCard | None] | None:
        """A count update's claim with the card's screen now, or None (nothing new, drawn
        lately, or drawn elsewhere); a move waits for another process's drawing to end."""
        deadline = time.monotonic() + MOVE_WAIT_SECONDS
        while True:
            now = datetime.now(UTC)
            drawn_before = None if urgent else now - timedelta(seconds=self.interval)
            claimed = await self.cards.claim_drawing(
                card, self.owner, now, now + timedelta(seconds=self.lease), drawn_before)
            if claimed is not None or not urgent or time.monotonic() > deadline:
                return claimed
            await asyncio.sleep(0.05)

    async def release(self, drawing: Drawing, shown: str | None, drew: bool,
                      slot: Slot | None = None) -> None:
        """The claim given back (and the budget's slot the call held, in the same
        transaction)."""
        await self.cards.release_drawing(drawing, self.owner, shown,
                                         datetime.now(UTC) if drew else None, _settle(slot, drew))

    async def failed(self, drawing: Drawing, slot: Slot | None = None) -> None:
        """Nothing new was shown: the card stays marked for whoever looks next."""
        await self.cards.release_drawing(
            dataclasses.replace(drawing, changes=drawing.drawn), self.owner, drawing.shown, None,
            _settle(slot, True))

    async def to_draw(self) -> list[tuple[int, str]]:
        return await self.cards.to_draw()


def _settle(slot: Slot | None, used: bool) -> tuple[str, str, bool] | None:
    if slot is None:
        return None
    slot.settled = True
    return slot.chat, slot.token, used
