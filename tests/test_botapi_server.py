"""Self-tests of the fake Bot API server, driven by a real python-telegram-bot Application.

Why: the end-to-end tests trust this server to behave like Telegram. These tests pin the parts
they rely on (keyboards, edits, Telegram's 400s and 429s, privacy mode, re-delivered updates,
long polling, uploads, a bot process restarted after SIGKILL) against PTB's real HTTP stack.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.botapi import BotApiServer, Person, parse_html, utf16_len

TOKEN = "123:TEST"
App = Application[Any, Any, Any, Any, Any, Any]
GROUP_ID = -1001234


# ------------------------------------------------------------------------------ a tiny bot


def keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes", callback_data="pick:yes"),
                InlineKeyboardButton("No", callback_data="pick:no"),
            ]
        ]
    )


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(
        "Pick <b>one</b>", parse_mode=ParseMode.HTML, reply_markup=keyboard()
    )


async def pick(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    choice = query.data.split(":", 1)[1]
    await query.answer(f"You chose {choice}")
    await query.edit_message_text(f"Chosen: <i>{choice}</i>", parse_mode=ParseMode.HTML)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echoes text and counts calls per update_id (to observe re-delivered updates)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    seen: list[int] = context.bot_data.setdefault("echoed", [])
    seen.append(update.update_id)
    await message.reply_text(f"echo: {message.text}")


def build_app(server: BotApiServer) -> App:
    app = (
        Application.builder()
        .token(TOKEN)
        .base_url(server.base_url)
        .base_file_url(server.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pick, pattern=r"^pick:"))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


@pytest.fixture
def server() -> Iterator[BotApiServer]:
    with BotApiServer(token=TOKEN) as srv:
        yield srv


@pytest.fixture
async def app(server: BotApiServer) -> AsyncIterator[App]:
    """The bot polling the fake server in the test's own event loop."""
    application = build_app(server)
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        yield application
        await application.updater.stop()
        await application.stop()


@pytest.fixture
def alice(server: BotApiServer) -> Person:
    return server.user(1001, "Alice")


# ------------------------------------------------------------------------------ conversations


async def test_start_shows_keyboard_and_press_edits(app: App, alice: Person) -> None:
    screen = await alice.ask("/start")
    assert screen.text == "Pick <b>one</b>"
    assert screen.plain == "Pick one"
    assert screen.buttons == [["Yes", "No"]]
    assert screen.callback_data == {"Yes": "pick:yes", "No": "pick:no"}

    query_id = await alice.press("Yes")
    assert await alice.wait_answered(query_id) == "You chose yes"
    edited = await alice.wait_screen("Chosen: yes")
    assert edited.message_id == screen.message_id
    assert edited.edits == 1
    assert edited.buttons == []  # an edit that does not repeat the keyboard drops it
    assert alice.toasts == ["You chose yes"]


async def test_press_reports_available_labels(app: App, alice: Person) -> None:
    await alice.ask("/start")
    with pytest.raises(AssertionError, match=r"available: \['Yes', 'No'\]"):
        await alice.press("Maybe")


async def test_identical_edit_is_not_modified(app: App, alice: Person) -> None:
    sent = await app.bot.send_message(alice.id, "Hello", reply_markup=keyboard())
    await app.bot.edit_message_text(
        "Hello <b>there</b>",
        alice.id,
        sent.message_id,
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(),
    )
    with pytest.raises(BadRequest, match="Message is not modified"):
        await app.bot.edit_message_text(
            "Hello <b>there</b>",
            alice.id,
            sent.message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard(),
        )
    with pytest.raises(BadRequest, match="Message is not modified"):
        await app.bot.edit_message_reply_markup(alice.id, sent.message_id, reply_markup=keyboard())
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await app.bot.edit_message_text("x", alice.id, 999)
    assert alice.screen().edits == 1


async def test_returned_message_has_plain_text_and_entities(app: App, alice: Person) -> None:
    sent = await app.bot.send_message(
        alice.id,
        "<b>Bold</b> &lt;tag&gt; 😀 <a href='https://x.org/?a=1&amp;b=2'>link</a>",
        parse_mode=ParseMode.HTML,
    )
    assert sent.text == "Bold <tag> 😀 link"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [
        ("bold", 0, 4),
        ("text_link", 14, 4),
    ]
    assert sent.entities[1].url == "https://x.org/?a=1&b=2"
    assert sent.text_html == '<b>Bold</b> &lt;tag&gt; 😀 <a href="https://x.org/?a=1&b=2">link</a>'


# ------------------------------------------------------------------------------ Telegram limits


