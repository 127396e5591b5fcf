"""Alembic migrations, applied from code: `python -m bot migrate` and at every start."""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url

from storage.database import create_engine

MIGRATIONS = Path(__file__).parent / "migrations"
# Held while migrating, so that two releases or processes starting at once cannot race: the
# second waits, then finds the database already at the newest revision.
ADVISORY_LOCK = 0x4D4E52  # "MNR", PostgreSQL's transaction-scoped advisory lock key


def alembic_config(url: str) -> Config:
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
    config = alembic_config(url)
    postgres = engine.dialect.name == "postgresql"

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
