"""Webhook mode: web processes behind the local Bot API server, which posts each update to
them as Telegram would (through a load balancer), with the webhook's secret token."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from framework.scoring import Rating
from tests.botapi import BotApiServer, most_in_window
from tests.e2e.conftest import open_round_links, rows, say
from tests.e2e.patient import pulse_labels, take_pulse
from tests.e2e.test_session_telegram import (
    DATABASE,
    PHASES,
    PULSE_ITEMS,
    answered,
    card_of,
    distribution_line,
    group_calls,
    lead,
    session_answers,
    start_session,
    value_of,
)
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
    # its update done (its screen answered, the post confirmed): the only send in flight below
    # is then the held one (a look woken by the screen's arrival is quicker than the answer)
    await first.wait_for(lambda: server.unconfirmed() == [] and server.in_flight() == 0)

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


# ------------------------------------------------------------------------------------------
# Three processes, one database
BUDGET, WINDOW, INTERVAL = 8, 1.0, 0.5
PEOPLE, BATCH = 200, 40


@pytest.fixture
def three(server: BotApiServer, database_url: str, tmp_path: Path) -> Iterator[list[WebProcess]]:
    settings = {"group_messages_per_window": str(BUDGET), "group_window_seconds": str(WINDOW),
                "group_card_interval_seconds": str(INTERVAL)}
    processes = [WebProcess(server, database_url, tmp_path / f"web{n}.log", **settings)
                 for n in range(3)]
    try:
        yield processes
    finally:
        for process in processes:
            process.stop()


async def test_three_web_processes_share_the_updates_and_lose_nothing_to_a_sigkill(
    server: BotApiServer, database_url: str, three: list[WebProcess]
) -> None:
    server.limit_group(BUDGET, WINDOW)
    DATABASE[0] = database_url
    for process in three:
        process.start()
    await asyncio.gather(*(asyncio.to_thread(p.healthy) for p in three))
    urls = [p.url for p in three]
    server.route_webhook(urls)
    facilitator = server.user(4000)
    pulse = (await open_round_links(facilitator, "Kenya", "Kenya meeting"))[2]
    # from now on, Telegram delivers again some updates it already had an answer for
    # (as Telegram, not at once: a press delivered again within a second of the person's last
    # step is not redrawn, so that it cannot race their next one)
    server.route_webhook(urls, redeliver=0.05, seed=12, retry_after=1.5)
    people = [server.user(4001 + n) for n in range(PEOPLE)]

    # 200 people take the pulse check; one process is killed half-way through
    async def everyone() -> None:
        for first in range(0, PEOPLE, BATCH):
            batch = people[first:first + BATCH]
            await asyncio.gather(*(take_pulse(p, pulse, "Kenya meeting") for p in batch))

    answering = asyncio.create_task(everyone())
    await facilitator.wait_for(lambda: answering.done() or len(rows(
        database_url, "SELECT 1 FROM answers WHERE item = ?", PULSE_ITEMS[2])) >= PEOPLE // 2,
        timeout=300)
    await asyncio.to_thread(three[1].kill)
    await answering
    stored = rows(database_url, "SELECT user, item, value FROM answers WHERE item LIKE 'pulse:%'")
    assert len(stored) == PEOPLE * len(PULSE_ITEMS)  # one answer per person and question
    expected = {(f"tg:{p.id}", item, str(value_of(label)))
                for p in people for item, label in zip(PULSE_ITEMS, pulse_labels(p.id),
                                                       strict=True)}
    assert set(stored) == expected

    # a 300-tap burst on a group card, spread over the two processes left (and the dead one,
    # whose posts fail and go again to the next)
    group = server.group(-1_000_004_000, "Kenya task force", kind="supergroup")
    await group.add_bot(facilitator)
    card, card_id = await start_session(facilitator, group, "Kenya meeting (Kenya)")
    server.clear_calls()
    final: dict[str, Rating] = {}
    presses = [(p, PHASES[p.id % 5]) for p in people] + [
        (p, PHASES[(p.id + 1) % 5]) for p in people[:100]]
    for person, label in presses:
        final[f"tg:{person.id}"] = value_of(label)
    queries = [await p.press(label, chat=group, message_id=card.message_id)
               for p, label in presses]
    records = await facilitator.wait_for(lambda: answered(server, queries), timeout=120)
    assert all(r.text is not None and r.text.startswith("Recorded: ") for r in records)
    await facilitator.wait_for(lambda: f"{PEOPLE} votes" in card_of(group).plain,
                               timeout=60, chat=group)
    assert session_answers(database_url, card_id) == {PULSE_ITEMS[0]: final}
    revealed = await lead(facilitator, group, "Reveal", "Voting on this question")
    assert distribution_line(list(final.values())) in revealed.plain

    # the group's budget held across the processes: nothing refused, never more than 8 a second
    calls = group_calls(server, group)
    assert calls and all(c.ok for c in calls), [c.description for c in calls if not c.ok]
    assert most_in_window([c.at for c in calls], WINDOW) <= BUDGET
    # nothing acknowledged was lost, nothing is left undelivered, every process took a share
    await facilitator.wait_for(lambda: server.unconfirmed() == [], timeout=30)
    posts = server.webhook_posts()
    served = {target for _, target, status in posts if status == 200}
    assert served == {p.url for p in three}
    failed = [update for update, target, status in posts if status != 200]
    assert failed and all(target == three[1].url for _, target, status in posts
                          if status != 200)
    again = Counter(update for update, _, status in posts if status == 200)
    assert any(n > 1 for n in again.values())  # re-delivered after an answer, counted once


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"WEBHOOK_URL": ""}, "Configuration error: WEBHOOK_URL must be the public https://"),
        ({"WEBHOOK_URL": "http://mnr.test/telegram"}, "Configuration error: WEBHOOK_URL"),
        ({"WEBHOOK_SECRET": "short"}, "Configuration error: WEBHOOK_SECRET must be 16 to 256"),
    ],
)
def test_a_web_process_without_its_url_or_secret_stops_with_one_line(
    server: BotApiServer, database_url: str, tmp_path: Path, values: dict[str, str],
    message: str,
) -> None:
    web = WebProcess(server, database_url, tmp_path / "web.log")
    web.env.update(values)
    web.start()
    assert web.wait() == 2
    lines = web.output().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), lines


# ------------------------------------------------------------------------------------------
# A web process refuses before it reads (issue 18)
def raw_request(port: int, head: str, body: bytes = b"", wait: float = 5.0) -> tuple[str, float]:
    """Send a request's head (and some body), then read what comes back: the status line
    and how long it took; "" when the connection was closed without an answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as connection:
        started = time.monotonic()
        connection.sendall(head.encode() + body)
        try:
            answer = connection.recv(200)
        except TimeoutError:
            return "timeout", time.monotonic() - started
        return answer.split(b"\r\n", 1)[0].decode(), time.monotonic() - started


