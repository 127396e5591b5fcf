"""What adversarial testing found, fixed in the flows and storage (issue: hardening)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.console import Console
from flows.assessment import screen_data, screens
from flows.engine.events import EventKind
from flows.engine.router import Router
from flows.engine.store import Answer, Source
from flows.kit.texts import MESSAGE_LIMIT
from framework import load_framework
from tests.botapi import html_to_plain, utf16_len
from tests.flows.chat import Chat
from tests.flows.test_engine import count

FW = load_framework()


def test_the_review_fits_as_telegram_counts_it() -> None:
    """21 notes of 80 emoji: 1,680 code points of notes, twice as many UTF-16 units."""
    from datetime import UTC, datetime

    from bot.i18n import translator

    note = "🙂" * 80
    answers = {
        cap.item: Answer(1, "tg:1", cap.item, 2, note, Source.PRIVATE, datetime.now(UTC))
        for cap in FW.capabilities
    }
    for language in ("en", "fr", "ar", "ru", "zh_Hans"):
        shown = screen_data.RoundView(1, "MD", datetime.now(UTC))
        data = screen_data.ReviewData(FW, shown, answers)
        (screen,) = screens.review(translator(language), data)
        assert utf16_len(html_to_plain(screen.text)) <= MESSAGE_LIMIT, language
        assert "🙂" in screen.text  # shortened, not dropped


async def test_an_unknown_command_is_not_echoed_whole(chat: Chat) -> None:
    reply = await chat.command("x" * 3100)
    text = reply.screens[0].text
    assert utf16_len(html_to_plain(text)) <= MESSAGE_LIMIT
    assert "x" * 31 + "…" in text and "x" * 33 not in text


def test_the_terminal_reads_a_superscript_two_as_text(router: Router) -> None:
    console = Console(router)
    event = console.event_for("²")
    assert event is not None and event.kind is EventKind.TEXT and event.arg == "²"


@pytest.mark.sqlite_only  # the file's bytes; PostgreSQL's are its VACUUM's business
async def test_forget_leaves_nothing_readable_on_disk(chat: Chat, database_url: str) -> None:
    await chat.start_round()
    await chat.type("Decree ZEBRA-7731 on the national council")
    await chat.tap("Phase 2")
    await chat.command("forget")
    await chat.tap("Delete my data")
    path = Path(database_url.split("///", 1)[1])
    files = [path, path.with_name(path.name + "-wal")]
    for file in files:
        if file.exists():
            content = file.read_bytes()
            assert b"ZEBRA-7731" not in content, file.name
            assert b"tg:1001" not in content, file.name
    assert count(database_url, "rounds") == 0  # no round left behind with nobody in it
