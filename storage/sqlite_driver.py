"""aiosqlite with one trip to its thread per statement.

aiosqlite runs every sqlite3 call in a worker thread, and SQLAlchemy's async adapter makes four
calls per statement (open a cursor, execute, fetch, close): four thread hand-offs, each waking
the event loop. Measured with bench/taps.py, those hand-offs were the largest part of the CPU
a tap costs. This connection keeps aiosqlite and SQLAlchemy's own dialect, and only changes
the cursor: `execute` does open, execute, fetch and close in one hand-off, and the fetch calls
then read rows already in memory (no server-side cursors are used with SQLite here).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

import aiosqlite

Row = tuple[Any, ...]


class OneHopCursor:
    arraysize = 1

    def __init__(self, connection: OneHopConnection) -> None:
        self._connection = connection
        self._rows: list[Row] = []
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None

    async def __aenter__(self) -> OneHopCursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _run(self, call: Callable[[sqlite3.Cursor], Any]) -> OneHopCursor:
        def in_thread() -> tuple[list[Row], Any, int, int | None]:
            cursor = self._connection._conn.cursor()
            try:
                call(cursor)
                rows = cursor.fetchall() if cursor.description else []
                return rows, cursor.description, cursor.rowcount, cursor.lastrowid
            finally:
                cursor.close()

        result = await self._connection._execute(in_thread)  # type: ignore[no-untyped-call]
        self._rows, self.description, self.rowcount, self.lastrowid = result
        return self

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> OneHopCursor:
        return await self._run(lambda cursor: cursor.execute(sql, parameters))

    async def executemany(self, sql: str, parameters: Sequence[Sequence[Any]]) -> OneHopCursor:
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


class OneHopConnection(aiosqlite.Connection):
    def cursor(self) -> OneHopCursor:  # type: ignore[override]
        return OneHopCursor(self)


def async_creator(database: str) -> Callable[[], Any]:
    """For `create_async_engine(..., async_creator=...)`: connections to `database`."""

    async def connect() -> OneHopConnection:
        connection = OneHopConnection(
            lambda: sqlite3.connect(database, check_same_thread=False), iter_chunk_size=64
        )
        connection._thread.daemon = True  # as SQLAlchemy does for plain aiosqlite
        await connection
        return connection

    return connect
