"""A thousand Telegram faults (429 with retry_after, 5xx, timeouts) across methods, while 200
people take the pulse check and then vote 300 times on a group card: no crash, no double
count, and every person's screen is eventually right.

The bot runs as a web process (its own CPU; the test's 200 waiting people would crowd an
event loop shared with it), with a Bot API timeout shorter than the server's held answers."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

from framework.scoring import Rating
from tests.botapi import BotApiServer
from tests.e2e.conftest import open_round_links, rows, say
from tests.e2e.patient import pulse_labels, take_pulse
from tests.e2e.test_session_telegram import (
    BUDGET,
    DATABASE,
    INTERVAL,
    PHASES,
    PULSE_ITEMS,
    WINDOW,
    card_of,
    session_answers,
    start_session,
    value_of,
)
from tests.e2e.webprocess import WebProcess

FAULTS, PEOPLE, BATCH = 1000, 200, 50
KINDS = ("429", "5xx", "5xx", "5xx", "timeout", "timeout", "timeout")
PAUSE = 0.05


async def test_a_thousand_faults_lose_nothing_and_count_nothing_twice(
    server: BotApiServer, database_url: str, tmp_path: Path
) -> None:
    server.limit_group(BUDGET, WINDOW)
    DATABASE[0] = database_url
    web = WebProcess(server, database_url, tmp_path / "web.log", telegram_timeout_seconds="1.0",
                     group_messages_per_window=str(BUDGET), group_window_seconds=str(WINDOW),
                     group_card_interval_seconds=str(INTERVAL))
    try:
        await asyncio.to_thread(web.start().healthy)
        server.route_webhook([web.url])
        await faults_survived(server, database_url)
        assert web.process is not None and web.process.poll() is None  # no crash
    finally:
        web.stop()


async def faults_survived(server: BotApiServer, database_url: str) -> None:
    facilitator = server.user(6000)
    pulse = (await open_round_links(facilitator, "Chile", "Chile meeting"))[2]
    group = server.group(-1_000_006_000, "Chile task force", kind="supergroup")
    await group.add_bot(facilitator)
    people = [server.user(6001 + n) for n in range(PEOPLE)]

    # from here on, a third of all calls fail, up to a thousand faults; fewer of them 429s,
    # which pause every call of the bot (as Telegram's flood control asks) for PAUSE seconds:
    # tests/e2e/test_hardening_telegram.py shows the pause is kept whatever its length
    server.inject_faults(0.35, seed=2026, hold=1.2, limit=FAULTS, kinds=KINDS, pause=PAUSE)
    for first in range(0, PEOPLE, BATCH):
        batch = people[first:first + BATCH]
        await asyncio.gather(*(take_pulse(p, pulse, "Chile meeting", patience=2)
                               for p in batch))
    found = rows(database_url, "SELECT user, item, value FROM answers")
    assert sorted(found) == sorted(
        (f"tg:{p.id}", item, str(value_of(label)))
        for p in people for item, label in zip(PULSE_ITEMS, pulse_labels(p.id),
                                               strict=True))

    server.inject_faults(0.0)  # the session is set up without faults, then they resume
    card, card_id = await start_session(facilitator, group, "Chile meeting (Chile)")
    server.inject_faults(0.35, seed=7, hold=1.2, limit=FAULTS - len(server.injected),
                         kinds=KINDS, pause=PAUSE)
    final: dict[str, Rating] = {}
    presses = [(p, PHASES[p.id % 5]) for p in people] + [
        (p, PHASES[(p.id + 1) % 5]) for p in people[:100]]
    for person, label in presses:
        final[f"tg:{person.id}"] = value_of(label)
        await person.press(label, chat=group, message_id=card.message_id)
    await facilitator.wait_for(
        lambda: session_answers(database_url, card_id) == {PULSE_ITEMS[0]: final},
        timeout=120)
    await facilitator.wait_for(lambda: f"{PEOPLE} votes" in card_of(group).plain,
                               timeout=120, chat=group)

    injected = list(server.injected)
    assert len(injected) == FAULTS, len(injected)
    kinds = Counter(kind for _, kind in injected)
    methods = Counter(method for method, _ in injected)
    assert set(kinds) == {"429", "5xx", "timeout"}, kinds
    assert {"sendmessage", "editmessagetext", "answercallbackquery"} <= set(methods)

    # the bot is still there, and answers a newcomer at once
    server.inject_faults(0.0)
    newcomer = server.user(6999)
    assert "I agree" in (await say(newcomer, "/start")).labels
