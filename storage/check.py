"""The database checked before the assistant starts: one clear sentence for each way it can be
unusable, instead of a traceback at start or an apology on every message later."""

from __future__ import annotations

import asyncio
import importlib.util
import sqlite3
import threading
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from storage.database import create_engine
from storage.migrate import migrate, migration_lock, revisions

# The dialects the assistant runs on, and the driver package each needs.
DRIVERS = {"sqlite+aiosqlite": "aiosqlite", "postgresql+asyncpg": "asyncpg"}
OUR_TABLES = {"people", "rounds", "participants", "answers", "conversations"}


class DatabaseProblem(Exception):
    """The database cannot be used; the message is one sentence for the operator."""


def check_url(url: str) -> None:
    """The URL's form, dialect and driver, before anything connects."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseProblem(
            "DATABASE_URL is malformed: it looks like sqlite+aiosqlite:///mnr-assistant.sqlite3"
        ) from None
    dialect = f"{parsed.get_backend_name()}+{parsed.get_driver_name()}"
    if dialect not in DRIVERS:
        raise DatabaseProblem(
            f"DATABASE_URL uses {dialect}, which is not supported: use "
            "sqlite+aiosqlite:///FILE or postgresql+asyncpg://..."
        )
    if importlib.util.find_spec(DRIVERS[dialect]) is None:
        raise DatabaseProblem(
            f"DATABASE_URL needs the {DRIVERS[dialect]} package, which is not installed"
        )
    if parsed.get_backend_name() == "sqlite":
        name = parsed.database or ""
        if not name or name == ":memory:":
            raise DatabaseProblem("DATABASE_URL must name a SQLite file")
        folder = Path(name).resolve().parent
        if not folder.is_dir():
            raise DatabaseProblem(f"the folder of the database file does not exist: {folder}")


def _inspect(connection: Connection) -> tuple[set[str], str | None]:
    tables = set(inspect(connection).get_table_names())
    revision = None
    if "alembic_version" in tables:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return tables, revision


async def check_database(url: str) -> None:
    """Raise `DatabaseProblem` if the database at `url` is unreachable, damaged, not ours or
    newer than this code; else bring it to the newest migration."""
    check_url(url)
    known = set(revisions()[0])
    with migration_lock(url):  # a process migrating it now is not a stranger's database
        await _check_and_migrate(url, known)


async def _check_and_migrate(url: str, known: set[str]) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                result = await connection.exec_driver_sql("PRAGMA quick_check")
                verdict = [str(row[0]) for row in result]
                if verdict != ["ok"]:
                    raise DatabaseProblem(
                        f"the database file is damaged ({verdict[0][:120]}); restore it from a "
                        "backup"
                    )
            tables, revision = await connection.run_sync(_inspect)
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        problem = _first_line(exc)
        if "malformed" in problem:
            raise DatabaseProblem(
                f"the database file is damaged ({problem}); restore it from a backup"
            ) from None
        raise DatabaseProblem(f"cannot open the database: {problem}") from None
    finally:
        await engine.dispose()
        await _drivers_done()
    if revision is None and tables & OUR_TABLES:
        raise DatabaseProblem(
            "the database has tables but no migration record (alembic_version): it was not "
            "made by this assistant"
        )
    if revision is not None and revision not in known:
        raise DatabaseProblem(
            f"the database is at migration {revision}, which this version of the assistant "
            "does not know: it was made by a newer version"
        )
    try:
        await migrate(url, locked=True)
    except SQLAlchemyError as exc:
        raise DatabaseProblem(f"cannot update the database: {_first_line(exc)}") from None


async def _drivers_done(seconds: float = 2.0) -> None:
    """Wait for aiosqlite's threads while the event loop still runs: after a failed connection
    it stops its thread with a future nobody awaits, and a thread that sets it once the loop is
    closed prints a traceback under the one-line error."""
    for thread in threading.enumerate():
        if thread.name.endswith("(_connection_worker_thread)"):
            await asyncio.to_thread(thread.join, seconds)


def _first_line(exc: BaseException) -> str:
    """The driver's own words, without the statement or its parameters."""
    original = getattr(exc, "orig", None) or exc
    return str(original).splitlines()[0][:200] if str(original) else type(original).__name__
