"""What the bot sends and edits in one group chat, within the group's budget.

Telegram allows about 20 messages a minute in a group, edits included. A session's card gets
a tap from everyone in the room within seconds, so:

* every call to the group waits for a slot of the group's budget, which every process shares
  (`bot.budget`): at most `limit` calls in any `window` seconds, whichever process makes them;
* a card whose count changed is drawn again at most once per `interval`, from the database at
  that moment (so the count shown is never older than what was saved, and all the updates in
  between cost one edit);
* anything urgent (a facilitator's Reveal, Next, Back or End, a new card, the summary) goes
  before any pending count update, in the order it came.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from bot.logs import describe

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[object]]  # a job that returns False made no call


@dataclass
class Slot:
    """The budget's slot a call holds: a card's drawing may give it back itself, in the same
    transaction that releases its claim (then `settled`), which saves one."""

    chat: str
    token: str
    settled: bool = False


# Draw a card (urgent: a move, drawn whoever drew it last); False when no call was made:
# nothing new to show, or another process draws it (it is looked at again by `mark`). It may
# settle the slot its call holds.
Redraw = Callable[[int, bool, Slot | None], Awaitable[bool]]


class Budget(Protocol):
    chat: str

    async def take(self) -> str | float:
        """A slot's token, or how many seconds to wait before asking again."""
        ...

    async def give_back(self, token: str, used: bool) -> None:
        """The call ended (counted from now), or was not made (the slot is free again)."""
        ...


class GroupOutbox:
    def __init__(self, budget: Budget, interval: float, redraw: Redraw) -> None:
        self.budget = budget
        self.interval = interval
        self.redraw = redraw
        self.urgent: deque[Job] = deque()
        self.dirty: set[int] = set()  # cards whose count changed since they were drawn
        self.drawn: dict[int, float] = {}  # card -> when it was last drawn
        self.calls = 0
        self._slot_held: Slot | None = None  # the slot the call being made holds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    # what channels hand in -----------------------------------------------------------------
    def push(self, job: Job) -> None:
        """An urgent call, sent before any count update."""
        self.urgent.append(job)
        self._kick()

    def push_card(self, card: int) -> None:
        """A facilitator's move on a card: drawn urgently, from the database when sent."""
        self.urgent.append(lambda: self._draw(card, urgent=True))
        self._kick()

    def mark(self, card: int) -> None:
        """A count changed on this card: drawn again within `interval`, coalesced."""
        self.dirty.add(card)
        self._kick()

    def forget(self) -> None:
        """The group is gone (the bot was removed): drop what waits."""
        self.urgent.clear()
        self.dirty.clear()

    async def idle(self) -> None:
        """Wait until nothing is left to send (tests and a clean stop)."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    # the sender ----------------------------------------------------------------------------
    def _kick(self) -> None:
        self._wake.set()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while self.urgent or self.dirty:
            self._wake.clear()
            if self.urgent:
                job = self.urgent.popleft()
            else:
                card, due = min(((c, self.drawn.get(c, 0.0) + self.interval)
                                 for c in self.dirty), key=lambda pair: pair[1])
                wait = due - time.monotonic()
                if wait > 0:
                    await self._sleep(wait)
                    continue
                job = self._bind(card)
            token = await self._slot()
            held = self._slot_held = Slot(self.budget.chat, token)
            called: object = True
            try:
                called = await job()
            except Exception as exc:  # one failed call must not stop the group's queue
                log.error("A call to a group failed: %s", describe(exc))
            finally:
                self._slot_held = None
            used = called is True or called is None
            if not held.settled:
                try:
                    await self.budget.give_back(token, used)
                except Exception as exc:  # the slot runs out by itself
                    log.error("A group's budget could not be updated: %s", describe(exc))
            self.calls += used

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):  # unless something urgent comes
            await asyncio.wait_for(self._wake.wait(), seconds)

    def _bind(self, card: int) -> Job:
        return lambda: self._draw(card, urgent=False)

    async def _draw(self, card: int, urgent: bool) -> bool:
        # whatever was pending for this card is shown by this drawing
        self.dirty.discard(card)
        self.drawn[card] = time.monotonic()
        return await self.redraw(card, urgent, self._slot_held)

    async def _slot(self) -> str:
        while True:
            try:
                got = await self.budget.take()
            except Exception as exc:  # the database is away: wait, then ask again
                log.error("A group's budget could not be read: %s", describe(exc))
                got = 1.0
            if isinstance(got, str):
                return got
            await asyncio.sleep(got)
