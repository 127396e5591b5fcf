"""Webhook mode: web processes behind the local Bot API server, which posts each update to
them as Telegram would (through a load balancer), with the webhook's secret token."""

from __future__ import annotations

import asyncio
import json
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.botapi import BotApiServer
from tests.e2e.conftest import say
from tests.e2e.webprocess import PUBLIC_URL, SECRET, WebProcess, http


@pytest.fixture
def web(server: BotApiServer, database_url: str, tmp_path: Path) -> Iterator[WebProcess]:
    process = WebProcess(server, database_url, tmp_path / "web.log")
    try:
        yield process
    finally:
        process.stop()


async def test_a_web_process_checks_the_secret_and_finishes_its_updates_on_sigterm(
    server: BotApiServer, database_url: str, web: WebProcess, tmp_path: Path
) -> None:
    health = await asyncio.to_thread(web.start().healthy)
    assert health["database"] is True and health["taking_updates"] is True
    hook = server.webhook
    assert hook["url"] == PUBLIC_URL and hook["secret_token"] == SECRET
    assert hook["allowed_updates"] == ["message", "callback_query", "my_chat_member"]

    # Only Telegram knows the secret: anything else is refused before it is read.
    stray = {"update_id": 1, "message": {"message_id": 1, "date": 0, "text": "/start",
                                         "chat": {"id": 9, "type": "private"},
                                         "from": {"id": 9, "is_bot": False, "first_name": "X"}}}
    assert await asyncio.to_thread(web.post, stray, None) == 403
    assert await asyncio.to_thread(web.post, stray, "wrong-secret-0123456789") == 403
    status, _ = await asyncio.to_thread(
        http, web.url, b"not json", {"X-Telegram-Bot-Api-Secret-Token": SECRET})
    assert status == 400
    assert not server.calls("sendMessage")  # none of those reached the flows

    server.route_webhook([web.url])
    first = server.user(3001)
    assert "I agree" in (await say(first, "/start")).labels

    # SIGTERM while an update is in hand: it is finished (its screen sent, then confirmed);
    # one that comes after is refused and stays with Telegram for the next process.
    server.set_delay("sendMessage", 1.5)
    held = server.user(3002)
    await held.send("/start")
    await held.wait_for(lambda: server.in_flight("sendMessage") >= 1)
    web.signal(signal.SIGTERM)
    await asyncio.sleep(0.3)
    late = server.user(3003)
    await late.send("/start")
    assert await asyncio.to_thread(web.wait) == 0, web.output()
    assert "I agree" in held.screen().labels
    assert [p for p in server.unconfirmed()], "the late update was lost"
    assert not server.messages(late.id)
    posts = {update: status for update, _, status in server.webhook_posts()}
    assert sorted(set(posts.values()) - {200}) != [], posts  # the late one was refused
    log = web.output()
    assert "Stopping: finishing 1 updates in hand" in log, log

    server.set_delay("sendMessage", 0.0)
    successor = WebProcess(server, database_url, tmp_path / "successor.log")
    try:
        await asyncio.to_thread(successor.start().healthy)
        server.route_webhook([successor.url])
        await late.wait_for(lambda: server.messages(late.id), timeout=30)
        assert "I agree" in late.screen().labels
        await late.wait_for(lambda: server.unconfirmed() == [])  # answered once handled
        status, body = await asyncio.to_thread(http, successor.health_url)
        assert status == 200 and json.loads(body)["handled"] >= 1
    finally:
        successor.stop()
