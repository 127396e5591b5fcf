"""Trust, end to end (issue 17): links that let no one in, votes kept apart from answers,
consent before anything and /forget for everything, what participants are told, numbers that
say what they are, and files that carry the notice. The real Application over HTTP to the local
Bot API server, on a SQLite file or (in `./dev test-postgres`) on PostgreSQL."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import secrets
from datetime import UTC, datetime
from typing import Any

import openpyxl
import pypdf
import sqlalchemy as sa

from framework import load_framework
from storage.database import create_engine
from storage.migrate import migrate
from storage.models import UTCDateTime
from tests.botapi import BotApiServer, Group, Person, Screen
from tests.e2e.conftest import (
    open_round_links,
    rows,
    running,
    say,
    settings_for,
    tap,
    unneutralised,
)
from tests.e2e.test_session_telegram import consent_all, meeting_bot

FW = load_framework()
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
                 database_url: str, mode: str = "Pulse check: 6 questions") -> Screen:
    """The facilitator opens the set-up link and starts a session: the posted card."""
    await say(facilitator, f"/start {payload}")
    await tap(facilitator, round_label)
    screen = await tap(facilitator, mode)
    if "Usual order" in screen.labels:  # a round with answers given alone offers an agenda
        await tap(facilitator, "Usual order")
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


# 2. session votes are their own records ---------------------------------------------------
async def join_round(person: Person, code: str, sector: str) -> None:
    await say(person, f"/start {code}")
    await tap(person, "I agree")
    await tap(person, sector)
    await tap(person, "Start (question 1)")


def answer_rows(database_url: str, round_id: int) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in rows(database_url, """SELECT user, item, value, note, source
        FROM answers WHERE round_id = ? ORDER BY user, item""", round_id)]


async def export_csv(facilitator: Person) -> list[list[str]]:
    await say(facilitator, "/results", changes=2)
    await tap(facilitator, "Export CSV", changes=1)
    document = facilitator.messages()[-1].document
    assert document is not None
    return list(csv.reader(io.StringIO(document.content.decode("utf-8-sig"))))


async def test_votes_never_change_anyones_own_answers(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator = server.user(2300)
        code = (await open_round_links(facilitator, "Ghana", "Ghana 2026"))[0]
        ((round_id,),) = rows(database_url, "SELECT id FROM rounds WHERE title = 'Ghana 2026'")
        people = [server.user(2301 + n) for n in range(3)]
        for person, own in zip(people, ("Phase 1", "Phase 1", "Phase 2"), strict=True):
            await join_round(person, code, "Government")
            await tap(person, own)
        # a first note: where reports go, then the question
        await say(people[0], "Law 12/2020 sets up the national council", changes=2)
        before = answer_rows(database_url, round_id)
        assert len(before) == 3
        await say(facilitator, "/results", changes=2)
        overview = facilitator.messages()[-2].plain
        line = next(ln for ln in overview.splitlines() if ln.startswith("1. "))
        assert "median 1 · range 1–2" in line, line
        exported = await export_csv(facilitator)
        own_rows = [r for r in exported[1:] if r[0]]

        group = server.group(-1002300, "Ghana task force",
                             members={p.id: "member" for p in [facilitator, *people]})
        await group.add_bot(facilitator)
        setup = await ask_setup_link(facilitator, group)
        card = await set_up(facilitator, group, setup, "Ghana 2026 (Ghana)", database_url,
                            mode="All 21 capabilities")
        for person, vote in zip(people, ("Phase 3", "Phase 4", "Phase 4"), strict=True):
            query = await person.press(vote, chat=group, message_id=card.message_id)
            assert (await person.wait_answered(query) or "").startswith("Recorded")

        # their own answers, the round's medians and their export rows are unchanged
        assert answer_rows(database_url, round_id) == before
        await say(facilitator, "/results", changes=2)
        overview = facilitator.messages()[-2].plain
        line = next(ln for ln in overview.splitlines() if ln.startswith("1. "))
        assert "median 1 · range 1–2" in line, line
        after = await export_csv(facilitator)
        assert [r for r in after[1:] if r[0]] == own_rows
        # the votes are session rows: no pseudonym, no sector, no finer time than the day
        session_rows = [r for r in after[1:] if not r[0]]
        assert sorted(r[4] for r in session_rows) == ["3", "4", "4"]
        assert all(r[1] == "" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[9]) for r in session_rows)
        # and the results show them apart from the answers
        assert "Group sessions" in facilitator.messages()[-2].plain
        # the card says what "anonymous" means
        assert "never who" in card.plain, card.plain


async def old_rows(url: str, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Rows written as revision 0009 stored them (votes were answers of source "group")."""
    engine = create_engine(url)
    columns = {
        "people": ("user", "locale", "consented_at", "created_at"),
        "rounds": ("id", "code", "country", "owner", "created_at", "title"),
        "participants": ("round_id", "user", "sector", "role", "pseudonym", "joined_at"),
        "cards": ("id", "chat", "flow", "state", "version", "message_id", "round_id",
                  "context", "token", "created_at", "updated_at"),
        "answers": ("round_id", "user", "item", "sector", "value", "note", "source",
                    "session_id", "updated_at", "seq"),
        "conversations": ("chat", "user", "flow", "state", "version", "round_id", "context",
                          "updated_at"),
    }
    typed = {"created_at", "consented_at", "joined_at", "updated_at"}
    try:
        async with engine.begin() as connection:
            for name, values in tables.items():
                table = sa.table(name, *(
                    sa.column(c, UTCDateTime()) if c in typed
                    else sa.column(c, sa.JSON()) if c == "context" else sa.column(c)
                    for c in columns[name]))
                await connection.execute(sa.insert(table), values)
    finally:
        await engine.dispose()


