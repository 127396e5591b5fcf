"""One transaction's session, shared by the repositories that work in it.

The hot path (every tap) runs statements built once, with bound parameters, as plain Core
statements on the transaction's connection: building a statement, or sending a Core statement
through the ORM's execution layer, costs more CPU than running it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Result
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql import Executable


class Unit:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.wrote = False
        self.dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
        # INSERT ... ON CONFLICT exists in both dialects, each with its own construct.
        self.insert: Any = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        self._connection: AsyncConnection | None = None

    async def _core(self) -> AsyncConnection:
        if self._connection is None:
            self._connection = await self.session.connection()
        return self._connection

    async def read(self, statement: Executable, params: dict[str, Any] | None = None
                   ) -> Result[Any]:
        return await (await self._core()).execute(statement, params or {})

    async def write(self, statement: Executable, params: dict[str, Any] | None = None
                    ) -> Result[Any]:
        self.wrote = True
        return await (await self._core()).execute(statement, params or {})

    def built(self, cache: dict[str, Any], build: Callable[[Any], Any]) -> Any:
        """A statement that depends on the dialect's INSERT, built once per dialect."""
        if self.dialect not in cache:
            cache[self.dialect] = build(self.insert)
        return cache[self.dialect]


def rowcount(result: Result[Any]) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
