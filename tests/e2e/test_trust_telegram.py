"""Trust, end to end (issue 17): links that let no one in, votes kept apart from answers,
consent before anything and /forget for everything, what participants are told, numbers that
say what they are, and files that carry the notice. The real Application over HTTP to the local
Bot API server, on a SQLite file or (in `./dev test-postgres`) on PostgreSQL."""

from __future__ import annotations

import asyncio
import re
import secrets
from typing import Any

from tests.botapi import BotApiServer, Group, Person, Screen
from tests.e2e.conftest import open_round_links, rows, say, tap
from tests.e2e.test_session_telegram import consent_all, meeting_bot

TITLE = "Kenya 2026 confidential"
START = re.compile(r"start=([A-Za-z0-9_\-]+)")
SENDS_AT_ONCE = 6  # a person's updates beyond 8 waiting at once are dropped as a flood


def newest_card(database_url: str, group: Group) -> tuple[int, int | None]:
    ((card, message),) = rows(database_url, """SELECT id, message_id FROM cards WHERE chat = ?
        ORDER BY id DESC LIMIT 1""", str(group.id))
    return int(card), message


async def ask_setup_link(facilitator: Person, group: Group) -> str:
    """/session in the group: the payload of the set-up button the bot answers with."""
    before = len(group.messages())
    await facilitator.send("/session", chat=group)
    await facilitator.wait_for(lambda: len(group.messages()) > before, chat=group)
    (url,) = group.messages()[-1].urls.values()
    found = START.search(url)
    assert found is not None, url
    return found.group(1)


async def set_up(facilitator: Person, group: Group, payload: str, round_label: str,
                 database_url: str) -> Screen:
    """The facilitator opens the set-up link and starts a pulse session: the posted card."""
    await say(facilitator, f"/start {payload}")
    await tap(facilitator, round_label)
    await tap(facilitator, "Pulse check: 6 questions")
    await tap(facilitator, "English")
    card, _ = newest_card(database_url, group)
    placed = await facilitator.wait_for(lambda: rows(
        database_url, "SELECT message_id FROM cards WHERE id = ? AND message_id IS NOT NULL",
        card), chat=group)
    return next(m for m in group.messages() if m.message_id == placed[0][0])


async def send_all(person: Person, texts: list[str]) -> list[str]:
    """Send every text, a few at a time, each answered; what the bot answered, in order
    (counted by the chat's cheap change counter: copying thousands of messages to count them
    would slow the bot that shares this event loop)."""
    first_reply = len(person.messages())
    for first in range(0, len(texts), SENDS_AT_ONCE):
        batch = texts[first:first + SENDS_AT_ONCE]
        wanted = person.version() + len(batch)
        for text in batch:
            await person.send(text)

        def arrived(n: int = wanted) -> bool:
            return person.version() >= n

        await person.wait_for(arrived, timeout=30)
    return [m.plain for m in person.messages()[first_reply:]]


def holdings(database_url: str, user: str) -> dict[str, int]:
    """How many rows of each kind name this person in a round."""
    return {
        "participations": rows(database_url,
                               "SELECT COUNT(*) FROM participants WHERE user = ?", user)[0][0],
        "answers": rows(database_url, "SELECT COUNT(*) FROM answers WHERE user = ?", user)[0][0],
    }


def votes_of(database_url: str, user: str) -> int:
    tables = {name for (name,) in rows(database_url, "SELECT name FROM sqlite_master")} \
        if not database_url.startswith("postgresql") else {
            name for (name,) in rows(database_url,
                                     "SELECT tablename FROM pg_tables WHERE schemaname='public'")}
    if "votes" not in tables:
        return 0
    return int(rows(database_url, "SELECT COUNT(*) FROM votes WHERE voter = ?", user)[0][0])


