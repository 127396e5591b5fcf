"""The presenter page in polling mode (the quick start): served on `PRESENTER_PORT` only when it
is set; its addresses refuse alike, and each browser has its own limit of requests."""

from __future__ import annotations

import asyncio
import json
import re
import urllib.request
from http.cookiejar import CookieJar

from bot.presenter import REQUESTS_PER_MINUTE, Limits
from tests.botapi import BotApiServer, Group, Person
from tests.e2e.conftest import open_round_links, rows, running, say, settings_for, tap
from tests.e2e.test_session_telegram import DATABASE, card_of, lead
from tests.e2e.webprocess import free_port, http

REFUSAL = "This presenter page cannot be opened."


async def set_up_session(facilitator: Person, group: Group, round_label: str,
                         database_url: str) -> int:
    """/session in the group, then its set-up in private up to the language choice (where
    "Presenter page" is offered); the card's id."""
    before = len(group.messages())
    await facilitator.send("/session", chat=group)
    await facilitator.wait_for(lambda: len(group.messages()) > before, chat=group)
    payload = next(iter(group.messages()[-1].urls.values())).rsplit("=", 1)[1]
    ((card_id,),) = rows(database_url, "SELECT id FROM cards WHERE token = ?", payload[2:])
    await say(facilitator, f"/start {payload}")
    await tap(facilitator, round_label)
    await tap(facilitator, "Pulse check: 6 questions")
    return int(card_id)


async def test_polling_serves_the_page_only_on_its_port(server: BotApiServer,
                                                         database_url: str) -> None:
    port = free_port()
    settings = settings_for(server, database_url).model_copy(update={"presenter_port": port})
    async with running(settings):
        base = f"http://127.0.0.1:{port}"
        for path in ("/present/", "/present/state", "/present/join.svg", "/p/" + "x" * 22):
            status, body = await asyncio.to_thread(http, base + path)
            assert status == 403 and REFUSAL in body, (path, status, body[:200])
        # the link the facilitator is given points here, as text (Telegram takes only https
        # addresses in buttons)
        facilitator = server.user(9100)
        group = server.group(-1_000_009_100, "Chile task force")
        await open_round_links(facilitator, "Chile", "Chile meeting")
        await group.add_bot(facilitator)
        await set_up_session(facilitator, group, "Chile meeting (Chile)", database_url)
        shown = await tap(facilitator, "Presenter page", changes=1)
        assert f"http://localhost:{port}/p/" in shown.plain and not shown.urls
    # without the setting nothing listens
    async with running(settings_for(server, database_url)):
        status, _ = await asyncio.to_thread(http, f"http://127.0.0.1:{port}/present/")
        assert status == 0


def browser_get(opener: urllib.request.OpenerDirector, url: str) -> tuple[str, str]:
    """A browser's GET (its cookies kept by `opener`): the address it ends at, and the body."""
    with opener.open(url, timeout=10) as answer:
        return answer.geturl(), answer.read().decode()


async def test_the_bot_revokes_the_rooms_invitation_when_the_session_ends(
    server: BotApiServer, database_url: str
) -> None:
    """The page made an invitation for the QR code, then stopped asking (the laptop closed):
    End still revokes it, so the photo of the wall lets nobody in after the meeting."""
    port = free_port()
    settings = settings_for(server, database_url).model_copy(update={"presenter_port": port})
    DATABASE[0] = database_url
    async with running(settings):
        facilitator = server.user(9200)
        group = server.group(-1_000_009_200, "Ghana task force", kind="supergroup")
        await open_round_links(facilitator, "Ghana", "Ghana meeting")
        await group.add_bot(facilitator, status="administrator")
        card_id = await set_up_session(facilitator, group, "Ghana meeting (Ghana)", database_url)
        shown = await tap(facilitator, "Presenter page", changes=1)
        found = re.search(r"http://localhost:\d+/p/[A-Za-z0-9_-]{22}", shown.plain)
        assert found, shown.plain
        opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()))
        link = found.group(0).replace("localhost", "127.0.0.1")
        landed, _ = await asyncio.to_thread(browser_get, opener, link)
        assert landed.endswith("/present/")
        _, state = await asyncio.to_thread(browser_get, opener, landed + "state")
        assert json.loads(state)["join"]["qr"].startswith("join.svg")
        [invite] = server.invite_links(group.id)
        assert not invite["is_revoked"]

        await tap(facilitator, "English")
        await facilitator.wait_for(lambda: rows(
            database_url, "SELECT 1 FROM cards WHERE id = ? AND message_id IS NOT NULL",
            card_id), chat=group)
        await lead(facilitator, group, "End", "End the session now?")
        await lead(facilitator, group, "Yes, end it", "Group session ended")
        # no page asked since: the bot itself revoked it
        await facilitator.wait_for(
            lambda: server.invite_links(group.id)[0]["is_revoked"], chat=group)
        assert "ended" in card_of(group).plain
        _, state = await asyncio.to_thread(browser_get, opener, landed + "state")
        assert json.loads(state)["join"] is None


def test_each_browser_has_its_own_limit_per_minute() -> None:
    limits = Limits()
    assert all(limits.allow("a", now=100.0 + n * 0.1) for n in range(REQUESTS_PER_MINUTE))
    assert not limits.allow("a", now=115.0)  # the 121st within a minute
    assert limits.allow("b", now=115.0)  # another browser is not held back
    assert limits.allow("a", now=160.5)  # a minute after the first ones, room again