async def test_callback_data_is_limited_to_64_bytes(app: App, alice: Person) -> None:
    fits = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="é" * 32)]])
    await app.bot.send_message(alice.id, "64 bytes", reply_markup=fits)
    for data in ("x" * 65, "é" * 33):
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("no", callback_data=data)]])
        with pytest.raises(BadRequest, match="Button_data_invalid"):
            await app.bot.send_message(alice.id, "too long", reply_markup=markup)
    too_many = InlineKeyboardMarkup(
        [[InlineKeyboardButton(str(i), callback_data=str(i)) for i in range(9)]]
    )
    with pytest.raises(BadRequest, match="Buttons_too_much"):
        await app.bot.send_message(alice.id, "nine in a row", reply_markup=too_many)


async def test_text_length_counts_after_entity_parsing(app: App, alice: Person) -> None:
    await app.bot.send_message(alice.id, "a" * 4096)
    await app.bot.send_message(alice.id, "<b>" + "&lt;" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await app.bot.send_message(alice.id, "a" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await app.bot.send_message(alice.id, "😀" * 2049)  # 4098 UTF-16 code units
    with pytest.raises(BadRequest, match="Message text is empty"):
        await app.bot.send_message(alice.id, "<b> </b>", parse_mode="HTML")
    assert len(alice.messages()) == 2


@pytest.mark.parametrize(
    "source",
    ["<foo>x</foo>", "<b>x", "<b>x</i>", "a < b", "fish & chips", "&nbsp;", "<span>x</span>"],
)
async def test_bad_html_cannot_be_parsed(app: App, alice: Person, source: str) -> None:
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await app.bot.send_message(alice.id, source, parse_mode=ParseMode.HTML)


def test_html_parser_entities() -> None:
    plain, entities = parse_html(
        '<pre><code class="language-py">x = 1</code></pre><tg-spoiler>s</tg-spoiler>'
        "<blockquote expandable>q</blockquote>&#128512;&#x41;"
    )
    assert plain == "x = 1sq😀A"
    assert entities == [
        {"type": "pre", "language": "py", "offset": 0, "length": 5},
        {"type": "spoiler", "offset": 5, "length": 1},
        {"type": "expandable_blockquote", "offset": 6, "length": 1},
    ]
    assert utf16_len(plain) == 10  # the emoji is two UTF-16 code units


async def test_answer_callback_query_checks(app: App, alice: Person) -> None:
    with pytest.raises(BadRequest, match="Query is too old"):
        await app.bot.answer_callback_query("no-such-query")
    await app.bot.send_message(
        alice.id,
        "keys",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Other", callback_data="other")]]),
    )
    query_id = await alice.press("Other")  # no handler answers "other"
    with pytest.raises(BadRequest, match="Message_too_long"):
        await app.bot.answer_callback_query(query_id, "x" * 201)
    await app.bot.answer_callback_query(query_id, "ok")
    with pytest.raises(BadRequest, match="Query is too old"):
        await app.bot.answer_callback_query(query_id, "twice")
    assert alice.toasts == ["ok"]


# PTB's RetryAfter itself warns that retry_after will become a timedelta (PTB_TIMEDELTA).
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_group_rate_limit_answers_429(app: App, server: BotApiServer, alice: Person) -> None:
    server.group(GROUP_ID, "Ministry")
    server.limit_group(messages=3, window=60.0)
    sent = [await app.bot.send_message(GROUP_ID, f"card {i}") for i in range(2)]
    await app.bot.edit_message_text("card 0, edited", GROUP_ID, sent[0].message_id)
    with pytest.raises(RetryAfter) as caught:
        await app.bot.send_message(GROUP_ID, "one too many")
    # PTB rewrites Telegram's description; its retry_after is a number, or a timedelta once
    # the bot has chosen PTB's coming type (PTB_TIMEDELTA, set when bot.telegram is imported)
    after = caught.value.retry_after
    assert (after.total_seconds() if isinstance(after, timedelta) else after) == 60
    refused = server.calls("sendMessage", chat_id=GROUP_ID)[-1]
    assert refused.status == 429 and refused.params["text"] == "one too many"
    assert refused.description == "Too Many Requests: retry after 60"
    await app.bot.send_message(alice.id, "private chats are not limited")


# ------------------------------------------------------------------------------ updates


async def test_duplicate_update_is_processed_twice(app: App, alice: Person) -> None:
    await alice.send("hello", times=2)
    await alice.wait_for(lambda: len(alice.messages()) == 2)
    echoed = app.bot_data["echoed"]
    assert len(echoed) == 2 and echoed[0] == echoed[1]
    assert [screen.plain for screen in alice.messages()] == ["echo: hello"] * 2


async def test_group_privacy_mode(app: App, server: BotApiServer, alice: Person) -> None:
    group = server.group(GROUP_ID, "Ministry")
    await alice.send("just chatting", chat=group)
    await alice.send("/start@other_bot", chat=group)
    screen = await alice.ask("/start@mnr_test_bot", chat=group)
    assert screen.plain == "Pick one"
    await alice.reply(screen, "a reply to the bot")
    await alice.wait_screen("echo: a reply to the bot", chat=group)
    await alice.send("/start", chat=group)
    await alice.wait_for(lambda: len(group.messages()) == 3)
    assert len(app.bot_data["echoed"]) == 1  # only the reply; the plain chat never arrived
    delivered = [m.delivered for m in server.messages(GROUP_ID, from_bot=False)]
    assert delivered == [False, False, True, True, True]


async def test_long_poll_wakes_when_update_arrives(server: BotApiServer, alice: Person) -> None:
    application = build_app(server)
    async with application:
        poll = asyncio.create_task(application.bot.get_updates(timeout=5))
        await alice.wait_for(lambda: server.waiting_polls == 1, timeout=5)
        started = time.monotonic()
        await alice.send("wake up")
        updates = await asyncio.wait_for(poll, 2)
        assert time.monotonic() - started < 0.5
        assert [u.message.text for u in updates if u.message] == ["wake up"]
        assert await application.bot.get_updates(timeout=0) == updates  # not confirmed yet


async def test_new_poller_supersedes_a_waiting_one(server: BotApiServer, alice: Person) -> None:
    url = f"{server.base_url}{TOKEN}/getUpdates"
    async with httpx.AsyncClient() as client:
        old = asyncio.create_task(client.post(url, data={"timeout": "30"}))
        await alice.wait_for(lambda: server.waiting_polls == 1, timeout=5)
        fresh = await client.post(url, data={"timeout": "0"})
        superseded = await asyncio.wait_for(old, 2)
    assert superseded.json() == fresh.json() == {"ok": True, "result": []}


async def test_deliver_again_ignores_the_offset(
    app: App, server: BotApiServer, alice: Person
) -> None:
    await alice.send("once")
    await alice.wait_screen("echo: once")
    await alice.wait_for(lambda: not server.unconfirmed())  # PTB confirmed it
    update_id = app.bot_data["echoed"][0]
    server.deliver_again(update_id)
    await alice.wait_for(lambda: len(alice.messages()) == 2)
    assert app.bot_data["echoed"] == [update_id, update_id]
    assert server.deliveries(update_id) == 2


async def test_bot_settings_are_stored(app: App, server: BotApiServer) -> None:
    await app.bot.set_my_commands([("start", "Begin")])
    await app.bot.set_my_commands([("start", "Commencer")], language_code="fr")
    await app.bot.set_my_description("An assistant")
    assert [c.description for c in await app.bot.get_my_commands(language_code="fr")] == [
        "Commencer"
    ]
    assert server.commands() == [{"command": "start", "description": "Begin"}]
    assert server.description() == "An assistant"
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await app.bot.set_my_commands([("Start!", "bad")])
    await app.bot.delete_my_commands()
    assert server.commands() == []


async def test_chat_members_and_blocked_users(
    app: App, server: BotApiServer, alice: Person
) -> None:
    group = server.group(GROUP_ID, "Ministry", members={alice.id: "creator"})
    bob = server.user(1002, "Bob")
    group.set_status(bob, "administrator")
    assert (await app.bot.get_chat_member(GROUP_ID, alice.id)).status == "creator"
    assert (await app.bot.get_chat_member(GROUP_ID, bob.id)).status == "administrator"
    # someone who never joined is not in it, as on Telegram; who writes there is
    assert (await app.bot.get_chat_member(GROUP_ID, 1003)).status == "left"
    await server.user(1003).send("hello", chat=group)
    assert (await app.bot.get_chat_member(GROUP_ID, 1003)).status == "member"
    assert (await app.bot.get_chat(GROUP_ID)).title == "Ministry"
    bob.block()
    with pytest.raises(Forbidden, match="blocked by the user"):
        await app.bot.send_message(bob.id, "hi")
    with pytest.raises(BadRequest, match="Chat not found"):
        await app.bot.send_message(42, "nobody")


async def test_hung_up_long_poll_takes_no_updates(server: BotApiServer, alice: Person) -> None:
    url = f"{server.base_url}{TOKEN}/getUpdates"
    async with httpx.AsyncClient() as client:
        poll = asyncio.create_task(client.post(url, data={"timeout": "30"}))
        await alice.wait_for(lambda: server.waiting_polls == 1, timeout=5)
        poll.cancel()  # the client goes away, as a SIGKILLed bot does
        # Noticed at once, not after the 30 s poll timeout: nothing is handed to a dead socket.
        await alice.wait_for(lambda: server.in_flight() == 0, timeout=5)
    assert [call.status for call in server.calls("getUpdates")] == [499]


# ------------------------------------------------------------------------------ files and HTTP


async def test_send_document_multipart_keeps_bytes(
    app: App, server: BotApiServer, alice: Person
) -> None:
    payload = bytes(range(256)) * 10
    await app.bot.send_document(
        alice.id, payload, filename="report.csv", caption="<b>Report</b>", parse_mode="HTML"
    )
    screen = alice.screen()
    assert screen.document is not None
    assert screen.document.content == payload
    assert screen.document.file_name == "report.csv"
    assert screen.document.mime_type == "text/csv"
    assert (screen.caption, screen.plain) == ("<b>Report</b>", "Report")
    file = await app.bot.get_file(screen.document.file_id)
    assert bytes(await file.download_as_bytearray()) == payload
    await app.bot.send_document(alice.id, screen.document.file_id)  # resend by file_id
    assert alice.screen().document == screen.document


async def test_user_uploads_reach_the_bot(app: App, server: BotApiServer, alice: Person) -> None:
    received: list[bytes] = []

    async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.document is not None
        file = await update.message.document.get_file()
        received.append(bytes(await file.download_as_bytearray()))

    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    await alice.send_document(file_name="answers.txt", content=b"42\n")
    await alice.wait_for(lambda: received == [b"42\n"])


async def test_http_errors_and_request_encodings(server: BotApiServer, alice: Person) -> None:
    api = f"{server.base_url}{TOKEN}"
    async with httpx.AsyncClient() as client:
        wrong = await client.get(f"{server.base_url}999:WRONG/getMe")
        missing = await client.get(f"{api}/noSuchMethod")
        by_json = await client.post(
            f"{api}/sendMessage",
            json={
                "chat_id": alice.id,
                "text": "json",
                "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]},
            },
        )
        by_query = await client.get(
            f"{api}/sendMessage", params={"chat_id": alice.id, "text": "123"}
        )
    assert (wrong.status_code, wrong.json()) == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    assert (missing.status_code, missing.json()["description"]) == (404, "Not Found")
    assert by_json.json()["result"]["reply_markup"]["inline_keyboard"][0][0]["text"] == "A"
    assert by_query.json()["result"]["text"] == "123"
    assert [c.method for c in server.calls()] == ["noSuchMethod", "sendMessage", "sendMessage"]


# ------------------------------------------------------------------------------ bot restarts

_POLLING_BOT = """
import sys
from telegram.ext import Application, MessageHandler, filters

async def echo(update, context):
    await update.effective_message.reply_text("pid %d: %s" % (__import__("os").getpid(),
                                              update.effective_message.text))

app = Application.builder().token(sys.argv[1]).base_url(sys.argv[2]).build()
app.add_handler(MessageHandler(filters.TEXT, echo))
app.run_polling(poll_interval=0.0, timeout=2)
"""


def spawn_bot(server: BotApiServer) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", _POLLING_BOT, TOKEN, server.base_url],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def test_sigkilled_bot_process_gets_unconfirmed_updates_again(
    server: BotApiServer, alice: Person
) -> None:
    first = spawn_bot(server)
    try:
        await alice.wait_for(lambda: server.waiting_polls == 1, timeout=10)
        # The parked poll delivers "before"; the next poll, which would confirm it, is held.
        server.set_delay("getUpdates", 30)
        await alice.send("before")
        await alice.wait_screen(f"pid {first.pid}: before")
        await alice.wait_for(lambda: server.in_flight("getUpdates") == 1)  # the held poll
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
    # The server notices the hang-up and drops the held poll without confirming anything.
    await alice.wait_for(lambda: server.in_flight() == 0)
    assert server.calls("getUpdates")[-1].status == 499
    assert len(server.unconfirmed()) == 1
    server.set_delay("getUpdates", 0)
    second = spawn_bot(server)
    try:
        await alice.wait_screen(f"pid {second.pid}: before", timeout=10)
        await alice.send("after")
        await alice.wait_screen(f"pid {second.pid}: after")
    finally:
        second.terminate()
        second.wait()
    assert [s.plain.split(": ")[1] for s in alice.messages()] == ["before", "before", "after"]