async def test_votes_that_replaced_answers_become_votes_and_people_are_told(
    server: BotApiServer, database_url: str
) -> None:
    await migrate(database_url, target="0009")
    now = datetime.now(UTC)
    people = {"tg:2401": "facilitator", "tg:2402": "participant", "tg:2403": "participant"}
    await old_rows(database_url, {
        "people": [{"user": u, "locale": "en", "consented_at": now, "created_at": now}
                   for u in people],
        "rounds": [{"id": 1, "code": "GHA001", "country": "GH", "owner": "tg:2401",
                    "created_at": now, "title": "Ghana 2025"}],
        "participants": [{"round_id": 1, "user": u, "sector": "government", "role": role,
                          "pseudonym": f"p{n}", "joined_at": now}
                         for n, (u, role) in enumerate(people.items())],
        "cards": [{"id": 1, "chat": "-1002400", "flow": "session", "state": "ended",
                   "version": 5, "message_id": 9, "round_id": 1,
                   "context": {"mode": "full", "started_at": now.isoformat()},
                   "token": "t" * 16, "created_at": now, "updated_at": now}],
        "answers": [
            # a vote that replaced an answer with a note: the note stays, unrated
            {"round_id": 1, "user": "tg:2402", "item": "cap:1", "sector": "government",
             "value": "3", "note": "Law 5/2020", "source": "group", "session_id": 1,
             "updated_at": now, "seq": 10},
            {"round_id": 1, "user": "tg:2402", "item": "cap:2", "sector": "government",
             "value": "2", "note": None, "source": "private", "session_id": None,
             "updated_at": now, "seq": None},
            {"round_id": 1, "user": "tg:2402", "item": "cap:3", "sector": "government",
             "value": "4", "note": None, "source": "group", "session_id": 1,
             "updated_at": now, "seq": 11},
            # someone who only ever voted has lost nothing of their own
            {"round_id": 1, "user": "tg:2403", "item": "cap:1", "sector": "government",
             "value": "1", "note": None, "source": "group", "session_id": 1,
             "updated_at": now, "seq": 12},
        ],
        "conversations": [{"chat": u[3:], "user": u, "flow": "shell", "state": "idle",
                           "version": 1, "round_id": 1, "context": {}, "updated_at": now}
                          for u in people],
    })
    await migrate(database_url)
    assert sorted(rows(database_url, "SELECT voter, item, value FROM votes")) == [
        ("tg:2402", "cap:1", "3"), ("tg:2402", "cap:3", "4"), ("tg:2403", "cap:1", "1")]
    assert sorted(rows(database_url, "SELECT user, item, value, note, source FROM answers")) == [
        ("tg:2402", "cap:1", None, "Law 5/2020", "private"),
        ("tg:2402", "cap:2", "2", None, "private")]

    lead, voter, only_voted = (server.user(int(u[3:])) for u in people)
    async with running(settings_for(server, database_url)) as application:
        channel = application.bot_data["channel"]
        assert await channel.send_notices() == 2
        assert await channel.send_notices() == 0  # told once
        told = voter.screen()
        assert "Please rate again: Ghana 2025" in told.plain
        names = [c.name.english for c in FW.capabilities[:3]]
        assert names[0] in told.plain and names[2] in told.plain, told.plain
        assert names[1] not in told.plain  # answered alone, never voted on
        assert "3 answers came from votes" in lead.screen().plain
        assert "1 person who may have lost a rating" in lead.screen().plain
        assert not only_voted.messages()
        menu = await tap(voter, "Rate them now")
        assert "Continue (question 1)" in menu.labels, menu.labels


