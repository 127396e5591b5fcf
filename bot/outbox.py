"""What the bot sends and edits in one group chat, within the group's budget.

Telegram allows about 20 messages a minute in a group, edits included. A session's card gets
a tap from everyone in the room within seconds, so:

* every call to the group waits for a slot: at most `limit` in any `window` seconds;
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

from bot.logs import describe

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[object]]  # a job that returns False made no call


class GroupOutbox:
    def __init__(self, limit: int, window: float, interval: float,
                 redraw: Callable[[int], Awaitable[bool]]) -> None:
        self.limit = limit
        self.window = window
        self.interval = interval
        self.redraw = redraw
        self.sent: deque[float] = deque()  # monotonic times of the calls in the window
        self.urgent: deque[Job] = deque()
        self.dirty: set[int] = set()  # cards whose count changed since they were drawn
        self.drawn: dict[int, float] = {}  # card -> when it was last drawn
        self.calls = 0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    # what channels hand in -----------------------------------------------------------------
    def push(self, job: Job) -> None:
        """An urgent call, sent before any count update."""
        self.urgent.append(job)
        self._kick()

    def push_card(self, card: int) -> None:
        """A facilitator's move on a card: drawn urgently, from the database when sent."""
        self.urgent.append(self._bind(card))
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
            await self._slot()
            if self.urgent:
                job = self.urgent.popleft()
            else:
                card, due = min(((c, self.drawn.get(c, 0.0) + self.interval)
                                 for c in self.dirty), key=lambda pair: pair[1])
                wait = due - time.monotonic()
                if wait > 0:
                    with contextlib.suppress(TimeoutError):  # unless something urgent comes
                        await asyncio.wait_for(self._wake.wait(), wait)
                    continue
                job = self._bind(card)
            called: object = True
            try:
                called = await job()
            except Exception as exc:  # one failed call must not stop the group's queue
                log.error("A call to a group failed: %s", describe(exc))
            if called is not False:
                # counted from when the call ended, which is no earlier than Telegram saw it:
                # calls to one group go one at a time, so the window holds on Telegram's clock
                self.sent.append(time.monotonic())
                self.calls += 1

    def _bind(self, card: int) -> Job:
        return lambda: self._draw(card)

    async def _draw(self, card: int) -> bool:
        # whatever was pending for this card is shown by this drawing
        self.dirty.discard(card)
        self.drawn[card] = time.monotonic()
        return await self.redraw(card)

    async def _slot(self) -> None:
        while True:
            now = time.monotonic()
            while self.sent and self.sent[0] <= now - self.window:
                self.sent.popleft()
            if len(self.sent) < self.limit:
                return
            await asyncio.sleep(self.sent[0] + self.window - now)
