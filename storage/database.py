"""Engine set-up: one place that knows the SQLite pragmas and transaction rules."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from storage.sqlite_driver import async_creator

BUSY_TIMEOUT_MS = 10_000


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> AsyncEngine:
    """An async engine; on SQLite with WAL, a busy timeout and write-ready transactions.

    Statement parameters never appear in errors (`hide_parameters`): they hold people's notes
    and ids, and errors end up in logs.
    """
    if not is_sqlite(url):
        return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)
    database = make_url(url).database
    if not database or database == ":memory:":
        raise ValueError("DATABASE_URL must name a SQLite file (the bot and its tools share it)")
    engine = create_async_engine(
        url, async_creator=async_creator(database), hide_parameters=True
    )
    _configure_sqlite(engine, busy_timeout_ms)
    return engine


def _configure_sqlite(engine: AsyncEngine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling stays on: it opens a transaction right before
        # the first write of each unit of work, inside that statement's round trip to the
        # driver's thread (a separate BEGIN would cost one more). Reads before it need no
        # snapshot: `SqlStore` lets one unit of work run at a time in a process, and the
        # first write takes SQLite's write lock (waiting up to the busy timeout for another
        # process), so there is no read-to-write lock upgrade to deadlock on.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Deleted rows are overwritten with zeros, not left readable in free pages (/forget).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()