def post_head(length: int, secret: str | None) -> str:
    lines = ["POST /telegram HTTP/1.1", "Host: mnr.test", "Content-Type: application/json",
             f"Content-Length: {length}"]
    if secret is not None:
        lines.append(f"X-Telegram-Bot-Api-Secret-Token: {secret}")
    return "\r\n".join(lines) + "\r\n\r\n"


async def test_a_web_process_refuses_before_it_reads(
    server: BotApiServer, database_url: str, tmp_path: Path
) -> None:
    web = WebProcess(server, database_url, tmp_path / "web.log", webhook_timeout_seconds="1")
    try:
        await asyncio.to_thread(web.start().healthy)
        # 50 MB announced, not a byte of it sent: refused at once, on the head alone
        status, took = await asyncio.to_thread(raw_request, web.port, post_head(50 << 20, None))
        assert status == "HTTP/1.1 403 Forbidden" and took < 2, (status, took)
        # with the secret, a body over 1 MB is refused before it is read
        status, _ = await asyncio.to_thread(raw_request, web.port, post_head(2 << 20, SECRET))
        assert status.startswith("HTTP/1.1 413"), status
        # a body nested too deep to read is a 400, never a 500
        nested = b"[" * 100_000
        status, _ = await asyncio.to_thread(
            raw_request, web.port, post_head(len(nested), SECRET), nested)
        assert status.startswith("HTTP/1.1 400"), status
        # a client that sends half a head and stops is closed after the timeout
        status, took = await asyncio.to_thread(
            raw_request, web.port, "POST /telegram HTTP/1.1\r\nHost: x\r\n", b"", 10.0)
        assert status == "" and took < 5, (status, took)
        # refusals are counted, not written one line each
        for _ in range(200):
            await asyncio.to_thread(web.post, {"update_id": 1}, "wrong-secret-0123456789")
        refused = [line for line in web.output().splitlines() if "refused" in line]
        assert 1 <= len(refused) <= 2, refused
    finally:
        web.stop()
