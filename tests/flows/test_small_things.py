"""Smaller things the reviews found (issue 18, item 4), each pinned."""

from __future__ import annotations

from flows.engine.effects import Attach
from flows.engine.router import Router
from tests.e2e.test_trust_telegram import png_texts
from tests.flows.chat import Chat


async def test_an_unknown_command_gets_one_line_and_where_help_is(chat: Chat) -> None:
    reply = await chat.command("frobnicate")
    (screen,) = reply.screens
    assert "\n" not in screen.text
    assert "/frobnicate" in screen.text and "/help" in screen.text
    assert "How this assistant works" not in screen.text


async def test_language_marks_the_current_one(chat: Chat) -> None:
    await chat.command("start")
    await chat.tap("I agree")
    await chat.command("language")
    assert "✓ English" in chat.labels and "✓ français" not in chat.labels
    await chat.tap("français")
    await chat.command("language")
    assert "✓ français" in chat.labels and "English" in chat.labels


async def test_arabic_help_lines_start_from_the_right(router: Router) -> None:
    chat = Chat(router, language="ar")
    reply = await chat.command("help")
    lines = [ln for ln in reply.screens[0].text.splitlines() if "/" in ln and " – " in ln]
    assert lines, reply.screens[0].text
    # the command is isolated: the line's first strong character is the Arabic description
    assert all(line.startswith("\u2068/") for line in lines), lines


async def test_a_summary_is_partial_only_while_something_is_unanswered(chat: Chat) -> None:
    await chat.start_round()
    for _ in range(20):
        await chat.tap("Phase 2")
    await chat.command("summary")
    assert "Partial summary" in chat.last.screens[0].text  # one question still open
    await chat.command("start")
    await chat.tap(next(label for label in chat.labels if label.startswith("Continue")))
    await chat.tap("Don't know")
    await chat.command("summary")  # all rated, Finish never pressed
    assert "Partial summary" not in chat.last.screens[0].text


async def test_a_round_s_qr_code_names_the_round_on_the_image(chat: Chat) -> None:
    await chat.command("new")
    await chat.tap("I agree")
    await chat.type("Peru")
    await chat.tap("Peru")
    await chat.type("Peru 2026")
    await chat.tap("Answers under pseudonyms")
    reply = await chat.tap("Government")
    (picture,) = [e.attachment for e in reply.effects if isinstance(e, Attach)]
    assert png_texts(picture.data)["Title"] == "Peru 2026 (Peru)"
    opened = reply.screens[-1].text
    assert "above" not in opened and "QR code, sent with it" in opened
