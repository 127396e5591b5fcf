from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage.migrate import migrate
from storage.store import SqlStore


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'mnr.sqlite3'}"


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[SqlStore]:
    await migrate(database_url)
    store = SqlStore.from_url(database_url)
    yield store
    await store.close()
