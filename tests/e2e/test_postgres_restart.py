"""PostgreSQL restarted in the middle of a session: the people in it carry on, nothing lost."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.botapi import BotApiServer
from tests.database import restart_server
from tests.e2e.conftest import rows, start_round, tap

pytestmark = pytest.mark.postgres_only

PHASES = ["Phase 1", "Phase 2", "Phase 3", "Phase 4", "Don't know"]


async def test_people_carry_on_through_a_database_restart(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    people = [server.user(5001 + n) for n in range(6)]
    for person in people:
        await start_round(person, country="Ghana")
    for number in range(3):  # three answers each before the restart
        await asyncio.gather(*(tap(p, PHASES[(p.id + number) % 5]) for p in people))

    started = rows(database_url, "SELECT pg_postmaster_start_time()")
    # the restart cuts every pooled connection while the people keep tapping
    restarting = asyncio.create_task(asyncio.to_thread(restart_server))
    answered = 3
    while not restarting.done() or answered < 6:
        await asyncio.gather(*(tap(p, PHASES[(p.id + answered) % 5]) for p in people))
        answered += 1
        assert answered < 21, "the restart did not end"
    await restarting
    assert rows(database_url, "SELECT pg_postmaster_start_time()") != started

    for person in people:
        assert f"{answered + 1}. " in person.screen().plain, person.screen().plain
        assert not any("not saved" in (toast or "").lower() for toast in person.toasts)
        assert all("went wrong" not in m.plain for m in person.messages())
        stored = dict(rows(database_url, "SELECT item, value FROM answers WHERE user = ?",
                           f"tg:{person.id}"))
        assert stored == {f"cap:{n + 1}": ("dont_know" if (person.id + n) % 5 == 4
                                           else str((person.id + n) % 5 + 1))
                          for n in range(answered)}
