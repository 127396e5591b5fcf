"""The group outbox on its own: the budget's window, coalesced counts, moves first.

The budget is the real one, kept in a SQLite file as every process shares it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.budget import SharedBudget
from bot.outbox import GroupOutbox, Job, Slot
from flows.engine.budget import Budgets, end_slot, take_slot
from storage.migrate import migrate
from storage.store import SqlStore
from tests.botapi import most_in_window


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'outbox.sqlite3'}"
    await migrate(url)
    opened = SqlStore.from_url(url)
    yield opened
    await opened.close()


def outbox_of(store: SqlStore, limit: int, window: float, interval: float,
              redraw: object, chat: str = "-100") -> GroupOutbox:
    budget = SharedBudget(Budgets(store), chat, limit, window)
    return GroupOutbox(budget, interval, redraw)  # type: ignore[arg-type]


async def tap_for(outbox: GroupOutbox, seconds: float) -> None:
    """A count change every 10 ms on card 7."""
    for _ in range(int(seconds / 0.01)):
        outbox.mark(7)
        await asyncio.sleep(0.01)
    await outbox.idle()


async def test_counts_are_coalesced_to_one_drawing_per_interval(store: SqlStore) -> None:
    drawn: list[float] = []

    async def redraw(card: int, urgent: bool, slot: Slot | None = None) -> bool:
        drawn.append(time.monotonic())
        return True

    outbox = outbox_of(store, limit=1000, window=0.5, interval=0.1, redraw=redraw)
    started = time.monotonic()
    await tap_for(outbox, 0.6)
    elapsed = time.monotonic() - started
    assert 2 <= len(drawn) <= elapsed / 0.1 + 2, (len(drawn), elapsed)
    assert outbox.calls == len(drawn)
    # the last change is always shown: nothing is left marked
    assert outbox.dirty == set() and drawn[-1] >= started + 0.5


async def test_the_window_holds_however_often_counts_change(store: SqlStore) -> None:
    drawn: list[float] = []

    async def redraw(card: int, urgent: bool, slot: Slot | None = None) -> bool:
        drawn.append(time.monotonic())
        return True

    outbox = outbox_of(store, limit=4, window=0.5, interval=0.0, redraw=redraw)
    await tap_for(outbox, 1.2)
    assert len(drawn) >= 5
    assert most_in_window(drawn, 0.5) <= 4


async def test_two_processes_share_one_groups_window(store: SqlStore, tmp_path: Path) -> None:
    """Two outboxes on two connections to one file (as two processes): the window is the
    group's, not each one's."""
    other = SqlStore.from_url(f"sqlite+aiosqlite:///{tmp_path / 'outbox.sqlite3'}")
    drawn: list[float] = []

    async def redraw(card: int, urgent: bool, slot: Slot | None = None) -> bool:
        drawn.append(time.monotonic())
        return True

    try:
        first = outbox_of(store, limit=4, window=0.5, interval=0.0, redraw=redraw)
        second = outbox_of(other, limit=4, window=0.5, interval=0.0, redraw=redraw)
        await asyncio.gather(tap_for(first, 1.2), tap_for(second, 1.2))
    finally:
        await other.close()
    assert len(drawn) >= 5
    assert most_in_window(drawn, 0.5) <= 4


async def test_moves_and_messages_go_before_pending_counts_in_their_order(
    store: SqlStore,
) -> None:
    order: list[str] = []

    async def redraw(card: int, urgent: bool, slot: Slot | None = None) -> bool:
        order.append(f"{'move' if urgent else 'count'} {card}")
        return True

    def job(name: str) -> Job:
        async def run() -> None:
            order.append(name)
        return run

    outbox = outbox_of(store, limit=2, window=0.3, interval=0.0, redraw=redraw)
    outbox.mark(1)
    outbox.mark(2)
    outbox.push(job("summary"))
    outbox.push_card(3)
    await outbox.idle()
    assert order[:2] == ["summary", "move 3"]
    assert sorted(order[2:]) == ["count 1", "count 2"]


async def test_a_redraw_that_shows_nothing_new_costs_no_slot(store: SqlStore) -> None:
    async def unchanged(card: int, urgent: bool, slot: Slot | None = None) -> bool:
        return False

    outbox = outbox_of(store, limit=1, window=60.0, interval=0.0, redraw=unchanged)
    for card in range(5):
        outbox.mark(card)
        await outbox.idle()
    assert outbox.calls == 0
    assert await SharedBudget(Budgets(store), "-100", 1, 60.0).calls() == []


async def test_a_failed_call_does_not_stop_the_queue(store: SqlStore) -> None:
    done: list[str] = []

    async def broken() -> None:
        raise RuntimeError("the group refused")

    async def fine() -> None:
        done.append("sent")

    async def redraw(card: int, urgent: bool, slot: Slot | None = None) -> bool:
        return True

    outbox = outbox_of(store, limit=5, window=1.0, interval=0.0, redraw=redraw)
    outbox.push(broken)
    outbox.push(fine)
    await outbox.idle()
    assert done == ["sent"] and outbox.calls == 2


def test_a_slot_in_flight_counts_until_its_lease_and_then_from_its_end() -> None:
    calls: list[tuple[str, float]] = []
    calls, token = take_slot(calls, now=100.0, limit=2, window=10.0, lease=30.0)
    assert isinstance(token, str) and calls == [(token, 130.0)]
    calls, second = take_slot(calls, now=101.0, limit=2, window=10.0, lease=30.0)
    assert isinstance(second, str)
    calls, wait = take_slot(calls, now=102.0, limit=2, window=10.0, lease=30.0)
    assert wait == pytest.approx(38.0)  # a call in flight counts until its lease runs out
    calls = end_slot(calls, token, now=103.0, used=True)
    calls = end_slot(calls, second, now=103.0, used=False)  # never made: freed at once
    assert calls == [(token, 103.0)]
    calls, wait = take_slot(calls, now=104.0, limit=1, window=10.0, lease=30.0)
    assert wait == pytest.approx(9.0)
    calls, later = take_slot(calls, now=113.5, limit=1, window=10.0, lease=30.0)
    assert isinstance(later, str) and len(calls) == 1