# 1. links that let no one in -------------------------------------------------------------
async def test_a_stranger_gets_nothing_from_any_session_link(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator = server.user(2100)
        await open_round_links(facilitator, "Kenya", TITLE)
        members = [server.user(2101 + n) for n in range(3)]
        group = server.group(-1002100, "Kenya task force",
                             members={p.id: "member" for p in [facilitator, *members]})
        await group.add_bot(facilitator)
        await consent_all(members)
        setup = await ask_setup_link(facilitator, group)
        card = await set_up(facilitator, group, setup, f"{TITLE} (Kenya)", database_url)
        details = START.search(card.urls["Details"])
        assert details is not None
        stranger = server.user(2199)  # in no group of this round
        server.set_member_status(group.id, stranger.id, "left")
        await consent_all([stranger])

        # the old shape, counted from 1, and random tokens of the new shape
        old = [f"/start gd{n}" for n in range(1, 1001)]
        new = [f"/start gd{secrets.token_urlsafe(12)}" for _ in range(1000)]
        replies = await send_all(stranger, [*old, *new, f"/start {details.group(1)}",
                                            f"/start {setup}"])
        assert len(replies) == 2002
        assert not [r for r in replies if TITLE in r or "Kenya" in r]  # 0 titles
        assert len(set(replies)) == 1, set(replies)  # unknown, ended, forbidden: one reply
        assert votes_of(database_url, f"tg:{stranger.id}") == 0  # 0 votes
        assert holdings(database_url, f"tg:{stranger.id}")["participations"] == 0  # 0 joins

        # ids forged into buttons are checked against the person pressing
        ((round_id,),) = rows(database_url, "SELECT id FROM rounds WHERE title = ?", TITLE)
        ((version,),) = rows(database_url, "SELECT version FROM conversations WHERE user = ?",
                             f"tg:{stranger.id}")
        for forged in ("gs.round", "as.switch", "fa.pick"):
            query = await stranger.press_data(f"{forged}:{round_id}|c{version}")
            toast = await stranger.wait_answered(query)
            assert toast is not None and "Nothing changed" in toast, (forged, toast)
        assert not [m for m in stranger.messages() if TITLE in m.plain]
        assert holdings(database_url, f"tg:{stranger.id}")["participations"] == 0

        # a member of the group opens the same Details link and may vote there
        opened = await say(members[0], f"/start {details.group(1)}")
        assert TITLE in opened.plain and "Phase 1" in opened.labels

        # a set-up link forwarded to someone else posts nothing anywhere
        other = server.user(2190)
        await open_round_links(other, "Kenya", "Their own round")
        elsewhere = server.group(-1002190, "Another group",
                                 members={other.id: "member", facilitator.id: "member"})
        await elsewhere.add_bot(other)
        second = await ask_setup_link(facilitator, elsewhere)
        before = {g.id: len(g.messages()) for g in (group, elsewhere)}
        refused = await say(other, f"/start {second}")
        assert refused.plain == replies[0]
        assert "Their own round" not in refused.labels
        await asyncio.sleep(0.3)
        assert {g.id: len(g.messages()) for g in (group, elsewhere)} == before
        # its facilitator's own press posts the card in the group it was asked in, only
        posted = await set_up(facilitator, elsewhere, second, f"{TITLE} (Kenya)", database_url)
        assert posted.chat_id == elsewhere.id
        assert len(group.messages()) == before[group.id]


async def test_session_without_consent_stores_nothing(
    server: BotApiServer, database_url: str, bot: Any
) -> None:
    newcomer = server.user(2201)
    group = server.group(-1002200, "Ministry group", members={newcomer.id: "member"})
    await group.add_bot(newcomer)
    await newcomer.send("/session", chat=group)
    answer = await newcomer.wait_for(
        lambda: next((m for m in group.messages() if m.urls), None), chat=group)
    (url,) = answer.urls.values()
    assert url == "https://t.me/mnr_test_bot?start=session", url  # carrying nothing of theirs
    assert "agree" in answer.plain
    stored = rows(database_url, "SELECT COUNT(*) FROM cards")[0][0]
    assert stored == 0
