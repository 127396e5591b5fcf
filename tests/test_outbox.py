"""The group outbox on its own: the budget's window, coalesced counts, moves first."""

from __future__ import annotations

import asyncio
import time

from bot.outbox import GroupOutbox, Job
from tests.botapi import most_in_window


async def tap_for(outbox: GroupOutbox, seconds: float) -> None:
    """A count change every 10 ms on card 7."""
    for _ in range(int(seconds / 0.01)):
        outbox.mark(7)
        await asyncio.sleep(0.01)
    await outbox.idle()


async def test_counts_are_coalesced_to_one_drawing_per_interval() -> None:
    drawn: list[float] = []

    async def redraw(card: int) -> bool:
        drawn.append(time.monotonic())
        return True

    outbox = GroupOutbox(limit=1000, window=0.5, interval=0.1, redraw=redraw)
    started = time.monotonic()
    await tap_for(outbox, 0.6)
    elapsed = time.monotonic() - started
    assert 2 <= len(drawn) <= elapsed / 0.1 + 2, (len(drawn), elapsed)
    assert outbox.calls == len(drawn)
    # the last change is always shown: nothing is left marked
    assert outbox.dirty == set() and drawn[-1] >= started + 0.5


async def test_the_window_holds_however_often_counts_change() -> None:
    drawn: list[float] = []

    async def redraw(card: int) -> bool:
        drawn.append(time.monotonic())
        return True

    outbox = GroupOutbox(limit=4, window=0.5, interval=0.0, redraw=redraw)
    await tap_for(outbox, 1.2)
    assert len(drawn) >= 5
    assert most_in_window(drawn, 0.5) <= 4


async def test_moves_and_messages_go_before_pending_counts_in_their_order() -> None:
    order: list[str] = []

    async def redraw(card: int) -> bool:
        order.append(f"count {card}")
        return True

    def job(name: str) -> Job:
        async def run() -> None:
            order.append(name)
        return run

    outbox = GroupOutbox(limit=2, window=0.3, interval=0.0, redraw=redraw)
    outbox.mark(1)
    outbox.mark(2)
    outbox.push(job("summary"))
    outbox.push_card(3)
    await outbox.idle()
    assert order[:2] == ["summary", "count 3"]
    assert sorted(order[2:]) == ["count 1", "count 2"]


async def test_a_redraw_that_shows_nothing_new_costs_no_slot() -> None:
    async def unchanged(card: int) -> bool:
        return False

    outbox = GroupOutbox(limit=1, window=60.0, interval=0.0, redraw=unchanged)
    for card in range(5):
        outbox.mark(card)
        await outbox.idle()
    assert outbox.calls == 0 and not outbox.sent


async def test_a_failed_call_does_not_stop_the_queue() -> None:
    done: list[str] = []

    async def broken() -> None:
        raise RuntimeError("the group refused")

    async def fine() -> None:
        done.append("sent")

    async def redraw(card: int) -> bool:
        return True

    outbox = GroupOutbox(limit=5, window=1.0, interval=0.0, redraw=redraw)
    outbox.push(broken)
    outbox.push(fine)
    await outbox.idle()
    assert done == ["sent"] and outbox.calls == 2
