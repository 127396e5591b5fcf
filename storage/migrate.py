"""Alembic migrations, applied from code: `python -m bot migrate` and at every start."""

from __future__ import annotations

import contextlib
import fcntl
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError

from storage.database import create_engine

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).parent / "migrations"
# Held while migrating, so that two releases or processes starting at once cannot race: the
# second waits, then finds the database already at the newest revision.
ADVISORY_LOCK = 0x4D4E52  # "MNR", PostgreSQL's transaction-scoped advisory lock key


# A migration's own lines, read without importing it (tests/storage/test_repository.py checks
# that they agree with Alembic's reading).
REVISION = re.compile(r'^revision = "([^"]+)"$', re.MULTILINE)
DOWN_REVISION = re.compile(r'^down_revision = "([^"]+)"$', re.MULTILINE)


@cache
def revisions() -> tuple[frozenset[str], str]:
    """Every migration's revision id, and the newest one.

    Read from the files, so that a start on a database already at the newest revision (every
    start but the first after an upgrade) never imports Alembic, which costs half a second of
    CPU in every process."""
    known: set[str] = set()
    earlier: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = REVISION.search(source)
        if found is None:
            continue
        known.add(found.group(1))
        earlier.update(DOWN_REVISION.findall(source))
    heads = known - earlier
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} newest revisions: {sorted(heads)}")
    return frozenset(known), heads.pop()


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@contextlib.contextmanager
def migration_lock(url: str) -> Iterator[None]:
    """SQLite: a lock file next to the database, held by whoever checks or migrates it (its
    own locks come too late: both readers would see the old revision before either writes,
    and DDL there commits as it goes). PostgreSQL needs none: `migrate` takes an advisory
    lock in its transaction, and its DDL is transactional."""
    parsed = make_url(url)
    database = parsed.database
    if not parsed.drivername.startswith("sqlite") or not database or database == ":memory:":
        yield
        return
    try:
        held = open(f"{database}.migrating", "a")  # noqa: SIM115 - closed below
    except OSError:  # a folder it cannot write: the database check says so, in one line
        yield
        return
    with held:
        fcntl.flock(held, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(held, fcntl.LOCK_UN)


async def migrate(url: str, *, locked: bool = False, target: str = "head") -> None:
    """Bring the database at `url` to the newest revision (or to `target`, for tests of a
    migration), one process at a time (`locked`: the caller holds `migration_lock` already)."""
    engine = create_engine(url)
    postgres = engine.dialect.name == "postgresql"
    if target == "head" and await _revision(engine) == revisions()[1]:
        await engine.dispose()  # at the newest revision already: nothing to take a lock for
        return
    from alembic import command

    config = alembic_config(url)

    def upgrade(connection: Connection) -> None:
        config.attributes["connection"] = connection
        command.upgrade(config, target)

    try:
        with contextlib.nullcontext() if locked else migration_lock(url):
            async with engine.connect() as connection:
                if not postgres:
                    # A batch migration on SQLite copies a table, drops it and renames the
                    # copy: with foreign keys on, the drop would delete, by cascade, every row
                    # that refers to it. Off for the migration (outside any transaction, or it
                    # is ignored), and checked after.
                    await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                    await connection.commit()
                async with connection.begin():
                    if postgres:  # released when this transaction (DDL included) commits
                        await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                                 {"key": ADVISORY_LOCK})
                    await connection.run_sync(upgrade)
                if not postgres:
                    broken = (await connection.exec_driver_sql(
                        "PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise RuntimeError(f"the migration left {len(broken)} broken references")
    finally:
        await engine.dispose()


async def _revision(engine: AsyncEngine) -> str | None:
    """The database's revision, or None when it has none (or cannot be read yet)."""
    try:
        async with engine.connect() as connection:
            found = await connection.execute(text("SELECT version_num FROM alembic_version"))
            value = found.scalar()
    except DBAPIError:  # no such table: a new database
        return None
    return str(value) if value is not None else None
