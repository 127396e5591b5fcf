"""/forget, checked generically: every table is declared in `storage.personal` (a person's rows,
a round's records, or nothing of anyone), a person who has used every part of the assistant
leaves no id and no text of theirs in any table after /forget, and on SQLite not in the file's
or the write-ahead log's bytes either. A new table that holds a person's id or text and is
declared nowhere fails here."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.i18n import CatalogLanguages
from flows.engine.store.plans import NewAction, Settings, Status
from flows.routing import build_router
from framework import load_framework
from storage.models import Base
from storage.personal import TABLES, Personal, RoundRecord
from storage.store import SqlStore
from tests.database import on_postgres, rows
from tests.golden.scripts import SESSION, for_language
from tests.golden.transcript import GroupMembers, Scripted

ME, MY_CHAT = "tg:1001", "1001"
SOMEONE = "tg:2002"
NOTE = "Decree ZEBRA-7731 on the national council"
SAYS_ME = (ME, MY_CHAT)
# after a session: my own answer with a note, then /session again (a set-up card of mine),
# reminders off; then /forget, confirmed
AFTER = [
    ("command", "start"), ("tap", "as.proceed"), ("tap", "as.rate", "2"), ("text", NOTE),
    ("@group", "command", "session"),
]


def walk(value: Any) -> Iterator[Any]:
    """A value and, inside JSON, every value it holds."""
    if isinstance(value, dict):
        for inner in value.values():
            yield from walk(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from walk(inner)
    else:
        yield value


def mentions(database_url: str, table: str) -> dict[str, int]:
    """Per column, how many rows hold my id or my chat as a value (in JSON too), or my note."""
    found: dict[str, int] = {}
    columns = [c.name for c in Base.metadata.tables[table].columns]
    quoted = ", ".join(f'"{c}"' for c in columns)
    for row in rows(database_url, f'SELECT {quoted} FROM "{table}"'):
        for column, value in zip(columns, row, strict=True):
            if isinstance(value, str) and value.startswith(("{", "[")):
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            if any(v in SAYS_ME or (isinstance(v, str) and NOTE in v) for v in walk(value)):
                found[column] = found.get(column, 0) + 1
    return found


def test_every_table_is_declared_once() -> None:
    assert set(TABLES) == set(Base.metadata.tables), (
        "declare each table in storage/personal.py: a person's rows, a round's records, or "
        "nothing of anyone")
    for name, kind in TABLES.items():
        columns = {c.name for c in Base.metadata.tables[name].columns}
        if isinstance(kind, Personal):
            assert kind.column in columns, name
        elif isinstance(kind, RoundRecord):
            assert {link.split(".")[0] for link in kind.links} <= columns, name
            assert set(kind.texts) <= columns, name


async def test_forget_leaves_nothing_of_a_person_anywhere(
    store: SqlStore, database_url: str
) -> None:
    router = build_router(load_framework(), store, CatalogLanguages(),
                          bot_username="mnr_test_bot", members=GroupMembers())
    played = Scripted(router, "en")
    for step in [*for_language(SESSION, "en"), *AFTER]:
        await played.step(step)
    async with store.transaction() as tx:
        (mine,) = [p.round for p in await tx.rounds.participations(ME)]
        await tx.notices.add(ME, mine.id, "rate_again", {"items": ["cap:1"]})
        await tx.queries.set_reminders(ME, False)
        # the round's action plan, which I set up, changed and commented on
        await tx.plans.save_settings(Settings(mine.id, cost_note="Low: under 10 000 EUR"))
        await tx.plans.set_target(mine.id, 1, 3, "2027Q4", ME)
        agency = await tx.plans.add_agency(mine.id, "Ministry of Health", ME)
        action = await tx.plans.add(mine.id, NewAction(
            capability=1, lead=f"agency:{agency.id}", due="2027Q2",
            text="Train the inspectors"), ME)
        await tx.plans.change(action.id, action.version, ME, {"status": Status.STARTED})
        await tx.plans.comment(action.id, ME, "Started in March")
        await tx.plans.comment(action.id, SOMEONE, "The budget is agreed")
        # an agreed position I recorded for the round
        await tx.agreements.record(mine.id, "cap:1", 3, None, "The strategy is adopted", None,
                                   None, ME)
        # an unprotected copy I asked for (the round's record of it)
        await tx.rounds.copy_unprotected(mine.id, ME, "pdf")
        # a version under review that I flagged
        await tx.validations.open_review(mine.id, 1, datetime.now(UTC), None)
        await tx.validations.flag(mine.id, 1, "cap:4", ME, "The unit has no budget")

    # before: every table declared a person's, or a round's record, holds me somewhere
    for name, kind in TABLES.items():
        found = mentions(database_url, name)
        if isinstance(kind, Personal):
            assert found.get(kind.column), (name, "the scenario must fill it")
        elif isinstance(kind, RoundRecord) and kind.links:
            assert found, (name, "the scenario must link me to it")
        else:
            assert not found, (name, "declared as holding nobody")

    await played.step(("command", "forget"))
    await played.step(("tap", "sh.erase"))

    for name in TABLES:
        assert mentions(database_url, name) == {}, name
    # what belongs to the round stays: its title, its session, the others' votes
    assert rows(database_url, "SELECT title FROM rounds WHERE id = ?", mine.id) == [
        (mine.title,)]
    assert rows(database_url, "SELECT COUNT(*) FROM cards WHERE round_id = ?", mine.id) == [(1,)]
    assert rows(database_url, "SELECT COUNT(*) FROM votes")[0][0] > 0
    # the round's plan stays whole, but for my comment
    for table, count in (("plan_settings", 1), ("plan_targets", 1), ("plan_agencies", 1),
                         ("plan_actions", 1)):
        assert rows(database_url, f"SELECT COUNT(*) FROM {table} WHERE round_id = ?",
                    mine.id) == [(count,)], table
    assert rows(database_url, "SELECT kind FROM plan_history ORDER BY id") == [
        ("added",), ("changed",)]
    # the round's agreed position stays, without who recorded it
    assert rows(database_url, "SELECT phase, reason_text, recorded_by FROM agreements") == [
        ("3", "The strategy is adopted", None)]
    assert rows(database_url, "SELECT user, text FROM plan_comments") == [
        (SOMEONE, "The budget is agreed")]
    if not on_postgres():  # the file's own bytes, and its write-ahead log's
        path = Path(database_url.split("///", 1)[1])
        for file in (path, path.with_name(path.name + "-wal")):
            if file.exists():
                content = file.read_bytes()
                for marker in (ME.encode(), NOTE.encode(), b'"1001"'):
                    assert marker not in content, (file.name, marker)
