from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from storage.migrate import migrate
from storage.store import SqlStore
from tests import database


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A SQLite file, or a new PostgreSQL database with `MNR_TEST_POSTGRES` (tests/database.py)."""
    if not database.on_postgres():
        yield f"sqlite+aiosqlite:///{tmp_path / 'mnr.sqlite3'}"
        return
    url = database.create_database()
    try:
        yield url
    finally:
        database.drop_database(url)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, the tests about the SQLite file itself are left out of the run, and on
    SQLite those about the PostgreSQL server (not skipped: deselected, and counted as such)."""
    other = "sqlite_only" if database.on_postgres() else "postgres_only"
    kept = [item for item in items if item.get_closest_marker(other) is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[SqlStore]:
    database.migrated(database_url)
    await migrate(database_url)  # nothing to do: a check that the copy is the newest
    store = SqlStore.from_url(database_url)
    yield store
    await store.close()
