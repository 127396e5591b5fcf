"""End to end: the real python-telegram-bot Application over HTTP to the local Bot API server."""

from __future__ import annotations

import io
import itertools
import logging
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from bot import logs
from bot.settings import Settings
from bot.telegram import attach, build_application, detach
from tests import database
from tests.botapi import BotApiServer, Person, Screen
from tests.database import rows as rows

TOKEN = "123456:TEST-token"


@pytest.fixture
def server() -> Iterator[BotApiServer]:
    with BotApiServer(token=TOKEN) as running:
        yield running


def settings_for(server: BotApiServer, database_url: str) -> Settings:
    return Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=server.base_url,
        database_url=database_url,
        overall_per_second=10_000,
        # a write blocked by another process gives up quickly, for the tests that hold a lock
        database_busy_timeout_ms=300,
    )


@pytest.fixture
def captured_log() -> Iterator[io.StringIO]:
    """Everything the process logs, at DEBUG, as the bot's own handler writes it."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level,
             {name: logging.getLogger(name).level for name in logs.LIBRARY_FLOORS})
    stream = io.StringIO()
    logs.configure(logging.DEBUG, stream)
    try:
        yield stream
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved[0]:
            root.addHandler(handler)
        root.setLevel(saved[1])
        for name, level in saved[2].items():
            logging.getLogger(name).setLevel(level)


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[Any]:
    """The bot's Application, polling the local Bot API server, for the `async with`. A new
    SQLite file starts as a copy of one migrated once (`database.migrated`); the bot's own
    migration then finds nothing to do."""
    if not database.on_postgres():  # a PostgreSQL database is made (and migrated) per test
        database.migrated(settings.database_url)
    application = build_application(settings)
    await application.initialize()
    await attach(application)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await detach(application)
        await application.shutdown()


@pytest.fixture
async def bot(server: BotApiServer, database_url: str) -> AsyncIterator[Any]:
    database.migrated(database_url)  # the bot's own migration then finds nothing to do
    async with running(settings_for(server, database_url)) as application:
        yield application


# bot_output by (server, chat): the chat's version when counted, and the count
_OUTPUT: dict[tuple[int, int], tuple[int, int]] = {}


def bot_output(person: Person) -> int:
    """How many messages the bot has sent to this person's chat, plus how often it edited them
    (the server's own version also counts what the person sends). Taking the buttons off an
    earlier screen, once a new one is sent, is not counted: it is not the answer waited for."""
    version = person.server.chat_version(person.id)
    known = _OUTPUT.get((id(person.server), person.id))
    if known is not None and known[0] == version:  # nothing of the bot's changed since
        return known[1]
    messages = person.server.messages(person.id)
    edits = 0
    for message in messages:
        states = [(r.plain, r.reply_markup) for r in message.history]
        states.append((message.plain, message.reply_markup))
        for before, after in itertools.pairwise(states):
            if not (after[0] == before[0] and not (after[1] or {}).get("inline_keyboard")):
                edits += 1
    counted = len([m for m in messages if not m.deleted]) + edits
    _OUTPUT[(id(person.server), person.id)] = (version, counted)
    return counted


async def tap(person: Person, label: str, changes: int = 1) -> Screen:
    """Press a button as a person does; wait for its toast and `changes` sends or edits."""
    before = bot_output(person)
    query = await person.press(label)
    await person.wait_answered(query)
    await person.wait_for(lambda: bot_output(person) >= before + changes)
    return person.screen()


async def say(person: Person, text: str, changes: int = 1) -> Screen:
    """Send a text or command; wait for the bot's reply."""
    before = bot_output(person)
    await person.send(text)
    await person.wait_for(lambda: bot_output(person) >= before + changes)
    return person.screen()


async def start_round(person: Person, country: str = "Moldova", sector: str = "Government"
                      ) -> Screen:
    await say(person, "/start")
    await tap(person, "I agree")
    await say(person, country)
    await tap(person, country)
    await tap(person, sector)
    return await tap(person, "Start (question 1)")  # after the introduction


LINK = re.compile(r"https://t\.me/mnr_test_bot\?start=([A-Za-z0-9_\-]+)")


async def open_round_links(person: Person, country: str, title: str) -> list[str]:
    """/new (agreeing first if need be): country, title, sector; the round's three codes
    (participants, co-facilitators, the pulse check)."""
    screen = await say(person, "/new")
    if "I agree" in screen.labels:
        await tap(person, "I agree")
    await say(person, country)
    await tap(person, country)
    await say(person, title)
    await tap(person, "Answers under pseudonyms")
    await tap(person, "Government", changes=2)  # the round's screen and its QR code
    opened = [m for m in person.messages() if m.buttons][-1]
    assert f"Round opened: {title}" in opened.plain
    codes: list[str] = LINK.findall(opened.plain)
    assert len(codes) == 3, opened.plain
    assert person.messages()[-2].photo is not None or person.messages()[-1].photo is not None
    return codes


def unneutralised(cell: str) -> str:
    """A CSV cell as typed: the quote OWASP's advice puts before a formula's first sign."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") \
        else cell