# 3. consent before anything, /forget for everything ---------------------------------------
async def test_erase_only_from_its_confirmation_and_mydata_lists_everything(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator = server.user(2500)
        await open_round_links(facilitator, "Peru", "Peru 2026")
        people = [server.user(2501 + n) for n in range(3)]
        group = server.group(-1002500, "Peru task force",
                             members={p.id: "member" for p in [facilitator, *people]})
        await group.add_bot(facilitator)
        await consent_all(people)
        setup = await ask_setup_link(facilitator, group)
        card = await set_up(facilitator, group, setup, "Peru 2026 (Peru)", database_url)
        for person in people:
            query = await person.press("Phase 2", chat=group, message_id=card.message_id)
            await person.wait_answered(query)
        voter = people[0]

        # /mydata names every kind of thing stored: here, the votes and the round joined
        mine = await say(voter, "/mydata")
        assert "1 vote" in mine.plain, mine.plain
        assert "Peru 2026" in mine.plain
        led = await say(facilitator, "/mydata")
        assert "1 group session set up" in led.plain, led.plain

        # a forged erase, pressed from any other screen, deletes nothing
        await say(voter, "/start")
        ((version,),) = rows(database_url, "SELECT version FROM conversations WHERE user = ?",
                             f"tg:{voter.id}")
        forged = await voter.press_data(f"sh.erase|c{version}")
        assert "Nothing changed" in (await voter.wait_answered(forged) or "")
        assert votes_of(database_url, f"tg:{voter.id}") == 1
        # from its confirmation, it does
        question = await say(voter, "/forget")
        assert "Delete my data" in question.labels
        gone = await tap(voter, "Delete my data")
        assert "1 vote" in gone.plain, gone.plain
        assert votes_of(database_url, f"tg:{voter.id}") == 0
        # the facilitator's id leaves the session's card with /forget; the card stays
        await say(facilitator, "/forget")
        await tap(facilitator, "Delete my data")
        ((context,),) = rows(database_url, "SELECT context FROM cards")
        assert f"{facilitator.id}" not in str(context), context


# 4. say what facilitators get, before the first answer ------------------------------------
async def open_round(person: Person, title: str, figures_only: bool = False) -> str:
    """/new with a title, and how much the facilitators see; the participant link's code."""
    screen = await say(person, "/new")
    if "I agree" in screen.labels:
        await tap(person, "I agree")
    await say(person, "Peru")
    await tap(person, "Peru")
    choice = await say(person, title)
    if figures_only:
        assert "Figures only" in choice.labels, choice.labels
        await tap(person, "Figures only")
    elif "Answers under pseudonyms" in choice.labels:
        await tap(person, "Answers under pseudonyms")
    await tap(person, "Government", changes=2)
    opened = [m for m in person.messages() if m.buttons][-1]
    codes = START.findall(opened.plain)
    return str(codes[0])


async def join_and_note(person: Person, code: str, note: str) -> Screen:
    """Join by the link, rate the first question and note it; the screen before answering."""
    await say(person, f"/start {code}")
    before = await tap(person, "I agree")
    await tap(person, "Justice")
    await tap(person, "Start (question 1)")
    await tap(person, "Phase 2")
    await say(person, note, changes=2)  # a first note: where reports go, then the question
    return before


async def files(facilitator: Person) -> tuple[list[list[str]], str]:
    """The round's CSV export, and its PDF report's text."""
    exported = await export_csv(facilitator)
    await tap(facilitator, "Report (PDF)", changes=1)
    document = facilitator.messages()[-1].document
    assert document is not None
    text = "".join(page.extract_text() for page in pypdf.PdfReader(
        io.BytesIO(document.content)).pages)
    return exported, " ".join(text.split())


async def test_participants_are_told_what_facilitators_see_and_it_holds(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    facilitator = server.user(2600)
    code = await open_round(facilitator, "Peru 2026")
    people = [server.user(2601 + n) for n in range(3)]
    notes = [f"Decree {n}/2021 on the helpline" for n in range(3)]
    told = await join_and_note(people[0], code, notes[0])
    # before the first answer, in plain words
    assert "under a pseudonym" in told.plain, told.plain
    await join_and_note(people[1], code, notes[1])

    # two have rated: no rows and no notes leave the bot yet, and the file says why
    exported, report = await files(facilitator)
    assert not [r for r in exported[1:] if r[0]], exported
    assert "3 or more participants" in " ".join(exported[1]), exported[1]
    assert not any(note in report for note in notes)
    overview = facilitator.messages()[-4].plain  # /results, then the CSV and the report
    assert "worked out" not in overview  # the threshold line says what it does, no more
    assert "Figures are shown only" in overview, overview

    await join_and_note(people[2], code, notes[2])
    exported, report = await files(facilitator)
    assert len([r for r in exported[1:] if r[0]]) == 3
    assert all(note in report for note in notes)

    # a round may move towards more privacy, never back
    await say(facilitator, "/results", changes=2)
    await tap(facilitator, "Make it figures only")
    done = await tap(facilitator, "Make it figures only", changes=2)
    assert "Make it figures only" not in facilitator.messages()[-1].labels, done
    exported, report = await files(facilitator)
    assert not [r for r in exported[1:] if r[0]]
    assert "figures only" in " ".join(exported[1]).lower()
    assert not any(note in report for note in notes)

    # a round opened as figures only says so to whoever joins
    second = await open_round(facilitator, "Peru figures", figures_only=True)
    later = [server.user(2611 + n) for n in range(3)]
    told = await join_and_note(later[0], second, "Law 7/2022")
    assert "figures only" in told.plain.lower() and "under a pseudonym" not in told.plain
    for person in later[1:]:
        await join_and_note(person, second, "Law 8/2022")
    exported, report = await files(facilitator)
    assert not [r for r in exported[1:] if r[0]]
    assert "Law 7/2022" not in report and "Law 8/2022" not in report


# 5. numbers that say what they are --------------------------------------------------------
async def join_and_rate(person: Person, code: str, labels: list[str]) -> None:
    """Join by the link and answer the first questions with these buttons."""
    await say(person, f"/start {code}")
    await tap(person, "I agree")
    await tap(person, "Justice")
    await tap(person, "Start (question 1)")
    for label in labels:
        await tap(person, label)


async def test_numbers_say_what_they_are(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    facilitator = server.user(2700)
    earlier = await open_round(facilitator, "Peru 2025")
    for n, label in enumerate(("Phase 1", "Phase 1", "Phase 2", "Phase 2")):
        await join_and_rate(server.user(2701 + n), earlier, [label])
    await say(facilitator, "/results", changes=2)
    await tap(facilitator, "Close the round")
    await tap(facilitator, "Close the round", changes=2)

    code = await open_round(facilitator, "Peru 2026")
    answers = ([["Phase 3", "Phase 2"]] * 2 + [["Phase 3", "Don't know"]]
               + [["Skip", "Don't know"]] * 8)
    for n, labels in enumerate(answers):  # 11 other people, none of whom rated in 2025
        await join_and_rate(server.user(2711 + n), code, labels)
    await say(facilitator, "/results", changes=2)
    overview, more = (m.plain for m in facilitator.messages()[-2:])
    second = next(ln for ln in overview.splitlines() if ln.startswith("2. "))
    assert "don't know 9 of 11" in second, second  # shown with fewer than 3 ratings
    policy = next(ln for ln in more.splitlines() if ln.startswith("• Policy and Governance"))
    # 1 of its 3 capabilities has a figure: no mean is given for it
    assert not re.search(r"mean( of capability medians)? \d", policy), policy
    assert "too few, 1 of 3" in policy, policy
    justice = [ln for ln in more.splitlines() if "mean of capability medians" in ln]
    assert not justice or all("mean of capability medians" in ln for ln in justice)

    # the report: median, range, n and don't know; the domain as text, too few said
    await tap(facilitator, "Report (PDF)", changes=1)
    document = facilitator.messages()[-1].document
    assert document is not None
    text = " ".join("".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(document.content)).pages).split())
    assert "Capability Median Range n Don't know Agreement" in text, text[:3000]
    assert "1. Leadership 3 3 3 0 strong" in text  # median, range, n, don't know, agreement
    # under 3 ratings no median, range or agreement; the ratings' n and don't know still
    assert "2. Research, Analysis and Monitoring too few ratings – 2 9 of 11 –" in text
    assert "3. Legislation not answered – 0 – –" in text
    assert "Policy and Governance" in text and "too few" in text

    # a comparison carries each round's raters and n, and says when the people differ
    await say(facilitator, "/results", changes=2)
    await tap(facilitator, "Compare with an earlier round")
    compared = await tap(facilitator, "Peru 2025 (Peru)")
    line = next(ln for ln in compared.plain.splitlines() if ln.startswith("Leadership"))
    assert "1.5 (n 4) → 3 (n 3)" in line, line
    assert "People who rated: 4 in Peru 2025, 11 in Peru 2026, 0 of them in both." in (
        compared.plain), compared.plain
    assert "Fewer than half of the people who rated now also rated then" in compared.plain


# 6. every file carries the notice ---------------------------------------------------------
NOTICE = "not affiliated with or endorsed by WeProtect Global Alliance"
FORMULA = '=HYPERLINK("http://evil.example","Click")'


def png_texts(content: bytes) -> dict[str, str]:
    """The text chunks of a PNG (where a chart says whose words it shows, as data too)."""
    import struct
    import zlib

    found, at = {}, 8
    while at < len(content):
        (length,) = struct.unpack(">I", content[at:at + 4])
        kind, data = content[at + 4:at + 8], content[at + 8:at + 8 + length]
        if kind == b"tEXt":
            key, _, value = data.partition(b"\0")
            found[key.decode("latin-1")] = value.decode("latin-1")
        elif kind == b"iTXt":
            key, _, rest = data.partition(b"\0")
            flag, rest = rest[0], rest[2:]
            _, _, rest = rest.partition(b"\0")
            _, _, text = rest.partition(b"\0")
            found[key.decode("latin-1")] = (zlib.decompress(text) if flag else text).decode()
        at += 12 + length
    return found


async def test_every_file_carries_the_notice_and_no_formula_runs(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    facilitator = server.user(2800)
    code = await open_round(facilitator, "=1+1 Peru")
    for n in range(3):
        await join_and_note(server.user(2801 + n), code,
                            FORMULA if n == 0 else "-2 units; @home +1")
    exported = await export_csv(facilitator)
    header = exported[0]
    assert header[-1] == "notice", header
    assert NOTICE in exported[1][-1]
    cells = [cell for row in exported[1:] for cell in row[:-1]]
    # nothing a spreadsheet would run; the exact text once the quote is taken off
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    assert FORMULA in [unneutralised(c) for c in cells]
    assert "-2 units; @home +1" in [unneutralised(c) for c in cells]

    await tap(facilitator, "Export XLSX", changes=1)
    sheet = facilitator.messages()[-1].document
    assert sheet is not None
    book = openpyxl.load_workbook(io.BytesIO(sheet.content))
    about = book["About"]
    assert any(NOTICE in str(c.value) for row in about.iter_rows() for c in row)
    answers = book.worksheets[1]
    assert FORMULA in [c.value for row in answers.iter_rows() for c in row]  # text, exact

    await tap(facilitator, "Export JSON", changes=1)
    results = facilitator.messages()[-1].document
    assert results is not None
    data = json.loads(results.content)
    assert NOTICE in data["notice"] and data["title"] == "=1+1 Peru"

    before = len(facilitator.messages())
    await tap(facilitator, "Chart", changes=2)
    pictures = [m.photo for m in facilitator.messages()[before:] if m.photo is not None]
    assert len(pictures) == 2
    for picture in pictures:
        assert NOTICE in png_texts(picture.content).get("Disclaimer", ""), picture.file_name
