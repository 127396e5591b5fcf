from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.ext.asyncio import create_async_engine

from flows.engine.store import Conversation, DueReminder, Person, Role, Source
from framework.scoring import DONT_KNOW
from storage.models import Base
from storage.store import SqlStore


def _path(url: str) -> Path:
    return Path(url.split("///", 1)[1])


async def test_migrations_match_the_models(store: SqlStore, database_url: str) -> None:
    engine = create_async_engine(database_url)
    async with engine.connect() as connection:
        diff = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata))
    await engine.dispose()
    assert diff == []


@pytest.mark.sqlite_only
async def test_sqlite_runs_in_wal_mode(store: SqlStore, database_url: str) -> None:
    async with store.transaction() as tx:
        await tx.rounds.create("MD", "tg:1")
    with sqlite3.connect(_path(database_url)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_rating_and_note_upserts_keep_each_other(store: SqlStore) -> None:
    async with store.transaction() as tx:
        r = await tx.rounds.create("MD", "tg:1")
        await tx.rounds.join(r.id, "tg:1", "government", Role.FACILITATOR)
        await tx.answers.note(r.id, "tg:1", "cap:3", "Law 45/2019", Source.PRIVATE)
        await tx.answers.rate(r.id, "tg:1", "cap:3", 2, Source.PRIVATE)
        await tx.answers.rate(r.id, "tg:1", "cap:3", 2, Source.PRIVATE)  # a double tap
        await tx.answers.rate(r.id, "tg:1", "cap:3", DONT_KNOW, Source.TERMINAL)
        answers = await tx.answers.of_round(r.id)
    assert len(answers) == 1
    assert (answers[0].value, answers[0].note, answers[0].source) == (
        DONT_KNOW, "Law 45/2019", Source.TERMINAL
    )


async def test_concurrent_writers_on_one_database(store: SqlStore, database_url: str) -> None:
    """Two stores (as two processes would) writing the same answers at once stay consistent."""
    other = SqlStore.from_url(database_url)
    try:
        async with store.transaction() as tx:
            r = await tx.rounds.create("MD", "tg:1")

        async def answer(s: SqlStore, user: str, value: int) -> None:
            for item in range(1, 22):
                async with s.transaction() as tx:
                    await tx.answers.rate(r.id, user, f"cap:{item}", value, Source.PRIVATE)

        await asyncio.gather(
            answer(store, "tg:1", 1), answer(other, "tg:1", 1),
            answer(store, "tg:2", 3), answer(other, "tg:3", 4),
        )
        async with store.transaction() as tx:
            answers = await tx.answers.of_round(r.id)
        assert len(answers) == 63
    finally:
        await other.close()


async def test_forget_hands_facilitation_over(store: SqlStore) -> None:
    async with store.transaction() as tx:
        shared = await tx.rounds.create("MD", "tg:1")
        alone = await tx.rounds.create("AL", "tg:1")
        await tx.rounds.join(shared.id, "tg:1", "government", Role.FACILITATOR)
        await tx.rounds.join(shared.id, "tg:2", "justice", Role.FACILITATOR)
        await tx.rounds.join(alone.id, "tg:1", "government", Role.FACILITATOR)
        await tx.answers.rate(shared.id, "tg:2", "cap:1", 3, Source.PRIVATE)
        report = await tx.forget("tg:1")
        assert report.rounds_handed_over == 1
        assert report.participations == 2
        assert (await tx.rounds.get(shared.id)).owner == "tg:2"  # type: ignore[union-attr]
        # a round nobody else takes part in is not left behind with no owner
        assert await tx.rounds.get(alone.id) is None
        assert len(await tx.answers.of_round(shared.id)) == 1  # other people's answers stay


@pytest.mark.sqlite_only  # an old SQLite file, as deployed before the engine
async def test_an_old_conversation_keeps_its_round_and_place(tmp_path: Path) -> None:
    """A database from before the engine: its step becomes the version and its round id
    leaves the JSON context for its own column."""
    from alembic import command
    from sqlalchemy import create_engine as create_sync

    from storage.migrate import alembic_config, migrate

    path = tmp_path / "old.sqlite3"
    url = f"sqlite+aiosqlite:///{path}"
    config = alembic_config(url)
    engine = create_sync(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO rounds (id, code, country, owner, created_at) "
            "VALUES (7, 'ABC234', 'MD', 'tg:1', '2026-11-30 10:00:00')"
        )
        connection.execute(
            "INSERT INTO conversations (chat, user, flow, state, step, context, updated_at) "
            "VALUES ('1', 'tg:1', 'assessment', 'question', 14, "
            "'{\"round_id\": 7, \"index\": 6, \"return_to\": \"review\"}', "
            "'2026-11-30 10:00:00')"
        )
    await migrate(url)
    store = SqlStore.from_url(url)
    try:
        async with store.transaction() as tx:
            _, conversation = await tx.conversations.with_person("1", "tg:1")
    finally:
        await store.close()
    assert conversation is not None
    assert (conversation.version, conversation.round_id, conversation.context) == (
        14, 7, {"index": 6}
    )


async def test_cards_of_a_chat_move_with_it_and_votes_count_only_their_session(
    store: SqlStore,
) -> None:
    async with store.transaction() as tx:
        r = await tx.rounds.create("MD", "tg:1")
        card = await tx.cards.create("-5", "session", "open", r.id, {"index": 0})
        unplaced = await tx.cards.create("-5", "session", "setup", None, {})
        elsewhere = await tx.cards.create("-6", "session", "open", r.id, {})
        for placed, message in ((card, 10), (elsewhere, 11)):
            await tx.cards.place(placed.id, message)
        await tx.answers.rate(r.id, "tg:3", "pulse:policy", 2, Source.PRIVATE)  # their own
        await tx.votes.cast(card.id, r.id, "pulse:policy", 1, "tg:3", 3)
        await tx.votes.cast(card.id, r.id, "pulse:policy", 1, "tg:4", 3)
        await tx.votes.cast(elsewhere.id, r.id, "pulse:policy", 1, "tg:5", 1)
        assert [c.id for c in await tx.cards.in_chat("-5")] == [card.id]  # placed ones only
        counted = await tx.votes.counts(card.id)
        # a vote again replaces the voter's vote, never anyone's answer
        await tx.votes.cast(card.id, r.id, "pulse:policy", 1, "tg:4", 4)
        later = await tx.votes.counts(card.id)
        own = await tx.answers.get(r.id, "tg:3", "pulse:policy")
        # a press ordered before the stored one (another process applied it late) changes
        # nothing
        assert await tx.votes.cast(card.id, r.id, "pulse:policy", 1, "tg:5", 2, order=9) == 2
        assert await tx.votes.cast(card.id, r.id, "pulse:policy", 1, "tg:5", 4, order=7) == 2
        await tx.cards.move_chat("-5", "-1005")
        moved = await tx.cards.get(card.id)
        left = await tx.cards.get(unplaced.id)
    assert [(c.item, c.value, c.count) for c in counted] == [("pulse:policy", 3, 2)]
    assert sorted((c.value, c.count) for c in later) == [(3, 1), (4, 1)]
    assert own is not None and own.value == 2
    assert moved is not None and (moved.chat, moved.message_id, moved.context) == (
        "-1005", None, {"index": 0})
    assert left is not None and left.chat == "-1005"


async def test_a_reminder_is_due_once_and_claimed_once(store: SqlStore, database_url: str
                                                       ) -> None:
    other = SqlStore.from_url(database_url)  # another process on the same database
    try:
        async with store.transaction() as tx:
            r = await tx.rounds.create("MD", "tg:1")
            for user in ("tg:1", "tg:2", "tg:3"):
                await tx.people.save(Person(user, "en", datetime.now(UTC)))
                await tx.rounds.join(r.id, user, "government", Role.PARTICIPANT)
                await tx.conversations.save(
                    Conversation(user[3:], user, "assessment", "question", 1, None, r.id, {}),
                    seen=None)
            await tx.answers.rate(r.id, "tg:1", "cap:1", 2, Source.PRIVATE)
            await tx.answers.rate(r.id, "tg:2", "cap:1", 2, Source.PRIVATE)
            await tx.queries.set_reminders("tg:2", False)  # asked for none
            # tg:3 answered nothing: nothing to finish
        later = datetime.now(UTC) + timedelta(seconds=1)
        async with store.transaction() as tx:
            due = await tx.queries.due_reminders(later, 21)
        assert due == [DueReminder("1", "tg:1", r.id)]

        async def claim(s: SqlStore) -> bool:
            async with s.transaction() as tx:
                return await tx.queries.claim_reminder(due[0], datetime.now(UTC))

        assert sorted(await asyncio.gather(claim(store), claim(other))) == [False, True]
        async with store.transaction() as tx:
            assert await tx.queries.due_reminders(later, 21) == []
            # a facilitator's reminder: tg:1 (reminded just now) not again today; tg:3 may be
            asked = await tx.queries.unfinished(r.id, 21)
            assert [d.user for d in asked] == ["tg:1", "tg:3"]  # tg:2 turned reminders off
            today = datetime.now(UTC) - timedelta(days=1)
            claimed = [await tx.queries.claim_reminder(
                DueReminder(d.chat, d.user, d.round_id, today), datetime.now(UTC)) for d in asked]
            assert claimed == [False, True]
    finally:
        await other.close()


async def test_someone_who_rated_every_capability_is_not_reminded(store: SqlStore) -> None:
    """Rated all 21 (a phase or don't know), Finish not pressed: finished all the same."""
    from framework import load_framework

    fw = load_framework()
    async with store.transaction() as tx:
        r = await tx.rounds.create("MD", "tg:10")
        for user in ("tg:11", "tg:12"):
            await tx.people.save(Person(user, "en", datetime.now(UTC)))
            await tx.rounds.join(r.id, user, "government", Role.PARTICIPANT)
            await tx.conversations.save(
                Conversation(user[3:], user, "assessment", "question", 1, None, r.id, {}),
                seen=None)
        for cap in fw.capabilities:
            await tx.answers.rate(r.id, "tg:11", cap.item, "dont_know" if cap.id % 2 else 3,
                                  Source.PRIVATE)
        await tx.answers.rate(r.id, "tg:12", "cap:1", 2, Source.PRIVATE)
    later = datetime.now(UTC) + timedelta(seconds=1)
    async with store.transaction() as tx:
        due = await tx.queries.due_reminders(later, len(fw.capabilities))
        asked = await tx.queries.unfinished(r.id, len(fw.capabilities))
    assert [d.user for d in due] == ["tg:12"]
    assert [d.user for d in asked] == ["tg:12"]


def test_the_migrations_read_without_alembic_are_alembic_s() -> None:
    """`storage.migrate.revisions` reads the files' own lines (a start at the newest revision
    then never imports Alembic): the same revisions and the same newest as Alembic finds."""
    from alembic.script import ScriptDirectory

    from storage.migrate import alembic_config, revisions

    scripts = ScriptDirectory.from_config(alembic_config("sqlite+aiosqlite:///x.sqlite3"))
    known, newest = revisions()
    assert known == {script.revision for script in scripts.walk_revisions()}
    assert newest == scripts.get_current_head()
    assert len(known) >= 17
