"""A group's budget, shared by every process through the database.

Telegram counts a group's messages and edits whichever process sends them, so the window is
kept in one row per group (`GroupCalls`), read and written under that row's lock. A call is
counted from when it ended (which is no earlier than Telegram saw it); a call in flight is
counted until `lease` seconds after it began, so a process killed mid-call frees its slot.
The channel asks here (`Router.budgets`); it opens no transaction of its own.
"""

from __future__ import annotations

import time
import uuid

from flows.engine.store import Store

# No call to Telegram lasts longer than this (PTB's timeouts are 5 s for each phase).
CALL_LEASE_SECONDS = 30.0


def take_slot(calls: list[tuple[str, float]], now: float, limit: int, window: float,
              lease: float) -> tuple[list[tuple[str, float]], str | float]:
    """The calls still in the window with a new one (and its token) when the window has room;
    else the calls and how many seconds until the oldest leaves it."""
    live = [(token, at) for token, at in calls if at > now - window]
    if len(live) >= limit:
        return live, min(at for _, at in live) + window - now
    token = uuid.uuid4().hex[:16]
    return [*live, (token, now + lease)], token


def end_slot(calls: list[tuple[str, float]], token: str, now: float, used: bool
             ) -> list[tuple[str, float]]:
    """The call `token` ended now, or (not used) never happened."""
    if not used:
        return [(t, at) for t, at in calls if t != token]
    return [(t, now if t == token else at) for t, at in calls]


class Budgets:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def take(self, chat: str, limit: int, window: float, lease: float) -> str | float:
        """A slot's token, or how many seconds until one is free."""
        async with self.store.transaction() as tx:
            calls = await tx.group_calls.lock(chat)
            kept, got = take_slot(calls, time.time(), limit, window, lease)
            if kept != calls:
                await tx.group_calls.save(chat, kept)
        return got

    async def give_back(self, chat: str, token: str, used: bool) -> None:
        async with self.store.transaction() as tx:
            calls = await tx.group_calls.lock(chat)
            await tx.group_calls.save(chat, end_slot(calls, token, time.time(), used))

    async def calls(self, chat: str, window: float) -> list[tuple[str, float]]:
        """The calls recorded in the window now (tests)."""
        async with self.store.transaction() as tx:
            calls = await tx.group_calls.lock(chat)
        return [(t, at) for t, at in calls if at > time.time() - window]
