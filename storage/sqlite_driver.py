"""aiosqlite's connection, with every statement run on the event loop's own thread.

aiosqlite runs every sqlite3 call in a worker thread, and SQLAlchemy's async adapter makes four
calls per statement (open a cursor, execute, fetch, close). Each hand-off to that thread and
back wakes the event loop and passes the GIL between two threads; measured with bench/taps.py
and py-spy (bench/profile.py), the hand-offs were the largest part of the CPU a tap cost, more
than the flows themselves. Here a cursor does open, execute, fetch and close in one call, and
the connection makes that call where it is asked, on the loop's thread: SQLite's statements
here take microseconds, and `SqlStore` already lets only one unit of work run at a time in a
process. The cost: while another process holds SQLite's write lock (a command-line export, a
second bot on the same file), this process waits for it, up to the busy timeout, without
serving other updates meanwhile. The embedded SQLite is the one-process set-up; several
processes run on PostgreSQL.

SQLAlchemy's own dialect is kept; aiosqlite's thread is still started (SQLAlchemy sets the
isolation level through its queue) and stops when the connection closes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

import aiosqlite

Row = tuple[Any, ...]


class InlineCursor:
    arraysize = 1

    def __init__(self, connection: InlineConnection) -> None:
        self._connection = connection
        self._rows: list[Row] = []
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _run(self, call: Callable[[sqlite3.Cursor], Any]) -> InlineCursor:
        def in_one_call() -> tuple[list[Row], Any, int, int | None]:
            cursor = self._connection._conn.cursor()
            try:
                call(cursor)
                rows = cursor.fetchall() if cursor.description else []
                return rows, cursor.description, cursor.rowcount, cursor.lastrowid
            finally:
                cursor.close()

        result = await self._connection._execute(in_one_call)
        self._rows, self.description, self.rowcount, self.lastrowid = result
        return self

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> InlineCursor:
        return await self._run(lambda cursor: cursor.execute(sql, parameters))

    async def executemany(self, sql: str, parameters: Sequence[Sequence[Any]]) -> InlineCursor:
        return await self._run(lambda cursor: cursor.executemany(sql, parameters))

    async def fetchall(self) -> list[Row]:
        rows, self._rows = self._rows, []
        return rows

    async def fetchone(self) -> Row | None:
        return self._rows.pop(0) if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Row]:
        count = size or self.arraysize
        rows, self._rows = self._rows[:count], self._rows[count:]
        return rows

    async def close(self) -> None:
        self._rows = []

    async def nextset(self) -> None:
        return None

    async def setinputsizes(self, *sizes: Any) -> None:
        return None


class InlineConnection(aiosqlite.Connection):
    def cursor(self) -> InlineCursor:  # type: ignore[override]
        return InlineCursor(self)

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run here, not in aiosqlite's thread (see the module's docstring)."""
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)


def async_creator(database: str) -> Callable[[], Any]:
    """For `create_async_engine(..., async_creator=...)`: connections to `database`."""

    async def connect() -> InlineConnection:
        connection = InlineConnection(
            lambda: sqlite3.connect(database, check_same_thread=False), iter_chunk_size=64
        )
        connection._thread.daemon = True  # as SQLAlchemy does for plain aiosqlite
        await connection
        return connection

    return connect
