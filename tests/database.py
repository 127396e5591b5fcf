"""The test database: a SQLite file by default, or a fresh PostgreSQL database per test.

With `MNR_TEST_POSTGRES` set to a server's URL (`postgresql+asyncpg://user@host:port/postgres`),
each test gets a database of its own on that server, dropped after it; `.ci/run` starts a
throwaway server and runs the storage, flow and end-to-end suites that way too. Tests that are
about the SQLite file itself are marked `sqlite_only` and deselected in that run; tests that
restart the server (`MNR_TEST_POSTGRES_RESTART`) are marked `postgres_only`.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import re
import shutil
import tempfile
import threading
import uuid
from pathlib import Path
from typing import Any

SERVER = os.environ.get("MNR_TEST_POSTGRES", "")
# A shell command that restarts that server (`./dev test-postgres` sets it).
RESTART = os.environ.get("MNR_TEST_POSTGRES_RESTART", "")


def on_postgres() -> bool:
    return bool(SERVER)


def _plain(url: str) -> str:
    """The URL as asyncpg takes it (no SQLAlchemy driver name)."""
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


def _run(coroutine: Any) -> Any:
    """Run a coroutine to completion from sync code, even inside a running event loop."""
    result: list[Any] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            result.append(asyncio.run(coroutine))
        except BaseException as exc:  # handed back to the caller's thread
            failure.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return result[0]


async def _execute(url: str, statement: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(_plain(url))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def create_database() -> str:
    """A new, empty database on the test server; its SQLAlchemy URL."""
    name = f"mnr_{uuid.uuid4().hex[:16]}"
    _run(_execute(SERVER, f'CREATE DATABASE "{name}"'))
    return SERVER.rsplit("/", 1)[0] + "/" + name


def drop_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    _run(_execute(SERVER, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


_TEMPLATES: dict[str, str] = {}  # made once per process: a migrated SQLite file, a database


def migrated(url: str) -> None:
    """Bring the test database at `url` to the newest migration by copying one migrated once in
    this process (a SQLite file, or a PostgreSQL template database): migrating anew for every
    test took longer than many tests. What opens it still runs the migrations (finding nothing
    to do); the migrations themselves are tested on empty and old databases elsewhere."""
    from storage.migrate import migrate

    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        if path.exists():
            return
        if "sqlite" not in _TEMPLATES:
            folder = tempfile.mkdtemp(prefix="mnr-template-")
            atexit.register(shutil.rmtree, folder, True)
            template = f"sqlite+aiosqlite:///{folder}/template.sqlite3"
            _run(migrate(template))
            _TEMPLATES["sqlite"] = template.split("///", 1)[1]
        shutil.copyfile(_TEMPLATES["sqlite"], path)
        return
    if "postgres" not in _TEMPLATES:
        template = create_database()
        _run(migrate(template))
        atexit.register(drop_database, template)
        _TEMPLATES["postgres"] = template.rsplit("/", 1)[1]
    name = url.rsplit("/", 1)[1]
    _run(_execute(SERVER, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    _run(_execute(SERVER, f'CREATE DATABASE "{name}" TEMPLATE "{_TEMPLATES["postgres"]}"'))


def rows(database_url: str, query: str, *args: Any) -> list[tuple[Any, ...]]:
    """Read the database directly, as a check from outside the bot (`?` placeholders)."""
    if database_url.startswith("sqlite"):
        import sqlite3

        path = Path(database_url.split("///", 1)[1])
        with sqlite3.connect(path) as connection:
            return connection.execute(query, args).fetchall()
    numbered = iter(range(1, query.count("?") + 1))
    converted = re.sub(r"\?", lambda _: f"${next(numbered)}", query)
    # the reserved word `user` names a column here, as in the models
    converted = re.sub(r"(?<![\w.\"])user(?![\w\"(])", '"user"', converted)
    return [tuple(record) for record in _run(_fetch(database_url, converted, args))]


async def _fetch(url: str, query: str, args: tuple[Any, ...]) -> list[Any]:
    import asyncpg

    connection = await asyncpg.connect(_plain(url))
    try:
        return list(await connection.fetch(query, *args))
    finally:
        await connection.close()


def restart_server() -> None:
    """Restart the PostgreSQL server: every connection to it is cut."""
    import shlex
    import subprocess

    assert RESTART, "MNR_TEST_POSTGRES_RESTART is not set (run ./dev test-postgres)"
    subprocess.run(shlex.split(RESTART), check=True, capture_output=True, timeout=60)
